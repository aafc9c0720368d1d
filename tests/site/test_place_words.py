"""NOTE70 (aix71), review72: the place of a passage in the notice, shown after « Notice de l'académie — », names the
notice's headings in « », as it writes them (its capitals), and the guide's own words that place the passage (« fin de
la notice », « en-tête de la notice », « paragraphe », « page suivant … ») outside them (staff guide, « L'endroit de la
notice »), and every output shows them so: the notice page, the checklist's engine (its page and
Pyodide's read its line), the command line and a form's page, with French spacing inside the « ». Hand-written on the
frozen project (Aix-Marseille 2023, Nantes 2024 and 2026, Clermont-Ferrand 2024, as migrated)."""

from __future__ import annotations

import datetime as dt

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.merge import build_notices
from generator.site import pages
from project_support import FROZEN, data_root, unwrapped, valid_project

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
    assert ("Notice de l'académie — « PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES » ; « REMARQUE IMPORTANTE »") in flat
    assert "(fin de la notice)" not in flat and "; remarque importante" not in flat
    assert "«\u00a0REMARQUE IMPORTANTE\u00a0», fin de la notice" in aix  # French spacing, as for any « »
    clermont = _flat(pages.notice_page(notices[("clermont-ferrand", 2024)], TODAY))
    assert ("Notice de l'académie — « INFORMATIONS COMPLEMENTAIRES », « 7. Attestations de formation obligatoires », "
            "paragraphe « NB »") in clermont and "obligatoires (NB)" not in clermont
    assert "Informations complémentaires, 7." not in clermont  # (the heading as the notice writes it, in « »)
    nantes = _flat(pages.notice_page(notices[("nantes", 2024)], TODAY))
    assert ("Notice de l'académie — en-tête de la notice ; « III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de "
            "Nantes) » ; « IV- INFORMATIONS DIVERSES », « Déroulement épreuves »") in nantes


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


def test_a_case_named_by_its_place_is_said_without_the_place_s_guillemets():
    """review72: a place within another one (a case of the notice: the other's headings, then its own) names the case
    the checklist shows as a heading to open; with the headings in « », the case is the notice's heading without the
    place's « » (« Candidats déjà inscrits… », not « « Candidats déjà inscrits… » »), a « » of the heading's own kept
    (Clermont-Ferrand 2024's « BTS « maintenance des systèmes » »), two headings joined by a comma. review76 (review73
    L6): a place that adds the guide's words to a heading (Clermont-Ferrand 2024's « paragraphe « NB » ») keeps its
    « », which tell the notice's words from the guide's (it was « Paragraphe NB »)."""
    outer = "« INFORMATIONS COMPLEMENTAIRES », « 7. Attestations de formation obligatoires »"
    inner = f"{outer}, « BTS « maintenance des systèmes » »"
    deeper = f"{outer}, « Annexe 4 », « Bâtiment »"
    nb = f"{outer}, paragraphe « NB »"
    held = [("Les candidats doivent fournir l'attestation.", outer, []), ("Attestation de formation.", inner, []),
            ("Attestation R408.", deeper, []), ("Les attestations sont à téléverser.", nb, [])]
    groups = engine._warning_groups(held, [outer, inner, deeper, nb])
    assert [g["case"] for g in groups] == [None, "BTS « maintenance des systèmes »", "Annexe 4, Bâtiment", "Paragraphe « NB »"], groups
    assert [g["section"] for g in groups] == [outer, inner, deeper, nb]


def test_the_notice_page_says_the_notice_gives_the_portal_s_address_written_in_its_text(tmp_path):
    """review72: « cette notice n'en donne pas l'adresse » (the CYCLADES portal's, content/site.yaml) was decided from the
    session's links: alone; a notice that writes the address in a step's text only was told it does not give it, a false
    fact. Frozen Nantes 2024, its link taken out: the page says the notice does not give it; the address written in its
    first step, the page says it does (« adresse donnée par cette notice »), as with the link."""
    root = data_root(tmp_path)
    session = root / "academies" / "nantes" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    link = ("  - id: cyclades\n    label: CYCLADES, espace candidat (connexion)\n"
            "    url: https://cyclades.education.gouv.fr/cyccandidat/portal/login\n")
    step = "      Connectez-vous impérativement à votre compte CYCLADES existant"
    assert link in text and step in text

    def header(data: str) -> str:
        session.write_text(data, encoding="utf-8")
        project = valid_project(root)
        notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2024))
        return _flat(pages.notice_page(notice, TODAY, site=project.content.site)).split("Espace candidat CYCLADES", 1)[1][:400]

    assert "adresse donnée par cette notice" in header(text)
    without = text.replace(link, "")
    said = header(without)
    assert "cette notice n'en donne pas l'adresse" in said and "adresse donnée par cette notice" not in said, said
    said = header(without.replace(step, "      Adresse : cyclades.education.gouv.fr/cyccandidat/portal/login\n\n" + step, 1))
    assert "adresse donnée par cette notice" in said and "n'en donne pas" not in said, said
