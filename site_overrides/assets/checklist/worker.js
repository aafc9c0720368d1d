// Module Web Worker: runs the checklist engine (Python) in Pyodide, loaded from the
// site's own assets/pyodide/ folder (self-hosted, never a CDN).
// Messages in:  {type: "init", pyodide, engine, ruleset} (absolute URLs, same origin)
//               {type: "evaluate", id, answers}
// Messages out: {type: "ready", python} | {type: "error", message} | {type: "result", id, result}
// Any failure (WebAssembly missing, a file not loaded, the engine not importable) is
// reported as an "error" message: the page then shows its French fallback.
//
// Memory snapshot (Pyodide's _makeSnapshot / _loadSnapshot): on a first visit, Pyodide boots
// with _makeSnapshot, imports the engine, and the state of Python at that moment (about 31 MB:
// the interpreter and the imported engine; no ruleset, no answer: nothing of the candidate)
// is kept in the browser's Cache Storage (SNAPSHOT_CACHE), keyed by Pyodide's folder and
// tagged with the engine's SHA-256. The next visits restore it instead of booting Python and
// importing the engine again (about 0.25 s instead of 2.5 s, bench/README.md). A snapshot
// that does not match the engine, or fails to restore, is dropped and Pyodide boots as on a
// first visit. Without Cache Storage (private windows of some browsers), no snapshot.
let ready = null;
const SNAPSHOT_CACHE = "bts-checklist-snapshot";
const BOOT_LIMIT_MS = 120_000;

// Pyodide logs a failed download of its WebAssembly file as a mere warning and then
// waits forever: every fetch of this worker is watched, and a failure rejects the boot.
let reportLoadFailure = () => {};
const loadFailure = new Promise((_, reject) => { reportLoadFailure = reject; });
loadFailure.catch(() => {});
const realFetch = self.fetch.bind(self);
let pyodideFolder = null; // set by init: Pyodide's files are kept for the next visits as they arrive
self.fetch = async (input, options) => {
  const url = String(input && input.url ? input.url : input);
  try {
    const response = await realFetch(input, options);
    if (!response.ok) reportLoadFailure(new Error(`${url} : HTTP ${response.status}`));
    else if (pyodideFolder && url.startsWith(pyodideFolder)) keepPyodideFile(url, response.clone());
    return response;
  } catch (error) {
    reportLoadFailure(new Error(`${url} : ${error && error.message ? error.message : error}`));
    throw error;
  }
};

// A file of Pyodide's (versioned) folder into the cache the checklist's service worker serves
// (bts-checklist-sw.js: cache first for these), unless it is there already: the next visit,
// and an offline one, start from it without downloading it again.
const FILES_CACHE = "bts-checklist";
function keepPyodideFile(url, copy) {
  if (typeof caches !== "object") return;
  afterFirstResult(() => caches.open(FILES_CACHE)
    .then(async (cache) => {
      if (await cache.match(url)) return copy.body && copy.body.cancel();
      return cache.put(url, copy);
    })
    .catch(() => {}));
}

// Pyodide's modules are imported, not fetched through self.fetch: asked for again once (the
// HTTP cache answers) to be kept the same way.
const MODULES = ["pyodide.mjs", "pyodide.asm.mjs"];
function keepPyodideModules(indexURL) {
  afterFirstResult(() => {
    for (const name of MODULES) {
      const url = new URL(name, indexURL).href;
      caches.open(FILES_CACHE)
        .then(async (cache) => { if (!(await cache.match(url))) await cache.add(url); })
        .catch(() => {});
    }
  });
}

// Writing to Cache Storage (Pyodide's files, the snapshot) waits for the first result: it
// would compete with the boot for the processor and the disk.
let later = [];
function afterFirstResult(task) {
  if (later) later.push(task);
  else task();
}
function firstResultSent() {
  const tasks = later || [];
  later = null;
  setTimeout(() => tasks.forEach((task) => task()), 0);
}

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

