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
from project_support import FIXED_TODAY, FROZEN, REAL, unwrapped, valid_project


def _plain(words: str) -> str:
    """Words as a reader compares them: entities read, French spaces and apostrophes as plain ones, a number or a code
    kept whole by its span (« <span class="bts-nowrap">DEC 4-1</span> ») as its words, a bracket the page's Markdown
    escapes as it (« \\[…\\] », a cut of the notice's words: trust69)."""
    import html

    words = html.unescape(unwrapped(words)).replace("\\[", "[").replace("\\]", "]")
    return " ".join(words.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())


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
            # the page's line, citing only the places of what the checklist's block shows (read67 L1: the test
            # below); the same line when it shows all of them
            assert (result["contacts_source"] is None) == (source is None), (notice.slug, notice.year)
            if source is not None:
                cited = _cited(result["contacts_source"])
                assert cited and cited == [p for p in _cited(source) if p in cited], (notice.slug, notice.year, cited)
                if (notice.slug, notice.year) not in (("nantes", 2024), ("clermont-ferrand", 2024)):
                    assert result["contacts_source"] == source, (notice.slug, notice.year)
                source = result["contacts_source"]
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


def _cited(line: str) -> list[str]:
    """The places of the notice a source line cites (« Notice de l'académie — A ; B »)."""
    line = _plain(line)
    return [p.strip() for p in line.split(" — ", 1)[1].split(" ; ")] if " — " in line else []


def _places_of(notice) -> dict[str, str]:
    """Which of the notice's places (contacts_section:) is the place of what, read from the data independently of the
    code under test: the place of the notice's words on the managing academies (its topic managing_academy) is theirs;
    a place of who_section: is the VAE service's (the office the pages give for that situation, named in the notice's
    part on who registers); any other, the exam office's and the notice's contacts', shown to every candidate."""
    from generator.model.session import vae_office_in_force
    from generator.model.values import given

    s = notice.session
    managing = {_plain(st.provenance.section) for t in notice.topics if t.id == "managing_academy"
                for st in t.statements if not st.provenance.national and st.provenance.section}
    who = {_plain(w) for w in s.who_section.split(";")} if isinstance(s.who_section, str) else set()
    out = {}
    for place in (_plain(p) for p in str(s.contacts_section).split(";")):
        if place in managing and (s.managing_academies_note or given(s.managing_academies)):
            out[place] = "managing"
        elif place in who and vae_office_in_force(notice.academy, s) is not None:
            out[place] = "vae"
    return out


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_every_place_a_contacts_line_cites_is_the_place_of_something_its_block_shows(root):
    """read67 L1: Nantes 2024's checklist ended its « Contacts » (the DEC 4-1 office, Antoine BELETEAU) with « Notice de
    l'académie — en-tête de la notice ; III- … ; IV- Informations diverses, déroulement épreuves », the notice page's
    line, whose « IV » is the place of the managing academies' note the page's block adds and the checklist's does not
    (it says it under « Attention », with that place). Every place a contacts block's line cites is the place of
    something that block shows: the notice page, the engine's answer (so checklist.js's and Pyodide's, the same
    engine), the page's built answer and the command line alike."""
    import dataclasses
    import json

    project = valid_project(root)
    checklist = project.content.checklist
    checked = set()
    for notice in build_notices(project):
        places = _places_of(notice)
        view_c = contacts(notice)
        # (its first words: the page writes its address as a link)
        managing_words = _plain(notice.session.managing_academies_note or "")[:60]
        vae = vae_office_in_force_name(notice)
        page = pages.notice_page(notice, FIXED_TODAY)
        page_part = _plain(page.split(f"\n## {notice.texts.text('contacts.title')}\n", 1)[1].split("\n## ", 1)[0])
        blocks = []
        if view_c.source:
            blocks.append(("page", page_part, view_c.source))
        ruleset = compile_ruleset(notice, checklist)
        view = checklist_view(notice, checklist)
        for answers in ({}, {"situation": "repeater"}, {"situation": "distance"}, {"situation": "vae"}):
            result = engine.evaluate(ruleset, answers)
            if result["standing"] and result["standing"]["kind"] == "elsewhere" or not result["contacts_source"]:
                continue
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
            body = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
            built = body.split('<ul class="bts-checklist-contacts">', 1)[1].split("</ul>\n", 1)
            built_line = built[1].split("</p>", 1)[0].removeprefix('<p class="bts-checklist-source">')
            text = render(ruleset, result, notice.texts).split("\n" + notice.texts.text("checklist.contacts") + "\n", 1)[1].split("\n\n", 1)[0]
            blocks += [
                (f"engine {answers}", _plain(json.dumps(result["contacts"], ensure_ascii=False)), result["contacts_source"]),
                (f"built {answers}", _plain(built[0]), built_line),
                (f"text {answers}", _plain(text.rsplit("\n", 1)[0]), text.rsplit("\n", 1)[1]),
            ]
        for where, shown, line in blocks:
            for place in _cited(line):
                of = places.get(place)
                checked.add((notice.slug, notice.year, of))
                if of == "managing":
                    assert managing_words and managing_words in shown, (notice.slug, notice.year, where, place)
                elif of == "vae":
                    assert vae and vae in shown, (notice.slug, notice.year, where, place)
            # and the converse (review93): every place of what the block shows is cited, in contacts_section:'s order
            # (the notice page's block shows everything; a list, the exam office's places always, the VAE service's
            # when it shows the service, the managing academies' when it shows their note)
            ordered = [_plain(p) for p in str(notice.session.contacts_section).split(";") if p.strip()]
            owed = ordered if where == "page" else [
                place for place in ordered if places.get(place) is None
                or places[place] == "vae" and vae and vae in shown
                or places[place] == "managing" and managing_words and managing_words in shown
            ]
            assert _cited(line) == owed, (notice.slug, notice.year, where, line)
    assert {(slug, of) for slug, _, of in checked} >= {("nantes", "managing"), ("clermont-ferrand", "vae")}, checked


