"""Line-level noise removal on TurkuNLP's text-quality annotations (English web text).

Each document is a list of lines labelled ``"1"`` (keep) or ``"0"`` (noise). We score the *noise*
class: precision, recall and F1 of the lines a method drops, pooled over all lines of a split.

Methods:
  ours          detente.clean.clean_lines (title and body count as kept, everything else dropped);
                it scores lines only once it has seen that a text is a page dump
  ours_forced   the same, told that every text is a page dump
  short-N       baseline: drop lines of fewer than N words that do not end in . ! ? or a quote
  justext       baseline: each line as an HTML <p>, justext's English classifier (boilerplate = drop)

The texts are general web pages, not news dumps: the figures show how the general rules transfer,
they are not a target to tune to. Usage::

    .venv/bin/python benchmarks/lines_turku.py [--data ../shared/eval/lines/turku-en] [--errors N]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from detente.clean import clean_lines

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "lines" / "turku-en"
TERMINAL = tuple(".!?\"”'’)")


def ours(lines: list[str]) -> list[bool]:
    """True where a line is dropped as noise."""
    result = clean_lines(lines)
    # clean_lines flattens embedded newlines; the data has none, so lines map one to one
    assert len(result.lines) == len(lines)
    return [ln.label not in ("body", "blank", "title") for ln in result.lines]


def ours_forced(lines: list[str]) -> list[bool]:
    """The same, told that every text is a page dump (the general score always applies)."""
    result = clean_lines(lines, page_dump=True)
    return [ln.label not in ("body", "blank", "title") for ln in result.lines]


def short_baseline(n: int) -> Callable[[list[str]], list[bool]]:
    def drop(lines: list[str]) -> list[bool]:
        return [len(s.split()) < n and not s.rstrip().endswith(TERMINAL) for s in lines]

    drop.__name__ = f"short-{n}"
    return drop


def justext_baseline(lines: list[str]) -> list[bool]:
    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(s)}</p>" for s in lines) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("English"))
    by_text: dict[str, bool] = {}
    for p in paragraphs:
        by_text.setdefault(" ".join(p.text.split()), p.is_boilerplate)
    return [by_text.get(" ".join(s.split()), True) for s in lines]


def score(docs: list[dict], method: Callable[[list[str]], list[bool]]) -> dict[str, float]:
    tp = fp = fn = 0
    for doc in docs:
        pred = method(doc["text"])
        for dropped, label in zip(pred, doc["labels"], strict=True):
            noise = label == "0"
            tp += dropped and noise
            fp += dropped and not noise
            fn += noise and not dropped
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "P": p,
        "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def show_errors(docs: list[dict], limit: int) -> None:
    shown = 0
    for d, doc in enumerate(docs):
        result = clean_lines(doc["text"])
        for ln, label in zip(result.lines, doc["labels"], strict=True):
            dropped = ln.label not in ("body", "blank", "title")
            if dropped != (label == "0") and shown < limit:
                kind = "FP" if dropped else "FN"
                print(f"{kind} doc{d} [{ln.label}/{ln.reason}] {ln.text[:100]}")
                shown += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--errors", type=int, default=0, help="print N misclassified lines (train)")
    args = ap.parse_args(argv)
    if not (args.data / "train.json").is_file():
        print(f"no evaluation data at {args.data} (needs train.json, dev.json); skipped")
        return 0
    methods = [ours, ours_forced, short_baseline(3), short_baseline(5), justext_baseline]
    print(f"$ python benchmarks/lines_turku.py  (data: {args.data})")
    print(
        f"{'split':6} {'method':16} {'lines':>6} {'noise':>6} {'P':>6} {'R':>6} {'F1':>6} {'sec':>6}"
    )
    for split in ("train", "dev"):
        path = args.data / f"{split}.json"
        if not path.is_file():
            continue
        docs = json.loads(path.read_text(encoding="utf-8"))
        n = sum(len(d["labels"]) for d in docs)
        noise = sum(label == "0" for d in docs for label in d["labels"])
        for method in methods:
            t0 = time.perf_counter()
            s = score(docs, method)
            sec = time.perf_counter() - t0
            print(
                f"{split:6} {method.__name__:16} {n:6} {noise:6} "
                f"{s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f} {sec:6.2f}"
            )
    if args.errors:
        show_errors(json.loads((args.data / "train.json").read_text(encoding="utf-8")), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
