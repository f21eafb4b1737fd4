"""Negation and modality of English event predicates (see :mod:`detente.events.english`).

An event's own marks ("not", "never", "no"; will/shall, may/might/could/would, must/should;
"reportedly"), else those of the verb it hangs on: "plans/is expected/agreed to visit"
(planned), "threatened to impose" (threatened), "urged China to stop" (called_for), "offered
to mediate" (proposed), "denied supplying" (denied), "is considering" (possible), "accused X of
attacking", "is said to have" (reported), "refused/failed to" (negated); a purpose clause ("flew
to Moscow to sign") is planned. Values are :data:`detente.events.model.MODALITIES`, plus
"negated" internally for the verbs that negate what they embed.
"""

from __future__ import annotations

from typing import Any

from detente.events.english_roles import children, gerund_head

# the verb an event hangs on, and what it makes of it
_PLANNED = ("plan", "intend", "aim", "expect", "schedule", "prepare", "agree", "pledge", "promise",
            "vow", "commit", "decide", "resolve", "hope", "want", "seek", "slate", "poise", "due",
            "ready", "willing", "undertake", "mean", "determine", "eager", "wish")  # fmt: skip
_CALLED = ("urge", "call", "ask", "demand", "appeal", "press", "push", "request", "insist",
           "encourage", "invite", "pressure", "implore", "plead", "tell", "order", "warn",
           "caution")  # fmt: skip
_POSSIBLE = ("consider", "mull", "weigh", "contemplate", "explore", "likely", "try", "attempt",
             "study")  # fmt: skip
_REPORTED = ("accuse", "allege", "claim", "blame", "suspect", "report", "believe", "say",
             "think", "rumor", "rumour")  # fmt: skip
_NEGATED = ("refuse", "decline", "fail", "refrain", "avoid", "reject")
MATRIX = {
    **dict.fromkeys(_PLANNED, "planned"),
    "threaten": "threatened",
    **dict.fromkeys(_CALLED, "called_for"),
    **dict.fromkeys(("offer", "propose", "suggest"), "proposed"),
    "deny": "denied",
    **dict.fromkeys(_POSSIBLE, "possible"),
    **dict.fromkeys(_REPORTED, "reported"),
    **dict.fromkeys(_NEGATED, "negated"),
}
# matrix verbs whose sense needs a passive ("is expected/said/set to"), active "say" is speech
PASSIVE_ONLY = {"expect", "report", "believe", "say", "think", "set", "schedule", "slate",
                "poise", "rumor", "rumour"}  # fmt: skip
SPEECH = {"say", "tell", "announce", "state", "add", "note", "write", "declare", "stress",
          "explain", "comment", "speak", "elaborate", "confirm", "answer", "reply",
          "respond", "disclose", "reveal", "detail", "specify"}  # fmt: skip
AUX_MODALITY = {"will": "planned", "shall": "planned", "'ll": "planned", "wo": "planned",
                "would": "possible", "could": "possible", "may": "possible", "might": "possible",
                "must": "called_for", "should": "called_for", "ought": "called_for"}  # fmt: skip
REPORTED = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
# modifiers of an event noun: "the planned visit", "alleged strikes"
_NOUN_PLANNED = ("planned", "upcoming", "forthcoming", "scheduled", "expected", "future",
                 "prospective", "impending", "pending", "intended")  # fmt: skip
_NOUN_REPORTED = ("alleged", "reported", "suspected", "rumored", "rumoured", "purported")
NOUN_MODALITY = {
    **dict.fromkeys(_NOUN_PLANNED, "planned"),
    **dict.fromkeys(("proposed", "mooted", "suggested"), "proposed"),
    **dict.fromkeys(("possible", "potential", "likely", "probable"), "possible"),
    **dict.fromkeys(_NOUN_REPORTED, "reported"),
    "threatened": "threatened",
}
# the verb an event noun is an argument of: "called for talks", "ruled out sanctions"
_GOV_CALLED = ("call", "demand", "urge", "seek", "request", "ask", "press", "push", "appeal")
_GOV_NEGATED = ("reject", "refuse", "rule", "oppose", "cancel", "postpone", "avoid", "prevent",
                "block")  # fmt: skip
