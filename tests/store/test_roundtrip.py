"""Model → Store → model: what is saved comes back equal, and saving twice changes nothing."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from liaison.model import Extraction, KnowledgeBase, from_json, to_json
from liaison.store import SaveStatus, Store

from .examples import BUILDERS, NOTE_TEXT, as_stored, news_extraction, note_extraction


@pytest.mark.parametrize(("field", "build"), BUILDERS.items(), ids=list(BUILDERS))
def test_every_fact_class_comes_back_equal(
    store: Store, field: str, build: Callable[[str], Any]
) -> None:
    fact = build(NOTE_TEXT)
    doc = note_extraction().document
    store.save(Extraction(document=doc, **{field: (fact,)}))

    assert store.get(type(fact), fact.id) == as_stored(fact, doc.id)
    assert store.all(type(fact)) == (as_stored(fact, doc.id),)


def test_document_comes_back_equal_with_its_ingestion_time(store: Store) -> None:
    doc = note_extraction().document
    before = datetime.now(UTC)
    result = store.save(Extraction(document=doc))

    stored = store.document(doc.id)
    assert result.status == SaveStatus.NEW
    assert stored is not None and stored.ingested_at is not None
    assert before <= stored.ingested_at <= datetime.now(UTC)
    assert stored == dataclasses.replace(doc, ingested_at=stored.ingested_at)
    assert store.documents() == (stored,)


def test_a_whole_note_is_stored_with_every_mention(store: Store) -> None:
    extraction = note_extraction()
    result = store.save(extraction)

    counts = store.counts()
    assert (result.status, result.facts_added, result.facts_merged) == (SaveStatus.NEW, 7, 0)
    assert counts["mentions"] == 7
    assert counts["search_entries"] == 8  # seven facts and the document
    assert [counts[t] for t in ("partners", "agreements", "events", "persons")] == [1, 1, 1, 1]


def test_the_same_document_twice_changes_nothing(store: Store) -> None:
    extraction = note_extraction()
    store.save(extraction)
    store.save(news_extraction())
    before = (store.export(), store.counts(), store.documents())

    result = store.save(extraction)

    assert result.status == SaveStatus.UNCHANGED
    assert (result.facts_added, result.facts_merged, result.superseded) == (0, 0, ())
    assert (store.export(), store.counts(), store.documents()) == before


def test_export_then_import_gives_the_same_knowledge_base(
    store: Store, open_store: Callable[[], Store]
) -> None:
    store.save(note_extraction())
    store.save(news_extraction())
    exported = store.export()
    as_text = json.dumps(to_json(exported), ensure_ascii=False)

    other = open_store()
    added = other.load(from_json(KnowledgeBase, json.loads(as_text)))

    assert added == 2
    assert other.export() == exported
    assert json.dumps(to_json(other.export()), ensure_ascii=False) == as_text
    assert other.counts() == store.counts()
    assert exported.conflicts, "the fixture has a conflict; an import must keep it"


def test_export_names_the_document_of_every_mention(store: Store) -> None:
    store.save(note_extraction())
    store.save(news_extraction())
    kb = store.export()

    documents = {d.id for d in kb.documents}
    facts = [*kb.partners, *kb.agreements, *kb.events, *kb.persons, *kb.organizations]
    facts += [*kb.facts, *kb.indicators]
    assert documents == {"note-v1", "news-1"}
    assert all(m.document in documents for f in facts for m in f.mentions)
    assert len(facts) == 7


def test_importing_twice_changes_nothing(store: Store, open_store: Callable[[], Store]) -> None:
    store.save(note_extraction())
    exported = store.export()
    other = open_store()
    other.load(exported)
    counts = other.counts()

    assert other.load(exported) == 0
    assert other.counts() == counts
    assert other.export() == exported
