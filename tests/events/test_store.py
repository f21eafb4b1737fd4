"""Event mentions and merged events in the corpus file: writing, merging, querying, upgrading."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

import detente
from detente.analyze import analyze_stored
from detente.errors import NotFoundError, QueryError
from detente.events.model import EventMention
from detente.events.stage import store as store_events
from detente.store import InputRecord
from detente.store.events import EventFilters
from tests.events import sample


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "events.db"
    ids = sample.build(path)
    return path, ids


def test_event_mentions_are_stored_with_their_sentence(corpus):
    path, ids = corpus
    with detente.open(path, readonly=True) as c:
        rows = c.event_mentions(doc_id=ids["meridian"])
        text = c.get(ids["meridian"]).text
    assert [r["text"] for r in rows] == ["met", "signed", "visit"]
    met = rows[0]
    assert met["id"] == f"{ids['meridian']}:{met['start_char']}-{met['end_char']}:0"
    assert met["sentence"] == sample.MEETING[0] and met["paragraph"] == 0
    assert text[met["source_start"] : met["source_end"]] == "Xi Jinping"
    assert met["n_sources"] == 2 and met["event_id"]
    assert rows[2]["modality"] == "planned" and rows[2]["n_sources"] == 1


def test_merged_events_count_documents_not_copies(corpus):
    path, ids = corpus
    with detente.open(path, readonly=True) as c:
        rows = c.store.events(EventFilters(date_from="2022-02-04", date_to="2022-02-04"))
    assert [(r["category"], r["n_sources"], r["n_mentions"]) for r in rows] == [
        ("CONSULT", 2, 3),
        ("SUPPORT", 2, 3),
    ]
    meeting = rows[0]
    # the canonical document first, its near-duplicate copy, then the other outlet
    assert meeting["doc_ids"] == [ids["meridian"], ids["tribune"], ids["ledger"]]
    assert meeting["evidence"] == sample.MEETING[0] and meeting["evidence_doc"] == ids["meridian"]
    assert (meeting["source_name"], meeting["target_name"]) == ("Xi Jinping", "Vladimir Putin")
    assert meeting["date"] == "2022-02-04" and meeting["date_precision"] == "day"
    # the statement: the date one source states wins over the other's publication date
    assert rows[1]["date_precision"] == "day"


def test_filters(corpus):
    path, _ = corpus
    with detente.open(path, readonly=True) as c:

        def events(**kw):
            return c.store.events(EventFilters(**kw), limit=None)

        assert len(events()) == 9  # done events only
        assert len(events(include_not_done=True)) == 11
        # a country matches its own events and those of its people and bodies
        assert {r["source"] for r in events(source="RUS")} == {
            "RUS", "person:vladimir-putin", "org:gazprom"
        }  # fmt: skip
        assert {r["source"] for r in events(source="person:xi-jinping")} == {"person:xi-jinping"}
        assert events(source="Xi Jinping") == events(source="person:xi-jinping")  # by name
        assert {r["category"] for r in events(target="UKR")} == {"ASSAULT"}
        assert [r["cameo"] for r in events(category="coerce,assault")] == ["190", "163"]
        assert {r["quad_class"] for r in events(quad_class=3)} == {3}
        assert {r["date"][:4] for r in events(date_from="2022", date_to="2022")} == {"2022"}
        assert [r["n_sources"] for r in events(min_sources=2)] == [2, 2]
        both = events(source="CHN", target="RUS", both_directions=True)
        assert len(both) == 6 and len(events(source="CHN", target="RUS")) == 4
        negated = events(source="CHN", category="ACCUSE", include_not_done=True)
        assert [(r["negated"], r["modality"]) for r in negated] == [(True, None)]
        # the year-precise planned visit overlaps any date filter inside 2023
        planned = events(date_from="2023-06", include_not_done=True, source="CHN")
        assert [r["modality"] for r in planned] == ["planned"]


def test_bad_filters_say_what_is_wrong(corpus):
    path, _ = corpus
    with detente.open(path, readonly=True) as c:
        for bad, what in (
            ({"source": "XYZ"}, "detente actor NAME"),
            ({"target": "Putin"}, "did you mean 'person:vladimir-putin'"),
            ({"date_from": "2022-13"}, "YYYY"),
            ({"date_to": "Feb 2022"}, "YYYY"),
            ({"category": "HUG"}, "not one of AGREE"),
            ({"quad_class": 5}, "material conflict"),
        ):
            with pytest.raises((NotFoundError, QueryError), match=what):
                c.store.events(EventFilters(**bad))
        with pytest.raises(QueryError):
            c.store.event_mentions()


def test_a_new_analysis_marks_events_stale_and_the_merge_follows(corpus):
    path, ids = corpus
    with detente.open(path) as c:
        assert not c.store.events_stale()
        doc = c.get(ids["ledger"])
        store_events(doc, [])  # analysed again, nothing found
        c.store.save_analysis([doc])
        assert c.store.events_stale()
        before = c.store.count_events()
        # a read-only corpus cannot merge: it says so
    with detente.open(path, readonly=True) as r:
        assert r.refresh_events() is True
    with detente.open(path) as c:
        assert analyze_stored(c.store).interrupted is False  # merges what changed
        assert not c.store.events_stale()
        after = c.store.events(EventFilters(date_from="2022-02-04", date_to="2022-02-04"))
    assert [r["n_sources"] for r in after] == [1, 1] and c and before == 9


def test_event_ids_are_stable_across_rebuilds(corpus):
    path, _ = corpus
    with detente.open(path) as c:
        first = [(e["id"], e["doc_ids"]) for e in c.store.all_events()]
        assert c.store.rebuild_events() == len(first)
        again = [(e["id"], e["doc_ids"]) for e in c.store.all_events()]
        linked = c.store.db.execute(
            "SELECT count(*) FROM event_mentions WHERE event_id IS NOT NULL"
        ).fetchone()[0]
    assert first == again and linked == 16


def test_corpus_from_schema_5_gets_its_event_layers_stored(tmp_path):
    path = tmp_path / "old.db"
    doc = sample.document("old", "2022-02-04", sample.MEETING, sample.DOCUMENTS[0][3])
    with detente.open(path) as c:
        c.store.save_input(None, InputRecord("old.txt", "x" * 64, "text", "ok"), [doc])
    db = sqlite3.connect(path)  # back to schema 5, the event layer kept in the spans
    db.executescript(
        "DROP TABLE event_mentions; DROP TABLE events; DROP TABLE corpus_state;"
        " DELETE FROM schema_migrations WHERE version = 6;"
    )
    db.close()
    with detente.open(path) as c:
        assert c.store.schema_version() == 6
        assert len(c.event_mentions(doc_id=doc.id)) == 3  # merged on first use
        assert len(c.events()) == 2


def test_a_mention_with_no_actor_is_stored_but_is_no_event(tmp_path):
    doc = sample.document("bare", "2022-02-04", ["Talks were held in Geneva on Friday."], [])
    store_events(doc, [EventMention(start=6, end=10, sentence_start=0, sentence_end=36,
                                    cameo="040", category="CONSULT", quad_class=1,
                                    intensity=1.0)])  # fmt: skip
    with detente.open(tmp_path / "bare.db") as c:
        c.store.save_input(None, InputRecord("bare.txt", "y" * 64, "text", "ok"), [doc])
        assert c.event_mentions(doc_id=doc.id)[0]["event_id"] is None
        assert c.events().empty


def test_rebuild_is_fast_for_a_large_corpus(tmp_path):
    """10,000 documents with 6 event mentions each: the merge after an ingest stays quick."""
    with detente.open(tmp_path / "big.db") as c:
        db = c.store.db
        db.execute("BEGIN")
        countries = ["CHN", "RUS", "USA", "UKR", "IND", "FRA", "DEU", "JPN", "TUR", "IRN"]
        cameos = [("040", "CONSULT"), ("057", "SUPPORT"), ("112", "ACCUSE"), ("163", "COERCE"),
                  ("042", "CONSULT"), ("190", "ASSAULT")]  # fmt: skip
        docs, mentions = [], []
        for i in range(10_000):
            doc_id = f"{i:016x}"
            day = f"20{14 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            docs.append((doc_id, "x", "text", "news", "", "[]", day, "{}", "{}", "[]", "now"))
            for j, (cameo, cat) in enumerate(cameos):
                a, b = countries[(i + j) % 10], countries[(i * 7 + j + 1) % 10]
                sentence = f"Officials of {a} and {b} met on day {i % 300} about topic {j}."
                mentions.append((f"{doc_id}:{j}-{j + 3}:0", doc_id, j, j + 3, "met", 0, 60,
                                 sentence, j, cat, cameo, 1, 1.0, None, f"t{j}", a, a, None, None,
                                 a, None, b, b, None, None, b, None, day, "day", None, None, 0,
                                 None, 1.0, None))  # fmt: skip
        db.executemany(
            "INSERT INTO documents (id, origin, format, kind, text, authors, published, extra,"
            " spans, notes, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            docs,
        )
        db.executemany(f"INSERT INTO event_mentions VALUES ({','.join('?' * 35)})", mentions)
        db.execute("COMMIT")
        start = time.perf_counter()
        n = c.store.rebuild_events()
        took = time.perf_counter() - start
    assert 1000 < n <= 60_000
    print(f"{n} events in {took:.2f} s")
    assert took < 30, f"merging 60,000 mentions took {took:.1f} s"


def test_doc_ids_are_json_in_the_table(corpus):
    path, _ = corpus
    db = sqlite3.connect(path)
    raw = db.execute("SELECT doc_ids FROM events LIMIT 1").fetchone()[0]
    db.close()
    assert isinstance(json.loads(raw), list)


def test_resolving_actors_again_updates_event_sides():
    from detente.analyze import _event_actors
    from detente.document import Document

    doc = Document(text="Beijing warned Washington.", origin="x", format="text", id="d")
    doc.add_span("mentions", 0, 7, "capital", actor="CHN", country="CHN", sector="GOV")
    doc.add_span("mentions", 15, 25, "capital", actor="USA", country="USA")
    store_events(doc, [EventMention(start=8, end=14, sentence_start=0, sentence_end=26,
                                    cameo="130", category="THREATEN", quad_class=3,
                                    intensity=-4.4, source="place:beijing", source_start=0,
                                    source_end=7, target="USA", target_start=15, target_end=25,
                                    target_country="USA", target_sector="GOV")])  # fmt: skip
    _event_actors(doc)
    d = doc.layer("events")[0].data
    assert (d["source"], d["source_country"], d["source_sector"]) == ("CHN", "CHN", "GOV")
    assert (d["target"], d["target_country"]) == ("USA", "USA") and "target_sector" not in d


def test_evidence_offsets_reproduce_the_evidence_exactly(tmp_path):
    text = "  Xi Jinping met Vladimir Putin in Beijing on Friday.  \nMore."
    doc = sample.document("padded", "2022-02-04", [text.split("\n")[0], "More."], [])
    store_events(doc, [EventMention(start=13, end=16, sentence_start=0, sentence_end=text.index("\n"),
                                    cameo="040", category="CONSULT", quad_class=1, intensity=1.0,
                                    source="person:xi-jinping", source_country="CHN",
                                    target="person:vladimir-putin", target_country="RUS",
                                    date="2022-02-04", date_precision="day")])  # fmt: skip
    with detente.open(tmp_path / "padded.db") as c:
        c.store.save_input(None, InputRecord("padded.txt", "p" * 64, "text", "ok"), [doc],
                           sample.actors())  # fmt: skip
        c.analyze()
        e = c.store.events(EventFilters())[0]
        m = c.event_mentions(doc_id=doc.id)[0]
    assert e["evidence"] == "Xi Jinping met Vladimir Putin in Beijing on Friday."
    assert doc.text[e["evidence_start"] : e["evidence_end"]] == e["evidence"]
    assert doc.text[m["sentence_start"] : m["sentence_end"]] == m["sentence"]


def test_reversed_ranges_cameo_prefixes_and_undated_events(corpus):
    path, _ids = corpus
    with detente.open(path, readonly=True) as c:
        with pytest.raises(QueryError, match="reversed"):
            c.store.events(EventFilters(date_from="2024", date_to="2022"))
        c.store.events(EventFilters(date_from="2022-02", date_to="2022-02"))  # one month: fine
        sanctions = c.store.events(EventFilters(cameo="16"))
        assert [e["cameo"] for e in sanctions] == ["163"]
        assert c.store.events(EventFilters(cameo="163,040", include_not_done=True))
        with pytest.raises(QueryError, match="CAMEO"):
            c.store.events(EventFilters(cameo="sanctions"))
    undated = {"date": None, "date_precision": "reported", "doc_ids": "[]", "negated": 0,
               "root": 0}  # fmt: skip
    from detente.store.events import EventStore

    assert EventStore._event(undated)["date_precision"] is None
