"""Score the classifier on the hand-labelled fields in tests/fixtures/labelled/.

    python benchmarks/score_classifier.py [--mistakes] [--split tuning|heldout] [--dir PATH]

Prints precision and recall per category (with true-positive / false-positive / false-negative
counts) for the tuning split, the held-out split and both together, then per language: fields
exactly right and the micro precision and recall over the sensitive categories (the core categories
for a core-level language), then whether every sensitive category reaches the goal (>= 0.95
precision and recall on the full set). ``--mistakes`` lists every misclassified field; ``--split``
restricts everything to one split (tune with ``--split tuning`` so the held-out split stays unseen);
``--lang`` to one language; ``--dir`` reads another folder (a blind round before its first run).
Exit status 1 when the goal is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from formaudit.classify.labelled import Outcome, Tally, evaluate, load_file, tally
from formaudit.lexicons import lexicons
from formaudit.models.categories import CORE_CATEGORIES, SENSITIVE_CATEGORIES, Category

GOAL = 0.95
DEFAULT_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "labelled"


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def table(title: str, outcomes: Sequence[Outcome]) -> list[str]:
    tallies = tally(outcomes)
    header = f"{'category':28} {'prec':>5} {'rec':>5} {'tp':>4} {'fp':>4} {'fn':>4}"
    lines = [f"\n{title}: {len(outcomes)} labelled fields", header]
    for category in Category:
        counts = tallies[category]
        if counts.true_positives + counts.false_positives + counts.false_negatives == 0:
            continue
        marker = "*" if category in SENSITIVE_CATEGORIES else " "
        lines.append(
            f"{marker}{category.value:27} {_ratio(counts.precision):>5} {_ratio(counts.recall):>5} "
            f"{counts.true_positives:4} {counts.false_positives:4} {counts.false_negatives:4}"
        )
    exact = sum(o.expected == o.predicted for o in outcomes)
    lines.append(f"fields classified exactly right: {exact}/{len(outcomes)}   (* = sensitive category)")
    return lines


def _lexicon_code(lang: str) -> str:
    """The lexicon a labelled language is read by ("nb" -> "no", "pt-BR" -> "pt")."""
    primary = lang.lower().split("-", 1)[0]
    for lexicon in lexicons():
        if primary in (lexicon.language.code, *lexicon.language.aliases):
            return lexicon.language.code
    return primary


def micro(outcomes: Sequence[Outcome], categories: frozenset[Category]) -> tuple[float | None, float | None]:
    """Micro-averaged precision and recall over some categories."""
    tp = fp = fn = 0
    for outcome in outcomes:
        expected, predicted = outcome.expected & categories, outcome.predicted & categories
        tp += len(expected & predicted)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def language_table(outcomes: Sequence[Outcome]) -> list[str]:
    levels = {lexicon.language.code: lexicon.language.level for lexicon in lexicons()}
    lines = ["\nper language (micro precision / recall over the sensitive categories; core: core categories)",
             f"{'lang':6} {'level':5} {'fields':>6} {'exact':>6} {'prec':>5} {'rec':>5}"]
    by_language: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_language.setdefault(_lexicon_code(outcome.lang), []).append(outcome)
    for code in sorted(by_language):
        group = by_language[code]
        level = levels.get(code, "none")
        precision, recall = micro(group, CORE_CATEGORIES if level == "core" else SENSITIVE_CATEGORIES)
        exact = sum(o.expected == o.predicted for o in group)
        lines.append(f"{code:6} {level:5} {len(group):6} {exact:6} {_ratio(precision):>5} {_ratio(recall):>5}")
    return lines


def goal_misses(tallies: dict[Category, Tally]) -> list[str]:
    """Sensitive categories below the goal on precision or recall (or with no labelled example)."""
    misses = []
    for category in sorted(SENSITIVE_CATEGORIES, key=lambda c: c.value):
        counts = tallies[category]
        if counts.recall is None:
            misses.append(f"{category.value}: no labelled example")
            continue
        precision = counts.precision or 0.0
        if precision < GOAL or counts.recall < GOAL:
            misses.append(f"{category.value}: precision {precision:.2f}, recall {counts.recall:.2f}")
    return misses


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of labelled *.json files")
    parser.add_argument("--mistakes", action="store_true", help="list every misclassified field")
    parser.add_argument("--split", help="score one split only (e.g. tuning, while tuning)")
    parser.add_argument("--lang", help="score one language only (a lexicon code: pt, no, zh)")
    args = parser.parse_args(argv)

    files = [load_file(path) for path in sorted(args.dir.glob("*.json"))]
    if args.split:
        files = [f for f in files if f.split == args.split]
    started = time.perf_counter()
    outcomes = evaluate(files)
    elapsed = time.perf_counter() - started
    if args.lang:
        outcomes = [o for o in outcomes if _lexicon_code(o.lang) == args.lang]

    lines: list[str] = []
    for split in sorted({o.split for o in outcomes}, reverse=True):
        lines += table(f"split {split}", [o for o in outcomes if o.split == split])
    lines += table("all splits", outcomes)
    lines += language_table(outcomes)
    full = tally(outcomes)
    misses = goal_misses(full)
    lines.append(f"\nclassified {len(outcomes)} fields in {elapsed * 1000:.0f} ms (compiling included)")
    lines.append(f"goal (>= {GOAL} precision and recall on every sensitive category, all splits): "
                 + ("met" if not misses else "MISSED"))
    lines += [f"  {miss}" for miss in misses]
    if args.mistakes:
        lines.append("\nmistakes:")
        lines += [f"  {category.value}: {line}" for category, counts in full.items()
                  for line in counts.examples]
    print("\n".join(lines))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
