"""Builders for realistic AuditResults, made only from formaudit's models (no pipeline, no browser).

Fixed timestamps and no randomness: the sample report generated from these must be byte-for-byte the
same on every run. The demo target uses a screenshot and field boxes captured once from the built-in
demo form (``python -m tests.reporters.capture_demo``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import CategoryMatch, ClassifiedField, ClassifiedForm, Evidence, EvidenceSource
from formaudit.models.context import Stage
from formaudit.models.fields import Field, FieldKind, Form, LabelSource, Option
from formaudit.models.findings import Finding, LegalBasis, Severity, make_fingerprint
from formaudit.models.result import FormAudit, FormMetrics, TargetResult
from formaudit.models.snapshot import Box, Provenance

DATA = Path(__file__).parent / "data"
GENERATED_AT = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
COLLECTED_AT = datetime(2026, 6, 1, 9, 28, 41, tzinfo=UTC)
VERSION = "0.1.0"

# Seconds a candidate spends per kind of question: a deliberately simple model for test data.
_SECONDS = {
    FieldKind.TEXTAREA: 150.0,
    FieldKind.FILE: 60.0,
    FieldKind.RADIO_GROUP: 10.0,
    FieldKind.CHECKBOX: 5.0,
}


@dataclass(frozen=True)
class Ask:
    """One question of a test form: the field and what the classifier would say it asks for."""

    field_id: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    categories: tuple[tuple[Category, float, str], ...] = ()  # (category, confidence, matched text)
    visible: bool = True
    options: tuple[str, ...] = ()
    group_label: str | None = None
    box_key: str | None = None


def field(ask: Ask, boxes: dict[str, Box]) -> ClassifiedField:
    source = LabelSource.LEGEND if ask.kind == FieldKind.RADIO_GROUP else LabelSource.LABEL_FOR
    made = Field(
        field_id=ask.field_id,
        kind=ask.kind,
        label=ask.label,
        label_source=source,
        name=ask.field_id,
        html_id=ask.field_id,
        required=ask.required,
        visible=ask.visible,
        group_label=ask.group_label,
        options=tuple(Option(label=o, value=o.lower()) for o in ask.options),
        box=boxes.get(ask.box_key or ask.field_id),
    )
    matches = tuple(
        CategoryMatch(
            category=category,
            confidence=confidence,
            evidence=(Evidence(source=EvidenceSource.LABEL, text=text, rule=f"vocabulary:{category}"),),
        )
        for category, confidence, text in ask.categories
    )
    return ClassifiedField(field=made, matches=matches)


def metrics(fields: Iterable[ClassifiedField]) -> FormMetrics:
    visible = [f.field for f in fields if f.field.visible]
    seconds = sum(_SECONDS.get(f.kind, 20.0) for f in visible)
    return FormMetrics(
        questions=len(visible),
        required_questions=sum(1 for f in visible if f.required),
        estimated_minutes=round(seconds / 60, 1),
    )


def form_audit(
    form_id: str, title: str | None, asks: Iterable[Ask], boxes: dict[str, Box] | None = None
) -> FormAudit:
    fields = tuple(field(a, boxes or {}) for a in asks)
    form = Form(
        form_id=form_id, title=title, action="/submit", method="post", fields=tuple(f.field for f in fields)
    )
    return FormAudit(classified=ClassifiedForm(form=form, fields=fields), metrics=metrics(fields))


def finding(
    check: CheckMeta,
    target: str,
    audit: FormAudit | None,
    field_id: str | None,
    message: str,
    *,
    severity: Severity | None = None,
    confidence: float = 0.9,
    legal: tuple[LegalBasis, ...] = (),
    baseline_state: str | None = None,
    waiver: str | None = None,
) -> Finding:
    """A finding as a check would make it, its evidence taken from the classified field."""
    classified = None
    if audit is not None and field_id is not None:
        classified = next(f for f in audit.classified.fields if f.field.field_id == field_id)
    question = classified.field.question if classified else ""
    categories = tuple(m.category for m in classified.matches) if classified else check.categories
    evidence = tuple(e for m in classified.matches for e in m.evidence) if classified else ()
    return Finding.model_validate(
        {
            "rule_id": check.id,
            "title": check.title,
            "message": message,
            "severity": severity or check.severity,
            "confidence": confidence,
            "target": target,
            "form_id": audit.classified.form.form_id if audit else None,
            "field_id": field_id,
            "field_label": question or None,
            "categories": categories,
            "evidence": evidence,
            "legal_basis": legal,
            "remediation": check.remediation,
            "fingerprint": make_fingerprint(check.id, target, categories, question or check.id),
            "baseline_state": baseline_state,
            "waiver": waiver,
        }
    )


def rule_of(check: CheckMeta, jurisdiction: str) -> LegalBasis:
    return next(r for r in check.jurisdictions if r.jurisdiction == jurisdiction)


def provenance(target: str, final_url: str, mode: str = "browser") -> Provenance:
    return Provenance.model_validate(
        {
            "target": target,
            "final_url": final_url,
            "collected_at": COLLECTED_AT,
            "mode": mode,
            "formaudit_version": VERSION,
            "browser_version": "Chromium 156.0.8078.108" if mode == "browser" else None,
            "viewport_width": 1280 if mode == "browser" else None,
            "viewport_height": 900 if mode == "browser" else None,
        }
    )


def target_result(
    target: str,
    *,
    location: str | None = None,
    title: str | None = None,
    forms: tuple[FormAudit, ...] = (),
    findings: tuple[Finding, ...] = (),
    jurisdictions: tuple[str, ...] = (),
    png: bytes | None = None,
    page: tuple[float, float] | None = None,
    mode: str = "browser",
    **extra: object,
) -> TargetResult:
    return TargetResult.model_validate(
        {
            "target": target,
            "location": location or target,
            "stage": Stage.APPLICATION,
            "jurisdictions": jurisdictions,
            "provenance": provenance(target, location or target, mode),
            "title": title,
            "forms": forms,
            "findings": findings,
            "screenshot_png": png,
            "page_width": page[0] if page else None,
            "page_height": page[1] if page else None,
            **extra,
        }
    )


def demo_capture() -> tuple[bytes, dict[str, Box], tuple[float, float], str]:
    """The committed screenshot of the demo form, its element boxes, page size and title."""
    measured = json.loads((DATA / "demo-form.json").read_text(encoding="utf-8"))
    boxes = {key: Box(x=v[0], y=v[1], width=v[2], height=v[3]) for key, v in measured["boxes"].items()}
    page = (float(measured["page_width"]), float(measured["page_height"]))
    return (DATA / "demo-form.png").read_bytes(), boxes, page, measured["title"]
