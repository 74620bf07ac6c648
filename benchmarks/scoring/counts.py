"""Precision, recall and F1 over counted items, and accuracy over matched pairs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Score:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: Iterable[str], gold: Iterable[str]) -> None:
        """Count one comparison of found against gold items (a multiset: duplicates count)."""
        f, g = Counter(found), Counter(gold)
        self.tp += sum((f & g).values())
        self.fp += sum((f - g).values())
        self.fn += sum((g - f).values())

    def merge(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        """Precision, recall and F1 as one line."""
        counts = f"{self.tp} right, {self.fp} extra, {self.fn} missed"
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  ({counts})"


@dataclass
class Ratio:
    """How many of the compared values were right."""

    right: int = 0
    total: int = 0

    def add(self, is_right: bool) -> None:
        """Count one compared value."""
        self.right += is_right
        self.total += 1

    def merge(self, other: Ratio) -> None:
        """Add another ratio's counts to this one."""
        self.right, self.total = self.right + other.right, self.total + other.total

    def line(self) -> str:
        """'right/total = share' (a dash for the share when nothing was compared)."""
        share = f"{self.right / self.total:.3f}" if self.total else "—"
        return f"{self.right}/{self.total} = {share}"
