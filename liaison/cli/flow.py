"""The one place that wires the steps together for a file: read → extract → resolve → store."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from liaison.cli.workers import Extractor, in_this_process
from liaison.config import Settings
from liaison.errors import LiaisonError
from liaison.extract.pipeline import Context, extract
from liaison.model import Extraction
from liaison.read import iter_paths, read_document, unique_paths
from liaison.resolve.document import resolve_document
from liaison.store import Store


def extract_file(path: Path, settings: Settings, published: date | None = None) -> Extraction:
    """Read one file and extract everything from it; nothing is stored.

    ``published`` dates a file that states no date of its own (``--published``).
    """
    document = read_document(path, max_bytes=settings.max_file_bytes, published=published)
    return extract(document, Context(home=settings.home))


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What became of one file: its extraction and save status, or the error that stopped it.

    ``found`` says in a line what the file gave, for when its extraction is let go.
    """

    path: Path
    status: str
    extraction: Extraction | None = None
    error: LiaisonError | None = None
    found: str = ""


def ingest_files(
    paths: Sequence[Path],
    settings: Settings,
    store: Store,
    on_file: Callable[[Path], None] = lambda _: None,
    published: date | None = None,
    extractor: Extractor | None = None,
    known_as: Callable[[Path], str] | None = None,
) -> Iterator[FileOutcome]:
    """Ingest each file in its own transaction; a bad file is reported and the rest go on.

    ``extractor`` reads and extracts the files (default: here, one by one; see
    ``liaison.cli.workers``); resolving and storing happen here, in the files' order. Each
    file is resolved against the candidates the knowledge base files under its keys, so
    earlier files of the same run count, and nothing known is loaded whole. ``known_as``
    gives the path a document is stored under when it is not where it was read from (an
    upload kept in a temporary folder is its file name, so the next upload of that name is
    its new version).
    """
    extracted = (extractor or in_this_process)(paths, settings, published)
    for path, read in zip(paths, extracted, strict=True):
        on_file(path)
        try:
            if isinstance(read, LiaisonError):
                raise read
            if known_as is not None:
                document = dataclasses.replace(read.document, path=known_as(path))
                read = dataclasses.replace(read, document=document)
            resolved = resolve_document(read, store.candidates)
            result = store.save(resolved.extraction, resolved.merges)
        except LiaisonError as error:
            yield FileOutcome(path=path, status="failed", error=error)
            continue
        yield FileOutcome(path=path, status=result.status, extraction=resolved.extraction)


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Files under the given paths, each once, and an outcome for each path that does not
    exist or cannot be listed (the walk goes on past it)."""
    files: list[Path] = []
    missing: list[FileOutcome] = []

    def unreadable(path: Path, error: LiaisonError) -> None:
        missing.append(FileOutcome(path=path, status="failed", error=error))

    for path in paths:
        if not lexists(path):
            error = LiaisonError(f"{path}: no such file or folder", "check the path and run again")
            unreadable(path, error)
        else:
            files.extend(iter_paths([path], on_error=unreadable))
    return unique_paths(files), missing


def lexists(path: Path) -> bool:
    """Whether ``path`` names something; a path that cannot even be looked at (a folder on
    the way that cannot be searched, a name too long) counts, so that reading it says why."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True
