"""A tiny HTTP server on 127.0.0.1 for browser tests: never the internet.

Serves a directory, plus behaviours real careers sites show when they break (an error status, a
redirect loop, a slow or endless response, a non-HTML body). Each test server runs in its own thread
and picks a free port.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlparse

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


def _send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes, content_type: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _status(handler: http.server.BaseHTTPRequestHandler) -> None:
    code = int(urlparse(handler.path).path.rsplit("/", 1)[-1])
    _send(handler, code, f"<h1>status {code}</h1>".encode(), "text/html")


def _redirect_loop(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.send_response(302)
    handler.send_header("Location", "/redirect-loop")
    handler.end_headers()


def _slow(handler: http.server.BaseHTTPRequestHandler) -> None:
    query = parse_qs(urlparse(handler.path).query)
    time.sleep(int(query.get("ms", ["5000"])[0]) / 1000)
    _send(handler, 200, b"<form><label>Name <input name=n></label></form>", "text/html")


def _binary(handler: http.server.BaseHTTPRequestHandler) -> None:
    _send(handler, 200, b"%PDF-1.4 not a form", "application/pdf")


BUILT_IN_ROUTES: dict[str, Handler] = {
    "/status/": _status,
    "/redirect-loop": _redirect_loop,
    "/slow": _slow,
    "/binary.pdf": _binary,
}


class LocalServer:
    """Serve ``root`` and the built-in routes on an ephemeral 127.0.0.1 port."""

    def __init__(self, root: Path, routes: dict[str, Handler] | None = None) -> None:
        self.root = root
        self.routes = {**BUILT_IN_ROUTES, **(routes or {})}
        self.requests: list[str] = []  # paths asked for, in order: lets tests prove what was (not) sent
        server = self

        class _Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(server.root), **kwargs)  # type: ignore[arg-type]

            def log_message(self, format: str, *args: object) -> None:  # quiet test output
                pass

            def _route(self) -> bool:
                server.requests.append(f"{self.command} {self.path}")
                path = urlparse(self.path).path
                for prefix, handler in server.routes.items():
                    if path == prefix or (prefix.endswith("/") and path.startswith(prefix)):
                        handler(self)
                        return True
                return False

            def do_GET(self) -> None:
                if not self._route():
                    super().do_GET()

            def do_POST(self) -> None:
                if not self._route():
                    _send(self, 200, b"<p>received</p>", "text/html")

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def serve(root: Path, routes: dict[str, Handler] | None = None) -> Iterator[LocalServer]:
    server = LocalServer(root, routes).start()
    try:
        yield server
    finally:
        server.stop()
