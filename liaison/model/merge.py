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


def union_all(values: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    """The first tuple, then the items of the others not yet there (as ``union`` in turn).

    >>> union_all([("x", "x"), ("y", "x"), ("z", "y")])
    ('x', 'x', 'y', 'z')
    """
    seen = set(values[0])
    added = [x for value in values[1:] for x in value if not (x in seen or seen.add(x))]  # type: ignore[func-returns-value]
    return values[0] + tuple(added)


def merge_same_id(objects: Iterable[T]) -> list[T]:
    """Objects with equal (class, id) merged into one, in order of first appearance.

    Each group is merged in one pass, every tuple field unioned through one set, so that a
    fact a long document states a thousand times costs a thousand steps, not a million.

    >>> from liaison.model import Mention, Person
    >>> views = [Person(id="p", name="Ким А.", mentions=(Mention(start=i, end=i + 1),))
    ...          for i in (0, 5, 0)]
    >>> [m.start for m in merge_same_id(views)[0].mentions]
    [0, 5]
    """
    groups: dict[tuple[type, str], list[T]] = {}
    for obj in objects:
        key = (type(obj), getattr(obj, "id"))  # noqa: B009 - every fact class has an id
        groups.setdefault(key, []).append(obj)
    return [group[0] if len(group) == 1 else merge_group(group) for group in groups.values()]


def merge_group(group: list[T]) -> T:
    """One object from every view of the same fact, by the rules of ``merge_pair``."""
    first = group[0]
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(first):  # type: ignore[arg-type]
        values = [getattr(obj, f.name) for obj in group]
        if isinstance(values[0], tuple):
            merged = union_all(values)
            if merged != values[0]:
                changes[f.name] = merged
        elif values[0] in (None, ""):
            filled = next((v for v in values if v not in (None, "")), values[0])
            if filled is not values[0]:
                changes[f.name] = filled
    return dataclasses.replace(first, **changes) if changes else first  # type: ignore[type-var]
