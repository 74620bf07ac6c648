"""One line of the chronology: '16–19 сентября 2019 г., визит делегации ... в ...'.

An event read from a note keeps the note's own sentence (its ``title``); only the date in
front is rewritten in the house form. An event typed in, or read from a document in the
other language, gets a sentence built from its fields, with posts and names declined
to fit: 'во главе с' takes the instrumental, 'встреча' the genitive.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from liaison.brief.clauses_en import (
    Gathering,
    further_clauses_en,
    gathering_in,
    is_delegation,
    post_before,
    sentences,
)
from liaison.brief.dates import MONTHS_EN, MONTHS_RU_GENITIVE, format_date_range
from liaison.brief.english import genitive_names, names_lookup, person_name_en, place_en, post_en
from liaison.brief.russian import russian_name, russian_post
from liaison.brief.wording import official_name
from liaison.model import (
    Agreement,
    Direction,
    Event,
    EventKind,
    Home,
    Participant,
    Partner,
    Person,
    label,
)
from liaison.text.morph import lemma, lemmas
from liaison.text.names import inflect_name
from liaison.text.phrases import inflect
from liaison.text.weekdays import WD_EN, WD_RU

_RU_MONTH = "|".join(MONTHS_RU_GENITIVE)
_EN_MONTH = "|".join(MONTHS_EN)
_RU_DAY = rf"\d{{1,2}}(?:\s+(?:{_RU_MONTH}))?(?:\s+\d{{4}}\s*г\.)?"
_EN_DAY = rf"\d{{1,2}}(?:\s+(?:{_EN_MONTH}))?(?:\s+\d{{4}})?"
# '09.11.2023', '2–3.11.2022', '16.09.2019 – 19.09.2019', '14.03.2023 г.': the numeric dates of
# a chronology table.
_NUMERIC_FIRST = r"\d{1,2}(?:\.\d{1,2}(?:\.\d{4})?)?(?:\s*г\.)?\s*[–—-]\s*"
_NUMERIC_DATE = rf"(?:{_NUMERIC_FIRST})?\d{{1,2}}\.\d{{1,2}}\.\d{{4}}(?:\s*г\.)?"
# A date or date range at the head of a sentence, as the notes and English news write it.
LEADING_DATE = re.compile(
    rf"^\s*(?:{_RU_DAY}\s*[–—-]\s*)?\d{{1,2}}\s+(?:{_RU_MONTH})\s+\d{{4}}\s*(?:г\.|года)"
    rf"(?P<sep>\s*,?\s*)"
    rf"|^\s*{_NUMERIC_DATE}(?P<sep_num>\s*,?\s*)"
    rf"|^\s*(?:{_EN_DAY}\s*[–—-]\s*)?\d{{1,2}}\s+(?:{_EN_MONTH})\s+\d{{4}}(?P<sep_en>\s*[,:]?\s*)"
    # a sub-item's day and month, its year the item's above: '14 апреля – видеоконференция'
    rf"|^\s*(?:\d{{1,2}}\s*[–—-]\s*)?\d{{1,2}}\s+(?:{_RU_MONTH})(?P<sep_day>\s*)(?=[–—-]|[а-яё])",
)
# A day a news sentence opens with in words relative to its publication ('В четверг',
# 'На следующий день'): the line's own date says it, and says it right.
RELATIVE_OPENER = re.compile(
    rf"^\s*(?:(?:в|во)\s+(?:{WD_RU})"
    r"|вчера|сегодня|накануне|на\s+следующий\s+день|в\s+(?:тот|этот)\s+же\s+день"
    r"|(?:вечером|утром|днём|днем)\s+(?:того|этого)\s+же\s+дня|later\s+that\s+day"
    r"|в\s+(?:заключительный|последний|первый)\s+день\s+(?:визита|форума|пребывания)"
    rf"|on\s+(?:{WD_EN})|yesterday|today"
    r"|(?:on\s+)?the\s+(?:next|following|same)\s+day)\b[\s,]*",
    re.IGNORECASE,
)
# Sentence openers that the notes write in lower case after the date and comma.
OPENERS = {
    "визит", "встреча", "участие", "заседание", "переговоры", "конференция", "форум",
    "видеоконференция", "подписание", "концерт", "ярмарка", "выставка", "посещение",
    "церемония", "агропромышленная", "visit", "meeting", "participation", "session",
    "пребывание", "поездка", "прием", "приём", "видеосвязь", "телефонный", "совещание",
    "презентация", "семинар", "открытие", "проведение", "рабочий", "официальный",
}  # fmt: skip
# Contacts of two sides, written 'встреча X с Y', 'phone call of X with Y'.
GATHERINGS = (EventKind.MEETING, EventKind.NEGOTIATIONS, EventKind.CALL)
REMOTE_RU = "в режиме видеоконференции"
# Kinds whose name says the contact was remote: no '(в режиме видеоконференции)' after them.
SAID_REMOTE = frozenset((EventKind.VIDEOCONFERENCE, EventKind.CALL))


@dataclass(frozen=True, slots=True, kw_only=True)
class EventContext:
    """What building a sentence needs besides the event: names to decline and translate."""

    home: Home
    partners: Mapping[str, Partner] = field(default_factory=dict)
    persons: Mapping[str, Person] = field(default_factory=dict)
    agreements: Mapping[str, Agreement] = field(default_factory=dict)
    genitives_en: Mapping[str, str] = field(default_factory=dict)
    corrected: Mapping[str, frozenset[str]] = field(default_factory=dict)


def make_event_context(
    home: Home,
    partners: Mapping[str, Partner],
    persons: Mapping[str, Person],
    agreements: Mapping[str, Agreement],
    corrected: Mapping[str, frozenset[str]] | None = None,
) -> EventContext:
    """An EventContext, with the English names of the home region and partners prepared;
    ``corrected`` names the fields of each event people corrected."""
    return EventContext(
        home=home,
        partners=partners,
        persons=persons,
        agreements=agreements,
        genitives_en=genitive_names(home, partners.values()),
        corrected=corrected or {},
    )


def event_line(event: Event, ctx: EventContext, lang: str = "ru") -> str:
    """The chronology line: the date in the house form, a separator and the sentence."""
    when = format_date_range(event.start, event.end, lang)
    own = own_sentence(event, lang)
    if own is not None:
        sentence, sep = own
        added = corrected_suffix(event, sentence, lang, ctx.corrected.get(event.id, frozenset()))
        return f"{when}{sep}{finish(inside_full_stop(sentence, added))}"
    sep = ": " if lang == "en" else ", "
    return f"{when}{sep}{finish(built_sentence(event, ctx, lang))}"


def own_sentence(event: Event, lang: str) -> tuple[str, str] | None:
    """The event's stored sentence without its leading date or relative day, and the
    separator it used; None when there is none in ``lang``."""
    title = " ".join(event.title.split())
    if not title or is_cyrillic(title) != (lang != "en"):
        return None
    match = LEADING_DATE.match(title)
    if match is None:
        sentence = without_relative_words(without_relative_day(title))
        return lower_opener(sentence), (": " if lang == "en" else ", ")
    groups = ("sep", "sep_num", "sep_en", "sep_day")
    sep = next((match[g] for g in groups if match[g] is not None), "")
    runs_on = match["sep_day"] is not None and not title[match.end() :].startswith(("–", "—", "-"))
    if not sep.strip() and (match.group().rstrip().endswith("года") or runs_on):
        sep = ","  # '12 июня 2025 года губернатор …': news run on, the house puts a comma
    sentence = without_relative_words(without_relative_day(title[match.end() :]))
    return lower_opener(sentence), normal_separator(sep)


# A weekday or 'yesterday' inside a news sentence ('Губернатор … принял в среду делегацию'):
# the line's date says the day.
RELATIVE_INSIDE = re.compile(
    rf"[^\S\n]+(?:(?:в|во)\s+(?:{WD_RU})|вчера|сегодня|on\s+(?:{WD_EN})|yesterday|today)\b"
    r"(?=[^\S\n]+\w)",
    re.IGNORECASE,
)


def without_relative_words(sentence: str) -> str:
    """The sentence without a weekday or 'yesterday' inside it.

    >>> without_relative_words("Губернатор Иванов принял в среду делегацию области")
    'Губернатор Иванов принял делегацию области'
    """
    return RELATIVE_INSIDE.sub("", sentence)


def without_relative_day(sentence: str) -> str:
    """The sentence without the relative day it opens with ('В четверг губернатор …' →
    'губернатор …'); a sentence that is nothing else stays whole.

    >>> without_relative_day("В четверг губернатор провёл встречу")
    'губернатор провёл встречу'
    >>> without_relative_day("On the next day the sides signed a memorandum")
    'the sides signed a memorandum'
    """
    match = RELATIVE_OPENER.match(sentence)
    rest = sentence[match.end() :] if match else sentence
    return rest if len(rest.split()) > 1 else sentence


def corrected_suffix(event: Event, sentence: str, lang: str, fields: frozenset[str]) -> str:
    """What people corrected (``fields``) that the source's sentence does not say: a place or
    a leader it never names, in parentheses. The sentence itself stays the source's.

    >>> from datetime import date
    >>> moved = Event(id="e", kind=EventKind.MEETING, start=date(2025, 2, 10),
    ...     end=date(2025, 2, 10), place="Москва", leader="Алиев И.Г.", entered_by="Иванова")
    >>> corrected_suffix(moved, "встреча с послом в Москве", "ru", frozenset({"leader", "place"}))
    ' (во главе с Алиевым И.Г.)'
    >>> corrected_suffix(moved, "встреча с послом", "ru", frozenset({"leader"}))
    ' (во главе с Алиевым И.Г.)'
    """
    said = set(lemmas(sentence))
    added = []
    if "place" in fields and event.place and not set(lemmas(event.place)) <= said:
        added.append(event.place)
    surname = event.leader.split()[0] if event.leader and "leader" in fields else ""
    if surname and lemma(surname) not in said:
        name = str(event.leader)
        added.append(
            f"led by {name}" if lang == "en" else f"во главе с {inflect_name(name, 'ablt')}"
        )
    return "".join(f" ({a})" for a in added)


# A sentence's closing full stop after a word of four letters or more, or after a quote or
# bracket: not the stop of an initial ('И.Ю.') or an abbreviation ('2019 г.').
CLOSING_STOP = re.compile(r"(?:(?<=\w{4})|(?<=[»)\"']))\.\s*$")


def inside_full_stop(sentence: str, added: str) -> str:
    """``added`` before the sentence's closing full stop, which ``finish`` puts back.

    >>> inside_full_stop("форум «БерегА».", " (Москва)")
    'форум «БерегА» (Москва)'
    >>> inside_full_stop("с Алиевым И.Г.", " (Баку)"), inside_full_stop("в Баку.", "")
    ('с Алиевым И.Г. (Баку)', 'в Баку.')
    """
    return CLOSING_STOP.sub("", sentence) + added if added else sentence


def normal_separator(sep: str) -> str:
    """', ' or ': ' as the source had it, or one space when the sentence ran straight on.

    >>> normal_separator(" ,  "), normal_separator(" "), normal_separator(":")
    (', ', ' ', ': ')
    """
    mark = sep.strip()
    return f"{mark} " if mark else " "


def finish(sentence: str) -> str:
    """The sentence with exactly one full stop at its end.

    >>> finish("встреча (Москва)"), finish("встреча с Алиевым И.Г.,"), finish("визит. ")
    ('встреча (Москва).', 'встреча с Алиевым И.Г.', 'визит.')
    """
    text = sentence.rstrip().rstrip(",;").rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


def is_cyrillic(text: str) -> bool:
    """Whether most letters of ``text`` are Cyrillic.

    >>> is_cyrillic("визит в Баку"), is_cyrillic("visit to Baku")
    (True, False)
    """
    cyr = sum(1 for c in text if "а" <= c.lower() <= "я" or c in "ёЁ")
    lat = sum(1 for c in text if "a" <= c.lower() <= "z")
    return cyr > lat


def lower_opener(sentence: str) -> str:
    """'Визит …' → 'визит …' after the date; a proper name keeps its capital."""
    first = sentence.split(" ", 1)[0]
    if first.lower() in OPENERS or first.lower() in LOWER_AFTER_DATE:
        return sentence[:1].lower() + sentence[1:]
    return sentence


# Small words a news sentence opens with that go on in lower case after the date and comma
# ('8 мая 2023 г., в Астраханскую область прибыла …').
LOWER_AFTER_DATE = frozenset(("в", "во", "на", "по", "с", "со", "к", "из", "у", "при", "после"))


def built_sentence(event: Event, ctx: EventContext, lang: str) -> str:
    """A sentence from the event's fields, when no source sentence can be used."""
    if lang == "en":
        return sentence_en(event, ctx)
    return sentence_ru(event, ctx)


