"""Synthetic documents for the kill test: many small notes whose facts overlap.

Imported by the test and by the subprocess it kills (as a plain module, so no package
imports here). Document ``i`` is always built the same way, so the test can check what a
committed document must have brought with it.
"""

from __future__ import annotations

from datetime import date, timedelta

from liaison.model import (
    Document,
    Event,
    EventKind,
    Extraction,
    Fact,
    Indicator,
    Mention,
    Person,
    Sphere,
    make_id,
)

SURNAMES = ("Алиев", "Мамедов", "Гусейнов", "Петров", "Сидорова", "Кузнецов", "Ершова")
EVENTS_PER_DOCUMENT = 12


def line_mention(text: str, line: str, rule: str) -> Mention:
    start = text.index(line)
    return Mention(start=start, end=start + len(line), rule=rule)


def synthetic_text(i: int) -> list[str]:
    """The lines of document ``i``: visits, a person per line, a figure, a statement."""
    lines = [f"Справка о сотрудничестве № {i}"]
    for j in range(EVENTS_PER_DOCUMENT):
        day = date(2020, 1, 1) + timedelta(days=i * EVENTS_PER_DOCUMENT + j)
        surname = SURNAMES[(i + j) % len(SURNAMES)]
        lines.append(f"{day:%d.%m.%Y} – встреча с {surname}ым в рамках плана № {i}-{j}.")
    lines.append(f"Товарооборот за период № {i} составил {1000 + i} тыс. долларов США.")
    lines.append(f"Проведены дни культуры № {i} в области.")
    return lines


def synthetic_extraction(i: int) -> Extraction:
    """Document ``i`` and its facts: persons recur across documents, the rest are its own."""
    lines = synthetic_text(i)
    text = "\n".join(lines) + "\n"
    doc = Document(id=f"doc-{i:04}", path=f"synthetic/{i:04}.txt", title=lines[0], text=text)
    meetings = [meeting(text, line, i, j) for j, line in enumerate(lines[1:-2])]
    figure, statement = lines[-2], lines[-1]
    indicator = Indicator(
        id=make_id("indicator", "trade_turnover", i),
        metric="trade_turnover",
        value=float(1000 + i),
        unit="тыс. долларов США",
        text=figure,
        mentions=(line_mention(text, figure, "indicator_from_figure"),),
    )
    fact = Fact(
        id=make_id("fact", "culture", i),
        sphere=Sphere.CULTURE,
        text=statement,
        mentions=(line_mention(text, statement, "fact_from_sphere_bullet"),),
    )
    return Extraction(
        document=doc,
        events=tuple(event for event, _ in meetings),
        persons=tuple(person for _, person in meetings),
        indicators=(indicator,),
        facts=(fact,),
    )


def meeting(text: str, line: str, i: int, j: int) -> tuple[Event, Person]:
    """The meeting line ``j`` of document ``i`` states, and the person it names."""
    day = date(2020, 1, 1) + timedelta(days=i * EVENTS_PER_DOCUMENT + j)
    surname = SURNAMES[(i + j) % len(SURNAMES)]
    mention = line_mention(text, line, "event_from_dated_bullet")
    event = Event(
        id=make_id("event", day, i, j),
        kind=EventKind.MEETING,
        start=day,
        end=day,
        title=line,
        leader=f"{surname} А.А.",
        mentions=(mention,),
    )
    person = Person(
        id=make_id("person", surname),
        name=f"{surname} А.А.",
        aliases=(f"{surname}ым",),
        mentions=(mention,),
    )
    return event, person
