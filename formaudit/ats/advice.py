"""Where each vendor's admin lets a recruiter remove or move a question (pure data and one function).

A finding on a recognised ATS gets one more sentence in its fix: where that vendor keeps the question.
Three kinds of place: a custom application question the recruiter added to the job (remove it, or
move it to a form sent after an offer), a voluntary equal-opportunity block the vendor adds (its own
settings; keep it voluntary and separate), and a vendor default the recruiter cannot remove (say so).
Greenhouse's and Lever's sentences were checked against their help centres (``source``); the others
name the place each vendor's documentation generally uses and carry no ``source`` yet. Menu names
change, so every sentence says where to look rather than promising a click path.
"""

from __future__ import annotations

from dataclasses import dataclass

from formaudit.models.ats import VENDOR_NAMES, Vendor
from formaudit.models.fields import Field


@dataclass(frozen=True, slots=True)
class VendorAdvice:
    custom: str  # a question the recruiter added to the job or its application form
    voluntary: str  # the vendor's equal-opportunity / diversity block
    default: str = ""  # a field the vendor always asks (name, email, résumé)
    defaults: frozenset[str] = frozenset()  # field names of those always-asked fields
    source: str | None = None  # the help page the sentences were checked against


_ADVICE: dict[Vendor, VendorAdvice] = {
    Vendor.GREENHOUSE: VendorAdvice(
        custom="In Greenhouse this is a custom application question on the job post (Job Setup, Job Posts, "
               "edit the post's application questions): remove it, or ask it later with a form sent after "
               "an offer.",
        voluntary="In Greenhouse this is the EEOC (or Greenhouse Inclusion demographic) block, set in the "
                  "organisation's EEOC settings and per job post: it stays voluntary and separate from the "
                  "application; do not make it required.",
        default="This is a Greenhouse default field; it can be made optional on the job post but not removed.",
        defaults=frozenset({"first_name", "last_name", "email", "phone", "resume", "cover_letter"}),
        source="https://support.greenhouse.io/hc/en-us/articles/360025045192 (Jobs, Job Setup, Job Posts; "
               "Enable EEOC questionnaire on job post)",
    ),
    Vendor.LEVER: VendorAdvice(
        custom="In Lever this is a custom application question (a question card) added to the posting or "
               "to the job site's application form (Settings, Job site, Application): remove it there; a "
               "change to the job site form applies to every posting.",
        voluntary="In Lever this is the EEO / diversity survey: keep it voluntary and shown apart from the "
                  "application.",
        default="This is one of the questions Lever includes on every application form (résumé, full name, "
                "phone, current location, current company): it can be left optional but not deleted.",
        defaults=frozenset({"name", "email", "phone", "org", "resume", "location"}),
        source="https://help.lever.co/hc/en-us/articles/20087243347741 (Configuring your Lever application form)",
    ),
    Vendor.ASHBY: VendorAdvice(
        custom="In Ashby this field is on the job's application form (the job's Application Form in the "
               "form builder): remove it, or move it to a form sent at offer or onboarding.",
        voluntary="In Ashby this is an EEO or demographic survey form (admin survey settings): keep it "
                  "voluntary and separate.",
    ),
    Vendor.WORKABLE: VendorAdvice(
        custom="In Workable this is a question of the job's application form (job editor, Application form "
               "step): set it to Off, or ask it in a later stage's questionnaire.",
        voluntary="In Workable this is the EEO / diversity question set (account settings): keep it voluntary.",
    ),
    Vendor.RECRUITEE: VendorAdvice(
        custom="In Recruitee this is an open question of the job's application form (job editor, Application "
               "form): remove it or set the field to Off.",
        voluntary="In Recruitee this is a voluntary question block: keep it optional and separate.",
    ),
    Vendor.SMARTRECRUITERS: VendorAdvice(
        custom="In SmartRecruiters this is a screening question of the questionnaire attached to the job "
               "(job, Application / Screening questions): remove it from the questionnaire.",
        voluntary="In SmartRecruiters this is a diversity question (compliance type DIVERSITY), configured in "
                  "the company's diversity settings: it must stay voluntary and shown last.",
    ),
    Vendor.WORKDAY: VendorAdvice(
        custom="In Workday this question usually comes from a questionnaire attached to the job requisition "
               "(or to the job posting's application steps): remove it there, or move it to a step after the "
               "offer.",
        voluntary="In Workday this is the Voluntary Disclosures / Self Identify step, configured per tenant: "
                  "keep it voluntary.",
    ),
    Vendor.ICIMS: VendorAdvice(
        custom="In iCIMS this question comes from the screening questions of the job's workflow (job profile, "
               "questions / screening): remove it there.",
        voluntary="In iCIMS this is the EEO step of the apply workflow: keep it voluntary.",
    ),
    Vendor.TALEO: VendorAdvice(
        custom="In Oracle Taleo / Recruiting Cloud this is a prescreening question or disqualification "
               "question on the requisition: remove it from the requisition's prescreening section.",
        voluntary="In Oracle Taleo / Recruiting Cloud this is the regulatory (diversity) section of the "
                  "application flow: keep it voluntary.",
    ),
    Vendor.SUCCESSFACTORS: VendorAdvice(
        custom="In SAP SuccessFactors this field is on the job requisition's application template or its "
               "pre-screening questions: remove it from the template or the requisition.",
        voluntary="In SAP SuccessFactors this is a voluntary self-identification section of the application "
                  "template: keep it voluntary.",
    ),
    Vendor.TEAMTAILOR: VendorAdvice(
        custom="In Teamtailor this is a question picked for the job (job, Application form / questions): "
               "remove it from the job.",
        voluntary="In Teamtailor this is a voluntary demographic question: keep it optional.",
    ),
    Vendor.PERSONIO: VendorAdvice(
        custom="In Personio this is a field of the job's application form (recruiting settings, application "
               "form): remove it or make it optional.",
        voluntary="In Personio this is a voluntary question: keep it optional.",
    ),
    Vendor.BAMBOOHR: VendorAdvice(
        custom="In BambooHR this is a question of the job opening's application (job opening, Application "
               "Questions): remove it or set it to not asked.",
        voluntary="In BambooHR this is the EEO / veteran block of the job opening: keep it voluntary.",
    ),
    Vendor.JAZZHR: VendorAdvice(
        custom="In JazzHR this comes from the job's questionnaire or application fields (job, Application "
               "form / Questionnaire): remove it there.",
        voluntary="In JazzHR this is the EEO section (settings, EEO): keep it voluntary.",
    ),
}

_VOLUNTARY_WORDS = ("eeo", "eeoc", "diversity", "demographic", "survey", "self-identification",
                    "self identification", "voluntary")


def vendor_fix(vendor: Vendor, field: Field | None) -> str:
    """The sentence for a finding on a field of a form this vendor hosts."""
    advice = _ADVICE.get(vendor)
    if advice is None:
        return f"The form is hosted by {VENDOR_NAMES[vendor]}: change the question in its job settings."
    if field is not None and field.name in advice.defaults and advice.default:
        return advice.default
    section = (field.section or "").casefold() if field is not None else ""
    if any(word in section for word in _VOLUNTARY_WORDS):
        return advice.voluntary
    return advice.custom
