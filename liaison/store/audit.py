"""The audit log: every change people make, with what it takes to undo it.

A change keeps, for each fact it touched, the fact's exchange JSON before and after
(``state``; absent for a fact that was not there, or was taken out). Undoing a change puts
back the ``before`` values of the fields it changed, provided those fields still hold its
``after`` values: a field changed again since is not overwritten, and the undo is refused
naming the later change. What ingestion adds meanwhile (new mentions, aliases from another
document) stays. An undo is itself a change, and can be undone.

Everything here runs on a connection the Store opened for one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Select, bindparam, delete, select, update

from liaison.errors import NotFound, StoreError
from liaison.model import Change, ChangeAction, from_json, make_id, to_json
from liaison.store.derived import reindex, unindex
from liaison.store.facts import row_params
from liaison.store.rows import chunks, mention_from_row, mention_rows, object_from_row, object_row
from liaison.store.tables import KINDS, changes, fact_table, mentions

# Bookkeeping that follows the data: put back only where it is still what the change left.
FOLLOWING = frozenset({"entered_by", "entered_at", "mentions"})


@dataclass(frozen=True, slots=True)
class Touched:
    """One fact a change touched, as exchange JSON before and after (None: not there)."""

    kind: str
    id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def as_json(self) -> dict[str, Any]:
        """The form kept in the ``state`` column."""
        return {"kind": self.kind, "id": self.id, "before": self.before, "after": self.after}


@dataclass(slots=True)
class Filter:
    """Which changes ``Store.audit`` lists: every condition given must hold.

    ``since`` and ``until`` are days (inclusive) or moments; ``fact`` is a fact id.
    """

    id: str | None = None
    user: str | None = None
    fact: str | None = None
    action: ChangeAction | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    item: str | None = None
    limit: int | None = None


Key = tuple[str, str]  # (kind, fact id)
JsonFact = dict[str, Any]


def snapshot(conn: Connection, kind: str, fact_id: str) -> JsonFact | None:
    """The fact's exchange JSON with its mentions, or None when it is not stored."""
    return snapshots(conn, [(kind, fact_id)])[(kind, fact_id)]


def snapshots(conn: Connection, keys: list[Key]) -> dict[Key, JsonFact | None]:
    """Each fact's exchange JSON with its mentions (None when not stored), a query a kind."""
    found: dict[Key, JsonFact | None] = dict.fromkeys(keys)
    for kind, ids in by_kind(keys).items():
        cls = KINDS[kind]
        table = fact_table(cls)
        held = mentions_of(conn, kind, ids)
        for chunk in chunks(ids):
            for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
                obj = object_from_row(cls, row._mapping, held.get(row.id, []))
                found[(kind, row.id)] = to_json(obj)
    return found


def by_kind(keys: list[Key]) -> dict[str, list[str]]:
    """Fact ids grouped by kind, each once, in order."""
    grouped: dict[str, list[str]] = {}
    for kind, fact_id in keys:
        if fact_id not in grouped.setdefault(kind, []):
            grouped[kind].append(fact_id)
    return grouped


def mentions_of(conn: Connection, kind: str, ids: list[str]) -> dict[str, list[Any]]:
    """The mentions of the facts ``ids`` of ``kind``, each fact's in the order stored."""
    held: dict[str, list[Any]] = {}
    for chunk in chunks(ids):
        query = (
            select(mentions)
            .where(mentions.c.fact_kind == kind, mentions.c.fact_id.in_(chunk))
            .order_by(mentions.c.seq)
        )
        for r in conn.execute(query):
            held.setdefault(r.fact_id, []).append(mention_from_row(r._mapping))
    return held


def restore(conn: Connection, kind: str, fact_id: str, data: JsonFact | None) -> None:
    """Make the stored fact what ``data`` says (None: take it out, with its mentions)."""
    restore_all(conn, [(kind, fact_id, data)])


