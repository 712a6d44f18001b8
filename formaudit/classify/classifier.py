"""From a field to the categories it asks for, with confidence and evidence.

The order of reading, and why:

1. The question: the label and the group label. What the candidate reads decides.
2. Support: placeholder, description, name/id, vendor hints, options, autocomplete, input type,
   neighbouring date selects. When the question named a category firmly, support only confirms it
   (an ``id="gender"`` copied onto a phone field must not make it a sex question), except that a
   bare contact-detail question ("Phone") may learn from its name whose phone it is
   (``name="emergency_phone"``); when the question is silent or only weak, support speaks for itself.
3. The block: section headings and question containers (``context``): third-party blocks take over
   contact details, history blocks absorb company phones, subject blocks reach silent follow-ups.
4. Consistency: categories made wrong by another one on the same field are dropped (a referee's
   email is not the candidate's email; a confirmation field is not a second email question).

An equal-opportunity statement (three or more protected grounds next to "discriminate", "regardless
of", "sans distinction"...) is a promise, not a question: its grounds are not counted.
"""

from __future__ import annotations

from collections.abc import Iterable

from formaudit.classify import context, declarations, typos
from formaudit.classify.attributes import autocomplete_signals, input_type_signals
from formaudit.classify.matcher import (
    PhraseMatch,
    is_non_discrimination_statement,
    is_vetoed,
    match_identifier,
    match_text,
)
from formaudit.classify.signals import Signal, Tier, combine, phrase_confidence, tier_of
from formaudit.classify.structure import option_signals, permit_upload_signals
from formaudit.classify.vocabulary.statements import PROTECTED_GROUNDS
from formaudit.models.categories import Category, is_sensitive
from formaudit.models.classification import CategoryMatch, ClassifiedField, EvidenceSource
from formaudit.models.fields import Field, LabelSource
from formaudit.text import fold_identifier, fold_question, original_span

_CATEGORY_ORDER = {category: index for index, category in enumerate(Category)}
Categories = frozenset[Category] | None
# "We do not discriminate on the basis of race, religion, sex, age..." lists grounds; it asks nothing.
_STATEMENT_GROUNDS = 3
_SUBSTANTIVE_WORDS = 2  # "Position applying for" speaks; a bare "Number" may lean on its name
# Labels that name a slot, not its subject ("Document number", "ID code"): the name says whose.
_SLOT_WORDS = frozenset({"number", "no", "nr", "id", "code", "document", "details", "identifier",
                         "nummer", "numero", "numéro", "ref", "reference"})


def _text_signals(source: EvidenceSource, raw: str | None, only: Categories = None) -> list[Signal]:
    if not raw:
        return []
    folded = fold_question(raw)
    matches = match_text(folded, only)
    found = [_signal(source, match, original_span(raw, match.start, match.end)) for match in matches]
    corrected, corrections = typos.correct(folded)
    if corrections:
        seen = {m.phrase.category for m in matches}
        for match in match_text(corrected, only):
            used = tuple(c for c in corrections if c.confirmed_by(match.start, match.end))
            # The text as typed still vetoes: "photography portfolio" stays no photo when read as "photographs".
            if match.phrase.category not in seen and used and not is_vetoed(match.phrase, folded):
                found.append(typos.misspelt(_signal(source, match, raw), raw, used))
    grounds = {s.category for s in found} & PROTECTED_GROUNDS
    if len(grounds) >= _STATEMENT_GROUNDS and is_non_discrimination_statement(corrected):
        found = [s for s in found if s.category not in PROTECTED_GROUNDS]
    return found


def _identifier_signals(source: EvidenceSource, raw: str | None, only: Categories = None) -> list[Signal]:
    if not raw:
        return []
    return [_signal(source, match, raw) for match in match_identifier(fold_identifier(raw), only)]


def _signal(source: EvidenceSource, match: PhraseMatch, text: str) -> Signal:
    phrase = match.phrase
    return Signal(phrase.category, source, text, phrase.rule, phrase_confidence(source, weak=phrase.weak),
                  tier_of(source), weak=phrase.weak)


