"""The command line around the gate: report write failures, merge's verdict, formats and colours."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from formaudit.cli.audit_cmd import audit_command
from formaudit.cli.audit_text import gate_lines
from formaudit.cli.merge_cmd import merge_command
from formaudit.config import load_config, resolve_settings
from formaudit.config.settings import Overrides
from formaudit.errors import ConfigError
from formaudit.exit_codes import ExitCode
from formaudit.gate.verdict import judge
from formaudit.models.findings import Severity
from formaudit.reporters.terminal import STYLES
from tests.gate.builders import finding, result, target
from tests.support.cli import invoke

EXPIRED = ('[[waivers]]\nreason = "Old exception"\nowner = "talent@example.com"\nexpires = 2020-01-31\n'
           'rule = "identity-document"\n')


def audit(*args: str) -> Result:
    return invoke(audit_command, *args, "--no-browser")


def test_a_report_write_failure_keeps_a_failing_verdict_and_turns_a_pass_into_2(ci_site: Path) -> None:
    (ci_site / "blocked" / "formaudit.html").mkdir(parents=True)  # a folder where the report should go
    failing = audit("forms/passport.html", "--format", "html,md", "--output-dir", "blocked")
    assert failing.exit_code == ExitCode.FINDINGS, failing.output
    assert "could not write the html report" in failing.output
    passing = audit("forms/clean.html", "--format", "html", "--output-dir", "blocked")
    assert passing.exit_code == ExitCode.USAGE, passing.output


def test_one_failing_format_still_writes_and_names_the_others(ci_site: Path) -> None:
    (ci_site / "out").mkdir()
    (ci_site / "out" / "formaudit.md").mkdir()  # a folder where the Markdown file should go
    run = audit("forms/clean.html", "--format", "html,md", "--output-dir", "out")
    assert run.exit_code == ExitCode.USAGE
    assert "wrote out/formaudit.html" in run.output and (ci_site / "out" / "formaudit.html").exists()
    assert "could not write the md report" in run.output


def test_merge_of_shards_run_with_no_waivers_ignores_expired_waivers_like_the_unsharded_run(ci_site: Path) -> None:
    (ci_site / "formaudit.toml").write_text('[[targets]]\nfile = "forms/clean.html"\n' + EXPIRED)
    whole = audit("--no-waivers", "--format", "json", "--output-dir", "s1")
    assert whole.exit_code == ExitCode.OK, whole.output
    merged = CliRunner().invoke(merge_command, ["s1/formaudit.json", "--output-dir", "merged"])
    assert merged.exit_code == ExitCode.OK, merged.output
    with_waivers = audit("--format", "json", "--output-dir", "s2")
    assert with_waivers.exit_code == ExitCode.FINDINGS  # the expired waiver fails an ordinary run ...
    again = CliRunner().invoke(merge_command, ["s2/formaudit.json", "--output-dir", "m2"])
    assert again.exit_code == ExitCode.FINDINGS  # ... and its merge
    flagged = CliRunner().invoke(merge_command, ["s2/formaudit.json", "--output-dir", "m3", "--no-waivers"])
    assert flagged.exit_code == ExitCode.OK, flagged.output


def test_merge_exit_zero_reports_findings_without_failing(ci_site: Path) -> None:
    assert audit("forms/passport.html", "--format", "json", "--output-dir", "s1").exit_code == ExitCode.FINDINGS
    merged = CliRunner().invoke(merge_command, ["s1/formaudit.json", "--output-dir", "m", "--exit-zero"])
    assert merged.exit_code == ExitCode.OK, merged.output
    assert "passed with --exit-zero (exit 0): would fail" in merged.output


def test_formats_have_one_parser_for_config_command_line_and_merge(ci_site: Path) -> None:
    loaded = load_config(None)
    settings = resolve_settings(loaded, Overrides(formats=("HTML,xml", "text", "markdown")))
    assert settings.formats == ("html", "junit", "table", "md")
    with pytest.raises(ConfigError, match="unknown report format 'pdf'"):
        resolve_settings(loaded, Overrides(formats=("html,pdf",)))
    merged = CliRunner().invoke(merge_command, ["missing.json", "--format", "pdf"])
    assert merged.exit_code == ExitCode.USAGE and "unknown report format 'pdf'" in merged.output


def test_the_gate_lines_use_the_terminal_reports_severity_colours() -> None:
    verdict = judge(result(target("apply", finding("identity-document", "apply", "Passport"))),
                    fail_on=Severity.MEDIUM)
    styles = [style for text, style in gate_lines(verdict) if "identity-document" in text]
    assert styles == [STYLES["high"]]
