"""The one-line board audit from the README, through the installed command: ``formaudit audit
greenhouse:acme`` against a recorded Greenhouse API on 127.0.0.1 (environment override), and the same
board from a config file with a department filter and an ``[ats.greenhouse] api`` table."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ats.test_greenhouse_board import _routes
from tests.support.ats_api import recorded_api
from tests.support.cli import run_installed


def test_the_one_line_board_audit(tmp_path: Path) -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        run = run_installed(tmp_path, "audit", "greenhouse:acme", "--format", "json", "--output-dir", "out",
                            env_extra={"FORMAUDIT_API_GREENHOUSE": api.base,
                                       "FORMAUDIT_CACHE_DIR": str(tmp_path / "cache")})
    assert run.returncode == 1, run.stderr  # findings at the default gate
    document = json.loads((tmp_path / "out" / "formaudit.json").read_text(encoding="utf-8"))
    targets = {t["target"]: t for t in document["targets"]}
    assert set(targets) == {"greenhouse:acme/4012345", "greenhouse:acme/4012346", "greenhouse:acme/4012347"}
    passport = next(f for f in targets["greenhouse:acme/4012345"]["findings"] if f["rule_id"] == "identity-document")
    assert "In Greenhouse this is a custom application question" in passport["remediation"]
    assert targets["greenhouse:acme/4012345"]["ats"]["vendor"] == "greenhouse"


def test_a_config_board_with_a_filter_and_its_api_table(tmp_path: Path) -> None:
    with recorded_api(_routes()) as api:  # type: ignore[arg-type]
        (tmp_path / "formaudit.toml").write_text(
            f'[ats.greenhouse]\napi = "{api.base}"\n\n[[targets]]\nats = "greenhouse:acme"\ndepartment = "finance"\n',
            encoding="utf-8")
        run = run_installed(tmp_path, "audit", "--format", "json", "--output-dir", "out", "--no-cache")
    assert run.returncode == 1, run.stderr
    document = json.loads((tmp_path / "out" / "formaudit.json").read_text(encoding="utf-8"))
    assert [t["target"] for t in document["targets"]] == ["greenhouse:acme/4012347"]


def test_a_bad_ats_target_in_the_config_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "formaudit.toml").write_text('[[targets]]\nats = "taleo:acme"\n', encoding="utf-8")
    run = run_installed(tmp_path, "audit")
    assert run.returncode == 2 and "expected VENDOR:BOARD" in run.stderr