def sentence_ru(event: Event, ctx: EventContext) -> str:
    """'визит делегации … во главе с … в …. Встреча с …' from fields."""
    leader, others = split_people(event, ctx)
    if event.kind is EventKind.VISIT:
        text = visit_ru(event, ctx, leader)
        if others:
            text += ". Встреча с " + people_ru(others, "ablt", ctx, event.start)
    elif event.kind in GATHERINGS:
        text = label(event.kind)
        if leader is not None:
            text += " " + person_ru(leader, "gent", ctx, event.start)
        if others:
            text += " с " + people_ru(others, "ablt", ctx, event.start)
    else:
        text = gathering_ru(event, ctx, leader, others)
    return text + place_suffix_ru(event)


def title_ru(agreement: Agreement) -> str:
    """An agreement's title for a Russian line: its own, or its kind in Russian where a
    source named it in English ('plan of joint events …' → 'План мероприятий'), whose
    words are kept for the footnote."""
    return agreement.title if is_cyrillic(agreement.title) else label(agreement.kind, "ru")


def visit_ru(event: Event, ctx: EventContext, leader: Participant | None) -> str:
    """'визит делегации <side> во главе с <leader> в <destination>'."""
    partner = main_partner(event, ctx)
    partner_name = official_name(partner) if partner is not None else ""
    if event.direction is Direction.INCOMING:
        side, destination = partner_name, ctx.home.name
    else:
        side, destination = ctx.home.name, event.place or partner_name
    text = "визит делегации " + inflect(side, "gent") if side else "визит делегации"
    if leader is not None:
        text += " во главе с " + person_ru(leader, "ablt", ctx, event.start)
    if event.direction in (Direction.INCOMING, Direction.OUTGOING) and destination:
        text += " в " + inflect(destination, "accs")
    return text


