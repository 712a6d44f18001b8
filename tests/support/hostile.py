"""Pages and servers that attack or stall an auditor, served on 127.0.0.1 for the hostile-input tests.

Each route is a thing real (or malicious) careers sites do: hang, drip bytes, redirect forever, send a
compression bomb or a huge binary, run scripts that never end or throw dialogs, reload themselves, nest
frames by the hundred, and put terminal escapes or CI workflow commands in their labels.
"""

from __future__ import annotations

import gzip
import http.server
import time
from urllib.parse import parse_qs, urlparse

from tests.support.server import Handler

GOOD_FORM = b'<html lang="en"><body><form><label for="d">Date of birth</label><input id="d" name="dob"></form>'


def _html(handler: http.server.BaseHTTPRequestHandler, body: bytes, *, extra: dict[str, str] | None = None) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (extra or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def _hang(handler: http.server.BaseHTTPRequestHandler) -> None:
    time.sleep(60)  # accepts the connection, never answers (the test's timeouts are far shorter)


def _drip(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(60):
            handler.wfile.write(b"<p>")
            handler.wfile.flush()
            time.sleep(1)
    except OSError:
        pass  # the client gave up: what we want


def _chain(handler: http.server.BaseHTTPRequestHandler) -> None:
    hop = int(parse_qs(urlparse(handler.path).query).get("hop", ["0"])[0])
    handler.send_response(302)
    handler.send_header("Location", f"/chain?hop={hop + 1}")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


_BOMB = gzip.compress(b"<html><body>" + b" " * (400 * 1024 * 1024), compresslevel=9)  # ~400 MB unpacked


def _gzip_bomb(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(_BOMB)))
    handler.end_headers()
    handler.wfile.write(_BOMB)


def _sitemap_bomb(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/x-gzip")
    handler.send_header("Content-Length", str(len(_BOMB)))
    handler.end_headers()
    handler.wfile.write(_BOMB)


def _big_binary(content_type: str) -> Handler:
    def handle(handler: http.server.BaseHTTPRequestHandler) -> None:
        size = 50 * 1024 * 1024
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        chunk = bytes(range(256)) * 4096
        try:
            for _ in range(size // len(chunk)):
                handler.wfile.write(chunk)
        except OSError:
            pass

    return handle


def _page(body: str) -> Handler:
    data = body.encode("utf-8")
    return lambda handler: _html(handler, data)


ENDLESS_SCRIPT = "<script>while (true) {}</script>" + GOOD_FORM.decode()
DIALOGS = (
    "<script>addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; });"
    "setInterval(() => { alert('a'); confirm('b'); prompt('c'); }, 10);</script>" + GOOD_FORM.decode()
)
RELOADING = "<script>setTimeout(() => location.reload(), 100);</script>" + GOOD_FORM.decode()
FRAMES = "".join(f'<iframe src="/frame?n={i}"></iframe>' for i in range(200)) + GOOD_FORM.decode()
NESTED = '<iframe src="/nested?depth=0"></iframe>' + GOOD_FORM.decode()
ANSI_LABEL = (
    '<form><label for="a">Name\x1b[2J\x1b[1;31m RED \x1b]8;;https://evil.example\x07link\x1b]8;;\x07'
    '\x1b]0;pwned\x07</label><input id="a" name="a">'
    '<label for="d">Date of birth \x1b[0m</label><input id="d" name="dob"></form>'
)
WORKFLOW_LABEL = (
    '<form><label for="d">Date of birth\n::error file=x::pwned%0A::set-output name=x::y\n::add-mask::z'
    '</label><input id="d" name="dob" required></form>'
)


def _frame(handler: http.server.BaseHTTPRequestHandler) -> None:
    _html(handler, b"<p>frame</p>")


def _nested(handler: http.server.BaseHTTPRequestHandler) -> None:
    depth = int(parse_qs(urlparse(handler.path).query).get("depth", ["0"])[0])
    _html(handler, f'<iframe src="/nested?depth={depth + 1}"></iframe>'.encode())


ROUTES: dict[str, Handler] = {
    "/good": lambda handler: _html(handler, GOOD_FORM),
    "/hang": _hang,
    "/drip": _drip,
    "/chain": _chain,
    "/gzip-bomb": _gzip_bomb,
    "/sitemap-bomb.xml.gz": _sitemap_bomb,
    "/binary-as-html": _big_binary("text/html"),
    "/binary-download": _big_binary("application/octet-stream"),
    "/endless-script": _page(ENDLESS_SCRIPT),
    "/dialogs": _page(DIALOGS),
    "/reloading": _page(RELOADING),
    "/frames": _page(FRAMES),
    "/nested-frames": _page(NESTED),
    "/frame": _frame,
    "/nested": _nested,
    "/ansi": _page(ANSI_LABEL),
    "/workflow": _page(WORKFLOW_LABEL),
}

