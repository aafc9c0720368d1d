"""What the notice does not give never removes a national document from a candidate's list.

On copies of the frozen project (tests/README.md), edited the way a staff member may write a notice
that gives less: no closing date and no documents deadline; a category whose way of registering is
not given.
"""

from __future__ import annotations

import pytest

from checklist_support import compile_ruleset
from generator.checklist import engine
from generator.merge import _concerned, build_notices
from generator.model.conditions import Condition
from generator.pipeline import load_and_check
from generator.reachability import never_holds
from project_support import FROZEN, data_root


def _edited(tmp_path, path: str, *replacements: tuple[str, str]):
    root = data_root(tmp_path, FROZEN)
    file = root / path
    text = file.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    return project


def test_without_closing_nor_documents_deadline_the_jdc_is_still_asked(tmp_path):
    project = _edited(
        tmp_path,
        "academies/aix-marseille/2023.yaml",
        ("  closing: 2022-11-21 18:00\n", "  closing: non précisé par la notice\n"),
        ("    at: 2022-12-04\n", "    at: non précisé par la notice\n"),
    )
    notice = next(n for n in build_notices(project) if n.slug == "aix-marseille" and n.year == 2023)
    assert notice.closing is None and notice.deadline("documents").end is None
    ruleset = compile_ruleset(notice, project.content.checklist)
    answers = {"department": "13", "situation": "repeater", "nationality": "french", "birth_date": "2003-01-10"}
    result = engine.evaluate(ruleset, answers)
    assert "jdc_certificate" in {d["id"] for d in result["documents"]}, "a French 19-year-old needs the JDC paper"
    # turning 25 within the academic year: the document with its condition, not nothing
    result = engine.evaluate(ruleset, {**answers, "birth_date": "1998-03-01"})
    assert "jdc_certificate" in {d["id"] for d in result["documents"]}
    # 25 long before the academic year: not asked
    result = engine.evaluate(ruleset, {**answers, "birth_date": "1990-03-01"})
    assert "jdc_certificate" not in {d["id"] for d in result["documents"]}


def test_a_category_whose_way_is_not_given_still_counts_as_listed(tmp_path):
    project = _edited(
        tmp_path,
        "academies/toulouse/2024.yaml",
        ("  - situation: experience\n    how: individual\n", "  - situation: experience\n    how: non précisé par la notice\n"),
    )
    session = project.academies["toulouse"].sessions[2024]
    notice = next(n for n in build_notices(project) if n.slug == "toulouse" and n.year == 2024)
    ruleset = compile_ruleset(notice, project.content.checklist)
    experience = Condition("test", question="situation", values=("experience",))
    concerned = _concerned(session)
    assert not never_holds(Condition("all", children=(concerned, experience)), ruleset)
    # and the engine lists documents for such a candidate (standing « how_unknown »)
    result = engine.evaluate(ruleset, {"department": "31", "situation": "experience"})
    assert result["standing"]["kind"] == "how_unknown" and result["documents"]
    # its label, in heading form, is not quoted as the notice's words (frozen Toulouse has no categories_as_written:),
    # one the notice writes so is, as it writes it (quote77); the command line says the page's answer's words
    from generator.checklist.text import how_unknown_words, render

    t = notice.texts
    said = how_unknown_words(result["standing"]["category"], t)
    assert said == t.text("standing.how_unknown_text_by_guide", label="Salariés") and "« Salariés »" not in said.replace("\u00a0", " "), said
    assert said in render(ruleset, result, t)
    written = how_unknown_words({**result["standing"]["category"], "label_as_written": "SALARIÉS"}, t)
    assert written == t.text("standing.how_unknown_text", label="SALARIÉS") and "« SALARIÉS »" in written.replace("\u00a0", " "), written


def test_a_contradiction_counts_as_listed():
    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    checked = 0
    for slug, data in project.academies.items():
        for year, session in data.sessions.items():
            for contradiction in session.contradictions or ():
                notice = next(n for n in build_notices(project) if n.slug == slug and n.year == year)
                ruleset = compile_ruleset(notice, project.content.checklist)
                both = Condition("all", children=(_concerned(session), contradiction.when))
                assert not never_holds(both, ruleset), (slug, year, contradiction.about)
                checked += 1
    assert checked, "no contradiction in the frozen project"


