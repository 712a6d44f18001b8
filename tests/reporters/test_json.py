"""The JSON report round-trips to an equal AuditResult and follows its published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from formaudit.cli.schema_cmd import schema_command
from formaudit.models.result import RESULT_SCHEMA_VERSION, AuditResult
from formaudit.reporters import REPORTERS, ReportOptions, json_schema
from tests.reporters.scenarios import hostile_result, sample_result


def test_json_report_reads_back_into_an_equal_result() -> None:
    for result in (sample_result(), hostile_result()):
        text = REPORTERS["json"].render(result, ReportOptions())
        assert AuditResult.model_validate_json(text) == result


def test_json_report_carries_its_schema_version_and_screenshots_by_default() -> None:
    data = json.loads(REPORTERS["json"].render(sample_result(), ReportOptions()))
    assert data["schema_version"] == RESULT_SCHEMA_VERSION
    demo = data["targets"][0]
    assert demo["screenshot_png"].startswith("iVBORw0KGgo")  # base64 of the PNG signature


def test_screenshots_can_be_left_out_of_the_json_report() -> None:
    result = sample_result()
    text = REPORTERS["json"].render(result, ReportOptions(include_screenshots=False))
    back = AuditResult.model_validate_json(text)
    assert all(t.screenshot_png is None for t in back.targets)
    assert back.findings == result.findings
    assert len(text) < len(REPORTERS["json"].render(result, ReportOptions())) / 2


def test_json_reports_validate_against_the_generated_schema() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for options in (ReportOptions(), ReportOptions(include_screenshots=False)):
        data = json.loads(REPORTERS["json"].render(hostile_result(), options))
        assert list(validator.iter_errors(data)) == []
    broken = json.loads(REPORTERS["json"].render(sample_result(), ReportOptions()))
    broken["targets"][0]["findings"][0]["severity"] = "catastrophic"
    assert list(validator.iter_errors(broken)), "the schema must reject an unknown severity"


def test_schema_command_prints_the_schema() -> None:
    outcome = CliRunner().invoke(schema_command, [])
    assert outcome.exit_code == 0, outcome.output
    printed = json.loads(outcome.output)
    assert printed == json.loads(json.dumps(json_schema()))
    assert printed["$schema"].endswith("2020-12/schema")


def test_schema_command_writes_a_file_and_names_an_unwritable_one(tmp_path: Path) -> None:
    folder = tmp_path
    runner = CliRunner()
    written = runner.invoke(schema_command, ["--output", str(folder / "schema.json")])
    assert written.exit_code == 0
    assert json.loads((folder / "schema.json").read_text())["title"] == "formaudit report"
    blocked = folder / "file"
    blocked.write_text("x")
    failed = runner.invoke(schema_command, ["--output", str(blocked / "schema.json")])
    assert failed.exit_code != 0
    assert "cannot write" in failed.output
