"""Chinese: jieba word segmentation and part-of-speech tags, with a user dictionary.

jieba has no named-entity recognizer; its POS tags mark person names (``nr``), place names
(``ns``) and organisation names (``nt``). Its own dictionary misses or mistags many names in
international news (``普京`` comes out as a place), so a private jieba tokenizer is given every
Chinese name and role word of the actor registry with the right tag. The global jieba instance
(used to segment text for search) is left untouched. Paddle mode is never enabled.
"""

from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache
from typing import Any

_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
_TAGS = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "GPE", "nt": "ORG"}
_PUNCT = re.compile(r"^[\W_]+$")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        import jieba
        import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word, tag in user_words():
        tok.add_word(word, freq=max(tok.suggest_freq(word), 2000), tag=tag)
    return jieba.posseg.POSTokenizer(tok)


def user_words() -> list[tuple[str, str]]:
    """``(word, jieba tag)`` for every Chinese name and role word the registry knows."""
    try:
        from detente.actors.registry import Registry
    except ImportError:  # the registry is optional for the NLP layer
        return []
    reg = Registry.load()
    out = []
    for word, kind in reg.terms("zh"):
        if len(word) < 2 or " " in word:
            continue
        tag = {"person": "nr", "organization": "nt", "igo": "nt", "agent": "n"}.get(kind, "ns")
        out.append((word, tag))
    return out


def reset() -> None:
    _tokenizer.cache_clear()


def sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def parse_batch(texts: list[str], *, parser: bool = True) -> list:
    from detente.nlp import Entity, Parsed, Token

    seg = _tokenizer()
    out = []
    for text in texts:
        p = Parsed("zh")
        p.sentences = sentences(text)
        pos = 0
        for pair in seg.cut(text):
            word, flag = pair.word, pair.flag
            start = text.find(word, pos)
            if start < 0:  # jieba never changes the text; guard anyway
                continue
            end = start + len(word)
            pos = end
            if word.isspace():
                continue
            if _PUNCT.match(word):
                upos = "PUNCT"
            else:
                upos = "PROPN" if flag in _TAGS else _UPOS.get(flag[:1], "X")
            p.tokens.append(Token(start, end, word, word, upos, flag))
            label = _TAGS.get(flag)
            if label and len(word) >= 2:
                p.entities.append(Entity(start, end, label, word))
        p.native = [(0, None)]
        out.append(p)
    return out


_UPOS = {
    "n": "NOUN",
    "v": "VERB",
    "a": "ADJ",
    "d": "ADV",
    "p": "ADP",
    "c": "CCONJ",
    "u": "PART",
    "m": "NUM",
    "q": "NOUN",
    "r": "PRON",
    "f": "NOUN",
    "t": "NOUN",
    "s": "NOUN",
}
