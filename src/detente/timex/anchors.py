"""Dates counted from events: "the day after Russia attacked Ukraine", "a week since the fighting
started", "two days before the vote", "on the eve of Xi's visit".

An event clause gets its date, in this order, from
  1. the document itself: a sentence that states the event with a full date ("Russia invaded
     Ukraine on 24 February 2022") or a duration counted from now ("It has been a week since the
     fighting started": the publication date minus a week);
  2. a small table of well-known events (``data/time/events.toml``, extensible with
     ``NAME.events.toml`` files), used only for documents published after the event.
A clause with no date found stays as it is: nothing is guessed.

What is found: the anchored expression as one DATE timex (anchor ``event``, ``event`` = the
clause) and, for clauses after "since", "after", "before", "following" whose date is known, an
``EVENT`` span on the clause (what later stages, such as event coding, can use).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.timex import values as V
from detente.timex.model import Context, Timex

I = re.IGNORECASE  # noqa: E741


@dataclass(frozen=True, slots=True)
class KnownEvent:
    id: str
    date: str
    name: str
    patterns: dict[str, tuple[re.Pattern[str], ...]]


def _load(text: str, origin: str) -> list[KnownEvent]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from detente.errors import ConfigError

        raise ConfigError(f"{origin}: not valid TOML ({exc}); fix the file or remove it") from exc
    out = []
    for item in data.get("event", []):
        try:
            V.Ref.parse(item["date"]) or (_ for _ in ()).throw(ValueError(item["date"]))
            pats = {
                lang: tuple(re.compile(p, I) for p in item.get(lang, ()))
                for lang in ("en", "ru", "zh")
            }
            out.append(KnownEvent(item["id"], item["date"], item.get("name", item["id"]), pats))
        except (KeyError, re.error, ValueError) as exc:
            from detente.errors import ConfigError

            raise ConfigError(
                f"{origin}: event {item.get('id', '?')!r} is incomplete or has a bad pattern "
                f"({type(exc).__name__}: {exc}); each [[event]] needs id, date (YYYY-MM-DD) and "
                "patterns per language (en/ru/zh)"
            ) from exc
    return out


@lru_cache(maxsize=8)
def known_events(extra_files: tuple[str, ...] = ()) -> tuple[KnownEvent, ...]:
    """The shipped table of well-known events, plus the user's files."""
    text = resources.files("detente.data").joinpath("time/events.toml").read_text("utf-8")
    events = _load(text, "detente/data/time/events.toml")
    for path in extra_files:
        events += _load(Path(path).read_text("utf-8"), path)
    return tuple(events)


# ---------------------------------------------------------------- clause signatures


_STOP = set(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "that",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "he",
        "she",
        "they",
        "we",
        "who",
        "which",
        "as",
        "from",
        "into",
        "than",
        "then",
        "also",
        "said",
        "says",
        "say",
        "would",
        "will",
        "could",
    ]
)
# different words for the same kind of event, so "attacked" finds "invaded"
_SAME = {
    "invad": "attack", "invas": "attack", "assault": "attack", "offens": "attack",
    "strike": "attack", "struck": "attack", "attack": "attack", "start": "begin",
    "began": "begin", "begun": "begin", "launch": "begin", "meet": "meet", "met": "meet",
    "talk": "meet", "summit": "meet", "visit": "visit", "trip": "visit", "sign": "sign",
    "signatur": "sign", "annex": "annex", "annexat": "annex",
}  # fmt: skip


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def signature(text: str) -> frozenset[str]:
    words = [w for w in re.findall(r"[a-z][a-z'-]+", text.lower()) if w not in _STOP]
    stems = _stemmer().stemWords([w.removesuffix("'s") for w in words])
    return frozenset(_SAME.get(s, s) for s in stems if len(s) > 2)


def _overlap(clause: frozenset[str], sentence: frozenset[str]) -> float:
    if len(clause) < 2:
        return 0.0
    shared = clause & sentence
    return len(shared) / len(clause) if len(shared) >= 2 else 0.0


# ---------------------------------------------------------------- English patterns

