"""Contacts told in running text: news items, web pages and a note's paragraphs.

A news item tells a contact over several sentences: the lead says who met whom and when
(``В пятницу губернатор … встретился с …``), the next ones what was discussed and signed.
A sentence that names a contact (``news_cues.tsv``: received, met, arrived, signed, phone
call, forum) and a day — stated, or relative to the publication or to the contact just
told (``relative_dates``) — opens a contact; a later sentence that names no other day adds
to it. A year alone (``в 2023 году губернатор посетил Баку``) is a recollection, not a
dated contact. The lead of a dated item that names no day tells what happened on the day
it was published.

Direction and leader follow DESIGN.md, seen from the home region when the home side takes
part and from the home country when it does not (state-level news): the leader is the head
of the side that travelled.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

from liaison.data import DATA_DIR, load_records
from liaison.extract.context import Context
from liaison.extract.dates import DateRange, DateSpan, find_dates
from liaison.extract.directions import (
    Place,
    delegation_side,
    is_located,
    is_remote,
    outside,
    places_in,
    third_place_country,
)
from liaison.extract.english_names import english_in_russian
from liaison.extract.english_posts import post_words
from liaison.extract.events import (
    QUOTED,
    VISITING_SIDE,
    chronology_bullets,
    content_span,
    has_chronology,
    sentences,
    visits_holding,
)
from liaison.extract.name_spans import NamedPerson
from liaison.extract.persons import names_in
from liaison.extract.positions import head_lemma, is_head
from liaison.extract.relative_dates import coming_weekday, find_relative, place
from liaison.extract.roles import (
    CHAIR_CUE,
    LEADER_CUE,
    Roles,
    at_home_with_resident,
    participants_of,
    taking_part,
)
from liaison.extract.sections import SectionKind
from liaison.extract.sides import document_sides, side_key
from liaison.extract.spheres import section_of, spheres_between
from liaison.model import (
    BlockKind,
    Direction,
    Document,
    Event,
    EventKind,
    Home,
    Mention,
    Participant,
    make_id,
)
from liaison.text.morph import WORD, lemma, parses

CUES = DATA_DIR / "news_cues.tsv"
RULE = "event_from_dated_sentence"
# How many sentences of a dated item's opening may tell its news without naming a day.
LEAD_SENTENCES = 2
# 'принял участие' is taking part, not receiving someone.
TAKING_PART = re.compile(r"\s+участи[еяю]\b", re.IGNORECASE)
MOVEMENT_BEFORE = 80
CLAUSE = re.compile(r"[^;]+")
DATE_LINE = re.compile(r"\s*(?:date|дата)[:\s]+\d{4}-\d\d-\d\d\b[^\n]*", re.IGNORECASE)
# 'Его провели сопредседатели комиссии – X и Y': the co-chair named first leads.
CHAIRS = re.compile(r"\bсопредседател[а-я]*|\bco-chair(?:s|ed\s+by)?\b|" + CHAIR_CUE.pattern, re.I)


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that names a contact: where it stands, the kind and the subject's part."""

    start: int
    end: int
    kind: EventKind
    role: str


@dataclass(slots=True)
class Told:
    """A contact as an item tells it: its days, what it was, and the sentences about it."""

    dates: DateRange
    cue: Cue
    spans: list[tuple[int, int]] = field(default_factory=list)
    within: Told | None = None  # the visit it took place during, told just before it
    # Its first day is not told: a visit going on as the item is published ('is on a working
    # visit this week'), which began by the first day of the contacts told within it.
    open_start: bool = False


@cache
def news_cues() -> dict[str, tuple[EventKind, str]]:
    """Cue words (lemmas, or English words) → the kind of contact and the subject's part."""
    return {r["cue"]: (EventKind(r["kind"]), r["role"]) for r in load_records(CUES)}


def cues_in(text: str, start: int, end: int) -> list[Cue]:
    """The contact words of ``text[start:end]``, in text order."""
    table = news_cues()
    found = []
    for w in WORD.finditer(text, start, end):
        word = w.group()
        hit = table.get(word.lower()) or table.get(lemma(word))
        if hit is None and "-" in word:  # 'бизнес-форум', 'video-conference'
            last = word.rsplit("-", 1)[1]
            hit = table.get(last.lower()) or table.get(lemma(last))
        if hit is None and is_stay(text, w):
            hit = (EventKind.VISIT, "travel")
        if hit is None:
            continue
        if hit[1] == "reception" and TAKING_PART.match(text, w.end()):
            hit = (EventKind.PARTICIPATION, "event")
        found.append(Cue(w.start(), w.end(), *hit))
    return found


# Being somewhere is a visit only when it is visitors who are there ('находилась делегация',
# 'пребывал с визитом'): 'где находится завод' tells no contact.
STAY = frozenset(("находиться", "пребывать", "stayed", "staying", "stays"))
STAY_REACH = 40


def is_stay(text: str, word: re.Match[str]) -> bool:
    """Whether a word of being somewhere tells that a delegation or visitors were there:
    they follow it ('находилась делегация', 'пребывал с визитом'), or are its subject
    ('The Azerbaijani delegation stayed in Astrakhan on 1–2 October')."""
    if lemma(word.group()) not in STAY:
        return False
    after = text[word.end() : word.end() + STAY_REACH]
    if VISITORS.search(after) is not None or "визит" in after.lower():
        return True
    subject = CLAUSE_BREAK.split(text[max(0, word.start() - STAY_REACH) : word.start()])[-1]
    return VISITORS.search(subject) is not None


CLAUSE_BREAK = re.compile(r"[,;.:()\n]")


# 'в заключительный день визита', 'в ходе визита', 'на полях заседания', 'during the visit':
# the visit is where the clause stands, not what it tells.
REFERENCE = re.compile(
    r"(?:\bд(?:ень|ня|не)|\bходе|\bрамках|\bвремя|\bитогам|\bнакануне|\bпосле|\bполях"
    r"|\bкулуарах|\bduring|\bday\s+of|\bcourse\s+of|\bday\s+before|\bbefore|\bafter"
    r"|\bsidelines\s+of|\bmargins\s+of|\beve\s+of)"
    r"\s+(?:(?:the|this|his|her|their)\s+)?$",
    re.IGNORECASE,
)


# Words that put a contact in the future: it has not taken place ('The next meeting is
# planned for June', 'визит состоится в октябре').
FUTURE = re.compile(
    r"\b(?:планиру[а-яё]+|запланирован[а-яё]*|намечен[а-яё]*|состоится|пройд[её]т|будет|"
    r"will|is\s+(?:planned|scheduled|expected|due)|are\s+(?:planned|scheduled|expected|due)|"
    r"plans?\s+to|next\s+(?:meeting|visit|session|round|forum))\b",
    re.IGNORECASE,
)


def is_future(text: str, cue: Cue) -> bool:
    """Whether the words right around a contact word put it in the future."""
    return FUTURE.search(text, max(0, cue.start - 30), min(len(text), cue.end + 40)) is not None


