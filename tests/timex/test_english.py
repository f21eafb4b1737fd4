"""English temporal expressions: spans, types and values against a publication date."""

from __future__ import annotations

import pytest

from detente import nlp
from detente.timex import english
from detente.timex.model import Context
from detente.timex.stage import timexes
from detente.timex.values import Ref


def found(text: str, ref: str | None = "2022-03-03") -> list[tuple[str, str, str | None]]:
    ctx = Context(Ref.parse(ref))
    return [(text[t.start : t.end], t.type, t.value) for t in english.find(text, ctx)]


def one(text: str, ref: str | None = "2022-03-03"):
    ctx = Context(Ref.parse(ref))
    got = english.find(text, ctx)
    assert len(got) == 1, [(text[t.start : t.end], t.value) for t in got]
    return text[got[0].start : got[0].end], got[0]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("They met on February 4, 2022, in Beijing.", "February 4, 2022", "2022-02-04"),
        ("They met on 4 February 2022.", "4 February 2022", "2022-02-04"),
        ("They met on Friday, February 4, 2022.", "Friday, February 4, 2022", "2022-02-04"),
        ("The file is dated 2022-02-04.", "2022-02-04", "2022-02-04"),
        ("It was posted on 24.02.2022.", "24.02.2022", "2022-02-24"),
        ("It was written 7/8/07.", "7/8/07", "2007-07-08"),
        ("Talks were held in March 2023.", "March 2023", "2023-03"),
        ("The deal was signed in 2014.", "2014", "2014"),
        ("Relations soured in the 1990s.", "the 1990s", "199"),
        ("a rivalry of the 21st century", "the 21st century", "20"),
        ("Results for fiscal 2008 were weak.", "fiscal 2008", "FY2008"),
        ("Output grew in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1"),
        ("Exports rose in the first half of 2022.", "the first half of 2022", "2022-H1"),
    ],
)
def test_absolute_dates(text: str, span: str, value: str) -> None:
    got_span, t = one(text)
    assert (got_span, t.value) == (span, value)
    assert t.anchor is None  # stated in full: nothing counted


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("He spoke yesterday.", "yesterday", "2022-03-02", "day"),
        ("He will speak tomorrow.", "tomorrow", "2022-03-04", "day"),
        ("It happened today.", "today", "2022-03-03", "day"),
        ("They met last week.", "last week", "2022-W08", "week"),
        ("They meet next month.", "next month", "2022-04", "month"),
        ("It happened last year.", "last year", "2021", "year"),
        ("Prices rose this year.", "this year", "2022", "year"),
        ("Trade fell last quarter.", "last quarter", "2021-Q4", "quarter"),
        ("They met last September.", "last September", "2021-09", "month"),
        ("They met last Friday.", "last Friday", "2022-02-25", "day"),
        ("He left two weeks ago.", "two weeks ago", "2022-W07", "week"),
        ("He left a week ago.", "a week ago", "2022-02-24", "day"),
        ("It ended three years ago.", "three years ago", "2019", "year"),
        ("It is planned for ten years from now.", "ten years from now", "2032", "year"),
        ("Protests began last night.", "last night", "2022-03-02TNI", "day"),
        ("They spoke this morning.", "this morning", "2022-03-03TMO", "day"),
        ("They met this weekend.", "this weekend", "2022-W09-WE", "week"),
        ("Talks began this spring.", "this spring", "2022-SP", "season"),
        ("Talks failed last fall.", "last fall", "2021-FA", "season"),
    ],
)
def test_relative_to_publication(text: str, span: str, value: str, precision: str) -> None:
    got_span, t = one(text)
    assert (got_span, t.value, t.precision) == (span, value, precision)
    assert t.anchor == "published"


def test_modifiers_keep_the_period_as_value() -> None:
    got = {
        text: (t.value, t.mod)
        for text, t in (
            one("Late last month, the ministers met."),
            one("They will meet in early June."),
            one("Sales slowed at the end of last year."),
            one("The plant opens in mid-2023."),
        )
    }
    assert got == {
        "Late last month": ("2022-02", "END"),
        "early June": ("2022-06", "START"),
        "the end of last year": ("2021", "END"),
        "mid-2023": ("2023", "MID"),
    }


def test_durations_and_sets() -> None:
    text = (
        "The 30-year deal delivers 38 bcm a year. Talks lasted almost two and a half years, "
        "for decades, over the past three years; annual summits; weekly calls; every Monday."
    )
    got = found(text)
    assert ("30-year", "DURATION", "P30Y") in got
    assert ("a year", "SET", "P1Y") in got  # "38 bcm a year" is a rate
    assert ("almost two and a half years", "DURATION", "P2.5Y") in got
    assert ("decades", "DURATION", "PXY") in got
    assert ("the past three years", "DURATION", "P3Y") in got  # "over" is the preposition
    assert ("annual", "SET", "P1Y") in got
    assert ("weekly", "SET", "P1W") in got
    assert ("every Monday", "SET", "XXXX-WXX-1") in got


