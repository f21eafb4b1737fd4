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
# «Текст, — отметила она. — Текст»
_EMBEDDED = re.compile(r"[,!?….]?\s+[—–]\s+(?P<verb>\w+)\s+[^—–«»]{1,80}?[.,:]\s+[—–]\s+")
_POSSESSIVE = {"его": "person", "ее": "person", "её": "person", "их": "group"}


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

    def _is_speech(self, i: int, *, quoted: bool = False) -> bool:
        t = self.toks[i]
        return t.pos in ("VERB", "AUX") and t.lemma in RU_SPEECH and (
            quoted or not self._in_quote(t.start))  # fmt: skip

    def _subject(self, v: int) -> int | None:
        kids = [i for i, t in enumerate(self.toks) if t.head == v and t.dep.startswith("nsubj")]
        if kids:
            return kids[0]
        head = self.toks[v].head
        if self.toks[v].dep == "conj" and head >= 0 and head != v:  # "подтвердила … и заявила"
            return self._subject(head)
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
            j < len(self.toks)
            and self._under(j, i)
            and (self.toks[j].pos not in ("VERB", "PUNCT") or self.toks[j].text in '«»"„“”')
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

    def _with_cue(self, quote: Quote, v: int, before: int, *, use: bool = True) -> Quote:
        verb = self.toks[v]
        quote.cue, quote.cue_start = verb.text, verb.start
        if use:  # a partial quote leaves the verb's reported clause to indirect speech
            self.used.add(v)
        s = self._subject(v)
        if s is None:
            quote.confidence = 0.5
            return quote
        return self.speakers.fill(quote, self._np_start(s), self._np_end(s), before)

    def _np_start(self, i: int) -> int:
        """Start offset of the noun phrase headed by token ``i`` ("Российская сторона")."""
        j = i - 1
        while j >= 0 and self._under(j, i) and self.toks[j].pos not in ("VERB", "PUNCT"):
            j -= 1
        return self.toks[j + 1].start

    def _embedded(self, q: Quoted) -> bool:
        """«Текст, — отметила она. — Текст»: the attribution inside the guillemets, between
        dashes. Both halves are the speaker's, direct."""
        text = self.doc.text
        m = _EMBEDDED.search(text, q.start, q.end)
        if not m:
            return False
        k = next((i for i, t in enumerate(self.toks) if t.start >= m.start("verb")), None)
        if k is None or not self._is_speech(k, quoted=True):
            return False
        first = Quote(q.start, m.start(), "direct")
        self._with_cue(first, k, q.open_at)
        self.out.append(first)
        second = Quote(m.end(), q.end, "direct")
        for key in ("speaker", "speaker_actor", "speaker_description", "speaker_country",
                    "speaker_sector", "speaker_text", "speaker_start", "speaker_end", "cue",
                    "cue_start", "confidence"):  # fmt: skip
            setattr(second, key, getattr(first, key))
        if m.end() < q.end:
            self.out.append(second)
        return True

    def run(self) -> list[Quote]:
        text = self.doc.text
        for q in self.quoted:
            if q.depth > 0 or self._embedded(q):
                continue
            if self.speakers.is_name(q.start, q.end):  # «Газпром», «Роснефть»: names
                self.out.append(Quote(q.start, q.end, "title", confidence=0.8))
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
            quote = (
                self._with_cue(Quote(q.start, q.end, kind), v, q.open_at, use=full)
                if v is not None
                else None
            )
            if quote is None and words >= 6 and text[q.start : q.end].rstrip()[-1:] in ".!?…":
                # a whole sentence quoted, its speaker not named near it: still a quotation
                self.out.append(Quote(q.start, q.end, "direct", confidence=0.3))
                continue
            if quote is None or not (quote.speaker or quote.speaker_actor or full):
                upper = text[q.start : q.start + 1].isupper() and words >= 2
                self.out.append(
                    Quote(q.start, q.end, "title" if upper else "scare", confidence=0.7)
                )
                continue
            self.out.append(quote)
        self._indirect()
        return sorted(self.out, key=lambda x: x.start)

    def _indirect(self) -> None:
        text = self.doc.text
        for i, t in enumerate(self.toks):
            if i in self.used or not self._is_speech(i):
                continue
            # "заявил, что …", "сообщил журналистам, что …": the clause after "что"
            m = re.match(r"(?:\s+[^\s,.;:!?«»]+){0,3}\s*,\s*что\s+", text[t.end :])
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
        # "по словам X, …", "по его словам, …"
        for m in re.finditer(r"[Пп]о\s+(?:(?:его|ее|её|их)\s+)?(?:словам|мнению|оценке)\s*", text):
            pron = re.search(r"\b(его|ее|её|их)\b", m.group(0))
            at = m.start() + pron.start(1) if pron else m.end()
            k = next((i for i, t in enumerate(self.toks) if t.start >= at), None)
            if k is None:
                continue
            name_end = self.toks[k].end if pron else self._np_end(k)
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
            quote = Quote(
                start, end, "indirect", cue=m.group(0).strip().lower(), cue_start=m.start()
            )
            tok = self.toks[k]
            if tok.text.lower() in _POSSESSIVE:  # "по его словам": whoever "он" is
                who = self.speakers.antecedent(m.start(), _POSSESSIVE[tok.text.lower()])
                quote.speaker_text, quote.speaker_start, quote.speaker_end = (
                    tok.text,
                    tok.start,
                    tok.end,
                )
                if who is not None:
                    quote.speaker, quote.speaker_actor = who.name, who.actor
                    quote.speaker_description = who.description
                    quote.speaker_country, quote.speaker_sector = who.country, who.sector
                    quote.confidence = 0.8
                    self.out.append(quote)
                continue
            self.out.append(self.speakers.fill(quote, tok.start, name_end, m.start()))


def quotes(doc: Any, parsed: Any, quoted: list[Quoted]) -> list[Quote]:
    return RussianQuotes(doc, parsed, quoted).run()
