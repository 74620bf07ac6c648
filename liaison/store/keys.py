"""Blocking keys in the database: every person, event and agreement filed under the keys
of ``liaison.text.keys``, so that resolution reads the few stored facts a new one may be
(an indexed lookup) instead of everything known."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, func, select

from liaison.store.rows import Row, RowsByKind, chunks, delete_of, mention_from_row, object_from_row
from liaison.store.tables import FACT_TABLES, blocking_keys, kind_of, mentions
from liaison.text.keys import LookupKeys, fact_keys

KEYED_KINDS = frozenset({"person", "event", "agreement"})
# Mentions read with each candidate: enough to weigh a name (how often it is seen); a new
# document is never among a stored fact's sources, so no more are needed to compare.
CANDIDATE_MENTIONS = 100


def file_keys(conn: Connection, rows_by_kind: RowsByKind) -> None:
    """File the rows of facts of each kind under their keys (replacing the old keys)."""
    keyed = {kind: rows for kind, rows in rows_by_kind.items() if kind in KEYED_KINDS and rows}
    if not keyed:
        return
    ids = [row["id"] for rows in keyed.values() for row in rows]
    delete_of(conn, blocking_keys.c.fact_kind, blocking_keys.c.fact_id, keyed, ids)
    fresh = [
        {"fact_kind": kind, "key": key, "fact_id": row["id"]}
        for kind, rows in keyed.items()
        for row in rows
        for key in sorted(fact_keys(kind, row))
    ]
    if fresh:
        conn.execute(blocking_keys.insert(), fresh)


def drop_keys(conn: Connection, kind: str, ids: Sequence[str]) -> None:
    """Forget the keys of the facts ``ids``."""
    delete_of(conn, blocking_keys.c.fact_kind, blocking_keys.c.fact_id, [kind], ids)


def find_candidates(conn: Connection, cls: type, lookup: LookupKeys) -> tuple[Any, ...]:
    """The stored facts of ``cls`` filed under any of the keys, with their first mentions,
    by id: an indexed read of those facts only."""
    if not lookup:
        return ()
    kind = kind_of(cls)
    ids: set[str] = set()
    for chunk in chunks(sorted(lookup.keys)):
        query = select(blocking_keys.c.fact_id).where(
            blocking_keys.c.fact_kind == kind, blocking_keys.c.key.in_(list(chunk))
        )
        ids.update(r.fact_id for r in conn.execute(query))
    return read_facts(conn, cls, sorted(ids), most=CANDIDATE_MENTIONS)


def read_facts(
    conn: Connection, cls: type, ids: Sequence[str], most: int | None = None
) -> tuple[Any, ...]:
    """The facts ``ids`` of ``cls`` with their mentions (the first ``most`` of each, where
    given: a person of ten thousand news items is not read whole to be compared), by id."""
    table, kind = FACT_TABLES[cls], kind_of(cls)
    rows: dict[str, Row] = {}
    found: dict[str, list[Any]] = {}
    for chunk in chunks(list(ids)):
        rows.update(
            (r.id, dict(r._mapping))
            for r in conn.execute(select(table).where(table.c.id.in_(chunk)))
        )
        for m in conn.execute(mentions_query(kind, chunk, most)):
            found.setdefault(m.fact_id, []).append(mention_from_row(m._mapping))
    return tuple(object_from_row(cls, rows[i], found.get(i, ())) for i in sorted(rows))


def mentions_query(kind: str, ids: Sequence[str], most: int | None) -> Select[Any]:
    """The mentions of facts ``ids`` in the order stored, at most ``most`` of each."""
    if most is None:
        wanted = select(mentions).where(mentions.c.fact_kind == kind, mentions.c.fact_id.in_(ids))
        return wanted.order_by(mentions.c.seq)
    return first_mentions().params(kind=kind, ids=list(ids), most=most)


@cache
def first_mentions() -> Select[Any]:
    """The statement of ``mentions_query`` with a limit, built once: resolution runs it for
    every new document, and building its window and subquery costs more than running it."""
    wanted = select(mentions).where(
        mentions.c.fact_kind == bindparam("kind"),
        mentions.c.fact_id.in_(bindparam("ids", expanding=True)),
    )
    place = func.row_number().over(partition_by=mentions.c.fact_id, order_by=mentions.c.seq)
    numbered = wanted.add_columns(place.label("place")).subquery()
    return (
        select(*(numbered.c[c.name] for c in mentions.columns))
        .where(numbered.c.place <= bindparam("most"))
        .order_by(numbered.c.seq)
    )
