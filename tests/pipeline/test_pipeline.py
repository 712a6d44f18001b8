"""The pipeline wires the stages together: one target's failure never costs the others, and a saved
snapshot audits exactly as the page it was taken from."""

from __future__ import annotations

import http.server
from datetime import UTC, datetime
from pathlib import Path

import pytest

from formaudit.cli.demo import demo_directory
from formaudit.collect.options import CollectOptions
from formaudit.models.context import Stage
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from tests.support.server import LocalServer, serve

DEMO_FORM = demo_directory() / "application.html"
FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)


def test_a_missing_target_is_recorded_and_the_others_are_audited(tmp_path: Path) -> None:
    specs = [TargetSpec(target=str(tmp_path / "gone.html")), TargetSpec(target=str(DEMO_FORM))]
    result = run_audit(specs, RunOptions(browser=False, plugins=False))
    missing, demo = result.targets
    assert missing.error is not None and missing.error.kind == "not-found"
    assert demo.error is None and demo.findings


def test_the_demo_form_raises_every_request_candidates_complained_of() -> None:
    result = run_audit([TargetSpec(target=str(DEMO_FORM), jurisdictions=("GB",))],
                       RunOptions(browser=False, plugins=False))
    raised = {f.rule_id for f in result.findings}
    assert {"identity-document", "credit-check", "emergency-contact", "references",
            "other-applications", "cv-reentry"} <= raised


def test_a_saved_snapshot_audits_exactly_like_the_page(tmp_path: Path) -> None:
    spec = TargetSpec(target=str(DEMO_FORM), name="demo", stage=Stage.APPLICATION)
    first = run_audit([spec], RunOptions(browser=False, plugins=False, snapshot_dir=tmp_path), now=lambda: FIXED_TIME)
    (saved,) = tmp_path.glob("*.snapshot.json")
    again = run_audit([spec.model_copy(update={"target": str(saved)})], RunOptions(plugins=False),
                      now=lambda: FIXED_TIME)
    assert [f.fingerprint for f in again.findings] == [f.fingerprint for f in first.findings]
    assert again.targets[0].forms == first.targets[0].forms


def test_a_corrupt_snapshot_is_a_target_error_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "page.snapshot.json"
    broken.write_text("{not json", encoding="utf-8")
    (target,) = run_audit([TargetSpec(target=str(broken))], RunOptions(plugins=False)).targets
    assert target.error is not None and target.error.kind == "snapshot"
    assert "not a readable snapshot" in target.error.message


def test_the_stage_moves_findings_away() -> None:
    at_onboarding = run_audit([TargetSpec(target=str(DEMO_FORM), stage=Stage.ONBOARDING)],
                              RunOptions(browser=False, plugins=False))
    raised = {f.rule_id for f in at_onboarding.findings}
    assert "emergency-contact" not in raised and "identity-document" not in raised


SECRETS = ("s3cret-token", "hunter2")


@pytest.mark.browser
def test_urls_are_recorded_without_credentials_so_reports_cannot_leak_them(fixture_server: LocalServer) -> None:
    page = fixture_server.url("forms/german.html").replace("http://", "http://alice:hunter2@")
    broken = fixture_server.url("status/404").replace("http://", "http://alice:hunter2@")
    specs = [TargetSpec(target=f"{page}?job=7&token=s3cret-token"),
             TargetSpec(target=f"{broken}?sig=s3cret-token")]
    result = run_audit(specs, RunOptions(plugins=False, collect=CollectOptions(screenshot=False, settle_ms=50)))
    audited, failed = result.targets
    assert audited.error is None and failed.error is not None
    assert audited.target == fixture_server.url("forms/german.html") + "?job=7&token=REDACTED"
    assert audited.location is not None and "token=REDACTED" in audited.location
    assert audited.provenance is not None and "job=7" in audited.provenance.final_url
    assert failed.location == fixture_server.url("status/404") + "?sig=REDACTED"
    assert all(f.target == audited.target for f in audited.findings)
    dumped = result.model_dump_json()
    assert not any(secret in dumped for secret in SECRETS)


@pytest.mark.browser
def test_run_options_auth_origins_reach_the_browser(fixtures_dir: Path) -> None:
    seen: dict[str, str | None] = {}

    def page(handler: http.server.BaseHTTPRequestHandler) -> None:
        seen[handler.path] = handler.headers.get("Authorization")
        body = b"<!doctype html><form><label>Name <input name=n></label></form>"
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    with serve(fixtures_dir, {"/own": page, "/ats": page}) as server:
        own, ats = server.url("own"), server.url("ats").replace("127.0.0.1", "localhost")
        options = RunOptions(plugins=False, auth_origins=(own,), collect=CollectOptions(
            screenshot=False, settle_ms=50, headers={"Authorization": "Bearer s3cret-token"}))
        result = run_audit([TargetSpec(target=own), TargetSpec(target=ats)], options)
    assert [t.error for t in result.targets] == [None, None]
    assert seen == {"/own": "Bearer s3cret-token", "/ats": None}


def test_the_audit_command_loads_checks_and_plugins_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI loads checks to validate levels; the pipeline must reuse them, not import plugins again."""
    from click.testing import CliRunner

    import formaudit.pipeline
    from formaudit.cli.audit_cmd import audit_command

    def second_load(**_: object) -> None:
        raise AssertionError("checks loaded a second time")

    monkeypatch.setattr(formaudit.pipeline, "load_checks", second_load)
    outcome = CliRunner().invoke(audit_command, ["--no-browser", "--quiet", str(DEMO_FORM)])
    assert outcome.exception is None or isinstance(outcome.exception, SystemExit), outcome.output
    assert outcome.exit_code == 1  # the demo form's findings fail the run: the audit really ran
