"""News feeds: RSS and Atom into the items they list, and files that list feeds.

``feedparser`` reads every RSS and Atom dialect; what it gives is narrowed here to what
Liaison needs of an item: the address of its page and the day it was published.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser

from liaison.errors import UnreadableDocument


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedEntry:
    """One item of a feed: its page, its title, the day it was published (if given)."""

    url: str
    title: str = ""
    published: date | None = None


def parse_feed(data: bytes, url: str) -> list[FeedEntry]:
    """The items of an RSS or Atom feed, in the feed's order, each once.

    >>> rss = '''<rss version="2.0"><channel><title>t</title><item><title>Визит</title>
    ... <link>/news/1.html</link><pubDate>Tue, 22 Apr 2025 10:00:00 +0300</pubDate></item>
    ... </channel></rss>'''
    >>> item = parse_feed(rss.encode(), "http://example.org/feed.xml")[0]
    >>> item.url, item.title, item.published
    ('http://example.org/news/1.html', 'Визит', datetime.date(2025, 4, 22))

    Raises UnreadableDocument for something that is no feed (an HTML page, broken XML).
    """
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom items in it"
        raise UnreadableDocument(
            f"{url}: is not an RSS or Atom feed ({str(reason).strip() or 'unreadable'})",
            "check the feed's address",
        )
    entries: dict[str, FeedEntry] = {}
    for item in parsed.entries:
        link = str(item.get("link") or "").strip()
        if not link:
            continue
        page = urljoin(url, link)
        if urlsplit(page).scheme in ("http", "https") and page not in entries:
            entries[page] = FeedEntry(
                url=page, title=str(item.get("title") or ""), published=day_of(item)
            )
    return list(entries.values())


def day_of(item: feedparser.FeedParserDict) -> date | None:
    """The day an item was published (or last updated), as the feed states it."""
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    if not isinstance(stamp, time.struct_time):
        return None
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)


def is_feed_address(value: str) -> bool:
    """Whether a FEED argument is an address rather than a file listing feeds.

    >>> is_feed_address("https://example.org/rss"), is_feed_address("feeds.txt")
    (True, False)
    """
    return urlsplit(value).scheme in ("http", "https")


def listed_feeds(path: Path) -> list[str]:
    """The feed addresses a file lists, one a line; blank lines and ``#`` comment lines aside.

    Raises UnreadableDocument for a file that cannot be read or lists something that is
    not an http(s) address.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UnreadableDocument(
            f"{path}: cannot be read as a list of feeds ({reason})",
            "give feed addresses, or a UTF-8 text file with one address a line",
        ) from error
    found = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if not is_feed_address(text):
            raise UnreadableDocument(
                f"{path}:{number}: {text!r} is not an http(s) address",
                "write one feed address a line, such as https://example.org/rss",
            )
        found.append(text)
    return found
