"""Dated contacts: every bullet of a note's chronology, and dated sentences of news.

A chronology bullet opens with its dates ('16–19 сентября 2019 г., визит …'); its main
clause, up to the first full stop that ends a sentence, says what it was (the first kind
word: 'визит … Переговоры …' is a visit), where (``directions``) and who led it ('во главе
с', 'под руководством', 'под председательством', else the first person of a clause that
opens with the kind word). Everyone named in the bullet is a participant, with the post
stated there. A chronology bullet whose date cannot be read is not dropped: see
``undated_bullets``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.context import Context
from liaison.extract.dates import DateRange, find_dates
from liaison.extract.directions import (
    Place,
    delegation_side,
    direction_of_place,
    is_remote,
    located_place,
    named_local_place,
    places_in,
)
from liaison.extract.english_names import english_in_russian
from liaison.extract.name_spans import NamedPerson
from liaison.extract.partners import gazetteer, partner_of_document
from liaison.extract.persons import names_in
from liaison.extract.roles import (
    LEADER_CUE,
    RECALLED,
    Roles,
    acting,
    at_home_with_resident,
    head_of_side,
    participants_of,
    person_side,
    roles_of,
    taking_part,
)
from liaison.extract.sides import document_sides
from liaison.extract.spheres import SectionKind, section_of, spheres_between
from liaison.model import (
    BlockKind,
    Direction,
    Document,
    Event,
    EventKind,
    Home,
    Mention,
    make_id,
)
from liaison.text.morph import WORD, lemma, parses
from liaison.text.years import YEAR_LINE

KINDS = DATA_DIR / "events_kinds.tsv"
HAPPENED = re.compile(r"\b(?:прош(?:ел|ёл|ла|ло|ли)|состоял(?:ся|ась|ось|ись))\b", re.I)
SENTENCE_END = re.compile(r"[.!?]\s+(?=[А-ЯЁA-Z«\"0-9])")
ABBREVIATION = re.compile(
    r"(?:\b(?:г|гг|с|им|ул|д|пос|обл|ст|др|т|пр|ед|тыс|млн|млрд)|\b[А-ЯЁA-Z])$"
)
QUOTED = re.compile(r"«[^«»]*»")
NOT_OPENING = frozenset(["в", "во", "на", "с", "со", "по", "при", "согласно", "после"])
BULLETS = (BlockKind.BULLET, BlockKind.SUBBULLET)
LEAD = re.compile(r"[\s·•▪*\-–—]*(?:\[bookmark:[^\]]*\]\s*)*")


@dataclass(frozen=True, slots=True)
class DatedBullet:
    """A chronology bullet: its span (marker left out), its dates and where they end."""

    start: int
    end: int
    dates: DateRange
    after_date: int
    # How deep the item stands: its indentation, more for a sub-item's marker or list level;
    # an item deeper than the one above it tells a day of that one ('  - 27 июня – встреча').
    depth: int = 0
    parent: int | None = None  # that item's place among the document's dated bullets


@cache
def kind_cues() -> dict[str, EventKind]:
    """Kind words (lemmas, or English words) → the kind of contact they name."""
    return {r["cue"]: EventKind(r["kind"]) for r in load_records(KINDS)}


def cue_kind(word: str) -> EventKind | None:
    """The kind a word names: 'визита' → visit, 'выставка-продажа' → exhibition."""
    cues = kind_cues()
    low = word.lower()
    return cues.get(low) or cues.get(lemma(word)) or cues.get(lemma(low.split("-")[0]))


def content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A block's span without its bullet marker, Word leftovers and trailing space."""
    m = LEAD.match(text, start, end)
    begin = m.end() if m else start
    return begin, begin + len(text[begin:end].rstrip())


def year_lines(doc: Document) -> list[tuple[int, int]]:
    """(offset, year) of every line that is a year alone ('2023 год'): a chronology grouped
    by year tells each item's day without it ('– 16 февраля – встреча …')."""
    return [(m.start(), int(m.group(1))) for m in YEAR_LINE.finditer(doc.text)]


def year_before(years: Sequence[tuple[int, int]], start: int) -> date | None:
    """The last day of the year a year line before ``start`` names, if any."""
    at = bisect.bisect_right(years, (start, 10_000))
    return date(years[at - 1][1], 12, 31) if at else None