def telling(text: str, cues: Sequence[Cue]) -> tuple[list[Cue], list[Cue]]:
    """A clause's contact words that are not still to come, and of those the ones that
    tell a contact rather than name the visit they refer to ('в ходе визита')."""
    present = [c for c in cues if not is_future(text, c)]
    told = [c for c in present if not REFERENCE.search(text, max(0, c.start - 30), c.start)]
    return present, told


def main_cue(text: str, cues: Sequence[Cue]) -> Cue | None:
    """The word that tells what a clause is about: the first that is not the visit it
    refers to ('В заключительный день визита стороны подписали …' is a signing), nor one
    still to come; taking part in a gathering is the gathering ('приняла участие в
    форуме' is a forum)."""
    present, told = telling(text, cues)
    found = told or present
    if not found:
        return None
    return gathering_taken_part_in(found[0], found)


def gathering_taken_part_in(cue: Cue, cues: Sequence[Cue]) -> Cue:
    """The gathering a word of taking part names right after it ('приняла участие в …
    форуме' is the forum), or the forum a session is of ('на пленарном заседании …
    форума'); any other word as it is."""
    if cue.kind not in (EventKind.PARTICIPATION, EventKind.SESSION):
        return cue
    after = (
        c
        for c in cues
        if c.role == "event"
        and 0 <= c.start - cue.end < GATHERING_REACH
        and (cue.kind == EventKind.PARTICIPATION or c.kind in GATHERINGS_OF_SESSIONS)
    )
    return next(after, cue)


# What a plenary session is part of: 'на пленарном заседании … форума' is the forum.
GATHERINGS_OF_SESSIONS = frozenset((EventKind.FORUM, EventKind.CONFERENCE))


# How far after 'участие' / 'took part' the gathering's word may stand.
GATHERING_REACH = 80


def cue_of_day(
    text: str, span: tuple[int, int], cue: Cue, cues: Sequence[Cue], dates: Sequence[DateSpan]
) -> Cue:
    """The contact a clause's day belongs to: of its contact words (``cues``), the one
    nearest the day it states ('The document was signed by …, who is visiting Uzbekistan
    on June 3-6' dates the visit, not the signing); the clause's main word when it states
    none."""
    days = [d for d in dates_within(dates, *span) if d.value.precision == "day"]
    if not days:
        return cue
    day = nearest_day(days, cue)
    told = telling(text, cues)[1]
    return gathering_taken_part_in(verb_of_day(day.start, day.end, told, cue), told)


def verb_of_day(start: int, end: int, told: Sequence[Cue], default: Cue) -> Cue:
    """Of a clause's contact words, the one the day at ``start..end`` qualifies: the verb a
    day follows where one does ('arrived in Atyrau on Tuesday, March 4, for two days of
    talks' dates the arrival), else the nearest."""
    before = [c for c in told if c.end <= start and start - c.end <= VERB_BEFORE_DAY]
    return min(before or told, key=lambda c: gap(start, end, c), default=default)


# How far before its day a contact word still governs it.
VERB_BEFORE_DAY = 60


def distance(day: DateSpan, cue: Cue) -> int:
    """How many characters lie between a day and a contact word."""
    return gap(day.start, day.end, cue)


def gap(start: int, end: int, cue: Cue) -> int:
    """How many characters lie between the words at ``start..end`` and a contact word."""
    return min(abs(start - cue.end), abs(cue.start - end))


def nearest_day(days: Sequence[DateSpan], cue: Cue) -> DateSpan:
    """Of the days a sentence names, the one nearest its contact word."""
    return min(days, key=lambda d: distance(d, cue))


YEAR_AFTER = re.compile(
    r"\s+(?:(?P<last>прошлого|минувшего|last)|(?P<this>этого|текущего|this))\s+(?:года|year)\b",
    re.IGNORECASE,
)


def in_told_year(text: str, day: DateSpan, published: date | None) -> DateRange:
    """A day without its year whose words say which ('5 ноября прошлого года', 'on 5 June
    this year'), in that year counted from the publication."""
    m = YEAR_AFTER.match(text, day.end)
    if day.has_year or m is None or published is None:
        return day.value
    year = published.year - (1 if m.group("last") else 0)
    value = day.value
    shift = year - value.end.year
    try:
        return DateRange(
            value.start.replace(year=value.start.year + shift), value.end.replace(year=year)
        )
    except ValueError:  # 29 February
        return value


def dates_within(dates: Sequence[DateSpan], start: int, end: int) -> list[DateSpan]:
    """The dates (sorted by start) that begin inside ``start..end``."""
    low = bisect.bisect_left(dates, start, key=lambda d: d.start)
    high = bisect.bisect_left(dates, end, key=lambda d: d.start)
    return list(dates[low:high])


DURATION = re.compile(
    r"\b(?P<n>two|three|four|five)(?:-day\b|\s+days\b)|(?P<r>двух|тр[её]х|четыр[её]х|пяти)дневн"
    r"|\b(?:продл[ия]тся|продолжится|продолжался|продлился|в\s+течение|на)\s+"
    r"(?P<w>два|три|четыре|пять|двух|тр[её]х|четыр[её]х|пяти)\s+(?:дн|сут)",
    re.IGNORECASE,
)
ENDED = re.compile(
    r"\bзаверш[а-яё]+|\bзакончи[а-яё]+|\bend(?:s|ed)\b|\bconclud(?:es|ed)\b"
    r"|\bwrap(?:s|ped)\s+up\b",
    re.I,
)
DAYS_IN = {"two": 2, "three": 3, "four": 4, "five": 5, "двух": 2, "трех": 3, "трёх": 3}
DAYS_IN |= {"четырех": 4, "четырёх": 4, "пяти": 5, "два": 2, "три": 3, "четыре": 4, "пять": 5}


def lasting(
    text: str,
    span: tuple[int, int],
    day: DateRange,
    cue: Cue | None = None,
    cues: Sequence[Cue] = (),
) -> DateRange:
    """A single day stretched over the visit a clause says lasts several ('arrived on
    Tuesday for a two-day visit', 'с двухдневным визитом'). The length is a visit's, or
    another contact's when the contact word nearest it is of its kind: talks 'on the main
    day of a three-day visit' last one day.

    >>> day = DateRange(date(2023, 9, 25), date(2023, 9, 25))
    >>> lasting("Двухдневный форум открылся в понедельник", (0, 40), day).end
    datetime.date(2023, 9, 26)
    >>> lasting("прибыл с визитом, который продлится два дня", (0, 44), day).end
    datetime.date(2023, 9, 26)
    """
    m = DURATION.search(text, *span)
    if m is None or day.start != day.end:
        return day
    if cue is not None and cues:
        nearest = min(cues, key=lambda c: gap(m.start(), m.end(), c))
        if nearest.kind != cue.kind and cue.kind != EventKind.VISIT:
            return day
    count = DAYS_IN.get((m.group("n") or m.group("r") or m.group("w")).lower(), 1)
    # 'вчера завершился трёхдневный визит': its last day; 'arrived on Wednesday for a
    # three-day programme that ends today' still arrived that day
    if ENDED.search(text, *span) and not (cue is not None and is_arrival(text, cue)):
        return DateRange(day.start - timedelta(days=count - 1), day.start)
    return DateRange(day.start, day.start + timedelta(days=count - 1))


