"""detente: how relations between states evolve, with the evidence.

>>> import detente
>>> c = detente.open("x.db"); c.ingest(["articles/"]); c.search("gas pipeline")
"""

from detente.corpus import Corpus, open
from detente.document import Document, Span, Venue
from detente.errors import (
    ConfigError,
    DetenteError,
    InputError,
    NotFoundError,
    QueryError,
    StoreError,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "Corpus",
    "DetenteError",
    "Document",
    "InputError",
    "NotFoundError",
    "QueryError",
    "Span",
    "StoreError",
    "Venue",
    "__version__",
    "open",
]
