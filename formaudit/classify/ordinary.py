"""Ordinary application questions that ask for no data category: motivation, how the candidate heard
of the job, availability, skills, languages, consent to the privacy notice, free comments.

They matter for one thing: a question formaudit recognises neither as a data category nor as one of
these is *unrecognised*, and the report lists it for a person to read ("9 of 25 questions were not
recognised"). Written, like the vocabulary, against ``formaudit.text.fold_question`` output (lower
case, no accents), in each lexicon's ``ordinary`` words; a form in another language recognises none.
"""

from __future__ import annotations

import re
from functools import cache

from formaudit.lexicons import words
from formaudit.models.fields import Field
from formaudit.text import fold_question


@cache
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(words("ordinary"))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def is_ordinary_question(field: Field) -> bool:
    """True when the question's wording is one of the ordinary questions of an application."""
    text = " ".join(t for t in (field.group_label, field.label, field.description, field.placeholder) if t)
    return bool(text) and _pattern().search(fold_question(text)) is not None
