"""Link facts found by separate rules: what lies inside a bullet belongs to that bullet's fact.

An agreement mentioned inside a chronology bullet was signed at that event; a person or an
organisation inside a sphere bullet is named by that fact; a fact that names no partner is
about the partner the whole note is about.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from liaison.extract.partners import partner_of_document
from liaison.model import (
    Agreement,
    Document,
    Event,
    EventKind,
    Fact,
    Indicator,
    Mention,
    Organization,
    Participant,
    Partner,
    Person,
)


def contains(outer: Mention, inner: Mention) -> bool:
    """Whether ``inner`` lies within ``outer``.

    >>> contains(Mention(start=0, end=10), Mention(start=2, end=5))
    True
    >>> contains(Mention(start=0, end=10), Mention(start=8, end=12))
    False
    """
    return outer.start <= inner.start and inner.end <= outer.end


def inside(container: Any, items: Iterable[Any]) -> list[Any]:
    """The items with a mention inside one of the container's mentions, in text order."""
    outer = container.mentions
    found = [i for i in items if any(contains(o, m) for o in outer for m in i.mentions)]
    return sorted(found, key=lambda i: min(m.start for m in i.mentions))


def finest(partners: Sequence[Partner]) -> tuple[str, ...]:
    """Partner ids without those that contain another one named: a district, not its country.

    >>> az = Partner(id="AZ", name="Азербайджан", entered_by="t")
    >>> absheron = Partner(id="AZ-ABS", name="Апшеронский район", country="AZ", parent="AZ",
    ...                    entered_by="t")
    >>> finest([az, absheron])
    ('AZ-ABS',)
    """
    containing = {p.parent for p in partners} | {p.country for p in partners if p.id != p.country}
    ids = [p.id for p in partners if p.id not in containing]
    return tuple(dict.fromkeys(ids))


def partners_of(
    container: Any, partners: Sequence[Partner], default: str | None
) -> tuple[str, ...]:
    """The finest partners named inside a fact, or the note's partner when it names none."""
    named = finest(inside(container, partners))
    return named or ((default,) if default else ())


def link_event(event: Event, found: dict[type, list[Any]], default: str | None) -> Event:
    """An event with the agreements signed at it, its partners, and the people it names
    when no rule gave it participants (news sentences)."""
    agreements = [a.id for a in inside(event, found[Agreement])]
    if event.kind == EventKind.SIGNING:
        agreements += [a.id for a in found[Agreement] if signed_within(a, event)]
    partners = event.partners or partners_of(event, found[Partner], default)
    participants = event.participants or tuple(
        Participant(name=p.name, position=p.positions[0].title if p.positions else None)
        for p in inside(event, found[Person])
    )
    return dataclasses.replace(
        event,
        agreements=event.agreements or tuple(dict.fromkeys(agreements)),
        partners=partners,
        participants=participants,
    )


def signed_within(agreement: Agreement, event: Event) -> bool:
    """Whether an agreement's signing date falls on the days of an event."""
    if agreement.signed is None or len(agreement.signed) != 10:
        return False
    return event.start.isoformat() <= agreement.signed <= event.end.isoformat()


def link_fact(fact: Fact, found: dict[type, list[Any]], default: str | None) -> Fact:
    """A fact with the people, organisations and partners it names."""
    return dataclasses.replace(
        fact,
        persons=fact.persons or tuple(dict.fromkeys(p.name for p in inside(fact, found[Person]))),
        organizations=fact.organizations
        or tuple(dict.fromkeys(o.name for o in inside(fact, found[Organization]))),
        partners=fact.partners or partners_of(fact, found[Partner], default),
    )


def link_all(doc: Document, found: dict[type, list[Any]]) -> dict[type, list[Any]]:
    """Every kind of fact, linked; the note's own partner fills what names none."""
    default = partner_of_document(doc)
    linked = defaultdict(list, found)
    linked[Event] = [link_event(e, found, default) for e in found[Event]]
    linked[Fact] = [link_fact(f, found, default) for f in found[Fact]]
    linked[Agreement] = [
        a
        if a.partners
        else dataclasses.replace(a, partners=partners_of(a, found[Partner], default))
        for a in found[Agreement]
    ]
    linked[Indicator] = [
        i if i.partner or not default else dataclasses.replace(i, partner=default)
        for i in found[Indicator]
    ]
    return linked
