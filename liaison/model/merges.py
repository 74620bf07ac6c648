"""A merge to make: two stored facts found to be one, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Merge:
    """``absorbed`` merges into ``survivor`` (both ids of facts of ``kind``).

    ``rule`` and ``score`` say why; ``by`` who asked (None: resolution, automatically).
    ``is_folded``: the survivor as saved already holds what the absorbed fact adds (a
    signing folded into the visit it belongs to), so only sources and references move.
    """

    kind: str
    survivor: str
    absorbed: str
    rule: str
    score: float = 1.0
    by: str | None = None
    is_folded: bool = False
