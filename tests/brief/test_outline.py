"""Statements in a note keep their source's order and layout: a lead ending in ':' and the
items under it, filtered by period without leaving a lead or a heading with nothing under
it; and a Russian note shows no English lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from liaison.brief import select_note
from liaison.brief.layout import Line, build_note
from liaison.model import (
    Block,
    BlockKind,
    Document,
    Fact,
    Indicator,
    KnowledgeBase,
    Mention,
    Sphere,
    make_id,
)
from tests.brief.sample_parties import TYPIST

OUTLINE_DOC = "5e5e5e5e5e5e5e5e"
# A sphere section as the office writes it: a lead, its items, then a bullet of an
# earlier year (the note's own order is not by year).
ROWS = (
    (BlockKind.HEADING, 1, "В сфере культуры"),
    (BlockKind.BULLET, 0, "Проведены гастроли астраханских коллективов:"),
    (BlockKind.SUBBULLET, 1, "концерт хора в Баку (2021 г.);"),
    (BlockKind.SUBBULLET, 1, "выставка мастеров в Гяндже (2023 г.)."),
    (BlockKind.BULLET, 0, "Открыт кабинет азербайджанской литературы (2019 г.)."),
)
YEARS = ((), (), (2021,), (2023,), (2019,))


def outline_document() -> tuple[Document, list[Mention]]:
    """The section as a document with its blocks, and the span of every row."""
    text, blocks, spans = "", [], []
    for kind, level, row in ROWS:
        start = len(text)
        text += row + "\n"
        blocks.append(Block(kind=kind, start=start, end=start + len(row), level=level))
        spans.append(Mention(start=start, end=start + len(row), document=OUTLINE_DOC))
    doc = Document(
        id=OUTLINE_DOC,
        path="notes/culture.docx",
        title="Справка о сотрудничестве Астраханской области с Азербайджаном",
        text=text,
        blocks=tuple(blocks),
        ingested_at=datetime(2025, 2, 1, 9, 0),  # noqa: DTZ001 - a fixed stamp
    )
    return doc, spans


@pytest.fixture
def outline_kb(kb: KnowledgeBase) -> KnowledgeBase:
    """The sample with its culture statements replaced by the section above (listed in
    a shuffled order: the note must put them back) and one typed statement."""
    doc, spans = outline_document()
    facts = [
        Fact(
            id=make_id("fact", "outline", str(n)),
            sphere=Sphere.CULTURE,
            text=ROWS[n][2],
            years=YEARS[n],
            partners=("AZ",),
            mentions=(spans[n],),
        )
        for n in (4, 3, 1, 2)
    ]
    typed = Fact(
        id=make_id("fact", "typed"),
        sphere=Sphere.CULTURE,
        text="Передан в дар комплект нот (2020 г.).",
        years=(2020,),
        partners=("AZ",),
        entered_by=TYPIST,
    )
    others = [f for f in kb.facts if f.sphere is not Sphere.CULTURE]
    return replace(kb, documents=(*kb.documents, doc), facts=(typed, *facts, *others))


def section(lines: tuple[Line, ...], heading: str) -> list[tuple[str, str]]:
    """(kind, text) of the lines under a sphere heading, up to the next heading."""
    found: list[tuple[str, str]] = []
    inside = False
    for line in lines:
        if line.kind in ("heading", "subheading"):
            inside = line.text == heading
        elif inside:
            found.append((line.kind, line.text))
    return found


CULTURE = "В сфере культуры"


def test_items_follow_their_lead_in_the_sources_order(outline_kb: KnowledgeBase) -> None:
    lines = build_note(select_note(outline_kb, "AZ"), "ru").lines
    assert section(lines, CULTURE) == [
        ("bullet", "Проведены гастроли астраханских коллективов:"),
        ("subbullet", "концерт хора в Баку (2021 г.);"),
        ("subbullet", "выставка мастеров в Гяндже (2023 г.)."),
        ("bullet", "Открыт кабинет азербайджанской литературы (2019 г.)."),
        ("bullet", "Передан в дар комплект нот (2020 г.)."),  # typed: after the sourced
    ]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (
            date(2022, 1, 1),
            None,
            [
                ("bullet", "Проведены гастроли астраханских коллективов:"),
                ("subbullet", "выставка мастеров в Гяндже (2023 г.)."),
            ],
        ),
        (
            date(2019, 1, 1),
            date(2021, 12, 31),
            [
                ("bullet", "Проведены гастроли астраханских коллективов:"),
                ("subbullet", "концерт хора в Баку (2021 г.)."),
                ("bullet", "Открыт кабинет азербайджанской литературы (2019 г.)."),
                ("bullet", "Передан в дар комплект нот (2020 г.)."),
            ],
        ),
        (date(2024, 1, 1), None, []),  # the lead alone would announce nothing
    ],
)
def test_period_filters_statements_by_their_years(
    outline_kb: KnowledgeBase, start: date, end: date | None, expected: list[tuple[str, str]]
) -> None:
    content = select_note(outline_kb, "AZ", start=start, end=end)
    lines = build_note(content, "ru").lines
    assert section(lines, CULTURE) == expected
    assert (Line("subheading", CULTURE) in lines) == bool(expected)


def test_items_without_their_lead_stand_as_capitalised_bullets(
    outline_kb: KnowledgeBase,
) -> None:
    lead_id = make_id("fact", "outline", "1")
    dated = [replace(f, years=(2010,)) if f.id == lead_id else f for f in outline_kb.facts]
    content = select_note(replace(outline_kb, facts=tuple(dated)), "AZ", start=date(2020, 1, 1))
    assert section(build_note(content, "ru").lines, CULTURE)[:2] == [
        ("bullet", "Концерт хора в Баку (2021 г.)."),
        ("bullet", "Выставка мастеров в Гяндже (2023 г.)."),
    ]


def test_no_line_of_the_note_ends_in_colon_and_full_stop(outline_kb: KnowledgeBase) -> None:
    for lang in ("ru", "en"):
        lines = build_note(select_note(outline_kb, "AZ"), lang).lines
        assert not [line.text for line in lines if line.text.endswith(":.")]


def english_items(kb: KnowledgeBase) -> KnowledgeBase:
    """The sample with a statement and a figure read from an English page."""
    page = Mention(start=0, end=60, document=kb.documents[1].id)
    fact = Fact(
        id=make_id("fact", "english"),
        sphere=Sphere.EDUCATION,
        text="Astrakhan universities train students from Baku.",
        partners=("AZ",),
        mentions=(page,),
    )
    figure = Indicator(
        id=make_id("indicator", "english"),
        metric="students",
        value=3000,
        unit="students",
        partner="AZ",
        scope="of them (over)",
        text="over 3 thousand",
        mentions=(replace(page, start=70, end=85),),
    )
    return replace(kb, facts=(*kb.facts, fact), indicators=(*kb.indicators, figure))


def test_russian_note_leaves_out_english_lines(kb: KnowledgeBase) -> None:
    content = select_note(english_items(kb), "AZ")
    russian = section(build_note(content, "ru").lines, "В сфере образования")
    assert all("students" not in text and "of them" not in text for _, text in russian)
    assert len(russian) == 3  # the Russian statements and figure are all there
    english = [text for _, text in section(build_note(content, "en").lines, "Education")]
    assert "Astrakhan universities train students from Baku." in english
    assert "Students: over 3,000." in english
    # an English note says a Russian-only statement in English from its parts
    assert (
        "Named scholarship for the students of the Astrakhan University was established (2023)."
        in english
    )
