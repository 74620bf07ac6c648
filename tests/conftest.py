"""Shared fixtures: where the corpus is, and the project's own sample documents."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "liaison" / "data" / "samples"
CORPUS_DEFAULT = ROOT.parent / "shared" / "corpus"
GOLDEN = ROOT / "tests" / "golden"


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ files from the current output instead of comparing",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/NAME (a unified diff on mismatch), or rewrite it
    with --update-golden (or LIAISON_UPDATE_GOLDEN=1)."""
    update = bool(request.config.getoption("--update-golden"))
    update = update or os.environ.get("LIAISON_UPDATE_GOLDEN") == "1"

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        if not path.is_file():
            pytest.fail(f"{path} is missing; run pytest --update-golden")
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"golden/{name}",
                tofile="actual",
            )
            pytest.fail("output differs from the golden file:\n" + "".join(diff), pytrace=False)

    return check
