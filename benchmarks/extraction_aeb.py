"""Main-text extraction on the article-extraction benchmark (AEB, scrapinghub, 181 pages).

Scores bare ``trafilatura.extract(html)`` (defaults) and detente's ``read_html`` side by side,
with the benchmark's own metric: tokens ``\\w+``, multisets of 4-gram shingles, precision and
recall per page averaged over the pages, F1 from the mean precision and recall. Published anchor:
trafilatura 2.0, F1 0.958.

    .venv/bin/python benchmarks/extraction_aeb.py [--data ../shared/eval/extraction/aeb] [--jobs 2]

The evaluation data stays outside the repository (``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "extraction" / "aeb"
SYSTEMS = ("trafilatura.extract", "detente.read_html")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text or "", re.UNICODE)
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def precision_recall(expected: str, predicted: str) -> tuple[float, float]:
    """Per-page precision and recall as the AEB evaluation computes them."""
    truth, pred = shingles(expected), shingles(predicted)
    tp = sum((truth & pred).values())
    fp = sum((pred - truth).values())
    fn = sum((truth - pred).values())
    if fp == fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def _bare(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _ours(raw: bytes, url: str) -> str:
    from detente.document import Document
    from detente.sources.html import read_html

    for item in read_html(raw, "aeb", url=url):
        if isinstance(item, Document):
            return item.text
    return ""


def score_page(args: tuple[Path, str, str]) -> tuple[str, dict[str, tuple[float, float]]]:
    path, expected, url = args
    logging.disable(logging.CRITICAL)
    raw = gzip.decompress(path.read_bytes())
    html = raw.decode("utf-8", errors="replace")
    result = {
        "trafilatura.extract": precision_recall(expected, _bare(html)),
        "detente.read_html": precision_recall(expected, _ours(raw, url)),
    }
    return path.name, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    args = parser.parse_args(argv)

    truth_file = args.data / "ground-truth.json"
    if not truth_file.is_file():
        print(
            f"AEB data not found at {args.data} (expected ground-truth.json and html/); skipping."
        )
        return 0
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    jobs = []
    for key, item in sorted(truth.items()):
        path = args.data / "html" / f"{key}.html.gz"
        if path.is_file():
            jobs.append((path, item.get("articleBody") or "", item.get("url") or ""))
    if args.limit:
        jobs = jobs[: args.limit]
    if not jobs:
        print(f"no pages found under {args.data / 'html'}; skipping.")
        return 0

    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(score_page, jobs, chunksize=4))
    elapsed = time.perf_counter() - start

    import trafilatura

    cmd = "python benchmarks/extraction_aeb.py " + " ".join(sys.argv[1:] if argv is None else argv)
    print(f"command: {cmd.strip()}")
    print(f"data: {args.data}  pages: {len(results)}  trafilatura {trafilatura.__version__}")
    print(f"wall time: {elapsed:.1f}s with {args.jobs} worker(s)\n")
    print(f"| {'system':<22} | precision | recall |   F1   |")
    print(f"|{'-' * 24}|-----------|--------|--------|")
    for system in SYSTEMS:
        p = statistics.mean(r[1][system][0] for r in results)
        r_ = statistics.mean(r[1][system][1] for r in results)
        f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
        print(f"| {system:<22} |  {p:.4f}   | {r_:.4f} | {f1:.4f} |")
    print("\npublished anchor: trafilatura 2.0 F1 0.958 (AEB README)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
