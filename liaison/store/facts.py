"""Writing facts inside an open transaction: upsert by id, mentions, conflicts, search entries.

A fact already present (from another document, or earlier in the same one) is merged
by ``liaison.store.merge``; what conflicts is written to ``conflicts`` with the document
that said it. Everything here runs on a Connection the caller has begun; the caller
commits or rolls back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, exists, select, update

from liaison.store.derived import reindex_kinds, unindex
from liaison.store.merge import merge_rows
from liaison.store.rows import CHUNK, Row, chunks, json_value, mention_rows, object_row
from liaison.store.tables import FACT_TABLES, conflicts, kind_of, mentions


@dataclass(frozen=True, slots=True)
class Claim:
    """What one source says about one fact: its row, its mention rows and the source."""

    cls: type
    row: Row
    mentions: list[Row]
    source: str | None


@dataclass(slots=True)
class Plan:
    """What to write for one class: rows by id, which are new, which changed, conflicts."""

    rows: dict[str, Row]
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    conflicts: list[Row] = field(default_factory=list)


def claim_of(obj: Any, document_id: str | None) -> Claim:
    """The claim a model fact makes; ``document_id``, where given, is every mention's source."""
    row = object_row(obj)
    rows = mention_rows(kind_of(type(obj)), row["id"], obj.mentions, document_id)
    source = document_id or next((m["document_id"] for m in rows if m["document_id"]), None)
    return Claim(cls=type(obj), row=row, mentions=rows, source=source)


def upsert_claims(conn: Connection, claims: Sequence[Claim]) -> tuple[int, int]:
    """Write every claim; return how many facts were added and how many merged.

    The rows are written class by class (a table each); their mentions, conflicts and
    derived rows all at once, since statements, not rows, are what a save costs.
    """
    added = merged = 0
    written: dict[str, list[Row]] = {}
    found: list[Row] = []
    for cls in FACT_TABLES:
        group = [c for c in claims if c.cls is cls]
        if group:
            plan = plan_class(cls, existing_rows(conn, cls, group), group)
            write_rows(conn, cls, plan)
            written[kind_of(cls)] = [plan.rows[i] for i in plan.added + plan.changed]
            found.extend(plan.conflicts)
            added += len(plan.added)
            merged += len({c.row["id"] for c in group}) - len(plan.added)
    add_mentions(conn, [m for c in claims for m in c.mentions])
    add_conflicts(conn, found)
    reindex_kinds(conn, written)
    return added, merged


def existing_rows(conn: Connection, cls: type, group: Sequence[Claim]) -> dict[str, Row]:
    """The stored rows of ``cls`` for the ids the claims name."""
    table = FACT_TABLES[cls]
    ids = list(dict.fromkeys(c.row["id"] for c in group))
    found: dict[str, Row] = {}
    for chunk in chunks(ids):
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    return found


def plan_class(cls: type, stored: dict[str, Row], group: Sequence[Claim]) -> Plan:
    """Merge the claims of one class into the stored rows, in order (pure)."""
    plan = Plan(rows=dict(stored))
    kind = kind_of(cls)
    for claim in group:
        fact_id = claim.row["id"]
        if fact_id not in plan.rows:
            plan.rows[fact_id] = claim.row
            plan.added.append(fact_id)
            continue
        merged = merge_rows(cls, plan.rows[fact_id], claim.row)
        plan.rows[fact_id] = merged.row
        if merged.is_changed and fact_id not in plan.added and fact_id not in plan.changed:
            plan.changed.append(fact_id)
        plan.conflicts.extend(
            {
                "fact_kind": kind,
                "fact_id": fact_id,
                "field": name,
                "value": json_value(value),
                "document_id": claim.source,
            }
            for name, value in merged.conflicts
        )
    return plan


def write_rows(conn: Connection, cls: type, plan: Plan) -> None:
    """Insert the new rows of ``cls``, update the changed ones."""
    table = FACT_TABLES[cls]
    if plan.added:
        conn.execute(table.insert(), [plan.rows[i] for i in plan.added])
    if plan.changed:
        statement = update(table).where(table.c.id == bindparam("row_id"))
        params = [row_params(plan.rows[i]) for i in plan.changed]
        conn.execute(statement, params)


