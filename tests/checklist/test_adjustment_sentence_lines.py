"""An exam-adjustment sentence said under the guide's label keeps its lines and paragraphs apart (paras65, review64a L4):
Nantes 2024's notice writes its renewal « NB » as two paragraphs with no full stop between them (seed 004 l.90–92,
« … « Handicap : OUI » » then « Les aménagements accordés en 2023 seront automatiquement reconduits en 2024 »). The
web page's item « Aménagement déjà obtenu — … », the command line and checklist.js put them on one line, where they read
« … « Handicap : OUI » Les aménagements … », so the session file had added two full stops the notice does not have.
Now the page's item, the command line and the checklist (test_adjustment_lines_browser.py) keep the paragraphs apart,
as the PDF does (its paragraphs).

On a copy of the frozen project whose Nantes 2024 renewal is written as the notice writes it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from project_support import REPO
from generator import emphasis
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.french import typography
from generator.merge import build_notices
from generator.pipeline import load_and_check
from generator.site import pages

import sys

sys.path.insert(0, str(REPO / "tests" / "site"))
from site_support import copy_project  # noqa: E402

FIRST = ("**NB :** Pas de nouvelle demande à faire pour un candidat ajourné en 2023 qui se représente au même examen en "
         "2024 (sauf changement de sa situation médicale), toutefois sur CYCLADES, veiller à cocher la case « Handicap : OUI »")
SECOND = "Les aménagements accordés en 2023 seront automatiquement reconduits en 2024"
FROZEN_RENEWAL = re.compile(r"  renewal: >-\n    \*\*NB :\*\* Pas de nouvelle demande.*?reconduits en 2024\.\n", re.S)


def as_the_notice_writes_it(root: Path) -> Path:
    """``root``'s Nantes 2024 renewal as the notice writes it: two paragraphs, no full stop."""
    path = root / "academies" / "nantes" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert len(FROZEN_RENEWAL.findall(text)) == 1, "the frozen Nantes 2024 renewal moved"
    path.write_text(FROZEN_RENEWAL.sub(lambda _: f"  renewal: |-\n    {FIRST}\n\n    {SECOND}\n", text), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    return as_the_notice_writes_it(copy_project(tmp_path_factory.mktemp("adjustment-lines")))


def _plain(text: str) -> str:
    return " ".join(typography(emphasis.plain(text)).replace("\u00a0", " ").replace("\u202f", " ").split())


def _notice(root: Path):
    project, problems = load_and_check(root, [root / "academies" / "nantes"])
    assert not problems, problems.report()
    notices = build_notices(project)
    return project, notices, next(n for n in notices if n.slug == "nantes" and n.year == 2024)


def test_the_page_s_item_keeps_the_notice_s_paragraphs_apart(written):
    project, notices, notice = _notice(written)
    page = pages.site_files(notices, dt.date(2023, 10, 1), texts=project.content.interface,
                            departments=project.content.departments)["nantes/2024/index.md"]
    label = project.content.interface.text("exam_adjustment.renewal", renewal="")
    items = [line for line in page.splitlines() if _plain(re.sub(r"<[^>]+>", "", line)).startswith("- " + _plain(label))]
    assert len(items) == 1, items
    # the item's words as the notice's two paragraphs, a line break between them (one Markdown line: the list goes on)
    said = [_plain(re.sub(r"<[^>]+>", "", part)) for part in items[0].split("<br>")]
    assert said == ["- " + _plain(label + FIRST), _plain(SECOND)], said
    # the PDF: the notice's paragraphs, as they were
    printed = pages.notice_page(notice, dt.date(2023, 10, 1), for_print=True)
    paragraphs = [_plain(re.sub(r"<[^>]+>", "", p)) for p in printed.split("\n\n")]
    assert _plain(FIRST) in paragraphs and _plain(SECOND) in paragraphs


@pytest.mark.parametrize("request_answer", ["renewal", "yes"])
def test_the_command_line_keeps_them_apart(written, request_answer):
    """A candidate who already had one (the renewal first) and a new request (the renewal under its label, last)."""
    project, _, notice = _notice(written)
    ruleset = compile_ruleset(notice, project.content.checklist)
    answers = {"department": "44", "situation": "distance", "disability": "yes", "exam_adjustment": request_answer}
    listed = render(ruleset, engine.evaluate(ruleset, engine.normalise(ruleset, answers)), notice.texts).splitlines()
    label = project.content.interface.text("exam_adjustment.renewal", renewal="")
    at = [i for i, line in enumerate(listed) if _plain(line).startswith("- " + _plain(label))]
    assert len(at) == 1, listed
    assert _plain(listed[at[0]]) == "- " + _plain(label + FIRST), listed[at[0]]
    assert listed[at[0] + 1] == "    " + " ".join(typography(SECOND).split()), listed[at[0] + 1]



def test_a_one_line_sentence_is_said_on_its_line(frozen_notices):
    """A sentence on one line (the frozen Aix-Marseille 2023 renewal): its item alone, no line break added."""
    notice = next(n for n in frozen_notices if n.slug == "aix-marseille" and n.year == 2023)
    page = pages.notice_page(notice, dt.date(2022, 10, 1))
    label = notice.texts.text("exam_adjustment.renewal", renewal="")
    items = [line for line in page.splitlines() if _plain(line).startswith("- " + _plain(label))]
    assert len(items) == 1 and "<br>" not in items[0], items


# A decision and a « Dans CYCLADES » sentence of two lines (Aix-Marseille 2023's real declare_in_cyclades:
# « **ATTENTION IMPORTANT :** » then « les candidats concernés… », seed 001 l.138-140, folded in the frozen copy):
# (academy, year, field, its label's text, parameter, answers, first line, second line)
TWO_LINES = (
    ("toulouse", 2024, "decision", "exam_adjustment.decision", "decision", {"department": "31"},
     "La notification de la décision vous parviendra sur votre espace personnel candidat dans Cyclades, dans un délai "
     "de deux mois après transmission de la demande.",
     "En cas de réponse non reçue fin février, il vous incombe de contacter le bureau des examens post-bac afin de vous "
     "assurer que votre demande a été reçue et qu'elle est en cours de traitement."),
    ("aix-marseille", 2023, "declare_in_cyclades", "exam_adjustment.cyclades", "words", {"department": "13"},
     "Attention, important :",
     "les candidats concernés devront avoir répondu « OUI » sur le serveur d'inscription CYCLADES dans la rubrique « handicap »."),
)


@pytest.mark.parametrize("slug, year, field, key, parameter, answers, first, second", TWO_LINES,
                         ids=[f"{case[0]}-{case[2]}" for case in TWO_LINES])
def test_a_decision_or_cyclades_sentence_of_two_lines_keeps_them_apart(tmp_path, slug, year, field, key, parameter, answers,
                                                                       first, second):
    """The page's item and the command line keep the lines of the other sentences under the guide's label too (the
    decision, « Dans CYCLADES »), not the renewal's alone (review65: the page's filter could be dropped from those two
    items, and the command line's, with no test failing)."""
    root = copy_project(tmp_path)
    path = root / "academies" / slug / f"{year}.yaml"
    text = path.read_text(encoding="utf-8")
    folded = re.compile(rf"  {field}: >-\n(?:    .*\n)+")
    assert len(folded.findall(text)) == 1, f"the frozen {slug} {year} {field} moved"
    path.write_text(folded.sub(lambda _: f"  {field}: |-\n    {first}\n    {second}\n", text), encoding="utf-8")
    project, problems = load_and_check(root, [root / "academies" / slug])
    assert not problems, problems.report()
    notices = build_notices(project)
    notice = next(n for n in notices if n.slug == slug and n.year == year)
    label = _plain(project.content.interface.text(key, **{parameter: ""}))
    opening = _plain(label + " " + first)  # (after the guide's label and « — », as the notice writes it: trio70 L5)
    # the page: one item, a line break between the two lines
    page = pages.notice_page(notice, dt.date(year - 1, 10, 1))
    items = [line for line in page.splitlines() if _plain(re.sub(r"<[^>]+>", "", line)).startswith("- " + label)]
    assert len(items) == 1, items
    said = [_plain(re.sub(r"<[^>]+>", "", part)) for part in items[0].split("<br>")]
    assert said == ["- " + opening, _plain(second)], said
    # the command line: the second line indented under the item
    ruleset = compile_ruleset(notice, project.content.checklist)
    given = {**answers, "situation": "distance", "disability": "yes", "exam_adjustment": "yes"}
    listed = render(ruleset, engine.evaluate(ruleset, engine.normalise(ruleset, given)), notice.texts).splitlines()
    at = [i for i, line in enumerate(listed) if _plain(line).startswith("- " + label)]
    assert len(at) == 1, listed
    assert _plain(listed[at[0]]) == "- " + opening, listed[at[0]]
    below = listed[at[0] + 1]
    assert below.startswith("    ") and not below.startswith("     ") and _plain(below) == _plain(second), below
