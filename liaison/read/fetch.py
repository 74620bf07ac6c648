"""Fetching feeds and pages over HTTP: conditional requests, time-outs, retries with
back-off, and a size limit, each failure one ``UnreadableDocument`` naming the address."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from liaison.errors import UnreadableDocument

USER_AGENT = "Liaison (news feeds of international cooperation)"
# Answers worth asking again: the server is busy or failing for now.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """What a server gave: the body (empty when not modified) and its validators."""

    url: str
    status: int
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def is_modified(self) -> bool:
        """False when the server answered 304: what was fetched before still holds."""
        return self.status != 304


@dataclass(slots=True, kw_only=True)
class Fetcher:
    """An HTTP client with a time-out per request, ``retries`` further tries after a
    network error or a busy answer (429, 5xx) with a pause doubling from ``backoff``
    seconds, and at most ``max_bytes`` per body."""

    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_bytes: int = 50 * 1024 * 1024
    sleep: Callable[[float], None] = time.sleep
    client: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            timeout=self.timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        )

    def close(self) -> None:
        """Release the connections."""
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The resource at ``url``; with validators, a 304 when it has not changed."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for attempt in range(self.retries + 1):
            is_last = attempt == self.retries
            try:
                fetched = self.once(url, headers)
            except httpx.TransportError as error:
                if is_last:
                    raise unreachable(url, error, self.retries) from error
            else:
                if fetched.status not in RETRY_STATUSES or is_last:
                    return checked(fetched)
            self.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def once(self, url: str, headers: dict[str, str]) -> Fetched:
        """One request, its body read up to the size limit."""
        with self.client.stream("GET", url, headers=headers) as response:
            body = bytearray()
            for piece in response.iter_bytes():
                body += piece
                if len(body) > self.max_bytes:
                    raise UnreadableDocument(
                        f"{url}: is larger than {self.max_bytes // (1024 * 1024)} MB",
                        "raise the limit with --max-size MB if it is a real page",
                    )
            return Fetched(
                url=url,
                status=response.status_code,
                content=bytes(body),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )


def checked(fetched: Fetched) -> Fetched:
    """The answer when it is a success or 'not modified'; else the error it stands for."""
    if fetched.status == 304 or 200 <= fetched.status < 300:
        return fetched
    raise UnreadableDocument(
        f"{fetched.url}: the server answered {fetched.status} "
        f"{httpx.codes.get_reason_phrase(fetched.status)}".rstrip(),
        "check the address; it is tried again on the next run",
    )


def unreachable(url: str, error: httpx.TransportError, retries: int) -> UnreadableDocument:
    """The error for an address that could not be reached, tries included."""
    kind = "timed out" if isinstance(error, httpx.TimeoutException) else "cannot be reached"
    reason = str(error).strip() or type(error).__name__
    tries = f"{retries + 1} tries" if retries else "1 try"
    return UnreadableDocument(
        f"{url}: {kind} ({reason}; {tries})",
        "check the address and the network; it is tried again on the next run",
    )
