"""English temporal expressions: the rules, and the tense of the governing verb from spaCy.

Values follow TIMEX3 (see :mod:`detente.timex.values`). Spans take determiners and modifiers
("the past decade", "late last month", "almost two years") but not prepositions ("on Monday" is
``Monday``). Modifiers that say where in a period (early, mid, late, the end of) go to ``mod``; the
value stays the period itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from detente.timex import values as V
from detente.timex.grammar import (
    Renamed,
    Rule,
    date_value,
    md_near,
    tense_dir,
    unresolved,
    words,
)
from detente.timex.model import Context, Timex

I = re.IGNORECASE  # noqa: E741

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}  # fmt: skip
SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "a single": 1,
    "single": 1, "a couple of": 2, "a couple": 2, "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a half": 0.5, "half a": 0.5, "half an": 0.5,
}  # fmt: skip
VAGUE = ("a few", "several", "many", "some", "multiple", "numerous", "dozens of", "hundreds of",
         "a number of", "countless", "the last few", "few")  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)(?![a-zA-Z]))"
)
# months that are also names or verbs: only with a day, a year or a preposition
PLAIN_MONTHS = r"(?-i:January|February|July|September|October|November|December)"
WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?![a-z]))"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?<![\d,.$£€¥#])(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
)
NUM = (
    rf"(?:\d+(?:\.\d+)?|{NUMWORD}(?:\s+and\s+a\s+half)?|{words(*VAGUE)}"
    r"|a\s+couple(?:\s+of)?|a\s+dozen|a\s+hundred|a\s+thousand|half\s+an?|a\s+single|an?)"
)
UNIT = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|century)"
UNITS = rf"(?:{UNIT}s?|centuries)"
PART = r"(?:morning|afternoon|evening|night)"
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASON = r"(?:spring|summer|autumn|fall|winter)"
APPROX = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "just under": "LESS_THAN", "close to": "APPROX", "more than": "MORE_THAN",
    "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
}  # fmt: skip
DUR_MOD = rf"(?:(?P<approx>{words(*APPROX)})\s+)"
REL = r"(?:this|last|next|past|coming|previous|current|upcoming|this\s+past|this\s+coming)"
ANAPHOR_TAIL = r"(?=\s*(?:[,.;:!?)\u2014\u2013\"\u201d]|and\b|but\b|when\b|as\b|$))"


# ---------------------------------------------------------------- numbers and small helpers


def number(s: str | None) -> float | None:
    """ "twenty-five" -> 25, "two and a half" -> 2.5, "several" -> None (unknown)."""
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s.strip().lower())
    half = 0.0
    if s.endswith(" and a half"):
        s, half = s[: -len(" and a half")], 0.5
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s) + half
    if s in SMALL:
        return SMALL[s] + half
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)", s)
    if m and m.group(2) in SMALL:
        return SMALL[m.group(1)] + SMALL[m.group(2)] + half
    return None


def unit_of(s: str) -> str:
    s = s.lower()
    if s == "centuries":
        return "century"
    return s[:-1] if s.endswith("s") else s


def month_of(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def year_of(s: str, ref: V.Ref | None) -> int:
    """A year as written: "2009", "'82" (the century nearest the reference)."""
    s = s.strip("'\u2019")
    if len(s) == 4:
        return int(s)
    y = int(s)
    base = (ref.date.year if ref else 2000) // 100 * 100
    candidates = [base - 100 + y, base + y, base + 100 + y]
    now = ref.date.year if ref else 2000
    return min(candidates, key=lambda c: (abs(c - now - 5), c))


def day_of(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


# ---------------------------------------------------------------- handlers


def h_full_date(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """Month day year / day month year / ISO, with or without a weekday before it."""
    g = m.groupdict()
    if g.get("iso_y"):
        y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
    else:
        y, mo, d = year_of(g["y"], ctx.ref), month_of(g["mon"]), day_of(g["d"])
    value = date_value(y, mo, d)
    if value is None:
        return None
    if g.get("hh"):
        z = "Z" if g.get("z") in ("Z", "+00:00", "+0000") else ""
        return Timex(s, e, "TIME", f"{value}T{int(g['hh']):02d}:{g['mm']}{z}", "time")
    return Timex(s, e, "DATE", value, "day")


def h_numeric_date(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """7/8/07 (month first, as American news writes it, unless the first number cannot be a
    month) and 24.02.2022 (day first, as Europe and Russia write it)."""
    a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
    y = year_of(c, ctx.ref) if len(c) == 2 else int(c)
    if m.group("sep") == ".":
        d, mo = a, b
    else:
        mo, d = (a, b) if a <= 12 else (b, a)
    value = date_value(y, mo, d)
    return Timex(s, e, "DATE", value, "day") if value else None


def h_month_day(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "June 3", "3 June", "Monday, June 3": the year comes from the publication date and the
    tense (a past "June 17" written on June 9 is last year's... unless the year is obvious)."""
    mo, d = month_of(m.group("mon")), day_of(m.group("d"))
    if not 1 <= d <= 31:
        return None
    partial = f"XXXX-{mo:02d}-{d:02d}"
    if ctx.ref is None or not ctx.ref.knows("year"):
        return unresolved(s, e, "DATE", partial, precision="day")
    tense = tense_dir(ctx.tense(s, e))
    if ctx.ref.precision == "year":
        value = date_value(ctx.ref.date.year, mo, d)
        return Timex(s, e, "DATE", value, "day", anchor="published") if value else None
    date = md_near(ctx.ref.date, mo, d, tense)
    if date is None:
        return None
    wd = m.groupdict().get("wd")
    if wd and WEEKDAYS[wd.lower()] != date.weekday():
        # the weekday names the year: the nearest one where the date falls on it
        for y in (ctx.ref.date.year, ctx.ref.date.year - 1, ctx.ref.date.year + 1):
            try:
                cand = dt.date(y, mo, d)
            except ValueError:
                continue
            if cand.weekday() == WEEKDAYS[wd.lower()]:
                date = cand
                break
    return Timex(s, e, "DATE", date.isoformat(), "day", anchor="published", tense=tense)


