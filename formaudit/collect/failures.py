"""Turning what went wrong in the browser into one-line TargetErrors a recruiter can act on."""

from __future__ import annotations

import re

from formaudit.errors import (
    TargetContentError,
    TargetError,
    TargetNotFoundError,
    TargetTimeoutError,
    TargetUnreachableError,
)

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")

_NET_ERROR = re.compile(r"net::(ERR_[A-Z0-9_]+)")
_UNREACHABLE: dict[str, str] = {
    "ERR_NAME_NOT_RESOLVED": "the host name could not be resolved (DNS lookup failed)",
    "ERR_NAME_RESOLUTION_FAILED": "the host name could not be resolved (DNS lookup failed)",
    "ERR_CONNECTION_REFUSED": "the connection was refused (is the server running?)",
    "ERR_CONNECTION_RESET": "the connection was reset by the server",
    "ERR_CONNECTION_CLOSED": "the server closed the connection without answering",
    "ERR_EMPTY_RESPONSE": "the server closed the connection without answering",
    "ERR_CONNECTION_FAILED": "the connection failed",
    "ERR_CONNECTION_TIMED_OUT": "the connection timed out (host unreachable)",
    "ERR_ADDRESS_UNREACHABLE": "the address is unreachable",
    "ERR_INTERNET_DISCONNECTED": "there is no network connection",
    "ERR_TOO_MANY_REDIRECTS": "redirect loop: the server kept redirecting",
    "ERR_UNSAFE_PORT": "the browser refuses to connect to this port",
    "ERR_INVALID_URL": "the URL is not valid",
    "ERR_BLOCKED_BY_CLIENT": "the request was blocked",
    "ERR_BLOCKED_BY_RESPONSE": "the server's headers forbid loading this page",
}


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    # Playwright appends a call log after the first line; it is for debugging, not for reports.
    return (text.splitlines() or [type(exc).__name__])[0][:300]


def navigation_failure(target: str, exc: BaseException, *, timeout_s: float) -> TargetError:
    """The TargetError for a failed ``page.goto``."""
    message = str(exc)
    code_match = _NET_ERROR.search(message)
    code = code_match.group(1) if code_match else None
    if (code is None and "Timeout" in message) or code == "ERR_TIMED_OUT":
        return TargetTimeoutError(target, f"the page did not load within {timeout_s:g} s")
    if "Download is starting" in message:
        return TargetContentError(target, "the target is a file download, not an HTML page")
    if code in _UNREACHABLE:
        return TargetUnreachableError(target, _UNREACHABLE[code])
    if code is not None and (code.startswith("ERR_CERT_") or code.startswith("ERR_SSL_")):
        return TargetUnreachableError(target, f"the TLS connection failed ({code})")
    if code == "ERR_FILE_NOT_FOUND":
        return TargetNotFoundError(target, "no such file")
    if code in ("ERR_ABORTED", "ERR_FAILED"):
        return TargetContentError(target, "the browser did not display the target (a download or an "
                                          "unsupported file type?)")
    if code is not None:
        return TargetUnreachableError(target, f"the page could not be loaded ({code})")
    return TargetUnreachableError(target, f"the page could not be loaded: {first_line(exc)}")


def crashed(target: str) -> TargetContentError:
    return TargetContentError(target, "the browser tab crashed while rendering the page")


def not_html(target: str, content_type: str) -> TargetContentError | None:
    """None for HTML documents; otherwise the error naming what the target really is."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in HTML_CONTENT_TYPES:
        return None
    return TargetContentError(target, f"the target is {kind or 'of unknown type'}, not an HTML page")


def too_large(target: str, size: int, limit: int) -> TargetContentError:
    return TargetContentError(
        target, f"the page's DOM is {size:,} bytes, more than the limit of {limit:,} (max_html_bytes)"
    )


def unexpected(target: str, exc: BaseException) -> TargetContentError:
    if "context was destroyed" in str(exc):
        return TargetContentError(target, "the page kept navigating away while it was being read "
                                          "(a refresh or redirect loop?)")
    return TargetContentError(target, f"could not read the page: {first_line(exc)}")
