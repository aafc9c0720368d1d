"""Each listed piece's date, once, in the built answer (printhead67, print67 M): a piece whose date is said above its
list (a group's heading or the « Date limite de … » line: the engine's ``own_date`` False) carries it on paper only
(``DocumentItem.paper_when``, a print-only line: a sheet the list carries on to has no heading), and a piece with a
date line of its own (``when``) gets no second, print-only one. The browser's render (checklist.js documentsList)
is compared with this one by test_checklist_browser.py; this reads the build's view itself, on the frozen project
(a review, review67b: a paper line given to every dated piece, a second « Date limite » under its own, went
unnoticed by the browser's comparison)."""

from __future__ import annotations

from generator.checklist import engine
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view
from generator.merge import build_notices
from project_support import FROZEN, valid_project

ANSWERS = (
    {"situation": "distance"},
    {"situation": "repeater", "nationality": "french", "birth_date": "2006-01-01"},
    {"situation": "experience", "nationality": "french", "birth_date": "1990-01-01"},
    # (pieces due on two dates: each group's date above it)
    {"situation": "distance", "engagement_etudiant": "yes", "has_benefits": "yes"},
)


def test_every_dated_piece_says_its_date_once_on_screen_or_on_paper():
    project = valid_project(FROZEN)
    checklist = project.content.checklist
    seen = {"own": 0, "paper": 0}
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, checklist)
        view = checklist_view(notice, checklist)
        dated = {d["id"] for d in ruleset["deadlines"]} & set(view.data["dates"])
        for answers in ANSWERS:
            result = engine.evaluate(ruleset, answers)
            docs = {d["id"]: d for d in result["documents"]}
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
            for item in answer.documents:
                doc = docs[item.id]
                where = (notice.slug, notice.year, answers, item.id, item.when, item.paper_when)
                if doc["deadline"] not in dated:
                    assert item.paper_when is None, where
                    continue
                # one date line: on screen when the piece has its own, else on paper only
                assert (item.when is None) != (item.paper_when is None), where
                if item.paper_when is not None:
                    assert doc.get("own_date") is False and view.data["dates"][doc["deadline"]] in item.paper_when, where
                    seen["paper"] += 1
                else:
                    seen["own"] += 1
    # (the draw reaches pieces dated above their list; a piece with a date line of its own is rare in the frozen lists:
    # the engine groups pieces on two dates by date, each group's date above it)
    assert seen["paper"], seen
