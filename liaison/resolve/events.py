"""One event however many documents report it: a news item on a signing folds into the visit.

A reference note says "6–7 декабря 2021 г., визит делегации … Встреча с … Джаббаровым М.Ч.";
a news article dated the next day says the governor and the minister signed a programme
"on December 7". Same days, same partner, same people: one contact, seen twice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from functools import cache

from liaison.data import PARTNERS, load_records
from liaison.model import Event, Extraction
from liaison.model.merge import union
from liaison.model.merges import Merge
from liaison.text.scripts import has_cyrillic


def people(event: Event) -> set[str]:
    """Everyone an event names: its leader and participants."""
    return {n for n in (event.leader, *(p.name for p in event.participants)) if n}


@cache
def gazetteer_countries() -> dict[str, str]:
    """The country of every partner of the shipped gazetteer, by partner id."""
    return {r["id"]: r["country"] for r in load_records(PARTNERS)}


def country_of(partner_id: str) -> str:
    """The gazetteer's country of a partner; for an id it lacks, the id's first part.

    >>> country_of("AZ-ABS"), country_of("XX-NEW")
    ('AZ', 'XX')
    """
    return gazetteer_countries().get(partner_id) or partner_id.split("-")[0]


def countries(event: Event) -> set[str]:
    """The countries of an event's partners ('AZ-ABS' lies in 'AZ')."""
    return {country_of(p) for p in event.partners}


def is_part_of(new: Event, known: Event) -> bool:
    """Whether ``new`` reports (part of) the contact ``known``: its days lie within the known
    event's, on the same partner's side, with someone in common."""
    if new.id == known.id or not (known.start <= new.start and new.end <= known.end):
        return False
    return bool(countries(new) & countries(known)) and bool(people(new) & people(known))


def fold_into(new: Event, known: Event) -> Event:
    """``new``'s sources and details added to ``known``, whose own values stay."""
    return dataclasses.replace(
        known,
        mentions=new.mentions,
        entered_by=new.entered_by,
        entered_at=new.entered_at,
        participants=known.participants
        + tuple(p for p in new.participants if p.name not in people(known)),
        partners=union(known.partners, new.partners),
        spheres=union(known.spheres, new.spheres),
        agreements=union(known.agreements, new.agreements),
    )


def is_same_contact(a: Event, b: Event) -> bool:
    """Whether one of two events reports (part of) the other."""
    return is_part_of(a, b) or is_part_of(b, a)


def rank(event: Event) -> tuple[bool, int, str]:
    """Of two reports of one contact, the greater stays: a Russian wording (a Russian note
    writes the contact in Russian), then the longer span (the visit a signing took place
    during), then the id (any fixed order: it only has to be the same in every order)."""
    return has_cyrillic(event.title), (event.end - event.start).days, event.id


def match(new: Event, known: Iterable[Event]) -> Event | None:
    """The known event that is the contact ``new`` reports and ranks above it, the shortest
    if several do."""
    found = [k for k in known if is_same_contact(new, k) and rank(k) > rank(new)]
    return min(found, key=lambda k: (k.end - k.start, k.id)) if found else None


def absorb(new: Event, known: Event) -> Event:
    """``new`` with what ``known`` (part of it) adds; ``new``'s own sources and values stay."""
    folded = fold_into(known, new)
    return dataclasses.replace(
        folded, mentions=new.mentions, entered_by=new.entered_by, entered_at=new.entered_at
    )


def resolve_events(extraction: Extraction, known: Sequence[Event]) -> Extraction:
    """The extraction with each event that reports a known contact folded into it.

    Events of the same document are never folded together: a note lists each contact once.
    """
    return resolve_events_merging(extraction, known)[0]


def resolve_events_merging(
    extraction: Extraction, known: Sequence[Event]
) -> tuple[Extraction, list[Merge]]:
    """As ``resolve_events``, and the other way round: a known event that reports the
    contact a new one is and ranks below it (yesterday's news of a signing, today's note of
    the visit) is folded into it and merges into it in the store, so that either order ends
    with the same one contact."""
    doc_id = extraction.document.id
    others = [k for k in known if all(m.document != doc_id for m in k.mentions)]
    events, merges = [], []
    taken: set[str] = set()
    for event in extraction.events:
        target = match(event, others)
        if target is not None:
            events.append(fold_into(event, target))
            continue
        for part in others:
            if part.id not in taken and is_same_contact(part, event) and rank(event) > rank(part):
                taken.add(part.id)
                event = absorb(event, part)
                merges.append(
                    Merge(
                        kind="event",
                        survivor=event.id,
                        absorbed=part.id,
                        rule="part_of",
                        is_folded=True,
                    )
                )
        events.append(event)
    return dataclasses.replace(extraction, events=tuple(events)), merges
