"""Sections told by their cue words, whatever an office calls them."""

from __future__ import annotations

import pytest

from liaison.extract.events import undated_bullets
from liaison.extract.sections import SectionKind
from liaison.extract.spheres import section_of, section_of_heading
from liaison.model import Sphere


@pytest.mark.parametrize(
    ("heading", "section", "sphere"),
    [
        ("ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.", SectionKind.CHRONOLOGY, None),
        ("КОНТАКТЫ НА ВЫСОКОМ УРОВНЕ", SectionKind.CHRONOLOGY, None),
        ("Перечень мероприятий", SectionKind.CHRONOLOGY, None),
        ("Мероприятия в сфере культуры", SectionKind.CHRONOLOGY, None),
        ("Timeline of visits", SectionKind.CHRONOLOGY, None),
        ("Нормативная основа сотрудничества", SectionKind.TOP, None),
        ("Договорно-правовая база", SectionKind.TOP, None),
        ("Подписанные соглашения", SectionKind.TOP, None),
        ("ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА", SectionKind.CONTAINER, None),
        ("Основные показатели", SectionKind.FIGURES, None),
        ("Общие сведения", SectionKind.BACKGROUND, None),
        ("Экономика и инвестиции", SectionKind.SPHERE, Sphere.TRADE),
        ("Гуманитарное сотрудничество", SectionKind.SPHERE, Sphere.HUMANITARIAN),
        ("Соглашения в сфере образования", SectionKind.SPHERE, Sphere.EDUCATION),
        ("В сфере физической культуры и спорта", SectionKind.SPHERE, Sphere.SPORT),
        ("Прочее", SectionKind.SPHERE, Sphere.OTHER),
    ],
)
def test_heading_opens_its_section(heading: str, section: SectionKind, sphere) -> None:
    assert section_of_heading(heading) == (section, sphere)


@pytest.mark.parametrize(
    ("note", "line", "section"),
    [
        (
            "Сотрудничество развивается.\n\nВ 2024 году состоялись следующие контакты:\n"
            "· 3 мая 2024 г., визит делегации в Минск.\n",
            "визит делегации",
            SectionKind.CHRONOLOGY,
        ),
        (
            "Между сторонами действуют следующие документы:\n"
            "· Соглашение о сотрудничестве (2019 г.).\n",
            "Соглашение о",
            SectionKind.TOP,
        ),
        (
            "СПРАВКА\n\nВ СФЕРЕ КУЛЬТУРЫ\n\nПроведены следующие мероприятия:\n"
            "· Выставка мастеров.\n",
            "Выставка",
            SectionKind.SPHERE,
        ),
        (
            "Тесные контакты сторон поддерживаются по линии ведомств.\n· Визит в Баку.\n",
            "Визит",
            SectionKind.TOP,
        ),
    ],
)
def test_lead_in_line_opens_a_section(make_document, note: str, line: str, section) -> None:
    doc = make_document(note)
    part = section_of(doc, doc.text.index(line))
    assert part is not None
    assert part.section == section


def test_chronology_without_a_heading_keeps_its_undated_items(make_document) -> None:
    doc = make_document(
        "Сотрудничество развивается.\n\nВ 2024 году состоялись следующие контакты:\n"
        "· 3 мая 2024 г., визит делегации в Минск.\n· Весной, приём делегации в Гродно.\n"
    )
    ((start, end),) = undated_bullets(doc)
    assert doc.text[start:end] == "Весной, приём делегации в Гродно."


@pytest.mark.parametrize(
    ("note", "line", "section"),
    [
        (  # a heading without a cue word over agreements: the top list
            "СПРАВКА\n\nПравовая основа взаимодействия\n"
            "· Действует Соглашение о сотрудничестве (2017 г.).\n"
            "· Меморандум о взаимопонимании между портами (2021 г.).\n\n"
            "Торговля\n· Товарооборот вырос.\n",
            "Меморандум",
            SectionKind.TOP,
        ),
        (  # the section after it is read by its own heading
            "СПРАВКА\n\nПравовая основа взаимодействия\n"
            "· Действует Соглашение о сотрудничестве (2017 г.).\n"
            "· Меморандум о взаимопонимании между портами (2021 г.).\n\n"
            "Торговля\n· Товарооборот вырос.\n",
            "Товарооборот",
            SectionKind.SPHERE,
        ),
        (  # the party that concluded it may come before the agreement
            "СПРАВКА\n\nНормативная база\n"
            "· Меморандум о взаимопонимании между правительствами (2019 г.).\n"
            "· Особой экономической зоной «Лотос» заключены соглашения с тремя компаниями.\n",
            "Особой",
            SectionKind.TOP,
        ),
        (  # one agreement among other statements does not make the list of agreements
            "СПРАВКА\n\nПрочее\n· Соглашение о сотрудничестве вузов (2017 г.).\n"
            "· Проведены ярмарки.\n· Открыт деловой центр.\n",
            "Соглашение",
            SectionKind.SPHERE,
        ),
    ],
)
def test_section_whose_heading_names_nothing_is_told_by_its_items(
    make_document, note: str, line: str, section
) -> None:
    doc = make_document(note)
    part = section_of(doc, doc.text.index(line))
    assert part is not None
    assert part.section == section
