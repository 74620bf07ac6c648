"""The sample's contacts, statements and figures (tests' own words)."""

from __future__ import annotations

from datetime import date

from liaison.model import (
    Direction,
    Event,
    EventKind,
    Fact,
    Indicator,
    Participant,
    Period,
    Sphere,
    make_id,
)
from tests.brief.sample_parties import NEWS_DOC, NOTE_DOC, TYPIST, at, unsourced


def event(key: str, start: date, end: date | None = None, **fields: object) -> Event:
    return Event(
        id=make_id("event", key, start.isoformat()),
        start=start,
        end=end or start,
        **fields,  # type: ignore[arg-type]
    )


def sample_events() -> list[Event]:
    governor = Participant(name="Бабушкин И.Ю.", role="leader", side="home")
    president = Participant(name="Алиев И.Г.", side="AZ")
    district_head = Participant(name="Фарзалиев А.А.", role="leader", side="AZ")
    return [
        event(
            "incoming-2019",
            date(2019, 9, 16),
            date(2019, 9, 19),
            kind=EventKind.VISIT,
            title="16-19 сентября 2019 г., визит в Астраханскую область делегации"
            " Азербайджанской Республики под руководством главы исполнительной власти"
            " Наримановского района Баку. Переговоры о поставках овощей.",
            direction=Direction.INCOMING,
            leader="Фарзалиев А.А.",
            participants=(district_head,),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 2000, 2200, "event_from_dated_bullet"),
        ),
        event(
            "outgoing-2019",
            date(2019, 12, 12),
            date(2019, 12, 13),
            kind=EventKind.VISIT,
            direction=Direction.OUTGOING,
            leader="Бабушкин И.Ю.",
            participants=(governor, president),
            partners=("AZ",),
            entered_by=TYPIST,
        ),
        event(
            "moscow-2020",
            date(2020, 9, 18),
            kind=EventKind.MEETING,
            direction=Direction.ELSEWHERE,
            place="Москва",
            leader="Бабушкин И.Ю.",
            participants=(governor, Participant(name="Гасанов Р.Т.", side="AZ")),
            partners=("AZ",),
            entered_by=TYPIST,
        ),
        event(
            "centre-2021",
            date(2021, 12, 6),
            date(2021, 12, 7),
            kind=EventKind.VISIT,
            title="Визит делегации Астраханской области в Баку, открытие делового центра"
            " и встреча с руководством республики",
            direction=Direction.OUTGOING,
            place="Баку",
            partners=("AZ-BA",),
            mentions=at(NEWS_DOC, 100, 220, "event_from_news"),
        ),
        event(
            "district-2022",
            date(2022, 5, 10),
            kind=EventKind.VISIT,
            direction=Direction.INCOMING,
            leader="Фарзалиев А.А.",
            participants=(district_head, governor),
            partners=("AZ-ABS",),
            mentions=at(NOTE_DOC, 2300, 2400, "event_from_dated_bullet"),
        ),
        event(
            "forum-2022",
            date(2022, 6, 30),
            date(2022, 7, 1),
            kind=EventKind.FORUM,
            direction=Direction.ELSEWHERE,
            place="Москва",
            participants=(Participant(name="Бабушкин И.Ю."),),
            partners=("AZ",),
            spheres=(Sphere.TRADE,),
            mentions=at(NOTE_DOC, 2500, 2600, "event_from_dated_bullet"),
        ),
        event(
            "culture-2023",
            date(2023, 9, 28),
            date(2023, 10, 2),
            kind=EventKind.VISIT,
            direction=Direction.OUTGOING,
            place="Баку",
            leader="Прокофьева О.Н.",
            participants=(Participant(name="Прокофьева О.Н.", role="leader"),),
            partners=("AZ-BA",),
            spheres=(Sphere.CULTURE,),
            mentions=at(NOTE_DOC, 2700, 2800, "event_from_dated_bullet"),
        ),
        event(
            "remote-2023",
            date(2023, 12, 28),
            date(2024, 1, 3),
            kind=EventKind.VIDEOCONFERENCE,
            direction=Direction.REMOTE,
            participants=(governor, district_head),
            partners=("AZ-ABS",),
            spheres=(Sphere.AGRICULTURE,),
            mentions=at(NOTE_DOC, 2900, 3000, "event_from_dated_bullet"),
        ),
        event(
            "signing-2024",
            date(2024, 3, 1),
            kind=EventKind.SIGNING,
            direction=Direction.INCOMING,
            participants=(governor, district_head),
            agreements=(make_id("agreement", "programme"),),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 3100, 3200, "event_from_dated_bullet"),
        ),
        event(
            "incoming-2025",
            date(2025, 5, 5),
            date(2025, 5, 7),
            kind=EventKind.VISIT,
            title="визит делегации Апшеронского района в Астраханскую область на"
            " сельскохозяйственную ярмарку",
            direction=Direction.INCOMING,
            partners=("AZ-ABS",),
            mentions=at(NEWS_DOC, 300, 400, "event_from_news"),
        ),
        event(
            "hearsay-2024",
            date(2024, 8, 1),
            kind=EventKind.MEETING,
            title="встреча, о которой нет документа",
            partners=("AZ",),
            mentions=unsourced(),
        ),
        event(
            "belarus-2024",
            date(2024, 4, 1),
            date(2024, 4, 2),
            kind=EventKind.VISIT,
            direction=Direction.OUTGOING,
            partners=("BY-MA",),
            mentions=at(NEWS_DOC, 500, 600, "event_from_news"),
        ),
    ]


