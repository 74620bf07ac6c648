"""Kill `liaison ingest` midway, as a power cut would: the knowledge base stays consistent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from liaison.model import Event, Person
from liaison.store import Store

N_FILES = 40


def make_files(corpus_dir: Path, folder: Path) -> None:
    """Distinct copies of a real note: each has its own content hash."""
    text = (corpus_dir / "001_3211ef41689413ab.txt").read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(N_FILES):
        (folder / f"note_{i:03}.txt").write_text(f"{text}\nКопия {i}.\n", encoding="utf-8")


def stored_documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as con:
            return int(con.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def ingest(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "liaison.cli", "--db", str(db), "ingest", str(folder)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killed_ingest_leaves_a_consistent_store(corpus_dir: Path, tmp_path: Path) -> None:
    folder, db = tmp_path / "notes", tmp_path / "kb.sqlite"
    make_files(corpus_dir, folder)
    process = ingest(db, folder)
    deadline = time.monotonic() + 120
    while stored_documents(db) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.fail("ingest finished before it could be killed; raise N_FILES")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    done = stored_documents(db)
    assert 3 <= done < N_FILES
    with sqlite3.connect(db) as con:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        orphans = con.execute(
            "select count(*) from mentions where document_id not in (select id from documents)"
        ).fetchone()[0]
        assert orphans == 0
    store = Store.open(f"sqlite:///{db}")
    kb = store.export()
    # Every stored document is whole: each copy holds the same chronology.
    per_document: dict[str, int] = {}
    for event in kb.events:
        for m in event.mentions:
            per_document[m.document or ""] = per_document.get(m.document or "", 0) + 1
    assert set(per_document) == {d.id for d in kb.documents}
    assert len(set(per_document.values())) == 1
    assert store.all(Person)

    # Run again: the rest goes in, nothing twice.
    assert ingest(db, folder).wait(timeout=600) == 0
    assert stored_documents(db) == N_FILES
    assert len(Store.open(f"sqlite:///{db}").all(Event)) == len(kb.events)
