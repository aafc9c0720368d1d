"""Where the notice gives no exam office (frozen Aix-Marseille 2023: exam_office: non précisé par la notice), the
sentences that send the candidate to « le bureau des examens » say, where they are said, how to reach it: the notice
does not give its contacts, the academy's site does (its address from academy.yaml; a review, read56 L4: only
« Contacts » said it). Where the office is given (frozen Toulouse 2024), the words are today's. The notice page's
late-deposit line (R 408) and « Qui s'inscrit », the PDF's annex, the command line and the web list's answer."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from project_support import FROZEN, notices_of, unwrapped
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.pipeline import load_and_check
from generator.site import pages

REACH = "(coordonnées non précisées par la notice : voir le site de l'académie, http://www.ac-aix-marseille.fr)"


def _web(reach: str) -> str:
    """``reach`` as the notice page and the PDF write it: the site a link, its words without its scheme, its name on one
    line, as every site's link (phone61 M2: plain text, scheme and all; the command line and the .ics keep it whole)."""
    site = re.search(r"https?://[^)\s]+", reach).group()
    words = site.split("://", 1)[1]
    return reach.replace(site, f'[<span class="bts-address-name">{words}</span>](<{site}>){{: .bts-bare-url }}')


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
    assert f"demandez-la au bureau des examens {_web(REACH)}" in page and REACH not in page
    assert "demandez-la au bureau des examens" in _plain(pages.notice_page(toulouse, dt.date(2023, 10, 20)))
    assert "(coordonnées non précisées par la notice" not in _plain(pages.notice_page(toulouse, dt.date(2023, 10, 20)))
    ruleset = compile_ruleset(aix, project.content.checklist)
    listed = _plain(render(ruleset, engine.evaluate(ruleset, {"department": "13", "situation": "repeater", "specialty": "batiment"}), aix.texts))
    assert f"demandez-la au bureau des examens {REACH}" in listed


def test_who_registers_and_the_annex_say_how_to_reach_it(frozen):
    _, notices = frozen
    aix = notices[("aix-marseille", 2023)]
    page = _plain(pages.notice_page(aix, dt.date(2022, 10, 25)))
    assert f"demandez au bureau des examens de l'académie {_web(REACH)} comment vous inscrire" in page
    annex = _plain(unwrapped(pages.print_pages([aix], dt.date(2022, 10, 25))[pages.pdf_path(aix)].annex))
    assert f"demandez au bureau des examens de l'académie {_web(REACH)} comment vous inscrire" in annex


