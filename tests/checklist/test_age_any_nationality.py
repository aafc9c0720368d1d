"""A piece a notice asks by age of every nationality reaches foreign candidates too.

The birth date is asked of French candidates only (content/questions.yaml: it serves the JDC, which the law asks of
French nationals). A notice's JDC piece by age must say the nationality (validate refuses it otherwise:
tests/validation/invalid/550, 551). Another piece by age (« Autorisation parentale — candidats mineurs ») concerns
every nationality: its page's « Pour qui » says the age alone, and the checklist then asks every candidate the birth
date (merge: _birth_date_asked), with a help that says what it is for, instead of leaving foreign candidates without
the piece and their list « complete » (staffwalk52 M1). The frozen Clermont-Ferrand 2024 is edited as a staff member
would write such a piece; the property at the end reads the real data and that edit: a piece whose condition can
hold for a foreign candidate of some age, were they asked the birth date, can be listed to one.
"""

from __future__ import annotations

import copy

import pytest

from checklist_support import can_hold, load_rulesets
from generator.checklist import engine
from generator.merge import build_notice
from generator.pipeline import load_and_check
from generator.site.words import condition_words
from project_support import FROZEN, REAL, data_root

ANCHOR = "  - id: jdc\n"
PIECE = """  - id: parental_consent
    label: Autorisation parentale
    group: 8. Application de la loi portant réforme du service national
    when:
      age_band: under_18
    who_as_written: candidats mineurs
"""
ANSWERS = {"department": "63", "situation": "experience"}


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    root = data_root(tmp_path_factory.mktemp("age_any"))
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(ANCHOR) == 1
    path.write_text(text.replace(ANCHOR, PIECE + ANCHOR), encoding="utf-8")
    rulesets, broken = load_rulesets(root)
    assert not broken, broken
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    return build_notice(project.content, project.academies["clermont-ferrand"], 2024), rulesets


def test_the_page_says_the_age_alone(edited):
    notice = edited[0]
    doc = next(d for d in notice.documents if d.id == "parental_consent")
    assert "nationalité" not in condition_words(notice, doc.when)


def test_a_foreign_minor_gets_the_piece(edited):
    ruleset = edited[1]["clermont-ferrand/2024"]
    result = engine.evaluate(ruleset, {**ANSWERS, "nationality": "foreign"})
    assert "birth_date" in result["questions"], "the birth date decides the piece: asked"
    assert "parental_consent" in {d["id"] for d in result["undecided"]}
    assert not result["complete"]
    result = engine.evaluate(ruleset, {**ANSWERS, "nationality": "foreign", "birth_date": "2008-01-01"})
    listed = {d["id"]: d for d in result["documents"]}
    assert "parental_consent" in listed and "birth_date" not in result["dropped"]
    assert [r["from"] for r in listed["parental_consent"]["why"]] == [[{"question": "birth_date", "value": "2008-01-01"}]]
    # the JDC stays French nationals' (its conditions say the nationality)
    assert not {"jdc", "jdc_certificate"} & set(listed)
    result = engine.evaluate(ruleset, {**ANSWERS, "nationality": "foreign", "birth_date": "2000-01-01"})
    assert "parental_consent" not in {d["id"] for d in result["documents"]}


def test_the_birth_date_says_what_it_is_for(edited):
    notice, rulesets = edited
    assert "pièce demandée selon" in notice.questions["birth_date"].help
    question = next(q for q in rulesets["clermont-ferrand/2024"]["questions"] if q["id"] == "birth_date")
    assert question["asked_when"] == ["all", []] and "pièce demandée selon" in question["help"]


def test_a_session_whose_ages_are_all_for_french_nationals_asks_them_only():
    rulesets, _ = load_rulesets(FROZEN)
    question = next(q for q in rulesets["clermont-ferrand/2024"]["questions"] if q["id"] == "birth_date")
    assert question["asked_when"] == ["test", "nationality", ["french"]]
    result = engine.evaluate(rulesets["clermont-ferrand/2024"], {**ANSWERS, "nationality": "foreign"})
    assert "birth_date" not in result["questions"] and "birth_date" not in result["asked"]


def _asked_of_all(ruleset):
    """The ruleset as if the birth date were asked of everyone."""
    out = copy.deepcopy(ruleset)
    for question in out["questions"]:
        if question["id"] == "birth_date":
            question["asked_when"] = ["all", []]
    return out


REAL_RULESETS, _ = load_rulesets(REAL)
AGES = {"birth_date", *engine.BIRTH_FACTS}


def _pieces(rulesets, prefix=""):
    for key, ruleset in sorted(rulesets.items()):
        for doc in ruleset["documents"]:
            if AGES & set(engine._condition_questions(doc["when"])):
                yield prefix + key, doc["id"]


@pytest.mark.parametrize("key,doc_id", [*_pieces(REAL_RULESETS), ("edited:clermont-ferrand/2024", "parental_consent")])
def test_a_piece_by_age_reaches_every_nationality_it_can_hold_for(key, doc_id, edited):
    ruleset = edited[1][key.split(":", 1)[1]] if key.startswith("edited:") else REAL_RULESETS[key]
    doc = next(d for d in ruleset["documents"] if d["id"] == doc_id)
    for nationality in ("french", "foreign"):
        if can_hold(_asked_of_all(ruleset), doc["when"], {"nationality": nationality}):
            assert can_hold(ruleset, doc["when"], {"nationality": nationality}), f"{doc_id}: never listed to a {nationality} candidate"
