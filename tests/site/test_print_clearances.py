"""Room left on paper (a review, print67), on the frozen site: a printed checklist ends on its last line (no margin under
it to carry on to a sheet of its own).

The checklist is printed from a phone in headless Chromium with print media emulated (as test_print_browser.py)."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from browser_support import Watched, chromium, require_browser, serve_site
from generator.site import pages

PHONE = {"width": 360, "height": 740}
_ENGINE_ANSWERED = ("() => { const r = document.getElementById('bts-checklist'); return r.dataset.state === 'ready' && "
                    "r.dataset.done === r.dataset.sent && Number(r.dataset.done) > 0; }")
# How far the list's block (#bts-checklist-output) goes below its lowest line of text, in CSS pixels: its last block's
# bottom margin, if any (in a flex column, that margin is the block's own height). A line's foot is that of the block
# that holds its text (its line boxes, half-leading included), inside its padding.
_BELOW_LAST_LINE = """() => {
  const output = document.getElementById('bts-checklist-output');
  const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
  let lowest = -Infinity;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || !node.parentElement.getClientRects().length) continue;
    let block = node.parentElement;
    while (getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    const style = getComputedStyle(block);
    lowest = Math.max(lowest, block.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth));
  }
  return output.getBoundingClientRect().bottom - lowest;
}"""

# A distance learner with a disability (Bâtiment, exam adjustments asked, « engagement étudiant »), as a candidate
# answers on a phone: Aix-Marseille's list ends on the question still useful (the birth date, « La question encore
# utile »), Toulouse's on « Votre liste est complète pour vos réponses. ».
_DISTANCE_LEARNER = {
    ("aix-marseille", 2023): "department=13&situation=distance&specialty=batiment&nationality=french&sat_before=no&dispensation=no"
                             "&positioning_decision=no&mandatory_language=english&disability=yes&exam_adjustment=yes&engagement_etudiant=yes",
    ("toulouse", 2024): "department=31&situation=distance&route=scolaire&specialty=batiment&r408_waiver=no&nationality=french&sat_before=no"
                        "&dispensation=no&positioning_decision=no&mandatory_language=english&disability=yes&exam_adjustment=yes"
                        "&engagement_etudiant=yes&optional_exams=1",
}


@pytest.fixture(scope="module")
def origin(frozen_site):
    require_browser()
    with serve_site(frozen_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(origin):
    with chromium() as b:
        yield b


@pytest.mark.parametrize("notice_key", list(_DISTANCE_LEARNER), ids=lambda key: f"{key[0]}-{key[1]}")
def test_a_printed_checklist_ends_on_its_last_line(browser, origin, frozen_notices, notice_key):
    """print67: a distance learner's list of Aix-Marseille 2023, printed from a phone on A4, took 7 sheets, the seventh
    blank but for « 7 / 7 »: its last line (« Quelle est votre date de naissance ? ») ended less than its list's bottom
    margin (13.6 px) above the sixth sheet's foot, and that margin, the height of the last block of a flex column
    (checklist.css: the answers moved first on paper), went on to a sheet of its own. In print media, once printed, the
    list's block ends on its lowest line of text; no sheet of the print holds only its number."""
    notice = next(n for n in frozen_notices if (n.slug, n.year) == notice_key)
    visit = Watched(browser, origin, viewport=PHONE)
    try:
        page = visit.page
        page.goto(f"{origin}/{pages.notice_dir(notice)}/liste-personnalisee/#{_DISTANCE_LEARNER[notice_key]}")
        page.wait_for_function(_ENGINE_ANSWERED, timeout=120_000)
        page.emulate_media(media="print")
        printed = page.pdf(format="A4")  # (its beforeprint: the footer's lines copied under « Liste imprimée le … »)
        below = page.evaluate(_BELOW_LAST_LINE)
    finally:
        visit.close()
    assert below <= 1, f"{notice_key}: {below:.1f} px under the list's last line"
    with pdfplumber.open(io.BytesIO(printed)) as pdf:
        bare = [i + 1 for i, p in enumerate(pdf.pages) if re.fullmatch(r"\s*\d+ / \d+\s*", p.extract_text() or "")]
    assert not bare, f"{notice_key}: sheets with nothing but their number: {bare}"

