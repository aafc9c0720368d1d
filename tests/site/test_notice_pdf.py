"""The notices' PDFs (generator/pdf): made by the build, valid, readable as text, nothing fetched.

Properties of any valid data run on the real and the frozen site (every notice has its PDF, it opens,
every page but the first and the forms' has the academy and session at the top, every page its
number at the bottom, the dates table is on the first page, the notice's key facts and every document
title are in its text, web links print their address, no link leads to a file of the site; the notice
speaks in its own words up to the guide's annex, its forms come after it, each on its own page, then
the annex with the guide's readings of its dates); the page counts and specific words are the frozen
project's. Text is compared without spaces and hyphens (the PDF breaks lines and hyphenates
words; the page uses no-break spaces).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import re
import shutil
import unicodedata
from functools import cache
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from generator import emphasis
from generator.french import typography
from generator.pdf import MarkdownSettings, PdfError, notice_html, notice_pdf
from generator.pdf.notice import body_html
from generator.model.values import given
from generator.site import pages
from generator.site.dates import date_words
from generator.site.document_view import beside_its_item
from generator.site.notice_view import notice_view
from generator.site.paths import pdf_filename
from generator.site.text import address_words, md_block, md_outline
from generator.site.words import deadline_moment, office_reach, guide_day, guide_note, guide_hour, guide_midnight, session_over, row_names_item, said_in, same_words, specialty_as_written
from generator.site.text import step_title
from generator.model.academy import Office
from project_support import FIXED_TODAY, notices_of, unwrapped

MM = 72 / 25.4  # PDF points in a millimetre
TOP_MARGIN = 22 * MM  # generator/pdf/notice.css: @page margin
BOTTOM_MARGIN = 20 * MM

# The frozen notices' PDFs: page counts of the layout as reviewed (a layout change that doubles or
# halves them should be looked at, then these ranges updated).
FROZEN_PAGES = {
    ("aix-marseille", 2023): (6, 12),
    ("clermont-ferrand", 2024): (8, 14),
    ("nantes", 2024): (5, 11),
    ("nantes", 2026): (10, 17),
    ("toulouse", 2024): (11, 19),
}


def squeeze(text: str) -> str:
    """Text as compared: French typography, compatibility forms (ligatures), no spaces or hyphens, a number kept whole
    by its span (« n° <span class="bts-nowrap">97-1019</span> »: text.py) as its words."""
    text = unicodedata.normalize("NFKC", typography(unwrapped(text))).replace("’", "'")
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", text)


def _page_text(page, cut: list | None = None) -> tuple[str, list | None, str]:
    """A page's text, then the text of each table cell (the lines of the cells of a row are interleaved in
    the page's text; pdfplumber finds the cells by their borders), and the cells of a row cut at its foot. A long row
    cut at a page's foot (notice.css, tr.bts-long-row) has no border there: its cells closed by a line where their
    borders end, and each cell's words also given whole, the end of the row's cells (``cut``, the page before's) joined
    to their continuation under the column names again. Last, the page's text alone (pdfplumber's ``extract_text``)."""
    foot = max((edge["bottom"] for edge in page.edges if edge["orientation"] == "v"), default=None)
    found = page.find_tables({"explicit_horizontal_lines": [foot]} if foot is not None else {})
    tables = [table.extract() for table in found]
    cells = [cell for table in tables for row in table for cell in row if cell]
    if cut and tables and len(tables[0]) > 1 and found[0].bbox[1] < HEADER_BOTTOM + 10 * MM and len(tables[0][1]) == len(cut):
        cells += [f"{before or ''} {after or ''}" for before, after in zip(cut, tables[0][1])]
    closed = any(edge["orientation"] == "h" and abs(edge["top"] - foot) < 1 for edge in page.edges) if foot is not None else True
    plain = page.extract_text() or ""
    return "\n".join([plain, *cells]), (None if closed or not tables else tables[-1][-1]), plain


def _read(path: Path) -> tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Pages, each page's text (``_page_text``), its top margin's text, its bottom margin's text, the link targets (URIs)."""
    return _parsed(path)[:5]


def _inked(path: Path) -> tuple[tuple[float, float, float, float, float, float], ...]:
    """Each page's words' extent: (top, bottom, left, right) of its words (pdfplumber's ``extract_words``), and the
    page's width and height, in points; None for a page without words."""
    return _parsed(path)[5]


@cache
def _parsed(path: Path) -> tuple:
    """``_read``'s, ``_inked``'s, ``_created``'s, ``_openers``', ``_body_letters``', ``_last_lines``', ``_plain_texts``' and
    ``_font_words``', from one reading of the PDF (reading its pages is most of the cost, some 2 s of processor a notice's
    PDF: reading them again for the words' extents cost the margins test some 8 s; the bold, the asterisk, the repeated
    row and the bold lead tests read real Aix-Marseille 2023's and frozen Clermont-Ferrand 2024's again, speedpdf64);
    and ``_outside_dates_table``'s page 1, from the same reading (it opened each PDF again for its first page: some
    0.35 s of processor a notice's PDF, speed76b)."""
    texts, tops, bottoms, inked, openers, letters, filled, lasts, plains, fonts = [], [], [], [], [], [], [], [], [], []
    first_tables = ()
    cut = None
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if page.page_number == 1:
                first_tables = _first_page_tables(page)
            text, cut, plain = _page_text(page, cut)
            texts.append(text)
            plains.append(plain)
            lines = page.extract_text_lines()
            openers.append(_first_line(page, lines))
            lasts.append(_last_line(page, lines))
            own = [c for c in page.chars if c["text"].strip() and c["top"] > HEADER_BOTTOM and c["bottom"] < page.height - FOOTER_HEIGHT]
            letters.append(len(own))
            filled.append(max((c["bottom"] for c in own), default=HEADER_BOTTOM) - HEADER_BOTTOM)
            tops.append(page.crop((0, 0, page.width, TOP_MARGIN)).extract_text() or "")
            bottoms.append(page.crop((0, page.height - BOTTOM_MARGIN, page.width, page.height)).extract_text() or "")
            # (words split where their type changes too: each word's box is its letters', so their extent is the page's
            # words' whatever the split)
            words = page.extract_words(extra_attrs=["fontname", "size"])
            fonts.append(tuple((w["text"], w["fontname"], w["size"]) for w in words))
            inked.append((min(w["top"] for w in words), max(w["bottom"] for w in words), min(w["x0"] for w in words),
                           max(w["x1"] for w in words), page.width, page.height) if words else None)
    reader = pypdf.PdfReader(path)
    created = str((reader.metadata or {}).get("/CreationDate", ""))
    uris = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    return (len(reader.pages), tuple(texts), tuple(tops), tuple(bottoms), tuple(uris), tuple(inked), created, tuple(openers), tuple(letters),
            tuple(filled), tuple(lasts), tuple(plains), tuple(fonts), first_tables)


def _first_page_tables(page) -> tuple[tuple[str, str], ...]:
    """Each table of page 1 (pdfplumber's ``find_tables``, its own settings) whose first row has a cell: its first cell
    (``squeeze``d) and what ``_outside_dates_table`` gives when it is the dates table (the page's text outside it, then
    its cells but its first column's)."""
    found = []
    for table in page.find_tables():
        rows = table.extract()
        if rows and rows[0]:
            cells = [cell for row in rows for cell in row[1:] if cell]
            found.append((squeeze(rows[0][0] or ""), "\n".join([page.outside_bbox(table.bbox).extract_text() or "", *cells])))
    return tuple(found)


def _created(path: Path) -> str:
    """The PDF's creation date, as its metadata write it (« D:20251001 »; "" when absent)."""
    return _parsed(path)[6]


def _openers(path: Path) -> tuple[tuple[str, bool] | None, ...]:
    """Each page's first line below the running header: its text and whether it is set in italics (None: no line)."""
    return _parsed(path)[7]


def _body_letters(path: Path) -> tuple[int, ...]:
    """Each page's number of printed characters (spaces aside) below the running header and above the footer: its own text."""
    return _parsed(path)[8]


def _plain_texts(path: Path) -> tuple[str, ...]:
    """Each page's text as pdfplumber's ``extract_text`` reads it (without ``_page_text``'s cells)."""
    return _parsed(path)[11]


def _font_words(path: Path) -> list[dict]:
    """The words of every page, in order, split where their type changes (pdfplumber's ``extract_words`` with
    ``extra_attrs=["fontname", "size"]``): each its ``text``, ``fontname`` and ``size``."""
    return [{"text": text, "fontname": font, "size": size} for page in _parsed(path)[12] for text, font, size in page]


def _last_lines(path: Path) -> tuple[str | None, ...]:
    """Each page's last line above the footer (``_last_line``)."""
    return _parsed(path)[10]


def _outside_dates_table(path: Path, date_column: str) -> str:
    """Page 1's text outside its « Dates à retenir » table (the table whose first column is headed ``date_column``),
    then that table's cells but its dates': the guide's date column says « heure non précisée par la notice » as the
    web page (pdfdates70), and its lines are interleaved with the other columns' in the page's text. The whole page's
    text when no such table is found (then the guide's words in its dates fail the check that reads this). (From
    ``_parsed``'s one reading of the PDF: ``_first_page_tables``.)"""
    head = squeeze(date_column)
    return next((outside for first, outside in _parsed(path)[13] if first == head), _plain_texts(path)[0])


def _filled(path: Path) -> tuple[float, ...]:
    """How far down each page its own text goes (below the running header, above the footer), in points from the
    running header's line: a full page's is some 750."""
    return _parsed(path)[9]


FOOTER_HEIGHT = 16 * MM  # the bottom margin (generator/pdf/notice.css: @page), the footer's: above it, the page's last line
HEADER_BOTTOM = 16 * MM  # below the running header (its border: some 12 mm from the top), above the page's first line (18 mm)
# A source line (« Règle nationale — … », « Notice de l'académie — … »: the site's templates, class bts-source), as
# a line in italics that begins with these words reads.
SOURCE_STARTS = ("Règle nationale — ", "Notice de l'académie")


def _first_line(page, lines: list | None = None) -> tuple[str, bool] | None:
    """A page's first line below the running header (pdfplumber's ``extract_text_lines``: ``lines`` when already read),
    and whether its letters are all in italics."""
    lines = [line for line in (page.extract_text_lines() if lines is None else lines) if line["top"] > HEADER_BOTTOM]
    if not lines:
        return None
    letters = [c for c in lines[0]["chars"] if c["text"].strip()]
    return lines[0]["text"], bool(letters) and all(("Oblique" in c["fontname"] or "Italic" in c["fontname"]) for c in letters)


def _opens_with_a_source(opener: tuple[str, bool] | None) -> bool:
    """Whether a page's first line (``_first_line``) is a source line's first."""
    return opener is not None and opener[1] and typography(opener[0]).replace("’", "'").startswith(tuple(typography(s).replace("’", "'") for s in SOURCE_STARTS))


def _pdf(site: Path, notice) -> Path:
    path = site / pages.pdf_path(notice)
    assert path.is_file(), f"{pages.pdf_path(notice)} absent du site"
    return path


def _guide_words(t) -> dict[str, str]:
    """What only the guide says, in the words of content/interface.yaml: never in the notice's part of its PDF."""
    return {
        "heure non précisée": squeeze(t.text("moments.deadline_day", day="")).removeprefix(squeeze(t.text("moments.deadline_day_as_written", day=""))),
        "date non précisée": squeeze(t.text("moments.not_given")),
        "mots de la notice": squeeze(t.text("dates.words", words="")).removesuffix("«»"),
        "règle nationale": squeeze(t.text("provenance.national", texts="")),
        "source": squeeze(t.text("provenance.notice", section="")),
        "pièces nationales": squeeze(t.text("documents.national_group")),
        "pièces nationales, sans liste": squeeze(t.text("documents.national_group_no_list")),
        "comment vous inscrire": squeeze(t.text("who.col_how")),
        "points de vigilance": squeeze(t.text("topics.title")),
    }


def _printed_as(notice, doc) -> str:
    """The words by which the notice's PDF names a document of its list: the row's words when the notice gives it
    in a row of its own words (alone, or as one of the alternatives those words name), its details when they name
    it (« Les candidats n'ayant pas obtenu l'épreuve … doivent fournir la ou les attestation(s) … »), its label."""
    if doc.row_as_written:
        alone = sum(d.row_as_written == doc.row_as_written and d.group == doc.group for d in notice.documents) == 1
        if alone or row_names_item(doc.row_as_written, doc.label):
            return doc.row_as_written
    if doc.detail and doc.detail_listed and squeeze(doc.label).casefold() in squeeze(doc.detail).casefold():
        return doc.detail
    return doc.label


def check_notice_pdfs(site: Path, notices: list) -> None:
    """The properties of every notice's PDF (any valid data)."""
    assert notices
    for notice in notices:
        where = pages.pdf_path(notice)
        count, texts, tops, bottoms, uris = _read(_pdf(site, notice))
        assert count >= 1, where
        view = notice_view(notice, FIXED_TODAY)  # the web page: every document is in the PDF too (notice or annex)
        own = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)  # the PDF's own words
        t = notice.texts
        whole = squeeze(" ".join(texts))
        squeezed = [squeeze(text) for text in texts]
        forms = [f.title for f in notice.section("forms") or () if f.parts]
        form_pages = [i for i, text in enumerate(squeezed) if any(text.startswith(squeeze(title)) for title in forms)]
        annex_title = squeeze(t.text("annex.title"))
        annex_pages = [i for i, text in enumerate(squeezed) if annex_title in text]
        # The running header names the academy and the session on every page but the first (the notice's
        # title is there) and the forms' (their own title); the footer numbers every page.
        assert squeeze(view.header.title) in squeezed[0], where
        for number, (top, bottom) in enumerate(zip(tops, bottoms), start=1):
            if number > 1 and number - 1 not in form_pages:
                assert squeeze(view.header.title) in squeeze(top), f"{where} p. {number} : en-tête « {top} »"
            assert squeeze(f"{number} / {count}") in squeeze(bottom), f"{where} p. {number} : pied « {bottom} »"
        # Which version the PDF is, on every page (a review, phone48 M5: a copy kept or printed did not say when it was
        # made; read54 L7: a form's page, the one a candidate prints and signs alone, did not either): the build's day,
        # and the day the session file was checked on the notice (or that it is not given); the build's day is the PDF's
        # creation date too.
        made = squeeze(t.text("pdf.made", date=date_words(FIXED_TODAY)))
        checked = notice.session.session.checked
        checked = squeeze(t.text("pdf.checked", date=date_words(checked)) if checked else t.text("pdf.checked_not_given"))
        for number, bottom in enumerate(bottoms, start=1):
            assert made in squeeze(bottom) and checked in squeeze(bottom), f"{where} p. {number} : pied « {bottom} »"
        assert _created(_pdf(site, notice)) == f"D:{FIXED_TODAY:%Y%m%d}", where
        # Which text prevails: the guide says it on the pages of its annex, not on the notice's (an academy
        # posts them as its own).
        prevails = squeeze(t.text("footer.prevails"))
        for number, bottom in enumerate(bottoms):
            in_annex = bool(annex_pages) and number >= annex_pages[0]
            assert (prevails in squeeze(bottom)) == in_annex, f"{where} p. {number + 1} : pied « {bottom} »"
        # The dates table on the first page, with the registration closing as the notice gives it; the table is the
        # guide's, and says so above it (a review, read48 L15: among the notice's pages, it read as the notice's).
        first = squeezed[0]
        assert squeeze(t.text("dates.title")) in first, where
        assert squeeze(t.text("dates.guide_table")) in first, where
        assert first.index(squeeze(t.text("dates.guide_table"))) < first.index(squeeze(t.text("dates.col_what"))), where
        if own.header.closing:
            assert squeeze(t.text("common.closing_event")) in first and squeeze(own.header.closing) in first, where
        # A session past on the build's day says so on the first page, above the dates, in the web page's words and
        # naming that day (a review, read50 L2: the page, the calendar's link and the command line said it, the PDF not).
        past = squeeze(t.text("common.past_text_printed", date=date_words(FIXED_TODAY)))
        if session_over(notice, FIXED_TODAY):
            assert squeeze(t.text("common.past_title")) in first and past in first, where
            assert first.index(past) < first.index(squeeze(t.text("dates.title"))), where
        else:
            assert past not in whole, where
        # The key facts and every document title.
        facts = [notice.academy.name, *(x for x in (own.header.opening, own.header.closing) if x)]
        facts += [view.header.session_title] if view.header.session_title else []
        # (a notice whose documents are web_only asks for them in its own words, elsewhere: the national ones
        # it does not mention are in the annex)
        web_only = "documents" in notice.session.session.web_only
        # (an item asked for in the notice's text, not its list, is printed where the notice asks for it)
        silent = {doc.id for doc in notice.documents if doc.notice_silent}
        listed = {doc.id for doc in notice.documents if doc.listed}
        printed = {doc.id: _printed_as(notice, doc) for doc in notice.documents}
        facts += [printed[row.id] for group in view.documents for row in group.rows if row.id in silent or (not web_only and row.id in listed)]
        missing = [fact for fact in facts if squeeze(emphasis.plain(fact)) not in whole]  # (its bold aside)
        assert not missing, f"{where} : absent du texte du PDF : {missing}"
        # A word in capitals (« CYCLADES », an acronym, the notice's words in capitals) is never hyphenated.
        cut = [f"{a}\u2010{b}" for text in texts for a, b in re.findall(r"(\w+)\u2010\n(\w+)", text) if (a + b).isupper()]
        assert not cut, f"{where} : mots en capitales coupés en fin de ligne : {cut}"
        # A statement's source line is on the page of its statement's last lines, never the first line of the next (a
        # review, phone51 L8: Toulouse 2024's compensation rule on page 12, « Règle nationale — article D643-23 … »
        # opening page 13).
        opening = [number for number, opener in enumerate(_openers(_pdf(site, notice)), start=1) if _opens_with_a_source(opener)]
        assert not opening, f"{where} : ligne de source en tête des pages {opening}"
        # No sheet printed for a few lines (a review, phone53 M1: Nantes 2026's page 7 held only the end of the notice's
        # contacts, two phone numbers and the e-mail line, before the page break ahead of the forms): every page but a
        # form's and the last has at least 150 characters of its own (some 300 with the running header, the footer and
        # the spaces, as pdftotext counts them; a full page has some 2,000).
        letters = _body_letters(_pdf(site, notice))
        sparse = [(number, n) for number, n in enumerate(letters, start=1) if number - 1 not in form_pages and number < count and n < 150]
        assert not sparse, f"{where} : pages presque vides (page, caractères) : {sparse}"
        # Links a reader of paper can use: web addresses printed, e-mail addresses as words; nothing else.
        assert all(re.match(r"(https?|mailto|tel):", uri) for uri in uris), f"{where} : {uris}"
        for uri in uris:
            if uri.startswith(("http:", "https:")):
                # (as a person types it, at least: a link whose words are its address says it without its scheme,
                # fixaddr59, text.address_words; after other words, print's « (https://…) » holds it too)
                assert squeeze(address_words(uri)) in whole, f"{where} : l'adresse {uri} n'est pas imprimée"
            elif uri.startswith("mailto:"):
                assert squeeze(uri.removeprefix("mailto:")) in whole, where
        # No link to the site's own files (they are not on paper), not the PDF itself.
        assert squeeze(t.text("header.pdf")) not in whole and squeeze(t.text("header.calendar")) not in whole, where
        # The notice, then its forms (each on one page of its own), then the guide's annex, if any.
        assert len(form_pages) == len(forms), f"{where} : formulaires {forms}, pages {form_pages}"
        assert len(annex_pages) <= 1, where
        end_of_notice = min(form_pages + annex_pages, default=count)
        assert form_pages == list(range(end_of_notice, end_of_notice + len(forms))), f"{where} : {form_pages}"
        # Up to the annex, the notice's own words: nothing only the guide says.
        notice_part = "".join(squeezed[: annex_pages[0] if annex_pages else count])
        info = notice.session.session  # the notice's own headings may use words the guide uses too (« Modalités de passage »), its sommaire too
        contents = [info.contents_as_written.title, *(w for _, w in info.contents_as_written.lines())] if info.contents_as_written else []
        for heading in [*info.headings.values(), *(h for path in info.sections_as_written.values() for h in path), *contents]:
            notice_part = notice_part.replace(squeeze(heading), "")
        # (but the dates table is the guide's, its date column in the web page's words: « date non précisée par la
        # notice » of a date the notice does not give, as every other output, a review, read53 L3, Nantes 2026's « lors
        # de l'inscription à l'examen » there; « heure non précisée par la notice » of a day without its hour, pdfdates70:
        # the first page read without that column)
        own_words = "".join([squeeze(_outside_dates_table(_pdf(site, notice), t.text("dates.col_date"))), *squeezed[1:annex_pages[0] if annex_pages else count]])
        for heading in [*info.headings.values(), *(h for path in info.sections_as_written.values() for h in path), *contents]:
            own_words = own_words.replace(squeeze(heading), "")
        said = [name for name, words in _guide_words(t).items() if words and words in own_words]
        assert not said, f"{where} : avant l'annexe du guide : {said}"
        # The guide's readings of the notice's dates, its annex: each with the notice's words and the guide's note.
        annex = "".join(squeezed[annex_pages[0]:]) if annex_pages else ""
        for deadline in notice.deadlines:
            if deadline.note:
                assert squeeze(deadline.note) in annex, f"{where} : lecture de « {deadline.label} » absente de l'annexe"
            if deadline.as_written:
                # the date as the notice writes it: in its part, or its words for that date quoted beside the guide's
                # date in the dates table (« Précisions »; phone50 L1: Clermont-Ferrand 2024's CDAPH)
                assert squeeze(deadline.as_written) in notice_part or (deadline.words and squeeze(deadline.words) in notice_part), (
                    f"{where} : « {deadline.as_written} » absent de la notice"
                )
        # The dates table is the guide's (« Tableau établi par le guide »): its dates are the ones the guide retains, as
        # the web page, the checklist and the calendar give them — not the notice's words for them (a review, phone50 L1:
        # « avant le 21 novembre 2023 » beside the calendar's 20th, Toulouse 2024's « à la date limite d'inscription à
        # l'examen » without a day); a day or an hour the guide reads is marked as on the timeline and in the calendar,
        # and the row says where the annex gives the guide's reading.
        for deadline in notice.deadlines:
            row = next((r for r in own.dates.rows if r.label == deadline.label), None)
            if row is None:  # a date the notice does not give nor write: no row in the PDF
                assert not deadline.given and not deadline.as_written, f"{where} : {deadline.label}"
                continue
            assert squeeze(row.when) in notice_part, f"{where} : « {row.when} » absent du tableau des dates"
            if not deadline.given:  # as the page, the checklist and the annex say it, its words in « Précisions » (read53 L3)
                assert row.when == t.text("moments.not_given"), f"{where} : {deadline.label} : « {row.when} »"
                assert squeeze(deadline.words or deadline.as_written) in squeeze(row.notes), f"{where} : {deadline.label}"
            if deadline.given:
                assert squeeze(date_words(deadline.end)) in squeeze(row.when), f"{where} : {deadline.label} : « {row.when} »"
                marked = [key for key in ("dates.guide_day", "dates.guide_hour", "dates.guide_midnight") if squeeze(t.text(key, date="")) in squeeze(row.when)]
                assert marked == (["dates.guide_day"] if guide_day(deadline) else ["dates.guide_hour"] if guide_hour(deadline)
                                  else ["dates.guide_midnight"] if guide_midnight(deadline) else []), (
                    f"{where} : {deadline.label} : « {row.when} »"
                )
            assert row.reading == bool(deadline.note), f"{where} : {deadline.label}"
        # ... with the number of the annex's page that gives it (notice.css: target-counter)
        if any(d.note for d in notice.deadlines):
            title = squeeze(t.text("annex.dates_title"))
            page = next(i for i in range(annex_pages[0], count) if title in squeezed[i]) + 1
            pointer = squeeze(t.text("dates.reading_in_annex", title=t.text("annex.dates_title"), page=str(page)))
            assert notice_part.count(pointer) >= 1, f"{where} : « {pointer} » absent du tableau des dates"
        # What the web page adds to the notice's parts, the guide's words, is in the annex too, as the page gives it (a
        # review, read46 M2): the notice's passages that contradict each other with the guide's advice, each passage
        # named by its place in the notice; the warnings the session file places in a part of the page, with their source.
        for c in view.who.contradictions:
            said = _advice_of_the_day(c)  # (the PDF is printed on the day the page's view is made: FIXED_TODAY)
            assert squeeze(emphasis.plain(said)) in annex, f"{where} : conseil « {c.about} » absent de l'annexe"
            assert squeeze(emphasis.plain(said)) not in notice_part, where
            assert all(squeeze(section) in annex for section, _ in c.passages), where
        for warning in (*view.documents_warnings, *view.adjustment_warnings):
            assert squeeze(emphasis.plain(warning.title)) in annex, f"{where} : avertissement « {warning.title} » absent de l'annexe"
            assert squeeze(warning.source) in annex, f"{where} : source de « {warning.title} » absente de l'annexe"
        # The guide's notes on its source (the web page's « Précisions sur la source »: the typos it corrected, the
        # lines it split…) are in the annex, the notice's pages being printed with them (a review, read48 L8).
        if notice.session.source_notes:
            assert squeeze(t.text("annex.sources_title")) in annex, where
        for note in notice.session.source_notes:
            for words in (note.about, note.words, note.note):
                assert squeeze(emphasis.plain(words)) in annex, f"{where} : précision « {note.about} » absente de l'annexe"
        # A contact the web page names with « Coordonnées : non précisées par la notice » is in the annex's « Ce que la
        # notice ne précise pas » too (a review, read50 L6: Clermont-Ferrand's VAE service).
        for office in view.contacts.without_details:
            assert squeeze(t.text("annex.no_contact_details", name=office.name)) in annex, f"{where} : coordonnées de « {office.name} »"


