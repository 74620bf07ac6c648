"""Dates and date ranges in Russian and English, each with the character span it was read from.

One compiled alternation finds every form office notes and news use: ``16–19 сентября
2019 г.``, ``30 июня–1 июля 2022 г.``, ``28 декабря 2023 г. – 3 января 2024 г.``,
``на 01.01.2025``, ``(2022, 2023, 2024 гг.)``, ``на 2024–2026 гг.``, ``в 2025/2026 учебном
году``, ``December 7``, ``on November 10, 2020``, ``7 December 2021``. A date without a
year takes it from the last dated mention before it (news tell a year once and then
``29 июня``), else from the publication date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

# A news item may announce a date a few days ahead of its publication ("пройдут в понедельник").
PUBLISHED_MARGIN = timedelta(days=7)

SP = r"[^\S\n]"  # white space within a line: a date never runs across lines
DASH = rf"{SP}*[-‐‑‒–—−]{SP}*"
DAY = r"(?<!\d)[0-3]?\d(?!\d)"
YEAR = r"(?<![\d.])(?:1[89]|20)\d\d(?!\d)"
MARK = rf"(?:{SP}*(?:гг?\.|гг?(?![а-яё])|год(?:а|у|ы|ов|ах)?(?![а-яё]))|-(?:го|м|й)(?![а-яё]))"
LETTER = r"(?<![A-Za-zА-Яа-яЁё])"
MONTH_RU = (
    rf"{LETTER}(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]"
    r"|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]"
    r"|(?:янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\.?)(?![а-яё])"
)
MONTH_EN = (
    rf"{LETTER}(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![a-z])"
)
ORDINAL = r"(?:st|nd|rd|th)?"


def group(name: str, pattern: str) -> str:
    """A named group."""
    return f"(?P<{name}>{pattern})"


RU_DAY_RANGE = (
    rf"{group('d1', DAY)}(?:{SP}+{group('m1', MONTH_RU)}(?:{SP}+{group('y1', YEAR)}{MARK}?)?)?"
    rf"{DASH}{group('d2', DAY)}{SP}+{group('m2', MONTH_RU)}(?:{SP}+{group('y2', YEAR)}{MARK}?)?"
)
RU_FROM_TO = (
    rf"(?<![а-яё])со?{SP}+{group('sd1', DAY)}(?:{SP}+{group('sm1', MONTH_RU)})?"
    rf"{SP}+по{SP}+{group('sd2', DAY)}{SP}+{group('sm2', MONTH_RU)}"
    rf"(?:{SP}+{group('sy2', YEAR)}{MARK}?)?"
)
RU_DAY = rf"{group('d', DAY)}{SP}+{group('m', MONTH_RU)}(?:{SP}+{group('y', YEAR)}{MARK}?)?"
EN_MONTH_DAY = (
    rf"{group('em', MONTH_EN)}{SP}+{group('ed1', DAY)}{ORDINAL}"
    rf"(?:{DASH}{group('ed2', DAY)}{ORDINAL})?(?:,?{SP}+{group('ey', YEAR)})?"
)
# "from February 19 to 21", "between 19 and 21 February 2025": one range, not two days.
EN_FROM_TO = (
    rf"\b(?:from|between){SP}+{group('tm1', MONTH_EN)}{SP}+{group('td1', DAY)}{ORDINAL}"
    rf"{SP}+(?:to|and|until|through){SP}+(?:{group('tm2', MONTH_EN)}{SP}+)?"
    rf"{group('td2', DAY)}{ORDINAL}(?:,?{SP}+{group('ty', YEAR)})?"
)
EN_FROM_TO_DAY_FIRST = (
    rf"\b(?:from|between){SP}+{group('ud1', DAY)}{ORDINAL}(?:{SP}+{group('um1', MONTH_EN)})?"
    rf"{SP}+(?:to|and|until|through){SP}+{group('ud2', DAY)}{ORDINAL}"
    rf"{SP}+{group('um2', MONTH_EN)}(?:,?{SP}+{group('uy', YEAR)})?"
)
EN_DAY_MONTH = (
    rf"{group('fd1', DAY)}{ORDINAL}(?:{DASH}{group('fd2', DAY)}{ORDINAL})?"
    rf"{SP}+{group('fm', MONTH_EN)}(?:,?{SP}+{group('fy', YEAR)})?"
)
# A stretch across two months: "30 September – 1 October 2024", "September 30 – October 1",
# and one an exhibition runs: "opened on 30 September and runs until 6 October",
# "открылась 30 сентября и продлится до 6 октября".
UNTIL = (
    rf"(?:{DASH}|{SP}+(?:and|и){SP}+(?:runs|continues|lasts|will{SP}+run|продлится|продолжится"
    rf"|будет{SP}+работать){SP}+(?:until|till|through|to|до){SP}+)"
)
EN_CROSS_MONTH = (
    rf"{group('xd1', DAY)}{ORDINAL}{SP}+{group('xm1', MONTH_EN)}"
    rf"(?:{SP}+{group('xy1', YEAR)})?{UNTIL}"
    rf"{group('xd2', DAY)}{ORDINAL}{SP}+{group('xm2', MONTH_EN)}(?:,?{SP}+{group('xy', YEAR)})?"
    rf"|{group('wm1', MONTH_EN)}{SP}+{group('wd1', DAY)}{ORDINAL}{UNTIL}"
    rf"{group('wm2', MONTH_EN)}{SP}+{group('wd2', DAY)}{ORDINAL}(?:,?{SP}+{group('wy', YEAR)})?"
)
RU_UNTIL = (
    rf"{group('zd1', DAY)}{SP}+{group('zm1', MONTH_RU)}{UNTIL}{group('zd2', DAY)}"
    rf"{SP}+{group('zm2', MONTH_RU)}(?:{SP}+{group('zy', YEAR)}{MARK}?)?"
)
NUMERIC = (
    rf"(?<![\d.])(?:(?P<nd0>[0-3]?\d){DASH})?"
    r"(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>(?:19|20)\d\d)(?!\d)"
)
# "14.03.2023–15.03.2023", "30.06–01.07.2024", "с 14.03.2023 по 15.03.2023": one range.
NUMERIC_RANGE = (
    rf"(?<![\d.])(?:(?<![а-яё])с{SP}+)?(?P<qd1>[0-3]?\d)\.(?P<qm1>[01]?\d)"
    rf"(?:\.(?P<qy1>(?:19|20)\d\d))?(?:{DASH}|{SP}+по{SP}+)"
    r"(?P<qd2>[0-3]?\d)\.(?P<qm2>[01]?\d)\.(?P<qy2>(?:19|20)\d\d)(?!\d)"
)
ISO = r"(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"
MONTH_YEAR = rf"{group('mm', MONTH_RU + '|' + MONTH_EN)},?{SP}+{group('my', YEAR)}{MARK}?"
ACADEMIC = rf"{group('a1', YEAR)}/{group('a2', YEAR)}{SP}+учебн[а-яё]*{SP}+год[а-яё]*"
YEAR_RANGE = rf"{group('r1', YEAR)}{DASH}{group('r2', YEAR)}{MARK}?"
SINCE_UNTIL = (
    rf"(?<![а-яёa-z])(?:с|from){SP}+{group('s1', YEAR)}{MARK}?"
    rf"{SP}+(?:по|to|until){SP}+{group('s2', YEAR)}{MARK}?"
)
PLURAL_MARK = r"гг(?:\.|(?![а-яё]))"
YEAR_LIST = group("ylist", rf"{YEAR}(?:{SP}*,{SP}*{YEAR})+{SP}*{PLURAL_MARK}")
YEAR_MARKED = rf"{group('yr', YEAR)}{MARK}"
YEAR_EN = (
    rf"\b(?-i:in|since|for|by|until|of|from|during|In|Since|For|By){SP}+{group('ye', YEAR)}"
    r"(?![a-z'])"
)

DATE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            RU_FROM_TO,
            RU_UNTIL,
            RU_DAY_RANGE,
            RU_DAY,
            EN_FROM_TO,
            EN_FROM_TO_DAY_FIRST,
            EN_CROSS_MONTH,
            EN_MONTH_DAY,
            EN_DAY_MONTH,
            NUMERIC_RANGE,
            NUMERIC,
            ISO,
            MONTH_YEAR,
            ACADEMIC,
            SINCE_UNTIL,
            YEAR_RANGE,
            YEAR_LIST,
            YEAR_MARKED,
            YEAR_EN,
        )
    ),
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+")
# How far a date's words reach before its first number and after its last one:
# 'в начале сентября 2022', 'September 10', '2025/2026 учебном году'.
BEFORE_NUMBER, AFTER_NUMBER = 24, 30
LIST_YEAR = re.compile(rf"{YEAR}(?:{SP}*{PLURAL_MARK})?", re.IGNORECASE)

MONTHS = {
    **dict.fromkeys(("янв", "jan"), 1),
    **dict.fromkeys(("фев", "feb"), 2),
    **dict.fromkeys(("мар", "mar"), 3),
    **dict.fromkeys(("апр", "apr"), 4),
    **dict.fromkeys(("май", "мая", "мае", "маю", "may"), 5),
    **dict.fromkeys(("июн", "jun"), 6),
    **dict.fromkeys(("июл", "jul"), 7),
    **dict.fromkeys(("авг", "aug"), 8),
    **dict.fromkeys(("сен", "sep"), 9),
    **dict.fromkeys(("окт", "oct"), 10),
    **dict.fromkeys(("ноя", "nov"), 11),
    **dict.fromkeys(("дек", "dec"), 12),
}


@dataclass(frozen=True, slots=True)
class DateRange:
    """The days a date expression covers, and how precisely it names them.

    ``precision`` is 'day', 'month', 'year' or 'academic_year' (1 September to 31 August).
    """

    start: date
    end: date
    precision: str = "day"

    def __post_init__(self) -> None:
        # "2–1 мая": a range that ends before it starts is a typo, not a date.
        if self.end < self.start:
            raise ValueError(f"range ends {self.end} before it starts {self.start}")

    def iso(self) -> str:
        """ISO form: one date, or 'start/end' for a range.

        >>> DateRange(date(2019, 9, 16), date(2019, 9, 19)).iso()
        '2019-09-16/2019-09-19'
        """
        one = self.start == self.end
        return self.start.isoformat() if one else f"{self.start}/{self.end}"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date expression found in a text: its offsets and the days it names."""

    start: int
    end: int
    value: DateRange
    has_year: bool = True


