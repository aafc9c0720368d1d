"""The age's reference date chosen by the guide (``age_reference_by_guide: true``, the notice gives none) is said to
be the guide's on the notice page and in its PDF's annex, and its note carries « Note du guide : », as the checklist
already says it (« date retenue par le guide pour l'âge … : la notice ne la donne pas »). On the frozen project's
Clermont-Ferrand 2024 (the guide's date) and an edited copy where the notice would give the date.

A review (trust68 M1) read « Date de référence pour l'âge (journée défense et citoyenneté) : jeudi 12 octobre 2023. »
and the guide's reasoning after it, unmarked, just under « Ce que la notice dit de ces dates » on Clermont-Ferrand's
page: the guide's choice read as the notice's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.merge import build_notices
from generator.site import pages
from project_support import FROZEN, valid_project

TODAY = dt.date(2023, 10, 1)


def _plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").replace("\\", "").replace("**", "").split())


@pytest.fixture(scope="module")
def clermont():
    notice, = (n for n in build_notices(valid_project(FROZEN)) if (n.slug, n.year) == ("clermont-ferrand", 2024))
    assert notice.session.session.age_reference_by_guide and notice.session.session.age_reference_note
    return notice


def _age_lines(page: str) -> tuple[str, str]:
    """The age's line and the paragraph after it, as read."""
    start = page.index("Date de référence pour l")
    line, _, rest = page[start:].partition("\n\n")
    return _plain(line), _plain(rest.partition("\n\n")[0])


def test_the_guides_age_date_is_said_to_be_the_guides_with_its_note_labelled(clermont):
    line, note = _age_lines(pages.notice_page(clermont, TODAY))
    assert "date retenue par le guide (la notice n'en donne pas)" in line, line
    assert note.startswith("Note du guide : la notice"), note[:120]


def test_a_date_the_notice_gives_is_not_said_to_be_the_guides(clermont):
    info = dataclasses.replace(clermont.session.session, age_reference_by_guide=False)
    notice = dataclasses.replace(clermont, session=dataclasses.replace(clermont.session, session=info))
    line, note = _age_lines(pages.notice_page(notice, TODAY))
    assert "retenue par le guide" not in line, line
    assert not note.startswith("Note du guide"), note[:120]


def test_the_pdf_annex_says_the_age_date_is_the_guides_as_the_page_does(clermont):
    """The PDF's annex (guide_annex.md.j2, under « Les dates de la notice, lues par le guide ») says it as the page
    does: the module's docstring promised it, only the page was read (review68a)."""
    from generator.site.annex_view import annex_view
    from generator.site.templating import render_markdown

    annex = render_markdown(pages.MARKDOWN, "guide_annex.md.j2", clermont.texts, annex=annex_view(clermont, TODAY))
    line, note = _age_lines(annex)
    assert "date retenue par le guide (la notice n'en donne pas)" in line, line
    assert note.startswith("Note du guide : la notice"), note[:120]
