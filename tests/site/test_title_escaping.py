"""Titles are escaped for their context: ``</title><script>`` in an interface text or an academy name stays text.

Material prints ``page.title | striptags`` in ``<title>`` (striptags also turns
``&lt;`` back into ``<``) and its Jinja environment does not autoescape: the
override of the block ``htmltitle`` in ``site_overrides/main.html`` escapes
after striptags. Checked here on the built HTML (every page's ``<title>``, the
header, the navigation) and on the search index, whose titles the theme's
JavaScript inserts as HTML.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from generator.french import typography
from site_support import copy_project, run_mkdocs

PAYLOAD = "</title><script>alert('titre')</script><img src=x onerror=alert(1)>"


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title = ""
        self.tags: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("titles"))
    interface = root / "content" / "interface.yaml"
    text = interface.read_text(encoding="utf-8")
    assert '      session: "Session {year}"\n' in text
    interface.write_text(text.replace('      session: "Session {year}"\n', f'      session: "Session {{year}} {PAYLOAD}"\n'), encoding="utf-8")
    academy = root / "academies" / "toulouse" / "academy.yaml"
    text = academy.read_text(encoding="utf-8")
    assert "\nname: Toulouse\n" in text
    academy.write_text(text.replace("\nname: Toulouse\n", f'\nname: "Toulouse {PAYLOAD}"\n'), encoding="utf-8")
    # the national table's name of the academy alike (validate refuses another one: d220e53)
    table = root / "content" / "departments.yaml"
    text = table.read_text(encoding="utf-8")
    assert "  toulouse:\n    name: Toulouse\n" in text
    table.write_text(text.replace("  toulouse:\n    name: Toulouse\n", f'  toulouse:\n    name: "Toulouse {PAYLOAD}"\n', 1), encoding="utf-8")
    out = root / "out"
    # Without the PDFs: the session's title is in every one of them, none in the cache then (eight PDFs printed cold for
    # a test that reads the HTML pages and the search index; the same pages either way, but for the links to the
    # PDFs, which hold no title). The payloads in the PDFs, the interface's texts and the academies' names included:
    # test_injection_browser.py, which builds them.
    # Nor the precompressed copies, which no test here reads (every page changed: none in their cache either).
    result = run_mkdocs(root / "mkdocs.yml", out, BTS_GUIDE_PDF="0", BTS_GUIDE_COMPRESS="0")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def test_every_title_shows_the_payload_as_text(site):
    pages = sorted(site.rglob("*.html"))
    seen = 0
    for page in pages:
        parsed = _Page()
        html_text = page.read_text(encoding="utf-8")
        parsed.feed(html_text)
        # No element of the payload anywhere: the only scripts are the site's (with src) and JSON data.
        scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html_text)
        assert scripts == [], f"{page}: {scripts}"
        # (an attribute's quoted value is text, escaped: the home finder's data-bts-search holds the table's academy
        # name, the payload as typed; an injected attribute would stand outside the quotes)
        tags = "".join(re.sub(r'"[^"]*"', '""', tag) for tag in re.findall(r"<[^>]*>", html_text))
        assert "onerror=alert" not in re.sub(r"&[a-z#0-9]+;", "", tags), page
        # the page's title, then the site's name after a middle dot (read49 L4: « … session 2024 - Inscription », a
        # hyphen next to the title's own dash)
        assert " - " not in parsed.title and (parsed.title.count(" · Inscription au BTS") == 1 or parsed.title == "Inscription au BTS sur CYCLADES"), parsed.title
        if "Toulouse <" in parsed.title:  # the pages of Toulouse (notice, checklist): their title names the academy
            assert typography(PAYLOAD) in parsed.title, f"{page}: {parsed.title!r}"  # (with typographic apostrophes)
            seen += 1
    assert seen >= 2, "no page title carried the academy's name"
    notice = (site / "toulouse" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "Toulouse &lt;/title&gt;&lt;script&gt;" in notice  # the navigation's section title, as text


def test_the_search_index_holds_the_titles_escaped(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    values = [value for doc in index["docs"] for value in (doc["title"], doc["text"])]
    assert any("&lt;/title&gt;&lt;script&gt;" in v for v in values)
    assert not any(re.search(r"<(script|img|/title)", v) for v in values)


def test_the_build_asked_for_no_precompressed_copy_wrote_none(site):
    """``BTS_GUIDE_COMPRESS=0`` (``events.compress_wanted``): no ``.gz`` nor ``.br`` copy (MkDocs' own sitemap.xml.gz
    aside), the tests' builds of edited data spared Brotli; site/test_site_build.py checks that a build without the
    switch writes them."""
    copies = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.suffix in (".gz", ".br") and p.name != "sitemap.xml.gz"]
    assert copies == [], copies[:5]
