"""The label algorithm, one small snippet per rule (accname order, then visible-text inference)."""

from __future__ import annotations

from formaudit.extract import extract
from formaudit.models.fields import Field, FieldKind, LabelSource
from tests.extract.support import static_snapshot


def fields_of(html: str) -> list[Field]:
    inventory = extract(static_snapshot(f"<!DOCTYPE html><html><body>{html}</body></html>"))
    return [f for form in inventory.forms for f in form.fields]


def only(html: str) -> Field:
    found = [f for f in fields_of(html) if f.visible]
    assert len(found) == 1, [(f.label, f.kind) for f in found]
    return found[0]


# -- accessible name, in order -----------------------------------------------------------------


def test_aria_labelledby_wins_over_every_other_source() -> None:
    field = only(
        '<span id="a">Given</span><span id="b">name</span>'
        '<label for="x">Ignored label</label><input id="x" aria-labelledby="a b" aria-label="Ignored">'
    )
    assert (field.label, field.label_source) == ("Given name", LabelSource.ARIA_LABELLEDBY)


def test_aria_labelledby_reads_hidden_referenced_text() -> None:
    field = only('<span id="h" hidden>Passport number</span><input aria-labelledby="h">')
    assert field.label == "Passport number"


def test_aria_label_comes_before_label_elements() -> None:
    field = only('<label for="x">Visible</label><input id="x" aria-label="Date of birth">')
    assert (field.label, field.label_source) == ("Date of birth", LabelSource.ARIA_LABEL)


def test_label_for_names_the_control_with_that_id() -> None:
    field = only('<label for="e">Email address</label><div><input id="e" type="email"></div>')
    assert (field.label, field.label_source, field.kind) == (
        "Email address",
        LabelSource.LABEL_FOR,
        FieldKind.EMAIL,
    )


def test_label_for_matching_the_name_is_chromiums_fallback() -> None:
    field = only('<label for="surname">Surname</label><input name="surname">')
    assert (field.label, field.label_source) == ("Surname", LabelSource.LABEL_FOR)


def test_wrapping_label_excludes_the_options_of_the_control_it_wraps() -> None:
    field = only('<label>Country <select name="c"><option>Portugal</option><option>Spain</option></select></label>')
    assert (field.label, field.label_source) == ("Country", LabelSource.LABEL_WRAPPING)
    assert [o.label for o in field.options] == ["Portugal", "Spain"]


def test_wrapping_label_names_only_its_first_control() -> None:
    found = fields_of('<label>Start <input name="a"> end <input name="b" placeholder="Second"></label>')
    assert [(f.name, f.label) for f in found] == [("a", "Start end"), ("b", "Second")]


def test_title_comes_before_placeholder() -> None:
    field = only('<input title="Postcode" placeholder="e.g. 1000-001">')
    assert (field.label, field.label_source) == ("Postcode", LabelSource.TITLE)


def test_placeholder_is_the_last_accessible_name_source() -> None:
    field = only('<input placeholder="Your website">')
    assert (field.label, field.label_source) == ("Your website", LabelSource.PLACEHOLDER)


def test_ids_resolve_in_the_shadow_root_of_the_control() -> None:
    found = fields_of(
        '<label for="f">Outside label</label>'
        '<x-a><template shadowrootmode="open"><label for="f">Inside A</label><input id="f"></template></x-a>'
        '<x-b><template shadowrootmode="open"><span id="l">Inside B</span>'
        '<input aria-labelledby="l"></template></x-b>'
    )
    assert [f.label for f in found] == ["Inside A", "Inside B"]


# -- generic names fall back to visible text ----------------------------------------------------


def test_generic_placeholder_falls_back_to_text_before() -> None:
    field = only("<p>What is your notice period?</p><div><input placeholder='Type your response'></div>")
    assert (field.label, field.label_source) == ("What is your notice period?", LabelSource.TEXT_BEFORE)


def test_generic_select_prompt_is_not_a_label() -> None:
    field = only('<div>Nationalität</div><select aria-label="Bitte wählen"><option>deutsch</option></select>')
    assert (field.label, field.label_source) == ("Nationalität", LabelSource.TEXT_BEFORE)


def test_a_generic_name_is_kept_when_nothing_better_exists() -> None:
    field = only('<input placeholder="Search">')
    assert (field.label, field.label_source) == ("Search", LabelSource.PLACEHOLDER)


