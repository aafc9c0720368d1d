"""Printing from the browser (site_overrides/assets/print.css, the checklist's own print rules), in
headless Chromium with print media emulated, on the frozen site: no navigation, header, search or
previous/next links; tables stay tables on a phone's width; web links show their address after their
words; the checklist page prints the answers and the list, not the form."""

from __future__ import annotations

import dataclasses
import re

import pytest

from browser_support import Pool, Watched, serve_site
from site_support import version_words
from generator.site import pages
from generator.site.text import address_words

PHONE = {"width": 360, "height": 740}
# The site's chrome: the theme's header, its navigation and table of contents, the search, previous/next.
CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer__inner"]


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


@pytest.fixture(scope="module")
def visits(browser):
    """The contexts of this module's tests, one per site and viewport (browser_support.Pool): what is printed is the
    page of its address, loaded whole after a blank page, the print media emulated by the test and reset after it;
    none of these tests sets the clock, routes or reads requests, or is about a first visit or the caches. A checklist
    then starts as a returning visitor's (Pyodide's memory snapshot, its WebAssembly compiled in the page's renderer:
    about 1.5 s of processor less a checklist than in a fresh context, Pool's measure); its answers are the URL
    fragment's only (checklist.js keeps none in the browser)."""
    pool = Pool(lambda origin, **options: Watched(browser, origin, **options))
    yield pool
    pool.close()


def _open(visits: Pool, url: str, viewport=None):
    """``url`` loaded in a context of ``visits`` at ``viewport`` (1280×900 by default): the visit (its ``close`` gives
    the context back) and its page."""
    origin = "/".join(url.split("/", 3)[:3])
    visit = visits.take(origin, viewport=viewport or {"width": 1280, "height": 900})
    visit.page.goto(url)
    return visit, visit.page


@dataclasses.dataclass(frozen=True)
class PrintedPage:
    """A page of the frozen site as the browser showed it, then printed on A4 in print media (``printed_pages``)."""

    screen: str  # the body's text on the screen, before printing
    sources: int  # the source lines of its article on the screen (« Règle nationale — … »: p.bts-source)
    day: str  # the day the page's clock gives (window.btsClock), in French words, as the printed line says it
    title: str  # its title's words (its h1), spaces collapsed
    pdf: object  # the print, open in pdfplumber (each sheet's characters read once, then kept by its page)


@pytest.fixture(scope="module")
def printed_pages(visits, origin):
    """``printed_pages(path)``: the page of the frozen site at ``path`` at 1280×900, read on the screen, then printed
    once on A4 (print media, ``page.pdf``) and opened once in pdfplumber (``PrintedPage``), for every test of the module
    that reads that print. Printing a notice page and reading its sheets is most of such a test's time: three tests
    printed the same notice pages, each in a visit of its own, and read the same PDF each time (speedpdf64)."""
    import io

    import pdfplumber

    made: dict[str, PrintedPage] = {}

    def printed(path: str) -> PrintedPage:
        if path not in made:
            visit, page = _open(visits, origin + path)
            try:
                screen = page.inner_text("body")
                sources = page.locator("article p.bts-source").count()
                day = page.evaluate("""() => new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long",
                                                                                 year: "numeric" }).format(window.btsClock())""")
                title = " ".join(page.locator(".md-content h1").first.text_content().split())
                page.emulate_media(media="print")
                pdf = page.pdf(format="A4")
            finally:
                visit.close()
            made[path] = PrintedPage(screen, sources, day, title, pdfplumber.open(io.BytesIO(pdf)))
        return made[path]

    yield printed
    for done in made.values():
        done.pdf.close()


def _paths(toulouse) -> dict[str, str]:
    return {
        "home": "/",
        "notice": f"/{pages.notice_dir(toulouse)}/",
        "checklist": f"/{pages.notice_dir(toulouse)}/liste-personnalisee/",
    }


_ENGINE_ANSWERED = ("() => { const r = document.getElementById('bts-checklist'); return r.dataset.state === 'ready' && "
                    "r.dataset.done === r.dataset.sent && Number(r.dataset.done) > 0; }")
# the request for exam adjustments' items: their class, their first words, the box print.css puts before them
_ADJUSTMENT_BOXES = """() => [...document.querySelectorAll('.bts-checklist-adjustment[data-adjustment="yes"] li')].map(
                          (li) => [li.className, li.textContent.trim().slice(0, 40), getComputedStyle(li, '::before').content])"""


@dataclasses.dataclass(frozen=True)
class PrintedList:
    """A checklist page with answers, on a phone, as the engine's answer shows it, then printed on A4 (``printed_lists``)."""

    footer: list[str]  # the footer's lines on the screen (.bts-footer-line but the staff's), spaces collapsed
    forms: list[str]  # the addresses of the forms' pages the list links to (without their fragment)
    printed_hidden: bool  # whether « Liste imprimée le … » (#bts-checklist-printed) is hidden on the screen
    boxes_on_screen: list  # _ADJUSTMENT_BOXES on the screen
    leads: list[str]  # _LEADS in print media, before printing
    pdf: object  # the print (print media, ``page.pdf`` on A4), open in pdfplumber (each sheet read once, then kept)
    boxes_printed: list  # _ADJUSTMENT_BOXES in print media, after printing
    footer_shown_after: bool  # whether the footer (.md-footer) is visible on the screen again after printing