def _advice_of_the_day(c) -> str:
    """A contradiction's advice as a PDF printed on its view's day gives it: ``advice_after_closing`` from the closing
    on, when the session file writes one (read56 L6), else ``advice``."""
    return c.advice_after_closing if c.advice_after_closing and c.closing is not None and c.closing.now else c.advice


def test_every_real_notice_has_its_pdf(real_site, real_notices):
    check_notice_pdfs(real_site, real_notices)


def test_a_contact_block_as_written_prints_its_list_on_one_line(texts):
    """print61 L3: Nantes 2026's « Contacts » as its notice writes them (eleven lines kept whole, five of them phone
    numbers in a list) did not fit under the end of page 6 and took page 7 alone, the rest blank, before the forms'
    page break. The block's list prints on one line, each item whole: the block is shorter by its list's lines. (A
    property of the layout, not of a notice's length: a test on the real PDFs' page fill would break on a correct data
    change of a few lines.)"""
    numbers = [f"02 40 37 38 1{i}" for i in range(5)]
    items = "".join(f"<li>{number}</li>" for number in numbers)
    page = f'# Titre\n\n<div class="bts-contact-as-written"><p>Bureau des examens</p><ul>{items}</ul></div>\n'
    pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = [line["text"] for line in document.pages[0].extract_text_lines()]
    holding = [line for line in lines if any(number in line for number in numbers)]
    assert len(holding) == 1 and all(number in holding[0] for number in numbers), lines


def test_a_heading_printed_with_the_notice_s_colon_is_in_the_outline_without_it(texts):
    """review73 L5: a heading printed as the notice's line ends with its « : » (« Bénéfice d'épreuve ou sous épreuve : »,
    Nantes 2026); the PDF's outline lists it without the colon (``_OutlineWords``), the page keeps it; a heading without
    one is listed as printed."""
    page = "# Titre\n\n## Bénéfice d'épreuve ou sous épreuve :\n\nTexte.\n\n## Dispenses d'épreuves\n\nTexte.\n"
    pdf = pypdf.PdfReader(io.BytesIO(notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")))

    def titles(outline) -> list[str]:
        return [t for item in outline for t in (titles(item) if isinstance(item, list) else [" ".join(item.title.split())])]

    listed = titles(pdf.outline)
    assert "Bénéfice d'épreuve ou sous épreuve" in listed and "Dispenses d'épreuves" in listed, listed
    assert not any(title.endswith(":") for title in listed), listed
    assert "Bénéfice d'épreuve ou sous épreuve :" in " ".join(pdf.pages[0].extract_text().split()), pdf.pages[0].extract_text()


def test_a_contact_block_as_written_prints_a_long_item_within_the_sheet(texts):
    """The one-line list of a contact block as written (print61 L3) keeps each item whole, not on one line whatever
    its length: a notice's block may list its postal address (« Par courrier : Rectorat …, 44326 Nantes cedex 3 »),
    which ran off the sheet, its end lost on paper (review84: white-space: nowrap on each item, x1 803 pt on a sheet
    595 pt wide). A long item wraps within the text's width; a short one still stays whole."""
    address = ("Par courrier : Rectorat de l'académie de Nantes, Division des examens et concours, bureau DEC 4, "
               "4 rue de la Houssinière, BP 72616, 44326 Nantes cedex 3")
    page = ('# Titre\n\n<div class="bts-contact-as-written" markdown="1">\n\nBureau des examens :\n\n'
            f"- 02 40 37 38 18\n- {address}\n- 02 40 37 38 19\n\n</div>\n")
    pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first = document.pages[0]
        lines = first.extract_text_lines()
        right = max(c["x1"] for c in first.chars if c["text"].strip())
    assert right <= first.width - 14 * MM, (right, [line["text"] for line in lines])
    printed = squeeze(" ".join(line["text"] for line in lines))
    assert squeeze(address) in printed, printed
    assert any("02 40 37 38 18" in line["text"] for line in lines) and any("02 40 37 38 19" in line["text"] for line in lines), [line["text"] for line in lines]


def test_a_documents_table_s_widths_suit_its_words(texts, frozen_notices):
    """A list of documents with « Pour qui », « Date limite » or « Précisions » beside « Pièce » gives its columns the
    widths their words ask (a review, print61 L4: Nantes 2026's one row of « Pièces exigées par un texte national… »
    held 31 lines of « Précisions » in a column a quarter of the line wide, beside a « Pièce » of 40 % holding 5, and
    the row, which cannot split, left half a page blank before it); a list with a column per training route
    (bts-documents-routes) keeps 40 % for « Pièce »: their crosses need little room. A property of the layout, on a
    plain document (review84: the first form of this test read the real PDFs and asserted that a « Précisions » of
    more than twice the lines of « Pièce » is never the narrower column, which a correct row breaks, its « Précisions »
    a few short lines, « • cas 1 <br> • cas 2 … », beside a long « Pièce »: 10 lines, 59 pt wide, beside 3 lines,
    399 pt, the widths its words ask)."""
    piece = "Attestation de l'employeur précisant la nature et la durée de l'activité professionnelle exercée"
    details = " ".join(["Le candidat qui a exercé une activité professionnelle dans plusieurs entreprises fournit une "
                        "attestation de chacune d'elles, datée et signée, précisant les dates de début et de fin."] * 4)
    widths = {}
    for routes in (False, True):
        route_heads = "<th>Scolaire</th><th>Apprenti</th>" if routes else ""
        route_cells = "<td>X</td><td>X</td>" if routes else ""
        classes = "bts-table bts-documents bts-documents-columns" + (" bts-documents-routes" if routes else "")
        page = (f'# Titre\n\n<div class="{classes}"><table><thead><tr><th>Pièce</th>{route_heads}<th>Pour qui</th><th>Précisions</th>'
                f'</tr></thead><tbody><tr><td>{piece}</td>{route_cells}<td>Tous</td><td>{details}</td></tr></tbody></table></div>\n')
        pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            table = document.pages[0].find_tables()[0]
            first, last = table.rows[-1].cells[0], table.rows[-1].cells[-1]
            widths[routes] = (first[2] - first[0], last[2] - last[0], table.bbox[2] - table.bbox[0])
    piece_width, details_width, _ = widths[False]
    assert details_width > 1.5 * piece_width, widths  # (« Pièce » at 40 %: 199 pt beside 266)
    piece_width, _, whole = widths[True]
    assert abs(piece_width / whole - 0.4) < 0.03, widths
    # the template marks as such the lists with a column per training route, and those only (frozen Nantes 2026 has both)
    col_scolaire = texts.text("establishment.col_scolaire")
    seen = set()
    for notice in frozen_notices:
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)]
        for classes, table in re.findall(r'<div class="(bts-table bts-documents\b[^"]*)"(.*?)</table>', printed.markdown + printed.annex, re.S):
            routes = f'data-label="{col_scolaire}"' in table
            assert ("bts-documents-routes" in classes.split()) == routes, (notice.slug, classes)
            seen.add(routes)
    assert seen == {False, True}, seen


def test_a_long_row_starts_at_a_page_s_foot_and_ends_under_the_column_names_again(texts):
    """fixprint61: Nantes 2026's one-row table « Pièces exigées par un texte national… » (31 lines of « Précisions »)
    could not split: a third of page 10 was left blank before it. A long row (a cell of more than 600 characters,
    generator/pdf/notice.py _LongRows) starts under what precedes it and ends on the next page, the column names
    printed again above its end, at least four lines of its long cell on each side; a short row stays whole. A
    property of the layout, on a plain document."""
    sentences = [f"Phrase {i} des précisions, qui dit au candidat ce qu'il doit faire." for i in range(40)]
    assert len(" ".join(sentences[:8])) < 600 < len(" ".join(sentences))
    for cell, split, above in ((" ".join(sentences), True, 28), (" ".join(sentences[:8]), False, 35)):
        filler = "\n\n".join(f"Paragraphe {i} de la notice, qui remplit la page." for i in range(above))
        page = (f'# Titre\n\n{filler}\n\n<div class="bts-table bts-documents bts-documents-columns" markdown="1">\n\n'
                f"| Pièce | Pour qui | Date limite | Précisions |\n| --- | --- | --- | --- |\n"
                f"| Justificatif | Tous | 12 décembre | {cell} |\n\n</div>\n\n" + "\n\n".join(["Suite."] * (20 if split else 60)) + "\n")
        pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            printed = [[line["text"] for line in p.extract_text_lines()] for p in document.pages[:2]]
        if not split:
            # (the short row does not fit under the paragraphs here: whole on the next page, its column names with it)
            assert not any("Justificatif" in line for line in printed[0]) and any("Justificatif" in line for line in printed[1]), printed
            continue
        first = [line for line in printed[0] if "Phrase" in line or "Justificatif" in line]
        second = [line for line in printed[1] if "Phrase" in line]
        assert any("Justificatif" in line for line in first) and len(first) >= 4 and len(second) >= 4, printed
        heads = [i for i, line in enumerate(printed[1]) if "Pièce" in line and "Précisions" in line]
        assert heads and heads[0] < printed[1].index(second[0]), printed[1]


def _long_cell_lines(pdf: bytes) -> tuple[bool, int, int]:
    """For ``test_a_long_row_never_leaves_its_long_cell_empty_at_a_page_s_foot``'s document: whether the row starts
    on page 1 (its « Justificatif »), and the lines of its « Précisions » cell on page 1 and on page 2 (the words of
    that column under the row's top, or under the column names again, above the footer)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [[w for w in page.extract_words() if w["bottom"] < page.height - FOOTER_HEIGHT] for page in document.pages[:2]]
    first, second = pages[0], pages[1] if len(pages) > 1 else []
    column = min(w["x0"] for w in first + second if w["text"] == "Précisions") - 1
    row = [w["top"] for w in first if w["text"] == "Justificatif"]
    on_first = {round(w["top"]) for w in first if row and w["x0"] >= column and w["top"] >= row[0] - 1}
    heads = [w["bottom"] for w in second if w["text"] == "Précisions"]
    on_second = {round(w["top"]) for w in second if heads and w["x0"] >= column and w["top"] > heads[0]}
    return bool(row), len(on_first), len(on_second)


def test_a_long_row_never_leaves_its_long_cell_empty_at_a_page_s_foot(texts):
    """review88: with less room at a page's foot than four lines of its long cell, a long row (notice.css,
    tr.bts-long-row) left that cell empty there, its piece, « Pour qui » and date printed beside nothing, and all its
    « Précisions » on the next page under empty cells (the cell's orphans pushed its words on; the short cells' fitted).
    At every place the row may start (the paragraphs above it, one more each time), it starts with at least four lines
    of its long cell, or whole on the next page; and ends with at least four (its widows), whatever its length."""
    def printed(above: int, sentences: int) -> tuple[bool, int, int]:
        cell = " ".join(f"Phrase {i} des précisions, qui dit au candidat ce qu'il doit faire." for i in range(sentences))
        filler = "\n\n".join(f"Paragraphe {i} de la notice, qui remplit la page." for i in range(above))
        page = (f'# Titre\n\n{filler}\n\n<div class="bts-table bts-documents bts-documents-columns" markdown="1">\n\n'
                f"| Pièce | Pour qui | Date limite | Précisions |\n| --- | --- | --- | --- |\n"
                f"| Justificatif | Tous | 12 décembre | {cell} |\n\n</div>\n\nSuite.\n")
        return _long_cell_lines(notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf"))

    starts = {above: printed(above, 40) for above in range(30, 39)}  # the row's start: from 9 lines on page 1 to none
    assert any(row and first >= 4 for row, first, _ in starts.values()), starts
    assert any(not row for row, _, _ in starts.values()), starts
    for above, (row, first, second) in starts.items():
        assert (first >= 4 if row else first == 0) and second >= 4, (above, starts)
    ends = {sentences: printed(26, sentences) for sentences in range(20, 24)}  # its end: from none on page 2 to 4 and more
    assert any(second == 0 for _, _, second in ends.values()) and any(second for _, _, second in ends.values()), ends
    for sentences, (row, first, second) in ends.items():
        assert row and first >= 4 and (second == 0 or second >= 4), (sentences, ends)


def test_every_frozen_notice_has_its_pdf(frozen_site, frozen_notices):
    check_notice_pdfs(frozen_site, frozen_notices)


def test_frozen_pdfs_page_counts(frozen_site, frozen_notices):
    assert {(n.slug, n.year) for n in frozen_notices} == set(FROZEN_PAGES)
    for notice in frozen_notices:
        low, high = FROZEN_PAGES[(notice.slug, notice.year)]
        count = _read(_pdf(frozen_site, notice))[0]
        assert low <= count <= high, f"{pages.pdf_path(notice)} : {count} pages"


def test_frozen_nantes_2026_contact_card_fits_under_its_last_rules(frozen_site, frozen_notices):
    """pdf71: frozen Nantes 2026's contact card (kept whole: notice.css, .bts-contact-card), six lines one under the other,
    did not fit in the 66 mm left at the foot of page 6 and took page 7 alone before the forms. Its lines in two columns,
    it is on the page of the notice's last rule (« Absence à une épreuve »), whole: every number on that page."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    count, texts, _tops, _bottoms, _uris = _read(_pdf(frozen_site, nantes))
    at = [i for i, text in enumerate(texts) if squeeze("Bureau d'organisation des BTS") in squeeze(text)]
    assert len(at) == 1, at
    page = squeeze(texts[at[0]])
    assert squeeze("Sauf cas de force majeure dûment justifié") in page, texts[at[0]][:300]
    for number in ("02 40 37 38 18", "02 40 37 38 38", "02 40 37 38 26", "02 40 37 33 62", "02 40 37 32 67", "dec.bts@ac-nantes.fr"):
        assert squeeze(number) in page, number
    assert at[0] < count - 1


def test_toulouse_2024_pdf_says_what_the_notice_says(frozen_site, frozen_notices):
    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    _count, texts, tops, _bottoms, uris = _read(_pdf(frozen_site, toulouse))
    assert squeeze("Académie de Toulouse — BTS session 2024") in squeeze(tops[1])
    first = squeeze(texts[0])
    for words in ("Inscription au BTS sur l'application CYCLADES", "mercredi 15 novembre 2023 à 17 h 00", "mercredi 11 octobre 2023 à 14 h 00"):
        assert squeeze(words) in first, words
    whole = squeeze(" ".join(texts))
    # The notice's own links print their address; an e-mail address is its own words; the guide's link to
    # the CYCLADES portal (content/site.yaml, on every web page) is not the notice's: not in its PDF.
    # (printed as a person types it, without its scheme, as on the page: fixaddr59, text.address_words; the link whole)
    assert squeeze("Lien vers les référentiels BTS : enqdip.sup.adc.education.fr/bts/index.htm") in whole and "https://enqdip" not in whole
    assert "https://enqdip.sup.adc.education.fr/bts/index.htm" in uris
    assert "dec5@actoulouse.fr" in whole
    assert "cyclades.education.gouv.fr" not in whole and not any("cyclades.education.gouv.fr" in uri for uri in uris)


def test_toulouse_2024_pdf_prints_its_form_before_its_contacts(frozen_site, frozen_notices):
    """Toulouse 2024's sommaire: « Annexe 2 : formulaire refus de bénéfice de notes », then « Annexe 3 : coordonnées des
    gestionnaires par spécialité »: its PDF prints the form on its own page, then its contacts on the next, with the
    running header the form's page has not (a review, read52 L3: the contacts came first, the form after them). The
    frozen file has no ``layout``: the guide's order, forms before contacts, as the notice's."""
    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    _count, texts, tops, _bottoms, _uris = _read(_pdf(frozen_site, toulouse))
    # (the form's page: its title and its signature lines; the notice's list names the form too)
    form = [i for i, text in enumerate(texts) if all(squeeze(w) in squeeze(text) for w in ("Attestation de refus de bénéfices de notes", "Je soussigné(e)"))]
    assert len(form) == 1
    heading = toulouse.session.session.headings.get("contacts") or toulouse.texts.text("contacts.title")
    after = squeeze(texts[form[0] + 1])
    assert squeeze("Académie de Toulouse — BTS session 2024") in squeeze(tops[form[0] + 1])
    assert after.startswith(squeeze(tops[form[0] + 1]) + squeeze(heading)), texts[form[0] + 1][:200]


def test_a_notice_printing_no_form_is_not_cut_at_its_forms_place(real_notices):
    """Review58 M3: the print version marks its forms' place even when no form is printed (Clermont-Ferrand 2024,
    Aix-Marseille 2023, Nantes 2024), and the PDF cut there, its parts after the forms on a page of their own: half a
    page left blank for nothing. With no form printed, one body, the mark dropped. Real notices, a part written after
    the forms' place (none of theirs has one on paper today)."""
    from generator.pdf.notice import FORMS_HERE

    prints = pages.print_pages(real_notices, FIXED_TODAY)
    seen = 0
    for notice in real_notices:
        page = prints[pages.pdf_path(notice)]
        if page.forms:
            continue
        markdown = page.markdown.replace(FORMS_HERE, FORMS_HERE + "\n\n## Partie après les formulaires\n\nSes mots.\n")
        html = notice_html(markdown, page.title, notice.texts, SETTINGS, forms=page.forms)
        assert "pdf-after-forms" not in html and FORMS_HERE not in html, (notice.slug, notice.year)
        assert html.count('<main class="md-typeset">') == 1 and "Ses mots." in html.partition("</main>")[0], (notice.slug, notice.year)
        seen += 1
    assert seen


def test_forms_are_printed_where_the_notice_s_order_places_them(real_notices):
    """Every notice with a form printed in its PDF: the print version marks its forms' place once, in the notice's
    order (pdf_order: its ``layout``), and the PDF's HTML prints the forms there, the notice's parts after them in a
    body of their own (a review, read52 L3). Real notices."""
    from generator.pdf.notice import FORMS_HERE
    from generator.site.notice_view import pdf_order, pdf_topics

    prints = pages.print_pages(real_notices, FIXED_TODAY)
    seen = 0
    for notice in real_notices:
        page = prints[pages.pdf_path(notice)]
        assert page.markdown.count(FORMS_HERE) == 1, (notice.slug, notice.year)
        if not page.forms:
            continue
        own = dataclasses.replace(notice, voice="notice")
        order = pdf_order(own, pdf_topics(own))
        html = notice_html(page.markdown, page.title, notice.texts, SETTINGS, forms=page.forms)
        before, _, after = html.partition('<section class="pdf-form"')
        assert after and FORMS_HERE not in html, (notice.slug, notice.year)
        rest = after.rpartition("</section>")[2]
        headings = notice.session.session.headings
        # (the HTML's words, without its tags: a word in capitals is in a span of its own, _CapitalsWhole; places76:
        # Toulouse's « CONTACTS AU SEIN DU BUREAU DES EXAMENS POST-BAC », in the notice's capitals)
        words = lambda markup: squeeze(re.sub(r"<[^>]*>", "", markup))  # noqa: E731
        for name in order[order.index("forms") + 1:]:
            heading = headings.get(name)
            if heading and squeeze(typography(heading)) in words(html):
                # a part after the forms in the notice's order: after them, not before
                assert squeeze(typography(heading)) in words(rest) and squeeze(typography(heading)) not in words(before), (notice.slug, name)
                seen += 1
    assert seen  # (Toulouse 2024's contacts)


def test_a_date_a_national_rule_gives_is_in_the_pdf_s_annex_and_named_under_its_dates(real_notices):
    """A step a national rule dates, which the guide dates with the notice's closing (merge: closing_due: the engagement
    étudiant request of Aix-Marseille 2023, Clermont-Ferrand 2024, Nantes 2024): the web page, the checklist and the
    .ics give its date; the PDF's first table prints the notice's dates only, so it names the step under that table
    with the page of the annex's table « Les dates de la notice, lues par le guide », which gives its row: no words of
    the notice, the date the guide retains, the guide's note (a review, read52 L2). Real notices."""
    from generator.french import lower_first
    from generator.site.words import moment

    prints = pages.print_pages(real_notices, FIXED_TODAY)
    seen = 0
    for notice in real_notices:
        page = prints[pages.pdf_path(notice)]
        t = notice.texts
        markdown, annex = squeeze(page.markdown), squeeze(page.annex)
        pointer = squeeze(typography(t.text("dates.more_in_annex", labels="", count=len(notice.closing_dues), title="", page=""))).split(":")[0]
        assert (pointer in markdown) == bool(notice.closing_dues), (notice.slug, notice.year)
        for _, statement in notice.closing_dues:
            due = statement.closing_due
            assert squeeze(typography(lower_first(due.label))) in markdown, (notice.slug, notice.year, due.id)
            row = [squeeze(typography(x)) for x in (due.label, t.text("annex.no_words"), moment(notice, due.end, due.has_time), due.note)]
            table = annex.split(squeeze(t.text("annex.dates_title")))[2]  # (after the heading and the table's name)
            assert all(cell in table for cell in row), (notice.slug, notice.year, due.id)
            seen += 1
    assert seen


