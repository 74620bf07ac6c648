"""`liaison ingest` of folders: what it skips is said, what is named twice is read once."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.app import program
from liaison.cli.main import EXAMPLES, app

runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir()
    shutil.copy(EXAMPLES / "news_en.txt", notes / "note_kz.txt")
    (notes / "README.md").write_text("# Notes of the desk\n", encoding="utf-8")
    (notes / "~$note_kz.docx").write_bytes(b"lock")
    (notes / ".DS_Store").write_bytes(b"\0")
    return notes


def ingest(tmp_path: Path, *paths: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.sqlite"), "ingest", *paths])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("README.md", ".md files are not documents Liaison reads"),
        ("~$note_kz.docx", "Word's lock file of an open document"),
    ],
)
def test_ingest_of_a_folder_says_what_it_skipped(
    tmp_path: Path, folder: Path, name: str, reason: str
) -> None:
    code, _, stderr = ingest(tmp_path, str(folder))
    assert code == 0, stderr
    assert f"skipped {folder / name}: {reason}" in " ".join(stderr.split())
    assert ".DS_Store" not in stderr


@pytest.mark.parametrize(
    "names",
    [
        ("notes/note_kz.txt", "notes/note_kz.txt"),
        ("notes", "notes/note_kz.txt"),
        ("notes/note_kz.txt", "notes/../notes/note_kz.txt"),
    ],
)
def test_a_file_named_twice_is_read_once(
    tmp_path: Path, folder: Path, names: tuple[str, ...]
) -> None:
    code, stdout, stderr = ingest(tmp_path, *(str(tmp_path / n) for n in names))
    assert code == 0, stderr
    assert "1 file" in stdout
    assert "2 files" not in stdout


def test_the_demo_hint_is_commands_to_paste(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = runner.invoke(app, ["--db", str(tmp_path / "kb.sqlite"), "demo", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    hint = result.stdout.split("Try:")[1].strip().splitlines()
    assert len(hint) == 3
    for line in hint:
        words = shlex.split(line)
        assert words[:3] == ["liaison", "--db", str(tmp_path / "kb.sqlite")]
        again = runner.invoke(app, words[1:])
        assert again.exit_code == 0, (line, again.stderr)


@pytest.mark.parametrize(
    ("argv0", "expected"),
    [
        (".venv/bin/liaison", ".venv/bin/liaison"),
        ("/opt/my tools/liaison", "'/opt/my tools/liaison'"),
        ("/usr/lib/python3/site-packages/pytest/__main__.py", "liaison"),
    ],
)
def test_program_is_the_command_the_run_was_started_by(
    monkeypatch: pytest.MonkeyPatch, argv0: str, expected: str
) -> None:
    monkeypatch.setattr(sys, "argv", [argv0])
    assert program() == expected


def test_program_through_the_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/src/liaison/__main__.py"])
    assert program().endswith(" -m liaison")
