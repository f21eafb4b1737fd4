"""Users' event lexicon files: bad ones get a clear ConfigError, never a traceback."""

from __future__ import annotations

import pytest

from detente.errors import ConfigError
from detente.events.lexicon import lexicon


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x9e\xff\x00binary", "not UTF-8"),
        (b"[[predicate\nverb=", "not valid TOML"),
        (b'[[predicate]]\nverb = "sign"\ncameo = "999"\n', "unknown CAMEO code"),
        (b'[[predicate]]\ncameo = "057"\n', "needs verb"),
        (b'[[predicate]]\nverb = "say"\ncameo = "010"\n', "no PLOVER category"),
    ],
)
def test_a_bad_lexicon_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "mine.events.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        lexicon("en", (str(path),))


def test_an_empty_or_missing_file(tmp_path):
    empty = tmp_path / "empty.events.toml"
    empty.write_bytes(b"")
    assert lexicon("en", (str(empty),)).predicates == lexicon("en").predicates
    with pytest.raises(ConfigError, match="cannot read event lexicon"):
        lexicon("en", (str(tmp_path / "missing.events.toml"),))


def test_a_bad_lexicon_stops_analysis_before_any_work(tmp_path):
    import detente

    bad = tmp_path / "bad.events.toml"
    bad.write_bytes(b"[[predicate\n")
    with (
        detente.open(tmp_path / "c.db", event_files=[bad]) as c,
        pytest.raises(ConfigError, match="not valid TOML"),
    ):
        c.analysis_config()
