"""An installed plugin package: its check is listed and runs; its broken entry point is reported."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO_ROOT, TESTS

EXAMPLE = TESTS / "plugin_example"
REPO = REPO_ROOT

PROBE = """
import json
from formaudit.models.categories import Category
from formaudit.checks import load_checks, run_checks
from formaudit.models.classification import CategoryMatch, ClassifiedField, ClassifiedForm
from formaudit.models.context import AuditContext
from formaudit.models.fields import Field, FieldKind, Form, LabelSource

def ask(label, *cats):
    field = Field(field_id=label, kind=FieldKind.TEXT, label=label, label_source=LabelSource.LABEL_FOR)
    matches = tuple(CategoryMatch(category=c, confidence=0.95) for c in cats)
    return ClassifiedField(field=field, matches=matches)

fields = (ask("What is your favourite colour?"), ask("Passport number", Category.IDENTITY_DOCUMENT))
form = ClassifiedForm(form=Form(form_id="f", fields=tuple(f.field for f in fields)), fields=fields)
loaded = load_checks()
findings, failures = run_checks(loaded.checks, form, AuditContext(target="t"))
print(json.dumps({
    "ids": [c.meta.id for c in loaded.checks],
    "load_failures": [f.model_dump() for f in loaded.failures],
    "findings": sorted(f.rule_id for f in findings),
    "run_failures": [f.model_dump() for f in failures],
}))
"""


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The example plugin pip-installed into a temporary directory, as PYTHONPATH for a subprocess."""
    site = _install(tmp_path_factory.mktemp("plugin"))
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(REPO)])}


def _install(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-build-isolation",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return target


def test_installed_plugin_check_is_listed_and_runs_and_broken_entry_point_is_reported(
    plugin_env: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=plugin_env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert "example.favourite-colour" in report["ids"]
    assert "identity-document" in report["ids"]
    # The classifier does not know the colour question, so the coverage rule lists it too: honest.
    assert report["findings"] == ["example.favourite-colour", "identity-document", "unrecognised-questions"]
    assert report["run_failures"] == []
    [failure] = report["load_failures"]
    assert failure["check_id"] == "plugin:broken"
    assert "formaudit_plugin_example_missing_dependency" in failure["message"]
    assert "formaudit-plugin-example" in failure["message"]


def test_rules_command_lists_the_plugin_check(plugin_env: dict[str, str]) -> None:
    code = "from formaudit.cli.rules_cmd import rules; rules(['--tag', 'example'])"
    done = subprocess.run(
        [sys.executable, "-c", code], env=plugin_env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "example.favourite-colour" in done.stdout
    assert "plugin:broken" in done.stderr
