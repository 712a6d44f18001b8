"""What the developer declared: autocomplete tokens and input types.

``type=email`` and ``type=password`` are trusted; ``type=tel`` less so (Firefox does not trust it:
sites use it for any number), hence its lower confidence.
"""

from __future__ import annotations

from formaudit.classify import signals
from formaudit.classify.signals import Signal, Tier
from formaudit.classify.vocabulary.autocomplete import category_for_autocomplete
from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.fields import Field, FieldKind

_TYPED_INPUTS: dict[str, tuple[Category, float]] = {
    "email": (Category.EMAIL, signals.TYPED_INPUT),
    "password": (Category.ACCOUNT_PASSWORD, signals.TYPED_INPUT),
    "tel": (Category.PHONE, signals.TEL_INPUT),
}

_KIND_TYPES: dict[FieldKind, str] = {
    FieldKind.EMAIL: "email",
    FieldKind.PASSWORD: "password",
    FieldKind.TEL: "tel",
}


def autocomplete_signals(field: Field) -> list[Signal]:
    if not field.autocomplete:
        return []
    found = category_for_autocomplete(field.autocomplete)
    if found is None:
        return []
    token, category = found
    return [Signal(category, EvidenceSource.AUTOCOMPLETE, field.autocomplete, f"autocomplete.{token}",
                   signals.AUTOCOMPLETE, Tier.SUPPORT)]


def input_type_signals(field: Field) -> list[Signal]:
    declared = (field.input_type or "").lower() or _KIND_TYPES.get(field.kind, "")
    if declared not in _TYPED_INPUTS:
        return []
    category, confidence = _TYPED_INPUTS[declared]
    rule = f"input_type.{declared}"
    return [Signal(category, EvidenceSource.INPUT_TYPE, declared, rule, confidence, Tier.SUPPORT)]
