"""`liaison brief` and `liaison chronology` as a user runs them."""

from __future__ import annotations

import csv
import datetime
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from docx import Document as WordDocument
from pypdf import PdfReader
from typer.testing import CliRunner

from liaison.brief import note_pdf
from liaison.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "kb.sqlite"
    result = runner.invoke(app, ["--db", str(path), "ingest", str(corpus_dir)])
    assert result.exit_code == 0, result.stderr
    return path


def brief(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_markdown_note_has_the_house_structure(db: Path) -> None:
    code, text, _ = brief(db, "brief", "AZ", "--format", "md")
    assert code == 0
    assert "О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ" in text
    assert "- Действует Соглашение между Правительством Астраханской области" in text
    assert "### В сфере образования" in text
    assert "## ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ." in text
    assert "- 28 сентября – 2 октября 2023 г., визит" in text
    # State-level background from the news is not the region's chronology.
    assert "Алиев посетил Москву" not in text


def test_period_sets_the_chronology_heading(db: Path) -> None:
    code, text, _ = brief(
        db, "brief", "Беларусь", "--format", "md", "--from", "2023", "--to", "2023"
    )
    assert code == 0
    assert "ХРОНОЛОГИЯ КОНТАКТОВ В 2023 Г." in text
    assert "2022 г., визит" not in text.split("ХРОНОЛОГИЯ")[1]


def test_region_note(db: Path) -> None:
    code, text, _ = brief(db, "brief", "Могилевская область", "--format", "md")
    assert code == 0
    assert "МОГИЛЕВСКОЙ ОБЛАСТЬЮ" in text


def test_docx_note_with_sources(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "az.docx"
    code, _, stderr = brief(db, "brief", "AZ", "--format", "docx", "--sources", "--out", str(out))
    assert code == 0, stderr
    paragraphs = [p.text for p in WordDocument(str(out)).paragraphs]
    assert paragraphs[0] == "СПРАВОЧНАЯ ИНФОРМАЦИЯ"
    assert any("000_dbe67b22e53d9186.txt" in p for p in paragraphs)


def test_english_overview_of_several_partners(db: Path) -> None:
    code, text, _ = brief(db, "brief", "--partners", "AZ,BY", "--lang", "en", "--format", "md")
    assert code == 0
    assert "Azerbaijan" in text and "Belarus" in text


def test_chronology_table(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "by.csv"
    code, stdout, _ = brief(db, "chronology", "BY", "--format", "csv", "--out", str(out))
    assert code == 0
    assert "28 contacts" in stdout
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 29


@pytest.mark.skipif(shutil.which("soffice") is None, reason="PDF needs LibreOffice (soffice)")
def test_pdf_note(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "by.pdf"
    code, _, stderr = brief(db, "brief", "BY", "--format", "pdf", "--out", str(out))
    assert code == 0, stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_pdf_note_drawn_without_libreoffice_says_so_in_one_line(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(note_pdf, "find_soffice", lambda: None)
    out = tmp_path / "az.pdf"
    code, stdout, stderr = brief(db, "brief", "AZ", "--format", "pdf", "--out", str(out))
    assert code == 0, stderr
    assert stderr.splitlines() == [
        "note: PDF drawn by the built-in renderer; for the exact Word layout "
        "install LibreOffice (apt-get install libreoffice-writer)"
    ]
    assert f"wrote {out}" in stdout
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "С АЗЕРБАЙДЖАНСКОЙ РЕСПУБЛИКОЙ" in first


def test_builtin_pdf_engine_may_be_chosen_by_environment(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "by.pdf"
    result = runner.invoke(
        app,
        ["--db", str(db), "brief", "BY", "--format", "pdf", "--lang", "en", "--out", str(out)],
        env={"LIAISON_PDF_ENGINE": "builtin"},
    )
    assert result.exit_code == 0, result.stderr
    assert "PDF drawn by the built-in renderer" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "REFERENCE NOTE" in PdfReader(str(out)).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("brief", "AZ", "--format", "odt"), "--format 'odt' is not supported"),
        (("brief", "Atlantis", "--format", "md"), "Atlantis"),
        (("brief", "AZ", "--sphere", "astrology"), "unknown sphere"),
        (("brief", "AZ", "--from", "last spring"), "is not a date"),
        (("brief", "AZ", "--format", "md", "--out", "note.docx"), "does not match --format md"),
        (("brief", "--partners", "AZ,BY", "--format", "docx"), "written as md"),
        (("brief", "AZ", "--out", "/proc/note.docx"), "cannot write /proc/note.docx"),
        (("export", "--format", "yaml"), "--format 'yaml' is not supported"),
        (("brief", "AZ", "--format", "pdf", "--pdf-engine", "word"), "PDF engine 'word'"),
    ],
)
def test_bad_options_get_one_line(db: Path, args: tuple[str, ...], message: str) -> None:
    code, _, stderr = brief(db, *args)
    assert code == 1
    assert message in stderr


def test_a_sphere_may_be_named_in_russian(db: Path) -> None:
    code, text, _ = brief(db, "brief", "AZ", "--format", "md", "--sphere", "культура")
    assert code == 0
    assert "### В сфере культуры" in text
    assert "### В сфере образования" not in text


def test_show_accepts_word_forms_and_bare_event_ids(db: Path) -> None:
    code, text, _ = brief(db, "show", "partner", "Беларуси")
    assert code == 0 and "Беларусь / Belarus (BY)" in text
    kb = json.loads(brief(db, "export")[1])
    event = next(e for e in kb["events"] if e["start"] == "2022-06-30")
    code, text, _ = brief(db, "show", "event", event["id"].removeprefix("event:"))
    assert code == 0
    assert "2022-06-30 – 2022-07-01" in text


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2023-01-01", "2023-12-31"),
        ("01.01.2023", "31.12.2023"),
        ("1 января 2023", "31 декабря 2023 г."),
        ("январь 2023", "декабрь 2023"),
        ("2023", "2023"),
    ],
)
def test_period_options_take_dates_as_people_type_them(db: Path, start: str, end: str) -> None:
    code, text, stderr = brief(
        db, "brief", "Беларусь", "--format", "md", "--from", start, "--to", end
    )
    assert code == 0, stderr
    chronology = text.split("ХРОНОЛОГИЯ")[1]
    assert "2023 г." in chronology
    assert "2022 г., визит" not in chronology
    assert "2024 г.," not in chronology


@pytest.mark.parametrize(
    ("args", "sheet", "column"),
    [
        (("chronology", "BY", "--format", "xlsx"), "Хронология", 2),
        (("export", "--format", "xlsx"), "events", None),
    ],
)
def test_spreadsheets_hold_real_dates(
    db: Path, tmp_path: Path, args: tuple[str, ...], sheet: str, column: int | None
) -> None:
    out = tmp_path / "table.xlsx"
    code, _, stderr = brief(db, *args, "--out", str(out))
    assert code == 0, stderr
    rows = list(openpyxl.load_workbook(out)[sheet].iter_rows(values_only=True))
    index = column - 1 if column else list(rows[0]).index("start")
    days = [row[index] for row in rows[1:]]
    assert days
    assert all(isinstance(day, datetime.datetime) for day in days)