def test_the_not_listed_answer_gives_the_academys_site_once(frozen, capsys):
    """phone57 L3: frozen Aix-Marseille 2023 gives no exam office; its « not listed » answer (a candidate in class,
    whom the notice does not concern) said « Demandez au plus tôt au bureau des examens (coordonnées non précisées par
    la notice : voir le site de l'académie, http://…) comment vous inscrire. » and, on the very next line, « Site de
    l'académie : http://… », the same address (its link on the web). Said once: the line below gives it (its link), the
    words only that the notice does not give the office's contacts. In the build's answer (the web list's words:
    checklist.js, test_checklist_browser) and on the command line."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view
    from generator.cli import main

    project, notices = frozen
    aix = notices[("aix-marseille", 2023)]
    site = str(aix.academy.website)
    assert site in REACH
    ruleset = compile_ruleset(aix, project.content.checklist)
    answers = {"department": "13", "situation": "in_person"}
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    assert result["standing"]["kind"] == "not_listed", result["standing"]
    asked = _said(_sentences(aix.texts)["standing.not_listed_text"], "(coordonnées non précisées par la notice)")
    view = checklist_view(aix, project.content.checklist)
    answer = answer_view(aix, ruleset, result, view.data["key_dates"], view.data["dates"], {})
    paragraphs = _plain(" ".join(answer.standing.paragraphs))
    assert asked in paragraphs and site not in paragraphs, paragraphs
    assert answer.standing.where[1] == site, answer.standing.where  # (before, href, words, after): the link below
    assert main(["--root", str(FROZEN), "checklist", "--academy", "aix-marseille", "--session", "2023",
                 *(f"{k}={v}" for k, v in answers.items())]) == 0
    out = capsys.readouterr().out
    title = aix.texts.text("standing.not_listed_title")
    block = next(b for b in out.split("\n\n") if _plain(b).startswith(_plain(title)))
    assert asked in _plain(block) and block.count(site) == 1, block


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
    # the notice page: its dates (« Pour « … », … ») and the table's lines
    page = _plain(pages.notice_page(aix, dt.date(2022, 10, 25)))
    at = page.index("Pour « L'attestation")
    assert _web(reach) in page[at:at + 1000], page[at:at + 1000]
    # its .ics event of that deadline
    calendar = ics.calendar(aix)
    calendar = (calendar.decode() if isinstance(calendar, bytes) else calendar).replace("\r\n ", "")
    events = [e for e in calendar.split("BEGIN:VEVENT") if "Pour « L" in _plain(e)]
    assert events and all(_plain(reach) in _plain(e.replace("\\,", ",")) for e in events), events
    # the PDF annex's « Pour « … », … »
    annex = _plain(unwrapped(pages.print_pages([aix], dt.date(2022, 10, 25))[pages.pdf_path(aix)].annex))
    at = annex.index("Pour « L'attestation R 408")
    assert _web(reach) in annex[at:at + 1000], annex[at:at + 1000]
    # the build's list of dates, under the documents' deadline
    view = checklist_view(aix, project.content.checklist)
    answer = answer_view(aix, ruleset, result, view.data["key_dates"], view.data["dates"], {})
    [(_, exceptions)] = [(line, under) for line, under in answer.dates if line.value == doc["deadline"]]
    assert any("Pour « L'attestation R 408" in _plain(str(e)) and reach in _plain(str(e)) for e in exceptions), exceptions
    # the command line, under « Dates à retenir » (the page's sentence: fixcli57)
    listed = _plain(render(ruleset, result, aix.texts))
    at = listed.index(_plain(aix.texts.text("checklist.dates")))
    at = listed.index(f"Pour « {_plain(doc['label'])} »", at)
    assert reach in listed[at:at + 1000], listed[at:at + 1000]
    # the web list's data (checklist.js: lateExceptions, with data.office_reach)
    assert _plain(view.data["office_reach"]) == REACH, view.data["office_reach"]


# Frozen Toulouse 2024 given no exam office (project_support.exam_office_unknown): it shows the guide's sentences that
# send the candidate to the office which frozen Aix-Marseille 2023 does not (office56, office55's « Left »).
TOULOUSE_REACH = "(coordonnées non précisées par la notice : voir le site de l'académie, http://www.ac-toulouse.fr)"
# the same words where the site's link is on the line below them (the « not listed » answer: phone57 L3)
TOULOUSE_REACH_SITE_BELOW = "(coordonnées non précisées par la notice)"
# the « not listed » situation, the later deposit's reading (a specialty of the national R408 list only), the national
# dating's « suivez ce que dit la notice » (one of the notice's list), the replacement without exemption
NOT_LISTED = {"department": "31", "situation": "vae"}
UNASKED = {"department": "31", "situation": "repeater", "specialty": "fab", "r408_waiver": "no"}
DATED = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}
UNWAIVED = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "yes"}


@pytest.fixture(scope="module")
def toulouse_without_office(tmp_path_factory):
    from generator.merge import build_notices
    from project_support import data_root, exam_office_unknown

    root = data_root(tmp_path_factory.mktemp("office"))
    exam_office_unknown(root, "toulouse")
    project, problems = load_and_check(root, [root / "academies"])
    assert not problems, problems.report()
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("toulouse", 2024))
    return project, notice


def _sentences(texts) -> dict[str, tuple[str, str]]:
    """The sentence of the guide that sends the candidate to the office, by its key: its words from its start up to
    « bureau des examens », and those after it, where {office} goes (« replaced_unwaived »: replaced_unwaived_cited's
    end too)."""
    keys = {"provenance.notice_date_counts": {}, "provenance.replaced_unwaived": {"piece": "…"},
            "documents.late_deposit_unasked": {"words": "…"}, "standing.not_listed_text": {}}
    out = {}
    for key, values in keys.items():
        before, after = texts.text(key, office="\0", **values).split("\0")
        out[key] = (re.split(r"[.»] ", _plain(before))[-1], (" " if after[:1].isspace() else "") + _plain(after)[:12])
    return out


def _said(sentence: tuple[str, str], reach: str) -> str:
    before, after = sentence
    return f"{before} {reach}{after}" if reach else f"{before}{after}"


def test_the_other_sentences_sending_to_the_office_say_how_to_reach_it(toulouse_without_office):
    """Office56 (office55's « Left »): « Pour cette pièce, suivez ce que dit la notice de l'académie. En cas de doute,
    demandez au bureau des examens de l'académie », « Vérifiez auprès du bureau des examens avant de compter sur ce
    remplacement », the later deposit's reading « En cas de doute, demandez au bureau des examens » and the checklist's
    « Demandez au plus tôt au bureau des examens comment vous inscrire » are followed, where the notice gives no office,
    by the same words as the others (words.office_reach): on the notice page, in the PDF's annex, in the build's answer
    and on the command line (checklist.js: test_checklist_browser)."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view

    project, notice = toulouse_without_office
    sentences = _sentences(notice.texts)
    page = _plain(pages.notice_page(notice, dt.date(2023, 10, 20)))
    annex = _plain(pages.print_pages([notice], dt.date(2023, 10, 20))[pages.pdf_path(notice)].annex)
    for key in ("provenance.notice_date_counts", "provenance.replaced_unwaived", "documents.late_deposit_unasked"):
        for where, text in (("page", page), ("annex", annex)):
            # said, each time with how to reach the office (its site a link: phone61 M2)
            assert _said(sentences[key], _web(TOULOUSE_REACH)) in text and _said(sentences[key], "") not in text, (key, where)
    ruleset = compile_ruleset(notice, project.content.checklist)
    view = checklist_view(notice, project.content.checklist)
    assert _plain(view.data["office_reach"]) == TOULOUSE_REACH, view.data["office_reach"]
    for answers, key in ((NOT_LISTED, "standing.not_listed_text"), (UNASKED, "documents.late_deposit_unasked"),
                         (DATED, "provenance.notice_date_counts"), (UNWAIVED, "provenance.replaced_unwaived")):
        result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
        # (the list alone, no « Site de l'académie » line below the « not listed » words: the site in them)
        listed = _plain(render(ruleset, result, notice.texts))
        assert _said(sentences[key], TOULOUSE_REACH) in listed and _said(sentences[key], "") not in listed, (key, "command line")
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], view.data["forms"])
        shown = [*(answer.standing.paragraphs if answer.standing else ()),
                 *(line for doc in answer.documents for line in (*doc.national_dating, doc.detail or "", doc.unwaived or ""))]
        # (the « not listed » answer links the site on the line below the words: not in them too, phone57 L3)
        reach = TOULOUSE_REACH_SITE_BELOW if key == "standing.not_listed_text" else TOULOUSE_REACH
        assert any(_said(sentences[key], reach) in _plain(str(line)) for line in shown), (key, "answer", shown)


