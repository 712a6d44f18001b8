"""Forms behind a login: headers, cookies and storage state reach the careers site, and only it.

Secrets never appear in snapshots or warnings, and third parties the page loads never see them.
"""

from __future__ import annotations

import asyncio
import http.server
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from formaudit.collect import CollectOptions, CollectRequest, collect_many
from formaudit.collect.options import Cookie
from formaudit.errors import ConfigError, TargetError, TargetNotFoundError
from formaudit.models.snapshot import Snapshot
from tests.support.server import LocalServer, serve

pytestmark = pytest.mark.browser

TOKEN = "Bearer s3cret-t0ken"
COOKIE_VALUE = "c00kie-value"
STORED_VALUE = "st0red-value"


class SeenHeaders:
    def __init__(self) -> None:
        self.by_path: dict[str, list[dict[str, str]]] = {}

    def record(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = urlparse(handler.path).path
        self.by_path.setdefault(path, []).append({k.lower(): v for k, v in handler.headers.items()})


def _reply(handler: http.server.BaseHTTPRequestHandler, body: str, content_type: str = "text/html") -> None:
    data = body.encode("utf-8")
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


@pytest.fixture(scope="module")
def seen() -> SeenHeaders:
    return SeenHeaders()


@pytest.fixture(scope="module")
def third_party(fixtures_dir: Path, seen: SeenHeaders) -> Iterator[LocalServer]:
    def pixel(handler: http.server.BaseHTTPRequestHandler) -> None:
        seen.record(handler)
        _reply(handler, "", "image/gif")

    with serve(fixtures_dir, {"/third/pixel": pixel}) as server:
        yield server


@pytest.fixture(scope="module")
def careers_site(fixtures_dir: Path, seen: SeenHeaders) -> Iterator[LocalServer]:
    def members_only(handler: http.server.BaseHTTPRequestHandler) -> None:
        seen.record(handler)
        authorised = handler.headers.get("Authorization") == TOKEN
        third = parse_qs(urlparse(handler.path).query).get("third", [""])[0]
        # The page names the third party it loads; the value is the test's own URL.
        _reply(handler, f"""<!doctype html><title>Internal vacancies</title>
            <p>{"Signed in" if authorised else "Please sign in"}</p>
            <form><label>Employee number <input name="employee_number"></label></form>
            <img src="{third}" alt="">""")

    with serve(fixtures_dir, {"/members/apply": members_only}) as server:
        yield server


@pytest.fixture(scope="module")
def signed_in(careers_site: LocalServer, third_party: LocalServer, tmp_path_factory: pytest.TempPathFactory,
              ) -> list[Snapshot | TargetError]:
    state = tmp_path_factory.mktemp("auth") / "state.json"
    state.write_text(json.dumps({"cookies": [{
        "name": "remembered", "value": STORED_VALUE, "domain": "127.0.0.1", "path": "/", "expires": -1,
        "httpOnly": False, "secure": False, "sameSite": "Lax"}], "origins": []}), encoding="utf-8")
    options = CollectOptions(
        headers={"Authorization": TOKEN},
        cookies=(Cookie(name="session", value=COOKIE_VALUE),),
        storage_state=state,
        screenshot=False,
    )
    third = third_party.url("third/pixel").replace("127.0.0.1", "localhost")
    return collect_many([CollectRequest(target=careers_site.url(f"members/apply?third={third}"))], options)


def test_headers_cookies_and_storage_state_reach_the_careers_site(
    signed_in: list[Snapshot | TargetError], seen: SeenHeaders
) -> None:
    (snapshot,) = signed_in
    assert isinstance(snapshot, Snapshot)
    assert "Signed in" in snapshot.html
    (request,) = seen.by_path["/members/apply"]
    assert request["authorization"] == TOKEN
    assert f"session={COOKIE_VALUE}" in request["cookie"]
    assert f"remembered={STORED_VALUE}" in request["cookie"]


def test_third_parties_the_page_loads_never_see_the_secrets(
    signed_in: list[Snapshot | TargetError], seen: SeenHeaders
) -> None:
    (third,) = seen.by_path["/third/pixel"]
    assert "authorization" not in third
    assert COOKIE_VALUE not in third.get("cookie", "") and STORED_VALUE not in third.get("cookie", "")


def test_secrets_appear_nowhere_in_the_snapshot(signed_in: list[Snapshot | TargetError]) -> None:
    (snapshot,) = signed_in
    assert isinstance(snapshot, Snapshot)
    dumped = snapshot.model_dump_json()
    for secret in ["s3cret-t0ken", COOKIE_VALUE, STORED_VALUE]:
        assert secret not in dumped
    assert "s3cret" not in repr(CollectOptions(headers={"Authorization": TOKEN}))


def test_collect_many_also_works_when_called_from_async_code(tmp_path: Path) -> None:
    async def from_a_coroutine() -> list[Snapshot | TargetError]:
        return collect_many([CollectRequest(target=str(tmp_path / "missing.html"))], CollectOptions())

    (result,) = asyncio.run(from_a_coroutine())
    assert isinstance(result, TargetNotFoundError)


def test_auth_origins_keep_credentials_from_targets_on_other_sites(fixtures_dir: Path) -> None:
    # One server, two origins: 127.0.0.1 is the careers site the token is for, localhost stands in
    # for a third-party applicant tracking system audited in the same run.
    recorder = SeenHeaders()

    def page(handler: http.server.BaseHTTPRequestHandler) -> None:
        recorder.record(handler)
        _reply(handler, "<!doctype html><form><label>Name <input name=n></label></form>")

    with serve(fixtures_dir, {"/own/apply": page, "/ats/apply": page}) as server:
        own = server.url("own/apply")
        ats = server.url("ats/apply").replace("127.0.0.1", "localhost")
        options = CollectOptions(headers={"Authorization": TOKEN},
                                 cookies=(Cookie(name="session", value=COOKIE_VALUE),), screenshot=False)
        results = collect_many([CollectRequest(target=own), CollectRequest(target=ats)], options,
                               auth_origins=[own])
    assert all(isinstance(r, Snapshot) for r in results)
    (to_own,) = recorder.by_path["/own/apply"]
    (to_ats,) = recorder.by_path["/ats/apply"]
    assert to_own["authorization"] == TOKEN and f"session={COOKIE_VALUE}" in to_own["cookie"]
    assert "authorization" not in to_ats
    assert COOKIE_VALUE not in to_ats.get("cookie", "")


def test_an_auth_origin_that_is_not_a_site_is_a_config_error(tmp_path: Path) -> None:
    page = tmp_path / "apply.html"
    page.write_text("<form><input name=n></form>", encoding="utf-8")
    with pytest.raises(ConfigError, match="not an http"):
        collect_many([CollectRequest(target=str(page))], CollectOptions(), auth_origins=["careers.example.com"])
