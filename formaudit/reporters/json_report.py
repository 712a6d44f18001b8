"""The JSON report: the ``AuditResult`` itself, versioned, with a JSON Schema generated from the models.

``AuditResult.model_validate_json`` reads a report back into an equal result, so reports can be
re-rendered in any other format later (``formaudit merge`` and re-reporting rely on this).
"""

from __future__ import annotations

from typing import Any

from formaudit.models.result import RESULT_SCHEMA_VERSION, AuditResult
from formaudit.models.road import Road
from formaudit.reporters.options import ReportOptions

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# A URN, not a URL: the identifier must not pretend the schema is published somewhere.
SCHEMA_ID = f"urn:formaudit:schema:audit-result:{RESULT_SCHEMA_VERSION}"


def _road_without_screenshots(road: Road | None) -> Road | None:
    if road is None:
        return None
    return road.model_copy(update={"steps": tuple(s.model_copy(update={"screenshot_jpeg": None}) for s in road.steps)})


def without_screenshots(result: AuditResult) -> AuditResult:
    """The same result with every screenshot dropped (they are most of a report's size)."""
    targets = tuple(t.model_copy(update={"screenshot_png": None, "road": _road_without_screenshots(t.road)})
                    for t in result.targets)
    return result.model_copy(update={"targets": targets})


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON report, generated from the pydantic models."""
    schema = AuditResult.model_json_schema(mode="serialization")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "formaudit report",
        "description": (
            f"An AuditResult as formaudit's JSON reporter writes it, schema version {RESULT_SCHEMA_VERSION}. "
            "Screenshots are base64-encoded PNG; they are null when the report was written without them."
        ),
        **{k: v for k, v in schema.items() if k != "title"},
    }


class JsonReporter:
    name = "json"
    extension = "json"

    def render(self, result: AuditResult, options: ReportOptions) -> str:
        chosen = result if options.include_screenshots else without_screenshots(result)
        return chosen.model_dump_json(indent=2) + "\n"
