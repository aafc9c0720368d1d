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
from generator.checklist.compile import category_as_written, compile_ruleset
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
    # the command line: the same words, each line of the detail on a line of its own (phone75: a |- detail's lines)
    cli_lines = [" ".join(c.split()) for c in cli.split("\n")]
    for line in t.text("standing.concerned_text_by_guide", label=category.label, detail=category.detail).split("\n"):
        assert " ".join(line.split()) in cli_lines, cli
    assert _quoted(label) not in cli.replace("’", "'")


def test_a_category_the_notice_names_keeps_its_words_quoted(frozen_project, frozen_by_key):
    """Frozen Aix-Marseille 2023 writes its categories in its words (categories_as_written:), the repeaters' heading as
    the label is: the label is quoted, as the notice writes it."""
    aix = frozen_by_key["aix-marseille", 2023]
    category = next(c for c in aix.who if c.situation == "repeater")
    assert category.detail and category.label in aix.session.session.categories_as_written
    standing, answer, cli = _standing(frozen_project, aix, {"department": "13", "situation": "repeater"})
    assert standing["kind"] == "concerned" and standing["category"]["label_as_written"] == category.label, standing
    t = aix.texts
    assert answer.paragraphs == (t.text("standing.concerned_text", label=category.label, detail=category.detail),)
    assert _quoted(category.label) in answer.paragraphs[0].replace("’", "'")
    assert "  " + t.text("standing.concerned_text", label=category.label, detail=" ".join(category.detail.split())) in cli.split("\n"), cli


def test_a_label_the_notice_does_not_write_as_such_is_not_quoted(frozen_project, frozen_by_key):
    """quote77: the label is in heading form (staff guide: lower case where the notice writes capitals); shown in « »,
    it was given as the notice's words. Frozen Toulouse 2024 has no categories_as_written: nothing says how the notice
    writes its repeaters' heading, and the label is said to be the guide's, its detail as before."""
    toulouse = frozen_by_key["toulouse", 2024]
    assert toulouse.session.session.categories_as_written is None
    category = next(c for c in toulouse.who if c.situation == "repeater")
    standing, answer, cli = _standing(frozen_project, toulouse, {"department": "31", "situation": "repeater"})
    assert standing["kind"] == "concerned" and "label_as_written" not in standing["category"], standing
    t = toulouse.texts
    assert answer.paragraphs == (t.text("standing.concerned_text_by_guide", label=category.label, detail=category.detail),)
    assert _quoted(category.label) not in answer.paragraphs[0].replace("’", "'") and _quoted(category.label) not in cli.replace("’", "'")


# Real Toulouse 2024's and Nantes 2024's text of their categories (seed 000 l.27-29, seed 004 l.25-29), as their session
# files write it (categories_as_written:), hand-copied: the cases of category_as_written
TOULOUSE = """- **CANDIDATS AYANT PRÉSENTÉ L'EXAMEN A UNE SESSION PRÉCÉDENTE**
- **CANDIDATS EN FORMATION A DISTANCE (CNED…)** inscrits en seconde année de formation au BTS (sauf s'ils relèvent de la voie de la formation continue)
- **SALARIÉS** (justifiant d'une expérience professionnelle de 1 an dans un domaine professionnel en rapport avec la finalité du BTS)"""
NANTES = """- Si vous suivez une formation au BTS dans un établissement de formation en présentiel (lycée, CFA, établissement privé), l'inscription doit être faite impérativement par l'intermédiaire de votre établissement.

SINON,

- Si vous êtes inscrit à une formation à distance (CNED ou autre) ou si vous souhaitez vous inscrire en candidat individuel suite à un échec lors d'une session antérieure, vous devez vous inscrire en ligne à partir du site CYCLADES (lien ci-dessous)."""


def test_the_notice_s_words_for_a_label_and_its_continued_detail():
    """compile.category_as_written: the label as the notice writes it, from a line its text of the categories opens
    with (its capitals); with a detail opening with « […] » for it, the notice's line from the label to the detail's end,
    its punctuation between them kept, only when the notice writes them so; the label's accents on capitals the notice
    does not write are no difference, the notice's letters quoted (review78 M1: Toulouse 2024's « A DISTANCE »)."""
    distance = "Candidats en formation à distance (CNED…)"
    rest = "inscrits en seconde année de formation au BTS (sauf s’ils relèvent de la voie de la formation continue)"
    assert category_as_written(distance, f"[…] {rest}", TOULOUSE) == {
        "label_as_written": "CANDIDATS EN FORMATION A DISTANCE (CNED…)",
        "continued_as_written": "CANDIDATS EN FORMATION A DISTANCE (CNED…) inscrits en seconde année de formation au BTS (sauf s'ils relèvent de la voie de la formation continue)"}
    # a cut for more than the label (Nantes 2024 before reader76), or a detail the line does not go on with: no joining
    assert category_as_written(distance, "[…] inscrits en première année", TOULOUSE) == {"label_as_written": "CANDIDATS EN FORMATION A DISTANCE (CNED…)"}
    assert category_as_written("Salariés", "[…] (justifiant d'une expérience professionnelle de 1 an dans", TOULOUSE)["continued_as_written"] == \
        "SALARIÉS (justifiant d'une expérience professionnelle de 1 an dans"
    assert category_as_written("Salariés", "[…] (justifiant d'une expérience professionnelle de 1 a", TOULOUSE) == {"label_as_written": "SALARIÉS"}
    assert category_as_written("Candidats ayant présenté l'examen à une session précédente", "Les candidats…", TOULOUSE) == {
        "label_as_written": "CANDIDATS AYANT PRÉSENTÉ L'EXAMEN A UNE SESSION PRÉCÉDENTE"}
    # the punctuation between the label and the rest of its line is the notice's, kept
    present = "Si vous suivez une formation au BTS dans un établissement de formation en présentiel (lycée, CFA, établissement privé)"
    assert category_as_written(present, "[…] l'inscription doit être faite impérativement par l'intermédiaire de votre établissement.", NANTES) == {
        "label_as_written": present, "continued_as_written": NANTES.split("\n")[0][2:]}
    # the notice writes « ou si vous souhaitez », not as a line's start; a word cut short; no text of the categories
    assert category_as_written("Si vous souhaitez vous inscrire en candidat individuel suite à un échec lors d'une session antérieure", "x", NANTES) == {}
    assert category_as_written("Salarié", None, TOULOUSE) == {}
    assert category_as_written("Salariés", None, None) == {}


