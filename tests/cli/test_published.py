"""`--published` dates a file that states no date; a date the file states wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "option", "published"),
    [
        ("Делегация области посетила выставку.\n", "22.04.2025", "2025-04-22"),
        ("Делегация области посетила выставку.\n", "22 апреля 2025", "2025-04-22"),
        ("date 2021-12-08\nThe delegation came to the fair.\n", "2025-04-22", "2021-12-08"),
    ],
)
def test_extract_published(tmp_path: Path, text: str, option: str, published: str) -> None:
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--json", "--published", option])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["document"]["published"] == published


def test_ingest_published_reaches_the_knowledge_base(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text("Делегация области посетила выставку.\n", encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    result = runner.invoke(app, ["--db", db, "ingest", str(path), "--published", "2025-04-22"])
    assert result.exit_code == 0, result.stderr
    exported = runner.invoke(app, ["--db", db, "export", "--format", "json"])
    (document,) = json.loads(exported.stdout)["documents"]
    assert document["published"] == "2025-04-22"


def test_a_published_date_that_is_none_gets_one_line(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text("Делегация области посетила выставку.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "вчера"])
    assert result.exit_code == 1
    assert "--published 'вчера' is not a date" in result.stderr


def test_extract_without_json_lists_what_it_found(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "ХРОНОЛОГИЯ КОНТАКТОВ\n\n· 3 мая 2024 г., визит делегации Республики Беларусь "
        "под руководством Министра культуры Республики Беларусь Петрова П.П. в Астраханскую "
        "область. Подписан Меморандум о сотрудничестве в сфере культуры.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("2024-05-03" in line and "Петров П.П." in line for line in lines)
    assert any("Меморандум о сотрудничестве" in line for line in lines)
    assert any("Петров П.П." in line and "Министр культуры" in line for line in lines)
