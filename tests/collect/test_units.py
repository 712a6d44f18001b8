"""The browser edge's pure parts: targets, file names, static reading, stitching, the settle rules,
the network guard's bookkeeping and error wording. No browser needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from formaudit.collect import collect_static
from formaudit.collect.failures import navigation_failure, not_html
from formaudit.collect.guard import NetworkGuard, is_analytics, origin_of, without_query
from formaudit.collect.runner import browser_url
from formaudit.collect.settle import FrameActivity, judge
from formaudit.collect.stitch import FrameDocument, stitch_frames, strip_script_and_style
from formaudit.errors import (
    TargetContentError,
    TargetNotFoundError,
    TargetTimeoutError,
    TargetUnreachableError,
)
from formaudit.models.snapshot import load_snapshot, save_snapshot
from formaudit.targets import snapshot_filename


def test_browser_url_of_files_and_unsupported_schemes(tmp_path: Path) -> None:
    page = tmp_path / "form page.html"
    page.write_text("<form></form>", encoding="utf-8")
    assert browser_url(str(page)) == page.resolve().as_uri()
    assert browser_url(page.resolve().as_uri()) == page.resolve().as_uri()
    with pytest.raises(TargetNotFoundError, match="no such file"):
        browser_url(str(tmp_path / "missing.html"))
    with pytest.raises(TargetContentError, match="unsupported URL scheme 'ftp'"):
        browser_url("ftp://example.com/form.html")


# --- collect_static -------------------------------------------------------------------------------


def test_collect_static_reads_a_file_as_is_with_static_provenance(tmp_path: Path) -> None:
    page = tmp_path / "apply.html"
    page.write_text("<title>Apply &amp; join</title><form><input name=dob></form>", encoding="utf-8")
    snapshot = collect_static(str(page))
    assert snapshot.provenance.mode == "static"
    assert snapshot.provenance.target == str(page)
    assert snapshot.provenance.final_url == page.resolve().as_uri()
    assert snapshot.provenance.browser_version is None
    assert snapshot.html == page.read_text(encoding="utf-8")
    assert snapshot.title == "Apply & join"


def test_collect_static_honours_the_declared_charset_and_warns_when_guessing(tmp_path: Path) -> None:
    declared = tmp_path / "latin.html"
    declared.write_bytes('<meta charset="iso-8859-1"><label>Prénom</label>'.encode("latin-1"))
    assert "Prénom" in collect_static(str(declared)).html
    undeclared = tmp_path / "legacy.html"
    undeclared.write_bytes("<label>Gehaltsvorstellung in €</label>".encode("cp1252"))
    snapshot = collect_static(str(undeclared))
    assert "€" in snapshot.html
    assert any("windows-1252" in warning for warning in snapshot.warnings)


def test_collect_static_errors_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(TargetNotFoundError, match="no such file"):
        collect_static(str(tmp_path / "nope.html"))
    with pytest.raises(TargetContentError, match="directory"):
        collect_static(str(tmp_path))
    with pytest.raises(TargetContentError, match="local files only"):
        collect_static("https://jobs.example.com/apply")
    binary = tmp_path / "cv.html"
    binary.write_bytes(b"%PDF-1.4\x00\x00\x01")
    with pytest.raises(TargetContentError, match="binary"):
        collect_static(str(binary))
    big = tmp_path / "big.html"
    big.write_text("<p>" + "x" * 5000, encoding="utf-8")
    with pytest.raises(TargetContentError, match="more than the limit"):
        collect_static(str(big), max_html_bytes=1000)


def test_a_static_snapshot_survives_save_and_load(tmp_path: Path) -> None:
    page = tmp_path / "apply.html"
    page.write_text("<form><label>Name <input name=n></label></form>", encoding="utf-8")
    snapshot = collect_static(str(page))
    path = save_snapshot(snapshot, tmp_path / "out" / snapshot_filename(str(page)))
    assert load_snapshot(path) == snapshot


# --- stitching ------------------------------------------------------------------------------------


def test_child_frames_go_in_sibling_containers_after_their_iframe_and_markers_disappear() -> None:
    top = FrameDocument("0", "https://a.test/", '<body><iframe src="x" data-fa-frame-slot="n:0.0"></iframe>'
                                                "<p>after</p></body>")
    child = FrameDocument("0.0", "https://b.test/?a=1&b=2",
                          '<iframe data-fa-frame-slot="n:0.0.0" title="a>b"></iframe>', lang="de")
    grandchild = FrameDocument("0.0.0", "https://c.test/", "<input name=deep>")
    html, warnings = stitch_frames([top, child, grandchild], "n:")
    assert warnings == []
    assert "data-fa-frame-slot" not in html
    assert html == (
        '<body><iframe src="x"></iframe>'
        '<div data-fa-frame="0.0" data-fa-frame-url="https://b.test/?a=1&amp;b=2" lang="de">'
        '<iframe title="a>b"></iframe>'
        '<div data-fa-frame="0.0.0" data-fa-frame-url="https://c.test/"><input name=deep></div>'
        "</div><p>after</p></body>"
    )


def test_unreadable_frames_get_an_error_container_and_lost_iframes_are_appended_with_a_warning() -> None:
    top = FrameDocument("0", "https://a.test/", '<body><iframe data-fa-frame-slot="n:0.0"></iframe></body>')
    broken = FrameDocument("0.0", "https://b.test/", error='could not be read: "gone"')
    orphan = FrameDocument("0.1", "https://c.test/", "<input name=orphan>")
    html, warnings = stitch_frames([top, broken, orphan], "n:")
    assert '<div data-fa-frame="0.0" data-fa-frame-url="https://b.test/" ' \
           'data-fa-frame-error="could not be read: &quot;gone&quot;"></div>' in html
    assert html.endswith('<div data-fa-frame="0.1" data-fa-frame-url="https://c.test/"><input name=orphan>'
                         "</div></body>")
    assert len(warnings) == 1 and "0.1" in warnings[0]


def test_script_and_style_bodies_are_emptied_but_data_scripts_kept() -> None:
    html = ('<style>.a{}</style><script>var x = "<b>";</script><script type="module">import x</script>'
            '<script type="application/ld+json">{"@type": "JobPosting"}</script><p>kept</p>')
    assert strip_script_and_style(html) == (
        '<style></style><script></script><script type="module"></script>'
        '<script type="application/ld+json">{"@type": "JobPosting"}</script><p>kept</p>'
    )


def test_custom_elements_whose_names_start_with_script_or_style_are_left_alone() -> None:
    html = ("<script-built-field label='Passport number'></script-built-field>"
            "<style-picker label='Salary'></style-picker><script>x()</script>")
    assert strip_script_and_style(html) == (
        "<script-built-field label='Passport number'></script-built-field>"
        "<style-picker label='Salary'></style-picker><script></script>"
    )


# --- settle rules ---------------------------------------------------------------------------------


def _frame(change: float, scheduled: float = 10_000, pending: int = 0, ready: bool = True,
           scripts: int = 1, intervals: int = 0) -> FrameActivity:
    return FrameActivity(change, scheduled, pending, ready, scripts, intervals)


def test_settle_rules() -> None:
    # quiet for settle_ms: settled, even with a ticker interval running
    assert judge([_frame(500, intervals=1)], in_flight=0, settle_ms=500) == "quiet"
    # ...but a pending request or timer (a slow API answer) earns more patience, within reason
    assert judge([_frame(600, pending=1)], in_flight=0, settle_ms=500) is None
    assert judge([_frame(600)], in_flight=1, settle_ms=500) is None
    assert judge([_frame(1500, pending=3, ready=False)], in_flight=2, settle_ms=500) == "quiet"
    # a page without scripts that has loaded cannot change any more
    assert judge([_frame(0, scripts=0)], in_flight=0, settle_ms=500) == "static"
    # idle: nothing pending and a short grace period without changes or scheduled work
    assert judge([_frame(80, scheduled=80)], in_flight=0, settle_ms=500) == "idle"
    # ...but not while a request, a timer or a fetch is pending, or just after a change
    assert judge([_frame(80, scheduled=80)], in_flight=1, settle_ms=500) is None
    assert judge([_frame(80, scheduled=80, pending=1)], in_flight=0, settle_ms=500) is None
    assert judge([_frame(10, scheduled=80)], in_flight=0, settle_ms=500) is None
    assert judge([_frame(80, scheduled=10)], in_flight=0, settle_ms=500) is None
    assert judge([_frame(80, scheduled=80, ready=False)], in_flight=0, settle_ms=500) is None
    assert judge([_frame(80, scheduled=80, intervals=1)], in_flight=0, settle_ms=500) is None  # polling
    # every frame counts
    assert judge([_frame(80, scheduled=80), _frame(5)], in_flight=0, settle_ms=500) is None
    assert judge([], in_flight=0, settle_ms=500) is None


# --- network guard bookkeeping and error wording -------------------------------------------------


def test_guard_helpers_compare_origins_and_never_keep_query_strings() -> None:
    assert origin_of("https://Jobs.Example.com/apply") == origin_of("https://jobs.example.com:443/x")
    assert origin_of("http://jobs.example.com/") != origin_of("https://jobs.example.com/")
    assert origin_of("file:///tmp/a.html") is None
    assert without_query("https://u:secret@x.test/submit?token=abc#f") == "https://x.test/submit"
    assert is_analytics("https://www.google-analytics.com/g/collect")
    assert not is_analytics("https://notgoogle-analytics.com.example/")


def test_guard_warnings_summarise_without_values() -> None:
    guard = NetworkGuard("https://x.test/", headers={"Authorization": SecretStr("Bearer s3cret")})
    guard.blocked.update({"POST https://x.test/apply": 2, "PUT https://x.test/draft": 1})
    (warning,) = guard.warnings()
    assert "blocked 3 request(s)" in warning and "POST https://x.test/apply (x2)" in warning
    assert "s3cret" not in repr(guard.warnings())


@pytest.mark.parametrize(
    ("message", "error", "words"),
    [
        ("Page.goto: net::ERR_NAME_NOT_RESOLVED at http://x.invalid/", TargetUnreachableError, "DNS"),
        ("Page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/", TargetUnreachableError, "refused"),
        ("Page.goto: net::ERR_TOO_MANY_REDIRECTS at http://x/", TargetUnreachableError, "redirect loop"),
        ("Page.goto: net::ERR_CERT_AUTHORITY_INVALID at https://x/", TargetUnreachableError, "TLS"),
        ("Page.goto: net::ERR_TIMED_OUT at http://x/", TargetTimeoutError, "did not load"),
        ("Page.goto: net::ERR_FILE_NOT_FOUND at file:///x", TargetNotFoundError, "no such file"),
        ("Page.goto: net::ERR_ABORTED at http://x/file.zip", TargetContentError, "download"),
    ],
)
def test_navigation_errors_become_one_line_target_errors(message: str, error: type, words: str) -> None:
    exc = RuntimeError(message + "\nCall log:\n  - navigating")
    failure = navigation_failure("http://x/", exc, timeout_s=5)
    assert type(failure) is error
    assert words in failure.reason
    assert "\n" not in str(failure)


def test_only_html_content_types_pass() -> None:
    assert not_html("t", "text/html; charset=utf-8") is None
    assert not_html("t", "application/xhtml+xml") is None
    error = not_html("t", "application/pdf")
    assert error is not None and "application/pdf, not an HTML page" in error.reason


def test_skipped_frames_leave_an_empty_marked_container_and_hide_what_is_nested_in_them() -> None:
    top = FrameDocument("0", "https://a.test/", '<body><iframe data-fa-frame-slot="n:0.0"></iframe></body>')
    captcha = FrameDocument("0.0", "https://www.google.com/recaptcha/api2/anchor", skipped="captcha")
    inner = FrameDocument("0.0.0", "https://www.google.com/recaptcha/api2/bframe", skipped="inside-captcha")
    html, warnings = stitch_frames([top, captcha, inner], "n:")
    assert warnings == []
    assert html == ('<body><iframe></iframe><div data-fa-frame="0.0" '
                    'data-fa-frame-url="https://www.google.com/recaptcha/api2/anchor" '
                    'data-fa-frame-skipped="captcha"></div></body>')


# --- the JavaScript formaudit runs in pages ---------------------------------------------------------


def test_every_page_script_loads_as_a_bare_function_and_ships_with_the_package() -> None:
    import tomllib

    from formaudit.collect import scripts
    from tests.support.paths import REPO_ROOT

    names = sorted(p.stem for p in (REPO_ROOT / "formaudit" / "collect" / "js").glob("*.js"))
    assert names == ["capture", "init", "mark_frame", "probe", "survey"]
    for name in names:
        source = scripts.script(name)
        assert source.startswith("("), name  # comments dropped: Playwright sees a function expression
        assert "%(" not in source and "%%" not in source, name  # nothing is templated into the source
    package_data = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "collect/js/*.js" in package_data["tool"]["setuptools"]["package-data"]["formaudit"]
    assert "collect/*.toml" in package_data["tool"]["setuptools"]["package-data"]["formaudit"]
    init = scripts.init_script(450)
    assert init.endswith('({"trackedDelayMs": 450});') and init.startswith("((")


def test_a_short_undeclared_turkish_page_is_read_as_windows_1254_not_1252() -> None:
    """Three labels: too few words to be sure of the language, yet enough to break the detector's tie."""
    from formaudit.collect.charset import decode_document

    page = ('<html><head><title>Form</title></head><body><form><label for="f0">Adınız</label><input id="f0">'
            '<label for="f1">Doğum tarihi</label><input id="f1"><label for="f2">Medeni hal</label>'
            '<input id="f2"><button>Send</button></form></body></html>')
    decoded = decode_document(page.encode("cp1254"))
    assert decoded.text == page and decoded.encoding == "cp1254"
