"""pydantic's validation errors, rewritten as one readable message a person can act on.

Each problem names the key path as the user wrote it (``targets[2].stage``, ``levels.date-of-birth``),
the line for entries of ``targets`` and ``waivers``, what was expected and, for short non-secret values,
what was given. Values under ``auth`` are never repeated: they may be tokens.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

_IDENTIFIER = re.compile(r"^[A-Za-z0-9_-]+$")
_SECRET_ROOTS = frozenset({"auth"})
_NO_ECHO = frozenset({"missing", "extra_forbidden", "value_error"})  # value errors quote the value


def format_key_path(path: Sequence[str | int]) -> str:
    """A key path as the user would write it: ``targets[2].stage``, ``levels."odd key"``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            key = part if _IDENTIFIER.match(part) else f'"{part}"'
            text += f".{key}" if text else key
    return text


def describe_validation_error(exc: ValidationError, data: Mapping[str, Any], model: type[BaseModel], *,
                              source: str, prefix: str = "",
                              lines: Mapping[str, Sequence[int]] | None = None) -> str:
    """One message for every problem in ``exc``. ``lines`` maps an array name to its entries' lines."""
    grouped: dict[tuple[str | int, ...], list[ErrorDetails]] = {}
    for error in exc.errors():
        path = _user_path(error, data)
        grouped.setdefault(path, []).append(error)
    problems = []
    for path, errors in grouped.items():
        where = (prefix + format_key_path(path)) if path else (prefix.rstrip(".") or "the top level")
        line = _line_of(path, lines or {})
        if line is not None:
            where += f" (line {line})"
        problems.append(f"{where}: {_explain(path, errors, model)}")
    if len(problems) == 1:
        return f"{source}: {problems[0]}"
    return f"{source}: {len(problems)} problems:\n" + "\n".join(f"  {p}" for p in problems)


def _user_path(error: ErrorDetails, data: Mapping[str, Any]) -> tuple[str | int, ...]:
    """The error's location with pydantic's union-member names taken out, following the input."""
    path: list[str | int] = []
    node: Any = data
    loc = error["loc"]
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        in_table = isinstance(node, Mapping) and isinstance(part, str) and part in node
        in_array = isinstance(node, list | tuple) and isinstance(part, int) and 0 <= part < len(node)
        if in_table or in_array:
            path.append(part)
            node = node[part]
        elif last and error["type"] in ("missing", "extra_forbidden"):
            path.append(part)
        # otherwise: a union member's name (``str``, ``EnvRef``, ``click``), not a key the user wrote
    return _secret_value_path(tuple(path))


def _secret_value_path(path: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Problems inside a secret value (``auth.headers.X.env``) are reported on the value itself."""
    if path[:2] == ("auth", "headers") and len(path) > 3:
        return path[:3]
    if path[:2] == ("auth", "cookies") and len(path) > 4 and path[3] == "value":
        return path[:4]
    return path


def _line_of(path: Sequence[str | int], lines: Mapping[str, Sequence[int]]) -> int | None:
    if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
        entries = lines.get(path[0], ())
        if path[1] < len(entries):
            return entries[path[1]]
    return None


def _explain(path: Sequence[str | int], errors: list[ErrorDetails], model: type[BaseModel]) -> str:
    secret = bool(path) and path[0] in _SECRET_ROOTS
    specific = [e for e in errors if e["type"] == "value_error"]
    if len(errors) > 1 and len(specific) == 1:
        errors = specific  # a validator's own words beat "expected a string or a table"
    if len(errors) > 1:
        expectations = list(dict.fromkeys(_expected(e, path, model) for e in errors))
        if secret and {"expected a table", "expected a string"} & set(expectations):
            return 'expected a string or a table like { env = "VARIABLE_NAME" }'
        return "expected " + " or ".join(e.removeprefix("expected ") for e in expectations)
    error = errors[0]
    text = _expected(error, path, model)
    echo = error["type"] not in _NO_ECHO and _short_scalar(error.get("input"))
    if echo and not secret:
        text += f"; got {error['input']!r}"
    return text


def _short_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | bool) and len(repr(value)) <= 80


def _expected(error: ErrorDetails, path: Sequence[str | int], model: type[BaseModel]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        return _unknown_key(path, model)
    if kind in ("literal_error", "enum"):
        return f"expected one of {ctx.get('expected', '')}"
    if kind == "union_tag_invalid":
        key = str(ctx.get("discriminator", "kind")).strip("'")
        return f"unknown {key} {ctx.get('tag')!r}; expected one of {ctx.get('expected_tags', '')}"
    if kind == "union_tag_not_found":
        key = str(ctx.get("discriminator", "kind")).strip("'")
        return f"missing {key!r} (one of click, fill, select, wait_for)"
    simple = {
        "int_parsing": "expected a whole number", "int_type": "expected a whole number",
        "int_from_float": "expected a whole number", "float_parsing": "expected a number",
        "float_type": "expected a number", "bool_type": "expected true or false",
        "bool_parsing": "expected true or false", "string_type": "expected a string",
        "tuple_type": "expected an array", "list_type": "expected an array",
        "dict_type": "expected a table", "model_type": "expected a table",
        "model_attributes_type": "expected a table", "date_type": "expected a date like 2026-12-31",
        "date_parsing": "expected a date like 2026-12-31", "date_from_datetime_parsing":
        "expected a date like 2026-12-31", "date_from_datetime_inexact": "expected a date without a time",
        "string_too_short": "must not be empty", "too_short": "must not be empty",
    }
    if kind in simple:
        return simple[kind]
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        symbol = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<=", "less_than": "<"}
        bound = next(iter(ctx.values()), "")
        return f"expected a number {symbol[kind]} {bound}"
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


def _unknown_key(path: Sequence[str | int], model: type[BaseModel]) -> str:
    key = str(path[-1]) if path else ""
    known = _keys_at(model, path[:-1])
    if not known:
        return "unknown key"
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key ({hint}expected one of: {', '.join(sorted(known))})"


def _keys_at(model: type[BaseModel], path: Sequence[str | int]) -> list[str]:
    """The keys a table accepts at ``path`` of ``model``, or [] when it is not a fixed table."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            continue  # an array index: the entry's model was found with the array's field
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = next((f for name, f in current.model_fields.items() if (f.alias or name) == part), None)
        if field is None:
            return []
        current = _model_in(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _model_in(annotation: Any) -> Any:
    """The pydantic model inside ``Model``, ``tuple[Model, ...]``, ``Model | None`` (but not dicts)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is dict:
        return None
    if origin in (tuple, list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
