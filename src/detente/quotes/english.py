"""English quotations and reported speech from the spaCy parse.

* Direct quotes: quoted text with its cue and speaker in every common shape: ``"...," X said.``,
  ``"...," said X, a ... at ...``, ``X said: "..."``, ``Says X: "..."``, a quote split around its
  attribution, attribution in the sentence before (``X said:`` then the quote) or carried over
  from the previous quote of a run of quoted paragraphs, multi-paragraph quotes, a pronoun
  speaker (``she told NPR``) resolved to the person who last spoke or was the subject.
* Partial quotes: a quoted fragment inside reported speech or under a verb of speaking or naming
  (``called the ties "a marriage of convenience"``, ``greeted Xi as his "dear friend"``).
* Indirect speech: ``X said that ...``, ``X warned ...``, ``according to X, ...``, ``X wrote in a
  report that ...``, a parenthetical ``The bloc, she noted, has struggled ...``; the reported
  clause is kept whole even when it holds a quoted fragment (both are recorded).
* Not speech: ``has not said whether``, ``Asked whether``, a relative pronoun as speaker.
* Quoted phrases with no one saying them are marked as scare quotes (``a "no limits"
  partnership``) or titles and names (``"The Art of War"``, «Газпром»), never given a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from detente.quotes.marks import Quoted
from detente.quotes.model import INTENT_VERBS, NAMING_VERBS, OPINION_VERBS, SPEECH_VERBS, Quote
from detente.quotes.speakers import PRONOUNS, Speakers, gender

GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# verbs that take a quoted fragment as what someone said, beyond verbs of saying
SPEECH_ACTS = {
    "greet", "speak", "hail", "proclaim", "condemn", "denounce", "deplore", "praise", "welcome",
    "repeat", "remind", "criticize", "criticise", "decry", "dismiss", "reject", "vow",
    "pledge", "promise", "demand", "urge", "appeal", "accuse", "thank", "congratulate",
}  # fmt: skip
# nouns for people who can speak: a subject made of one is a speaker even without a name
PERSON_NOUNS = {
    "diplomat", "official", "analyst", "expert", "spokesman", "spokeswoman", "spokesperson",
    "minister", "ambassador", "envoy", "negotiator", "source", "scholar", "historian",
    "researcher", "economist", "officer", "adviser", "advisor", "aide", "lawmaker", "senator",
    "general", "commander", "president", "leader", "premier", "chancellor", "secretary",
    "director", "professor", "journalist", "editor", "executive", "trader", "banker",
    "consultant", "broker", "fellow", "lecturer", "activist", "resident", "witness", "person",
    "man", "woman", "specialist", "observer", "commentator", "chief", "representative",
    "delegate", "counterpart", "deputy", "head", "host", "guest", "author", "authors",
}  # fmt: skip
# things that report, whose source is named in them ("a Kremlin transcript", "customs data")
DOC_NOUNS = {
    "figure", "figures", "data", "statistic", "statistics", "transcript", "readout", "statement",
    "report", "account", "document", "communique", "survey", "poll", "study", "paper",
    "record", "records", "estimate", "estimates", "filing", "release", "summary", "minutes",
}  # fmt: skip
RELATIVE = {"that", "which", "who", "whom", "whose"}
QUESTION = {"whether", "if", "what", "how", "why", "when", "where", "who", "which"}
_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .,'’/-]{2,60}?(?:,\s*[A-Z][\w .'’-]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[—–]+\s*"
)
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s*)+|\s*(?:Mr|Mrs|Ms|Dr)\.?$")


def _speech_verb(tok: Any, *, partial: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "put":  # "put it to me: ..." is a cue; "as she put it" is not
        prev = tok.doc[tok.i - 2 : tok.i]
        return any(c.lower_ == "it" for c in tok.children) and "as" not in (t.lower_ for t in prev)
    if lemma not in SPEECH_VERBS and not (partial and lemma in SPEECH_ACTS):
        return False
    if lemma == "point":  # "pointed out"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return True


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _subject(verb: Any) -> Any | None:
    """The subject of a speech verb: its own, an agent ("was said by X"), the noun a participle
    hangs on ("a statement declaring ..."), or the subject of the verb it is joined to."""
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            return c
    for c in verb.children:  # passive with an agent: "it was said by X"
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
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
    while left < tok.i and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


def _cue(verb: Any) -> str:
    """The cue as the text says it: "said", "told reporters", "pointed out", "wrote"."""
    parts = [verb]
    for c in verb.children:
        if c.dep_ == "prt" or (verb.lemma_ == "tell" and c.dep_ in ("dobj", "dative")):
            parts.append(c)
    parts.sort(key=lambda t: t.i)
    span = verb.doc[parts[0].i : parts[-1].i + 1]
    return span.text if len(span) <= 4 else verb.text


def _clean_description(text: str | None) -> str | None:
    """ "Mr." is no description; a description stops before any quotation mark."""
    if not text:
        return None
    text = re.split(r"[“”\"«»「」]", text)[0].strip(" ,;:—–")
    text = _HONORIFIC.sub("", text).strip(" ,")
    return text if len(text) > 2 else None


@dataclass(slots=True)
class _Said:
    """Someone seen speaking or acting as a sentence's subject: a candidate for "he"/"she"."""

    pos: int
    quote: Quote
    plural: bool = False
    person: bool = True  # a person (named, or "a European diplomat"), not a body or a document


