"""Where the project's own files are, for tests in any folder: one place, so moving a test moves nothing else.

Files outside the project (``../shared``) go through ``tests.support.shared``, which honours
``FORMAUDIT_SHARED``.
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTS = REPO_ROOT / "tests"
FIXTURES = TESTS / "fixtures"
CATALOGUE = REPO_ROOT / "checks"
