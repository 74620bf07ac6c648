"""Zip packages (.docx is one) checked before a reader unpacks them: no zip bomb gets through.

A .docx of 2 MB can declare, or really hold, gigabytes of XML; a parser given it would
take minutes and all the memory there is. So the package's entries are counted and their
sizes added up as declared, then each entry is unpacked in chunks, counting what really
comes out (zipfile stops an entry at its declared size and checks its CRC, so a package
that under-declares is found damaged here, before any parser sees it), and the package is
refused as soon as either passes the limit. Memory stays at one chunk and time at the
limit's worth of unpacking, whatever the package claims.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from liaison.errors import UnreadableDocument
from liaison.read.files import human_size

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""The most a package may unpack to, all entries together (a long note with pictures
unpacks to a few tens of MB)."""
MAX_ENTRIES = 10_000
"""The most entries a package may hold (a Word document has a few dozen)."""
CHUNK = 1024 * 1024


def check_package(
    data: bytes, path: Path, *, max_unpacked: int = MAX_UNPACKED_BYTES
) -> zipfile.ZipFile:
    """The zip package in ``data``, its entries within the limits; else UnreadableDocument.

    Raises zipfile.BadZipFile for data that is no zip package at all, as zipfile does.
    """
    archive = zipfile.ZipFile(io.BytesIO(data))
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise too_large(path, f"holds {len(entries)} entries (at most {MAX_ENTRIES})", max_unpacked)
    declared = sum(entry.file_size for entry in entries)
    if declared > max_unpacked:
        raise too_large(path, f"would unpack to {human_size(declared)}", max_unpacked)
    unpacked = 0
    for entry in entries:
        unpacked += unpacked_size(archive, entry, path, max_unpacked - unpacked)
        if unpacked > max_unpacked:
            raise too_large(path, f"unpacks past the limit at {entry.filename}", max_unpacked)
    return archive


def unpacked_size(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, path: Path, room: int) -> int:
    """How many bytes ``entry`` really unpacks to; the count stops once past ``room``."""
    size = 0
    try:
        with archive.open(entry) as stream:
            while size <= room and (chunk := stream.read(CHUNK)):
                size += len(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        # A wrong checksum or size is what a package that lies about its entries gives.
        raise UnreadableDocument(
            f"{path}: is a damaged zip package ({entry.filename}: {error})",
            "open it in Word, save it as .docx (Word Document) and run again",
        ) from None
    return size


def too_large(path: Path, what: str, limit: int) -> UnreadableDocument:
    """The error for a package past the limits: what it holds, and the limit."""
    return UnreadableDocument(
        f"{path}: {what}; a package may unpack to {human_size(limit)} at most "
        "(this looks like a zip bomb, not an office document)",
        "open it in Word and save a copy without embedded files, then run again",
    )
