"""A national rule due « au plus tard à la date limite d'inscription à l'examen » (content/topics.yaml
``due_at_closing:``) gets the notice's registration closing, said as the guide's reading, where the notice does not
date it itself; and a topic's national statement the checklist says goes with the notice's own statements of the
topic, in one warning, each with its source. On the frozen project, whose content says the two national statements
to the candidates they concern (``checklist_when:``, as the real content does; the hand-written cases of
tests/checklist/cases/ list them too).

A review (walk 41b L5) read Clermont-Ferrand's and Nantes 2024's checklists give « La demande de validation est
formulée … au plus tard à la date limite d'inscription à l'examen » with no date, and nothing in « Dates limites »;
another (walk 42 L6) read Toulouse 2024's sentence on the marks a candidate with a disability keeps and article D613-26
as two items far apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checklist_support import load_rulesets

from generator.checklist import engine
from generator.checklist.answer import opening_dates, own_deadlines
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import _key_dates
from generator.checklist.text import render
from generator.merge import build_notices
from generator.site import ics
from generator.site.notice_view import closing_dues, notice_view
from project_support import FROZEN, REAL, unwrapped, valid_project

DUE = "engagement_etudiant.request_deadline"
RULE = "La demande de validation est formulée par le candidat au plus tard à la date limite d'inscription à l'examen."


def _said(data) -> dict:
    """``slug/year`` → (notice, ruleset) of a data folder."""
    project = valid_project(data)
    return {f"{n.slug}/{n.year}": (n, compile_ruleset(n, project.content.checklist)) for n in build_notices(project)}


@pytest.fixture(scope="module")
def frozen():
    """The frozen project, whose content says the two national statements in the checklist (checklist_when:)."""
    return _said(FROZEN)


def _plain(text: str) -> str:
    """Words as read: no-break spaces as spaces, « ’ » as « ' », a number kept whole by its span (text.py) as its words."""
    text = unwrapped(text)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").split())


def _line(notice, due) -> str:
    """A topic's ``closing_dues`` line (notice_view.ClosingDue) as written: its « — date passée » when over at build."""
    later = due.later.words if due.later is not None and due.later.shown else ""
    return notice.texts.text("dates.closing_due", date=due.date + later)


def test_the_notices_that_do_not_date_the_request_get_their_closing(frozen):
    """Aix-Marseille 2023, Clermont-Ferrand 2024 and Nantes 2024 ask no piece for the « engagement étudiant »: the rule
    is given their closing (the page, the calendar); Toulouse 2024 (its form, 15 January) and Nantes 2026 (12 December)
    date it themselves: nothing."""
    said = frozen
    dated = {key: [s.closing_due for _, s in notice.closing_dues] for key, (notice, _) in said.items()}
    assert {key for key, dues in dated.items() if dues} == {"aix-marseille/2023", "clermont-ferrand/2024", "nantes/2024"}
    for key in ("aix-marseille/2023", "clermont-ferrand/2024", "nantes/2024"):
        notice = said[key][0]
        [due] = dated[key]
        assert (due.id, due.end, due.has_time, due.words) == (DUE, notice.closing, notice.closing_has_time, None), key
        # the guide's note says whose date it is: the national rule's limit, the notice's closing, not the notice's date
        # (the decree as the page names it: « cité par » the notices the guide knows it through, when this one does not)
        decree = "décret n°2020-1167 du 23 septembre 2020" + (
            "" if key == "aix-marseille/2023" else ", cité par les notices d'Aix-Marseille (session 2023) et de Nantes (session 2026)")
        assert _plain(due.note) == (f"Règle nationale — {decree} : au plus tard à la date limite "
                                    "d'inscription à l'examen. La notice ne date pas cette démarche : le guide retient sa clôture des inscriptions.")
    clermont = said["clermont-ferrand/2024"][0]
    topic = next(t for t in clermont.topics if t.id == "engagement_etudiant")
    assert [_plain(_line(clermont, due)) for due in closing_dues(clermont, topic, None)] == [
        "Date retenue par le guide (la notice ne date pas cette démarche) : la clôture des inscriptions, au plus tard le mercredi 15 novembre 2023 "
        "à 17 h 00 (heure de Paris)."
    ]
    nantes = said["nantes/2024"][0]
    topic = next(t for t in nantes.topics if t.id == "engagement_etudiant")
    assert [_plain(_line(nantes, due)) for due in closing_dues(nantes, topic, None)] == [
        "Date retenue par le guide (la notice ne date pas cette démarche) : la clôture des inscriptions, au plus tard le mercredi 15 novembre 2023 "
        "(heure non précisée par la notice)."
    ]


