"""Named-entity mentions on MEANTIME (NewsReader, English, 120 WikiNews articles).

Compares, side by side in one run, three systems on the *named* mentions of people,
organisations and locations:

  spacy               bare ``nlp.pipe`` with the same model detente uses; PERSON -> PER,
                      ORG -> ORG, GPE/LOC/FAC -> LOC (NORP, PRODUCT... ignored)
  detente.mentions    ``detente.pipeline.analyze`` (the actor stage), the ``mentions`` layer:
                      person/surname -> PER, org/igo -> ORG, country/capital/place/metonym -> LOC;
                      demonym, role and side mentions are ignored (MEANTIME has no such names)
  detente.candidates  the stage's raw ``candidates`` layer (PER -> PER, ORG -> ORG,
                      GPE/LOC/FAC -> LOC; NORP, TERM, ROLE ignored), to show what resolution
                      adds or loses

    .venv/bin/python benchmarks/entities_meantime.py [--data ../shared/eval/time/meantime-en]
        [--errors 15]

Gold: MEANTIME's CAT XML (``intra-doc_annotation/*/*.xml``) marks every ENTITY_MENTION with a
``syntactic_type`` (NAM name, NOM nominal, PRO pronoun, PRE.NAM name as pre-modifier: *US*
airtanker, APP, CONJ, or blank) and links it (REFERS_TO) to an ENTITY whose ``ent_type`` is PER,
ORG, LOC, PRO (products), FIN (indices, currencies) or MIX. A named-entity recogniser finds
names, so only NAM mentions of PER, ORG and LOC count as gold. Every other entity mention (a
nominal "the company", a pre-modifier "US", an unlabelled name, a product "iPod", an index "Dow
Jones") is a *don't care* region: a system mention that overlaps one and no gold mention is
neither right nor wrong (the count is printed; ``--no-dont-care`` counts them as false
positives). MEANTIME annotates only the title, the dateline and the first sentences of each
article (sentence numbers 0-5): the systems read the whole article, and only what they find in
the annotated sentences is scored.

Each document's text is rebuilt from its tokens: one line per sentence (the title and the
dateline are paragraphs of their own), tokens separated by a space except before closing
punctuation and clitics ("Boeing 's" -> "Boeing's") and after opening brackets and currency
signs, PTB quotes (`` '') written as ", so that the models see ordinary text; each token's
character offsets are kept. System spans are mapped to the tokens they overlap. Detente's
documents are dated with the article's creation time (the TIMEX3 with
functionInDocument="CREATION_TIME", else the dateline).

Scores per type and micro-averaged: *strict* (same first and last token, same type) and
*relaxed* (overlapping, same type, one-to-one, best overlap first) precision, recall and F1;
the "untyped" row ignores the type (boundaries only). MEANTIME's NAM extents include a leading
article ("the United States"), which detente strips and spaCy keeps only sometimes: the strict
figures count those as misses (their number is printed); the last column is strict F1 with a
leading "the/a/an" dropped on both sides.

The evaluation data stays outside the repository (``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import meantime
from common import analyzed_news, prf, revision
from meantime import TokenSpan

TYPES = ("PER", "ORG", "LOC")
SYSTEMS = ("spacy", "detente.mentions", "detente.candidates")

SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
MENTION_MAP = {
    "person": "PER",
    "surname": "PER",
    "org": "ORG",
    "igo": "ORG",
    "country": "LOC",
    "capital": "LOC",
    "place": "LOC",
    "metonym": "LOC",
}
MENTION_IGNORED = ("demonym", "role", "side")
CANDIDATE_MAP = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

ARTICLES = {"the", "a", "an"}


@dataclass
class Gold:
    first: int  # token indexes, inclusive
    last: int
    type: str | None  # ent_type of the linked ENTITY (None: not linked)
    syntactic: str
    text: str

    @property
    def scored(self) -> bool:
        return self.syntactic == "NAM" and self.type in TYPES


@dataclass
class Article(meantime.Text):
    gold: list[Gold] = field(default_factory=list)


def read_article(path: Path) -> Article:
    art, root = meantime.read(path, Article)
    entities = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    refers: dict[str, str | None] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        tid = target.get("m_id") if target is not None else None
        if tid in entities:
            for src in rel.findall("source"):
                refers.setdefault(src.get("m_id"), entities[tid])
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        ids = art.anchors(m)
        if not ids or m.tag != "ENTITY_MENTION":
            continue
        first, last = min(ids), max(ids)
        art.gold.append(
            Gold(
                first,
                last,
                refers.get(m.get("m_id")),
                m.get("syntactic_type") or "",
                art.text[art.starts[first] : art.ends[last]],
            )
        )
    return art


# -- systems ------------------------------------------------------------------------------------
Pred = tuple[int, int, str, str]  # start char, end char, type, detail (label or kind)


def run_spacy(nlp, articles: list[Article]) -> list[list[Pred]]:
    out = []
    for doc in nlp.pipe([a.text for a in articles], batch_size=64):
        out.append(
            [
                (e.start_char, e.end_char, SPACY_MAP[e.label_], e.label_)
                for e in doc.ents
                if e.label_ in SPACY_MAP
            ]
        )
    return out


def run_detente(
    articles: list[Article],
) -> tuple[list[list[Pred]], list[list[Pred]], list[str], Counter[str]]:
    docs = analyzed_news((a.text, f"meantime:{a.name}", a.published) for a in articles)
    mentions = [
        [
            (s.start, s.end, MENTION_MAP[s.label], s.label)
            for s in d.layer("mentions")
            if s.label in MENTION_MAP
        ]
        for d in docs
    ]
    candidates = [
        [
            (s.start, s.end, CANDIDATE_MAP[s.label], s.label)
            for s in d.layer("candidates")
            if s.label in CANDIDATE_MAP
        ]
        for d in docs
    ]
    notes = [f"{a.name}: {n}" for a, d in zip(articles, docs, strict=True) for n in d.notes]
    ignored: Counter[str] = Counter()  # mentions of the ignored kinds in the scored sentences
    for a, d in zip(articles, docs, strict=True):
        for s in d.layer("mentions"):
            toks = a.tokens_of(s.start, s.end)
            if s.label in MENTION_IGNORED and toks and a.sentence[toks[0]] <= a.last_annotated:
                ignored[s.label] += 1
        for s in d.layer("candidates"):
            toks = a.tokens_of(s.start, s.end)
            if s.label not in CANDIDATE_MAP and toks and a.sentence[toks[0]] <= a.last_annotated:
                ignored[f"candidate {s.label}"] += 1
    return mentions, candidates, notes, ignored


# -- scoring ------------------------------------------------------------------------------------
@dataclass
class Span(TokenSpan):
    text: str
    detail: str = ""


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    strict: Counter[str] = field(default_factory=Counter)
    strict_article: Counter[str] = field(default_factory=Counter)  # leading article ignored
    relaxed: Counter[str] = field(default_factory=Counter)
    dont_care: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (pattern, example)


def _spans(art: Article, raw: list[Pred]) -> list[Span]:
    """System spans in the annotated sentences, as token spans (duplicates removed)."""
    out: list[Span] = []
    seen: set[tuple[int, int, str]] = set()
    for start, end, typ, detail in raw:
        toks = art.tokens_of(start, end)
        if toks is None or art.sentence[toks[0]] > art.last_annotated:
            continue
        if (toks[0], toks[1], typ) not in seen:
            seen.add((toks[0], toks[1], typ))
            out.append(Span(toks[0], toks[1], typ, art.text[start:end], detail))
    return out


def _skip_article(art: Article, span: Span) -> int:
    """The first token of ``span`` once a leading article is dropped."""
    word = art.text[art.starts[span.first] : art.ends[span.first]].lower()
    return span.first + 1 if word in ARTICLES and span.last > span.first else span.first


def score(
    articles: list[Article],
    preds: list[list[Pred]],
    dont_care: bool,
    typed: bool = True,
    shadow: list[list[Pred]] | None = None,
) -> Tally:
    tally = Tally()
    for k, (art, raw) in enumerate(zip(articles, preds, strict=True)):
        gold = [Span(g.first, g.last, g.type or "", g.text) for g in art.gold if g.scored]
        other = [Span(g.first, g.last, g.type or "", g.text) for g in art.gold if not g.scored]
        pred: list[Span] = []
        for span in _spans(art, raw):
            if (
                dont_care
                and not any(span.overlap(g) for g in gold)
                and any(span.overlap(o) for o in other)
            ):
                tally.dont_care += 1
                continue
            pred.append(span)
        if not typed:
            gold = [Span(g.first, g.last, "ANY", g.text) for g in gold]
            pred = [Span(p.first, p.last, "ANY", p.text, p.detail) for p in pred]
        tally.gold.update(g.type for g in gold)
        tally.pred.update(p.type for p in pred)
        exact = {(g.first, g.last, g.type) for g in gold}
        tally.strict.update(p.type for p in pred if (p.first, p.last, p.type) in exact)
        exact_art = {(_skip_article(art, g), g.last, g.type) for g in gold}
        tally.strict_article.update(
            p.type for p in pred if (_skip_article(art, p), p.last, p.type) in exact_art
        )
        matched = meantime.match(gold, pred, typed=True)
        tally.relaxed.update(gold[gi].type for gi, _ in matched)
        tally.errors += _errors(
            art, gold, pred, matched, _spans(art, shadow[k]) if shadow is not None else None
        )
    return tally


def _errors(
    art: Article,
    gold: list[Span],
    pred: list[Span],
    matched: list[tuple[int, int]],
    shadow: list[Span] | None,
) -> list[tuple[str, str]]:
    """Error patterns with an example each: misses, type confusions, boundaries, spurious.
    ``shadow`` (the raw candidates, for the mentions layer) tells a miss that resolution
    dropped from one the recogniser never found."""
    out = []
    mg = {gi: pi for gi, pi in matched}
    mp = {pi for _, pi in matched}
    for gi, g in enumerate(gold):
        if gi in mg:
            p = pred[mg[gi]]
            if (p.first, p.last) != (g.first, g.last):
                lead = art.text[art.starts[g.first] : art.ends[g.first]].lower() in ARTICLES
                why = "gold has a leading article" if lead and p.first == g.first + 1 else None
                if why is None:
                    why = "longer" if p.last - p.first > g.last - g.first else "shorter/shifted"
                out.append((f"boundary {g.type} ({p.detail}): {why}", f"{g.text!r} ~ {p.text!r}"))
            continue
        over = [p for p in pred if p.overlap(g)]
        wrong = [p for p in over if p.type != g.type]
        if wrong:
            p = max(wrong, key=g.jaccard)
            out.append((f"type {g.type} -> {p.type} ({p.detail})", f"{g.text!r} as {p.text!r}"))
        elif over:
            p = max(over, key=g.jaccard)
            out.append(
                (f"missed {g.type}: nested gold, its system span went to another", repr(g.text))
            )
        else:
            why = ""
            if shadow is not None:
                cands = [c for c in shadow if c.overlap(g)]
                if cands:
                    c = max(cands, key=g.jaccard)
                    why = f": candidate {c.detail} dropped by resolution"
                else:
                    why = ": no candidate"
            out.append((f"missed {g.type}{why}", repr(g.text)))
    for pi, p in enumerate(pred):
        if pi not in mp and not any(p.overlap(g) for g in gold):
            out.append((f"spurious {p.type} ({p.detail})", repr(p.text)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = meantime.arguments(__doc__.splitlines()[0])
    parser.add_argument(
        "--no-dont-care",
        action="store_true",
        help="count system mentions on non-scored gold mentions (nominals...) as false positives",
    )
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=15,
        default=0,
        help="list the N commonest error patterns of each detente layer (default 15)",
    )
    args = parser.parse_args(argv)

    files = meantime.article_files(args.data, args.limit)
    if not files:
        return 0
    articles = [read_article(f) for f in files]

    import spacy

    from detente import nlp as detente_nlp

    model = detente_nlp.spacy_model()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    preds: dict[str, list[list[Pred]]] = {}
    preds["spacy"] = run_spacy(nlp, articles)
    timings["spacy"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    preds["detente.mentions"], preds["detente.candidates"], notes, ignored = run_detente(articles)
    timings["detente"] = time.perf_counter() - t0

    cmd = "python benchmarks/entities_meantime.py " + " ".join(
        sys.argv[1:] if argv is None else argv
    )
    gold_all = [g for a in articles for g in a.gold if g.scored]
    leading = sum(1 for g in gold_all if g.text.split(" ", 1)[0].lower() in ARTICLES)
    undated = sum(1 for a in articles if not a.published)
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(
        f"data: {args.data}  articles: {len(articles)}  tokens: {sum(len(a.starts) for a in articles)}"
        f"  model: {model} {nlp.meta.get('version', '')} (spaCy {spacy.__version__})"
    )
    print(
        f"gold: NAM mentions {len(gold_all)} ("
        + ", ".join(f"{t} {sum(1 for g in gold_all if g.type == t)}" for t in TYPES)
        + f"); {leading} of them start with an article; sentences 0-5 of each article scored"
    )
    print(
        f"time: spacy {timings['spacy']:.1f}s (load + pipe), detente {timings['detente']:.1f}s"
        f" (registry + load + analyze){'; ' + str(undated) + ' article(s) undated' if undated else ''}"
    )
    if notes:
        print(f"detente notes ({len(notes)}): " + "; ".join(notes[:5]))
    print()

    tallies = {
        s: score(
            articles,
            preds[s],
            not args.no_dont_care,
            shadow=preds["detente.candidates"] if s == "detente.mentions" else None,
        )
        for s in SYSTEMS
    }
    untyped = {s: score(articles, preds[s], not args.no_dont_care, typed=False) for s in SYSTEMS}
    print(
        "| system             | type      | gold | pred | strict P | strict R | strict F1 "
        "| relaxed P | relaxed R | relaxed F1 | strict F1, article ignored |"
    )
    print(
        "|--------------------|-----------|-----:|-----:|---------:|---------:|----------:"
        "|----------:|----------:|-----------:|---------------------------:|"
    )
    for system in SYSTEMS:
        t, u = tallies[system], untyped[system]
        rows = [
            (typ, t.gold[typ], t.pred[typ], t.strict[typ], t.relaxed[typ], t.strict_article[typ])
            for typ in TYPES
        ]
        for name, tt in (("**micro**", t), ("untyped", u)):
            rows.append(
                (
                    name,
                    sum(tt.gold.values()),
                    sum(tt.pred.values()),
                    sum(tt.strict.values()),
                    sum(tt.relaxed.values()),
                    sum(tt.strict_article.values()),
                )
            )
        for typ, g, p, s, r, sa in rows:
            sp, sr, sf = prf(s, p, g)
            rp, rr, rf = prf(r, p, g)
            af = prf(sa, p, g)[2]
            print(
                f"| {system:<18} | {typ:<9} | {g:>4} | {p:>4} |   {sp:.3f}  |   {sr:.3f}  |"
                f"   {sf:.3f}   |   {rp:.3f}   |   {rr:.3f}   |   {rf:.3f}    |"
                f"           {af:.3f}            |"
            )
    print()
    if not args.no_dont_care:
        print(
            "don't care (system mentions overlapping only non-NAM or non-PER/ORG/LOC gold "
            "mentions, not scored): " + ", ".join(f"{s} {tallies[s].dont_care}" for s in SYSTEMS)
        )
    print(
        "mapping: spacy PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC; detente mentions "
        "person/surname->PER, org/igo->ORG, country/capital/place/metonym->LOC, "
        f"{'/'.join(MENTION_IGNORED)} ignored; candidates PER, ORG, GPE/LOC/FAC->LOC, "
        "NORP/TERM/ROLE ignored"
    )
    print(
        "ignored in the scored sentences: "
        + ", ".join(f"{k} {n}" for k, n in sorted(ignored.items()))
    )

    if args.errors:
        for system in ("detente.mentions", "detente.candidates"):
            meantime.print_errors(system, tallies[system].errors, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
