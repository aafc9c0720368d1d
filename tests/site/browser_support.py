"""Helpers of the browser tests of the published site (imported by name: keep this module name unique).

- ``serve_site``: the built site on 127.0.0.1, with the HTTP headers of its own
  ``_headers`` file (what Netlify / Cloudflare Pages would send), so that the
  Content-Security-Policy applies as a header (workers included) and as a meta;
- ``Watched``: a browser page whose CSP violations, console errors, page errors,
  dialogs and requests to another origin are recorded, and the theme's search queries and answers counted
  (``search_settled``: the results of a whole query typed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.server
import os
import re
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
# The tests' Chromium runs WebAssembly with V8's baseline compiler only (Liftoff): the same results, but no optimizing
# recompilation of Pyodide's hot functions in the background, which nearly every checklist visit of a test is too short
# to profit from. Measured 2026-12-03: a checklist's first result costs about 2.7 s of processor instead of 3.5 s, and
# tests/site/test_checklist_phone_browser.py took 307 s instead of 394 s on the busy machine (two runs, one each).
# Speed is measured in bench/ only, with the browser's defaults (bench/checklist_bench.py ARGS).
TEST_ONLY_ARGS = ["--js-flags=--liftoff-only"]
PYODIDE_WASM = Path(__file__).resolve().parents[2] / "node_modules" / "pyodide" / "pyodide.asm.wasm"
READY_TIMEOUT = 90_000  # ms: a cold Pyodide boot on a slow CI machine

# Every CSP violation of the page (and of the workers it starts: their reports
# reach the page's console) is kept in window.__cspViolations.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
}, true);
"""

# The theme's search (MkDocs Material 9.8.2) sends its worker a query at every key that changed its box's value and,
# at each answer, empties its result list and renders that answer's results (one answer a query, in their order): while
# a loaded machine's worker answers the first letters of a query, the list shows their results (or those of the query
# before, kept while the search was closed), then is replaced. window.__btsSearch counts the queries sent to the search
# worker (the one set up with the index: the checklist's worker is not counted) and the answers its page has rendered,
# so that a test reads the results of the whole query typed (``search_settled``). (Installed before the page's scripts:
# every query counted; its listener is added after the theme's, which renders an answer within its message event.)
WATCH_SEARCH = """
(() => {
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // the theme's SearchMessageType
  const watch = window.__btsSearch = { ready: false, sent: 0, answered: 0 };
  const post = Worker.prototype.postMessage;
  const listen = EventTarget.prototype.addEventListener;
  const searching = new WeakSet();
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === SETUP && message.data && message.data.config && Array.isArray(message.data.docs) && !searching.has(this)) {
      searching.add(this);
      listen.call(this, 'message', (event) => {
        // (after the theme's listener, added at the search's start, before the index came: it has rendered the answer,
        // and sent the query typed while the index was awaited; no timer, which Playwright's clock may hold)
        const type = event.data && event.data.type;
        if (type === READY) watch.ready = true;
        if (type === RESULT) watch.answered += 1;
      });
    } else if (message && message.type === QUERY && searching.has(this)) {
      watch.sent += 1;
    }
    return post.call(this, message, ...rest);
  };
})();
"""

# The page's animations that can move, size or hide something: all but those of paint only (a colour, a shadow), which
# change no box, opacity, visibility nor what is at a point. Nearly every link of the theme takes a 125 ms colour
# transition when focused: tests that walk the Tab stops wait for the other animations only (2026-12-04: ~120 ms a stop).
MOVING_ANIMATIONS = """() => {
  const paint = new Set(['color', 'backgroundColor', 'borderColor', 'borderTopColor', 'borderRightColor', 'borderBottomColor',
    'borderLeftColor', 'outlineColor', 'textDecorationColor', 'caretColor', 'boxShadow', 'fill', 'stroke']);
  return document.getAnimations().filter((a) => !a.effect || a.effect.getKeyframes().some((frame) =>
    Object.keys(frame).some((name) => !['offset', 'computedOffset', 'easing', 'composite'].includes(name) && !paint.has(name))));
}"""