@pytest.fixture(scope="module")
def printed_lists(visits, origin):
    """``printed_lists(notice, answers)``: the notice's checklist page with ``answers`` (its fragment) at the phone's
    width, read on the screen once the engine has answered, then in print media, printed once on A4 and opened once in
    pdfplumber, then back in screen media (``PrintedList``), for every test of the module that prints that list from a
    phone. Loading a checklist, waiting for the engine, printing and reading its sheets is most of such a test's time:
    two pairs of tests printed the same list (Toulouse's full answers, its experience answers) in a visit each
    (speedE66). What each test reads is what it read in its own visit, in the same order around the print."""
    import io

    import pdfplumber

    made: dict[str, PrintedList] = {}

    def printed(notice, answers: str) -> PrintedList:
        address = origin + _paths(notice)["checklist"] + "#" + answers
        if address not in made:
            visit, page = _open(visits, address, PHONE)
            try:
                page.wait_for_function(_ENGINE_ANSWERED, timeout=120_000)
                footer = [" ".join(t.split()) for t in page.eval_on_selector_all(".md-copyright .bts-footer-line:not(.bts-footer-staff)", "ps => ps.map((p) => p.textContent)")]
                forms = page.eval_on_selector_all("#bts-checklist-output a[data-form]", "links => links.map((a) => a.href.split('#')[0])")
                hidden = page.is_hidden("#bts-checklist-printed")
                boxes_on_screen = page.evaluate(_ADJUSTMENT_BOXES)
                page.emulate_media(media="print")
                leads = page.evaluate(_LEADS)
                pdf = pdfplumber.open(io.BytesIO(page.pdf(format="A4")))
                boxes_printed = page.evaluate(_ADJUSTMENT_BOXES)
                page.emulate_media(media="screen")
                shown = page.locator(".md-footer").is_visible()
            finally:
                visit.close()
            made[address] = PrintedList(footer, forms, hidden, boxes_on_screen, leads, pdf, boxes_printed, shown)
        return made[address]

    yield printed
    for done in made.values():
        done.pdf.close()


@pytest.mark.parametrize("which", ["home", "notice", "checklist"])
def test_printing_shows_no_navigation(visits, origin, toulouse, which):
    visit, page = _open(visits, origin + _paths(toulouse)[which])
    try:
        on_screen = [s for s in CHROME if _visible(page, s)]
        assert ".md-header" in on_screen and ".md-sidebar--primary" in on_screen  # the test sees the chrome when it is there
        page.emulate_media(media="print")
        assert [s for s in CHROME if _visible(page, s)] == []
        assert _visible(page, "article h1")
        # the footer's lines stay on paper: which text prevails (a review, phone48 M2: the theme hid the whole footer
        # in print, and the printed checklist a candidate keeps never said the notice prevails)
        assert _visible(page, ".md-footer-meta") and "fait foi" in page.inner_text(".md-footer-meta")
        assert not _visible(page, ".bts-footer-staff")  # (the staff guide's link: of no use on paper)
    finally:
        visit.close()


def test_tables_print_as_tables_even_on_a_phone(visits, origin, toulouse):
    visit, page = _open(visits, origin + _paths(toulouse)["notice"], PHONE)
    try:
        display = "() => getComputedStyle(document.querySelector('.bts-table td')).display"
        assert page.evaluate(display) == "block"  # on the phone's screen: one block per row
        page.emulate_media(media="print")
        assert page.evaluate(display) == "table-cell"
        assert page.evaluate("() => getComputedStyle(document.querySelector('.bts-table tr')).breakInside") == "avoid"
        assert page.evaluate("() => getComputedStyle(document.querySelector('.bts-table td'), '::before').content") in ("none", "normal")
    finally:
        visit.close()


def test_printed_web_links_show_their_address(visits, origin, toulouse):
    visit, page = _open(visits, origin + _paths(toulouse)["notice"])
    try:
        after = "(selector) => getComputedStyle(document.querySelector(selector), '::after').content"
        labelled = "article a[href^='https://cyclades']"
        bare = "article a.bts-bare-url"
        assert page.evaluate(after, labelled) in ("none", "normal")  # on screen: the words only
        page.emulate_media(media="print")
        address = page.evaluate(f"() => document.querySelector(\"{labelled}\").getAttribute('href')")
        # (as a person types it: without « https:// », as a link whose words are its address writes it, fixprint60;
        # text.address_words)
        assert page.evaluate(after, labelled) == f'" ({address_words(address)})"'
        assert page.evaluate(after, bare) in ("none", "normal")  # its words are its address: not twice
    finally:
        visit.close()


# The key dates' pointer to « Dates à retenir » (a button once checklist.js runs) read as the words of its line.
_POINTER_AS_WORDS = """(p) => { const own = getComputedStyle(p), line = getComputedStyle(p.parentElement);
  return [own.color === line.color, own.textDecorationLine, own.borderTopWidth, own.backgroundColor]; }"""


def test_the_checklist_prints_answers_and_list_not_the_form(visits, origin, toulouse):
    visit, page = _open(visits, origin + _paths(toulouse)["checklist"])
    try:
        # (the engine's first answer replaces the build's: read once it has, not while it does)
        page.wait_for_function(
            "() => { const r = document.getElementById('bts-checklist'); return r.dataset.state === 'ready' && Number(r.dataset.done) > 0 && r.dataset.done === r.dataset.sent; }",
            timeout=120_000,
        )
        assert _visible(page, "#bts-checklist-form") and not _visible(page, ".bts-checklist-answers")
        # (Toulouse: its adjustment date's pointer to its precision, a button on screen, underlined as a link)
        pointer = page.locator("#bts-checklist-output .bts-checklist-key-dates button.bts-checklist-to-dates").first
        pointer.wait_for(state="attached")
        assert pointer.evaluate(_POINTER_AS_WORDS)[:2] == [False, "underline"]
        page.emulate_media(media="print")
        assert not _visible(page, "#bts-checklist-form")
        assert _visible(page, "#bts-checklist-result") and _visible(page, ".bts-checklist-answers")
        assert _visible(page, ".bts-checklist-documents li")
        # on paper: plain words, as its line's
        assert pointer.evaluate(_POINTER_AS_WORDS) == [True, "none", "0px", "rgba(0, 0, 0, 0)"]
        # and the heading they name printed on the same paper (phone74, after phone73 took the words for a link to a
        # section not printed: « voir la précision sous « Dates à retenir » » names a heading of the printed list)
        title = toulouse.texts.text("checklist_page.deadlines_title")
        assert title in pointer.inner_text().replace("\u00a0", " ")
        headings = page.locator("#bts-checklist-output h3").filter(has_text=title)
        assert headings.count() == 1 and headings.first.is_visible() and headings.first.bounding_box()["height"] > 0
    finally:
        visit.close()


