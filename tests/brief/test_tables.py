"""Chronology tables (xlsx, csv, docx) and exports of the whole knowledge base."""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook

from liaison.brief import chronology_table, select_note, write_chronology, write_export
from liaison.brief.chronology import COLUMNS
from liaison.errors import LiaisonError
from liaison.model import KnowledgeBase, from_json

Golden = Callable[[str, str], None]


def test_chronology_rows_describe_each_contact(kb: KnowledgeBase) -> None:
    rows = chronology_table(select_note(kb, "AZ"))
    assert len(rows) == 10
    assert all(list(row) == list(COLUMNS) for row in rows)
    december = rows[1]
    assert december["dates"] == "12–13 декабря 2019 г."
    assert (december["start"], december["end"]) == ("2019-12-12", "2019-12-13")
    assert (december["kind"], december["direction"]) == ("визит", "исходящий")
    assert december["place"] == "Азербайджан"
    assert december["leader"] == "Губернатор Астраханской области Бабушкин И.Ю."
    assert december["participants"] == "Алиев И.Г. (Президент Азербайджанской Республики)"
    assert december["sources"] == "внесено вручную: Иванова А.П."
    assert rows[4]["place"] == "Астраханская область"  # an incoming visit


def test_chronology_csv_matches_golden(kb: KnowledgeBase, tmp_path: Path, golden: Golden) -> None:
    out = write_chronology(chronology_table(select_note(kb, "AZ")), "csv", tmp_path / "c.csv")
    text = out.read_text(encoding="utf-8-sig")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        assert len(list(reader)) == 10
    golden("chronology_az.csv", text)


def test_chronology_xlsx_has_headings_and_a_row_per_contact(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    rows = chronology_table(select_note(kb, "AZ"))
    out = write_chronology(rows, "xlsx", tmp_path / "c.xlsx")
    sheet = load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Даты", "Начало", "Окончание")
    assert len(values) == 11
    assert values[8][0] == "28 декабря 2023 г. – 3 января 2024 г."
    assert values[8][3] == "видеоконференция"


def test_chronology_docx_is_a_table(kb: KnowledgeBase, tmp_path: Path) -> None:
    rows = chronology_table(select_note(kb, "AZ"), "en")
    out = write_chronology(rows, "docx", tmp_path / "c.docx", lang="en")
    table = WordDocument(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Dates",
        "Kind",
        "Place",
        "What happened",
        "Sources",
    ]
    assert len(table.rows) == 11
    assert table.rows[1].cells[0].text == "16–19 September 2019"


def test_unknown_chronology_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LiaisonError, match="unknown chronology format"):
        write_chronology([], "ods", tmp_path / "c.ods")


def test_json_export_reads_back_as_the_same_knowledge_base(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    out = write_export(kb, "json", tmp_path / "kb.json")
    assert from_json(KnowledgeBase, json.loads(out.read_text(encoding="utf-8"))) == kb


def test_csv_export_writes_a_file_per_kind(kb: KnowledgeBase, tmp_path: Path) -> None:
    folder = write_export(kb, "csv", tmp_path / "kb")
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        f"{k}.csv"
        for k in (
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
    )
    with (folder / "events.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(kb.events)
    assert rows[0]["start"] == "2019-09-16"
    assert rows[0]["partners"] == "AZ"
    assert json.loads(rows[0]["mentions"])[0]["document"] == "a1b2c3d4e5f60718"
    with (folder / "organizations.csv").open(encoding="utf-8-sig") as handle:
        assert handle.readline().startswith("mentions,entered_by,entered_at,id,name")


def test_csv_export_to_a_zip(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = write_export(kb, "csv", tmp_path / "kb.zip")
    with zipfile.ZipFile(out) as archive:
        assert "facts.csv" in archive.namelist()
        facts = archive.read("facts.csv").decode("utf-8-sig")
    assert "В структуре вывоза преобладают рыба" in facts


def test_xlsx_export_has_a_sheet_per_kind(kb: KnowledgeBase, tmp_path: Path) -> None:
    book = load_workbook(write_export(kb, "xlsx", tmp_path / "kb.xlsx"))
    assert book.sheetnames[:3] == ["documents", "partners", "agreements"]
    documents = list(book["documents"].iter_rows(values_only=True))
    assert "text" not in documents[0]
    assert len(documents) == 3
    assert len(list(book["indicators"].iter_rows())) == len(kb.indicators) + 1