# The element that has the focus, as a number of its own for the document's life (kept in a WeakMap of the page: nothing
# written on the element); null when no element but the <body> has it. What a walk of the Tab stops compares to know it
# came back to its first stop (phone64): a script's description of the element is no identity, it reads the element at
# that moment (test_phone_browser.py's FOCUSED: the theme's « Aller au contenu » fades in and slides on focus, its
# « seen » was False one time and True the next, and a walk that compared descriptions went round the page again).
FOCUS_MARK = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const marks = window.__btsFocusMarks || (window.__btsFocusMarks = new WeakMap());
  if (!marks.has(e)) marks.set(e, (window.__btsFocusMarked = (window.__btsFocusMarked || 0) + 1));
  return marks.get(e);
}"""


# What ``goto_loaded`` waits for after the load event, in place of Playwright's « networkidle » (500 ms without a request
# of the page: about half a second of pure waiting at every load, the favicon being the only request after the load of
# most pages; stop 66, speedH): every request of the page finished and QUIET_AFTER_LOAD seconds without a request starting
# or ending, counted from the load at the earliest, the document's icon asked and received first (Chromium asks for it
# a few ms to a few hundred after the load: 0 to 595 ms measured under a load of 22 on 2 processors, when networkidle
# had sometimes already passed). The requests counted are those networkidle counts: the page's frames' and those of its
# dedicated workers (the checklist's engine fetches Pyodide's files: Playwright reports them on the page that started
# the worker), not a service worker's own (the context's), nor an EventSource's. What the tests that read requests
# still get: a request started before the load (the theme's search index, held by bts-search-on-demand.js; a foreign
# file a script asks for while the page loads) or by a handler of DOMContentLoaded or load (reported before the load
# event) is recorded; one started later by a timer or a chain of answers is recorded if it starts less than
# QUIET_AFTER_LOAD after the last one ended (networkidle gave it 500 ms: neither waited for what the checklist does a
# second after its first answer, keepForOffline).
QUIET_AFTER_LOAD = 0.1  # s
ICON_WAIT = 1.0  # s after the load: the longest wait for a document's icon that Chromium does not ask for
LOADED_TIMEOUT = 30.0  # s after the load: Playwright's default timeout, which networkidle had
DOCUMENT_ICON = """() => { const icon = document.querySelector('link[rel~="icon"][href]'); return icon ? icon.href : null; }"""


def goto_loaded(page, url: str) -> None:
    """``url`` loaded whole: its load event passed (every script of the page run, the handlers of DOMContentLoaded too)
    and the network quiet: no request of the page still in flight, none started by the page's load handlers, its icon
    received (QUIET_AFTER_LOAD). Playwright's « networkidle » is not used: it does not wait for the load (500 ms without
    a request since the document's commit, which a loaded machine's renderer, still parsing the page and running its
    scripts after its last file came, can pass before DOMContentLoaded: phone64, on the home page, the table's region
    read with the tabindex="0" of the HTML that bts.js removes at DOMContentLoaded; 1 first visit in 15 under 3 busy
    loops, document.readyState still « loading »), and it costs 500 ms of waiting a load."""
    inflight: set = set()
    asked: set[str] = set()
    moved = [0.0]  # (when a request of the page last started or ended)

    def started(request) -> None:
        moved[0] = time.monotonic()
        asked.add(request.url)
        if request.resource_type != "eventsource":  # (networkidle does not wait for an EventSource either)
            inflight.add(request)

    def ended(request) -> None:
        moved[0] = time.monotonic()
        inflight.discard(request)

    listeners = (("request", started), ("requestfinished", ended), ("requestfailed", ended))
    for event, listener in listeners:
        page.on(event, listener)
    try:
        page.goto(url, wait_until="load")
        loaded = time.monotonic()
        icon = page.evaluate(DOCUMENT_ICON)
        while True:  # (each wait_for_timeout lets the Playwright client deliver the page's request events)
            now = time.monotonic()
            if now - loaded > LOADED_TIMEOUT:
                raise AssertionError(f"{url}: {LOADED_TIMEOUT} s after its load, requests still in flight: {sorted(r.url for r in inflight)}")
            if inflight or (icon is not None and icon not in asked and now - loaded < ICON_WAIT):
                page.wait_for_timeout(20)
                continue
            quiet = QUIET_AFTER_LOAD - (now - max(moved[0], loaded))
            if quiet <= 0:
                return
            page.wait_for_timeout(quiet * 1000)
    finally:
        for event, listener in listeners:
            page.remove_listener(event, listener)


# When a page loaded by ``load_paused`` says it is (the day matters to no test that reads a typing's pause), and when its
# clock then stands still: an hour later, far more than any page load.
PAUSED_LOADED_AT = dt.datetime(2025, 10, 1, 10, tzinfo=dt.timezone.utc)
PAUSED_AT = PAUSED_LOADED_AT + dt.timedelta(hours=1)


def typed_in_the_finder(page, typed: str):
    """``typed`` typed in the home page's department finder as a thumb would (the field scrolled to, tapped, a key every
    20 ms: the page's handlers see each keystroke); the field (a Locator)."""
    field = page.locator("#bts-filter-input")
    field.scroll_into_view_if_needed()
    field.tap()
    page.keyboard.type(typed, delay=20)
    return field


