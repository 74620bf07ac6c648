"""A value a person typed for one field of a fact, parsed by the model's type of that field.

The one parser behind every correction (``liaison correct``, the web forms, the review
queue). It takes what a form or a command line gives, text, or a JSON value a script sends,
and returns the field's value in the model's own type, or raises ``InvalidFact`` with one
line saying what the field takes. Nothing about a field is written here by hand: the kind
of a field follows from its type hint and from its ``ref`` and ``form`` metadata.

>>> from liaison.model.entities import Fact, Event
>>> parse_value(Fact, "years", "2021")
(2021,)
>>> parse_value(Fact, "years", "2019–2021, 2023")
(2019, 2020, 2021, 2023)
>>> parse_value(Event, "direction", "входящий")
<Direction.INCOMING: 'incoming'>
>>> parse_value(Event, "start", "05.03.2024")
datetime.date(2024, 3, 5)
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from liaison.errors import InvalidFact
from liaison.model.entities import Period
from liaison.model.json import convert, field_types, json_key
from liaison.model.vocab import LABELS

# Fields no person sets: the identity and the bookkeeping of who typed a fact.
FIXED_FIELDS = frozenset({"id", "mentions", "entered_by", "entered_at"})
# What a reference names, given the kind and the text: the stored id or canonical name.
Resolver = Callable[[str, str], str]

DAY_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
YEAR_RANGE = re.compile(r"(\d{4})\s*[-–—]\s*(\d{4})")
YEAR = re.compile(r"\d{4}")
DATE_HINT = "write a date as 2024-05-31 or 31.05.2024"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
# Kinds whose hint says all there is: the parser's own words would only repeat it.
PLAIN_KINDS = frozenset({"date", "moment", "choice", "year or date", "number"})


def correctable_fields(cls: type) -> tuple[str, ...]:
    """The fields of a fact class a person may correct, in the model's order."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in FIXED_FIELDS)


