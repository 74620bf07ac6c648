"""PDF files with a Cyrillic text layer (made by LibreOffice, see tests/data/make_fixtures.py)."""

from __future__ import annotations

import pytest

from liaison.model import BlockKind, Document
from liaison.read import read_document
from tests.data import OWNER_ONLY_PDF, TEXT_LAYER_PDF

LIMIT = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def pdf() -> Document:
    return read_document(TEXT_LAYER_PDF, max_bytes=LIMIT)


def test_text_layer_is_read(pdf: Document) -> None:
    assert pdf.format == "pdf"
    assert pdf.lang == "ru"
    assert "министром внешних связей Лаптевым А.Г." in " ".join(pdf.text.split())


def test_structure_of_a_printed_note(pdf: Document) -> None:
    blocks = [(b.kind, pdf.text[b.start : b.end]) for b in pdf.blocks]
    assert blocks[0] == (BlockKind.TITLE, "СПРАВКА О РАБОЧЕЙ ПОЕЗДКЕ")
    # The paragraph the PDF wrapped over four lines is one block again.
    assert blocks[1][0] is BlockKind.PARAGRAPH
    assert blocks[1][1].startswith("Делегация") and blocks[1][1].endswith("Каспийское море.")
    assert blocks[2:] == [
        (BlockKind.HEADING, "ИТОГИ ПОЕЗДКИ"),
        # Word's Symbol-font bullet comes out of the PDF as U+F0B7 and is read as a bullet.
        (BlockKind.BULLET, "Подписан протокол о намерениях (2023 г.)."),
        (BlockKind.BULLET, "Согласован график рейсов на 2024 г."),
    ]
    assert pdf.title == "СПРАВКА О РАБОЧЕЙ ПОЕЗДКЕ"
    assert "\uf0b7" not in pdf.text


def test_a_pdf_locked_only_against_editing_opens(pdf: Document) -> None:
    unlocked = read_document(OWNER_ONLY_PDF, max_bytes=LIMIT)
    assert unlocked.text == pdf.text
    assert unlocked.id != pdf.id
