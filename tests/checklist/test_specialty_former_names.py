"""A specialty renamed since (content/specialties.yaml ``former_names``) is offered with its former names, so a
candidate of a session whose notice still writes them finds theirs: the page's form (checklist.html.j2, first paint;
checklist.js does not rebuild the options) and the command line's list of allowed values say the same.

Hand-written on the frozen project's Aix-Marseille 2023 (its R408 list writes « CM (Constructions métalliques) » and
« EEC (Etude et économie de la construction) » for today's AM-CR and MEC); the property on real data."""

from __future__ import annotations

import html
import re

import pytest

from project_support import FROZEN, REAL
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_page
from generator.checklist.text import render_questions
from generator.french import typography
from generator.merge import build_notices
from generator.pipeline import load_and_check


def _notices(root, academy=None):
    project, problems = load_and_check(root, [root / "academies" / academy] if academy else None)
    assert not problems, problems.report()
    return project, build_notices(project)


def _options(body: str) -> dict[str, str]:
    """The specialty question's options: id → label as shown (entities read)."""
    select = re.search(r'<select name="specialty".*?</select>', body, re.S).group(0)
    return {sid: html.unescape(label) for sid, label in re.findall(r'<option value="(\w+)">(.*?)</option>', select)}


@pytest.fixture(scope="module")
def frozen():
    project, notices = _notices(FROZEN, "aix-marseille")
    return project, next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)


def test_the_form_offers_the_former_names_of_the_notice(frozen):
    project, notice = frozen
    options = _options(checklist_page(notice, project.content.checklist))
    assert options["mec"] == "Management économique de la construction (MEC) – anciennement Études et économie de la construction (EEC)"
    assert options["amcr"] == typography("Architectures en métal : conception et réalisation (AM-CR) – anciennement Constructions métalliques (CM)")
    # a specialty never renamed: its name and abbreviation only
    assert options["batiment"] == "Bâtiment"
    assert options["scbh"] == "Systèmes constructifs bois et habitat (SCBH)"


def test_the_command_line_lists_the_former_names_under_the_ids(frozen):
    """The ids are listed alone, as a command line types them; each renamed specialty then has a line of its own, its id
    and the form's option (staff73: glued to its id in the list, « amcr – anciennement Constructions métalliques (CM),
    assurance, … », the former name read as the id's, its commas among the ids')."""
    project, notice = frozen
    ruleset = compile_ruleset(notice, project.content.checklist)
    listing = render_questions(ruleset, engine.allowed_values, project.content.interface).splitlines()
    at = next(i for i, line in enumerate(listing) if line.strip().startswith("identifiant de spécialité"))
    ids = re.split(r"\s:\s", listing[at], maxsplit=1)[1].split(", ")
    assert {"mec", "amcr", "batiment"} <= set(ids) and all(re.fullmatch(r"\w+", sid) for sid in ids), listing[at]
    options = _options(checklist_page(notice, project.content.checklist))
    renamed = []
    for line in listing[at + 1:]:
        if not line.startswith("      ") or " — " not in line:
            break
        renamed.append(typography(line))  # (as the command line prints it)
    assert f"      amcr — {options['amcr']}" in renamed and f"      mec — {options['mec']}" in renamed, renamed
    assert all("anciennement" in line for line in renamed) and len(renamed) == sum(
        bool(s["former_names"]) for s in ruleset["specialties"].values()), renamed


def test_every_former_name_is_in_its_option_on_real_data():
    project, notices = _notices(REAL)
    for notice in notices:
        options = _options(checklist_page(notice, project.content.checklist))
        for sid, specialty in notice.specialties.items():
            label = options[sid]
            assert label.startswith(typography(specialty.name)), (notice.slug, notice.year, sid, label)
            for former in specialty.former_names:
                assert typography(former) in label, (notice.slug, notice.year, sid, label)
            assert ("anciennement" in label) == bool(specialty.former_names), (notice.slug, notice.year, sid, label)
