"""Section headings to spheres, and a Fact for every bullet of a sphere section."""

from __future__ import annotations

import pytest

from liaison.extract.context import Context
from liaison.extract.facts import facts_from_sphere_bullets, years_in
from liaison.extract.spheres import SectionKind, parts, section_of_heading, sphere_of_heading
from liaison.model import BlockKind, Sphere

# Every section heading of corpus notes 000 and 001, plus a few other phrasings.
HEADINGS = [
    ("В торгово-экономической сфере", Sphere.TRADE),
    ("В сфере промышленности, строительства и ЖКХ", Sphere.INDUSTRY),
    ("В сфере транспорта и логистики", Sphere.TRANSPORT),
    ("В сфере сельского хозяйства", Sphere.AGRICULTURE),
    ("В социально-гуманитарной сфере", Sphere.HUMANITARIAN),
    ("В сфере образования", Sphere.EDUCATION),
    ("В сфере науки", Sphere.SCIENCE),
    ("В сфере культуры", Sphere.CULTURE),
    ("В сфере молодежной политики", Sphere.YOUTH),
    ("В сфере молодёжной политики", Sphere.YOUTH),
    ("В сфере физической культуры и спорта", Sphere.SPORT),
    ("Взаимодействие с соотечественниками за рубежом", Sphere.COMPATRIOTS),
    ("В сфере здравоохранения", Sphere.HEALTH),
    ("В сфере туризма", Sphere.TOURISM),
    ("Взаимодействие со СМИ", Sphere.MEDIA),
    ("В информационной сфере", Sphere.MEDIA),
    ("ТОРГОВО-ЭКОНОМИЧЕСКОЕ СОТРУДНИЧЕСТВО", Sphere.TRADE),
    ("Education and science", Sphere.EDUCATION),
    ("Разное", Sphere.OTHER),
    ("", Sphere.OTHER),
]


@pytest.mark.parametrize(("heading", "sphere"), HEADINGS)
def test_sphere_of_heading(heading: str, sphere: Sphere) -> None:
    assert sphere_of_heading(heading) == sphere


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.", SectionKind.CHRONOLOGY),
        ("Chronology of contacts", SectionKind.CHRONOLOGY),
        ("ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА", SectionKind.CONTAINER),
        ("В сфере культуры", SectionKind.SPHERE),
        ("Прочие вопросы", SectionKind.SPHERE),
    ],
)
def test_section_of_heading(heading: str, section: SectionKind) -> None:
    assert section_of_heading(heading)[0] == section


CORPUS_HEADINGS = {
    "000": [
        Sphere.TRADE,
        Sphere.HUMANITARIAN,
        Sphere.EDUCATION,
        Sphere.CULTURE,
        Sphere.YOUTH,
        Sphere.SPORT,
        Sphere.COMPATRIOTS,
    ],
    "001": [
        Sphere.TRADE,
        Sphere.INDUSTRY,
        Sphere.TRANSPORT,
        Sphere.AGRICULTURE,
        Sphere.EDUCATION,
        Sphere.CULTURE,
        Sphere.YOUTH,
        Sphere.SPORT,
    ],
}


@pytest.mark.parametrize("number", sorted(CORPUS_HEADINGS))
def test_corpus_headings_as_read(corpus_document, number: str) -> None:
    doc = corpus_document(number)
    headings = [p for p in parts(doc) if p.kind == BlockKind.HEADING]
    sections = [p.section for p in headings]
    assert sections[0] == SectionKind.CONTAINER
    assert sections[-1] == SectionKind.CHRONOLOGY
    assert [p.sphere for p in headings[1:-1]] == CORPUS_HEADINGS[number]


NOTE = """СПРАВКА
О СОТРУДНИЧЕСТВЕ С РЕСПУБЛИКОЙ БЕЛАРУСЬ

· Действует Соглашение о дружбе (2015 г.).

В сфере культуры

· Прошли гастроли оркестра в Минске (2021, 2022 гг.).
На площадке прошли:
- выставка живописи (2022 г.);
- концерт в Бресте (с 2023 г.).

ХРОНОЛОГИЯ КОНТАКТОВ

· 5 мая 2024 г., визит делегации в Минск.
"""