def field_of(cls: type, name: str) -> dataclasses.Field[Any]:
    """The correctable field ``name`` of ``cls``; InvalidFact naming the ones there are."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    if name not in fields or name in FIXED_FIELDS:
        # A JSON key ('from') is accepted for its field ('from_').
        by_key = {json_key(f): f for f in fields.values() if f.name not in FIXED_FIELDS}
        if name in by_key:
            return by_key[name]
        raise InvalidFact(
            f"{cls.__name__.lower()} has no field {name!r} that can be corrected",
            f"use one of: {', '.join(correctable_fields(cls))}",
        )
    return fields[name]


def field_kind(cls: type, name: str) -> str:
    """What a field holds, in words a message can use: 'date', 'list of partner', …

    >>> from liaison.model.entities import Event, Agreement
    >>> field_kind(Event, "leader"), field_kind(Event, "spheres"), field_kind(Agreement, "period")
    ('person', 'list of choice', 'record')
    """
    f = field_of(cls, name)
    tp, _ = optional_inner(field_types(cls)[f.name])
    if typing.get_origin(tp) is tuple:
        return "list of " + scalar_kind(typing.get_args(tp)[0], f)
    return scalar_kind(tp, f)


def scalar_kind(tp: Any, f: dataclasses.Field[Any]) -> str:
    """The kind of one value of type ``tp`` in the field ``f``."""
    if f.metadata.get("ref"):
        return str(f.metadata["ref"])
    if f.metadata.get("form"):
        return str(f.metadata["form"])
    if dataclasses.is_dataclass(tp):
        return "record"
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return "choice"
    names = {str: "text", int: "integer", float: "number", bool: "yes or no"}
    names |= {date: "date", datetime: "moment"}
    return names[tp]


def optional_inner(tp: Any) -> tuple[Any, bool]:
    """``(T, True)`` for ``T | None``, ``(tp, False)`` otherwise."""
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return inner[0], True
    return tp, False


def parse_value(cls: type, name: str, value: Any, resolve: Resolver | None = None) -> Any:
    """The value of field ``name`` of ``cls`` that ``value`` stands for: text as a person
    types it, or a JSON value; references checked by ``resolve`` when given.

    InvalidFact, one line, when it does not fit; nothing is stored by this function.
    """
    f = field_of(cls, name)
    tp = field_types(cls)[f.name]
    where = f"{cls.__name__.lower()}.{f.name}"
    try:
        if isinstance(value, str) and not is_json_text(tp, value):
            parsed = parse_text(tp, f, value.strip())
        else:
            parsed = convert(tp, json.loads(value) if isinstance(value, str) else value)
            check_json(tp, parsed)
        return resolve_refs(tp, f, parsed, resolve) if resolve else parsed
    except (ValueError, TypeError, KeyError, OverflowError) as error:
        kind = field_kind(cls, f.name)
        why = f" ({error})" if str(error) and kind not in PLAIN_KINDS else ""
        raise InvalidFact(
            f"{where}: {shown(value)} is not {article(kind)}{why}", hint_for(tp, f)
        ) from None
    except InvalidFact as error:
        raise InvalidFact(f"{where}: {error.message}", error.hint) from None


def is_json_text(tp: Any, text: str) -> bool:
    """Whether typed text is JSON meant as such: a list or object, or null for an optional."""
    base, optional = optional_inner(tp)
    head = text.strip()[:1]
    if head in ("[", "{") and (typing.get_origin(base) is tuple or dataclasses.is_dataclass(base)):
        return True
    return optional and text.strip() == "null"


def parse_text(tp: Any, f: dataclasses.Field[Any], text: str) -> Any:
    """Typed text as a value of ``tp``: lists split on ';' (numbers and choices on ',' too)."""
    base, optional = optional_inner(tp)
    if optional and not text:
        return None
    if typing.get_origin(base) is tuple:
        item = typing.get_args(base)[0]
        separators = r"[;\n]" if item is str or dataclasses.is_dataclass(item) else r"[;,\s]+"
        parts = [p.strip() for p in re.split(separators, text) if p.strip()]
        if item is int:
            return tuple(y for p in parts for y in years_in(p))
        return tuple(parse_scalar(item, f, p) for p in parts)
    return parse_scalar(base, f, text)


def parse_scalar(tp: Any, f: dataclasses.Field[Any], text: str) -> Any:
    """One typed value of ``tp``."""
    if f.metadata.get("form") == "year or date":
        return year_or_date(text)
    if dataclasses.is_dataclass(tp):
        return record_from_text(tp, text)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return choice(tp, text)
    parsers: dict[Any, Callable[[str], Any]] = {
        str: required_text if f.default is dataclasses.MISSING else any_text,
        int: int,
        float: number,
        bool: yes_or_no,
        date: day,
        datetime: datetime.fromisoformat,
    }
    return parsers[tp](text)


def required_text(text: str) -> str:
    """Text that says something: a required name or title cannot be blanked."""
    if not text:
        raise ValueError("it is empty")
    return any_text(text)


def any_text(text: str) -> str:
    """Text without control characters (NUL, escapes), which no field holds."""
    if CONTROLS.search(text):
        raise ValueError("it holds control characters")
    return text


def number(text: str) -> float:
    """A finite number as people write it: '1300', '1 300,5', '1,300.5'.

    >>> number("1 300,5"), number("1,300.5"), number("-2")
    (1300.5, 1300.5, -2.0)
    """
    compact = re.sub(r"[\s\u00a0\u202f]", "", text)
    compact = compact.replace(",", "") if "." in compact else compact.replace(",", ".")
    value = float(compact)
    if not math.isfinite(value):
        raise ValueError("a figure must be a finite number")
    return value


def yes_or_no(text: str) -> bool:
    """'yes'/'no', 'да'/'нет', 'true'/'false'."""
    words = {"yes": True, "true": True, "да": True, "no": False, "false": False, "нет": False}
    return words[text.lower()]


def day(text: str) -> date:
    """A day written 2024-05-31 or 31.05.2024."""
    dotted = DAY_DOTTED.fullmatch(text)
    if dotted:
        return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    return date.fromisoformat(text)


def year_or_date(text: str) -> str:
    """A signing stamp: a year '2011' or a day, kept as its ISO text.

    >>> year_or_date("2011"), year_or_date("07.12.2021")
    ('2011', '2021-12-07')
    """
    if YEAR.fullmatch(text):
        return text
    return day(text).isoformat()


def years_in(text: str) -> list[int]:
    """The years one item names: '2021', or every year of '2019–2021'."""
    span = YEAR_RANGE.fullmatch(text)
    if span:
        first, last = int(span[1]), int(span[2])
        if last < first or last - first > 100:
            raise ValueError(f"{text!r} is not a span of years")
        return list(range(first, last + 1))
    if not YEAR.fullmatch(text):
        raise ValueError(f"{text!r} is not a year")
    return [int(text)]


def choice(enum: type[StrEnum], text: str) -> StrEnum:
    """A vocabulary value by its value or by its Russian or English label, any case."""
    wanted = text.casefold()
    for member in enum:
        if wanted == member.value or wanted in (x.casefold() for x in LABELS[member]):
            return member
    raise ValueError(f"{text!r} is none of {', '.join(m.value for m in enum)}")


def record_from_text(tp: Any, text: str) -> Any:
    """A nested record from one line: a period from '2024–2026', another from its first field."""
    if tp is Period:
        years = years_in(text) if text else []
        return Period(from_=years[0], to=years[-1]) if years else Period()
    first = next(f for f in dataclasses.fields(tp) if f.default is dataclasses.MISSING)
    return tp(**{first.name: required_text(text)})


def check_json(tp: Any, value: Any) -> None:
    """What ``convert`` lets through that a stored fact must not hold: a non-finite number,
    an empty required text, control characters anywhere."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a figure must be a finite number")
    if isinstance(value, str) and not value.strip() and not optional_inner(tp)[1]:
        raise ValueError("it is empty")
    for text in strings_in(value):
        any_text(text)


