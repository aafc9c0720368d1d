"""The forms' pages in headless Chromium, on the frozen site served with its own headers (CSP): opened
from the checklist's link they show what the candidate answered (specialty, route), filled by
site_overrides/assets/forms/form.js with textContent; opened without a fragment they are blank; printed
(print media, A4) they fit one page; on a phone (360 and 320 px) no form page is wider than the screen, its
table a labelled block per row; no Content-Security-Policy violation, nothing fetched elsewhere."""

from __future__ import annotations

import io
from collections import Counter
from urllib.parse import urlencode

import pdfplumber
import pytest

from browser_support import Pool, Watched, require_browser, serve_site, site_headers, wait_checklist
from site_support import version_words
from generator.site.form_view import form_view, forms_with_pages

PAGE_MARGIN_BOTTOM_MM = 10  # the print margin of the forms' pages (site_overrides/assets/forms/form.css, @page)
ROOM_MM = 10  # what the longest form (Nantes' fiche) leaves free at the foot of its page, at the least
SHORT_BODY_PT = 10  # a short form's body type, printed, at the least (a paper form's, to read and fill in)
PHONES = (360, 320)  # a common phone's width, the narrowest one's


@pytest.fixture(scope="module")
def real_origin(real_site):
    require_browser()
    with serve_site(real_site, site_headers(real_site)) as url:
        yield url


@pytest.fixture(scope="module")
def visits(browser):
    """One context per site and kind of viewport for the module's tests (browser_support.Pool: none sets the clock,
    routes a request or is about a first visit): each takes it at a blank page, its print emulation reset. The phones'
    two widths share a context (``resize``: the width given to its blank page), not one each (a context's cold start)."""
    pool = Pool(lambda origin, **options: Watched(browser, origin, **options), resize=True)
    yield pool
    pool.close()


def _notice(frozen_notices, slug, year):
    return next(n for n in frozen_notices if (n.slug, n.year) == (slug, year))


def _clean(visit: Watched) -> None:
    assert visit.violations() + visit.csp_console() + visit.errors == []
    assert visit.foreign() == [], visit.foreign()


def _from_checklist(visits, origin, path: str, answers: str, document: str, words: str) -> Watched:
    """The checklist page with ``answers``, then the form link of ``document`` (its text starting with ``words``: a
    candidate's form, or a model for their establishment), followed."""
    visit = visits.take(origin, viewport={"width": 1280, "height": 900})
    visit.page.goto(f"{origin}{path}liste-personnalisee/#{answers}")
    wait_checklist(visit.page)
    link = visit.page.locator(f'#bts-checklist-output [data-document="{document}"] a[data-form]')
    assert link.count() == 1
    assert link.inner_text().replace("\xa0", " ").replace("\u202f", " ").startswith(words), link.inner_text()
    link.click()
    visit.page.wait_for_selector("#bts-form")
    visit.page.wait_for_load_state("load")
    return visit


def test_toulouse_attestation_from_the_checklist_shows_the_specialty(visits, origin):
    visit = _from_checklist(visits, origin, "/toulouse/2024/", "situation=repeater&renounces_benefits=yes&specialty=sio", "benefits_refusal",
                            "Formulaire « Attestation de refus de bénéfices de notes » à imprimer")
    page = visit.page
    assert page.url.split("#")[0].endswith("/toulouse/2024/formulaires/refus_benefices/")
    assert page.inner_text('[data-prefill="specialty"]') == "Services informatiques aux organisations"
    assert page.locator(".bts-form-prefilled").count() == 1
    _prints_on_one_a4_page(visit, "attestation de refus pré-remplie", short=True)
    _clean(visit)
    visit.close()


def test_nantes_attestation_from_the_checklist_ticks_the_route(visits, origin):
    visit = _from_checklist(visits, origin, "/nantes/2026/", "situation=in_person&route=formation_continue&specialty=ndrc", "attestation_formation",
                            "Modèle « Attestation de formation au BTS » que votre établissement peut utiliser")
    page = visit.page
    assert page.inner_text('[data-prefill="specialty"]') == "Négociation et digitalisation de la relation client"
    assert page.locator(".bts-form-checked").all_inner_texts() == ["X formation continue"]
    assert page.inner_text('[data-answer="formation_continue"] .bts-form-box') == "X"
    assert page.inner_text('[data-answer="scolaire"] .bts-form-box') == ""
    _prints_on_one_a4_page(visit, "attestation de formation pré-remplie", short=True)
    _clean(visit)
    visit.close()