def gathering_ru(
    event: Event, ctx: EventContext, leader: Participant | None, others: list[Participant]
) -> str:
    """A forum, session, signing, … : its kind, what was signed, who led and took part."""
    text = label(event.kind)
    signed = [ctx.agreements[a] for a in event.agreements if a in ctx.agreements]
    if signed:
        text += " " + ", ".join(inflect(title_ru(a), "gent") for a in signed)
    if leader is not None:
        text += " под председательством " + person_ru(leader, "gent", ctx, event.start)
    if others:
        text += " с участием " + people_ru(others, "gent", ctx, event.start)
    return text


def place_suffix_ru(event: Event) -> str:
    """'(Москва)' for a contact on a third ground, '(в режиме видеоконференции)' if remote;
    a call's or a video link's kind says it already."""
    if event.direction is Direction.REMOTE and event.kind not in SAID_REMOTE:
        return f" ({REMOTE_RU})"
    if event.place and (
        event.direction is Direction.ELSEWHERE or event.kind is not EventKind.VISIT
    ):
        return f" ({event.place})"
    return ""


def split_people(event: Event, ctx: EventContext) -> tuple[Participant | None, list[Participant]]:
    """The leader (with a post) and everyone else named at the event."""
    leader = next((p for p in event.participants if p.name == event.leader), None)
    if leader is None:
        leader = next((p for p in event.participants if p.role == "leader"), None)
    if leader is None and event.leader:
        leader = Participant(name=event.leader, role="leader")
    others = [p for p in event.participants if leader is None or p.name != leader.name]
    return leader, others


