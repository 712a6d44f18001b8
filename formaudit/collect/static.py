"""``--no-browser``: a local HTML file read as is, for machines without Chromium and for quick runs.

No script runs, so forms built by JavaScript are missing and nothing is stamped with live state or
visibility; the extractor treats unstamped elements as visible with their markup values.
"""

from __future__ import annotations

import codecs
import html
import re
from datetime import UTC, datetime

from formaudit.collect.charset import decode_document
from formaudit.collect.options import CollectOptions
from formaudit.errors import TargetContentError, TargetNotFoundError
from formaudit.models.snapshot import Provenance, Snapshot
from formaudit.targets import local_path, url_scheme
from formaudit.version import __version__

_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def decode_html(raw: bytes) -> tuple[str, str | None]:
    """Text of an HTML file the way a browser picks its encoding (a local file has no HTTP header),
    detected rather than assumed when nothing is declared; and a warning when it was guessed."""
    decoded = decode_document(raw)
    return decoded.text, decoded.warning


def html_title(text: str) -> str | None:
    match = _TITLE.search(text)
    if not match:
        return None
    title = " ".join(html.unescape(match.group(1)).split())
    return title or None


def collect_static(target: str, *, max_html_bytes: int = CollectOptions().max_html_bytes) -> Snapshot:
    """Read a local HTML file as is into a Snapshot whose provenance says mode "static"."""
    scheme = url_scheme(target)
    if scheme not in (None, "file"):
        raise TargetContentError(target, "--no-browser reads local files only; loading URLs needs a browser")
    path = local_path(target)
    if not path.exists():
        raise TargetNotFoundError(target, "no such file or directory")
    if path.is_dir():
        raise TargetContentError(target, "is a directory, not an HTML file")
    try:
        size = path.stat().st_size
        if size > max_html_bytes:
            raise TargetContentError(target, f"the file has {size:,} bytes, more than the limit of "
                                             f"{max_html_bytes:,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise TargetContentError(target, f"could not read the file: {exc.strerror or exc}") from exc
    if b"\x00" in raw[:1024] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TargetContentError(target, "this is a binary file, not an HTML page")
    text, warning = decode_html(raw)
    return Snapshot(
        provenance=Provenance(
            target=target,
            final_url=path.resolve().as_uri(),
            collected_at=datetime.now(UTC),
            mode="static",
            formaudit_version=__version__,
        ),
        html=text,
        title=html_title(text),
        warnings=(warning,) if warning else (),
    )
