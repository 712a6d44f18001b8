"""Typing the same thing twice: ``cv-reentry`` and ``email-confirmation``."""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import finding, quoted
from formaudit.checks.friction import sources as s
from formaudit.checks.grouping import MIN_CONFIDENCE, matches_for
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext
from formaudit.models.findings import Finding, Severity

CV_REENTRY_META = CheckMeta(
    id="cv-reentry",
    title="CV uploaded, then retyped",
    severity=Severity.LOW,
    rationale=(
        "Asking for a CV and then for the same employment history and education field by field doubles "
        "the work and tells candidates nobody will read the CV. It is the complaint job seekers make "
        'most about application forms ("95% of it is already on my CV"), and the reason many close '
        "the tab."
    ),
    remediation=(
        "Either parse the uploaded CV and ask the candidate to confirm the result, or drop the "
        "structured history and education fields; keep only what the CV cannot say."
    ),
    references=(s.SHRM_TIPS, s.WCAG_REDUNDANT_ENTRY, s.ICO_MINIMISE),
    tags=("friction",),
    categories=(Category.RESUME_UPLOAD, Category.WORK_HISTORY, Category.EDUCATION),
)

EMAIL_CONFIRMATION_META = CheckMeta(
    id="email-confirmation",
    title="Email address typed twice",
    severity=Severity.LOW,
    rationale=(
        'A "confirm your email" box makes every candidate retype what they just typed, and blocks '
        "pasting more often than not. It catches few typos that a clear display of the address would "
        "not, and it is one more small sign that the form was built for the employer's convenience."
    ),
    remediation="Remove the confirmation field; show the address back before submitting, or verify by email.",
    references=(s.WCAG_REDUNDANT_ENTRY, s.SHRM_ABANDON),
    tags=("friction",),
    categories=(Category.EMAIL_CONFIRMATION,),
)


class CvReentry:
    meta = CV_REENTRY_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if not matches_for(form, Category.RESUME_UPLOAD, floor=MIN_CONFIDENCE):
            return
        retyped = [
            classified
            for classified in form.fields
            if classified.field.visible
            and Category.RESUME_UPLOAD not in classified.categories
            and any(
                (m := classified.match_for(c)) is not None and m.confidence >= MIN_CONFIDENCE
                for c in (Category.WORK_HISTORY, Category.EDUCATION)
            )
        ]
        if not retyped:
            return
        required = [c for c in retyped if c.field.required]
        questions = [c.field.question for c in (required or retyped)]
        severity = Severity.LOW if required else Severity.NOTE
        kind = "required" if required else "optional"
        yield finding(
            self.meta,
            context,
            form,
            question="cv upload with work history or education fields",
            message=(
                f"The form takes a CV upload and also has {len(retyped)} work-history or education fields "
                f"to fill in ({len(required)} required), e.g. {quoted(questions, 3)}: {kind} retyping."
            ),
            severity=severity,
            field=(required or retyped)[0].field,
            field_label=(required or retyped)[0].field.question,
            evidence=tuple(e for c in retyped[:5] for m in c.matches for e in m.evidence),
        )


class EmailConfirmation:
    meta = EMAIL_CONFIRMATION_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        for classified, match in matches_for(form, Category.EMAIL_CONFIRMATION, floor=MIN_CONFIDENCE):
            field = classified.field
            yield finding(
                self.meta,
                context,
                form,
                question=field.question,
                message=f"{quoted([field.question])} makes the candidate type their email address twice.",
                severity=self.meta.severity,
                confidence=match.confidence,
                field=field,
                evidence=match.evidence,
            )
