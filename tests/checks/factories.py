"""Hand-built classified forms for check tests: no extractor or classifier involved."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from formaudit.checks.registry import load_checks
from formaudit.models.categories import Category
from formaudit.models.classification import CategoryMatch, ClassifiedField, ClassifiedForm, Evidence, EvidenceSource
from formaudit.models.context import AuditContext, FrictionBudget, Stage
from formaudit.models.fields import Field, FieldKind, Form, LabelSource, Option
from formaudit.models.findings import Finding

TARGET = "https://jobs.example.test/apply"
_ids = itertools.count(1)

CategorySpec = Category | tuple[Category, float]


def ask(
    label: str,
    *categories: CategorySpec,
    kind: FieldKind = FieldKind.TEXT,
    required: bool = False,
    group: str | None = None,
    section: str | None = None,
    options: Iterable[str] = (),
    description: str | None = None,
    placeholder: str | None = None,
    visible: bool = True,
    min_length: int | None = None,
    field_id: str | None = None,
    source: EvidenceSource = EvidenceSource.LABEL,
) -> ClassifiedField:
    """One classified question; a category alone means confidence 0.95."""
    field = Field(
        field_id=field_id or f"fa-{next(_ids)}",
        kind=kind,
        label=label,
        label_source=LabelSource.LABEL_FOR,
        required=required,
        group_label=group,
        section=section,
        options=tuple(Option(label=o) for o in options),
        description=description,
        placeholder=placeholder,
        visible=visible,
        min_length=min_length,
    )
    matches = []
    for spec in categories:
        category, confidence = spec if isinstance(spec, tuple) else (spec, 0.95)
        evidence = (Evidence(source=source, text=label, rule=f"test:{category}"),)
        matches.append(CategoryMatch(category=category, confidence=confidence, evidence=evidence))
    return ClassifiedField(field=field, matches=tuple(matches))


def form(*fields: ClassifiedField, title: str | None = "Apply for this job") -> ClassifiedForm:
    return ClassifiedForm(
        form=Form(form_id="form-1", title=title, fields=tuple(c.field for c in fields)), fields=fields
    )


def context(
    stage: Stage = Stage.APPLICATION,
    jurisdictions: Iterable[str] = (),
    budget: FrictionBudget | None = None,
    target: str = TARGET,
) -> AuditContext:
    return AuditContext(
        target=target, stage=stage, jurisdictions=tuple(jurisdictions), budget=budget or FrictionBudget()
    )


_BUILTINS = load_checks(plugins=False).by_id()


def run(check_id: str, classified: ClassifiedForm, ctx: AuditContext | None = None) -> list[Finding]:
    return list(_BUILTINS[check_id].run(classified, ctx or context()))
