"""Charts drawn on the server as geometry for an inline SVG: no chart library, no script.

A chart here is only numbers and labels; the template turns it into ``<svg>`` elements, so
every label is escaped like any other text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

WIDTH = 640
HEIGHT = 220
LEFT = 36  # room for the scale's numbers
BOTTOM = 24  # room for the years
TOP = 10


@dataclass(frozen=True, slots=True)
class Bar:
    """One coloured piece of a stacked bar."""

    x: float
    y: float
    width: float
    height: float
    series: int
    title: str


@dataclass(frozen=True, slots=True)
class Tick:
    """A label on an axis at a position."""

    at: float
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    """A series of points joined, for figures over time."""

    points: str
    series: int
    title: str
    dots: tuple[tuple[float, float, str], ...]


@dataclass(frozen=True, slots=True)
class Dot:
    """One contact on the timeline: where it is drawn, its series, what it says on hover,
    and the page it links to."""

    x: float
    y: float
    series: int
    title: str
    href: str


@dataclass(frozen=True, slots=True)
class Chart:
    """What the template draws: bars or lines, the axes' labels, the legend."""

    width: int
    height: int
    bars: tuple[Bar, ...] = ()
    lines: tuple[Line, ...] = ()
    dots: tuple[Dot, ...] = ()
    x_ticks: tuple[Tick, ...] = ()
    y_ticks: tuple[Tick, ...] = ()
    legend: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.bars or self.lines or self.dots)


def nice_top(value: float) -> float:
    """A round number at or above ``value`` for the top of a scale.

    >>> nice_top(7), nice_top(13), nice_top(0), nice_top(2300)
    (8.0, 15.0, 1.0, 2500.0)
    """
    if value <= 0:
        return 1.0
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if factor * step >= value:
            return float(factor * step)
    return float(10 * step)


def y_scale(top: float) -> tuple[Tick, ...]:
    """Four evenly spaced labels from 0 to ``top``."""
    inner = HEIGHT - TOP - BOTTOM
    return tuple(
        Tick(at=HEIGHT - BOTTOM - inner * i / 4, text=f"{top * i / 4:,.10g}".replace(",", " "))
        for i in range(5)
    )


def stacked_bars(
    counts: Mapping[int, Counter[str]], series: Sequence[str], labels: Sequence[str]
) -> Chart:
    """One bar per year, stacked by ``series`` (in that order; ``labels`` name them).

    >>> chart = stacked_bars({2023: Counter(incoming=2), 2024: Counter(outgoing=1)},
    ...                      ["incoming", "outgoing"], ["in", "out"])
    >>> [(b.series, b.title) for b in chart.bars], [t.text for t in chart.x_ticks]
    ([(0, '2023: in 2'), (1, '2024: out 1')], ['2023', '2024'])
    """
    if not counts:
        return Chart(width=WIDTH, height=HEIGHT, legend=tuple(labels))
    years = list(range(min(counts), max(counts) + 1))
    top = nice_top(max(sum(c.values()) for c in counts.values()))
    slot = (WIDTH - LEFT) / len(years)
    inner = HEIGHT - TOP - BOTTOM
    bars: list[Bar] = []
    for i, year in enumerate(years):
        base = float(HEIGHT - BOTTOM)
        for s, name in enumerate(series):
            n = counts.get(year, Counter())[name]
            if not n:
                continue
            height = inner * n / top
            base -= height
            x = LEFT + i * slot + slot * 0.15
            bars.append(Bar(x, base, slot * 0.7, height, s, f"{year}: {labels[s]} {n}"))
    ticks = tuple(Tick(at=LEFT + (i + 0.5) * slot, text=str(y)) for i, y in enumerate(years))
    return Chart(
        WIDTH, HEIGHT, bars=tuple(bars), x_ticks=ticks, y_ticks=y_scale(top), legend=tuple(labels)
    )