def test_past_three_years_has_its_ends() -> None:
    _, t = one("Trade doubled over the past three years.")
    assert (t.begin, t.until) == ("2019", "2022-03-03")


def test_year_range_gives_the_range_and_each_year() -> None:
    got = found("Trade grew between 2014 and 2016.")
    assert got == [
        ("between 2014 and 2016", "DURATION", "P2Y"),
        ("2014", "DATE", "2014"),
        ("2016", "DATE", "2016"),
    ]


def test_references_to_now_past_and_future() -> None:
    got = found("Ties are now close; recently they grew; in the near future more will come.")
    assert got == [
        ("now", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("the near future", "DATE", "FUTURE_REF"),
    ]


def test_narrative_time_for_the_next_day() -> None:
    text = "Xi arrived on March 20, 2023. The next day he met Putin. Two days later he left."
    assert found(text) == [
        ("March 20, 2023", "DATE", "2023-03-20"),
        ("The next day", "DATE", "2023-03-21"),
        ("Two days later", "DATE", "2023-03-23"),
    ]


def test_duration_counted_from_a_date() -> None:
    got = found("Three days after February 24, 2022, the envoys met.")
    assert got == [("Three days after February 24, 2022", "DATE", "2022-02-27")]


def test_clock_time_takes_the_day_beside_it() -> None:
    got = found("The vote began at 18:00 UTC on Tuesday.", ref="2009-12-16")
    assert got == [("18:00 UTC on Tuesday", "TIME", "2009-12-15T18:00Z")]


def test_a_zone_offset_is_kept_not_taken_for_utc() -> None:
    got = found("The quake struck at 6:40 p.m. (GMT +8).", ref="2007-10-17")
    assert got == [("6:40 p.m. (GMT +8)", "TIME", "2007-10-17T18:40+08:00")]


@pytest.mark.parametrize(
    "text",
    [
        "May I ask whether they march together?",  # modal and verb, not months
        "2000 troops crossed the border.",  # a count, not a year
        "The resolution passed 13-2 with $2014 million pledged.",
        "He won a second term.",  # an ordinal, not a duration
    ],
)
def test_not_dates(text: str) -> None:
    assert [x for x in found(text) if x[1] != "DURATION" or "second" in x[0]] == []


def test_undated_document_keeps_relative_expressions_unresolved() -> None:
    ctx = Context(None)
    text = "Last week, on Monday, the envoys met; on February 4 they signed; in 2014 too."
    got = {text[t.start : t.end]: (t.value, t.partial) for t in english.find(text, ctx)}
    assert got["Last week"] == (None, None)
    assert got["Monday"] == (None, "XXXX-WXX-1")
    assert got["February 4"] == (None, "XXXX-02-04")
    assert got["2014"] == ("2014", None)  # absolute: resolved without a publication date


def test_coarse_publication_date_resolves_only_what_it_can() -> None:
    got = {s: v for s, _, v in found("Yesterday and last year they met.", ref="2022")}
    assert got == {"Yesterday": None, "last year": "2021"}


def test_weekday_equal_to_the_reference_day_is_that_day() -> None:
    # 2022-03-04 is a Friday; "on Friday" in Friday's paper, in the past tense, is that day
    text = "Putin said on Friday that talks failed."
    got = timexes(text, "en", "2022-03-04", nlp.parse([text], "en")[0])
    assert [(t.value, t.tense) for t in got] == [("2022-03-04", "past")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Xi met Putin on Tuesday.", "2022-03-01"),  # past: the Tuesday before
        ("Xi will meet Putin on Tuesday.", "2022-03-08"),  # future: the one after
        ("Xi to visit Moscow on Tuesday", "2022-03-08"),  # a headline's infinitive
        ("Markets have stayed closed until Tuesday.", "2022-03-08"),
        ("The talks were held in June.", "2021-06"),  # past: last June
        ("The talks will be held in February.", "2023-02"),  # future: next February
        ("A hearing has been scheduled for June 3.", "2022-06-03"),
    ],
)
def test_tense_of_the_governing_verb(text: str, value: str) -> None:
    parsed = nlp.parse([text], "en")[0]
    got = timexes(text, "en", "2022-03-03", parsed)  # a Thursday
    assert [t.value for t in got] == [value]
