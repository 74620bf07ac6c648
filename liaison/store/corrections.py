"""A person's correction of one field of a fact: parsed by the model's type, checked against
the knowledge base, applied to that field only, and logged so that it can be undone.

The fact keeps its mentions and its sentence (an event's ``title``): a correction says what
is right, the sources still say what they said. Runs inside the Store's transaction: a
value that does not fit raises before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from liaison.errors import InvalidFact, NotFound
from liaison.model import Agreement, Change, ChangeAction, Partner, Person, from_json, to_json
from liaison.model.json import json_key
from liaison.model.values import Resolver, field_of, parse_value
from liaison.store.audit import Touched, new_change, record, restore, snapshot
from liaison.store.tables import FACT_TABLES, KINDS, fact_table, kind_of
from liaison.text.forms import names
from liaison.text.names import CANONICAL


def find_fact(conn: Connection, fact_id: str, kind: str | None = None) -> tuple[type, str]:
    """The class and id of the stored fact ``fact_id`` (of ``kind`` when given)."""
    if kind is not None and kind not in KINDS:
        raise InvalidFact(f"unknown kind {kind!r}", f"use one of {', '.join(KINDS)}")
    classes = [KINDS[kind]] if kind else list(FACT_TABLES)
    found = []
    for cls in classes:
        table = fact_table(cls)
        if conn.execute(select(table.c.id).where(table.c.id == fact_id)).first() is not None:
            found.append(cls)
    if not found:
        what = kind or "fact"
        raise NotFound(f"{what} {fact_id!r} is not in the knowledge base", "check the id")
    if len(found) > 1:
        kinds = ", ".join(kind_of(c) for c in found)
        raise InvalidFact(f"{fact_id!r} names a {kinds}", "say which kind of fact you mean")
    return found[0], fact_id


def correct_fields(
    conn: Connection,
    fact_id: str,
    values: Mapping[str, Any],
    user: str,
    now: datetime,
    *,
    kind: str | None = None,
    item: str | None = None,
    action: ChangeAction = ChangeAction.CORRECT,
) -> list[Change]:
    """Correct each named field of one fact; one Change per field, in the order given.

    Every value is parsed and the corrected fact checked before anything is written.
    """
    cls, fact_id = find_fact(conn, fact_id, kind)
    check_user(user)
    kind = kind_of(cls)
    before = snapshot(conn, kind, fact_id)
    assert before is not None  # find_fact found it
    resolve = resolver(conn)
    current = dict(before)
    steps = []
    for name, value in values.items():
        key = json_key(field_of(cls, name))
        parsed = to_json(parse_value(cls, name, value, resolve))
        steps.append((key, current[key], parsed))
        current[key] = parsed
    current |= {"entered_by": user, "entered_at": now.isoformat()}
    from_json(cls, current)  # the invariants of the whole fact: an end before its start
    made = []
    state = dict(before)
    for key, old, new in steps:
        after = state | {key: new, "entered_by": user, "entered_at": now.isoformat()}
        change = new_change(
            at=now,
            user=user,
            action=action,
            fact_kind=kind,
            fact_id=fact_id,
            field=key,
            before=old,
            after=new,
            item=item,
        )
        made.append(record(conn, change, [Touched(kind, fact_id, state, after)]))
        state = after
    restore(conn, kind, fact_id, state)
    return made


def remove_fact(
    conn: Connection, kind: str, fact_id: str, user: str, now: datetime, item: str | None
) -> Change:
    """Take a fact out of the knowledge base as a person rejected it; undo puts it back."""
    check_user(user)
    before = snapshot(conn, kind, fact_id)
    if before is None:
        raise NotFound(f"{kind} {fact_id!r} is not in the knowledge base", "check the id")
    change = new_change(
        at=now,
        user=user,
        action=ChangeAction.REJECT,
        fact_kind=kind,
        fact_id=fact_id,
        before=before,
        after=None,
        item=item,
    )
    restore(conn, kind, fact_id, None)
    return record(conn, change, [Touched(kind, fact_id, before, None)])


def decide(
    conn: Connection, kind: str, fact_id: str, action: ChangeAction, user: str, now: datetime,
    item: str, field: str | None = None, value: Any = None,
) -> Change:  # fmt: skip
    """Record a review decision that changes no data (an accepted item)."""
    check_user(user)
    change = new_change(
        at=now,
        user=user,
        action=action,
        fact_kind=kind,
        fact_id=fact_id,
        field=field,
        before=value,
        after=value,
        item=item,
    )
    return record(conn, change, [])


def check_user(user: str) -> None:
    """Every change names who made it."""
    if not user or not user.strip():
        raise InvalidFact("a change needs the name of who makes it", "give --by NAME")


def resolver(conn: Connection) -> Resolver:
    """What a reference in a correction names, looked up in the knowledge base as needed."""
    cache: dict[str, dict[str, str]] = {}

    def resolve(ref: str, text: str) -> str:
        if ref not in cache:
            cache[ref] = REFERENCE_NAMES[ref](conn)
        found = cache[ref].get(text.strip().casefold())
        if found is not None:
            return found
        if ref == "person":
            # 'Бабушкиным', 'Igor Babushkin', 'Бабушкину И.Ю.': the one person it is a form of
            matches = sorted({name for name in cache[ref].values() if names(text, name)})
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise InvalidFact(
                    f"{text!r} may name {', '.join(matches[:5])}",
                    "give the name as Фамилия И.О. to say which one",
                )
        if ref == "person" and CANONICAL.match(text.strip()):
            return text.strip()  # someone the knowledge base has not met yet
        raise InvalidFact(f"{text!r} is no {ref} in the knowledge base", REFERENCE_HINTS[ref])

    return resolve


def person_names(conn: Connection) -> dict[str, str]:
    """Canonical name of every person by each form it is known by, casefolded."""
    names: dict[str, str] = {}
    for row in conn.execute(select(FACT_TABLES[Person])):
        forms = [row.name, row.full_name, row.name_en, *(row.aliases or [])]
        for form in forms:
            if form:
                names.setdefault(form.casefold(), row.name)
    for row in conn.execute(select(FACT_TABLES[Person])):
        names[row.name.casefold()] = row.name  # a canonical name wins over an alias
    return names


def partner_ids(conn: Connection) -> dict[str, str]:
    """Id of every partner by its id, names and aliases, casefolded."""
    ids: dict[str, str] = {}
    for row in conn.execute(select(FACT_TABLES[Partner])):
        for form in (row.name, row.name_en, *(row.aliases or [])):
            if form:
                ids.setdefault(form.casefold(), row.id)
    for row in conn.execute(select(FACT_TABLES[Partner].c.id)):
        ids[row.id.casefold()] = row.id
    return ids


def agreement_ids(conn: Connection) -> dict[str, str]:
    """Id of every agreement, by its id."""
    table = FACT_TABLES[Agreement]
    return {r.id.casefold(): r.id for r in conn.execute(select(table.c.id))}


REFERENCE_NAMES = {"person": person_names, "partner": partner_ids, "agreement": agreement_ids}
REFERENCE_HINTS = {
    "person": "give a name as `liaison show person` finds it, or write it as Фамилия И.О.",
    "partner": "give an ISO code or a name `liaison show partners` lists",
    "agreement": "give the id of an agreement as `liaison export` gives it",
}