def _printed(visit: Watched) -> bytes:
    """The page printed (print media, A4), as a candidate prints a form."""
    visit.page.emulate_media(media="print")
    return visit.page.pdf(format="A4", print_background=False)


def _prints_on_one_a4_page(visit: Watched, what: str, room_mm: float = 0, *, short: bool = False, pdf: bytes | None = None) -> None:
    """Printed (print media, A4; ``pdf``: that print, already made), the page is one page, its last words ``room_mm``
    or more above the page's margin; a ``short`` form (form_view.SHORT_UP_TO parts or fewer) in type to read (most of
    its characters SHORT_BODY_PT or more) and spread over its page (its last words below the middle)."""
    pdf = _printed(visit) if pdf is None else pdf
    with pdfplumber.open(io.BytesIO(pdf)) as printed:
        assert len(printed.pages) == 1, f"{what}: {len(printed.pages)} pages A4"
        page = printed.pages[0]
        # (the form's words: those above the bottom margin, where its version line is: _version_line)
        foot = max(w["bottom"] for w in page.extract_words() if w["bottom"] <= page.height - PAGE_MARGIN_BOTTOM_MM * 72 / 25.4)
        body = Counter(round(c["size"], 1) for c in page.chars if c["text"].strip()).most_common(1)[0][0]
        room = (page.height - foot) * 25.4 / 72 - PAGE_MARGIN_BOTTOM_MM
        half = page.height / 2
    assert room >= room_mm, f"{what}: {room:.1f} mm free below the form, {room_mm} mm wanted"
    if short:
        assert body >= SHORT_BODY_PT, f"{what}: body type {body} pt"
        assert foot > half, f"{what}: its last words {foot * 25.4 / 72:.0f} mm from the top of the page"


def _version_line(visit: Watched, notice, what: str, *, pdf: bytes | None = None) -> None:
    """review67 L11: printed from the browser, the page says which version it is, as the form PDFs do, in their words
    (pdf.checked, or pdf.checked_not_given; the frozen site has no site_url: no address), in the page's bottom margin
    (print.css; none of the form's room), on one line, 8 pt, its foot 5 mm or more above the page's edge, within the
    side margins."""
    words = version_words(notice)
    squeeze = lambda text: " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())
    mm = 72 / 25.4
    pdf = _printed(visit) if pdf is None else pdf
    with pdfplumber.open(io.BytesIO(pdf)) as printed:
        page = printed.pages[0]
        foot = [c for c in page.chars if c["text"].strip() and c["top"] > page.height - PAGE_MARGIN_BOTTOM_MM * mm]
        line = squeeze(page.crop((0, page.height - PAGE_MARGIN_BOTTOM_MM * mm, page.width, page.height)).extract_text() or "")
    assert line == squeeze(words), f"{what}: bottom margin « {line} »"
    assert min(round(c["size"]) for c in foot) == 8 and max(c["top"] for c in foot) - min(c["top"] for c in foot) < 2, what
    assert max(c["bottom"] for c in foot) <= page.height - 5 * mm + 0.5, f"{what}: off the page's foot"
    assert min(c["x0"] for c in foot) >= 12 * mm - 1 and max(c["x1"] for c in foot) <= page.width - 12 * mm + 1, what
    # in the form's type (its family, a narrow form's included: Liberation Sans above Liberation Sans Narrow), not the
    # browser's default serif (phone57 L1: Liberation Serif under a form in Liberation Sans)
    family = lambda c: c["fontname"].split("+")[-1].split("-")[0]
    above = {family(c) for c in page.chars if c["text"].strip() and c["top"] <= page.height - PAGE_MARGIN_BOTTOM_MM * mm}
    line_families = {family(c) for c in foot}
    assert all(any(f.startswith(g) for f in above) for g in line_families), f"{what}: version line in {sorted(line_families)}, form in {sorted(above)}"


