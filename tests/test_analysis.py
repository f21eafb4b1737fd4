"""The Python API of events: pandas frames from Corpus.events, .timeline and .dyad."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import detente
from detente import analysis
from detente.errors import ConfigError, NotFoundError, QueryError
from tests.events import sample


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("analysis") / "a.db"
    ids = sample.build(path)
    c = detente.open(path, readonly=True)
    yield c, ids
    c.close()


def test_events_frame(corpus):
    c, ids = corpus
    df = c.events()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(analysis.EVENT_COLUMNS)
    assert len(df) == 9
    assert df["quad_class"].dtype == "int64" and df["intensity"].dtype == "float64"
    assert list(df["date"]) == sorted(df["date"])
    sanctions = c.events(source="USA", category="COERCE")
    assert sanctions.iloc[0]["evidence"].startswith("The United States imposed sanctions")
    assert sanctions.iloc[0]["doc_ids"] == [ids["wire"]]
    assert len(c.events(include_not_done=True)) == 11
    assert c.events(source="CHN", date_from="2030").empty
    assert list(c.events(date_from="2030").columns) == list(analysis.EVENT_COLUMNS)


def test_timeline_is_both_directions_in_date_order(corpus):
    c, ids = corpus
    df = c.timeline("CHN", "RUS")
    assert list(df["date"]) == ["2014-05-21", "2014-05-21", "2019-06-05", "2022-02-04",
                                "2022-02-04", "2023-03-21"]  # fmt: skip
    assert {"person:vladimir-putin", "org:gazprom", "person:xi-jinping"} <= set(df["source"])
    key = c.timeline("RUS", "CHN", min_sources=2)
    assert list(key["category"]) == ["CONSULT", "SUPPORT"]
    assert key.iloc[0]["doc_ids"] == [ids["meridian"], ids["tribune"], ids["ledger"]]
    assert key.iloc[0]["source_name"] == "Xi Jinping"
    assert list(c.timeline("CHN", "RUS", "2022", "2022")["date"]) == ["2022-02-04"] * 2
    # the same through the module's functions
    assert analysis.timeline(c, "person:xi-jinping", "person:vladimir-putin").shape[0] == 3
    # one actor: with anyone
    assert set(c.timeline("UKR")["category"]) == {"ASSAULT", "ACCUSE"}


def test_dyad_per_year_quarter_month(corpus):
    c, _ = corpus
    years = c.dyad("CHN", "RUS", by="year")
    assert list(years.columns) == list(analysis.DYAD_COLUMNS)
    assert list(years["period"]) == [str(y) for y in range(2014, 2024)]  # gaps filled
    row = years.set_index("period").loc["2022"]
    assert row["verbal_cooperation"] == 2 and row["total"] == 2
    assert row["mean_intensity"] == pytest.approx((1.0 + 8.0) / 2)
    assert math.isnan(years.set_index("period").loc["2016"]["mean_intensity"])
    assert years["total"].sum() == 6 and years.attrs["unplaced"] == 0
    quarters = c.dyad("RUS", "CHN", by="quarter")
    assert quarters.iloc[0]["period"] == "2014-Q2" and quarters.iloc[-1]["period"] == "2023-Q1"
    months = c.dyad("CHN", "RUS", date_from="2022", date_to="2023")
    assert list(months["period"])[:2] == ["2022-02", "2022-03"] and len(months) == 14
    # conflict: Russia and Ukraine, per quad class
    conflict = c.dyad("RUS", "UKR", by="year")
    assert dict(conflict.set_index("period")["material_conflict"]) == {"2022": 1, "2023": 0}
    assert conflict.set_index("period").loc["2023", "verbal_conflict"] == 1


def test_dyad_leaves_out_events_coarser_than_the_period(tmp_path):
    path = tmp_path / "coarse.db"
    specs = [("met", "040", "person:xi-jinping", "person:vladimir-putin", "2022", "year", {})]
    doc = sample.document("coarse", "2022-02-04", sample.MEETING, specs)
    with detente.open(path) as c:
        from detente.store import InputRecord

        c.store.save_input(None, InputRecord("c.txt", "z" * 64, "text", "ok"), [doc])
        assert c.dyad("CHN", "RUS", by="month").attrs["unplaced"] == 1
        assert c.dyad("CHN", "RUS", by="month").empty
        assert c.dyad("CHN", "RUS", by="year")["total"].tolist() == [1]


def test_errors(corpus):
    c, _ = corpus
    with pytest.raises(NotFoundError, match="detente actor"):
        c.dyad("CHN", "Atlantis")
    with pytest.raises(QueryError, match="month, quarter, year"):
        c.dyad("CHN", "RUS", by="decade")
    with pytest.raises(QueryError, match="YYYY"):
        c.timeline("CHN", "RUS", date_from="yesterday")


def test_the_api_validates_like_the_cli(corpus):
    c, _ = corpus
    for call in (lambda **kw: c.events(**kw), lambda **kw: c.timeline("CHN", **kw)):
        with pytest.raises(ConfigError, match="min_sources must be"):
            call(min_sources=0)
        with pytest.raises(QueryError, match="limit must be"):
            call(limit=0)
        with pytest.raises(QueryError, match="reversed"):
            call(date_from="2024", date_to="2022")
    with pytest.raises(QueryError, match="min_sources must be"):
        c.dyad("CHN", "RUS", min_sources=-1)
    with pytest.raises(QueryError, match="reversed"):
        c.dyad("CHN", "RUS", date_from="2022-03", date_to="2022-02")


def test_a_limited_frame_knows_the_total(corpus):
    c, _ = corpus
    every = c.events()
    two = c.events(limit=2)
    assert len(two) == 2 and two.attrs["total"] == len(every) == every.attrs["total"]
    assert c.events(cameo="16")["cameo"].tolist() == ["163"]


def test_period_of():
    assert analysis.period_of("2022-02-04", "day", "quarter") == "2022-Q1"
    assert analysis.period_of("2022-W52", "week", "month") == "2022-12"
    assert analysis.period_of("2022", "year", "month") is None
    assert analysis.period_of("2022-11", "month", "year") == "2022"
    assert analysis.period_of(None, "reported", "year") is None


def test_records_turn_missing_values_into_none(corpus):
    c, _ = corpus
    rows = analysis.records(c.events())
    assert all(r["modality"] is None for r in rows)
    assert isinstance(rows[0]["doc_ids"], list)
