"""Research and standards the friction checks cite (see the legal catalogue §15)."""

from __future__ import annotations

from formaudit.models.checks import Reference

SHRM_ABANDON = Reference(
    title="SHRM: 60% of job seekers quit long or complex online applications",
    url="https://www.shrm.org/mena/topics-tools/news/technology/study-job-seekers-abandon-online-job-applications",
)
APPCAST = Reference(
    title="Appcast (Jobvite blog): completion 10.6% under 25 questions, 5.7% over 50",
    url="https://www.jobvite.com/blog/candidate-engagement/creating-the-optimal-candidate-experience-hint-take-a-"
    "look-at-the-numbers/",
)
SHRM_TIPS = Reference(
    title="SHRM tips: no CV re-entry, no mandatory accounts, references at offer stage",
    url="https://clarifacts.com/news/losing-top-talent-due-online-job-application-process/",
)
HRDIVE = Reference(
    title="HR Dive: 57% of job seekers abandoned a long or complicated application",
    url="https://gcp.hrdive.com/news/candidates-have-quit-job-applications-before-finishing/758796",
)
CAREERFAIR = Reference(
    title="careerfair.io: 250 career-site applications timed, 83 accounts created",
    url="https://www.careerfair.io/online-maze",
)
ICO_MINIMISE = Reference(
    title="ICO: tailor the application form and collect only what you need",
    url="https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment/recruitment-and-selection/"
    "information-provided-by-candidates/",
)
WCAG_REDUNDANT_ENTRY = Reference(
    title="WCAG 2.2 success criterion 3.3.7 Redundant Entry",
    url="https://www.w3.org/WAI/WCAG22/Understanding/redundant-entry.html",
)
WCAG_AUTHENTICATION = Reference(
    title="WCAG 2.2 success criterion 3.3.8 Accessible Authentication (Minimum)",
    url="https://www.w3.org/WAI/WCAG22/Understanding/accessible-authentication-minimum.html",
)
W3C_CAPTCHA = Reference(
    title="W3C: Inaccessibility of CAPTCHA",
    url="https://www.w3.org/TR/turingtest/",
)
INFLIGHT = Reference(
    title="InFlight, State of the Apply Flow: two thirds of Fortune 500 sites need three or more Apply clicks",
    url="https://emissary.ai/job-application-process/",
)
