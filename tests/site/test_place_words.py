"""NOTE70 (aix71): the place of a passage in the notice, shown after « Notice de l'académie — », is the notice's heading;
where the guide adds its own words to place the passage (« fin de la notice », « en-tête de la notice », « page
suivant … »), the session file writes the notice's heading in « » and the guide's words outside them (staff guide,
« L'endroit de la notice »), and every output shows them so: the notice page, the checklist's engine (its page and
Pyodide's read its line), the command line and a form's page, with French spacing inside the « ». Hand-written on the
frozen project (Aix-Marseille 2023, Nantes 2024 and 2026, Clermont-Ferrand 2024, as migrated)."""

from __future__ import annotations

import datetime as dt

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.merge import build_notices
from generator.site import pages
from project_support import FROZEN, unwrapped, valid_project

TODAY = dt.date(2026, 12, 5)


def _flat(text: str) -> str:
    return " ".join(unwrapped(text).replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


def _notices():
    project = valid_project(FROZEN)
    return project, {(n.slug, n.year): n for n in build_notices(project)}


def test_the_notice_page_shows_the_heading_in_guillemets_and_the_guide_s_words_outside():
    _, notices = _notices()
    aix = pages.notice_page(notices[("aix-marseille", 2023)], TODAY)
    flat = _flat(aix)
    assert "Notice de l'académie — « REMARQUE IMPORTANTE », fin de la notice" in flat
    assert ("Notice de l'académie — Pièces à téléverser (formation à distance, expérience professionnelle, redoublants) ; "
            "« REMARQUE IMPORTANTE »") in flat
    assert "(fin de la notice)" not in flat and "; remarque importante" not in flat
    assert "«\u00a0REMARQUE IMPORTANTE\u00a0», fin de la notice" in aix  # French spacing, as for any « »
    clermont = _flat(pages.notice_page(notices[("clermont-ferrand", 2024)], TODAY))
    assert "7. Attestations de formation obligatoires, paragraphe « NB »" in clermont and "obligatoires (NB)" not in clermont
    nantes = _flat(pages.notice_page(notices[("nantes", 2024)], TODAY))
    assert ("Notice de l'académie — en-tête de la notice ; « III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de "
            "Nantes) » ; IV- Informations diverses, déroulement épreuves") in nantes


def test_the_checklist_and_the_command_line_show_the_same_words():
    project, notices = _notices()
    nantes = notices[("nantes", 2024)]
    ruleset = compile_ruleset(nantes, project.content.checklist)
    result = engine.evaluate(ruleset, {})
    line = "Notice de l'académie — en-tête de la notice ; « III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de Nantes) »"
    assert _flat(result["contacts_source"]) == line
    assert line in _flat(render(ruleset, result, nantes.texts))


def test_a_form_s_page_names_its_place_in_the_notice_so():
    _, notices = _notices()
    forms = {path.rsplit("/", 1)[-1]: _flat(text) for path, text in pages.form_pages(notices[("nantes", 2026)]).items()}
    assert any("age suivant « BTS session 2026 - Liste des pièces justificatives »" in text for text in forms.values()), forms.keys()
    assert any("« Annexe 5 » de la notice" in text for text in forms.values()), forms.keys()
    assert not any("age suivant la liste" in text or "Annexe 5 de la notice" in text for text in forms.values())
