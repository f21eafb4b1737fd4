"""Russian quotations and reported speech from natasha's parse (lemmas, dependencies).

Shapes: ``«…», — сказал X.``, ``X заявил: «…»``, a quoted fragment under a speech or naming
verb (``назвал это «дружбой без границ»``), indirect speech ``X заявил, что …``, ``по словам X,
…``, ``как отметил X, …``.
"""

from __future__ import annotations

import re
from typing import Any

from detente.quotes.marks import Quoted
from detente.quotes.model import RU_SPEECH, Quote
from detente.quotes.speakers import Speakers

_DASH_AFTER = re.compile(r"\s*[,!?…]?\s*[—–-]\s*")


class RussianQuotes:
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

    def _sentence_tokens(self, pos: int) -> list[int]:
        sent = self.p.sentence_of(pos)
        if sent is None:
            return []
        return [i for i, t in enumerate(self.toks) if sent[0] <= t.start < sent[1]]

    def _is_speech(self, i: int) -> bool:
        t = self.toks[i]
        return t.pos in ("VERB", "AUX") and t.lemma in RU_SPEECH and not self._in_quote(t.start)

    def _subject(self, v: int) -> int | None:
        kids = [i for i, t in enumerate(self.toks) if t.head == v and t.dep.startswith("nsubj")]
        if kids:
            return kids[0]
        # "— сказал Песков": the name right after the verb
        if v + 1 < len(self.toks) and self.toks[v + 1].pos in ("PROPN", "NOUN", "PRON"):
            return v + 1
        return None

    def _np_end(self, i: int) -> int:
        """End offset of the noun phrase headed by token ``i``: its contiguous dependents to the
        right ("Министр иностранных дел России Сергей Лавров"), up to a comma or a verb."""
        end = self.toks[i].end
        j = i + 1
        while (
            j < len(self.toks) and self._under(j, i) and self.toks[j].pos not in ("VERB", "PUNCT")
        ):
            end = self.toks[j].end
            j += 1
        return end

    def _under(self, j: int, i: int) -> bool:
        seen = 0
        while j >= 0 and seen < 20:
            if j == i:
                return True
            j = self.toks[j].head
            seen += 1
        return False

    def _with_cue(self, quote: Quote, v: int, before: int) -> Quote:
        verb = self.toks[v]
        quote.cue, quote.cue_start = verb.text, verb.start
        self.used.add(v)
        s = self._subject(v)
        if s is None:
            quote.confidence = 0.5
            return quote
        return self.speakers.fill(quote, self.toks[s].start, self._np_end(s), before)

    def run(self) -> list[Quote]:
        text = self.doc.text
        for q in self.quoted:
            if q.depth > 0:
                continue
            sent = self._sentence_tokens(q.start)
            after = _DASH_AFTER.match(text, q.close_at + 1)
            v = None
            if after:  # «…», — сказал X
                k = next((i for i, t in enumerate(self.toks) if t.start >= after.end()), None)
                if k is not None and self._is_speech(k):
                    v = k
            before = text[max(0, q.open_at - 3) : q.open_at].strip()
            if v is None and before.endswith(":"):  # X заявил: «…»
                cands = [i for i in sent if self.toks[i].end <= q.open_at and self._is_speech(i)]
                v = cands[-1] if cands else None
            words = len(text[q.start : q.end].split())
            full = v is not None or (words >= 4 and text[q.start : q.end].rstrip()[-1:] in ".!?…")
            if v is None:  # a fragment under a speech verb of its sentence
                cands = [i for i in sent if self._is_speech(i)]
                v = min(cands, key=lambda i: abs(self.toks[i].start - q.start)) if cands else None
            kind = "direct" if full else "partial"
            if v is None:
                upper = text[q.start : q.start + 1].isupper() and words >= 2
                self.out.append(
                    Quote(q.start, q.end, "title" if upper else "scare", confidence=0.7)
                )
                continue
            self.out.append(self._with_cue(Quote(q.start, q.end, kind), v, q.open_at))
        self._indirect()
        return sorted(self.out, key=lambda x: x.start)

    def _indirect(self) -> None:
        text = self.doc.text
        for i, t in enumerate(self.toks):
            if i in self.used or not self._is_speech(i):
                continue
            # "заявил, что …": the clause after "что" to the end of the sentence
            m = re.match(r"\s*,\s*что\s+", text[t.end :])
            if not m:
                continue
            start = text.find("что", t.end)  # the clause with its "что", as in English "that"
            sent = self.p.sentence_of(t.start)
            end = sent[1] if sent else len(text)
            while end > start and text[end - 1] in " .!?…":
                end -= 1
            if any(s < end and start < e for s, e in self.spans) or end - start < 10:
                continue
            quote = self._with_cue(Quote(start, end, "indirect"), i, t.start)
            if quote.speaker or quote.speaker_actor:
                self.out.append(quote)
        for m in re.finditer(r"[Пп]о словам\s+", text):  # "по словам X, …"
            k = next((i for i, t in enumerate(self.toks) if t.start >= m.end()), None)
            if k is None:
                continue
            name_end = self._np_end(k)
            comma = text.find(",", name_end)
            sent = self.p.sentence_of(m.start())
            if comma < 0 or sent is None or comma > sent[1]:
                continue
            start, end = comma + 1, sent[1]
            while start < end and text[start] == " ":
                start += 1
            # "по словам Ирины Полозовой, доцента МГУ, …": the description is not the content
            nxt = text.find(",", start)
            if 0 < nxt < end and text[start : start + 1].islower():
                k2 = next((i for i, t in enumerate(self.toks) if t.start >= start), None)
                if k2 is not None and self.toks[k2].pos == "NOUN":
                    start = nxt + 1
                    while start < end and text[start] == " ":
                        start += 1
            while end > start and text[end - 1] in " .!?…":
                end -= 1
            if any(s < end and start < e for s, e in self.spans):
                continue
            quote = Quote(start, end, "indirect", cue="по словам", cue_start=m.start())
            self.out.append(self.speakers.fill(quote, self.toks[k].start, name_end, m.start()))


def quotes(doc: Any, parsed: Any, quoted: list[Quoted]) -> list[Quote]:
    return RussianQuotes(doc, parsed, quoted).run()
