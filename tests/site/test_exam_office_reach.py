"""Where the notice gives no exam office (frozen Aix-Marseille 2023: exam_office: non précisé par la notice), the
sentences that send the candidate to « le bureau des examens » say, where they are said, how to reach it: the notice
does not give its contacts, the academy's site does (its address from academy.yaml; a review, read56 L4: only
« Contacts » said it). Where the office is given (frozen Toulouse 2024), the words are today's. The notice page's
late-deposit line (R 408) and « Qui s'inscrit », the PDF's annex, the command line and the web list's answer."""

from __future__ import annotations

import datetime as dt

import pytest

from project_support import FROZEN, notices_of
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.pipeline import load_and_check
from generator.site import pages

REACH = "(coordonnées non précisées par la notice : voir le site de l'académie, http://www.ac-aix-marseille.fr)"


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\\", "").split())


@pytest.fixture(scope="module")
def frozen():
    project, problems = load_and_check(FROZEN, [FROZEN / "academies"])
    assert not problems, problems.report()
    notices = {(n.slug, n.year): n for n in notices_of(FROZEN)}
    return project, notices


def test_the_late_deposit_line_says_how_to_reach_an_office_the_notice_does_not_give(frozen):
    project, notices = frozen
    aix, toulouse = notices[("aix-marseille", 2023)], notices[("toulouse", 2024)]
    page = _plain(pages.notice_page(aix, dt.date(2022, 10, 25)))
    assert f"demandez-la au bureau des examens {REACH}" in page
    assert "demandez-la au bureau des examens" in _plain(pages.notice_page(toulouse, dt.date(2023, 10, 20)))
    assert "(coordonnées non précisées par la notice" not in _plain(pages.notice_page(toulouse, dt.date(2023, 10, 20)))
    ruleset = compile_ruleset(aix, project.content.checklist)
    listed = _plain(render(ruleset, engine.evaluate(ruleset, {"department": "13", "situation": "repeater", "specialty": "batiment"}), aix.texts))
    assert f"demandez-la au bureau des examens {REACH}" in listed


def test_who_registers_and_the_annex_say_how_to_reach_it(frozen):
    _, notices = frozen
    aix = notices[("aix-marseille", 2023)]
    page = _plain(pages.notice_page(aix, dt.date(2022, 10, 25)))
    assert f"demandez au bureau des examens de l'académie {REACH} comment vous inscrire" in page
    annex = _plain(pages.print_pages([aix], dt.date(2022, 10, 25))[pages.pdf_path(aix)].annex)
    assert f"demandez au bureau des examens de l'académie {REACH} comment vous inscrire" in annex


def test_the_late_deposit_under_a_strict_deadline_says_how_to_reach_it(frozen):
    """fixr408 gave the late-deposit words (checklist.late_deposit) new places: after « Sauf pour « … », » under a
    deadline « délai de rigueur » (the notice page's dates, its .ics event, the build's list of dates, the command line's
    « Dates à retenir ») and the PDF annex's « Pour « … », … ». Frozen Aix-Marseille 2023's R 408 line is under such a
    deadline: each says how to reach the office the notice does not give, as the other sentences (office55, 1481357c
    redone on fixr408's code)."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view
    from generator.site import ics

    project, notices = frozen
    aix = notices[("aix-marseille", 2023)]
    ruleset = compile_ruleset(aix, project.content.checklist)
    result = engine.evaluate(ruleset, {"department": "13", "situation": "repeater", "specialty": "batiment"})
    [doc] = [d for d in result["documents"] if d["late_deposit"]]
    assert {d["id"]: d["strict"] for d in result["deadlines"]}[doc["deadline"]], "the R 408 line is no longer under a strict deadline"
    reach = f"demandez-la au bureau des examens {REACH}"
    # the notice page: its dates (« Sauf pour « … », … ») and the table's lines
    page = _plain(pages.notice_page(aix, dt.date(2022, 10, 25)))
    at = page.index("Sauf pour")
    assert reach in page[at:at + 1000], page[at:at + 1000]
    # its .ics event of that deadline
    calendar = ics.calendar(aix)
    calendar = (calendar.decode() if isinstance(calendar, bytes) else calendar).replace("\r\n ", "")
    events = [e for e in calendar.split("BEGIN:VEVENT") if "Sauf pour" in e]
    assert events and all(_plain(reach) in _plain(e.replace("\\,", ",")) for e in events), events
    # the PDF annex's « Pour « … », … »
    annex = _plain(pages.print_pages([aix], dt.date(2022, 10, 25))[pages.pdf_path(aix)].annex)
    at = annex.index("Pour « L'attestation R 408")
    assert reach in annex[at:at + 1000], annex[at:at + 1000]
    # the build's list of dates, under the documents' deadline
    view = checklist_view(aix, project.content.checklist)
    answer = answer_view(aix, ruleset, result, view.data["key_dates"], view.data["dates"], {})
    [(_, exceptions)] = [(line, under) for line, under in answer.dates if line.value == doc["deadline"]]
    assert any("Sauf pour" in _plain(str(e)) and reach in _plain(str(e)) for e in exceptions), exceptions
    # the command line, under « Dates à retenir »
    listed = _plain(render(ruleset, result, aix.texts))
    at = listed.index(_plain(aix.texts.text("checklist.dates")))
    at = listed.index(f"sauf pour « {_plain(doc['label'])} »", at)
    assert reach in listed[at:at + 1000], listed[at:at + 1000]
    # the web list's data (checklist.js: lateExceptions, with data.office_reach)
    assert _plain(view.data["office_reach"]) == REACH, view.data["office_reach"]
