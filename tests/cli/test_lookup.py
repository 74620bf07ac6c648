"""A person or partner asked for in any case, form or script is found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import app
from liaison.text.forms import is_whole_name, names

runner = CliRunner()


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("Mustafayev", "Мустафаев Ш.А.", True),
        ("Мустафаеву", "Мустафаев Ш.А.", True),
        ("Мустафаевым Ш.А.", "Мустафаев Ш.А.", True),
        ("Mustafayev", "Магомаев М.", False),  # an initial alone names nobody
        ("Ilham Aliyev", "Алиев И.Г.", True),
        ("Ilham Aliyev", "Алиев Г.А.", False),
        ("Джаббарова", "Mikayil Jabbarov", True),
        ("Dzhabbarov", "Джаббаров М.Ч.", True),
        ("Гусейновой", "Гусейнова Ф.", True),
        ("Петров", "Петренко А.", False),
    ],
)
def test_person_names_in_any_form(query: str, name: str, expected: bool) -> None:
    assert names(query, name) is expected


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("Витебском", "Витебск", True),
        ("Витебском", "Витебская область", False),
        ("Vitebsk", "Витебск", True),
        ("Могилевской области", "Могилевская область", True),
        ("Mogilev Region", "Могилевская область", False),  # English goes by the English name
    ],
)
def test_partner_names_word_for_word(query: str, name: str, expected: bool) -> None:
    assert is_whole_name(query, name) is expected


@pytest.fixture(scope="module")
def db(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lookup") / "kb.sqlite"
    notes = [corpus_dir / "000_dbe67b22e53d9186.txt", corpus_dir / "001_3211ef41689413ab.txt"]
    result = runner.invoke(app, ["--db", str(path), "ingest", *map(str, notes)])
    assert result.exit_code == 0, result.stderr
    return path


@pytest.mark.parametrize("query", ["Mustafayev", "Мустафаеву", "Мустафаев"])
def test_show_person_finds_both_mustafayevs(db: Path, query: str) -> None:
    result = runner.invoke(app, ["--db", str(db), "show", "person", query])
    assert result.exit_code == 0, result.stderr
    assert "Мустафаев Ш.А." in result.stdout and "Мустафаев Р.С." in result.stdout
    assert "Магомаев" not in result.stdout


@pytest.mark.parametrize("query", ["Витебском", "Vitebsk", "Витебск"])
def test_brief_finds_vitebsk_in_any_form(db: Path, tmp_path: Path, query: str) -> None:
    out = tmp_path / "note.md"
    result = runner.invoke(
        app, ["--db", str(db), "brief", query, "--format", "md", "--out", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    assert "С ГОРОДОМ ВИТЕБСКОМ" in out.read_text(encoding="utf-8")


def test_brief_belarus_in_the_genitive_still_works(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "note.md"
    result = runner.invoke(
        app, ["--db", str(db), "brief", "Беларуси", "--format", "md", "--out", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    assert "С РЕСПУБЛИКОЙ БЕЛАРУСЬ" in out.read_text(encoding="utf-8")


def test_search_finds_a_latin_name_and_narrows_by_facet(db: Path) -> None:
    result = runner.invoke(
        app, ["--db", str(db), "search", "Mustafayev", "--kind", "event", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and {h["kind"] for h in hits} == {"event"}