_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
)
_HEAD_EN = re.compile(
    r"\b(?P<head>the\s+(?P<u1>day|week|month|year|morning|evening|night|weekend)"
    rf"|(?P<n>{_NUM})\s+(?P<u2>days?|weeks?|months?|years?|hours?)"
    r"|(?:the\s+)?eve|(?:just\s+)?(?:hours|days|weeks|months)"
    r"|the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+anniversary)"
    r"\s+(?P<rel>after|before|following|since|ahead\s+of|prior\s+to|of)\s+",
    I,
)
_PREP_EN = re.compile(r"\b(?P<rel>since|after|before|following|until|ahead\s+of|prior\s+to)\s+", I)
_CLAUSE_END = re.compile(
    r"[,.;:!?()\u2014\"\u201c\u201d]|\s(?:and|but|when|while|as|because|with|in\s+which|where"
    r"|amid|despite)\s|\s(?:on|in)\s+(?=[A-Z\d])",
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip


def _clause(text: str, start: int) -> tuple[int, int]:
    m = _CLAUSE_END.search(text, start, min(len(text), start + 160))
    end = m.start() if m else min(len(text), start + 160)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _date_of(value: str) -> dt.date:
    parts = value[:10].split("-")
    return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)  # fmt: skip


@dataclass(slots=True)
class _Known:
    value: str
    precision: str
    how: str  # stated, since, known
    name: str | None = None
    end: int | None = None  # where in the clause the known event's pattern stopped matching


class Anchors:
    """The event dates one document gives or implies, and the table of known events."""

    def __init__(self, text: str, language: str, found: list[Timex], ctx: Context,
                 extra: tuple[str, ...] = ()) -> None:  # fmt: skip
        self.text = text
        self.language = language
        self.ctx = ctx
        self.known = known_events(extra)
        # (signature, date, sentence bounds): a clause is never dated by its own sentence
        self.stated: list[tuple[frozenset[str], _Known, tuple[int, int]]] = []
        if language == "en":
            self._stated_sentences(found)

    def _stated_sentences(self, found: list[Timex]) -> None:
        for t in found:
            if t.type != "DATE" or t.anchor is not None or t.precision != "day" or not t.value:
                continue
            lo = max(self.text.rfind(". ", 0, t.start), self.text.rfind("\n", 0, t.start)) + 1
            hi_dot = self.text.find(". ", t.end)
            hi = len(self.text) if hi_dot < 0 else hi_dot
            sentence = self.text[lo : t.start] + " " + self.text[t.end : hi]
            self.stated.append((signature(sentence), _Known(t.value, "day", "stated"), (lo, hi)))

    def learn(self, clause: str, value: str, precision: str, how: str) -> None:
        self.stated.append((signature(clause), _Known(value, precision, how), (-1, -1)))

    def date_of(self, clause: str, at: int = -1) -> _Known | None:
        """The date of the event ``clause`` (at offset ``at``) speaks of, if the document or
        the table gives it."""
        if self.language == "en":
            sig = signature(clause)
            best = max(
                ((_overlap(sig, s), k) for s, k, (lo, hi) in self.stated if not lo <= at < hi),
                key=lambda x: x[0],
                default=(0.0, None),
            )
            if best[0] >= 0.6 and best[1] is not None:
                return best[1]
        ref = self.ctx.ref
        for ev in self.known:
            if ref is not None and ev.date > ref.date.isoformat():
                continue
            for p in ev.patterns.get(self.language, ()):
                m = p.search(clause)
                if m:
                    end = m.end()
                    while end < len(clause) and clause[end].isalnum():
                        end += 1  # the pattern may stop inside a word ("ukrain")
                    return _Known(ev.date, "day", "known", ev.name, end)
        return None


def _shift(base: str, n: int, unit: str, sign: int) -> tuple[str, str]:
    d = _date_of(base)
    if unit in ("day", "night", "morning", "evening"):
        return (d + dt.timedelta(days=sign * n)).isoformat(), "day"
    if unit in ("week", "weekend"):
        return (d + dt.timedelta(weeks=sign * n)).isoformat(), "day"
    if unit == "hour":
        return d.isoformat(), "day"
    return V.shift(d, sign * n, unit)


