"""Targets as every command reads them: URLs, files, directories, globs, list files and sitemaps
(local, over HTTP on 127.0.0.1, gzip, one level of index, hostile XML refused)."""

from __future__ import annotations

import gzip
import http.server
import re
from pathlib import Path

import pytest

from formaudit.config import load_config, plan_targets
from formaudit.errors import ConfigError, TargetError
from formaudit.targets import (
    expand_targets,
    is_url,
    parse_sitemap,
    read_sitemap,
    read_target_list,
    snapshot_filename,
    url_scheme,
)
from tests.support.server import Handler, LocalServer, serve

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(*locs: str) -> str:
    entries = "".join(f"<url><loc>{loc}</loc><lastmod>2026-01-01</lastmod></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS}>{entries}</urlset>'


def index(*locs: str) -> str:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return f"<sitemapindex {NS}>{entries}</sitemapindex>"


def reply(body: str | bytes, status: int = 200) -> Handler:
    data = body.encode() if isinstance(body, str) else body

    def handle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/xml")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return handle


def test_a_local_sitemap_lists_pages_in_order_filtered_and_capped(tmp_path: Path) -> None:
    locs = [f"https://careers.example.com/jobs/{i}/apply" for i in range(5)]
    (tmp_path / "sitemap.xml").write_text(urlset(*locs, "https://careers.example.com/about", locs[0]))
    pages = read_sitemap("sitemap.xml", base=tmp_path, limit=3, include=["/apply$"], exclude=["/jobs/1/"])
    assert pages.urls == (locs[0], locs[2], locs[3])
    assert "lists 4 pages; auditing the first 3" in pages.notes[0]


def test_a_sitemap_over_http_with_an_index_is_followed_one_level_only(tmp_path: Path) -> None:
    routes: dict[str, Handler] = {}
    with serve(tmp_path, routes) as server:
        routes.update(
            {
                "/sitemap.xml": reply(index("/jobs-1.xml", server.url("jobs-2.xml.gz"), "/nested.xml")),
                "/jobs-1.xml": reply(urlset(server.url("jobs/1"), "/jobs/2")),
                "/jobs-2.xml.gz": reply(gzip.compress(urlset(server.url("jobs/3")).encode())),
                "/nested.xml": reply(index("/deeper.xml")),
            }
        )
        server.routes.update(routes)  # the handlers need the server's port, known only once it runs
        pages = read_sitemap(server.url("sitemap.xml"), base=tmp_path, limit=10)
        assert pages.urls == (server.url("jobs/1"), server.url("jobs/2"), server.url("jobs/3"))
        assert any("index inside an index is not followed" in note for note in pages.notes)
        assert not any("deeper" in request for request in server.requests)


def test_an_unreadable_sitemap_becomes_a_failed_source_and_the_other_targets_stay(tmp_path: Path) -> None:
    with serve(tmp_path, {"/gone.xml": reply("<h1>gone</h1>", status=404)}) as server:
        (tmp_path / "formaudit.toml").write_text(
            '[[targets]]\nurl = "https://careers.example.com/a"\n'
            f'[[targets]]\nsitemap = "{server.url("gone.xml")}"\n'
        )
        plan = plan_targets(load_config(tmp_path / "formaudit.toml"))
    assert plan.names == ("https://careers.example.com/a",)
    assert len(plan.failures) == 1
    assert plan.failures[0].name.endswith("/gone.xml") and "HTTP 404" in plan.failures[0].message


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;</urlset>', "DOCTYPE"),
        # UTF-16 hides "<!ENTITY" from a byte search; the parser itself must refuse it.
        ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;</urlset>'
         .encode("utf-16"), "DOCTYPE"),
        (b'<?xml version="1.0"?><urlset xmlns:xi="http://www.w3.org/2001/XInclude">'
         b'<!DOCTYPE x SYSTEM "file:///etc/passwd"></urlset>', "not well-formed|DOCTYPE"),
        (b"<html><body>not a sitemap</body></html>", "root element is <html>"),
        (b"<urlset><url><loc>", "not well-formed"),
        (b"\x1f\x8bnot really gzip", "not valid gzip"),
    ],
)
def test_hostile_or_broken_sitemaps_are_refused_with_a_reason(document: bytes, problem: str) -> None:
    with pytest.raises(TargetError, match=problem):
        parse_sitemap(document, "sitemap.xml")


