"""A situation's detail (who: detail) keeps its lines in every output (phone75).

Nantes 2026's notice gives its establishments « En fonction des modalités choisies par votre établissement, 2
possibilités : », then « 1. Si … » and « 2. Si … », each on its own paragraph (seed 002 l.27-32). The guide folded them
into one line « … 2 possibilités : 1. Si … […] 2. Si …, […] », hard to read on a phone. Now a line of the detail's YAML
block (``|-``) is a line shown: in the page's answer (answer.py paragraph_lines, _answer.html.j2: a <br> between
them), on the command line (text.py standing_lines: a line each, indented) and in checklist.js (detailLines,
standingParagraph), for the three standings that say a detail: concerned, excluded, not listed. A folded block (``>-``)
is one line, as before. The notice page's « Qui s'inscrit et comment » table and its PDF too (lines76).

Hand-written on the frozen project (tests/fixtures/project); the frozen categories are given a detail of three lines
here, but frozen Nantes 2026's establishment candidates, written so since lines76 (as the real file).
"""

from __future__ import annotations

import html
import json
import re
import subprocess

import pytest

from generator.checklist import engine, text
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view, render_checklist

LINES = ("En fonction des modalités choisies par votre établissement, 2 possibilités :",
         "1. Si les candidats finalisent eux-mêmes leur inscription : […]",
         "2. Si c'est l'établissement qui finalise les inscriptions, […]")
# as a YAML block « |- » gives it: its lines, one with spaces to squash, a trailing space
DETAIL = f"{LINES[0]}\n1. Si les  candidats finalisent eux-mêmes leur inscription : […] \n{LINES[2]}"

CASES = {
    # (notice, situation, answers, the standing's kind)
    "concerned": (("nantes", 2026), "in_person", {"department": "44", "situation": "in_person", "route": "scolaire"}),
    "excluded": (("clermont-ferrand", 2024), "in_person", {"department": "63", "situation": "in_person"}),
    "not_listed": (("nantes", 2026), "repeater", {"department": "49", "situation": "repeater"}),
}


def _flat(words: str) -> str:
    return " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


def _outputs(project, notice, situation, answers):
    ruleset = compile_ruleset(notice, project.content.checklist)
    [category] = [c for c in ruleset["who"] if c["situation"] == situation]
    category["detail"] = DETAIL
    result = engine.evaluate(ruleset, answers)
    view = checklist_view(notice, project.content.checklist)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    import dataclasses

    body = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
    block = re.search(r'<div class="bts-checklist-standing".*?</div>', body, re.S).group(0)
    return result["standing"], answer.standing, block, text.render(ruleset, result, notice.texts)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_situation_s_detail_keeps_its_lines_on_the_page_and_the_command_line(frozen_project, frozen_by_key, kind):
    key, situation, answers = CASES[kind]
    standing, view, block, cli = _outputs(frozen_project, frozen_by_key[key], situation, answers)
    assert standing["kind"] == kind, standing
    # the answer: the paragraph that says the detail, its three lines, the first and last with the guide's words around
    [said] = [lines for lines in view.paragraph_lines() if len(lines) > 1]
    words = ["".join(w for w, _ in pieces) for pieces in said]
    assert len(words) == 3, words
    assert _flat(LINES[0]) in _flat(words[0]) and _flat(words[1]) == _flat(LINES[1]), words
    assert _flat(LINES[2]).rstrip(",[…] ") in _flat(words[2]), words
    # the page: a line break between them, inside one paragraph
    paragraph = next(p for p in re.findall(r"<p>(.*?)</p>", block, re.S) if "<br>" in p)
    shown = [_flat(html.unescape(re.sub(r"<[^>]+>", "", line))) for line in paragraph.split("<br>")]
    assert shown == [_flat(w) for w in words], shown
    # the command line: a line each, indented as the standing's other lines
    printed = [_flat(line) for line in cli.split("\n")]
    at = printed.index(_flat(words[0]))
    assert printed[at:at + 3] == [_flat(w) for w in words], cli
    assert all(line.startswith("  ") for line in cli.split("\n")[at:at + 3]), cli


def test_a_folded_detail_stays_one_line(frozen_project, frozen_by_key):
    notice = frozen_by_key["clermont-ferrand", 2024]
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    result = engine.evaluate(ruleset, CASES["excluded"][2])
    view = checklist_view(notice, frozen_project.content.checklist)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    assert all(len(lines) == 1 for lines in answer.standing.paragraph_lines()), answer.standing
    assert text.detail_lines("Ils s'inscrivent par\nl'intermédiaire  de leur établissement") == "Ils s'inscrivent par\nl'intermédiaire de leur établissement"
    assert text.detail_lines("Une ligne  pliée. ") == "Une ligne pliée."


