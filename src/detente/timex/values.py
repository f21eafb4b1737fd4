"""TIMEX3-like values and the calendar arithmetic that resolves relative time.

Values: ``2022-02-04`` (day), ``2022-W09`` (ISO week), ``2022-W09-WE`` (weekend), ``2022-02``
(month), ``2022-Q1`` (quarter), ``2022-SP`` / ``SU`` / ``FA`` / ``WI`` (season), ``2022``
(year), ``202`` (decade: the 2020s), ``20`` (century), ``2022-02-04T17:45`` (time), durations
``P3D``, ``P2W``, ``P6M``, ``P30Y``, ``PT5H``, and the references ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``. ``None``: said, but not resolvable (no publication date to count from).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("time", "day", "week", "month", "quarter", "season", "year", "decade", "century")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNITS = {  # unit -> (duration letter, precision)
    "second": ("S", "time"), "minute": ("M", "time"), "hour": ("H", "time"),
    "day": ("D", "day"), "night": ("D", "day"), "week": ("W", "week"),
    "weekend": ("WE", "week"), "fortnight": ("W", "week"), "month": ("M", "month"),
    "quarter": ("Q", "quarter"), "year": ("Y", "year"), "decade": ("DE", "decade"),
    "century": ("CE", "century"),
}  # fmt: skip


@dataclass(slots=True, frozen=True)
class Ref:
    """A reference date and how precisely it is known (the publication date, or an anchor)."""

    date: dt.date
    precision: str  # day, month, year

    @classmethod
    def parse(cls, value: str | None) -> Ref | None:
        if not value:
            return None
        m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        if not m:
            return None
        y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            return None
        return cls(date, "day" if m.group(3) else "month" if m.group(2) else "year")

    def knows(self, precision: str) -> bool:
        """Is the reference precise enough to resolve something of this precision?"""
        order = ["day", "month", "year"]
        need = {"time": "day", "day": "day", "week": "day", "month": "month",
                "quarter": "month", "season": "month"}.get(precision, "year")  # fmt: skip
        return order.index(self.precision) <= order.index(need)


def day(d: dt.date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def quarter(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def shift(ref: dt.date, n: int, unit: str) -> tuple[str, str]:
    """``ref`` moved by ``n`` units: the value at that unit's precision."""
    if unit in ("day", "night"):
        return day(ref + dt.timedelta(days=n)), "day"
    if unit in ("week", "fortnight"):
        return week(ref + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))), "week"
    if unit == "weekend":
        return week(ref + dt.timedelta(weeks=n)) + "-WE", "week"
    if unit == "month":
        y, m = add_months(ref.year, ref.month, n)
        return month(y, m), "month"
    if unit == "quarter":
        y, m = add_months(ref.year, ref.month, 3 * n)
        return quarter(y, (m - 1) // 3 + 1), "quarter"
    if unit == "year":
        return f"{ref.year + n:04d}", "year"
    if unit == "decade":
        return f"{(ref.year // 10 + n):03d}", "decade"
    if unit == "century":
        return f"{(ref.year // 100 + n):02d}", "century"
    return day(ref), "day"


def duration(n: float | int | None, unit: str) -> str:
    """``P3D``, ``P2W``, ``PT5H``; ``PXY`` for an unknown number ("several years")."""
    letter, _ = UNITS.get(unit, ("D", "day"))
    count = "X" if n is None else (int(n) if float(n).is_integer() else n)
    if letter in ("DE", "CE"):  # decades and centuries in years
        count = "X" if n is None else int(n * (10 if letter == "DE" else 100))
        letter = "Y"
    if letter == "WE":
        letter = "W"
    if unit in ("second", "minute", "hour"):
        return f"PT{count}{letter}"
    return f"P{count}{letter}"


def weekday_near(ref: dt.date, weekday: int, tense: str | None) -> dt.date:
    """The date of ``weekday`` (0 = Monday) near ``ref``: in the past tense the latest on or
    before ``ref`` (news: "on Friday" in Friday's paper is that day), in the future the first on
    or after it, otherwise the nearer of the two (ties go to the past)."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if tense == "past":
        return ref - dt.timedelta(days=back)
    if tense == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)


def month_near(ref: dt.date, m: int, tense: str | None) -> tuple[int, int]:
    """The year of month ``m`` said without a year: this year's, unless the tense says the
    last one (past tense and a month still to come) or the next one (future, month gone)."""
    y = ref.year
    if tense == "past" and m > ref.month:
        y -= 1
    elif tense == "future" and m < ref.month:
        y += 1
    elif tense is None and m - ref.month > 6:
        y -= 1  # "in November", said in February, with no tense: last November
    return y, m


def season_near(ref: dt.date, s: str, tense: str | None, offset: int | None) -> str:
    """``2022-SP`` for a season said with this/last/next (``offset``) or with a tense."""
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
    y = ref.year
    if offset is not None:
        y += offset
    elif tense == "past" and start > ref.month:
        y -= 1
    elif tense == "future" and start + 2 < ref.month:
        y += 1
    return f"{y:04d}-{s}"


def precision_of(value: str | None) -> str | None:
    """The precision a value states."""
    if value is None:
        return None
    if value.endswith("_REF"):
        return None
    if value.startswith("P"):
        return None
    if "T" in value:
        return "time"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if "-W" in value:
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if "-Q" in value:
        return "quarter"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return None
