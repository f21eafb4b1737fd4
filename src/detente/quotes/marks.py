"""Quotation marks: which stretches of a text are in quotes.

Handles curly “ ” and ‘ ’, straight " (paired by position), guillemets « » (and „ “), corner
brackets 「 」 and 『 』, nested quotes (a quote inside a quote), and the newspaper convention for
a quotation over several paragraphs: each paragraph opens the quote again and only the last
closes it. An apostrophe (``don’t``, ``Russia’s``) is never a quotation mark.

Why hand-written: quotation extractors (textacy's, spaCy-based ones) pair marks inside one
sentence of a parse; news quotes cross sentences and paragraphs, and Russian and Chinese marks
need the same treatment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", "‘": "’", "‹": "›"}
DOUBLE_OPEN = {"“", "«", "„", "「"}


@dataclass(slots=True)
class Quoted:
    """Text between quotation marks: ``start``/``end`` are the content, without the marks."""

    start: int
    end: int
    open_at: int  # position of the opening mark
    close_at: int  # position of the closing mark (== end); or the paragraph end if unclosed
    depth: int = 0  # 0: top level; 1: a quote inside a quote
    parts: tuple[tuple[int, int], ...] = ()  # for a quote over several paragraphs: each part

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return self.parts or ((self.start, self.end),)


def _latin(ch: str) -> bool:
    """A letter or digit of a script that writes apostrophes (not Chinese or Japanese)."""
    return ch.isalnum() and not ("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def _opens_single(text: str, i: int) -> bool:
    """‘ opens a quote unless it sits in a word (‘90s is rare; Chinese ‘新时代’ is a quote)."""
    return not (i > 0 and _latin(text[i - 1]))


def _closes_single(text: str, i: int) -> bool:
    """’ closes an open ‘ when no letter follows (``don’t`` and ``Russia’s`` do not close)."""
    return not (i + 1 < len(text) and _latin(text[i + 1]))


def _straight_opens(text: str, i: int) -> bool:
    """Is the straight quote at ``i`` an opening one? After a space, a bracket, a dash or at
    the start of a line; before a word."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


_TWO_APOSTROPHES = re.compile(r"``|''")


def _plain_marks(text: str) -> str:
    """The same text (same length, same offsets) with ``''...''`` and ````...''`` (old
    newspaper-archive and Penn Treebank quotation marks) turned into straight double quotes."""

    def sub(m: re.Match) -> str:
        nxt = text[m.end() : m.end() + 1]
        opening = m.group(0) == "``" or (nxt.isalnum() or nxt in "([")
        return ' "' if opening else '" '

    return _TWO_APOSTROPHES.sub(sub, text)


def find_quotes(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order, nested ones too (``depth`` 1)."""
    text = _plain_marks(text)
    out: list[Quoted] = []
    stack: list[tuple[str, int]] = []  # (expected closing mark, position of the opening mark)
    pending: list[tuple[int, int]] = []  # parts of a quote running over paragraphs
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            # a paragraph ends inside a quote: the quote goes on if the next paragraph opens it
            # again (the newspaper convention), else the paragraph closes it
            j = i
            while j < n and text[j].isspace():
                j += 1
            close, opened = stack[-1]
            reopens = j < n and (text[j] == '"' if close == '"' else OPEN.get(text[j]) == close)
            if len(stack) == 1 and reopens:
                pending.append((opened + 1, _rstrip(text, opened + 1, i)))
                stack[-1] = (close, j)
                i = j + 1
                continue
            if close != '"' and (pending or len(stack) == 1):
                _close(out, stack[:1], pending, _rstrip(text, opened + 1, i))
            stack.clear()
            pending.clear()
            i += 1
            continue
        if ch in OPEN and not (ch == "‘" and not _opens_single(text, i)):
            if ch == "“" and stack and stack[-1][0] == "“":  # the closing mark of „ ... “
                _close(out, stack, pending, i)
            else:
                stack.append((OPEN[ch], i))
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                _close(out, stack, pending, i)
            elif _straight_opens(text, i):
                stack.append(('"', i))
        elif stack and ch == stack[-1][0] and not (ch == "’" and not _closes_single(text, i)):
            _close(out, stack, pending, i)
        elif ch in "”»」』" and any(c == ch for c, _ in stack):
            while stack and stack[-1][0] != ch:  # a mark left open inside: drop it
                stack.pop()
                pending.clear()
            _close(out, stack, pending, i)
        i += 1
    out.sort(key=lambda q: (q.open_at, q.depth))
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _close(out: list[Quoted], stack: list[tuple[str, int]], pending: list, at: int) -> None:
    _, opened = stack.pop()
    depth = len(stack)
    if pending and depth == 0:
        parts = (*pending, (opened + 1, at))
        first = pending[0][0]
        out.append(Quoted(first, at, first - 1, at, 0, tuple(parts)))
        pending.clear()
        return
    if at > opened + 1:
        out.append(Quoted(opened + 1, at, opened, at, depth))
