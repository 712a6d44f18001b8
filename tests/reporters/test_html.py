"""The HTML report as a document: self-contained, safe with hostile pages, complete, and stable."""

from __future__ import annotations

import base64
import hashlib
import itertools
import re

import pytest

from formaudit.models.context import Stage
from formaudit.models.result import AuditResult
from formaudit.reporters import REPORTERS, ReportOptions
from formaudit.reporters.html_report import content_security_policy
from tests.reporters import checks as c
from tests.reporters.html_parse import Inventory
from tests.reporters.scenarios import (
    DEMO_TARGET,
    FAILED_TARGET,
    IMG,
    SCRIPT,
    demo_target,
    hostile_result,
    sample_result,
)


def render(result: AuditResult, **options: object) -> str:
    return REPORTERS["html"].render(result, ReportOptions.model_validate(options))


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render(hostile_result())


@pytest.fixture(scope="module")
def sample_html() -> str:
    return render(sample_result())


def _inline(html: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S)


def test_hostile_markup_from_pages_appears_only_as_text(hostile_html: str) -> None:
    doc = Inventory(hostile_html)
    # Our one script and one stylesheet, nothing injected.
    assert len(doc.all("script")) == 1
    assert len(doc.all("style")) == 1
    assert not [e for e in doc.all("img") if not e.attrs["src"].startswith("data:image/png;base64,")]
    assert not [e for e in doc.all("svg") if "onload" in e.attrs]
    handlers = [(e.tag, k) for e in doc.elements for k in e.attrs if k.startswith("on")]
    assert handlers == []
    assert SCRIPT not in hostile_html and IMG not in hostile_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_html
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_html


def test_control_characters_from_pages_never_reach_the_document(hostile_html: str) -> None:
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", hostile_html)
    assert "\ufffd[31mred" in hostile_html  # the escape sequence is shown defused, not dropped silently


def test_script_urls_from_pages_are_never_made_clickable(hostile_html: str) -> None:
    doc = Inventory(hostile_html)
    hrefs = [e.attrs["href"] for e in doc.elements if "href" in e.attrs]
    assert hrefs, "the report has links"
    for href in hrefs:
        squashed = re.sub(r"[\s\x00-\x1f]", "", href).lower()
        assert not squashed.startswith(("javascript:", "data:text", "vbscript:")), href
        assert href.startswith(("#", "http://", "https://", "file:", "data:,")), href
    # The hostile URLs are still shown, as text, so the reader sees what the page declared.
    assert "javascript:alert(6)" not in hrefs
    assert "javascript:alert(7)" in hostile_html


def test_hostile_text_in_attributes_cannot_break_out(hostile_html: str) -> None:
    doc = Inventory(hostile_html)
    labels = [e.attrs["aria-label"] for e in doc.elements if "aria-label" in e.attrs]
    assert any("<script>alert(1)</script>" in label for label in labels), (
        "hostile label kept as an attribute value"
    )
    # Every attribute parsed back whole: a quote in page text would have split one into several.
    assert not [e for e in doc.elements if any(k in {"onload", "onerror", "svg"} for k in e.attrs)]


def test_content_security_policy_forbids_every_fetch_and_allows_exactly_our_inline_code(
    sample_html: str,
) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', sample_html)
    assert csp is not None
    policy = csp.group(1).replace("&#39;", "'")
    assert "default-src 'none'" in policy and "img-src data:" in policy and "form-action 'none'" in policy
    (css,) = _inline(sample_html, "style")
    (js,) = _inline(sample_html, "script")
    assert policy == content_security_policy(css, js)
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_report_is_self_contained(sample_html: str) -> None:
    doc = Inventory(sample_html)
    for element in doc.elements:
        for name in ("src", "srcset", "poster", "data"):
            value = element.attrs.get(name)
            assert value is None or value.startswith("data:"), (element.tag, name, value)
    assert [e.attrs["href"] for e in doc.all("link")] == ["data:,"]
    (css,) = _inline(sample_html, "style")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    assert 'style="' not in sample_html, "style attributes would be blocked by the CSP"


