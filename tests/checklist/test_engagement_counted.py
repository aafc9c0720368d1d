"""« Oui » to the « engagement étudiant » optional exam, then « Aucune » to the number of optional exams, which the question
says includes it (« engagement étudiant compris »): the answers contradict each other, and a candidate who counts only
their languages misses the two-exam limit (phone52 L3, Nantes 2026: the printed answers read « Oui » then « Aucune »,
with nothing said). The engine says so, in a warning of content/checklist.yaml on the décret of the two-exam limit:
one result, so the command line, the page's answer and checklist.js (which shows it next to the answer) agree.

Hand-written on the frozen project (tests/fixtures/project): its Nantes 2026 asks both questions and places the
warning where its notice says the limit (« … dont l'Engagement étudiant »).
"""

from __future__ import annotations

import pytest

from generator.checklist import engine, text
from generator.checklist.compile import compile_ruleset

WID = "engagement_etudiant_counted"
SECTION = "« RAPPELS REGLEMENTAIRES BTS », « EPREUVES FACULTATIVES »"
BASE = {"department": "44", "situation": "in_person", "route": "formation_continue"}


def _result(notice, frozen_project, **answers):
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    return ruleset, engine.evaluate(ruleset, {**BASE, **answers})


def test_engagement_yes_and_no_optional_exam_is_said_with_its_rule_and_the_notice(frozen_project, frozen_by_key):
    nantes = frozen_by_key["nantes", 2026]
    ruleset, result = _result(nantes, frozen_project, engagement_etudiant="yes", optional_exams="0")
    shown = [w for w in result["warnings"] if w["id"] == WID]
    assert len(shown) == 1, [w["id"] for w in result["warnings"]]
    warning = shown[0]
    decret = nantes.texts_words([nantes.national_texts["decret_2024_788"]])
    assert warning["provenance"] == {"kind": "national", "section": SECTION, "texts": decret}
    assert "engagement étudiant" in warning["title"]
    # the command line prints it, its source under it
    t = nantes.texts
    cli = text.render(ruleset, result, t)
    assert warning["title"] in cli and " ".join(warning["text"].split()) in " ".join(cli.split()), cli
    line = t.text("provenance.national_in_notice", texts=t.join("provenance.texts_join", decret), section=SECTION)
    assert "    " + line + "\n" in cli + "\n", cli


@pytest.mark.parametrize("answers", [
    {"engagement_etudiant": "yes", "optional_exams": "1"},
    {"engagement_etudiant": "yes", "optional_exams": "2"},
    {"engagement_etudiant": "no", "optional_exams": "0"},
    {"engagement_etudiant": "yes"},
], ids=["yes-one", "yes-two", "no-none", "yes-unanswered"])
def test_answers_that_agree_are_told_nothing(frozen_project, frozen_by_key, answers):
    ruleset, result = _result(frozen_by_key["nantes", 2026], frozen_project, **answers)
    assert WID not in [w["id"] for w in result["warnings"]]


def test_no_question_is_asked_for_it_where_its_rule_is_not_in_force(frozen_project, frozen_by_key):
    """Before the décret's first session, the warning is not in the ruleset: it makes no session ask the number of
    optional exams that did not (Toulouse 2024), nor warns where that number is asked for other reasons (Clermont-Ferrand
    2024)."""
    for key in (("toulouse", 2024), ("clermont-ferrand", 2024)):
        notice = frozen_by_key[key]
        ruleset = compile_ruleset(notice, frozen_project.content.checklist)
        assert WID not in [w["id"] for w in ruleset["warnings"]], key
    toulouse = compile_ruleset(frozen_by_key["toulouse", 2024], frozen_project.content.checklist)
    assert "optional_exams" not in [q["id"] for q in toulouse["questions"]]
