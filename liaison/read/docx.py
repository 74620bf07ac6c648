"""Word documents (.docx) through python-docx, written out the way Word saves plain text.

Paragraphs and tables come in body order; a table row is one line with its cells joined
by `` | ``; a list paragraph gets the marker Word would print (``·`` for a bullet, ``-``
deeper down, ``1.`` for a numbered item). Styles become hints for the shared structure
rules: Title, Heading N, list levels, table rows. Page headers come first, marked as
furniture so that they are never taken for the title.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from liaison.errors import UnreadableDocument
from liaison.model import BlockKind
from liaison.read.archive import check_package
from liaison.read.assemble import RawText, one_line
from liaison.read.structure import ABBREVIATED_END, LineHint

Line = tuple[str, LineHint]

# Built-in style names as python-docx reports them, and as a Russian template may name them.
HEADING_STYLE = re.compile(r"^(?:Heading|Заголовок) (\d)$")
TITLE_STYLES = {"Title", "Название", "Заголовок"}
LIST_STYLE = re.compile(r"^List (Bullet|Number)(?: (\d))?$")
# A chronology table's date cell: a day and month, or a year with words ("мая 2023 г.").
DATE_CELL = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|[А-Яа-яЁёA-Za-z]{3,}\.?\s+(?:19|20)\d{2}\b")
# What happened: at least two words, not a figure.
WORDS = re.compile(r"[А-Яа-яЁёA-Za-z]{3,}\W.*?[А-Яа-яЁёA-Za-z]{3,}")
MAX_DATE_CELL = 40
MAX_HEADER_WORDS = 4
MAX_HEADING_WORDS = 12
NOT_HEADING_ENDS = (".", ":", ";", ",")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, path: Path) -> RawText:
    """The text of a Word document with a hint for every line."""
    try:
        check_package(data, path)
        document = docx.Document(io.BytesIO(data))
        lines = list(header_lines(document)) + list(body_lines(document))
        title = (document.core_properties.title or "").strip()
    except zipfile.BadZipFile:
        problem = "is not a Word .docx file (it is not a zip package, or a damaged one)"
    except (OpcError, KeyError):
        problem = "is a zip archive but not a Word document"
    except ValueError:
        problem = "is an Office file but not a Word document"
    except (XMLSyntaxError, zlib.error):
        problem = "is a damaged Word document (a part of it does not unpack or parse)"
    else:
        return RawText(
            text="\n".join(text for text, _ in lines),
            format="docx",
            hints={index: hint for index, (_, hint) in enumerate(lines)},
            title=title,
        )
    raise UnreadableDocument(
        f"{path}: {problem}",
        "open it in Word, save it as .docx (Word Document) and run again",
    )


def header_lines(document: WordDocument) -> Iterator[Line]:
    """The text of the page headers, once each, as furniture lines."""
    seen: set[str] = set()
    for section in document.sections:
        if section.header.is_linked_to_previous:
            continue
        for paragraph in section.header.paragraphs:
            text = one_line(paragraph.text)
            if text and text not in seen:
                seen.add(text)
                yield text, LineHint(kind=BlockKind.PARAGRAPH, is_furniture=True)


def body_lines(document: WordDocument) -> Iterator[Line]:
    """Paragraphs and table rows in body order, each with its hint."""
    counters = ListCounters(document)
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            yield from table_lines(item)
        else:
            yield paragraph_line(item, counters)


def paragraph_line(paragraph: Paragraph, counters: ListCounters) -> Line:
    """One paragraph as a line: the list marker Word would print, and its style's hint."""
    text = one_line(paragraph.text)
    style = paragraph.style.name if paragraph.style is not None else ""
    heading = HEADING_STYLE.match(style or "")
    if style in TITLE_STYLES:
        return text, LineHint(kind=BlockKind.TITLE)
    if heading:
        return text, LineHint(kind=BlockKind.HEADING, level=int(heading.group(1)) - 1)
    item = counters.marker(paragraph, style or "")
    if item is None and is_bold_heading(paragraph, text):
        return text, LineHint(kind=BlockKind.HEADING, level=1)
    if item is None or not text:
        return text, LineHint()
    marker, level = item
    kind = BlockKind.BULLET if level == 0 else BlockKind.SUBBULLET
    return f"{marker} {text}", LineHint(kind=kind, level=level)