def month_number(word: str) -> int:
    """The month a (possibly abbreviated) Russian or English month word names.

    >>> month_number("сентября"), month_number("Dec."), month_number("мая")
    (9, 12, 5)
    """
    return MONTHS[word.lower()[:3]]


def last_day(year: int, month: int) -> int:
    """The number of days in a month."""
    return calendar.monthrange(year, month)[1]


def year_range(first: int, last: int, precision: str = "year") -> DateRange:
    """A range of whole years."""
    return DateRange(date(first, 1, 1), date(last, 12, 31), precision)


def month_range(year: int, month: int) -> DateRange:
    """A whole month."""
    return DateRange(date(year, month, 1), date(year, month, last_day(year, month)), "month")


def day_range(g: dict[str, str | None], year: int) -> DateRange:
    """The days of a Russian or English day or day range, in ``year`` (the year it ends in)."""
    d1 = first_of(g, "d1", "sd1", "d", "ed1", "fd1", "td1", "ud1", "xd1", "wd1", "zd1")
    d2 = first_of(g, "d2", "sd2", "ed2", "fd2", "td2", "ud2", "xd2", "wd2", "zd2") or d1
    last_month = first_of(g, "m2", "sm2", "m", "em", "fm", "tm2", "tm1", "um2", "xm2", "wm2", "zm2")
    m2 = month_number(last_month or "")
    first_month = first_of(g, "m1", "sm1", "tm1", "um1", "xm1", "wm1", "zm1")
    m1 = month_number(first_month) if first_month else m2
    y1 = int(g["y1"] or g["xy1"] or 0) or (year if m1 <= m2 else year - 1)
    return DateRange(date(y1, m1, int(d1 or 0)), date(year, m2, int(d2 or 0)))