def question_signals(field: Field) -> list[Signal]:
    found = _text_signals(EvidenceSource.LABEL, field.label)
    if field.group_label and fold_question(field.group_label) != fold_question(field.label):
        found += _text_signals(EvidenceSource.GROUP_LABEL, field.group_label)
    return found


def support_signals(field: Field, date_parts: Signal | None, only: Categories = None) -> list[Signal]:
    """Everything but the question; ``only`` limits it to confirming categories already found."""
    found = _text_signals(EvidenceSource.PLACEHOLDER, field.placeholder, only)
    found += _text_signals(EvidenceSource.DESCRIPTION, field.description, only)
    found += _identifier_signals(EvidenceSource.NAME, field.name, only)
    if field.html_id and field.html_id != field.name:
        found += _identifier_signals(EvidenceSource.NAME, field.html_id, only)
    for value in field.hints.values():
        found += _identifier_signals(EvidenceSource.HINTS, value, only)
    found += option_signals(field)
    found += autocomplete_signals(field)
    found += input_type_signals(field)
    if date_parts is not None:
        found.append(date_parts)
    if only is not None:
        found = [s for s in found if s.category in only]
    return found


def own_signals(field: Field, date_parts: Signal | None = None) -> list[Signal]:
    """What the field itself says, before its block is considered."""
    question = question_signals(field)
    firm = frozenset(s.category for s in question if not s.weak)
    if firm and firm <= context.CONTACT_DETAILS:
        # "Phone" named emergency_phone or nok_tel: whose phone it is may only be in the name.
        firm |= context.ABOUT_SOMEONE_ELSE
    found = question + support_signals(field, date_parts, firm or None)
    found = declarations.consent_only(field, found)
    found = _without_name_only_sensitive(field, question, found)
    return found + permit_upload_signals(field, found)


def _speaks_for_itself(field: Field) -> bool:
    """A visible label of a few words: what the candidate reads, and no copy-pasted id, says what is asked."""
    if field.label_source in (LabelSource.NAME_ATTRIBUTE, LabelSource.NONE, LabelSource.PLACEHOLDER):
        return False
    words = fold_question(field.label).split()
    return len(words) >= _SUBSTANTIVE_WORDS and not _SLOT_WORDS.intersection(words)


def _without_name_only_sensitive(field: Field, question: list[Signal], found: list[Signal]) -> list[Signal]:
    """``name="ssn"`` pasted onto "Position applying for": a name/id alone does not make a label sensitive.

    Only when the label is substantive and names nothing sensitive itself; a label-less field (or a
    bare "Number") still learns from its name.
    """
    if any(is_sensitive(s.category) for s in question) or not _speaks_for_itself(field):
        return found
    return [s for s in found if not (s.source is EvidenceSource.NAME and is_sensitive(s.category))]


def classify(field: Field, date_parts: Signal | None = None) -> ClassifiedField:
    headings = context.heading_signals(field)
    found = context.adjust_for_blocks(field, own_signals(field, date_parts), headings)
    found = context.inherit(field, found, headings)
    found = context.bare_field_signals(field, context.resolve(found))
    return ClassifiedField(field=field, matches=_matches(context.resolve(found)))


def _matches(found: Iterable[Signal]) -> tuple[CategoryMatch, ...]:
    by_category: dict[Category, list[Signal]] = {}
    for signal in found:
        by_category.setdefault(signal.category, []).append(signal)
    matches = []
    for category, group in by_category.items():
        unique = list({(s.source, s.rule, s.text): s for s in group}.values())
        unique.sort(key=lambda s: (-s.confidence, s.tier is not Tier.QUESTION))
        confidence = combine(s.confidence for s in unique)
        matches.append(CategoryMatch(category=category, confidence=confidence,
                                     evidence=tuple(s.evidence() for s in unique)))
    matches.sort(key=lambda m: (-m.confidence, _CATEGORY_ORDER[m.category]))
    return tuple(matches)
