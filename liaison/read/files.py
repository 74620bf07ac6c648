"""Which files Liaison reads, finding them in folders, and getting their bytes safely."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from liaison.errors import UnreadableDocument, UnsupportedFormat

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")
"""File name endings Liaison reads, lower case."""

# What to tell a user who gives a file of a kind Liaison does not read.
ADVICE = {
    ".doc": "legacy .doc is not supported; save it as .docx and run again",
    ".rtf": ".rtf is not supported; save it as .docx and run again",
    ".odt": ".odt is not supported; save it as .docx and run again",
    ".docm": "macro-enabled .docm is not supported; save it as .docx and run again",
    ".dotx": "a Word template is not a document; save it as .docx and run again",
    ".xls": "spreadsheets are not supported; copy the table into a .docx and run again",
    ".xlsx": "spreadsheets are not supported; copy the table into a .docx and run again",
    ".pptx": "presentations are not supported; save the slides as .pdf and run again",
    ".jpg": "an image has no text; scan it to a PDF with a text layer (OCR) and run again",
    ".jpeg": "an image has no text; scan it to a PDF with a text layer (OCR) and run again",
    ".png": "an image has no text; scan it to a PDF with a text layer (OCR) and run again",
    ".tif": "an image has no text; scan it to a PDF with a text layer (OCR) and run again",
    ".tiff": "an image has no text; scan it to a PDF with a text layer (OCR) and run again",
    ".zip": "archives are not read; unpack it and give the folder",
}
KNOWN = ", ".join(SUPPORTED_SUFFIXES[:-1])
# How each binary format Liaison reads starts, and what such a file is called.
SIGNATURES = {".pdf": (b"%PDF-", "a PDF"), ".docx": (b"PK\x03\x04", "a zip package")}


def content_kind(data: bytes) -> str:
    """What a file's first bytes say it is: 'a PDF', 'a zip package', 'an HTML page',
    'plain text' or 'binary data'.

    >>> content_kind(b"%PDF-1.7 ..."), content_kind("Визит в Баку".encode())
    ('a PDF', 'plain text')
    >>> content_kind(bytes(2)), content_kind(b"<!DOCTYPE html><html>")
    ('binary data', 'an HTML page')
    """
    head = data[:1024]
    for signature, name in SIGNATURES.values():
        if signature in head[:8] or (signature == b"%PDF-" and signature in head):
            return name
    if b"\x00" in head:
        return "binary data"
    sample = head.decode("utf-8", errors="ignore").lower()
    if "<html" in sample or "<!doctype html" in sample:
        return "an HTML page"
    return "plain text" if sample.strip() else "binary data"


def check_content(data: bytes, path: Path, suffix: str) -> None:
    """UnreadableDocument when a .pdf or .docx holds something else (a text saved under the
    wrong name), saying what it holds and how to read it."""
    if suffix not in SIGNATURES or not data:
        return
    kind = content_kind(data)
    if kind == SIGNATURES[suffix][1]:
        return
    rename = {"plain text": ".txt", "an HTML page": ".html"}.get(kind)
    what = "a PDF" if suffix == ".pdf" else "a Word .docx file"
    hint = (
        f"rename it to {path.stem}{rename} and run again"
        if rename
        else "open it in the program that made it, save it again, and run again"
    )
    raise UnreadableDocument(f"{path}: is not {what}: it holds {kind}", hint)


def check_suffix(path: Path) -> str:
    """The lower-case suffix of ``path`` if Liaison reads it; else UnsupportedFormat.

    >>> check_suffix(Path("note.DOCX"))
    '.docx'
    >>> check_suffix(Path("report.doc"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    liaison.errors.UnsupportedFormat: report.doc: legacy .doc is not supported; save it as ...
    """
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return suffix
    if suffix in ADVICE:
        what, _, hint = ADVICE[suffix].partition("; ")
        raise UnsupportedFormat(f"{path}: {what}", hint)
    kind = f"files ending in {suffix}" if suffix else "files without a suffix"
    raise UnsupportedFormat(
        f"{path}: {kind} are not read",
        f"Liaison reads {KNOWN} and .htm; convert the file to one of them and run again",
    )


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of ``path``; UnreadableDocument if missing, a folder, not a regular file,
    too large or empty.

    At most ``max_bytes`` + 1 bytes are ever read, whatever the file system says of the
    size: a link to /dev/zero or a named pipe called ``note.txt`` cannot fill the memory
    or hang the run.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableDocument(
                f"{path}: is a folder",
                "give the files in it, or the folder to a command that walks folders",
            )
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableDocument(
                f"{path}: is not a regular file (a device, a pipe or a socket)",
                "give a document saved as a file",
            )
        if info.st_size > max_bytes:
            raise too_large(path, info.st_size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise UnreadableDocument(f"{path}: no such file", "check the path and run again") from None
    except OSError as error:
        raise UnreadableDocument(
            f"{path}: cannot be opened ({error.strerror or error})",
            "check that the file exists and that you may read it",
        ) from None
    if len(data) > max_bytes:  # it grew while being read
        raise too_large(path, len(data), max_bytes)
    if not data:
        raise UnreadableDocument(
            f"{path}: the file is empty", "check that the right file was given"
        )
    return data


def too_large(path: Path, size: int, max_bytes: int) -> UnreadableDocument:
    """The error for a file over the size limit."""
    shown = human_size(size)
    return UnreadableDocument(
        f"{path}: is {shown}, over the limit of {human_size(max_bytes)}",
        "if it really is one document, raise the limit with --max-size and run again",
    )


def human_size(size: int) -> str:
    """A byte count as people say it.

    >>> human_size(50 * 1024 * 1024), human_size(1536), human_size(12)
    ('50 MB', '1.5 KB', '12 bytes')
    """
    if size < 1024:
        return f"{size} bytes"
    units = ("KB", "MB", "GB", "TB")
    value = size / 1024
    index = 0
    while value >= 1024 and index < len(units) - 1:
        value /= 1024
        index += 1
    return f"{value:.1f}".removesuffix(".0") + f" {units[index]}"


def iter_paths(
    paths: Iterable[Path | str], on_error: Callable[[Path, UnreadableDocument], None] | None = None
) -> Iterator[Path]:
    """Every file to read: files as given, and the office documents found in folders.

    A folder is walked recursively in sorted order. In it, files Liaison reads are
    yielded, and so are office files it can only explain (a legacy .doc, a scan saved as
    .jpg), so that the user learns what to convert; anything else (.md, .py, Thumbs.db),
    hidden files and folders, and Word's lock files (``~$note.docx``) are skipped. A file
    given by name is yielded whatever its suffix, so that reading it can say why not.

    A folder that cannot be listed is passed to ``on_error`` with an UnreadableDocument
    saying so, and the walk goes on; without ``on_error`` the error is raised.
    """
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
        except OSError as error:  # a folder on the way cannot be searched, a name too long
            if on_error is None:
                raise cannot_list(path, error) from None
            on_error(path, cannot_list(path, error))
            continue
        if is_dir:
            yield from walk_folder(path, on_error)
        else:
            yield path


def walk_folder(
    folder: Path, on_error: Callable[[Path, UnreadableDocument], None] | None = None
) -> Iterator[Path]:
    """The office documents under ``folder``, sorted; hidden ones and lock files skipped.

    Symbolic links to folders are not followed, so a link to a parent cannot loop.
    """
    tree = walk_tree(folder)
    for where, problem in tree.problems:
        if on_error is None:
            raise problem
        on_error(where, problem)
    yield from tree.files


@dataclass(frozen=True, slots=True)
class Tree:
    """What one walk of a folder finds: the files to read, the files it passes over with
    the reason, and each folder it could not list with the error saying so."""

    files: tuple[Path, ...]
    skipped: tuple[tuple[Path, str], ...]
    problems: tuple[tuple[Path, UnreadableDocument], ...]


def walk_tree(folder: Path) -> Tree:
    """Walk ``folder`` once, going on past what cannot be listed (a folder without read
    permission, a path too deep for the file system); hidden folders are not entered."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    problems: list[tuple[Path, UnreadableDocument]] = []

    def unlisted(error: OSError) -> None:
        where = Path(error.filename or folder)
        problems.append((where, cannot_list(where, error)))

    for root, folders, names in os.walk(folder, onerror=unlisted):
        folders[:] = [name for name in folders if not name.startswith((".", "~$"))]
        for name in names:
            path = Path(root) / name
            reason = skip_reason(path, folder)
            if reason is None:
                files.append(path)
            elif reason != "hidden" and is_file(path):
                skipped.append((path, reason))
    return Tree(tuple(sorted(files)), tuple(sorted(skipped)), tuple(problems))


def cannot_list(path: Path, error: OSError) -> UnreadableDocument:
    """The error for a folder (or a path through one) that cannot be listed."""
    return UnreadableDocument(
        f"{path}: cannot be listed ({error.strerror or error})",
        "check that the folder exists and that you may read it; the other files go on",
    )


def skip_reason(path: Path, folder: Path) -> str | None:
    """Why a walk of ``folder`` passes ``path`` over, or None when it is read.

    >>> skip_reason(Path("notes/README.md"), Path("notes"))
    '.md files are not documents Liaison reads'
    >>> skip_reason(Path("notes/~$note.docx"), Path("notes"))
    "Word's lock file of an open document"
    >>> skip_reason(Path("notes/note.docx"), Path("notes")) is None
    True
    """
    parts = path.relative_to(folder).parts
    if any(part.startswith(".") for part in parts):
        return "hidden"
    if any(part.startswith("~$") for part in parts):
        return "Word's lock file of an open document"
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES or suffix in ADVICE:
        return None
    kind = f"{suffix} files" if suffix else "files without a suffix"
    return f"{kind} are not documents Liaison reads"


def skipped_files(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str]]:
    """The files a walk of the given folders passes over, and why; hidden ones left out.

    Hidden files (``.DS_Store``, a ``.git`` folder) are nobody's notes, so naming them
    would bury the few lines that matter (a ``README.md``, a lock file) under noise.
    A folder that cannot be listed is left out here: ``iter_paths`` says so.
    """
    for given in paths:
        folder = Path(given)
        if is_folder(folder):  # what cannot be looked at, reading it says why
            yield from walk_tree(folder).skipped


def is_folder(path: Path) -> bool:
    """``path.is_dir()``, False for a path that cannot even be looked at."""
    try:
        return path.is_dir()
    except OSError:
        return False


def is_file(path: Path) -> bool:
    """``path.is_file()``, False for a path that cannot even be looked at."""
    try:
        return path.is_file()
    except OSError:
        return False


def unique_paths(paths: Iterable[Path]) -> list[Path]:
    """``paths`` in order with each file once, however it was named (``a.txt``, ``./a.txt``).

    >>> unique_paths([Path("a.txt"), Path("./a.txt"), Path("b.txt")])
    [PosixPath('a.txt'), PosixPath('b.txt')]
    """
    seen: set[Path] = set()
    found: list[Path] = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append(path)
    return found
