"""Whole AuditResults for the reporter tests and the sample report.

``sample_result()``: the demo form (UK job, screenshot, baseline states, a waiver), a template in the
repository audited as a file (California and New York City), a clean page, a page that timed out, and
a plugin that failed to load. ``hostile_result()`` adds a page whose labels, title, links and waiver
are attacks on the report. ``huge_result()`` is big enough to overflow GitHub's 1 MiB summary.
"""

from __future__ import annotations

import struct
import zlib

from formaudit.models.categories import Category
from formaudit.models.checks import CheckFailure, CheckMeta
from formaudit.models.fields import FieldKind as K  # a short name keeps the question tables readable
from formaudit.models.findings import LegalBasis, Severity
from formaudit.models.result import AuditResult, TargetFailure, TargetResult
from formaudit.models.snapshot import Box
from tests.reporters import checks as c
from tests.reporters.factory import (
    GENERATED_AT,
    VERSION,
    Ask,
    demo_capture,
    finding,
    form_audit,
    rule_of,
    target_result,
)

DEMO_TARGET = "https://careers.northwind.example/jobs/NW-2291/apply"
TEMPLATE_TARGET = "site/templates/careers/apply.html"
CLEAN_TARGET = "https://jobs.fabrikam.example/apply/analyst"
FAILED_TARGET = "https://careers.contoso.example/apply/991"

REQ = True


