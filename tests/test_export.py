"""The export format detente/1 (../shared/spec/export-v1.md, docs/export.md), read back the way
users read it: pandas, DuckDB, pyarrow, and the CLI."""

import contextlib
import csv
import json
import math
import re
import shutil
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente import export as export_mod
from detente.cli import app
from detente.document import Document, Venue
from detente.errors import ConfigError, DetenteError

pd = pytest.importorskip("pandas")

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = ("documents", "actors", "quotes", "events", "event_mentions", "mentions", "timexes")
FORMATS = ("jsonl", "csv", "parquet")
SPEC_COLUMNS = {  # the minimum the spec asks for, per table
    "documents": "id origin kind title authors published publisher venue doi language text "
    "abstract duplicate_of extra",
    "actors": "id name type country sector aliases roles",
    "quotes": "id doc_id text kind speaker speaker_actor speaker_description cue start end",
    "events": "id doc_ids date date_precision source source_country target_country "
    "source_sector target_sector target category mode cameo intensity quad_class evidence "
    "confidence",
}
STORY = "Xi and Putin declare a friendship without limits"
COPY = "Putin and Xi sign joint statement"
GAS = "Gazprom and CNPC sign a thirty-year gas deal"
DOI = "10.5555/cr.2020.42"
VENUE = {
    "name": "Review of Pretend Polar Affairs",
    "volume": "7",
    "issue": "1",
    "pages": "1-22",
    "issn": "4567-8901",
}

runner = CliRunner()


@pytest.fixture
def db(story_dir, tmp_path):
    """A news story, its near-duplicate, an undated text and a scholarly work with a venue
    (stored only: the actor tables stay empty here; see test_actors_and_mentions_export)."""
    shutil.copy(FIXTURES / "scholarly" / "crossref_work.json", story_dir / "work.json")
    path = tmp_path / "c.db"
    with detente.open(path) as c:
        report = c.ingest(story_dir, workers=0, analyze=False)
        assert (report.added, report.near_duplicates) == (4, 1), report
    return path


def export(db, out, fmt):
    with detente.open(db, readonly=True) as c:
        return c.export(out, fmt)


def read(out, table, fmt):
    path = out / f"{table}.{fmt}"
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    if fmt == "csv":
        return pd.read_csv(path, dtype=str)
    return pd.read_parquet(path)


def as_list(value):
    if isinstance(value, str):  # CSV: JSON text
        value = json.loads(value)
    return list(value)


def as_object(value):
    if isinstance(value, str):  # CSV (and Parquet for extra): JSON text
        value = json.loads(value)
    return None if value is None or value is pd.NA else dict(value)


def missing(value):
    return value is None or (not isinstance(value, list | dict) and pd.isna(value))


@pytest.mark.parametrize("fmt", FORMATS)
def test_documents_read_back_with_pandas(db, tmp_path, fmt):
    out = tmp_path / "out"
    counts = export(db, out, fmt)
    assert counts == dict.fromkeys(TABLES, 0) | {"documents": 4}
    docs = read(out, "documents", fmt)
    assert len(docs) == 4
    assert set(SPEC_COLUMNS["documents"].split()) <= set(docs.columns)
    assert list(docs.columns)[:2] == ["schema", "id"]
    assert set(docs["schema"]) == {"detente/1"}
    assert docs["id"].is_unique and all(len(i) == 16 for i in docs["id"])
    by_title = {r["title"]: r for r in docs.to_dict("records")}

    story, copy, gas = by_title[STORY], by_title[COPY], by_title[GAS]
    [paper] = [r for r in by_title.values() if r["doi"] == DOI]
    # authors: a list of people, in every format
    assert as_list(story["authors"]) == ["Jane Doe"]
    assert as_list(gas["authors"]) == []
    assert as_list(paper["authors"]) == ["Elena Kuznetsova", "Chen Hao"]
    # published: ISO text; null (not a guess) for the undated document
    assert story["published"] == "2022-02-04" and isinstance(story["published"], str)
    assert paper["published"] == "2020-04-30"
    assert missing(gas["published"])
    # venue: an object / struct for the scholarly work, null elsewhere
    assert as_object(paper["venue"]) == VENUE
    assert missing(story["venue"]) and missing(gas["venue"])
    # the near-duplicate points at its canonical document, which is exported too
    assert story["duplicate_of"] == copy["id"]
    assert all(missing(r["duplicate_of"]) for r in (copy, gas, paper))
    # extra: an object (JSON text in CSV and Parquet)
    assert as_object(paper["extra"])["citation_count"] == 9
    assert as_list(gas["notes"]) == ["no publication date stated"]
    assert paper["publisher"] == "Pretend Publishing House" and missing(gas["publisher"])
    assert "Power of Siberia" in gas["text"] and gas["language"] == "en"
    assert {r["kind"] for r in by_title.values()} <= {
        "news",
        "scholarly",
        "statement",
        "transcript",
        "other",
    }


