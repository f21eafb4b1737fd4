"""The tense of a Chinese clause, from its markers: 了, 已经, 曾 for the past; 将, 即将, 计划 for
the future. Chinese marks no tense on verbs and the NLP layer gives no dependency parse, so the
marker nearest the expression in its clause decides (in its sentence when the clause has none).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from typing import Any

from detente.timex.grammar import tense_dir
from detente.timex.model import Context

# full-width digits and punctuation become ASCII, one character for one: offsets do not move
_NORM = str.maketrans("０１２３４５６７８９：．－／", "0123456789:.-/")

CLAUSE_PUNCT = "，,。；;！!？?\n"
SENTENCE_PUNCT = "。；;！!？?\n"
_FUTURE = re.compile(
    r"将要|即将|将会|将于|届时|预计|计划|准备|(?<![模虚])拟(?!定|人|稿)"
    r"|(?<![中少上大主武名猛老良])将(?!军|领|士|近|其|之|帅|官|信)"
    r"|(?<![峰大年议国社机协理委总联开约聚集宴商晚例全体酒舞都学教工盛茶庙博运奥])会"
    r"(?!议|谈|见|晤|面|上|后|长|员|期|场|所|址|同|商|签|展|师|计|务|馆|标|费|演|堂|刊)"
    r"|(?<![重主需只必首纪摘想提政显切紧险不])要(?!求|点|素|员|塞|害|职|务|闻|地|道|事|件|么|领|旨|案|犯|人)"
)
_PAST = re.compile(
    r"已经|曾经|已于|曾于|此前|(?<![而不])已(?!知|故|婚)|(?<![未何不想势])曾(?!孙|祖)"
    r"|(?<![为除罢受末])了(?!解|结|不起|如指掌|然|却)"
    r"|(?<![通经超不难越路错度])过(?!程|于|渡|境|问|失|错|度|分|敏|剩|期|夜|节|年|半|硬|激|热|时|滤|目|往|后)"
)
FUTURE_TOKENS = {"将要", "即将", "将会", "将于", "将在", "将", "会", "不会", "要", "计划", "拟",
                 "准备", "预计", "届时"}  # fmt: skip
PAST_TOKENS = {"已经", "曾经", "已于", "曾于", "曾在", "已", "曾", "了", "过", "此前"}


def _nearest(hits: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """Of markers ``(start, end, tense)`` the one nearest the span ``start:end`` decides."""
    best: tuple[int, str] | None = None
    for s, e, tense in hits:
        dist = start - e if e <= start else s - end
        if best is None or dist < best[0]:
            best = (dist, tense)
    return best[1] if best else None


def _span_of(text: str, start: int, end: int, punct: str) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in punct) + 1
    his = [i for i in (text.find(c, end) for c in punct) if i >= 0]
    return lo, min(his, default=len(text))


def clause_tense(text: str, start: int, end: int) -> str | None:
    """ "future" / "past" from the markers of the clause around ``text[start:end]`` (from the
    last ，。；！？ before it to the next one), the nearest marker deciding; when the clause has
    none (a topic time set off by a comma: 周五，两国外长将会晤), the markers of its sentence."""
    for punct in (CLAUSE_PUNCT, SENTENCE_PUNCT):
        lo, hi = _span_of(text, start, end, punct)
        clause = text[lo:start] + " " * (end - start) + text[end:hi]
        hits = [(x.start() + lo, x.end() + lo, tense)
                for tense, rx in (("future", _FUTURE), ("past", _PAST)) for x in rx.finditer(clause)]  # fmt: skip
        if hits:
            return _nearest(hits, start, end)
    return None


def tense_function(parsed: Any) -> Callable[[int, int], str | None]:
    """A ``(start, end) -> "future" | "past" | None`` function: over the jieba tokens of a
    :class:`~detente.nlp.Parsed` (a marker is a whole word: 会 but not 会议), or over the text
    itself when given a string. The clause decides, else the sentence (as :func:`clause_tense`)."""
    if isinstance(parsed, str):
        text = parsed.translate(_NORM)
        return lambda start, end: clause_tense(text, start, end)
    tokens = list(getattr(parsed, "tokens", None) or [])
    starts = [t.start for t in tokens]

    def markers(start: int, end: int, sent: tuple[int, int], punct: str) -> list[Any]:
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        lo = hi = i
        while lo > 0 and tokens[lo - 1].text not in punct and tokens[lo - 1].start >= sent[0]:
            lo -= 1
        while (
            hi + 1 < len(tokens)
            and tokens[hi + 1].text not in punct
            and tokens[hi + 1].end <= sent[1]
        ):
            hi += 1
        hits = []
        for t in tokens[lo : hi + 1]:
            if t.end > start and t.start < end:
                continue
            if t.text in FUTURE_TOKENS:
                hits.append((t.start, t.end, "future"))
            elif t.text in PAST_TOKENS:
                hits.append((t.start, t.end, "past"))
        return hits

    def at(start: int, end: int) -> str | None:
        if not tokens:
            return None
        sent = parsed.sentence_of(start) or (0, tokens[-1].end)
        for punct in (CLAUSE_PUNCT, SENTENCE_PUNCT):
            hits = markers(start, end, sent, punct)
            if hits:
                return _nearest(hits, start, end)
        return None

    return at


_NO_TENSE = next((f.default for f in dataclasses.fields(Context) if f.name == "tense_at"), None)


def _tense(m: re.Match[str], ctx: Context, s: int, e: int) -> str | None:
    """The stage's tense function when it gave one, else the markers of the text's clause."""
    if ctx.tense_at is _NO_TENSE:
        return tense_dir(clause_tense(m.string, s, e))
    return tense_dir(ctx.tense(s, e))