def _demo_asks() -> tuple[Ask, ...]:
    ident, D, B, T = (
        Category.IDENTITY_DOCUMENT,
        Category.DATE_OF_BIRTH,
        Category.CREDIT_CHECK,
        Category.CRIMINAL_HISTORY,
    )
    return (
        Ask("job_ref", "Job ref", visible=False),
        Ask("website", "Website", visible=False),
        Ask("account_email", "Email address", K.EMAIL, REQ, ((Category.EMAIL, 0.99, "Email address"),)),
        Ask(
            "account_email_confirm",
            "Confirm email address",
            K.EMAIL,
            False,
            ((Category.EMAIL_CONFIRMATION, 0.95, "Confirm email address"),),
        ),
        Ask(
            "account_password",
            "Create a password to track your application",
            K.PASSWORD,
            REQ,
            ((Category.ACCOUNT_PASSWORD, 0.97, "Create a password"),),
        ),
        Ask(
            "cv", "Upload your CV / résumé", K.FILE, REQ, ((Category.RESUME_UPLOAD, 0.98, "Upload your CV"),)
        ),
        Ask("first_name", "First name", K.TEXT, REQ, ((Category.NAME, 0.99, "First name"),)),
        Ask("last_name", "Last name", K.TEXT, REQ, ((Category.NAME, 0.99, "Last name"),)),
        Ask("phone", "Mobile phone", K.TEL, REQ, ((Category.PHONE, 0.98, "Mobile phone"),)),
        Ask("dob", "Date of birth", K.DATE, REQ, ((D, 0.97, "Date of birth"),)),
        Ask("address", "Home address", K.TEXTAREA, REQ, ((Category.ADDRESS, 0.95, "Home address"),)),
        Ask(
            "passport_copy",
            "Upload a copy of your passport (photo page)",
            K.FILE,
            REQ,
            ((ident, 0.96, "copy of your passport"),),
        ),
        Ask("passport_number", "Passport number", K.TEXT, REQ, ((ident, 0.93, "Passport number"),)),
        Ask(
            "convicted",
            "Have you ever been convicted of a criminal offence?",
            K.RADIO_GROUP,
            REQ,
            ((T, 0.95, "convicted of a criminal offence"),),
            options=("Yes", "No"),
            box_key="fieldset-0",
        ),
        Ask(
            "credit_consent",
            "I consent to Northwind and its client carrying out a credit check with a "
            "credit reference agency",
            K.CHECKBOX,
            REQ,
            ((B, 0.92, "credit check"),),
        ),
        Ask(
            "nok_name",
            "Next of kin — full name",
            K.TEXT,
            REQ,
            ((Category.EMERGENCY_CONTACT, 0.94, "Next of kin"),),
        ),
        Ask(
            "nok_relationship",
            "Relationship to you",
            K.TEXT,
            REQ,
            ((Category.EMERGENCY_CONTACT, 0.7, "Relationship to you"),),
        ),
        Ask(
            "nok_phone",
            "Emergency contact phone number",
            K.TEL,
            REQ,
            ((Category.EMERGENCY_CONTACT, 0.95, "Emergency contact"),),
        ),
        Ask("ref1_name", "Referee 1 — name", K.TEXT, REQ, ((Category.REFERENCES, 0.93, "Referee"),)),
        Ask("ref1_phone", "Referee 1 — phone number", K.TEL, REQ, ((Category.REFERENCES, 0.9, "Referee"),)),
        Ask("ref2_name", "Referee 2 — name", K.TEXT, REQ, ((Category.REFERENCES, 0.93, "Referee"),)),
        Ask("ref2_phone", "Referee 2 — phone number", K.TEL, REQ, ((Category.REFERENCES, 0.9, "Referee"),)),
        Ask(
            "other_companies",
            "Which other companies are you currently interviewing with?",
            K.TEXTAREA,
            REQ,
            ((Category.OTHER_APPLICATIONS, 0.91, "other companies are you currently interviewing with"),),
        ),
        Ask(
            "other_hm_name",
            "Hiring manager's name at each company",
            K.TEXT,
            REQ,
            ((Category.OTHER_APPLICATIONS, 0.74, "Hiring manager's name"),),
        ),
        Ask(
            "other_hm_phone",
            "Hiring manager's phone number",
            K.TEL,
            REQ,
            ((Category.OTHER_APPLICATIONS, 0.72, "Hiring manager's phone number"),),
        ),
        Ask("job1_employer", "Employer", K.TEXT, REQ, ((Category.WORK_HISTORY, 0.8, "Employer"),)),
        Ask("job1_title", "Job title", K.TEXT, REQ, ((Category.WORK_HISTORY, 0.8, "Job title"),)),
        Ask("job1_start", "Start date", K.DATE, REQ, ((Category.WORK_HISTORY, 0.6, "Start date"),)),
        Ask("job1_end", "End date", K.DATE, False, ((Category.WORK_HISTORY, 0.6, "End date"),)),
        Ask(
            "job1_duties",
            "Main duties and achievements",
            K.TEXTAREA,
            REQ,
            ((Category.WORK_HISTORY, 0.85, "Main duties and achievements"),),
        ),
        Ask(
            "current_salary",
            "Current annual salary (gross)",
            K.TEXT,
            REQ,
            ((Category.SALARY_HISTORY, 0.96, "Current annual salary"),),
        ),
        Ask(
            "salary_expectation",
            "What are your salary expectations?",
            K.TEXT,
            False,
            ((Category.SALARY_EXPECTATION, 0.95, "salary expectations"),),
        ),
        Ask(
            "edu_school",
            "School or university",
            K.TEXT,
            REQ,
            ((Category.EDUCATION, 0.9, "School or university"),),
        ),
        Ask("edu_degree", "Degree / qualification", K.TEXT, REQ, ((Category.EDUCATION, 0.9, "Degree"),)),
        Ask(
            "right_to_work",
            "Are you legally authorised to work in the United Kingdom?",
            K.RADIO_GROUP,
            REQ,
            ((Category.WORK_AUTHORIZATION, 0.97, "legally authorised to work"),),
            options=("Yes", "No"),
            box_key="fieldset-1",
        ),
        Ask(
            "eeo_gender",
            "Gender",
            K.SELECT,
            False,
            ((Category.SEX_GENDER, 0.9, "Gender"),),
            options=("Woman", "Man", "Non-binary", "I describe myself another way", "Prefer not to say"),
        ),
        Ask(
            "eeo_ethnicity",
            "Ethnic group",
            K.SELECT,
            False,
            ((Category.ETHNICITY, 0.92, "Ethnic group"),),
            options=("Asian or Asian British", "White", "Other ethnic group", "Prefer not to say"),
        ),
        Ask("privacy", "I have read the privacy notice", K.CHECKBOX, REQ),
    )


