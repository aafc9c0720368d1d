"""The candidate's steps the guide wrote from a notice to the establishments link to the notice's own words.

Nantes 2026's notice is addressed to the establishments: the candidate's steps on its notice page are the guide's
rewording (web_only: steps, « Reformulé par le guide d'après la notice de l'académie — … »), and the notice's own
words are the steps of the establishments page. Each reworded step says where (steps: establishment_step:): a link
under it, « Les mots de la notice : étape 3 de la page des établissements », to that step's heading, whose id is its
number (paths.ESTABLISHMENT_STEP_ANCHOR). A step that does not exist is a staff error (tests/validation/invalid,
1055 to 1057). The notice's PDF prints neither the steps nor the ids. Frozen project (tests/fixtures/project).
"""

from __future__ import annotations

import re

from generator.french import typography
from generator.site import pages
from project_support import FIXED_TODAY


def _flat(words: str) -> str:
    return " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())


def _step_blocks(page: str, title: str) -> list[str]:
    """The « ## title » section's steps, each from its « ### » heading to the next (made plain)."""
    section = page.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return [_flat(block) for block in section.split("\n### ")[1:]]


def test_each_reworded_step_links_to_the_establishments_step_that_has_the_notice_s_words(frozen_by_key):
    nantes = frozen_by_key["nantes", 2026]
    t = nantes.texts
    assert "steps" in nantes.session.session.web_only
    numbers = [step.establishment_step for step in nantes.session.steps]
    assert numbers == [3, 4, 5, 5]
    guide = nantes.session.establishment_guide.steps
    blocks = _step_blocks(pages.notice_page(nantes, FIXED_TODAY), t.text("steps.title"))
    assert len(blocks) == len(numbers)
    establishments = _flat(pages.establishment_page(nantes, FIXED_TODAY))
    for block, number in zip(blocks, numbers, strict=True):
        words = _flat(typography(t.text("steps.notice_words", number=number)))
        assert words == f"Les mots de la notice : étape {number} de la page des établissements"
        assert f"[{words}](etablissements.md#etape-{number})" in block, block
        # the anchor exists: the establishments page's step of that number, under its id
        heading = _flat(typography(t.text("steps.heading", number=number, title=guide[number - 1].title)))
        assert f"### {heading} {{ #etape-{number} }}" in establishments
    # every step of the establishments page has its id, in order, and only there
    assert re.findall(r"\{ #etape-(\d+) \}", establishments) == [str(i) for i in range(1, len(guide) + 1)]


def test_without_establishment_step_no_link_and_the_pdf_has_neither_links_nor_ids(frozen_by_key):
    import dataclasses

    nantes = frozen_by_key["nantes", 2026]
    t = nantes.texts
    bare = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, steps=tuple(
        dataclasses.replace(step, establishment_step=None) for step in nantes.session.steps)))
    assert "etablissements.md#etape-" not in pages.notice_page(bare, FIXED_TODAY)
    printed = pages.notice_page(nantes, FIXED_TODAY, for_print=True)
    assert "#etape-" not in printed and _flat(t.text("steps.notice_words", number=3)) not in _flat(printed)
    assert "#etape-" not in pages.establishment_page(nantes, FIXED_TODAY, for_print=True)


def test_the_built_link_reaches_the_step_s_heading(frozen_site):
    """The site MkDocs builds (with --strict, which refuses a link to a missing anchor): the link's address and the id
    of the establishments page's heading, « Étape 3 : … »."""
    folder = frozen_site / "nantes" / "2026"
    notice = (folder / "index.html").read_text(encoding="utf-8")
    establishments = (folder / "etablissements" / "index.html").read_text(encoding="utf-8")
    targets = re.findall(r'<a href="etablissements/#(etape-\d+)">Les mots de la notice', notice)
    assert targets == ["etape-3", "etape-4", "etape-5", "etape-5"]
    for target in set(targets):
        heading = re.search(rf'<h3 id="{target}">(.*?)</h3>', establishments)
        assert heading and _flat(heading.group(1)).startswith(f"Étape {target.split('-')[1]} :"), target


def _listed_and_undecided(frozen_project, notice, answers):
    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset

    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    return ruleset, engine.evaluate(ruleset, answers)