def test_the_notice_s_bold_is_printed_bold(frozen_site, frozen_notices):
    """A text's **words** (the notice's bold: generator/emphasis.py) are set in the bold font, without their
    markers; the words around them in the regular one."""
    clermont = next(n for n in frozen_notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    words = _font_words(_pdf(frozen_site, clermont))  # (the frozen PDFs as read once for every test of the file)
    text = " ".join(w["text"] for w in words)
    assert "**" not in text
    # « **NB :** L'attestation de formation n'est pas exigée… » (topics: r408, waiver)
    at = next(i for i, w in enumerate(words) if w["text"] == "NB" and words[i + 2]["text"].endswith("attestation"))
    assert "Bold" in words[at]["fontname"] and "Bold" in words[at + 1]["fontname"], words[at:at + 3]
    assert "Bold" not in words[at + 2]["fontname"], words[at + 2]
    assert words[at]["size"] == words[at + 2]["size"]  # body text, not a heading
    shouted = [w for w in words if w["text"].startswith("OBLIGATOIRES")]
    assert shouted and all("Bold" in w["fontname"] for w in shouted), shouted


def test_the_notice_page_links_to_its_pdf(frozen_site, frozen_notices):
    for notice in frozen_notices:
        page = (frozen_site / pages.notice_dir(notice) / "index.html").read_text(encoding="utf-8")
        link = f'<a href="{pdf_filename(notice)}">{notice.texts.text("header.pdf")}</a>'
        assert link in page
        assert page.index(link) < page.index("<h2")  # near the top, before the first section


# ---------------------------------------------------------------- the module itself (no build)


SETTINGS = MarkdownSettings(("toc", "tables", "attr_list", "md_in_html", "admonition"), {"toc": {"permalink": False}})


@pytest.fixture(scope="module")
def texts():
    return notices_of()[0].texts


def test_links_to_the_site_become_their_words():
    html = body_html("---\nbts_title: x\n---\n\n[calendrier](bts-x.ics), [site](https://a.fr), [courriel](mailto:a@b.fr), [haut](#dates)\n", SETTINGS)
    assert "bts-x.ics" not in html and "<span>calendrier</span>" in html
    assert 'href="https://a.fr"' in html and 'href="mailto:a@b.fr"' in html and 'href="#dates"' in html
    # (a web link whose words are not its address: printed after them as a person types it, notice.css; fixprint60)
    assert 'data-bts-address="a.fr"' in html and "https://a.fr)" not in html
    assert "bts_title" not in html  # the front matter is not part of the document


@pytest.mark.parametrize(
    "link", ["[www.x.fr](https://www.x.fr)", "[www.x.fr](https://www.x.fr/)", "[le site www.x.fr/a/](https://www.x.fr/a/)",
             "[https://www.x.fr/a](https://www.x.fr/a/)", "[WWW.X.FR](https://WWW.X.FR)", "[www.x.fr](HTTPS://www.x.fr)"],
)
def test_a_raw_link_whose_words_write_its_address_prints_it_once(link):
    """review84: a raw Markdown link whose words are its address as a person types it, without « https:// »
    (« [www.x.fr](https://www.x.fr) »), was marked bare only when its words held the href with its scheme: the PDF
    printed « www.x.fr (www.x.fr) ». Its words give the address: marked bare, nothing printed after them (as
    templating's _link and checklist.js's addressWritten read it: the address without its scheme nor its final slash)."""
    html = body_html(f"Voir {link}.\n", SETTINGS)
    assert 'class="bts-bare-url"' in html and "data-bts-address" not in html, html


def test_a_raw_link_marked_bare_keeps_its_own_class():
    """review88: _UnlinkPages adds « bts-bare-url » to the classes a link has (attr_list: « {.x} »), it does not
    replace them (removing them failed no test)."""
    html = body_html("Voir [www.x.fr](https://www.x.fr){ .bts-x }.\n", SETTINGS)
    assert 'class="bts-x bts-bare-url"' in html, html


def test_a_row_is_long_from_its_601st_character():
    """review88: _LongRows marks a row long (bts-long-row: it may split between pages) when a cell holds more than 600
    characters, its spaces counted once (LONG_ROW_CHARACTERS; a threshold moved to 400 or 1200 failed no other test
    than the layout's, and 1200 none). A cell of 600 characters: whole; of 601: long; the other cells do not add up."""
    def row(length: int) -> str:
        words = ("mot " * 200)[:length - 1] + "x"
        assert len(" ".join(words.split())) == length
        return body_html(f"| Pièce | Précisions |\n| --- | --- |\n| {'court ' * 90} | {words}   |\n", SETTINGS)
    assert "bts-long-row" not in row(600) and 'class="bts-long-row"' in row(601)



def test_a_web_link_s_address_is_printed_after_its_words_without_its_scheme(texts):
    """fixprint60 item 5: a web link whose words are not its address prints it after them as a person types it
    (« portail (exemple.fr/portail/login) »: data-bts-address, notice.css), not « (https://…) » (review84: the PDF's
    printed words were untested, the attribute only)."""
    page = "# Titre\n\nVoir le [portail](https://exemple.fr/portail/login).\n"
    pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        printed = squeeze(document.pages[0].extract_text())
    assert squeeze("portail (exemple.fr/portail/login)") in printed and "https" not in printed, printed


def test_words_in_capitals_are_printed_without_hyphenation_their_tags_untouched():
    html = body_html("Sur CYCLADES, les PIÈCES du BTS : [Portail](https://EXEMPLE.fr/CYCLADES) et Éléments.\n", SETTINGS)
    assert 'les<span class="bts-capitals"> PIÈCES</span> du BTS' in html and '<span class="bts-capitals"> CYCLADES</span>' in html
    assert 'href="https://EXEMPLE.fr/CYCLADES"' in html and "Éléments" in html and "BTS</span>" not in html


def test_the_print_layout_escapes_its_values(texts):
    html = notice_html("# Titre\n", "<script>alert(1)</script> & Cie", texts, SETTINGS)
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "resource",
    ['<img src="https://example.org/image.png" alt="">', '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">', '<img src="file:///etc/hostname" alt="">'],
    ids=["remote-image", "remote-stylesheet", "local-file"],
)
def test_a_resource_outside_the_document_stops_the_pdf(texts, resource):
    html = notice_html("# Titre\n", "Académie", texts, SETTINGS).replace("<main", resource + "<main", 1)
    with pytest.raises(PdfError, match="refusée"):
        notice_pdf(html, "essai.pdf")


def test_a_plain_document_prints_as_a4_with_its_header(texts):
    """A4; the running header from the second page (the first has the notice's title)."""
    long = "\n\n".join(f"Paragraphe {i}." for i in range(120))
    pdf = notice_pdf(notice_html(f"# Titre\n\n{long}\n", "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    assert len(reader.pages) >= 2
    assert squeeze("Académie de Test — BTS session 2030") not in squeeze(reader.pages[0].extract_text())
    assert squeeze("Académie de Test — BTS session 2030") in squeeze(reader.pages[1].extract_text())


def test_headings_and_warning_titles_are_never_hyphenated(texts):
    """print61 L6: Nantes 2026's PDF hyphenated a warning's bold title (« … à dépo- / ser … »): a title is read at a
    glance, its words whole. Headings and warnings' titles of long words, in a document whose paragraphs hyphenate:
    no line of a title ends on a hyphen; a paragraph's still may (the rule is the titles')."""
    word = "Anticonstitutionnellement téléversement réinscription"
    page = (f"# Titre\n\n### {' '.join([word] * 6)}\n\n"
            f'<div class="admonition warning"><p class="admonition-title">{" ".join([word] * 6)}</p><p>{" ".join([word] * 12)}</p></div>\n')
    pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = [(line["text"], line["chars"][0]["fontname"]) for line in document.pages[0].extract_text_lines()]
    bold = [text for text, font in lines if "Bold" in font]
    assert len(bold) >= 4, lines  # (the titles run over lines)
    cut = [text for text in bold if text.rstrip().endswith(("\u2010", "-"))]
    assert not cut, cut
    assert any(text.rstrip().endswith(("\u2010", "-")) for text, font in lines if "Bold" not in font), lines


def test_a_source_line_is_printed_on_the_page_of_its_statement(texts):
    """A review (phone51 L8): in Toulouse's PDF, a statement ended page 12 and its source line, « Règle nationale —
    article D643-23 du code de l'éducation, cité par … », opened page 13. A document of a hundred and twenty statements
    of one to three lines with their source lines (the site's macro; without the rule, 4 of its 7 page breaks fell
    between a statement and its source): no page opens with a source line."""
    from generator.site.notice_view import StatementBlock
    from generator.site.templating import MARKDOWN

    sentence = "Phrase {} de la règle, qui dit ce que le candidat fait et quand il le fait."
    blocks = [StatementBlock(texts=(" ".join([sentence.format(n)] * (1, 2, 3, 1, 1, 1, 2)[n % 7]),), provenance=f"Règle nationale — texte {n}")
              for n in range(120)]
    page = "# Titre\n\n" + str(MARKDOWN.globals["statement_blocks"](blocks))
    assert page.count('{: .bts-source }') == 120  # (each source line marked as such)
    pdf = notice_pdf(notice_html(page, "Académie de Test — BTS session 2030", texts, SETTINGS), "essai.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        openers = [_first_line(p) for p in document.pages]
    assert len(openers) >= 4
    assert [opener[0] for opener in openers[1:]] == [opener[0] for opener in openers[1:] if not _opens_with_a_source(opener)], openers
    assert all(opener[0].startswith("Phrase ") for opener in openers[1:]), openers  # (the test reads the pages' first lines)


def _last_line(page, lines: list | None = None) -> str | None:
    """A page's last line above the footer (pdfplumber's ``extract_text_lines``: ``lines`` when already read; None: no
    line)."""
    lines = [line for line in (page.extract_text_lines() if lines is None else lines) if line["bottom"] < page.height - FOOTER_HEIGHT]
    return lines[-1]["text"] if lines else None


_BOLD_LEAD = re.compile(r"<ul>\s*<li><strong>([^<]+)</strong></li>\s*</ul>\s*<p>")


def test_a_one_item_list_in_bold_stays_with_the_paragraph_it_leads_to(real_site, real_notices):
    """print58 L1: Aix-Marseille 2023's PDF ended page 2 on « • Forme globale : », its text (« Les candidats passent
    l'ensemble des épreuves… ») opening page 3: the notice writes its modes as a list of one item in bold, each above
    the paragraph that says it, a heading in all but name. Real notices, whatever the dates above them: no page ends on
    such a lead (found in the HTML the PDF is printed from)."""
    prints = pages.print_pages(real_notices, FIXED_TODAY)
    leads = 0
    for notice in real_notices:
        page = prints[pages.pdf_path(notice)]
        document = notice_html(page.markdown, page.title, notice.texts, SETTINGS, forms=page.forms, annex=page.annex)
        words = {squeeze("• " + html.unescape(lead)) for lead in _BOLD_LEAD.findall(document)}
        if not words:
            continue
        leads += len(words)
        ends = _last_lines(_pdf(real_site, notice))  # (the real PDFs as read once for every test of the file)
        assert [n for n, end in enumerate(ends, 1) if end and squeeze(end) in words] == [], (notice.slug, notice.year)
    assert leads  # (Aix-Marseille 2023's « Forme globale : », « Forme progressive »)


def test_pdfs_come_from_the_cache_once_made(texts, tmp_path, monkeypatch):
    from generator.pdf import notice as module
    from generator.site.pages import PrintPage

    prints = {f"a/{i}/x.pdf": PrintPage(f"Académie {i} — BTS session 2030", f"# Notice {i}\n\nTexte {i}.\n") for i in range(3)}
    made = module.notice_pdfs(prints, texts, SETTINGS, cache=tmp_path)
    for i, (path, pdf) in enumerate(made.items()):
        assert squeeze(f"Texte {i}.") in squeeze(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()), path
    assert len(list(tmp_path.glob("*.pdf"))) == 3

    def no_rendering(*args):
        raise AssertionError("rendered again")

    monkeypatch.setattr(module, "notice_pdf", no_rendering)
    assert module.notice_pdfs(prints, texts, SETTINGS, cache=tmp_path) == made
    changed = {**prints, "a/0/x.pdf": PrintPage("Académie 0 — BTS session 2030", "# Notice 0\n\nAutre texte.\n")}
    with pytest.raises(AssertionError, match="rendered again"):  # a changed page is made again
        module.notice_pdfs(changed, texts, SETTINGS, cache=tmp_path)


def test_markup_in_the_yaml_is_printed_as_text_never_fetched(frozen_notices, tmp_path):
    """A session title holding HTML and Markdown: the PDF shows it as typed (an <img> that were not
    escaped would be fetched, refused, and stop the PDF), inside the bold (``**words**``) too."""
    import dataclasses

    from generator.pdf import notice_pdfs

    notice = frozen_notices[0]
    evil_title = '<img src="https://inj.invalid/x.png" alt=""> **<img src="https://inj.invalid/y.png"> gras** *em* __x__ [lien](https://inj.invalid/)'
    info = dataclasses.replace(notice.session.session, title=evil_title)
    evil = dataclasses.replace(notice, session=dataclasses.replace(notice.session, session=info))
    prints = pages.print_pages([evil], FIXED_TODAY)
    made = notice_pdfs(prints, notice.texts, SETTINGS, cache=tmp_path)
    text = squeeze(pypdf.PdfReader(io.BytesIO(made[pages.pdf_path(evil)])).pages[0].extract_text())
    assert squeeze(emphasis.plain(evil_title)) in text  # (the bold's markers are not printed)
    assert not any("inj.invalid" in str(a.get_object().get("/A", {}).get("/URI", "")) for a in pypdf.PdfReader(io.BytesIO(made[pages.pdf_path(evil)])).pages[0].get("/Annots") or [])


def test_without_weasyprint_s_libraries_the_message_says_the_fix(texts, monkeypatch):
    import builtins

    from generator.pdf import PdfUnavailable

    real_import = builtins.__import__

    def without_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_pango)
    with pytest.raises(PdfUnavailable, match="source scripts/setup.sh"):
        notice_pdf(notice_html("# Titre\n", "Académie", texts, SETTINGS), "essai.pdf")


def test_the_footer_says_which_version_the_pdf_is(frozen_notices, texts):
    """Every page, the forms' too (read54 L7), says when the build made the PDF, when the session file was checked on
    the notice (« non précisée » without ``checked:``) and, when mkdocs.yml gives the site's address (``site_url``), the
    notice's page, where the current version is; the build's day is the PDF's creation date (a review, phone48 M5)."""
    import datetime as dt

    notice = frozen_notices[0]
    bare = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)]
    assert (bare.made, bare.checked, bare.page_url) == (FIXED_TODAY, notice.session.session.checked, None)
    published = pages.print_pages([notice], FIXED_TODAY, site_url="https://guide.example.fr/bts")[pages.pdf_path(notice)]
    assert published.page_url == f"https://guide.example.fr/bts/{notice.slug}/{notice.year}/"
    assert pages.print_pages([notice], FIXED_TODAY, site_url="https://guide.example.fr/bts/")[pages.pdf_path(notice)].page_url == published.page_url
    page_words = squeeze(texts.text("pdf.page", url=""))
    assert page_words not in squeeze(notice_html("# Titre\n", "Académie", texts, SETTINGS, made=FIXED_TODAY))

    long = "\n\n".join(f"Paragraphe {i}." for i in range(120))
    made = dt.date(2026, 12, 1)
    html = notice_html(f"# Titre\n\n{long}\n", "Académie de Test — BTS session 2030", texts, SETTINGS, made=made, page_url="https://guide.example.fr/test/2030/")
    reader = pypdf.PdfReader(io.BytesIO(notice_pdf(html, "essai.pdf")))
    assert len(reader.pages) > 1 and str(reader.metadata["/CreationDate"]) == "D:20261201"
    with pdfplumber.open(io.BytesIO(notice_pdf(html, "essai.pdf"))) as pdf:
        bottoms = [squeeze(p.crop((0, p.height - BOTTOM_MARGIN, p.width, p.height)).extract_text() or "") for p in pdf.pages]
    line = [texts.text("pdf.made", date="1er décembre 2026"), texts.text("pdf.checked_not_given"), texts.text("pdf.page", url="https://guide.example.fr/test/2030/")]
    assert all(squeeze(words) in bottom for bottom in bottoms for words in line), bottoms
    # a document that is not a build's notice (no day given): no footer line, no creation date
    plain = pypdf.PdfReader(io.BytesIO(notice_pdf(notice_html("# Titre\n", "Académie", texts, SETTINGS), "essai.pdf")))
    assert "/CreationDate" not in (plain.metadata or {})


def test_the_footer_gives_the_notice_s_page_at_the_site_s_address(tmp_path, frozen_notices):
    """With ``site_url`` in mkdocs.yml, the build prints the address of the notice's page in its PDF's footer, on
    every page, the forms' too (read54 L7; where a reader of an old copy finds the current one), there in the form's
    smallest type or larger (8 pt: generator/pdf/notice.css, .pdf-form-version) and clear of the page number."""
    from site_support import copy_project, run_mkdocs

    root = copy_project(tmp_path)
    # Toulouse alone, the academy read below: the address changes every PDF of the build, none of them in the cache then
    # (the other academies' six PDFs, read by no assertion, cost a third of the test's processor time: 19.9 s → 13.2 s cold)
    for academy in (root / "academies").iterdir():
        if academy.is_dir() and academy.name != "toulouse":
            shutil.rmtree(academy)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name:", "site_url: https://guide.example.fr/bts/\nsite_name:", 1), encoding="utf-8")
    result = run_mkdocs(config, tmp_path / "site", BTS_GUIDE_COMPRESS="0")  # (every page names the address: no precompressed copies)
    assert result.returncode == 0, result.stdout + result.stderr
    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    _count, texts, _tops, bottoms, _uris = _read(_pdf(tmp_path / "site", toulouse))
    address = squeeze(toulouse.texts.text("pdf.page", url="https://guide.example.fr/bts/toulouse/2024/"))
    assert bottoms and all(address in squeeze(bottom) for bottom in bottoms), bottoms
    forms = [squeeze(f.title) for f in toulouse.section("forms") or () if f.parts]
    form_pages = [number for number, text in enumerate(texts) if any(squeeze(text).startswith(title) for title in forms)]
    assert form_pages, texts
    with pdfplumber.open(_pdf(tmp_path / "site", toulouse)) as pdf:
        for number in form_pages:
            page = pdf.pages[number]
            foot = [c for c in page.chars if c["top"] > page.height - FOOTER_HEIGHT and c["text"].strip()]
            number_chars = [c for c in foot if c["x0"] > page.width - 25 * MM]  # « 8 / 16 », 15 mm from the right edge
            words = [c for c in foot if c not in number_chars]
            assert min(c["size"] for c in words) >= 8 - 0.05, f"p. {number + 1}: {min(c['size'] for c in words)} pt"
            assert max(c["x1"] for c in words) < min(c["x0"] for c in number_chars) - 10, f"p. {number + 1}: footer reaches its number"
            assert max(c["bottom"] for c in words) <= page.height - 5 * MM, f"p. {number + 1}: footer off the page's foot"
    # a form's page printed from the browser says its own address there (review67 L11; test_forms_browser prints it)
    page = (tmp_path / "site" / "toulouse" / "2024" / "formulaires" / "refus_benefices" / "index.html").read_text(encoding="utf-8")
    line = re.search(r'<p class="bts-form-version" id="bts-form-version" hidden>([^<]*)</p>', page)
    own = squeeze(toulouse.texts.text("pdf.page", url="https://guide.example.fr/bts/toulouse/2024/formulaires/refus_benefices/"))
    assert line and squeeze(html.unescape(line.group(1))).endswith("—" + own), line  # (squeeze: no spaces)


def test_the_print_version_is_the_notice_not_the_guide(frozen_notices):
    """What only the guide says (routing to its other notices, its comparison with the previous session, its notes on
    the source) is on the web page, not in the PDF; an establishments' notice carries what the establishment does. The
    « Session passée » box is the exception (a review, read50 L2): a paper copy is forwarded and kept, so the PDF of a
    session past on the build's day says so above its dates, naming that day, without the page's script data."""
    today = FIXED_TODAY.replace(year=FIXED_TODAY.year + 5)  # every frozen session is past
    prints = pages.print_pages(frozen_notices, today)
    seen = {"sources": 0, "establishment": 0}
    for notice in frozen_notices:
        t = notice.texts
        web = pages.notice_page(notice, today)
        printed = prints[f"{notice.slug}/{notice.year}/{pdf_filename(notice)}"].markdown
        assert t.text("common.past_title") in web and t.text("common.past_title") in printed, notice.slug
        box = printed[printed.index('<div class="admonition warning bts-past"'):]
        assert t.text("common.past_text_printed", date=date_words(today)) in box and t.text("common.past_text") not in box, notice.slug
        assert "data-bts-past-after" not in printed and printed.index("bts-past") < printed.index(f"## {t.text('dates.title')}"), notice.slug
        heading = f"## {t.text('sources.title')}"
        if heading in web:
            assert heading not in printed
            # (they are in the guide's annex: read48 L8)
            annex = prints[f"{notice.slug}/{notice.year}/{pdf_filename(notice)}"].annex
            assert f"### {t.text('annex.sources_title')}" in annex
            # its introduction names its table's column by that column's title (review54 L7)
            assert t.text("annex.sources_intro", column=t.text("sources.col_words")) in annex
            seen["sources"] += 1
        if pages.has_establishment_page(notice):
            assert f"## {t.text('establishment.guide_title')}" in printed
            assert printed.count(f"## {t.text('contacts.title')}") == 1
            seen["establishment"] += 1
        else:
            assert f"## {t.text('establishment.guide_title')}" not in printed
    assert all(seen.values()), seen


def _part_headings(notice) -> dict[str, str]:
    """The heading each part of session.layout prints under (notice.md.j2), by its name."""
    t = notice.texts
    keys = {"who": "who.title", "steps": "steps.title", "documents": "documents.title", "r408": "r408.title",
            "exam_adjustment": "exam_adjustment.title", "forms": "forms.title", "contacts": "contacts.title", "links": "links.title",
            "novelties": "novelties.title"}
    headings = {name: t.text(key) for name, key in keys.items()}
    headings.update({topic.id: topic.title for topic in notice.topics})
    headings.update({name: _plain(words) for name, words in notice.session.session.headings.items()})
    steps = notice.section("steps")
    if steps and steps[0].section_as_written:  # the notice's own parts, in place of the guide's heading
        headings["steps"] = _plain(steps[0].section_as_written)
    return headings


def _plain(line: str) -> str:
    """A line of Markdown (or a data text) as its words: no escaping backslash, no bold (``<strong>``, a text's
    ``**``), straight apostrophes, plain spaces, a number or a code kept whole by its span as its words (unwrapped)."""
    line = emphasis.plain(re.sub(r"</?strong>", "", unwrapped(line)))
    return " ".join(line.replace("\\", "").replace("\u2019", "'").replace("\u202f", " ").replace("\xa0", " ").split())


def _heading_lines(markdown: str) -> list[str]:
    return [_plain(line) for line in markdown.splitlines()]


def _titles(lines: list[str]) -> set[str]:
    """The words of the headings among ``lines`` (``_heading_lines``), whatever their level."""
    return {line.lstrip("#").strip() for line in lines if re.match(r"#{2,6} ", line)}


