"""Who is asking: a signed session cookie (browsers) or a personal API token (scripts),
the CSRF token every form carries, and the slowing down of failed sign-ins.

The session is a signed, HTTP-only cookie holding the user's name and the session's CSRF
token; it is marked Secure when the request came over https (or the server was told so),
so that signing in over plain http://127.0.0.1 works.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from liaison.store.users import Role, User

SESSION_COOKIE = "liaison_session"
SESSION_SECONDS = 14 * 24 * 3600
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


@dataclass(slots=True)
class Session:
    """What the session cookie says: who signed in (None: nobody) and the CSRF token."""

    user: str | None
    csrf: str
    lang: str | None = None
    is_changed: bool = False


def new_session() -> Session:
    """A session for a browser that has none yet: nobody signed in, a fresh CSRF token."""
    return Session(user=None, csrf=secrets.token_urlsafe(32), is_changed=True)


class SessionCodec:
    """Signs sessions into cookie values and reads them back; a value signed with another
    key, tampered with or too old reads as no session."""

    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="liaison-session")

    def dumps(self, session: Session) -> str:
        data = {"user": session.user, "csrf": session.csrf, "lang": session.lang}
        return self._serializer.dumps(data)

    def loads(self, value: str | None) -> Session | None:
        if not value:
            return None
        try:
            data: Any = self._serializer.loads(value, max_age=SESSION_SECONDS)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        user = data.get("user") if isinstance(data.get("user"), str) else None
        lang = data.get("lang") if isinstance(data.get("lang"), str) else None
        return Session(user=user, csrf=data["csrf"], lang=lang)


def is_csrf_valid(session: Session, sent: str | None) -> bool:
    """Whether a form or header sent this session's CSRF token (compared in constant time).

    >>> s = Session(user="anna", csrf="abc")
    >>> is_csrf_valid(s, "abc"), is_csrf_valid(s, "abd"), is_csrf_valid(s, None)
    (True, False, False)
    """
    return bool(sent) and hmac.compare_digest(session.csrf, str(sent))


def bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header.

    >>> bearer_token("Bearer abc"), bearer_token("Basic abc"), bearer_token(None)
    ('abc', None, None)
    """
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


@dataclass(frozen=True, slots=True)
class Visitor:
    """Who makes a request: a user or nobody, and whether by token (no CSRF needed: a
    browser never sends a token by itself)."""

    user: User | None
    by_token: bool = False

    def may(self, role: Role) -> bool:
        return self.user is not None and self.user.may(role)


# Failed sign-ins allowed per name and address in a window before more are refused.
FAILURES_ALLOWED = 5
FAILURE_WINDOW_SECONDS = 15 * 60


@dataclass
class SignInThrottle:
    """Counts failed sign-ins per (address, name); past ``FAILURES_ALLOWED`` in the window,
    further attempts are refused without checking the password, so guessing is slow."""

    clock: Callable[[], float] = time.monotonic
    failures: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    lock: Lock = field(default_factory=Lock)

    def is_blocked(self, address: str, name: str) -> bool:
        with self.lock:
            return len(self.recent(address, name)) >= FAILURES_ALLOWED

    def failed(self, address: str, name: str) -> None:
        with self.lock:
            self.recent(address, name).append(self.clock())

    def succeeded(self, address: str, name: str) -> None:
        with self.lock:
            self.failures.pop((address, name), None)

    def recent(self, address: str, name: str) -> list[float]:
        since = self.clock() - FAILURE_WINDOW_SECONDS
        kept = [t for t in self.failures.get((address, name), []) if t > since]
        self.failures[(address, name)] = kept
        return kept
