"""Time: temporal expressions found in the text and resolved against the publication date.

:func:`detente.timex.stage.timexes` is the entry point for one text; the analysis stage
``time`` runs it on documents (see :mod:`detente.pipeline`).
"""
