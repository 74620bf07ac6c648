"""Contacts told in news: relative dates, one contact over several sentences, direction seen
from the home region or country, and the leader of the side that travelled."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.context import Context
from liaison.extract.events import event_from_dated_bullet
from liaison.extract.news import event_from_dated_sentence
from liaison.extract.relative_dates import find_relative, place
from liaison.model import Direction, Event, EventKind

FRIDAY = date(2024, 3, 15)


def news(make_document, text: str, lang: str = "ru", published: date | None = FRIDAY) -> list:
    """The contacts of a news item published on ``published``."""
    doc = make_document(text, lang=lang, published=published)
    return list(event_from_dated_sentence(doc, Context()))


def days(events: list[Event]) -> list[tuple[str, str]]:
    """Start and end of each event, ISO."""
    return [(e.start.isoformat(), e.end.isoformat()) for e in events]


def kinds_and_days(events: list[Event]) -> list[tuple[EventKind, str, str]]:
    """Kind, start and end of each event, ISO."""
    return [(e.kind, e.start.isoformat(), e.end.isoformat()) for e in events]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("в пятницу", "2024-03-15"),  # the day of publication itself
        ("во вторник", "2024-03-12"),
        ("в воскресенье", "2024-03-10"),
        ("On Thursday", "2024-03-14"),
        ("on Monday", "2024-03-11"),
        ("вчера", "2024-03-14"),
        ("yesterday", "2024-03-14"),
        ("сегодня", "2024-03-15"),
    ],
)
def test_days_relative_to_publication(words: str, expected: str) -> None:
    (found,) = find_relative(f"Делегация прибыла {words} утром")
    value = place(found, FRIDAY, None)
    assert value is not None and value.iso() == expected


def test_relative_dates_without_an_anchor_are_not_placed() -> None:
    (found,) = find_relative("В пятницу стороны встретились")
    assert place(found, None, None) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В четверг губернатор Астраханской области Иван Петров встретился с послом "
            "Республики Казахстан Нурланом Ахметовым.",
            "ru",
            [("2024-03-14", "2024-03-14")],
        ),
        (
            "Yesterday the Governor of the Astrakhan Region met the Consul General of Iran.",
            "en",
            [("2024-03-14", "2024-03-14")],
        ),
        (
            "Делегация Астраханской области находится с рабочим визитом в Баку 13–14 марта. "
            "В заключительный день визита стороны подписали соглашение о сотрудничестве.",
            "ru",
            [("2024-03-13", "2024-03-14"), ("2024-03-14", "2024-03-14")],
        ),
        (
            "On March 12 the delegation arrived in Tashkent. The next day the sides held talks "
            "and signed a roadmap.",
            "en",
            [("2024-03-12", "2024-03-12"), ("2024-03-13", "2024-03-13")],
        ),
        (
            "11 марта министр посетил порт Оля. Накануне он провёл переговоры в Астрахани.",
            "ru",
            [("2024-03-11", "2024-03-11"), ("2024-03-10", "2024-03-10")],
        ),
    ],
)
def test_contacts_on_relative_days(make_document, text: str, lang: str, expected: list) -> None:
    assert days(news(make_document, text, lang)) == expected


def test_following_sentences_add_to_the_contact_they_continue(make_document) -> None:
    events = news(
        make_document,
        "Во вторник губернатор Астраханской области встретился с делегацией Туркменистана. "
        "Стороны обсудили развитие морских перевозок. В ходе встречи был подписан меморандум.",
    )
    assert days(events) == [("2024-03-12", "2024-03-12")]
    assert len(events[0].mentions) == 3


def test_a_year_alone_is_a_recollection_not_a_contact(make_document) -> None:
    events = news(
        make_document,
        "В пятницу губернатор встретился с послом Ирана. "
        "В прошлом году губернатор посетил Тегеран. В 2022 году стороны подписали соглашение.",
    )
    assert days(events) == [("2024-03-15", "2024-03-15")]


def test_a_dated_lead_without_a_day_tells_the_day_of_publication(make_document) -> None:
    events = news(make_document, "Губернатор Астраханской области принял посла Армении.")
    assert days(events) == [("2024-03-15", "2024-03-15")]
    assert news(make_document, "Губернатор принял посла Армении.", published=None) == []


@pytest.mark.parametrize(
    ("text", "direction", "place"),
    [
        ("В пятницу делегация Астраханской области прибыла в Ереван.", "outgoing", "Ереван"),
        ("В пятницу в Астрахани прошли переговоры с делегацией Ирана.", "incoming", "Астрахань"),
        (
            "В пятницу в Москве губернатор Астраханской области встретился с послом Ирана.",
            "elsewhere",
            "Москва",
        ),
        (
            "В пятницу состоялся телефонный разговор губернатора Астраханской области с "
            "хокимом Самаркандской области.",
            "remote",
            None,
        ),
        # state level, seen from the home country: a visit to Moscow comes in
        ("В пятницу президент Азербайджана посетил Москву.", "incoming", "Москва"),
        ("В пятницу президент России посетил Баку.", "outgoing", "Баку"),
    ],
)
def test_direction_from_the_home_region_or_country(
    make_document, text: str, direction: str, place: str | None
) -> None:
    (event,) = news(make_document, text)
    assert (event.direction.value, event.place) == (direction, place)


@pytest.mark.parametrize(
    ("text", "direction", "place"),
    [
        (
            "On Friday President Vladimir Putin held talks with the President of Kyrgyzstan "
            "Sadyr Japarov in the Kremlin.",
            "incoming",
            "Москва",
        ),
        (
            "On Friday the Governor of the Astrakhan Region was in Kazan for a forum.",
            "elsewhere",
            "Казань",
        ),
        ("On Friday a delegation from Mangystau arrived in Astrakhan.", "incoming", "Астрахань"),
        (
            "On Friday a delegation of Iran arrived in the Astrakhan Region.",
            "incoming",
            "Астраханская область",
        ),
        (
            "On Friday the governor of the Astrakhan Region spoke by phone with the akim of "
            "Mangystau.",
            "remote",
            None,
        ),
        (
            "В пятницу губернатор Астраханской области поговорил по телефону с акимом "
            "Мангистауской области.",
            "remote",
            None,
        ),
    ],
)
def test_english_places_and_calls(
    make_document, text: str, direction: str, place: str | None
) -> None:
    (event,) = news(make_document, text, lang="en" if text.isascii() else "ru")
    assert (event.direction.value, event.place) == (direction, place)


def test_the_head_of_the_visiting_side_leads(make_document) -> None:
    text = (
        "В пятницу в Астрахани губернатор Астраханской области Бабушкин И.Ю. принял "
        "Чрезвычайного и Полномочного Посла Республики Узбекистан Усманова Б.Т."
    )
    (event,) = news(make_document, text)
    assert event.direction == Direction.INCOMING
    assert event.leader == "Усманов Б.Т."
    assert {p.name: p.side for p in event.participants} == {
        "Бабушкин И.Ю.": "home",
        "Усманов Б.Т.": "UZ",
    }


def test_a_delegation_is_led_by_whom_it_names(make_document) -> None:
    text = (
        "On Thursday in Yerevan, the Deputy Prime Minister of Armenia received a delegation "
        "of the Astrakhan Region led by Governor Igor Babushkin."
    )
    (event,) = news(make_document, text, lang="en")
    assert (event.kind, event.direction, event.place) == (
        EventKind.MEETING,
        Direction.OUTGOING,
        "Ереван",
    )
    assert event.leader in ("Igor Babushkin", "Бабушкин И.")


def test_taking_part_is_not_a_reception(make_document) -> None:
    (event,) = news(
        make_document, "В пятницу губернатор Астраханской области принял участие в форуме в Казани."
    )
    # taking part in a forum is the forum, as a note's 'участие в выставке' is the exhibition
    assert (event.kind, event.direction) == (EventKind.FORUM, Direction.ELSEWHERE)


def test_a_visit_of_several_days_from_its_first(make_document) -> None:
    events = news(
        make_document,
        "A delegation of the Astrakhan Region arrived in Baku on Tuesday for a three-day visit.",
        lang="en",
    )
    assert days(events) == [("2024-03-12", "2024-03-14")]


def test_a_chronology_grouped_by_year_dates_its_items(make_document) -> None:
    doc = make_document(
        "Контакты\n\n2023 год\n– 16 февраля – встреча с послом Ирана.\n\n"
        "2024 год\n– 5 июня – визит делегации в Тегеран.\n"
    )
    found = list(event_from_dated_bullet(doc, Context()))
    assert days(found) == [("2023-02-16", "2023-02-16"), ("2024-06-05", "2024-06-05")]
    assert news(make_document, doc.text) == []  # the bullet rule's, not told twice


def test_year_lines_under_a_label_without_blank_lines(make_document) -> None:
    """A label written as a sentence opens the chronology, and a year line that no blank
    line sets apart still heads its items rather than joining the first one."""
    doc = make_document(
        "Контакты последних лет.\n2023 год\n14.03.2023 (видеосвязь). Министр обсудил с "
        "послом Ирана поставки зерна.\n"
        "2024 год\n17–21 мая. Делегация области приняла участие в выставке в г. Тегеране.\n"
        "9 июля. Губернатор области провёл переговоры с послом Ирана.\n"
    )
    found = list(event_from_dated_bullet(doc, Context()))
    assert days(found) == [
        ("2023-03-14", "2023-03-14"),
        ("2024-05-17", "2024-05-21"),
        ("2024-07-09", "2024-07-09"),
    ]
    assert [(e.kind.value, e.direction.value, e.place) for e in found] == [
        ("videoconference", "remote", None),
        ("exhibition", "outgoing", "Тегеран"),
        ("negotiations", "unknown", None),
    ]


def test_the_delegation_received_later_is_led_by_whom_the_item_named(make_document) -> None:
    text = (
        "A delegation of Kazakhstan's Mangystau Region led by Akim Nurlan Nogayev is "
        "visiting the Astrakhan Region this week.\n\n"
        "On Wednesday Astrakhan Governor Igor Babushkin received the delegation in Astrakhan."
    )
    reception = next(e for e in news(make_document, text, lang="en") if e.kind.value == "meeting")
    assert (reception.direction, reception.leader) == (Direction.INCOMING, "Ногаев Н.")
    assert {p.name for p in reception.participants} == {"Бабушкин И.", "Ногаев Н."}


def test_a_person_named_by_the_post_alone_is_the_one_named_before(make_document) -> None:
    text = (
        "В среду губернатор Астраханской области Игорь Бабушкин принял в Астрахани "
        "Чрезвычайного и Полномочного Посла Республики Таджикистан в Российской Федерации "
        "Давлатшоха Гулмахмадзода.\n\nВо вторник посол посетил Астраханский университет."
    )
    reception, visit = sorted(news(make_document, text), key=lambda e: e.start, reverse=True)
    assert reception.leader == "Гулмахмадзода Д."
    assert (visit.start, visit.leader) == (date(2024, 3, 12), "Гулмахмадзода Д.")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("в среду и четверг", "ru"),
        ("со среды по четверг", "ru"),
        ("on Wednesday and Thursday", "en"),
        ("from Wednesday to Thursday", "en"),
    ],
)
def test_two_weekdays_are_one_stretch(make_document, words: str, lang: str) -> None:
    text = (
        f"Делегация Астраханской области {words} посетила Мангистаускую область."
        if lang == "ru"
        else f"A delegation of the Astrakhan Region visited Mangystau {words}."
    )
    (visit,) = news(make_document, text, lang=lang)
    assert days([visit]) == [("2024-03-13", "2024-03-14")]


def test_talks_the_day_after_an_arrival_abroad_are_part_of_that_visit(make_document) -> None:
    text = (
        "Губернатор Астраханской области Игорь Бабушкин в среду прибыл в Ашхабад с рабочим "
        "визитом. В четверг Бабушкин провёл переговоры с хякимом Балканского велаята."
    )
    visit, talks = news(make_document, text)
    assert (visit.start, visit.place) == (date(2024, 3, 13), "Ашхабад")
    assert (talks.start, talks.direction, talks.place) == (
        date(2024, 3, 14),
        Direction.OUTGOING,
        "Ашхабад",
    )


def test_the_visitor_received_by_name_of_his_post_leads_in_english(make_document) -> None:
    text = (
        "A delegation of Uzbekistan's Andijan Region led by Khokim Shukhratbek Abdurakhmonov "
        "arrived in the Astrakhan Region on Tuesday for a three-day visit.\n\n"
        "On Wednesday the khokim was received by Astrakhan Governor Igor Babushkin."
    )
    visit, reception = news(make_document, text, lang="en")
    assert (visit.start, visit.end) == (date(2024, 3, 12), date(2024, 3, 14))
    assert (reception.direction, reception.leader) == (Direction.INCOMING, "Абдурахмонов Ш.")
    assert reception.place == visit.place


def test_the_day_after_an_arrival_verb_dates_the_arrival(make_document) -> None:
    text = (
        "A delegation of the Astrakhan Region arrived in Aktau on Tuesday, March 12, for two "
        "days of talks with the leadership of the Mangystau Region."
    )
    (visit,) = news(make_document, text, lang="en")
    assert (visit.kind, visit.start, visit.end) == (
        EventKind.VISIT,
        date(2024, 3, 12),
        date(2024, 3, 13),
    )


def test_a_visit_that_ended_yesterday_ended_then(make_document) -> None:
    text = "Вчера завершился трёхдневный визит делегации Навоийской области в Астрахань."
    assert days(news(make_document, text)) == [("2024-03-12", "2024-03-14")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The next meeting of the commission is planned for June in Astrakhan, the "
            "governor's office said on Wednesday.",
            "en",
        ),
        ("В пятницу стало известно, что визит губернатора в Баку состоится в октябре.", "ru"),
    ],
)
def test_a_contact_still_to_come_is_no_event(make_document, text: str, lang: str) -> None:
    assert news(make_document, text, lang=lang) == []


def test_the_eve_of_talks_is_not_the_talks(make_document) -> None:
    text = (
        "В среду губернатор Астраханской области провёл переговоры с хокимом Навоийской "
        "области. Накануне переговоров делегация посетила порт Оля."
    )
    talks, port = news(make_document, text)
    assert (talks.kind, port.kind, port.start) == (
        EventKind.NEGOTIATIONS,
        EventKind.VISIT,
        date(2024, 3, 12),
    )


def test_the_last_day_of_a_visit_is_where_the_visit_was(make_document) -> None:
    visit, signing = news(
        make_document,
        "13–14 марта Астраханскую область с рабочим визитом посетила делегация Мангистауской "
        "области. В заключительный день визита стороны подписали план мероприятий.",
    )
    assert (visit.direction, visit.place) == (Direction.INCOMING, "Астраханская область")
    assert (signing.kind, signing.start, signing.direction) == (
        EventKind.SIGNING,
        date(2024, 3, 14),
        Direction.INCOMING,
    )


def test_a_bare_governor_in_an_item_about_home_is_home(make_document) -> None:
    (event,) = news(
        make_document,
        "Сегодня в Астрахани губернатор Иван Петров встретился с Послом Республики Узбекистан "
        "в Российской Федерации Ботиром Каримовым.",
    )
    assert {p.name: p.side for p in event.participants} == {"Петров И.": "home", "Каримов Б.": "UZ"}
    assert event.leader == "Каримов Б."


@pytest.mark.parametrize(
    ("words", "expected"),
    [("5 ноября прошлого года", "2023-11-05"), ("5 March this year", "2024-03-05")],
)
def test_a_day_whose_year_is_told_in_words(make_document, words: str, expected: str) -> None:
    lang = "ru" if "года" in words else "en"
    verb = "провёл переговоры в Баку" if lang == "ru" else "held talks in Baku on"
    (event,) = news(make_document, f"Губернатор {verb} {words}.", lang=lang)
    assert event.start.isoformat() == expected


def test_the_next_day_counts_from_the_contact_not_the_date_line(make_document) -> None:
    """A first line 'date …' is the publication's: 'the next day' is the day after Tuesday's
    meeting, not after the item appeared."""
    text = (
        "date 2025-06-12\n\n"
        "Governor Igor Babushkin met Vice Governor Wang Xiaoming in Nanjing on Tuesday. "
        "Chen Jianguo, mayor of Wuxi, received the delegation the next day.\n"
    )
    found = news(make_document, text, lang="en", published=date(2025, 6, 12))
    assert days(found) == [("2025-06-10", "2025-06-10"), ("2025-06-11", "2025-06-11")]


def test_a_visit_that_will_last_two_days_and_its_city_named_by_the_capital(make_document) -> None:
    """'прибыл накануне с визитом, который продлится два дня' is a two-day visit from the
    eve, and 'в казахстанскую столицу' is Astana."""
    text = (
        "АСТАНА, 28 ноября. Президент России Владимир Путин и Президент Казахстана Касым-Жомарт "
        "Токаев провели переговоры. Путин прибыл в казахстанскую столицу накануне с "
        "государственным визитом, который продлится два дня.\n"
    )
    found = news(make_document, text, published=date(2024, 11, 28))
    visit = next(e for e in found if e.kind == EventKind.VISIT)
    assert (visit.start, visit.end) == (date(2024, 11, 27), date(2024, 11, 28))
    assert visit.place == "Астана"


def test_one_clause_tells_a_visit_and_the_talks_within_it(make_document) -> None:
    """Talks on Tuesday 'on the second day of a three-day visit that began when the
    governor landed on Monday' are two contacts: the visit from Monday, the talks that day."""
    text = (
        "ASTANA, March 13 - Governor Igor Babushkin held talks with the akim of the Atyrau "
        "Region in Atyrau on Wednesday, the second day of a three-day visit that began when "
        "the governor landed in the city on Tuesday.\n"
    )
    found = news(make_document, text, lang="en", published=date(2024, 3, 13))
    assert kinds_and_days(found) == [
        (EventKind.VISIT, "2024-03-12", "2024-03-14"),
        (EventKind.NEGOTIATIONS, "2024-03-13", "2024-03-13"),
    ]


