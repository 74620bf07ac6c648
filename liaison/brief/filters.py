"""What the user narrowed a note to, and whether one item passes: period, spheres, status,
'new since'.

A statement's own years decide the period and 'new since' questions; when it names no
year, it passes the period and counts as new by the day its documents were ingested.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from liaison.brief.dates import parse_signed
from liaison.errors import LiaisonError
from liaison.model import (
    Agreement,
    AgreementStatus,
    Document,
    Event,
    Fact,
    Sphere,
)

ACTIVE = (AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED)
# Listed by default: the active ones, and those a note lists among its agreements without
# a status word (an office that does not write "Действует" lists the ones that are).
LISTED = (*ACTIVE, AgreementStatus.UNKNOWN)
METRIC_SPHERES: dict[str, Sphere] = {
    "trade_turnover": Sphere.TRADE,
    "export": Sphere.TRADE,
    "import": Sphere.TRADE,
    "investments": Sphere.TRADE,
    "companies": Sphere.TRADE,
    "companies_with_foreign_capital": Sphere.TRADE,
    "events": Sphere.TRADE,
    "visitors": Sphere.TRADE,
    "students": Sphere.EDUCATION,
    "scholarships": Sphere.EDUCATION,
    "institutions": Sphere.EDUCATION,
    "tourists": Sphere.TOURISM,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """What the user narrowed the note to; None means no limit."""

    start: date | None = None
    end: date | None = None
    spheres: frozenset[Sphere] | None = None
    since: date | None = None
    inactive_agreements: bool = False


def note_filters(
    start: date | None,
    end: date | None,
    spheres: Iterable[Sphere] | None,
    since: date | None,
    inactive_agreements: bool,
) -> Filters:
    """The filters of a note; a period that ends before it starts is refused."""
    check_period(start, end)
    wanted = frozenset(spheres) if spheres is not None else None
    return Filters(
        start=start, end=end, spheres=wanted, since=since, inactive_agreements=inactive_agreements
    )


def check_period(start: date | None, end: date | None) -> None:
    """Refuse a period that ends before it starts, in the words of the command line.

    >>> check_period(date(2025, 1, 1), date(2023, 12, 31))
    Traceback (most recent call last):
    ...
    liaison.errors.LiaisonError: --from 2025 is after --to 2023; swap the two, or leave one out
    """
    if start is not None and end is not None and start > end:
        raise LiaisonError(
            f"--from {day_or_year(start, date(start.year, 1, 1))} is after "
            f"--to {day_or_year(end, date(end.year, 12, 31))}",
            "swap the two, or leave one out",
        )


def day_or_year(day: date, whole_year: date) -> str:
    """'2025' when ``day`` is the bound a bare year stands for, else the ISO date.

    >>> day_or_year(date(2023, 12, 31), date(2023, 12, 31)), day_or_year(date(2023, 5, 2),
    ...     date(2023, 1, 1))
    ('2023', '2023-05-02')
    """
    return str(day.year) if day == whole_year else day.isoformat()


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
    """Status (active or stated without one, unless all are asked for) and spheres; with
    ``since``, only agreements signed since then."""
    if not filters.inactive_agreements and agreement.status not in LISTED:
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
    """An undated statement always passes; a dated one needs a year inside the period.

    >>> period = Filters(start=date(2023, 1, 1), end=date(2024, 12, 31))
    >>> in_period_years((), period), in_period_years((2010, 2024), period)
    (True, True)
    >>> in_period_years((2010, 2022), period), in_period_years((2025,), period)
    (False, False)
    """
    if not years:
        return True
    first = filters.start.year if filters.start else min(years)
    last = filters.end.year if filters.end else max(years)
    return any(first <= y <= last for y in years)


def is_new(item: Any, since: date, documents: Mapping[str, Document]) -> bool:
    """Whether a statement or figure is news since ``since``: by its latest year when it
    names years (an old note ingested today still tells of old years), else by when it
    entered the knowledge base."""
    years = item_years(item)
    if years:
        return max(years) >= since.year
    return entered_since(item, since, documents)


def entered_since(item: Any, since: date, documents: Mapping[str, Document]) -> bool:
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


def metric_sphere(metric: str) -> Sphere:
    """The sphere a figure is shown in: companies and turnover in trade, students in
    education; an unknown metric goes to 'other'.

    >>> metric_sphere("companies_with_foreign_capital"), metric_sphere("cargo")
    (<Sphere.TRADE: 'trade'>, <Sphere.OTHER: 'other'>)
    """
    return METRIC_SPHERES.get(metric, Sphere.OTHER)
