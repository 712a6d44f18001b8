"""Markdown helpers: text from audited pages must render as text, never as markup, links or mentions.

GitHub renders job summaries and PR comments as GitHub-flavoured Markdown and lets some HTML
through; a label such as ``<img src=x onerror=...>`` or ``[click](javascript:...)`` must show as
typed. Everything goes through :func:`escape`, and only http(s) URLs become links.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from formaudit.reporters.text import plain, shorten

# The ASCII punctuation that can start or end markup in GitHub-flavoured Markdown (emphasis, links,
# tables, HTML, math with "$"), plus "@" so a label cannot mention (and notify) a GitHub user and ":" so
# no scheme turns into an autolink.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>&@:$])")
_LINK_SCHEMES = frozenset({"http", "https"})


def escape(text: str | None, limit: int | None = None) -> str:
    """One line of literal text: controls and newlines removed, Markdown and HTML neutralised."""
    line = plain(text)
    if limit is not None:
        line = shorten(line, limit)
    return _SPECIAL.sub(r"\\\1", line)


def code(text: str) -> str:
    """Inline code that no backtick in the text can close early."""
    line = plain(text).replace("`", "'")
    return f"`{line}`"


def link(text: str, url: str | None, limit: int | None = None) -> str:
    """``[text](url)`` when the URL is http(s), else the text alone (escaped either way)."""
    label = escape(text, limit)
    if not url:
        return label
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return label
    if scheme not in _LINK_SCHEMES:
        return label
    # Percent-encode what could end the link destination early: spaces, parentheses, angle brackets.
    target = quote(plain(url), safe=":/?#[]@!$&'*+,;=%~.-_")
    target = target.replace("(", "%28").replace(")", "%29")
    return f"[{label}]({target})"