def demo_target() -> TargetResult:
    png, boxes, page, title = demo_capture()
    audit = form_audit("application", "Senior Data Analyst — application", _demo_asks(), boxes)
    t = DEMO_TARGET

    def gb(check: CheckMeta) -> tuple[LegalBasis, ...]:
        return (rule_of(check, "GB"),)

    findings = (
        finding(
            c.IDENTITY_DOCUMENT,
            t,
            audit,
            "passport_copy",
            "The form makes every applicant upload a copy of their passport before any offer.",
            severity=Severity.HIGH,
            confidence=0.96,
            legal=gb(c.IDENTITY_DOCUMENT),
            baseline_state="unchanged",
        ),
        finding(
            c.IDENTITY_DOCUMENT,
            t,
            audit,
            "passport_number",
            "The form requires a passport number from every applicant.",
            severity=Severity.HIGH,
            confidence=0.93,
            legal=gb(c.IDENTITY_DOCUMENT),
            baseline_state="unchanged",
        ),
        finding(
            c.CREDIT_CHECK,
            t,
            audit,
            "credit_consent",
            "Applicants must consent to a credit check before they can apply.",
            severity=Severity.HIGH,
            confidence=0.92,
            legal=gb(c.CREDIT_CHECK),
            baseline_state="new",
        ),
        finding(
            c.CRIMINAL_HISTORY,
            t,
            audit,
            "convicted",
            "The application asks whether the candidate has ever been convicted, with no limit to unspent "
            "convictions.",
            severity=Severity.HIGH,
            confidence=0.95,
            legal=gb(c.CRIMINAL_HISTORY),
            baseline_state="unchanged",
        ),
        finding(
            c.DATE_OF_BIRTH,
            t,
            audit,
            "dob",
            "The form requires a date of birth.",
            confidence=0.97,
            legal=gb(c.DATE_OF_BIRTH),
            baseline_state="unchanged",
            waiver="The client's insurer requires drivers to be over 25; legal approved it until 2026-12-31 "
            "(ticket HR-142).",
        ),
        finding(
            c.OTHER_APPLICATIONS,
            t,
            audit,
            "other_hm_phone",
            "The form wants the phone numbers of hiring managers at the other companies the candidate is "
            "talking to.",
            confidence=0.72,
            baseline_state="new",
        ),
        finding(
            c.OTHER_APPLICATIONS,
            t,
            audit,
            "other_companies",
            "The form requires the names of the other companies the candidate is interviewing with.",
            confidence=0.91,
            baseline_state="unchanged",
        ),
        finding(
            c.REFERENCES,
            t,
            audit,
            "ref1_name",
            "Two referees' names and phone numbers are required, and the form says they will be contacted "
            "before interviews.",
            confidence=0.93,
            baseline_state="unchanged",
        ),
        finding(
            c.SALARY_HISTORY,
            t,
            audit,
            "current_salary",
            "The form requires the candidate's current salary.",
            confidence=0.96,
            baseline_state="unchanged",
        ),
        finding(
            c.EMERGENCY_CONTACT,
            t,
            audit,
            "nok_name",
            "Next of kin and an emergency phone number are required on the application.",
            confidence=0.94,
            baseline_state="unchanged",
        ),
        finding(
            c.CV_REENTRY,
            t,
            audit,
            "job1_duties",
            "After uploading a CV the candidate must type their employment history again, with at least "
            "500 characters of duties.",
            confidence=0.85,
            baseline_state="unchanged",
        ),
        finding(
            c.ACCOUNT_WALL,
            t,
            audit,
            "account_password",
            "Applying requires creating an account with a password.",
            confidence=0.97,
            baseline_state="unchanged",
        ),
        finding(
            c.EMAIL_CONFIRMATION,
            t,
            audit,
            "account_email_confirm",
            "The email address can be typed twice (optional).",
            severity=Severity.NOTE,  # what the check says of an optional confirmation field
            confidence=0.95,
            baseline_state="unchanged",
        ),
        finding(
            c.FORM_LENGTH,
            t,
            audit,
            None,
            f"{audit.metrics.required_questions} required questions, about "
            f"{round(audit.metrics.estimated_minutes)} minutes: over the budget of 15 required questions "
            "and 15 minutes.",
            confidence=1.0,
            baseline_state="unchanged",
        ),
    )
    return target_result(
        t, title=title, forms=(audit,), findings=findings, jurisdictions=("GB",), png=png, page=page
    )