def check_print_follows_the_notice(notices) -> int:
    """The print version's sections come in the notice's order (session.layout): every part it names and
    prints comes after the one before it; returns how many notices have a layout."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    with_layout = 0
    for notice in notices:
        layout = notice.session.session.layout
        if not layout:
            continue
        with_layout += 1
        lines = _heading_lines(prints[pages.pdf_path(notice)].markdown)
        headings = _part_headings(notice)
        # a part's heading at any level (below the notice's own headings, session.sections_as_written)
        titled = {}
        for i, line in enumerate(lines):
            if re.match(r"#{2,6} ", line):
                titled.setdefault(line.lstrip("#").strip(), i)
        found = [(titled[headings[name]], name) for name in layout if headings[name] in titled]
        assert len(found) >= len(layout) // 2, f"{notice.slug} {notice.year} : parties trouvées {found}"
        assert found == sorted(found), f"{notice.slug} {notice.year} : ordre imprimé {[name for _, name in sorted(found)]}"
    return with_layout


def test_real_print_versions_follow_their_notice_s_order(real_notices):
    check_print_follows_the_notice(real_notices)


def test_frozen_print_versions_follow_their_notice_s_order(frozen_notices):
    """Aix-Marseille 2023 gives its layout: « Public concerné » and the benefits of marks it says there come
    before the steps, the documents near the end, as in its notice; the web page keeps the guide's order."""
    assert check_print_follows_the_notice(frozen_notices) >= 1
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    t = aix.texts
    printed = pages.print_pages([aix], FIXED_TODAY)[pages.pdf_path(aix)].markdown
    web = pages.notice_page(aix, FIXED_TODAY)
    benefits = next(topic.title for topic in aix.topics if topic.id == "benefits")
    documents = aix.session.session.headings["documents"]  # its own heading in the PDF (session.headings)
    # (its steps: under the sentence it writes in place of their heading, lead_as_written:, read69 L4)
    steps = f"\n{md_block(aix.session.session.lead_as_written['steps'])}\n"
    assert printed.index(f"## {benefits}") < printed.index(steps) < printed.index(f"## {documents}")
    assert web.index(f"## {t.text('steps.title')}") < web.index(f"## {t.text('documents.title')}") < web.index(f"### {benefits}")


def check_contents_and_leads_are_the_notice_s(notices) -> int:
    """A notice's sommaire (session.contents_as_written) is printed after its dates and before its first part,
    each entry a list item in its words, an entry under the one above indented under it; a sentence the notice
    writes in place of a part's heading (session.lead_as_written) is printed as a paragraph with no heading for
    that part (here: the steps, whose guide heading is gone). The web page has no sommaire, its headings are the
    guide's; it gives the lead once, as a paragraph right under the guide's heading of the part (read69 L4: page and
    PDF say the same). Returns how many notices had one or the other."""
    checked = 0
    prints = pages.print_pages(notices, FIXED_TODAY)
    for notice in notices:
        info, t = notice.session.session, notice.texts
        printed = prints[pages.pdf_path(notice)].markdown
        web = pages.notice_page(notice, FIXED_TODAY)
        contents = info.contents_as_written
        if contents:
            at = printed.index(f"\n## {typography(contents.title)} {{: .bts-contents }}\n")  # (its class: notice.css keeps it on one page)
            assert printed.index(f"## {t.text('dates.title')}") < at < printed.index("\n## ", at + 1), notice.slug
            listing = printed[at:printed.index("\n## ", at + 1)]
            for level, words in contents.lines():
                assert f"\n{'    ' * level}- {md_block(words)}\n" in listing, (notice.slug, words)
            assert f"## {typography(contents.title)}\n" not in web and "bts-contents" not in web, notice.slug
        for name, lead in info.lead_as_written.items():
            assert f"\n{md_block(lead)}\n" in printed, (notice.slug, name)
            assert web.count(md_block(lead)) == 1, (notice.slug, name)
            if name == "steps":
                assert f"## {t.text('steps.title')}" not in printed, notice.slug
                assert f"## {t.text('steps.title')}\n\n{md_block(lead)}\n" in web, notice.slug
        checked += bool(contents or info.lead_as_written)
    return checked


def test_frozen_print_versions_print_the_notice_s_sommaire_and_leads(frozen_notices):
    """Toulouse 2024 (frozen): its « Sommaire » before « I- », and « L'inscription à l'examen se fait en TROIS
    TEMPS : » in place of a heading over its steps."""
    assert check_contents_and_leads_are_the_notice_s(frozen_notices) >= 1


def test_real_print_versions_print_the_notice_s_sommaire_and_leads(real_notices):
    check_contents_and_leads_are_the_notice_s(real_notices)


def test_the_notice_s_sommaire_is_printed_on_one_page(real_site, real_notices):
    """A notice's « Sommaire » (session.contents_as_written) is printed whole on one page: its title and every entry
    (a review, read56 L5: Toulouse 2024's was cut after « Annexe 1 », « Annexe 2 » and « Annexe 3 » at the top of
    page 2). Real notices: a property of the layout, whatever the dates above it."""
    checked = 0
    for notice in real_notices:
        contents = notice.session.session.contents_as_written
        if not contents:
            continue
        texts = _read(_pdf(real_site, notice))[1]
        title = squeeze(contents.title)
        at = [i for i, text in enumerate(texts) if any(squeeze(line) == title for line in text.splitlines())]
        assert at, f"{notice.slug} {notice.year} : « {contents.title} » absent du PDF"
        page = squeeze(texts[at[0]])
        for _level, words in contents.lines():
            assert squeeze(emphasis.plain(words)) in page, f"{notice.slug} {notice.year} : « {words} » pas sur la page {at[0] + 1} de « {contents.title} »"
        checked += 1
    assert checked >= 1


def check_headings_are_the_notice_s(notices, *, web_keeps_the_guide_s: bool = True) -> int:
    """The PDF titles a part or a topic with the notice's own heading when session.headings gives it, and
    each step with its heading_as_written; steps in the notice's own parts (section_as_written) are printed
    under those parts' headings, without the guide's « Les étapes sur CYCLADES »; the web page keeps the
    guide's headings (``web_keeps_the_guide_s``: checked where the notice's words differ from every
    heading of the web page, true of the frozen data). Returns how many headings were checked."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    checked = 0
    for notice in notices:
        t = notice.texts
        where = f"{notice.slug} {notice.year}"
        printed = _heading_lines(prints[pages.pdf_path(notice)].markdown)
        titles = _titles(printed)  # at any level (below the notice's own headings: session.sections_as_written)
        web = _heading_lines(pages.notice_page(notice, FIXED_TODAY))
        for name, words in notice.session.session.headings.items():
            if name in notice.session.session.web_only:
                continue
            # (or the notice's line that opens the topic's text, its « : » kept, when that line is the heading's words on
            # a line of its own: notice_view._without_heading; seed 002 l.329, seed 003 l.279)
            first = next((s.text for topic in notice.topics if topic.id == name for s in topic.statements if not s.provenance.national), "").strip()
            line = first.split("\n", 1)[0].strip() if "\n" in first else ""
            own = line if line.endswith(":") and same_words(line.rstrip(" :"), words) else None
            assert _plain(words) in titles or (own and _plain(own) in titles), f"{where} : {name} : « {words} » n'est pas un titre du PDF"
            if web_keeps_the_guide_s:
                assert f"## {_plain(words)}" not in web, f"{where} : {name} : « {words} » est un titre de la page web"
            checked += 1
        steps = notice.section("steps") or ()
        if "steps" in notice.session.session.web_only or not steps:
            continue
        for step in steps:
            if step.heading_as_written:
                assert _plain(step.heading_as_written) in titles, f"{where} : {step.heading_as_written}"
                checked += 1
            if step.section_as_written:
                assert _plain(step.section_as_written) in titles, f"{where} : {step.section_as_written}"
                checked += 1
        guide_heading = f"## {_plain(t.text('steps.title'))}"
        assert guide_heading in web, where
        if steps[0].section_as_written:
            assert guide_heading not in printed, where
    return checked


def test_real_pdfs_title_their_parts_as_their_notice_does(real_notices):
    check_headings_are_the_notice_s(real_notices, web_keeps_the_guide_s=False)


def test_frozen_pdfs_title_their_parts_as_their_notice_does(frozen_notices):
    """Aix-Marseille 2023 titles « Public concerné », « 3 – Modalités de passage » and its list of documents
    in its own words; Nantes 2024 puts its steps in its parts I to III, its first two steps numbered by it."""
    assert check_headings_are_the_notice_s(frozen_notices) >= 3 + 5
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2024))
    printed = _heading_lines(pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown)
    # (its parts' headings in its capitals, as section_as_written: writes them: review73 M1)
    expected = ["## I- PRE-INSCRIPTION", "### Etape 1 : Accès à CYCLADES", "### Etape 2 : Inscription à l'examen",
                "## II- INSCRIPTION DEFINITIVE", "## III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de Nantes)"]
    assert [line for line in printed if line in expected] == expected
    assert not any(line.startswith("### Étape 3") for line in printed)


def test_what_the_guide_wrote_for_candidates_is_on_the_page_not_in_the_pdf(frozen_notices):
    """Nantes 2026 is addressed to establishments: the candidates' steps and « who registers » are the
    guide's (session.web_only), on the web page only; its announcements are said in place in the
    notice (the web page gathers them in « Nouveautés de la session »), and the colours of the deposit
    states, lost in the source, have no empty column in the PDF: its annex says why."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    t = nantes.texts
    printed = pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)]
    web = pages.notice_page(nantes, FIXED_TODAY)
    for key in ("steps.title", "who.title", "novelties.title"):
        assert f"## {t.text(key)}" in web and f"## {t.text(key)}" not in printed.markdown, key
    for tid in ("jdc", "maintenance_systemes"):  # said in its list of documents: printed there only
        title = next(topic.title for topic in nantes.topics if topic.id == tid)
        assert f"## {title}" not in printed.markdown and f"### {title}" in web, tid
    assert f"## {t.text('r408.title')}" not in printed.markdown and f"## {t.text('r408.title')}" in web
    assert t.text("establishment.col_colour") not in printed.markdown
    note = nantes.session.establishment_guide.states_note
    assert squeeze(note) not in squeeze(printed.markdown) and squeeze(note) in squeeze(printed.annex)


def check_r408_note_printed_once(notices) -> int:
    """Each sentence of the notice's note on its R408 list (r408.list.note) is printed once in the PDF's R408
    part, also when its remark on R408 (topics: r408) says the same words; returns how many notes were seen."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        own = notice.r408.notice_list
        if own is None or not own.note or "r408" in notice.session.session.web_only:
            continue
        heading = f"\n## {notice.session.session.headings.get('r408') or notice.texts.text('r408.title')}\n"
        markdown = prints[pages.pdf_path(notice)].markdown
        if "r408" in notice.session.session.untitled:  # (no heading of its own: the whole PDF says it once)
            part = markdown
        else:
            part = markdown[markdown.index(heading) + len(heading):].split("\n## ")[0]
        words = squeeze(re.sub(r"</?strong>", "", part)).casefold()  # (words compared without the notice's bold)
        for sentence in re.split(r"(?<=\.) ", own.note):
            assert words.count(squeeze(emphasis.plain(sentence)).casefold()) == 1, f"{notice.slug} {notice.year} : {sentence}"
        seen += 1
    return seen


def check_r408_reference_said_once(notices) -> int:
    """The text of reference of the notice's R408 list is not printed again as « Texte de référence : … » when
    the notice's remark on R408 names it; returns how many such notices were seen."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        own = notice.r408.notice_list
        reference = own.reference if own is not None and isinstance(own.reference, str) else None
        remark = " ".join(s.text for topic in notice.topics if topic.id == "r408" for s in topic.statements if not s.provenance.national)
        if not reference or squeeze(reference).casefold() not in squeeze(remark).casefold():
            continue
        line = squeeze(notice.texts.text("r408.reference_as_written", reference=reference))
        assert line not in squeeze(prints[pages.pdf_path(notice)].markdown), f"{notice.slug} {notice.year}"
        seen += 1
    return seen


def test_the_r408_reference_is_said_once_real(real_notices):
    check_r408_reference_said_once(real_notices)


def test_the_r408_reference_is_said_once_frozen(frozen_notices):
    """Aix-Marseille 2023's remark says « conformément à l'arrêté du 14 avril 2016 »."""
    assert check_r408_reference_said_once(frozen_notices) >= 1


def test_the_r408_note_is_printed_once_real(real_notices):
    check_r408_note_printed_once(real_notices)


def test_the_r408_note_is_printed_once_frozen(frozen_notices):
    """Aix-Marseille 2023 says the note of its list in its « remarque importante » too: printed there only."""
    assert check_r408_note_printed_once(frozen_notices) >= 1


def check_unlisted_contacts_stay_in_the_text(notices) -> int:
    """A contact the notice gives in its text, not among its contacts (listed: false), has no card in the PDF's
    contacts; the web page gives it with the others. Returns how many such contacts were seen."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        for contact in notice.section("contacts") or ():
            if contact.listed:
                continue
            card = f"### {_plain(contact.name)}"
            assert card not in _heading_lines(prints[pages.pdf_path(notice)].markdown), f"{notice.slug} {notice.year}"
            assert card in _heading_lines(pages.notice_page(notice, FIXED_TODAY)), f"{notice.slug} {notice.year}"
            seen += 1
    return seen


def test_unlisted_contacts_stay_in_the_text_real(real_notices):
    check_unlisted_contacts_stay_in_the_text(real_notices)


def test_unlisted_contacts_stay_in_the_text_frozen(frozen_notices):
    """Nantes 2026 gives the positioning secretariat in its conditions of registration: no card in its PDF."""
    assert check_unlisted_contacts_stay_in_the_text(frozen_notices) == 1


def check_adjustment_in_the_notice_s_words(notices) -> int:
    """The PDF gives the notice's sentences on exam adjustments (decision, renewal, what to tick in CYCLADES)
    as its paragraphs, without the guide's labels; where to send the request only when the notice's sentence
    does not say it. The web page keeps the labels, except for a sentence its « how » gives. Returns how many sentences were seen."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        adj = notice.section("exam_adjustment")
        if adj is None:
            continue
        t = notice.texts
        printed = prints[pages.pdf_path(notice)].markdown
        web = pages.notice_page(notice, FIXED_TODAY)
        # (without the bold; nor the line breaks the web page's item keeps a sentence's lines apart with: paras65)
        printed_words, web_words = (squeeze(re.sub(r"</?strong>|<br>", "", md)) for md in (printed, web))
        for field, key, name in (("decision", "exam_adjustment.decision", "decision"), ("renewal", "exam_adjustment.renewal", "renewal"),
                                 ("declare_in_cyclades", "exam_adjustment.cyclades", "words")):
            words = getattr(adj, field)
            if not words:
                continue
            # after the guide's label and « — », the notice's words as written, their first letter too (trio70 L5), « NB : »
            # or not
            labelled = squeeze(t.text(key, **{name: emphasis.plain(words)}))
            sentences = " ".join(w for w in (adj.how, adj.decision, adj.renewal) if w and w != words)
            said_there = squeeze(words).rstrip(".").casefold() in squeeze(sentences).casefold()  # printed once, there
            assert squeeze(md_block(words)) in squeeze(printed) or said_there, f"{notice.slug} {notice.year} : {field}"
            assert labelled not in printed_words, f"{notice.slug} {notice.year} : {field}"
            # the web page labels it, unless its « how » gives it in the notice's order (said once, there: also what to
            # tick in CYCLADES, Clermont-Ferrand's « renseigner par « OUI » la rubrique « handicap » »)
            in_how = squeeze(emphasis.plain(words)).rstrip(".").casefold() in squeeze(emphasis.plain(adj.how)).casefold()
            assert (labelled in web_words) != in_how, f"{notice.slug} {notice.year} : {field}"
            seen += 1
        if adj.send_to:
            label = squeeze(t.text("exam_adjustment.send_to", address=adj.send_to))
            assert label in squeeze(web)
            if label in squeeze(printed):  # printed only when the notice's sentence does not say it
                assert squeeze(adj.send_to.split(" (")[0]).casefold() not in squeeze(adj.how).casefold()
    return seen


def test_adjustments_in_the_notice_s_words_real(real_notices):
    check_adjustment_in_the_notice_s_words(real_notices)


def test_adjustments_in_the_notice_s_words_frozen(frozen_notices):
    """Toulouse 2024 says where the decision comes and where to send the request in its own sentences."""
    assert check_adjustment_in_the_notice_s_words(frozen_notices) >= 1
    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    printed = pages.print_pages([toulouse], FIXED_TODAY)[pages.pdf_path(toulouse)].markdown
    send_to = toulouse.section("exam_adjustment").send_to
    assert squeeze(toulouse.texts.text("exam_adjustment.send_to", address=send_to)) not in squeeze(printed)


def check_links_said_in_the_text_are_not_listed_again(notices) -> int:
    """The PDF's list of links leaves out a link whose address the notice's text already gives (« Consulter le
    lien suivant : https://… »); the web page lists every link. Returns how many links were left out."""
    from generator.model.values import address_place as _site
    from generator.site.words import notice_texts, said_in

    prints = pages.print_pages(notices, FIXED_TODAY)
    left_out = 0
    for notice in notices:
        # (the « Session passée » box of a past session sends to the academy's site: the guide's words, not its list)
        printed = re.sub(r'<div class="admonition warning bts-past".*?</div>', "", prints[pages.pdf_path(notice)].markdown, flags=re.S)
        web = pages.notice_page(notice, FIXED_TODAY)
        texts = notice_texts(notice)
        for item in notice.section("links") or ():
            address = re.sub(r"^https?://", "", str(item.url)).rstrip("/")
            # (a link to the academy's site under another scheme: at academy.yaml's address, notice_view._links)
            website = notice.academy.website
            shown = website if website and _site(item.url) == _site(website) else item.url
            assert f"(<{shown}>)" in web, f"{notice.slug} {notice.year} : {item.url}"
            if said_in(texts, address):
                assert f"(<{item.url}>)" not in printed, f"{notice.slug} {notice.year} : {item.label}"
                left_out += 1
    return left_out


def test_links_said_in_the_text_are_not_listed_again_real(real_notices):
    check_links_said_in_the_text_are_not_listed_again(real_notices)


def test_links_said_in_the_text_are_not_listed_again_frozen(frozen_notices):
    """Aix-Marseille 2023 gives its site's address in « Comment s'inscrire ? »: its PDF has no list of links."""
    assert check_links_said_in_the_text_are_not_listed_again(frozen_notices) >= 1


def check_no_paragraph_repeats_its_heading(notices) -> int:
    """In the PDF, a section's first paragraph does not open with the section's heading again (« Épreuve
    facultative de langue : les langues… » under « Épreuve facultative de langue »); the web page, whose
    headings are the guide's, keeps the notice's sentence whole. Returns how many such sentences the data has."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    opened = 0
    for notice in notices:
        lines = prints[pages.pdf_path(notice)].markdown.splitlines()
        for i, line in enumerate(lines[:-2]):
            if line.startswith("## ") and not lines[i + 1].strip():
                heading = _plain(line[3:]).rstrip(" :").casefold()
                assert not _plain(lines[i + 2]).casefold().startswith(heading + " :"), f"{notice.slug} {notice.year} : {line}"
        for topic in notice.topics:
            texts = [s.text for s in topic.statements if not s.provenance.national]
            heading = notice.session.session.headings.get(topic.id) or topic.title
            if texts and _plain(texts[0]).casefold().startswith(_plain(heading).casefold() + " :"):
                opened += 1
    return opened


def test_no_paragraph_repeats_its_heading_real(real_notices):
    check_no_paragraph_repeats_its_heading(real_notices)


def test_no_paragraph_repeats_its_heading_frozen(frozen_notices):
    """Frozen Clermont-Ferrand 2024 opens its engagement étudiant paragraph with the topic's title."""
    assert check_no_paragraph_repeats_its_heading(frozen_notices) >= 1


def test_a_heading_the_notice_writes_on_its_own_line_keeps_its_colon(frozen_notices):
    """Nantes 2026 writes « Epreuve facultative de langue : » on a line of its own, above its paragraph (seed 002
    l.329-331), and its session file gives its words so: the PDF prints that line as the part's heading, its « : »
    kept (it printed « Épreuve facultative de langue », the staff's form of the title, where the web page quotes the
    line with its colon: seed73b), and the paragraph without it. A heading that runs on into its sentence
    (« Épreuve facultative de langue : les langues… », the frozen file) stays the title as written in ``headings:``."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    session = dataclasses.replace(nantes.session.session, headings={**nantes.session.session.headings, "languages": "Épreuve facultative de langue"})
    own = dataclasses.replace(nantes, voice="notice", session=dataclasses.replace(nantes.session, session=session))
    topic = next(t for t in own.topics if t.id == "languages")
    first = topic.statements[0]
    assert first.text.startswith("Epreuve facultative de langue : les langues")  # (run on: the frozen file, seed 002's letters)
    view = next(t for t in notice_view(own, FIXED_TODAY).topics if t.id == "languages")
    assert view.title == "Épreuve facultative de langue" and view.blocks[0].texts[0].startswith("Les langues proposées")
    line = first.text.replace(" : les langues", " :\n\nLes langues", 1)  # the line of its own, as the real file writes it
    edited = dataclasses.replace(topic, statements=(dataclasses.replace(first, text=line), *topic.statements[1:]))
    own = dataclasses.replace(own, topics=tuple(edited if t is topic else t for t in own.topics))
    view = next(t for t in notice_view(own, FIXED_TODAY).topics if t.id == "languages")
    assert view.title == "Epreuve facultative de langue :"  # (the line's own words, not the « Épreuve » of headings:)
    assert view.blocks[0].texts[0].startswith("Les langues proposées"), view.blocks[0].texts[0]
    assert "Epreuve facultative de langue" not in view.blocks[0].texts[0]


def check_documents_by_route(notices) -> int:
    """A notice whose list has a column per training route (session.documents_by_route): its PDF's tables
    have those columns, a cross where the item is asked for on that route, and no « Pour qui »; the web
    page keeps « Pour qui ». Returns how many such notices were seen."""
    from generator.site.words import document_condition, route_fit

    seen = 0
    for notice in notices:
        if not notice.session.session.documents_by_route:
            continue
        seen += 1
        t = notice.texts
        own = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        by_id = {doc.id: doc for doc in notice.documents}
        for group in own.documents:
            assert group.routes and not group.who, group.name
            for row in group.rows:
                doc = by_id[row.id]
                expected = tuple(route_fit(document_condition(dataclasses.replace(notice, voice="notice"), doc), r) != "no"
                                 for r in ("scolaire", "apprenti", "formation_continue"))
                assert row.routes == expected, row.label
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown
        for key in ("establishment.col_scolaire", "establishment.col_apprenti", "establishment.col_formation_continue"):
            assert f'scope="col" markdown="span">{t.text(key)}</th>' in printed, key
        documents_part = printed.split(f"## {notice.session.session.headings.get('documents') or t.text('documents.title')}")[1].split("\n## ")[0]
        assert f">{t.text('documents.col_who')}</th>" not in documents_part
        assert f">{t.text('documents.col_who')}</th>" in pages.notice_page(notice, FIXED_TODAY)
    return seen


def test_documents_by_route_real(real_notices):
    check_documents_by_route(real_notices)


def test_documents_by_route_frozen(frozen_notices):
    """Nantes 2026's list: SCOLAIRE, APPRENTI, FORMATION CONTINUE, a cross for each; the identity document in
    all three, the school certificate in « Scolaire » only."""
    assert check_documents_by_route(frozen_notices) == 1
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    own = notice_view(dataclasses.replace(nantes, voice="notice"), FIXED_TODAY)
    rows = {row.label: row.routes for group in own.documents for row in group.rows}
    assert rows["Pièce d'identité"] == (True, True, True)
    assert rows["Certificat de scolarité de 1ère et de 2e année"] == (True, False, False)


def check_group_deadline_lines(notices) -> int:
    """The PDF adds no « À déposer au plus tard … » line of the guide's to a group of the notice's list whose
    documents all have the notice's documents deadline (its text and the dates table say it); a group with
    another deadline keeps its line. Returns how many groups keep one."""
    kept = 0
    for notice in notices:
        t = notice.texts
        own = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown
        by_id = {doc.id: doc for doc in notice.documents}
        for group in own.documents:
            if not group.deadline or group.deadline_in_heading:
                continue
            line = t.text("documents.group_deadline", date=f"**{group.deadline}**")
            section = printed.split(f"### {group.name}\n", 1)[1].split("\n### ", 1)[0] if f"### {group.name}\n" in printed else ""
            main = all(by_id[row.id].deadline == "documents" for row in group.rows if row.id in by_id)
            # (nor when its rows are the notice's words that say the date: « … téléversé au plus tard le 15/01/2024. »)
            dated = {notice.deadline(by_id[row.id].deadline).words or "" for row in group.rows if row.id in by_id}
            said = all(w and said_in([row.label for row in group.rows], w) for w in dated)
            assert (squeeze(line) in squeeze(section)) != (main or said), f"{notice.slug} {notice.year} : {group.name}"
            kept += not (main or said)
    return kept


def test_group_deadline_lines_real(real_notices):
    check_group_deadline_lines(real_notices)


def test_group_deadline_lines_frozen(frozen_notices):
    """Toulouse 2024's engagement étudiant form has its own date (15 January 2024): its group says it."""
    assert check_group_deadline_lines(frozen_notices) >= 1


