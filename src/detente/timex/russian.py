"""Russian temporal expressions: the rules, and the tense of the governing verb from natasha.

Values follow TIMEX3 (see :mod:`detente.timex.values`) and are resolved by the English handlers
(:mod:`detente.timex.english`): each Russian rule finds the words and hands the handler what they
mean (``прошлую пятницу`` -> ``last`` ``friday``), so both languages count the same way.

Spans. The prepositions that only mark a time adverbial stay outside, as English leaves out "on"
and "in": ``в``/``во``/``на``/``с``/``до``/``к`` and ``в течение``/``на протяжении`` (``на
прошлой неделе`` -> ``прошлой неделе``, ``в настоящее время`` -> ``настоящее время``, ``в течение
двух недель`` -> ``двух недель``). Everything else of the phrase is in: the year word (``2022
года``, ``2022 г.``), the relative adjective (``прошлом году``), the position word (``в конце
февраля`` -> ``конце февраля``, mod END), duration qualifiers (``более трёх лет``), the clock's
zone (``15:00 по московскому времени``), and the words that change what a phrase means rather
than mark it: ``через``, ``спустя``, ``назад``, ``ранее``/``позже``, ``накануне``, and the ``с ...
по`` of a range (``с 2014 по 2016 год``, as English keeps "from ... to").

Months and weekdays are matched in every case form; number words too (``двух``, ``тремя``,
``двадцати пяти``, ``пару``, ``несколько``), from a table. A four-digit number is a year only with
a year word (``году``, ``г.``, ``-го``) or right after a preposition at the end of a phrase, so
``2000 военнослужащих`` is not a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from detente.timex import english as E
from detente.timex import english_after
from detente.timex import values as V
from detente.timex.english_after import attach_times, weekdays_in_weeks, years_in_ranges
from detente.timex.grammar import Renamed, Rule, date_value, tense_dir, unresolved, words
from detente.timex.model import Context, Timex

I = re.IGNORECASE  # noqa: E741

# ---------------------------------------------------------------- tables

MONTH = (
    r"(?<!\w)(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)"
    r"|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))(?!\w)"
)
_MONTH_STEMS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")  # fmt: skip
WEEKDAY = (
    r"(?<!\w)(?:(?:понедельник|вторник|четверг)(?:а|у|ом|е)?|сред(?:а|у|ы|е|ой)|пятниц(?:а|у|ы|е|ей)"
    r"|суббот(?:а|у|ы|е|ой)|воскресень(?:е|я|ю|ем))(?!\w)"
)
_WD_STEMS = ("пон", "вт", "ср", "чет", "пят", "суб", "вос")
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PART = r"(?:утром|днём|днем|вечером|ночью)"
_PARTS = {"утр": "morning", "дн": "afternoon", "веч": "evening", "ноч": "night"}
SEASON = (
    r"(?<!\w)(?:весн(?:а|ы|е|у|ой|ою)|лет(?:о|а|у|ом|е)|осен(?:ь|и|ью)|зим(?:а|ы|е|у|ой|ою))(?!\w)"
)
_SEASONS = {"вес": "spring", "лет": "summer", "осе": "autumn", "зим": "winter"}
ADJ_END = r"(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ие|ые|их|ых)"
REL = (
    rf"(?<!\w)(?:(?:позапрошл|прошл|минувш|прошедш|истекш|текущ|нынешн|уходящ|следующ|будущ|предстоящ"
    rf"|наступающ|грядущ|ближайш){ADJ_END}|эт(?:от|а|о|у|ой|ом|им|ого|ому)|сего)(?!\w)"
)
SAME = r"(?:т(?:от|у|ом|ой|о|ого)|эт(?:от|у|ом|ой|о|ого))\s+же"

_ONES = {
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1,
    "одном": 1, "одну": 1, "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3,
    "трёх": 3, "трех": 3, "трём": 3, "трем": 3, "тремя": 3, "четыре": 4, "четырёх": 4,
    "четырех": 4, "четырём": 4, "четырем": 4, "четырьмя": 4,
}  # fmt: skip
_SOFT = ("пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
         "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
         "девятнадцать", "двадцать", "тридцать")  # fmt: skip
_SOFT_VALUES = (*range(5, 21), 30)
_TENS = {
    "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60,
    "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80,
    "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
}  # fmt: skip
NUMBERS: dict[str, float] = {**_ONES, **_TENS, "пару": 2, "пара": 2, "пары": 2, "паре": 2,
                             "полтора": 1.5, "полторы": 1.5, "полутора": 1.5,
                             "восьмью": 8}  # fmt: skip
for _w, _v in zip(_SOFT, _SOFT_VALUES, strict=True):
    NUMBERS |= {_w: _v, _w[:-1] + "и": _v, _w[:-1] + "ью": _v}
NUMBERS["восьми"] = 8
VAGUE = ("несколько", "нескольких", "нескольким", "несколькими", "много", "многих", "многие",
         "многим", "многими", "десятки", "десятков", "десятками", "сотни", "сотен")  # fmt: skip
_UNITS_1_9 = words(*(w for w, v in NUMBERS.items() if isinstance(v, int) and 1 <= v <= 9))
_TENS_20_90 = words(*(w for w, v in NUMBERS.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)))
NUMWORD = rf"(?:(?:{_TENS_20_90})\s+(?:{_UNITS_1_9})|{words(*NUMBERS)})(?!\w)"
NUM = rf"(?:\d{{1,4}}(?:[.,]5)?(?![\d.,:]\d)|{NUMWORD}|(?:{words(*VAGUE)})(?!\w))"

UNIT = (
    r"(?<!\w)(?:д(?:ень|н(?:я|ю|ём|ем|и|ей|ям|ями|ях))|сут(?:ки|ок|кам|ками|ках)"
    r"|недел(?:я|и|ю|е|ей|ь|ям|ями|ях)|месяц(?:а|у|ем|е|ы|ев|ам|ами|ах)?"
    r"|квартал(?:а|у|ом|е|ы|ов|ам|ами|ах)?|год(?:а|у|ом|е|ы|ов|ам|ами|ах)?|лет"
    r"|(?:десяти|сто)лети(?:е|я|ю|ем|и|й|ям|ями|ях)|век(?:а|у|ом|е|и|ов|ам|ами|ах)?"
    r"|час(?:а|у|ом|ы|ов|ам|ами|ах)?|минут(?:а|ы|у|ой|е|ам|ами|ах)?"
    r"|секунд(?:а|ы|у|ой|е|ам|ами|ах)?)(?!\w)"
)
HALF = r"(?:пол(?:у)?(?P<hu>года|году|месяца|часа|века|суток|недели|дня))(?!\w)"
_UNIT_STEMS = (("десятилет", "decade"), ("столет", "century"), ("сут", "day"), ("д", "day"),
               ("недел", "week"), ("месяц", "month"), ("квартал", "quarter"), ("год", "year"),
               ("лет", "year"), ("век", "century"), ("час", "hour"), ("минут", "minute"),
               ("секунд", "second"))  # fmt: skip
# the singular forms "this/last/next" goes with
REL_UNIT = (
    r"(?:недел(?:я|и|ю|е|ей)|месяц(?:а|у|ем|е)?|год(?:а|у|ом|е)?|квартал(?:а|у|ом|е)?"
    r"|(?:десяти|сто)лети(?:е|я|ю|ем|и)|век(?:а|у|ом|е)?)(?!\w)"
)
YEAR2 = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d)"
YEAR = rf"(?<![\d.,:/\-–]){YEAR2}"
YEAR_WORD = r"(?:\s*-?(?:го|м|й|ом)(?!\w))?(?:\s*(?:год(?:а|у|ом|е)?(?!\w)|г\.))"
YEAR_OPT = r"(?:\s*-?(?:го|м|й|ом)(?!\w))?(?:\s*(?:год(?:а|у|ом|е)?(?!\w)|г\.))?"
YEARS_WORD = r"\s*(?:-?(?:х|е|м|ми)(?!\w))?\s*(?:год(?:ы|ах|ов|ам|ами)(?!\w)|гг\.)"
DAY = r"(?<![\d.,:/])(?:3[01]|[12]\d|0?[1-9])(?:-?(?:го|е|ое)(?!\w))?"
APPROX = {
    "около": "APPROX", "примерно": "APPROX", "приблизительно": "APPROX", "порядка": "APPROX",
    "почти": "LESS_THAN", "менее": "LESS_THAN", "меньше": "LESS_THAN", "чуть менее": "LESS_THAN",
    "более": "MORE_THAN", "больше": "MORE_THAN", "свыше": "MORE_THAN", "более чем": "MORE_THAN",
    "чуть более": "MORE_THAN", "не менее": "EQUAL_OR_MORE", "не меньше": "EQUAL_OR_MORE",
    "как минимум": "EQUAL_OR_MORE", "по меньшей мере": "EQUAL_OR_MORE", "минимум": "EQUAL_OR_MORE",
    "не более": "EQUAL_OR_LESS", "не больше": "EQUAL_OR_LESS", "максимум": "EQUAL_OR_LESS",
    "до": "EQUAL_OR_LESS",
}  # fmt: skip
DUR_MOD = rf"(?:(?P<approx>{words(*APPROX)})\s+)"
SETS = {"ежегодн": "P1Y", "ежемесячн": "P1M", "еженедельн": "P1W", "ежедневн": "P1D",
        "ежеквартальн": "P3M", "ежечасн": "PT1H", "ежесуточн": "P1D"}  # fmt: skip
PREP = r"(?:в|во|на|с|со|до|к|ко|по|от|после|перед|около|между|начиная\s+с)"
_END = r"(?=\s*(?:[,.;:!?)»\"\u2014\u2013]|$))"


# ---------------------------------------------------------------- words to meanings


def number(s: str | None) -> float | None:
    """ "двадцати пяти" -> 25, "1,5" -> 1.5, "пару" -> 2; vague words ("несколько") -> None."""
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s.strip().lower())
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    parts = s.split(" ")
    if all(p in NUMBERS for p in parts):
        return float(sum(NUMBERS[p] for p in parts))
    return None


def unit_of(word: str) -> str:
    w = word.lower()
    return next(u for stem, u in _UNIT_STEMS if w.startswith(stem))


def month_of(word: str) -> str:
    w = word.lower()
    if w.startswith("ма") and not w.startswith("мар"):
        return "may"
    return _EN_MONTHS[next(i for i, s in enumerate(_MONTH_STEMS) if w.startswith(s))]


def weekday_of(word: str) -> str:
    w = word.lower()
    return _EN_WEEKDAYS[next(i for i, s in enumerate(_WD_STEMS) if w.startswith(s))]


def part_of(word: str | None) -> str | None:
    if not word:
        return None
    return next(p for stem, p in _PARTS.items() if word.lower().startswith(stem))


def rel_of(word: str | None) -> str | None:
    """прошлый -> last, этот -> this, следующий -> next, ближайший -> coming."""
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    if w.startswith("позапрошл"):
        return "before last"
    if w.endswith(" же"):
        return "same"
    if w.startswith(("прошл", "минувш", "прошедш", "истекш")):
        return "last"
    if w.startswith(("следующ", "будущ", "предстоящ", "наступающ", "грядущ")):
        return "next"
    if w.startswith("ближайш"):
        return "coming"
    return "this"


def whole(n: float, unit: str) -> tuple[float, str]:
    """Halves in a smaller unit: полгода -> 6 months, полчаса -> 30 minutes."""
    if float(n).is_integer():
        return n, unit
    for big, small, k in (("year", "month", 12), ("century", "year", 100), ("decade", "year", 10),
                          ("hour", "minute", 60), ("day", "hour", 24), ("week", "day", 7)):  # fmt: skip
        if unit == big and float(n * k).is_integer():
            return n * k, small
    return n, unit


def year_for(rel: str | None, ctx: Context) -> int | None:
    """The year of "прошлого года", "этого года", "того же года"."""
    word = rel_of(rel) or "this"
    if word == "same":
        base, _ = ctx.base()
        if base is not None:
            return base.year
    if ctx.ref is None:
        return None
    return ctx.ref.date.year + {"last": -1, "before last": -2, "next": 1, "coming": 1}.get(word, 0)


Handler = Callable[[re.Match[str], Context, int, int], Timex | None]


def _via(
    handler: Callable[..., Timex | None], **convert: Callable[[re.Match[str]], Any]
) -> Handler:
    """A handler that gives ``handler`` the match with groups converted to English."""

    def run(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
        return handler(Renamed(m, **{k: f(m) for k, f in convert.items()}), ctx, s, e)

    return run


def _g(name: str, f: Callable[[str], Any] = lambda x: x) -> Callable[[re.Match[str]], Any]:
    return lambda m: f(m.groupdict()[name]) if m.groupdict().get(name) else None


# ---------------------------------------------------------------- handlers


def h_date_rel_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "4 февраля прошлого года", "в марте того же года": the year named relatively."""
    mon = month_of(m.group("mon"))
    d = m.groupdict().get("d")
    y = year_for(m.group("rel"), ctx)
    mo = E.month_of(mon)
    if y is None:
        partial = f"XXXX-{mo:02d}" + (f"-{E.day_of(d):02d}" if d else "")
        return unresolved(s, e, "DATE", partial, precision="day" if d else "month")
    value = date_value(y, mo, E.day_of(d) if d else None)
    anchor = "narrative" if rel_of(m.group("rel")) == "same" and ctx.narrative else "published"
    return Timex(s, e, "DATE", value, anchor=anchor) if value else None