def test_same_rows_in_every_format_and_stable_ids(db, story_dir, tmp_path):
    frames = {}
    for fmt in FORMATS:
        export(db, tmp_path / fmt, fmt)
        frames[fmt] = read(tmp_path / fmt, "documents", fmt).set_index("id").sort_index()
    jsonl, csv_, parquet = frames["jsonl"], frames["csv"], frames["parquet"]
    assert list(jsonl.columns) == list(csv_.columns) == list(parquet.columns)
    assert list(jsonl.index) == list(csv_.index) == list(parquet.index)
    for col in ("title", "text", "origin", "kind", "language", "doi", "duplicate_of"):
        j, c, p = (f[col].where(f[col].notna(), None).tolist() for f in frames.values())
        assert j == c == p, col
    # ids are content-derived: a fresh corpus from the same input exports the same ids
    with detente.open(tmp_path / "again.db") as c:
        c.ingest(story_dir, workers=0)
        c.export(tmp_path / "again", "jsonl")
    again = read(tmp_path / "again", "documents", "jsonl").set_index("id").sort_index()
    assert list(again.index) == list(jsonl.index)
    assert again["duplicate_of"].tolist() == jsonl["duplicate_of"].tolist()


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_tables_are_written(db, tmp_path, fmt):
    out = tmp_path / "out"
    export(db, out, fmt)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in TABLES)
    for table in TABLES[1:]:
        frame = read(out, table, fmt)
        assert len(frame) == 0
        if fmt == "jsonl":
            assert (out / f"{table}.jsonl").read_bytes() == b""  # no row, so no columns
            continue
        names = [c for c, _ in export_mod.TABLES[table]]
        assert list(frame.columns) == names
        if table in SPEC_COLUMNS:
            assert set(SPEC_COLUMNS[table].split()) <= set(names)


