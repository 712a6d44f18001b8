"""The committed sample report in reports/sample/ must match what the reporters produce today."""

from __future__ import annotations

from pathlib import Path

from tests.reporters.refresh_sample import REFRESH_COMMAND, SAMPLE_DIR, write_sample


def test_sample_report_is_up_to_date(tmp_path: Path) -> None:
    fresh = write_sample(tmp_path)
    stale = [
        path.name
        for path in fresh
        if not (SAMPLE_DIR / path.name).exists() or (SAMPLE_DIR / path.name).read_bytes() != path.read_bytes()
    ]
    assert not stale, (
        f"reports/sample/ is out of date ({', '.join(stale)}): the reporters now render the sample "
        f"differently. If that change is intended, refresh it with `{REFRESH_COMMAND}` and commit the files."
    )
    present = {p.name for p in SAMPLE_DIR.iterdir()}
    assert present == {p.name for p in fresh}, f"unexpected files in reports/sample/; run `{REFRESH_COMMAND}`"
