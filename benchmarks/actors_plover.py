"""Actor countries on the PLOVER gold records (CAMEO manual examples, 322 sentences).

Each record is one sentence with its coded actors: ``source`` and ``target`` lists of
``{actorText, code, sector?}``, where ``code`` is a country ISO3 (``LBY``, ``PSE``) or a group
code (``IGO``, ``NGO``; a few old CAMEO codes such as ``JAP``). Only actors whose code is a
country the registry knows are scored.

    .venv/bin/python benchmarks/actors_plover.py [--data ../shared/eval/events/plover-gsr-cameo.json]
        [--errors 15]

Two measures, for detente (``detente.pipeline.analyze`` on each sentence as an English
document dated from the record's ``date``) and for a baseline (``registry.country_term`` on
each GPE or NORP entity of bare spaCy with the same model: no context, no people, no
organisations):

* per actor: the gold ``actorText`` is found in the sentence with ``str.find`` (actors not
  found are counted and skipped); the system *covers* the actor if one of its mentions
  overlaps that stretch; its country is the country of the overlapping mention with the
  largest overlap among those that carry one (detente: ``mention.data["country"]``, any kind,
  places included). Reported: coverage, ISO3 accuracy among covered actors, and overall
  accuracy (uncovered actors count as wrong).
* per sentence, as sets: the countries of all the system's mentions in the sentence (detente:
  every mention but ``place`` ones; baseline: every GPE/NORP entity) against the countries of the
  gold source and target actors; micro-averaged precision, recall and F1.

The records are the CAMEO manual's made-up or 1990s examples, all dated 2000-01-01: people are
resolved as of that date. The evaluation data stays outside the repository
(``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import analyzed_news, prf, revision

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "events" / "plover-gsr-cameo.json"
SYSTEMS = ("detente", "baseline")
ISO3 = re.compile(r"[A-Z]{3}")


@dataclass(slots=True)
class Pred:
    start: int
    end: int
    country: str | None
    kind: str  # detente mention kind, or the spaCy label for the baseline
    text: str


@dataclass(slots=True)
class GoldActor:
    record: str
    side: str
    text: str
    code: str
    start: int  # -1: not found in the sentence


@dataclass
class Record:
    id: str
    text: str
    date: str | None
    actors: list[GoldActor]
    countries: set[str]  # gold set (source + target countries)


@dataclass
class Tally:
    actors: int = 0
    found: int = 0
    covered: int = 0
    correct: int = 0
    tp: int = 0
    npred: int = 0
    ngold: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (pattern, example)


def load(path: Path, reg) -> tuple[list[Record], Counter[str]]:
    """Records with text, their country actors, and the codes skipped as not countries."""
    data = json.loads(path.read_text(encoding="utf-8"))
    records: list[Record] = []
    skipped: Counter[str] = Counter()
    for r in data:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        text = r["text"]
        actors: list[GoldActor] = []
        for side in ("source", "target"):
            items = r.get(side)
            if not isinstance(items, list):  # "" or "diplomatic" in a few records
                continue
            for a in items:
                if not isinstance(a, dict):
                    continue
                code = str(a.get("code") or "")
                if not (ISO3.fullmatch(code) and reg.country_name(code)):
                    skipped[code or "(none)"] += 1
                    continue
                actor_text = str(a.get("actorText") or "").strip()
                start = text.find(actor_text) if actor_text else -1
                actors.append(GoldActor(r.get("id", ""), side, actor_text, code, start))
        records.append(
            Record(r.get("id", ""), text, r.get("date"), actors, {a.code for a in actors})
        )
    return records, skipped


def run_detente(records: list[Record]) -> tuple[list[list[Pred]], list[list[Pred]], list[str]]:
    """Detente's mentions and raw candidates for each record, and the notes it left."""
    docs = analyzed_news((r.text, f"plover:{r.id}", r.date) for r in records)
    mentions = [
        [
            Pred(s.start, s.end, s.data.get("country"), s.label, d.text[s.start : s.end])
            for s in d.layer("mentions")
        ]
        for d in docs
    ]
    candidates = [
        [
            Pred(s.start, s.end, None, s.label, d.text[s.start : s.end])
            for s in d.layer("candidates")
        ]
        for d in docs
    ]
    notes = [f"{r.id}: {n}" for r, d in zip(records, docs, strict=True) for n in d.notes]
    return mentions, candidates, notes


def run_baseline(nlp, records: list[Record], reg) -> list[list[Pred]]:
    out = []
    for doc in nlp.pipe([r.text for r in records], batch_size=64):
        preds = []
        for e in doc.ents:
            if e.label_ not in ("GPE", "NORP"):
                continue
            term = reg.country_term(e.text, "en")
            if term is None and e.text.lower().startswith("the "):
                term = reg.country_term(e.text[4:], "en")
            preds.append(
                Pred(e.start_char, e.end_char, term[0] if term else None, e.label_, e.text)
            )
        out.append(preds)
    return out