def stated_year(g: dict[str, str | None]) -> int | None:
    """The year a day or day range states, if it states one."""
    text = first_of(g, "y2", "sy2", "y", "ey", "fy", "ty", "uy", "xy", "wy", "zy")
    if text is None and g["xy1"]:  # '30 June 2023 and runs until 6 July': the year it began
        return int(g["xy1"]) + (month_number(g["xm2"] or "") < month_number(g["xm1"] or ""))
    return int(text) if text else None


def first_of(g: dict[str, str | None], *names: str) -> str | None:
    """The first of the named groups that matched."""
    return next((g[n] for n in names if g[n]), None)


def other_range(g: dict[str, str | None]) -> DateRange:
    """The range of any form that states its own year."""
    if g["qd1"]:
        until = date(int(g["qy2"] or 0), int(g["qm2"] or 0), int(g["qd2"] or 0))
        first_month = int(g["qm1"] or 0)
        first_year = int(g["qy1"]) if g["qy1"] else until.year - (first_month > until.month)
        return DateRange(date(first_year, first_month, int(g["qd1"])), until)
    if g["nd"]:
        day = date(int(g["ny"] or 0), int(g["nm"] or 0), int(g["nd"]))
        return DateRange(day.replace(day=int(g["nd0"])) if g["nd0"] else day, day)
    if g["iy"]:
        day = date(int(g["iy"]), int(g["im"] or 0), int(g["id"] or 0))
        return DateRange(day, day)
    if g["mm"]:
        return month_range(int(g["my"] or 0), month_number(g["mm"]))
    if g["a1"]:
        return DateRange(date(int(g["a1"]), 9, 1), date(int(g["a2"] or 0), 8, 31), "academic_year")
    first, last = g["r1"] or g["s1"], g["r2"] or g["s2"]
    if first and last:
        return year_range(int(first), int(last))
    one = int(g["yr"] or g["ye"] or 0)
    return year_range(one, one)


