"""Fixtures for the extraction tests: Documents from a string, and the corpus as read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from liaison.model import Document, content_hash

MakeDocument = Callable[..., Document]


def blocks_of(text: str) -> tuple:
    """Blocks as the readers give them, or by the extractor's own line fallback."""
    try:
        from liaison.read.structure import detect_blocks
    except ImportError:
        from liaison.extract.spheres import line_blocks

        return line_blocks(text)
    return detect_blocks(text)


def document_of(text: str, lang: str = "ru", published: date | None = None) -> Document:
    """A Document of ``text`` with blocks, as a reader would give it."""
    return Document(
        id=content_hash(text.encode("utf-8")),
        path="<test>",
        lang=lang,
        published=published,
        text=text,
        blocks=blocks_of(text),
    )


@pytest.fixture
def make_document() -> MakeDocument:
    """Build a Document from a string: ``make_document(text, lang="ru", published=None)``."""
    return document_of


@cache
def read_corpus_file(path: Path) -> Document:
    """A corpus document through the real reader (read once per test session)."""
    from liaison.read import read_document

    return read_document(path, max_bytes=10**8)


@pytest.fixture
def corpus_document(corpus_dir: Path) -> Callable[[str], Document]:
    """``corpus_document("000")``: the corpus file with that number, read by liaison.read."""

    def read(number: str) -> Document:
        (path,) = sorted(corpus_dir.glob(f"{number}_*.txt"))
        return read_corpus_file(path)

    return read
