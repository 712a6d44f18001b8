"""Targets as users name them (URLs, files, directories, globs) and the URLs a browser loads for them."""

from __future__ import annotations

import glob
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from formaudit.errors import TargetContentError, TargetNotFoundError

HTML_SUFFIXES = (".html", ".htm")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")
_GLOB_CHARS = re.compile(r"[*?\[]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def url_scheme(target: str) -> str | None:
    """The lower-cased scheme of ``scheme://...`` targets; None for plain paths."""
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else None


def is_web_url(target: str) -> bool:
    return url_scheme(target) in ("http", "https")


def local_path(target: str) -> Path:
    """The file a local target names: a path, or a file:// URL."""
    if url_scheme(target) == "file":
        return Path(unquote(urlsplit(target).path))
    return Path(target).expanduser()


def _html_files_under(directory: Path) -> list[Path]:
    found = [
        path for path in directory.rglob("*")
        if path.suffix.lower() in HTML_SUFFIXES and path.is_file()
        # hidden folders (.git, .venv) hold copies and caches, not forms someone meant to audit
        and not any(part.startswith(".") for part in path.relative_to(directory).parts[:-1])
    ]
    return sorted(found)


def expand_targets(raw: Sequence[str]) -> list[str]:
    """Directories become their HTML files (sorted, recursive), globs are expanded, URLs are kept.

    Nothing the user named disappears silently: a glob that matches nothing and a directory without
    HTML files are kept as they are, so collecting them reports why they gave no forms.
    """
    expanded: list[str] = []
    for target in raw:
        target = target.strip()
        if not target:
            continue
        if url_scheme(target) is not None:
            expanded.append(target)
            continue
        if _GLOB_CHARS.search(target):
            matches = sorted(glob.glob(str(Path(target).expanduser()), recursive=True))
            if not matches:
                expanded.append(target)
            for match in matches:
                path = Path(match)
                if path.is_dir():
                    expanded.extend(str(p) for p in _html_files_under(path))
                elif path.suffix.lower() in HTML_SUFFIXES:
                    expanded.append(match)
            continue
        path = Path(target).expanduser()
        if path.is_dir():
            files = [str(p) for p in _html_files_under(path)]
            expanded.extend(files or [target])
        else:
            expanded.append(target)
    return list(dict.fromkeys(expanded))  # the same page named twice is audited once


def browser_url(target: str) -> str:
    """The URL the browser loads for a target, or the TargetError that explains why there is none."""
    scheme = url_scheme(target)
    if scheme in ("http", "https"):
        return target
    if scheme not in (None, "file"):
        raise TargetContentError(
            target, f"unsupported URL scheme '{scheme}': formaudit reads http(s) URLs and local HTML files"
        )
    path = local_path(target)
    if not path.exists():
        raise TargetNotFoundError(target, "no such file or directory")
    if path.is_dir():
        raise TargetContentError(target, "this directory contains no .html or .htm files")
    return path.resolve().as_uri()


def snapshot_filename(target: str) -> str:
    """A safe, stable file name for a target's snapshot: a readable slug plus a short hash.

    The hash keeps two targets whose slugs coincide (``/apply?job=1`` and ``/apply?job=2``) apart;
    the slug lets a person find the file.
    """
    scheme = url_scheme(target)
    if scheme in ("http", "https"):
        parts = urlsplit(target)
        readable = f"{parts.hostname or ''} {parts.path}"
    else:
        path = local_path(target)
        readable = f"{path.parent.name} {path.stem}" if path.stem else target
    slug = _NOT_SLUG.sub("-", readable.lower()).strip("-")[:60].rstrip("-") or "target"
    digest = hashlib.sha256(target.encode("utf-8")).hexdigest()[:10]
    # ".snapshot.json" is how audit and extract recognise a saved snapshot given as a target.
    return f"{slug}-{digest}.snapshot.json"
