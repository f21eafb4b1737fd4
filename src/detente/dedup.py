"""Near-duplicate detection: the same story republished with other chrome, headline or a paragraph
more or less is linked to one canonical document.

MinHash signatures come from datasketch. The LSH index itself lives in the corpus file (one row
per band key) rather than in datasketch's in-memory ``MinHashLSH``: its only persistent backends
are Redis and Cassandra, and an in-memory index would have to be rebuilt on every open and would
grow with the corpus. The band/row split is datasketch's own optimum for the threshold.
Candidates found through the bands are confirmed with an exact check on word shingles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from detente.document import Document

NUM_PERM = 128
SHINGLE = 5
LSH_THRESHOLD = 0.5  # candidates: estimated Jaccard of shingle sets
JACCARD_MIN = 0.6  # confirmed when the shingle sets overlap this much ...
CONTAINMENT_MIN = 0.8  # ... or the shorter text is this much inside the longer one
MIN_SHINGLES = 20  # too short to call anything a near-duplicate

BANDS, ROWS = _optimal_param(LSH_THRESHOLD, NUM_PERM, 0.5, 0.5)

# Words are \w+ runs; Han, kana and Hangul characters count one by one (no spaces to split on).
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\W_]+", re.UNICODE)


def shingles(text: str) -> set[str]:
    tokens = _TOKEN.findall(text.casefold())
    if len(tokens) < SHINGLE:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint64 values) of ``text``'s word shingles."""
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m.hashvalues


def band_keys(sig: np.ndarray) -> list[tuple[int, bytes]]:
    """The LSH keys of a signature: one ``(band, digest)`` per band."""
    sig = np.asarray(sig, dtype=np.uint64)
    return [
        (b, hashlib.blake2b(sig[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).digest())
        for b in range(BANDS)
    ]


@dataclass(slots=True)
class Similarity:
    jaccard: float
    containment: float

    @property
    def is_duplicate(self) -> bool:
        return self.jaccard >= JACCARD_MIN or self.containment >= CONTAINMENT_MIN


def similarity(a: str, b: str) -> Similarity:
    """Exact shingle overlap of two texts (the check on LSH candidates)."""
    sa, sb = shingles(a), shingles(b)
    if min(len(sa), len(sb)) < MIN_SHINGLES:
        return Similarity(1.0 if sa == sb and sa else 0.0, 0.0)
    inter = len(sa & sb)
    return Similarity(inter / len(sa | sb), inter / min(len(sa), len(sb)))


def fingerprint(doc: Document) -> Document:
    """Pipeline stage: attach the MinHash LSH band keys (used by the store to find duplicates)."""
    body = doc.text if len(doc.text) >= 200 or not doc.abstract else f"{doc.text}\n{doc.abstract}"
    doc.extra["_bands"] = band_keys(signature(body)) if len(shingles(body)) >= MIN_SHINGLES else []
    return doc