def load_paused(page, url: str, then=None) -> None:
    """``url`` loaded whole (``goto_loaded``) under Playwright's clock, installed before the page, then paused
    (``PAUSED_AT``): the page's timers (a typing's pause, SAID_AFTER; the finder's answer brought into view) run only
    when the test moves the clock (``page.clock.run_for``), never by the machine's speed. A loaded machine let more than
    500 ms pass between two keystrokes, or between the last one and the next read, and the page said the words « while
    typing » (CI, stop 64); or fired a timer after the 900 ms a test waited (flaketimers65). ``then(page)``, if given,
    runs before the pause (the checklist's first answer: its engine's messages do not wait for the clock, its page's
    timers do). For a ``Watched`` of its own: a kept context refuses ``pause_at`` (``Pool``)."""
    page.clock.install(time=PAUSED_LOADED_AT)
    goto_loaded(page, url)
    if then is not None:
        then(page)
    page.clock.pause_at(PAUSED_AT)


def install_paused(page, at: dt.datetime) -> None:
    """Playwright's clock installed on ``page`` before its document, standing still at ``at`` until the test moves it
    (``run_for``, ``fast_forward``): the moments a page left open reaches are the test's, whatever the time its load and
    the checklist's first answer take (a cold boot of Pyodide on a loaded machine: up to READY_TIMEOUT), where a clock
    installed running at 30 s before a moment gave the load those 30 s (flaketimers65). (Installed a minute before
    ``at``, then paused there: ``pause_at`` fast-forwards, never back.) For a ``Watched`` of its own (``Pool``)."""
    page.clock.install(time=at - dt.timedelta(minutes=1))
    page.clock.pause_at(at)


def said_after(script: str = "checklist") -> int:
    """The typing's pause (ms) after which the department field's words are said: SAID_AFTER of checklist.js
    (``checklist``) or of the home page's finder, bts.js (``finder``)."""
    root = Path(__file__).resolve().parents[2]
    path = root / ("site_overrides/assets/checklist/checklist.js" if script == "checklist" else "docs/assets/bts.js")
    found = re.search(r"\b(?:const|var) SAID_AFTER = (\d+);", path.read_text(encoding="utf-8"))
    assert found, f"no SAID_AFTER in {path}"
    return int(found.group(1))


