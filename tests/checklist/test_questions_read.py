"""``reachability.questions_read``: the questions a session's checklist may ask, which the staff's lint compares with
the session's own words for questions (``question_words``)."""

from __future__ import annotations

import re
from pathlib import Path

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.merge import build_notice
from generator.reachability import ENGINE_QUESTIONS, questions_read
from project_support import FROZEN, valid_project


def test_every_question_the_engine_reads_by_name_is_counted():
    """The engine reads some questions itself, not through a rule (the situation, the route, the specialty…): those
    are in ``ENGINE_QUESTIONS``, or are derived facts (reported, never asked) and their sources."""
    source = Path(engine.__file__).read_text(encoding="utf-8")
    # state.value("x"), "x" in state.questions, answers["x"] / answers.get("x") (state.answers too)
    named = (set(re.findall(r'\bvalue\("(\w+)"\)', source)) | set(re.findall(r'"(\w+)" (?:not )?in state\.questions', source))
             | set(re.findall(r'\banswers(?:\[|\.get\()"(\w+)"', source)))
    assert "department" in named  # (the standing « outside_academy » reads state.answers["department"])
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
