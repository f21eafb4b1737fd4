"""Cross-document merging of event mentions (pure functions, no coder, no store)."""

from __future__ import annotations

import random

import pytest

from detente.document import Document
from detente.events import merge as M
from detente.events.merge import Mention, merge, merge_documents
from detente.events.model import EventMention
from detente.events.stage import store

MET = "Chinese leader Xi Jinping and Russian President Vladimir Putin met in Beijing on Friday."


def m(n: int, doc: str, **kw) -> Mention:
    """A done CONSULT mention CHN -> RUS on 2022-02-04 in document ``doc``."""
    base = {
        "id": f"{doc}:{n}-{n + 3}:0", "doc_id": doc, "category": "CONSULT", "cameo": "040",
        "source": "CHN", "source_country": "CHN", "target": "RUS", "target_country": "RUS",
        "date": "2022-02-04", "date_precision": "day", "sentence": MET, "trigger": "meet",
        "published": "2022-02-04", "start": n, "intensity": 1.0, "quad_class": 1,
    }  # fmt: skip
    base.update(kw)
    ext = M.extent((base["date"] or "")[:10])
    if "published" not in kw and ext:  # reported when it ended at the latest: not in the future
        base["published"] = max(base["published"], M._day(ext[1]))
    return Mention(**base)


def groups(events) -> list[set[str]]:
    return sorted(({i.split(":")[0] for i in e.mention_ids} for e in events), key=sorted)


def test_the_same_meeting_in_three_documents_is_one_event():
    events = merge([m(1, "a"), m(2, "b", published="2022-02-05"), m(3, "c")])
    [e] = events
    assert e.n_sources == 3 and e.n_mentions == 3
    assert e.doc_ids == ["a", "c", "b"]  # first source first (published, then id)
    assert (e.date, e.date_precision, e.date_min, e.date_max) == (
        "2022-02-04", "day", "2022-02-04", "2022-02-04",
    )  # fmt: skip
    assert e.evidence == MET and e.evidence_doc == "a"


def test_days_one_apart_merge_two_apart_do_not_and_events_never_chain():
    assert len(merge([m(1, "a"), m(2, "b", date="2022-02-05")])) == 1
    assert len(merge([m(1, "a"), m(2, "b", date="2022-02-06")])) == 2
    # 4th, 5th, 6th: the 6th is compatible with the 5th but not with the 4th
    events = merge([m(1, "a"), m(2, "b", date="2022-02-05"), m(3, "c", date="2022-02-06")])
    assert groups(events) == [{"a", "b"}, {"c"}]


@pytest.mark.parametrize(
    "date,precision,merges",
    [
        ("2022-02", "month", True),  # the month contains the day
        ("2022", "year", True),
        ("2022-W05", "week", True),  # 31 Jan - 6 Feb 2022
        ("2022-W07", "week", False),
        ("2022-03", "month", False),
        ("2022-02-05", "reported", True),  # published the next day
        ("2022-02-07", "reported", True),  # three days later: still "just reported"
        ("2022-02-09", "reported", False),  # five days later: another event
        ("2022-02-03", "reported", True),  # the day before: time zones
        ("2022-02-02", "reported", False),  # published before the event
    ],
)
def test_date_tolerance_respects_precision(date, precision, merges):
    events = merge([m(1, "a"), m(2, "b", date=date, date_precision=precision)])
    assert (len(events) == 1) == merges
    if merges:  # the most precise date wins
        assert events[0].date == "2022-02-04" and events[0].date_precision == "day"


def test_most_precise_then_earliest_date_wins():
    [e] = merge([m(1, "a", date="2022-02", date_precision="month"),
                 m(2, "b", date="2022-02-05"), m(3, "c", date="2022-02-04")])  # fmt: skip
    assert (e.date, e.date_precision) == ("2022-02-04", "day")
    [e] = merge([m(1, "a", date="2022", date_precision="year"),
                 m(2, "b", date="2022-02-05", date_precision="reported")])  # fmt: skip
    assert (e.date, e.date_precision) == ("2022-02-05", "reported")  # a year says less


def test_symmetric_events_ignore_direction_others_do_not():
    crossed = {"source": "RUS", "source_country": "RUS", "target": "CHN", "target_country": "CHN"}
    assert len(merge([m(1, "a"), m(2, "b", **crossed)])) == 1  # Putin met Xi = Xi met Putin
    agree = {"category": "SUPPORT", "cameo": "057", "trigger": "sign/agreement"}
    assert len(merge([m(1, "a", **agree), m(2, "b", **agree, **crossed)])) == 1
    accuse = {"category": "ACCUSE", "cameo": "112", "trigger": "accuse"}
    assert len(merge([m(1, "a", **accuse), m(2, "b", **accuse, **crossed)])) == 2


