"""A question another answer already gives (``yes_when``) reads « yes » in the checklist as on the page.

« Avez-vous déjà présenté ce BTS lors d'une session précédente ? » (``sat_before``) is not asked of a repeater
(``situation: repeater``, « J'ai déjà présenté le BTS et je ne suis plus en formation »): their situation says it
(``yes_when``). The page's « Pour qui » of a piece written ``{sat_before: "yes"}`` says « Si vous avez déjà présenté ce
BTS lors d'une session précédente », which takes in the repeaters; the checklist left them without it and said their
list complete (staffwalk52 H1: « candidats ayant déjà présenté l'examen et demandant le bénéfice de notes »). The
frozen Toulouse 2024 is edited as a staff member would write that item; its own ``any: [{situation: repeater},
{sat_before: "yes"}]`` (as the real Toulouse and Aix-Marseille write it) must still work, its reasons said once.
The frozen content predates ``yes_when``: the copy gets the real content's (``situation: repeater``). The property
at the end reads the real data and that edit: a piece the page gives for « yes » is given by the checklist to every
situation that says « yes », for some answers.
"""

from __future__ import annotations


import pytest

from checklist_support import can_hold, load_rulesets
from generator.checklist import engine
from generator.merge import build_notice
from generator.pipeline import load_and_check
from generator.site.words import condition_words
from project_support import REAL, data_root

WORKAROUND = """    when:
      any:
        - {situation: repeater}
        - {sat_before: "yes"}
  - id: repeater_internship"""
# the notice's words, as the staff member wrote them: « candidats ayant déjà présenté l'examen »
PLAIN = """    when: {sat_before: "yes"}
  - id: repeater_internship"""
DOC = "repeater_transcript"
ASKED = """    asked_when:
      situation: [in_person, distance, experience, vae]
    choices:
      "yes": Oui
      "no": Non
    phrases:
      "yes": vous avez déjà présenté ce BTS lors d'une session précédente"""
SAID = ASKED.replace("    choices:", "    yes_when:\n      situation: repeater\n    choices:", 1)


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """The frozen project with Toulouse 2024's transcript asked « si vous avez déjà présenté ce BTS » alone: its
    notice and ruleset."""
    root = data_root(tmp_path_factory.mktemp("yes_when"))
    path = root / "academies" / "toulouse" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(WORKAROUND) == 1
    path.write_text(text.replace(WORKAROUND, PLAIN), encoding="utf-8")
    questions = root / "content" / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    assert text.count(ASKED) == 1
    questions.write_text(text.replace(ASKED, SAID), encoding="utf-8")
    rulesets, broken = load_rulesets(root)
    assert not broken, broken
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    return build_notice(project.content, project.academies["toulouse"], 2024), rulesets




def _listed(ruleset, answers):
    result = engine.evaluate(ruleset, answers)
    return result, {d["id"]: d for d in result["documents"]}


def test_the_page_says_the_piece_is_for_those_who_sat_before(edited):
    notice = edited[0]
    doc = next(d for d in notice.documents if d.id == DOC)
    assert condition_words(notice, doc.when) == "Si vous avez déjà présenté ce BTS lors d'une session précédente"


def test_a_repeater_gets_a_piece_asked_of_those_who_sat_before(edited):
    ruleset = edited[1]["toulouse/2024"]
    result, listed = _listed(ruleset, {"department": "31", "situation": "repeater"})
    assert DOC in listed, "a repeater has sat the exam before: the page's « Pour qui » names them"
    # its reason: the answer « yes » and the answer that gives it
    [reason] = listed[DOC]["why"]
    assert reason["question"] == "sat_before" and reason["value"] == "yes"
    assert reason["from"] == [{"question": "situation", "value": "repeater"}]
    assert "sat_before" not in result["questions"] and "sat_before" not in result["asked"]


