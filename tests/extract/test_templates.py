"""Label and grouping rules for hand-written templates: copy-pasted radio names, grids of inputs
under a header row, and signatures that sign the declaration above them."""

from __future__ import annotations

from formaudit.extract import extract
from formaudit.models.fields import Field, FieldKind, LabelSource
from tests.extract.support import static_snapshot


def fields_of(html: str) -> list[Field]:
    inventory = extract(static_snapshot(f"<!DOCTYPE html><html><body><form>{html}</form></body></html>"))
    return [f for form in inventory.forms for f in form.fields if f.visible]


def _yes_no_row(question: str, tag: str = "h6") -> str:
    return (
        f'<div class="row"><div class="col-9"><{tag} class="sub_heading">{question}</{tag}></div>'
        '<div class="col-3"><div>'
        '<label class="form-check-label" for="yes">Yes</label><input type="radio" name="radio_btn">'
        '<label class="form-check-label" for="no">No</label><input type="radio" name="radio_btn">'
        "</div></div></div><hr>"
    )


def test_radios_sharing_a_pasted_name_split_into_their_own_questions() -> None:
    html = _yes_no_row("Are you able to work weekends?", "p") + _yes_no_row("Have you ever been convicted of a crime?")
    radios = [f for f in fields_of(html) if f.kind is FieldKind.RADIO_GROUP]
    assert [f.label for f in radios] == ["Are you able to work weekends?", "Have you ever been convicted of a crime?"]


def test_the_question_of_a_radio_group_is_found_across_the_column_boundary() -> None:
    (field,) = fields_of(_yes_no_row("Do you hold a driving licence?", "p"))
    assert (field.label, field.label_source) == ("Do you hold a driving licence?", LabelSource.TEXT_BEFORE)


def test_radios_of_one_question_with_their_labels_stay_one_group() -> None:
    html = (
        "<p>Preferred shift</p><div>"
        '<label><input type="radio" name="shift" value="d"> Days <small>(8am-4pm)</small></label>'
        '<label><input type="radio" name="shift" value="n"> Nights</label>'
        '<label><input type="radio" name="shift" value="w"> Weekends</label></div>'
    )
    (field,) = fields_of(html)
    assert field.label == "Preferred shift"
    assert len(field.options) == 3


def test_a_question_heading_names_its_radios_and_heads_no_section_after_them() -> None:
    html = _yes_no_row("Have you ever been convicted of a crime?") + _yes_no_row("Can you lift 20 kg?", "p")
    first, second = fields_of(html)
    assert first.label == "Have you ever been convicted of a crime?"
    assert second.section != "Have you ever been convicted of a crime?"


def test_inputs_in_a_grid_take_their_column_header() -> None:
    row = "<tr>" + '<td><input type="text"></td>' * 3 + "</tr>"
    html = (
        "<h4>Referees</h4><table><thead><th>Name</th><th>Phone</th><th>Relationship</th></thead>"
        f"<tbody>{row}{row}</tbody></table>"
    )
    fields = fields_of(html)
    assert [f.label for f in fields] == ["Name", "Phone", "Relationship"] * 2
    assert {f.label_source for f in fields} == {LabelSource.TABLE_CELL}


def test_a_row_header_still_names_the_input_beside_it() -> None:
    html = "<table><tr><th>Nickname</th><td><input type='text'></td></tr></table>"
    (field,) = fields_of(html)
    assert field.label == "Nickname"


def test_a_signature_carries_the_declaration_it_signs() -> None:
    html = (
        "<p>Why do you want this job?</p><textarea name='why'></textarea>"
        "<h3>Consent</h3><p>I authorise the company to carry out a credit check and a criminal record check.</p>"
        "<table><tr><td>Applicant name</td><td><input name='n'></td></tr>"
        "<tr><td>Applicant signature</td><td><input name='s'></td></tr></table>"
    )
    fields = {f.label: f for f in fields_of(html)}
    signed = fields["Applicant signature"].description or ""
    assert "credit check and a criminal record check" in signed
    assert "Why do you want this job" not in signed
    assert fields["Applicant name"].description is None
