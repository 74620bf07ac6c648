"""One generic serializer for the whole model: dataclass ⇄ JSON-ready dict."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Hashable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


def json_key(f: dataclasses.Field[Any]) -> str:
    """The exchange key of a field: its name, or ``metadata["json"]`` where that is set."""
    return str(f.metadata.get("json", f.name))


def to_json(obj: Any) -> Any:
    """A JSON-ready value of any model object: enums as values, dates as ISO strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {json_key(f): to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [to_json(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_json(v) for k, v in obj.items()}
    return obj


@cache
def field_types(cls: Any) -> dict[str, Any]:
    """Resolved type hints of a model class (cached: the model does not change at run time)."""
    return typing.get_type_hints(cls)


def from_json(cls: type[T], data: Any) -> T:
    """Build a model object of ``cls`` from what ``to_json`` gave; unknown keys are ignored."""
    hints = field_types(cast(Hashable, cls))
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = json_key(f)
        if key in data:
            kwargs[f.name] = convert(hints[f.name], data[key])
    return cls(**kwargs)


def convert(tp: Any, value: Any) -> Any:
    """Convert a JSON value to the Python type ``tp`` of the model."""
    if value is None or tp is Any:
        return value
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return convert(inner[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(convert(args[0], v) for v in value)
        return tuple(convert(a, v) for a, v in zip(args, value, strict=True))
    if dataclasses.is_dataclass(tp):
        return from_json(tp, value)  # type: ignore[arg-type]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if tp is float:
        return float(value)
    return value
