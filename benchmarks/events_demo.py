"""Events in the bundled demo corpus: how many per 1k words, of which kinds, how many merge.

    .venv/bin/python benchmarks/events_demo.py [--examples 10]

Texts: every document of the demo corpus (``src/detente/demo/corpus/**``: news HTML and text,
feeds, a WARC, scholarly records; English, Russian, Chinese), read with
``detente.pipeline.process`` as ``detente ingest`` reads them, and analysed with
``detente.pipeline.analyze`` (all stages, batches of ``detente.analyze.BATCH``, one process).
Words: white-space separated; Chinese: characters / 1.5 (a common words-per-character ratio).

Reported: event mentions per 1k words per language and overall; mentions by PLOVER category
and by quad class; the share that are *done* (not negated, no modality) against negated and
each modality; how they are dated (from a date in the text, or the publication date).

Merging, when ``detente.events.merge`` is there: near-duplicate documents are linked first
(``detente.dedup.similarity`` on every pair, in corpus order; a document that is a
near-duplicate of an earlier one gets ``duplicate_of``, as ``detente ingest`` links them), then
the mentions of all documents go through the module's cross-document merge. Reported: merged
events, the share reported by 2+ distinct documents (near-duplicates not counted twice), and
the share of event mentions that merge with a mention of another document. Without the
module the section prints "merge not available".
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import revision
from events_common import ROOT, coder_status, command, events, failures, short, status, table

CORPUS = ROOT / "src" / "detente" / "demo" / "corpus"
LANGUAGES = ("en", "ru", "zh")


def words_of(text: str, language: str | None) -> int:
    return round(len("".join(text.split())) / 1.5) if language == "zh" else len(text.split())


def read_corpus() -> tuple[list, int]:
    """The corpus's documents, exact duplicates (same content id) dropped as ``detente ingest``
    drops them; and how many were dropped."""
    from detente.document import Document
    from detente.pipeline import process

    docs, seen, dropped = [], set(), 0
    for f in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        for d in process(f.read_bytes(), str(f)):
            if not isinstance(d, Document):
                continue
            if d.id in seen:
                dropped += 1
                continue
            seen.add(d.id)
            docs.append(d)
    return docs, dropped


def link_duplicates(docs: list) -> int:
    """Set ``duplicate_of`` on near-duplicates of an earlier document; how many."""
    from detente.dedup import similarity

    n = 0
    for i, d in enumerate(docs):
        for e in docs[:i]:
            if (
                e.duplicate_of is None
                and e.language == d.language
                and similarity(e.text, d.text).is_duplicate
            ):
                d.duplicate_of = e.id
                n += 1
                break
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="print N merged events")
    args = parser.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv

    from detente.analyze import BATCH
    from detente.events.codes import CATEGORIES, QUAD_CLASSES
    from detente.pipeline import AnalysisConfig, analyze

    docs, exact = read_corpus()
    if not docs:
        print(f"no documents under {CORPUS}; skipping.")
        return 0
    duplicates = link_duplicates(docs)
    start = time.perf_counter()
    config = AnalysisConfig()
    for lang in sorted({d.language or "" for d in docs}):  # one language per batch
        batch = [d for d in docs if (d.language or "") == lang]
        for i in range(0, len(batch), BATCH):
            analyze(batch[i : i + BATCH], config)
    seconds = time.perf_counter() - start
    found = {id(d): events(d) for d in docs}

    print(f"command: {command('events_demo.py', argv)}")
    print(f"detente: {revision()}")
    print("coders: " + "; ".join(f"{lang}: {coder_status(lang)}" for lang in LANGUAGES))
    print(
        f"texts: {CORPUS.relative_to(ROOT)}, {len(docs)} documents "
        f"({exact} exact duplicates dropped; {duplicates} near-duplicates of an earlier one "
        f"linked); analysis {seconds:.1f}s, one process"
    )
    failed = failures(docs)
    if failed:
        print(f"stage failures ({len(failed)}): " + "; ".join(failed[:3]))

    print("\nEvent mentions per 1k words (all documents, near-duplicates included):\n")
    rows = []
    all_words = all_mentions = all_done = 0
    for lang in (*LANGUAGES, *sorted({d.language or "?" for d in docs} - set(LANGUAGES))):
        ds = [d for d in docs if (d.language or "?") == lang]
        if not ds:
            continue
        words = sum(words_of(d.text, lang) for d in ds)
        evs = [e for d in ds for e in found[id(d)]]
        done = sum(e.done for e in evs)
        all_words, all_mentions, all_done = (
            all_words + words,
            all_mentions + len(evs),
            all_done + done,
        )
        rows.append(
            [
                lang,
                len(ds),
                sum(bool(found[id(d)]) for d in ds),
                words,
                len(evs),
                1000 * len(evs) / words if words else 0.0,
                done,
                1000 * done / words if words else 0.0,
            ]
        )
    rows.append(
        [
            "**all**",
            len(docs),
            sum(bool(v) for v in found.values()),
            all_words,
            all_mentions,
            1000 * all_mentions / all_words if all_words else 0.0,
            all_done,
            1000 * all_done / all_words if all_words else 0.0,
        ]
    )
    print(
        table(
            [
                "language",
                "documents",
                "with events",
                "words",
                "mentions",
                "per 1k words",
                "done",
                "done per 1k words",
            ],
            rows,
            "lrrrrrrr",
        )
    )

    every = [(d, e) for d in docs for e in found[id(d)]]
    total = len(every) or 1
    by_lang = {
        lang: Counter(e.category for d, e in every if d.language == lang) for lang in LANGUAGES
    }
    cats = Counter(e.category for _, e in every)
    print("\nBy PLOVER category (mentions):\n")
    print(
        table(
            ["category", *LANGUAGES, "all", "share"],
            (
                [c, *(by_lang[lang][c] for lang in LANGUAGES), cats[c], f"{cats[c] / total:.1%}"]
                for c in CATEGORIES
                if cats[c]
            ),
            "l" + "r" * (len(LANGUAGES) + 2),
        )
    )
    quads = Counter(e.quad_class for _, e in every)
    print("\nBy quad class (mentions):\n")
    print(
        table(
            ["quad class", "mentions", "share"],
            ([f"{q} {QUAD_CLASSES[q]}", quads[q], f"{quads[q] / total:.1%}"] for q in QUAD_CLASSES),
            "lrr",
        )
    )
    statuses = Counter(status(e) for _, e in every)
    print("\nDone, negated, modal (mentions):\n")
    print(
        table(
            ["status", "mentions", "share"],
            ([s, n, f"{n / total:.1%}"] for s, n in statuses.most_common()),
            "lrr",
        )
    )
    dating = Counter(e.date_precision if e.date else "no date" for _, e in every)
    print(
        "\ndated by: "
        + (", ".join(f"{k} {v} ({v / total:.0%})" for k, v in dating.most_common()) or "-")
        + " (reported: the publication date; day/week/month/year: a date in the text)"
    )

    print("\nMerged across documents:\n")
    merge_report(docs, found, args.examples)
    return 0


def merge_function():
    """The merge module's cross-document merge of analysed documents, or None and why."""
    try:
        mod = importlib.import_module("detente.events.merge")
    except ImportError as exc:
        return None, f"merge not available (detente.events.merge: {exc})"
    fn = getattr(mod, "merge_documents", None)
    if not callable(fn):
        return None, "merge not available (detente.events.merge has no merge_documents)"
    return fn, f"detente.events.merge.merge_documents{inspect.signature(fn)}"


