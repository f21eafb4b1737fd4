"""detente events, dyad, timeline, and events in show (over a corpus whose event layers are
filled by hand: tests/events/sample.py)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from tests.events import sample

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-events") / "e.db"
    ids = sample.build(path)
    return str(path), ids


def run(db, *args):
    res = runner.invoke(app, [*args, "--db", db])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_events_json_and_filters(db):
    path, ids = db
    rows = json.loads(run(path, "events", "--json"))
    assert len(rows) == 9 and all(r["modality"] is None and not r["negated"] for r in rows)
    assert len(json.loads(run(path, "events", "--all", "--json"))) == 11
    us = json.loads(run(path, "events", "--source", "usa", "--target", "RUS", "--json"))
    assert [(r["category"], r["cameo"], r["date"]) for r in us] == [("COERCE", "163", "2022-02-26")]
    two = json.loads(run(path, "events", "--min-sources", "2", "--json"))
    assert [r["doc_ids"] for r in two] == [[ids["meridian"], ids["tribune"], ids["ledger"]]] * 2
    q4 = json.loads(run(path, "events", "--quad", "4", "--from", "2022-02", "--to", "2022-02",
                        "--json"))  # fmt: skip
    assert {r["category"] for r in q4} == {"ASSAULT", "COERCE"}
    assert len(json.loads(run(path, "events", "--limit", "2", "--json"))) == 2


def test_events_text_output(db):
    path, ids = db
    out = run(path, "events", "--all", "--source", "CHN", "--category", "ACCUSE,CONSULT")
    assert "not ACCUSE  China → Russia" in out  # negated, shown with --all
    assert "planned CONSULT  Xi Jinping (CHN) → Russia" in out
    assert "2023 (year)" in out
    assert "China did not condemn the invasion" in out
    assert ids["meridian"][:8] in out


def test_timeline(db):
    path, ids = db
    out = run(path, "timeline", "CHN", "RUS", "--min-sources", "2")
    lines = out.splitlines()
    assert lines[0].startswith("2022-02-04  CONSULT  Xi Jinping (CHN) → Vladimir Putin (RUS)")
    assert "2 sources" in lines[0]
    assert lines[1].strip() == sample.MEETING[0]
    # 2 sources, 3 documents: the copy is marked so the count and the list agree
    assert lines[2].split() == [ids["meridian"][:8], ids["tribune"][:8], "(copy)",
                                ids["ledger"][:8]]  # fmt: skip
    rows = json.loads(run(path, "timeline", "RUS", "CHN", "--from", "2014", "--to", "2019",
                          "--json"))  # fmt: skip
    assert [r["date"] for r in rows] == ["2014-05-21", "2014-05-21", "2019-06-05"]
    assert "no events between CHN and USA" in run(path, "timeline", "CHN", "USA")


def test_dyad(db):
    path, _ = db
    out = run(path, "dyad", "CHN", "RUS", "--by", "year")
    assert "verbal coop." in out and "mean intensity" in out
    row = next(line for line in out.splitlines() if line.strip().startswith("2022"))
    assert row.split()[:7] == ["2022", "2", "0", "0", "0", "2", "+4.5"]
    assert "█" in row
    assert "2014 … 2023:" in out and "years without events not shown" in out
    data = json.loads(run(path, "dyad", "RUS", "UKR", "--by", "quarter", "--json"))
    assert data["by"] == "quarter" and data["periods"][0]["period"] == "2022-Q1"
    assert data["periods"][0]["material_conflict"] == 1
    assert data["periods"][0]["mean_intensity"] == -10.0
    assert data["periods"][1]["mean_intensity"] is None  # a quarter with no events


def test_errors(db):
    path, _ = db
    res = runner.invoke(app, ["dyad", "CHN", "XYZ", "--db", path])
    assert res.exit_code == 2 and "unknown actor 'XYZ'" in res.stderr
    assert "detente actor NAME" in res.stderr
    res = runner.invoke(app, ["timeline", "CHN", "RUS", "--from", "2022-02-30", "--db", path])
    assert res.exit_code == 2 and "YYYY" in res.stderr
    res = runner.invoke(app, ["events", "--category", "HUG", "--db", path])
    assert res.exit_code == 2 and "not one of AGREE" in res.stderr
    res = runner.invoke(app, ["dyad", "CHN", "RUS", "--by", "week", "--db", path])
    assert res.exit_code == 2 and "month, quarter, year" in res.stderr


@pytest.mark.parametrize(
    "command", [["events"], ["timeline", "CHN", "RUS"], ["dyad", "CHN", "RUS"]]
)
def test_a_reversed_date_range_is_an_error_not_no_events(db, command):
    path, _ = db
    res = runner.invoke(app, [*command, "--from", "2024", "--to", "2022", "--db", path])
    assert res.exit_code == 2 and "reversed" in res.stderr and "no events" not in res.stdout


def test_a_limit_that_cuts_the_list_says_how_many_more(db):
    path, _ = db
    out = run(path, "events", "--limit", "2")
    assert out.splitlines()[-1] == "… 7 more; use --limit"
    assert "more; use --limit" not in run(path, "events")  # all 9 shown
    out = run(path, "timeline", "CHN", "--limit", "1")
    assert out.splitlines()[-1].endswith("more; use --limit")
    res = runner.invoke(app, ["events", "--limit", "2", "--json", "--db", path])
    assert len(json.loads(res.stdout)) == 2 and "7 more events match" in res.stderr


def test_events_by_cameo_prefix(db):
    path, _ = db
    rows = json.loads(run(path, "events", "--cameo", "16", "--json"))
    assert [(r["category"], r["cameo"]) for r in rows] == [("COERCE", "163")]  # sanctions
    assert json.loads(run(path, "events", "--cameo", "163", "--json")) == rows
    res = runner.invoke(app, ["events", "--cameo", "x1", "--db", path])
    assert res.exit_code == 2 and "CAMEO" in res.stderr


def test_show_lists_the_documents_events(db):
    path, ids = db
    out = json.loads(run(path, "show", ids["meridian"][:8], "--json"))
    assert out["events"][0] == (
        "met: person:xi-jinping → person:vladimir-putin · CONSULT 040 · 2022-02-04 · 2 sources"
    )
    assert out["events"][2].startswith("planned visit: person:xi-jinping → RUS")
    assert [m["text"] for m in out["event_mentions"]] == ["met", "signed", "visit"]
    text = run(path, "show", ids["wire"][:8])
    assert (
        "2022-02-26 (reported)  not ACCUSE  China → Russia  111 Criticize or denounce  “condemn”"
        in text
    )
    assert "2022-02-26  COERCE  United States → Russia  163 Impose embargo" in text
    assert '["' not in text.split("\nevents\n")[1].split("\n\n")[0]  # a section, not JSON
    text = run(path, "show", ids["meridian"][:8])
    assert (
        "2022-02-04  CONSULT  Xi Jinping → Vladimir Putin  040 Consult  “met” · 2 sources" in text
    )


def test_stale_events_are_noted(tmp_path):
    import detente
    from detente.events.stage import store

    path = tmp_path / "stale.db"
    ids = sample.build(path)
    with detente.open(path) as c:
        doc = c.get(ids["gas"])
        store(doc, [])
        c.store.save_analysis([doc])
    res = runner.invoke(app, ["events", "--db", str(path)])
    assert res.exit_code == 0 and "detente analyze" in res.stderr
    res = runner.invoke(app, ["analyze", "--db", str(path)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["events", "--db", str(path)])
    assert "detente analyze" not in res.stderr and "Gazprom" not in res.stdout


OTHER = [
    "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on "
    "Friday, before the opening ceremony of the Winter Olympics.",
    "Beijing snubbed Washington on Saturday, officials said.",
]


@pytest.mark.slow
def test_end_to_end_over_real_text(story_dir, tmp_path):
    """Ingest with the real coders: the meeting told by a story, its near-duplicate copy and
    another outlet is one event with two sources; a user's lexicon adds a verb."""
    from tests.conftest import page

    (story_dir / "gas.txt").unlink()
    (story_dir / "other.html").write_bytes(
        page("Putin and Xi meet before the Games", OTHER, "2022-02-05T08:00:00Z")
    )
    db = str(tmp_path / "e2e.db")
    (tmp_path / "e2e.events.en.toml").write_text(
        '[[predicate]]\nverb = "snub"\ncameo = "111"\n', encoding="utf-8"
    )
    res = runner.invoke(app, ["ingest", str(story_dir), "--db", db, "--workers", "0"])
    assert res.exit_code == 0, res.output
    assert "event mentions" in res.stdout
    rows = json.loads(run(db, "timeline", "CHN", "RUS", "--json"))
    meeting = [r for r in rows if r["category"] == "CONSULT" and r["date"] == "2022-02-04"]
    assert len(meeting) == 1, rows
    assert meeting[0]["n_sources"] == 2 and len(meeting[0]["doc_ids"]) == 3
    assert meeting[0]["date_precision"] == "day"
    snub = json.loads(run(db, "events", "--source", "CHN", "--target", "USA", "--json"))
    assert [r["cameo"] for r in snub] == ["111"]
    assert "snubbed" in snub[0]["evidence"]