def test_the_page_and_the_calendar_give_it(frozen):
    said = frozen
    clermont = said["clermont-ferrand/2024"][0]
    view = notice_view(clermont, dt.date(2025, 10, 1))
    [topic] = [t for t in view.topics if t.id == "engagement_etudiant"]
    assert len(topic.closing_dues) == 1 and "15\u00a0novembre\u00a02023" in topic.closing_dues[0].date and not topic.notice_deadlines
    # « Dates à retenir »: its row, at the closing, the guide's note in « Précisions »
    due = clermont.closing_dues[0][1].closing_due
    [row] = [r for r in view.dates.rows if r.label == due.label]
    # (the guide's day, marked as on the timeline and in the calendar: review61 M1)
    assert row.deadline and _plain(row.when) == "au plus tard le mercredi 15 novembre 2023 à 17 h 00 (heure de Paris) — date retenue par le guide"
    assert _plain(due.note) in _plain(row.notes)
    rows = [r.event or r.label for r in view.dates.rows]
    assert rows.index("closing") < rows.index(due.label) < rows.index(next(d.label for d in clermont.deadlines if d.id == "documents"))
    # the timeline too, as the dates table (a review, walk 43 L4); not the PDF's, which prints the notice's dates
    from generator.site.notice_view import events

    assert [(e.when, e.label) for e in events(clermont) if e.label == due.label] == [(clermont.closing, due.label)]
    assert not [e for e in events(dataclasses.replace(clermont, voice="notice")) if e.label == due.label]
    [event] = [e for e in ics.events(clermont) if e.id == DUE]
    assert (event.when, event.has_time) == (clermont.closing, True) and len(event.alarms) == 2
    assert _plain(event.summary) == "BTS Clermont-Ferrand 2024 : date limite — demande de validation de l'épreuve facultative « engagement étudiant » — date retenue par le guide"
    assert event.words[1] == clermont.closing_dues[0][1].closing_due.note
    toulouse = said["toulouse/2024"][0]
    assert not [e for e in ics.events(toulouse) if e.id == DUE]
    # the notice's own PDF does not say it (the guide's reading, not the notice's words)
    from dataclasses import replace

    in_its_words = notice_view(replace(clermont, voice="notice"), dt.date(2025, 10, 1))
    assert not any(t.closing_dues for t in in_its_words.topics)
    # the PDF's annex, the guide's words after the notice's: under the national rule it prints
    from generator.site import pages

    printed = pages.print_pages(list(notice for notice, _ in said.values()), dt.date(2025, 10, 1))
    annex = {path.split("/")[0]: _plain(str(page.annex)) for path, page in printed.items()}
    decree = next(s for t in clermont.topics for s in t.statements if s.closing_due is not None).provenance.texts
    rule = _plain(f"*Règle nationale — {clermont.texts.join('provenance.texts_join', clermont.texts_words(decree))}*")
    # (the rule's source line, of class bts-source: kept on the page of its statement on paper, phone51 L8; the closing
    # over on the build's day, said so in words, as on the web page, pastdues65)
    line = _plain(_line(clermont, topic.closing_dues[0]))
    assert line.endswith(") — date passée."), line
    assert f"{rule} {{: .bts-source }} {line}" in annex["clermont-ferrand"]
    assert "Date retenue par le guide (la notice ne date pas" not in annex["toulouse"]
    # built before the closing: the date as it is, followed by no hidden words (closing_dues paper=True: no script on
    # paper), nor written ones
    [page] = pages.print_pages([clermont], dt.date(2023, 11, 1)).values()
    line = _plain(clermont.texts.text("dates.closing_due", date=topic.closing_dues[0].date))
    assert line.endswith("(heure de Paris).") and f"{rule} {{: .bts-source }} {line}" in _plain(str(page.annex)), line


