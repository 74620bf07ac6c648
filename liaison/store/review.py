"""The review queue: what the software is unsure of, for a person to accept, correct or reject.

Three reasons put a fact in the queue, each found by a small named rule over what is stored:
- ``conflict``: two sources give different values for one field (the ``conflicts`` table);
  the knowledge base kept the first. Accept keeps it; reject takes the other source's value.
- ``unsure``: an extraction that lacks what the model expects of it (an event whose direction
  the text did not give, a visit without a leader, an undated figure). Accept confirms the
  fact as it is; reject takes it out of the knowledge base.
- ``merge``: a fact resolution built from several documents. Accept confirms the merge;
  rejecting a merge would split the fact, which is done by correcting it instead.

Correcting an item sets its field to a typed value, as ``Store.correct`` does. Every decision
is a change in the audit log naming the item; an item leaves the queue while a decision on
it stands (undo the decision and it is back), and an ``unsure`` one also when a correction
gives the fact what it lacked. Item ids are hashes of what the item is about, so they stay
the same between two listings.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from liaison.errors import NotFound, StoreError
from liaison.model import Change, ChangeAction, Direction, Event, EventKind, Indicator, make_id
from liaison.store.audit import standing_fields, standing_items, standing_merges
from liaison.store.corrections import correct_fields, decide, remove_fact
from liaison.store.rows import RowLike as Row
from liaison.store.tables import FACT_TABLES, KINDS, conflicts, kind_of, mentions

CONFLICT, UNSURE, MERGE = "conflict", "unsure", "merge"


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewItem:
    """One thing for a person to decide on.

    ``rule`` names why (``sources_disagree``, ``direction_unknown``, …: a key the web's message
    catalogue translates); ``value`` is what the knowledge base holds in ``field`` and
    ``proposed`` the other source's value (conflicts only); ``document`` is the document behind
    ``proposed``, or one of the documents a merge came from.
    """

    id: str
    reason: str
    rule: str
    fact_kind: str
    fact_id: str
    label: str
    field: str | None = None
    value: Any = None
    proposed: Any = None
    document: str | None = None
    documents: int = 0


def item_id(rule: str, fact_kind: str, fact_id: str, field: str | None, proposed: Any) -> str:
    """The stable id of an item."""
    value = json.dumps(proposed, sort_keys=True, ensure_ascii=False, default=str)
    return make_id("review", rule, fact_kind, fact_id, field or "", value)


def label_of(row: Any) -> str:
    """A short name of a stored fact for a list: a name, a title, a date and kind."""
    mapping = row._mapping
    for key in ("name", "title", "metric", "text"):
        if mapping.get(key):
            return str(mapping[key])[:80]
    if "start" in mapping:
        return f"{mapping['start']} {mapping.get('kind', '')}".strip()
    return str(mapping["id"])


def conflict_items(conn: Connection, settled: set[tuple[str, str]]) -> Iterator[ReviewItem]:
    """One item per value a source gave that differs from the kept one (rule sources_disagree)."""
    for row in conn.execute(select(conflicts).order_by(conflicts.c.seq)):
        cls = KINDS.get(row.fact_kind)
        if cls is None or (row.fact_id, row.field) in settled:
            continue
        table = FACT_TABLES[cls]
        fact = conn.execute(select(table).where(table.c.id == row.fact_id)).first()
        if fact is None or fact._mapping.get(row.field) == row.value:
            continue
        yield ReviewItem(
            id=item_id("sources_disagree", row.fact_kind, row.fact_id, row.field, row.value),
            reason=CONFLICT,
            rule="sources_disagree",
            fact_kind=row.fact_kind,
            fact_id=row.fact_id,
            label=label_of(fact),
            field=row.field,
            value=json_value(fact._mapping[row.field]),
            proposed=json_value(row.value),
            document=row.document_id,
        )


def json_value(value: Any) -> Any:
    """A column value as the exchange JSON gives it (dates as ISO text)."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def direction_unknown(event: Row) -> str | None:
    """An event whose text gave no place and no movement: its direction is a guess away."""
    return "direction" if event["direction"] == Direction.UNKNOWN else None


def visit_without_leader(event: Row) -> str | None:
    """A visit whose head of delegation was not found."""
    return "leader" if event["kind"] == EventKind.VISIT and event["leader"] is None else None


def figure_undated(figure: Row) -> str | None:
    """A figure with neither an as-of date nor a period: nobody can tell when it held."""
    return "as_of" if figure["as_of"] is None and figure["period"] is None else None


# (class, rule) over stored rows: a rule returns the field the fact is unsure in, or None.
UNSURE_RULES: tuple[tuple[type, Callable[[Row], str | None]], ...] = (
    (Event, direction_unknown),
    (Event, visit_without_leader),
    (Indicator, figure_undated),
)