async function sha256(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// The snapshot's cache entry: one per Pyodide folder (its version), tagged with the engine's hash.
async function snapshotStore(indexURL) {
  try {
    if (typeof caches !== "object" || !crypto.subtle) return null;
    const cache = await caches.open(SNAPSHOT_CACHE);
    return { cache, key: new URL("bts-engine-snapshot", indexURL).href };
  } catch {
    return null;
  }
}

// The stored snapshot and the engine hash it was made with, read while the engine's text arrives.
async function readSnapshot(store) {
  if (!store) return null;
  try {
    const response = await store.cache.match(store.key);
    if (!response) return null;
    return { engine: response.headers.get("x-bts-engine"), bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch {
    return null;
  }
}

// The snapshot, when it was made with this engine (else dropped: Pyodide boots and makes another).
async function storedSnapshot(store, stored, engineHash) {
  if (!stored) return null;
  if (stored.engine === engineHash) return stored.bytes;
  await store.cache.delete(store.key).catch(() => {});
  return null;
}

// Kept under this Pyodide folder's key; the snapshots of other Pyodide versions (tens of MB each)
// are deleted, so that an upgrade does not leave the old one behind.
function keepSnapshot(store, engineHash, bytes) {
  const headers = { "content-type": "application/octet-stream", "x-bts-engine": engineHash };
  afterFirstResult(async () => {
    try {
      for (const request of await store.cache.keys()) {
        if (request.url !== store.key) await store.cache.delete(request);
      }
      await store.cache.put(store.key, new Response(bytes, { headers }));
    } catch {
      // no room, or storage refused: the next visit boots without a snapshot
    }
  });
}

async function init(message) {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly indisponible");
  const indexURL = sameOrigin(message.pyodide);
  pyodideFolder = indexURL;
  if (typeof caches === "object") keepPyodideModules(indexURL);
  // Fetch our own files while Pyodide's module arrives (the page preloaded them all).
  const texts = Promise.all([fetchText(sameOrigin(message.engine)), fetchText(sameOrigin(message.ruleset))]);
  const module = import(new URL("pyodide.mjs", indexURL).href);
  const store = await snapshotStore(indexURL);
  const reading = readSnapshot(store);
  const [engineText, rulesetText] = store ? await withinLimit(texts) : [null, null];
  const engineHash = store ? await sha256(engineText) : null;
  const snapshot = await storedSnapshot(store, await reading, engineHash);
  const { loadPyodide } = await module;
  if (typeof loadPyodide !== "function") throw new Error("pyodide.mjs ne fournit pas loadPyodide");
  let pyodide = null;
  let restored = false;
  if (snapshot) {
    try {
      pyodide = await withinLimit(loadPyodide({ indexURL, packages: [], _loadSnapshot: snapshot }));
      restored = pyodide.runPython("import sys; 'checklist_engine' in sys.modules") === true;
    } catch (error) {
      console.warn("Liste personnalisée : instantané de Pyodide inutilisable, démarrage complet", error);
      pyodide = null;
    }
    if (!restored) await store.cache.delete(store.key).catch(() => {});
  }
  if (!restored) pyodide = await withinLimit(loadPyodide({ indexURL, packages: [], _makeSnapshot: Boolean(store) }));
  const [engine, ruleset] = store ? [engineText, rulesetText] : await withinLimit(texts);
  if (!restored) {
    pyodide.FS.mkdirTree("/checklist");
    pyodide.FS.writeFile("/checklist/checklist_engine.py", engine);
    // The engine needs the standard library only: no loadPackage. An import error raises here.
    pyodide.runPython(`
import json, sys
sys.path.insert(0, "/checklist")
import checklist_engine
`);
    // Before the ruleset and any answer: the snapshot holds nothing of the candidate.
    if (store) {
      try {
        keepSnapshot(store, engineHash, pyodide.makeMemorySnapshot());
      } catch (error) {
        console.warn("Liste personnalisée : instantané de Pyodide non enregistré", error);
      }
    }
  }
  pyodide.globals.set("RULESET_TEXT", ruleset);
  const evaluate = pyodide.runPython(`
import json, checklist_engine
RULESET = json.loads(RULESET_TEXT)
def _evaluate(answers_text):
    return json.dumps(checklist_engine.evaluate(RULESET, json.loads(answers_text)), ensure_ascii=False)
_evaluate
`);
  pyodide.globals.delete("RULESET_TEXT");
  if (typeof evaluate !== "function") throw new Error("le moteur de la liste n'a pas pu être chargé");
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  return { evaluate: (answers) => evaluate(JSON.stringify(answers)), python, restored };
}

self.onmessage = async (event) => {
  const message = event.data;
  try {
    if (message.type === "init") {
      ready = init(message);
      const engine = await ready;
      self.postMessage({ type: "ready", python: engine.python, restored: engine.restored });
    } else if (message.type === "evaluate") {
      if (!ready) throw new Error("moteur non initialisé");
      const engine = await ready;
      const result = JSON.parse(engine.evaluate(message.answers));
      self.postMessage({ type: "result", id: message.id, result });
      if (later) firstResultSent();
    }
  } catch (error) {
    self.postMessage({ type: "error", message: String(error && error.message ? error.message : error) });
  }
};
