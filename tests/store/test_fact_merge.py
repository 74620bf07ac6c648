"""Merging two facts that are one, by hand: the kept one takes the other's sources, what named
the other names it, and one undo splits them again as they were."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from liaison.errors import NotFound, StoreError
from liaison.model import ChangeAction, Event, Extraction, Fact, Mention, Participant, Person
from liaison.store import Store

from .examples import EVENT_ID, NOTE_TEXT, PERSON_ID, note_extraction, span

TYPO_ID = "person:typo"


def note_with_a_typo() -> Extraction:
    """The note, naming the governor a second time with a typo, as a second person."""
    note = note_extraction()
    (event,) = note.events
    (fact,) = note.facts
    typo = Person(
        id=TYPO_ID,
        name="Бабушкн И.Ю.",
        aliases=("Бабушкна И.Ю.",),
        full_name="Бабушкин Игорь Юрьевич",
        mentions=(span(NOTE_TEXT, "Губернатором", "person_with_post"),),
    )
    event = dataclasses.replace(
        event,
        participants=(*event.participants, Participant(name="Бабушкн И.Ю.", role="participant")),
    )
    fact = dataclasses.replace(fact, persons=("Бабушкн И.Ю.",))
    return dataclasses.replace(note, persons=(*note.persons, typo), events=(event,), facts=(fact,))


def test_a_merge_moves_sources_names_and_references_and_undo_splits_them(store: Store) -> None:
    store.save(note_with_a_typo())
    before = store.export()

    store.merge("person", PERSON_ID, TYPO_ID, by="Петрова А.С.")
    (change,) = store.audit(action=ChangeAction.MERGE)

    kept = store.get(Person, PERSON_ID)
    assert kept is not None and store.get(Person, TYPO_ID) is None
    assert {"Бабушкн И.Ю.", "Бабушкна И.Ю."} <= set(kept.aliases)
    assert kept.full_name == "Бабушкин Игорь Юрьевич", "an empty value takes the other's"
    assert len(kept.mentions) == 2
    event = store.get(Event, EVENT_ID)
    assert event is not None
    assert [p.name for p in event.participants] == ["Бабушкин И.Ю."], "each person once"
    (fact,) = store.all(Fact)
    assert fact.persons == ("Бабушкин И.Ю.",)
    assert (change.user, change.fact_id, change.before["absorbed"]) == (
        "Петрова А.С.",
        PERSON_ID,
        TYPO_ID,
    )
    assert not [i for i in store.review_queue() if i.fact_id == PERSON_ID]

    store.undo(change.id, user="Петрова А.С.")
    assert store.is_undone(change.id) and [m.undone_by for m in store.merges()] == ["Петрова А.С."]

    after = store.export()
    assert after.persons == before.persons
    assert after.events == before.events and after.facts == before.facts


def test_a_merge_that_cannot_apply_changes_nothing(store: Store) -> None:
    store.save(note_with_a_typo())
    before = store.export()

    with pytest.raises(StoreError, match="cannot be merged into itself"):
        store.merge("person", PERSON_ID, PERSON_ID, by="Петрова А.С.")
    with pytest.raises(NotFound, match="person:nobody"):
        store.merge("person", PERSON_ID, "person:nobody", by="Петрова А.С.")
    with pytest.raises(NotFound, match="AZ"):
        store.merge("person", PERSON_ID, "AZ", by="Петрова А.С.")  # a partner is no person

    assert store.export() == before


def test_events_told_twice_become_one(store: Store) -> None:
    note = note_extraction()
    (event,) = note.events
    twice = dataclasses.replace(
        event,
        id="event:twice",
        start=date(2019, 9, 16),
        end=date(2019, 9, 17),
        place=None,
        spheres=(*event.spheres, "trade"),
        mentions=(Mention(start=0, end=7, rule="event_in_sentence"),),
    )
    store.save(dataclasses.replace(note, events=(event, twice)))

    store.merge("event", EVENT_ID, "event:twice", by="Петрова А.С.")

    (merged,) = store.all(Event)
    assert merged.id == EVENT_ID and merged.place == "Баку"
    assert [s.value for s in merged.spheres] == ["politics", "trade"]
    assert len(merged.mentions) == 2


def test_an_undone_merge_undone_again_merges_the_two_again(store: Store) -> None:
    store.save(note_with_a_typo())
    store.merge("person", PERSON_ID, TYPO_ID, by="Петрова А.С.")
    (change,) = store.audit(action=ChangeAction.MERGE)
    undo = store.undo(change.id, user="Петрова А.С.")
    assert store.get(Person, TYPO_ID) is not None

    store.undo(undo.id, user="Петрова А.С.")

    assert store.get(Person, TYPO_ID) is None
    assert [m.undone_at is None for m in store.merges()] == [False, True]


def test_a_split_by_number_marks_the_merge_undone_in_the_audit_log(store: Store) -> None:
    store.save(note_with_a_typo())
    record = store.merge("person", PERSON_ID, TYPO_ID, by="Петрова А.С.")
    (change,) = store.audit(action=ChangeAction.MERGE)

    store.split(record.seq, by="Иванов П.С.")

    assert store.is_undone(change.id)
    assert store.get(Person, TYPO_ID) is not None


def test_a_new_version_naming_the_merged_person_says_it_of_the_kept_one(store: Store) -> None:
    store.save(note_with_a_typo())
    store.merge("person", PERSON_ID, TYPO_ID, by="Петрова А.С.")
    (change,) = store.audit(action=ChangeAction.MERGE)
    again = note_with_a_typo()

    store.save(dataclasses.replace(again, document=dataclasses.replace(again.document, id="v2")))

    assert store.get(Person, TYPO_ID) is None, "the typo does not come back"
    kept = store.get(Person, PERSON_ID)
    assert kept is not None and kept.name == "Бабушкин И.Ю."
    assert {m.document for m in kept.mentions} == {"v2"}, "its sources are the new version's"
    event = store.get(Event, EVENT_ID)
    assert event is not None and [p.name for p in event.participants] == ["Бабушкин И.Ю."]
    (fact,) = store.all(Fact)
    assert fact.persons == ("Бабушкин И.Ю.",)
    assert not store.conflicts(PERSON_ID), "the other spelling is an alias, not a conflict"
    assert change.id not in store.undone()
