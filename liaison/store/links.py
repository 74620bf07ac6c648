"""The ``partner_links`` rows of facts: which partners each fact names, kept in step with
the facts on every write so that reads about one partner use an index."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection

from liaison.store.rows import Row, RowsByKind, delete_of
from liaison.store.tables import partner_links


def partners_of(row: Mapping[str, Any]) -> list[str]:
    """The partner ids a fact row names: its ``partners`` list, or its one ``partner``.

    >>> partners_of({"partners": ["AZ", "AZ-BA", "AZ"]}), partners_of({"partner": "KZ"})
    (['AZ', 'AZ-BA'], ['KZ'])
    """
    named = row.get("partners")
    if named is None:
        named = [row["partner"]] if row.get("partner") else []
    return list(dict.fromkeys(p for p in named if p))


def replace_links(conn: Connection, rows_by_kind: RowsByKind) -> None:
    """Write the links of the rows of each kind afresh (kinds whose facts name no partner
    have none)."""
    linked = {
        kind: rows
        for kind, rows in rows_by_kind.items()
        if rows and {"partners", "partner"} & set(rows[0])
    }
    if not linked:
        return
    ids = [row["id"] for rows in linked.values() for row in rows]
    delete_of(conn, partner_links.c.fact_kind, partner_links.c.fact_id, linked, ids)
    fresh: list[Row] = [
        {"fact_kind": kind, "fact_id": row["id"], "partner_id": partner}
        for kind, rows in linked.items()
        for row in rows
        for partner in partners_of(row)
    ]
    if fresh:
        conn.execute(partner_links.insert(), fresh)


def drop_links(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Remove the links of the given facts."""
    delete_of(conn, partner_links.c.fact_kind, partner_links.c.fact_id, [kind], ids)