def _overlaps(t: Timex, s: int, e: int) -> bool:
    return t.start < e and s < t.end


def resolve(text: str, language: str, found: list[Timex], ctx: Context,
            extra: tuple[str, ...] = ()) -> list[Timex]:  # fmt: skip
    """``found`` with event-anchored expressions resolved and event clauses dated."""
    if language != "en":
        return _resolve_known_only(text, language, found, ctx, extra)
    anchors = Anchors(text, language, found, ctx, extra)
    out = list(found)
    # 1. "a week since the fighting started" (said now): the clause is a week before now
    for t in found:
        if t.type != "DURATION" or not t.value or not re.fullmatch(r"P\d+[DWMY]", t.value):
            continue
        m = re.match(r"\s+(?:now\s+)?since\s+", text[t.end : t.end + 12], I)
        if not m or ctx.ref is None:
            continue
        cs, ce = _clause(text, t.end + m.end())
        if ce - cs < 4 or any(_overlaps(x, cs, ce) for x in found):
            continue
        n, letter = int(t.value[1:-1]), t.value[-1]
        unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[letter]
        if not ctx.ref.knows(V.UNITS[unit][1] if unit != "week" else "day"):
            continue
        value, precision = _shift(ctx.ref.date.isoformat(), n, unit, -1)
        anchors.learn(text[cs:ce], value, precision, "since")
        out.append(Timex(cs, ce, "EVENT", value, precision, anchor="published",
                         rule="since-duration", event=text[cs:ce]))  # fmt: skip
    # 2. "the day after <clause>", "two weeks before <clause>", "the eve of <clause>"
    taken = [(x.start, x.end) for x in out if x.type == "EVENT"]
    for m in _HEAD_EN.finditer(text):
        cs, ce = _clause(text, m.end())
        if ce - cs < 4 or any(s < ce and cs < e for s, e in taken):
            continue
        if any(_overlaps(x, cs, ce) and x.type in ("DATE", "TIME") for x in found):
            continue  # "the day after February 24": the date rules handle it
        known = anchors.date_of(text[cs:ce], cs)
        if known is None:
            continue
        rel = m.group("rel").lower()
        head = m.group("head").lower()
        if rel == "of" and "eve" not in head and "anniversary" not in head:
            continue
        if rel == "since":
            continue  # "the week since X" is a duration, not a date
        sign = -1 if rel in ("before", "ahead of", "prior to") or "eve" in head else 1
        if "anniversary" in head:
            nth = m.group("nth").lower()
            n = _ORD.get(nth) or int(re.match(r"\d+", nth).group())  # type: ignore[union-attr]
            value, precision = _shift(known.value, n, "year", 1)
            precision = "day"
            value = f"{_date_of(known.value).year + n:04d}{known.value[4:]}"
        elif "eve" in head:
            value, precision = _shift(known.value, 1, "day", -1)
        elif m.group("u1"):
            value, precision = _shift(known.value, 1, m.group("u1").lower(), sign)
        elif m.group("u2"):
            n = _SMALL.get(m.group("n").lower()) or (
                int(m.group("n")) if m.group("n").isdigit() else None
            )
            if n is None:
                continue
            unit = m.group("u2").lower().rstrip("s")
            value, precision = _shift(known.value, n, unit, sign)
        else:
            continue  # "days after X": not a date
        start = m.start("head")
        out = [x for x in out if not _overlaps(x, start, ce)]
        out.append(Timex(start, ce, "DATE", value, precision, anchor="event", rule="event-anchor",
                         event=f"{text[cs:ce]} = {known.value} ({known.how})"))  # fmt: skip
        taken.append((start, ce))
    # 3. the clauses after since/after/before whose date is known: EVENT spans
    for m in _PREP_EN.finditer(text):
        cs, ce = _clause(text, m.end())
        if ce - cs < 4 or any(s < ce and cs < e for s, e in taken):
            continue
        if any(_overlaps(x, cs, ce) for x in out):
            continue
        known = anchors.date_of(text[cs:ce], cs)
        if known is None:
            continue
        if known.end is not None:
            ce = cs + known.end
        out.append(Timex(cs, ce, "EVENT", known.value, known.precision, anchor=known.how,
                         rule="event-clause", event=known.name))  # fmt: skip
        taken.append((cs, ce))
    return sorted(out, key=lambda x: (x.start, x.end))


