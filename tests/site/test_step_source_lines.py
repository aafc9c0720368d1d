"""The source lines of the steps on the notice page and the establishments page (a review, fix58a).

Each CYCLADES step comes from a place of the notice (notice_view.step_sections), which the checklist says under each
step. On the page, consecutive steps that share their source carry it once, after the last of them, with their
numbers (« Étapes 1 à 3 : Notice de l'académie — … »; Toulouse 2024's page said the same line three times in a row); a
step whose source differs from its neighbours' keeps its own line, as it was. The establishments page ends its steps
the same way (it had no source line); steps the guide wrote in its words from the notice's (web_only: steps, Nantes
2026) say so, on the page and in the checklist. The notice's PDF prints no such line (its own headings).

Markdown of the frozen project's pages (tests/fixtures/project), some of its notices given another shape by hand."""

from __future__ import annotations

import dataclasses

from generator.checklist import engine, text
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view
from generator.french import typography
from generator.site import pages
from project_support import FIXED_TODAY, unwrapped

# (each the notice's heading as the session file writes it, section_as_written:, said in « » as a place: review73 M1)
PRE = "« I- PRE-INSCRIPTION »"
DEFINITIVE = "« II- INSCRIPTION DEFINITIVE »"
VALIDATION = "« III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de Nantes) »"


def _flat(words: str) -> str:
    return " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())


def _steps(page: str, title: str) -> list[tuple[str, list[str]]]:
    """The « ## title » section's steps (« ### » headings), each with the source lines after it at its own level (not
    those inside a warning's box, which has its own), in the page's words made plain."""
    steps: list[tuple[str, list[str]]] = []
    inside, box = False, 0
    lines = page.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("## "):
            inside = _flat(line[3:]).startswith(_flat(title))
            continue
        if not inside:
            continue
        box += line.count("<div") - line.count("</div>")
        if line.startswith("### "):
            steps.append((_flat(line[4:]), []))
        elif (not box and steps and line.startswith("*") and line.endswith("*") and i + 1 < len(lines)
              and lines[i + 1].strip() == "{: .bts-source }"):
            steps[-1][1].append(_flat(line.strip("*")))
    return steps


def _sources(page: str, title: str) -> list[list[str]]:
    return [sources for _, sources in _steps(unwrapped(page), title)]  # (« DEC 4-1 » kept whole by its span: printhead67)


def _notice(notice, t) -> str:
    return _flat(typography(t.text("provenance.notice", section=notice))) if notice else _flat(typography(t.text("provenance.notice_plain")))


def _with_steps(notice, *sections):
    """``notice`` whose steps open the given parts (section_as_written:; None: none, in the part before)."""
    steps = tuple(dataclasses.replace(s, section_as_written=section) for s, section in zip(notice.session.steps, sections, strict=True))
    return dataclasses.replace(notice, session=dataclasses.replace(notice.session, steps=steps))


def test_steps_in_a_row_from_one_place_carry_their_source_once_after_the_last(frozen_project, frozen_by_key):
    """Frozen Toulouse 2024: its three steps come from the notice, no place named (lead_as_written:): one line, after
    step 3, that names the three; none after steps 1 and 2. The checklist still ends each step with it."""
    toulouse = frozen_by_key["toulouse", 2024]
    t = toulouse.texts
    page = pages.notice_page(toulouse, FIXED_TODAY)
    plain = _notice(None, t)
    assert _sources(page, t.text("steps.title")) == [[], [], [_flat(typography(t.text("steps.source_run", first=1, last=3, source=t.text("provenance.notice_plain"))))]]
    assert _sources(page, t.text("steps.title"))[-1] == ["Étapes 1 à 3 : " + plain]
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    result = engine.evaluate(ruleset, {})
    cli = text.render(ruleset, result, t)
    assert [_flat(text.step_source(s, t)) for s in result["steps"]] == [plain] * 3
    assert _flat(cli).count(plain + " ") >= 3  # (under each step of the command line, as before)


def test_a_step_from_another_place_keeps_its_own_line(frozen_by_key):
    """Frozen Nantes 2024: steps 1 and 2 in « I- PRE-INSCRIPTION » (one line after step 2, « Étapes 1 et 2 : … »),
    steps 3 and 4 each in a part of its own (their own line, as before); the same place again after another is not
    the same run (A, B, A: three lines)."""
    nantes = frozen_by_key["nantes", 2024]
    t = nantes.texts
    title = t.text("steps.title")
    page = pages.notice_page(nantes, FIXED_TODAY)
    assert _sources(page, title) == [[], ["Étapes 1 et 2 : " + _notice(PRE, t)], [_notice(DEFINITIVE, t)], [_notice(VALIDATION, t)]]
    shaped = _with_steps(nantes, "A", "B", "A", None)  # (step 4: in the part step 3 opens, A)
    a, b = "« A »", "« B »"  # (the notice's headings, said in « »: review73 M1)
    assert _sources(pages.notice_page(shaped, FIXED_TODAY), title) == [[_notice(a, t)], [_notice(b, t)], [], ["Étapes 3 et 4 : " + _notice(a, t)]]
    shaped = _with_steps(nantes, "A", "B", None, None)
    assert _sources(pages.notice_page(shaped, FIXED_TODAY), title) == [[_notice(a, t)], [], [], ["Étapes 2 à 4 : " + _notice(b, t)]]


