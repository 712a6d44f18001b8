"""Running formaudit as a user does, for the CLI and end-to-end tests: one way, used by all of them.

``run_installed`` runs the installed console script in a subprocess (a clean environment: no
``FORMAUDIT_*`` variables from the developer's shell, no colour); ``invoke`` runs one click command
in-process, which is faster and shows stdout and stderr apart. The ``ci_site`` fixture in
``tests/conftest.py`` gives both a repository of the CI fixture forms to run in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner, Result

CLI = Path(sys.executable).with_name("formaudit")  # the console script installed beside this Python


def run_installed(cwd: Path, *args: str, timeout: float = 240,
                  env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert CLI.exists(), f"the formaudit console script is not installed at {CLI}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORMAUDIT_")}
    env["NO_COLOR"] = "1"
    env.update(env_extra or {})
    return subprocess.run([str(CLI), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def invoke(command: click.Command, *args: str) -> Result:
    return CliRunner().invoke(command, list(args))
