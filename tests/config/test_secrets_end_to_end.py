"""Config secrets from the file to the browser: sent to the careers site, shown nowhere.

A real ``formaudit audit`` in browser mode with a token from the environment and a cookie written in the
file. The server proves both were sent (the page only shows the form to a signed-in visitor); then the
terminal output, every report format and the saved snapshots are searched for either value.
"""

from __future__ import annotations

import http.server
from pathlib import Path

import pytest

from formaudit.cli.audit_cmd import audit_command
from formaudit.exit_codes import ExitCode
from tests.support.cli import invoke
from tests.support.server import serve

pytestmark = pytest.mark.browser

TOKEN = "Bearer e2e-t0ken-5ecret"
COOKIE = "c00kie-5ecret-e2e"
SIGNED_IN_FORM = """<!doctype html><title>Internal vacancies</title><form>
<label>Full name <input name="name" required></label>
<label>Passport number <input name="passport_number" required></label>
</form>"""


def test_a_browser_run_sends_the_secrets_and_no_output_or_report_shows_them(
    ci_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received: list[tuple[str | None, str | None]] = []

    def members_only(handler: http.server.BaseHTTPRequestHandler) -> None:
        received.append((handler.headers.get("Authorization"), handler.headers.get("Cookie")))
        signed_in = handler.headers.get("Authorization") == TOKEN and f"sid={COOKIE}" in (
            handler.headers.get("Cookie") or "")
        body = (SIGNED_IN_FORM if signed_in else "<p>Please sign in</p>").encode("utf-8")
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    monkeypatch.setenv("FA_E2E_TOKEN", TOKEN)
    with serve(ci_site, {"/members/apply": members_only}) as server:
        (ci_site / "formaudit.toml").write_text(
            f'[auth]\norigins = ["{server.base_url}"]\n'
            'headers = { Authorization = { env = "FA_E2E_TOKEN" } }\n'
            f'cookies = [{{ name = "sid", value = "{COOKIE}", url = "{server.base_url}" }}]\n'
            f'[[targets]]\nurl = "{server.url("members/apply")}"\n'
            f'[[targets]]\nurl = "{server.url("status/401")}"\n',
            encoding="utf-8",
        )
        result = invoke(audit_command, "--allow-partial", "--format", "table,json,html,sarif,junit,md",
                        "--output-dir", "out", "--save-snapshot", "snapshots")

    # Revealed where it is sent: the server saw both values and showed the form behind the login.
    assert received and received[0][0] == TOKEN and f"sid={COOKIE}" in (received[0][1] or "")
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert "Passport number" in result.output
    # The literal cookie is warned about by its key, never its value; the failed target is named.
    assert "auth.cookies[0].value is written in the file" in result.output
    assert "status/401" in result.output
    written = sorted(p for folder in ("out", "snapshots") for p in (ci_site / folder).rglob("*") if p.is_file())
    assert {p.suffix for p in written} >= {".json", ".html", ".sarif", ".xml", ".md"}
    outputs = [(result.output.encode("utf-8"), "the terminal"), *((p.read_bytes(), p.name) for p in written)]
    for shown, where in outputs:
        for secret in ("e2e-t0ken-5ecret", COOKIE):
            assert secret.encode("utf-8") not in shown, f"{secret!r} appears in {where}"
