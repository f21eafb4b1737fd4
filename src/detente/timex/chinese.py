"""Chinese temporal expressions: the rules and their handlers (second passes in
:mod:`detente.timex.chinese_after`, the tense of a clause in :mod:`detente.timex.chinese_tense`).

Values follow TIMEX3 (see :mod:`detente.timex.values`). Chinese writes without spaces, so every
number is bounded by a look-behind: no date is taken from inside a longer run of digits, a model
number (``F-35``) or an ordinal (``第30年``); ``N年`` is a year only with four digits (``2022年``,
``二〇二二年``), otherwise a duration (``30年``: thirty years). Position words after a period
(年初, 月底, 上旬, 年代末) go to ``mod``, the value stays the period. A day said alone (Xinhua's
``4日``) is a day of the reference month. Chinese marks no tense on verbs and the NLP layer gives
no dependency parse: the tense is read from aspect and modal markers in the clause.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from detente.timex import values as V
from detente.timex.chinese_tense import _tense, tense_function  # noqa: F401 (the stage's entry)
from detente.timex.english import date_value, md_near, unresolved
from detente.timex.grammar import Renamed, Rule, run, words
from detente.timex.model import Context, Timex

# full-width digits and punctuation become ASCII, one character for one: offsets do not move
_NORM = str.maketrans("０１２３４５６７８９：．－／", "0123456789:.-/")
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9}  # fmt: skip
CNN = "〇零一二三四五六七八九十百千万两"
NB = rf"(?<![\d.A-Za-z_/\-{CNN}几数第])"  # a number starts here, not inside another one
CB = r"(?<![同这那某唯统单每有逐])"  # 有一天, 这一年, 每两周: not counts
Y4 = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
QN = rf"(?:\d{{1,3}}(?:\.\d+)?|若干|半|多|数?[{CNN}几]+|数)"  # a count: 3, 三, 二十, 几, 数十
UNIT = r"(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟|秒钟?|世纪|季度)"
UNITS = {"年": "year", "月": "month", "周": "week", "星期": "week", "礼拜": "week", "天": "day",
         "日": "day", "小时": "hour", "钟头": "hour", "分钟": "minute", "秒": "second",
         "秒钟": "second", "世纪": "century", "季度": "quarter"}  # fmt: skip
REL_WEEK = {"上上": -2, "下下": 2, "上": -1, "上一": -1, "下": 1, "下一": 1, "本": 0, "这": 0,
            "这一": 0}  # fmt: skip
YEAR_OFF = {"今": 0, "本": 0, "去": -1, "上": -1, "上一": -1, "明": 1, "来": 1, "下": 1,
            "下一": 1, "前": -2, "后": 2}  # fmt: skip
YEAR_ANA = {"同": 0, "同一": 0, "当": 0, "这一": 0, "那一": 0, "次": 1, "翌": 1, "转": 1, "第二": 1}
DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2,
        "后天": 2, "大前天": -3, "大后天": 3}  # fmt: skip
NARRATIVE_DAYS = {"当天": 0, "当日": 0, "同日": 0, "同天": 0, "同一天": 0, "次日": 1, "翌日": 1,
                  "第二天": 1, "隔天": 1, "隔日": 1, "后一天": 1, "前一天": -1, "前一日": -1}  # fmt: skip
PARTS = {"上午": "MO", "早上": "MO", "早晨": "MO", "清晨": "MO", "凌晨": "MO", "早": "MO",
         "晨": "MO", "中午": "MI", "午间": "MI", "下午": "AF", "傍晚": "EV", "晚上": "NI",
         "晚间": "NI", "晚": "NI", "夜间": "NI", "夜里": "NI", "深夜": "NI", "午夜": "NI",
         "夜": "NI"}  # fmt: skip
DAY_PARTS = {"今晚": (0, "NI"), "今夜": (0, "NI"), "昨晚": (-1, "NI"), "昨夜": (-1, "NI"),
             "明晚": (1, "NI"), "今晨": (0, "MO"), "今早": (0, "MO"), "昨晨": (-1, "MO"),
             "明早": (1, "MO"), "明晨": (1, "MO")}  # fmt: skip
NARRATIVE_PARTS = {"当晚": (0, "NI"), "当夜": (0, "NI"), "次日凌晨": (1, "MO")}
SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
WEEKDAY_NO = (
    {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6} | {str(i + 1): i for i in range(7)}
)
APPROX = {"约": "APPROX", "大约": "APPROX", "大概": "APPROX", "左右": "APPROX", "上下": "APPROX",
          "来": "APPROX", "将近": "LESS_THAN", "接近": "LESS_THAN", "不到": "LESS_THAN",
          "不足": "LESS_THAN", "逾": "MORE_THAN", "超过": "MORE_THAN", "多": "MORE_THAN",
          "余": "MORE_THAN", "以上": "MORE_THAN", "至少": "EQUAL_OR_MORE", "最多": "EQUAL_OR_LESS",
          "不超过": "EQUAL_OR_LESS", "近": "APPROX"}  # fmt: skip
PRE = (
    "约",
    "大约",
    "大概",
    "将近",
    "接近",
    "不到",
    "不足",
    "逾",
    "超过",
    "至少",
    "最多",
    "不超过",
    "近",
)
PAST_LEAD = ("过去", "过去的", "最近", "近", "近些")
FUTURE_LEAD = ("未来", "未来的", "今后", "接下来", "接下来的", "此后")
REFS = {**dict.fromkeys(("现在", "目前", "当前", "如今", "眼下", "当下", "此刻", "现阶段", "时下",
                         "迄今为止", "迄今", "至今"), "PRESENT_REF"),
        **dict.fromkeys(("近日", "日前", "最近", "此前", "先前", "不久前", "前不久", "早前",
                         "早些时候", "前些天", "前些日子", "前几天", "以往", "往年", "近来"), "PAST_REF"),
        **dict.fromkeys(("未来", "将来", "今后", "日后", "不久后", "不久的将来"), "FUTURE_REF")}  # fmt: skip
VAGUE_SPANS = {"近年来": "PXY", "近年": "PXY", "近些年": "PXY", "近些年来": "PXY", "这些年": "PXY",
               "这些年来": "PXY", "连日来": "PXD", "连日": "PXD"}  # fmt: skip
ZONES_UTC = ("格林尼治时间", "格林威治时间", "世界标准时间", "协调世界时", "UTC", "GMT")
MODS = {"初": "START", "初期": "START", "上旬": "START", "前期": "START", "上半叶": "START",
        "中": "MID", "中旬": "MID", "中期": "MID", "中叶": "MID", "底": "END", "末": "END",
        "终": "END", "下旬": "END", "末期": "END", "后期": "END", "下半叶": "END"}  # fmt: skip


# ---------------------------------------------------------------- numbers


def cn_int(s: str | None) -> int | None:
    """ "2022" / "二〇二二" / "二十四" / "一百零五" / "两" -> an integer; None if not a number."""
    if not s:
        return None
    if re.fullmatch(r"\d+", s):
        return int(s)
    if all(c in CN_DIGIT for c in s):
        return int("".join(str(CN_DIGIT[c]) for c in s))
    total = section = cur = 0
    for c in s:
        if c in CN_DIGIT:
            cur = CN_DIGIT[c]
        elif c in "十百千":
            section += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            cur = 0
        elif c == "万":
            total, section, cur = total + (section + cur) * 10000, 0, 0
        else:
            return None
    return total + section + cur


def count(s: str) -> tuple[float | None, str | None]:
    """A count and what it says about exactness: "3.5" (3.5), "两三" (2, APPROX), "几" (None)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s), None
    if s == "半":
        return 0.5, None
    if s in ("多", "若干") or "几" in s or s.startswith("数"):
        return None, None
    pair = re.search(r"[一二三四五六七八九两][一二三四五六七八九]", s)  # 两三天, 三四十年
    if pair:
        n = cn_int(s[: pair.start() + 1] + s[pair.end() :])
        return (float(n), "APPROX") if n else (None, None)
    n = cn_int(s)
    return (float(n), None) if n is not None else (None, None)


