"""The HTML report: one self-contained file a recruiter can open, share, read on a phone and print.

Jinja2 with autoescaping on renders every value; nothing is assembled from strings. The page loads
nothing: styles and the small filter script are inline and allowed by their SHA-256 hashes in a strict
Content-Security-Policy, screenshots are ``data:`` URIs, and there are no fonts or external links that
load on their own. Filters only read attributes formaudit wrote (severities, category ids, anchors).
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files

import jinja2
from markupsafe import Markup

from formaudit.models.result import AuditResult
from formaudit.reporters.html_view import ReportView, build_view
from formaudit.reporters.options import ReportOptions
from formaudit.reporters.text import minutes, no_controls


def _asset(name: str) -> str:
    return (files("formaudit") / "templates" / name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(css: str, js: str) -> str:
    # default-src 'none' forbids every fetch; data: images are the embedded screenshots. form-action
    # and base-uri close the remaining ways a page can be made to send something somewhere.
    return "; ".join(
        (
            "default-src 'none'",
            "img-src data:",
            f"style-src {csp_hash(css)}",
            f"script-src {csp_hash(js)}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def _finalize(value: object) -> object:
    # Every {{ value }} passes here before autoescaping: control characters from a page (NUL, escape
    # sequences) are made visible instead of reaching the document. Our own Markup passes untouched.
    if isinstance(value, str) and not isinstance(value, Markup):
        return no_controls(value)
    return value


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        finalize=_finalize,
        loader=jinja2.PackageLoader("formaudit", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["minutes"] = minutes
    return env


def crop_rules(view: ReportView) -> str:
    """CSS that cuts each screenshot to its form's columns; numbers only, computed by formaudit.

    Kept in the stylesheet rather than in style="" attributes, which a hash-based CSP would block.
    """
    rules = []
    for target in view.targets:
        shot = target.screenshot
        if shot is not None and shot.crop is not None:
            rules.append(
                f"#{shot.element_id} .shot-frame {{ width: {shot.crop.frame_width}; "
                f"margin-left: {shot.crop.shift_left}; }}\n"
            )
    return "".join(rules)


class HtmlReporter:
    name = "html"
    extension = "html"

    def render(self, result: AuditResult, options: ReportOptions) -> str:
        view = build_view(result, include_screenshots=options.include_screenshots)
        css, js = _asset("report.css") + crop_rules(view), _asset("report.js")
        template = _environment().get_template("report.html.j2")
        # Our own stylesheet and script are trusted: Markup keeps autoescaping from mangling "<" or "&"
        # in them, and the CSP hashes are of exactly these strings.
        return template.render(
            view=view, css=Markup(css), js=Markup(js), csp=content_security_policy(css, js)
        )
