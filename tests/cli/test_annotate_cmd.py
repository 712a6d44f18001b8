"""``formaudit annotate`` on a SARIF file it cannot use: one warning naming the file and why, exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from formaudit.cli.annotate_cmd import annotate_command


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (None, "no such SARIF report"),
        (b"\xff\xfe{}", "the SARIF report is not UTF-8 text (byte 0)"),
        (b'{"runs": [\n', "not a readable SARIF report: not valid JSON (line 2, column 1"),
    ],
)
def test_an_unreadable_report_is_one_warning_naming_the_file_and_the_problem(
    tmp_path: Path, content: bytes | None, why: str
) -> None:
    path = tmp_path / "formaudit.sarif"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(annotate_command, [str(path)])
    assert result.exit_code == 0
    assert result.output.startswith(f"::warning title=formaudit::no annotations: cannot read {path}: {why}")
    assert result.output.count("\n") == 1


def test_json_that_is_not_a_sarif_object_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "list.sarif"
    path.write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(annotate_command, [str(path)])
    assert (result.exit_code, result.output) == (
        0, f"::warning title=formaudit::no annotations: {path} is not a SARIF report\n")


def test_the_file_name_cannot_break_out_of_the_workflow_command(tmp_path: Path) -> None:
    path = tmp_path / "100%\n::error::forged.sarif"
    result = CliRunner().invoke(annotate_command, [str(path)])
    assert result.exit_code == 0
    assert result.output.count("\n") == 1 and "\n::error" not in result.output
    assert "100%25%0A::error::forged.sarif: no such SARIF report" in result.output
