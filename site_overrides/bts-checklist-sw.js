// The checklist's service worker: after a first visit, a checklist page works offline and
// starts from the cache. Registered by checklist.js once, for the checklist page's folder
// (<academy>/<year>/liste-personnalisee/): the page itself, and the engine's worker, whose script
// is served from that same folder (worker.js, copied there by generator/checklist/page.py) so
// that this one registration controls it and its requests for Pyodide, the engine and the
// ruleset come here too. At the site's root so that it may serve any page's folder (a service
// worker's scope is under its script's folder, without a Service-Worker-Allowed header).
// (Earlier versions also registered it for assets/checklist/, where the worker was then served
// from; checklist.js removes that registration.)
// No other page of the site is controlled. The files are put in the cache by the page itself,
// after its first answer (checklist.js: keepForOffline): the page, its scripts and styles,
// the engine, the ruleset and Pyodide's files. It also removes another build's Pyodide and
// standard library, and the earlier versions of the files named by their content (…?v=…), unless
// a checklist page kept in the cache (another academy's) names them.
//
// Pyodide's files live in a folder named after their version (assets/pyodide/<version>/), and the
// engine, the ruleset and the worker are named by their content (engine.py?v=…, ruleset.json?v=…,
// worker.js?v=…, written in the page by generator/checklist/page.py): they never change under a
// URL, so they are served from the cache first, and a page always runs with the engine, ruleset
// and worker of its own build. Everything else (the page, its scripts and styles) comes from the
// network first, so that a corrected date is seen at once, and from the cache when the network
// fails or has not answered within NETWORK_LIMIT_MS.
//
// No personal data: the answers are in the URL's fragment, which is never part of a request;
// nothing the candidate types is stored.
const CACHE = "bts-checklist";
const PYODIDE = /\/assets\/pyodide\/[^/]+\//;
const NETWORK_LIMIT_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(PYODIDE.test(url.pathname) || url.searchParams.has("v") ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone()).catch(() => {});
  return response;
}

async function networkFirst(request) {
  const network = fetch(request);
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_LIMIT_MS, null); });
  try {
    const response = await Promise.race([network.catch(() => null), late]);
    if (response) return response;
  } finally {
    clearTimeout(timer);
  }
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: request.mode === "navigate", ignoreVary: true });
  return cached || network;
}
