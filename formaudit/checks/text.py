"""Text matching shared by the checks: one folded form of every string, and patterns over it.

Every pattern in the checks is written against :func:`normalise` output, ``formaudit.text.fold``:
lower case, accents removed, punctuation turned into single spaces ("Don't wish to answer" ->
"don t wish to answer"). That keeps the multilingual word lists short and readable. Markers such as
"(optional)" are kept: whether a question is voluntary is something checks read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from formaudit.models.fields import Field
from formaudit.text import fold


def normalise(text: str | None) -> str:
    return fold(text) if text else ""


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One compiled alternation, each alternative bounded by word edges of the folded text."""
    alternatives = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<![0-9a-z])(?:{alternatives})(?![0-9a-z])")


def question_text(field: Field) -> str:
    """The words a candidate reads for this one question: label, group, help text, placeholder."""
    parts = (field.group_label, field.label, field.description, field.placeholder)
    return normalise(" ".join(p for p in parts if p))


def search(pattern: re.Pattern[str], text: str) -> str | None:
    """The matched words, or None."""
    found = pattern.search(text)
    return found.group(0) if found else None