def test_visitors_who_came_for_two_days_make_a_visit_around_the_talks(make_document) -> None:
    """'Делегация прибыла в Астрахань на два дня' after Thursday's talks is a visit from
    Thursday to Friday, and Friday's signing took place during it, where it was."""
    text = (
        "Губернатор Игорь Бабушкин в четверг провёл переговоры с акимом Атырауской области "
        "Серикем Шапкеновым. Казахстанская делегация прибыла в Астрахань на два дня.\n\n"
        "Сегодня стороны подписали план мероприятий на 2025 год.\n"
    )
    found = news(make_document, text)
    assert kinds_and_days(found) == [
        (EventKind.VISIT, "2024-03-14", "2024-03-15"),
        (EventKind.NEGOTIATIONS, "2024-03-14", "2024-03-14"),
        (EventKind.SIGNING, "2024-03-15", "2024-03-15"),
    ]
    assert found[2].place == "Астрахань"


def test_the_delegation_received_later_is_led_by_the_head_named_before_his_long_post(
    make_document,
) -> None:
    """'headed by Deputy Chairman of the … Committee Viktor Gavrilenko': the cue stands
    before the post, and the delegation received the next day is still his."""
    text = (
        "A delegation of the Vitebsk Region headed by Deputy Chairman of the Vitebsk Regional "
        "Executive Committee Viktor Gavrilenko visited the Astrakhan Region on 11–12 March. "
        "On 12 March the delegation was received by Vice-Governor Dmitry Afanasyev. "
        "An exposition of Vitebsk furniture opened at the Astrakhan exhibition centre "
        "on 11 March.\n"
    )
    found = {e.kind: e for e in news(make_document, text, lang="en")}
    assert found[EventKind.MEETING].leader == "Гавриленко В."
    assert found[EventKind.EXHIBITION].place == "Астрахань"


