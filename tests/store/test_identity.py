"""The store's identity of facts: candidates by blocking keys, merges recorded with why,
and a person undoing one."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.errors import LiaisonError
from liaison.model import Document, Event, EventKind, Extraction, Mention, Participant, Person
from liaison.model.merges import Merge
from liaison.store import Store
from liaison.text.keys import LookupKeys, event_keys, person_keys

NOTE = Document(id="note", path="note.txt", text="Алиев И.Г. принял делегацию 6 декабря.")
NEWS = Document(id="news", path="news.txt", lang="en", text="Ilham Aliyev met the delegation.")


def person(name: str, doc: Document, **extra: object) -> Person:
    return Person(
        id=f"person:{name}",
        name=name,
        mentions=(Mention(start=0, end=len(name), rule="person_test", document=doc.id),),
        **extra,  # type: ignore[arg-type]
    )


def meeting(event_id: str, day: date, who: str, doc: Document, **extra: object) -> Event:
    return Event(
        id=event_id,
        kind=EventKind.MEETING,
        start=day,
        end=day,
        leader=who,
        participants=(Participant(name=who, role="leader", side="AZ"),),
        partners=("AZ",),
        mentions=(Mention(start=0, end=10, rule="event_test"),),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def two_of_one(store: Store) -> Store:
    """The same president stored twice: Russian from a note, English from the news, each
    named by a meeting of its own document, and a post the two disagree on."""
    store.save(
        Extraction(
            document=NOTE,
            persons=(person("Алиев И.Г.", NOTE, gender="m", full_name="Алиев Ильхам Гейдарович"),),
            events=(meeting("event:note", date(2021, 12, 6), "Алиев И.Г.", NOTE),),
        )
    )
    store.save(
        Extraction(
            document=NEWS,
            persons=(person("Ilham Aliyev", NEWS, gender="f", name_en="Ilham Aliyev"),),
            events=(meeting("event:news", date(2021, 12, 6), "Ilham Aliyev", NEWS, place="Baku"),),
        )
    )
    return store


def test_candidates_are_found_by_their_keys_only(two_of_one: Store) -> None:
    wanted = LookupKeys(keys=person_keys("Алиев И.Г."))
    found = {p.name for p in two_of_one.candidates(Person, wanted)}
    assert found == {"Алиев И.Г.", "Ilham Aliyev"}  # Latin and Cyrillic share the key
    assert two_of_one.candidates(Person, LookupKeys(keys=person_keys("Петров И.Г."))) == ()
    events = two_of_one.candidates(
        Event, LookupKeys(keys=event_keys(["AZ-BA"], date(2021, 12, 7), date(2021, 12, 7)))
    )
    assert {e.id for e in events} == {"event:note", "event:news"}
    later = event_keys(["AZ"], date(2022, 12, 7), date(2022, 12, 7))
    assert two_of_one.candidates(Event, LookupKeys(keys=later)) == ()


def test_a_person_merge_moves_sources_and_references_and_flags_what_differs(
    two_of_one: Store,
) -> None:
    record = two_of_one.merge("person", "person:Алиев И.Г.", "person:Ilham Aliyev", by="editor")

    assert (record.rule, record.merged_by, record.is_automatic) == ("by hand", "editor", False)
    assert two_of_one.get(Person, "person:Ilham Aliyev") is None
    merged = two_of_one.get(Person, "person:Алиев И.Г.")
    assert merged is not None
    assert {m.document for m in merged.mentions} == {"note", "news"}
    assert "Ilham Aliyev" in merged.aliases and merged.name_en == "Ilham Aliyev"
    assert merged.gender == "m"  # the survivor's value stays ...
    conflicts = two_of_one.conflicts("person:Алиев И.Г.")
    assert [(c.field, c.value, c.document) for c in conflicts] == [("gender", "f", "news")]
    news_event = two_of_one.get(Event, "event:news")  # ... and the news names him in Russian
    assert news_event is not None and news_event.leader == "Алиев И.Г."
    assert [p.name for p in news_event.participants] == ["Алиев И.Г."]
    assert two_of_one.candidates(Person, LookupKeys(keys=person_keys("Ilham Aliyev"))) == (merged,)


def test_a_split_puts_both_back_with_their_own_sources(two_of_one: Store) -> None:
    before = {p.id: p for p in two_of_one.all(Person)}
    record = two_of_one.merge("person", "person:Алиев И.Г.", "person:Ilham Aliyev", by="editor")

    undone = two_of_one.split(record.seq, by="reviewer")

    assert undone.undone_by == "reviewer" and undone.undone_at is not None
    after = {p.id: p for p in two_of_one.all(Person)}
    assert after == before
    assert two_of_one.conflicts("person:Алиев И.Г.") == []
    news_event = two_of_one.get(Event, "event:news")
    assert news_event is not None and news_event.leader == "Ilham Aliyev"
    with pytest.raises(LiaisonError, match="undone already"):
        two_of_one.split(record.seq, by="reviewer")


def test_an_event_merge_keeps_the_place_both_ways_and_lists_the_merge(two_of_one: Store) -> None:
    two_of_one.merge("event", "event:note", "event:news", by="editor", rule="same meeting")

    merged = two_of_one.get(Event, "event:note")
    assert merged is not None and merged.place == "Baku"  # the survivor said nothing
    assert {m.document for m in merged.mentions} == {"note", "news"}
    (listed,) = two_of_one.merges(kind="event")
    assert (listed.survivor, listed.absorbed, listed.rule) == (
        "event:note",
        "event:news",
        "same meeting",
    )
    assert two_of_one.merges(fact_id="event:news") == [listed]


def test_an_automatic_merge_a_person_undid_is_not_made_again(two_of_one: Store) -> None:
    record = two_of_one.merge("person", "person:Алиев И.Г.", "person:Ilham Aliyev", by="editor")
    two_of_one.split(record.seq, by="reviewer")
    again = Merge(kind="person", survivor="person:Алиев И.Г.", absorbed="person:Ilham Aliyev",
                  rule="latin_spelling")  # fmt: skip
    later = Document(id="later", path="later.txt", text="x")

    two_of_one.save(Extraction(document=later), merges=(again,))

    assert {p.id for p in two_of_one.all(Person)} == {"person:Алиев И.Г.", "person:Ilham Aliyev"}


@pytest.mark.parametrize(
    ("survivor", "absorbed", "message"),
    [
        ("person:Алиев И.Г.", "person:Алиев И.Г.", "into itself"),
        ("person:Алиев И.Г.", "person:nobody", "not in the knowledge base"),
    ],
)
def test_a_merge_that_cannot_be_made_says_why_and_changes_nothing(
    two_of_one: Store, survivor: str, absorbed: str, message: str
) -> None:
    before = two_of_one.export()
    with pytest.raises(LiaisonError, match=message):
        two_of_one.merge("person", survivor, absorbed, by="editor")
    assert two_of_one.export() == before
    with pytest.raises(LiaisonError, match="no kind of fact"):
        two_of_one.merge("planet", survivor, absorbed, by="editor")
