"""Throughput of the actor stage (words/s) against bare spaCy with the same model, in one run.

    .venv/bin/python benchmarks/actors_throughput.py [--words 50000] [--repeat 3] [--meantime]
        [--meantime-data ../shared/eval/time/meantime-en]

Texts: the English documents of the bundled demo corpus (``src/detente/demo/corpus/**``, read
with ``detente.pipeline.process`` as ``detente ingest`` reads them), repeated until they hold
about ``--words`` words; with ``--meantime``, also the 120 MEANTIME articles (rebuilt from their
tokens by ``benchmarks/meantime.py``, as the MEANTIME benchmarks do), timed as a second corpus.

Systems, on the same texts:

  spacy     ``nlp.pipe(texts, batch_size=64)`` with ``spacy.load(model)``: the full pipeline
            (tagger, parser, NER...), as detente's English layer loads it
  detente   ``detente.pipeline.analyze`` on fresh Documents, in batches of
            ``detente.analyze.BATCH`` documents as ``detente analyze`` runs them: parsing
            (spaCy, same model), candidates, resolution against the registry

Both are warmed up first (models loaded, the registry read, the phrase matcher built); the
registry load time and the model load times are reported apart. Each system runs ``--repeat``
times (alternating); the table gives the median wall time (``time.perf_counter``), words/s and
the ratio detente time / spaCy time, and the ratio of the fastest runs (less sensitive to other
processes on the machine; the load average is printed). One process, no workers: the figures
are per core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meantime
from common import revision

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "detente" / "demo" / "corpus"
MEANTIME = meantime.DEFAULT_DATA


def demo_documents(words: int) -> list:
    """The demo corpus's English documents, repeated to about ``words`` words."""
    from detente.document import Document
    from detente.pipeline import process

    docs = []
    for f in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        for item in process(f.read_bytes(), str(f)):
            if isinstance(item, Document) and item.language == "en":
                docs.append(item)
    if not docs:
        return []
    out, total = [], 0
    while total < words:
        for d in docs:
            out.append(d)
            total += len(d.text.split())
            if total >= words:
                break
    return out


def meantime_documents(data: Path) -> list:
    """The MEANTIME articles as Documents (text rebuilt from the tokens)."""
    from detente.document import Document

    files = sorted((data / "intra-doc_annotation").glob("*/*.xml"))
    out = []
    for f in files:
        a, _ = meantime.read(f, meantime.Text)
        out.append(
            Document(
                text=a.text,
                origin=f.name,
                format="text",
                kind="news",
                language="en",
                published=a.published,
            )
        )
    return out


def fresh(docs: list) -> list:
    """New Documents with the same text and metadata (the stage writes into them)."""
    from detente.document import Document

    return [
        Document(
            text=d.text,
            origin=d.origin,
            format=d.format,
            kind=d.kind,
            language="en",
            published=d.published,
            title=d.title,
        )
        for d in docs
    ]


def time_detente(docs: list) -> tuple[float, list[str]]:
    from detente.analyze import BATCH
    from detente.pipeline import AnalysisConfig, analyze

    batch = fresh(docs)
    config = AnalysisConfig()
    start = time.perf_counter()
    for i in range(0, len(batch), BATCH):
        analyze(batch[i : i + BATCH], config)
    elapsed = time.perf_counter() - start
    return elapsed, [n for d in batch for n in d.notes]


