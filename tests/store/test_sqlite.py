import sqlite3

import pytest

from detente import dedup
from detente.describe import describe
from detente.document import Document, Venue, content_id
from detente.errors import NotFoundError, QueryError, StoreError
from detente.store import Filters, InputRecord, open_store

PARAS = [
    "Chinese leader Xi Jinping and Russian President Vladimir Putin met in Beijing on Friday.",
    "The two governments released a joint statement declaring that their friendship has no limits.",
    "Officials also signed agreements on gas supplies through a new pipeline from Siberia.",
    "Analysts in Washington said the statement was aimed at the United States and NATO.",
    "The meeting took place hours before the opening ceremony of the Winter Olympics.",
]


def make(text, title="Xi and Putin meet", **kw):
    doc = Document(text=text, origin=kw.pop("origin", "a.html"), format="html", title=title, **kw)
    describe(doc)
    doc.id = content_id(doc.text, doc.title)
    dedup.fingerprint(doc)
    return doc


def save(store, raw, *docs, origin="a.html"):
    import hashlib

    rec = InputRecord(origin, hashlib.sha256(raw).hexdigest(), "html", "ok")
    return store.save_input(raw, rec, list(docs))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "c.db")
    yield s
    s.close()


def test_roundtrip_keeps_metadata_spans_and_raw(store):
    doc = make(
        "\n\n".join(PARAS),
        published="2022-02-04",
        authors=["Jane Doe"],
        doi="10.1080/X",
        venue=Venue(name="Asian Perspective", volume="3"),
        kind="news",
    )
    doc.add_span("captions", 0, 12, "caption", credit="pool")
    save(store, b"<html>original</html>", doc)
    back = store.get(doc.id[:6])
    assert (back.title, back.published, back.authors, back.doi) == (
        "Xi and Putin meet",
        "2022-02-04",
        ["Jane Doe"],
        "10.1080/x",
    )
    assert back.venue == Venue(name="Asian Perspective", volume="3")
    assert back.layer("captions")[0].data == {"credit": "pool"}
    assert "_bands" not in back.extra
    assert store.raw(doc.id) == b"<html>original</html>"
    assert store.has_input(back.raw_sha256)


def test_near_duplicate_is_linked_to_the_first_and_folded_in_search(store):
    first = make("\n\n".join(PARAS * 2))
    second = make(
        "\n\n".join(PARAS * 2 + ["One more paragraph from the wire service."]),
        title="Putin and Xi declare friendship",
        origin="b.txt",
    )
    save(store, b"1", first)
    save(store, b"2", second, origin="b.txt")
    assert store.get(second.id).duplicate_of == first.id
    hits = store.search("pipeline Siberia")
    assert [h.id for h in hits] == [first.id] and hits[0].duplicates == 1
    assert len(store.search("pipeline", Filters(include_duplicates=True))) == 2


def test_exact_duplicate_records_another_origin(store):
    a, b = make("\n".join(PARAS)), make("\n".join(PARAS), origin="copy.html")
    assert len(save(store, b"x", a)) == 1
    assert save(store, b"y", b, origin="copy.html") == []
    assert store.origins(a.id) == ["a.html", "copy.html"]


def test_search_filters_and_snippet(store):
    save(store, b"1", make("\n".join(PARAS), published="2022-02-04", kind="news"))
    save(
        store,
        b"2",
        make(
            "A 2014 gas deal between Gazprom and CNPC worth 400 billion dollars.",
            title="Gas deal",
            published="2014-05",
            kind="scholarly",
        ),
    )
    assert [h.title for h in store.search("gas", Filters(date_from="2020"))] == [
        "Xi and Putin meet"
    ]
    assert [h.title for h in store.search("gas", Filters(date_to="2014-05-31"))] == ["Gas deal"]
    assert [h.title for h in store.search("gas", Filters(kind="scholarly"))] == ["Gas deal"]
    assert "[Gazprom]" in store.search("gazprom")[0].snippet


def test_chinese_is_searchable_by_word(store):
    save(
        store,
        b"zh",
        make("中国和俄罗斯在北京签署了联合声明，双方表示两国友谊没有止境。", title="中俄联合声明"),
    )
    assert store.search("俄罗斯")
    assert store.search("联合声明")