def test_example_placeholders_count_as_generic() -> None:
    field = only("<span>Phone</span> <input placeholder='e.g. +351 912 345 678'>")
    assert field.label == "Phone"


def test_checkbox_takes_the_text_after_it() -> None:
    field = only('<input type="checkbox" name="c"> I agree to a credit check')
    assert (field.label, field.label_source) == ("I agree to a credit check", LabelSource.TEXT_AFTER)


def test_text_before_joins_inline_runs() -> None:
    field = only("First <b>name</b>: <input name='fn'>")
    assert (field.label, field.label_source) == ("First name", LabelSource.TEXT_BEFORE)


def test_text_before_never_borrows_a_neighbours_label() -> None:
    found = fields_of('<div><label for="a">Town</label><input id="a"></div><div><input name="b"></div>')
    assert [(f.name, f.label_source) for f in found] == [
        (None, LabelSource.LABEL_FOR),
        ("b", LabelSource.NAME_ATTRIBUTE),
    ]


def test_previous_table_cell_names_the_control() -> None:
    field = only("<table><tr><td>Mother's maiden name</td><td><input name='m'></td></tr></table>")
    assert (field.label, field.label_source) == ("Mother's maiden name", LabelSource.TABLE_CELL)


def test_cell_above_names_the_control_when_the_row_has_no_text() -> None:
    field = only(
        "<table><tr><th>Reason for leaving</th><th>Salary</th></tr><tr><td><input name='r'></td><td></td></tr></table>"
    )
    assert (field.label, field.label_source) == ("Reason for leaving", LabelSource.TABLE_CELL)


def test_definition_term_names_the_control_in_its_dd() -> None:
    field = only("<dl><dt>National insurance number</dt><dd><input name='ni'></dd></dl>")
    assert (field.label, field.label_source) == ("National insurance number", LabelSource.DEFINITION_TERM)


def test_floating_label_after_the_input() -> None:
    field = only('<div class="f"><input name="city" placeholder=" "><label>City</label></div>')
    assert (field.label, field.label_source) == ("City", LabelSource.FLOATING_LABEL)


def test_lever_container_question_text() -> None:
    field = only(
        '<ul><li class="application-question"><div><div class="application-label"><div class="text">'
        'Do you have a driving licence?<span class="required">✱</span></div></div>'
        '<div class="application-field"><input placeholder="Type your response" name="cards[x][field0]">'
        "</div></div></li></ul>"
    )
    assert (field.label, field.label_source, field.required) == (
        "Do you have a driving licence?",
        LabelSource.CONTAINER,
        True,
    )


def test_lever_base_template_is_ground_truth() -> None:
    field = only(
        '<input type="hidden" name="cards[abc][baseTemplate]" value=\'{"fields":[{"text":"Expected salary",'
        '"required":true,"description":"Gross per year"}]}\'>'
        '<li class="application-question"><div class="application-label"><div class="text">Salary</div></div>'
        '<input name="cards[abc][field0]" placeholder="Type your response"></li>'
    )
    assert (field.label, field.label_source, field.required, field.description) == (
        "Expected salary",
        LabelSource.VENDOR_METADATA,
        True,
        "Gross per year",
    )


def test_workday_form_field_container_label() -> None:
    field = only(
        '<div data-automation-id="formField-nationalId"><label>National ID</label>'
        '<div><input data-automation-id="nationalId" placeholder="Search"></div></div>'
    )
    assert (field.label, field.label_source) == ("National ID", LabelSource.CONTAINER)
    assert field.hints["vendor"] == "workday"
    assert field.hints["data-automation-id"] == "nationalId"


def test_linkedin_form_element_container_label() -> None:
    field = only(
        "<div data-test-form-element><label>Mobile phone number</label><div><input placeholder='Type here'></div></div>"
    )
    assert (field.label, field.hints["vendor"]) == ("Mobile phone number", "linkedin")


def test_web_component_label_attribute() -> None:
    field = only('<spl-input label="Passport number" required></spl-input>')
    assert (field.label, field.label_source, field.kind, field.required) == (
        "Passport number",
        LabelSource.HOST_ATTRIBUTE,
        FieldKind.TEXT,
        True,
    )


