"""What a run asks of its reporters: one model shared by every format, filled by the CLI and the config."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from formaudit.gate.outcome import DEFAULT_FAIL_ON
from formaudit.models.findings import Severity

# GitHub caps a step's job summary at 1 MiB (1,048,576 bytes); stay clear of it with room to spare.
GITHUB_SUMMARY_LIMIT = 1_048_576
DEFAULT_MARKDOWN_MAX_BYTES = 1_000_000


class ReportOptions(BaseModel):
    """Settings for rendering reports. Every field has a default that suits a local run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    include_screenshots: bool = Field(
        default=True, description="Embed full-page screenshots in HTML and JSON (they can be large)."
    )
    fail_on: Severity = Field(
        default=DEFAULT_FAIL_ON,
        description="For results no gate judged (``Finding.gate`` unset): the severity that fails, as the "
        "gate's default. Gated findings carry their outcome and this is not consulted.",
    )
    source_root: Path | None = Field(
        default=None, description="Repository root that SARIF paths are relative to (default: the cwd)."
    )
    target_locations: dict[str, tuple[str, int]] = Field(
        default_factory=dict,
        description="Target -> (config file path relative to the repo root, line that declares it).",
    )
    sarif_category: str | None = Field(
        default=None,
        description="SARIF runAutomationDetails.id, to tell apart several uploads on one commit.",
    )
    markdown_max_bytes: int = Field(
        default=DEFAULT_MARKDOWN_MAX_BYTES,
        ge=2_000,
        le=GITHUB_SUMMARY_LIMIT,
        description="The Markdown report is cut to this many UTF-8 bytes (GitHub's job summary limit).",
    )
    html_report_url: str | None = Field(
        default=None, description="Where the HTML report will be published, linked from the Markdown."
    )
    file_names: dict[str, str] = Field(
        default_factory=dict, description="Format -> file name, overriding formaudit.<extension>."
    )
