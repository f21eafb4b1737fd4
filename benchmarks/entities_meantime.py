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

import argparse
import bisect
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "time" / "meantime-en"
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

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "n't", "...", "''"}
CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "£", "€", "#", "``"}
RENDER = {"``": '"', "''": '"'}  # PTB quotes as the article had them
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
class Article:
    name: str
    text: str
    published: str | None
    starts: list[int]  # character offsets of the tokens
    ends: list[int]
    sentence: list[int]  # sentence number of each token
    last_annotated: int  # the last annotated sentence
    gold: list[Gold] = field(default_factory=list)

    def tokens_of(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last token overlapping characters ``start:end``."""
        i = bisect.bisect_right(self.ends, start)
        if i >= len(self.starts) or self.starts[i] >= end:
            return None
        j = bisect.bisect_left(self.starts, end) - 1
        return i, j


def _space(prev: str, tok: str) -> str:
    if prev in NO_SPACE_AFTER:
        return ""
    if tok in NO_SPACE_BEFORE or tok.lower() in CLITICS:
        return ""
    if tok in ("'", "’") and prev[-1:] in "sS":  # "Beatles '" -> "Beatles'"
        return ""
    if re.fullmatch(r"[A-Za-z]['’]", prev):  # "O' Leary" -> "O'Leary", "I' m" -> "I'm"
        return ""
    return " "


def _creation_time(root: ET.Element, dateline: str) -> str | None:
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            value = t.get("value") or ""
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return value
    for fmt in ("%B %d , %Y", "%B %d, %Y"):  # the dateline: "March 01 , 2008"
        try:
            return datetime.strptime(dateline.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def read_article(path: Path) -> Article:
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    index = {t.get("t_id"): i for i, t in enumerate(tokens)}
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sentence: list[int] = []
    pos = 0
    prev_sent, prev_tok = None, ""
    lines: dict[int, list[str]] = defaultdict(list)
    for t in tokens:
        raw = t.text or ""
        word = RENDER.get(raw, raw)
        sent = int(t.get("sentence") or 0)
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n\n" if prev_sent <= 1 else "\n"  # title and dateline: paragraphs
        else:
            sep = _space(prev_tok, raw)
        parts.append(sep)
        pos += len(sep)
        starts.append(pos)
        parts.append(word)
        pos += len(word)
        ends.append(pos)
        sentence.append(sent)
        lines[sent].append(word)
        prev_sent, prev_tok = sent, raw
    text = "".join(parts)

    markables = root.find("Markables")
    entities = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    refers: dict[str, str | None] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        tid = target.get("m_id") if target is not None else None
        if tid in entities:
            for src in rel.findall("source"):
                refers.setdefault(src.get("m_id"), entities[tid])
    last_annotated = 0
    gold: list[Gold] = []
    for m in markables if markables is not None else ():
        ids = [index[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in index]
        if not ids:
            continue
        last_annotated = max(last_annotated, max(sentence[i] for i in ids))
        if m.tag != "ENTITY_MENTION":
            continue
        first, last = min(ids), max(ids)
        gold.append(
            Gold(
                first,
                last,
                refers.get(m.get("m_id")),
                m.get("syntactic_type") or "",
                text[starts[first] : ends[last]],
            )
        )
    published = _creation_time(root, " ".join(lines.get(1, [])))
    return Article(path.stem, text, published, starts, ends, sentence, last_annotated, gold)


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
    from detente.analyze import BATCH
    from detente.document import Document
    from detente.pipeline import AnalysisConfig, analyze

    docs = [
        Document(
            text=a.text,
            origin=f"meantime:{a.name}",
            format="text",
            kind="news",
            language="en",
            published=a.published,
        )
        for a in articles
    ]
    for i in range(0, len(docs), BATCH):
        analyze(docs[i : i + BATCH], AnalysisConfig())
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
class Span:
    first: int
    last: int
    type: str
    text: str
    detail: str = ""

    def overlap(self, other: Span) -> int:
        return max(0, min(self.last, other.last) - max(self.first, other.first) + 1)

    def jaccard(self, other: Span) -> float:
        union = max(self.last, other.last) - min(self.first, other.first) + 1
        return self.overlap(other) / union


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    strict: Counter[str] = field(default_factory=Counter)
    strict_article: Counter[str] = field(default_factory=Counter)  # leading article ignored
    relaxed: Counter[str] = field(default_factory=Counter)
    dont_care: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (pattern, example)


def _match(gold: list[Span], pred: list[Span], typed: bool) -> list[tuple[int, int]]:
    """One-to-one overlap matching, best overlap (Jaccard over tokens) first; pairs (gold
    index, pred index). Gold names can nest ("Airbus parent EADS" and "EADS")."""
    pairs = [
        (g.jaccard(p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if g.overlap(p) and (not typed or g.type == p.type)
    ]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


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
        matched = _match(gold, pred, typed=True)
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


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def revision() -> str:
    """The git commit of the working tree, and whether src/ has local changes."""
    import subprocess

    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        head, dirty = "(no git)", "unknown"
    if not dirty:
        return f"git {head}"
    # others edit src/ while benchmarks run: a fingerprint of the code that produced the figures
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((ROOT / "src").rglob("*")):  # code and registry data
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return f"git {head} + uncommitted changes in src/ (src/ sha256 {digest.hexdigest()[:12]})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
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

    files = sorted((args.data / "intra-doc_annotation").glob("*/*.xml"))
    if not files:
        print(
            f"MEANTIME data not found at {args.data} (expected intra-doc_annotation/*/*.xml); "
            "skipping."
        )
        return 0
    if args.limit:
        files = files[: args.limit]
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
            patterns: Counter[str] = Counter()
            examples: dict[str, Counter[str]] = defaultdict(Counter)
            for pattern, example in tallies[system].errors:
                patterns[pattern] += 1
                examples[pattern][example] += 1
            print(f"\n{system}: {args.errors} commonest error patterns (relaxed matching)\n")
            print("| n | pattern | examples |")
            print("|--:|---------|----------|")
            for pattern, n in patterns.most_common(args.errors):
                ex = "; ".join(
                    f"{e}" + (f" x{k}" if k > 1 else "")
                    for e, k in examples[pattern].most_common(4)
                )
                print(f"| {n} | {pattern} | {ex.replace('|', '/')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