def test_the_answer_still_decides_for_those_who_are_asked(edited):
    ruleset = edited[1]["toulouse/2024"]
    _, listed = _listed(ruleset, {"department": "31", "situation": "distance", "route": "scolaire", "sat_before": "yes"})
    assert DOC in listed and "from" not in listed[DOC]["why"][0]
    _, listed = _listed(ruleset, {"department": "31", "situation": "distance", "route": "scolaire", "sat_before": "no"})
    assert DOC not in listed


def test_an_answer_no_decides_nothing_while_the_situation_may_give_yes(edited):
    ruleset = edited[1]["toulouse/2024"]
    result = engine.evaluate(ruleset, {"department": "31", "sat_before": "no"})
    undecided = {d["id"]: d for d in result["undecided"]}
    assert DOC in undecided and "situation" in undecided[DOC]["missing"]


def test_the_repeaters_rule_written_both_ways_still_works_and_says_its_reason_once(edited):
    """Aix-Marseille 2023's « Pour les candidats redoublants », ``any: [{situation: repeater}, {sat_before: "yes"}]``."""
    ruleset = edited[1]["aix-marseille/2023"]
    _, listed = _listed(ruleset, {"department": "13", "situation": "repeater"})
    assert [r["question"] for r in listed["repeater_transcripts"]["why"]] == ["situation"]
    _, listed = _listed(ruleset, {"department": "13", "situation": "experience", "sat_before": "yes"})
    assert "from" not in next(r for r in listed["repeater_transcripts"]["why"] if r["question"] == "sat_before")


def test_never_having_sat_the_exam_is_not_a_repeater(edited):
    ruleset = edited[1]["toulouse/2024"]
    state = engine._State(ruleset, {"situation": "repeater"})
    assert state.evaluate(["test", "sat_before", ["no"]])[0] is False
    assert state.evaluate(["not", [["test", "sat_before", ["yes"]]]])[0] is False
    assert state.evaluate(["test", "sat_before", ["yes"]])[0] is True


def _without(condition, qid):
    """The condition with each test of ``qid`` read for the answer « yes » (True or False)."""
    if condition[0] == "test":
        if condition[1] != qid:
            return condition
        return ["all", []] if "yes" in condition[2] else ["any", []]
    return [condition[0], [_without(c, qid) for c in condition[1]]]


REAL_RULESETS, _ = load_rulesets(REAL)


def _pieces(rulesets):
    for key, ruleset in sorted(rulesets.items()):
        for question in ruleset["questions"]:
            if question.get("yes_when") is None:
                continue
            for doc in ruleset["documents"]:
                if question["id"] in engine._condition_questions(doc["when"]):
                    yield key, question["id"], doc["id"]


@pytest.mark.parametrize("key,qid,doc_id", [*_pieces(REAL_RULESETS), ("edited", "sat_before", DOC)])
def test_a_piece_for_yes_is_given_to_who_the_other_answer_says_yes(key, qid, doc_id, edited):
    """A piece whose condition can hold with « yes » to ``qid`` (as its page's « Pour qui » says it) can be listed
    to a candidate whose other answer gives that « yes » (``yes_when``), for some answers."""
    ruleset = edited[1]["toulouse/2024"] if key == "edited" else REAL_RULESETS[key]
    question = next(q for q in ruleset["questions"] if q["id"] == qid)
    doc = next(d for d in ruleset["documents"] if d["id"] == doc_id)
    said = question["yes_when"]
    if not can_hold(ruleset, ["all", [_without(doc["when"], qid), said]]):
        return  # (the piece is not for them whatever they answer)
    assert can_hold(ruleset, ["all", [doc["when"], said]]), f"{doc_id} is never listed when {said} holds"


def test_the_staff_guide_says_it_under_the_question():
    """The identifiers page's « À savoir » of a question with yes_when (the real content: sat_before)."""
    from generator.site.staff_guide import identifiers
    from project_support import valid_project

    rows = {row.id: row for row in identifiers(content=valid_project(REAL).content).questions}
    assert rows["sat_before"].yes_when == "{situation: repeater}"
    assert all(not row.yes_when for qid, row in rows.items() if qid != "sat_before")
