"""What `liaison watch` remembers between runs: each feed's validators (ETag,
Last-Modified) and every item seen, by its address and by the hash of what was fetched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, select

from liaison.store.rows import chunks
from liaison.store.tables import feed_items, feeds


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedState:
    """A feed as last fetched: the validators its server gave, for a conditional request."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedItem:
    """One item seen in a feed: its page's address, the hash of the page fetched, and the
    document it became (None when it was not stored: a repeat, or a page that failed)."""

    url: str
    feed_url: str
    content_hash: str | None = None
    document_id: str | None = None
    seen_at: datetime


def feed_state(conn: Connection, url: str) -> FeedState | None:
    """The stored state of one feed; None for a feed never fetched."""
    row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
    return None if row is None else FeedState(**row._mapping)


def save_feed_state(conn: Connection, state: FeedState) -> None:
    """Store a feed's state, replacing the one before."""
    replace_row(conn, feeds, asdict(state))


def replace_row(conn: Connection, table: Table, row: dict[str, Any]) -> None:
    """Write ``row`` in place of the one with the same ``url``, if any."""
    conn.execute(delete(table).where(table.c.url == row["url"]))
    conn.execute(table.insert(), [row])


def seen_urls(conn: Connection, urls: Iterable[str]) -> set[str]:
    """Those of ``urls`` already seen in some feed."""
    wanted = sorted(set(urls))
    found: set[str] = set()
    for chunk in chunks(wanted):
        query = select(feed_items.c.url).where(feed_items.c.url.in_(chunk))
        found.update(r.url for r in conn.execute(query))
    return found


def url_with_hash(conn: Connection, content_hash: str) -> str | None:
    """The address of an item already fetched with this content, if any."""
    query = select(feed_items.c.url).where(feed_items.c.content_hash == content_hash)
    row = conn.execute(query.limit(1)).first()
    return None if row is None else str(row.url)


def save_item(conn: Connection, item: FeedItem) -> None:
    """Remember one item (again, when its page is fetched anew)."""
    replace_row(conn, feed_items, asdict(item))
