"""A Greenhouse-shaped board served on 127.0.0.1, audited through ``greenhouse:acme``: every job becomes a
target with findings, EEO handling and data-protection facts; each HTTP failure gives one reason on its
own target while the others are audited."""

from __future__ import annotations

import pytest

from formaudit.ats import AtsOptions
from formaudit.ats.client import ClientOptions
from formaudit.models.ats import JobFilter, Vendor
from formaudit.models.result import AuditResult, TargetResult
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from tests.support.ats_api import RecordedApi, Reply, file_reply, first_then, recorded_api, status_reply
from tests.support.paths import FIXTURES

GREENHOUSE = FIXTURES / "ats" / "greenhouse"
BOARD = "/v1/boards/acme/jobs?content=true"
JOBS = ("4012345", "4012346", "4012347")


def _routes() -> dict[str, object]:
    routes: dict[str, object] = {BOARD: file_reply(GREENHOUSE / "jobs.json")}
    for job in JOBS:
        routes[f"/v1/boards/acme/jobs/{job}?questions=true"] = file_reply(GREENHOUSE / f"job-{job}.json")
    return routes


def _audit(api: RecordedApi, *targets: str, job_filter: JobFilter | None = None) -> AuditResult:
    options = RunOptions(browser=False, plugins=False, ats=AtsOptions(
        api={Vendor.GREENHOUSE: api.base}, client=ClientOptions(wait_initial_s=0, wait_max_s=0)))
    return run_audit([TargetSpec(target=t, ats_filter=job_filter) for t in targets], options)


def _by_name(result: AuditResult) -> dict[str, TargetResult]:
    return {t.target: t for t in result.targets}


def _rules(target: TargetResult) -> set[str]:
    return {f.rule_id for f in target.findings}


def test_a_board_is_audited_job_by_job_through_the_api() -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        result = _audit(api, "greenhouse:acme")
    targets = _by_name(result)
    assert list(targets) == [f"greenhouse:acme/{job}" for job in JOBS]
    warehouse, engineer, payroll = targets.values()
    assert {"identity-document", "date-of-birth"} <= _rules(warehouse)
    assert "salary-history" in _rules(engineer) and "salary-history" in _rules(payroll)  # English and German
    # Each result points at the job and says where its questions came from.
    assert warehouse.location == "https://job-boards.greenhouse.io/acme/jobs/4012345"
    assert warehouse.ats is not None and warehouse.ats.vendor is Vendor.GREENHOUSE and warehouse.ats.job_id == "4012345"
    (gdpr,) = warehouse.ats.data_compliance
    assert gdpr.requires_consent and gdpr.retention_days == 730
    # The résumé's "or paste it" box and the hidden latitude are not questions.
    labels = [f.field.label for f in warehouse.forms[0].classified.fields]
    assert labels.count("Resume/CV") == 1 and "Latitude" not in labels
    assert api.counts[BOARD] == 1


def test_the_voluntary_eeo_block_is_read_as_voluntary() -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        engineer = _by_name(_audit(api, "greenhouse:acme/4012346"))["greenhouse:acme/4012346"]
    eeo = {f.rule_id: f for f in engineer.findings if f.field_label in ("Gender", "Veteran Status")}
    assert set(eeo) == {"sex-gender", "veteran-status"}
    # Optional, with a decline answer, in the EEOC block: a note, not a failure.
    assert {f.severity.value for f in eeo.values()} == {"note"}
    orientation = next(f for f in engineer.findings if f.rule_id == "sexual-orientation")
    assert orientation.severity.value == "note"


def test_filters_keep_only_the_jobs_asked_for() -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        result = _audit(api, "greenhouse:acme", job_filter=JobFilter(department="engineering"))
    assert [t.target for t in result.targets] == ["greenhouse:acme/4012346"]


@pytest.mark.parametrize(
    ("reply", "kind", "reason"),
    [
        (status_reply(404), "http", "answered 404: no such board or job"),
        (status_reply(403), "http", "needs the employer's API key"),
        (status_reply(503), "http", "answered HTTP 503 after retries"),
        (status_reply(429, {"Retry-After": "3600"}), "http", "429 (rate limited); it asks to wait 3600 s"),
        (lambda _p, _c: Reply(200, (GREENHOUSE / "job-truncated.json").read_bytes()), "content", "truncated JSON"),
        (file_reply(GREENHOUSE / "job-malformed.json"), "content", "not a Greenhouse job"),
    ],
)
def test_a_failing_job_gives_one_reason_and_the_others_are_audited(reply: object, kind: str, reason: str) -> None:
    routes = _routes()
    routes["/v1/boards/acme/jobs/4012346?questions=true"] = reply
    with recorded_api(routes) as api:  # type: ignore[arg-type]
        targets = _by_name(_audit(api, "greenhouse:acme"))
    failed = targets["greenhouse:acme/4012346"]
    assert failed.error is not None and failed.error.kind == kind and reason in failed.error.message
    assert all(targets[f"greenhouse:acme/{job}"].error is None for job in ("4012345", "4012347"))


def test_a_rate_limit_is_waited_out_as_the_server_asks() -> None:
    routes = _routes()
    routes[BOARD] = first_then(Reply(429, b"{}", {"Retry-After": "0"}), 2, file_reply(GREENHOUSE / "jobs.json"))
    with recorded_api(routes) as api:  # type: ignore[arg-type]
        result = _audit(api, "greenhouse:acme")
    assert [t.error for t in result.targets] == [None, None, None]
    assert api.counts[BOARD] == 3


def test_an_unknown_board_fails_as_one_target() -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        (target,) = _audit(api, "greenhouse:nobody").targets
    assert target.target == "greenhouse:nobody" and target.error is not None
    assert "404: no such board or job" in target.error.message


def test_requests_say_who_is_asking() -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        _audit(api, "greenhouse:acme/4012345")
    (_, path, headers) = api.requests[0]
    assert path == "/v1/boards/acme/jobs/4012345?questions=true"
    assert headers["User-Agent"].startswith("formaudit/") and "read-only" in headers["User-Agent"]


def test_a_saved_greenhouse_job_is_audited_as_a_file() -> None:
    result = run_audit([TargetSpec(target=str(GREENHOUSE / "job-4012345.json"), name="saved-job")],
                       RunOptions(browser=False, plugins=False))
    (target,) = result.targets
    assert target.error is None and target.ats is not None and target.ats.vendor is Vendor.GREENHOUSE
    assert {"identity-document", "date-of-birth"} <= _rules(target)
