"""Declarations and the signatures that sign them: consent, not questions.

"I certify that ... The employer may contact any listed references" and "I authorise you to carry
out ... a credit check, criminal record check and passport check" ask the candidate for no
referee, passport or employer details: they ask for consent. What a declaration can ask for is
consent to checks (a credit check, a criminal-record check, a background investigation), so a
declaration keeps only those categories:

* a field whose label is itself a long first-person declaration ("I certify ...");
* a signing field ("Applicant signature", "I agree") whose description is the declaration it signs
  (the extractor attaches the text above the sign-off block).
"""

from __future__ import annotations

import re

from formaudit.classify.signals import Signal
from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.fields import Field
from formaudit.text import fold_question

CONSENTED: frozenset[Category] = frozenset(
    {Category.CREDIT_CHECK, Category.CRIMINAL_HISTORY, Category.BACKGROUND_CHECK_CONSENT}
)
_STATEMENT_CHARS = 120  # shorter text is a question or a checkbox label, which speaks for itself
_SIGNING_CHARS = 60
_FIRST_PERSON = re.compile(
    r"\bi (?:hereby )?(?:certify|declare|authori[sz]e|consent|agree|understand|acknowledge|confirm|attest)\b"
    r"|\bich (?:bestatige|versichere|willige)\b|\bje (?:certifie|declare|autorise|consens)\b"
)
_SIGNING = re.compile(
    r"\b(?:signature|signed|sign here|e ?sign|i agree|i accept|i consent|i confirm|agreed|accepted"
    r"|declaration|unterschrift|firma|handtekening)\b"
)


def is_declaration(text: str | None) -> bool:
    """A first-person statement the candidate signs, not a question they answer."""
    if not text or len(text) < _STATEMENT_CHARS or text.rstrip().endswith("?"):
        return False
    return _FIRST_PERSON.search(fold_question(text)) is not None


def is_signing(field: Field) -> bool:
    """A short "Signature" / "I agree" field: it signs the declaration in its description."""
    label = field.label.strip()
    return 0 < len(label) <= _SIGNING_CHARS and _SIGNING.search(fold_question(label)) is not None


def consent_only(field: Field, found: list[Signal]) -> list[Signal]:
    """Keep only consent categories from the parts of the field that are a declaration."""
    declared: set[EvidenceSource] = set()
    if is_declaration(field.label):
        declared.add(EvidenceSource.LABEL)
    if is_declaration(field.group_label):
        declared.add(EvidenceSource.GROUP_LABEL)
    if field.description and (is_signing(field) or is_declaration(field.description)):
        declared.add(EvidenceSource.DESCRIPTION)
    if not declared:
        return found
    return [s for s in found if s.source not in declared or s.category in CONSENTED]
