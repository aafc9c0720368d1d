"""A piece the notice's list repeats under several tables (``also_listed_in:``; Aix-Marseille 2023's R 408 line, under
« Pour les candidats de la formation à distance (CNED…) », « … au titre de leur expérience professionnelle » and
« … redoublants »): the personal list names, in its source line, only the table(s) of the candidate's own case once
the answers decide it — the tables another piece of the candidate's list comes from — and all of them before (a
review, read56 L7: a repeater read the three tables). The web list and the command line say the engine's words; the
notice page's table keeps its own heading. Frozen Aix-Marseille 2023."""

from __future__ import annotations

import pytest

from project_support import notices_of, FROZEN
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.pipeline import load_and_check

# each table where the notice has it, as the source line says it: the notice's headings in « » (their pieces' section:,
# seed 001 l.142-162; quote77: the group's name in heading form, unquoted, before)
PIECES = "« PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES »"
DISTANCE = f"{PIECES}, « POUR LES CANDIDATS DE LA FORMATION A DISTANCE (CNED…) »"
EXPERIENCE = f"{PIECES}, « POUR LES CANDIDATS SE PRÉSENTANT AU TITRE DE LEUR EXPÉRIENCE PROFESSIONNELLE »"
REPEATER = f"{PIECES}, « POUR LES CANDIDATS REDOUBLANTS »"


@pytest.fixture(scope="module")
def aix():
    project, problems = load_and_check(FROZEN, [FROZEN / "academies" / "aix-marseille"])
    assert not problems, problems.report()
    notice = next(n for n in notices_of(FROZEN) if (n.slug, n.year) == ("aix-marseille", 2023))
    return compile_ruleset(notice, project.content.checklist), project.content.interface


@pytest.mark.parametrize("answers, tables", [
    ({"situation": "repeater"}, [REPEATER]),
    ({"situation": "distance"}, [DISTANCE]),
    ({"situation": "experience"}, [EXPERIENCE]),
    # (a candidate at a distance who sat before: the repeaters' transcripts are theirs too, so is that table)
    ({"situation": "distance", "sat_before": "yes"}, [DISTANCE, REPEATER]),
    ({}, [DISTANCE, EXPERIENCE, REPEATER]),  # the situation not answered: every table
])
def test_the_r408_line_names_the_candidate_s_own_table(aix, answers, tables):
    ruleset, texts = aix
    result = engine.evaluate(ruleset, {"department": "13", "specialty": "batiment", **answers})
    (r408,) = [d for d in result["documents"] if d["id"] == "r408"]
    assert r408["provenance"]["section"] == " ; ".join(tables)
    listed = render(ruleset, result, texts).replace("\u2019", "'").splitlines()
    at = next(i for i, line in enumerate(listed) if line == "  - L'attestation R 408 (travail en hauteur)")
    item = listed[at + 1:next(i for i in range(at + 1, len(listed)) if not listed[i].startswith("    "))]
    assert [line.strip() for line in item if line.strip().startswith("Notice de l'académie — ")] == ["Notice de l'académie — " + " ; ".join(tables)]


@pytest.mark.parametrize("answers, tables", [
    ({"situation": "repeater"}, [REPEATER]),
    ({}, [DISTANCE, EXPERIENCE, REPEATER]),
])
def test_the_r408_line_still_undecided_names_the_candidate_s_own_table_too(aix, answers, tables):
    """Before the specialty is answered, the R 408 line waits among the pieces that still depend on an answer: its source
    names the candidate's own table(s) as once listed (engine._own_tables narrows both; review68: narrowing only the
    listed pieces passed every test)."""
    ruleset, _ = aix
    result = engine.evaluate(ruleset, {"department": "13", **answers})
    (r408,) = [d for d in result["undecided"] if d["id"] == "r408"]
    assert r408["provenance"]["section"] == " ; ".join(tables)
