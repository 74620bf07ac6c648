"""A knowledge base copied where it cannot be written (a read-only share, a folder handed
over) is read by every command that only reads.

SQLite in WAL mode creates a ``-shm`` index beside the file to read it; where it cannot,
Liaison opens the copy ``immutable``, unless a ``-wal`` file holds commits that reading so
would leave out, and then it says in one line that write access is needed.

Permissions do not stop root, so when the tests run as root the commands run as an
unprivileged user (through ``setpriv``); the folders they read are readable by all.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import EXAMPLES, app

NOBODY = 65534
LIAISON = Path(sys.executable).with_name("liaison")


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder every user may read (``tmp_path`` is its owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="liaison-shared-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def knowledge_base(folder: Path) -> Path:
    """The samples ingested into a WAL-mode knowledge base in ``folder``."""
    db = folder / "kb.sqlite"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file, to copy
    finally:
        con.close()
    return db


def read_only(folder: Path) -> None:
    """Nobody may write ``folder`` or the files in it."""
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)


def as_reader() -> list[str]:
    """The command prefix that runs a command as a user whom permissions stop."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, whom permissions do not stop, and no setpriv to drop it")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    can_run = subprocess.run(
        [*prefix, str(LIAISON), "--help"], capture_output=True, timeout=120, check=False
    )
    if can_run.returncode != 0:
        pytest.skip(
            f"the unprivileged user cannot run {LIAISON} (this checkout's folders are its "
            "owner's alone): clone into a folder others may read to run this test"
        )
    return prefix


def run_as_reader(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``liaison --db db …`` run by a user who may read ``db`` but write nothing beside it."""
    return subprocess.run(
        [*as_reader(), str(LIAISON), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": str(db.parent)},
    )


@pytest.mark.parametrize(
    ("command", "says"),
    [
        (["search", "Kazakhstan"], "Kazakhstan"),
        (["show", "partners"], "KZ"),
        (["brief", "KZ", "--format", "md"], "КАЗАХСТАН"),
        (["export"], '"documents"'),
    ],
)
def test_a_read_only_copy_is_read(shared: Path, command: list[str], says: str) -> None:
    copy = shared / "copy"
    copy.mkdir()
    shutil.copyfile(knowledge_base(shared), copy / "kb.sqlite")
    read_only(copy)
    done = run_as_reader(copy / "kb.sqlite", *command)
    assert done.returncode == 0, done.stderr
    assert says in done.stdout
    assert sorted(p.name for p in copy.iterdir()) == ["kb.sqlite"]


def test_a_read_only_copy_with_commits_in_its_wal_asks_for_write_access(shared: Path) -> None:
    db = knowledge_base(shared)
    copy = shared / "copy"
    copy.mkdir()
    con = sqlite3.connect(db)  # open while copying: its commit is in the WAL, not the file
    try:
        con.execute("PRAGMA wal_autocheckpoint = 0")
        con.execute("UPDATE documents SET title = 'changed'")
        con.commit()
        for name in ("kb.sqlite", "kb.sqlite-wal"):
            shutil.copyfile(shared / name, copy / name)
    finally:
        con.close()
    read_only(copy)
    done = run_as_reader(copy / "kb.sqlite", "search", "Kazakhstan")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: cannot read {copy / 'kb.sqlite'}: its latest changes are in kb.sqlite-wal, "
        "and reading them needs write access to its folder; give write access to the "
        "folder, or copy the knowledge base where you can write, and run again"
    ]
