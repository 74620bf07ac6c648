"""Who takes part in a contact: not the people honoured, remembered or quoted; each with the
side the post states (home, or the partner a country, region or district names)."""

from __future__ import annotations

import pytest

from liaison.extract.context import Context
from liaison.extract.events import event_from_dated_bullet
from liaison.extract.honoured import is_honoured
from liaison.extract.persons import person_from_name
from liaison.extract.positions import side_of
from liaison.model import Event, Home

HEADING = "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"
VISIT = (
    "4 мая 2023 г., визит в Астраханскую область делегации Азербайджанской Республики во главе "
    "с заместителем Премьер-министра Азербайджанской Республики Мустафаевым Ш.А. "
)


def bullet_event(make_document, bullet: str) -> Event:
    """The event of a one-bullet chronology."""
    (event,) = event_from_dated_bullet(make_document(HEADING + f"· {bullet}\n"), Context())
    return event


@pytest.mark.parametrize(
    ("rest", "names"),
    [
        (
            "Участие в концерте, приуроченном к 100-летию со дня рождения Г.А. Алиева.",
            ["Мустафаев Ш.А."],
        ),
        (
            "Возложение цветов к памятнику Общенациональному лидеру азербайджанского народа "
            "Алиеву Г.А.",
            ["Мустафаев Ш.А."],
        ),
        (
            "Участие в вечере к 140-летию азербайджанского композитора Узеира Гаджибекова.",
            ["Мустафаев Ш.А."],
        ),
        ("Вручение премии имени Наримана Нариманова.", ["Мустафаев Ш.А."]),
        ("Турнир памяти олимпийского чемпиона Василия Кудинова.", ["Мустафаев Ш.А."]),
        (
            "Участие в конференции «Гейдар Алиев: наследие и современность».",
            ["Мустафаев Ш.А."],
        ),
        (
            "Возложение цветов к памятнику. Встреча с Губернатором Астраханской области "
            "Бабушкиным И.Ю.",
            ["Мустафаев Ш.А.", "Бабушкин И.Ю."],
        ),
        (
            "Встреча с главой муниципального образования «Городской округ «Город Астрахань» "
            "Полумордвиновым О.А.",
            ["Мустафаев Ш.А.", "Полумордвинов О.А."],
        ),
    ],
)
def test_honoured_and_quoted_people_do_not_take_part(
    make_document, rest: str, names: list[str]
) -> None:
    event = bullet_event(make_document, VISIT + rest)
    assert [p.name for p in event.participants] == names
    assert event.leader == "Мустафаев Ш.А."


def test_the_honoured_stay_persons_of_the_document(make_document) -> None:
    doc = make_document(HEADING + f"· {VISIT}Возложение цветов к памятнику Алиеву Г.А.\n")
    assert "Алиев Г.А." in {p.name for p in person_from_name(doc, Context())}
    assert "Алиев Г.А." not in {p.name for p in bullet_event(make_document, doc.text).participants}


@pytest.mark.parametrize(
    ("text", "name", "honoured"),
    [
        ("концерт к 100-летию со дня рождения Г.А. Алиева", "Г.А.", True),
        ("мероприятия в честь Гейдара Алиева", "Гейдара", True),
        ("к юбилею композитора Узеира Гаджибекова", "Узеира", True),
        ("турнир памяти Игоря Налевского", "Игоря", True),
        ("фестиваль «Встреча с Мустафой Ализаде»", "Мустафой", True),
        ("к 100-летию города. Губернатор Бабушкин И.Ю.", "Бабушкин", False),
        ("у памятника прошла встреча с Бабушкиным И.Ю.", "Бабушкиным", False),
        ("делегация во главе с Мустафаевым Ш.А.", "Мустафаевым", False),
    ],
)
def test_is_honoured(text: str, name: str, honoured: bool) -> None:
    assert is_honoured(text, text.index(name)) is honoured


@pytest.mark.parametrize(
    ("post", "side"),
    [
        ("заместитель Главы Исполнительной власти Апшеронского района", "AZ"),
        ("Глава Исполнительной власти Наримановского района Баку", "AZ"),
        ("заместитель Председателя Могилевского областного исполнительного комитета", "BY"),
        ("аким Атырауской области", "KZ"),
        ("хяким Балканского велаята", "TM"),
        ("Губернатор Астраханской области", "home"),
        ("глава муниципального образования «Наримановский муниципальный район Астраханской "
         "области»", "home"),
        ("министр внешних связей", None),
    ],
)  # fmt: skip
def test_side_of_a_post(post: str, side: str | None) -> None:
    assert side_of(post, Home()) == side


def test_participant_side_from_a_district_post(make_document) -> None:
    event = bullet_event(
        make_document,
        "25 августа 2023 г., визит делегации под руководством заместителя Главы Исполнительной "
        "власти Апшеронского района Рагимовой Г.В. в Астраханскую область.",
    )
    assert [(p.name, p.side) for p in event.participants] == [("Рагимова Г.В.", "AZ")]


@pytest.mark.parametrize("number", ["000", "001"])
def test_corpus_participants_with_a_post_have_a_side(corpus_document, number: str) -> None:
    events = list(event_from_dated_bullet(corpus_document(number), Context()))
    without = [(e.start, p.name) for e in events for p in e.participants if p.side is None]
    assert without == []


def test_corpus_honoured_people_are_not_participants(corpus_document) -> None:
    events = {
        e.start.isoformat(): e for e in event_from_dated_bullet(corpus_document("000"), Context())
    }
    for day, name in [
        ("2023-05-08", "Алиев Г.А."),
        ("2023-06-02", "Алиев Г.А."),
        ("2023-11-30", "Алиев Г.А."),
        ("2024-12-11", "Алиев Г.А."),
        ("2025-12-03", "Гаджибеков У."),
    ]:
        assert name not in {p.name for p in events[day].participants}, day
    assert {p.name: p.side for p in events["2023-08-25"].participants}["Рагимова Г.В."] == "AZ"
