"""Dates and years in the notes' own forms, and the forms of the real notes read back."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from liaison.brief.dates import (
    MONTHS_RU_GENITIVE,
    format_as_of,
    format_date_range,
    format_year_span,
    format_years,
    signed_year,
)


@pytest.mark.parametrize(
    ("start", "end", "ru", "en"),
    [
        (date(2022, 5, 10), date(2022, 5, 10), "10 мая 2022 г.", "10 May 2022"),
        (date(2019, 9, 16), date(2019, 9, 19), "16–19 сентября 2019 г.", "16–19 September 2019"),
        (date(2022, 6, 30), date(2022, 7, 1), "30 июня – 1 июля 2022 г.", "30 June – 1 July 2022"),
        (
            date(2023, 9, 28),
            date(2023, 10, 2),
            "28 сентября – 2 октября 2023 г.",
            "28 September – 2 October 2023",
        ),
        (
            date(2023, 12, 28),
            date(2024, 1, 3),
            "28 декабря 2023 г. – 3 января 2024 г.",
            "28 December 2023 – 3 January 2024",
        ),
        (date(2024, 3, 1), date(2024, 3, 1), "1 марта 2024 г.", "1 March 2024"),
        (date(2025, 2, 1), date(2025, 2, 28), "1–28 февраля 2025 г.", "1–28 February 2025"),
    ],
)
def test_date_range_is_written_as_in_the_notes(start: date, end: date, ru: str, en: str) -> None:
    assert format_date_range(start, end, "ru") == ru
    assert format_date_range(start, end, "en") == en


def test_a_missing_end_is_a_single_day() -> None:
    assert format_date_range(date(2020, 9, 18)) == "18 сентября 2020 г."


@pytest.mark.parametrize(
    ("years", "ru", "en"),
    [
        ([2011], "2011 г.", "2011"),
        ([2024, 2022, 2023, 2022], "2022, 2023, 2024 гг.", "2022, 2023, 2024"),
        ([], "", ""),
    ],
)
def test_years_in_brackets(years: list[int], ru: str, en: str) -> None:
    assert format_years(years, "ru") == ru
    assert format_years(years, "en") == en


@pytest.mark.parametrize(
    ("first", "last", "upper", "expected"),
    [
        (2019, 2025, True, "2019–2025 ГГ."),
        (2023, 2023, True, "2023 Г."),
        (2019, 2020, False, "2019–2020 гг."),
    ],
)
def test_year_span_for_headings(first: int, last: int, upper: bool, expected: str) -> None:
    assert format_year_span(first, last, upper=upper) == expected


def test_as_of_stamp() -> None:
    assert format_as_of(date(2025, 1, 1)) == "на 01.01.2025"


@pytest.mark.parametrize(("signed", "year"), [("2011", 2011), ("2021-12-07", 2021), (None, None)])
def test_signed_year(signed: str | None, year: int | None) -> None:
    assert signed_year(signed) == year


MONTH = "|".join(MONTHS_RU_GENITIVE)
# The date in front of a chronology bullet of a real note: '16–19 сентября 2019 г.,' etc.
BULLET_DATE = re.compile(
    rf"^· (?:\[[^\]]*\])?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>\d{{4}})\s*г\.)?"
    rf"(?:\s*–\s*(?P<d2>\d{{1,2}}))?\s+(?P<m2>{MONTH})\s+(?P<y2>\d{{4}})\s*г\.",
    re.M,
)


def parsed_ranges(text: str) -> list[tuple[str, date, date]]:
    """(written form, start, end) of every dated bullet."""
    found = []
    for m in BULLET_DATE.finditer(text):
        end = date(int(m["y2"]), MONTHS_RU_GENITIVE.index(m["m2"]) + 1, int(m["d2"] or m["d1"]))
        start_month = MONTHS_RU_GENITIVE.index(m["m1"]) + 1 if m["m1"] else end.month
        start = date(int(m["y1"] or end.year), start_month, int(m["d1"]))
        written = m.group(0)[2:]
        found.append((re.sub(r"^\[[^\]]*\]", "", written), start, end))
    return found


def canonical_spacing(text: str) -> str:
    """Spaces as the house form has them: none around a dash between two days,
    one on each side of a dash between longer parts."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = re.sub(r"\s*–\s*", " – ", text)
    return re.sub(r"^(\d{1,2}) – (\d)", r"\1–\2", text)


@pytest.mark.parametrize("name", ["000_dbe67b22e53d9186.txt", "001_3211ef41689413ab.txt"])
def test_every_chronology_date_of_a_real_note_is_written_back_the_same(
    corpus_dir: Path, name: str
) -> None:
    text = (corpus_dir / name).read_text(encoding="utf-8")
    ranges = parsed_ranges(text)
    assert len(ranges) >= 25
    for written, start, end in ranges:
        assert format_date_range(start, end) == canonical_spacing(written)