ARRIVALS = frozenset(("прибыть", "прилететь", "приехать", "arrived", "arrives", "landed"))


def is_arrival(text: str, cue: Cue) -> bool:
    """Whether a contact's word is an arrival ('прибыла', 'arrived'): the day it tells is
    the first."""
    return lemma(text[cue.start : cue.end]) in ARRIVALS


def day_told(text: str, told: Told) -> DateRange:
    """The days a contact's own words told, what 'в тот же день' and 'на следующий день'
    count from: an arrival's day, not the stay it was stretched to ('прибыл в среду с
    двухдневным визитом. В тот же день …' is Wednesday)."""
    if is_arrival(text, told.cue):
        return DateRange(told.dates.start, told.dates.start)
    return told.dates


SINCE = re.compile(r"\b(?:с|со|since)\s+(?:[А-Яа-яЁёA-Za-z]+,?\s+)?$", re.IGNORECASE)


def is_stay_since(text: str, cue: Cue, at: int, published: date, day: DateRange) -> bool:
    """Whether a clause tells a stay going on since a day ('находится … со вторника,
    17 июня', 'has been in Baku since Tuesday')."""
    stays = lemma(text[cue.start : cue.end]) in STAY | {"визит", "visit"}
    since = SINCE.search(text, max(0, at - 20), at) is not None
    return stays and since and day.start == day.end and day.start < published


def stated_before(dates: Sequence[DateSpan], start: int) -> DateSpan | None:
    """The last day the text states before ``start``: what 'накануне', 'на следующий день'
    and 'в тот же день' count from."""
    at = bisect.bisect_left(dates, start, key=lambda d: d.start)
    return next((d for d in reversed(dates[:at]) if d.value.precision == "day"), None)


def day_of_sentence(
    text: str,
    span: tuple[int, int],
    cue: Cue,
    cues: Sequence[Cue],
    dates: Sequence[DateSpan],
    published: date | None,
    told: Told | None,
) -> tuple[DateRange | None, bool, list[str]]:
    """The day a clause tells its contact on, whether it names any date at all, and the
    words of relative dates it could not place. ``dates`` are the document's, read in order
    so that a day without a year takes the year told before it."""
    stated = dates_within(dates, *span)
    days = [d for d in stated if d.value.precision == "day"]
    # a relative date in a clause about someone dates nothing: 'где сегодня учатся …'
    relatives = [
        r for r in find_relative(text, *span) if not in_relative_clause(text, cue, r.start, cues)
    ]
    if relatives:
        # 'received on Tuesday the governor, who led a delegation on April 10-11': Tuesday
        days = [d for d in days if not in_relative_clause(text, cue, d.start, cues)]
    if days:
        nearest = nearest_day(days, cue)
        day = in_told_year(text, nearest, published)
        if published is not None and is_stay_since(text, cue, nearest.start, published, day):
            # 'находится в Азербайджане с рабочим визитом со вторника, 17 июня': to this day
            return DateRange(day.start, published), True, []
        return lasting(text, span, day, cue, cues), True, []
    before = stated_before(dates, span[0])
    unplaced = []
    for relative in relatives:
        # The first or last day of a visit is the visit's; a day before or after, the last
        # day the text stated.
        whole = relative.shift in ("first", "last")
        previous = None
        if told is not None and whole:  # the visit's, also after talks told within it
            previous = (told.within or told).dates
        elif told is not None and (before is None or before.start < told.spans[-1][0]):
            previous = day_told(text, told)  # the contact just told, after the last date
        value = place(relative, published, previous or (before.value if before else None))
        if value is None:
            unplaced.append(relative.words)
        elif value.precision == "day":
            return lasting(text, span, value, cue, cues), True, []
        else:
            return None, True, []  # 'в прошлом году': a recollection
    return None, bool(stated), unplaced


# The start of a clause about someone or somewhere the contact names.
RELATIVE_CLAUSE = re.compile(
    r",\s*(?:где|куда|котор[а-яё]+|чь[а-яё]+|where|who|whom|which|whose)\b", re.IGNORECASE
)


def in_relative_clause(text: str, cue: Cue, at: int, cues: Sequence[Cue]) -> bool:
    """Whether the words at ``at`` stand in a relative clause after the contact word that
    tells no contact of its own: its day is not the contact's ('встретился со студентами
    университета, где сегодня обучаются 1,5 тысячи граждан его страны')."""
    clauses = list(RELATIVE_CLAUSE.finditer(text, cue.end, at))
    if not clauses or any(clauses[-1].end() <= c.start < at for c in cues):
        return False
    # 'the Caspian Business Forum, which opened on Thursday': a clause about a contact's
    # own word tells its day
    opens = clauses[-1].start()
    return not any(0 <= opens - c.end <= 2 for c in (cue, *cues))


def is_interrupted(dates: Sequence[DateSpan], told: Told, start: int) -> bool:
    """Whether the text stated another day since it last spoke of a contact: what follows
    is no longer about that contact."""
    before = stated_before(dates, start)
    return before is not None and before.start >= told.spans[-1][1]


def body_start(text: str) -> int:
    """Where an item's body begins: after a first line ``date 2021-12-08 By …``, whose date
    is the publication's, not a contact's."""
    first = DATE_LINE.match(text)
    return text.find("\n", first.end()) + 1 if first else 0


def paragraph_clauses(doc: Document) -> Iterator[tuple[tuple[int, int], Cue, list[Cue]]]:
    """The clauses of the document's paragraphs that name a contact, with its word and
    all the contact words of the clause, in order. A clause after a semicolon names the
    contact of its sentence when it names none ('встречались 29 июня в Ашхабаде; 16
    сентября – в Астрахани')."""
    text = doc.text
    body = body_start(text)
    # A paragraph that opens with its date is a chronology line: the bullet rule reads it.
    taken = {b.start for b in chronology_bullets(doc)[0]}
    last: Cue | None = None
    for block in doc.blocks:
        if block.kind != BlockKind.PARAGRAPH or block.end <= body:
            continue
        if content_span(text, block.start, block.end)[0] in taken:
            continue
        for start, end in sentences(text, max(block.start, body), block.end):
            cue: Cue | None = None
            for clause in CLAUSE.finditer(text, start, end):
                cues = cues_in(text, *clause.span())
                cue = main_cue(text, cues) or cue
                if cue is not None:
                    yield clause.span(), cue, cues
            leads = LEADER_CUE.search(text, start, end) or CHAIRS.search(text, start, end)
            if cue is None and last is not None and leads:
                # 'The Kazakh delegation was led by …', 'It was co-chaired by …': who came
                # to the contact just told, or chaired it
                yield (start, end), last, []
            last = cue or last


# A document's dates in text order, and its publication date they are read against.
DocDates = tuple[Sequence[DateSpan], date | None]


def unplaced_dates(doc: Document) -> tuple[str, ...]:
    """The words of relative dates a document names but gives no date to place."""
    return tuple(dict.fromkeys(told_contacts(doc)[1]))


