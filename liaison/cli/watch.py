"""`liaison watch`: follow news feeds, ingesting each new item's page as an .html file.

What was seen is kept in the knowledge base (``liaison.store.feeds``): each feed's ETag
and Last-Modified, so an unchanged feed costs one '304 Not Modified'; every item by its
address, so it is fetched once; and the hash of every page fetched, so the same article
under a second address is not stored again. A feed or page that fails gets one line and
the others go on; a page that could not be fetched is tried again on the next round.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from liaison.cli.app import (
    HomeOption,
    app,
    err,
    open_store,
    out,
    printable,
    report,
    reported,
    settings_for,
)
from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.store import Store

if TYPE_CHECKING:
    from liaison.cli.workers import Extracted, Extractor
    from liaison.read.feeds import FeedEntry
    from liaison.read.fetch import Fetcher

INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(slots=True)
class FeedRound:
    """What one feed gave in one round."""

    url: str
    is_modified: bool = True
    new: int = 0
    seen: int = 0
    repeats: int = 0
    failed: int = 0

    def line(self) -> str:
        """'https://…/rss: 3 new, 12 seen before, 1 repeat, 1 failed'."""
        if not self.is_modified:
            return f"{self.url}: not modified since the last round"
        parts = [f"{self.new} new", f"{self.seen} seen before"]
        if self.repeats:
            parts.append(f"{self.repeats} already stored under another address")
        if self.failed:
            parts.append(f"{self.failed} failed")
        return f"{self.url}: " + ", ".join(parts)


def parse_interval(value: str) -> float:
    """Seconds in '90', '30s', '15m', '2h' or '1d'.

    >>> parse_interval("15m"), parse_interval("90"), parse_interval("1.5h")
    (900.0, 90.0, 5400.0)
    """
    match = INTERVAL.fullmatch(value.strip().lower())
    if match is None or float(match.group(1)) <= 0:
        raise LiaisonError(f"--every {value!r} is not a length of time", "write 30s, 15m, 2h or 1d")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2)]


@app.command()
def watch(
    feeds: Annotated[
        list[str],
        typer.Argument(help="RSS or Atom addresses, or text files listing one a line."),
    ],
    once: Annotated[bool, typer.Option("--once", help="One round, then stop.")] = False,
    every: Annotated[
        str, typer.Option("--every", help="Time between rounds: 30s, 15m, 2h, 1d.")
    ] = "30m",
    rounds: Annotated[
        int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a server.")
    ] = 20.0,
    retries: Annotated[
        int, typer.Option("--retries", min=0, help="Further tries after a failure.")
    ] = 3,
    backoff: Annotated[
        float,
        typer.Option("--backoff", min=0.0, help="Seconds before the first retry, doubling."),
    ] = 1.0,
    home: HomeOption = None,
) -> None:
    """Follow news feeds: ingest each new item's page, on a schedule or --once."""
    from liaison.read.fetch import Fetcher

    settings = settings_for(home)
    with reported():
        pause = parse_interval(every)
    addresses, failed = feed_addresses(feeds)
    store = open_store()
    fetcher = Fetcher(
        timeout=timeout, retries=retries, backoff=backoff, max_bytes=settings.max_file_bytes
    )
    total = 1 if once else rounds
    try:
        for number in round_numbers(total):
            if number > 1:
                time.sleep(pause)
            failed += watch_round(addresses, settings, store, fetcher)
            if total is None or number < total:
                err.print(f"next round in {every}", highlight=False)
    except KeyboardInterrupt:
        err.print("stopped", highlight=False)
    finally:
        fetcher.close()
    if failed:
        raise typer.Exit(1)


def round_numbers(total: int | None) -> Iterator[int]:
    """1, 2, … up to ``total`` rounds, or for ever."""
    number = 1
    while total is None or number <= total:
        yield number
        number += 1


def feed_addresses(values: Sequence[str]) -> tuple[list[str], int]:
    """The feed addresses given and listed, each once, and how many listings failed."""
    from liaison.read.feeds import is_feed_address, listed_feeds

    found: list[str] = []
    failed = 0
    for value in values:
        try:
            found += [value] if is_feed_address(value) else listed_feeds(Path(value))
        except LiaisonError as error:
            report(error)
            failed += 1
    return list(dict.fromkeys(found)), failed