def test_facts_of_a_sphere_section(make_document) -> None:
    doc = make_document(NOTE)
    facts = list(facts_from_sphere_bullets(doc, Context()))
    # The lead-in line "На площадке прошли:" is a fact too, so its list keeps its lead.
    assert [f.sphere for f in facts] == [Sphere.CULTURE] * 4
    assert [f.years for f in facts] == [(2021, 2022), (), (2022,), (2023,)]
    assert facts[0].partners == ("BY-HM",)
    assert facts[3].partners == ("BY-BR-BREST",)
    for fact in facts:
        span = fact.mentions[0]
        assert doc.text[span.start : span.end] == fact.text


def test_facts_name_organizations(make_document) -> None:
    text = "СПРАВКА\n\nВ сфере образования\n\n· Фондом развития науки открыт класс (2020 г.)."
    doc = make_document(text)
    (fact,) = facts_from_sphere_bullets(doc, Context())
    assert fact.organizations == ("Фонд развития науки",)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("(2022, 2023, 2024 гг.)", (2022, 2023, 2024)),
        ("(с 2023 г.)", (2023,)),
        ("В 2025/2026 учебном году", (2025, 2026)),
        ("(июнь 2022 г., 2023 г.)", (2022, 2023)),
        ("СОШ № 11, 100-летие", ()),
    ],
)
def test_years_in(text: str, years: tuple[int, ...]) -> None:
    assert years_in(text) == years


def test_corpus_facts(corpus_document) -> None:
    doc = corpus_document("000")
    facts = list(facts_from_sphere_bullets(doc, Context()))
    by_sphere = {f.sphere for f in facts}
    assert by_sphere == set(CORPUS_HEADINGS["000"])
    chronology_start = doc.text.index("ХРОНОЛОГИЯ")
    assert all(f.mentions[0].start < chronology_start for f in facts)
    first_heading = doc.text.index("ОСНОВНЫЕ НАПРАВЛЕНИЯ")
    assert all(f.mentions[0].start > first_heading for f in facts)
    writer = next(f for f in facts if "2022, 2023, 2024" in f.text)
    assert writer.years == (2022, 2023, 2024) and writer.sphere == Sphere.CULTURE
    # A sub-bullet keeps its parent's sphere.
    fund = [f for f in facts if f.sphere == Sphere.HUMANITARIAN]
    assert any(f.text.startswith("реконструкция сквера") for f in fund)
    assert any("Фонд Гейдара Алиева" in f.organizations for f in fund)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Just one English line with no structure at all",
        "· пункт без заголовка\n- подпункт\n\n\n",
        "ЗАГОЛОВОК\n\nабзац без точки\nещё абзац (2020 г.)",
    ],
)
def test_odd_layouts_never_raise(make_document, text: str) -> None:
    doc = make_document(text)
    for fact in facts_from_sphere_bullets(doc, Context()):
        assert all(0 <= m.start < m.end <= len(doc.text) for m in fact.mentions)


def test_a_lead_in_line_is_kept_with_its_list(make_document) -> None:  # type: ignore[no-untyped-def]
    doc = make_document(
        "В торгово-экономической сфере\n"
        "· Работает деловой центр (2021 г.).\n"
        "На его площадке проведены:\n"
        "- круглый стол (2022 г.);\n"
        "- выставка (2023 г.).\n"
    )
    texts = [f.text for f in facts_from_sphere_bullets(doc, Context())]
    assert "На его площадке проведены:" in texts
    assert len(texts) == 4


def test_items_right_under_a_heading_over_spheres_are_statements(make_document) -> None:
    doc = make_document(
        "СПРАВКА\n\nОсновные направления сотрудничества\n"
        "· Товарооборот с Ираном в 2023 г. составил 512,6 млн долл. США.\n"
        "· Через порты области в Иран отправлено 2,1 млн т грузов (2023 г.).\n"
        "- в порт Энзели – 0,9 млн т.\n"
    )
    facts = list(facts_from_sphere_bullets(doc, Context()))
    assert [f.text[:12] for f in facts] == ["Товарооборот", "Через порты ", "в порт Энзел"]
    assert [f.sphere for f in facts] == [Sphere.TRADE] * 3