def strings_in(value: Any) -> list[str]:
    """Every string a parsed value holds, nested records and lists too."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for v in value for s in strings_in(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in strings_in(getattr(value, f.name))]
    return []


def resolve_refs(tp: Any, f: dataclasses.Field[Any], value: Any, resolve: Resolver) -> Any:
    """``value`` with every reference it holds (nested records too) as ``resolve`` names it."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return tuple(resolve_refs(tp, f, v, resolve) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for inner in dataclasses.fields(value):
            if inner.metadata.get("ref") and getattr(value, inner.name) is not None:
                changes[inner.name] = resolve(inner.metadata["ref"], getattr(value, inner.name))
        return dataclasses.replace(value, **changes)
    ref = f.metadata.get("ref")
    return resolve(ref, value) if ref and isinstance(value, str) else value


def hint_for(tp: Any, f: dataclasses.Field[Any]) -> str:
    """What to write instead, by the kind of the field."""
    base, optional = optional_inner(tp)
    clear = "; leave it empty to clear it" if optional else ""
    if typing.get_origin(base) is tuple:
        return "separate several values with ';', or give a JSON list"
    if f.metadata.get("form") == "year or date":
        return f"write a year (2011) or {DATE_HINT.removeprefix('write ')}{clear}"
    if base in (date, datetime):
        return DATE_HINT + clear
    if isinstance(base, type) and issubclass(base, StrEnum):
        return f"use one of {', '.join(m.value for m in base)}"
    if base is Period:
        return 'write the years as 2024–2026, or JSON {"from": 2024, "to": 2026}'
    if isinstance(base, type) and dataclasses.is_dataclass(base):
        return f"give a JSON object with the keys of {base.__name__}"
    if base is float:
        return "write a number such as 1300 or 1 300,5"
    return "write the text it should hold" + clear


def article(kind: str) -> str:
    """'a date', 'an integer', 'a list of partner'."""
    return ("an " if kind[:1] in "aeiou" else "a ") + kind


def shown(value: Any) -> str:
    """A typed value for a message: quoted, and cut short when long."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return repr(text if len(text) <= 60 else text[:57] + "...")
