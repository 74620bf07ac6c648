"""Notes laid out as any office lays them out: other headings, style lists, a chronology table."""

from __future__ import annotations

import pytest

from liaison.extract.context import Context
from liaison.extract.events import event_from_dated_bullet
from liaison.extract.sections import SectionKind
from liaison.extract.spheres import section_of
from liaison.model import BlockKind, Document
from liaison.read import read_document
from liaison.read.structure import detect_blocks
from tests.data import LAYOUT_DOCX

LIMIT = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def note() -> Document:
    return read_document(LAYOUT_DOCX, max_bytes=LIMIT)


def blocks_of(document: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, document.text[b.start : b.end]) for b in document.blocks]


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("heading", "Договорно-правовая база"),
        ("bullet", "Соглашение о сотрудничестве городов (2018 г.)."),  # numbered by its style
        ("paragraph", "Справочно: программа продлевается каждые три года."),
        ("heading", "Перечень мероприятий"),  # a table follows, not a list
        ("bullet", "12.03.2024, Визит делегации города Гомеля в Астрахань, переговоры в мэрии."),
    ],
)
def test_blocks_of_a_note_of_another_office(note: Document, kind: str, words: str) -> None:
    assert (kind, words) in blocks_of(note)


@pytest.mark.parametrize(
    ("words", "section"),
    [
        ("Соглашение о сотрудничестве", SectionKind.TOP),
        ("Справочно", SectionKind.TOP),
        ("Визит делегации города", SectionKind.CHRONOLOGY),
    ],
)
def test_sections_of_a_note_of_another_office(
    note: Document, words: str, section: SectionKind
) -> None:
    part = section_of(note, note.text.index(words))
    assert part is not None
    assert part.section == section


def test_a_chronology_table_gives_dated_contacts(note: Document) -> None:
    events = list(event_from_dated_bullet(note, Context()))
    assert [(e.start.isoformat(), e.end.isoformat(), e.direction.value) for e in events] == [
        ("2024-03-12", "2024-03-12", "incoming"),
        ("2024-06-05", "2024-06-07", "outgoing"),
    ]


@pytest.mark.parametrize(
    ("line", "kind", "level", "words"),
    [
        ("1. Визит делегации.", BlockKind.BULLET, 0, "Визит делегации."),
        ("1) Визит делегации.", BlockKind.BULLET, 0, "Визит делегации."),
        ("– Визит делегации.", BlockKind.SUBBULLET, 1, "Визит делегации."),
        ("• Визит делегации.", BlockKind.BULLET, 0, "Визит делегации."),
        ("- Визит делегации.", BlockKind.SUBBULLET, 1, "Визит делегации."),
        ("1.2. Визит делегации.", BlockKind.SUBBULLET, 1, "Визит делегации."),
    ],
)
def test_item_markers(line: str, kind: BlockKind, level: int, words: str) -> None:
    text = f"Сотрудничество развивается.\n{line}\n"
    block = detect_blocks(text)[-1]
    assert (block.kind, block.level, text[block.start : block.end]) == (kind, level, words)
