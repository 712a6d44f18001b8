"""What formaudit could not read, said as findings the gate sees: never a false clean.

* ``language-not-covered``: the form is in a language the vocabulary does not read, so its questions
  went unread and an absence of findings on it means nothing (medium: the default gate fails).
* ``unrecognised-questions``: in a language formaudit reads, more of the form's questions than the
  budget allows were recognised neither as a data category nor as an ordinary application question.
  The finding lists them for a person to read.
* ``steps-not-read``: the application has more steps than the one on screen ("Step 1 of 5"); the
  others open only once a step is answered and sent, which formaudit never does, so they went
  unread (low: part of the form was read; the finding says which steps were not).

All three are about formaudit, not the employer: their fix is to read the questions, or to waive or
level the rule once someone has.
"""

from __future__ import annotations

from collections.abc import Iterator

from formaudit.checks.build import finding, road_finding
from formaudit.models.checks import CheckMeta, Reference
from formaudit.models.classification import ClassifiedForm, Evidence, EvidenceSource
from formaudit.models.context import AuditContext
from formaudit.models.findings import Finding, Severity
from formaudit.models.road import Road

LISTED = 8  # unrecognised questions named in a message; the report lists them all

_COVERAGE_DOCS = Reference(title="formaudit: what a clean report means",
                           url="https://github.com/formaudit/formaudit#what-a-clean-report-means")

LANGUAGE_META = CheckMeta(
    id="language-not-covered",
    title="Form in a language formaudit does not read",
    severity=Severity.MEDIUM,
    rationale=(
        "formaudit recognises what a question asks from its wording, and it reads only some languages. "
        "On a form in another language it finds nothing because it understood nothing, not because "
        "nothing sensitive is asked; forms in other languages are often the ones that ask for date of "
        "birth, marital status, children or military service."
    ),
    remediation=(
        "Have someone who reads the language go through the questions listed in the report, or audit a "
        "version of the form in a language formaudit reads. Waive this rule for the form once that is done."
    ),
    references=(_COVERAGE_DOCS,),
    tags=("coverage",),
)

UNRECOGNISED_META = CheckMeta(
    id="unrecognised-questions",
    title="Questions formaudit could not recognise",
    severity=Severity.LOW,
    rationale=(
        "formaudit knows the ordinary questions of an application and the data no employer needs before "
        "an offer. A question it recognises as neither may ask for anything: unusual wording, a bare field "
        "whose meaning sits in an image or a script, or a language mixed into the form."
    ),
    remediation=(
        "Read the listed questions yourself. Where one asks for sensitive data, remove it or move it to a "
        "later stage; where it is harmless, waive this rule for the form. The share allowed is "
        "`[budget] max_unrecognised_share` (default 0.30)."
    ),
    references=(_COVERAGE_DOCS,),
    tags=("coverage",),
)


def _questions(form: ClassifiedForm) -> int:
    return sum(1 for f in form.fields if f.field.visible)


def _listing(form: ClassifiedForm) -> str:
    labels = [f"“{question}”" for question in form.unrecognised_questions]
    more = f" and {len(labels) - LISTED} more" if len(labels) > LISTED else ""
    return ", ".join(labels[:LISTED]) + more


def not_read(form: ClassifiedForm) -> str | None:
    """The sentence that says a form was not read, for the finding and every report; None if it was."""
    language = form.language
    if language is None or not language.unread:
        return None
    return (f"This form is in {language.name} ({language.code}), which formaudit does not read: "
            f"{len(form.unrecognised)} of {_questions(form)} questions went unread.")


class LanguageNotCovered:
    meta = LANGUAGE_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        sentence = not_read(form)
        if sentence is None or form.language is None or not form.unrecognised:
            return
        yield finding(
            self.meta, context, form,
            question=f"language {form.language.code}",
            message=f"{sentence} Read them yourself: {_listing(form)}.",
            severity=self.meta.severity,
            confidence=form.language.confidence,
            categories=(),
        )


class UnrecognisedQuestions:
    meta = UNRECOGNISED_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        limit = context.budget.max_unrecognised_share
        language = form.language
        # A form in a language formaudit does not read is language-not-covered's to report.
        if limit is None or (language is not None and language.unread):
            return
        total, unread = _questions(form), len(form.unrecognised)
        if not total or unread / total <= limit:
            return
        yield finding(
            self.meta, context, form,
            question="unrecognised questions",
            message=(f"{unread} of {total} questions were not recognised (more than {limit:.0%}): read them "
                     f"yourself: {_listing(form)}."),
            severity=self.meta.severity,
            categories=(),
        )


STEPS_META = CheckMeta(
    id="steps-not-read",
    title="Steps of the application formaudit could not read",
    severity=Severity.LOW,
    rationale=(
        "Many applications are split into steps (\"Step 1 of 5\", a progress bar, a list of stages). The next "
        "step opens only once the current one is answered and sent, and formaudit never types or sends "
        "anything, so it reads the step on screen only. Later steps often hold the questions that matter "
        "most: voluntary disclosures, background-check consent, salary history."
    ),
    remediation=(
        "Read the later steps yourself, or audit them from saved snapshots or the ATS's own question API "
        "(`greenhouse:board`, `lever:`, ...), then waive this rule for the form."
    ),
    references=(_COVERAGE_DOCS,),
    tags=("coverage",),
)


class StepsNotRead:
    meta = STEPS_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        return iter(())  # a page-level check: see run_road

    def run_road(self, road: Road, context: AuditContext) -> Iterator[Finding]:
        flow = road.flow
        if flow is None or flow.total is None or flow.total <= flow.read:
            return
        current = flow.current or 1
        unread = [number for number in range(1, flow.total + 1) if number != current]
        named = ""
        if flow.names:
            named = " (" + ", ".join(f"“{flow.names[n - 1]}”" for n in unread if n <= len(flow.names)) + ")"
        yield road_finding(
            self.meta, context, question="application steps",
            message=(f"The application has {flow.total} steps and formaudit read step {current} only; steps "
                     f"{_numbers(unread)}{named} were not read: {flow.unread_reason}."),
            severity=self.meta.severity,
            evidence=(Evidence(source=EvidenceSource.ROAD, text=flow.evidence, rule="road.steps"),),
        )


def _numbers(values: list[int]) -> str:
    text = [str(v) for v in values]
    return text[0] if len(text) == 1 else ", ".join(text[:-1]) + " and " + text[-1]
