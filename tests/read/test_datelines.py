"""Publication dates read off a news text: the feed's date line, an agency's dateline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import lxml.html
import pytest

from liaison.read import read_document
from liaison.read.datelines import find_dateline, latest_year
from liaison.read.html import headline_date

LIMIT = 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("text", "published", "rest"),
    [
        (
            "МОСКВА, 22 апр – РИА Новости. Стороны обсудили торговлю в 2024 году.",
            date(2024, 4, 22),
            "Стороны",
        ),
        (
            "АСТРАХАНЬ, 12 мая. /ТАСС/. Открылась выставка; в 2023 году их было две.",
            date(2023, 5, 12),
            "Открылась",
        ),
        ("BAKU, April 22 (Reuters) - Talks on trade opened in 2025.", date(2025, 4, 22), "Talks"),
        (
            "РОСТОВ-НА-ДОНУ, 3 марта 2025 г. – Губернатор области провёл встречу в 2019 году.",
            date(2025, 3, 3),
            "Губернатор",
        ),
        ("НИЖНИЙ НОВГОРОД, 5 июня – ИА Город. Прошла встреча делегаций.", None, "Прошла"),
    ],
)
def test_dateline_gives_the_day_and_ends_before_the_article(
    text: str, published: date | None, rest: str
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.published == published
    assert text[found.end :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Баку, столица республики, принял гостей.",
        "ВАЖНО, 5 человек получили награды.",
        "В 2024 году состоялись следующие контакты:",
    ],
)
def test_a_line_that_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("в 2022 году рост составил 24%, по итогам 2023-го — 17,5%", 2023),
        ("программа на 2024–2026 годы, принятая в 2023 году", 2023),
        ("цель — удвоить оборот к 2030 году; в 2021 году он вырос", 2021),
        ("без лет", None),
        ("товарооборот в 2023 году достиг 28 млрд; пригласил посетить Москву в 2025 году", 2024),
        ("trade reached $2.6 billion in 2023; the governor was invited to visit in 2025", 2024),
        ("в 2022 году подписан план; форум состоится в 2026 году", 2022),
        ("в первом квартале 2024 года; следующее заседание пройдет в 2025 году", 2024),
    ],
)
def test_the_year_a_dateline_leaves_out_is_the_latest_the_text_states(
    text: str, year: int | None
) -> None:
    assert latest_year(text) == year


NEWS = "ГОРОД, 14 окт – Агентство. Делегация области посетила выставку в 2024 году.\n"


@pytest.mark.parametrize(
    ("text", "given", "published"),
    [
        (NEWS, None, date(2024, 10, 14)),
        (NEWS, date(2024, 10, 15), date(2024, 10, 15)),  # the option wins over a guessed year
        (
            "date 2021-12-08 By a reporter\nThe delegation came.\n",
            date(2022, 1, 1),
            date(2021, 12, 8),
        ),
        (
            "ГОРОД, 14 окт 2023 г. – Агентство. Делегация прибыла.\n",
            date(2022, 1, 1),
            date(2023, 10, 14),
        ),
        ("Делегация области посетила выставку.\n", date(2024, 5, 6), date(2024, 5, 6)),
        ("Делегация области посетила выставку.\n", None, None),
    ],
)
def test_a_stated_date_wins_then_the_option_then_a_guess(
    tmp_path: Path, text: str, given: date | None, published: date | None
) -> None:
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path, max_bytes=LIMIT, published=given).published == published


def test_the_dateline_is_kept_out_of_the_first_sentence(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    document = read_document(path, max_bytes=LIMIT)
    first = document.blocks[0]
    assert document.text[first.start : first.end].startswith("Делегация области")
    assert document.text.startswith("ГОРОД, 14 окт")  # the text as read keeps it


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<h1>Визит делегации</h1><p>12.03.2025</p><p>Текст.</p>", date(2025, 3, 12)),
        (
            '<div class="meta">5 апреля 2024, 10:15</div><h1>Визит</h1><p>Текст.</p>',
            date(2024, 4, 5),
        ),
        ("<h1>Visit</h1><span>Apr 5, 2023</span>", date(2023, 4, 5)),
        ("<h1>Визит</h1><p>Текст без даты.</p>", None),
        ("<p>12.03.2025</p>", None),
    ],
)
def test_a_date_by_the_headline(body: str, expected: date | None) -> None:
    tree = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    assert headline_date(tree) == expected


@pytest.mark.parametrize(
    "date_line_text",
    ["27.09.2023", "27 сентября 2023 г., 10:15", "September 27, 2023"],
)
def test_a_date_alone_under_the_headline_is_the_day_of_publication(
    tmp_path: Path, date_line_text: str
) -> None:
    document = read_text(
        tmp_path,
        f"Делегация области приняла участие в форуме\n\n{date_line_text}\n\n"
        "Во вторник заместитель губернатора встретилась с акимом области.\n",
    )
    assert document.published == date(2023, 9, 27)
    assert all("2023" not in document.text[b.start : b.end] for b in document.blocks)


def test_a_date_line_right_above_the_article_is_no_part_of_it(tmp_path: Path) -> None:
    document = read_text(
        tmp_path,
        "date 2025-03-11\nДелегация области посетила Астраханскую область.\n"
        "В ходе визита подписан меморандум.\n",
    )
    first = next(b for b in document.blocks if "Делегация" in document.text[b.start : b.end])
    assert document.text[first.start : first.end].startswith("Делегация")
    assert document.published == date(2025, 3, 11)


def test_a_press_release_is_dated_by_its_date_line(tmp_path: Path) -> None:
    """The line under 'ПРЕСС-РЕЛИЗ' names who issues it, where and when: that is the day
    it was published, and the text after it is the article."""
    document = read_text(
        tmp_path,
        "ПРЕСС-РЕЛИЗ\n\nМинистерство внешних связей Астраханской области, Астрахань, "
        "3 марта 2025 г.\nДелегация Гиляна посетила область 1–2 марта.\n",
    )
    assert document.published == date(2025, 3, 3)
    assert not any(
        document.text[b.start : b.end].startswith("Министерство") for b in document.blocks
    )


def read_text(tmp_path: Path, text: str):
    """The document a UTF-8 ``.txt`` of ``text`` reads as."""
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, max_bytes=LIMIT)
