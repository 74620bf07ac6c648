"""Masking quotes and brackets reads like the whole text masked, at the cost of one span."""

from __future__ import annotations

import re

import pytest

from liaison.extract.partners import tokens, tokens_between
from liaison.extract.spheres import QUOTED, masked
from liaison.model import Mention, Person
from liaison.model.merge import merge_pair, merge_same_id

PREFIX = "Визит в Баку. " * 20


def whole_text_masked(text: str, start: int, end: int) -> str:
    """What masking did when it copied the whole text: the reference."""
    piece = text[start:end]
    for pattern in (QUOTED, r"\([^()]*\)"):
        piece = re.sub(pattern, lambda m: "_" * len(m.group()), piece)
    return text[:start] + piece + text[end:]


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        ("Соглашение «О дружбе» (2011 г.) между городами", r"\bмежду\b"),
        ("Меморандум между «Астраханью» и Баку", r"\s+и\s+"),
        ('Протокол "о намерениях" подписан в Баку', r"\bв\s+\w+"),
        ("Программа (на 2024–2026 гг.) реализуется", r"(?<=\s)\w+ется$"),
        ("Встреча с «Гекса» в Баку.", r"[«»_]+"),
    ],
)
def test_masked_reads_as_the_whole_text_masked(sentence: str, pattern: str) -> None:
    text = PREFIX + sentence + " Далее другой текст."
    start, end = len(PREFIX), len(PREFIX) + len(sentence)
    reference = whole_text_masked(text, start, end)
    plain = masked(text, start, end)
    assert plain[start:end] == reference[start:end]
    assert [plain[i] for i in range(start, end)] == list(reference[start:end])
    compiled = re.compile(pattern)
    expected = [(m.start(), m.end()) for m in compiled.finditer(reference, start, end)]
    assert expected, "each row finds something"
    assert [(m.start(), m.end()) for m in plain.finditer(pattern, start, end)] == expected
    first = plain.search(compiled, start, end)
    assert first is not None
    assert (first.start(), first.end()) == expected[0]


def test_merging_many_views_of_one_fact_keeps_the_pairwise_result() -> None:
    views = [
        Person(
            id="p",
            name="Ким А.",
            aliases=(f"Ким{i % 3}",),
            mentions=(Mention(start=i, end=i + 1), Mention(start=0, end=1)),
        )
        for i in range(50)
    ]
    pairwise = views[0]
    for view in views[1:]:
        pairwise = merge_pair(pairwise, view)
    assert merge_same_id(views) == [pairwise]


@pytest.mark.parametrize(
    ("start", "end", "limit"),
    [(0, 30, None), (3, 30, 2), (0, 10, 5), (11, 11, None), (5, 200, 3)],
)
def test_tokens_between_bisects_to_the_same_tokens(start: int, end: int, limit: int | None) -> None:
    text = "Визит в Баку 5 раз, 7 встреч и 3 форума."
    toks = tokens(text)
    inside = [t for t in toks if t.start >= start and t.end <= end]
    assert list(tokens_between(text, start, end, limit)) == inside[:limit]
