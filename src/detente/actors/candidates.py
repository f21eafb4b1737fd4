"""Actor candidates: the stretches of text that may name an actor, with what surrounds them.

Each language module (:mod:`~detente.actors.english`, :mod:`~detente.actors.russian`,
:mod:`~detente.actors.chinese`) turns a parsed text into :class:`Candidate` s; the
language-neutral :mod:`~detente.actors.resolve` decides which actor each one is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# candidate labels: PER, ORG, GPE, LOC, NORP (a demonym, "Chinese"), FAC, TERM (a registry term
# the NER missed), ROLE (a role noun with a country: "the Chinese leader", "Russia's foreign
# minister")
LABELS = ("PER", "ORG", "GPE", "LOC", "NORP", "FAC", "TERM", "ROLE")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    label: str
    name: str  # what to look up: titles stripped, dictionary form for Russian
    title: str | None = None  # the title before a name ("Chinese Foreign Ministry spokesperson")
    description: str | None = None  # an appositive ("a historian at American University")
    place: bool = False  # used as a location ("in Beijing"), not as an actor
    head_noun: str | None = None  # what a demonym modifies ("Chinese troops" -> "troops")
    sentence: tuple[int, int] | None = None
    outer_start: int | None = None  # where the title begins (words that belong to this name)
    outer_end: int | None = None  # where the appositive after the name ends

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Overlapping candidates: keep the longest (a registry term beats a shorter NER span).
    Words inside a person's title ("*Chinese* Foreign Ministry spokesperson Hua Chunying") are
    part of that person's mention, not mentions of their own; so are places and demonyms in the
    description after a name ("an economist at X in *Moscow*")."""
    titles = [(c.outer_start, c.start) for c in cands if c.outer_start is not None]
    descs = [(c.end, c.outer_end) for c in cands if c.outer_end is not None]
    cands = [
        c
        for c in cands
        if not any(s <= c.start and c.end <= e for s, e in titles)
        # in a description ("an economist at X in Moscow") only organisations stand alone
        and (c.label == "ORG" or not any(s <= c.start and c.end <= e for s, e in descs))
    ]
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.overlaps(out[-1]):
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out


_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|professor|sen|senator|rep|gen|general|adm|admiral|col|lt|capt"
    r"|sir|dame|madam|madame|president|premier|chairman|minister|ambassador|spokesperson"
    r"|spokesman|spokeswoman|king|queen|prince|sheikh|emir|pope|secretary|chancellor)\.?$",
    re.I,
)


def is_honorific(word: str) -> bool:
    return bool(_HONORIFIC.match(word))


# Cyrillic to Latin for ids (BGN/PCGN-like, without diacritics): "Ирина Полозова" ->
# "irina-polozova", so ids read the same in any script's corpus
_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)


def slug(text: str) -> str:
    """``Joseph Torigian`` -> ``joseph-torigian``; Cyrillic transliterated; Han kept."""
    low = "".join(_CYR.get(c, c) if c in _CYR else c for c in text.casefold()).replace("_", "")
    norm = unicodedata.normalize("NFKD", low)
    ascii_ = "".join(c for c in norm if not unicodedata.combining(c))
    words = re.findall(r"[^\W_]+", ascii_)
    return "-".join(words)[:80] or "unnamed"
