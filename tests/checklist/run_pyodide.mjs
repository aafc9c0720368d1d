// Runs the checklist engine in Pyodide under Node, once per process (one boot).
// Usage: node run_pyodide.mjs ENGINE.py INPUT.json [STDLIB.zip]
// INPUT.json: {"rulesets": {key: ruleset}, "jobs": [[key, answers], ...]}
// STDLIB.zip: the standard library Pyodide boots with, as the checklist's worker gives it
// (generator/checklist/stdlib.py); without it, Pyodide's own.
// Prints one JSON line: {"python": version, "json_module": file json was imported from,
// "results": [result, ...]} (same order as jobs).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const { loadPyodide } = await import(pathToFileURL(join(root, "node_modules", "pyodide", "pyodide.mjs")).href);

const [enginePath, inputPath, stdlibPath] = process.argv.slice(2);
const options = { packages: [], stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") };
if (stdlibPath) options.stdLibURL = pathToFileURL(stdlibPath).href;
const pyodide = await loadPyodide(options);
pyodide.FS.mkdirTree("/checklist");
pyodide.FS.writeFile("/checklist/checklist_engine.py", readFileSync(enginePath, "utf8"));
pyodide.globals.set("INPUT_TEXT", readFileSync(inputPath, "utf8"));
const output = pyodide.runPython(`
import json, sys
sys.path.insert(0, "/checklist")
import checklist_engine
data = json.loads(INPUT_TEXT)
results = [checklist_engine.evaluate(data["rulesets"][key], answers) for key, answers in data["jobs"]]
json.dumps({"python": sys.version.split()[0], "json_module": json.__file__, "results": results}, ensure_ascii=False, sort_keys=True)
`);
process.stdout.write(output + "\n");
