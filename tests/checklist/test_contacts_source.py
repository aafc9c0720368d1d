"""The contacts' source line (review58 L2): the notice page ends « Contacts » with where in the notice they are
(« Notice de l'académie — … », contacts_section:); the checklist's contacts (the page's answer, answer.py, and
checklist.js, compared element for element in test_checklist_browser.py) and the command line's end with the same
line, from the same place (notice_view.contacts: one answer); a notice whose page has none has none there either."""

from __future__ import annotations

import pytest

from generator.checklist import engine
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view, render_checklist
from generator.checklist.text import render
from generator.merge import build_notices
from generator.site import pages
from generator.site.notice_view import contacts
from project_support import FIXED_TODAY, FROZEN, REAL, valid_project


def _plain(words: str) -> str:
    """Words as a reader compares them: entities read, French spaces and apostrophes as plain ones."""
    import html

    return " ".join(html.unescape(words).replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_the_checklist_and_the_command_line_end_the_contacts_with_the_page_s_source_line(root):
    import dataclasses

    project = valid_project(root)
    checklist = project.content.checklist
    said = 0
    for notice in build_notices(project):
        source = contacts(notice).source
        page = pages.notice_page(notice, FIXED_TODAY)
        contacts_part = page.split(f"\n## {notice.texts.text('contacts.title')}\n", 1)[1].split("\n## ", 1)[0]
        if source is not None:
            assert _plain(source) in _plain(contacts_part), (notice.slug, notice.year)
        ruleset = compile_ruleset(notice, checklist)
        view = checklist_view(notice, checklist)
        for answers in ({}, {"situation": "repeater"}):
            result = engine.evaluate(ruleset, answers)
            assert result["contacts_source"] == source, (notice.slug, notice.year)
            if result["standing"] and result["standing"]["kind"] == "elsewhere":
                continue
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
            body = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
            built = body.split('<ul class="bts-checklist-contacts">', 1)[1].split("</ul>\n", 1)[1]
            text = render(ruleset, result, notice.texts)
            lines = text.split("\n" + notice.texts.text("checklist.contacts") + "\n", 1)[1].split("\n\n", 1)[0].splitlines()
            if source is None:
                assert not built.startswith('<p class="bts-checklist-source">'), (notice.slug, notice.year)
                assert not any(line.startswith("  Notice de") for line in lines), (notice.slug, notice.year)
                continue
            said += 1
            assert built.startswith('<p class="bts-checklist-source">'), (notice.slug, notice.year, built[:200])
            shown = built.split("</p>", 1)[0].removeprefix('<p class="bts-checklist-source">')
            assert _plain(shown) == _plain(source), (notice.slug, notice.year, shown)
            assert _plain(lines[-1]) == _plain(source) and lines[-1].startswith("  N"), (notice.slug, notice.year, lines)
    assert said, "no notice gives where its contacts are: the test tests nothing"


def test_a_candidate_given_no_list_gets_the_exam_office_without_its_note_for_registered_candidates():
    """read64 L1: Toulouse's exam office note (academy.yaml exam_office.note: « … Vous pouvez aussi écrire au gestionnaire
    de votre spécialité (coordonnées sur votre confirmation d'inscription). ») was said to a VAE, an in-person and an
    abroad candidate, who are sent to the office because the notice gives them no list, and have no confirmation. A
    candidate given no list (engine.NO_LIST) gets the office without the guide's note on it: the engine's contacts, the
    page's answer and the command line alike; a listed candidate keeps it. The source line stays: the office's address
    shown is in both places it cites (seed 000 l. 91, II-③; l. 235, Annexe 3)."""
    import dataclasses

    project = valid_project(FROZEN)
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("toulouse", 2024))
    ruleset = compile_ruleset(notice, project.content.checklist)
    view = checklist_view(notice, project.content.checklist)
    note = _plain(ruleset["contacts"]["exam_office"]["note"])
    assert "confirmation d'inscription" in note and "gestionnaire de votre spécialité" in note
    for answers, listed in (({"situation": "vae"}, False), ({"situation": "in_person"}, False), ({"department": "99"}, False),
                            ({"situation": "vae", "specialty": "batiment"}, False), ({"situation": "distance"}, True),
                            ({}, True)):
        result = engine.evaluate(ruleset, answers)
        assert (engine.standing_kind(result) not in engine.NO_LIST) == listed, answers
        office = result["contacts"][0]
        assert office["kind"] == "exam_office" and office["office"]["emails"] == ["dec5@ac-toulouse.fr"], answers
        assert bool(office["office"]["note"]) == listed, answers
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
        body = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
        built = _plain(body.split('<ul class="bts-checklist-contacts">', 1)[1].split("</ul>\n", 1)[0])
        text = _plain(render(ruleset, result, notice.texts).split("\n" + notice.texts.text("checklist.contacts") + "\n", 1)[1])
        for said in (built, text):
            assert "dec5@ac-toulouse.fr" in said, answers
            assert (note in said) == listed and ("votre confirmation d'inscription)" in said) == listed, (answers, said)
        assert _plain(result["contacts_source"]) in text, answers
