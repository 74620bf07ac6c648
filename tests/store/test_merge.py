"""The same fact from several documents: lists unioned, mentions kept, conflicts recorded."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.model import (
    Agreement,
    Conflict,
    Event,
    EventKind,
    Extraction,
    Person,
    Position,
    make_id,
)
from liaison.store import Store
from liaison.store.merge import merge_rows, union_positions

from .examples import (
    AGREEMENT_ID,
    NOTE_TEXT,
    PERSON_ID,
    document,
    event,
    news_extraction,
    note_extraction,
    span,
)


def test_the_same_person_from_two_documents_is_one_person(store: Store) -> None:
    store.save(note_extraction())
    result = store.save(news_extraction())

    person = store.get(Person, PERSON_ID)
    assert person is not None
    assert result.facts_merged == 2 and result.facts_added == 0
    assert person.aliases == ("Бабушкиным И.Ю.", "Игорь Бабушкин")
    assert [(m.document, m.rule) for m in person.mentions] == [
        ("note-v1", "person_with_initials"),
        ("news-1", "person_full_name"),
    ]
    assert (person.full_name, person.name_en) == ("Бабушкин Игорь Юрьевич", "Igor Babushkin")
    assert person.positions == (
        Position(
            title="Губернатор Астраханской области", start=date(2019, 9, 16), end=date(2021, 12, 7)
        ),
    )
    assert store.conflicts(PERSON_ID) == []
    assert len(store.all(Person)) == 1


def test_a_differing_signing_year_is_a_conflict(store: Store) -> None:
    store.save(note_extraction())
    store.save(news_extraction())

    agreement = store.get(Agreement, AGREEMENT_ID)
    assert agreement is not None
    assert agreement.signed == "2011"  # the value first stored stays
    assert agreement.title.startswith("Соглашение между Правительством")  # wording is no conflict
    assert store.conflicts(AGREEMENT_ID) == [
        Conflict(
            fact_kind="agreement",
            fact_id=AGREEMENT_ID,
            field="signed",
            value="2012",
            document="news-1",
        )
    ]


def test_a_differing_leader_is_a_conflict_and_a_missing_one_is_not(store: Store) -> None:
    store.save(note_extraction())
    other = event(NOTE_TEXT)
    news = news_extraction()
    led_by_someone_else = Extraction(
        document=news.document,
        events=(
            Event(
                id=other.id,
                kind=other.kind,
                start=other.start,
                end=other.end,
                leader="Мартынов О.А.",
                place=None,
                mentions=news.persons[0].mentions,
            ),
        ),
    )
    store.save(led_by_someone_else)

    stored = store.get(Event, other.id)
    assert stored is not None and (stored.leader, stored.place) == ("Бабушкин И.Ю.", "Баку")
    assert [(c.field, c.value) for c in store.conflicts(other.id)] == [("leader", "Мартынов О.А.")]


def test_the_same_fact_twice_in_one_document_is_stored_once(store: Store) -> None:
    note = note_extraction()
    twice = Extraction(document=note.document, persons=(note.persons[0], note.persons[0]))
    store.save(twice)

    person = store.get(Person, PERSON_ID)
    assert person is not None and len(person.mentions) == 1
    assert store.counts()["persons"] == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("губернатор Астраханской области", "Губернатор Астраханской области"),
        ("губернатор", "Губернатор Астраханской области"),
    ],
)
def test_one_post_in_two_wordings_is_one_position_whichever_came_first(a: str, b: str) -> None:
    first = {"title": a, "organization": None, "start": "2025-05-20", "end": "2025-05-20"}
    second = {"title": b, "organization": None, "start": "2019-09-16", "end": "2019-09-16"}
    merged = union_positions([first], [second])
    assert merged == union_positions([second], [first])
    assert merged == [
        {
            "title": "Губернатор Астраханской области",
            "organization": None,
            "start": "2019-09-16",
            "end": "2025-05-20",
        }
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # the same post seen again later widens its dates
        (
            [{"title": "Губернатор", "organization": None, "start": "2019-09-16", "end": None}],
            [{"title": "Губернатор", "organization": None, "start": "2021-12-07", "end": None}],
            [
                {
                    "title": "Губернатор",
                    "organization": None,
                    "start": "2019-09-16",
                    "end": "2021-12-07",
                }
            ],
        ),
        # another organisation is another post
        (
            [{"title": "Глава", "organization": "Наримановский район", "start": None, "end": None}],
            [{"title": "Глава", "organization": "Апшеронский район", "start": None, "end": None}],
            [
                {
                    "title": "Глава",
                    "organization": "Наримановский район",
                    "start": None,
                    "end": None,
                },
                {"title": "Глава", "organization": "Апшеронский район", "start": None, "end": None},
            ],
        ),
    ],
)
def test_positions_are_unioned_by_post(
    old: list[dict[str, str | None]],
    new: list[dict[str, str | None]],
    expected: list[dict[str, str | None]],
) -> None:
    assert union_positions(old, new) == expected


def person_row() -> dict[str, object]:
    """The row of a person who says nothing but the name."""
    return {
        "id": PERSON_ID,
        "name": "Бабушкин И.Ю.",
        "full_name": None,
        "name_en": None,
        "gender": None,
        "aliases": [],
        "positions": [],
        "partner": None,
        "entered_by": None,
        "entered_at": None,
    }


@pytest.mark.parametrize(
    ("field", "old", "new", "kept", "conflict"),
    [
        ("full_name", None, "Бабушкин Игорь Юрьевич", "Бабушкин Игорь Юрьевич", False),
        ("full_name", "Бабушкин Игорь Юрьевич", None, "Бабушкин Игорь Юрьевич", False),
        ("gender", "m", "f", "m", True),
        ("partner", None, "AZ", "AZ", False),
        # a list two sources state is put in an order no source order can change
        ("aliases", ["Бабушкиным И.Ю."], ["Babushkin"], ["Babushkin", "Бабушкиным И.Ю."], False),
        (
            "aliases",
            ["Бабушкиным И.Ю.", "Babushkin"],
            ["Babushkin"],
            ["Babushkin", "Бабушкиным И.Ю."],
            False,
        ),
    ],
)
def test_merge_rules_for_person_rows(
    field: str, old: object, new: object, kept: object, conflict: bool
) -> None:
    base = person_row()
    merged = merge_rows(Person, base | {field: old}, base | {field: new})

    assert merged.row[field] == kept
    assert bool(merged.conflicts) is conflict


@pytest.mark.parametrize(
    ("field", "a", "b"),
    [
        ("aliases", ["Полумордвиновым О.А."], ["Полумордвинова О.А."]),
        (
            "positions",
            [{"title": "Governor", "organization": None, "start": None, "end": None}],
            [{"title": "Губернатор", "organization": None, "start": "2019-09-16", "end": None}],
        ),
    ],
)
def test_merged_lists_do_not_depend_on_which_source_came_first(
    field: str, a: list[object], b: list[object]
) -> None:
    base = person_row()
    one = merge_rows(Person, base | {field: a}, base | {field: b}).row[field]
    other = merge_rows(Person, base | {field: b}, base | {field: a}).row[field]

    assert one == other and len(one) == 2
    if field == "positions":
        assert one[0]["title"] == "Губернатор"  # the Russian, dated post is looked up first


def test_a_disagreement_two_people_merged_settle_is_not_shown_until_a_split(store: Store) -> None:
    # the news named the leader 'Турегалиев Н.', the note 'Турегалиев Н.А.': one person
    news_text = "Губернатор принял акима Турегалиева.\n"
    note_text = "Справка\n27–28 июня 2024 г. – визит делегации во главе с Турегалиевым Н.А.\n"
    day = date(2024, 6, 27)

    def told(doc_id: str, text: str, name: str) -> Extraction:
        mention = span(text, "Турегалиев", "person_with_initials")
        return Extraction(
            document=document(doc_id, f"{doc_id}.txt", text, lang="ru"),
            persons=(Person(id=make_id("person", name), name=name, mentions=(mention,)),),
            events=(
                Event(
                    id="event:uralsk",
                    kind=EventKind.VISIT,
                    start=day,
                    end=day,
                    leader=name,
                    mentions=(mention,),
                ),
            ),
        )

    store.save(told("news-u", news_text, "Турегалиев Н."))
    store.save(told("note-u", note_text, "Турегалиев Н.А."))
    assert [(c.field, c.value) for c in store.conflicts("event:uralsk")] == [
        ("leader", "Турегалиев Н.А.")
    ]
    record = store.merge(
        "person", make_id("person", "Турегалиев Н.А."), make_id("person", "Турегалиев Н."), by="u"
    )
    assert store.get(Event, "event:uralsk").leader == "Турегалиев Н.А."  # type: ignore[union-attr]
    assert store.conflicts("event:uralsk") == []
    store.split(record.seq, by="u")
    assert [c.value for c in store.conflicts("event:uralsk")] == ["Турегалиев Н.А."]
