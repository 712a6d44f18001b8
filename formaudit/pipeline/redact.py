"""Take secrets out of URLs before they are recorded in a result.

Careers links often carry credentials: ``https://user:pass@host/``, ``?token=...`` preview links,
signed ``?sig=...`` URLs. Reports are shared (CI artefacts, email, tickets), so the URL a result
records keeps its host, path and harmless parameters but loses the user info and the value of every
parameter whose name looks secret. Pure string work; anything that is not an http(s) URL (a file
path, a ``file://`` URL) passes through unchanged apart from user info.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

REDACTED = "REDACTED"

# Parameter names (case-insensitive, compared with "-" read as "_") whose values are secrets.
SECRET_PARAMETERS = frozenset({
    "token", "key", "apikey", "api_key", "secret", "password", "pass", "pwd", "auth", "sig",
    "signature", "session", "sid", "access_token", "code",
})
# Common spellings around those words: id_token, refresh_token, client_secret, x-api-key, sessionid.
_SECRET_SHAPES = re.compile(r"(^|_)(token|secret|password|passwd|signature|api_?key)$|^session(_?id)?$")


def is_secret_parameter(name: str) -> bool:
    normal = name.strip().lower().replace("-", "_")
    return normal in SECRET_PARAMETERS or bool(_SECRET_SHAPES.search(normal))


def _redact_query(query: str) -> str:
    # Split by hand rather than parse_qsl/urlencode: the rest of the query stays byte for byte as it was.
    parts = []
    for part in query.split("&"):
        name, equals, _value = part.partition("=")
        parts.append(f"{name}={REDACTED}" if equals and is_secret_parameter(unquote_plus(name)) else part)
    return "&".join(parts)


def redact_url(url: str) -> str:
    """``url`` without user info and with secret-looking query values replaced by ``REDACTED``."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced "[" in the host: keep nothing that could be a secret
        return url.split("?", 1)[0].split("#", 1)[0]
    if not parts.scheme or (not parts.netloc and not parts.query):
        return url  # a plain path: nothing to redact
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = _redact_query(parts.query) if parts.query else ""
    fragment = _redact_query(parts.fragment) if "=" in parts.fragment else parts.fragment
    if (netloc, query, fragment) == (parts.netloc, parts.query, parts.fragment):
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


_URL_IN_TEXT = re.compile(r"\bhttps?://[^\s\"'<>]+", re.IGNORECASE)


def redact_text(text: str) -> str:
    """Free text (an error message) with every http(s) URL in it redacted."""
    return _URL_IN_TEXT.sub(lambda match: redact_url(match.group(0)), text)