def year_lines(series: Mapping[str, Mapping[int, float]], limit: int = 6) -> Chart:
    """Figures over time: one line per metric (at most ``limit``, those with most points),
    each scaled to its own largest value so that a count and a sum of money share a chart.

    >>> chart = year_lines({"students": {2022: 100, 2024: 200}, "visitors": {2024: 5}})
    >>> chart.legend, len(chart.lines[0].dots)
    (('students',), 2)
    """
    over_time = [item for item in series.items() if len(item[1]) >= 2]  # a line needs two
    kept = sorted(over_time, key=lambda item: (-len(item[1]), item[0]))[:limit]
    if not kept:
        return Chart(width=WIDTH, height=HEIGHT)
    years = sorted({y for _, values in kept for y in values})
    first, last = years[0], years[-1]
    span = max(1, last - first)
    inner_w = WIDTH - LEFT - 20
    inner_h = HEIGHT - TOP - BOTTOM

    def x_of(year: int) -> float:
        return LEFT + 10 + inner_w * (year - first) / span

    lines = []
    for s, (name, values) in enumerate(kept):
        top = max(abs(v) for v in values.values()) or 1.0
        dots = tuple(
            (
                x_of(y),
                HEIGHT - BOTTOM - inner_h * v / top,
                f"{name} {y}: {v:,.10g}".replace(",", " "),
            )
            for y, v in sorted(values.items())
        )
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in dots)
        lines.append(Line(points=points, series=s, title=name, dots=dots))
    ticks = tuple(Tick(at=x_of(y), text=str(y)) for y in years)
    return Chart(
        WIDTH, HEIGHT, lines=tuple(lines), x_ticks=ticks, legend=tuple(name for name, _ in kept)
    )


def count_by_year(items: Iterable[tuple[int, str]]) -> dict[int, Counter[str]]:
    """(year, series) pairs counted per year.

    >>> count_by_year([(2024, "a"), (2024, "a"), (2023, "b")])[2024]["a"]
    2
    """
    found: dict[int, Counter[str]] = {}
    for year, name in items:
        found.setdefault(year, Counter())[name] += 1
    return found


TIMELINE_ROW = 26


def timeline(items: Sequence[tuple[date, int, str, str]], labels: Sequence[str]) -> Chart:
    """Contacts along time, one row per series (direction): (day, series, title, link).

    >>> chart = timeline([(date(2023, 5, 1), 0, "визит", "/events/e1"),
    ...                   (date(2024, 7, 1), 1, "встреча", "/events/e2")], ["in", "out"])
    >>> [round(d.x) for d in chart.dots], [t.text for t in chart.x_ticks]
    ([46, 630], ['2024'])
    """
    height = TOP + BOTTOM + TIMELINE_ROW * len(labels)
    if not items:
        return Chart(width=WIDTH, height=height, legend=tuple(labels))
    first = min(day for day, *_ in items)
    last = max(day for day, *_ in items)
    span = max(1, (last - first).days)
    inner = WIDTH - LEFT - 20

    def x_of(day: date) -> float:
        return LEFT + 10 + inner * (day - first).days / span

    dots = tuple(
        Dot(x_of(day), TOP + TIMELINE_ROW * (series + 0.5), series, title, href)
        for day, series, title, href in items
    )
    ticks = spaced(
        [Tick(at=x_of(date(y, 1, 1)), text=str(y)) for y in range(first.year + 1, last.year + 1)]
    )
    rows = tuple(Tick(at=TOP + TIMELINE_ROW * (i + 0.5), text="") for i in range(len(labels)))
    return Chart(WIDTH, height, dots=dots, x_ticks=ticks, y_ticks=rows, legend=tuple(labels))


MIN_TICK_GAP = 28


def spaced(ticks: Sequence[Tick]) -> tuple[Tick, ...]:
    """The ticks, leaving out any that would print over the one before.

    >>> [t.text for t in spaced([Tick(40, "a"), Tick(50, "b"), Tick(90, "c")])]
    ['a', 'c']
    """
    kept: list[Tick] = []
    for tick in ticks:
        if not kept or tick.at - kept[-1].at >= MIN_TICK_GAP:
            kept.append(tick)
    return tuple(kept)
