// Module Web Worker: runs the checklist engine (Python) in Pyodide, loaded from the
// site's own assets/pyodide/ folder (self-hosted, never a CDN).
// Messages in:  {type: "init", pyodide, engine, ruleset} (absolute URLs)
//               {type: "evaluate", id, answers}
// Messages out: {type: "ready"} | {type: "error", message} | {type: "result", id, result}
let evaluate = null;

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

async function init(message) {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly indisponible");
  const { loadPyodide } = await import(new URL("pyodide.mjs", message.pyodide).href);
  const [pyodide, engineText, rulesetText] = await Promise.all([
    loadPyodide({ indexURL: message.pyodide }),
    fetchText(message.engine),
    fetchText(message.ruleset),
  ]);
  pyodide.FS.mkdirTree("/checklist");
  pyodide.FS.writeFile("/checklist/checklist_engine.py", engineText);
  pyodide.globals.set("RULESET_TEXT", rulesetText);
  evaluate = pyodide.runPython(`
import json, sys
sys.path.insert(0, "/checklist")
import checklist_engine
RULESET = json.loads(RULESET_TEXT)
lambda answers: json.dumps(checklist_engine.evaluate(RULESET, json.loads(answers)), ensure_ascii=False)
`);
}

self.onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.type === "init") {
      await init(message);
      self.postMessage({ type: "ready" });
    } else if (message.type === "evaluate" && evaluate) {
      const result = JSON.parse(evaluate(JSON.stringify(message.answers)));
      self.postMessage({ type: "result", id: message.id, result });
    }
  } catch (error) {
    self.postMessage({ type: "error", message: String(error && error.message ? error.message : error) });
  }
};
