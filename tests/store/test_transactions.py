"""A failing write changes nothing; a person's correction is recorded with its author."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from liaison.errors import InvalidFact, StoreError
from liaison.model import Document, Extraction, KnowledgeBase, Mention, Person
from liaison.store import SaveStatus, Store

from .examples import PERSON_ID, news_extraction, note_extraction

# Values the type hints forbid, typed Any: the model does not check types, the database does.
NO_NAME: Any = None
NOT_JSON: Any = object()


def broken_person() -> Person:
    """A person without a name: the NOT NULL column refuses it."""
    return Person(id="person:broken", name=NO_NAME, mentions=(Mention(start=0, end=5),))


def unstorable_alias() -> Person:
    """A person whose alias cannot be written as JSON."""
    mention = Mention(start=0, end=5)
    return Person(id="person:odd", name="Иванов И.И.", aliases=(NOT_JSON,), mentions=(mention,))


@pytest.mark.parametrize("bad", [broken_person, unstorable_alias], ids=["null", "json"])
def test_a_failing_save_changes_nothing(store: Store, bad: Callable[[], Person]) -> None:
    store.save(news_extraction())
    before = (store.counts(), store.export())
    note = note_extraction()
    failing = dataclasses.replace(note, persons=(*note.persons, bad()))

    with pytest.raises(StoreError, match=r"notes/azerbaijan\.txt: not saved, nothing was changed"):
        store.save(failing)

    assert (store.counts(), store.export()) == before
    assert store.document(note.document.id) is None
    assert store.search("Азербайджанской Республикой") == []


def test_a_failing_new_version_leaves_the_old_version_whole(store: Store) -> None:
    v1 = note_extraction()
    store.save(v1)
    before = (store.counts(), store.export())
    v2 = note_extraction(doc_id="note-v2")
    failing = dataclasses.replace(v2, persons=(*v2.persons, broken_person()))

    with pytest.raises(StoreError):
        store.save(failing)

    assert (store.counts(), store.export()) == before
    assert [d.id for d in store.documents()] == ["note-v1"]
    assert store.save(v2).status == SaveStatus.NEW_VERSION


def test_an_import_naming_an_unknown_document_changes_nothing(store: Store) -> None:
    store.save(note_extraction())
    before = store.counts()
    stray = dataclasses.replace(
        note_extraction().persons[0], mentions=(Mention(start=0, end=3, document="nowhere"),)
    )

    with pytest.raises(StoreError, match="import: not saved"):
        store.load(KnowledgeBase(persons=(stray,)))

    assert store.counts() == before


def test_a_correction_records_its_author_and_time(store: Store) -> None:
    store.save(note_extraction())
    before = datetime.now(UTC)

    change = store.correct(PERSON_ID, "full_name", "Бабушкин Игорь Юрьевич", user="Петрова А.С.")

    corrected = store.get(Person, PERSON_ID)
    assert corrected is not None
    assert corrected.full_name == "Бабушкин Игорь Юрьевич"
    assert corrected.entered_by == "Петрова А.С."
    assert corrected.entered_at is not None and before <= corrected.entered_at
    assert change.at == corrected.entered_at
    assert [m.document for m in corrected.mentions] == ["note-v1"]
    assert [h.id for h in store.search("Юрьевичем")] == [PERSON_ID]


def test_a_document_without_a_path_is_refused(store: Store) -> None:
    note = note_extraction()
    nameless = Extraction(document=dataclasses.replace(note.document, path=NO_NAME))

    with pytest.raises(StoreError, match="not saved"):
        store.save(nameless)

    assert store.counts()["documents"] == 0


def test_only_fact_classes_are_kept(store: Store) -> None:
    note = note_extraction()
    store.save(note)

    for call in (
        lambda: store.get(Document, note.document.id),
        lambda: store.all(Document),
    ):
        with pytest.raises(StoreError, match="Document is not a kind of fact the store keeps"):
            call()
    with pytest.raises(InvalidFact, match="unknown kind 'document'"):
        store.correct(note.document.id, "title", "x", user="Петрова А.С.", kind="document")
