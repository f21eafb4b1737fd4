"""Helpers the event benchmarks (``events_*.py``) share: running detente on sentences, reading
its event mentions, actor codes as the gold data writes them, the main event of a sentence, and
markdown tables.

The scripts run as ``.venv/bin/python benchmarks/events_X.py``; they import this module after
putting their own folder on ``sys.path``. Every script works, reporting zero events, while a
language's coder (``detente.events.english``) is not there yet: the event stage then leaves the
``events`` layer empty.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "events"

# how an actor with no country is written, as PETRARCH's Phoenix codes write it ("---REB")
NO_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class Item:
    """One sentence to analyse, as one English news document."""

    id: str
    text: str
    published: str | None  # ISO date


def command(script: str, argv: Sequence[str]) -> str:
    return f"python benchmarks/{script} " + " ".join(argv)


def coder_status(language: str = "en") -> str:
    """Whether detente has an event coder and a lexicon for ``language``, for the report."""
    from detente.events import lexicon, stage

    mod = stage.coder(language)
    if mod is None:
        return f"no event coder for {language!r} ({stage.CODERS.get(language)} not importable)"
    try:
        lex = lexicon.lexicon(language)
    except Exception as exc:  # a broken lexicon file: say so, the stage will note it too
        return f"coder {mod.__name__}; lexicon not loaded ({type(exc).__name__}: {exc})"
    return f"coder {mod.__name__}; lexicon.{language}.toml {len(lex.predicates)} entries"


def iso_date(value: str | None) -> str | None:
    """``20080804`` -> ``2008-08-04``; ISO dates unchanged; anything else None."""
    if not value:
        return None
    v = value.strip()
    if len(v) == 8 and v.isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:]}"
    if len(v) == 10 and v[4] == "-" and v[7] == "-":
        return v
    return None


def analyze_items(items: list[Item]) -> tuple[list, float]:
    """Analyse each item as an English news document (``detente.pipeline.analyze``, batches of
    ``detente.analyze.BATCH``, one process): the documents and the seconds it took."""
    from detente.analyze import BATCH
    from detente.document import Document
    from detente.pipeline import AnalysisConfig, analyze

    docs = [
        Document(
            text=it.text,
            origin=f"bench:{it.id}",
            format="text",
            kind="news",
            language="en",
            published=it.published,
        )
        for it in items
    ]
    config = AnalysisConfig()
    start = time.perf_counter()
    for i in range(0, len(docs), BATCH):
        analyze(docs[i : i + BATCH], config)
    return docs, time.perf_counter() - start


def events(doc) -> list:
    """The event mentions of an analysed document (from its ``events`` layer)."""
    from detente.events.model import EventMention

    return [EventMention.from_span(s.start, s.end, s.label, s.data) for s in doc.layer("events")]


def failures(docs: Iterable) -> list[str]:
    """Notes of stages that failed, ``origin: note``."""
    return [f"{d.origin}: {n}" for d in docs for n in d.notes if "failed" in n]


def actor_code(ev, role: str) -> str:
    """An event actor's code as the gold data writes its first three letters (Phoenix/CAMEO
    actor codes): the country ISO3 (``source_country``); for an actor with no country, ``IGO``
    for an intergovernmental organisation (an ``IGO:...`` id or sector ``IGO``; PETRARCH writes
    ``IGOUNO``, PLOVER ``IGO``), ``NGO`` or ``IMG`` (militarised group) for an actor of that
    sector; else ``---`` (no country: "insurgents", "Congress" unresolved, or no actor found)."""
    country = getattr(ev, f"{role}_country")
    actor = getattr(ev, role) or ""
    sector = getattr(ev, f"{role}_sector") or ""
    if country:
        return "IGO" if country.startswith("IGO") else country[:3]
    if actor.startswith("IGO:") or sector == "IGO":
        return "IGO"
    if sector in ("NGO", "IMG"):
        return sector
    return NO_COUNTRY


def main_event(evs: list, done_only: bool = False, prefer_done: bool = True):
    """The sentence's main event: the highest-confidence *done* event (not negated, no
    modality), else (unless ``done_only``) the highest-confidence event of any modality; ties
    go to the event with more actors found, then to the first in the sentence. With
    ``prefer_done=False``, the highest-confidence event whatever its status. None: no event.
    """
    done = [e for e in evs if e.done]
    pool = done if done_only or (prefer_done and done) else list(evs)
    if not pool:
        return None
    return max(
        pool,
        key=lambda e: (e.confidence, (e.source is not None) + (e.target is not None), -e.start),
    )


def status(ev) -> str:
    """``done``, ``negated`` or the modality."""
    if ev.negated:
        return "negated"
    return ev.modality or "done"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], right: str = "") -> str:
    """A markdown table; ``right`` holds, per column, ``r`` for right-aligned (numbers)."""
    rows = [[_cell(c) for c in r] for r in rows]
    head = "| " + " | ".join(headers) + " |"
    rule = (
        "|"
        + "|".join(
            "---:" if i < len(right) and right[i] == "r" else "---" for i in range(len(headers))
        )
        + "|"
    )
    return "\n".join([head, rule, *("| " + " | ".join(r) + " |" for r in rows)])


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value).replace("|", "/").replace("\n", " ")


def short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def describe(ev, text: str) -> str:
    """One event, compactly: ``CATEGORY cameo 'predicate' SRC->TGT [status]``."""
    return (
        f"{ev.category} {ev.cameo} {text[ev.start : ev.end]!r} "
        f"{actor_code(ev, 'source')}({ev.source_text or '-'})->"
        f"{actor_code(ev, 'target')}({ev.target_text or '-'}) [{status(ev)}]"
    )
