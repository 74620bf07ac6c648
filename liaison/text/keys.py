"""Blocking keys: short strings under which the knowledge base files a fact, so that
resolution asks for the few facts sharing a key instead of reading everything known.

A key never decides that two facts are one; it only makes sure that two facts which might
be one meet. So it is coarse on purpose: a person by the first letter of the given name
and the first letters of the surname (a slip of the pen rarely hits those), in a
spelling-neutral Latin form so that 'Jabbarov' meets 'Джаббаров'; an event by country and
month; an agreement by kind, country and year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import iuliia

from liaison.text.scripts import has_cyrillic

# Latin spellings of one Russian sound differ between schemes: Jabbarov / Dzhabbarov.
LATIN_FOLDS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("yev", "ev"),
    ("iy", "i"),
    ("yu", "u"),
    ("ya", "a"),
    ("y", "i"),
)
CANONICAL = re.compile(
    r"^(?P<surname>[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+)*) (?P<initials>(?:[А-ЯЁ]\.)+)$"
)
LATIN_NAME = re.compile(r"^(?P<given>[A-Z][a-z]+) (?:[A-Z][a-z]+ )?(?P<surname>[A-Z][a-z'-]+)$")
PREFIX_LETTERS = 3  # letters of the surname's Latin form a key keeps (Мусатафаев: "mus")
MAX_WEEKS = 26  # an event longer than this is filed under its first weeks only
NO_YEAR = "-"
ANY_YEAR = "*"


@lru_cache(maxsize=10_000)
def latin_key(text: str) -> str:
    """A spelling-neutral Latin form for comparing transliterations.

    >>> latin_key("Dzhabbarov") == latin_key("Jabbarov") == latin_key("Джаббаров")
    True
    """
    low = text.lower()
    if has_cyrillic(low):
        low = iuliia.WIKIPEDIA.translate(low)
    for a, b in LATIN_FOLDS:
        low = low.replace(a, b)
    return re.sub(r"[^a-z]", "", low)


def surname_and_initial(name: str) -> tuple[str, str] | None:
    """The surname and the first initial of a canonical or a Latin full name.

    >>> surname_and_initial("Джаббаров М.Ч."), surname_and_initial("Mikayil Jabbarov")
    (('Джаббаров', 'М'), ('Jabbarov', 'M'))
    >>> surname_and_initial("губернатор") is None
    True
    """
    m = CANONICAL.match(name)
    if m:
        return m["surname"], m["initials"][0]
    m = LATIN_NAME.match(name)
    return (m["surname"], m["given"][0]) if m else None


def person_keys(name: str) -> frozenset[str]:
    """The key a person is filed under: the initial and the surname's first letters.

    >>> person_keys("Мустафаев Р.С.") == person_keys("Мусатафаев Р.С.") == {"r:mus"}
    True
    >>> person_keys("Igor Babushkin") == person_keys("Бабушкин И.Ю.")
    True
    """
    parts = surname_and_initial(name)
    if parts is None:
        return frozenset()
    surname, initial = latin_key(parts[0]), latin_key(parts[1])[:1]
    return frozenset({f"{initial}:{surname[:PREFIX_LETTERS]}"}) if surname else frozenset()


def weeks(start: date, end: date) -> list[str]:
    """The ISO weeks from ``start`` to ``end`` as 'YYYY-Www', at most MAX_WEEKS of them.

    >>> weeks(date(2021, 12, 30), date(2022, 1, 4))
    ['2021-W52', '2022-W01']
    """
    found: list[str] = []
    day = start
    while day <= end and len(found) < MAX_WEEKS:
        year, week, weekday = day.isocalendar()
        found.append(f"{year:04d}-W{week:02d}")
        day += timedelta(days=8 - weekday)
    return found


def country(partner_id: str) -> str:
    """The country of a partner id: its first part ('AZ-BA' lies in 'AZ')."""
    return partner_id.split("-")[0]


def event_keys(partners: Iterable[str], start: date, end: date) -> frozenset[str]:
    """The keys an event is filed under: each country of its partners with each week it
    spans. An event that contains another, or lies within it, shares a week with it.

    >>> sorted(event_keys(["AZ-BA", "AZ"], date(2021, 12, 6), date(2021, 12, 7)))
    ['AZ:2021-W49']
    """
    spans = weeks(start, end)
    return frozenset(f"{c}:{m}" for c in {country(p) for p in partners} for m in spans)


def agreement_keys(kind: str, signed: str | None, partners: Iterable[str]) -> frozenset[str]:
    """The keys an agreement is filed under: kind and each country, with the year signed
    ('-' for none) and with any year ('*'), which an undated agreement asks for.

    >>> sorted(agreement_keys("programme", "2021-12-07", ["AZ", "AZ-BA"]))
    ['programme:AZ:*', 'programme:AZ:2021']
    >>> sorted(agreement_keys("memorandum", None, ["AZ"]))
    ['memorandum:AZ:*', 'memorandum:AZ:-']
    """
    year = signed[:4] if signed else NO_YEAR
    return frozenset(
        f"{kind}:{c}:{y}" for c in {country(p) for p in partners} for y in (year, ANY_YEAR)
    )


def agreement_lookup(kind: str, signed: str | None, partners: Iterable[str]) -> LookupKeys:
    """What to ask for to find the agreements one may translate: the same year or none
    for a dated agreement, any year for an undated one.

    >>> sorted(agreement_lookup("plan", "2019", ["BY"]).keys)
    ['plan:BY:-', 'plan:BY:2019']
    >>> sorted(agreement_lookup("plan", None, ["BY"]).keys)
    ['plan:BY:*']
    """
    countries = {country(p) for p in partners}
    years = (signed[:4], NO_YEAR) if signed else (ANY_YEAR,)
    return LookupKeys(keys=[f"{kind}:{c}:{y}" for c in countries for y in years])


class LookupKeys:
    """The keys to look facts up by."""

    __slots__ = ("keys",)

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self.keys = frozenset(keys)

    def __or__(self, other: LookupKeys) -> LookupKeys:
        return LookupKeys(self.keys | other.keys)

    def __bool__(self) -> bool:
        return bool(self.keys)


def fact_keys(kind: str, row: Mapping[str, Any]) -> frozenset[str]:
    """The keys of a stored fact from its row (column values by name); none for a kind
    resolution does not look up.

    >>> sorted(fact_keys("agreement", {"kind": "plan", "signed": "2019", "partners": ["BY"]}))
    ['plan:BY:*', 'plan:BY:2019']
    """
    if kind == "person":
        return person_keys(row["name"])
    if kind == "event":
        return event_keys(row["partners"], row["start"], row["end"])
    if kind == "agreement":
        return agreement_keys(row["kind"], row["signed"], row["partners"])
    return frozenset()
