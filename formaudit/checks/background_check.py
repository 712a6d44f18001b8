"""Background-check consent bundled into an application (US FCRA stand-alone disclosure).

The FCRA wants the background-check disclosure "in a document that consists solely of the
disclosure"; courts held that a liability waiver (Syed v. M-I, 2017) or extra state notices (Gilberg,
2019) beside it break that rule, wilfully. The check flags a background-check consent when any of:

* the audited stage is before an offer: the consent sits inside the application flow;
* the same form also asks application questions (any category other than the identity details a
  background check needs);
* the consent's own text adds a release, waiver, at-will or accuracy statement, or state notices
  (the US stand-alone rule: applied to US jobs and to audits that name no jurisdiction).

A stand-alone disclosure-and-authorisation form at offer stage is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import applicable_rules, group_finding, highest, quoted, subject
from formaudit.checks.grouping import MIN_CONFIDENCE, group_questions, matches_for
from formaudit.checks.pre_offer import sources as s
from formaudit.checks.text import any_of, question_text, search
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedForm
from formaudit.models.context import AuditContext, Stage, covered_by_any
from formaudit.models.findings import Finding, Severity

# What a stand-alone authorisation form may legitimately collect to run the check.
_IDENTIFYING: frozenset[Category] = frozenset(
    {
        Category.BACKGROUND_CHECK_CONSENT,
        Category.NAME,
        Category.EMAIL,
        Category.PHONE,
        Category.ADDRESS,
        Category.DATE_OF_BIRTH,
        Category.GOVERNMENT_ID,
        Category.PREVIOUS_NAMES,
        Category.IDENTITY_DOCUMENT,
    }
)

_EXTRANEOUS = any_of(
    [
        r"releas(e|es|ing)",
        r"waive(r|s)?",
        r"hold harmless",
        r"liabilit(y|ies)",
        r"discharge",
        r"at will",
        r"true (and|&) (complete|correct|accurate)",
        r"complete and (accurate|correct)",
        r"(california|new york|minnesota|oklahoma|washington|maine|new jersey|vermont) "
        r"(applicants|residents|notice)",
    ]
)

META = CheckMeta(
    id="background-check-bundled",
    title="Background-check consent bundled into the application",
    severity=Severity.MEDIUM,
    rationale=(
        "A tick box that authorises background checks inside the application, often with a release "
        "of liability beside it, asks every applicant to sign away rights before anyone has decided "
        "they are worth checking. US law requires the disclosure in a document of its own; bundling "
        "it is a wilful violation that has cost employers class actions. Candidates who read the small "
        "print rightly hesitate."
    ),
    remediation=(
        "Take the consent out of the application. After a conditional offer, give the candidate a "
        "stand-alone disclosure (the authorisation may sit on it, nothing else: no waiver, no state "
        "notices, no attestations) and run the check only then."
    ),
    references=(
        s.ref("FCRA 15 U.S.C. §1681b(b)(2)(A): stand-alone disclosure", s.FCRA_URL),
        s.ref("Syed v. M-I, LLC, 853 F.3d 492 (9th Cir. 2017)", s.SYED_URL),
        s.ref("Gilberg v. California Check Cashing Stores (9th Cir. 2019)", s.GILBERG_URL),
        s.ref("ICO: pre-employment vetting", s.ICO_VETTING_URL),
    ),
    tags=("pre-offer", "privacy", "background-check", "us"),
    categories=(Category.BACKGROUND_CHECK_CONSENT,),
    acceptable_from=None,
    jurisdictions=(
        s.rule(
            "US",
            Severity.HIGH,
            "FCRA 15 U.S.C. §1681b(b)(2)(A)(i): a document that consists solely of the disclosure",
            s.FCRA_URL,
        ),
        s.rule(
            "US-CA",
            Severity.HIGH,
            "Cal. Civ. Code §1786.16 (ICRAA): stand-alone disclosure",
            s.leginfo_ca("CIV", "1786.16"),
        ),
        s.rule(
            "GB",
            Severity.MEDIUM,
            "UK GDPR; ICO: vet only the successful candidate, where justified",
            s.ICO_VETTING_URL,
        ),
    ),
)


def _stand_alone_rule_applies(context: AuditContext) -> bool:
    """The "nothing but the disclosure" rule is US law (FCRA, ICRAA): it binds US jobs, and audits
    that name no jurisdiction (the strictest reading); a UK consent may carry an accuracy statement."""
    return not context.jurisdictions or covered_by_any("US", context.jurisdictions)


class BackgroundCheckBundled:
    meta = META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        matches = matches_for(form, Category.BACKGROUND_CHECK_CONSENT, floor=MIN_CONFIDENCE)
        if not matches:
            return
        consent_ids = {id(classified) for classified, _ in matches}
        others = [
            c.field.question
            for c in form.fields
            if c.field.visible and id(c) not in consent_ids and c.categories - _IDENTIFYING
        ]
        for group in group_questions(form, matches):
            reasons: list[str] = []
            if not context.stage.at_or_after(Stage.OFFER):
                reasons.append(f"it sits in the {context.stage}-stage flow, before any offer")
            if others:
                reasons.append(
                    f"the same form asks {len(others)} other question(s) such as {quoted(others, 2)}"
                )
            extra = search(_EXTRANEOUS, " ".join(question_text(c.field) for c in group.fields))
            if extra and _stand_alone_rule_applies(context):
                reasons.append(f"its text adds other terms (“{extra}”)")
            if not reasons:
                continue
            rules = applicable_rules(self.meta, context)
            severity = highest(self.meta.severity, *(r.severity for r in rules))
            message = (
                f"{subject(group)} asks for consent to a background check inside the application: "
                + "; ".join(reasons)
                + "."
            )
            yield group_finding(
                self.meta, context, form, group, message=message, severity=severity, rules=rules
            )
