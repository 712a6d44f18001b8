"""Decisions on the road to the form: what a page is, which control to click, which never to touch.

Pure functions over what ``js/survey.js`` reports of each frame (``Survey``); ``walk.py`` is the
browser side that surveys, clicks and records. The wording lives in ``road_words.toml`` (one list per
role, every language formaudit reads), matched on folded text like the lexicons.

The click guard (``refusal``) is the heart of "never submit": a control is refused when its type or
role submits a form, when its words say submit, send, finish, confirm, register, create account,
sign up or agree, when it sits in a form that already holds values, when it is a link carrying a
form's fields in its query, or when it hands the candidate to another company's sign-in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import parse_qsl, urlsplit

from pydantic import BaseModel, ConfigDict, Field

from formaudit.models.road import StepFlow, Wall, WallKind
from formaudit.text import fold

ROLES = (
    "apply", "apply_tab", "view_job", "manual", "shortcut", "cookie_reject", "cookie_accept", "refuse", "sign_in",
    "create_account", "email_code", "sso", "show_more", "not_application", "not_apply",
)
# A control whose text is longer than this is a paragraph or a card, not a button a candidate reads.
MAX_CONTROL_WORDS = 8
# Question controls that make a page an application form (or a file upload and one more).
MIN_QUESTIONS = 3
# Query keys that identify a job or a page, never a candidate's answer.
_NAVIGATION_KEYS = frozenset({"id", "job", "jobid", "job_id", "gh_jid", "lang", "locale", "page", "ref", "source",
                              "src", "utm_source", "utm_medium", "utm_campaign", "mode", "step", "tab"})
_OAUTH = re.compile(r"oauth|/authorize|openid|client_id=|redirect_uri=|response_type=|saml", re.IGNORECASE)
_STEP_OF = re.compile(
    r"(?:^| )(?:step|schritt|etape|paso|stap|passo|etapa|fase|krok|adim|steg|trin|vaihe|samm|zingsnis|solis|шаг|крок)"
    r" (\d{1,2}) (?:of|von|sur|de|van|di|z|ze|av|af|из|з|/)? ?(\d{1,2})(?: |$)"
)
_PASSWORD_AUTOCOMPLETE = ("current-password", "new-password")
_PROVIDERS = re.compile(r"google|microsoft|linkedin|apple|facebook|github|okta|azure|office 365|outlook|yahoo")


class Question(BaseModel):
    """A control a candidate answers, as the survey saw it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    tag: str
    type: str = ""
    name: str = ""
    autocomplete: str = ""
    context: str = Field(default="", description="Ids, classes, labels and action of its form or containers.")
    role: str = ""


class Control(BaseModel):
    """A link, button or tab the survey found, with what the click guard needs to know about it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    ref: str
    text: str
    tag: str
    type: str = ""
    role: str = ""
    href: str = ""
    automation: str = ""
    target: str = ""
    in_form: bool = Field(default=False, alias="inForm")
    form_has_values: bool = Field(default=False, alias="formHasValues")
    form_method: str = Field(default="", alias="formMethod")
    cookie: bool = False
    expanded: str = ""
    selected: str = ""
    dialog: bool = False
    frame: int = 0


class Progress(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    now: str = ""
    max: str = ""
    text: str = ""


class Survey(BaseModel):
    """What ``survey.js`` reports of one frame."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    url: str
    title: str = ""
    heading: str = ""
    text: str = ""
    questions: tuple[Question, ...] = ()
    controls: tuple[Control, ...] = ()
    progress: tuple[Progress, ...] = ()
    step_names: tuple[str, ...] = Field(default=(), alias="stepNames")
    captcha: bool = False
    field_names: tuple[str, ...] = Field(default=(), alias="fieldNames")
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Words:
    """One role's patterns, compiled for folded text."""

    pattern: re.Pattern[str] | None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(fold(text)) if self.pattern is not None and text else None

    def covers(self, text: str) -> bool:
        """The words are (nearly) all the text says: "Apply now", not "How to apply for a visa"."""
        match = self.search(text)
        if match is None:
            return False
        folded = fold(text)
        return len(match.group(0).strip()) >= 0.5 * len(folded) or len(folded.split()) <= 3


def _compile(words: Sequence[str], within: Sequence[str]) -> re.Pattern[str] | None:
    parts = []
    if words:
        parts.append(r"(?:^| )(?:" + "|".join(words) + r")(?= |$)")
    if within:
        parts.append("(?:" + "|".join(within) + ")")
    return re.compile("|".join(parts)) if parts else None


@cache
def words(role: str) -> Words:
    """The compiled patterns of one role of ``road_words.toml``."""
    return _all_words()[role]


@cache
def _all_words() -> dict[str, Words]:
    raw = tomllib.loads(resources.files("formaudit.collect").joinpath("road_words.toml").read_text("utf-8"))
    unknown = set(raw) - set(ROLES)
    missing = set(ROLES) - set(raw)
    if unknown or missing:  # a packaging bug: the tests read the file too
        raise ValueError(f"road_words.toml: unknown roles {sorted(unknown)}, missing roles {sorted(missing)}")
    return {role: Words(_compile(tuple(entry.get("words", ())), tuple(entry.get("within", ()))))
            for role, entry in raw.items()}


