"""What the quote stage costs: analysis time per 1k words with and without it, in one run.

    .venv/bin/python benchmarks/quotes_throughput.py [--words 50000] [--repeat 3]

Texts: the English documents of the bundled demo corpus (``src/detente/demo/corpus/**``, read
with ``detente.pipeline.process`` as ``detente ingest`` reads them), repeated until they hold
about ``--words`` words (words: white-space separated).

Two configurations, on fresh Documents each time, in batches of ``detente.analyze.BATCH`` as
``detente analyze`` runs them, one process (the figures are per core):

  all stages      ``detente.pipeline.analyze`` as shipped: parse, actors, quotes
  without quotes  the same with ``detente.pipeline.ANALYSIS`` patched to leave out the stage named
                  "quotes"

The quote stage's cost is measured twice: as the difference of the medians of the two
configurations, and directly, by timing the stage's own ``run`` inside the full analysis (the
stage wrapped in a timer; the median over the runs). Its share is the direct time over the whole
analysis. Both configurations are warmed up first (models loaded, the registry read, the phrase
matcher built) and run ``--repeat`` times, alternating; the load average is printed (other
processes on the machine slow the runs unevenly). The quotes found per 1k words, by kind, come
from the last full run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import revision

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "detente" / "demo" / "corpus"
KINDS = ("direct", "partial", "indirect", "scare", "title")


def demo_documents(words: int) -> tuple[list, int]:
    """The demo corpus's English documents, repeated to about ``words`` words; and how many
    distinct documents there are."""
    from detente.document import Document
    from detente.pipeline import process

    docs = []
    for f in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        with open(f, "rb") as fh:
            data = fh.read()
        for item in process(data, str(f)):
            if isinstance(item, Document) and item.language == "en":
                docs.append(item)
    if not docs:
        return [], 0
    out, total = [], 0
    while total < words:
        for d in docs:
            out.append(d)
            total += len(d.text.split())
            if total >= words:
                break
    return out, len(docs)


def fresh(docs: list) -> list:
    """New Documents with the same text and metadata (the stages write into them)."""
    from detente.document import Document

    return [
        Document(
            text=d.text,
            origin=d.origin,
            format=d.format,
            kind=d.kind,
            language=d.language,
            published=d.published,
            publisher=d.publisher,
            authors=list(d.authors),
            title=d.title,
        )
        for d in docs
    ]


class StageTimer:
    """Wraps an analysis stage's ``run`` and adds up the time it takes."""

    def __init__(self, run) -> None:
        self.run = run
        self.seconds = 0.0

    def __call__(self, docs, config) -> None:
        start = time.perf_counter()
        try:
            self.run(docs, config)
        finally:
            self.seconds += time.perf_counter() - start


