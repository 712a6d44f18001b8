"""GitHub annotations from SARIF: at most 10 per level, accepted findings left out, values escaped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from formaudit.cli.annotate_cmd import annotate_command
from formaudit.gate.annotations import annotations_from_sarif, escape_property


def sarif_result(level: str, text: str, *, line: int = 7, **extra: Any) -> dict[str, Any]:
    return {
        "ruleId": "identity-document",
        "level": level,
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": "formaudit.toml"},
                    "region": {"startLine": line},
                }
            }
        ],
        **extra,
    }


def sarif(*results: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "formaudit"}}, "results": list(results)}],
    }


def test_an_annotation_points_at_the_config_line_and_escapes_its_message() -> None:
    lines = annotations_from_sarif(sarif(sarif_result("error", "Asks for a passport\n100% before an offer")))
    assert lines == [
        "::error file=formaudit.toml,line=7,title=formaudit identity-document::"
        "Asks for a passport%0A100%25 before an offer"
    ]


def test_at_most_ten_per_level_and_the_tenth_says_how_many_were_left_out() -> None:
    results = [sarif_result("error", f"finding {i}") for i in range(25)] + [sarif_result("note", "a note")]
    lines = annotations_from_sarif(sarif(*results))
    errors = [line for line in lines if line.startswith("::error")]
    assert len(errors) == 10
    assert errors[-1].endswith(
        "16 more findings at this level are not annotated (GitHub shows 10 per level): "
        "see the job summary and the HTML report"
    )
    assert [line for line in lines if line.startswith("::notice")] == [
        "::notice file=formaudit.toml,line=7,title=formaudit identity-document::a note"
    ]


def test_accepted_and_baselined_results_are_not_annotated() -> None:
    lines = annotations_from_sarif(
        sarif(
            sarif_result("error", "waived", suppressions=[{"kind": "external", "justification": "ok"}]),
            sarif_result("error", "old", baselineState="unchanged"),
            sarif_result("warning", "new", baselineState="new"),
        )
    )
    assert len(lines) == 1 and lines[0].startswith("::warning") and lines[0].endswith("::new")


def test_property_values_escape_colons_and_commas() -> None:
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_the_command_reads_a_file_and_never_fails_the_step(tmp_path: Path) -> None:
    path = tmp_path / "formaudit.sarif"
    path.write_text(json.dumps(sarif(sarif_result("warning", "w"))), encoding="utf-8")
    ok = CliRunner().invoke(annotate_command, [str(path)])
    assert ok.exit_code == 0
    assert ok.output.startswith("::warning file=formaudit.toml")
    missing = CliRunner().invoke(annotate_command, [str(tmp_path / "missing.sarif")])
    assert missing.exit_code == 0
    assert "no annotations: cannot read" in missing.output