def is_bold_heading(paragraph: Paragraph, text: str) -> bool:
    """True for a short paragraph set in bold that ends in no stop or colon: a heading
    typed in the Normal style, as many offices do, even when another follows it at once
    ("Основные направления сотрудничества", then "Торговля и транспорт"); a closing
    abbreviation is no stop ("Контакты в 2024 г.")."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph.style is not None and bool(paragraph.style.font.bold)
    if not runs or not all(run.bold or (run.bold is None and style_bold) for run in runs):
        return False
    is_stopped = text.endswith(NOT_HEADING_ENDS) and ABBREVIATED_END.search(text) is None
    return len(text.split()) <= MAX_HEADING_WORDS and not is_stopped


def table_lines(table: Table) -> Iterator[Line]:
    """Each row of ``table`` as one line, cells joined by `` | `` (a merged cell once).

    A chronology table's rows become dated bullets; its header row ("Дата | Мероприятие")
    only named the columns of a table no longer shown as one, so it is left out.
    """
    rows = [[one_line(cell.text) for cell in row_cells(row)] for row in table.rows]
    dated = [is_dated_row(texts) for texts in rows]
    for index, texts in enumerate(rows):
        if dated[index]:
            yield "· " + ", ".join(t for t in texts if t), LineHint(kind=BlockKind.BULLET)
            continue
        if index == 0 and any(dated) and is_header_row(texts):
            continue
        text = " | ".join(texts)
        if text.replace("|", "").strip():
            yield text, LineHint(kind=BlockKind.TABLE_ROW)


def row_cells(row: Any) -> list[Any]:
    """The cells of a table row, a cell merged across columns once."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def is_header_row(cells: list[str]) -> bool:
    """True for a row of column labels: short cells, no figure in any.

    >>> is_header_row(["Дата", "Мероприятие"]), is_header_row(["2024 г.", "Выставка"])
    (True, False)
    """
    return all(
        len(cell.split()) <= MAX_HEADER_WORDS and not any(c.isdigit() for c in cell)
        for cell in cells
    )


def is_dated_row(cells: list[str]) -> bool:
    """True for a row of a chronology table: a short date cell first, then what happened.

    Offices keep the chronology as a table (date | event); read as a bullet that opens
    with its date, each row is the dated item the same rules read in a typed list.

    >>> is_dated_row(["16–19 сентября 2019 г.", "Визит делегации в Баку."])
    True
    >>> is_dated_row(["Дата", "Мероприятие"]), is_dated_row(["2023", "412,6"])
    (False, False)
    """
    if len(cells) < 2 or not cells[0] or len(cells[0]) > MAX_DATE_CELL:
        return False
    is_date = DATE_CELL.search(cells[0]) is not None
    return is_date and any(WORDS.search(cell) for cell in cells[1:])


class ListCounters:
    """The marker of each list paragraph: a bullet by level, or its running number."""

    def __init__(self, document: WordDocument) -> None:
        self.formats = numbering_formats(document)
        self.counts: dict[tuple[str, int], int] = {}

    def marker(self, paragraph: Paragraph, style: str) -> tuple[str, int] | None:
        """``(marker, level)`` for a list paragraph, None for any other."""
        num_id, level = numbering_of(paragraph)
        listed = LIST_STYLE.match(style)
        if num_id is None and listed is None:
            return None
        if num_id is None and listed is not None:
            level = int(listed.group(2) or 1) - 1
            is_numbered = listed.group(1) == "Number"
            num_id = style
        else:
            is_numbered = self.formats.get((str(num_id), level), "bullet") not in NOT_NUMBERS
        if not is_numbered:
            return ("·" if level == 0 else "-"), level
        return f"{self.next_number(str(num_id), level)}.", level

    def next_number(self, num_id: str, level: int) -> int:
        """The next number at ``level`` of list ``num_id``; deeper levels start again."""
        key = (num_id, level)
        self.counts[key] = self.counts.get(key, 0) + 1
        for other in [k for k in self.counts if k[0] == num_id and k[1] > level]:
            del self.counts[other]
        return self.counts[key]


NOT_NUMBERS = {"bullet", "none"}


def numbering_of(paragraph: Paragraph) -> tuple[str | None, int]:
    """The numbering id and level of a paragraph (``w:numPr``): its own, else its style's.

    A house template often numbers a list through the style ("Список пунктов" based on
    List Paragraph carries the numbering), so the paragraphs themselves say nothing.
    """
    num_pr = paragraph._p.find(f"{W}pPr/{W}numPr")
    style = paragraph.style
    if style is not None and LIST_STYLE.match(style.name or ""):
        style = None  # Word's own list styles give their level by name ("List Bullet 2")
    while num_pr is None and style is not None:
        num_pr = style.element.find(f"{W}pPr/{W}numPr")
        style = style.base_style
    if num_pr is None:
        return None, 0
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    value = num_id.get(f"{W}val") if num_id is not None else None
    if value in (None, "0"):  # numId 0 switches a style's numbering off
        return None, 0
    level = ilvl.get(f"{W}val", "0") if ilvl is not None else "0"
    return value, int(level)


def numbering_formats(document: WordDocument) -> dict[tuple[str, int], str]:
    """``(numId, level) -> numFmt`` from the numbering part: 'bullet', 'decimal', …"""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {
        node.get(f"{W}abstractNumId"): {
            int(lvl.get(f"{W}ilvl", "0")): fmt.get(f"{W}val", "bullet")
            for lvl in node.iter(f"{W}lvl")
            for fmt in lvl.iter(f"{W}numFmt")
        }
        for node in numbering.iter(f"{W}abstractNum")
    }
    formats: dict[tuple[str, int], str] = {}
    for num in numbering.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        levels = abstract.get(ref.get(f"{W}val") if ref is not None else None, {})
        for level, fmt in levels.items():
            formats[(str(num.get(f"{W}numId")), level)] = fmt
    return formats
