import io
import json
import time

import pytest

import detente
from detente import ingest as ingest_mod


def test_ingest_folder_links_near_duplicates_and_reingest_is_noop(story_dir, tmp_path):
    with detente.open(tmp_path / "c.db") as c:
        report = c.ingest(story_dir)
        assert report.ok, report.failed
        assert (report.inputs, report.added, report.near_duplicates) == (3, 3, 1)
        again = c.ingest([story_dir])
        assert (again.added, again.unchanged) == (0, 3)
        docs = {d.title: d for d in c.documents()}
        # folders are read in name order: copy.txt is stored first and stays canonical
        assert docs["Xi and Putin declare a friendship without limits"].duplicate_of == (
            docs["Putin and Xi sign joint statement"].id
        )
        assert c.stats()["canonical"] == 2


def test_bad_inputs_are_reported_and_the_batch_goes_on(story_dir, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (bad / "broken.json").write_bytes(b'{"title": "A paper", "abstract": ')
    (bad / "huge.txt").write_bytes(b"word " * 5000)
    with detente.open(tmp_path / "c.db") as c:
        report = c.ingest([bad, story_dir, tmp_path / "missing.txt"], max_bytes=20_000)
        reasons = dict(report.failed)
        assert reasons[str(bad / "empty.txt")] == "empty file"
        assert "PNG" in reasons[str(bad / "image.txt")]
        assert "JSON" in reasons[str(bad / "broken.json")]
        assert "size limit" in reasons[str(bad / "huge.txt")]
        assert "no such file" in reasons[str(tmp_path / "missing.txt")]
        assert report.added == 3 and not report.ok
        assert {o for o, _ in c.failures()} >= {str(bad / "empty.txt"), str(bad / "broken.json")}


def test_hanging_extraction_is_cut_off(story_dir, tmp_path, monkeypatch):
    real = ingest_mod.process

    def slow(data, origin):
        if origin.endswith("gas.txt"):
            time.sleep(60)
        return real(data, origin)

    monkeypatch.setattr(ingest_mod, "process", slow)  # inherited by the forked workers
    with detente.open(tmp_path / "c.db") as c:
        start = time.monotonic()
        report = c.ingest(story_dir, timeout=3)
        assert time.monotonic() - start < 30
        assert report.added == 2
        [(origin, reason)] = report.failed
        assert origin.endswith("gas.txt") and "longer than 3 s" in reason


def test_interrupted_ingest_keeps_work_and_rerun_completes(story_dir, tmp_path):
    seen = []

    def stop_after_one(origin, status):
        seen.append(origin)
        if len(seen) == 1:
            raise KeyboardInterrupt

    with detente.open(tmp_path / "c.db") as c:
        first = c.ingest(story_dir, progress=stop_after_one, workers=0)
        assert first.interrupted and first.added == 1
    with detente.open(tmp_path / "c.db") as c:
        second = c.ingest(story_dir)
        assert (second.added, second.unchanged) == (2, 1)
        assert c.stats()["documents"] == 3


def test_stdin(tmp_path):
    text = "Lavrov visits Beijing\n\nSergei Lavrov arrived in Beijing on Monday for talks with Wang Yi.\n"
    with detente.open(tmp_path / "c.db") as c:
        report = c.ingest("-", stdin=io.BytesIO(text.encode()), workers=0)
        assert report.ok and report.added == 1
        [doc] = c.documents()
        assert doc.origin == "<stdin>" and "Wang Yi" in doc.text


def test_report_is_json_serializable(story_dir, tmp_path):
    with detente.open(tmp_path / "c.db") as c:
        assert json.loads(json.dumps(c.ingest(story_dir).to_dict()))["added"] == 3


@pytest.mark.parametrize("bad_db", ["dir"])
def test_corpus_path_that_is_a_folder(tmp_path, bad_db):
    with pytest.raises(detente.StoreError, match="folder"):
        detente.open(tmp_path)
