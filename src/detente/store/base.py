"""The storage interface. SQLite implements it (:mod:`detente.store.sqlite`); a PostgreSQL
implementation for shared corpora follows the same interface and schema versions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from detente.document import Document


@dataclass(slots=True)
class Filters:
    """Filters shared by search, listing and export."""

    kind: str | None = None
    language: str | None = None
    date_from: str | None = None  # ISO date or prefix: 2022, 2022-02, 2022-02-04
    date_to: str | None = None
    include_duplicates: bool = False


@dataclass(slots=True)
class Hit:
    id: str
    title: str | None
    kind: str
    language: str | None
    published: str | None
    publisher: str | None
    origin: str
    snippet: str
    score: float
    duplicates: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(slots=True)
class InputRecord:
    origin: str
    sha256: str
    format: str | None
    status: str
    documents: int = 0
    error: str | None = None
    record_errors: list[tuple[str, str]] = field(default_factory=list)


class Store(Protocol):
    """What detente needs from a corpus store."""

    def close(self) -> None: ...
    def snapshot(self) -> AbstractContextManager[Store]: ...
    def has_input(self, sha256: str) -> bool: ...
    def save_input(
        self, raw: bytes | None, record: InputRecord, docs: list[Document]
    ) -> list[Document]: ...
    def get(self, doc_id: str) -> Document: ...
    def raw(self, doc_id: str) -> bytes: ...
    def documents(self, filters: Filters | None = None) -> Iterator[Document]: ...
    def search(
        self, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0
    ) -> list[Hit]: ...
    def stats(self) -> dict[str, Any]: ...