def test_a_visits_first_day_told_as_a_visit_is_the_visit_and_a_recalled_one_counts(
    make_document,
) -> None:
    """'В первый день гости побывали на заводе' goes on with the visit; 'посещала Брест 5
    мая 2022 года' is a visit of its own, to Brest."""
    text = (
        "11–12 марта Астраханскую область посетила делегация Брестской области. "
        "В первый день гости побывали на судоверфи.\n\n"
        "Делегация Астраханской области посещала Брест 5 мая 2022 года.\n"
    )
    found = news(make_document, text)
    assert [(e.start.isoformat(), e.end.isoformat(), e.place) for e in found] == [
        ("2024-03-11", "2024-03-12", "Астраханская область"),
        ("2022-05-05", "2022-05-05", "Брест"),
    ]


def test_today_in_a_clause_about_whom_they_met_does_not_date_the_meeting(make_document) -> None:
    """'встретился со студентами в университете, где сегодня учатся …' tells what is so
    today, not that the meeting was today: it goes on with Wednesday's visit."""
    text = (
        "В среду Посол Индии Винай Кумар находился в Астраханской области с рабочим визитом. "
        "Посол также встретился со студентами в университете, где сегодня учатся "
        "1,5 тысячи граждан Индии.\n"
    )
    assert days(news(make_document, text)) == [("2024-03-13", "2024-03-13")]


