"""Browser snapshots: the collector's stamps (live values, checked state, visibility, ids, boxes,
frame containers) win over what the markup says."""

from __future__ import annotations

from formaudit.extract import extract
from formaudit.models.fields import Field, FieldKind, PageInventory
from formaudit.models.snapshot import Box, Snapshot
from tests.extract.support import static_snapshot


def browser(html: str, boxes: dict[str, Box] | None = None) -> PageInventory:
    base = static_snapshot(f"<html><body>{html}</body></html>", mode="browser")
    return extract(Snapshot(provenance=base.provenance, html=base.html, boxes=boxes or {}))


def fields(inventory: PageInventory) -> list[Field]:
    return [f for form in inventory.forms for f in form.fields]


def test_field_id_is_the_collector_id_and_box_comes_from_the_snapshot() -> None:
    box = Box(x=10, y=20, width=300, height=32)
    [field] = fields(browser('<input data-fa-id="e7" aria-label="City">', {"e7": box}))
    assert (field.field_id, field.box) == ("e7", box)


def test_static_field_ids_are_dom_paths() -> None:
    inventory = extract(
        static_snapshot("<html><body><form><input aria-label=A><input aria-label=B></form></body></html>")
    )
    assert [f.field_id for f in fields(inventory)] == [
        "/html[1]/body[1]/form[1]/input[1]",
        "/html[1]/body[1]/form[1]/input[2]",
    ]


def test_live_value_stamp_wins_over_the_stale_value_attribute() -> None:
    [field] = fields(browser('<input aria-label="Salary" value="old" data-fa-value="55000">'))
    assert field.value == "55000"


def test_password_values_are_never_recorded() -> None:
    [field] = fields(browser('<input type=password aria-label="Password" data-fa-value="hunter2">'))
    assert field.value is None


def test_checked_and_selected_stamps_win_over_markup() -> None:
    inventory = browser(
        "<fieldset><legend>Veteran?</legend>"
        '<label><input type=radio name=v value=y checked data-fa-checked="false"> Yes</label>'
        '<label><input type=radio name=v value=n data-fa-checked="true"> No</label></fieldset>'
        '<select aria-label="Gender"><option selected data-fa-selected="false">Male</option>'
        '<option data-fa-selected="true">Female</option></select>'
    )
    radio, select = fields(inventory)
    assert [(o.label, o.selected) for o in radio.options] == [("Yes", False), ("No", True)]
    assert radio.value == "n"
    assert [(o.label, o.selected) for o in select.options] == [("Male", False), ("Female", True)]


def test_visibility_stamp_decides_and_hidden_controls_are_kept_but_not_questions() -> None:
    inventory = browser(
        '<form><input aria-label="Shown" data-fa-visible="true">'
        '<input aria-label="Honeypot" data-fa-visible="false">'
        '<div data-fa-visible="false"><input aria-label="Inside hidden"></div></form>'
    )
    [form] = inventory.forms
    assert [(f.label, f.visible) for f in form.fields] == [
        ("Shown", True),
        ("Honeypot", False),
        ("Inside hidden", False),
    ]
    assert [q.label for q in form.questions] == ["Shown"]


def test_a_control_whose_box_lies_off_the_page_is_not_visible() -> None:
    boxes = {"h": Box(x=-10000, y=5, width=200, height=30), "s": Box(x=5, y=5, width=200, height=30)}
    inventory = browser(
        '<input data-fa-id="h" data-fa-visible="true" aria-label="Website">'
        '<input data-fa-id="s" data-fa-visible="true" aria-label="Name">',
        boxes,
    )
    assert [(f.label, f.visible) for f in fields(inventory)] == [("Website", False), ("Name", True)]


def test_styled_away_checkbox_with_a_visible_label_is_visible() -> None:
    [field] = fields(
        browser(
            '<input type=checkbox id=t data-fa-visible="false">'
            '<label for=t data-fa-visible="true">I accept the terms</label>'
        )
    )
    assert (field.label, field.visible) == ("I accept the terms", True)


def test_hidden_file_input_behind_a_visible_upload_button_is_visible() -> None:
    [field] = fields(
        browser(
            '<div class="dropzone"><label data-fa-visible="true">Upload CV'
            '<input type=file data-fa-visible="false" accept=".pdf"></label></div>'
        )
    )
    assert (field.kind, field.visible, field.accept) == (FieldKind.FILE, True, (".pdf",))


def test_frame_containers_give_frame_urls_and_their_own_implicit_form() -> None:
    inventory = browser(
        '<input aria-label="Search jobs">'
        '<iframe src="https://ats.example/apply"></iframe>'
        '<div data-fa-frame="0.1" data-fa-frame-url="https://ats.example/apply">'
        "<h2>Apply</h2><label for=n>Name</label><input id=n></div>"
    )
    outer, inner = inventory.forms
    assert (outer.form_id, outer.frame_url, [f.label for f in outer.fields]) == (
        "implicit:0",
        None,
        ["Search jobs"],
    )
    assert (inner.form_id, inner.frame_url, inner.title) == (
        "implicit:0.1",
        "https://ats.example/apply",
        "Apply",
    )
    assert [(f.label, f.frame_url, f.section) for f in inner.fields] == [("Name", "https://ats.example/apply", "Apply")]


def test_ids_in_a_frame_do_not_resolve_from_the_parent_document() -> None:
    inventory = browser(
        "<label for=n>Parent label</label>"
        '<div data-fa-frame="0.1" data-fa-frame-url="https://x.example/"><input id=n name=frame_name></div>'
    )
    [field] = fields(inventory)
    assert field.label == "frame name"


def test_unreadable_frames_become_warnings() -> None:
    inventory = browser(
        '<input aria-label="Name"><div data-fa-frame="0.2" data-fa-frame-url="https://captcha.example/" '
        'data-fa-frame-error="cross-origin frame detached"></div>'
    )
    assert inventory.warnings == (
        "frame 0.2 (https://captcha.example/) could not be read: cross-origin frame detached",
    )


def test_a_form_attribute_moves_a_control_into_that_form() -> None:
    inventory = browser(
        '<form id=f aria-label="Application"><input aria-label=Inside></form><input form=f aria-label=Outside>'
    )
    [form] = inventory.forms
    assert (form.title, [f.label for f in form.fields]) == ("Application", ["Inside", "Outside"])
