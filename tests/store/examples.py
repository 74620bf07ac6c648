"""Hand-built documents and facts for the store tests, in the project's own words.

Offsets are computed from the text with ``span`` so that every mention really covers
the words its fact was read from.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Block,
    BlockKind,
    Direction,
    Document,
    Event,
    EventKind,
    Extraction,
    Fact,
    Indicator,
    Mention,
    Organization,
    Participant,
    Partner,
    PartnerLevel,
    Period,
    Person,
    Position,
    Sphere,
    make_id,
)

NOTE_PATH = "notes/azerbaijan.txt"
NOTE_TEXT = (
    "Справка о сотрудничестве Астраханской области с Азербайджанской Республикой\n"
    "Соглашение между Правительством Астраханской области и Кабинетом Министров "
    "Азербайджанской Республики о торгово-экономическом сотрудничестве подписано в 2011 году.\n"
    "16–17 сентября 2019 г. – визит делегации Астраханской области во главе "
    "с Губернатором Бабушкиным И.Ю. в г. Баку.\n"
    "В вузах региона обучаются 1 250 граждан Азербайджана.\n"
    "Астраханский государственный университет сотрудничает с Бакинским "
    "государственным университетом в сфере образования.\n"
)
NEWS_PATH = "news/2021-12-08.txt"
NEWS_TEXT = (
    "Губернатор Игорь Бабушкин провёл встречу с делегацией Азербайджана.\n"
    "Стороны напомнили, что соглашение о торгово-экономическом сотрудничестве "
    "подписано в 2012 году.\n"
)

PERSON_ID = make_id("person", "Бабушкин И.Ю.")
AGREEMENT_ID = make_id("agreement", "AZ", "торгово-экономическом")
EVENT_ID = make_id("event", "2019-09-16", "AZ")


def span(text: str, phrase: str, rule: str) -> Mention:
    """The mention of the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Mention(start=start, end=start + len(phrase), rule=rule)


def document(doc_id: str, path: str, text: str, **extra: Any) -> Document:
    """A document with one block per line, as a reader would give it."""
    blocks, at = [], 0
    for i, line in enumerate(text.splitlines(keepends=True)):
        kind = BlockKind.TITLE if i == 0 else BlockKind.PARAGRAPH
        blocks.append(Block(kind=kind, start=at, end=at + len(line.rstrip("\n"))))
        at += len(line)
    title = text.splitlines()[0]
    return Document(id=doc_id, path=path, title=title, text=text, blocks=tuple(blocks), **extra)


def partner(text: str) -> Partner:
    return Partner(
        id="AZ",
        name="Азербайджан",
        name_en="Azerbaijan",
        level=PartnerLevel.COUNTRY,
        country="AZ",
        aliases=("Азербайджанская Республика", "Азербайджанской Республикой"),
        mentions=(span(text, "Азербайджанской Республикой", "partner_from_gazetteer"),),
    )


def agreement(text: str) -> Agreement:
    return Agreement(
        id=AGREEMENT_ID,
        kind=AgreementKind.AGREEMENT,
        title=(
            "Соглашение между Правительством Астраханской области и Кабинетом Министров "
            "Азербайджанской Республики о торгово-экономическом сотрудничестве"
        ),
        parties=(
            "Правительство Астраханской области",
            "Кабинет Министров Азербайджанской Республики",
        ),
        signed="2011",
        period=Period(from_=2011, to=None),
        status=AgreementStatus.IN_FORCE,
        partners=("AZ",),
        spheres=(Sphere.TRADE,),
        mentions=(span(text, "Соглашение между Правительством", "agreement_from_title_line"),),
    )


def event(text: str) -> Event:
    return Event(
        id=EVENT_ID,
        kind=EventKind.VISIT,
        start=date(2019, 9, 16),
        end=date(2019, 9, 17),
        title=(
            "16–17 сентября 2019 г. – визит делегации Астраханской области во главе "
            "с Губернатором Бабушкиным И.Ю. в г. Баку."
        ),
        direction=Direction.OUTGOING,
        place="Баку",
        leader="Бабушкин И.Ю.",
        participants=(
            Participant(
                name="Бабушкин И.Ю.",
                position="Губернатор Астраханской области",
                role="leader",
                side="home",
            ),
        ),
        partners=("AZ",),
        spheres=(Sphere.POLITICS,),
        agreements=(),
        mentions=(span(text, "16–17 сентября 2019 г.", "event_from_dated_bullet"),),
    )


