"""Room left on paper (a review, print67), on the frozen site: a printed checklist ends on its last line (no margin under
it to carry on to a sheet of its own), a form's boxes to tick stay clear of the line above them, a notice's table crossed
by column gives its words the room; the PDFs are tagged, for those who listen to them.

The checklist is printed from a phone in headless Chromium with print media emulated (as test_print_browser.py; its
``origin`` and ``browser``: tests/site/conftest.py); the PDFs are read with pdfplumber (as test_forms.py and
test_notice_pdf.py)."""

from __future__ import annotations

import io
import re

import pdfplumber
import pypdf
import pytest

from browser_support import Watched
from generator.site import pages
from generator.site.form_view import forms_with_pages
from generator.site.paths import form_pdf_path
from generator.site.words import specialty_as_written
from test_notice_pdf import squeeze
from test_print_browser import _ENGINE_ANSWERED

MM = 72 / 25.4  # PDF points in a millimetre
PHONE = {"width": 360, "height": 740}
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


def _open_for_print(page, origin: str, notice) -> None:
    """``notice``'s checklist opened with the distance learner's answers (``_DISTANCE_LEARNER``), the engine's answer
    shown, the print media emulated."""
    page.goto(f"{origin}/{pages.notice_dir(notice)}/liste-personnalisee/#{_DISTANCE_LEARNER[notice.slug, notice.year]}")
    page.wait_for_function(_ENGINE_ANSWERED, timeout=120_000)
    page.emulate_media(media="print")


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
        _open_for_print(page, origin, notice)
        printed = page.pdf(format="A4")  # (its beforeprint: the footer's lines copied under « Liste imprimée le … »)
        below = page.evaluate(_BELOW_LAST_LINE)
    finally:
        visit.close()
    assert below <= 1, f"{notice_key}: {below:.1f} px under the list's last line"
    with pdfplumber.open(io.BytesIO(printed)) as pdf:
        bare = [i + 1 for i, p in enumerate(pdf.pages) if re.fullmatch(r"\s*\d+ / \d+\s*", p.extract_text() or "")]
    assert not bare, f"{notice_key}: sheets with nothing but their number: {bare}"


def test_a_form_s_boxes_to_tick_stay_clear_of_the_line_above_them(frozen_site, frozen_notices):
    """print67: in Nantes 2026's fiche préparatoire (a long form, 9 pt lines 1.1 apart), a box after a label's last
    line, « … de sociétés de droit privé : ☐ Oui ☐ Non », had its top on the descenders of the label's line before
    (« publication par la presse » read as underlined). In every form's PDF, each box's top is at least a quarter of a
    millimetre below the characters of the line above it."""
    seen = 0
    for notice in frozen_notices:
        for form in forms_with_pages(notice):
            path = frozen_site / form_pdf_path(notice, form.id)
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    chars = [c for c in page.chars if c["text"].strip()]
                    boxes = [r for r in page.rects if 2.5 * MM < r["width"] < 5 * MM and 2.5 * MM < r["height"] < 5 * MM]
                    for box in boxes:
                        # the characters over the box's width whose foot is above its top or just under it (the line
                        # above; a tick inside the box or the words beside it are lower)
                        above = [c for c in chars if c["x1"] > box["x0"] and c["x0"] < box["x1"] and c["bottom"] <= box["top"] + 1.5 * MM
                                 and c["top"] < box["top"]]
                        if not above:
                            continue
                        seen += 1
                        lowest = max(above, key=lambda c: c["bottom"])
                        clear = (box["top"] - lowest["bottom"]) / MM
                        near = sorted((c for c in chars if abs(c["top"] - lowest["top"]) < 1 and abs(c["x0"] - box["x0"]) < 30 * MM), key=lambda c: c["x0"])
                        line = "".join((" " if before and c["x0"] - before["x1"] > 1 else "") + c["text"] for before, c in zip([None, *near], near))
                        assert clear >= 0.25, f"{path.name}: a box {clear:.2f} mm under « {line} »"
    assert seen, "no box under a line: nothing checked"


def test_a_notice_s_table_crossed_by_column_prints_each_row_on_one_line(frozen_site, frozen_notices):
    """print67: Clermont-Ferrand 2024's R408 table (its specialties in its words, a column per annex of the
    recommendation, an « X » where it applies: r408.list.printed_as: table) shared the line in three like columns, each
    specialty on two or three lines beside two cells holding an « X » (« Finitions, aménagement / des bâtiments : /
    conception et réalisation »), the table twice as tall as its rows. In the notice's PDF, each of its rows is one
    line: the specialty's words, then its crosses."""
    seen = 0
    for notice in frozen_notices:
        own = notice.r408.notice_list
        if own is None or own.printed_as != "table":
            continue
        with pdfplumber.open(frozen_site / pages.pdf_path(notice)) as pdf:
            lines = {squeeze(line["text"]) for page in pdf.pages for line in page.extract_text_lines()}
        for entry in own.specialties:
            words = specialty_as_written(notice, entry.specialty, entry.words)
            seen += 1
            assert any(line.startswith(squeeze(words)) for line in lines), f"{notice.slug} {notice.year}: « {words} » not on one line"
    assert seen, "no notice prints its R408 list as a table: nothing checked"


