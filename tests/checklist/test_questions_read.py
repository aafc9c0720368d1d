"""``reachability.questions_read``: the questions a session's checklist may ask, which the staff's lint compares with
the session's own words for questions (``question_words``)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view
from generator.merge import build_notice, build_notices
from generator.reachability import ENGINE_QUESTIONS, engine_questions, questions_read
from project_support import FROZEN, REPO, valid_project


def test_every_question_the_engine_reads_by_name_is_counted():
    """The engine reads some questions itself, not through a rule (the situation, the route, the specialty…): those
    are in ``ENGINE_QUESTIONS``, or are derived facts (reported, never asked) and their sources."""
    source = Path(engine.__file__).read_text(encoding="utf-8")
    # state.value("x"), "x" in state.questions, answers["x"] / answers.get("x") (state.answers too)
    named = (set(re.findall(r'\bvalue\("(\w+)"\)', source)) | set(re.findall(r'"(\w+)" (?:not )?in state\.questions', source))
             | set(re.findall(r'\banswers(?:\[|\.get\()"(\w+)"', source)))
    assert "department" in named  # (the standing « outside_academy » reads state.answers["department"])
    # the renderers (the command line, the answer built with the page) read the department's answer by name too: a
    # question every ruleset keeps (compile_ruleset leaves out those no rule reads)
    for renderer in ("answer.py", "text.py", "cli.py", "page.py"):
        text = (Path(engine.__file__).parent / renderer).read_text(encoding="utf-8")
        named |= set(re.findall(r'answers"?\]?(?:\[|\.get\()"(\w+)"', text))
    # and the page's script: the department (its hint), the specialty and the route (a form's link fills them in)
    script = (Path(engine.__file__).parents[2] / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    by_script = set(re.findall(r"\b(?:answers|given)\.([a-z_]+)\b", script)) - {"length"}
    assert {"route", "specialty"} <= by_script
    named |= by_script
    assert {"situation", "disability", "specialty"} <= named
    questions = valid_project(FROZEN).content.questions.questions
    sources = {source for fact in engine.DERIVED for source in questions[fact].derived_from}
    assert named <= set(ENGINE_QUESTIONS) | set(engine.DERIVED) | sources, named - set(ENGINE_QUESTIONS) - set(engine.DERIVED) - sources


def test_the_questions_read_follow_the_rules_and_what_decides_them():
    """Toulouse 2024 (frozen): its positioning-decision piece reads that question, which is asked only on some
    situations (asked_when: its questions count too); the R408 list reads the specialty through a derived fact; a
    question no rule of the session reads is out."""
    project = valid_project(FROZEN)
    content = project.content
    ruleset = compile_ruleset(build_notice(content, project.academies["toulouse"], 2024), content.checklist)
    read = questions_read(ruleset)
    assert {"positioning_decision", "specialty", "situation", "department"} <= read
    assert set(content.questions.questions["positioning_decision"].asked_when.questions()) <= read
    assert "optional_exams" not in read
    for document in ruleset["documents"]:
        if document["id"] == "positioning_decision":
            document["when"] = ["all", []]
    assert "positioning_decision" not in questions_read(ruleset)


# ---------------------------------------------------------------- a question no rule reads is not asked (walk 42 L2)

def _readers(ruleset: dict, qid: str, seen: frozenset = frozenset()) -> list[str]:
    """What reads ``qid`` in a ruleset, named (the test's own walk, apart from ``questions_read``): a rule whose condition
    tests it, a derived fact made from it that something reads, a question asked only on its answer that something
    reads, or the engine itself or the outputs (``engine_questions``: the route and the option where they read them)."""
    questions = {q["id"]: q for q in ruleset["questions"]}
    found = [f"engine:{qid}"] if qid in engine_questions(ruleset) else []
    rules = [(f"{part}:{item.get('id', item.get('number', item.get('about')))}", item["when"])
             for part in ("documents", "steps", "warnings", "contradictions") for item in ruleset[part]]
    rules += [(f"unwaived:{d['id']}", d["unwaived_when"]) for d in ruleset["documents"] if d["unwaived_when"] is not None]
    found += [name for name, when in rules if qid in engine._condition_questions(when)]
    for other in questions.values():
        if other["id"] in seen or other["id"] == qid:
            continue
        through = qid in other["derived_from"] or qid in engine._condition_questions(other["asked_when"])
        if through and _readers(ruleset, other["id"], seen | {qid}):
            found.append(f"{other['id']}")
    return found


def _rulesets(root) -> dict:
    project = valid_project(root)
    return {(n.slug, n.year): compile_ruleset(n, project.content.checklist) for n in build_notices(project)}


@pytest.fixture(scope="module")
def real_rulesets():
    return _rulesets(REPO)


def test_every_question_a_real_session_asks_is_read_by_one_of_its_rules(real_rulesets):
    """Every session of the real data: each question its ruleset keeps (the page's form, the command line's) is read by
    a rule of that session, directly or through a derived fact or another question's asked_when; and each question a
    rule reads is kept (the engine knows every question it tests)."""
    for key, ruleset in real_rulesets.items():
        ids = {q["id"] for q in ruleset["questions"]}
        for qid in ids:
            assert _readers(ruleset, qid), f"{key}: {qid} is asked, but nothing of the session reads it"
        conditions = [item["when"] for part in ("documents", "steps", "warnings", "contradictions") for item in ruleset[part]]
        conditions += [part["when"] for w in ruleset["warnings"] for part in w.get("parts", ())]
        conditions += [q["asked_when"] for q in ruleset["questions"]]
        read = {qid for condition in conditions for qid in engine._condition_questions(condition)}
        read |= {source for q in ruleset["questions"] for source in q["derived_from"]}
        assert read <= ids, f"{key}: {sorted(read - ids)} read by a rule but left out of the ruleset"


def test_what_the_pages_say_of_a_session_names_only_questions_it_asks():
    """The notice pages (a piece's « Pour qui », in the guide's words and the notice's, the national exemption of an
    item, a step's, a warning's), the establishments' page (the same pieces) and the checklist's form name only
    questions the session's checklist keeps: none that its answer would not change (every real session)."""
    project = valid_project(REPO)
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, project.content.checklist)
        ids = {q["id"] for q in ruleset["questions"]}
        conditions = [c for d in notice.documents for c in (d.when, d.notice_when, d.exemption, d.unwaived_when) if c is not None]
        conditions += [s.when for s in notice.session.steps or ()]
        conditions += [w.when for w in notice.session.warnings.values() if getattr(w, "when", None) is not None]
        conditions += [s.checklist_when for t in notice.topics for s in t.statements if s.checklist_when is not None]
        named = {qid for c in conditions for qid in c.questions()}
        assert named <= ids, f"{notice.slug} {notice.year}: the pages name {sorted(named - ids)}, which its checklist never asks"
        fields = {f.id for f in checklist_view(notice, project.content.checklist).fields}
        assert fields == {q["id"] for q in ruleset["questions"] if q["kind"] != "derived"}


