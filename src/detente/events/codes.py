"""The CAMEO code table with PLOVER categories, Goldstein intensity and quad class.

Shipped as ``detente/data/events/cameo.tsv`` (built by ``scripts/build_cameo.py`` from the CAMEO
table of andybega/icews, MIT, and the PLOVER manual's CAMEO-to-PLOVER table, CC BY-SA 4.0).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

# PLOVER 0.8 categories, from most cooperative to most hostile
CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
              "ASSAULT")  # fmt: skip
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                4: "material conflict"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Code:
    code: str  # CAMEO: "057"
    name: str  # "Sign formal agreement"
    goldstein: float  # -10 (most hostile) ... +10 (most cooperative)
    quad_class: int  # 1..4, see QUAD_CLASSES
    category: str | None  # PLOVER; None for CAMEO 01 (statements are not PLOVER events)
    mode: str | None
    context: str | None


@functools.cache
def table() -> dict[str, Code]:
    """Every CAMEO code, by code."""
    path = resources.files("detente") / "data" / "events" / "cameo.tsv"
    out: dict[str, Code] = {}
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for r in rows:
            out[r["code"]] = Code(r["code"], r["name"], float(r["goldstein"]),
                                  int(r["quad_class"]), r["category"] or None, r["mode"] or None,
                                  r["context"] or None)  # fmt: skip
    return out


def lookup(code: str) -> Code:
    """The entry of a CAMEO code; a code the table lacks falls back to its parent ("0571" ->
    "057"). Raises ``KeyError`` for a code with no known parent."""
    t = table()
    for k in (code, code[:3], code[:2]):
        if k in t:
            return t[k]
    raise KeyError(f"unknown CAMEO code {code!r}")
