"""PDF files with a text layer, through pypdf.

A scan has no text layer and a password-protected file cannot be opened; each gets a
message that says so and what to do, never a traceback from the parser.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zlib
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PyPdfError

from liaison.errors import UnreadableDocument
from liaison.read.assemble import RawText

# pypdf logs what it repairs in a damaged file ('invalid pdf header', 'EOF marker not
# found') to standard error; a file gets one line from Liaison, so those stay unprinted.
PYPDF_LOG = logging.getLogger("pypdf")
PYPDF_LOG.addHandler(logging.NullHandler())
PYPDF_LOG.propagate = False

# Besides its own errors, pypdf lets these through on damaged files.
DAMAGED = (
    PyPdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    NotImplementedError,  # a filter or encoding pypdf does not know ("/\x00lateDecode")
    struct.error,
    zlib.error,
)
# A page number alone on a line at a page's top or foot: "2", "- 2 -", "Стр. 2", "2 из 5";
# never four digits, which would be a year heading a chronology's items.
PAGE_NUMBER = re.compile(
    r"(?:стр\.?\s*|page\s*)?[-–—\s]*\d{1,3}(?:\s*(?:из|/|of)\s*\d{1,3})?[-–—\s]*", re.I
)
# Titles that PDF printers put in the metadata instead of the document's title.
PRINTER_TITLE_HINTS = ("microsoft word - ", ".doc", ".docx", ".pdf", "untitled")


def read_pdf(data: bytes, path: Path) -> RawText:
    """The text layer of a PDF, its pages joined (``join_pages``)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        unlock(reader, path)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        stated_title = str(info.title or "") if info is not None else ""
    except DependencyError:
        raise UnreadableDocument(
            f"{path}: is encrypted with AES, which needs the 'cryptography' package",
            "install it (pip install cryptography) or save an unprotected copy, and run again",
        ) from None
    except DAMAGED as error:
        raise UnreadableDocument(
            f"{path}: is a damaged PDF ({error})",
            "open it in a PDF viewer and save or print it to a new PDF, then run again",
        ) from None
    text = join_pages(pages)
    if not text.strip():
        raise UnreadableDocument(
            f"{path}: has no text layer (it is a scan or a picture of text)",
            "run it through OCR (for example ocrmypdf -l rus+eng) to add a text layer, "
            "then run again",
        )
    return RawText(text=text, format="pdf", title=document_title(stated_title))


def join_pages(pages: list[str]) -> str:
    """The pages' text as one, each page's number left out and a page break a line break.

    An item or a sentence goes on over a page break as over any other line end, so the
    structure rules, not a blank line, decide whether the next page starts a new block.

    >>> join_pages(["· Визит в\\n1", "- 2 -\\nБаку (2024 г.)."])
    '· Визит в\\nБаку (2024 г.).'
    """
    kept = []
    for page in pages:
        lines = page.strip("\n").split("\n")
        while lines and PAGE_NUMBER.fullmatch(lines[0].strip()):
            lines.pop(0)
        while lines and PAGE_NUMBER.fullmatch(lines[-1].strip()):
            lines.pop()
        kept.append("\n".join(lines))
    return "\n".join(page for page in kept if page.strip())


def unlock(reader: PdfReader, path: Path) -> None:
    """Open an encrypted PDF with the empty password, as viewers do; else say it is locked."""
    if not reader.is_encrypted:
        return
    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise UnreadableDocument(
            f"{path}: is protected by a password",
            "open it with the password and save an unprotected copy (Print to PDF), then run again",
        )


def document_title(stated: str) -> str:
    """The title a PDF's metadata states, unless it is a file name a printer put there.

    >>> document_title("Microsoft Word - note.docx"), document_title("Справка о визите")
    ('', 'Справка о визите')
    """
    title = stated.strip()
    if any(hint in title.lower() for hint in PRINTER_TITLE_HINTS):
        return ""
    return title
