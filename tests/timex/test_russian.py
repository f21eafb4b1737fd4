"""Russian temporal expressions: case forms, relative periods, and the tense from natasha."""

from __future__ import annotations

import pytest

from detente import nlp
from detente.timex import russian
from detente.timex.model import Context
from detente.timex.stage import timexes
from detente.timex.values import Ref

REF = "2024-05-16"  # a Thursday


def found(text: str, ref: str | None = REF) -> list[tuple[str, str, str | None]]:
    ctx = Context(Ref.parse(ref))
    return [(text[t.start : t.end], t.type, t.value) for t in russian.find(text, ctx)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Заявление подписано 4 февраля 2022 года в Пекине.", "4 февраля 2022 года", "2022-02-04"),
        ("Визит состоялся 9 мая 2015 г.", "9 мая 2015 г.", "2015-05-09"),
        ("Переговоры прошли в марте 2023 года.", "марте 2023 года", "2023-03"),
        ("Договор заключён в 2001 году.", "2001 году", "2001"),
        ("Так было в прошлом году.", "прошлом году", "2023"),
        ("Министры говорили на прошлой неделе.", "прошлой неделе", "2024-W19"),
        ("Это случилось в прошлом месяце.", "прошлом месяце", "2024-04"),
        ("Три года назад всё было иначе.", "Три года назад", "2021"),
        ("Отношения испортились в 1990-х годах.", "1990-х годах", "199"),
        ("Это главный вызов XXI века.", "XXI века", "20"),
        ("Сделка была закрыта в конце февраля.", "конце февраля", "2024-02"),
        ("Рост замедлился в первом квартале 2023 года.", None, "2023-Q1"),
    ],
)
def test_dates(text: str, span: str | None, value: str) -> None:
    got = found(text)
    assert any(v == value and (span is None or s == span) for s, _, v in got), got


def test_the_year_word_keeps_counts_of_things_out() -> None:
    assert found("На границе находятся 2000 военнослужащих.") == []


def test_durations_sets_and_references() -> None:
    got = {s: (t, v) for s, t, v in found(
        "В течение двух недель шли бои. Учения проводятся ежегодно. Сейчас ситуация иная, "
        "а недавно он сказал другое."
    )}  # fmt: skip
    assert got["двух недель"] == ("DURATION", "P2W")
    assert got["ежегодно"] == ("SET", "P1Y")
    assert got["Сейчас"] == ("DATE", "PRESENT_REF")
    assert got["недавно"] == ("DATE", "PAST_REF")


def test_through_counts_forward() -> None:
    assert ("Через две недели", "DATE", "2024-W22") in found("Через две недели состоится саммит.")


def test_weekday_of_a_named_week() -> None:
    got = found("Министры встретились в среду на прошлой неделе.")
    assert ("среду", "DATE", "2024-05-08") in got


def test_no_publication_date_keeps_relative_unresolved() -> None:
    got = found("В прошлом году они встречались. 4 февраля 2022 года подписали заявление.", None)
    assert ("прошлом году", "DATE", None) in got
    assert ("4 февраля 2022 года", "DATE", "2022-02-04") in got


@pytest.mark.slow
def test_tense_of_the_governing_verb_from_natasha() -> None:
    text = (
        "В пятницу министры встретятся в Пекине. В пятницу министры встретились в Москве. "
        "Визит намечен на март. В марте он посетил Китай."
    )
    parsed = nlp.parse([text], "ru")[0]
    got = [(text[t.start : t.end], t.value, t.tense) for t in timexes(text, "ru", REF, parsed)]
    assert got == [
        ("пятницу", "2024-05-17", "future"),
        ("пятницу", "2024-05-10", "past"),
        ("март", "2025-03", "future"),
        ("марте", "2024-03", "past"),
    ]
