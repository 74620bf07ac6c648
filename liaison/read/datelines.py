"""When a news item was published, read off its text: the feed's date line or an agency's dateline.

An office's feed tool starts a saved item with ``date 2021-12-08``; agencies open the
article with a dateline: ``МОСКВА, 22 апр – РИА Новости.``, ``АСТРАХАНЬ, 12 мая. /ТАСС/.``,
``BAKU, April 22 (Reuters) -``. A dateline rarely states the year, so the year is the
latest one the text states outright ("в 2024 году"), and unknown when it states none: a
date is a fact of the document, not of the clock. A dateline names no contact, so its span
is given back for the structure to keep it out of the article's first sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Month by its first three letters, Russian and English ("апр", "мая", "April").
MONTHS = {
    **dict.fromkeys(("янв", "jan"), 1),
    **dict.fromkeys(("фев", "feb"), 2),
    **dict.fromkeys(("мар", "mar"), 3),
    **dict.fromkeys(("апр", "apr"), 4),
    **dict.fromkeys(("май", "мая", "may"), 5),
    **dict.fromkeys(("июн", "jun"), 6),
    **dict.fromkeys(("июл", "jul"), 7),
    **dict.fromkeys(("авг", "aug"), 8),
    **dict.fromkeys(("сен", "sep"), 9),
    **dict.fromkeys(("окт", "oct"), 10),
    **dict.fromkeys(("ноя", "nov"), 11),
    **dict.fromkeys(("дек", "dec"), 12),
}
DATE_LINE = re.compile(r"^(?:date|дата)[:\s]+(?=\d{4}-\d{2}-\d{2}\b)", re.IGNORECASE)
ISO_START = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A place in capitals (and its country: "RASHT, Iran,"), a comma, a day and a month (either
# order), an optional year, then the agency: "– РИА Новости", "/ТАСС/", "(Reuters)", each
# with the stops and dashes after.
DATELINE = re.compile(
    r"""(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+(?:\ [A-ZА-ЯЁ\-]+){0,2}),\s+
    (?:(?P<country>[A-ZА-ЯЁ][a-zа-яё]+(?:\ [A-ZА-ЯЁ][a-zа-яё]+)?),\s+)?
    (?:(?P<day>\d{1,2})\s+(?P<month>[А-Яа-яЁёA-Za-z]{3,9})
      | (?P<month_first>[A-Za-z]{3,9})\.?\s+(?P<day_after>\d{1,2}))
    \.?(?:,?\s+(?P<year>(?:19|20)\d{2})(?:\s*(?:г\.|года))?)?
    (?P<agency>\s*[.,]?\s*(?:[-–—]\s*[^.\n/()\-–—]{2,30}?(?=\s*(?:[.\-–—]|$))
      | /[^/\n]{2,30}/ | \([^)\n]{2,30}\)))?
    [\s.]*(?:[-–—]\s*)?""",
    re.VERBOSE,
)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*(?:г\.|гг\.|год|года|году|-?[гм]о\b|\b))")

# What comes before a year a text looks ahead to: "к 2030", "до 2030", the end of "2024–2026".
FORWARD = re.compile(r"(?:\b(?:к|до|на|by|until|through)\s+|\d{4}\s*[-–—]\s*)$", re.IGNORECASE)
# The start of a period a plan is for: "for 2025-2026", "for 2025–2027".
PERIOD_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
RANGE_AFTER = re.compile(r"\s*[-–—]\s*(?:19|20)\d{2}")


# A few words in one sentence; a decimal point ('$2.6 billion') does not end it.
FIGURE_WORDS = r"(?:[^.;\n]|(?<=\d)\.(?=\d)){0,40}?"
# A whole year summed up: "по итогам 2024 года", "за 2023 год", "for the whole of 2023",
# or a total it reached: "в 2023 году достиг 28 млрд", "reached $28 billion in 2023".
WHOLE_YEAR = re.compile(
    r"(?:\bпо\s+итогам|\bза|\bfor\s+(?:the\s+whole\s+of|all\s+of))\s+((?:19|20)\d{2})"
    r"(?:\s*(?:г\.|года?\b)|(?=\s*[,.;]))"
    rf"|\bв\s+((?:19|20)\d{{2}})\s*(?:г\.|году){FIGURE_WORDS}\b(?:достиг|составил|превысил)"
    rf"|\b(?:reached|totall?ed|amounted\s+to|exceeded)\b{FIGURE_WORDS}\bin\s+((?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# A year something is asked for or planned in is no year the text was written in:
# "пригласил посетить Москву в 2025 году", "plans to open in 2026", "Следующее заседание
# пройдет в Казахстане в 2025 году".
FUTURE_CUE = re.compile(
    r"\b(?:пригла\w*|планир\w*|намер\w*|предстоя\w*|состоится|будет|будут|пройд[её]т"
    r"|следующ\w*|очередн\w*|invit\w*|will|plans?|planned|expected|next)\b[^.;!?\n]*$",
    re.IGNORECASE,
)


# A block that is a date and nothing else: the date, a year word, a time.
DATE_ALONE_CHARS = 40
LETTERS = re.compile(r"[A-Za-zА-Яа-яЁё]+")
YEAR_WORDS = frozenset(("г", "года", "год"))


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's span (separators after it included) and the day it names.

    ``published`` is None when the text states no year; ``is_year_stated`` says whether
    the dateline gave the year or the text's latest year stood in for it.
    """

    start: int
    end: int
    published: date | None
    is_year_stated: bool