def score(
    records: list[Record],
    preds: list[list[Pred]],
    set_kinds_excluded: tuple[str, ...],
    shadow: list[list[Pred]] | None = None,
) -> Tally:
    t = Tally()
    for k, (rec, pred) in enumerate(zip(records, preds, strict=True)):
        for a in rec.actors:
            t.actors += 1
            if a.start < 0:
                continue
            t.found += 1
            end = a.start + len(a.text)
            over = [p for p in pred if p.start < end and a.start < p.end]
            if not over:
                why = ""
                if shadow is not None:
                    cands = [c for c in shadow[k] if c.start < end and a.start < c.end]
                    why = (
                        f": candidate {'/'.join(sorted({c.kind for c in cands}))} not resolved"
                        if cands
                        else ": no candidate"
                    )
                t.errors.append((f"not covered{why}", f"{a.text!r} ({a.code})"))
                continue
            t.covered += 1
            with_country = [p for p in over if p.country]

            def overlap(p: Pred, start: int = a.start, stop: int = end) -> int:
                return min(stop, p.end) - max(start, p.start)

            if not with_country:
                best = max(over, key=overlap)
                t.errors.append(
                    (
                        f"no country ({best.kind})",
                        f"{a.text!r} ({a.code}): {best.text!r}",
                    )
                )
                continue
            best = max(with_country, key=overlap)
            if best.country == a.code:
                t.correct += 1
            else:
                t.errors.append(
                    (
                        f"wrong country ({best.kind})",
                        f"{a.text!r} {a.code} -> {best.text!r} {best.country}",
                    )
                )
        predicted = {p.country for p in pred if p.country and p.kind not in set_kinds_excluded}
        t.tp += len(predicted & rec.countries)
        t.npred += len(predicted)
        t.ngold += len(rec.countries)
        for c in sorted(predicted - rec.countries):
            why = next(p for p in pred if p.country == c and p.kind not in set_kinds_excluded)
            t.errors.append((f"set: extra country ({why.kind})", f"{why.text!r} {c} in {rec.id}"))
        for c in sorted(rec.countries - predicted):
            texts = [a.text for a in rec.actors if a.code == c]
            t.errors.append(("set: missed country", f"{c} ({', '.join(map(repr, texts))})"))
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=15,
        default=0,
        help="list the N commonest error patterns of each system (default 15)",
    )
    args = parser.parse_args(argv)

    if not args.data.is_file():
        print(f"PLOVER gold records not found at {args.data}; skipping.")
        return 0

    import spacy

    from detente import nlp as detente_nlp
    from detente.actors.registry import Registry

    t0 = time.perf_counter()
    reg = Registry.load()
    records, skipped = load(args.data, reg)
    model = detente_nlp.spacy_model()
    nlp = spacy.load(model)
    baseline = run_baseline(nlp, records, reg)
    t_base = time.perf_counter() - t0
    t0 = time.perf_counter()
    mentions, candidates, notes = run_detente(records)
    t_det = time.perf_counter() - t0

    tallies = {
        "detente": score(records, mentions, ("place",), shadow=candidates),
        "baseline": score(records, baseline, ()),
    }

    cmd = "python benchmarks/actors_plover.py " + " ".join(sys.argv[1:] if argv is None else argv)
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(
        f"data: {args.data}  records: {len(records)}  model: {model} "
        f"{nlp.meta.get('version', '')} (spaCy {spacy.__version__})"
    )
    print(
        "actor codes skipped (not a country ISO3 the registry knows): "
        + ", ".join(f"{c} {n}" for c, n in skipped.most_common())
    )
    print(
        f"time: baseline {t_base:.1f}s (registry + load + pipe), detente {t_det:.1f}s "
        "(load + analyze)"
    )
    if notes:
        print(f"detente notes ({len(notes)}): " + "; ".join(notes[:5]))
    print()
    print("Per gold actor (country ISO3 of the mention overlapping the actor text):\n")
    print(
        "| system   | gold actors | found in text | covered | coverage | ISO3 acc. (covered) "
        "| overall acc. |"
    )
    print(
        "|----------|------------:|--------------:|--------:|---------:|--------------------:"
        "|-------------:|"
    )
    for system in SYSTEMS:
        t = tallies[system]
        cov = t.covered / t.found if t.found else 0.0
        acc = t.correct / t.covered if t.covered else 0.0
        overall = t.correct / t.found if t.found else 0.0
        print(
            f"| {system:<8} | {t.actors:>11} | {t.found:>13} | {t.covered:>7} | {cov:>8.3f} "
            f"| {acc:>19.3f} | {overall:>12.3f} |"
        )
    print("\nPer sentence, sets of ISO3 (micro-averaged over the records):\n")
    print("| system   | records | gold | predicted | correct | precision | recall |   F1   |")
    print("|----------|--------:|-----:|----------:|--------:|----------:|-------:|-------:|")
    for system in SYSTEMS:
        t = tallies[system]
        p, r, f = prf(t.tp, t.npred, t.ngold)
        print(
            f"| {system:<8} | {len(records):>7} | {t.ngold:>4} | {t.npred:>9} | {t.tp:>7} "
            f"| {p:>9.3f} | {r:>6.3f} | {f:.3f}  |"
        )
    print(
        '\ndetente\'s set excludes place mentions ("met in Beijing"); the baseline counts every '
        "GPE/NORP entity. Overall accuracy counts actors not covered as wrong."
    )

    if args.errors:
        for system in SYSTEMS:
            patterns: Counter[str] = Counter()
            examples: dict[str, Counter[str]] = defaultdict(Counter)
            for pattern, example in tallies[system].errors:
                patterns[pattern] += 1
                examples[pattern][example] += 1
            print(f"\n{system}: {args.errors} commonest error patterns\n")
            print("| n | pattern | examples |")
            print("|--:|---------|----------|")
            for pattern, n in patterns.most_common(args.errors):
                ex = "; ".join(
                    e + (f" x{k}" if k > 1 else "") for e, k in examples[pattern].most_common(4)
                )
                print(f"| {n} | {pattern} | {ex.replace('|', '/')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
