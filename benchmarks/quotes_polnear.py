"""Quotations and their attribution (source, cue, content) on PolNeAR dev (US political news, 2016).

Compares, side by side in one run:

  detente   ``detente.pipeline.analyze`` (all analysis stages), the ``quotes`` layer: quotes of
            kind direct, partial or indirect (scare quotes and titles are not attributions);
            content = the quote span, source = ``[speaker_start, speaker_end)`` when the quote
            has one, cue = ``[cue_start, cue_end)``. PolNeAR makes the quoted sentences of one
            speaker in a paragraph one attribution with a discontinuous content ("...," she
            said. "..."): detente quotes with the same cue and speaker offsets are merged into
            one attribution (split halves; a quoted fragment and the reported clause around it;
            the attribution keeps the kind of its longest part), and so is a direct quote whose
            speaker detente carried over from the direct quote before it in the same paragraph
            (it has the speaker but no offsets).
  textacy   ``textacy.extract.triples.direct_quotations`` on the parse of the same spaCy model
            (direct quotes only: speaker tokens, cue tokens, the quoted span). It refuses a text
            with an odd number of quotation marks; such a text is run paragraph by paragraph
            (paragraphs with an odd number skipped, counted). Skipped, with a message, when
            textacy is not installed (``pip install -e ".[bench]"``). Quotes with the same
            speaker and cue tokens are merged into one attribution, as detente's are.

    .venv/bin/python benchmarks/quotes_polnear.py [--data ../shared/eval/quotes/polnear-dev]
        [--errors 15] [--examples 2] [--limit N]

Gold: ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann`` (brat standoff).
``T`` lines are Source, Cue, Content spans (a discontinuous span is ``START END;START END``),
``E`` lines tie one Attribution's Source, Cue, Content (and rarely a Content2, joined to the
content); an ``Attribution-no-source`` has no Source. PolNeAR attributes every report of speech
*and* of thought or belief ("Trump believes that..."), with or without quotation marks; the
headline is part of the text. Two dev articles were annotated by all six annotators (the
agreement set): the first annotation by annotator id is the gold (``--annotator`` picks another).

Spans are compared as sets of word tokens (``\\w+``): quotation marks and punctuation are not
tokens, so a content with or without its quotation marks or its final comma is the same span
(PolNeAR's contents keep the marks, detente's leave them out), and a discontinuous span is the
union of its parts (citron compares spaCy tokens, punctuation included: "exact" here is a
little more lenient). A cue that is only punctuation (a transcript's "NAME:", a headline's
"Poll:", a dash before a name) has no word token and is not scored as a cue (the count is
printed). Scores per role (content, source, cue) over the distinct spans of that role:

  exact        the same set of tokens
  any overlap  one-to-one, a predicted span counts if it shares at least one token with a gold
               span of the same role not matched yet (largest Jaccard overlap first)
  token        citron's proportional overlap: tokens shared by predicted and gold spans over
               the predicted tokens (P) and over the gold tokens (R)

and per attribution as BBC citron's evaluation (``citron/metrics.py``) defines them: a predicted
attribution is a true positive for *source* (*content*) when some gold attribution has a cue
overlapping its cue and the same source (content); *cue* is the same cue; *all* is the same cue,
source and content (as in citron, not one-to-one: a prediction counts when any gold attribution
fits it). The published anchor is citron's model on the PARC 3.0 test set (Wall Street
Journal, a different corpus and annotation scheme): source F1 82.0, content 59.3, all spans 56.7
(exact); overlap source 85.3, content 83.3.

Per kind: each gold content is *quoted* (the whole content between quotation marks; '' counts,
the NYT archive writes its quotation marks so), *mixed* (quotation marks inside: a partial quote
in reported speech) or *unquoted* (indirect speech);
recall per class shows what each system covers, and detente's precision per kind which kinds it
gets right. ``--errors N`` lists detente's N commonest error patterns, gold attributions aligned
to detente's by content overlap, with examples (gold vs detente, with the sentence).

The evaluation data stays outside the repository (``../shared/eval``); nothing is copied.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import analyzed_news, prf, revision

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear-dev"
ROLES = ("content", "source", "cue")
KINDS = ("direct", "partial", "indirect")  # detente's attributions (scare and title are not)
CLASSES = ("quoted", "mixed", "unquoted")
WORD = re.compile(r"\w+")
OPENING = ('"', "“", "‘", "«", "''")  # '' ... '': the NYT archive's quotation marks
CLOSING = ('"', "”", "’", "»", "''")
MARKS = ('"', "“", "”", "«", "»", "''")
# BBC citron (model en_2021-11-15) on the PARC 3.0 test partition, citron_evaluate.py (F1, %)
ANCHOR = {
    "exact": {"cue": 82.3, "source": 82.0, "content": 59.3, "all": 56.7},
    "overlap": {"cue": 76.8, "source": 85.3, "content": 83.3},
}

Tokens = frozenset[int]


@dataclass
class Attribution:
    """One attribution, gold or predicted: its spans as character fragments and word tokens."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    tokens: dict[str, Tokens] = field(default_factory=dict)
    kind: str = ""  # gold: quoted/mixed/unquoted; detente: direct/partial/indirect
    detail: str = ""  # detente: the cue it reported ("according to", "told reporters")
    size: int = 0  # detente: characters of its longest quote (whose kind it keeps)
    speaker: str = ""  # detente: the speaker's name (also when carried over, without offsets)


