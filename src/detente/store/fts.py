"""Text for the full-text index and queries against it.

SQLite's unicode61 tokenizer splits on spaces and punctuation, so a run of Chinese characters
would be one huge token. Chinese runs are therefore segmented into words with jieba, both when a
document is indexed and when a query is parsed, so that ``俄罗斯`` finds ``中国和俄罗斯签署…``.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _jieba():
    import warnings

    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def segment(text: str) -> str:
    """Put spaces between the words of Chinese runs; other text unchanged."""
    if not _HAN_RUN.search(text):
        return text
    jieba = _jieba()
    return _HAN_RUN.sub(lambda m: " " + " ".join(jieba.cut(m.group(0))) + " ", text)


def query(text: str) -> str:
    """An FTS5 query with Chinese runs segmented (as a phrase, so all their words must match)."""
    if not _HAN_RUN.search(text):
        return text
    jieba = _jieba()
    return _HAN_RUN.sub(lambda m: ' "' + " ".join(jieba.cut(m.group(0))) + '" ', text).strip()
