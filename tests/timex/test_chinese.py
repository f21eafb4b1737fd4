"""Chinese temporal expressions: 年月日 dates, 〇 digits, relative periods, tense markers."""

from __future__ import annotations

import pytest

from detente import nlp
from detente.timex import chinese
from detente.timex.model import Context
from detente.timex.stage import timexes
from detente.timex.values import Ref

REF = "2024-05-16"  # a Thursday


def found(text: str, ref: str | None = REF) -> list[tuple[str, str, str | None]]:
    ctx = Context(Ref.parse(ref))
    return [(text[t.start : t.end], t.type, t.value) for t in chinese.find(text, ctx)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("2022年2月4日，两国元首签署联合声明。", "2022年2月4日", "2022-02-04"),
        ("二〇二三年三月，两国元首再次会晤。", "二〇二三年三月", "2023-03"),
        ("２０２２年２月４日签署。", "２０２２年２月４日", "2022-02-04"),
        ("4日，外交部发言人表示。", "4日", "2024-05-04"),
        ("今年两国贸易增长。", "今年", "2024"),
        ("去年两国贸易增长。", "去年", "2023"),
        ("上月双方举行了会谈。", "上月", "2024-04"),
        ("上周三双方举行了会谈。", "上周三", "2024-05-08"),
        ("三年前，两国关系不同。", "三年前", "2021"),
        ("上世纪90年代两国关系正常化。", "上世纪90年代", "199"),
        ("本世纪以来双边贸易快速增长。", "本世纪", "20"),
        ("第一季度贸易额增长。", "第一季度", "2024-Q1"),
        ("上半年贸易额增长。", "上半年", "2024-H1"),
        ("2023年第三季度贸易额增长。", None, "2023-Q3"),
    ],
)
def test_dates(text: str, span: str | None, value: str) -> None:
    got = found(text)
    assert any(v == value and (span is None or s == span) for s, _, v in got), got


def test_position_in_a_period_is_a_modifier() -> None:
    ctx = Context(Ref.parse(REF))
    text = "年底将举行峰会。"
    (t,) = chinese.find(text, ctx)
    assert (text[t.start : t.end], t.value, t.mod) == ("年底", "2024", "END")


def test_durations_sets_and_references() -> None:
    got = {
        s: (t, v)
        for s, t, v in found("两年来，合作持续。每年举行会晤。目前局势稳定，近日双方通话。")
    }
    assert got["两年来"] == ("DURATION", "P2Y")
    assert got["每年"] == ("SET", "P1Y")
    assert got["目前"] == ("DATE", "PRESENT_REF")
    assert got["近日"] == ("DATE", "PAST_REF")


def test_no_publication_date_keeps_relative_unresolved() -> None:
    got = found("去年双方会晤。2022年2月4日签署声明。", None)
    assert ("去年", "DATE", None) in got
    assert ("2022年2月4日", "DATE", "2022-02-04") in got


@pytest.mark.parametrize("parse", [True, False])
def test_tense_markers_decide_bare_weekdays_and_months(parse: bool) -> None:
    text = "周五，两国外长将在北京会晤。周五，两国外长在莫斯科举行了会谈。三月将访问中国。三月他访问了俄罗斯。"
    parsed = nlp.parse([text], "zh")[0] if parse else None
    got = [(text[t.start : t.end], t.value) for t in timexes(text, "zh", REF, parsed)]
    assert got == [
        ("周五", "2024-05-17"),
        ("周五", "2024-05-10"),
        ("三月", "2025-03"),
        ("三月", "2024-03"),
    ]


def test_a_marker_is_a_whole_word() -> None:
    text = "周五举行会议。"  # 会议 (meeting) is not 会 (will)
    parsed = nlp.parse([text], "zh")[0]
    assert chinese.tense_function(parsed)(0, 2) is None
