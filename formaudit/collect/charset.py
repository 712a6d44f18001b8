"""Which encoding a page is in, decided the way browsers decide it, then better where they guess.

Precedence, as the HTML standard has it: a byte-order mark; the HTTP ``Content-Type`` charset; a
``<meta charset>`` or ``<meta http-equiv>`` in the first bytes; then UTF-8 if the bytes are valid
UTF-8. Only a page that declares nothing and is not UTF-8 is guessed, and there browsers read
windows-1252, which turns a Turkish "Çalıştınız" into "Çalýþtýnýz" and hides every question from
the classifier. formaudit reads the language of the page's ASCII words (``formaudit.langid``) to
choose between Latin code pages that differ in a few letters, and asks ``charset-normalizer`` for
the rest (Cyrillic, Greek, Arabic, CJK). What was guessed is said in a warning on the target.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from formaudit.langid import best

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_TAGS = re.compile(r"<[^>]*>|&[#\w]+;")
PRESCAN_BYTES = 1024 * 4  # the standard prescans 1024; real pages put long <head>s first
SAMPLE_BYTES = 256 * 1024  # what the detector reads of a large page: enough to tell, bounded in time
CLOSE = 0.05  # candidates within this mess ratio of the cleanest are compared for mojibake
_MOJIBAKE = re.compile("[\ufffd\x80-\x9f\uff61-\uff9f]")
CONFIDENT_LANGUAGE = 0.5  # sure enough of the language to take its code page without the detector
MIN_ASCII_LETTERS = 20  # fewer ASCII letters than this cannot name a language
# The legacy Windows code page of each Latin-script language: windows-1252 for Western Europe (whose
# single non-ASCII byte, a euro sign, a detector may take for anything), the others for the languages
# windows-1252 would misread.
LEGACY_CODE_PAGES: dict[str, str] = {
    **dict.fromkeys(("en", "de", "fr", "es", "nl", "it", "pt", "ca", "gl", "eu", "sv", "da", "no", "fi", "is",
                     "id", "ms", "sw", "tl"), "cp1252"),
    "tr": "cp1254", "pl": "cp1250", "cs": "cp1250", "sk": "cp1250", "hu": "cp1250", "ro": "cp1250",
    "hr": "cp1250", "sl": "cp1250", "sq": "cp1250", "lt": "cp1257", "lv": "cp1257", "et": "cp1257",
    "vi": "cp1258",
}
# The labels browsers treat as windows-1252 (the standard maps them so) or UTF-8.
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
            "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "x-sjis": "shift_jis"}


@dataclass(frozen=True)
class Decoded:
    """A page's text, the encoding it was read in, and how that was decided."""

    text: str
    encoding: str
    source: str  # "bom", "http", "meta", "utf-8", "detected", "fallback"
    warning: str | None = None


def _codec(label: str) -> str | None:
    name = _ALIASES.get(label.strip().lower(), label.strip())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def encoding_label(codec: str) -> str:
    """The name people know a codec by: ``cp1254`` -> ``windows-1254``."""
    return f"windows-{codec[2:]}" if codec.startswith("cp125") else codec


def http_charset(content_type: str | None) -> str | None:
    """The charset a ``Content-Type`` header declares, if any."""
    found = _HTTP_CHARSET.search(content_type or "")
    return found.group(1) if found else None


def declared_encoding(raw: bytes, content_type: str | None = None) -> tuple[str, str] | None:
    """(codec, how it was declared) from a BOM, the HTTP header or a meta tag; None when nothing says."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding, "bom"
    header = http_charset(content_type)
    if header and _codec(header):
        return str(_codec(header)), "http"
    meta = _META_CHARSET.search(raw[:PRESCAN_BYTES])
    if meta:
        codec = _codec(meta.group(1).decode("ascii", "replace"))
        if codec:
            return codec, "meta"
    return None


def decode_document(raw: bytes, content_type: str | None = None) -> Decoded:
    """The page's text: declared encoding first, then UTF-8, then detection; never raises."""
    declared = declared_encoding(raw, content_type)
    if declared is not None:
        codec, source = declared
        return Decoded(raw.decode(codec, errors="replace"), codec, source)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    detected = detect_encoding(raw)
    if detected is None:
        return Decoded(raw.decode("cp1252", errors="replace"), "cp1252", "fallback",
                       "no charset declared and the encoding could not be detected: read as windows-1252")
    return Decoded(raw.decode(detected, errors="replace"), detected, "detected",
                   f"no charset declared and not UTF-8: read as {encoding_label(detected)} (detected)")


def detect_encoding(raw: bytes) -> str | None:
    """The legacy encoding of an undeclared page, or None when the detector finds none.

    Latin-script pages in Central European, Turkish, Baltic or Vietnamese differ from windows-1252 in a
    few letters only, and a detector scores them all as equally clean. Their ASCII words, which every
    such encoding decodes alike, tell the language, and the language tells the code page its
    writers' systems used (as a browser set to that locale would). Other pages go to the detector.
    """
    sample = raw[:SAMPLE_BYTES]
    suggested = _code_page_of_language(sample)
    if suggested is not None and suggested[1] >= CONFIDENT_LANGUAGE:
        return suggested[0]
    matches = list(from_bytes(sample))
    if not matches:
        return None
    # Among the cleanest candidates, prefer the one with the fewest signs of mojibake (replacement
    # characters, C1 controls, half-width katakana: Big5 read as Shift_JIS is full of them), then the
    # code page of the language the ASCII words suggest, however unsure: windows-1252 and windows-1254
    # are equally clean on a short Turkish page, and only the language tells them apart.
    cleanest = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= cleanest + CLOSE]
    hint = suggested[0] if suggested else None

    def mojibake(encoding: str) -> int:
        return len(_MOJIBAKE.findall(sample.decode(encoding, errors="replace")))

    chosen = min(close, key=lambda m: (mojibake(str(m.encoding)), _codec(str(m.encoding)) != hint, m.chaos))
    return str(chosen.encoding)


def _code_page_of_language(sample: bytes) -> tuple[str, float] | None:
    """The legacy code page of the language the page's ASCII words are in, with the language's
    probability; None when there are too few words or the language has no such code page."""
    words = " ".join(_TAGS.sub(" ", sample.decode("ascii", errors="ignore")).split())
    if sum(ch.isalpha() for ch in words) < MIN_ASCII_LETTERS:
        return None
    language, probability = best(words[:4000])
    code_page = LEGACY_CODE_PAGES.get(language)
    if code_page is None:
        return None
    try:
        sample.decode(code_page)
    except UnicodeDecodeError:
        return None
    return code_page, probability