def restore_all(conn: Connection, wanted: list[tuple[str, str, JsonFact | None]]) -> None:
    """Make each stored fact what its data says, a few statements a kind."""
    for kind in dict.fromkeys(k for k, _, _ in wanted):
        cls = KINDS[kind]
        table = fact_table(cls)
        items = {fact_id: data for k, fact_id, data in wanted if k == kind}
        gone = [i for i, data in items.items() if data is None]
        objs: dict[str, Any] = {i: from_json(cls, d) for i, d in items.items() if d is not None}
        rows = {i: object_row(obj) for i, obj in objs.items()}
        stored = {
            r.id
            for chunk in chunks(list(items))
            for r in conn.execute(select(table.c.id).where(table.c.id.in_(chunk)))
        }
        for chunk in chunks(gone):
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
        fresh = [row for i, row in rows.items() if i not in stored]
        if fresh:
            conn.execute(table.insert(), fresh)
        changed = [row_params(row) for i, row in rows.items() if i in stored]
        if changed:
            conn.execute(update(table).where(table.c.id == bindparam("row_id")), changed)
        sync_mentions(conn, kind, {i: list(objs[i].mentions) if i in objs else [] for i in items})
        unindex(conn, kind, gone)
        reindex(conn, kind, list(rows.values()))  # found, and by resolution, as it is now


def sync_mentions(conn: Connection, kind: str, wanted: dict[str, list[Any]]) -> None:
    """The mentions of each fact as ``wanted`` lists them, rewritten only where they differ."""
    held = mentions_of(conn, kind, list(wanted))
    differ = [i for i, found in wanted.items() if found != held.get(i, [])]
    for chunk in chunks(differ):
        conn.execute(
            delete(mentions).where(mentions.c.fact_kind == kind, mentions.c.fact_id.in_(chunk))
        )
    rows = [row for i in differ for row in mention_rows(kind, i, wanted[i], None)]
    if rows:
        conn.execute(mentions.insert(), rows)


def record(conn: Connection, change: Change, touched: list[Touched]) -> Change:
    """Write ``change`` to the log with the state an undo needs; return it."""
    row = object_row(change) | {"state": [t.as_json() for t in touched], "undone_by": None}
    conn.execute(changes.insert(), [row])
    if change.undoes:
        mark_undone(conn, change.undoes, change.id)
    return change


def new_change(**fields: Any) -> Change:
    """A Change whose id is a hash of what it records, so an export imports it once."""
    key = json.dumps(to_json(fields), sort_keys=True, ensure_ascii=False)
    return Change(id=make_id("change", key), **fields)


def mark_undone(conn: Connection, change_id: str, by: str) -> None:
    """``change_id`` is undone by ``by``; what it had undone stands again."""
    conn.execute(update(changes).where(changes.c.id == change_id).values(undone_by=by))
    undid = conn.execute(select(changes.c.undoes).where(changes.c.id == change_id)).scalar()
    if undid:
        mark_standing(conn, undid)


def mark_standing(conn: Connection, change_id: str) -> None:
    """``change_id`` stands again (its undo was undone); what it had undone is undone again."""
    conn.execute(update(changes).where(changes.c.id == change_id).values(undone_by=None))
    undid = conn.execute(select(changes.c.undoes).where(changes.c.id == change_id)).scalar()
    if undid:
        conn.execute(update(changes).where(changes.c.id == undid).values(undone_by=change_id))


def find_change(
    conn: Connection, change_id: str
) -> tuple[Change, list[Touched] | None, str | None]:
    """A change by its id (or an unambiguous start of it), its state (None for a change
    imported from another knowledge base) and who undid it."""
    wanted = change_id.strip()
    query = select(changes).where(changes.c.id == wanted)
    found = conn.execute(query).first()
    if found is None and len(wanted) >= 4:
        prefix = wanted if wanted.startswith("change:") else f"change:{wanted}"
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        near = list(
            conn.execute(select(changes).where(changes.c.id.like(f"{escaped}%", escape="\\")))
        )
        found = near[0] if len(near) == 1 else None
    if found is None:
        raise NotFound(
            f"change {change_id!r} is not in the audit log", "see the ids `liaison audit` lists"
        )
    row = found._mapping
    state = None
    if row["state"] is not None:
        state = [Touched(t["kind"], t["id"], t["before"], t["after"]) for t in row["state"]]
    return object_from_row(Change, row), state, row["undone_by"]


def undo_change(conn: Connection, change_id: str, user: str, now: datetime) -> Change:
    """Undo one change (see the module's docstring); return the undo, itself a change."""
    change, state, undone_by = find_change(conn, change_id)
    if undone_by is not None:
        raise StoreError(
            f"change {change.id} is already undone (by {undone_by})",
            f"undo {undone_by} to bring it back",
        )
    if state is None:
        raise StoreError(
            f"change {change.id} was imported from another knowledge base and cannot be undone "
            "here",
            "correct the fact instead",
        )
    nows = snapshots(conn, [(t.kind, t.id) for t in state])
    touched = [put_back(conn, change, t, nows[(t.kind, t.id)]) for t in state]
    restore_all(conn, [(t.kind, t.id, t.after) for t in touched])
    undo = new_change(
        at=now,
        user=user,
        action=ChangeAction.UNDO,
        fact_kind=change.fact_kind,
        fact_id=change.fact_id,
        field=change.field,
        before=change.after,
        after=change.before,
        item=change.item,
        undoes=change.id,
    )
    return record(conn, undo, touched)


