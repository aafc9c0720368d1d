"""A date the notice says « délai de rigueur » of is said so wherever the checklist gives it (review69 L3).

Issue 9's promise: a deadline reads the same in the notice, the checklist and the calendar. Toulouse 2024's
« Dates limites » said « … 22 novembre 2023 (heure non précisée par la notice), délai de rigueur », while the line
under « Pièces à déposer », « Date limite de toutes ces pièces : … », gave the same date without it. One form now says
it (``moments.strict``, ``site.dates.strict_said``): this checks that every line of the build's answer (answer_view,
what the page shows before Pyodide, checklist.js the same: tests/checklist/test_checklist_browser.py compares them)
and of the command line that gives such a date's words gives them with « , délai de rigueur » right after, and that
a date the notice does not say it of never gets it. A property of any valid data, checked on the real project; the
frozen one shows the draws reach a « délai de rigueur » date (Toulouse 2024's documents) in each kind of line.
"""

from __future__ import annotations

import html
import re

import pytest

from checklist_support import view_strings
from project_support import FIXED_TODAY, FROZEN, REAL, valid_project

from generator.checklist import engine, text
from generator.french import typography
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view
from generator.merge import build_notices
from generator.site import pages
from generator.site.paths import pdf_filename


def _answer_sets(ruleset: dict):
    """No answer, then each choice of each question alone: enough to list every piece and step of a session."""
    yield {}
    for question in ruleset["questions"]:
        for value, _ in question.get("choices") or ():
            yield {question["id"]: value}



def _flat(words: str) -> str:
    return " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").split())


def _misses(lines, words: str, strict: bool, qualifier: str) -> list[str]:
    """The lines that give ``words`` (a date's) not followed by ``qualifier`` (« , délai de rigueur ») when ``strict``,
    or followed by it when not."""
    words = _flat(words)
    out = []
    for line in map(_flat, lines):
        start = line.find(words)
        while start != -1:
            if line[start + len(words):].startswith(qualifier) != strict:
                out.append(line)
                break
            start = line.find(words, start + 1)
    return out


@pytest.mark.parametrize("data", [REAL, FROZEN], ids=["real", "frozen"])
def test_a_strict_date_is_said_strict_in_every_line_of_the_list(data):
    project = valid_project(data)
    reached: set[tuple[str, str]] = set()
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, project.content.checklist)
        view = checklist_view(notice, project.content.checklist)
        dates = view.data["dates"]
        t = notice.texts
        qualifier = _flat(t.text("moments.strict", date="\x00")).split("\x00", 1)[1]  # (« , délai de rigueur »)
        due = _flat(t.text("checklist_page.documents_due_all", date="\x00")).split("\x00", 1)[0]  # (« Date limite de toutes ces pièces : »)
        for answers in _answer_sets(ruleset):
            result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
            outputs = [("command line", text.render(ruleset, result, t).splitlines())]
            if result["exam_adjustment"] is None:  # (the build's answer never has the procedure: checklist.js alone shows it)
                answer = answer_view(notice, ruleset, result, view.data["key_dates"], dates, {}, None)
                outputs.append(("page", list(view_strings(answer))))
            for deadline in ruleset["deadlines"]:
                if not deadline.get("end"):
                    continue
                words = dates[deadline["id"]]
                for where, lines in outputs:
                    missed = _misses(lines, words, deadline["strict"], qualifier)
                    assert not missed, (notice.slug, notice.year, answers, deadline["id"], where, missed[:3])
                    if deadline["strict"]:  # (where the draws reached such a date: its line in « Dates limites », above the pieces)
                        reached.update((where, "pieces" if _flat(line).startswith(due) else "other")
                                       for line in lines if _flat(words) in _flat(line))
    if data == FROZEN:  # (the draws reach a « délai de rigueur » date above the pieces and elsewhere, in both outputs)
        assert reached == {(w, k) for w in ("page", "command line") for k in ("pieces", "other")}, sorted(reached)


def _date_cells(markdown: str, title: str) -> list[str]:
    """The first cell of each row of the page's table « Dates à retenir » (``title``), its date, as the page's
    markdown writes it (``_dates.md.j2``: one ``<tr>`` a row, the date its first ``<td>``)."""
    start = markdown.index(f"## {title}\n")
    end = markdown.find("\n## ", start + 1)
    section = markdown[start:end if end != -1 else None]
    return [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<tr role=\"row\"[^>]*>\s*<td[^>]*>(.*?)</td>", section, re.S)]