NOUN_GOVERNORS = {
    **dict.fromkeys(_GOV_CALLED, "called_for"),
    "threaten": "threatened",
    **dict.fromkeys(("propose", "offer", "suggest"), "proposed"),
    **dict.fromkeys(("plan", "prepare", "schedule", "set", "want", "need", "hope"), "planned"),
    **dict.fromkeys(("consider", "mull", "weigh", "discuss", "explore"), "possible"),
    "deny": "denied",
    **dict.fromkeys(_GOV_NEGATED, "negated"),
}


def own_marks(v: Any) -> tuple[bool, str | None]:
    neg = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children)
    mod = None
    for c in v.children:
        if c.dep_ == "aux" and c.lower_ in AUX_MODALITY:
            mod = mod or AUX_MODALITY[c.lower_]
        elif c.dep_ == "advmod" and c.lower_ in REPORTED:
            mod = mod or "reported"
    if v.lemma_.lower() == "go" and v.tag_ == "VBG" and children(v, "xcomp"):
        mod = mod or "planned"
    return neg, mod


def marks(v: Any) -> tuple[bool, str | None]:
    """Negation and modality of a verb: its own, else those of the verbs it hangs on."""
    neg, mod = own_marks(v)
    if mod is None and v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in v.children):  # fmt: skip
        return neg, "planned"  # a purpose: "flew to Moscow to sign a deal"
    if mod is None and v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in
                                                 ("if", "unless") for c in v.children):  # fmt: skip
        return neg, "possible"  # a condition: "if China supplied weapons"
    if v.dep_ == "pcomp" and v.head.lower_ in ("against", "from"):
        neg = True  # "warned China against supplying", "refrained from attacking"
    gov = gerund_head(v)
    if mod is None and gov is not None:  # "denied supplying weapons", misparsed as amod
        kind = MATRIX.get(gov.lemma_.lower())
        if gov.lemma_.lower() in PASSIVE_ONLY and gov.tag_ != "VBN":
            kind = None
        hneg, hmod = own_marks(gov)
        if kind == "negated":
            return not hneg, None
        return neg or hneg, kind or hmod
    cur = v
    while mod is None and cur.dep_ in ("xcomp", "ccomp", "pcomp", "conj") and cur.head.i != cur.i:
        head = cur.head
        if cur.dep_ == "pcomp" and head.dep_ == "prep":  # "accused China (...) of helping"
            head = head.head if head.head.dep_ != "dobj" else head.head.head
        if cur.dep_ != "conj":
            lemma = head.lemma_.lower()
            kind = MATRIX.get(lemma)
            if lemma in PASSIVE_ONLY and head.tag_ != "VBN":  # "is said to", "is set to"
                kind = "planned" if lemma == "expect" else None  # "China expects to sign"
            if kind == "planned" and children(head, "dobj") and cur.dep_ == "xcomp":
                kind = "called_for"  # "wants Putin to attack", "expects Beijing to act"
            if kind:
                hneg, hmod = own_marks(head)
                if kind == "negated":
                    return not hneg, None  # "refused to" / "did not refuse to"
                return neg or hneg, kind
            if lemma in SPEECH:
                return neg, None
        hneg, hmod = own_marks(head)
        mod = hmod
        if cur.dep_ == "conj":
            neg = neg or hneg
        cur = head
    return neg, mod


def whether(t: Any) -> bool:
    """Whether a clause is an indirect question: "whether China will join", "asked if"."""
    while True:
        for c in t.children:
            if c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and
                                                               t.dep_ == "ccomp")):  # fmt: skip
                return True
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            return False
        t = t.head


def noun_marks(n: Any, light: Any | None, governor: Any | None) -> tuple[bool, str | None]:
    """Negation and modality of an event noun: "no talks", "the planned visit", those of the
    light verb that carries it ("will pay a visit"), or what the verb it is an argument of
    makes of it ("called for talks": called_for; "ruled out sanctions": negated)."""
    neg = any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)
    mod = next((NOUN_MODALITY[c.lower_] for c in n.children
                if c.dep_ in ("amod", "compound") and c.lower_ in NOUN_MODALITY), None)  # fmt: skip
    g = light or governor
    if g is None:
        return neg, mod
    gov = NOUN_GOVERNORS.get(g.lemma_.lower())  # "wants talks", "postponed the visit"
    if gov == "negated":
        neg, gov = True, None
    if light is not None or g.lemma_.lower() in ("happen", "occur", "proceed", "go"):
        gneg, gmod = marks(g)  # "will hold talks", "did not launch an offensive"
        return neg or gneg, mod or gov or gmod
    return neg, mod or gov