# The printed web links whose address their line already writes (the link's words are the address or hold it, or the
# words beside it write it: « Application : AMEX (https://…) »): print.css writes a link's address after its words.
_WRITTEN_TWICE = """() => [...document.querySelectorAll("article a[href^='http']")].filter((a) => {
  const after = getComputedStyle(a, "::after").content;
  if (after === "none" || after === "normal") return false;
  const address = a.getAttribute("href").replace(/\\/+$/, "").replace(/^https?:\\/\\//, "");  // (as a link's words write it: text.address_words)
  return a.parentElement.textContent.includes(address);
}).map((a) => a.parentElement.textContent.trim())"""
_ADDRESSES_AFTER = """() => [...document.querySelectorAll("article a[href^='http']")]
  .filter((a) => !["none", "normal"].includes(getComputedStyle(a, "::after").content)).length"""


def test_printing_never_writes_an_address_twice(visits, origin, frozen_notices):
    """A review: the printed checklist wrote « https://www.ac-toulouse.fr (https://www.ac-toulouse.fr) » (the
    « session passée » box, the contacts) and « Application : AMEX (https://…) (https://…) » (the notice page too).
    On every notice page and checklist page of the frozen site (the build's answer), printed: a web link's address
    after its words only when its line does not already write it, and still after a link whose words are not it."""
    after_words = bare = 0
    for notice in frozen_notices:
        for which in ("notice", "checklist"):
            visit, page = _open(visits, origin + _paths(notice)[which])
            try:
                page.emulate_media(media="print")
                assert page.evaluate(_WRITTEN_TWICE) == [], (notice.slug, notice.year, which)
                after_words += page.evaluate(_ADDRESSES_AFTER)
                if which == "checklist":
                    bare += page.evaluate("() => document.querySelectorAll('#bts-checklist a.bts-bare-url').length")
            finally:
                visit.close()
    assert after_words, "no printed link shows its address after its words"
    assert bare, "no checklist page has a link whose words are its address"


def test_the_exam_adjustment_application_prints_its_address_once(visits, origin, frozen_notices):
    """Aix-Marseille 2023's « Application : AMEX (https://appli…/amex/) »: its name the link on screen, its address
    written beside it, printed once."""
    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    visit, page = _open(visits, origin + _paths(notice)["notice"])
    try:
        amex = page.locator("article li a", has_text="AMEX").first
        address = amex.get_attribute("href")
        page.emulate_media(media="print")
        assert amex.evaluate("(a) => getComputedStyle(a, '::after').content") in ("none", "normal")
        # (written as a person types it, without its scheme: fixaddr59, text.address_words)
        assert amex.evaluate("(a) => a.parentElement.textContent").count(address.split("://", 1)[1]) == 1
    finally:
        visit.close()


def test_the_printed_checklist_names_the_questions_still_useful(visits, origin, frozen_notices):
    """A review: the printed list said « Encore 1 question peut compléter cette liste : elle est marquée « encore utile »
    dans le formulaire en ligne » and the form is not printed. On paper (the build's answer: no answer yet), each
    question that can still change the list is named, as the command line lists them; not on screen (the form
    marks them there)."""
    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.text import list_questions
    from project_support import FROZEN, valid_project

    checklist = valid_project(FROZEN).content.checklist
    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    ruleset = compile_ruleset(notice, checklist)
    labels = {q["id"]: q["label"] for q in ruleset["questions"]}
    expected = list_questions(engine.evaluate(ruleset, {}))
    assert expected
    visit, page = _open(visits, origin + _paths(notice)["checklist"])
    try:
        assert not _visible(page, "[data-open-question]")
        page.emulate_media(media="print")
        assert _visible(page, "#bts-checklist-output .bts-checklist-open-questions")
        shown = page.eval_on_selector_all("[data-open-question]", "items => items.map((i) => [i.dataset.openQuestion, i.textContent])")
        assert [qid for qid, _ in shown] == expected
        squeeze = lambda text: " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split()).replace(" ", "")
        assert [squeeze(words) for _, words in shown] == [squeeze(labels[qid]) for qid in expected]
        # introduced as such (a review: they followed the sentence on the online form with nothing before them)
        lead = page.inner_text("#bts-checklist-output .bts-checklist-open-questions > p")
        assert squeeze(lead) == squeeze(notice.texts.text("checklist_page.open_questions_title", count=len(expected))), lead
    finally:
        visit.close()


# The lines of the printed checklist that lead to what follows them: its titles, a warning's or a step's title, each
# item's first line, a line followed by the words it introduces (« Ce que la notice dit de ces dates : », a line before a
# list); not a paragraph of the notice's words in a warning or a step followed by another (these may end a page since
# phone51 L1: kept together, they pushed a whole step onto the next sheet).
_LEADS = """() => [...document.querySelectorAll(
  "#bts-checklist-output h3, #bts-checklist-output :is(.bts-checklist-warnings, .bts-checklist-steps) > li > strong:first-child,"
  + "#bts-checklist-output li > p:first-child:not(:last-child):not(.bts-checklist-source), #bts-checklist-output li.bts-checklist-adjustment-send-to:not(:last-child),"
  + "#bts-checklist-output p:not(.bts-checklist-source):has(+ blockquote, + ul),"
  + "#bts-checklist-output p:not(.bts-checklist-source):has(+ p):not(:is(.bts-checklist-warnings, .bts-checklist-steps) p)")]
  .map((e) => e.textContent)"""