@pytest.mark.parametrize("data", [REAL, FROZEN], ids=["real", "frozen"])
def test_the_dates_tables_of_the_page_and_the_pdf_say_each_date_as_the_list(data):
    """« Dates à retenir », on the notice's web page and on its PDF's first page (the print version's markdown, what
    WeasyPrint prints), gives each date in the checklist's words: its hour or « heure non précisée par la notice »,
    its time zone, « inclus », the guide's reading marked, then « , délai de rigueur » when the notice says so and only
    then (pdfdates70: the PDF's cell said Toulouse 2024's 22 November as the day alone, without « heure non précisée
    par la notice » nor « délai de rigueur »; a reader of page 1 alone could not tell either). A property of any valid
    data; the frozen project shows a « délai de rigueur » date reached in both tables."""
    project = valid_project(data)
    notices = build_notices(project)
    prints = pages.print_pages(notices, FIXED_TODAY)
    reached: set[str] = set()
    for notice in notices:
        view = checklist_view(notice, project.content.checklist)
        ruleset = compile_ruleset(notice, project.content.checklist)
        dates = view.data["dates"]
        t = notice.texts
        qualifier = _flat(t.text("moments.strict", date="\x00")).split("\x00", 1)[1]  # (« , délai de rigueur »)
        title = t.text("dates.title")
        tables = {
            "page": _date_cells(pages.notice_page(notice, FIXED_TODAY), title),
            "pdf": _date_cells(prints[f"{notice.slug}/{notice.year}/{pdf_filename(notice)}"].markdown, title),
        }
        said = [(d["id"], d["strict"]) for d in ruleset["deadlines"] if d.get("end")]
        said += [("registration_opening", False), ("registration_closing", False)]
        own = {d.id for d in notice.deadlines} | {"registration_opening", "registration_closing"}
        for did, strict in said:
            words = dates[did]
            for where, cells in tables.items():
                if where == "pdf" and did not in own:  # (a national rule's date, merge.closing_due: the PDF's annex gives it)
                    continue
                assert any(_flat(words) in _flat(cell) for cell in cells), (notice.slug, notice.year, did, where, words, cells)
                missed = _misses(cells, words, strict, qualifier)
                assert not missed, (notice.slug, notice.year, did, where, missed)
                if strict:
                    reached.add(where)
    if data == FROZEN:
        assert reached == {"page", "pdf"}, reached


def _date_rows(markdown: str, title: str) -> list[list[str]]:
    """The cells of each row of the table « Dates à retenir » (``title``), as ``_date_cells`` reads its first ones."""
    start = markdown.index(f"## {title}\n")
    end = markdown.find("\n## ", start + 1)
    section = markdown[start:end if end != -1 else None]
    return [[html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr role=\"row\"[^>]*>(.*?)</tr>", section, re.S) if "<td" in row]


@pytest.mark.parametrize("data", [REAL, FROZEN], ids=["real", "frozen"])
def test_a_row_of_the_dates_tables_says_delai_de_rigueur_once(data):
    """dates71: the web page's « Dates à retenir » said a strict date « délai de rigueur » twice in its row, in the date
    cell (« …, délai de rigueur », words.table_moment, the checklist's and the PDF's words) and again in « Précisions »
    (« Délai de rigueur : aucun dépôt hors délai n'est accepté. »). A row whose date says it gives in « Précisions » what
    it means alone (« Aucun dépôt hors délai n'est accepté. », dates.strict_meaning), never the sentence that says it
    again; on the web page always, in the PDF when the notice's own words are not printed there instead (notice_view:
    _date_notes). A property of any valid data; the frozen project shows such a row in both tables."""
    project = valid_project(data)
    notices = build_notices(project)
    prints = pages.print_pages(notices, FIXED_TODAY)
    reached: set[str] = set()
    for notice in notices:
        t = notice.texts
        qualifier = _flat(t.text("moments.strict", date="\x00")).split("\x00", 1)[1]  # (« , délai de rigueur »)
        again, meaning = _flat(t.text("dates.strict")), _flat(t.text("dates.strict_meaning"))
        title = t.text("dates.title")
        tables = {
            "page": _date_rows(pages.notice_page(notice, FIXED_TODAY), title),
            "pdf": _date_rows(prints[f"{notice.slug}/{notice.year}/{pdf_filename(notice)}"].markdown, title),
        }
        by_label = {_flat(typography(d.label)): d for d in notice.deadlines}
        for where, rows in tables.items():
            for cells in rows:
                said = _flat(" ".join(cells))
                deadline = by_label.get(_flat(cells[1]))
                # (real data: a notice may write these words itself, quoted in the row from its deadline's texts — a
                # correct data change; review71 M6: only the guide's own saying of them is counted)
                own = _flat(" ".join(v for v in vars(deadline).values() if isinstance(v, str))) if deadline else ""
                assert said.count(again) == own.count(again), (notice.slug, notice.year, where, cells)
                if deadline is None or not deadline.strict:
                    assert said.count(meaning) == own.count(meaning), (notice.slug, notice.year, where, cells)
                    continue
                assert qualifier in _flat(cells[0]), (notice.slug, notice.year, where, cells)
                if where == "page" or not deadline.words:
                    assert said.count(meaning) == 1 + own.count(meaning), (notice.slug, notice.year, where, cells)
                reached.add(where)
    if data == FROZEN:
        assert reached == {"page", "pdf"}, reached