def test_overview_ranks_forms_worst_first_and_rolls_rules_up_across_forms(sample_html: str) -> None:
    ranking = sample_html.index("Forms, worst first")
    demo = sample_html.index("Apply: Senior Data Analyst", ranking)
    template = sample_html.index("Apply — Standard application for employment", ranking)
    clean = sample_html.index("Data Analyst — Fabrikam careers", ranking)
    assert demo < template < clean  # 4 high beats 3 high; nothing found comes last
    assert re.search(rf"2 of 3 forms</span>.*?{re.escape(c.CRIMINAL_HISTORY.title)}", sample_html, flags=re.S)
    assert re.search(rf"2 of 3 forms</span>.*?{re.escape(c.SALARY_HISTORY.title)}", sample_html, flags=re.S)


def test_failed_targets_are_listed_with_their_reason(sample_html: str) -> None:
    section = sample_html[sample_html.index('id="not-audited"') :]
    assert FAILED_TARGET in section[:2000]
    assert "timeout: the page did not settle within 30 s" in section[:2000]
    assert "acme.favourite-colour" in sample_html and "No module named" in sample_html


def test_each_finding_shows_severity_confidence_baseline_waiver_law_and_fix(sample_html: str) -> None:
    doc = Inventory(sample_html)
    cards = [e for e in doc.all("article") if "data-finding" in e.attrs]
    assert len(cards) == len(sample_result().findings)
    assert {c.attrs["data-severity"] for c in cards} == {"high", "medium", "low", "note"}
    assert "High severity" in sample_html and "High confidence (96%)" in sample_html
    assert "New since the baseline" in sample_html and "Already in the baseline" in sample_html
    assert "Accepted by a waiver" in sample_html and "ticket HR-142" in sample_html
    assert 'href="https://www.legislation.gov.uk/ukpga/1974/53"' in sample_html
    assert "Rehabilitation of Offenders Act 1974" in sample_html
    assert "Why it costs you candidates" in sample_html and "How to fix it" in sample_html
    waived = [c for c in cards if c.attrs["data-waived"] == "true"]
    assert len(waived) == 1


def test_anchors_are_unique_and_stable_between_runs(sample_html: str) -> None:
    ids = re.findall(r'\sid="([^"]+)"', sample_html)
    assert len(ids) == len(set(ids))
    again = render(sample_result())
    assert again == sample_html
    finding_ids = [i for i in ids if i.startswith("f-") and not i.endswith("-h")]
    assert finding_ids and all(f'href="#{i}"' in sample_html for i in finding_ids)


def test_markers_sit_on_flagged_fields_in_percent_of_the_page() -> None:
    target = demo_target()
    html = render(
        AuditResult(formaudit_version="t", generated_at=sample_result().generated_at, targets=(target,))
    )
    doc = Inventory(html)
    rects = [e for e in doc.all("rect") if e.attrs.get("class") == "box"]
    flagged = {f.field_id for f in target.findings if f.field_id}
    assert len(rects) == len(flagged)
    assert target.page_width and target.page_height
    expected = {
        (
            round(f.field.box.x / target.page_width * 100, 3),
            round(f.field.box.y / target.page_height * 100, 3),
        )
        for form in target.forms
        for f in form.classified.fields
        if f.field.field_id in flagged and f.field.box
    }
    placed = {(float(r.attrs["x"].rstrip("%")), float(r.attrs["y"].rstrip("%"))) for r in rects}
    assert placed == expected
    links = [e for e in doc.all("a") if e.attrs.get("id", "").endswith(("-m1", "-m2"))]
    assert links and all(a.attrs["aria-label"].startswith("Marker ") for a in links)
    assert all(a.attrs["href"].startswith("#f-") for a in links)


def test_screenshots_can_be_left_out() -> None:
    html = render(sample_result(), include_screenshots=False)
    assert "data:image/png" not in html
    assert 'class="box"' not in html
    assert len(html) < len(render(sample_result())) / 2


