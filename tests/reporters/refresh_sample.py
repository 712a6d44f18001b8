"""Regenerate the committed sample report from formaudit's real output.

    python -m tests.reporters.refresh_sample              re-render reports/sample/ from the saved snapshot
    python -m tests.reporters.refresh_sample --recollect  re-take the demo form's snapshot first (browser)

The sample is what the real pipeline says about the built-in demo form: a browser snapshot of it,
taken once by ``collect_many`` and committed as ``tests/fixtures/demo/application.snapshot.json``, is
audited by ``audit_snapshot`` with the built-in checks and rendered by ``write_reports``. Beside it, a
form from the project's fixtures read in static mode, a clean page, and a file that does not exist
show the multi-target overview and a failed target. Times, the served port and local paths are pinned,
so rendering is deterministic and ``tests/test_sample_report.py`` can compare it byte for byte.

Re-render after changing a reporter, template, check or classifier on purpose; re-collect only when
the demo form changes (the test compares a digest of it recorded next to the snapshot).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from formaudit import __version__, errors
from formaudit.checks import load_checks
from formaudit.cli.demo import DEMO_TARGET_NAME, demo_directory, serve_demo
from formaudit.collect import CollectOptions, CollectRequest, collect_many, collect_static
from formaudit.models.checks import Check
from formaudit.models.result import AuditResult, TargetResult
from formaudit.models.snapshot import Snapshot, load_snapshot, save_snapshot
from formaudit.pipeline import TargetSpec, audit_snapshot, failed_target
from formaudit.reporters import ReportOptions, write_reports
from tests.support.paths import FIXTURES, REPO_ROOT

SAMPLE_DIR = REPO_ROOT / "reports" / "sample"
DEMO_FIXTURES = FIXTURES / "demo"
SNAPSHOT_PATH = DEMO_FIXTURES / "application.snapshot.json"
# sha256sum format, so `sha256sum -c tests/fixtures/demo/demo-form.sha256` works from the repo root.
DEMO_DIGEST_PATH = DEMO_FIXTURES / "demo-form.sha256"
DEMO_SOURCE_PREFIX = "formaudit/data/demo/"

REFRESH_COMMAND = "python -m tests.reporters.refresh_sample"
RECOLLECT_COMMAND = f"{REFRESH_COMMAND} --recollect"

# The demo server listens on a random port; the snapshot keeps a stable origin instead.
STABLE_ORIGIN = "http://127.0.0.1"
COLLECTED_AT = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
GENERATED_AT = datetime(2025, 6, 2, 9, 31, tzinfo=UTC)

DEMO_JURISDICTIONS = ("GB",)
FIXTURE_FORM = "tests/fixtures/forms/greenhouse-classic.html"
FIXTURE_JURISDICTIONS = ("US-CA", "US-NYC")
CLEAN_FORM = "tests/fixtures/ci/clean.html"
MISSING_FORM = "tests/fixtures/forms/retired-2019-application.html"

SAMPLE_FORMATS = ("html", "md", "sarif", "junit")
SAMPLE_OPTIONS = ReportOptions(
    source_root=REPO_ROOT,
    html_report_url="https://example.github.io/careers-audit/formaudit.html",
)
# The JSON sample leaves the screenshot out: base64 would make it unreadable and ten times larger.
JSON_OPTIONS = SAMPLE_OPTIONS.model_copy(update={"include_screenshots": False})


def demo_form_digest() -> str:
    """sha256sum lines for every file of the demo form, in name order."""
    files = sorted(p for p in demo_directory().rglob("*") if p.is_file())
    return "".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  "
        f"{DEMO_SOURCE_PREFIX}{p.relative_to(demo_directory()).as_posix()}\n"
        for p in files
    )


def stable_snapshot(snapshot: Snapshot, served_url: str) -> Snapshot:
    """The snapshot with the server's random port and the collection time pinned."""
    parts = urlsplit(served_url)
    origin = re.compile(re.escape(f"{parts.scheme}://{parts.netloc}") + r"(?![0-9])")
    pinned = Snapshot.model_validate_json(origin.sub(STABLE_ORIGIN, snapshot.model_dump_json()))
    provenance = pinned.provenance.model_copy(update={"collected_at": COLLECTED_AT})
    return pinned.model_copy(update={"provenance": provenance})


