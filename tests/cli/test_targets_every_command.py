"""Every command reads targets the same way: one expansion (formaudit.targets), one URL test.

`audit`, `baseline` and `extract` run, as a user runs them, over the same awkward set of targets: a
directory with hidden folders, an empty directory, a glob, a URL whose scheme is in capitals, a
``file://`` URL and a page named twice. Each must audit the same pages under the same names, report
the same failed targets, and exit with the same code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import run_installed
from tests.support.server import serve

FORM = '<html lang="en"><body><form><label for="d">Date of birth</label><input id="d" name="dob"></form></body></html>'

pytestmark = pytest.mark.browser


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    for relative in ("site/apply.html", "site/jobs/warehouse.htm", "site/.git/old.html",
                     "site/.cache/stale.html", "more/one.html", "more/two.html", "more/notes.txt"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FORM, encoding="utf-8")
    (tmp_path / "empty" / ".venv").mkdir(parents=True)
    (tmp_path / "empty" / ".venv" / "cached.html").write_text(FORM, encoding="utf-8")
    (tmp_path / "served").mkdir()
    (tmp_path / "served" / "apply.html").write_text(FORM, encoding="utf-8")
    return tmp_path


run = run_installed


def test_audit_baseline_and_extract_expand_targets_identically(workspace: Path) -> None:
    with serve(workspace / "served") as server:
        url = server.url("/apply.html").replace("http://", "HTTP://", 1)
        targets = ["site", "empty", "more/*.html", url, (workspace / "more" / "one.html").as_uri(), "site"]

        audit = run(workspace, "audit", *targets, "--format", "json", "--output-dir", "out", "--quiet")
        extract = run(workspace, "extract", *targets, "--format", "json")
        baseline = run(workspace, "baseline", *targets, "-o", "baseline.json", "--quiet")

    audited = json.loads((workspace / "out" / "formaudit.json").read_text(encoding="utf-8"))["targets"]
    extracted = json.loads(extract.stdout)["targets"]
    entries = json.loads((workspace / "baseline.json").read_text(encoding="utf-8"))

    pages = ["site/apply.html", "site/jobs/warehouse.htm", "empty", "more/one.html", "more/two.html", url]
    expected_names = sorted(pages)
    assert sorted(t["target"] for t in audited) == expected_names
    assert sorted(t["target"] for t in extracted) == expected_names
    # The baseline holds the findings of every page that was read: each asks for a date of birth.
    baselined = {e["target"] for e in _baseline_entries(entries)}
    assert baselined == set(expected_names) - {"empty"}

    failed_in_audit = {t["target"]: t["error"]["message"] for t in audited if t["error"]}
    failed_in_extract = {t["target"]: t["error"]["message"] for t in extracted if t["error"]}
    assert failed_in_audit == failed_in_extract
    assert list(failed_in_audit) == ["empty"]
    assert "no .html or .htm file" in failed_in_audit["empty"]
    # A target that could not be read is an incomplete audit, whichever command read it.
    assert audit.returncode == extract.returncode == baseline.returncode == 3, (
        audit.stderr, extract.stderr, baseline.stderr)


def _baseline_entries(document: dict[str, dict[str, dict[str, str]]]) -> list[dict[str, str]]:
    return list(document["findings"].values())
