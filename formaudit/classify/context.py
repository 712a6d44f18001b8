"""Section awareness: a field is read together with the block it sits in.

Three kinds of block (``vocabulary.sections``):

* third-party blocks (emergency contact, referees, other applications, bank details, spouse,
  previous names, identity documents): a field that asks only for a name, phone, email, address,
  job title or organisation takes the block's category instead, because those details are not the
  candidate's own ("Phone" under "Next of kin" is the next of kin's phone);
* history blocks (employment, education): a company phone or a school's city is part of the
  history, and a bare "Salary" there is what a past job paid;
* subject blocks (criminal record, health, salary expectations, credit): an otherwise silent
  follow-up field ("Give details", "Lower range") shares the block's subject.

A field with its own sensitive category keeps it and inherits nothing: "Date of birth" under
"Referees" is still a date of birth. One exception: an age or birth date in a family block ("Age"
under "Family members") is the relative's, so it is family data, not the candidate's birth date.
Form plumbing (progress questions, dates, signatures, privacy consents) never inherits.
"""

from __future__ import annotations

from collections.abc import Iterable

from formaudit.classify import signals, typos
from formaudit.classify.matcher import is_bare_label, is_form_plumbing, is_page_title, match_heading, match_text
from formaudit.classify.signals import Signal, Tier
from formaudit.classify.vocabulary import BARE_SALARY_RULE
from formaudit.classify.vocabulary.sections import CLAIMING_BLOCKS, HISTORY_BLOCKS, SUBJECT_BLOCKS, THIRD_PARTY_BLOCKS
from formaudit.models.categories import Category
from formaudit.models.classification import EvidenceSource
from formaudit.models.fields import Field
from formaudit.text import fold_question, original_span

CONTACT_DETAILS: frozenset[Category] = frozenset(
    {Category.NAME, Category.PHONE, Category.EMAIL, Category.ADDRESS, Category.EMAIL_CONFIRMATION}
)
# What a third-party block replaces: contact details plus the person's job title and organisation.
REPLACEABLE: frozenset[Category] = CONTACT_DETAILS | HISTORY_BLOCKS
# Own categories that mean "this field is about someone else" wherever the field sits.
ABOUT_SOMEONE_ELSE: frozenset[Category] = THIRD_PARTY_BLOCKS - {Category.IDENTITY_DOCUMENT}
# Day/month/year selects in these blocks are a start, graduation or expiry date, not a birth date.
_OTHER_DATE_BLOCKS = HISTORY_BLOCKS | {Category.IDENTITY_DOCUMENT}


def heading_signals(field: Field) -> list[Signal]:
    """Inheritable categories named by the field's section heading."""
    if not field.section:
        return []
    folded = fold_question(field.section)
    found = [
        Signal(m.phrase.category, EvidenceSource.SECTION, original_span(field.section, m.start, m.end),
               m.phrase.rule, signals.SECTION_ALONE, Tier.CONTEXT)
        for m in match_heading(folded)
    ]
    corrected, corrections = typos.correct(folded)
    if corrections:  # "In case of emergancy, contact"
        seen = {s.category for s in found}
        for m in match_heading(corrected):
            used = tuple(c for c in corrections if c.confirmed_by(m.start, m.end))
            if m.phrase.category not in seen and used:
                signal = Signal(m.phrase.category, EvidenceSource.SECTION, field.section, m.phrase.rule,
                                signals.SECTION_ALONE, Tier.CONTEXT)
                found.append(typos.misspelt(signal, field.section, used))
    return found


