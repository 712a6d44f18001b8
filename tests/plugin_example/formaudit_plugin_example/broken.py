"""An entry point that cannot be imported: formaudit must report it and carry on."""

from __future__ import annotations

import formaudit_plugin_example_missing_dependency  # noqa: F401  (deliberately absent)

CHECKS: list[object] = []
