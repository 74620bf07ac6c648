"""What the store derives from a fact's row and keeps beside it: its search entry, the
blocking keys resolution finds it by, and the partners it names. Every write of facts goes
through these two functions, so that none of the three falls out of step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from liaison.store.keys import drop_keys, file_keys
from liaison.store.links import drop_links, replace_links
from liaison.store.rows import RowsByKind
from liaison.store.search import drop_entries, replace_entries


def reindex(conn: Connection, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Derive afresh what the rows of ``kind`` facts give (written or rewritten)."""
    reindex_kinds(conn, {kind: list(rows)})


def reindex_kinds(conn: Connection, rows_by_kind: RowsByKind) -> None:
    """``reindex`` for the rows of several kinds at once: one statement per derived table
    rather than one per kind, since a document's save is mostly these statements."""
    replace_entries(conn, rows_by_kind)
    file_keys(conn, rows_by_kind)
    replace_links(conn, rows_by_kind)


def unindex(conn: Connection, kind: str, ids: Sequence[str]) -> None:
    """Forget what the facts ``ids`` of ``kind`` gave (taken out)."""
    drop_entries(conn, kind, ids)
    drop_keys(conn, kind, ids)
    drop_links(conn, kind, ids)
