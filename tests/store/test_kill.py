"""Kill a process in the middle of saving, as a power cut would: the store stays consistent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from liaison.model import Event, Fact, Indicator, Person
from liaison.store import SaveStatus, Store
from liaison.store.tables import FACT_TABLES, kind_of

from .synthetic import synthetic_extraction

N_DOCUMENTS = 2000
COMMITS_BEFORE_KILL = 5

SCRIPT = """
import sys
sys.path.insert(0, {folder!r})
from synthetic import synthetic_extraction
from liaison.store import Store

store = Store.open({url!r})
for i in range({n}):
    store.save(synthetic_extraction(i))
    print(i, flush=True)
"""


def start_saving(db: Path, tmp_path: Path) -> subprocess.Popen[str]:
    """A subprocess saving synthetic documents one by one, printing after each commit."""
    script = tmp_path / "save_many.py"
    folder = str(Path(__file__).parent)
    script.write_text(SCRIPT.format(folder=folder, url=f"sqlite:///{db}", n=N_DOCUMENTS))
    return subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def kill_after_commits(process: subprocess.Popen[str], commits: int) -> None:
    """Wait for ``commits`` printed commits, then SIGKILL the process."""
    assert process.stdout is not None
    for _ in range(commits):
        if not process.stdout.readline():
            _, errors = process.communicate()
            raise AssertionError(f"the saving process stopped early:\n{errors}")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def assert_sqlite_intact(db: Path) -> None:
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        missing = con.execute(
            "SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert missing == 0
        for cls, table in FACT_TABLES.items():
            kind = kind_of(cls)
            unsourced = con.execute(
                f"SELECT count(*) FROM {table.name} AS f WHERE f.entered_by IS NULL AND NOT "
                f"EXISTS (SELECT 1 FROM mentions m WHERE m.fact_kind = ? AND m.fact_id = f.id)",
                (kind,),
            ).fetchone()[0]
            dangling = con.execute(
                f"SELECT count(*) FROM mentions WHERE fact_kind = ? "
                f"AND fact_id NOT IN (SELECT id FROM {table.name})",
                (kind,),
            ).fetchone()[0]
            assert (cls.__name__, unsourced, dangling) == (cls.__name__, 0, 0)


def assert_documents_whole(store: Store, saved: int) -> None:
    """Documents 0..saved-1 are there with every fact and mention; nothing else is."""
    assert [d.id for d in store.documents()] == [f"doc-{i:04}" for i in range(saved)]
    classes: tuple[type[Any], ...] = (Event, Person, Indicator, Fact)
    stored = {cls: {f.id: f for f in store.all(cls)} for cls in classes}
    for i in range(saved):
        expected = synthetic_extraction(i)
        doc_id = expected.document.id
        wanted: dict[tuple[type, str], set[tuple[int, int, str]]] = {}
        facts: tuple[Any, ...] = (
            *expected.events,
            *expected.persons,
            *expected.indicators,
            *expected.facts,
        )
        for fact in facts:
            spans = wanted.setdefault((type(fact), fact.id), set())
            spans.update((m.start, m.end, m.rule) for m in fact.mentions)
        for (cls, fact_id), spans in wanted.items():
            found = stored[cls][fact_id].mentions
            assert {(m.start, m.end, m.rule) for m in found if m.document == doc_id} == spans
    counts = store.counts()
    entries = counts["documents"] + sum(counts[t.name] for t in FACT_TABLES.values())
    assert counts["search_entries"] == entries
    assert counts["events"] == saved * len(synthetic_extraction(0).events)


def test_a_killed_save_leaves_a_consistent_store(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    process = start_saving(db, tmp_path)
    kill_after_commits(process, COMMITS_BEFORE_KILL)

    assert_sqlite_intact(db)
    with Store.open(f"sqlite:///{db}") as store:
        saved = len(store.documents())
        assert COMMITS_BEFORE_KILL <= saved < N_DOCUMENTS
        assert_documents_whole(store, saved)

        result = store.save(synthetic_extraction(saved))

        assert result.status == SaveStatus.NEW
        assert_documents_whole(store, saved + 1)
    assert_sqlite_intact(db)