def test_a_detail_opening_with_a_cut_for_its_label_is_one_quotation_with_it(frozen_project, frozen_by_key):
    """phone74 (phone73's walk): real Toulouse 2024 writes a category's detail as the rest of the notice's line after its
    heading, « […] » standing for that heading, the label (seed 000 l.27; staff convention trust68 L1). A distance learner
    read « « Candidats en formation à distance (CNED…) » : […] inscrits en seconde année… », a fragment; then (phone74)
    one quotation of the heading-form label and the rest, which changed the notice's capitals (quote77). Now the notice's
    line as it writes it (continued_as_written), « « CANDIDATS EN FORMATION A DISTANCE (CNED…) inscrits en seconde année
    … » », and, when its text of the categories does not write them so, the label the guide's and the detail its own
    quotation, its cut kept: the page's answer, the command line and checklist.js (concernedWords, Node, the same key
    and words on each branch). The frozen category is given that form here (the frozen file keeps the older one)."""
    import json
    import subprocess

    from checklist_support import ROOT
    from project_support import js_function, node_path

    toulouse = frozen_by_key["toulouse", 2024]
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    [category] = [c for c in ruleset["who"] if c["situation"] == "distance"]
    detail = "[…] inscrits en seconde année de formation au BTS (sauf s'ils relèvent de la voie de la  formation continue)"
    category["detail"] = detail
    t = toulouse.texts
    flat = lambda words: " ".join(words.split())  # noqa: E731
    view = checklist_view(toulouse, frozen_project.content.checklist)

    def said(extra):
        category.update(extra)
        result = engine.evaluate(ruleset, {"department": "31", "situation": "distance", "route": "scolaire"})
        assert result["standing"]["kind"] == "concerned", result["standing"]
        answer = answer_view(toulouse, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
        cli = text.render(ruleset, result, t)
        [paragraph] = answer.standing.paragraphs
        assert flat(paragraph) in [flat(line) for line in cli.split("\n")], cli
        return flat(paragraph)

    # the frozen file has no categories_as_written: the cut kept, the label the guide's
    assert "label_as_written" not in category and "continued_as_written" not in category
    cut = said({})
    assert cut == flat(t.text("standing.concerned_text_cut", label=category["label"], detail=detail)), cut
    assert cut.startswith("Candidats en formation à distance (CNED…) (intitulé du guide") and "« […] inscrits" in cut, cut
    # given real Toulouse's text of its categories: its line, its capitals, one quotation
    found = category_as_written(category["label"], detail, TOULOUSE)
    one = said(found)
    assert one == flat(t.text("standing.concerned_text_continued", words=found["continued_as_written"])), one
    assert one.startswith("« CANDIDATS EN FORMATION A DISTANCE (CNED…) inscrits") and "[…]" not in one, one
    # checklist.js on each branch, against text.py
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    plain = {"label": category["label"], "detail": detail, "how": "individual"}
    cases = [{**plain, **found}, plain, {**plain, "label_as_written": "CANDIDATS", "detail": "Inscrits."},
             {**plain, "detail": "Inscrits."}, {**plain, **found, "label_by_guide": True}]
    script = (f"{js_function(script_js, 'innerQuotes')}\n{js_function(script_js, 'detailLines')}\n{js_function(script_js, 'concernedWords')}\n"
              "const shared = (key, params) => [key, params];\n"
              f"process.stdout.write(JSON.stringify({json.dumps(cases)}.map(concernedWords)));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    web = json.loads(run.stdout)
    keys = ["continued", "cut", "", "by_guide", "by_guide"]
    for case, (key, params), expected in zip(cases, web, keys, strict=True):
        assert key == "standing.concerned_text" + (f"_{expected}" if expected else ""), (case, key)
        python = text.concerned_words(case, t, text.detail_lines(case["detail"]))
        assert flat(t.text(key, **params)) == flat(python), (case, params, python)