# ---------------------------------------------------------------- Russian and Chinese: the
# table of known events after the prepositions that introduce an event

_PREP_RU = re.compile(r"(?:(?P<next>на следующий день|через (?P<n>\d+|один|два|две|три|четыре|пять|шесть|семь) (?P<u>д\w+|недел\w+|месяц\w*|год\w*|лет))\s+)?"
                      r"(?P<rel>после|с момента|с начала|накануне|до)\s+", I)  # fmt: skip
_PREP_ZH = re.compile(r"自|从")
_RU_NUM = {"один": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7}


def _resolve_known_only(text: str, language: str, found: list[Timex], ctx: Context,
                        extra: tuple[str, ...]) -> list[Timex]:  # fmt: skip
    anchors = Anchors(text, language, found, ctx, extra)
    out = list(found)
    if language == "ru":
        for m in _PREP_RU.finditer(text):
            cs, ce = _clause(text, m.end())
            if ce - cs < 4 or any(_overlaps(x, cs, ce) for x in out):
                continue
            known = anchors.date_of(text[cs:ce], cs)
            if known is None:
                continue
            rel = m.group("rel").lower()
            if m.group("next") and rel == "после":
                if m.group("n"):
                    n = _RU_NUM.get(m.group("n").lower()) or int(m.group("n"))
                    u = m.group("u").lower()
                    unit = "day" if u.startswith("д") else "week" if u.startswith("нед") else "month" if u.startswith("мес") else "year"  # fmt: skip
                else:
                    n, unit = 1, "day"
                value, precision = _shift(known.value, n, unit, 1)
                start = m.start()
                out = [x for x in out if not _overlaps(x, start, ce)]
                out.append(Timex(start, ce, "DATE", value, precision, anchor="event",
                                 rule="event-anchor", event=f"{text[cs:ce]} = {known.value} ({known.how})"))  # fmt: skip
            elif rel == "накануне":
                value, precision = _shift(known.value, 1, "day", -1)
                out.append(Timex(m.start("rel"), ce, "DATE", value, precision, anchor="event",
                                 rule="event-anchor", event=f"{text[cs:ce]} = {known.value} ({known.how})"))  # fmt: skip
            else:
                out.append(Timex(cs, ce, "EVENT", known.value, known.precision, anchor=known.how,
                                 rule="event-clause", event=known.name))  # fmt: skip
    elif language == "zh":
        # Chinese puts the event first: "俄乌冲突爆发以来", "俄乌冲突爆发后第二天"
        for ev in anchors.known:
            if ctx.ref is not None and ev.date > ctx.ref.date.isoformat():
                continue
            for p in ev.patterns.get("zh", ()):
                for m in p.finditer(text):
                    s, e = m.span()
                    if any(_overlaps(x, s, e) for x in out):
                        continue
                    tail = re.match(r"(?:的)?(?:后的?第二天|次日|后一天)", text[e : e + 6])
                    if tail:
                        value, precision = _shift(ev.date, 1, "day", 1)
                        out.append(Timex(s, e + tail.end(), "DATE", value, precision,
                                         anchor="event", rule="event-anchor",
                                         event=f"{m.group()} = {ev.date} (known)"))  # fmt: skip
                    elif re.match(r"(?:的)?(?:以来|之后|后|前|之前|期间|前夕)", text[e : e + 4]):
                        out.append(Timex(s, e, "EVENT", ev.date, "day", anchor="known",
                                         rule="event-clause", event=ev.name))  # fmt: skip
    return sorted(out, key=lambda x: (x.start, x.end))
