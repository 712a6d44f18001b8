"""Voluntary self-identification: equal-opportunity monitoring that is not a selection question.

US EEO self-identification, OFCCP disability and veteran forms, and UK/EU diversity monitoring ask
for sex, ethnicity, disability, sexual orientation or religion on purpose, and lawfully, when the
answer is visibly voluntary, can be declined, and is kept away from whoever decides. A check treats
such a question as at most a note when all three hold:

* the question, its group, section, help text or form title says it is voluntary, optional,
  self-identification or monitoring (in English, German, French, Spanish or Dutch);
* it offers a way to decline: a "prefer not to say" option (or a sibling checkbox saying so), or,
  for a free-text question or a lone checkbox, simply being optional;
* it is not required.
"""

from __future__ import annotations

from dataclasses import dataclass

from formaudit.checks.text import any_of, normalise, search
from formaudit.models.categories import Category
from formaudit.models.classification import ClassifiedField, ClassifiedForm
from formaudit.models.fields import FieldKind

# Categories that equal-opportunity monitoring legitimately asks about (age band included: UK
# monitoring forms ask it, and Acas says to move age questions there).
SELF_IDENTIFICATION_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.SEX_GENDER,
        Category.ETHNICITY,
        Category.VETERAN_STATUS,
        Category.HEALTH,
        Category.SEXUAL_ORIENTATION,
        Category.RELIGION,
        Category.DATE_OF_BIRTH,
    }
)

CHOICE_KINDS: frozenset[FieldKind] = frozenset(
    {FieldKind.SELECT, FieldKind.RADIO_GROUP, FieldKind.CHECKBOX_GROUP, FieldKind.COMBOBOX, FieldKind.LISTBOX}
)

VOLUNTARY_WORDS = any_of(
    [
        r"voluntar(y|ily)",
        r"optional(e|en)?",
        r"self ?(identify|identification|identified|describe|disclosure)",
        r"monitoring",
        r"equal (employment )?opportunit(y|ies)",
        r"eeo",
        r"diversity",
        r"not (be )?(shared|seen|used|visible) (with|by|in|for)",
        r"freiwillig(e|en|es)?",
        r"chancengleichheit",
        r"vielfalt",
        r"diversitat",
        r"facultati(f|ve)s?",
        r"volontaire",
        r"optionnel(le)?s?",
        r"auto ?identification",
        r"egalite des chances",
        r"diversite",
        r"voluntari[oa]s?",
        r"opcional(es)?",
        r"autoidentificacion",
        r"igualdad de oportunidades",
        r"diversidad",
        r"vrijwillig(e)?",
        r"optioneel",
        r"facultatief",
        r"gelijke kansen",
        r"diversiteit",
    ]
)

DECLINE_WORDS = any_of(
    [
        r"decline(d)?( to)?",
        r"prefer not",
        r"i d rather not",
        r"rather not",
        r"(do not|don t|dont) (wish|want) to",
        r"not wish to",
        r"choose not to",
        r"not (to )?(answer|say|disclose|specify|state)",
        r"keine angabe(n)?",
        r"mochte (ich )?(es )?nicht (angeben|sagen|beantworten)",
        r"nicht angeben",
        r"(je )?ne (souhaite|veux) pas (repondre|le (dire|preciser)|preciser)",
        r"prefere ne pas",
        r"sans reponse",
        r"prefiero no( (decirlo|responder|contestar|indicarlo))?",
        r"no (deseo|quiero) (responder|contestar|decirlo|indicarlo)",
        r"zeg ik liever niet",
        r"(wil|zeg) (ik )?(dit )?liever niet",
        r"liever niet",
        r"geen antwoord",
    ]
)


def says_voluntary(classified: ClassifiedField, form: ClassifiedForm) -> str | None:
    """The words that mark this question as voluntary or monitoring, if any."""
    field = classified.field
    for text in (
        field.label,
        field.group_label,
        field.description,
        field.placeholder,
        field.section,
        form.form.title,
    ):
        found = search(VOLUNTARY_WORDS, normalise(text))
        if found:
            return found
    return None


def decline_option(classified: ClassifiedField, form: ClassifiedForm) -> str | None:
    """The option (or sibling checkbox) that lets the candidate decline, if any."""
    field = classified.field
    for option in field.options:
        if search(DECLINE_WORDS, normalise(option.label)) or search(DECLINE_WORDS, normalise(option.value)):
            return option.label
    if field.group_label:
        for sibling in form.fields:
            other = sibling.field
            if (
                other is not field
                and other.visible
                and other.group_label == field.group_label
                and other.kind in (FieldKind.CHECKBOX, FieldKind.SWITCH)
                and search(DECLINE_WORDS, normalise(other.label))
            ):
                return other.label
    return None


@dataclass(frozen=True)
class SelfIdentification:
    voluntary_words: str | None
    decline: str | None
    required: bool

    @property
    def compliant(self) -> bool:
        return self.voluntary_words is not None and self.decline is not None and not self.required


def assess(classified: ClassifiedField, form: ClassifiedForm) -> SelfIdentification:
    field = classified.field
    decline = decline_option(classified, form)
    if decline is None and not field.required and field.kind not in CHOICE_KINDS:
        decline = "leaving it blank"  # an optional free-text box or lone checkbox can simply be skipped
    return SelfIdentification(says_voluntary(classified, form), decline, field.required)
