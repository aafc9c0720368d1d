"""Benchmark of the checklist page in headless Chromium (not a test: prints figures).

    .venv/bin/python bench/checklist_bench.py [--runs 5] [--slow-runs 2] [--changes 40] [--notice toulouse/2024]

Builds the site of the frozen project (tests/fixtures/project/: figures stay comparable while
staff edit the real files; ``mkdocs build --strict``: pages, precompressed .br/.gz copies) into a
temporary directory, adds the bare Pyodide page (bench/checklist_bare.html and
bench/checklist_bare_worker.mjs: the same self-hosted Pyodide booted in a module worker,
as shipped, with its own ``python_stdlib.zip`` copied next to the site's Pyodide files, then
``1+1``) at /bench-bare/, and serves everything on 127.0.0.1 the way README.md tells a
host to: the precompressed copy the browser accepts (Content-Encoding br or gzip, as nginx
``brotli_static``/``gzip_static``), ``Cache-Control: no-cache`` with ``Last-Modified`` (every
use revalidated: 304), except Pyodide's versioned folder (``max-age=31536000, immutable``).
The server counts the bytes it sends (headers and bodies): that is what a visit costs on the
network. Measured in one run, pages interleaved:

1. localhost, fresh browser context (cold, empty caches), ``--runs`` times each:
   - checklist: first useful content (the key dates of the answer rendered at build time:
     Element Timing ``bts-checklist-key-dates``), form usable (``bts-checklist-form-ready``),
     first computed answer (``bts-checklist-first-result``), all in ms since navigation;
   - bare Pyodide page: first answer (``bare-first-answer``); the paired ratio divides each
     checklist run by the bare run next to it;
   - the checklist at the address the home page's finder leads to, its department alone
     (``#department=<--department>``, default the first the page has an answer built for): first
     useful content, when the list of documents is first shown (not hidden as stale, an animation
     frame's check: LIST_SHOWN_JS; the same for the address without answers), first computed answer
     (phone64 M1); also on the slow profile (3.);
2. localhost, a normal browser profile (a persistent user-data-dir, closed and reopened
   between visits): first computed answer on the second visit (warm: HTTP cache, the
   service worker's cache, Pyodide's snapshot), and the bare page's second visit, ``--warm-runs``
   times each, in two ways, alternated: the browser open (the second visit made ``SETTLE_S`` seconds
   after the browser's launch, as when a candidate returns to the page in a browser already
   running), and right after the launch. A visit made right after the launch shares the processors
   with the browser's own start-up (its omnibox popup, a WebUI page, among other work): about
   200–300 ms more on this machine (bench/README.md, « Warm visits in a browser already open »);
3. slow profile, ``--slow-runs`` times: the server sends at 9 Mbit/s in all (one bucket for every
   connection) and answers each request after 40 ms; Chromium's CPU slowed 4 times (devtools
   protocol ``Emulation.setCPUThrottlingRate``, page and workers); cold and warm as above;
4. bytes sent by the server: a notice page's first visit (and what the search costs when it is
   used), the checklist's first visit, the checklist's repeat visit (normal profile);
5. answer changed → list updated (40 clicks), as before.

Targets (issue « The candidate's experience on a phone »): first useful content <= 0.3 s on
localhost; first computed answer cold / bare Pyodide boot <= 1.00; first computed answer
warm (normal profile, browser open) <= 0.8 s; on the slow profile, form usable <= 1 s (the others recorded).
"""

from __future__ import annotations

import argparse
import email.utils
import http.server
import os
import platform
import re
import shutil
import socketserver
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from generator.checklist.page import pyodide_dir  # noqa: E402
from project_support import FROZEN, project_root  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
SETTLE_S = 2.0  # seconds between the browser's launch and a warm visit « browser open »
# The slow profile: 9 Mbit/s in all (NET.rate, bytes per second), each request answered 40 ms late, CPU 4× slower.
SLOW_RATE, SLOW_LATENCY, SLOW_CPU = 9_000_000 / 8, 0.040, 4
TYPES = {".mjs": "text/javascript", ".wasm": "application/wasm", ".py": "text/x-python", ".json": "application/json", ".ics": "text/calendar"}


