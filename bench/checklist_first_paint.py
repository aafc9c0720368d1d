"""What the checklist's first paint waits for, in built sites side by side (not a test: prints figures).

    .venv/bin/python bench/checklist_first_paint.py [--runs 8] [--slow] [--page toulouse/2024/liste-personnalisee/] SITE [SITE ...]

Each SITE is a folder made by ``mkdocs build -d SITE`` (for instance the current code and a commit before
it, built from a ``git worktree``). Each is served by its own server the way bench/checklist_bench.py
serves (precompressed copies, revalidation), and visited cold (a fresh browser context) ``--runs`` times,
the sites interleaved, their order reversed every other round. Printed per site, in ms since the
navigation (medians, min–max):

- first contentful paint, and the paint of the answer's key dates (Element Timing
  ``bts-checklist-key-dates``: bench/checklist_bench.py's « first useful content »), and the form usable
  (mark ``bts-checklist-form-ready``);
- for the first visit of each site, every stylesheet and script of the page with the time its request
  started and its response ended: a request that starts late, after another one has ended, is one the
  parser found only once it got there (a chain of round trips before the first paint).

With ``--slow``, bench/checklist_bench.py's slow profile: the servers send 9 Mbit/s in all and answer each
request 40 ms late, and Chromium's CPU is slowed 4 times.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

BENCH = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("checklist_bench", BENCH / "checklist_bench.py")
cb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cb)

# The page's stylesheets and scripts: (file name, request started, response ended), ms since navigation.
REQUESTS = """() => performance.getEntriesByType('resource')
  .filter((r) => r.initiatorType === 'link' || r.initiatorType === 'script')
  .map((r) => [r.name.split('/').pop().split('?')[0], Math.round(r.startTime), Math.round(r.responseEnd)])"""


def spread(values: list[float]) -> str:
    values = [v for v in values if v is not None]
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})" if values else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--page", default="toulouse/2024/liste-personnalisee/")
    parser.add_argument("--slow", action="store_true", help="bench/checklist_bench.py's slow profile (network and CPU)")
    parser.add_argument("sites", nargs="+", type=Path)
    args = parser.parse_args()
    origins = {site: cb.serve(site)[0] for site in args.sites}
    found: dict[Path, list[dict]] = {site: [] for site in args.sites}
    if args.slow:
        cb.NET.rate, cb.NET.latency = cb.SLOW_RATE, cb.SLOW_LATENCY
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=cb.CHROMIUM, args=cb.ARGS)
        for round_ in range(args.runs):
            for site in args.sites if round_ % 2 == 0 else args.sites[::-1]:
                context = browser.new_context()
                page = context.new_page()
                cb.slow_cpu(page, cb.SLOW_CPU if args.slow else 1)
                page.goto(f"{origins[site]}/{args.page}")
                page.wait_for_selector("#bts-checklist[data-revision]", state="attached", timeout=300_000)
                # the key dates' paint, as bench/checklist_bench.py measures the first useful content
                found[site].append(page.evaluate(cb.FIRST_CONTENT_JS) | {"requests": page.evaluate(REQUESTS), "form": cb.mark(page, "bts-checklist-form-ready")})
                context.close()
        browser.close()
    for site in args.sites:
        visits = found[site]
        print(f"{site}: first contentful paint {spread([v['fcp'] for v in visits])}, key dates painted {spread([v['element'] for v in visits])}, "
              f"form usable {spread([v['form'] for v in visits])}")
        print("  first visit's requests (started → ended):", ", ".join(f"{name} {start}→{end}" for name, start, end in visits[0]["requests"]))


if __name__ == "__main__":
    main()
