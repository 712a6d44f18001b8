"""The ATS HTTP client: retries that honour Retry-After, one reason per failure, a per-host limit,
a revalidating cache, and who is asking. Served by httpx's mock transport: no network at all."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from formaudit.ats.client import USER_AGENT, AtsClient, ClientOptions, retry_after_seconds
from formaudit.ats.vendors.base import ApiRequest
from formaudit.errors import TargetContentError, TargetHTTPError

FAST = ClientOptions(wait_initial_s=0, wait_max_s=0)


def _fetch(handler: object, url: str = "http://api.test/x", options: ClientOptions = FAST) -> object:
    async def run() -> object:
        async with AtsClient(options, transport=httpx.MockTransport(handler)) as client:  # type: ignore[arg-type]
            return await client.fetch(ApiRequest(url=url), "vendor:board")
    return asyncio.run(run())


def test_retry_after_is_read_as_seconds_or_a_date() -> None:
    now = datetime(2026, 12, 5, 8, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Sat, 05 Dec 2026 08:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_a_rate_limit_is_retried_and_then_answered() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers["User-Agent"])
        return httpx.Response(429, headers={"Retry-After": "0"}) if len(calls) < 3 else httpx.Response(200, json=[1])

    assert _fetch(handler) == [1]
    assert calls == [USER_AGENT] * 3


@pytest.mark.parametrize(
    ("response", "error", "reason"),
    [
        (httpx.Response(404), TargetHTTPError, "api.test answered 404: no such board or job"),
        (httpx.Response(401), TargetHTTPError, "needs the employer's API key"),
        (httpx.Response(500), TargetHTTPError, "answered HTTP 500 after retries"),
        (httpx.Response(200, content=b'{"jobs": [1, 2'), TargetContentError, "is truncated JSON"),
        (httpx.Response(200, content=b"<html>maintenance</html>"), TargetContentError, "is not valid JSON"),
    ],
)
def test_each_failure_gives_one_reason(response: httpx.Response, error: type[Exception], reason: str) -> None:
    with pytest.raises(error, match=reason) as caught:
        _fetch(lambda _request: response)
    assert str(caught.value).startswith("vendor:board: ")


def test_a_body_over_the_cap_is_refused() -> None:
    with pytest.raises(TargetContentError, match="larger than 10 bytes"):
        _fetch(lambda _r: httpx.Response(200, content=b"[" + b"1," * 20 + b"1]"),
               options=FAST.model_copy(update={"max_bytes": 10}))


def test_requests_to_one_host_are_limited() -> None:
    active = {"now": 0, "most": 0}

    async def handler(_request: httpx.Request) -> httpx.Response:
        active["now"] += 1
        active["most"] = max(active["most"], active["now"])
        await asyncio.sleep(0.01)
        active["now"] -= 1
        return httpx.Response(200, json={})

    async def run() -> None:
        options = FAST.model_copy(update={"per_host": 3})
        async with AtsClient(options, transport=httpx.MockTransport(handler)) as client:
            await asyncio.gather(*(client.fetch(ApiRequest(url=f"http://api.test/{i}"), "t") for i in range(20)))

    asyncio.run(run())
    assert active["most"] == 3


def test_an_unchanged_answer_is_revalidated_from_the_cache(tmp_path: Path) -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304, headers={"ETag": '"v1"'})
        return httpx.Response(200, json={"jobs": []}, headers={"ETag": '"v1"'})

    options = FAST.model_copy(update={"cache_dir": tmp_path})
    assert _fetch(handler, options=options) == {"jobs": []}
    assert _fetch(handler, options=options) == {"jobs": []}  # a second run: a 304, the body from disk
    assert seen == [None, '"v1"']