@pytest.mark.parametrize("answers", [
    "situation=experience&disability=yes&exam_adjustment=yes&nationality=french&specialty=ndrc",
    "situation=repeater&nationality=french&specialty=fed&r408_waiver=no&has_benefits=yes&disability=no",
])
def test_a_printed_checklist_page_never_ends_on_a_title(printed_lists, toulouse, answers):
    """A review (phone48 M3): printed pages ended on « Contacts », on a step's title, on « Ce que la notice dit de ces
    dates : », their words on the next page. Printed on A4 from a phone, no page but the last ends on a line that leads
    to others."""
    printed = printed_lists(toulouse, answers)
    squeeze = lambda text: "".join(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())
    leads = [squeeze(t) for t in printed.leads if t.strip()]  # (in print media)
    assert leads
    # (each page's number, « 2 / 3 », at its foot: not a line of the list)
    ends = [[line for line in (p.extract_text() or "").splitlines() if line.strip() and not re.fullmatch(r"\d+ / \d+", line.strip())][-1]
            for p in printed.pdf.pages[:-1]]
    assert len(ends) >= 2, "the list fits on one page: nothing to check"
    cut = [end for end in ends if any(lead.endswith(squeeze(end)) for lead in leads)]
    assert cut == [], cut


def test_printed_pages_are_numbered_in_the_page_s_type(visits, origin, toulouse):
    """phone57 L2: a page printed from the browser numbered its sheets (« 1 / 8 », print.css @bottom-right) in the
    browser's default serif (a margin box does not inherit body's font), under a list in Liberation Sans. The numbers are
    in the type of the page's own words, the notice page's and the list's."""
    import io

    import pdfplumber

    family = lambda c: c["fontname"].split("+")[-1].split("-")[0]
    for path in (_paths(toulouse)["notice"], _paths(toulouse)["checklist"]):
        visit, page = _open(visits, origin + path, PHONE)
        try:
            page.emulate_media(media="print")
            with pdfplumber.open(io.BytesIO(page.pdf(format="A4"))) as pdf:
                first = pdf.pages[0]
                number = [c for c in first.chars if c["text"].strip() and c["top"] > first.height - 15 * 72 / 25.4]
                words = {family(c) for c in first.chars if c["text"].strip() and c["top"] <= first.height - 15 * 72 / 25.4}
            assert "".join(c["text"] for c in number).startswith("1/"), (path, [c["text"] for c in number])
            assert {family(c) for c in number} <= words, (path, sorted({family(c) for c in number}), sorted(words))
        finally:
            visit.close()


def test_a_page_printed_from_the_browser_has_the_pdf_s_side_margins(printed_pages, toulouse):
    """print61 L2 (fixprint60 item 6): a page printed from the browser had Material's 25 mm margins, some three sheets
    more than needed; print.css gives it 15 mm on each side, as the notice's PDF (18 mm below, its version line and
    number). The page's words start 15 mm from the sheet's left edge (review84: the rule was untested)."""
    mm = 72 / 25.4
    for path in (_paths(toulouse)["notice"], _paths(toulouse)["checklist"]):
        first = printed_pages(path).pdf.pages[0]
        left = min(c["x0"] for c in first.chars if c["text"].strip())
        right = max(c["x1"] for c in first.chars if c["text"].strip())
        assert 14 * mm < left < 17 * mm and right < first.width - 14 * mm, (path, left / mm, (first.width - right) / mm)


@pytest.fixture(scope="module")
def said_site(tmp_path_factory):
    """A copy of the frozen project whose Aix-Marseille 2023 procedure for exam adjustments writes its application's
    address in its words (« l'application AMEX (https://appli…/amex/) », compile: application « said »)."""
    from project_support import run_mkdocs
    from site_support import copy_project

    root = copy_project(tmp_path_factory.mktemp("print-said"))
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    text = session.read_text(encoding="utf-8")
    old = "l'application AMEX, sur le site internet du rectorat"
    assert text.count(old) == 1, "the procedure's words moved"
    session.write_text(text.replace(old, "l'application AMEX (https://appli.ac-aix-marseille.fr/amex/), sur le site internet du rectorat"), encoding="utf-8")
    out = root / "out"
    # (served as they are: no precompressed copies needed; no PDFs: the tests read the web pages' http links only, and the
    # changed procedure made the build print Aix-Marseille 2023's whole notice again, its cache's copy being the frozen one's)
    result = run_mkdocs(root / "mkdocs.yml", out, BTS_GUIDE_COMPRESS="0", BTS_GUIDE_PDF="0")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    with serve_site(out) as url:
        yield url


def test_an_application_whose_address_the_procedure_writes_prints_its_name_alone_on_page_and_list(visits, said_site, frozen_notices):
    """An exam-adjustment procedure whose words write its application's address (« said »): the notice page prints
    « Application : AMEX », the address not again (address_beside: bts-bare-url); the list computed in the browser
    printed « Application : AMEX (appli.ac-aix-marseille.fr/amex/) », the address a second time under the words that
    write it (review84: checklist.js link gave it data-bts-address, as a link whose words are not its address; before
    fixprint60, « (https://…) »). Both print its name alone; a link of the list whose words are not its address prints
    it without « https:// » (fixprint60)."""
    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    links = """() => [...document.querySelectorAll("article a[href^='http']")]
      .map((a) => [a.getAttribute("href"), a.textContent, getComputedStyle(a, "::after").content])"""
    answers = "department=13&situation=repeater&disability=yes&exam_adjustment=yes"
    for path in (_paths(notice)["notice"], _paths(notice)["checklist"] + "#" + answers):
        visit, page = _open(visits, said_site + path)
        try:
            if "#" in path:
                page.wait_for_function(
                    "() => { const r = document.getElementById('bts-checklist'); return r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent && Number(r.dataset.done) > 0; }",
                    timeout=120_000,
                )
                assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
            page.emulate_media(media="print")
            printed = page.evaluate(links)
            amex = [after for href, words, after in printed if href == "https://appli.ac-aix-marseille.fr/amex/" and words == "AMEX"]
            assert amex and all(after in ("none", "normal") for after in amex), (path, amex)
            assert [(href, after) for href, _, after in printed if after not in ("none", "normal") and after != f'" ({address_words(href)})"'] == [], printed
        finally:
            visit.close()


