"""MEANTIME (NewsReader, English, 120 WikiNews articles) read as text, and scored on token spans:
the part ``entities_meantime.py`` and ``timex_meantime.py`` share.

Each document's text is rebuilt from the tokens of its CAT XML: one line per sentence (the title
and the dateline are paragraphs of their own), tokens separated by a space except before closing
punctuation and clitics ("Boeing 's" -> "Boeing's") and after opening brackets and currency
signs, PTB quotes (`` '') written as ", so that the systems see ordinary text; each token's
character offsets and sentence number are kept. The document's date (``published``) is its
creation time (the TIMEX3 with functionInDocument="CREATION_TIME"), else its dateline.
"""

from __future__ import annotations

import argparse
import bisect
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "time" / "meantime-en"
DATELINE = 1  # the sentence number of the dateline

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "n't", "...", "''"}
CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "£", "€", "#", "``"}
RENDER = {"``": '"', "''": '"'}  # PTB quotes as the article had them


@dataclass
class Text:
    """A MEANTIME document as text; the scripts subclass it with their gold (fields with
    defaults)."""

    name: str
    text: str
    published: str | None
    starts: list[int]  # character offsets of the tokens
    ends: list[int]
    sentence: list[int]  # sentence number of each token
    last_annotated: int  # the last annotated sentence
    index: dict[str, int]  # t_id -> token index

    def tokens_of(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last token overlapping characters ``start:end``."""
        i = bisect.bisect_right(self.ends, start)
        if i >= len(self.starts) or self.starts[i] >= end:
            return None
        j = bisect.bisect_left(self.starts, end) - 1
        return i, j

    def anchors(self, element: ET.Element) -> list[int]:
        """The indexes of the tokens a markable's ``token_anchor`` children name."""
        return [
            self.index[a.get("t_id")]
            for a in element.findall("token_anchor")
            if a.get("t_id") in self.index
        ]


T = TypeVar("T", bound=Text)


def _space(prev: str, tok: str) -> str:
    if prev in NO_SPACE_AFTER:
        return ""
    if tok in NO_SPACE_BEFORE or tok.lower() in CLITICS:
        return ""
    if tok in ("'", "’") and prev[-1:] in "sS":  # "Beatles '" -> "Beatles'"
        return ""
    if re.fullmatch(r"[A-Za-z]['’]", prev):  # "O' Leary" -> "O'Leary", "I' m" -> "I'm"
        return ""
    return " "


def _creation_time(root: ET.Element, dateline: str) -> str | None:
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            value = t.get("value") or ""
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return value
    for fmt in ("%B %d , %Y", "%B %d, %Y"):  # the dateline: "March 01 , 2008"
        try:
            return datetime.strptime(dateline.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def read(path: Path, cls: type[T]) -> tuple[T, ET.Element]:
    """The document at ``path`` as a ``cls`` (its gold still empty), and its parsed XML."""
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    index = {t.get("t_id"): i for i, t in enumerate(tokens)}
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence: list[int] = []
    pos = 0
    prev_sent, prev_tok = None, ""
    lines: dict[int, list[str]] = defaultdict(list)
    for t in tokens:
        raw = t.text or ""
        word = RENDER.get(raw, raw)
        sent = int(t.get("sentence") or 0)
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n\n" if prev_sent <= 1 else "\n"  # title and dateline: paragraphs
        else:
            sep = _space(prev_tok, raw)
        parts.append(sep)
        pos += len(sep)
        starts.append(pos)
        parts.append(word)
        pos += len(word)
        ends.append(pos)
        sentence.append(sent)
        lines[sent].append(word)
        prev_sent, prev_tok = sent, raw

    published = _creation_time(root, " ".join(lines.get(DATELINE, [])))
    art = cls(path.stem, "".join(parts), published, starts, ends, sentence, 0, index)
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        ids = art.anchors(m)
        if ids:
            art.last_annotated = max(art.last_annotated, max(sentence[i] for i in ids))
    return art, root


def arguments(description: str) -> argparse.ArgumentParser:
    """A parser with the options every MEANTIME benchmark takes: ``--data``, ``--limit``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    return parser


def article_files(data: Path, limit: int = 0) -> list[Path]:
    """The CAT XML files of ``data`` (the first ``limit`` if set); none, said, if it has none."""
    files = sorted((data / "intra-doc_annotation").glob("*/*.xml"))
    if not files:
        print(
            f"MEANTIME data not found at {data} (expected intra-doc_annotation/*/*.xml); skipping."
        )
    return files[:limit] if limit else files


# -- scoring on token spans ---------------------------------------------------------------------
@dataclass
class TokenSpan:
    first: int  # token indexes, inclusive
    last: int
    type: str

    def overlap(self, other: TokenSpan) -> int:
        return max(0, min(self.last, other.last) - max(self.first, other.first) + 1)

    def jaccard(self, other: TokenSpan) -> float:
        union = max(self.last, other.last) - min(self.first, other.first) + 1
        return self.overlap(other) / union


def match(
    gold: Sequence[TokenSpan], pred: Sequence[TokenSpan], typed: bool = False
) -> list[tuple[int, int]]:
    """One-to-one overlap matching (of the same type if ``typed``), best overlap (Jaccard over
    tokens) first; pairs (gold index, pred index). Gold spans can nest ("Airbus parent EADS"
    and "EADS")."""
    pairs = [
        (g.jaccard(p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if g.overlap(p) and (not typed or g.type == p.type)
    ]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def print_errors(system: str, errors: list[tuple[str, str]], n: int) -> None:
    """The ``n`` commonest error patterns of ``errors`` (pattern, example), as a table."""
    patterns: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = defaultdict(Counter)
    for pattern, example in errors:
        patterns[pattern] += 1
        examples[pattern][example] += 1
    print(f"\n{system}: {n} commonest error patterns (relaxed matching)\n")
    print("| n | pattern | examples |")
    print("|--:|---------|----------|")
    for pattern, k in patterns.most_common(n):
        ex = "; ".join(
            f"{e}" + (f" x{c}" if c > 1 else "") for e, c in examples[pattern].most_common(4)
        )
        print(f"| {k} | {pattern.replace('|', '/')} | {ex.replace('|', '/')} |")
