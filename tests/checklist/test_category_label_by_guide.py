"""A category whose label is the guide's is not quoted as the notice's words (labels70).

Under « Ce que la notice dit de votre situation », the checklist said « {label} » : {detail}, the label between « » as
the notice's. Nantes 2026's notice, to the establishments, names no category: its who: is the guide's table
(web_only: who, the page's « (tableau établi par le guide d'après la notice) »), whose « Scolaire, apprenti, formation
continue » the guide composed from the columns of its list. Its candidates in training now read the label unquoted,
said to be the guide's (standing.concerned_text_by_guide), in the engine's result, the page's answer (answer.py) and the
command line (text.py); checklist.js writes the same key (tests/checklist/test_checklist_browser.py compares its
standing with the page's answer). A notice that gives its categories (Toulouse 2024's repeaters) keeps its words quoted.

Hand-written on the frozen project (tests/fixtures/project: the frozen_project and frozen_by_key fixtures of
tests/conftest.py).
"""

from __future__ import annotations

from generator.checklist import engine, text
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view
from generator.french import typography


def _quoted(label: str) -> str:
    """``label`` between « », as the pages' typography writes it (no-break spaces), apostrophes alike."""
    return typography(f"« {' '.join(label.split())} »").replace("’", "'")


def _standing(project, notice, answers):
    ruleset = compile_ruleset(notice, project.content.checklist)
    result = engine.evaluate(ruleset, answers)
    view = checklist_view(notice, project.content.checklist)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    return result["standing"], answer.standing, text.render(ruleset, result, notice.texts)


def test_a_category_of_the_guide_s_table_is_not_quoted_as_the_notice_s(frozen_project, frozen_by_key):
    nantes = frozen_by_key["nantes", 2026]
    assert "who" in nantes.session.session.web_only
    category = next(c for c in nantes.who if c.situation == "in_person")
    standing, answer, cli = _standing(frozen_project, nantes, {"department": "44", "situation": "in_person", "route": "scolaire"})
    assert standing["kind"] == "concerned" and standing["category"].get("label_by_guide") is True, standing
    t = nantes.texts
    said = t.text("standing.concerned_text_by_guide", label=category.label, detail=category.detail)
    assert answer.paragraphs == (said,), answer.paragraphs
    label = " ".join(category.label.split())
    assert _quoted(label) not in answer.paragraphs[0].replace("’", "'")
    assert "intitulé du guide" in answer.paragraphs[0]
    # the command line: the same words, the detail on one line
    line = t.text("standing.concerned_text_by_guide", label=category.label, detail=" ".join(category.detail.split()))
    assert "  " + line in cli.split("\n"), cli
    assert _quoted(label) not in cli.replace("’", "'")


def test_a_category_the_notice_names_keeps_its_words_quoted(frozen_project, frozen_by_key):
    toulouse = frozen_by_key["toulouse", 2024]
    assert "who" not in toulouse.session.session.web_only
    category = next(c for c in toulouse.who if c.situation == "repeater")
    assert category.detail
    standing, answer, cli = _standing(frozen_project, toulouse, {"department": "31", "situation": "repeater"})
    assert standing["kind"] == "concerned" and "label_by_guide" not in standing["category"], standing
    t = toulouse.texts
    assert answer.paragraphs == (t.text("standing.concerned_text", label=category.label, detail=category.detail),)
    assert _quoted(category.label) in answer.paragraphs[0].replace("’", "'")
    assert "  " + t.text("standing.concerned_text", label=category.label, detail=" ".join(category.detail.split())) in cli.split("\n"), cli
