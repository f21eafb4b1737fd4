"""PLOVER category and actor countries on the PLOVER gold records (CAMEO manual examples).

    .venv/bin/python benchmarks/events_plover.py
        [--data ../shared/eval/events/plover-gsr-cameo.json] [--errors 15]

Data: openeventdata/PLOVER's ``PLOVER_GSR_CAMEO`` records (CC BY-SA 4.0): 322 sentences, each
coded with one event (``event``: a PLOVER v0.5 category; ``eventText``: the predicate's words;
``textInfo.markup``: the sentence with ``(EVT: ...)``, ``(SRC: ...)``, ``(TAR: ...)``
brackets) and its ``source`` and ``target`` actors (``{actorText, code}``). The ``DOCUMENT``
record is skipped. All are dated 2000-01-01 (the manual's examples are made up or from the
1990s): each sentence is one English news document published that day, analysed by
``detente.pipeline.analyze``.

Categories: v0.5 names are mapped to PLOVER 0.8 (detente's): DEMAND -> REQUEST, DISAPPROVE ->
ACCUSE, FIGHT -> ASSAULT (0.5 split conventional FIGHT from unconventional ASSAULT; 0.8 has one
ASSAULT); the others keep their names. INVESTIGATE has no PLOVER 0.8 category (the 2021
CAMEO-to-PLOVER table sends CAMEO 09x to ACCUSE): its records are **excluded** from the
accuracy and shown apart, with what detente made of them.

The record's event, for detente: among the sentence's event mentions, those whose predicate
overlaps a gold ``(EVT: ...)`` stretch (found in the text, case-insensitive; when the markup
cannot be found, the predicate shares a content word with ``eventText``), the highest-confidence
one (any status: a PLOVER THREATEN or REQUEST record is often a modal event for detente);
when none overlaps, the highest-confidence event of the sentence (the fallback, counted
apart); no event at all is a miss. Its category is compared with the gold: accuracy over the
records, per gold category, and the commonest confusions. Baseline: always the majority gold
category. Variant "modal events as CAMEO codes intentions": CAMEO, and so the v0.5 gold, codes
"will support", "agreed to resign", "will visit" as AGREE (03, express intent to cooperate),
where detente codes the act (SUPPORT, CONCEDE, CONSULT) with modality ``planned``; the variant
reads a planned, proposed or possible cooperative event as AGREE, a planned conflictual or a
threatened one as THREATEN, a called-for one as REQUEST (``as_cameo_intent``).

Actors: the gold ``code`` values of the record's source and target actors against detente's
``source_country``/``target_country`` of the record's event and of the other mentions of the
same predicate (a coordinated or symmetric event is one mention per actor pair), as sets per
record, micro-averaged: per role ("source USA", "target IRQ") and role-blind. As in
``actors_plover.py``, the main figure scores only codes that are a country ISO3 the registry
knows (IGO, NGO and old CAMEO codes such as JAP are left out on both sides); a variant also
scores IGO/NGO/IMG (detente: :func:`events_common.actor_code`). Records excluded from the
category accuracy (INVESTIGATE) are scored for actors.

``--errors N`` lists the N commonest confusions and N wrong records with their events. The
evaluation data stays outside the repository (``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import prf, revision
from events_common import (
    EVAL,
    NO_COUNTRY,
    Item,
    actor_code,
    analyze_items,
    coder_status,
    command,
    describe,
    events,
    failures,
    short,
    table,
)

DEFAULT_DATA = EVAL / "plover-gsr-cameo.json"
V05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": None}
EVT = re.compile(r"\(EVT:\s*([^(){}]*?)\s*[)}]")
CODE = re.compile(r"[A-Z]{3}")
GROUPS = ("IGO", "NGO", "IMG")
WORD = re.compile(r"\w+")
STOP = frozenset(
    (
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "that",
        "this",
        "is",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "been",
        "will",
        "would",
        "its",
        "their",
        "his",
        "her",
        "it",
        "as",
    )
)


@dataclass
class Record:
    id: str
    text: str
    date: str | None
    gold_v05: str
    gold: str | None  # PLOVER 0.8; None: INVESTIGATE (excluded)
    event_text: str
    spans: list[tuple[int, int]]  # the (EVT: ...) stretches found in the text
    actors: dict[str, set[str]]  # role -> gold codes


def evt_spans(text: str, markup: str) -> list[tuple[int, int]]:
    out = []
    low = text.lower()
    for m in EVT.finditer(markup):
        seg = m.group(1).strip().lower()
        if not seg:
            continue
        i = low.find(seg)
        if i >= 0:
            out.append((i, i + len(seg)))
    return out


def load(path: Path) -> list[Record]:
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        info = r.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        actors: dict[str, set[str]] = {"source": set(), "target": set()}
        for role in actors:
            items = r.get(role)
            for a in items if isinstance(items, list) else ():
                if isinstance(a, dict) and CODE.fullmatch(str(a.get("code") or "")):
                    actors[role].add(a["code"])
        event = r["event"]
        out.append(
            Record(
                r.get("id", "?"),
                r["text"],
                r.get("date"),
                event,
                V05.get(event, event),
                r.get("eventText") or "",
                evt_spans(r["text"], markup),
                actors,
            )
        )
    return out


def content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


def as_cameo_intent(ev) -> str | None:
    """The category CAMEO (and PLOVER v0.5, which the gold follows) gives a modal event: an
    intention to cooperate is AGREE (CAMEO 03, "express intent to..."), an intention or threat
    of conflict THREATEN (13), a call on someone to act REQUEST (02/10); otherwise detente's own
    category."""
    if ev is None:
        return None
    if ev.modality == "called_for":
        return "REQUEST"
    if ev.modality == "threatened":
        return "THREATEN"
    if ev.modality in ("planned", "proposed", "possible") and not ev.negated:
        return "AGREE" if ev.quad_class <= 2 else "THREATEN"
    return ev.category


def record_event(rec: Record, evs: list, text: str) -> tuple[object | None, list, str]:
    """The record's event, the mentions of its predicate, and how it was chosen."""
    if rec.spans:
        over = [e for e in evs if any(e.start < b and a < e.end for a, b in rec.spans)]
    else:
        words = content_words(rec.event_text)
        over = [e for e in evs if content_words(text[e.start : e.end]) & words]
    how = "predicate overlaps the gold EVT"
    if not over:
        over, how = list(evs), "fallback: best event of the sentence"
    if not over:
        return None, [], "no event"
    best = max(
        over,
        key=lambda e: (e.confidence, (e.source is not None) + (e.target is not None), -e.start),
    )
    group = [e for e in evs if (e.start, e.end) == (best.start, best.end)]
    return best, group, how