def unsure_items(conn: Connection) -> Iterator[ReviewItem]:
    """One item per fact an UNSURE_RULES rule finds lacking."""
    for cls, rule in UNSURE_RULES:
        table = FACT_TABLES[cls]
        kind = kind_of(cls)
        for row in conn.execute(select(table).order_by(table.c.id)):
            field = rule(row._mapping)
            if field is None:
                continue
            yield ReviewItem(
                id=item_id(rule.__name__, kind, row.id, field, None),
                reason=UNSURE,
                rule=rule.__name__,
                fact_kind=kind,
                fact_id=row.id,
                label=label_of(row),
                field=field,
                value=json_value(row._mapping[field]),
            )


# Facts that resolution merges across documents by likeness rather than by an equal key.
MERGED_KINDS = ("person", "event", "agreement")


def merge_items(conn: Connection) -> Iterator[ReviewItem]:
    """One item per person, event or agreement read from two or more documents."""
    counted = (
        select(
            mentions.c.fact_kind,
            mentions.c.fact_id,
            func.count(func.distinct(mentions.c.document_id)).label("documents"),
            func.min(mentions.c.document_id).label("document"),
        )
        .where(mentions.c.fact_kind.in_(MERGED_KINDS))
        .group_by(mentions.c.fact_kind, mentions.c.fact_id)
        .having(func.count(func.distinct(mentions.c.document_id)) > 1)
        .order_by(mentions.c.fact_kind, mentions.c.fact_id)
    )
    merged_by_hand = standing_merges(conn)
    for found in list(conn.execute(counted)):
        if found.fact_id in merged_by_hand:
            continue
        table = FACT_TABLES[KINDS[found.fact_kind]]
        row = conn.execute(select(table).where(table.c.id == found.fact_id)).first()
        if row is None:
            continue
        yield ReviewItem(
            id=item_id("merged_from_documents", found.fact_kind, found.fact_id, None, None),
            reason=MERGE,
            rule="merged_from_documents",
            fact_kind=found.fact_kind,
            fact_id=found.fact_id,
            label=label_of(row),
            document=found.document,
            documents=int(found.documents),
        )


def open_items(conn: Connection) -> list[ReviewItem]:
    """The queue: conflicts, then unsure extractions, then merges; decided items left out."""
    decided = standing_items(conn)
    items = [
        *conflict_items(conn, standing_fields(conn)),
        *unsure_items(conn),
        *merge_items(conn),
    ]
    return [item for item in items if item.id not in decided]


def find_item(conn: Connection, wanted: str) -> ReviewItem:
    """An open item by its id (or an unambiguous start of it)."""
    items = open_items(conn)
    exact = [i for i in items if i.id == wanted]
    prefix = wanted if wanted.startswith("review:") else f"review:{wanted}"
    near = exact or [i for i in items if len(wanted) >= 4 and i.id.startswith(prefix)]
    if len(near) == 1:
        return near[0]
    if decided := standing_items(conn).get(wanted):
        raise StoreError(
            f"review item {wanted} was decided by {decided.id} ({decided.user})",
            f"undo {decided.id} to decide it again",
        )
    raise NotFound(f"no open review item {wanted!r}", "see the ids `liaison review` lists")


def accept_item(conn: Connection, wanted: str, user: str, now: datetime) -> Change:
    """Accept what the software did: the value kept, the fact as read, the merge."""
    item = find_item(conn, wanted)
    return decide(
        conn, item.fact_kind, item.fact_id, ChangeAction.ACCEPT, user, now, item.id,
        item.field, item.value,
    )  # fmt: skip


def reject_item(conn: Connection, wanted: str, user: str, now: datetime) -> Change:
    """Reject it: take the other source's value, or take the unsure fact out."""
    item = find_item(conn, wanted)
    if item.reason == CONFLICT and item.field is not None:
        (change,) = correct_fields(
            conn, item.fact_id, {item.field: item.proposed}, user, now,
            kind=item.fact_kind, item=item.id, action=ChangeAction.REJECT,
        )  # fmt: skip
        return change
    if item.reason == UNSURE:
        return remove_fact(conn, item.fact_kind, item.fact_id, user, now, item.id)
    raise StoreError(
        f"review item {item.id}: a merge is not undone by rejecting it",
        f"accept it, or correct the {item.fact_kind}'s fields that one source got wrong",
    )


def correct_item(
    conn: Connection, wanted: str, value: Any, user: str, now: datetime, field: str | None
) -> Change:
    """Settle an item with a typed value for its field (or ``field``, for a merge)."""
    item = find_item(conn, wanted)
    name = field or item.field
    if name is None:
        raise StoreError(
            f"review item {item.id} is about the whole {item.fact_kind}",
            "name the field to correct",
        )
    (change,) = correct_fields(
        conn, item.fact_id, {name: value}, user, now, kind=item.fact_kind, item=item.id
    )
    return change
