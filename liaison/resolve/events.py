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
from liaison.model import Event, Extraction, Participant
from liaison.model.merge import union
from liaison.model.merges import Merge
from liaison.text.scripts import fuller, has_cyrillic


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
        participants=merged_participants(known.participants, new.participants),
        partners=union(known.partners, new.partners),
        spheres=union(known.spheres, new.spheres),
        agreements=union(known.agreements, new.agreements),
    )


def merged_participants(
    known: tuple[Participant, ...], new: tuple[Participant, ...]
) -> tuple[Participant, ...]:
    """The known participants with the fuller post and side either report gives (as the
    store merges them, so that either order ends the same), then the new ones."""
    by_name = {p.name: p for p in new}
    kept = tuple(
        dataclasses.replace(
            p,
            position=fuller(p.position, by_name[p.name].position),
            side=fuller(p.side, by_name[p.name].side),
        )
        if p.name in by_name
        else p
        for p in known
    )
    names = {p.name for p in known}
    return kept + tuple(p for p in new if p.name not in names)


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


def pairings(events: Sequence[Event], known: Sequence[Event]) -> dict[str, list[Event]]:
    """The known contacts each new event reports. A known contact goes to the one event of
    the document closest to it (``closest``): an item that tells a visit and a signing on
    its last day keeps the two apart, and a note's one line of that visit pairs with the
    visit, whichever of the two documents came first."""
    found: dict[str, list[Event]] = {}
    for k in known:
        same = [e for e in events if e.id == k.id or is_same_contact(e, k)]
        if same:
            found.setdefault(max(same, key=lambda e: closest(e, k)).id, []).append(k)
    return found


def closest(event: Event, target: Event) -> tuple[bool, bool, int, str]:
    """How well ``event`` fits as the report of ``target``: the same fact (its id: the store
    merges the two as one), the same kind, then the longer."""
    return (
        event.id == target.id,
        event.kind == target.kind,
        (event.end - event.start).days,
        event.id,
    )


def one_per_document(parts: Sequence[Event], event: Event) -> list[Event]:
    """Of the known contacts ``event`` takes in, one per source document, the closest: as
    ``pairings``, the other way round."""
    kept: list[Event] = []
    used: set[str | None] = set()
    for part in sorted(parts, key=lambda p: closest(p, event), reverse=True):
        sources = {m.document for m in part.mentions}
        if not sources & used:
            kept.append(part)
            used |= sources
    return sorted(kept, key=lambda p: parts.index(p))


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
    paired = pairings(extraction.events, others)
    events, merges = [], []
    for event in extraction.events:
        reported = [k for k in paired.get(event.id, []) if k.id != event.id]
        target = match(event, reported)
        if target is not None:
            events.append(fold_into(event, target))
            continue
        parts = [p for p in reported if rank(event) > rank(p)]
        for part in one_per_document(parts, event):
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