def is_day_form(g: dict[str, str | None]) -> bool:
    """Whether a match is a day or day range (which may lack its year)."""
    return bool(first_of(g, "d1", "sd1", "d", "ed1", "fd1", "td1", "ud1", "xd1", "wd1", "zd1"))


def year_from_publication(month: int, day: int, published: date) -> int:
    """The year of a yearless date in news: the latest such day not after publication.

    >>> year_from_publication(12, 7, date(2021, 12, 8))
    2021
    >>> year_from_publication(12, 30, date(2022, 1, 3))
    2021
    """
    year = published.year
    if (month, day) == (2, 29) and not calendar.isleap(year):
        year -= 1
    candidate = date(year, month, min(day, last_day(year, month)))
    return year - 1 if candidate > published + PUBLISHED_MARGIN else year


def list_spans(text: str, begin: int, stop: int) -> Iterator[DateSpan]:
    """One span per year of an enumeration ``2022, 2023, 2024 гг.``."""
    for m in LIST_YEAR.finditer(text, begin, stop):
        year = int(m.group()[:4])
        yield DateSpan(m.start(), m.end(), year_range(year, year))


def number_windows(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """Stretches of text around its numbers: every date form holds one, and scanning only
    these is several times faster than trying the whole alternation at every character."""
    begin = end = -1
    for m in DIGITS.finditer(text, start, stop):
        s, e = max(start, m.start() - BEFORE_NUMBER), min(stop, m.end() + AFTER_NUMBER)
        if s > end:
            if end > begin:
                yield begin, end
            begin = s
        end = e
    if end > begin:
        yield begin, end


def date_matches(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """Matches of ``DATE`` in ``text[start:stop]``, in order."""
    last = start
    for begin, end in number_windows(text, start, stop):
        for m in DATE.finditer(text, max(begin, last), end):
            last = m.end()
            yield m


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, published: date | None = None
) -> list[DateSpan]:
    """Every date expression in ``text[start:end]``, in order, with offsets into ``text``.

    A day without a year takes the year of the last day or month stated with its year
    before it in the same range of text, else the latest one not after ``published``;
    with neither it is left out.

    >>> text = "22 февраля 2022 года он был в Москве; 29 июня – в Ашхабаде"
    >>> [s.value.iso() for s in find_dates(text)]
    ['2022-02-22', '2022-06-29']
    >>> [(s.start, s.end) for s in find_dates("(2022, 2023 гг.)")]
    [(1, 5), (7, 15)]
    """
    stop = len(text) if end is None else end
    found: list[DateSpan] = []
    anchor: int | None = None
    for m in date_matches(text, start, stop):
        g = m.groupdict()
        if g["ylist"]:
            found += list_spans(text, m.start(), m.end())
            continue
        span = match_span(m, g, anchor, published)
        if span is None:
            continue
        if span.has_year and span.value.precision in ("day", "month"):
            anchor = span.value.end.year
        found.append(span)
    return found


def match_span(
    m: re.Match[str], g: dict[str, str | None], anchor: int | None, published: date | None
) -> DateSpan | None:
    """The span of one match, or None when its day does not exist or its year is unknown."""
    start, end = m.span("ye") if g["ye"] else m.span()
    try:
        if not is_day_form(g):
            return DateSpan(start, end, other_range(g))
        year = stated_year(g)
        if year is not None:
            return DateSpan(start, end, day_range(g, year))
        value = day_range(g, 2000)  # a leap year, so that 29 February parses
        if anchor is None and published is None:
            return None
        if anchor is None and published is not None:
            anchor = year_from_publication(value.end.month, value.end.day, published)
        return DateSpan(start, end, day_range(g, anchor or 0), has_year=False)
    except ValueError:
        return None  # 31 июня, 29 февраля 2023 — not a day


def parse_date_range(text: str, *, published: date | None = None) -> DateRange | None:
    """The days named by the first date expression in ``text``, or None if there is none.

    >>> parse_date_range("16–19 сентября 2019 г.")
    DateRange(start=datetime.date(2019, 9, 16), end=datetime.date(2019, 9, 19), precision='day')
    >>> parse_date_range("28 декабря 2023 г. – 3 января 2024 г.").iso()
    '2023-12-28/2024-01-03'
    >>> parse_date_range("на 2024–2026 гг.").iso()
    '2024-01-01/2026-12-31'
    >>> parse_date_range("December 7", published=date(2021, 12, 8)).iso()
    '2021-12-07'
    >>> parse_date_range("без даты") is None
    True
    """
    spans = find_dates(text, published=published)
    return spans[0].value if spans else None
