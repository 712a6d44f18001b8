"""``form-length``: more questions, required questions or minutes than the audit's budget allows."""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import finding
from formaudit.checks.friction import sources as s
from formaudit.checks.friction.measure import measure_form
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext
from formaudit.models.findings import Finding, Severity

META = CheckMeta(
    id="form-length",
    title="Application form longer than the friction budget",
    severity=Severity.LOW,
    rationale=(
        "The time an application takes is the biggest single driver of drop-off: six in ten job seekers "
        "have quit a form for its length, and completion halves once a form passes 25 to 50 questions. "
        "The people who give up first are those with other options, not the weakest candidates."
    ),
    remediation=(
        "Cut every question that does not decide who gets an interview; move the rest to later stages "
        "(offer, onboarding). Let a CV answer what it already answers."
    ),
    references=(s.APPCAST, s.SHRM_ABANDON, s.HRDIVE),
    tags=("friction",),
)


class FormLength:
    meta = META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        metrics = measure_form(form)
        budget = context.budget
        over: list[str] = []
        ratios: list[float] = []
        for value, limit, what in (
            (metrics.questions, budget.max_questions, "questions"),
            (metrics.required_questions, budget.max_required_questions, "required questions"),
            (metrics.estimated_minutes, budget.max_minutes, "minutes (estimated)"),
        ):
            if limit is not None and value > limit:
                over.append(f"{value:g} {what} (budget {limit:g})")
                ratios.append(value / limit if limit else float("inf"))
        if not over:
            return
        severity = Severity.MEDIUM if max(ratios) >= 2 else Severity.LOW
        title = form.form.title or ""
        yield finding(
            self.meta,
            context,
            form,
            question=f"form length {title}".strip(),
            message=f"The form{f' “{title}”' if title else ''} has " + ", ".join(over) + ".",
            severity=severity,
            categories=(),
        )
