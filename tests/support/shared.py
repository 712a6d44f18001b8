"""Files from ``../shared``: the real forms and the official SARIF schema, kept outside the project.

CI lays ``shared/`` beside the clone (these files come from repositories whose licences do not let the
project copy them in). ``FORMAUDIT_SHARED`` points elsewhere. A missing file fails the test that
needs it with a message saying what is missing, never a skip and never an obscure 404.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.paths import REPO_ROOT

DEFAULT_SHARED = REPO_ROOT.parent / "shared"


def shared_root() -> Path:
    return Path(os.environ.get("FORMAUDIT_SHARED", DEFAULT_SHARED))


def shared_file(*parts: str) -> Path:
    path = shared_root().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} is missing: these tests read the shared corpus and data that CI places in ../shared "
            "beside the repository; put it there or set FORMAUDIT_SHARED to its folder."
        )
    return path
