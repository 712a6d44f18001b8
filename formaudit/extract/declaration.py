"""The declaration a signature signs.

A consent form often asks for nothing but a name, a signature and a date: what the candidate agrees
to (a credit check, a criminal-record check, references) is in the paragraphs above them. Signing
is consenting, so a signature or "I agree" field carries that text as its description, and the
classifier reads the consent there.

The declaration is the text before the field, back to the previous question that is not part of
the sign-off block itself (the name and date boxes beside the signature), within the same form.
"""

from __future__ import annotations

import re

from bs4 import Tag

from formaudit.extract.dom import Document, is_scope_root
from formaudit.extract.text import clean
from formaudit.extract.tree import SKIPPED_TAGS, is_text

MAX_DECLARATION_CHARS = 4000  # a consent runs to paragraphs; more than this is a page, not a declaration
_SIGN_OFF_CHARS = 80  # a sign-off block holds only short labels ("Applicant name", "Date")
_SHORT_LABEL = 60
_SIGNING = re.compile(
    r"\b(signature|signed|sign here|e-?sign|i agree|i accept|i consent|i confirm|agreed|accepted"
    r"|declaration|unterschrift|signature du candidat|firma|handtekening)\b",
    re.IGNORECASE,
)
_STOPS = frozenset({"form", "body", "html", "dialog"})


def is_signing_label(label: str) -> bool:
    """ "Applicant signature", "I agree", "Signed": a short label that signs what comes before it."""
    return 0 < len(label) <= _SHORT_LABEL and _SIGNING.search(label) is not None


def _skipped(node: object) -> bool:
    return any(ancestor.name in SKIPPED_TAGS for ancestor in getattr(node, "parents", ()))


def declaration_before(doc: Document, control: Tag) -> str:
    """The text a signing field signs: everything before it back to the last real question."""
    ancestors = {id(a) for a in control.parents}
    pieces: list[str] = []
    length = 0
    for node in control.previous_elements:
        if isinstance(node, Tag):
            if id(node) in ancestors and (node.name in _STOPS or is_scope_root(node)):
                break
            if id(node) in doc.control_ids and length > _SIGN_OFF_CHARS:
                break  # a question before the declaration: the declaration ends here
            continue
        if not is_text(node) or _skipped(node) or id(node.parent) in doc.hidden:
            continue
        text = str(node).strip()
        if text:
            pieces.append(text)
            length += len(text) + 1
            if length > MAX_DECLARATION_CHARS:
                break
    pieces.reverse()
    return clean(" ".join(pieces), MAX_DECLARATION_CHARS)
