// Writes the checklist's standard library (generator/checklist/stdlib.py runs it; stdlib_trim.py says
// what it holds): boots Pyodide as the checklist's worker does, records the modules Python has
// imported then, and has stdlib_trim.py, in that same Pyodide, compile them and those the engine's
// and the worker's imports reach into one zip.
// Usage: node stdlib.mjs PYODIDE_DIR STDLIB_TRIM.py ROOTS.json OUT.zip
// Prints one JSON line: {"python": version, "modules": [names]}.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, trimPath, rootsPath, outPath] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
// As generator/checklist/worker.js boots it on a first visit (a snapshot is made after the engine's import).
const pyodide = await loadPyodide({ packages: [], _makeSnapshot: true, stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
pyodide.runPython("import json, sys");
pyodide.makeMemorySnapshot();
const recorded = pyodide.runPython("import sys; json.dumps(sorted(sys.modules))");
pyodide.FS.mkdirTree("/trim");
pyodide.FS.writeFile("/trim/python_stdlib.zip", readFileSync(join(pyodideDir, "python_stdlib.zip")));
pyodide.FS.writeFile("/trim/stdlib_trim.py", readFileSync(trimPath));
pyodide.globals.set("RECORDED", recorded);
pyodide.globals.set("ROOTS", readFileSync(rootsPath, "utf8"));
const names = pyodide.runPython(`
import json, sys, zipfile
sys.path.insert(0, "/trim")
import stdlib_trim
with zipfile.ZipFile("/trim/python_stdlib.zip") as library:
    names = stdlib_trim.trimmed(library, json.loads(RECORDED), json.loads(ROOTS), "/trim/out.zip", "/lib/python%d%d.zip/" % sys.version_info[:2])
json.dumps({"python": sys.version.split()[0], "modules": names})
`);
writeFileSync(outPath, pyodide.FS.readFile("/trim/out.zip"));
process.stdout.write(names + "\n");
