"""The Markdown summary: worst first, safe to post, and always under GitHub's 1 MiB summary limit."""

from __future__ import annotations

import re

from formaudit.models.result import AuditResult
from formaudit.reporters import REPORTERS, ReportOptions
from formaudit.reporters.options import GITHUB_SUMMARY_LIMIT
from tests.reporters.scenarios import FAILED_TARGET, hostile_result, huge_result, sample_result


def markdown(result: AuditResult, **options: object) -> str:
    return REPORTERS["md"].render(result, ReportOptions.model_validate(options))


def test_summary_starts_with_totals_then_failures_then_worst_pages_then_findings() -> None:
    text = markdown(sample_result())
    assert text.startswith("## formaudit: 16 findings on 2 of 3 pages\n")
    assert "| 7 | 5 | 3 | 1 | 1 | 2 | 1 |" in text  # high, medium, low, note, waived, new, fixed
    order = [
        text.index(h)
        for h in (
            "### Not audited",
            "### Pages, worst first",
            "### The same problem",
            "### Findings, worst first",
        )
    ]
    assert order == sorted(order)
    assert FAILED_TARGET.replace(".", "\\.").replace(":", "\\:") in text


def test_findings_are_listed_worst_first_with_waived_ones_last() -> None:
    text = markdown(sample_result())
    findings = text[text.index("### Findings, worst first") :]
    severities = re.findall(r"^- \*\*(High|Medium|Low|Note)\*\*", findings, flags=re.M)
    assert severities[:7] == ["High"] * 7
    assert severities.index("Note") < len(severities) - 1  # the waived medium comes after the note
    assert findings.rstrip().splitlines()[-2].startswith("- **Medium** Date of birth")
    assert "_accepted: The client" in findings


def test_page_text_cannot_inject_markup_links_or_mentions() -> None:
    text = markdown(hostile_result())
    assert not re.search(r"(?<!\\)<(script|img|svg)", text), "every < from a page is escaped"
    assert "](javascript" not in text.replace("\\", "")  # no link to a script URL, escaped or not
    assert not re.search(r"\]\((?!https?://)", text), "every link goes to http(s)"
    assert "\x1b" not in text and "\x00" not in text
    assert "\\<script\\>alert\\(1\\)\\</script\\>" in text  # still readable as what the page said


def test_links_to_the_html_report_only_when_its_url_is_http() -> None:
    assert "[formaudit\\.html](https://ci.example/r.html)" in markdown(
        sample_result(), html_report_url="https://ci.example/r.html"
    )
    assert "formaudit\\.html" not in markdown(sample_result(), html_report_url="javascript:alert(1)")


def test_a_huge_result_is_cut_below_one_mebibyte_with_a_line_saying_so() -> None:
    result = huge_result()
    text = markdown(result)
    size = len(text.encode("utf-8"))
    assert size <= ReportOptions().markdown_max_bytes < GITHUB_SUMMARY_LIMIT
    last = text.rstrip().splitlines()[-1]
    listed = len(re.findall(r"^- \*\*", text[text.index("### Findings") :], flags=re.M))
    left = len(result.findings) - listed
    assert left > 0
    assert (
        last == f"_…{left} more findings left out to keep this summary under GitHub's 1 MiB limit; "
        "the HTML and JSON reports have everything._"
    )


def test_a_smaller_budget_is_respected_exactly() -> None:
    text = markdown(sample_result(), markdown_max_bytes=4_000)
    assert len(text.encode("utf-8")) <= 4_000
    assert "more findings left out" in text
    assert text.startswith("## formaudit:")


def test_a_small_result_is_not_truncated() -> None:
    text = markdown(sample_result())
    assert "left out" not in text
    findings = text[text.index("### Findings") :]
    assert findings.count("\n- **") == len(sample_result().findings)