def merge_report(docs: list, found: dict, examples: int) -> None:
    fn, what = merge_function()
    if fn is None:
        print(what)
        return
    start = time.perf_counter()
    merged = fn(docs)
    seconds = time.perf_counter() - start
    print(f"merge: {what}, {seconds:.2f}s\n")
    by_id = {d.id: d for d in docs}
    canonical = [d for d in docs if d.duplicate_of is None]
    n_mentions = sum(len(found[id(d)]) for d in canonical)
    n_copies = sum(len(found[id(d)]) for d in docs if d.duplicate_of is not None)
    multi = [e for e in merged if e.n_sources >= 2]
    # mentions of canonical documents in an event reported by 2+ documents
    in_events = {m for e in merged for m in e.mention_ids}
    in_multi = {m for e in multi for m in e.mention_ids}
    canon_ids = {d.id for d in canonical}

    def of_canonical(ids: set[str]) -> int:
        return sum(1 for m in ids if m.split(":", 1)[0] in canon_ids)

    rows = []
    for label, evs in (
        ("all events", merged),
        ("done events", [e for e in merged if not e.negated and e.modality is None]),
    ):
        k = sum(e.n_sources >= 2 for e in evs)
        langs = sum(len({by_id[i].language for i in e.doc_ids if i in by_id}) >= 2 for e in evs)
        rows.append(
            [
                label,
                len(evs),
                k,
                f"{k / len(evs):.1%}" if evs else "-",
                langs,
                max((e.n_sources for e in evs), default=0),
            ]
        )
    print(
        table(
            [
                "merged",
                "events",
                "reported by 2+ documents",
                "share",
                "in 2+ languages",
                "most sources",
            ],
            rows,
            "lrrrrr",
        )
    )
    share = of_canonical(in_multi) / n_mentions if n_mentions else 0.0
    print(
        f"\nevent mentions (documents that are not near-duplicates): {n_mentions}; in a merged "
        f"event: {of_canonical(in_events)} (a mention naming neither side is no event); in an "
        f"event reported by 2+ documents: {of_canonical(in_multi)} (**{share:.1%}** of the "
        f"mentions merge across documents). Mentions of near-duplicate copies ({n_copies}) "
        "join their original's event and are not counted as sources."
    )
    if examples and multi:
        print(f"\nThe {examples} events with the most sources:\n")
        rows = [
            [
                e.date or "-",
                e.date_precision,
                e.category,
                e.cameo,
                f"{e.source or '-'} -> {e.target or '-'}",
                e.n_sources,
                e.n_mentions,
                short(e.evidence, 110),
            ]
            for e in sorted(multi, key=lambda e: (-e.n_sources, e.date or ""))[:examples]
        ]
        print(
            table(
                [
                    "date",
                    "precision",
                    "category",
                    "cameo",
                    "dyad",
                    "sources",
                    "mentions",
                    "evidence",
                ],
                rows,
                "lllllrrl",
            )
        )


if __name__ == "__main__":
    raise SystemExit(main())
