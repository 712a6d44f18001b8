"""``work-before-interview``: assignments and long essays demanded before anyone has met the candidate.

Flags, at the application stage only:

* a field asking for an assignment, case study, coding test or work sample (upload, link or text):
  medium when required, low when optional;
* a free-text answer with a stated minimum of ``LONG_TEXT_CHARS`` characters or more (about 100
  words, from ``minlength`` or wording such as "at least 300 words"): low.
"""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import finding, quoted
from formaudit.checks.friction import sources as s
from formaudit.checks.friction.measure import required_text_length
from formaudit.checks.text import any_of, question_text, search
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext, Stage
from formaudit.models.fields import FieldKind
from formaudit.models.findings import Finding, Severity

LONG_TEXT_CHARS = 600

_ASSIGNMENT = any_of(
    [
        r"(take ?home|home) (assignment|task|test|exercise)",
        r"assignment",
        r"work sample",
        r"writing sample",
        r"sample of (your )?(work|writing)",
        r"case stud(y|ies)",
        r"(coding|technical|programming|practical|written) (challenge|test|exercise|task)",
        r"test task",
        r"homework",
        r"arbeitsprobe",
        r"probeaufgabe",
        r"fallstudie",
        r"cas pratique",
        r"etude de cas",
        r"exercice (technique|pratique|ecrit)",
        r"caso practico",
        r"prueba (tecnica|practica)",
        r"ejercicio (tecnico|practico)",
        r"(praktijk|thuis)opdracht",
        r"proefopdracht",
    ]
)
_ANSWER_KINDS = frozenset(
    {FieldKind.FILE, FieldKind.TEXTAREA, FieldKind.CONTENTEDITABLE, FieldKind.URL, FieldKind.TEXT}
)

META = CheckMeta(
    id="work-before-interview",
    title="Unpaid work or long essays demanded before any interview",
    severity=Severity.MEDIUM,
    rationale=(
        "An assignment or a long essay before the first conversation asks candidates for hours of "
        "unpaid work with no sign the employer is interested in them. Busy, employed, experienced people, "
        "and anyone who has been burnt by it before, decline; those who comply resent it."
    ),
    remediation=(
        "Move work samples to after a first interview, keep them short and paid where they are long, and "
        "drop minimum lengths on free-text answers."
    ),
    references=(s.SHRM_ABANDON, s.HRDIVE),
    tags=("friction",),
)


class WorkBeforeInterview:
    meta = META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if context.stage is not Stage.APPLICATION:
            return
        for classified in form.fields:
            field = classified.field
            if not field.visible or field.kind not in _ANSWER_KINDS:
                continue
            task = search(_ASSIGNMENT, question_text(field))
            minimum = required_text_length(field) if field.kind is not FieldKind.FILE else None
            if task:
                severity = Severity.MEDIUM if field.required else Severity.LOW
                message = f"{quoted([field.question])} asks for unpaid work (“{task}”) before any interview."
            elif minimum and minimum >= LONG_TEXT_CHARS:
                severity = Severity.LOW
                message = (
                    f"{quoted([field.question])} demands at least {minimum} characters of free text "
                    f"(about {minimum // 6} words) before any interview."
                )
            else:
                continue
            yield finding(
                self.meta,
                context,
                form,
                question=field.question,
                message=message,
                severity=severity,
                field=field,
                categories=(),
            )