def test_a_country_and_its_people_are_one_side_two_people_are_two():
    putin = {"target": "person:vladimir-putin", "target_country": "RUS"}
    xi = {"source": "person:xi-jinping", "source_country": "CHN"}
    assert len(merge([m(1, "a"), m(2, "b", **putin), m(3, "c", **xi, **putin)])) == 1
    lavrov = {"target": "person:sergei-lavrov", "target_country": "RUS"}
    events = merge([m(1, "a", **xi, **putin), m(2, "b", **xi, **lavrov)])
    assert groups(events) == [{"a"}, {"b"}]
    # RUS and USA are different sides whatever else matches
    assert len(merge([m(1, "a"), m(2, "b", target="USA", target_country="USA")])) == 2


def test_a_side_not_named_matches_the_event_that_names_it():
    [e] = merge([m(1, "a", target=None, target_country=None), m(2, "b")])
    assert (e.source, e.target) == ("CHN", "RUS")
    [e] = merge([m(1, "a", source=None, source_country=None), m(2, "b")])
    assert e.evidence_doc == "a" and (e.source, e.target) == ("CHN", "RUS")  # filled in
    assert merge([m(1, "a", source=None, target=None)]) == []  # names nobody: not an event


def test_compatible_kinds_and_similar_evidence():
    sanction = {
        "category": "COERCE",
        "cameo": "163",
        "trigger": "impose/sanction",
        "sentence": "The United States imposed sanctions on Russian banks on Thursday.",
    }
    reduce = {
        "category": "SANCTION",
        "cameo": "160",
        "trigger": "cut/tie",
        "sentence": "Washington cut ties with Russian banks, imposing sweeping sanctions.",
    }
    usa = {"source": "USA", "source_country": "USA"}  # fmt: skip
    assert len(merge([m(1, "a", **usa, **sanction), m(2, "b", **usa, **reduce)])) == 1  # CAMEO 16
    # the same category, another code, another trigger, unrelated sentences: two events
    talks = {
        "cameo": "046",
        "trigger": "negotiate",
        "sentence": "Negotiators haggled over the price of gas for the Power of Siberia.",
    }
    assert len(merge([m(1, "a"), m(2, "b", **talks)])) == 2
    # different categories and roots never merge
    praise = {"category": "SUPPORT", "cameo": "051", "trigger": "praise"}
    assert len(merge([m(1, "a"), m(2, "b", **praise)])) == 2


def test_not_done_events_merge_only_with_their_kind():
    events = merge([m(1, "a"), m(2, "b", modality="planned"), m(3, "c", modality="planned"),
                    m(4, "d", negated=True)])  # fmt: skip
    by_status = {(e.negated, e.modality): e for e in events}
    assert set(by_status) == {(False, None), (False, "planned"), (True, None)}
    assert by_status[(False, "planned")].n_sources == 2


def test_near_duplicates_join_the_canonical_event_and_count_once():
    # the copy was published elsewhere a day later, and its date resolved differently
    copy = m(7, "copy", story="a", published="2022-02-05", date="2022-02-05",
             date_precision="reported")  # fmt: skip
    [e] = merge([m(1, "a"), copy])
    assert e.n_sources == 1 and e.doc_ids == ["a", "copy"] and e.n_mentions == 2
    [e] = merge([m(1, "a"), m(2, "b"), copy])
    assert e.n_sources == 2
    # undated story: its copy still joins its event, never another story's
    undated = {"date": None, "published": None}
    events = merge([m(1, "u", **undated), m(2, "u2", story="u", **undated), m(3, "v", **undated)])
    assert groups(events) == [{"u", "u2"}, {"v"}]


def test_an_undated_mention_joins_only_its_own_storys_event():
    events = merge([m(1, "a"), m(40, "a", date=None), m(2, "b", date=None, published=None)])
    assert groups(events) == [{"a"}, {"b"}]
    assert next(e for e in events if "a" in e.doc_ids).n_mentions == 2


def test_an_event_with_no_date_has_no_precision():
    (e,) = merge([m(1, "b", date=None, published=None)])
    assert e.date is None and e.date_precision is None  # not "reported": nothing was


def test_ids_are_stable_and_independent_of_input_order():
    ms = [m(1, "a"), m(2, "b", date="2022-02-05"), m(3, "c", category="ACCUSE", cameo="112"),
          m(4, "d", modality="planned"), m(5, "e", story="a")]  # fmt: skip
    first = {e.id: sorted(e.mention_ids) for e in merge(ms)}
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert {e.id: sorted(e.mention_ids) for e in merge(shuffled)} == first


def test_category_and_code_most_sources_give():
    host = {"cameo": "043", "trigger": "host", "source": "RUS", "source_country": "RUS",
            "target": "CHN", "target_country": "CHN"}  # fmt: skip
    [e] = merge([m(1, "a"), m(2, "b", **host), m(3, "c", **host)])
    assert e.cameo == "043" and e.evidence_doc == "b"  # the first source giving that code
    assert (e.source, e.target) == ("RUS", "CHN")


