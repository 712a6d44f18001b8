"""GitHub Actions annotations from a SARIF report (printed by ``formaudit annotate formaudit.sarif``).

GitHub shows at most 10 error and 10 warning annotations per step (50 per job) and drops the rest
silently, so this prints at most ``per_level`` (default 10) per level: the first ``per_level - 1``
findings and, when there are more, a last annotation saying how many were left out and where to find
them (the job summary and the HTML report). Results that are accepted (a waiver, i.e. a SARIF
suppression) or already in the baseline are not annotated: annotations are for what needs doing now.

Each annotation points at the file and line of the SARIF result's first location: for a URL target,
the config line that declares it; for a template in the repository, the template itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

GITHUB_LIMIT_PER_LEVEL = 10
_COMMAND = {"error": "error", "warning": "warning", "note": "notice", "none": "notice"}
_ORDER = ("error", "warning", "notice")


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _location(result: Mapping[str, Any]) -> tuple[str | None, int | None]:
    for location in result.get("locations") or ():
        physical = location.get("physicalLocation") or {}
        uri = (physical.get("artifactLocation") or {}).get("uri")
        line = (physical.get("region") or {}).get("startLine")
        if uri:
            return str(uri), int(line) if isinstance(line, int) else None
    return None, None


def _wanted(result: Mapping[str, Any]) -> bool:
    if result.get("suppressions"):
        return False
    return result.get("baselineState") not in ("unchanged", "absent")


def annotation(result: Mapping[str, Any]) -> tuple[str, str]:
    """(command, the full ``::command props::message`` line) for one SARIF result."""
    command = _COMMAND.get(str(result.get("level", "warning")), "warning")
    uri, line = _location(result)
    props = []
    if uri:
        props.append(f"file={escape_property(uri)}")
    if line:
        props.append(f"line={line}")
    rule = result.get("ruleId")
    if rule:
        props.append(f"title={escape_property('formaudit ' + str(rule))}")
    message = str((result.get("message") or {}).get("text", ""))
    return command, f"::{command} {','.join(props)}::{escape_data(message)}"


def annotations_from_sarif(sarif: Mapping[str, Any], *, per_level: int = GITHUB_LIMIT_PER_LEVEL) -> list[str]:
    grouped: dict[str, list[str]] = {command: [] for command in _ORDER}
    for run in sarif.get("runs") or ():
        for result in run.get("results") or ():
            if _wanted(result):
                command, line = annotation(result)
                grouped[command].append(line)
    out: list[str] = []
    for command in _ORDER:
        lines = grouped[command]
        if len(lines) <= per_level:
            out.extend(lines)
            continue
        out.extend(lines[: per_level - 1])
        left = len(lines) - (per_level - 1)
        out.append(f"::{command} title=formaudit::{left} more findings at this level are not annotated "
                   "(GitHub shows 10 per level): see the job summary and the HTML report")
    return out
