"""The `read` step: every supported file format into a ``Document``.

``read_document(path, max_bytes=...)`` picks the reader by the file's suffix, and every
reader's text goes through the same cleaning and structure rules (``assemble``). A file
that cannot be read raises a ``liaison.errors`` class whose message names the file and
whose hint says what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from liaison.errors import UnreadableDocument
from liaison.model import Document
from liaison.read.assemble import RawText, assemble_document
from liaison.read.docx import read_docx
from liaison.read.files import (
    SUPPORTED_SUFFIXES,
    check_content,
    check_suffix,
    iter_paths,
    read_bytes,
    skipped_files,
    unique_paths,
)
from liaison.read.html import read_html
from liaison.read.pdf import read_pdf
from liaison.read.txt import read_txt

Reader = Callable[[bytes, Path], RawText]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
}


def read_document(path: Path, *, max_bytes: int, published: date | None = None) -> Document:
    """The ``Document`` in the file at ``path`` (at most ``max_bytes`` long).

    ``published`` dates a file that states no date of its own (``--published``).

    Raises UnsupportedFormat for a kind of file Liaison does not read and
    UnreadableDocument for one it cannot: missing, empty, too large, damaged, locked.
    """
    path = Path(path)
    suffix = check_suffix(path)
    reader = READERS[suffix]
    data = read_bytes(path, max_bytes=max_bytes)
    check_content(data, path, suffix)
    try:
        return assemble_document(reader(data, path), data=data, path=path, published=published)
    except (MemoryError, RecursionError) as error:
        # A parser that runs out of memory or stack on one file must not end the run.
        what = "memory" if isinstance(error, MemoryError) else "nesting depth"
        raise UnreadableDocument(
            f"{path}: is too large or too deeply nested to read (ran out of {what})",
            "split it into smaller documents, or save it again from its program, and run again",
        ) from None


__all__ = [
    "READERS",
    "SUPPORTED_SUFFIXES",
    "iter_paths",
    "read_document",
    "skipped_files",
    "unique_paths",
]
