"""One person however documents spell them: typos, Latin spellings, posts held over time."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache

import iuliia
from rapidfuzz.distance import Levenshtein

from liaison.model import Event, Extraction, Fact, Person, Position, make_id
from liaison.model.merge import merge_pair
from liaison.text.scripts import has_cyrillic

CANONICAL = re.compile(
    r"^(?P<surname>[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+)*) (?P<initials>(?:[А-ЯЁ]\.)+)$"
)
LATIN_NAME = re.compile(r"^(?P<given>[A-Z][a-z]+) (?:[A-Z][a-z]+ )?(?P<surname>[A-Z][a-z'-]+)$")
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


def split_canonical(name: str) -> tuple[str, str] | None:
    """Surname and initials of a canonical name.

    >>> split_canonical("Бабушкин И.Ю.")
    ('Бабушкин', 'И.Ю.')
    >>> split_canonical("Igor Babushkin") is None
    True
    """
    m = CANONICAL.match(name)
    return (m["surname"], m["initials"]) if m else None


def is_typo_of(name: str, known: str) -> bool:
    """Whether ``name`` is a slip of the pen for ``known``: same initials, surname one or two
    edits away (two only for long surnames).

    >>> is_typo_of("Мусатафаев Р.С.", "Мустафаев Р.С.")
    True
    >>> is_typo_of("Мустафаев Ш.А.", "Мустафаев Р.С.")
    False
    >>> is_typo_of("Ляхович А.А.", "Ляхнович А.А.")
    True
    >>> is_typo_of("Исаев А.М.", "Исаенко А.М.")
    False
    """
    a, b = split_canonical(name), split_canonical(known)
    if a is None or b is None or a[1] != b[1] or a[0] == b[0]:
        return False
    limit = 2 if min(len(a[0]), len(b[0])) >= 8 else 1
    return Levenshtein.distance(a[0].lower(), b[0].lower()) <= limit


@lru_cache(maxsize=10_000)
def latin_key(text: str) -> str:
    """A spelling-neutral Latin form for comparing transliterations.

    >>> latin_key("Dzhabbarov") == latin_key("Jabbarov")
    True
    """
    low = text.lower()
    if has_cyrillic(low):
        low = iuliia.WIKIPEDIA.translate(low)
    for a, b in LATIN_FOLDS:
        low = low.replace(a, b)
    return re.sub(r"[^a-z]", "", low)


def matches_latin(latin: str, canonical: str) -> bool:
    """Whether a Latin full name ('Igor Babushkin') is the Russian canonical one.

    >>> matches_latin("Igor Babushkin", "Бабушкин И.Ю.")
    True
    >>> matches_latin("Mikayil Jabbarov", "Джаббаров М.Ч.")
    True
    >>> matches_latin("Ilham Aliyev", "Алиев Г.А.")
    False
    """
    m, parts = LATIN_NAME.match(latin), split_canonical(canonical)
    if m is None or parts is None:
        return False
    same_initial = latin_key(m["given"])[:1] == latin_key(parts[1][0])[:1]
    return same_initial and latin_key(m["surname"]) == latin_key(parts[0])


def is_shortening_of(name: str, known: str) -> bool:
    """Whether ``name`` gives fewer initials of the same person: 'Алиев Г.' of 'Алиев Г.А.'.

    >>> is_shortening_of("Алиев Г.", "Алиев Г.А.")
    True
    >>> is_shortening_of("Алиев Г.А.", "Алиев И.Г.")
    False
    """
    a, b = split_canonical(name), split_canonical(known)
    return bool(a and b and a[0] == b[0] and len(a[1]) < len(b[1]) and b[1].startswith(a[1]))


def canonical_for(name: str, known: Iterable[str]) -> str | None:
    """The known canonical name that ``name`` is a typo, shortening or Latin spelling of, if
    exactly one fits."""
    hits = {
        k
        for k in known
        if k != name
        and (is_typo_of(name, k) or is_shortening_of(name, k) or matches_latin(name, k))
    }
    return hits.pop() if len(hits) == 1 else None


def name_mapping(
    persons: Iterable[Person], known: Iterable[str], counts: Counter[str]
) -> dict[str, str]:
    """Which names to fold into which: typos and Latin spellings into the better-attested name."""
    names = [p.name for p in persons]
    pool = set(known) | set(names)
    mapping: dict[str, str] = {}
    for name in names:
        target = canonical_for(name, pool)
        if target is None:
            continue
        # Of two spellings, the one seen more often (or already known) is the true one.
        if target in known or counts[target] >= counts[name] or not split_canonical(name):
            mapping[name] = target
    return mapping


def merge_positions(positions: Iterable[Position]) -> tuple[Position, ...]:
    """One position per (title, organisation), spanning every date it was seen."""
    spans: dict[tuple[str, str | None], Position] = {}
    for p in positions:
        key = (p.title.lower(), p.organization)
        old = spans.get(key)
        if old is None:
            spans[key] = p
            continue
        starts = [d for d in (old.start, p.start) if d is not None]
        ends = [d for d in (old.end, p.end) if d is not None]
        spans[key] = dataclasses.replace(
            old, start=min(starts, default=None), end=max(ends, default=None)
        )
    return tuple(sorted(spans.values(), key=lambda p: p.start or date.min))


def rename(name: str | None, mapping: Mapping[str, str]) -> str | None:
    """A name after folding."""
    return mapping.get(name, name) if name else name


def resolve_persons(extraction: Extraction, known: Mapping[str, Person]) -> Extraction:
    """Fold typos and Latin spellings into known or better-attested persons, everywhere.

    ``known`` maps canonical names already in the knowledge base to their Person.
    """
    counts = Counter(p.name for p in extraction.persons for _ in p.mentions)
    mapping = name_mapping(extraction.persons, known, counts)
    persons: dict[str, Person] = {}
    for p in extraction.persons:
        target = mapping.get(p.name, p.name)
        base = known.get(target)
        renamed = dataclasses.replace(
            p,
            id=base.id if base else (p.id if target == p.name else make_id("person", target)),
            name=target,
            aliases=p.aliases + ((p.name,) if target != p.name else ()),
            name_en=p.name_en or (p.name if not split_canonical(p.name) else None),
        )
        merged = merge_pair(persons[target], renamed) if target in persons else renamed
        persons[target] = dataclasses.replace(merged, positions=merge_positions(merged.positions))
    return dataclasses.replace(
        extraction,
        persons=tuple(persons.values()),
        events=tuple(rename_in_event(e, mapping) for e in extraction.events),
        facts=tuple(rename_in_fact(f, mapping) for f in extraction.facts),
    )


def rename_in_event(event: Event, mapping: Mapping[str, str]) -> Event:
    """An event with folded names for its leader and participants."""
    if not mapping:
        return event
    participants = tuple(
        dataclasses.replace(p, name=mapping.get(p.name, p.name)) for p in event.participants
    )
    return dataclasses.replace(
        event, leader=rename(event.leader, mapping), participants=participants
    )


def rename_in_fact(fact: Fact, mapping: Mapping[str, str]) -> Fact:
    """A fact with folded names."""
    if not mapping:
        return fact
    return dataclasses.replace(fact, persons=tuple(mapping.get(n, n) for n in fact.persons))