def test_the_checklist_says_it_under_the_rule_and_among_the_dates(frozen):
    notice, ruleset = frozen["clermont-ferrand/2024"]
    [warning] = [w for w in ruleset["warnings"] if w["id"] == "engagement_etudiant_request_deadline"]
    assert warning["deadline"] == DUE
    [deadline] = [d for d in ruleset["deadlines"] if d["id"] == DUE]
    assert dt.datetime.fromisoformat(deadline["end"]) == notice.closing and deadline["kind"] == "deadline"
    # not said to a candidate who does not take the optional exam, nor counted among their dates
    result = engine.evaluate(ruleset, {"department": "63", "situation": "repeater", "engagement_etudiant": "no"})
    assert DUE not in {d["id"] for d in result["deadlines"]}
    assert "engagement_etudiant_request_deadline" not in {w["id"] for w in result["warnings"]}
    result = engine.evaluate(ruleset, {"department": "63", "situation": "repeater", "engagement_etudiant": "yes"})
    [said] = [w for w in result["warnings"] if w["id"] == "engagement_etudiant_request_deadline"]
    assert said["deadline"] == DUE and DUE in {d["id"] for d in result["deadlines"]}
    # « Dates limites »: with the registration's closing and the documents deadline, the request's date
    key_dates = _key_dates({"registration_closing": "Clôture des inscriptions"}, ruleset)
    assert [d["id"] for d in own_deadlines(result, key_dates)] == [DUE]
    # by date (a review, phone48 L1: a date at the closing came after the documents deadline): the closing first on
    # the tie, as the key date it is
    documents = next(d for d in key_dates if d["id"] == "documents")
    assert dt.datetime.fromisoformat(documents["end"]) > notice.closing
    assert [d["id"] for d in opening_dates(result, key_dates)] == ["registration_closing", DUE, "documents"]
    # the command line: the rule, then the closing said as the guide's reading, then the rule's source; and among the dates
    out = _plain(render(ruleset, result, notice.texts))
    rule = _plain(RULE)
    line = ("Date retenue par le guide (la notice ne date pas cette démarche) : la clôture des inscriptions, au plus tard "
            "le mercredi 15 novembre 2023 à 17 h 00 (heure de Paris).")
    # (the rule, its source, then the guide's date: the source vouches for the rule, not for the date, walk 44 L1)
    assert f"{rule} Règle nationale — décret n°2020-1167 du 23 septembre 2020, cité par les notices d'Aix-Marseille (session 2023) et de Nantes (session 2026) {line}" in out
    # among the dates, marked as the guide's day (review61 M1); the sentence under the rule quotes the closing unmarked
    assert ("Demande de validation de l'épreuve facultative « engagement étudiant » — date limite : au plus tard le mercredi "
            "15 novembre 2023 à 17 h 00 (heure de Paris) — date retenue par le guide Règle nationale — décret n°2020-1167 du 23 "
            "septembre 2020, cité par") in out


def test_a_notice_that_dates_the_form_is_unchanged(frozen):
    """Toulouse 2024 dates its form (15 January 2024): no date of the guide, the item says the rule under itself."""
    notice, ruleset = frozen["toulouse/2024"]
    assert not notice.closing_dues and DUE not in {d["id"] for d in ruleset["deadlines"]}
    assert not any(w.get("deadline") for w in ruleset["warnings"])
    result = engine.evaluate(ruleset, {"department": "31", "situation": "repeater", "engagement_etudiant": "yes"})
    assert "engagement_etudiant" in {d["id"] for d in result["deadlines"]}
    assert "engagement_etudiant_request_deadline" not in {w["id"] for w in result["warnings"]}


def test_a_notice_without_closing_says_the_rule_s_date_unknown_beside_it(frozen):
    """readnantes64 L9: Nantes 2026 gives no registration closing and quotes the decree (« au plus tard à la date limite
    d'inscription à l'examen ») beside its form dated 12 December. Under the form (checklist, command line, the build's
    answer: national_dating_lines) and after the topic (the web page), « Date limite d'inscription à l'examen (texte
    national ci-dessus) : non précisée par la notice. »: the rule's date said unknown, nothing invented. A notice that
    gives its closing (Toulouse 2024, its form dated 15 January): nothing of the kind."""
    from generator.site import pages

    unsaid = {}
    for key, answers in (("nantes/2026", {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "ndrc",
                                          "engagement_etudiant": "yes", "optional_exams": "1"}),
                         ("toulouse/2024", {"department": "31", "situation": "repeater", "engagement_etudiant": "yes"})):
        notice, ruleset = frozen[key]
        line = _plain(notice.texts.text("dates.closing_unsaid"))
        [doc] = [d for d in ruleset["documents"] if any("date limite d'inscription" in r["words"] for r in d["national_dating"])]
        unsaid[key] = [rule["closing_unsaid"] for rule in doc["national_dating"]]
        # the command line: right under the rule's words
        result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
        out = [_plain(text) for text in render(ruleset, result, notice.texts).splitlines()]
        at = [i for i, text in enumerate(out) if text.startswith("Pour information") and "date limite d'inscription à l'examen" in text]
        assert len(at) == 1, out
        assert (out[at[0] + 1] == line) == unsaid[key][0] and out.count(line) == unsaid[key][0], (key, out[at[0] + 1])
        # the web page: after the topic's dates, once
        page = _plain(pages.notice_page(notice, dt.date(2025, 10, 1)))
        assert page.count(line) == unsaid[key][0], key
        view = notice_view(notice, dt.date(2025, 10, 1))
        [topic] = [t for t in view.topics if t.id == "engagement_etudiant"]
        assert topic.closing_unsaid == unsaid[key][0] and topic.notice_deadlines, key
    assert unsaid == {"nantes/2026": [True], "toulouse/2024": [False]}, unsaid



