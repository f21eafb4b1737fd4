"""The tense of the verb that governs a temporal expression in English, from spaCy's parse:
"said on Friday" (past: the Friday before), "will meet on Friday" (future: the one after),
"Xi to visit Moscow on Tuesday" (a headline's infinitive: ahead)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_FUTURE_HEADS = {"plan", "expect", "intend", "schedule", "set", "due", "hope", "want", "aim",
                 "prepare", "agree", "promise", "vow", "pledge", "threaten", "decide", "be",
                 "go", "seek", "propose", "offer", "invite", "ask", "urge", "call"}  # fmt: skip


_PLANNED = {"schedule", "plan", "slate", "set", "due", "expect", "reschedule", "postpone", "delay",
            "earmark", "pencil"}  # fmt: skip


def tense_of(token: Any) -> str | None:
    """The tense of the verb governing ``token`` (a spaCy token): past, future, present."""
    t = token
    for _ in range(8):
        # "closed until Tuesday", "kept shut": a participle complement, not the governing verb
        complement = t.tag_ == "VBN" and t.dep_ in ("acomp", "oprd", "amod")
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and not complement:
            break
        if t.head is t:
            return None
        t = t.head
    else:
        return None
    if t.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    lower = {a.lower_ for a in auxes}
    if lower & {"will", "'ll", "shall", "wo", "ll"}:
        return "future"
    if t.tag_ == "VB" and "to" in lower:
        head = t.head
        # "Xi to visit Moscow" (a headline), "due to resume", "plans to visit": ahead
        if head is t or head.pos_ not in ("VERB", "AUX") or head.lemma_ in _FUTURE_HEADS:
            return "future"
        return tense_of(head)
    if t.tag_ == "VBG" and lower & {"is", "are", "am", "'s", "'re"}:
        return "future" if t.lemma_ not in ("say", "tell") else "present"
    if lower & {"may", "might", "should", "must", "can", "could", "would"}:
        if lower & {"have", "'ve"}:
            return "past"  # "would have met"
        return None if lower & {"would", "could"} else "future"
    if t.tag_ == "VBN" and ("to" in lower or t.lemma_ in _PLANNED):
        return "future"  # "to be held on October 12", "a hearing has been scheduled for June 3"
    if t.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if t.tag_ == "VBN" and lower & {"has", "have", "'ve", "'s"}:
        return "perfect"  # past, but "has kept markets closed until Friday" reaches ahead
    if t.tag_ == "VBN" and lower & {"had", "was", "were"}:
        return "past"
    if t.tag_ == "VBN":  # a reduced relative: "talks held on Monday"
        return "past"
    if t.tag_ in ("VBZ", "VBP") or lower & {"is", "are", "am"}:
        return "present"
    return None


def tense_function(parsed: Any) -> Callable[[int, int], str | None]:
    """A ``(start, end) -> tense`` function over a text's parse (:class:`detente.nlp.Parsed`:
    its chunks ``[(offset, spaCy Doc)]``)."""
    native = parsed.native

    def at(start: int, end: int) -> str | None:
        for off, sdoc in reversed(native):
            if off <= start:
                span = sdoc.char_span(start - off, end - off, alignment_mode="expand")
                if span is None or not len(span):
                    return None
                return tense_of(span.root)
        return None

    return at
