"""What the store derives from a fact's row and keeps beside it: its search entry, the
blocking keys resolution finds it by, and the partners it names. Every write of facts goes
through these two functions, so that none of the three falls out of step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from liaison.store.keys import drop_keys, file_keys
from liaison.store.links import drop_links, replace_links
from liaison.store.search import drop_entries, replace_entries


def reindex(conn: Connection, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Derive afresh what the rows of ``kind`` facts give (written or rewritten)."""
    rows = list(rows)
    replace_entries(conn, kind, rows)
    file_keys(conn, kind, rows)
    replace_links(conn, kind, rows)


def unindex(conn: Connection, kind: str, ids: Sequence[str]) -> None:
    """Forget what the facts ``ids`` of ``kind`` gave (taken out)."""
    drop_entries(conn, kind, ids)
    drop_keys(conn, kind, ids)
    drop_links(conn, kind, ids)