@dataclass
class Article:
    name: str
    text: str
    published: str | None
    annotator: str
    starts: list[int]  # word tokens
    ends: list[int]
    gold: list[Attribution] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # filled from the parse
    annotations: int = 1  # how many annotators annotated the article

    def tokens(self, fragments: list[tuple[int, int]]) -> Tokens:
        """The word tokens overlapping any of the character ``fragments``."""
        out: set[int] = set()
        for start, end in fragments:
            i = bisect.bisect_right(self.ends, start)
            j = bisect.bisect_left(self.starts, end)
            out.update(range(i, j))
        return frozenset(out)

    def fill(self, a: Attribution) -> Attribution:
        a.tokens = {role: self.tokens(getattr(a, role)) for role in ROLES}
        return a

    def words(self, fragments: list[tuple[int, int]], limit: int = 90) -> str:
        s = " … ".join(self.text[a:b] for a, b in sorted(fragments)).replace("\n", " ")
        return s if len(s) <= limit else s[: limit - 20] + " … " + s[-17:]

    def sentence(self, pos: int, end: int | None = None, limit: int = 320) -> str:
        """The sentence(s) of the parse from the one holding ``pos`` to the one holding ``end``."""
        if not self.sentences:
            return ""
        starts = [s for s, _ in self.sentences]
        i = max(0, bisect.bisect_right(starts, pos) - 1)
        j = max(i, bisect.bisect_right(starts, end if end is not None else pos) - 1)
        s = self.text[self.sentences[i][0] : self.sentences[j][1]].strip().replace("\n", " / ")
        return s if len(s) <= limit else s[: limit - 60] + " … " + s[-55:]


def _fragments(pos: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (p.split() for p in pos.split(";"))]


def _class(text: str, fragments: list[tuple[int, int]]) -> str:
    """quoted (every part between quotation marks), mixed (marks inside) or unquoted."""
    parts = [text[a:b].strip().rstrip(".,;:!?—–- ").strip() for a, b in fragments]
    parts = [p for p in parts if p]
    if parts and all(p.startswith(OPENING) and p.endswith(CLOSING) for p in parts):
        return "quoted"
    if any(m in p for p in parts for m in MARKS) or any("‘" in p for p in parts):
        return "mixed"
    return "unquoted"


def read_article(text_path: Path, ann_path: Path) -> Article:
    text = text_path.read_text(encoding="utf-8")
    words = list(WORD.finditer(text))
    date = re.search(r"_(\d{4}-\d\d-\d\d)_", text_path.name)
    art = Article(
        text_path.stem,
        text,
        date.group(1) if date else None,
        ann_path.stem.rsplit("_", 1)[-1],
        [m.start() for m in words],
        [m.end() for m in words],
    )
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, *_ = line.split("\t")
            label, pos = middle.split(" ", 1)
            spans[tid] = (label, _fragments(pos))
        elif line.startswith("E"):
            parts = line.split("\t")[1].split() if "\t" in line else []
            args: dict[str, list[str]] = defaultdict(list)
            for arg in parts:
                role, _, tid = arg.partition(":")
                args[role.rstrip("0123456789").lower()].append(tid)
            events.append(args)
    for args in events:
        frags = {
            role: [f for tid in args.get(role, []) if tid in spans for f in spans[tid][1]]
            for role in ROLES
        }
        if not frags["content"]:
            continue  # an Attribution with nothing tied to it
        a = art.fill(Attribution(frags["content"], frags["source"], frags["cue"]))
        a.kind = _class(text, frags["content"])
        art.gold.append(a)
    return art


def load(data: Path, annotator: str | None) -> list[Article]:
    """The articles, with one annotation each."""
    articles = []
    for text_path in sorted((data / "text").glob("*.txt")):
        anns = sorted((data / "attributions").glob(f"{text_path.stem}_*.ann"))
        anns = [a for a in anns if re.fullmatch(r"[0-9a-f]+", a.stem[len(text_path.stem) + 1 :])]
        if not anns:
            continue
        chosen = next((a for a in anns if annotator and a.stem.endswith(f"_{annotator}")), anns[0])
        articles.append(read_article(text_path, chosen))
        articles[-1].annotations = len(anns)
    return articles


