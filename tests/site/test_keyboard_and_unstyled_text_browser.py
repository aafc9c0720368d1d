"""A keyboard and screen-reader walk of the home page's finder and a notice page (a11y67), on the frozen project's site
in headless Chromium (``origin`` and ``browser``: tests/site/conftest.py): what axe does not check (RGAA 4.1: 10.7, the focus seen; 10.3, the words read without the page's
styles)."""

from __future__ import annotations

import pytest

from browser_support import Watched, goto_loaded

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}

# The focused element's focus ring as the browser draws it: the outline's style and width once the focus is on it, and
# before (the same element without the focus), so that a ring the page's styles take away is seen as none.
RING = """() => {
  const e = document.activeElement;
  const ring = (style) => ({ style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0 });
  const focused = ring(getComputedStyle(e));
  e.blur();
  const before = ring(getComputedStyle(e));
  e.focus({ preventScroll: true });
  return { id: e.id, focused, before };
}"""


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["360", "1280"])
def test_the_home_finder_s_field_shows_its_focus_when_tabbed_to(browser, origin, size):
    """The department field of the home page, the first thing a candidate types in, reached with Tab, shows a focus
    ring (RGAA 10.7). The theme's « input { outline: none } » left it as it was unfocused, its caret alone to say where
    the keyboard was, while every other Tab stop of the page showed a ring (a11y67)."""
    visit = Watched(browser, origin, viewport=size)
    try:
        page = visit.page
        goto_loaded(page, origin + "/")
        for _ in range(80):  # (at 1280 px the side menu's links come first)
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.id") == "bts-filter-input":
                break
        ring = page.evaluate(RING)
        assert ring["id"] == "bts-filter-input", ring
        assert ring["focused"]["style"] != "none" and ring["focused"]["width"] >= 2, ring
        assert ring["before"]["style"] == "none" or ring["before"] != ring["focused"], ring
        assert visit.violations() == [] and visit.errors == []
    finally:
        visit.close()


def test_a_notice_s_timeline_legend_reads_its_words_apart_without_the_page_s_styles(browser, origin):
    """Toulouse 2024's timeline legend, read as its text (styles off, RGAA 10.3; copied; the theme's search indexes the
    page's text and shows it in its results): « Légende : inscriptions date limite information date retenue par le guide
    signale… », each key a word apart, as the page shows them. Its lines joined gave « Légende :inscriptionsdate
    limiteinformationdate retenue… » (a11y67), which Chromium's accessibility tree alone set apart (flex items). On the
    screen the keys stay where they were (a space between flex items is not drawn)."""
    visit = Watched(browser, origin, viewport=PHONE)
    try:
        page = visit.page
        goto_loaded(page, origin + "/toulouse/2024/")
        legend = page.locator(".bts-timeline-legend")
        words = " ".join(legend.evaluate("p => p.textContent").replace("\u00a0", " ").replace("\u202f", " ").split())
        assert words.startswith("Légende : inscriptions date limite information date retenue par le guide signale "), words
        # each key on the screen as before: after the one before it, on its own line or beside it, never glued
        keys = legend.evaluate("""p => [...p.children].map((e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right]; })""")
        assert len(keys) == 5, keys
        for (left, top, right), (next_left, next_top, _) in zip(keys, keys[1:]):
            assert next_top > top or next_left > right, keys
        assert visit.violations() == [] and visit.errors == []
    finally:
        visit.close()
