"""A recorded vendor API on 127.0.0.1: JSON files served by path, plus the failures real APIs show.

Tests point formaudit at it through the per-vendor base-URL override (``AtsOptions.api`` or
``FORMAUDIT_API_<VENDOR>``), so no test reaches a vendor.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Route = Callable[[str, int], Reply]  # (path with query, how many times this path was asked) -> reply


def file_reply(path: Path, content_type: str = "application/json") -> Route:
    return lambda _path, _count: Reply(200, path.read_bytes(), {"Content-Type": content_type})


def status_reply(status: int, headers: dict[str, str] | None = None) -> Route:
    return lambda _path, _count: Reply(status, json.dumps({"error": status}).encode(), headers or {})


def first_then(first: Reply, times: int, then: Route) -> Route:
    """``first`` for the first ``times`` requests (a 429 with Retry-After), then ``then``."""
    return lambda path, count: first if count <= times else then(path, count)


class RecordedApi:
    """Routes by exact path (query included, then without it); counts requests per path."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.counts: dict[str, int] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._lock = threading.Lock()
        api = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                with api._lock:
                    api.counts[self.path] = api.counts.get(self.path, 0) + 1
                    count = api.counts[self.path]
                    api.requests.append((self.command, self.path, dict(self.headers)))
                route = api.routes.get(self.path) or api.routes.get(urlsplit(self.path).path)
                reply = route(self.path, count) if route else Reply(404, b'{"error": "not found"}')
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> RecordedApi:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def recorded_api(routes: dict[str, Route]) -> Iterator[RecordedApi]:
    with RecordedApi(routes) as api:
        yield api
