"""Russian: natasha (segmentation, NER, morphology with lemmas, syntax), loaded once per process.

natasha ships its models inside its PyPI packages (navec embeddings, slovnet taggers), so nothing
is downloaded at run time.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _models() -> dict[str, Any]:
    with warnings.catch_warnings():  # pymorphy2 imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        emb = NewsEmbedding()
        return {
            "segmenter": Segmenter(),
            "ner": NewsNERTagger(emb),
            "morph": NewsMorphTagger(emb),
            "syntax": NewsSyntaxParser(emb),
            "vocab": MorphVocab(),
        }


def parse_batch(texts: list[str], *, parser: bool = True) -> list:
    from natasha import Doc

    from detente.nlp import Entity, Parsed, Token

    m = _models()
    out = []
    for text in texts:
        doc = Doc(text)
        doc.segment(m["segmenter"])
        doc.tag_morph(m["morph"])
        if parser:
            doc.parse_syntax(m["syntax"])
        doc.tag_ner(m["ner"])
        p = Parsed("ru")
        p.sentences = [(s.start, s.stop) for s in doc.sents]
        index: dict[str, int] = {}  # natasha token id ("1_5") -> position in p.tokens
        for tok in doc.tokens:
            tok.lemmatize(m["vocab"])
            index[tok.id] = len(p.tokens)
            lemma = tok.lemma or tok.text.lower()
            p.tokens.append(
                Token(tok.start, tok.stop, tok.text, lemma, tok.pos or "X", tok.rel or "")
            )
        if parser:
            for tok in doc.tokens:
                if tok.head_id in index and tok.head_id != tok.id:
                    p.tokens[index[tok.id]].head = index[tok.head_id]
        for span in doc.spans:
            span.normalize(m["vocab"])
            p.entities.append(Entity(span.start, span.stop, span.type, span.normal or span.text))
        p.native = [(0, doc)]
        out.append(p)
    return out
