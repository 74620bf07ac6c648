"""Every kind of bad input gets a liaison error that names the file and says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.errors import LiaisonError, UnreadableDocument, UnsupportedFormat
from liaison.read import read_document
from tests.data import (
    ARCHIVE_DOCX,
    BINARY_TXT,
    BLANK_TXT,
    DAMAGED_PDF,
    EMPTY_TXT,
    MEMO_RTF,
    MENU_ONLY_HTML,
    PASSWORD_PDF,
    RENAMED_TEXT_DOCX,
    RENAMED_TEXT_PDF,
    REPORT_DOC,
    SCANNED_PDF,
    TABLE_XYZ,
    WORKBOOK_DOCX,
)

LIMIT = 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("path", "error", "says", "hint_says"),
    [
        (EMPTY_TXT, UnreadableDocument, "is empty", "right file"),
        (BLANK_TXT, UnreadableDocument, "only white space", "right file"),
        (BINARY_TXT, UnreadableDocument, "does not look like text", "Liaison reads"),
        (REPORT_DOC, UnsupportedFormat, "legacy .doc is not supported", "save it as .docx"),
        (MEMO_RTF, UnsupportedFormat, ".rtf is not supported", "save it as .docx"),
        (TABLE_XYZ, UnsupportedFormat, ".xyz are not read", "Liaison reads .txt"),
        (RENAMED_TEXT_DOCX, UnreadableDocument, "it holds plain text", "rename it to"),
        (RENAMED_TEXT_PDF, UnreadableDocument, "is not a PDF: it holds plain text", ".txt"),
        (ARCHIVE_DOCX, UnreadableDocument, "not a Word document", "save it as .docx"),
        (WORKBOOK_DOCX, UnreadableDocument, "not a Word document", "save it as .docx"),
        (SCANNED_PDF, UnreadableDocument, "has no text layer", "OCR"),
        (PASSWORD_PDF, UnreadableDocument, "protected by a password", "unprotected copy"),
        (DAMAGED_PDF, UnreadableDocument, "damaged PDF", "new PDF"),
        (MENU_ONLY_HTML, UnreadableDocument, "no article text", "article's own page"),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else None,
)
def test_bad_file(path: Path, error: type[LiaisonError], says: str, hint_says: str) -> None:
    with pytest.raises(error) as raised:
        read_document(path, max_bytes=LIMIT)
    assert raised.value.message.startswith(f"{path}: ")
    assert says in raised.value.message
    assert hint_says in raised.value.hint


def test_legacy_doc_message_reads_as_one_line() -> None:
    with pytest.raises(UnsupportedFormat) as raised:
        read_document(Path("report.doc"), max_bytes=LIMIT)
    assert (
        str(raised.value)
        == "report.doc: legacy .doc is not supported; save it as .docx and run again"
    )


def test_file_over_the_limit_names_the_limit_and_the_option(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("Визит делегации. ".encode() * 200)
    with pytest.raises(UnreadableDocument) as raised:
        read_document(path, max_bytes=1024)
    assert raised.value.message == f"{path}: is 6.1 KB, over the limit of 1 KB"
    assert "--max-size" in raised.value.hint


@pytest.mark.parametrize("name", ["missing.txt", "folder.txt"])
def test_missing_file_or_a_folder(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder.txt").mkdir()
    path = tmp_path / name
    with pytest.raises(UnreadableDocument) as raised:
        read_document(path, max_bytes=LIMIT)
    assert raised.value.message.startswith(f"{path}: ")
    assert raised.value.hint


def test_errors_do_not_chain_the_parser_traceback() -> None:
    for path in (RENAMED_TEXT_DOCX, DAMAGED_PDF):
        with pytest.raises(UnreadableDocument) as raised:
            read_document(path, max_bytes=LIMIT)
        assert raised.value.__cause__ is None
        assert raised.value.__suppress_context__ or raised.value.__context__ is None
