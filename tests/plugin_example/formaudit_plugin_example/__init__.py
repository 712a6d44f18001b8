"""An example plugin check: a question about the candidate's favourite colour is irrelevant to any job."""

from __future__ import annotations

import re
from collections.abc import Iterator

from formaudit import AuditContext, CheckMeta, ClassifiedForm, Finding, Reference, Severity, make_fingerprint

_COLOUR = re.compile(r"favou?rite colou?r", re.IGNORECASE)


class FavouriteColour:
    meta = CheckMeta(
        id="example.favourite-colour",
        title="Favourite colour asked",
        severity=Severity.LOW,
        rationale="A favourite colour says nothing about ability and wastes the candidate's time.",
        remediation="Remove the question.",
        references=(Reference(title="ICO: collect only what you need", url="https://ico.org.uk/"),),
        tags=("example", "friction"),
    )

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        for classified in form.fields:
            field = classified.field
            if field.visible and _COLOUR.search(field.question):
                yield Finding(
                    rule_id=self.meta.id,
                    title=self.meta.title,
                    message=f"“{field.question}” asks for the candidate's favourite colour.",
                    severity=self.meta.severity,
                    confidence=1.0,
                    target=context.target,
                    form_id=form.form.form_id,
                    field_id=field.field_id,
                    field_label=field.question,
                    remediation=self.meta.remediation,
                    fingerprint=make_fingerprint(self.meta.id, context.target, (), field.question),
                )
