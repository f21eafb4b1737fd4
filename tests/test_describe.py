from datetime import date

import pytest

from detente.describe import clean_title, describe, normalize_date, normalize_doi, people_only
from detente.document import Document


@pytest.mark.parametrize(
    ("raw", "doi"),
    [
        ("https://doi.org/10.1080/10670564.2023.ABC", "10.1080/10670564.2023.abc"),
        ("doi:10.1017/S0305741022000123.", "10.1017/s0305741022000123"),
        ("DOI 10.2307/1234567", "10.2307/1234567"),
        ("not a doi", None),
        (None, None),
    ],
)
def test_normalize_doi(raw, doi):
    assert normalize_doi(raw) == doi


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2022-02-04T10:00:00Z", "2022-02-04"),
        ("2022-02-04 09:00:00+03:00", "2022-02-04"),
        ("2023-05", "2023-05"),
        ("2023", "2023"),
        ("2022-02-30", None),
        ("1066", None),
        ("2031-01-01", None),
        ("February 2022", None),
    ],
)
def test_normalize_date_keeps_precision_and_rejects_nonsense(raw, iso):
    assert normalize_date(raw, today=date(2026, 11, 23)) == iso


def test_people_only_drops_outlets_and_splits_joint_bylines():
    assert people_only(["By Jane Doe and John Roe", "NPR", "Eastline Wire Staff", "Jane Doe"]) == [
        "Jane Doe",
        "John Roe",
    ]
    assert people_only(["Reuters", "The Associated Press", "Staff", "editor@example.com"]) == []
    assert people_only(["王小明", "Анна Смирнова"]) == ["王小明", "Анна Смирнова"]


def test_clean_title_drops_site_name():
    assert (
        clean_title("Xi meets Putin | Harbor Public Radio", "Harbor Public Radio")
        == "Xi meets Putin"
    )
    assert clean_title("Xi meets Putin - a turning point", "Harbor Public Radio") == (
        "Xi meets Putin - a turning point"
    )


def test_describe_notes_missing_and_invalid_dates():
    doc = Document(text="x", origin="a", format="text", published="2022-13-45")
    describe(doc)
    assert doc.published is None
    assert any("not a valid date" in n for n in doc.notes)
    assert "no publication date stated" in doc.notes
