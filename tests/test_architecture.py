"""Meta-tests for what the import-linter contracts in pyproject.toml cannot say.

Which module may import which is enforced by ``lint-imports`` (run by ``make test``); these tests keep
the terminal and exit codes in the CLI and modules small.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from tests.support.paths import REPO_ROOT

PACKAGE = REPO_ROOT / "formaudit"


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_top_level_module_has_a_layer() -> None:
    """A new package outside the layers contract would escape it silently."""
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    in_layers = {name.strip() for layer in layers for name in layer.split("|")}
    top_level = {p.stem for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    top_level |= {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert top_level == in_layers


def test_pure_stages_never_print_or_exit() -> None:
    """Only the CLI talks to the terminal and chooses exit codes."""
    pure = [p for p in modules() if not str(p.relative_to(PACKAGE)).startswith(("cli/",))]
    offenders = []
    for path in pure:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"print", "exit"}:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "exit" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "sys"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_modules_stay_small() -> None:
    """One idea per module: nothing near the 2,000-line modules architecture.md warns of."""
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines()) for p in modules()}
    assert {name: n for name, n in sizes.items() if n > 600} == {}
