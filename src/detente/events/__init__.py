"""Political events: who did what to whom, when, coded in PLOVER with CAMEO codes, from the
sentences of each document (:mod:`detente.events.stage`) and merged across documents
(:mod:`detente.events.merge`)."""
