"""What the time stage costs, per language: its own time per 1k words inside the full analysis.

    .venv/bin/python benchmarks/timex_throughput.py [--words 30000] [--repeat 3]

Texts: the documents of the bundled demo corpus (read with ``detente.pipeline.process`` as
``detente ingest`` reads them) in each of English, Russian and Chinese, repeated until they
hold about ``--words`` words (words: white-space separated; for Chinese, characters / 1.5, a
common words-per-character ratio). The full analysis (``detente.pipeline.analyze``, batches of
``detente.analyze.BATCH``, one process) runs ``--repeat`` times after a warm-up, with the stage
named "time" wrapped in a timer; the median is reported, with the expressions found per 1k
words and the share of them that got a calendar value. The helpers are those of
``quotes_throughput.py`` (fresh documents each run, the stage timer).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import revision
from quotes_throughput import CORPUS, StageTimer, analysis


def words_of(text: str, language: str) -> int:
    return round(len(text.replace(" ", "")) / 1.5) if language == "zh" else len(text.split())


def documents(language: str, words: int) -> tuple[list, int]:
    from detente.document import Document
    from detente.pipeline import process

    docs = []
    for f in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        for item in process(f.read_bytes(), str(f)):
            if isinstance(item, Document) and item.language == language and item.published:
                docs.append(item)
    out, total = [], 0
    while docs and total < words:
        for d in docs:
            out.append(d)
            total += words_of(d.text, language)
            if total >= words:
                break
    return out, len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000, help="words of demo text per language")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs")
    args = parser.parse_args(argv)

    from detente import pipeline

    timer = StageTimer(next(s.run for s in pipeline.ANALYSIS if s.name == "time"))
    stages = tuple(replace(s, run=timer) if s.name == "time" else s for s in pipeline.ANALYSIS)
    cmd = "python benchmarks/timex_throughput.py " + " ".join(
        sys.argv[1:] if argv is None else argv
    )
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(f"analysis stages: {', '.join(s.name for s in pipeline.ANALYSIS)}; one process\n")
    print("| language | docs (distinct) | words | time stage, ms per 1k words | share of the "
          "analysis | expressions per 1k words | with a value |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    for language in ("en", "ru", "zh"):
        docs, distinct = documents(language, args.words)
        if not docs:
            continue
        words = sum(words_of(d.text, language) for d in docs)
        analysis(docs[:4], stages)  # warm-up: models, registry
        stage, total, last = [], [], []
        for _ in range(max(1, args.repeat)):
            timer.seconds = 0.0
            elapsed, last = analysis(docs, stages)
            stage.append(timer.seconds)
            total.append(elapsed)
        t_stage, t_all = statistics.median(stage), statistics.median(total)
        found = [s for d in last for s in d.layer("timexes") if s.label != "EVENT"]
        types = Counter(s.label for s in found)
        valued = sum(1 for s in found if s.data.get("value"))
        print(
            f"| {language} | {len(docs)} ({distinct}) | {words} | {1e6 * t_stage / words:.1f} "
            f"| {t_stage / t_all:.1%} | {1000 * len(found) / words:.1f} "
            f"({', '.join(f'{k} {v}' for k, v in types.most_common())}) "
            f"| {valued / len(found) if found else 0:.1%} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
