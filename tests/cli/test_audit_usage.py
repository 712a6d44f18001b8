"""`formaudit audit` usage and configuration errors: exit code 2 and one message that names the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from formaudit.cli.audit_cmd import audit_command
from formaudit.cli.baseline_cmd import baseline_command
from formaudit.cli.merge_cmd import merge_command
from formaudit.exit_codes import ExitCode

FORM = "<form><label>Name <input name=n></label></form>"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "apply.html").write_text(FORM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(audit_command, list(args))


def test_a_bad_config_exits_2_naming_file_key_and_expectation(project: Path) -> None:
    (project / "formaudit.toml").write_text('[[targets]]\nfile = "apply.html"\nstage = "screening"\n')
    result = run()
    assert result.exit_code == ExitCode.USAGE
    assert "error: formaudit.toml: targets[0].stage (line 1): expected one of 'application'" in result.stderr
    assert "Traceback" not in result.output


def test_an_unknown_format_exits_2_listing_the_known_ones(project: Path) -> None:
    result = run("apply.html", "--no-browser", "--format", "html,pdf")
    assert result.exit_code == ExitCode.USAGE
    assert "unknown report format 'pdf'" in result.stderr and "sarif" in result.stderr


@pytest.mark.parametrize("shard", ["3/2", "0/1", "half"])
def test_a_bad_shard_exits_2(project: Path, shard: str) -> None:
    result = run("apply.html", "--shard", shard)
    assert result.exit_code == ExitCode.USAGE
    assert "expected K/N" in result.stderr


def test_a_missing_baseline_exits_2_and_says_how_to_make_one(project: Path) -> None:
    result = run("apply.html", "--no-browser", "--baseline", "nope.json")
    assert result.exit_code == ExitCode.USAGE
    assert "no such baseline file" in result.stderr and "formaudit baseline" in result.stderr


def test_nothing_to_audit_exits_2(project: Path) -> None:
    result = run("--no-browser")
    assert result.exit_code == ExitCode.USAGE
    assert "nothing to audit" in result.stderr


def test_unknown_rule_names_in_levels_or_select_exit_2_with_a_suggestion(project: Path) -> None:
    (project / "formaudit.toml").write_text('[levels]\n"date-of-brith" = "off"\n')
    result = run("apply.html", "--no-browser")
    assert result.exit_code == ExitCode.USAGE
    assert "levels.date-of-brith" in result.stderr and "did you mean 'date-of-birth'?" in result.stderr
    (project / "formaudit.toml").write_text("")
    result = run("apply.html", "--no-browser", "--select", "pre-ofer")
    assert result.exit_code == ExitCode.USAGE
    assert "pre-ofer" in result.stderr and "pre-offer" in result.stderr


def test_a_missing_secret_exits_2_naming_the_variable_only_for_browser_runs(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "formaudit.toml").write_text(
        '[auth]\nheaders = { Authorization = { env = "FA_TEST_TOKEN" } }\n'
    )
    monkeypatch.delenv("FA_TEST_TOKEN", raising=False)
    result = run("https://careers.example.com/apply")
    assert result.exit_code == ExitCode.USAGE
    assert "FA_TEST_TOKEN is not set" in result.stderr


def test_the_config_can_be_named_by_environment_variable(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "ci.toml").write_text('fail_on = "extreme"\n')
    monkeypatch.setenv("FORMAUDIT_CONFIG", str(project / "ci.toml"))
    result = run("apply.html", "--no-browser")
    assert result.exit_code == ExitCode.USAGE
    assert "ci.toml: fail_on: expected one of" in result.stderr


def test_baseline_and_merge_report_usage_errors_the_same_way(project: Path) -> None:
    (project / "formaudit.toml").write_text("concurency = 2\n")
    result = CliRunner().invoke(baseline_command, ["apply.html", "--no-browser"])
    assert result.exit_code == ExitCode.USAGE and "did you mean 'concurrency'?" in result.stderr
    (project / "formaudit.toml").write_text("")
    (project / "shard.json").write_text('{"not": "a result"}')
    result = CliRunner().invoke(merge_command, ["shard.json", "missing.json"])
    assert result.exit_code == ExitCode.USAGE
    assert "shard.json: not a formaudit JSON result" in result.stderr
