"""What the pages of one fact show: an event with its sources, a person, a document
with its spans. Plain data, as views.py: the template's and the JSON twin's."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from liaison.brief import format_date_range
from liaison.cli.reads import about_event
from liaison.errors import NotFound
from liaison.model import Direction, Event, EventKind, Person, to_json
from liaison.model.vocab import label
from liaison.store import Store
from liaison.web.views import event_summary

# How many search hits a person's page looks through for the contacts naming them.
PERSON_CONTACTS_LIMIT = 2000


def event_page(store: Store, event_id: str, lang: str) -> dict[str, Any]:
    """An event with every source's span, the conflicting values, and the fields to edit."""
    kb = about_event(store, event_id)
    if not kb.events:
        raise NotFound(f"no event {event_id!r}", "find one on a partner's page or by search")
    event = kb.events[0]
    texts = {d.id: d for d in kb.documents}
    sources = []
    for m in event.mentions:
        document = texts.get(m.document or "")
        sources.append(
            {
                "document": m.document,
                "title": document.title if document else m.document,
                "rule": m.rule,
                **span_context(document.text if document else "", m.start, m.end),
            }
        )
    conflicts = [
        {"field": c.field, "value": c.value, "document": c.document}
        for c in store.conflicts(event.id)
    ]
    names = {p.id: p.name if lang == "ru" else p.name_en or p.name for p in store.partners()}
    return {
        "event": to_json(event) | summary_labels(event, lang),
        "partners": [{"id": p, "name": names.get(p, p)} for p in event.partners],
        "sources": sources,
        "conflicts": conflicts,
        "fields": editable_fields(event, lang),
        "merges": [merge_json(r) for r in store.merges("event", event.id)],
        "alike": [event_summary(e, lang) for e in events_alike(store, event)],
    }


# Contacts this many days apart with the same partner may be one told twice.
NEAR_DAYS = 7


def events_alike(store: Store, event: Event) -> list[Event]:
    """Other contacts with the same partners within ``NEAR_DAYS`` of this one: those a
    person most likely means to merge it with."""
    if not event.partners:
        return []
    near = store.about_partners(event.partners, is_listing=True).events
    return [e for e in near if e.id != event.id and abs((e.start - event.start).days) <= NEAR_DAYS]


def summary_labels(event: Event, lang: str) -> dict[str, str]:
    """The words a person reads for an event's coded fields."""
    return {
        "kind_label": label(event.kind, lang),
        "direction_label": label(event.direction, lang),
        "dates": format_date_range(event.start, event.end, lang),
    }


CONTEXT_CHARS = 300


def span_context(text: str, start: int, end: int) -> dict[str, str]:
    """The words before a span, the span, and the words after, for highlighting.

    >>> span_context("Визит в Баку состоялся.", 8, 12)["span"]
    'Баку'
    """
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return {"before": before, "span": text[start:end], "after": after}


EDITABLE = {
    "event": ("start", "end", "kind", "direction", "place", "leader", "title"),
}


def editable_fields(event: Event, lang: str) -> list[dict[str, Any]]:
    """The fields the edit form offers, with their values as the correction API reads them
    and, for a field of a closed vocabulary, its choices with their labels."""
    values = to_json(event)
    choices = {
        "kind": [(k.value, label(k, lang)) for k in EventKind],
        "direction": [(d.value, label(d, lang)) for d in Direction],
    }
    return [
        {"name": name, "value": text_value(values.get(name)), "choices": choices.get(name)}
        for name in EDITABLE["event"]
    ]


def text_value(value: Any) -> str:
    """A JSON value as a form shows it for editing.

    >>> text_value(None), text_value(["AZ", "BY"]), text_value(2021)
    ('', 'AZ; BY', '2021')
    """
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def merge_json(record: Any) -> dict[str, Any]:
    """A merge as a page lists it."""
    from liaison.cli.identity import record_json

    return record_json(record)


def person_page(store: Store, person_id: str, lang: str) -> dict[str, Any]:
    """A person: canonical name, every form, posts over time, contacts taken part in."""
    person = store.get(Person, person_id)
    if person is None:
        raise NotFound(f"no person {person_id!r}", "find people by search")
    wanted = {"kind": "event", "person": person.name}
    hits, _ = store.search_faceted(person.name, wanted, limit=PERSON_CONTACTS_LIMIT)
    events = [e for e in (store.get(Event, h.hit.id) for h in hits) if e is not None]
    events.sort(key=lambda e: (e.start, e.id))
    return {
        "person": to_json(person),
        "forms": sorted(set(person.aliases)),
        "positions": [
            to_json(p) | {"seen": seen_between(p.start, p.end, lang)} for p in person.positions
        ],
        "events": [event_summary(e, lang) for e in events],
        "merges": [merge_json(r) for r in store.merges("person", person.id)],
        "alike": people_alike(store, person),
    }


def seen_between(start: date | None, end: date | None, lang: str) -> str:
    """When a post was seen, as a note writes dates: '15 июля 2019 г. – 31 августа 2025 г.'."""
    days = [format_date_range(d, d, lang) for d in (start, end) if d is not None]
    return " – ".join(dict.fromkeys(days))


def people_alike(store: Store, person: Person) -> list[dict[str, str]]:
    """Other people of the same surname: those a person most likely means to merge."""
    surname = person.name.split()[0] if person.name else ""
    hits, _ = store.search_faceted(surname, {"kind": "person"}) if surname else ([], {})
    return [{"id": h.hit.id, "name": h.hit.label} for h in hits if h.hit.id != person.id]


def document_page(store: Store, document_id: str) -> dict[str, Any]:
    """A document's text cut into pieces, each extracted span linked to its fact."""
    document = store.document(document_id)
    if document is None:
        raise NotFound(f"no document {document_id!r}", "find documents by search")
    spans = store.spans_in(document.id)
    return {
        "document": {
            "id": document.id,
            "path": document.path,
            "title": document.title,
            "lang": document.lang,
            "published": document.published,
            "format": document.format,
        },
        "pieces": text_pieces(document.text, spans),
        "spans": [{"kind": k, "id": i, "start": s, "end": e} for k, i, s, e in spans],
    }


def text_pieces(text: str, spans: Sequence[tuple[str, str, int, int]]) -> list[dict[str, Any]]:
    """The text as plain and highlighted pieces; where spans overlap, the first one kept.

    >>> [p["text"] for p in text_pieces("Визит в Баку.", [("event", "e1", 0, 5)])]
    ['Визит', ' в Баку.']
    """
    pieces: list[dict[str, Any]] = []
    at = 0
    for kind, fact_id, start, end in sorted(spans, key=lambda s: (s[2], -s[3])):
        if start < at or end <= start:
            continue
        if start > at:
            pieces.append({"text": text[at:start]})
        pieces.append({"text": text[start:end], "kind": kind, "id": fact_id})
        at = end
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces
