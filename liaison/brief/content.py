"""What goes into a note: the knowledge base narrowed to one partner, a period and spheres.

Selection is separate from writing so every format (md, html, docx, pdf, chronology
tables) says the same things in the same order. Nothing without a source is selected:
a fact needs a mention naming a document, or the name of the person who typed it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from liaison.brief.dates import parse_signed
from liaison.brief.home import involves_home
from liaison.brief.partners import partner_ids
from liaison.model import (
    Agreement,
    AgreementStatus,
    Conflict,
    Document,
    Event,
    Fact,
    Home,
    Indicator,
    KnowledgeBase,
    Partner,
    PartnerLevel,
    Person,
    Sphere,
)

ConflictValue = tuple[str, Any, str]
"""(field, the other value, id of the document that gives it) for one fact."""

ACTIVE = (AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED)
STATUS_RANK = {
    AgreementStatus.IN_FORCE: 0,
    AgreementStatus.BEING_IMPLEMENTED: 0,
    AgreementStatus.SIGNED: 1,
    AgreementStatus.UNKNOWN: 2,
    AgreementStatus.SUPERSEDED: 3,
}
LEVEL_RANK = {
    PartnerLevel.COUNTRY: 0,
    PartnerLevel.REGION: 1,
    PartnerLevel.DISTRICT: 2,
    PartnerLevel.CITY: 3,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """What the user narrowed the note to; None means no limit."""

    start: date | None = None
    end: date | None = None
    spheres: frozenset[Sphere] | None = None
    since: date | None = None
    inactive_agreements: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class NoteContent:
    """Everything one note says, selected and ordered, with what it needs to say it."""

    home: Home
    partner: Partner
    partners: tuple[Partner, ...]
    agreements: tuple[Agreement, ...] = ()
    facts: tuple[Fact, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    events: tuple[Event, ...] = ()
    persons: Mapping[str, Person] = field(default_factory=dict)
    documents: Mapping[str, Document] = field(default_factory=dict)
    all_agreements: Mapping[str, Agreement] = field(default_factory=dict)
    conflicts: Mapping[str, tuple[ConflictValue, ...]] = field(default_factory=dict)
    filters: Filters = field(default_factory=Filters)
    skipped: Mapping[str, int] = field(default_factory=dict)

    @property
    def skipped_total(self) -> int:
        """How many statements about this partner were left out for lack of a source."""
        return sum(self.skipped.values())


def select_note(
    kb: KnowledgeBase,
    partner: str,
    *,
    home: Home | None = None,
    start: date | None = None,
    end: date | None = None,
    spheres: Iterable[Sphere] | None = None,
    since: date | None = None,
    inactive_agreements: bool = True,
    conflicts: Mapping[str, Iterable[ConflictValue]] | None = None,
) -> NoteContent:
    """The content of the note on ``partner`` (ISO code or any name; a country brings its
    regions and cities), limited to events in ``start``..``end``, to ``spheres``, and to
    what is new ``since`` a date. ``inactive_agreements=False`` leaves out signed and
    superseded agreements. Conflicting values come from ``kb.conflicts`` and from
    ``conflicts`` ({fact id: [(field, value, document id), …]}), and are shown beside the
    value kept. Raises NotFound with close names when the partner is unknown.
    """
    root, inside = partner_ids(kb, partner)
    filters = Filters(
        start=start,
        end=end,
        spheres=frozenset(spheres) if spheres is not None else None,
        since=since,
        inactive_agreements=inactive_agreements,
    )
    documents = {d.id: d for d in kb.documents}
    skipped: dict[str, int] = {}
    picked = pick_all(kb, {p.id for p in inside}, filters, documents, skipped)
    home = home or Home()
    picked = {k: [i for i in v if involves_home(i, home, documents)] for k, v in picked.items()}
    levels = {p.id: LEVEL_RANK.get(p.level, 9) for p in inside}
    return NoteContent(
        home=home,
        partner=root,
        partners=inside,
        agreements=tuple(sorted(picked["agreements"], key=lambda a: agreement_key(a, levels))),
        facts=tuple(sorted(picked["facts"], key=fact_key)),
        indicators=tuple(picked["indicators"]),
        events=tuple(sorted(picked["events"], key=lambda e: (e.start, e.end, e.title))),
        persons=persons_by_name(kb.persons),
        documents=documents,
        all_agreements={a.id: a for a in kb.agreements},
        conflicts=conflicts_by_fact(kb.conflicts, conflicts or {}),
        filters=filters,
        skipped=skipped,
    )


def conflicts_by_fact(
    stored: Iterable[Conflict], extra: Mapping[str, Iterable[ConflictValue]]
) -> dict[str, tuple[ConflictValue, ...]]:
    """The other values of each fact: the knowledge base's and the ones passed in."""
    found: dict[str, list[ConflictValue]] = {}
    for conflict in stored:
        value = (conflict.field, conflict.value, conflict.document or "")
        found.setdefault(conflict.fact_id, []).append(value)
    for fact_id, values in extra.items():
        found.setdefault(fact_id, []).extend(values)
    return {k: unique(v) for k, v in found.items()}


def unique(values: list[ConflictValue]) -> tuple[ConflictValue, ...]:
    """The values without repeats, in order (a value may be a list: compared by repr)."""
    seen: dict[str, ConflictValue] = {}
    for value in values:
        seen.setdefault(repr(value), value)
    return tuple(seen.values())


def pick_all(
    kb: KnowledgeBase,
    ids: set[str],
    filters: Filters,
    documents: Mapping[str, Document],
    skipped: dict[str, int],
) -> dict[str, list[Any]]:
    """The agreements, facts, indicators and events of the note, by kind."""
    kinds = ("agreements", "facts", "indicators", "events")
    return {k: pick(getattr(kb, k), ids, filters, documents, skipped, k) for k in kinds}


def pick(
    items: Iterable[Any],
    ids: set[str],
    filters: Filters,
    documents: Mapping[str, Document],
    skipped: dict[str, int],
    kind: str,
) -> list[Any]:
    """The items about the partners ``ids`` that pass the filters; counts the unsourced."""
    out = []
    for item in items:
        if not ids.intersection(item_partners(item)):
            continue
        if not has_source(item):
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        if passes(item, filters, documents):
            out.append(item)
    return out


def item_partners(item: Any) -> tuple[str, ...]:
    """Partner ids an item names (an indicator names one)."""
    if isinstance(item, Indicator):
        return (item.partner,) if item.partner else ()
    return tuple(item.partners)


def has_source(item: Any) -> bool:
    """A mention naming a document, or a person who typed it."""
    return bool(item.entered_by) or any(m.document for m in item.mentions)


def passes(item: Any, filters: Filters, documents: Mapping[str, Document]) -> bool:
    """Whether an item passes the period, sphere, status and 'new since' filters."""
    if isinstance(item, Agreement):
        return agreement_passes(item, filters)
    if isinstance(item, Event):
        return event_passes(item, filters)
    if not in_spheres(item_spheres(item), filters.spheres, strict=isinstance(item, Fact)):
        return False
    if not in_period_years(item_years(item), filters):
        return False
    return filters.since is None or is_new(item, filters.since, documents)


def agreement_passes(agreement: Agreement, filters: Filters) -> bool:
    """Status and spheres; with ``since``, only agreements signed since then."""
    if not filters.inactive_agreements and agreement.status not in ACTIVE:
        return False
    if not in_spheres(agreement.spheres, filters.spheres, strict=False):
        return False
    if filters.since is None:
        return True
    signed = parse_signed(agreement.signed)
    if isinstance(signed, date):
        return signed >= filters.since
    # A bare year may fall on either side of the date: keep it rather than lose it.
    return signed is not None and signed >= filters.since.year


def event_passes(event: Event, filters: Filters) -> bool:
    """Period (overlap), spheres, and with ``since`` only events starting since then."""
    if filters.start is not None and event.end < filters.start:
        return False
    if filters.end is not None and event.start > filters.end:
        return False
    if not in_spheres(event.spheres, filters.spheres, strict=False):
        return False
    return filters.since is None or event.start >= filters.since


def in_spheres(
    spheres: Iterable[Sphere], wanted: frozenset[Sphere] | None, *, strict: bool
) -> bool:
    """Whether an item is in the wanted spheres; one naming none passes unless ``strict``."""
    if wanted is None:
        return True
    named = set(spheres)
    if not named:
        return not strict
    return bool(named & wanted)


def item_spheres(item: Any) -> tuple[Sphere, ...]:
    """The spheres of a fact, or the sphere an indicator's metric belongs to."""
    if isinstance(item, Fact):
        return (item.sphere,)
    return (metric_sphere(item.metric),)


def item_years(item: Any) -> tuple[int, ...]:
    """The years a fact names, or the years an indicator holds for."""
    if isinstance(item, Fact):
        return tuple(item.years)
    if item.as_of is not None:
        return (item.as_of.year,)
    if item.period is not None and item.period.from_ is not None:
        return tuple(range(item.period.from_, (item.period.to or item.period.from_) + 1))
    return ()


def in_period_years(years: tuple[int, ...], filters: Filters) -> bool:
    """An undated statement always passes; a dated one needs a year inside the period."""
    if not years:
        return True
    first = filters.start.year if filters.start else min(years)
    last = filters.end.year if filters.end else max(years)
    return any(first <= y <= last for y in years)


def is_new(item: Any, since: date, documents: Mapping[str, Document]) -> bool:
    """Whether an item entered the knowledge base on or after ``since``: the earliest
    ingest of its documents, or when it was typed in."""
    stamps = []
    for mention in item.mentions:
        doc = documents.get(mention.document or "")
        if doc is not None and doc.ingested_at is not None:
            stamps.append(doc.ingested_at.date())
    if item.entered_at is not None:
        stamps.append(item.entered_at.date())
    return bool(stamps) and min(stamps) >= since


METRIC_SPHERES: dict[str, Sphere] = {
    "trade_turnover": Sphere.TRADE,
    "export": Sphere.TRADE,
    "import": Sphere.TRADE,
    "investments": Sphere.TRADE,
    "companies": Sphere.TRADE,
    "events": Sphere.TRADE,
    "visitors": Sphere.TRADE,
    "students": Sphere.EDUCATION,
    "tourists": Sphere.TOURISM,
}


def metric_sphere(metric: str) -> Sphere:
    """The sphere a figure is shown in: companies and turnover in trade, students in
    education; an unknown metric goes to 'other'."""
    return METRIC_SPHERES.get(metric, Sphere.OTHER)


def agreement_key(agreement: Agreement, levels: Mapping[str, int]) -> tuple[Any, ...]:
    """Active first; then the country's before its regions' and cities'; then by year."""
    level = min((levels.get(p, 9) for p in agreement.partners), default=9)
    signed = parse_signed(agreement.signed)
    year = signed.year if isinstance(signed, date) else (signed or 0)
    return (STATUS_RANK.get(agreement.status, 2), level, year, agreement.title)


def fact_key(fact: Fact) -> tuple[Any, ...]:
    """Undated statements first, then by first year, then in the order of their source."""
    first = fact.mentions[0] if fact.mentions else None
    return (
        min(fact.years, default=0),
        first.document or "" if first else "",
        first.start if first else 0,
    )


def persons_by_name(persons: Iterable[Person]) -> dict[str, Person]:
    """People by their canonical name, the key events and facts refer to them by."""
    return {p.name: p for p in persons}


def source_keys(item: Any) -> tuple[str, ...]:
    """The documents an item comes from, in order, or 'entered_by:' for a typed fact."""
    keys = list(dict.fromkeys(m.document for m in item.mentions if m.document))
    if not keys and item.entered_by:
        keys.append(f"entered_by:{item.entered_by}")
    return tuple(keys)