# --- the click guard --------------------------------------------------------------------------------

def refusal(control: Control, form_fields: Iterable[str] = ()) -> str | None:
    """Why the click guard will not press this control, or None when it may.

    ``form_fields``: names of the fields on the page; a link whose query fills them in sends form data.
    """
    text = control.text
    if control.type in ("submit", "image", "reset"):
        return "a submit button"
    if control.in_form and control.form_has_values and control.tag != "a":
        return "a control inside a form that holds values"
    if control.cookie and words("cookie_reject").covers(text):
        return None  # "Accept necessary only" is a reject; "Accept all" still falls to the words below
    if words("refuse").search(text) or words("cookie_accept").covers(text):
        return f"its text says so (“{_short(text)}”): it could send, confirm or agree to something"
    if control.href:
        parts = urlsplit(control.href)
        if parts.scheme not in ("http", "https", "file", ""):
            return f"a {parts.scheme}: link" if parts.scheme != "javascript" else None
        if _OAUTH.search(control.href):
            return "a sign-in with another company's account"
        sent = carries_form_data(control.href, form_fields)
        if sent:
            return f"a link that sends form fields in its address ({', '.join(sent)})"
    return None


def carries_form_data(url: str, form_fields: Iterable[str]) -> list[str]:
    """The page's field names that ``url`` fills in with a value (not job or page identifiers)."""
    names = {name.lower() for name in form_fields if name} - _NAVIGATION_KEYS
    return sorted({key for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=False)
                   if value and key.lower() in names})


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- what a page is -----------------------------------------------------------------------------------

def _is_side_form(question: Question) -> bool:
    """A search box, a job-alert or newsletter sign-up: a form, but not the application."""
    if question.type == "search" or question.role == "search":
        return True
    return bool(words("not_application").search(question.context.replace("-", " ").replace("_", " ")))


def application_questions(surveys: Sequence[Survey]) -> list[Question]:
    return [q for s in surveys for q in s.questions if not _is_side_form(q)]


def only_side_forms(surveys: Sequence[Survey]) -> bool:
    """Questions were seen, and every one belongs to a search box or a job-alert or newsletter sign-up."""
    seen = [q for s in surveys for q in s.questions]
    return bool(seen) and not application_questions(surveys)


def _is_password(question: Question) -> bool:
    return question.type == "password" or question.autocomplete in _PASSWORD_AUTOCOMPLETE


def _is_account_detail(question: Question) -> bool:
    """Email, password, a terms checkbox: what a sign-in or sign-up page asks, not application questions."""
    folded = fold(f"{question.name} {question.autocomplete}")
    return (_is_password(question) or question.type in ("email", "checkbox")
            or bool(re.search(r"(?:^| )(?:e ?mail|user(?: ?name)?|login|username|terms|remember)", folded)))


def holds_form(surveys: Sequence[Survey]) -> bool:
    """The page (any frame) shows an application form: three questions, or an upload and one more."""
    questions = application_questions(surveys)
    uploads = sum(1 for q in questions if q.type == "file")
    return len(questions) >= MIN_QUESTIONS or (uploads >= 1 and len(questions) >= 2)


def find_wall(surveys: Sequence[Survey]) -> Wall | None:
    """A sign-in, sign-up, email-code, SSO-only or captcha page before any application question."""
    questions = application_questions(surveys)
    real = [q for q in questions if not _is_account_detail(q)]
    if len(real) >= MIN_QUESTIONS:
        return None  # a form that also offers an account is a form, not a wall
    top = surveys[0] if surveys else None
    if top is None:
        return None
    text = " ".join(s.text for s in surveys)
    heading = top.heading or top.title or None
    passwords = [q for q in questions if _is_password(q)]
    asks = _asks(questions)
    if len(passwords) >= 2 or (passwords and words("create_account").search(f"{heading or ''} {text[:600]}")
                               and not words("sign_in").search(heading or "")):
        return Wall(kind=WallKind.ACCOUNT_CREATION, asks=asks, heading=heading, url=top.url)
    if passwords:
        return Wall(kind=WallKind.LOGIN, asks=asks, heading=heading, url=top.url)
    if words("email_code").search(text) and len(questions) <= 2:
        return Wall(kind=WallKind.EMAIL_CODE, asks=asks or ("email",), heading=heading, url=top.url)
    sso = [c.text for s in surveys for c in s.controls if words("sso").search(c.text)]
    # "Apply with LinkedIn" beside a plain "Apply" is an option, not a wall.
    other_way = any(_score(c) > 1 for s in surveys for c in s.controls if not words("sso").search(c.text))
    if sso and len(questions) <= 1 and not other_way:
        providers = tuple(dict.fromkeys(_provider(t) for t in sso))
        return Wall(kind=WallKind.SSO, asks=tuple(f"{p} account" for p in providers), heading=heading, url=top.url)
    if any(s.captcha for s in surveys) and not questions:
        return Wall(kind=WallKind.CAPTCHA, asks=("captcha",), heading=heading, url=top.url)
    return None