def test_a_short_form_prefilled_with_the_longest_specialty_prints_on_one_page(visits, origin, frozen_notices):
    """Pre-filled with the longest specialty name of the catalogue, a short form (Toulouse's attestation, Nantes'
    attestation de formation) still prints on one page, in its large type. (Both are checked: review63 B L10.)"""
    checked = []
    for notice in frozen_notices:
        longest = max((s.name for s in notice.specialties.values()), key=len)
        for form in forms_with_pages(notice):
            if form_view(notice, form).size != "short":
                continue
            visit = visits.take(origin, viewport={"width": 1280, "height": 900})
            fragment = urlencode({"academie": notice.academy.name, "session": str(notice.year), "specialite": longest, "voie": "formation_continue"})
            visit.page.goto(f"{origin}/{notice.slug}/{notice.year}/formulaires/{form.id}/#{fragment}", wait_until="load")
            assert visit.page.inner_text('[data-prefill="specialty"]') == longest
            _prints_on_one_a4_page(visit, f"{notice.slug} {notice.year} {form.id} pré-rempli", short=True)
            _clean(visit)
            visit.close()
            checked.append((notice.slug, notice.year, form.id))
    assert {(slug, year) for slug, year, _ in checked} >= {("toulouse", 2024), ("nantes", 2026)}, checked


def test_nantes_fiche_writes_the_route_in_its_own_words(visits, origin, frozen_notices):
    """The fiche's « Scolaire, formation continue ou apprenti » gets the fiche's word for the route (answers:),
    never the checklist's « Formation professionnelle continue (…) »; pre-filled with the longest specialty
    name of the catalogue, it still prints on one page, with room to spare."""
    longest = max((s.name for s in _notice(frozen_notices, "nantes", 2026).specialties.values()), key=len)
    for route, words in (("formation_continue", "formation continue"), ("apprenti", "apprenti"), ("scolaire", "scolaire")):
        visit = visits.take(origin, viewport={"width": 1280, "height": 900})
        fragment = urlencode({"academie": "Nantes", "session": "2026", "specialite": longest, "voie": route})
        visit.page.goto(f"{origin}/nantes/2026/formulaires/fiche_preparatoire/#{fragment}", wait_until="load")
        assert visit.page.inner_text('[data-prefill="route"]') == words
        assert visit.page.inner_text('[data-prefill="specialty"]') == longest
        _prints_on_one_a4_page(visit, f"fiche préparatoire pré-remplie ({route})", room_mm=ROOM_MM)
        _clean(visit)
        visit.close()


def test_a_hostile_fragment_stays_text(visits, origin):
    """Any text in the fragment is shown as text; the academy and session are filled only when they are the page's."""
    visit = visits.take(origin)
    payload = "<img src=x onerror=alert(1)>"
    visit.page.goto(f"{origin}/toulouse/2024/formulaires/refus_benefices/#" + urlencode({"specialite": payload, "academie": "Nantes", "session": "1999"}))
    visit.page.wait_for_load_state("load")
    assert visit.page.inner_text('[data-prefill="specialty"]') == payload
    assert visit.page.locator("#bts-form img").count() == 0
    assert visit.dialogs == []
    _clean(visit)
    visit.close()


def test_every_form_prints_blank_on_one_a4_page(visits, origin, frozen_notices):
    forms = [(n, f) for n in frozen_notices for f in forms_with_pages(n)]
    assert len(forms) == 3
    for notice, form in forms:
        visit = visits.take(origin, viewport={"width": 1280, "height": 900})
        visit.page.goto(f"{origin}/{notice.slug}/{notice.year}/formulaires/{form.id}/", wait_until="load")
        filled = [t for t in visit.page.locator(".bts-form-fill").all_inner_texts() if t.replace("/", "").strip()]
        assert visit.page.locator(".bts-form-fill").count() >= 3 and filled == []  # the dates' slashes aside
        assert visit.page.locator(".bts-form-checked").count() == 0
        assert visit.page.is_visible(".bts-form-screen")
        visit.page.emulate_media(media="print")
        assert not visit.page.is_visible(".bts-form-screen") and not visit.page.is_visible(".md-header")
        pdf = _printed(visit)  # (printed once, read by both: the same print media, the same A4)
        _prints_on_one_a4_page(visit, f"{notice.slug} {notice.year} {form.id}", short=form_view(notice, form).size == "short", pdf=pdf)
        _version_line(visit, notice, f"{notice.slug} {notice.year} {form.id}", pdf=pdf)
        _clean(visit)
        visit.close()


