"""The user's declared steps (click, fill, select, wait_for): the only input formaudit ever gives a page.

Fills type the placeholder text from the options, never anything real, and the network guard still
blocks every request that would send it.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from formaudit.collect.failures import first_line
from formaudit.collect.options import ClickStep, FillStep, SelectStep, Step, WaitForStep
from formaudit.errors import TargetContentError, TargetError, TargetTimeoutError

if TYPE_CHECKING:
    from playwright.async_api import Page


# Whether the step's option names an option by its label or by its value (labels win, as people
# write what they see).
_OPTION_MATCH = """
(select, wanted) => {
  const options = Array.from(select.options || []);
  if (options.some((o) => o.label.trim() === wanted.trim())) return "label";
  if (options.some((o) => o.value === wanted)) return "value";
  return null;
}
"""


def describe(step: Step) -> str:
    if isinstance(step, SelectStep):
        return f"select {step.option!r} in {step.selector!r}"
    return f"{step.action} {step.selector!r}"


async def _run_one(page: Page, step: Step, timeout_ms: float) -> None:
    locator = page.locator(step.selector).first
    if isinstance(step, ClickStep):
        await locator.click(timeout=timeout_ms)
    elif isinstance(step, FillStep):
        await locator.fill(step.value, timeout=timeout_ms)
    elif isinstance(step, SelectStep):
        await locator.wait_for(state="attached", timeout=timeout_ms)
        matches = await locator.evaluate(_OPTION_MATCH, step.option)
        if matches == "label":
            await locator.select_option(label=step.option, timeout=timeout_ms)
        elif matches == "value":
            await locator.select_option(value=step.option, timeout=timeout_ms)
        else:
            raise ValueError(f"no option labelled or valued {step.option!r}")
    elif isinstance(step, WaitForStep):
        await locator.wait_for(state="visible", timeout=timeout_ms)


async def run_steps(page: Page, target: str, steps: tuple[Step, ...], *, deadline: float) -> None:
    """Run the steps in order; the first that fails ends the target with a TargetError naming it.

    Auditing the page anyway would audit the wrong state (the form the step should have revealed is
    missing) and report it clean, so a failed step is an error, not a warning.
    """
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    loop = asyncio.get_running_loop()
    for number, step in enumerate(steps, start=1):
        remaining_ms = (deadline - loop.time()) * 1000
        what = f"step {number} ({describe(step)})"
        if remaining_ms <= 0:
            raise TargetTimeoutError(target, f"{what} did not start: the time for this target was used up")
        try:
            await _run_one(page, step, remaining_ms)
        except TargetError:
            raise
        except PlaywrightTimeout as exc:
            raise TargetTimeoutError(
                target, f"{what} did not complete within the time left ({remaining_ms / 1000:.1f} s): "
                        "no matching element was ready"
            ) from exc
        except Exception as exc:
            raise TargetContentError(target, f"{what} failed: {first_line(exc)}") from exc
