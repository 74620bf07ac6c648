"""One person however documents spell them."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.model import Document, Event, EventKind, Extraction, Mention, Person, Position, make_id
from liaison.resolve.persons import is_typo_of, matches_latin, merge_positions, resolve_persons

M = (Mention(start=0, end=1),)


@pytest.mark.parametrize(
    ("name", "known", "expected"),
    [
        ("Мусатафаев Р.С.", "Мустафаев Р.С.", True),
        ("Ляхович А.А.", "Ляхнович А.А.", True),
        ("Мустафаев Ш.А.", "Мустафаев Р.С.", False),  # different initials: different people
        ("Исаев А.М.", "Исаенко А.М.", False),  # short surnames: one edit at most
        ("Мустафаев Р.С.", "Мустафаев Р.С.", False),  # the same name is no typo
    ],
)
def test_typos(name: str, known: str, expected: bool) -> None:
    assert is_typo_of(name, known) is expected


@pytest.mark.parametrize(
    ("latin", "canonical", "expected"),
    [
        ("Igor Babushkin", "Бабушкин И.Ю.", True),
        ("Mikayil Jabbarov", "Джаббаров М.Ч.", True),
        ("Ilham Aliyev", "Алиев И.Г.", True),
        ("Ilham Aliyev", "Алиев Г.А.", False),
        ("Igor Babushkin", "Бабушкина О.Н.", False),
    ],
)
def test_latin_spellings(latin: str, canonical: str, expected: bool) -> None:
    assert matches_latin(latin, canonical) is expected


def person(name: str, n: int = 1, at: int = 0) -> Person:
    return Person(
        id=make_id("person", name),
        name=name,
        aliases=(name,),
        mentions=tuple(Mention(start=at + i, end=at + i + 1) for i in range(n)),
    )


def test_a_typo_folds_into_the_better_attested_name_everywhere() -> None:
    doc = Document(id="d", path="n.txt")
    event = Event(
        id="e",
        kind=EventKind.VISIT,
        start=date(2025, 12, 3),
        end=date(2025, 12, 4),
        leader="Мусатафаев Р.С.",
        mentions=M,
    )
    extraction = Extraction(
        document=doc,
        persons=(person("Мустафаев Р.С.", 3), person("Мусатафаев Р.С.", 1, at=100)),
        events=(event,),
    )
    resolved = resolve_persons(extraction, known={})
    (only,) = resolved.persons
    assert only.name == "Мустафаев Р.С."
    assert "Мусатафаев Р.С." in only.aliases
    assert len(only.mentions) == 4
    assert resolved.events[0].leader == "Мустафаев Р.С."


def test_an_english_name_joins_the_known_russian_person() -> None:
    known = person("Бабушкин И.Ю.", 2)
    extraction = Extraction(
        document=Document(id="n", path="news.txt", lang="en"), persons=(person("Igor Babushkin"),)
    )
    (resolved,) = resolve_persons(extraction, known={known.name: known}).persons
    assert resolved.id == known.id
    assert resolved.name == "Бабушкин И.Ю."
    assert resolved.name_en == "Igor Babushkin"


def test_positions_merge_into_the_span_they_were_seen() -> None:
    title = "Глава Исполнительной власти Апшеронского района"
    merged = merge_positions(
        [
            Position(title=title, start=date(2022, 4, 25), end=date(2022, 4, 25)),
            Position(
                title="Глава Исполнительной власти Наримановского района Баку",
                start=date(2019, 9, 16),
                end=date(2021, 12, 23),
            ),
            Position(title=title, start=date(2025, 5, 5), end=date(2025, 5, 7)),
        ]
    )
    assert [(p.title.split()[3], p.start, p.end) for p in merged] == [
        ("Наримановского", date(2019, 9, 16), date(2021, 12, 23)),
        ("Апшеронского", date(2022, 4, 25), date(2025, 5, 7)),
    ]
