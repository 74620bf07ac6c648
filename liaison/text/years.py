"""A line that is a year alone ('2023 год', '2024 г.:'): a chronology grouped by year.

The reader keeps such a line a block of its own and the extraction dates the items under
it by it, so both ask the same pattern.
"""

from __future__ import annotations

import re

YEAR_LINE = re.compile(r"[ \t]*((?:19|20)\d\d)[ \t]*(?:год|г\.?)?[ \t]*:?[ \t]*$", re.I | re.M)

# A line that opens with a day and a dash: an item of a chronology written without list
# markers ('17.04.2024–19.04.2024 – визит …', '12–13 октября 2023 г. – встреча …').
_MONTH_RU = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_NUMERIC = r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?"
DATED_ITEM = re.compile(
    rf"[ \t]*(?:{_NUMERIC}(?:[ \t]*[–—-][ \t]*{_NUMERIC})?"
    rf"|\d{{1,2}}(?:[ \t]*[–—-][ \t]*\d{{1,2}})?[ \t]+{_MONTH_RU}"
    rf"(?:[ \t]*[–—-][ \t]*\d{{1,2}}[ \t]+{_MONTH_RU})?(?:[ \t]+\d{{4}}[ \t]*(?:г\.|года)?)?)"
    r"[ \t]+[–—-][ \t]",
    re.I,
)
