"""Printing from the browser (site_overrides/assets/print.css, the checklist's own print rules), in
headless Chromium with print media emulated, on the frozen site: no navigation, header, search or
previous/next links; tables stay tables on a phone's width; web links show their address after their
words; the checklist page prints the answers and the list, not the form."""

from __future__ import annotations

import pytest

from browser_support import chromium, require_browser, serve_site
from generator.site import pages

PHONE = {"width": 360, "height": 740}
# The site's chrome: the theme's header, its navigation and table of contents, the search, previous/next.
CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer__inner"]


@pytest.fixture(scope="module")
def origin(frozen_site):
    require_browser()
    with serve_site(frozen_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(origin):
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def toulouse(frozen_notices):
    return next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))


def _visible(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].some((e) => {
             const box = e.getBoundingClientRect();
             return getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden' && box.width > 0 && box.height > 0;
           })""",
        selector,
    )


def _open(browser, url: str, viewport=None):
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    return context, page


def _paths(toulouse) -> dict[str, str]:
    return {
        "home": "/",
        "notice": f"/{pages.notice_dir(toulouse)}/",
        "checklist": f"/{pages.notice_dir(toulouse)}/liste-personnalisee/",
    }


@pytest.mark.parametrize("which", ["home", "notice", "checklist"])
def test_printing_shows_no_navigation(browser, origin, toulouse, which):
    context, page = _open(browser, origin + _paths(toulouse)[which])
    try:
        on_screen = [s for s in CHROME if _visible(page, s)]
        assert ".md-header" in on_screen and ".md-sidebar--primary" in on_screen  # the test sees the chrome when it is there
        page.emulate_media(media="print")
        assert [s for s in CHROME if _visible(page, s)] == []
        assert _visible(page, "article h1")
    finally:
        context.close()


def test_tables_print_as_tables_even_on_a_phone(browser, origin, toulouse):
    context, page = _open(browser, origin + _paths(toulouse)["notice"], PHONE)
    try:
        display = "() => getComputedStyle(document.querySelector('.bts-table td')).display"
        assert page.evaluate(display) == "block"  # on the phone's screen: one block per row
        page.emulate_media(media="print")
        assert page.evaluate(display) == "table-cell"
        assert page.evaluate("() => getComputedStyle(document.querySelector('.bts-table tr')).breakInside") == "avoid"
        assert page.evaluate("() => getComputedStyle(document.querySelector('.bts-table td'), '::before').content") in ("none", "normal")
    finally:
        context.close()


def test_printed_web_links_show_their_address(browser, origin, toulouse):
    context, page = _open(browser, origin + _paths(toulouse)["notice"])
    try:
        after = "(selector) => getComputedStyle(document.querySelector(selector), '::after').content"
        labelled = "article a[href^='https://cyclades']"
        bare = "article a.bts-bare-url"
        assert page.evaluate(after, labelled) in ("none", "normal")  # on screen: the words only
        page.emulate_media(media="print")
        address = page.evaluate(f"() => document.querySelector(\"{labelled}\").getAttribute('href')")
        assert page.evaluate(after, labelled) == f'" ({address})"'
        assert page.evaluate(after, bare) in ("none", "normal")  # its words are its address: not twice
    finally:
        context.close()


def test_the_checklist_prints_answers_and_list_not_the_form(browser, origin, toulouse):
    context, page = _open(browser, origin + _paths(toulouse)["checklist"])
    try:
        assert _visible(page, "#bts-checklist-form") and not _visible(page, ".bts-checklist-answers")
        page.emulate_media(media="print")
        assert not _visible(page, "#bts-checklist-form")
        assert _visible(page, "#bts-checklist-result") and _visible(page, ".bts-checklist-answers")
        assert _visible(page, ".bts-checklist-documents li")
    finally:
        context.close()
