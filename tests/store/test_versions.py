"""A new version of a file replaces the facts of the old one; an old version can come back."""

from __future__ import annotations

import dataclasses
from typing import Any

from liaison.model import Event, Extraction, Fact, Indicator, Person, Sphere
from liaison.store import SaveStatus, Store

from .examples import (
    BUILDERS,
    NOTE_PATH,
    NOTE_TEXT,
    PERSON_ID,
    as_stored,
    document,
    fact,
    news_extraction,
    note_extraction,
    span,
)

# The second version drops the figure and rewords the education line.
NOTE_V2_TEXT = NOTE_TEXT.replace("В вузах региона обучаются 1 250 граждан Азербайджана.\n", "")
NOTE_V2_TEXT += "В 2023 году проведены дни культуры Азербайджана в Астрахани.\n"


def note_v2() -> Extraction:
    """The same file, edited: one indicator gone, one cultural fact added."""
    culture = Fact(
        id="fact:culture-days",
        sphere=Sphere.CULTURE,
        text="В 2023 году проведены дни культуры Азербайджана в Астрахани.",
        years=(2023,),
        mentions=(span(NOTE_V2_TEXT, "дни культуры", "fact_from_sphere_bullet"),),
    )
    kept: dict[str, tuple[Any, ...]] = {
        name: (build(NOTE_V2_TEXT),) for name, build in BUILDERS.items() if name != "indicators"
    }
    kept["facts"] += (culture,)
    doc = dataclasses.replace(note_extraction().document, id="note-v2", text=NOTE_V2_TEXT)
    return Extraction(document=doc, **kept)


def test_a_new_version_supersedes_the_old_one(store: Store) -> None:
    v1 = note_extraction()
    store.save(v1)
    result = store.save(note_v2())

    assert result.status == SaveStatus.NEW_VERSION
    assert result.superseded == ("note-v1",)
    assert result.facts_removed == 7  # every fact of v1 lost its only source
    assert [d.id for d in store.documents()] == ["note-v2"]
    assert [d.id for d in store.documents(include_superseded=True)] == ["note-v1", "note-v2"]
    stored = store.document("note-v2")
    assert stored is not None and stored.supersedes == "note-v1"


def test_facts_of_the_old_version_are_replaced(store: Store) -> None:
    v1 = note_extraction()
    store.save(v1)
    store.save(note_v2())

    assert store.get(Indicator, v1.indicators[0].id) is None
    assert store.get(Fact, "fact:culture-days") is not None
    event = store.get(Event, v1.events[0].id)
    assert event == as_stored(v1.events[0], "note-v2")
    mentioned_in = {m.document for f in store.all(Fact) for m in f.mentions}
    assert mentioned_in == {"note-v2"}
    assert store.search("обучаются граждане") == []
    assert {h.id for h in store.search("днями культуры")} == {"fact:culture-days", "note-v2"}


def test_a_fact_another_document_mentions_survives(store: Store) -> None:
    store.save(news_extraction())
    store.save(note_extraction())
    store.save(note_v2())

    person = store.get(Person, PERSON_ID)
    assert person is not None
    assert [m.document for m in person.mentions] == ["news-1", "note-v2"]


def test_a_fact_corrected_by_a_person_survives_its_document(store: Store) -> None:
    v1 = note_extraction()
    store.save(v1)
    figure = v1.indicators[0]
    store.correct(figure.id, "value", 1300.0, user="Петрова А.С.")
    store.save(note_v2())

    kept = store.get(Indicator, figure.id)
    assert kept is not None
    assert (kept.value, kept.entered_by, kept.mentions) == (1300.0, "Петрова А.С.", ())


def test_conflicts_said_by_the_old_version_go_with_it(store: Store) -> None:
    news = news_extraction()
    store.save(news)
    store.save(note_extraction())
    agreement_id = news.agreements[0].id
    assert [c.field for c in store.conflicts(agreement_id)] == ["signed"]

    store.save(note_v2())

    assert [c.document for c in store.conflicts(agreement_id)] == ["note-v2"]


def test_an_earlier_version_can_come_back(store: Store) -> None:
    v1 = note_extraction()
    store.save(v1)
    store.save(note_v2())
    result = store.save(v1)

    assert (result.status, result.superseded) == (SaveStatus.NEW_VERSION, ("note-v2",))
    assert [d.id for d in store.documents()] == ["note-v1"]
    assert store.get(Indicator, v1.indicators[0].id) == as_stored(v1.indicators[0], "note-v1")
    assert store.get(Fact, "fact:culture-days") is None
    assert store.counts()["documents"] == 2


def test_another_path_is_another_document(store: Store) -> None:
    store.save(note_extraction())
    copy = note_extraction(doc_id="note-copy")
    copy = dataclasses.replace(copy, document=document("note-copy", "elsewhere.txt", NOTE_TEXT))
    result = store.save(copy)

    assert (result.status, result.facts_added, result.facts_merged) == (SaveStatus.NEW, 0, 7)
    assert {d.path for d in store.documents()} == {NOTE_PATH, "elsewhere.txt"}
    assert fact(NOTE_TEXT).id in {f.id for f in store.all(Fact)}


def test_the_migrations_form_one_line() -> None:
    """Two branches that each added a migration after the same one leave two heads, and no
    knowledge base can be opened: every migration follows exactly one other."""
    from alembic.script import ScriptDirectory

    from liaison.store.engine import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, script.get_heads()
    revisions = list(script.walk_revisions())
    assert len({r.revision for r in revisions}) == len(revisions)