def test_the_checklist_s_command_line_says_where_the_notice_s_words_are_and_json_gives_the_number(frozen_project, frozen_by_key, capsys):
    """The command line (stepslink70): under each reworded step, listed or still depending on an answer, the page's
    link words then the step's address in the guide (no link markup), before the step's source line as on the notice
    page; --json, the number in the step's provenance (« establishment_step »)."""
    import json

    from generator.cli import main
    from project_support import FROZEN

    nantes = frozen_by_key["nantes", 2026]
    t = nantes.texts
    answers = ["department=44", "situation=in_person", "route=scolaire"]
    assert main(["--root", str(FROZEN), "checklist", "--academy", "nantes", "--session", "2026", *answers]) == 0
    lines = [_flat(line) for line in capsys.readouterr().out.splitlines()]
    reworded = _flat(typography(t.text("provenance.reworded_plain")))
    for number in (3, 4, 5):
        said = (f"Les mots de la notice : étape {number} de la page des établissements "
                f"(page du guide : nantes/2026/etablissements/#etape-{number})")
        at = [i for i, line in enumerate(lines) if line == said]
        assert at, (said, lines)
        assert all(lines[i + 1] == reworded for i in at), lines
    # steps 1 to 3 listed, step 4 (engagement étudiant) still depending on an answer: its line too
    assert sum(line.startswith("Les mots de la notice : étape ") for line in lines) == 4, lines
    assert main(["--root", str(FROZEN), "checklist", "--academy", "nantes", "--session", "2026", "--json", *answers]) == 0
    result = json.loads(capsys.readouterr().out)
    assert ([s["provenance"]["establishment_step"] for s in result["steps"]]
            + [s["provenance"]["establishment_step"] for s in result["undecided_steps"]]) == [3, 4, 5, 5]
    # a notice whose steps are its own words: none
    assert main(["--root", str(FROZEN), "checklist", "--academy", "toulouse", "--session", "2024"]) == 0
    assert "Les mots de la notice : étape" not in capsys.readouterr().out


def test_the_checklist_page_s_first_answer_links_each_reworded_step_to_the_establishments_step(frozen_project, frozen_by_key):
    """The checklist page's answer written at build (answer.py, _answer.html.j2): under each reworded step, listed or
    still depending on an answer, the notice page's link words, a link to the establishments page's step from the
    checklist page's folder (« ../etablissements/#etape-3 »), then the step's source line; checklist.js draws the same
    from the page data (« establishment_steps », the words among its shared texts): test_checklist_browser compares
    them element for element."""
    import dataclasses

    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    nantes = frozen_by_key["nantes", 2026]
    t = nantes.texts
    ruleset, result = _listed_and_undecided(frozen_project, nantes, {"department": "44", "situation": "in_person", "route": "scolaire"})
    view = checklist_view(nantes, frozen_project.content.checklist)
    assert view.data["establishment_steps"] == {str(n): f"../etablissements/#etape-{n}" for n in (3, 4, 5)}
    assert view.data["texts"]["steps.notice_words"] == typography(t.text("steps.notice_words", number="{number}"))
    answer = answer_view(nantes, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    body = render_checklist(dataclasses.replace(view, answer=answer), t)
    body = body.split('<div id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]  # (the answer, as the browser's test reads it)
    items = re.findall(r'<li data-(?:undecided-)?step="(\d+)">(.*?)</li>(?=<li|</ul>)', body, re.S)
    assert [number for number, _ in items] == ["1", "2", "3", "4"]
    for (number, item), target in zip(items, (3, 4, 5, 5), strict=True):
        link = re.findall(r'<p class="bts-checklist-notice-words"><a href="([^"]+)">([^<]+)</a></p><p class="bts-checklist-source"', item)
        assert link == [(f"../etablissements/#etape-{target}", typography(t.text("steps.notice_words", number=target)))], (number, item)
    # a notice whose steps are its own words: none
    toulouse = frozen_by_key["toulouse", 2024]
    ruleset, result = _listed_and_undecided(frozen_project, toulouse, {})
    view = checklist_view(toulouse, frozen_project.content.checklist)
    answer = answer_view(toulouse, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    assert view.data["establishment_steps"] == {} and answer.steps
    assert "bts-checklist-notice-words" not in render_checklist(dataclasses.replace(view, answer=answer), toulouse.texts)


def test_the_built_checklist_page_s_links_reach_the_step_s_heading(frozen_site):
    """The built site: the checklist page (nantes/2026/liste-personnalisee/) links, resolved from its own address, to
    the establishments page's headings of those numbers."""
    from urllib.parse import urljoin

    page = (frozen_site / "nantes" / "2026" / "liste-personnalisee" / "index.html").read_text(encoding="utf-8")
    page = page.split('<div id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]  # (the answer for no answer yet)
    hrefs = re.findall(r'<p class="bts-checklist-notice-words"><a href="([^"]+)">Les mots de la notice', page)
    assert hrefs == [f"../etablissements/#etape-{n}" for n in (3, 4, 5, 5)]
    for href in set(hrefs):
        resolved = urljoin("https://example.org/nantes/2026/liste-personnalisee/", href)
        path, target = resolved.removeprefix("https://example.org/").split("#")
        assert path == "nantes/2026/etablissements/", resolved
        establishments = (frozen_site / path / "index.html").read_text(encoding="utf-8")
        heading = re.search(rf'<h3 id="{target}">(.*?)</h3>', establishments)
        assert heading and _flat(heading.group(1)).startswith(f"Étape {target.split('-')[1]} :"), target
