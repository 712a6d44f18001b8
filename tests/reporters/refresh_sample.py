"""Regenerate the committed sample report: ``python -m tests.reporters.refresh_sample``.

The sample in ``reports/sample/`` is rendered from a fixed factory result (fixed timestamps, no
randomness), and ``tests/test_sample_report.py`` fails when it no longer matches what the reporters
produce. After changing a reporter or template on purpose, run this and commit the result.
"""

from __future__ import annotations

from pathlib import Path

from formaudit.reporters import ReportOptions, write_reports
from tests.reporters.scenarios import DEMO_TARGET, sample_result

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = REPO_ROOT / "reports" / "sample"
SAMPLE_FORMATS = ("html", "md", "sarif", "junit")
# The demo page as a config file would declare it, so the SARIF sample shows a config-line location.
SAMPLE_OPTIONS = ReportOptions(
    source_root=REPO_ROOT,
    target_locations={DEMO_TARGET: ("formaudit.toml", 4)},
    html_report_url="https://example.github.io/careers-audit/formaudit.html",
)
REFRESH_COMMAND = "python -m tests.reporters.refresh_sample"


def write_sample(directory: Path) -> list[Path]:
    return write_reports(sample_result(), SAMPLE_FORMATS, directory, SAMPLE_OPTIONS)


if __name__ == "__main__":
    for path in write_sample(SAMPLE_DIR):
        print(f"wrote {path.relative_to(REPO_ROOT)}")