def h_month_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    return Timex(s, e, "DATE", V.month(year_of(m.group("y"), ctx.ref), month_of(m.group("mon"))))


def h_month(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """A month on its own, or with this/last/next."""
    mo = month_of(m.group("mon"))
    rel = (m.group("rel") or "").lower().split()[-1] if m.group("rel") else None
    partial = f"XXXX-{mo:02d}"
    if ctx.ref is None or not ctx.ref.knows("month"):
        if ctx.ref is not None and ctx.ref.precision == "year" and rel in (None, "this"):
            return Timex(s, e, "DATE", V.month(ctx.ref.date.year, mo), anchor="published")
        return unresolved(s, e, "DATE", partial, precision="month")
    r = ctx.ref.date
    tense = tense_dir(ctx.tense(s, e))
    if rel == "last":
        y = r.year if mo < r.month else r.year - 1
    elif rel == "next":
        y = r.year if mo > r.month else r.year + 1
    elif rel == "this":
        y = r.year
    else:
        y, _ = V.month_near(r, mo, tense)
    return Timex(s, e, "DATE", V.month(y, mo), anchor="published", tense=tense)


def h_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    return Timex(s, e, "DATE", f"{year_of(m.group('y'), ctx.ref):04d}", "year")


def h_year_range(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    y1 = year_of(m.group("y1"), ctx.ref)
    y2s = m.group("y2")
    y2 = int(str(y1)[: 4 - len(y2s)] + y2s) if len(y2s) < 4 else int(y2s)
    if not y1 < y2 <= y1 + 200:
        return None
    return Timex(s, e, "DURATION", f"P{y2 - y1}Y", begin=f"{y1:04d}", until=f"{y2:04d}")


def h_decade(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    g = m.groupdict()
    if g.get("c"):
        value = f"{g['c']}{g['d']}"
    else:
        y = year_of(f"{g['d2']}0", ctx.ref)
        if ctx.ref and y > ctx.ref.date.year:
            y -= 100
        value = f"{y // 10:03d}"
    return Timex(s, e, "DATE", value, "decade")


def h_century(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    n = m.group("n").lower()
    k = int(re.match(r"\d+", n).group()) if n[0].isdigit() else ORDINALS.get(n)  # type: ignore[union-attr]
    if not k:
        return None
    return Timex(s, e, "DATE", f"{k - 1:02d}", "century")


def h_fiscal(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    y = m.group("y")
    y = str(year_of(y, ctx.ref)) if len(y) == 2 else y
    return Timex(s, e, "DATE", f"FY{y}", "year")


def _rel_year(word: str | None, ctx: Context) -> int | None:
    """The year of "this/last/next year" (or of "the year": this one)."""
    if ctx.ref is None:
        return None
    off = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(
        (word or "this").lower(), 0
    )
    return ctx.ref.date.year + off


def h_quarter(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    g = m.groupdict()
    if g.get("q"):
        q = int(g["q"])
    else:
        word = g["ord"].lower()
        q = ORDINALS.get(word, 0)
        if not q:
            return None
    if g.get("y"):
        return Timex(s, e, "DATE", V.quarter(year_of(g["y"], ctx.ref), q))
    if g.get("fy"):
        y = _rel_year(g["fy"], ctx)
        if y is None:
            return unresolved(s, e, "DATE", f"XXXX-Q{q}", precision="quarter")
        return Timex(s, e, "DATE", V.quarter(y, q), anchor="published")
    if ctx.ref is None or not ctx.ref.knows("quarter"):
        return unresolved(s, e, "DATE", f"XXXX-Q{q}", precision="quarter")
    r = ctx.ref.date
    now_q = (r.month - 1) // 3 + 1
    if g["ord"].lower() == "last" and not g.get("y"):  # "the last quarter": the one before this
        y, mo = V.add_months(r.year, r.month, -3)
        return Timex(s, e, "DATE", V.quarter(y, (mo - 1) // 3 + 1), anchor="published")
    tense = tense_dir(ctx.tense(s, e))
    y = r.year
    if tense == "past" and q > now_q:
        y -= 1
    return Timex(s, e, "DATE", V.quarter(y, q), anchor="published", tense=tense)


def h_half(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    h = 1 if m.group("h").lower() == "first" else 2
    if m.group("y"):
        return Timex(s, e, "DATE", f"{year_of(m.group('y'), ctx.ref):04d}-H{h}", "half")
    y = _rel_year(m.group("rel"), ctx)
    if y is None:
        return unresolved(s, e, "DATE", f"XXXX-H{h}", precision="half")
    return Timex(s, e, "DATE", f"{y:04d}-H{h}", "half", anchor="published")


def h_season(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    code = V.SEASONS[m.group("s").lower()]
    if m.group("y"):
        return Timex(s, e, "DATE", f"{year_of(m.group('y'), ctx.ref):04d}-{code}", "season")
    rel = (m.group("rel") or "").lower().split()
    word = rel[-1] if rel else None
    if ctx.ref is None or not ctx.ref.knows("season"):
        return unresolved(s, e, "DATE", f"XXXX-{code}", precision="season")
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get(word or "")
    if word == "last":  # "last spring" said in May: the spring of last year... or this one?
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        offset = -1 if ctx.ref.date.month < start + 3 else 0
    tense = tense_dir(ctx.tense(s, e))
    value = V.season_near(ctx.ref.date, code, tense, offset)
    return Timex(s, e, "DATE", value, "season", anchor="published", tense=tense)


def _day_rel(ctx: Context, s: int, e: int, days: int, part: str | None = None) -> Timex:
    if ctx.ref is None or not ctx.ref.knows("day"):
        return unresolved(s, e, "TIME" if part else "DATE", None, precision="day")
    d = ctx.ref.date + dt.timedelta(days=days)
    if part:
        return Timex(s, e, "TIME", f"{d.isoformat()}T{PARTS[part]}", "day", anchor="published")
    return Timex(s, e, "DATE", d.isoformat(), "day", anchor="published")


def h_deictic(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    t = re.sub(r"\s+", " ", m.group("t").lower())
    part = next((p for p in PARTS if t.endswith(p)), None)
    if t in ("tonight", "overnight"):
        return _day_rel(ctx, s, e, 0, "night")
    if t == "last night":
        return _day_rel(ctx, s, e, -1, "night")
    if "day before yesterday" in t:
        return _day_rel(ctx, s, e, -2)
    if "day after tomorrow" in t:
        return _day_rel(ctx, s, e, 2)
    days = -1 if "yesterday" in t else 1 if "tomorrow" in t else 0
    return _day_rel(ctx, s, e, days, part if t.split()[-1] == part else None)


def h_weekday(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """A weekday: last/next/this, or the tense of the verb it goes with; "Monday night"."""
    wd = WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower().split()
    word = rel[-1] if rel else None
    part = (m.group("part") or "").lower() or None
    type_ = "TIME" if part else "DATE"
    if ctx.ref is None or not ctx.ref.knows("day"):
        return unresolved(s, e, type_, f"XXXX-WXX-{wd + 1}", precision="day")
    r = ctx.ref.date
    raw = ctx.tense(s, e)
    tense = tense_dir(raw)
    if word == "last":  # strictly before the reference
        d = r - dt.timedelta(days=(r.weekday() - wd) % 7 or 7)
    elif word == "next":  # strictly after
        d = r + dt.timedelta(days=(wd - r.weekday()) % 7 or 7)
    elif word == "past":
        d = V.weekday_near(r, wd, "past")
    elif word == "coming":
        d = V.weekday_near(r, wd, "future")
    else:
        if raw in (None, "present", "perfect") and re.search(
            r"\b(?:until|till|by)\s+$", m.string[max(0, s - 8) : s], I
        ):
            tense = "future"  # "closed until Friday", "has kept them closed until Friday"
        d = V.weekday_near(r, wd, tense)
    value = d.isoformat() + (f"T{PARTS[part]}" if part else "")
    return Timex(s, e, type_, value, "day", anchor="published", tense=tense)


def h_weekend(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    word = (m.group("rel") or "").lower().split()
    word = word[-1] if word else None  # type: ignore[assignment]
    if ctx.ref is None or not ctx.ref.knows("day"):
        return unresolved(s, e, "DATE", None, precision="week")
    r = ctx.ref.date
    tense = tense_dir(ctx.tense(s, e))
    sat_back = r - dt.timedelta(days=(r.weekday() - 5) % 7)  # the last Saturday on/before
    if r.weekday() == 6:
        sat_back = r - dt.timedelta(days=1)
    sat_ahead = sat_back if r.weekday() >= 5 else sat_back + dt.timedelta(days=7)
    if word in ("last", "past"):
        sat = sat_back if r.weekday() < 5 else sat_back - dt.timedelta(days=7)
    elif word in ("next", "coming"):
        sat = sat_ahead if r.weekday() < 5 else sat_ahead + dt.timedelta(days=7)
    elif tense == "past":
        sat = sat_back
    elif tense == "future":
        sat = sat_ahead
    else:
        sat = sat_back if r.weekday() in (0, 1, 5, 6) else sat_ahead
    return Timex(s, e, "DATE", V.week(sat) + "-WE", "week", anchor="published", tense=tense)


def h_rel_unit(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """this/last/next week, month, year, quarter, decade, century."""
    rel = m.group("rel").lower().split()
    word = rel[-1]
    unit = m.group("u").lower()
    if unit == "fiscal year":
        unit = "year"
    off = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
           "coming": 1, "upcoming": 1}[word]  # fmt: skip
    precision = V.UNITS[unit][1]
    if ctx.ref is None or not ctx.ref.knows(precision):
        return unresolved(s, e, "DATE", None, precision=precision)
    value, precision = V.shift(ctx.ref.date, off, unit)
    return Timex(s, e, "DATE", value, precision, anchor="published")


def h_anaphor(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "the next day", "the same day", "that week", "the day before": counted from the last
    date the text named (the narrative time), else from the publication date."""
    t = re.sub(r"\s+", " ", m.group("t").lower())
    unit = m.group("u").lower()
    part = None
    if unit in PARTS:
        part, unit = unit, "day"
    if any(w in t for w in ("next", "following", "after", "later")):
        off = 1
    elif any(w in t for w in ("previous", "preceding", "prior", "before", "earlier")):
        off = -1
    else:
        off = 0
    base, how = ctx.base()
    precision = V.UNITS[unit][1]
    if base is None:
        if ctx.ref is not None and ctx.ref.knows(precision):
            base, how = ctx.ref.date, "published"
        else:
            return unresolved(s, e, "DATE", None, precision=precision)
    value, precision = V.shift(base, off, unit)
    if part:
        return Timex(s, e, "TIME", f"{value}T{PARTS[part]}", "day", anchor=how)
    return Timex(s, e, "DATE", value, precision, anchor=how)


def h_ago(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "two weeks ago", "three days later", "a year earlier", "ten years from now"."""
    n = number(m.group("n"))
    unit = unit_of(m.group("u"))
    direction = m.group("dir").lower()
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior") else 1
    precision = V.UNITS.get(unit, ("D", "day"))[1]
    if direction in ("ago", "from now", "hence"):
        base, how = (ctx.ref.date, "published") if ctx.ref else (None, "published")
        if ctx.ref is not None and not ctx.ref.knows(precision):
            base = None
    else:
        base, how = ctx.base()
        if base is None and ctx.ref is not None and ctx.ref.knows(precision):
            base, how = ctx.ref.date, "published"
    if n is None:  # "several years ago", "some time later"
        return Timex(s, e, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if base is None:
        return unresolved(s, e, "DATE", None, precision=precision)
    count = int(n) if float(n).is_integer() else n
    if unit in ("day", "night") or (unit == "week" and count == 1):
        days = round(n * (7 if unit == "week" else 1))
        return Timex(s, e, "DATE", (base + dt.timedelta(days=sign * days)).isoformat(), "day",
                     anchor=how)  # fmt: skip
    if unit in ("hour", "minute", "second"):
        return Timex(s, e, "DATE", base.isoformat(), "day", anchor=how)
    if not float(n).is_integer():
        return Timex(s, e, "DATE", None, precision, partial=None, anchor=how)
    value, precision = V.shift(base, sign * int(n), unit)
    return Timex(s, e, "DATE", value, precision, anchor=how)


def h_duration(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    g = m.groupdict()
    n = number(g.get("n")) if g.get("n") else None
    if g.get("n") and n is None and not re.search(words(*VAGUE), g["n"], I):
        return None
    unit = unit_of(g["u"])
    if unit not in V.UNITS:
        return None
    if not g.get("n") and not g.get("vague"):
        n = 1 if not g["u"].lower().endswith("s") else None
    mod = APPROX.get(re.sub(r"\s+", " ", (g.get("approx") or "").lower())) or None
    value = V.duration(n, unit)
    if unit == "quarter" and n is not None:
        value = f"P{int(n) if float(n).is_integer() else n}Q"
    t = Timex(s, e, "DURATION", value, None, mod=mod)
    lead = (g.get("lead") or "").lower()
    if lead and ctx.ref is not None and n is not None and float(n).is_integer():
        # "the past three years" ends now, "the next four years" starts now
        k = int(n)
        if re.search(r"past|last|previous", lead):
            t.begin, _ = V.shift(ctx.ref.date, -k, unit)
            t.until = ctx.ref.date.isoformat() if ctx.ref.precision == "day" else None
        elif re.search(r"next|coming", lead):
            t.begin = ctx.ref.date.isoformat() if ctx.ref.precision == "day" else None
            t.until, _ = V.shift(ctx.ref.date, k, unit)
        t.anchor = "published"
    return t


_AMOUNT_OVER = re.compile(
    r"\s+(?:(?:net|gross|average|total|operating)\s+)?(?:revenues?|sales|profits?|income|loss(?:es)?"
    r"|growth|rate|budget|output|production|earnings|turnover|exports|imports|trade|spending"
    r"|inflation|capacity|volume|supply|supplies|deliveries|turnover)\b",
    I,
)


def h_set(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    t = re.sub(r"\s+", " ", m.group("t").lower())
    for word, value in (("annual", "P1Y"), ("yearly", "P1Y"), ("weekly", "P1W"),
                        ("daily", "P1D"), ("monthly", "P1M"), ("quarterly", "P3M"),
                        ("hourly", "PT1H"), ("nightly", "P1D"), ("biannual", "P6M")):  # fmt: skip
        if t.startswith(word):
            if _AMOUNT_OVER.match(m.string, e):  # "annual revenue": the amount of one year
                return Timex(s, e, "DURATION", value)
            return Timex(s, e, "SET", value)
    wd = re.search(WEEKDAY, m.group("t"))
    if wd:
        return Timex(s, e, "SET", f"XXXX-WXX-{WEEKDAYS[wd.group().lower()] + 1}")
    u = re.search(UNITS + r"\b", t)
    if not u:
        return None
    unit = unit_of(u.group())
    n = number(m.group("n")) if m.groupdict().get("n") else 1
    if m.groupdict().get("n") and m.group("n").lower() == "other":
        n = 2  # "every other week"
    return Timex(s, e, "SET", V.duration(n, unit))  # "every few years": PXY


def h_ref(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    t = re.sub(r"\s+", " ", m.group("t").lower())
    if re.search(r"recent (days|weeks|months|years|decades)", t):
        u = re.search(r"(day|week|month|year|decade)", t).group()  # type: ignore[union-attr]
        return Timex(s, e, "DURATION", V.duration(None, u), anchor="published")
    if re.search(r"future|soon|shortly|term|ahead", t):
        value = "FUTURE_REF"
    elif re.search(r"past|recent|lately|former|earlier", t):
        value = "PAST_REF"
    else:
        value = "PRESENT_REF"
    return Timex(s, e, "DATE", value)


def h_time(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """A clock time, on the day the same sentence names (see :func:`merge_times`), else the
    publication day. UTC and GMT give a ``Z``."""
    g = m.groupdict()
    if g.get("word"):
        hh, mm = (12, 0) if g["word"].lower() == "noon" else (0, 0)
    else:
        hh, mm = int(g["hh"]), int(g.get("mm") or 0)
        ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return None
    z = "Z" if re.match(r"(?i)utc|gmt|z\b", (g.get("tz") or "").strip()) else ""
    if z and g.get("off"):  # "GMT +8": the zone's offset, as ISO 8601 writes it (+08:00)
        off = re.sub(r"\s", "", g["off"]).replace("\u2212", "-")
        hours, _, minutes = off[1:].partition(":") if ":" in off else (off[1:3], "", off[3:])
        if int(hours) or int(minutes or 0):
            z = f"{off[0]}{int(hours):02d}:{int(minutes or 0):02d}"
    clock = f"T{hh:02d}:{mm:02d}{z}"
    if ctx.ref is None or not ctx.ref.knows("day"):
        return unresolved(s, e, "TIME", "XXXX-XX-XX" + clock, precision="time")
    return Timex(s, e, "TIME", ctx.ref.date.isoformat() + clock, "time", anchor="published")


def h_holiday(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    from dateutil.easter import easter

    name = re.sub(r"\s+", " ", m.group("h").lower())
    y = int(m.group("y")) if m.group("y") else None
    if y is None:
        if ctx.ref is None:
            return unresolved(s, e, "DATE", None, precision="day")
        y = ctx.ref.date.year
        word = (m.group("rel") or "").lower()
        y += -1 if word == "last" else 1 if word == "next" else 0
    if "easter" in name:
        d = easter(y)
    elif "eve" in name and "new year" in name:
        d = dt.date(y, 12, 31)
    elif "new year" in name:
        d = dt.date(y, 1, 1)
    elif "eve" in name:
        d = dt.date(y, 12, 24)
    elif "christmas" in name:
        d = dt.date(y, 12, 25)
    elif "victory day" in name:
        d = dt.date(y, 5, 9)
    else:
        return None
    return Timex(s, e, "DATE", d.isoformat(), "day",
                 anchor=None if m.group("y") else "published")  # fmt: skip


# ---------------------------------------------------------------- vetoes


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:-\s*strong|people|persons|troops|soldiers|servicemen|km|kilomet|mile|tons|tonnes|"
    r"barrels|dollars|yuan|rubles|roubles|euros|men|women|members|cases|deaths|votes|units|"
    r"times|metres|meters|feet|percent|per\s+cent|mw|gw|bcm|billion|million|trillion|"
    r"delegates|workers|jobs|children|residents|refugees|acres|hectares|homes|tanks|missiles|"
    r"drones|aircraft|vehicles|rounds|hours|days|ships|companies|firms|students)\b",
    I,
)
_NOT_YEAR_BEFORE = re.compile(r"(?:No\.|number|nos?\.|#|page|pages|pp?\.|flight|route|"
                              r"room|resolution|article|section|chapter)\s*$", I)  # fmt: skip


def year_ok(m: re.Match[str], text: str) -> bool:
    s, e = m.span("t") if "t" in m.re.groupindex else m.span()
    if _NOT_YEAR_AFTER.match(text, e) or _NOT_YEAR_BEFORE.search(text[max(0, s - 12) : s]):
        return False
    before = text[max(0, s - 4) : s]
    if before.lower() == "mid-":
        return True
    before = before[-2:]
    return not re.search(r"[\d$£€¥]\s?$|[-/:]$", before) and not re.match(r"[-/:]\d", text[e:e+2])  # fmt: skip


def duration_ok(m: re.Match[str], text: str) -> bool:
    """Not "38 bcm a year" (a rate: the set rule), not "a second term" (an ordinal)."""
    after = text[m.end() : m.end() + 30]
    if re.match(r"\s+(?:a|per)\s+" + UNIT + r"\b", after, I):
        return False
    ordinal = r"\s+(?!of\b|and\b|or\b|ago\b|later\b)[a-z]"
    return not (m.group("u").lower() == "second" and re.match(ordinal, after))


def time_ok(m: re.Match[str], text: str) -> bool:
    s, e = m.span()
    return not re.search(r"\d[:.]?$", text[max(0, s - 2) : s]) and not re.match(r":\d", text[e : e + 2])  # fmt: skip


# ---------------------------------------------------------------- the rules

# a zone's offset from UTC: "GMT +8", "UTC-05:00"
OFFSET = r"(?:\s?(?P<off>[+\-\u2212]\s?(?:1[0-4]|0?\d)(?::?[0-5]\d)?)(?![\d:]))?"
OFFSET2 = OFFSET.replace("<off>", "<off2>")
WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
APPROX_DATE = r"(?:(?P<approx>around|about|circa|c\.|approximately|roughly)\s+)?"


def _r(pattern: str, flags: int = I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# fmt: off
RULES: list[Rule] = [
    Rule("iso", _r(r"\b(?P<iso_y>\d{4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)"
                   r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?(?P<z>Z|[+-]\d\d:?\d\d)?)?\b"),
         h_full_date),
    Rule("month-day-year", _r(rf"\b{WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})\b"),
         h_full_date),
    Rule("day-month-year", _r(rf"\b{WD_PREFIX}(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})\b"),
         h_full_date),
    Rule("numeric-date", _r(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\d/]|\.\d)"),
         h_numeric_date),
    Rule("month-day", _r(rf"\b{WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY})\b(?!\s*(?:,\s*)?\d)"), h_month_day),
    Rule("day-month", _r(rf"\b{WD_PREFIX}(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})(?!\s*,?\s*\d)"), h_month_day),
    Rule("month-year", _r(rf"\b(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|'\d\d)\b"), h_month_year),
    Rule("month-of-rel-year", _r(rf"\b(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"), h_month),
    Rule("the-unit", _r(r"\b(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|first\s+half|second\s+half)\s+of\s+|(?:early|late)\s+(?:in\s+)?)(?P<t>the\s+(?P<u>year|month|week|decade))\b(?!\s+(?:before|after|of|that|when)\b)"),
         lambda m, c, s, e: h_rel_unit(Renamed(m, rel="this"), c, s, e)),
    Rule("month-rel", _r(rf"\b(?P<rel>this\s+past|this|last|next|this\s+coming)\s+(?P<mon>{MONTH})"), h_month),
    Rule("month", _r(rf"(?:\b(?:in|since|until|till|by|during|from|through|before|after|of|between|and|to|or|early|mid|late|each|every|until)\s+|\bmid-)(?P<t>(?P<mon>{MONTH}))(?!\s+\d)(?P<rel>)"), h_month),
    Rule("plain-month", _r(rf"\b(?P<t>(?P<mon>{PLAIN_MONTHS}))\b(?!\s+\d)(?P<rel>)"), h_month),
    Rule("year-range", _r(rf"(?:\b(?:from|between)\s+)(?P<y1>{YEAR})\s+(?:to|until|till|through|and)\s+(?P<y2>{YEAR})\b"
                          rf"|\b(?P<y1b>{YEAR})\s*[\u2013\u2014-]\s*(?P<y2b>{YEAR}|\d\d)\b(?!-)"),
         lambda m, c, s, e: h_year_range(_rangefix(m), c, s, e)),
    Rule("year", _r(rf"(?P<t>(?P<y>{YEAR})|(?<![\w'\u2019])['\u2019](?P<y2>\d\d)(?![\w'\u2019]))"),
         lambda m, c, s, e: Timex(s, e, "DATE", f"{year_of(m.group('y') or m.group('y2'), c.ref):04d}", "year"),
         year_ok),
    Rule("decade", _r(r"\b(?:the\s+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0s\b|['\u2019](?P<d2>\d)0s\b|(?<=the )(?P<d3>\d)0s\b)"),
         lambda m, c, s, e: h_decade(_decadefix(m), c, s, e)),
    Rule("century", _r(r"\bthe\s+(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-first)?)\s+century\b"), h_century),
    Rule("fiscal", _r(rf"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<y>{YEAR}|\d\d)\b"), h_fiscal),
    Rule("quarter", _r(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter"
                       rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<fy>this|last|next|the)\s+(?:fiscal\s+|financial\s+)?year)|,?\s+(?P<y2>{YEAR}))?"
                       rf"|\bQ(?P<q>[1-4])(?:\s+(?P<y3>{YEAR}))?\b"),
         lambda m, c, s, e: h_quarter(_quarterfix(m), c, s, e)),
    Rule("half", _r(rf"\bthe\s+(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next|the)\s+year)"), h_half),
    Rule("season", _r(rf"\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"),
         h_season, lambda m, t: m.group("s").lower() != "fall" or bool(m.group("rel") or m.group("y"))),
    Rule("deictic", _r(rf"\b(?P<t>(?:earlier|later)\s+(?:today|tonight)|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"
                       rf"|(?:yesterday|tomorrow|this)\s+{PART}|last\s+night|today|tonight|yesterday|tomorrow)\b(?!')"),
         h_deictic),
    Rule("weekday", _r(rf"\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?P<wd>{WEEKDAY})(?!s)(?:\s+(?P<part>{PART}))?\b"),
         h_weekday),
    Rule("weekend", _r(r"\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the)\s+)weekend\b(?!s)"),
         h_weekend),
    Rule("rel-unit", _r(rf"\b(?P<rel>{REL})\s+(?P<u>week|month|year|fiscal\s+year|quarter|decade|century)\b(?!s|-)"),
         h_rel_unit),
    Rule("the-past-unit", _r(r"\bthe\s+(?P<lead>past|coming)\s+(?P<u>week|month|year|decade|century|quarter|fortnight)\b(?!s|-)"),
         lambda m, c, s, e: h_duration(Renamed(m, n="1", lead="the " + m.group("lead")), c, s, e)),
    Rule("the-last-unit", _r(r"\b(?P<t>the\s+(?P<rel>last)\s+(?P<u>week|month|year|decade|quarter))\b(?!s|-|\s+of\b)"),
         h_rel_unit),
    Rule("the-day", _r(r"\b(?:for|during|throughout|in|end|ends|ended|ending|finish|finished|finishing|close|closes|closed|closing|start|started|starting|open|opened|opening|began|begin|begins)\s+(?P<t>the\s+(?P<u>day))\b(?!\s+(?:of|when|that|before|after|on\s+which|in\s+which|he|she|they|it|we)\b)"),
         h_anaphor),
    Rule("anaphor", _r(r"\b(?P<t>(?:the\s+)?(?:same|next|following|previous|preceding|prior)\s+(?P<u>day|week|month|year|morning|evening|night|weekend)\b"
                       r"|that\s+(?P<u2>day|week|month|year|morning|afternoon|evening|night)\b"
                       rf"|the\s+(?P<u3>day|week|month|year)\s+(?:before|after|earlier|later|prior){ANAPHOR_TAIL}"
                       rf"|an?\s+(?P<u4>day|week|month|year)\s+(?:earlier|later|before|after){ANAPHOR_TAIL})"),
         lambda m, c, s, e: h_anaphor(_anaphorfix(m), c, s, e)),
    Rule("ago", _r(rf"\b(?P<n>{NUM})\s+(?:more\s+)?(?P<u>{UNITS})\s+(?P<dir>before|after|prior){ANAPHOR_TAIL}"
                   r"|\b(?P<n2>{NUM})\s+(?:more\s+)?(?P<u2>{UNITS})\s+(?P<dir2>ago|earlier|later|from\s+now|hence|previously|afterwards?)\b".replace("{NUM}", NUM).replace("{UNITS}", UNITS)),
         lambda m, c, s, e: h_ago(_agofix(m), c, s, e)),
    Rule("set", _r(rf"\b(?P<t>annual(?:ly)?|yearly|weekly|daily|monthly|quarterly|hourly|nightly|biannual)\b"
                   rf"|\b(?P<t2>(?:every|each)\s+(?:(?P<n>{NUM}|other)\s+)?(?:{UNITS}|{WEEKDAY})|once\s+an?\s+{UNIT}|twice\s+an?\s+{UNIT}"
                   rf"|(?:{NUMWORD}|\d+)\s+times\s+an?\s+{UNIT}|per\s+{UNIT}|(?-i:{WEEKDAY})s)\b"
                   rf"|\b(?:billion|million|trillion|thousand|percent|barrels|tonnes|tons|bcm|dollars|yuan|euros|rubles|roubles)\s+(?P<t3>an?\s+{UNIT})\b"),
         lambda m, c, s, e: h_set(_setfix(m), c, s, e),
         lambda m, t: not (m.group("t") and re.match(r"\s+(?:report|meeting|summit|session|rate|budget|general)", t[m.end():], I) and False)),
    Rule("duration", _r(rf"\b(?:{DUR_MOD}(?!the\b))?(?P<lead>the\s+(?:past|last|next|coming|previous|first|final|following|better\s+part\s+of\s+the|entire|whole)\s+)?"
                        rf"(?P<n>{NUM})\s+(?:(?:straight|consecutive|successive|trading|business|working|full|long|more|additional|further|short|whole|calendar|full)\s+)*(?P<u>{UNITS})\b(?!-)"),
         h_duration, duration_ok),
    Rule("duration-adj", _r(rf"\b(?P<n>{NUM}|single)-(?P<u>{UNIT})(?:-(?:long|old))?\b"),
         h_duration),
    Rule("duration-vague", _r(r"\b(?P<t>(?P<vague>)(?:(?:many|several|a\s+few)\s+)?(?P<u>years|decades|months|weeks|days|hours|minutes|centuries)(?:-long)?)\b"
                              r"(?=\s+(?:of|ago|later|before|after|now|to\s+come)\b|-long|[,.;])|\bover\s+(?P<t2>the\s+(?P<u2>years|decades|months))\b"),
         lambda m, c, s, e: h_duration(_vaguefix(m), c, s, e),
         lambda m, t: bool(m.group("t2")) or re.search(r"(?:for|over|within|after|in|of|the)\s+(?:the\s+(?:past|last|coming)\s+|just\s+|only\s+|mere\s+)?$", t[max(0, m.start() - 24):m.start()], I) is not None),
    Rule("ref", _r(r"\b(?P<t>right\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days|for\s+the\s+time\s+being"
                   r"|the\s+time\s+being|the\s+(?:recent\s+|distant\s+)?past|recently|lately|more\s+recently|recent\s+(?:days|weeks|months|years|decades)"
                   r"|the\s+(?:near|foreseeable|distant|immediate|not\s+too\s+distant)\s+future|the\s+future|soon|very\s+soon|shortly"
                   r"|the\s+(?:near|short|long|medium)\s+term|(?:short|long|medium)-term)\b(?!-)"),
         lambda m, c, s, e: h_ref(m, c, s, e),
         lambda m, t: not re.match(r"\s+(?:that|than)\b", t[m.end():], I) or "now" not in m.group("t").lower()),
    Rule("time", _r(rf"(?<![\d:.])(?:(?P<hh>[01]?\d|2[0-4])(?::(?P<mm>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)(?:\s*(?P<po>\()?(?P<tz>UTC|GMT|[A-Z]{3,4}\b){OFFSET}(?(po)\)))?"
                    rf"|(?P<hh2>[01]?\d|2[0-3]):(?P<mm2>[0-5]\d)(?:\s*(?P<po2>\()?(?P<tz2>UTC|GMT|local\s+time|[A-Z]{3,4}\b){OFFSET2}(?(po2)\)))?"
                    r"|(?P<hh3>[01]\d|2[0-3])(?P<mm3>[0-5]\d)\s*(?P<tz3>UTC|GMT|hrs|hours\s+(?:UTC|GMT))\b"
                    r"|\b(?P<word>noon|midnight)\b)"),
         lambda m, c, s, e: h_time(_timefix(m), c, s, e), time_ok),
    Rule("holiday", _r(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>Christmas\s+(?:Eve|Day)|Christmas|New\s+Year's\s+(?:Day|Eve)|Easter(?:\s+Sunday)?|Victory\s+Day)(?:\s+(?P<y>{YEAR}))?\b", 0),
         h_holiday),
]
# fmt: on


def _rangefix(m: re.Match[str]) -> Any:
    return Renamed(m, y1=m.group("y1") or m.group("y1b"), y2=m.group("y2") or m.group("y2b"))


def _decadefix(m: re.Match[str]) -> Any:
    return Renamed(m, d2=m.group("d2") or m.group("d3"))


def _quarterfix(m: re.Match[str]) -> Any:
    return Renamed(m, y=m.group("y") or m.group("y2") or m.group("y3"), ord=m.group("ord") or "")


def _anaphorfix(m: re.Match[str]) -> Any:
    return Renamed(m, u=m.group("u") or m.group("u2") or m.group("u3") or m.group("u4"))


def _agofix(m: re.Match[str]) -> Any:
    if m.group("n2"):
        return Renamed(m, n=m.group("n2"), u=m.group("u2"), dir=m.group("dir2"))
    return m


def _vaguefix(m: re.Match[str]) -> Any:
    return Renamed(m, u=m.group("u") or m.group("u2"), vague="x", n=None)


def _setfix(m: re.Match[str]) -> Any:
    return Renamed(m, t=m.group("t") or m.group("t2") or m.group("t3"))


def _timefix(m: re.Match[str]) -> Any:
    g = m.groupdict()
    return Renamed(m, hh=g["hh"] or g["hh2"] or g["hh3"], mm=g["mm"] or g["mm2"] or g["mm3"],
              tz=g["tz"] or g["tz2"] or g["tz3"], off=g["off"] or g["off2"])  # fmt: skip


def tense_function(parsed: Any) -> Callable[[int, int], str | None]:
    """The tense of the verb governing a span (see :mod:`detente.timex.english_tense`)."""
    from detente.timex.english_tense import tense_function as english_tense

    return english_tense(parsed)


def find(text: str, ctx: Context) -> list[Timex]:
    """The temporal expressions of an English ``text``, resolved against ``ctx``."""
    from detente.timex import grammar
    from detente.timex.english_after import (
        attach_times,
        count_from_dates,
        extend_modifiers,
        weekdays_in_weeks,
        years_in_ranges,
    )

    found = grammar.run(text, RULES, ctx)
    found = years_in_ranges(text, found)
    extend_modifiers(text, found)
    weekdays_in_weeks(text, found)
    found = count_from_dates(text, found)
    return attach_times(text, found)
