"""The tense of the Russian verb governing a temporal expression, from natasha's dependency
parse and morphology: past and future forms, «будет» with an infinitive or a predicate, perfective
present as future, plans («планирует посетить», «визит намечен на март») as future."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_BUDU = {"буду", "будешь", "будет", "будем", "будете", "будут"}
# verbs whose infinitive looks ahead ("планирует посетить"), and participles of planning
_PLAN = {"планировать", "намереваться", "собираться", "предстоять", "рассчитывать", "надеяться",
         "обещать", "пообещать", "готовиться", "намерен", "намеренный", "должный", "хотеть",
         "предполагать", "пригрозить", "грозить", "обязаться"}  # fmt: skip
_PLANNED = {"наметить", "намечать", "запланировать", "планировать", "назначить", "назначать",
            "ожидаться", "предстоять", "перенести", "переносить", "отложить"}  # fmt: skip


def _lemma(tok: Any) -> str:
    return (getattr(tok, "lemma", None) or tok.text).lower()


def tense_of(
    tok: Any, by_id: dict[str, Any], children: dict[str, list[Any]], depth: int = 0
) -> str | None:
    """The tense of the verb governing ``tok`` (a natasha token): past, future, present."""
    t = tok
    for _ in range(12):
        if t.pos in ("VERB", "AUX") and t.rel not in ("aux", "aux:pass", "cop"):
            break
        cops = [c for c in children.get(t.id, []) if c.rel in ("cop", "aux", "aux:pass")]
        if cops:  # "встреча будет в четверг": the date is the predicate, the copula has the tense
            if any(c.text.lower() in _BUDU for c in cops):
                return "future"
            return "past" if any((c.feats or {}).get("Tense") == "Past" for c in cops) else None
        head = by_id.get(t.head_id)
        if head is None or head is t:
            return None
        t = head
    else:
        return None
    feats = t.feats or {}
    auxes = [c for c in children.get(t.id, []) if c.rel in ("aux", "aux:pass", "cop")]
    forms = {a.text.lower() for a in auxes} | ({t.text.lower()} if t.pos == "AUX" else set())
    if forms & _BUDU:
        return "future"
    if any((a.feats or {}).get("Tense") == "Past" for a in auxes):
        return "past"
    form, tense = feats.get("VerbForm"), feats.get("Tense")
    if _lemma(t) in _PLANNED and (form == "Part" or tense == "Pres"):
        return "future"  # "саммит намечен на четверг", "визит ожидается в марте"
    if form in ("Inf", "Conv"):
        head = by_id.get(t.head_id)
        if head is None or head is t or depth > 3:
            return "past" if tense == "Past" else None
        if form == "Inf" and _lemma(head) in _PLAN:
            return "future"  # "планирует посетить в марте"
        return tense_of(head, by_id, children, depth + 1)
    if tense == "Past":
        return "past"
    if tense == "Fut":
        return "future"
    if tense == "Pres":
        return "future" if feats.get("Aspect") == "Perf" and form == "Fin" else "present"
    return None


def tense_function(parsed: Any) -> Callable[[int, int], str | None]:
    """A ``(start, end) -> tense`` function over a :class:`~detente.nlp.Parsed` (or its
    ``native`` list of ``(offset, natasha Doc)``). No parse: always ``None``."""
    native = getattr(parsed, "native", parsed) or []
    indexes: dict[int, tuple[dict[str, Any], dict[str, list[Any]]]] = {}

    def at(start: int, end: int) -> str | None:
        for off, doc in reversed(native):
            if off <= start:
                tok = next((t for t in doc.tokens if t.stop > start - off), None)
                if tok is None or tok.start >= end - off or getattr(tok, "head_id", None) is None:
                    return None
                if id(doc) not in indexes:
                    children: dict[str, list[Any]] = {}
                    for x in doc.tokens:
                        children.setdefault(x.head_id, []).append(x)
                    indexes[id(doc)] = ({x.id: x for x in doc.tokens}, children)
                return tense_of(tok, *indexes[id(doc)])
        return None

    return at
