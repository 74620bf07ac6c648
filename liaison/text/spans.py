"""Whether an offset or a span meets any of many spans, in logarithmic time.

A rule that asks this for every match of its sentence ("is this number part of a date?",
"is this head word inside quotes?") by scanning all the sentence's spans costs time in
the square of the sentence's length; a line of a thousand dates made that minutes.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class Cover:
    """The offsets covered by a set of ``(start, end)`` spans (end excluded); spans may
    overlap and come in any order.

    >>> cover = Cover([(10, 14), (2, 5), (3, 8)])
    >>> [at for at in range(16) if at in cover]
    [2, 3, 4, 5, 6, 7, 10, 11, 12, 13]
    >>> 0 in Cover([])
    False
    """

    __slots__ = ("reach", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted((start, end) for start, end in spans if end > start)
        self.starts = [start for start, _ in ordered]
        # The farthest end among the spans starting at or before each one's start.
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def __contains__(self, at: object) -> bool:
        if not isinstance(at, int):
            return False
        last = bisect.bisect_right(self.starts, at) - 1
        return last >= 0 and self.reach[last] > at

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares an offset with any of the spans.

        >>> cover = Cover([(10, 14), (2, 5)])
        >>> [cover.overlaps(a, b) for a, b in ((5, 10), (4, 6), (13, 20), (0, 2), (6, 7))]
        [False, True, True, False, False]
        """
        last = bisect.bisect_left(self.starts, end) - 1
        return start < end and last >= 0 and self.reach[last] > start
