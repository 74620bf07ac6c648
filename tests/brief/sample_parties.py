"""The sample's documents, partners, people and agreements (tests' own words)."""

from __future__ import annotations

from datetime import date, datetime

from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    Mention,
    Partner,
    PartnerLevel,
    Period,
    Person,
    Position,
    Sphere,
    make_id,
)

NOTE_DOC = "a1b2c3d4e5f60718"
NEWS_DOC = "0f1e2d3c4b5a6978"
TYPIST = "Иванова А.П."


def at(doc: str, start: int, end: int, rule: str = "hand_fixture") -> tuple[Mention, ...]:
    """One mention of a document."""
    return (Mention(start=start, end=end, rule=rule, document=doc),)


def unsourced() -> tuple[Mention, ...]:
    """A mention that names no document: what a bare extraction gives."""
    return (Mention(start=0, end=5, rule="hand_fixture"),)


def sample_partners() -> tuple[Partner, ...]:
    hand = {"entered_by": TYPIST}
    return (
        Partner(
            id="AZ",
            name="Азербайджан",
            name_en="Azerbaijan",
            aliases=("Азербайджанская Республика", "Republic of Azerbaijan"),
            country="AZ",
            **hand,
        ),
        Partner(
            id="AZ-ABS",
            name="Апшеронский район",
            name_en="Absheron District",
            level=PartnerLevel.DISTRICT,
            country="AZ",
            parent="AZ",
            **hand,
        ),
        Partner(
            id="AZ-BA",
            name="Баку",
            name_en="Baku",
            level=PartnerLevel.CITY,
            country="AZ",
            parent="AZ",
            **hand,
        ),
        Partner(
            id="BY",
            name="Беларусь",
            name_en="Belarus",
            aliases=("Республика Беларусь",),
            country="BY",
            **hand,
        ),
        Partner(
            id="BY-MA",
            name="Могилевская область",
            name_en="Mogilev Region",
            level=PartnerLevel.REGION,
            country="BY",
            parent="BY",
            **hand,
        ),
    )


def sample_documents() -> tuple[Document, ...]:
    return (
        Document(
            id=NOTE_DOC,
            path="notes/azerbaijan_2025.docx",
            title="Справка о сотрудничестве Астраханской области с Азербайджаном",
            format="docx",
            ingested_at=datetime(2025, 1, 20, 10, 0),  # noqa: DTZ001 - a fixed stamp
        ),
        Document(
            id=NEWS_DOC,
            path="news/baku_business_centre.html",
            title="Новости Астрахани: деловой центр в Баку",
            format="html",
            published=date(2025, 6, 9),
            ingested_at=datetime(2025, 6, 10, 9, 30),  # noqa: DTZ001 - a fixed stamp
        ),
    )


def sample_persons() -> tuple[Person, ...]:
    return (
        Person(
            id="person:governor",
            name="Бабушкин И.Ю.",
            full_name="Бабушкин Игорь Юрьевич",
            name_en="Igor Babushkin",
            gender="m",
            positions=(Position(title="Губернатор Астраханской области"),),
            mentions=at(NOTE_DOC, 10, 20),
        ),
        Person(
            id="person:minister",
            name="Прокофьева О.Н.",
            gender="f",
            positions=(Position(title="министр культуры Астраханской области"),),
            mentions=at(NOTE_DOC, 30, 40),
        ),
        Person(
            id="person:district_head",
            name="Фарзалиев А.А.",
            positions=(
                Position(
                    title="Глава Исполнительной власти Наримановского района Баку",
                    end=date(2021, 12, 31),
                ),
                Position(
                    title="Глава Исполнительной власти Апшеронского района",
                    start=date(2022, 1, 1),
                ),
            ),
            partner="AZ",
            mentions=at(NOTE_DOC, 50, 60),
        ),
        Person(
            id="person:president",
            name="Алиев И.Г.",
            name_en="Ilham Aliyev",
            positions=(Position(title="Президент Азербайджанской Республики"),),
            partner="AZ",
            mentions=at(NOTE_DOC, 70, 80),
        ),
        Person(
            id="person:ambassador",
            name="Гасанов Р.Т.",
            positions=(
                Position(
                    title="Чрезвычайный и Полномочный Посол Азербайджанской Республики"
                    " в Российской Федерации"
                ),
            ),
            partner="AZ",
            entered_by=TYPIST,
        ),
    )


def agreement(key: str, **fields: object) -> Agreement:
    return Agreement(id=make_id("agreement", key), **fields)  # type: ignore[arg-type]


def sample_agreements() -> tuple[Agreement, ...]:
    return (
        agreement(
            "programme",
            kind=AgreementKind.PROGRAMME,
            title="Программа совместных мероприятий Астраханской области и Азербайджанской"
            " Республики",
            signed="2024",
            period=Period(from_=2024, to=2026),
            status=AgreementStatus.BEING_IMPLEMENTED,
            partners=("AZ",),
            mentions=at(NOTE_DOC, 300, 420),
        ),
        agreement(
            "basic",
            kind=AgreementKind.AGREEMENT,
            title="Соглашение между Правительством Астраханской области и Правительством"
            " Азербайджанской Республики о торговом, научном и культурном сотрудничестве",
            signed="2011",
            status=AgreementStatus.IN_FORCE,
            partners=("AZ",),
            mentions=at(NOTE_DOC, 120, 290),
        ),
        agreement(
            "centres",
            kind=AgreementKind.MEMORANDUM,
            title="Меморандум о взаимодействии деловых центров",
            signed="2022-03-15",
            status=AgreementStatus.IN_FORCE,
            partners=("AZ-BA",),
            spheres=(Sphere.TRADE,),
            mentions=at(NEWS_DOC, 40, 90),
        ),
        agreement(
            "tourism",
            kind=AgreementKind.AGREEMENT,
            title="Соглашение о сотрудничестве в сфере туризма",
            signed="2021",
            status=AgreementStatus.IN_FORCE,
            replaces="Соглашения, действовавшего с 2005 г.",
            partners=("AZ",),
            spheres=(Sphere.TOURISM,),
            entered_by=TYPIST,
            entered_at=datetime(2024, 11, 5, 12, 0),  # noqa: DTZ001 - a fixed stamp
        ),
        agreement(
            "schools",
            kind=AgreementKind.AGREEMENT,
            title="Соглашение о партнерстве школ Наримановского района и Апшеронского района",
            signed="2023",
            status=AgreementStatus.SIGNED,
            partners=("AZ-ABS",),
            spheres=(Sphere.EDUCATION,),
            mentions=at(NOTE_DOC, 900, 980),
        ),
        agreement(
            "culture_old",
            kind=AgreementKind.MEMORANDUM,
            title="Меморандум о культурных обменах",
            signed="1999",
            status=AgreementStatus.SUPERSEDED,
            partners=("AZ",),
            spheres=(Sphere.CULTURE,),
            mentions=at(NOTE_DOC, 1000, 1040),
        ),
        agreement(
            "rumour",
            kind=AgreementKind.AGREEMENT,
            title="Соглашение, о котором нет документа",
            signed="2020",
            status=AgreementStatus.IN_FORCE,
            partners=("AZ",),
            mentions=unsourced(),
        ),
    )
