"""A person's merge of two facts that are one: two spellings of a person, one contact told twice.

The fact kept takes what the other adds, by the same rules as a second source
(``liaison.store.merge``: lists unioned, empty values filled, a differing value stays the
kept one's), and every mention of the other; a person also takes the other's name as an
alias. What named the other (an event's leader and participants, a fact's people, an event's
agreements) names the kept one. The other fact goes. One change in the audit log records it
all, so that one undo splits them again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from liaison.errors import InvalidFact
from liaison.model import (
    Agreement,
    Change,
    ChangeAction,
    Event,
    Fact,
    Organization,
    Person,
    from_json,
    to_json,
)
from liaison.store.audit import Touched, new_change, record, restore_all, snapshot, snapshots
from liaison.store.corrections import check_user, find_fact
from liaison.store.facts import Claim
from liaison.store.merge import merge_rows
from liaison.store.rows import object_row
from liaison.store.tables import FACT_TABLES, KINDS, changes, kind_of

JsonFact = dict[str, Any]


def renamed_people(old: str, new: str) -> Callable[[JsonFact], JsonFact]:
    """An event or fact whose people named ``old`` name ``new`` (each person once)."""

    def rename(data: JsonFact) -> JsonFact:
        changed = dict(data)
        if data.get("leader") == old:
            changed["leader"] = new
        if "participants" in data:
            seen: set[str] = set()
            people = []
            for p in data["participants"]:
                person = p | {"name": new} if p["name"] == old else p
                if person["name"] not in seen:
                    seen.add(person["name"])
                    people.append(person)
            changed["participants"] = people
        if "persons" in data:
            changed["persons"] = unique(new if n == old else n for n in data["persons"])
        return changed

    return rename


def renamed_in(key: str, old: str, new: str) -> Callable[[JsonFact], JsonFact]:
    """A fact whose list ``key`` named ``old`` names ``new`` instead."""

    def rename(data: JsonFact) -> JsonFact:
        return data | {key: unique(new if v == old else v for v in data.get(key, []))}

    return rename


def unique(values: Any) -> list[Any]:
    """Values in order, each once."""
    return list(dict.fromkeys(values))


# What names a fact of each kind elsewhere: (the kinds that name it, the field it is named by).
NAMED_BY: dict[type, tuple[tuple[type, ...], str]] = {
    Person: ((Event, Fact), "name"),
    Agreement: ((Event,), "id"),
    Organization: ((Fact,), "name"),
}


def references(kind: type, old: JsonFact, new: JsonFact) -> Callable[[JsonFact], JsonFact] | None:
    """How facts naming ``old`` change to name ``new``; None when nothing names it by value."""
    if kind is Person:
        return renamed_people(old["name"], new["name"])
    if kind is Agreement:
        return renamed_in("agreements", old["id"], new["id"])
    if kind is Organization:
        return renamed_in("organizations", old["name"], new["name"])
    return None


def merge_facts(
    conn: Connection, keep_id: str, other_id: str, user: str, now: datetime, kind: str | None
) -> Change:
    """Merge the fact ``other_id`` into ``keep_id`` (see the module); return the Change."""
    check_user(user)
    cls, _ = find_fact(conn, keep_id, kind)
    if cls not in (*NAMED_BY, Event):
        raise InvalidFact(
            f"a {kind_of(cls)} is not merged by hand",
            "merge people, events, agreements or organizations",
        )
    if keep_id == other_id:
        raise InvalidFact(f"{keep_id} cannot be merged with itself", "give two different ids")
    find_fact(conn, other_id, kind_of(cls))  # the same kind, or NotFound
    name = kind_of(cls)
    keep, other = snapshot(conn, name, keep_id), snapshot(conn, name, other_id)
    assert keep is not None and other is not None  # find_fact found both
    merged = merged_json(cls, keep, other) | {"entered_by": user, "entered_at": now.isoformat()}
    touched = [Touched(name, keep_id, keep, merged), Touched(name, other_id, other, None)]
    touched += renamed_facts(conn, cls, keep, other)
    restore_all(conn, [(t.kind, t.id, t.after) for t in touched])
    change = new_change(
        at=now,
        user=user,
        action=ChangeAction.MERGE,
        fact_kind=name,
        fact_id=keep_id,
        before=other,
        after=merged,
    )
    return record(conn, change, touched)


def merged_json(cls: type, keep: JsonFact, other: JsonFact) -> JsonFact:
    """``keep`` with what ``other`` adds, its mentions, and for a person its name as alias."""
    row = merge_rows(cls, object_row(from_json(cls, keep)), object_row(from_json(cls, other))).row
    result: JsonFact = to_json(from_json(cls, {**keep, **json_row(row)}))
    result["mentions"] = unique_mentions(keep["mentions"] + other["mentions"])
    if cls is Person:
        forms = [other["name"], *other["aliases"]]
        result["aliases"] = unique([*result["aliases"], *(f for f in forms if f != keep["name"])])
    return result


def json_row(row: dict[str, Any]) -> JsonFact:
    """A row's values as the exchange JSON has them (dates as ISO text)."""
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}


