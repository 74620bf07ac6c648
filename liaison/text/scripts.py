"""Which script a text is written in: the share of Cyrillic letters decides Russian or English."""

from __future__ import annotations

import re
from typing import Any

NOT_LATIN_BYTES = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
# Past this many characters the share is stable; counting more only costs time.
SAMPLE_CHARS = 20_000
CYRILLIC_LETTER = re.compile("[А-Яа-яЁё]")


def cyrillic_share(text: str) -> float:
    """The share of Cyrillic letters among the Cyrillic and Latin letters of ``text``.

    >>> cyrillic_share("Баку, Baku")
    0.5
    >>> cyrillic_share("2024")
    0.0
    """
    sample = text[:SAMPLE_CHARS].encode("utf-8")
    # In UTF-8 every Cyrillic letter (U+0400–U+047F) starts with byte D0 or D1, and
    # deleting every byte but a Latin letter's counts Latin letters: both run in C.
    cyrillic = sample.count(b"\xd0") + sample.count(b"\xd1")
    latin = len(sample.translate(None, NOT_LATIN_BYTES))
    return cyrillic / (cyrillic + latin) if cyrillic + latin else 0.0


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Russian letter (Ё and ё included).

    >>> has_cyrillic("Ёж"), has_cyrillic("ё"), has_cyrillic("Baku 2024")
    (True, True, False)
    """
    return CYRILLIC_LETTER.search(text) is not None


def guess_lang(text: str) -> str:
    """'ru' when most letters are Cyrillic, else 'en'.

    >>> guess_lang("Визит делегации в Баку (2019 г.)")
    'ru'
    >>> guess_lang("The governor met the ambassador of Azerbaijan.")
    'en'
    """
    return "ru" if cyrillic_share(text) >= 0.5 else "en"


def fuller(a: Any, b: Any) -> Any:
    """Of two wordings of one thing, the one to keep whichever source came first: Russian
    before Latin (a Russian note writes in Russian), then the longer (a line a PDF cut
    short says less), then the first in alphabetical order.

    >>> fuller("визит делегации", "визит делегации в Баку")
    'визит делегации в Баку'
    >>> fuller("Governor of Astrakhan Region", "Губернатор")
    'Губернатор'
    """
    if not a or not b:
        return a or b
    return min(a, b, key=lambda text: (not has_cyrillic(str(text)), -len(str(text)), str(text)))
