"""Bad and big input: extraction never crashes, never loses what it found, and says what it skipped."""

from __future__ import annotations

import time

from formaudit.extract import NO_FIELDS_WARNING, extract
from formaudit.models.fields import Field, FieldKind, PageInventory
from tests.extract.support import static_snapshot


def run(html: str) -> PageInventory:
    return extract(static_snapshot(html))


def all_fields(inventory: PageInventory) -> list[Field]:
    return [f for form in inventory.forms for f in form.fields]


def test_empty_and_text_only_pages_give_no_forms_and_a_warning() -> None:
    for html in (
        "",
        "   ",
        "plain text, no markup",
        "<html><body><p>Jobs</p></body></html>",
        "<!-- only -->",
    ):
        inventory = run(html)
        assert (inventory.forms, inventory.warnings) == ((), (NO_FIELDS_WARNING,)), repr(html)


def test_buttons_and_submit_inputs_are_not_questions() -> None:
    inventory = run(
        "<form><input type=submit value=Go><input type=reset><input type=image src=x.png>"
        "<input type=button value=B><button>Send</button></form>"
    )
    assert inventory.forms == ()


def test_inert_templates_and_closed_shadow_roots_hide_their_inside() -> None:
    inventory = run(
        "<template><input aria-label=Never></template>"
        '<x-box><template shadowrootmode="closed"><input aria-label="Closed inside"></template></x-box>'
    )
    assert all_fields(inventory) == []


def test_unopened_dialog_content_is_not_visible() -> None:
    [field] = all_fields(run("<dialog><input aria-label='Later step'></dialog>"))
    assert not field.visible


def test_static_visibility_rules() -> None:
    inventory = run(
        "<form>"
        "<input aria-label=a type=hidden>"
        "<input aria-label=b hidden>"
        "<div aria-hidden=true><input aria-label=c></div>"
        "<div style='display: none'><input aria-label=d></div>"
        "<div style='visibility:hidden'><input aria-label=e></div>"
        "<div style='position:absolute;left:-5000px'><input aria-label=f></div>"
        "<div style='height:0;overflow:hidden'><input aria-label=g></div>"
        "<div class='honeypot'><input aria-label=h></div>"
        "<div style='opacity:0'><input aria-label=i></div>"
        "<div style='position:relative;left:-5px'><input aria-label=shown></div>"
        "</form>"
    )
    assert [(f.label, f.visible) for f in all_fields(inventory)] == [
        *[(name, False) for name in "abcdefghi"],
        ("shown", True),
    ]


def test_deep_nesting_does_not_recurse_to_death() -> None:
    html = "<div>" * 5000 + "<label for=x>Deep field</label><input id=x>" + "</div>" * 5000
    html += "<form><input aria-label=After></form>"
    labels = [f.label for f in all_fields(run(html))]
    assert labels == ["Deep field", "After"]


def test_hostile_markup_stays_text() -> None:
    [field] = all_fields(
        run(
            '<label for=x>"><img src=x onerror=alert(1)>&lt;script&gt;steal()&lt;/script&gt;</label>'
            "<input id=x value='&lt;/textarea&gt;&lt;script&gt;'>"
        )
    )
    assert field.label == '"> <script>steal()</script>' or field.label == '"><script>steal()</script>'
    assert field.value == "</textarea><script>"


def test_unreadable_lever_metadata_is_a_warning_and_the_page_still_extracts() -> None:
    inventory = run(
        '<input type=hidden name="cards[c1][baseTemplate]" value="{not json">'
        '<li class="application-question"><div class="application-label">'
        '<div class="text">Why us?</div></div>'
        '<textarea name="cards[c1][field0]"></textarea></li>'
    )
    [field] = all_fields(inventory)
    assert field.label == "Why us?"
    assert inventory.warnings == ("Lever card c1: unreadable question metadata (JSONDecodeError)",)


def test_extraction_is_deterministic() -> None:
    html = "<form><h2>A</h2><label>Name <input></label><select><option>x</select></form><input name=loose>"
    assert run(html) == run(html)


def test_attribute_values_are_capped() -> None:
    [field] = all_fields(run(f"<input aria-label=Token value='{'x' * 10_000}'>"))
    assert field.value is not None and len(field.value) <= 200


def test_many_fields_extract_in_reasonable_time() -> None:
    block = (
        "<div class=field><label for=f{i}>Question {i} *</label><input id=f{i} name=q{i}></div>"
        "<fieldset><legend>Choice {i}</legend><label><input type=radio name=r{i}> Yes</label>"
        "<label><input type=radio name=r{i}> No</label></fieldset>"
        "<p>Some explanatory text that makes the page heavier, as real careers pages are.</p>"
    )
    html = "<form>" + "".join(block.format(i=i) for i in range(2500)) + "</form>"
    started = time.process_time()
    inventory = run(html)
    elapsed = time.process_time() - started
    fields = all_fields(inventory)
    assert len(fields) == 5000
    assert fields[0].label == "Question 0" and fields[0].required
    assert fields[-1].kind == FieldKind.RADIO_GROUP and fields[-1].label == "Choice 2499"
    assert elapsed < 30, f"{elapsed:.1f} s of CPU for 5,000 fields"