def test_a_missing_local_sitemap_or_list_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such sitemap file"):
        read_sitemap("missing.xml", base=tmp_path, limit=5)
    with pytest.raises(ConfigError, match="no such target list file"):
        read_target_list(tmp_path / "missing.txt")


def test_relative_locs_in_a_local_sitemap_are_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text(urlset("/jobs/1", "https://a.example/jobs/2"))
    pages = read_sitemap("sitemap.xml", base=tmp_path, limit=5)
    assert pages.urls == ("https://a.example/jobs/2",)
    assert "skipped '/jobs/1'" in pages.notes[0]


def test_sitemap_fetches_use_only_the_local_server(tmp_path: Path) -> None:
    server = LocalServer(tmp_path, {"/s.xml": reply(urlset("https://careers.example.com/x"))})
    server.start()
    try:
        assert read_sitemap(server.url("s.xml"), base=tmp_path, limit=5).urls == (
            "https://careers.example.com/x",
        )
        assert server.requests == ["GET /s.xml"]
    finally:
        server.stop()


# --- one expansion for every command --------------------------------------------------------------


def _tree(root: Path) -> Path:
    for relative in ["b/apply.html", "a.htm", "a.html", "b/c/deep.HTML", "notes.txt", ".git/old.html",
                     ".cache/old.html"]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<form></form>", encoding="utf-8")
    return root


def test_url_schemes_are_read_in_any_case() -> None:
    assert url_scheme("HTTP://host/apply") == "http"
    assert is_url("HTTPS://host/apply") and is_url("http://host/") and not is_url("file:///x.html")
    assert url_scheme("forms/apply.html") is None and url_scheme("C:/forms/apply.html") is None


def test_directories_become_their_html_files_sorted_recursive_and_without_hidden_folders(tmp_path: Path) -> None:
    root = _tree(tmp_path / "site")
    expansion = expand_targets([str(root)], base=tmp_path)
    assert [p.name for p in expansion.pages] == ["site/a.htm", "site/a.html", "site/b/apply.html",
                                                 "site/b/c/deep.HTML"]
    assert not any(p.explicit for p in expansion.pages)
    assert expansion.failures == ()


def test_urls_files_and_file_urls_are_explicit_and_duplicates_are_kept_once(tmp_path: Path) -> None:
    page = tmp_path / "apply.html"
    page.write_text("<form></form>", encoding="utf-8")
    url = "HTTPS://jobs.example.com/apply?job=7"
    expansion = expand_targets([url, " ", url, str(page), page.as_uri(), "apply.html"], base=tmp_path)
    assert [(p.location, p.name, p.explicit) for p in expansion.pages] == [
        (url, url, True), (str(page.resolve()), "apply.html", True)
    ]


def test_an_empty_directory_and_a_glob_matching_nothing_are_failures_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty" / ".git").mkdir(parents=True)
    (tmp_path / "empty" / ".git" / "old.html").write_text("<form></form>", encoding="utf-8")
    expansion = expand_targets(["empty", "nothing-*.html"], base=tmp_path)
    assert expansion.pages == ()
    assert [(f.name, f.message) for f in expansion.failures] == [
        ("empty", "the directory holds no .html or .htm file (hidden folders such as .git are not searched)"),
        ("nothing-*.html", "the glob matches no HTML file"),
    ]


def test_snapshot_filenames_are_safe_stable_and_distinct() -> None:
    first = snapshot_filename("https://Careers.Example.com/jobs/42/apply?source=x")
    assert first == snapshot_filename("https://Careers.Example.com/jobs/42/apply?source=x")
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{10}\.snapshot\.json", first)
    assert first.startswith("careers-example-com-jobs-42-apply-")
    assert first != snapshot_filename("https://Careers.Example.com/jobs/42/apply?source=y")
    hostile = snapshot_filename("../../etc/passwd\x00<script>.html")
    assert "/" not in hostile and ".." not in hostile and "\x00" not in hostile
    assert len(snapshot_filename("https://x.test/" + "a" * 500)) < 90