# Many answers given (phone51 L1, on the frozen project): Toulouse, a repeater asking for exam adjustments (the whole
# procedure kept together left the sheet before it 55 % blank); Clermont-Ferrand, a repeater with every option (the
# « Bénéfices de notes » warning kept whole left the second sheet 81 % blank; the ninth sheet held one answer).
_FULL_ANSWERS = {
    ("toulouse", 2024): "situation=repeater&nationality=french&specialty=ndrc&has_benefits=yes&renounces_benefits=yes&disability=yes&exam_adjustment=yes",
    ("clermont-ferrand", 2024): "department=63&situation=repeater&specialty=mco&nationality=french&birth_date=2000-03-01&has_benefits=yes"
                                "&renounces_benefits=yes&mandatory_language=rare&disability=yes&exam_adjustment=yes&engagement_etudiant=yes&optional_exams=3",
}


@pytest.mark.parametrize("notice_key", list(_FULL_ANSWERS), ids=lambda key: f"{key[0]}-{key[1]}")
def test_a_printed_full_checklist_wastes_no_sheet_and_ends_on_more_than_one_line(printed_lists, frozen_notices, notice_key):
    """A review (phone51 L1): a full list printed on A4 took 10 sheets, one about 90 % blank (a title and one item
    before « Dates à retenir », kept with the whole of step 1), others 20 to 70 % (a step or a warning kept whole went
    on to the next sheet), the last holding one answer. Printed from a phone: each page but the last filled to at least
    60 % of its height (from the highest first line to the lowest last line of all pages, the page numbers left out);
    the last holds more than one line."""
    notice = next(n for n in frozen_notices if (n.slug, n.year) == notice_key)
    pdf = printed_lists(notice, _FULL_ANSWERS[notice_key]).pdf  # (printed in print media)
    lines = [[line for line in p.extract_text_lines() if line["text"].strip() and not re.fullmatch(r"\d+ / \d+", line["text"].strip())]
             for p in pdf.pages]
    assert len(lines) >= 3 and all(lines), "the list fits on two pages, or a page holds nothing: nothing to check"
    top = min(line["top"] for page_lines in lines for line in page_lines)
    bottom = max(line["bottom"] for page_lines in lines for line in page_lines)
    filled = [round(100 * (max(line["bottom"] for line in page_lines) - top) / (bottom - top)) for page_lines in lines]
    assert all(fill >= 60 for fill in filled[:-1]), filled
    assert len(lines[-1]) > 1, [line["text"] for line in lines[-1]]


def test_a_printed_notice_page_opens_no_sheet_with_a_source_line(printed_pages, frozen_notices):
    """A review (phone51 L8): in Toulouse's PDF a statement's source line, « Règle nationale — … cité par … », opened the
    page after its statement; printed from the browser, Nantes 2024's and Nantes 2026's notice pages did the same (the
    « Notice de l'académie — … » line of a topic at the top of a sheet). Each notice page printed on A4: no sheet opens
    with a source line (a line in italics beginning « Règle nationale — » or « Notice de l'académie »)."""
    starts = ("Règle nationale —", "Notice de l’académie", "Notice de l'académie")
    checked = 0
    for notice in frozen_notices:
        printed = printed_pages(_paths(notice)["notice"])
        assert printed.sources > 0  # (the source lines the rule keeps with their statement)
        firsts = [(p.extract_text_lines() or [None])[0] for p in printed.pdf.pages]
        opening = [n for n, line in enumerate(firsts, 1) if line and line["text"].replace("\u202f", " ").startswith(starts)
                   and all("Italic" in c["fontname"] or "Oblique" in c["fontname"] for c in line["chars"] if c["text"].strip())]
        assert opening == [], (notice.slug, notice.year, opening)
        checked += len(firsts) - 1
    assert checked >= 20  # (page breaks looked at)


def test_a_printed_checklist_says_when_and_where_from_numbers_its_pages_and_gives_its_forms_addresses(printed_lists, origin, toulouse):
    """A review (phone48 L2): on paper the list had no date, no page numbers, no address; a form's link printed as bare
    words (« Formulaire « … » à imprimer, pré-rempli avec vos réponses »); the request for exam adjustments, sent by post,
    had no box to tick where every upload has one. Printed on A4: « Liste imprimée le …, depuis la page <address> »
    under « Votre liste », the address without the answers; each page « n / total » at its foot; each form's page by its
    address; the request's box."""
    address = origin + _paths(toulouse)["checklist"]
    printed = printed_lists(toulouse, _FULL_ANSWERS[("toulouse", 2024)])  # (the full test's list: the same print)
    forms = printed.forms
    assert forms, "no form in this list: nothing to check"
    assert printed.printed_hidden
    texts = [" ".join((p.extract_text() or "").split()) for p in printed.pdf.pages]
    whole = " ".join(texts).replace("\u2019", "'")
    squeezed = "".join(whole.split())
    assert "Liste imprimée le " in whole and "".join(f", depuis la page {address}".split()) in squeezed, whole[:400]
    assert "#" not in whole.split("depuis la page", 1)[1].split()[0]
    assert len(texts) >= 2 and all(text.endswith(f"{n} / {len(texts)}") for n, text in enumerate(texts, 1)), [t[-12:] for t in texts]
    for form in forms:
        assert f"({form})" in squeezed, form
    # the box on the notice's words of the request, not on the guide's summary above them (review58 L1: « ☐ Résumé
    # du guide : la demande se fait par courrier. »)
    items = printed.boxes_on_screen
    assert items and not any("\u2610" in box for _, _, box in items), items  # on the screen, none
    items = printed.boxes_printed  # (in print media)
    ticked = [(name, words) for name, words, box in items if "\u2610" in box]
    assert ticked == [("bts-checklist-adjustment-how", items[1][1])], items
    assert items[0][1].startswith("Résumé du guide"), items