class EnglishQuotes:
    """Quotes of one document, from its spaCy parse (in chunks: ``(offset, Doc)``)."""

    def __init__(self, doc: Any, chunks: list[tuple[int, Any]], quoted: list[Quoted]) -> None:
        self.doc = doc
        self.chunks = chunks
        self.quoted = [q for q in quoted if q.depth == 0]
        self.spans = [(s, e) for q in self.quoted for s, e in q.spans]
        self.speakers = Speakers(doc, [(q.open_at, q.close_at + 1) for q in quoted])
        self.out: list[Quote] = []
        self.used_verbs: set[int] = set()  # character offsets of cues already used
        self.salient: list[_Said] = []  # speakers and person subjects, in text order
        self.datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(doc.text)]

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

    def _in_dateline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.datelines)

    def _paragraph(self, pos: int) -> tuple[int, int]:
        text = self.doc.text
        return text.rfind("\n", 0, max(pos, 1)) + 1, (
            text.find("\n", pos) % (len(text) + 1)
        ) or len(text)

    def _after_dateline(self, pos: int) -> int:
        for s, e in self.datelines:
            if s <= pos < e:
                return e
        return pos

    # -- speakers ----------------------------------------------------------------------------
    def _speaker(self, quote: Quote, subj: Any, off: int) -> Quote:
        """Set the speaker from a subject token (a name, a pronoun, a noun phrase)."""
        if self._in_dateline(subj.idx + off):  # a dateline is nobody
            quote.confidence = 0.5
            return quote
        appos = [c for c in subj.children if c.dep_ == "appos"]
        if appos and subj.pos_ == "NOUN" and appos[0].ent_type_ == "PERSON":
            # "China's U.N. ambassador, Liu Jieyi, said": the name speaks, the role describes
            role = _np(subj)
            quote.speaker_description = role.text
            subj, appos = appos[0], []
        np = _np(subj)
        breaks = [t.i for t in np if "\n" in t.text_with_ws and t.i < subj.i]
        if breaks:  # "5:45 p.m.\n\nDonald Trump": only the words in the speaker's paragraph
            np = np.doc[breaks[-1] + 1 : np.end]
        low = subj.lower_
        start, end = np.start_char + off, np.end_char + off
        if low in ("i", "me", "you", "we", "us") and len(np) == 1:
            # the writer's own voice: a paper's authors ("we argue"); else no one we can name
            quote.speaker_text, quote.speaker_start, quote.speaker_end = np.text, start, end
            if self.doc.kind == "scholarly" and self.doc.authors:
                quote.speaker = ", ".join(self.doc.authors)
                quote.speaker_description = "the authors"
            else:
                quote.confidence = 0.4
            return quote
        if appos:  # the description as this text gives it, right after the speaker
            a = appos[0]
            quote.speaker_description = a.doc[a.left_edge.i : a.right_edge.i + 1].text
        if low in PRONOUNS and len(np) == 1 and PRONOUNS[low] == "person":
            prior = self._salient_before(start, GENDER.get(low))
            if prior is not None:
                self._copy_speaker(quote, prior, 0.8)
                quote.speaker_text, quote.speaker_start, quote.speaker_end = np.text, start, end
                return quote
        self.speakers.fill(quote, start, end, start)
        if not quote.speaker_actor and quote.speaker and low not in PRONOUNS:
            quote.speaker = np.text  # "A European diplomat", "Analysts": the words
        quote.speaker_description = _clean_description(quote.speaker_description)
        return quote

    def _salient_before(self, pos: int, want: str | None = None) -> Quote | None:
        """The speaker a "he"/"she" at ``pos`` most likely means: the last one seen speaking,
        or the last person who was a sentence's subject, within a few sentences; never one
        whose name says the other gender."""
        best = None
        for s in self.salient:
            if s.plural or not s.person or not (s.quote.speaker or s.quote.speaker_actor):
                continue
            known = gender(s.quote.speaker)
            if want and known and known != want:
                continue
            if s.pos < pos and pos - s.pos < 1500:
                best = s
        return best.quote if best is not None else None

    @staticmethod
    def _copy_speaker(quote: Quote, src: Quote, conf: float) -> None:
        for key in ("speaker", "speaker_actor", "speaker_description", "speaker_country",
                    "speaker_sector"):  # fmt: skip
            setattr(quote, key, getattr(src, key))
        quote.confidence = min(quote.confidence, conf)

    def _note_subjects(self, sent: Any, off: int) -> None:
        """Remember the person subjects of a sentence (for the pronouns after it)."""
        for tok in sent:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in PRONOUNS:
                continue
            if tok.lower_ in RELATIVE or self._in_quote(tok.idx + off):
                continue
            person = tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS
            if not person:
                continue
            q = Quote(0, 0, "direct")
            self._speaker(q, tok, off)
            if q.speaker_actor and not q.speaker_actor.startswith("person:") and tok.ent_type_:
                continue
            self.salient.append(
                _Said(tok.idx + off, q, tok.tag_ in ("NNS", "NNPS"), _is_person(tok, q))
            )

    def _with_cue(self, quote: Quote, verb: Any, off: int, *, use: bool = True) -> Quote:
        quote.cue = _cue(verb)
        quote.cue_start = verb.idx + off
        quote.cue_end = quote.cue_start + len(verb.text)
        if use:  # the verb's reported clause is this quote (a partial quote leaves it open)
            self.used_verbs.add(verb.idx + off)
        subj = _subject(verb)
        if subj is not None and self._in_dateline(subj.idx + off):
            # "BEIJING (Wire) — Xi and Putin declared ...": the other subject
            subj = next((c for c in verb.children if c.dep_ in SUBJECTS
                         and not self._in_dateline(c.idx + off)), subj)  # fmt: skip
        if subj is None or self._in_quote(subj.idx + off):
            quote.confidence = 0.5
            return quote
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            subj = verb.head  # "X, who said ...": X
        elif subj.lower_ in RELATIVE:
            quote.confidence = 0.3
            return quote
        self._speaker(quote, subj, off)
        if quote.speaker or quote.speaker_actor:
            plural = subj.tag_ in ("NNS", "NNPS") or (len(_np(subj)) > 3 and any(
                c.dep_ == "conj" for c in subj.children))  # fmt: skip
            self.salient.append(
                _Said(quote.cue_start or quote.start, quote, plural, _is_person(subj, quote))
            )
        return quote

    def _with_speaker(self, quote: Quote, tok: Any, off: int, cue: str) -> Quote:
        quote.cue = cue
        cue_tok = tok
        if cue == "according to":  # the cue is "according to", not the speaker after it
            cue_tok = next((t for t in tok.ancestors if t.lower_ == "according"), tok)
        quote.cue_start = cue_tok.idx + off
        quote.cue_end = quote.cue_start + len(cue) if cue == "according to" else (
            quote.cue_start + len(cue_tok.text))  # fmt: skip
        self._speaker(quote, tok, off)
        if quote.speaker or quote.speaker_actor:
            self.salient.append(
                _Said(quote.cue_start, quote, tok.tag_ in ("NNS", "NNPS"), _is_person(tok, quote))
            )
        return quote

    # -- cues --------------------------------------------------------------------------------
    def _cue_in(self, sent: Any, off: int, near: int, *, before: int | None = None) -> Any | None:
        """The speech verb of ``sent`` outside quotes nearest to ``near`` (only those before
        ``before`` if given), not negated, not an opinion verb."""
        par = self._paragraph(near)
        verbs = [
            t
            for t in sent
            if _speech_verb(t)
            and not self._in_quote(t.idx + off)
            and t.lemma_.lower() not in OPINION_VERBS
            and not _negated(t)
            and (before is None or t.idx + off < before)
            and par[0] <= t.idx + off < par[1]  # spaCy's sentences may run over a paragraph
        ]
        if not verbs:
            return None
        return min(verbs, key=lambda t: abs(t.idx + off - near))

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

    # -- direct and partial quotes -----------------------------------------------------------
    def _direct(self, q: Quoted, last: Quote | None) -> Quote | None:
        found = self._tokens(q.start, q.end)
        if found is None:
            return None
        off, span = found
        if self._is_name(q):
            self.out.append(Quote(q.start, q.end, "title", confidence=0.8))
            return None
        if not self._is_full(q, span, off):
            self._fragment(q, span, off)
            return None
        quote = self._attribute(q, span, off, last)
        self.out.append(quote)
        return quote

    def _is_name(self, q: Quoted) -> bool:
        """A quoted name: an organisation, company or programme the actor layer knows."""
        return self.speakers.is_name(q.start, q.end)

    def _is_full(self, q: Quoted, span: Any, off: int) -> bool:
        """A whole utterance, not a phrase inside a sentence: it starts its sentence, follows a
        colon, dash or comma (a split quote's second half), or runs over paragraphs. A quote in
        mid-sentence is a fragment, even when the sentence's final stop sits inside its marks
        (American style: read from “The Governance of China.”)."""
        text = self.doc.text
        words = [t for t in span if not t.is_punct]
        if q.parts:
            return True
        inner_end = text[q.start : q.end].rstrip()
        before = text[max(0, q.open_at - 3) : q.open_at].strip()
        first = span[0].sent
        line_start = text.rfind("\n", 0, q.open_at) + 1
        starts = q.open_at <= max(first.start_char + off, line_start, self._after_dateline(
            line_start)) + 1  # fmt: skip
        if starts and inner_end.endswith(","):  # "The pipe," said X, "...": a split quote
            return True
        if len(words) < 3:
            return False
        if starts or before.endswith((":", "—", "–", ",")):
            return True
        return len(words) >= 8 and inner_end.endswith((",", "?", "!"))

    def _attribute(self, q: Quoted, span: Any, off: int, last: Quote | None) -> Quote:
        quote = Quote(q.start, q.end, "direct")
        first, final = span[0].sent, span[-1].sent
        text = self.doc.text
        says = self._says(first, off, q.open_at)
        if says is not None:  # "Says June Whitaker, a former negotiator: "...""
            return self._with_speaker(quote, says, off, "says")
        if text[max(0, q.open_at - 3) : q.open_at].strip().endswith(":"):
            # "X said: "..."": the cue is the last speech verb before the colon
            verb = self._cue_in(first, off, q.open_at, before=q.open_at)
            if verb is not None:
                return self._with_cue(quote, verb, off)
        # the sentences the quote ends and starts in, the text outside the quote
        for sent in dict.fromkeys([final, first]):
            verb = self._cue_in(sent, off, q.close_at if sent == final else q.open_at)
            if verb is not None:
                return self._with_cue(quote, verb, off)
            acc = self._according_to(sent, off)
            if acc is not None:
                return self._with_speaker(quote, acc, off, "according to")
        after = text[q.close_at + 1 : q.close_at + 4].lstrip()
        if after[:1] in ("―", "—", "–"):  # "“…” — Carla Sanchez."
            dash = self._tokens(q.close_at + 1, min(len(text), q.close_at + 60))
            if dash is not None:
                person = next((t for t in dash[1] if t.ent_type_ == "PERSON"), None)
                if person is not None:
                    self._with_speaker(quote, person, dash[0], "—")
                    return quote
        nxt = _next_sentence(final)
        if nxt is not None and text[q.start : q.end].rstrip().endswith(("?", "!")):
            # "“Why is this so hard?” Smith asked.": the parser starts a sentence after "?"
            head = nxt[: min(len(nxt), 5)]
            verb = next((t for t in head if _speech_verb(t)), None)
            if verb is not None and nxt.start_char + off - q.close_at < 4:
                return self._with_cue(quote, verb, off)
        # "X said:" ending the sentence before the quote
        prev = _previous_sentence(first)
        if prev is not None and prev.text.rstrip().endswith(":"):
            verb = self._cue_in(prev, off, prev.end_char + off)
            if verb is not None:
                return self._with_cue(quote, verb, off)
        # the speaker goes on: the next quoted sentence of the same paragraph after the
        # attribution ("..., said X. "More words.""), or a run of quoted paragraphs
        if last is not None and q.open_at - last.end < 400:
            between = text[last.end : q.open_at]
            same_par = "\n" not in between and (
                last.cue_start is not None and last.end <= last.cue_start < q.open_at
            )
            next_par = "\n" in between and len(between.strip(" \n\"“”'’,.")) < 3
            if same_par or next_par:
                self._copy_speaker(quote, last, 0.6)
                quote.cue = last.cue
        return quote

    def _says(self, sent: Any, off: int, open_at: int) -> Any | None:
        """ "Says X: "..."": the person right after a sentence-initial "Says"."""
        first = sent[0]
        if first.lower_ != "says" or first.idx + off >= open_at:
            return None
        for tok in sent[1:]:
            if tok.idx + off >= open_at:
                return None
            if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
                while (
                    tok.head.i != tok.i
                    and tok.head.ent_type_ == "PERSON"
                    and tok.dep_ == "compound"
                ):
                    tok = tok.head
                return tok
        return None

    def _fragment(self, q: Quoted, span: Any, off: int) -> None:
        """A quoted phrase inside a sentence: partial quote, scare quote or title."""
        words = [t for t in span if not t.is_punct]
        node = span.root
        verb = None
        while node.head.i != node.i:
            node = node.head
            if _speech_verb(node, partial=True) and not self._in_quote(node.idx + off):
                verb = node
                break
        titled = (
            len(words) >= 2
            and all(w.text[:1].isupper() or w.is_stop for w in words)
            and words[0].text[:1].isupper()
        )
        if titled and len(words) <= 6 and q.start < q.end and self.doc.text[q.start].isupper():
            verb = None  # "told “Fox News Sunday,”": a title, whoever speaks around it
        if verb is not None and not _negated(verb):
            quote = Quote(q.start, q.end, "partial")
            self._with_cue(quote, verb, off, use=False)
            if quote.speaker or quote.speaker_actor:
                self.out.append(quote)
                return
            if verb.lemma_.lower() not in NAMING_VERBS and quote.confidence > 0.4:
                self.out.append(quote)  # a speaker that stays unnamed ("it deplores ...")
                return
        kind = "title" if titled else "scare"  # nobody is said to say it: no made-up speaker
        self.out.append(Quote(q.start, q.end, kind, confidence=0.7))

    # -- indirect speech ---------------------------------------------------------------------
    def _indirect_verb(self, tok: Any, off: int) -> None:
        pos = tok.idx + off
        if pos in self.used_verbs or self._in_quote(pos) or not _speech_verb(tok):
            return
        if _negated(tok) or tok.dep_ == "relcl" or tok.lemma_.lower() == "ask":
            return  # "has not said", "a charge China denies", "asked whether"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return  # "if one of them believes": a condition, not a statement
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        parenthetical = clause is None and tok.dep_ == "parataxis" and tok.head.pos_ in (
            "VERB", "AUX")  # fmt: skip
        intent = None
        if clause is None and tok.lemma_.lower() in INTENT_VERBS:
            intent = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if clause is None and not parenthetical and intent is None:
            return
        doc = tok.doc
        if intent is not None:  # "urged supporters to monitor polling places"
            obj = next(
                (c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < intent.i), None
            )
            first_i = obj.left_edge.i if obj is not None else intent.left_edge.i
            toks = list(doc[first_i : intent.right_edge.i + 1])
        elif parenthetical:  # "The bloc, she noted, has struggled ...": the clause around it
            head = tok.head
            toks = [t for t in doc[head.left_edge.i : head.right_edge.i + 1]
                    if not (tok.left_edge.i <= t.i <= tok.right_edge.i)]  # fmt: skip
        else:
            toks = list(doc[clause.left_edge.i : clause.right_edge.i + 1])
        toks = self._content_tokens(toks, off)
        if not toks:
            return
        first = toks[0]
        if first.lower_ in QUESTION and first.lower_ != "that":
            return  # "whether its troops suffered casualties": a question, not a claim
        start, end = first.idx + off, toks[-1].idx + len(toks[-1].text) + off
        if any(s <= start and end <= e for s, e in self.spans):
            return  # all of it is inside a quotation: the direct quote has it
        quote = Quote(start, end, "indirect")
        self._with_cue(quote, tok, off)
        if quote.speaker or quote.speaker_actor:
            self.out.append(quote)

    def _content_tokens(self, toks: list, off: int) -> list:
        """The reported clause without "according to X", a dateline, edge punctuation, and a
        gloss the writer adds after a comma at its end (", a charge China denies")."""
        last = toks[-1] if toks else None
        glosses = [t for t in toks if t.dep_ == "appos" and t.i > toks[0].i + 2
                   and t.right_edge.i >= (last.i if last else 0) - 1
                   and t.doc[t.left_edge.i - 1].text == ","]  # fmt: skip
        for g in glosses:
            toks = [t for t in toks if t.i < g.left_edge.i - 1]
        acc = [t for t in toks if t.lower_ == "according"]
        for a in acc:
            toks = [t for t in toks if not (a.i - 1 <= t.i <= a.right_edge.i and (
                t.i >= a.i or t.is_punct))]  # fmt: skip
        toks = [t for t in toks if not self._in_dateline(t.idx + off)]
        while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].text not in '“"':
            toks = toks[1:]
        while toks and (
            toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("and", "but")
        ):
            if toks[-1].text in '”"':
                break
            toks = toks[:-1]
        return toks if len([t for t in toks if not t.is_punct]) >= 3 else []

    def _according(self, sent: Any, off: int) -> None:
        """ "According to X, CLAUSE" with no speech verb of its own (else that verb's quote has
        the content, and "according to" only tells where the report comes from)."""
        obj = self._according_to(sent, off)
        if obj is None:
            return
        if any(_speech_verb(t) and t.idx + off in self.used_verbs for t in sent):
            return
        acc = obj.head.head  # "according"
        head = acc.head if acc.head.i != acc.i else sent.root
        toks = list(head.doc[head.left_edge.i : head.right_edge.i + 1])
        if not (toks[0].i <= acc.i <= toks[-1].i):
            toks = list(sent)
        breaks = [t.i for t in toks if "\n" in t.text_with_ws]
        lo = max((b for b in breaks if b < acc.i), default=-1)
        hi = min((b for b in breaks if b >= obj.right_edge.i), default=10**9)
        toks = self._content_tokens([t for t in toks if lo < t.i <= hi], off)
        if not toks:
            return
        start, end = toks[0].idx + off, toks[-1].idx + len(toks[-1].text) + off
        if any(s <= start and end <= e for s, e in self.spans):
            return
        quote = Quote(start, end, "indirect")
        self._with_speaker(quote, obj, off, "according to")
        if obj.lemma_.lower() in DOC_NOUNS:  # "figures released by China's customs": the source
            whole = obj.doc[obj.left_edge.i : obj.right_edge.i + 1]
            who = self.speakers.at(whole.start_char + off, whole.end_char + off)
            quote.speaker = whole.text
            if who is not None:
                quote.speaker_actor, quote.speaker_country = who.actor, who.country
                quote.speaker_sector = who.sector
        self.out.append(quote)

    # -- all of it, in text order ------------------------------------------------------------
    def run(self) -> list[Quote]:
        events: list[tuple[int, int, Any]] = []  # (position, order, what)
        for q in self.quoted:
            events.append((q.open_at, 1, q))
        for off, sdoc in self.chunks:
            for sent in sdoc.sents:
                events.append((sent.start_char + off, 0, ("sentence", sent, off)))
        events.sort(key=lambda e: (e[0], e[1]))
        last: Quote | None = None
        pending: list[tuple[Any, int]] = []  # sentences whose reported speech is still to do
        for _, _, what in events:
            if isinstance(what, Quoted):
                quote = self._direct(what, last)
                last = quote if quote is not None and (quote.speaker or quote.speaker_actor) else (
                    last if quote is None else None)  # fmt: skip
                continue
            _, sent, off = what
            for s, o in pending:  # a sentence's quotes are done: its indirect speech now
                self._sentence_speech(s, o)
            pending = [(sent, off)]
            self._note_subjects(sent, off)
        for s, o in pending:
            self._sentence_speech(s, o)
        return sorted(self.out, key=lambda x: (x.start, x.end))

    def _sentence_speech(self, sent: Any, off: int) -> None:
        for tok in sent:
            self._indirect_verb(tok, off)
        self._according(sent, off)


def _is_person(tok: Any, quote: Quote) -> bool:
    """Could "he" or "she" refer to this speaker?"""
    if quote.speaker_actor:
        return quote.speaker_actor.startswith("person:")
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS


def _next_sentence(sent: Any) -> Any | None:
    doc = sent.doc
    return doc[sent.end].sent if sent.end < len(doc) else None


def _previous_sentence(sent: Any) -> Any | None:
    doc = sent.doc
    if sent.start == 0:
        return None
    return doc[sent.start - 1].sent


def quotes(doc: Any, chunks: list[tuple[int, Any]], quoted: list[Quoted]) -> list[Quote]:
    """Every quotation and report of speech in an English document."""
    return EnglishQuotes(doc, chunks, quoted).run()
