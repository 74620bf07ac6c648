"""Merging what a new source says about a fact into what the knowledge base holds.

Rules, kept simple so the result is the same however often a document is saved:
- list fields (aliases, positions, participants, partners, …) are unioned and put in a
  canonical order, so that the same sources in any order give the same list; a person's
  positions with the same title and organisation widen their dates seen, and an event's
  participants are one per name;
- a scalar the new source leaves empty (None or the field's default) changes nothing;
- a scalar the knowledge base holds empty takes the new value;
- two wordings of one fact (a title or text as each source phrases it: a PDF that lost the
  end of a line, a fuller note; a full name spelt two ways, 'Эркинжон' and 'Эркинджон')
  keep the fuller one, whichever came first;
- two different values of anything else are a conflict: the old value stays and the new
  one is reported, except for who typed a fact.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from liaison.model.json import field_types
from liaison.store.rows import Row, default_row
from liaison.store.tables import is_json_type, stored_fields
from liaison.text.scripts import fuller, has_cyrillic

# Not claims of a source, so never a conflict: each source words a title or a statement
# its own way, and who typed a fact is bookkeeping.
WORDING = frozenset({"title", "text", "full_name"})
NOT_CLAIMS = WORDING | {"entered_by", "entered_at"}


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
    """Positions unioned by post: the same post widens its dates seen and keeps the fuller
    wording, whichever source came first; a post one source names by its head alone
    ('губернатор') is the fuller post another names ('Губернатор Астраханской области').

    >>> seen_2019 = {"title": "Губернатор", "start": "2019-09-16", "end": "2019-09-16"}
    >>> seen_2021 = {"title": "губернатор", "start": "2021-05-01", "end": None}
    >>> union_positions([seen_2019], [seen_2021])
    [{'title': 'Губернатор', 'start': '2019-09-16', 'end': '2021-05-01'}]
    >>> [p["title"] for p in union_positions([{"title": "губернатор"}],
    ...                                      [{"title": "Губернатор Астраханской области"}])]
    ['Губернатор Астраханской области']
    """
    merged = [dict(p) for p in old]
    for position in new:
        same = next((p for p in merged if same_post(p, position)), None)
        if same is None:
            merged.append(dict(position))
        else:
            same.update(dates_seen(same, position), title=fuller(same["title"], position["title"]))
    return merged


def same_post(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two positions are one post: of one organisation, their titles the same
    words in any letter case, or one of them the other's first words."""
    if a.get("organization") != b.get("organization"):
        return False
    words_a, words_b = title_words(a.get("title")), title_words(b.get("title"))
    shorter, longer = sorted((words_a, words_b), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def title_words(title: str | None) -> list[str]:
    """A title's words in lower case, 'ё' as 'е'."""
    return (title or "").lower().replace("ё", "е").split()


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


def union_participants(old: list[Any], new: list[Any]) -> list[Any]:
    """Participants unioned by name: a person takes part once, in the place first stated,
    with the details every source gives (the fuller where two differ).

    >>> union_participants([{"name": "Бабушкин И.Ю.", "position": None}, {"name": "Ким А."}],
    ...                    [{"name": "Бабушкин И.Ю.", "position": "Губернатор", "side": "home"}])
    [{'name': 'Бабушкин И.Ю.', 'position': 'Губернатор', 'side': 'home'}, {'name': 'Ким А.'}]
    """
    merged: list[Any] = []
    by_name: dict[Any, Any] = {}
    for person in [*old, *new]:
        known = by_name.get(person.get("name"))
        if known is None:
            by_name[person.get("name")] = dict(person)
            merged.append(by_name[person.get("name")])
            continue
        for key, value in person.items():
            known[key] = fuller(known.get(key), value)
    return merged


def in_canonical_order(name: str, items: list[Any]) -> list[Any]:
    """A merged list in an order that does not depend on which source came first.

    Positions come Russian and dated first (the post a note names for a day is looked up
    in that order), everything else sorted by its JSON text. Participants keep the order
    their event states them in.
    """
    if name == "participants":
        return items
    if name == "positions":
        return sorted(items, key=position_order)
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))


def canonical_row(row: Row) -> Row:
    """A row of a fact more than one source states, its lists in canonical order."""
    return {
        name: in_canonical_order(name, value) if isinstance(value, list) else value
        for name, value in row.items()
    }


def position_order(position: dict[str, Any]) -> tuple[bool, bool, str, str, str]:
    """Russian before Latin, dated before undated, then by dates and words."""
    title = position.get("title") or ""
    return (
        not has_cyrillic(title),
        position.get("start") is None,
        str(position.get("start") or ""),
        title,
        position.get("organization") or "",
    )


LIST_MERGERS: dict[str, Callable[[list[Any], list[Any]], list[Any]]] = {
    "positions": union_positions,
    "participants": union_participants,
}


def says_nothing(cls: type, name: str, value: Any) -> bool:
    """Whether a column value is empty: None, or the field's default."""
    defaults = default_row(cls)
    return value is None or (name in defaults and value == defaults[name])


def merge_rows(cls: type, old: Row, new: Row) -> Merged:
    """Merge the row ``new`` of class ``cls`` into ``old`` by the rules above."""
    hints = field_types(cls)
    row = canonical_row(old)
    found: list[tuple[str, Any]] = []
    for f in stored_fields(cls):
        name, was, now = f.name, old[f.name], new[f.name]
        if name == "id" or now == was or says_nothing(cls, name, now):
            continue
        if is_json_type(hints[name]) and isinstance(was, list):
            row[name] = in_canonical_order(name, LIST_MERGERS.get(name, union)(was, now))
        elif says_nothing(cls, name, was):
            row[name] = now
        elif name in WORDING:
            row[name] = fuller(was, now)
        elif name not in NOT_CLAIMS:
            found.append((name, now))
    return Merged(row=row, is_changed=row != old, conflicts=tuple(found))
