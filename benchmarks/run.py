"""Run every benchmark in turn and print their figures (``make bench``).

Speed and quality goals are measured here, never asserted in timed tests:

- bench_extract      issue 2 (a): extraction vs BeautifulSoup parsing alone (goal <= 1.5x)
- bench_collect      issue 2 (b): collect + extract vs bare Playwright goto + content (goal <= 1.3x)
- bench_concurrency  issue 5: 50 pages at concurrency 1, 2, 4 vs bare Playwright (goal <= 1.3x)
- bench_classify     issue 10: a 5,000-field page classified (goal < 1 s)
- score_classifier   issue 3: per-category precision and recall on the labelled fields (goal >= 0.95)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_classify
import bench_collect
import bench_concurrency
import bench_extract
import score_classifier


def main() -> int:
    worst = 0
    for name, bench in (("extract", bench_extract), ("collect", bench_collect),
                        ("concurrency", bench_concurrency), ("classify", bench_classify),
                        ("classifier", score_classifier)):
        print(f"\n=== {name} " + "=" * (70 - len(name)), flush=True)
        worst = max(worst, bench.main([]))
    return worst


if __name__ == "__main__":
    sys.exit(main())
