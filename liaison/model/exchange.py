"""Reading the exchange JSON back in: checked against the schema and the model's types first.

An import writes nothing until the whole file is known to be a knowledge base: a JSON
object with only the knowledge base's keys, every value of the type the JSON Schema
(``schema/liaison.schema.json``, the same ``liaison.model.gen.schema()``) gives it, dates
that are dates, numbers that are finite, and every fact's invariants kept. A problem is
reported with its JSON path (``$.persons[0].name``), the first few in one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from liaison.errors import InvalidFact, LiaisonError
from liaison.model.entities import KnowledgeBase
from liaison.model.gen import schema
from liaison.model.json import from_json

MAX_PROBLEMS = 3
HINT = "give a file written by `liaison export --format json`, or fix the places named"


@cache
def import_validator() -> Draft202012Validator:
    """A validator of a whole knowledge base: the schema's KnowledgeBase, and no other key."""
    full = schema()
    keys = sorted(full["$defs"]["KnowledgeBase"]["properties"])
    root = {
        "$schema": full["$schema"],
        "$ref": "#/$defs/KnowledgeBase",
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"enum": keys},
        "$defs": full["$defs"],
    }
    return Draft202012Validator(root, format_checker=FormatChecker())


def read_knowledge_base(text: str, where: str) -> KnowledgeBase:
    """The knowledge base in the JSON ``text`` read from ``where``; else InvalidFact
    naming the first problems with their JSON paths."""
    data = parse_json(text, where)
    problems = [f"{path}: {message}" for path, message in schema_problems(data)]
    problems += [f"{path}: NUL characters cannot be stored" for path in nul_strings(data)]
    if problems:
        raise not_an_export(where, problems)
    try:
        return from_json(KnowledgeBase, data)
    except (InvalidFact, ValueError, TypeError, KeyError) as error:
        raise not_an_export(where, [str(error)]) from None


def parse_json(text: str, where: str) -> Any:
    """The JSON value of ``text``: no NaN or Infinity, and no nesting past Python's stack."""

    def refuse_constant(name: str) -> None:
        raise ValueError(f"{name} is not a JSON number")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except RecursionError:
        raise not_an_export(where, ["nested too deeply to be an export"]) from None
    except ValueError as error:  # JSONDecodeError is one
        raise LiaisonError(f"{where}: not JSON ({error})", HINT) from None


def schema_problems(data: Any) -> Iterator[tuple[str, str]]:
    """``(JSON path, what is wrong)`` for the first few places ``data`` breaks the schema."""
    try:
        errors = sorted(import_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    except RecursionError:
        yield "$", "nested too deeply to be an export"
        return
    shown = dict.fromkeys((str(e.json_path), short_message(e)) for e in errors)
    yield from list(shown)[:MAX_PROBLEMS]


def short_message(error: ValidationError) -> str:
    """The validator's message without the whole offending value, which may be huge."""
    if error.validator in ("type", "enum", "format", "propertyNames") or len(error.message) > 120:
        shown = json.dumps(error.instance, ensure_ascii=False)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        expected = error.validator_value if error.validator != "propertyNames" else "a known key"
        if error.validator == "enum":
            expected = "one of " + ", ".join(map(str, error.validator_value))
        return f"{shown} is not {expected}"[:200]
    return str(error.message)


def nul_strings(value: Any, path: str = "$") -> Iterator[str]:
    """JSON paths of strings holding NUL, which PostgreSQL refuses and SQLite keeps."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str) and "\x00" in item:
            yield where
        elif isinstance(item, dict):
            stack.extend((f"{where}.{key}", child) for key, child in item.items())
        elif isinstance(item, list):
            stack.extend((f"{where}[{index}]", child) for index, child in enumerate(item))


def not_an_export(where: str, problems: list[str]) -> InvalidFact:
    """One line naming the file and its first problems."""
    shown = "; ".join(problems[:MAX_PROBLEMS])
    more = f" (and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
    return InvalidFact(f"{where}: not a Liaison export: {shown}{more}", HINT)
