"""Where the notice has the pieces deposited, said at the head of the page's « Pièces justificatives » from the session
file (``documents_deposit:``, with where the notice says so), « non précisé par la notice » when the file does not say:
never CYCLADES by default. On the frozen project (its five notices: CYCLADES, each with its passage) and edited copies
of one of its notices.

A review (trust67 F7) read « Les pièces se déposent sur CYCLADES. » on every notice page, true of the five seeds but
carried by no data: a notice taking its pieces by post would have been told otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.merge import build_notices
from generator.model.session import DocumentsDeposit
from generator.model.values import NOT_GIVEN
from generator.site import pages
from project_support import FROZEN, valid_project

TODAY = dt.date(2023, 10, 1)


@pytest.fixture(scope="module")
def notices():
    return {(n.slug, n.year): n for n in build_notices(valid_project(FROZEN))}


def _documents_part(notice) -> str:
    """The page's « Pièces justificatives », up to its first table, its words as read."""
    page = pages.notice_page(notice, TODAY)
    start = page.index("## " + notice.texts.text("documents.title"))
    part = page[start:page.index("\n## ", start + 1)]
    return " ".join(part.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").replace("\\", "").split())


def _plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").split())


def _with(notice, deposit):
    return dataclasses.replace(notice, session=dataclasses.replace(notice.session, documents_deposit=deposit))


def test_each_frozen_notice_says_where_its_pieces_go_and_where_it_says_so(notices):
    sections = {
        ("nantes", 2024): "II- Inscription définitive",
        ("aix-marseille", 2023): "Comment s'inscrire ?",
        ("clermont-ferrand", 2024): "Confirmation et validation de l'inscription",
        ("nantes", 2026): "BTS session 2026 - Liste des pièces justificatives",
        ("toulouse", 2024): "II-③ Confirmation de l'inscription et téléversement des pièces justificatives",
    }
    assert set(sections) == set(notices)
    for key, section in sections.items():
        t = notices[key].texts
        part = _documents_part(notices[key])
        assert _plain(t.text("documents.deposit_cyclades", section=section)) in part, (key, part[:300])
        assert _plain(t.text("documents.deposit_unsaid")) not in part, key


@pytest.mark.parametrize("deposit", [None, NOT_GIVEN], ids=["absent", "non précisé"])
def test_a_notice_whose_file_does_not_say_where_pieces_go_is_said_so_never_cyclades(notices, deposit):
    notice = _with(notices["nantes", 2024], deposit)
    part = _documents_part(notice)
    assert _plain(notice.texts.text("documents.deposit_unsaid")) in part, part[:300]
    assert "CYCLADES" not in part.split(_plain(notice.texts.text("documents.deposit_unsaid")))[0], part[:300]
    assert "se déposent sur CYCLADES" not in part, part[:300]


def test_a_notice_taking_pieces_by_post_is_said_so_its_untitled_passage_too(notices):
    notice = _with(notices["nantes", 2024], DocumentsDeposit(channel="postal", section=NOT_GIVEN))
    part = _documents_part(notice)
    t = notice.texts
    assert _plain(t.text("documents.deposit_postal", section=t.text("documents.deposit_untitled"))) in part, part[:300]
    assert "se déposent sur CYCLADES" not in part, part[:300]
