"""The road's decisions, without a browser: the click guard, what a page is, which control leads on.

Cases are data: a survey (what ``js/survey.js`` reports) or a control, and what must be decided.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest

from formaudit.collect import road
from formaudit.models.road import WallKind


def control(text: str, **facts: Any) -> road.Control:
    return road.Control.model_validate({"ref": "r-1", "text": text, "tag": "button", "type": "button", **facts})


def question(name: str, type_: str = "text", **facts: Any) -> road.Question:
    return road.Question.model_validate({"tag": "input", "type": type_, "name": name, **facts})


def survey(*, questions: tuple[road.Question, ...] = (), controls: tuple[road.Control, ...] = (),
           text: str = "", heading: str = "", **facts: Any) -> road.Survey:
    return road.Survey.model_validate({"url": "https://careers.example.com/job/1", "questions": questions,
                                       "controls": controls, "text": text, "heading": heading, **facts})


# --- the click guard ---------------------------------------------------------------------------------

REFUSED = [
    pytest.param(control("Apply", type="submit"), "submit button", id="an Apply that is a submit button"),
    pytest.param(control("Next", type="submit", inForm=True), "submit button", id="a Next that posts"),
    pytest.param(control("Submit application"), "its text says", id="submit"),
    pytest.param(control("Send"), "its text says", id="send"),
    pytest.param(control("Finish"), "its text says", id="finish"),
    pytest.param(control("Confirm"), "its text says", id="confirm"),
    pytest.param(control("Register"), "its text says", id="register"),
    pytest.param(control("Create account"), "its text says", id="create account"),
    pytest.param(control("Sign up"), "its text says", id="sign up"),
    pytest.param(control("I agree"), "its text says", id="agree"),
    pytest.param(control("Accept all cookies", cookie=True), "its text says", id="accept cookies"),
    pytest.param(control("Bewerbung absenden"), "its text says", id="German send"),
    pytest.param(control("Créer un compte"), "its text says", id="French create account"),
    pytest.param(control("Enviar solicitud"), "its text says", id="Spanish send"),
    pytest.param(control("Gönder"), "its text says", id="Turkish send"),
    pytest.param(control("Wyślij"), "its text says", id="Polish send"),
    pytest.param(control("Отправить"), "its text says", id="Russian send"),
    pytest.param(control("送信する"), "its text says", id="Japanese send"),
    pytest.param(control("提交申请"), "its text says", id="Chinese submit"),
    pytest.param(control("Continue", inForm=True, formHasValues=True), "form that holds values",
                 id="a button in a form with values"),
    pytest.param(control("Apply", tag="a", href="https://jobs.example.com/quick?email=jo%40example.com&job_id=7"),
                 "sends form fields", id="a link that GETs with form data"),
    pytest.param(control("Apply with LinkedIn", tag="a",
                         href="https://www.linkedin.com/oauth/v2/authorization?client_id=x&redirect_uri=y"),
                 "another company", id="third-party sign-in"),
    pytest.param(control("Apply", tag="a", href="mailto:jobs@example.com"), "mailto", id="a mail link"),
]


@pytest.mark.parametrize(("candidate", "reason"), REFUSED)
def test_the_click_guard_refuses(candidate: road.Control, reason: str) -> None:
    why = road.refusal(candidate, form_fields=["email", "first_name"])
    assert why is not None and reason in why


ALLOWED = [
    pytest.param(control("Apply now", tag="a", href="https://jobs.example.com/apply/7"), id="an Apply link"),
    pytest.param(control("Apply for this job"), id="an Apply button outside any form"),
    pytest.param(control("Apply manually"), id="apply manually"),
    pytest.param(control("Reject all", cookie=True), id="reject cookies"),
    pytest.param(control("Accept necessary cookies only", cookie=True), id="necessary only, worded as accept"),
    pytest.param(control("Jetzt bewerben"), id="German apply"),
    pytest.param(control("Application", role="tab"), id="an application tab"),
    pytest.param(control("Apply", tag="a", href="https://jobs.example.com/apply?job_id=7&source=linkedin"),
                 id="a link with job identifiers only"),
]


@pytest.mark.parametrize("candidate", ALLOWED)
def test_the_click_guard_allows(candidate: road.Control) -> None:
    assert road.refusal(candidate, form_fields=["email", "job_id", "source"]) is None


def test_form_data_in_a_query_is_named_only_when_it_carries_a_value() -> None:
    assert road.carries_form_data("https://x.test/a?email=a%40b.c&first_name=&page=2", ["email", "first_name",
                                                                                         "page"]) == ["email"]
    assert road.carries_form_data("https://x.test/a", ["email"]) == []


# --- what a page is ----------------------------------------------------------------------------------

APPLICATION = (question("first_name"), question("email", "email"), question("cv", "file"))


def test_a_form_is_three_questions_or_an_upload_and_one_more() -> None:
    assert road.holds_form([survey(questions=APPLICATION)])
    assert road.holds_form([survey(questions=(question("email", "email"), question("cv", "file")))])
    assert not road.holds_form([survey(questions=(question("first_name"), question("email", "email")))])


def test_search_boxes_and_job_alerts_are_not_the_application() -> None:
    side = (question("q", "search"), question("keywords", context="site-search search-form"),
            question("alert_email", "email", context="job-alerts subscribe"),
            question("frequency", context="job-alerts subscribe"))
    assert not road.holds_form([survey(questions=side)])


def test_a_form_in_a_frame_counts() -> None:
    assert road.holds_form([survey(), survey(questions=APPLICATION)])


WALLS = [
    pytest.param(survey(questions=(question("email", "email"), question("password", "password"),
                                   question("verify", "password"), question("terms", "checkbox")),
                        heading="Create Account"), WallKind.ACCOUNT_CREATION, ("email", "password"),
                 id="Workday create account"),
    pytest.param(survey(questions=(question("username"), question("password", "password")), heading="Sign in",
                        text="Sign in Forgot your password?"), WallKind.LOGIN, ("username", "password"),
                 id="sign in"),
    pytest.param(survey(questions=(question("loginName", "email"),), heading="Candidate Home",
                        text="Please enter your email address to begin. We will send you a verification code."),
                 WallKind.EMAIL_CODE, ("email",), id="iCIMS email code"),
    pytest.param(survey(controls=(control("Continue with Google"), control("Continue with Microsoft"),
                                  control("Sign in with LinkedIn"))),
                 WallKind.SSO, ("Google account", "Microsoft account", "Linkedin account"), id="SSO only"),
    pytest.param(survey(captcha=True, heading="Please confirm you are human"), WallKind.CAPTCHA, ("captcha",),
                 id="captcha"),
]


@pytest.mark.parametrize(("page", "kind", "asks"), WALLS)
def test_walls_are_recognised_with_what_they_ask(page: road.Survey, kind: WallKind, asks: tuple[str, ...]) -> None:
    wall = road.find_wall([page])
    assert wall is not None and wall.kind is kind
    assert set(asks) <= set(wall.asks)


def test_an_application_that_offers_an_account_is_a_form_not_a_wall() -> None:
    page = survey(questions=(*APPLICATION, question("phone", "tel"), question("dob"),
                             question("password", "password")))
    assert road.find_wall([page]) is None
    assert road.holds_form([page])


def test_a_job_post_is_no_wall() -> None:
    assert road.find_wall([survey(controls=(control("Apply now"),), text="We are hiring. Sign in to save jobs.")]) \
        is None


FLOWS = [
    pytest.param(survey(text="Application Step 2 of 6 Contact details"), 2, 6, id="Step 2 of 6"),
    pytest.param(survey(text="Bewerbung – Schritt 1 von 4"), 1, 4, id="German"),
    pytest.param(survey(text="Étape 1 sur 3 : vos coordonnées"), 1, 3, id="French"),
    pytest.param(survey(progress=({"now": "1", "max": "5"},)), 1, 5, id="a progress bar"),
    pytest.param(survey(stepNames=("*My Information", "My Experience", "Application Questions", "Review")), 1, 4,
                 id="a step list with the current step marked"),
]


@pytest.mark.parametrize(("page", "current", "total"), FLOWS)
def test_multi_step_applications_say_how_many_steps(page: road.Survey, current: int, total: int) -> None:
    flow = road.find_flow([page])
    assert flow is not None and (flow.current, flow.total) == (current, total)


def test_a_percentage_bar_or_a_lone_number_is_no_step_count() -> None:
    assert road.find_flow([survey(progress=({"now": "40", "max": "100"},), text="Page 1 of 1 results")]) is None


# --- which control leads on ----------------------------------------------------------------------------

def test_apply_manually_beats_autofill_and_the_last_application() -> None:
    page = survey(controls=(control("Autofill with Resume", dialog=True), control("Apply Manually", dialog=True),
                            control("Use My Last Application", dialog=True)))
    choice, _ = road.next_click([page], tried=set())
    assert choice is not None and choice.control.text == "Apply Manually"


def test_autofill_is_taken_only_when_nothing_else_leads_on() -> None:
    page = survey(controls=(control("Autofill with Resume"), control("Share this job")))
    choice, _ = road.next_click([page], tried=set())
    assert choice is not None and choice.control.text == "Autofill with Resume"


def test_apply_beats_an_application_tab_and_ignores_apply_filters() -> None:
    page = survey(controls=(control("Apply filters"), control("Application", role="tab"), control("Apply now")))
    choice, _ = road.next_click([page], tried=set())
    assert choice is not None and choice.control.text == "Apply now"
    choice, _ = road.next_click([page], tried={"apply now"})
    assert choice is not None and choice.control.text == "Application"


def test_refused_controls_are_reported_and_never_chosen() -> None:
    page = survey(controls=(control("Apply", type="submit", inForm=True),), fieldNames=("job_id",))
    choice, refused = road.next_click([page], tried=set())
    assert choice is None
    assert refused == ["“Apply”: a submit button"]


def test_a_cookie_banner_is_dismissed_by_rejecting_never_by_accepting() -> None:
    page = survey(controls=(control("Accept all cookies", cookie=True), control("Cookie settings", cookie=True),
                            control("Reject all", cookie=True)))
    choice = road.cookie_choice([page])
    assert choice is not None and choice.text == "Reject all"
    assert road.cookie_choice([survey(controls=(control("Accept all cookies", cookie=True),))]) is None


def test_show_more_questions_is_revealed_but_menus_are_not() -> None:
    page = survey(controls=(control("Show more questions", inForm=True), control("Menu", expanded="false"),
                            control("Voluntary self-identification", tag="summary", inForm=True)))
    assert [c.text for c in road.reveal_controls([page], tried=set())] == [
        "Show more questions", "Voluntary self-identification"]


def test_every_role_of_the_words_file_is_known_and_compiles() -> None:
    raw = tomllib.loads(resources.files("formaudit.collect").joinpath("road_words.toml").read_text("utf-8"))
    assert set(raw) == set(road.ROLES)
    for role in road.ROLES:
        assert road.words(role).pattern is not None, role


class _Request:
    """What the network guard reads of a Playwright request."""

    def __init__(self, url: str, method: str = "GET") -> None:
        self.url, self.method, self.headers = url, method, {}


def test_the_network_guard_blocks_gets_that_carry_form_fields_unless_the_page_links_there() -> None:
    from formaudit.collect.guard import NetworkGuard

    guard = NetworkGuard("https://jobs.example.com/post/7")
    guard.forbid_form_data(["email", "job_id"], ["https://jobs.example.com/apply?job_id=7&email=x%40y.z"])
    decide = guard._decide  # the pure decision behind the route handler
    assert decide(_Request("https://jobs.example.com/quick?email=jo%40example.com")) is None  # type: ignore[arg-type]
    assert decide(_Request("https://jobs.example.com/apply?job_id=7&email=x%40y.z")) == {}  # type: ignore[arg-type]
    assert decide(_Request("https://jobs.example.com/apply?job_id=7")) == {}  # type: ignore[arg-type]
    (warning,) = guard.warnings()
    assert "GET https://jobs.example.com/quick (form fields in the query)" in warning
    assert "jo%40example.com" not in warning


def test_a_sign_in_with_another_account_beside_a_plain_apply_is_an_option_not_a_wall() -> None:
    page = survey(controls=(control("Apply with LinkedIn"), control("Apply for this position", tag="a",
                                                                     href="https://jobs.example.com/form")))
    assert road.find_wall([page]) is None


def test_only_side_forms_needs_questions_and_none_of_them_an_application() -> None:
    assert road.only_side_forms([survey(questions=(question("q", "search"),))])
    assert not road.only_side_forms([survey()])  # an unreadable page says nothing either way
    assert not road.only_side_forms([survey(questions=(question("q", "search"), question("dob")))])