def position_at(person: Person | None, day: date) -> str | None:
    """The post a person held on ``day``: the one seen around that date, else the latest
    seen before it, else the first seen."""
    if person is None or not person.positions:
        return None
    for pos in person.positions:
        if (pos.start is None or pos.start <= day) and (pos.end is None or day <= pos.end):
            return pos.title
    before = [p for p in person.positions if p.start is not None and p.start <= day]
    if before:
        return max(before, key=lambda p: p.start or day).title
    return person.positions[0].title


def person_ru(who: Participant, case: str, ctx: EventContext, day: date) -> str:
    """'Губернатором Астраханской области Бабушкиным И.Ю.' — post and name in ``case``."""
    canonical = russian_name(who.name, ctx.persons)
    person = ctx.persons.get(canonical) or ctx.persons.get(who.name)
    post = russian_post(who.position or position_at(person, day), person, day)
    gender = person.gender if person is not None else None
    name = inflect_name(canonical, case, gender)
    return f"{inflect(post, case)} {name}" if post else name


def people_ru(people: list[Participant], case: str, ctx: EventContext, day: date) -> str:
    """Several people in ``case``, joined by commas."""
    return ", ".join(person_ru(p, case, ctx, day) for p in people)


def main_partner(event: Event, ctx: EventContext) -> Partner | None:
    """The partner an event is with: the first of its partners this note knows."""
    return next((ctx.partners[p] for p in event.partners if p in ctx.partners), None)


