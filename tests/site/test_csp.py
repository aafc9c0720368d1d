"""The Content-Security-Policy: one policy, in every page's meta and in the server files; zero violations in Chromium."""

from __future__ import annotations

import re

import pytest

from browser_support import Watched, chromium, require_browser, search, serve_site, site_headers, wait_checklist
from generator.site import csp
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from project_support import REAL, valid_project
from site_support import ROOT

MATERIAL = ROOT / ".venv" / "lib" / "python3.11" / "site-packages" / "material" / "templates" / "partials" / "javascripts"
OURS = ROOT / "site_overrides" / "assets" / "javascripts"
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def test_the_policy_says_what_the_site_needs_and_nothing_inline():
    header = csp.policy()
    for directive in (
        "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "style-src 'self'",
        "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
        "frame-ancestors 'none'",
    ):
        assert directive in header.split("; ")
    assert "unsafe-inline" not in header and "'unsafe-eval'" not in header
    assert "frame-ancestors" not in csp.policy(header=False)  # ignored, with a console error, in a meta


def test_inline_scripts_of_templates_are_hashed_those_of_the_content_are_not():
    content = '<p>x</p><script>alert(1)</script><a href="javascript:alert(2)" onclick="f()">y</a>'
    output = f'<html><head><meta charset="utf-8"><script>var theme=1</script><script type="application/json">{{}}</script></head><body>{content}</body></html>'
    value, hashes, blocked = csp.page_policy(output, content)
    assert hashes == {csp.script_hash("var theme=1")}
    assert csp.script_hash("var theme=1") in value and csp.script_hash("alert(1)") not in value
    assert len(blocked) == 3  # the content's script, its javascript: link and its onclick
    assert csp.with_meta(output, value).startswith('<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')


@pytest.mark.parametrize(
    "partial,index,ours",
    [("base.html", 0, "bts-md-scope.js"), ("content.html", 0, "bts-md-tabs.js"), ("content.html", 1, "bts-md-target.js"), ("palette.html", 0, "bts-md-palette.js")],
)
def test_the_theme_scripts_moved_to_files_are_materials(partial, index, ours):
    """After a Material upgrade, this says which copied script to update (and site_overrides/partials/javascripts/)."""
    material = re.findall(r"<script>(.*?)</script>", (MATERIAL / partial).read_text(encoding="utf-8"), re.S)[index]
    material = material.replace('"{{ config.extra.scope | d(base_url) }}"', "document.currentScript.dataset.mdScope")
    copied = [line for line in (OURS / ours).read_text(encoding="utf-8").splitlines() if line and not line.startswith("//")]
    assert copied == [material]


def test_every_page_carries_the_policy_and_no_inline_script(real_site):
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 10
    expected = csp.policy(header=False)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.index('<meta charset="utf-8">') < text.index("Content-Security-Policy") < text.index("<script"), page
        assert [m.replace("&#x27;", "'") for m in META.findall(text)] == [expected], page
        inline = [s for attrs, s in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", text, re.S) if "application/json" not in attrs]
        assert inline == [], f"{page}: {inline}"
        assert not re.search(r"\sstyle=|\son[a-z]+=|<style", text), page


def test_server_files_carry_the_same_policy_and_the_readme_gives_it_for_nginx(real_site):
    header = csp.policy()
    assert ("Content-Security-Policy", header) in site_headers(real_site)
    htaccess = (real_site / ".htaccess").read_text(encoding="utf-8")
    assert f'Header always set Content-Security-Policy "{header}"' in htaccess
    assert csp.nginx_line(header) in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser():
    require_browser(needs_pyodide=True)
    with chromium() as b:
        yield b


def page_types(real_notices) -> list[str]:
    from generator.site import pages

    paths = ["/", "/404.html"]
    for notice in real_notices:
        paths.append(f"/{notice.slug}/{notice.year}/")
        if pages.has_establishment_page(notice):
            paths.append(f"/{notice.slug}/{notice.year}/etablissements/")
    return paths


def test_no_violation_on_any_page_type_under_the_header_and_the_meta(real_site, real_notices, browser):
    """Served with the site's own _headers (the policy applies to the workers too), and each page's meta. The page types
    one after the other in one context (``next_page``: each its own document, search worker and records; none
    registers the checklist's service worker), the checklist in a context of its own."""
    failures = []
    with serve_site(real_site, site_headers(real_site)) as origin:
        visit = Watched(browser, origin, viewport={"width": 1280, "height": 800})
        for path in page_types(real_notices):
            visit.next_page()
            visit.page.goto(origin + path, wait_until="load")
            assert search(visit.page, "pièces") > 0, path  # the search worker and its results
            failures += [f"{path}: {v}" for v in visit.violations() + visit.csp_console() + visit.errors]
        visit.close()
        notice = real_notices[0]
        visit = Watched(browser, origin)
        visit.page.goto(f"{origin}/{notice.slug}/{notice.year}/liste-personnalisee/#nationality=foreign&situation=repeater")
        wait_checklist(visit.page)  # computed by the engine in Pyodide, in the module worker
        expected = engine.evaluate(compile_ruleset(notice, valid_project(REAL).content.checklist), {"nationality": "foreign", "situation": "repeater"})
        assert visit.page.locator("#bts-checklist-output [data-document]").count() == len(expected["documents"])
        assert "Content-Security-Policy" in visit.page.evaluate("document.head.innerHTML")
        failures += [f"checklist: {v}" for v in visit.violations() + visit.csp_console() + visit.errors]
        visit.close()
    assert not failures, "\n".join(failures)


def test_the_watch_sees_a_violation(real_site, browser, tmp_path):
    """The harness itself: a page with an inline script, under the site's policy, is reported."""
    page = tmp_path / "inline.html"
    page.write_text(csp.with_meta('<html><head><meta charset="utf-8"></head><body><script>1</script></body></html>', csp.policy(header=False)), encoding="utf-8")
    with serve_site(tmp_path) as origin:
        visit = Watched(browser, origin)
        visit.page.goto(origin + "/inline.html", wait_until="load")
        assert visit.violations() and visit.csp_console()
        visit.close()