def test_a_national_rule_of_a_notice_without_closing_is_said_unknown_in_the_pdf_s_annex(tmp_path):
    """The PDF's annex prints a national statement with the notice's own date for its piece: where the statement names
    « la date limite d'inscription à l'examen » and the notice gives no closing, « Date limite d'inscription à l'examen
    (texte national ci-dessus) : non précisée par la notice. » after it, as the web page (readnantes64 L9). Nantes 2026
    says the decree in its own words (replace:), which the annex does not print: here the frozen copy without that
    replace:, the national statement said (review65: the annex's line could be dropped with no test failing)."""
    import shutil

    from generator.site import pages

    data = tmp_path / "project"
    shutil.copytree(FROZEN, data)
    path = data / "academies" / "nantes" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    replace:\n      request_deadline:\n")
    path.write_text(text[:start] + text[text.index("  jdc:\n", start):], encoding="utf-8")
    notice, _ = _said(data)["nantes/2026"]
    assert not notice.closing
    line = _plain(notice.texts.text("dates.closing_unsaid"))
    [page] = pages.print_pages([notice], dt.date(2025, 10, 1)).values()
    annex = _plain(str(page.annex))
    assert annex.count(line) == 1, annex
    # right after the decree's source line, below the notice's date for the piece
    rule = _plain(f"*Règle nationale — {notice.texts.join('provenance.texts_join', notice.texts_words(next(s for t in notice.topics for s in t.statements if s.due_at_closing is not None).provenance.texts))}*")
    assert f"{rule} {{: .bts-source }} {line}" in annex, annex
    assert annex.index("Date de la notice pour cette démarche") < annex.index(line)
    # the web page the same, once
    assert _plain(pages.notice_page(notice, dt.date(2025, 10, 1))).count(line) == 1

def test_the_notice_words_and_the_national_rule_in_one_warning(frozen):
    """Toulouse 2024, disability « yes »: article D613-26 then the notice's sentence that cites it, one item under the
    topic's title, each with its source, in the page's order."""
    notice, ruleset = frozen["toulouse/2024"]
    assert "disability_provisions" not in {w["id"] for w in ruleset["warnings"]}
    result = engine.evaluate(ruleset, {"department": "31", "situation": "repeater", "disability": "yes", "exam_adjustment": "no"})
    [warning] = [w for w in result["warnings"] if w["id"] == "disability.notice"]
    assert warning["title"] == "Candidats en situation de handicap"
    assert [(g["section"], g.get("sources"), g["text"].split(",")[0]) for g in warning["groups"]] == [
        (None, ["article D613-26 du code de l'éducation"], "L'article D613-26 du code de l'éducation"),
        ("« IV. POINTS DE VIGILANCE », « 1- Lors de l'inscription », « Conservation de bénéfices de notes »", None, "Un candidat en situation de handicap a la possibilité de conserver les notes inférieures à 10 sur 20 pendant 5 ans sous réserve de l'accord du médecin désigné par la CDAPH (article D.613-26 du code de l'éducation)."),
    ]
    out = render(ruleset, result, notice.texts)
    block = out.split("  - Candidats en situation de handicap\n", 1)[1].split("\n  - ", 1)[0].split("\n\n", 1)[0]
    lines = [_plain(line) for line in block.splitlines()]
    assert lines[1] == "Règle nationale — article D613-26 du code de l'éducation"
    assert lines[3] == "Notice de l'académie — « IV. POINTS DE VIGILANCE », « 1- Lors de l'inscription », « Conservation de bénéfices de notes »"
    assert lines[0].startswith("L'article D613-26") and lines[2].startswith("Un candidat en situation de handicap a la possibilité")
    # not said to a candidate without a disability
    result = engine.evaluate(ruleset, {"department": "31", "situation": "repeater", "disability": "no"})
    assert "disability.notice" not in {w["id"] for w in result["warnings"]}
    # a notice whose topic has no statement of its own keeps the national rule as its own item (Nantes 2024)
    _, nantes = frozen["nantes/2024"]
    result = engine.evaluate(nantes, {"department": "44", "situation": "repeater", "disability": "yes", "exam_adjustment": "no"})
    assert "disability_provisions" in {w["id"] for w in result["warnings"]}


