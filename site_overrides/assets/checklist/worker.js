// Module Web Worker: runs the checklist engine (Python) in Pyodide, loaded from the
// site's own assets/pyodide/ folder (self-hosted, never a CDN).
// Messages in:  {type: "init", pyodide, engine, ruleset} (absolute URLs, same origin)
//               {type: "evaluate", id, answers}
// Messages out: {type: "ready", python} | {type: "error", message} | {type: "result", id, result}
// Any failure (WebAssembly missing, a file not loaded, the engine not importable) is
// reported as an "error" message: the page then shows its French fallback.
let ready = null;
const BOOT_LIMIT_MS = 120_000;

// Pyodide logs a failed download of its WebAssembly file as a mere warning and then
// waits forever: every fetch of this worker is watched, and a failure rejects the boot.
let reportLoadFailure = () => {};
const loadFailure = new Promise((_, reject) => { reportLoadFailure = reject; });
loadFailure.catch(() => {});
const realFetch = self.fetch.bind(self);
self.fetch = async (input, options) => {
  const url = String(input && input.url ? input.url : input);
  try {
    const response = await realFetch(input, options);
    if (!response.ok) reportLoadFailure(new Error(`${url} : HTTP ${response.status}`));
    return response;
  } catch (error) {
    reportLoadFailure(new Error(`${url} : ${error && error.message ? error.message : error}`));
    throw error;
  }
};

function withinLimit(promise) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pyodide non chargé après ${BOOT_LIMIT_MS / 1000} s`)), BOOT_LIMIT_MS);
  });
  return Promise.race([promise, loadFailure, late]).finally(() => clearTimeout(timer));
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
  return response.text();
}

function sameOrigin(url) {
  if (new URL(url).origin !== self.location.origin) throw new Error(`${url} : autre origine refusée`);
  return url;
}

async function init(message) {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly indisponible");
  const indexURL = sameOrigin(message.pyodide);
  // Fetch our own files while Pyodide boots.
  const texts = Promise.all([fetchText(sameOrigin(message.engine)), fetchText(sameOrigin(message.ruleset))]);
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  if (typeof loadPyodide !== "function") throw new Error("pyodide.mjs ne fournit pas loadPyodide");
  const pyodide = await withinLimit(loadPyodide({ indexURL, packages: [] }));
  const [engineText, rulesetText] = await withinLimit(texts);
  pyodide.FS.mkdirTree("/checklist");
  pyodide.FS.writeFile("/checklist/checklist_engine.py", engineText);
  pyodide.globals.set("RULESET_TEXT", rulesetText);
  // The engine needs the standard library only: no loadPackage. An import error raises here.
  const evaluate = pyodide.runPython(`
import json, sys
sys.path.insert(0, "/checklist")
import checklist_engine
RULESET = json.loads(RULESET_TEXT)
def _evaluate(answers_text):
    return json.dumps(checklist_engine.evaluate(RULESET, json.loads(answers_text)), ensure_ascii=False)
_evaluate
`);
  pyodide.globals.delete("RULESET_TEXT");
  if (typeof evaluate !== "function") throw new Error("le moteur de la liste n'a pas pu être chargé");
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  return { evaluate: (answers) => evaluate(JSON.stringify(answers)), python };
}

self.onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.type === "init") {
      ready = init(message);
      const engine = await ready;
      self.postMessage({ type: "ready", python: engine.python });
    } else if (message.type === "evaluate") {
      if (!ready) throw new Error("moteur non initialisé");
      const engine = await ready;
      const result = JSON.parse(engine.evaluate(message.answers));
      self.postMessage({ type: "result", id: message.id, result });
    }
  } catch (error) {
    self.postMessage({ type: "error", message: String(error && error.message ? error.message : error) });
  }
};
