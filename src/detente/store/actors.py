"""Actors and mentions in the SQLite corpus (schema version 3): writing and querying.

A mixin of :class:`~detente.store.sqlite.SQLiteStore`: it uses ``self.db`` and
``self.transaction``. Mentions live both in a document's ``mentions`` span layer (the document
model) and in the ``mentions`` table (for queries over the whole corpus); they are written
together, in the transaction that stores or re-analyses the document.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from detente.document import Document
from detente.errors import NotFoundError, QueryError

ACTOR_TYPES = ("country", "person", "organization", "igo")
# mentions that count as the actor taking part (a place named is not the actor acting)
_ACTING = "m.kind != 'place'"


def _actor_row(actor: Any) -> tuple:
    roles = [asdict(r) if not isinstance(r, dict) else r for r in actor.roles]
    return (
        actor.id,
        actor.name,
        actor.type,
        actor.country,
        actor.sector,
        json.dumps(actor.aliases, ensure_ascii=False),
        json.dumps(roles, ensure_ascii=False),
        actor.description,
        actor.source,
    )


def _merge_json_list(old: list, new: list) -> list:
    return old + [x for x in new if x not in old]


class ActorStore:
    """Actor and mention methods of the SQLite store."""

    db: Any

    # -- writing ------------------------------------------------------------------------------
    def upsert_actors(self, actors: Iterable[Any]) -> dict[str, str]:
        """Store actors: registry entries replace their row; discovered ones merge into it
        (aliases and roles are united, blanks are filled). Call inside a transaction.

        Discovered people merge by name *and* affiliation: a name already stored for someone
        with another employer in another sector is another person, stored under the next free
        id (``person:john-smith-2``). Returns the ids so changed, for the mentions."""
        remap: dict[str, str] = {}
        for actor in actors:
            if actor.source == "discovered" and actor.type == "person":
                target = self._same_person(actor)
                if target != actor.id:
                    remap[actor.id] = target
                    actor = dataclasses.replace(actor, id=target)
            row = self.db.execute("SELECT * FROM actors WHERE id = ?", (actor.id,)).fetchone()
            if row is None or actor.source != "discovered" or row["source"] != "discovered":
                if row is not None and actor.source == "discovered":
                    continue  # the registry (or the user) knows better
                self.db.execute(
                    "INSERT OR REPLACE INTO actors VALUES (?,?,?,?,?,?,?,?,?)", _actor_row(actor)
                )
                continue
            new = _actor_row(actor)
            aliases = json.loads(row["aliases"])
            for lang, names in json.loads(new[5]).items():
                aliases[lang] = _merge_json_list(aliases.get(lang, []), names)
            roles = _merge_json_list(json.loads(row["roles"]), json.loads(new[6]))
            self.db.execute(
                "UPDATE actors SET country = coalesce(country, ?), sector = coalesce(sector, ?),"
                " aliases = ?, roles = ?, description = coalesce(description, ?) WHERE id = ?",
                (
                    actor.country,
                    actor.sector,
                    json.dumps(aliases, ensure_ascii=False),
                    json.dumps(roles, ensure_ascii=False),
                    actor.description,
                    actor.id,
                ),
            )
        return remap

    def _same_person(self, actor: Any) -> str:
        """The id under which a discovered person is stored: a stored person of that name whose
        affiliation does not contradict this one's, else a new id."""
        rows = self.db.execute(
            "SELECT id, sector, roles, source FROM actors WHERE id = ? OR id GLOB ? ORDER BY id",
            (actor.id, f"{actor.id}-[0-9]*"),
        ).fetchall()
        taken = {r["id"] for r in rows}
        for r in rows:
            if r["source"] != "discovered" or _compatible(r, actor):
                return r["id"]
        n = 2
        while actor.id in taken and f"{actor.id}-{n}" in taken:
            n += 1
        return actor.id if actor.id not in taken else f"{actor.id}-{n}"

    def write_mentions(self, doc: Document) -> None:
        """Replace the mention rows of ``doc`` with its ``mentions`` layer."""
        self.db.execute("DELETE FROM mentions WHERE doc_id = ?", (doc.id,))
        rows = []
        for s in doc.layer("mentions"):
            sent = _sentence(doc, s.start)
            rows.append(
                (
                    doc.id,
                    s.start,
                    s.end,
                    doc.text[s.start : s.end],
                    s.data.get("actor"),
                    s.label,
                    s.data.get("country"),
                    s.data.get("sector"),
                    s.data.get("role"),
                    s.data.get("confidence", 1.0),
                    sent[0] if sent else None,
                    sent[1] if sent else None,
                )
            )
        self.db.executemany(
            "INSERT OR REPLACE INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows
        )

    # -- reading ------------------------------------------------------------------------------
    def actors(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        top: int = 50,
        include_duplicates: bool = False,
    ) -> list[dict[str, Any]]:
        """Actors by the number of (canonical) documents that mention them, most first."""
        clauses, args = [_ACTING, "m.actor_id IS NOT NULL"], []
        if type:
            if type not in ACTOR_TYPES:
                raise QueryError(f"actor type {type!r} is not one of {', '.join(ACTOR_TYPES)}")
            clauses.append("a.type = ?")
            args.append(type)
        if country:
            clauses.append("a.country = ?")
            args.append(country.upper())
        if not include_duplicates:
            clauses.append("d.duplicate_of IS NULL")
        rows = self.db.execute(
            "SELECT a.id, a.name, a.type, a.country, a.sector, a.source,"
            " count(DISTINCT m.doc_id) AS documents, count(*) AS mentions"
            " FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN documents d ON d.id = m.doc_id"
            f" WHERE {' AND '.join(clauses)} GROUP BY a.id ORDER BY documents DESC, mentions DESC,"
            " a.name LIMIT ?",
            [*args, top],
        ).fetchall()
        return [dict(r) for r in rows]

    def find_actor(self, name: str) -> dict[str, Any]:
        """An actor by id (``CHN``, ``person:xi-jinping``), name or alias (any case)."""
        name = name.strip()
        if not name:
            raise QueryError("empty actor name")
        row = self.db.execute(
            "SELECT * FROM actors WHERE id = ? OR id = upper(?) OR lower(name) = lower(?)"
            " ORDER BY source = 'discovered' LIMIT 1",
            (name, name, name),
        ).fetchone()
        if row is None:
            needle = json.dumps(name, ensure_ascii=False)[1:-1].casefold()
            for r in self.db.execute("SELECT * FROM actors"):
                names = [n.casefold() for ns in json.loads(r["aliases"]).values() for n in ns]
                if needle in names:
                    row = r
                    break
        if row is None:
            like = f"%{re.sub(r'[%_]', '', name)}%"
            hits = self.db.execute(
                "SELECT id, name FROM actors WHERE name LIKE ? ORDER BY length(name) LIMIT 5",
                (like,),
            ).fetchall()
            hint = f"; did you mean {', '.join(h['name'] for h in hits)}?" if hits else ""
            raise NotFoundError(
                f"no actor {name!r} in this corpus{hint} (`detente actors` lists them)"
            )
        out = dict(row)
        out["aliases"] = json.loads(row["aliases"])
        out["roles"] = json.loads(row["roles"])
        return out

    def actor_detail(self, name: str, *, limit: int = 20) -> dict[str, Any]:
        """An actor with its documents, co-mentioned actors and mentions per month."""
        actor = self.find_actor(name)
        aid = actor["id"]
        q = self.db.execute
        actor["documents"] = [
            dict(r)
            for r in q(
                "SELECT d.id, d.title, d.published, d.language, count(*) AS mentions"
                " FROM mentions m JOIN documents d ON d.id = m.doc_id"
                f" WHERE m.actor_id = ? AND d.duplicate_of IS NULL AND {_ACTING}"
                " GROUP BY d.id ORDER BY d.published IS NULL, d.published DESC LIMIT ?",
                (aid, limit),
            )
        ]
        actor["document_count"] = q(
            "SELECT count(DISTINCT m.doc_id) FROM mentions m JOIN documents d ON d.id = m.doc_id"
            f" WHERE m.actor_id = ? AND d.duplicate_of IS NULL AND {_ACTING}",
            (aid,),
        ).fetchone()[0]
        actor["seen_as"] = [
            dict(r)
            for r in q(
                "SELECT m.text, m.kind, m.role, count(*) AS n FROM mentions m"
                " WHERE m.actor_id = ? GROUP BY m.text, m.kind, m.role ORDER BY n DESC LIMIT 15",
                (aid,),
            )
        ]
        actor["co_mentioned"] = [
            dict(r)
            for r in q(
                "SELECT a.id, a.name, a.type, count(DISTINCT o.doc_id) AS documents"
                " FROM mentions m JOIN mentions o ON o.doc_id = m.doc_id AND o.actor_id != m.actor_id"
                " JOIN actors a ON a.id = o.actor_id JOIN documents d ON d.id = m.doc_id"
                f" WHERE m.actor_id = ? AND d.duplicate_of IS NULL AND {_ACTING}"
                " AND o.kind != 'place' GROUP BY a.id ORDER BY documents DESC, a.name LIMIT ?",
                (aid, limit),
            )
        ]
        actor["per_month"] = {
            r["month"]: r["n"]
            for r in q(
                "SELECT substr(d.published, 1, 7) AS month, count(*) AS n"
                " FROM mentions m JOIN documents d ON d.id = m.doc_id"
                f" WHERE m.actor_id = ? AND d.published IS NOT NULL AND d.duplicate_of IS NULL"
                f" AND {_ACTING} GROUP BY month ORDER BY month",
                (aid,),
            )
        }
        return actor

    def mentions(self, doc_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Mention rows, of one document or of all (export order)."""
        if doc_id is not None:
            rows = self.db.execute(
                "SELECT * FROM mentions WHERE doc_id = ? ORDER BY start_char", (doc_id,)
            )
        else:
            rows = self.db.execute("SELECT * FROM mentions ORDER BY doc_id, start_char")
        for r in rows:
            yield dict(r)

    def all_actors(self) -> Iterable[dict[str, Any]]:
        for r in self.db.execute("SELECT * FROM actors ORDER BY id"):
            out = dict(r)
            out["aliases"] = json.loads(r["aliases"])
            out["roles"] = json.loads(r["roles"])
            yield out


def _compatible(row: Any, actor: Any) -> bool:
    """Could a stored discovered person and a new one with the same name be one person? Not
    when both name employers, none alike, and both have sectors, different."""

    def orgs(roles: Iterable[Any]) -> set[str]:
        out = set()
        for r in roles:
            org = r.get("organization") if isinstance(r, dict) else r.organization
            if org:
                out.add(org.casefold())
        return out

    old, new = orgs(json.loads(row["roles"])), orgs(actor.roles)
    if not old or not new or any(a in b or b in a for a in old for b in new):
        return True
    return not (row["sector"] and actor.sector and row["sector"] != actor.sector)


def _sentence(doc: Document, pos: int) -> tuple[int, int] | None:
    sents = doc.layer("sentences")  # in text order
    i = bisect.bisect_right([s.start for s in sents], pos) - 1
    if i >= 0 and sents[i].start <= pos < sents[i].end:
        return sents[i].start, sents[i].end
    return None
