"""Plain text files in whatever encoding the office saved them."""

from __future__ import annotations

import logging
from pathlib import Path

from liaison.errors import UnreadableDocument
from liaison.read.assemble import RawText
from liaison.read.encoding import detect_encoding, has_utf16_bom, looks_binary

log = logging.getLogger(__name__)


def read_txt(data: bytes, path: Path) -> RawText:
    """The text of a .txt file, decoded in the encoding it was written in.

    ``RawText.encoding`` is a Python codec name: ``data.decode(encoding)`` is the text as
    read, which ``Document.raw_offset`` maps back into.
    """
    if not has_utf16_bom(data) and looks_binary(data):
        raise UnreadableDocument(
            f"{path}: does not look like text (it holds binary data)",
            "check what the file really is; Liaison reads .txt, .docx, .pdf and .html",
        )
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    if "\ufffd" in text:
        # A few damaged bytes should not cost the whole note; say so and go on.
        log.warning("%s: %d bytes are not %s", path, text.count("\ufffd"), encoding)
    return RawText(text=text, format="txt", encoding=encoding)
