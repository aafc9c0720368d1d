"""What academy.yaml says of an office (its exam office, positioning office, VAE service: ``role:`` and ``note:``) is
the guide's sentences, the same for every session (the staff guide: « role: est une phrase du guide » ; the notice's
PDF leaves them out). Shown in the « Contacts » block that ends « Notice de l'académie — … », they are said as the
guide's, « Note du guide : … », by the notice page, the checklist's ruleset (its page and checklist.js read it) and the
command line alike (seed73a: Toulouse's « À contacter le plus tôt possible … pendant les inscriptions sans attendre
leur clôture. » and « Courriel à privilégier. Vous pouvez aussi écrire … » read as the words of its notice, seed 000
l.89-91, annex 3). A session's own office is shown as its file writes it (its notice's words there: real Nantes 2026's
« En cas de difficultés lors de l'inscription, … »)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.merge import build_notices
from generator.model.session import offices as session_offices
from generator.model.values import given
from generator.site import pages
from generator.site.notice_view import contacts
from generator.site.words import guide_note
from project_support import FIXED_TODAY, FROZEN, REAL, unwrapped, valid_project


def _plain(words: str) -> str:
    import html

    words = html.unescape(unwrapped(words)).replace("\\[", "[").replace("\\]", "]")
    return " ".join(words.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())


def _contacts_part(notice) -> str:
    page = pages.notice_page(notice, FIXED_TODAY)
    return page.split(f"\n## {notice.texts.text('contacts.title')}\n", 1)[1].split("\n## ", 1)[0]


def _office_block(part: str, name: str) -> str:
    """The office's own block of the « Contacts » part: from its « ### » heading to the next heading (what another
    contact of the session says, possibly the same sentence in its notice's words, is not counted there)."""
    # (« #### »: someone of the exam office, under its heading)
    blocks = [block for block in re.split(r"\n#{3,4} ", part) if _plain(block.split("\n", 1)[0].lstrip("# ")) == _plain(name)]
    assert len(blocks) == 1, (name, len(blocks))
    return _plain(blocks[0])


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_an_academy_office_s_role_and_note_are_said_as_the_guide_s_everywhere(root):
    project = valid_project(root)
    said = 0
    for notice in build_notices(project):
        academy, s = notice.academy, notice.session
        shown = session_offices(academy, s)
        ours = [o for o in (given(academy.exam_office), given(academy.positioning_office), given(academy.vae_office))
                if o is not None and any(o is x for x in shown)]
        if not ours:
            continue
        part = _plain(_contacts_part(notice))
        ruleset = compile_ruleset(notice, project.content.checklist)
        offices = [ruleset["contacts"]["exam_office"], *ruleset["contacts"]["situations"].values()]
        text = _plain(render(ruleset, engine.evaluate(ruleset, {}), notice.texts))
        for office in ours:
            for field in ("role", "note"):
                words = getattr(office, field)
                if not words:
                    continue
                said += 1
                expected = _plain(guide_note(notice, " ".join(words.split())))
                assert expected in part, (notice.slug, notice.year, field, expected)
                # (never the same words bare, as if the notice's: each time its block shows them, the guide's mark before them)
                block = _office_block(_contacts_part(notice), office.name)
                assert block.count(_plain(words)[1:]) == block.count(expected) > 0, (notice.slug, notice.year, field)  # (its first letter lowered)
                in_ruleset = [o for o in offices if o is not None and o["name"] == office.name]
                assert in_ruleset and all(_plain(o[field]) == expected for o in in_ruleset), (notice.slug, notice.year, field)
                if office is given(academy.exam_office) and not (field == "role" and office.role_for_registered):
                    assert expected in text, (notice.slug, notice.year, field)
    # (the frozen data has them, Toulouse's exam office; real data may, validly, have none)
    assert said or root == REAL, "no academy.yaml office of the frozen data has a role or a note: the test tests nothing"


