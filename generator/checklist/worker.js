// Module Web Worker: runs the checklist engine (Python) in Pyodide, loaded from the
// site's own assets/pyodide/ folder (self-hosted, never a CDN). Started by
// site_overrides/assets/checklist/checklist.js; served from each checklist page's own folder
// (<academy>/<year>/liste-personnalisee/worker.js?v=…, generator/checklist/page.py), so that the
// page's service-worker registration (bts-checklist-sw.js) controls it and serves its requests
// offline.
// Messages in:  {type: "init", pyodide, stdlib, engine, ruleset} (absolute URLs, same origin;
//               stdlib: the standard library Pyodide boots with, generator/checklist/stdlib.py)
//               {type: "evaluate", id, answers, given} (given: the answers of the page's address, read as the
//               command line reads answers given at once, engine.evaluate_given; the result's « unasked »: those
//               of them the form would never take, left out)
// Messages out: {type: "ready", python} | {type: "error", message} | {type: "result", id, result}
// Any failure (WebAssembly missing, a file not loaded, the engine not importable) is
// reported as an "error" message: the page then shows its French fallback.
//
// Memory snapshot (Pyodide's _makeSnapshot / _loadSnapshot): on a first visit, Pyodide boots
// with _makeSnapshot, imports the engine, and the state of Python at that moment (about 31 MB:
// the interpreter and the imported engine; no ruleset, no answer: nothing of the candidate)
// is kept in the browser's Cache Storage (SNAPSHOT_CACHE), keyed by Pyodide's folder and
// tagged with the engine's version (the ?v= of its URL: its SHA-256, cut short) and the standard
// library's file (its name changes with what it holds: a snapshot's imported modules and the
// library mounted beside them must be the same one's). The next visits
// restore it instead of booting Python and importing the engine again (about 0.25 s instead of
// 0.7 s, bench/README.md); they do not fetch the engine, and the snapshot is read while
// Pyodide's own files load. A snapshot that does not match the engine, or fails to restore, is
// dropped and Pyodide boots as on a first visit. Without Cache Storage (private windows of some
// browsers), no snapshot.
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
async function watched(url, request) {
  try {
    const response = await request;
    if (!response.ok) reportLoadFailure(new Error(`${url} : HTTP ${response.status}`));
    else if (pyodideFolder && url.startsWith(pyodideFolder)) keepPyodideFile(url, response.clone());
    return response;
  } catch (error) {
    reportLoadFailure(new Error(`${url} : ${error && error.message ? error.message : error}`));
    throw error;
  }
}
self.fetch = (input, options) => {
  const url = String(input && input.url ? input.url : input);
  const started = early.get(url);
  if (started) {
    early.delete(url);
    return started;
  }
  return watched(url, realFetch(input, options));
};

// Pyodide asks for its files one after the other: its module (pyodide.mjs), then, once that has
// arrived, its WebAssembly, standard library, lock file and second module. Here they are all
// asked for at once when the worker starts; Pyodide's own request for each of these files is
// answered with the one under way (the same URL, asked once), and its import of pyodide.asm.mjs
// finds the module imported already.
const EARLY = ["pyodide.asm.wasm", "pyodide-lock.json"];
const early = new Map();
function startEarly(indexURL, stdLibURL) {
  for (const url of [...EARLY.map((name) => new URL(name, indexURL).href), stdLibURL]) {
    const response = watched(url, realFetch(url));
    response.catch(() => {});
    early.set(url, response);
  }
  import(new URL("pyodide.asm.mjs", indexURL).href).catch(() => {}); // a failure is Pyodide's to report
}

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

// What a snapshot is made with: the engine's version, its URL's ?v= (the SHA-256 of its text, cut
// short, written in the page by generator/checklist/page.py), and the standard library's file name.
// The snapshot is tagged with it; without an engine version, no snapshot.
function snapshotVersion(engineURL, stdLibURL) {
  const engine = new URL(engineURL).searchParams.get("v");
  return engine && `${engine} ${new URL(stdLibURL).pathname.split("/").pop()}`;
}

// The snapshot's cache entry: one per Pyodide folder (its version), tagged with snapshotVersion().
async function snapshotStore(indexURL, version) {
  try {
    if (typeof caches !== "object" || !version) return null;
    const cache = await caches.open(SNAPSHOT_CACHE);
    return { cache, key: new URL("bts-engine-snapshot", indexURL).href, version };
  } catch {
    return null;
  }
}