def date_line(text: str) -> date | None:
    """The date of a first line like ``date 2021-12-08 By …``, else None.

    >>> date_line(" date 2021-12-08 By Ayya Lmahamad")
    datetime.date(2021, 12, 8)
    """
    match = DATE_LINE.match(text.strip())
    return iso_date(text.strip()[match.end() :]) if match else None


def iso_date(value: str) -> date | None:
    """The date an ISO 8601 value starts with.

    >>> iso_date("2024-03-05T09:30:00+03:00"), iso_date("5 March")
    (datetime.date(2024, 3, 5), None)
    """
    match = ISO_START.match(value)
    if match is None:
        return None
    return day_of(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def month_of(word: str) -> int | None:
    """The month a name or an abbreviation of it names.

    >>> month_of("апр"), month_of("мая"), month_of("April"), month_of("погода")
    (4, 5, 4, None)
    """
    return MONTHS.get(word[:3].lower())


def find_dateline(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """The dateline that opens ``text[start:end]``, if any; its year may come from all of it.

    >>> t = "АСТРАХАНЬ, 12 мая. /ТАСС/. Губернатор встретился с послом. В 2023 году…"
    >>> found = find_dateline(t)
    >>> found.published, t[found.end :][:10]
    (datetime.date(2023, 5, 12), 'Губернатор')
    >>> find_dateline("BAKU, April 22 (Reuters) - Talks opened.") is None
    False
    >>> find_dateline("RASHT, Iran, Nov 20 (IRNA) - Talks in 2024.").published
    datetime.date(2024, 11, 20)
    >>> find_dateline("Баку, столица республики, принял гостей.") is None
    True
    """
    match = DATELINE.match(text, start, len(text) if end is None else end)
    if match is None:
        return None
    month = month_of(match.group("month") or match.group("month_first"))
    day = int(match.group("day") or match.group("day_after"))
    if month is None or not 1 <= day <= 31:
        return None
    stated = match.group("year")
    year = int(stated) if stated else latest_year(text)
    return Dateline(start, match.end(), day_of(year, month, day), stated is not None)


# A press release's date line: who issues it and where, then the full date ('Government of
# the Astrakhan Region, Astrakhan, 2 October 2024'), and the headline or the text after it.
RELEASE_LINE = re.compile(
    r"""[A-ZА-ЯЁ][^.\n]{3,90}?,[^\S\n]+
    (?:(?P<day>\d{1,2})[^\S\n]+(?P<month>[А-Яа-яЁёA-Za-z]{3,9})
      | (?P<month_first>[A-Za-z]{3,9})[^\S\n]+(?P<day_after>\d{1,2}),?)
    [^\S\n]+(?P<year>(?:19|20)\d{2})(?:[^\S\n]*(?:г\.|года))?[\s.]*(?=[A-ZА-ЯЁ«"]|$)""",
    re.VERBOSE,
)


def release_line(text: str, start: int, end: int) -> Dateline | None:
    """The date line that opens a press release's block, if it is one.

    >>> t = "Government of the Astrakhan Region, Astrakhan, 2 October 2024 Vitebsk delegation"
    >>> found = release_line(t, 0, len(t))
    >>> found.published, t[found.end :]
    (datetime.date(2024, 10, 2), 'Vitebsk delegation')
    >>> release_line("Баку, 12 мая 2023 года подписан меморандум", 0, 42) is None
    True
    """
    m = RELEASE_LINE.match(text, start, end)
    if m is None:
        return None
    month = month_of(m.group("month") or m.group("month_first"))
    day = (
        day_of(int(m.group("year")), month, int(m.group("day") or m.group("day_after")))
        if month
        else None
    )
    return Dateline(start, m.end(), day, True) if day else None


def date_alone(text: str, start: int, end: int) -> Dateline | None:
    """A block that is only a date, the day it was published ('27.09.2023' under the
    headline, '27 сентября 2023 г., 10:15'); the block is the dateline's span.

    >>> t = "Форум в Атырау\\n27.09.2023\\nВо вторник …"
    >>> date_alone(t, 15, 25).published, date_alone(t, 26, len(t))
    (datetime.date(2023, 9, 27), None)
    """
    block = text[start:end]
    words = LETTERS.findall(block)
    if len(block.strip()) > DATE_ALONE_CHARS or not all(
        month_of(w) or w.lower() in YEAR_WORDS for w in words
    ):
        return None
    published = date_in_text(block)
    return Dateline(start, end, published, True) if published else None


def latest_year(text: str) -> int | None:
    """The latest year ``text`` states outright, or None.

    A year a plan looks ahead to ("к 2030 году", "на 2024–2026 годы", "пригласил посетить
    Москву в 2025 году") is not one the text was written in, so neither a target, a period
    nor an invitation counts while another year is stated; a year whose total is given was
    over when it was written.

    >>> latest_year("в 2022 году рост составил 24%, по итогам 2023-го — 17,5%")
    2023
    >>> latest_year("в 2023 году подписан план на 2023–2026 годы с целями к 2030 году")
    2023
    >>> latest_year("rose by 40% in 2024 and signed a roadmap for 2025-2026")
    2024
    >>> latest_year("рост на 1500 тонн") is None
    True
    >>> latest_year("товарооборот по итогам 2024 года вырос на 9%; план на 2025 год")
    2025
    >>> latest_year("в 2023 году достиг 28 млрд долларов. Пригласил посетить Москву в 2025 году")
    2024
    >>> latest_year("передал приглашение на выставку «Агро – 2024», которая откроется в сентябре")
    2024
    """
    years: list[int] = []
    ahead: list[int] = []
    for m in YEAR.finditer(text):
        if FORWARD.search(text, max(0, m.start() - 12), m.start()) or (
            PERIOD_FOR.search(text, max(0, m.start() - 12), m.start())
            and RANGE_AFTER.match(text, m.end())
        ):
            continue
        future = FUTURE_CUE.search(text, max(0, m.start() - 80), m.start())
        (ahead if future else years).append(int(m.group(1)))
    # A text that sums up a whole year was written after it ended.
    years += [int(next(filter(None, m.groups()))) + 1 for m in WHOLE_YEAR.finditer(text)]
    # an invitation alone is likelier for this year than for none ('приглашение на
    # выставку «Атырау Агро – 2024», которая откроется в сентябре')
    return max(years or ahead, default=None)


def day_of(year: int | None, month: int, day: int) -> date | None:
    """The day, or None when the year is unknown or the day does not exist (31 June)."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[\s.]+([А-Яа-яЁёA-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})")
MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})")
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)")
ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


def date_in_text(text: str) -> date | None:
    """The first full date written in ``text``: ``22.04.2024``, ``22 апреля 2024``,
    ``April 22, 2024``, ``2024-04-22``.

    >>> date_in_text("Опубликовано 22 апреля 2024, 10:15"), date_in_text("Apr 5, 2023")
    (datetime.date(2024, 4, 22), datetime.date(2023, 4, 5))
    >>> date_in_text("12.03.2025 | Новости"), date_in_text("без даты")
    (datetime.date(2025, 3, 12), None)
    """
    found: list[tuple[int, date | None]] = []
    for m in NUMERIC.finditer(text):
        found.append((m.start(), day_of(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in ISO.finditer(text):
        found.append((m.start(), day_of(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in DAY_FIRST.finditer(text):
        month = month_of(m.group(2))
        if month is not None:
            found.append((m.start(), day_of(int(m.group(3)), month, int(m.group(1)))))
    for m in MONTH_FIRST.finditer(text):
        month = month_of(m.group(1))
        if month is not None:
            found.append((m.start(), day_of(int(m.group(3)), month, int(m.group(2)))))
    days = sorted((at, day) for at, day in found if day is not None)
    return days[0][1] if days else None