def check_forms_announced(notices) -> int:
    """A form's announced_as (the notice's sentence announcing it below its list) is printed once in the PDF,
    after the list's tables; the web page links the form from its document instead. Returns how many."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        for form in notice.section("forms") or ():
            if not form.announced_as or "documents" in notice.session.session.web_only:
                continue
            # a cut « […] » is printed escaped (« \[…\] »: Markdown)
            printed = prints[pages.pdf_path(notice)].markdown.replace("\\[", "[").replace("\\]", "]")
            assert squeeze(printed).count(squeeze(form.announced_as)) == 1, f"{notice.slug} {notice.year} : {form.id}"
            assert squeeze(form.announced_as) not in squeeze(pages.notice_page(notice, FIXED_TODAY))
            seen += 1
    return seen


def test_forms_announced_real(real_notices):
    check_forms_announced(real_notices)


def test_forms_announced_frozen(frozen_notices):
    """Nantes 2026 announces its model of training attestation below its list of documents."""
    assert check_forms_announced(frozen_notices) == 1


def check_categories_as_written(notices) -> int:
    """A notice's categories as it writes them (session.categories_as_written) are printed once in its PDF, in
    place of the guide's list of who: (no category label as a list item), and its words on residence only once;
    the web page keeps its table of who:. Returns how many notices have them."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        info = notice.session.session
        if not info.categories_as_written:
            continue
        printed = prints[pages.pdf_path(notice)].markdown
        assert squeeze(printed).count(squeeze(md_outline(info.categories_as_written))) == 1, f"{notice.slug} {notice.year}"
        lines = {squeeze(line) for line in printed.splitlines()}
        for category in notice.who:  # the guide's list (« label : detail », an item of one line) is not printed
            if category.detail:
                assert squeeze(f"{category.label} : {category.detail}") not in lines, f"{notice.slug} {notice.year} : {category.label}"
        if info.residence:
            assert squeeze(printed).count(squeeze(info.residence)) == 1, f"{notice.slug} {notice.year} : residence"
        web = squeeze(pages.notice_page(notice, FIXED_TODAY))
        assert squeeze(md_outline(info.categories_as_written)) not in web, f"{notice.slug} {notice.year} : la page web garde who:"
        assert all(squeeze(typography(c.label)) in web for c in notice.who), f"{notice.slug} {notice.year}"
        seen += 1
    return seen


def test_categories_as_written_real(real_notices):
    check_categories_as_written(real_notices)


def test_categories_as_written_frozen(frozen_notices):
    """Clermont-Ferrand 2024 introduces its individual candidates with « Les candidats individuels sont : » and
    says those in training in a paragraph of their own, below its sentence on residence; Aix-Marseille 2023's
    first category has two sub-items."""
    assert check_categories_as_written(frozen_notices) == 2


def test_categories_sub_items_frozen(frozen_notices):
    """Aix-Marseille 2023's first category, « Candidats ayant présenté l'examen à une session précédente : », with
    its two cases as sub-items (indented under it in categories_as_written): a list inside its item in the PDF,
    the other categories items of the outer list."""
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    html = body_html(pages.print_pages([aix], FIXED_TODAY)[pages.pdf_path(aix)].markdown, SETTINGS)
    lists = re.findall(r"<ul>\s*<li>Candidats ayant présenté.*?</ul>\s*</li>(.*?)</ul>", html, re.DOTALL)
    assert len(lists) == 1, html
    first = re.search(r"<li>Candidats ayant présenté[^<]*<ul>(.*?)</ul>", html, re.DOTALL)
    assert first is not None and first.group(1).count("<li>") == 2
    assert "Les candidats redoublants" in first.group(1) and "Un candidat ajourné" in first.group(1)
    assert lists[0].count("<li>") == 2 and "Candidats de l’enseignement à distance" in typography(lists[0]).replace("'", "’")


def test_sub_items_need_an_item_above_them():
    """md_outline nests a list line indented right under an item; one with no item above it (after a paragraph's
    line, after a blank line) stays an item of its own, never an indented block (Markdown would print it as code);
    every other text (md_block) reads its lists on one level."""
    text = "- A\n  - a1\n  - a2\n- B\n\nParagraphe\n  - c\n\n  - d"
    assert md_outline(text).splitlines() == ["- A", "    - a1", "    - a2", "- B", "", "Paragraphe", "", "- c", "", "- d"]
    assert "    - " not in md_block(text)
    html = body_html(md_outline(text), SETTINGS)
    assert "<code>" not in html and re.search(r"<li>A\s*<ul>\s*<li>a1</li>\s*<li>a2</li>\s*</ul>\s*</li>\s*<li>B</li>", html)


def _headings_with_levels(markdown: str) -> list[tuple[int, str]]:
    """The headings of a print version's notice (its Markdown, without the guide's annex): (level, squeezed words)."""
    return [(len(m.group(1)), squeeze(m.group(2).replace("\\", ""))) for m in re.finditer(r"^(#{1,6}) (.+)$", markdown, re.MULTILINE)]


def check_sections_as_written(notices, *, web_keeps_the_guide_s: bool = True) -> int:
    """The notice's own headings above its parts (session.sections_as_written) are printed once each, at their
    level (the first below the title at level 2), and the part at which a path starts follows them one level
    deeper; a part the notice does not title (session.untitled) has no heading; the web page has none of those
    headings. Returns how many paths were checked."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        info = notice.session.session
        if not info.sections_as_written and not info.untitled:
            continue
        view = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        headings = _headings_with_levels(prints[pages.pdf_path(notice)].markdown)
        web = {words for _, words in _headings_with_levels(pages.notice_page(notice, FIXED_TODAY))}
        for name, path in info.sections_as_written.items():
            for level, words in enumerate(path, start=2):
                assert headings.count((level, squeeze(typography(words)))) == 1, f"{notice.slug} {notice.year} : {words} ({level})"
                if web_keeps_the_guide_s:  # (true of the frozen data; a real topic may be titled with the same words)
                    assert squeeze(typography(words)) not in web, f"{notice.slug} {notice.year} : {words} titre de la page web"
            part = next(p for p in view.parts if (p.topic.id if p.topic else p.section_key) == name)
            if path and part.topic and name not in info.untitled:
                last = headings.index((len(path) + 1, squeeze(typography(path[-1])))) if len(path) > 1 else None
                own = (len(path) + 2, squeeze(typography(part.topic.title)))
                assert own in headings, f"{notice.slug} {notice.year} : {name} sous ses titres"
                assert last is None or headings.index(own) > last
            seen += 1
        for name in info.untitled:
            part = next((p for p in view.parts if (p.topic.id if p.topic else p.section_key) == name), None)
            if part is not None and part.topic:
                # (no heading of its own; the notice's heading above it may have the same words: printed once, then)
                above = {squeeze(typography(h)) for path in info.sections_as_written.values() for h in path}
                title = squeeze(typography(part.topic.title))
                assert [words for _, words in headings].count(title) == (title in above), f"{notice.slug} {notice.year} : {name}"
                printed = squeeze(prints[pages.pdf_path(notice)].markdown)
                assert all(squeeze(md_block(block.texts[-1])) in printed for block in part.topic.blocks), f"{notice.slug} {notice.year} : {name}"
    return seen


def test_sections_as_written_real(real_notices):
    check_sections_as_written(real_notices, web_keeps_the_guide_s=False)


def test_sections_as_written_frozen(frozen_notices):
    """Toulouse 2024: « IV. POINTS DE VIGILANCE » opens once above « 1- Lors de l'inscription » (its passing form
    then at level 4) and « 3- Avant les épreuves »; from control_exams on, the parts are back at level 2 (their
    groups at 3); its sentence on travel has no heading of its own."""
    assert check_sections_as_written(frozen_notices) == 3
    toulouse = next(n for n in frozen_notices if n.slug == "toulouse")
    headings = _headings_with_levels(pages.print_pages([toulouse], FIXED_TODAY)[pages.pdf_path(toulouse)].markdown)
    levels = dict((words, level) for level, words in headings)
    assert levels[squeeze("IV. POINTS DE VIGILANCE")] == 2
    assert levels[squeeze("1- Lors de l'inscription")] == 3 and levels[squeeze("3- Avant les épreuves")] == 3
    view = notice_view(dataclasses.replace(toulouse, voice="notice"), FIXED_TODAY)
    passing_form = next(p.topic.title for p in view.parts if p.topic and p.topic.id == "passing_form")
    assert levels[squeeze(typography(passing_form))] == 4
    closing = next(p.topic.title for p in view.parts if p.topic and p.topic.id == "control_exams")
    assert all(level <= 3 for level, words in headings[headings.index((2, squeeze(typography(closing)))):])


def test_a_path_may_name_the_heading_of_the_part_just_before(frozen_notices):
    """A part whose path (session.sections_as_written) is the heading of the part printed just before it
    (session.headings) goes below that heading, not under a second copy of it: Aix-Marseille's « Information »
    beside the « Pour … » groups of « Pièces à téléverser dans votre espace Cyclades » (here, with the frozen data,
    its R408 part)."""
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    info = aix.session.session
    documents = info.headings["documents"]
    below = dataclasses.replace(info, sections_as_written={**info.sections_as_written, "r408": (documents,)})
    moved = dataclasses.replace(aix, session=dataclasses.replace(aix.session, session=below))
    for notice, level in ((aix, 2), (moved, 3)):
        headings = _headings_with_levels(pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown)
        assert headings.count((2, squeeze(typography(documents)))) == 1
        assert (level, squeeze(typography(aix.texts.text("r408.title")))) in headings


def test_reference_label(frozen_notices):
    """Aix-Marseille 2023's « Réf. : Décret n°2013-756 du 19 août 2013 » (session.reference_label) is printed as the
    notice writes it, in place of the guide's « Texte de référence : »; the web page keeps the guide's words."""
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    info = aix.session.session
    printed = pages.print_pages([aix], FIXED_TODAY)[pages.pdf_path(aix)].markdown
    guide_s = squeeze(aix.texts.text("header.reference", reference=info.reference))
    assert squeeze(f"{info.reference_label} : {info.reference}") in {squeeze(line) for line in printed.splitlines()}
    assert guide_s not in squeeze(printed)
    assert guide_s in squeeze(pages.notice_page(aix, FIXED_TODAY))


def check_exam_office_in_the_notice_s_words(notices) -> int:
    """The academy's exam office (academy.yaml) is printed in a notice's PDF by its name and addresses, without
    the guide's words on it (role, note: written once for every session); the web page keeps them. A session's
    own exam office (exam_office: in its file, the notice's words) is printed as it is. Returns how many offices
    of academy.yaml had such words."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        office = notice.exam_office
        if office is None or "contacts" in notice.session.session.web_only or not (office.role or office.note):
            continue
        printed = squeeze(prints[pages.pdf_path(notice)].markdown)
        web = squeeze(pages.notice_page(notice, FIXED_TODAY))
        notes = [notice.session.specialty_contacts_note or "", notice.session.managing_academies_note or ""]
        in_notes = all(said_in(notes, str(x)) for x in (*office.emails, *office.phones))  # no card (check_contacts_said_once)
        # (an office the session gives as the notice writes it, as_written: that block, in place of its card)
        block = office.as_written and squeeze(md_block(office.as_written).replace("\\", "")) in squeeze(printed.replace("\\", ""))
        assert in_notes or block or squeeze(typography(office.name)) in printed
        own = notice.session.exam_office is not None
        for words in (office.role, office.note):
            if words:
                assert (squeeze(md_block(words)) in printed) == own, f"{notice.slug} {notice.year} : {words}"
                # (the web page: academy.yaml's words said as the guide's, « Note du guide : », first letter lowered)
                shown = md_block(words) if own else md_block(guide_note(notice, words))
                assert squeeze(shown) in web, f"{notice.slug} {notice.year} : {words}"
        seen += not own
    return seen


def test_exam_office_in_the_notice_s_words_real(real_notices):
    check_exam_office_in_the_notice_s_words(real_notices)


def test_exam_office_in_the_notice_s_words_frozen(frozen_notices):
    """Toulouse's and Nantes's exam offices have a role written by the guide in academy.yaml."""
    assert check_exam_office_in_the_notice_s_words(frozen_notices) >= 2


def check_r408_list_printed_as(notices) -> dict[str, int]:
    """The notice's own R408 list is printed in its PDF as the notice gives it (r408.list.printed_as): a list
    under « Spécialités concernées : », the notice's table with a column per annex, crossed, or not at all
    (the notice names them only in its remark or its list of documents). Returns how many of each."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = {"list": 0, "table": 0, "none": 0}
    for notice in notices:
        own = notice.r408.notice_list
        if own is None or "r408" in notice.session.session.web_only:
            continue
        t = notice.texts
        printed = prints[pages.pdf_path(notice)].markdown
        lead = typography(t.text("r408.specialties_as_written"))
        # (the heads of the notice's table as it writes them, r408.list.columns:, tls71)
        where = f"{notice.slug} {notice.year}"
        if own.printed_as == "list":
            assert lead in printed and "bts-crossed" not in printed, where
        elif own.printed_as == "table":
            assert lead not in printed and "bts-crossed" in printed, where
            crossed = printed[printed.index("bts-crossed"):].split("</thead>", 1)[0]
            # (a head's text, whatever escaping it gets, HTML's « &amp; » or Markdown's « \* »: any valid head, review71 L12)
            heads = [squeeze(re.sub(r"\\(.)", r"\1", html.unescape(re.sub(r"<[^>]+>", "", head))))
                     for head in re.findall(r"<th[^>]*>(.*?)</th>", crossed, re.S)]
            assert heads == [squeeze(typography(c)) for c in own.columns], where
            table = printed[printed.index("bts-crossed"):].split("</table>")[0]
            rows = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL) for row in table.split("</tr>")]
            rows = [cells for cells in rows if len(cells) == 3]
            assert len(rows) == len(own.specialties), where
            for entry, cells in zip(own.specialties, rows):
                name = specialty_as_written(notice, entry.specialty, entry.words)
                assert squeeze(typography(name)) in squeeze(cells[0]), (where, name, cells)
                assert [cell.strip() == "X" for cell in cells[1:]] == [4 in entry.annexes, 5 in entry.annexes], (where, name, cells)
        else:
            assert lead not in printed and "bts-crossed" not in printed, where
        seen[own.printed_as] += 1
    return seen


def test_the_notice_s_r408_table_is_headed_in_its_words(frozen_notices):
    """tls71: the notice's R408 table (printed_as: table, Clermont-Ferrand 2024's « Spécialités de BTS / Annexe 4 /
    Annexe 5 ») was headed in its PDF by shared words of the guide (content/interface.yaml), true of that notice only:
    its heads are the session file's r408.list.columns:, whatever they are."""
    clermont = next(n for n in frozen_notices if n.slug == "clermont-ferrand" and n.year == 2024)
    own = clermont.r408.notice_list
    assert own is not None and own.printed_as == "table" and own.columns == ("Spécialités de BTS", "Annexe 4", "Annexe 5")

    def heads(notice) -> list[str]:
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown
        return re.findall(r"<th[^>]*>([^<]*)</th>", printed[printed.index("bts-crossed"):].split("</thead>", 1)[0])

    assert heads(clermont) == ["Spécialités de BTS", "Annexe 4", "Annexe 5"]
    other = dataclasses.replace(clermont, r408=dataclasses.replace(
        clermont.r408, notice_list=dataclasses.replace(own, columns=("Diplômes", "R408 annexe 4", "R408 annexe 5"))))
    assert heads(other) == ["Diplômes", "R408 annexe 4", "R408 annexe 5"]


def test_r408_list_printed_as_the_notice_gives_it_real(real_notices):
    check_r408_list_printed_as(real_notices)


def test_r408_list_printed_as_the_notice_gives_it_frozen(frozen_notices):
    """Aix-Marseille names the specialties in its remark only (none); Toulouse's list, printed as a table here
    (a copy: its notice gives it in its list of documents), crosses each annex it requires."""
    assert check_r408_list_printed_as(frozen_notices)["none"] == 1
    toulouse = next(n for n in frozen_notices if n.slug == "toulouse")
    # (with the heads validate requires of a table, r408.list.columns:)
    own = dataclasses.replace(toulouse.r408.notice_list, printed_as="table", columns=("Spécialités", "Annexe 4", "Annexe 5"))
    as_table = dataclasses.replace(toulouse, r408=dataclasses.replace(toulouse.r408, notice_list=own))
    assert check_r408_list_printed_as([as_table])["table"] == 1
    # (any valid heads: with « & » and « * », escaped in the HTML and the Markdown — the real-data check must not fail on them)
    own = dataclasses.replace(own, columns=("Spécialités & options", "Annexe *4*", "Annexe 5"))
    as_table = dataclasses.replace(toulouse, r408=dataclasses.replace(toulouse.r408, notice_list=own))
    assert check_r408_list_printed_as([as_table])["table"] == 1


def check_rows_as_written(notices) -> int:
    """Items the notice gives in one row of its list (the same row_as_written) are one row of the PDF's table:
    its words once, then each item (its label, or its details when they name it); the web page keeps a row
    per item. Returns how many such rows."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        if "documents" in notice.session.session.web_only:
            continue
        rows: dict[tuple, list] = {}
        for doc in notice.documents:
            if doc.row_as_written and doc.listed:
                rows.setdefault((doc.group, doc.row_as_written), []).append(doc)
        printed = prints[pages.pdf_path(notice)].markdown
        web = notice_view(notice, FIXED_TODAY)
        web_ids = [row.id for group in web.documents for row in group.rows]
        for (group, words), docs in rows.items():
            if len(docs) < 2:
                continue
            where = f"{notice.slug} {notice.year} : {words}"
            cells = [cell for cell in re.findall(r"<td[^>]*>(.*?)</td>", printed, re.DOTALL) if squeeze(typography(words)) in squeeze(cell)]
            assert len(cells) == 1, where
            for doc in docs:
                named = doc.detail and doc.detail_listed and squeeze(doc.label).casefold() in squeeze(doc.detail).casefold()
                shown = doc.detail if named else doc.label
                # (or the row's words name it: « Dispenses : Photocopie du diplôme ou photocopie de la décision… »)
                assert squeeze(md_block(shown)) in squeeze(cells[0]) or same_words(doc.label, words) or row_names_item(words, doc.label), (where, doc.id)
                assert doc.id in web_ids, (where, doc.id)
            seen += 1
    return seen


def test_the_states_of_the_deposit_follow_the_sentence_that_announces_them(frozen_notices):
    """Nantes 2026's step 6 announces « les codes couleurs suivants » : in its PDF the states follow that step's
    text, without a heading of the guide's (the web page keeps its table under its heading)."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    printed = pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown
    guide = nantes.session.establishment_guide
    t = nantes.texts
    assert f"## {typography(t.text('establishment.document_states'))}" not in printed
    assert f"## {typography(t.text('establishment.document_states'))}" in pages.establishment_page(nantes, FIXED_TODAY)
    last = printed.index(f"### {typography(t.text('steps.heading', number=len(guide.steps), title=guide.steps[-1].title))}")
    after = printed[last + 4:]
    first_state = after.index(f"- {typography(guide.document_states[0].meaning)}")
    assert "\n#" not in after[:first_state], after[:first_state]


def check_establishment_steps_as_written(notices) -> int:
    """An establishments' notice whose steps have their own headings (heading_as_written): its PDF prints them
    as its parts, without the guide's « Démarche de l'établissement » nor « Étape n : »; the establishment page
    keeps the guide's. Returns how many notices."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        guide = given(notice.session.establishment_guide)
        if not guide or not guide.steps[0].heading_as_written:
            continue
        t = notice.texts
        printed = prints[pages.pdf_path(notice)].markdown
        titles = {words for _, words in _headings_with_levels(printed)}
        assert squeeze(typography(t.text("establishment.guide_title"))) not in titles, notice.slug
        for number, step in enumerate(guide.steps, start=1):
            assert (2, squeeze(typography(step.heading_as_written))) in _headings_with_levels(printed), step.heading_as_written
            assert squeeze(typography(t.text("steps.heading", number=number, title=step.title))) not in titles
        assert f"## {typography(t.text('establishment.guide_title'))}" in pages.establishment_page(notice, FIXED_TODAY)
        seen += 1
    return seen


def test_establishment_steps_as_written_real(real_notices):
    check_establishment_steps_as_written(real_notices)


def test_establishment_steps_as_written_frozen(frozen_notices):
    """Nantes 2026 with its steps titled as its notice does (« 1 - Paramétrage établissement »…)."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    assert check_establishment_steps_as_written([nantes]) == 0  # the frozen data: the guide's headings
    guide = nantes.session.establishment_guide
    steps = tuple(dataclasses.replace(step, heading_as_written=f"{i} - {step.title}") for i, step in enumerate(guide.steps, start=1))
    session = dataclasses.replace(nantes.session, establishment_guide=dataclasses.replace(guide, steps=steps))
    assert check_establishment_steps_as_written([dataclasses.replace(nantes, session=session)]) == 1


def cell(value) -> str:
    """A table cell's value as the template writes it (``|cell``: Markup as it is, a text as inline Markdown)."""
    from generator.site.templating import markdown_value

    return str(markdown_value(value))


def check_details_not_listed(notices) -> int:
    """An item's details the guide took from the notice's text (detail_listed: false) are not printed in the
    PDF's list, where the notice does not write them; the web page gives them. Returns how many."""
    seen = 0
    for notice in notices:
        for doc in notice.documents:
            if doc.detail and not doc.detail_listed:
                own = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
                web = notice_view(notice, FIXED_TODAY)
                # (its row may be one the notice gives with others, under the first one's id: row_as_written)
                # (each cell as the template writes it, |cell: a detail the guide's words follow on the next line is
                # Markup already, document_view.after_words)
                printed = " ".join(cell(row.notes) for group in own.documents for row in group.rows)
                # (in every group of the notice's list that repeats it: also_listed_in)
                shown = [row for group in web.documents for row in group.rows if row.id == doc.id]
                assert len(shown) == 1 + len(doc.also_listed_in), doc.id
                detail = squeeze(cell(doc.detail))
                # (the page: a « […] » for its label, the notice's line whole, lines76: beside_its_item)
                on_the_page = squeeze(cell(beside_its_item(doc.detail, None if doc.label_by_guide else doc.label)))
                assert detail not in squeeze(printed) and all(on_the_page in squeeze(cell(row.notes)) for row in shown), doc.id
                seen += 1
    return seen


def test_details_not_listed_real(real_notices):
    check_details_not_listed(real_notices)


def test_details_not_listed_frozen(frozen_notices):
    """Nantes 2026's list gives the engagement étudiant form without the words its section 5 says of it."""
    assert check_details_not_listed(frozen_notices) == 1


