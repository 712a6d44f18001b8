"""Friction: the time model, the budget, retyping, walls, unpaid work and missing decline options."""

from __future__ import annotations

from formaudit.checks.friction.measure import (
    CAPTCHA_SECONDS,
    LOOKUP_SECONDS,
    SECONDS_BY_KIND,
    estimate_seconds,
    measure_form,
    required_text_length,
)
from formaudit.models.categories import Category
from formaudit.models.context import FrictionBudget, Stage
from formaudit.models.fields import FieldKind
from formaudit.models.findings import Severity
from tests.checks.factories import ask, context, form, run

C = Category


def test_metrics_count_visible_questions_and_required_ones_but_not_captchas() -> None:
    metrics = measure_form(
        form(
            ask("Name", C.NAME, required=True),
            ask("Email", C.EMAIL, kind=FieldKind.EMAIL, required=True),
            ask("Cover letter", C.COVER_LETTER, kind=FieldKind.TEXTAREA),
            ask("Hidden tracking", visible=False),
            ask("I'm not a robot", C.CAPTCHA, kind=FieldKind.CHECKBOX, required=True),
        )
    )
    assert (metrics.questions, metrics.required_questions) == (3, 2)
    seconds = (
        SECONDS_BY_KIND[FieldKind.TEXT]
        + SECONDS_BY_KIND[FieldKind.EMAIL]
        + SECONDS_BY_KIND[FieldKind.TEXTAREA]
    )
    assert metrics.estimated_minutes == round((seconds + CAPTCHA_SECONDS) / 60, 1)


def test_third_party_contact_details_cost_look_up_time() -> None:
    plain = estimate_seconds(ask("Phone", C.PHONE, kind=FieldKind.TEL))
    referee = estimate_seconds(ask("Referee phone", C.REFERENCES, kind=FieldKind.TEL))
    assert referee == plain + LOOKUP_SECONDS


def test_stated_minimum_lengths_are_read_from_wording_and_attributes() -> None:
    essay = ask("Why us?", kind=FieldKind.TEXTAREA, description="Please write at least 300 words.")
    assert required_text_length(essay.field) == 1800
    assert required_text_length(ask("Motivation", kind=FieldKind.TEXTAREA, min_length=800).field) == 800
    assert (
        required_text_length(ask("Motivation (mindestens 200 Wörter)", kind=FieldKind.TEXTAREA).field) == 1200
    )
    assert required_text_length(ask("Summary", kind=FieldKind.TEXTAREA).field) is None
    assert estimate_seconds(essay) > estimate_seconds(ask("Why us?", kind=FieldKind.TEXTAREA)) + 600


def test_form_over_budget_is_flagged_with_what_is_over() -> None:
    many = form(*(ask(f"Question {i}", required=i < 20) for i in range(30)))
    found = run("form-length", many)
    assert len(found) == 1
    assert found[0].severity is Severity.LOW
    assert "30 questions (budget 25)" in found[0].message
    assert "20 required questions (budget 15)" in found[0].message
    assert "minutes" not in found[0].message


def test_form_at_twice_the_budget_is_medium_and_switched_off_limits_are_ignored() -> None:
    many = form(*(ask(f"Question {i}") for i in range(60)))
    assert run("form-length", many)[0].severity is Severity.MEDIUM
    unlimited = FrictionBudget(max_questions=None, max_required_questions=None, max_minutes=None)
    assert run("form-length", many, context(budget=unlimited)) == []


def test_short_form_is_within_budget() -> None:
    assert (
        run("form-length", form(ask("Name", C.NAME), ask("CV", C.RESUME_UPLOAD, kind=FieldKind.FILE))) == []
    )


def test_cv_upload_plus_required_history_is_cv_reentry() -> None:
    found = run(
        "cv-reentry",
        form(
            ask("Upload your CV", C.RESUME_UPLOAD, kind=FieldKind.FILE, required=True),
            ask("Employer", C.WORK_HISTORY, section="Work experience", required=True),
            ask("Job title", C.WORK_HISTORY, section="Work experience", required=True),
            ask("School", C.EDUCATION, section="Education"),
        ),
    )
    assert [f.severity for f in found] == [Severity.LOW]
    assert found[0].field_label == "Employer"
    assert "3 work-history or education fields" in found[0].message


