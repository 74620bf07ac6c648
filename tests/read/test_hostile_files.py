"""Files built to hurt: zip bombs, control characters, nesting past the parser's limits.

Each gets one UnreadableDocument naming the file, or is read in full; none raises anything
else, and none takes the memory or the time its declared size would.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import pytest

from liaison.errors import UnreadableDocument
from liaison.read import read_document
from liaison.read.archive import MAX_ENTRIES, check_package
from tests.data import KAZAKHSTAN_NOTE_DOCX

LIMIT = 50 * 1024 * 1024
PROSE = "Губернатор провёл встречу с делегацией партнёров в областном центре. " * 4


def package(entries: dict[str, bytes]) -> bytes:
    """A deflated zip package holding ``entries``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def declaring(data: bytes, name: str, size: int) -> bytes:
    """``data`` with the uncompressed size of entry ``name`` declared as ``size``, in the
    local header and in the central directory, as a forged package would."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = out.find(signature)
        while at != -1 and out[at + name_at : at + name_at + len(encoded)] != encoded:
            at = out.find(signature, at + 1)
        out[at + size_at : at + size_at + 4] = struct.pack("<I", size)
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        (
            "declares_gigabytes.docx",
            declaring(package({"word/document.xml": b"<w/>" * 100}), "word/document.xml", 2**31),
            "would unpack to 2 GB",
        ),
        (
            "lies_about_its_size.docx",
            declaring(package({"word/document.xml": b"\0" * 200_000}), "word/document.xml", 10),
            "damaged zip package",
        ),
        (
            "too_many_entries.docx",
            package({f"part{i}.xml": b"" for i in range(MAX_ENTRIES + 1)}),
            f"{MAX_ENTRIES + 1} entries",
        ),
    ],
)
def test_a_zip_bomb_is_refused_with_one_line(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(UnreadableDocument) as raised:
        read_document(path, max_bytes=LIMIT)
    assert raised.value.message.startswith(f"{path}: ")
    assert says in raised.value.message
    assert "\n" not in str(raised.value)


def test_the_limit_holds_for_all_entries_together() -> None:
    data = package({"a.xml": b"\0" * 3_000_000, "b.xml": b"\0" * 3_000_000})
    with pytest.raises(UnreadableDocument, match=r"would unpack to 5\.7 MB"):
        check_package(data, Path("x.docx"), max_unpacked=5_000_000)
    assert check_package(data, Path("x.docx"), max_unpacked=6_000_000).namelist() == [
        "a.xml",
        "b.xml",
    ]


def test_a_real_word_document_passes_the_package_check() -> None:
    document = read_document(KAZAKHSTAN_NOTE_DOCX, max_bytes=LIMIT)
    assert "Казахстан" in document.text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Визит\x00 в Баку", "Визит в Баку"),  # NUL: PostgreSQL refuses it
        ("Визит\x1b[31m в Баку", "Визит[31m в Баку"),  # ESC: it would drive a terminal
        ("Визит\x07\x08 в Баку", "Визит в Баку"),  # bell, backspace
        ("Визит\x7f в Баку", "Визит в Баку"),  # DEL
        ("Визит\tв Баку", "Визит\tв Баку"),  # a tab stays
        ("Визит\r\n\r\nв Баку", "Визит\n\nв Баку"),  # line ends stay line ends
        ("Визит\x0c\x0cв Баку", "Визит\n\nв Баку"),  # a form feed is a line end
    ],
)
def test_control_characters_are_cleaned_on_reading_and_offsets_map_back(
    tmp_path: Path, raw: str, text: str
) -> None:
    path = write(tmp_path, "note.txt", (raw + "\n" + PROSE).encode("utf-8"))
    document = read_document(path, max_bytes=LIMIT)
    assert document.text.startswith(text)
    as_read = raw + "\n" + PROSE
    at = document.text.index("Баку")
    assert as_read[document.raw_offset(at) : document.raw_offset(at) + 4] == "Баку"


@pytest.mark.parametrize("depth", [300, 2100, 5000])
def test_text_nested_past_the_parsers_limit_is_read(tmp_path: Path, depth: int) -> None:
    page = f"<html><body>{'<div>' * depth}<p>{PROSE}</p>{'</div>' * depth}</body></html>"
    document = read_document(write(tmp_path, "deep.html", page.encode()), max_bytes=LIMIT)
    assert "делегацией партнёров" in document.text


def test_nesting_that_cannot_be_unwrapped_says_what_happened(tmp_path: Path) -> None:
    depth = 3000
    page = f"<html><body>{'<ul><li>' * depth}{PROSE}{'</li></ul>' * depth}</body></html>"
    path = write(tmp_path, "lists.html", page.encode())
    with pytest.raises(UnreadableDocument, match="levels deep, past which the HTML parser"):
        read_document(path, max_bytes=LIMIT)


@pytest.mark.parametrize("kind", ["device", "pipe"])
def test_a_device_or_pipe_named_like_a_note_is_refused_without_reading(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "note.txt"
    if kind == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero on this system")
        path.symlink_to("/dev/zero")  # endless bytes: reading it all would fill the memory
    else:
        os.mkfifo(path)  # nobody writes: reading it would wait for ever
    with pytest.raises(UnreadableDocument, match="is not a regular file"):
        read_document(path, max_bytes=LIMIT)
