"""detente quotes, and quotes in the export."""

import json

import pytest
from typer.testing import CliRunner

import detente
from detente.cli import app

runner = CliRunner()

STORY = """Xi and Putin sign gas deal

BEIJING, Feb. 4 — Chinese leader Xi Jinping and Russian President Vladimir Putin met in Beijing on Friday and signed a joint statement that criticised NATO.

“The friendship between the two states has no limits,” the statement said.

“NATO must stop expanding,” Chinese Foreign Ministry spokesperson Hua Chunying told reporters on Saturday. She said Beijing had “no interest” in a new Cold War.

Sergei Lavrov, Russia's foreign minister, said that Moscow would answer any sanctions against Chinese banks.
"""


@pytest.fixture
def db(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    path = str(tmp_path / "q.db")
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", path])
    assert res.exit_code == 0, res.output
    return path


def quotes(db, *args):
    res = runner.invoke(app, ["quotes", "--db", db, "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_quotes_filters(db):
    everything = quotes(db)
    assert {q["kind"] for q in everything} <= {"direct", "partial", "indirect"}
    hua = quotes(db, "--actor", "Hua Chunying")
    assert {q["text"] for q in hua} >= {"NATO must stop expanding,", "no interest"}
    assert quotes(db, "--speaker", "Hua") == hua
    assert {q["speaker_actor"] for q in quotes(db, "--country", "chn", "--sector", "GOV")} == {
        "person:hua-chunying"
    }
    about_nato = quotes(db, "--about", "NATO")
    assert [q["text"] for q in about_nato] == ["NATO must stop expanding,"]
    lavrov = quotes(db, "--kind", "indirect", "--search", "sanctions")
    assert [q["speaker_actor"] for q in lavrov] == ["person:sergei-lavrov"]
    assert lavrov[0]["speaker_description"] == "Russia's foreign minister"
    assert quotes(db, "--from", "2023") == []


def test_quote_table_output_and_errors(db):
    res = runner.invoke(app, ["quotes", "--db", db, "--actor", "Hua Chunying"])
    assert res.exit_code == 0 and "Hua Chunying" in res.stdout and "NATO must stop" in res.stdout
    res = runner.invoke(app, ["quotes", "--db", db, "--kind", "rumour"])
    assert res.exit_code == 2 and "not one of" in res.stderr
    res = runner.invoke(app, ["quotes", "--db", db, "--search", '"unbalanced'])
    assert res.exit_code == 2 and "cannot search quotes" in res.stderr


def test_quotes_are_exported_with_offsets(db, tmp_path):
    with detente.open(db, readonly=True) as c:
        counts = c.export(tmp_path / "out", "jsonl")
        text = next(c.documents()).text
    assert counts["quotes"] >= 4
    rows = [json.loads(line) for line in (tmp_path / "out" / "quotes.jsonl").open()]
    for q in rows:
        assert text[q["start"] : q["end"]] == q["text"]
    scare = [q for q in rows if q["kind"] == "scare"]
    assert all(q["speaker"] is None for q in scare)
