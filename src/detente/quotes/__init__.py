"""Quotations and reported speech, with who said them (issue #4).

:mod:`marks` finds quoted text in any script, :mod:`english`, :mod:`russian` and :mod:`chinese`
attribute it and find reported speech, :mod:`speakers` ties speakers to actors, :mod:`stage` is
the analysis stage.
"""
