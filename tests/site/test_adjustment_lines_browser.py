"""checklist.js keeps an exam-adjustment sentence's paragraphs apart, as the notice page and the command line
(tests/checklist/test_adjustment_sentence_lines.py; paras65, review64a L4): Nantes 2024's renewal « NB », written as the
notice writes it (two paragraphs, no full stop), shown in Chromium under « Conséquence de cette réponse » and in the
list, for a candidate who already had an adjustment and for a new request.

On a copy of the frozen project (its Nantes 2024 renewal as the notice writes it), Nantes alone, built without PDFs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from project_support import REPO
from browser_support import Watched, chromium, require_browser, serve_site, wait_checklist
from site_support import copy_project, run_mkdocs

sys.path.insert(0, str(REPO / "tests" / "checklist"))
from test_adjustment_sentence_lines import FIRST, SECOND, _plain, as_the_notice_writes_it  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = as_the_notice_writes_it(copy_project(tmp_path_factory.mktemp("adjustment-lines-browser")))
    for folder in (root / "academies").iterdir():  # (Nantes alone: a shorter build)
        if folder.name != "nantes":
            shutil.rmtree(folder)
    out = root / "out"
    result = run_mkdocs(root / "mkdocs.yml", out, BTS_GUIDE_COMPRESS="0", BTS_GUIDE_PDF="0")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


LINES = """(selector) => [...document.querySelectorAll(selector)].map((node) => {
  const lines = [[]];
  for (const child of node.childNodes) {
    if (child.nodeName === "BR") lines.push([]);
    else lines[lines.length - 1].push(child.textContent);
  }
  return lines.map((words) => words.join(""));
})"""


def test_the_checklist_shows_the_renewal_s_paragraphs_apart(site):
    require_browser(needs_pyodide=True)
    label = "Aménagement déjà obtenu — "
    expected = [_plain(label + FIRST), _plain(SECOND)]
    with serve_site(site) as origin, chromium() as browser:
        visit = Watched(browser, origin)
        # (the note beside the question, « Conséquence de cette réponse », and the list's procedure)
        for request, where in (("renewal", ["[data-adjustment-here] > p", "#bts-checklist-output .bts-checklist-adjustment li"]),
                               ("yes", ["#bts-checklist-output .bts-checklist-adjustment li"])):
            page = visit.next_page()
            page.goto(origin + f"/nantes/2024/liste-personnalisee/#department=44&situation=distance&disability=yes&exam_adjustment={request}")
            wait_checklist(page)
            for selector in where:
                shown = [[_plain(line) for line in lines] for lines in page.evaluate(LINES, selector)]
                said = [lines for lines in shown if lines[0].startswith(_plain(label))]
                assert said == [expected], (request, selector, shown)
        problems = visit.errors + visit.violations()
        visit.close()
    assert problems == []
