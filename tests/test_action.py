"""The GitHub Action: properties that would silently break CI users if they regressed."""

from __future__ import annotations

import re

from tests.support.paths import REPO_ROOT

ACTION = (REPO_ROOT / "action.yml").read_text(encoding="utf-8")


def test_each_shard_uploads_sarif_under_its_own_category() -> None:
    upload = ACTION[ACTION.index("upload-sarif@"):]
    assert re.search(r"category: \$\{\{ steps\.audit\.outputs\.sarif-category \}\}", upload)
    assert 'echo "sarif-category=${FA_SARIF_CATEGORY}${FA_SHARD:+-shard-' in ACTION


def test_inputs_reach_the_script_only_through_the_environment() -> None:
    """Pasting ${{ inputs.x }} into a run: script would let a workflow input inject shell code."""
    scripts = re.findall(r"run: \|\n((?:        .*\n|\n)+)", ACTION)
    assert len(scripts) >= 3  # audit, annotate, job summary
    for script in scripts:
        assert "${{" not in script, script


def test_the_action_uses_formaudit_annotate_for_bounded_annotations() -> None:
    assert 'formaudit annotate "$FA_OUTPUT_DIR/formaudit.sarif"' in ACTION
