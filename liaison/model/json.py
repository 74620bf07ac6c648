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
    if not isinstance(data, dict):
        raise TypeError(f"{data!r} is not an object")
    hints = field_types(cast(Hashable, cls))
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        key = json_key(f)
        if key in data:
            kwargs[f.name] = convert(hints[f.name], data[key])
    return cls(**kwargs)


def convert(tp: Any, value: Any) -> Any:
    """Convert a JSON value to the Python type ``tp`` of the model; TypeError or ValueError
    when it is of another type (a string where a list belongs, a number for a name).

    >>> convert(tuple[str, ...], ["AZ"]), convert(float, 5)
    (('AZ',), 5.0)
    """
    if value is None or tp is Any:
        return value
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return convert(inner[0], value)
    if origin is tuple:
        return convert_tuple(tp, value)
    if dataclasses.is_dataclass(tp):
        return from_json(tp, value)  # type: ignore[arg-type]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    return convert_scalar(tp, value)


def convert_tuple(tp: Any, value: Any) -> tuple[Any, ...]:
    """A JSON list as the tuple type ``tp`` (``tuple[X, ...]`` or a fixed shape)."""
    if not isinstance(value, list | tuple):
        # A string is a sequence too: "AZ" must not become ("A", "Z").
        raise TypeError(f"{value!r} is not a list")
    args = typing.get_args(tp)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(convert(args[0], v) for v in value)
    return tuple(convert(a, v) for a, v in zip(args, value, strict=True))


def convert_scalar(tp: Any, value: Any) -> Any:
    """A JSON string, number or boolean as ``tp``: dates parsed, numbers checked."""
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{value!r} is not a number")
        return float(value)
    if tp in (str, int, bool) and not is_instance_of(value, tp):
        raise TypeError(f"{value!r} is not {tp.__name__}")
    return value


def is_instance_of(value: Any, tp: type) -> bool:
    """``isinstance``, except that a bool is no int (JSON tells them apart).

    >>> is_instance_of(True, int), is_instance_of(5, int), is_instance_of("5", int)
    (False, True, False)
    """
    return isinstance(value, tp) and (tp is bool or not isinstance(value, bool))
