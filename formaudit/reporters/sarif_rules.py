"""SARIF ``reportingDescriptor``s (rules) from check metadata, within GitHub's limits.

GitHub reads ``name`` (at most 255 characters), ``shortDescription`` and ``fullDescription`` (at most
1,024), ``help`` (text and Markdown), ``helpUri``, ``defaultConfiguration.level``, and from
``properties``: ``tags`` (20 accepted, 10 shown), ``precision`` and ``security-severity`` (0.1-10,
which files the alert under security with a severity band).
"""

from __future__ import annotations

from typing import Any

from formaudit.models.checks import CheckMeta
from formaudit.models.findings import Severity
from formaudit.reporters.md import escape, link
from formaudit.reporters.text import plain, safe_link, shorten

MAX_NAME = 255
MAX_DESCRIPTION = 1_024
MAX_TAGS = 10

LEVELS: dict[Severity, str] = {
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.NOTE: "note",
}

# GitHub's bands: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. Notes carry no number: they
# are observations (friction, style), not security alerts.
SECURITY_SEVERITY: dict[Severity, str] = {
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
}


def precision_word(confidence: float) -> str:
    """SARIF's precision vocabulary for a mean confidence."""
    if confidence >= 0.9:
        return "very-high"
    if confidence >= 0.75:
        return "high"
    if confidence >= 0.5:
        return "medium"
    return "low"


def rule_name(rule_id: str) -> str:
    """``pre-offer.passport-copy`` -> ``PreOfferPassportCopy``: SARIF names are identifier-like."""
    words = "".join(ch if ch.isalnum() else " " for ch in rule_id).split()
    return ("".join(w[:1].upper() + w[1:] for w in words) or "Rule")[:MAX_NAME]


def help_uri(check: CheckMeta) -> str | None:
    """The check's help page, else its first web reference; only http(s) (the schema wants a URI)."""
    candidates = [check.help_uri, *(r.url for r in check.references)]
    for url in candidates:
        safe = safe_link(url)
        if safe and safe.lower().startswith(("http://", "https://")):
            return safe
    return None


def _help_text(check: CheckMeta) -> str:
    parts = [plain(check.rationale), f"How to fix it: {plain(check.remediation)}"]
    if check.jurisdictions:
        laws = "; ".join(f"{r.jurisdiction}: {plain(r.law)} <{r.url}>" for r in check.jurisdictions)
        parts.append(f"Restricted by law in {laws}.")
    if check.references:
        parts.append("References: " + "; ".join(f"{plain(r.title)} <{r.url}>" for r in check.references))
    return "\n\n".join(parts)


def _help_markdown(check: CheckMeta) -> str:
    lines = [
        f"**Why it costs you candidates.** {escape(check.rationale)}",
        "",
        f"**How to fix it.** {escape(check.remediation)}",
    ]
    if check.jurisdictions:
        lines += ["", "**Where the law restricts it**", ""]
        lines += [
            f"- {escape(r.jurisdiction)}: {link(r.law, r.url)} ({r.severity.value})"
            for r in check.jurisdictions
        ]
    if check.references:
        lines += ["", "**References**", ""]
        lines += [f"- {link(r.title, r.url)}" for r in check.references]
    return "\n".join(lines)


def rule_descriptor(check: CheckMeta, mean_confidence: float | None) -> dict[str, Any]:
    tags = list(dict.fromkeys(["formaudit", "privacy", *check.tags]))[:MAX_TAGS]
    properties: dict[str, Any] = {"tags": tags}
    if mean_confidence is not None:
        properties["precision"] = precision_word(mean_confidence)
    if check.severity in SECURITY_SEVERITY:
        properties["security-severity"] = SECURITY_SEVERITY[check.severity]
    if check.categories:
        properties["categories"] = [str(c) for c in check.categories]
    if check.acceptable_from is not None:
        properties["acceptableFrom"] = check.acceptable_from.value
    descriptor: dict[str, Any] = {
        "id": check.id,
        "name": rule_name(check.id),
        "shortDescription": {"text": shorten(plain(check.title) or check.id, MAX_DESCRIPTION)},
        "fullDescription": {
            "text": shorten(plain(check.rationale) or plain(check.title) or check.id, MAX_DESCRIPTION)
        },
        "help": {"text": _help_text(check), "markdown": _help_markdown(check)},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
        "properties": properties,
    }
    uri = help_uri(check)
    if uri:
        descriptor["helpUri"] = uri
    return descriptor