def vae_office_in_force_name(notice) -> str | None:
    from generator.model.session import vae_office_in_force

    office = vae_office_in_force(notice.academy, notice.session)
    return _plain(office.name) if office is not None else None


def test_the_frozen_lines_under_the_checklist_s_contacts():
    """read67 L1, exact words on the frozen project: Nantes 2024's list cites the header and III (its office and the
    person following the file), not IV (the managing academies, said under « Attention »); Clermont-Ferrand 2024's
    cites « Catégorie de candidat » (where the notice names the VAE service) to a VAE candidate only, who is shown
    the service. The notice pages keep their whole line."""
    project = valid_project(FROZEN)
    checklist = project.content.checklist
    notices = {(n.slug, n.year): n for n in build_notices(project)}
    expected = {
        ("nantes", 2024, None): (
            "Notice de l'académie — en-tête de la notice ; « III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de Nantes) »"
        ),
        ("clermont-ferrand", 2024, "distance"): "Notice de l'académie — « PROCÉDURE D'INSCRIPTION » ; « CONFIRMATION ET VALIDATION DE L'INSCRIPTION »",
        ("clermont-ferrand", 2024, "vae"): (
            "Notice de l'académie — « PROCÉDURE D'INSCRIPTION » ; « CONFIRMATION ET VALIDATION DE L'INSCRIPTION » ; « CATÉGORIE DE CANDIDAT »"
        ),
    }
    for (slug, year, situation), line in expected.items():
        notice = notices[(slug, year)]
        ruleset = compile_ruleset(notice, checklist)
        result = engine.evaluate(ruleset, {"situation": situation} if situation else {})
        assert _plain(result["contacts_source"]) == line, (slug, situation)
        assert any(c["kind"] == "situation" for c in result["contacts"]) == (situation == "vae"), (slug, situation)
    assert _plain(contacts(notices[("nantes", 2024)]).source).endswith(" ; « IV- INFORMATIONS DIVERSES », « Déroulement épreuves »")
    assert _plain(contacts(notices[("clermont-ferrand", 2024)]).source).endswith(" ; « CATÉGORIE DE CANDIDAT »")