@pytest.mark.parametrize("answers", [
    "situation=repeater&nationality=foreign&specialty=mco&has_benefits=yes&renounces_benefits=no&mandatory_language=english&disability=no&department=31",
    "situation=experience&disability=yes&exam_adjustment=yes&nationality=french&specialty=ndrc",
])
def test_a_printed_checklist_gives_the_footer_s_lines_on_its_first_page_not_alone_on_a_last_one(printed_lists, toulouse, answers):
    """A review (phone49 L6): a Toulouse repeater's list printed on A4 ended on a page holding only « Ce guide reprend
    les notices des académies ; en cas de différence, la notice de votre académie fait foi. » (Chromium keeps no line of
    the list with the footer). Printed from a phone, the footer's lines come once, on the first page, under « Liste
    imprimée le … »; no page holds nothing but its number."""
    printed_list = printed_lists(toulouse, answers)
    footer = printed_list.footer  # (on the screen, before printing)
    assert len(footer) == 2, footer
    texts = [" ".join((p.extract_text() or "").split()) for p in printed_list.pdf.pages]  # (printed in print media)
    assert len(texts) >= 2, "the list fits on one page: nothing to check"
    for line in footer:
        assert sum(text.count(line) for text in texts) == 1 and line in texts[0], (line, [t[:200] for t in texts])
    printed = texts[0].index("Liste imprimée le ")
    assert all(texts[0].index(line) > printed for line in footer)
    for n, text in enumerate(texts, 1):
        assert re.sub(rf"\s*{n} / {len(texts)}$", "", text).strip(), f"page {n} holds only its number"
    # on the screen, the footer stays where it is, once
    assert printed_list.footer_shown_after


# A warning's or a step's title made long enough to be cut by any page break it meets (its own words, repeated): five
# titles of eight to ten lines each in a list of several sheets.
_LONG_TITLES = """() => {
  const titles = [...document.querySelectorAll("#bts-checklist-output :is(.bts-checklist-warnings, .bts-checklist-steps) > li > strong:first-child")];
  titles.forEach((t) => { t.textContent = Array(12).fill(t.textContent).join(" — "); });
  return titles.map((t) => t.textContent);
}"""


def test_a_printed_checklist_never_cuts_a_title_across_two_sheets(visits, origin, toulouse):
    """print58 L2: printed from a computer on A4, Aix-Marseille 2023's list ended page 6 on the first line of a step's
    title, « Étape 4 : Confirmation de l'inscription, téléversement des documents sur l'espace », its last word
    « candidat » opening page 7 (a title is a ``strong`` in its item, whose lines the browser may share between two
    sheets). The warnings' and steps' titles of Toulouse's list, each made eight lines or more long: no sheet ends on a
    line of a title that does not end it (a title goes on to the next sheet whole, with its first paragraph)."""
    import io

    import pdfplumber

    answers = "situation=repeater&nationality=french&specialty=ndrc&has_benefits=yes&renounces_benefits=yes&disability=yes&exam_adjustment=yes"
    visit, page = _open(visits, origin + _paths(toulouse)["checklist"] + "#" + answers)
    try:
        page.wait_for_function(
            "() => { const r = document.getElementById('bts-checklist'); return r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent && Number(r.dataset.done) > 0; }",
            timeout=120_000,
        )
        squeeze = lambda text: "".join(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())
        titles = [squeeze(t) for t in page.evaluate(_LONG_TITLES)]
        assert len(titles) >= 4, titles
        page.emulate_media(media="print")
        with pdfplumber.open(io.BytesIO(page.pdf(format="A4"))) as pdf:
            ends = [[line for line in (p.extract_text() or "").splitlines() if line.strip() and not re.fullmatch(r"\d+ / \d+", line.strip())][-1]
                    for p in pdf.pages[:-1]]
        assert len(ends) >= 3, "the list fits on three pages: nothing to check"
        cut = [end for end in ends if any(squeeze(end) in title and not title.endswith(squeeze(end)) for title in titles)]
        assert cut == [], cut
    finally:
        visit.close()


def test_a_printed_notice_page_leaves_out_its_links_to_the_site_s_own_files(visits, origin, frozen_notices):
    """print58 L4: printed from the browser, each notice page's first sheet listed « Télécharger la notice en PDF »,
    « Ajouter ces dates à votre agenda (fichier .ics) — dates passées » and « Votre liste personnalisée de pièces et
    d'étapes », underlined words without an address (a link to the site's own file or page: print.css writes the address
    of web links only), of no use on paper. On paper, those three lines are left out, the other lines of that list
    stay (the notice's dates, the CYCLADES portal); on screen, all are there."""
    lines = """() => [...document.querySelectorAll("article > ul:first-of-type > li, article li:has(> a[href$='.pdf']:not([href^='formulaires/']), > a[href$='.ics'], > p > a[href='liste-personnalisee/'])")]
      .filter((li) => getComputedStyle(li).display !== 'none').map((li) => li.textContent.trim())"""
    for notice in frozen_notices:
        visit, page = _open(visits, origin + _paths(notice)["notice"])
        try:
            own = {notice.texts.text("header.pdf"), notice.texts.text("header.calendar"), notice.texts.text("header.checklist_page")}
            own = {" ".join(words.replace("\u2019", "'").split()) for words in own}
            said = lambda items: [i for i in items if any(w in " ".join(i.replace("\u2019", "'").split()) for w in own)]
            on_screen = page.evaluate(lines)
            assert len(said(on_screen)) == 3, (notice.slug, notice.year, on_screen)
            page.emulate_media(media="print")
            on_paper = page.evaluate(lines)
            assert said(on_paper) == [], (notice.slug, notice.year, on_paper)
            assert len(on_paper) == len(on_screen) - 3 and any("CYCLADES" in i for i in on_paper), (notice.slug, notice.year, on_paper)
        finally:
            visit.close()


# A notice page's tables and paragraphs, printed: their type and a cell's padding, in px (computed in print media).
_TABLE_AND_WORDS = """() => {
  const px = (e, property) => parseFloat(getComputedStyle(e)[property]);
  const cells = [...document.querySelectorAll("article .bts-table :is(td, th)")];
  const words = [...document.querySelectorAll("article > p")].map((p) => px(p, "fontSize"));
  return {
    words: Math.min(...words),
    cells: cells.map((c) => [px(c, "fontSize"), px(c, "paddingTop") + px(c, "paddingBottom"), px(c, "lineHeight")]),
  };
}"""


