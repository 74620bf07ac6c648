"""The review queue: conflicts, unsure extractions and merges, each accepted, corrected or
rejected once, every decision in the audit log and undoable."""

from __future__ import annotations

import dataclasses

import pytest

from liaison.errors import NotFound, StoreError
from liaison.model import Agreement, ChangeAction, Direction, Event, Extraction
from liaison.store import Store
from liaison.store.review import ReviewItem

from .examples import AGREEMENT_ID, EVENT_ID, PERSON_ID, news_extraction, note_extraction


def unsure_note() -> Extraction:
    """The note, its visit's direction not given by the text."""
    note = note_extraction()
    (event,) = note.events
    return dataclasses.replace(
        note, events=(dataclasses.replace(event, direction=Direction.UNKNOWN),)
    )


def item(store: Store, rule: str, fact_id: str) -> ReviewItem:
    """The one open item of ``rule`` about ``fact_id``."""
    (found,) = [i for i in store.review_queue() if i.rule == rule and i.fact_id == fact_id]
    return found


def test_the_queue_holds_conflicts_unsure_facts_and_merges(store: Store) -> None:
    store.save(news_extraction())
    store.save(unsure_note())

    queue = store.review_queue()

    conflict = item(store, "sources_disagree", AGREEMENT_ID)
    assert (conflict.reason, conflict.field, conflict.value, conflict.proposed) == (
        "conflict",
        "signed",
        "2012",
        "2011",
    )
    assert conflict.document == "note-v1"
    unsure = item(store, "direction_unknown", EVENT_ID)
    assert (unsure.reason, unsure.field, unsure.value) == ("unsure", "direction", "unknown")
    merged = item(store, "merged_from_documents", PERSON_ID)
    assert (merged.reason, merged.documents) == ("merge", 2)
    assert [i.reason for i in queue] == sorted(
        (i.reason for i in queue), key=["conflict", "unsure", "merge"].index
    )
    assert store.review_queue() == queue, "ids stay the same between two listings"


def test_accepting_keeps_the_value_and_undo_brings_the_item_back(store: Store) -> None:
    store.save(news_extraction())
    store.save(note_extraction())
    conflict = item(store, "sources_disagree", AGREEMENT_ID)
    before = store.export().agreements

    change = store.accept(conflict.id, user="Петрова А.С.")

    assert (change.action, change.item, change.field, change.after) == (
        ChangeAction.ACCEPT,
        conflict.id,
        "signed",
        "2012",
    )
    assert store.export().agreements == before
    assert conflict.id not in [i.id for i in store.review_queue()]
    with pytest.raises(StoreError, match=f"was decided by {change.id}"):
        store.reject(conflict.id, user="Сидоров В.В.")
    store.undo(change.id, user="Петрова А.С.")
    assert conflict.id in [i.id for i in store.review_queue()]


def test_rejecting_a_conflict_takes_the_other_sources_value(store: Store) -> None:
    store.save(news_extraction())
    store.save(note_extraction())
    conflict = item(store, "sources_disagree", AGREEMENT_ID)

    change = store.reject(conflict.id[:14], user="Петрова А.С.")  # the start of an id will do

    agreement = store.get(Agreement, AGREEMENT_ID)
    assert agreement is not None
    assert (agreement.signed, agreement.entered_by) == ("2011", "Петрова А.С.")
    assert (change.action, change.before, change.after) == (ChangeAction.REJECT, "2012", "2011")
    assert [m.document for m in agreement.mentions] == ["news-1", "note-v1"]
    assert store.audit(item=conflict.id) == [change]
    store.undo(change.id, user="Петрова А.С.")
    back = store.get(Agreement, AGREEMENT_ID)
    assert back is not None and (back.signed, back.entered_by) == ("2012", None)


def test_rejecting_an_unsure_fact_takes_it_out_and_undo_puts_it_back(store: Store) -> None:
    store.save(unsure_note())
    unsure = item(store, "direction_unknown", EVENT_ID)
    kept = store.get(Event, EVENT_ID)

    change = store.reject(unsure.id, user="Петрова А.С.")

    assert store.get(Event, EVENT_ID) is None
    assert not [h for h in store.search("визит") if h.id == EVENT_ID]
    assert (change.field, change.after) == (None, None)
    assert change.before is not None and change.before["id"] == EVENT_ID
    store.undo(change.id, user="Петрова А.С.")
    assert store.get(Event, EVENT_ID) == kept, "with its mentions"
    assert EVENT_ID in [h.id for h in store.search("визит")]


def test_correcting_an_unsure_item_settles_it(store: Store) -> None:
    store.save(unsure_note())
    unsure = item(store, "direction_unknown", EVENT_ID)

    change = store.correct_item(unsure.id, "исходящий", user="Петрова А.С.")

    event = store.get(Event, EVENT_ID)
    assert event is not None and event.direction == Direction.OUTGOING
    assert (change.action, change.item, change.field) == (
        ChangeAction.CORRECT,
        unsure.id,
        "direction",
    )
    assert not [i for i in store.review_queue() if i.fact_id == EVENT_ID]


def test_a_merge_is_accepted_or_corrected_not_rejected(store: Store) -> None:
    store.save(news_extraction())
    store.save(note_extraction())
    merged = item(store, "merged_from_documents", PERSON_ID)
    before = store.export()

    with pytest.raises(StoreError, match="a merge is not undone by rejecting it"):
        store.reject(merged.id, user="Петрова А.С.")
    with pytest.raises(StoreError, match="about the whole person"):
        store.correct_item(merged.id, "m", user="Петрова А.С.")

    assert store.export() == before
    change = store.correct_item(merged.id, "f", user="Петрова А.С.", field="gender")
    assert (change.field, change.after, change.item) == ("gender", "f", merged.id)
    assert merged.id not in [i.id for i in store.review_queue()]


def test_a_correction_of_a_conflicting_field_settles_the_conflict(store: Store) -> None:
    store.save(news_extraction())
    store.save(note_extraction())

    store.correct(AGREEMENT_ID, "signed", "2011", user="Петрова А.С.")

    assert not [i for i in store.review_queue() if i.rule == "sources_disagree"]


def test_an_unknown_item_is_one_clear_line(store: Store) -> None:
    store.save(note_extraction())

    with pytest.raises(NotFound, match="no open review item 'review:nothing'"):
        store.accept("review:nothing", user="Петрова А.С.")


def test_a_fact_taken_out_stays_out_when_its_document_comes_again(store: Store) -> None:
    store.save(unsure_note())
    exported = store.export()  # an export from before, holding it
    change = store.reject(item(store, "direction_unknown", EVENT_ID).id, user="Петрова А.С.")
    again = unsure_note()

    store.save(dataclasses.replace(again, document=dataclasses.replace(again.document, id="v2")))
    store.load(exported)

    assert store.get(Event, EVENT_ID) is None
    assert store.get(Agreement, AGREEMENT_ID) is not None, "the rest of the version is read"
    store.undo(change.id, user="Петрова А.С.")
    assert store.get(Event, EVENT_ID) is not None
