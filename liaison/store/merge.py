"""Merging what a new source says about a fact into what the knowledge base holds.

Rules, kept simple so the result is the same however often a document is saved:
- list fields (aliases, positions, participants, partners, …) are unioned, old items first;
  a person's positions with the same title and organisation widen their dates seen;
- a scalar the new source leaves empty (None or the field's default) changes nothing;
- a scalar the knowledge base holds empty takes the new value;
- two different values are a conflict: the old value stays and the new one is reported,
  except for wording (a title or text as each source phrases it) and for who typed a fact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from liaison.model.json import field_types
from liaison.store.rows import Row, default_row
from liaison.store.tables import is_json_type, stored_fields

# Not claims of a source, so never a conflict: each source words a title or a statement
# its own way, and who typed a fact is bookkeeping. The first value stays.
NOT_CLAIMS = frozenset({"title", "text", "entered_by", "entered_at"})


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged row, whether it differs from the old one, and the conflicting values."""

    row: Row
    is_changed: bool
    conflicts: tuple[tuple[str, Any], ...]


def union(old: list[Any], new: list[Any]) -> list[Any]:
    """Old items, then new items not among them.

    >>> union(["Бабушкин И.Ю."], ["Babushkin I.", "Бабушкин И.Ю."])
    ['Бабушкин И.Ю.', 'Babushkin I.']
    """
    merged = list(old)
    merged.extend(item for item in new if item not in merged)
    return merged


def union_positions(old: list[Any], new: list[Any]) -> list[Any]:
    """Positions unioned by (title, organization); the same post widens its dates seen.

    >>> seen_2019 = {"title": "Губернатор", "start": "2019-09-16", "end": "2019-09-16"}
    >>> seen_2021 = {"title": "Губернатор", "start": "2021-05-01", "end": None}
    >>> union_positions([seen_2019], [seen_2021])
    [{'title': 'Губернатор', 'start': '2019-09-16', 'end': '2021-05-01'}]
    """
    merged = [dict(p) for p in old]
    for position in new:
        same = next((p for p in merged if post_key(p) == post_key(position)), None)
        if same is None:
            merged.append(dict(position))
        else:
            same.update(dates_seen(same, position))
    return merged


def post_key(position: dict[str, Any]) -> tuple[Any, Any]:
    """What makes two positions the same post."""
    return position.get("title"), position.get("organization")


def dates_seen(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The first and last of the ISO dates two sightings of a post give.

    >>> dates_seen({"start": "2019-09-16", "end": None}, {"start": "2019-09-16", "end": None})
    {'start': '2019-09-16', 'end': None}
    """
    seen = [d for d in (a.get("start"), a.get("end"), b.get("start"), b.get("end")) if d]
    if not seen:
        return {"start": None, "end": None}
    first, last = min(seen), max(seen)
    return {"start": first, "end": last if last != first else a.get("end") or b.get("end")}


LIST_MERGERS: dict[str, Callable[[list[Any], list[Any]], list[Any]]] = {
    "positions": union_positions,
}


def says_nothing(cls: type, name: str, value: Any) -> bool:
    """Whether a column value is empty: None, or the field's default."""
    defaults = default_row(cls)
    return value is None or (name in defaults and value == defaults[name])


def merge_rows(cls: type, old: Row, new: Row) -> Merged:
    """Merge the row ``new`` of class ``cls`` into ``old`` by the rules above."""
    hints = field_types(cls)
    row = dict(old)
    found: list[tuple[str, Any]] = []
    for f in stored_fields(cls):
        name, was, now = f.name, old[f.name], new[f.name]
        if name == "id" or now == was or says_nothing(cls, name, now):
            continue
        if is_json_type(hints[name]) and isinstance(was, list):
            row[name] = LIST_MERGERS.get(name, union)(was, now)
        elif says_nothing(cls, name, was):
            row[name] = now
        elif name not in NOT_CLAIMS:
            found.append((name, now))
    return Merged(row=row, is_changed=row != old, conflicts=tuple(found))
