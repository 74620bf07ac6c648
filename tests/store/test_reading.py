"""Reading never takes a write lock: a search goes on while a writer holds its transaction,
a knowledge base at the newest schema is not migrated again, and a read-only store
cannot write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from liaison.cli.main import app
from liaison.errors import StoreError
from liaison.model import Document, Extraction
from liaison.store import Store
from liaison.store.engine import writing
from tests.store.examples import note_extraction

runner = CliRunner()


@pytest.mark.parametrize("read_only", [True, False])
def test_a_search_goes_on_while_a_writer_holds_its_transaction(
    store_url: str, read_only: bool
) -> None:
    with Store.open(store_url) as first:
        first.save(note_extraction())
    writer = Store.open(store_url)
    try:
        with writing(writer._engine) as conn:  # a long import, holding the write lock
            conn.execute(text("UPDATE documents SET title = 'being rewritten'"))
            # Opening again and searching would wait for this transaction (and fail after
            # 30 s on SQLite, hang on PostgreSQL) if opening took a write lock.
            with Store.open(store_url, read_only=read_only) as reader:
                hits = reader.search("визитом")
                titles = [d.title for d in reader.documents()]
    finally:
        writer.close()
    assert hits, "the committed facts are found"
    assert "being rewritten" not in titles, "the writer's uncommitted change is not seen"


def test_a_read_only_store_cannot_write(store_url: str) -> None:
    with Store.open(store_url) as first:
        first.save(note_extraction())
    with Store.open(store_url, read_only=True) as reader:
        other = Document(id="other", path="other.txt", title="Другая", text="Встреча в Баку.")
        with pytest.raises(StoreError, match="not saved, nothing was changed"):
            reader.save(Extraction(document=other))
        assert [d.id for d in reader.documents()] == ["note-v1"]


def test_a_read_only_open_of_a_new_knowledge_base_creates_it_first(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'kb.sqlite'}"
    with Store.open(url, read_only=True) as reader:
        assert reader.search("визит") == []


def test_reading_commands_leave_a_sqlite_file_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    with Store.open(f"sqlite:///{db}") as first:
        first.save(note_extraction())
    before = db.read_bytes()
    locker = sqlite3.connect(db, timeout=0)
    try:
        locker.execute("BEGIN IMMEDIATE")  # a writer at work in another process
        for command in (["search", "визит"], ["show", "partners"], ["export"]):
            result = runner.invoke(app, ["--db", str(db), *command])
            assert result.exit_code == 0, result.stderr
    finally:
        locker.rollback()
        locker.close()
    assert db.read_bytes() == before
