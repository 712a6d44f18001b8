"""formaudit: audit job-application forms for what they ask candidates before any offer exists.

The pipeline (see docs in the repository's README):

    target -> collect -> Snapshot -> extract -> Form/Field -> classify -> checks -> AuditResult -> reporters

Only the names re-exported here are public API; ``tests/test_public_api.py`` keeps the list honest.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("formaudit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
