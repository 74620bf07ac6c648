"""Resolving one document against what a lookup by blocking keys returns, both ways."""

from __future__ import annotations

from typing import Any

from liaison.model import Document, Extraction, Mention, Person, make_id
from liaison.resolve.document import resolve_document
from liaison.text.keys import LookupKeys, person_keys


def person(name: str, doc: str, times: int = 1) -> Person:
    mentions = tuple(Mention(start=i, end=i + 1, document=doc) for i in range(times))
    return Person(id=make_id("person", name), name=name, mentions=mentions)


class Lookup:
    """A knowledge base of a few persons, answering by key, and remembering what it was asked."""

    def __init__(self, *known: Person) -> None:
        self.known = known
        self.asked: list[frozenset[str]] = []

    def __call__(self, cls: type[Any], keys: LookupKeys) -> list[Any]:
        self.asked.append(keys.keys)
        if cls is not Person:
            return []
        return [p for p in self.known if person_keys(p.name) & keys.keys]


def document(*persons: Person) -> Extraction:
    return Extraction(document=Document(id="new", path="new.txt"), persons=persons)


def test_a_typo_in_a_new_document_folds_into_the_better_attested_known_name() -> None:
    lookup = Lookup(person("Мустафаев Р.С.", "old", times=3), person("Петров А.А.", "old"))

    resolved = resolve_document(document(person("Мусатафаев Р.С.", "new")), lookup)

    assert [p.name for p in resolved.extraction.persons] == ["Мустафаев Р.С."]
    assert resolved.merges == ()
    assert lookup.asked[0] == person_keys("Мусатафаев Р.С.")  # asked by key, not for all


def test_a_known_typo_merges_into_the_better_attested_new_name() -> None:
    typo = person("Мусатафаев Р.С.", "old")
    lookup = Lookup(typo)

    resolved = resolve_document(document(person("Мустафаев Р.С.", "new", times=3)), lookup)

    assert [p.name for p in resolved.extraction.persons] == ["Мустафаев Р.С."]
    ((merge),) = resolved.merges
    assert (merge.kind, merge.absorbed, merge.survivor, merge.rule) == (
        "person",
        typo.id,
        make_id("person", "Мустафаев Р.С."),
        "typo",
    )


def test_two_people_of_one_surname_stay_two() -> None:
    lookup = Lookup(person("Мустафаев Ш.А.", "old", times=2))

    resolved = resolve_document(document(person("Мустафаев Р.С.", "new")), lookup)

    assert [p.name for p in resolved.extraction.persons] == ["Мустафаев Р.С."]
    assert resolved.merges == ()
