"""The candidate's experience in headless Chromium, on a 360 px phone and a 1280 px desktop: no page wider
than the screen and tables as labelled blocks on the phone (tables on the desktop), the home page's finder
(75, 974, 2A, « haute garonne », nothing found), Nantes' candidates routed by audience, the timeline at the
size of the text with its legend and today, « session passée » decided by the browser's date, the
checklist naming the academy of a department outside. No Content-Security-Policy violation anywhere.

The site is the one of ``built_site`` (built as of 2025-10-01); the browser's clock is set per test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.french import typography

from browser_support import FOCUS_MARK, MOVING_ANIMATIONS, Pool, Watched, goto_loaded, load_paused, said_after, typed_in_the_finder

PHONE, DESKTOP = 360, 1280
PAGES = ("/", "/nantes/2026/", "/nantes/2024/", "/toulouse/2024/", "/clermont-ferrand/2024/", "/aix-marseille/2023/", "/nantes/2026/etablissements/")



@pytest.fixture(scope="module")
def clocked(browser, origin):
    """The context of the tests that set the browser's clock (``visit``: ``now``), at 360 px, none of the contexts of
    ``visits`` (whose tests read the site at today's date): each test takes it at a blank page, nothing recorded, and
    gives it its own date before its page loads (Playwright's clock is the context's: a new document replays its
    calls in order, the test's date the last). One context for the nine such tests instead of one each (a new
    context's first page cost about 0.7 s of processor more than the next one's)."""
    watched = Watched(browser, origin, viewport={"width": PHONE, "height": 800})
    close = watched.close
    watched.close = watched.next_page  # (a test's end: the page left blank, the context kept for the next)
    yield watched
    close()


def visit(visits: Pool, origin, path, width=PHONE, now: dt.datetime | None = None, clocked: Watched | None = None) -> Watched:
    """``path`` loaded at ``width`` (``goto_loaded``: its scripts run) in a context of ``visits``; with ``now``, in
    ``clocked`` (360 px) whose clock then says ``now``."""
    if now is None:
        watched = visits.take(viewport={"width": width, "height": 800})
    else:
        assert clocked is not None and width == PHONE, "a test that sets the clock takes the clocked context (360 px)"
        watched = clocked
        watched.next_page()
        watched.page.clock.set_fixed_time(now)
    goto_loaded(watched.page, origin + path)
    return watched


def no_violation(watched: Watched) -> None:
    assert watched.violations() == [] and watched.csp_console() == [], (watched.violations(), watched.csp_console())
    assert watched.errors == [] and watched.foreign() == [], (watched.errors, watched.foreign())


# Each table's region seen: whether it scrolls, and whether it is a Tab stop.
TABLE_STOPS = """() => [...document.querySelectorAll('.bts-table[role=region]')].filter((r) => r.getClientRects().length)
  .map((r) => [r.getAttribute('aria-label').slice(0, 40), ['auto', 'scroll'].includes(getComputedStyle(r).overflowX) && r.scrollWidth > r.clientWidth + 1,
    r.getAttribute('tabindex') === '0'])"""
# Whether the page fits the screen and how its tables' cells show (test_pages_fit_the_screen_and_tables_read_as_blocks…).
FIT = """() => {
    const screen = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll('.bts-table table')];
    const cells = [...document.querySelectorAll('.bts-table td')].filter(td => td.offsetParent !== null);
    return {
        overflow: document.documentElement.scrollWidth - screen,
        wide: tables.filter(t => t.getBoundingClientRect().right > screen + 0.5).length,
        tables: tables.length,
        display: [...new Set(cells.map(td => getComputedStyle(td).display))],
        unlabelled: cells.filter(td => getComputedStyle(td, '::before').content !== JSON.stringify(td.dataset.label) + ' / ""').length,
        cut: [...document.querySelectorAll('.md-typeset td, .md-typeset th, .bts-timeline li')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 40)),
        fontSize: cells.length ? parseFloat(getComputedStyle(cells[0]).fontSize) : null,
        body: parseFloat(getComputedStyle(document.querySelector('.md-typeset')).fontSize),
    };
}"""
# The sentences that name a table's column, each with its table's headings or its cells' labels as shown
# (test_a_sentence_above_a_table_names_what_the_reader_sees_at_that_width).
SENTENCES = """() => [...document.querySelectorAll('.md-typeset p')]
    .filter(p => /sauf indication contraire|ses mots figurent/.test(p.textContent))
    .map(p => {
        const table = p.nextElementSibling && p.nextElementSibling.matches('.bts-table') ? p.nextElementSibling : null;
        const shown = !table ? [] : [...table.querySelectorAll('th, td')].filter(e => e.offsetParent !== null
            && e.getBoundingClientRect().height > 1).map(e => e.tagName === 'TH' ? e.textContent.trim()
            : JSON.parse(getComputedStyle(e, '::before').content === 'none' ? '""' : getComputedStyle(e, '::before').content.replace(/ \\/ ""$/, '')));
        return {text: p.textContent.replace(/[\u00a0\u202f]/g, ' '), table: !!table, shown};
    })"""
LAYOUT = {"stops": TABLE_STOPS, "fit": FIT, "sentences": SENTENCES}


@pytest.fixture(scope="module")
def seen(visits, origin):
    """``seen(path, width)``: what one visit of ``path`` at ``width`` read with each script of ``LAYOUT``, and what it
    recorded (``no_violation``'s lists, read once the scripts had run, as the tests read them after theirs). The three
    tests that read these pages at the same widths share their visits (each read-only: the page is not changed): 16 loads
    of a page the file had already loaded at that width, about half a second of processor each."""
    done: dict[tuple[str, int], dict] = {}

    def see(path: str, width: int) -> dict:
        if (path, width) not in done:
            w = visit(visits, origin, path, width)
            try:
                report = {name: w.page.evaluate(script) for name, script in LAYOUT.items()}
                report["recorded"] = (w.violations(), w.csp_console(), list(w.errors), w.foreign())
            finally:
                w.close()
            done[path, width] = report
        return done[path, width]

    return see


def no_violation_seen(report: dict) -> None:
    """``no_violation`` of a visit of ``seen``."""
    violations, csp, errors, foreign = report["recorded"]
    assert violations == [] and csp == [], (violations, csp)
    assert errors == [] and foreign == [], (errors, foreign)


@pytest.mark.parametrize("width", [PHONE, 730, DESKTOP])
def test_a_table_s_region_is_a_tab_stop_only_while_it_scrolls(visits, origin, seen, width):
    """A keyboard walk (a11y58 L3): every table's region was a Tab stop (tabindex 0, for a table wider than the screen
    to scroll from the keyboard), though none of Nantes 2026's eight scrolled: stops that did nothing, on boxes up to
    2 000 px high whose ring the screen showed only at its sides. A region is a stop while it scrolls (never on a phone,
    where its rows are blocks), and becomes one when its table grows wider than it."""
    stopped = []
    for path in PAGES:
        report = seen(path, width)
        regions = report["stops"]
        assert regions and all(scrolls == stop for _, scrolls, stop in regions), (path, regions, report["recorded"])
        stopped += [label for label, _, stop in regions if stop]
        no_violation_seen(report)
    assert len(stopped) < 3, stopped
    if width == PHONE:
        return  # (a phone's tables are blocks: their region never scrolls)
    # a table made wider than its region (a long word in a cell): a stop, its table scrolled by the arrows
    w = visit(visits, origin, "/nantes/2026/", width)
    page = w.page
    page.evaluate("() => { document.querySelector('.bts-table table').style.minWidth = '3000px'; }")
    page.wait_for_function("() => document.querySelector('.bts-table').getAttribute('tabindex') === '0'")
    page.focus(".bts-table")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.bts-table').scrollLeft > 0")
    no_violation(w)
    w.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_pages_fit_the_screen_and_tables_read_as_blocks_on_a_phone(seen, width):
    failures = []
    for path in PAGES:
        report = seen(path, width)["fit"]
        if report["overflow"] > 0 or report["wide"]:
            failures.append(f"{path} ({width} px): {report['overflow']} px too wide, {report['wide']} table(s) wider than the screen")
        if report["cut"]:
            failures.append(f"{path} ({width} px): words cut: {report['cut'][:3]}")
        if report["tables"]:
            if width == PHONE:
                # one block per row, each cell introduced by its column's name, at the size of the text
                if report["display"] != ["block"] or report["unlabelled"] or report["fontSize"] != report["body"]:
                    failures.append(f"{path} ({width} px): {report}")
            elif report["display"] != ["table-cell"] or report["unlabelled"] == 0:
                failures.append(f"{path} ({width} px): the tables should stay tables: {report}")
        no_violation_seen(seen(path, width))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_a_sentence_above_a_table_names_what_the_reader_sees_at_that_width(seen, width):
    """read58 L5: « À déposer …, sauf indication contraire dans la colonne « Précisions » » above a table that a phone
    shows as blocks, each cell titled by its column's name, with no column to be seen. The sentence names « Précisions »
    as what the text sits under (« sous « Précisions » »), true of the desktop's column and of the phone's blocks; the
    same for the R 408 list's « Intitulé dans la notice ». At each width the name it quotes is the one shown: the
    column's heading on a desktop, the label over a cell on a phone."""
    report = seen("/toulouse/2024/", width)
    found = report["sentences"]
    assert len(found) == 2, found
    for sentence in found:
        assert "colonne" not in sentence["text"], sentence["text"]
        named = sentence["text"].split("sous « ", 1)[1].split(" »", 1)[0]
        assert sentence["table"] and named in sentence["shown"], (width, named, sentence)
    no_violation_seen(report)


