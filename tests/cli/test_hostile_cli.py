"""The command line given names and trees built to hurt: one line per file, the rest go on."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.brief import files as output_files
from liaison.cli.main import EXAMPLES, app
from liaison.cli.options import parse_change
from liaison.errors import LiaisonError
from liaison.model import Event
from liaison.model.values import parse_value

runner = CliRunner()
NEWS = EXAMPLES / "news_en.txt"


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def stored_paths(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return sorted(r[0] for r in con.execute("select path from documents"))


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\nerror: all files were read.txt", "a\\nerror: all files were read.txt"),
        ("b\x1b[2J\x1b[31m.txt", "b\\x1b[2J\\x1b[31m.txt"),
        ("c\rerror: forged.txt", "c\\rerror: forged.txt"),
        ("d\u202etxt.exe.txt", "d\\u202etxt.exe.txt"),  # right-to-left override
    ],
)
def test_a_hostile_file_name_is_printed_escaped_on_one_line(
    tmp_path: Path, name: str, shown: str
) -> None:
    (tmp_path / name).write_bytes(b"")
    code, stdout, stderr = run(tmp_path / "kb.sqlite", "ingest", str(tmp_path / name))
    assert code == 1
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert shown in errors[0]
    assert "\x1b[2J" not in stderr + stdout
    assert "\u202e" not in stderr + stdout


def test_a_hostile_name_of_a_good_file_is_escaped_in_every_table(tmp_path: Path) -> None:
    path = tmp_path / "news\n\x1b[1mforged.txt"
    path.write_bytes(NEWS.read_bytes())
    db = tmp_path / "kb.sqlite"
    code, stdout, _ = run(db, "extract", str(path))
    assert code == 0
    assert "news\\n\\x1b[1m" in stdout  # (Rich may wrap the rest at the width)
    assert "\x1b[1m" not in stdout
    code, stdout, _ = run(db, "ingest", str(path))
    assert code == 0
    assert "\x1b" not in stdout


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = tmp_path / "notes"
    (tree / "locked").mkdir(parents=True)
    (tree / "locked" / "hidden.txt").write_bytes(NEWS.read_bytes())
    (tree / "open.txt").write_bytes(NEWS.read_bytes())
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        # Only the OS error is simulated: the tests run as root, whom permissions do not stop.
        if Path(path) == tree / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    db = tmp_path / "kb.sqlite"
    code, _stdout, stderr = run(db, "ingest", str(tree))
    assert code == 1
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {tree / 'locked'}: cannot be listed (Permission denied); check that the "
        "folder exists and that you may read it; the other files go on"
    ]
    assert stored_paths(db) == [str(tree / "open.txt")]


def test_a_file_named_inside_a_folder_that_cannot_be_searched_is_one_line(
    tmp_path: Path,
) -> None:
    # A name past the file system's limit makes every look at the path fail, as a folder
    # on the way without search permission does, and that works for root too.
    unsearchable = tmp_path / ("x" * 300) / "note.txt"
    good = tmp_path / "good.txt"
    good.write_bytes(NEWS.read_bytes())
    db = tmp_path / "kb.sqlite"
    code, _stdout, stderr = run(db, "ingest", str(unsearchable), str(good))
    assert code == 1
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert "note.txt" in errors[0] and "File name too long" in errors[0]
    assert stored_paths(db) == [str(good)]
    code, _stdout, stderr = run(db, "extract", str(unsearchable), str(good))
    assert code == 1
    assert "Traceback" not in stderr


def too_deep_folder(tree: Path) -> Path:
    """A folder so deep inside ``tree`` that its path is past what the system takes
    (ENAMETOOLONG), built one level at a time relative to the last; a file inside it."""
    fd = os.open(tree, os.O_RDONLY)
    names = []
    for level in range(20):  # 20 names of 240 characters: past the 4096 of a path
        name = f"{level:02d}" + "d" * 238
        os.mkdir(name, dir_fd=fd)
        inner = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd, names = inner, [*names, name]
    os.close(os.open("note.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    os.close(fd)
    deep = tree
    while len(os.fsencode(deep)) < 4096:  # PATH_MAX, with the closing NUL
        deep = deep / names[len(deep.relative_to(tree).parts)]
    return deep  # the first folder that cannot be listed


def test_a_folder_too_deep_in_a_tree_is_one_line_and_the_rest_go_on(tmp_path: Path) -> None:
    tree = tmp_path / "notes"
    tree.mkdir()
    (tree / "open.txt").write_bytes(NEWS.read_bytes())
    (tree / "read\x1b[2Jme.md").write_text("not a note", encoding="utf-8")
    deep = too_deep_folder(tree)
    db = tmp_path / "kb.sqlite"
    code, _stdout, stderr = run(db, "ingest", str(tree))
    assert code == 1
    assert "cannot write the output" not in stderr and "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {deep}: cannot be listed (File name too long)")
    assert f"skipped {tree}/read\\x1b[2Jme.md: .md files are" in stderr  # escaped
    assert "\x1b[2J" not in stderr
    assert stored_paths(db) == [str(tree / "open.txt")]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [["export"], ["brief", "KZ", "--format", "md"]])
def test_standard_output_on_a_full_disk_is_one_line(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "kb.sqlite"
    assert run(db, "ingest", str(EXAMPLES))[0] == 0
    liaison = Path(sys.executable).with_name("liaison")
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [str(liaison), "--db", str(db), *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        line for line in done.stderr.splitlines() if line.startswith("error: cannot write")
    ]
    assert len(done.stderr.splitlines()) == 1


def test_a_failing_output_file_leaves_the_old_one_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "kb.sqlite"
    assert run(db, "ingest", str(EXAMPLES))[0] == 0
    note = tmp_path / "note.md"
    note.write_text("the note as it was\n", encoding="utf-8")

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_files.os, "fsync", no_space)  # only the OS error
    code, _stdout, stderr = run(db, "brief", "KZ", "--format", "md", "--out", str(note))
    assert code == 1
    assert "No space left on device" in stderr and "Traceback" not in stderr
    assert note.read_text(encoding="utf-8") == "the note as it was\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".note.md")]


@pytest.mark.parametrize(
    ("field", "typed", "says"),
    [
        ("participants", '["Ким А."]', "is not an object"),  # a participant has fields
        ("start", "5", "event.start: '5' is not a date"),
        ("partners", 5, "5 is not a list"),  # a script's JSON number where a list belongs
    ],
)
def test_a_correction_of_the_wrong_type_is_refused(field: str, typed: object, says: str) -> None:
    with pytest.raises(LiaisonError, match=says):
        parse_value(Event, field, typed)


def test_a_correction_of_the_right_type_is_taken() -> None:
    assert parse_change(Event, "partners=AZ; BY") == ("partners", "AZ; BY")
    assert parse_value(Event, "partners", "AZ; BY") == ("AZ", "BY")  # not ("A", "Z")
    assert parse_value(Event, "partners", '["AZ"]') == ("AZ",)
    with pytest.raises(LiaisonError, match="no field 'nickname'"):
        parse_change(Event, "nickname=x")


def test_standard_output_cut_short_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file on a full disk takes the start of a large write; the rest must be an error,
    not a command that ends well with its output cut short."""
    from liaison.cli.options import emit

    read_end, write_end = os.pipe()
    taken: list[int] = []

    def full_after_first(fd: int, data: bytes | memoryview) -> int:
        if taken:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken.append(len(data) // 2)
        return taken[0]

    monkeypatch.setattr(os, "write", full_after_first)
    stream = os.fdopen(write_end, "w", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    try:
        with pytest.raises(OSError, match="No space left"):
            emit("x" * 10_000)
    finally:
        monkeypatch.undo()
        stream.close()
        os.close(read_end)


def test_a_csv_export_into_its_own_folder_again_replaces_it(
    corpus_dir: Path, tmp_path: Path
) -> None:
    db, out = tmp_path / "kb.sqlite", tmp_path / "csv"
    assert (
        runner.invoke(
            app, ["--db", str(db), "ingest", str(corpus_dir / "000_dbe67b22e53d9186.txt")]
        ).exit_code
        == 0
    )
    for _ in range(2):
        result = runner.invoke(
            app, ["--db", str(db), "export", "--format", "csv", "--out", str(out)]
        )
        assert result.exit_code == 0, result.stderr
    assert (out / "events.csv").stat().st_size > 0


def test_a_damaged_pdf_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"junk, not a PDF at all")
    result = subprocess.run(
        [sys.executable, "-m", "liaison.cli", "extract", str(bad)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
