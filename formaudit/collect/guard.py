"""The network side of "never send anything": every request passes through here.

Blocked: requests that send data or change something (every POST, PUT, PATCH and DELETE, body or
not: form posts, fetch/XHR posts, beacons), GET requests that carry the page's form fields in their
query (a form sent by GET, or a script building such a URL; links written in the page are exempt),
every request of a popup window the page opens, and a short list of analytics and session-recording
hosts. Extra HTTP headers from the options are added
only to requests for the origins the auth is meant for (by default the target's own origin), so a
token meant for a careers site never reaches the third parties its pages load.

What was blocked is recorded as method, host and path only: query strings and bodies can hold
tokens, and header or cookie values never appear anywhere.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit

from formaudit.collect.road import carries_form_data

if TYPE_CHECKING:
    from playwright.async_api import Page, Request, Route
    from pydantic import SecretStr

SENDING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Hosts (and their subdomains) that only measure visitors; an audit is not a visit worth counting.
ANALYTICS_HOSTS = (
    "google-analytics.com", "analytics.google.com", "stats.g.doubleclick.net", "hotjar.com",
    "hotjar.io", "fullstory.com", "clarity.ms", "segment.io", "segment.com", "mixpanel.com",
    "heapanalytics.com", "mouseflow.com", "quantserve.com", "scorecardresearch.com",
)
MAX_LISTED = 10


def origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname.lower()}:{port}"


def without_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}{parts.path or '/'}"


def is_analytics(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == known or host.endswith("." + known) for known in ANALYTICS_HOSTS)


class NetworkGuard:
    """Route handler for one browser context."""

    def __init__(self, target_url: str, headers: Mapping[str, SecretStr] | None = None,
                 auth_origins: Collection[str] | None = None) -> None:
        """``auth_origins``: the origins (``scheme://host:port``) that receive ``headers``; None means
        the target's own origin only."""
        own = origin_of(target_url)
        self._auth_origins = frozenset(auth_origins) if auth_origins is not None else frozenset({own} - {None})
        self._headers = dict(headers or {})
        self.blocked: Counter[str] = Counter()  # "POST http://host/path" -> how many times
        self.analytics_blocked = 0
        self.popups_blocked = 0
        self.popup_urls: list[str] = []  # where blocked popup windows wanted to go (an Apply in a new window)
        self.page: Page | None = None  # once set, requests of any other page (popups) are refused
        self._form_fields: tuple[str, ...] = ()
        self._page_links: frozenset[str] = frozenset()

    def forbid_form_data(self, field_names: Iterable[str], page_links: Iterable[str]) -> None:
        """From now on, block GETs whose query fills in these fields, unless the page itself links there."""
        self._form_fields = tuple(dict.fromkeys(field_names))
        self._page_links = frozenset(urldefrag(link).url for link in page_links)

    async def handle(self, route: Route, request: Request) -> None:
        try:
            headers = self._decide(request)
        except Exception:  # when in doubt, send nothing
            headers = None
        # The route may already be gone with its page; there is nobody left to tell.
        with contextlib.suppress(Exception):
            if headers is None:
                await route.abort("blockedbyclient")
            elif headers:
                await route.continue_(headers=headers)
            else:
                await route.continue_()

    def _decide(self, request: Request) -> dict[str, str] | None:
        """None to block; otherwise the headers to send (empty: leave them as they are)."""
        if self._from_another_page(request):
            self.popups_blocked += 1
            with contextlib.suppress(Exception):
                if request.is_navigation_request():
                    self.popup_urls.append(request.url)
            return None
        method = request.method.upper()
        if method in SENDING_METHODS:
            self.blocked[f"{method} {without_query(request.url)}"] += 1
            return None
        if (method == "GET" and self._form_fields and urldefrag(request.url).url not in self._page_links
                and carries_form_data(request.url, self._form_fields)):
            self.blocked[f"GET {without_query(request.url)} (form fields in the query)"] += 1
            return None
        if is_analytics(request.url):
            self.analytics_blocked += 1
            return None
        if self._headers and origin_of(request.url) in self._auth_origins:
            # The one place a header secret is revealed: as it goes to a site allowed to receive it.
            return {**request.headers, **{name: value.get_secret_value() for name, value in self._headers.items()}}
        return {}

    def _from_another_page(self, request: Request) -> bool:
        if self.page is None:
            return False
        try:
            return request.frame.page is not self.page
        except Exception:  # a request issued before its frame exists: a new window's first navigation
            return True

    def warnings(self) -> list[str]:
        notes = []
        if self.popups_blocked:
            notes.append(f"blocked {self.popups_blocked} request(s) from popup windows the page opened")
        if not self.blocked:
            return notes
        total = sum(self.blocked.values())
        listed = [f"{what} (x{count})" if count > 1 else what
                  for what, count in self.blocked.most_common(MAX_LISTED)]
        more = len(self.blocked) - len(listed)
        suffix = f" and {more} more" if more > 0 else ""
        return [f"blocked {total} request(s) that would have sent data: {', '.join(listed)}{suffix}", *notes]
