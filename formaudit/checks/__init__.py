"""Checks: what formaudit says about a classified form.

Layout:

* ``base`` — the contract (``CheckMeta``, ``Check``), shared with plugins;
* ``registry`` — ``load_checks``, ``select_checks``, ``run_checks`` (the API the pipeline calls);
* ``builtin`` — the explicit list of built-in checks; ``plugins`` — entry-point loading;
* ``pre_offer`` — the catalogue of data asked too early, one data-driven check per category;
* ``age_proxy`` — graduation and attendance dates (age by another name);
* ``background_check`` — background-check consent bundled into an application;
* ``friction`` — checks about effort (length, retyping, walls, captchas, unpaid work);
* ``grouping``, ``build``, ``text``, ``voluntary`` — helpers the checks share.

Nothing here loads a plugin or even the built-ins until ``load_checks`` is called. The registry
functions are re-exported lazily: ``formaudit.result`` imports ``formaudit.checks.base`` while it is
itself being imported, so this module must not import anything that needs ``formaudit.result``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from formaudit.checks.base import Check, CheckMeta, JurisdictionRule, Reference

if TYPE_CHECKING:
    from formaudit.checks.registry import LoadedChecks, load_checks, run_checks, select_checks

_LAZY = ("LoadedChecks", "load_checks", "run_checks", "select_checks")
__all__ = [
    "Check",
    "CheckMeta",
    "JurisdictionRule",
    "LoadedChecks",
    "Reference",
    "load_checks",
    "run_checks",
    "select_checks",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from formaudit.checks import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'formaudit.checks' has no attribute {name!r}")
