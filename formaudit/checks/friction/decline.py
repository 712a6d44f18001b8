"""``no-decline-option``: an optional sensitive choice question with no "prefer not to say".

Applies to the categories that equal-opportunity monitoring asks about (see
:mod:`formaudit.checks.voluntary`), when the question is a choice (select, radios, checkboxes,
combobox, listbox), is not required, and neither its options nor a sibling checkbox let the
candidate decline. The category check (``health``, ``sex-gender``...) judges whether the question
should be asked at all; this one says how to make an optional question truly optional. Before
onboarding only.
"""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import finding, quoted
from formaudit.checks.grouping import MIN_CONFIDENCE
from formaudit.checks.voluntary import CHOICE_KINDS, SELF_IDENTIFICATION_CATEGORIES, decline_option
from formaudit.models.categories import CATEGORY_TITLES
from formaudit.models.checks import CheckMeta, Reference
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext, Stage
from formaudit.models.findings import Finding, Severity

META = CheckMeta(
    id="no-decline-option",
    title='Sensitive question without "prefer not to say"',
    severity=Severity.LOW,
    rationale=(
        "An optional question about sex, ethnicity, disability, sexual orientation, religion, age or "
        "military service that lists only real answers pushes candidates to disclose: few know they may "
        "skip it, and a radio button, once clicked, cannot be unclicked. Candidates who do not want to "
        "answer feel cornered."
    ),
    remediation='Add an explicit "Prefer not to say" / "I don\'t wish to answer" option to the question.',
    references=(
        Reference(
            title="Acas: follow discrimination law when hiring (monitoring kept separate)",
            url="https://acas.org.uk/hiring-someone/follow-discrimination-law",
        ),
        Reference(
            title="OFCCP: voluntary self-identification invitations",
            url="https://www.dol.gov/agencies/ofccp/manual/fccm/2h-section-503-aap-and-additional-"
            "requirements/2h02-invitation-self",
        ),
    ),
    tags=("friction", "self-identification"),
    categories=tuple(sorted(SELF_IDENTIFICATION_CATEGORIES)),
)


class NoDeclineOption:
    meta = META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if context.stage.at_or_after(Stage.ONBOARDING):
            return
        for classified in form.fields:
            field = classified.field
            if not field.visible or field.required or field.kind not in CHOICE_KINDS:
                continue
            sensitive = [
                m
                for m in classified.matches
                if m.category in SELF_IDENTIFICATION_CATEGORIES and m.confidence >= MIN_CONFIDENCE
            ]
            if not sensitive or decline_option(classified, form) is not None:
                continue
            categories = tuple(m.category for m in sensitive)
            yield finding(
                self.meta,
                context,
                form,
                question=field.question,
                message=(
                    f"{quoted([field.question])} asks for {CATEGORY_TITLES[categories[0]]} as an optional "
                    "choice but offers no way to decline."
                ),
                severity=self.meta.severity,
                confidence=max(m.confidence for m in sensitive),
                field=field,
                categories=categories,
                evidence=tuple(e for m in sensitive for e in m.evidence),
            )
