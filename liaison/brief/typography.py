"""Spacing: tidy text for every format, and non-breaking spaces where Russian typesetting
keeps words together on one line.

Source text may carry doubled spaces and a year glued to its 'г.' ('2025г.'); every
format gets it tidied. Word notes tie '2023 г.', 'Бабушкин И.Ю.', 'г. Астрахань', '№ 11',
'16 сентября' and the space before a dash; the office's own files do the same, so the
readers already treat a non-breaking space as a space. Ties are set in the paged formats
(docx, pdf, html) only: Markdown stays plain for diffs.
"""

from __future__ import annotations

import re

from liaison.brief.dates import MONTHS_EN, MONTHS_RU_GENITIVE

NBSP = "\u00a0"
GLUED_YEAR = re.compile(r"(?<=\b\d{4})(?=гг?\.)")
TIES = (
    re.compile(r"(?<=\d) +(?=гг?\.)"),  # 2023 г., 2022, 2023 гг.
    re.compile(r"(?<=[а-яё]) +(?=[А-ЯЁ]\.(?:[А-ЯЁ]\.)?(?:[^\w]|$))"),  # Бабушкиным И.Ю.
    re.compile(r"(?<=\b[А-ЯЁ]\.[А-ЯЁ]\.) +(?=[А-ЯЁ][а-яё])"),  # Г.А. Алиев
    re.compile(r"(?<=\b[гсп]\.) +(?=[А-ЯЁ])"),  # г. Астрахань, с. Махрузлу
    re.compile(r"(?<=№) +(?=\d)"),  # № 11
    re.compile(r"(?<=\d) +(?=(?:чел|ед|тыс|млн|млрд)\.?(?:\W|$))"),  # 950 чел., 350 млн
    re.compile(r"(?<=\d) +(?=(?:" + "|".join(MONTHS_RU_GENITIVE + MONTHS_EN) + r")\b)"),
    re.compile(r" +(?=[–—] )"),  # a dash never starts a line
)


def tie_spaces(text: str) -> str:
    """``text`` with non-breaking spaces where a line must not break.

    >>> tie_spaces("встреча с Бабушкиным И.Ю. (16 сентября 2019 г.)") == (
    ...     "встреча с Бабушкиным\\u00a0И.Ю. (16\\u00a0сентября 2019\\u00a0г.)")
    True
    >>> tie_spaces("30 июня – 1 июля") == "30\\u00a0июня\\u00a0– 1\\u00a0июля"
    True
    """
    for tie in TIES:
        text = tie.sub(NBSP, text)
    return text


def tidy_text(text: str) -> str:
    """``text`` with runs of white space as one space and a space before a year's 'г.'.

    >>> tidy_text("  прошли  ярмарки (2024 г., 2025г.) ")
    'прошли ярмарки (2024 г., 2025 г.)'
    """
    return GLUED_YEAR.sub(" ", " ".join(text.split()))