def test_a_situation_an_establishments_notice_names_without_saying_how_is_not_covered_with_its_words(tmp_path):
    """Nantes 2026 names, for its establishments, the repeaters who left them (« NB : les candidats ajournés en 2025
    sont à l'état « redoublant » ; s'ils ne sont plus scolarisés dans l'établissement, il convient de les supprimer »)
    without saying how they register (``how: non précisé par la notice``): such a candidate is told what the candidates
    it does not name are told (« ne figure pas parmi celles que concerne cette notice », whom to ask, no list), then
    what it says of them to establishments, in its words (a review, read50 L8: « votre inscription suit une autre
    démarche », which the notice does not say); the command line and the page's answer the same."""
    from generator.checklist.answer import _standing, where_to_ask
    from generator.checklist.text import render

    project = _edited(tmp_path, "academies/nantes/2026.yaml")  # (the frozen project's, as the real data's)
    notice = next(n for n in build_notices(project) if n.slug == "nantes" and n.year == 2026)
    ruleset = compile_ruleset(notice, project.content.checklist)
    result = engine.evaluate(ruleset, {"department": "85", "situation": "repeater"})
    standing = result["standing"]
    assert standing["kind"] == "not_listed" and standing["category"]["how"] is None
    assert not result["documents"] and not result["undecided"] and not result["complete"]
    texts = notice.texts
    said = texts.text("standing.not_listed_to_establishments",
                      detail="NB : les candidats ajournés en 2025 sont à l'état “redoublant” ; s'ils ne sont plus scolarisés dans l'établissement, "
                             "il convient de les supprimer")
    flat = lambda words: " ".join(words.split())
    shown = flat(render(ruleset, result, texts))
    assert flat(texts.text("standing.not_listed_title")) in shown and flat(texts.text("standing.not_listed_text", office="")) in shown
    assert flat(said) in shown and flat(texts.text("standing.elsewhere_title")) not in shown
    view = _standing(standing, texts, {}, where_to_ask(notice, ruleset), office=ruleset["academy"]["office_reach"],
                     office_site_below=ruleset["academy"]["office_reach_site_below"])
    assert view.title == texts.text("standing.not_listed_title")
    assert view.paragraphs[:2] == (texts.text("standing.not_listed_text", office=""), said)
    # a candidate it does not name at all: the same, without those words
    other = engine.evaluate(ruleset, {"department": "44", "situation": "distance"})
    assert other["standing"] == {"kind": "not_listed"}
    assert flat(said) not in flat(render(ruleset, other, texts))


def test_the_exam_office_without_its_own_numbers_is_reached_through_its_people(tmp_path, capsys):
    """Nantes 2024 gives its Bureau DEC 4-1 no e-mail nor phone of its own, but someone of it (« Dossier suivi par :
    Antoine BELETEAU », ``of_exam_office: true``) with both: a candidate the notice does not name is told to ask that
    bureau with them, never that the notice gives no contact details while the contacts below give them (a review,
    read53 M1); a bureau with only an address (or someone without numbers) points to those contacts; page data, the
    rendered answer and the command line the same."""
    from generator.checklist.answer import _standing, where_to_ask
    from generator.cli import main

    project = _edited(tmp_path, "academies/nantes/2024.yaml")
    notice = next(n for n in build_notices(project) if n.slug == "nantes" and n.year == 2024)
    ruleset = compile_ruleset(notice, project.content.checklist)
    result = engine.evaluate(ruleset, {"department": "49", "situation": "experience"})
    assert result["standing"] == {"kind": "not_listed"}
    texts = notice.texts
    ask = where_to_ask(notice, ruleset)
    assert ask["office"] == texts.text("standing.ask_office", office=texts.text(
        "standing.ask_office_person", name="Bureau DEC 4-1", person="Antoine BELETEAU, antoine.beleteau@ac-nantes.fr, 02 40 37 38 38"))
    assert "coordonnées non précisées" not in ask["office"]
    assert ask["office"] in _standing(result["standing"], texts, {}, ask, office=ruleset["academy"]["office_reach"],
                                      office_site_below=ruleset["academy"]["office_reach_site_below"]).paragraphs
    flat = lambda words: " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())
    assert main(["--root", str(FROZEN), "checklist", "--academy", "nantes", "--session", "2024", "department=49", "situation=experience"]) == 0
    assert flat(ask["office"]) in flat(capsys.readouterr().out)
    # someone of the bureau without numbers, the bureau's address alone: « voir les contacts de la notice, plus bas »
    for people, address in (([{**ruleset["contacts"]["exam_office_people"][0], "emails": [], "phones": []}], []), ([], ["BP 72616"])):
        edited = {**ruleset, "contacts": {**ruleset["contacts"], "exam_office_people": people, "others": [],
                                          "exam_office": {**ruleset["contacts"]["exam_office"], "address": address}}}
        assert where_to_ask(notice, edited)["office"] == texts.text(
            "standing.ask_office", office=texts.text("standing.ask_office_see_contacts", name="Bureau DEC 4-1"))


@pytest.mark.parametrize("below, site_below", [
    ("Site de l'académie : https://www.ac-fixture.fr", True),
    ("Consultez le site de l'académie, https://www.ac-fixture.fr/.", True),
    # where individual candidates read, a page of the academy's site, not the site (answer.py: where[1] == website)
    ("Consultez la page des candidats individuels, https://www.ac-fixture.fr/bts-candidats-individuels.", False),
    ("Bureau des examens : voir https://www.ac-fixture.fr/dec, 05 00 00 00 00.", False),
])
def test_the_command_line_leaves_the_site_out_of_the_office_words_only_when_a_line_below_gives_it(below, site_below):
    """review72 L: text.py's « not listed » office words (phone57 L3, a4a6a0d4) left the academy's site out when a line
    below held its address as a piece of text, also the start of another page's (« https://www.ac-fixture.fr/bts-… »),
    which answer.py (where[1] == website) and checklist.js do not: the command line then lost the site that the page
    says. The site left out where a line below writes it, as an address of its own."""
    from generator.checklist.text import standing_lines

    project, _ = load_and_check(FROZEN)
    texts = project.content.interface
    academy = {"website": "https://www.ac-fixture.fr", "office_reach": "\u0001with-site", "office_reach_site_below": "\u0001without-site"}
    lines = standing_lines({"kind": "not_listed"}, texts, None, [below], {"academy": academy})
    said = "".join(lines)
    assert ("\u0001without-site" in said) == site_below and ("\u0001with-site" in said) != site_below, lines