def test_a_printed_notice_page_s_tables_are_in_smaller_type_than_its_words(visits, origin, frozen_notices):
    """print61 M1: printed from the browser, a notice page's tables were in type larger than its paragraphs (print.css
    0.7rem, 14 px, beside 13.6 px), with the screen's padding (13 px above and below each cell's words) and line height
    (1.6): Clermont-Ferrand 2024's page took 26 A4 sheets for an 11-page PDF, a row of « Qui s'inscrit et comment » a
    third of a sheet, its « Attestation R408 » table 14 rows over two sheets. On paper, a table's words are smaller
    than the page's (as the PDF's, 8.5 pt beside 9.5 pt), their cells padded by less than half a line above and below,
    lines at most 1.4 times their type."""
    checked = 0
    for notice in frozen_notices:
        visit, page = _open(visits, origin + _paths(notice)["notice"])
        try:
            page.emulate_media(media="print")
            measured = page.evaluate(_TABLE_AND_WORDS)
        finally:
            visit.close()
        assert measured["cells"], (notice.slug, notice.year)
        words = measured["words"]
        large = [c for c in measured["cells"] if c[0] > 0.9 * words or c[1] > c[2] or c[2] > 1.4 * c[0] + 0.01]
        assert large == [], (notice.slug, notice.year, words, large[:3])
        checked += len(measured["cells"])
    assert checked >= 50


def test_a_printed_notice_page_leaves_out_its_lines_to_the_site_s_form_pages(visits, origin, frozen_notices):
    """print61 L1: printed from the browser, Nantes 2026's and Toulouse 2024's notice pages gave under each form's title
    « Formulaire à imprimer » and « Formulaire en PDF », underlined words leading nowhere on paper (links to the site's
    own page and file, without an address: print.css writes web links' only), as the lines to the notice's PDF and
    .ics were (print58 L4). On paper those lines are left out, the form's title and what the form is for stay; on
    screen, all are there."""
    lines = """() => [...document.querySelectorAll("article li:has(> a[href^='formulaires/'])")]
      .filter((li) => getComputedStyle(li).display !== 'none').map((li) => li.textContent.trim())"""
    titles = """() => [...document.querySelectorAll("article h3:has(+ p + ul > li > a[href^='formulaires/'])")]
      .filter((h) => getComputedStyle(h).display !== 'none').length"""
    checked = 0
    for notice in frozen_notices:
        visit, page = _open(visits, origin + _paths(notice)["notice"])
        try:
            on_screen = page.evaluate(lines)
            if not on_screen:
                continue
            shown_titles = page.evaluate(titles)
            assert shown_titles > 0, (notice.slug, notice.year)
            page.emulate_media(media="print")
            assert page.evaluate(lines) == [], (notice.slug, notice.year)
            assert page.evaluate(titles) == shown_titles, (notice.slug, notice.year)
            checked += len(on_screen)
        finally:
            visit.close()
    assert checked >= 2


def test_a_printed_notice_page_says_on_each_sheet_when_printed_and_when_checked_on_the_notice(printed_pages, frozen_notices):
    """print61 M2: printed from the browser, a notice page said neither when it was printed nor when its content was
    checked on the notice, while its PDF says on every page « contenu vérifié sur la notice le … ». On every sheet, in
    its bottom margin, « Page imprimée le <the day> — contenu vérifié sur la notice le … » (pdf.printed, the checked
    words of the PDF's line: pdf.checked or pdf.checked_not_given; the frozen site has no site_url: no address), never
    on the screen; beside it, the sheet's number on one line (the line's box, the margin's whole width, had wrapped it
    a digit a line). So does an establishments' notice's page for the establishments (fixprint60: Nantes 2026's
    « etablissements/ » page printed no such line)."""
    from generator.french import typography

    squeeze = lambda text: "".join(text.replace("\u2019", "'").split())
    paths = [(notice, _paths(notice)["notice"]) for notice in frozen_notices]
    paths += [(notice, f"/{pages.notice_dir(notice)}/etablissements/") for notice in frozen_notices if pages.has_establishment_page(notice)]
    assert len(paths) > len(frozen_notices)
    for notice, path in paths:
        t, words = notice.texts, version_words(notice)
        printed = printed_pages(path)
        assert words not in printed.screen, path  # not on the screen
        line = typography(t.text("pdf.printed", date=printed.day))
        sheets = printed.pdf.pages
        feet = [squeeze(p.crop((0, p.height - 25 * 72 / 25.4, p.width, p.height)).extract_text() or "") for p in sheets]
        # beside it, the sheet's number stays on one line (« 12 / 18 », not a digit a line)
        number = [c for c in sheets[-1].chars if c["text"].strip() and c["top"] > sheets[-1].height - 25 * 72 / 25.4
                  and c["x0"] > sheets[-1].width * 0.75]
        assert len(feet) >= 2, path
        assert number and max(c["top"] for c in number) - min(c["top"] for c in number) < 2, [c["text"] for c in number]
        for n, foot in enumerate(feet, 1):
            assert squeeze(f"{line} — {words}") in foot, (path, n, foot)


def test_a_printed_notice_page_keeps_its_timeline_on_one_sheet(printed_pages, frozen_notices):
    """pdf71: printed from the browser, Toulouse 2024's « Frise chronologique » began at the foot of sheet 3 (its heading,
    its legend and its first date) and went on on sheet 4, its other dates without the legend that says what their marks
    mean. The timeline is one picture of the session: its heading, its legend and every date on one sheet (print.css,
    .bts-timeline). Every frozen notice page with a timeline."""
    from generator.site.notice_view import notice_view
    from project_support import FIXED_TODAY

    squeeze = lambda text: "".join(text.replace("\u2019", "'").split())
    checked = 0
    for notice in frozen_notices:
        timeline = notice_view(notice, FIXED_TODAY).dates.timeline
        if timeline is None:
            continue
        title = squeeze(notice.texts.text("dates.timeline_title"))
        sheets = [squeeze(p.extract_text() or "") for p in printed_pages(_paths(notice)["notice"]).pdf.pages]
        at = [n for n, sheet in enumerate(sheets, 1) if title in sheet]
        assert len(at) == 1, (notice.slug, notice.year, at)
        sheet = sheets[at[0] - 1]
        words = [squeeze(timeline.legend_title), *(squeeze(item.label) for item in timeline.items)]
        elsewhere = [w for w in words if w not in sheet]
        assert not elsewhere, (notice.slug, notice.year, at[0], elsewhere)
        checked += 1
    assert checked == len(frozen_notices)


