"""Every contact has the spheres its words name, so a chronology can be filtered by sphere."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.context import Context
from liaison.extract.events import event_from_dated_bullet
from liaison.extract.news import event_from_dated_sentence
from liaison.extract.spheres import spheres_between
from liaison.model import Sphere

HEADING = "ХРОНОЛОГИЯ КОНТАКТОВ\n\n"
S = Sphere


@pytest.mark.parametrize(
    ("bullet", "spheres"),
    [
        ("визит делегации в Астраханскую область для участия в Каспийском медиафоруме.", {S.MEDIA}),
        ("визит артистов в Минск, участие в фестивале и гала-концерте.", {S.CULTURE}),
        ("участие министра культуры Астраханской области Ивановой Е.В. в выставке.", {S.CULTURE}),
        ("визит молодежной делегации в Баку.", {S.YOUTH}),
        ("участие спортсменов в Играх стран СНГ в г. Могилеве.", {S.SPORT}),
        ("участие в турнире по гандболу.", {S.SPORT}),
        ("вручение стипендий студентам университета.", {S.EDUCATION}),
        ("агропромышленная конференция сельскохозяйственных предприятий.", {S.AGRICULTURE}),
        ("открытие Белорусского делового центра, ярмарка товаров.", {S.TRADE}),
        ("заседание совета по поддержке соотечественников.", {S.COMPATRIOTS}),
        ("заседание межправительственной комиссии по экономическому сотрудничеству.",
         {S.POLITICS, S.TRADE}),
        ("встреча Губернатора Астраханской области с Президентом Республики Беларусь.",
         {S.POLITICS}),
        ("встреча с Премьер-министром Республики Казахстан.", {S.POLITICS}),
        ("визит молодежного ансамбля на фестиваль искусств.", {S.YOUTH, S.CULTURE}),
        ("визит главы муниципального образования «Город Астрахань» в Гродно.", set()),
        ("визит делегации Республики Беларусь в Астраханскую область.", set()),
    ],
)  # fmt: skip
def test_chronology_event_spheres(make_document, bullet: str, spheres: set[Sphere]) -> None:
    doc = make_document(HEADING + f"· 5 мая 2024 г., {bullet}\n")
    (event,) = event_from_dated_bullet(doc, Context())
    assert set(event.spheres) == spheres


def test_news_event_spheres_come_from_its_own_clause(make_document) -> None:
    doc = make_document(
        "Президент посетил Минск 3 мая 2024 года; 5 мая 2024 года прошла встреча в Гродно.\n",
        published=date(2024, 5, 6),
    )
    first, second = event_from_dated_sentence(doc, Context())
    assert (first.spheres, second.spheres) == ((S.POLITICS,), ())


def test_spheres_between_reads_only_the_span() -> None:
    text = "Концерт оркестра. Заседание межправительственной комиссии."
    assert spheres_between(text, 0, text.index("Заседание")) == [S.CULTURE]
    assert spheres_between(text, text.index("Заседание"), len(text)) == [S.POLITICS]


@pytest.mark.parametrize(
    ("number", "day", "spheres"),
    [
        ("000", "2021-09-09", {S.MEDIA}),
        ("000", "2023-12-26", {S.AGRICULTURE}),
        ("000", "2024-03-01", {S.SCIENCE, S.EDUCATION}),
        ("000", "2025-12-03", {S.CULTURE}),
        ("000", "2025-08-22", {S.POLITICS, S.TRADE}),
        ("001", "2023-08-03", {S.SPORT, S.TOURISM}),
        ("001", "2024-09-02", {S.YOUTH, S.EDUCATION}),
        ("001", "2025-08-27", {S.TRADE}),
        ("001", "2023-07-01", set()),
    ],
)
def test_corpus_event_spheres(corpus_document, number: str, day: str, spheres: set[Sphere]) -> None:
    events = {
        e.start.isoformat(): e for e in event_from_dated_bullet(corpus_document(number), Context())
    }
    assert set(events[day].spheres) == spheres


def test_corpus_most_contacts_have_a_sphere(corpus_document) -> None:
    events = list(event_from_dated_bullet(corpus_document("000"), Context()))
    assert sum(bool(e.spheres) for e in events) >= len(events) // 2
