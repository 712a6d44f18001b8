"""``formaudit doctor``: which Chromium formaudit will use, and whether it really starts.

Exit 0 when the browser launches and loads a blank page, 3 otherwise (the code for "no usable
browser"). ``--install-browser`` first makes sure one is installed; the Makefile's set-up runs it on
every build, so when a browser is already there it stays quick and prints only the usual report.
"""

from __future__ import annotations

import click

from formaudit.collect.browser import HOW_TO_GET_ONE, browser_version, check_launch, find_browser, install_browser
from formaudit.errors import BrowserNotFoundError

EXIT_NO_BROWSER = 3


@click.command("doctor")
@click.option("--install-browser", "install", is_flag=True,
              help="Install Chromium first if none is found (apt-get as root on Debian/Ubuntu, "
                   "else Playwright).")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Seconds to wait for the browser to start.")
def doctor(install: bool, timeout_s: float) -> None:
    """Check that a Chromium is available and starts."""
    if install:
        try:
            outcome = install_browser()
        except BrowserNotFoundError as exc:
            click.echo(f"error: {exc}", err=True)
            raise click.exceptions.Exit(EXIT_NO_BROWSER) from exc
        if outcome.action != "none":
            click.echo(outcome.message)
    try:
        found = find_browser()
    except BrowserNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        raise click.exceptions.Exit(EXIT_NO_BROWSER) from exc

    click.echo(f"browser:  {found.path}")
    click.echo(f"found by: {found.how_found}")
    check = check_launch(found, timeout_s=timeout_s)
    click.echo(f"version:  {check.version or browser_version(found.path) or 'unknown'}")
    if check.ok:
        click.echo(f"launch:   ok (started and loaded about:blank in {check.seconds:.1f} s)")
        return
    click.echo(f"launch:   FAILED: {check.error}", err=True)
    click.echo(HOW_TO_GET_ONE, err=True)
    raise click.exceptions.Exit(EXIT_NO_BROWSER)