def test_a_meeting_on_the_sidelines_of_a_session_is_a_contact_of_its_own(make_document) -> None:
    """'На полях заседания губернатор встретился с …' is a meeting the day of the session,
    not more words about the session."""
    text = (
        "Заседание межправительственной комиссии России и Казахстана прошло вчера в "
        "Астрахани.\n\nНа полях заседания губернатор Игорь Бабушкин встретился с акимом "
        "Атырауской области Серикем Шапкеновым.\n"
    )
    found = news(make_document, text)
    assert [(e.kind, e.start.isoformat()) for e in found] == [
        (EventKind.SESSION, "2024-03-14"),
        (EventKind.MEETING, "2024-03-14"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ambassador of Serbia arrived in Astrakhan yesterday for a two-day visit and "
            "was received by Governor Igor Babushkin.",
            [
                (EventKind.VISIT, "2024-03-14", "2024-03-15"),
                (EventKind.MEETING, "2024-03-14", "2024-03-14"),
            ],
        ),
        (
            "On Thursday the two sides signed a roadmap and opened a business forum.",
            [
                (EventKind.SIGNING, "2024-03-14", "2024-03-14"),
                (EventKind.FORUM, "2024-03-14", "2024-03-14"),
            ],
        ),
        (
            "The President of Turkmenistan on Thursday received Governor Igor Babushkin, who "
            "led a regional delegation to Ashgabat on March 13-14.",
            [
                (EventKind.VISIT, "2024-03-13", "2024-03-14"),
                (EventKind.MEETING, "2024-03-14", "2024-03-14"),
            ],
        ),
        (
            "Governor Igor Babushkin held a video conference with the akim on Thursday.",
            [(EventKind.VIDEOCONFERENCE, "2024-03-14", "2024-03-14")],
        ),
    ],
)
def test_a_clause_tells_each_contact_it_names_once(make_document, text: str, expected) -> None:
    """An arrival and the reception that day, a signing and the forum opened with it, a
    reception and the trip of the delegation it names: two contacts; 'video conference' one."""
    found = news(make_document, text, lang="en")
    assert kinds_and_days(found) == expected


