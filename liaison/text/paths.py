"""File paths as text that every store and output takes."""

from __future__ import annotations

import os
from pathlib import Path


def readable_path(path: Path) -> str:
    """The path as text, even when the file system holds a name in another encoding.

    A folder copied from a Windows machine may hold names in Windows-1251; Python reads the
    bytes it cannot decode as lone surrogates, which no database or JSON will store.

    >>> import os
    >>> readable_path(Path(os.fsdecode("справка.txt".encode("cp1251"))))
    'справка.txt'
    """
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(path)
        for encoding in ("cp1251", "koi8_r"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
        return raw.decode("utf-8", errors="replace")
    return text
