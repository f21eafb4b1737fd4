"""Event coding on the PETRARCH-2 validation records: (source, target, CAMEO root) triples.

    .venv/bin/python benchmarks/events_petrarch.py
        [--data ../shared/eval/events/petr2-gsr-validation.xml] [--errors 15]

Data: UniversalPetrarch's ``PETR2_GSR_validation.xml`` (MIT): 78 ``<Sentence>`` records (news
sentences from AFP/Gigaword and made-up test sentences: passives, negation, nesting), each with
its ``<EventCoding sourcecode targetcode eventcode>`` elements (``noevents="True"``: the sentence
has no event) and its ``<Text>``; the ``<Parse>`` is ignored. The file is not well-formed XML
(most ``<Sentence .../>`` tags close themselves), so it is read record by record with regular
expressions. A record with no text is skipped (counted).

Each sentence is one English news document published on the record's ``date`` (``20080804`` ->
2008-08-04; a malformed date -> none), analysed by ``detente.pipeline.analyze`` (all stages).

Gold, per sentence: the set of (sourcecode[:3], targetcode[:3], eventcode[:2]) -- PETRARCH's
Phoenix actor codes start with the country ISO3, ``IGO`` (``IGOUNO``, ``IGOEUREEC``), ``IMG``
(international militarised group), or ``---`` (no country: ``---REB``, ``---LEG``). detente,
per sentence: the same triple for each event mention, from :func:`events_common.actor_code`:
the actor's ``*_country`` (ISO3), ``IGO`` for an ``IGO:...`` actor (detente's ``IGO:UN``,
``IGO:EU``: no country), ``---`` for an actor without a country or no actor at all; the root
is ``cameo[:2]``. detente has no ``IMG`` code.

Variants: **done** (the main figure: events not negated and with no modality -- what
happened), **all** (every event mention, planned, threatened, called-for, denied and negated
included), and **done, symmetric both ways**: PETRARCH codes "X and Y met" as X->Y and Y->X,
detente codes one mention per pair and treats its direction as meaningless (CONSULT, COOPERATE
and CAMEO 036/037/057, as ``detente.events.merge`` defines symmetric events): the variant adds
the reverse triple of those. PETRARCH codes intentions and negations with their own CAMEO codes ("will meet" 040,
"wants to attack" 138, "would not provide support" 121), so some gold triples are detente's
modal events: the "all" variant shows how many.

Reported per variant, as PETRARCH's validation reports them: correct / missed / extra triples
(micro P/R/F1), agreement on the root code alone and on the dyad alone (per-sentence sets), the
sentences whose set is exactly right, and the no-event sentences left empty. CAMEO 01 (make
a public statement) has no PLOVER category: detente never codes it; the gold's 01 triples are
counted, and a third row scores the done events against the gold without them (a sentence
whose only gold triple is a statement then counts as a no-event sentence). ``--errors N`` lists the N commonest error patterns with examples and N sentences with
errors (gold vs detente). The evaluation data stays outside the repository (``../shared/eval``).
"""

from __future__ import annotations

import argparse
import html
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
    iso_date,
    short,
    table,
)

DEFAULT_DATA = EVAL / "petr2-gsr-validation.xml"
SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
VARIANTS = ("done", "all", "done, symmetric both ways")
NO_01 = "done events; gold without CAMEO 01"  # the main variant against gold less its statements
# events without a direction, as detente.events.merge defines them ("X and Y met": X->Y is Y->X)
SYMMETRIC_CATEGORIES = ("CONSULT", "COOPERATE")
SYMMETRIC_CODES = ("036", "037", "057")
LABELS = {
    "done": "detente, done events",
    "all": "detente, all events",
    "done, symmetric both ways": "detente, done events, symmetric both ways",
    NO_01: "detente, done events; gold without CAMEO 01",
}

Triple = tuple[str, str, str]


@dataclass
class Record:
    id: str
    category: str
    date: str | None
    text: str
    gold: set[Triple]
    codes: list[str]  # the full gold event codes (for the CAMEO 01 count)


