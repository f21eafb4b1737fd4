"""Export a corpus as files that pandas, polars, DuckDB and R read directly (format detente/1).

One file per table (documents, actors, quotes, events, event_mentions, mentions, timexes) in
JSONL, CSV or Parquet, and on request the events as a GDELT-like CSV (``events.gdelt.csv``); tables the pipeline does not fill yet are written empty (with their columns in CSV and
Parquet). Every row carries ``schema = "detente/1"``. In JSONL, lists are arrays and objects are
objects; in CSV, lists and objects are JSON text; in Parquet, lists are list columns, ``venue`` a
struct, ``roles`` a list of structs and ``extra`` JSON text (Parquet's JSON type: its shape varies
by source).

Writing streams: documents are read from the corpus page by page and written row by row (Parquet
in bounded batches), so memory does not grow with the corpus. Every table is first written to a
hidden temporary file in the output folder; only when all tables are complete are they renamed
over the previous export, so an interrupted export never leaves a half-written table behind under
a table's name.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import math
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError, DetenteError

if TYPE_CHECKING:
    from detente.corpus import Corpus

SCHEMA = "detente/1"
FORMATS = ("jsonl", "csv", "parquet")

VENUE_FIELDS = ("name", "volume", "issue", "pages", "issn")
ROLE_FIELDS = ("title", "organization", "country", "sector", "start", "end")

# Parquet rows are buffered and written one row group at a time: at most this many rows, or
# about this many characters of text, whichever comes first (memory stays bounded).
PARQUET_BATCH_ROWS = 5000
PARQUET_BATCH_CHARS = 32 * 1024 * 1024

# table -> [(column, type)]; types: str, int, float, bool, list (of str), object (JSON object),
# venue ({name, volume, issue, pages, issn}), roles (list of {title, organization, country,
# start, end})
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("schema", "str"),
        ("id", "str"),
        ("origin", "str"),
        ("kind", "str"),
        ("title", "str"),
        ("authors", "list"),
        ("published", "str"),
        ("publisher", "str"),
        ("venue", "venue"),
        ("doi", "str"),
        ("language", "str"),
        ("text", "str"),
        ("abstract", "str"),
        ("duplicate_of", "str"),
        ("extra", "object"),
        ("url", "str"),
        ("format", "str"),
        ("record", "str"),
        ("notes", "list"),
        ("published_estimate", "str"),
    ],
    "actors": [
        ("schema", "str"),
        ("id", "str"),
        ("name", "str"),
        ("type", "str"),
        ("country", "str"),
        ("sector", "str"),
        ("aliases", "list"),
        ("roles", "roles"),
        ("description", "str"),
        ("source", "str"),
    ],
    "quotes": [
        ("schema", "str"),
        ("id", "str"),
        ("doc_id", "str"),
        ("text", "str"),
        ("kind", "str"),
        ("speaker", "str"),
        ("speaker_actor", "str"),
        ("speaker_description", "str"),
        ("cue", "str"),
        ("start", "int"),
        ("end", "int"),
        ("speaker_country", "str"),
        ("speaker_sector", "str"),
        ("speaker_text", "str"),
        ("speaker_start", "int"),
        ("speaker_end", "int"),
        ("confidence", "float"),
    ],
    "events": [
        ("schema", "str"),
        ("id", "str"),
        ("doc_ids", "list"),
        ("date", "str"),
        ("date_precision", "str"),
        ("source", "str"),
        ("source_country", "str"),
        ("source_sector", "str"),
        ("target", "str"),
        ("target_country", "str"),
        ("target_sector", "str"),
        ("category", "str"),
        ("mode", "str"),
        ("cameo", "str"),
        ("intensity", "float"),
        ("quad_class", "int"),
        ("evidence", "str"),
        ("confidence", "float"),
        ("n_sources", "int"),
        ("n_mentions", "int"),
        ("negated", "bool"),
        ("modality", "str"),
        ("date_min", "str"),
        ("date_max", "str"),
        ("date_week", "str"),
        ("evidence_doc", "str"),
        ("evidence_start", "int"),
        ("evidence_end", "int"),
        ("root", "bool"),
    ],
    "event_mentions": [
        ("schema", "str"),
        ("id", "str"),
        ("doc_id", "str"),
        ("event_id", "str"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("sentence_start", "int"),
        ("sentence_end", "int"),
        ("category", "str"),
        ("mode", "str"),
        ("cameo", "str"),
        ("intensity", "float"),
        ("quad_class", "int"),
        ("trigger", "str"),
        ("source", "str"),
        ("source_text", "str"),
        ("source_start", "int"),
        ("source_end", "int"),
        ("source_country", "str"),
        ("source_sector", "str"),
        ("target", "str"),
        ("target_text", "str"),
        ("target_start", "int"),
        ("target_end", "int"),
        ("target_country", "str"),
        ("target_sector", "str"),
        ("date", "str"),
        ("date_precision", "str"),
        ("date_start", "int"),
        ("date_end", "int"),
        ("negated", "bool"),
        ("modality", "str"),
        ("confidence", "float"),
    ],
    "mentions": [
        ("schema", "str"),
        ("id", "str"),
        ("doc_id", "str"),
        ("actor_id", "str"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("kind", "str"),
        ("country", "str"),
        ("sector", "str"),
        ("role", "str"),
        ("confidence", "float"),
        ("sentence_start", "int"),
        ("sentence_end", "int"),
    ],
    "timexes": [
        ("schema", "str"),
        ("id", "str"),
        ("doc_id", "str"),
        ("text", "str"),
        ("value", "str"),
        ("precision", "str"),
        ("start", "int"),
        ("end", "int"),
        ("type", "str"),
        ("mod", "str"),
        ("anchor", "str"),
        ("partial", "str"),
        ("begin", "str"),
        ("until", "str"),
        ("event", "str"),
    ],
}


def document_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """One row per stored document (near-duplicates included), read lazily from the corpus."""
    for doc in corpus.documents(include_duplicates=True):
        yield {
            "schema": SCHEMA,
            "id": doc.id,
            "origin": doc.origin,
            "kind": doc.kind,
            "title": doc.title,
            "authors": doc.authors,
            "published": doc.published,
            "publisher": doc.publisher,
            "venue": doc.venue.to_dict() if doc.venue and not doc.venue.is_empty() else None,
            "doi": doc.doi,
            "language": doc.language,
            "text": doc.text,
            "abstract": doc.abstract,
            "duplicate_of": doc.duplicate_of,
            "extra": doc.extra,
            "url": doc.url,
            "format": doc.format,
            "record": doc.record,
            "published_estimate": doc.published_estimate,
            "notes": doc.notes,
        }


def actor_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Every actor the corpus mentions (registry entries as resolved, and discovered ones)."""
    for a in corpus.actor_records():
        aliases = list(dict.fromkeys(n for names in a["aliases"].values() for n in names))
        yield {
            "schema": SCHEMA,
            **{k: a[k] for k in ("id", "name", "type", "country", "sector")},
            "aliases": aliases,
            "roles": a["roles"],
            "description": a["description"],
            "source": a["source"],
        }


