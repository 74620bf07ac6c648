"""Resolve one document against the knowledge base, asking it only for candidates.

Each new person, agreement and event names the blocking keys it would be filed under
(``liaison.text.keys``); ``lookup`` returns the stored facts filed under them, read through
an index. The cost of a document is that of its own facts and their few candidates,
whatever the size of the knowledge base, and nothing known is held past the document.

Resolution goes both ways, so that the order documents arrive in does not matter: a new
fact that is a weaker form of a known one folds into it, and a known fact that is a weaker
form of a new one merges into the new one (a ``Merge`` the store carries out in the same
transaction as the save).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from liaison.model import Agreement, Event, Extraction, Person
from liaison.model.merges import Merge
from liaison.resolve.agreements import resolve_agreements_merging
from liaison.resolve.events import resolve_events_merging
from liaison.resolve.persons import absorbed_persons, rename_in_event, resolve_persons
from liaison.text.keys import LookupKeys, agreement_lookup, event_keys, person_keys

Lookup = Callable[[type[Any], LookupKeys], Sequence[Any]]


@dataclass(frozen=True, slots=True)
class Resolution:
    """A document's extraction resolved, and the merges of stored facts it calls for."""

    extraction: Extraction
    merges: tuple[Merge, ...] = ()


def person_lookup(extraction: Extraction) -> LookupKeys:
    """The keys of every person the document names."""
    return LookupKeys(keys=[k for p in extraction.persons for k in person_keys(p.name)])


def event_lookup(extraction: Extraction) -> LookupKeys:
    """The keys of every event of the document (country and month)."""
    return LookupKeys(
        keys=[k for e in extraction.events for k in event_keys(e.partners, e.start, e.end)]
    )


def agreements_lookup(extraction: Extraction) -> LookupKeys:
    """The keys of every agreement of the document (kind, country, year)."""
    found = LookupKeys()
    for a in extraction.agreements:
        found = found | agreement_lookup(a.kind, a.signed, a.partners)
    return found


def resolve_document(extraction: Extraction, lookup: Lookup) -> Resolution:
    """Persons, then agreements, then events (which name both) of one document."""
    known_persons = {p.name: p for p in lookup(Person, person_lookup(extraction))}
    extraction = resolve_persons(extraction, known_persons)
    person_merges = absorbed_persons(extraction, known_persons)
    names = renames(person_merges, known_persons, extraction)
    extraction, agreement_merges = resolve_agreements_merging(
        extraction, lookup(Agreement, agreements_lookup(extraction))
    )
    agreement_ids = {m.absorbed: m.survivor for m in agreement_merges}
    known_events = [
        repointed(e, names, agreement_ids) for e in lookup(Event, event_lookup(extraction))
    ]
    extraction, event_merges = resolve_events_merging(extraction, known_events)
    return Resolution(extraction, (*person_merges, *agreement_merges, *event_merges))


def renames(
    merges: Sequence[Merge], known: Mapping[str, Person], extraction: Extraction
) -> dict[str, str]:
    """Absorbed person's name → the survivor's, for the merges of persons."""
    by_id = {p.id: p.name for p in (*known.values(), *extraction.persons)}
    return {by_id[m.absorbed]: by_id[m.survivor] for m in merges}


def repointed(event: Event, names: Mapping[str, str], agreements: Mapping[str, str]) -> Event:
    """A known event as it will read once the merges are made: persons and agreements
    named by their survivors."""
    event = rename_in_event(event, names)
    if not agreements:
        return event
    return dataclasses.replace(
        event, agreements=tuple(dict.fromkeys(agreements.get(a, a) for a in event.agreements))
    )