def time_spacy(nlp, texts: list[str], batch_size: int) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000, help="words of demo text")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each system")
    parser.add_argument("--meantime", action="store_true", help="also time the MEANTIME texts")
    parser.add_argument("--meantime-data", type=Path, default=MEANTIME)
    args = parser.parse_args(argv)

    corpora: dict[str, list] = {}
    demo = demo_documents(args.words)
    if demo:
        corpora["demo corpus (en)"] = demo
    else:
        print(f"no English documents found under {CORPUS}")
    if args.meantime:
        if (args.meantime_data / "intra-doc_annotation").is_dir():
            corpora["MEANTIME"] = meantime_documents(args.meantime_data)
        else:
            print(f"MEANTIME data not found at {args.meantime_data}; left out.")
    if not corpora:
        print("no texts to time; skipping.")
        return 0

    import spacy

    from detente import nlp as detente_nlp
    from detente.actors.registry import Registry
    from detente.nlp import english

    # -- loading, timed apart -------------------------------------------------------------------
    start = time.perf_counter()
    reg = Registry.load()
    reg.country_term("China")  # the registry reads its tables lazily: read them all now
    reg.agent("spokesperson")
    reg.lookup("Xi Jinping")
    reg.holders("president", "CHN", None)
    t_registry = time.perf_counter() - start
    model = detente_nlp.spacy_model()
    start = time.perf_counter()
    english.load(True)
    t_model_detente = time.perf_counter() - start
    start = time.perf_counter()
    nlp = spacy.load(model)
    t_model_bare = time.perf_counter() - start
    # warm-up: the phrase matcher over the registry's terms, first batches through the models
    warm = corpora[next(iter(corpora))][:4]
    start = time.perf_counter()
    time_detente(warm)
    t_warm = time.perf_counter() - start
    time_spacy(nlp, [d.text for d in warm], english.BATCH)

    load_before = os.getloadavg()[0]
    results: dict[str, dict[str, list[float]]] = {}
    notes: list[str] = []
    for name, docs in corpora.items():
        texts = [d.text for d in docs]
        runs: dict[str, list[float]] = {"spacy": [], "detente": []}
        for _ in range(max(1, args.repeat)):
            runs["spacy"].append(time_spacy(nlp, texts, english.BATCH))
            elapsed, doc_notes = time_detente(docs)
            runs["detente"].append(elapsed)
            notes += doc_notes
        results[name] = runs

    cmd = "python benchmarks/actors_throughput.py " + " ".join(
        sys.argv[1:] if argv is None else argv
    )
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(
        f"model: {model} {nlp.meta.get('version', '')} (spaCy {spacy.__version__}); bare pipeline:"
        f" {', '.join(nlp.pipe_names)}; detente's: {', '.join(english.load(True).pipe_names)}"
    )
    print(
        f"load: registry {t_registry:.2f}s ({len(reg)} actors), model {t_model_detente:.2f}s "
        f"(detente) / {t_model_bare:.2f}s (bare), first analyze call (matcher build) "
        f"{t_warm:.2f}s"
    )
    print(
        f"timing: median of {max(1, args.repeat)} runs, one process; load average "
        f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after (other processes on the "
        f"{os.cpu_count()} CPUs slow both systems unevenly: compare the best-run ratio)\n"
    )
    print(
        "| texts            | docs | words  | spaCy s | spaCy words/s | detente s "
        "| detente words/s | ratio (detente/spaCy) | ratio, best runs |"
    )
    print(
        "|------------------|-----:|-------:|--------:|--------------:|----------:"
        "|----------------:|----------------------:|-----------------:|"
    )
    for name, runs in results.items():
        docs = corpora[name]
        words = sum(len(d.text.split()) for d in docs)
        t_sp = statistics.median(runs["spacy"])
        t_de = statistics.median(runs["detente"])
        print(
            f"| {name:<16} | {len(docs):>4} | {words:>6} | {t_sp:>7.2f} | {words / t_sp:>13.0f} "
            f"| {t_de:>9.2f} | {words / t_de:>15.0f} | {t_de / t_sp:>21.2f} "
            f"| {min(runs['detente']) / min(runs['spacy']):>16.2f} |"
        )
    print(
        "\nruns (s): "
        + "; ".join(
            f"{name}: spaCy {', '.join(f'{x:.2f}' for x in r['spacy'])}, "
            f"detente {', '.join(f'{x:.2f}' for x in r['detente'])}"
            for name, r in results.items()
        )
    )
    failed = [n for n in notes if "failed" in n]
    if failed:
        print(f"\nwarning: {len(failed)} stage failures noted, e.g. {failed[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
