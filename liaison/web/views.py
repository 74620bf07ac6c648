"""What each page shows, as plain data: the same dict fills the template and is the page's
JSON twin. Everything is read through the Store and the briefing code the command line
uses; nothing here decides what a fact is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from liaison.brief import NoteContent, format_date_range, select_note
from liaison.brief.layout import build_note
from liaison.cli.reads import about_event, about_partners
from liaison.errors import NotFound
from liaison.model import (
    Direction,
    Event,
    EventKind,
    Indicator,
    KnowledgeBase,
    Person,
    Sphere,
    to_json,
)
from liaison.model.vocab import label
from liaison.store import Store
from liaison.store.search import FacetedHit, has_latin, query_lemmas
from liaison.store.users import Role
from liaison.text.morph import lemma, words
from liaison.web.charts import Chart, count_by_year, stacked_bars, timeline, year_lines

LATEST_CONTACTS = 10
# How many search hits a person's page looks through for the contacts naming them.
PERSON_CONTACTS_LIMIT = 2000
DIRECTIONS = [d.value for d in Direction]


def overview(store: Store, lang: str) -> dict[str, Any]:
    """Partners with their counts, the latest contacts, how much waits for review."""
    partners = store.partners()
    summary = store.partner_summary()
    rows = [
        {
            "id": p.id,
            "name": p.name if lang == "ru" else p.name_en or p.name,
            "level": p.level.value,
            "parent": p.parent,
            "agreements": summary.get(p.id, {}).get("agreements", 0),
            "events": summary.get(p.id, {}).get("events", 0),
            "documents": summary.get(p.id, {}).get("documents", 0),
        }
        for p in partners
    ]
    countries = [r for r in rows if r["level"] == "country"]
    countries.sort(key=lambda r: (-int(r["events"]) - int(r["agreements"]), str(r["name"])))
    return {
        "partners": countries,
        "subnational": [r for r in rows if r["level"] != "country"],
        "latest": [event_summary(e, lang) for e in store.latest_events(LATEST_CONTACTS)],
        "review_count": len(store.review_queue()),
    }


def event_summary(event: Event, lang: str) -> dict[str, Any]:
    """An event as a row of a list: dates, kind, direction, leader, its words."""
    return {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "dates": format_date_range(event.start, event.end, lang),
        "kind": label(event.kind, lang),
        "direction": event.direction.value,
        "direction_label": label(event.direction, lang),
        "place": event.place,
        "leader": event.leader,
        "title": event.title,
        "partners": list(event.partners),
    }


@dataclass(frozen=True, slots=True, kw_only=True)
class NoteChoice:
    """The choices a partner page and its downloads take: language, period, spheres."""

    lang: str = "ru"
    start: date | None = None
    end: date | None = None
    spheres: tuple[Sphere, ...] = ()


def partner_note(store: Store, code: str, choice: NoteChoice, home: Any) -> NoteContent:
    """The note on a partner as `liaison brief` selects it."""
    return note_of(about_partners(store, [code]), code, choice, home)


def note_of(kb: KnowledgeBase, code: str, choice: NoteChoice, home: Any) -> NoteContent:
    """The note on a partner from the part of the knowledge base about it."""
    return select_note(
        kb,
        code,
        home=home,
        start=choice.start,
        end=choice.end,
        spheres=list(choice.spheres) or None,
    )


def partner_page(store: Store, code: str, choice: NoteChoice, home: Any) -> dict[str, Any]:
    """The live note, its charts, the partners inside, the choices for downloads."""
    kb = about_partners(store, [code])
    content = note_of(kb, code, choice, home)
    members = {p.id for p in content.partners}
    figures = sorted(
        (i for i in kb.indicators if i.partner in members), key=lambda i: (i.metric, i.id)
    )
    note = build_note(content, choice.lang)
    partner = content.partner
    lang = choice.lang
    levels = {p.id: p.level.value for p in content.partners}
    return {
        "partner": {"id": partner.id, "name": partner.name, "name_en": partner.name_en},
        "inside": [
            {
                "id": p.id,
                "name": p.name if lang == "ru" else p.name_en or p.name,
                "level": p.level.value,
            }
            for p in content.partners
            if p.id != partner.id
        ],
        "title": list(note.title),
        "lines": [{"kind": line.kind, "text": line.text} for line in note.lines],
        "events": [event_summary(e, lang) for e in content.events],
        "agreements": [
            {"id": a.id, "title": a.title, "signed": a.signed, "status": label(a.status, lang)}
            for a in content.agreements
        ],
        "timeline": contacts_timeline(content.events, lang),
        "by_direction": direction_chart(content.events, lang),
        "by_level": level_chart(content.events, levels, lang),
        # Every figure on the partner, also those the note tells inside a statement.
        "figures": figures_chart(figures, lang),
        "figure_rows": [figure_row(i, lang) for i in figures],
        "choice": {
            "lang": choice.lang,
            "from": choice.start,
            "to": choice.end,
            "spheres": [s.value for s in choice.spheres],
        },
        "spheres": [{"value": s.value, "label": label(s, lang)} for s in Sphere],
    }


def contacts_timeline(events: Iterable[Event], lang: str) -> Chart:
    """Every contact on a line of time, a row per direction, each linked to its page."""
    items = [
        (
            e.start,
            DIRECTIONS.index(e.direction.value),
            f"{format_date_range(e.start, e.end, lang)}: {label(e.kind, lang)}",
            f"/events/{e.id}",
        )
        for e in events
    ]
    return timeline(items, [label(d, lang) for d in Direction])


def direction_chart(events: Iterable[Event], lang: str) -> Chart:
    """Contacts per year, stacked by direction."""
    counts = count_by_year((e.start.year, e.direction.value) for e in events)
    return stacked_bars(counts, DIRECTIONS, [label(d, lang) for d in Direction])


LEVELS = ("country", "region", "district", "city")


def level_chart(events: Iterable[Event], levels: Mapping[str, str], lang: str) -> Chart:
    """Contacts per year, stacked by the finest level of partner they name."""
    from liaison.model import PartnerLevel

    def finest(event: Event) -> str:
        named = [levels.get(p, "country") for p in event.partners] or ["country"]
        return max(named, key=LEVELS.index)

    counts = count_by_year((e.start.year, finest(e)) for e in events)
    return stacked_bars(counts, list(LEVELS), [label(PartnerLevel(v), lang) for v in LEVELS])


def figures_chart(indicators: Iterable[Indicator], lang: str) -> Chart:
    """Each kind of figure over the years it holds for, named as the note names it; a
    metric counted in different things ('встреч', 'мероприятий') is a line of each."""
    from liaison.brief.figures import COUNTED, METRIC_LABELS

    series: dict[str, dict[int, float]] = {}
    for i in indicators:
        year = i.as_of.year if i.as_of else (i.period.to or i.period.from_) if i.period else None
        if year is None:
            continue
        name = METRIC_LABELS.get(i.metric, (i.metric, i.metric))[lang == "en"]
        if i.unit and (i.metric not in COUNTED or lang == "ru"):
            name = f"{name} ({i.unit})"
        series.setdefault(name, {})[year] = i.value
    return year_lines(series)


def figure_row(indicator: Indicator, lang: str) -> dict[str, Any]:
    """A figure as a row: what, how much, when, the words it was read from."""
    from liaison.brief.figures import METRIC_LABELS

    period = indicator.period
    when = (
        format_date_range(indicator.as_of, indicator.as_of, lang)
        if indicator.as_of
        else "–".join(str(y) for y in dict.fromkeys((period.from_, period.to)) if y)
        if period
        else ""
    )
    return {
        "metric": METRIC_LABELS.get(indicator.metric, (indicator.metric,) * 2)[lang == "en"],
        "value": f"{indicator.value:,.10g}".replace(",", " "),
        "unit": indicator.unit,
        "when": when,
        "text": indicator.text,
    }


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
    }


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


def search_page(
    store: Store, query: str, wanted: Mapping[str, str], lang: str = "ru"
) -> dict[str, Any]:
    """Hits with highlighted snippets, and the facets to narrow them by."""
    if not query.strip():
        return {"q": query, "hits": [], "facets": {}, "wanted": dict(wanted)}
    hits, facets = store.search_faceted(query, wanted)
    lemmas = set(query_lemmas(query))
    if has_latin(query):
        lemmas |= spelled_lemmas(hits)
    return {
        "q": query,
        "wanted": dict(wanted),
        "hits": [
            {
                "kind": h.hit.kind,
                "id": h.hit.id,
                "label": h.hit.label,
                "snippet": h.hit.snippet,
                "marked": marked(h.hit.snippet, lemmas),
                "document": h.hit.document_id,
                "facets": dict(h.facets),
                "href": fact_href(h.hit.kind, h.hit.id),
            }
            for h in hits
        ],
        "facets": facets,
        "sphere_labels": {s.value: label(s, lang) for s in Sphere},
    }


def spelled_lemmas(hits: Iterable[FacetedHit]) -> set[str]:
    """The lemmas of the people the hits name, so that a Latin query ('Mustafayev') has
    the Cyrillic words it found marked too."""
    surnames = {name.split()[0] for h in hits for name in h.facets.get("person", ()) if name}
    return {lemma(surname) for surname in surnames}


def marked(snippet: str, lemmas: set[str]) -> list[dict[str, Any]]:
    """A snippet as pieces, those whose word has one of ``lemmas`` marked.

    >>> [p for p in marked("встреча с Бабушкиным", {"бабушкин"}) if p["hit"]]
    [{'text': 'Бабушкиным', 'hit': True}]
    """
    pieces: list[dict[str, Any]] = []
    at = 0
    for word in words(snippet):
        start = snippet.find(word, at)
        if start < 0 or lemma(word) not in lemmas:
            continue
        if start > at:
            pieces.append({"text": snippet[at:start], "hit": False})
        pieces.append({"text": word, "hit": True})
        at = start + len(word)
    if at < len(snippet):
        pieces.append({"text": snippet[at:], "hit": False})
    return pieces


def fact_href(kind: str, fact_id: str) -> str | None:
    """The page of a fact of this kind, where it has one."""
    pages = {"event": "/events/", "person": "/persons/", "document": "/documents/"}
    return pages[kind] + fact_id if kind in pages else None


def review_page(store: Store) -> dict[str, Any]:
    """The open review items."""
    return {"items": [to_json(item) for item in store.review_queue()]}


def audit_page(store: Store, wanted: Mapping[str, Any]) -> dict[str, Any]:
    """The audit log, newest first, filtered as asked, with what stands undone."""
    from liaison.cli.views import change_what

    log = store.audit(**wanted)
    undone = store.undone()
    return {
        "changes": [
            to_json(c) | {"undone": c.id in undone, "what": change_what(c)} for c in reversed(log)
        ],
        "wanted": {k: v for k, v in wanted.items() if v is not None},
    }


def users_page(store: Store) -> dict[str, Any]:
    return {"users": [to_json(u) for u in store.users()], "roles": [r.value for r in Role]}
