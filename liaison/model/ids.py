"""Deterministic ids: the same document or fact always gets the same id."""

from __future__ import annotations

import hashlib


def content_hash(data: bytes) -> str:
    """The id of a document: the sha1 of its bytes as read, shortened to 16 hex digits.

    >>> content_hash(b"abc")
    'a9993e364706816a'
    """
    return hashlib.sha1(data).hexdigest()[:16]


def make_id(kind: str, *parts: object) -> str:
    """The id of a fact from its kind and its normalised key parts.

    >>> make_id("event", "2019-09-16", "AZ") == make_id("event", "2019-09-16", "AZ")
    True
    >>> make_id("event", "x").startswith("event:")
    True
    """
    key = "\x1f".join(str(p).casefold() for p in parts)
    return f"{kind}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"