def analysis(docs: list, stages: tuple) -> tuple[float, list]:
    """Analyse fresh copies of ``docs`` with ``stages``: wall time and the documents."""
    from detente import pipeline
    from detente.analyze import BATCH

    batch = fresh(docs)
    config = pipeline.AnalysisConfig()
    saved = pipeline.ANALYSIS
    pipeline.ANALYSIS = stages
    try:
        start = time.perf_counter()
        for i in range(0, len(batch), BATCH):
            pipeline.analyze(batch[i : i + BATCH], config)
        return time.perf_counter() - start, batch
    finally:
        pipeline.ANALYSIS = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000, help="words of demo text")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each configuration")
    args = parser.parse_args(argv)

    docs, distinct = demo_documents(args.words)
    if not docs:
        print(f"no English documents found under {CORPUS}; skipping.")
        return 0

    from detente import pipeline
    from detente.nlp import spacy_model

    if not any(s.name == "quotes" for s in pipeline.ANALYSIS):
        print("detente.pipeline.ANALYSIS has no stage named 'quotes'; nothing to measure.")
        return 0
    timer = StageTimer(next(s.run for s in pipeline.ANALYSIS if s.name == "quotes"))
    full = tuple(replace(s, run=timer) if s.name == "quotes" else s for s in pipeline.ANALYSIS)
    without = tuple(s for s in pipeline.ANALYSIS if s.name != "quotes")
    words = sum(len(d.text.split()) for d in docs)

    # warm-up: models, registry, phrase matcher, the quote stage's imports
    start = time.perf_counter()
    analysis(docs[:4], full)
    analysis(docs[:4], without)
    t_warm = time.perf_counter() - start

    load_before = os.getloadavg()[0]
    runs: dict[str, list[float]] = {"all": [], "without": [], "quotes": []}
    last: list = []
    notes: list[str] = []
    for _ in range(max(1, args.repeat)):
        timer.seconds = 0.0
        elapsed, last = analysis(docs, full)
        runs["all"].append(elapsed)
        runs["quotes"].append(timer.seconds)
        notes += [n for d in last for n in d.notes]
        elapsed, batch = analysis(docs, without)
        runs["without"].append(elapsed)
        notes += [n for d in batch for n in d.notes]
    load_after = os.getloadavg()[0]

    cmd = "python benchmarks/quotes_throughput.py " + " ".join(
        sys.argv[1:] if argv is None else argv
    )
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(
        f"texts: demo corpus, {distinct} distinct English documents repeated to {len(docs)} "
        f"documents, {words} words; model {spacy_model()}; analysis stages: "
        + ", ".join(s.name for s in pipeline.ANALYSIS)
    )
    print(
        f"timing: median of {max(1, args.repeat)} runs after a warm-up ({t_warm:.1f}s, models "
        f"and registry loaded), one process; load average {load_before:.2f} before, "
        f"{load_after:.2f} after ({os.cpu_count()} CPUs)\n"
    )
    t_all = statistics.median(runs["all"])
    t_without = statistics.median(runs["without"])
    t_quotes = statistics.median(runs["quotes"])
    per_k = 1000.0 / words
    print("| configuration  | seconds | words/s | ms per 1k words |")
    print("|----------------|--------:|--------:|----------------:|")
    for name, t in (("all stages", t_all), ("without quotes", t_without)):
        print(f"| {name:<14} | {t:>7.2f} | {words / t:>7.0f} | {1000 * t * per_k:>15.1f} |")
    print("\n| quote stage                         | ms per 1k words | share of the analysis |")
    print("|-------------------------------------|----------------:|----------------------:|")
    diff = t_all - t_without
    print(
        f"| timed directly (its own run)        | {1000 * t_quotes * per_k:>15.1f} "
        f"| {t_quotes / t_all:>21.1%} |"
    )
    print(
        f"| difference of the medians           | {1000 * diff * per_k:>15.1f} "
        f"| {diff / t_all:>21.1%} |"
    )
    print(
        "\nruns (s): all stages "
        + ", ".join(f"{x:.2f}" for x in runs["all"])
        + "; without quotes "
        + ", ".join(f"{x:.2f}" for x in runs["without"])
        + "; quote stage inside the full runs "
        + ", ".join(f"{x:.2f}" for x in runs["quotes"])
    )

    kinds: Counter[str] = Counter(s.label for d in last for s in d.layer("quotes"))
    with_speaker = sum(
        1
        for d in last
        for s in d.layer("quotes")
        if s.label in ("direct", "partial", "indirect")
        and (s.data.get("speaker") or s.data.get("speaker_actor"))
    )
    attributions = sum(kinds[k] for k in ("direct", "partial", "indirect"))
    print("\nQuotes found (last full run):\n")
    print("| kind     | quotes | per 1k words |")
    print("|----------|-------:|-------------:|")
    for k in (*KINDS, *sorted(set(kinds) - set(KINDS))):
        print(f"| {k:<8} | {kinds[k]:>6} | {kinds[k] * per_k:>12.2f} |")
    total = sum(kinds.values())
    print(f"| **all**  | {total:>6} | {total * per_k:>12.2f} |")
    print(
        f"\ndirect, partial and indirect quotes with a speaker: {with_speaker} of {attributions}"
        f" ({with_speaker / attributions if attributions else 0:.1%})"
    )
    failed = [n for n in notes if "failed" in n]
    if failed:
        print(f"\nwarning: {len(failed)} stage failures noted, e.g. {failed[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
