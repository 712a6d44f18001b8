"""Per-rule levels, eslint style, and how they decide what a finding does to the run.

* ``off``   the rule's findings are dropped (and the rule is not run when it can be left out);
* ``warn``  its findings are shown in every report but never fail the run;
* ``error`` its findings fail the run whatever their severity;
* no level: a finding fails the run when its severity reaches ``fail_on``.

A key is a rule id or a tag. Precedence, most specific first; the first step that names the rule
decides:

1. the target entry's ``levels``, by rule id;
2. the target entry's ``levels``, by tag;
3. the top-level ``levels``, by rule id;
4. the top-level ``levels``, by tag.

When one step names several tags of the same rule, the strictest level wins (error > warn > off), so a
broad ``off`` on one tag never silently switches off a rule that another tag asks to enforce.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from formaudit.errors import ConfigError
from formaudit.models.checks import CheckMeta
from formaudit.models.findings import Finding
from formaudit.models.result import AuditResult

Level = Literal["off", "warn", "error"]
_STRICTNESS: dict[str, int] = {"off": 0, "warn": 1, "error": 2}


class LevelTable(BaseModel):
    """The levels of one run: the top-level table and each target's overrides (keyed by target name)."""

    model_config = ConfigDict(frozen=True)

    default: dict[str, Level] = Field(default_factory=dict)
    per_target: dict[str, dict[str, Level]] = Field(default_factory=dict)

    def level_for(self, rule_id: str, tags: Iterable[str], target: str) -> Level | None:
        tags = tuple(tags)
        for table in (self.per_target.get(target, {}), self.default):
            if rule_id in table:
                return table[rule_id]
            named = [table[tag] for tag in tags if tag in table]
            if named:
                return max(named, key=_STRICTNESS.__getitem__)
        return None

    def finding_level(self, finding: Finding, tags: Mapping[str, tuple[str, ...]]) -> Level | None:
        return self.level_for(finding.rule_id, tags.get(finding.rule_id, ()), finding.target)

    def rules_off_everywhere(self, checks: Iterable[CheckMeta], targets: Sequence[str]) -> tuple[str, ...]:
        """Rule ids that are ``off`` for every target, so the run can skip them altogether."""
        return tuple(
            meta.id
            for meta in checks
            if targets and all(self.level_for(meta.id, meta.tags, t) == "off" for t in targets)
        )


def tags_by_rule(checks: Iterable[CheckMeta]) -> dict[str, tuple[str, ...]]:
    return {meta.id: meta.tags for meta in checks}


def apply_levels(result: AuditResult, table: LevelTable) -> AuditResult:
    """Drop the findings of rules that are ``off`` for their target; everything else is unchanged."""
    if not table.default and not table.per_target:
        return result
    tags = tags_by_rule(result.checks)
    targets = tuple(
        t.model_copy(update={"findings": tuple(
            f for f in t.findings if table.finding_level(f, tags) != "off")})
        for t in result.targets
    )
    return result.model_copy(update={"targets": targets})


def check_level_keys(tables: Sequence[tuple[str, Mapping[str, Level]]], checks: Iterable[CheckMeta],
                     *, source: str) -> None:
    """Raise one ConfigError naming every key that is neither a rule id nor a tag, with a suggestion.

    ``tables`` pairs a key path such as ``levels`` or ``targets[2].levels`` with its table; ``source``
    names the file the tables came from.
    """
    metas = list(checks)
    ids = sorted({meta.id for meta in metas})
    tags = sorted({tag for meta in metas for tag in meta.tags})
    known = ids + [t for t in tags if t not in ids]
    problems = []
    for path, table in tables:
        for key in table:
            if key in known:
                continue
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(f"  {path}.{key}: no rule id or tag is called {key!r}{hint}")
    if problems:
        raise ConfigError(
            f"{source}: unknown rule ids or tags in levels:\n" + "\n".join(problems)
            + "\n  `formaudit rules` lists every rule id and its tags."
        )
