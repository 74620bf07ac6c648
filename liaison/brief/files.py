"""Writing an output file whole or not at all, and table cells that stay text.

A full disk or a failing write must leave neither a 0-byte nor a truncated note where the
user expects one, nor spoil the note that was there before: every writer writes to a
temporary file beside the target and renames it into place once it is complete (a rename
within one folder is atomic). A folder of CSV files is written whole into a temporary
folder first. The file is as open() would have made it: its mode is what the umask leaves
of 0666, or the mode of the file it replaces.

A cell that starts like a formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
is written as text: file names, corrections, imports and document text all reach the
cells of exports and chronologies, and ``=HYPERLINK(...)`` must not become a live formula.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold (C0 controls but tab and line ends): a .docx or .xlsx
# holding one is refused by Word and Excel, and by their libraries before that.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
CELL_LIMIT = 32_767  # characters a spreadsheet cell holds
# Bytes of the target's name a temporary name keeps: the rest (a dot, eight hex digits,
# ".part") must fit too, within the 255 bytes a name may have.
TEMPORARY_NAME_KEEP = 200


@contextlib.contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; renamed to ``out`` when the block ends
    without error, removed when it raises (and ``out`` is left as it was).

    The file gets the mode a plain ``open`` would give it, or ``out``'s own when there is
    one: an output is for reading by whoever the folder lets, not only its writer.
    """
    temporary = beside(out, create_file)
    try:
        yield temporary
        synced(temporary)
        keep_mode(out, temporary)
        temporary.replace(out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise naming(error, out) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing_folder(out: Path) -> Iterator[Path]:
    """A temporary folder beside ``out`` to write files into. When the block ends without
    error they take their places: the folder is renamed to ``out`` when there is none
    yet, else each file is renamed into it (what else it holds stays). When the block
    raises, the temporary folder is removed and ``out`` is left as it was: a full disk
    stops the writing, which is done before any file is moved, never half-way through."""
    temporary = beside(out, create_folder)
    try:
        yield temporary
        written = sorted(temporary.iterdir())
        for path in written:
            synced(path)
        if not out.exists():
            temporary.replace(out)
            return
        for path in written:
            keep_mode(out / path.name, path)
            path.replace(out / path.name)
        temporary.rmdir()
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise naming(error, out) from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def beside(out: Path, create: Callable[[Path], None]) -> Path:
    """A new path in ``out``'s folder made by ``create``, hidden and named for ``out``
    (``.note.docx.1a2b3c4d.part``) with the name cut to leave room for the rest."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        name = out.name
        while len(os.fsencode(name)) > TEMPORARY_NAME_KEEP:
            name = name[:-1]
        for _ in range(100):
            path = out.with_name(f".{name}.{secrets.token_hex(4)}.part")
            with contextlib.suppress(FileExistsError):
                create(path)
                return path
        raise FileExistsError(errno.EEXIST, "no free temporary name beside it", str(out))
    except OSError as error:
        raise naming(error, out) from None


def create_file(path: Path) -> None:
    """Create the file ``path``, failing if it exists, with the mode ``open`` gives."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # less the umask


def create_folder(path: Path) -> None:
    """Create the folder ``path``, failing if it exists, with the mode ``mkdir`` gives."""
    path.mkdir(0o777)  # less the umask


def synced(path: Path) -> None:
    """Flush ``path`` to the disk: it must be there before a rename makes it the file."""
    with path.open("rb") as written:
        os.fsync(written.fileno())


def keep_mode(target: Path, written: Path) -> None:
    """Give ``written`` the permissions of the ``target`` it replaces, if there is one."""
    with contextlib.suppress(FileNotFoundError):
        written.chmod(stat.S_IMODE(target.stat().st_mode))


def write_archive(out: Path, save: Callable[[IO[bytes]], object]) -> None:
    """Write what ``save`` puts into a stream (a workbook's or a Word document's ``save``)
    to ``out``, building it in memory first. openpyxl and python-docx leave their zip
    archive open when a write to the file fails, and it fails once more when collected
    ("Exception ignored in ZipFile.__del__"); memory cannot fill up as a disk does, and the
    one write to the file is closed whatever happens."""
    buffer = io.BytesIO()
    save(buffer)
    with out.open("wb") as handle:
        handle.write(buffer.getbuffer())


def naming(error: OSError, out: Path) -> OSError:
    """``error`` as if about ``out``: the user gave that name, not the temporary one."""
    return OSError(error.errno, error.strerror or str(error), str(out))


def write_text_file(out: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``out`` whole or not at all."""
    with replacing(out) as temporary:
        temporary.write_text(text, encoding=encoding, newline="")
    return out


def is_formula_like(value: Any) -> bool:
    """Whether a spreadsheet would take the string ``value`` for a formula.

    >>> is_formula_like("=HYPERLINK(1)"), is_formula_like("-5"), is_formula_like("Баку")
    (True, True, False)
    """
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet opens as text: a leading quote before a formula-like
    string, as spreadsheets themselves mark text.

    >>> csv_cell("=1+1"), csv_cell("Баку"), csv_cell(5)
    ("'=1+1", 'Баку', 5)
    """
    return f"'{value}" if is_formula_like(value) else value


def keep_as_text(cells: Any) -> None:
    """Mark the openpyxl cells that hold formula-like strings as text (and quote-prefixed,
    so that editing the cell in Excel does not turn it into a formula either)."""
    for item in cells:
        if is_formula_like(item.value):
            item.data_type = "s"
            item.quotePrefix = True


def xml_safe(value: Any) -> Any:
    r"""``value`` with the characters XML cannot hold removed, in every string inside it.

    >>> xml_safe({"text": ["a\x00b", 5]})
    {'text': ['ab', 5]}
    """
    if isinstance(value, str):
        return NOT_XML.sub("", value)
    if isinstance(value, dict):
        return {key: xml_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


def sheet_value(value: Any) -> Any:
    """A cell value a spreadsheet accepts: XML-safe, at most 32,767 characters."""
    if isinstance(value, str):
        return xml_safe(value)[:CELL_LIMIT]
    return value