def template_target() -> TargetResult:
    asks = (
        Ask("f0", "Full name", K.TEXT, REQ, ((Category.NAME, 0.99, "Full name"),)),
        Ask("f1", "Email", K.EMAIL, REQ, ((Category.EMAIL, 0.99, "Email"),)),
        Ask("f2", "Résumé", K.FILE, REQ, ((Category.RESUME_UPLOAD, 0.97, "Résumé"),)),
        Ask(
            "f3",
            "Social Security Number",
            K.TEXT,
            REQ,
            ((Category.GOVERNMENT_ID, 0.98, "Social Security Number"),),
        ),
        Ask(
            "f4",
            "Have you ever been convicted of a felony?",
            K.RADIO_GROUP,
            REQ,
            ((Category.CRIMINAL_HISTORY, 0.96, "convicted of a felony"),),
            options=("Yes", "No"),
        ),
        Ask("f5", "Salary desired", K.TEXT, False, ((Category.SALARY_EXPECTATION, 0.9, "Salary desired"),)),
        Ask(
            "f6",
            "Starting salary at your last job",
            K.TEXT,
            REQ,
            ((Category.SALARY_HISTORY, 0.88, "Starting salary at your last job"),),
        ),
    )
    audit = form_audit("form-1", "Standard application for employment", asks)
    t = TEMPLATE_TARGET
    findings = (
        finding(
            c.GOVERNMENT_ID,
            t,
            audit,
            "f3",
            "The form requires a Social Security Number from every applicant.",
            confidence=0.98,
        ),
        finding(
            c.CRIMINAL_HISTORY,
            t,
            audit,
            "f4",
            "The application asks about felony convictions.",
            severity=Severity.HIGH,
            confidence=0.96,
            legal=(rule_of(c.CRIMINAL_HISTORY, "US-CA"), rule_of(c.CRIMINAL_HISTORY, "US-NYC")),
        ),
        finding(
            c.SALARY_HISTORY,
            t,
            audit,
            "f6",
            "The form asks for the salary at the candidate's last job.",
            severity=Severity.HIGH,
            confidence=0.88,
            legal=(rule_of(c.SALARY_HISTORY, "US-CA"),),
        ),
    )
    return target_result(
        t,
        location=t,
        title="Apply — Standard application for employment",
        forms=(audit,),
        findings=findings,
        jurisdictions=("US-CA", "US-NYC"),
        mode="static",
    )


def clean_target() -> TargetResult:
    asks = (
        Ask("name", "Your name", K.TEXT, REQ, ((Category.NAME, 0.99, "Your name"),)),
        Ask("email", "Email", K.EMAIL, REQ, ((Category.EMAIL, 0.99, "Email"),)),
        Ask("phone", "Phone number", K.TEL, False, ((Category.PHONE, 0.98, "Phone number"),)),
        Ask("linkedin", "LinkedIn profile", K.URL, False, ((Category.SOCIAL_MEDIA, 0.6, "LinkedIn"),)),
        Ask("cv", "CV", K.FILE, REQ, ((Category.RESUME_UPLOAD, 0.98, "CV"),)),
        Ask("intro", "Short introduction", K.TEXTAREA, False),
    )
    audit = form_audit("apply", "Apply for Data Analyst", asks)
    return target_result(
        CLEAN_TARGET, title="Data Analyst — Fabrikam careers", forms=(audit,), jurisdictions=("NL",)
    )


def failed_target() -> TargetResult:
    failure = TargetFailure(kind="timeout", message="the page did not settle within 30 s")
    return TargetResult(target=FAILED_TARGET, location=FAILED_TARGET, error=failure, jurisdictions=("GB",))