def year_line_between(years: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a year line stands between ``start`` and ``end``."""
    at = bisect.bisect_right(years, (start, 10_000))
    return at < len(years) and years[at][0] < end


# A date that a full stop closes is a label: the contact is told in the sentence after it
# ('17–21 мая. Делегация области …', '14.03.2023 (видеосвязь). Министр …').
DATE_STOP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*\.(?=\s+[А-ЯЁA-Z«\"])")


def leading_date(
    doc: Document, start: int, end: int, year_end: date | None = None
) -> tuple[DateRange, int] | None:
    """The days a block opens with, and where their words end; None if it opens otherwise.
    A day without its year takes the year of the heading above (``year_end``), else of the
    publication."""
    anchor = year_end or doc.published
    for span in find_dates(doc.text, start, min(end, start + 80), published=anchor):
        if span.start == start and span.value.precision == "day":
            stop = DATE_STOP.match(doc.text, span.end, end)
            return span.value, stop.end() if stop else span.end
        return None
    return None


CLOSING_BRACKETS = {")": "(", "]": "["}


def closing_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside the brackets a bullet closes with, if it closes with some:
    '… (12.09.2023, г. Витебск).', '… [05.06.2024]'.

    >>> t = "Встреча с послом (15.10.2024, г. Москва)."
    >>> t[slice(*closing_group(t, 0, len(t)))]
    '15.10.2024, г. Москва'
    """
    stripped = text[start:end].rstrip(" \t\n.;:!")
    if not stripped or stripped[-1] not in CLOSING_BRACKETS:
        return None
    close = start + len(stripped) - 1
    open_at = text.rfind(CLOSING_BRACKETS[stripped[-1]], start, close)
    if open_at < 0 or close - open_at > 160:
        return None
    return open_at + 1, close


# A first sentence that closes with brackets, another sentence after it.
FIRST_SENTENCE_CLOSED = re.compile(r"\)\.(?=\s+[А-ЯЁA-Z])")


def trailing_date(
    doc: Document, start: int, end: int, inside: bool
) -> tuple[DateRange, int] | None:
    """The days a contact's bullet closes with in brackets, alone or with its place
    ('Видеомост … (24.05.2024).', '… (г. Ташкент, 21.10.2024)', '… [05.06.2024]'), when it
    is in the chronology or opens with the kind of contact; its main clause is the whole
    bullet. The first sentence may close with the date and the item go on: 'Визит … (22–24
    сентября 2023 г.). Переговоры с …'."""
    group = closing_group(doc.text, start, end)
    first = FIRST_SENTENCE_CLOSED.search(doc.text, start, end)
    if group is None and first is not None:
        group = closing_group(doc.text, start, first.start() + 1)
    if group is None:
        return None
    days = find_dates(doc.text, *group, published=doc.published)
    if len(days) != 1 or days[0].value.precision != "day":
        return None
    if not inside and not kind_of(doc.text, start, end)[1]:
        return None
    return days[0].value, start


def has_chronology(doc: Document) -> bool:
    """Whether the document has a chronology section of its own."""
    return any(inside for _, _, inside, _, _ in section_blocks(doc))


def section_blocks(doc: Document) -> Iterator[tuple[int, int, bool, bool, int]]:
    """(start, end, in chronology, is a sub-item, depth) of every block of the chronology
    and every other bullet; the depth is the block's indentation, plus ``SUB_DEPTH`` for a
    sub-item."""
    for block in doc.blocks:
        part = section_of(doc, block.end - 1)
        if block.kind in (BlockKind.HEADING, BlockKind.TITLE) or (part and part.is_opening):
            continue
        inside = part is not None and part.section == SectionKind.CHRONOLOGY
        if inside or block.kind in BULLETS:
            is_sub = block.kind == BlockKind.SUBBULLET or block.level > 0
            line_start = doc.text.rfind("\n", 0, block.start) + 1
            line = doc.text[line_start : block.start + 1]
            indent = len(line) - len(line.lstrip())  # the line's, before any list marker
            depth = indent + (SUB_DEPTH if is_sub else 0)
            yield (*content_span(doc.text, block.start, block.end), inside, is_sub, depth)


# What a sub-item's marker ('-' under '·', a Word list's second level) adds to its depth.
SUB_DEPTH = 4


def chronology_bullets(doc: Document) -> tuple[list[DatedBullet], list[tuple[int, int]]]:
    """The dated bullets (with any dateless line that continues one) and the undated ones."""
    dated, undated = document_bullets(doc)
    return list(dated), list(undated)


@lru_cache(maxsize=8)
def document_bullets(
    doc: Document,
) -> tuple[tuple[DatedBullet, ...], tuple[tuple[int, int], ...]]:
    """The bullets of ``chronology_bullets``, cached: events and facts both ask for them."""
    dated: list[DatedBullet] = []
    undated: list[tuple[int, int]] = []
    # A contact dated at its end stands in a chronology, or in a note that has none: a
    # sphere's dated statement ('Прошли концерты … (14 декабря 2024 г.)') is not one.
    loose = not has_chronology(doc)
    years = year_lines(doc)
    is_after_dated = False
    # The dated items a later one may lie under, shallowest first: each deeper than the one
    # before it, so finding an item's parent looks at a few, not at every item before it.
    open_items: list[int] = []
    for start, end, inside, is_sub, depth in section_blocks(doc):
        # A sub-item's day without its year is a day of the item above it ('5. 16–18 апреля
        # 2024 г. – пребывание …' over '17 апреля – переговоры …')
        parent = next((i for i in reversed(open_items) if dated[i].depth < depth), None)
        if parent is not None and year_line_between(years, dated[parent].start, start):
            parent = None  # a year heading between them ('2022 год:') starts a new year
        above = dated[parent] if parent is not None else None
        anchor = above.dates.end if above is not None else year_before(years, start)
        found = leading_date(doc, start, end, anchor)
        if found is None and (inside or loose):
            found = trailing_date(doc, start, end, inside)
        # A bullet broken over two lines by the export, or a sub-item that tells more of
        # the contact above it ('– подписан протокол …'), belongs to that contact.
        goes_on = dated and doc.text[dated[-1].end - 1] not in ".!?;"
        if found is not None:
            while open_items and dated[open_items[-1]].depth >= depth:
                open_items.pop()
            open_items.append(len(dated))
            dated.append(DatedBullet(start, end, found[0], found[1], depth, parent))
        elif inside and dated and (goes_on or (is_sub and is_after_dated)):
            last = dated.pop()
            dated.append(dataclasses.replace(last, end=end))
        elif inside and start < end:
            undated.append((start, end))
        is_after_dated = inside and bool(dated) and dated[-1].end == end
    return tuple(dated), tuple(undated)


def undated_bullets(doc: Document) -> list[tuple[int, int]]:
    """Spans of chronology bullets whose date cannot be read, for the pipeline to keep.

    They are contacts all the same; an Event needs a date, so the pipeline decides what to
    make of them (a Fact, or a line in a review list).
    """
    return chronology_bullets(doc)[1]


def first_sentence_end(text: str, start: int, end: int, names: Sequence[NamedPerson]) -> int:
    """Where the main clause of a bullet ends: at a full stop that is not an abbreviation or
    an initial, unless the initial closes a name ('… Фарзалиевым А.А. Переговоры …')."""
    name_ends = {n.span.end for n in names if not n.span.first and text[n.span.end - 1] == "."}
    for m in SENTENCE_END.finditer(text, start, end):
        dot = m.start()
        closes_name = dot + 1 in name_ends and not goes_on_in_case(text, dot + 1)
        if closes_name or not ABBREVIATION.search(text, max(start, dot - 6), dot):
            return dot + 1
    return end


NEXT_WORD = re.compile(r"\s*([А-Яа-яЁё]+)")


def goes_on_in_case(text: str, at: int) -> bool:
    """Whether the word after a name's initials goes on with the sentence: it can only be
    in an oblique case ('прием Губернатором Бабушкиным И.Ю. Генерального консула …'), where
    a new sentence opens in the nominative or with a verb ('… А.А. Переговоры …').

    >>> goes_on_in_case(" Генерального консула", 0), goes_on_in_case(" Переговоры прошли", 0)
    (True, False)
    """
    m = NEXT_WORD.match(text, at)
    if m is None:
        return False
    readings = parses(m.group(1).lower())
    oblique = {"gent", "datv", "ablt", "loct"}
    # an animate accusative is the genitive's form ('Генерального консула')
    return bool(readings) and all(
        str(p.tag.case) in oblique or (p.tag.case == "accs" and "anim" in p.tag) for p in readings
    )


def first_kind(text: str, start: int, end: int) -> EventKind | None:
    """The kind named by the first kind word in ``text[start:end]``, if any; a reception
    word before 'участие' is taking part ('приняла участие в выставке': the exhibition).

    >>> t = "Делегация области приняла участие в выставке."
    >>> first_kind(t, 0, len(t)).value
    'exhibition'
    """
    words = [cue_kind(w.group()) for w in WORD.finditer(text, start, end)]
    for i, kind in enumerate(words):
        if kind is None or (i + 1 < len(words) and words[i + 1] is EventKind.PARTICIPATION):
            continue
        if kind is EventKind.PARTICIPATION:
            return next((k for k in words[i + 1 :] if k is not None), kind)
        return kind
    return None


def kind_of(text: str, start: int, end: int) -> tuple[EventKind, bool]:
    """The kind of contact a clause names, and whether the clause opens with it.

    A clause that does not open with its kind ('в г. Астрахани прошла выставка-продажа')
    is what follows its verb of taking place.
    """
    opening_words = list(WORD.finditer(text, start, end))[:4]
    for i, w in enumerate(opening_words[:3]):
        kind = cue_kind(w.group())
        following = opening_words[i + 1].group() if i + 1 < len(opening_words) else ""
        if kind is not None and cue_kind(following) is EventKind.PARTICIPATION:
            continue  # 'приняла участие в выставке' is no reception
        if kind is EventKind.PARTICIPATION:
            # 'участие … в форуме' is the forum the side took part in
            return first_kind(text, w.end(), end) or kind, True
        if kind is not None:
            return kind, True
        if w.group().lower() in NOT_OPENING:
            break
    happened = HAPPENED.search(text, start, end)
    kind = (happened and first_kind(text, happened.end(), end)) or first_kind(text, start, end)
    return kind or EventKind.OTHER, False


def excluded_spans(
    text: str, start: int, end: int, names: Sequence[NamedPerson]
) -> list[tuple[int, int]]:
    """Spans where a place is not where the contact was: posts, names and quoted titles."""
    spans = [(n.post.start, n.post.end) for n in names if n.post]
    spans += [(n.span.start, n.span.end) for n in names]
    return spans + [m.span() for m in QUOTED.finditer(text, start, end)]


def direction_of(
    text: str,
    start: int,
    end: int,
    kind: EventKind,
    places: Sequence[Place],
    excluded: Sequence[tuple[int, int]],
    actor: str | None,
    about: str | None = None,
) -> tuple[Direction, str | None]:
    """Which way a contact went and where it took place, from its main clause; ``about`` is
    the country the note is about, whose cities are the partner's places."""
    if is_remote(text, start, end):
        return Direction.REMOTE, None
    place = located_place(text, places, excluded)
    if place is not None:
        return direction_of_place(place, about), place.name
    local = named_local_place(places, excluded)
    if local is not None and actor == "home":
        return Direction.OUTGOING, local.name
    if kind == EventKind.VISIT and actor in ("home", "partner"):
        return (Direction.INCOMING if actor == "partner" else Direction.OUTGOING), None
    return Direction.UNKNOWN, None


def actor_of(
    text: str,
    places: Sequence[Place],
    excluded: Sequence[tuple[int, int]],
    first: NamedPerson | None,
    home: Home,
) -> str | None:
    """Whose contact it is, 'home' or 'partner': the delegation's, else its first person's."""
    free = [p for p in places if all(not (s <= p.start < e) for s, e in excluded)]
    return delegation_side(text, free) or (person_side(first, home) if first else None)


def names_within(names: Sequence[NamedPerson], start: int, end: int) -> list[NamedPerson]:
    """The names (in text order) that lie inside ``start..end``."""
    low = bisect.bisect_left(names, start, key=lambda n: n.span.start)
    high = bisect.bisect_left(names, end, key=lambda n: n.span.start)
    return [n for n in names[low:high] if n.span.end <= end]


VISITING_SIDE = {
    Direction.INCOMING: "partner",
    Direction.OUTGOING: "home",
    Direction.ELSEWHERE: "home",
    Direction.REMOTE: "home",  # nobody travelled; the home side is who the note is about
}


def happened_contact(text: str, clause: tuple[int, int]) -> int | None:
    """Where 'состоялась встреча' ends; None without it or when the contact is recalled."""
    happened = HAPPENED.search(text, *clause)
    if happened is None or RECALLED.search(text, clause[0], happened.start()):
        return None
    kind = first_kind(text, happened.end(), min(clause[1], happened.end() + 40))
    return happened.end() if kind else None


def visiting_head(
    text: str,
    clause: tuple[int, int],
    present: Sequence[NamedPerson],
    roles: Roles,
    direction: Direction,
    home: Home,
    opens: bool,
    known: Mapping[str, str] | None = None,
) -> NamedPerson | None:
    """The head of the side that travelled (DESIGN.md): the person a delegation is led by
    or the co-chair named first, else the first person of the visitors' side for an incoming
    contact ('встреча Губернатора … с Генеральным консулом …' at home: the consul) and of the
    home side for one that went out; else who the clause names first. A bullet that does
    not open with its contact ('в соответствии с договорённостями … прошла ярмарка') names
    people only in passing: none of them led it."""
    if LEADER_CUE.search(text, *clause) or roles.chairs:
        return roles.leader
    if not opens:
        present = acting(present, clause, happened_contact(text, clause))
        if not present:
            return roles.leader
    side = VISITING_SIDE.get(direction)
    return (side and head_of_side(text, present, side, home, known)) or roles.leader


def event_of_bullet(
    doc: Document,
    bullet: DatedBullet,
    names: Sequence[NamedPerson],
    home: Home,
    rule: str,
    about: str | None = None,
    known: Mapping[str, str] | None = None,
) -> Event:
    """One Event from a dated bullet of a note about the country ``about``; ``known`` gives
    the side of people whose post the document states elsewhere ('переговоры Игоря
    Бабушкина с …' after 'делегация … во главе с губернатором Игорем Бабушкиным')."""
    text = doc.text
    inside = names_within(names, bullet.start, bullet.end)
    clause_end = first_sentence_end(text, bullet.after_date, bullet.end, inside)
    kind, opens = kind_of(text, bullet.after_date, clause_end)
    # A label's bracket may say what the sentence after it does not: '14.03.2023 (видеосвязь).'
    label_kind = first_kind(text, bullet.start, bullet.after_date)
    kind = label_kind if kind == EventKind.OTHER and label_kind else kind
    places = places_in(text, bullet.after_date, clause_end, home)
    excluded = excluded_spans(text, bullet.start, bullet.end, inside)
    present = taking_part(text, inside)
    opener = next((n for n in present if n.span.start < clause_end), None)
    actor = actor_of(text, places, excluded, opener, home)
    roles = roles_of(text, (bullet.after_date, clause_end), present, opens, actor)
    led_by = person_side(roles.leader, home, known) if roles.leader else None
    direction, place = direction_of(
        text, bullet.after_date, clause_end, kind, places, excluded, actor or led_by, about
    )
    if is_remote(text, bullet.start, bullet.after_date):
        direction, place = Direction.REMOTE, None
    direction = at_home_with_resident(direction, present, home)
    head = visiting_head(
        text, (bullet.after_date, clause_end), present, roles, direction, home, opens, known
    )
    leader = head.name if head else None
    start, end = bullet.dates.start, bullet.dates.end
    return Event(
        id=make_id("event", start.isoformat(), end.isoformat(), kind, leader or place or ""),
        kind=kind,
        start=start,
        end=end,
        title=item_title(text, bullet.start, bullet.end),
        direction=direction,
        place=place,
        leader=leader,
        participants=participants_of(present, Roles(head, roles.chairs), home, known),
        spheres=tuple(spheres_between(text, bullet.start, bullet.end)),
        mentions=(Mention(start=bullet.start, end=bullet.end, rule=rule),),
    )


def item_title(text: str, start: int, end: int) -> str:
    """The words of a chronology item on one line, its sub-items' markers left out.

    >>> item_title("5 мая 2024 г., визит.\\n– Подписан протокол.", 0, 42)
    '5 мая 2024 г., визит. Подписан протокол.'
    """
    lines = text[start:end].split("\n")
    rest = [content_span(line, 0, len(line)) for line in lines[1:]]
    words = [lines[0], *(line[a:b] for line, (a, b) in zip(lines[1:], rest, strict=True))]
    return " ".join(" ".join(words).split())


def event_from_dated_bullet(doc: Document, ctx: Context) -> Iterator[Event]:
    """One Event per chronology bullet (and per bullet anywhere that opens with its date)."""
    bullets = chronology_bullets(doc)[0]
    if not bullets:
        return
    names = english_in_russian(doc.text, ctx.home) if doc.lang == "en" else names_in(doc.text)
    about = partner_of_document(doc, ctx.home)
    country = gazetteer().partners[about].country if about else None
    known = document_sides(doc.text, names, ctx.home)
    events = [
        event_of_bullet(doc, bullet, names, ctx.home, "event_from_dated_bullet", country, known)
        for bullet in bullets
    ]
    events = [led_as_delegation(e, events, doc.text) for e in events]
    for bullet, event in zip(bullets, events, strict=True):
        parent = bullet.parent
        yield event if parent is None else within_parent(event, events[parent])


def within_parent(event: Event, parent: Event) -> Event:
    """A sub-item dated within the item above it ('26-28 июня – участие делегации … в
    Форуме (г. Уфа): – 27 июня – встреча с председателем …') happened on that trip: where
    its own words place it nowhere it was where the trip was, and the trip's head leads it
    unless it names a head of the travelling side of its own."""
    if not (parent.start <= event.start and event.end <= parent.end) or parent == event:
        return event
    direction, place = event.direction, event.place
    if place is None and parent.direction != Direction.REMOTE:
        direction, place = parent.direction, parent.place
    head = next((p for p in parent.participants if p.name == parent.leader), None)
    travelling = VISITING_SIDE.get(direction)
    own = [p for p in event.participants if (p.side == "home") == (travelling == "home")]
    if head is None or travelling is None or (own and event.leader in {p.name for p in own}):
        return dataclasses.replace(event, direction=direction, place=place)
    others = tuple(
        dataclasses.replace(p, role="participant") if p.role == "leader" else p
        for p in event.participants
        if p.name != head.name
    )
    return dataclasses.replace(
        event, direction=direction, place=place, leader=head.name, participants=(head, *others)
    )


def visits_holding(event: Event, events: Sequence[Event]) -> Iterator[Event]:
    """The visits among ``events`` (``event`` itself left out) whose days hold its days."""
    return (
        v
        for v in events
        if v is not event
        and v.kind == EventKind.VISIT
        and v.start <= event.start
        and event.end <= v.end
    )


# The travelling side spoken of as a whole: '13 марта делегация посетила Бобруйск'.
DELEGATION = re.compile(r"делегаци|\bdelegation", re.I)


def led_as_delegation(event: Event, events: Sequence[Event], text: str) -> Event:
    """A contact of 'the delegation' that names nobody, on a day of a visit the document
    holds, is led by that visit's head; where its own words place it nowhere, it went the
    visit's way ('6 июня делегация посетила порт Энзели' during a visit to Gilan)."""
    if event.leader or event.participants:
        return event
    if not any(DELEGATION.search(text, m.start, m.end) for m in event.mentions):
        return event
    visit = next(
        (
            v
            for v in visits_holding(event, events)
            if v.leader
            and (v.direction == event.direction or event.place is None)
            and (v.start, v.end) != (event.start, event.end)
        ),
        None,
    )
    head = next((p for p in visit.participants if p.name == visit.leader), None) if visit else None
    if visit is None or head is None:
        return event
    way = (event.direction, event.place) if event.place else (visit.direction, visit.place)
    return dataclasses.replace(
        event, leader=head.name, participants=(head,), direction=way[0], place=way[1]
    )


CLAUSE = re.compile(r"[^;]+")


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of a paragraph, split at full stops that are not abbreviations."""
    begin = start
    while begin < end:
        stop = first_sentence_end(text, begin, end, ())
        yield begin, stop
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