def test_a_question_no_rule_reads_is_left_out_of_the_ruleset():
    """Toulouse 2024 (frozen): no rule reads how many optional exams one takes, so its ruleset leaves the question out,
    and the page has no field for it; its positioning-decision piece reads that question: kept, until the piece goes
    (the ruleset compiled from a notice without it leaves it out too); a question read only through a derived fact (the
    specialty, by r408_required) or another's asked_when (r408_required, by the exemption question) is kept."""
    project = valid_project(FROZEN)
    content = project.content
    notice = build_notice(content, project.academies["toulouse"], 2024)
    ruleset = compile_ruleset(notice, content.checklist)
    ids = {q["id"] for q in ruleset["questions"]}
    assert "optional_exams" in notice.questions and "optional_exams" not in ids
    assert {"positioning_decision", "r408_waiver", "r408_required", "specialty"} <= ids
    assert "optional_exams" not in {f.id for f in checklist_view(notice, content.checklist).fields}
    # an answer to it is not one of the session's: dropped, the list unchanged
    result = engine.evaluate(ruleset, {"situation": "repeater", "optional_exams": "3"})
    assert result["dropped"] == ["optional_exams"] and result == {**engine.evaluate(ruleset, {"situation": "repeater"}), "dropped": ["optional_exams"], "problems": result["problems"]}
    without = dataclasses.replace(notice, documents=tuple(d for d in notice.documents if "positioning_decision" not in d.when.questions()))
    assert "positioning_decision" not in {q["id"] for q in compile_ruleset(without, content.checklist)["questions"]}


def test_a_condition_on_a_notice_item_asked_without_exemption_keeps_its_question():
    """A hand-built ruleset: the question the ``unwaived_when`` of a piece reads (when the notice's item it replaces is
    asked for without exemption) is read, as those of its ``when``; one nothing reads is not."""
    def question(qid, asked_when=("all", [])):
        return {"id": qid, "kind": "choice", "choices": [["yes", "Oui"], ["no", "Non"]], "asked_when": list(asked_when),
                "derived_from": [], "order": 1, "label": qid, "help": None, "phrases": {}}

    ruleset = {
        "questions": [question("a"), question("b"), question("c", ("test", "a", ["yes"])), question("d")],
        "documents": [{"id": "x", "when": ["test", "c", ["yes"]], "unwaived_when": ["test", "b", ["yes"]]}],
        "steps": [], "warnings": [], "contradictions": [],
    }
    assert {"a", "b", "c"} <= questions_read(ruleset) and "d" not in questions_read(ruleset)


def test_the_route_and_the_option_are_kept_where_the_engine_or_a_form_s_link_reads_them():
    """A hand-built ruleset: the route is kept where a category of the notice names routes or a piece has a form (its link
    carries the route), the option where an R408 entry, a piece's annexes or the contacts' table names one; else, when no
    rule reads them either, both are left out (Aix-Marseille 2023: nothing reads them)."""
    def question(qid, kind="choice", asked_when=("all", [])):
        return {"id": qid, "kind": kind, "choices": [], "asked_when": list(asked_when), "derived_from": [], "order": 1}

    base = {
        "questions": [question(q) for q in ("situation", "specialty", "disability", "exam_adjustment")] + [question("route"), question("option", "option")],
        "documents": [{"id": "x", "when": ["all", []], "unwaived_when": None, "r408_annexes": []}], "steps": [], "warnings": [], "contradictions": [],
        "who": [{"situation": "in_person", "routes": []}], "forms": [], "r408": [["bat", None, []]], "r408_notice": [],
        "contacts": {"specialty_groups": []},
    }
    assert not {"route", "option"} & questions_read(base)
    assert "route" in questions_read({**base, "who": [{"situation": "in_person", "routes": ["apprenti"]}]})
    assert "route" in questions_read({**base, "forms": ["x"]})
    assert "option" in questions_read({**base, "r408": [["ms", "B", []]]})
    assert "option" in questions_read({**base, "contacts": {"specialty_groups": [{"specialties": [["ms", "C"]]}]}})
    assert "option" in questions_read({**base, "documents": [{**base["documents"][0], "r408_annexes": [["ms", "D", [5]]]}]})
    # a rule that reads them keeps them anywhere
    assert {"route", "option"} <= questions_read({**base, "steps": [{"when": ["all", [["test", "route", ["apprenti"]], ["test", "option", ["B"]]]]}]})