def require_browser(needs_pyodide: bool = False) -> None:
    """Skip without Chromium / Playwright (and Pyodide when needed), except under CI=true: there, fail."""
    reason = None
    if not CHROMIUM.exists():
        reason = "Chromium absent (/usr/bin/chromium) : SETUP_BROWSER=1 bash scripts/setup.sh"
    elif needs_pyodide and not PYODIDE_WASM.exists():
        reason = "node_modules/pyodide absent : npm ci"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "Playwright pour Python absent du venv"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)


def site_headers(site: Path) -> list[tuple[str, str]]:
    """The headers ``_headers`` gives to every path (``/*``), as (name, value)."""
    headers, inside = [], False
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            inside = line.strip() == "/*"
        elif inside and ":" in line:
            name, _, value = line.strip().partition(":")
            headers.append((name.strip(), value.strip()))
    return headers


class LocalServer(http.server.ThreadingHTTPServer):
    """The test server: a queue of waiting connections long enough for a browser's burst (socketserver's 5 let the
    kernel drop connections under a loaded CI machine: each dropped one costs the browser a second or more), and a
    connection the browser closes early (a speculative one) is not printed as an error."""

    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


class _Handler(http.server.SimpleHTTPRequestHandler):
    extra_headers: list[tuple[str, str]] = []
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def end_headers(self):
        for name, value in self.extra_headers:
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve_site(site: Path, headers: list[tuple[str, str]] | None = None):
    """``http://127.0.0.1:<port>`` serving ``site`` with ``headers`` on every response."""
    handler = type("Handler", (_Handler,), {"extra_headers": list(headers or [])})
    httpd = LocalServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS + TEST_ONLY_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Watched:
    """A fresh context and page; CSP violations, console errors, dialogs and foreign requests recorded, the search's
    queries and answers counted (WATCH_SEARCH)."""

    def __init__(self, browser, origin: str, **options):
        self.origin = origin
        self.context = browser.new_context(accept_downloads=True, **options)
        self.context.add_init_script(WATCH_CSP)
        self.context.add_init_script(WATCH_SEARCH)
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.failed: list[str] = []  # (what a failed assertion may show: a request the browser could not complete)
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        self.page = self._watched_page()

    def _watched_page(self):
        page = self.context.new_page()
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("worker", lambda worker: worker.on("console", lambda m: self.console.append(f"worker {m.type}: {m.text}")))
        page.on("dialog", self._dialog)
        return page

    def next_page(self):
        """The page taken to a blank document, what was recorded forgotten: a test's next case starts from nothing of
        the last one's document (the next ``goto`` loads its page whole, even at the same address but for the fragment)
        and in the same context (a checklist's Pyodide then starts from the memory snapshot the context's first visit
        stored: seconds less than a first visit's boot, the same engine). The same page, not a new one: its renderer
        keeps Pyodide's WebAssembly compiled (measured 2026-12-05: a checklist's next visit ~0.9 s of processor in the
        same page, ~1.9 s in a new page of the context, ~2.4 s in a new context). Its page."""
        self.page.goto("about:blank")
        self.page.emulate_media(media="null")  # (what a test emulated: print; a new page had none)
        self.forget()
        return self.page

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def forget(self) -> None:
        """Forget what was recorded so far (before the next page of the same context)."""
        for recorded in (self.console, self.errors, self.dialogs, self.requests, self.failed):
            recorded.clear()

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations || []")

    def foreign(self) -> list[str]:
        allowed = (self.origin + "/", "blob:" + self.origin + "/", "data:")
        return [u for u in self.requests if not u.startswith(allowed)]

    def csp_console(self) -> list[str]:
        """Console lines about the Content-Security-Policy (a worker's violations are reported there)."""
        return [line for line in self.console if "Content Security Policy" in line or "Content-Security-Policy" in line]

    def close(self):
        # (a route's handler still in flight, a request the page makes after the test's last check — checklist.js's
        # keepForOffline fetches the ruleset again a second after the first answer — would raise « Response has been
        # disposed » at the context's closing, as an error of the test's teardown: seen under load, fixcode59)
        if not self.page.is_closed():
            self.page.unroute_all(behavior="ignoreErrors")
        self.context.close()