@lru_cache(maxsize=8)
def told_contacts(doc: Document) -> tuple[list[Told], list[str]]:
    """The contacts a document tells in its paragraphs, and the relative dates it names that
    it gives no anchor for."""
    contacts: list[Told] = []
    unplaced: list[str] = []
    # the first line's date is the publication's: 'the next day' counts from no contact of it
    body = body_start(doc.text)
    dates = [d for d in find_dates(doc.text, published=doc.published) if d.start >= body]
    for opening, (span, first_cue, cues) in enumerate(paragraph_clauses(doc), start=1):
        if is_future_clause(doc.text, span):
            # 'Визит завершится в пятницу …': no contact yet, but the visit's last day
            extend_to_planned_end(doc, span, first_cue, contacts)
            continue
        cue = cue_of_day(doc.text, span, first_cue, cues, dates)
        current = contacts[-1] if contacts else None
        anchor = anchor_of(contacts)
        stated = without_background(dates, contacts, anchor)
        day, dated, lost = day_of_sentence(doc.text, span, cue, cues, stated, doc.published, anchor)
        unplaced += lost
        if day is None and not dated and current is not None:
            go_on_undated(doc.text, span, cue, contacts, dates)
        elif day is None and not dated and doc.published and opening <= LEAD_SENTENCES:
            today = DateRange(doc.published, doc.published)
            contacts.append(Told(today, cue, [span], open_start=cue.kind == EventKind.VISIT))
        elif day is not None and tells_more_of(doc.text, span, day, cue, contacts):
            continue
        elif day is not None:
            other = other_contact(doc.text, span, (day, cue), cues, (dates, doc.published))
            # in the order of their days: talks on Monday fall within the visit from Sunday
            for when, word in sorted([(day, cue), *other], key=lambda t: t[0].start):
                contacts.append(Told(when, word, [span], visit_around(contacts, when)))
    return contacts, unplaced


def anchor_of(contacts: Sequence[Told]) -> Told | None:
    """The contact 'накануне' and 'на следующий день' count from: the one just told, unless
    that is the visit the contact before took place during, told after it as its background
    ('В среду … встретился с Президентом. Делегация находится в Азербайджане со вторника.
    Накануне …' is the day before Wednesday)."""
    if not contacts:
        return None
    current = contacts[-1]
    if current.cue.kind == EventKind.VISIT and len(contacts) > 1:
        before = contacts[-2]
        inside = current.dates.start <= before.dates.start <= current.dates.end
        if inside and before.cue.kind != EventKind.VISIT:
            return Told(before.dates, before.cue, [*before.spans, *current.spans], before.within)
    return current


def without_background(
    dates: Sequence[DateSpan], contacts: Sequence[Told], anchor: Told | None
) -> Sequence[DateSpan]:
    """The dates a relative day may count from, less those of a visit told as the
    background of the contact just told ('Делегация находится в Азербайджане со вторника,
    17 июня' after Wednesday's meeting: 'накануне' is not the day before the 17th)."""
    if anchor is None:
        return dates
    background = [
        span
        for c in contacts
        if c.cue.kind == EventKind.VISIT
        and c.dates.start <= anchor.dates.start <= c.dates.end
        and c.dates != anchor.dates
        for span in c.spans
    ]
    if not background:
        return dates
    return [d for d in dates if not any(s <= d.start < e for s, e in background)]


# Verbs the writer turns to the reader with, in the form of the future: no contact to come.
ASIDES = frozenset(
    ("напомним", "отметим", "добавим", "заметим", "подчеркнем", "подчеркнём", "уточним")
)


def is_future_clause(text: str, span: tuple[int, int]) -> bool:
    """Whether a clause tells only what is still to come: a verb in the future ('Визит
    завершится в пятницу', 'посетит', 'подпишут') and none in the past or present.

    >>> t = "Визит завершится в пятницу посещением центра."
    >>> is_future_clause(t, (0, len(t)))
    True
    >>> t = "Делегация прибыла в Баку с визитом, который продлится три дня."
    >>> is_future_clause(t, (0, len(t)))
    False
    >>> t = "Напомним, 14–16 мая делегация находилась с визитом в Астрахани."
    >>> is_future_clause(t, (0, len(t)))
    False
    """
    tenses = set()
    for w in WORD.finditer(text, *span):
        if w.group().lower() in ASIDES:
            continue
        found = parses(w.group().lower())
        if found and found[0].tag.POS == "VERB" and found[0].score > 0.5:
            tenses.add(str(found[0].tag.tense))
    return tenses == {"futr"}


# How long after its first day a visit told in the news may be said to end.
LONGEST_VISIT_DAYS = 6


def extend_to_planned_end(
    doc: Document, span: tuple[int, int], cue: Cue, contacts: list[Told]
) -> None:
    """The visit told before runs to the weekday a clause says it will end on ('Визит
    завершится в пятницу'): the coming one, not the last."""
    if cue.kind != EventKind.VISIT or not ENDED.search(doc.text, *span) or doc.published is None:
        return
    visit = next((t for t in reversed(contacts) if t.cue.kind == EventKind.VISIT), None)
    day = next((r for r in find_relative(doc.text, *span) if r.weekday is not None), None)
    if visit is None or day is None or day.weekday is None:
        return
    end = coming_weekday(day.weekday, doc.published)
    if visit.dates.start <= end <= visit.dates.start + timedelta(days=LONGEST_VISIT_DAYS):
        visit.dates = DateRange(visit.dates.start, max(end, visit.dates.end))
        visit.spans.append(span)


def go_on_undated(
    text: str, span: tuple[int, int], cue: Cue, contacts: list[Told], dates: Sequence[DateSpan]
) -> None:
    """What a clause with no day of its own adds to the contacts told so far: a meeting
    beside the last one, the visit the last one took place during, or more words about it."""
    current = contacts[-1]
    aside = on_the_sidelines(text, span, cue, current)
    if aside is not None:
        contacts.append(aside)
        return
    stay = stay_around(text, span, cue, current)
    if stay is not None:
        # the visit the contact just told took place during: before it in the list
        current.within = stay
        contacts.insert(len(contacts) - 1, stay)
    elif not is_interrupted(dates, current, span[0]):
        current.spans.append(span)


def other_contact(
    text: str,
    span: tuple[int, int],
    main: tuple[DateRange, Cue],
    cues: Sequence[Cue],
    doc_dates: DocDates,
) -> list[tuple[DateRange, Cue]]:
    """A second contact a clause tells: on a day of its own, by another kind of word ('held
    talks on Monday, the main day of a three-day visit that began when Putin landed on
    Sunday'); the trip of a delegation a reception names ('received the governor, who led
    a delegation to Ashgabat on April 10-11'); else one on the same day. Its days and word;
    none when the clause tells one contact."""
    day, cue = main
    dates, published = doc_dates
    told = telling(text, cues)[1]
    found = [
        (d.start, d.end, in_told_year(text, d, published))
        for d in dates_within(dates, *span)
        if d.value.precision == "day"
    ]
    for relative in find_relative(text, *span):
        value = place(relative, published, day)
        if value is not None and value.precision == "day":
            found.append((relative.start, relative.end, value))
    for start, end, value in found:
        word = verb_of_day(start, end, told, cue)
        if value == day:
            continue
        if word.kind != cue.kind and word.start != cue.start:
            return [(lasting(text, span, value, word, cues), word)]
        around = value.start <= day.start and day.end <= value.end
        if around and VISITORS.search(text, max(span[0], start - 80), start):
            return [(value, Cue(start, end, EventKind.VISIT, "travel"))]
    return same_day_contact(text, span, main, told)


