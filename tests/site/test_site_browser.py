"""In headless Chromium: axe-core finds no violation, the layout fits 360 px,
and no request leaves the site's origin. Needs /usr/bin/chromium (SETUP_BROWSER=1
bash scripts/setup.sh installs it) and node_modules/axe-core."""

from __future__ import annotations

import os

import pytest

from browser_support import CHROMIUM, chromium, serve_site
from site_support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"



def _missing_reason() -> str | None:
    if not CHROMIUM.exists() or not AXE.exists():
        return f"needs {CHROMIUM} and node_modules/axe-core (SETUP_BROWSER=1)"
    return None


@pytest.fixture(scope="module", autouse=True)
def _browser_available():
    """Skip without Chromium or axe-core, except under CI=true: there a missing browser fails."""
    reason = _missing_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def server(real_site):
    with serve_site(real_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def page_types(real_notices):
    """One page of each type: home, individual notice, establishment notice, establishment page."""
    from generator.site import pages

    urls = {"accueil": "/"}
    for n in real_notices:
        kind = "notice établissements" if pages.has_establishment_page(n) else "notice candidats"
        urls.setdefault(kind, f"/{n.slug}/{n.year}/")
        if pages.has_establishment_page(n):
            urls.setdefault("page établissements", f"/{n.slug}/{n.year}/etablissements/")
    return urls


def test_axe_no_violation_and_360px_layout_and_same_origin(real_notices, server, browser):
    failures = []
    for kind, path in page_types(real_notices).items():
        for width in (1280, 360):
            # bypass_csp: axe-core is injected as an inline script, which the site's policy blocks (tests/site/test_csp.py)
            context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
            page = context.new_page()
            foreign = []
            page.on("request", lambda req: foreign.append(req.url) if not req.url.startswith(server) and not req.url.startswith("data:") else None)
            page.goto(server + path, wait_until="networkidle")
            if foreign:
                failures.append(f"{kind} ({width} px): requests to another origin: {foreign}")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                failures.append(f"{kind} ({width} px): page wider than the screen by {overflow} px")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("async () => { const r = await axe.run(document); return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})); }")
            for v in result:
                failures.append(f"{kind} ({width} px): {v['id']} ({v['impact']}) {v['nodes']}")
            context.close()
    assert not failures, "\n".join(failures)