def h_rel_unit(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "прошлой неделе", "этом году", "следующем месяце", "прошлом веке", "того же года"."""
    rel, unit = rel_of(m.group("rel")), unit_of(m.group("u"))
    if rel == "same":
        return E.h_anaphor(Renamed(m, t=f"same {unit}", u=unit), ctx, s, e)
    if rel == "before last":
        precision = V.UNITS[unit][1]
        if ctx.ref is None or not ctx.ref.knows(precision):
            return unresolved(s, e, "DATE", None, precision=precision)
        value, precision = V.shift(ctx.ref.date, -2, unit)
        return Timex(s, e, "DATE", value, precision, anchor="published")
    return E.h_rel_unit(Renamed(m, rel=rel, u=unit), ctx, s, e)


def h_half(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    h = "first" if m.group("h").lower().startswith("перв") else "second"
    if m.group("y"):
        return E.h_half(Renamed(m, h=h, rel=None), ctx, s, e)
    y = year_for(m.group("rel"), ctx)
    if y is None:
        return unresolved(s, e, "DATE", f"XXXX-H{1 if h == 'first' else 2}", precision="half")
    return E.h_half(Renamed(m, h=h, y=str(y), rel=None), ctx, s, e)


def h_season(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    season = next(v for k, v in _SEASONS.items() if m.group("s").lower().startswith(k))
    y = m.group("y")
    if m.group("rely"):
        year = year_for(m.group("rely"), ctx)
        if year is None:
            return unresolved(s, e, "DATE", f"XXXX-{V.SEASONS[season]}", precision="season")
        y = str(year)
    t = E.h_season(Renamed(m, s=season, y=y, rel=rel_of(m.group("rel"))), ctx, s, e)
    if t is not None and m.group("rely"):
        t.anchor = "published"
    return t


def h_deictic(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """вчера, сегодня, завтра, позавчера, послезавтра; "вчера вечером"; "этой/прошлой ночью"."""
    if m.group("dem"):
        part = part_of(m.group("dpart")) or "night"
        last = rel_of(m.group("dem")) == "last"
        en = ("last night" if last else "tonight") if part == "night" else f"today {part}"
        if last and part != "night":
            en = f"yesterday {part}"
        return E.h_deictic(Renamed(m, t=en), ctx, s, e)
    word = m.group("w").lower()
    en = {"вчера": "yesterday", "сегодня": "today", "завтра": "tomorrow",
          "позавчера": "the day before yesterday", "послезавтра": "the day after tomorrow"}[word]  # fmt: skip
    part = part_of(m.group("part"))
    return E.h_deictic(Renamed(m, t=f"{en} {part}" if part else en), ctx, s, e)


def h_anaphor(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "на следующий день", "в тот же день", "в том же году", "накануне (вечером)"."""
    g = m.groupdict()
    if g.get("eve") is not None:
        part = part_of(g.get("epart"))
        return E.h_anaphor(Renamed(m, t=f"previous {part or 'day'}", u=part or "day"), ctx, s, e)
    word = (g.get("nu") or g.get("su") or "").lower()
    unit = {"утр": "morning", "веч": "evening", "ноч": "night"}.get(word[:3]) or unit_of(word)
    if g.get("nu"):
        return E.h_anaphor(Renamed(m, t=f"next {unit}", u=unit), ctx, s, e)
    same = "same" if g.get("same") else "that"
    return E.h_anaphor(Renamed(m, t=f"{same} {unit}", u=unit), ctx, s, e)


def h_ago(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "три дня назад", "через две недели", "спустя год", "двумя годами ранее"."""
    g = m.groupdict()
    n = 0.5 if g.get("hu") else number(g["n"]) if g.get("n") else 1
    unit = unit_of(g.get("hu") or g["u"])
    if n is not None:
        n, unit = whole(n, unit)
    how = (g.get("dir") or g.get("dir2") or "").lower()
    if how in ("назад", "тому назад"):
        direction = "ago"
    elif how in ("ранее", "раньше"):
        direction = "earlier"
    elif how == "через" and tense_dir(ctx.tense(s, e)) != "past":
        direction = "from now"
    else:  # спустя, позже, позднее; через in a story told in the past
        direction = "later"
    return E.h_ago(Renamed(m, n=None if n is None else str(n), u=unit, dir=direction), ctx, s, e)


def h_duration(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    g = m.groupdict()
    if g.get("hu"):
        n: float | None = 0.5
        unit = unit_of(g["hu"])
    else:
        n = number(g["n"]) if g.get("n") else 1
        unit = unit_of(g["u"])
    if n is not None:
        n, unit = whole(n, unit)
    lead = (g.get("lead") or "").lower()
    en_lead = ("the past " if lead.startswith(("последн", "прошедш", "минувш", "прошл"))
               else "the next " if lead else None)  # fmt: skip
    t = E.h_duration(Renamed(m, n="several" if n is None else str(n), u=unit, approx=None,
                         lead=en_lead, vague=None), ctx, s, e)  # fmt: skip
    if t is not None and g.get("approx"):
        t.mod = APPROX.get(re.sub(r"\s+", " ", g["approx"].lower()))
    return t


def h_duration_adj(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "30-летний", "двухнедельный", "многолетний"."""
    n = m.group("n").lower()
    prefixes = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
                "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15,
                "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "ста": 100,
                "сто": 100, "много": None, "полу": 0.5}  # fmt: skip
    value = float(n) if n.isdigit() else prefixes[n]
    unit = {"летн": "year", "годичн": "year", "дневн": "day", "недельн": "week",
            "месячн": "month", "часов": "hour", "вековн": "century"}[m.group("u").lower()]  # fmt: skip
    if value is not None:
        value, unit = whole(value, unit)
    return Timex(s, e, "DURATION", V.duration(value, unit))


def h_vague(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "десятилетиями", "годами"; "в последние годы", "в ближайшие месяцы"."""
    t = Timex(s, e, "DURATION", V.duration(None, unit_of(m.group("u"))))
    if m.groupdict().get("lead"):
        t.anchor = "published"
    return t


def h_set(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    t = m.group("t").lower()
    for stem, value in SETS.items():
        if t.startswith(stem):
            return Timex(s, e, "SET", value)
    wd = re.search(r"понедельник|вторник|сред|четверг|пятниц|суббот|воскресень", t)
    if wd:
        return Timex(s, e, "SET", f"XXXX-WXX-{_EN_WEEKDAYS.index(weekday_of(wd.group())) + 1}")
    n = number(m.group("n")) if m.group("n") else 1
    n, unit = whole(n or 1, unit_of(m.group("u")))
    return Timex(s, e, "SET", V.duration(n, unit))


def h_ref(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    t = re.sub(r"\s+", " ", m.group("t").lower())
    if t == "на днях":
        future = tense_dir(ctx.tense(s, e)) == "future"
        return Timex(s, e, "DATE", "FUTURE_REF" if future else "PAST_REF")
    if t == "вскоре" and tense_dir(ctx.tense(s, e)) == "past":
        return None  # "вскоре он был арестован": soon after, in a story
    if re.search(r"будущ|ближайш|скор|перспектив", t):
        return Timex(s, e, "DATE", "FUTURE_REF")
    if re.search(r"недавн|последнее|прошлом|ранее", t):
        return Timex(s, e, "DATE", "PAST_REF")
    return Timex(s, e, "DATE", "PRESENT_REF")


def h_time(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """ "15:00 по московскому времени", "9 утра", "полдень"."""
    g = m.groupdict()
    tz = "UTC" if re.search(r"гринвич|utc|gmt", g.get("tz") or "", I) else None
    if g.get("word"):
        return E.h_time(Renamed(m, word="noon" if g["word"].lower() == "полдень" else "midnight",
                            tz=None), ctx, s, e)  # fmt: skip
    if g.get("hh"):
        return E.h_time(Renamed(m, word=None, ap=None, tz=tz), ctx, s, e)
    hh, when = int(g["hh2"]), g["ap"].lower()
    if hh > 12:
        return None
    if {"дня": hh <= 6, "вечера": hh < 12, "ночи": 9 <= hh < 12}.get(when, False):
        hh += 12  # "2 часа дня" 14:00, "10 вечера" 22:00, "11 ночи" 23:00, "2 ночи" 02:00
    elif hh == 12 and when in ("ночи", "утра"):
        hh = 0
    return E.h_time(Renamed(m, word=None, hh=str(hh), mm=None, ap=None, tz=tz), ctx, s, e)


# ---------------------------------------------------------------- vetoes


def _before(m: re.Match[str], text: str, n: int = 30) -> str:
    s = m.span("t")[0] if "t" in m.re.groupindex and m.start("t") >= 0 else m.start()
    return text[max(0, s - n) : s]


def month_ok(m: re.Match[str], text: str) -> bool:
    """A month alone: lower case (a capital "Марта" is a name) or after a preposition."""
    return m.group("mon")[0].islower() or bool(re.search(rf"\b{PREP}\s+$", _before(m, text), I))


def weekday_ok(m: re.Match[str], text: str) -> bool:
    """среда is also "environment" ("в среде экспертов", "окружающую среду"): its forms count
    with an adjective of time ("прошлую среду") or after the prepositions a day takes in that
    case ("в среду", "до среды", "к среде")."""
    wd = m.group("wd").lower()
    if not wd.startswith("сред") or m.group("rel"):
        return True
    preps = {"среду": r"в|во|на|по|через", "среды": r"до|со|с|от|после|утра|вечера|ночи",
             "среде": r"к|ко"}.get(wd)  # fmt: skip
    return bool(preps) and re.search(rf"(?<!\w)(?:{preps})\s+$", _before(m, text), I) is not None


def today_ok(m: re.Match[str], text: str) -> bool:
    """Not the news agency «Россия сегодня»."""
    agency = re.search(r"Россия\s+$", _before(m, text, 10)) and text[m.end() : m.end() + 1] in '»"'
    return not agency


def season_ok(m: re.Match[str], text: str) -> bool:
    """A season alone counts in the instrumental ("весной", "летом") or after a preposition or
    position word; "лета", "зиму" with nothing else are too often something else."""
    if m.group("rel") or m.group("y") or m.group("rely"):
        return True
    if re.search(r"(?:ой|ом|ью|ою)$", m.group("s").lower()):
        return True
    return re.search(r"\b(?:с|со|до|к|ко|после|течение|начал\w*|конц\w*|середин\w*|половин\w*)\s+$",
                     _before(m, text), I) is not None  # fmt: skip


def eve_ok(m: re.Match[str], text: str) -> bool:
    """ "накануне" on its own (the day before) but not "накануне визита" (the eve of an event,
    which the event anchors deal with): a following genitive-looking word vetoes."""
    if m.group("epart"):
        return True
    nxt = re.match(r"\s*([«\"„]?)([\w-]+)?", text[m.end() :])
    word = nxt.group(2) if nxt else None
    if not word:
        return True
    if nxt.group(1) or word[0].isdigit():  # type: ignore[union-attr]
        return False
    w = word.lower()
    if w in ("в", "во", "на", "с", "со", "по", "из", "и", "же", "был", "была", "было", "были",
             "он", "она", "они", "мы", "я", "это", "там", "уже", "также", "стало"):  # fmt: skip
        return True
    if re.search(r"(?:л|ла|ли|ло|лся|лась|лись|лось|ет|ют|ит|ят|ется|ются)$", w):
        return True
    if word.isupper():
        return True
    return not re.search(r"(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их|ия|ий)$", w)


def earlier_ok(m: re.Match[str], text: str) -> bool:
    """ "ранее" as "earlier, previously", not the comparative "не ранее 2025 года", "ранее
    срока", "ранее, чем"."""
    before, after = _before(m, text, 16), text[m.end() : m.end() + 40]
    if re.search(r"(?:\bне|как\s+можно|\d|\w+ми|\w+ом|\w+ей)\s+$", before, I):
        return False
    if re.match(r"\s*,?\s*чем\b", after, I):
        return False
    return not re.match(rf"\s+(?:\d|{MONTH}|срок\w*|\w+(?:ого|его)\b)", after, I)


def ref_ok(m: re.Match[str], text: str) -> bool:
    t = (m.group("t") or m.group("t2") or m.group("t3")).lower()
    if t == "ранее":
        return earlier_ok(m, text)
    if t == "вскоре":
        return not re.match(r"\s+после\b", text[m.end() :], I)
    if t in ("прошлом", "будущем"):  # not "в прошлом туре", "в будущем правительстве"
        return not re.match(r"\s+[а-яё]+(?:е|и|у|ах|ях)\b", text[m.end() :])
    return True


def duration_ok(m: re.Match[str], text: str) -> bool:
    """Not "2022 года" (a year) nor "30-" (the start of "30-летний")."""
    n, u = m.group("n") or "", (m.group("u") or "").lower()
    if re.fullmatch(r"\d{4}", n) and u.startswith("год"):
        return False
    return text[m.end() : m.end() + 1] != "-"


def decade_ok(m: re.Match[str], text: str) -> bool:
    """ "90-х" with a year word or after a preposition; not "20-е место"."""
    if not m.group("d2") or re.search(r"год|гг", m.group("t"), I):
        return True
    return bool(
        re.search(rf"\b(?:{PREP}|для|из|конц\w*|начал\w*|середин\w*)\s+$", _before(m, text), I)
    )


def time_ok(m: re.Match[str], text: str) -> bool:
    """A clock time with a dot ("15.00") only after a preposition: otherwise it is a number."""
    if not E.time_ok(m, text):
        return False
    dot = m.group("hh") and text[m.end("hh")] == "."
    return not dot or bool(
        re.search(r"\b(?:в|к|до|с|со|около|после|на)\s+$", _before(m, text, 8), I)
    )


# ---------------------------------------------------------------- the rules


_ROMAN = {r: i for i, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII"], 1)}  # fmt: skip


def _century(m: re.Match[str]) -> str:
    if m.group("n"):
        n = m.group("n")
        return n if n.isdigit() else str(_ROMAN.get(n, 0))
    w = m.group("w").lower()
    base = 20 if w.startswith("двадцат") else 19 if w.startswith("девятнадцат") else 18
    return str(base + (1 if "перв" in w else 0))


def _ordinal(word: str) -> str:
    """первом, 2-м, III -> first, second, third; последнем -> last."""
    w, en = word.lower(), ("first", "second", "third", "fourth")
    if w in ("i", "ii", "iii", "iv"):
        return en[("i", "ii", "iii", "iv").index(w)]
    if w[0].isdigit():
        return en[int(w[0]) - 1]
    return next((e for stem, e in zip(("перв", "втор", "трет", "четв"), en, strict=True)
                 if w.startswith(stem)), "last")  # fmt: skip


def _decade(m: re.Match[str]) -> str | None:
    if not m.group("t2"):
        return m.group("d2")
    w = (m.group("w") or "нул")[:3].lower()
    return {"шес": "6", "сем": "7", "вос": "8", "дев": "9"}.get(w, "0")


def _approx_in(t: str | None) -> str | None:
    m = re.match(r"(почти|более|около)\s", t or "", I)
    return m.group(1) if m else None


def _agofix(m: re.Match[str]) -> Renamed:
    g = m.groupdict()
    if g.get("dir2"):
        return Renamed(m, n=g["n2"], u=g["u2"] or g["u3"], hu=g.get("hu2"), dir=g["dir2"])
    if g.get("dir4"):
        return Renamed(m, n=g["n4"], u=g["u4"] or g["u5"], dir=g["dir4"])
    return Renamed(m, u=g["u"] or g["u1"], dir=re.sub(r"\s+", " ", g["dir"].lower()))


def _r(pattern: str, flags: int = I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
_MON = {"mon": _g("mon", month_of), "wd": _g("wd", weekday_of)}
_ONE_UNIT = r"(?P<u1>день|неделю|месяц|год|сутки|час|минуту|век|квартал)(?!\w)"

# fmt: off
RULES: list[Rule] = [
    Rule("iso", _r(r"\b(?P<iso_y>\d{4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)(?![\d-])"), E.h_full_date),
    Rule("numeric-date", _r(r"(?<![\d/.,])(?P<a>[0-3]?\d)(?P<sep>\.)(?P<b>[01]?\d)\.(?P<c>\d{4}|\d{2})(?![\d.]\d|\d)"),
         E.h_numeric_date),
    Rule("day-month-year", _r(rf"{WD_PREFIX}(?P<d>{DAY})\s+(?P<mon>{MONTH})\s+(?P<y>{YEAR}){YEAR_OPT}"),
         _via(E.h_full_date, **_MON)),
    Rule("day-month-rel", _r(rf"(?P<d>{DAY})\s+(?P<mon>{MONTH})\s+(?P<rel>{REL}|{SAME})\s+года\b"), h_date_rel_year),
    Rule("day-month", _r(rf"{WD_PREFIX}(?P<d>{DAY})\s+(?P<mon>{MONTH})(?!\s*\d)"), _via(E.h_month_day, **_MON)),
    Rule("month-year", _r(rf"(?P<mon>{MONTH})\s+(?P<y>{YEAR}){YEAR_OPT}"), _via(E.h_month_year, **_MON)),
    Rule("month-rel", _r(rf"(?P<mon>{MONTH})\s+(?P<rel>{REL}|{SAME})\s+года\b"), h_date_rel_year),
    Rule("month", _r(rf"(?<!\w)(?P<mon>{MONTH})(?!\s+\d)"), _via(E.h_month, **_MON, rel=lambda m: None), month_ok),
    Rule("year-range", _r(rf"(?P<y1>{YEAR})\s*[\u2013\u2014-]\s*(?P<y2>{YEAR2}|\d\d)(?:{YEARS_WORD})"
                          rf"|(?P<y1b>{YEAR})\s*[\u2013\u2014-]\s*(?P<y2b>{YEAR2})(?!\s*(?:%|тыс|млн|млрд|руб|долл))"
                          rf"|\b(?:с|со|от|между)\s+(?P<y1c>{YEAR}){YEAR_OPT}\s+(?:по|до|и)\s+(?P<y2c>{YEAR})(?:{YEARS_WORD}|{YEAR_WORD})?"),
         _via(E.h_year_range, y1=lambda m: m.group("y1") or m.group("y1b") or m.group("y1c"),
              y2=lambda m: m.group("y2") or m.group("y2b") or m.group("y2c"))),
    Rule("year", _r(rf"(?P<y>{YEAR})(?:{YEAR_WORD}|-(?:го|м|й|ом|му)(?!\w))"), E.h_year),
    Rule("bare-year", _r(rf"\b{PREP}\s+(?P<t>(?P<y>{YEAR})){_END}"), E.h_year),
    Rule("decade", _r(r"(?<![\d.,])(?P<t>(?:(?P<c>1[5-9]|20)(?P<d>\d)0|(?P<d2>\d)0)-?(?:х|е|ых|ые|ым|ыми)(?!\w)"
                      r"(?:\s+(?:год(?:ы|ов|ах|ам|ами)(?!\w)|гг\.))?)"
                      r"|(?P<t2>(?P<w>шестидесят|семидесят|восьмидесят|девяност)(?:ые|ых|ым|ыми)(?:\s+год(?:ы|ов|ах|ам|ами))?|нулев(?:ые|ых|ым)\s+год(?:ы|ов|ах|ам|ами))(?!\w)"),
         _via(E.h_decade, d2=_decade), decade_ok),
    Rule("century", _r(r"(?<!\w)(?P<n>(?-i:[IVX]{1,5})|\d{1,2})(?:-?(?:го|й|м|ом))?\s+(?:век(?:а|у|ом|е)?|столети(?:е|я|ю|ем|и))(?!\w)"
                       r"|(?P<w>(?:двадцат|девятнадцат|восемнадцат)\w*(?:\s+перв\w+)?)\s+(?:век(?:а|у|ом|е)?|столети\w+)(?!\w)"),
         lambda m, c, s, e: E.h_century(Renamed(m, n=_century(m)), c, s, e)),
    Rule("quarter", _r(rf"(?<!\w)(?P<ord>(?:перв|втор|трет|четв[её]рт|последн)\w{{1,4}}|(?-i:I{{1,3}}|IV)|[1-4](?:-?(?:м|й|ом|го))?)\s+квартал(?:а|у|ом|е)?(?!\w)"
                       rf"(?:\s+(?:(?P<y>{YEAR}){YEAR_OPT}|(?P<fy>{REL})\s+года\b))?"),
         lambda m, c, s, e: E.h_quarter(Renamed(m, q=None, ord=_ordinal(m.group("ord")), fy=rel_of(m.group("fy"))), c, s, e)),
    Rule("half", _r(rf"(?P<h>перв|втор)\w{{2,3}}\s+(?:половин(?:а|ы|е|у|ой)|полугоди(?:е|я|ю|ем|и))(?!\w)"
                    rf"(?:\s+(?:(?P<y>{YEAR}){YEAR_OPT}|(?P<rel>{REL})\s+года\b))?"),
         h_half, lambda m, t: bool(m.group("y") or m.group("rel") or "полугод" in m.group().lower())),
    Rule("season", _r(rf"(?:(?P<rel>{REL})\s+)?(?P<s>{SEASON})(?:\s+(?:(?P<y>{YEAR}){YEAR_OPT}|(?P<rely>{REL}|{SAME})\s+года\b))?"),
         h_season, season_ok),
    Rule("deictic", _r(rf"(?<!\w)(?:(?P<w>позавчера|послезавтра|вчера|сегодня|завтра)(?:\s+(?P<part>{PART}))?"
                       rf"|(?P<dem>этой|этим|прошлой|минувшей)\s+(?P<dpart>ночью|утром|вечером))(?!\w)"),
         h_deictic, today_ok),
    Rule("weekday", _r(rf"(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?(?!\w)"),
         _via(E.h_weekday, wd=_g("wd", weekday_of), rel=_g("rel", rel_of), part=_g("part", part_of)),
         weekday_ok),
    Rule("rel-unit", _r(rf"(?P<rel>{REL}|{SAME})\s+(?P<u>{REL_UNIT})"), h_rel_unit),
    Rule("this-period", _r(r"(?:\b(?:конц[еау]|конец|концом|начал[оеау]|началом|середин[аеуы]|половин[аеуы]|исход[еу])\s+)"
                           r"(?P<t>(?P<u>года|месяца|недели|квартала|десятилетия|века))\b(?!\s+\d)"),
         lambda m, c, s, e: E.h_rel_unit(Renamed(m, rel="this", u=unit_of(m.group("u"))), c, s, e)),  # the bare "года" of "в конце года": this one
    Rule("anaphor", _r(r"\bна\s+(?P<t>(?:следующ|последующ)\w{2,3}\s+(?P<nu>день|утро|вечер|ночь)|друг(?:ой|ое)\s+(?P<nu2>день|утро))(?!\w)"
                       r"|\b(?:в|во|на)\s+(?P<t2>(?:т(?:от|у|ом|ой|о)|эт(?:от|у|ом|ой|о))\s+(?P<same>же\s+)?(?P<su>день|вечер|утро|ночь|неделю|неделе|месяц|месяце|год|году))(?!\w)"
                       r"|(?P<t3>(?P<eve>накануне)(?:\s+(?P<epart>вечером|утром|днём|днем|ночью))?)(?!\w)"),
         lambda m, c, s, e: h_anaphor(Renamed(m, nu=m.group("nu") or m.group("nu2")), c, s, e),
         lambda m, t: not m.group("eve") or eve_ok(m, t)),
    Rule("ago", _r(rf"(?<!\w)(?:(?:(?P<n>{NUM})\s+(?P<u>{UNIT})|{HALF}|{_ONE_UNIT})\s+(?P<dir>(?:тому\s+)?назад|спустя)(?!\w)"
                   rf"|(?P<dir2>через|спустя)\s+(?:(?P<n2>{NUM})\s+(?P<u2>{UNIT})|(?P<half2>{HALF.replace('hu', 'hu2')})|(?P<u3>{UNIT}))(?!\s+после\b)"
                   rf"|(?:(?P<n4>{NUM})\s+(?P<u4>{UNIT})|(?P<u5>днём|днем|сутками|неделей|месяцем|годом|веком))\s+(?P<dir4>ранее|раньше|позже|позднее)(?!\w))"),
         lambda m, c, s, e: h_ago(_agofix(m), c, s, e)),
    Rule("set", _r(rf"(?<!\w)(?P<t>(?:ежегодн|ежемесячн|еженедельн|ежедневн|ежеквартальн|ежечасн|ежесуточн)\w*"
                   rf"|кажд\w+\s+(?:(?P<n>{NUM})\s+)?(?:(?P<u>{UNIT})|{WEEKDAY})"
                   rf"|(?:(?:{NUMWORD}|\d+)\s+раза?|раз|дважды|трижды)\s+в\s+(?:(?P<n2>{NUM})\s+)?(?P<u2>{UNIT}))"
                   r"|\bпо\s+(?P<t2>(?:понедельник|вторник|четверг)ам|средам|пятницам|субботам|воскресеньям)\b"),
         lambda m, c, s, e: h_set(Renamed(m, t=m.group("t") or m.group("t2"), n=m.group("n") or m.group("n2"),
                                      u=m.group("u") or m.group("u2")), c, s, e)),
    Rule("duration", _r(rf"(?<![\w.,]){DUR_MOD}?(?:(?P<lead>(?:последн|прошедш|минувш|ближайш|следующ|предстоящ|перв)(?:ие|ые|их|ых|ими|ыми|им|ым)\s+)?"
                        rf"(?P<n>{NUM})\s+(?:(?:полных|целых|долгих|последних)\s+)?(?P<u>{UNIT})|{HALF})"),
         h_duration, duration_ok),
    Rule("duration-one", _r(r"(?:\b(?:в\s+течение|на\s+протяжении|в\s+продолжение)\s+(?P<t>(?:(?:всего|целого|почти|более|около)\s+)?"
                            r"(?P<u>года|месяца|недели|дня|суток|десятилетия|века|часа))|\bна\s+(?P<t2>(?P<u2>год|месяц|неделю|сутки))(?=\s*[,.;]|\s+вперед|\s+вперёд)"
                            r"|\b(?:за|через|спустя)\s+(?P<t3>(?P<u3>день|неделю|месяц|год|сутки))(?=\s+(?:до|после)\b))(?!\w)"),
         lambda m, c, s, e: h_duration(Renamed(m, n=None, u=m.group("u") or m.group("u2") or m.group("u3"),
                                           approx=_approx_in(m.group("t"))), c, s, e)),
    Rule("duration-adj", _r(r"(?<!\w)(?:(?P<n>\d{1,3})-|(?P<n2>одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|пятнадцати|двадцати|тридцати|сорока|пятидесяти|ста|сто|много|полу))"
                            rf"(?P<u>летн|годичн|дневн|недельн|месячн|часов|вековн){ADJ_END}(?!\w)"),
         lambda m, c, s, e: h_duration_adj(Renamed(m, n=m.group("n") or m.group("n2")), c, s, e)),
    Rule("vague", _r(r"(?<!\w)(?P<t>(?P<u>годами|десятилетиями|месяцами|неделями|веками|столетиями))(?!\w)"
                     r"|(?<!\w)(?:в|за|на)\s+(?P<t2>(?P<lead>последн|ближайш)(?:ие|их)\s+(?P<u2>годы|лет|годах|месяцы|месяцев|месяцах|недели|недель|неделях|дни|дней|днях|десятилетия|десятилетий|десятилетиях))(?!\w)"
                     rf"(?!\s+(?:{MONTH}|\d|{REL}|года|месяца|недели|жизни))"),
         lambda m, c, s, e: h_vague(Renamed(m, u=m.group("u") or m.group("u2")), c, s, e)),
    Rule("ref", _r(r"(?<!\w)(?P<t>сейчас|ныне|нынче|теперь|недавно|вскоре|скоро|ранее|на\s+днях)(?!\w)"
                   r"|\b(?:в|на)\s+(?P<t2>настоящее\s+время|настоящий\s+момент|данный\s+момент|текущий\s+момент|сегодняшний\s+день|наши\s+дни"
                   r"|последнее\s+время|ближайшее\s+время|скором\s+времени|(?:обозримом|ближайшем|недал[её]ком)\s+будущем"
                   r"|(?:долгосрочной|среднесрочной|краткосрочной|ближайшей)\s+перспективе|прошлом|будущем)(?!\w)"
                   r"|\bдо\s+(?P<t3>недавнего\s+времени)\b"),
         lambda m, c, s, e: h_ref(Renamed(m, t=m.group("t") or m.group("t2") or m.group("t3")), c, s, e),
         ref_ok),
    Rule("time", _r(r"(?<![\d:.,])(?:(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?![\d:.,]\d)"
                    r"|(?P<hh2>\d{1,2})(?:\s+час(?:а|ов)?)?\s+(?P<ap>утра|дня|вечера|ночи)|(?P<word>полдень|полночь))(?!\w)"
                    r"(?:\s*(?P<tz>по\s+(?:[а-яё]+ому\s+времени|Гринвичу)|мск|UTC|GMT)(?!\w))?"), h_time, time_ok),
]
# fmt: on


# ---------------------------------------------------------------- after the rules

_PREFIX = re.compile(
    r"(?:\b(?P<p>конц[еау]|конец|концом|начал[оеау]|началом|середин[аеуы]|серединой|исход[еу]"
    r"|(?:перв|втор)(?:ой|ая|ую)\s+половин[аеуы]|(?:перв|последн)(?:ые|ых|ие|их)\s+(?:числ|дн)\w*)"
    r"|\b(?P<w>около|примерно|приблизительно|ориентировочно))\s+$",
    I,
)
_EXTENDABLE = ("week", "month", "quarter", "half", "season", "year", "decade", "century")


def extend_modifiers(text: str, found: list[Timex]) -> None:
    """ "в конце февраля", "с начала года", "в середине 1990-х", "в первой половине марта": the
    span takes the position word (not the preposition before it), ``mod`` says where."""
    prev_end = 0
    for t in found:
        if t.type == "DATE" and (t.precision in _EXTENDABLE or t.partial) and t.mod is None:
            m = _PREFIX.search(text, max(prev_end, t.start - 40), t.start)
            if m and m.end() == t.start:
                word = (m.group("p") or m.group("w")).lower()
                t.start = m.start()
                t.mod = ("START" if word.startswith(("нач", "перв")) else
                         "MID" if word.startswith("серед") else
                         "APPROX" if m.group("w") else "END")  # fmt: skip
        prev_end = t.end


_COUNT_FROM = re.compile(r"\s+(?P<dir>после|до)\s+$", I)


def count_from_dates(text: str, found: list[Timex]) -> list[Timex]:
    """ "(через) три дня после 24 февраля", "(за) неделю до 24 февраля": one date."""
    return english_after.count_from_dates(text, found, _COUNT_FROM, backward=("до",))


_JOIN = re.compile(r"\s*,?\s*(?:(?:в|во|к|около)\s+)?", I)


def join_times(text: str, found: list[Timex]) -> list[Timex]:
    """ "24 февраля в 15:00", "сегодня в 9 утра": a clock time on the day named next to it."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "DATE" and prev.precision == "day" and prev.value
                and t.type == "TIME" and "T" in (t.value or t.partial or "")
                and re.match(r"T\d", (t.value or t.partial or "")[10:])
                and _JOIN.fullmatch(text[prev.end : t.start])):  # fmt: skip
            clock = (t.value or t.partial or "")[10:]
            out[-1] = Timex(prev.start, t.end, "TIME", prev.value + clock, "time", anchor=prev.anchor,
                            tense=prev.tense, rule=f"{prev.rule}+{t.rule}")  # fmt: skip
            continue
        out.append(t)
    return out


def find(text: str, ctx: Context) -> list[Timex]:
    """The temporal expressions of a Russian ``text``, resolved against ``ctx``."""
    from detente.timex import grammar

    found = grammar.run(text, RULES, ctx)
    found = years_in_ranges(text, found)
    extend_modifiers(text, found)
    weekdays_in_weeks(text, found)
    found = count_from_dates(text, found)
    found = join_times(text, found)
    return attach_times(text, found)


def tense_function(parsed: Any) -> Callable[[int, int], str | None]:
    """The tense of the verb governing a span (see :mod:`detente.timex.russian_tense`)."""
    from detente.timex.russian_tense import tense_function as russian_tense

    return russian_tense(parsed)
