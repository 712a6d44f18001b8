"""The GitHub Action, read as the runner reads it and its scripts run as the runner runs them.

action.yml is parsed as YAML; the audit, annotate and verdict steps' bash scripts are executed with a
stand-in ``formaudit`` on PATH that records its arguments and exits with a chosen code, so these tests
check what the action does (the arguments formaudit gets, the outputs later steps read, the exit code
the job ends with), not how its text is spelled.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.paths import REPO_ROOT

ACTION: dict[str, Any] = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: dict[str, dict[str, Any]] = {step["name"]: step for step in ACTION["runs"]["steps"]}
AUDIT = STEPS["Audit"]


def defaults(**overrides: str) -> dict[str, str]:
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values.update(overrides)
    return values


def step_env(step: dict[str, Any], inputs: dict[str, str], outputs: dict[str, str] | None = None) -> dict[str, str]:
    """The step's env: block with ${{ inputs.x }} and ${{ steps.audit.outputs.y }} filled in."""
    def fill(value: str) -> str:
        value = re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: inputs[m.group(1)], str(value))
        return re.sub(r"\$\{\{ steps\.audit\.outputs\.([\w-]+) \}\}", lambda m: (outputs or {}).get(m.group(1), ""),
                      value)
    return {name: fill(value) for name, value in step.get("env", {}).items()}


def run_step(step: dict[str, Any], env: dict[str, str], tmp_path: Path, exit_code: int = 0) -> tuple[
        subprocess.CompletedProcess[str], list[str], dict[str, str]]:
    """Run a step's script with a stand-in formaudit; return the process, its argv and $GITHUB_OUTPUT."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    calls = tmp_path / "calls"
    fake = bin_dir / "formaudit"
    fake.write_text(f'#!/bin/bash\nprintf "%s\\n" "$@" > {shlex.quote(str(calls))}\nexit {exit_code}\n')
    fake.chmod(0o755)
    output = tmp_path / "github_output"
    output.write_text("")
    full_env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "GITHUB_OUTPUT": str(output),
                "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"), **env}
    done = subprocess.run(["bash", "-e", "-c", step["run"]], env=full_env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=30, check=False)
    argv = calls.read_text().splitlines() if calls.exists() else []
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
    return done, argv, outputs


def test_every_input_a_step_uses_is_declared_and_every_declared_input_is_used() -> None:
    text = (REPO_ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"inputs\.([\w-]+)", text.split("\nruns:", 1)[1] + str(ACTION["outputs"])))
    assert used == set(ACTION["inputs"])


def test_inputs_reach_scripts_only_through_the_environment() -> None:
    """Pasting ${{ inputs.x }} into a run: script would let a workflow input inject shell code."""
    scripts = [step["run"] for step in ACTION["runs"]["steps"] if "run" in step]
    assert len(scripts) >= 5
    for script in scripts:
        assert "${{" not in script, script


@pytest.mark.parametrize("code", [0, 1, 2, 3])
def test_the_audit_passes_the_inputs_as_arguments_and_records_the_exit_code(tmp_path: Path, code: int) -> None:
    inputs = defaults(config="ci/formaudit.toml", **{"fail-on": "high", "baseline": "b.json", "no-browser": "true",
                      "targets": "forms/a.html 'forms/*.html'", "args": "--jurisdiction GB"})
    done, argv, outputs = run_step(AUDIT, step_env(AUDIT, inputs), tmp_path, exit_code=code)
    assert done.returncode == 0, done.stderr  # the step records the code; the Verdict step exits with it
    assert outputs["exit-code"] == str(code)
    assert argv[:5] == ["audit", "--format", "table,json,sarif,md,html,junit", "--output-dir", "formaudit-reports"]
    for pair in (["--config", "ci/formaudit.toml"], ["--fail-on", "high"], ["--baseline", "b.json"],
                 ["--jurisdiction", "GB"]):
        assert pair[0] in argv and argv[argv.index(pair[0]) + 1] == pair[1]
    assert "--no-browser" in argv and "--allow-partial" not in argv and "--shard" not in argv
    assert argv[argv.index("--") + 1:] == ["forms/a.html", "'forms/*.html'"]


def test_each_shard_uploads_its_sarif_and_reports_under_names_of_its_own(tmp_path: Path) -> None:
    _, argv, outputs = run_step(AUDIT, step_env(AUDIT, defaults(shard="2/4")), tmp_path)
    assert argv[argv.index("--shard") + 1] == "2/4"
    assert outputs["sarif-category"] == "formaudit-shard-2-of-4"
    assert outputs["artifact"] == "formaudit-report-2-of-4"
    (tmp_path / "unsharded").mkdir()
    _, _, unsharded = run_step(AUDIT, step_env(AUDIT, defaults()), tmp_path / "unsharded")
    assert unsharded["sarif-category"] == "formaudit" and unsharded["artifact"] == "formaudit-report"
    upload = STEPS["Upload SARIF to code scanning"]
    assert upload["with"]["category"] == "${{ steps.audit.outputs.sarif-category }}"
    assert upload["continue-on-error"] is True  # read-only tokens on forks must not fail the job


def test_reporting_steps_run_whatever_the_verdict_and_the_job_ends_with_formaudits_code(tmp_path: Path) -> None:
    for name in ("Annotate findings", "Write the job summary", "Upload SARIF to code scanning", "Upload the reports"):
        assert STEPS[name]["if"].startswith("always()"), name
    verdict = STEPS["Verdict"]
    for code in ("0", "1", "3"):
        done, _, _ = run_step(verdict, step_env(verdict, defaults(), {"exit-code": code}), tmp_path)
        assert done.returncode == int(code)
    missing, _, _ = run_step(verdict, step_env(verdict, defaults(), {}), tmp_path)
    assert missing.returncode == 2  # the audit never ran: a configuration problem, not a pass


def test_annotations_come_from_formaudit_annotate_on_the_sarif_report(tmp_path: Path) -> None:
    step = STEPS["Annotate findings"]
    env = step_env(step, defaults())
    done, argv, _ = run_step(step, env, tmp_path)
    assert done.returncode == 0 and argv == []  # no SARIF report, nothing to annotate
    (tmp_path / "formaudit-reports").mkdir()
    (tmp_path / "formaudit-reports" / "formaudit.sarif").write_text("{}")
    _, argv, _ = run_step(step, env, tmp_path)
    assert argv == ["annotate", "formaudit-reports/formaudit.sarif"]
