"""A surname alone ('губернатор Бабушкин', 'Мамед-заде рассказал', 'с Шапкеновым') as the
person the same text names in full.

A bare surname in any case is that person when one person of the text has it; two people
who share it ('Мустафаев Ш.', 'Мустафаев Р.') are told apart by the post written before
the bare surname ('Посол Мустафаев' is the ambassador), and when nothing tells them apart
the mention is left out rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.name_spans import SURNAME, NamedPerson, NameSpan
from liaison.extract.positions import PostPhrase, post_before
from liaison.extract.surnames import Reading, surname_readings
from liaison.text.morph import lemmas

BARE_WORD = re.compile(rf"(?<![А-Яа-яЁё.-]){SURNAME}(?![А-Яа-яЁё-])(?!\s*[А-ЯЁ]\.)")


KNOWN = DATA_DIR / "persons_known.tsv"
PLACE_BEFORE = re.compile(r"(?:\b(?:г|с|пос|пгт|ст|ул|пр)\.|\bгород[а-я]*|«)\s*$", re.I)


@cache
def known_people() -> dict[str, dict[str, str]]:
    """Heads of state and government by surname (``persons_known.tsv``)."""
    return {r["surname"]: r for r in load_records(KNOWN)}


def bare_candidates(text: str, spans: Sequence[NameSpan]) -> list[NameSpan]:
    """Words outside the names found whose reading is the surname of one of them, or of a
    head of state the shipped list knows."""
    surnames = {r.surname for s in spans for r in surname_readings(s.surname)}
    surnames |= known_people().keys()
    prefixes = {s[:3] for s in surnames}
    taken = sorted((s.start, s.end) for s in spans)
    found = []
    for m in BARE_WORD.finditer(text):
        at = bisect.bisect_right(taken, (m.start(), len(text))) - 1
        if m.group()[:3] not in prefixes or (at >= 0 and taken[at][1] > m.start()):
            continue
        if PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # 'в г. Нариманове': a town named after someone
        if any(r.surname in surnames for r in surname_readings(m.group())):
            found.append(NameSpan(m.start(), m.end(), m.group()))
    return found


def surname_of(name: str) -> str:
    """The surname of a canonical name: 'Мамед-заде Р.' → 'Мамед-заде'."""
    return name.rsplit(" ", 1)[0]


def by_post(people: Sequence[NamedPerson], post: PostPhrase | None) -> NamedPerson | None:
    """Of several people, the one whose post shares a head word with ``post``."""
    if post is None:
        return None
    wanted = set(lemmas(post.title))
    fits = {
        n.name: n
        for n in people
        if n.post is not None and wanted & set(lemmas(n.post.title)) - {"и", "в"}
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def bare_mention(
    text: str, floor: int, span: NameSpan, named: Sequence[NamedPerson]
) -> NamedPerson | None:
    """The person a bare surname names, or None when no one or more than one fits."""
    readings = surname_readings(span.surname)
    people: dict[str, list[NamedPerson]] = {}
    for n in named:
        for r in readings:
            if r.surname == surname_of(n.name) and r.gender in (None, n.gender):
                people.setdefault(n.name, []).append(n)
    post = post_before(text, floor, span.start)
    if not people:
        return known_mention(span, readings, post)
    if len(people) == 1:
        person: NamedPerson | None = next(iter(people.values()))[0]
    else:
        with_posts = [next((n for n in ns if n.post), ns[0]) for ns in people.values()]
        person = by_post(with_posts, post)
    if person is None:
        return None
    return NamedPerson(span, person.name, person.gender, person.full_name, post, person.latin)


# The home region's head named by the post alone: 'глава региона побывал в Ашхабаде',
# 'сказал губернатор', 'глава республики провёл', 'the governor said'.
HEAD_ALONE = re.compile(
    r"(?<![А-Яа-яЁё-])(?:[Гг]убернатор(?:а|у|ом|е)?|[Гг]лав(?:а|ы|е|у|ой)\s+"
    r"(?:региона|республики|области|края))(?![А-Яа-яЁё-])(?!\s+[А-ЯЁ])"
    r"|\b[Tt]he\s+governor\b(?!\s+of)"
)
HOME_HEADS = frozenset(("губернатор", "глава", "governor"))


def home_head(named: Sequence[NamedPerson], is_home: Callable[[str], bool]) -> NamedPerson | None:
    """The first person named in full whose post is the home region's head's."""
    for n in named:
        if n.post is None or not (n.span.first or n.span.initials):
            continue
        head = lemmas(n.post.title)[:1]
        if head and head[0] in HOME_HEADS and is_home(n.post.title):
            return n
    return None


def head_alone_mentions(
    text: str, named: Sequence[NamedPerson], is_home: Callable[[str], bool]
) -> list[NamedPerson]:
    """Every mention of the home region's head by the post alone, as that person."""
    head = home_head(named, is_home)
    if head is None:
        return []
    taken = [(n.post.start, n.span.end) for n in named if n.post] + [
        (n.span.start, n.span.end) for n in named
    ]
    found = []
    for m in HEAD_ALONE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        span = NameSpan(m.start(), m.end(), "")
        post = PostPhrase(m.start(), m.end(), " ".join(m.group().split()), None, frozenset())
        found.append(NamedPerson(span, head.name, head.gender, head.full_name, post, head.latin))
    return found


def known_mention(
    span: NameSpan, readings: Sequence[Reading], post: PostPhrase | None
) -> NamedPerson | None:
    """A bare surname of a head of state the text names no other way ('встреча Алиева с
    Путиным'), as the shipped list writes them."""
    for r in readings:
        known = known_people().get(r.surname)
        if known is not None and r.gender in (None, "m"):
            gender = "m"
            return NamedPerson(span, known["name"], gender, known["full_name"], post, None)
    return None
