"""Pyodide's boot in Node: with its own standard library, and with the checklist's (not a test).

    .venv/bin/python bench/pyodide_boot.py [--runs 5]

Each run is a fresh Node process that boots Pyodide from node_modules as the checklist's worker
does (``loadPyodide({packages: [], _makeSnapshot: true})``), then imports json, datetime and re,
and prints the time ``loadPyodide`` took and the whole. The two libraries alternate, run by run:
Pyodide's ``python_stdlib.zip`` (sources, compiled at each import) and the checklist's
(``generator/checklist/stdlib.py``: the modules it uses, compiled in advance; made first if the
cache does not hold it). Printed: each run, then the medians and the files' sizes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.checklist import stdlib  # noqa: E402

BOOT = """
import { pathToFileURL } from "node:url";
const [pyodideDir, zipPath] = process.argv.slice(1);
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "/pyodide.mjs").href);
const options = { packages: [], _makeSnapshot: true, stdout: () => {} };
if (zipPath) options.stdLibURL = pathToFileURL(zipPath).href;
const start = performance.now();
const pyodide = await loadPyodide(options);
const booted = performance.now();
pyodide.runPython("import json, datetime, re");
process.stdout.write(JSON.stringify({ boot: booted - start, total: performance.now() - start }) + "\\n");
"""


def boot(library: Path | None) -> dict:
    args = ["node", "--input-type=module", "-e", BOOT, str(stdlib.pyodide_folder())] + ([str(library)] if library else [])
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    ours = stdlib.built()
    variants = {"Pyodide's python_stdlib.zip": None, f"the checklist's {stdlib.file_name()}": ours}
    times: dict[str, list[dict]] = {name: [] for name in variants}
    for run in range(runs):
        order = list(variants) if run % 2 == 0 else list(reversed(variants))
        for name in order:
            result = boot(variants[name])
            times[name].append(result)
            print(f"run {run}: {name}: loadPyodide {result['boot']:.0f} ms, with the imports {result['total']:.0f} ms", flush=True)
    for name, path in variants.items():
        size = (path or stdlib.pyodide_folder() / "python_stdlib.zip").stat().st_size
        boots = [r["boot"] for r in times[name]]
        print(f"{name} ({size / 1e6:.2f} MB): loadPyodide median {statistics.median(boots):.0f} ms ({min(boots):.0f}–{max(boots):.0f})")


if __name__ == "__main__":
    main()
