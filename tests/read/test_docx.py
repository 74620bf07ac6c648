"""Word documents: body order, tables, lists, headings by style and by shape, page headers."""

from __future__ import annotations

import pytest

from liaison.model import Block, BlockKind, Document
from liaison.read import read_document
from liaison.read.docx import read_docx
from tests.data import FEATURES_DOCX, KAZAKHSTAN_NOTE_DOCX

LIMIT = 10 * 1024 * 1024


def texts(document: Document, kind: BlockKind) -> list[str]:
    return [document.text[b.start : b.end] for b in document.blocks if b.kind is kind]


def after_heading(document: Document, heading: str) -> list[Block]:
    """The blocks after the heading ``heading``, up to the next heading of its level."""
    blocks = list(document.blocks)
    at = next(i for i, b in enumerate(blocks) if document.text[b.start : b.end] == heading)
    rest = []
    for block in blocks[at + 1 :]:
        if block.kind is BlockKind.HEADING and block.level <= blocks[at].level:
            break
        rest.append(block)
    return rest


@pytest.fixture(scope="module")
def note() -> Document:
    return read_document(KAZAKHSTAN_NOTE_DOCX, max_bytes=LIMIT)


def test_sample_note_identity(note: Document) -> None:
    assert note.format == "docx"
    assert note.lang == "ru"
    assert note.encoding is None
    assert note.title == "О сотрудничестве Астраханской области с Республикой Казахстан"


def test_title_paragraphs_make_one_title_block(note: Document) -> None:
    assert texts(note, BlockKind.TITLE) == [
        "СПРАВОЧНАЯ ИНФОРМАЦИЯ\nО СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С РЕСПУБЛИКОЙ КАЗАХСТАН"
    ]


def test_headings_by_style_keep_their_level(note: Document) -> None:
    headings = [
        (b.level, note.text[b.start : b.end]) for b in note.blocks if b.kind is BlockKind.HEADING
    ]
    assert headings == [
        (0, "ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА"),
        (1, "В торгово-экономической сфере"),
        (1, "В сфере транспорта и логистики"),
        (1, "В сфере образования"),
        (1, "В сфере культуры"),
        (0, "ХРОНОЛОГИЯ КОНТАКТОВ В 2021–2025 ГГ."),
    ]


def test_chronology_bullets(note: Document) -> None:
    chronology = after_heading(note, "ХРОНОЛОГИЯ КОНТАКТОВ В 2021–2025 ГГ.")
    assert {b.kind for b in chronology} == {BlockKind.BULLET}
    assert len(chronology) == 9
    assert note.text[chronology[2].start : chronology[2].end].startswith("30 июня–1 июля 2022 г.")


def test_table_rows_are_lines_in_body_order(note: Document) -> None:
    trade = after_heading(note, "В торгово-экономической сфере")
    assert [b.kind for b in trade] == [BlockKind.BULLET] * 4 + [BlockKind.TABLE_ROW] * 4
    assert note.text[trade[5].start : trade[5].end] == (
        "Товарооборот, млн долл. США | 356,1 | 380,9 | 412,6"
    )


def test_nested_list_items_are_subbullets(note: Document) -> None:
    assert [
        (b.level, note.text[b.start : b.end]) for b in note.blocks if b.kind is BlockKind.SUBBULLET
    ] == [
        (1, "ремонт сельского дома культуры в с. Сеитовка Красноярского района (2021 г.);"),
        (1, "издание сборника казахской поэзии в переводах астраханских авторов (2023 г.)."),
    ]


def test_features_text_is_what_word_would_save() -> None:
    raw = read_docx(FEATURES_DOCX.read_bytes(), FEATURES_DOCX)
    assert raw.text.split("\n") == [
        "Министерство внешних связей",  # the page header, first
        "СПРАВКА О ПОЕЗДКЕ В АТЫРАУ",
        "Поездка прошла по плану. Отчет подготовлен отделом СНГ.",  # a line break inside
        "Итоги переговоров",
        "1. Согласован план на 2024 г.",
        "2. Открыт торговый дом.",
        "· Участники:",
        "- министерство экономики;",
        "- агентство по туризму.",
        "Показатели",
        "Товарооборот, млн долл. | 2023",  # a merged cell once
        "356,1 | 380,9 | 412,6",
    ]


def test_features_blocks() -> None:
    document = read_document(FEATURES_DOCX, max_bytes=LIMIT)
    kinds = [(b.kind, b.level, document.text[b.start : b.end]) for b in document.blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, 0, "Министерство внешних связей"),
        (BlockKind.TITLE, 0, "СПРАВКА О ПОЕЗДКЕ В АТЫРАУ"),
        (BlockKind.PARAGRAPH, 0, "Поездка прошла по плану. Отчет подготовлен отделом СНГ."),
        (BlockKind.HEADING, 1, "Итоги переговоров"),  # a bold Normal paragraph before a list
        (BlockKind.BULLET, 0, "Согласован план на 2024 г."),
        (BlockKind.BULLET, 0, "Открыт торговый дом."),
        (BlockKind.BULLET, 0, "Участники:"),
        (BlockKind.SUBBULLET, 1, "министерство экономики;"),
        (BlockKind.SUBBULLET, 1, "агентство по туризму."),
        (BlockKind.HEADING, 1, "Показатели"),
        (BlockKind.TABLE_ROW, 0, "Товарооборот, млн долл. | 2023"),
        (BlockKind.TABLE_ROW, 0, "356,1 | 380,9 | 412,6"),
    ]
    assert document.title == "СПРАВКА О ПОЕЗДКЕ В АТЫРАУ"  # no core title: the Title block
