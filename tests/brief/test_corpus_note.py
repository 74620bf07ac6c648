"""The notes written from the whole corpus, checked against the house style of the
office's own notes (000 and 001): what the top list holds, the order and layout of the
statements, the filters, and what a Russian note leaves out."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.brief import render_markdown, select_note
from liaison.brief.events import is_cyrillic
from liaison.brief.figures import indicator_line
from liaison.model import AgreementStatus, KnowledgeBase

ACTIVE = {AgreementStatus.IN_FORCE, AgreementStatus.BEING_IMPLEMENTED}


def areas(markdown: str) -> list[str]:
    """The lines between 'ОСНОВНЫЕ НАПРАВЛЕНИЯ' and the chronology."""
    body = markdown.split("## ОСНОВНЫЕ НАПРАВЛЕНИЯ СОТРУДНИЧЕСТВА", 1)[1]
    return body.split("## ХРОНОЛОГИЯ", 1)[0].splitlines()


@pytest.mark.parametrize("partner", ["AZ", "BY"])
def test_top_list_holds_agreements_in_force_and_being_implemented(
    corpus_kb: KnowledgeBase, partner: str
) -> None:
    content = select_note(corpus_kb, partner)
    assert content.agreements
    assert {a.status for a in content.agreements} <= ACTIVE
    everything = select_note(corpus_kb, partner, inactive_agreements=True)
    assert {a.status for a in everything.agreements} - ACTIVE  # signed ones exist
    text = render_markdown(content)
    top = text.split("## ОСНОВНЫЕ НАПРАВЛЕНИЯ", 1)[0]
    bullets = [line for line in top.splitlines() if line.startswith("- ")]
    assert all(line.startswith(("- Действует", "- Реализуется")) for line in bullets)
    assert not [line for line in bullets if not is_cyrillic(line.split(maxsplit=3)[2])]


def test_signed_agreements_are_still_told_in_the_spheres(corpus_kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(corpus_kb, "AZ"))
    assert "- Подписано Соглашение о школах-побратимах" in "\n".join(areas(text))


def test_brest_regions_agreement_is_listed_though_the_region_has_no_record(
    corpus_kb: KnowledgeBase,
) -> None:
    titles = [a.title for a in select_note(corpus_kb, "BY").agreements]
    assert any(t.startswith("Соглашение между Брестским областным") for t in titles)


def test_lead_is_followed_by_its_own_items(corpus_kb: KnowledgeBase) -> None:
    lines = render_markdown(select_note(corpus_kb, "AZ")).splitlines()
    lead = lines.index("- Реализован ряд проектов Фондом Гейдара Алиева в г. Астрахани:")
    items = lines[lead + 1 : lead + 8]
    openers = ("  - реконструкция", "  - строительство", "  - установка")
    assert all(i.startswith(openers) for i in items)
    assert all(i.endswith(";") for i in items[:-1]) and items[-1].endswith("(2014 г.).")
    assert not lines[lead + 8].startswith("  - ")


def test_youth_lead_of_the_belarus_note_keeps_its_items(corpus_kb: KnowledgeBase) -> None:
    lines = render_markdown(select_note(corpus_kb, "BY")).splitlines()
    lead = lines.index("- Молодежные делегации Астраханской области принимали участие в:")
    assert lines[lead + 1].startswith("  - международном молодежном форуме «Дружба без границ»")
    assert lines[lead + 2].startswith("  - республиканском проекте")


@pytest.mark.parametrize("partner", ["AZ", "BY"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_line_ends_in_colon_and_full_stop(
    corpus_kb: KnowledgeBase, partner: str, lang: str
) -> None:
    text = render_markdown(select_note(corpus_kb, partner), lang)
    assert ":." not in text


@pytest.mark.parametrize("partner", ["AZ", "BY"])
def test_russian_note_shows_no_english_statements_or_figures(
    corpus_kb: KnowledgeBase, partner: str
) -> None:
    lines = [line for line in areas(render_markdown(select_note(corpus_kb, partner))) if line]
    bullets = [line for line in lines if line.lstrip().startswith("- ")]
    assert bullets
    assert all(is_cyrillic(line) for line in bullets)


def test_a_figure_of_all_caspian_states_is_not_one_of_azerbaijan(corpus_kb: KnowledgeBase) -> None:
    # 002: "more than 5 thousand foreign students …, with over 3 thousand of them coming
    # from the Caspian countries" counts students of several partners at once.
    content = select_note(corpus_kb, "AZ")
    assert "of them" not in render_markdown(content)
    assert "students" not in render_markdown(content)
    assert "3,000" not in render_markdown(content, "en")
    assert "5,000" not in render_markdown(content, "en")


def test_figure_inside_a_filtered_statement_does_not_appear(corpus_kb: KnowledgeBase) -> None:
    content = select_note(corpus_kb, "AZ", start=date(2023, 1, 1), end=date(2024, 12, 31))
    text = render_markdown(content)
    assert "порядка 50 мероприятий" not in text  # inside the 2021 statement on the centre
    assert "Центр образования, науки и технологий" not in text


@pytest.mark.parametrize("partner", ["AZ", "BY"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_figures_on_their_own_line_are_full_statements(
    corpus_kb: KnowledgeBase, partner: str, lang: str
) -> None:
    for indicator in select_note(corpus_kb, partner).indicators:
        line = indicator_line(indicator, lang)
        assert line == "" or (line[0].isupper() and line.endswith(".") and line != indicator.text)


def test_period_filters_statements_by_their_years(corpus_kb: KnowledgeBase) -> None:
    content = select_note(corpus_kb, "AZ", start=date(2023, 1, 1), end=date(2024, 12, 31))
    assert content.facts
    assert all(not f.years or any(2023 <= y <= 2024 for y in f.years) for f in content.facts)
    text = render_markdown(content)
    assert "Реализован ряд проектов Фондом Гейдара Алиева" not in text  # its items are gone
    assert "### В социально-гуманитарной сфере" not in text  # and nothing else is left


def test_since_keeps_statements_naming_recent_years(corpus_kb: KnowledgeBase) -> None:
    everything = select_note(corpus_kb, "AZ")
    assert any(f.years and max(f.years) <= 2022 for f in everything.facts)
    content = select_note(corpus_kb, "AZ", since=date(2025, 1, 1))
    assert content.facts
    assert all(not f.years or max(f.years) >= 2025 for f in content.facts)
    # undated ones count as new: the corpus was ingested just now
    assert any(not f.years for f in content.facts)
    assert len(content.facts) < len(everything.facts) / 2


def test_line_broken_inside_a_name_stays_one_line(corpus_kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(corpus_kb, "BY"))
    assert "«Хрустальная роза-Гран-при-Хелена Валерия» по художественной гимнастике." in text
    assert "2025г." not in text and "(2024 г., 2025 г.)" in text


def test_english_chronology_reads_naturally(corpus_kb) -> None:  # type: ignore[no-untyped-def]
    text = render_markdown(select_note(corpus_kb, "AZ"), "en")
    # the forum the delegation took part in, and the posts in full
    assert (
        "22–23 November 2019: participation of the delegation of Astrakhan Region led by Governor"
        " of Astrakhan Region Igor Babushkin in the 10th Russian-Azerbaijani Interregional Forum"
        " (Moscow)." in text
    )
    assert "President of the Republic of Azerbaijan Ilham Aliyev" in text  # English usage
    assert "participation chaired by" not in text