def test_data_inventory_lists_every_field_with_its_categories(sample_html: str) -> None:
    target = demo_target()
    form = target.forms[0]
    assert f"Every field on this form ({len(form.classified.fields)})" in sample_html
    assert "(hidden from candidates)" in sample_html
    assert "passport, ID card or driving-licence details" in sample_html
    assert f"{form.metrics.questions} questions, {form.metrics.required_questions} required" in sample_html


def test_filters_are_hidden_until_the_script_shows_them_and_every_control_has_a_label(
    sample_html: str,
) -> None:
    doc = Inventory(sample_html)
    panel = doc.by_id("filters")
    assert "hidden" in panel.attrs
    for control in doc.all("select"):
        assert f'for="{control.attrs["id"]}"' in sample_html
    boxes = [e for e in doc.all("input") if e.attrs.get("type") == "checkbox"]
    assert len(boxes) == 5  # four severities and "show accepted"


def test_headings_start_with_one_h1_and_never_skip_a_level(sample_html: str) -> None:
    levels = [int(tag[1]) for tag in re.findall(r"<(h[1-6])[\s>]", sample_html)]
    assert levels.count(1) == 1 and levels[0] == 1
    for previous, current in itertools.pairwise(levels):
        assert current <= previous + 1, (previous, current)
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in sample_html


def test_print_stylesheet_hides_filters_and_expands_everything(sample_html: str) -> None:
    (css,) = _inline(sample_html, "style")
    printing = css[css.index("@media print") :]
    assert ".filters" in printing and "display: none" in printing
    assert "[data-finding][hidden]" in printing and "details-content" in printing


def test_a_wide_page_is_cropped_to_its_form_in_the_stylesheet() -> None:
    html = render(sample_result())
    target_anchor = re.search(r'<figure class="shot" id="([^"]+)"', html)
    assert target_anchor is not None
    assert re.search(
        rf"#{target_anchor.group(1)} \.shot-frame {{ width: [\d.]+%; margin-left: -[\d.]+%; }}", html
    )


def test_a_result_with_nothing_audited_still_renders() -> None:
    empty = AuditResult(formaudit_version="t", generated_at=sample_result().generated_at)
    html = render(empty)
    assert "No page could be audited." in html
    assert DEMO_TARGET not in html


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_colours_meet_wcag_aa_contrast(sample_html: str) -> None:
    (css,) = _inline(sample_html, "style")
    palette = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6});", css))
    white = "#ffffff"
    pairs = [
        ("text", "paper"), ("muted", "paper"), ("muted", "soft"), ("link", "paper"), ("link", "soft"),
        ("high", "high-bg"), ("medium", "medium-bg"), ("low", "low-bg"), ("note", "note-bg"), ("ok", "ok-bg"),
    ]  # fmt: skip
    for foreground, background in pairs:
        assert _contrast(palette[foreground], palette[background]) >= 4.5, (foreground, background)
    for badge in ("high", "medium", "low", "note"):  # white numbers on the marker badges
        assert _contrast(white, palette[badge]) >= 4.5, badge


def test_the_same_target_audited_twice_gets_distinct_anchors() -> None:
    demo = demo_target()
    at_interview = demo.model_copy(update={"stage": Stage.INTERVIEW})
    result = AuditResult(
        formaudit_version="t", generated_at=sample_result().generated_at, targets=(demo, at_interview)
    )
    html = render(result)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    sections = re.findall(r'<section class="target" id="([^"]+)"', html)
    assert len(sections) == 2 and sections[1] == sections[0] + "-2"


def test_the_roll_up_across_forms_appears_only_when_there_are_several_forms() -> None:
    several = sample_result()
    assert "The same problem across forms" in render(several)
    one_form = next(t for t in several.targets if t.forms and t.findings)
    single = several.model_copy(update={"targets": (one_form.model_copy(update={"forms": one_form.forms[:1]}),)})
    html = render(single)
    assert "The same problem across forms" not in html
    assert one_form.findings[0].title in html  # the findings themselves are still listed
