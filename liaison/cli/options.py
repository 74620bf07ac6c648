"""Parsing what a user typed: dates, spheres, output paths, field corrections."""

from __future__ import annotations

import errno
import io
import os
import re
import sys
from datetime import date
from pathlib import Path

from liaison.errors import LiaisonError
from liaison.model import (
    Agreement,
    Event,
    Fact,
    Indicator,
    Organization,
    Partner,
    Person,
    Sphere,
)
from liaison.model.values import correctable_fields, field_of
from liaison.model.vocab import label
from liaison.text.morph import lemmas

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(value: str | None, option: str, last: bool = False) -> date | None:
    """A date option as people type it: ``2025-01-01``, ``01.01.2025``, ``1 января 2025``,
    ``май 2025`` or ``2025``; a month or a year means its first day (its last with ``last``).

    >>> parse_day("01.01.2025", "--since"), parse_day("1 января 2025", "--since")
    (datetime.date(2025, 1, 1), datetime.date(2025, 1, 1))
    >>> parse_day("2024", "--to", last=True)
    datetime.date(2024, 12, 31)
    """
    if value is None:
        return None
    text = value.strip()
    try:
        if text.isdigit() and len(text) == 4:
            return date(int(text), 12, 31) if last else date(int(text), 1, 1)
        if ISO_DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    from liaison.extract.dates import parse_date_range  # dateparser: only when asked

    days = parse_date_range(text)
    if days is None:
        raise LiaisonError(
            f"{option} {value!r} is not a date",
            "write 2024-05-31, 31.05.2024, 31 мая 2024 or 2024",
        )
    return days.end if last else days.start


def parse_spheres(values: list[str] | None) -> list[Sphere] | None:
    """--sphere values as vocabulary members: 'culture', or a label in either language."""
    if not values:
        return None
    return [sphere_named(v) for v in values]


def sphere_named(text: str) -> Sphere:
    """The sphere a user means: its value, or the label whose words hold the words given
    ('культура' → culture, 'спорт' → sport, 'education' → education)."""
    wanted = set(lemmas(text))
    for sphere in Sphere:
        if text.strip().lower() == sphere.value:
            return sphere
    fits = [
        (len(set(lemmas(label(sphere, lang)))), sphere)
        for sphere in Sphere
        for lang in ("ru", "en")
        if wanted and wanted <= set(lemmas(label(sphere, lang)))
    ]
    if fits:
        return min(fits)[1]
    names = ", ".join(s.value for s in Sphere)
    raise LiaisonError(f"unknown sphere {text!r}", f"use one of {names}, or its Russian name")


def writable(path: Path, *, folder: bool = False) -> Path:
    """``path`` if a file (or, with ``folder``, a folder of files) can be written there,
    else a LiaisonError saying why."""
    if path.is_dir() and not folder:
        raise LiaisonError(f"{path} is a folder", "give --out a file name, e.g. note.docx")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LiaisonError(
            f"cannot write {path} ({error.strerror})",
            "give --out a path in a folder you can write to",
        ) from error
    return path


def check_suffix(path: Path | None, fmt: str) -> None:
    """--format md with --out note.docx would write Markdown under a Word name: refuse."""
    if path is not None and path.suffix and path.suffix.lower().lstrip(".") != fmt:
        raise LiaisonError(
            f"--out {path.name} does not match --format {fmt}",
            f"name the file *.{fmt} or choose the format that fits the name",
        )


def kind_of(cls: type) -> str:
    """'event' for Event: the kind the command line names a class by."""
    return cls.__name__.lower()


FACT_KINDS: dict[str, type] = {
    "partner": Partner,
    "agreement": Agreement,
    "event": Event,
    "person": Person,
    "organization": Organization,
    "fact": Fact,
    "indicator": Indicator,
}


def parse_change(cls: type, text: str) -> tuple[str, str]:
    """'leader=Бабушкин И.Ю.' → ('leader', 'Бабушкин И.Ю.'), the field checked to be one a
    person may correct; the value is parsed by the Store, by the field's type."""
    name, sep, raw = text.partition("=")
    name = name.strip()
    if not sep or not name:
        fields = ", ".join(correctable_fields(cls))
        raise LiaisonError(f"{text!r} is not FIELD=VALUE for a {kind_of(cls)}", f"fields: {fields}")
    field_of(cls, name)
    return name, raw


def emit(text: str) -> None:
    """``text`` on standard output, every byte of it or an OSError: a file on a full disk
    takes the first part of a large write and Python's buffer lets the rest go without a
    word, so a command would end well with its output cut short."""
    sys.stdout.flush()
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        sys.stdout.write(text)  # captured output (tests) has no descriptor of its own
        return
    view = memoryview(text.encode(sys.stdout.encoding or "utf-8"))
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]
