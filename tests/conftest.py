"""Shared fixtures: where the corpus is, and the project's own sample documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS_DEFAULT = ROOT.parent / "shared" / "corpus"


def corpus_path() -> Path:
    """The corpus folder: $LIAISON_CORPUS, or ../shared/corpus beside the repository."""
    return Path(os.environ.get("LIAISON_CORPUS", CORPUS_DEFAULT))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The real documents in ../shared/corpus; the test is skipped when they are absent."""
    path = corpus_path()
    if not (path / "000_dbe67b22e53d9186.txt").is_file():
        pytest.skip(f"corpus not found at {path}; set LIAISON_CORPUS to its folder")
    return path
