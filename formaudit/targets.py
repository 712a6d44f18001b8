"""Where targets come from: URLs, files, directories, globs, list files and sitemaps.

Every page gets two strings: ``location``, what the collector opens (a URL or an absolute path), and
``name``, the stable identity used in reports, fingerprints, baselines, waivers and shards (the URL, or
the path relative to the config file's directory or the current directory, with forward slashes). A
name must not depend on the machine, or a baseline made on a laptop would not match in CI.

Sitemaps (``sitemap.xml``, a local file or an http(s) URL, gzip allowed) are parsed with
``xml.etree``; documents with a DOCTYPE or entities are refused (nothing legitimate needs them), a
sitemap index is followed one level down and no further, and the page count is capped.
"""

from __future__ import annotations

import glob as globbing
import gzip
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urljoin

from pydantic import BaseModel, ConfigDict

from formaudit.errors import ConfigError, TargetError, TargetUnreachableError

HTML_SUFFIXES = (".html", ".htm")
MAX_SITEMAP_BYTES = 10_000_000
SITEMAP_TIMEOUT_S = 30.0
_GLOB_CHARS = re.compile(r"[*?\[]")

Fetch = Callable[[str], bytes]


class Page(BaseModel):
    model_config = ConfigDict(frozen=True)

    location: str
    name: str


class SitemapPages(BaseModel):
    model_config = ConfigDict(frozen=True)

    urls: tuple[str, ...]
    notes: tuple[str, ...] = ()


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def has_glob(text: str) -> bool:
    return bool(_GLOB_CHARS.search(text))


def is_sitemap(text: str) -> bool:
    return text.lower().endswith((".xml", ".xml.gz"))


def name_for_path(path: Path, base: Path) -> str:
    """The path relative to ``base`` when inside it (``templates/apply.html``), else absolute."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(base.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def file_page(path_text: str, base: Path, *, name_base: Path | None = None) -> Page:
    path = Path(path_text).expanduser()
    path = path if path.is_absolute() else base / path
    return Page(location=str(path.resolve()), name=name_for_path(path, name_base or base))


def html_files_in(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in HTML_SUFFIXES)


def expand_glob(pattern: str, base: Path) -> list[Path]:
    """Files matching ``pattern`` (``**`` recurses), relative to ``base`` unless absolute; sorted."""
    root = None if Path(pattern).is_absolute() else base
    matches = globbing.glob(pattern, root_dir=root, recursive=True)
    paths = [Path(m) if root is None else root / m for m in matches]
    return sorted(p for p in paths if p.is_file())


def read_target_list(path: Path) -> list[str]:
    """One target a line; blank lines and lines starting with ``#`` are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such target list file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the target list ({exc})") from exc
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fetch_bytes(url: str) -> bytes:
    """GET a small document (a sitemap) with a timeout and a size cap; errors are TargetErrors."""
    request = urllib.request.Request(url, headers={"User-Agent": "formaudit (sitemap reader)"})
    try:
        with urllib.request.urlopen(request, timeout=SITEMAP_TIMEOUT_S) as response:
            data: bytes = response.read(MAX_SITEMAP_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise TargetUnreachableError(url, f"the sitemap could not be read: HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TargetUnreachableError(url, f"the sitemap could not be read: {reason}") from exc
    if len(data) > MAX_SITEMAP_BYTES:
        raise TargetError(url, f"the sitemap is larger than {MAX_SITEMAP_BYTES:,} bytes")
    return data


def parse_sitemap(data: bytes, source: str) -> tuple[str, list[str]]:
    """(``"urlset"`` or ``"sitemapindex"``, the ``<loc>`` values in document order)."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise TargetError(source, f"the sitemap is not valid gzip ({exc})") from exc
        if len(data) > MAX_SITEMAP_BYTES:
            raise TargetError(source, f"the sitemap is larger than {MAX_SITEMAP_BYTES:,} bytes unpacked")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise TargetError(source, "the sitemap declares a DOCTYPE or entities; refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise TargetError(source, f"the sitemap is not well-formed XML ({exc})") from exc
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise TargetError(source, f"not a sitemap: the root element is <{kind}>, not <urlset>")
    child = "url" if kind == "urlset" else "sitemap"
    locs = []
    for entry in root:
        if _local(entry.tag) != child:
            continue
        loc = next((e.text for e in entry if _local(e.tag) == "loc" and e.text), None)
        if loc:
            locs.append(loc.strip())
    return kind, locs


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_sitemap(source: str, *, base: Path, limit: int, include: Sequence[str] = (),
                 exclude: Sequence[str] = (), fetch: Fetch = fetch_bytes) -> SitemapPages:
    """The page URLs a sitemap lists, filtered by regexes and capped at ``limit``."""
    notes: list[str] = []
    kind, locs = parse_sitemap(_read(source, base, fetch), source)
    if kind == "sitemapindex":
        pages: list[str] = []
        for child in locs:
            child_source = urljoin(source, child) if is_url(source) else child
            child_kind, child_locs = parse_sitemap(_read(child_source, base, fetch), child_source)
            if child_kind == "sitemapindex":
                notes.append(f"{child_source}: a sitemap index inside an index is not followed")
                continue
            pages.extend(child_locs)
            if len(pages) >= limit and not (include or exclude):
                break
        locs = pages
    urls: list[str] = []
    for loc in locs:
        url = urljoin(source, loc) if is_url(source) else loc
        if not is_url(url):
            notes.append(f"{source}: skipped {loc!r}, not an http(s) URL")
        elif url not in urls and _wanted(url, include, exclude):
            urls.append(url)
    if len(urls) > limit:
        notes.append(f"{source}: lists {len(urls)} pages; auditing the first {limit} (see `limit`)")
        urls = urls[:limit]
    return SitemapPages(urls=tuple(urls), notes=tuple(notes))


def _read(source: str, base: Path, fetch: Fetch) -> bytes:
    if is_url(source):
        return fetch(source)
    path = Path(source) if Path(source).is_absolute() else base / source
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SITEMAP_BYTES + 1)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such sitemap file") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the sitemap ({exc})") from exc
    if len(data) > MAX_SITEMAP_BYTES:
        raise ConfigError(f"{path}: the sitemap is larger than {MAX_SITEMAP_BYTES:,} bytes")
    return data


def _wanted(text: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(re.search(pattern, text) for pattern in include):
        return False
    return not any(re.search(pattern, text) for pattern in exclude)


def filter_pages(pages: Sequence[Page], include: Sequence[str], exclude: Sequence[str]) -> list[Page]:
    return [p for p in pages if _wanted(p.name, include, exclude)]
