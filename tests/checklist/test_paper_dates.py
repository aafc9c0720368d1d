"""Each listed piece's date, once, in the built answer (printhead67, print67 M; print68): a piece whose date is said
above its list (a group's heading or the « Date limite de … » line: the engine's ``own_date`` False) has no date line
of its own, and that heading or line is in the block of its pieces (``documents_groups``; the block, on paper, prints
it again at the top of every sheet they carry on to: checklist.css); a piece without one has a date line of its own
(``when``). No print-only date line: printhead67's, under every piece dated above its list, said the date twice on
the sheet of its heading (print68). The browser's render (checklist.js documentsList) is compared with this one by
test_checklist_browser.py; this reads the build's view itself, on the frozen project (a review, review67b)."""

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


def test_every_dated_piece_says_its_date_once_on_its_line_or_above_its_list():
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
            headed = {doc.id: heading for heading, group in answer.documents_groups for doc in group}
            assert not (answer.documents_due and any(headed.values())), (notice.slug, notice.year, answers)  # (one or the other)
            for item in answer.documents:
                doc = docs[item.id]
                where = (notice.slug, notice.year, answers, item.id, item.when)
                if doc["deadline"] not in dated:
                    continue
                above = headed[item.id] or answer.documents_due
                # one date line: its own, or the one above its list, in its block
                assert (item.when is None) == (doc.get("own_date") is False), where
                if item.when is None:
                    assert above is not None and view.data["dates"][doc["deadline"]] in above.text, (where, above)
                    seen["paper"] += 1
                else:
                    seen["own"] += 1
    # (the draw reaches pieces dated above their list; a piece with a date line of its own is rare in the frozen lists:
    # the engine groups pieces on two dates by date, each group's date above it)
    assert seen["paper"], seen
