"""The committed sample in reports/sample/ is what formaudit finds and says today, on today's demo form."""

from __future__ import annotations

import re
from pathlib import Path

from formaudit.models.snapshot import load_snapshot
from tests.reporters.refresh_sample import (
    COLLECTED_AT,
    DEMO_DIGEST_PATH,
    RECOLLECT_COMMAND,
    REFRESH_COMMAND,
    SAMPLE_DIR,
    SNAPSHOT_PATH,
    STABLE_ORIGIN,
    demo_form_digest,
    write_sample,
)


def test_sample_report_is_what_formaudit_renders_today(tmp_path: Path) -> None:
    fresh = write_sample(tmp_path)
    stale = [
        path.name
        for path in fresh
        if not (SAMPLE_DIR / path.name).exists() or (SAMPLE_DIR / path.name).read_bytes() != path.read_bytes()
    ]
    assert not stale, (
        f"reports/sample/ is out of date ({', '.join(stale)}): formaudit now finds or renders the sample "
        f"differently. If that change is intended, refresh it with `{REFRESH_COMMAND}` and commit the files."
    )
    present = {p.name for p in SAMPLE_DIR.iterdir()}
    assert present == {p.name for p in fresh}, f"unexpected files in reports/sample/; run `{REFRESH_COMMAND}`"


def test_demo_snapshot_was_taken_from_the_current_demo_form() -> None:
    recorded = DEMO_DIGEST_PATH.read_text(encoding="utf-8") if DEMO_DIGEST_PATH.exists() else "(none)"
    assert recorded == demo_form_digest(), (
        f"{SNAPSHOT_PATH.name} was taken from a different demo form than formaudit/data/demo/ holds now "
        f"(recorded digest:\n{recorded}\ncurrent:\n{demo_form_digest()}). Re-take it with the browser: "
        f"`{RECOLLECT_COMMAND}`, and commit tests/fixtures/demo/ and reports/sample/."
    )


def test_demo_snapshot_is_saved_without_its_random_port_or_collection_time() -> None:
    snapshot = load_snapshot(SNAPSHOT_PATH)
    assert snapshot.provenance.mode == "browser"
    assert snapshot.screenshot_png, "the sample's HTML report shows the demo form's screenshot"
    assert snapshot.provenance.collected_at == COLLECTED_AT
    assert snapshot.provenance.final_url == f"{STABLE_ORIGIN}/application.html"
    ports = set(re.findall(r"127\.0\.0\.1:\d+", SNAPSHOT_PATH.read_text(encoding="utf-8")))
    assert not ports, f"the snapshot still names the demo server's random port ({ports}); run `{RECOLLECT_COMMAND}`"