def test_where_the_notice_gives_the_office_these_sentences_are_today_s(frozen):
    """Frozen Toulouse 2024 gives its office: the same sentences, nothing after « bureau des examens »."""
    project, notices = frozen
    notice = notices[("toulouse", 2024)]
    sentences = _sentences(notice.texts)
    page = _plain(pages.notice_page(notice, dt.date(2023, 10, 20)))
    annex = _plain(pages.print_pages([notice], dt.date(2023, 10, 20))[pages.pdf_path(notice)].annex)
    assert "(coordonnées non précisées par la notice" not in page + annex
    for key in ("provenance.notice_date_counts", "provenance.replaced_unwaived", "documents.late_deposit_unasked"):
        assert _said(sentences[key], "") in page and _said(sentences[key], "") in annex, key
    ruleset = compile_ruleset(notice, project.content.checklist)
    for answers in (NOT_LISTED, UNASKED, DATED, UNWAIVED):
        listed = _plain(render(ruleset, engine.evaluate(ruleset, engine.normalise(ruleset, answers)), notice.texts))
        assert "(coordonnées non précisées par la notice" not in listed, answers


def test_the_home_page_says_where_to_find_how_to_reach_the_office_it_sends_to(frozen):
    """The home page's « Celle d'Aix-Marseille (session 2023) n'en dit rien : en cas de doute, demandez au bureau des
    examens de cette académie ou de celle où vous résidez » is read before any academy is chosen, and « celle où vous
    résidez » may be any academy, covered or not: it is followed by where to find how to reach that office (each notice's
    « Contacts », which gives it or says where to look; for an academy the guide does not cover, its site in the table
    above), not by one academy's contacts (office56). Where every notice says residence decides, neither is said."""
    project, notices = frozen
    texts = project.content.interface
    home = _plain(pages.home_page(list(notices.values()), dt.date(2025, 10, 1), departments=project.content.departments))
    unsaid = _plain(texts.text("home.residence_unsaid", count=1, notices="\0")).split("\0")[1]
    ask = _plain(texts.text("home.residence_ask"))
    assert f"{unsaid} {ask}" in home, home[:2000]
    assert "« Contacts »" in ask
    # (the notices that say residence decides alone: no office sent to, nothing said of it)
    residents = [n for n in notices.values() if n.session.session.residence]
    alone = _plain(pages.home_page(residents, dt.date(2025, 10, 1), departments=project.content.departments))
    assert unsaid not in alone and ask not in alone


