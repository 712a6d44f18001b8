"""Third-party checks from the entry-point group ``formaudit.checks``.

An entry point may name a ``Check`` instance, a class whose no-argument instances are checks, or a
callable returning an iterable of checks. Each problem (the import fails, the object is none of
those, a check's ``meta`` is not a ``CheckMeta``) becomes a ``CheckFailure`` naming the entry point
and its distribution; the other plugins still load. Only :func:`load_plugin_checks` imports anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points

from formaudit.models.checks import Check, CheckFailure, CheckMeta

GROUP = "formaudit.checks"


def _where(entry: EntryPoint) -> str:
    dist = getattr(entry, "dist", None)
    origin = f" from {dist.name} {dist.version}" if dist is not None else ""
    return f"entry point {entry.name!r} ({entry.value}){origin}"


def _is_check(obj: object) -> bool:
    return (
        not isinstance(obj, type)
        and isinstance(obj, Check)
        and isinstance(getattr(obj, "meta", None), CheckMeta)
    )


def _checks_from(obj: object) -> list[object]:
    """Turn what an entry point names into candidate check objects (may raise)."""
    if isinstance(obj, type):
        return [obj()]
    if _is_check(obj):
        return [obj]
    if callable(obj):
        produced = obj()
        if _is_check(produced):
            return [produced]
        if isinstance(produced, Iterable) and not isinstance(produced, str | bytes):
            return list(produced)
        raise TypeError(f"the callable returned {type(produced).__name__}, not an iterable of checks")
    raise TypeError(f"{type(obj).__name__} is neither a check, a check class nor a callable")


def load_entry_point(entry: EntryPoint) -> tuple[list[Check], list[CheckFailure]]:
    """The checks one entry point provides, and what went wrong with it."""
    plugin_id = f"plugin:{entry.name}"
    try:
        candidates = _checks_from(entry.load())
    except (Exception, SystemExit) as exc:  # a plugin must never take the audit down
        message = f"{_where(entry)} failed to load: {type(exc).__name__}: {exc}"
        return [], [CheckFailure(check_id=plugin_id, message=message)]
    checks: list[Check] = []
    failures: list[CheckFailure] = []
    for candidate in candidates:
        if _is_check(candidate):
            checks.append(candidate)  # type: ignore[arg-type]  # narrowed by _is_check
        else:
            failures.append(
                CheckFailure(
                    check_id=plugin_id,
                    message=f"{_where(entry)} provided {type(candidate).__name__}, which is not a check "
                    "(it needs a CheckMeta `meta` and a `run(form, context)` method)",
                )
            )
    return checks, failures


EntryPointSource = Callable[[], Iterable[EntryPoint]]


def _installed() -> Iterable[EntryPoint]:
    return entry_points(group=GROUP)


def load_plugin_checks(source: EntryPointSource = _installed) -> tuple[list[Check], list[CheckFailure]]:
    """Every installed plugin's checks, in entry-point name order, with every failure."""
    checks: list[Check] = []
    failures: list[CheckFailure] = []
    for entry in sorted(source(), key=lambda e: (e.name, e.value)):
        found, failed = load_entry_point(entry)
        checks.extend(found)
        failures.extend(failed)
    return checks, failures
