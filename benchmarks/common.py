"""Helpers the benchmark scripts share: the revision line every report starts with, detente's
full analysis of English news texts, and P/R/F1.

The scripts run as ``.venv/bin/python benchmarks/X.py``; they import this module after putting
their own folder on ``sys.path``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout.strip()


def revision() -> str:
    """The git commit of the working tree, and whether src/ has local changes."""
    try:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "src")
    except (OSError, subprocess.CalledProcessError):
        head, dirty = "(no git)", "unknown"
    if not dirty:
        return f"git {head}"
    # others edit src/ while benchmarks run: a fingerprint of the code that produced the figures
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((ROOT / "src").rglob("*")):  # code and registry data
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return f"git {head} + uncommitted changes in src/ (src/ sha256 {digest.hexdigest()[:12]})"


def analyzed_news(items: Iterable[tuple[str, str, str | None]]) -> list:
    """Each (text, origin, published) as an English news document, through detente's full
    analysis (``detente.pipeline.analyze`` in batches of ``detente.analyze.BATCH``, one process)."""
    from detente.analyze import BATCH
    from detente.document import Document
    from detente.pipeline import AnalysisConfig, analyze

    docs = [
        Document(
            text=text,
            origin=origin,
            format="text",
            kind="news",
            language="en",
            published=published,
        )
        for text, origin, published in items
    ]
    for i in range(0, len(docs), BATCH):
        analyze(docs[i : i + BATCH], AnalysisConfig())
    return docs


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``tp`` correct out of ``pred`` predicted and ``gold`` gold."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