def recollect() -> Path:
    """Take a fresh browser snapshot of the demo form and save it with the demo form's digest."""
    with serve_demo() as url:
        (outcome,) = collect_many([CollectRequest(target=url)], CollectOptions(screenshot=True))
    if isinstance(outcome, errors.TargetError):
        raise SystemExit(f"could not collect the demo form: {outcome}")
    save_snapshot(stable_snapshot(outcome, url), SNAPSHOT_PATH)
    DEMO_DIGEST_PATH.write_text(demo_form_digest(), encoding="utf-8")
    return SNAPSHOT_PATH


def _static_target(path: str, jurisdictions: tuple[str, ...], checks: list[Check]) -> TargetResult:
    spec = TargetSpec(target=path, jurisdictions=jurisdictions)
    try:
        snapshot = collect_static(path)
    except errors.TargetError as exc:
        return failed_target(spec, exc)
    # A checkout's absolute path would change the sample from one machine to the next.
    provenance = snapshot.provenance.model_copy(
        update={"target": path, "final_url": path, "collected_at": COLLECTED_AT}
    )
    result, failures = audit_snapshot(snapshot.model_copy(update={"provenance": provenance}), spec, checks)
    if failures:
        raise RuntimeError(f"a check failed on {path}: {failures}")
    return result


def sample_result() -> AuditResult:
    """What formaudit finds on the demo snapshot and three local targets, at a fixed time."""
    checks = list(load_checks(plugins=False).checks)
    demo = TargetSpec(
        target=SNAPSHOT_PATH.relative_to(REPO_ROOT).as_posix(), name=DEMO_TARGET_NAME, jurisdictions=DEMO_JURISDICTIONS
    )
    demo_result, failures = audit_snapshot(load_snapshot(SNAPSHOT_PATH), demo, checks)
    if failures:
        raise RuntimeError(f"a check failed on the demo form: {failures}")
    return AuditResult(
        formaudit_version=__version__,
        generated_at=GENERATED_AT,
        targets=(
            demo_result,
            _static_target(FIXTURE_FORM, FIXTURE_JURISDICTIONS, checks),
            _static_target(CLEAN_FORM, (), checks),
            _static_target(MISSING_FORM, (), checks),
        ),
        checks=tuple(check.meta for check in checks),
    )


def write_sample(directory: Path) -> list[Path]:
    """Render the sample into ``directory`` exactly as ``formaudit`` run from the repository root would.

    Relative targets (and SARIF's repository-relative paths) depend on the working directory, so the
    run is pinned to the repository root wherever the test or the refresh is started from.
    """
    directory = directory.resolve()
    with contextlib.chdir(REPO_ROOT):
        result = sample_result()
        written = write_reports(result, SAMPLE_FORMATS, directory, SAMPLE_OPTIONS)
        return written + write_reports(result, ("json",), directory, JSON_OPTIONS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=REFRESH_COMMAND, description="Regenerate reports/sample/.")
    parser.add_argument(
        "--recollect", action="store_true", help="re-take the demo form's snapshot with the browser before rendering"
    )
    args = parser.parse_args(argv)
    if args.recollect:
        print(f"wrote {recollect().relative_to(REPO_ROOT)} and {DEMO_DIGEST_PATH.relative_to(REPO_ROOT)}")
    written = write_sample(SAMPLE_DIR)
    for path in written:
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    # The folder holds exactly the sample: a format dropped from it must not linger.
    for leftover in sorted(set(SAMPLE_DIR.iterdir()) - set(written)):
        if leftover.is_file():
            leftover.unlink()
            print(f"removed {leftover.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