# ---------------------------------------------------------------- calendar helpers


def day_near(ref: dt.date, d: int, tense: str | None) -> dt.date | None:
    """Day ``d`` said without a month: in the past tense the latest on or before ``ref``, in the
    future the first on or after it, otherwise the nearest (a day to come counts double: news
    reports what happened)."""
    options = []
    for k in (-2, -1, 0, 1):
        y, mo = V.add_months(ref.year, ref.month, k)
        try:
            options.append(dt.date(y, mo, d))
        except ValueError:
            continue
    if tense == "past":
        return max((o for o in options if o <= ref), default=None)
    if tense == "future":
        return min((o for o in options if o >= ref), default=None)
    return min(
        options, key=lambda o: (ref - o).days if o <= ref else 2 * (o - ref).days, default=None
    )


def _base(ctx: Context, precision: str) -> tuple[dt.date | None, str]:
    """The narrative time, else the publication date if precise enough."""
    if ctx.narrative is not None:
        return ctx.narrative, "narrative"
    if ctx.ref is not None and ctx.ref.knows(precision):
        return ctx.ref.date, "published"
    return None, "published"


def _ref(ctx: Context, precision: str) -> dt.date | None:
    return ctx.ref.date if ctx.ref is not None and ctx.ref.knows(precision) else None


def _year_of(word: str, ctx: Context) -> tuple[int | None, str, bool]:
    """The year of 今年 / 去年 / 同年...: (year, anchor, counted from the text?)."""
    if word in YEAR_ANA:
        base, how = _base(ctx, "year")
        return (base.year + YEAR_ANA[word] if base else None), how, True
    ref = _ref(ctx, "year")
    return (ref.year + YEAR_OFF[word] if ref else None), "published", False


