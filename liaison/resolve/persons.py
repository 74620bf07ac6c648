"""One person however documents spell them: typos, Latin spellings, posts held over time."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

from rapidfuzz.distance import Levenshtein

from liaison.model import Event, Extraction, Fact, Person, Position, make_id
from liaison.model.merge import merge_pair
from liaison.model.merges import Merge
from liaison.text.keys import CANONICAL, LATIN_NAME, latin_key

# Where two names are one person, the stronger stays: a Russian canonical name before a
# Latin one, more initials before fewer, more mentions before fewer, then the name itself
# (any fixed order does: it only has to be the same whichever document came first).
Strength = tuple[bool, int, int, str]


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


NAME_RULES = (
    ("typo", is_typo_of),
    ("shortening", is_shortening_of),
    ("latin_spelling", matches_latin),
)


def rule_between(name: str, other: str) -> str | None:
    """The rule by which ``name`` is another form of ``other``, if one fits.

    >>> rule_between("Mikayil Jabbarov", "Джаббаров М.Ч."), rule_between("Алиев Г.", "Алиев И.")
    ('latin_spelling', None)
    """
    if name == other:
        return None
    return next((rule for rule, fits in NAME_RULES if fits(name, other)), None)


def canonical_for(name: str, known: Iterable[str]) -> str | None:
    """The known canonical name that ``name`` is a typo, shortening or Latin spelling of, if
    exactly one fits."""
    hits = {k for k in known if rule_between(name, k)}
    return hits.pop() if len(hits) == 1 else None


def strength(name: str, counts: Mapping[str, int]) -> Strength:
    """How strong a form of a name is (see ``Strength``).

    >>> strength("Бабушкин И.Ю.", {}) > strength("Бабушкин И.", {}) > strength("Igor Babushkin", {})
    True
    """
    parts = split_canonical(name)
    return bool(parts), len(parts[1]) if parts else 0, counts.get(name, 0), name


def name_mapping(
    persons: Iterable[Person], known: Iterable[str], counts: Mapping[str, int]
) -> dict[str, str]:
    """Which names to fold into which: typos, shortenings and Latin spellings into the
    stronger form, known or not."""
    names = [p.name for p in persons]
    pool = set(known) | set(names)
    mapping: dict[str, str] = {}
    for name in names:
        target = canonical_for(name, pool)
        if target is not None and strength(target, counts) > strength(name, counts):
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
    counts = known_counts(known) + Counter(p.name for p in extraction.persons for _ in p.mentions)
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


def known_counts(known: Mapping[str, Person]) -> Counter[str]:
    """How many mentions the knowledge base holds of each known name."""
    return Counter({name: len(p.mentions) for name, p in known.items()})


def absorbed_persons(resolved: Extraction, known: Mapping[str, Person]) -> list[Merge]:
    """The known persons that are a weaker form of one of ``resolved``'s (already folded by
    ``resolve_persons``): each merges into that person, as if the stronger form had come
    first. 'Mikayil Jabbarov' from yesterday's news joins 'Джаббаров М.Ч.' of today's note.
    """
    counts = known_counts(known) + Counter(p.name for p in resolved.persons for _ in p.mentions)
    by_name = {p.name: p for p in resolved.persons}
    found = []
    for name, person in sorted(known.items()):
        if name in by_name:
            continue
        hits = [(n, rule) for n in by_name if (rule := rule_between(name, n))]
        if len(hits) != 1 or strength(hits[0][0], counts) <= strength(name, counts):
            continue
        target, rule = hits[0]
        found.append(
            Merge(kind="person", survivor=by_name[target].id, absorbed=person.id, rule=rule)
        )
    return found


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