def sentence_en(event: Event, ctx: EventContext) -> str:
    """'visit of the delegation of Astrakhan Region led by … to Azerbaijan' from fields,
    with what the Russian sentence adds: the gathering and the further sentences."""
    leader, others = split_people(event, ctx)
    partner = main_partner(event, ctx)
    partner_name = (partner.name_en or partner.name) if partner is not None else ""
    russian = russian_sentence(event)
    names = names_lookup(ctx.persons)
    if russian:
        leader, others = (
            with_posts_from(russian, leader),
            [with_posts_from(russian, p) for p in others],
        )
    gathering = gathering_in(sentences(russian)[0], names) if russian else None
    if event.kind is EventKind.VISIT:
        text = visit_en(event, ctx, leader, partner_name)
        if gathering is not None:
            lead = "to take part in" if gathering.lead == "in" else gathering.lead
            text += f" {lead} {gathering_words(gathering, '')}"
        if others:
            text += "; meeting with " + people_en(others, ctx, event.start)
    else:
        text = contact_en(event, ctx, leader, others, gathering, russian)
    text += place_suffix_en(event, ctx)
    extra = further_clauses_en(russian, names) if russian else []
    return "; ".join([text, *extra])


def with_posts_from(russian: str, who: Participant | None) -> Participant | None:
    """A participant with the post the Russian sentence writes before them, when the
    event's fields give none ('с хякимом Балканского велаята Аннаевым Р.Б.')."""
    if who is None or who.position:
        return who
    post = post_before(russian, who.name)
    return who if post is None else replace(who, position=post)


def visit_en(event: Event, ctx: EventContext, leader: Participant | None, partner: str) -> str:
    """'visit of the delegation of <side> led by <leader> to <destination>'."""
    incoming = event.direction is Direction.INCOMING
    side = partner if incoming else ctx.home.name_en
    text = f"visit of the delegation of {side}" if side else "visit of a delegation"
    if leader is not None:
        text += " led by " + person_en(leader, ctx, event.start)
    destination = ctx.home.name_en if incoming else where_en(event, ctx, partner)
    if event.direction in (Direction.INCOMING, Direction.OUTGOING) and destination:
        text += f" to {destination}"
    return text