def test_every_staff_page_fits_a_phone(visits, origin, frozen_site):
    """review68 L4: /personnel/champs-contenu/ was 450 px wide at 360 px (a field's description holding an address,
    « https://cyclades.education.gouv.fr/cyccandidat/portal/login », one word: Material's table wrapper, an inline
    block, took its width). Every page of the staff guide, at 360 px: no wider than the screen, no cell cut."""
    paths = sorted("/" + page.parent.relative_to(frozen_site).as_posix() + "/" for page in (frozen_site / "personnel").rglob("index.html"))
    assert len(paths) > 5, paths
    failures = []
    for path in paths:
        w = visit(visits, origin, path, PHONE)
        report = w.page.evaluate(
            """() => {
                const screen = document.documentElement.clientWidth;
                return {
                    overflow: document.documentElement.scrollWidth - screen,
                    wide: [...document.querySelectorAll('.md-content *')].filter(e => !e.closest('thead') && e.getBoundingClientRect().right > screen + 0.5)
                        .map(e => `${e.tagName} ${Math.round(e.getBoundingClientRect().right)} px: ${e.textContent.trim().slice(0, 60)}`),
                    cut: [...document.querySelectorAll('.md-typeset td')]
                        .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 40)),
                };
            }"""
        )
        if report["overflow"] > 0 or report["wide"] or report["cut"]:
            failures.append(f"{path}: {report['overflow']} px too wide, {report['wide'][:3]}, cut: {report['cut'][:3]}")
        no_violation(w)
        w.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_finder_names_the_academy_of_any_department(visits, origin, width):
    w = visit(visits, origin, "/", width)
    page = w.page
    field = page.locator("#bts-filter-input")
    assert field.is_visible()
    assert float(field.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 16  # iOS zooms into a smaller field
    status = page.locator("#bts-filter-status")

    def shown(query: str) -> list[str]:
        field.fill(query)
        return [" | ".join(row.inner_text().split("\n")) for row in page.locator(".bts-departments tbody tr:visible").all()]

    rows = shown("75")
    assert len(rows) == 1 and "Paris" in rows[0] and "Académie de Paris" in rows[0] and "www.ac-paris.fr" in rows[0] and "https://" not in rows[0]
    assert page.locator(".bts-departments tbody tr:visible a[href='https://www.ac-paris.fr']").count() == 1
    rows = shown("974")
    assert len(rows) == 1 and "La Réunion" in rows[0] and "www.ac-reunion.fr" in rows[0] and "https://" not in rows[0]
    rows = shown("2a")
    assert len(rows) == 1 and "Corse-du-Sud" in rows[0] and "Académie de Corse" in rows[0]
    rows = shown("20")  # Corsica's old number: its two departments, never « aucun département »
    assert len(rows) == 2 and "Corse-du-Sud" in rows[0] and "Haute-Corse" in rows[1], rows
    rows = shown("haute garonne")
    assert len(rows) == 1 and "Haute-Garonne" in rows[0] and "Académie de Toulouse" in rows[0]
    # (its department carried to the notice, for its checklist: phone60 L2, tests/site/test_department_finder_browser.py)
    assert page.locator(".bts-departments tbody tr:visible a[href$='toulouse/2024/#department=31']").count() == 1
    # how many rows match, in words and French plural, said by its live copy (role=status: politely, without moving
    # the focus) once the typing pauses (phone55 L1; tests/site/test_department_finder_browser.py)
    assert page.locator(".bts-filter-said").get_attribute("role") == "status"
    assert status.inner_text().startswith("1 département correspond\u00a0:"), status.inner_text()
    assert len(shown("97")) == 8  # the overseas codes that start with 97
    assert status.inner_text().startswith("8 départements correspondent\u00a0:"), status.inner_text()
    assert shown("vilaine") == [row for row in shown("ille et vilaine")] and len(shown("vilaine")) == 1  # any word's start
    # a postal code names its department (overseas: three digits; Corsica: 2A below 20200, 2B from it)
    for postal, name in (("31000", "Haute-Garonne"), ("97400", "La Réunion"), ("20090", "Corse-du-Sud"), ("20200", "Haute-Corse"), ("06 000", "Alpes-Maritimes")):
        rows = shown(postal)
        assert len(rows) == 1 and name in rows[0], (postal, rows)
    assert shown("99999") == []
    assert shown("zzz") == [] and "Aucun département ne correspond à" in status.inner_text() and "zzz" in status.inner_text()
    assert len(shown("")) > 100 and status.inner_text() == ""
    no_violation(w)
    w.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_finder_answers_a_candidate_living_abroad(visits, origin, width):
    """« étranger », « hors de France », « 99 » (INSEE's code for abroad): no row, and the status line says that the
    guide's notices do not say where a candidate living abroad registers, and whom to ask; a country's name finds
    nothing, and the message says to type « étranger »."""
    from generator.checklist.cli import load_texts
    from project_support import FROZEN

    texts, _ = load_texts(FROZEN)
    abroad = " ".join(typography(texts.text("home.abroad")).split())
    w = visit(visits, origin, "/", width)
    page = w.page
    field = page.locator("#bts-filter-input")
    status = page.locator("#bts-filter-status")
    for typed in ("étranger", "Étranger", "à l'étranger", "hors de France", "Hors-de-France", "99", " 9 9 "):
        field.fill(typed)
        assert page.locator(".bts-departments tbody tr:visible").count() == 0, typed
        assert " ".join(status.inner_text().split()) == abroad, (typed, status.inner_text())
    field.fill("Allemagne")
    assert page.locator(".bts-departments tbody tr:visible").count() == 0
    assert "Allemagne" in status.inner_text() and "«\u00a0étranger\u00a0»" in status.inner_text(), status.inner_text()
    field.fill("")
    assert page.locator(".bts-departments tbody tr:visible").count() > 100 and status.inner_text() == ""
    no_violation(w)
    w.close()


# Counts in window.__btsScrollEnds (from 0) the page's « scrollend » events that leave it elsewhere than where the count
# started (window.__btsScrollFrom): a scroll of the page, smooth or instant, has ended there (Chromium fires it for both;
# the end of a scroll made before, late, leaves the page where the count started and is not counted).
SCROLL_ENDS = """() => { window.__btsScrollEnds = 0; window.__btsScrollFrom = scrollY;
  addEventListener('scrollend', () => { if (scrollY !== window.__btsScrollFrom) window.__btsScrollEnds += 1; }); }"""


def scroll_ended(page) -> None:
    """Until a scroll of the page has ended since the count started (SCROLL_ENDS), then counted anew from there."""
    page.wait_for_function("() => window.__btsScrollEnds > 0", timeout=10_000)
    page.evaluate("() => { window.__btsScrollEnds = 0; window.__btsScrollFrom = scrollY; }")


# The first shown row's « Où lire la notice » cell, seen from the viewport: its top, the bottom of its first link,
# the header's bottom, the viewport's height, where the page is scrolled, the element that has the focus.
NOTICE_CELL = """() => { const row = [...document.querySelectorAll('.bts-departments tbody tr')].find((r) => !r.hidden);
  const cell = row.lastElementChild, link = cell.querySelector('a');
  return {top: cell.getBoundingClientRect().top, link: (link || cell).getBoundingClientRect().bottom,
    header: document.querySelector('.md-header').getBoundingClientRect().bottom, height: innerHeight, y: scrollY,
    focus: document.activeElement.id}; }"""


@pytest.mark.parametrize("height", [640, 360], ids=["320x640", "320x360-keyboard-open"])
@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_the_finder_s_answer_is_brought_into_view_as_the_typing_pauses(browser, origin, height, motion):
    """phone60 L3: at 320×640, « loire atlantique » typed in the home page's finder, the status line said « 1
    département correspond » and the row's card followed, its « Où lire la notice » (the answer: the links) starting
    at the bottom edge; with a phone's keyboard open (here: a viewport 360 px high) none of it showed. Once the typing
    pauses on a single row, the page scrolls (at once under « reduce motion ») so that the cell's first link is on the
    screen, its top under the header; the focus stays in the field, whose words are kept; typed again to the same row,
    the page does not move again (the reader may have scrolled away).

    The page's clock is paused once loaded (``load_paused``): the typing's pause is the test's ``run_for``, and the
    scroll is read once it has ended (its « scrollend »), not after a while (flaketimers65: 1.2 s for a smooth scroll,
    and 900 ms for the pause to pass again, were the machine's speed)."""
    w = Watched(browser, origin, viewport={"width": 320, "height": height}, is_mobile=True, has_touch=True,
                device_scale_factor=2, reduced_motion=motion)
    page = w.page
    load_paused(page, origin + "/")
    pause = said_after("finder")
    field = typed_in_the_finder(page, "loire atlantique")
    assert page.evaluate("() => document.querySelector('.bts-filter-said').textContent") == ""  # (not while typing)
    before = page.evaluate(f"() => {{ ({SCROLL_ENDS})(); return scrollY; }}")
    page.clock.run_for(pause + 10)
    assert page.evaluate("() => document.querySelector('.bts-filter-said').textContent") != ""
    scroll_ended(page)
    seen = page.evaluate(NOTICE_CELL)
    assert seen["y"] > before, (before, seen)  # (the page scrolled: the answer was below the screen)
    assert seen["focus"] == "bts-filter-input" and field.input_value() == "loire atlantique", seen
    assert seen["header"] <= seen["top"] and seen["link"] <= seen["height"], seen
    # the reader scrolls back up and adds a space (no keystroke: the browser's own scroll to the field is not the
    # finder's): the same row, the page left where it is, the pause passed (a smooth scroll it would start moves the
    # page within a few frames: 300 ms of them)
    page.evaluate("window.scrollBy(0, -200)")
    scroll_ended(page)
    y = page.evaluate("scrollY")
    field.evaluate("(e) => { e.value += ' '; e.dispatchEvent(new Event('input', {bubbles: true})); }")
    page.clock.run_for(pause + 10)
    page.wait_for_timeout(300)
    assert page.evaluate("scrollY") == y and page.evaluate("document.activeElement.id") == "bts-filter-input"
    no_violation(w)
    w.close()


# the rows shown: each one's « Où lire la notice » cell's top and its first link's bottom, with NOTICE_CELL's frame
NOTICE_CELLS = """() => { const rows = [...document.querySelectorAll('.bts-departments tbody tr')].filter((r) => !r.hidden);
  const cells = rows.map((r) => { const cell = r.lastElementChild, link = cell.querySelector('a') || cell;
    return {top: cell.getBoundingClientRect().top, link: link.getBoundingClientRect().bottom}; });
  return {cells, header: document.querySelector('.md-header').getBoundingClientRect().bottom, height: innerHeight,
    focus: document.activeElement.id}; }"""


@pytest.mark.parametrize("height", [640, 360], ids=["320x640", "320x360-keyboard-open"])
@pytest.mark.parametrize("typed", ["corse", "20"])
def test_the_finder_s_two_row_answer_is_brought_into_view_as_the_typing_pauses(browser, origin, height, typed):
    """phone60 L3 left at stop 59: a one-row answer was brought into view above a phone's keyboard, not two rows
    (« corse », « 20 »: Corse-du-Sud 2A and Haute-Corse 2B), left below the screen. Now the first row's « Où lire la
    notice » cell is under the header and the last row's first link above the screen's bottom when both fit, else the
    first row's link shows; the focus stays in the field. (The clock paused once loaded: the typing's pause is the
    test's ``run_for``, the scroll instant under « reduce motion »; flaketimers65: a pause of the machine's during the
    typing brought « cor »'s three rows into view first, and the wait for the live copy passed on those words.)"""
    w = Watched(browser, origin, viewport={"width": 320, "height": height}, is_mobile=True, has_touch=True,
                device_scale_factor=2, reduced_motion="reduce")
    page = w.page
    load_paused(page, origin + "/")
    typed_in_the_finder(page, typed)
    page.clock.run_for(said_after("finder") + 10)
    assert " ".join(page.locator(".bts-filter-said").text_content().split()).startswith("2 départements correspondent")
    seen = page.evaluate(NOTICE_CELLS)
    cells = seen["cells"]
    assert len(cells) == 2 and seen["focus"] == "bts-filter-input", seen
    assert seen["header"] <= cells[0]["top"] and cells[0]["link"] <= seen["height"], seen
    both = cells[1]["link"] - cells[0]["top"] + 32 <= seen["height"] - seen["header"]
    assert not both or cells[1]["link"] <= seen["height"], seen
    no_violation(w)
    w.close()


def test_nantes_sends_each_candidate_to_the_notice_for_them(visits, origin):
    w = visit(visits, origin, "/", PHONE)
    page = w.page
    page.locator("#bts-filter-input").fill("44")
    row = page.locator(".bts-departments tbody tr:visible")
    assert row.count() == 1
    alone = row.get_by_role("link", name="notice des candidats individuels, session 2024")
    by_school = row.get_by_role("link", name="notice des établissements, session 2026")
    # (each with the department, for the notice's checklist: phone60 L2)
    assert alone.get_attribute("href").endswith("nantes/2024/#department=44") and by_school.get_attribute("href").endswith("nantes/2026/#department=44")
    text = row.inner_text().replace("\u00a0", " ").replace("\u202f", " ")
    # the situations Nantes 2024 names (distance learners and repeaters), not every individual candidate, and the one
    # it does not (phone58 L4)
    assert "Vous vous inscrivez vous-même (CNED, redoublant ; la notice ne parle pas des salariés) : notice des candidats individuels, session 2024" in text
    assert "Votre établissement vous inscrit : notice des établissements, session 2026" in text
    # the establishments' notice says, at its top, where individual candidates go: the guide has no
    # individual notice of its session (2024 is another session, with other dates), so the academy's site
    goto_loaded(page, origin + "/nantes/2026/")
    first = page.locator(".md-content .admonition.info:not(.bts-closed)").first  # (« Inscriptions closes », hidden, before it)
    assert "Vous vous inscrivez vous-même" in first.inner_text()
    assert "pour cette session" in first.inner_text()
    assert first.get_by_role("link").get_attribute("href") == "https://www.ac-nantes.fr"
    assert first.bounding_box()["y"] < page.locator("h2").first.bounding_box()["y"]
    no_violation(w)
    w.close()


def test_nantes_row_says_plainly_the_guide_has_no_newer_notice_for_individual_candidates(clocked, origin):
    """phone58 L3 and L4: on 5 November 2025 (Nantes 2026's registrations), the home page's Nantes row gave individual
    candidates the 2024 notice « — session passée » and establishments the 2026 one, without saying that the guide has
    no newer notice for the first, nor that Nantes 2024 does not speak of salaried workers (seed 004: distance learners
    and repeaters only; its source note). At 360 px: the row says both, in words; the sentence is the past flag itself
    (one element, data-bts-past-after: shown when the build or past.js shows « session passée », never apart), with the
    academy's site as a link; the 2026 line, whose session is not over, shows no flag. The frozen site is built as of
    2025-10-01, the 2024 session over then: its flag is in the page as built, not hidden."""
    w = visit(None, origin, "/", PHONE, now=dt.datetime(2025, 11, 5, 10, 0), clocked=clocked)
    page = w.page
    page.locator("#bts-filter-input").fill("44")
    row = page.locator(".bts-departments tbody tr:visible")
    assert row.count() == 1
    text = row.inner_text().replace("\u00a0", " ").replace("\u202f", " ")
    assert ("Vous vous inscrivez vous-même (CNED, redoublant ; la notice ne parle pas des salariés) : notice des candidats "
            "individuels, session 2024 — session passée : ce guide n’a pas de notice plus récente pour les candidats qui "
            "s’inscrivent eux-mêmes ; voyez le site de l’académie, www.ac-nantes.fr") in text, text
    assert "Votre établissement vous inscrit : notice des établissements, session 2026" in text and "établissements ; voyez" not in text, text
    flags = row.locator(".bts-past-flag")
    assert flags.count() == 2
    first = flags.nth(0)
    assert first.is_visible() and first.get_attribute("data-bts-past-after") == "2024-08-31"
    assert "ce guide n’a pas de notice plus récente" in first.inner_text()
    # (the academy's site named by its address without « https:// », as the checklist's department hint names another
    # academy's: a11y58 L5, text.address_words; the whole address its href, printed once)
    site = first.get_by_role("link", name="www.ac-nantes.fr", exact=True)
    assert site.get_attribute("href") == "https://www.ac-nantes.fr" and site.get_attribute("class") == "bts-bare-url"
    assert not flags.nth(1).is_visible()
    # the sentence wraps within the screen (kept on one line like « — session passée », it made the page 846 px wide)
    overflow = page.evaluate("""() => [document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ...[...document.querySelectorAll('.bts-departments td')].filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 40))]""")
    assert overflow == [0], overflow
    no_violation(w)
    w.close()


def test_the_timeline_reads_at_text_size_with_a_legend_and_today(clocked, origin):
    w = visit(None, origin, "/toulouse/2024/", PHONE, now=dt.datetime(2023, 11, 18, 10, 0), clocked=clocked)
    page = w.page
    timeline = page.locator(".bts-timeline")
    sizes = timeline.evaluate(
        "t => [...t.querySelectorAll('.bts-timeline-label')].map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    body = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset p')).fontSize)")
    assert sizes and set(sizes) == {body} and body >= 16
    legend = timeline.locator(".bts-timeline-legend").inner_text()
    assert "inscriptions" in legend and "date limite" in legend and "information" in legend
    assert "…" not in timeline.inner_text()
    items = timeline.locator("li")
    dates = [items.nth(i).get_attribute("data-bts-date") for i in range(items.count())]
    now = timeline.locator(".bts-timeline-now")
    assert now.count() == 1 and "Aujourd’hui : samedi 18 novembre 2023" in now.inner_text().replace("\u00a0", " ")
    # today between the closing (15 November) and the documents' deadline (22 November)
    assert dates == sorted(dates) and "2023-11-18" in dates
    position = dates.index("2023-11-18")
    assert dates[position - 1] <= "2023-11-18" < dates[position + 1] == "2023-11-22"
    no_violation(w)
    w.close()


def test_the_guide_s_dates_on_the_timeline_are_marked_in_words_on_a_phone_and_on_paper(clocked, origin):
    """Clermont-Ferrand 2024: the dates the notice does not write (the 14th for « avant le 15 novembre », the 20th for
    « avant le 21 novembre », the engagement étudiant at the closing) carry « date retenue par le guide », in words at
    the text's size, within a 360 px screen, explained by the legend; the closing, the notice's own date, does not. The
    aménagement d'épreuves, the notice's day at the closing's hour, which the notice does not write, carries « heure
    retenue par le guide », the same way. Printed, the marks stay, framed in black (site_overrides/assets/print.css)."""
    w = visit(None, origin, "/clermont-ferrand/2024/", PHONE, now=dt.datetime(2023, 10, 1, 10, 0), clocked=clocked)
    page = w.page
    timeline = page.locator(".bts-timeline")
    mark = "date retenue par le guide"
    marked = timeline.locator("li:has(.bts-timeline-guide)", has_text=mark)
    days = sorted(marked.nth(i).get_attribute("data-bts-date") for i in range(marked.count()))
    assert days == ["2023-11-14", "2023-11-15", "2023-11-20"], days
    hour = "heure retenue par le guide"
    by_hour = timeline.locator("li:has(.bts-timeline-guide)", has_text=hour)
    assert by_hour.count() == 1 and "aménagement" in by_hour.inner_text() and by_hour.inner_text().replace("\u00a0", " ").rstrip().endswith(hour)
    for i in range(marked.count()):  # the words a screen reader reads: the mark is part of the item's text
        assert marked.nth(i).inner_text().replace("\u00a0", " ").rstrip().endswith(mark)
    closing = timeline.locator("li", has_text="Clôture des inscriptions")
    assert closing.count() == 1 and mark not in closing.inner_text()
    legend = timeline.locator(".bts-timeline-legend").inner_text().replace("\u00a0", " ").replace("\u202f", " ")
    assert f"{mark} signale une date que la notice n’écrit pas" in legend and "« Dates à retenir »" in legend
    assert f"{hour} signale une heure que la notice n’écrit pas pour ce jour" in legend
    body = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-typeset p')).fontSize)")
    boxes = timeline.evaluate(
        """t => [...t.querySelectorAll('.bts-timeline-guide')].map(e => {
            const s = getComputedStyle(e), r = e.getBoundingClientRect();
            return {size: parseFloat(s.fontSize), border: s.borderTopStyle, hidden: e.closest('[aria-hidden="true"]') !== null,
                    visible: r.width > 0 && r.height > 0, right: Math.max(...[...e.getClientRects()].map(c => c.right))};
        })"""
    )
    screen = page.evaluate("document.documentElement.clientWidth")
    assert len(boxes) == 6  # three dates, an hour and the legend of each mark
    for box in boxes:  # readable: the text's size, seen whole on the screen, a frame (not a colour) and read aloud
        assert box["size"] == body and box["visible"] and box["right"] <= screen and box["border"] == "dashed" and not box["hidden"], box
    page.emulate_media(media="print")
    printed = timeline.evaluate(
        """t => [...t.querySelectorAll('.bts-timeline-guide')].map(e => {
            const s = getComputedStyle(e);
            return [s.display, s.color, s.borderTopColor, s.borderTopStyle];
        })"""
    )
    assert printed and all(p == ["inline-block", "rgb(0, 0, 0)", "rgb(0, 0, 0)", "dashed"] for p in printed), printed
    no_violation(w)
    w.close()


def test_today_on_the_timeline_is_written_as_the_site_writes_dates(clocked, origin):
    """The first day of a month is « 1er » (generator/site/dates.py), in the browser too, and the day and its month
    are joined by a no-break space, as every date the build writes (a review, read50 L9)."""
    w = visit(None, origin, "/toulouse/2024/", PHONE, now=dt.datetime(2023, 12, 1, 10, 0), clocked=clocked)
    now = w.page.locator(".bts-timeline .bts-timeline-now")
    assert "Aujourd’hui\u00a0: vendredi 1er\u00a0décembre\u00a02023" in now.text_content()
    w.close()


@pytest.mark.parametrize(
    "now, closed, past",
    [(dt.datetime(2025, 11, 1, 12, 0), False, False), (dt.datetime(2025, 12, 12, 22, 0), False, False),
     (dt.datetime(2025, 12, 13, 8, 0), True, False), (dt.datetime(2026, 8, 31, 20, 0), True, False),
     (dt.datetime(2026, 9, 1, 8, 0), False, True)],
)
def test_a_session_is_past_from_the_browser_s_date(clocked, origin, now, closed, past):
    """Nantes 2026's dates end on 12 December 2025 (its last deadline; it gives no closing); the site was built on 1
    October 2025. After its last date, « Dates de la notice passées » (no closing to say « Inscriptions closes » of), not
    « Session passée »: the session
    is past once its exams are over, from 1 September 2026 (staffwalk52 M2: a session whose registration alone was over
    was « gardée en archive »). At 360 px."""
    w = visit(None, origin, "/nantes/2026/", PHONE, now=now, clocked=clocked)
    box = w.page.locator(".bts-past")
    assert box.is_visible() == past
    if past:
        # (the academy's site named as a person types it: fixaddr59, text.address_words)
        assert "Session passée" in box.inner_text() and "www.ac-nantes.fr" in box.inner_text() and "https://" not in box.inner_text()
    shut = w.page.locator(".bts-closed")
    assert shut.count() == 1 and shut.is_visible() == closed
    if closed:
        said = " ".join(shut.inner_text().replace("\u00a0", " ").split())
        # (its title: « Dates de la notice passées », not « Inscriptions closes », a closing the notice does not give:
        # review59 M1)
        assert said.startswith("Dates de la notice passées") and "Toutes les dates que donne la notice pour cette session sont passées." in said, said
        assert "Inscriptions closes" not in said, said
        assert "archive" not in said and "Session passée" not in said
    # the calendar's link says its dates are past (phone47 L3), from the day after the last one
    dates_past = now >= dt.datetime(2025, 12, 13)
    calendar = w.page.locator("li:has(a[href$='.ics'])")
    said = " ".join(calendar.inner_text().replace("\u00a0", " ").split())
    # (the item alone: review52 H1, the next item was glued to it)
    assert calendar.count() == 1 and said == "Ajouter ces dates à votre agenda (fichier .ics)" + (" — dates passées" if dates_past else ""), said
    goto_loaded(w.page, origin + "/")
    flags = w.page.locator(".bts-past-flag[data-bts-past-after='2026-08-31']")
    assert flags.count() >= 1 and all(flags.nth(i).is_visible() == past for i in range(flags.count()) if flags.nth(i).locator("xpath=ancestor::tr[@hidden]").count() == 0)
    # a session already past when the site was built says so whatever the browser's date
    older = w.page.locator(".bts-past-flag[data-bts-past-after='2024-08-31']")
    assert older.count() >= 1 and older.first.get_attribute("hidden") is None
    no_violation(w)
    w.close()


def test_a_past_page_points_to_where_its_readers_go_now(visits, origin):
    """Nantes 2024 is for individual candidates: its newer session in the guide, 2026, is for establishments;
    the box sends its readers to the academy's site, then names the 2026 notice as the establishments'."""
    w = visit(visits, origin, "/nantes/2024/", DESKTOP)
    box = w.page.locator(".bts-past")
    assert box.is_visible()
    links = box.get_by_role("link")
    assert links.nth(0).get_attribute("href") == "https://www.ac-nantes.fr"
    assert links.nth(1).inner_text() == "notice des établissements, session 2026" and links.count() == 2
    assert w.page.title().startswith("Académie de Nantes — BTS session 2024")
    footer = w.page.locator(".md-copyright").inner_text()
    assert "la notice de votre académie fait foi" in footer and "Ce guide n’indique pas qui le publie." in footer
    no_violation(w)
    w.close()


def test_the_checklist_names_the_academy_of_a_department_outside(visits, origin):
    w = visit(visits, origin, "/toulouse/2024/liste-personnalisee/", PHONE)
    page = w.page
    field = page.locator("#q-department-input")
    hint = page.locator("#q-department-elsewhere")
    assert field.is_visible() and not hint.is_visible()
    field.fill("75")
    assert hint.is_visible() and "académie de Paris" in hint.inner_text()
    assert hint.get_by_role("link").get_attribute("href") == "https://www.ac-paris.fr"
    field.fill("44")
    assert "académie de Nantes" in hint.inner_text()
    assert hint.get_by_role("link").get_attribute("href").endswith("/nantes/2024/")
    # one of the academy's own, by its code or its name: what the guide understood, no link (phone54 L1)
    field.fill("31")
    assert hint.is_visible() and " ".join(hint.inner_text().split()) == "Haute-Garonne (31) : département de l’académie de Toulouse."
    assert hint.get_by_role("link").count() == 0
    field.fill("haute garonne")
    assert " ".join(hint.inner_text().split()) == "Haute-Garonne (31) : département de l’académie de Toulouse."
    field.fill("garonne")
    assert not hint.is_visible()
    # words of three departments' names: the field's message offers them (phone54 L2)
    field.dispatch_event("change")
    problem = page.locator("#q-department-problem")
    problem.wait_for(state="visible")
    assert " ".join(problem.inner_text().split()) == (
        "« garonne » n’est pas le nom entier d’un département : vouliez-vous dire Haute-Garonne (31), Lot-et-Garonne (47) "
        "ou Tarn-et-Garonne (82) ? Écrivez son nom entier ou son numéro."), problem.inner_text()
    # the guide's Aix-Marseille notice is of session 2023: not « sa notice est dans ce guide » on a page of session 2024
    # (a review), the academy's site, and the session of the notice the guide has, said to be another
    field.fill("13")
    words = " ".join(hint.inner_text().split())
    assert words.startswith("Bouches-du-Rhône (13) relève de l’académie d’Aix-Marseille.") and "sa notice est dans ce guide" not in words, words
    assert "n’a pas sa notice de la session 2024" in words and "(il a celle de la session 2023, qui n’est pas la vôtre)" in words, words
    assert hint.get_by_role("link").count() == 1 and hint.get_by_role("link").get_attribute("href") == "https://www.ac-aix-marseille.fr"
    field.fill("974")
    assert "académie de La Réunion" in hint.inner_text()
    # by its name, as the home page's finder takes it; not by a name begun
    field.fill("loire atlantique")
    assert "Loire-Atlantique (44) relève de l’académie de Nantes" in hint.inner_text()
    field.fill("la reunion")
    assert "académie de La Réunion" in hint.inner_text()
    field.fill("loire a")
    assert not hint.is_visible()
    assert "q-department-elsewhere" in field.get_attribute("aria-describedby")
    # « Je réside hors de France » reached with Tab looks as it does unfocused, with the focus ring: the theme's
    # filled look (a chosen answer's) made a candidate in Guadeloupe think they had declared living abroad
    abroad = page.locator("#q-department-abroad")
    look = "(e) => { const s = getComputedStyle(e); return [s.backgroundColor, s.color]; }"
    unfocused = abroad.evaluate(look)
    field.focus()
    page.keyboard.press("Tab")
    assert abroad.evaluate("(e) => e === document.activeElement && e.matches(':focus-visible')")
    assert abroad.evaluate(look) == unfocused, (abroad.evaluate(look), unfocused)
    assert abroad.evaluate("(e) => getComputedStyle(e).outlineStyle") == "solid"
    assert w.page.title().startswith("Votre liste personnalisée — académie de Toulouse, session 2024")
    assert w.violations() == [] and w.csp_console() == []
    w.close()
    # Nantes 2026 (establishments): Toulouse's notice in the guide is of session 2024, not this page's; Nantes 2024,
    # of the same session as Toulouse's: its notice, « sa notice est dans ce guide »
    for year, said in ((2026, False), (2024, True)):
        w = visit(visits, origin, f"/nantes/{year}/liste-personnalisee/", PHONE)
        hint = w.page.locator("#q-department-elsewhere")
        w.page.locator("#q-department-input").fill("31")
        words = " ".join(hint.inner_text().split())
        assert words.startswith("Haute-Garonne (31) relève de l’académie de Toulouse") and ("sa notice est dans ce guide" in words) == said, words
        href = hint.get_by_role("link").get_attribute("href")
        assert href.endswith("/toulouse/2024/") if said else href == "https://www.ac-toulouse.fr", href
        assert said or ("n’a pas sa notice de la session 2026" in words and "(il a celle de la session 2024, qui n’est pas la vôtre)" in words), words
        w.close()


def test_the_department_hint_shows_at_each_keystroke_under_the_field_and_is_said_once_the_typing_pauses(browser, origin):
    """review64 L6: the hint (role=status) under the « Je réside hors de France » button was announced at each
    keystroke: « 3 », Allier relève de l'académie de Clermont-Ferrand…, then « 31 », the echo. At 360 px the hint is
    right under the field, above the button, and follows each keystroke; its live copy (not shown) takes its words
    once the typing pauses (500 ms) or the field is left, once for « 31 » typed.

    The page's clock is Playwright's, paused once the page is loaded: the typing's pause is the test's ``run_for``, not
    the machine's speed (CI, stop 64: the live copy was filled between « 1 » typed and the next read, more than 500 ms
    of a loaded machine; the checklist's timers stand still with it, its engine's answers do not)."""
    w = Watched(browser, origin, viewport={"width": PHONE, "height": 800})
    page = w.page
    load_paused(page, origin + "/toulouse/2024/liste-personnalisee/")
    field = page.locator("#q-department-input")
    hint = page.locator("#q-department-elsewhere")
    said = page.locator("#q-department-elsewhere-said")
    assert hint.get_attribute("role") is None and said.get_attribute("role") == "status"
    assert said.evaluate("(e) => e.getBoundingClientRect().width <= 1 && getComputedStyle(e).position === 'absolute'")
    assert page.evaluate("""() => { const [i, h, b] = ['input', 'elsewhere', 'abroad'].map((e) => document.getElementById(`q-department-${e}`));
        return i.nextElementSibling === h && h.compareDocumentPosition(b) === Node.DOCUMENT_POSITION_FOLLOWING; }""")
    page.evaluate("""() => { window.saidWords = []; const s = document.getElementById('q-department-elsewhere-said');
        new MutationObserver(() => window.saidWords.push(s.textContent)).observe(s, { childList: true, characterData: true, subtree: true }); }""")
    field.click()
    page.keyboard.type("3")
    assert "Allier (03)" in hint.inner_text()  # (at once, on the screen)
    # a slow typist's pause after the first digit: nothing said yet (phone56 L4: « Allier… » before « Haute-Garonne… »)
    page.clock.run_for(900)
    assert page.evaluate("() => window.saidWords") == []
    page.keyboard.type("1")
    # nothing said while typing, nor before the pause's 500 ms
    assert page.evaluate("() => window.saidWords") == []
    echo = " ".join(hint.inner_text().split())
    assert echo == "Haute-Garonne (31) : département de l’académie de Toulouse."
    box, button = hint.bounding_box(), page.locator("#q-department-abroad").bounding_box()
    assert box["y"] + box["height"] <= button["y"], (box, button)
    page.clock.run_for(490)
    assert page.evaluate("() => window.saidWords") == []
    page.clock.run_for(20)
    assert [" ".join(words.split()) for words in page.evaluate("() => window.saidWords")] == [echo]
    page.clock.run_for(700)  # (said once)
    assert [" ".join(words.split()) for words in page.evaluate("() => window.saidWords")] == [echo]
    # back to a lone digit: the live copy no longer says Haute-Garonne's academy, silently emptied at once, and says
    # « 3 »'s department only once the field is left (review67 L9: Haute-Garonne stayed there until then)
    page.keyboard.press("Backspace")
    assert "Allier (03)" in hint.inner_text() and said.text_content() == ""
    page.clock.run_for(900)
    assert said.text_content() == ""
    field.dispatch_event("change")
    assert "Allier (03)" in said.text_content() and page.evaluate("() => window.saidWords")[-2:] == ["", said.text_content()]
    # left at once: said at once; a value read as nothing empties the live copy, silently
    field.fill("75")
    field.dispatch_event("change")
    assert "académie de Paris" in said.text_content()
    field.fill("loire a")
    field.dispatch_event("change")
    assert not hint.is_visible() and said.text_content() == ""
    assert w.violations() == [] and w.csp_console() == []
    w.close()


# Whether the top bar shows the page's topic: the theme's title switched to it (.md-header__title--active, once the
# page's title has scrolled away) and the bar's slide ended (its topics' .4s; MOVING_ANIMATIONS: not a colour's).
TOPIC_SHOWN = f"""() => document.querySelector('.md-header__title--active') !== null
  && !({MOVING_ANIMATIONS})().some((a) => a.playState === 'running' && a.effect && a.effect.target && a.effect.target.closest('.md-header'))"""


def scrolled_to_the_topic(page) -> None:
    """The page scrolled down (the wheel, 1 500 px) until the top bar shows its topic: the scroll ended (SCROLL_ENDS),
    the title switched and its slide over (TOPIC_SHOWN). Not a fixed 400 or 500 ms (speedB66: 13 tests), which a loaded
    machine could outlast."""
    page.evaluate(SCROLL_ENDS)
    page.mouse.wheel(0, 1500)
    scroll_ended(page)
    page.wait_for_function(TOPIC_SHOWN, timeout=10_000)


@pytest.mark.parametrize("path", ["/clermont-ferrand/2024/", "/aix-marseille/2023/liste-personnalisee/", "/nantes/2026/liste-personnalisee/",
                                  "/nantes/2024/liste-personnalisee/"])
def test_the_phone_s_top_bar_names_the_session_without_cutting_it(visits, origin, path):
    """360 px, scrolled: the top bar says the academy and the session (« Clermont-Ferrand · Session 2024 »),
    on two lines if need be, never cut before the year (« Sessi… »), and stays within the bar, centred in its height
    (two lines stuck to the screen's top edge, a walk). Nantes' lists, whose notices are for different readers, say
    whose (phone55 L2: « Nantes · Session 2024 (candidats individuels) : liste… » was cut)."""
    watched = visit(visits, origin, path)
    page = watched.page
    # before scrolling, the site's name, whole (phone54 L6: « Inscription au BTS sur … »)
    name = page.locator('.md-header__topic:not([data-md-component]) .md-ellipsis')
    assert " ".join(name.inner_text().split()) == "Inscription au BTS sur CYCLADES"
    assert name.evaluate("(e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1"), name.bounding_box()
    scrolled_to_the_topic(page)
    topic = page.locator('.md-header__topic[data-md-component="header-topic"] .md-ellipsis')
    text = " ".join(topic.inner_text().split())
    assert "Session 20" in text, text
    fits = topic.evaluate(
        """(e) => {
             const bar = document.querySelector('.md-header').getBoundingClientRect(), r = e.getBoundingClientRect();
             return { whole: e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1,
                      inside: r.top >= bar.top - 1 && r.bottom <= bar.bottom + 1,
                      centred: Math.abs((r.top - bar.top) - (bar.bottom - r.bottom)) <= 2 };
           }"""
    )
    assert fits == {"whole": True, "inside": True, "centred": True}, (text, fits)
    watched.close()


# The lines the words ``name`` of the page's h1 are laid out on (the tops of their boxes, rounded).
NAME_LINES = """(name) => {
  const h1 = document.querySelector('article h1');
  const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
  const start = text.indexOf(name);
  if (start < 0) return null;
  const at = (i) => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= i) return [nodes[k][0], i - nodes[k][1]]; };
  const range = document.createRange();
  range.setStart(...at(start));
  range.setEnd(...at(start + name.length - 1));
  range.setEnd(range.endContainer, range.endOffset + 1);
  return [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))];
}"""


@pytest.mark.parametrize("width", [320, PHONE])
@pytest.mark.parametrize(("path", "name"), [("/aix-marseille/2023/", "Aix-Marseille"), ("/clermont-ferrand/2024/", "Clermont-Ferrand"),
                                            ("/aix-marseille/2023/liste-personnalisee/", "Aix-Marseille"),
                                            ("/clermont-ferrand/2024/liste-personnalisee/", "Clermont-Ferrand")])
def test_a_notice_s_title_never_cuts_its_academy_s_name_at_its_hyphen(visits, origin, path, name, width):
    """phone64 L1: at 360 px the title of Aix-Marseille's notice read « Académie d’Aix- » / « Marseille — BTS » / « session
    2023 », the academy's name cut at its hyphen (the browser may break a line after any hyphen), and Clermont-Ferrand's
    list « … académie de Clermont- » / « Ferrand, session 2024 ». The name stays on one line (its hyphen joins it, as in
    the top bar), the title wrapping before or after it."""
    watched = visit(visits, origin, path, width)
    lines = watched.page.evaluate(NAME_LINES, name)
    assert lines is not None and len(lines) == 1, (path, width, lines)
    # (the title's words are the same: search, the tab's title and the heading's anchor read them)
    assert name in " ".join(watched.page.locator("article h1").inner_text().split())
    watched.close()


@pytest.mark.parametrize("width", [320, PHONE, 412])
@pytest.mark.parametrize("path", ["/nantes/2026/liste-personnalisee/", "/nantes/2024/liste-personnalisee/", "/clermont-ferrand/2024/liste-personnalisee/"])
def test_the_phone_s_top_bar_shows_a_list_s_title_whole_or_a_shorter_one(visits, origin, path, width):
    """fixphone56: scrolled at 360 px, Nantes 2026's list said « Nantes · Session 2026 (établissements) : liste », read as
    « … liste personnalisée » cut (phone55 L2's shorter words), and a longer title was cut by the bar's two lines. The
    bar now shows one of the page's titles whole (#bts-header-titles: the menu's, « … : votre liste », the session's),
    the longest that fits: every longer one does not."""
    watched = visit(visits, origin, path, width)
    page = watched.page
    scrolled_to_the_topic(page)
    titles = page.get_attribute("#bts-header-titles", "data-bts-titles").split("|")
    topic = page.locator('.md-header__topic[data-md-component="header-topic"] .md-ellipsis')
    academy = path.split("/")[1].replace("-", " ").title().replace(" ", "-")
    shown = " ".join(topic.inner_text().split())
    whole = [" ".join(f"{academy} · {title}".split()) for title in titles]
    assert shown in whole, (shown, whole)
    fits = "(e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1"
    assert topic.evaluate(fits), shown
    for longer in whole[:whole.index(shown)]:
        assert not topic.evaluate(f"(e, t) => {{ const was = e.textContent; e.textContent = t; const fit = ({fits})(e); e.textContent = was; return fit; }}", longer), longer
    assert not shown.endswith(": liste"), shown
    if width == PHONE and path.startswith("/nantes/2026/"):
        assert "Session 2026 (établissements)" in shown and shown.endswith("votre liste"), shown
    watched.close()


@pytest.mark.parametrize("width", [320, PHONE])
def test_without_javascript_a_list_s_top_bar_keeps_the_page_as_wide_as_the_screen(browser, origin, width):
    """phone61: with JavaScript off, a checklist's page was 13 px wider than a 320 or 360 px phone (scrollWidth 333,
    373): the top bar's second title (« Aix-Marseille · Session 2023 : liste personnalisée »), hidden, shifted 20 px to
    the right by the theme until the page scrolls, in a bar with no search button, overflowed the screen's edge."""
    watched = Watched(browser, origin, viewport={"width": width, "height": 640}, java_script_enabled=False)
    page = watched.page
    for path in ("/aix-marseille/2023/liste-personnalisee/", "/nantes/2026/liste-personnalisee/", "/toulouse/2024/liste-personnalisee/"):
        page.goto(origin + path)
        assert page.evaluate("document.documentElement.scrollWidth") == width, path
    watched.close()


def test_the_desktop_side_menus_title_never_covers_an_entry(browser, origin):
    """1280 px, a short window: the side menu scrolls to the current page (the last of the menu); its title
    (the site's name, two lines) must not lie over any entry of the menu, as Material's sticky title did."""
    watched = Watched(browser, origin, viewport={"width": DESKTOP, "height": 420})
    page = watched.page
    goto_loaded(page, origin + "/toulouse/2024/liste-personnalisee/")
    page.mouse.move(640, 300)
    # (the page's scroll ended, and two frames more for the theme's sidebar to follow it: not 300 ms, flaketimers65)
    page.evaluate(SCROLL_ENDS)
    page.mouse.wheel(0, 1200)
    scroll_ended(page)
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    boxes = page.evaluate(
        """() => {
             const box = (e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, e.textContent.trim()]; };
             const title = document.querySelector('.md-sidebar--primary .md-nav--primary > .md-nav__title');
             const scroller = document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap').getBoundingClientRect();
             const links = [...document.querySelectorAll('.md-sidebar--primary .md-nav--primary .md-nav__link')]
               .filter((a) => a.offsetParent !== null).map(box)
               .filter(([top, bottom]) => bottom > scroller.top && top < scroller.bottom);
             return { title: box(title), links, scrolled: document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap').scrollTop };
           }"""
    )
    assert boxes["scrolled"] > 0, "the menu did not scroll: the test sees no entry under the title"
    top, bottom, _ = boxes["title"]
    covered = [text for (t, b, text) in boxes["links"] if t < bottom - 0.5 and b > top + 0.5]
    assert covered == [], (boxes["title"], covered)
    watched.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_side_menu_lists_the_notices_and_the_footer_leads_staff_to_their_guide(visits, origin, width):
    """Candidates' menu (the side menu on a desktop, the drawer on a phone) lists the notices, not the staff
    guide; every page's footer links to the guide, whose own pages show its section in the menu."""
    staff = "Guide du personnel des rectorats"
    for path in ("/", "/toulouse/2024/", "/toulouse/2024/liste-personnalisee/"):
        w = visit(visits, origin, path, width)
        page = w.page
        if width == PHONE:
            page.locator("#bts-menu-button").click()
            slid(page)  # the drawer slides in
        menu = page.locator(".md-sidebar--primary .md-nav--primary")
        assert menu.is_visible(), path
        if width == PHONE and path == "/":
            # the drawer shows one level at a time (docs/assets/bts.css): the academies; one opens its sessions
            menu.locator("label.md-nav__link", has_text="Toulouse").click()
            slid(page)
        assert menu.locator("a:visible", has_text="Session 2024").count() >= 1, path
        assert staff not in menu.inner_text(), path
        assert menu.locator("a[href*='personnel/']").count() == 0, path
        no_violation(w)
        w.close()
    w = visit(visits, origin, "/toulouse/2024/", width)
    page = w.page
    link = page.locator(".md-copyright .bts-footer-staff a")
    assert link.is_visible() and link.inner_text() == typography("Personnel des rectorats : guide pour tenir ce site à jour")
    link.click()
    # (Playwright's click waits for the navigation it starts only if the browser reports its request during the
    # click; on a loaded machine it may come later, and the notice page, already idle, would be read: 78e93635 saw it
    # after another link); then the guide's page loaded whole, its scripts run (goto_loaded)
    page.wait_for_url(origin + "/personnel/", wait_until="load")
    page.wait_for_load_state("networkidle")
    if width == PHONE:
        page.locator("#bts-menu-button").click()
        slid(page)
    menu = page.locator(".md-sidebar--primary .md-nav--primary")
    assert staff in menu.inner_text()
    assert menu.get_by_role("link", name=typography("Lire un message d'erreur")).is_visible()
    no_violation(w)
    w.close()


# The focused element: in the drawer or not, seen (on the screen, not transparent nor hidden, and the topmost element in
# the middle of its part on the screen: not under the drawer's level shown), its words, role and aria-expanded; and
# whether the drawer is open. (On the frozen site's notice page, the theme's drawer list ends a little below the screen:
# its last entries are reached cut by the screen's edge, as the theme makes them.)
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const r = e.getBoundingClientRect(), above = Math.max(r.top, 0), below = Math.min(r.bottom, innerHeight);
  const top = below - above >= 4 ? document.elementFromPoint(r.left + r.width / 2, (above + below) / 2) : null;
  return { inDrawer: Boolean(e.closest('.md-sidebar--primary')), menuButton: e.id === 'bts-menu-button', tag: e.tagName.toLowerCase(),
           words: (e.textContent || '').trim().replace(/\\s+/g, ' ') || e.getAttribute('aria-label'),
           seen: r.width > 0 && r.left >= -1 && r.right <= innerWidth + 1 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true })
                 && Boolean(top) && (e.contains(top) || top.contains(e)),
           role: e.getAttribute('role'), expanded: e.getAttribute('aria-expanded'), open: document.getElementById('__drawer').checked };
}"""


def axe(page) -> list[str]:
    """axe-core's violations, through the devtools protocol (the site's policy forbids an injected script)."""
    from site_support import ROOT

    if not page.evaluate("typeof axe === 'object'"):
        page.evaluate((ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8") + "\n;0")
    return page.evaluate("async () => (await axe.run(document)).violations.map(v => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)")


# The drawer's and its levels' transitions still running (on a loaded machine they outlast their .25s: a fresh clone's
# run found the first entry not yet on the screen 350 ms after Enter); not a link's colour on focus, which moves nothing
# (browser_support.MOVING_ANIMATIONS: some 100 ms at every settle, 2026-12-04)
SLIDING = f"""() => ({MOVING_ANIMATIONS})().some(a => a.playState === 'running' && a.effect && a.effect.target
                                                && a.effect.target.closest('.md-sidebar--primary, .md-header'))"""


def slid(page) -> None:
    """Until the drawer and its levels have slid (.25s) after a click (not a fixed 300 ms: speedB66): two frames, by
    when a slide the click started is running, then its end (SLIDING)."""
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_function(f"() => !({SLIDING})()", timeout=10_000)


def settle(page, quick: bool = False) -> dict | None:
    """What has the focus once the drawer and its levels have slid (.25s). After the key, a task of the page's (a
    setTimeout(0): menu.js moves the focus at one it set when the key came up, focusLater) then two frames, by when a
    slide the key or the focus moved started (Enter, Space, Escape; Tab out of the drawer closes it) is running and is
    waited for; ``quick`` (Tab from one entry of the open drawer to the next, which menu.js does not move): two frames
    only. (A fixed 350 ms per entry cost some 30 s; after the other keys, some 9 s of the file: speedB66.)"""
    if quick:
        page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    else:
        page.evaluate("() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 0))")
    page.wait_for_function(f"() => !({SLIDING})()", timeout=10_000)
    return page.evaluate(FOCUSED)


def tab_stops(page) -> list[dict]:
    """Every Tab stop of the page from where the focus is, in order (FOCUSED of each), until the first one comes back,
    the same element (browser_support.FOCUS_MARK), or the focus leaves the page (at most 250). Not the same FOCUSED:
    the theme's « Aller au contenu » fades in and slides on focus, read « seen » one time and not the next, and the walk
    went round the page again (CI of 78e93635: the menu button met at stops 1 and 27)."""
    stops: list[dict] = []
    first = None
    for _ in range(250):
        page.keyboard.press("Tab")
        mark, focused = page.evaluate(f"() => [({FOCUS_MARK})(), ({FOCUSED})()]")
        if focused is None or mark == first:
            break
        first = first or mark
        stops.append(focused)
    return stops


# every page kind at the phone's width; the narrowest and widest phones on a notice page (the one with most entries):
# the suite's time (CI under 15 minutes), each case walking every Tab stop
@pytest.mark.parametrize("path, width", [("/", PHONE), ("/toulouse/2024/liste-personnalisee/", PHONE), *(("/toulouse/2024/", w) for w in (320, PHONE, 412))])
def test_on_a_phone_the_menu_is_reached_and_worked_from_the_keyboard(visits, origin, path, width):
    """The theme's drawer, closed off the screen, held Tab stops (some 60 on a notice page: its menu and the page's
    contents), and its menu button was none. Closed, none of its links is a Tab stop; the button is the first stop after
    « Aller au contenu », a button named « Navigation » that says whether the menu is open; Enter opens it on the first
    entry of its level shown, and every Tab stop of the open drawer is on something seen; Tab out of it closes it; Space
    opens it, Escape closes it and brings the focus back to the button."""
    w = visit(visits, origin, path, width)
    page = w.page
    # menu.js has put its button in (once, on a loaded CI machine, the button was not among the Tab stops: the page
    # was read before its load, goto_loaded now waits for it)
    from playwright.sync_api import TimeoutError as Timeout

    try:
        page.locator("#bts-menu-button").wait_for(state="attached", timeout=15_000)
    except Timeout:
        pytest.fail(f"no menu button 15 s after the page loaded; requests failed: {w.failed}; console: {w.console}")
    stops = tab_stops(page)
    assert stops and not [s for s in stops if s["inDrawer"]], [s["words"] for s in stops if s["inDrawer"]][:5]
    buttons = [i for i, s in enumerate(stops) if s["menuButton"]]
    assert buttons == [1], ([s["words"] for s in stops[:4]], w.failed, w.console)  # after the theme's « Aller au contenu »
    assert stops[1] | {"open": None} == {"inDrawer": False, "menuButton": True, "tag": "button", "words": "Navigation", "seen": True,
                                         "role": None, "expanded": "false", "open": None}, stops[1]
    button = page.locator("#bts-menu-button")
    button.focus()
    page.keyboard.press("Enter")
    first = settle(page)
    assert first["open"] and first["inDrawer"] and first["seen"], first
    assert button.get_attribute("aria-expanded") == "true"
    inside = [first]
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = settle(page, quick=True)
        if not focused["inDrawer"]:
            break
        inside.append(focused)
    assert [s["words"] for s in inside if not s["seen"]] == [], inside
    assert not focused["open"] and button.get_attribute("aria-expanded") == "false"  # Tab out of the drawer closed it
    if width == PHONE:
        button.focus()
        page.keyboard.press("Enter")
        settle(page)
        assert axe(page) == []  # the drawer open
        page.keyboard.press("Escape")
        settle(page)
    button.focus()
    page.keyboard.press(" ")
    assert settle(page)["open"]
    page.keyboard.press("Escape")
    back = settle(page)
    assert back["menuButton"] and not back["open"] and back["expanded"] == "false", back
    no_violation(w)
    w.close()


def test_on_a_phone_the_menu_s_levels_open_and_close_from_the_keyboard(visits, origin):
    """The drawer shows one level of the menu at a time: a section (« Toulouse ») opens its level with Enter, the focus on
    its first entry; the level's title (« back ») takes it back to the section, which says it is closed; only the level
    shown has Tab stops. The title is a button (a <label> with no role, it was not announced as one), named by its words
    and what it does (content/interface.yaml nav.back). On a notice page, the page's entry opens its contents the same
    way, and Space on the contents' title closes them."""
    w = visit(visits, origin, "/", PHONE)
    page = w.page
    button = page.locator("#bts-menu-button")
    button.focus()
    page.keyboard.press("Enter")
    assert settle(page)["open"]
    section = page.locator(".md-sidebar--primary label.md-nav__link", has_text="Toulouse")
    level = page.locator("#" + section.get_attribute("for"))
    assert section.get_attribute("tabindex") == "0" and not level.is_checked()
    section.focus()
    page.keyboard.press("Enter")
    first = settle(page)
    assert first["inDrawer"] and first["seen"] and first["words"].startswith("Session 2024"), first
    assert level.is_checked()
    page.keyboard.press("Shift+Tab")
    title = settle(page)
    assert title["seen"] and title["tag"] == "button" and title["words"] == "Toulouse", title
    assert page.get_by_role("button", name="Toulouse — retour au menu précédent", exact=True).evaluate("(e) => e === document.activeElement")
    page.keyboard.press("Enter")
    again = settle(page)
    assert again["words"] == "Toulouse" and again["seen"] and not level.is_checked(), again
    assert axe(page) == []  # the drawer open, its entries shown
    no_violation(w)
    w.close()
    w = visit(visits, origin, "/toulouse/2024/", PHONE)
    page = w.page
    page.locator("#bts-menu-button").focus()
    page.keyboard.press("Enter")
    first = settle(page)
    assert first["words"] == "Session 2024" and first["tag"] == "label" and first["seen"], first  # the page: its contents
    page.keyboard.press("Enter")
    contents = settle(page)
    assert contents["seen"] and contents["inDrawer"] and contents["words"] != "Session 2024", contents
    page.keyboard.press("Shift+Tab")
    title = settle(page)
    assert title["seen"] and title["tag"] == "button" and title["words"] == "Table des matières", title
    page.keyboard.press(" ")
    assert settle(page)["words"] == "Session 2024" and not page.locator("#__toc").is_checked()
    page.keyboard.press("Enter")
    contents = settle(page)
    entries = [contents]
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = settle(page, quick=True)
        if not focused["inDrawer"]:
            break
        entries.append(focused)
    assert len(entries) > 5 and [s["words"] for s in entries if not s["seen"]] == [], entries
    no_violation(w)
    w.close()


def test_on_a_desktop_the_side_menu_is_as_the_theme_made_it(visits, origin):
    """1280 px: the menu is a column of the page; no menu button among the Tab stops, its links are Tab stops, its
    sections are headings (no role, not Tab stops), as without site_overrides/assets/menu.js."""
    w = visit(visits, origin, "/toulouse/2024/", DESKTOP)
    page = w.page
    stops = tab_stops(page)
    assert not [s for s in stops if s["menuButton"]]
    assert len([s for s in stops if s["inDrawer"]]) >= 5, stops
    assert page.locator(".bts-menu-back").count() == 0  # the levels' titles: the theme's labels
    sections = page.locator(".md-sidebar--primary label.md-nav__link")
    assert sections.count() and all(sections.nth(i).get_attribute("role") is None and sections.nth(i).get_attribute("tabindex") in (None, "")
                                    for i in range(sections.count()))
    no_violation(w)
    w.close()
