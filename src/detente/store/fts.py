"""Text for the full-text index and queries against it.

SQLite's unicode61 tokenizer splits on spaces and punctuation, so a run of Chinese characters
would be one huge token. Chinese runs are therefore segmented into words with jieba, both when a
document is indexed and when a query is parsed, so that ``俄罗斯`` finds ``中国和俄罗斯签署…``.

English words are stemmed by FTS5's own ``porter`` tokenizer (``sanction`` finds ``sanctions``).
Russian is inflected far more, and FTS5 has no Russian stemmer; rather than index a second,
stemmed copy of every text, a bare Russian query word becomes a prefix query on its Snowball stem
(``Газпром`` → ``газпр*``, which finds ``Газпрома`` and ``Газпромом``). Quoted phrases and words
the user already wrote as ``prefix*`` are left exactly as given.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# an FTS5 query, piece by piece: "a phrase", or a run of anything but spaces, quotes and parens
_QUERY_PART = re.compile(r'"[^"]*"?|[()]|[^\s"()]+')
_CYRILLIC_WORD = re.compile(r"[а-яё]{4,}", re.IGNORECASE)  # shorter words are matched as typed
# characters FTS5 does not accept in a bare word: such a word is searched as a phrase ("Xi-Putin")
_NEEDS_QUOTES = re.compile(r"[-./,'’&@#!?;%$+=]")


@lru_cache(maxsize=1)
def _jieba():
    import warnings

    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _russian_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


def segment(text: str) -> str:
    """Put spaces between the words of Chinese runs; other text unchanged."""
    if not _HAN_RUN.search(text):
        return text
    jieba = _jieba()
    return _HAN_RUN.sub(lambda m: " " + " ".join(jieba.cut(m.group(0))) + " ", text)


def russian_prefix(word: str) -> str:
    """The prefix query a bare Russian word stands for: its stem, at least four letters, then *."""
    low = word.lower()
    stem = _russian_stemmer().stemWord(low)
    if len(stem) < 4:
        stem = low[:4] if len(low) > 4 else low
    return f"{stem}*"


def _part(part: str) -> str:
    if part.startswith('"'):
        if _HAN_RUN.search(part):  # a phrase: its Chinese words in a row
            return segment(part).replace('" ', '"').replace(' "', '"')
        return part
    if _CYRILLIC_WORD.fullmatch(part):
        return russian_prefix(part)
    if _NEEDS_QUOTES.search(part.rstrip("*")) and not part.startswith(("^", "-")):
        return '"' + part.rstrip("*") + '"' + ("*" if part.endswith("*") else "")
    if _HAN_RUN.search(part):  # segmented as a phrase, so all its words must match
        jieba = _jieba()
        return _HAN_RUN.sub(lambda m: ' "' + " ".join(jieba.cut(m.group(0))) + '" ', part).strip()
    return part


def query(text: str) -> str:
    """The user's query as FTS5 should run it (see the module docstring)."""
    return " ".join(_part(p) for p in _QUERY_PART.findall(text))
