"""Meta-tests that keep the pipeline's boundaries where architecture.md draws them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "formaudit"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize(
    ("library", "allowed"),
    [
        ("playwright", ("collect/", "browser.py")),  # the only edge that drives a browser
        ("bs4", ("extract/",)),  # the only stage that parses HTML into fields
    ],
)
def test_only_its_own_stage_imports(library: str, allowed: tuple[str, ...]) -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules()
        if library in imported_modules(path)
        and not str(path.relative_to(PACKAGE)).startswith(allowed)
    ]
    assert offenders == []


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