def test_optional_history_next_to_a_cv_is_only_a_note_and_no_cv_is_nothing() -> None:
    optional = run(
        "cv-reentry", form(ask("CV", C.RESUME_UPLOAD, kind=FieldKind.FILE), ask("Employer", C.WORK_HISTORY))
    )
    assert [f.severity for f in optional] == [Severity.NOTE]
    assert run("cv-reentry", form(ask("Employer", C.WORK_HISTORY, required=True))) == []


def test_account_password_before_applying_is_an_account_wall_at_application_stage_only() -> None:
    wall = form(
        ask("Create a password", C.ACCOUNT_PASSWORD, kind=FieldKind.PASSWORD, required=True),
        ask("Confirm password", C.ACCOUNT_PASSWORD, kind=FieldKind.PASSWORD, required=True),
    )
    found = run("account-wall", wall)
    assert len(found) == 1 and found[0].severity is Severity.MEDIUM
    assert run("account-wall", wall, context(stage=Stage.ONBOARDING)) == []


def test_password_field_the_classifier_missed_still_counts_but_social_media_passwords_do_not() -> None:
    assert run("account-wall", form(ask("Choose a passphrase", kind=FieldKind.PASSWORD)))
    social = ask("Facebook password", C.SOCIAL_MEDIA_CREDENTIALS, kind=FieldKind.PASSWORD)
    assert run("account-wall", form(social)) == []


def test_email_confirmation_and_captcha_are_flagged_once() -> None:
    found = run("email-confirmation", form(ask("Confirm email", C.EMAIL_CONFIRMATION, kind=FieldKind.EMAIL)))
    assert [f.severity for f in found] == [Severity.LOW]
    captchas = run("captcha", form(ask("reCAPTCHA", C.CAPTCHA), ask("hCaptcha", C.CAPTCHA)))
    assert len(captchas) == 1


def test_required_assignment_upload_before_interview_is_medium() -> None:
    task = ask("Upload your completed take-home assignment", kind=FieldKind.FILE, required=True)
    found = run("work-before-interview", form(task))
    assert [f.severity for f in found] == [Severity.MEDIUM]
    assert run("work-before-interview", form(task), context(stage=Stage.INTERVIEW)) == []


def test_long_essay_minimum_is_low_and_short_answers_are_fine() -> None:
    essay = ask("Tell us about yourself", kind=FieldKind.TEXTAREA, placeholder="Minimum 500 words")
    assert [f.severity for f in run("work-before-interview", form(essay))] == [Severity.LOW]
    short = ask("Anything else?", kind=FieldKind.TEXTAREA, min_length=50)
    portfolio = ask("Portfolio link", kind=FieldKind.URL)
    assert run("work-before-interview", form(short, portfolio)) == []


def test_optional_sensitive_choice_without_decline_option_is_flagged() -> None:
    no_way_out = ask(
        "Ethnicity", C.ETHNICITY, kind=FieldKind.RADIO_GROUP, options=("Asian", "Black", "White")
    )
    found = run("no-decline-option", form(no_way_out))
    assert [f.severity for f in found] == [Severity.LOW]
    assert found[0].categories == (C.ETHNICITY,)


def test_decline_option_free_text_or_required_questions_are_not_no_decline_findings() -> None:
    with_decline = ask(
        "Gender", C.SEX_GENDER, kind=FieldKind.SELECT, options=("Woman", "Man", "Prefer not to say")
    )
    free_text = ask("Gender", C.SEX_GENDER)
    required = ask("Religion", C.RELIGION, kind=FieldKind.SELECT, options=("A", "B"), required=True)
    not_sensitive = ask("Country", kind=FieldKind.SELECT, options=("FR", "DE"))
    assert run("no-decline-option", form(with_decline, free_text, required, not_sensitive)) == []


def test_captcha_widget_is_found_from_its_hidden_response_field() -> None:
    widget = ask("g recaptcha response", kind=FieldKind.TEXTAREA, visible=False)
    widget = widget.model_copy(
        update={"field": widget.field.model_copy(update={"name": "g-recaptcha-response"})}
    )
    found = run("captcha", form(ask("Name", C.NAME), widget))
    assert len(found) == 1 and found[0].evidence[0].text == "g-recaptcha-response"
    assert run("captcha", form(ask("Name", C.NAME))) == []