def mention_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Every resolved actor mention; ``id`` is stable (document id and offsets)."""
    for m in corpus.mentions():
        yield {
            "schema": SCHEMA,
            "id": f"{m['doc_id']}:{m['start_char']}-{m['end_char']}",
            "doc_id": m["doc_id"],
            "actor_id": m["actor_id"],
            "text": m["text"],
            "start": m["start_char"],
            "end": m["end_char"],
            "kind": m["kind"],
            "country": m["country"],
            "sector": m["sector"],
            "role": m["role"],
            "confidence": m["confidence"],
            "sentence_start": m["sent_start"],
            "sentence_end": m["sent_end"],
        }


def quote_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Every quotation: what was said (offsets into the document's text) and who said it."""
    for q in corpus.quote_records():
        yield {
            "schema": SCHEMA,
            **{k: q[k] for k in ("id", "doc_id", "text", "kind", "speaker", "speaker_actor",
                                 "speaker_description", "cue", "speaker_country",
                                 "speaker_sector", "speaker_text", "speaker_start",
                                 "speaker_end", "confidence")},
            "start": q["start_char"],
            "end": q["end_char"],
        }  # fmt: skip


def timex_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Every temporal expression: its text (offsets into the document's text), TIMEX3 type and
    value, the precision of the value and what it was counted from."""
    for t in corpus.timex_records():
        yield {
            "schema": SCHEMA,
            **{k: t[k] for k in ("id", "doc_id", "text", "value", "precision", "type", "mod",
                                 "anchor", "partial", "event")},
            "begin": t["begin_value"],
            "until": t["end_value"],
            "start": t["start_char"],
            "end": t["end_char"],
        }  # fmt: skip


def event_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Every merged event: one real-world event with every document that reports it (those
    reported as not done, negated or with a modality, too: see ``negated`` and ``modality``)."""
    for e in corpus.event_records():
        yield {"schema": SCHEMA, **e, **spec_date(e)}


def spec_date(e: dict[str, Any]) -> dict[str, Any]:
    """The event's ``date`` and ``date_precision`` as the spec allows them (YYYY-MM-DD, YYYY-MM
    or YYYY; day, month, year, reported; null when there is no date), and ``date_week``: a week
    (``2022-W05``) is exported as its month when it lies in one month, else as its year (the
    year of its Thursday when it straddles two), with the week kept in ``date_week``."""
    date, precision = e.get("date"), e.get("date_precision")
    if not date:
        return {"date": None, "date_precision": None, "date_week": None}
    if precision != "week" and "-W" not in date:
        return {"date": date, "date_precision": precision, "date_week": None}
    lo, hi = e.get("date_min") or "", e.get("date_max") or ""
    if lo[:7] and lo[:7] == hi[:7]:
        return {"date": lo[:7], "date_precision": "month", "date_week": date}
    try:
        year, week = int(date[:4]), int(date.split("-W")[1][:2])
        thursday = dt.date.fromisocalendar(year, week, 4).year
    except (ValueError, IndexError):
        thursday = int(date[:4])
    return {"date": str(thursday), "date_precision": "year", "date_week": date}


def event_mention_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Every event mention: the predicate (offsets into the document's text), its actors as
    named there, its date, and the merged event it belongs to."""
    for m in corpus.event_mention_records():
        yield {"schema": SCHEMA, **m, "start": m["start_char"], "end": m["end_char"]}


# table -> rows; tables without a producer are written empty.
PRODUCERS: dict[str, Callable[[Corpus], Iterable[dict[str, Any]]]] = {
    "documents": document_rows,
    "actors": actor_rows,
    "mentions": mention_rows,
    "quotes": quote_rows,
    "events": event_rows,
    "event_mentions": event_mention_rows,
    "timexes": timex_rows,
}

# --- GDELT -------------------------------------------------------------------------------------

# The columns of the GDELT 1.0 event table (daily files, 58 columns, in order), then detente's.
GDELT_COLUMNS = [
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
    # detente's own
    "DetenteEventID", "DatePrecision", "PLOVERCategory", "PLOVERMode", "Actor1ID", "Actor2ID",
    "Evidence", "DocIDs",
]  # fmt: skip


def _cameo_actor(actor: str | None, country: str | None, sector: str | None) -> str | None:
    """A CAMEO-style actor code: country and sector (``CHNGOV``, ``RUS``, ``RUSBUS``); an IGO is
    ``IGO`` and its id (``IGONATO``)."""
    if actor is None:
        return None
    if actor.startswith("IGO:"):
        return "IGO" + "".join(ch for ch in actor[4:].upper() if ch.isalnum())
    code = (country or "") + (sector if sector and sector != country else "")
    return code or None


def gdelt_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Events reported as done and dated, in GDELT 1.0's event table columns: SQLDATE is the
    first day of the event's date (``DatePrecision`` says how precise it is), actor codes are
    CAMEO-style (country + sector), NumSources counts distinct documents (near-duplicates
    once), NumArticles every document; tone and geography are left empty."""
    for e in corpus.event_records():
        if e["negated"] or e["modality"] or not e["date_min"]:
            continue
        day = dt.date.fromisoformat(e["date_min"])
        added = (e.get("added_at") or "")[:10].replace("-", "")
        row: dict[str, Any] = {
            "GlobalEventID": int(e["id"][:15], 16),
            "SQLDATE": day.strftime("%Y%m%d"),
            "MonthYear": day.strftime("%Y%m"),
            "Year": day.year,
            "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
            "IsRootEvent": int(bool(e["root"])),
            "EventCode": e["cameo"],
            "EventBaseCode": e["cameo"][:3],
            "EventRootCode": e["cameo"][:2],
            "QuadClass": e["quad_class"],
            "GoldsteinScale": e["intensity"],
            "NumMentions": e["n_mentions"],
            "NumSources": e["n_sources"],
            "NumArticles": len(e["doc_ids"]),
            "DATEADDED": added or None,
            "SOURCEURL": e.get("source_url"),
            "DetenteEventID": e["id"],
            "DatePrecision": e["date_precision"],
            "PLOVERCategory": e["category"],
            "PLOVERMode": e["mode"],
            "Evidence": e["evidence"],
            "DocIDs": ";".join(e["doc_ids"]),
        }
        for i, role in ((1, "source"), (2, "target")):
            name = e.get(f"{role}_name")
            row[f"Actor{i}Code"] = _cameo_actor(e[role], e[f"{role}_country"], e[f"{role}_sector"])
            row[f"Actor{i}Name"] = name.upper() if name else None
            row[f"Actor{i}CountryCode"] = e[f"{role}_country"]
            row[f"Actor{i}Type1Code"] = e[f"{role}_sector"]
            row[f"Actor{i}ID"] = e[role]
        yield row


def _write_gdelt(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("x", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(GDELT_COLUMNS)
        for row in rows:
            writer.writerow([row.get(c) for c in GDELT_COLUMNS])
            n += 1
        fh.flush()
        os.fsync(fh.fileno())
    return n


# --- values: one normal form for every format ------------------------------------------------


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()  # ISO dates as strings
    return str(value)


def _float(value: Any) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _json_value(value: Any) -> Any:
    """``value`` as plain JSON: non-finite floats become null (NaN is not JSON), dates ISO text."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if value is None or isinstance(value, str | int | bool):
        return value
    return _str(value)


def _record(value: Any, fields: tuple[str, ...]) -> dict[str, str | None] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        value = value.to_dict() if hasattr(value, "to_dict") else dict(value)
    rec = {k: _str(value.get(k)) for k in fields}
    return rec if any(v is not None for v in rec.values()) else None


def _normalize(row: dict[str, Any], columns: list[tuple[str, str]]) -> dict[str, Any]:
    """``row`` with exactly ``columns``, in order, each value of its column's type."""
    out: dict[str, Any] = {}
    for name, kind in columns:
        value = row.get(name)
        if name == "schema":
            value = SCHEMA
        elif kind == "str":
            value = _str(value)
        elif kind == "int":
            value = _int(value)
        elif kind == "float":
            value = _float(value)
        elif kind == "bool":
            value = None if value is None else bool(value)
        elif kind == "list":
            if isinstance(value, str):
                value = [value]
            value = [_str(v) for v in value or () if v is not None]
        elif kind == "venue":
            value = _record(value, VENUE_FIELDS)
        elif kind == "roles":
            value = [r for r in (_record(v, ROLE_FIELDS) for v in value or ()) if r is not None]
        elif kind == "object":
            value = _json_value(value if value is not None else {})
        out[name] = value
    return out


def _dumps(value: Any) -> str:
    # Only \n may end a JSONL line: escape the other characters some readers split lines on
    # (str.splitlines). Outside strings JSON text is ASCII, so this only touches string content.
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


# --- writers -----------------------------------------------------------------------------------


def _write_jsonl(path: Path, columns: list[tuple[str, str]], rows: Iterable[dict]) -> int:
    n = 0
    with path.open("x", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(_dumps(_normalize(row, columns)) + "\n")
            n += 1
        fh.flush()
        os.fsync(fh.fileno())
    return n


def _write_csv(path: Path, columns: list[tuple[str, str]], rows: Iterable[dict]) -> int:
    n = 0
    nested = {c for c, t in columns if t in ("list", "object", "venue", "roles")}
    with path.open("x", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([c for c, _ in columns])
        for row in rows:
            row = _normalize(row, columns)
            writer.writerow(
                [
                    _dumps(v)
                    if (c in nested and v is not None) or isinstance(v, bool)  # true/false
                    else v  # None -> empty cell
                    for c, v in row.items()
                ]
            )
            n += 1
        fh.flush()
        os.fsync(fh.fileno())
    return n


def _arrow_schema(columns: list[tuple[str, str]]):
    import pyarrow as pa

    def struct(fields: tuple[str, ...]):
        return pa.struct([(k, pa.string()) for k in fields])

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
        "object": pa.json_(pa.string()),  # Parquet JSON type: text to pandas, JSON to DuckDB
        "venue": struct(VENUE_FIELDS),
        "roles": pa.list_(struct(ROLE_FIELDS)),
    }
    return pa.schema([(c, types[t]) for c, t in columns], metadata={"detente.schema": SCHEMA})


def _write_parquet(path: Path, columns: list[tuple[str, str]], rows: Iterable[dict]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(columns)
    objects = {c for c, t in columns if t == "object"}
    n = 0
    with path.open("xb") as fh:
        with pq.ParquetWriter(fh, schema) as writer:
            batch: list[dict[str, Any]] = []
            chars = 0

            def flush() -> None:
                cols = {
                    c: [_dumps(r[c]) if c in objects and r[c] is not None else r[c] for r in batch]
                    for c, _ in columns
                }
                writer.write_table(pa.table(cols, schema=schema))
                batch.clear()

            for row in rows:
                row = _normalize(row, columns)
                batch.append(row)
                chars += sum(len(v) for v in row.values() if isinstance(v, str))
                n += 1
                if len(batch) >= PARQUET_BATCH_ROWS or chars >= PARQUET_BATCH_CHARS:
                    flush()
                    chars = 0
            if batch or n == 0:
                flush()
        fh.flush()
        os.fsync(fh.fileno())
    return n


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}


def _fsync_dir(path: Path) -> None:
    """Make the renames durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _output_folder(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ConfigError(
            f"{out} is an existing file, not a folder; give (--out) a folder to write the tables into"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the output folder {out}: {exc.strerror or exc}") from None
    return out


def export(
    corpus: Corpus, out_dir: str | Path, fmt: str = "jsonl", *, gdelt: bool = False
) -> dict[str, int]:
    """Write every table of ``corpus`` into ``out_dir`` as ``NAME.<fmt>``; return row counts.
    With ``gdelt``, also ``events.gdelt.csv`` (:func:`gdelt_rows`).

    ``out_dir`` is created if missing. Tables of an earlier export in the same format are replaced
    only once every new table is complete; other files in the folder are left alone.
    """
    fmt_key = fmt.strip().lower() if isinstance(fmt, str) else fmt
    if fmt_key not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = _output_folder(out_dir)
    write = WRITERS[fmt_key]
    token = f"{os.getpid()}.{secrets.token_hex(4)}"
    done: list[tuple[Path, Path]] = []  # (temporary file, final name)
    counts: dict[str, int] = {}
    tmp: Path | None = None
    try:
        with corpus.snapshot():  # one consistent view, even while an ingest runs
            for table, columns in TABLES.items():
                producer = PRODUCERS.get(table)
                rows = producer(corpus) if producer else iter(())
                path = out / f"{table}.{fmt_key}"
                # hidden, and not ending in .jsonl/.csv/.parquet: never taken for a table
                tmp = out / f".{table}.{fmt_key}.{token}.part"
                counts[table] = write(tmp, columns, rows)
                done.append((tmp, path))
                tmp = None
            if gdelt:
                tmp = out / f".events.gdelt.csv.{token}.part"
                counts["events.gdelt"] = _write_gdelt(tmp, gdelt_rows(corpus))
                done.append((tmp, out / "events.gdelt.csv"))
                tmp = None
        for part, path in done:
            part.replace(path)
    except OSError as exc:
        raise DetenteError(f"cannot write the export into {out}: {exc}") from None
    finally:
        for part in [tmp, *(p for p, _ in done)]:  # left over only if something failed
            if part is not None:
                with contextlib.suppress(OSError):
                    part.unlink(missing_ok=True)
    _fsync_dir(out)
    return counts