def test_confidence_grows_with_sources():
    [one] = merge([m(1, "a", confidence=0.6)])
    [two] = merge([m(1, "a", confidence=0.6), m(2, "b", confidence=0.6)])
    assert one.confidence == pytest.approx(0.6) and two.confidence == pytest.approx(0.84)


def test_windows_and_periods():
    assert M.extent("2024-02") == (M.extent("2024-02-01")[0], M.extent("2024-02-29")[0])
    assert M.extent("2022-W05")[1] - M.extent("2022-W05")[0] == 6
    assert M.extent("XXXX-02-04") is None and M.extent(None) is None
    assert M.window("2022-02-05", "reported")[0] == M.extent("2022-02-02")[0]


def test_merge_documents_reads_event_layers():
    text = MET + "\nThey signed a joint statement."

    def doc(id_, dup=None, published="2022-02-04"):
        d = Document(text=text, origin=id_, format="text", id=id_, duplicate_of=dup,
                     published=published, language="en")  # fmt: skip
        found = [
            EventMention(start=58, end=61, sentence_start=0, sentence_end=len(MET),
                         cameo="040", category="CONSULT", quad_class=1, intensity=1.0,
                         trigger="meet", source="person:xi-jinping", source_country="CHN",
                         target="person:vladimir-putin", target_country="RUS",
                         date="2022-02-04", date_precision="day"),
            EventMention(start=len(MET) + 6, end=len(MET) + 12, sentence_start=len(MET) + 1,
                         sentence_end=len(text), cameo="057", category="SUPPORT",
                         quad_class=1, intensity=8.0, trigger="sign/statement",
                         source="CHN", source_country="CHN", target="RUS",
                         target_country="RUS", date="2022-02-04", date_precision="reported"),
        ]  # fmt: skip
        store(d, found)
        return d

    events = merge_documents([doc("a"), doc("b"), doc("c", dup="a")])
    assert [(e.category, e.n_sources, e.doc_ids) for e in events] == [
        ("CONSULT", 2, ["a", "b", "c"]),
        ("SUPPORT", 2, ["a", "b", "c"]),
    ]
    consult = events[0]
    assert consult.evidence == MET and consult.root
    assert "a:58-61:0" in consult.mention_ids
    assert events[1].evidence == "They signed a joint statement." and not events[1].root


def test_coarse_dates_get_no_tolerance_at_their_edges():
    april = {"date": "2024-04", "date_precision": "month"}
    may = {"date": "2024-05", "date_precision": "month"}
    assert len(merge([m(1, "a", **april), m(2, "b", **may)])) == 2  # May is not April
    assert len(merge([m(1, "a", date="2024-05-01"), m(2, "b", **april)])) == 2
    assert len(merge([m(1, "a", date="2024-04-30"), m(2, "b", **april)])) == 1


def test_times_of_day_are_days():
    [e] = merge([m(1, "a", date="2024-07-03TEV"), m(2, "b", date="2024-07-03")])
    assert (e.date, e.date_precision, e.n_sources) == ("2024-07-03", "day", 2)


def test_a_year_needs_more_than_the_same_code():
    year = {"date": "2022", "date_precision": "year", "trigger": "talk",
            "sentence": "Trade talks between the two countries dragged on all year."}  # fmt: skip
    assert len(merge([m(1, "a"), m(2, "b", **year)])) == 2  # 040 both, but nothing else alike
    words = {**year, "sentence": "Xi Jinping and Vladimir Putin met in Beijing that year."}
    assert len(merge([m(1, "a"), m(2, "b", **words)])) == 1  # the same people, place, verb
    assert len(merge([m(1, "a"), m(2, "b", **{**year, "trigger": "meet"})])) == 1


def test_one_sentence_telling_of_two_events_is_not_evidence_they_are_one():
    told = "They met in Kazan, after Putin's state visit to Beijing in May and talks in July."
    visit = m(1, "a", cameo="042", trigger="visit", date="2024-05", date_precision="month",
              sentence=told)  # fmt: skip
    talks = m(2, "a", trigger="talk", date="2024", date_precision="year", sentence=told)
    assert len(merge([visit, talks])) == 2


def test_done_but_dated_after_its_publication_is_planned():
    travels = m(1, "a", date="2019-06-06", published="2019-06-05", trigger="travel")
    [e] = merge([travels])
    assert (e.negated, e.modality) == (False, "planned")
    assert len(merge([travels, m(2, "b", date="2019-06-06", published="2019-06-07")])) == 2
    [e] = merge([m(1, "a", date="2019-06-05", published="2019-06-05")])
    assert e.modality is None  # the same day is not the future
    [e] = merge([m(1, "a", date="2019-06-06", published=None)])
    assert e.modality is None  # no publication date: nothing to compare with