def unique_mentions(found: list[JsonFact]) -> list[JsonFact]:
    """Mentions in order, each span once."""
    seen: list[JsonFact] = []
    for mention in found:
        if mention not in seen:
            seen.append(mention)
    return seen


def renamed_facts(conn: Connection, cls: type, keep: JsonFact, other: JsonFact) -> list[Touched]:
    """The facts that named ``other``, each as it is and as it will name ``keep``."""
    rename = references(cls, other, keep)
    if rename is None:
        return []
    found = []
    for referring in NAMED_BY[cls][0]:
        name = kind_of(referring)
        rows = [dict(r._mapping) for r in conn.execute(select(FACT_TABLES[referring]))]
        naming = [(name, r["id"]) for r in rows if rename(r) != r]  # the lists are JSON already
        for (_, fact_id), data in snapshots(conn, naming).items():
            assert data is not None
            found.append(Touched(name, fact_id, data, rename(data)))
    return found


def redirected(conn: Connection, claims: list[Claim]) -> list[Claim]:
    """What a document says, with every fact a person merged into another said of that one:
    a new version of a document naming the typo a person merged away does not bring it back."""
    for keep, other, cls in standing_merges_of(conn):
        rename = references(cls, other, keep)
        claims = [
            into_kept(c, keep, other)
            if c.cls is cls and c.row["id"] == other["id"]
            else renamed_claim(c, rename)
            for c in claims
        ]
    return claims


def standing_merges_of(conn: Connection) -> list[tuple[JsonFact, JsonFact, type]]:
    """(kept fact, merged fact, class) of every merge that stands, oldest first."""
    query = (
        select(changes.c.fact_kind, changes.c.before, changes.c.after)
        .where(changes.c.action == ChangeAction.MERGE.value, changes.c.undone_by.is_(None))
        .order_by(changes.c.seq)
    )
    return [(r.after, r.before, KINDS[r.fact_kind]) for r in conn.execute(query) if r.before]


def into_kept(claim: Claim, keep: JsonFact, other: JsonFact) -> Claim:
    """A claim about the merged fact, made about the kept one (a person under its name)."""
    row = claim.row | {"id": keep["id"]}
    if "name" in row and "aliases" in row:
        row["aliases"] = unique([*(row["aliases"] or []), row["name"]])
        row["name"] = keep["name"]
    found = [m | {"fact_id": keep["id"]} for m in claim.mentions]
    return dataclasses.replace(claim, row=row, mentions=found)


def renamed_claim(claim: Claim, rename: Callable[[JsonFact], JsonFact] | None) -> Claim:
    """A claim whose references to a merged fact name the kept one."""
    if rename is None or claim.cls not in (Event, Fact):
        return claim
    changed = rename(claim.row)
    return claim if changed == claim.row else dataclasses.replace(claim, row=changed)
