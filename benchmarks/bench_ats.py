"""Issue 11: a whole job board through the ATS API against the same jobs rendered in the browser.

A Greenhouse-shaped board of N jobs (default 500) is served on 127.0.0.1 with 50 ms of latency on
every request, twice over: as the API (a job list and one JSON definition per job) and as one HTML
form per job. Both are audited by ``run_audit`` end to end (collect or read, classify, check) at the
default settings. Goals: the API path at least 20x faster, and the 500-job board in under 15 s.

    python benchmarks/bench_ats.py [--jobs 500] [--browser-jobs 500] [--latency-ms 50]

``--browser-jobs`` renders fewer pages when the full browser run is too slow to wait for; the browser
time is then scaled to N jobs linearly (said in the output).
"""

from __future__ import annotations

import argparse
import html
import http.server
import json
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from formaudit.ats import AtsOptions
from formaudit.models.ats import Vendor
from formaudit.pipeline import RunOptions, TargetSpec, run_audit

GOAL_RATIO = 20.0
GOAL_SECONDS = 15.0
_QUESTIONS = (
    ("First Name", "input_text", ()), ("Last Name", "input_text", ()), ("Email", "input_text", ()),
    ("Phone", "input_text", ()), ("Resume/CV", "input_file", ()),
    ("What is your current salary?", "input_text", ()), ("Date of birth", "input_text", ()),
    ("Are you legally authorised to work in the UK?", "multi_value_single_select", ("Yes", "No")),
    ("Why do you want to join us?", "textarea", ()),
    ("Gender", "multi_value_single_select", ("Male", "Female", "Decline To Self Identify")),
)


def job_json(job: int) -> dict[str, object]:
    questions = [{"label": label, "required": index < 5, "description": None,
                  "fields": [{"name": f"q{job}_{index}", "type": kind,
                              "values": [{"label": o, "value": i} for i, o in enumerate(options)]}]}
                 for index, (label, kind, options) in enumerate(_QUESTIONS)]
    return {"id": job, "title": f"Job {job}", "absolute_url": f"https://job-boards.greenhouse.io/bench/jobs/{job}",
            "questions": questions}


def job_html(job: int) -> str:
    rows = []
    for index, (label, kind, options) in enumerate(_QUESTIONS):
        name = f"q{job}_{index}"
        if options:
            control = f'<select id="{name}" name="{name}">' + "".join(
                f"<option>{html.escape(o)}</option>" for o in options) + "</select>"
        elif kind == "textarea":
            control = f'<textarea id="{name}" name="{name}"></textarea>'
        else:
            control = f'<input id="{name}" name="{name}" type="{"file" if kind == "input_file" else "text"}">'
        rows.append(f'<p><label for="{name}">{html.escape(label)}</label> {control}</p>')
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Job {job}</title></head><body>'
            f'<h1>Job {job}</h1><form method="post" action="/apply">{"".join(rows)}'
            '<button type="submit">Submit</button></form></body></html>')


@contextmanager
def board(jobs: int, latency_s: float) -> Iterator[str]:
    listing = json.dumps({"jobs": [{"id": j, "title": f"Job {j}",
                                     "absolute_url": f"https://job-boards.greenhouse.io/bench/jobs/{j}"}
                                    for j in range(1, jobs + 1)]}).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(latency_s)
            path = urlsplit(self.path).path
            parts = path.strip("/").split("/")
            if path == "/v1/boards/bench/jobs":
                body, kind = listing, "application/json"
            elif path.startswith("/v1/boards/bench/jobs/"):
                body, kind = json.dumps(job_json(int(parts[-1]))).encode(), "application/json"
            elif path.startswith("/page/"):
                body, kind = job_html(int(parts[-1])).encode(), "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--browser-jobs", type=int, default=None, help="pages rendered (default: --jobs)")
    parser.add_argument("--latency-ms", type=float, default=50.0)
    args = parser.parse_args(argv)
    browser_jobs = args.browser_jobs or args.jobs
    with board(args.jobs, args.latency_ms / 1000) as base:
        started = time.perf_counter()
        api_result = run_audit([TargetSpec(target="greenhouse:bench")],
                               RunOptions(plugins=False, ats=AtsOptions(api={Vendor.GREENHOUSE: base})))
        api_s = time.perf_counter() - started
        started = time.perf_counter()
        browser_result = run_audit([TargetSpec(target=f"{base}/page/{j}") for j in range(1, browser_jobs + 1)],
                                   RunOptions(plugins=False))
        browser_s = (time.perf_counter() - started) * args.jobs / browser_jobs
    failed = [t.target for t in (*api_result.targets, *browser_result.targets) if t.error]
    api_findings = sum(len(t.findings) for t in api_result.targets) / max(1, len(api_result.targets))
    page_findings = sum(len(t.findings) for t in browser_result.targets) / max(1, len(browser_result.targets))
    ratio = browser_s / api_s
    scaled = "" if browser_jobs == args.jobs else f" (measured on {browser_jobs} pages, scaled to {args.jobs})"
    print(f"{args.jobs} jobs, {args.latency_ms:g} ms latency per request, default concurrency")
    print(f"API:     {api_s:7.2f} s  ({len(api_result.targets)} targets, {api_findings:.1f} findings each)")
    print(f"browser: {browser_s:7.2f} s{scaled}  ({page_findings:.1f} findings each)")
    print(f"API {ratio:.1f}x faster (goal >= {GOAL_RATIO:g}x); board in {api_s:.1f} s (goal < {GOAL_SECONDS:g} s)")
    if failed:
        print(f"failed targets: {failed[:5]}")
    met = ratio >= GOAL_RATIO and api_s < GOAL_SECONDS and not failed
    print("goal " + ("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
