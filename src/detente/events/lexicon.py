"""The event lexicon: which predicates are which events, per language, as data users can read
and extend (``detente/data/events/lexicon.{en,ru,zh}.toml``, plus the user's own files).

One ``[[predicate]]`` table per entry::

    [[predicate]]
    verb = "sign"                 # or noun = "invasion": a lemma (en, ru) or a word (zh)
    object = ["agreement", "treaty", "statement", "deal"]   # optional: needs one as its object
    cameo = "057"                 # the CAMEO code: category, intensity and quad class follow
    target = ["with"]             # optional: where the target is (see below); default "object"
    source = ["subject"]          # optional: where the source is; default "subject" (verbs)
    mode = "visit"                # optional: PLOVER mode, when the code's own is too coarse
    symmetric = true              # optional: "X and Y signed" is an event between X and Y
    note = "..."                  # optional, free text

``verb`` and ``noun`` may be phrases of several lemmas ("call on", "cut off", "joint
statement"), matched in order. Roles say where an actor is found, relative to the predicate:
``subject`` (nsubj; ``by`` phrase of a passive), ``object`` (dobj; the subject of a passive),
a preposition (``with``, ``on``, ``against``, ``to``, ``of``; Russian ``с``, ``против``,
``в``+case; Chinese coverbs ``与``, ``同``, ``对``, ``向``), ``poss`` (Russia's invasion),
``amod`` (the Russian invasion), ``compound`` (US sanctions), ``iobj``. A role ending in ``!``
is required (no actor there, no event: «принял Путина» is a host's welcome, «принял решение»
is nothing); ``=CHN`` says the word itself names that country (访华: a visit to China).

A ``symmetric`` predicate with two actors and no target ("X and Y met", «Россия и Китай
подписали», 中俄签署) gives one event per pair of actors, the first named as source; the
merge ignores the direction of such events (see :mod:`detente.events.merge`).

An entry with ``object`` matches only when the predicate's object (or, for a noun, the noun
itself) is one of those lemmas: "sign" alone is not an event, "sign an agreement" is. The
longest and most specific entry wins. Users add entries with files of the same format; an entry
with the same ``verb``/``noun`` and ``object`` as a shipped one replaces it.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from detente.errors import ConfigError
from detente.events import codes

LANGUAGES = ("en", "ru", "zh")
ROLES = ("subject", "object", "iobj", "poss", "amod", "compound")


@dataclass(frozen=True, slots=True)
class Predicate:
    words: tuple[str, ...]  # the lemmas (or Chinese words) of the predicate, in order
    pos: str  # "verb" or "noun"
    cameo: str
    category: str
    quad_class: int
    intensity: float
    objects: frozenset[str] = frozenset()  # required object lemmas (empty: none required)
    source: tuple[str, ...] = ("subject",)
    target: tuple[str, ...] = ("object",)
    mode: str | None = None
    symmetric: bool = False
    origin: str = ""  # the file it came from

    @property
    def key(self) -> tuple[str, tuple[str, ...], frozenset[str]]:
        return (self.pos, self.words, self.objects)


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    predicates: tuple[Predicate, ...]
    # entries by the first word of their predicate, most specific first
    by_head: dict[str, tuple[Predicate, ...]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        out: dict[str, list[Predicate]] = {}
        for p in self.predicates:
            out.setdefault(p.words[0], []).append(p)
        for k, v in out.items():
            self.by_head[k] = tuple(sorted(v, key=lambda p: (-len(p.words), -bool(p.objects))))


def _predicates(text: str, origin: str, language: str) -> list[Predicate]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML ({exc}); fix the file or remove it") from exc
    out: list[Predicate] = []
    for i, item in enumerate(data.get("predicate", []), 1):
        where = f"{origin}: predicate {i} ({item.get('verb') or item.get('noun') or '?'})"
        pos = "verb" if "verb" in item else "noun" if "noun" in item else None
        if pos is None or not str(item[pos]).strip():
            raise ConfigError(f'{where}: needs verb = "..." or noun = "..."')
        if "cameo" not in item:
            raise ConfigError(f'{where}: needs cameo = "CODE" (a CAMEO code such as "057")')
        try:
            code = codes.lookup(str(item["cameo"]))
        except KeyError:
            raise ConfigError(f"{where}: unknown CAMEO code {item['cameo']!r}") from None
        if code.category is None:
            raise ConfigError(
                f"{where}: CAMEO {code.code} ({code.name}) has no PLOVER category; statements "
                "are kept as quotations, not events"
            )
        roles = {}
        for role, default in (("source", ("subject",)), ("target", ("object",))):
            value = item.get(role, default)
            value = (value,) if isinstance(value, str) else tuple(value)
            if not all(isinstance(v, str) and v for v in value):
                raise ConfigError(f"{where}: {role} must be a list of role names or prepositions")
            roles[role] = tuple(v.lower() for v in value)
        objects = item.get("object", ())
        objects = (objects,) if isinstance(objects, str) else objects
        out.append(
            Predicate(
                words=tuple(str(item[pos]).lower().split()),
                pos=pos,
                cameo=code.code if str(item["cameo"]) == code.code else str(item["cameo"]),
                category=code.category,
                quad_class=code.quad_class,
                intensity=code.goldstein,
                objects=frozenset(o.lower() for o in objects),
                source=roles["source"],
                target=roles["target"],
                mode=item.get("mode") or code.mode,
                symmetric=bool(item.get("symmetric", False)),
                origin=origin,
            )
        )
    return out


@functools.lru_cache(maxsize=16)
def lexicon(language: str, extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon of ``language``, with the user's files on top (later files win)."""
    if language not in LANGUAGES:
        raise ConfigError(f"no event lexicon for language {language!r} (have {LANGUAGES})")
    name = f"events/lexicon.{language}.toml"
    res = resources.files("detente.data").joinpath(name)
    entries: dict[tuple[str, tuple[str, ...], frozenset[str]], Predicate] = {}
    sources: list[tuple[str, str]] = []
    if res.is_file():
        sources.append((res.read_text("utf-8"), f"detente/data/{name}"))
    for path in extra_files:
        try:
            sources.append((Path(path).read_text("utf-8"), path))
        except OSError as exc:
            raise ConfigError(f"cannot read event lexicon {path}: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"event lexicon {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8 TOML"
            ) from exc
    for text, origin in sources:
        for p in _predicates(text, origin, language):
            entries[p.key] = p
    return Lexicon(language, tuple(entries.values()))


def files_for(language: str, paths: Iterable[str]) -> tuple[str, ...]:
    """Of the user's lexicon files, those for ``language`` (``NAME.events.LANG.toml``, or any
    ``.toml`` named for no language)."""
    out = []
    for p in paths:
        parts = Path(p).name.split(".")
        lang = parts[-2] if len(parts) >= 3 and parts[-2] in LANGUAGES else None
        if lang in (None, language):
            out.append(str(p))
    return tuple(out)
