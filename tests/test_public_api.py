"""The public API is exactly ``formaudit.__all__``, every name resolves, and importing is cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest

import formaudit


@pytest.mark.parametrize("name", formaudit.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(formaudit, name) is not None


def test_public_objects_say_they_come_from_formaudit() -> None:
    for name in formaudit.__all__:
        value = getattr(formaudit, name)
        module = getattr(value, "__module__", "formaudit")
        assert module.startswith("formaudit"), f"{name} is re-exported from {module}"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'not_a_thing'"):
        _ = formaudit.not_a_thing  # type: ignore[attr-defined]


def test_dir_lists_the_public_names() -> None:
    assert set(dir(formaudit)) == set(formaudit.__all__)


def test_importing_formaudit_starts_neither_playwright_nor_beautifulsoup() -> None:
    code = "import sys, formaudit; print(sorted(m for m in ('playwright', 'bs4') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_error_is_a_formaudit_error() -> None:
    for name in formaudit.__all__:
        value = getattr(formaudit, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, formaudit.FormauditError), name


def test_all_and_the_lazy_export_table_agree() -> None:
    assert set(formaudit.__all__) - {"__version__"} == set(formaudit._EXPORTS)


@pytest.mark.parametrize("name", [n for n in formaudit.__all__ if not n.startswith("__")])
def test_every_public_class_and_function_says_what_it_is(name: str) -> None:
    """A plugin author reads these first: each needs a docstring of its own, not an inherited one."""
    value = getattr(formaudit, name)
    own = value.__dict__.get("__doc__") if isinstance(value, type) else value.__doc__
    assert own and len(own.split()) >= 5, f"{name} has no docstring a plugin author can act on"