class Network:
    """The server's state: bytes sent since the last reset, throttling, encodings seen."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sent = 0
        self.rate = None  # bytes per second, shared by every connection
        self.latency = 0.0
        self.next_free = 0.0
        self.encodings: set[str] = set()

    def reset(self) -> int:
        with self.lock:
            sent, self.sent = self.sent, 0
            return sent

    def pace(self, size: int) -> None:
        """Wait until ``size`` bytes may leave (one bucket for all connections)."""
        if not self.rate:
            return
        with self.lock:
            start = max(time.monotonic(), self.next_free)
            self.next_free = start + size / self.rate
            wait = self.next_free - time.monotonic()
        if wait > 0:
            time.sleep(wait)


NET = Network()


class Handler(http.server.BaseHTTPRequestHandler):
    """Static files as README.md's serving configuration says: precompressed copies, revalidation."""

    protocol_version = "HTTP/1.1"
    site: Path = Path(".")

    def log_message(self, *args):
        pass

    def do_GET(self):
        if NET.latency:
            time.sleep(NET.latency)
        path = unquote(urlsplit(self.path).path)
        file = self.site / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file() or ".." in Path(path).parts:
            return self.reply(404, b"absent", {"Content-Type": "text/plain"})
        modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
        immutable = "/assets/pyodide/" in path
        headers = {
            "Last-Modified": modified,
            "Cache-Control": "public, max-age=31536000, immutable" if immutable else "no-cache",
            "Content-Type": TYPES.get(file.suffix) or {".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css"}.get(file.suffix, "application/octet-stream"),
            "Vary": "Accept-Encoding",
        }
        if self.headers.get("If-Modified-Since") == modified:
            return self.reply(304, b"", headers)
        accepted = self.headers.get("Accept-Encoding", "")
        NET.encodings.add(accepted)
        body = file.read_bytes()
        for token, suffix in (("br", ".br"), ("gzip", ".gz")):
            if token in accepted and file.with_name(file.name + suffix).is_file():
                body = file.with_name(file.name + suffix).read_bytes()
                headers["Content-Encoding"] = token
                break
        self.reply(200, body, headers)

    def reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        head = 200  # about: status line and headers
        NET.pace(head)
        with NET.lock:
            NET.sent += head
        for start in range(0, len(body), 16384):
            chunk = body[start:start + 16384]
            NET.pace(len(chunk))
            self.wfile.write(chunk)
            with NET.lock:
                NET.sent += len(chunk)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser context closed during a download (the next visit starts): not an error of the server.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def serve(site: Path) -> tuple[str, Server]:
    """``site`` served on its own port (its own origin: service workers and storage apart), in a thread: its
    origin, and the server (to shut it down)."""
    httpd = Server(("127.0.0.1", 0), type("H", (Handler,), {"site": site}))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}", httpd


