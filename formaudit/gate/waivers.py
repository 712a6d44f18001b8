"""Accountable waivers: a reason, an owner, an expiry date and a scope, declared in the config.

A waived finding stays in every report, marked as accepted (``Finding.waiver`` holds the reason); it
just does not fail the run. A waiver is valid up to and including its ``expires`` date. Once expired
it accepts nothing: its findings count again and the run fails with a message naming the waiver and its
owner, so somebody decides again instead of the exception living on by default. ``--no-waivers`` shows
and counts everything, for an audit view.

Scope: ``target`` (a target name; ``*`` and ``?`` wildcards allowed), ``rule`` (a rule id; wildcards
allowed) and ``category`` (a data category id). Any combination, at least one; a finding must match
every key given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from fnmatch import fnmatchcase

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from formaudit.models.categories import Category
from formaudit.models.findings import Finding
from formaudit.models.result import AuditResult


class Waiver(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: str = Field(description="Why the finding is accepted; shown in every report.")
    owner: str = Field(description="Who answers for it: a person, a team or an address.")
    expires: date = Field(description="Last day the waiver is valid (YYYY-MM-DD).")
    target: str | None = None
    rule: str | None = None
    category: Category | None = None

    @field_validator("reason", "owner")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    @model_validator(mode="after")
    def _scoped(self) -> Waiver:
        if self.target is None and self.rule is None and self.category is None:
            raise ValueError("a waiver needs a scope: at least one of target, rule, category")
        return self

    def covers(self, finding: Finding) -> bool:
        if self.target is not None and not fnmatchcase(finding.target, self.target):
            return False
        if self.rule is not None and not fnmatchcase(finding.rule_id, self.rule):
            return False
        return self.category is None or self.category in finding.categories

    def could_apply_to(self, targets: Iterable[str]) -> bool:
        return self.target is None or any(fnmatchcase(t, self.target) for t in targets)

    def expired(self, today: date) -> bool:
        return today > self.expires

    def describe(self) -> str:
        scope = ", ".join(
            f"{key} {value!r}"
            for key, value in (("rule", self.rule), ("target", self.target),
                               ("category", self.category and str(self.category)))
            if value is not None
        )
        return f"waiver for {scope} (owner {self.owner})"


class WaiverOutcome(BaseModel):
    """The result with accepted findings marked, and the waivers that need a human's attention."""

    model_config = ConfigDict(frozen=True)

    result: AuditResult
    expired: tuple[int, ...] = Field(default=(), description="Indexes of waivers past their expiry date.")
    unused: tuple[int, ...] = Field(default=(), description="Indexes of valid waivers that matched nothing.")


def apply_waivers(result: AuditResult, waivers: Sequence[Waiver], *, today: date) -> WaiverOutcome:
    """Mark every finding a valid waiver covers (the first matching waiver's reason wins)."""
    valid = [(i, w) for i, w in enumerate(waivers) if not w.expired(today)]
    used: set[int] = set()
    targets = []
    for target in result.targets:
        findings = []
        for finding in target.findings:
            match = next(((i, w) for i, w in valid if w.covers(finding)), None)
            if match is not None:
                used.add(match[0])
                finding = finding.model_copy(update={"waiver": match[1].reason})
            findings.append(finding)
        targets.append(target.model_copy(update={"findings": tuple(findings)}))
    return WaiverOutcome(
        result=result.model_copy(update={"targets": tuple(targets)}),
        expired=tuple(i for i, w in enumerate(waivers) if w.expired(today)),
        unused=tuple(i for i, _ in valid if i not in used),
    )


def unused_in(result: AuditResult, waivers: Sequence[Waiver], *, today: date) -> tuple[int, ...]:
    """Valid waivers that accept no finding of an already-gated result (e.g. merged shards)."""
    accepted = [f for f in result.findings if f.waiver is not None]
    return tuple(i for i, w in enumerate(waivers)
                 if not w.expired(today) and not any(w.covers(f) and f.waiver == w.reason for f in accepted))


def waiver_name(index: int, lines: Sequence[int] = ()) -> str:
    """``waivers[2] (line 31)``: how messages point at a waiver in the config file."""
    line = f" (line {lines[index]})" if index < len(lines) else ""
    return f"waivers[{index}]{line}"


def expiry_message(index: int, waiver: Waiver, *, source: str, lines: Sequence[int] = ()) -> str:
    return (
        f"{source}: {waiver_name(index, lines)} expired on {waiver.expires.isoformat()}: "
        f"{waiver.describe()}; its findings count again. Renew it with a new date or fix the form."
    )
