"""Corrections that cannot break anything: every field of the model takes a good value typed
as a person types it and refuses a bad one before anything is stored; only the field named
changes; the fact keeps its sources and its sentence; every change can be undone."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

import pytest

from liaison.errors import InvalidFact, NotFound, StoreError
from liaison.model import (
    FACT_CLASSES,
    ChangeAction,
    Event,
    Fact,
    Indicator,
    Person,
    label,
    to_json,
)
from liaison.model.exchange import read_knowledge_base
from liaison.model.json import field_types, json_key
from liaison.model.values import correctable_fields, field_kind, optional_inner, parse_value
from liaison.store import Store

from .examples import AGREEMENT_ID, EVENT_ID, PERSON_ID, note_extraction

# (typed text, the JSON the field holds after it, typed text the field must refuse), by the
# kind of field. A field of a kind not listed here fails the test below until it is added.
CASES: dict[str, tuple[str, Any, str]] = {
    "text": ("Новое значение", "Новое значение", "два\x00слова"),
    "number": ("1 300,5", 1300.5, "много"),
    "date": ("17.09.2019", "2019-09-17", "31.13.2019"),
    "year or date": ("07.12.2021", "2021-12-07", "в прошлом году"),
    "record": ("2024–2026", {"from": 2024, "to": 2026}, "в будущем"),
    "person": ("бабушкин и.ю.", "Бабушкин И.Ю.", "кто-то из гостей"),
    "partner": ("Азербайджанская Республика", "AZ", "Атлантида"),
    "list of integer": ("2019–2021; 2023", [2019, 2020, 2021, 2023], "двадцать первый"),
    "list of text": ("Первое; Второе", ["Первое", "Второе"], "раз\x01два"),
    "list of partner": ("az", ["AZ"], "AZ; Атлантида"),
    "list of person": ("Бабушкин И.Ю.; Иванов П.С.", ["Бабушкин И.Ю.", "Иванов П.С."], "x y z"),
    "list of agreement": (AGREEMENT_ID, [AGREEMENT_ID], "agreement:none"),
    "list of record": ("Бабушкин И.Ю.", None, "[5]"),
}


def choice_case(enum: type[StrEnum], current: Any) -> tuple[str, Any, str]:
    """A choice typed by its Russian label: the first value other than the current one."""
    other = next(m for m in enum if m.value != current)
    return label(other), other.value, "нечто третье"


def choices_case(enum: type[StrEnum]) -> tuple[str, Any, str]:
    """Two choices by their values, separated by a comma."""
    first, second = list(enum)[:2]
    return f"{first.value}, {second.value}", [first.value, second.value], "нечто, третье"


def case_for(cls: type, name: str, current: Any) -> tuple[str, Any, str]:
    """The good value, what it becomes and the bad value for one field."""
    kind = field_kind(cls, name)
    base, _ = optional_inner(field_types(cls)[name])
    args = getattr(base, "__args__", ())
    if kind == "choice":
        return choice_case(base, current)
    if kind == "list of choice":
        return choices_case(args[0])
    assert kind in CASES, f"{cls.__name__}.{name} is a {kind}: add a good and a bad value"
    return CASES[kind]


FIELDS = [(cls, name) for cls in FACT_CLASSES for name in correctable_fields(cls)]


def stored(store: Store, cls: type) -> Any:
    """The one fact of ``cls`` the note holds."""
    (found,) = store.all(cls)
    return found


@pytest.mark.parametrize(("cls", "name"), FIELDS, ids=[f"{c.__name__}.{n}" for c, n in FIELDS])
def test_every_field_takes_a_good_value_and_only_that_field_changes(
    store: Store, cls: type, name: str
) -> None:
    store.save(note_extraction())
    before = stored(store, cls)
    key = json_key(next(f for f in dataclasses.fields(cls) if f.name == name))
    good, expected, _ = case_for(cls, name, to_json(before)[key])

    change = store.correct(before.id, name, good, user="Петрова А.С.")

    after = stored(store, cls)
    got = to_json(after)[key]
    if expected is None:  # a list of records from one line: one record holding the text
        assert len(got) == 1 and good in got[0].values()
    else:
        assert got == expected
    assert (change.field, change.before, change.after) == (key, to_json(before)[key], got)
    assert (change.user, change.action, change.fact_id) == ("Петрова А.С.", "correct", before.id)
    unchanged = {"entered_by", "entered_at", key}
    assert {k: v for k, v in to_json(after).items() if k not in unchanged} == {
        k: v for k, v in to_json(before).items() if k not in unchanged
    }, "only the field named changes; the mentions stay"
    assert after.entered_by == "Петрова А.С."


@pytest.mark.parametrize(("cls", "name"), FIELDS, ids=[f"{c.__name__}.{n}" for c, n in FIELDS])
def test_every_field_refuses_a_bad_value_before_anything_is_stored(
    store: Store, cls: type, name: str
) -> None:
    store.save(note_extraction())
    before = store.export()
    fact = stored(store, cls)
    key = json_key(next(f for f in dataclasses.fields(cls) if f.name == name))
    _, _, bad = case_for(cls, name, to_json(fact)[key])

    with pytest.raises(InvalidFact) as refused:
        store.correct(fact.id, name, bad, user="Петрова А.С.")

    message = str(refused.value)
    assert message.startswith(f"{cls.__name__.lower()}.{name}:"), message
    assert "\n" not in message
    assert store.export() == before
    assert store.audit() == []


def test_years_typed_as_a_year_become_that_year() -> None:
    # `liaison correct fact ID years=2021` once stored the strings "2", "0", "2", "1".
    assert parse_value(Fact, "years", "2021") == (2021,)
    assert parse_value(Fact, "years", [2021, 2022]) == (2021, 2022)
    with pytest.raises(InvalidFact, match=r"fact\.years"):
        parse_value(Fact, "years", ["2021"])


def test_correcting_the_leader_keeps_the_sentence_and_the_sources(store: Store) -> None:
    note = note_extraction()
    store.save(note)
    (event,) = note.events

    store.correct(EVENT_ID, "leader", "Иванов П.С.", user="Петрова А.С.")

    fixed = store.get(Event, EVENT_ID)
    assert fixed is not None
    assert fixed.leader == "Иванов П.С."
    assert fixed.title == event.title
    assert [(m.start, m.end, m.document) for m in fixed.mentions] == [
        (m.start, m.end, "note-v1") for m in event.mentions
    ]


@pytest.mark.parametrize("typed", ["Бабушкину", "Babushkin", "Бабушкиным И.Ю."])
def test_a_leader_typed_in_any_form_is_the_person_known(store: Store, typed: str) -> None:
    store.save(note_extraction())
    store.correct(EVENT_ID, "leader", "Иванов П.С.", user="Петрова А.С.")
    store.correct(EVENT_ID, "leader", typed, user="Петрова А.С.")
    fixed = store.get(Event, EVENT_ID)
    assert fixed is not None and fixed.leader == "Бабушкин И.Ю."


def test_a_correction_breaking_an_invariant_changes_nothing(store: Store) -> None:
    store.save(note_extraction())
    before = store.export()

    with pytest.raises(InvalidFact, match="ends 2019-01-01 before it starts"):
        store.correct(EVENT_ID, "end", "2019-01-01", user="Петрова А.С.")

    assert store.export() == before


@pytest.mark.parametrize(
    ("fact_id", "field", "error", "says"),
    [
        (PERSON_ID, "mentions", InvalidFact, "no field 'mentions' that can be corrected"),
        (PERSON_ID, "id", InvalidFact, "no field 'id'"),
        (PERSON_ID, "entered_by", InvalidFact, "no field 'entered_by'"),
        (PERSON_ID, "nickname", InvalidFact, "use one of: name, full_name"),
        ("person:nobody", "gender", NotFound, "'person:nobody' is not in the knowledge base"),
    ],
)
def test_a_correction_that_cannot_apply_changes_nothing(
    store: Store, fact_id: str, field: str, error: type[Exception], says: str
) -> None:
    store.save(note_extraction())
    before = store.export()

    with pytest.raises(error, match=says):
        store.correct(fact_id, field, "m", user="Петрова А.С.")

    assert store.export() == before


def test_a_change_names_who_makes_it(store: Store) -> None:
    store.save(note_extraction())

    with pytest.raises(InvalidFact, match="needs the name of who makes it"):
        store.correct(PERSON_ID, "gender", "m", user=" ")


def test_an_undo_puts_the_field_back_and_is_itself_undone(store: Store) -> None:
    store.save(note_extraction())
    original = store.get(Event, EVENT_ID)

    change = store.correct(EVENT_ID, "place", "Гянджа", user="Петрова А.С.")
    undo = store.undo(change.id, user="Сидоров В.В.")

    assert store.get(Event, EVENT_ID) == original, "as it was, who corrected it too"
    assert (undo.action, undo.undoes, undo.before, undo.after) == (
        ChangeAction.UNDO,
        change.id,
        "Гянджа",
        "Баку",
    )
    assert store.is_undone(change.id)
    redo = store.undo(undo.id[:12], user="Петрова А.С.")  # a start of the id will do
    again = store.get(Event, EVENT_ID)
    assert again is not None and again.place == "Гянджа"
    assert not store.is_undone(change.id) and store.is_undone(undo.id)
    assert store.undone() == {undo.id: redo.id}
    assert [c.id for c in store.audit()] == [change.id, undo.id, redo.id]
    with pytest.raises(StoreError, match="already undone"):
        store.undo(undo.id, user="Петрова А.С.")


def test_an_undo_never_overwrites_a_later_change(store: Store) -> None:
    store.save(note_extraction())
    first = store.correct(EVENT_ID, "place", "Гянджа", user="Петрова А.С.")
    later = store.correct(EVENT_ID, "place", "Шеки", user="Сидоров В.В.")
    before = store.export()

    with pytest.raises(StoreError, match=f"changed since by {later.id}"):
        store.undo(first.id, user="Петрова А.С.")

    assert store.export() == before
    store.undo(later.id, user="Петрова А.С.")
    store.undo(first.id, user="Петрова А.С.")
    fact = store.get(Event, EVENT_ID)
    assert fact is not None and (fact.place, fact.entered_by) == ("Баку", None)


def test_undoing_one_of_two_corrections_keeps_the_other_and_its_author(store: Store) -> None:
    store.save(note_extraction())
    place, _ = store.correct_all(
        EVENT_ID, {"place": "Гянджа", "direction": "incoming"}, user="Петрова А.С."
    )

    store.undo(place.id, user="Петрова А.С.")

    fact = store.get(Event, EVENT_ID)
    assert fact is not None
    assert (fact.place, fact.direction, fact.entered_by) == ("Баку", "incoming", "Петрова А.С.")


def test_the_audit_log_filters_by_user_fact_and_day(store: Store) -> None:
    store.save(note_extraction())
    a = store.correct(EVENT_ID, "place", "Гянджа", user="Петрова А.С.")
    b = store.correct(PERSON_ID, "gender", "m", user="Сидоров В.В.")
    c = store.correct(EVENT_ID, "direction", "incoming", user="Сидоров В.В.")
    today = datetime.now(UTC).date()

    assert [x.id for x in store.audit(user="Сидоров В.В.")] == [b.id, c.id]
    assert [x.id for x in store.audit(fact=EVENT_ID)] == [a.id, c.id]
    assert [x.id for x in store.audit(since=today, until=today)] == [a.id, b.id, c.id]
    assert store.audit(until=today - timedelta(days=1)) == []
    assert store.audit(since=today + timedelta(days=1)) == []
    assert [x.id for x in store.audit(limit=1)] == [c.id]
    assert store.change(b.id) == b


def test_the_export_carries_the_audit_log_and_import_reads_it(
    store: Store, open_store: Any
) -> None:
    store.save(note_extraction())
    change = store.correct(AGREEMENT_ID, "signed", "07.12.2011", user="Петрова А.С.")
    undo = store.undo(change.id, user="Петрова А.С.")

    text = json.dumps(to_json(store.export()), ensure_ascii=False)
    kb = read_knowledge_base(text, "export.json")  # checked against the JSON Schema first
    assert [c.id for c in kb.changes] == [change.id, undo.id]

    other = open_store()
    other.load(kb)
    other.load(kb)  # twice: each change is held once

    older = json.loads(text)
    del older["changes"]  # an export from before the audit log still imports
    assert read_knowledge_base(json.dumps(older), "old.json").changes == ()

    assert other.audit() == store.audit()
    assert other.is_undone(change.id)
    with pytest.raises(StoreError, match="imported from another knowledge base"):
        other.undo(undo.id, user="Петрова А.С.")


def test_a_typed_figure_is_a_number_and_a_day_is_a_date(store: Store) -> None:
    note = note_extraction()
    store.save(note)
    figure = note.indicators[0]

    store.correct_all(figure.id, {"value": "1 300", "as_of": "01.01.2025"}, user="Петрова А.С.")

    fixed = store.get(Indicator, figure.id)
    assert fixed is not None and (fixed.value, fixed.as_of) == (1300.0, date(2025, 1, 1))
    person = store.get(Person, PERSON_ID)
    assert person is not None and person.entered_by is None


def test_the_table_exports_carry_the_audit_log(store: Store, tmp_path: Any) -> None:
    import csv

    from liaison.brief import write_export

    store.save(note_extraction())
    store.correct(EVENT_ID, "spheres", "trade; culture", user="=Петрова А.С.")

    folder = write_export(store.export(), "csv", tmp_path / "kb")

    with (folder / "changes.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["user"], row["field"], row["before"], row["after"]) == (
        "'=Петрова А.С.",  # a name like a formula stays text in a spreadsheet
        "spheres",
        "politics",
        "trade; culture",
    )


def test_the_note_adds_a_corrected_place_while_the_correction_stands(store: Store) -> None:
    from liaison.brief import render_markdown, select_note

    def visit_line() -> str:
        note = render_markdown(select_note(store.export(), "AZ"), "ru", sources=False)
        return next(x for x in note.splitlines() if x.startswith("- 16–17 сентября 2019 г."))

    store.save(note_extraction())
    as_read = visit_line()
    change = store.correct(EVENT_ID, "place", "Гянджа", user="Петрова А.С.")
    corrected = visit_line()
    store.undo(change.id, user="Петрова А.С.")

    assert corrected == as_read.removesuffix(".") + " (Гянджа)."
    assert visit_line() == as_read