def _provider(text: str) -> str:
    match = _PROVIDERS.search(fold(text))
    return match.group(0).title() if match else _short(text)


def _asks(questions: Sequence[Question]) -> tuple[str, ...]:
    asked: list[str] = []
    for q in questions:
        folded = fold(f"{q.name} {q.autocomplete}")
        if _is_password(q):
            asked.append("password")
        elif q.type == "email" or "mail" in folded:
            asked.append("email")
        elif q.type == "checkbox":
            asked.append("agreement to terms")
        elif q.autocomplete == "one-time-code" or "code" in folded:
            asked.append("code")
        else:
            asked.append(q.name or q.type or q.tag)
    return tuple(dict.fromkeys(asked))


def find_flow(surveys: Sequence[Survey]) -> StepFlow | None:
    """A multi-step application: "Step 1 of 5", a progress bar, or a list with the current step marked."""
    for survey in surveys:
        names = tuple(name.lstrip("*") for name in survey.step_names)
        current = next((i + 1 for i, name in enumerate(survey.step_names) if name.startswith("*")), None)
        found = _STEP_OF.search(fold(survey.text))
        if found:
            number, total = int(found.group(1)), int(found.group(2))
            if 1 <= number <= total <= 30:
                return StepFlow(current=number, total=total, names=names if len(names) == total else (),
                                evidence=_evidence_near(survey.text, found.group(0)))
        if len(names) >= 2 and current is not None:
            return StepFlow(current=current, total=len(names), names=names,
                            evidence=f"a list of {len(names)} steps with “{names[current - 1]}” current")
        for bar in survey.progress:
            now, most = _number(bar.now), _number(bar.max)
            if now is not None and most is not None and 1 <= now <= most <= 30 and most != 100:
                return StepFlow(current=int(now), total=int(most), names=(),
                                evidence=f"a progress bar at {int(now)} of {int(most)}")
    return None


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _evidence_near(text: str, folded_match: str) -> str:
    """The original words for a folded match, for evidence ("Step 1 of 5")."""
    digits = re.findall(r"\d+", folded_match)
    pattern = r"\S+\s+" + r"\D{0,8}".join(digits)
    found = re.search(pattern, text)
    return found.group(0).strip() if found else folded_match.strip()


# --- choosing what to click -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    control: Control
    score: float


def cookie_choice(surveys: Sequence[Survey]) -> Control | None:
    """A cookie banner's reject or necessary-only control; never an accept."""
    for survey in surveys:
        for control in survey.controls:
            if control.cookie and words("cookie_reject").covers(control.text) and refusal(control) is None:
                return control
    return None


def next_click(surveys: Sequence[Survey], tried: set[str]) -> tuple[Choice | None, list[str]]:
    """The control most likely to lead to the application form, and the refusals met on the way.

    Order: "apply manually" beats a plain "Apply", which beats an application tab, then a job list's
    "View job"; autofill and "use my last application" come last. ``tried``: texts (folded) already
    clicked on this road.
    """
    fields = [name for s in surveys for name in s.field_names]
    best: Choice | None = None
    refused: list[str] = []
    for survey in surveys:
        for control in survey.controls:
            if control.cookie or fold(control.text) in tried:
                continue
            score = _score(control)
            if score <= 0:
                continue
            why = refusal(control, fields)
            if why is not None:
                refused.append(f"“{_short(control.text)}”: {why}")
                continue
            if best is None or score > best.score:
                best = Choice(control, score)
    return best, refused


def _score(control: Control) -> float:
    text = control.text
    if len(text.split()) > MAX_CONTROL_WORDS or words("not_apply").search(text):
        return 0.0
    score = 0.0
    automation = control.automation.lower()
    if words("manual").covers(text) or "applymanually" in automation.replace("_", "").replace("-", ""):
        score = 10.0
    elif words("apply").covers(text) or "adventurebutton" in automation or automation == "apply":
        score = 6.0
    elif control.role == "tab" and words("apply_tab").covers(text) and control.selected != "true":
        score = 5.0
    elif words("apply").search(text):
        score = 3.0
    elif words("view_job").covers(text):
        score = 2.0  # a job list: the job's own page comes before its Apply
    if words("shortcut").search(text) and (score or words("shortcut").covers(text)):
        score = 1.0  # autofill, a previous application: offered, and taken only when nothing else leads on
    if score and control.dialog:
        score += 0.5  # a choice the last click opened
    return score


def reveal_controls(surveys: Sequence[Survey], tried: set[str]) -> list[Control]:
    """Controls on a form page that only show more questions ("Show more questions", a collapsed block)."""
    fields = [name for s in surveys for name in s.field_names]
    found = []
    for survey in surveys:
        for control in survey.controls:
            if fold(control.text) in tried or control.cookie:
                continue
            # A collapsed block counts inside a form only: elsewhere it is a menu or a job description.
            collapsed = control.in_form and (control.expanded == "false" or control.tag == "summary")
            short = len(control.text.split()) <= MAX_CONTROL_WORDS
            if (words("show_more").covers(control.text) or (collapsed and short)) and refusal(control, fields) is None:
                found.append(control)
    return found