def _structure(node, found: set[str]) -> set[str]:
    """The structure types (/S: /H2, /Table, /L…) of a PDF's structure tree under ``node``."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if hasattr(node, "get"):
        if node.get("/S") is not None:
            found.add(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            _structure(kid, found)
    return found


def test_the_notices_and_forms_pdfs_are_tagged(frozen_site, frozen_notices):
    """print67: the PDFs were untagged (no structure tree), a flat run of text to a screen reader: a candidate with a
    disability who listens to the notice heard no heading, list or table. Each notice's PDF and each form's is tagged
    (/MarkInfo /Marked, a structure tree), the notice's with its headings, lists, tables and links; French."""
    paths = [pages.pdf_path(n) for n in frozen_notices] + [form_pdf_path(n, f.id) for n in frozen_notices for f in forms_with_pages(n)]
    assert len(paths) > len(frozen_notices), "no form's PDF: nothing of theirs checked"
    for path in paths:
        root = pypdf.PdfReader(frozen_site / path).trailer["/Root"]
        assert bool((root.get("/MarkInfo") or {}).get("/Marked")) and "/StructTreeRoot" in root, f"{path}: untagged"
        assert str(root.get("/Lang")) == "fr", path
        if path.endswith(".pdf") and "/formulaires/" not in path:
            found = _structure(root["/StructTreeRoot"], set())
            assert {"/H2", "/L", "/Table", "/Link"} <= found, (path, sorted(found))


# Each listed piece in print media, in the list's order: its label, the date lines it shows itself (its own date, or on
# paper its group's), and the line above its list that says its date (a group's heading, « Date limite de … » under the
# list's title), if any.
_PIECES_AND_DATES = """() => [...document.querySelectorAll('#bts-checklist-output li[data-document]')].map((li) => {
  const above = li.parentElement.previousElementSibling;
  const own = [...li.querySelectorAll(':scope > .bts-checklist-when')].filter((p) => p.getClientRects().length);
  return {
    label: li.querySelector('.bts-checklist-document-label').textContent,
    own: own.map((p) => p.textContent),
    heading: above && above.matches('.bts-checklist-documents-date, .bts-checklist-documents-due') ? above.textContent : null,
  };
})"""
_DAY = re.compile(r"(?:1er|[0-9]{1,2})\s+[a-zéû]+\s+[0-9]{4}")


