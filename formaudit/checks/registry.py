"""Loading, selecting and running checks: the API the pipeline and the CLI call.

    loaded = load_checks()                                  # built-ins + plugins, failures recorded
    chosen = select_checks(loaded.checks, select=["pre-offer"], ignore=["photo"])
    findings, failures = run_checks(chosen, classified_form, context)

``select`` and ``ignore`` take check ids or tags; an unknown one is a ``ConfigError`` that names it
(with the closest known id or tag). A check whose id is already taken (a plugin shadowing a built-in,
or two plugins) is dropped with a ``CheckFailure``; the first one loaded wins, built-ins first.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from formaudit.checks.builtin import builtin_checks
from formaudit.checks.plugins import EntryPointSource, _installed, load_plugin_checks
from formaudit.errors import ConfigError
from formaudit.models.checks import Check, CheckFailure, RoadCheck
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext
from formaudit.models.findings import Finding
from formaudit.models.road import Road


@dataclass(frozen=True)
class LoadedChecks:
    checks: tuple[Check, ...]
    failures: tuple[CheckFailure, ...] = ()

    def by_id(self) -> dict[str, Check]:
        return {check.meta.id: check for check in self.checks}


def _origin(check: Check) -> str:
    return f"{type(check).__module__}.{type(check).__qualname__}"


def _without_duplicates(checks: Iterable[Check]) -> tuple[list[Check], list[CheckFailure]]:
    kept: dict[str, Check] = {}
    failures: list[CheckFailure] = []
    for check in checks:
        check_id = check.meta.id
        if check_id in kept:
            failures.append(
                CheckFailure(
                    check_id=check_id,
                    message=f"check id {check_id!r} from {_origin(check)} is already taken by "
                    f"{_origin(kept[check_id])}; the later one was not loaded",
                )
            )
        else:
            kept[check_id] = check
    return list(kept.values()), failures


def load_checks(*, plugins: bool = True, source: EntryPointSource = _installed) -> LoadedChecks:
    """Built-in checks, then (with ``plugins``) those of the ``formaudit.checks`` entry points."""
    candidates: list[Check] = list(builtin_checks())
    failures: list[CheckFailure] = []
    if plugins:
        found, failed = load_plugin_checks(source)
        candidates.extend(found)
        failures.extend(failed)
    checks, duplicates = _without_duplicates(candidates)
    return LoadedChecks(tuple(checks), tuple(failures + duplicates))


def _names(check: Check) -> set[str]:
    return {check.meta.id, *check.meta.tags}


def suggest(name: str, known: Iterable[str]) -> str:
    """' (did you mean "x"?)' or ''."""
    close = difflib.get_close_matches(name, sorted(set(known)), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def select_checks(
    checks: Sequence[Check], *, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[Check]:
    """Checks named by ``select`` (all when empty), minus those named by ``ignore``; ids or tags."""
    known = set().union(*(_names(c) for c in checks)) if checks else set()
    unknown = [name for name in (*select, *ignore) if name not in known]
    if unknown:
        details = ", ".join(f'"{name}"{suggest(name, known)}' for name in dict.fromkeys(unknown))
        raise ConfigError(f"unknown check id or tag: {details}; `formaudit rules` lists them")
    chosen = [c for c in checks if not select or _names(c) & set(select)]
    return [c for c in chosen if not _names(c) & set(ignore)]


def run_checks(
    checks: Sequence[Check], form: ClassifiedForm, context: AuditContext
) -> tuple[list[Finding], list[CheckFailure]]:
    """Every check over one form. A check that raises (or yields something that is not a Finding)
    is recorded as a ``CheckFailure`` and its partial output dropped; the others go on."""
    return _run(checks, context, lambda check: check.run(form, context))


def run_road_checks(
    checks: Sequence[Check], road: Road, context: AuditContext
) -> tuple[list[Finding], list[CheckFailure]]:
    """The road checks (``RoadCheck``) over the road to one page's form, once per page."""
    road_checks = [check for check in checks if isinstance(check, RoadCheck)]
    return _run(road_checks, context, lambda check: check.run_road(road, context))  # type: ignore[attr-defined]


def _run(checks: Sequence[Check], context: AuditContext,
         call: Callable[[Check], Iterable[Finding]]) -> tuple[list[Finding], list[CheckFailure]]:
    findings: list[Finding] = []
    failures: list[CheckFailure] = []
    for check in checks:
        check_id = "unknown"
        try:
            check_id = check.meta.id
            produced = list(call(check))
            wrong = next((item for item in produced if not isinstance(item, Finding)), None)
            if wrong is not None:
                raise TypeError(f"run() yielded {type(wrong).__name__}, not a Finding")
        except Exception as exc:  # one broken check must not cost the others' findings
            failures.append(
                CheckFailure(check_id=check_id, target=context.target, message=f"{type(exc).__name__}: {exc}")
            )
            continue
        findings.extend(produced)
    return findings, failures