def bare_field_signals(field: Field, found: list[Signal]) -> list[Signal]:
    """A field whose label says nothing ("INR", "Amount", "Details", "1.") under a heading that names
    a category ("Current / Last Salary") asks for what the heading names, with the heading as evidence.

    Only for fields that found nothing else, and only the heading's wording read as a question would
    be (not a page title, not form plumbing such as "Signature").
    """
    if found or not field.section or not is_bare_label(fold_question(field.label)):
        return found
    folded = fold_question(field.section)
    if is_page_title(folded) or is_form_plumbing(folded):
        return found
    return [
        Signal(m.phrase.category, EvidenceSource.SECTION, original_span(field.section, m.start, m.end),
               m.phrase.rule, signals.SECTION_ALONE, Tier.CONTEXT)
        for m in match_text(folded) if not m.phrase.weak
    ]


def adjust_for_blocks(field: Field, own: list[Signal], headings: list[Signal]) -> list[Signal]:
    """Rewrite the field's own signals for the block it sits in (heading or question container)."""
    blocks = {s.category for s in headings} | {s.category for s in own if s.tier is Tier.QUESTION}
    adjusted: list[Signal] = []
    for signal in own:
        if Category.WORK_HISTORY in blocks and _is_bare_salary(signal):
            adjusted.append(Signal(Category.SALARY_HISTORY, signal.source, signal.text,
                                   "salary_history.bare_salary_in_work_history", signals.STRONG_SUPPORT,
                                   signal.tier))
        elif signal.source is EvidenceSource.STRUCTURE and blocks & _OTHER_DATE_BLOCKS:
            continue
        else:
            adjusted.append(signal)
    return adjusted


def _is_bare_salary(signal: Signal) -> bool:
    return signal.category is Category.SALARY_EXPECTATION and signal.rule.endswith(BARE_SALARY_RULE)


def inherit(field: Field, own: list[Signal], headings: list[Signal]) -> list[Signal]:
    """Add the categories the field takes from its section heading."""
    if not headings or is_form_plumbing(fold_question(field.label)):
        return own
    own_categories = {s.category for s in own}
    result = list(own)
    for heading in headings:
        block = heading.category
        if block in own_categories:
            result.append(heading)
        elif block is Category.FAMILY and own_categories == {Category.DATE_OF_BIRTH}:
            result = _replace(result, frozenset(own_categories), heading, over_contact=True)
        elif block in THIRD_PARTY_BLOCKS and own_categories <= REPLACEABLE:
            result = _replace(result, REPLACEABLE, heading, bool(own_categories))
        elif block in HISTORY_BLOCKS and own_categories <= CONTACT_DETAILS:
            result = _replace(result, CONTACT_DETAILS, heading, bool(own_categories))
        elif block in SUBJECT_BLOCKS and not own_categories:
            result.append(heading)
        elif own_categories and own_categories <= CLAIMING_BLOCKS.get(block, frozenset()):
            result.append(heading)  # resolve() then drops what the block claims (the account password)
    return result


def _replace(
    current: list[Signal], replaced: frozenset[Category], heading: Signal, over_contact: bool
) -> list[Signal]:
    confidence = signals.SECTION_OVER_CONTACT if over_contact else signals.SECTION_ALONE
    kept = [s for s in current if s.category not in replaced]
    inherited = Signal(heading.category, heading.source, heading.text, heading.rule, confidence, heading.tier)
    return [*kept, inherited]


def resolve(found: Iterable[Signal]) -> list[Signal]:
    """Drop categories that another category found on the same field makes wrong."""
    found = list(found)
    categories = {s.category for s in found}
    dropped: set[Category] = set()
    if categories & ABOUT_SOMEONE_ELSE:
        dropped |= REPLACEABLE
    elif categories & HISTORY_BLOCKS:
        dropped |= CONTACT_DETAILS
    if Category.SALARY_HISTORY in categories:
        dropped.add(Category.WORK_HISTORY)  # "pay stub from your current employer" asks for pay
    if Category.EMAIL_CONFIRMATION in categories:
        dropped.add(Category.EMAIL)
    if Category.SOCIAL_MEDIA_CREDENTIALS in categories:
        dropped |= {Category.SOCIAL_MEDIA, Category.ACCOUNT_PASSWORD}
    return [s for s in found if s.category not in dropped]