def build(site: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    root = project_root(site.parent, FROZEN)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                          cwd=root, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stdout + done.stderr)
    bare = site / "bench-bare"
    bare.mkdir()
    html = (BENCH / "checklist_bare.html").read_text(encoding="utf-8").replace("../assets/pyodide/", "../" + pyodide_dir())
    (bare / "index.html").write_text(html, encoding="utf-8")
    shutil.copy(BENCH / "checklist_bare_worker.mjs", bare / "checklist_bare_worker.mjs")
    # The reference boots Pyodide as shipped, with its own standard library (the site holds the checklist's).
    shutil.copy(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip", site / pyodide_dir() / "python_stdlib.zip")


FIRST_CONTENT_JS = """
() => new Promise((resolve) => {
  const found = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'bts-checklist-key-dates') found.element = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  setTimeout(() => resolve({ element: found.element ?? null, fcp: paint ? paint.startTime : null }), 50);
})
"""


# When the answer's list of documents is first shown (not hidden as stale: « Calcul de votre liste en cours… »), in ms
# since navigation: checked at each animation frame from the page's start (the frame before its paint); null if never
# before the first computed answer was awaited. For the address holding the department alone (phone64 M1: the home
# page's finder carries it), the list built for that department is shown at first paint (checklist.js builtFor).
LIST_SHOWN_JS = """
(() => {
  const seen = () => {
    const list = document.querySelector('#bts-checklist-output .bts-checklist-documents');
    if (list && list.checkVisibility()) { window.__btsListShown = performance.now(); return; }
    requestAnimationFrame(seen);
  };
  requestAnimationFrame(seen);
})();
"""


def mark(page, name: str) -> float:
    return float(page.evaluate(f"performance.getEntriesByName('{name}')[0].startTime"))


def visit_checklist(page, url: str) -> dict[str, float]:
    page.goto(url)
    page.wait_for_selector("#bts-checklist[data-revision]", state="attached", timeout=300_000)
    first = page.evaluate(FIRST_CONTENT_JS)
    return {
        "useful": first["element"] if first["element"] is not None else first["fcp"],
        "form": mark(page, "bts-checklist-form-ready"),
        "answer": mark(page, "bts-checklist-first-result"),
        "snapshot": page.get_attribute("#bts-checklist", "data-snapshot"),
        "list": page.evaluate("window.__btsListShown ?? null"),
    }


def visit_bare(page, url: str) -> dict[str, float]:
    page.goto(url)
    page.wait_for_selector("body[data-state=ready]", state="attached", timeout=300_000)
    return {"answer": mark(page, "bare-first-answer")}


def slow_cpu(page, rate: float) -> None:
    if rate > 1:
        session = page.context.new_cdp_session(page)
        session.send("Emulation.setCPUThrottlingRate", {"rate": rate})


def cold(browser, url: str, kind: str, cpu: float = 1) -> dict:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(LIST_SHOWN_JS)
    slow_cpu(page, cpu)
    NET.reset()
    result = visit_checklist(page, url) if kind == "checklist" else visit_bare(page, url)
    if kind == "checklist":
        page.wait_for_selector("#bts-checklist[data-offline]", state="attached", timeout=300_000)
    page.wait_for_timeout(500)
    result["bytes"] = NET.reset()
    context.close()
    return result


def warm(playwright, url: str, kind: str, cpu: float = 1, settle: float = SETTLE_S, visits: int = 2, visit_page=None) -> dict:
    """A normal profile: ``visits`` visits, the browser closed and reopened between them; the last one measured
    ``settle`` seconds after the launch (0: at once). ``visit_page(page, url)`` makes a visit (default: by
    ``kind``; bench/checklist_ab_probe.py gives its instrumented one)."""
    visit_page = visit_page or (visit_checklist if kind == "checklist" else visit_bare)
    with tempfile.TemporaryDirectory() as profile:
        for visit in range(1, visits + 1):
            context = playwright.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=ARGS)
            page = context.pages[0] if context.pages else context.new_page()
            if visit == visits:
                page.wait_for_timeout(settle * 1000)
                slow_cpu(page, cpu)
            NET.reset()
            result = visit_page(page, url)
            if kind == "checklist" and visit == 1:
                page.wait_for_selector("#bts-checklist[data-offline]", state="attached", timeout=300_000)
                page.wait_for_timeout(2000)  # the snapshot and the files reach Cache Storage
            page.wait_for_timeout(300)
            result["bytes"] = NET.reset()
            context.close()
    return result


