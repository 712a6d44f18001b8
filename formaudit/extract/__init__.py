"""Extraction: from a Snapshot to typed forms and fields (the only package that imports bs4).

    from formaudit.extract import extract
    inventory = extract(snapshot)   # PageInventory: forms, fields, warnings

Works on browser snapshots (live state stamped by the collector, shadow roots as
``template[shadowrootmode]``, frames in ``div[data-fa-frame]`` containers) and on static ones (raw
HTML: visibility inferred from the markup, field ids from DOM paths).
"""

from __future__ import annotations

from formaudit.extract.page import NO_FIELDS_WARNING, extract

__all__ = ["NO_FIELDS_WARNING", "extract"]
