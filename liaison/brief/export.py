"""The whole knowledge base written out: JSON (the exchange shape), CSV or XLSX tables.

JSON is ``to_json(kb)``: what ``liaison import`` reads back. The tables have one table
per kind (documents, partners, agreements, events, persons, organizations, facts,
indicators, conflicts, and the audit log's changes), one row per item, one column per
field: lists of plain values joined with '; ', nested values (mentions, participants,
positions, period) as compact JSON. A document's text and structure stay in the JSON
only (a cell holds 32,767 characters). CSV goes to a folder of files, or to one .zip
when ``out`` ends in .zip.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import typing
import zipfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from liaison.brief.files import (
    csv_cell,
    keep_as_text,
    replacing,
    replacing_folder,
    sheet_value,
    write_archive,
    write_text_file,
)
from liaison.errors import LiaisonError
from liaison.model import KnowledgeBase, to_json
from liaison.model.json import json_key

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_FORMAT = "DD.MM.YYYY"

TABLE_KINDS = (
    "documents",
    "partners",
    "agreements",
    "events",
    "persons",
    "organizations",
    "facts",
    "indicators",
    "conflicts",
    "changes",
)
LEFT_OUT = {"documents": {"text", "blocks", "source_offsets"}}


def write_export(kb: KnowledgeBase, fmt: str, out: Path) -> Path:
    """Write the knowledge base to ``out`` as json, csv (folder or .zip) or xlsx."""
    writers = {"json": export_json, "csv": export_csv, "xlsx": export_xlsx}
    if fmt not in writers:
        raise LiaisonError(f"unknown export format {fmt!r}", "use json, csv or xlsx")
    writers[fmt](kb, out)
    return out


def export_json(kb: KnowledgeBase, out: Path) -> None:
    """The exchange JSON, readable by ``liaison import``."""
    write_text_file(out, json.dumps(to_json(kb), ensure_ascii=False, indent=2) + "\n")


def table(kb: KnowledgeBase, kind: str) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of one kind of item."""
    header = column_names(kind)
    rows = [[cell(to_json(item).get(key)) for key in header] for item in getattr(kb, kind)]
    return header, rows


def column_names(kind: str) -> list[str]:
    """The exchange keys of a kind's fields, in model order, less those left out."""
    item_class = typing.get_args(typing.get_type_hints(KnowledgeBase)[kind])[0]
    keys = [json_key(f) for f in dataclasses.fields(item_class)]
    return [k for k in keys if k not in LEFT_OUT.get(kind, set())]


def cell(value: Any) -> Any:
    """A JSON value as one table cell."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(str(v) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def csv_text(header: list[str], rows: Iterable[list[Any]]) -> str:
    """A table as CSV text, formula-like strings kept as text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def export_csv(kb: KnowledgeBase, out: Path) -> None:
    """One CSV per kind (UTF-8 with BOM so Excel reads Cyrillic): in the folder ``out``,
    or inside the zip ``out`` when it ends in .zip."""
    tables = {kind: csv_text(*table(kb, kind)) for kind in TABLE_KINDS}
    if out.suffix.lower() == ".zip":
        with (
            replacing(out) as temporary,
            zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            for kind, text in tables.items():
                archive.writestr(f"{kind}.csv", "\ufeff" + text)
        return
    if out.exists() and not out.is_dir():
        raise LiaisonError(f"{out} is a file", "give a folder for CSV, or a name ending in .zip")
    with replacing_folder(out) as folder:
        for kind, text in tables.items():
            (folder / f"{kind}.csv").write_text(text, encoding="utf-8-sig", newline="")


def export_xlsx(kb: KnowledgeBase, out: Path) -> None:
    """One sheet per kind, the header row in bold."""
    book = Workbook()
    book.remove(book.active)
    for kind in TABLE_KINDS:
        header, rows = table(kb, kind)
        sheet = book.create_sheet(kind)
        sheet.append(header)
        for row in rows:
            sheet.append([xlsx_value(v) for v in row])
            keep_as_text(sheet[sheet.max_row])
        set_date_format(sheet)
        sheet.freeze_panes = "A2"
    with replacing(out) as temporary:
        write_archive(temporary, book.save)


def xlsx_value(value: Any) -> Any:
    """A cell value a spreadsheet accepts (``sheet_value``); a day written ``2024-05-31``
    becomes a date cell, so a spreadsheet sorts and filters it.

    >>> xlsx_value("2024-05-31"), xlsx_value("2024"), xlsx_value("a\x01b")
    (datetime.date(2024, 5, 31), '2024', 'ab')
    """
    if isinstance(value, str) and ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # '2024-02-30' is text, not a day
    return sheet_value(value)


def set_date_format(sheet: Any) -> None:
    """Show the date cells of ``sheet`` as the office writes days: 31.05.2024."""
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