def put_back(conn: Connection, change: Change, touched: Touched, now: JsonFact | None) -> Touched:
    """How one fact, ``now`` as it is, goes back to before ``change``: the undo's state."""
    if touched.after is None or touched.before is None or now is None:
        if now != touched.after:
            raise changed_since(conn, change, touched)
        return Touched(touched.kind, touched.id, now, touched.before)
    fields = {k for k in touched.after if touched.after[k] != touched.before.get(k)}
    for name in fields - FOLLOWING:
        if now.get(name) != touched.after[name]:
            raise changed_since(conn, change, touched)
    back = dict(now)
    for name in fields - FOLLOWING:
        back[name] = touched.before.get(name)
    if not has_other_changes(conn, change, touched.id):
        # No correction of it stands any more: credited as before anyone corrected it.
        back |= original_credit(conn, touched.id) or {
            k: touched.before.get(k) for k in ("entered_by", "entered_at")
        }
    back["mentions"] = mentions_back(now["mentions"], touched.before["mentions"], touched.after)
    return Touched(touched.kind, touched.id, now, back)


def mentions_back(now: list[Any], before: list[Any], after: dict[str, Any]) -> list[Any]:
    """The mentions after an undo: those held now less what the change added (a merge's),
    plus what it took away; mentions ingestion added since stay."""
    added = [m for m in after["mentions"] if m not in before]
    kept = [m for m in now if m not in added]
    return kept + [m for m in before if m not in after["mentions"] and m not in kept]


def original_credit(conn: Connection, fact_id: str) -> dict[str, Any] | None:
    """Who a fact was credited to before its first logged change (None: no such change)."""
    query = select(changes.c.state).where(
        changes.c.fact_id == fact_id, changes.c.state.is_not(None)
    )
    for (state,) in conn.execute(query.order_by(changes.c.seq)):
        for touched in state:
            if touched["id"] == fact_id and touched["before"] is not None:
                return {k: touched["before"].get(k) for k in ("entered_by", "entered_at")}
    return None


def has_other_changes(conn: Connection, change: Change, fact_id: str) -> bool:
    """Whether a change to ``fact_id`` other than ``change`` (and undos) still stands."""
    query = select(changes.c.id).where(
        changes.c.fact_id == fact_id,
        changes.c.id != change.id,
        changes.c.undone_by.is_(None),
        changes.c.action.in_(
            [a.value for a in (ChangeAction.CORRECT, ChangeAction.REJECT, ChangeAction.MERGE)]
        ),
    )
    return conn.execute(query.limit(1)).first() is not None


def changed_since(conn: Connection, change: Change, touched: Touched) -> StoreError:
    """The error for an undo whose fact was changed again after the change."""
    later = conn.execute(
        select(changes.c.id)
        .where(
            changes.c.fact_id == touched.id,
            changes.c.seq
            > select(changes.c.seq).where(changes.c.id == change.id).scalar_subquery(),
            changes.c.undone_by.is_(None),
        )
        .order_by(changes.c.seq.desc())
    ).scalar()
    by = f" by {later}" if later else ""
    return StoreError(
        f"change {change.id} cannot be undone: {touched.kind} {touched.id} was changed since{by}",
        f"undo {later} first" if later else "correct the fact instead",
    )


def audit_query(wanted: Filter) -> Select[Any]:
    """The changes ``wanted`` names, oldest first."""
    shown = [c for c in changes.c if c.name not in ("state", "undone_by")]
    query = select(*shown).order_by(changes.c.seq)
    if wanted.id is not None:
        query = query.where(changes.c.id == wanted.id)
    if wanted.user is not None:
        query = query.where(changes.c.user == wanted.user)
    if wanted.fact is not None:
        query = query.where(changes.c.fact_id == wanted.fact)
    if wanted.action is not None:
        query = query.where(changes.c.action == wanted.action.value)
    if wanted.item is not None:
        query = query.where(changes.c.item == wanted.item)
    if wanted.since is not None:
        query = query.where(changes.c.at >= start_of(wanted.since))
    if wanted.until is not None:
        query = query.where(changes.c.at < end_of(wanted.until))
    return query


