"""Where targets come from: URLs, files, directories, globs, list files and sitemaps.

The one place every command (``audit``, ``baseline``, ``extract``, the config's ``[[targets]]``)
turns what a user named into pages, and the one test of what is a URL, so they all agree.

Every page gets two strings: ``location``, what the collector opens (a URL or an absolute path), and
``name``, the stable identity used in reports, fingerprints, baselines, waivers and shards (the URL, or
the path relative to the config file's directory or the current directory, with forward slashes). A
name must not depend on the machine, or a baseline made on a laptop would not match in CI. ``explicit``
says the user named the page itself (a URL or a file), as opposed to a page found by expanding a
directory, a glob, a list or a sitemap: a page the user named that holds no form is a failure, an
expanded one is only listed.

Directories are searched recursively for ``.html``/``.htm`` files, passing over hidden folders
(``.git``, ``.venv``, ``.cache``: copies and caches, not forms someone meant to audit). A directory with
no HTML file or a glob that matches nothing becomes a failed target with that reason, never silence.

``greenhouse:acme`` (a whole board) or ``greenhouse:acme/4012345`` (one job), and likewise ``lever:``,
``ashby:``, ``workable:``, ``recruitee:`` and ``smartrecruiters:``, pass through as one target each; the
pipeline reads them from the vendor's API (``formaudit.ats``), where a board becomes one target per job.

Sitemaps (``sitemap.xml``, a local file or an http(s) URL, gzip allowed) are parsed with
``defusedxml``, which refuses DOCTYPEs, entities and external references in any encoding (a byte
search cannot see them in UTF-16); a sitemap index is followed one level down and no further, and the
page count is capped.
"""

from __future__ import annotations

import glob as globbing
import gzip
import hashlib
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from pydantic import BaseModel, ConfigDict

from formaudit.errors import TargetError, TargetUnreachableError
from formaudit.files import read_bytes_file, read_text_file
from formaudit.models.ats import API_VENDORS

HTML_SUFFIXES = (".html", ".htm")
SNAPSHOT_SUFFIX = ".snapshot.json"
DEFAULT_SITEMAP_LIMIT = 100  # pages read from one sitemap unless a config entry sets `limit`
MAX_SITEMAP_BYTES = 10_000_000
SITEMAP_TIMEOUT_S = 30.0
_GLOB_CHARS = re.compile(r"[*?\[]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

Fetch = Callable[[str], bytes]


class Page(BaseModel):
    """One page to audit: where to open it, the name it is known by, and whether the user named it."""

    model_config = ConfigDict(frozen=True)

    location: str
    name: str
    explicit: bool = True


class SitemapPages(BaseModel):
    model_config = ConfigDict(frozen=True)

    urls: tuple[str, ...]
    notes: tuple[str, ...] = ()


class SourceFailure(BaseModel):
    """Something the user named that gave no page (an unreadable sitemap, an empty directory, a glob that
    matches nothing): reported as a failed target, never dropped."""

    model_config = ConfigDict(frozen=True)

    name: str
    location: str
    message: str
    kind: str = "sitemap"  # the failure's stable word in results: "sitemap" or "no-page"


class Expansion(BaseModel):
    """What a list of targets expands to: the pages, the sources that gave none, and notes to print."""

    model_config = ConfigDict(frozen=True)

    pages: tuple[Page, ...] = ()
    failures: tuple[SourceFailure, ...] = ()
    notes: tuple[str, ...] = ()


def url_scheme(target: str) -> str | None:
    """The lower-cased scheme of ``scheme://...`` targets (``HTTP://`` is http); None for plain paths."""
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else None


def is_url(text: str) -> bool:
    """An http(s) URL, in any case: the only URLs formaudit loads."""
    return url_scheme(text) in ("http", "https")


def local_path(target: str) -> Path:
    """The file a local target names: a path, or a ``file://`` URL."""
    if url_scheme(target) == "file":
        return Path(unquote(urlsplit(target).path))
    return Path(target).expanduser()


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


def file_page(path_text: str, base: Path, *, name_base: Path | None = None, explicit: bool = True) -> Page:
    """A local file (a path or a ``file://`` URL), relative to ``base`` unless absolute."""
    path = local_path(path_text)
    path = path if path.is_absolute() else base / path
    return Page(location=str(path.resolve()), name=name_for_path(path, name_base or base), explicit=explicit)


def html_files_in(directory: Path) -> list[Path]:
    """The HTML files below ``directory``, sorted; hidden folders hold copies and caches, not forms."""
    found = [
        path for path in directory.rglob("*")
        if path.suffix.lower() in HTML_SUFFIXES and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(directory).parts[:-1])
    ]
    return sorted(found)


def expand_glob(pattern: str, base: Path) -> list[Path]:
    """Files matching ``pattern`` (``**`` recurses), relative to ``base`` unless absolute; sorted."""
    root = None if Path(pattern).is_absolute() else base
    matches = globbing.glob(pattern, root_dir=root, recursive=True)
    paths = [Path(m) if root is None else root / m for m in matches]
    return sorted(p for p in paths if p.is_file())


