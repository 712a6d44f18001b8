"""The built-in example, served on 127.0.0.1 so the demo loads it exactly as a candidate would.

It starts at a job post (``data/demo/job.html``) behind a cookie banner, whose "Apply now" leads to
the form, so the demo shows the road formaudit walks as well as the form. The form
(``data/demo/application.html``) asks for what candidates say made them withdraw from a
hiring process: a passport copy, credit-check consent, next of kin, referees before any interview, the
other companies they are interviewing with and those hiring managers' phone numbers, and their CV
typed out again after they uploaded it.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

DEMO_PAGE = "application.html"  # the form
DEMO_JOB_POST = "job.html"  # where the demo starts, as a candidate does
DEMO_TARGET_NAME = "built-in example: Senior Data Analyst application"


def demo_directory() -> Path:
    return Path(str(resources.files("formaudit") / "data" / "demo"))


@contextmanager
def serve_demo() -> Iterator[str]:
    """Serve the demo folder on an ephemeral loopback port; yields the job post's URL."""
    directory = str(demo_directory())

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=directory, **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass  # the demo's output is the report, not an access log

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = httpd.server_address[:2]
        yield f"http://{host!s}:{port}/{DEMO_JOB_POST}"
    finally:
        httpd.shutdown()
        httpd.server_close()
