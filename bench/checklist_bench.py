"""Benchmark of the checklist page in headless Chromium (not a test: prints figures).

    .venv/bin/python bench/checklist_bench.py [--runs 7] [--changes 40] [--notice toulouse/2024]

Builds the site of the frozen project (tests/fixtures/project/: figures stay comparable
while staff edit the real files) into a temporary directory, adds the bare Pyodide page
(bench/checklist_bare.html + bench/checklist_bare_worker.mjs, booting the same
self-hosted Pyodide in a module worker and running ``1+1``) at /bench-bare/,
serves it on 127.0.0.1, and measures in the same run, interleaved:

1. time from navigation to first answer, cold (fresh browser context, empty
   cache) and warm (same context, second navigation): for the checklist, the
   ``bts-checklist-first-result`` performance mark (first engine result shown);
   for the bare page, ``bare-first-answer`` (1+1 received); both are
   milliseconds since the navigation started (``performance.timeOrigin``);
2. time from a changed answer to the updated list: a radio button is clicked
   inside the page, until the page's ``bts-checklist:result`` event for that
   answer (list rendered in the DOM), and until the next animation frame;
3. bytes: every file the checklist page requested, from the served directory,
   raw and gzip-compressed (level 6), split into Pyodide, theme (MkDocs
   Material) and our own code and data.

Targets (issue 4): first answer cold <= 1.10 x bare Pyodide boot; update
<= 16 ms median; own code and data <= 60 KB compressed.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests"))

from project_support import FROZEN, project_root  # noqa: E402
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def build(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    root = project_root(site.parent, FROZEN)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                          cwd=root, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stdout + done.stderr)
    bare = site / "bench-bare"
    bare.mkdir()
    shutil.copy(BENCH / "checklist_bare.html", bare / "index.html")
    shutil.copy(BENCH / "checklist_bare_worker.mjs", bare / "checklist_bare_worker.mjs")


STAGES: dict[str, list[float]] = {}


def first_answer(page, url: str, mark: str, ready_selector: str, stages: tuple[str, ...] = ()) -> float:
    page.goto(url)
    page.wait_for_selector(ready_selector, state="attached", timeout=120_000)
    value = page.evaluate(f"performance.getEntriesByName('{mark}')[0].startTime")
    for stage in stages:
        STAGES.setdefault(stage, []).append(float(page.evaluate(f"performance.getEntriesByName('{stage}')[0].startTime")))
    return float(value)


CHANGES_JS = """
async (n) => {
  const root = document.getElementById('bts-checklist');
  const visible = (qid) => { const b = document.getElementById('q-' + qid); return b && !b.hidden; };
  const plan = [];
  for (const qid of ['situation', 'has_benefits', 'dispensation', 'nationality', 'disability']) {
    if (!visible(qid)) continue;
    const radios = [...document.querySelectorAll(`#q-${qid} input[type=radio]`)].filter((r) => r.value);
    if (radios.length > 1) plan.push(radios);
  }
  if (!plan.length) throw new Error('no question to change');
  const dom = [], frame = [];
  for (let i = 0; i < n; i++) {
    const radios = plan[i % plan.length].filter((r) => !r.closest('[data-question]').hidden);
    if (radios.length < 2) continue;
    const target = radios.find((r) => !r.checked && (i % 2 ? radios.indexOf(r) === 0 : true)) || radios.find((r) => !r.checked);
    const rendered = new Promise((resolve) => {
      const on = () => { if (root.dataset.done === root.dataset.sent) { root.removeEventListener('bts-checklist:result', on); resolve(performance.now()); } };
      root.addEventListener('bts-checklist:result', on);
    });
    const t0 = performance.now();
    target.click();
    const t1 = await rendered;
    const t2 = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    dom.push(t1 - t0);
    frame.push(t2 - t0);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return { dom, frame };
}
"""


def classify(path: str) -> str:
    if path.startswith("/assets/pyodide/"):
        return "pyodide"
    if path.startswith("/assets/checklist/") or "/checklist/" in path or path.endswith("/liste-personnalisee/"):
        return "own"
    return "theme"


def sizes(site: Path, paths: list[str]) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for path in sorted(set(paths)):
        file = site / path.lstrip("/")
        if path.endswith("/"):
            file = file / "index.html"
        if not file.is_file():
            continue
        data = file.read_bytes()
        found[path] = {"raw": len(data), "gzip": len(gzip.compress(data, compresslevel=6, mtime=0))}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--changes", type=int, default=40)
    parser.add_argument("--notice", default="toulouse/2024")
    parser.add_argument("--block-search", action="store_true",
                        help="diagnostic: block the theme's search index (search_index.json) on both pages")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    load_before = f"{os.getloadavg()[0]:.2f}"
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        checklist_url = f"{base}/{args.notice}/liste-personnalisee/"
        bare_url = f"{base}/bench-bare/"
        times = {key: [] for key in ("bare_cold", "bare_warm", "checklist_cold", "checklist_warm")}
        dom: list[float] = []
        frame: list[float] = []
        requested: list[str] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            version = browser.version
            for run in range(args.runs):
                order = [("bare", bare_url), ("checklist", checklist_url)]
                if run % 2:
                    order.reverse()
                for name, url in order:
                    context = browser.new_context()
                    page = context.new_page()
                    foreign: list[str] = []
                    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(base) else None)
                    if args.block_search:
                        page.route("**/search/search_index.json", lambda route: route.abort())
                    if name == "checklist" and run == 0:
                        page.on("request", lambda r: requested.append(urlsplit(r.url).path))
                    mark = "bare-first-answer" if name == "bare" else "bts-checklist-first-result"
                    ready = "body[data-state=ready]" if name == "bare" else "#bts-checklist[data-revision]"
                    stages = ("bare-worker-start",) if name == "bare" else ("bts-checklist-worker-start", "bts-checklist-engine-ready")
                    times[f"{name}_cold"].append(first_answer(page, url, mark, ready, stages))
                    page.goto("about:blank")
                    times[f"{name}_warm"].append(first_answer(page, url, mark, ready))
                    if name == "checklist" and run == 0:
                        result = page.evaluate(CHANGES_JS, args.changes)
                        dom, frame = result["dom"], result["frame"]
                    assert not foreign, foreign
                    context.close()
            browser.close()
        httpd.shutdown()
        files = sizes(site, requested)

    def med(values):
        return statistics.median(values)

    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPU(s), {platform.platform()}; Chromium {version}; Python {platform.python_version()}")
    print(f"Load average before/after: {load_before} / {os.getloadavg()[0]:.2f}" + ("; search index blocked" if args.block_search else ""))
    print(f"Page: /{args.notice}/liste-personnalisee/ ; {args.runs} runs (cold = fresh context; warm = same context, second navigation)")
    print()
    print("| measure | median (ms) | min | max | ratio to bare Pyodide |")
    print("| --- | --- | --- | --- | --- |")
    for kind in ("cold", "warm"):
        bare = times[f"bare_{kind}"]
        ours = times[f"checklist_{kind}"]
        print(f"| bare Pyodide boot + 1+1, {kind} | {med(bare):.0f} | {min(bare):.0f} | {max(bare):.0f} | 1.00 |")
        print(f"| checklist first answer, {kind} | {med(ours):.0f} | {min(ours):.0f} | {max(ours):.0f} | {med(ours) / med(bare):.2f} |")
    for kind in ("cold", "warm"):
        ratios = [c / b for c, b in zip(times[f"checklist_{kind}"], times[f"bare_{kind}"])]
        print(f"| paired ratio checklist / bare, {kind} (same run, back to back) | {med(ratios):.2f} | {min(ratios):.2f} | {max(ratios):.2f} | |")
    print()
    print("Stages, cold runs, median ms since navigation: " + "; ".join(f"{k} {med(v):.0f}" for k, v in STAGES.items())
          + f"; first answer: bare {med(times['bare_cold']):.0f}, checklist {med(times['checklist_cold']):.0f}")
    print()
    print(f"Answer changed → list updated, {len(dom)} changes: median {med(dom):.1f} ms in the DOM "
          f"(p90 {statistics.quantiles(dom, n=10)[-1]:.1f}, max {max(dom):.1f}); "
          f"median {med(frame):.1f} ms to the next animation frame")
    print()
    groups: dict[str, dict[str, int]] = {}
    for path, size in files.items():
        group = groups.setdefault(classify(path), {"raw": 0, "gzip": 0, "files": 0})
        group["raw"] += size["raw"]
        group["gzip"] += size["gzip"]
        group["files"] += 1
    print("| files requested by the checklist page | files | raw (KB) | gzip (KB) |")
    print("| --- | --- | --- | --- |")
    for group in ("own", "theme", "pyodide"):
        if group in groups:
            g = groups[group]
            print(f"| {group} | {g['files']} | {g['raw'] / 1024:.1f} | {g['gzip'] / 1024:.1f} |")
    print()
    print("Own files:")
    for path, size in files.items():
        if classify(path) == "own":
            print(f"  {path}: {size['raw'] / 1024:.1f} KB raw, {size['gzip'] / 1024:.1f} KB gzip")
    raw = "; ".join(f"{k}: " + ", ".join(f"{v:.0f}" for v in vs) for k, vs in times.items())
    print()
    print("Raw first-answer times (ms): " + raw)


if __name__ == "__main__":
    main()
