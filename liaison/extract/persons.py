"""People named in a text, however it declines or abbreviates them, as 'Фамилия И.О.'.

Forms found: 'Бабушкиным И.Ю.', 'И.Ю. Бабушкин', 'Зейналова Э.', full names ('Солмаз
Аманова', 'Поладом Бюльбюль оглы') and English ones ('Igor Babushkin'). The post before a
name, or the word governing it, gives its case; the case picks among the surname's
readings (``surnames``); another mention of the same person in the document settles what
is left, a feminine noun in apposition ('народная артистка, председатель … Франгиз
Ализаде') tells a woman, and a man is assumed only when nothing tells. A short form folds
into the one fuller name of the document it fits ('Гейдара Алиева' → Алиев Г.А., ``initials``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from liaison.extract.appositions import post_after
from liaison.extract.context import Context
from liaison.extract.initials import fold_initials
from liaison.extract.name_spans import NamedPerson, NameSpan, chinese_surnames, name_spans
from liaison.extract.positions import (
    PostPhrase,
    block_day,
    governing_cases,
    is_feminine_apposition,
    merge_positions,
    post_before,
    side_of,
    without_shorter,
)
from liaison.extract.roles import delegation_post
from liaison.extract.surname_mentions import (
    bare_candidates,
    bare_mention,
    head_alone_mentions,
)
from liaison.extract.surnames import (
    CASES,
    PATRONYMIC,
    Reading,
    first_name_nominative,
    fitting,
    patronymic_nominative,
    surname_readings,
)
from liaison.model import Document, Home, Mention, Person, Position, make_id
from liaison.text.morph import parses

CANONICAL = re.compile(r"^(?P<surname>\S.*?) (?P<initials>(?:[А-ЯЁ]\.)+)$")


@dataclass(frozen=True, slots=True)
class NameContext:
    """What the words before a name tell: its post, the cases it allows, whether a noun
    in apposition names a woman ('народная артистка, председатель … Франгиз Ализаде')."""

    post: PostPhrase | None
    allowed: frozenset[str]
    is_feminine: bool = False


def context_of(text: str, floor: int, span: NameSpan) -> NameContext:
    """The post before a name, the cases it allows the name (all, when nothing tells) and
    whether a feminine post or apposition stands before it."""
    post = post_before(text, floor, span.start) or post_after(text, span.end)
    allowed = post.cases if post else governing_cases(text, floor, span.start) or CASES
    before = post.start if post and post.start < span.start else span.start
    feminine = (post is not None and post.is_feminine) or is_feminine_apposition(
        text, floor, before, allowed
    )
    return NameContext(post, allowed, feminine)


def gender_told(span: NameSpan, feminine: bool, allowed: frozenset[str]) -> str | None:
    """The gender a feminine post ('артистка') or the given name tells, if either does."""
    if feminine:
        return "f"
    if not span.first:
        return None
    return first_name_gender(span.first, allowed) or first_name_gender(span.first, CASES)


@lru_cache(maxsize=20_000)
def first_name_gender(word: str, allowed: frozenset[str]) -> str | None:
    """'m' or 'f' when every reading of a given name in an allowed case has that gender."""
    genders = {
        p.tag.gender
        for p in parses(word.lower())
        if "Name" in p.tag and p.tag.case in allowed and "sing" in p.tag
    }
    return {frozenset({"masc"}): "m", frozenset({"femn"}): "f"}.get(frozenset(genders))


def candidates(span: NameSpan, context: NameContext) -> list[Reading]:
    """The readings of a name's surname its context leaves.

    A post's case outweighs a given name that is only a guess ('Никола Пашиняна' after
    'премьер-министра'); a given name of one gender outweighs the case a preceding noun
    suggests ('конкурсов Мария Галкина').
    """
    allowed = context.allowed
    readings = surname_readings(span.surname)
    in_case = fitting(readings, allowed)
    gender = gender_told(span, context.is_feminine, allowed)
    if gender is None:
        return in_case
    same_in_case = [r for r in in_case if r.gender in (gender, None)]
    strong = context.post is not None and not context.is_feminine
    if same_in_case or strong:
        return same_in_case or in_case
    return fitting([r for r in readings if r.gender in (gender, None)] or readings, allowed)


def canonical(span: NameSpan, reading: Reading) -> str:
    """'Фамилия И.О.' from a reading of the surname and the initials or given names."""
    surname = f"{reading.surname} {span.suffix}" if span.suffix else reading.surname
    initials = span.initials or "".join(f"{w[0]}." for w in (span.first, span.patronymic) if w)
    return f"{surname} {initials}"


def full_name(span: NameSpan, reading: Reading, allowed: frozenset[str]) -> str | None:
    """The full name in the nominative, where the text gives the given name."""
    if not span.first:
        return None
    if span.surname in chinese_surnames():
        return f"{span.surname} {chinese_given_nominative(span.first)}"
    cases = reading.cases & allowed or reading.cases
    parts = [first_name_nominative(span.first, reading.gender, cases)]
    if span.patronymic and PATRONYMIC.search(span.patronymic):
        parts.append(patronymic_nominative(span.patronymic))
    elif span.patronymic:  # a second given name ('Кулдипом Сингхом Бхати')
        parts.append(first_name_nominative(span.patronymic, reading.gender, cases))
    parts.append(f"{reading.surname} {span.suffix}" if span.suffix else reading.surname)
    return " ".join(parts)


def chinese_given_nominative(word: str) -> str:
    """A Chinese given name back from the instrumental the notes write it in after 'с'
    ('Сюем' → 'Сюй', 'Минем' → 'Минь', 'Цзиньпином' → 'Цзиньпин'); other forms as written.

    >>> chinese_given_nominative("Ханьхуэем"), chinese_given_nominative("Цзюнь")
    ('Ханьхуэй', 'Цзюнь')
    """
    if word.endswith("ом") and len(word) > 3:
        return word[:-2]
    if word.endswith("ем") and len(word) > 3:
        return word[:-2] + ("й" if word[-3] in "аеиоуыэюя" else "ь")
    return word


@lru_cache(maxsize=8)
def names_in(text: str) -> tuple[NamedPerson, ...]:
    """The names ``read_names`` finds, cached: persons and events both read them."""
    return tuple(read_names(text))


def read_names(text: str) -> list[NamedPerson]:
    """Every Russian name in a text, read in its context, in text order.

    A name is settled by its own form ('Бабушкиным И.Ю.') or by the case of its post; a
    name only its surroundings guess at ('Бабушкина И.Ю.' opening a line) takes the reading
    another mention of the same initials settled.
    """
    spans = name_spans(text)
    bare = bare_candidates(text, spans)
    # A bare surname ends the post of the name before it ('с вице-премьером Мустафаевым и
    # Послом … Рахманом Мустафаевым'), so every span bounds the next one's words.
    floors = sorted([s.end for s in spans] + [s.end for s in bare])
    read: list[tuple[NameSpan, NameContext, list[Reading]]] = []
    settled: set[str] = set()
    for span in spans:
        at = bisect.bisect_right(floors, span.start) - 1
        context = context_of(text, floors[at] if at >= 0 else 0, span)
        found = candidates(span, context)
        alone = {r.surname for r in surname_readings(span.surname)}
        if len({r.surname for r in found}) == 1 and (context.post or len(alone) == 1):
            settled.add(canonical(span, found[0]))
        read.append((span, context, found))
    named = []
    for span, context, found in read:
        post = context.post
        readings = found if post is not None else surname_readings(span.surname)
        known = [r for r in readings if canonical(span, r) in settled]
        best = (known or found)[0]
        told = "f" if context.is_feminine else best.gender
        gender = told or (first_name_gender(span.first, CASES) if span.first else None)
        name = canonical(span, best)
        full = full_name(span, best, context.allowed)
        cases = best.cases & context.allowed or best.cases
        named.append(NamedPerson(span, name, gender, full, post, None, cases))
    named = fold_initials(named)
    for span in bare:
        at = bisect.bisect_right(floors, span.start) - 1
        mention = bare_mention(text, floors[at] if at >= 0 else 0, span, named)
        if mention is not None:
            named.append(mention)
    named += head_alone_mentions(text, named, is_home_post)
    return sorted(named, key=lambda n: n.span.start)


def is_home_post(title: str) -> bool:
    """Whether a post may be the head of the Russian region a text is about: it names no
    foreign country and no district or city ('Глава Республики Дагестан', 'губернатор')."""
    if re.search(r"район|город|\bг\.|муниципал", title, re.IGNORECASE):
        return False
    return side_of(title, Home()) in (None, "home", Home().country)


def person_of(doc: Document, home: Home, group: list[NamedPerson], rule: str) -> Person:
    """One Person from every mention of the same canonical name."""
    name = group[0].name
    positions = []
    for n in group:
        # a bare surname's post ('губернатор Бабушкин') says less than the full one
        if n.post is not None and (n.span.initials or n.span.first):
            start, end = block_day(doc, n.span.start)
            title = delegation_post(doc.text, n.post.start, n.post.title, home)
            positions.append(
                Position(title=title, organization=n.post.organization, start=start, end=end)
            )
    sides = [side_of(p.title, home) for p in positions]
    partner = next((s for s in sides if s not in (None, "home", home.country)), None)
    return Person(
        id=make_id("person", name),
        name=name,
        full_name=next((n.full_name for n in group if n.full_name), None),
        # A Latin spelling is kept only as seen in English text: a transliteration made here
        # would contradict the real one ('Igor Babushkin') when another document brings it.
        name_en=next((n.latin for n in group if n.latin), None),
        gender=next((n.gender for n in group if n.gender), None),
        aliases=tuple(dict.fromkeys(doc.text[n.span.start : n.span.end] for n in group)),
        positions=without_shorter(merge_positions(positions)),
        partner=None if "home" in sides else partner,
        mentions=tuple(Mention(start=n.span.start, end=n.span.end, rule=rule) for n in group),
    )


def group_by_name(named: Iterable[NamedPerson]) -> dict[str, list[NamedPerson]]:
    """Mentions grouped by canonical name, in order of first mention."""
    groups: dict[str, list[NamedPerson]] = {}
    for n in named:
        groups.setdefault(n.name, []).append(n)
    return groups


def person_from_name(doc: Document, ctx: Context) -> Iterator[Person]:
    """Every person a Russian text names with initials or a full name, with posts and dates."""
    for group in group_by_name(names_in(doc.text)).values():
        yield person_of(doc, ctx.home, group, "person_from_name")
