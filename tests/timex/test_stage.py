"""The time stage end to end: ingest, the timexes table, detente dates, show, export."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import detente
from detente.cli import app
from detente.timex.model import Timex
from detente.timex.stage import estimate, timexes

runner = CliRunner()


def page(title: str, paras: list[str], date: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{date}"></head><body>'
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


DATED = [
    "Chinese and Russian envoys met in Geneva on Tuesday, a week since the fighting started, "
    "and agreed to meet again next month.",
    "The day after the fighting started, Beijing said it understood Moscow's concerns. Late last "
    "month, before Russia invaded Ukraine, the two leaders had signed a statement in Beijing.",
    "Trade between the two countries grew for the third year in a row in 2021, and officials "
    "said on Wednesday it would grow again this year.",
]
UNDATED = (
    "Envoys meet again\n\n"
    "The envoys met last week in Geneva and will meet again on Monday, officials said.\n\n"
    "Their first meeting took place on 12 January 2023, and a second followed on 3 March 2023.\n"
)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "dated.html").write_bytes(page("Envoys meet in Geneva", DATED, "2022-03-03T10:00:00Z"))
    (d / "undated.txt").write_text(UNDATED, encoding="utf-8")
    path = str(tmp_path / "t.db")
    with detente.open(path) as c:
        report = c.ingest([str(d)])
        assert report.added == 2, report
    return path


def by_text(rows):
    return {r["text"]: r for r in rows}


def test_dated_document(corpus):
    with detente.open(corpus, readonly=True) as c:
        [doc] = [d for d in c.documents() if d.published]
        rows = by_text(c.timexes(doc_id=doc.id))
    assert rows["Tuesday"]["value"] == "2022-03-01"  # past tense, published on a Thursday
    assert rows["next month"]["value"] == "2022-04"
    assert rows["a week"]["type"] == "DURATION" and rows["a week"]["value"] == "P1W"
    # "a week since the fighting started": the clause is dated a week before publication
    assert rows["the fighting started"]["type"] == "EVENT"
    assert rows["the fighting started"]["value"] == "2022-02-24"
    # ... and "the day after" it counts from there
    after = rows["The day after the fighting started"]
    assert (after["value"], after["anchor"]) == ("2022-02-25", "event")
    assert (rows["Late last month"]["value"], rows["Late last month"]["mod"]) == ("2022-02", "END")
    assert rows["Russia invaded Ukraine"]["value"] == "2022-02-24"  # a known event
    assert rows["2021"]["value"] == "2021" and rows["this year"]["value"] == "2022"
    assert rows["Wednesday"]["value"] == "2022-03-02"
    assert doc.published_estimate is None


def test_undated_document_is_not_guessed(corpus):
    with detente.open(corpus, readonly=True) as c:
        [doc] = [d for d in c.documents() if not d.published]
        rows = by_text(c.timexes(doc_id=doc.id))
        unresolved = c.timexes(unresolved=True)
    assert rows["last week"]["value"] is None
    assert rows["Monday"]["value"] is None and rows["Monday"]["partial"] == "XXXX-WXX-1"
    assert rows["12 January 2023"]["value"] == "2023-01-12"
    assert {r["text"] for r in unresolved} == {"last week", "Monday"}
    # a window from the dates it states, never copied into published
    assert doc.published_estimate == "2023-03-03/.."
    assert doc.published is None
    assert any("relative dates" in n for n in doc.notes)


def test_dates_command(corpus):
    res = runner.invoke(app, ["dates", "--db", corpus, "--from", "2022-02", "--to", "2022-02",
                              "--json"])  # fmt: skip
    assert res.exit_code == 0, res.output
    values = [r["value"] for r in json.loads(res.stdout)]
    assert values == sorted(values) and set(values) == {"2022-02", "2022-02-24", "2022-02-25"}
    res = runner.invoke(app, ["dates", "--db", corpus, "--type", "event"])
    assert res.exit_code == 0 and "the fighting started" in res.stdout
    res = runner.invoke(app, ["dates", "--db", corpus, "--type", "nonsense"])
    assert res.exit_code != 0 and "DATE, TIME" in res.output
    res = runner.invoke(app, ["dates", "--db", corpus, "--from", "March"])
    assert res.exit_code != 0 and "YYYY" in res.output
    res = runner.invoke(app, ["dates", "--db", corpus, "--from", "2022-03", "--to", "2022-02"])
    assert res.exit_code != 0 and "reversed" in res.output


def test_show_lists_dates(corpus):
    with detente.open(corpus, readonly=True) as c:
        [doc] = [d for d in c.documents() if not d.published]
    res = runner.invoke(app, ["show", doc.id[:8], "--db", corpus, "--json"])
    assert res.exit_code == 0, res.output
    shown = json.loads(res.stdout)
    assert shown["published_estimate"] == "2023-03-03/.."
    assert "last week = unresolved" in shown["dates"]
    assert {t["text"] for t in shown["timexes"]} >= {"last week", "3 March 2023"}


def test_export_timexes(corpus, tmp_path):
    with detente.open(corpus, readonly=True) as c:
        counts = c.export(tmp_path / "out", "jsonl")
    assert counts["timexes"] > 5
    rows = [json.loads(x) for x in (tmp_path / "out" / "timexes.jsonl").read_text().splitlines()]
    first = rows[0]
    assert set(first) >= {"schema", "id", "doc_id", "text", "value", "precision", "start", "end"}
    docs = {
        json.loads(x)["id"]: json.loads(x)
        for x in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()
    }
    for r in rows:
        assert docs[r["doc_id"]]["text"][r["start"] : r["end"]] == r["text"]
    assert {d["published_estimate"] for d in docs.values()} == {None, "2023-03-03/.."}


def test_estimate_window_from_future_dates():
    found = [
        Timex(0, 1, "DATE", "2023-01-12", "day"),
        Timex(2, 3, "DATE", "2023-06", "month", tense="future"),
        Timex(4, 5, "DATE", "2022", "year"),
    ]
    assert estimate(found) == "2023-01-12/2023-06-01"
    assert estimate([Timex(0, 1, "DATE", "PRESENT_REF")]) is None


@pytest.mark.parametrize(
    ("language", "text", "later"),
    [
        ("en", "Xi arrived in Moscow on March 20, 2023. On March 21 they signed two statements.",
         "March 21"),
        ("ru", "Си прибыл в Москву 20 марта 2023 года. 21 марта лидеры подписали заявления.",
         "21 марта"),
        ("zh", "2023年3月20日，习近平抵达莫斯科。21日，两国元首签署声明。", "21日"),
    ],
)  # fmt: skip
def test_a_yearless_date_follows_the_full_date_before_it(language, text, later) -> None:
    got = {text[t.start : t.end]: t for t in timexes(text, language, "2024-05-16")}
    assert (got[later].value, got[later].anchor) == ("2023-03-21", "narrative")


def test_near_the_publication_date_the_publication_decides() -> None:
    text = "Sales were weak in November 2006 plans. The jet arrives on November 11."
    got = {text[t.start : t.end]: t.value for t in timexes(text, "en", "2005-11-05")}
    assert got["November 11"] == "2005-11-11"
