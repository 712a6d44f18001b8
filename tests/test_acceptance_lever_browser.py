"""Issue 2's acceptance, as a user would see it: ``formaudit extract`` on the real Lever page, served on
127.0.0.1 and loaded in Chromium, lists every question with its visible label and required flag, the
EEO selects with their options, and no hidden input as a question.

The page comes from ``../shared/corpus/real/`` (outside the project; CI has it). Its logo and other
third-party assets point at hosts this machine cannot reach, as a real page's would offline: collection
must not hang on them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from formaudit.cli.extract_cmd import extract_command
from tests.extract.test_corpus import EXPECTED_QUESTIONS, LEVER_PAGE
from tests.support.server import LocalServer, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def corpus_server() -> Iterator[LocalServer]:
    with serve(LEVER_PAGE.parent) as server:
        yield server


@pytest.fixture(scope="module")
def extracted(corpus_server: LocalServer) -> dict[str, Any]:
    result = CliRunner().invoke(extract_command, [corpus_server.url(LEVER_PAGE.name), "--format", "json"])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def visible_fields(document: dict[str, Any]) -> list[dict[str, Any]]:
    (target,) = document["targets"]
    assert target["error"] is None
    return [f for form in target["forms"] for f in form["fields"] if f["visible"]]


def test_every_question_has_its_visible_label_and_required_flag(extracted: dict[str, Any]) -> None:
    questions = [(f["label"], f["kind"], f["required"]) for f in visible_fields(extracted)]
    assert questions == [(label, str(kind), required) for label, kind, required in EXPECTED_QUESTIONS]


def test_the_eeo_selects_carry_their_options(extracted: dict[str, Any]) -> None:
    by_label = {f["label"]: f for f in visible_fields(extracted)}
    for label in ("Gender", "Race", "Veteran status"):
        options = [o["label"] for o in by_label[label]["options"]]
        assert len(options) >= 3, (label, options)
        assert any("decline" in o.casefold() for o in options), (label, options)


def test_no_hidden_input_is_listed_as_a_question(extracted: dict[str, Any]) -> None:
    (target,) = extracted["targets"]
    every_field = {f["name"]: f for form in target["forms"] for f in form["fields"]}
    plumbing = {"accountId", "origin", "referer", "timezone", "resumeStorageId", "socialSource"}
    # Kept in the inventory for evidence, marked as nothing a candidate sees or answers.
    assert plumbing <= set(every_field)
    assert [name for name in plumbing if every_field[name]["visible"]] == []
    assert not any("baseTemplate" in (f["name"] or "") for f in visible_fields(extracted))


def test_every_field_reports_where_its_label_came_from(extracted: dict[str, Any]) -> None:
    sources = {f["label_source"] for f in visible_fields(extracted)}
    assert "none" not in sources
    assert sources <= {"label-wrapping", "label-for", "vendor-metadata", "container", "aria-label", "text-before"}
