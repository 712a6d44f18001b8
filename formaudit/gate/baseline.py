"""Baselines: accept today's findings, fail only on new ones.

The file is keyed by each finding's meaning-based fingerprint (rule, target, categories and the
question's normalised wording; see ``formaudit.models.findings.make_fingerprint``) with a count, plus the rule
id, target and field label for the humans reviewing it. It holds no timestamps, no versions of the tool
and no positions, and it is written sorted, so rerunning on an unchanged site rewrites it byte for byte
and a redesign that keeps the same questions changes nothing.

Counting, not set membership: a baseline entry with count 1 accepts one occurrence, so a second
identical question added later is new (the bug of bandit #1467 and pa11y-ci #352).

Waived findings are left out of a new baseline: they are already accepted by an accountable waiver, and
a baseline entry would otherwise outlive the waiver's expiry date.

Only targets audited in this run are compared: entries of targets that failed to load, or that are not
in this run (another shard, a narrower command line), are neither new nor fixed.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from formaudit.errors import ConfigError
from formaudit.files import first_problem, read_json_file
from formaudit.models.findings import Finding
from formaudit.models.result import AuditResult, FixedFinding

# 2 (formaudit 0.2): fingerprints keep the letters of every script. Format 1 (formaudit 0.1) folded
# every non-ASCII letter away, so all Cyrillic or CJK questions of a rule and target shared one
# fingerprint; its entries cannot be matched to today's findings, and the file must be rewritten.
BASELINE_VERSION = 2
_FORMAT_1_ADVICE = (
    "it was written by formaudit 0.1 (baseline format 1), whose fingerprints dropped every non-Latin letter, "
    "so its entries cannot be matched to today's findings. Rewrite it with `formaudit baseline --output {path}` "
    "and review what the new file accepts before committing it"
)


class BaselineEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    count: int = Field(ge=1)
    rule_id: str
    target: str
    field_label: str | None = None


class Baseline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = BASELINE_VERSION
    findings: dict[str, BaselineEntry] = Field(default_factory=dict, description="Keyed by fingerprint.")

    def targets(self) -> set[str]:
        return {entry.target for entry in self.findings.values()}


class BaselineOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    result: AuditResult
    fixed: tuple[BaselineEntry, ...] = Field(default=(), description="One entry per occurrence gone.")
    other_targets: int = Field(default=0, description="Entries of targets this run did not audit.")


def build_baseline(result: AuditResult, *, keep_from: Baseline | None = None,
                   also_keep: Callable[[str], bool] | None = None) -> Baseline:
    """The baseline of a result: every unwaived finding of every audited target, counted.

    ``keep_from`` (usually the baseline being replaced) lends its entries for targets that failed to
    load this time, so one flaky page does not wipe its accepted findings, and for targets for which
    ``also_keep(target)`` is true (those a narrowed run, one shard or a few targets, did not audit).
    """
    counts: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for finding in result.findings:
        if finding.waiver is None:
            counts[finding.fingerprint] += 1
            first.setdefault(finding.fingerprint, finding)
    entries = {
        fp: BaselineEntry(count=n, rule_id=first[fp].rule_id, target=first[fp].target,
                          field_label=first[fp].field_label)
        for fp, n in counts.items()
    }
    if keep_from is not None:
        failed = {t.target for t in result.failed_targets}
        for fp, entry in keep_from.findings.items():
            kept = entry.target in failed or (also_keep is not None and also_keep(entry.target))
            if kept and fp not in entries:
                entries[fp] = entry
    return Baseline(findings=dict(sorted(entries.items())))


def dump_baseline(baseline: Baseline) -> str:
    data = baseline.model_dump(mode="json")
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_baseline(baseline: Baseline, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_baseline(baseline), encoding="utf-8")
    return path


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; a missing or unreadable file is a configuration error (exit 2), never empty."""
    raw = read_json_file(path, what="baseline file",
                         missing_hint=f" (create one with `formaudit baseline --output {path}`)")
    version = raw.get("version") if isinstance(raw, dict) else None
    if version == 1:
        raise ConfigError(f"{path}: " + _FORMAT_1_ADVICE.format(path=path))
    if version != BASELINE_VERSION:
        raise ConfigError(f"{path}: baseline version {version!r}, this formaudit reads {BASELINE_VERSION}")
    try:
        return Baseline.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: invalid baseline at {first_problem(exc)}") from exc


def apply_baseline(result: AuditResult, baseline: Baseline) -> BaselineOutcome:
    """Mark each finding new or unchanged and list the baseline occurrences that are gone (fixed).

    Within one fingerprint, the first ``count`` occurrences (in report order) are unchanged and the
    rest are new; they are indistinguishable by meaning, so which ones are "new" does not matter.
    """
    audited = {t.target for t in result.targets if t.error is None}
    remaining = {fp: entry.count for fp, entry in baseline.findings.items() if entry.target in audited}
    seen: defaultdict[str, int] = defaultdict(int)
    targets = []
    for target in result.targets:
        findings = []
        for finding in target.findings:
            seen[finding.fingerprint] += 1
            accepted = remaining.get(finding.fingerprint, 0)
            state = "unchanged" if seen[finding.fingerprint] <= accepted else "new"
            findings.append(finding.model_copy(update={"baseline_state": state}))
        targets.append(target.model_copy(update={"findings": tuple(findings)}))
    fixed: list[tuple[str, BaselineEntry]] = []
    for fp, count in remaining.items():
        gone = count - seen.get(fp, 0)
        fixed.extend((fp, baseline.findings[fp]) for _ in range(max(gone, 0)))
    fixed.sort(key=lambda pair: pair[0])
    described = [
        FixedFinding(fingerprint=fp, rule_id=entry.rule_id, target=entry.target, field_label=entry.field_label,
                     count=sum(1 for other, _ in fixed if other == fp))
        for fp, entry in dict(fixed).items()
    ]
    marked = result.model_copy(update={
        "targets": tuple(targets),
        "fixed_fingerprints": tuple(fp for fp, _ in fixed),
        "fixed": tuple(sorted(described, key=lambda f: (f.target, f.rule_id, f.field_label or "", f.fingerprint))),
    })
    other = sum(1 for entry in baseline.findings.values() if entry.target not in audited)
    return BaselineOutcome(result=marked, fixed=tuple(entry for _, entry in fixed), other_targets=other)