# -- systems ------------------------------------------------------------------------------------
def run_detente(articles: list[Article]) -> tuple[list[list[Attribution]], dict]:
    """detente's attributions per article, and what it found besides (kinds, checks, notes)."""
    docs = analyzed_news((a.text, f"polnear:{a.name}", a.published) for a in articles)
    info: dict = {
        "kinds": Counter(),
        "notes": [],
        "shifted": 0,
        "speaker_mismatch": [],
        "according_cue": [],
        "merged": 0,
        "carried": 0,
        "speaker_space": [],
        "unmarked": [],  # per article: scare/title spans
    }
    out = []
    for art, doc in zip(articles, docs, strict=True):
        info["notes"] += [f"{art.name}: {n}" for n in doc.notes]
        if doc.text != art.text:
            info["shifted"] += 1
        groups: dict[tuple, Attribution] = {}
        preds: list[Attribution] = []
        last: tuple[Attribution, int, str] | None = None  # last direct quote: end, speaker
        unmarked = []
        for s in doc.layer("quotes"):
            info["kinds"][s.label] += 1
            if s.label not in KINDS:
                unmarked.append((s.start, s.end, s.label))
                continue
            d = s.data
            source = []
            if d.get("speaker_start") is not None and d.get("speaker_end") is not None:
                source = [(d["speaker_start"], d["speaker_end"])]
                words = art.text[d["speaker_start"] : d["speaker_end"]]
                if words != words.strip() or "\n" in words:
                    info["speaker_space"].append(f"{words!r} ({s.label})")
                if d.get("speaker_text") != art.text[d["speaker_start"] : d["speaker_end"]]:
                    info["speaker_mismatch"].append(
                        f"{d.get('speaker_text')!r} vs text "
                        f"{art.text[d['speaker_start'] : d['speaker_end']]!r}"
                    )
            cue = []
            if d.get("cue_start") is not None:
                m = WORD.match(art.text, d["cue_start"])
                # the cue's own extent where detente gives it ("according to"), else one word
                cue = [(d["cue_start"], d.get("cue_end") or (m.end() if m else d["cue_start"] + 1))]
                at = art.text[d["cue_start"] : d["cue_start"] + 9].lower()
                if d.get("cue") == "according to" and at != "according":
                    info["according_cue"].append(
                        f"cue_start at {art.text[cue[0][0] : cue[0][1]]!r} in "
                        f"{art.sentence(d['cue_start'])[:120]!r}"
                    )
            key = (d.get("cue_start"), d.get("speaker_start"))
            if key[0] is not None and key in groups:
                # the same cue and speaker: the other half of a quote split around its
                # attribution, or a quoted fragment inside its reported clause
                g = groups[key]
                g.content.append((s.start, s.end))
                if s.end - s.start > g.size:
                    g.kind, g.size = s.label, s.end - s.start  # the kind of the longest part
                art.fill(g)
                info["merged"] += 1
                if s.label == "direct":
                    last = (g, s.end, d.get("speaker") or "")
                continue
            if (
                s.label == "direct"
                and key[0] is None
                and d.get("speaker")
                and last is not None
                and last[2] == d["speaker"]
                and "\n" not in art.text[last[1] : s.start]
            ):
                # the speaker goes on in the same paragraph (detente carries the speaker over,
                # without offsets): PolNeAR makes it one attribution with the quote before
                last[0].content.append((s.start, s.end))
                art.fill(last[0])
                info["carried"] += 1
                last = (last[0], s.end, last[2])
                continue
            a = art.fill(Attribution([(s.start, s.end)], source, cue, kind=s.label))
            a.detail, a.size = d.get("cue") or "", s.end - s.start
            a.speaker = d.get("speaker") or ""
            if key[0] is not None:
                groups[key] = a
            preds.append(a)
            if s.label == "direct":
                last = (a, s.end, d.get("speaker") or "")
        info["unmarked"].append(unmarked)
        out.append(preds)
    return out, info


def run_textacy(nlp, articles: list[Article], parsed: list) -> tuple[list[list[Attribution]], dict]:
    from textacy.extract.triples import direct_quotations

    info = {"split": 0, "skipped_paragraphs": 0, "merged": 0}
    out = []
    for art, doc in zip(articles, parsed, strict=True):
        triples = []
        try:
            triples = [(0, t) for t in direct_quotations(doc)]
        except ValueError:  # an odd number of quotation marks in the text
            info["split"] += 1
            pos = 0
            for par in art.text.split("\n"):
                if par.strip():
                    try:
                        triples += [(pos, t) for t in direct_quotations(nlp(par))]
                    except ValueError:
                        info["skipped_paragraphs"] += 1
                pos += len(par) + 1
        preds = []
        groups: dict[tuple, Attribution] = {}
        for off, t in triples:
            content = (t.content.start_char + off, t.content.end_char + off)
            source = [(tok.idx + off, tok.idx + len(tok.text) + off) for tok in t.speaker]
            cue = [(tok.idx + off, tok.idx + len(tok.text) + off) for tok in t.cue]
            key = (tuple(source), tuple(cue))
            if key in groups:  # both halves of a split quote, as for detente
                groups[key].content.append(content)
                art.fill(groups[key])
                info["merged"] += 1
                continue
            groups[key] = art.fill(Attribution([content], source, cue, kind="direct"))
            preds.append(groups[key])
        out.append(preds)
    return out, info


