"""Ingest: expand the inputs a user names, read and clean them in worker processes, store them.

* Inputs: files, folders (recursive), glob patterns, ``-`` for standard input.
* Each input is read in a worker process with a time limit (pebble), so an extraction that hangs
  is cut off and reported, and a crash in a parser never takes the batch down.
* Each input is stored in one transaction: an interrupted ingest keeps every input completed
  before the interruption, and re-running completes the rest (inputs already stored are skipped
  by the SHA-256 of their bytes, so re-ingesting is a no-op).
* Every input that fails, and every record inside an input that fails, is reported as
  ``origin: reason``; nothing is dropped silently.
"""

from __future__ import annotations

import glob
import hashlib
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from detente.document import Document
from detente.errors import InputError
from detente.pipeline import AnalysisConfig, process
from detente.store import InputRecord, SQLiteStore

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_TIMEOUT = 120.0
SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(slots=True)
class Source:
    """One input: where it came from and how to get its bytes."""

    origin: str
    path: Path | None = None
    stream: BinaryIO | None = None
    error: str | None = None  # known bad before reading (no such file...)


@dataclass(slots=True)
class IngestReport:
    """What an ingest did. ``failed`` lists ``(origin, reason)`` for every input or record lost."""

    inputs: int = 0
    added: int = 0
    near_duplicates: int = 0
    exact_duplicates: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    documents: list[str] = field(default_factory=list)
    analyzed: int = 0  # documents analysed (actors...) after storing
    mentions: int = 0
    events: int = 0  # event mentions found by the analysis

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "added": self.added,
            "near_duplicates": self.near_duplicates,
            "exact_duplicates": self.exact_duplicates,
            "unchanged": self.unchanged,
            "failed": [{"origin": o, "reason": r} for o, r in self.failed],
            "interrupted": self.interrupted,
            "analyzed": self.analyzed,
            "mentions": self.mentions,
            "events": self.events,
            "ok": self.ok,
        }


def expand(paths: Iterable[str | Path], stdin: BinaryIO | None = None) -> Iterator[Source]:
    """Turn what the user typed into inputs: files, folders (recursive, sorted), globs, ``-``."""
    for given in paths:
        given = str(given)
        if given == "-":
            yield Source("<stdin>", stream=stdin or sys.stdin.buffer)
            continue
        path = Path(given).expanduser()
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name not in SKIP_NAMES and not name.startswith("."):
                        yield Source(str(Path(root) / name), path=Path(root) / name)
        elif path.exists() or path.is_symlink():
            yield Source(given, path=path)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(os.path.expanduser(given), recursive=True))
            if not matches:
                yield Source(given, error="no file matches this pattern")
            yield from expand(matches, stdin)
        else:
            yield Source(given, error="no such file or folder")


def _read_bytes(src: Source, max_bytes: int) -> bytes:
    if src.error:
        raise InputError(src.origin, src.error)
    try:
        if src.stream is not None:
            data = src.stream.read(max_bytes + 1)
        else:
            assert src.path is not None
            if not src.path.is_file():
                raise InputError(src.origin, "not a regular file")
            size = src.path.stat().st_size
            if size > max_bytes:
                raise InputError(src.origin, _too_big(size, max_bytes))
            data = src.path.read_bytes()
    except PermissionError:
        raise InputError(src.origin, "permission denied: cannot read this file") from None
    except OSError as exc:
        raise InputError(src.origin, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(src.origin, _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, limit: int) -> str:
    return f"{size / 2**20:.1f} MB is over the size limit of {limit / 2**20:.1f} MB (raise it with --max-bytes)"


def _work(data: bytes, origin: str) -> list[Document | InputError]:
    return process(data, origin)


class _InProcess:
    """Runs the work in this process (workers=0): no time limit, for debugging and tiny jobs."""

    def schedule(self, fn: Callable, args: tuple, timeout: float | None = None):
        from concurrent.futures import Future

        fut: Future = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def stop(self) -> None: ...
    def join(self, timeout: float | None = None) -> None: ...


def ingest(
    store: SQLiteStore,
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    progress: Callable[[str, str], None] | None = None,
    analysis: AnalysisConfig | None = None,
    analysis_progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Ingest ``paths`` into ``store``, then analyse what needs it; return what happened.

    ``progress(origin, status)`` is called once per input (status: added, unchanged, failed),
    ``analysis_progress(done, total)`` once per analysed batch. ``workers=0`` runs in this
    process without the time limit. ``analysis=AnalysisConfig(enabled=False)`` only stores.
    """
    report = IngestReport()
    workers = min(2, os.cpu_count() or 1) if workers is None else workers
    if workers > 0:
        from pebble import ProcessPool

        pool: Any = ProcessPool(max_workers=workers, max_tasks=200)
    else:
        pool = _InProcess()
    pending: deque[tuple[Source, str, bytes, Any]] = deque()

    def finish_one() -> None:
        src, sha, data, fut = pending.popleft()
        record = InputRecord(src.origin, sha, None, "ok")
        try:
            items = fut.result()
        except FutureTimeout:
            items = [
                InputError(
                    src.origin,
                    f"reading took longer than {timeout:g} s and was stopped (--timeout)",
                )
            ]
        except InputError as exc:
            items = [exc]
        except Exception as exc:  # a bug in a reader: report it, keep going
            items = [
                InputError(
                    src.origin,
                    f"internal error while reading ({type(exc).__name__}: {exc}); please report it",
                )
            ]
        docs = [d for d in items if isinstance(d, Document)]
        errors = [(e.origin, e.reason) for e in items if isinstance(e, InputError)]
        if docs:
            record.format = docs[0].format
            record.record_errors = errors
        else:
            record.status = "failed"
            record.error = errors[0][1] if errors else "no documents found"
            if not errors:
                errors = [(src.origin, record.error)]
        added = store.save_input(data, record, docs)
        report.failed.extend(errors)
        report.added += len(added)
        report.near_duplicates += sum(1 for d in added if d.duplicate_of)
        report.exact_duplicates += len(docs) - len(added)
        report.documents.extend(d.id for d in added if d.id)
        if progress:
            progress(src.origin, "added" if docs else "failed")

    try:
        for src in expand(paths, stdin):
            report.inputs += 1
            try:
                data = _read_bytes(src, max_bytes)
            except InputError as exc:
                report.failed.append((exc.origin, exc.reason))
                if progress:
                    progress(src.origin, "failed")
                continue
            sha = hashlib.sha256(data).hexdigest()
            if store.has_input(sha):
                report.unchanged += 1
                if progress:
                    progress(src.origin, "unchanged")
                continue
            fut = (
                pool.schedule(_work, args=(data, src.origin), timeout=timeout)
                if workers
                else pool.schedule(_work, (data, src.origin))
            )
            pending.append((src, sha, data, fut))
            while len(pending) > max(2, workers * 2):  # bounded: memory stays flat
                finish_one()
        while pending:
            finish_one()
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        pool.stop()
        pool.join(timeout=5)
    if not report.interrupted:
        from detente.analyze import analyze_stored

        done = analyze_stored(store, analysis, workers=workers, progress=analysis_progress)
        report.analyzed, report.mentions = done.documents, done.mentions
        report.events = done.events
        report.failed += [(f"document {i}", r) for i, r in done.failed]
        report.interrupted = done.interrupted
    return report
