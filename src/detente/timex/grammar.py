"""The machinery every language's time grammar shares: rules (a regular expression and a function
that turns its match into a :class:`~detente.timex.model.Timex`), longest-match selection, and
resolution in reading order so that "the next day" counts from the day the text named last.

Written by hand because no maintained library does what the time stage needs: dateparser
resolves a string it is given (well, in many languages; we use it for numeric dates) but does not
find expressions in running text reliably (``search_dates`` takes "may" and "march" for months,
misses "late last month" and "early June"), knows no precision ("June" becomes a day), and puts
a weekday equal to the reference day a week back; HeidelTime and SUTime are Java. The rules are
data-like tables per language; this module is the small engine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from detente.timex import values as V
from detente.timex.model import Context, Timex

Handler = Callable[[re.Match[str], Context, int, int], Timex | None]


@dataclass(slots=True, frozen=True)
class Rule:
    """A pattern and how to resolve what it matches. The timex is the match's group ``t`` when
    the pattern has one (context outside it is only looked at), else the whole match."""

    name: str
    pattern: re.Pattern[str]
    handle: Handler
    accept: Callable[[re.Match[str], str], bool] | None = None  # a veto from the context


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    order: int  # rule order breaks ties between equally long matches
    rule: Rule
    match: re.Match[str]


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The timex part of a match: the first of the groups ``t``, ``t2``, ``t3`` that took part,
    else the whole match."""
    for name in ("t", "t2", "t3"):
        if name in m.re.groupindex and m.start(name) >= 0:
            return m.span(name)
    return m.span()


def candidates(text: str, rules: Iterable[Rule]) -> list[Candidate]:
    out: list[Candidate] = []
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(text):
            start, end = span_of(m)
            if start < 0 or end <= start:
                continue
            if rule.accept is not None and not rule.accept(m, text):
                continue
            out.append(Candidate(start, end, order, rule, m))
    return out


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest match first; of equally long ones the earlier rule; no overlaps."""
    found = sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[Candidate] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def run(text: str, rules: list[Rule], ctx: Context) -> list[Timex]:
    """Find and resolve the temporal expressions of ``text`` (in reading order)."""
    out: list[Timex] = []
    for c in select(candidates(text, rules)):
        try:
            timex = c.rule.handle(c.match, ctx, c.start, c.end)
        except (ValueError, KeyError, OverflowError, AttributeError) as exc:
            # one expression the rules cannot value (a bug, or a date that does not exist)
            # costs that expression, not the document's other dates
            ctx.problems.append(
                f"{c.rule.name} on {c.match.group()!r}: {type(exc).__name__}: {exc}"
            )
            continue
        if timex is None:
            continue
        timex.rule = timex.rule or c.rule.name
        out.append(timex)
        ctx.narrate(timex)
    return out


def words(*alternatives: str) -> str:
    """A regex alternation of words, longest first (so "Sept" is tried before "Sep")."""
    return "|".join(
        sorted((re.escape(a).replace(r"\ ", r"\s+") for a in alternatives), key=len)[::-1]
    )


# ---------------------------------------------------------------- helpers the grammars share


def tense_dir(tense: str | None) -> str | None:
    """past or future (what resolution needs); present and no tense: neither."""
    return "past" if tense == "perfect" else tense if tense in ("past", "future") else None


def unresolved(start: int, end: int, type_: str, partial: str | None, **kw: Any) -> Timex:
    return Timex(start, end, type_, None, kw.pop("precision", None), partial=partial, **kw)


def md_near(ref: dt.date, m: int, d: int, tense: str | None) -> dt.date | None:
    """A month and day said without a year: the one the tense points to, else the nearest."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(y, m, d))
        except ValueError:
            continue
    if not options:
        return None
    if tense == "past":
        past = [o for o in options if o <= ref + dt.timedelta(days=1)]
        return max(past) if past else None
    if tense == "future":
        future = [o for o in options if o >= ref - dt.timedelta(days=1)]
        return min(future) if future else None
    return min(options, key=lambda o: abs((o - ref).days))


def date_value(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return V.month(y, m)
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


class Renamed:
    """A match with some groups renamed, so one handler serves several alternatives."""

    __slots__ = ("_g", "_m")

    def __init__(self, m: re.Match[str], **g: str | None) -> None:
        self._m = m
        self._g = {**m.groupdict(), **g}

    def group(self, name: str | int = 0) -> Any:
        if isinstance(name, int):
            return self._m.group(name)
        return self._g.get(name)

    def groupdict(self) -> dict[str, Any]:
        return self._g

    @property
    def string(self) -> str:
        return self._m.string