def test_parquet_types(db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    export(db, tmp_path, "parquet")
    docs = pq.read_table(tmp_path / "documents.parquet")
    schema = docs.schema
    assert schema.field("authors").type == pa.list_(pa.string())
    assert schema.field("notes").type == pa.list_(pa.string())
    assert pa.types.is_struct(schema.field("venue").type)
    assert [f.name for f in schema.field("venue").type] == list(VENUE)
    assert schema.field("published").type == pa.string()
    assert schema.metadata[b"detente.schema"] == b"detente/1"
    events = pq.read_table(tmp_path / "events.parquet").schema
    assert events.field("doc_ids").type == pa.list_(pa.string())
    assert events.field("intensity").type == pa.float64()
    assert events.field("quad_class").type == pa.int64()
    actors = pq.read_table(tmp_path / "actors.parquet").schema
    roles = actors.field("roles").type
    assert pa.types.is_list(roles) and [f.name for f in roles.value_type] == [
        "title",
        "organization",
        "country",
        "sector",
        "start",
        "end",
    ]
    quotes = pq.read_table(tmp_path / "quotes.parquet").schema
    assert quotes.field("start").type == pa.int64()


@pytest.mark.parametrize("fmt", FORMATS)
def test_duckdb_reads_the_export(db, tmp_path, fmt):
    duckdb = pytest.importorskip("duckdb")
    export(db, tmp_path, fmt)
    con = duckdb.connect()
    path = str(tmp_path / f"documents.{fmt}")
    rows = con.execute(
        "SELECT schema, count(*), count(duplicate_of), count(published) "
        "FROM read_" + {"jsonl": "json", "csv": "csv", "parquet": "parquet"}[fmt] + "(?) "
        "GROUP BY schema",
        [path],
    ).fetchall()
    assert rows == [("detente/1", 4, 1, 3)]
    if fmt == "parquet":
        authors, venue, citations = con.execute(
            "SELECT authors, venue, extra->>'citation_count' FROM read_parquet(?) WHERE doi = ?",
            [path, DOI],
        ).fetchone()
        assert authors == ["Elena Kuznetsova", "Chen Hao"] and venue == VENUE
        assert citations == "9"
        described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [path]).fetchall()
        types = {r[0]: r[1] for r in described}
        assert types["extra"] == "JSON" and types["authors"] == "VARCHAR[]"
        empty = str(tmp_path / "events.parquet")
        query = "SELECT count(*) FROM read_parquet(?) WHERE category = 'AGREE'"
        assert con.execute(query, [empty]).fetchone() == (0,)
    elif fmt == "jsonl":
        authors, venue = con.execute(
            "SELECT authors, venue FROM read_json(?) WHERE doi = ?", [path, DOI]
        ).fetchone()
        assert authors == ["Elena Kuznetsova", "Chen Hao"] and venue == VENUE
    else:
        authors = con.execute(
            "SELECT authors::JSON->>'$[0]' FROM read_csv(?) WHERE doi = ?", [path, DOI]
        ).fetchone()
        assert authors == ("Elena Kuznetsova",)
        header = con.execute(
            "SELECT * FROM read_csv(?, header = true, all_varchar = true)",
            [str(tmp_path / "events.csv")],
        )
        assert [d[0] for d in header.description][:3] == ["schema", "id", "doc_ids"]


def test_output_folder_created_and_export_replaced(db, story_dir, tmp_path):
    out = tmp_path / "a" / "b" / "out"
    export(db, out, "csv")
    assert len(read(out, "documents", "csv")) == 4
    (out / "notes.txt").write_text("mine")
    # a smaller corpus exported into the same folder replaces the tables, not the other files
    (story_dir / "work.json").unlink()
    with detente.open(tmp_path / "small.db") as c:
        c.ingest(story_dir, workers=0)
        assert c.export(out, "csv")["documents"] == 3
    assert len(read(out, "documents", "csv")) == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["notes.txt", *(f"{t}.csv" for t in TABLES)]
    )
    assert (out / "notes.txt").read_text() == "mine"


def test_bad_format_and_bad_out_are_clear_errors(db, tmp_path):
    with pytest.raises(ConfigError, match=r"unknown export format 'xlsx'.*jsonl, csv, parquet"):
        export(db, tmp_path / "o", "xlsx")
    assert not (tmp_path / "o").exists()
    assert export(db, tmp_path / "o", "Parquet")["documents"] == 4  # case does not matter
    assert (tmp_path / "o" / "documents.parquet").exists()
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep me")
    with pytest.raises(ConfigError, match="existing file, not a folder"):
        export(db, a_file, "jsonl")
    with pytest.raises(ConfigError, match="cannot create the output folder"):
        export(db, a_file / "sub", "jsonl")
    assert a_file.read_text() == "keep me"


class FakeCorpus:
    """Stands in for a Corpus: yields documents lazily, optionally failing part-way."""

    def __init__(self, docs, fail_after=None):
        self.docs, self.fail_after = docs, fail_after

    def snapshot(self):
        return contextlib.nullcontext()

    def actor_records(self):
        return iter(())

    def timex_records(self):
        return iter(())

    def quote_records(self):
        return iter(())

    def event_records(self):
        return iter(())

    def event_mention_records(self):
        return iter(())

    def mentions(self):
        return iter(())

    def documents(self, include_duplicates=True):
        for i, doc in enumerate(self.docs):
            if i == self.fail_after:
                raise DetenteError("corpus went away")
            yield doc() if callable(doc) else doc