def check_contacts_said_once(notices) -> int:
    """The contacts part of a notice's PDF gives each e-mail address and phone number once: an office the
    notice gives only in its words on the contacts (« Adresse électronique du bureau… : ») has no card as well.
    Returns how many notices have such words."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        note = notice.session.specialty_contacts_note
        if not note or "contacts" in notice.session.session.web_only:
            continue
        t = notice.texts
        printed = prints[pages.pdf_path(notice)].markdown
        heading = f"## {typography(notice.session.session.headings.get('contacts') or t.text('contacts.title'))}"
        part = printed[printed.index(heading):]
        part = part[: part.index("\n## ", 1)] if "\n## " in part[1:] else part
        offices = [notice.exam_office, *(notice.section("contacts") or ())]
        for address in {x for o in offices if o is not None for x in (*o.emails, *o.phones)}:
            assert part.count(str(address)) <= 1, (notice.slug, notice.year, address)
        seen += any(said_in([note], e) for o in offices if o is not None for e in o.emails)
    return seen


def test_contacts_said_once_real(real_notices):
    check_contacts_said_once(real_notices)


def test_contacts_said_once_frozen(frozen_notices):
    """Toulouse's notes on its specialties' contacts give the office's e-mail: no card repeats it."""
    assert check_contacts_said_once(frozen_notices) >= 1


def test_rows_as_written_real(real_notices):
    check_rows_as_written(real_notices)


def test_rows_as_written_frozen(frozen_notices):
    """Nantes 2026 gives its four attestations of Maintenance des systèmes in one row of its list, Toulouse 2024
    its two « Dispenses » in one row of alternatives."""
    assert check_rows_as_written(frozen_notices) == 2


def check_later_deposit_of_national_documents(notices) -> int:
    """A national document the notice's item covers in part (the national R408 list beyond the notice's) is asked for
    where the item is not: the notice's words on a later deposit of its item are not its own (the notice does not say
    whether « attestation R408 pour les spécialités concernées » covers a specialty beyond its list: a review, read52
    M2). Its row in the PDF's annex, as on the web page, says the guide's reading with those words quoted: the notice
    does not ask for it there, the guide does not know whether they cover it. A national document no item covers has
    no such words either: the notice's « sauf pièces pouvant être à déposer ultérieurement : attestation R408 » does
    not name the RQTH justification a national text accepts in its place. Returns how many."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        items = {n: doc.late_deposit for doc in notice.documents if not doc.national and doc.late_deposit for n in doc.covers}
        for doc in notice.documents:
            if doc.national:
                assert doc.late_deposit is None, (notice.slug, notice.year, doc.id)
            if doc.national and doc.partly_covered and doc.national in items:
                annex = prints[pages.pdf_path(notice)].annex
                plain = squeeze(annex).replace("*", "")  # (the group's date line is bold)
                if squeeze(typography(doc.label)) in plain:
                    unasked = squeeze(typography(notice.texts.text("documents.late_deposit_unasked", words=items[doc.national].strip(), office=notice.office_reach)))
                    assert unasked.split("«")[0] in plain, (notice.slug, notice.year, doc.id)
                    assert squeeze(typography("« " + md_block(items[doc.national]).rstrip("."))) in plain, (notice.slug, notice.year, doc.id)
                seen += 1
    return seen


def test_later_deposit_of_national_documents_real(real_notices):
    check_later_deposit_of_national_documents(real_notices)


def test_later_deposit_of_national_documents_frozen(frozen_notices):
    """Toulouse 2024 lets candidates deposit the R408 attestation later; the national list of 2023 asks for it
    for more specialties than the notice's (arrêté du 14/04/2016): those rows say the guide does not know whether
    the notice's words cover them, with those words."""
    assert check_later_deposit_of_national_documents(frozen_notices) >= 1


def test_a_footnote_and_a_dated_heading_are_printed_once(frozen_notices):
    """Nantes 2026's list: the * note its rows share is said once below the table, the rows keep the mark;
    a group headed by the notice's own words for the date (« À déposer le 19 novembre au plus tard sur
    CYCLADES ») gets no second line saying it. The web page keeps the note in each row, without the mark."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    own = notice_view(dataclasses.replace(nantes, voice="notice"), FIXED_TODAY)
    first = own.documents[0]
    # (the notice's mark « * », seed 002 l.177, written « \\* » in Markdown; nts71)
    assert first.deadline_in_heading and len(first.notes_below) == 1 and first.notes_below[0].startswith("\\* ")
    assert [row.details for row in first.rows].count("\\*") >= 2
    markdown = pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown.replace("\\", "")  # Markdown escapes
    note = squeeze(first.notes_below[0].replace("\\", ""))
    assert squeeze(markdown).count(note) == 1
    section = markdown.split(f"### {typography(first.name)}", 1)[1].split("\n### ", 1)[0]  # the group's heading to the next
    assert squeeze(nantes.texts.text("documents.group_deadline", date=first.deadline)) not in squeeze(section.replace("**", ""))
    assert squeeze(first.deadline) in squeeze(markdown)  # the dates table has it
    # the web page: the note under each of its pieces, without the mark, which their labels do not carry (seed73b)
    web = notice_view(nantes, FIXED_TODAY)
    assert sum(row.details == first.notes_below[0].removeprefix("\\* ") for row in web.documents[0].rows) >= 2
    assert not any(row.details.lstrip().startswith(("\\*", "*", "(*)")) for group in web.documents for row in group.rows)


def test_an_item_the_notice_asks_for_in_its_text_stays_there_in_the_pdf(frozen_notices):
    """Aix-Marseille 2023 asks for a training attestation for rare languages in its « 4 – Langues vivantes »,
    not in its list (listed: false): the PDF prints that text, not a row with a date the notice does not
    give; the web page and the checklist list it with the others."""
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    item = next(doc for doc in aix.documents if doc.id == "rare_language_training")
    assert not item.listed
    own = notice_view(dataclasses.replace(aix, voice="notice"), FIXED_TODAY)
    web = notice_view(aix, FIXED_TODAY)
    assert item.id not in {row.id for group in own.documents for row in group.rows}
    assert item.id in {row.id for group in web.documents for row in group.rows}
    languages = next(topic for topic in own.topics if topic.id == "languages")
    assert any("attestation de formation" in text for block in languages.blocks for text in block.texts)


def test_the_notice_s_words_on_a_later_deposit_are_printed_once(frozen_notices):
    """Aix-Marseille 2023: « …ou, le cas échéant dans les meilleurs délais » is its remark on the R408
    attestation; the PDF prints it there, not again beside the document's date (the web page does, with
    « d'après la notice »)."""
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    words = next(doc.late_deposit for doc in aix.documents if doc.late_deposit)
    markdown = pages.print_pages([aix], FIXED_TODAY)[pages.pdf_path(aix)].markdown
    said = squeeze(words).removesuffix(".").casefold()  # its remark writes « l'attestation » mid-sentence
    assert squeeze(markdown).casefold().count(said) == 1
    assert said in squeeze(pages.notice_page(aix, FIXED_TODAY).split("## Attestation R408")[0]).casefold()


def check_pour_qui_is_the_notice_s(notices) -> None:
    """In the notice's voice, « Pour qui » is the notice's words for whom (who_as_written) or nothing, and a
    table has the column only when some row has such words (a list with a column per route has none: its
    words for whom that are not a route's name are in the details); the web page says it for every row."""
    for notice in notices:
        by_id = {doc.id: doc for doc in notice.documents}
        own = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        by_route = notice.session.session.documents_by_route
        routes = {notice.texts.text(f"establishment.col_{r}").casefold() for r in ("scolaire", "apprenti", "formation_continue")}
        for group in own.documents:
            for row in group.rows:
                wanted = by_id[row.id].who_as_written or "" if row.id in by_id else ""
                if row.lines:  # a row of the notice that gives several items: its words say for whom, or nothing
                    assert row.who in ("", wanted) and (
                        not wanted or row.who or squeeze(wanted) in squeeze(row.label) or (by_route and wanted.casefold() in routes)
                    ), row.label
                elif by_route:
                    assert row.who == "" and (not wanted or wanted.casefold() in routes or wanted in row.details), row.label
                else:
                    assert row.who == wanted, f"{notice.slug} {notice.year} : {row.label} : « {row.who} »"
            assert group.who == any(row.who for row in group.rows), group.name
        web = notice_view(notice, FIXED_TODAY)
        assert all(row.who for group in web.documents for row in group.rows), notice.slug


def test_pour_qui_in_print_is_the_notice_s_words_real(real_notices):
    check_pour_qui_is_the_notice_s(real_notices)


def test_pour_qui_in_print_is_the_notice_s_words_frozen(frozen_notices):
    """Aix-Marseille 2023 says for whom by its headings (« Pour les candidats redoublants »): no column in
    its PDF; the web page reads them (« … et n'êtes plus en formation »)."""
    check_pour_qui_is_the_notice_s(frozen_notices)
    aix = next(n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    t = aix.texts
    markdown = pages.print_pages([aix], FIXED_TODAY)[pages.pdf_path(aix)].markdown
    assert t.text("documents.col_who") not in markdown and "plus en formation" not in markdown
    assert "plus en formation" in pages.notice_page(aix, FIXED_TODAY)
    assert t.text("who.col_how") not in markdown and t.text("topics.title") not in markdown


def test_clermont_2024_pdf_dates_table_gives_the_guide_s_date_beside_the_notice_s_words(frozen_site, frozen_notices):
    """The dates table of the first page is the guide's (« Tableau établi par le guide »): its date is the one the web
    page, the checklist and the calendar give, « au plus tard le lundi 20 novembre 2023 », marked as the guide's
    reading, and the notice's « avant le 21 novembre 2023 » beside it, with where the annex says why (a review, phone50
    L1: the table printed « avant le 21 novembre 2023 » as the date); « heure non précisée » before the annex in that
    table's date column only, as the web page says it (pdfdates70); the
    guide's reading, in its words (« heure non précisée par la notice »), in the annex."""
    clermont = next(n for n in frozen_notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    t = clermont.texts
    _count, texts, _tops, _bottoms, _uris = _read(_pdf(frozen_site, clermont))
    squeezed = [squeeze(text) for text in texts]
    start = next(i for i, text in enumerate(squeezed) if squeeze(t.text("annex.title")) in text)
    notice_part, annex = "".join(squeezed[:start]), "".join(squeezed[start:])
    first = squeezed[0]
    assert squeeze("Dépôt de toutes les pièces justificatives") in first
    assert squeeze(t.text("dates.guide_day", date="au plus tard le lundi 20 novembre 2023 (heure non précisée par la notice)")) in first
    assert squeeze("« Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023. »") in first
    # (where the annex gives the guide's reading, with its page: the annex's « Les dates de la notice, lues par le guide »)
    page = next(i for i in range(start, len(squeezed)) if squeeze(t.text("annex.dates_title")) in squeezed[i]) + 1
    assert squeeze(t.text("dates.reading_in_annex", title=t.text("annex.dates_title"), page=str(page))) in first
    # (the notice's « impérativement avant le 15 novembre 2023 »: the guide's 14th, in the same way)
    assert squeeze(t.text("dates.guide_day", date="au plus tard le mardi 14 novembre 2023 (heure non précisée par la notice)")) in first
    # (the CDAPH's day is the notice's, its hour the closing's: « heure retenue par le guide »)
    assert squeeze(t.text("dates.guide_hour", date="au plus tard le mercredi 15 novembre 2023 à 17 h 00 (heure de Paris)")) in first
    # (the table's dates in the web page's words, pdfdates70: « heure non précisée » there, and nowhere else before the annex)
    outside = squeeze(_outside_dates_table(_pdf(frozen_site, clermont), t.text("dates.col_date")))
    assert squeeze("heure non précisée") not in outside + "".join(squeezed[1:start])
    assert squeeze("au plus tard le lundi 20 novembre 2023 (heure non précisée par la notice)") in annex
    # who the JDC paper is for, in the notice's words (who_as_written), not the guide's question
    assert squeeze("Si vous avez entre 18 et 25 ans") in notice_part
    assert squeeze("à la date de référence") not in notice_part
    # the annex's JDC row names the age's date as the annex's dates give it (the guide's reading here: the
    # notice has no reference date of its own), never « la date de référence de la notice »
    assert squeeze("moins de 18 ans à la date de référence pour l'âge retenue par le guide (la notice n'en donne pas), le mercredi 15 novembre 2023 "
                   "ou si vous atteignez 25 ans pendant la période d'inscription, et que vous êtes de nationalité française") in annex
    assert squeeze("date de référence de la notice") not in annex
    # the age's reference date is the guide's reading: in the annex, not in the notice's part
    assert squeeze(clermont.texts.text("dates.age_reference", date="")).removesuffix(".") in annex
    assert squeeze(clermont.texts.text("dates.age_reference", date="")).removesuffix(".") not in notice_part


def _notice_and_annex(texts: tuple[str, ...], t) -> tuple[str, str]:
    """A PDF's text (squeezed) up to the guide's annex, and from it."""
    squeezed = [squeeze(text) for text in texts]
    start = next(i for i, text in enumerate(squeezed) if squeeze(t.text("annex.title")) in text)
    return "".join(squeezed[:start]), "".join(squeezed[start:])


def test_toulouse_2024_pdf_gives_the_guide_s_advice_on_the_notice_s_contradiction(frozen_site, frozen_notices):
    """The notice's I. excludes the distance learners of the formation continue, its Annexe 1 lists their pieces: the
    web page shows both passages and the guide's advice under « Qui s'inscrit et comment »; the PDF printed the
    passages, each in its place, and not the advice (a review, read46 M2). Its annex now gives the page's box."""
    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    t = toulouse.texts
    notice_part, annex = _notice_and_annex(_read(_pdf(frozen_site, toulouse))[1], t)
    (contradiction,) = notice_view(toulouse, FIXED_TODAY).who.contradictions
    # the advice of the day the PDF is printed (FIXED_TODAY, after Toulouse 2024's closing: advice_after_closing, read56
    # L6), the other not
    assert contradiction.closing is not None and contradiction.closing.now
    advice = squeeze("La notice ne permet pas de savoir si vous deviez vous inscrire vous-même. Les inscriptions étant closes, contactez au plus tôt le bureau des examens post-bac")
    assert advice in annex and advice not in notice_part
    assert squeeze(emphasis.plain(contradiction.advice)) not in annex
    assert squeeze(t.text("annex.contradictions_title")) in annex
    assert squeeze(t.text("who.contradiction_title", about=contradiction.about)) in annex
    # each passage named by its place in the notice, as on the page; the candidates it concerns
    for section in ("« I. LES CANDIDATS CONCERNÉS »", "« Annexe 1 : Pièces justificatives à téléverser sur Cyclades »"):
        assert squeeze(t.text("standing.passage", section=section, words="")).removesuffix("«»") in annex, section
    assert squeeze(t.text("steps.who", condition=contradiction.who)) in annex


def test_a_warning_the_page_shows_with_the_documents_is_in_the_pdf_s_annex(frozen_notices, tmp_path):
    """Nantes 2026 speaks of dispensations obtained by VAE, and its list of documents has none for them: its session
    file places the warning the checklist gives them in the page's documents (page: documents). The PDF left it out (a
    review, read46 M2): its annex now gives it, with its candidates and its source, as the page does; the notice's own
    part stays in the notice's words."""
    from generator.model.conditions import Condition
    from generator.model.session import WarningSwitch
    from generator.pdf import notice_pdfs

    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    t = nantes.texts
    section = "« RAPPELS REGLEMENTAIRES BTS », « BENEFICES – DISPENSES D'EPREUVES », « Dispenses d'épreuves »"
    vae = WarningSwitch(
        section=section,
        title="Dispense obtenue par la VAE : la liste des pièces de la notice n'en prévoit aucune ; demandez au bureau DEC 4-1, "
              "avant la date limite de dépôt des pièces, quelle pièce déposer",
        text="Peuvent être concernés par les dispenses, les candidats déjà titulaires d'un BTS, d'un D.U.T ou d'un diplôme de niveau 5 "
             "ou supérieur ainsi que les candidats ayant obtenu des dispenses dans le cadre de la Validation des Acquis de l'Expérience.",
        when=Condition("test", "dispensation", ("vae", "both")),
        page="documents",
    )
    notice = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, warnings={**nantes.session.warnings, "vae_unlisted": vae}))
    (shown,) = notice_view(notice, FIXED_TODAY).documents_warnings
    prints = pages.print_pages([notice], FIXED_TODAY)
    path = tmp_path / "nantes-2026.pdf"
    path.write_bytes(notice_pdfs(prints, t, SETTINGS, cache=tmp_path)[pages.pdf_path(notice)])
    notice_part, annex = _notice_and_annex(_read(path)[1], t)
    title = squeeze("Dispense obtenue par la VAE : la liste des pièces de la notice n'en prévoit aucune")
    assert title in annex and title not in notice_part
    assert squeeze(t.text("annex.documents_warnings_title")) in annex
    assert squeeze("dans le cadre de la Validation des Acquis de l'Expérience") in annex
    assert squeeze(t.text("steps.who", condition=shown.who)) in annex and squeeze(t.text("provenance.notice", section=section)) in annex
    # the frozen file's own warning on exam adjustments (page: exam_adjustment), under its heading
    assert squeeze(t.text("annex.adjustment_warnings_title")) in annex
    assert squeeze("La fiche préparatoire a une case pour la demande d'aménagement d'épreuves") in annex


def test_toulouse_2024_pdf_prints_its_form_after_the_notice(frozen_site, frozen_notices):
    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    count, texts, _tops, bottoms, _uris = _read(_pdf(frozen_site, toulouse))
    squeezed = [squeeze(text) for text in texts]
    form = next(i for i, text in enumerate(squeezed) if text.startswith(squeeze("Attestation de refus de bénéfices de notes")))
    # the notice's own words point to it (« annexe 2 de la notice »), not the guide's list of forms
    assert squeeze(toulouse.texts.text("forms.title")) not in "".join(squeezed[:form])
    # then the notice's parts its order puts after the form (its contacts, Annexe 3), on a page of their own, and the
    # guide's annex after them (read52 L3)
    assert squeezed[form + 1].startswith(squeeze(f"Académie de Toulouse — BTS session 2024 {toulouse.texts.text('contacts.title')}"))
    annex = next(i for i, text in enumerate(squeezed) if squeeze(toulouse.texts.text("annex.title")) in text)
    assert annex > form + 1
    assert squeeze(f"{form + 1} / {count}") in squeeze(bottoms[form])


# ---------------------------------------------------------------- the notice's letterhead, its parts' opening words, its contact blocks


def _with_session(notice, **changes):
    """``notice`` with its session's ``session:`` block changed."""
    info = dataclasses.replace(notice.session.session, **changes)
    return dataclasses.replace(notice, session=dataclasses.replace(notice.session, session=info))


def _md_text(markdown: str) -> str:
    """A print version's Markdown as compared: squeezed, without Markdown's escapes and line breaks."""
    return squeeze(markdown.replace("\\", "").replace("<br>", ""))


def check_letterheads(notices) -> int:
    """A session's letterhead (session.letterhead) is printed once, at the top of its PDF (before the dates
    table), in place of the notice's date line, and of its title and residence when it says them; the web page
    keeps its header (the notice's date, its title) and prints no letterhead. Returns how many were checked."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        info, where = notice.session.session, f"{notice.slug} {notice.year}"
        if not info.letterhead:
            continue
        t = notice.texts
        printed = prints[pages.pdf_path(notice)].markdown
        text, head = _md_text(printed), squeeze(md_block(info.letterhead).replace("\\", "").replace("<br>", ""))
        assert text.count(head) == 1, where
        assert text.index(head) < text.index(squeeze(t.text("dates.title"))), where
        web = pages.notice_page(notice, FIXED_TODAY)
        assert head not in _md_text(web), where
        if info.notice_date:
            date_line = squeeze(t.text("header.notice_date", date=notice_view(notice, FIXED_TODAY).header.notice_date))
            assert date_line not in text and date_line in _md_text(web), where
        for words in (given(info.title), info.residence):
            if words and said_in([info.letterhead], words):
                assert text.count(squeeze(typography(words))) == 1, f"{where} : {words}"
        seen += 1
    return seen


def test_letterheads_real(real_notices):
    """Nantes 2024: « Nantes, le 16 octobre 2023 », its bureau's block, « Note d'information », « Objet : … »."""
    assert check_letterheads(real_notices) >= 1


def test_letterheads_frozen(frozen_notices):
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2024))
    assert check_letterheads([nantes]) == 0  # the frozen data: the guide's header
    letterhead = (
        "Nantes, le 16 octobre 2023\n\nNote d'information\n\n"
        f"Objet : {nantes.session.session.title}\n(Domiciliés dans les départements 44, 49, 53, 72 et 85)"
    )
    with_head = _with_session(nantes, letterhead=letterhead, residence="(Domiciliés dans les départements 44, 49, 53, 72 et 85)")
    assert check_letterheads([with_head]) == 1
    printed = pages.print_pages([with_head], FIXED_TODAY)[pages.pdf_path(with_head)].markdown
    assert f"**{typography(nantes.session.session.title)}**" not in printed  # the title, once: in the letterhead


def test_real_nantes_2024_pdf_opens_with_its_letterhead(real_site, real_notices):
    """Page 1 of Nantes 2024's PDF reads as the rectorat's note: its place and date, its bureau's block, « Note
    d'information » and its subject, in that order, above the dates table; no guide heading the notice does
    not have (« Qui s'inscrit et comment », « Contacts »)."""
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2024))
    first = squeeze(_read(_pdf(real_site, nantes))[1][0])
    t = nantes.texts
    lines = ["Nantes, le 16 octobre 2023", "dossier suivi par :", "Antoine BELETEAU", "44326 NANTES Cedex 3", "Note d'information",
             "Objet : BTS - session 2024 – Inscription des candidats individuels", t.text("dates.title")]
    positions = [first.find(squeeze(typography(line))) for line in lines]
    assert -1 not in positions and positions == sorted(positions), positions
    assert squeeze(t.text("header.notice_date", date="lundi 16 octobre 2023")) not in first
    whole = squeeze(" ".join(_read(_pdf(real_site, nantes))[1]))
    annex = whole.index(squeeze(t.text("annex.title")))
    for heading in (t.text("who.title"), t.text("contacts.title")):
        assert squeeze(heading) not in whole[:annex], heading


