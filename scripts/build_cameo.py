#!/usr/bin/env python3
"""Build detente's CAMEO code table from reference data (development script, not shipped).

Reads (default ``../shared/eval/events`` next to the repository):

- ``cameo-codes.csv``: the CAMEO event codes with their names and Goldstein scores, as tabled by
  andybega/icews (MIT);
- ``cameo2plover-2021.txt``: the CAMEO to PLOVER conversion table of the PLOVER manual, draft 0.8
  (Open Event Data Alliance, CC BY-SA 4.0): category, mode and context per CAMEO code.

Writes ``src/detente/data/events/cameo.tsv`` (sorted; the same inputs give the same bytes):
``code, name, goldstein, quad_class, category, mode, context``. The quad class follows the CAMEO
roots (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
material conflict), as GDELT and ICEWS use it. A code the PLOVER table does not list takes the
category of its nearest listed parent; CAMEO 02 ("appeal"), absent from the table, is REQUEST
(PLOVER folds appeals into requests); CAMEO 01 (public statements) has no PLOVER category: a
statement is not an event in PLOVER (detente keeps statements as quotations).

    python scripts/build_cameo.py [--data DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        category, mode, context = parts[0].upper(), parts[1].replace(" ", ""), parts[2]
        if category:
            out[m.group(1)] = (category, mode, context.replace(" ", ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "events"))
    parser.add_argument("--out", default=str(ROOT / "src/detente/data/events/cameo.tsv"))
    args = parser.parse_args(argv)
    data = Path(args.data)
    raw = (data / "cameo-codes.csv").read_bytes().decode("cp1252", errors="replace")
    plover = read_plover(data / "cameo2plover-2021.txt")
    rows = []
    for r in csv.DictReader(io.StringIO(raw)):
        code = r["code"].strip()
        if not re.fullmatch(r"\d{2,4}", code):
            continue
        category, mode, context = "", "", ""
        for k in (code, code[:3], code[:2] + "0", code[:2]):
            if k in plover:
                category, mode, context = plover[k]
                if k != code:  # a parent's mode is too specific for its children
                    mode = mode if k == code[:3] and len(code) == 4 else ""
                break
        if not category and code.startswith("02"):
            category = "REQUEST"
        name = " ".join(r["name"].split())
        rows.append((code, name, r["goldstein"].strip(), str(quad_class(code)), category, mode,
                     context))  # fmt: skip
    rows.sort()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO codes (andybega/icews, MIT) with PLOVER categories (PLOVER manual 0.8, "
                 "CC BY-SA 4.0); built by scripts/build_cameo.py\n")  # fmt: skip
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("code", "name", "goldstein", "quad_class", "category", "mode", "context"))
        w.writerows(rows)
    print(f"{len(rows)} codes -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
