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

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.context import Context
from liaison.extract.initials import fold_initials
from liaison.extract.name_spans import NameSpan, name_spans
from liaison.extract.positions import (
    PostPhrase,
    block_day,
    governing_cases,
    is_feminine_apposition,
    merge_positions,
    post_before,
    side_of,
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
from liaison.text.morph import analyzer
from liaison.text.scripts import has_cyrillic

CANONICAL = re.compile(r"^(?P<surname>\S.*?) (?P<initials>(?:[А-ЯЁ]\.)+)$")


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A name found in a text and read: canonical form, gender, full name and post."""

    span: NameSpan
    name: str
    gender: str | None = None
    full_name: str | None = None
    post: PostPhrase | None = None


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
    post = post_before(text, floor, span.start)
    allowed = post.cases if post else governing_cases(text, floor, span.start) or CASES
    before = post.start if post else span.start
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
        for p in analyzer().parse(word.lower())
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
    cases = reading.cases & allowed or reading.cases
    parts = [first_name_nominative(span.first, reading.gender, cases)]
    if span.patronymic and PATRONYMIC.search(span.patronymic):
        parts.append(patronymic_nominative(span.patronymic))
    elif span.patronymic:  # a second given name ('Кулдипом Сингхом Бхати')
        parts.append(first_name_nominative(span.patronymic, reading.gender, cases))
    parts.append(f"{reading.surname} {span.suffix}" if span.suffix else reading.surname)
    return " ".join(parts)


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
    read: list[tuple[NameSpan, NameContext, list[Reading]]] = []
    settled: set[str] = set()
    floor = 0
    for span in spans:
        context = context_of(text, floor, span)
        found = candidates(span, context)
        alone = {r.surname for r in surname_readings(span.surname)}
        if len({r.surname for r in found}) == 1 and (context.post or len(alone) == 1):
            settled.add(canonical(span, found[0]))
        read.append((span, context, found))
        floor = span.end
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
        named.append(NamedPerson(span, name, gender, full, post))
    return fold_initials(named)


# English: a capitalised pair after a title, or one whose surname has a familiar ending.
RUN_EN = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+(?:-[A-Z][a-z]+)?)+")
ENGLISH_WORDS = DATA_DIR / "persons_english.tsv"
SURNAME_EN = re.compile(
    r"(?:ov|ev|yev|in|yn|ova|eva|ina|enko|sky|ski|skiy|li|zade|yan|ian|dze|shvili|ich|uk)$"
)
TITLE_WORDS_EN = re.compile(r"[A-Za-z]+")


@cache
def english_words() -> dict[str, str]:
    """English words around names → 'title', 'byline' or 'not_name'."""
    return {r["word"]: r["role"] for r in load_records(ENGLISH_WORDS)}


def english_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, 'Given Surname') of English names."""
    roles = english_words()
    for run in RUN_EN.finditer(text):
        words = list(re.finditer(r"[A-Za-z-]+", run.group()))
        low = [w.group().lower() for w in words]
        for i in range(len(words) - 1):
            if low[i] in roles or low[i + 1] in roles:
                continue
            if i + 2 < len(words) and roles.get(low[i + 2]) == "not_name":
                break  # 'Heydar Aliyev Foundation'
            if i > 0 and words[i - 1].group() == "By":
                break  # the article's author ('By Ayya Lmahamad'), not a person it is about
            after_title = i > 0 and roles.get(low[i - 1]) in ("title", "byline")
            if after_title or SURNAME_EN.search(low[i + 1]):
                start, end = run.start() + words[i].start(), run.start() + words[i + 1].end()
                yield start, end, text[start:end]
                break


def read_english_names(text: str) -> list[NamedPerson]:
    """English names as read names: the Latin name is the name (the resolver maps it)."""
    found = []
    for start, end, name in english_names(text):
        first, _, surname = name.partition(" ")
        found.append(NamedPerson(NameSpan(start, end, surname, "", first), name, None, name))
    return found


def english_post(text: str, start: int) -> str | None:
    """The title before an English name: 'Governor of Astrakhan Region', 'Economy Minister'."""
    before = re.split(r"[,.;:()\n]", text[max(0, start - 80) : start])[-1]
    words = TITLE_WORDS_EN.findall(before)
    titles = [i for i, w in enumerate(words) if english_words().get(w.lower()) == "title"]
    if not titles or len(words) - titles[-1] > 4:
        return None
    first = titles[-1]
    while first > 0 and first - 1 in titles:
        first -= 1
    return " ".join(words[first:])


def person_of(doc: Document, home: Home, group: list[NamedPerson], rule: str) -> Person:
    """One Person from every mention of the same canonical name."""
    name = group[0].name
    positions = []
    for n in group:
        if n.post is not None:
            start, end = block_day(doc, n.span.start)
            positions.append(
                Position(title=n.post.title, organization=n.post.organization, start=start, end=end)
            )
    sides = [side_of(p.title, home) for p in positions]
    partner = next((s for s in sides if s not in (None, "home", home.country)), None)
    return Person(
        id=make_id("person", name),
        name=name,
        full_name=next((n.full_name for n in group if n.full_name), None),
        # A Latin spelling is kept only as seen in English text: a transliteration made here
        # would contradict the real one ('Igor Babushkin') when another document brings it.
        name_en=None if has_cyrillic(name) else name,
        gender=next((n.gender for n in group if n.gender), None),
        aliases=tuple(dict.fromkeys(doc.text[n.span.start : n.span.end] for n in group)),
        positions=merge_positions(positions),
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


def person_from_english_name(doc: Document, ctx: Context) -> Iterator[Person]:
    """Every person an English text names ('Igor Babushkin'), under the Latin name.

    Which Russian canonical name a Latin one is (Бабушкин И.Ю.) is the resolver's call.
    """
    groups: dict[str, list[tuple[int, int]]] = {}
    posts: dict[str, list[str]] = {}
    for start, end, name in english_names(doc.text):
        groups.setdefault(name, []).append((start, end))
        post = english_post(doc.text, start)
        if post:
            posts.setdefault(name, []).append(post)
    for name, spans in groups.items():
        titles = list(dict.fromkeys(posts.get(name, ())))
        sides = [side_of(doc.text[max(0, s - 60) : e], ctx.home) for s, e in spans]
        partner = next((s for s in sides if s not in (None, "home", ctx.home.country)), None)
        yield Person(
            id=make_id("person", name),
            name=name,
            full_name=name,
            name_en=name,
            aliases=tuple(dict.fromkeys(doc.text[s:e] for s, e in spans)),
            positions=tuple(Position(title=t) for t in titles),
            partner=None if "home" in sides else partner,
            mentions=tuple(
                Mention(start=s, end=e, rule="person_from_english_name") for s, e in spans
            ),
        )
