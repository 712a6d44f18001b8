"""Language identification with py3langid, whose model ships in its wheel (nothing is downloaded).

One identifier for the whole tool: the classifier names a form's language with it
(``formaudit.classify.language``), and collect uses it to choose between legacy encodings that decode
a page equally cleanly (``formaudit.collect.charset``). Restricted to the languages application forms
are written in, which removes the rare-language guesses short texts attract.
"""

from __future__ import annotations

from functools import cache
from typing import Any

LANGUAGE_NAMES: dict[str, str] = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ms": "Malay", "mt": "Maltese", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "th": "Thai", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese", "und": "undetermined",
}
# Scripts that name their language on their own (Korean, Japanese, Greek, Thai, Hebrew) are decided
# before statistics by the classifier; the identifier chooses among the rest.
CANDIDATES: tuple[str, ...] = tuple(sorted(set(LANGUAGE_NAMES) - {"und", "ko", "ja", "el", "th", "he"}))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def best(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` and its probability (cheaper than ranking them all)."""
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


def rank(text: str) -> list[tuple[str, float]]:
    """Candidate languages of ``text`` with their probabilities, most likely first."""
    return [(str(code), float(probability)) for code, probability in _identifier().rank(text)]
