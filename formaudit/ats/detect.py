"""Which ATS is behind a rendered page: its URLs and the markup its hosted or embedded forms carry.

Pure: reads the page's final URL, its frames' URLs and its HTML. Markers are hosts and identifiers
each vendor's pages use (Workday's ``data-automation-id`` and ``myworkdayjobs.com``, Greenhouse's
``grnhse_app`` embed, Lever's ``lever-jobs-embed``, ...); the first vendor whose marker appears wins,
URLs before markup, since a careers page may mention another vendor in a script it never uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from formaudit.models.ats import Vendor

# (vendor, URL host/path pattern, markup pattern)
_MARKERS: tuple[tuple[Vendor, str, str], ...] = (
    (Vendor.GREENHOUSE, r"(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io",
     r"grnhse_app|grnhse_iframe|boards\.greenhouse\.io|job-boards\.greenhouse\.io"),
    (Vendor.LEVER, r"jobs(?:\.eu)?\.lever\.co", r"jobs\.lever\.co|lever-jobs-embed|cards\[[^\]]+\]\[baseTemplate\]"),
    (Vendor.ASHBY, r"jobs\.ashbyhq\.com", r"jobs\.ashbyhq\.com|ashby_embed|ashby-job-posting"),
    (Vendor.WORKABLE, r"apply\.workable\.com|\.workable\.com", r"apply\.workable\.com|whr-embed|workable-widget"),
    (Vendor.RECRUITEE, r"\.recruitee\.com", r"recruitee\.com|rtcareers|data-recruitee"),
    (Vendor.SMARTRECRUITERS, r"(?:jobs|careers)\.smartrecruiters\.com", r"smartrecruiters\.com|smartrecruiters-"),
    (Vendor.WORKDAY, r"\.myworkdayjobs\.com|\.myworkday\.com|\.wd\d+\.myworkdaysite\.com",
     r"myworkdayjobs\.com|data-automation-id=\"(?:jobPostingApplyButton|applyManually|adventureButton)"),
    (Vendor.ICIMS, r"\.icims\.com", r"icims\.com|iCIMS_MainWrapper|icims_content_iframe"),
    (Vendor.TALEO, r"\.taleo\.net|oraclecloud\.com/hcmUI/CandidateExperience",
     r"taleo\.net|hcmUI/CandidateExperience|requisitionDescriptionInterface"),
    (Vendor.SUCCESSFACTORS, r"\.successfactors\.(?:com|eu)|\.sapsf\.(?:com|eu)|jobs\.sap\.com",
     r"successfactors|sapsf\.|rcmcareer"),
    (Vendor.TEAMTAILOR, r"\.teamtailor\.com", r"teamtailor(?:\.com|-cdn)"),
    (Vendor.PERSONIO, r"\.jobs\.personio\.(?:de|com)", r"jobs\.personio\.|personio-"),
    (Vendor.BAMBOOHR, r"\.bamboohr\.com", r"bamboohr\.com/(?:careers|jobs)|BambooHR-ATS"),
    (Vendor.JAZZHR, r"\.applytojob\.com|\.jazz\.co", r"applytojob\.com|resumator"),
)
_COMPILED = tuple((vendor, re.compile(url, re.IGNORECASE), re.compile(markup, re.IGNORECASE))
                  for vendor, url, markup in _MARKERS)
MAX_HTML_SCANNED = 2_000_000  # markers sit in the head, the embed script or the form; a huge page is cut


def detect_vendor(urls: Iterable[str], html: str) -> Vendor | None:
    """The ATS behind a page, from its URL and frame URLs first, then from its markup; None if unknown."""
    urls = [u for u in urls if u]
    for vendor, url_pattern, _ in _COMPILED:
        if any(url_pattern.search(url) for url in urls):
            return vendor
    head = html[:MAX_HTML_SCANNED]
    for vendor, _, markup_pattern in _COMPILED:
        if markup_pattern.search(head):
            return vendor
    return None