def test_open_shadow_input_is_named_by_its_host_and_counted_once() -> None:
    field = only(
        '<x-field label="Tax number" required><template shadowrootmode="open">'
        '<input placeholder="Type here"></template></x-field>'
    )
    assert (field.label, field.label_source, field.kind, field.required) == (
        "Tax number",
        LabelSource.HOST_ATTRIBUTE,
        FieldKind.TEXT,
        True,
    )


def test_slotted_text_names_the_shadow_input() -> None:
    field = only(
        '<x-f><span slot="l">IBAN</span><template shadowrootmode="open"><label for="i"><slot name="l"></slot>'
        '</label><input id="i"></template></x-f>'
    )
    assert field.label == "IBAN"


def test_name_attribute_is_the_last_resort() -> None:
    field = only('<input name="emergencyContactPhone">')
    assert (field.label, field.label_source) == ("emergency contact phone", LabelSource.NAME_ATTRIBUTE)


def test_no_label_at_all_gives_an_empty_label_and_source_none() -> None:
    field = only("<textarea></textarea>")
    assert (field.label, field.label_source) == ("", LabelSource.NONE)


# -- groups ------------------------------------------------------------------------------------


def test_fieldset_legend_names_a_radio_group_and_its_options_come_from_labels() -> None:
    field = only(
        "<fieldset><legend>Do you need a work permit?</legend>"
        "<label><input type=radio name=wp value=y> Yes</label>"
        "<label><input type=radio name=wp value=n> No</label>"
        "</fieldset>"
    )
    assert (field.kind, field.label, field.label_source) == (
        FieldKind.RADIO_GROUP,
        "Do you need a work permit?",
        LabelSource.LEGEND,
    )
    assert [(o.label, o.value) for o in field.options] == [("Yes", "y"), ("No", "n")]


def test_role_radiogroup_name_labels_native_radios() -> None:
    field = only(
        '<div role="radiogroup" aria-label="Marital status"><input type=radio name=m id=s>'
        "<label for=s>Single</label><input type=radio name=m id=w><label for=w>Married</label></div>"
    )
    assert (field.label, field.label_source, [o.label for o in field.options]) == (
        "Marital status",
        LabelSource.LEGEND,
        ["Single", "Married"],
    )


def test_a_legend_shared_by_several_questions_is_their_group_label_not_their_label() -> None:
    found = fields_of(
        "<fieldset><legend>Emergency contact</legend><label for=n>Name</label><input id=n>"
        "<label for=p>Phone</label><input id=p type=tel></fieldset>"
    )
    assert [(f.label, f.group_label, f.section) for f in found] == [
        ("Name", "Emergency contact", "Emergency contact"),
        ("Phone", "Emergency contact", "Emergency contact"),
    ]
    assert found[1].question == "Emergency contact — Phone"


def test_checkboxes_sharing_a_name_are_one_question() -> None:
    field = only(
        "<p>Which shifts can you work?</p>"
        "<label><input type=checkbox name='shift[]' value=d checked> Day</label>"
        "<label><input type=checkbox name='shift[]' value=n> Night</label>"
    )
    assert (field.kind, field.label) == (FieldKind.CHECKBOX_GROUP, "Which shifts can you work?")
    assert [(o.label, o.selected) for o in field.options] == [("Day", True), ("Night", False)]
    assert field.value == "d"


def test_split_date_selects_merge_into_one_date_named_by_the_group() -> None:
    field = only(
        "<fieldset><legend>Date of birth</legend>"
        "<select name=dob_day aria-label=Day><option>1</option></select>"
        "<select name=dob_month aria-label=Month><option>1</option></select>"
        "<select name=dob_year aria-label=Year><option>1990</option></select></fieldset>"
    )
    assert (field.kind, field.label, field.input_type) == (FieldKind.DATE, "Date of birth", "split-date")
    assert field.hints["date_parts"] == "day month year"
    assert field.options == ()


def test_two_split_dates_in_a_row_stay_two_questions() -> None:
    found = fields_of(
        "<label for=sm>Start date</label><select id=sm name=start_month><option>1</option></select>"
        "<select name=start_year><option>2020</option></select>"
        "<label for=em>End date</label><select id=em name=end_month><option>1</option></select>"
        "<select name=end_year><option>2021</option></select>"
    )
    assert [(f.kind, f.label) for f in found] == [
        (FieldKind.DATE, "Start date"),
        (FieldKind.DATE, "End date"),
    ]


