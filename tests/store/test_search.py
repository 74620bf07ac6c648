"""Search finds Russian words in any grammatical form, on both backends."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.model import Event, EventKind, Extraction, Mention, Participant, make_id
from liaison.store import Store

from .examples import (
    AGREEMENT_ID,
    EVENT_ID,
    PERSON_ID,
    document,
    news_extraction,
    note_extraction,
)

ORGANIZATION_ID = make_id("organization", "Бакинский государственный университет")
INDICATOR_ID = make_id("indicator", "students", "AZ")


@pytest.fixture
def filled(store: Store) -> Store:
    store.save(note_extraction())
    store.save(news_extraction())
    return store


@pytest.mark.parametrize(
    ("query", "kind", "item_id"),
    [
        ("Бабушкиным", "person", PERSON_ID),
        ("Бабушкин", "person", PERSON_ID),
        ("Бабушкина", "event", EVENT_ID),
        ("соглашения", "agreement", AGREEMENT_ID),
        ("соглашениями о сотрудничестве", "agreement", AGREEMENT_ID),
        ("визиты в Баку", "event", EVENT_ID),
        ("бакинского университета", "organization", ORGANIZATION_ID),
        ("гражданами Азербайджана", "indicator", INDICATOR_ID),
        ("образованием", "fact", make_id("fact", "education", note_extraction().facts[0].text)),
        ("Азербайджанская Республика", "partner", "AZ"),
        ("губернаторы", "document", "news-1"),
        ("Igor Babushkin", "person", PERSON_ID),
        ("соглашение с Кабинетом Министров", "agreement", AGREEMENT_ID),
        ("торгово-экономического", "agreement", AGREEMENT_ID),
        ("в", "document", "note-v1"),
    ],
)
def test_a_word_in_any_form_finds_what_holds_it(
    filled: Store, query: str, kind: str, item_id: str
) -> None:
    hits = filled.search(query)

    assert (kind, item_id) in [(h.kind, h.id) for h in hits]


def test_every_word_of_the_query_must_match(filled: Store) -> None:
    assert filled.search("Бабушкин Монголия") == []
    assert filled.search("Монголией") == []
    assert filled.search("  ,.  ") == []
    assert filled.search("Азербайджан", limit=0) == []


def test_a_hit_says_where_it_was_found(filled: Store) -> None:
    hits = {(h.kind, h.id): h for h in filled.search("Бабушкиным")}

    person = hits[("person", PERSON_ID)]
    assert person.label == "Бабушкин И.Ю."
    assert person.document_id == "note-v1"
    assert "Бабушкин" in person.snippet
    document = hits[("document", "note-v1")]
    assert document.document_id == "note-v1"
    assert "Губернатором Бабушкиным И.Ю." in document.snippet
    assert all(h.score > 0 for h in hits.values())


def test_hits_come_best_first_and_stop_at_the_limit(filled: Store) -> None:
    hits = filled.search("Азербайджан")

    assert len(hits) > 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert filled.search("Азербайджан", limit=2) == hits[:2]


def test_search_finds_nothing_in_an_empty_store(store: Store) -> None:
    assert store.search("Бабушкиным") == []


@pytest.mark.parametrize("query", ["Гилян", "Гиляном", "провинции Гиляна", "Хагшенаса"])
def test_a_foreign_name_the_dictionary_only_guesses_at_is_found_in_any_case(
    store: Store, query: str
) -> None:
    text = "Делегация провинции Гилян во главе с генерал-губернатором Хагшенасом."
    store.save(Extraction(document=document("news-g", "g.txt", text, lang="ru")))
    assert [h.id for h in store.search(query)] == ["news-g"]


def test_a_snippet_shows_a_sources_words_not_the_stores_codes(store: Store) -> None:
    text = "Визит делегации в Баку.\n"
    mention = (Mention(start=0, end=len(text) - 1, rule="event_from_dated_bullet"),)
    visit = Event(
        id="event:baku",
        kind=EventKind.VISIT,
        start=date(2024, 3, 5),
        end=date(2024, 3, 5),
        title="Визит делегации в Баку",
        participants=(Participant(name="Мустафаев Ш.А.", role="leader", side="home"),),
        mentions=mention,
    )
    store.save(Extraction(document=document("news-b", "b.txt", text, lang="ru"), events=(visit,)))
    (hit,) = [h for h in store.search("Мустафаевым") if h.kind == "event"]
    assert "Мустафаев" in hit.snippet
    assert not {"leader", "home"} & set(hit.snippet.replace("…", " ").split())


def test_a_snippet_quotes_one_field_not_the_next_glued_on(store: Store) -> None:
    text = "Переговоры в Баку.\n"
    mention = (Mention(start=0, end=len(text) - 1, rule="event_from_dated_bullet"),)
    talks = Event(
        id="event:talks",
        kind=EventKind.NEGOTIATIONS,
        start=date(2024, 3, 5),
        end=date(2024, 3, 5),
        title="Переговоры в Баку",
        leader="Мустафаев Ш.А.",
        place="Баку",
        participants=(Participant(name="Мустафаев Ш.А.", position="министр экономики"),),
        mentions=mention,
    )
    store.save(Extraction(document=document("news-t", "t.txt", text, lang="ru"), events=(talks,)))
    (hit,) = [h for h in store.search("переговоры") if h.kind == "event"]
    assert hit.snippet == "Переговоры в Баку"
