"""HTTP to ATS vendors' APIs, as a good citizen: the one place formaudit.ats does network I/O.

* ``httpx`` (async) with one connection pool, a per-host limit (every Greenhouse board shares one
  host) and an overall one, timeouts, and a User-Agent that says who is asking and why.
* Retries with exponential backoff and jitter from ``stamina``, on connection errors, timeouts, 429 and
  5xx; a ``Retry-After`` header (seconds or an HTTP date) sets the wait instead, capped.
* A small on-disk cache from ``hishel`` (RFC 9111: ETag / Last-Modified revalidation), so a nightly run
  over an unchanged board costs 304s. Off unless a cache directory is given.
* Each failure becomes one ``TargetError`` with a one-line reason: 404 (unknown board or job), 401/403
  (a key is needed), 429 after retries, 5xx after retries, malformed or truncated JSON, a body over
  the size cap.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import stamina
from pydantic import BaseModel, ConfigDict, Field

from formaudit.ats.vendors.base import ApiRequest
from formaudit.errors import (
    TargetContentError,
    TargetError,
    TargetHTTPError,
    TargetTimeoutError,
    TargetUnreachableError,
)
from formaudit.version import __version__

USER_AGENT = (f"formaudit/{__version__} (+https://github.com/formaudit/formaudit; reads published "
              "application questions, read-only)")
MAX_RETRY_AFTER_S = 60.0  # a Retry-After longer than this is not waited for: the target fails, saying so
T = TypeVar("T")


class ClientOptions(BaseModel):
    """How formaudit talks to vendors' APIs."""

    model_config = ConfigDict(frozen=True)

    timeout_s: float = Field(default=20.0, gt=0)
    per_host: int = Field(default=8, ge=1, le=64, description="Requests at once to one host.")
    total: int = Field(default=32, ge=1, le=256, description="Requests at once overall.")
    attempts: int = Field(default=4, ge=1, le=10, description="Tries per request, the first included.")
    wait_initial_s: float = Field(default=0.5, ge=0)
    wait_max_s: float = Field(default=10.0, ge=0)
    max_bytes: int = Field(default=10_000_000, ge=1, description="A body larger than this is refused.")
    cache_dir: Path | None = Field(default=None, description="Revalidating on-disk cache; None: no cache.")


class _Retryable(Exception):
    """A response worth trying again (429, 5xx), with the wait its Retry-After asks for, if any."""

    def __init__(self, response: httpx.Response, wait_s: float | None) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
        self.wait_s = wait_s


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds to wait: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _backoff(exc: Exception) -> bool | float:
    """stamina's hook: retry transport trouble and 429/5xx; a Retry-After sets the wait."""
    if isinstance(exc, _Retryable):
        return exc.wait_s if exc.wait_s is not None else True
    return isinstance(exc, httpx.TransportError)


# stamina announces each retry on the root logger; formaudit reports failures per target instead.
stamina.instrumentation.set_on_retry_hooks([])


class AtsClient:
    """One async client for a run. Use as ``async with AtsClient(options) as client``."""

    def __init__(self, options: ClientOptions | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.options = options or ClientOptions()
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._overall = asyncio.Semaphore(self.options.total)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> AtsClient:
        transport: httpx.AsyncBaseTransport = self._transport or httpx.AsyncHTTPTransport()
        if self.options.cache_dir is not None:
            transport = _cached(transport, self.options.cache_dir)
        limits = httpx.Limits(max_connections=self.options.total,
                              max_keepalive_connections=self.options.total)
        self._client = httpx.AsyncClient(
            transport=transport, timeout=self.options.timeout_s, limits=limits, follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json, text/html;q=0.8"},
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def fetch(self, request: ApiRequest, target: str) -> Any:
        """The parsed body of ``request`` (JSON, or text for an HTML page); a ``TargetError`` naming
        ``target`` and one reason when there is none."""
        response = await self._response(request, target)
        body = response.content
        if len(body) > self.options.max_bytes:
            raise TargetContentError(target, f"the answer is larger than {self.options.max_bytes:,} bytes")
        if request.expect == "html":
            return response.text
        try:
            return json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            stripped = body.strip()
            opened = stripped[:1] in (b"{", b"[")
            what = "truncated" if opened and stripped[-1:] not in (b"}", b"]") else "not valid"
            raise TargetContentError(target, f"the answer from {_host(request.url)} is {what} JSON "
                                             f"({exc.__class__.__name__}: {exc})") from None

    async def _response(self, request: ApiRequest, target: str) -> httpx.Response:
        assert self._client is not None, "use AtsClient as an async context manager"
        host = _host(request.url)
        gate = self._hosts.setdefault(host, asyncio.Semaphore(self.options.per_host))
        try:
            async for attempt in stamina.retry_context(
                on=_backoff, attempts=self.options.attempts, timeout=None,
                wait_initial=self.options.wait_initial_s, wait_max=self.options.wait_max_s,
            ):
                with attempt:
                    async with self._overall, gate:
                        response = await self._client.request(
                            request.method, request.url, json=request.json_body, headers=request.headers)
                    _raise_for_retry(response, target)
        except _Retryable as exc:
            raise _http_error(exc.response, target, retried=True) from None
        except httpx.TimeoutException:
            raise TargetTimeoutError(target, f"{host} did not answer within {self.options.timeout_s:g} s "
                                             f"({self.options.attempts} tries)") from None
        except httpx.TransportError as exc:
            raise TargetUnreachableError(target, f"{host} could not be reached ({exc.__class__.__name__}: "
                                                 f"{exc or 'no detail'})") from None
        if response.status_code >= 400:
            raise _http_error(response, target, retried=False)
        return response


def _raise_for_retry(response: httpx.Response, target: str) -> None:
    if response.status_code == 429 or response.status_code >= 500:
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > MAX_RETRY_AFTER_S:
            raise _http_error(response, target, retried=False)
        raise _Retryable(response, wait)


def _http_error(response: httpx.Response, target: str, *, retried: bool) -> TargetError:
    status = response.status_code
    host = _host(str(response.request.url))
    tries = " after retries" if retried else ""
    if status == 404:
        reason = f"{host} answered 404: no such board or job (check the name)"
    elif status in (401, 403):
        reason = f"{host} answered {status}: this needs the employer's API key"
    elif status == 429:
        wait = response.headers.get("Retry-After")
        reason = f"{host} answered 429 (rate limited){tries}" + (f"; it asks to wait {wait} s" if wait else "")
    else:
        reason = f"{host} answered HTTP {status}{tries}"
    return TargetHTTPError(target, status, reason)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _cached(transport: httpx.AsyncBaseTransport, directory: Path) -> httpx.AsyncBaseTransport:
    from hishel import AsyncSqliteStorage
    from hishel.httpx import AsyncCacheTransport

    directory.mkdir(parents=True, exist_ok=True)
    storage = AsyncSqliteStorage(database_path=directory / "formaudit-ats-cache.db")
    return AsyncCacheTransport(next_transport=transport, storage=storage, rfc=True)


async def gather_limited(jobs: Sequence[Callable[[], Awaitable[T]]]) -> list[T | BaseException]:
    """Run every job; one that raises gives its exception in its place, never cancels the others."""
    return list(await asyncio.gather(*(job() for job in jobs), return_exceptions=True))
