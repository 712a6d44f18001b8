"""The terminal summary: a compact table and a findings list, coloured only when the CLI asks."""

from __future__ import annotations

import pytest

from formaudit.models.result import AuditResult
from formaudit.reporters.terminal import STYLES, summary_lines, to_text
from tests.reporters.scenarios import FAILED_TARGET, hostile_result, sample_result


def test_table_lists_targets_worst_first_with_counts_and_errors_last() -> None:
    lines = [line.text for line in summary_lines(sample_result())]
    assert lines[0].startswith("Target") and "High" in lines[0] and "Worst" in lines[0]
    assert lines[1].startswith("Apply: Senior Data Analyst")
    assert lines[1].split()[-3:] == ["high", "(+1", "accepted)"]
    assert "error: timeout" in lines[4] and lines[4].startswith(FAILED_TARGET[:20])
    assert lines[-2] == ("16 findings (7 high, 5 medium, 3 low, 1 note), 1 accepted by waiver; "
                         "1 of 4 targets not audited")
    assert lines[-1] == "  1 check(s) failed to run"  # wrapped at the default width of 100


def test_findings_are_capped_with_a_line_saying_how_many_more() -> None:
    lines = [line.text for line in summary_lines(sample_result(), max_findings=5)]
    findings = [
        line for line in lines if line.startswith("  ") and line.split()[0] in {"HIGH", "MEDIUM", "LOW"}
    ]
    assert len(findings) == 5
    assert any(line.strip() == "… and 12 more in the reports" for line in lines)


@pytest.mark.parametrize("width", [60, 72, 80, 100, 120, 200])
@pytest.mark.parametrize("result", [hostile_result(), sample_result()], ids=["hostile", "sample"])
def test_every_line_fits_the_width_and_carries_no_control_characters(result: AuditResult, width: int) -> None:
    lines = summary_lines(result, width=width)
    for line in lines:
        assert "\x1b" not in line.text and "\x00" not in line.text
        assert len(line.text.rstrip()) <= width, line.text
    # Fitting never costs information: every target and the whole totals are still there.
    text = to_text(lines)
    assert text.count("\n") >= len(result.targets)
    assert "accepted by waiver" in text and "not audited" in text


def test_colour_only_when_asked_and_styles_are_hints_the_cli_can_map() -> None:
    lines = summary_lines(sample_result())
    plain_text = to_text(lines)
    coloured = to_text(lines, color=True)
    assert "\x1b[" not in plain_text
    assert "\x1b[31m" in coloured  # high in red
    hints = {s.style for line in lines for s in line.segments if s.style}
    assert hints <= set(STYLES)
    assert {"high", "error", "heading", "waived"} <= hints


def test_a_line_prints_as_its_plain_text() -> None:
    line = summary_lines(sample_result())[0]
    assert str(line) == line.text and str(line).startswith("Target")