def predicted_actors(group: list, countries: bool, is_country) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"source": set(), "target": set()}
    for e in group:
        for role in out:
            code = actor_code(e, role)
            if code == NO_COUNTRY:
                continue
            if is_country(code) or (not countries and code in GROUPS):
                out[role].add(code)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=15,
        default=0,
        help="list the N commonest confusions and N wrong records (default 15)",
    )
    args = parser.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv

    if not args.data.is_file():
        print(f"PLOVER gold records not found at {args.data}; skipping.")
        return 0

    from detente.actors.registry import Registry
    from detente.events.codes import CATEGORIES

    reg = Registry.load()

    def is_country(code: str) -> bool:
        return bool(reg.country_name(code))

    records = load(args.data)
    docs, seconds = analyze_items([Item(r.id, r.text, r.date) for r in records])
    found = [events(d) for d in docs]
    chosen = [record_event(r, f, d.text) for r, f, d in zip(records, found, docs, strict=True)]

    print(f"command: {command('events_plover.py', argv)}")
    print(f"detente: {revision()}; {coder_status('en')}")
    scored = [i for i, r in enumerate(records) if r.gold]
    excluded = [i for i, r in enumerate(records) if not r.gold]
    unknown = sorted({r.gold for r in records if r.gold and r.gold not in CATEGORIES})
    print(
        f"data: {args.data}  records: {len(records)} (DOCUMENT skipped); scored for category: "
        f"{len(scored)}; excluded (INVESTIGATE, no PLOVER 0.8 category): {len(excluded)}"
        + (f"; gold categories unknown to detente: {unknown}" if unknown else "")
    )
    print(
        f"gold EVT stretches found in the text: {sum(bool(r.spans) for r in records)} of "
        f"{len(records)} records (else eventText content words)"
    )
    print(
        f"time: {seconds:.1f}s (load + analyze); detente event mentions: "
        f"{sum(len(f) for f in found)} in {sum(bool(f) for f in found)} sentences"
    )
    failed = failures(docs)
    if failed:
        print(f"stage failures ({len(failed)}): " + "; ".join(failed[:3]))

    # category accuracy
    gold_counts = Counter(records[i].gold for i in scored)
    majority, n_major = gold_counts.most_common(1)[0]
    correct = [
        i for i in scored if chosen[i][0] is not None and chosen[i][0].category == records[i].gold
    ]
    hows = Counter(chosen[i][2] for i in scored)
    right_by_how = Counter(chosen[i][2] for i in correct)
    n = len(scored)
    print("\nPLOVER category of the record's event (accuracy over the scored records):\n")
    rows = [
        [
            f"detente: {how}",
            hows[how],
            right_by_how[how],
            right_by_how[how] / hows[how] if hows[how] else 0.0,
        ]
        for how in (
            "predicate overlaps the gold EVT",
            "fallback: best event of the sentence",
            "no event",
        )
    ]
    rows.append(["**detente, all records**", n, len(correct), len(correct) / n])
    with_event = n - hows["no event"]
    rows.append(
        [
            "detente, records where it found an event",
            with_event,
            len(correct),
            len(correct) / with_event if with_event else 0.0,
        ]
    )
    intent = [i for i in scored if as_cameo_intent(chosen[i][0]) == records[i].gold]
    rows.append(
        ["detente, modal events as CAMEO codes intentions", n, len(intent), len(intent) / n]
    )
    rows.append([f"baseline: always {majority}", n, n_major, n_major / n])
    print(
        table(["system / how the event was chosen", "records", "correct", "accuracy"], rows, "lrrr")
    )

    print("\nPer gold category (v0.5 name -> 0.8), detente's commonest answers:\n")
    rows = []
    for cat in sorted(gold_counts, key=lambda c: CATEGORIES.index(c) if c in CATEGORIES else 99):
        idx = [i for i in scored if records[i].gold == cat]
        got = Counter(chosen[i][0].category if chosen[i][0] else "(none)" for i in idx)
        names = "/".join(sorted({records[i].gold_v05 for i in idx}))
        as_intent = sum(as_cameo_intent(chosen[i][0]) == cat for i in idx)
        rows.append(
            [
                cat + (f" ({names})" if names != cat else ""),
                len(idx),
                got[cat],
                got[cat] / len(idx),
                as_intent / len(idx),
                ", ".join(f"{k} {v}" for k, v in got.most_common(4)),
            ]
        )
    print(
        table(
            [
                "gold category",
                "records",
                "correct",
                "accuracy",
                "acc., modal as intentions",
                "detente's answers",
            ],
            rows,
            "lrrrrl",
        )
    )
    if excluded:
        got = Counter(chosen[i][0].category if chosen[i][0] else "(none)" for i in excluded)
        print(
            f"\nINVESTIGATE records (excluded, {len(excluded)}): detente answered "
            + ", ".join(f"{k} {v}" for k, v in got.most_common())
        )
    statuses = Counter(
        (
            "done"
            if chosen[i][0].done
            else "negated"
            if chosen[i][0].negated
            else chosen[i][0].modality
        )
        for i in scored
        if chosen[i][0]
    )
    print(
        "status of the chosen events: "
        + (", ".join(f"{k} {v}" for k, v in statuses.most_common()) or "none")
    )

    # actors
    print("\nActors: gold source/target codes against the record's event (micro-averaged sets):\n")
    rows = []
    for label, countries in (("country ISO3 only", True), ("with IGO/NGO/IMG", False)):
        for roles in ("per role", "role-blind"):
            tp = npred = ngold = 0
            for i, r in enumerate(records):
                gold = {
                    role: {c for c in codes if is_country(c) or (not countries and c in GROUPS)}
                    for role, codes in r.actors.items()
                }
                pred = predicted_actors(chosen[i][1], countries, is_country)
                if roles == "per role":
                    g = {(k, c) for k, v in gold.items() for c in v}
                    p = {(k, c) for k, v in pred.items() for c in v}
                else:
                    g = gold["source"] | gold["target"]
                    p = pred["source"] | pred["target"]
                tp += len(g & p)
                npred += len(p)
                ngold += len(g)
            pr, rc, f1 = prf(tp, npred, ngold)
            rows.append([label, roles, ngold, npred, tp, pr, rc, f1])
    print(
        table(
            ["codes scored", "roles", "gold", "predicted", "correct", "P", "R", "F1"],
            rows,
            "llrrrrrr",
        )
    )
    skipped = Counter(c for r in records for v in r.actors.values() for c in v if not is_country(c))
    print(
        "\ngold codes not a country ISO3 (left out of the first rows): "
        + (", ".join(f"{k} {v}" for k, v in skipped.most_common()) or "none")
        + ". Records with no detente event count as predicting nothing."
    )

    if args.errors:
        confusions: Counter[tuple[str, str]] = Counter()
        examples: dict[tuple[str, str], list[str]] = defaultdict(list)
        for i in scored:
            pred = chosen[i][0].category if chosen[i][0] else "(none)"
            if pred != records[i].gold:
                key = (records[i].gold, pred)
                confusions[key] += 1
                examples[key].append(records[i].id.replace("PLOVER-GSR01-", ""))
        print(f"\n{args.errors} commonest confusions (gold -> detente):\n")
        print(
            table(
                ["n", "gold", "detente", "records"],
                (
                    [k, g, p, ", ".join(examples[(g, p)][:6])]
                    for (g, p), k in confusions.most_common(args.errors)
                ),
                "rlll",
            )
        )
        print(f"\nWrong records (first {args.errors}; detente: every event, with status):\n")
        shown = 0
        for i in scored:
            best, _, how = chosen[i]
            if best is not None and best.category == records[i].gold:
                continue
            shown += 1
            if shown > args.errors:
                break
            r = records[i]
            print(f"- {r.id}: {short(r.text, 220)}")
            print(
                f"  gold: {r.gold} ({r.gold_v05}) {r.event_text!r} "
                f"src {sorted(r.actors['source'])} tgt {sorted(r.actors['target'])}; chosen: {how}"
            )
            for e in found[i]:
                print(f"  detente: {describe(e, docs[i].text)}")
            if not found[i]:
                print("  detente: no event")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
