"""One contact however many documents report it."""

from __future__ import annotations

from datetime import date

from liaison.model import Document, Event, EventKind, Extraction, Mention, Participant
from liaison.resolve.events import resolve_events


def event(
    id_: str,
    start: date,
    end: date,
    people: tuple[str, ...],
    doc: str,
    kind: EventKind = EventKind.VISIT,
    partners: tuple[str, ...] = ("AZ",),
) -> Event:
    return Event(
        id=id_,
        kind=kind,
        start=start,
        end=end,
        leader=people[0] if people else None,
        participants=tuple(Participant(name=p) for p in people),
        partners=partners,
        agreements=("agreement:x",) if kind == EventKind.SIGNING else (),
        mentions=(Mention(start=0, end=5, document=doc),),
    )


VISIT = event(
    "visit", date(2021, 12, 6), date(2021, 12, 7), ("Бабушкин И.Ю.", "Джаббаров М.Ч."), "note"
)


def news(*events: Event) -> Extraction:
    return Extraction(document=Document(id="news", path="news.txt"), events=events)


def test_a_signing_reported_in_the_news_folds_into_the_visit() -> None:
    signing = event(
        "signing",
        date(2021, 12, 7),
        date(2021, 12, 7),
        ("Джаббаров М.Ч.",),
        "news",
        kind=EventKind.SIGNING,
    )
    (folded,) = resolve_events(news(signing), [VISIT]).events
    assert folded.id == "visit"
    assert folded.kind == EventKind.VISIT  # the fuller report's values stay
    assert folded.agreements == ("agreement:x",)
    assert [p.name for p in folded.participants] == ["Бабушкин И.Ю.", "Джаббаров М.Ч."]


def test_no_common_person_means_another_event() -> None:
    other = event("other", date(2021, 12, 7), date(2021, 12, 7), ("Алиев И.Г.",), "news")
    assert resolve_events(news(other), [VISIT]).events[0].id == "other"


def test_another_country_means_another_event() -> None:
    other = event(
        "other", date(2021, 12, 7), date(2021, 12, 7), ("Бабушкин И.Ю.",), "news", partners=("BY",)
    )
    assert resolve_events(news(other), [VISIT]).events[0].id == "other"


def test_events_of_the_same_document_stay_apart() -> None:
    inner = event("inner", date(2021, 12, 7), date(2021, 12, 7), ("Бабушкин И.Ю.",), "note")
    extraction = Extraction(document=Document(id="note", path="n.txt"), events=(inner,))
    assert resolve_events(extraction, [VISIT]).events[0].id == "inner"
