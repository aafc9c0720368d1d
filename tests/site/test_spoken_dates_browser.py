"""What a screen reader is given, read from Chromium's accessibility tree (the devtools protocol's
Accessibility.getFullAXTree and Playwright's aria snapshot), at 360 px and 1280 px, on the frozen site:

- a11y67 L4: the timeline's and the phone bar's short dates (« mer. 15 nov. 2023 · 17 h 00 ») are read whole (« mercredi 15 novembre
  2023 à 17 h 00 »): a French voice read « mer. » as the word « mer »; the short words stay what the eye sees;
- a11y67 L3: on a phone, where a table's rows become labelled blocks (docs/assets/bts.css: each cell's column name
  shown before it), a cell's name is its content alone: the column name is the header row's, not read twice
  (« Numéro, Numéro 01 »).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlencode

import pytest

from browser_support import answered, install_paused
from test_phone_browser import axe

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
ABBREVIATED = re.compile(r"\b(lun|mar|mer|jeu|ven|sam|dim|janv|févr|avr|juil|sept|oct|nov|déc)\.")


def _tree(page) -> list[dict]:
    return page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_the_timeline_dates_are_read_whole(browser, origin, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(origin + "/toulouse/2024/")
    items = page.locator(".bts-timeline-list > li .bts-timeline-when")  # (not today's place, past.js: its words whole)
    assert items.count() >= 5
    # (the short date shown: generated content of an empty element hidden from assistive technology, never copied)
    shown = page.eval_on_selector_all(".bts-timeline-list .bts-timeline-when [aria-hidden=true]",
                                      "es => es.map((e) => e.textContent + getComputedStyle(e, '::before').content)")
    shown = [" ".join(t.removeprefix('"').removesuffix('"').split()) for t in shown]
    assert "mer. 15 nov. 2023 · 17 h 00" in shown and all(ABBREVIATED.search(t) for t in shown), shown
    said = page.locator(".bts-timeline-list").aria_snapshot()
    assert "mercredi 15 novembre 2023 à 17 h 00 Clôture des inscriptions" in " ".join(said.split()), said
    assert "au plus tard le mercredi 10 janvier 2024" in " ".join(said.split()), said
    assert not ABBREVIATED.search(said), said
    # each item's whole date hidden from the eye, its short one from assistive technology: one date read, one seen
    assert page.locator(".bts-timeline-list .bts-said").count() == items.count()
    hidden = page.locator(".bts-timeline-list .bts-said").first.bounding_box()
    assert hidden is None or hidden["width"] <= 1 and hidden["height"] <= 1, hidden
    assert axe(page) == []
    page.close()


# a selection made of the whole of an element, copied as the browser copies it (Selection.toString)
COPIED = """(selector) => { const selection = getSelection(); selection.removeAllRanges(); const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector)); selection.addRange(range); return selection.toString(); }"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_the_timeline_copied_gives_each_date_once_whole(browser, origin, viewport):
    """dates71: the timeline selected and copied gave each date twice, glued, « mercredi 11 octobre 2023 à 14 h 00mer. 11
    oct. 2023 · 14 h 00 Ouverture… » (its whole words, visually hidden for a screen reader, then the short ones shown).
    A copy gives the whole date once, then its label (the short words shown are generated content: timeline.html.j2)."""
    page = browser.new_page(viewport=viewport)
    page.goto(origin + "/toulouse/2024/")
    lines = [" ".join(line.split()) for line in page.evaluate(COPIED, ".bts-timeline-list").splitlines() if line.strip()]
    assert "mercredi 15 novembre 2023 à 17 h 00 Clôture des inscriptions sur CYCLADES — date limite" in lines, lines
    assert "au plus tard le mercredi 10 janvier 2024 Traitement" in " ".join(lines), lines
    assert not any(ABBREVIATED.search(line) for line in lines), lines
    one = " ".join(page.evaluate(COPIED, ".bts-timeline-list > li .bts-timeline-when").split())
    assert one == "mercredi 11 octobre 2023 à 14 h 00", one
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_a_table_cell_is_named_by_its_content_once(browser, origin, viewport):
    page = browser.new_page(viewport=viewport)
    page.goto(origin + "/")
    row = page.locator(".bts-table tbody tr").first
    label = row.locator("td").first.get_attribute("data-label")
    assert label
    if viewport is PHONE:  # (the labelled blocks: the column's name shown before the cell's content)
        shown = page.evaluate("(td) => getComputedStyle(td, '::before').content", row.locator("td").first.element_handle())
        assert label in shown, shown
    cells = [n for n in _tree(page) if n.get("role", {}).get("value") in ("cell", "gridcell")]
    assert cells
    names = [n.get("name", {}).get("value", "") for n in cells[:6]]
    assert not any(name.startswith(label) for name in names), names
    headers = [n.get("name", {}).get("value", "") for n in _tree(page) if n.get("role", {}).get("value") == "columnheader"]
    assert label in headers, headers
    assert axe(page) == []
    page.close()