def notice_bytes(browser, url: str) -> tuple[int, int]:
    """Bytes of a notice page's first visit, and what the first search adds."""
    context = browser.new_context()
    page = context.new_page()
    NET.reset()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    first = NET.reset()
    page.click("input.md-search__input")
    page.locator("input.md-search__input").press_sequentially("pièces")
    page.wait_for_selector(".md-search-result__item", timeout=60_000)
    page.wait_for_timeout(300)
    search = NET.reset()
    context.close()
    return first, search


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


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def row(name: str, values: list[float], target: str = "", unit: str = "ms") -> str:
    """A line of the results' table: median, min, max (« — » for a measure not made, e.g. --slow-runs 0)."""
    values = [v for v in values if v is not None]
    if not values:
        return f"| {name} | — | — | — | {target} |"
    fmt = {"ms": lambda v: f"{v:.0f}", "ratio": lambda v: f"{v:.2f}"}[unit]
    return f"| {name} | {fmt(med(values))} | {fmt(min(values))} | {fmt(max(values))} | {target} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--slow-runs", type=int, default=2)
    parser.add_argument("--warm-runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=40)
    parser.add_argument("--notice", default="toulouse/2024")
    parser.add_argument("--department", default="", help="the department of the address #department=… measured too "
                        "(default: the first the page has an answer built for)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    load_before = f"{os.getloadavg()[0]:.2f}"
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        base, httpd = serve(site)
        checklist_url = f"{base}/{args.notice}/liste-personnalisee/"
        built_for = re.search(r'data-answer-for="([^",]+)', (site / args.notice / "liste-personnalisee" / "index.html").read_text(encoding="utf-8"))
        department = args.department or (built_for.group(1) if built_for else "")
        department_url = f"{checklist_url}#department={department}"
        carried: dict[str, list] = {"fast": [], "slow": []}
        notice_url = f"{base}/{args.notice}/"
        bare_url = f"{base}/bench-bare/"
        fast: dict[str, list] = {"checklist": [], "bare": []}
        slow: dict[str, list] = {"checklist": [], "bare": []}
        warm_fast: dict[str, list] = {"checklist": [], "bare": []}
        warm_launch: dict[str, list] = {"checklist": [], "bare": []}
        warm_slow: dict[str, list] = {"checklist": [], "bare": []}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            version = browser.version
            notice_first, notice_search = notice_bytes(browser, notice_url)
            for run in range(args.runs):
                order = ["bare", "checklist"] if run % 2 == 0 else ["checklist", "bare"]
                for kind in order:
                    fast[kind].append(cold(browser, checklist_url if kind == "checklist" else bare_url, kind))
                if department:
                    carried["fast"].append(cold(browser, department_url, "checklist"))
            context = browser.new_context()
            page = context.new_page()
            visit_checklist(page, checklist_url)
            changes = page.evaluate(CHANGES_JS, args.changes)
            context.close()
            for run in range(args.warm_runs):
                for kind in (["bare", "checklist"] if run % 2 == 0 else ["checklist", "bare"]):
                    address = checklist_url if kind == "checklist" else bare_url
                    for found, settle in ((warm_fast, SETTLE_S), (warm_launch, 0))[::1 if run % 2 == 0 else -1]:
                        found[kind].append(warm(p, address, kind, settle=settle))
            NET.rate, NET.latency = SLOW_RATE, SLOW_LATENCY
            for run in range(args.slow_runs):
                for kind in (["bare", "checklist"] if run % 2 == 0 else ["checklist", "bare"]):
                    slow[kind].append(cold(browser, checklist_url if kind == "checklist" else bare_url, kind, cpu=SLOW_CPU))
                if department:
                    carried["slow"].append(cold(browser, department_url, "checklist", cpu=SLOW_CPU))
                for kind in (["bare", "checklist"] if run % 2 == 0 else ["checklist", "bare"]):
                    warm_slow[kind].append(warm(p, checklist_url if kind == "checklist" else bare_url, kind, cpu=SLOW_CPU))
            NET.rate, NET.latency = None, 0.0
            browser.close()
        httpd.shutdown()

    def ratios(data):
        return [c["answer"] / b["answer"] for c, b in zip(data["checklist"], data["bare"])]

    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPU(s), {platform.platform()}; Chromium {version}; Python {platform.python_version()}")
    print(f"Load average before/after: {load_before} / {os.getloadavg()[0]:.2f}; Accept-Encoding seen: {sorted(NET.encodings)}")
    print(f"Page /{args.notice}/liste-personnalisee/; {args.runs} cold runs, {args.warm_runs} warm of each kind, {args.slow_runs} slow (each: cold and warm)")
    print()
    print("| measure (ms since navigation) | median | min | max | target |")
    print("| --- | --- | --- | --- | --- |")
    print(row("localhost, cold: first useful content (answer for no answer, key dates painted)", [r["useful"] for r in fast["checklist"]], "≤ 300"))
    print(row("localhost, cold: form usable", [r["form"] for r in fast["checklist"]]))
    print(row("localhost, cold: bare Pyodide boot + 1+1", [r["answer"] for r in fast["bare"]]))
    print(row("localhost, cold: checklist first computed answer", [r["answer"] for r in fast["checklist"]]))
    print(row("localhost, cold: paired ratio checklist / bare", ratios(fast), "≤ 1.00", unit="ratio"))
    print(row(f"localhost, warm (normal profile, browser open: visit {SETTLE_S:g} s after its launch): bare Pyodide boot + 1+1", [r["answer"] for r in warm_fast["bare"]]))
    print(row(f"localhost, warm (normal profile, browser open: visit {SETTLE_S:g} s after its launch): checklist first computed answer", [r["answer"] for r in warm_fast["checklist"]], "≤ 800"))
    print(row("localhost, warm (normal profile, visit right after the browser's launch): bare Pyodide boot + 1+1", [r["answer"] for r in warm_launch["bare"]]))
    print(row("localhost, warm (normal profile, visit right after the browser's launch): checklist first computed answer", [r["answer"] for r in warm_launch["checklist"]]))
    print(row("slow, cold: first useful content", [r["useful"] for r in slow["checklist"]]))
    print(row("slow, cold: form usable", [r["form"] for r in slow["checklist"]], "≤ 1000"))
    print(row("slow, cold: bare Pyodide boot + 1+1", [r["answer"] for r in slow["bare"]]))
    print(row("slow, cold: checklist first computed answer", [r["answer"] for r in slow["checklist"]]))
    print(row("slow, cold: paired ratio checklist / bare", ratios(slow), unit="ratio"))
    print(row("slow, warm (normal profile, browser open): bare Pyodide boot + 1+1", [r["answer"] for r in warm_slow["bare"]]))
    print(row("slow, warm (normal profile, browser open): checklist first computed answer", [r["answer"] for r in warm_slow["checklist"]]))
    # (the address the home page's finder leads to: its department alone, phone64 M1)
    for name, found, base_runs in (("localhost", carried["fast"], fast["checklist"]), ("slow", carried["slow"], slow["checklist"])):
        if not found:
            continue
        print(row(f"{name}, cold: list of documents shown, no answer", [r["list"] for r in base_runs if r["list"] is not None]))
        print(row(f"{name}, cold, #department={department}: first useful content", [r["useful"] for r in found]))
        print(row(f"{name}, cold, #department={department}: list of documents shown", [r["list"] for r in found if r["list"] is not None],
                  f"shown in {sum(r['list'] is not None for r in found)}/{len(found)}"))
        print(row(f"{name}, cold, #department={department}: checklist first computed answer", [r["answer"] for r in found]))
    print()
    print("Snapshot on the warm visits: " + ", ".join(str(r["snapshot"]) for r in warm_fast["checklist"] + warm_launch["checklist"] + warm_slow["checklist"]))
    print()
    kb = lambda v: f"{v / 1024:.1f}"  # noqa: E731
    print("| bytes sent by the server (KB, headers included) | value |")
    print("| --- | --- |")
    print(f"| notice page, first visit (search index not fetched) | {kb(notice_first)} |")
    print(f"| notice page, the first search (index and search language files) | {kb(notice_search)} |")
    print(f"| checklist, first visit (page, theme, engine, ruleset, Pyodide; offline copy included) | {kb(med([r['bytes'] for r in fast['checklist']]))} |")
    print(f"| checklist, repeat visit, normal profile | {kb(med([r['bytes'] for r in warm_fast['checklist']]))} |")
    print(f"| bare Pyodide page, first visit | {kb(med([r['bytes'] for r in fast['bare']]))} |")
    print()
    dom, frame = changes["dom"], changes["frame"]
    if dom:
        p90 = f"p90 {statistics.quantiles(dom, n=10)[-1]:.1f}, " if len(dom) > 1 else ""  # quantiles need two values
        print(f"Answer changed → list updated, {len(dom)} changes: median {med(dom):.1f} ms in the DOM "
              f"({p90}max {max(dom):.1f}); median {med(frame):.1f} ms to the next animation frame")
    else:
        print("Answer changed → list updated: no change made (--changes 0)")
    print()
    for name, data in (("cold", fast), ("warm, browser open", warm_fast), ("warm, right after launch", warm_launch), ("slow cold", slow), ("slow warm", warm_slow)):
        print(f"Raw {name}: " + "; ".join(f"{k}: " + ", ".join(f"{r['answer']:.0f}" for r in v) for k, v in data.items()))


if __name__ == "__main__":
    main()
