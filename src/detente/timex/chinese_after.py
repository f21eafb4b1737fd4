"""What the Chinese rules leave to a second look at their results: position words after a period
(去年年底, 90年代末), year anaphors (同年, 次年), clock times and parts of the day on the day
named beside them (4日下午3时), and time zones (北京时间)."""

from __future__ import annotations

import re

from detente.timex.chinese import _DAYNIGHT, MID, MODS, PARTS, POS, YEAR_ANA, ZONES_UTC
from detente.timex.grammar import date_value
from detente.timex.model import Timex

_SUFFIX = {
    "year": re.compile(rf"年?(?:(?P<p>{POS})|(?P<p2>{MID}))"),
    "month": re.compile(rf"月?(?:(?P<p>上旬|中旬|下旬|{POS})|(?P<p2>{MID}))"),
    "quarter": re.compile(r"(?P<p>初|末|底)"),
    "decade": re.compile(r"(?P<p>初期|中期|末期|后期|前期|初|末)"),
    "century": re.compile(
        r"(?P<p>初期|中期|中叶|末期|后期|前期|上半叶|下半叶|初|末|中)(?!国|方|共|央|东|欧|美)"
    ),
}


def attach_positions(text: str, found: list[Timex]) -> None:
    """去年年底, 2月初, 上月底, 3月上旬, 90年代末, 本世纪初: the span takes the position word,
    ``mod`` says where in the period."""
    for i, t in enumerate(found):
        rx = _SUFFIX.get(t.precision or "") if t.type == "DATE" and t.mod is None else None
        if rx is None or (t.precision == "year" and not text[t.start : t.end].endswith("年")):
            continue
        m = rx.match(text, t.end)
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        if m and m.end() <= nxt:
            word = m.group("p") or "中"
            t.end, t.mod = m.end(), MODS[word[-2:] if word.endswith("旬") else word]


def resolve_anaphors(text: str, found: list[Timex]) -> None:
    """同年, 次年, 同年10月: the year the text named last (a year alone does not move the
    narrative time); 当年 with nothing before it is "back then"."""
    last: int | None = None
    for t in found:
        if t.rule == "year-anaphor":
            w = re.match(r"同一|这一|那一|第二|同|当|次|翌|转", text[t.start : t.end])
            off = YEAR_ANA[w.group()] if w else 0
            value = t.value or t.partial
            if last is not None and value:
                new = f"{last + off:04d}{value[4:]}"
                if len(new) < 10 or date_value(*(int(x) for x in new.split("-"))):
                    t.value, t.partial, t.anchor = new, None, "text"
            elif last is None and w and w.group() in ("当", "那一") and t.precision == "year":
                t.value, t.precision, t.partial, t.anchor = "PAST_REF", None, None, None
        if t.type in ("DATE", "TIME") and t.value and re.match(r"\d{4}", t.value):
            last = int(t.value[:4])


def attach_times(text: str, found: list[Timex]) -> list[Timex]:
    """4日下午3时, 今天上午, 周三晚: one expression, a TIME on that day."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        is_day = (
            t.type == "DATE" and t.precision == "day" and (t.value or t.partial or "")[:1] != "P"
        )
        if (
            is_day
            and nxt is not None
            and nxt.type == "TIME"
            and not text[t.end : nxt.start].strip()
        ):
            clock = (nxt.value or nxt.partial or "T").split("T", 1)[1]
            value = f"{t.value}T{clock}" if t.value else None
            partial = None if t.value else f"{t.partial or 'XXXX-XX-XX'}T{clock}"
            out.append(Timex(t.start, nxt.end, "TIME", value, nxt.precision, mod=nxt.mod,
                             anchor=t.anchor, partial=partial, tense=t.tense, rule=f"{t.rule}+{nxt.rule}"))  # fmt: skip
            i += 2
            continue
        m = _DAYNIGHT.match(text, t.end) if is_day else None
        if m and (nxt is None or nxt.start >= m.end()):
            part = PARTS[m.group()]
            t.end, t.type, t.precision = m.end(), "TIME", "day"
            t.value, t.partial = (
                (f"{t.value}T{part}", None)
                if t.value
                else (None, f"{t.partial or 'XXXX-XX-XX'}T{part}")
            )
        out.append(t)
        i += 1
    return out


_ZONE = re.compile(r"(?:北京时间|当地时间|格林尼治时间|格林威治时间|世界标准时间|协调世界时|莫斯科时间"
                   r"|华盛顿时间|纽约时间|东京时间|基辅时间|UTC|GMT)\s*$")  # fmt: skip


def attach_zones(text: str, found: list[Timex]) -> None:
    """北京时间4日15时: the span takes the zone; UTC and GMT give a ``Z``."""
    prev = 0
    for t in found:
        m = (
            _ZONE.search(text, max(prev, t.start - 8), t.start)
            if t.type == "TIME" or t.precision == "day"
            else None
        )
        if m:
            t.start = m.start()
            if m.group().strip() in ZONES_UTC and t.value and re.search(r"T\d\d:\d\d$", t.value):
                t.value += "Z"
        prev = t.end
