"""Target sources: list files and sitemaps (local, over HTTP on 127.0.0.1, gzip, one level of index)."""

from __future__ import annotations

import gzip
import http.server
from pathlib import Path

import pytest

from formaudit.config import load_config, plan_targets
from formaudit.errors import ConfigError, TargetError
from formaudit.targets import parse_sitemap, read_sitemap, read_target_list
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
