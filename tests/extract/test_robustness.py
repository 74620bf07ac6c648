"""Any text yields what can be read and never an exception; every span lies in the text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from liaison.extract.pipeline import Context, extract
from liaison.model import Extraction
from liaison.read import read_document
from tests.extract.conftest import document_of


def spans_are_inside(result: Extraction) -> None:
    size = len(result.document.text)
    for kind in ("agreements", "events", "persons", "organizations", "facts", "indicators"):
        for item in getattr(result, kind):
            assert item.mentions, f"{kind} {item.id} has no source span"
            for m in item.mentions:
                assert 0 <= m.start < m.end <= size, f"{kind} span {m.start}..{m.end} of {size}"


def mangled_texts(corpus_dir: Path, count: int) -> list[str]:
    """Corpus lines shuffled, cut mid-word, stripped of headings or bullets: odd layouts."""
    rng = random.Random(20261122)
    lines: list[str] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        lines += read_document(path, max_bytes=10**8).text.splitlines()
    texts = []
    for _ in range(count):
        sample = rng.sample(lines, k=min(len(lines), rng.randint(1, 60)))
        text = "\n".join(
            line[: rng.randint(0, len(line))] if rng.random() < 0.3 else line for line in sample
        )
        if rng.random() < 0.5:
            text = text.replace("· ", "").upper()
        texts.append(text)
    return texts


def test_mangled_notes_never_raise(corpus_dir: Path) -> None:
    for text in mangled_texts(corpus_dir, 40):
        spans_are_inside(extract(document_of(text), Context()))
        spans_are_inside(extract(document_of(text, lang="en"), Context()))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "·",
        "ХРОНОЛОГИЯ КОНТАКТОВ\n· 31 февраля 2023 г., визит.",
        "· 2–1 мая 2023 г., визит делегации.",
        "· 16–19 сентябрь 20199 г., визит",
        "В сфере\n· (2022 г.)",
        "Соглашение между и (г.)",
        "1 2 3 4 5 6 7 8 9 10 тысяч млн млрд % $",
        "\u00a0\u200b\ufeff",
    ],
)
def test_degenerate_inputs(text: str) -> None:
    spans_are_inside(extract(document_of(text), Context()))
