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
from detente.quotes.speakers import PRONOUNS, Speakers

_END = "。！？!?"
ADDRESSEE = {"对", "向", "跟", "给", "同", "和", "与"}


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

    def _speaker_before(self, i: int, quote: Quote, before: int, *, use: bool = True) -> Quote:
        """The speaker is the subject of the clause the verb ends: the first actor named since
        the last punctuation, not one after 对/向/跟 (whom it was said to), not a time or place
        word (``米勒在签约后表示``, ``普京在签约当天对媒体表示``); else a pronoun (他说)."""
        verb = self.toks[i]
        quote.cue, quote.cue_start = verb.text, verb.start
        if use:
            self.used.add(i)
        j = i - 1
        while j >= 0 and self.toks[j].pos != "PUNCT" and self.toks[j].text not in "“”「」":
            j -= 1
        start = self.toks[j + 1].start if j + 1 < i else verb.start
        addressed = {
            self.toks[k + 1].start
            for k in range(j + 1, i - 1)
            if self.toks[k].text in ADDRESSEE and k + 1 < i
        }
        people, others = [], []
        for m in self.speakers.mentions:
            if start <= m.start < verb.start and m.start not in addressed:
                if m.label in ("person", "surname", "role"):
                    people.append(m)
                elif m.label not in ("place", "capital") and m.data.get("actor"):
                    others.append(m)
        m = (people or others or [None])[0]
        if m is not None:
            return self.speakers.fill(quote, m.start, m.end, before)
        pron = next((k for k in range(j + 1, i) if self.toks[k].text in PRONOUNS), None)
        if pron is not None:
            t = self.toks[pron]
            return self.speakers.fill(quote, t.start, t.end, before)
        quote.confidence = 0.5
        return quote

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
            if v is None and after is not None:  # “……”他说。 / “……”某研究员对记者说，“……”
                for j in range(after, min(after + 30, len(self.toks))):
                    if self.toks[j].text in _END or self.toks[j].text in "“「":
                        if self.toks[j].text in "“「" and j > after and self._speech(j - 1):
                            v = j - 1
                        if v is None and self.toks[j].text in "“「":
                            v = next((k for k in range(j - 1, after - 1, -1)
                                      if self._speech(k)), None)  # fmt: skip
                        break
                    if (
                        self._speech(j)
                        and self.toks[j + 1 : j + 2]
                        and self.toks[j + 1].text in ("。", "，", ",", "：", ":")
                    ):
                        v = j
                        break
            inner = text[q.start : q.end]
            full = v is not None and (len(inner) >= 6 or inner[-1:] in _END + "，,")
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
            quote = self._speaker_before(v, quote, q.open_at, use=full)
            if quote.speaker or quote.speaker_actor or full:
                self.out.append(quote)
            else:  # nobody is said to say it
                self.out.append(Quote(q.start, q.end, "scare", confidence=0.7))
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
