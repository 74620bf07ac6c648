"""One contact however many documents report it."""

from __future__ import annotations

import dataclasses
from datetime import date

from liaison.model import Document, Event, EventKind, Extraction, Mention, Participant
from liaison.model.merges import Merge
from liaison.resolve.events import resolve_events, resolve_events_merging


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


def note(*events: Event) -> Extraction:
    return Extraction(document=Document(id="note", path="note.txt"), events=events)


SIGNING = event(
    "signing", date(2021, 12, 7), date(2021, 12, 7), ("Джаббаров М.Ч.",), "news", EventKind.SIGNING
)


def test_a_known_signing_merges_into_the_visit_a_new_note_reports() -> None:
    resolved, merges = resolve_events_merging(note(VISIT), [SIGNING])

    (visit,) = resolved.events
    assert visit.id == "visit" and visit.kind == EventKind.VISIT
    assert visit.agreements == ("agreement:x",)  # what the news adds, as in the other order
    assert visit.mentions == VISIT.mentions  # the news's own sources move in the store
    assert merges == [
        Merge(kind="event", survivor="visit", absorbed="signing", rule="part_of", is_folded=True)
    ]
    other_order = resolve_events(news(SIGNING), [VISIT]).events[0]
    assert dataclasses.replace(other_order, mentions=visit.mentions) == visit


def test_the_russian_wording_stays_whichever_report_spans_longer() -> None:
    meeting = dataclasses.replace(
        event("meeting", date(2023, 3, 14), date(2023, 3, 14), ("Шапкенов С.Ж.",), "note"),
        title="14.03.2023 – визит делегации Атырауской области во главе с Шапкеновым С.Ж.",
    )
    visit = dataclasses.replace(
        event("visit", date(2023, 3, 14), date(2023, 3, 15), ("Шапкенов С.Ж.",), "news"),
        title="A delegation headed by Akim Serik Shapkenov arrived on Tuesday.",
    )

    (folded,) = resolve_events(news(visit), [meeting]).events
    resolved, merges = resolve_events_merging(note(meeting), [visit])
    (absorbing,) = resolved.events

    assert folded.id == absorbing.id == "meeting"
    assert [m.absorbed for m in merges] == ["visit"]
