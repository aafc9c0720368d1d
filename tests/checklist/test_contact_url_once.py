"""review76 (contacts75): a contact whose ``note:`` writes its web page's address (``url:``) gave it twice, its
« Page web » line, then the note's sentence, the address as text: real Nantes 2026's secretariat of the IEN and ET-EG,
whose note is the notice's sentence « Informations et formulaire de demande sur le site académique :
https://www.ac-nantes.fr/positionnement-122104. » (seed 002 l.273). Where the note writes it, that address is the link,
in the note, and the line is not written: the notice page (and its PDF, the same template), the checklist's first answer
(answer.py), its ruleset (« url_words », which checklist.js reads) and the command line (text.py), as an exam
adjustment's page (phone57 L5). The frozen Nantes 2026 secretariat's note is now the notice's whole sentence too."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_page
from generator.checklist.text import render
from generator.merge import build_notices
from generator.site import pages
from generator.site.notice_view import note_url
from generator.site.text import written_pieces
from project_support import FIXED_TODAY, FROZEN, unwrapped, valid_project

URL = "https://www.ac-nantes.fr/positionnement-122104"
NAME = "Secrétariat des IEN et ET-EG"
SENTENCE = f"Informations et formulaire de demande sur le site académique : {URL}."


def _plain(words: str) -> str:
    words = html.unescape(unwrapped(words)).replace("\\[", "[").replace("\\]", "]")
    return " ".join(words.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.fixture(scope="module")
def nantes():
    project = valid_project(FROZEN)
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2026))
    return project, notice


def _web_line(notice) -> str:
    return _plain(notice.texts.text("contacts.web", link="\0").split("\0")[0])


def test_the_notice_page_links_the_address_its_note_writes_and_gives_no_line_for_it(nantes):
    _, notice = nantes
    office = next(o for o in notice.session.contacts if o.name == NAME)
    assert office.url == URL and _plain(office.note) == _plain(SENTENCE) and note_url(office) == URL
    page = pages.notice_page(notice, FIXED_TODAY)
    part = page.split(f"\n### {NAME}\n", 1)[1].split("\n#", 1)[0]
    assert part.count(URL) == 2, part  # (its link's target and its words, once)
    assert f'<a class="bts-bare-url" href="{URL}"><span class="bts-address">{URL}</span></a>' in part, part
    assert _web_line(notice) not in _plain(part), part
    assert _plain(SENTENCE) in _plain(re.sub(r"<[^>]+>", "", part)), part  # (the notice's sentence whole)


def test_the_checklist_and_the_command_line_say_it_once_too(nantes):
    project, notice = nantes
    ruleset = compile_ruleset(notice, project.content.checklist)
    (office,) = [o for o in ruleset["contacts"]["others"] if o["name"] == NAME]
    assert office["url_words"] == URL and office["url"] == URL
    listed = render(ruleset, engine.evaluate(ruleset, {}), notice.texts)
    block = listed.split(NAME + "\n", 1)[1].split("\n\n", 1)[0]
    assert block.count(URL) == 1 and _web_line(notice) not in _plain(block), block
    # the build's first answer (answer.py), which checklist.js replaces with the same words (officeItem: linkWritten)
    body = str(checklist_page(notice, project.content.checklist, today=dt.date(2025, 10, 1)))
    item = body.split(f"<strong>{NAME}</strong>", 1)[1].split("<li><strong>", 1)[0].split("</ul></li>", 1)[0]
    # (the notice's words, the address with its scheme, kept whole as the notice page quotes them: bts-address)
    assert item.count(URL) == 2 and f'<a class="bts-bare-url" href="{URL}"><span class="bts-address">{URL}</span></a>' in item, item
    assert _web_line(notice) not in _plain(item), item


def test_a_note_that_does_not_write_it_keeps_the_line(nantes):
    import dataclasses

    _, notice = nantes
    office = next(o for o in notice.session.contacts if o.name == NAME)
    for note in ("Informations et formulaire de demande sur le site académique.", f"Voir {URL}/formulaire.pdf", None):
        assert note_url(dataclasses.replace(office, note=note)) is None, note
    assert note_url(dataclasses.replace(office, note=f"Voir {URL.replace('https', 'http')}/ (site)")) == URL.replace("https", "http") + "/"


def test_the_exam_office_s_note_left_out_gives_its_line_back():
    """A candidate given no list is told the exam office without its note (engine._unregistered): an address only its
    note wrote is then given on its own line (url_words dropped with it)."""
    office = {"name": "Bureau", "role": None, "role_for_registered": False, "emails": [], "phones": [], "address": [],
              "url": URL, "note": SENTENCE, "url_words": URL}
    assert engine._unregistered(office, note=True)["url_words"] is None
    assert engine._unregistered(office)["url_words"] == URL


def test_written_pieces_link_the_first_place_the_text_writes_the_address_whole():
    assert written_pieces(SENTENCE, URL, URL) == ((SENTENCE[:SENTENCE.index(URL)], None), (URL, URL), (".", None))
    longer = f"Formulaire : {URL}/formulaire.pdf ; page : {URL}."
    assert written_pieces(longer, URL, URL) == ((longer[:longer.rindex(URL)], None), (URL, URL), (".", None))
    assert written_pieces("Sans adresse.", URL, URL) == (("Sans adresse.", None),)
