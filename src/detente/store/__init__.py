"""Corpus storage: :func:`open_store` picks the implementation from the location."""

from __future__ import annotations

from pathlib import Path

from detente.store.base import Filters, Hit, InputRecord, Store
from detente.store.sqlite import SQLiteStore


def open_store(location: str | Path, *, readonly: bool = False) -> SQLiteStore:
    """Open (creating and migrating if needed) the corpus at ``location`` (an SQLite file path)."""
    loc = str(location)
    if loc.startswith(("postgres://", "postgresql://")):
        from detente.errors import ConfigError

        raise ConfigError("PostgreSQL corpora are not supported yet; use an SQLite file path")
    return SQLiteStore(Path(loc), readonly=readonly)


__all__ = ["Filters", "Hit", "InputRecord", "SQLiteStore", "Store", "open_store"]
