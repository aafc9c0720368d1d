"""Fixtures shared by the browser test files of this folder (browser_support.py holds the helpers they call).

``origin`` serves the frozen project's site (tests/README.md: these tests name pages, departments and answers of the
frozen notices) with the headers its ``_headers`` file gives every path, as a host following README.md would: the
Content-Security-Policy included. ``browser`` is one Chromium for the module. Both are module-scoped: each test file
gets its own server and browser, as when each file wrote them; a file that needs another site or other headers
defines its own ``origin``, which takes precedence over this one.
"""

from __future__ import annotations

import pytest

from browser_support import chromium, require_browser, serve_site, site_headers


@pytest.fixture(scope="module")
def origin(frozen_site):
    require_browser(needs_pyodide=True)
    with serve_site(frozen_site, site_headers(frozen_site)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(origin):
    with chromium() as b:
        yield b
