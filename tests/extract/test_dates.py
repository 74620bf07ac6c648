"""Dates and date ranges: every form the notes and news use, with the words each came from."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.extract.dates import DateRange, find_dates, parse_date_range, year_from_publication


@pytest.mark.parametrize(
    ("text", "words", "start", "end", "precision"),
    [
        (
            "16–19 сентября 2019 г., визит",
            "16–19 сентября 2019 г.",
            "2019-09-16",
            "2019-09-19",
            "day",
        ),
        (
            "с 30 июня–1 июля 2022 г. в Гродно",
            "30 июня–1 июля 2022 г.",
            "2022-06-30",
            "2022-07-01",
            "day",
        ),
        (
            "28 сентября – 2 октября 2023 г., визит",
            "28 сентября – 2 октября 2023 г.",
            "2023-09-28",
            "2023-10-02",
            "day",
        ),
        (
            "30 ноября – 2 декабря 2023 г.",
            "30 ноября – 2 декабря 2023 г.",
            "2023-11-30",
            "2023-12-02",
            "day",
        ),
        (
            "28 декабря 2023 г. – 3 января 2024 г. – каникулы",
            "28 декабря 2023 г. – 3 января 2024 г.",
            "2023-12-28",
            "2024-01-03",
            "day",
        ),
        (
            "28 декабря – 3 января 2024 г.",
            "28 декабря – 3 января 2024 г.",
            "2023-12-28",
            "2024-01-03",
            "day",
        ),
        ("5-6 марта 2024 года гостил", "5-6 марта 2024 года", "2024-03-05", "2024-03-06", "day"),
        ("12—14 мая 2021 г.", "12—14 мая 2021 г.", "2021-05-12", "2021-05-14", "day"),
        ("3 –\u00a05 августа 2023", "3 –\u00a05 августа 2023", "2023-08-03", "2023-08-05", "day"),
        ("10 мая 2022 г., визит", "10 мая 2022 г.", "2022-05-10", "2022-05-10", "day"),
        (
            "он прибыл 22 февраля 2022 года в столицу",
            "22 февраля 2022 года",
            "2022-02-22",
            "2022-02-22",
            "day",
        ),
        (
            "установлены 4 апреля 1992 года.",
            "4 апреля 1992 года",
            "1992-04-04",
            "1992-04-04",
            "day",
        ),
        (
            "27–30 октября 2024\u00a0г. прошли",
            "27–30 октября 2024\u00a0г.",
            "2024-10-27",
            "2024-10-30",
            "day",
        ),
        ("компаний (на 01.01.2025).", "01.01.2025", "2025-01-01", "2025-01-01", "day"),
        ("date 2021-12-08 by", "2021-12-08", "2021-12-08", "2021-12-08", "day"),
        ("Соглашение (2011 г.).", "2011 г.", "2011-01-01", "2011-12-31", "year"),
        ("(2024 г., 2025г.)", "2024 г.", "2024-01-01", "2024-12-31", "year"),
        ("в 2023 году открыт", "2023 году", "2023-01-01", "2023-12-31", "year"),
        ("по итогам 2023-го рост", "2023-го", "2023-01-01", "2023-12-31", "year"),
        (
            "Программа на 2024–2026 гг. (2024 г.)",
            "2024–2026 гг.",
            "2024-01-01",
            "2026-12-31",
            "year",
        ),
        ("План на 2023–2025 годы", "2023–2025 годы", "2023-01-01", "2025-12-31", "year"),
        (
            "ХРОНОЛОГИЯ КОНТАКТОВ В 2019–2025 ГГ.",
            "2019–2025 ГГ.",
            "2019-01-01",
            "2025-12-31",
            "year",
        ),
        ("С 2010 по 2019 год партнёр", "С 2010 по 2019 год", "2010-01-01", "2019-12-31", "year"),
        (
            "в 2025/2026 учебном году учатся",
            "2025/2026 учебном году",
            "2025-09-01",
            "2026-08-31",
            "academic_year",
        ),
        ("(июнь 2022 г., 2023 г.)", "июнь 2022 г.", "2022-06-01", "2022-06-30", "month"),
        ("В январе 2024 года утвердили", "январе 2024 года", "2024-01-01", "2024-01-31", "month"),
        ("on November 10, 2020, ended", "November 10, 2020", "2020-11-10", "2020-11-10", "day"),
        ("signed on 7 December 2021 in Baku", "7 December 2021", "2021-12-07", "2021-12-07", "day"),
        ("from 7-9 December 2021", "7-9 December 2021", "2021-12-07", "2021-12-09", "day"),
        ("In June 2021, on the sidelines", "June 2021", "2021-06-01", "2021-06-30", "month"),
        ("opened in 2020, a branch", "2020", "2020-01-01", "2020-12-31", "year"),
        (
            "visited on 30 September – 1 October 2024.",
            "30 September – 1 October 2024",
            "2024-09-30",
            "2024-10-01",
            "day",
        ),
        (
            "on March 30 - April 2, 2025 the",
            "March 30 - April 2, 2025",
            "2025-03-30",
            "2025-04-02",
            "day",
        ),
        (
            "opened on 30 June 2023 and runs until 6 July",
            "30 June 2023 and runs until 6 July",
            "2023-06-30",
            "2023-07-06",
            "day",
        ),
        (
            "открылась 30 мая и продлится до 2 июня 2025 года",
            "30 мая и продлится до 2 июня 2025 года",
            "2025-05-30",
            "2025-06-02",
            "day",
        ),
    ],
)
def test_date_forms(text: str, words: str, start: str, end: str, precision: str) -> None:
    span = find_dates(text)[0]
    assert text[span.start : span.end] == words
    assert span.value == DateRange(date.fromisoformat(start), date.fromisoformat(end), precision)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("(2022, 2023, 2024 гг.)", ["2022", "2023", "2024 гг."]),
        ("(2022 г., 2023 г.)", ["2022 г.", "2023 г."]),
        ("(2019, 2023, 2024 гг.). ", ["2019", "2023", "2024 гг."]),
    ],
)
def test_year_lists_give_one_span_per_year(text: str, words: list[str]) -> None:
    spans = find_dates(text)
    assert [text[s.start : s.end] for s in spans] == words
    assert [s.value.start.year for s in spans] == [int(w[:4]) for w in words]


@pytest.mark.parametrize(
    "text",
    [
        "20 компаний с участием капитала",
        "обучение 1012 граждан",
        "танки Т-72 и БТР-80",
        "к 100-летию со дня рождения",
        "в 2-м форуме и 14-ый тур",
        "31 июня 2022 г.",
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert find_dates(text) == []


def test_yearless_day_takes_the_year_stated_before_it() -> None:
    text = "Визит прошёл 22 февраля 2022 года.\nПозже стороны встречались 29 июня и 7 октября."
    assert [s.value.iso() for s in find_dates(text)] == ["2022-02-22", "2022-06-29", "2022-10-07"]
    assert [s.has_year for s in find_dates(text)] == [True, False, False]


def test_yearless_day_in_news_is_the_latest_not_after_publication() -> None:
    text = "The programme was signed on December 7."
    (span,) = find_dates(text, published=date(2021, 12, 8))
    assert text[span.start : span.end] == "December 7"
    assert span.value.iso() == "2021-12-07"


@pytest.mark.parametrize(
    ("month", "day", "published", "year"),
    [
        (12, 7, date(2021, 12, 8), 2021),
        (12, 30, date(2022, 1, 3), 2021),
        (1, 10, date(2022, 1, 6), 2022),  # announced a few days ahead
        (3, 1, date(2022, 1, 6), 2021),
        (2, 29, date(2023, 3, 1), 2022),
    ],
)
def test_year_from_publication(month: int, day: int, published: date, year: int) -> None:
    assert year_from_publication(month, day, published) == year


def test_yearless_day_without_context_is_left_out() -> None:
    assert find_dates("встреча 29 июня в столице") == []
    assert parse_date_range("29 июня") is None


def test_stated_year_outweighs_publication() -> None:
    text = "22 февраля 2022 года — переговоры; 29 июня — встреча."
    spans = find_dates(text, published=date(2024, 4, 22))
    assert spans[1].value.iso() == "2022-06-29"


def test_offsets_are_into_the_whole_text_when_searching_a_stretch() -> None:
    text = "Шапка. 10 мая 2022 г., визит. Хвост 2023 г."
    spans = find_dates(text, 7, 30)
    assert [text[s.start : s.end] for s in spans] == ["10 мая 2022 г."]


def test_every_chronology_bullet_opens_with_a_day(corpus_document) -> None:
    for number in ("000", "001"):
        doc = corpus_document(number)
        heading = doc.text.index("ХРОНОЛОГИЯ")
        lines = [ln for ln in doc.text[heading:].splitlines()[1:] if ln.strip()[:1].isdigit()]
        for line in lines:
            value = parse_date_range(line)
            assert value is not None and value.precision == "day", line


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "on a visit to Azerbaijan from February 19 to 21, held talks",
            (2025, 2, 19),
            (2025, 2, 21),
        ),
        ("from February 19 to February 21, 2025", (2025, 2, 19), (2025, 2, 21)),
        ("from 19 to 21 February", (2025, 2, 19), (2025, 2, 21)),
        ("between December 30 and January 2", (2024, 12, 30), (2025, 1, 2)),
    ],
)
def test_an_english_range_told_with_from_and_to_is_one_range(
    text: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    (found,) = find_dates(text, published=date(2025, 2, 22))
    assert (found.value.start, found.value.end) == (date(*start), date(*end))
