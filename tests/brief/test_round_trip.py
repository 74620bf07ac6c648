"""A note written by Liaison reads back into the same agreements and chronology."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.brief import render_docx, select_note
from liaison.cli import flow
from liaison.config import Settings
from liaison.model import Agreement, Event, Extraction
from liaison.resolve.persons import resolve_persons
from liaison.store import Store


def contact(e: Event) -> tuple[object, ...]:
    return (e.start, e.end, e.leader, e.direction)


def agreement(a: Agreement) -> tuple[object, ...]:
    return (a.kind, a.signed, a.status, a.period)


@pytest.mark.parametrize(
    ("name", "partner"), [("000_dbe67b22e53d9186.txt", "AZ"), ("001_3211ef41689413ab.txt", "BY")]
)
def test_note_written_as_docx_reads_back_the_same(
    corpus_dir: Path, tmp_path: Path, name: str, partner: str
) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'kb.sqlite'}")
    store = Store.open(settings.database_url)
    (outcome,) = flow.ingest_files([corpus_dir / name], settings, store)
    original = outcome.extraction
    assert isinstance(original, Extraction)

    content = select_note(store.export(), partner, home=settings.home)
    note = render_docx(content, "ru", False, out=tmp_path / "note.docx")
    back = resolve_persons(flow.extract_file(note, settings), known={})

    assert sorted(map(contact, back.events)) == sorted(map(contact, original.events))
    assert set(map(agreement, back.agreements)) == set(map(agreement, original.agreements))
    assert len(back.events) == len(original.events) > 25