def contact_en(
    event: Event,
    ctx: EventContext,
    leader: Participant | None,
    others: list[Participant],
    gathering: Gathering | None,
    russian: str,
) -> str:
    """A forum, session, meeting or signing: who took part in or chaired what, with whom."""
    kind = label(event.kind, "en")
    text = gathering_words(gathering, kind) if gathering is not None else kind
    took_part = event.kind is EventKind.PARTICIPATION and gathering is not None
    if leader is not None and (is_taking_part(event, leader) or took_part):
        # 'участие X в форуме': X took part in the forum, X did not chair it
        who = person_en(leader, ctx, event.start)
        if is_delegation(russian):
            side = ctx.home.name_en if event.direction is not Direction.INCOMING else ""
            who = f"the delegation of {side} led by {who}" if side else f"a delegation led by {who}"
        named = text if gathering is not None else f"the {text}"
        text = f"participation of {who} in {named}"
        leader = None
    signed = [ctx.agreements[a] for a in event.agreements if a in ctx.agreements]
    if signed:
        text += " of the " + ", ".join(label(a.kind, "en") for a in signed)
    if leader is not None:
        text += leader_phrase_en(event, leader) + person_en(leader, ctx, event.start)
    if others:
        text += " with " + people_en(others, ctx, event.start)
    return text


def gathering_words(gathering: Gathering, kind: str) -> str:
    """'the 10th Russian-Azerbaijani Interregional Forum', or the kind and the marked
    Russian words when the glossary cannot say them."""
    if gathering.is_translated:
        return f"the {gathering.english}"
    return f"{kind or 'the event'} ([ru] {gathering.english})"


def russian_sentence(event: Event) -> str:
    """The event's Russian sentence without its leading date, or ''."""
    title = " ".join(event.title.split())
    if not title or not is_cyrillic(title):
        return ""
    match = LEADING_DATE.match(title)
    return title[match.end() :] if match else title


HOSTED = (*GATHERINGS, EventKind.PARTICIPATION, EventKind.SIGNING, EventKind.VIDEOCONFERENCE)


def is_taking_part(event: Event, leader: Participant) -> bool:
    """Whether the leader of a forum, fair or session took part in it rather than chaired it."""
    return leader.role == "leader" and event.kind not in HOSTED


def leader_phrase_en(event: Event, leader: Participant) -> str:
    """How the leader joins the kind: 'meeting of', 'participation of' (the notes' 'участие
    X в …' is taking part, not chairing), else 'chaired by' as the Russian line says."""
    if leader.role != "co-chair" and (
        event.kind in GATHERINGS or event.kind is EventKind.PARTICIPATION
    ):
        return " of "
    return " chaired by "


def where_en(event: Event, ctx: EventContext, partner_name: str) -> str:
    """Where an outgoing visit went, in English."""
    return place_en(event.place, ctx.partners.values()) if event.place else partner_name


def place_suffix_en(event: Event, ctx: EventContext) -> str:
    """'(Moscow)' or '(by videoconference)'."""
    if event.direction is Direction.REMOTE and event.kind not in SAID_REMOTE:
        return " (by videoconference)"
    if event.place and (
        event.direction is Direction.ELSEWHERE or event.kind is not EventKind.VISIT
    ):
        return f" ({place_en(event.place, ctx.partners.values())})"
    return ""


def person_en(who: Participant, ctx: EventContext, day: date) -> str:
    """'Governor of Astrakhan Region Igor Babushkin' (the post only where fully known)."""
    person = ctx.persons.get(who.name)
    post = who.position or position_at(person, day)
    english_post = post_en(post, dict(ctx.genitives_en)) if post else None
    name = person_name_en(who.name, person)
    return f"{english_post} {name}" if english_post else name


def people_en(people: list[Participant], ctx: EventContext, day: date) -> str:
    """Several people in English, joined by commas."""
    return ", ".join(person_en(p, ctx, day) for p in people)
