"""The few exception types detente raises. Each message tells the user what to do next."""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error detente raises on purpose."""


class InputError(DetenteError):
    """One input (a file, a record inside a file, a URL) cannot be turned into a document.

    ``origin`` names the input as the user gave it (``path``, ``path#3`` for the 4th record of a
    JSONL file, ``warc:FILE#RECORD``); ``reason`` is one line a user can act on. Ingest reports
    ``origin: reason`` and goes on with the next input.
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self):  # picklable across worker processes
        return (self.__class__, (self.origin, self.reason))


class StoreError(DetenteError):
    """The corpus file cannot be opened, migrated or written."""


class ConfigError(DetenteError):
    """A setting, option or argument is wrong (unknown format, bad date, missing model...)."""


class NotFoundError(DetenteError):
    """No document (or actor...) with that id in the corpus."""


class QueryError(ConfigError):
    """A search query or filter is malformed (bad FTS syntax, a date that is not a date)."""