# What a trip is for, not a contact told: 'for two days of talks', 'на переговоры'.
PURPOSE = re.compile(r"\b(?:for|для|на)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def same_day_contact(
    text: str, span: tuple[int, int], main: tuple[DateRange, Cue], told: Sequence[Cue]
) -> list[tuple[DateRange, Cue]]:
    """Another kind of contact a clause tells on its one day: the reception on the day of an
    arrival ('arrived yesterday for a two-day visit and was received by the governor'), a
    forum opened the day of a signing ('signed a roadmap and opened a business forum'), a
    meeting beside a forum or exhibition ('открыл выставку и встретился с консулом')."""
    day, cue = main
    one_day = day.start == day.end
    arrival = one_day or DURATION.search(text, *span) is not None
    for word in told:
        if word.start <= cue.end + 1 or word.kind in (cue.kind, EventKind.PARTICIPATION):
            continue  # the main word itself, or the rest of it ('video conference')
        if PURPOSE.search(text, max(span[0], word.start - 40), word.start):
            continue  # 'arrived for two days of talks': what the visit was for
        if cue.kind == EventKind.VISIT and arrival and word.role in ("meet", "reception", "sign"):
            return [(DateRange(day.start, day.start), word)]
        if word.role == "event" and cue.role != "event" and one_day:
            return [(day, word)]
        meets = word.role in ("meet", "reception")
        if cue.role == "event" and meets and one_day and not talked_about(text, word):
            return [(day, word)]  # 'открыл выставку и встретился с консулом'
    return []


# Words of a meeting that tell what a gathering's people talked about, no meeting apart.
TALKED_ABOUT = frozenset(("обсудить", "обсуждать", "discussed", "discuss", "discusses"))


def talked_about(text: str, word: Cue) -> bool:
    """Whether a meeting's word only says what was discussed ('участники обсудили')."""
    return lemma(text[word.start : word.end]) in TALKED_ABOUT


def tells_whole_visit(current: Told, day: DateRange, cue: Cue) -> bool:
    """Whether a clause tells the whole of the visit the clause before told one day of ('В
    Казани завершается визит делегации. Делегация прибыла 17 сентября на три дня')."""
    if cue.kind != EventKind.VISIT or current.cue.kind != EventKind.VISIT:
        return False
    inside = day.start <= current.dates.start and current.dates.end <= day.end
    return inside and day != current.dates


def is_same_contact(current: Told, day: DateRange, cue: Cue) -> bool:
    """Whether a clause goes on with the contact just told: the same days, or a visit's
    day told as a visit ('В первый день гости побывали на заводе' is the visit itself). A
    concert, forum or exhibition the same day is one of its own ('В тот же день состоялся
    концерт')."""
    if day == current.dates:
        own_event = cue.role == "event" and cue.kind != EventKind.PARTICIPATION
        return not own_event or cue.kind == current.cue.kind
    inside = current.dates.start <= day.start and day.end <= current.dates.end
    return inside and cue.kind == current.cue.kind == EventKind.VISIT


# Words that set a contact beside the one just told, on its day: 'на полях заседания', 'on
# the sidelines of the forum', or after it: 'Затем … подписали', 'Then the sides signed'.
SIDELINES = re.compile(
    r"\bна\s+полях\b|\bon\s+the\s+(?:sidelines|margins)\b|\bв\s+кулуарах\b"
    r"|^\s*(?:затем|позднее|после\s+этого|then|later|afterwards)\b",
    re.IGNORECASE,
)


def on_the_sidelines(text: str, span: tuple[int, int], cue: Cue, current: Told) -> Told | None:
    """A meeting 'на полях заседания', 'on the sidelines of the forum', a signing 'затем',
    told with no day of its own: a contact apart from the one just told, on its day when
    that is one day."""
    if cue.kind == current.cue.kind or current.dates.start != current.dates.end:
        return None
    if cue.role not in ("meet", "reception", "sign") or not SIDELINES.search(text, *span):
        return None
    return Told(current.dates, cue, [span], current.within or current)


def tells_more_of(
    text: str, span: tuple[int, int], day: DateRange, cue: Cue, contacts: list[Told]
) -> bool:
    """Whether a dated clause tells more of a contact told before, which it then joins:
    the same contact, the whole of a visit told by one day, its end, or its arrival."""
    current = contacts[-1] if contacts else None
    if current is not None and is_same_contact(current, day, cue):
        current.spans.append(span)
    elif current is not None and tells_whole_visit(current, day, cue):
        current.dates = day  # 'завершается визит … Делегация прибыла 17 сентября'
        current.spans.append(span)
    elif current is not None and visit_ends(current, day, cue, text, span):
        current.dates = DateRange(current.dates.start, day.end)
        current.spans.append(span)
    elif (begun := visit_begun(text, contacts, day, cue)) is not None:
        begun.dates = DateRange(day.start, begun.dates.end)
        begun.spans.append(span)
    else:
        return False
    return True


def visit_begun(text: str, contacts: Sequence[Told], day: DateRange, cue: Cue) -> Told | None:
    """The visit told before by its last day alone ('as part of a visit that ends today')
    whose arrival a clause tells a few days earlier ('The governor arrived in Ashgabat on
    Tuesday'): the visit began that day."""
    if cue.kind != EventKind.VISIT or day.start != day.end or not is_arrival(text, cue):
        return None
    for told in reversed(contacts):
        one_day = told.cue.kind == EventKind.VISIT and told.dates.start == told.dates.end
        if one_day and 0 < (told.dates.start - day.start).days <= ARRIVAL_DAYS + 1:
            return told
    return None


def visit_ends(current: Told, day: DateRange, cue: Cue, text: str, span: tuple[int, int]) -> bool:
    """Whether a clause tells the end of the visit just told from its arrival ('прибыла в
    среду. Сегодня гости завершают визит'): the visit then runs to that day."""
    if cue.kind != EventKind.VISIT or current.cue.kind != EventKind.VISIT:
        return False
    later = 0 < (day.start - current.dates.end).days <= ARRIVAL_DAYS
    return later and ENDED.search(text, *span) is not None


def stay_around(text: str, span: tuple[int, int], cue: Cue, current: Told) -> Told | None:
    """The visit a clause with no day of its own tells around the contact just told, when
    it says how long the visitors stay ('Белорусская делегация прибыла в Волгоград на два
    дня' after Thursday's talks): from that day, for that long."""
    if cue.role != "travel" or current.cue.kind == EventKind.VISIT or current.within:
        return None
    if DURATION.search(text, *span) is None:
        return None
    stay = lasting(text, span, DateRange(current.dates.start, current.dates.start))
    return Told(stay, cue, [*current.spans, span]) if stay != current.dates else None


