"""A small corpus whose event layers are filled by hand (not by a coder), so the store, merge,
analysis, CLI and export tests do not depend on how well the coders code.

China–Russia: a meeting and a joint statement on 4 February 2022 reported by three outlets (one
of them a near-duplicate copy), a visit planned for 2023, the 2014 gas contract, the 2019 state
visit, the 2023 joint statements; and others' events: US sanctions on Russia, Russia's invasion
of Ukraine, a Chinese condemnation that did not happen, Ukraine accusing Russia.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import detente
from detente import dedup
from detente.actors.registry import Actor
from detente.document import Document
from detente.events.codes import lookup
from detente.events.model import EventMention
from detente.events.stage import store
from detente.pipeline import ANALYSIS_VERSION
from detente.store import InputRecord

ACTORS = {
    "CHN": ("China", "country", "CHN", None),
    "RUS": ("Russia", "country", "RUS", None),
    "USA": ("United States", "country", "USA", None),
    "UKR": ("Ukraine", "country", "UKR", None),
    "person:xi-jinping": ("Xi Jinping", "person", "CHN", "GOV"),
    "person:vladimir-putin": ("Vladimir Putin", "person", "RUS", "GOV"),
    "org:gazprom": ("Gazprom", "organization", "RUS", "BUS"),
    "org:cnpc": ("China National Petroleum Corporation", "organization", "CHN", "BUS"),
}

MEETING = [
    "Chinese leader Xi Jinping and Russian President Vladimir Putin met in Beijing on Friday, "
    "hours before the opening of the Winter Olympics, their first meeting in two years.",
    "The two governments signed a long joint statement declaring that the friendship between "
    "the two states had no limits and that there were no forbidden areas of cooperation.",
    "Xi is expected to visit Moscow next year, officials in both capitals said after the talks.",
]
COPY = [*MEETING, "Reporting by the wire desk; editing by the news desk in the capital."]
TALKS = [
    "Vladimir Putin held talks with Xi Jinping in the Chinese capital on Friday and praised a "
    "partnership he said was unprecedented.",
    "Russia and China signed a statement on Friday criticising the enlargement of NATO.",
]
SANCTIONS = [
    "The United States imposed sanctions on Russia's central bank on Saturday, two days after "
    "Russia invaded Ukraine.",
    "China did not condemn the invasion and called for restraint on all sides.",
]
GAS = [
    "Gazprom and CNPC signed a thirty-year gas supply contract in Shanghai on Wednesday after a "
    "decade of talks.",
    "Putin and Xi attended the signing ceremony.",
]
VISIT = ["Xi Jinping arrived in Moscow on Wednesday for a three-day state visit."]
STATEMENTS = [
    "Xi and Putin signed two joint statements in the Kremlin on Tuesday.",
    "Ukraine accused Russia of using the visit to distract from the war.",
]

# (name, published, paragraphs, [(predicate words, cameo, source, target, date, precision,
#   extra)]); source/target: actor ids; the predicate words are found in the text in order
DOCUMENTS = [
    ("meridian", "2022-02-04", MEETING, [
        ("met", "040", "person:xi-jinping", "person:vladimir-putin", "2022-02-04", "day", {}),
        ("signed", "057", "CHN", "RUS", "2022-02-04", "reported", {"trigger": "sign/statement"}),
        ("visit", "042", "person:xi-jinping", "RUS", "2023", "year", {"modality": "planned"}),
    ]),
    ("tribune", "2022-02-04", COPY, [
        ("met", "040", "person:xi-jinping", "person:vladimir-putin", "2022-02-04", "day", {}),
        ("signed", "057", "CHN", "RUS", "2022-02-04", "reported", {"trigger": "sign/statement"}),
        ("visit", "042", "person:xi-jinping", "RUS", "2023", "year", {"modality": "planned"}),
    ]),
    ("ledger", "2022-02-05", TALKS, [
        ("held talks", "040", "person:vladimir-putin", "person:xi-jinping", "2022-02-04", "day",
         {"trigger": "hold/talk"}),
        ("signed", "057", "RUS", "CHN", "2022-02-04", "day", {"trigger": "sign/statement"}),
    ]),
    ("wire", "2022-02-26", SANCTIONS, [
        ("imposed sanctions", "163", "USA", "RUS", "2022-02-26", "day", {}),
        ("invaded", "190", "RUS", "UKR", "2022-02-24", "day", {}),
        ("condemn", "111", "CHN", "RUS", "2022-02-26", "reported", {"negated": True}),
    ]),
    ("gas", "2014-05-21", GAS, [
        ("signed", "057", "org:gazprom", "org:cnpc", "2014-05-21", "day", {}),
        ("attended", "040", "person:vladimir-putin", "person:xi-jinping", "2014-05-21",
         "reported", {}),
    ]),
    ("visit", "2019-06-05", VISIT, [
        ("arrived", "042", "person:xi-jinping", "RUS", "2019-06-05", "day", {}),
    ]),
    ("kremlin", "2023-03-21", STATEMENTS, [
        ("signed", "057", "person:xi-jinping", "person:vladimir-putin", "2023-03-21", "day", {}),
        ("accused", "112", "UKR", "RUS", "2023-03-21", "reported", {}),
    ]),
]  # fmt: skip


def names(actor: str) -> list[str]:
    name = ACTORS[actor][0]
    return [name, name.split()[-1], {"CHN": "China", "RUS": "Russia"}.get(actor, name)]


def mention(text: str, paras: list[str], spec: tuple, after: int) -> EventMention:
    words, cameo, source, target, date, precision, extra = spec
    start = text.index(words, after)
    lo = text.rindex("\n", 0, start) + 1 if "\n" in text[:start] else 0
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    code = lookup(cameo)
    ev = EventMention(start=start, end=start + len(words), sentence_start=lo, sentence_end=hi,
                      cameo=cameo, category=code.category or "", quad_class=code.quad_class,
                      intensity=code.goldstein, mode=code.mode, date=date,
                      date_precision=precision, trigger=extra.get("trigger", words))  # fmt: skip
    for role, actor in (("source", source), ("target", target)):
        _, _, country, sector = ACTORS[actor]
        setattr(ev, role, actor)
        setattr(ev, f"{role}_country", country)
        setattr(ev, f"{role}_sector", sector)
        for name in names(actor):
            pos = text.find(name, lo, hi)
            if pos >= 0:
                setattr(ev, f"{role}_text", name)
                setattr(ev, f"{role}_start", pos)
                setattr(ev, f"{role}_end", pos + len(name))
                break
    for k, v in extra.items():
        if k != "trigger":
            setattr(ev, k, v)
    return ev


def document(name: str, published: str, paras: list[str], specs: list[tuple]) -> Document:
    text = "\n".join(paras)
    doc = Document(text=text, origin=f"{name}.txt", format="text", kind="news", title=name,
                   published=published, language="en", publisher=name.title())  # fmt: skip
    doc.id = hashlib.sha256(text.encode()).hexdigest()[:16]
    found, after = [], 0
    for spec in specs:
        found.append(mention(text, paras, spec, after))
        after = found[-1].end
    store(doc, found)
    doc.analysis = {"version": ANALYSIS_VERSION, "stages": ["events"]}
    return dedup.fingerprint(doc)


def actors() -> list[Actor]:
    return [Actor(i, n, t, c, s, {"en": [n]}, []) for i, (n, t, c, s) in ACTORS.items()]


def build(path: str | Path) -> dict[str, str]:
    """Store the sample documents in the corpus at ``path`` and merge their events; returns
    document ids by name."""
    ids = {}
    with detente.open(path) as c:
        for name, published, paras, specs in DOCUMENTS:
            doc = document(name, published, paras, specs)
            sha = hashlib.sha256(name.encode()).hexdigest()
            c.store.save_input(None, InputRecord(f"{name}.txt", sha, "text", "ok"), [doc],
                               actors())  # fmt: skip
            ids[name] = doc.id
        c.analyze()  # nothing to analyse: merges the events
    return ids
