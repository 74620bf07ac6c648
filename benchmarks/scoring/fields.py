"""One document's extraction against its gold, field by field.

Partners are compared at the level of their country (the first part of the ISO code): a
note that names a city in a region can be read at either level, and the set's gold would
otherwise measure which slug a gazetteer chose rather than whether the partner is right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from liaison.model import Agreement, Event, Extraction, Indicator
from scoring.counts import Ratio, Score

CITY_WORD = re.compile(r"^(?:г\.|город)\s*", re.IGNORECASE)
# A figure is compared as a quantity: '2,3 тыс. студентов' and '2300 студентов' are one.
SCALES = {"тыс": 1e3, "млн": 1e6, "млрд": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}
SCALE_WORD = re.compile(r"^\s*(тыс|млн|млрд|thousand|million|billion)\b", re.IGNORECASE)


@dataclass
class DocScore:
    """Every figure of one document (or, merged, of a set)."""

    events: Score = field(default_factory=Score)
    kind: Ratio = field(default_factory=Ratio)
    direction: Ratio = field(default_factory=Ratio)
    leader: Ratio = field(default_factory=Ratio)
    place: Ratio = field(default_factory=Ratio)
    partners: Ratio = field(default_factory=Ratio)
    participants: Score = field(default_factory=Score)
    persons: Score = field(default_factory=Score)
    positions: Score = field(default_factory=Score)
    agreements: Score = field(default_factory=Score)
    indicators: Score = field(default_factory=Score)
    published: Ratio = field(default_factory=Ratio)

    def merge(self, other: DocScore) -> None:
        """Add another document's counts to these."""
        for f in fields(self):
            getattr(self, f.name).merge(getattr(other, f.name))


def countries(codes: Iterable[str]) -> list[str]:
    """One country code per partner named, a partner inside another counted once.

    >>> countries(["KZ", "KZ-ATY", "RS-NIS", "RS-NOVI-SAD"])
    ['KZ', 'RS', 'RS']
    """
    ids = set(codes)
    finest = [c for c in ids if not any(o.startswith(c + "-") for o in ids)]
    return sorted(c.split("-")[0] for c in finest)


def plain_place(place: str | None) -> str:
    """A place as compared: no 'г.', case folded."""
    return CITY_WORD.sub("", (place or "").strip()).casefold()


def match_events(
    found: Iterable[Event], gold: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], Event | None]]:
    """Each gold event with the found event of the same start and end, one to one; among
    several, the one of the same kind."""
    free = list(found)
    pairs: list[tuple[dict[str, Any], Event | None]] = []
    for g in gold:
        same = [
            e for e in free if (e.start.isoformat(), e.end.isoformat()) == (g["start"], g["end"])
        ]
        same.sort(key=lambda e: e.kind.value != g.get("kind"))
        if same:
            free.remove(same[0])
        pairs.append((g, same[0] if same else None))
    return pairs


def score_event(s: DocScore, g: dict[str, Any], e: Event, misses: list[str]) -> None:
    """Kind, direction, leader, place, partners and participants of one matched event."""
    checks = {
        "kind": (e.kind.value, g.get("kind")),
        "direction": (e.direction.value, g.get("direction")),
        "leader": (e.leader, g.get("leader")),
        "place": (plain_place(e.place), plain_place(g.get("place"))),
        "partners": (
            sorted(set(countries(e.partners))),
            sorted(set(countries(g.get("partners", [])))),
        ),
    }
    for name, (ours, theirs) in checks.items():
        getattr(s, name).add(ours == theirs)
        if ours != theirs:
            misses.append(f"{g['start']}: {name} {ours or '—'} ≠ {theirs or '—'}")
    people = {p.name for p in e.participants} | ({e.leader} if e.leader else set())
    gold_people = {p["name"] for p in g.get("participants", [])} | (
        {g["leader"]} if g.get("leader") else set()
    )
    s.participants.add(people, gold_people)
    misses.extend(f"{g['start']}: participant missed {n}" for n in sorted(gold_people - people))
    misses.extend(f"{g['start']}: participant extra {n}" for n in sorted(people - gold_people))


