"""What the overview and a partner's page show, as plain data: the same dict fills the
template and is the page's JSON twin (fact_views.py and list_views.py do the same for the
other pages). Everything is read through the Store and the briefing code the command line
uses; nothing here decides what a fact is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from liaison.brief import NoteContent, format_date_range, select_note
from liaison.brief.layout import build_note
from liaison.cli.reads import about_partners
from liaison.model import (
    Direction,
    Event,
    Indicator,
    KnowledgeBase,
    Partner,
    Sphere,
)
from liaison.model.vocab import label
from liaison.store import Store
from liaison.web.charts import Chart, count_by_year, stacked_bars, timeline, year_lines

LATEST_CONTACTS = 10
DIRECTIONS = [d.value for d in Direction]


def overview(store: Store, lang: str) -> dict[str, Any]:
    """Partners with their counts, the latest contacts, how much waits for review."""
    partners = store.partners()
    summary = store.partner_summary()
    counts = {p.id: summary.get(p.id, {}) for p in partners}
    rows: list[dict[str, Any]] = [
        partner_row(p, lang)
        | {"parent": p.parent}
        | {key: counts[p.id].get(key, 0) for key in ("agreements", "events", "documents")}
        for p in partners
    ]
    countries = [r for r in rows if r["level"] == "country"]
    countries.sort(key=lambda r: (-r["events"] - r["agreements"], r["name"]))
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
        "inside": [partner_row(p, lang) for p in content.partners if p.id != partner.id],
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
        "choice": choice_json(choice),
        "spheres": [{"value": s.value, "label": label(s, lang)} for s in Sphere],
    }


def partner_row(partner: Partner, lang: str) -> dict[str, str]:
    """A partner as a list names it, in the interface's language."""
    name = partner.name if lang == "ru" else partner.name_en or partner.name
    return {"id": partner.id, "name": name, "level": partner.level.value}


def choice_json(choice: NoteChoice) -> dict[str, Any]:
    """The choices as the page's download form shows them again."""
    spheres = [s.value for s in choice.spheres]
    return {"lang": choice.lang, "from": choice.start, "to": choice.end, "spheres": spheres}


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