def test_a_topic_s_dated_national_rule_is_a_part_of_its_warning():
    """review88: on the real data, a topic whose own statements the checklist says (checklist_when:) says its national
    statement dated with the notice's closing (closing_due) in the same item, after them, its source then the guide's
    date; not as a second item of the same title (Aix-Marseille 2023, engagement_etudiant « yes »: the notice's two
    sentences, then « Épreuve facultative « engagement étudiant » » again with the request deadline; read65 M1 left it).
    A property of any data: no two warnings of a ruleset made of a topic's statements, or dated with its closing, share
    a title. Seen failing before the change on Aix-Marseille 2023 (two warnings of that title)."""
    said = _said(REAL)
    for key, (_, ruleset) in said.items():
        titles = [w["title"] for w in ruleset["warnings"] if w.get("parts") or w.get("deadline")]
        assert len(titles) == len(set(titles)), (key, titles)
    notice, ruleset = said["aix-marseille/2023"]
    result = engine.evaluate(ruleset, {"department": "13", "situation": "distance", "engagement_etudiant": "yes"})
    [warning] = [w for w in result["warnings"] if "engagement étudiant" in w["title"]]
    assert warning["deadline"] == DUE and DUE in {d["id"] for d in result["deadlines"]}
    assert [bool(g.get("sources")) for g in warning["groups"]] == [False, True], warning["groups"]
    assert _plain(warning["groups"][1]["text"]) == _plain(RULE)
    out = render(ruleset, result, notice.texts)
    block = out.split("  - Épreuve facultative « engagement étudiant »\n", 1)[1].split("\n  - ", 1)[0]
    assert out.count("  - Épreuve facultative « engagement étudiant »\n") == 1
    lines = [_plain(line) for line in block.splitlines()]
    assert lines[2].startswith("Notice de l'académie — « 6 – ÉPREUVES FACULTATIVES »") and lines[3] == _plain(RULE)
    assert lines[4].startswith("Règle nationale — décret") and lines[5].startswith("Date retenue par le guide")
    # not said to a candidate who does not take it
    result = engine.evaluate(ruleset, {"department": "13", "situation": "distance", "engagement_etudiant": "no"})
    assert not [w for w in result["warnings"] if "engagement étudiant" in w["title"]]
    assert DUE not in {d["id"] for d in result["deadlines"]}


def test_the_frozen_toulouse_says_its_sentence_after_article_d613_26(frozen):
    """The page: the notice's sentence under the topic « Candidats en situation de handicap », after the national
    rule, with its place in the notice; no longer the last of « Bénéfices de notes »."""
    notice, ruleset = frozen["toulouse/2024"]
    view = notice_view(notice, dt.date(2025, 10, 1))
    [topic] = [t for t in view.topics if t.id == "disability"]
    assert [(b.national, _plain(b.texts[0]).split(",")[0], _plain(b.provenance)) for b in topic.blocks] == [
        (True, "L'article D613-26 du code de l'éducation", "Règle nationale — article D613-26 du code de l'éducation"),
        (False, "Un candidat en situation de handicap a la possibilité de conserver les notes inférieures à 10 sur 20 pendant 5 ans "
                "sous réserve de l'accord du médecin désigné par la CDAPH (article D.613-26 du code de l'éducation).",
         "Notice de l'académie — « IV. POINTS DE VIGILANCE », « 1- Lors de l'inscription », « Conservation de bénéfices de notes »"),
    ]
    [benefits] = [t for t in view.topics if t.id == "benefits"]
    assert not any("situation de handicap" in text for b in benefits.blocks for text in b.texts)


def test_rulesets_of_the_frozen_project_compile():
    rulesets, broken = load_rulesets(FROZEN)
    assert not broken and rulesets
