"""Forms in many languages, in legacy encodings, with and without a browser: the text arrives intact
and the language is named. A form in a language formaudit reads is read (each question asks what a
reader sees it ask); a form in any other language fails the gate with every question listed to read.
The pages, how they must read and what they ask are in tests/fixtures/languages/manifest.json."""

from __future__ import annotations

import http.server
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

import pytest

from formaudit.models.classification import ClassifiedField
from formaudit.models.result import AuditResult, TargetResult
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from tests.support.paths import FIXTURES
from tests.support.server import Handler, serve

PAGES_DIR = FIXTURES / "languages"
PAGES: list[dict[str, Any]] = json.loads((PAGES_DIR / "manifest.json").read_text(encoding="utf-8"))["pages"]


def _read(page: dict[str, Any]) -> bool:
    """Whether formaudit has a lexicon for the page's language (then its 'expects' must hold)."""
    from formaudit.classify.language import covered_languages

    return page["language"] in covered_languages()


def test_the_set_covers_read_and_unread_languages_and_the_legacy_encodings() -> None:
    read = {page["language"] for page in PAGES if _read(page)}
    unread = {page["language"] for page in PAGES if not _read(page)}
    assert len(read) >= 5 and all("expects" in page for page in PAGES if _read(page))
    assert len(unread) >= 5
    assert {"windows-1254", "windows-1250", "windows-1251", "koi8-r", "windows-1253", "shift_jis", "euc-jp",
            "gb18030", "big5", "euc-kr", "windows-874", "windows-1255"} <= {page["encoding"] for page in PAGES}
    assert {page["declares"] for page in PAGES} == {"none", "meta", "http"}


def _with_header(page: dict[str, Any]) -> Handler:
    body = (PAGES_DIR / page["file"]).read_bytes()

    def handle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", f"text/html; charset={page['encoding']}")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return handle


@pytest.fixture(scope="module")
def static_result() -> AuditResult:
    specs = [TargetSpec(target=str(PAGES_DIR / page["file"]), name=page["file"]) for page in PAGES]
    return run_audit(specs, RunOptions(browser=False, plugins=False))


@pytest.fixture(scope="module")
def browser_result() -> AuditResult:
    # Pages that declare their charset only in HTTP get the header; the others are served without one.
    routes = {f"/{page['file']}": _with_header(page) for page in PAGES if page["declares"] == "http"}
    with serve(PAGES_DIR, routes) as server:
        specs = [TargetSpec(target=server.url(page["file"]), name=page["file"]) for page in PAGES]
        return run_audit(specs, RunOptions(browser=True, concurrency=2, plugins=False))


def _check(target: TargetResult, page: dict[str, Any]) -> None:
    assert target.error is None, target.error
    (form,) = target.forms
    classified = form.classified
    # Readable text: every label as written (NFKC, as extraction keeps labels), no mojibake.
    expected = [unicodedata.normalize("NFKC", question) for question in page["questions"]]
    fields = [f for f in classified.fields if f.field.visible]
    assert [f.field.question for f in fields] == expected
    language = classified.language
    assert language is not None and language.code == page["language"]
    if _read(page):
        _check_read(target, page, fields)
    else:
        _check_unread(target, page, classified.unrecognised, expected)


def _check_read(target: TargetResult, page: dict[str, Any], fields: list[ClassifiedField]) -> None:
    """A language formaudit reads: no coverage finding, and every question asks what a reader sees."""
    assert target.forms[0].classified.language.covered  # type: ignore[union-attr]
    assert not [f for f in target.findings if f.rule_id == "language-not-covered"]
    missed = {
        field.field.question: sorted(set(wanted) - {c.value for c in field.categories})
        for field, wanted in zip(fields, page["expects"], strict=True)
        if set(wanted) - {c.value for c in field.categories}
    }
    assert missed == {}


def _check_unread(target: TargetResult, page: dict[str, Any], unrecognised: Sequence[ClassifiedField],
                  expected: list[str]) -> None:
    """A language formaudit does not read: the gate sees a finding and the questions are listed."""
    assert target.forms[0].classified.language.unread  # type: ignore[union-attr]
    unread = [f.field.question for f in unrecognised]
    assert set(unread) <= set(expected) and len(unread) * 2 >= len(expected)
    (finding,) = [f for f in target.findings if f.rule_id == "language-not-covered"]
    total = len(expected)
    assert f"({page['language']}), which formaudit does not read: {len(unread)} of {total} questions" in finding.message
    assert finding.severity.value == "medium"


@pytest.mark.parametrize("page", PAGES, ids=[page["file"] for page in PAGES])
def test_without_a_browser(static_result: AuditResult, page: dict[str, Any]) -> None:
    _check(next(t for t in static_result.targets if t.target == page["file"]), page)


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES, ids=[page["file"] for page in PAGES])
def test_in_a_browser(browser_result: AuditResult, page: dict[str, Any]) -> None:
    _check(next(t for t in browser_result.targets if t.target == page["file"]), page)
