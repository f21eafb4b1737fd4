import csv
import json

import pytest
from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()


@pytest.fixture
def db(story_dir, tmp_path):
    path = str(tmp_path / "c.db")
    result = runner.invoke(app, ["ingest", str(story_dir), "--db", path])
    assert result.exit_code == 0, result.output
    assert "3 documents added (1 near-duplicates linked)" in result.output
    return path


def test_search_show_raw_stats(db):
    res = runner.invoke(app, ["search", "gas", "--db", db, "--json"])
    hits = json.loads(res.stdout)
    assert res.exit_code == 0 and hits and all("snippet" in h for h in hits)
    gas = next(h for h in hits if h["title"].startswith("Gazprom"))
    shown = runner.invoke(app, ["show", gas["id"][:8], "--db", db])
    assert "Power of Siberia" in shown.stdout and "no publication date stated" in shown.stdout
    raw = runner.invoke(app, ["show", gas["id"], "--db", db, "--raw"])
    assert raw.stdout.startswith("Gazprom and CNPC sign")
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert stats["canonical"] == 2 and stats["near_duplicates"] == 1


def test_search_errors_are_clear(db):
    res = runner.invoke(app, ["search", '"unbalanced', "--db", db])
    assert res.exit_code == 2 and "cannot search" in res.stderr
    res = runner.invoke(app, ["search", "gas", "--from", "yesterday", "--db", db])
    assert res.exit_code == 2 and "YYYY" in res.stderr
    res = runner.invoke(app, ["show", "abcdef12", "--db", db])
    assert res.exit_code == 2 and "no document" in res.stderr


def test_missing_corpus_is_not_created_by_readers(tmp_path):
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "nope.db")])
    assert res.exit_code == 2 and "no such corpus" in res.stderr
    assert not (tmp_path / "nope.db").exists()


def test_ingest_exit_status_and_json_report(tmp_path, story_dir):
    (story_dir / "empty.html").write_bytes(b"")
    res = runner.invoke(app, ["ingest", str(story_dir), "--db", str(tmp_path / "c.db"), "--json"])
    assert res.exit_code == 1
    report = json.loads(res.stdout)
    assert report["added"] == 3 and report["failed"][0]["reason"] == "empty file"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_every_table(db, tmp_path, fmt):
    out = tmp_path / "out"
    res = runner.invoke(app, ["export", "--db", db, "--out", str(out), "--format", fmt])
    assert res.exit_code == 0, res.output
    for table in ("documents", "actors", "quotes", "events", "mentions", "timexes"):
        assert (out / f"{table}.{fmt}").exists()
    if fmt == "jsonl":
        rows = [json.loads(line) for line in (out / "documents.jsonl").open()]
        events = [json.loads(line) for line in (out / "events.jsonl").open()]
        assert all(set(e["doc_ids"]) <= {r["id"] for r in rows} for e in events)
    elif fmt == "csv":
        rows = list(csv.DictReader((out / "documents.csv").open()))
        for r in rows:
            r["authors"] = json.loads(r["authors"])
        assert next(csv.reader((out / "events.csv").open()))[:3] == ["schema", "id", "doc_ids"]
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out / "documents.parquet").to_pylist()
        assert "quad_class" in pq.read_table(out / "events.parquet").column_names
    assert len(rows) == 3 and {r["schema"] for r in rows} == {"detente/1"}
    dup = [r for r in rows if r["duplicate_of"]]
    assert len(dup) == 1 and dup[0]["duplicate_of"] in {r["id"] for r in rows}
    assert any(r["authors"] == ["Jane Doe"] for r in rows)


def test_export_rejects_unknown_format(db, tmp_path):
    res = runner.invoke(
        app, ["export", "--db", db, "--out", str(tmp_path / "o"), "--format", "xlsx"]
    )
    assert res.exit_code == 2 and "unknown export format" in res.stderr