def test_a_step_followed_by_its_warnings_ends_its_run(frozen_by_key):
    """A step whose warnings' boxes follow it (each with its own source line) ends the run of steps sharing its source:
    no box stands between steps and their shared line (fix58a L1: Nantes 2026's step 3 and its box above « Étapes 3 et
    4 : … »)."""
    from generator.site.notice_view import source_lines

    t = frozen_by_key["toulouse", 2024].texts
    run = lambda first, last: t.text("steps.source_run" if last > first + 1 else "steps.source_pair", first=first, last=last, source="S")  # noqa: E731
    assert source_lines(t, ["S"] * 4) == (None, None, None, run(1, 4))
    assert source_lines(t, ["S"] * 4, [False, False, True, False]) == (None, None, run(1, 3), "S")
    assert source_lines(t, ["S"] * 4, [True, False, False, False]) == ("S", None, None, run(2, 4))
    assert source_lines(t, ["S", "S"], [False, True]) == (None, run(1, 2))  # (the last step's box after the line)


def test_the_notice_s_pdf_prints_no_source_line_under_its_steps(frozen_by_key):
    """The PDF's version of the page: the notice's own headings, no source line under its steps (as before)."""
    for key in (("toulouse", 2024), ("nantes", 2024)):
        notice = dataclasses.replace(frozen_by_key[key], voice="notice")
        printed = pages.notice_page(notice, FIXED_TODAY, for_print=True)
        assert not any(line.startswith(("*Étape", "*Notice de l")) for line in printed.splitlines()), key
        # (the check reads lines the screen's page has: one after the last step at least)
        screen = pages.notice_page(notice, FIXED_TODAY)
        assert any(line.startswith(("*Étape", "*Notice de l")) for line in screen.splitlines()), key


def test_the_establishments_page_ends_its_steps_with_their_source(frozen_by_key):
    """Frozen Nantes 2026's establishments page: its steps have no heading of the notice's (heading_as_written:), so
    they come from the notice, no place named: one line after the last; given the notice's headings, each step its
    rubric, after its menus and memo sheets; the PDF's version, none."""
    nantes = frozen_by_key["nantes", 2026]
    t = nantes.texts
    title = t.text("establishment.guide_title")
    steps = nantes.session.establishment_guide.steps
    page = pages.establishment_page(nantes, FIXED_TODAY)
    count = len(steps)
    assert count > 2
    assert _sources(page, title) == [[]] * (count - 1) + [[f"Étapes 1 à {count} : " + _notice(None, t)]]
    headings = [f"{i} - {s.title}" for i, s in enumerate(steps, 1)]
    guide = dataclasses.replace(nantes.session.establishment_guide, steps=tuple(
        dataclasses.replace(s, heading_as_written=h) for s, h in zip(steps, headings, strict=True)))
    shaped = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, establishment_guide=guide))
    page = pages.establishment_page(shaped, FIXED_TODAY)
    assert _sources(page, title) == [[_notice(f"« {h} »", t)] for h in headings]  # (in « »: review73 M1)
    # (after the step's menu and memo lines, before the next step)
    block = page.split("### ", 2)[1]
    assert block.rstrip().endswith("{: .bts-source }"), block
    printed = pages.establishment_page(shaped, FIXED_TODAY, for_print=True)
    assert ".bts-source" not in printed.split(t.text("establishment.candidate_states"), 1)[0]


def test_steps_the_guide_wrote_from_the_notice_say_so_on_the_page_and_in_the_checklist(frozen_project, frozen_by_key):
    """Frozen Nantes 2026 (web_only: steps, a notice to the establishments whose candidate's steps the guide wrote in
    « vous »): « Reformulé par le guide d'après la notice de l'académie — … » on the page, in the checklist's command
    line and in its page's answer, driven by web_only: (not by the academy): without steps there, « Notice de
    l'académie »."""
    nantes = frozen_by_key["nantes", 2026]
    t = nantes.texts
    title = t.text("steps.title")

    def said(notice):
        ruleset = compile_ruleset(notice, frozen_project.content.checklist)
        result = engine.evaluate(ruleset, {"engagement_etudiant": "yes"})
        view = checklist_view(notice, frozen_project.content.checklist)
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
        cli = text.render(ruleset, result, t)
        lines = [_flat(text.step_source(s, t)) for s in result["steps"]]
        assert [_flat(s.source) for s in answer.steps] == lines
        assert all("    " + text.step_source(s, t) in cli.split("\n") for s in result["steps"])
        return lines, _sources(pages.notice_page(notice, FIXED_TODAY), title)

    info = nantes.session.session
    assert "steps" in info.web_only
    reworded = _flat(typography(t.text("provenance.reworded_plain")))
    assert reworded == "Reformulé par le guide d'après la notice de l'académie"
    count = len(nantes.session.steps)
    assert said(nantes) == ([reworded] * count, [[]] * (count - 1) + [[f"Étapes 1 à {count} : " + reworded]])
    # with the places of the notice its steps come from (the real file's section_as_written:)
    shaped = _with_steps(nantes, *(["3 – Génération des comptes candidats", "4 – Inscription"]
                                   + ["5 – Téléversement des pièces justificatives"] + [None] * (count - 3)))
    placed = [_flat(typography(t.text("provenance.reworded", section=f"« {s} »"))) for s in
              ("3 – Génération des comptes candidats", "4 – Inscription", "5 – Téléversement des pièces justificatives")]
    lines, page = said(shaped)
    assert lines == placed + [placed[-1]] * (count - 3)
    assert page[:2] == [[placed[0]], [placed[1]]]
    # the data, not the academy: steps no longer in web_only:, the notice's words
    plain = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, session=dataclasses.replace(
        info, web_only=tuple(p for p in info.web_only if p != "steps"))))
    assert said(plain) == ([_notice(None, t)] * count, [[]] * (count - 1) + [[f"Étapes 1 à {count} : " + _notice(None, t)]])