def load(path: Path) -> tuple[list[Record], list[str]]:
    """The records with text, and the ids of those without."""
    raw = path.read_text(encoding="utf-8")
    starts = [m.start() for m in SENTENCE.finditer(raw)]
    records, skipped = [], []
    for a, b in zip(starts, [*starts[1:], len(raw)], strict=True):
        chunk = raw[a:b]
        attrs = dict(ATTR.findall(SENTENCE.match(chunk).group(1)))
        gold, codes = set(), []
        for m in CODING.finditer(chunk):
            c = dict(ATTR.findall(m.group(1)))
            if c.get("noevents") == "True" or not c.get("eventcode"):
                continue
            code = c["eventcode"]
            codes.append(code)
            gold.add((c.get("sourcecode", "---")[:3], c.get("targetcode", "---")[:3], code[:2]))
        t = TEXT.search(chunk)
        text = " ".join(html.unescape(t.group(1)).split()) if t else ""
        if not text:
            skipped.append(attrs.get("id", "?"))
            continue
        records.append(
            Record(
                attrs.get("id", "?"),
                attrs.get("category", ""),
                iso_date(attrs.get("date")),
                text,
                gold,
                codes,
            )
        )
    return records, skipped


def symmetric(ev) -> bool:
    return ev.category in SYMMETRIC_CATEGORIES or ev.cameo.startswith(SYMMETRIC_CODES)