@pytest.mark.parametrize("bad", ['"unbalanced', "AND", "", "title:"])
def test_bad_query_gets_clear_error(store, bad):
    with pytest.raises(QueryError):
        store.search(bad)


def test_bad_date_filter(store):
    with pytest.raises(QueryError, match="YYYY"):
        store.search("gas", Filters(date_from="last week"))


def test_unknown_id(store):
    with pytest.raises(NotFoundError):
        store.get("ffff")
    with pytest.raises(NotFoundError):
        store.get("../etc/passwd")


def test_refuses_files_that_are_not_corpora(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a detente corpus"):
        open_store(tmp_path / "notes.txt")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table x (a)").connection.commit()
    with pytest.raises(StoreError, match="not a detente corpus"):
        open_store(other)
    with pytest.raises(StoreError, match="no such corpus"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_reopen_does_not_migrate_twice(tmp_path):
    from detente.store.sqlite import migrations

    latest = migrations()[-1][0]
    open_store(tmp_path / "c.db").close()
    s = open_store(tmp_path / "c.db")
    assert s.schema_version() == latest
    assert s.db.execute("select count(*) from schema_migrations").fetchone()[0] == latest


def test_corpus_of_an_older_schema_is_upgraded_in_place(tmp_path, monkeypatch):
    from detente.store import sqlite as store_sqlite

    every = store_sqlite.migrations()
    monkeypatch.setattr(store_sqlite, "migrations", lambda: every[:1])
    old = open_store(tmp_path / "c.db")
    with old.transaction() as db:  # a document as detente 0.1 (schema 1) stored it
        db.execute(
            "INSERT INTO documents (id, origin, format, kind, title, text, ingested_at)"
            " VALUES ('00000000000000aa', 'a.html', 'html', 'news', 'Sanctions talk', ?, 'now')",
            ("\n\n".join(PARAS),),
        )
        db.execute(
            "INSERT INTO documents_fts (rowid, title, body) VALUES (last_insert_rowid(), ?, ?)",
            ("Sanctions talk", "\n\n".join(PARAS)),
        )
    assert old.schema_version() == 1 and not old.search("sanction")  # v1: no stemming
    old.close()
    monkeypatch.setattr(store_sqlite, "migrations", lambda: every)
    new = open_store(tmp_path / "c.db")
    assert new.schema_version() == every[-1][0]
    assert [h.title for h in new.search("sanction")] == ["Sanctions talk"]  # title, stemmed
    assert new.search("friendships")  # body rows were carried over
    assert new.count_needing_analysis(1) == 1  # and it will be analysed


def test_search_stems_english_and_russian(store):
    save(store, b"en", make("\n\n".join(PARAS), title="Xi and Putin meet"))
    save(
        store,
        b"ru",
        make(
            "Поставки «Газпрома» в Китай начались в понедельник. Контракт с «Газпромом» "
            "подписали в Шанхае в 2014 году после десяти лет переговоров.",
            title="«Сила Сибири» запущена",
            origin="b.html",
        ),
    )
    assert [h.title for h in store.search("agreement")] == ["Xi and Putin meet"]
    assert [h.title for h in store.search("Газпром")] == ["«Сила Сибири» запущена"]
    assert store.search("переговоры") and store.search("Шанхай")
    assert store.search('"Сила Сибири"')  # a phrase is matched as written
    assert store.search("Xi-Putin OR Газпром")  # a hyphenated word is searched as a phrase


def test_snapshot_does_not_see_later_writes(tmp_path):
    first = open_store(tmp_path / "c.db")
    save(first, b"one", make("\n\n".join(PARAS), title="One"))
    reader = open_store(tmp_path / "c.db", readonly=True)
    with reader.snapshot():
        save(first, b"two", make("Something else entirely. " * 30, title="Two", origin="b.html"))
        assert reader.count(Filters(include_duplicates=True)) == 1
    assert reader.count(Filters(include_duplicates=True)) == 2
    reader.close()
    first.close()
