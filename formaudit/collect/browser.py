"""Finding, installing and launching Chromium: the one place that knows where browsers live.

Discovery order: an explicit path in ``FORMAUDIT_CHROMIUM``; Playwright's own Chromium when it has been
downloaded; a system Chromium. An explicit path that does not work is an error, not a hint to look
elsewhere: silently auditing with a different browser than the one asked for would be a surprise.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from formaudit.errors import BrowserNotFoundError

if TYPE_CHECKING:
    from playwright.async_api import Browser, Playwright

ENV_VAR = "FORMAUDIT_CHROMIUM"
SYSTEM_CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                         "/snap/bin/chromium")
SYSTEM_CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

HOW_TO_GET_ONE = (
    "Install one with `sudo apt-get install chromium` (Debian/Ubuntu) or "
    "`python -m playwright install chromium` (elsewhere), or set FORMAUDIT_CHROMIUM to a Chromium "
    "executable. `formaudit doctor --install-browser` does this for you."
)

BrowserSource = Literal["environment", "playwright", "system"]
_SOURCE_WORDS: dict[BrowserSource, str] = {
    "environment": f"the {ENV_VAR} environment variable",
    "playwright": "Playwright's own Chromium",
    "system": "a system Chromium",
}


@dataclass(frozen=True)
class FoundBrowser:
    path: Path
    source: BrowserSource

    @property
    def how_found(self) -> str:
        return _SOURCE_WORDS[self.source]


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def playwright_chromium_path() -> str | None:
    """Where Playwright keeps its own Chromium (whether or not it was downloaded), or None."""

    def ask() -> str | None:
        try:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                return playwright.chromium.executable_path
        except Exception:  # a broken Playwright install must not hide a working system Chromium
            return None

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return ask()
    # Playwright's sync API refuses to run inside an event loop; a thread has none.
    answer: list[str | None] = [None]
    worker = threading.Thread(target=lambda: answer.__setitem__(0, ask()), daemon=True)
    worker.start()
    worker.join(timeout=60)
    return answer[0]


def find_browser(
    *,
    environ: Mapping[str, str] | None = None,
    playwright_path: Callable[[], str | None] = playwright_chromium_path,
    system_paths: Sequence[str] = SYSTEM_CHROMIUM_PATHS,
    which: Callable[[str], str | None] = shutil.which,
) -> FoundBrowser:
    """The Chromium formaudit will use, or :class:`BrowserNotFoundError` saying how to get one."""
    environ = os.environ if environ is None else environ
    explicit = environ.get(ENV_VAR, "").strip()
    if explicit:
        path = Path(explicit).expanduser()
        if not _is_executable(path):
            problem = "is not executable" if path.is_file() else "does not exist"
            raise BrowserNotFoundError(
                f"{ENV_VAR} is set to {explicit}, which {problem}. Point it at a Chromium executable "
                f"or unset it. {HOW_TO_GET_ONE}"
            )
        return FoundBrowser(path, "environment")
    bundled = playwright_path()
    if bundled and _is_executable(Path(bundled)):
        return FoundBrowser(Path(bundled), "playwright")
    for candidate in system_paths:
        if _is_executable(Path(candidate)):
            return FoundBrowser(Path(candidate), "system")
    for name in SYSTEM_CHROMIUM_NAMES:
        located = which(name)
        if located and _is_executable(Path(located)):
            return FoundBrowser(Path(located), "system")
    raise BrowserNotFoundError(f"No Chromium found. {HOW_TO_GET_ONE}")


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def chromium_args(*, as_root: bool | None = None) -> list[str]:
    """Command-line switches for every Chromium formaudit starts (collector, doctor, benchmarks)."""
    args = [
        # Without these Chromium phones home for updates, sync and field trials, and can stall
        # for minutes on a machine without internet.
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        # Containers often give /dev/shm 64 MB, which large pages exhaust.
        "--disable-dev-shm-usage",
    ]
    if running_as_root() if as_root is None else as_root:
        args.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    return args


async def launch_chromium(playwright: Playwright, browser: FoundBrowser, *,
                          timeout_s: float = 60.0) -> Browser:
    """Start the found Chromium headless, or raise BrowserNotFoundError naming what went wrong."""
    try:
        return await playwright.chromium.launch(
            executable_path=str(browser.path), headless=True, args=chromium_args(), timeout=timeout_s * 1000
        )
    except Exception as exc:
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise BrowserNotFoundError(f"Chromium at {browser.path} did not start: {first_line}") from exc


def browser_version(path: Path) -> str | None:
    """What ``chromium --version`` says, without starting a browser window."""
    try:
        done = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=20,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return lines[0] if done.returncode == 0 and lines else None


@dataclass(frozen=True)
class LaunchCheck:
    ok: bool
    version: str | None
    seconds: float
    error: str | None = None


def check_launch(browser: FoundBrowser, *, timeout_s: float = 60.0) -> LaunchCheck:
    """Really start the browser and load about:blank, as ``formaudit doctor`` promises."""
    from playwright.async_api import async_playwright

    async def attempt() -> str:
        async with async_playwright() as playwright:
            launched = await launch_chromium(playwright, browser, timeout_s=timeout_s)
            try:
                page = await launched.new_page()
                await page.goto("about:blank", timeout=timeout_s * 1000)
                return launched.version
            finally:
                await launched.close()

    started = time.monotonic()
    try:
        version = asyncio.run(asyncio.wait_for(attempt(), timeout_s))
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return LaunchCheck(False, browser_version(browser.path), time.monotonic() - started, reason)
    return LaunchCheck(True, version, time.monotonic() - started)


# --- installing -------------------------------------------------------------------------------------

InstallAction = Literal["none", "apt", "playwright"]
Runner = Callable[..., "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class InstallReport:
    action: InstallAction
    browser: FoundBrowser
    message: str


def is_debian_like(os_release: Path = Path("/etc/os-release")) -> bool:
    if Path("/etc/debian_version").exists():
        return True
    try:
        text = os_release.read_text(encoding="utf-8").lower()
    except OSError:
        return False
    return any(word in text for word in ("id=debian", "id=ubuntu", "id_like=debian", "id_like=ubuntu",
                                         'id_like="debian', 'id_like="ubuntu'))


def install_commands(*, debian_root: bool) -> tuple[InstallAction, list[list[str]]]:
    if debian_root:
        return "apt", [["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]]
    return "playwright", [[sys.executable, "-m", "playwright", "install", "chromium"]]


def install_browser(
    *,
    find: Callable[[], FoundBrowser] = find_browser,
    run: Runner = subprocess.run,
    debian_root: bool | None = None,
) -> InstallReport:
    """Make sure a Chromium is there: nothing to do if one is found, else apt-get or Playwright."""
    try:
        found = find()
        return InstallReport("none", found, f"Chromium already available: {found.path} ({found.how_found})")
    except BrowserNotFoundError:
        if os.environ.get(ENV_VAR, "").strip():
            raise  # the user named a browser; installing another one would not honour that

    if debian_root is None:
        debian_root = running_as_root() and is_debian_like() and shutil.which("apt-get") is not None
    action, commands = install_commands(debian_root=debian_root)
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in commands:
        shown = " ".join(command)
        try:
            done = run(command, capture_output=True, text=True, env=environment, check=False)
        except OSError as exc:
            raise BrowserNotFoundError(f"could not run `{shown}`: {exc}. {HOW_TO_GET_ONE}") from exc
        if done.returncode != 0:
            tail = (done.stderr or done.stdout or "").strip().splitlines()[-3:]
            detail = " / ".join(tail) if tail else "no output"
            raise BrowserNotFoundError(
                f"`{shown}` failed with exit code {done.returncode}: {detail}. {HOW_TO_GET_ONE}"
            )
    try:
        found = find()
    except BrowserNotFoundError as exc:
        raise BrowserNotFoundError(
            f"installation ({action}) finished but still no Chromium is found. {HOW_TO_GET_ONE}"
        ) from exc
    how = "apt-get install chromium" if action == "apt" else "python -m playwright install chromium"
    return InstallReport(action, found, f"Installed Chromium with `{how}`: {found.path}")