def test_checklist_js_keeps_a_detail_s_lines_as_text_py(frozen_project, frozen_by_key):
    """checklist.js (Node): detailLines as text.py detail_lines; concernedWords, excludedWords and notListedWords give
    the detail's lines to their text; standingParagraph writes a line break between them, and a paragraph of one line
    as before (one text node)."""
    from checklist_support import ROOT
    from project_support import js_function, node_path

    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    names = ("innerQuotes", "withoutFinalStop", "detailLines", "concernedWords", "excludedWords", "notListedWords", "standingParagraph")
    category = {"label": "Candidats", "detail": DETAIL, "how": "establishment"}
    script = "\n".join(js_function(script_js, name) for name in names) + f"""
const shared = (key, params) => (params && params.detail !== undefined ? params.detail : key);
const data = {{ office_reach: "", office_reach_site_below: "" }};
const fr = (words) => words;
const withoutMarkers = (words) => words;
const el = (tag, words) => ({{ tag, childNodes: words ? [words] : [], append(...nodes) {{ this.childNodes.push(...nodes); }} }});
const reachedParagraph = (line) => el("p", "[" + line + "]");
const category = {json.dumps(category)};
const shape = (p) => p.childNodes.map((n) => (typeof n === "string" ? n : "<" + n.tag + ">"));
process.stdout.write(JSON.stringify({{
  lines: detailLines(category.detail),
  concerned: concernedWords(category),
  excluded: excludedWords(category)[1],
  not_listed: notListedWords({{ category }}, false)[1],
  paragraph: shape(standingParagraph("a\\nb\\nc")),
  reached: shape(standingParagraph("a\\nb", true)),
  one: shape(standingParagraph("a")),
}}));"""
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    web = json.loads(run.stdout)
    lines = text.detail_lines(DETAIL)
    assert lines == "\n".join(LINES) and web["lines"] == lines, web
    assert web["concerned"] == lines, web
    # (the quoted words: their final stop left to the sentence, « » inside them as “ ”; none here)
    assert web["excluded"] == web["not_listed"] == text.inner_quotes(text.without_final_stop(lines)), web
    assert web["paragraph"] == ["a", "<br>", "b", "<br>", "c"], web
    assert web["reached"] == ["[a]", "<br>", "[b]"], web
    assert web["one"] == ["a"], web


def _words(markdown: str) -> str:
    """Markdown of a line as plain words: its tags, entities and backslash escapes (« 1\\. », « \\[…\\] ») undone."""
    return _flat(html.unescape(re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", "", markdown))))


def _cut(words: str) -> list[str]:
    """A Markdown line's parts between its line breaks, as plain words."""
    return [_words(part) for part in words.split("<br>")]


def test_the_notice_page_and_its_pdf_keep_the_lines_the_checklist_keeps(frozen_project, frozen_by_key):
    """lines76: the notice page's « Qui s'inscrit et comment » table joined into one line what the checklist shows as
    lines: frozen Nantes 2026's establishment candidates' detail, a ``|-`` block of three lines as the notice writes them
    (seed 002 l.27-32: « … 2 possibilités : », « 1. Si … : […] », « 2. Si …, […] »). Now its « Précisions » cell and a
    PDF's item of a category (a notice without categories_as_written:) say them with a line break between them, the
    same lines as the checklist's answer; a folded detail (>-: the repeaters' « NB : … ») stays one line."""
    import dataclasses
    import datetime as dt

    from generator.site import pages

    notice = frozen_by_key["nantes", 2026]
    [category] = [c for c in notice.who if c.situation == "in_person"]
    [folded] = [c for c in notice.who if c.situation == "repeater"]
    lines = [_flat(line) for line in text.detail_lines(category.detail).split("\n")]
    assert len(lines) == 3 and lines[0].endswith("2 possibilités :") and lines[1].startswith("1. Si"), lines
    day = dt.date(2025, 10, 1)
    # the web page: the category's « Précisions » cell, its three lines
    page = pages.notice_page(notice, day)
    details = notice.texts.text("who.col_details")
    cells = [words for label, words in re.findall(r'<td role="cell" data-label="([^"]*)"[^>]*>(.*?)</td>', page) if html.unescape(label) == details]
    [cell] = [words for words in cells if lines[1] in _words(words)]
    assert _cut(cell) == lines, cell
    [nb] = [words for words in cells if _flat(folded.detail)[:30] in _words(words)]
    assert "<br>" not in nb, nb
    # the notice's PDF: a category's item, its label then its detail's lines. (Nantes 2026's PDF has no part of its
    # categories, its layout none: frozen Nantes 2024's, printed as a list, its categories_as_written: not given, its
    # first category given this detail; its others, folded, each one line)
    other = frozen_by_key["nantes", 2024]
    first, *rest = other.who
    given = dataclasses.replace(other, voice="notice", who=(dataclasses.replace(first, detail=category.detail), *rest))
    printed = pages.notice_page(given, dt.date(2023, 10, 1), for_print=True).splitlines()
    [item] = [line for line in printed if line.startswith("- ") and lines[0] in _words(line)]
    said = _cut(item)
    assert said[0] == _flat("- " + other.texts.text("common.label_value", label=first.label, value=lines[0])) and said[1:] == lines[1:], said
    items = [line for line in printed if line.startswith("- ") and any(_flat(c.label) in _words(line) for c in rest if c.detail)]
    assert items and all("<br>" not in line for line in items), items
    # the checklist's answer to these candidates: the same lines (the guide's quotation around them)
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    result = engine.evaluate(ruleset, CASES["concerned"][2])
    view = checklist_view(notice, frozen_project.content.checklist)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    [shown] = [["".join(w for w, _ in pieces) for pieces in paragraph] for paragraph in answer.standing.paragraph_lines() if len(paragraph) > 1]
    assert [_flat(line) for line in shown[1:-1]] == lines[1:-1] and lines[0] in _flat(shown[0]) and lines[-1].rstrip(",[…] ") in _flat(shown[-1]), shown
