"""Binary data in models: raw bytes in Python, base64 text in JSON (screenshots)."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from pydantic import BeforeValidator, PlainSerializer


def _bytes_from_base64(value: object) -> object:
    if isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise ValueError("not valid base64") from exc
    return value


# Raw bytes in Python, base64 text in JSON. (pydantic's Base64Bytes would instead base64-*decode*
# raw bytes handed to a constructor, silently garbling a PNG passed from one model to another.)
Base64Data = Annotated[
    bytes,
    BeforeValidator(_bytes_from_base64),
    PlainSerializer(lambda data: base64.b64encode(data).decode("ascii"), return_type=str, when_used="json"),
]
