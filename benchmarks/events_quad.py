"""Quad class of a sentence's main event on ConfliBERT's CAMEO classification sentences.

    .venv/bin/python benchmarks/events_quad.py
        [--data ../shared/eval/events/conflibert-cameo-class-train.tsv] [--limit N] [--errors 15]

Data: eventdata/ConfliBERT's CAMEO sentence classification set (GPL-3.0 data), train split:
one ``sentence<TAB>label`` per line, no header; label 0 = neutral (no event), 1 = verbal
cooperation, 2 = material cooperation, 3 = verbal conflict, 4 = material conflict (CAMEO's
quad classes). No dates: each sentence is one English news document with no publication date,
analysed by ``detente.pipeline.analyze``.

detente's label for a sentence: the quad class of its main event (``events_common.main_event``):
the highest-confidence *done* event (not negated, no modality), else the highest-confidence
event of any status (a threat, a demand or a planned visit still says which quad the sentence
is about), else 0. Variants: "done only" (modal and negated events give 0), and "CAMEO 02 -> 0"
(an appeal, CAMEO 02, counts as 0 as in Phoenix's quad classes, where 01 and 02 are neutral;
detente's table puts 02 in quad 1, as GDELT does). Scores: per class
precision, recall and F1, macro-F1 over the five classes (the set's usual measure) and accuracy,
a confusion matrix, and the majority-class baseline (every sentence the commonest label).

The data set is described as overlapping the PLOVER gold records (both drawn from the CAMEO
manual); the script measures it (same sentence after lower-casing and white-space
normalisation, or word Jaccard > 0.6) and prints what it finds. The evaluation data stays
outside the repository (``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import prf, revision
from events_common import (
    EVAL,
    Item,
    analyze_items,
    coder_status,
    command,
    describe,
    events,
    failures,
    main_event,
    short,
    table,
)

DEFAULT_DATA = EVAL / "conflibert-cameo-class-train.tsv"
PLOVER = EVAL / "plover-gsr-cameo.json"
LABELS = {
    0: "neutral",
    1: "verbal coop.",
    2: "material coop.",
    3: "verbal conflict",
    4: "material conflict",
}
WORD = re.compile(r"\w+")


def quad_of_root(root: str) -> int:
    from detente.events.codes import lookup

    return lookup(root).quad_class


def load(path: Path) -> list[tuple[str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text, _, label = line.rpartition("\t")
        if label.strip().isdigit() and text.strip():
            out.append((text.strip(), int(label)))
    return out


def plover_overlap(sentences: list[str]) -> str:
    """How many sentences are also PLOVER gold records (exactly, or nearly)."""
    if not PLOVER.is_file():
        return "PLOVER records not found: overlap not measured"
    recs = json.loads(PLOVER.read_text(encoding="utf-8"))
    texts = [" ".join(r["text"].split()).lower() for r in recs if r.get("text")]
    exact_set = set(texts)
    words = [frozenset(WORD.findall(t)) for t in texts]
    exact = near = 0
    for s in sentences:
        norm = " ".join(s.split()).lower()
        if norm in exact_set:
            exact += 1
            continue
        w = frozenset(WORD.findall(norm))
        if any(len(w & p) / len(w | p) > 0.6 for p in words if w | p):
            near += 1
    return (
        f"overlap with the PLOVER gold records ({len(texts)}): {exact} identical sentences, "
        f"{near} near-identical (word Jaccard > 0.6)"
    )


def label_of(evs: list, done_only: bool, phoenix: bool = False) -> int:
    ev = main_event(evs, done_only=done_only)
    if ev is None or (phoenix and ev.cameo[:2] in ("01", "02")):
        return 0
    return ev.quad_class


def scores(gold: list[int], pred: list[int]) -> tuple[list[list], float, float]:
    rows, f1s = [], []
    for c in LABELS:
        tp = sum(g == p == c for g, p in zip(gold, pred, strict=True))
        p, r, f = prf(tp, pred.count(c), gold.count(c))
        f1s.append(f)
        rows.append([f"{c} {LABELS[c]}", gold.count(c), pred.count(c), tp, p, r, f])
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    return rows, sum(f1s) / len(f1s), acc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=15,
        default=0,
        help="list the N commonest confusions with examples (default 15)",
    )
    args = parser.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv

    if not args.data.is_file():
        print(f"ConfliBERT CAMEO sentences not found at {args.data}; skipping.")
        return 0
    data = load(args.data)
    if args.limit:
        data = data[: args.limit]
    gold = [label for _, label in data]
    docs, seconds = analyze_items([Item(f"cf{i}", t, None) for i, (t, _) in enumerate(data)])
    found = [events(d) for d in docs]
    preds = {
        "done first, else any": [label_of(f, False) for f in found],
        "done only": [label_of(f, True) for f in found],
        "done first, else any; CAMEO 02 -> 0": [label_of(f, False, True) for f in found],
    }
    majority = Counter(gold).most_common(1)[0][0]
    preds[f"baseline: always {majority}"] = [majority] * len(gold)

    print(f"command: {command('events_quad.py', argv)}")
    print(f"detente: {revision()}; {coder_status('en')}")
    print(
        f"data: {args.data}  sentences: {len(data)} ("
        + ", ".join(f"{c} {gold.count(c)}" for c in LABELS)
        + f"); distinct texts: {len({t for t, _ in data})}"
    )
    print(plover_overlap([t for t, _ in data]))
    print(
        f"time: {seconds:.1f}s (load + analyze); detente event mentions: "
        f"{sum(len(f) for f in found)}, sentences with an event: {sum(bool(f) for f in found)} "
        f"(with a done event: {sum(any(e.done for e in f) for f in found)})"
    )
    failed = failures(docs)
    if failed:
        print(f"stage failures ({len(failed)}): " + "; ".join(failed[:3]))

    print("\nSummary:\n")
    rows = []
    for name, pred in preds.items():
        _, macro, acc = scores(gold, pred)
        rows.append([name if name.startswith("baseline") else f"detente, {name}", macro, acc])
    print(table(["system", "macro-F1", "accuracy"], rows, "lrr"))

    for name, pred in list(preds.items())[:2]:
        per_class, macro, _ = scores(gold, pred)
        print(f"\nPer class, detente ({name}); macro-F1 {macro:.3f}:\n")
        print(
            table(["class", "gold", "predicted", "correct", "P", "R", "F1"], per_class, "lrrrrrr")
        )

    main_pred = preds["done first, else any"]
    print("\nConfusion matrix (rows gold, columns detente; done first, else any):\n")
    m = Counter(zip(gold, main_pred, strict=True))
    print(
        table(
            ["gold \\ detente", *(str(c) for c in LABELS)],
            ([f"{g} {LABELS[g]}", *(m[(g, p)] for p in LABELS)] for g in LABELS),
            "l" + "r" * len(LABELS),
        )
    )

    print("\nHow the gold labels the sentences by the CAMEO root of detente's main event:\n")
    by_root: dict[str, Counter[int]] = defaultdict(Counter)
    for f, g in zip(found, gold, strict=True):
        ev = main_event(f)
        by_root[ev.cameo[:2] if ev else "none"][g] += 1
    rows = []
    for root in sorted(by_root, key=lambda r: (r == "none", r)):
        c = by_root[root]
        quad = "0" if root == "none" else str(quad_of_root(root))
        rows.append([root, quad, sum(c.values()), *(c[k] for k in LABELS)])
    print(
        table(
            ["root", "detente's quad", "sentences", *(f"gold {k}" for k in LABELS)],
            rows,
            "lrr" + "r" * len(LABELS),
        )
    )

    differ = []
    for root in sorted(by_root):
        c = by_root[root]
        label, k = c.most_common(1)[0]
        if root != "none" and sum(c.values()) >= 10 and label != quad_of_root(root):
            differ.append(f"{root} ({k} of {sum(c.values())} labelled {label})")
    print(
        "\nroots (10+ sentences) whose commonest gold label is not detente's quad class: "
        + (", ".join(differ) or "none")
    )
    print(
        "\nThe sentences come with no date and no document: actors are resolved without a "
        "publication date. Label 0 looks like Phoenix's neutral quad (CAMEO 01 statements and 02 "
        'appeals: "urged him to exercise caution", "expressed hopes" are 0); detente codes no '
        "01 (a correct 0 here) but puts 02 (appeals, PLOVER REQUEST) in quad 1: the third "
        "variant maps detente's 02 events to 0."
    )

    if args.errors:
        cats: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (g, p) in enumerate(zip(gold, main_pred, strict=True)):
            if g != p:
                cats[(g, p)].append(i)
        print(f"\n{args.errors} commonest confusions (gold -> detente), with an example each:\n")
        for (g, p), idx in sorted(cats.items(), key=lambda kv: -len(kv[1]))[: args.errors]:
            i = idx[0]
            print(f"- {len(idx)} x gold {g} -> detente {p}: {short(data[i][0], 200)}")
            for e in found[i][:4]:
                print(f"    detente: {describe(e, docs[i].text)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
