"""English notes say things in English: titles, posts, names, gatherings and statements
translated by the glossary, and whatever cannot be translated marked as Russian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from liaison.brief import render_markdown, render_overview, select_note
from liaison.brief.clauses_en import gathering_in, sentences
from liaison.brief.english import (
    person_name_en,
    post_en,
    title_en,
    without_russian_originals,
)
from liaison.brief.russian import russian_name
from liaison.brief.statements_en import statement_en
from liaison.brief.translate import translate_phrase
from liaison.cli import flow
from liaison.config import Settings
from liaison.data import DATA_DIR
from liaison.model import KnowledgeBase
from liaison.store import Store

CYRILLIC = re.compile("[А-Яа-яЁё]")


def unmarked(line: str) -> str:
    """A line without its marked Russian originals."""
    return without_russian_originals(line)[0]


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("Губернатор Астраханской области", "Governor of Astrakhan Region"),
        ("заместителем Министра культуры Азербайджанской Республики",
         "Deputy Minister of Culture of the Republic of Azerbaijan"),
        ("Главы Исполнительной власти Апшеронского района",
         "Head of the Executive Power of Absheron District"),
        ("председателем Могилевского областного исполнительного комитета",
         "Chairman of the Mogilev Regional Executive Committee"),
        ("Чрезвычайного и Полномочного Посла Республики Беларусь в Российской Федерации",
         "Ambassador Extraordinary and Plenipotentiary of the Republic of Belarus in the"
         " Russian Federation"),
        ("министра сельского хозяйства и рыбной промышленности Волгоградской области",
         "Minister of Agriculture and Fisheries of Volgograd Region"),
    ],
)  # fmt: skip
def test_posts_in_full_in_any_case(russian: str, english: str) -> None:
    assert post_en(russian) == english


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("Соглашение о сотрудничестве в сфере туризма",
         "Agreement on Cooperation in the Field of Tourism"),
        ("Меморандум о побратимстве между городами Астрахань и Брест",
         "Memorandum on Twinning between Cities Astrakhan and Brest"),
        ("План мероприятий на 2025–2027 гг.", "Plan of Events for 2025–2027"),
        ("Соглашение между АО «ОЭЗ «Лотос» и СЭЗ «Гродно»",
         "Agreement between the JSC “OEZ Lotos” and the Free Economic Zone “Grodno”"),
        ("Программа совместных мероприятий Астраханской области и Азербайджанской Республики",
         "Programme of Joint Events of Astrakhan Region and the Republic of Azerbaijan"),
    ],
)  # fmt: skip
def test_agreement_titles_by_kind_parties_and_subject(russian: str, english: str) -> None:
    assert title_en(russian) == english


def test_a_title_with_an_unknown_word_is_marked_not_half_translated() -> None:
    assert translate_phrase("Соглашение о выращивании кактусов") is None
    assert title_en("Соглашение о выращивании кактусов") == (
        "[ru] Соглашение о выращивании кактусов"
    )


@pytest.mark.parametrize(
    ("clause", "english"),
    [
        ("участие делегации в Десятом Российско-Азербайджанском межрегиональном форуме",
         "10th Russian-Azerbaijani Interregional Forum"),
        ("участие в XII Форуме регионов России и Беларуси под председательством Иванова П.С.",
          "12th Forum of Regions of Russia and Belarus"),
        ("участие в 19-м заседании Межпарламентской комиссии (Москва)",
         "19th Session of the Interparliamentary Commission"),
    ],
)  # fmt: skip
def test_gathering_named_in_a_chronology_sentence(clause: str, english: str) -> None:
    found = gathering_in(clause)
    assert found is not None and found.is_translated
    assert found.english == english


def test_sentences_of_a_line_split_at_clauses_not_at_initials_or_abbreviations() -> None:
    line = "визит Губернатора Бабушкина И.Ю. в г. Баку. Встреча с Алиевым И.Г. Посещение с. Шуша"
    assert sentences(line) == [
        "визит Губернатора Бабушкина И.Ю. в г. Баку",
        "Встреча с Алиевым И.Г.",
        "Посещение с. Шуша",
    ]


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("Подписано Соглашение о сотрудничестве в сфере туризма (2021 г.).",
         "Agreement on cooperation in the field of tourism was signed (2021)."),
        ("Зарегистрировано 20 компаний с участием азербайджанского капитала (на 01.01.2025).",
         "20 companies with the participation of Azerbaijani capital were registered"
         " (as of 1 January 2025)."),
        ("Спортсмены Азербайджана приняли участие в турнире по гандболу (Баку, 2024 г.).",
         "Athletes of Azerbaijan took part in the tournament on handball (Baku, 2024)."),
        ("строительство детского сада «Дружба» (2014 г.);",
         "Construction of kindergarten “Friendship” (2014);"),
        ("Смотрители маяков провели учения (2024 г.).",
         "[ru] Смотрители маяков провели учения (2024 г.)."),
    ],
)  # fmt: skip
def test_statements_from_their_structure(russian: str, english: str) -> None:
    assert statement_en(russian) == english


@pytest.mark.parametrize(
    ("name", "english"),
    [("Алиев И.Г.", "Ilham Aliyev"), ("Алиев Г.А.", "Heydar Aliyev"),
     ("Фарзалиев А.А.", "A.A. Farzaliyev"), ("Гусейнов М.Ф.", "M.F. Huseynov")],
)  # fmt: skip
def test_names_follow_english_usage(name: str, english: str) -> None:
    assert person_name_en(name, None) == english


def test_corpus_agreements_in_english(corpus_kb: KnowledgeBase) -> None:
    az = render_markdown(select_note(corpus_kb, "AZ"), "en")
    assert (
        "- In force: Agreement between the Government of Astrakhan Region (Russian Federation)"
        " and the Government of the Republic of Azerbaijan on Trade and Economic, Scientific and"
        " Technical and Cultural Cooperation (2011)." in az
    )
    assert (
        "- Being implemented: Programme of Events for the Development of Cooperation between"
        " Astrakhan Region (Russian Federation) and the Government of the Republic of Azerbaijan"
        " for 2024–2026 (2024)." in az
    )
    by = render_markdown(select_note(corpus_kb, "BY"), "en")
    assert (
        "Agreement between the Government of Astrakhan Region (Russian Federation) and the"
        " Government of the Republic of Belarus on Cooperation in Trade and Economic, Scientific"
        " and Technical, Social and Cultural and Humanitarian Spheres" in by
    )
    assert "Memorandum on Twinning between the Municipality" in by
    top = by.split("## MAIN AREAS", 1)[0]
    assert not [line for line in top.splitlines() if CYRILLIC.search(unmarked(line))]


def test_corpus_chronology_names_the_commission_and_full_posts(corpus_kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(corpus_kb, "AZ"), "en")
    assert (
        "- 6 July 2023: participation of Minister of External Relations of Astrakhan Region"
        " V.V. Golovkov in the 19th Session of the Interparliamentary Commission" in text
    )
    assert "Deputy Prime Minister of the Republic of Azerbaijan Shahin Mustafayev" in text
    assert "opening of the Astrakhan Business Centre in Baku" in text  # a further sentence
    assert "Ilkham" not in text and "Ilham Aliyev" in text


@pytest.mark.parametrize(("partner", "least"), [("AZ", 0.7), ("BY", 0.45)])
def test_corpus_english_note_has_no_russian_outside_marked_originals(
    corpus_kb: KnowledgeBase, partner: str, least: float
) -> None:
    text = render_markdown(select_note(corpus_kb, partner), "en")
    bullets = [line for line in text.splitlines() if line.lstrip().startswith("- ")]
    left = [line for line in bullets if CYRILLIC.search(unmarked(line.replace("\\", "")))]
    assert left == []
    english = [line for line in bullets if "[ru]" not in line.replace("\\", "")]
    assert len(english) >= least * len(bullets)  # said in English, not only marked


def test_corpus_overview_names_agreements_and_recent_contacts(corpus_kb: KnowledgeBase) -> None:
    text = render_overview(corpus_kb, ["AZ", "KZ", "TM", "IR"], "en")
    azerbaijan = next(p for p in text.split("\n\n") if p.startswith("**Azerbaijan.**"))
    assert "Cooperation rests on the Agreement between the Government of Astrakhan Region" in (
        azerbaijan
    )
    assert "Recent contacts: 3–4 December 2025: visit of the delegation of Azerbaijan" in (
        azerbaijan
    )
    assert not CYRILLIC.search(unmarked(text))


@pytest.fixture(scope="module")
def samples_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The shipped sample documents, ingested as the demo does."""
    folder = tmp_path_factory.mktemp("samples_kb")
    settings = Settings(database_url=f"sqlite:///{folder / 'kb.sqlite'}")
    store = Store.open(settings.database_url)
    files = sorted(p for p in (DATA_DIR / "samples").iterdir() if p.suffix != ".py")
    files = [p for p in files if p.suffix in (".txt", ".docx", ".html")]
    list(flow.ingest_files([Path(p) for p in files], settings, store))
    return store.export()


def test_russian_note_says_an_english_source_contact_in_russian(samples_kb: KnowledgeBase) -> None:
    text = render_markdown(select_note(samples_kb, "TM"), "ru", sources=True)
    line = next(x for x in text.splitlines() if x.startswith("- 4 марта 2024 г."))
    assert "Rustam" not in line and "Annayev" not in line and "Governor" not in line
    assert "с участием хякима Балканского велаята Аннаева Р.Б." in line  # his post in Russian
    # the English sentence it rests on is kept for the footnote
    assert "«The timetable was approved on March 4 at a videoconference" in text


def test_latin_name_is_the_known_russian_person() -> None:
    assert russian_name("Igor Babushkin", {}) == "Бабушкин И."
