"""The note in Markdown: golden files for the sample, provenance, conflicts, wording."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from liaison.brief import render_markdown, select_note
from liaison.brief.wording import title_lines
from liaison.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Conflict,
    Home,
    KnowledgeBase,
    Mention,
    Partner,
    make_id,
)
from tests.brief.sample_parties import NEWS_DOC

Golden = Callable[[str, str], None]


def test_russian_note_matches_golden(kb: KnowledgeBase, golden: Golden) -> None:
    golden("note_az_ru.md", render_markdown(select_note(kb, "AZ"), "ru"))


def test_russian_note_with_sources_matches_golden(kb: KnowledgeBase, golden: Golden) -> None:
    golden("note_az_ru_sources.md", render_markdown(select_note(kb, "AZ"), "ru", sources=True))


def test_english_note_matches_golden(kb: KnowledgeBase, golden: Golden) -> None:
    golden("note_az_en.md", render_markdown(select_note(kb, "AZ"), "en"))


def test_title_names_home_in_genitive_and_partner_in_instrumental(kb: KnowledgeBase) -> None:
    lines = render_markdown(select_note(kb, "BY-MA", home=Home())).splitlines()
    assert lines[0] == "# СПРАВОЧНАЯ ИНФОРМАЦИЯ"
    assert lines[2] == "## О СОТРУДНИЧЕСТВЕ АСТРАХАНСКОЙ ОБЛАСТИ С МОГИЛЕВСКОЙ ОБЛАСТЬЮ"


def test_every_statement_has_a_footnote_with_sources(kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(kb, "AZ"), sources=True)
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert bullets
    assert all(re.search(r"\[\^\d+\]$", line) for line in bullets)
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.+)$", text, re.M))
    assert set(notes) == {"1", "2", "3"}
    assert any("baku\\_business\\_centre.html" in v and NEWS_DOC in v for v in notes.values())


def test_without_sources_there_are_no_footnotes(kb: KnowledgeBase) -> None:
    assert "[^" not in render_markdown(select_note(kb, "AZ"))


def test_conflicting_values_are_shown_side_by_side(kb: KnowledgeBase) -> None:
    basic = make_id("agreement", "basic")
    visit = next(e.id for e in kb.events if e.start.isoformat() == "2022-05-10")
    conflicts = {basic: [("signed", "2012", NEWS_DOC)], visit: [("start", "2022-05-11", NEWS_DOC)]}
    content = select_note(kb, "AZ", conflicts=conflicts)
    text = render_markdown(content, sources=True)
    assert (
        "о торговом, научном и культурном сотрудничестве (2011 г.)"
        " (по данным другого источника: 2012 г.).[^" in text
    )
    assert "(по данным другого источника: 11 мая 2022 г.).[^" in text
    english = render_markdown(content, "en")
    assert "(2011) (another source gives: 2012)." in english


def test_conflicts_kept_in_the_knowledge_base_are_shown(kb: KnowledgeBase) -> None:
    fact_id = make_id("fact", "days")
    stored = Conflict(
        fact_kind="fact", fact_id=fact_id, field="years", value=[2021], document=NEWS_DOC
    )
    text = render_markdown(select_note(replace(kb, conflicts=(stored,)), "AZ"), sources=True)
    assert "в Апшеронском районе (2022 г.) (по данным другого источника: 2021 г.).[^4]" in text
    assert "[^4]: Справка о сотрудничестве Астраханской области с Азербайджаном" in text
    assert text.rstrip().endswith("(baku\\_business\\_centre.html, id 0f1e2d3c4b5a6978)")


def test_agreement_lines_use_the_notes_status_words(kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(kb, "AZ", inactive_agreements=True))
    assert "- Действует Соглашение между Правительством Астраханской области" in text
    assert (
        "- Реализуется Программа совместных мероприятий Астраханской области и "
        "Азербайджанской Республики на 2024–2026 гг. (2024 г.)." in text
    )
    assert "- Подписано Соглашение о партнерстве школ" in text
    assert "- Утратил силу Меморандум о культурных обменах (1999 г.)." in text
    assert "(подписано в 2021 г. взамен Соглашения, действовавшего с 2005 г.)." in text


def test_generated_event_sentences_decline_posts_and_names(kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(kb, "AZ"))
    assert (
        "- 12–13 декабря 2019 г., визит делегации Астраханской области во главе с Губернатором"
        " Астраханской области Бабушкиным И.Ю. в Азербайджанскую Республику. Встреча с"
        " Президентом Азербайджанской Республики Алиевым И.Г." in text
    )
    assert "во главе с министром культуры Астраханской области Прокофьевой О.Н. в Баку." in text
    # the post held at the date: the district head moved from Narimanov to Absheron in 2022
    assert "Главой Исполнительной власти Апшеронского района Фарзалиевым А.А." in text


def test_english_event_lines_use_latin_names_and_english_posts(kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(kb, "AZ"), "en")
    assert (
        "- 12–13 December 2019: visit of the delegation of Astrakhan Region led by Governor of"
        " Astrakhan Region Igor Babushkin to Azerbaijan; meeting with President of the Republic of"
        " Azerbaijan Ilham Aliyev." in text
    )
    assert "Minister of Culture of Astrakhan Region O.N. Prokofyeva" in text


def test_sources_own_sentence_is_kept_with_the_date_rewritten(kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(kb, "AZ"))
    assert (
        "- 16–19 сентября 2019 г., визит в Астраханскую область делегации Азербайджанской"
        " Республики под руководством главы исполнительной власти" in text
    )
    assert "- 5–7 мая 2025 г., визит делегации Апшеронского района" in text


@pytest.mark.parametrize(
    ("name", "aliases", "line"),
    [
        ("Беларусь", ("Республика Беларусь",), "С РЕСПУБЛИКОЙ БЕЛАРУСЬ"),
        ("Казахстан", ("Республика Казахстан",), "С РЕСПУБЛИКОЙ КАЗАХСТАН"),
        ("Иран", ("Исламская Республика Иран",), "С ИСЛАМСКОЙ РЕСПУБЛИКОЙ ИРАН"),
        ("Туркменистан", ("Туркмения",), "С ТУРКМЕНИСТАНОМ"),
        ("Могилевская область", (), "С МОГИЛЕВСКОЙ ОБЛАСТЬЮ"),
        ("город Витебск", (), "С ГОРОДОМ ВИТЕБСКОМ"),
        ("Швеция", (), "СО ШВЕЦИЕЙ"),
        ("Швеция", ("Королевство Швеция",), "С КОРОЛЕВСТВОМ ШВЕЦИЯ"),
    ],
)
def test_title_declines_the_partner_as_a_note_does(
    name: str, aliases: tuple[str, ...], line: str
) -> None:
    partner = Partner(id="XX", name=name, aliases=aliases, entered_by="тест")
    assert title_lines(Home(), partner, "ru")[2] == line


def test_agreement_known_only_by_an_english_title_reads_in_russian(kb: KnowledgeBase) -> None:
    # A Russian note writes no English words: the kind and the partner, the English title
    # left to the footnote.
    english = Agreement(
        id=make_id("agreement", "english"),
        kind=AgreementKind.PROGRAMME,
        title="Action Programme on regional cooperation",
        signed="2021-12-07",
        status=AgreementStatus.BEING_IMPLEMENTED,
        partners=("AZ",),
        mentions=(Mention(start=0, end=40, document=NEWS_DOC),),
    )
    content = select_note(replace(kb, agreements=(*kb.agreements, english)), "AZ")
    assert (
        "- Реализуется Программа с Азербайджанской Республикой (7 декабря 2021 г.)."
        in render_markdown(content)
    )
    assert (
        "- Being implemented: Action Programme on regional cooperation (7 December 2021)."
        in render_markdown(content, "en")
    )