def visit_around(contacts: Sequence[Told], day: DateRange) -> Told | None:
    """The visit told before whose days hold ``day``: what happened on its last day happened
    where the visit was, with the same side travelling. An arrival told for one day ('arrived
    in Bishkek on Wednesday on a state visit') holds the next few days too: the talks on
    Thursday are the visit's; a visit going on at publication, the few days before it."""
    for told in reversed(contacts):
        if told.dates.start <= day.start and day.end <= told.dates.end and told.dates != day:
            return told.within or told
    for told in reversed(contacts):
        is_arrival = told.cue.role == "travel" and told.dates.start == told.dates.end
        if is_arrival and 0 < (day.start - told.dates.start).days <= ARRIVAL_DAYS:
            return told.within or told
    for told in reversed(contacts):
        # 'is on a working visit … this week. On Tuesday, the governor held talks': the visit
        # had begun by Tuesday
        earlier = (told.dates.start - day.start).days
        if told.open_start and day.end <= told.dates.end and 0 < earlier <= ARRIVAL_DAYS:
            told.dates = DateRange(day.start, told.dates.end)
            return told
    return None


# How many days after an arrival of unstated length a contact is taken to be part of it.
ARRIVAL_DAYS = 3


@dataclass(frozen=True, slots=True)
class Sides:
    """Who is on which side of a contact: home-side and partner-side names, in text order."""

    home: tuple[NamedPerson, ...]
    partner: tuple[NamedPerson, ...]
    state_level: bool
    keys: dict[str, str]  # name → 'home' or an ISO code, for those whose side is told


def split_sides(
    text: str,
    present: Sequence[NamedPerson],
    home: Home,
    known: dict[str, str],
    names_home: bool,
) -> Sides:
    """The people on the home side and on the partner's; at state level (the home region
    takes no part) the home side is the home country's."""
    keys = [side_key(text, n, home, known) for n in present]
    state_level = not names_home and "home" not in keys
    own = home.country if state_level else "home"
    ours = tuple(n for n, k in zip(present, keys, strict=True) if k == own)
    theirs = tuple(
        n for n, k in zip(present, keys, strict=True) if k not in (None, "home", home.country)
    )
    told = {n.name: k for n, k in zip(present, keys, strict=True) if k is not None}
    return Sides(ours, theirs, state_level, told)


def direction_of_news(place: Place | None, state_level: bool, home: Home) -> Direction:
    """Which way a contact at a named place went, from the home region (or country)."""
    if place is None:
        return Direction.UNKNOWN
    if place.side == "home":
        return Direction.INCOMING
    if place.side == "partner":
        return Direction.OUTGOING
    at_home_country = third_place_country(place.name) == home.country
    return Direction.INCOMING if state_level and at_home_country else Direction.ELSEWHERE


def subject_side(text: str, cue: Cue, sides: Sides) -> str | None:
    """Whose is the person named just before a reception or travel word: 'home' or
    'partner' (the one who receives, or the one who travels)."""
    before = [n for n in (*sides.home, *sides.partner) if cue.start - n.span.end >= 0]
    # in the same sentence: the visitor named in the one before is no subject here
    near = [
        n
        for n in before
        if cue.start - n.span.end <= MOVEMENT_BEFORE
        and not SENTENCE_BREAK.search(text, n.span.end, cue.start)
    ]
    if not near:
        return None
    last = max(near, key=lambda n: n.span.end)
    return "home" if last in sides.home else "partner"


SENTENCE_BREAK = re.compile(r"(?<![А-ЯЁA-Z])[.!?]\s+[А-ЯЁA-Z]")
PASSIVE = re.compile(r"\b(?:was|were|been|is|are|был|была|было|были)\s+$", re.IGNORECASE)


def direction_by_movement(text: str, cue: Cue, sides: Sides) -> Direction:
    """A contact with no place named: a host at home receives the visitor (incoming), a
    host abroad receives the home side (outgoing); whoever arrives or visits travelled."""
    subject = subject_side(text, cue, sides)
    if cue.role == "reception" and subject is not None:
        # 'the khokim was received by the governor': the subject is the one received
        hosts = (
            subject != "home"
            if PASSIVE.search(text, max(0, cue.start - 20), cue.start)
            else subject == "home"
        )
        return Direction.INCOMING if hosts else Direction.OUTGOING
    if cue.role == "travel" and subject is not None:
        return Direction.OUTGOING if subject == "home" else Direction.INCOMING
    return Direction.UNKNOWN


def contact_place(
    text: str, spans: Sequence[tuple[int, int]], names: Sequence[NamedPerson], home: Home
) -> Place | None:
    """Where a contact took place: the first place located ('в Баку', '(г. Ашхабад)', 'in
    Yerevan') outside the posts, names and quoted titles of its sentences."""
    excluded = [(n.post.start, n.post.end) for n in names if n.post]
    excluded += [(n.span.start, n.span.end) for n in names]
    for start, end in spans:
        excluded += [m.span() for m in QUOTED.finditer(text, start, end)]
        for found in places_in(text, start, end, home):
            if outside(found, excluded) and is_located(text, found.start):
                return found
    return None


def leader_of(
    text: str, told: Told, direction: Direction, sides: Sides, present: Sequence[NamedPerson]
) -> NamedPerson | None:
    """The head of the side that travelled: the person a delegation is led by, else the
    visitor's first person for an incoming contact, the home side's otherwise."""
    for start, end in told.spans:
        cue = LEADER_CUE.search(text, start, end) or CHAIRS.search(text, start, end)
        if cue is not None:
            after = [n for n in present if n.span.start >= cue.end() and n.span.end <= end]
            if after:
                return after[0]
    if direction == Direction.INCOMING:
        order = (sides.partner, sides.home)
    else:
        order = (sides.home, sides.partner)
    for group in order:
        if group:
            return group[0]
    return present[0] if present else None


def way_of(
    text: str, told: Told, present: Sequence[NamedPerson], sides: Sides, home: Home
) -> tuple[Direction, str | None]:
    """Which way a contact went and where: a video link or call, the place it is located
    at, who received or travelled, or whose delegation came."""
    if told.cue.role == "remote" or any(is_remote(text, s, e) for s, e in told.spans):
        return Direction.REMOTE, None
    # Talks during a visit took place where the visit did, unless their own sentence says
    # otherwise: the sentences after it may name where the next trip will go.
    own = told.spans[:1] if told.within is not None else told.spans
    found = contact_place(text, own, present, home)
    direction = direction_of_news(found, sides.state_level, home)
    if direction == Direction.UNKNOWN:
        direction = direction_by_movement(text, told.cue, sides)
    if direction == Direction.UNKNOWN and told.cue.role == "travel":
        places = [p for s, e in told.spans for p in places_in(text, s, e, home)]
        side = delegation_side(text, places)
        if side is not None:
            direction = Direction.INCOMING if side == "partner" else Direction.OUTGOING
            at_home = next((p for p in places if p.side == "home"), None)
            found = at_home if side == "partner" else found
    return direction, found.name if found else None


