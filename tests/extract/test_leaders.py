"""The leader of a contact is the head of the side that travelled (DESIGN.md), however the
text names them: by a full name in either order, a post after the name, a surname or a post
alone; where nobody travelled (a consul resident at home), the partner's person."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.context import Context
from liaison.extract.english_names import read_english_names
from liaison.extract.events import event_from_dated_bullet
from liaison.extract.news import event_from_dated_sentence
from liaison.extract.persons import read_names
from liaison.model import Direction, Event

HEADING = "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"


def bullet_event(make_document, bullet: str) -> Event:
    """The event of a one-bullet chronology."""
    (event,) = event_from_dated_bullet(make_document(HEADING + f"· {bullet}\n"), Context())
    return event


@pytest.mark.parametrize(
    ("bullet", "direction", "leader"),
    [
        (  # the one who travelled is the subject, the post after the name tells the side
            "14.03.2023 – Рахман Мустафаев, Чрезвычайный и Полномочный Посол Азербайджанской "
            "Республики в Российской Федерации, посетил г. Астрахань, где встретился с "
            "Губернатором Астраханской области Бабушкиным И.Ю.",
            Direction.INCOMING,
            "Мустафаев Р.",
        ),
        (  # the contact follows the words saying it took place
            "16 мая 2024 г. на полях форума (г. Казань) состоялась встреча Губернатора "
            "Астраханской области Игоря Бабушкина с Генеральным консулом Республики Индия "
            "Кулдипом Сингхом Бхати.",
            Direction.ELSEWHERE,
            "Бабушкин И.",
        ),
        (  # a consul resident in the home region: nobody travelled, the consul leads
            "09.11.2023, Встреча Губернатора Астраханской области Бабушкина И.Ю. с Генеральным "
            "консулом Исламской Республики Иран в г. Астрахани Хамидом Резаи.",
            Direction.INCOMING,
            "Резаи Х.",
        ),
        (  # a video link is the home side's
            "14 декабря 2024 г., рабочая видеоконференция Бабушкина И.Ю. с акимом Мангистауской "
            "области Килыбаем Н.М.",
            Direction.REMOTE,
            "Бабушкин И.Ю.",
        ),
        (  # at home, sides untold: the one the meeting is with is the visitor
            "17 апреля 2023 г. – встреча ректора университета Мажайского Ю.А. с Драганом "
            "Станковичем, проректором Университета в Нови-Саде, в г. Астрахани.",
            Direction.INCOMING,
            "Станкович Д.",
        ),
    ],
)
def test_leader_of_a_bullet(make_document, bullet: str, direction: Direction, leader: str) -> None:
    event = bullet_event(make_document, bullet)
    assert (event.direction, event.leader) == (direction, leader)


def test_people_of_a_recalled_contact_lead_nothing(make_document) -> None:
    event = bullet_event(
        make_document,
        "27–31 августа 2025 г. в соответствии с договоренностями, достигнутыми в ходе "
        "переговоров Губернатора Астраханской области Бабушкина И.Ю. с председателем "
        "облисполкома Исаченко А.М. в г. Могилеве прошла ярмарка астраханских товаров.",
    )
    assert event.leader is None


def test_a_surname_alone_and_a_post_alone_are_the_person_named_in_full() -> None:
    text = (
        "Губернатор Астраханской области Игорь Бабушкин встретился с Генеральным консулом "
        "Республики Казахстан в Астрахани Болатом Жаксылыковым. Жаксылыков рассказал о планах. "
        "«Это наш сосед», – сказал губернатор. Позже глава региона посетил порт."
    )
    named = [(text[n.span.start : n.span.end], n.name) for n in read_names(text)]
    assert named == [
        ("Игорь Бабушкин", "Бабушкин И."),
        ("Болатом Жаксылыковым", "Жаксылыков Б."),
        ("Жаксылыков", "Жаксылыков Б."),
        ("губернатор", "Бабушкин И."),
        ("глава региона", "Бабушкин И."),
    ]


def test_two_who_share_a_surname_stay_two_and_a_bare_one_is_told_by_the_post() -> None:
    text = (
        "Губернатор встретился с вице-премьером Шахином Мустафаевым и Послом Азербайджана в "
        "России Рахманом Мустафаевым. Посол Мустафаев пригласил делегацию."
    )
    names = [n.name for n in read_names(text)]
    assert names == ["Мустафаев Ш.", "Мустафаев Р.", "Мустафаев Р."]


def test_a_head_of_state_named_by_surname_alone() -> None:
    text = "В Сочи прошли трехсторонние переговоры Путина, Алиева и Никола Пашиняна."
    assert [n.name for n in read_names(text)][:1] == ["Путин В.В."]


def test_an_english_head_of_state_by_surname_alone() -> None:
    text = "Kazakh President Kassym-Jomart Tokayev held talks with Putin in Astana."
    named = [(text[n.span.start : n.span.end], n.name) for n in read_english_names(text)]
    assert named == [("Kassym-Jomart Tokayev", "Токаев К."), ("Putin", "Путин В.В.")]


def test_news_leader_is_the_visitor_whose_side_the_delegation_tells(make_document) -> None:
    doc = make_document(
        "A delegation of Turkmenistan's Balkan Province led by its hakim (governor), "
        "Tachmammet Esenmyradov, arrived in Astrakhan on February 19 for a two-day visit.\n\n"
        "The next day Esenmyradov and Governor Igor Babushkin signed a memorandum.",
        lang="en",
        published=date(2024, 2, 21),
    )
    events = {e.start: e for e in event_from_dated_sentence(doc, Context())}
    assert events[date(2024, 2, 20)].leader == "Эсенмырадов Т."


def test_news_co_chair_named_first_leads(make_document) -> None:
    doc = make_document(
        "Заседание межправительственной комиссии прошло вчера в Астрахани. Его провели "
        "сопредседатели комиссии – заместитель Председателя Правительства России Алексей "
        "Оверчук и заместитель Премьер-министра Азербайджана Шахин Мустафаев.",
        published=date(2025, 8, 23),
    )
    (event,) = event_from_dated_sentence(doc, Context())
    assert event.leader == "Оверчук А."


def test_a_city_of_the_country_the_note_is_about_is_the_partners_place(make_document) -> None:
    # Istanbul is a third place for a note on Azerbaijan (a forum there), but Turkey's own
    # city in a note on Turkey: the delegation went out.
    note = "СПРАВКА о сотрудничестве Астраханской области с Турецкой Республикой\n\n"
    bullet = "· 12 апреля 2024 г. – визит делегации Астраханской области в г. Стамбул.\n"
    (event,) = event_from_dated_bullet(make_document(note + HEADING + bullet), Context())
    assert (event.direction, event.place) == (Direction.OUTGOING, "Стамбул")


def test_a_post_the_dictionary_reads_as_a_given_name_heads_the_post(make_document) -> None:
    # 'Раиса' is first the name Раиса to the dictionary, and the genitive of 'раис'.
    bullet = (
        "· 4 мая 2023 г. – встреча Раиса Республики Татарстан Минниханова Р.Н. с Хокимом "
        "Самаркандской области Турдимовым Э.О. (г. Самарканд)."
    )
    document = make_document(HEADING + bullet + "\n")
    posts = {n.name: n.post.title for n in read_names(document.text) if n.post}
    assert posts["Минниханов Р.Н."] == "Раис Республики Татарстан"


@pytest.mark.parametrize(
    ("bullet", "kind"),
    [
        ("5 марта 2024 г. – прием Губернатором Бабушкиным И.Ю. делегации г. Баку.", "meeting"),
        ("5 марта 2024 г. – Губернатором принят Генеральный консул Ирана Резаи Х.", "meeting"),
        ("5 марта 2024 г. – телефонный разговор Губернатора с хокимом Ташкента.", "call"),
    ],
)
def test_a_reception_and_a_phone_call_are_kinds_of_contact(
    make_document, bullet: str, kind: str
) -> None:
    assert bullet_event(make_document, bullet).kind.value == kind
