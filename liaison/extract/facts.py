"""Statements of cooperation: every bullet of a sphere section is a Fact of that sphere.

A sub-bullet keeps its parent's sphere (it stands in the same section). The top list of
agreements and the chronology are not sphere sections: their bullets are agreements and
events, read by other rules. Years come from ``liaison.extract.dates``; organisations
and partners are those the bullet names (partners also by adjective: "азербайджанских
вузов" is about AZ).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from liaison.extract.context import Context
from liaison.extract.dates import DateSpan, find_dates
from liaison.extract.events import undated_bullets
from liaison.extract.organizations import organization_names
from liaison.extract.partners import implied_partners
from liaison.extract.spheres import Part, SectionKind, parts, spheres_between
from liaison.model import BlockKind, Document, Fact, Home, Mention, Sphere, make_id


@lru_cache(maxsize=4096)
def dates_in(
    text: str, start: int = 0, end: int | None = None, published: date | None = None
) -> tuple[DateSpan, ...]:
    """``find_dates`` of a stretch of text, cached: several rules read the same sentence."""
    return tuple(find_dates(text, start, end, published=published))


def years_in(text: str, start: int = 0, end: int | None = None) -> tuple[int, ...]:
    """Every year a stretch of text names, in order: both ends of a range.

    >>> years_in("(2022, 2023, 2024 гг.)"), years_in("в 2025/2026 учебном году")
    ((2022, 2023, 2024), (2025, 2026))
    >>> years_in("(с 2023 г.)"), years_in("СОШ № 11 им. Гейдара Алиева")
    ((2023,), ())
    """
    found: list[int] = []
    for span in dates_in(text, start, end):
        found += [span.value.start.year, span.value.end.year]
    return tuple(dict.fromkeys(found))


def fact_of(text: str, part: Part, home: Home, rule: str) -> Fact:
    """The Fact a sphere bullet states."""
    words = text[part.start : part.end]
    sphere = part.sphere or Sphere.OTHER
    return Fact(
        id=make_id("fact", sphere, " ".join(words.split())),
        sphere=sphere,
        text=words,
        years=years_in(text, part.start, part.end),
        organizations=organization_names(text, part.start, part.end),
        partners=tuple(implied_partners(text, home, part.start, part.end)),
        mentions=(Mention(start=part.start, end=part.end, rule=rule),),
    )


def facts_from_sphere_bullets(doc: Document, ctx: Context) -> Iterator[Fact]:
    """A Fact for every bullet and sub-bullet under a sphere heading, and for a plain line
    that leads in to sub-bullets ('На их площадках проведены:'), so they keep their lead.

    Items right under a heading over spheres ('Основные направления сотрудничества' with
    no sphere heading after it) are statements too, of the sphere their own words name; an
    item naming none goes on with the sphere of the one before (such a list goes sphere by
    sphere), the first of them with other areas, and a sub-item takes its item's.
    """
    sphere = Sphere.OTHER
    for part in parts(doc):
        if part.section not in (SectionKind.SPHERE, SectionKind.CONTAINER):
            continue
        is_item = part.kind in (BlockKind.BULLET, BlockKind.SUBBULLET)
        is_lead = part.kind == BlockKind.PARAGRAPH and is_lead_in(doc.text[part.start : part.end])
        if not (is_item or is_lead):
            continue
        if part.section == SectionKind.CONTAINER:
            if part.kind != BlockKind.SUBBULLET:
                named = spheres_between(doc.text, part.start, part.end)
                sphere = named[0] if named else sphere
            part = dataclasses.replace(part, sphere=sphere)
        yield fact_of(doc.text, part, ctx.home, "facts_from_sphere_bullets")


def is_lead_in(words: str) -> bool:
    """A line that announces the list after it.

    >>> is_lead_in("На их площадках проведены:"), is_lead_in("Ведётся работа.")
    (True, False)
    """
    return words.rstrip().endswith(":")


def facts_from_undated_contacts(doc: Document, ctx: Context) -> Iterator[Fact]:
    """A chronology bullet whose date cannot be read is kept as a Fact, never dropped."""
    for start, end in undated_bullets(doc):
        part = Part(
            kind=BlockKind.BULLET,
            start=start,
            end=end,
            section=SectionKind.CHRONOLOGY,
            sphere=Sphere.POLITICS,
        )
        yield fact_of(doc.text, part, ctx.home, "facts_from_undated_contacts")
