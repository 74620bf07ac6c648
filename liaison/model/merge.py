"""Merge objects that are the same fact: union their sources and lists, keep the first value.

Rules yield one object per mention; objects with the same deterministic id are one fact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def merge_pair(first: T, second: T) -> T:
    """One object from two views of the same fact.

    Tuples are unioned in order of first appearance (mentions, aliases, positions,
    participants); a scalar keeps the first non-empty value.
    """
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(first):  # type: ignore[arg-type]
        a, b = getattr(first, f.name), getattr(second, f.name)
        if isinstance(a, tuple):
            merged = union(a, b)
            if merged != a:
                changes[f.name] = merged
        elif a in (None, "") and b not in (None, ""):
            changes[f.name] = b
    return dataclasses.replace(first, **changes) if changes else first  # type: ignore[type-var]


def union(a: tuple[Any, ...], b: tuple[Any, ...]) -> tuple[Any, ...]:
    """Items of ``a`` then those of ``b`` not already there.

    >>> union(("x", "y"), ("y", "z"))
    ('x', 'y', 'z')
    """
    seen = set(a)
    return a + tuple(x for x in b if not (x in seen or seen.add(x)))  # type: ignore[func-returns-value]


def merge_same_id(objects: Iterable[T]) -> list[T]:
    """Objects with equal (class, id) merged into one, in order of first appearance."""
    merged: dict[tuple[type, str], T] = {}
    for obj in objects:
        key = (type(obj), getattr(obj, "id"))  # noqa: B009 - every fact class has an id
        merged[key] = merge_pair(merged[key], obj) if key in merged else obj
    return list(merged.values())