def read_target_list(path: Path) -> list[str]:
    """One target a line; blank lines and lines starting with ``#`` are skipped."""
    text = read_text_file(path, what="target list file", max_bytes=MAX_SITEMAP_BYTES)
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
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise TargetError(source, "the sitemap declares a DOCTYPE, entities or external references; "
                                  "refused") from exc
    except ParseError as exc:
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
    return read_bytes_file(path, what="sitemap file", max_bytes=MAX_SITEMAP_BYTES)


def _wanted(text: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(re.search(pattern, text) for pattern in include):
        return False
    return not any(re.search(pattern, text) for pattern in exclude)


def filter_pages(pages: Sequence[Page], include: Sequence[str], exclude: Sequence[str]) -> list[Page]:
    return [p for p in pages if _wanted(p.name, include, exclude)]


_ATS_TARGET = re.compile(rf"^(?:{'|'.join(v.value for v in API_VENDORS)}):[^/\\:]", re.IGNORECASE)


def is_ats_target(text: str) -> bool:
    """``greenhouse:acme``, ``lever:acme/UUID``: a board or job read through its vendor's API."""
    return _ATS_TARGET.match(text) is not None


def expand_targets(raw: Sequence[str], *, base: Path, name_base: Path | None = None, fetch: Fetch = fetch_bytes,
                   offline: bool = False) -> Expansion:
    """TARGET arguments as every command reads them: URLs, files, directories, quoted globs,
    ``@list.txt`` files and sitemaps, relative to ``base``; names relative to ``name_base``.

    ``offline`` skips sitemaps, for callers that only need what can be known locally. Pages named twice
    are kept once, in first-named order.
    """
    name_base = name_base or base
    pages: list[Page] = []
    failures: list[SourceFailure] = []
    notes: list[str] = []
    for text in (t.strip() for t in raw):
        if not text:
            continue
        if text.startswith("@"):
            list_file = Path(text[1:])
            list_file = list_file if list_file.is_absolute() else base / list_file
            for line in read_target_list(list_file):
                pages.append(Page(location=line, name=line, explicit=False) if url_scheme(line)
                             else file_page(line, list_file.resolve().parent, name_base=name_base, explicit=False))
        elif is_sitemap(text):
            if offline:
                continue
            try:
                sitemap = read_sitemap(text, base=base, limit=DEFAULT_SITEMAP_LIMIT, fetch=fetch)
            except TargetError as exc:
                failures.append(SourceFailure(name=text, location=text, message=exc.reason))
                continue
            notes.extend(sitemap.notes)
            pages.extend(Page(location=url, name=url, explicit=False) for url in sitemap.urls)
        elif is_ats_target(text):
            pages.append(Page(location=text, name=text))  # greenhouse:acme[/123]: read from the vendor's API
        elif url_scheme(text) not in (None, "file"):
            pages.append(Page(location=text, name=text))  # http(s); other schemes fail when collected
        else:
            pages.extend(_local_pages(text, base, name_base, failures))
    unique = list({page.name: page for page in reversed(pages)}.values())[::-1]
    return Expansion(pages=tuple(unique), failures=tuple(failures), notes=tuple(notes))


def _local_pages(text: str, base: Path, name_base: Path, failures: list[SourceFailure]) -> list[Page]:
    path = local_path(text)
    path = path if path.is_absolute() else base / path
    if has_glob(text) and not path.exists():
        matches = [p for p in expand_glob(str(local_path(text)), base) if p.suffix.lower() in HTML_SUFFIXES
                   or p.name.endswith(SNAPSHOT_SUFFIX)]
        if not matches:
            failures.append(SourceFailure(name=text, location=text, message="the glob matches no HTML file",
                                          kind="no-page"))
        return [file_page(str(p), base, name_base=name_base, explicit=False) for p in matches]
    if path.is_dir():
        files = html_files_in(path)
        if not files:
            failures.append(SourceFailure(
                name=text, location=str(path), message="the directory holds no .html or .htm file"
                " (hidden folders such as .git are not searched)", kind="no-page"))
        return [file_page(str(p), base, name_base=name_base, explicit=False) for p in files]
    return [file_page(text, base, name_base=name_base)]  # a missing file fails when it is collected


def snapshot_filename(target: str) -> str:
    """A safe, stable file name for a target's snapshot: a readable slug plus a short hash.

    The hash keeps two targets whose slugs coincide (``/apply?job=1`` and ``/apply?job=2``) apart;
    the slug lets a person find the file.
    """
    if is_url(target):
        parts = urlsplit(target)
        readable = f"{parts.hostname or ''} {parts.path}"
    else:
        path = local_path(target)
        readable = f"{path.parent.name} {path.stem}" if path.stem else target
    slug = _NOT_SLUG.sub("-", readable.lower()).strip("-")[:60].rstrip("-") or "target"
    digest = hashlib.sha256(target.encode("utf-8")).hexdigest()[:10]
    # SNAPSHOT_SUFFIX is how audit and extract recognise a saved snapshot given as a target.
    return f"{slug}-{digest}{SNAPSHOT_SUFFIX}"
