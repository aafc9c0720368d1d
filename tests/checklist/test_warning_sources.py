"""A warning's source line, the same in the engine's result, the command line and the page (provenance.warning_source).

A national warning of content/checklist.yaml (its ``sources:`` in force) that a notice also states: its session file
places it (``warnings: <id>: {section: …}``) and the checklist cites both, « Règle nationale — décret … ; rappelée par
la notice de l'académie — … » (read44 L4: Nantes 2026 states the two-optional-exams limit itself, the page showed the
notice's words and the checklist the décret alone). Without the line, the national source alone; when its texts are
not in force for the session, nothing (validate refuses the line). checklist.js writes the same line (tests/checklist/test_checklist_browser.py
compares its warnings with the page's answer).

Hand-written on the frozen project (tests/fixtures/project, the frozen_project and frozen_by_key fixtures of tests/conftest.py): its Nantes 2026 places too_many_optional_exams in
« Rappels réglementaires BTS, épreuves facultatives »; without it (the line taken out here), the décret alone.
"""

from __future__ import annotations

import dataclasses

from generator.checklist import engine, text
from generator.checklist.compile import compile_ruleset
from generator.model.session import WarningSwitch
from generator.site.notice_view import page_warnings

WID = "too_many_optional_exams"
SECTION = "« RAPPELS REGLEMENTAIRES BTS », « EPREUVES FACULTATIVES »"
ANSWERS = {"department": "44", "situation": "in_person", "route": "scolaire", "optional_exams": "3"}


def _warning(notice, frozen_project, answers=ANSWERS):
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    result = engine.evaluate(ruleset, answers)
    shown = [w for w in result["warnings"] if w["id"] == WID]
    assert len(shown) == 1, [w["id"] for w in result["warnings"]]
    return ruleset, result, shown[0]


def _decret(notice):
    return notice.texts_words([notice.national_texts["decret_2024_788"]])


def test_a_national_warning_the_notice_places_cites_the_rule_and_the_notice(frozen_project, frozen_by_key):
    nantes = frozen_by_key["nantes", 2026]
    ruleset, result, warning = _warning(nantes, frozen_project)
    assert warning["provenance"] == {"kind": "national", "section": SECTION, "texts": _decret(nantes)}
    t = nantes.texts
    line = t.text("provenance.national_in_notice", texts=t.join("provenance.texts_join", _decret(nantes)), section=SECTION)
    cli = text.render(ruleset, result, t)
    assert "    " + line + "\n" in cli + "\n", cli
    assert t.text("provenance.national", texts=t.join("provenance.texts_join", _decret(nantes))) + "\n" not in cli + "\n"


def test_without_the_line_the_national_source_alone(frozen_project, frozen_by_key):
    nantes = frozen_by_key["nantes", 2026]
    session = dataclasses.replace(nantes.session, warnings={k: v for k, v in nantes.session.warnings.items() if k != WID})
    ruleset, result, warning = _warning(dataclasses.replace(nantes, session=session), frozen_project)
    assert warning["provenance"] == {"kind": "national", "section": None, "texts": _decret(nantes)}
    t = nantes.texts
    cli = text.render(ruleset, result, t)
    assert "    " + t.text("provenance.national", texts=t.join("provenance.texts_join", _decret(nantes))) + "\n" in cli + "\n", cli
    assert "rappelée par la notice" not in cli


def test_when_its_texts_are_not_in_force_the_line_shows_nothing(frozen_project, frozen_by_key):
    """A session's line only adds the notice's place to a national rule: it never shows a rule whose texts are not in
    force for the session (validate refuses the line: invalid fixture 451; review47 H1)."""
    nantes = frozen_by_key["nantes", 2026]
    texts = dict(nantes.national_texts)
    texts["decret_2024_788"] = dataclasses.replace(texts["decret_2024_788"], from_session=2030)
    ruleset = compile_ruleset(dataclasses.replace(nantes, national_texts=texts), frozen_project.content.checklist)
    assert WID not in {w["id"] for w in ruleset["warnings"]}


def test_the_page_shows_a_placed_national_warning_with_the_same_source(frozen_project, frozen_by_key):
    """``page: documents``: the page shows it before the documents' tables with the checklist's source line."""
    nantes = frozen_by_key["nantes", 2026]
    switch = nantes.session.warnings[WID]
    placed = dataclasses.replace(switch, page="documents")
    assert isinstance(placed, WarningSwitch)
    session = dataclasses.replace(nantes.session, warnings={**nantes.session.warnings, WID: placed})
    shown = page_warnings(dataclasses.replace(nantes, session=session), "documents")
    ours = [w for w in shown if w.title == frozen_project.content.checklist.warnings[WID].title]
    assert len(ours) == 1, shown
    t = nantes.texts
    assert ours[0].source == t.text("provenance.national_in_notice", texts=t.join("provenance.texts_join", _decret(nantes)), section=SECTION)


def test_the_source_sentence_of_a_national_rule_with_the_notice_s_place(frozen_by_key):
    """``provenance_sentence`` (the page, and the command line through text.provenance_words; checklist.js's mirror is
    compared by tests/checklist/test_checklist_browser.py): a national provenance with the notice's place and no words of it reads « … ; rappelée par la notice
    de l'académie — <place> » — a placed warning, and a national document the notice mentions without its words
    (national_documents: {id: {section: …}}, review47 L9); with its words, « la notice : « … » » as before."""
    from generator.site.words import provenance_sentence

    t = frozen_by_key["nantes", 2026].texts
    titles = ["décret n°2024-788 du 8 juillet 2024"]
    cited = t.join("provenance.texts_join", titles)
    assert provenance_sentence(t, True, titles, SECTION) == t.text("provenance.national_in_notice", texts=cited, section=SECTION)
    assert provenance_sentence(t, True, titles, SECTION, mention="deux au maximum") == t.text("provenance.national_mentioned", texts=cited, words="deux au maximum")
    assert provenance_sentence(t, True, titles, None) == t.text("provenance.national", texts=cited)
