"""A line that is a year alone ('2023 год', '2024 г.:'): a chronology grouped by year.

The reader keeps such a line a block of its own and the extraction dates the items under
it by it, so both ask the same pattern.
"""

from __future__ import annotations

import re

YEAR_LINE = re.compile(r"[ \t]*((?:19|20)\d\d)[ \t]*(?:год|г\.?)?[ \t]*:?[ \t]*$", re.I | re.M)
