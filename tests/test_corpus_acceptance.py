"""Issue 3's acceptance on real forms nobody on this project wrote (../shared/corpus/real/).

The corpus files are server templates (Blade, JSP) and a saved Lever page; formaudit reads them in
static mode, as it reads forms kept as templates in a repository.
"""

from __future__ import annotations

import pytest

from formaudit.models.context import Stage
from formaudit.models.findings import Severity
from formaudit.models.result import TargetResult
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from tests.support.shared import shared_file

STATIC = RunOptions(browser=False, plugins=False)


def audit(name: str, stage: Stage = Stage.APPLICATION, jurisdictions: tuple[str, ...] = ()) -> TargetResult:
    path = shared_file("corpus", "real", name)
    result = run_audit([TargetSpec(target=str(path), stage=stage, jurisdictions=jurisdictions)], STATIC)
    (target,) = result.targets
    assert target.error is None, target.error
    return target


def rules_raised(target: TargetResult, above: Severity = Severity.NOTE) -> set[str]:
    return {f.rule_id for f in target.findings if f.severity.rank > above.rank}


def test_lever_page_raises_nothing_above_a_note() -> None:
    target = audit("lever__spinai-java-developer-apply.excerpt.html")
    assert sum(form.metrics.questions for form in target.forms) >= 10
    loud = [(f.rule_id, f.severity, f.field_label) for f in target.findings if f.severity.rank > Severity.NOTE.rank]
    assert loud == []


@pytest.mark.parametrize("jurisdictions", [(), ("US",), ("US-CA",)])
def test_clicktabs_standard_application_is_flagged(jurisdictions: tuple[str, ...]) -> None:
    target = audit("employer__clicktabs-standard-application-for-employment.blade.php",
                   jurisdictions=jurisdictions)
    assert {"salary-history", "criminal-history", "references"} <= rules_raised(target)


@pytest.mark.parametrize("name", [
    "screening__knowyourcandidate-personal-details.jsp",
    "screening__knowyourcandidate-consent-declaration.jsp",
])
def test_knowyourcandidate_screening_is_flagged_at_application_and_passes_at_onboarding(name: str) -> None:
    at_application = audit(name, Stage.APPLICATION, ("GB",))
    assert rules_raised(at_application), "screening form should be flagged at the application stage"
    at_onboarding = audit(name, Stage.ONBOARDING, ("GB",))
    assert rules_raised(at_onboarding) == set(), [
        (f.rule_id, f.severity, f.field_label) for f in at_onboarding.findings
    ]
