"""What the English rules leave to a second look at their results: modifiers before a period
("late last month"), clock times on the day named beside them, durations counted from a date
("three days after February 24"), and the years inside a range."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from detente.timex import values as V
from detente.timex.english import YEAR, I
from detente.timex.model import Timex

_PREFIX = re.compile(
    r"(?:\b(?P<w>early|mid|late|earlier|later|around|about|circa|c\.)\s*-?\s*(?:in\s+)?"
    r"|\bthe\s+(?:very\s+)?(?P<p>end|beginning|start|middle|close|turn|rest|remainder|first\s+half"
    r"|second\s+half|latter\s+half|last\s+week|first\s+week|last\s+days|first\s+days)\s+of\s+)$",
    I,
)
_MODS = {"early": "START", "beginning": "START", "start": "START", "first half": "START",
         "first week": "START", "first days": "START", "mid": "MID", "middle": "MID",
         "late": "END", "end": "END", "close": "END", "second half": "END",
         "latter half": "END", "last week": "END", "last days": "END", "turn": "APPROX",
         "around": "APPROX", "about": "APPROX", "circa": "APPROX", "c.": "APPROX"}  # fmt: skip
_EXTENDABLE = ("week", "month", "quarter", "half", "season", "year", "decade", "century")


def extend_modifiers(text: str, found: list[Timex]) -> None:
    """ "late last month", "early June", "the end of 2008", "mid-2011": the span takes the
    modifier, ``mod`` says where in the period; the value stays the period."""
    prev_end = 0
    for t in found:
        if t.type == "DATE" and (t.precision in _EXTENDABLE or t.partial):
            m = _PREFIX.search(text, max(prev_end, t.start - 40), t.start)
            if m and m.end() == t.start:
                word = re.sub(r"\s+", " ", (m.group("w") or m.group("p")).lower())
                t.start = m.start()
                t.mod = _MODS.get(word, t.mod)
                if word in ("first week", "last week") and t.precision == "month" and t.value:
                    y, mo = int(t.value[:4]), int(t.value[5:7])
                    if word == "first week":
                        d = dt.date(y, mo, 4)
                    else:
                        y2, mo2 = V.add_months(y, mo, 1)
                        d = dt.date(y2, mo2, 1) - dt.timedelta(days=4)
                    t.value, t.precision, t.mod = V.week(d), "week", None
        prev_end = t.end


_JOIN = re.compile(r"\s*(?:,|on|at|of|\(|\))?\s*(?:on\s+|at\s+)?$", I)


def attach_times(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time takes the day named next to it ("18:00 UTC Tuesday", "Monday at 9 a.m.": one
    expression) or, failing that, in the same sentence."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        pair = None
        if nxt is not None and _JOIN.fullmatch(text[t.end : nxt.start]):
            if t.type == "TIME" and "T" in (t.value or t.partial or "") and nxt.type == "DATE":
                pair = (t, nxt)
            elif (
                t.type == "DATE" and nxt.type == "TIME" and "T" in (nxt.value or nxt.partial or "")
            ):
                pair = (nxt, t)
        if pair and pair[1].precision == "day" and pair[1].value:
            clock, day = pair
            clock_part = (clock.value or clock.partial or "").split("T", 1)[1]
            out.append(Timex(t.start, nxt.end, "TIME", f"{day.value}T{clock_part}", "time",  # type: ignore[union-attr]
                             anchor=day.anchor, tense=day.tense, rule=f"{clock.rule}+{day.rule}"))  # fmt: skip
            i += 2
            continue
        out.append(t)
        i += 1
    for t in out:
        if t.type != "TIME" or t.anchor != "published" or not t.value or t.value[10:11] != "T":
            continue
        if not re.match(r"T\d", t.value[10:]):
            continue
        same = [d for d in out if d.type == "DATE" and d.precision == "day" and d.value
                and "." not in _sentence_gap(text, d, t)]  # fmt: skip
        if same:
            near = min(same, key=lambda d: abs(d.start - t.start))
            t.value = near.value + t.value[10:]  # type: ignore[operator]
            t.anchor = near.anchor
    return out


def _sentence_gap(text: str, a: Timex, b: Timex) -> str:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = text[lo:hi]
    return "." if re.search(r"[.!?](?:\s|$)|\n", gap) else ""


_DUR = re.compile(r"^P(\d+)(D|W|M|Y)$")
_COUNT_FROM = re.compile(r"\s+(?P<dir>before|after|prior\s+to|following)\s+(?:the\s+)?$", I)


def count_from_dates(
    text: str,
    found: list[Timex],
    gap: re.Pattern[str] = _COUNT_FROM,
    backward: tuple[str, ...] = ("before", "prior"),
) -> list[Timex]:
    """ "three days after February 24": one date, counted from the other. ``gap`` matches the
    words between the duration and the date (its group ``dir`` the direction word), ``backward``
    the direction words that count back (the Russian grammar passes its own)."""
    out: list[Timex] = []
    skip = -1
    for i, t in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        m = _DUR.match(t.value or "") if t.type == "DURATION" and not t.begin else None
        between = text[t.end : nxt.start] if m and nxt else ""
        g = (gap.match(between + " ") or gap.match(between)) if m and nxt else None
        if (
            m
            and nxt
            and g
            and nxt.type == "DATE"
            and nxt.value
            and nxt.precision in ("day", "month", "year")
        ):
            n, letter = int(m.group(1)), m.group(2)
            sign = -1 if g.group("dir").lower().startswith(backward) else 1
            unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[letter]
            base = dt.date.fromisoformat(nxt.value + "-01" * (2 - nxt.value.count("-")))
            if unit == "week" and nxt.precision == "day":
                value, precision = (base + dt.timedelta(weeks=sign * n)).isoformat(), "day"
            else:
                value, precision = V.shift(base, sign * n, unit)
            out.append(Timex(t.start, nxt.end, "DATE", value, precision, anchor="text",
                             rule=f"{t.rule}+{nxt.rule}"))  # fmt: skip
            skip = i + 1
            continue
        out.append(t)
    return out


def years_in_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """ "between 2014 and 2016": the range, and each year on its own (both are dates a reader
    may look for)."""
    out: list[Timex] = []
    for t in found:
        out.append(t)
        if t.rule == "year-range" and t.begin and t.until:
            for m in re.finditer(YEAR, text[t.start : t.end]):
                y = m.group()
                out.append(
                    Timex(t.start + m.start(), t.start + m.end(), "DATE", y, "year", rule="year")
                )
    return out


_WEEK_GAP = re.compile(r"\s*,?\s*(?:on|of|в|во|на)?\s*$", I)


def weekdays_in_weeks(text: str, found: list[Timex]) -> None:
    """ "Wednesday last week", "на прошлой неделе в среду": the weekday is the one of that
    week, not the nearest one. The two spans stay two expressions (as TimeML marks them)."""
    for a, b in itertools.pairwise(found):
        if not _WEEK_GAP.fullmatch(text[a.end : b.start]):
            continue
        for day, wk in ((a, b), (b, a)):
            if day.rule != "weekday" or day.precision != "day" or wk.precision != "week":
                continue
            if not wk.value or not (day.value or day.partial):
                continue
            try:
                weekday = dt.date.fromisoformat(day.value).weekday() if day.value else None
            except ValueError:
                weekday = None
            m = re.fullmatch(r"(\d{4})-W(\d\d)", wk.value)
            if weekday is None or m is None:
                continue
            d = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), weekday + 1)
            day.value, day.anchor = d.isoformat(), wk.anchor
