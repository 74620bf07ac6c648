"""What a note selects: the partner and what lies inside it, filters, provenance."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from liaison.brief import render_markdown, select_note
from liaison.errors import LiaisonError, NotFound
from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Direction,
    Document,
    Event,
    EventKind,
    Fact,
    KnowledgeBase,
    Mention,
    Sphere,
    make_id,
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
    # figures by their own date: as of 01.01.2025 and for 2025 are news, 2024's turnover is not
    assert {i.metric for i in content.indicators} == {"companies", "students"}
    # statements name no year from 2025, and the undated ones were ingested in January
    assert content.facts == ()


def test_since_counts_agreements_by_signing(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", since=date(2022, 1, 1), inactive_agreements=True)
    assert {a.signed for a in content.agreements} == {"2024", "2022-03-15", "2023"}


def test_only_active_agreements_are_listed_by_default(kb: KnowledgeBase) -> None:
    statuses = {a.status for a in select_note(kb, "AZ").agreements}
    assert statuses == {AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED}
    text = render_markdown(select_note(kb, "AZ"))
    assert "Подписано Соглашение о партнерстве школ" not in text
    assert "Утратил силу" not in text


def test_inactive_agreements_are_listed_on_request_after_the_active(kb: KnowledgeBase) -> None:
    statuses = [a.status for a in select_note(kb, "AZ", inactive_agreements=True).agreements]
    in_force, running = AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED
    assert statuses[:4] == [in_force, in_force, running, in_force]
    assert statuses[4:] == [AgreementStatus.SIGNED, AgreementStatus.SUPERSEDED]


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


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (date(2025, 1, 1), date(2023, 12, 31), "--from 2025 is after --to 2023"),
        (date(2024, 5, 2), date(2024, 5, 1), "--from 2024-05-02 is after --to 2024-05-01"),
    ],
)
def test_period_ending_before_it_starts_is_refused(
    kb: KnowledgeBase, start: date, end: date, message: str
) -> None:
    with pytest.raises(LiaisonError) as caught:
        select_note(kb, "AZ", start=start, end=end)
    assert caught.value.message == message
    assert caught.value.hint
    assert "\n" not in str(caught.value)


def test_one_day_period_is_accepted(kb: KnowledgeBase) -> None:
    content = select_note(kb, "AZ", start=date(2022, 5, 10), end=date(2022, 5, 10))
    assert [e.start for e in content.events] == [date(2022, 5, 10)]


def news_statements(kb: KnowledgeBase) -> KnowledgeBase:
    """Statements by year and by document: the news page was ingested on 2025-06-10 and
    the note on 2025-01-20."""
    note, news = kb.documents[0].id, kb.documents[1].id
    rows = {
        "old": ((2010, 2022), news),  # an old story in a document ingested lately
        "recent": ((2023, 2024), note),
        "undated_news": ((), news),
        "undated_note": ((), note),
    }
    facts = tuple(
        Fact(
            id=make_id("fact", key),
            sphere=Sphere.CULTURE,
            text=key,
            years=years,
            partners=("AZ",),
            mentions=(Mention(start=0, end=5, document=doc),),
        )
        for key, (years, doc) in rows.items()
    )
    return dataclasses.replace(kb, facts=facts)


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        (date(2024, 1, 1), {"recent", "undated_news", "undated_note"}),
        (date(2025, 3, 1), {"undated_news"}),
        (date(2025, 7, 1), set()),
    ],
)
def test_since_judges_statements_by_their_years_else_by_ingest(
    kb: KnowledgeBase, since: date, expected: set[str]
) -> None:
    content = select_note(news_statements(kb), "AZ", since=since)
    assert {f.text for f in content.facts} == expected


def test_figure_inside_a_statement_is_not_shown_even_when_the_statement_is_filtered(
    kb: KnowledgeBase,
) -> None:
    figure = make_id("indicator", "fairs")  # read inside the 2023 statement on the fairs
    assert figure not in {i.id for i in select_note(kb, "AZ").indicators}
    content = select_note(kb, "AZ", start=date(2024, 1, 1))
    assert make_id("fact", "fairs") not in {f.id for f in content.facts}
    assert figure not in {i.id for i in content.indicators}
    assert "рыбных консервов" not in render_markdown(content)


def test_figure_repeating_a_typed_statement_is_not_shown(kb: KnowledgeBase) -> None:
    typed = Fact(
        id=make_id("fact", "typed-companies"),
        sphere=Sphere.TRADE,
        text="В области зарегистрировано 20 компаний с азербайджанским капиталом.",
        partners=("AZ",),
        entered_by="Иванова А.П.",
    )
    content = select_note(dataclasses.replace(kb, facts=(*kb.facts, typed)), "AZ")
    assert make_id("indicator", "companies") not in {i.id for i in content.indicators}


def test_item_naming_a_subdivision_without_a_record_is_in_the_countrys_note(
    kb: KnowledgeBase,
) -> None:
    orphan = Agreement(
        id=make_id("agreement", "orphan"),
        kind=AgreementKind.AGREEMENT,
        title="Соглашение о сотрудничестве с Гянджинским районом",
        signed="2015",
        status=AgreementStatus.IN_FORCE,
        partners=("AZ-GA",),  # no partner record: only items name it
        mentions=(Mention(start=0, end=5, document=kb.documents[0].id),),
    )
    wider = dataclasses.replace(kb, agreements=(*kb.agreements, orphan))
    assert orphan.id in {a.id for a in select_note(wider, "AZ").agreements}
    assert orphan.id not in {a.id for a in select_note(wider, "BY").agreements}
