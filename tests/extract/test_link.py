"""Partners of a contact are the foreign sides that take part, never its venue abroad; people
named in news take part with the side their post or words state."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.pipeline import Context, extract
from liaison.model import Event

NEWS = "О СОТРУДНИЧЕСТВЕ С АЗЕРБАЙДЖАНОМ\n\nСвязи России и Азербайджана крепнут год от года.\n\n"
NOTE = "СПРАВКА О СОТРУДНИЧЕСТВЕ С АЗЕРБАЙДЖАНОМ\n\nХРОНОЛОГИЯ КОНТАКТОВ\n\n"


def only_event(make_document, text: str, lang: str = "ru") -> Event:
    """The one event extracted (and linked) from ``text``."""
    (event,) = extract(make_document(text, lang=lang), Context()).events
    return event


@pytest.mark.parametrize(
    ("sentence", "partners", "place"),
    [
        (
            "Президенты России и Азербайджана провели переговоры 29 июня 2022 года в Ашхабаде "
            "(Туркмения).",
            ("AZ",),
            "Ашхабад",
        ),
        ("Лидеры встретились 16 сентября 2022 года в Самарканде.", ("AZ",), "Самарканд"),
        ("13 октября 2022 года лидеры встретились в Астане (Казахстан).", ("AZ",), "Астана"),
        ("12 октября 2023 года главы государств провели встречу в Бишкеке.", ("AZ",), "Бишкек"),
        ("Встреча министров прошла 1 марта 2024 года на полях форума в Турции.", ("AZ",), "Турция"),
        (
            "31 октября 2022 года в Сочи прошли переговоры с участием премьер-министра Армении "
            "Никола Пашиняна.",
            ("AZ", "AM"),
            "Сочи",
        ),
        ("5 марта 2024 года глава правительства посетил Баку.", ("AZ-BA",), "Баку"),
    ],
)
def test_news_contact_partners_are_sides_not_venues(
    make_document, sentence: str, partners: tuple[str, ...], place: str
) -> None:
    event = only_event(make_document, NEWS + sentence + "\n")
    assert (event.partners, event.place) == (partners, place)


@pytest.mark.parametrize(
    ("bullet", "partners"),
    [
        (
            "5 мая 2023 г., участие Губернатора Астраханской области Бабушкина И.Ю. в форуме в "
            "г. Ашхабаде (Туркменистан).",
            ("AZ",),
        ),
        ("6 мая 2023 г., визит делегации Астраханской области в Баку.", ("AZ-BA",)),
        (
            "7 мая 2023 г., встреча Губернатора Астраханской области Бабушкина И.Ю. с Послом "
            "Республики Казахстан в Российской Федерации Оспановым Б.М. (Москва).",
            ("KZ",),
        ),
        (
            "8 мая 2023 г., визит в Астраханскую область заместителя Главы Исполнительной власти "
            "Апшеронского района Рагимовой Г.В.",
            ("AZ-ABS",),
        ),
    ],
)
def test_chronology_contact_partners(make_document, bullet: str, partners: tuple[str, ...]) -> None:
    event = only_event(make_document, NOTE + f"· {bullet}\n")
    assert event.partners == partners


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "31 октября 2022 года в Сочи прошли переговоры с участием премьер-министра Армении "
            "Никола Пашиняна.",
            {"Пашинян Н.": "AM"},
        ),
        (
            "22 мая 2023 года в Баку состоялся концерт к 100-летию со дня рождения Г.А. Алиева.",
            {},
        ),
    ],
)
def test_news_participants_have_sides_and_leave_out_the_honoured(
    make_document, sentence: str, sides: dict[str, str]
) -> None:
    event = only_event(make_document, NEWS + sentence + "\n")
    assert {p.name: p.side for p in event.participants} == sides


def test_english_news_participants_sides_from_their_titles(make_document) -> None:
    text = (
        "The plan was signed by Azerbaijan’s Economy Minister Elnur Mammadov and Astrakhan "
        "region Governor Pavel Ivanov on March 4, 2024.\n"
    )
    event = only_event(make_document, text, lang="en")
    assert {p.name: p.side for p in event.participants} == {
        "Маммадов Э.": "AZ",
        "Иванов П.": "home",
    }


VENUES_ABROAD = {"TM", "TM-S", "UZ", "UZ-SA", "UZ-SA-SAMARKAND", "KZ", "KZ-AST", "KG", "KG-GB"}


def test_corpus_news_partners_are_not_host_countries(corpus_document) -> None:
    doc = corpus_document("003")
    events = {e.start.isoformat(): e for e in extract(doc, Context()).events}
    for day, place in [
        ("2022-06-29", "Ашхабад"),
        ("2022-09-16", "Самарканд"),
        ("2022-10-13", "Астана"),
        ("2023-10-12", "Бишкек"),
        ("2024-03-01", "Турция"),
    ]:
        assert (events[day].partners, events[day].place) == (("AZ",), place), day
    assert events["2022-10-31"].partners == ("AZ", "AM")  # Pashinyan takes part
    assert not any(set(e.partners) & (VENUES_ABROAD | {"TR", "AM-ER"}) for e in events.values())


def test_every_partner_a_fact_names_has_a_record(corpus_document) -> None:  # type: ignore[no-untyped-def]
    result = extract(corpus_document("001"), Context())
    records = {p.id for p in result.partners}
    named = {
        pid
        for kind in (result.agreements, result.events, result.facts)
        for item in kind
        for pid in item.partners
    }
    assert named <= records
    (brest,) = [p for p in result.partners if p.id == "BY-BR"]
    (mention,) = brest.mentions
    assert result.document.text[mention.start : mention.end].startswith("Брестск")


def test_a_routes_stops_are_not_the_contacts_partners(make_document) -> None:
    note = "СПРАВКА О СОТРУДНИЧЕСТВЕ С ИНДИЕЙ\n\nХРОНОЛОГИЯ КОНТАКТОВ\n\n"
    bullet = (
        "· 14.03.2023 – видеоконференция министра Астраханской области с Министерством портов "
        "Индии по развитию маршрута Мумбаи – Бандар-Аббас – Астрахань.\n"
    )
    assert only_event(make_document, note + bullet).partners == ("IN",)


def test_a_city_in_brackets_after_its_region_is_the_place(make_document) -> None:
    note = "СПРАВКА О СОТРУДНИЧЕСТВЕ С КАЗАХСТАНОМ\n\nХРОНОЛОГИЯ КОНТАКТОВ\n\n"
    bullet = "· 12 октября 2023 г. – визит делегации в Костанайскую область (г. Костанай).\n"
    event = only_event(make_document, note + bullet)
    assert (event.place, event.partners) == ("Костанай", ("KZ-KUS-KOSTANAY",))


def test_a_release_about_two_partners_gives_each_contact_its_own(make_document) -> None:
    text = (
        "Пресс-релиз министерства международных связей Астраханской области\n\n"
        "12 июня 2025 года губернатор Астраханской области Игорь Бабушкин провёл встречу с "
        "генеральным консулом Республики Казахстан в Астрахани Болатом Жаксылыковым.\n\n"
        "13 июня 2025 года в Астрахань прибыла делегация провинции Гилян Исламской Республики "
        "Иран во главе с генерал-губернатором Хади Хагшенасом. На следующий день стороны "
        "подписали Меморандум о сотрудничестве в области судостроения.\n\n"
        "Товарооборот Астраханской области с Ираном в 2024 году составил 520 млн долларов США."
    )
    found = extract(make_document(text, published=date(2025, 6, 16)), Context())
    assert [(e.start.isoformat(), e.partners[0]) for e in found.events] == [
        ("2025-06-12", "KZ"),
        ("2025-06-13", "IR-01"),
        ("2025-06-14", "IR"),
    ]
    # the day the sentence tells, not the one its paragraph opens with
    assert [(a.kind.value, a.signed) for a in found.agreements] == [("memorandum", "2025-06-14")]
