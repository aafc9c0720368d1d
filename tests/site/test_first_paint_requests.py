"""What a page's first paint waits for: stylesheets asked for from the <head>, no theme script that does nothing here.

A stylesheet linked from the body, or a parser-blocking script in the middle of it, is a request the browser makes
only once its parser gets there: on a phone's network, one more round trip before the page shows anything
(bench/README.md, « first useful content »).
"""

from __future__ import annotations

import re

import jinja2

from site_support import ROOT

PARTIALS = ROOT / "site_overrides" / "partials" / "javascripts"
BODY = re.compile(r"<body\b.*", re.S)


def render(partial: str, **context) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(PARTIALS)))
    env.filters["url"] = lambda path: "/" + path
    return env.get_template(partial).render(**context).strip()


def test_the_palette_script_comes_only_with_a_palette_toggle():
    assert render("palette.html", config={"theme": {"palette": None}}) == ""
    assert render("palette.html", config={"theme": {"palette": {"primary": "indigo"}}}) == ""  # one scheme: nothing to restore
    toggles = [{"scheme": "default", "toggle": {"name": "sombre"}}, {"scheme": "slate", "toggle": {"name": "clair"}}]
    assert "bts-md-palette.js" in render("palette.html", config={"theme": {"palette": toggles}})


def test_the_content_tab_script_comes_only_with_content_tabs():
    plain = render("content.html", features=[], config={"markdown_extensions": ["toc", "tables", "admonition"]})
    assert plain == ""
    tabbed = render("content.html", features=["content.tabs.link"], config={"markdown_extensions": ["toc", "pymdownx.tabbed"]})
    assert "bts-md-target.js" in tabbed and "bts-md-tabs.js" in tabbed


def test_no_page_waits_for_a_theme_script_the_site_does_not_use(real_site):
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "bts-md-palette.js" not in text and "bts-md-target.js" not in text, page
        # and the one the theme needs before its bundle stays: it defines __md_scope, __md_get…
        if "bundle." in text:
            assert "bts-md-scope.js" in text, page


def test_every_stylesheet_of_a_page_is_asked_for_from_its_head(real_site):
    checklists = sorted(real_site.glob("*/*/liste-personnalisee/index.html"))
    assert checklists
    for page in sorted(real_site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        body = BODY.search(text).group(0)
        # <noscript> stylesheets aside (they apply only without JavaScript, and are not fetched with it)
        outside_noscript = re.sub(r"<noscript>.*?</noscript>", "", body, flags=re.S)
        assert 'rel="stylesheet"' not in outside_noscript, page
    for page in checklists:
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        assert re.search(r'<link rel="stylesheet" href="(\.\./)+assets/checklist/checklist\.css">', head), page


# A classic <script src> without async or defer (as attributes, not inside a value): it holds the parser.
PARSER_BLOCKING = re.compile(r"<script\b(?![^>]*\s(?:async|defer)(?=[\s>=]))(?![^>]*\stype=[\"']?(?:module|application/json))[^>]*\ssrc=")
STYLESHEET = re.compile(r"<link\b[^>]*\srel=[\"']?stylesheet\b")


def test_no_stylesheet_of_a_head_waits_for_a_blocking_script(real_site):
    """A classic script in the <head> holds the parser until that script has arrived and run (and it waits for
    the stylesheets above it). In Chromium, the checklist's stylesheet below it was asked for only then: one
    more round trip before the first paint (bench/README.md, « The checklist's stylesheet asked for with the
    theme's »)."""
    checked = 0
    for page in sorted(real_site.rglob("*.html")):
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        blocking = PARSER_BLOCKING.search(head)
        if blocking is None:
            continue
        checked += 1
        assert not STYLESHEET.search(head, blocking.end()), (page, head[blocking.start():blocking.start() + 120])
    assert checked >= 10


def test_the_checklist_paints_once_its_block_is_parsed(real_site):
    """The checklist page's first paint waits for the end of its block (<link rel="expect" blocking="render">):
    the element it names is in the page, and it is the block's last element, where checklist.js wires the form."""
    checklists = sorted(real_site.glob("*/*/liste-personnalisee/index.html"))
    assert checklists
    script = (ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    for page in checklists:
        text = page.read_text(encoding="utf-8")
        head, body = text.split("</head>", 1)
        expected = re.findall(r'<link rel="expect" href="#([\w-]+)" blocking="render">', head)
        assert expected == ["bts-checklist-end"], page
        assert body.count('id="bts-checklist-end"') == 1, page
        # after the form, the answer for no answer and the data the form is wired with: the first paint shows
        # them, and the form wired
        markers = ('id="bts-checklist"', 'id="bts-checklist-form"', 'id="bts-checklist-output"', 'id="bts-checklist-data"', 'id="bts-checklist-end"')
        order = [body.find(marker) for marker in markers]
        assert -1 not in order and order == sorted(order), (page, order)
    assert 'getElementById("bts-checklist-end")' in script
    # no other page waits: its first paint would wait for the end of its parsing (the theme's scripts included)
    for page in sorted(set(real_site.rglob("*.html")) - set(checklists)):
        assert 'rel="expect"' not in page.read_text(encoding="utf-8"), page
