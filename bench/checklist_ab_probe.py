"""Paired probe of the checklist's start-up: the current code against variants, interleaved (not a test).

    .venv/bin/python bench/checklist_ab_probe.py --variant A= --variant B=/path/to/variant [--warm 8] [--cold 0]

Builds the frozen project's site once (as bench/checklist_bench.py does), then makes one copy of it
per variant: a variant is a folder that may hold ``worker.js``, ``checklist.js``, ``checklist.css``
and/or ``bts-checklist-sw.js``, which replace the built ones in its copy (an empty path: the built code).
Each copy is served by its own server (its own origin, so that service workers and storage do
not mix) with the headers of bench/checklist_bench.py. Visits alternate between the variants, the
order reversed every other round: warm visits (a normal profile: first visit, browser closed and
reopened, second visit measured ``--settle`` seconds after the launch, as bench/checklist_bench.py's
« browser open » warm visits; ``--settle 0``: at once, as this probe did before 2026-12-01;
``--visits 3``: the third visit) and, with ``--cold``, cold visits paired with the bare Pyodide page.

Every copy's worker (and the bare page's) is instrumented the same way: marks posted on a
BroadcastChannel, in the page's time (ms since navigation): worker script evaluated (w-script),
init message (w-init), pyodide.mjs and pyodide.asm.mjs imported (w-mjs, w-asm-mjs), stored
snapshot read (w-snapshot), each file asked for early arrived (w-got-<its name, cut short>), the ruleset's
text arrived (w-ruleset-text), loadPyodide called (w-loadPyodide), WebAssembly instantiation started and done
(w-wasm-start, w-wasm-done), snapshot restored or Python booted (w-restored, w-booted), engine imported, snapshot
made, ruleset read, ready, the page's first « evaluate » message received (w-evaluate), evaluated (w-evaluated),
first result. A mark whose line a variant does not have is left out. With them, the page's own (p-…): the worker
made, the form wired, the engine ready, the first result shown (its performance marks), and the document's
domInteractive and DOMContentLoaded (p-interactive, p-dcl).
Printed: each visit with its marks, the medians, and for each variant the paired differences with
the first one. The load average is printed for every round: above about 1.5 on two cores, the
figures mean little.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import os
import shutil
import statistics
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("checklist_bench", BENCH / "checklist_bench.py")
cb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cb)

PROBE = (
    'const __probe = new BroadcastChannel("bts-probe");'
    " const __m = (name) => __probe.postMessage([name, performance.timeOrigin + performance.now()]);"
    ' __m("w-script");'
    " { const streaming = WebAssembly.instantiateStreaming;"
    ' WebAssembly.instantiateStreaming = async (...args) => { __m("w-wasm-start");'
    ' try { return await streaming(...args); } finally { __m("w-wasm-done"); } }; }\n'
)
LISTEN = """
window.__probe = [];
new BroadcastChannel("bts-probe").onmessage = (e) => window.__probe.push([e.data[0], e.data[1] - performance.timeOrigin]);
"""
# (line of the worker, code added after it): a mark, or a promise watched.
MARKS = [
    ('const module = import(new URL("pyodide.mjs", indexURL).href);', 'module.then(() => __m("w-mjs"));'),
    ('import(new URL("pyodide.asm.mjs", indexURL).href)', '.then((x) => { __m("w-asm-mjs"); return x; })'),
    ('if (message.type === "init") {', '__m("w-init");'),
    ("    response.catch(() => {});", 'response.then(() => __m("w-got-" + url.split("/").pop().slice(0, 14)), () => {});'),
    ("ruleset.catch(() => {});", 'ruleset.then(() => __m("w-ruleset-text"), () => {});'),
    ("const { loadPyodide } = await module;", '__m("w-loadPyodide");'),
    ("const snapshot = await storedSnapshot(store);", '__m("w-snapshot");'),
    ("pyodide = await withinLimit(loadPyodide({ indexURL, stdLibURL, packages: [], _loadSnapshot: snapshot }));", '__m("w-restored");'),
    ("pyodide = await withinLimit(loadPyodide({ indexURL, stdLibURL, packages: [], _makeSnapshot: Boolean(store) }));", '__m("w-booted");'),
    ("import checklist_engine\n`);", '__m("w-engine");'),
    ("keepSnapshot(store, pyodide.makeMemorySnapshot());", '__m("w-snapshot-made");'),
    ('pyodide.globals.delete("RULESET_TEXT");', '__m("w-ruleset");'),
    ("const engine = await ready;", '__m("w-ready");'),
    ('} else if (message.type === "evaluate") {', '__m("w-evaluate");'),
    ("const result = JSON.parse(engine.evaluate(message.answers, message.given));", '__m("w-evaluated");'),
    ('self.postMessage({ type: "result", id: message.id, result });', '__m("w-result");'),
]
BARE_MARKS = [
    ('const { loadPyodide } = await import(new URL("pyodide.mjs", event.data.pyodide).href);', '__m("w-mjs");'),
    ("const pyodide = await loadPyodide({ indexURL: event.data.pyodide, packages: [] });", '__m("w-booted");'),
]


def instrument(text: str, marks) -> str:
    text = PROBE + text
    for line, added in marks:
        text = text.replace(line, line + " " + added, 1)
    return text


def replace(file: Path, text: str) -> None:
    """A file of the copy, and its precompressed copies (the server prefers them)."""
    file.write_text(text, encoding="utf-8")
    Path(f"{file}.br").unlink(missing_ok=True)
    Path(f"{file}.gz").write_bytes(gzip.compress(file.read_bytes()))


def prepare(site: Path, copy: Path, variant: Path | None) -> None:
    shutil.copytree(site, copy)
    given = (lambda name: (variant / name).read_text(encoding="utf-8") if variant and (variant / name).is_file() else None)
    for worker in copy.glob("*/*/liste-personnalisee/worker.js"):
        replace(worker, instrument(given("worker.js") or worker.read_text(encoding="utf-8"), MARKS))
    for name, path in (("checklist.js", "assets/checklist/checklist.js"), ("checklist.css", "assets/checklist/checklist.css"),
                       ("bts-checklist-sw.js", "bts-checklist-sw.js")):
        file = copy / path
        replace(file, given(name) or file.read_text(encoding="utf-8"))
    bare = copy / "bench-bare" / "checklist_bare_worker.mjs"
    bare.write_text(instrument(bare.read_text(encoding="utf-8"), BARE_MARKS), encoding="utf-8")


# The page's own marks (ms since navigation), printed with the worker's.
PAGE_MARKS = """() => {
  const found = [];
  for (const name of ['worker-start', 'form-ready', 'engine-ready', 'render-start', 'render-end', 'first-result']) {
    const entry = performance.getEntriesByName('bts-checklist-' + name)[0];
    if (entry) found.push(['p-' + name, entry.startTime]);
  }
  const navigation = performance.getEntriesByType('navigation')[0];
  if (navigation) found.push(['p-interactive', navigation.domInteractive], ['p-dcl', navigation.domContentLoadedEventEnd]);
  return found;
}"""


def probed(page, url: str, checklist: bool) -> dict:
    page.add_init_script(LISTEN)
    result = cb.visit_checklist(page, url) if checklist else cb.visit_bare(page, url)
    found = page.evaluate("window.__probe") + (page.evaluate(PAGE_MARKS) if checklist else [])
    result["marks"] = sorted(found, key=lambda mark: mark[1])
    return result


def warm(playwright, url: str, visits: int = 2, settle: float = cb.SETTLE_S) -> dict:
    """The last of ``visits`` visits with one profile (the browser closed and reopened between them), measured
    ``settle`` seconds after the browser's launch: bench/checklist_bench.py's warm visit, instrumented."""
    return cb.warm(playwright, url, "checklist", settle=settle, visits=visits, visit_page=lambda page, address: probed(page, address, True))


def cold(browser, url: str, bare_url: str) -> dict:
    found = {}
    for kind, address in (("checklist", url), ("bare", bare_url)):
        context = browser.new_context()
        page = context.new_page()
        found[kind] = probed(page, address, kind == "checklist")
        if kind == "checklist":
            page.wait_for_selector("#bts-checklist[data-offline]", state="attached", timeout=300_000)
        page.wait_for_timeout(300)
        context.close()
    return found


def marks(result: dict) -> str:
    return " ".join(f"{name}={time:.0f}" for name, time in result["marks"])


def spread(values) -> str:
    return f"median {statistics.median(values):.0f} ({min(values):.0f}-{max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", action="append", required=True, help="NAME=FOLDER (FOLDER empty: the built code)")
    parser.add_argument("--warm", type=int, default=8)
    parser.add_argument("--cold", type=int, default=0)
    parser.add_argument("--visits", type=int, default=2, help="the warm visit measured is the last of these (2: the first return)")
    parser.add_argument("--notice", default="toulouse/2024")
    parser.add_argument("--settle", type=float, default=cb.SETTLE_S,
                        help="seconds between the browser's launch and the measured warm visit (0: at once)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        cb.build(site)
        origins = {}
        for given in args.variant:
            name, _, folder = given.partition("=")
            copy = Path(tmp) / f"variant-{name}"
            prepare(site, copy, Path(folder) if folder else None)
            origins[name], _ = cb.serve(copy)
        names = list(origins)
        found = {name: {"warm": [], "cold": []} for name in names}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=cb.CHROMIUM, args=cb.ARGS)
            for round_ in range(max(args.warm, args.cold)):
                print(f"-- round {round_}, load average {os.getloadavg()[0]:.2f}", flush=True)
                for name in names if round_ % 2 == 0 else names[::-1]:
                    url = f"{origins[name]}/{args.notice}/liste-personnalisee/"
                    if round_ < args.warm:
                        result = warm(playwright, url, args.visits, args.settle)
                        found[name]["warm"].append(result)
                        print(f"warm {name}: first answer {result['answer']:.0f}, snapshot {result['snapshot']} | {marks(result)}", flush=True)
                    if round_ < args.cold:
                        pair = cold(browser, url, f"{origins[name]}/bench-bare/")
                        found[name]["cold"].append(pair)
                        ratio = pair["checklist"]["answer"] / pair["bare"]["answer"]
                        print(f"cold {name}: first answer {pair['checklist']['answer']:.0f}, bare {pair['bare']['answer']:.0f}, ratio {ratio:.3f}, "
                              f"first content {pair['checklist']['useful']:.0f} | {marks(pair['checklist'])} | bare: {marks(pair['bare'])}", flush=True)
            browser.close()
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    first = names[0]
    for name in names:
        warm_answers = [r["answer"] for r in found[name]["warm"]]
        if warm_answers:
            line = f"{name} warm first answer: {spread(warm_answers)}"
            if name != first:
                diff = [b - a for a, b in zip((r["answer"] for r in found[first]["warm"]), warm_answers)]
                line += f"; paired difference with {first}: {spread(diff)}, faster in {sum(d < 0 for d in diff)}/{len(diff)}"
            print(line)
        pairs = found[name]["cold"]
        if pairs:
            ratios = [p["checklist"]["answer"] / p["bare"]["answer"] for p in pairs]
            print(f"{name} cold ratio to bare: median {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f}); "
                  f"first content {spread([p['checklist']['useful'] for p in pairs])}")


if __name__ == "__main__":
    main()
