"""What the collector is asked to do: the contract between the CLI/config and the browser edge."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

# Placeholder text typed by a ``fill`` step: obviously fake, so nothing real can leak even if a page
# sends it somewhere despite the network block on form submissions.
PLACEHOLDER_TEXT = "formaudit placeholder"


class ClickStep(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Literal["click"] = "click"
    selector: str


class FillStep(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Literal["fill"] = "fill"
    selector: str
    value: str = PLACEHOLDER_TEXT


class SelectStep(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Literal["select"] = "select"
    selector: str
    option: str = Field(description="The option's label or value.")


class WaitForStep(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Literal["wait_for"] = "wait_for"
    selector: str


Step = Annotated[ClickStep | FillStep | SelectStep | WaitForStep, Field(discriminator="action")]


class Cookie(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    value: SecretStr = Field(repr=False)
    domain: str | None = None
    path: str = "/"
    url: str | None = None


class CollectOptions(BaseModel):
    """Settings shared by every target of one run.

    ``headers`` and ``cookies`` are credentials (``SecretStr``: never printed) and reach only the
    sites the caller allows (``formaudit.config.auth_origins``); ``storage_state`` is a Playwright
    storage-state file loaded into every browser context.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    timeout_s: float = Field(default=30.0, gt=0, description="Per target: load, settle and serialise.")
    settle_ms: int = Field(default=500, ge=0, description="Quiet time after the last DOM change.")
    viewport_width: int = 1280
    viewport_height: int = 900
    screenshot: bool = True
    max_html_bytes: int = Field(default=20_000_000, description="Refuse pages whose DOM is larger.")
    headers: dict[str, SecretStr] = Field(default_factory=dict, repr=False)
    cookies: tuple[Cookie, ...] = Field(default=(), repr=False)
    storage_state: Path | None = None
    max_clicks: int = Field(default=6, ge=0, le=20, description="Clicks formaudit may make on its own to get "
                            "from the page to the application form (Apply, Apply manually, a tab); 0: none.")


class CollectRequest(BaseModel):
    """One target to collect, with the steps that bring its form on screen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    target: str
    steps: tuple[Step, ...] = ()
