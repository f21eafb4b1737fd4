"""Language stage: which language a document is written in (ISO 639-1), detected offline.

Uses lingua with a fixed set of languages: the ones international-relations sources are
written in. Loading every language lingua knows costs ~1 GB and seconds; this set stays small.
"""

from __future__ import annotations

from functools import lru_cache

from detente.document import Document

LANGUAGES = [
    "ENGLISH",
    "RUSSIAN",
    "CHINESE",
    "UKRAINIAN",
    "GERMAN",
    "FRENCH",
    "SPANISH",
    "PORTUGUESE",
    "ITALIAN",
    "ARABIC",
    "JAPANESE",
    "KOREAN",
    "TURKISH",
    "POLISH",
    "PERSIAN",
    "HINDI",
    "VIETNAMESE",
    "INDONESIAN",
    "KAZAKH",
    "DUTCH",
]
SAMPLE_CHARS = 3000
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES]
    return (
        LanguageDetectorBuilder.from_languages(*langs).with_minimum_relative_distance(0.1).build()
    )


def detect_language(text: str) -> tuple[str | None, float]:
    """Return ``(iso639_1, confidence)`` for ``text``; ``(None, 0.0)`` when it cannot tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def detect(doc: Document) -> Document:
    """Pipeline stage: set ``doc.language`` (detected; the declared one when detection is unsure)."""
    declared = (doc.language or "").split("-")[0].split("_")[0].lower() or None
    lang, conf = detect_language(f"{doc.title or ''}\n{doc.text}")
    if declared and declared != lang:
        doc.extra["language_declared"] = declared
    if lang and (conf >= MIN_CONFIDENCE or not declared):
        doc.language = lang
    else:
        doc.language = declared if declared and len(declared) == 2 else lang
    if doc.language is None:
        doc.note("language could not be detected")
    return doc