def sample_result() -> AuditResult:
    return AuditResult(
        formaudit_version=VERSION,
        generated_at=GENERATED_AT,
        targets=(demo_target(), template_target(), clean_target(), failed_target()),
        checks=c.ALL_CHECKS,
        check_failures=(
            CheckFailure(
                check_id="acme.favourite-colour",
                message="entry point failed to load: ModuleNotFoundError: No module named 'acme_checks'",
            ),
        ),
        fixed_fingerprints=("0f1e2d3c4b5a69788796a5b4c3d2e1f0",),
    )


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def png_image(width: int, height: int, rgb: tuple[int, int, int] = (240, 242, 245)) -> bytes:
    """A flat-coloured PNG, made with the standard library only."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def hostile_target() -> TargetResult:
    """A page that attacks the report: markup in every text, script URLs, controls and quotes."""
    t = "javascript:alert('target')"
    asks = (
        Ask("h1", SCRIPT, K.TEXT, REQ, ((Category.DATE_OF_BIRTH, 0.9, SCRIPT),)),
        Ask("h2", IMG, K.TEXT, REQ, ((Category.IDENTITY_DOCUMENT, 0.9, IMG),)),
        Ask(
            "h3",
            '"><svg onload=alert(3)> \x1b[31mred\x1b[0m \x00\x0b',
            K.TEXT,
            REQ,
            ((Category.SALARY_HISTORY, 0.8, "</script><script>alert(4)</script>"),),
        ),
    )
    boxes = {
        "h1": Box(x=40, y=40, width=300, height=30),
        "h2": Box(x=40, y=120, width=300, height=30),
        "h3": Box(x=40, y=200, width=300, height=30),
    }
    audit = form_audit("</form><script>alert(5)</script>", IMG, asks, boxes)
    evil_basis = c.IDENTITY_DOCUMENT.jurisdictions[0].model_copy(
        update={"law": SCRIPT, "url": "javascript:alert(6)", "note": IMG}
    )
    findings = (
        finding(c.DATE_OF_BIRTH, t, audit, "h1", f"The form asks {SCRIPT}", waiver=IMG),
        finding(
            c.IDENTITY_DOCUMENT,
            t,
            audit,
            "h2",
            f"The form asks {IMG}",
            severity=Severity.HIGH,
            legal=(evil_basis,),
            baseline_state="new",
        ),
        finding(
            c.SALARY_HISTORY,
            t,
            audit,
            "h3",
            "Asks ]]> & <![CDATA[ x ]]> \x1b]8;;http://evil\x07link",
            confidence=0.4,
        ),
    )
    return target_result(
        t,
        location=" javascript:alert(7)",
        title=f"{SCRIPT}{IMG}",
        forms=(audit,),
        findings=findings,
        jurisdictions=("GB",),
        png=png_image(400, 300),
        page=(400.0, 300.0),
        warnings=(f"frame {IMG} could not be read",),
    )


def hostile_result() -> AuditResult:
    base = sample_result()
    failed = TargetResult(
        target="https://bad.example/<script>alert(8)</script>",
        error=TargetFailure(kind="http", message=f"the server answered HTTP 500 {IMG}"),
    )
    return base.model_copy(update={"targets": (*base.targets, hostile_target(), failed)})


def huge_result(targets: int = 300, findings_per_target: int = 40) -> AuditResult:
    """Thousands of findings with long labels: the Markdown summary must still fit in 1 MiB."""
    made = []
    for n in range(targets):
        t = f"https://careers.example/jobs/{n:05d}/apply"
        asks = tuple(
            Ask(
                f"q{i}",
                f"Question {i} " + "with a very long label that goes on " * 8,
                K.TEXT,
                REQ,
                ((Category.SALARY_HISTORY, 0.9, "salary"),),
            )
            for i in range(findings_per_target)
        )
        audit = form_audit("form", f"Application {n}", asks)
        found = tuple(
            finding(
                c.SALARY_HISTORY,
                t,
                audit,
                f"q{i}",
                f"Asks for pay history in question {i}. " * 5,
                severity=(Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.NOTE)[i % 4],
            )
            for i in range(findings_per_target)
        )
        made.append(
            target_result(t, title=f"Job {n}", forms=(audit,), findings=found, jurisdictions=("US-CA",))
        )
    return AuditResult(
        formaudit_version=VERSION, generated_at=GENERATED_AT, targets=tuple(made), checks=c.ALL_CHECKS
    )
