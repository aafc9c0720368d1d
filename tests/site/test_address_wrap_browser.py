"""A web address shown as a link's words (« www.ac-guadeloupe.fr », text.address_words) never breaks inside its
site's name at a hyphen on a phone (fixaddr59: at 360 px the department hint wrote « www.ac- » at a line's end,
« guadeloupe.fr » on the next, read as two words, typed as « www.ac- »): the name (up to its first « / ») keeps to
one line; a deeper address may break after it, in its path. At 360 and 320 px, on the frozen site: the home finder
and the personal list's department hint for Guadeloupe (971), and every notice page's links named by their address."""

from __future__ import annotations

import pytest

from browser_support import goto_loaded, wait_checklist

PAGES = ("/nantes/2026/", "/nantes/2024/", "/toulouse/2024/", "/clermont-ferrand/2024/", "/aix-marseille/2023/", "/nantes/2026/etablissements/")

# For each visible link named by its address (a.bts-bare-url whose words are no sentence): its words, and on how many
# lines its site's name (its words up to the first « / », « ? » or « # ») is laid out.
_NAME_LINES = """(root) => [...root.querySelectorAll("a.bts-bare-url")].filter((a) => a.getClientRects().length).map((a) => {
  const words = a.textContent;
  const name = /^[^\\s\\/?#]+/.exec(words);
  if (!name || !name[0].includes(".")) return null;
  const range = document.createRange();
  const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  let at = 0, started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!started && node.data.length) { range.setStart(node, 0); started = true; }
    if (at + node.data.length >= name[0].length) { range.setEnd(node, name[0].length - at); break; }
    at += node.data.length;
  }
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return [words, tops.size];
}).filter(Boolean)"""



def _open(visits, origin, path, width):
    watched = visits.take(viewport={"width": width, "height": 800})
    goto_loaded(watched.page, origin + path)
    return watched


def _broken(page, selector="body") -> list:
    return [(words, lines) for words, lines in page.locator(selector).evaluate(_NAME_LINES) if lines != 1]


@pytest.mark.parametrize("width", [360, 320])
def test_the_name_of_guadeloupe_s_site_is_never_cut_at_its_hyphen(visits, origin, width):
    w = _open(visits, origin, "/", width)
    try:
        w.page.fill("#bts-filter-input", "971")
        row = w.page.locator(".bts-departments tbody tr:visible")
        assert row.count() == 1 and "www.ac-guadeloupe.fr" in row.inner_text()
        assert _broken(w.page, ".bts-departments") == []
    finally:
        w.close()
    w = _open(visits, origin, "/toulouse/2024/liste-personnalisee/", width)
    try:
        wait_checklist(w.page)
        w.page.fill("#q-department-input", "971")
        hint = w.page.locator("#q-department-elsewhere")
        assert hint.is_visible() and hint.get_by_role("link").inner_text() == "www.ac-guadeloupe.fr"
        assert _broken(w.page, "#q-department-elsewhere") == []
        # (the page no wider than the phone: the name moved to the next line, not out of it)
        assert w.page.evaluate("() => document.documentElement.scrollWidth") <= width
    finally:
        w.close()


@pytest.fixture(scope="module")
def seen(visits, origin):
    """``seen(path, width)``: what one visit of the notice page ``path`` at ``width`` read: its article's links named by
    their address with the lines of their site's name (``_NAME_LINES``), its e-mail links with the lines of their domain
    (``_DOMAIN_LINES``, read after: its probe is removed, the layout as it was), and the page's scrollWidth. The two
    tests that read every notice page at the same widths share their visits (each read-only): 12 loads fewer."""
    done: dict[tuple[str, int], dict] = {}

    def see(path: str, width: int) -> dict:
        if (path, width) not in done:
            w = _open(visits, origin, path, width)
            try:
                article = w.page.locator("article")
                done[path, width] = {"names": article.evaluate(_NAME_LINES), "domains": article.evaluate(_DOMAIN_LINES),
                                     "scroll_width": w.page.evaluate("() => document.documentElement.scrollWidth")}
            finally:
                w.close()
        return done[path, width]

    return see


@pytest.mark.parametrize("width", [360, 320])
def test_no_notice_page_cuts_an_address_in_its_site_s_name(seen, width):
    found = 0
    for path in PAGES:
        report = seen(path, width)
        found += len(report["names"])
        assert [(words, lines) for words, lines in report["names"] if lines != 1] == [], path
        assert report["scroll_width"] <= width, path
    assert found


# For each visible e-mail link: its words, and on how many lines its domain (after « @ ») is laid out.
_DOMAIN_LINES = """(root) => [...root.querySelectorAll('a[href^="mailto:"]')].filter((a) => a.getClientRects().length).map((a) => {
  const words = a.textContent, at = words.indexOf("@");
  const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  if (at < 0 || !node || node.data !== words) return [words, -1];
  const range = document.createRange();
  range.setStart(node, at + 1);
  range.setEnd(node, words.length);
  const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  // (one longer than its block's line cannot be whole: it breaks inside, left to phone61's report)
  const probe = document.createElement("span");
  probe.style.whiteSpace = "nowrap";
  probe.textContent = words;
  a.after(probe);
  const block = a.parentElement, style = getComputedStyle(block);
  const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const fits = probe.getBoundingClientRect().width <= room;
  probe.remove();
  return [words, fits ? lines : 1];
})"""


@pytest.mark.parametrize("width", [360, 320])
def test_no_page_cuts_an_e_mail_address_in_its_domain(seen, width):
    """phone61: at 320 px Clermont-Ferrand's notice wrote « Courriel : ce.dec3bts@ac- » at a line's end and
    « clermont.fr » on the next (Nantes 2024: « antoine.beleteau@ac- », « nantes.fr »), the hyphen read as a word cut,
    typed « @acclermont.fr »; the address moves whole to the next line, as a site's name does (one longer than its
    line, « rectorat-positionnement@ac-nantes.fr » at 320 px, still breaks inside it)."""
    every = []
    for path in PAGES:
        report = seen(path, width)
        found = report["domains"]
        every += found
        assert [(words, lines) for words, lines in found if lines != 1] == [], path
        assert report["scroll_width"] <= width, path
    assert any("@ac-" in words for words, _ in every), every
