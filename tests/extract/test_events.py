"""Dated contacts: chronology bullets and dated sentences of news, with kind, direction,
place, leader and participants."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.context import Context
from liaison.extract.events import event_from_dated_bullet, undated_bullets
from liaison.extract.news import event_from_dated_sentence
from liaison.model import Direction, Event, EventKind

HEADING = "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"


def events_of(make_document, *bullets: str) -> list[Event]:
    """The events of a note whose chronology holds ``bullets``."""
    doc = make_document(HEADING + "".join(f"· {b}\n" for b in bullets))
    return list(event_from_dated_bullet(doc, Context()))


@pytest.mark.parametrize(
    ("bullet", "kind", "direction", "place", "leader"),
    [
        (
            "2 марта 2021 г., визит в Астраханскую область делегации Республики Беларусь под "
            "руководством первого заместителя Министра транспорта Республики Беларусь "
            "Ляхновича А.А. Переговоры с Губернатором Астраханской области Бабушкиным И.Ю.",
            EventKind.VISIT,
            Direction.INCOMING,
            "Астраханская область",
            "Ляхнович А.А.",
        ),
        (
            "4–6 мая 2022 г., визит делегации Астраханской области во главе с министром "
            "культуры Астраханской области Прокофьевой О.Н. в Республику Беларусь.",
            EventKind.VISIT,
            Direction.OUTGOING,
            "Беларусь",
            "Прокофьева О.Н.",
        ),
        (
            "9 июня 2022 г., визит Губернатора Астраханской области Бабушкина И.Ю. в Баку. "
            "Встреча с Премьер-министром Азербайджанской Республики Асадовым А.И.",
            EventKind.VISIT,
            Direction.OUTGOING,
            "Баку",
            "Бабушкин И.Ю.",
        ),
        (
            "1 июля 2022 г., визит делегации Азербайджанской Республики под руководством "
            "Главы Исполнительной власти Апшеронского района Фарзалиева А.А.",
            EventKind.VISIT,
            Direction.INCOMING,
            None,
            "Фарзалиев А.А.",
        ),
        (
            "12–13 сентября 2022 г., визит делегации Астраханской области в Азербайджанскую "
            "Республику. Переговоры Губернатора Астраханской области Бабушкина И.Ю. с "
            "Президентом Азербайджанской Республики Алиевым И.Г.",
            EventKind.VISIT,
            Direction.OUTGOING,
            "Азербайджан",
            "Бабушкин И.Ю.",
        ),
        (
            "3 октября 2022 г., участие делегации Астраханской области во главе с заместителем "
            "председателя Правительства Астраханской области Хадиковым К.А. в форуме "
            "(г. Минеральные Воды).",
            EventKind.FORUM,
            Direction.ELSEWHERE,
            "Минеральные Воды",
            "Хадиков К.А.",
        ),
        (
            "5 октября 2022 г., встреча Губернатора Астраханской области Бабушкина И.Ю. с "
            "Чрезвычайным и Полномочным Послом Азербайджанской Республики в Российской "
            "Федерации Поладом Бюльбюль оглы (Москва).",
            EventKind.MEETING,
            Direction.ELSEWHERE,
            "Москва",
            "Бабушкин И.Ю.",
        ),
        (
            "7 октября 2022 г., заседание рабочей группы под председательством Губернатора "
            "Астраханской области Бабушкина И.Ю. и Министра транспорта Республики Беларусь "
            "Авраменко А.Н. (в режиме видеоконференции).",
            EventKind.SESSION,
            Direction.REMOTE,
            None,
            "Бабушкин И.Ю.",
        ),
        (
            "8 октября 2022 г., конференция аграриев под председательством министра сельского "
            "хозяйства Астраханской области Пашаева Р.Ю. и заместителя Министра сельского "
            "хозяйства Азербайджанской Республики Зейналова Э. в формате видео-конференц-связи.",
            EventKind.CONFERENCE,
            Direction.REMOTE,
            None,
            "Пашаев Р.Ю.",
        ),
        (
            "10 октября 2022 г., участие Губернатора Астраханской области Бабушкина И.Ю. в "
            "форуме регионов в г. Гродно.",
            EventKind.FORUM,
            Direction.OUTGOING,
            "Гродно",
            "Бабушкин И.Ю.",
        ),
        (
            "12 октября 2022 г., заседание межправительственной комиссии в г. Астрахани под "
            "совместным председательством Заместителя Председателя Правительства Российской "
            "Федерации Оверчука А.Л. и Заместителя Премьер-министра Азербайджанской Республики "
            "Мустафаева Ш.А.",
            EventKind.SESSION,
            Direction.INCOMING,
            "Астрахань",
            "Оверчук А.Л.",
        ),
        (
            "14–16 октября 2022 г. в г. Астрахани прошла выставка-продажа белорусских товаров.",
            EventKind.EXHIBITION,
            Direction.INCOMING,
            "Астрахань",
            None,
        ),
        (
            "18 октября 2022 г. по итогам переговоров Губернатора Астраханской области "
            "Бабушкина И.Ю. в г. Могилеве прошла ярмарка астраханских товаров.",
            EventKind.FAIR,
            Direction.OUTGOING,
            "Могилев",
            None,
        ),
        (
            "20 октября 2022 г., участие главы администрации города Астрахани Полумордвинова "
            "О.А. в праздновании дня города Могилева.",
            EventKind.PARTICIPATION,
            Direction.OUTGOING,
            "Могилев",
            "Полумордвинов О.А.",
        ),
        (
            "22 октября 2022 г., визит министра спорта Астраханской области Ивашкиной Н.В. в "
            "Могилевскую область.",
            EventKind.VISIT,
            Direction.OUTGOING,
            "Могилевская область",
            "Ивашкина Н.В.",
        ),
        (
            "25 октября 2022 г., визит главы муниципального образования «Наримановский район "
            "Астраханской области» Редькина И.А. в Азербайджанскую Республику.",
            EventKind.VISIT,
            Direction.OUTGOING,
            "Азербайджан",
            "Редькин И.А.",
        ),
        (
            "27 октября 2022 г., встреча Губернатора Астраханской области Бабушкина И.Ю. с "
            "Послом Азербайджанской Республики в Российской Федерации Мустафаевым Р.С.",
            EventKind.MEETING,
            Direction.UNKNOWN,
            None,
            "Бабушкин И.Ю.",
        ),
        (
            # the initials end the governor's name, not the sentence: the place is the reception's
            "22.11.2024 – прием Губернатором Астраханской области Бабушкиным И.Ю. Генерального "
            "консула Китайской Народной Республики в г. Казани Сюэ Бина (г. Астрахань).",
            EventKind.MEETING,
            Direction.INCOMING,
            "Астрахань",
            "Сюэ Б.",
        ),
        (
            # the city in brackets at the end is where in the region the visit went
            "рабочий визит Губернатора Астраханской области Бабушкина И.Ю. в Андижанскую "
            "область; переговоры с хокимом области (г. Андижан, 8–10 октября 2024 г.).",
            EventKind.VISIT,
            Direction.OUTGOING,
            "Андижан",
            "Бабушкин И.Ю.",
        ),
    ],
)
def test_bullet_kind_direction_place_leader(
    make_document,
    bullet: str,
    kind: EventKind,
    direction: Direction,
    place: str | None,
    leader: str | None,
) -> None:
    (event,) = events_of(make_document, bullet)
    assert (event.kind, event.direction, event.place, event.leader) == (
        kind,
        direction,
        place,
        leader,
    )


def test_participants_have_their_posts_roles_and_sides(make_document) -> None:
    (event,) = events_of(
        make_document,
        "7 октября 2022 г., заседание рабочей группы под председательством Губернатора "
        "Астраханской области Бабушкина И.Ю. и Министра транспорта Республики Беларусь "
        "Авраменко А.Н. Встреча с Послом Республики Беларусь Крутым Д.Н.",
    )
    assert [(p.name, p.position, p.role, p.side) for p in event.participants] == [
        ("Бабушкин И.Ю.", "Губернатор Астраханской области", "co-chair", "home"),
        ("Авраменко А.Н.", "Министр транспорта Республики Беларусь", "co-chair", "BY"),
        ("Крутой Д.Н.", "Посол Республики Беларусь", "participant", "BY"),
    ]


def test_event_mention_is_the_bullet_and_its_title(make_document) -> None:
    doc = make_document(
        HEADING + "· 30 июня–1 июля 2022 г., участие делегации в форуме (Гродно).\n"
        "· 28 декабря 2023 г. – 3 января 2024 г., визит делегации в Минск.\n"
    )
    first, second = event_from_dated_bullet(doc, Context())
    (mention,) = first.mentions
    assert doc.text[mention.start : mention.end] == first.title
    assert first.title.startswith("30 июня–1 июля 2022 г.,") and first.title.endswith("(Гродно).")
    assert mention.rule == "event_from_dated_bullet"
    assert (first.start, first.end) == (date(2022, 6, 30), date(2022, 7, 1))
    assert (second.start, second.end) == (date(2023, 12, 28), date(2024, 1, 3))


def test_undated_chronology_bullet_is_kept_aside(make_document) -> None:
    doc = make_document(
        HEADING + "· 5 мая 2022 г., визит делегации в Минск.\n· Весной, визит делегации в Гродно.\n"
    )
    assert len(list(event_from_dated_bullet(doc, Context()))) == 1
    ((start, end),) = undated_bullets(doc)
    assert doc.text[start:end] == "Весной, визит делегации в Гродно."


def test_a_bullet_with_a_date_outside_the_chronology_is_an_event(make_document) -> None:
    doc = make_document(
        "В СФЕРЕ КУЛЬТУРЫ\n\n· 14 декабря 2024 г. в г. Могилеве прошёл концерт астраханских "
        "артистов.\n· Проводятся ярмарки (2023 г.).\n"
    )
    (event,) = event_from_dated_bullet(doc, Context())
    assert (event.kind, event.direction, event.place) == (
        EventKind.CONCERT,
        Direction.OUTGOING,
        "Могилев",
    )


def test_dated_sentences_of_news(make_document) -> None:
    doc = make_document(
        "20 февраля 2022 года президент посетил Москву. Обсуждались вопросы транспорта.\n\n"
        "Позже стороны встречались 29 июня в Ашхабаде; 16 сентября – в Астрахани.\n\n"
        "19 сентября 2023 года начался ремонт моста.\n"
    )
    events = list(event_from_dated_sentence(doc, Context()))
    assert [(e.start.isoformat(), e.kind, e.direction, e.place) for e in events] == [
        # state level: seen from the home country, a visit to Moscow comes in
        ("2022-02-20", EventKind.VISIT, Direction.INCOMING, "Москва"),
        ("2022-06-29", EventKind.MEETING, Direction.OUTGOING, "Ашхабад"),
        ("2022-09-16", EventKind.MEETING, Direction.INCOMING, "Астрахань"),
    ]
    assert events[0].title == "20 февраля 2022 года президент посетил Москву."
    assert events[2].title == "16 сентября – в Астрахани."


def test_english_news_date_relative_to_publication(make_document) -> None:
    doc = make_document(
        "The action plan was signed by the two ministers on December 7.",
        lang="en",
        published=date(2021, 12, 8),
    )
    (event,) = event_from_dated_sentence(doc, Context())
    assert (event.kind, event.start) == (EventKind.SIGNING, date(2021, 12, 7))


def test_english_chronology(make_document) -> None:
    doc = make_document(
        "CHRONOLOGY OF CONTACTS\n\n"
        "· 7 December 2021, visit of the Astrakhan Region delegation headed by Governor Igor "
        "Babushkin to Baku. Meeting with President Ilham Aliyev.\n"
        "· 10-11 March 2022, visit of the delegation of Azerbaijan to Astrakhan Region.\n",
        lang="en",
    )
    first, second = event_from_dated_bullet(doc, Context())
    assert (first.start, first.kind, first.direction, first.place, first.leader) == (
        date(2021, 12, 7),
        EventKind.VISIT,
        Direction.OUTGOING,
        "Баку",
        "Бабушкин И.",
    )
    assert [p.name for p in first.participants] == ["Бабушкин И.", "Алиев И."]
    assert (second.end, second.direction, second.place) == (
        date(2022, 3, 11),
        Direction.INCOMING,
        "Астраханская область",
    )


# The chronology of the note on Azerbaijan: 38 bullets, one over two lines.
AZ_EVENTS = [
    ("2019-09-16", "2019-09-19", Direction.INCOMING, "Фарзалиев А.А."),
    ("2019-11-22", "2019-11-23", Direction.ELSEWHERE, "Бабушкин И.Ю."),
    ("2019-12-12", "2019-12-13", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2020-09-18", "2020-09-18", Direction.ELSEWHERE, "Бабушкин И.Ю."),
    ("2021-09-09", "2021-09-10", Direction.INCOMING, None),
    ("2021-11-10", "2021-11-10", Direction.INCOMING, "Фарзалиев А.А."),
    ("2021-12-06", "2021-12-07", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2021-12-22", "2021-12-23", Direction.INCOMING, "Фарзалиев А.А."),
    ("2022-04-25", "2022-04-26", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2022-05-10", "2022-05-10", Direction.INCOMING, "Фарзалиев А.А."),
    ("2022-09-09", "2022-09-10", Direction.INCOMING, "Исмаилов А.М."),
    ("2022-10-26", "2022-10-26", Direction.OUTGOING, "Волынский И.А."),
    ("2022-11-17", "2022-11-17", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2022-12-07", "2022-12-08", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2022-12-11", "2022-12-13", Direction.INCOMING, "Фарзалиев А.А."),
    ("2023-04-08", "2023-04-10", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2023-04-17", "2023-04-17", Direction.INCOMING, "Фарзалиев А.А."),
    ("2023-05-08", "2023-05-08", Direction.INCOMING, "Мустафаев Ш.А."),
    ("2023-06-02", "2023-06-04", Direction.OUTGOING, "Прокофьева О.Н."),
    ("2023-07-06", "2023-07-06", Direction.ELSEWHERE, "Головков В.В."),
    ("2023-08-25", "2023-08-25", Direction.INCOMING, "Рагимова Г.В."),
    ("2023-09-17", "2023-09-20", Direction.INCOMING, "Исмаилов А.М."),
    ("2023-09-28", "2023-10-02", Direction.OUTGOING, "Редькин И.А."),
    ("2023-11-30", "2023-12-02", Direction.INCOMING, "Фарзалиев А.А."),
    ("2023-12-26", "2023-12-26", Direction.REMOTE, "Пашаев Р.Ю."),
    ("2024-02-28", "2024-02-28", Direction.ELSEWHERE, "Хадиков К.А."),
    ("2024-03-01", "2024-03-01", Direction.INCOMING, "Гурбанов Ф.И."),
    ("2024-05-06", "2024-05-06", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2024-05-09", "2024-05-11", Direction.INCOMING, "Фарзалиев А.А."),
    ("2024-08-16", "2024-08-17", Direction.INCOMING, "Мамедов Н.А."),
    ("2024-12-09", "2024-12-11", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2024-12-11", "2024-12-12", Direction.INCOMING, "Фарзалиев А.А."),
    ("2025-02-10", "2025-02-10", Direction.UNKNOWN, "Бабушкин И.Ю."),  # no place stated
    ("2025-03-17", "2025-03-17", Direction.UNKNOWN, "Бабушкин И.Ю."),  # no place stated
    ("2025-05-05", "2025-05-07", Direction.INCOMING, "Фарзалиев А.А."),
    ("2025-08-22", "2025-08-22", Direction.INCOMING, "Оверчук А.Л."),
    ("2025-08-29", "2025-08-30", Direction.INCOMING, "Мустафаев Р.С."),
    ("2025-12-03", "2025-12-04", Direction.INCOMING, "Мусатафаев Р.С."),  # typo kept
]

# The chronology of the note on Belarus: 28 bullets.
BY_EVENTS = [
    ("2019-07-15", "2019-07-17", Direction.INCOMING, "Гракун В.В."),
    ("2020-09-24", "2020-09-24", Direction.REMOTE, "Бабушкин И.Ю."),
    ("2020-09-29", "2020-09-29", Direction.REMOTE, "Бабушкин И.Ю."),
    ("2021-07-01", "2021-07-01", Direction.REMOTE, "Бабушкин И.Ю."),
    ("2021-12-02", "2021-12-03", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2022-03-23", "2022-03-25", Direction.INCOMING, "Ляхнович А.А."),
    ("2022-06-30", "2022-07-01", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2022-09-07", "2022-09-09", Direction.INCOMING, "Ляхнович А.А."),
    ("2022-10-26", "2022-10-27", Direction.INCOMING, "Головченко Р.А."),
    ("2023-02-16", "2023-02-17", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2023-03-19", "2023-03-22", Direction.INCOMING, "Страхар Р.Б."),
    ("2023-06-27", "2023-06-28", Direction.UNKNOWN, "Бабушкин И.Ю."),  # no place stated
    ("2023-07-01", "2023-07-03", Direction.OUTGOING, "Полумордвинов О.А."),
    ("2023-08-03", "2023-08-05", Direction.OUTGOING, "Ивашкина Н.В."),
    ("2023-09-18", "2023-09-19", Direction.INCOMING, "Шпаковский А.П."),
    ("2024-01-31", "2024-01-31", Direction.INCOMING, "Головченко Р.А."),
    ("2024-04-01", "2024-04-02", Direction.OUTGOING, "Головков В.В."),
    ("2024-05-20", "2024-05-21", Direction.INCOMING, "Ляхнович А.А."),
    ("2024-06-27", "2024-06-28", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2024-07-03", "2024-07-03", Direction.OUTGOING, "Гурьянова В.В."),
    ("2024-07-06", "2024-07-06", Direction.OUTGOING, "Прокофьева О.Н."),
    ("2024-09-02", "2024-09-06", Direction.INCOMING, None),
    ("2024-10-27", "2024-10-30", Direction.INCOMING, "Исаченко А.М."),
    ("2025-04-02", "2025-04-02", Direction.ELSEWHERE, "Бабушкин И.Ю."),
    ("2025-05-02", "2025-05-02", Direction.OUTGOING, "Бабушкин И.Ю."),
    ("2025-05-20", "2025-05-25", Direction.INCOMING, None),
    ("2025-08-27", "2025-08-31", Direction.OUTGOING, None),
    ("2025-09-08", "2025-09-12", Direction.INCOMING, None),
]


@pytest.mark.parametrize(("number", "expected"), [("000", AZ_EVENTS), ("001", BY_EVENTS)])
def test_corpus_chronology(corpus_document, number: str, expected: list[tuple]) -> None:
    doc = corpus_document(number)
    events = list(event_from_dated_bullet(doc, Context()))
    got = [(e.start.isoformat(), e.end.isoformat(), e.direction, e.leader) for e in events]
    assert got == expected
    assert undated_bullets(doc) == []
    chronology = doc.text.index("ХРОНОЛОГИЯ")
    for event in events:
        (mention,) = event.mentions
        assert mention.start > chronology
        words = doc.text[mention.start : mention.end]
        assert words[:2].strip()[0].isdigit() and words == words.strip()
        assert doc.text[mention.start - 2 : mention.start] == "· "
        assert " ".join(words.split()) == event.title
        assert doc.text[mention.end :].lstrip(" ").startswith("\n")  # the whole line


def test_corpus_places_and_kinds(corpus_document) -> None:
    az = {
        e.start.isoformat(): e for e in event_from_dated_bullet(corpus_document("000"), Context())
    }
    assert (az["2019-11-22"].place, az["2019-11-22"].kind) == ("Москва", EventKind.FORUM)
    assert az["2024-02-28"].place == "Минеральные Воды"
    assert az["2019-09-16"].place == "Астраханская область"
    assert az["2025-08-22"].kind == EventKind.SESSION
    last = az["2025-08-22"]
    assert "Мустафаев Р.С." in {p.name for p in last.participants}  # the line the export broke
    assert {p.role for p in last.participants if p.name in ("Оверчук А.Л.", "Мустафаев Ш.А.")} == {
        "co-chair"
    }
    by = {
        e.start.isoformat(): e for e in event_from_dated_bullet(corpus_document("001"), Context())
    }
    assert by["2022-06-30"].place == "Гродно"
    assert by["2020-09-24"].kind == EventKind.SESSION
    assert by["2025-05-20"].kind == EventKind.EXHIBITION
    assert by["2025-08-27"].kind == EventKind.FAIR


def test_corpus_news_events(corpus_document) -> None:
    events = list(event_from_dated_sentence(corpus_document("003"), Context()))
    by_day = {e.start.isoformat(): e for e in events}
    visit = by_day["2022-02-22"]
    assert (visit.kind, visit.place, visit.direction) == (
        EventKind.VISIT,
        "Москва",
        Direction.INCOMING,
    )
    assert by_day["2022-06-29"].place == "Ашхабад"  # the year comes from the February visit
    english = list(event_from_dated_sentence(corpus_document("004"), Context()))
    assert date(2021, 12, 7) in {e.start for e in english}


@pytest.mark.parametrize(
    ("bullet", "days"),
    [
        (
            "С 3 по 5 мая 2024 г. – пребывание делегации Ирана в г. Астрахани.",
            ("2024-05-03", "2024-05-05"),
        ),
        ("с 28 апреля по 2 мая 2023 года – визит в Ташкент.", ("2023-04-28", "2023-05-02")),
        ("2–3.11.2022 – участие в форуме (г. Оренбург).", ("2022-11-02", "2022-11-03")),
        ("14.03.2023 – встреча с послом Сербии.", ("2023-03-14", "2023-03-14")),
        ("14.03.2023–15.03.2023 – визит в Ташкент.", ("2023-03-14", "2023-03-15")),
        ("30.06–01.07.2024 – визит делегации в г. Казань.", ("2024-06-30", "2024-07-01")),
        ("С 14.03.2023 по 16.03.2023 – визит в Ташкент.", ("2023-03-14", "2023-03-16")),
        (
            "Рабочая видеоконференция с хокимом области (14 декабря 2024 г.).",
            ("2024-12-14", "2024-12-14"),
        ),
    ],
)
def test_bullet_dates_in_other_forms(make_document, bullet: str, days: tuple) -> None:
    (event,) = events_of(make_document, bullet)
    assert (event.start.isoformat(), event.end.isoformat()) == days


@pytest.mark.parametrize(
    ("bullet", "day", "place"),
    [
        ("Встреча с хокимом области (г. Ташкент, 21.10.2024).", "2024-10-21", "Ташкент"),
        (
            "Визит министра в Могилевскую область (12.09.2023, г. Могилев).",
            "2023-09-12",
            "Могилевская область",
        ),
        ("Переговоры с акимом области [05.06.2024].", "2024-06-05", None),
        ("Участие в форуме регионов (27–29 июня 2024 г., г. Казань).", "2024-06-27", "Казань"),
        # capitals and centres the gazetteer holds beside the countries' regions
        ("Визит делегации в Монголию (г. Улан-Батор, 03.07.2025).", "2025-07-03", "Улан-Батор"),
        ("Дни культуры области в Абхазии (Сухум, 28.06.2024).", "2024-06-28", "Сухум"),
        ("Встреча с акимом области (г. Уральск, 27.10.2023).", "2023-10-27", "Уральск"),
    ],
)
def test_a_bullet_closing_with_its_date_and_place_in_brackets(
    make_document, bullet: str, day: str, place: str | None
) -> None:
    (event,) = events_of(make_document, bullet)
    assert (event.start.isoformat(), event.place) == (day, place)


def test_a_sphere_statement_dated_at_its_end_is_not_a_contact(make_document) -> None:
    doc = make_document(
        "ХРОНОЛОГИЯ КОНТАКТОВ\n\n· 5 июня 2024 г., визит делегации в Баку.\n\n"
        "В сфере культуры\n\n· Прошли концерты оркестра в г. Гяндже (14 декабря 2024 г.).\n"
    )
    assert [e.start.isoformat() for e in event_from_dated_bullet(doc, Context())] == ["2024-06-05"]


@pytest.mark.parametrize(
    ("bullet", "leader"),
    [
        # a meeting at home with a visitor, or with a consul resident there: the partner's head
        (
            "14.03.2023 – встреча Губернатора Астраханской области Бабушкина И.Ю. с "
            "Генеральным консулом Республики Казахстан в г. Астрахани Сапаровым Р.К. "
            "(г. Астрахань).",
            "Сапаров Р.К.",
        ),
        # abroad: the home side's head, whoever else is named first
        (
            "5 июня 2024 г., переговоры министра экономики Республики Узбекистан Усманова Б.Т. "
            "и министра промышленности Астраханской области Ильина А.В. в г. Ташкенте.",
            "Ильин А.В.",
        ),
    ],
)
def test_the_side_that_travelled_leads(make_document, bullet: str, leader: str) -> None:
    (event,) = events_of(make_document, bullet)
    assert event.leader == leader


def test_a_person_named_without_a_post_takes_the_side_the_note_states_elsewhere(
    make_document,
) -> None:
    # The first item states who leads; the next names him bare, the last not at all.
    events = events_of(
        make_document,
        "С 4 по 6 июня 2024 г. делегация Астраханской области во главе с губернатором "
        "Петром Сергеевичем Ивановым находилась с визитом в Гилянской провинции.",
        "5 июня 2024 г. в Реште прошли переговоры Петра Иванова с губернатором провинции "
        "Гилян Ахмадом Карими.",
        "6 июня 2024 г. делегация посетила порт Энзели.",
    )
    _visit, talks, port = events
    assert talks.direction == Direction.OUTGOING
    assert talks.leader == "Иванов П.С."
    assert {p.name: p.side for p in talks.participants}["Иванов П.С."] == "home"
    assert (port.leader, [p.name for p in port.participants]) == ("Иванов П.С.", ["Иванов П.С."])
    assert port.direction == Direction.OUTGOING


def test_an_indented_item_is_a_day_of_the_trip_above_it(make_document) -> None:
    # Every item is a dash; the indented one tells a day of the forum above it, in a third
    # city, and names only the partner it met.
    doc = make_document(
        "Хронология контактов:\n"
        "- 10-12 сентября 2024 г. – участие делегации Астраханской области во главе с "
        "губернатором Астраханской области Ивановым П.С. в форуме регионов (г. Казань):\n"
        "  - 11 сентября 2024 г. – встреча с председателем Гродненского облисполкома "
        "Карповым Ю.Н.\n"
        "- 3 октября 2024 г. – видеоконференция с Гродненским облисполкомом.\n"
    )
    forum, meeting, call = event_from_dated_bullet(doc, Context())
    assert (forum.direction, forum.place) == (Direction.ELSEWHERE, "Казань")
    assert (meeting.direction, meeting.place) == (Direction.ELSEWHERE, "Казань")
    assert meeting.leader == "Иванов П.С."
    assert {p.name: p.role for p in meeting.participants} == {
        "Иванов П.С.": "leader",
        "Карпов Ю.Н.": "participant",
    }
    assert call.direction == Direction.REMOTE  # a top item of its own again


def test_a_state_signing_cited_for_reference_is_no_contact(make_document) -> None:
    doc = make_document(
        "СОГЛАШЕНИЯ\n\n"
        "· Соглашение между Правительством Астраханской области и Правительством "
        "провинции Гилян о сотрудничестве (2017 г.).\n\n"
        "Справочно: Договор об основах взаимоотношений между Российской Федерацией и "
        "Исламской Республикой Иран подписан 12 марта 2001 г. в Москве.\n\n"
        "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"
        "· 5 июня 2024 г. – переговоры губернатора Астраханской области Иванова П.С. с "
        "губернатором провинции Гилян Карими А. (г. Решт).\n",
        published=date(2024, 7, 1),
    )
    found = [*event_from_dated_sentence(doc, Context()), *event_from_dated_bullet(doc, Context())]
    assert [e.start.isoformat() for e in found] == ["2024-06-05"]


def test_a_state_signing_in_the_news_is_a_contact(make_document) -> None:
    doc = make_document(
        "17 января в Москве подписан Договор о всеобъемлющем стратегическом партнерстве "
        "между Российской Федерацией и Исламской Республикой Иран.",
        published=date(2025, 1, 18),
    )
    (signing,) = event_from_dated_sentence(doc, Context())
    assert (signing.kind, signing.start) == (EventKind.SIGNING, date(2025, 1, 17))


def test_an_item_whose_first_sentence_closes_with_its_date(make_document) -> None:
    (visit,) = events_of(
        make_document,
        "Визит Председателя Исполнительного комитета Гагаузии Иванова П.С. в Астраханскую "
        "область (22–24 сентября 2023 г.). Переговоры с Губернатором Астраханской области, "
        "посещение предприятий.",
    )
    assert (visit.start, visit.end) == (date(2023, 9, 22), date(2023, 9, 24))
    assert (visit.kind, visit.direction) == (EventKind.VISIT, Direction.INCOMING)


def test_a_sub_items_day_without_a_year_is_a_day_of_the_item_above(make_document) -> None:
    # Published in 2025; the sub-items tell days of the 2024 stay above them.
    doc = make_document(
        "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"
        "5. 16–18 апреля 2024 г. – пребывание в Астраханской области делегации Республики "
        "Абхазия во главе с министром экономики Республики Абхазия Ивановой А.С.:\n"
        "   17 апреля – переговоры с председателем Правительства Астраханской области;\n"
        "   18 апреля – участие делегации в деловом форуме (г. Астрахань).\n",
        published=date(2025, 9, 12),
    )
    found = [(e.start.isoformat(), e.leader) for e in event_from_dated_bullet(doc, Context())]
    assert found == [
        ("2024-04-16", "Иванова А.С."),
        ("2024-04-17", "Иванова А.С."),
        ("2024-04-18", "Иванова А.С."),
    ]


def test_a_year_heading_between_items_starts_its_year(make_document) -> None:
    doc = make_document(
        "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"
        "1. 18–20 октября 2021 г. – визит в г. Астрахань делегации Иссык-Кульской области.\n"
        "2. 2022 год:\n"
        "    – 14 апреля – видеоконференция министра экономического развития.\n"
        "    – 20–22 июля – участие делегации в форуме «Иссык-Куль» (г. Чолпон-Ата).\n",
        published=date(2024, 9, 1),
    )
    found = [(e.start.isoformat(), e.place) for e in event_from_dated_bullet(doc, Context())]
    assert found == [
        ("2021-10-18", "Астрахань"),
        ("2022-04-14", None),
        ("2022-07-20", "Чолпон-Ата"),
    ]