def event_of_told(
    doc: Document,
    told: Told,
    names: Sequence[NamedPerson],
    known: dict[str, str],
    home: Home,
    around: Event | None = None,
    before: Event | None = None,
) -> Event:
    """One Event from a contact an item tells; ``around`` is the visit it took place during,
    whose way and leader it keeps when its own words tell none; ``before``, the last
    contact of two sides told, whose heads 'the two leaders' are."""
    text = doc.text
    present = taking_part(
        text, [n for n in names if any(s <= n.span.start < e for s, e in told.spans)]
    )
    present += two_leaders(text, told, present, names, before)
    present += named_by_pronoun(text, told, present, names)
    present += visiting_head(text, told, present, names, known, home)
    present += named_by_post(text, told, present, names)
    present += visit_head_spoken_of(text, told, present, names, known, home, around)
    names_home = any(home_named(text, s, e, home) for s, e in told.spans)
    sides = split_sides(text, present, home, known, names_home)
    direction, where = way_of(text, told, present, sides, home)
    direction = at_home_with_resident(direction, present, home)
    if direction == Direction.UNKNOWN and around is not None:
        direction, where = around.direction, around.place
    elif where is None and around is not None and direction == around.direction:
        where = around.place  # received during the visit: where the visit was
    leader = leader_of(text, told, direction, sides, present)
    if leader is None and around is not None and around.leader:
        leader = next((n for n in names if n.name == around.leader), None)
    start, end = told.dates.start, told.dates.end
    spans = [content_span(text, s, e) for s, e in told.spans]
    return Event(
        id=make_id("event", start.isoformat(), end.isoformat(), told.cue.kind, where or ""),
        kind=told.cue.kind,
        start=start,
        end=end,
        title=" ".join(" ".join(text[s:e].split()) for s, e in spans),
        direction=direction,
        place=where,
        leader=leader.name if leader else None,
        participants=with_sides(participants_of(present, Roles(leader), home), sides),
        spheres=tuple(sorted({s for a, b in spans for s in spheres_between(text, a, b)})),
        mentions=tuple(Mention(start=s, end=e, rule=RULE) for s, e in spans),
    )


# Words that speak of the visiting side without naming it: 'received the delegation',
# 'the guests took part', 'гостей', 'делегацию'.
VISITORS = re.compile(
    r"\b(?:the\s+)?(?:delegation|guests|visitors|diplomat)\b|делегаци|\bгост[иейям]|\bдипломат",
    re.I,
)


def speaks_of_visitors(
    text: str, told: Told, present: Sequence[NamedPerson], known: dict[str, str], home: Home
) -> bool:
    """Whether a contact's words speak of the visiting side ('the delegation', 'гостей',
    'дипломата') and name nobody of it."""
    if not any(VISITORS.search(text, s, e) for s, e in told.spans):
        return False
    return all(known.get(n.name) in (None, "home", home.country) for n in present)


# A pronoun that opens a contact's clause as its subject: 'On Wednesday he held talks …'.
PRONOUN_SUBJECT = re.compile(
    r"(?:^|[.;]\s+|,\s+|\b(?:on|in|at)\s+\w+\s+)(?P<p>he|she|он|она)\s+(?!is\b|was\b)",
    re.IGNORECASE,
)


def named_by_pronoun(
    text: str, told: Told, present: Sequence[NamedPerson], names: Sequence[NamedPerson]
) -> list[NamedPerson]:
    """The person a contact's subject pronoun stands for ('A delegation … headed by
    Governor General Mohammad Hassan Karimi arrived on Tuesday. On Wednesday he held talks
    with … Igor Babushkin'): the one named last before the clause."""
    start, end = told.spans[0]
    cue = told.cue.start if start <= told.cue.start < end else end
    if PRONOUN_SUBJECT.search(text, start, cue) is None:
        return []
    earlier = [n for n in names if n.span.end <= start]
    if not earlier or earlier[-1].name in {n.name for n in present}:
        return []
    return [earlier[-1]]


# Words for the heads of both sides, named before: 'The two leaders last met …'.
TWO_LEADERS = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|governors|heads|presidents)\b"
    r"|\b(?:руководители|главы|лидеры)\s+(?:двух\s+|обоих\s+)?(?:регионов|государств|стран)\b"
    r"|\bоба\s+(?:руководителя|главы|лидера)\b",
    re.IGNORECASE,
)


def two_leaders(
    text: str,
    told: Told,
    present: Sequence[NamedPerson],
    names: Sequence[NamedPerson],
    before: Event | None,
) -> list[NamedPerson]:
    """The heads of both sides of the contact told before, when a contact naming nobody
    says 'the two leaders' ('The two leaders last met on September 6, 2024, in Aktau')."""
    if present or before is None or not any(TWO_LEADERS.search(text, s, e) for s, e in told.spans):
        return []
    heads: dict[str | None, str] = {}
    for p in before.participants:
        heads.setdefault(p.side, p.name)
    wanted = set(heads.values())
    return list({n.name: n for n in names if n.name in wanted}.values())


def visit_head_spoken_of(
    text: str,
    told: Told,
    present: Sequence[NamedPerson],
    names: Sequence[NamedPerson],
    known: dict[str, str],
    home: Home,
    around: Event | None,
) -> list[NamedPerson]:
    """The head of the visit a contact took place during, when its words speak of the
    visitor without a name ('В тот же день дипломата принял губернатор') and name nobody of
    the visiting side."""
    if (
        around is None
        or not around.leader
        or not speaks_of_visitors(text, told, present, known, home)
    ):
        return []
    head = next((n for n in names if n.name == around.leader), None)
    return [head] if head is not None and head.name not in {n.name for n in present} else []


def visiting_head(
    text: str,
    told: Told,
    present: Sequence[NamedPerson],
    names: Sequence[NamedPerson],
    known: dict[str, str],
    home: Home,
) -> list[NamedPerson]:
    """The head of the delegation an item names once ('a delegation … led by Uday Samant')
    when a later contact speaks of 'the delegation' or 'the guests' and names nobody of the
    visiting side: he is who they met."""
    if not speaks_of_visitors(text, told, present, known, home):
        return []
    # 'headed by Deputy Chairman of the … Committee Viktor Gavrilenko': the cue stands
    # before the post, however long
    heads = {
        n.name: n
        for n in names
        if n.span.start < told.spans[0][0]
        and LEADER_CUE.search(text, max(0, post_or_name(n) - 60), post_or_name(n))
        and known.get(n.name) not in (None, "home", home.country)
    }
    return list(heads.values()) if len(heads) == 1 else []


def post_or_name(named: NamedPerson) -> int:
    """Where a person's mention begins: the post before the name, else the name."""
    return min(named.post.start, named.span.start) if named.post else named.span.start


def named_by_post(
    text: str, told: Told, present: Sequence[NamedPerson], names: Sequence[NamedPerson]
) -> list[NamedPerson]:
    """The people a contact's sentences name by their post alone ('Во вторник посол
    посетил Тольятти', 'the ambassador laid flowers'): the one person the item named
    before with a post of that head, when no name stands after the word."""
    taken = {n.name for n in present}
    named_at = [(n.span.start, n.span.end) for n in names]
    posts = [(n.post.start, n.post.end) for n in names if n.post]
    headed = [(n, h) for n in names if (h := head_of(text, n)) is not None]
    found: dict[str, NamedPerson] = {}
    for start, end in told.spans:
        for w in WORD.finditer(text, start, end):
            word = w.group()
            head = head_key(word)
            if not word[0].islower() or head is None:
                continue  # a capitalised head opens a post with its name
            if any(a <= w.start() < b for a, b in posts) or any(
                is_post_of_name(text, w.end(), a) for a, _ in named_at
            ):
                continue  # 'посол Республики … Иванов': the post of a name that follows
            earlier = {n.name: n for n, h in headed if n.span.start < start and h == head}
            if len(earlier) == 1:
                found.update((k, v) for k, v in earlier.items() if k not in taken)
    return list(found.values())


