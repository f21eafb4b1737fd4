"""Ingest throughput (documents/s, MB/s) and peak memory on generated corpora.

    .venv/bin/python benchmarks/ingest_throughput.py --sizes 1000 10000 [--modes store analyze]

Generates N distinct news-like documents (half HTML pages with chrome, half plain-text dumps),
ingests them with ``detente ingest`` in a fresh process each time, and reports wall time,
throughput and the peak resident memory of the ingest process and of its workers. Mode
``store`` reads, cleans and stores (``--no-analyze``); mode ``analyze`` also runs the analysis
stages (actors: spaCy parse, candidates, resolution) as a plain ``detente ingest`` does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "China",
    "Russia",
    "Beijing",
    "Moscow",
    "gas",
    "pipeline",
    "summit",
    "minister",
    "talks",
    "sanctions",
    "trade",
    "yuan",
    "ruble",
    "agreement",
    "visit",
    "statement",
    "partnership",
    "security",
    "exercise",
    "border",
    "energy",
    "oil",
    "grain",
    "bank",
    "payment",
    "council",
    "delegation",
    "cooperation",
    "strategic",
    "relations",
    "president",
    "foreign",
    "ministry",
    "spokesperson",
    "official",
    "analysts",
    "said",
    "week",
    "month",
    "year",
    "deal",
    "export",
    "import",
    "market",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def generate(folder: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        paras = [paragraph(rng) for _ in range(rng.randint(5, 10))]
        title = sentence(rng)[:-1]
        day = f"20{rng.randint(14, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if i % 2:
            body = "".join(f"<p>{p}</p>\n" for p in paras)
            data = (
                f"<!DOCTYPE html><html lang='en'><head><title>{title} | Generated Wire</title>"
                f"<meta property='article:published_time' content='{day}T08:00:00Z'>"
                f"<meta name='author' content='Jane Doe'></head><body><nav><a href='/'>Home</a>"
                f"<a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>"
                f"<footer>© 2025 Generated Wire</footer></body></html>"
            )
            name = f"doc{i:06d}.html"
        else:
            data = "\n".join(
                [
                    "Skip to main content",
                    "Listen Live",
                    "Donate",
                    title,
                    "By Jane Doe",
                    day,
                    *paras,
                    "Copyright 2025 Generated Radio.",
                ]
            )
            name = f"doc{i:06d}.txt"
        (folder / name).write_text(data, encoding="utf-8")
        total += len(data.encode())
    return total


def run(n: int, workers: int | None, mode: str = "store") -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs"
        src.mkdir()
        size = generate(src, n)
        db = Path(tmp) / "bench.db"
        cmd = [sys.executable, "-m", "detente.cli", "ingest", str(src), "--db", str(db), "--quiet"]
        if workers is not None:
            cmd += ["--workers", str(workers)]
        if mode == "store":
            cmd += ["--no-analyze"]
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - start
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if proc.returncode not in (0, 1):
            raise SystemExit(proc.stderr)
        return {
            "mode": mode,
            "documents": n,
            "mb": round(size / 2**20, 2),
            "seconds": round(wall, 1),
            "docs_per_s": round(n / wall, 1),
            "mb_per_s": round(size / 2**20 / wall, 2),
            "peak_rss_mb": round(peak_kb / 1024),
            "db_mb": round(os.path.getsize(db) / 2**20, 1),
            "failed": proc.stderr.count("\n"),
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument(
        "--modes", nargs="+", choices=("store", "analyze"), default=["store", "analyze"]
    )
    args = ap.parse_args()
    print(f"command: {' '.join([os.path.basename(sys.executable), *sys.argv])}")
    print(
        f"{'mode':>8} {'docs':>7} {'MB':>7} {'s':>7} {'docs/s':>8} {'MB/s':>6} {'peak MB':>8}"
        f" {'db MB':>6} {'failed':>6}"
    )
    for mode in args.modes:
        for n in args.sizes:
            # each size in its own child: RUSAGE_CHILDREN's peak is then that size's peak
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(n), mode]
                + ([str(args.workers)] if args.workers is not None else []),
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out)
            print(
                f"{r['mode']:>8} {r['documents']:>7} {r['mb']:>7} {r['seconds']:>7}"
                f" {r['docs_per_s']:>8} {r['mb_per_s']:>6} {r['peak_rss_mb']:>8} {r['db_mb']:>6}"
                f" {r['failed']:>6}"
            )


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--one":
        workers = int(sys.argv[4]) if len(sys.argv) > 4 else None
        print(json.dumps(run(int(sys.argv[2]), workers, sys.argv[3])))
    else:
        main()