# -- scoring ------------------------------------------------------------------------------------
def jaccard(a: Tokens, b: Tokens) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def match(gold: list[Tokens], pred: list[Tokens]) -> list[tuple[int, int]]:
    """One-to-one overlap matching, largest Jaccard first: (gold index, pred index) pairs."""
    pairs = sorted(
        (-jaccard(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if g & p
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


@dataclass
class RoleTally:
    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0
    shared: int = 0  # tokens (citron's proportional overlap)
    gold_tokens: int = 0
    pred_tokens: int = 0


@dataclass
class QuoteTally:  # citron's per-attribution exact metrics: tp, fp, fn per role
    counts: dict[str, list[int]] = field(
        default_factory=lambda: {r: [0, 0, 0] for r in ("cue", "source", "content", "all")}
    )


def score_roles(articles: list[Article], preds: list[list[Attribution]]) -> dict[str, RoleTally]:
    out = {role: RoleTally() for role in ROLES}
    for art, pred in zip(articles, preds, strict=True):
        for role in ROLES:
            t = out[role]
            g = list(dict.fromkeys(x.tokens[role] for x in art.gold if x.tokens[role]))
            p = list(dict.fromkeys(x.tokens[role] for x in pred if x.tokens[role]))
            t.gold += len(g)
            t.pred += len(p)
            t.exact += len(set(g) & set(p))
            t.overlap += len(match(g, p))
            t.shared += sum(len(a & b) for a in g for b in p)
            t.gold_tokens += sum(map(len, g))
            t.pred_tokens += sum(map(len, p))
    return out


def score_quotes(articles: list[Article], preds: list[list[Attribution]]) -> QuoteTally:
    t = QuoteTally()

    def same(role: str, g: Attribution, p: Attribution) -> bool:
        if role == "cue":
            return bool(g.tokens["cue"]) and g.tokens["cue"] == p.tokens["cue"]
        if role == "all":
            return all(same(r, g, p) for r in ROLES)
        return bool(g.tokens["cue"] & p.tokens["cue"]) and g.tokens[role] == p.tokens[role]

    for art, pred in zip(articles, preds, strict=True):
        for role, c in t.counts.items():
            for p in pred:
                if any(same(role, g, p) for g in art.gold):
                    c[0] += 1
                else:
                    c[1] += 1
            c[2] += sum(1 for g in art.gold if not any(same(role, g, p) for p in pred))
    return t


def recall_by_class(
    articles: list[Article], preds: list[list[Attribution]]
) -> dict[str, tuple[int, int, int, Counter[str]]]:
    """Per gold content class: gold count, matched exactly, matched by overlap, and the kinds
    of the predictions that matched (overlap)."""
    out: dict[str, list] = {c: [0, 0, 0, Counter()] for c in CLASSES}
    for art, pred in zip(articles, preds, strict=True):
        g = [x.tokens["content"] for x in art.gold]
        p = [x.tokens["content"] for x in pred]
        pairs = dict(match(g, p))
        for gi, a in enumerate(art.gold):
            row = out[a.kind]
            row[0] += 1
            row[1] += any(a.tokens["content"] == x for x in p)
            if gi in pairs:
                row[2] += 1
                row[3][pred[pairs[gi]].kind] += 1
    return {c: tuple(v) for c, v in out.items()}


def precision_by_kind(
    articles: list[Article], preds: list[list[Attribution]]
) -> dict[str, tuple[int, int, int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for art, pred in zip(articles, preds, strict=True):
        g = [x.tokens["content"] for x in art.gold]
        p = [x.tokens["content"] for x in pred]
        matched = {pi for _, pi in match(g, p)}
        for pi, a in enumerate(pred):
            row = out[a.kind]
            row[0] += 1
            row[1] += a.tokens["content"] in g
            row[2] += pi in matched
    return {k: tuple(v) for k, v in out.items()}


# -- error patterns -----------------------------------------------------------------------------
@dataclass
class Error:
    pattern: str
    note: str  # a short tag for the examples column (a cue lemma, a kind)
    example: str  # gold vs detente, with the sentence


def _cue_token(parsed, fragments: list[tuple[int, int]]):
    """The head word of a cue in the parse: its first verb, else its first auxiliary, else its
    first word ("according" of "according to", "statement" of "in a statement")."""
    toks = [t for a, b in fragments for t in parsed.char_span(a, b, alignment_mode="expand") or ()]
    if not toks:
        return None
    tok = next((t for t in toks if t.pos_ == "VERB"), None)
    return tok or next((t for t in toks if t.pos_ == "AUX"), toks[0])


def _structure(tok, content: list[tuple[int, int]]) -> str:
    """How the parse ties a cue verb to the gold content: what a rule would have to follow."""
    sent = tok.sent
    lo, hi = min(a for a, _ in content), max(b for _, b in content)
    if hi <= sent.start_char or lo >= sent.end_char:
        return "content in another sentence"
    deps = {c.dep_ for c in tok.children}
    subject = deps & {"nsubj", "nsubjpass", "csubj", "agent"}
    if tok.dep_ == "parataxis" and tok.head.idx < tok.idx:
        return "'..., X said' parsed as parataxis of the content"
    if "ccomp" in deps or (tok.dep_ in ("parataxis", "ccomp") and tok.head.idx > tok.idx):
        return "that-clause (ccomp)" + ("" if subject else ", verb without subject")
    if tok.dep_ in ("ccomp", "conj", "advcl", "xcomp", "relcl", "acl", "pcomp") and not subject:
        return f"verb without subject ({tok.dep_}: 'in saying', 'who said', a conjunct)"
    if "dobj" in deps:
        return "content is a noun phrase (object)"
    if deps & {"xcomp", "prep", "advcl"}:
        return "content is an infinitive or prepositional phrase"
    return "other structure"


def _describe(art: Article, a: Attribution | None, who: str) -> str:
    if a is None:
        return f"{who}: nothing"
    src = (
        art.words(a.source, 40)
        if a.source
        else (f"({a.speaker}, no offsets)" if a.speaker else "-")
    )
    cue = art.words(a.cue, 30) if a.cue else "-"
    kind = f" {a.kind}" if who == "detente" else f" ({a.kind})"
    return f"{who}{kind} «{art.words(a.content)}» src «{src}» cue «{cue}»"


def _shape(g: Tokens, p: Tokens) -> str:
    if p < g:
        return "shorter"
    if p > g:
        return "longer"
    return "shifted"


def _nyt(art: Article, a: Attribution) -> bool:
    """Quoted with two apostrophes ('' ... ''), as the NYT archive writes quotation marks."""
    return any("''" in art.text[x:y] for x, y in a.content)


def _unattributed(art: Article, doc, a: Attribution) -> str:
    """Why a direct quote got no cue and no speaker: what follows its closing mark."""
    from detente.quotes.model import SPEECH_VERBS

    end = max(y for _, y in a.content)
    rest = art.text[end : end + 4].lstrip("\"”’' ")
    if rest[:1] in ("―", "—", "–", "-"):
        return "a dash attribution after the quote ('“...” ― Name')"
    starts = [x for x, _ in art.sentences]
    i = bisect.bisect_left(starts, end)
    asks = any(c in "?!" for c in art.text[max(0, end - 2) : end])
    if asks and i < len(starts) and starts[i] - end <= 3:
        nxt = doc.char_span(*art.sentences[i], alignment_mode="expand")
        if (
            nxt is not None
            and len(nxt) <= 12
            and any(t.lemma_.lower() in SPEECH_VERBS for t in nxt)
        ):
            return "a '?' or '!' quote: spaCy makes 'X asked.' a sentence of its own"
    return "no attribution next to it (a run of quotes, a transcript, a title in between)"


def _other_gold(art: Article, ga: Attribution, tokens: Tokens) -> str:
    """The role of another gold attribution that ``tokens`` overlap ("" when none)."""
    for x in art.gold:
        if x is not ga:
            for role in ("cue", "source", "content"):
                if x.tokens[role] & tokens:
                    return role
    return ""


PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


def _missed(art: Article, doc, ga: Attribution, marks, pred, p) -> tuple[str, str]:
    """Why detente has no content for a gold attribution: a pattern and a note (cue lemma)."""
    from detente.quotes.model import SPEECH_VERBS

    marked = [lab for s, e, lab in marks if art.tokens([(s, e)]) & ga.tokens["content"]]
    if ga.kind != "unquoted" and _nyt(art, ga):
        return "quoted with '' (the NYT archive's marks), not read as quotation marks", ""
    if marked:
        return f"detente marked it a {marked[0]} quote", marked[0]
    taken = [pi for pi, x in enumerate(p) if x & ga.tokens["content"]]
    if taken:
        return "its detente content went to another gold attribution", pred[taken[0]].kind
    tok = _cue_token(doc, ga.cue)
    if tok is None:
        return "gold has no cue", ""
    lemma = tok.lemma_.lower()
    if lemma == "according":
        return "cue 'according to' not found", lemma
    if tok.pos_ not in ("VERB", "AUX"):
        return "cue is not a verb (a noun, a colon, 'in', 'for')", lemma
    how = _structure(tok, ga.content)
    if lemma not in SPEECH_VERBS:
        return f"cue verb not in detente's speech verbs; {how}", lemma
    return f"speech-verb cue; {how}", lemma


def errors(
    articles: list[Article],
    preds: list[list[Attribution]],
    parsed: list,
    unmarked: list[list[tuple[int, int, str]]],
) -> list[Error]:
    out: list[Error] = []
    for art, pred, doc, marks in zip(articles, preds, parsed, unmarked, strict=True):
        g = [x.tokens["content"] for x in art.gold]
        p = [x.tokens["content"] for x in pred]
        by_gold = dict(match(g, p))
        matched_pred = set(by_gold.values())
        for gi, ga in enumerate(art.gold):
            first = min(s for s, _ in ga.content + ga.cue)
            last = max(e for _, e in ga.content + ga.cue)
            if gi not in by_gold:
                why, note = _missed(art, doc, ga, marks, pred, p)
                out.append(
                    Error(
                        f"content missed ({ga.kind}): {why}",
                        note,
                        f"{_describe(art, ga, 'gold')} | detente: nothing | "
                        f"«{art.sentence(first, last)}»",
                    )
                )
                continue
            pa = pred[by_gold[gi]]
            first = min(first, *(s for s, _ in pa.content + pa.cue + pa.source))
            last = max(last, *(e for _, e in pa.content + pa.cue + pa.source))
            example = (
                f"{_describe(art, ga, 'gold')} | {_describe(art, pa, 'detente')} | "
                f"«{art.sentence(first, last)}»"
            )
            gc, pc = ga.tokens["content"], pa.tokens["content"]
            if gc != pc:
                shape = _shape(gc, pc)
                diff = [art.text[art.starts[i] : art.ends[i]].lower() for i in sorted(gc ^ pc)]
                extra = ""
                if ga.kind != "unquoted" and _nyt(art, ga):
                    extra = ": quoted with '' (NYT archive), not read as quotation marks"
                elif diff == ["that"]:
                    extra = ": only the leading 'that'"
                elif pa.detail == "according to" and shape == "longer":
                    extra = ": the 'according to X' phrase inside the content"
                elif shape != "shorter" and (pa.tokens["source"] | pa.tokens["cue"]) & pc:
                    extra = ": it runs over its own attribution ('A, X said, B' as one span)"
                elif shape == "longer" and (gc_other := _other_gold(art, ga, pc)):
                    extra = f": it takes in another gold attribution's {gc_other}"
                elif pa.kind == "partial" and ga.kind == "mixed" and shape == "shorter":
                    extra = ": the quoted words only, gold has the clause around them"
                elif shape == "shorter" and pa.kind == "indirect":
                    extra = ": a conjunct or sub-clause of the gold content"
                elif shape == "shorter" and len(pa.content) < len(ga.content):
                    extra = ": fewer quoted pieces than gold"
                out.append(
                    Error(
                        f"content boundary: detente {pa.kind} {shape} than gold ({ga.kind}){extra}",
                        pa.detail or pa.kind,
                        example,
                    )
                )
            gs, ps = ga.tokens["source"], pa.tokens["source"]
            words = [art.text[art.starts[i] : art.ends[i]].lower() for i in sorted(ps)]
            if gs and not ps and pa.speaker and not pa.cue:
                # detente carried a speaker over from an earlier quote (no offsets): right?
                names = {w.lower() for w in WORD.findall(pa.speaker)}
                gold_words = [art.text[art.starts[i] : art.ends[i]] for i in sorted(gs)]
                if names & {w.lower() for w in gold_words if w[:1].isupper()}:
                    out.append(Error("source not scored: the right speaker carried over "
                                     "from a paragraph before (no offsets)", "", example))  # fmt: skip
                else:
                    why = _unattributed(art, doc, pa).split(" (")[0]
                    out.append(
                        Error(
                            "source wrong: a speaker carried over from an earlier quote, "
                            f"the gold names another ({why})",
                            f"{pa.speaker} for {' '.join(gold_words)}",
                            example,
                        )
                    )
            elif gs and not ps:
                why = "a cue but no subject" if pa.cue else "no cue either"
                if not pa.cue and pa.kind == "direct":
                    why += ": " + _unattributed(art, doc, pa)
                out.append(Error(f"source missing: detente {pa.kind} has {why}", pa.kind, example))
            elif ps and not gs:
                out.append(Error("source extra: gold attribution has no source", pa.kind, example))
            elif gs and ps and not gs & ps:
                if ps & gc:
                    why = "detente's speaker is inside the gold content (a nested report)"
                elif len(words) == 1 and words[0] in PRONOUNS:
                    why = "detente's is a pronoun, gold's a name or noun phrase elsewhere"
                else:
                    why = "another noun phrase"
                out.append(Error(f"source wrong: {why}", pa.detail or pa.kind, example))
            elif gs != ps:
                extra = gs - ps
                if not extra:
                    where = "detente's longer"
                elif min(extra) > max(ps):
                    where = "gold adds words after (appositive, '(R-Ind.)', 'of X')"
                elif max(extra) < min(ps):
                    where = "gold adds words before (title, determiner)"
                else:
                    where = "shifted"
                out.append(Error(f"source boundary: {where}", pa.kind, example))
            gq, pq = ga.tokens["cue"], pa.tokens["cue"]
            gwords = " ".join(art.text[art.starts[i] : art.ends[i]] for i in sorted(gq))
            if gq and not pq:
                out.append(Error("cue missing (detente has a speaker but no cue)" if ps
                                 else "cue missing", gwords, example))  # fmt: skip
            elif gq and pq and not gq & pq:
                if pa.detail == "according to":
                    why = "'according to' with cue_start at the speaker"
                elif pq & gc:
                    why = "detente's verb is inside the gold content (a nested report)"
                else:
                    why = "another verb"
                out.append(Error(f"cue wrong: {why}", pa.detail, example))
            elif gq != pq and gq:
                out.append(Error("cue boundary: gold cue has more words", gwords, example))
        for pi, pa in enumerate(pred):
            if pi in matched_pred:
                continue
            first = min(s for s, _ in pa.content + pa.cue)
            last = max(e for _, e in pa.content + pa.cue)
            near = [x for x in art.gold for r in ROLES if x.tokens[r] & pa.tokens["content"]]
            if any(x.tokens["content"] & pa.tokens["content"] for x in near):
                why = "a second detente content inside one gold content"
            elif near:
                why = "overlaps a gold source or cue only"
            else:
                why = "no gold attribution there"
            tok = _cue_token(doc, pa.cue) if pa.cue else None
            out.append(
                Error(
                    f"spurious {pa.kind}: {why}",
                    tok.lemma_.lower() if tok is not None else "(no cue)",
                    f"gold: nothing | {_describe(art, pa, 'detente')} | "
                    f"«{art.sentence(first, last)}»",
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument(
        "--annotator", help="for the articles annotated several times, this annotator's gold"
    )
    parser.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=15,
        default=0,
        help="list detente's N commonest error patterns (default 15)",
    )
    parser.add_argument("--examples", type=int, default=2, help="examples per error pattern")
    args = parser.parse_args(argv)

    if not (args.data / "text").is_dir() or not (args.data / "attributions").is_dir():
        print(
            f"PolNeAR data not found at {args.data} (expected text/*.txt and "
            "attributions/*.ann); skipping."
        )
        return 0
    articles = load(args.data, args.annotator)
    if args.limit:
        articles = articles[: args.limit]
    if not articles:
        print(f"no annotated articles under {args.data}; skipping.")
        return 0

    import spacy

    from detente import nlp as detente_nlp

    try:
        import textacy
    except ImportError:
        textacy = None

    model = detente_nlp.spacy_model()
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    parsed = list(nlp.pipe([a.text for a in articles], batch_size=16))
    for art, doc in zip(articles, parsed, strict=True):
        art.sentences = [(s.start_char, s.end_char) for s in doc.sents]
    t_parse = time.perf_counter() - t0
    preds: dict[str, list[list[Attribution]]] = {}
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    preds["detente"], dinfo = run_detente(articles)
    timings["detente"] = time.perf_counter() - t0
    tinfo: dict = {}
    if textacy is not None:
        t0 = time.perf_counter()
        preds["textacy"], tinfo = run_textacy(nlp, articles, parsed)
        timings["textacy"] = time.perf_counter() - t0 + t_parse
    systems = list(preds)

    cmd = "python benchmarks/quotes_polnear.py " + " ".join(sys.argv[1:] if argv is None else argv)
    gold_all = [g for a in articles for g in a.gold]
    several = [a for a in articles if a.annotations > 1]
    no_word_cue = sum(1 for g in gold_all if g.cue and not g.tokens["cue"])
    print(f"command: {cmd.strip()}")
    print(f"detente: {revision()}")
    print(
        f"data: {args.data}  articles: {len(articles)}  words: {sum(len(a.starts) for a in articles)}"
        f"  model: {model} {nlp.meta.get('version', '')} (spaCy {spacy.__version__})"
        + (f"  textacy {textacy.__version__}" if textacy is not None else "")
    )
    print(
        f"gold: {len(gold_all)} attributions ("
        + ", ".join(f"{c} {sum(1 for g in gold_all if g.kind == c)}" for c in CLASSES)
        + f"; {sum(1 for g in gold_all if not g.source)} without a source, {no_word_cue} whose "
        "cue is only punctuation (a transcript's 'NAME:', a dash), not scored as a cue); "
        + (
            f"{len(several)} article(s) annotated by "
            + ", ".join(f"{a.annotations} annotators (gold: {a.annotator})" for a in several)
            + (" as asked" if args.annotator else ", the first by id")
            if several
            else "one annotation per article"
        )
    )
    print(
        "time: "
        + ", ".join(f"{s} {timings[s]:.1f}s" for s in systems)
        + " (detente: registry + load + analyze"
        + ("; textacy: load + parse + extract)" if "textacy" in timings else ")")
    )
    if textacy is None:
        print(
            "textacy is not installed: its baseline is skipped (pip install -e '.[bench]'); "
            "scoring detente only."
        )
    else:
        print(
            f"textacy: {tinfo['split']} article(s) with an odd number of quotation marks run "
            f"paragraph by paragraph, {tinfo['skipped_paragraphs']} paragraph(s) skipped; "
            f"{tinfo['merged']} quotes merged into the attribution with the same speaker and cue"
        )
    print(
        "detente quotes: "
        + ", ".join(f"{k} {dinfo['kinds'][k]}" for k in (*KINDS, "scare", "title"))
        + f"; merged into an attribution: {dinfo['merged']} with the cue and speaker offsets of "
        f"another (split halves, quoted fragments of a reported clause), {dinfo['carried']} "
        "whose speaker detente carried over from the quote before in the paragraph"
    )
    checks = []
    if dinfo["shifted"]:
        checks.append(f"{dinfo['shifted']} document text(s) changed by analysis (offsets off)")
    if dinfo["speaker_mismatch"]:
        checks.append(
            f"{len(dinfo['speaker_mismatch'])} speaker_text != text[speaker_start:speaker_end], "
            f"e.g. {dinfo['speaker_mismatch'][0]}"
        )
    if dinfo["speaker_space"]:
        checks.append(
            f"{len(dinfo['speaker_space'])} speaker spans with white space at an edge or a line "
            f"break inside, e.g. {', '.join(dinfo['speaker_space'][:3])}"
        )
    if dinfo["according_cue"]:
        checks.append(
            f"{len(dinfo['according_cue'])} 'according to' quotes whose cue_start is not at "
            f"'according' (it points at the speaker), e.g. {dinfo['according_cue'][0]}"
        )
    for c in checks:
        print(f"detente check: {c}")
    if dinfo["notes"]:
        print(f"detente notes ({len(dinfo['notes'])}): " + "; ".join(dinfo["notes"][:5]))
    print()

    roles = {s: score_roles(articles, preds[s]) for s in systems}
    print("Per role, over the distinct spans of each role (word tokens, marks ignored):\n")
    print(
        "| system  | role    | gold | pred | exact P | exact R | exact F1 | overlap P "
        "| overlap R | overlap F1 | token P | token R | token F1 |"
    )
    print(
        "|---------|---------|-----:|-----:|--------:|--------:|---------:|----------:"
        "|----------:|-----------:|--------:|--------:|---------:|"
    )
    for s in systems:
        for role in ROLES:
            t = roles[s][role]
            ep, er, ef = prf(t.exact, t.pred, t.gold)
            op, orr, of = prf(t.overlap, t.pred, t.gold)
            tp, tr, tf = prf(t.shared, t.pred_tokens, t.gold_tokens)
            print(
                f"| {s:<7} | {role:<7} | {t.gold:>4} | {t.pred:>4} |  {ep:.3f}  |  {er:.3f}  |"
                f"  {ef:.3f}   |   {op:.3f}   |   {orr:.3f}   |   {of:.3f}    |  {tp:.3f}  |"
                f"  {tr:.3f}  |  {tf:.3f}   |"
            )
    print(
        "\noverlap: one-to-one, at least one shared token; token: citron's proportional overlap "
        "(shared tokens / predicted tokens, / gold tokens). detente's cue is one word (at "
        "cue_start); PolNeAR's can be several ('has learned', 'according to')."
    )

    quotes = {s: score_quotes(articles, preds[s]) for s in systems}
    print("\nPer attribution, citron's definitions (exact spans; source and content need an")
    print("overlapping cue), F1 in % with P/R:\n")
    print("| system | attributions | cue | source | content | all spans |")
    print("|--------|-------------:|----:|-------:|--------:|----------:|")
    for s in systems:
        cells = []
        for role in ("cue", "source", "content", "all"):
            tp, fp, fn = quotes[s].counts[role]
            p, r, f = prf(tp, tp + fp, tp + fn)
            cells.append(f"{100 * f:.1f} ({100 * p:.0f}/{100 * r:.0f})")
        print(
            f"| {s} | {len(gold_all)} gold, {sum(map(len, preds[s]))} pred | "
            + " | ".join(cells)
            + " |"
        )
    a = ANCHOR["exact"]
    print(
        f"| *citron, PARC 3.0 test (published; another corpus)* | - | {a['cue']} | {a['source']} "
        f"| {a['content']} | {a['all']} |"
    )
    o = ANCHOR["overlap"]
    print(
        f"\npublished anchor: BBC citron (en_2021-11-15) on PARC 3.0 test, exact F1 source "
        f"{a['source']}, content {a['content']}, all spans {a['all']}; token overlap F1 source "
        f"{o['source']}, content {o['content']}. Different corpus (WSJ 1989, PARC 3.0 scheme), "
        "a trained model: a reference line, not a like-for-like comparison."
    )

    print("\nContent recall per gold class (quoted: all between quotation marks; mixed: a")
    print("quote inside reported speech; unquoted: indirect speech):\n")
    print("| system  | gold class | gold | exact R | overlap R | matched by (overlap) |")
    print("|---------|------------|-----:|--------:|----------:|----------------------|")
    for s in systems:
        rec = recall_by_class(articles, preds[s])
        for c in CLASSES:
            n, ex, ov, by = rec[c]
            print(
                f"| {s:<7} | {c:<10} | {n:>4} | {ex / n if n else 0:>7.3f} | "
                f"{ov / n if n else 0:>9.3f} | "
                + (", ".join(f"{k} {v}" for k, v in by.most_common()) or "-")
                + " |"
            )
    print("\ndetente's content precision per kind:\n")
    print("| kind     | pred | exact P | overlap P |")
    print("|----------|-----:|--------:|----------:|")
    prec = precision_by_kind(articles, preds["detente"])
    for k in KINDS:
        n, ex, ov = prec.get(k, (0, 0, 0))
        print(f"| {k:<8} | {n:>4} | {ex / n if n else 0:>7.3f} | {ov / n if n else 0:>9.3f} |")

    if args.errors:
        errs = errors(articles, preds["detente"], parsed, dinfo["unmarked"])
        patterns: Counter[str] = Counter(e.pattern for e in errs)
        notes: dict[str, Counter[str]] = defaultdict(Counter)
        examples: dict[str, list[str]] = defaultdict(list)
        for e in errs:
            if e.note:
                notes[e.pattern][e.note] += 1
            examples[e.pattern].append(e.example)
        print(
            f"\ndetente: {args.errors} commonest error patterns of {len(errs)} (gold and detente "
            "attributions aligned by content overlap; one error per role)\n"
        )
        print("| n | pattern | most frequent (cue lemma / kind) |")
        print("|--:|---------|----------------------------------|")
        top = patterns.most_common(args.errors)
        for pattern, n in top:
            common = ", ".join(f"{k} {v}" for k, v in notes[pattern].most_common(6))
            print(f"| {n} | {pattern} | {common.replace('|', '/')} |")
        if args.examples:
            print("\nexamples (gold vs detente | the sentence):")
            for pattern, n in top:
                print(f"\n- {pattern} ({n})")
                exs = examples[pattern]
                step = max(1, len(exs) // args.examples)  # spread over the corpus
                for ex in exs[::step][: args.examples]:
                    print(f"    - {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
