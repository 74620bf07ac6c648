"""Dates and years written the way the reference notes write them.

The notes drop whatever the two ends share: one month is written once (`16–19 сентября
2019 г.`), one year once (`30 июня – 1 июля 2022 г.`); a range across a new year keeps
both years. The en dash has no spaces between two days and spaces between longer parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DASH = "–"


def format_date_range(start: date, end: date | None = None, lang: str = "ru") -> str:
    """A date or a date range as the notes write it.

    ==========  ==========  =====================================  ==========================
    start       end         ru                                     en
    ==========  ==========  =====================================  ==========================
    2022-05-10  2022-05-10  10 мая 2022 г.                         10 May 2022
    2019-09-16  2019-09-19  16–19 сентября 2019 г.                 16–19 September 2019
    2022-06-30  2022-07-01  30 июня – 1 июля 2022 г.               30 June – 1 July 2022
    2023-12-28  2024-01-03  28 декабря 2023 г. – 3 января 2024 г.  28 December 2023 – 3 Jan…
    ==========  ==========  =====================================  ==========================

    >>> format_date_range(date(2022, 5, 10), date(2022, 5, 10))
    '10 мая 2022 г.'
    >>> format_date_range(date(2019, 9, 16), date(2019, 9, 19))
    '16–19 сентября 2019 г.'
    >>> format_date_range(date(2022, 6, 30), date(2022, 7, 1))
    '30 июня – 1 июля 2022 г.'
    >>> format_date_range(date(2023, 9, 28), date(2023, 10, 2))
    '28 сентября – 2 октября 2023 г.'
    >>> format_date_range(date(2023, 12, 28), date(2024, 1, 3))
    '28 декабря 2023 г. – 3 января 2024 г.'
    >>> format_date_range(date(2019, 9, 16), date(2019, 9, 19), "en")
    '16–19 September 2019'
    >>> format_date_range(date(2022, 6, 30), date(2022, 7, 1), "en")
    '30 June – 1 July 2022'
    >>> format_date_range(date(2023, 12, 28), date(2024, 1, 3), "en")
    '28 December 2023 – 3 January 2024'
    """
    end = end or start
    year = " г." if lang != "en" else ""
    if end == start:
        return f"{day_month(start, lang)} {start.year}{year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{DASH}{day_month(end, lang)} {end.year}{year}"
    if start.year == end.year:
        return f"{day_month(start, lang)} {DASH} {day_month(end, lang)} {end.year}{year}"
    first = f"{day_month(start, lang)} {start.year}{year}"
    return f"{first} {DASH} {day_month(end, lang)} {end.year}{year}"


def day_month(day: date, lang: str = "ru") -> str:
    """'16 сентября' or '16 September'."""
    months = MONTHS_EN if lang == "en" else MONTHS_RU_GENITIVE
    return f"{day.day} {months[day.month - 1]}"


def format_date(day: date, lang: str = "ru") -> str:
    """One date: '7 декабря 2021 г.' or '7 December 2021'."""
    return format_date_range(day, day, lang)


def format_as_of(day: date, lang: str = "ru") -> str:
    """The 'as of' stamp of a figure: 'на 01.01.2025' or 'as of 1 January 2025'.

    >>> format_as_of(date(2025, 1, 1)), format_as_of(date(2025, 1, 1), "en")
    ('на 01.01.2025', 'as of 1 January 2025')
    """
    if lang == "en":
        return f"as of {format_date(day, 'en')}"
    return f"на {day:%d.%m.%Y}"


def format_years(years: Iterable[int], lang: str = "ru") -> str:
    """Years as the notes put them in brackets: '2022 г.', '2022, 2023, 2024 гг.'.

    >>> format_years([2022]), format_years([2024, 2022, 2023]), format_years([2019], "en")
    ('2022 г.', '2022, 2023, 2024 гг.', '2019')
    >>> format_years([])
    ''
    """
    distinct = sorted(set(years))
    if not distinct:
        return ""
    joined = ", ".join(str(y) for y in distinct)
    if lang == "en":
        return joined
    return f"{joined} {'г.' if len(distinct) == 1 else 'гг.'}"


def format_year_span(first: int, last: int, lang: str = "ru", *, upper: bool = False) -> str:
    """A span of years: '2019–2025 гг.', '2023 г.'; upper-cased for a heading.

    >>> format_year_span(2019, 2025), format_year_span(2023, 2023, upper=True)
    ('2019–2025 гг.', '2023 Г.')
    >>> format_year_span(2019, 2025, "en")
    '2019–2025'
    """
    years = str(first) if first == last else f"{first}{DASH}{last}"
    if lang == "en":
        return years
    text = f"{years} {'г.' if first == last else 'гг.'}"
    return text.upper() if upper else text


def parse_signed(signed: str | None) -> date | int | None:
    """An agreement's signing stamp: a date for '2021-12-07', a year for '2011'.

    >>> parse_signed("2011"), parse_signed("2021-12-07"), parse_signed(None)
    (2011, datetime.date(2021, 12, 7), None)
    """
    if not signed:
        return None
    if len(signed) == 4 and signed.isdigit():
        return int(signed)
    try:
        return date.fromisoformat(signed)
    except ValueError:
        head = signed[:4]
        return int(head) if head.isdigit() else None


def signed_year(signed: str | None) -> int | None:
    """The year of an agreement's signing stamp.

    >>> signed_year("2021-12-07"), signed_year("1999"), signed_year("")
    (2021, 1999, None)
    """
    value = parse_signed(signed)
    if isinstance(value, date):
        return value.year
    return value