def check_paragraphs_above_headings(notices) -> int:
    """A step's first paragraphs the notice writes under its part's heading (above_heading) are printed between
    the part's heading and the step's own; the web page keeps them in the step, under its heading. Returns how
    many steps were checked."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        for step in notice.section("steps") or ():
            if not step.above_heading:
                continue
            where = f"{notice.slug} {notice.year} : {step.title}"
            text = _md_text(prints[pages.pdf_path(notice)].markdown)
            first, rest = step.paragraphs()[0], step.paragraphs()[step.above_heading]
            own = step.heading_as_written or step.title
            positions = [text.index(squeeze(typography(w))) for w in (step.section_as_written, md_block(first), own, md_block(rest))]
            assert positions == sorted(positions), where
            web = _md_text(pages.notice_page(notice, FIXED_TODAY))
            assert web.index(squeeze(typography(step_title(step.title, notice.texts)))) < web.index(squeeze(md_block(first))), where
            seen += 1
    return seen


def test_paragraphs_above_headings_real(real_notices):
    """Nantes 2024: « La pré-inscription se fait via l'application CYCLADES… » and its address under
    « I- Pré-inscription », above « Étape 1 : Accès à CYCLADES »."""
    assert check_paragraphs_above_headings(real_notices) >= 1


def test_paragraphs_above_headings_frozen(frozen_notices):
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2024))
    assert check_paragraphs_above_headings([nantes]) == 0
    steps = list(nantes.session.steps)
    opening = "La pré-inscription se fait via l'application CYCLADES."
    steps[0] = dataclasses.replace(steps[0], text=f"{opening}\n\n{steps[0].text}", above_heading=1)
    changed = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, steps=tuple(steps)))
    assert check_paragraphs_above_headings([changed]) == 1
    # without it, the part's opening words are under the step's heading, as on the web page
    steps[0] = dataclasses.replace(steps[0], above_heading=0)
    plain = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, steps=tuple(steps)))
    text = _md_text(pages.print_pages([plain], FIXED_TODAY)[pages.pdf_path(plain)].markdown)
    assert text.index(squeeze(steps[0].heading_as_written)) < text.index(squeeze(opening))


def check_contact_blocks(notices) -> int:
    """An office or contact the session gives as the notice writes it (as_written) is printed as that block, in
    place of its card (no heading with its name); the web page keeps the card. Returns how many were checked."""
    prints = pages.print_pages(notices, FIXED_TODAY)
    seen = 0
    for notice in notices:
        offices = [notice.session.exam_office if isinstance(notice.session.exam_office, Office) else None, *(notice.section("contacts") or ())]
        for office in offices:
            if office is None or not office.as_written or "contacts" in notice.session.session.web_only:
                continue
            where = f"{notice.slug} {notice.year} : {office.name}"
            printed = prints[pages.pdf_path(notice)].markdown
            assert squeeze(md_block(office.as_written).replace("\\", "").replace("<br>", "")) in _md_text(printed), where
            assert f"### {typography(office.name)}" not in unwrapped(printed), where
            assert f"### {typography(office.name)}" in unwrapped(pages.notice_page(notice, FIXED_TODAY)), where
            seen += 1
    return seen


def test_contact_blocks_real(real_notices):
    """Nantes 2026: « Par téléphone : » and its five numbers, « Par courrier électronique : », no sub-heading
    naming the bureau the sentence above them names."""
    assert check_contact_blocks(real_notices) >= 1
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2026))
    printed = pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown
    assert squeeze(printed).casefold().count(squeeze("bureau d'organisation des BTS (DEC 4-1)").casefold()) == 1  # named once


def test_contact_blocks_frozen(frozen_notices):
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    assert check_contact_blocks([nantes]) == 0
    block = "En cas de difficultés, contactez le bureau :\n\nPar téléphone :\n- 02.40.37.38.18\n- 02.40.37.38.38\n\nPar courrier électronique : dec.bts@ac-nantes.fr"
    office = Office(name="Bureau des BTS (bloc de la notice)", phones=("02 40 37 38 18", "02 40 37 38 38"), emails=("dec.bts@ac-nantes.fr",), as_written=block)
    session = dataclasses.replace(nantes.session, exam_office=office)
    assert check_contact_blocks([dataclasses.replace(nantes, session=session, exam_office=office)]) == 1


def test_real_nantes_2026_establishment_steps_as_the_notice_writes_them(real_notices):
    """Nantes 2026: step 2's NB ends without a colon, the two states of a candidacy on lines of their own after
    it; step 6's blocks each with its menu, in the notice's order, then the states of the deposit; no menu said
    twice (« Menu de CYCLADES : »), on the page nor in the PDF; « Bénéfice d'épreuve ou sous épreuve : » a
    sub-heading of « Bénéfices – dispenses d'épreuves », as « Dispenses d'épreuves »."""
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2026))
    printed = pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown
    text = _md_text(printed)
    nb = squeeze("NB : il est également possible de créer une candidature directement dans CYCLADES (cf. annexe 7)")
    assert text.count(nb) == 1 and text[text.index(nb) + len(nb)] != ":"
    assert text.index(nb) < text.index(squeeze("candidatures importées : état « pré-inscrit »"))
    order = ["Suivi des inscriptions", "Menu Inscription – Modifier Inscription - Modifier / Consulter mes élèves", "Suivi du dépôt des PJ",
             "Menu Inscription – Gérer les pièces justificatives – Suivre les retours de pièces justificatives", "Aucun document déposé",
             "Dossier validé par la DEC", "Suivre les retours de pièces justificatives d'inscription"]
    positions = [text.index(squeeze(typography(words))) for words in order]
    assert positions == sorted(positions), positions
    # the last memo sheet as its line writes it (memo_as_written: « → Fiche mémo « … » », seed l.74), not the
    # guide's « Fiche mémo : … », which the page keeps
    memo = squeeze(typography("→ Fiche mémo « Suivre les retours de pièces justificatives d'inscription » dans la documentation CYCLADES"))
    assert text.count(memo) == 1 and squeeze(nantes.texts.text("establishment.memo", memo="")) not in text
    assert squeeze(nantes.texts.text("establishment.memo", memo="")) in _md_text(pages.establishment_page(nantes, FIXED_TODAY))
    menu_label = squeeze(nantes.texts.text("establishment.menu", menu="")).rstrip(":")
    for page in (printed, pages.establishment_page(nantes, FIXED_TODAY)):
        assert menu_label not in _md_text(page)
        for step in nantes.session.establishment_guide.steps:
            for menu in (step.menu or "").split(" ; "):
                if menu:
                    assert _md_text(page).casefold().count(squeeze(typography(menu)).casefold()) == 1, menu
    headings = _headings_with_levels(printed)
    levels = {words: level for level, words in headings}
    # (read from the session file, not its words, review73 M3: a topic's own heading one level below the path of the
    # notice's headings above it, sections_as_written:, each a level below the one before, from level 2: its
    # « Bénéfice d'épreuve ou sous épreuve : » with its colon, as the notice writes it, seed 002 l.292, under « RAPPELS
    # REGLEMENTAIRES BTS », « BENEFICES – DISPENSES D'EPREUVES »; the frozen twin:
    # test_a_heading_the_notice_writes_on_its_own_line_keeps_its_colon)
    info = nantes.session.session
    for topic in ("benefits", "control_exams"):
        path, heading = info.sections_as_written.get(topic, ()), info.headings.get(topic)
        if not heading or topic in info.untitled:
            continue
        for depth, above in enumerate(path):
            assert levels[squeeze(typography(above))] == 2 + depth, (topic, above, headings)
        assert levels[squeeze(typography(heading))] == 2 + len(path), (topic, heading, headings)


def test_real_nantes_2026_pdf_keeps_the_last_state_with_its_list(real_site, real_notices):
    """REVIEW20a N26-N2: a list's last item is never alone at the top of a page (generator/pdf/notice.css):
    Nantes 2026's « Dossier validé par la DEC » on the page of the state before it."""
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2026))
    texts = [squeeze(text) for text in _read(_pdf(real_site, nantes))[1]]
    page = next(i for i, text in enumerate(texts) if squeeze("Dossier validé par la DEC") in text)
    assert squeeze("Dépôt terminé (en attente de contrôle par la DEC)") in texts[page]


def test_real_nantes_2026_benefits_in_the_notice_words_only(real_notices):
    """REVIEW20a N26-N5: Nantes 2026 limits the kept notes to units (seed l.294, l.300); the national « ≥ 10 …
    pendant 5 ans » without that limit is not printed beside it (drop: keep_5_years), neither in its annex nor on
    its page, and the notice's limit is printed."""
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2026))
    national = squeeze(typography("supérieures à 10 sur 20 pendant 5 ans à compter de la date de leur obtention"))  # content/topics.yaml: keep_5_years
    limit = squeeze(typography("ATTENTION : Seules les notes obtenues aux épreuves ou sous-épreuves correspondant à des unités"))
    for page in (pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown, pages.notice_page(nantes, FIXED_TODAY)):
        assert national not in _md_text(page) and limit in _md_text(page)


def test_a_web_address_is_cut_only_when_longer_than_a_line(real_site, real_notices):
    """A web address written in a text is one box in the PDF (generator/pdf/notice.py, _AddressBox): it goes whole
    to the next line when the rest of its line cannot hold it, so no line ends with « https:// » (Nantes 2024,
    p.3: « …site de l'Académie de Nantes : https:// ⏎ www.ac-nantes.fr/… »); the space before it is in its span,
    outside the box, so that the words before it stay on their line (WeasyPrint would leave « une » alone before
    « autre académie (… : https://… », Nantes 2024, or « recto- » before « rat-positionnement@… », Nantes 2026)."""
    html = body_html('Voir le site : <span class="bts-address">https://a.fr</span>.', SETTINGS)
    assert 'site :<span class="bts-address"> <span class="bts-address-box">https://a.fr</span></span>.' in html
    for notice in real_notices:
        lines = [line.strip() for text in _read(_pdf(real_site, notice))[1] for line in text.splitlines()]
        assert not [line for line in lines if re.search(r"https?://$", line)], (notice.slug, notice.year)
        if (notice.slug, notice.year) == ("nantes", 2024):
            squeezed = [squeeze(line) for line in lines]
            assert any(squeeze("une autre académie") in line for line in squeezed), "« une » seul sur sa ligne"
        assert not [line for line in lines if line in ("une", "recto‐", "recto-")], (notice.slug, notice.year)


def test_the_site_s_name_of_a_link_s_words_is_printed_on_one_line(texts):
    """review79 L7: the site's name of an address written as a link's words (generator/site/text.py,
    ADDRESS_NAME_CLASS) is never cut at its hyphen in the PDF, « www.ac- » ending a line (notice.css, white-space:
    nowrap; removing the rule broke no test). Eighty paragraphs whose words before the link grow a letter at a time,
    so that lines end at every place of the name: each prints « www.ac-nantes.fr » whole."""
    link = ('[<span class="bts-address-name">www.ac-nantes.fr</span>/positionnement-122104]'
            '(<https://www.ac-nantes.fr/positionnement-122104>){: .bts-bare-url }')
    paragraphs = [" ".join(["mot"] * (k // 4)) + " " + "a" * (k % 4 + 1) + " " + link for k in range(60, 140)]
    pdf = notice_pdf(notice_html("# Titre\n\n" + "\n\n".join(paragraphs) + "\n", "Académie de Test", texts, SETTINGS), "essai.pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        lines = [line.strip() for page in document.pages for line in (page.extract_text() or "").splitlines()]
    assert not [line for line in lines if re.search(r"www\.ac[-\u2010]?$", line)], lines
    assert sum("www.ac-nantes.fr" in line for line in lines) == len(paragraphs), lines


def test_the_space_before_bold_words_is_inside_them(real_site, real_notices):
    """WeasyPrint 70 breaks a line after its first word when the text before an inline element ends with a space
    at the end of the line (Nantes 2024, step 1: « • Si » alone, then « votre inscription est pré-initialisée… »):
    the PDF puts that space inside the bold words (generator/pdf/notice.py, _SpaceIntoBold)."""
    html = body_html("- Si votre inscription, cliquez **pour finaliser.**", SETTINGS)
    assert "cliquez<strong> pour finaliser.</strong>" in html and " <strong>" not in html
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2024))
    lines = [squeeze(line) for text in _read(_pdf(real_site, nantes))[1] for line in text.splitlines()]
    assert not [line for line in lines if line in ("• Si", "Si")], "« Si » seul sur sa ligne"


def test_the_space_before_a_number_kept_whole_is_inside_it(real_site, real_notices):
    """print58 L3: the same WeasyPrint 70 break before a number kept whole (« article D 643-23 », a span of
    generator/site/text.py NOWRAP_CLASS): Clermont-Ferrand 2024's « 2. Forme de passage » printed « Les » alone on its
    line, then « deux formes permettent la compensation … (article », then « D 643-23 du code de l'éducation). ».
    The PDF puts that space inside the span (generator/pdf/notice.py, _SpaceIntoNumber)."""
    html = body_html(md_block("Les deux formes permettent la compensation (article D 643-23 du code de l'éducation)."), SETTINGS)
    assert '(article<span class="bts-nowrap"> D 643-23</span>' in html and ' <span class="bts-nowrap">' not in html, html
    clermont = next(n for n in real_notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    lines = [squeeze(line) for text in _read(_pdf(real_site, clermont))[1] for line in text.splitlines()]
    assert squeeze("Les deux formes permettent") in "".join(lines)  # (the paragraph is in the PDF)
    assert not [line for line in lines if line == "Les"], "« Les » seul sur sa ligne"


def test_the_no_break_space_before_a_number_kept_whole_is_inside_it(real_site, real_notices):
    """print61 L5: the same break before « n° 2020-1167 » (the no-break space of « n° », then the number's span):
    Clermont-Ferrand 2024's « Pourquoi » printed « Règle » alone on its line, then « nationale — décret n° 2020-1167
    du … ». The PDF puts that no-break space inside the span too (_SpaceIntoNumber): the line breaks after « décret »."""
    html = body_html(md_block("Règle nationale — décret n° 2020-1167 du 23 septembre 2020."), SETTINGS)
    assert 'n°<span class="bts-nowrap">\u00a02020-1167</span>' in html, html
    clermont = next(n for n in real_notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    lines = [squeeze(line) for text in _read(_pdf(real_site, clermont))[1] for line in text.splitlines()]
    assert squeeze("décret n° 2020-1167") in "".join(lines)  # (the source line is in the PDF)
    assert not [line for line in lines if line == "Règle"], "« Règle » seul sur sa ligne"


def test_national_documents_of_a_notice_without_a_list(real_site, real_notices):
    """Nantes 2024 gives no list of documents (it sends candidates to CYCLADES' own): its annex says so above the
    national documents, rather than « en plus de la liste de la notice »."""
    nantes = next(n for n in real_notices if (n.slug, n.year) == ("nantes", 2024))
    assert nantes.session.documents_elsewhere
    whole = squeeze(" ".join(_read(_pdf(real_site, nantes))[1]))
    t = nantes.texts
    assert squeeze(t.text("documents.national_group_no_list")) in whole
    assert squeeze(t.text("documents.national_group")) not in whole


def test_the_notice_s_rows_of_alternatives_and_of_its_own_sentence(frozen_notices):
    """Toulouse 2024's list: « Dispenses : Photocopie du diplôme ou photocopie de la décision de validation des
    acquis de l'expérience » is one row of the PDF, its alternatives not repeated below it (two items on the web
    page); a row the notice writes as a sentence (row_as_written: of an item alone) is that sentence, and when it
    says the date the group has no « À déposer … » line of the guide's; a row whose details name the item (« Les
    candidats n'ayant pas obtenu l'épreuve … doivent fournir la ou les attestation(s) de stages OU … ») is its
    details once."""
    [toulouse] = [n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024)]
    sentence = "Le formulaire devra être téléversé au plus tard le 15/01/2024. L'inscription à cette épreuve facultative ne pourra être validée par la DEC qu'après téléversement de ce document"
    documents = tuple(
        dataclasses.replace(d, row_as_written=sentence) if d.id == "engagement_etudiant_form" else d for d in toulouse.documents
    )
    own = notice_view(dataclasses.replace(toulouse, documents=documents, voice="notice"), FIXED_TODAY)
    groups = {g.name: g for g in own.documents}
    [dispenses, benefits_1, benefits_2] = groups["Candidats déclarant des dispenses ou bénéfices"].rows
    assert dispenses.label.startswith("Dispenses : Photocopie du diplôme ou photocopie") and not dispenses.lines
    assert not benefits_1.label.startswith("Dispenses")
    [engagement] = groups["Engagement étudiant"].rows
    assert engagement.label == sentence and not groups["Engagement étudiant"].deadline_line
    [_, internship] = groups["Candidats ayant présenté l'examen à une session précédente"].rows
    assert internship.label.startswith("Les candidats n'ayant pas obtenu") and not internship.details
    web = notice_view(toulouse, FIXED_TODAY)
    web_rows = {row.id: row for g in web.documents for row in g.rows}
    assert web_rows["dispensation_vae"].label.startswith("Dispenses : photocopie de la décision")
    assert web_rows["repeater_internship"].label.startswith("La ou les attestation(s)")


def test_the_notice_s_r408_paragraphs_after_its_table(frozen_notices):
    """Clermont-Ferrand 2024 (« 7. Attestations de formation obligatoires »): the arrêté's paragraph, the table of
    specialties by annex, then « NB : L'attestation de formation n'est pas exigée… » (r408.list.printed_after: 1);
    the web page keeps both paragraphs, with their source."""
    [clermont] = [n for n in frozen_notices if (n.slug, n.year) == ("clermont-ferrand", 2024)]
    printed = squeeze(re.sub(r"</?strong>", "", pages.print_pages([clermont], FIXED_TODAY)[pages.pdf_path(clermont)].markdown))
    arrete = printed.find(squeeze(typography("L'arrêté du 13 juillet 2023 précise")))
    table = printed.find(squeeze(typography("Spécialités de BTS")), arrete)  # (the table's first column)
    nb = printed.find(squeeze(typography("NB : L'attestation de formation n'est pas exigée")))
    assert -1 < arrete < table < nb, (arrete, table, nb)
    web = notice_view(clermont, FIXED_TODAY).r408
    texts = [text for block in web.statements for text in block.texts]
    assert len(texts) == 2 and emphasis.plain(texts[1]).startswith("NB") and not web.statements_after


def test_a_line_the_notice_repeats_under_several_headings(frozen_notices):
    """Aix-Marseille 2023 gives « L'attestation R 408 (travail en hauteur) » under three publics (distance,
    professional experience, repeaters): one document (also_listed_in:), in each of those groups of the web page
    and of the PDF, after that group's own items; no group of the guide's own making."""
    [aix] = [n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023)]
    [r408] = [d for d in aix.documents if d.id == "r408"]
    expected = [r408.group, *r408.also_listed_in]
    assert len(expected) == 3
    for notice in (aix, dataclasses.replace(aix, voice="notice")):
        groups = notice_view(notice, FIXED_TODAY).documents
        assert [g.name for g in groups if any(row.id == "r408" for row in g.rows)] == expected, notice.voice
        assert all(g.rows[-1].id == "r408" for g in groups if g.name in expected), notice.voice
        assert not any("," in g.name and " et " in g.name for g in groups), [g.name for g in groups]


def test_the_notice_s_own_text_of_its_steps(frozen_notices):
    """Aix-Marseille 2023 numbers its 4 steps in a list and says the rest in paragraphs after it: its PDF prints
    that text (session.steps_as_written) in place of « Étape 1 : … »; the web page keeps a step per heading."""
    [aix] = [n for n in frozen_notices if (n.slug, n.year) == ("aix-marseille", 2023)]
    text = aix.session.session.steps_as_written
    printed = pages.print_pages([aix], FIXED_TODAY)[pages.pdf_path(aix)].markdown
    heading = squeeze(typography(aix.texts.text("steps.heading", number=1, title=aix.section("steps")[0].title)))
    assert squeeze(md_block(text)) in squeeze(printed) and heading not in squeeze(printed)
    web = squeeze(pages.notice_page(aix, FIXED_TODAY))
    assert heading in web and squeeze(md_block(text)) not in web


def test_the_annex_says_one_date_or_several(frozen_notices):
    """« La notice ne précise pas l'heure de cette date : … » for one date, « … de ces dates : … » for several
    (the interface texts' {count|…|…}); Aix-Marseille 2023 has one, Toulouse 2024 two."""
    from generator.site.annex_view import annex_view

    counts = {}
    for notice in frozen_notices:
        annex = annex_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        printed = squeeze(pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex)
        if annex.no_hour:
            one, several = (squeeze(typography(x)) for x in ("l'heure de cette date :", "l'heure de ces dates :"))
            assert (one in printed, several in printed) == (len(annex.no_hour) == 1, len(annex.no_hour) > 1), notice.slug
            counts[notice.slug] = len(annex.no_hour)
    assert counts.get("aix-marseille") == 1 and counts.get("toulouse", 0) > 1, counts


def test_the_pdf_dates_table_keeps_the_opening_and_closing_the_notice_does_not_give(frozen_notices):
    """A review (read55 L10): Nantes 2026's PDF « Dates à retenir » began with its 19 November; its web page with
    « date non précisée par la notice » for the opening and the closing. The table is the guide's in both: the same
    rows, the registration's two dates first, said not given."""
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))
    assert nantes.opening is None and nantes.closing is None
    t = nantes.texts
    for voice in ("guide", "notice"):
        rows = notice_view(dataclasses.replace(nantes, voice=voice), FIXED_TODAY).dates.rows
        assert [(r.event, r.when) for r in rows[:2]] == [("opening", t.text("moments.not_given")), ("closing", t.text("moments.not_given"))], voice
    printed = pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].markdown
    table = printed[printed.index(f"## {t.text('dates.title')}"):].split("</table>")[0]
    for event in ("common.opening_event", "common.closing_event"):
        cells = f'markdown="span">{typography(t.text("moments.not_given"))}</td>\n<td role="cell" data-label="{typography(t.text("dates.col_what"))}" markdown="span">{typography(t.text(event))}</td>'
        assert cells in typography(table), (event, table)


def test_the_annex_dates_table_says_a_row_without_the_notice_s_words_one_way(real_notices, frozen_notices):
    """A review (read55 L4): the annex's « Mots de la notice » column showed « — » for Nantes 2024's aménagement
    d'épreuves (a date the notice does not give, noted by the guide) and « aucun » for the engagement étudiant (a step a
    national rule dates): one marker, in words, for every row without the notice's words; a row never empty."""
    from generator.site.annex_view import annex_view

    marked = set()
    for notice in [*real_notices, *frozen_notices]:
        t = notice.texts
        for row in annex_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY).readings:
            assert row.as_written and row.as_written.strip() not in ("—", "-", "aucun"), (notice.slug, notice.year, row.label)
            deadline = next((d for d in notice.deadlines if d.label == row.label), None)
            if deadline is None or not (deadline.words or deadline.as_written):
                assert row.as_written == t.text("annex.no_words"), (notice.slug, notice.year, row.label, row.as_written)
                marked.add((notice.slug, notice.year, deadline is None))
    # Nantes 2024: its undated aménagement and its engagement étudiant, the same words
    assert {("nantes", 2024, False), ("nantes", 2024, True)} <= marked, marked


def test_the_annex_names_what_the_notice_does_not_give_as_labels_not_inside_a_sentence(frozen_notices):
    """A review (read55 L3): « Ce que la notice ne précise pas » set the guide's labels inside its sentences, with their
    capitals and no article (« l'adresse de « Médecin du secteur désigné par la CDAPH » », « La notice ne précise pas
    l'heure de ces dates : Signaler au bureau des BTS …, Dépôt de toutes … »). The dates are a list, one label a line;
    a name the notice gives without its address or details follows a colon, quoted, never « de « … » »."""
    from generator.site.annex_view import annex_view

    seen = {"list": 0, "name": 0}
    for notice in frozen_notices:
        t = notice.texts
        annex = annex_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex
        unsaid = printed[printed.index(f"### {t.text('annex.unsaid_title')}"):].split("\n### ")[0] if annex.missing or annex.not_given or annex.no_hour else ""
        for key, labels in (("annex.not_given", annex.not_given), ("annex.no_hour", annex.no_hour)):
            if not labels:
                continue
            lead = typography(t.text(key, count=len(labels)))
            assert lead.endswith("\u00a0:") and lead + "\n\n" + "\n".join(f"- {typography(label)}" for label in labels) in typography(unsaid), (notice.slug, unsaid)
            seen["list"] += 1
        assert not re.search(r"\bde « [A-ZÉ]", unsaid), (notice.slug, unsaid)
        seen["name"] += len(re.findall(r"\s:\s«", unsaid))
    assert seen["list"] >= 3 and seen["name"] >= 2, seen