def test_the_exam_adjustment_advice_says_how_to_reach_an_office_the_notice_does_not_give(tmp_path):
    """Frozen Nantes 2026 does not say how to request exam adjustments; the guide's note then sends the candidate to the
    exam office (notice_view.adjustment_ask, one sentence for the page, the PDF's annex, the checklist and the command
    line). Given no exam office (its academy.yaml « non précisé par la notice », its 2024 contact no longer « of the
    office »), the note says how to reach it, as every sentence sending to it (office56)."""
    from generator.merge import build_notices
    from generator.site.notice_view import adjustment_ask
    from project_support import data_root, exam_office_unknown

    root = data_root(tmp_path)
    exam_office_unknown(root, "nantes")
    path = root / "academies" / "nantes" / "2024.yaml"
    path.write_text(re.sub(r"\n *of_exam_office: true", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    project, problems = load_and_check(root, [root / "academies"])
    assert not problems, problems.report()
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2026))
    reach = "(coordonnées non précisées par la notice : voir le site de l'académie, https://www.ac-nantes.fr)"
    said = _plain(adjustment_ask(notice))
    assert f"demandez au plus tôt au bureau des examens de l'académie {reach} comment la faire" in said, said
    assert said.replace(reach, _web(reach)) in _plain(pages.notice_page(notice, dt.date(2025, 10, 1)))
    assert compile_ruleset(notice, project.content.checklist)["exam_adjustment_ask"] == adjustment_ask(notice)


def test_without_the_academy_s_site_the_no_site_texts_are_said(tmp_path):
    """academy.yaml's website: may be « non précisé par la notice » (accepted, an « à contrôler » point beside the
    national table's site, which staff may mark seen): the « no site » texts are then the ones said, so they are kept
    (review69 L8 thought them unreachable since website: is required). Frozen Aix-Marseille 2023 (no exam office, no
    notice address) and Nantes 2026 (établissements, without the individual candidates' notice of 2024) so written: the
    notice line, the office's reach and the routing to the individual candidates' notice."""
    from generator.merge import build_notices
    from generator.model.values import NOT_GIVEN_WORDS
    from project_support import data_root

    root = data_root(tmp_path)
    for slug in ("aix-marseille", "nantes"):
        path = root / "academies" / slug / "academy.yaml"
        text, count = re.subn(r"^website: .*$", f"website: {NOT_GIVEN_WORDS}", path.read_text(encoding="utf-8"), flags=re.M)
        assert count == 1
        path.write_text(text, encoding="utf-8")
    (root / "academies" / "nantes" / "2024.yaml").unlink()
    project, problems = load_and_check(root, [root / "academies"])
    assert not problems, problems.report()
    notices = {(n.slug, n.year): n for n in build_notices(project)}
    aix, nantes = notices[("aix-marseille", 2023)], notices[("nantes", 2026)]
    texts = aix.texts
    page = _plain(pages.notice_page(aix, dt.date(2022, 10, 25)))
    assert _plain(texts.text("header.official_notice_unknown_no_site")) in page
    reach = _plain(texts.text("common.office_unknown_no_site"))
    assert f"demandez au bureau des examens de l'académie {reach} comment vous inscrire" in page
    assert "voir le site de l'académie" not in page
    page = _plain(pages.notice_page(nantes, dt.date(2025, 10, 1)))
    assert _plain(texts.text("header.routing_individual_missing_no_site")) in page


def test_the_guide_s_reading_of_a_later_deposit_in_a_piece_s_detail_links_the_site_in_the_build_s_answer(toulouse_without_office):
    """fixleft60 left it: a piece's detail (Toulouse 2024 without an office, a repeater in a specialty of the national
    R408 list only: the guide's reading of the notice's later deposit, documents.late_deposit_unasked, « … En cas de
    doute, demandez au bureau des examens (coordonnées non précisées par la notice : voir le site de l'académie,
    http://www.ac-toulouse.fr). ») was written as text, emphasis markers read, while the page, the PDF's annex and every
    other line of the list link the site (reach_pieces). The build's answer links it there too, its bold kept
    (checklist.js: reachedEmphasised, test_checklist_browser)."""
    import dataclasses

    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    project, notice = toulouse_without_office
    ruleset = compile_ruleset(notice, project.content.checklist)
    view = checklist_view(notice, project.content.checklist)
    result = engine.evaluate(ruleset, engine.normalise(ruleset, UNASKED))
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], view.data["forms"], None, view.data["ask"])
    [doc] = [d for d in answer.documents if d.detail and "http://www.ac-toulouse.fr" in d.detail]
    built = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
    item = built[built.index(f'data-document="{doc.id}"'):]
    item = item[:item.index("</li>")]
    [detail] = [p for p in re.findall(r"<p>(.*?)</p>", item) if "bureau des examens" in p and "dépôt plus tard" in p]
    assert '<a class="bts-bare-url" href="http://www.ac-toulouse.fr">' in detail and "http://" not in re.sub(r"<[^>]+>", "", detail), detail
    assert "**" not in detail, detail