def _partial(mo: int | None, d: int | None) -> str:
    return "XXXX" + (f"-{mo:02d}" if mo else "-XX" if d else "") + (f"-{d:02d}" if d else "")


# ---------------------------------------------------------------- handlers


def h_date(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """2022年2月4日, 二〇二二年二月, 2022-02-04: stated in full."""
    y, mo, d = cn_int(m.group("y")), cn_int(m.group("m")), cn_int(m.groupdict().get("d"))
    value = date_value(y or 0, mo, d) if y and 1000 <= y <= 2199 else None
    return Timex(s, e, "DATE", value) if value else None


def h_rel_date(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """今年2月, 去年3月4日, 同年10月 (the year the text named last)."""
    mo, d = cn_int(m.group("m")), cn_int(m.group("d"))
    y, how, ana = _year_of(m.group("rel"), ctx)
    if y is None:
        return unresolved(s, e, "DATE", _partial(mo, d), precision="day" if d else "month")
    value = date_value(y, mo, d)
    t = Timex(s, e, "DATE", value, anchor=how) if value else None
    if t is not None and ana:
        t.rule = "year-anaphor"
    return t


def h_month_day(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """2月4日 / 二月四日: the year from the publication date and the tense."""
    mo, d = cn_int(m.group("m")) or 0, cn_int(m.group("d")) or 0
    if ctx.ref is None:
        return unresolved(s, e, "DATE", _partial(mo, d), precision="day")
    tense = _tense(m, ctx, s, e)
    if ctx.ref.precision == "year":
        value = date_value(ctx.ref.date.year, mo, d)
        return Timex(s, e, "DATE", value, "day", anchor="published") if value else None
    date = md_near(ctx.ref.date, mo, d, tense)
    if date is None:
        return None
    return Timex(s, e, "DATE", date.isoformat(), "day", anchor="published", tense=tense)


def h_month(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """2月 / 二月份: this year's, last year's or next year's as the tense says."""
    mo = cn_int(m.group("m")) or 0
    if ctx.ref is None:
        return unresolved(s, e, "DATE", _partial(mo, None), precision="month")
    if ctx.ref.precision == "year":
        return Timex(s, e, "DATE", V.month(ctx.ref.date.year, mo), anchor="published")
    tense = _tense(m, ctx, s, e)
    y, _ = V.month_near(ctx.ref.date, mo, tense)
    return Timex(s, e, "DATE", V.month(y, mo), anchor="published", tense=tense)


def h_day(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """4日 (Xinhua): a day of the reference month, of the previous one when the day is still
    to come and the clause is past; 2月4日至6日: the month of the day before."""
    d = int(m.group("d"))
    if re.search(r"[日号][至到—－\-~～、和及与或]$", m.string[max(0, s - 2) : s]) and ctx.narrative:
        value = date_value(ctx.narrative.year, ctx.narrative.month, d)
        return Timex(s, e, "DATE", value, "day", anchor="narrative") if value else None
    if ctx.ref is None or ctx.ref.precision == "year":
        return unresolved(s, e, "DATE", _partial(None, d), precision="day")
    if ctx.ref.precision == "month":
        value = date_value(ctx.ref.date.year, ctx.ref.date.month, d)
        return Timex(s, e, "DATE", value, "day", anchor="published") if value else None
    tense = _tense(m, ctx, s, e)
    date = day_near(ctx.ref.date, d, tense)
    if date is None:
        return None
    return Timex(s, e, "DATE", date.isoformat(), "day", anchor="published", tense=tense)


def h_rel_month_day(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """本月4日, 上月25日, 当月10日."""
    d, rel = cn_int(m.group("d")) or 0, m.group("rel").rstrip("个")
    if rel in ("当", "同"):
        base, how = _base(ctx, "month")
        off = 0
    else:
        base, how, off = _ref(ctx, "month"), "published", REL_WEEK[rel]
    if base is None:
        return unresolved(s, e, "DATE", _partial(None, d), precision="day")
    y, mo = V.add_months(base.year, base.month, off)
    value = date_value(y, mo, d)
    return Timex(s, e, "DATE", value, "day", anchor=how) if value else None


def h_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    y = cn_int(m.group("y")) or 0
    if m.group("fy"):
        return Timex(s, e, "DATE", f"FY{y:04d}", "year")
    return Timex(s, e, "DATE", f"{y:04d}", "year") if 1000 <= y <= 2199 else None


def h_year_range(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not y1 < y2 <= y1 + 200:
        return None
    return Timex(s, e, "DURATION", f"P{y2 - y1}Y", begin=f"{y1:04d}", until=f"{y2:04d}")


def h_rel_year(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """今年, 去年, 明年, 本年度; 同年, 次年 (counted from the text)."""
    y, how, ana = _year_of(m.group("rel"), ctx)
    if y is None:
        t = unresolved(s, e, "DATE", "XXXX" if ana else None, precision="year")
    else:
        t = Timex(s, e, "DATE", f"{y:04d}", "year", anchor=how)
    if ana:
        t.rule = "year-anaphor"
    return t


def h_rel_unit(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """本周, 上周, 下个月, 上个季度, 当月."""
    rel, u = m.group("rel").rstrip("个"), m.group("u").lstrip("个")
    unit = {"月": "month", "季度": "quarter"}.get(u, "week")
    precision = V.UNITS[unit][1]
    if rel in ("当", "同"):
        base, how = _base(ctx, precision)
        off = 0
    else:
        base, how, off = _ref(ctx, precision), "published", REL_WEEK[rel]
    if base is None:
        return unresolved(s, e, "DATE", None, precision=precision)
    value, precision = V.shift(base, off, unit)
    return Timex(s, e, "DATE", value, precision, anchor=how)


def h_weekday(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """周三, 星期三, 礼拜三: with 上/下/本 the day of that calendar week, else by the tense."""
    wd = WEEKDAY_NO[m.group("wd")]
    rel = (m.group("rel") or "").rstrip("个")
    ref = _ref(ctx, "day")
    if ref is None:
        return unresolved(s, e, "DATE", f"XXXX-WXX-{wd + 1}", precision="day")
    tense = _tense(m, ctx, s, e)
    if rel:
        d = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=REL_WEEK[rel], days=wd)
    else:
        d = V.weekday_near(ref, wd, tense)
    return Timex(s, e, "DATE", d.isoformat(), "day", anchor="published", tense=tense)


def h_weekend(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    rel = (m.group("rel") or "").rstrip("个")
    ref = _ref(ctx, "day")
    if ref is None:
        return unresolved(s, e, "DATE", None, precision="week")
    tense = _tense(m, ctx, s, e)
    if rel:
        sat = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=REL_WEEK[rel], days=5)
    else:
        sat = V.weekday_near(ref, 5, tense)
    return Timex(s, e, "DATE", V.week(sat) + "-WE", "week", anchor="published", tense=tense)


def _day_timex(s: int, e: int, base: dt.date | None, off: int, how: str, part: str | None) -> Timex:
    type_ = "TIME" if part else "DATE"
    if base is None:
        return unresolved(s, e, type_, f"XXXX-XX-XXT{part}" if part else None, precision="day")
    value = (base + dt.timedelta(days=off)).isoformat() + (f"T{part}" if part else "")
    return Timex(s, e, type_, value, "day", anchor=how)


def h_deictic(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """今天, 昨天, 明日, 昨晚; 当天, 次日, 第二天, 前一天, 当晚 (from the narrative time)."""
    w = m.group("t")
    if w in DAYS:
        return _day_timex(s, e, _ref(ctx, "day"), DAYS[w], "published", None)
    if w in DAY_PARTS:
        off, part = DAY_PARTS[w]
        return _day_timex(s, e, _ref(ctx, "day"), off, "published", part)
    off, part = NARRATIVE_PARTS.get(w) or (NARRATIVE_DAYS[w], None)
    base, how = _base(ctx, "day")
    return _day_timex(s, e, base, off, how, part)


def h_part(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """上午, 下午, 晚上 on their own: of the day the text speaks of."""
    base, how = _base(ctx, "day")
    return _day_timex(s, e, base, 0, how, PARTS[m.group("part")])


def h_clock(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """15时, 15点30分, 下午3点, 8时许, 15:30: on the day the text speaks of."""
    g = m.groupdict()
    part = g.get("part") or g.get("part2")
    hh = cn_int(g.get("hh") or g.get("hh2")) or 0
    mm = 30 if g.get("half") else cn_int(g.get("mm") or g.get("mm2")) or 0
    code = (
        DAY_PARTS.get(part or "") or NARRATIVE_PARTS.get(part or "") or (0, PARTS.get(part or ""))
    )[1]
    if (
        (code in ("AF", "EV") and hh < 12)
        or (code == "NI" and 6 <= hh < 12)
        or (code == "MI" and hh <= 3)
    ):
        hh += 12
    if hh > 24 or mm > 59:
        return None
    if part in DAY_PARTS:
        base, how, off = _ref(ctx, "day"), "published", DAY_PARTS[part][0]
    else:
        (base, how), off = _base(ctx, "day"), NARRATIVE_PARTS.get(part or "", (0, ""))[0]
    clock = f"T{hh:02d}:{mm:02d}"
    mod = "APPROX" if g.get("approx") else None
    if base is None:
        return unresolved(s, e, "TIME", "XXXX-XX-XX" + clock, precision="time", mod=mod)
    value = (base + dt.timedelta(days=off)).isoformat() + clock
    return Timex(s, e, "TIME", value, "time", anchor=how, mod=mod)


def h_decade(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """20世纪90年代 ("199"), 上世纪80年代, 90年代 (the last one), 2010年代."""
    g = m.groupdict()
    if len(g["d"]) == 4:
        return Timex(s, e, "DATE", g["d"][:3], "decade")
    k = (cn_int(g["d"]) or 0) // 10
    if g.get("c"):
        return Timex(s, e, "DATE", f"{(cn_int(g['c']) or 1) - 1:02d}{k}", "decade")
    ref = _ref(ctx, "year")
    if ref is None:
        return unresolved(s, e, "DATE", f"XX{k}", precision="decade")
    if g.get("rel"):
        cent = ref.year // 100 + REL_WEEK[g["rel"].rstrip("个")]
        return Timex(s, e, "DATE", f"{cent:02d}{k}", "decade", anchor="published")
    y = ref.year // 100 * 100 + k * 10
    y -= 100 if y > ref.year else 0
    return Timex(s, e, "DATE", f"{y // 10:03d}", "decade", anchor="published")


def h_century(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    if m.group("c"):
        c = cn_int(m.group("c")) or 0
        return Timex(s, e, "DATE", f"{c - 1:02d}", "century") if 1 <= c <= 30 else None
    ref = _ref(ctx, "year")
    if ref is None:
        return unresolved(s, e, "DATE", None, precision="century")
    cent = ref.year // 100 + REL_WEEK[m.group("rel").rstrip("个")]
    return Timex(s, e, "DATE", f"{cent:02d}", "century", anchor="published")


def _period_year(m: re.Match[str], ctx: Context) -> tuple[int | None, str | None]:
    """The year of a quarter, half or season: stated (2023年), relative (今年), or None."""
    if m.group("y"):
        return cn_int(m.group("y")), None
    if m.group("ry"):
        return _year_of(m.group("ry"), ctx)[0], "published"
    return None, None


def h_quarter(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    q = 1 if (m.group("q") or "") == "首" else cn_int(m.group("q")) or 0
    y, how = _period_year(m, ctx)
    if y is None:
        ref = _ref(ctx, "quarter")
        if ref is None:
            return unresolved(s, e, "DATE", f"XXXX-Q{q}", precision="quarter")
        tense, now = _tense(m, ctx, s, e), (ref.month - 1) // 3 + 1
        y = ref.year - (tense == "past" and q > now) + (tense == "future" and q < now)
        return Timex(s, e, "DATE", V.quarter(y, q), anchor="published", tense=tense)
    return Timex(s, e, "DATE", V.quarter(y, q), anchor=how)


def h_half(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    h = 1 if m.group("h") == "上" else 2
    y, how = _period_year(m, ctx)
    if y is None:
        ref = _ref(ctx, "month")
        if ref is None:
            return unresolved(s, e, "DATE", f"XXXX-H{h}", precision="half")
        tense = _tense(m, ctx, s, e)
        y = ref.year - (tense == "past" and h == 2 and ref.month <= 6)
        y += tense == "future" and h == 1 and ref.month > 6
        return Timex(s, e, "DATE", f"{y:04d}-H{h}", "half", anchor="published", tense=tense)
    return Timex(s, e, "DATE", f"{y:04d}-H{h}", "half", anchor=how)


def h_season(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """春天, 今年夏天, 去年秋季, 2022年冬季, 今春, 去冬."""
    code = SEASONS[m.group("s") or m.group("s2")]
    if m.group("y"):
        return Timex(s, e, "DATE", f"{cn_int(m.group('y')):04d}-{code}", "season")
    ref = _ref(ctx, "season")
    if ref is None:
        return unresolved(s, e, "DATE", f"XXXX-{code}", precision="season")
    word = m.group("ry") or m.group("rs")
    offset = YEAR_OFF[word] if word else None
    tense = _tense(m, ctx, s, e)
    value = V.season_near(ref, code, tense, offset)
    return Timex(s, e, "DATE", value, "season", anchor="published", tense=tense)


def _shift_by(base: dt.date, n: float, unit: str) -> tuple[str, str] | None:
    """``base`` moved by ``n`` units, halves included (半年前: six months ago)."""
    if float(n).is_integer():
        return V.shift(base, int(n), unit)
    if unit == "year":
        return V.shift(base, round(n * 12), "month")
    days = {"month": 30, "week": 7, "day": 1}.get(unit)
    return V.shift(base, round(n * days), "day") if days else None


def h_duration(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """三年, 30年, 两周, 几个月, 多年, 近十年, 30多年; N年前 / N天后 (dates); N年来 (since)."""
    g = m.groupdict()
    n, mod = count(g["n"])
    if n is not None and (g.get("h1") or g.get("h2")):
        n += 0.5
    unit = UNITS[g["u"]]
    pre = g.get("pre") or ""
    more = next((APPROX[x] for x in (g.get("q1"), g.get("q2"), g.get("q3")) if x in APPROX), None)
    mod = APPROX.get(pre) or more or mod
    tail = g.get("tail") or ""
    if tail.endswith(("前", "后")):
        after = tail.endswith("后")
        if n is None:
            return Timex(s, e, "DATE", "FUTURE_REF" if after else "PAST_REF", rule="ago")
        precision = V.UNITS[unit][1] if unit not in ("hour", "minute", "second") else "day"
        if after:
            base, how = _base(ctx, precision)
        else:
            base, how = _ref(ctx, precision), "published"
        if base is None:
            return unresolved(s, e, "DATE", None, precision=precision, rule="ago")
        if unit in ("hour", "minute", "second"):
            return Timex(s, e, "DATE", base.isoformat(), "day", anchor=how, rule="ago")
        shifted = _shift_by(base, n if after else -n, unit)
        if shifted is None:
            return None
        return Timex(s, e, "DATE", shifted[0], shifted[1], anchor=how, mod=mod, rule="ago")
    value = V.duration(n, unit)
    if unit == "quarter" and n is not None:
        value = f"P{int(n) if float(n).is_integer() else n}Q"
    t = Timex(s, e, "DURATION", value, None, mod=None if n is None else mod)
    ref = _ref(ctx, V.UNITS[unit][1])
    if (tail or pre in PAST_LEAD or pre in FUTURE_LEAD) and ctx.ref is not None:
        t.anchor = "published"
        if ref is not None and n is not None and float(n).is_integer():
            today = ref.isoformat() if ctx.ref.precision == "day" else None
            if pre in FUTURE_LEAD:
                t.begin, (t.until, _) = today, V.shift(ref, int(n), unit)
            else:
                (t.begin, _), t.until = V.shift(ref, -int(n), unit), today
    return t


def h_set(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """每年, 每两年, 每周, 每周三, 每天, 一年一度, 年度 (峰会)."""
    g = m.groupdict()
    if g.get("annual"):
        return Timex(s, e, "SET", "P1Y")
    if g.get("wd"):
        return Timex(s, e, "SET", f"XXXX-WXX-{WEEKDAY_NO[g['wd']] + 1}")
    u = (g.get("u") or g.get("u2") or "").lstrip("个").replace("年度", "年")
    n, _ = count(g.get("n") or g.get("n2") or "1")
    value = V.duration(n or 1, UNITS[u])
    return Timex(s, e, "SET", "P3M" if u == "季度" and not g.get("n") else value)


def h_ref(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """目前 (PRESENT_REF), 近日 (PAST_REF), 未来 (FUTURE_REF), 近期 (by the tense), 近年来."""
    w = m.group("t")
    if w in VAGUE_SPANS:
        return Timex(s, e, "DURATION", VAGUE_SPANS[w], anchor="published")
    if w == "近期":
        return Timex(s, e, "DATE", "FUTURE_REF" if _tense(m, ctx, s, e) == "future" else "PAST_REF")
    return Timex(s, e, "DATE", REFS[w])


def h_position(m: re.Match[str], ctx: Context, s: int, e: int) -> Timex | None:
    """年初, 年底, 月底, 上旬 on their own: of this year or month (or the last/next one as the
    tense says: 年底 said in spring in the past tense is last year's)."""
    pos = m.group("pos")
    mod = MODS[pos[-2:] if pos.endswith("旬") else pos]
    unit = "month" if m.group("u") != "年" else "year"
    ref = _ref(ctx, unit)
    if ref is None:
        return unresolved(s, e, "DATE", None, precision=unit, mod=mod)
    tense = _tense(m, ctx, s, e)
    if unit == "year":
        y = ref.year - (mod == "END" and tense == "past" and ref.month <= 6)
        y += mod == "START" and tense == "future" and ref.month > 6
        return Timex(s, e, "DATE", f"{y:04d}", "year", mod=mod, anchor="published", tense=tense)
    off = -(mod == "END" and tense == "past" and ref.day < 20)
    off += mod == "START" and tense == "future" and ref.day > 10
    value, precision = V.shift(ref, off, "month")
    return Timex(s, e, "DATE", value, precision, mod=mod, anchor="published", tense=tense)


# ---------------------------------------------------------------- vetoes


_NOT_AFTER_UNIT = {"年": "级龄薪纪代轻糕画鉴货", "周": "年岁期刊报边", "天": "然空津堂使才文",
                   "星期": "一二三四五六日天"}  # fmt: skip


def duration_ok(m: re.Match[str], text: str) -> bool:
    n, u = m.group("n"), m.group("u")
    vague = n in ("多", "若干") or "几" in n or n.startswith("数")
    if re.fullmatch(r"[〇零一二三四五六七八九]{4,}", n):  # 二〇二二年: a year
        return False
    if u in ("月", "世纪", "季度") and not m.group("ge") and not vague:  # 三月 is March
        return False
    if u == "日" and not vague:
        return False
    after = text[m.end() : m.end() + 1]
    return not (m.end() == m.end("u") and after and after in _NOT_AFTER_UNIT.get(u, ""))


def clock_ok(m: re.Match[str], text: str) -> bool:
    """时 after digits is a time; 点 ("three points") and Chinese numerals need more: a part of
    the day, minutes, 整 or 许, or a day or time zone right before."""
    g = m.groupdict()
    if g.get("hh2"):
        return True
    if g.get("part") or g.get("mm") or g.get("half") or g.get("zheng") or g.get("approx"):
        return True
    if g["unit"] == "点钟" or re.search(r"[日号天间]$", text[max(0, m.start() - 1) : m.start()]):
        return True
    return g["unit"] == "时" and g["hh"].isdigit()


def not_after(*words_: str) -> Callable[[re.Match[str], str], bool]:
    def ok(m: re.Match[str], text: str) -> bool:
        return not any(text[max(0, m.start() - len(w)) : m.start()] == w for w in words_)

    return ok


def ref_ok(m: re.Match[str], text: str) -> bool:
    if m.group("t") == "最近":  # 离...最近: nearest, not most recent
        return not re.search(r"[离距]", text[max(0, m.start() - 12) : m.start()])
    return True


# ---------------------------------------------------------------- the rules

PART_RX = words(*PARTS, *DAY_PARTS, *NARRATIVE_PARTS)
REL_W = r"(?:上上个?|下下个?|上一?个?|下一?个?|本|这一?个?)"
POS = r"(?:初(?!步|次|衷|心|级|稿|选|审|始|创|见|露|具|现|显|战|中)|底(?!线|层|部|气|牌)|末(?!班|日|端)|终(?!结|身|极))"
MID = r"中(?=[，,。；;、）)]|前|后|时|左右|以前|以后|至|到|$)"
_DAYNIGHT = re.compile(r"(?:晚上|晚间|晚(?!些|宴|会|报|餐|饭)|晨|早(?!些|前|就|已|在|日|期))")
_DUR = (rf"(?P<pre>{words(*PRE, *PAST_LEAD, *FUTURE_LEAD)})?{NB}{CB}(?P<n>{QN})(?P<q1>多|余|来)?(?P<ge>个)?"
        rf"(?P<q2>多)?(?P<h1>半)?(?P<u>{UNIT})(?P<h2>半)?(?P<q3>多|之久|左右|以上)?"
        r"(?P<tail>之前|以前|前(?!往|线|夕|景|途|提|任|身|者|所)|之后|以后|后(?!果|者|方|勤|续|备|盾|台|期|卫|援)"
        r"|以来|来(?!华|京|访|沪|自|到|临|源))?")  # fmt: skip
_DAY_WORDS = words(*DAYS, *NARRATIVE_DAYS, *DAY_PARTS, *NARRATIVE_PARTS)
_REF_WORDS = "|".join(
    re.escape(w)
    for w in sorted(
        {*REFS, *VAGUE_SPANS, "近期"} - {"现在", "日前", "日后", "将来"}, key=len, reverse=True
    )
)
_NOT_DAY_WORD = rf"(?<![节生假念作易业周每末白平昨今明当次翌同终数几多举票止效庆选\d{CNN}])"


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# fmt: off
RULES: list[Rule] = [
    Rule("date", _r(rf"{NB}(?P<y>{Y4})年(?P<m>{MON})月份?(?:(?P<d>{DAY})[日号])?"), h_date),
    Rule("iso", _r(r"(?<![\d.\-/])(?P<y>\d{4})(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.\-/])"), h_date),
    Rule("rel-date", _r(rf"(?P<rel>今|去|明|前|后|本|同|当|次|翌)年(?P<m>{MON})月份?(?:(?P<d>{DAY})[日号])?"), h_rel_date),
    Rule("month-day", _r(rf"{NB}(?P<m>{MON})月(?P<d>{DAY})[日号]"), h_month_day),
    Rule("rel-month-day", _r(rf"(?P<rel>{REL_W}|当|同)月(?P<d>{DAY})[日号]"), h_rel_month_day),
    Rule("month", _r(rf"{NB}{CB}(?P<m>{MON})月份?(?!球|亮|光|饼|薪|刊|票|度|子)"), h_month),
    Rule("day", _r(rf"{NB}(?P<d>3[01]|[12]\d|0?[1-9])日(?!内|之内|以内|游|元|圆|币)"), h_day),
    Rule("year-range", _r(rf"{NB}(?P<y1>\d{{4}})年?\s*[-—–~～至到]\s*(?P<y2>\d{{4}})年"), h_year_range),
    Rule("year", _r(rf"{NB}(?P<y>{Y4})(?:年度?|(?P<fy>财年|财政年度))(?!代|级|龄|纪|轻|薪)"), h_year),
    Rule("rel-year", _r(rf"(?<![年\d{CNN}几多以之])(?P<rel>今|去|明|前|后|本|来|上一?|下一?|同一?|当|次|翌|转|这一|那一|第二)年度?(?!代|级|龄|纪|轻|糕|画|鉴|薪|份额)"), h_rel_year),
    Rule("rel-unit", _r(rf"(?<![登踏飞奔送爬])(?P<rel>{REL_W}|当|同)(?P<u>周|个?星期|个?礼拜|月|个?季度)(?!球|亮|光|饼|台|票|期|年|边|刊|报|岁)"), h_rel_unit),
    Rule("decade", _r(rf"(?:(?:{NB}(?P<c>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})|(?P<rel>本|上个?|下个?|这个))世纪)?{NB}(?P<d>\d{{3}}0|[1-9]0|[一二三四五六七八九]十)年代"), h_decade),
    Rule("century", _r(rf"(?:{NB}(?P<c>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})|(?P<rel>本|上个?|下个?|这个))世纪"), h_century),
    Rule("quarter", _r(rf"(?:(?P<y>{Y4})年|(?P<ry>今|去|明|本)年)?(?:第(?P<q1>[一二三四1-4])个?|(?<![前后近每数几头上下本这个第]){NB}(?P<q2>[一二三四1-4]|首))季度"),
         lambda m, c, s, e: h_quarter(Renamed(m, q=m.group("q1") or m.group("q2")), c, s, e)),
    Rule("half", _r(rf"(?:(?P<y>{Y4})年|(?P<ry>今|去|明|本|前)年)?(?P<h>上|下)半年度?"), h_half),
    Rule("season", _r(rf"(?:(?P<y>{Y4})年|(?P<ry>今|去|明|前|本)年)?(?P<s>春|夏|秋|冬)(?:天|季)(?!奥|运动|残奥|达沃斯|度)"
                      r"|(?P<rs>今|去|明)(?P<s2>春|夏|秋|冬)(?!天|季|节|日|装|令|粮)"), h_season),
    Rule("deictic", _r(rf"(?P<t>{_DAY_WORDS})(?!俄罗斯|头条|美国|中国|之星|黄花|性)"), h_deictic, not_after("先天", "最")),
    Rule("weekday", _r(r"(?P<rel>上上个?|下下个?|上个?|下个?|本|这个?)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])(?![次回年岁期刊报边])"), h_weekday),
    Rule("weekend", _r(r"(?P<rel>上上个?|下下个?|上个?|下个?|本|这个?)?周末"), h_weekend),
    Rule("set", _r(rf"每(?:一|个)?(?:(?P<n>\d{{1,3}}|[{CNN}]+)个?)?(?P<u>年度|年|个?月|周|星期|礼拜|天|日|小时|季度)(?:(?<=[周期拜])(?P<wd>[一二三四五六日天])(?![次回]))?"
                   rf"|(?P<n2>[一两二三四五六七八九十])(?P<u2>年|个月|周)一度|(?P<annual>一年一次|(?<![\d{CNN}年本上下该当今去明财政学每同次前后])年度(?=(?:例行)?(?:峰会|会议|大会|报告|例会|对话|演习|军演|磋商|会晤|评估|审议|预算)))"), h_set),
    Rule("duration", _r(_DUR), h_duration, duration_ok),
    Rule("clock", _r(rf"(?P<part>{PART_RX})?{NB}(?P<hh>\d{{1,2}}|[零〇一二三四五六七八九十两]{{1,3}})(?P<unit>点钟|时|点)(?:(?P<mm>\d{{1,2}}|[零〇一二三四五六七八九十]{{1,3}})分|(?P<half>半)|(?P<zheng>整))?(?P<approx>许|左右)?(?!建议|意见|主张|共识|要求|倡议|看法|原则|措施|举措|内容|希望|理由|成果)"
                     rf"|(?P<part2>{PART_RX})?(?<![\d:])(?P<hh2>[01]?\d|2[0-4]):(?P<mm2>[0-5]\d)(?![\d:])"), h_clock, clock_ok),
    Rule("part", _r(r"(?P<part>上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|早晨|清晨|夜间|深夜|午夜|午间|夜里)"), h_part),
    Rule("position", _r(rf"(?<![{CNN}\d今去明前后上下本这个当同次每年月])(?:(?P<u>年|月)(?P<pos>{POS}|{MID})|(?P<pos2>[上中下]旬))"),
         lambda m, c, s, e: h_position(Renamed(m, pos=m.group("pos") or m.group("pos2"), u=m.group("u") or "月"), c, s, e)),
    Rule("ref", _r(rf"(?P<t>{_REF_WORDS}|(?<![体表实发出呈])现在|将来(?!华|京|访|沪|到|此|这|中国|我国)|{_NOT_DAY_WORD}日[前后](?!夕))"), h_ref, ref_ok),
]
# fmt: on


def find(text: str, ctx: Context) -> list[Timex]:
    """The temporal expressions of a Chinese ``text``, resolved against ``ctx``."""
    from detente.timex.chinese_after import (
        attach_positions,
        attach_times,
        attach_zones,
        resolve_anaphors,
    )

    norm = text.translate(_NORM)
    found = run(norm, RULES, ctx)
    attach_positions(norm, found)
    resolve_anaphors(norm, found)
    found = attach_times(norm, found)
    attach_zones(norm, found)
    return found
