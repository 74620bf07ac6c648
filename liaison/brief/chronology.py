"""The chronology of contacts as a table: one row per event, for xlsx, csv or docx."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from liaison.brief.content import NoteContent, source_keys
from liaison.brief.dates import format_date_range
from liaison.brief.events import EventContext, event_line, main_partner, position_at
from liaison.brief.export import set_date_format, xlsx_value
from liaison.brief.files import csv_cell, keep_as_text, replacing, write_archive, xml_safe
from liaison.brief.layout import event_context, source_label
from liaison.errors import LiaisonError
from liaison.model import Direction, Event, Participant, label

COLUMNS = (
    "dates",
    "start",
    "end",
    "kind",
    "direction",
    "place",
    "leader",
    "participants",
    "text",
    "sources",
)
# Column headings in the xlsx and docx tables; csv keeps the keys for machines.
HEADINGS: dict[str, tuple[str, str]] = {
    "dates": ("Даты", "Dates"),
    "start": ("Начало", "Start"),
    "end": ("Окончание", "End"),
    "kind": ("Вид", "Kind"),
    "direction": ("Направление", "Direction"),
    "place": ("Место", "Place"),
    "leader": ("Руководитель", "Led by"),
    "participants": ("Участники", "Participants"),
    "text": ("Содержание", "What happened"),
    "sources": ("Источники", "Sources"),
}
WIDTHS = {"dates": 24, "text": 70, "participants": 40, "leader": 32, "sources": 40}


def chronology_table(content: NoteContent, lang: str = "ru") -> list[dict[str, str]]:
    """One row per contact of the note, in date order, with the keys in ``COLUMNS``."""
    ctx = event_context(content)
    return [event_row(event, ctx, content, lang) for event in content.events]


def event_row(event: Event, ctx: EventContext, content: NoteContent, lang: str) -> dict[str, str]:
    """The row of one event."""
    leader = next((p for p in event.participants if p.name == event.leader), None)
    leader_post = (leader.position if leader else None) or position_at(
        ctx.persons.get(event.leader or ""), event.start
    )
    people = [participant_text(p, ctx, event) for p in event.participants if p.name != event.leader]
    keys = source_keys(event)
    return {
        "dates": format_date_range(event.start, event.end, lang),
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "kind": label(event.kind, lang),
        "direction": label(event.direction, lang),
        "place": event_place(event, ctx),
        "leader": " ".join(filter(None, (leader_post, event.leader))),
        "participants": "; ".join(people),
        "text": event_line(event, ctx, lang),
        "sources": "; ".join(source_label(k, content.documents, lang) for k in keys),
    }


def participant_text(who: Participant, ctx: EventContext, event: Event) -> str:
    """'Алиев И.Г. (Президент Азербайджанской Республики)': name and post at the date."""
    post = who.position or position_at(ctx.persons.get(who.name), event.start)
    return f"{who.name} ({post})" if post else who.name


def event_place(event: Event, ctx: EventContext) -> str:
    """Where it happened: as stated, else the home region for a visit to it, else the
    partner for a visit there."""
    if event.place:
        return event.place
    if event.direction is Direction.INCOMING:
        return ctx.home.name
    partner = main_partner(event, ctx)
    if event.direction is Direction.OUTGOING and partner is not None:
        return partner.name
    return ""


def write_chronology(
    rows: Sequence[dict[str, str]], fmt: str = "xlsx", out: Path | None = None, lang: str = "ru"
) -> Path:
    """Write the rows to ``out`` as xlsx, csv (UTF-8 with BOM, so Excel reads Cyrillic)
    or docx (a landscape table)."""
    if out is None:
        raise LiaisonError("a chronology is written to a file", "give --out PATH")
    writers = {"xlsx": chronology_xlsx, "csv": chronology_csv, "docx": chronology_docx}
    if fmt not in writers:
        raise LiaisonError(f"unknown chronology format {fmt!r}", "use xlsx, csv or docx")
    with replacing(out) as temporary:
        writers[fmt](rows, temporary, lang)
    return out


def chronology_csv(rows: Sequence[dict[str, str]], out: Path, lang: str) -> None:
    """CSV with the column keys as the header row."""
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)


def heading(column: str, lang: str) -> str:
    """A column's heading in ``lang``."""
    ru, en = HEADINGS[column]
    return en if lang == "en" else ru


def chronology_xlsx(rows: Sequence[dict[str, str]], out: Path, lang: str) -> None:
    """One sheet, headings in bold, wrapped text, the header row frozen."""
    book = Workbook()
    sheet: Any = book.active
    sheet.title = "Хронология" if lang != "en" else "Chronology"
    sheet.append([heading(c, lang) for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([xlsx_value(row[c]) for c in COLUMNS])
        keep_as_text(sheet[sheet.max_row])
    set_date_format(sheet)
    for index, column in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = WIDTHS.get(column, 14)
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    write_archive(out, book.save)


DOCX_COLUMNS = ("dates", "kind", "place", "text", "sources")


def chronology_docx(rows: Sequence[dict[str, str]], out: Path, lang: str) -> None:
    """A landscape Word table: dates, kind, place, what happened, sources."""
    doc = WordDocument()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(11)
    title = doc.add_paragraph("ХРОНОЛОГИЯ КОНТАКТОВ" if lang != "en" else "CHRONOLOGY OF CONTACTS")
    title.runs[0].bold = True
    table = doc.add_table(rows=1, cols=len(DOCX_COLUMNS))
    table.style = "Table Grid"
    for cell, column in zip(table.rows[0].cells, DOCX_COLUMNS, strict=True):
        cell.text = heading(column, lang)
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, column in zip(cells, DOCX_COLUMNS, strict=True):
            cell.text = xml_safe(row[column])
    write_archive(out, doc.save)
