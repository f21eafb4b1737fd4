"""English quotations and reported speech from the spaCy parse.

* Direct quotes: quoted text with its cue and speaker in every common shape: ``"...," X said.``,
  ``"...," said X, a ... at ...``, ``X said: "..."``, ``Says X: "..."``, a quote split around its
  attribution, attribution in the sentence before (``X said:`` then the quote) or carried over
  from the previous quote of a run of quoted paragraphs, multi-paragraph quotes, a pronoun
  speaker (``she told NPR``) resolved to the person last named.
* Partial quotes: a quoted fragment inside reported speech or under a naming verb (``called the
  ties "a marriage of convenience"``).
* Indirect speech: ``X said that ...``, ``X warned ...``, ``according to X, ...``, ``X wrote in a
  report that ...``.
* Quoted phrases with no one saying them are marked as scare quotes (``a "no limits"
  partnership``) or titles (``"The Art of War"``), never given a made-up speaker.
"""

from __future__ import annotations

from typing import Any

from detente.quotes.marks import Quoted
from detente.quotes.model import OPINION_VERBS, SPEECH_VERBS, Quote
from detente.quotes.speakers import Speakers

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CLAUSES = ("ccomp", "parataxis", "xcomp", "dobj", "advcl", "conj", "attr")


def _speech_verb(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in SPEECH_VERBS:
        return False
    if lemma == "point":  # "pointed out"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return lemma != "put"  # "as she put it" is no cue


def _subject(verb: Any) -> Any | None:
    """The subject of a speech verb, following "X was quoted as saying" and conjoined verbs."""
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            return c
    for c in verb.children:  # passive with an agent: "it was said by X"
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _np(tok: Any) -> Any:
    """The noun phrase of a subject, without its appositive and relative clause."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("appos", "relcl", "acl", "punct") or c.text == ",":
            break
        right = c.right_edge.i
    return doc[left : right + 1]


def _cue(verb: Any) -> tuple[str, int]:
    """The cue as the text says it: "said", "told reporters", "pointed out", "wrote"."""
    parts = [verb]
    for c in verb.children:
        if c.dep_ == "prt" or (verb.lemma_ == "tell" and c.dep_ in ("dobj", "dative")):
            parts.append(c)
    parts.sort(key=lambda t: t.i)
    doc = verb.doc
    span = doc[parts[0].i : parts[-1].i + 1] if len(parts) > 1 else doc[verb.i : verb.i + 1]
    text = span.text if len(span) <= 4 else verb.text
    return text, verb.idx


class EnglishQuotes:
    """Quotes of one document, from its spaCy parse (in chunks: ``(offset, Doc)``)."""

    def __init__(self, doc: Any, chunks: list[tuple[int, Any]], quoted: list[Quoted]) -> None:
        self.doc = doc
        self.chunks = chunks
        self.quoted = quoted
        self.spans = [(s, e) for q in quoted for s, e in q.spans]
        self.speakers = Speakers(doc, [(q.open_at, q.close_at + 1) for q in quoted])
        self.out: list[Quote] = []
        self.used_verbs: set[int] = set()  # character offsets of cues already used

    # -- helpers -----------------------------------------------------------------------------
    def _chunk(self, pos: int) -> tuple[int, Any] | None:
        for off, sdoc in self.chunks:
            if off <= pos < off + len(sdoc.text):
                return off, sdoc
        return None

    def _tokens(self, start: int, end: int) -> tuple[int, Any] | None:
        found = self._chunk(start)
        if found is None:
            return None
        off, sdoc = found
        span = sdoc.char_span(start - off, min(end, off + len(sdoc.text)) - off,
                              alignment_mode="expand")  # fmt: skip
        return (off, span) if span is not None and len(span) else None

    def _in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.spans)

    def _speaker(self, quote: Quote, subj: Any, off: int, before: int) -> Quote:
        """Set the speaker from a subject token (a name, a pronoun, a noun phrase)."""
        np = _np(subj)
        if subj.lower_ in ("i", "me", "you", "we", "us") and len(np) == 1:
            # the writer's own voice: a paper's authors ("we argue"); else no one we can name
            quote.speaker_text = np.text
            quote.speaker_start, quote.speaker_end = np.start_char + off, np.end_char + off
            if self.doc.kind == "scholarly" and self.doc.authors:
                quote.speaker = ", ".join(self.doc.authors)
                quote.speaker_description = "the authors"
            else:
                quote.confidence = 0.4
            return quote
        # an appositive right after the speaker is their description as this text gives it
        appos = [c for c in subj.children if c.dep_ == "appos"]
        if appos:
            a = appos[0]
            quote.speaker_description = a.doc[a.left_edge.i : a.right_edge.i + 1].text
        return self.speakers.fill(quote, np.start_char + off, np.end_char + off, before)

    def _cue_in(self, sent: Any, off: int, near: int) -> Any | None:
        """The speech verb of ``sent`` outside quotes, nearest to ``near`` (a character offset),
        preferring one whose clause holds the quote."""
        verbs = [
            t
            for t in sent
            if _speech_verb(t)
            and not self._in_quote(t.idx + off)
            and t.lemma_.lower() not in OPINION_VERBS
        ]
        if not verbs:
            return None
        return min(verbs, key=lambda t: abs(t.idx + off - near))

    # -- direct and partial quotes -----------------------------------------------------------
    def direct_and_partial(self) -> None:
        last: Quote | None = None
        for q in self.quoted:
            if q.depth > 0:
                continue  # a quote inside a quote: part of its speaker's words
            found = self._tokens(q.start, q.end)
            if found is None:
                continue
            off, span = found
            words = [t for t in span if not t.is_punct]
            full = self._is_full(q, span, off)
            if not full:
                self._fragment(q, span, off, words)
                continue
            quote = self._attribute(q, span, off, last)
            self.out.append(quote)
            last = quote if quote.speaker or quote.speaker_actor else None

    def _is_full(self, q: Quoted, span: Any, off: int) -> bool:
        """A whole utterance, not a phrase inside a sentence: it starts its sentence, follows a
        colon, dash or comma (a split quote's second half), or runs over paragraphs; and has a
        few words. A quote in mid-sentence is a fragment, even when the sentence's final stop
        sits inside its marks (American style: read from “The Governance of China.”)."""
        text = self.doc.text
        words = [t for t in span if not t.is_punct]
        if q.parts:
            return True
        if len(words) < 3:
            return False
        before = text[max(0, q.open_at - 3) : q.open_at].strip()
        first = span[0].sent
        line_start = text.rfind("\n", 0, q.open_at) + 1
        starts = q.open_at <= max(first.start_char + off, line_start) + 1
        if starts or before.endswith((":", "—", "–", ",")):
            return True
        inner_end = text[q.start : q.end].rstrip()
        return len(words) >= 8 and inner_end.endswith((",", "?", "!"))

    def _attribute(self, q: Quoted, span: Any, off: int, last: Quote | None) -> Quote:
        quote = Quote(q.start, q.end, "direct")
        first, final = span[0].sent, span[-1].sent
        text = self.doc.text
        if text[max(0, q.open_at - 3) : q.open_at].strip().endswith(":"):
            # "X said: "..."": the cue is the last speech verb before the colon
            verbs = [t for t in first if t.idx + off < q.open_at and _speech_verb(t)
                     and not self._in_quote(t.idx + off)]  # fmt: skip
            if verbs:
                return self._with_cue(quote, verbs[-1], off, q.open_at)
        # the sentences the quote ends and starts in, the text outside the quote
        for sent in dict.fromkeys([final, first]):
            verb = self._cue_in(sent, off, q.close_at if sent == final else q.open_at)
            if verb is not None:
                return self._with_cue(quote, verb, off, q.open_at)
            acc = self._according_to(sent, off)
            if acc is not None:
                return self._with_speaker(quote, acc, off, "according to", q.open_at)
        # "X said:" ending the sentence before the quote
        prev = _previous_sentence(first)
        if prev is not None and prev.text.rstrip().endswith(":"):
            verb = self._cue_in(prev, off, prev.end_char + off)
            if verb is not None:
                return self._with_cue(quote, verb, off, q.open_at)
        # the speaker goes on: the next quoted sentence of the same paragraph after the
        # attribution ("..., said X. "More words.""), or a run of quoted paragraphs
        if last is not None and q.open_at - last.end < 400:
            between = self.doc.text[last.end : q.open_at]
            same_par = "\n" not in between and (
                last.cue_start is not None and last.end <= last.cue_start < q.open_at
            )
            next_par = "\n" in between and len(between.strip(" \n\"“”'’,.")) < 3
            if same_par or next_par:
                for key in ("speaker", "speaker_actor", "speaker_description",
                            "speaker_country", "speaker_sector", "cue"):  # fmt: skip
                    setattr(quote, key, getattr(last, key))
                quote.confidence = 0.6
        return quote

    def _with_cue(self, quote: Quote, verb: Any, off: int, before: int) -> Quote:
        subj = _subject(verb)
        quote.cue, pos = _cue(verb)
        quote.cue_start = pos + off
        self.used_verbs.add(verb.idx + off)
        if subj is not None and not self._in_quote(subj.idx + off):
            return self._speaker(quote, subj, off, before)
        quote.confidence = 0.5
        return quote

    def _with_speaker(self, quote: Quote, tok: Any, off: int, cue: str, before: int) -> Quote:
        quote.cue = cue
        quote.cue_start = tok.idx + off
        return self._speaker(quote, tok, off, before)

    def _according_to(self, sent: Any, off: int) -> Any | None:
        for t in sent:
            if t.lower_ == "according" and not self._in_quote(t.idx + off):
                to = next((c for c in t.children if c.lower_ == "to"), None)
                if to is None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                    to = t.doc[t.i + 1]
                if to is not None:
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
        return None

    def _fragment(self, q: Quoted, span: Any, off: int, words: list) -> None:
        """A quoted phrase inside a sentence: partial quote, scare quote or title."""
        head = span.root
        verb = None
        node = head
        while node.head.i != node.i:
            node = node.head
            if _speech_verb(node) and not self._in_quote(node.idx + off):
                verb = node
                break
        kind_title = (
            len(words) >= 2
            and all(w.text[:1].isupper() or w.is_stop for w in words)
            and words[0].text[:1].isupper()
        )
        if verb is not None:
            quote = Quote(q.start, q.end, "partial")
            self._with_cue(quote, verb, off, q.open_at)
            if not (quote.speaker or quote.speaker_actor):
                # nobody is named: marked, not given a made-up speaker
                quote = Quote(q.start, q.end, "title" if kind_title else "scare", confidence=0.7)
            self.out.append(quote)
            return
        self.out.append(Quote(q.start, q.end, "title" if kind_title else "scare", confidence=0.7))

    # -- indirect speech ---------------------------------------------------------------------
    def indirect(self) -> None:
        for off, sdoc in self.chunks:
            for tok in sdoc:
                pos = tok.idx + off
                if pos in self.used_verbs or self._in_quote(pos) or not _speech_verb(tok):
                    continue
                clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
                if clause is None:
                    continue
                content = tok.doc[clause.left_edge.i : clause.right_edge.i + 1]
                start, end = content.start_char + off, content.end_char + off
                if any(s < end and start < e for s, e in self.spans):
                    continue  # quoted words are a direct or partial quote
                if len([t for t in content if not t.is_punct]) < 3:
                    continue
                quote = Quote(start, end, "indirect")
                self._with_cue(quote, tok, off, pos)
                if quote.speaker or quote.speaker_actor:
                    self.out.append(quote)
            for sent in sdoc.sents:  # "according to X, ..." with no quotation marks
                obj = self._according_to(sent, off)
                if obj is None:
                    continue
                acc = obj.head.head  # "according"
                # the paragraph the phrase is in (spaCy's sentences may run over a line break)
                breaks = [t.i for t in sent if "\n" in t.text_with_ws]
                lo = max((b for b in breaks if b < acc.i), default=sent.start - 1)
                hi = min((b for b in breaks if b >= obj.right_edge.i), default=sent.end - 1)
                rest = [t for t in sent[lo + 1 - sent.start : hi + 1 - sent.start]
                        if t.i < acc.i or t.i > obj.right_edge.i]  # fmt: skip
                while rest and (rest[0].is_punct or rest[0].is_space):
                    rest = rest[1:]
                while rest and (rest[-1].is_space or rest[-1].text in '"“”'):
                    rest = rest[:-1]
                if len([t for t in rest if not t.is_punct]) < 3:
                    continue
                start = rest[0].idx + off
                end = rest[-1].idx + len(rest[-1].text) + off
                if any(s < end and start < e for s, e in self.spans):
                    continue
                quote = Quote(start, end, "indirect")
                self._with_speaker(quote, obj, off, "according to", start)
                self.out.append(quote)


def _previous_sentence(sent: Any) -> Any | None:
    doc = sent.doc
    if sent.start == 0:
        return None
    return doc[sent.start - 1].sent


def quotes(doc: Any, chunks: list[tuple[int, Any]], quoted: list[Quoted]) -> list[Quote]:
    """Every quotation and report of speech in an English document."""
    q = EnglishQuotes(doc, chunks, quoted)
    q.direct_and_partial()
    q.indirect()
    return sorted(q.out, key=lambda x: x.start)
