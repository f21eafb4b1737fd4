"""The actor commands: actors, actor, analyze, resolve, and the user's actor file."""

import json

import pytest
from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()


@pytest.fixture
def db(story_dir, tmp_path):
    path = str(tmp_path / "c.db")
    res = runner.invoke(app, ["ingest", str(story_dir), "--db", path])
    assert res.exit_code == 0, res.output
    assert "documents analysed" in res.stdout
    return path


def test_actors_lists_by_documents(db):
    res = runner.invoke(app, ["actors", "--db", db, "--json"])
    rows = json.loads(res.stdout)
    ids = [r["id"] for r in rows]
    assert {"person:xi-jinping", "person:vladimir-putin", "CHN", "RUS"} <= set(ids)
    assert rows == sorted(rows, key=lambda r: -r["documents"])
    people = json.loads(
        runner.invoke(app, ["actors", "--type", "person", "--db", db, "--json"]).stdout
    )
    assert people and {r["type"] for r in people} == {"person"}
    chinese = json.loads(
        runner.invoke(app, ["actors", "--country", "chn", "--db", db, "--json"]).stdout
    )
    assert chinese and {r["country"] for r in chinese} == {"CHN"}
    table = runner.invoke(app, ["actors", "--db", db, "--top", "3"])
    assert table.exit_code == 0 and "documents" in table.stdout


def test_actor_page(db):
    res = runner.invoke(app, ["actor", "Xi Jinping", "--db", db, "--json"])
    xi = json.loads(res.stdout)
    assert xi["id"] == "person:xi-jinping" and xi["document_count"] == 1  # near-duplicate apart
    assert "习近平" in xi["aliases"]["zh"]
    assert any(r["title"] == "president" for r in xi["roles"])
    assert {c["id"] for c in xi["co_mentioned"]} >= {"person:vladimir-putin"}
    assert xi["per_month"] == {"2022-02": xi["per_month"]["2022-02"]}
    text = runner.invoke(app, ["actor", "putin", "--db", db])  # any case
    assert text.exit_code == 0 and "Vladimir Putin" in text.stdout and "co-mentioned" in text.stdout


def test_unknown_actor_and_bad_type(db):
    res = runner.invoke(app, ["actor", "Nobody Atall", "--db", db])
    assert res.exit_code == 2 and "no actor" in res.stderr
    res = runner.invoke(app, ["actors", "--type", "planet", "--db", db])
    assert res.exit_code == 2 and "not one of" in res.stderr


def test_user_actor_file_and_resolve_without_reingest(db, tmp_path):
    before = json.loads(runner.invoke(app, ["actor", "CNPC", "--db", db, "--json"]).stdout)
    beside = tmp_path / "c.actors.toml"  # picked up because it sits beside c.db
    beside.write_text(
        '[[actor]]\nid = "org:cnpc"\naliases = ["the Chinese oil major"]\n'
        'description = "China\'s largest oil and gas producer"\n',
        encoding="utf-8",
    )
    res = runner.invoke(app, ["resolve", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["documents"] == 3 and str(beside) in out["actor_files"]
    after = json.loads(runner.invoke(app, ["actor", "CNPC", "--db", db, "--json"]).stdout)
    assert after["description"] == "China's largest oil and gas producer"
    assert after["document_count"] == before["document_count"]


def test_bad_user_actor_file_is_a_clear_error(db, tmp_path):
    (tmp_path / "c.actors.toml").write_text('[[actor]]\nid = "person:x"\nnmae = "typo"\n')
    res = runner.invoke(app, ["resolve", "--db", db])
    assert res.exit_code == 2 and "c.actors.toml" in res.stderr


def test_analyze_redo_and_no_analyze(story_dir, tmp_path):
    path = str(tmp_path / "d.db")
    res = runner.invoke(app, ["ingest", str(story_dir), "--db", path, "--no-analyze"])
    assert res.exit_code == 0 and "analysed" not in res.stdout
    empty = json.loads(runner.invoke(app, ["actors", "--db", path, "--json"]).stdout)
    assert empty == []
    res = runner.invoke(app, ["analyze", "--db", path, "--json"])
    assert json.loads(res.stdout)["documents"] == 3
    again = json.loads(runner.invoke(app, ["analyze", "--db", path, "--json"]).stdout)
    assert again["documents"] == 0  # nothing left to do
    redo = json.loads(runner.invoke(app, ["analyze", "--redo", "--db", path, "--json"]).stdout)
    assert redo["documents"] == 3 and redo["mentions"] > 10


def test_discovered_people_merge_by_name_and_affiliation(tmp_path):
    import detente

    d = tmp_path / "in"
    d.mkdir()
    story = (
        "{name}, {desc}, said on Monday that the talks between the two delegations in Geneva "
        "had gone better than expected and that a second round was planned for next spring."
    )
    (d / "a.txt").write_text(
        story.format(name="Lena Marsh", desc="a historian at Kestrel University")
    )
    (d / "b.txt").write_text(
        story.format(
            name="Lena Marsh", desc="a lecturer at Kestrel University in the history department"
        )
        + " Her colleagues agreed with the assessment."
    )
    (d / "c.txt").write_text(
        story.format(name="Lena Marsh", desc="a senior official at the Ministry of Energy")
        + " Officials in the capital declined to comment further on her remarks."
    )
    with detente.open(tmp_path / "m.db") as c:
        c.ingest(d, workers=0)
        ids = {a["id"]: a for a in c.actor_records() if a["name"] == "Lena Marsh"}
    assert set(ids) == {"person:lena-marsh", "person:lena-marsh-2"}
    assert {a["sector"] for a in ids.values()} == {"EDU", "GOV"}