def fact(key: str, sphere: Sphere, text: str, years: tuple[int, ...], **fields: object) -> Fact:
    return Fact(
        id=make_id("fact", key),
        sphere=sphere,
        text=text,
        years=years,
        **fields,  # type: ignore[arg-type]
    )


def sample_facts() -> tuple[Fact, ...]:
    return (
        fact(
            "exports",
            Sphere.TRADE,
            "В структуре вывоза преобладают рыба, зерно и судовое оборудование.",
            (),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 400, 470),
        ),
        fact(
            "centres",
            Sphere.TRADE,
            "Открыты деловые центры: азербайджанский в г. Астрахани и астраханский в Баку",
            (2018, 2021),
            partners=("AZ-BA",),
            mentions=at(NEWS_DOC, 10, 80),
        ),
        fact(
            "fairs",
            Sphere.TRADE,
            "На площадке делового центра прошли:\n- круглый стол о поставках зерна;\n"
            "- ярмарка астраханских рыбных консервов (2023 г.).",
            (2023,),
            partners=("AZ-BA",),
            mentions=at(NEWS_DOC, 90, 180),
        ),
        fact(
            "scholarship",
            Sphere.EDUCATION,
            "Учреждена именная стипендия для студентов астраханского университета",
            (2023,),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 600, 680),
        ),
        fact(
            "universities",
            Sphere.EDUCATION,
            "Университеты двух сторон ведут совместные исследования в области экологии Каспия.",
            (),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 690, 760),
        ),
        fact(
            "days",
            Sphere.CULTURE,
            "Прошли Дни культуры Астраханской области в Апшеронском районе (2022 г.).",
            (2022,),
            partners=("AZ-ABS",),
            mentions=at(NOTE_DOC, 1100, 1180),
        ),
        fact(
            "festival",
            Sphere.CULTURE,
            "Азербайджанские музыканты выступили на астраханском фестивале оперной музыки",
            (2022, 2023, 2024),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 1190, 1270),
        ),
        fact(
            "library",
            Sphere.CULTURE,
            "Русскому дому в Баку передана библиотека астраханских авторов",
            (2019,),
            partners=("AZ-BA",),
            entered_by=TYPIST,
        ),
        fact(
            "council",
            Sphere.COMPATRIOTS,
            "Губернатор встретился с советом русских общин Азербайджана",
            (2022,),
            partners=("AZ",),
            mentions=at(NOTE_DOC, 1300, 1380),
        ),
        fact(
            "donbass",
            Sphere.COMPATRIOTS,
            "Вместе с казачьим землячеством проведен сбор помощи детям",
            (2024,),
            partners=("AZ",),
            mentions=at(NEWS_DOC, 700, 770),
        ),
        fact(
            "rumour",
            Sphere.CULTURE,
            "Сведения без источника не попадают в справку",
            (2020,),
            partners=("AZ",),
            mentions=unsourced(),
        ),
    )


def sample_indicators() -> tuple[Indicator, ...]:
    return (
        Indicator(
            id=make_id("indicator", "companies"),
            metric="companies",
            value=20,
            unit="компаний",
            as_of=date(2025, 1, 1),
            partner="AZ",
            text="В области зарегистрировано 20 компаний с азербайджанским капиталом.",
            mentions=at(NOTE_DOC, 480, 560),
        ),
        Indicator(
            id=make_id("indicator", "students"),
            metric="students",
            value=950,
            unit="чел.",
            period=Period(from_=2025, to=2025),
            partner="AZ",
            scope="Граждане Азербайджана, обучающиеся в Астраханской области",
            mentions=at(NOTE_DOC, 800, 880),
        ),
        Indicator(
            id=make_id("indicator", "turnover"),
            metric="trade_turnover",
            value=350.5,
            unit="млн долл. США",
            period=Period(from_=2024, to=2024),
            partner="AZ",
            mentions=at(NEWS_DOC, 800, 860),
        ),
        Indicator(
            id=make_id("indicator", "fairs"),
            metric="events",
            value=2,
            partner="AZ-BA",
            text="ярмарка астраханских рыбных консервов",
            mentions=at(NEWS_DOC, 150, 175),
        ),
    )
