"""Export a corpus as files that pandas, polars, DuckDB and R read directly (format detente/1).

One file per table (documents, actors, quotes, events, mentions, timexes) in JSONL, CSV or
Parquet; tables the pipeline does not fill yet are written empty, with their columns. Every row
carries ``schema = "detente/1"``. In CSV, lists and objects are JSON text; in Parquet, lists are
list columns, ``venue`` a struct and ``extra`` JSON text (its shape varies by source).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError

if TYPE_CHECKING:
    from detente.corpus import Corpus

SCHEMA = "detente/1"
FORMATS = ("jsonl", "csv", "parquet")

# table -> [(column, type)]; types: str, int, float, list (of str), object, venue, roles
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
    ],
    "actors": [
        ("schema", "str"),
        ("id", "str"),
        ("name", "str"),
        ("type", "str"),
        ("country", "str"),
        ("sector", "str"),
        ("aliases", "list"),
        ("roles", "object"),
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
    ],
    "mentions": [
        ("schema", "str"),
        ("id", "str"),
        ("doc_id", "str"),
        ("actor_id", "str"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
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
    ],
}


def document_rows(corpus: Corpus) -> Iterator[dict[str, Any]]:
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
            "venue": doc.venue.to_dict() if doc.venue else None,
            "doi": doc.doi,
            "language": doc.language,
            "text": doc.text,
            "abstract": doc.abstract,
            "duplicate_of": doc.duplicate_of,
            "extra": doc.extra,
            "url": doc.url,
            "format": doc.format,
            "record": doc.record,
            "notes": doc.notes,
        }


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def _write_csv(path: Path, columns: list[tuple[str, str]], rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    names = [c for c, _ in columns]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        for row in rows:
            writer.writerow(
                [
                    json.dumps(row.get(c), ensure_ascii=False, default=str)
                    if t in ("list", "object", "venue") and row.get(c) is not None
                    else row.get(c)
                    for c, t in columns
                ]
            )
            n += 1
    return n


def _arrow_schema(columns: list[tuple[str, str]]):
    import pyarrow as pa

    venue = pa.struct([(k, pa.string()) for k in ("name", "volume", "issue", "pages", "issn")])
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "list": pa.list_(pa.string()),
        "object": pa.string(),
        "venue": venue,
    }
    return pa.schema([(c, types[t]) for c, t in columns])


def _write_parquet(
    path: Path, columns: list[tuple[str, str]], rows: Iterable[dict[str, Any]]
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(columns)
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            cols = {
                c: [
                    json.dumps(r.get(c), ensure_ascii=False, default=str)
                    if t == "object" and r.get(c) is not None
                    else r.get(c)
                    for r in batch
                ]
                for c, t in columns
            }
            writer.write_table(pa.table(cols, schema=schema))
            batch.clear()

        for row in rows:
            batch.append(row)
            n += 1
            if len(batch) >= 1000:
                flush()
        flush()
    return n


def export(corpus: Corpus, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, int]:
    """Write every table of ``corpus`` into ``out_dir`` as ``NAME.<fmt>``; return row counts."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out} exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    producers = {"documents": document_rows}
    counts: dict[str, int] = {}
    for table, columns in TABLES.items():
        rows = producers[table](corpus) if table in producers else iter(())
        path = out / f"{table}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".part")  # never leave a half-written file behind
        if fmt == "jsonl":
            counts[table] = _write_jsonl(tmp, rows)
        elif fmt == "csv":
            counts[table] = _write_csv(tmp, columns, rows)
        else:
            counts[table] = _write_parquet(tmp, columns, rows)
        tmp.replace(path)
    return counts
