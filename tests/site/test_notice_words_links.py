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
