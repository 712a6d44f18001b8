"""Walls in front of the form: ``account-wall`` (create an account first) and ``captcha``.

Both judge a form's own fields, and both judge the road (``run_road``): when the collector walking
from a job post to its form stopped at a sign-in, sign-up, email-code or SSO page, or at a captcha
page, that wall is the finding, with the clicks it took to get there. The wall page's own fields
then add nothing, so the form-level run stays quiet for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from formaudit.checks.build import finding, quoted, road_finding
from formaudit.checks.friction import sources as s
from formaudit.checks.grouping import MIN_CONFIDENCE, matches_for
from formaudit.models.categories import Category
from formaudit.models.checks import CheckMeta
from formaudit.models.classification import ClassifiedField, ClassifiedForm, Evidence, EvidenceSource
from formaudit.models.context import AuditContext, Stage
from formaudit.models.fields import FieldKind
from formaudit.models.findings import Finding, Severity
from formaudit.models.road import Road, Wall, WallKind

ACCOUNT_WALL_META = CheckMeta(
    id="account-wall",
    title="Account required before applying",
    severity=Severity.MEDIUM,
    rationale=(
        "Making candidates invent a password and create an account before they may apply adds a step "
        "with no value to them, another login to lose, and another copy of their data to be breached. "
        "One researcher applying to 250 employers had to create 83 accounts; many candidates stop at "
        "the first."
    ),
    remediation=(
        "Let candidates apply as guests with an email address; offer an account afterwards, to track "
        "the application, as an option."
    ),
    references=(s.SHRM_TIPS, s.CAREERFAIR, s.WCAG_AUTHENTICATION),
    tags=("friction",),
    categories=(Category.ACCOUNT_PASSWORD,),
)

CAPTCHA_META = CheckMeta(
    id="captcha",
    title="Captcha on the application form",
    severity=Severity.LOW,
    rationale=(
        "Captchas shut out blind and partially sighted candidates and many with cognitive or motor "
        "disabilities, and slow everyone else down at the last step, when a failed puzzle means "
        "starting again. Spam is better stopped on the server side."
    ),
    remediation=(
        "Use invisible bot protection (rate limiting, honeypot fields, server-side risk scoring) or, at "
        "least, a captcha with an accessible alternative that needs no puzzle."
    ),
    references=(s.W3C_CAPTCHA, s.WCAG_AUTHENTICATION),
    tags=("friction", "accessibility"),
    categories=(Category.CAPTCHA,),
)


def _is_account_password(classified: ClassifiedField) -> bool:
    if Category.SOCIAL_MEDIA_CREDENTIALS in classified.categories:
        return False
    match = classified.match_for(Category.ACCOUNT_PASSWORD)
    if match is not None and match.confidence >= MIN_CONFIDENCE:
        return True
    return classified.field.kind is FieldKind.PASSWORD


_WALL_WORDS = {
    WallKind.LOGIN: "a sign-in page",
    WallKind.ACCOUNT_CREATION: "an account-creation page",
    WallKind.EMAIL_CODE: "a page that sends a code to the candidate's email",
    WallKind.SSO: "a page that lets candidates in only through another company's account",
    WallKind.CAPTCHA: "a captcha",
}


def _road_wall(context: AuditContext, *, captcha: bool) -> Wall | None:
    wall = context.road.wall if context.road is not None else None
    if wall is None or (wall.kind is WallKind.CAPTCHA) != captcha:
        return None
    return wall


def _wall_message(road: Road, wall: Wall) -> str:
    clicks = road.clicks
    path = " → ".join(f"“{step.text}”" for step in road.steps)
    route = (f"after {clicks} click{'s' if clicks != 1 else ''} ({path})" if clicks else "on the page itself")
    asks = f": it asks for {', '.join(wall.asks)}" if wall.asks else ""
    return (f"Before any application question, the way to the form stops at {_WALL_WORDS[wall.kind]} {route}"
            f"{asks}. formaudit stops at walls, so the questions behind it were not read.")


def _wall_evidence(wall: Wall) -> tuple[Evidence, ...]:
    return (Evidence(source=EvidenceSource.ROAD, text=wall.heading or wall.url, rule=f"road.wall.{wall.kind.value}"),)


class AccountWall:
    meta = ACCOUNT_WALL_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if context.stage is not Stage.APPLICATION or _road_wall(context, captcha=False) is not None:
            return  # the road's wall says it, with the clicks that led there
        walls = [c for c in form.fields if c.field.visible and _is_account_password(c)]
        if not walls:
            return
        required = any(c.field.required for c in walls)
        questions = [c.field.question for c in walls]
        yield finding(
            self.meta,
            context,
            form,
            question="account password",
            message=(
                f"The application asks the candidate to set up an account ({quoted(questions)})"
                f"{' before they can apply' if required else ''}."
            ),
            severity=self.meta.severity if required else Severity.LOW,
            field=walls[0].field,
            field_label=walls[0].field.question,
            evidence=tuple(e for c in walls for m in c.matches for e in m.evidence),
        )


    def run_road(self, road: Road, context: AuditContext) -> Iterator[Finding]:
        wall = _road_wall(context.model_copy(update={"road": road}), captcha=False)
        if wall is None or context.stage is not Stage.APPLICATION:
            return
        yield road_finding(self.meta, context, question=f"{wall.kind.value} wall", message=_wall_message(road, wall),
                           severity=self.meta.severity, evidence=_wall_evidence(wall))


# The response fields that captcha widgets (reCAPTCHA, hCaptcha, Turnstile, Friendly Captcha) add to
# the form: hidden, but proof that the widget is there even when its iframe could not be read.
_WIDGET_FIELD = re.compile(
    r"g-recaptcha-response|h-captcha-response|cf-turnstile-response|frc-captcha-solution"
)


def _widget_field(form: ClassifiedForm) -> ClassifiedField | None:
    for classified in form.fields:
        field = classified.field
        names = " ".join(filter(None, (field.name, field.html_id, *field.hints.values())))
        if _WIDGET_FIELD.search(names.lower()):
            return classified
    return None


class Captcha:
    meta = CAPTCHA_META

    def run(self, form: ClassifiedForm, context: AuditContext) -> Iterator[Finding]:
        if _road_wall(context, captcha=True) is not None:
            return  # a captcha page before the form: the road's finding says it
        matches = matches_for(form, Category.CAPTCHA, floor=MIN_CONFIDENCE)
        if matches:
            # A puzzle the candidate must read and type: the full default severity.
            classified, match = matches[0]
            confidence, evidence, severity = match.confidence, match.evidence, self.meta.severity
            label = classified.field.question
            message = "The form makes candidates solve a captcha before they can submit."
        else:
            widget = _widget_field(form)
            if widget is None:
                return
            # Only the widget's hidden response field is seen. Such widgets often pass most people
            # without a puzzle and offer an audio alternative, so this is worth a note, not a warning.
            classified, confidence, severity = widget, 0.9, Severity.NOTE
            label = "captcha widget"
            message = ("The form carries a captcha widget, which may make some candidates solve a puzzle "
                       "before they can submit.")
            evidence = (
                Evidence(
                    source=EvidenceSource.NAME,
                    text=widget.field.name or widget.field.html_id or "",
                    rule="captcha widget response field",
                ),
            )
        yield finding(
            self.meta,
            context,
            form,
            question="captcha",
            message=message,
            severity=severity,
            confidence=confidence,
            field=classified.field,
            field_label=label,
            evidence=evidence,
        )

    def run_road(self, road: Road, context: AuditContext) -> Iterator[Finding]:
        wall = _road_wall(context.model_copy(update={"road": road}), captcha=True)
        if wall is None:
            return
        # Before the form, a failed puzzle costs the whole application, not one more try at the end.
        yield road_finding(self.meta, context, question="captcha wall", message=_wall_message(road, wall),
                           severity=Severity.MEDIUM, evidence=_wall_evidence(wall))
