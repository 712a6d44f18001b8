"""formaudit: audit job-application forms for what they ask candidates before any offer exists.

The pipeline::

    target -> collect -> Snapshot -> extract -> Form/Field -> classify -> checks -> AuditResult -> reporters

Only the names in ``__all__`` are public API (``tests/test_public_api.py`` keeps the list honest).
They are loaded on first use, so ``import formaudit`` starts neither Playwright nor BeautifulSoup.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from formaudit.version import __version__

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
    "Snapshot": "formaudit.models.snapshot",
    "load_snapshot": "formaudit.models.snapshot",
    "save_snapshot": "formaudit.models.snapshot",
    "CollectOptions": "formaudit.collect.options",
    "Field": "formaudit.models.fields",
    "FieldKind": "formaudit.models.fields",
    "Form": "formaudit.models.fields",
    "Option": "formaudit.models.fields",
    "PageInventory": "formaudit.models.fields",
    "Category": "formaudit.models.categories",
    "CategoryMatch": "formaudit.models.classification",
    "ClassifiedField": "formaudit.models.classification",
    "ClassifiedForm": "formaudit.models.classification",
    "Evidence": "formaudit.models.classification",
    "AuditContext": "formaudit.models.context",
    "FrictionBudget": "formaudit.models.context",
    "Stage": "formaudit.models.context",
    "Finding": "formaudit.models.findings",
    "make_fingerprint": "formaudit.models.findings",
    "LegalBasis": "formaudit.models.findings",
    "Severity": "formaudit.models.findings",
    "Check": "formaudit.models.checks",
    "CheckFailure": "formaudit.models.checks",
    "CheckMeta": "formaudit.models.checks",
    "Reference": "formaudit.models.checks",
    "AuditResult": "formaudit.models.result",
    "TargetResult": "formaudit.models.result",
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
    "CheckFailure",
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
    "make_fingerprint",
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
    from formaudit.checks import load_checks, run_checks, select_checks
    from formaudit.classify import classify_field, classify_form
    from formaudit.collect import collect_many, collect_static
    from formaudit.collect.options import CollectOptions
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
    from formaudit.models.categories import Category
    from formaudit.models.checks import Check, CheckFailure, CheckMeta, Reference
    from formaudit.models.classification import CategoryMatch, ClassifiedField, ClassifiedForm, Evidence
    from formaudit.models.context import AuditContext, FrictionBudget, Stage
    from formaudit.models.fields import Field, FieldKind, Form, Option, PageInventory
    from formaudit.models.findings import Finding, LegalBasis, Severity, make_fingerprint
    from formaudit.models.result import AuditResult, TargetResult
    from formaudit.models.snapshot import Snapshot, load_snapshot, save_snapshot
    from formaudit.pipeline import RunOptions, TargetSpec, audit_snapshot, run_audit
    from formaudit.reporters import ReportOptions, write_reports
