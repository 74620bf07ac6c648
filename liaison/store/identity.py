"""The store's identity of facts: blocking keys to find candidates, and merges of two
stored facts into one, each recorded with why and by whom so that a person can undo it.

Everything here runs on a Connection inside the caller's transaction.

A merge moves the absorbed fact's mentions and conflicts to the survivor, points what
named the absorbed one (an event's participants, a fact's persons, an event's
agreements) at the survivor, and deletes the absorbed row. Unless the caller has folded
the two already (resolution folds a signing into the visit it belongs to), the rows are
merged by ``liaison.store.merge``: lists unioned, and values the two disagree on recorded
as conflicts of the absorbed fact's source, never overwritten. The record keeps both rows
as they were and every reference it changed: ``split_merge`` puts them back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select, update

from liaison.errors import NotFound, StoreError
from liaison.model import Change, ChangeAction, Event, Fact, from_json, to_json
from liaison.model.merges import Merge
from liaison.store.audit import find_change, new_change, undo_change
from liaison.store.audit import record as log_change
from liaison.store.derived import reindex, unindex
from liaison.store.facts import Claim, add_conflicts
from liaison.store.keys import read_facts
from liaison.store.merge import canonical_row, merge_rows, union, union_participants
from liaison.store.rows import Row, chunks, json_value, object_row
from liaison.store.tables import (
    FACT_TABLES,
    KINDS,
    changes,
    conflicts,
    kind_of,
    mentions,
    merges,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeRecord:
    """One merge as ``liaison merges`` lists it."""

    seq: int
    kind: str
    survivor: str
    absorbed: str
    rule: str
    score: float
    merged_by: str | None
    merged_at: datetime
    document: str | None
    undone_by: str | None = None
    undone_at: datetime | None = None

    @property
    def is_automatic(self) -> bool:
        """Whether resolution made it, not a person."""
        return self.merged_by is None


# Merging


def stored_row(conn: Connection, cls: type, fact_id: str) -> Row:
    """The row of one fact; NotFound names it when it is not there."""
    table = FACT_TABLES[cls]
    row = conn.execute(select(table).where(table.c.id == fact_id)).first()
    if row is None:
        raise NotFound(
            f"{kind_of(cls)} {fact_id!r} is not in the knowledge base",
            f"list them with `liaison show {kind_of(cls)}s` or check the id",
        )
    return dict(row._mapping)


def is_stored(conn: Connection, cls: type, fact_id: str) -> bool:
    """Whether the fact ``fact_id`` of ``cls`` is in the knowledge base."""
    table = FACT_TABLES[cls]
    return conn.execute(select(table.c.id).where(table.c.id == fact_id)).first() is not None


def was_split(conn: Connection, kind: str, a: str, b: str) -> bool:
    """Whether a person undid a merge of these two facts: resolution does not redo it."""
    pair = or_(
        and_(merges.c.survivor_id == a, merges.c.absorbed_id == b),
        and_(merges.c.survivor_id == b, merges.c.absorbed_id == a),
    )
    query = select(merges.c.seq).where(
        merges.c.fact_kind == kind, pair, merges.c.undone_at.is_not(None)
    )
    return conn.execute(query).first() is not None


def merge_facts(
    conn: Connection, request: Merge, now: datetime, document_id: str | None = None
) -> MergeRecord | None:
    """Merge one stored fact into another (see the module's docstring); None, for an
    automatic request, when a person once split the two or one of them is gone."""
    kind, cls = request.kind, kind_class(request.kind)
    if request.survivor == request.absorbed:
        raise StoreError(f"{kind} {request.survivor!r} cannot be merged into itself", "")
    if request.by is None and (
        was_split(conn, kind, request.survivor, request.absorbed)
        or not all(is_stored(conn, cls, i) for i in (request.survivor, request.absorbed))
    ):
        return None  # a person undid it, or an earlier merge of the same save took it
    survivor, absorbed = (stored_row(conn, cls, i) for i in (request.survivor, request.absorbed))
    before = [object_json(conn, cls, row["id"]) for row in (survivor, absorbed)]
    moved_mentions = move_mentions(conn, kind, absorbed["id"], survivor["id"])
    sources = list(dict.fromkeys(m["document_id"] for m in moved_mentions))
    references = repoint_references(conn, kind, absorbed, survivor, sources)
    moved_conflicts = [
        r.seq
        for r in conn.execute(
            select(conflicts.c.seq).where(
                conflicts.c.fact_kind == kind, conflicts.c.fact_id == absorbed["id"]
            )
        )
    ]
    conn.execute(
        update(conflicts).where(conflicts.c.seq.in_(moved_conflicts)).values(fact_id=survivor["id"])
    )
    created: list[int] = []
    if request.is_folded:
        survivor = canonical_row(survivor)
    else:
        merged = merge_rows(cls, survivor, as_claim_of(kind, absorbed, survivor))
        survivor = merged.row
        created = added_conflicts(
            conn, conflict_rows(kind, survivor["id"], merged.conflicts, sources)
        )
    remove_fact(conn, cls, absorbed["id"])
    write_row(conn, cls, survivor)
    record = {
        "fact_kind": kind,
        "survivor_id": request.survivor,
        "absorbed_id": request.absorbed,
        "rule": request.rule,
        "score": request.score,
        "merged_by": request.by,
        "merged_at": now,
        "document_id": document_id,
        "survivor_row": before[0],
        "absorbed_row": before[1],
        "moved": {
            "after": object_json(conn, cls, survivor["id"]),
            "mentions": [key_of(m) for m in moved_mentions],
            "conflicts": moved_conflicts,
            "created_conflicts": created,
            "references": references,
        },
    }
    seq = conn.execute(merges.insert().returning(merges.c.seq), [record]).scalar_one()
    return record_of(conn.execute(select(merges).where(merges.c.seq == seq)).one()._mapping)


def added_conflicts(conn: Connection, rows: list[Row]) -> list[int]:
    """Record the conflicts not yet recorded; the numbers of those added."""
    last = conn.execute(select(func.max(conflicts.c.seq))).scalar_one_or_none() or 0
    add_conflicts(conn, rows)
    return [r.seq for r in conn.execute(select(conflicts.c.seq).where(conflicts.c.seq > last))]


def kind_class(kind: str) -> type:
    """The fact class of a kind name; StoreError for another."""
    if kind not in KINDS:
        raise StoreError(f"no kind of fact {kind!r}", f"use one of: {', '.join(sorted(KINDS))}")
    return KINDS[kind]


def object_json(conn: Connection, cls: type, fact_id: str) -> Any:
    """A stored fact as the exchange JSON, its mentions naming their documents."""
    (found,) = read_facts(conn, cls, [fact_id])
    return to_json(found)


def as_claim_of(kind: str, absorbed: Row, survivor: Row) -> Row:
    """The absorbed row as a claim about the survivor: its id, and for a person its name
    (the absorbed name becomes an alias)."""
    claim = dict(absorbed) | {"id": survivor["id"]}
    if kind == "person":
        claim["name"] = survivor["name"]
        claim["aliases"] = union(list(absorbed["aliases"]), [absorbed["name"]])
    return claim


def conflict_rows(
    kind: str, fact_id: str, found: Iterable[tuple[str, Any]], sources: Sequence[str]
) -> list[Row]:
    """Conflict rows of what the absorbed fact said otherwise, with its first source."""
    source = sources[0] if sources else None
    return [
        {
            "fact_kind": kind,
            "fact_id": fact_id,
            "field": name,
            "value": json_value(value),
            "document_id": source,
        }
        for name, value in found
    ]


def key_of(mention: Row) -> list[Any]:
    """What identifies a mention of a fact: document, span and rule."""
    return [mention["document_id"], mention["start"], mention["end"], mention["rule"]]


def move_mentions(conn: Connection, kind: str, source: str, target: str) -> list[Row]:
    """Re-file the mentions of ``source`` under ``target``, after the target's own (so the
    survivor's sources come first, as when the news arrives after the note)."""
    query = (
        select(mentions)
        .where(mentions.c.fact_kind == kind, mentions.c.fact_id == source)
        .order_by(mentions.c.seq)
    )
    moved = [dict(r._mapping) for r in conn.execute(query)]
    conn.execute(delete(mentions).where(mentions.c.fact_kind == kind, mentions.c.fact_id == source))
    held = {
        tuple(key_of(dict(r._mapping)))
        for r in conn.execute(
            select(mentions).where(mentions.c.fact_kind == kind, mentions.c.fact_id == target)
        )
    }
    fresh = [
        {k: v for k, v in m.items() if k != "seq"} | {"fact_id": target}
        for m in moved
        if tuple(key_of(m)) not in held
    ]
    if fresh:
        conn.execute(mentions.insert(), fresh)
    return moved


def remove_fact(conn: Connection, cls: type, fact_id: str) -> None:
    """Delete a fact's row and what the store derives from it (its mentions have moved)."""
    table, kind = FACT_TABLES[cls], kind_of(cls)
    conn.execute(delete(table).where(table.c.id == fact_id))
    unindex(conn, kind, [fact_id])


def write_row(conn: Connection, cls: type, row: Row) -> None:
    """Insert or replace a fact's row, with what the store derives from it."""
    table, kind = FACT_TABLES[cls], kind_of(cls)
    conn.execute(delete(table).where(table.c.id == row["id"]))
    conn.execute(table.insert(), [row])
    reindex(conn, kind, [row])


# References: who else names the absorbed fact


def facts_in_documents(conn: Connection, cls: type, documents: Sequence[str]) -> list[Row]:
    """The rows of facts of ``cls`` some of the ``documents`` mention."""
    if not documents:
        return []
    table, kind = FACT_TABLES[cls], kind_of(cls)
    ids = select(mentions.c.fact_id).where(
        mentions.c.fact_kind == kind, mentions.c.document_id.in_(list(documents))
    )
    return [dict(r._mapping) for r in conn.execute(select(table).where(table.c.id.in_(ids)))]


def renamed_fields(kind: str, row: Row, old: Row, new: Row, cls: type) -> dict[str, Any]:
    """The fields of ``row`` (a fact of ``cls``) that named ``old`` and now name ``new``."""
    if kind == "person" and cls is Event:
        a, b = old["name"], new["name"]
        changes: dict[str, Any] = {}
        if row["leader"] == a:
            changes["leader"] = b
        if any(p["name"] == a for p in row["participants"]):
            changes["participants"] = dedupe_participants(
                [p | {"name": b} if p["name"] == a else p for p in row["participants"]]
            )
        return changes
    if kind == "person" and cls is Fact and old["name"] in row["persons"]:
        return {
            "persons": list(
                dict.fromkeys(new["name"] if n == old["name"] else n for n in row["persons"])
            )
        }
    if kind == "agreement" and cls is Event and old["id"] in row["agreements"]:
        return {
            "agreements": list(
                dict.fromkeys(new["id"] if a == old["id"] else a for a in row["agreements"])
            )
        }
    return {}


def dedupe_participants(participants: list[Any]) -> list[Any]:
    """One participant per name, in the place first stated, with the fuller details of
    the two (as ``union_participants`` merges them): two people who turned out to be one
    end the same whichever source named him first."""
    return union_participants([], participants)


REFERRERS: dict[str, tuple[type, ...]] = {"person": (Event, Fact), "agreement": (Event,)}


def repoint_references(
    conn: Connection, kind: str, old: Row, new: Row, documents: Sequence[str]
) -> list[dict[str, Any]]:
    """Point what the absorbed fact's documents say about it at the survivor; return what
    each changed fact held before, for an undo."""
    before = []
    for cls in REFERRERS.get(kind, ()):
        for row in facts_in_documents(conn, cls, documents):
            changes = renamed_fields(kind, row, old, new, cls)
            if not changes:
                continue
            before.append(
                {"kind": kind_of(cls), "id": row["id"], "fields": {k: row[k] for k in changes}}
            )
            update_fields(conn, cls, row, changes)
    return before


def update_fields(conn: Connection, cls: type, row: Row, changes: dict[str, Any]) -> None:
    """Change some fields of a stored fact, and what the store derives from it in step."""
    table, kind = FACT_TABLES[cls], kind_of(cls)
    conn.execute(update(table).where(table.c.id == row["id"]).values(changes))
    reindex(conn, kind, [row | changes])


# Undoing


def split_merge(conn: Connection, seq: int, by: str, now: datetime) -> MergeRecord:
    """Undo merge ``seq``: both facts as they were before it, each with its own sources;
    what later sources added to the survivor stays with it."""
    found = conn.execute(select(merges).where(merges.c.seq == seq)).first()
    if found is None:
        raise NotFound(f"no merge {seq}", "list them with `liaison merges`")
    record = found._mapping
    if record["undone_at"] is not None:
        raise StoreError(f"merge {seq} was undone already", "list them with `liaison merges`")
    kind = record["fact_kind"]
    cls = kind_class(kind)
    table = FACT_TABLES[cls]
    if conn.execute(select(table.c.id).where(table.c.id == record["absorbed_id"])).first():
        raise StoreError(
            f"merge {seq}: {kind} {record['absorbed_id']!r} is in the knowledge base again",
            "merge or correct the two by hand instead",
        )
    current = stored_row(conn, cls, record["survivor_id"])
    absorbed = object_row(from_json(cls, record["absorbed_row"]))
    survivor = restored_survivor(cls, current, record["survivor_row"], record["moved"]["after"])
    moved = record["moved"]
    restore_mentions(conn, kind, record["survivor_id"], record["absorbed_id"], moved["mentions"])
    conn.execute(
        update(conflicts)
        .where(conflicts.c.seq.in_(moved["conflicts"]))
        .values(fact_id=record["absorbed_id"])
    )
    conn.execute(delete(conflicts).where(conflicts.c.seq.in_(moved["created_conflicts"])))
    for ref in moved["references"]:
        restore_reference(conn, ref)
    write_row(conn, cls, survivor)
    write_row(conn, cls, absorbed)
    conn.execute(update(merges).where(merges.c.seq == seq).values(undone_by=by, undone_at=now))
    return record_of(conn.execute(select(merges).where(merges.c.seq == seq)).one()._mapping)


def restored_survivor(cls: type, current: Row, before: Any, after: Any) -> Row:
    """The survivor as it was before the merge, plus the list items later sources added
    (those it did not hold right after the merge)."""
    row = object_row(from_json(cls, before))
    merged = object_row(from_json(cls, after))
    for name, value in current.items():
        if isinstance(value, list) and isinstance(row.get(name), list):
            row[name] = row[name] + [
                x for x in value if x not in row[name] and x not in (merged.get(name) or [])
            ]
    return row


def restore_mentions(
    conn: Connection, kind: str, source: str, target: str, keys: Sequence[Sequence[Any]]
) -> None:
    """Give back to ``target`` the mentions a merge moved from it to ``source``."""
    query = select(mentions).where(mentions.c.fact_kind == kind, mentions.c.fact_id == source)
    wanted = {tuple(k) for k in keys}
    back = [r.seq for r in conn.execute(query) if tuple(key_of(dict(r._mapping))) in wanted]
    for chunk in chunks(back):
        conn.execute(update(mentions).where(mentions.c.seq.in_(chunk)).values(fact_id=target))


def restore_reference(conn: Connection, ref: dict[str, Any]) -> None:
    """Put back the fields a merge changed in a fact that named the absorbed one."""
    cls = KINDS[ref["kind"]]
    table = FACT_TABLES[cls]
    row = conn.execute(select(table).where(table.c.id == ref["id"])).first()
    if row is not None:
        update_fields(conn, cls, dict(row._mapping), ref["fields"])


def list_merges(
    conn: Connection, kind: str | None = None, fact_id: str | None = None
) -> list[MergeRecord]:
    """The merges recorded, oldest first; of one kind or one fact where asked."""
    query = select(merges).order_by(merges.c.seq)
    if kind is not None:
        query = query.where(merges.c.fact_kind == kind)
    if fact_id is not None:
        query = query.where(or_(merges.c.survivor_id == fact_id, merges.c.absorbed_id == fact_id))
    return [record_of(r._mapping) for r in conn.execute(query)]


def record_of(row: Any) -> MergeRecord:
    """A merges row as a MergeRecord."""
    return MergeRecord(
        seq=row["seq"],
        kind=row["fact_kind"],
        survivor=row["survivor_id"],
        absorbed=row["absorbed_id"],
        rule=row["rule"],
        score=row["score"],
        merged_by=row["merged_by"],
        merged_at=row["merged_at"],
        document=row["document_id"],
        undone_by=row["undone_by"],
        undone_at=row["undone_at"],
    )


# Merges a person makes and undoes: each one a change in the audit log as well


def merge_by_hand(conn: Connection, request: Merge, now: datetime) -> MergeRecord:
    """Merge as a person asked (``request.by``), and log it so that `undo` splits it."""
    assert request.by is not None, "a merge by hand says who asked for it"
    record = merge_facts(conn, request, now)
    assert record is not None  # only automatic merges are ever declined
    change = new_change(
        at=now,
        user=request.by,
        action=ChangeAction.MERGE,
        fact_kind=request.kind,
        fact_id=request.survivor,
        before={"absorbed": request.absorbed},
        after={"merge": record.seq, "rule": request.rule},
    )
    log_change(conn, change, [])
    return record


def split_by_hand(conn: Connection, seq: int, by: str, now: datetime) -> MergeRecord:
    """Undo merge ``seq`` as a person asked; the log says so (and marks the merge's own
    entry undone, when a person had made it)."""
    record = split_merge(conn, seq, by, now)
    logged = merge_change(conn, record)
    change = new_change(
        at=now,
        user=by,
        action=ChangeAction.UNDO,
        fact_kind=record.kind,
        fact_id=record.survivor,
        before={"merge": seq},
        after={"absorbed": record.absorbed},
        undoes=logged,
    )
    log_change(conn, change, [])
    return record


def merge_change(conn: Connection, record: MergeRecord) -> str | None:
    """The standing audit entry of a merge by hand of the same two facts, if any."""
    query = select(changes.c.id, changes.c.before).where(
        changes.c.action == ChangeAction.MERGE.value,
        changes.c.fact_kind == record.kind,
        changes.c.fact_id == record.survivor,
        changes.c.undone_by.is_(None),
    )
    found = [
        r.id for r in conn.execute(query) if (r.before or {}).get("absorbed") == record.absorbed
    ]
    return found[-1] if found else None


def undo_any(conn: Connection, change_id: str, user: str, now: datetime) -> Change:
    """Undo one change of the audit log: a merge is split, the split of one merged again,
    and any other change handed to ``undo_change``."""
    change, _state, undone_by = find_change(conn, change_id)
    target = find_change(conn, change.undoes)[0] if change.undoes else None
    if undone_by is None and change.action == ChangeAction.MERGE:
        seq = standing_merge(conn, change.fact_kind, change.fact_id, change.before["absorbed"])
        split_merge(conn, seq, user, now)
        undo = new_change(
            at=now,
            user=user,
            action=ChangeAction.UNDO,
            fact_kind=change.fact_kind,
            fact_id=change.fact_id,
            before=change.after,
            after=change.before,
            undoes=change.id,
        )
        return log_change(conn, undo, [])
    if undone_by is None and target is not None and target.action == ChangeAction.MERGE:
        absorbed = target.before["absorbed"]
        request = Merge(
            kind=target.fact_kind,
            survivor=target.fact_id,
            absorbed=absorbed,
            rule=target.after.get("rule", "by hand"),
            by=user,
        )
        record = merge_facts(conn, request, now)
        assert record is not None
        again = new_change(
            at=now,
            user=user,
            action=ChangeAction.MERGE,
            fact_kind=target.fact_kind,
            fact_id=target.fact_id,
            before={"absorbed": absorbed},
            after={"merge": record.seq, "rule": request.rule},
            undoes=change.id,
        )
        return log_change(conn, again, [])
    return undo_change(conn, change_id, user, now)


def standing_merge(conn: Connection, kind: str, survivor: str, absorbed: str) -> int:
    """The merge of ``absorbed`` into ``survivor`` that still stands."""
    query = (
        select(merges.c.seq)
        .where(
            merges.c.fact_kind == kind,
            merges.c.survivor_id == survivor,
            merges.c.absorbed_id == absorbed,
            merges.c.undone_at.is_(None),
        )
        .order_by(merges.c.seq.desc())
    )
    seq = conn.execute(query).scalar()
    if seq is None:
        raise StoreError(
            f"{kind} {absorbed} is no longer merged into {survivor}",
            "see `liaison merges` for what stands",
        )
    return int(seq)


# A document read again after a merge by hand


def redirected(conn: Connection, claims: list[Claim]) -> list[Claim]:
    """What a document says, with every fact a person merged into another said of that
    one: a new version of a document naming the typo a person merged away does not bring
    it back, and what named the typo names the kept fact."""
    for kind, keep, other in merges_by_hand(conn):
        cls = kind_class(kind)
        claims = [
            into_kept(c, keep, other)
            if c.cls is cls and c.row["id"] == other["id"]
            else renamed_claim(c, kind, other, keep)
            for c in claims
        ]
    return claims


def merges_by_hand(conn: Connection) -> list[tuple[str, Row, Row]]:
    """(kind, kept row, merged row) of every merge a person made that stands, oldest first.
    The kept fact as stored, or as the merge left it when it has gone since (a new version
    of its only document retired it: the document read again brings it back)."""
    query = (
        select(merges)
        .where(merges.c.merged_by.is_not(None), merges.c.undone_at.is_(None))
        .order_by(merges.c.seq)
    )
    found = []
    for record in (r._mapping for r in conn.execute(query)):
        cls = kind_class(record["fact_kind"])
        table = FACT_TABLES[cls]
        stored = conn.execute(select(table).where(table.c.id == record["survivor_id"])).first()
        kept = (
            dict(stored._mapping)
            if stored is not None
            else object_row(from_json(cls, record["moved"]["after"]))
        )
        merged = object_row(from_json(cls, record["absorbed_row"]))
        found.append((record["fact_kind"], kept, merged))
    return found


def into_kept(claim: Claim, keep: Row, other: Row) -> Claim:
    """A claim about the merged fact, made about the kept one (a person under its name,
    the other spelling an alias)."""
    row = claim.row | {"id": keep["id"]}
    if "name" in row and "aliases" in row:
        row["aliases"] = list(dict.fromkeys([*(row["aliases"] or []), row["name"]]))
        row["name"] = keep["name"]
    found = [m | {"fact_id": keep["id"]} for m in claim.mentions]
    return dataclasses.replace(claim, row=row, mentions=found)


def renamed_claim(claim: Claim, kind: str, other: Row, keep: Row) -> Claim:
    """A claim whose references to a merged fact name the kept one."""
    if claim.cls not in REFERRERS.get(kind, ()):
        return claim
    changes = renamed_fields(kind, claim.row, other, keep, claim.cls)
    return dataclasses.replace(claim, row=claim.row | changes) if changes else claim