# On the page: how far it is wider than the screen, the form's elements that end beyond it (but a table's header
# row, clipped to a pixel), its table's cells (shown as blocks, each introduced by its column's name) and any field
# a phone would zoom into (under 16 px).
PHONE_REPORT = """() => {
    const screen = document.documentElement.clientWidth;
    const cells = [...document.querySelectorAll('#bts-form .bts-form-table td')];
    return {
        overflow: document.documentElement.scrollWidth - screen,
        beyond: [...document.querySelectorAll('#bts-form, #bts-form *')]
            .filter(e => !e.closest('thead') && e.getBoundingClientRect().right > screen + 0.5)
            .map(e => `${e.tagName.toLowerCase()}.${e.className} ${(e.textContent || '').trim().slice(0, 30)}`).slice(0, 5),
        cells: cells.length,
        display: [...new Set(cells.map(td => getComputedStyle(td).display))],
        unlabelled: cells.filter(td => !getComputedStyle(td, '::before').content.startsWith(JSON.stringify(td.dataset.label).slice(0, -1))).length,
        header: [...document.querySelectorAll('#bts-form .bts-form-table thead')].filter(h => h.getBoundingClientRect().width > 1).length,
        cut: [...document.querySelectorAll('#bts-form td, #bts-form .bts-form-field, #bts-form .bts-form-choice')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.trim().slice(0, 30)),
        zooms: [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.offsetParent !== null && parseFloat(getComputedStyle(e).fontSize) < 16).length,
    };
}"""


@pytest.mark.parametrize("project", ["frozen", "real"])
def test_every_form_page_fits_a_phone_s_screen(request, visits, project):
    """Every form page of the site (every academy's), at 360 and 320 px: nothing wider than the screen (the
    page does not scroll sideways), a table's rows as blocks whose every blank is introduced by its column's
    name (the header row hidden but kept for screen readers), no field smaller than 16 px."""
    site = request.getfixturevalue(f"{project}_site")
    origin = request.getfixturevalue("origin" if project == "frozen" else "real_origin")
    paths = sorted(f"/{p.parent.relative_to(site).as_posix()}/" for p in site.glob("*/*/formulaires/*/index.html"))
    assert paths and any(p.endswith("/fiche_preparatoire/") for p in paths)
    failures = []
    for path in paths:
        for width in PHONES:
            visit = visits.take(origin, viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2)
            visit.page.goto(origin + path, wait_until="load")
            report = visit.page.evaluate(PHONE_REPORT)
            if report["overflow"] > 0 or report["beyond"]:
                failures.append(f"{path} ({width} px): {report['overflow']} px wider than the screen: {report['beyond']}")
            if report["cells"] and ("table-cell" in report["display"] or report["unlabelled"] or report["header"]):
                failures.append(f"{path} ({width} px): its table is not a labelled block per row: {report}")
            if report["cut"] or report["zooms"]:
                failures.append(f"{path} ({width} px): words cut {report['cut'][:3]}, {report['zooms']} field(s) under 16 px")
            _clean(visit)
            visit.close()
    assert not failures, "\n".join(failures)


def test_a_form_printed_without_javascript_says_which_version_it_is(browser, origin, frozen_notices):
    """pdf71: printed from a browser without JavaScript, a form's page said no version (form.js gives the line to
    print.css): the build writes its hidden line's words on the page's <html> element (generator/site/print_margins.py),
    print.css prints them in the bottom margin, as with JavaScript (its first letter a capital, a line of its own), on
    its one sheet; nothing of a print day, which only a script knows."""
    squeeze = lambda text: " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())
    mm = 72 / 25.4
    forms = [(n, f) for n in frozen_notices for f in forms_with_pages(n)]
    assert forms
    watched = Watched(browser, origin, java_script_enabled=False)
    try:
        for notice, form in forms:
            words = version_words(notice)
            page = watched.page
            page.goto(f"{origin}/{notice.slug}/{notice.year}/formulaires/{form.id}/", wait_until="load")
            page.emulate_media(media="print")
            with pdfplumber.open(io.BytesIO(page.pdf(format="A4", print_background=False))) as printed:
                assert len(printed.pages) == 1, form.id
                sheet = printed.pages[0]
                line = squeeze(sheet.crop((0, sheet.height - PAGE_MARGIN_BOTTOM_MM * mm, sheet.width, sheet.height)).extract_text() or "")
            page.emulate_media(media="screen")
            assert line == squeeze(words[0].upper() + words[1:]), (form.id, line)
    finally:
        watched.close()
