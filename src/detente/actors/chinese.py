"""Chinese actor candidates from jieba's words and tags (with the registry as user dictionary).

Titles stand right before the name (``外交部发言人汪文斌``, ``俄罗斯总统普京``); a place after a
locative verb or preposition (``在北京``, ``抵达莫斯科``) is a place; ``中方``/``俄方`` mean the
government.
"""

from __future__ import annotations

from typing import Any

from detente.actors.candidates import Candidate, dedupe

LOCATIVE = {"在", "于", "赴", "抵达", "到", "从", "前往", "飞抵", "来到", "访问", "途经", "返回"}


def candidates(parsed: Any, text: str, registry: Any) -> list[Candidate]:
    toks = parsed.tokens
    ents = {(e.start, e.end): e for e in parsed.entities}
    out: list[Candidate] = []
    for i, t in enumerate(toks):
        sent = parsed.sentence_of(t.start)
        term = registry.country_term(t.text, "zh")
        people = [a for a in registry.lookup(t.text, "zh") if a.type == "person"]
        ent = ents.get((t.start, t.end))
        if term and not people:
            place = i > 0 and toks[i - 1].text in LOCATIVE
            # a dateline: "新华社北京2月4日电", "本报莫斯科3月22日讯"
            place = place or any(x.text in ("电", "讯") for x in toks[i + 1 : i + 6])
            head = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].pos == "NOUN" else None
            out.append(
                Candidate(
                    t.start,
                    t.end,
                    t.text,
                    "TERM",
                    t.text,
                    place=place,
                    head_noun=head,
                    sentence=sent,
                )
            )
            continue
        if people or (ent is not None and ent.label == "PER"):
            j = i
            while (
                j > 0
                and i - j < 3
                and (
                    registry.agent(toks[j - 1].text, "zh")
                    or registry.country_term(toks[j - 1].text, "zh")
                    or (
                        toks[j - 1].pos in ("PROPN", "NOUN")
                        and registry.lookup(toks[j - 1].text, "zh")
                    )
                )
            ):
                j -= 1
            title = "".join(x.text for x in toks[j:i]) or None
            has_role = title and any(registry.agent(x.text, "zh") for x in toks[j:i])
            out.append(
                Candidate(
                    t.start,
                    t.end,
                    t.text,
                    "PER",
                    t.text,
                    title=title if has_role else None,
                    sentence=sent,
                    outer_start=toks[j].start if has_role else None,
                )
            )
            continue
        if ent is not None or registry.lookup(t.text, "zh"):
            label = ent.label if ent is not None else "ORG"
            out.append(Candidate(t.start, t.end, t.text, label, t.text, sentence=sent))
    return dedupe(out)
