"""Join the JSON results of ``--shard K/N`` runs into the result an unsharded run would have produced.

What the merged result holds, field by field:

* ``targets``: every shard's targets, in the unsharded order. That order is the plan's: config entries
  in file order (a glob's files sorted, a list file's and a sitemap's pages in their order), then
  command-line targets in the order given. The shards' JSON does not record positions, so the caller
  passes the plan's target names (``order``, rebuilt from the config without fetching anything);
  targets it does not name follow in the order of the input files.
* ``generated_at``: the latest of the shards' times: the moment the last part of the audit finished.
  It is the one field documented to differ from an unsharded run (per-target ``provenance.collected_at``
  differs between any two runs, sharded or not).
* ``checks``, ``formaudit_version``, ``schema_version``: must be identical in every shard (the same
  formaudit and the same rule selection); otherwise the merge is refused.
* ``check_failures``: failures not tied to a target (a plugin that failed to load) once, in first-seen
  order, then each target's failures in target order.
* ``fixed_fingerprints`` and ``fixed``: the union (each shard only reports its own targets' fixed
  findings), sorted as the gate sorts them.
* ``waivers_applied``: must be identical (all shards with waivers, or all with ``--no-waivers``), so
  ``formaudit merge`` judges the whole as the shards were judged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from formaudit.errors import ConfigError
from formaudit.files import first_problem, read_text_file
from formaudit.models.checks import CheckFailure
from formaudit.models.result import AuditResult, TargetResult


def load_result(path: Path) -> AuditResult:
    """Read a JSON result written by ``formaudit audit --format json``; errors name the file."""
    text = read_text_file(path, what="result file")
    try:
        return AuditResult.model_validate_json(text)
    except ValidationError as exc:
        hint = "" if _looks_like_json(text) else " (is it the JSON report of `formaudit audit`?)"
        raise ConfigError(f"{path}: not a formaudit JSON result: {first_problem(exc)}{hint}") from exc


def _looks_like_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def merge_results(parts: Sequence[AuditResult], *, order: Sequence[str] = (),
                  sources: Sequence[str] = ()) -> AuditResult:
    """Merge shard results; ``sources`` names each part in error messages (file names)."""
    if not parts:
        raise ConfigError("merge needs at least one JSON result")
    names = list(sources) or [f"result {i + 1}" for i in range(len(parts))]
    first = parts[0]
    for name, part in zip(names[1:], parts[1:], strict=True):
        for field in ("schema_version", "formaudit_version", "checks", "waivers_applied"):
            if getattr(part, field) != getattr(first, field):
                raise ConfigError(
                    f"{name} and {names[0]} differ in {field}: merge only the shards of one run "
                    "(same formaudit, same config, rule selection and --no-waivers)"
                )
    seen: dict[str, str] = {}
    targets: list[TargetResult] = []
    for name, part in zip(names, parts, strict=True):
        for target in part.targets:
            if target.target in seen:
                raise ConfigError(
                    f"target {target.target!r} is in both {seen[target.target]} and {name}: "
                    "the shards overlap (were they run with the same --shard N and config?)"
                )
            seen[target.target] = name
            targets.append(target)
    position = {name: i for i, name in enumerate(order)}
    arrival = {t.target: i for i, t in enumerate(targets)}
    targets.sort(key=lambda t: (position.get(t.target, len(position)), arrival[t.target]))
    rank = {t.target: i for i, t in enumerate(targets)}
    return AuditResult(
        schema_version=first.schema_version,
        formaudit_version=first.formaudit_version,
        generated_at=max(part.generated_at for part in parts),
        targets=tuple(targets),
        checks=first.checks,
        check_failures=_merge_failures(parts, rank),
        fixed_fingerprints=tuple(sorted(fp for part in parts for fp in part.fixed_fingerprints)),
        fixed=tuple(sorted((f for part in parts for f in part.fixed),
                           key=lambda f: (f.target, f.rule_id, f.field_label or "", f.fingerprint))),
        waivers_applied=first.waivers_applied,
    )


def _merge_failures(parts: Sequence[AuditResult], rank: dict[str, int]) -> tuple[CheckFailure, ...]:
    general: list[CheckFailure] = []
    per_target: list[CheckFailure] = []
    for part in parts:
        for failure in part.check_failures:
            if failure.target is None:
                if failure not in general:
                    general.append(failure)
            else:
                per_target.append(failure)
    per_target.sort(key=lambda f: rank.get(f.target or "", len(rank)))
    return tuple(general + per_target)
