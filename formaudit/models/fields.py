"""Forms and fields as a candidate meets them: the output of ``formaudit.extract``.

Plain frozen pydantic models: no BeautifulSoup or Playwright types inside, so every later stage
(classification, checks, reports) is a pure function of these values.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydanticField

from formaudit.models.snapshot import Box


class FieldKind(StrEnum):
    """What sort of control the candidate answers with."""

    TEXT = "text"
    EMAIL = "email"
    TEL = "tel"
    URL = "url"
    NUMBER = "number"
    DATE = "date"  # date, month, week, datetime-local, time, and merged split date parts
    PASSWORD = "password"
    TEXTAREA = "textarea"
    SELECT = "select"
    RADIO_GROUP = "radio_group"  # radios sharing a name (or role=radiogroup): one question
    CHECKBOX = "checkbox"  # a single checkbox: a consent, a yes/no
    CHECKBOX_GROUP = "checkbox_group"  # several checkboxes answering one question
    FILE = "file"
    CONTENTEDITABLE = "contenteditable"
    COMBOBOX = "combobox"
    LISTBOX = "listbox"
    SWITCH = "switch"
    SPINBUTTON = "spinbutton"
    CUSTOM = "custom"  # a web component whose inside we cannot see, named by its attributes


class LabelSource(StrEnum):
    """Which step of the label computation produced ``Field.label`` (after Chromium's LabelSource)."""

    ARIA_LABELLEDBY = "aria-labelledby"
    ARIA_LABEL = "aria-label"
    LABEL_FOR = "label-for"
    LABEL_WRAPPING = "label-wrapping"
    TITLE = "title"
    PLACEHOLDER = "placeholder"
    HOST_ATTRIBUTE = "host-attribute"  # a web component's label="" attribute
    LEGEND = "legend"  # group questions named by fieldset/legend or role=group's name
    TEXT_BEFORE = "text-before"  # visible text right before the control
    TEXT_AFTER = "text-after"  # checkboxes and radios: the text after the control
    TABLE_CELL = "table-cell"
    DEFINITION_TERM = "definition-term"
    CONTAINER = "container"  # a vendor's question wrapper (Lever, Workday, Greenhouse, ...)
    FLOATING_LABEL = "floating-label"
    VENDOR_METADATA = "vendor-metadata"  # e.g. Lever's baseTemplate JSON
    NAME_ATTRIBUTE = "name-attribute"  # last resort: the control's name/id made readable
    NONE = "none"


class Option(BaseModel):
    """One choice of a select, radio group, checkbox group or listbox: ``label`` is what the candidate
    reads, ``value`` what the page submits (None when the control has none)."""

    model_config = ConfigDict(frozen=True)

    label: str
    value: str | None = None
    selected: bool = False


class Field(BaseModel):
    """One question a candidate is asked: one control, or one group of radios or checkboxes.

    Read ``question`` (group label and label together) rather than ``label`` alone: a field labelled
    "Number" inside a fieldset "Passport" asks "Passport — Number". ``label_source`` says where that
    wording came from (``name-attribute`` is a guess from markup). ``visible`` is False for controls
    a candidate cannot see (``input type=hidden`` among them); they stay in the form, because what a
    page submits silently matters too. ``field_id`` is stable within one snapshot only; never use it
    as an identity across runs (fingerprints use meaning, see ``make_fingerprint``).
    """

    model_config = ConfigDict(frozen=True)

    field_id: str = PydanticField(description="Stable within one snapshot (the data-fa-id, or a DOM path).")
    kind: FieldKind
    label: str = PydanticField(description="Accessible name, or the visible text that names the field.")
    label_source: LabelSource
    name: str | None = None
    html_id: str | None = None
    input_type: str | None = None
    autocomplete: str | None = None
    placeholder: str | None = None
    group_label: str | None = None
    description: str | None = None
    section: str | None = None
    required: bool = False
    options: tuple[Option, ...] = ()
    accept: tuple[str, ...] = PydanticField(default=(), description="File types a file upload accepts.")
    multiple: bool = False
    min_length: int | None = None
    max_length: int | None = None
    visible: bool = True
    frame_url: str | None = None
    box: Box | None = None
    value: str | None = PydanticField(default=None, description="Prefilled value, if any.")
    hints: dict[str, str] = PydanticField(
        default_factory=dict,
        description="Raw vendor signals for the classifier: data-automation-id, data-qa, data-testid, ...",
    )

    @property
    def question(self) -> str:
        """The full question as a candidate reads it: group label and part label together."""
        if self.group_label and self.group_label not in self.label:
            return f"{self.group_label} — {self.label}" if self.label else self.group_label
        return self.label


class Form(BaseModel):
    """A group of fields a candidate fills in together: a <form>, or a cluster of controls outside one.

    ``fields`` are in page order and include hidden ones; ``questions`` is the visible subset.
    ``form_id`` is stable within one snapshot only.
    """

    model_config = ConfigDict(frozen=True)

    form_id: str
    title: str | None = PydanticField(default=None, description="Heading or accessible name of the form.")
    action: str | None = None
    method: str | None = None
    frame_url: str | None = None
    lang: str | None = PydanticField(
        default=None, description="The language the page declares for the form (nearest lang/xml:lang, "
        "as written); a hint only: pages declare en on German forms.")
    fields: tuple[Field, ...] = ()

    @property
    def questions(self) -> tuple[Field, ...]:
        """The fields a candidate actually sees and answers."""
        return tuple(f for f in self.fields if f.visible)


class PageInventory(BaseModel):
    """Every form found on one snapshot, in page order, as ``formaudit.extract`` returns them.

    No forms is never a clean page on its own: ``holds`` then says what the page shows instead, and
    ``warnings`` what could not be read (a frame whose document failed to load, for one).
    """

    model_config = ConfigDict(frozen=True)

    target: str
    final_url: str
    title: str | None = None
    forms: tuple[Form, ...] = ()
    warnings: tuple[str, ...] = ()
    holds: str | None = PydanticField(
        default=None, description="When no form was found: what the page holds instead, in a phrase "
        "(a sign-in page, a job description with an Apply link, an empty page).")
