"""Fixtures shared by the browser test files of this folder (browser_support.py holds the helpers they call).

``origin`` serves the frozen project's site (tests/README.md: these tests name pages, departments and answers of the
frozen notices) with the headers its ``_headers`` file gives every path, as a host following README.md would: the
Content-Security-Policy included. ``browser`` is one Chromium for the module. Both are module-scoped: each test file
gets its own server and browser, as when each file wrote them; a file that needs another site or other headers
defines its own ``origin``, which takes precedence over this one.
"""

from __future__ import annotations

import pytest

from browser_support import Pool, Watched, chromium, require_browser, serve_site, site_headers


@pytest.fixture(scope="module")
def origin(frozen_site):
    require_browser(needs_pyodide=True)
    with serve_site(frozen_site, site_headers(frozen_site)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(origin):
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def visits(browser, origin):
    """The contexts of a module's tests whose subject is not a first visit (browser_support.Pool): each test takes one at
    a blank page, nothing recorded, of its kind (a phone's, a phone's with touch; ``fixed_time``: the clock fixed at the
    test's moment before its first page; ``installed_at``: standing still at that moment, the test then moves it), and
    one context serves every width (``resize``: the test's width given to the kept context's blank page, as a context
    made at that width would have it): a new context for each page or width cost a cold start each, and a cold boot of
    Pyodide for each checklist. A test that routes or reads requests, adds an init script, goes offline, or is about the
    first paint, the cold boot or the caches opens a Watched of its own."""
    pool = Pool(lambda **options: Watched(browser, origin, **options), resize=True)
    yield pool
    pool.close()