def row_params(row: Row) -> Row:
    """Parameters of an update by id: every column but the key, and the key as ``row_id``."""
    return {"row_id": row["id"]} | {k: v for k, v in row.items() if k != "id"}


def mention_key(row: Row) -> tuple[Any, ...]:
    """What makes two mentions the same."""
    return (
        row["fact_kind"],
        row["fact_id"],
        row["document_id"],
        row["start"],
        row["end"],
        row["rule"],
    )


def add_mentions(conn: Connection, rows: Sequence[Row]) -> None:
    """Insert the mentions not yet stored, in order.

    Only the stored mentions in the same documents can be the same: those are read (a
    partner named by every document would otherwise bring all its mentions back each time).
    """
    ids = list(dict.fromkeys(r["fact_id"] for r in rows))
    kinds = sorted({r["fact_kind"] for r in rows})  # so that the (kind, id) index serves
    sources = sorted({r["document_id"] for r in rows})
    seen: set[tuple[Any, ...]] = set()
    for chunk in chunks(ids):  # ids carry their kind, so one list serves every kind
        query = select(mentions).where(
            mentions.c.fact_kind.in_(kinds), mentions.c.fact_id.in_(chunk)
        )
        if len(sources) <= CHUNK:  # an import of thousands of documents reads them all
            query = query.where(mentions.c.document_id.in_(sources))
        seen.update(mention_key(dict(r._mapping)) for r in conn.execute(query))
    fresh = []
    for row in rows:
        if mention_key(row) not in seen:
            seen.add(mention_key(row))
            fresh.append(row)
    if fresh:
        conn.execute(mentions.insert(), fresh)


def conflict_key(row: Row) -> tuple[Any, ...]:
    """What makes two recorded conflicts the same."""
    value = json.dumps(row["value"], sort_keys=True, default=str)
    return row["fact_kind"], row["fact_id"], row["field"], value, row["document_id"]


def add_conflicts(conn: Connection, rows: Sequence[Row]) -> None:
    """Insert the conflicts not yet recorded."""
    if not rows:
        return
    ids = list(dict.fromkeys(r["fact_id"] for r in rows))
    kinds = sorted({r["fact_kind"] for r in rows})  # so that the (kind, id) index serves
    seen: set[tuple[Any, ...]] = set()
    for chunk in chunks(ids):
        stored = conn.execute(
            select(conflicts).where(
                conflicts.c.fact_kind.in_(kinds), conflicts.c.fact_id.in_(chunk)
            )
        )
        seen.update(conflict_key(dict(r._mapping)) for r in stored)
    fresh = []
    for row in rows:
        if conflict_key(row) not in seen:
            seen.add(conflict_key(row))
            fresh.append(row)
    if fresh:
        conn.execute(conflicts.insert(), fresh)


def drop_orphans(conn: Connection, keys: Iterable[tuple[str, str]]) -> int:
    """Delete the facts among ``keys`` (kind, id) left with no mention and no author."""
    removed = 0
    by_kind: dict[str, list[str]] = {}
    for kind, fact_id in keys:
        by_kind.setdefault(kind, []).append(fact_id)
    for cls, table in FACT_TABLES.items():
        kind = kind_of(cls)
        for chunk in chunks(by_kind.get(kind, [])):
            has_mention = exists().where(
                mentions.c.fact_kind == kind, mentions.c.fact_id == table.c.id
            )
            orphan = table.c.id.in_(chunk) & table.c.entered_by.is_(None) & ~has_mention
            gone = [r.id for r in conn.execute(select(table.c.id).where(orphan))]
            if gone:
                conn.execute(delete(table).where(table.c.id.in_(gone)))
                conn.execute(
                    delete(conflicts).where(
                        conflicts.c.fact_kind == kind, conflicts.c.fact_id.in_(gone)
                    )
                )
                unindex(conn, kind, gone)
                removed += len(gone)
    return removed
