"""formaudit: audit job-application forms for what they ask candidates before any offer exists.

The pipeline::

    target -> collect -> Snapshot -> extract -> Form/Field -> classify -> checks -> AuditResult -> reporters

Only the names in ``__all__`` are public API (``tests/test_public_api.py`` keeps the list honest).
They are loaded on first use, so ``import formaudit`` starts neither Playwright nor BeautifulSoup.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("formaudit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    # running audits
    "run_audit": "formaudit.pipeline",
    "audit_snapshot": "formaudit.pipeline",
    "TargetSpec": "formaudit.pipeline",
    "RunOptions": "formaudit.pipeline",
    # the stages as functions
    "collect_many": "formaudit.collect",
    "collect_static": "formaudit.collect",
    "extract": "formaudit.extract",
    "classify_form": "formaudit.classify",
    "classify_field": "formaudit.classify",
    "load_checks": "formaudit.checks",
    "select_checks": "formaudit.checks",
    "run_checks": "formaudit.checks",
    "write_reports": "formaudit.reporters",
    "ReportOptions": "formaudit.reporters",
    # models
    "Snapshot": "formaudit.snapshot",
    "load_snapshot": "formaudit.snapshot",
    "save_snapshot": "formaudit.snapshot",
    "CollectOptions": "formaudit.collect.options",
    "Field": "formaudit.fields",
    "FieldKind": "formaudit.fields",
    "Form": "formaudit.fields",
    "Option": "formaudit.fields",
    "PageInventory": "formaudit.fields",
    "Category": "formaudit.categories",
    "CategoryMatch": "formaudit.classification",
    "ClassifiedField": "formaudit.classification",
    "ClassifiedForm": "formaudit.classification",
    "Evidence": "formaudit.classification",
    "AuditContext": "formaudit.context",
    "FrictionBudget": "formaudit.context",
    "Stage": "formaudit.context",
    "Finding": "formaudit.findings",
    "LegalBasis": "formaudit.findings",
    "Severity": "formaudit.findings",
    "Check": "formaudit.checks.base",
    "CheckMeta": "formaudit.checks.base",
    "JurisdictionRule": "formaudit.checks.base",
    "Reference": "formaudit.checks.base",
    "AuditResult": "formaudit.result",
    "TargetResult": "formaudit.result",
    # errors
    "FormauditError": "formaudit.errors",
    "ConfigError": "formaudit.errors",
    "BrowserNotFoundError": "formaudit.errors",
    "TargetError": "formaudit.errors",
    "TargetUnreachableError": "formaudit.errors",
    "TargetHTTPError": "formaudit.errors",
    "TargetTimeoutError": "formaudit.errors",
    "TargetContentError": "formaudit.errors",
    "TargetNotFoundError": "formaudit.errors",
    "SnapshotError": "formaudit.errors",
}

__all__ = [
    "AuditContext",
    "AuditResult",
    "BrowserNotFoundError",
    "Category",
    "CategoryMatch",
    "Check",
    "CheckMeta",
    "ClassifiedField",
    "ClassifiedForm",
    "CollectOptions",
    "ConfigError",
    "Evidence",
    "Field",
    "FieldKind",
    "Finding",
    "Form",
    "FormauditError",
    "FrictionBudget",
    "JurisdictionRule",
    "LegalBasis",
    "Option",
    "PageInventory",
    "Reference",
    "ReportOptions",
    "RunOptions",
    "Severity",
    "Snapshot",
    "SnapshotError",
    "Stage",
    "TargetContentError",
    "TargetError",
    "TargetHTTPError",
    "TargetNotFoundError",
    "TargetResult",
    "TargetSpec",
    "TargetTimeoutError",
    "TargetUnreachableError",
    "__version__",
    "audit_snapshot",
    "classify_field",
    "classify_form",
    "collect_many",
    "collect_static",
    "extract",
    "load_checks",
    "load_snapshot",
    "run_audit",
    "run_checks",
    "save_snapshot",
    "select_checks",
    "write_reports",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'formaudit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # let type checkers and IDEs see the real objects
    from formaudit.categories import Category
    from formaudit.checks import load_checks, run_checks, select_checks
    from formaudit.checks.base import Check, CheckMeta, JurisdictionRule, Reference
    from formaudit.classification import CategoryMatch, ClassifiedField, ClassifiedForm, Evidence
    from formaudit.classify import classify_field, classify_form
    from formaudit.collect import collect_many, collect_static
    from formaudit.collect.options import CollectOptions
    from formaudit.context import AuditContext, FrictionBudget, Stage
    from formaudit.errors import (
        BrowserNotFoundError,
        ConfigError,
        FormauditError,
        SnapshotError,
        TargetContentError,
        TargetError,
        TargetHTTPError,
        TargetNotFoundError,
        TargetTimeoutError,
        TargetUnreachableError,
    )
    from formaudit.extract import extract
    from formaudit.fields import Field, FieldKind, Form, Option, PageInventory
    from formaudit.findings import Finding, LegalBasis, Severity
    from formaudit.pipeline import RunOptions, TargetSpec, audit_snapshot, run_audit
    from formaudit.reporters import ReportOptions, write_reports
    from formaudit.result import AuditResult, TargetResult
    from formaudit.snapshot import Snapshot, load_snapshot, save_snapshot
