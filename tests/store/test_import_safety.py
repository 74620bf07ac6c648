"""`import` checks the whole file before writing, and never rewrites what a stored fact says."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from liaison.cli.main import app
from liaison.errors import InvalidFact, LiaisonError
from liaison.model import Event, KnowledgeBase, to_json
from liaison.model.exchange import read_knowledge_base
from liaison.store import Store
from tests.store.examples import EVENT_ID, note_extraction

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[]", "$: [] is not object"),
        ('{"foo": 1}', '$: "foo" is not one of'),
        ('"hello"', '$: "hello" is not object'),
        ("{}", "$: {} should be non-empty"),
        (
            '{"events": [{"id": "e", "kind": "visit", "start": "2024-01-01", "end": "2024-01-02",'
            ' "title": "x", "partners": "AZ"}]}',
            '$.events[0].partners: "AZ" is not array',
        ),
        ('{"persons": [{"id": "p", "name": 5}]}', "$.persons[0].name: 5 is not string"),
        (
            '{"events": [{"id": "e", "kind": "trip", "start": "2024-01-01", "end": "2024-01-02",'
            ' "title": "x"}]}',
            '$.events[0].kind: "trip" is not one of visit',
        ),
        (
            '{"events": [{"id": "e", "kind": "visit", "start": "2024-02-30", "end": "2024-03-01",'
            ' "title": "x"}]}',
            '$.events[0].start: "2024-02-30" is not date',
        ),
        ('{"indicators": [{"value": NaN}]}', "NaN is not a JSON number"),
        ('{"persons": [{"id": "p", "name": "a\\u0000b"}]}', "$.persons[0].name: NUL characters"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"documents": ' + "[" * 900 + "]" * 900 + "}", "$.documents[0]: "),
        ('{"persons": [{"id": "p", "name": "Бабушкин И.Ю."}]}', "has no mention and no author"),
        ("{not json", "not JSON"),
    ],
)
def test_a_file_that_is_no_export_is_refused_with_its_json_path(text: str, says: str) -> None:
    with pytest.raises(LiaisonError) as raised:
        read_knowledge_base(text, "kb.json")
    assert raised.value.message.startswith("kb.json: ")
    assert says in raised.value.message
    assert "\n" not in str(raised.value)


def test_the_cli_refuses_before_writing_anything(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    bad = tmp_path / "bad.json"
    bad.write_text('{"persons": [{"id": "p", "name": 5}]}', encoding="utf-8")
    result = runner.invoke(app, ["--db", str(db), "import", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "$.persons[0].name" in result.stderr
    assert not db.exists()


def test_an_export_reads_back_as_it_was(store: Store) -> None:
    store.save(note_extraction())
    kb = store.export()
    assert read_knowledge_base(json.dumps(to_json(kb)), "kb.json") == kb


def test_an_import_never_rewrites_a_stored_fact(store: Store) -> None:
    store.save(note_extraction())
    stored = store.get(Event, EVENT_ID)
    assert stored is not None
    exported = store.export()
    forged = dataclasses.replace(
        stored, leader="Иванов И.И.", place="Москва", partners=(*stored.partners, "BY")
    )
    store.load(dataclasses.replace(exported, events=(forged,)))
    assert store.get(Event, EVENT_ID) == stored
    recorded = {
        (c.field, json.dumps(c.value, ensure_ascii=False)) for c in store.conflicts(EVENT_ID)
    }
    assert ("leader", '"Иванов И.И."') in recorded
    assert ("place", '"Москва"') in recorded
    assert ("partners", '["AZ", "BY"]') in recorded
    assert all(c.document is None for c in store.conflicts(EVENT_ID))


def test_the_same_export_imported_again_changes_nothing(store: Store) -> None:
    store.save(note_extraction())
    before = store.export()
    store.load(before)
    assert store.export() == before
    assert store.conflicts() == []


def test_a_new_version_of_a_stored_path_leaves_one_current_version(store: Store) -> None:
    store.save(note_extraction())
    kb = store.export()
    old = kb.documents[0]
    later = (old.ingested_at or datetime.now(UTC)) + timedelta(days=1)
    newer = dataclasses.replace(old, id="note-v2", text=old.text + " ", ingested_at=later)
    moved = [
        dataclasses.replace(
            e, mentions=tuple(dataclasses.replace(m, document="note-v2") for m in e.mentions)
        )
        for e in kb.events
    ]
    store.load(KnowledgeBase(documents=(newer,), events=tuple(moved)))
    current = [d for d in store.documents() if d.path == old.path]
    assert [d.id for d in current] == ["note-v2"]
    assert {d.id for d in store.documents(include_superseded=True)} == {old.id, "note-v2"}


def test_an_older_version_imported_stays_superseded(store: Store) -> None:
    store.save(note_extraction())
    old = store.export().documents[0]
    earlier = (old.ingested_at or datetime.now(UTC)) - timedelta(days=1)
    older = dataclasses.replace(old, id="note-v0", ingested_at=earlier)
    store.load(KnowledgeBase(documents=(older,)))
    assert [d.id for d in store.documents() if d.path == old.path] == [old.id]


def test_a_refused_import_is_an_invalid_fact() -> None:
    with pytest.raises(InvalidFact):
        read_knowledge_base("[]", "kb.json")
