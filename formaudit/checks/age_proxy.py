"""``graduation-date``: graduation years and attendance dates, the usual proxy for a candidate's age.

The classifier files these under education, not date of birth, so this check reads the wording
itself (English, German, French, Spanish, Dutch). "Expected graduation" (students applying for
internships) is left alone: it says whether someone is still studying, not how old they are.
"""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import applicable_rules, finding, highest, quoted, stage_allows
from formaudit.checks.pre_offer import sources as s
from formaudit.checks.text import any_of, question_text, search
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm, Evidence, EvidenceSource
from formaudit.models.context import AuditContext, Stage
from formaudit.models.fields import FieldKind
from formaudit.models.findings import Finding, Severity

_GRADUATION = any_of(
    [
        r"(graduation|graduated|grad|leaving) (year|date)",
        r"year (of |you )?(graduation|graduated|graduating|completion|completed|leaving)",
        r"dates? (of )?attend(ed|ance)",
        r"(attended|attendance) (from|dates?)",
        r"(completion|finishing) (year|date)",
        r"abschlussjahr|jahr des abschlusses|schulbesuch (von|vom)",
        r"annee (d obtention|du diplome|de sortie)|date d obtention",
        r"ano de (graduacion|finalizacion|egreso)|fecha de (graduacion|finalizacion)",
        r"jaar van afstuderen|afstudeerjaar|diplomajaar|jaar diploma",
    ]
)
_EXPECTED = any_of([r"expected|anticipated|voraussichtlich|prevue?|prevista|previsto|verwacht(e)?"])
_ANSWER_KINDS = frozenset(
    {
        FieldKind.TEXT,
        FieldKind.NUMBER,
        FieldKind.DATE,
        FieldKind.SELECT,
        FieldKind.COMBOBOX,
        FieldKind.SPINBUTTON,
    }
)

META = CheckMeta(
    id="graduation-date",
    title="Graduation or attendance dates requested before an offer",
    severity=Severity.MEDIUM,
    rationale=(
        "The year someone left school or graduated gives their age away as surely as a birth date, and "
        "regulators treat it the same way: Colorado and Connecticut ban it on initial applications, and "
        "the EEOC warns that a graduation-year question can evidence age discrimination. Experienced "
        "candidates notice and go elsewhere."
    ),
    remediation=(
        "Ask which qualification the candidate holds, not when they obtained it. Verify dates, if at all, "
        "after a conditional offer."
    ),
    references=(
        s.ref(
            "EEOC informal discussion letter on high-school graduation year",
            "https://www.eeoc.gov/foia/eeoc-informal-discussion-letter-128",
        ),
        s.ref("Colorado Job Application Fairness Act (SB23-058)", s.COLORADO_JAFA_URL),
        s.ref("SHRM: Connecticut limits age inquiries of job applicants", s.CONNECTICUT_AGE_URL),
    ),
    tags=("pre-offer", "discrimination", "age"),
    categories=(Category.EDUCATION,),
    acceptable_from=Stage.OFFER,
    jurisdictions=(
        s.rule(
            "US",
            Severity.MEDIUM,
            "ADEA; EEOC: graduation-year questions may evidence age discrimination",
            "https://www.eeoc.gov/foia/eeoc-informal-discussion-letter-128",
        ),
        s.rule(
            "US-CO",
            Severity.HIGH,
            "C.R.S. §8-2-131: no dates of attendance or graduation on an initial application",
            s.COLORADO_JAFA_URL,
        ),
        s.rule(
            "US-CT",
            Severity.HIGH,
            "Conn. Gen. Stat. §46a-60 (PA 21-69): no dates of attendance or "
            "graduation on an initial application",
            s.CONNECTICUT_AGE_URL,
        ),
    ),
)


class GraduationDate:
    meta = META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if stage_allows(self.meta, context):
            return
        rules = applicable_rules(self.meta, context)
        severity = highest(self.meta.severity, *(r.severity for r in rules))
        for classified in form.fields:
            field = classified.field
            text = question_text(field)
            if not field.visible or field.kind not in _ANSWER_KINDS or search(_EXPECTED, text):
                continue
            words = search(_GRADUATION, text)
            if not words:
                continue
            yield finding(
                self.meta,
                context,
                form,
                question=field.question,
                message=(
                    f"{quoted([field.question])} asks when the candidate graduated or attended school "
                    f"(“{words}”) at the {context.stage} stage: a proxy for age."
                ),
                severity=severity,
                confidence=0.9,
                field=field,
                evidence=(
                    Evidence(
                        source=EvidenceSource.LABEL, text=field.question, rule=f"graduation-date: {words}"
                    ),
                ),
                rules=rules,
            )