def test_a_candidate_given_no_list_gets_the_exam_office_without_a_role_for_registered_candidates():
    """cfnantes65: Clermont-Ferrand's exam office role (« Signaler tout changement d'adresse en cours d'année, et la
    non-réception du mél de confirmation d'inscription. ») was said to a VAE, an in-person (of another academy's
    department) and an abroad candidate, who are told none of that confirmation's dates (its deadline, « Signaler au bureau
    des BTS la non-réception du mél de confirmation », is not theirs). academy.yaml says the role speaks to registered
    candidates only (role_for_registered: true): a candidate given no list gets the office without it, as without the
    note (read64 L1); the engine's contacts, the page's answer and the command line alike; a listed candidate keeps it,
    and the notice page says it to all."""
    import dataclasses

    project = valid_project(FROZEN)
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = compile_ruleset(notice, project.content.checklist)
    view = checklist_view(notice, project.content.checklist)
    role = _plain(ruleset["contacts"]["exam_office"]["role"])
    assert "mél de confirmation" in role and ruleset["contacts"]["exam_office"]["role_for_registered"] is True
    assert role in _plain(pages.notice_page(notice, FIXED_TODAY))
    for answers, listed in (({"situation": "vae"}, False), ({"situation": "in_person", "department": "75"}, False),
                            ({"department": "99"}, False), ({"situation": "repeater", "department": "63"}, True), ({}, True)):
        result = engine.evaluate(ruleset, answers)
        assert (engine.standing_kind(result) not in engine.NO_LIST) == listed, answers
        office = result["contacts"][0]
        assert office["kind"] == "exam_office" and office["office"]["emails"] == ["ce.dec3bts@ac-clermont.fr"], answers
        assert bool(office["office"]["role"]) == listed, answers
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
        body = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
        built = _plain(body.split('<ul class="bts-checklist-contacts">', 1)[1].split("</ul>\n", 1)[0])
        text = _plain(render(ruleset, result, notice.texts).split("\n" + notice.texts.text("checklist.contacts") + "\n", 1)[1])
        for said in (built, text):
            assert "ce.dec3bts@ac-clermont.fr" in said, answers
            assert (role in said) == listed and ("mél de confirmation" in said) == listed, (answers, said)


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_the_page_gives_each_line_the_checklist_gives_a_situation_s_office(root):
    """One truth (cfnantes65 item 2): the checklist gives a VAE candidate the academy's VAE service with « Coordonnées :
    non précisées par la notice » and, below, « Site de l'académie : … » (answer._contact; review41b L1); the notice
    page's card of that service said the first only (the site was under « Liens utiles » alone). Every line of the
    checklist's card of an office given for a situation is in the page's card of that office (its heading down to the
    next one), links read as their words."""
    import re

    from generator.checklist.answer import _contact

    project = valid_project(root)
    checked = 0
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, project.content.checklist)
        page = pages.notice_page(notice, FIXED_TODAY)
        # (links read as their words: « [<span …>www.…</span>](<https://…>){: .bts-bare-url } » → « www.… »)
        words = re.sub(r"<[^>]+>|\{:[^}]*\}", "", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", page))
        for situation in ruleset["contacts"].get("situations", {}):
            result = engine.evaluate(ruleset, {"situation": situation})
            for contact in (c for c in result["contacts"] if c["kind"] == "situation"):
                view = _contact(contact, notice.texts, ruleset["academy"]["website"])
                card = _plain(words.split(f"\n### {view.name}\n", 1)[1].split("\n#", 1)[0])
                for before, _href, link_words, after in view.lines:
                    assert _plain(before + (link_words or "") + after) in card, (notice.slug, notice.year, before, card)
                checked += 1
    if root is FROZEN:
        assert checked, "no office given for a situation: the test tests nothing"


def test_role_for_registered_is_read_office_by_office():
    """review97: the engine leaves out, for a candidate given no list, the role of each office that says
    ``role_for_registered`` (the exam office, someone of it, another contact), and that role only: an office without it
    keeps its role for every candidate (Toulouse's « À contacter le plus tôt possible … » is right for a VAE candidate
    too). The frozen data sets it on Clermont-Ferrand's exam office alone, so dropping the check for the people or the
    other contacts, or leaving out every role for a candidate given no list, passed every test. The note goes the same
    way for the exam office alone (its guide note is for registered candidates, read64 L1): someone of it and another
    contact keep theirs (Nantes 2026's « Secrétariat des IEN et ET-EG »: « Informations et formulaire de demande sur
    le site académique. »); review64a: leaving out every note for a candidate given no list passed every test."""
    import copy

    project = valid_project(FROZEN)
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = copy.deepcopy(compile_ruleset(notice, project.content.checklist))
    office = ruleset["contacts"]["exam_office"]

    def contact(name, flagged):
        return {**office, "name": name, "role": f"Rôle de {name}.", "role_for_registered": flagged, "note": f"Note de {name}."}

    ruleset["contacts"]["exam_office"] = contact("Bureau", False)
    ruleset["contacts"]["exam_office_people"] = [contact("Personne inscrits", True), contact("Personne tous", False)]
    ruleset["contacts"]["others"] = [contact("Autre inscrits", True), contact("Autre tous", False)]
    for answers, listed in (({"situation": "vae"}, False), ({"department": "99"}, False),
                            ({"situation": "repeater", "department": "63"}, True)):
        result = engine.evaluate(ruleset, answers)
        assert (engine.standing_kind(result) not in engine.NO_LIST) == listed, answers
        found = result["contacts"]
        said = [found[0]["office"], *found[0]["people"], *(c["office"] for c in found if c["kind"] == "other")]
        roles = {o["name"]: o["role"] for o in said}
        assert roles == {
            "Bureau": "Rôle de Bureau.",
            "Personne inscrits": "Rôle de Personne inscrits." if listed else None,
            "Personne tous": "Rôle de Personne tous.",
            "Autre inscrits": "Rôle de Autre inscrits." if listed else None,
            "Autre tous": "Rôle de Autre tous.",
        }, (answers, roles)
        notes = {o["name"]: o["note"] for o in said}
        assert notes == {name: None if name == "Bureau" and not listed else f"Note de {name}." for name in roles}, (answers, notes)