def test_the_annex_says_a_later_deposit_s_date_is_not_given(frozen_notices):
    """fixr408: the notice's PDF gives a piece the notice lets be deposited later (Toulouse 2024's R408 attestation,
    « pièces pouvant être à déposer ultérieurement » ; Aix-Marseille 2023's « dans les meilleurs délais ») in the
    notice's words only, its dates table without the web page's exception line: nothing said that the later date is
    unknown. « Ce que la notice ne précise pas » says it, once per words, in the list's words (checklist.late_deposit)."""
    from generator.site.annex_view import annex_view

    seen = set()
    for notice in frozen_notices:
        t = notice.texts
        annex = annex_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY)
        printed = squeeze(pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex)
        later = {d.late_deposit: d.label for d in notice.documents if d.late_deposit and not d.notice_silent}
        for words in later:
            said = [line for line in annex.missing if t.text("checklist.late_deposit", words=words, office=office_reach(notice)) in line]
            assert len(said) == 1, (notice.slug, annex.missing)
            assert typography("à une date non précisée par la notice : demandez-la au bureau des examens") in said[0]
            # (its words on how to reach an office the notice does not give link the academy's site: phone61 M2)
            assert printed.count(squeeze(pages.office_linked(said[0], notice))) == 1, notice.slug
            seen.add(notice.slug)
        if not later:
            assert not any("dépôt plus tard" in line for line in annex.missing), notice.slug
    assert {"toulouse", "aix-marseille"} <= seen, seen


def check_an_unknown_registration_deadline_is_said_in_the_pdf_too(notices) -> int:
    """Page and PDF say the same: where the web page says under a statement that the « date limite d'inscription à
    l'examen » it names is not given (dates.closing_unsaid: the notice gives no closing), the PDF's annex says it too —
    under that topic when it prints the topic, else in « Ce que la notice ne précise pas », naming where the notice
    cites the text (seed73b: Nantes 2026 prints its decree on the engagement étudiant in its own words, in the notice's
    pages, and said the date unknown only as « Clôture des inscriptions » in its dates table). Each such statement in
    its own place (review76, review73 L1: the sentence anywhere in the annex passed for every statement): the
    sentence in its topic's part of the annex, or « … ({source}) » whose source is the notice's, naming the
    statement's place. Returns how many notices."""
    seen = 0
    for notice in notices:
        t = notice.texts
        line = squeeze(typography(t.text("dates.closing_unsaid")))
        web = squeeze(pages.notice_page(notice, FIXED_TODAY))
        annex = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex
        unknown = [(topic, statement) for topic in notice.topics for statement, _ in notice.national_dating(topic)
                   if notice.closing_unsaid(statement)]
        assert bool(unknown) == (line in web), (notice.slug, notice.year)
        if not unknown:
            assert line not in squeeze(annex), (notice.slug, notice.year)
            continue
        seen += 1
        # the annex's parts by their heading (« ### … »), as compared
        parts = {squeeze(part.split("\n", 1)[0]): squeeze(part) for part in ("\n" + annex).split("\n### ")[1:]}
        unsaid = parts.get(squeeze(t.text("annex.unsaid_title")), "")
        lead, close = (squeeze(typography(words)) for words in t.text("annex.closing_unsaid", source="\0").split("\0"))
        sources = re.findall(re.escape(lead) + "(.*?)" + re.escape(close), unsaid)
        notice_words = squeeze(t.text("provenance.notice", section="\0").split("\0")[0])
        for topic, statement in unknown:
            if line in parts.get(squeeze(topic.title), ""):  # its topic printed, the sentence under it
                continue
            place = statement.provenance.section
            named = [s for s in sources if s.startswith(notice_words) and squeeze(place) in s] if place else [
                s for s in sources if s == squeeze(t.text("provenance.notice_plain"))]
            assert len(named) == 1, (notice.slug, notice.year, topic.id, place, sources)
    return seen


def test_an_unknown_registration_deadline_is_said_in_the_pdf_too_real(real_notices):
    check_an_unknown_registration_deadline_is_said_in_the_pdf_too(real_notices)


def test_an_unknown_registration_deadline_is_said_in_the_pdf_too_frozen(frozen_notices):
    """Frozen Nantes 2026 gives no closing and quotes the decree on the engagement étudiant in its words."""
    assert check_an_unknown_registration_deadline_is_said_in_the_pdf_too(frozen_notices) == 1


def test_every_page_prints_inside_an_office_printer_s_margins(frozen_site, frozen_notices):
    """Nothing closer than 7 mm to an edge of the A4 page (office printers do not print the outer 4–5 mm): the
    running header and the page number sit in the notice's margins, also when its forms (whose own page rule
    is a narrower A4 box) are in the same PDF."""
    mm = 25.4 / 72
    for notice in frozen_notices:
        for number, inked in enumerate(_inked(_pdf(frozen_site, notice)), 1):
            where = f"{notice.slug} {notice.year} p. {number}"
            assert inked is not None, f"{where}: a page without words"
            top, bottom, left, right, width, height = inked
            assert top * mm >= 7 and (height - bottom) * mm >= 5, (where, top * mm, (height - bottom) * mm)
            assert left * mm >= 7 and (width - right) * mm >= 7, (where, left * mm, (width - right) * mm)


def test_the_annex_gives_the_notice_s_own_date_beside_a_national_text_that_dates_its_items(frozen_notices):
    """National statements that say when to provide an item (content/topics.yaml documents_when:): the R408
    attestation « lors de votre confirmation d'inscription », the engagement étudiant request « au plus tard à la
    date limite d'inscription ». Where the notice dates its own item otherwise (Nantes 2026's R408: 12 December;
    Toulouse 2024's form: 15/01/2024) or lets it come later (Toulouse 2024's R408), the annex says the notice's date
    right before that text, which follows « Pour information, selon … : » (the notice first, which prevails, as the
    personalised list orders them: fixr408; it came after the text), so the two do not read against each other;
    elsewhere it says nothing. The notice's web page says the same lines in the same order (one truth for both)."""
    from generator.site.annex_view import annex_view

    seen = set()
    for notice in frozen_notices:
        annex = annex_view(notice, FIXED_TODAY)
        printed = squeeze(pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex).replace("*", "")
        web = squeeze(pages.notice_page(notice, FIXED_TODAY)).replace("*", "")
        own_dates = {"r408": annex.r408.notice_deadlines if annex.r408 is not None else (), **{t.id: t.notice_deadlines for t in annex.topics}}
        engagement = next((t for t in annex.topics if t.id == "engagement_etudiant"), None)
        cases = {
            # the part, its national text shown in the annex, the notice's items it dates (found by what they cover or ask)
            "r408": (
                "lors de votre confirmation d'inscription" if annex.r408 is not None and any(b.national for b in annex.r408.statements) else None,
                [d for d in notice.documents if not d.national and any(c.startswith("r408_attestation") for c in d.covers)],
            ),
            "engagement_etudiant": (
                "au plus tard à la date limite d'inscription" if engagement and any("date limite d'inscription" in x for b in engagement.blocks for x in b.texts) else None,
                [d for d in notice.documents if not d.national and "engagement_etudiant" in d.when.questions()],
            ),
        }
        for part, (national_words, items) in cases.items():
            own_date = [d for d in items if d.deadline != "documents" or d.late_deposit]
            dates = own_dates.get(part, ())
            assert bool(dates) == bool(own_date and national_words), (notice.slug, part)
            blocks = (annex.r408.statements if part == "r408" else engagement.blocks) if dates else ()
            lead_ins = [squeeze(typography(b.lead_in)) for b in blocks if b.lead_in]
            assert len(lead_ins) == bool(dates), (notice.slug, part, lead_ins)
            for date in dates:
                line = squeeze(typography(notice.texts.text("topics.notice_deadline", deadline=date)))
                for output in (printed, web):
                    assert output.count(line) == 1, (notice.slug, part, output is web)
                    # before the national text it answers, which is said « pour information » after it
                    after = output.index(lead_ins[0], output.index(line))
                    assert lead_ins[0].startswith("Pourinformation,selon"), lead_ins
                    assert output.index(squeeze(typography(national_words)), after) > after, (notice.slug, part, output is web)
                assert deadline_moment(notice, own_date[0].deadline).split(" (")[0] in date, (notice.slug, part)
                seen.add((notice.slug, part))
    assert {("toulouse", "r408"), ("nantes", "r408"), ("toulouse", "engagement_etudiant")} <= seen, seen


def _md_lines(markdown: str) -> list[str]:
    """A print version's Markdown lines (a paragraph's lines each, a list's items each), squeezed, without the
    bold; « ¶ » for the blank line between two paragraphs."""
    return [squeeze(re.sub(r"</?strong>", "", line.replace("\\", "").replace("<br>", ""))) or "¶" for line in markdown.splitlines()]


def _line_starting(lines: list[str], words: str) -> int:
    wanted = squeeze(typography(words))
    found = [i for i, line in enumerate(lines) if line.startswith(wanted)]
    assert found, words
    return found[0]


def test_nantes_notices_keep_their_markers_lines_and_order(real_notices):
    """REVIEW19: Nantes 2024's « NB : » and its two paragraphs (seed 004 l.90, l.92), Étape 1's two options as
    items (l.39, l.44), « Pour les spécialités gérées par l'Académie de Nantes : » on its own (l.98); Nantes
    2026's arrow lines with their « → » (seed 002 l.18–19, 39–41, 47, 56, 61), l.47 and l.48 on lines of their
    own, « limité à 2 » before « Conformément à l'article 3 » (l.326–327), the ECT paragraphs and lines
    (l.317, 319–320, 322–324). On the web page too: the same data."""
    by_key = {(n.slug, n.year): n for n in real_notices}
    for key, checks in {
        ("nantes", 2024): lambda lines, raw: [
            lines[_line_starting(lines, "NB : Pas de nouvelle demande") + 1] == "¶",
            lines[_line_starting(lines, "Les aménagements accordés en 2023") - 1] == "¶",
            any(line.startswith("- ") for line in raw[_line_starting(lines, "Connectez-vous impérativement")]),
            any(line.startswith("- ") for line in raw[_line_starting(lines, "Créez votre compte CYCLADES")]),
            lines[_line_starting(lines, "Pour les spécialités gérées par l'Académie de Nantes :") + 1] == "¶",
        ],
        ("nantes", 2026): lambda lines, raw: [
            *(lines[_line_starting(lines, f"→ {words}")] is not None for words in (
                "candidatures importées : état « pré-inscrit »", "candidatures créées sur CYCLADES : état « inscrit »",
                "la candidature passe à l'état « inscrit »", "deux documents sont générés", "une fois le dépôt terminé",
                "Suivi des inscriptions", "Suivi du dépôt des PJ")),
            lines[_line_starting(lines, "→ une fois le dépôt terminé")].endswith(squeeze("Il ne peut plus les modifier.")),
            _line_starting(lines, "La DEC peut alors intervenir") == _line_starting(lines, "→ une fois le dépôt terminé") + 1,
            _line_starting(lines, "Le nombre d'épreuves facultatives choisies est limité à 2")
            < _line_starting(lines, "Conformément à l'article 3 du décret"),
            lines[_line_starting(lines, "Chaque épreuve comporte 20 min de préparation") - 1] == "¶",
            _line_starting(lines, "Chaque épreuve est notée sur 20") == _line_starting(lines, "Chaque épreuve comporte 20 min") + 1,
            _line_starting(lines, "Si le candidat obtient une moyenne générale") == _line_starting(lines, "La moyenne générale à l'issue") + 1,
            _line_starting(lines, "Cf. note de service du 12 juin 2025") == _line_starting(lines, "Si le candidat obtient une moyenne") + 1,
            # REVIEW20a N26-N4: l.30 on its own line under possibility 1
            _line_starting(lines, "Les candidats ne doivent en aucun cas") == _line_starting(lines, "1. Si les candidats finalisent") + 1,
            # REVIEW20a N26-N3: « justifier : » then its point (l.239–241); each voie's name on a line of its own (l.243, 251, 266)
            raw[_line_starting(lines, "Les candidats doivent justifier :") + 2][0].startswith("- D"),  # (after the blank line before a list)
            *(lines[_line_starting(lines, label)] == squeeze(typography(label))
              and lines[_line_starting(lines, label) + 1].startswith(squeeze(typography(first)))
              for label, first in (("La voie scolaire :", "La formation dure deux années"),
                                   ("La voie de l'apprentissage :", "Durée de la formation en CFA :"),
                                   ("La voie de la formation professionnelle continue :", "Aucune durée de formation"))),
        ],
    }.items():
        notice = by_key[key]
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown
        raw = [[line] for line in printed.splitlines()]  # (a list's items: « - » at the start of their line)
        assert all(checks(_md_lines(printed), raw)), (key, checks(_md_lines(printed), raw))
    optional = [s.text for t in by_key[("nantes", 2026)].topics if t.id == "optional_exams" for s in t.statements]
    assert len(optional) == 2 and squeeze(optional[0]).startswith(squeeze(typography("Le nombre d'épreuves facultatives")))
    assert squeeze(optional[1]).startswith(squeeze(typography("Conformément à l'article 3")))


def test_a_literal_asterisk_is_printed_without_its_backslash(real_site, real_notices):
    """« **\\*REMARQUE IMPORTANTE** » (Aix-Marseille 2023, notice l.177; generator/emphasis.py): the asterisk
    printed, in bold with the words, no backslash; the web page the same."""
    aix = next(n for n in real_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    words = _font_words(_pdf(real_site, aix))  # (the real PDFs as read once for every test of the file; split by size too)
    remark = [w for w in words if w["text"] == "*REMARQUE"]
    assert remark and all("Bold" in w["fontname"] for w in remark), remark
    assert not any("\\" in w["text"] for w in words)
    page = (real_site / pages.notice_dir(aix) / "index.html").read_text(encoding="utf-8")
    assert "<strong>*REMARQUE IMPORTANTE</strong>" in page and "\\*" not in page


def test_a_row_repeated_in_other_groups_in_their_own_words(real_site, real_notices):
    """Aix-Marseille 2023's R 408 row: « R 408* » (its asterisk sends to the important remark) under the distance
    learners (notice l.154), « R 408 » with « bâtiment » under the two other groups (l.160, l.166:
    also_listed_as_written)."""
    aix = next(n for n in real_notices if (n.slug, n.year) == ("aix-marseille", 2023))
    whole = squeeze(" ".join(_plain_texts(_pdf(real_site, aix))))  # (the real PDFs as read once for every test of the file)
    marked = squeeze("L'attestation R 408* (travail en hauteur) pour les BTS suivants : Bâtiment,")
    plain = squeeze("L'attestation R 408 (travail en hauteur) pour les BTS suivants : bâtiment,")
    assert whole.count(marked) == 1 and whole.count(plain) == 2


class _WebLinks(__import__("html.parser").parser.HTMLParser):
    """The web links of an HTML body, each with its class, its address and the whole text of the element it is in."""

    VOID = {"br", "img", "hr", "input", "col", "wbr", "meta", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = [{"tag": None, "text": "", "links": []}]
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("http"):
            self.stack[-1]["links"].append((attrs.get("class") or "", attrs["href"]))
        self.stack.append({"tag": tag, "text": "", "links": []})

    def handle_endtag(self, tag):
        while len(self.stack) > 1:
            element = self.stack.pop()
            self.stack[-1]["text"] += element["text"]
            self.links += [(css_class, href, element["text"]) for css_class, href in element["links"]]
            if element["tag"] == tag:
                break

    def handle_data(self, data):
        self.stack[-1]["text"] += data

    def close(self):
        super().close()
        self.handle_endtag(None)
        self.links += [(css_class, href, self.stack[0]["text"]) for css_class, href in self.stack[0]["links"]]


def _addresses_written_twice(html: str) -> list[tuple[str, str]]:
    """The web links notice.css would print the address of (not bts-bare-url) in a line that writes it already."""
    parser = _WebLinks()
    parser.feed(html)
    parser.close()
    return [(href, text) for css_class, href, text in parser.links if "bts-bare-url" not in css_class.split() and href.rstrip("/") in text]


def test_the_pdf_never_prints_an_address_twice(frozen_notices):
    """notice.css writes a web link's address after its words, unless marked bts-bare-url (its words, or its line, already
    write it): in the PDF's HTML of each frozen notice, no unmarked web link sits in a line that writes its address (a
    review found « AMEX (https://…) (https://…) » on the printed web page; the PDF writes the address once)."""
    assert _addresses_written_twice(body_html("- Application : [AMEX](https://a.fr/amex/) (https://a.fr/amex/)\n", SETTINGS))
    assert not _addresses_written_twice(body_html("- Application : [https://a.fr/amex/](https://a.fr/amex/)\n", SETTINGS))
    printed = pages.print_pages(frozen_notices, FIXED_TODAY)
    for path, page in printed.items():
        assert _addresses_written_twice(body_html(page.markdown, SETTINGS)) == [], path
    aix = next(page for path, page in printed.items() if "aix-marseille" in str(path))
    assert "https://appli.ac-aix-marseille.fr/amex/" in body_html(aix.markdown, SETTINGS)


def test_a_contact_the_notice_gives_no_way_to_reach_is_said_in_the_annex(frozen_notices):
    """Clermont-Ferrand 2024 names the VAE service without any address or number: its page says « Coordonnées : non
    précisées par la notice », and its PDF's annex says it among what the notice does not give (a review, read50 L6: the
    annex gave the CDAPH doctor's missing address only); the exam office, reached through the notice's text, is not."""
    clermont = next(n for n in frozen_notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    t = clermont.texts
    view = notice_view(clermont, FIXED_TODAY)
    assert [o.name for o in view.contacts.without_details] == ["Service en charge des VAE du rectorat"]
    assert t.text("contacts.no_details") in pages.notice_page(clermont, FIXED_TODAY)
    annex = pages.print_pages([clermont], FIXED_TODAY)[pages.pdf_path(clermont)].annex
    unsaid = annex[annex.index(f"### {t.text('annex.unsaid_title')}"):]
    assert t.text("annex.no_contact_details", name="Service en charge des VAE du rectorat") in unsaid.split("\n### ")[0]


def test_the_pdf_says_registration_is_closed_until_the_session_is_over(frozen_notices):
    """staffwalk52 M2: a session whose registration alone was over was « Session passée … Ce PDF est gardé en archive ».
    Printed between Toulouse 2024's closing and the end of its session (31 August 2024, words.session_end), its first
    page says « Inscriptions closes » above its dates, with the session's next date as of the build's day while one
    remains; from 1 September 2024, « Session passée »; while registration is open, neither."""
    from generator.site.dates import date_words

    toulouse = next(n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024)
    t = toulouse.texts
    closed_title, past_title = (f'<p class="admonition-title">{typography(t.text(k))}</p>' for k in ("common.closed_title", "common.past_title"))
    dated = "## " + typography(t.text("dates.title"))
    for today, closed, past, following in ((dt.date(2023, 11, 1), False, False, False), (dt.date(2023, 11, 20), True, False, True),
                                           (dt.date(2024, 3, 1), True, False, False), (dt.date(2024, 8, 31), True, False, False),
                                           (dt.date(2024, 9, 1), False, True, False)):
        body = pages.print_pages([toulouse], today)[pages.pdf_path(toulouse)].markdown
        assert (closed_title in body, past_title in body) == (closed, past), today
        if closed:
            assert body.index(closed_title) < body.index(dated)
            assert typography(t.text("common.closed_text", date="mercredi 15\u00a0novembre\u00a02023 à\u00a017\u00a0h\u00a000")) in body, today
            next_line = typography(t.text("common.closed_next_printed", date=date_words(today)))
            assert (next_line in body) == following, today
            assert "data-bts" not in body and typography(t.text("common.past_text_printed", date=date_words(today))) not in body
        if past:
            assert typography(t.text("common.past_text_printed", date=date_words(today))) in body


def test_the_notice_s_table_of_managers_is_headed_in_its_words(frozen_notices):
    """tls71: the notice's PDF reproduces its table of managers (Toulouse 2024's annex 3: its lines in its words, under
    its heading « Contacts au sein du bureau des examens post-bac »), and headed its phones' column with the guide's
    « Téléphone » where the notice writes « Contact ». Its columns are headed as the session file says the notice heads
    them (specialty_contacts_columns:), whatever they are; the web page's table, the guide's (its names of the
    specialties, the notice's line in a column of its own), keeps the guide's heads."""
    toulouse = next(n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024)
    t = toulouse.texts
    assert all(g.words for g in toulouse.session.specialty_contacts)  # (the PDF prints the notice's lines: the case here)

    def tables(notice) -> tuple[str, str]:
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown
        web = pages.notice_page(notice, FIXED_TODAY)
        heads = (lambda md, start: re.findall(r"<th[^>]*>([^<]*)</th>", md[md.index(start):].split("</thead>", 1)[0]))
        return heads(printed, "bts-notice-lines"), heads(web, f'aria-label="{t.text("contacts.specialty_title")}"')

    printed, web = tables(toulouse)
    assert printed == list(toulouse.session.specialty_contacts_columns) == ["Spécialités", "Contact"]
    assert web == [t.text("contacts.col_specialties"), t.text("contacts.col_phone"), t.text("contacts.col_words")]
    # other heads in the file: those printed (not the guide's words, nor the frozen file's)
    other = dataclasses.replace(toulouse, session=dataclasses.replace(toulouse.session, specialty_contacts_columns=("Formations", "Joindre")))
    printed, web = tables(other)
    assert printed == ["Formations", "Joindre"]
    assert web == [t.text("contacts.col_specialties"), t.text("contacts.col_phone"), t.text("contacts.col_words")]


def test_a_manager_s_phone_written_in_the_row_s_words_is_printed_once(frozen_notices):
    """staffwalk52 M4: a row of the notice's table of managers whose words give the manager and the phone (« Bâtiment ;
    Travaux publics — M. Karim Benali — 05 49 … », the notice's columns in one line) was printed in the PDF with its
    phone column after it: the phone twice. A phone the words write is printed once, in them; a row whose words do not
    keep theirs in the column; no phone left to print, no phone column."""
    from generator.model.values import Phone

    toulouse = next(n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024)
    rows = toulouse.session.specialty_contacts
    assert all(g.words for g in rows) and len(rows) >= 2  # (the print version prints the words: what this test is about)
    first = dataclasses.replace(rows[0], words=f"{rows[0].words} — M. Karim Benali — {str(rows[0].phones[0]).replace(' ', '.')}")

    def contacts_part(groups) -> str:
        notice = dataclasses.replace(toulouse, session=dataclasses.replace(toulouse.session, specialty_contacts=groups))
        printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].markdown
        part = printed[printed.index("bts-notice-lines"):].split("</table>", 1)[0]
        return re.sub(r"(?<=[0-9])[\u00a0\u202f.](?=[0-9])", " ", part)  # (the phones as ``Phone`` writes them)

    part = contacts_part((first, *rows[1:]))
    assert part.count(str(rows[0].phones[0])) == 1 and "Benali" in part
    assert all(part.count(str(phone)) == 1 for g in rows[1:] for phone in g.phones if phone != rows[0].phones[0])
    phones_head = f">{toulouse.session.specialty_contacts_columns[1]}</th>"  # (the notice's head of its phones' column)
    assert phones_head in part
    # every row's words with its phones: one column
    written = tuple(dataclasses.replace(g, words=f"{g.words} : {', '.join(g.phones)}") for g in rows)
    part = contacts_part(written)
    # (both heads over the one column: its lines hold both, review71 L11)
    heads = toulouse.session.specialty_contacts_columns
    assert phones_head not in part and f">{heads[0]} / {heads[1]}</th>" in part
    assert all(part.count(str(phone)) == 1 for g in rows for phone in g.phones)
    assert Phone.parse("05.36.25.71.12") == "05 36 25 71 12"  # (the form the words above write)
