"""Chinese quotations and reported speech from jieba's words (there is no parse).

Shapes: ``X说：“……”``, ``“……”X说。``, ``X表示，……。`` (indirect, to the end of the sentence),
``据X介绍，……``, a quoted fragment in a sentence with a speech verb (partial) or without one
(scare quote). ``《》`` marks titles and is never a quotation.
"""

from __future__ import annotations

import re
from typing import Any

from detente.quotes.marks import Quoted
from detente.quotes.model import ZH_SPEECH, Quote
from detente.quotes.speakers import Speakers

_END = "。！？!?"


class ChineseQuotes:
    def __init__(self, doc: Any, parsed: Any, quoted: list[Quoted]) -> None:
        self.doc = doc
        self.toks = parsed.tokens
        self.p = parsed
        self.quoted = quoted
        self.spans = [(s, e) for q in quoted for s, e in q.spans]
        self.speakers = Speakers(doc, [(q.open_at, q.close_at + 1) for q in quoted])
        self.out: list[Quote] = []
        self.used: set[int] = set()

    def _in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.spans)

    def _speech(self, i: int) -> bool:
        t = self.toks[i]
        return t.text in ZH_SPEECH and not self._in_quote(t.start)

    def _speaker_before(self, i: int, quote: Quote, before: int) -> Quote:
        """The speaker is what stands right before the verb: a mention or a pronoun."""
        verb = self.toks[i]
        quote.cue, quote.cue_start = verb.text, verb.start
        self.used.add(i)
        j = i - 1
        while j >= 0 and self.toks[j].pos in ("ADV", "X") and i - j <= 2:  # "他还说", "也表示"
            j -= 1
        if j < 0 or self.toks[j].pos == "PUNCT":
            quote.confidence = 0.5
            return quote
        tok = self.toks[j]
        if tok.pos not in ("PROPN", "NOUN", "PRON", "X"):
            quote.confidence = 0.5
            return quote
        return self.speakers.fill(quote, tok.start, tok.end, before)

    def _index_at(self, pos: int) -> int | None:
        return next((i for i, t in enumerate(self.toks) if t.start >= pos), None)

    def run(self) -> list[Quote]:
        text = self.doc.text
        for q in self.quoted:
            if q.depth > 0:
                continue
            before = text[max(0, q.open_at - 2) : q.open_at]
            k = self._index_at(q.open_at)
            v = None
            if before.endswith(("：", ":", "，", ",")) and k is not None:  # X说：“……”
                j = k - 1
                while j >= 0 and self.toks[j].pos == "PUNCT":
                    j -= 1
                if j >= 0 and self._speech(j):
                    v = j
            after = self._index_at(q.close_at + 1)
            if v is None and after is not None:  # “……”他说。
                for j in range(after, min(after + 5, len(self.toks))):
                    if self.toks[j].text in _END:
                        break
                    if self._speech(j):
                        v = j
                        break
            inner = text[q.start : q.end]
            full = v is not None and (len(inner) >= 6 or inner[-1:] in _END)
            if v is None:
                sent = self.p.sentence_of(q.start)
                cands = [
                    i for i, t in enumerate(self.toks)
                    if sent and sent[0] <= t.start < sent[1] and self._speech(i)
                ]  # fmt: skip
                v = cands[0] if cands else None
            if v is None:
                self.out.append(Quote(q.start, q.end, "scare", confidence=0.7))
                continue
            quote = Quote(q.start, q.end, "direct" if full else "partial")
            self.out.append(self._speaker_before(v, quote, q.open_at))
        self._indirect()
        return sorted(self.out, key=lambda x: x.start)

    def _indirect(self) -> None:
        text = self.doc.text
        self._according()
        for i, t in enumerate(self.toks):
            if i in self.used or not self._speech(i) or t.text in ("告诉", "援引"):
                continue
            m = re.match(r"\s*[，,：:]\s*", text[t.end :])
            if not m:
                continue
            start = t.end + m.end()
            end = start
            while end < len(text) and text[end] not in _END + "\n":
                end += 1
            if end - start < 6 or any(s < end + 1 and start < e for s, e in self.spans):
                continue
            quote = self._speaker_before(i, Quote(start, end, "indirect"), t.start)
            if quote.speaker or quote.speaker_actor:
                self.out.append(quote)

    def _according(self) -> None:
        text = self.doc.text
        for m in re.finditer(r"据(.{1,20}?)(介绍|透露|称|表示|报道)[，,]", text):  # 据X介绍，……
            start = m.end()
            end = start
            while end < len(text) and text[end] not in _END + "\n":
                end += 1
            if any(s < end and start < e for s, e in self.spans):
                continue
            verb = self._index_at(m.start(2))
            if verb is not None:
                self.used.add(verb)
            quote = Quote(start, end, "indirect", cue=f"据…{m.group(2)}", cue_start=m.start())
            self.out.append(self.speakers.fill(quote, m.start(1), m.end(1), m.start()))


def quotes(doc: Any, parsed: Any, quoted: list[Quoted]) -> list[Quote]:
    return ChineseQuotes(doc, parsed, quoted).run()
