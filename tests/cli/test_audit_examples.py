"""The shipped examples stay true: configs load, and every command line they use exists."""

from __future__ import annotations

import re
import shlex

import click

from formaudit.checks import load_checks
from formaudit.cli.audit_cmd import audit_command
from formaudit.cli.merge_cmd import merge_command
from formaudit.config import parse_config
from formaudit.gate.levels import check_level_keys
from tests.support.paths import REPO_ROOT

ROOT = REPO_ROOT
EXAMPLES = [ROOT / "action.yml", ROOT / ".pre-commit-hooks.yaml", *sorted((ROOT / "examples").rglob("*.yml"))]
COMMANDS = {"audit": audit_command, "merge": merge_command}


def known_options(command: click.Command) -> set[str]:
    return {name for param in command.params for name in (*param.opts, *param.secondary_opts)}


def test_the_sample_config_is_valid_and_names_real_rules() -> None:
    path = ROOT / "examples" / "formaudit.toml"
    loaded = parse_config(path.read_text(encoding="utf-8"), path=path)
    metas = [c.meta for c in load_checks(plugins=False).checks]
    tables = [("levels", dict(loaded.config.levels))]
    tables += [(f"targets[{i}].levels", dict(t.levels)) for i, t in enumerate(loaded.config.targets)]
    check_level_keys(tables, metas, source=str(path))
    assert loaded.config.waivers and loaded.config.targets
    assert len(loaded.target_lines) == len(loaded.config.targets)


def command_lines(text: str) -> list[tuple[str, str]]:
    """(subcommand, its arguments) for each `formaudit audit|merge ...`, folded YAML lines joined."""
    text = re.sub(r"\\\n\s*", " ", text)  # shell line continuations
    text = re.sub(r"\n\s+(--)", r" \1", text)  # YAML folded scalars continuing with options
    found = [(m.group(1), m.group(2)) for m in re.finditer(r"formaudit (audit|merge)\b([^\n`#]*)", text)]
    # The action builds its command in a bash array: args=(audit ...) and args+=(--option ...).
    found += [("audit", m.group(1)) for m in re.finditer(r"args\+?=\((?:audit )?([^)]*)\)", text)]
    return found


def test_every_formaudit_command_line_in_the_examples_uses_existing_options() -> None:
    checked = 0
    for path in EXAMPLES:
        for name, arguments in command_lines(path.read_text(encoding="utf-8")):
            words = shlex.split(arguments.replace('"', " ").replace("'", " "))
            used = {w.split("=")[0] for w in words if w.startswith("--") and w != "--"}
            unknown = used - known_options(COMMANDS[name])
            assert not unknown, f"{path.name}: formaudit {name} {arguments!r} uses unknown options {unknown}"
            checked += len(used)
    assert checked >= 15


def test_every_run_step_of_the_composite_action_declares_its_shell() -> None:
    steps = (ROOT / "action.yml").read_text(encoding="utf-8").split("\n    - name: ")[1:]
    run_steps = [s for s in steps if "\n      run:" in s]
    assert len(run_steps) >= 5
    assert all("\n      shell: bash" in s for s in run_steps)
    assert "using: composite" in (ROOT / "action.yml").read_text(encoding="utf-8")
