"""The forms of the notices (a form given as ``parts:``): a printable page and a PDF each, linked from the
notice and from the document that asks for it, pre-filled by the checklist's link (browser part:
test_forms_browser.py).

Properties of any valid data run on the real project (every form given as parts has its page, whose
text holds every part of the form, and its one-page A4 PDF with the form's title); specific facts (the
rule Toulouse's attestation cites, the socio-professional categories of Nantes' fiche, which document
links to which form) are the frozen project's. Text is compared as ``test_notice_pdf.squeeze`` does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import io
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from generator.checklist import page as checklist_page
from generator.model.session import FormPart
from generator.pdf import form_pdfs
from generator.site import pages
from generator.site.dates import date_words
from generator.site.form_view import DENSE_FROM, SHORT_UP_TO, form_view, forms_with_pages
from generator.site.paths import form_path, form_pdf_path, pdf_path
from project_support import FIXED_TODAY
from site_support import version_words
from test_notice_pdf import squeeze

A4 = (595.28, 841.89)  # points
PAGE_MARGIN_BOTTOM = 10 * 72 / 25.4  # the forms' PDFs' bottom margin (generator/pdf/form.css), in points
ROOM = 8 * 72 / 25.4  # what the longest form (Nantes' fiche) leaves free above it, at the least (8 mm)
SHORT_BODY_PT = 10  # a short form's body type, printed, at the least (a paper form's, to read and fill in)
# A long form (form_view.DENSE_FROM parts or more, Nantes' fiche), printed in two columns: its type, its smallest
# type (its reference list's), and the room between its writing lines (its table's rows too), at the least.
DENSE_BODY_PT = 9
DENSE_SMALLEST_PT = 8
WRITING_LINE_MM = 7
ROOM_ABOVE_A_LINE_MM = 6  # a blank's height (7 mm, 6 under a label too long to share its line)


@pytest.fixture(scope="module")
def opened():
    """``opened(path)``: the PDF at ``path`` (a notice's or a form's, in a built site) opened once in pdfplumber for the
    module's tests, each page's characters read once, then kept by the page (reading a notice's PDF is some 2 s of
    processor; three tests read Toulouse 2024's and Nantes 2026's again, speedpdf64; each form's PDF, 0.3 to 0.8 s,
    was read by four to six tests, speedE66). The tests only read it."""
    kept: dict[Path, pdfplumber.PDF] = {}

    def open_once(path: Path) -> pdfplumber.PDF:
        if path not in kept:
            kept[path] = pdfplumber.open(path)
        return kept[path]

    yield open_once
    for pdf in kept.values():
        pdf.close()


def _sessions_with_forms(notices):
    return [(n, f) for n in notices for f in forms_with_pages(n)]


def _words(part: FormPart) -> list[str]:
    """The words a part prints (a line's words around its blanks ``___`` each on their own)."""
    label = part.segments() or (part.field,)
    return [x for x in (part.heading, part.paragraph, *label, *part.choices, *part.columns, *part.boxes) if x]


@contextlib.contextmanager
def _document(pdf: "bytes | pdfplumber.PDF"):
    """``pdf`` open in pdfplumber: a PDF made by the test (its bytes), opened and closed here; or one ``opened`` keeps."""
    if isinstance(pdf, pdfplumber.PDF):
        yield pdf
    else:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            yield document


def _pdf_lines(pdf: "bytes | pdfplumber.PDF", *, halves: bool = False) -> list[str]:
    """The PDF's lines of text (squeezed); ``halves``: and those of each half of its pages (a long form's two
    columns: the words of a column's line without those of the other column's)."""
    with _document(pdf) as pdf:
        regions = [r for page in pdf.pages for r in (page, *(_halves(page) if halves else ()))]
        return [squeeze(line) for region in regions for line in (region.extract_text() or "").splitlines()]


def _halves(page) -> tuple:
    return page.crop((0, 0, page.width / 2, page.height)), page.crop((page.width / 2, 0, page.width, page.height))


def _pdf_text(pdf: "bytes | pdfplumber.PDF") -> tuple[int, str, tuple[float, float]]:
    """The PDF's number of pages (as pypdf counts them, from its file or its bytes), its text, its first page's size."""
    with _document(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        size = (float(document.pages[0].width), float(document.pages[0].height))
        source = document.path if isinstance(pdf, pdfplumber.PDF) else io.BytesIO(pdf)
    return len(pypdf.PdfReader(source).pages), text, size


def _body_and_foot(page) -> tuple[float, float]:
    """A printed form's body type (the size most of its characters have, in points) and the foot of its
    lowest words (points from the top), the page's footer (which version the PDF is, in both; its number, in the
    notice's PDF) aside."""
    chars = [c for c in page.chars if c["bottom"] <= page.height - PAGE_MARGIN_BOTTOM and c["text"].strip()]
    body = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
    return body, max(c["bottom"] for c in chars)


def _column_texts(pdf: "bytes | pdfplumber.PDF", heads: tuple[str, ...]) -> list[str]:
    """The text of each column of a form's columns side by side (squeezed), from the first words of their
    heads (on one line, left to right) down to the page's foot."""
    with _document(pdf) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        row = next(w["top"] for w in words if w["text"] == heads[0])
        lefts = [next(w["x0"] for w in words if w["text"] == head and abs(w["top"] - row) < 2) - 20 for head in heads]
        return [squeeze(page.crop((left, row - 2, right, page.height)).extract_text()) for left, right in zip(lefts, [*lefts[1:], page.width])]


def _frozen(frozen_notices, slug, year):
    return next(n for n in frozen_notices if (n.slug, n.year) == (slug, year))


# ---------------------------------------------------------------- properties of any valid data (real project)


def test_the_frozen_project_has_forms_to_print(frozen_notices):
    """The harness is not degenerate: the frozen project has the three forms of the seeds as parts."""
    assert sorted((n.slug, f.id) for n, f in _sessions_with_forms(frozen_notices)) == [
        ("nantes", "attestation_formation"), ("nantes", "fiche_preparatoire"), ("toulouse", "refus_benefices"),
    ]


def test_every_form_given_as_parts_has_a_page_with_all_its_words(real_notices):
    for notice in real_notices:
        files = pages.form_pages(notice, pdf=True)
        assert set(files) == {form_path(notice, f.id) for f in forms_with_pages(notice)}
        for form in forms_with_pages(notice):
            page = files[form_path(notice, form.id)]
            text = squeeze(html.unescape(re.sub(r"<[^>]+>", " ", page)))
            assert squeeze(form.title) in text
            for _, part in form.all_parts():
                for words in _words(part):
                    assert squeeze(words) in text, f"{notice.slug} {notice.year} {form.id}: « {words} » absent de la page"
            prefilled = [p.prefill for _, p in form.all_parts() if p.prefill]
            assert sorted(re.findall(r'data-prefill="([a-z]+)"', page)) == sorted(prefilled)
            assert 'id="bts-form-data"' in page and "bts_form: true" in page


@pytest.mark.parametrize("which", ["frozen", "real"])
def test_a_form_says_it_is_prefilled_only_when_the_checklist_opens_it(which, frozen_notices, real_notices):
    """« Ouvert depuis votre liste personnalisée, le formulaire reprend… »: only on a form a document of the
    checklist links to (its form:); Nantes 2026's fiche préparatoire, which no document links to, said it (a review)."""
    seen = {True: 0, False: 0}
    for notice in frozen_notices if which == "frozen" else real_notices:
        for form in forms_with_pages(notice):
            linked = any(d.form == form.id for d in notice.documents)
            takes = any(p.prefill for _, p in form.all_parts())
            if takes:
                seen[linked] += 1
            assert (form_view(notice, form).prefilled is not None) == (linked and takes), (notice.slug, form.id)
    if which == "frozen":
        assert seen[True] and seen[False], seen


def test_every_form_pdf_is_one_a4_page_with_its_title(real_site, real_notices, opened):
    for notice, form in _sessions_with_forms(real_notices):
        path = real_site / form_pdf_path(notice, form.id)
        assert path.is_file(), f"{form_pdf_path(notice, form.id)} absent du site"
        count, text, size = _pdf_text(opened(path))
        assert count == 1, f"{path.name}: {count} pages"
        assert size == pytest.approx(A4, abs=1)
        assert squeeze(form.title) in squeeze(text)


def test_every_form_pdf_says_which_version_it_is_in_its_bottom_margin(real_site, real_notices, opened):
    """A form's own PDF, the one a candidate most likely prints alone (read54 L7, fix59j L1), says which version it is
    as the notice's PDF does on every page, its form's too (the same interface texts: the build's day, the day the
    session file was checked on the notice, or that it is not given): on its one page, on one line, in the form's
    smallest type or larger (DENSE_SMALLEST_PT), in the page's bottom margin (none of the form's room), above the 5 mm
    a printer may not print, within the side margins. The build's day is the PDF's creation date too."""
    mm = 72 / 25.4
    for notice, form in _sessions_with_forms(real_notices):
        path = real_site / form_pdf_path(notice, form.id)
        what = f"{notice.slug} {notice.year} {form.id}"
        t, checked = notice.texts, notice.session.session.checked
        made = squeeze(t.text("pdf.made", date=date_words(FIXED_TODAY)))
        checked = squeeze(t.text("pdf.checked", date=date_words(checked)) if checked else t.text("pdf.checked_not_given"))
        with _document(opened(path)) as pdf:
            assert len(pdf.pages) == 1, f"{what}: {len(pdf.pages)} pages"
            page = pdf.pages[0]
            chars = [c for c in page.chars if c["text"].strip()]
            foot = [c for c in chars if c["top"] > page.height - PAGE_MARGIN_BOTTOM]
            assert foot, f"{what}: nothing in the bottom margin"
            line = squeeze(page.crop((0, page.height - PAGE_MARGIN_BOTTOM, page.width, page.height)).extract_text() or "")
            assert made in line and checked in line, f"{what}: bottom margin « {line} »"
            assert min(c["size"] for c in foot) >= DENSE_SMALLEST_PT - 0.05, f"{what}: version line in {min(c['size'] for c in foot):.1f} pt"
            assert max(c["top"] for c in foot) - min(c["top"] for c in foot) < 2, f"{what}: version line on more than one line"
            assert max(c["bottom"] for c in foot) <= page.height - 5 * mm, f"{what}: version line off the page's foot"
            assert min(c["x0"] for c in foot) >= 12 * mm - 1 and max(c["x1"] for c in foot) <= page.width - 12 * mm + 1, f"{what}: beyond the side margins"
            # the form's own characters: all above the margin (in the form's room), none astride it
            assert all(c in foot or c["bottom"] <= page.height - PAGE_MARGIN_BOTTOM for c in chars), what
        assert _created(path) == f"D:{FIXED_TODAY:%Y%m%d}", what


def _created(path: Path) -> str:
    """The PDF's creation date, as its metadata write it (« D:20251001 »; "" when absent), read as test_notice_pdf's
    ``_created`` reads it (pypdf), without the whole analysis of the page that function's cache makes (tables, lines,
    words: some 1.5 s of processor for the three forms' PDFs, which this module reads in pdfplumber already)."""
    return str((pypdf.PdfReader(path).metadata or {}).get("/CreationDate", ""))


def test_every_field_has_its_own_line_as_in_the_sources(real_site, real_notices, opened):
    """A field outside a line of several (same_line:) and outside columns has a line of the PDF to itself (its
    label, its boxes): no two fields share a line unless the source puts them on one (a long form, printed in
    two columns: a line of its column)."""
    for notice, form in _sessions_with_forms(real_notices):
        dense = form_view(notice, form).size == "dense"
        lines = _pdf_lines(opened(real_site / form_pdf_path(notice, form.id)), halves=dense)
        for part in form.parts:
            if part.field is None or part.kind not in ("line", "date", "choices"):
                continue
            label = squeeze("".join(part.segments()) or f"{part.field} :")
            boxes = squeeze("".join(part.choices))
            # The label alone (its boxes, if any, on the next line when the line is full), or a label longer
            # than a line beginning one.
            alone = label + boxes in lines or label in lines or any(len(line) > 40 and label.startswith(line) for line in lines)
            assert alone, f"{notice.slug} {notice.year} {form.id}: « {part.field} » n'a pas sa propre ligne dans le PDF"


def test_a_short_form_prints_as_a_paper_form_on_its_whole_page(real_site, real_notices, opened):
    """A short form (form_view.SHORT_UP_TO parts or fewer) in type to read (10 pt or more) and spread over its
    page (its last words below the middle), not packed in small type at the top: in its own PDF and in the
    notice's, where it follows the notice on a page of its own."""
    short = [(n, f) for n, f in _sessions_with_forms(real_notices) if form_view(n, f).size == "short"]
    assert short  # Toulouse's attestation and Nantes' attestation de formation, in the real project
    for notice, form in short:
        whole = opened(real_site / pdf_path(notice))
        with _document(opened(real_site / form_pdf_path(notice, form.id))) as own:
            in_notice = [p for p in whole.pages if squeeze(p.extract_text() or "").startswith(squeeze(form.title))]
            assert len(in_notice) == 1, f"{notice.slug} {notice.year} {form.id}: {len(in_notice)} pages in the notice's PDF"
            for where, page in (("own", own.pages[0]), ("notice", in_notice[0])):
                body, foot = _body_and_foot(page)
                what = f"{notice.slug} {notice.year} {form.id} ({where} PDF)"
                assert body >= SHORT_BODY_PT, f"{what}: body type {body} pt"
                assert foot > page.height / 2, f"{what}: its last words {foot * 25.4 / 72:.0f} mm from the top of {page.height * 25.4 / 72:.0f}"


def test_a_long_form_prints_on_one_page_in_type_to_read_with_room_to_write(real_site, real_notices, opened):
    """A long form (form_view.DENSE_FROM parts or more; Nantes' fiche) keeps to one A4 page, in its own PDF and
    in the notice's, in type to read (most of it DENSE_BODY_PT, nothing below DENSE_SMALLEST_PT, its reference
    list included) with room to write by hand: its fields' lines, one below the other in a column, and its
    table's rows WRITING_LINE_MM apart or more."""
    dense = [(n, f) for n, f in _sessions_with_forms(real_notices) if form_view(n, f).size == "dense"]
    assert dense  # Nantes' fiche, in the real project
    for notice, form in dense:
        own = opened(real_site / form_pdf_path(notice, form.id))
        html = pages.form_prints([notice])[form_pdf_path(notice, form.id)].html
        blanks = html.count('class="bts-form-fill"') + html.count('class="bts-form-fill bts-form-fill-more"')  # (lines:)
        assert _pdf_text(own)[0] == 1
        whole = opened(real_site / pdf_path(notice))
        with _document(own) as mine:
            in_notice = [p for p in whole.pages if squeeze(p.extract_text() or "").startswith(squeeze(form.title))]
            assert len(in_notice) == 1, f"{notice.slug} {notice.year} {form.id}: {len(in_notice)} pages in the notice's PDF"
            last = squeeze(_words(form.parts[-1])[0])
            assert last in squeeze(in_notice[0].extract_text()), f"{form.id}: its last part not on its page of the notice's PDF"
            for where, page in (("own", mine.pages[0]), ("notice", in_notice[0])):
                what = f"{notice.slug} {notice.year} {form.id} ({where} PDF)"
                body, _ = _body_and_foot(page)
                sizes = [c["size"] for c in page.chars if c["text"].strip()]
                assert body >= DENSE_BODY_PT, f"{what}: body type {body} pt"
                assert min(sizes) >= DENSE_SMALLEST_PT - 0.05, f"{what}: type down to {min(sizes):.1f} pt"
                tables = _assert_room_to_write(page, blanks, what)
                assert len(tables) == sum(p.kind == "table" for _, p in form.all_parts()), f"{what}: {len(tables)} tables"


def _assert_room_to_write(page, blanks: int, what: str) -> list:
    """Each of the form's ``blanks`` (drawn as a frame whose lower edge is its writing line) is ROOM_ABOVE_A_LINE_MM
    high or more, and WRITING_LINE_MM or more from the blank above it in its column; a table's rows are
    WRITING_LINE_MM high or more (its header aside)."""
    frames: dict[tuple[int, float], float] = {}  # (left, top): height, in points (a frame and its inner edge: the taller)
    for rect in page.rects:
        if rect["height"] * 25.4 / 72 > 5:  # a blank's frame (its boxes are 3.5 mm)
            key = (round(rect["x0"]), round(rect["top"], 1))
            frames[key] = max(frames.get(key, 0), rect["height"])
    assert len(frames) == blanks, f"{what}: {len(frames)} blanks found, {blanks} in the form"
    for (_, top), height in frames.items():
        assert height * 25.4 / 72 >= ROOM_ABOVE_A_LINE_MM - 0.1, f"{what}: a blank {height * 25.4 / 72:.1f} mm high at {top * 25.4 / 72:.0f} mm"
    for column in (0, 1):
        lines = sorted({top + height for (left, top), height in frames.items() if (left >= page.width / 2) == column})
        for above, below in zip(lines, lines[1:]):
            gap = (below - above) * 25.4 / 72
            assert gap >= WRITING_LINE_MM - 0.1, f"{what}: writing lines {gap:.1f} mm apart at {below * 25.4 / 72:.0f} mm"
    tables = page.find_tables({"vertical_strategy": "lines_strict", "horizontal_strategy": "lines_strict"})  # (its rules, not the blanks)
    for table in tables:
        rules = sorted({round(r.bbox[1], 1) for r in table.rows} | {round(r.bbox[3], 1) for r in table.rows})
        for top, bottom in list(zip(rules, rules[1:]))[1:]:
            assert (bottom - top) * 25.4 / 72 >= WRITING_LINE_MM - 0.1, f"{what}: a table row {(bottom - top) * 25.4 / 72:.1f} mm high"
    return tables


@pytest.mark.parametrize(("count", "size"), [(SHORT_UP_TO, "short"), (DENSE_FROM - 1, "regular")])
def test_a_form_as_long_as_its_size_allows_keeps_to_one_page(frozen_notices, tmp_path, count, size):
    """The sizes' bounds hold: a form of as many parts as its size allows (Toulouse's attestation's lines and
    paragraphs, again and again) still prints on one A4 page."""
    toulouse = _frozen(frozen_notices, "toulouse", 2024)
    form = next(f for f in toulouse.session.forms if f.id == "refus_benefices")
    longer = dataclasses.replace(form, parts=tuple(itertools.islice(itertools.cycle(form.parts), count)))
    notice = dataclasses.replace(toulouse, session=dataclasses.replace(toulouse.session, forms=(longer,)))
    assert form_view(notice, longer).size == size
    data = form_pdfs(pages.form_prints([notice]), notice.texts, cache=tmp_path)[form_pdf_path(notice, form.id)]
    count_pages, text, _ = _pdf_text(data)
    assert count_pages == 1, f"{count} parts ({size}): {count_pages} pages"
    assert all(squeeze(words) in squeeze(text) for words in _words(longer.parts[-1]))  # to its last part


def test_the_forms_pages_of_a_notice_s_pdf_are_numbered_as_its_other_pages(real_site, real_notices, opened):
    """In a notice's PDF, the page number of a form's page (« 8 / 11 ») is in the same type, colour and place as
    on the notice's pages and the guide's annex."""
    for notice in {(n.slug, n.year): n for n, _ in _sessions_with_forms(real_notices)}.values():
        pdf = opened(real_site / pdf_path(notice))
        styles = {}
        for page in pdf.pages:
            number = _page_number(page)
            assert "".join(c["text"] for c in number) == f"{page.page_number}/{len(pdf.pages)}", f"{pdf_path(notice)} p. {page.page_number}"
            style = {(c["fontname"], round(c["size"], 1), tuple(c["non_stroking_color"] or ())) for c in number}
            styles[page.page_number] = (frozenset(style), round(max(c["x1"] for c in number)), round(max(c["bottom"] for c in number)))
        forms = {p.page_number for p in pdf.pages if any(squeeze(p.extract_text() or "").startswith(squeeze(f.title)) for f in forms_with_pages(notice))}
        assert forms and len(forms) < len(pdf.pages)
        assert len(set(styles.values())) == 1, f"{pdf_path(notice)}: {styles}"


def _page_number(page) -> list:
    """The characters of the page number: the rightmost words of the page's foot (below its margin)."""
    foot = sorted((c for c in page.chars if c["top"] > page.height - PAGE_MARGIN_BOTTOM and c["text"].strip()), key=lambda c: c["x0"])
    number = foot[-1:]
    for char in reversed(foot[:-1]):
        if number[0]["x0"] - char["x1"] > 5:  # (more than a space: the footer's words, on the left)
            break
        number.insert(0, char)
    return number


def test_the_form_page_and_the_notice_link_to_each_other_and_to_the_pdf(real_site, real_notices):
    for notice, form in _sessions_with_forms(real_notices):
        page = (real_site / notice.slug / str(notice.year) / "formulaires" / form.id / "index.html").read_text(encoding="utf-8")
        pdf_name = form_pdf_path(notice, form.id).rsplit("/", 1)[1]
        assert f'href="../{pdf_name}"' in page
        assert 'href="../.."' in page or 'href="../../"' in page  # back to the notice
        assert "assets/forms/form.js" in page and "assets/forms/form.css" in page
        notice_page = (real_site / notice.slug / str(notice.year) / "index.html").read_text(encoding="utf-8")
        assert f'href="formulaires/{form.id}/"' in notice_page
        assert f'href="formulaires/{pdf_name}"' in notice_page


def test_a_document_made_with_a_form_links_to_it(real_notices):
    for notice in real_notices:
        with_page = {f.id for f in forms_with_pages(notice)}
        expected = {d.id: d.form for d in notice.documents if d.form in with_page}
        data = checklist_page._forms(notice)
        assert {doc: entry["url"] for doc, entry in data.items()} == {doc: f"../formulaires/{form}/" for doc, form in expected.items()}
        page = pages.notice_page(notice, FIXED_TODAY)
        for form in expected.values():
            assert f"](formulaires/{form}.md)" in page


# ---------------------------------------------------------------- the frozen project's facts


def test_toulouse_attestation_cites_its_rule_and_prefills_the_specialty(frozen_site, frozen_notices, opened):
    toulouse = _frozen(frozen_notices, "toulouse", 2024)
    count, text, _ = _pdf_text(opened(frozen_site / form_pdf_path(toulouse, "refus_benefices")))
    text = squeeze(text)
    assert count == 1
    for words in ("Attestation de refus de bénéfices de notes", "article D643-23 du code de l'éducation",
                  "je peux conserver pendant 5 ans le bénéfice des notes", "le renoncement est définitif",
                  "Bénéfice en", "Annexe 2"):
        assert squeeze(words) in text, words
    page = pages.form_pages(toulouse)[form_path(toulouse, "refus_benefices")]
    # The source's five lines, as it writes them: three blanks each, « / 20 » after the mark's (\s: the
    # no-break space of French typography before « : »).
    line = (r'<span class="bts-form-label">épreuve\s:</span><span class="bts-form-fill"></span><span class="bts-form-label">Note\s:</span>'
            r'<span class="bts-form-fill"></span><span class="bts-form-label">/ 20 Bénéfice en\s:</span><span class="bts-form-fill"></span>')
    assert len(re.findall(line, page)) == 5
    # The specialty's blank where the source puts it: between the words and « (indiquer la spécialité) ».
    assert re.search(r'<span class="bts-form-label">candidat\(e\) au brevet de technicien supérieur</span><span class="bts-form-fill" '
                     r'data-prefill="specialty"></span><span class="bts-form-label">\(indiquer la spécialité\)</span>', page)
    assert "bts-form-table" not in page and "(/ 20)" not in page
    # The renunciation document of the notice links to the form.
    assert checklist_page._forms(toulouse) == {
        "benefits_refusal": {"url": "../formulaires/refus_benefices/", "title": "Attestation de refus de bénéfices de notes", "filled_by": "candidate"}
    }


def test_nantes_fiche_prefills_the_route_in_its_own_words(frozen_notices):
    """« Scolaire, formation continue ou apprenti » is filled with one of these words, not the checklist's."""
    nantes = _frozen(frozen_notices, "nantes", 2026)
    page = pages.form_pages(nantes)[form_path(nantes, "fiche_preparatoire")]
    fill = re.search(r'Scolaire, formation continue ou apprenti\s:</span>\n<span class="bts-form-fill" data-prefill="route"([^>]*)>', page)
    assert dict(re.findall(r'data-answer-([a-z_]+)="([^"]*)"', fill.group(1))) == {
        "scolaire": "scolaire", "formation_continue": "formation continue", "apprenti": "apprenti",
    }


def test_nantes_fiche_prints_the_socio_professional_categories(frozen_site, frozen_notices, opened):
    nantes = _frozen(frozen_notices, "nantes", 2026)
    count, text, _ = _pdf_text(opened(frozen_site / form_pdf_path(nantes, "fiche_preparatoire")))
    text = squeeze(text)
    assert count == 1
    categories = ["AGRICULTEUR EXPLOITANT", "CHEF ENTREPRISE + DE 10 SALAR.", "PROFESSEUR, PROF.SCIENTIFIQUE",
                  "OUVRIER QUAL MANUT/MAGAS/TRANS", "CHOMEUR N'AYANT JAMAIS TRAVAIL", "NON RENSEIGNE (INCONNU, …)"]
    for words in ["Fiche préparatoire à l'inscription", "Catégorie socioprofessionnelle du père", *categories,
                  "Académie d'obtention", "Forme de passage"]:
        assert squeeze(words) in text, words
    fiche = next(f for f in nantes.session.forms if f.id == "fiche_preparatoire")
    listed = next(p for p in fiche.parts if p.kind == "list")
    assert len(listed.choices) == 49
    # Each on one line (« RETRAITE ARTISAN, COMMERC, CHEF ED » wrapped in print).
    lines = _pdf_lines(opened(frozen_site / form_pdf_path(nantes, "fiche_preparatoire")))
    for words in listed.choices:
        assert any(squeeze(words) in line for line in lines), f"« {words} » not on one line"
    # In the source's four columns (12, 14, 14 and 9 categories), each a list of the page.
    page = pages.form_pages(nantes)[form_path(nantes, "fiche_preparatoire")]
    block = re.search(r'<div class="bts-form-list-columns">(.*?)</div>', page, re.S).group(1)
    columns = [re.findall(r"<li>([^<]*)</li>", ul) for ul in block.split("</ul>")[:-1]]
    assert [len(c) for c in columns] == [12, 14, 14, 9]
    assert [c[0] for c in columns] == ["AGRICULTEUR EXPLOITANT", "INGENIEUR, CADRE TEC.ENTREPRISE", "OUVRIER QUALIFIE INDUSTRIE", "RETRAITE EMPLOYE"]


def test_nantes_fiche_lines_are_the_sources(frozen_site, frozen_notices, opened):
    """The fiche's lines as the source (seed 002) writes them: « BTS déjà présenté » and its « Si oui » on one
    line, the words in brackets under « Numéro INE » and « Situation à l'inscription » on their own; printed
    on one page with room to spare at its foot."""
    nantes = _frozen(frozen_notices, "nantes", 2026)
    data = opened(frozen_site / form_pdf_path(nantes, "fiche_preparatoire"))
    lines = _pdf_lines(data, halves=True)  # (printed in two columns: a line of its column)
    assert squeeze("BTS déjà présenté : Oui Non Si oui, préciser l'année :") in lines
    for field, below in (("Numéro INE :", "(candidat en formation au BTS dans un établissement public ou privé sous contrat)"),
                         ("Situation à l'inscription (formation continue uniquement) :", "(contrat de professionnalisation, congé individuel de formation, autres)")):
        at = len(lines) - 1 - lines[::-1].index(squeeze(field))  # (in its column's lines, after the page's)
        assert "".join(lines[at + 1:at + 3]).startswith(squeeze(below)), field
    assert squeeze("BÉNÉFICES D'ÉPREUVE (candidat présentant la même spécialité) :") in lines
    with _document(data) as pdf:
        page = pdf.pages[0]
        _, lowest = _body_and_foot(page)  # (the form's lowest words: its version line, in the margin, aside)
        assert len(pdf.pages) == 1 and lowest <= page.height - PAGE_MARGIN_BOTTOM - ROOM, f"{(page.height - PAGE_MARGIN_BOTTOM - lowest) * 25.4 / 72:.1f} mm"


def test_nantes_training_attestation_ticks_the_route(frozen_site, frozen_notices, opened):
    nantes = _frozen(frozen_notices, "nantes", 2026)
    data = opened(frozen_site / form_pdf_path(nantes, "attestation_formation"))
    count, text, _ = _pdf_text(data)
    assert count == 1
    for words in ("Attestation de formation au BTS", "N° UAI", "a bénéficié d'une décision de positionnement",
                  "Signature + cachet du chef d'établissement"):
        assert squeeze(words) in squeeze(text), words
    # (The PDF's text runs across the three columns line by line: a column's words are read in its own text.)
    apprenticeship = _column_texts(data, ("scolaire", "formation", "apprentissage"))[2]
    for words in ("Durée de la formation", "1350 h", "675 h", "prorata temporis", "Redoublement"):
        assert squeeze(words) in apprenticeship, words
    page = pages.form_pages(nantes)[form_path(nantes, "attestation_formation")]
    assert sorted(re.findall(r'data-answer="([a-z_]+)"', page)) == ["apprenti", "formation_continue", "scolaire"]
    # As the source: the three routes head three columns, boxes without a label; the positioning decision is
    # a box without a label after them; no label of the guide's own.
    for words in ("Voie de formation", "Positionnement"):
        assert words not in page and squeeze(words) not in squeeze(text), words
    side = re.search(r'<div class="bts-form-side">\n(.*?)\n</div>\n</div>\n</div>\n', page, re.S).group(1)  # (a field's, its column's, the columns')
    columns = side.split('<div class="bts-form-column">')[1:]
    box = r'<div class="bts-form-field bts-form-choices bts-form-boxes"{}>\n<span class="bts-form-options">\n<span class="bts-form-choice"{}><span class="bts-form-box" aria-hidden="true"></span> {}</span>'
    heads = [re.search(box.format(' data-prefill="route"', ' data-answer="([a-z_]+)"', "([^<]+)"), c) for c in columns]
    assert [(m.group(1), m.group(2)) for m in heads if m] == [("scolaire", "scolaire"), ("formation_continue", "formation continue"), ("apprenti", "apprentissage")]
    # « DONT le nombre de semaines de stage exigées par le référentiel », last in the scolaire column, has a blank to
    # write that number in, after its words (no colon: the source has none).
    assert columns[0].rstrip().endswith('<span class="bts-form-label">DONT le nombre de semaines de stage exigées par le référentiel</span>'
                                        '<span class="bts-form-fill"></span>\n</div>\n</div>')  # (its field's end, its column's)
    assert squeeze("DONT le nombre de semaines de stage exigées par le référentiel") in _column_texts(data, ("scolaire", "formation", "apprentissage"))[0]
    assert "Dates de la 1ère année de formation" in columns[0] and "Contrat de professionnalisation" in columns[1] and "1350\u00a0h" in columns[2]  # (a number and its unit on one line)
    # « Aucune durée de formation en établissement n'est exigée » has its box, as in the source, under « formation continue ».
    assert re.search(box.format("", "", "Aucune durée de formation en établissement n’est exigée"), columns[1])
    assert re.search(box.format("", "", "a bénéficié d’une décision de positionnement"), page.split(side)[1])
    data = json.loads(re.search(r'<script type="application/json" id="bts-form-data">(.*?)</script>', page).group(1))
    assert data["academy"] == "Nantes" and data["year"] == 2026 and set(data["routes"]) == {"scolaire", "apprenti", "formation_continue"}
    assert checklist_page._forms(nantes)["attestation_formation"]["url"] == "../formulaires/attestation_formation/"


# ---------------------------------------------------------------- escaping


PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)> & [lien](javascript:alert(1)) {{ 7*191 }}'


def test_a_payload_in_a_form_stays_text(frozen_notices):
    toulouse = _frozen(frozen_notices, "toulouse", 2024)
    form = next(f for f in toulouse.session.forms if f.id == "refus_benefices")
    parts = (
        FormPart(field=PAYLOAD, prefill="specialty"),
        FormPart(heading=PAYLOAD),
        FormPart(paragraph=PAYLOAD, strong=True),
        FormPart(field=PAYLOAD, kind="choices", choices=(PAYLOAD, "b")),
        FormPart(field=PAYLOAD, kind="table", columns=(PAYLOAD,), rows=1),
        FormPart(field=f"{PAYLOAD} ___ {PAYLOAD}", prefill="route", answers={"scolaire": PAYLOAD}),
        FormPart(side_by_side=((FormPart(boxes=(PAYLOAD,), prefill="route", answers={"scolaire": PAYLOAD}),), (FormPart(heading=PAYLOAD),))),
    )
    hostile = dataclasses.replace(form, title=PAYLOAD, parts=parts)
    session = dataclasses.replace(toulouse.session, forms=(hostile,))
    notice = dataclasses.replace(toulouse, session=session)
    page = pages.form_pages(notice, pdf=True)[form_path(notice, "refus_benefices")]
    assert "<script>alert" not in page and "<img" not in page and "onerror=alert(1)>" not in page
    assert page.count("&lt;script&gt;alert") >= 11
    assert re.search(r'data-answer-scolaire="&lt;script&gt;alert\(&quot;x&quot;\)&lt;/script&gt;', page)
    assert "1337" not in page and "{{ 7*191 }}" in page  # Jinja's syntax in a value is text, not evaluated
    form_html = pages.form_prints([notice])[form_pdf_path(notice, "refus_benefices")].html
    assert "<script>alert" not in form_html and "&lt;img src=x" in form_html


def test_nantes_fiche_leaves_room_for_the_units_and_the_year(real_site, real_notices, opened):
    """REVIEW19 (Forms): « Dispense(s)… Unité(s) dispensée(s) » has the writing lines the source leaves room for
    (lines:), across its column under its label; « Si oui, préciser l'année » has its blank on its row, beside it;
    the fiche still on one A4 page (the tests above)."""
    nantes = _frozen(real_notices, "nantes", 2026)
    fiche = next(f for f in nantes.session.forms if f.id == "fiche_preparatoire")
    [units] = [p for _, p in fiche.all_parts() if (p.field or "").startswith("Dispense(s)")]
    assert units.lines >= 2
    with _document(opened(real_site / form_pdf_path(nantes, "fiche_preparatoire"))) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        frames = [r for r in page.rects if r["height"] * 25.4 / 72 > 5]  # the blanks (form.css: a frame each)
        label = next(w for w in words if w["text"] == "dispensée(s)")
        below = [f for f in frames if label["bottom"] < f["top"] + f["height"] / 2 < label["bottom"] + units.lines * 8 * 72 / 25.4 + 10
                 and abs(f["x0"] - label["x0"]) < 20 * 72 / 25.4]
        assert len({round(f["top"]) for f in below}) == units.lines, below  # (a frame and its inner edge: one blank)
        year = next(w for w in words if w["text"] == "l’année")
        beside = [f for f in frames if f["x0"] > year["x1"] and abs(f["bottom"] - year["bottom"]) < 3 * 72 / 25.4]
        assert beside, "the year's blank is not on its row"


def test_a_label_s_colon_follows_a_no_break_space(frozen_notices):
    """French typography in the forms as in the pages: « NOM DE L'ÉTABLISSEMENT : », never a plain space before
    the colon the form adds after a label (it could start a line of its own)."""
    checked = 0
    for notice in frozen_notices:
        for page in pages.form_pages(notice).values():
            assert not re.search(r" :</span>", page), notice.slug
            checked += len(re.findall("\u00a0:</span>", page))
    assert checked > 10


@pytest.mark.parametrize("which", ["real", "frozen"])
def test_a_form_page_carries_the_version_line_of_the_pdfs_for_its_print(which, real_notices, frozen_notices):
    """review67 L11: a form's page printed from the browser said no version, while the form PDFs do (82c966ae). Each
    form's page of a build carries, hidden on the screen, the line its print says in its bottom margin (form.js,
    print.css; test_forms_browser prints it): the PDFs' words (pdf.checked, or pdf.checked_not_given, then pdf.page with
    the page's own address when mkdocs.yml gives site_url), the PDF's day aside (the page is no PDF of the guide's).
    Without site_url, no address; outside a build (no day), no line; never in the form's HTML its PDF prints (its own
    line is there)."""
    from generator.french import typography

    seen = 0
    for notice in real_notices if which == "real" else frozen_notices:
        t, words = notice.texts, version_words(notice)
        with_url = pages.form_pages(notice, today=FIXED_TODAY, site_url="https://guide.example.fr/bts/")
        without = pages.form_pages(notice, today=FIXED_TODAY)
        outside = pages.form_pages(notice)
        prints = pages.notice_form_prints(notice, FIXED_TODAY)
        for form in forms_with_pages(notice):
            seen += 1
            path = form_path(notice, form.id)
            url = f"https://guide.example.fr/bts/{notice.slug}/{notice.year}/formulaires/{form.id}/"
            lines = re.findall(r'<p class="bts-form-version" id="bts-form-version" hidden>([^<]*)</p>', with_url[path])
            assert [html.unescape(line) for line in lines] == [f"{words} — {typography(t.text('pdf.page', url=url))}"], lines
            lines = re.findall(r'<p class="bts-form-version" id="bts-form-version" hidden>([^<]*)</p>', without[path])
            assert [html.unescape(line) for line in lines] == [words], lines
            assert "bts-form-version" not in outside[path]
            assert "bts-form-version" not in prints[form_pdf_path(notice, form.id)].html
    assert seen