def watch_round(
    addresses: Sequence[str], settings: Settings, store: Store, fetcher: Fetcher
) -> int:
    """One round over every feed, a line for each; returns how many feeds or pages failed."""
    failed = 0
    for url in addresses:
        try:
            done = watch_feed(url, settings, store, fetcher)
        except LiaisonError as error:
            report(error)
            failed += 1
            continue
        out.print(Text(printable(done.line())), soft_wrap=True)
        failed += done.failed
    return failed


def watch_feed(url: str, settings: Settings, store: Store, fetcher: Fetcher) -> FeedRound:
    """Fetch one feed (conditionally) and ingest the pages of the items not seen before."""
    from liaison.read.feeds import parse_feed
    from liaison.store.feeds import FeedState

    state = store.feed(url)
    fetched = fetcher.get(url, *((state.etag, state.last_modified) if state else ()))
    if not fetched.is_modified:
        return FeedRound(url=url, is_modified=False)
    entries = parse_feed(fetched.content, url)
    seen = store.seen_items(e.url for e in entries)
    done = FeedRound(url=url, seen=len(seen))
    ingest_entries(url, [e for e in entries if e.url not in seen], settings, store, fetcher, done)
    store.remember_feed(
        FeedState(url=url, etag=fetched.etag, last_modified=fetched.last_modified, checked_at=now())
    )
    return done


def ingest_entries(
    feed_url: str,
    entries: Sequence[FeedEntry],
    settings: Settings,
    store: Store,
    fetcher: Fetcher,
    done: FeedRound,
) -> None:
    """Fetch each item's page and ingest it as an .html file whose path is its address."""
    from liaison.cli import flow
    from liaison.store.feeds import FeedItem

    with tempfile.TemporaryDirectory(prefix="liaison-watch-") as folder:
        pages: dict[Path, tuple[FeedEntry, str]] = {}
        for entry in entries:
            try:
                content = fetcher.get(entry.url).content
            except LiaisonError as error:  # not remembered: tried again next round
                report(error)
                done.failed += 1
                continue
            digest = hashlib.sha256(content).hexdigest()
            if store.item_with_content(digest) is not None or digest in {
                d for _, d in pages.values()
            }:
                store.remember_item(
                    FeedItem(url=entry.url, feed_url=feed_url, content_hash=digest, seen_at=now())
                )
                done.repeats += 1
                continue
            path = Path(folder) / f"{hashlib.sha1(entry.url.encode()).hexdigest()[:20]}.html"
            path.write_bytes(content)
            pages[path] = (entry, digest)
        extractor = pages_extractor({path: entry for path, (entry, _) in pages.items()})
        outcomes = flow.ingest_files(list(pages), settings, store, extractor=extractor)
        for outcome in outcomes:
            entry, digest = pages[outcome.path]
            if outcome.error is not None:
                report(outcome.error)
                done.failed += 1
            else:
                done.new += outcome.status != "unchanged"
                done.repeats += outcome.status == "unchanged"
            document = outcome.extraction.document.id if outcome.extraction else None
            item = FeedItem(
                url=entry.url,
                feed_url=feed_url,
                content_hash=digest,
                document_id=document,
                seen_at=now(),
            )
            store.remember_item(item)


def pages_extractor(entries: Mapping[Path, FeedEntry]) -> Extractor:
    """Reads each fetched page as an .html file, dated by its feed item when the page
    states no date, its document's path being the page's address."""
    from liaison.cli.workers import extract_or_error

    def extract(
        paths: Sequence[Path], settings: Settings, published: date | None
    ) -> Iterator[Extracted]:
        for path in paths:
            entry = entries[path]
            yield as_page(
                extract_or_error(path, settings, entry.published or published), path, entry.url
            )

    return extract


def as_page(result: Extracted, path: Path, url: str) -> Extracted:
    """An extraction or error of a page saved at ``path``, told as the page at ``url``."""
    if isinstance(result, LiaisonError):
        return type(result)(result.message.replace(str(path), url), result.hint)
    return replace(result, document=replace(result.document, path=url))


def now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)
