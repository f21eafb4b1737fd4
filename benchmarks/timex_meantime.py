"""Temporal expressions on MEANTIME (NewsReader, English, 120 WikiNews articles).

Compares, side by side in one run, two systems on the TIMEX3 of the annotated sentences:

  detente     ``detente.pipeline.analyze`` (the time stage), the ``timexes`` layer: each span's
              label is its TIMEX3 type (DATE, TIME, DURATION, SET), ``data["value"]`` its value,
              resolved against the document's publication date
  dateparser  ``dateparser.search.search_dates(text, languages=["en"])`` with the creation time
              as ``RELATIVE_BASE`` and ``PREFER_DATES_FROM="past"``: each returned substring is
              located in the text (in order) and is a DATE whose value is the returned date at
              the precision the substring states (a day, a weekday, a time, "today", a day
              number, "week"... -> YYYY-MM-DD; else a month name or "month" -> YYYY-MM; else a
              year or "year" -> YYYY; else YYYY-MM-DD)

    .venv/bin/python benchmarks/timex_meantime.py [--data ../shared/eval/time/meantime-en]
        [--errors 20] [--errors-of detente|dateparser] [--gold] [--limit N]

Gold: MEANTIME's CAT XML (``intra-doc_annotation/*/*.xml``) marks each temporal expression with
a TIMEX3 element: ``type``, ``value`` (TimeML: 2008-03-01, 2008-W09, 2008-Q1, 2008-SP, 200 for
the 2000s, P3Y, PRESENT_REF...), ``functionInDocument`` and ``token_anchor`` children. Left out:

  * the document creation time: the TIMEX3 with functionInDocument="CREATION_TIME", which always
    sits on the dateline (sentence 1, "March 01 , 2008"). Two articles have no CREATION_TIME and
    annotate their dateline as an ordinary DATE instead: the dateline sentence is the creation
    time, so it is left out of the scoring altogether, for the gold and for the systems (they
    would otherwise all find it);
  * TIMEX3 without tokens (empty elements with TAG_DESCRIPTOR): implicit times that serve as the
    begin or end point of a duration;
  * sentences MEANTIME does not annotate: only the title, the dateline and the first sentences
    of each article (sentence numbers 0-5, the last sentence holding any markable) are annotated;
    the systems read the whole article, and only what they find in the annotated sentences is
    scored.

The reference date of each document (its ``published``) is the creation time's value (for the
two articles without one, the dateline). The text is rebuilt from the tokens as in
``entities_meantime.py``: one line per sentence (the title and the dateline are paragraphs of
their own), tokens separated by a space except before closing punctuation and clitics and after
opening brackets and currency signs, PTB quotes written as "; each token's character offsets are
kept. System spans are mapped to the tokens they overlap.

Scores (TempEval-3's, on token spans): *strict* (same first and last token) and *relaxed*
(overlapping; one-to-one, best overlap first) precision, recall and F1 of the spans, whatever the
type; *type accuracy* and *value accuracy* over the relaxed matches; *value F1* as TempEval-3
defines it: a value counts as correct only on a relaxed span match with the same value string
(P = correct / predicted, R = correct / gold). Values are compared as strings, exactly (MEANTIME
writes times with a "Z": 2009-12-15T18:00Z). The anchor is HeidelTime's value F1 77.6 on
TempEval-3 (English): another corpus (TimeBank-style news with its own conventions), an
orientation, not a comparison. ``--errors N`` lists detente's (``--errors-of dateparser``: the
baseline's) N commonest error patterns (misses by the shape of their text, wrong values by the
form of the gold and the system value, spurious spans, types, boundaries) with examples;
``--gold`` the forms of the gold values per type with examples.

The evaluation data stays outside the repository (``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meantime
from common import analyzed_news, prf, revision
from meantime import DATELINE, TokenSpan

TYPES = ("DATE", "TIME", "DURATION", "SET")
SYSTEMS = ("detente", "dateparser")
ANCHOR = 0.776  # HeidelTime, value F1, TempEval-3 English (platinum test set)

MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
WEEKDAYS = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")
ISO_MONTH = re.compile(r"\b\d{4}-\d\d\b")
DAY_CUE = re.compile(
    rf"\b(?:{WEEKDAYS}|today|tonight|yesterday|tomorrow|now|days?|weeks?|weekends?|hours?"
    r"|minutes?|noon|midnight)\b|\d:\d\d|\b\d{1,2}/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
MONTH_CUE = re.compile(rf"\b(?:{MONTHS}|months?)\b", re.IGNORECASE)
YEAR_CUE = re.compile(r"\b\d{4}\b|\byears?\b|'\d\d\b", re.IGNORECASE)

SHAPES = (  # text shapes for grouping errors
    (re.compile(rf"\b(?:{WEEKDAYS})\b", re.IGNORECASE), "<weekday>"),
    (re.compile(rf"\b(?:{MONTHS})\b\.?", re.IGNORECASE), "<month>"),
    (re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"), "<n>"),
    (re.compile(r"\b(?:1[6-9]|20)\d\d\b"), "<year>"),
    (re.compile(r"\d+"), "9"),
)
VALUE_FORMS = (  # (pattern, name), the first full match wins
    (r"\d{4}-\d\d-\d\dT\d\d(:\d\d)*.*", "time"),
    (r"\d{4}-\d\d-\d\dT(MO|AF|EV|NI|DT)", "part of day"),
    (r"\d{4}-\d\d-\d\d", "day"),
    (r"\d{4}-W\d\d-WE", "weekend"),
    (r"\d{4}-W\d\d", "week"),
    (r"\d{4}-\d\d", "month"),
    (r"\d{4}-Q\d", "quarter"),
    (r"\d{4}-H\d", "half year"),
    (r"\d{4}-(SP|SU|FA|WI)", "season"),
    (r"FY\d{4}", "fiscal year"),
    (r"\d{4}", "year"),
    (r"\d{3}", "decade"),
    (r"\d{2}", "century"),
    (r"PT?[\d.]+[A-Z]+", "duration"),
    (r"PT?X+[A-Z]+", "duration, unspecified amount"),
    (r"(PRESENT|PAST|FUTURE)_REF", "reference"),
    (r"[\dX-]*X[\dX-]*", "underspecified"),
)


@dataclass
class Timex(TokenSpan):
    value: str | None
    text: str
    detail: str = ""  # system: precision, mod


@dataclass
class Article(meantime.Text):
    gold: list[Timex] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)  # gold TIMEX3 not scored, by reason

    def scored(self, token: int) -> bool:
        s = self.sentence[token]
        return s != DATELINE and s <= self.last_annotated


def read_article(path: Path) -> Article:
    art, root = meantime.read(path, Article)
    for t in root.iter("TIMEX3"):
        ids = art.anchors(t)
        if t.get("functionInDocument") == "CREATION_TIME":
            art.left_out["creation time"] += 1
            if ids and any(art.sentence[i] != DATELINE for i in ids):
                art.left_out["creation time outside the dateline (!)"] += 1
            continue
        if not ids:
            art.left_out["no tokens (implicit begin/end point)"] += 1
            continue
        first, last = min(ids), max(ids)
        if art.sentence[first] == DATELINE:
            art.left_out["on the dateline, not marked CREATION_TIME"] += 1
            continue
        art.gold.append(
            Timex(
                first,
                last,
                t.get("type") or "",
                t.get("value") or None,
                art.text[art.starts[first] : art.ends[last]],
            )
        )
    return art


# -- systems ------------------------------------------------------------------------------------
Pred = tuple[int, int, str, str | None, str]  # start char, end char, type, value, detail


def run_detente(articles: list[Article]) -> tuple[list[list[Pred]], list[str], int]:
    docs = analyzed_news((a.text, f"meantime:{a.name}", a.published) for a in articles)
    out: list[list[Pred]] = []
    total = 0
    for d in docs:
        preds: list[Pred] = []
        for s in d.layer("timexes"):
            data = s.data or {}
            value = data.get("value")
            detail = "/".join(
                str(data[k]) for k in ("precision", "mod") if data.get(k) not in (None, "")
            )
            preds.append((s.start, s.end, s.label, None if value is None else str(value), detail))
        total += len(preds)
        out.append(preds)
    notes = [f"{a.name}: {n}" for a, d in zip(articles, docs, strict=True) for n in d.notes]
    return out, notes, total


def _precision(sub: str) -> str:
    """The precision a dateparser substring states: day, month or year."""
    if ISO_DAY.search(sub):
        return "day"
    if ISO_MONTH.search(sub):
        return "month"
    if DAY_CUE.search(sub):
        return "day"
    if MONTH_CUE.search(sub):
        return "month"
    if YEAR_CUE.search(sub):
        return "year"
    return "day"


def run_dateparser(articles: list[Article]) -> tuple[list[list[Pred]], int]:
    from dateparser.search import search_dates

    out: list[list[Pred]] = []
    unplaced = 0
    for a in articles:
        settings: dict[str, object] = {
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        if a.published:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(a.published)
        found = search_dates(a.text, languages=["en"], settings=settings) or []
        preds: list[Pred] = []
        cursor = 0
        for sub, when in found:
            start = a.text.find(sub, cursor)
            if start < 0:
                start = a.text.find(sub)
            if start < 0:
                unplaced += 1
                continue
            cursor = start + len(sub)
            precision = _precision(sub)
            if precision == "year":
                value = f"{when.year:04d}"
            elif precision == "month":
                value = f"{when.year:04d}-{when.month:02d}"
            else:
                value = when.date().isoformat()
            preds.append((start, start + len(sub), "DATE", value, precision))
        out.append(preds)
    return out, unplaced


# -- scoring ------------------------------------------------------------------------------------
@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)  # by gold type
    pred: Counter[str] = field(default_factory=Counter)  # by system type
    strict: int = 0
    relaxed: Counter[str] = field(default_factory=Counter)  # matched, by gold type
    type_ok: int = 0  # relaxed matches with the gold type
    value_ok: Counter[str] = field(default_factory=Counter)  # relaxed, same value, by gold type
    outside: int = 0  # system spans outside the scored sentences
    errors: list[tuple[str, str]] = field(default_factory=list)  # (pattern, example)


def _spans(art: Article, raw: list[Pred]) -> tuple[list[Timex], int]:
    """System spans in the scored sentences, as token spans (duplicates removed), and how many
    fell outside them."""
    out: list[Timex] = []
    seen: set[tuple[int, int]] = set()
    outside = 0
    for start, end, typ, value, detail in raw:
        toks = art.tokens_of(start, end)
        if toks is None:
            continue
        if not art.scored(toks[0]):
            outside += 1
            continue
        if toks not in seen:
            seen.add(toks)
            out.append(Timex(toks[0], toks[1], typ, value, art.text[start:end], detail))
    return out, outside


def score(articles: list[Article], preds: list[list[Pred]]) -> Tally:
    tally = Tally()
    for art, raw in zip(articles, preds, strict=True):
        gold = art.gold
        pred, outside = _spans(art, raw)
        tally.outside += outside
        tally.gold.update(g.type for g in gold)
        tally.pred.update(p.type for p in pred)
        exact = Counter((g.first, g.last) for g in gold)
        found = Counter((p.first, p.last) for p in pred)
        tally.strict += sum((exact & found).values())
        matched = meantime.match(gold, pred)
        for gi, pi in matched:
            g, p = gold[gi], pred[pi]
            tally.relaxed[g.type] += 1
            tally.type_ok += g.type == p.type
            if g.value is not None and g.value == p.value:
                tally.value_ok[g.type] += 1
        tally.errors += _errors(gold, pred, matched)
    return tally


def shape(text: str) -> str:
    """The text with weekdays, months, number words and digits generalised."""
    s = text.lower()
    for pattern, repl in SHAPES:
        s = pattern.sub(repl, s)
    return s


def value_form(value: str | None) -> str:
    if value is None:
        return "none"
    for pattern, name in VALUE_FORMS:
        if re.fullmatch(pattern, value):
            return name
    return "other"


def _offset(gold: str, pred: str) -> str:
    """How far a wrong day is from the right one."""
    try:
        delta = (date.fromisoformat(pred) - date.fromisoformat(gold)).days
    except ValueError:
        return ""
    return f" ({delta:+d}d)"


def _errors(
    gold: list[Timex], pred: list[Timex], matched: list[tuple[int, int]]
) -> list[tuple[str, str]]:
    """Error patterns with an example each: misses, wrong values, types, boundaries, spurious."""
    out = []
    mg = dict(matched)
    mp = {pi for _, pi in matched}
    for gi, g in enumerate(gold):
        if gi not in mg:
            out.append((f"missed {g.type}: {shape(g.text)!r}", f"{g.text!r} {g.value}"))
            continue
        p = pred[mg[gi]]
        if (p.first, p.last) != (g.first, g.last):
            why = "system longer" if p.last - p.first > g.last - g.first else "system shorter"
            if p.last - p.first == g.last - g.first:
                why = "shifted"
            out.append((f"boundary: {why}", f"{g.text!r} ~ {p.text!r}"))
        if p.type != g.type:
            out.append((f"type {g.type} -> {p.type}", f"{g.text!r} ~ {p.text!r}"))
        if g.value != p.value:
            off = _offset(g.value, p.value) if g.value and p.value else ""
            out.append(
                (
                    f"wrong value {g.type}, {value_form(g.value)} -> {value_form(p.value)}",
                    f"{g.text!r} {g.value} vs {p.value}{off}"
                    + (f" ({p.text!r})" if p.text != g.text else ""),
                )
            )
    for pi, p in enumerate(pred):
        if pi not in mp:
            nested = any(p.overlap(g) for g in gold)
            where = " (overlaps a gold span matched to another)" if nested else ""
            out.append((f"spurious {p.type}{where}: {shape(p.text)!r}", f"{p.text!r} {p.value}"))
    return out


def _gold_forms(articles: list[Article]) -> None:
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for a in articles:
        for g in a.gold:
            forms[(g.type, value_form(g.value))][f"{g.text!r} {g.value}"] += 1
    print("\ngold values by type and form (examples: text, value)\n")
    print("| type | form | n | examples |")
    print("|------|------|--:|----------|")
    order = {t: i for i, t in enumerate(TYPES)}
    for (typ, form), ex in sorted(
        forms.items(), key=lambda kv: (order.get(kv[0][0], 9), -sum(kv[1].values()))
    ):
        examples = "; ".join(e + (f" x{k}" if k > 1 else "") for e, k in ex.most_common(6)).replace(
            "|", "/"
        )
        print(f"| {typ} | {form} | {sum(ex.values())} | {examples} |")


def main(argv: list[str] | None = None) -> int:
    parser = meantime.arguments(__doc__.splitlines()[0])
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=20,
        default=0,
        help="list the N commonest error patterns (default 20) of --errors-of",
    )
    parser.add_argument("--errors-of", choices=SYSTEMS, default="detente")
    parser.add_argument(
        "--gold", action="store_true", help="list the forms of the gold values, with examples"
    )
    args = parser.parse_args(argv)

    files = meantime.article_files(args.data, args.limit)
    if not files:
        return 0
    articles = [read_article(f) for f in files]

    import dateparser

    timings: dict[str, float] = {}
    preds: dict[str, list[list[Pred]]] = {}
    t0 = time.perf_counter()
    preds["detente"], notes, total = run_detente(articles)
    timings["detente"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    preds["dateparser"], unplaced = run_dateparser(articles)
    timings["dateparser"] = time.perf_counter() - t0

    cmd = "python benchmarks/timex_meantime.py " + " ".join(sys.argv[1:] if argv is None else argv)
    gold_all = [g for a in articles for g in a.gold]
    left_out: Counter[str] = Counter()
    for a in articles:
        left_out.update(a.left_out)
    undated = sum(1 for a in articles if not a.published)
    spans = Counter((a.name, g.first, g.last) for a in articles for g in a.gold)
    doubled = sum(n - 1 for n in spans.values())
    last = Counter(a.last_annotated for a in articles)
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(
        f"data: {args.data}  articles: {len(articles)}"
        f"  tokens: {sum(len(a.starts) for a in articles)}  dateparser {dateparser.__version__}"
    )
    print(
        f"gold: TIMEX3 {len(gold_all)} ("
        + ", ".join(f"{t} {sum(1 for g in gold_all if g.type == t)}" for t in TYPES)
        + ")"
        + (f", {doubled} on a span already annotated" if doubled else "")
        + "; scored: the title and sentences 2 to the last annotated one ("
        + ", ".join(f"{k} in {n}" for k, n in last.most_common())
        + " articles); the dateline (sentence 1) is the creation time"
    )
    print("left out: " + ", ".join(f"{k} {n}" for k, n in sorted(left_out.items())))
    print(
        f"time: detente {timings['detente']:.1f}s (registry + load + analyze), dateparser "
        f"{timings['dateparser']:.1f}s"
        f"{'; ' + str(undated) + ' article(s) undated' if undated else ''}"
        f"{'; ' + str(unplaced) + ' dateparser substring(s) not found in the text' if unplaced else ''}"
    )
    if total == 0:
        print(
            "detente: the timexes layer is empty in every document (no time stage in the "
            "pipeline yet?): its rows are zeros"
        )
    if notes:
        print(f"detente notes ({len(notes)}): " + "; ".join(notes[:5]))
    print()

    tallies = {s: score(articles, preds[s]) for s in SYSTEMS}
    print(
        "| system     | gold | pred | strict P | strict R | strict F1 | relaxed P | relaxed R "
        "| relaxed F1 | type acc | value acc | value P | value R | **value F1** |"
    )
    print(
        "|------------|-----:|-----:|---------:|---------:|----------:|----------:|----------:"
        "|-----------:|---------:|----------:|--------:|--------:|-------------:|"
    )
    for system in SYSTEMS:
        t = tallies[system]
        g, p = sum(t.gold.values()), sum(t.pred.values())
        rel, val = sum(t.relaxed.values()), sum(t.value_ok.values())
        sp, sr, sf = prf(t.strict, p, g)
        rp, rr, rf = prf(rel, p, g)
        vp, vr, vf = prf(val, p, g)
        ta = t.type_ok / rel if rel else 0.0
        va = val / rel if rel else 0.0
        print(
            f"| {system:<10} | {g:>4} | {p:>4} |   {sp:.3f}  |   {sr:.3f}  |   {sf:.3f}   |"
            f"   {rp:.3f}   |   {rr:.3f}   |   {rf:.3f}    |  {ta:.3f}   |   {va:.3f}   |"
            f"  {vp:.3f}  |  {vr:.3f}  |    **{vf:.3f}** |"
        )
    print()
    print(
        f"anchor: HeidelTime value F1 {ANCHOR:.3f} on TempEval-3 (English, relaxed span match + "
        "same value) -- another corpus and its own annotation conventions: an orientation, not "
        "a comparison"
    )
    print(
        "system spans on the dateline or in sentences MEANTIME does not annotate (not scored): "
        + ", ".join(f"{s} {tallies[s].outside}" for s in SYSTEMS)
    )

    print("\nrecall per gold type (relaxed span match; value: same value too)\n")
    print("| system     | type     | gold | found | recall | value correct | value recall |")
    print("|------------|----------|-----:|------:|-------:|--------------:|-------------:|")
    for system in SYSTEMS:
        t = tallies[system]
        for typ in TYPES:
            g = t.gold[typ]
            r = t.relaxed[typ] / g if g else 0.0
            v = t.value_ok[typ] / g if g else 0.0
            print(
                f"| {system:<10} | {typ:<8} | {g:>4} | {t.relaxed[typ]:>5} | {r:.3f}  |"
                f" {t.value_ok[typ]:>13} |    {v:.3f}     |"
            )

    if args.gold:
        _gold_forms(articles)

    if args.errors:
        meantime.print_errors(args.errors_of, tallies[args.errors_of].errors, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
