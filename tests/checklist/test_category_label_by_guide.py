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


def test_a_detail_opening_with_a_cut_for_its_label_is_one_quotation_with_it(frozen_project, frozen_by_key):
    """phone74 (phone73's walk): real Toulouse 2024 writes a category's detail as the rest of the notice's line after its
    heading, « […] » standing for that heading, the label (seed 000 l.27; staff convention trust68 L1). A distance learner
    read « « Candidats en formation à distance (CNED…) » : […] inscrits en seconde année… », a fragment, the cut leaving
    nothing out. Now the notice's line as one quotation, « « Candidats en formation à distance (CNED…) inscrits en seconde
    année … » », without the cut: the page's answer, the command line and checklist.js (concernedWords, Node, the same
    key and words). The frozen category is given that form here (the frozen file keeps the older one); a detail
    without the cut, and a label of the guide's, are said as before."""
    import json
    import subprocess

    from checklist_support import ROOT
    from project_support import js_function, node_path

    toulouse = frozen_by_key["toulouse", 2024]
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    [category] = [c for c in ruleset["who"] if c["situation"] == "distance"]
    category["detail"] = "[…] inscrits en seconde année de formation au BTS (sauf s'ils relèvent de la voie de la  formation « continue »)"
    result = engine.evaluate(ruleset, {"department": "31", "situation": "distance", "route": "scolaire"})
    assert result["standing"]["kind"] == "concerned", result["standing"]
    view = checklist_view(toulouse, frozen_project.content.checklist)
    answer = answer_view(toulouse, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    t = toulouse.texts
    rest = "inscrits en seconde année de formation au BTS (sauf s'ils relèvent de la voie de la formation “continue”)"
    said = t.text("standing.concerned_text_continued", label=category["label"], detail=rest)
    flat = lambda words: " ".join(words.split())  # noqa: E731
    assert flat(answer.standing.paragraphs[0]) == flat(said), answer.standing.paragraphs
    assert flat(said).startswith("« Candidats en formation à distance (CNED…) inscrits") and "[…]" not in said, said
    cli = text.render(ruleset, result, t)
    assert flat(said) in [flat(line) for line in cli.split("\n")], cli
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    script = (f"{js_function(script_js, 'innerQuotes')}\n{js_function(script_js, 'detailLines')}\n{js_function(script_js, 'concernedWords')}\n"
              "const shared = (key, params) => [key, params];\n"
              f"process.stdout.write(JSON.stringify([{json.dumps(category)}, {json.dumps({**category, 'detail': 'Inscrits.'})}, "
              f"{json.dumps({**category, 'label_by_guide': True})}].map(concernedWords)));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    web = json.loads(run.stdout)
    assert web[0][0] == "standing.concerned_text_continued" and " ".join(web[0][1]["detail"].split()) == rest, web[0]
    assert web[1] == ["standing.concerned_text", {"label": category["label"], "detail": "Inscrits."}], web[1]
    assert web[2][0] == "standing.concerned_text_by_guide" and web[2][1]["detail"] == text.detail_lines(category["detail"]), web[2]
    # the Python twin on the same two others
    assert text.concerned_words({**category, "detail": "Inscrits."}, t, "Inscrits.") == t.text("standing.concerned_text", label=category["label"], detail="Inscrits.")
    assert text.concerned_words({**category, "label_by_guide": True}, t, "x") == t.text("standing.concerned_text_by_guide", label=category["label"], detail="x")
