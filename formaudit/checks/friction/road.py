"""``long-road``: more clicks from the job post to the first question than the budget allows."""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import road_finding
from formaudit.checks.friction import sources as s
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm, Evidence, EvidenceSource
from formaudit.models.context import AuditContext
from formaudit.models.findings import Finding, Severity
from formaudit.models.road import Road

META = CheckMeta(
    id="long-road",
    title="Many clicks from the job post to the first question",
    severity=Severity.LOW,
    rationale=(
        "Every click between a job post and the first question loses candidates: a cookie banner, an "
        "Apply button that leads to another Apply button, a choice between autofill and applying by hand, "
        "an interstitial that says what is coming. A mystery shop of Fortune 500 careers sites found that "
        "two thirds need three or more Apply clicks before the form."
    ),
    remediation=(
        "Link the job post's Apply button straight to the form; drop interstitials and choices a candidate "
        "need not make; show the form's first question on the first page. The budget is "
        "`[budget] max_clicks_to_form` (default 2: three clicks are flagged)."
    ),
    references=(s.INFLIGHT, s.SHRM_ABANDON),
    tags=("friction",),
)


class LongRoad:
    meta = META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        return iter(())  # a page-level check: see run_road

    def run_road(self, road: Road, context: AuditContext) -> Iterator[Finding]:
        budget = context.budget.max_clicks_to_form
        if budget is None or road.reached != "form" or road.clicks <= budget:
            return
        path = " → ".join(f"“{step.text}”" for step in road.steps if step.action.value != "reveal")
        yield road_finding(
            self.meta, context, question="clicks to the first question",
            message=(f"Candidates click {road.clicks} times before the first question ({path}); the budget "
                     f"is {budget}."),
            severity=self.meta.severity,
            evidence=tuple(Evidence(source=EvidenceSource.ROAD, text=step.text, rule=f"road.{step.action.value}")
                           for step in road.steps),
        )