class Pool:
    """One context per kind (its arguments: viewport, touch…) for the tests of a module whose subject is not a first
    visit: a test's checklist then starts as a returning visitor's (Pyodide's memory snapshot, its WebAssembly compiled
    in the page's renderer, the service worker: about 1.5 s of processor less a test than a fresh context, measured
    2026-12-05), its page loaded whole from its address, nothing recorded of the tests before it. ``take`` gives the
    kept visit (``make(*args, **options)``: a ``Watched``, or a test file's own kind with ``context``, ``next_page``
    and ``forget``) at a blank page (``next_page``), its ``close`` leaving the context to the next test. What such a
    context keeps from one test to the next is what a returning visitor's browser keeps (Cache Storage, the service
    worker, localStorage, the HTTP cache); the page's emulated media is reset, its viewport is the one the test asks
    for (the one it was made with when the test names none). A page its last test's ``close`` left blank is not
    blanked again at the take when it still is that blank page (``STILL_BLANK``: no document, no print media;
    ``forget`` then drops what was recorded since, a request of the context's service worker): a second blank page
    cost ~0.04 s of processor a pooled test (speed73a, speed75). A test that sets the clock, routes
    requests, goes offline, reads the requests made, disables JavaScript or is about the first visit, the first paint,
    the cold boot or the caches opens a visit of its own.

    A test whose only use of the clock is Playwright's ``set_fixed_time`` (the page read at a moment, its timers
    running) takes a context of its own kind with ``fixed_time``: the pool fixes that context's clock at that moment
    before the test's first page (``Clock.set_fixed_time``: the last time set wins in every document the context opens
    next, as when a test reads several moments in one context), checks the blank page reads it, and at the test's end
    that the clock is still fixed and its timers running (a test that called ``install``, ``pause_at``… on it fails and
    the context is dropped). A context whose clock was fixed is never given to a test without ``fixed_time``, nor one
    without a clock to a test with it.

    A test that installs Playwright's clock and moves it (``run_for``, ``set_system_time``: a page left open across a
    moment) takes a context of its own kind with ``installed_at``: the pool installs the clock a minute before that
    moment, before the test's first page (``Clock.install``: the last install wins in every document the context opens
    next, whatever an earlier test of that kind installed, moved or set, as a new context's first one would: Playwright
    replays the context's clock calls in order in each new document; measured 2026-12-06, speedphone64), checks the
    blank page reads it with its timers running, then pauses it at the moment (``pause_at``), checked standing still
    there: the test's page, its load and the checklist's first answer, however long a loaded machine takes, open at that
    moment, its timers stopped until the test moves the clock (flaketimers65: installed running 30 s before a moment, a
    slow load spent those 30 s). At the test's end the pool resumes it and checks its timers run (a test that called
    ``set_fixed_time`` on it fails and the context is dropped). A replayed pause is not undone by a later install (the
    next test's timers stood still: measured 2026-12-07, flaketimers65), only by a resume: the pool's take and release
    resume. ``pause_at`` and ``fast_forward`` stay refused to the test (an AssertionError at the call): after either,
    a later install was once measured to leave the next test's timers stopped (a page's setTimeout(0) not run within
    10 s; for ``fast_forward`` not seen again on 2026-12-07, nor after ``run_for``, ``set_system_time`` or ``resume``,
    which the tests call). Such a context is given to no test of another kind. A test that routes requests, reads them, adds an init script or is about the first visit still opens
    a visit of its own."""

    def __init__(self, make, resize: bool = False):
        self.make = make
        self.resize = resize
        self.kept: dict[str, object] = {}
        self.fixed: set[str] = set()  # (the kinds whose clock is fixed)
        self.installed: set[str] = set()  # (the kinds whose clock is installed)
        self.released: set[str] = set()  # (the kinds whose visit its last test closed: its page left blank then)
        self.made_size: dict[str, object] = {}  # (each kind's viewport when made: the size of a take that names none)

    def key(self, args: tuple, options: dict) -> str:
        """The kind of context ``take`` keeps for these arguments. With ``resize``, the viewport's size is not part of it
        (only whether one is given), nor an ``is_mobile`` or ``has_touch`` of False (the default): a kept context of
        the same kind is given the test's size on its blank page (``Page.set_viewport_size``), which its next document
        then has as a context made at that size would (checked 2026-12-06, speedtests63: inner, outer and visual
        viewport, screen and its orientation, devicePixelRatio, pointer/hover media, touch, the bar's box and the
        page's scroll-padding on the checklist, 4 pairs of sizes with and without is_mobile/has_touch: all equal). Each
        context of a new kind costs a cold boot of Pyodide (about 1.5 s of processor more than a kept one)."""
        if self.resize:
            options = {name: value for name, value in options.items() if not (name in ("is_mobile", "has_touch") and value is False)}
            if options.get("viewport") is not None:
                options["viewport"] = "sized"
        return repr((args, sorted(options.items())))

    def take(self, *args, fixed_time=None, installed_at=None, **options):
        assert fixed_time is None or installed_at is None, "a clock fixed or installed, not both"
        key = self.key(args, options)
        if fixed_time is not None:
            key += " clock fixed"
            self.fixed.add(key)
        elif installed_at is not None:
            key += " clock installed"
            self.installed.add(key)
        visit = self.kept.get(key)
        released = key in self.released
        self.released.discard(key)
        if visit is None:
            visit = self.kept[key] = self.make(*args, **options)
            visit.close = functools.partial(self._release, key, visit)  # (the test's end: the page left blank, the context kept)
            self.made_size[key] = visit.page.viewport_size
        else:
            if released and visit.page.url == "about:blank" and visit.page.evaluate(self.STILL_BLANK):
                visit.forget()  # (the blank page its last test's close left, untouched since: what was recorded since it)
            else:  # (a test that failed before its close, or used its page after it: its document or its media left)
                visit.next_page()
            self._unrouted(visit)
            # (the test's size: a resizing pool's kind holds every size; a test may have resized the page it was given)
            size = options.get("viewport") or self.made_size.get(key)
            if size is not None and visit.page.viewport_size != size:
                visit.page.set_viewport_size(size)
        if installed_at is not None:
            clock = visit.page.clock
            for name in ("pause_at", "fast_forward"):
                setattr(clock, name, functools.partial(self._refused, name))
            # (installed a minute before, running: checked so; then paused at the test's moment by the pool's own call)
            start = installed_at - dt.timedelta(minutes=1)
            clock.install(time=start)
            type(clock).resume(clock)  # (what an earlier test's pause left in the context's replayed log, undone)
            self._check_installed(key, visit, start)
            type(clock).pause_at(clock, installed_at)
            self._check_paused(key, visit, installed_at)
        elif fixed_time is None:
            # Playwright's fake clock stays in its context (window.__pwClock, even on about:blank): a test that set it on
            # a kept context would give the next tests its date
            self._check_clock(key, visit)
        else:
            visit.page.clock.set_fixed_time(fixed_time)
            self._check_fixed(key, visit, fixed_time)
        return visit

    # Whether a page is still the blank page a release left (``next_page``): no document (a test's ``set_content`` on it,
    # its URL still about:blank), screen media (a test's ``emulate_media(media="print")`` after its close).
    STILL_BLANK = """() => location.href === 'about:blank' && !matchMedia('print').matches
      && document.documentElement.outerHTML === '<html><head></head><body></body></html>'"""

    @staticmethod
    def _unrouted(visit) -> None:
        """What a test may have left on a kept context that no blank page undoes, undone (review93 L2): its routes, the
        page's and the context's (a later test's requests would be answered by them: no test routes a kept visit
        today, the rule above says so, nothing enforced it), and its being offline."""
        visit.page.unroute_all(behavior="ignoreErrors")
        visit.context.unroute_all(behavior="ignoreErrors")
        visit.context.set_offline(False)

    CLOCK_SET = "the clock of a kept context was set: open a Watched of its own"

    def _dropped(self, key: str, visit, message: str) -> AssertionError:
        """A kept context whose clock is not what its kind needs, dropped from the pool and closed: the assertion to
        raise, so that the next test of that kind opens a fresh one instead of inheriting the clock."""
        self.kept.pop(key, None)
        visit.context.close()
        return AssertionError(message)

    @staticmethod
    def _ms(at) -> int | None:
        """``at`` (a datetime or seconds) in milliseconds, as Playwright's Python sends it (clock.parse_time)."""
        return None if at is None else int((at if isinstance(at, (int, float)) else at.timestamp()) * 1000)

    def _check_clock(self, key: str, visit) -> None:
        """The clock of a kept context not set; else the context is dropped (``_dropped``) and the assertion raised."""
        if visit.page.evaluate("'__pwClock' in window"):
            raise self._dropped(key, visit, self.CLOCK_SET)

    CLOCK_NOT_FIXED = "the clock of a kept context with a fixed time is no longer fixed and running: open a Watched of its own"

    # What a page's clock reads: fixed (Date.now() the same after 20 ms of real time, Playwright's own setTimeout), at
    # which time, and whether its timers run (a setTimeout(0) of the page fires before a real second: not after
    # pause_at); null without Playwright's clock.
    FIXED_CLOCK = """async () => {
      const clock = window.__pwClock;
      if (!clock || !clock.builtins) return null;
      const first = Date.now();
      await new Promise((done) => clock.builtins.setTimeout(done, 20));
      const fixed = Date.now() === first;
      const running = await Promise.race([new Promise((done) => setTimeout(() => done(true), 0)),
                                          new Promise((done) => clock.builtins.setTimeout(() => done(false), 10000))]);
      return { fixed, time: first, running };
    }"""

    def _check_fixed(self, key: str, visit, at=None) -> None:
        """The clock of a kept context of the fixed kind fixed (at ``at``: a datetime or seconds) with its timers running;
        else the context is dropped (``_dropped``) and the assertion raised."""
        seen = visit.page.evaluate(self.FIXED_CLOCK)
        expected = self._ms(at)
        if not seen or not seen["fixed"] or not seen["running"] or (expected is not None and seen["time"] != expected):
            raise self._dropped(key, visit, f"{self.CLOCK_NOT_FIXED} ({seen}, expected {expected})")

    @staticmethod
    def _refused(name: str, *args, **kwargs):
        raise AssertionError(f"clock.{name} on a kept context with an installed clock (the next test's timers would stop): open a Watched of its own")

    CLOCK_NOT_RUNNING = "the clock of a kept context with an installed clock is fixed or paused: open a Watched of its own"

    def _check_installed(self, key: str, visit, at=None) -> None:
        """The clock of a kept context of the installed kind running, its timers too (near ``at``: a datetime or seconds,
        just installed); else the context is dropped (``_dropped``) and the assertion raised."""
        seen = visit.page.evaluate(self.FIXED_CLOCK)
        expected = self._ms(at)
        if not seen or seen["fixed"] or not seen["running"] or (expected is not None and not 0 <= seen["time"] - expected < 60_000):
            raise self._dropped(key, visit, f"{self.CLOCK_NOT_RUNNING} ({seen}, expected {expected})")

    CLOCK_NOT_PAUSED = "the clock of a kept context with an installed clock did not stand still at the test's moment"

    # What a paused clock reads: the same time after 20 ms of real time (its timers are not waited for: FIXED_CLOCK's
    # wait for a setTimeout(0) that never comes would cost 10 s a test)
    STILL_CLOCK = """async () => {
      const clock = window.__pwClock;
      if (!clock || !clock.builtins) return null;
      const first = Date.now();
      await new Promise((done) => clock.builtins.setTimeout(done, 20));
      return { still: Date.now() === first, time: first };
    }"""

    def _check_paused(self, key: str, visit, at) -> None:
        """The clock of a kept context of the installed kind standing still at ``at`` (a datetime); else the context is
        dropped (``_dropped``) and the assertion raised."""
        seen = visit.page.evaluate(self.STILL_CLOCK)
        expected = self._ms(at)
        if not seen or not seen["still"] or seen["time"] != expected:
            raise self._dropped(key, visit, f"{self.CLOCK_NOT_PAUSED} ({seen}, expected {expected})")

    def _release(self, key: str, visit) -> None:
        """A test's end: the clock checked on its own page (so that the test that set it fails, not the next one to
        take this context: review62 L7), then the page left blank. A context of the fixed kind: its clock still fixed,
        its timers running (at whatever moment the test last set)."""
        if key in self.fixed:
            self._check_fixed(key, visit)
        elif key in self.installed:
            type(visit.page.clock).resume(visit.page.clock)  # (the pool's pause, undone: running, unless the test fixed it)
            self._check_installed(key, visit)
        else:
            self._check_clock(key, visit)
        visit.next_page()
        self.released.add(key)

    def close(self) -> None:
        for visit in self.kept.values():
            visit.context.close()
        self.kept.clear()
        self.released.clear()