def test_the_phone_bar_date_is_read_whole(browser, origin):
    """a11y67 L4, the phone bar: its next date shown short (« 15 nov. 2023 à 17 h 00 (Paris) ») and read whole, its
    words as a page's text (innerText: copied, or read by a script) those shown; as built and as the script writes it."""
    page = browser.new_page(viewport=PHONE)
    install_paused(page, dt.datetime(2023, 11, 10, 10, 0, tzinfo=dt.timezone.utc))
    page.goto(origin + "/toulouse/2024/liste-personnalisee/#" + urlencode({"situation": "distance"}))
    answered(page)
    bar = page.locator("#bts-checklist-summary")
    said = " ".join(bar.aria_snapshot().split())
    assert "Clôture : 15 novembre 2023 à 17 h 00 (Paris)" in said.replace("\u00a0", " ").replace("\u202f", " "), said
    assert not ABBREVIATED.search(said), said
    shown = " ".join(page.inner_text("#bts-checklist-summary [data-summary=next]").split())
    assert shown.replace("\u00a0", " ").replace("\u202f", " ") == "Clôture : 15 nov. 2023 à 17 h 00 (Paris)", shown
    page.close()


# each date the guide writes (« mercredi 15 novembre 2023 », « à 17 h 00 » after it), in the page's text: the line
# boxes of its day, month and year, and of « à » and its hour, one line each (a break after the weekday, or before
# « à », is the only one allowed)
UNITS = r"""(selector) => { const re = /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) ((?:1er|\d+)\s\S+\s\d{4})(\sà\s\d+\sh\s\d\d)?/g;
  const out = []; const lines = (node, start, end) => { const r = document.createRange(); r.setStart(node, start); r.setEnd(node, end);
    return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size; };
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); let node;
    while ((node = walker.nextNode())) { let m; re.lastIndex = 0;
      while ((m = re.exec(node.data))) { if (!node.parentElement.getClientRects().length) continue;
        const day = m.index + m[0].indexOf(m[1]);
        out.push([m[1], lines(node, day, day + m[1].length)]);
        if (m[2]) { const hour = m.index + m[0].length - m[2].length + 1; out.push([m[2].trim(), lines(node, hour, m.index + m[0].length)]); } } } }
  return out; }"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_a_date_of_the_guide_is_never_cut_inside_its_day_month_year_or_hour(browser, origin, viewport):
    """dates71: at 360 px a piece's own date in the checklist read « … le lundi 15 janvier » / « 2024 (heure non précisée
    par la notice) », and the notice page's table « 15 novembre » / « 2023 à 17 h 00 », « à » / « 17 h 00 »: the day,
    its month and its year are joined by no-break spaces (dates.day, date_words), « à » and the hour too
    (dates.timed). Checked on the frozen Toulouse 2024 notice page, its dates table and header (the checklist says
    the same words, page data « dates »). A notice's own words, quoted, keep their plain spaces."""
    page = browser.new_page(viewport=viewport)
    page.goto(origin + "/toulouse/2024/")
    # (the dates table's date cells, the key dates under the title: the guide's words, not the notice's quoted)
    units = page.evaluate(UNITS, ".md-content td:first-child, .md-content h1 ~ ul > li strong")
    assert len(units) >= 5 and any(u.startswith("à") for u, _ in units), units
    cut = [(u, n) for u, n in units if n > 1]
    assert not cut, cut
    page.close()