// The stored snapshot made with this engine and standard library, as the promise of its bytes: read
// from Cache Storage (about 31 MB) while Pyodide's own files load. One made with another is dropped.
async function storedSnapshot(store) {
  if (!store) return null;
  try {
    const response = await store.cache.match(store.key);
    if (!response) return null;
    if (response.headers.get("x-bts-snapshot-of") === store.version) return response.arrayBuffer();
    await store.cache.delete(store.key);
  } catch {
    // unreadable: Pyodide boots and makes another
  }
  return null;
}

// Kept under this Pyodide folder's key; the snapshots of other Pyodide versions (tens of MB each)
// are deleted, so that an upgrade does not leave the old one behind.
function keepSnapshot(store, bytes) {
  const headers = { "content-type": "application/octet-stream", "x-bts-snapshot-of": store.version };
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
  const engineURL = sameOrigin(message.engine);
  // The checklist's own standard library (generator/checklist/stdlib.py): the modules it uses, compiled in
  // advance, in Pyodide's folder (kept for the next visits with Pyodide's files).
  const stdLibURL = sameOrigin(message.stdlib);
  pyodideFolder = indexURL;
  if (typeof caches === "object") keepPyodideModules(indexURL);
  // Pyodide's files and our own, all at once.
  const module = import(new URL("pyodide.mjs", indexURL).href);
  startEarly(indexURL, stdLibURL);
  const ruleset = fetchText(sameOrigin(message.ruleset));
  ruleset.catch(() => {});
  const store = await snapshotStore(indexURL, snapshotVersion(engineURL, stdLibURL));
  const snapshot = await storedSnapshot(store);
  // Without a snapshot the engine's text is needed: fetched while Pyodide boots. With one, the
  // engine is in it already (its text is fetched only if the snapshot cannot be restored).
  let engine = snapshot ? null : fetchText(engineURL);
  if (engine) engine.catch(() => {});
  const { loadPyodide } = await module;
  if (typeof loadPyodide !== "function") throw new Error("pyodide.mjs ne fournit pas loadPyodide");
  let pyodide = null;
  let restored = false;
  if (snapshot) {
    try {
      // The snapshot's bytes as a promise: Pyodide fetches and compiles its WebAssembly meanwhile.
      pyodide = await withinLimit(loadPyodide({ indexURL, stdLibURL, packages: [], _loadSnapshot: snapshot }));
      restored = pyodide.runPython("import sys; 'checklist_engine' in sys.modules") === true;
    } catch (error) {
      console.warn("Liste personnalisée : instantané de Pyodide inutilisable, démarrage complet", error);
      pyodide = null;
    }
    if (!restored) await store.cache.delete(store.key).catch(() => {});
  }
  if (!restored) {
    engine = engine || fetchText(engineURL);
    pyodide = await withinLimit(loadPyodide({ indexURL, stdLibURL, packages: [], _makeSnapshot: Boolean(store) }));
    pyodide.FS.mkdirTree("/checklist");
    pyodide.FS.writeFile("/checklist/checklist_engine.py", await withinLimit(engine));
    // The engine needs the standard library only: no loadPackage. An import error raises here.
    pyodide.runPython(`
import json, sys
sys.path.insert(0, "/checklist")
import checklist_engine
`);
    // Before the ruleset and any answer: the snapshot holds nothing of the candidate.
    if (store) {
      try {
        keepSnapshot(store, pyodide.makeMemorySnapshot());
      } catch (error) {
        console.warn("Liste personnalisée : instantané de Pyodide non enregistré", error);
      }
    }
  }
  pyodide.globals.set("RULESET_TEXT", await withinLimit(ruleset));
  const evaluate = pyodide.runPython(`
import json, checklist_engine
RULESET = json.loads(RULESET_TEXT)
def _evaluate(answers_text, given=False):
    answers = json.loads(answers_text)
    if not given:
        return json.dumps(checklist_engine.evaluate(RULESET, answers), ensure_ascii=False)
    # the answers of an address (a shared link), given at once: as the command line reads them (evaluate_given), those
    # the form would never take left out, and named (unasked: fix59c)
    result = checklist_engine.evaluate_given(RULESET, answers)
    counted = checklist_engine.normalise(RULESET, answers)
    result["unasked"] = [qid for qid in result["dropped"] if qid in counted]
    return json.dumps(result, ensure_ascii=False)
_evaluate
`);
  pyodide.globals.delete("RULESET_TEXT");
  if (typeof evaluate !== "function") throw new Error("le moteur de la liste n'a pas pu être chargé");
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  return { evaluate: (answers, given) => evaluate(JSON.stringify(answers), Boolean(given)), python, restored };
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
      const result = JSON.parse(engine.evaluate(message.answers, message.given));
      self.postMessage({ type: "result", id: message.id, result });
      if (later) firstResultSent();
    }
  } catch (error) {
    self.postMessage({ type: "error", message: String(error && error.message ? error.message : error) });
  }
};