def score_events(
    s: DocScore, found: Extraction, gold: list[dict[str, Any]], misses: list[str]
) -> None:
    """Events with exact dates, then the fields of those that match."""
    pairs = match_events(found.events, gold)
    matched = {id(e) for _, e in pairs if e is not None}
    for g, e in pairs:
        if e is None:
            s.events.fn += 1
            misses.append(f"{g['start']}–{g['end']}: event not found ({g['kind']})")
            continue
        s.events.tp += 1
        score_event(s, g, e, misses)
    for e in found.events:
        if id(e) not in matched:
            s.events.fp += 1
            misses.append(f"{e.start}–{e.end}: extra event ({e.kind.value})")


def agreement_keys(kind: str, signed: str | None, partners: Iterable[str]) -> list[str]:
    """One key per partner: kind, year signed, partner's country."""
    year = (signed or "")[:4]
    return [f"{kind}|{year}|{c}" for c in countries(partners) or [""]]


def found_agreements(agreements: Iterable[Agreement]) -> list[str]:
    """The keys of the agreements found."""
    return [k for a in agreements for k in agreement_keys(a.kind.value, a.signed, a.partners)]


def quantity(value: float, unit: str | None) -> float:
    """The value with the scale word its unit starts with applied.

    >>> quantity(2.3, "тыс. студентов"), quantity(45, "млн долл. США"), quantity(18, "%")
    (2300.0, 45000000.0, 18.0)
    """
    scale = SCALE_WORD.match(unit or "")
    return round(float(value) * (SCALES[scale.group(1).lower()] if scale else 1), 6)


def indicator_key(metric: str, value: float, unit: str | None, partner: str | None) -> str:
    """Metric, quantity and partner's country of one figure."""
    return f"{metric}|{quantity(value, unit):.12g}|{countries([partner])[0] if partner else ''}"


def found_indicators(indicators: Iterable[Indicator]) -> list[str]:
    """The keys of the figures found."""
    return [indicator_key(i.metric, i.value, i.unit, i.partner) for i in indicators]


def add_listed(
    score: Score, what: str, found: list[str], gold: list[str], misses: list[str]
) -> None:
    """Count found against gold items and note each difference."""
    score.add(found, gold)
    for item in sorted(set(gold)):
        misses.extend([f"{what} missed: {item}"] * max(gold.count(item) - found.count(item), 0))
    for item in sorted(set(found)):
        misses.extend([f"{what} extra: {item}"] * max(found.count(item) - gold.count(item), 0))


def score_persons(
    s: DocScore, found: Extraction, gold: list[dict[str, Any]], misses: list[str]
) -> None:
    """Canonical names, then (name, post) pairs of the people both name."""
    add_listed(
        s.persons, "person", [p.name for p in found.persons], [p["name"] for p in gold], misses
    )
    names = {p["name"] for p in gold}
    posts = [
        f"{p.name}: {t.title.casefold()}"
        for p in found.persons
        if p.name in names
        for t in p.positions
    ]
    gold_posts = [f"{p['name']}: {t.casefold()}" for p in gold for t in p.get("positions", [])]
    add_listed(s.positions, "post", sorted(set(posts)), gold_posts, misses)


def score_document(found: Extraction, gold: dict[str, Any]) -> tuple[DocScore, list[str]]:
    """Every field of one document, and what was wrong."""
    s, misses = DocScore(), []
    published = found.document.published
    s.published.add((published.isoformat() if published else None) == gold.get("published"))
    score_events(s, found, gold.get("events", []), misses)
    score_persons(s, found, gold.get("persons", []), misses)
    gold_agreements = [
        k
        for a in gold.get("agreements", [])
        for k in agreement_keys(a["kind"], a.get("signed"), a.get("partners", []))
    ]
    add_listed(
        s.agreements, "agreement", found_agreements(found.agreements), gold_agreements, misses
    )
    gold_figures = [
        indicator_key(i["metric"], i["value"], i.get("unit"), i.get("partner"))
        for i in gold.get("indicators", [])
    ]
    add_listed(s.indicators, "figure", found_indicators(found.indicators), gold_figures, misses)
    return s, misses
