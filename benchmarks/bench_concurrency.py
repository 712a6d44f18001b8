"""Issue 2: collecting many forms at once. Wall time and peak memory of ``collect_many`` against bare
Playwright loading the same 50 pages at the same concurrency (1, 2 and 4). Goal: at most 1.3x.

Memory is the whole process tree (this Python, the Playwright driver, every Chromium process),
sampled every 50 ms: the sum of RSS as asked, and the sum of PSS, which counts shared pages once
and is the fairer figure for Chromium's many processes. Both runs start their own browser.

    python benchmarks/bench_concurrency.py [--pages 50] [--levels 1 2 4]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: its sibling is importable

from bench_collect import generate_pages, serve_directory

from formaudit.collect import CollectOptions, CollectRequest, collect_many
from formaudit.collect.browser import find_browser, launch_chromium

GOAL = 1.3
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # the process ended while we looked
        children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, []))
    return found


def _memory(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process in bytes (0, 0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="utf-8") as statm:
            rss = int(statm.read().split()[1]) * PAGE_SIZE
        pss = 0
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
        return rss, pss
    except (OSError, ValueError, IndexError):
        return 0, 0


@contextmanager
def peak_memory(interval_s: float = 0.05) -> Iterator[dict[str, int]]:
    """Samples the process tree while the block runs; the dict holds peak "rss" and "pss" afterwards."""
    peak = {"rss": 0, "pss": 0}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            totals = [_memory(pid) for pid in _descendants(os.getpid())]
            peak["rss"] = max(peak["rss"], sum(rss for rss, _ in totals))
            peak["pss"] = max(peak["pss"], sum(pss for _, pss in totals))
            stop.wait(interval_s)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield peak
    finally:
        stop.set()
        sampler.join()


def bare_load(urls: list[str], concurrency: int) -> None:
    """Bare Playwright: one browser, a fresh context per page, goto + content(), bounded concurrency."""
    from playwright.async_api import async_playwright

    async def run() -> None:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, find_browser())
            semaphore = asyncio.Semaphore(concurrency)

            async def one(url: str) -> None:
                async with semaphore:
                    context = await browser.new_context()
                    page = await context.new_page()
                    await page.goto(url)
                    await page.content()
                    await context.close()

            try:
                await asyncio.gather(*(one(url) for url in urls))
            finally:
                await browser.close()

    asyncio.run(run())


def formaudit_load(urls: list[str], concurrency: int, *, screenshot: bool) -> None:
    requests = [CollectRequest(target=url) for url in urls]
    results = collect_many(requests, CollectOptions(screenshot=screenshot), concurrency=concurrency)
    failed = [r for r in results if isinstance(r, Exception)]
    if failed:
        print(f"  !! {len(failed)} target(s) failed, e.g. {failed[0]}")


def measure(run: Callable[[], None]) -> tuple[float, dict[str, int]]:
    with peak_memory() as peak:
        started = time.perf_counter()
        run()
        seconds = time.perf_counter() - started
    return seconds, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 2, 4])
    arguments = parser.parse_args(argv)

    rows = []
    with tempfile.TemporaryDirectory(prefix="formaudit-bench-") as folder:
        names = generate_pages(Path(folder), arguments.pages)
        with serve_directory(Path(folder)) as base:
            urls = [f"{base}/{name}" for name in names]
            for level in arguments.levels:
                bare = measure(functools.partial(bare_load, urls, level))
                plain = measure(functools.partial(formaudit_load, urls, level, screenshot=False))
                shot = measure(functools.partial(formaudit_load, urls, level, screenshot=True))
                rows.append((level, bare, plain, shot))

    mib = 1024 * 1024
    print(f"{arguments.pages} generated pages; wall time in s, peak memory of the process tree in MiB "
          "(RSS sum / PSS sum)")
    print(f"{'conc':>4} | {'bare s':>6} {'MiB':>11} | {'formaudit':>9} {'MiB':>11} {'ratio':>5} | "
          f"{'+shot':>6} {'MiB':>11} {'ratio':>5}")
    for level, (b_s, b_m), (p_s, p_m), (s_s, s_m) in rows:
        def memory(m: dict[str, int]) -> str:
            return f"{m['rss'] / mib:5.0f}/{m['pss'] / mib:<5.0f}"

        print(f"{level:>4} | {b_s:6.1f} {memory(b_m)} | {p_s:9.1f} {memory(p_m)} {p_s / b_s:5.2f} | "
              f"{s_s:6.1f} {memory(s_m)} {s_s / b_s:5.2f}")
    print(f"goal: wall-time ratio <= {GOAL} (formaudit without screenshot against bare)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