def person(text: str) -> Person:
    return Person(
        id=PERSON_ID,
        name="Бабушкин И.Ю.",
        gender="m",
        aliases=("Бабушкиным И.Ю.",),
        positions=(
            Position(
                title="Губернатор Астраханской области",
                start=date(2019, 9, 16),
                end=date(2019, 9, 17),
            ),
        ),
        mentions=(span(text, "Бабушкиным И.Ю.", "person_with_initials"),),
    )


def organization(text: str) -> Organization:
    return Organization(
        id=make_id("organization", "Бакинский государственный университет"),
        name="Бакинский государственный университет",
        kind="university",
        partner="AZ",
        aliases=("Бакинским государственным университетом",),
        mentions=(
            span(text, "Бакинским государственным университетом", "organization_from_gazetteer"),
        ),
    )


def fact(text: str) -> Fact:
    sentence = (
        "Астраханский государственный университет сотрудничает с Бакинским "
        "государственным университетом в сфере образования."
    )
    return Fact(
        id=make_id("fact", "education", sentence),
        sphere=Sphere.EDUCATION,
        text=sentence,
        years=(),
        organizations=(
            "Астраханский государственный университет",
            "Бакинский государственный университет",
        ),
        partners=("AZ",),
        mentions=(span(text, sentence, "fact_from_sphere_bullet"),),
    )


def indicator(text: str) -> Indicator:
    return Indicator(
        id=make_id("indicator", "students", "AZ"),
        metric="students",
        value=1250.0,
        unit="граждан",
        as_of=date(2024, 1, 1),
        partner="AZ",
        scope="обучаются в вузах региона",
        text="В вузах региона обучаются 1 250 граждан Азербайджана.",
        mentions=(span(text, "обучаются 1 250 граждан", "indicator_from_figure"),),
    )


# Each builder under the name of the Extraction field that holds its facts.
BUILDERS = {
    "partners": partner,
    "agreements": agreement,
    "events": event,
    "persons": person,
    "organizations": organization,
    "facts": fact,
    "indicators": indicator,
}


def note_extraction(doc_id: str = "note-v1", text: str = NOTE_TEXT) -> Extraction:
    """The reference note: one fact of every class."""
    doc = document(doc_id, NOTE_PATH, text, published=date(2024, 4, 1), format="docx")
    return Extraction(
        document=doc,
        partners=(partner(text),),
        agreements=(agreement(text),),
        events=(event(text),),
        persons=(person(text),),
        organizations=(organization(text),),
        facts=(fact(text),),
        indicators=(indicator(text),),
    )


def news_extraction() -> Extraction:
    """A news item naming the same person differently and the agreement with another year."""
    text = NEWS_TEXT
    same_person = Person(
        id=PERSON_ID,
        name="Бабушкин И.Ю.",
        full_name="Бабушкин Игорь Юрьевич",
        name_en="Igor Babushkin",
        aliases=("Игорь Бабушкин",),
        positions=(
            Position(
                title="Губернатор Астраханской области",
                start=date(2021, 12, 7),
                end=date(2021, 12, 7),
            ),
        ),
        mentions=(span(text, "Игорь Бабушкин", "person_full_name"),),
    )
    same_agreement = Agreement(
        id=AGREEMENT_ID,
        kind=AgreementKind.AGREEMENT,
        title="соглашение о торгово-экономическом сотрудничестве",
        signed="2012",
        partners=("AZ",),
        mentions=(span(text, "соглашение о торгово-экономическом", "agreement_in_sentence"),),
    )
    doc = document("news-1", NEWS_PATH, text, lang="ru", published=date(2021, 12, 8))
    return Extraction(document=doc, persons=(same_person,), agreements=(same_agreement,))


def as_stored(obj: Any, document_id: str) -> Any:
    """What the store gives back for a saved fact: every mention names its document."""
    found = tuple(dataclasses.replace(m, document=document_id) for m in obj.mentions)
    return dataclasses.replace(obj, mentions=found)
