"""Walking from the page a user named to the application form, as a candidate would, read-only.

Each round surveys every frame (``js/survey.js``), then decides with ``road.py``: dismiss a cookie
banner with its reject choice, stop at a wall, stop at a form (after opening what only hides more
questions), or click the control most likely to lead on, up to ``max_clicks``. Nothing is typed. The
click guard refuses anything that could submit, agree or sign in elsewhere, and the network guard is
told which field names the page's forms hold, so a request that carries them is blocked too.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit

from formaudit.collect import road
from formaudit.collect.capture import MAX_FRAMES
from formaudit.collect.frames import CAPTCHA_URL
from formaudit.collect.guard import NetworkGuard
from formaudit.collect.scripts import script
from formaudit.models.road import Reached, Road, RoadAction, RoadStep
from formaudit.text import fold

if TYPE_CHECKING:
    from playwright.async_api import Page

MAX_REVEALS = 6
SURVEY_CONTROLS = 400
SURVEY_TEXT = 8000
JPEG_QUALITY = 55
CLICK_TIMEOUT_S = 5.0
MAX_REFUSALS_LISTED = 10
POPUP_WAIT_ROUNDS, POPUP_WAIT_S = 5, 0.05


class RoadWalk:
    """One walk on one page; ``settle`` waits until the page stops changing after a click."""

    def __init__(self, page: Page, guard: NetworkGuard, settle: Callable[[], Awaitable[object]], *,
                 max_clicks: int, screenshots: bool, deadline: float) -> None:
        self.page, self.guard, self.settle = page, guard, settle
        self.max_clicks, self.screenshots, self.deadline = max_clicks, screenshots, deadline
        self.steps: list[RoadStep] = []
        self.refused: list[str] = []
        self.tried: set[str] = set()
        self.dead_end: str | None = None  # a click that led to an error page
        self.side_forms_only = False

    def _left_s(self) -> float:
        return self.deadline - asyncio.get_running_loop().time()

    async def walk(self, *, by_steps: bool = False) -> Road:
        start = self.page.url
        cookies_done = False
        while True:
            surveys = await self.survey()
            if not cookies_done and not by_steps:
                cookies_done = True
                banner_choice = road.cookie_choice(surveys)
                if banner_choice is not None and await self._click(banner_choice, road_action=RoadAction.COOKIES):
                    continue
            self.side_forms_only = road.only_side_forms(surveys)
            wall = road.find_wall(surveys)
            if wall is not None:
                return self._road(start, "wall", wall=wall, by_steps=by_steps)
            if road.holds_form(surveys):
                surveys = await self._reveal(surveys)
                return self._road(start, "form", flow=road.find_flow(surveys), by_steps=by_steps)
            if by_steps:
                return self._road(start, "nothing", by_steps=True,
                                  note="the config's steps were run; no application form was on screen after them")
            clicks = sum(1 for step in self.steps if step.action is RoadAction.CLICK)
            if clicks >= self.max_clicks:
                return self._road(start, "nothing", note=(
                    f"no application form within {self.max_clicks} clicks (raise max_clicks in the config or "
                    "--max-clicks, or give steps)"))
            if self._left_s() < 1.0:
                return self._road(start, "nothing", note="the time for this target ran out on the way to the form")
            choice, refusals = road.next_click(surveys, self.tried)
            self.refused.extend(r for r in refusals if r not in self.refused)
            if choice is None:
                return self._road(start, "nothing", note=_nothing_found(clicks))
            if not await self._click(choice.control, road_action=RoadAction.CLICK):
                return self._road(start, "nothing",
                                  note=f"clicking “{choice.control.text}” did not work on this page")
            if self.dead_end is not None:
                return self._road(start, "nothing", note=self.dead_end)

    async def survey(self) -> list[road.Survey]:
        """Every readable frame's survey, the top document first."""
        surveys: list[road.Survey] = []
        nonce = secrets.token_hex(4)
        fields: list[str] = []
        links: list[str] = []
        # The frames capture reads, no more: a page with hundreds of frames must not eat the time.
        for index, frame in enumerate(self.page.frames[: MAX_FRAMES + 1]):
            if index and CAPTCHA_URL.search(frame.url or ""):
                continue  # the puzzle's own frame: its checkbox is not a way to the form
            try:
                raw = await asyncio.wait_for(frame.evaluate(script("survey"), {
                    "nonce": f"{nonce}{index}", "maxControls": SURVEY_CONTROLS, "maxText": SURVEY_TEXT,
                }), max(0.5, min(5.0, self._left_s())))
                survey = road.Survey.model_validate(raw)
            except Exception:  # a frame that went away or cannot be read: the others still count
                continue
            survey = survey.model_copy(update={"controls": tuple(c.model_copy(update={"frame": index})
                                                                 for c in survey.controls)})
            surveys.append(survey)
            fields.extend(survey.field_names)
            links.extend(survey.links)
        self.guard.forbid_form_data(fields, links)
        return surveys

    async def _reveal(self, surveys: list[road.Survey]) -> list[road.Survey]:
        """Open what only hides more questions, without answering anything; survey again if it did."""
        for _ in range(MAX_REVEALS):
            controls = road.reveal_controls(surveys, self.tried)
            if not controls or self._left_s() < 1.0:
                break
            if not await self._click(controls[0], road_action=RoadAction.REVEAL):
                self.tried.add(fold(controls[0].text))
                continue
            surveys = await self.survey()
        return surveys

    async def _click(self, control: road.Control, *, road_action: RoadAction) -> bool:
        """Press one control the guard allowed (or follow its link), wait for the page, record the step."""
        from playwright.async_api import Error as PlaywrightError

        self.tried.add(fold(control.text))
        shot = await self._screenshot()
        timeout_ms = max(500.0, min(CLICK_TIMEOUT_S, self._left_s()) * 1000)
        try:
            if _follows_link(control, self.page.url):
                # A link is followed in this tab even when it would open a new one (target=_blank),
                # as a candidate ends up on that page either way.
                response = await self.page.goto(control.href, wait_until="domcontentloaded", timeout=timeout_ms)
                if response is not None and response.status >= 400:
                    self.dead_end = f"“{control.text}” led to {control.href}, which answered HTTP {response.status}"
            else:
                frames = self.page.frames
                frame = frames[control.frame] if control.frame < len(frames) else self.page.main_frame
                popups_before = len(self.guard.popup_urls)
                await frame.locator(f'[data-fa-road="{control.ref}"]').first.click(timeout=timeout_ms)
                await self.page.wait_for_load_state("domcontentloaded", timeout=timeout_ms)
                # An Apply button that opens the form in a new window (window.open): the window is
                # closed and its requests blocked as always, and the address it wanted is followed here.
                opened = await self._popup_address(popups_before)
                if opened is not None:
                    await self.page.goto(opened, wait_until="domcontentloaded", timeout=timeout_ms)
        except (PlaywrightError, IndexError):
            return False
        await self.settle()
        self.steps.append(RoadStep(action=road_action, text=control.text, url=self.page.url, screenshot_jpeg=shot))
        return True

    async def _popup_address(self, seen: int) -> str | None:
        for _ in range(POPUP_WAIT_ROUNDS):  # the window's first request follows the click by a moment
            fresh = [url for url in self.guard.popup_urls[seen:] if urlsplit(url).scheme in ("http", "https", "file")]
            if fresh:
                return fresh[0]
            await asyncio.sleep(POPUP_WAIT_S)
        return None

    async def _screenshot(self) -> bytes | None:
        if not self.screenshots or self._left_s() < 2.0:
            return None
        try:
            return await self.page.screenshot(type="jpeg", quality=JPEG_QUALITY, full_page=False,
                                              timeout=min(5.0, self._left_s() / 2) * 1000)
        except Exception:  # the road is still worth having without its picture
            return None

    def _road(self, start: str, reached: Reached, **details: object) -> Road:
        refused = tuple(self.refused[:MAX_REFUSALS_LISTED])
        return Road.model_validate({"start_url": start, "steps": tuple(self.steps), "reached": reached,
                                    "refused": refused, "side_forms_only": self.side_forms_only, **details})


def _follows_link(control: road.Control, current: str) -> bool:
    if control.tag != "a" or urlsplit(control.href).scheme not in ("http", "https", "file"):
        return False
    return urldefrag(control.href).url != urldefrag(current).url


def _nothing_found(clicks: int) -> str:
    where = "on this page" if not clicks else f"after {clicks} click{'s' if clicks > 1 else ''}"
    return (f"no application form, and no control that leads to one (such as “Apply”), was found {where}; "
            "if the form is behind a control formaudit does not recognise, give steps in the config")