def test_a_stay_of_visitors_is_a_visit_and_a_concert_that_day_an_event_of_its_own(
    make_document,
) -> None:
    """'С 11 по 13 марта в области находилась делегация' is a visit; 'В тот же день
    состоялся концерт' after a reception is a concert, not more about the reception."""
    text = (
        "С 11 по 13 марта в Астраханской области находилась делегация Брестской области.\n\n"
        "12 марта делегацию принял губернатор Игорь Бабушкин.\n\n"
        "В тот же день в театре оперы и балета состоялся концерт артистов Беларуси.\n"
    )
    found = news(make_document, text)
    assert kinds_and_days(found) == [
        (EventKind.VISIT, "2024-03-11", "2024-03-13"),
        (EventKind.MEETING, "2024-03-12", "2024-03-12"),
        (EventKind.CONCERT, "2024-03-12", "2024-03-12"),
    ]


def test_where_a_factory_is_tells_no_visit(make_document) -> None:
    text = "В понедельник губернатор осмотрел площадку, где находится новый завод.\n"
    assert EventKind.VISIT not in [e.kind for e in news(make_document, text)]


def test_a_visit_runs_from_its_arrival_to_the_day_it_ends(make_document) -> None:
    """'прибыла в среду … Сегодня гости завершают визит' is one visit, Wednesday to Friday;
    'В первый день' is its first day, 'на следующий день' the day after, a 'бизнес-форум'
    is a forum, and 'в заключительный день визита' the visit's last day even after talks."""
    text = (
        "Делегация Гомельской области прибыла в Астрахань в среду. Сегодня гости "
        "завершают визит.\n\nВ первый день губернатор Игорь Бабушкин провёл с гостями "
        "переговоры.\n\nНа следующий день прошёл бизнес-форум.\n\nВ заключительный день "
        "визита стороны подписали программу действий.\n"
    )
    found = news(make_document, text)
    assert sorted((e.kind, e.start.isoformat(), e.end.isoformat()) for e in found) == sorted(
        [
            (EventKind.VISIT, "2024-03-13", "2024-03-15"),
            (EventKind.NEGOTIATIONS, "2024-03-13", "2024-03-13"),
            (EventKind.FORUM, "2024-03-14", "2024-03-14"),
            (EventKind.SIGNING, "2024-03-15", "2024-03-15"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "В четверг губернатор Игорь Бабушкин открыл выставку «Каспий» и встретился с "
        "генеральным консулом Ирана Мохаммадом Резой Ахмади.",
        "On Thursday Governor Igor Babushkin opened the Caspian Expo and met Iranian Consul "
        "General Mohammad Reza Ahmadi.",
    ],
)
def test_a_meeting_beside_an_exhibition_in_one_sentence_is_a_contact_of_its_own(
    make_document, text: str
) -> None:
    lang = "en" if text.isascii() else "ru"
    found = news(make_document, text, lang=lang)
    assert kinds_and_days(found) == [
        (EventKind.EXHIBITION, "2024-03-14", "2024-03-14"),
        (EventKind.MEETING, "2024-03-14", "2024-03-14"),
    ]


def test_what_a_forum_discussed_is_no_meeting_apart(make_document) -> None:
    text = "В четверг в Астрахани открылся Каспийский форум, участники которого обсудили логистику."
    assert [e.kind for e in news(make_document, text)] == [EventKind.FORUM]


def test_an_arrival_for_a_stay_that_ends_today_starts_the_day_it_arrived(make_document) -> None:
    text = (
        "A business mission from Azerbaijan led by Deputy Minister of Economy Samad Bashirli "
        "arrived in Astrakhan on Wednesday for a three-day programme that ends today."
    )
    assert days(news(make_document, text, lang="en")) == [("2024-03-13", "2024-03-15")]


def test_the_day_after_an_arrival_counts_from_the_arrival_and_the_visitor_is_received(
    make_document,
) -> None:
    text = (
        "9 октября 2025, 12:40\n\n"
        "В среду Посол Республики Армения Гурген Арсенян прибыл в Астрахань с двухдневным "
        "рабочим визитом. В тот же день дипломата принял губернатор Игорь Бабушкин.\n\n"
        "Ранее, 25–26 сентября, астраханская делегация приняла участие в форуме в Ереване."
    )
    found = news(make_document, text, published=date(2025, 10, 9))
    assert kinds_and_days(found) == [
        (EventKind.VISIT, "2025-10-08", "2025-10-09"),
        (EventKind.MEETING, "2025-10-08", "2025-10-08"),
        (EventKind.FORUM, "2025-09-25", "2025-09-26"),
    ]
    reception = found[1]
    assert (reception.direction, reception.leader) == (Direction.INCOMING, "Арсенян Г.")


def test_a_visit_told_ending_then_told_whole_is_one_visit(make_document) -> None:
    text = (
        "В Астрахани завершается визит делегации Мангистауской области во главе с акимом "
        "Нурдаулетом Килыбаем. Делегация прибыла в столицу Астраханской области 13 марта, "
        "программа рассчитана на три дня.\n\n"
        "В четверг губернатор Игорь Бабушкин провёл с гостями переговоры."
    )
    found = news(make_document, text)
    assert kinds_and_days(found) == [
        (EventKind.VISIT, "2024-03-13", "2024-03-15"),
        (EventKind.NEGOTIATIONS, "2024-03-14", "2024-03-14"),
    ]
    assert [(e.direction, e.leader) for e in found] == [
        (Direction.INCOMING, "Килыбай Н."),
        (Direction.INCOMING, "Килыбай Н."),
    ]


def test_a_short_post_names_the_one_who_holds_the_full_one(make_document) -> None:
    text = (
        "Губернатор Игорь Бабушкин принял сегодня Генерального консула Исламской Республики "
        "Иран в Астрахани Мохаммада Резу Хейдари.\n\n"
        "Накануне генконсул провёл рабочую встречу с министром Сергеем Гориным."
    )
    found = news(make_document, text)
    assert [sorted(p.name for p in e.participants) for e in found] == [
        ["Бабушкин И.", "Хейдари М.Р."],
        ["Горин С.", "Хейдари М.Р."],
    ]


def test_a_visits_days_told_by_their_gatherings(make_document) -> None:
    text = (
        "Губернатор Астраханской области Игорь Бабушкин во вторник прибыл в Баку с рабочим "
        "визитом, который продлился три дня.\n\n"
        "В среду глава региона выступил на пленарном заседании межрегионального форума.\n\n"
        "Вечером того же дня губернатор открыл в Баку выставку астраханских художников.\n\n"
        "В заключительный день визита, в четверг, в присутствии главы региона министр "
        "международных связей Астраханской области Марина Сидоренко и глава Исполнительной "
        "власти Ленкоранского района Талех Гарашов подписали меморандум о сотрудничестве."
    )
    found = news(make_document, text, published=date(2024, 3, 15))
    assert kinds_and_days(found) == [
        (EventKind.VISIT, "2024-03-12", "2024-03-14"),
        (EventKind.FORUM, "2024-03-13", "2024-03-13"),
        (EventKind.EXHIBITION, "2024-03-13", "2024-03-13"),
        (EventKind.SIGNING, "2024-03-14", "2024-03-14"),
    ]
    signing = found[-1]
    assert signing.leader == "Бабушкин И."  # the head of the side that travelled, present
    assert {p.name for p in signing.participants} == {"Бабушкин И.", "Сидоренко М.", "Гарашов Т."}


def test_the_two_leaders_are_the_heads_told_before(make_document) -> None:
    text = (
        "On Thursday Astrakhan Governor Igor Babushkin held talks with Mangystau Region Akim "
        "Nurlan Kilybay in Astrakhan. The two leaders last met on September 6, 2023, in Aktau."
    )
    _talks, earlier = news(make_document, text, lang="en")
    assert (earlier.start.isoformat(), earlier.direction, earlier.place) == (
        "2023-09-06",
        Direction.OUTGOING,
        "Актау",
    )
    assert {p.name for p in earlier.participants} == {"Бабушкин И.", "Килыбай Н."}
    assert earlier.leader == "Бабушкин И."


def test_a_stay_since_tuesday_that_will_end_on_friday(make_document) -> None:
    # published on Thursday 19 June 2025
    text = (
        "В среду в Баку губернатор Астраханской области Игорь Бабушкин встретился с "
        "Президентом Азербайджанской "
        "Республики Ильхамом Алиевым. Астраханская делегация находится в Азербайджане с "
        "рабочим визитом со вторника, 17 июня.\n\n"
        "Накануне глава региона провёл переговоры с министром экономики Азербайджана Микаилом "
        "Джаббаровым.\n\n"
        "Визит завершится в пятницу посещением делового центра."
    )
    found = news(make_document, text, published=date(2025, 6, 19))
    assert kinds_and_days(found) == [
        (EventKind.MEETING, "2025-06-18", "2025-06-18"),
        (EventKind.VISIT, "2025-06-17", "2025-06-20"),  # to the coming Friday, not the last
        (EventKind.NEGOTIATIONS, "2025-06-17", "2025-06-17"),  # the day before Wednesday
    ]
    # the delegation's visit names nobody: its head is the governor it took to Baku
    assert found[1].leader == "Бабушкин И."


def test_a_clause_about_the_gathering_itself_tells_its_day(make_document) -> None:
    text = (
        "Business delegations from Kazakhstan took part in the Caspian Business Forum, which "
        "opened in Astrakhan on Thursday."
    )
    assert days(news(make_document, text, lang="en")) == [("2024-03-14", "2024-03-14")]


def test_who_led_the_delegations_to_a_gathering_takes_part_in_it(make_document) -> None:
    text = (
        "Business delegations from Kazakhstan and Turkmenistan took part in the Caspian "
        "Business Forum, which opened in Astrakhan on Thursday. The Kazakh delegation was led "
        "by Deputy Akim of Atyrau Region Daniyar Sarsenbayev, the Turkmen one by Deputy "
        "Minister of Trade of Turkmenistan Merdan Orazov."
    )
    (forum,) = news(make_document, text, lang="en")
    assert {(p.name, p.side) for p in forum.participants} == {
        ("Сарсенбаев Д.", "KZ"),
        ("Оразов М.", "TM"),
    }


def test_the_subject_pronoun_of_a_contact_is_the_one_named_before(make_document) -> None:
    text = (
        "A delegation of Iran's Mazandaran Province headed by Governor General Mohammad Hassan "
        "Karimi arrived in Astrakhan on Tuesday for a three-day visit. On Wednesday he held talks "
        "with Astrakhan Region Governor Igor Babushkin."
    )
    _visit, talks = news(make_document, text, lang="en")
    assert {p.name for p in talks.participants} == {"Карими М.Х.", "Бабушкин И."}
    assert (talks.direction, talks.leader) == (Direction.INCOMING, "Карими М.Х.")


def test_a_reception_takes_its_place_and_visitor_from_the_visit_told_after_it(
    make_document,
) -> None:
    # The reception is told first, in a building rather than a city; the next sentence
    # says the guest arrived in the home region the day before, for two days.
    events = news(
        make_document,
        "В четверг в Доме Правительства губернатор Астраханской области Петр Иванов принял "
        "Посла Республики Таджикистан в Российской Федерации Рустама Назарова. Дипломат "
        "прибыл в Астрахань накануне с двухдневным рабочим визитом.",
    )
    by_kind = {e.kind: e for e in events}
    reception = by_kind[EventKind.MEETING]
    assert reception.start == date(2024, 3, 14)
    assert (reception.direction, reception.place) == (Direction.INCOMING, "Астрахань")
    assert reception.leader == "Назаров Р."
    roles = {p.name: p.role for p in reception.participants}
    assert roles == {"Иванов П.": "participant", "Назаров Р.": "leader"}
    assert days([by_kind[EventKind.VISIT]]) == [("2024-03-13", "2024-03-14")]


def test_a_visit_going_on_at_publication_holds_the_days_told_within_it(make_document) -> None:
    # Published on a Friday: the visit is told as going on, its first day not stated; the
    # talks on Wednesday and the signing the day after are its, and it began by Wednesday.
    events = news(
        make_document,
        "A delegation of Russia's Astrakhan Region led by Governor Pyotr Ivanov is on a "
        "working visit to Kazakhstan's Atyrau Region this week.\n"
        "On Wednesday, Governor Ivanov held talks with the Akim of the Atyrau Region, "
        "Serik Shapkenov.\n"
        "The next day, the two governments signed an Agreement on trade and economic "
        "cooperation.",
        lang="en",
    )
    assert kinds_and_days(events) == [
        (EventKind.VISIT, "2024-03-13", "2024-03-15"),
        (EventKind.NEGOTIATIONS, "2024-03-13", "2024-03-13"),
        (EventKind.SIGNING, "2024-03-14", "2024-03-14"),
    ]
    assert {e.direction for e in events} == {Direction.OUTGOING}
    assert {e.leader for e in events} == {"Иванов П."}


def test_a_stay_told_by_its_subject_and_a_meeting_on_the_eve(make_document) -> None:
    events = news(
        make_document,
        "The session of the Intergovernmental Commission took place in Astrakhan on 14 March "
        "2024. It was co-chaired by Deputy Prime Minister of the Russian Federation Pavel "
        "Sidorov and Deputy Prime Minister of Azerbaijan Shahin Mustafayev.\n"
        "The Azerbaijani delegation stayed in Astrakhan on 13–14 March. On the eve of the "
        "session, Governor of Astrakhan Region Pyotr Ivanov met Shahin Mustafayev.",
        lang="en",
    )
    assert kinds_and_days(events) == [
        (EventKind.SESSION, "2024-03-14", "2024-03-14"),
        (EventKind.VISIT, "2024-03-13", "2024-03-14"),
        (EventKind.MEETING, "2024-03-13", "2024-03-13"),
    ]
    session, visit, meeting = events
    assert {p.name: p.position for p in session.participants}["Сидоров П."] == (
        "заместитель премьер-министра Российской Федерации"
    )
    assert visit.leader == meeting.leader == "Мустафаев Ш."  # the federal co-chair is home


def test_an_arrival_told_after_a_visit_that_ends_today_begins_it(make_document) -> None:
    # Published on Friday: the visit is first told by its end, its arrival later.
    events = news(
        make_document,
        "Governor Pyotr Ivanov yesterday held talks in Turkmenbashi with the hyakim of the "
        "Balkan velayat, as part of a visit to Turkmenistan that ends today.\n"
        "The governor arrived in Ashgabat on Tuesday at the head of a delegation.",
        lang="en",
    )
    visits = [e for e in events if e.kind == EventKind.VISIT]
    assert days(visits) == [("2024-03-12", "2024-03-15")]
