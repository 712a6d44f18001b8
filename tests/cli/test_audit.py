"""`formaudit audit` end to end in-process (click's runner, no browser): what it prints, writes and exits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from formaudit.cli.audit_cmd import audit_command
from formaudit.cli.baseline_cmd import baseline_command
from formaudit.exit_codes import ExitCode
from tests.support.cli import invoke
from tests.support.server import serve


def audit(*args: str) -> Result:
    return invoke(audit_command, *args, "--no-browser")


def test_the_terminal_shows_every_question_with_its_categories_and_evidence(ci_site: Path) -> None:
    result = audit("forms/referees.html")
    assert result.exit_code == ExitCode.FINDINGS
    lines = result.stdout.splitlines()
    referee = next(line for line in lines if "Referee 1 – phone number" in line)
    assert referee.lstrip().startswith("*")  # required
    assert 'references (label "Referee")' in referee
    assert "Failing the run (2):" in result.stdout
    assert result.stdout.rstrip().endswith(
        "formaudit: FAILED (exit 1): 2 findings at or above medium"
    )


def test_findings_below_the_threshold_are_printed_and_the_run_passes(ci_site: Path) -> None:
    result = audit("forms/referees.html", "--fail-on", "high")
    assert result.exit_code == ExitCode.OK
    assert "other-applications" in result.stdout and "references" in result.stdout
    assert "2 shown without failing (below high)" in result.stdout
    assert "formaudit: passed (exit 0): nothing fails the run; 2 shown without failing (below high)" in result.stdout


def test_json_on_stdout_is_pure_json_and_people_text_goes_to_stderr(ci_site: Path) -> None:
    result = audit("forms/passport.html", "--format", "json")
    assert result.exit_code == ExitCode.FINDINGS
    data = json.loads(result.stdout)
    assert [t["target"] for t in data["targets"]] == ["forms/passport.html"]
    assert "formaudit: FAILED (exit 1)" in result.stderr


def test_quiet_prints_only_errors_and_the_verdict(ci_site: Path) -> None:
    result = audit(
        "forms/passport.html", "forms/gone.html", "-q", "--format", "table,html", "--output-dir", "o"
    )
    assert result.exit_code == ExitCode.TARGET_FAILED
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "error: forms/gone.html: no such file or directory",
        "formaudit: FAILED (exit 3): 1 target could not be audited; 2 findings at or above medium",
    ]
    assert (ci_site / "o" / "formaudit.html").exists()


def test_reports_are_written_and_one_failing_format_loses_no_other(ci_site: Path) -> None:
    (ci_site / "out" / "formaudit.sarif").mkdir(parents=True)  # a directory where the SARIF file should go
    result = audit("forms/clean.html", "--format", "html,sarif,md,junit", "--output-dir", "out")
    assert result.exit_code == ExitCode.USAGE
    assert "could not write the sarif report" in result.stderr
    for name in ("formaudit.html", "formaudit.md", "formaudit.junit.xml"):
        assert (ci_site / "out" / name).is_file()
        assert f"wrote out/{name}" in result.stdout
    assert "formaudit: passed (exit 0)" in result.stdout  # the verdict itself is still given


def test_page_text_cannot_smuggle_terminal_escapes_into_the_output(ci_site: Path) -> None:
    result = audit("forms/hostile.html", "--color")
    assert "date_of_birth" in result.stdout
    assert "\x1b[2J" not in result.output and "\x1b]0;" not in result.output and "\x07" not in result.output
    assert "\x1b[" in result.stdout  # colour was asked for, so styles are there


def test_colour_is_off_by_default_when_not_on_a_terminal(ci_site: Path) -> None:
    result = audit("forms/passport.html")
    assert "\x1b" not in result.output
    assert "Auditing" not in result.stderr  # no progress bar either


def test_target_levels_and_stage_come_from_the_config(ci_site: Path) -> None:
    (ci_site / "formaudit.toml").write_text(
        '[[targets]]\nfile = "forms/referees.html"\nlevels = { references = "off" }\n'
        '[[targets]]\nfile = "forms/passport.html"\nlevels = { "pre-offer" = "warn" }\n'
    )
    result = CliRunner().invoke(audit_command, ["--no-browser", "--format", "json"])
    data = json.loads(result.stdout)
    rules = {t["target"]: sorted(f["rule_id"] for f in t["findings"]) for t in data["targets"]}
    assert rules["forms/referees.html"] == ["other-applications"]
    assert "identity-document" in rules["forms/passport.html"]
    assert result.exit_code == ExitCode.FINDINGS
    assert "Failing the run (1):\n  MEDIUM other-applications" in result.stderr


def test_secrets_are_not_needed_without_a_browser(ci_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FA_NEVER_SET", raising=False)
    (ci_site / "formaudit.toml").write_text('[auth]\nheaders = { Authorization = { env = "FA_NEVER_SET" } }\n')
    result = audit("forms/clean.html")
    assert result.exit_code == ExitCode.OK, result.output


def test_an_unreadable_sitemap_is_a_failed_target_and_the_run_exits_3(ci_site: Path) -> None:
    with serve(ci_site) as server:
        (ci_site / "formaudit.toml").write_text(
            '[[targets]]\nfile = "forms/clean.html"\n'
            f'[[targets]]\nsitemap = "{server.url("missing-sitemap.xml")}"\n'
        )
        result = CliRunner().invoke(audit_command, ["--no-browser", "--format", "json"])
    assert result.exit_code == ExitCode.TARGET_FAILED
    failed = [t for t in json.loads(result.stdout)["targets"] if t["error"]]
    assert failed[0]["error"]["kind"] == "sitemap" and "HTTP 404" in failed[0]["error"]["message"]
    assert "missing-sitemap.xml: the sitemap could not be read: HTTP 404" in result.stderr


def test_baseline_from_a_saved_result_needs_no_second_audit(ci_site: Path) -> None:
    saved = audit("forms/passport.html", "--format", "json", "--output-dir", "out")
    assert saved.exit_code == ExitCode.FINDINGS
    made = CliRunner().invoke(baseline_command, ["--from-result", "out/formaudit.json", "-o", "b.json"])
    assert made.exit_code == ExitCode.OK, made.output
    assert "wrote b.json: 2 distinct findings (2 in all) on 1 target" in made.stdout
    again = audit("forms/passport.html", "--baseline", "b.json")
    assert again.exit_code == ExitCode.OK, again.stdout


def test_a_baseline_for_some_targets_keeps_the_other_targets_entries(ci_site: Path) -> None:
    (ci_site / "formaudit.toml").write_text(
        '[[targets]]\nfile = "forms/passport.html"\n[[targets]]\nfile = "forms/referees.html"\n'
    )
    full = CliRunner().invoke(baseline_command, ["--no-browser"])
    assert full.exit_code == ExitCode.OK, full.output
    assert "on 2 targets" in full.stdout
    narrowed = CliRunner().invoke(baseline_command, ["--no-browser", "forms/passport.html"])
    assert "on 2 targets" in narrowed.stdout
    baseline = json.loads((ci_site / "formaudit-baseline.json").read_text())
    targets = {e["target"] for e in baseline["findings"].values()}
    assert targets == {"forms/passport.html", "forms/referees.html"}


def test_exit_zero_reports_findings_without_failing_but_still_fails_on_missing_targets(ci_site: Path) -> None:
    reported = audit("forms/passport.html", "--exit-zero")
    assert reported.exit_code == ExitCode.OK
    assert "identity-document" in reported.stdout
    assert "formaudit: passed with --exit-zero (exit 0): would fail: 2 findings at or above medium" in reported.stdout
    assert "FAILED" not in reported.stdout
    assert audit("forms/passport.html", "forms/gone.html", "--exit-zero").exit_code == ExitCode.TARGET_FAILED