# whether the search's results are those of ``query``: its index set up, every query sent answered and rendered, the
# box holding ``query`` (WATCH_SEARCH; a key typed reaches the page, and its query the worker, before Playwright's
# keyboard returns)
SEARCH_SETTLED = """(query) => { const watch = window.__btsSearch; const box = document.querySelector('input.md-search__input');
  return Boolean(watch && watch.ready && watch.sent === watch.answered && box && box.value === query); }"""


def search_settled(page, query: str, timeout: float = 20.0) -> None:
    """Until the search's result list is that of ``query`` typed in its box, no answer to come (a ``Watched`` page)."""
    from playwright.sync_api import TimeoutError as Timeout

    try:
        page.wait_for_function(SEARCH_SETTLED, arg=query, timeout=timeout * 1000)
    except Timeout:
        state = page.evaluate("() => [window.__btsSearch || null, (document.querySelector('input.md-search__input') || {}).value]")
        raise AssertionError(f"the search's results for {query!r} not rendered within {timeout} s: {state}") from None


def search(page, query: str, timeout: float = 20.0) -> int:
    """Type ``query`` into the theme's search box, key by key (the theme reacts to keyboard events, not to a filled
    value), until the results of the whole query show (not those of its first letters: under load the test read the
    results of « To », whose sections are other ones); the number of results (at least one)."""
    page.fill("input.md-search__input", "")
    page.locator("input.md-search__input").press_sequentially(query)
    search_settled(page, query, timeout)
    count = page.locator(".md-search-result__item").count()
    assert count, f"no search result for {query!r}"
    return count


def answered(page, after: int = 0) -> int:
    """Until the engine's answer to the last answers sent is shown, more than ``after`` answered (the number of
    answers sent before the action waited for); that number. The checklist's block absent (a link just clicked, the
    page before it still there: the final full run of 2026-12-06 read it) is waited for too."""
    page.wait_for_function(
        """(after) => { const r = document.getElementById('bts-checklist');
             if (!r) return false;
             return r.dataset.state === 'failed' ||
               (r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent && Number(r.dataset.done) > after); }""",
        arg=after, timeout=READY_TIMEOUT,
    )
    assert page.get_attribute("#bts-checklist", "data-state") == "ready"
    return int(page.get_attribute("#bts-checklist", "data-sent"))


def wait_checklist(page) -> None:
    """Until the checklist shows its first result (the answers of the URL fragment are in its first request)."""
    page.wait_for_selector("#bts-checklist[data-state=ready], #bts-checklist[data-state=failed]", state="attached", timeout=READY_TIMEOUT)
    state = page.get_attribute("#bts-checklist", "data-state")
    assert state == "ready", f"the checklist did not load: state {state}"
