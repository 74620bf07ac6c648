"""A figure shown on its own line reads as a full statement, never a bare fragment."""

from __future__ import annotations

from datetime import date

import pytest

from liaison.brief.figures import indicator_line
from liaison.model import Indicator, Period


def figure(metric: str, value: float, text: str = "", **fields: object) -> Indicator:
    return Indicator(id="i", metric=metric, value=value, text=text, entered_by="t", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("indicator", "lang", "expected"),
    [
        (
            figure(
                "events",
                50,
                "порядка 50 мероприятий",
                unit="мероприятий",
                scope="мероприятий (порядка)",
            ),
            "ru",
            "Проведено мероприятий: порядка 50.",
        ),
        (
            figure(
                "events",
                50,
                "порядка 50 мероприятий",
                unit="мероприятий",
                scope="мероприятий (порядка)",
            ),
            "en",
            "Events held: about 50.",
        ),
        (
            figure(
                "companies_with_foreign_capital",
                20,
                "20 компаний",
                unit="компаний",
                as_of=date(2025, 1, 1),
            ),
            "ru",
            "Компании с участием иностранного капитала: 20 (на 01.01.2025).",
        ),
        (
            figure("students", 3000, "over 3 thousand", unit="students", scope="of them (over)"),
            "en",
            "Students: over 3,000.",
        ),
        (
            figure(
                "visitors",
                10000,
                "свыше 10 тысяч гостей",
                unit="гостей",
                scope="гостей (свыше)",
                period=Period(from_=2024, to=2024),
            ),
            "ru",
            "Посетители: свыше 10\u00a0000 (2024 г.).",
        ),
        (
            figure(
                "investments",
                4.4e9,
                "почти 4,4 миллиарда долларов",
                unit="USD",
                scope="почти",
                period=Period(from_=2023, to=2023),
            ),
            "ru",
            "Инвестиции: почти 4,4 млрд долл. США (2023 г.).",
        ),
        (
            figure(
                "investments",
                4.4e9,
                "почти 4,4 миллиарда долларов",
                unit="USD",
                scope="почти",
                period=Period(from_=2023, to=2023),
            ),
            "en",
            "Investments: almost 4.4 billion USD (2023).",
        ),
        (
            figure(
                "companies",
                20,
                "В области работают 20 компаний с турецким капиталом.",
                as_of=date(2025, 1, 1),
            ),
            "ru",
            "В области работают 20 компаний с турецким капиталом (на 01.01.2025).",
        ),
        (figure("cargo", 3e7, "30 миллионов тонн", unit="тонн"), "ru", ""),
        (figure("units", 230, "230 ед.", unit="ед."), "en", ""),
    ],
)
def test_figure_line_is_a_statement(indicator: Indicator, lang: str, expected: str) -> None:
    assert indicator_line(indicator, lang) == expected
