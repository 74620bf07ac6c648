"""Parsing what a user typed: dates, spheres, output paths, field corrections."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

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
from liaison.model.json import convert, field_types
from liaison.model.vocab import label
from liaison.text.morph import lemmas


def parse_day(value: str | None, option: str, last: bool = False) -> date | None:
    """A date option: YYYY-MM-DD, or a year meaning its first day (its last with ``last``)."""
    if value is None:
        return None
    try:
        if value.isdigit():
            return date(int(value), 12, 31) if last else date(int(value), 1, 1)
        return date.fromisoformat(value)
    except ValueError as error:
        raise LiaisonError(
            f"{option} {value!r} is not a date", "write 2024-05-31 or 2024"
        ) from error


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


def writable(path: Path) -> Path:
    """``path`` if a file can be written there, else a LiaisonError saying why."""
    if path.is_dir():
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


FACT_KINDS: dict[str, type] = {
    "partner": Partner,
    "agreement": Agreement,
    "event": Event,
    "person": Person,
    "organization": Organization,
    "fact": Fact,
    "indicator": Indicator,
}


def parse_change(cls: type, text: str) -> tuple[str, Any]:
    """'leader=Бабушкин И.Ю.' → ('leader', value of the field's type); JSON for lists."""
    name, sep, raw = text.partition("=")
    hints = field_types(cls)
    if not sep or name not in hints:
        fields = ", ".join(sorted(hints))
        raise LiaisonError(f"{text!r} is not FIELD=VALUE for a {cls.__name__}", f"fields: {fields}")
    try:
        value = json.loads(raw) if raw[:1] in "[{" or raw in ("null", "true", "false") else raw
        return name, convert(hints[name], value)
    except (ValueError, TypeError) as error:
        raise LiaisonError(
            f"{name}: {raw!r} does not fit ({error})", "write dates as 2024-05-31 and lists as JSON"
        ) from error
