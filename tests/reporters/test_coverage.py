"""Every format says which forms formaudit could not read: a language it does not read, questions it
did not recognise. A reader of any one report must be able to tell "nothing wrong" from "nothing
understood"."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from bs4 import BeautifulSoup

from formaudit.models.result import AuditResult
from formaudit.pipeline import RunOptions, TargetSpec, run_audit
from formaudit.reporters import REPORTERS, ReportOptions
from formaudit.reporters.terminal import summary_lines, to_text
from tests.support.paths import CATALOGUE
from tests.support.shared import shared_file

THAI = CATALOGUE / "language-not-covered" / "flagged-thai.html"
ENGLISH = CATALOGUE / "language-not-covered" / "clean-english.html"
ODD = CATALOGUE / "unrecognised-questions" / "flagged-odd-questions.html"


@pytest.fixture(scope="module")
def result() -> AuditResult:
    specs = [TargetSpec(target=str(path), name=path.name) for path in (THAI, ENGLISH, ODD)]
    return run_audit(specs, RunOptions(browser=False, plugins=False))


def render(result: AuditResult, name: str) -> str:
    return REPORTERS[name].render(result, ReportOptions())


def test_the_result_carries_each_forms_language_and_unrecognised_questions(result: AuditResult) -> None:
    by_name = {t.target: t for t in result.targets}
    thai = by_name["flagged-thai.html"].forms[0].classified
    assert thai.language is not None and (thai.language.code, thai.language.covered) == ("th", False)
    assert [f.field.question for f in thai.unrecognised][:3] == ["ชื่อ-นามสกุล", "วันเดือนปีเกิด", "สถานภาพสมรส"]
    english = by_name["clean-english.html"].forms[0].classified
    assert english.language is not None and english.language.code == "en" and english.language.covered
    assert english.unrecognised == ()
    assert [f.rule_id for f in by_name["flagged-thai.html"].findings] == ["language-not-covered"]
    assert [f.rule_id for f in by_name["flagged-odd-questions.html"].findings] == ["unrecognised-questions"]


def test_json_carries_the_language_and_follows_its_schema(result: AuditResult) -> None:
    document = json.loads(render(result, "json"))
    languages = {t["target"]: t["forms"][0]["classified"]["language"] for t in document["targets"]}
    unread = {t["target"]: t["forms"][0]["classified"]["unrecognised_questions"] for t in document["targets"]}
    assert unread["flagged-thai.html"][:2] == ["ชื่อ-นามสกุล", "วันเดือนปีเกิด"]
    assert unread["clean-english.html"] == []
    assert languages["flagged-thai.html"]["code"] == "th" and languages["flagged-thai.html"]["covered"] is False
    assert document["schema_version"] == "2.3"
    from formaudit.reporters.json_report import json_schema

    jsonschema.validate(document, json_schema())


def test_html_shows_a_banner_a_language_column_and_the_questions_to_read(result: AuditResult) -> None:
    soup = BeautifulSoup(render(result, "html"), "html.parser")
    banners = [p.get_text(" ", strip=True) for p in soup.select("p.coverage")]
    assert len(banners) == 1 and "Thai (th), which formaudit does not read: 7 of 7 questions" in banners[0]
    languages = [td.get_text(strip=True) for td in soup.select('td[data-label="Language"]')]
    assert sorted(languages) == ["en", "en", "th (not read)"]
    unread = [li.get_text(strip=True) for li in soup.select("ul.unrecognised li")]
    assert "สถานะทางทหาร" in unread and "What is your star sign?" in unread
    assert "Name your favourite colour" in unread and "Full name" not in unread
    # A target with no finding on a fully read form may say so; the Thai one never says "Nothing found".
    thai = next(s for s in soup.select("section.target") if "ใบสมัครงาน" in s.get_text())
    assert "no question on this page asks for data" not in thai.get_text()


def test_sarif_notifies_each_form_not_read_and_stays_valid(result: AuditResult) -> None:
    document = json.loads(render(result, "sarif"))
    notes = document["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    unread = [n for n in notes if n["descriptor"]["id"] == "language-not-read"]
    assert len(unread) == 1 and "flagged-thai.html: This form is in Thai (th)" in unread[0]["message"]["text"]
    schema = json.loads(shared_file("data", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(document)


def test_markdown_says_not_read_before_the_findings(result: AuditResult) -> None:
    text = render(result, "md").replace("\\", "")  # Markdown escapes punctuation
    assert "### Not read" in text and "Thai (th), which formaudit does not read" in text
    assert text.index("### Not read") < text.index("language-not-covered")
    assert "| Page | Language |" in text and "| th (not read) |" in text


def test_junit_records_each_suites_language(result: AuditResult) -> None:
    root = ET.fromstring(render(result, "junit"))
    languages = {suite.get("name"): next(p.get("value") for p in suite.iter("property") if p.get("name") == "language")
                 for suite in root.iter("testsuite")}
    assert languages == {"flagged-thai.html": "th (not read)", "clean-english.html": "en",
                         "flagged-odd-questions.html": "en"}


def test_the_terminal_counts_forms_not_read_and_never_says_none_for_them(result: AuditResult) -> None:
    text = to_text(summary_lines(result))
    assert "1 form in a language formaudit does not read (th)" in text
    silent = result.model_copy(update={"targets": tuple(t.model_copy(update={"findings": ()}) for t in result.targets)})
    rows = [line.text for line in summary_lines(silent) if "ใบสมัครงาน" in line.text]
    assert rows and rows[0].rstrip().endswith("not read")