def test_phone_country_code_picker_joins_the_phone_question() -> None:
    field = only(
        "<label for=ph>Mobile</label><select name=phone_country_code><option>+351</option></select>"
        "<input id=ph type=tel name=phone>"
    )
    assert (field.kind, field.label, field.hints["country_code_picker"]) == (
        FieldKind.TEL,
        "Mobile",
        "phone_country_code",
    )


def test_yes_no_pressed_buttons_are_one_radio_question() -> None:
    field = only(
        "<div><span>Can you start within a month?</span><div role=group>"
        "<button type=button aria-pressed=true>Yes</button><button type=button aria-pressed=false>No</button>"
        "</div></div>"
    )
    assert (field.kind, field.label) == (FieldKind.RADIO_GROUP, "Can you start within a month?")
    assert [(o.label, o.selected) for o in field.options] == [("Yes", True), ("No", False)]


# -- required markers and text hygiene ---------------------------------------------------------


def test_required_markers_are_detected_and_stripped() -> None:
    cases = {
        "Name *": "Name",
        "* Name": "Name",
        "Name ✱": "Name",
        "Name (required)": "Name",
        "Vorname (Pflichtfeld)": "Vorname",
        "Nom (obligatoire)": "Nom",
        "Nombre - obligatorio": "Nombre",
        "Naam (verplicht)": "Naam",
        "Email - mandatory": "Email",
        "Name:*": "Name",
    }
    for raw, label in cases.items():
        field = only(f"<label for=x>{raw}</label><input id=x>")
        assert (field.label, field.required) == (label, True), raw


def test_words_that_only_look_like_markers_stay() -> None:
    for raw in ("Is a visa required?", "Required documents", "Visa sponsorship required"):
        field = only(f"<label for=x>{raw}</label><input id=x>")
        assert (field.label, field.required) == (raw, False), raw


def test_required_marker_elements_are_not_label_text() -> None:
    field = only('<label for=x>Email <abbr title="required">*</abbr></label><input id=x>')
    assert (field.label, field.required) == ("Email", True)


def test_required_and_aria_required_attributes() -> None:
    assert only("<input aria-label=A required>").required
    assert only("<input aria-label=A aria-required=true>").required
    assert not only("<input aria-label=A aria-required=false>").required


def test_label_text_is_nfkc_normalised_and_whitespace_collapsed() -> None:
    field = only("<label for=x>  Ｆｕｌｌ\n\n   name  </label><input id=x>")
    assert field.label == "Full name"


def test_punctuation_only_labels_are_dropped() -> None:
    field = only("<label for=x>*:</label><input id=x name=given_name>")
    assert (field.label, field.label_source, field.required) == (
        "given name",
        LabelSource.NAME_ATTRIBUTE,
        True,
    )


def test_long_labels_are_capped() -> None:
    field = only(f"<label for=x>{'consent ' * 500}</label><input id=x type=checkbox>")
    assert len(field.label) <= 1024
    assert field.label.endswith("…")


def test_script_text_inside_a_label_stays_text_and_scripts_are_skipped() -> None:
    field = only("<label for=x>Name &lt;b&gt;<script>var a = 1;</script><style>p{}</style></label><input id=x>")
    assert field.label == "Name <b>"


# -- broken templates --------------------------------------------------------------------------


def test_duplicate_ids_pair_each_label_with_the_holder_after_it() -> None:
    found = fields_of(
        "<label for=x>Employer</label><input id=x name=a><label for=x>Street address</label><input id=x name=b>"
    )
    assert [(f.name, f.label) for f in found] == [("a", "Employer"), ("b", "Street address")]


def test_a_help_label_becomes_the_description() -> None:
    field = only(
        '<label class="ss-q-title" for=m>Mobile<span class="ss-required-asterisk">*</span></label>'
        '<label class="ss-q-help" for=m>(555) 555-5555</label><input id=m>'
    )
    assert (field.label, field.required, field.description) == ("Mobile", True, "(555) 555-5555")


def test_an_upload_widget_label_does_not_join_the_question() -> None:
    field = only(
        "<label for=p>Photo</label><label for=p class=file-field-label><span>Choose file</span>"
        "<input type=file id=p></label>"
    )
    assert (field.label, field.kind) == ("Photo", FieldKind.FILE)