def triples(evs: list, variant: str) -> set[Triple]:
    out = set()
    for e in evs:
        if variant != "all" and not e.done:
            continue
        src, tgt = actor_code(e, "source"), actor_code(e, "target")
        out.add((src, tgt, e.cameo[:2]))
        if variant.endswith("both ways") and symmetric(e):
            out.add((tgt, src, e.cameo[:2]))
    return out


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    root: tuple[int, int, int] = (0, 0, 0)  # tp, pred, gold
    dyad: tuple[int, int, int] = (0, 0, 0)
    exact: int = 0
    empty_gold: int = 0
    empty_right: int = 0

    def add(self, gold: set[Triple], pred: set[Triple]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        self.tp += len(gold & pred)
        for name, key in (("root", lambda t: t[2]), ("dyad", lambda t: t[:2])):
            g, p = {key(t) for t in gold}, {key(t) for t in pred}
            tp, np_, ng = getattr(self, name)
            setattr(self, name, (tp + len(g & p), np_ + len(p), ng + len(g)))
        self.exact += gold == pred
        if not gold:
            self.empty_gold += 1
            self.empty_right += not pred


def patterns(gold: set[Triple], pred: set[Triple]) -> list[str]:
    """Why each missed and extra triple is wrong."""
    out = []
    for g in sorted(gold - pred):
        s, t, r = g
        same_root = [p for p in pred if p[2] == r]
        if not pred:
            out.append("missed: no event coded in the sentence")
        elif same_root:
            if any(p[0] == s for p in same_root):
                out.append("missed: root right, target differs")
            elif any(p[1] == t for p in same_root):
                out.append("missed: root right, source differs")
            else:
                out.append("missed: root right, both actors differ")
        elif any(p[:2] == (s, t) for p in pred):
            out.append("missed: dyad right, other root code")
        elif r == "01":
            out.append("missed: CAMEO 01 (statement; not a PLOVER event)")
        else:
            out.append("missed: other events only")
    for p in sorted(pred - gold):
        if not gold:
            out.append("extra: the sentence has no gold event")
        elif p[2] not in {g[2] for g in gold}:
            out.append("extra: root code not in the gold")
        elif NO_COUNTRY in p[:2]:
            out.append("extra: root right, an actor without a country")
        else:
            out.append("extra: root right, dyad differs")
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
        help="list the N commonest error patterns and N sentences with errors (default 15)",
    )
    args = parser.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv

    if not args.data.is_file():
        print(f"PETRARCH-2 validation records not found at {args.data}; skipping.")
        return 0
    records, skipped = load(args.data)
    docs, seconds = analyze_items([Item(r.id, r.text, r.date) for r in records])
    found = [events(d) for d in docs]

    print(f"command: {command('events_petrarch.py', argv)}")
    print(f"detente: {revision()}; {coder_status('en')}")
    print(
        f"data: {args.data}  sentences: {len(records)} with text"
        + (f" (skipped, no text: {', '.join(skipped)})" if skipped else "")
        + f"; gold triples: {sum(len(r.gold) for r in records)}; sentences with no event: "
        f"{sum(not r.gold for r in records)}"
    )
    ones = sum(1 for r in records for c in r.codes if c.startswith("01"))
    print(
        f"gold event codes with root 01 (statements, never coded by detente): {ones}; gold "
        f"actor prefixes: "
        + ", ".join(
            f"{k} {v}"
            for k, v in Counter(x for r in records for t in r.gold for x in t[:2]).most_common()
        )
    )
    n_ev = sum(len(f) for f in found)
    print(
        f"time: {seconds:.1f}s (load + analyze); detente event mentions: {n_ev} "
        f"({sum(e.done for f in found for e in f)} done)"
    )
    failed = failures(docs)
    if failed:
        print(f"stage failures ({len(failed)}): " + "; ".join(failed[:3]))

    tallies = {v: Tally() for v in (*VARIANTS, NO_01)}
    by_cat: dict[str, Tally] = defaultdict(Tally)
    for rec, evs in zip(records, found, strict=True):
        for v in VARIANTS:
            tallies[v].add(rec.gold, triples(evs, v))
        tallies[NO_01].add({t for t in rec.gold if t[2] != "01"}, triples(evs, "done"))
        by_cat[rec.category].add(rec.gold, triples(evs, "done"))

    print("\nTriples (source[:3], target[:3], CAMEO root), micro-averaged over the sentences:\n")
    rows = []
    for v in (*VARIANTS, NO_01):
        t = tallies[v]
        p, r, f = prf(t.tp, t.pred, t.gold)
        rows.append(
            [
                LABELS[v],
                t.gold,
                t.pred,
                t.tp,
                t.gold - t.tp,
                t.pred - t.tp,
                p,
                r,
                f,
            ]
        )
    print(
        table(
            ["events", "gold", "predicted", "correct", "missed", "extra", "P", "R", "F1"],
            rows,
            "lrrrrrrrr",
        )
    )

    print("\nRoot code only and dyad only (per-sentence sets), and whole sentences:\n")
    rows = []
    for v in VARIANTS:
        t = tallies[v]
        rp, rr, rf = prf(*t.root)
        dp, dr, df = prf(*t.dyad)
        rows.append(
            [
                LABELS[v],
                f"{rp:.3f} / {rr:.3f} / {rf:.3f}",
                f"{dp:.3f} / {dr:.3f} / {df:.3f}",
                f"{t.exact} / {len(records)}",
                f"{t.empty_right} / {t.empty_gold}",
            ]
        )
    print(
        table(
            [
                "events",
                "root code P / R / F1",
                "dyad P / R / F1",
                "sentences exactly right",
                "no-event sentences left empty",
            ],
            rows,
            "lrrrr",
        )
    )

    print("\nBy record category (done events):\n")
    rows = []
    for cat, t in sorted(by_cat.items()):
        p, r, f = prf(t.tp, t.pred, t.gold)
        n = sum(rec.category == cat for rec in records)
        rows.append([cat, n, f"{t.exact} / {n}", t.gold, t.pred, t.tp, p, r, f])
    print(
        table(
            [
                "category",
                "sentences",
                "exactly right",
                "gold",
                "predicted",
                "correct",
                "P",
                "R",
                "F1",
            ],
            rows,
            "lrrrrrrrr",
        )
    )
    print(
        "\nActor codes: detente's country ISO3; IGO for IGO:... actors; --- for none. PETRARCH's "
        "IMG (militarised groups) and agent-only codes (---GOV) cannot be matched except as ---."
    )

    if args.errors:
        pats: Counter[str] = Counter()
        examples: dict[str, Counter[str]] = defaultdict(Counter)
        for rec, evs in zip(records, found, strict=True):
            for pat in patterns(rec.gold, triples(evs, "done")):
                pats[pat] += 1
                examples[pat][rec.id] += 1
        print(f"\n{args.errors} commonest error patterns (done events):\n")
        print(
            table(
                ["n", "pattern", "records"],
                ([n, p, ", ".join(examples[p])[:150]] for p, n in pats.most_common(args.errors)),
                "rll",
            )
        )
        print(
            f"\nSentences with errors (first {args.errors}; detente: every event, with status):\n"
        )
        shown = 0
        for rec, evs, doc in zip(records, found, docs, strict=True):
            pred = triples(evs, "done")
            if pred == rec.gold:
                continue
            shown += 1
            if shown > args.errors:
                break
            print(f"- {rec.id} ({rec.category}): {short(rec.text, 220)}")
            print(f"  gold: {sorted(rec.gold) or 'no event'}")
            print(f"  missed: {sorted(rec.gold - pred)}; extra: {sorted(pred - rec.gold)}")
            for e in evs:
                print(f"  detente: {describe(e, doc.text)}")
            if not evs:
                print("  detente: no event")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
