"""What a note selects: the partner and what lies inside it, filters, provenance."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from liaison.brief import render_markdown, select_note
from liaison.errors import NotFound
from liaison.model import (
    AgreementStatus,
    Direction,
    Document,
    Event,
    EventKind,
    KnowledgeBase,
    Mention,
    Sphere,
)


@pytest.mark.parametrize(
    "query",
    [
        "AZ",
        "az",
        "Азербайджан",
        "Азербайджанская Республика",
        "АЗЕРБАЙДЖАНСКАЯ  республика",
        "Azerbaijan",
    ],
)
def test_partner_is_found_by_code_or_any_name(kb: KnowledgeBase, query: str) -> None:
    assert select_note(kb, query).partner.id == "AZ"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Могилевская область", "BY-MA"), ("Могилёвская область", "BY-MA"), ("Baku", "AZ-BA")],
)
def test_region_or_city_is_found_by_name(kb: KnowledgeBase, query: str, expected: str) -> None:
    assert select_note(kb, query).partner.id == expected


def test_country_note_includes_its_district_and_city(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ")
    assert {p.id for p in content.partners} == {"AZ", "AZ-ABS", "AZ-BA"}
    event_partners = {p for e in content.events for p in e.partners}
    assert event_partners == {"AZ", "AZ-ABS", "AZ-BA"}
    assert all("BY-MA" not in e.partners for e in content.events)


def test_region_note_has_only_the_region(kb: KnowledgeBase) -> None:
    content = select_note(kb, "BY-MA")
    assert [e.start for e in content.events] == [date(2024, 4, 1)]
    assert content.agreements == ()


def test_unknown_partner_names_close_ones(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound) as caught:
        select_note(kb, "Азербайджн")
    assert "Азербайджан" in caught.value.hint
    assert "did you mean" in caught.value.hint


def test_unsourced_items_are_left_out_and_counted(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ")
    assert dict(content.skipped) == {"agreements": 1, "facts": 1, "events": 1}
    assert content.skipped_total == 3
    text = render_markdown(content)
    assert "нет документа" not in text
    assert "без источника" not in text


def test_typed_items_are_shown(kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(kb, "AZ"), sources=True)
    assert "Русскому дому в Баку передана библиотека" in text
    assert "внесено вручную: Иванова А.П." in text


def test_period_limits_contacts_and_sets_the_heading_years(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", start=date(2021, 1, 1), end=date(2023, 12, 31))
    years = {e.start.year for e in content.events}
    assert years == {2021, 2022, 2023}  # the range 2023-12-28..2024-01-03 overlaps the period
    text = render_markdown(content)
    assert "## ХРОНОЛОГИЯ КОНТАКТОВ В 2021–2023 ГГ." in text
    assert "ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ." in render_markdown(select_note(kb, "AZ"))


def test_period_keeps_undated_statements_and_drops_others(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", start=date(2023, 1, 1), end=date(2023, 12, 31))
    kept = {f.text.split()[0] for f in content.facts}
    assert "В" in kept  # 'В структуре вывоза …' names no year
    assert "Прошли" not in kept  # Days of culture, 2022 only
    assert "Азербайджанские" in kept  # 2022, 2023, 2024


def test_sphere_filter_keeps_those_spheres(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", spheres={Sphere.CULTURE})
    assert {f.sphere for f in content.facts} == {Sphere.CULTURE}
    text = render_markdown(content)
    assert "### В сфере культуры" in text
    assert "В торгово-экономической сфере" not in text
    # contacts that name another sphere go; those that name none stay
    assert all(not e.spheres or Sphere.CULTURE in e.spheres for e in content.events)
    assert any(Sphere.CULTURE in e.spheres for e in content.events)


def test_since_keeps_only_what_is_new(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", since=date(2025, 3, 1))
    assert [e.start for e in content.events] == [date(2025, 5, 5)]
    assert content.agreements == ()
    assert {i.metric for i in content.indicators} == {"trade_turnover", "events"}
    assert {f.text.split()[0] for f in content.facts} == {"Открыты", "На", "Вместе"}


def test_since_counts_agreements_by_signing(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", since=date(2022, 1, 1))
    assert {a.signed for a in content.agreements} == {"2024", "2022-03-15", "2023"}


def test_agreements_active_first_and_inactive_on_request(kb: KnowledgeBase) -> None:
    statuses = [a.status for a in select_note(kb, "AZ").agreements]
    in_force, running = AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED
    assert statuses[:4] == [in_force, in_force, running, in_force]
    assert statuses[-1] is AgreementStatus.SUPERSEDED
    active = select_note(kb, "AZ", inactive_agreements=False).agreements
    assert {a.status for a in active} == {
        AgreementStatus.IN_FORCE,
        AgreementStatus.BEING_IMPLEMENTED,
    }


def state_level_news() -> tuple[Document, Event]:
    """A news item on a meeting of presidents: about the partner, not about the region."""
    text = "Президенты двух стран провели переговоры в Москве.\nОбсуждались поставки зерна."
    doc = Document(id="state-news", path="state.html", title="Переговоры президентов", text=text)
    event = Event(
        id="event:state",
        kind=EventKind.NEGOTIATIONS,
        start=date(2024, 4, 22),
        end=date(2024, 4, 22),
        direction=Direction.ELSEWHERE,
        partners=("AZ",),
        title=text.split("\n")[0],
        mentions=(Mention(start=0, end=48, document="state-news"),),
    )
    return doc, event


def test_state_level_contacts_stay_out_of_the_regions_note(kb: KnowledgeBase) -> None:
    doc, event = state_level_news()
    wider = dataclasses.replace(kb, documents=(*kb.documents, doc), events=(*kb.events, event))
    assert "event:state" not in {e.id for e in select_note(wider, "AZ").events}


def test_news_paragraph_naming_the_region_is_kept(kb: KnowledgeBase) -> None:
    doc, event = state_level_news()
    text = "Губернатор Астраханской области провёл переговоры в Москве.\nОбсуждались поставки."
    doc = dataclasses.replace(doc, text=text)
    wider = dataclasses.replace(kb, documents=(*kb.documents, doc), events=(*kb.events, event))
    assert "event:state" in {e.id for e in select_note(wider, "AZ").events}
