"""Injection in Chromium: payloads in every free-text field of the data, shown as text, never run.

A copy of the project gets the payloads of every family (``injection_support.FAMILIES``: HTML/JS,
context breaking, Markdown, Jinja, placeholders), one after the other, with a marker (one per
distinct value), appended to every free text of ``content/*.yaml`` and ``academies/*/*.yaml`` (of
the frozen project, tests/fixtures/project/); the site is built once (``mkdocs build --strict``,
with the notices' PDFs and their links, but each PDF's HTML kept instead of printed: ``PRINT_HTML_BUILD``),
every page is opened in Chromium (the HTML the notices' and forms' PDFs are printed from, the search results and
every checklist page with answers too, so that their JavaScript renders texts; the pages one after the other in one
browser context, the checklists with answers last), and:

- no dialog opened, no element or attribute of a payload is in the DOM
  (``[id^=inj-]``, ``[data-inj]``), no link to ``javascript:`` or to the
  payloads' host, no request left the origin;
- wherever a marker is displayed (every place), the whole payload follows it as
  text (compared without white space: typography and line breaks may change it).

One build for all the families (it was one per family, five builds and five walks of every page: a
fifth of the suite's time): a value escaped for its context is escaped whatever payload comes before. A
field takes every family validate accepts there, each alone (``inject``), in an order that turns from one
field to the next, so that each family comes first where a text is cut short.

The PDFs are not printed (WeasyPrint laid out every payload in the eight PDFs, five notices and three forms, 586 pages: about 100 s of
processor of the test's 115 s build): what they are printed from, their HTML (``generator.pdf.notice_html``,
``form_html``), is checked in Chromium like a page, which is stronger than the print (an injected ``<script>`` is
invisible to WeasyPrint's fetcher); ``generator/pdf``'s own tests (tests/site/test_notice_pdf.py, test_forms.py) print
real PDFs.

The site's Content-Security-Policy is bypassed here: escaping is tested, not the
policy (tests/site/test_csp.py tests the policy).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from browser_support import Watched, chromium, require_browser, serve_site, wait_checklist
from browser_support import search as search_for
from injection_support import FAMILIES, FOREIGN, SKIP_FILES, inject, squeeze
from project_support import build_env
from site_support import copy_project

# Every text of the page as shown: text nodes outside script/style/template/noscript, and the title.
PAGE_TEXT = """() => {
  const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => skip.has(n.parentElement && n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
  const parts = [document.title];
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
  return parts.join('\\n');
}"""
INJECTED = f"""() => [...document.querySelectorAll('[id^="inj-"], [data-inj], a[href^="javascript:" i], [href*="{FOREIGN}"], [src*="{FOREIGN}"]')]
  .map(e => e.outerHTML.slice(0, 200))"""
# Answers that make the checklist show warnings, documents, steps and the exam-adjustment procedure.
ANSWERS = "#disability=yes&exam_adjustment=renewal&engagement_etudiant=yes&nationality=foreign&situation=repeater"
MARKER = re.compile(r"INJ\d{4,}")
# ``mkdocs build --strict`` (argv) where generator/pdf prints no PDF: each PDF's HTML document, the one WeasyPrint would
# print (``notice_pdf(html, where, ...)``, for the notices and their forms), goes to the directory $INJ_PRINT_HTML
# instead, and its PDF is a stub; no cache (a PDF of a previous run would leave its HTML unwritten). The site keeps its
# PDF links and their labels, which hold interface payloads.
PRINT_HTML_BUILD = """
import os, sys
from pathlib import Path
import generator.pdf.form as form
import generator.pdf.notice as notice
out = Path(os.environ["INJ_PRINT_HTML"])
def keep_html(html, where="", stylesheets=()):
    (out / (where.strip("/").replace("/", "~") + ".html")).write_text(html, encoding="utf-8")
    return b"%PDF-1.7\\n% not printed (tests/site/test_injection_browser.py)\\n"
def no_cache(cache, key, make):
    return make()
for module in (notice, form):
    assert callable(module.notice_pdf) and callable(module.cached), module  # what the stubs replace is still there
    module.notice_pdf, module.cached = keep_html, no_cache
from mkdocs.__main__ import cli
sys.argv[0] = "mkdocs"
cli()
"""


@pytest.fixture(scope="module")
def browser():
    require_browser(needs_pyodide=True)
    with chromium() as b:
        yield b


def pages_of(site: Path) -> list[str]:
    return sorted("/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("*.html"))


def check_page(visit: Watched, path: str, *, checklist: bool = False, search: str | None = None) -> tuple[list[str], str]:
    """Problems found on one page opened in ``visit``, and its displayed text."""
    page = visit.page
    visit.forget()  # what an earlier page of the same context did is not this page's
    problems = []
    try:
        page.goto(visit.origin + path, wait_until="load")
        if checklist:
            wait_checklist(page)
        if search:
            search_for(page, search)
        page.wait_for_timeout(100)  # let an injected onerror/onload run, if any
        problems += [f"element: {e}" for e in page.evaluate(INJECTED)]
        text = page.evaluate(PAGE_TEXT)
        page.goto("about:blank")  # what the page still does is delivered now, and counted as this page's
    finally:
        problems += [f"dialog: {d}" for d in visit.dialogs]
        problems += [f"request to another origin: {u}" for u in visit.foreign()]
        problems += [f"page error: {e}" for e in visit.errors]
    return [f"{path}{' (search)' if search else ''}: {p}" for p in problems], text


def shown_as_typed(shown: str, at: int, expected: str) -> bool:
    """The payload follows at ``at``, whole, or cut short by an ellipsis (the timeline's labels are)."""
    same = 0
    for a, b in zip(shown[at:at + len(expected)], expected):
        if a != b:
            break
        same += 1
    return same == len(expected) or shown[at + same:at + same + 1] == "…"


def test_payloads_are_shown_as_text_and_never_run(tmp_path, browser):
    root = copy_project(tmp_path)
    fields = inject(root)
    assert len(fields) > 500, "the harness found too few free-text fields: did the data format change?"
    for family in FAMILIES:  # every family in (nearly) every field it may go in, and first in a share of them (a cut text shows its start only)
        may = [f for f in fields if f.file not in SKIP_FILES.get(family, ())]
        assert sum(family in f.families for f in may) >= len(may) - 10, family
        assert sum(f.families[0] == family for f in may) > 0.1 * len(may), family
    phrases = [f for f in fields if f.file == "content/questions.yaml" and f.key == "phrase"]
    assert phrases and all({"html", "context", "markdown"} <= set(f.families) for f in phrases), phrases[:3]
    site, printed = tmp_path / "site", tmp_path / "print-html"
    printed.mkdir()
    # (with the notices' PDFs: their print pages, templates and links go through every payload; the HTML each PDF is
    # printed from kept, not printed: PRINT_HTML_BUILD)
    # (without the precompressed copies: every page changed, Brotli would compress each again; the test server sends
    # the files as they are, browser_support.serve_site, and no check here reads a .gz or .br file)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_HTML_BUILD, "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        cwd=root, env=build_env(BTS_GUIDE_COMPRESS="0", INJ_PRINT_HTML=str(printed)), capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    pdfs = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.pdf"))
    kept = sorted(p.name for p in printed.iterdir())
    assert len(pdfs) >= 5 and kept == sorted(p.replace("/", "~") + ".html" for p in pdfs), (pdfs, kept)
    shutil.copytree(printed, site / "print-html")  # walked as pages, below

    problems: list[str] = []
    texts: list[str] = []
    paths = pages_of(site)
    assert sum(p.startswith("/print-html/") for p in paths) == len(pdfs), paths
    checklists = [p for p in paths if p.endswith("/liste-personnalisee/")]
    assert len(checklists) >= 5, checklists
    with serve_site(site) as origin:
        # Every page in one context, one after the other (its HTTP cache: the theme and Pyodide are fetched once)
        shared = Watched(browser, origin, bypass_csp=True)
        try:
            for path in paths:
                found, text = check_page(shared, path)
                problems += found
                texts.append(text)
            found, text = check_page(shared, "/", search="Toulouse")  # results hold payloads of many fields
            problems += found
            texts.append(text)
            # then every checklist computed in Pyodide with answers, in the same context (its first boot with Pyodide's
            # files from the HTTP cache the walk above filled; a context of their own cost its files fetched and
            # compiled again: speed76a), one page taken to a blank document before each (Watched.next_page: the first
            # one the context's first boot, the others starting from its memory snapshot). After the walk: a checklist
            # page of the walk is read as a candidate's first visit, no answer of another page in the context.
            for path in checklists:
                shared.next_page()
                found, text = check_page(shared, path + ANSWERS, checklist=True)
                problems += found
                texts.append(text)
        finally:
            shared.close()

    shown = squeeze("\n".join(texts))
    by_marker = {f.marker: f for f in fields}
    displayed: set[str] = set()
    wrong: set[str] = set()
    for found in MARKER.finditer(shown):  # every place a marker is shown, not just one (one pass over the text)
        marker = found.group()
        field = by_marker.get(marker)
        if field is None:
            continue
        displayed.add(marker)
        if marker not in wrong and not shown_as_typed(shown, found.start(), squeeze(field.payload)):
            wrong.add(marker)
            at, expected = found.start(), squeeze(field.payload)
            same = next((i for i, (a, b) in enumerate(zip(shown[at:], expected)) if a != b), len(expected))
            problems.append(f"{field.file}:{field.line} ({field.key}): payload not shown as typed, from its character {same}; "
                            f"page text: {shown[at + max(same - 60, 0):at + same + 80]!r}; expected: {expected[max(same - 60, 0):same + 80]!r}")
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])
    # The harness really reached the pages: most free texts are displayed somewhere.
    assert len(displayed) >= 0.5 * len(by_marker), f"only {len(displayed)} of {len(by_marker)} injected values displayed"