def make_doc(i, size=100):
    text = f"document {i} " + "x" * size
    return Document(text=text, origin=f"gen/{i}.txt", format="text", id=f"{i:016x}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failed_export_leaves_the_previous_one_intact(tmp_path, fmt):
    out = tmp_path / "out"
    first = FakeCorpus([make_doc(i) for i in range(3)])
    export_mod.export(first, out, fmt)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = FakeCorpus([make_doc(i) for i in range(10)], fail_after=7)
    with pytest.raises(DetenteError, match="corpus went away"):
        export_mod.export(broken, out, fmt)
    after = {p.name: p.read_bytes() for p in out.iterdir()}  # hidden temporary files too
    assert after == before


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_streams_in_constant_memory(tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(export_mod, "PARQUET_BATCH_ROWS", 100)
    n, size = 2000, 10_000  # 20 MB of text, made one document at a time
    docs = [lambda i=i: make_doc(i, size) for i in range(n)]
    tracemalloc.start()
    try:
        counts = export_mod.export(FakeCorpus(docs), tmp_path, fmt)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert counts["documents"] == n
    assert peak < 8_000_000, f"peak {peak} bytes for {n * size} bytes of text"
    assert len(read(tmp_path, "documents", fmt)) == n


def test_values_are_normalized_to_their_column_types(tmp_path):
    odd = Document(
        text="line\u2028separator\x85and\u2029more",
        origin="odd.txt",
        format="text",
        id="00000000000000aa",
        authors=["A. Author", None],  # type: ignore[list-item]
        venue=Venue(),  # nothing known: null, not an object of nulls
        extra={"score": math.nan, "nested": {"inf": math.inf}, "ok": 1.5},
    )
    export_mod.export(FakeCorpus([odd]), tmp_path, "jsonl")
    raw = (tmp_path / "documents.jsonl").read_text(encoding="utf-8")
    assert len(raw.splitlines()) == 1  # no raw line separators inside a JSONL line
    row = json.loads(raw)
    assert row["text"] == odd.text and row["authors"] == ["A. Author"]
    assert row["venue"] is None
    assert row["extra"] == {"score": None, "nested": {"inf": None}, "ok": 1.5}
    export_mod.export(FakeCorpus([odd]), tmp_path, "csv")
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as fh:
        [rec] = list(csv.DictReader(fh))
    assert rec["text"] == odd.text and json.loads(rec["extra"])["score"] is None
    assert rec["venue"] == "" and rec["published"] == ""
    export_mod.export(FakeCorpus([odd]), tmp_path, "parquet")
    [prow] = pd.read_parquet(tmp_path / "documents.parquet").to_dict("records")
    assert prow["text"] == odd.text and prow["venue"] is None
    assert json.loads(prow["extra"])["nested"] == {"inf": None}


def test_future_tables_are_written_in_their_types(tmp_path, monkeypatch):
    """Rows a later stage produces (actors here) get the same treatment as documents."""
    actor = {
        "id": "person:xi-jinping",
        "name": "Xi Jinping",
        "type": "person",
        "country": "CHN",
        "sector": "GOV",
        "aliases": ["习近平", "Xi"],
        "roles": [{"title": "President", "country": "CHN", "start": "2013-03-14"}],
    }
    monkeypatch.setitem(export_mod.PRODUCERS, "actors", lambda corpus: iter([actor]))
    for fmt in FORMATS:
        export_mod.export(FakeCorpus([]), tmp_path / fmt, fmt)
    role = {"title": "President", "organization": None, "country": "CHN", "sector": None}
    role |= {"start": "2013-03-14", "end": None}
    j = read(tmp_path / "jsonl", "actors", "jsonl").to_dict("records")[0]
    assert j["schema"] == "detente/1" and j["aliases"] == ["习近平", "Xi"] and j["roles"] == [role]
    c = read(tmp_path / "csv", "actors", "csv").to_dict("records")[0]
    assert json.loads(c["aliases"]) == ["习近平", "Xi"] and json.loads(c["roles"]) == [role]
    p = read(tmp_path / "parquet", "actors", "parquet").to_dict("records")[0]
    assert list(p["aliases"]) == ["习近平", "Xi"] and [dict(r) for r in p["roles"]] == [role]
    assert p["sector"] == "GOV" and p["schema"] == "detente/1"


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export(db, tmp_path, fmt):
    out = tmp_path / "cli"
    res = runner.invoke(app, ["export", "--db", str(db), "--out", str(out), "--format", fmt])
    assert res.exit_code == 0, res.output
    assert "documents 4" in res.stdout and "events 0" in res.stdout
    assert len(read(out, "documents", fmt)) == 4
    assert {p.name for p in out.iterdir()} == {f"{t}.{fmt}" for t in TABLES}


def test_cli_export_errors(db, tmp_path):
    res = runner.invoke(
        app, ["export", "--db", str(db), "--out", str(tmp_path / "o"), "--format", "xml"]
    )
    assert res.exit_code == 2 and "unknown export format" in res.stderr
    a_file = tmp_path / "taken"
    a_file.write_text("")
    res = runner.invoke(app, ["export", "--db", str(db), "--out", str(a_file)])
    assert res.exit_code == 2 and "not a folder" in res.stderr
    assert "Traceback" not in res.output


def test_a_write_error_is_a_clear_error_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    def disk_full(path, columns, rows):
        path.write_text('{"schema": "detente/1", "id": "0')
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export_mod.WRITERS, "jsonl", disk_full)
    with pytest.raises(DetenteError, match=r"cannot write the export into .*No space left"):
        export_mod.export(FakeCorpus([make_doc(1)]), tmp_path / "out", "jsonl")
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_actors_and_mentions_export(story_dir, tmp_path, fmt):
    with detente.open(tmp_path / "a.db") as c:
        c.ingest(story_dir, workers=0)
        counts = c.export(tmp_path / "out", fmt)
    assert counts["actors"] > 3 and counts["mentions"] > counts["actors"]
    actors = read(tmp_path / "out", "actors", fmt).set_index("id")
    xi = actors.loc["person:xi-jinping"]
    assert (xi["type"], xi["country"], xi["sector"]) == ("person", "CHN", "GOV")
    assert actors.loc["CHN", "type"] == "country"
    mentions = read(tmp_path / "out", "mentions", fmt)
    docs = read(tmp_path / "out", "documents", fmt).set_index("id")
    for m in mentions.to_dict("records"):  # every mention points into its document's text
        assert docs.loc[m["doc_id"], "text"][int(m["start"]) : int(m["end"])] == m["text"]
    assert set(mentions["actor_id"].dropna()) <= set(actors.index)


@pytest.fixture(scope="module")
def events_db(tmp_path_factory):
    from tests.events import sample

    path = tmp_path_factory.mktemp("events-export") / "e.db"
    return path, sample.build(path)


def as_bool(value):
    return value if isinstance(value, bool) else {"true": True, "false": False}[value]


@pytest.mark.parametrize("fmt", FORMATS)
def test_events_and_event_mentions_export(events_db, tmp_path, fmt):
    path, ids = events_db
    with detente.open(path, readonly=True) as c:
        counts = c.export(tmp_path, fmt)
    assert (counts["events"], counts["event_mentions"]) == (11, 16)
    events = read(tmp_path, "events", fmt)
    assert set(SPEC_COLUMNS["events"].split()) <= set(events.columns)
    assert {"n_sources", "n_mentions", "negated", "modality", "evidence_doc"} <= set(events)
    meeting = events[(events["category"] == "CONSULT") & (events["date"] == "2022-02-04")]
    [row] = meeting.to_dict("records")
    assert as_list(row["doc_ids"]) == [ids["meridian"], ids["tribune"], ids["ledger"]]
    assert int(row["n_sources"]) == 2 and float(row["intensity"]) == 1.0
    assert int(row["quad_class"]) == 1 and row["source"] == "person:xi-jinping"
    assert row["evidence"].startswith("Chinese leader Xi Jinping and Russian President")
    not_done = [r for r in events.to_dict("records")
                if as_bool(r["negated"]) or not missing(r["modality"])]  # fmt: skip
    assert len(not_done) == 2
    mentions = read(tmp_path, "event_mentions", fmt)
    docs = read(tmp_path, "documents", fmt).set_index("id")
    for m in mentions.to_dict("records"):  # predicates point into their document's text
        assert docs.loc[m["doc_id"], "text"][int(m["start"]) : int(m["end"])] == m["text"]
    assert set(mentions["event_id"]) <= set(events["id"])


def test_gdelt_csv(events_db, tmp_path):
    path, ids = events_db
    res = runner.invoke(app, ["export", "--db", str(path), "--out", str(tmp_path), "--gdelt"])
    assert res.exit_code == 0, res.output
    assert "events.gdelt 9" in res.stdout  # done and dated events only
    gdelt = pd.read_csv(tmp_path / "events.gdelt.csv", dtype=str)
    assert list(gdelt.columns[:5]) == ["GlobalEventID", "SQLDATE", "MonthYear", "Year",
                                       "FractionDate"]  # fmt: skip
    assert list(gdelt.columns[57:58]) == ["SOURCEURL"] and len(gdelt.columns) > 58
    sanctions = gdelt[gdelt["EventCode"] == "163"].to_dict("records")[0]
    assert sanctions["SQLDATE"] == "20220226" and sanctions["Actor1Code"] == "USA"
    assert (sanctions["EventBaseCode"], sanctions["EventRootCode"]) == ("163", "16")
    assert sanctions["QuadClass"] == "4" and float(sanctions["GoldsteinScale"]) == -8.0
    assert sanctions["Actor2CountryCode"] == "RUS" and sanctions["SOURCEURL"] == "wire.txt"
    meeting = gdelt[(gdelt["EventCode"] == "040") & (gdelt["SQLDATE"] == "20220204")]
    [m] = meeting.to_dict("records")
    assert (m["Actor1Code"], m["Actor1Name"], m["Actor1Type1Code"]) == ("CHNGOV", "XI JINPING",
                                                                        "GOV")  # fmt: skip
    assert (m["NumMentions"], m["NumSources"], m["NumArticles"]) == ("3", "2", "3")
    assert m["IsRootEvent"] == "1" and m["DocIDs"].split(";")[0] == ids["meridian"]
    assert len(set(gdelt["GlobalEventID"])) == len(gdelt)
    planned = gdelt[gdelt["PLOVERCategory"] == "CONSULT"]
    assert "2023" not in set(planned["Year"])  # the planned visit is not in the GDELT table


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # a week across two months: its year; in one month: its month
        ({"date": "2022-W05", "date_precision": "week", "date_min": "2022-01-31",
          "date_max": "2022-02-06"}, ("2022", "year", "2022-W05")),
        ({"date": "2022-W06", "date_precision": "week", "date_min": "2022-02-07",
          "date_max": "2022-02-13"}, ("2022-02", "month", "2022-W06")),
        # across two years: the year of its Thursday
        ({"date": "2020-W53", "date_precision": "week", "date_min": "2020-12-28",
          "date_max": "2021-01-03"}, ("2020", "year", "2020-W53")),
        ({"date": "2022-02-04", "date_precision": "day", "date_min": "2022-02-04",
          "date_max": "2022-02-04"}, ("2022-02-04", "day", None)),
        ({"date": None, "date_precision": "reported", "date_min": None, "date_max": None},
         (None, None, None)),
    ],
)  # fmt: skip
def test_event_dates_are_exported_within_the_spec(event, expected):
    from detente.export import spec_date

    got = spec_date(event)
    assert (got["date"], got["date_precision"], got["date_week"]) == expected
    if got["date"]:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", got["date"])
        assert got["date_precision"] in ("day", "month", "year", "reported")


def test_week_events_export_with_date_week(tmp_path):
    from detente.export import event_rows

    class Fake:
        def event_records(self):
            yield {"id": "e1", "date": "2022-W06", "date_precision": "week",
                   "date_min": "2022-02-07", "date_max": "2022-02-13"}  # fmt: skip

    (row,) = event_rows(Fake())
    assert (row["date"], row["date_precision"], row["date_week"]) == ("2022-02", "month",
                                                                      "2022-W06")  # fmt: skip