def test_toulouse_s_exam_office_words_are_the_guide_s_and_a_session_s_own_office_keeps_its_notice_s_words():
    project = valid_project(FROZEN)
    notices = {(n.slug, n.year): n for n in build_notices(project)}
    toulouse = notices[("toulouse", 2024)]
    part = _plain(_contacts_part(toulouse))
    assert "Note du guide : à contacter le plus tôt possible en cas d'interrogation ou de difficultés" in part, part
    assert "Note du guide : courriel à privilégier." in part, part
    # a session's own contact (Nantes 2026's DEC 4-1 office, its session file's contacts:): as its file writes it,
    # unless the file says its role: is the guide's (role_by_guide: true, which the frozen file says: the next tests)
    nantes = notices[("nantes", 2026)]
    contact = nantes.session.contacts[0]
    assert contact.role_by_guide, "the frozen Nantes 2026 DEC 4-1 role is the guide's (role_by_guide: true)"
    unflagged = dataclasses.replace(contact, role_by_guide=False)
    nantes = dataclasses.replace(nantes, session=dataclasses.replace(
        nantes.session, contacts=(unflagged, *nantes.session.contacts[1:])))
    ruleset = compile_ruleset(nantes, project.content.checklist)
    said = next(o for o in ruleset["contacts"]["others"] if o["name"] == contact.name)
    assert said["role"] == contact.role and "Note du guide" not in said["role"], said
    block = _office_block(_contacts_part(nantes), contact.name)
    assert _plain(contact.role) in block and "Note du guide" not in block, block


def _session_offices_by_guide(notice):
    """The session's own offices (its exam_office:, its contacts:) whose file says their role: is the guide's."""
    own = [notice.session.exam_office, *(given(notice.session.contacts) or ())]
    return [o for o in own if o is not None and o.role_by_guide]


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_a_session_contact_s_role_the_guide_s_is_said_so_and_the_pdf_leaves_it_out(root):
    """contacts75: a session file's contact whose role: is the guide's words (role_by_guide: true: frozen Nantes 2026's
    « Coordonnées du bureau DEC 4-1 données par cette notice : … », Nantes 2024's « Dossier suivi par (bureau DEC
    4-1) ») is said « Note du guide : … » by the page, the ruleset (its page and checklist.js) and the command line, as
    academy.yaml's offices are (guide_said), never bare; the notice's PDF, the notice's voice, does not print it."""
    project = valid_project(root)
    said = printed_checked = 0
    for notice in build_notices(project):
        ours = _session_offices_by_guide(notice)
        if not ours:
            continue
        part = _contacts_part(notice)
        ruleset = compile_ruleset(notice, project.content.checklist)
        contacts = ruleset["contacts"]
        in_ruleset = [contacts["exam_office"], *contacts["exam_office_people"], *contacts["others"]]
        text = _plain(render(ruleset, engine.evaluate(ruleset, {}), notice.texts))
        printed = _plain(pages.notice_page(dataclasses.replace(notice, voice="notice"), FIXED_TODAY, for_print=True))
        for office in ours:
            said += 1
            expected = _plain(guide_note(notice, " ".join(office.role.split())))
            block = _office_block(part, office.name)
            assert expected in block, (notice.slug, notice.year, office.name, block)
            assert block.count(_plain(office.role)[1:]) == block.count(expected), (notice.slug, notice.year, office.name)
            shown = [o for o in in_ruleset if o is not None and o["name"] == office.name]
            assert shown and all(_plain(o["role"]) == expected for o in shown), (notice.slug, notice.year, shown)
            # (the command line says what the engine gives a candidate who answered nothing: the role, when it gives it)
            if office.name in text and not office.role_for_registered:
                assert expected in text and _plain(office.role) not in text.replace(expected, ""), (notice.slug, notice.year)
            # the PDF: the notice's voice, without the guide's sentence (the card's name and details stay)
            assert _plain(office.role)[1:] not in printed, (notice.slug, notice.year, office.name)
            if office.name in printed or office.listed is not False:
                printed_checked += 1
    # (the frozen data has three: Nantes 2026's two contacts, Nantes 2024's person of the DEC 4-1 office, two of them
    # printed; real data may, validly, have none)
    assert (said and printed_checked) or root == REAL, "no frozen session contact has role_by_guide: the test tests nothing"


def test_a_role_by_guide_person_of_the_exam_office_stays_under_it():
    """The person of the exam office (of_exam_office: true, frozen Nantes 2024) whose role is the guide's is still
    shown under the office on the page and in the PDF, its role said as the guide's on the page (the view gives it a
    copy: under_exam_office must know the copy, not the file's contact)."""
    project = valid_project(FROZEN)
    nantes = next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2024))
    person = next(c for c in nantes.session.contacts if c.of_exam_office)
    assert person.role_by_guide
    for notice in (nantes, dataclasses.replace(nantes, voice="notice")):
        view = contacts(notice)
        shown = [o for o in view.offices if o.name == person.name]
        assert len(shown) == 1 and view.under_exam_office(shown[0]), (notice.voice, view.of_exam_office)
        assert shown[0].role == (guide_note(notice, person.role) if notice.voice != "notice" else None), shown[0].role