def test_every_printed_sheet_says_whose_list_it_is_and_when_its_pieces_are_due(browser, origin, frozen_notices):
    """printhead67 (print67 M): a printed list said a group's deadline once, above the group: Toulouse 2024's distance
    learner's sheet 3 ended on « Date limite de ces pièces … 22 novembre 2023 » and the group's first piece, sheet 4 held
    four more and no date; and sheets 2 onwards never named the academy or the session (only « n / N »). Printed from a
    phone on A4, every sheet has the page's title in its words (the academy, the session), and every piece on a sheet
    has its date on that sheet: on the piece, or in the line above its list on the same sheet (print68: the latter
    only, that line printed again at the top of the sheet, when the piece is dated above its list)."""
    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    visit = Watched(browser, origin, viewport=PHONE)
    try:
        page = visit.page
        _open_for_print(page, origin, notice)
        title = page.locator("h1").first.text_content()
        pieces = page.evaluate(_PIECES_AND_DATES)
        listed = squeeze(page.locator("#bts-checklist-output [data-documents-title]").text_content())
        printed = page.pdf(format="A4")
    finally:
        visit.close()
    assert "Toulouse" in title and "2024" in title, title
    with pdfplumber.open(io.BytesIO(printed)) as pdf:
        sheets = [squeeze(p.extract_text() or "") for p in pdf.pages]
    assert len(sheets) > 2, "a list of two sheets or fewer: nothing carried on to check"
    unnamed = [n for n, sheet in enumerate(sheets, 1) if squeeze(title) not in sheet]
    assert not unnamed, f"sheets without « {title} »: {unnamed} of {len(sheets)}"
    # each piece found on its sheet in the list's order, from the list's title on
    sheet, at = 0, sheets[0].find(listed)
    while at < 0 and sheet + 1 < len(sheets):
        sheet += 1
        at = sheets[sheet].find(listed)
    assert at >= 0, f"no « {listed} » printed"
    assert len(pieces) > 4 and any(p["heading"] for p in pieces), pieces
    found = []
    for piece in pieces:
        label = squeeze(piece["label"])
        while sheets[sheet].find(label, at) < 0:
            assert sheet + 1 < len(sheets), f"« {piece['label']} » not printed"
            sheet, at = sheet + 1, 0
        at = sheets[sheet].find(label, at)
        found.append((piece, sheet, at))
    undated, twice = [], []
    for (piece, sheet, at), after in zip(found, [*found[1:], None]):
        end = after[2] if after and after[1] == sheet else len(sheets[sheet])
        days = [squeeze(d) for words in [*piece["own"], piece["heading"] or ""] for d in _DAY.findall(words)]
        on_piece = any(day in sheets[sheet][at:end] for day in days)
        heading = piece["heading"] and squeeze(piece["heading"]) in sheets[sheet][:at]
        if not (days and (on_piece or heading)):
            undated.append(f"sheet {sheet + 1}: « {piece['label']} »")
        # (print68: a piece dated above its list does not say that date again, on paper either: printhead67's paper-only
        # line under each such piece said its date again on the sheet of its heading; the heading is printed again at
        # the top of every sheet its pieces carry on to)
        again = piece["heading"] and [line for line in piece["own"] for day in _DAY.findall(piece["heading"]) if day in line]
        if piece["heading"] and (again or not heading):
            twice.append(f"sheet {sheet + 1}: « {piece['label']} »: {again}, heading above on its sheet: {bool(heading)}")
    assert not undated, f"pieces without their date on their sheet: {undated}"
    assert not twice, f"pieces dated above their list with a date of their own, or without their heading on their sheet: {twice}"


def test_a_piece_with_a_date_of_its_own_prints_it_once(browser, origin, frozen_site, frozen_notices):
    """print68 (review67b L4): a piece with a date line of its own (the engine's ``own_date``: no date said above its
    list) was untested on paper: a second « Date limite » under a piece's own (printhead67's paper-only line, for a
    piece dated above its list, given to it too) would have gone unseen, no frozen list having such a piece (the
    engine groups pieces on two dates by date; a list's shared date is said above it). Its ruleset served with one piece for all (the
    confirmation, Toulouse 2024), the list of a phone has that piece alone, its date its own: printed on A4, the piece
    says its date once, on its own line (not the paper-only one), on the sheet of its label."""
    import json

    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    ruleset = json.loads((frozen_site / pages.notice_dir(notice) / "checklist" / "ruleset.json").read_text(encoding="utf-8"))
    ruleset["documents"] = [d for d in ruleset["documents"] if d["when"] == ["all", []]][:1]
    assert ruleset["documents"] and ruleset["documents"][0]["deadline"] in {d["id"] for d in ruleset["deadlines"]}, ruleset["documents"]
    visit = Watched(browser, origin, viewport=PHONE)
    try:
        page = visit.page
        page.context.route("**/checklist/ruleset.json*", lambda route: route.fulfill(
            status=200, content_type="application/json", body=json.dumps(ruleset, ensure_ascii=False)))
        page.goto(f"{origin}/{pages.notice_dir(notice)}/liste-personnalisee/#{_DISTANCE_LEARNER[('toulouse', 2024)]}")
        page.wait_for_function(_ENGINE_ANSWERED, timeout=120_000)
        page.emulate_media(media="print")
        pieces = page.evaluate(_PIECES_AND_DATES)
        listed = page.eval_on_selector_all("#bts-checklist-output li[data-document]", "lis => lis.map((li) => li.dataset.document)")
        paper_only = page.locator("#bts-checklist-output li[data-document] .bts-checklist-print-only").count()
        printed = page.pdf(format="A4")
        page.context.unroute("**/checklist/ruleset.json*")
    finally:
        visit.close()
    assert listed == [ruleset["documents"][0]["id"]], (listed, pieces)
    piece = pieces[0]
    # its own date line, shown in print, and none above its list nor on paper only
    assert piece["heading"] is None and len(piece["own"]) == 1 and _DAY.search(piece["own"][0]), piece
    assert paper_only == 0
    with pdfplumber.open(io.BytesIO(printed)) as pdf:
        sheets = [squeeze(p.extract_text() or "") for p in pdf.pages]
    label = squeeze(piece["label"])
    sheet = next(s for s in sheets if label in s)
    after = sheet[sheet.index(label):]
    # its date line once under it (« Dates limites » and the steps say that date in other words)
    assert after.count(squeeze(piece["own"][0])) == 1, after[:600]