def test_a_printed_notice_page_names_its_academy_and_session_at_the_top_of_every_sheet(printed_pages, frozen_notices):
    """print68 M: a notice page printed from the browser named its academy and session on its first sheet only (its
    title), a loose sheet after it said only « n / N »: the personalised list had a running head (printhead67), the
    notice's PDF a running header, the page printed from the browser none. In every sheet's top margin but the first's,
    which opens with the title, the page's title (« Académie de Toulouse — BTS session 2024 », its establishments' page's
    « … : établissements »: the academy and the session), as the list's; « n / N » at its foot."""
    squeeze = lambda text: "".join(text.replace("\u2019", "'").split())
    paths = [_paths(notice)["notice"] for notice in frozen_notices]
    paths += [f"/{pages.notice_dir(notice)}/etablissements/" for notice in frozen_notices if pages.has_establishment_page(notice)]
    for path in paths:
        printed = printed_pages(path)
        sheets = printed.pdf.pages
        assert len(sheets) > 2, (path, "nothing carried on to a second sheet")
        heads = [squeeze(p.crop((0, 0, p.width, 15 * 72 / 25.4)).extract_text() or "") for p in sheets]
        feet = [squeeze(p.crop((p.width * 0.75, p.height - 18 * 72 / 25.4, p.width, p.height)).extract_text() or "") for p in sheets]
        assert heads[0] == "", (path, heads[0])  # (its title opens the sheet)
        unnamed = [n for n, head in enumerate(heads[1:], 2) if head != squeeze(printed.title)]
        assert not unnamed, (path, printed.title, unnamed, heads[1])
        assert feet == [f"{n}/{len(sheets)}" for n in range(1, len(sheets) + 1)], (path, feet)


def test_a_notice_page_printed_without_javascript_names_its_academy_and_session_and_its_version(browser, origin, frozen_notices):
    """NOTE68, pdf70: printed from a browser without JavaScript, a notice page (and its page for the establishments) had
    no running head and no version line: past.js gave both. The build writes the words on the page's <html> element
    (generator/site/print_margins.py) and print.css prints them: every sheet after the first opens with the page's
    title, as with JavaScript; every sheet's foot says when its content was checked on the notice (the « Page imprimée
    le … » a script writes left out: no script knows the day)."""
    import io

    import pdfplumber

    squeeze = lambda text: "".join(text.replace("\u2019", "'").split())
    paths = [(notice, _paths(notice)["notice"]) for notice in frozen_notices]
    paths += [(notice, f"/{pages.notice_dir(notice)}/etablissements/") for notice in frozen_notices if pages.has_establishment_page(notice)]
    watched = Watched(browser, origin, java_script_enabled=False)
    try:
        for notice, path in paths:
            words = version_words(notice)
            page = watched.page
            page.goto(origin + path)
            title = " ".join(page.locator(".md-content h1").first.text_content().split())
            page.emulate_media(media="print")
            with pdfplumber.open(io.BytesIO(page.pdf(format="A4"))) as pdf:
                sheets = pdf.pages
                assert len(sheets) > 2, (path, "nothing carried on to a second sheet")
                heads = [squeeze(p.crop((0, 0, p.width, 15 * 72 / 25.4)).extract_text() or "") for p in sheets]
                feet = [squeeze(p.crop((0, p.height - 25 * 72 / 25.4, p.width * 0.75, p.height)).extract_text() or "") for p in sheets]
            page.emulate_media(media="screen")
            assert heads[0] == "", (path, heads[0])  # (its title opens the sheet)
            unnamed = [n for n, head in enumerate(heads[1:], 2) if head != squeeze(title)]
            assert not unnamed, (path, title, unnamed, heads[1])
            unsaid = [n for n, foot in enumerate(feet, 1) if squeeze(words).lower() not in foot.lower()]
            assert not unsaid, (path, words, unsaid, feet[0])
    finally:
        watched.close()


def test_a_printed_checklist_gives_the_answers_first_and_no_screen_sentence(visits, origin, toulouse):
    """print61 L7: on the printed checklist the candidate's answers came last (page 6 of 6, after the open questions),
    though the list is computed from them, and the screen's sentence « Vos réponses restent dans votre navigateur… »
    printed on page 1. On paper, « Vos réponses » comes before the list (« Dates limites »), the screen's sentence not
    at all; on the screen, the sentence stays."""
    import io

    import pdfplumber

    t = toulouse.texts
    answers = "situation=repeater&nationality=french&specialty=ndrc&has_benefits=yes&renounces_benefits=yes&disability=yes&exam_adjustment=yes"
    squeeze = lambda text: "".join(text.replace("\u2019", "'").split())
    privacy = squeeze(t.text("checklist_page.privacy"))[:40]
    visit, page = _open(visits, origin + _paths(toulouse)["checklist"] + "#" + answers)
    try:
        page.wait_for_function(
            "() => { const r = document.getElementById('bts-checklist'); return r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent && Number(r.dataset.done) > 0; }",
            timeout=120_000,
        )
        assert privacy in squeeze(page.inner_text("article"))  # on the screen
        page.emulate_media(media="print")
        with pdfplumber.open(io.BytesIO(page.pdf(format="A4"))) as pdf:
            whole = squeeze(" ".join(p.extract_text() or "" for p in pdf.pages))
        assert privacy not in whole
        mine, dates = squeeze(t.text("checklist_page.answers_title")), squeeze(t.text("checklist_page.key_dates_title"))
        assert mine in whole and dates in whole
        assert whole.index(mine) < whole.index(dates), (whole.index(mine), whole.index(dates))
    finally:
        visit.close()
