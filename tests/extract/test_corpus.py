"""The real Lever application page from the shared corpus, extracted in static mode.

The page (a transcribed excerpt of a saved jobs.lever.co /apply page) lives outside the project in
``../shared/corpus/real/``; CI has it. Its questions are asked three ways: label-wrapped standard
fields with a ✱ marker, custom card questions whose text is a div backed by a hidden baseTemplate
JSON, and EEO selects. Everything else is hidden plumbing that must never count as a question.
"""

from __future__ import annotations

import pytest

from formaudit.extract import extract
from formaudit.models.fields import Field, FieldKind, LabelSource, PageInventory
from tests.extract.support import static_snapshot
from tests.support.shared import shared_file

LEVER_PAGE = shared_file("corpus", "real", "lever__spinai-java-developer-apply.excerpt.html")

# (label, kind, required) of every visible question, in page order.
EXPECTED_QUESTIONS = [
    ("Resume/CV", FieldKind.FILE, True),
    ("Full name", FieldKind.TEXT, True),
    ("Email", FieldKind.EMAIL, True),
    ("Phone", FieldKind.TEXT, True),
    ("Current location", FieldKind.TEXT, True),
    ("Current company", FieldKind.TEXT, False),
    ("LinkedIn URL", FieldKind.TEXT, True),
    ("Portfolio URL", FieldKind.TEXT, False),
    ("What are your salary expectations?", FieldKind.TEXT, True),
    ("What is your English level?", FieldKind.TEXTAREA, True),
    (
        "If you are not currently based in Lisbon area, would you be open to relocating to Lisbon after trial period?",
        FieldKind.TEXTAREA,
        False,
    ),
    ("Cover Letter", FieldKind.TEXTAREA, False),
    ("Gender", FieldKind.SELECT, False),
    ("Race", FieldKind.SELECT, False),
    ("Veteran status", FieldKind.SELECT, False),
]


@pytest.fixture(scope="module")
def inventory() -> PageInventory:
    return extract(static_snapshot(LEVER_PAGE.read_text(encoding="utf-8"), target=LEVER_PAGE.name))


def _questions(inventory: PageInventory) -> list[Field]:
    return [q for form in inventory.forms for q in form.questions]


def test_the_page_is_one_form_titled_by_its_first_heading(inventory: PageInventory) -> None:
    assert [form.title for form in inventory.forms] == ["Submit your application"]
    assert inventory.title == "Spin Technology - Java Developer"
    assert inventory.warnings == ()


def test_every_visible_question_has_its_visible_label_kind_and_required_flag(
    inventory: PageInventory,
) -> None:
    got = [(q.label, q.kind, q.required) for q in _questions(inventory)]
    assert got == EXPECTED_QUESTIONS


def test_card_questions_come_from_the_base_template(inventory: PageInventory) -> None:
    cards = [q for q in _questions(inventory) if (q.name or "").startswith("cards[")]
    assert len(cards) == 4
    assert {q.label_source for q in cards} == {LabelSource.VENDOR_METADATA}


def test_eeo_selects_list_their_options_without_the_select_prompt(inventory: PageInventory) -> None:
    by_label = {q.label: q for q in _questions(inventory)}
    assert [o.label for o in by_label["Gender"].options] == ["Male", "Female", "Decline to self-identify"]
    assert [o.label for o in by_label["Veteran status"].options] == [
        "I am a veteran",
        "I am not a veteran",
        "Decline to self-identify",
    ]
    race = [o.label for o in by_label["Race"].options]
    assert len(race) == 8
    assert race[0] == "Hispanic or Latino"
    assert race[-1] == "Decline to self-identify"
    for question in by_label.values():
        assert all(o.label != "Select ..." for o in question.options)


def test_eeo_questions_sit_in_the_eeo_section(inventory: PageInventory) -> None:
    by_label = {q.label: q for q in _questions(inventory)}
    assert (by_label["Gender"].section or "").startswith("U.S. Equal Employment Opportunity information")
    assert by_label["What are your salary expectations?"].section == "Additional Info"
    assert by_label["LinkedIn URL"].section == "Links"


def test_no_hidden_input_is_a_question(inventory: PageInventory) -> None:
    fields = [f for form in inventory.forms for f in form.fields]
    hidden = [f for f in fields if f.input_type == "hidden"]
    assert {f.name for f in hidden} >= {"accountId", "timezone", "h-captcha-response", "selectedLocation"}
    assert all(not f.visible for f in hidden)
    questions = _questions(inventory)
    assert all(q.input_type != "hidden" for q in questions)
    assert not any("baseTemplate" in (f.name or "") for f in fields)
    assert len(questions) == len(EXPECTED_QUESTIONS)


def test_the_resume_upload_keeps_its_vendor_hint(inventory: PageInventory) -> None:
    resume = _questions(inventory)[0]
    assert resume.hints["data-qa"] == "input-resume"
    assert resume.hints["vendor"] == "lever"