def start_of(moment: date | datetime) -> datetime:
    """The first moment of a day (UTC), or the moment itself."""
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, datetime.min.time(), tzinfo=UTC)


def end_of(moment: date | datetime) -> datetime:
    """Just past the last moment of a day (UTC), or the moment itself."""
    if isinstance(moment, datetime):
        return moment
    return datetime.fromordinal(moment.toordinal() + 1).replace(tzinfo=UTC)


def read_changes(conn: Connection, wanted: Filter) -> list[Change]:
    """The changes ``wanted`` names, oldest first, at most ``wanted.limit`` (the newest)."""
    found = [object_from_row(Change, r._mapping) for r in conn.execute(audit_query(wanted))]
    if wanted.limit is not None:
        found = found[-wanted.limit :] if wanted.limit > 0 else []
    return found


def changes_of(conn: Connection, fact_ids: Iterable[str]) -> list[Change]:
    """The changes made to these facts, oldest first: what a note about them needs of the
    log, read through the index on ``fact_id``."""
    found = []
    for chunk in chunks(sorted(set(fact_ids))):
        query = select(changes).where(changes.c.fact_id.in_(chunk))
        found += [(r.seq, object_from_row(Change, r._mapping)) for r in conn.execute(query)]
    return [change for _, change in sorted(found, key=lambda pair: pair[0])]


def undone_by(conn: Connection, change_id: str) -> str | None:
    """The change that undid ``change_id`` while that undo stands; None otherwise."""
    query = select(changes.c.undone_by).where(changes.c.id == change_id)
    found: str | None = conn.execute(query).scalar()
    return found


def undone_changes(conn: Connection) -> dict[str, str]:
    """The id of the undo that stands, by the id of each change it undid."""
    query = select(changes.c.id, changes.c.undone_by).where(changes.c.undone_by.is_not(None))
    return {r.id: r.undone_by for r in conn.execute(query)}


def standing_items(conn: Connection) -> dict[str, Change]:
    """The review items decided by a change that stands (not undone), by item id."""
    shown = [c for c in changes.c if c.name != "state"]
    query = select(*shown).where(changes.c.item.is_not(None), changes.c.undone_by.is_(None))
    decided: dict[str, Change] = {}
    for row in conn.execute(query.order_by(changes.c.seq)):
        change = object_from_row(Change, row._mapping)
        if change.action != ChangeAction.UNDO:
            decided[row.item] = change
    return decided


def standing_fields(conn: Connection) -> set[tuple[str, str]]:
    """(fact id, field) of every correction that stands: a person settled that value."""
    query = select(changes.c.fact_id, changes.c.field).where(
        changes.c.action.in_([ChangeAction.CORRECT.value, ChangeAction.REJECT.value]),
        changes.c.undone_by.is_(None),
        changes.c.field.is_not(None),
    )
    return {(r.fact_id, r.field) for r in conn.execute(query)}


def rejected_facts(conn: Connection) -> set[str]:
    """Ids of the facts a person took out of the knowledge base, while that stands."""
    query = select(changes.c.fact_id).where(
        changes.c.action == ChangeAction.REJECT.value,
        changes.c.field.is_(None),
        changes.c.undone_by.is_(None),
    )
    return {r.fact_id for r in conn.execute(query)}


def standing_merges(conn: Connection) -> set[str]:
    """Ids of the facts a person merged others into, while the merge stands."""
    query = select(changes.c.fact_id).where(
        changes.c.action == ChangeAction.MERGE.value, changes.c.undone_by.is_(None)
    )
    return {r.fact_id for r in conn.execute(query)}


def load_changes(conn: Connection, imported: tuple[Change, ...]) -> int:
    """An export's audit log entries not held yet (by id); return how many were added.

    They carry no undo state: a change is undone in the knowledge base it was made in.
    """
    ids = [c.id for c in imported]
    held = {r.id for r in conn.execute(select(changes.c.id).where(changes.c.id.in_(ids)))}
    rows = [
        object_row(c) | {"state": None, "undone_by": None} for c in imported if c.id not in held
    ]
    if rows:
        conn.execute(changes.insert(), rows)
        for change in imported:
            if change.id not in held and change.undoes:
                conn.execute(
                    update(changes).where(changes.c.id == change.undoes).values(undone_by=change.id)
                )
    return len(rows)