POST_GLUE = frozenset({"of", "the", "and", "to", "in", "и", "в", "по", "при", "г"})


def is_post_of_name(text: str, end: int, name_start: int) -> bool:
    """Whether a post word ending at ``end`` is the post of the name at ``name_start``:
    only capitalised words and the small words of a post stand between ('посол Республики
    Таджикистан в Российской Федерации Давлатшох …', 'governor of Astrakhan Igor …')."""
    if not end <= name_start <= end + POST_REACH:
        return False
    between = WORD.findall(text, end, name_start)
    return all(w[0].isupper() or w.lower() in POST_GLUE for w in between)


# How far after a post word its name may start.
POST_REACH = 80


def head_of(text: str, named: NamedPerson) -> str | None:
    """The head of the post a name is given with: its post's, else the title word right
    before it ('led by Khokim Shukhratbek Abdurakhmonov')."""
    if named.post is not None:
        return post_head(named.post.title)
    before = TITLE_BEFORE.search(text, max(0, named.span.start - 30), named.span.start)
    return head_key(before.group(1)) if before else None


TITLE_BEFORE = re.compile(r"([A-Za-zА-Яа-яЁё-]+)[^\S\n]+$")


# Heads a text shortens, as the head of the full post: 'генконсул' is a 'генеральный консул'.
SHORT_HEADS = {"генконсул": "консул"}


def head_key(word: str) -> str | None:
    """The Russian head a word of a post names, in either language ('послом', 'ambassador'
    → 'посол'), or None for a word that heads no post."""
    if is_head(word):
        head = head_lemma(word)
        return SHORT_HEADS.get(head, head)
    russian = post_words().get(word.lower())
    return russian.split()[0] if russian and " " not in word else None


def post_head(title: str) -> str | None:
    """The head of a post ('Чрезвычайный и Полномочный Посол …', 'Khokim of …' → its
    Russian head word)."""
    return next((k for w in WORD.finditer(title) if (k := head_key(w.group()))), None)


def with_sides(found: Sequence[Participant], sides: Sides) -> tuple[Participant, ...]:
    """Participants with the side told anywhere for them when their post here tells none."""
    return tuple(
        p if p.side else dataclasses.replace(p, side=sides.keys.get(p.name)) for p in found
    )


def home_named(text: str, start: int, end: int, home: Home) -> bool:
    """Whether a sentence names the home region (its people's posts included)."""
    return any(p.side == "home" for p in places_in(text, start, end, home))


def is_background_signing(doc: Document, told: Told, home: Home) -> bool:
    """Whether a signing is told as the background of a note's agreements, with no word of
    the home region: in a 'Справочно:' paragraph ('Справочно: Договор … между Российской
    Федерацией и Республикой Армения подписан 29 августа 1997 г. в Москве'), or in the list
    of agreements of a note that keeps its contacts in a chronology. It is an agreement
    between states, not a contact of the home region's; a news item's signings are."""
    if told.cue.kind != EventKind.SIGNING:
        return False
    if any(home_named(doc.text, s, e, home) for s, e in told.spans):
        return False
    start = told.spans[0][0]
    line_start = doc.text.rfind("\n", 0, start) + 1
    if FOR_REFERENCE.match(doc.text, line_start):
        return True
    part = section_of(doc, start)
    return has_chronology(doc) and part is not None and part.section == SectionKind.TOP


# The word a note's background paragraph opens with.
FOR_REFERENCE = re.compile(r"\s*(?:[-–•·]\s*)?Справочно\b", re.IGNORECASE)


def event_from_dated_sentence(doc: Document, ctx: Context) -> Iterator[Event]:
    """An Event per contact a document tells in its paragraphs (news: 'В пятницу губернатор
    встретился с послом …'; a note's 'встречались 29 июня …')."""
    contacts = told_contacts(doc)[0]
    if not contacts:
        return
    names = english_in_russian(doc.text, ctx.home) if doc.lang == "en" else list(names_in(doc.text))
    known = document_sides(doc.text, names, ctx.home)
    made: dict[int, Event] = {}
    last: Event | None = None
    for told in contacts:
        if is_background_signing(doc, told, ctx.home):
            continue
        around = made.get(id(told.within)) if told.within else None
        event = event_of_told(doc, told, names, known, ctx.home, around, last)
        made[id(told)] = event
        last = event if len({p.side for p in event.participants}) > 1 else last
    events = list(made.values())
    events = [led_from_within(e, events, ctx.home) for e in events]
    yield from (placed_by_later_visit(e, events) for e in events)


def placed_by_later_visit(event: Event, events: Sequence[Event]) -> Event:
    """A contact within the days of a visit its visitor is at, the visit told after it
    ('В четверг губернатор принял посла … Дипломат прибыл в Астрахань накануне с
    двухдневным визитом'; one told before is read as within it as it is told), took place
    where the visit did, the visitor travelling: its place and way, where its own words
    name neither, are the visit's, and the visitor leads it."""
    if event.kind == EventKind.VISIT or (event.place and event.direction != Direction.UNKNOWN):
        return event
    names = {p.name for p in event.participants}
    visit = next(
        (
            v
            for v in visits_holding(event, events)
            if v.direction in VISITING_SIDE and v.leader in names
        ),
        None,
    )
    if visit is None or event.direction not in (Direction.UNKNOWN, visit.direction):
        return event
    if event.direction == visit.direction:
        return dataclasses.replace(event, place=visit.place)
    roles = tuple(
        dataclasses.replace(p, role="leader" if p.name == visit.leader else "participant")
        if p.role in ("leader", "participant")
        else p
        for p in event.participants
    )
    return dataclasses.replace(
        event,
        direction=visit.direction,
        place=event.place or visit.place,
        leader=visit.leader,
        participants=roles,
    )


def led_from_within(visit: Event, events: Sequence[Event], home: Home) -> Event:
    """A visit told with no one named ('Астраханская делегация находится в Азербайджане')
    is led by the head of the travelling side at the contacts within its days: the governor
    who met the president there."""
    side = VISITING_SIDE.get(visit.direction)
    if visit.kind != EventKind.VISIT or visit.leader or side is None:
        return visit
    heads = [
        p
        for e in events
        if e is not visit and visit.start <= e.start and e.end <= visit.end
        for p in e.participants
        if p.name == e.leader and (p.side in ("home", home.country)) == (side == "home")
    ]
    if len({p.name for p in heads}) != 1:
        return visit
    head = dataclasses.replace(heads[0], role="leader")
    return dataclasses.replace(visit, leader=head.name, participants=(head, *visit.participants))
