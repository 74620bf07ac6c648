"""A chronology line from a news sentence: the line's date replaces the sentence's own date
and its relative day; a call is written as a contact of two sides, never as a video link."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.brief.events import EventContext, event_line
from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Direction,
    Event,
    EventKind,
    Home,
    Mention,
    Participant,
)

DAY = date(2025, 3, 13)


def line(title: str, kind: EventKind = EventKind.MEETING, lang: str = "ru", **fields) -> str:
    source = (Mention(start=0, end=len(title) or 1, document="d"),)
    event = Event(
        id="event:x", kind=kind, start=DAY, end=DAY, title=title, mentions=source, **fields
    )
    return event_line(event, EventContext(home=Home()), lang)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "В четверг губернатор провёл встречу с консулом.",
            "13 марта 2025 г., губернатор провёл встречу с консулом.",
        ),
        (
            "13 марта 2025 года губернатор провёл встречу с консулом.",
            "13 марта 2025 г., губернатор провёл встречу с консулом.",
        ),
        (
            "На следующий день стороны подписали меморандум.",
            "13 марта 2025 г., стороны подписали меморандум.",
        ),
        # a note's bullet keeps its own separator
        (
            "13 марта 2025 г. – визит делегации в Баку.",
            "13 марта 2025 г. – визит делегации в Баку.",
        ),
        # a sub-item's day without its year is said once, with the year
        (
            "13 марта – видеоконференция министра с заместителем председателя.",
            "13 марта 2025 г. – видеоконференция министра с заместителем председателя.",
        ),
        (
            "13 марта губернатор встретился с консулом.",
            "13 марта 2025 г., губернатор встретился с консулом.",
        ),
        # a weekday inside the sentence goes too: the line's date says it
        (
            "Губернатор принял в четверг делегацию области.",
            "13 марта 2025 г., Губернатор принял делегацию области.",
        ),
    ],
)
def test_a_news_sentence_loses_its_own_day_words(title: str, expected: str) -> None:
    assert line(title) == expected


def test_a_call_built_from_fields_is_a_call_not_a_video_link() -> None:
    people = (
        Participant(name="Бабушкин И.Ю.", side="home", role="leader"),
        Participant(name="Килыбай Н.М.", side="KZ"),
    )
    fields = {"direction": Direction.REMOTE, "participants": people, "leader": "Бабушкин И.Ю."}
    russian = line("", EventKind.CALL, **fields)
    english = line("", EventKind.CALL, lang="en", **fields)
    assert "видеоконференц" not in russian and "videoconference" not in english
    assert russian.startswith("13 марта 2025 г., телефонный разговор Бабушкина И.Ю. с Килыбаем")
    assert "participation" not in english and " with " in english


def test_a_table_cells_date_range_gives_way_to_the_lines_own() -> None:
    assert line("16.09.2019 – 19.09.2019, Пребывание делегации в Баку.") == (
        "13 марта 2025 г., пребывание делегации в Баку."
    )


def test_a_sentence_opening_with_a_preposition_goes_on_in_lower_case() -> None:
    assert line("8 мая 2023 г., В Астраханскую область прибыла делегация.") == (
        "13 марта 2025 г., в Астраханскую область прибыла делегация."
    )


def test_a_signing_read_from_english_names_its_agreement_in_russian() -> None:
    plan = Agreement(
        id="agreement:plan",
        kind=AgreementKind.PLAN,
        title="plan of joint events for 2025-2026",
        status=AgreementStatus.SIGNED,
        mentions=(Mention(start=0, end=10, document="d"),),
    )
    signing = Event(
        id="event:s",
        kind=EventKind.SIGNING,
        start=DAY,
        end=DAY,
        title="The next day the governors signed a plan of joint events for 2025-2026.",
        agreements=("agreement:plan",),
        mentions=(Mention(start=0, end=10, document="d"),),
    )
    ctx = EventContext(home=Home(), agreements={plan.id: plan})
    russian = event_line(signing, ctx, "ru")
    assert russian == "13 марта 2025 г., подписание Плана мероприятий."
