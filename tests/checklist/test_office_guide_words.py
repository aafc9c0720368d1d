"""What academy.yaml says of an office (its exam office, positioning office, VAE service: ``role:`` and ``note:``) is
the guide's sentences, the same for every session (the staff guide: « role: est une phrase du guide » ; the notice's
PDF leaves them out). Shown in the « Contacts » block that ends « Notice de l'académie — … », they are said as the
guide's, « Note du guide : … », by the notice page, the checklist's ruleset (its page and checklist.js read it) and the
command line alike (seed73a: Toulouse's « À contacter le plus tôt possible … pendant les inscriptions sans attendre
leur clôture. » and « Courriel à privilégier. Vous pouvez aussi écrire … » read as the words of its notice, seed 000
l.89-91, annex 3). A session's own office is shown as its file writes it (its notice's words there: real Nantes 2026's
« En cas de difficultés lors de l'inscription, … »)."""

from __future__ import annotations

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.merge import build_notices
from generator.model.session import offices as session_offices
from generator.model.values import given
from generator.site import pages
from generator.site.words import guide_note
from project_support import FIXED_TODAY, FROZEN, REAL, unwrapped, valid_project


def _plain(words: str) -> str:
    import html

    words = html.unescape(unwrapped(words)).replace("\\[", "[").replace("\\]", "]")
    return " ".join(words.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())


def _contacts_part(notice) -> str:
    page = pages.notice_page(notice, FIXED_TODAY)
    return page.split(f"\n## {notice.texts.text('contacts.title')}\n", 1)[1].split("\n## ", 1)[0]


def _office_block(part: str, name: str) -> str:
    """The office's own block of the « Contacts » part: from its « ### » heading to the next heading (what another
    contact of the session says, possibly the same sentence in its notice's words, is not counted there)."""
    blocks = [block for block in part.split("\n### ") if _plain(block.split("\n", 1)[0].lstrip("# ")) == _plain(name)]
    assert len(blocks) == 1, (name, len(blocks))
    return _plain(blocks[0])


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_an_academy_office_s_role_and_note_are_said_as_the_guide_s_everywhere(root):
    project = valid_project(root)
    said = 0
    for notice in build_notices(project):
        academy, s = notice.academy, notice.session
        shown = session_offices(academy, s)
        ours = [o for o in (given(academy.exam_office), given(academy.positioning_office), given(academy.vae_office))
                if o is not None and any(o is x for x in shown)]
        if not ours:
            continue
        part = _plain(_contacts_part(notice))
        ruleset = compile_ruleset(notice, project.content.checklist)
        offices = [ruleset["contacts"]["exam_office"], *ruleset["contacts"]["situations"].values()]
        text = _plain(render(ruleset, engine.evaluate(ruleset, {}), notice.texts))
        for office in ours:
            for field in ("role", "note"):
                words = getattr(office, field)
                if not words:
                    continue
                said += 1
                expected = _plain(guide_note(notice, " ".join(words.split())))
                assert expected in part, (notice.slug, notice.year, field, expected)
                # (never the same words bare, as if the notice's: each time its block shows them, the guide's mark before them)
                block = _office_block(_contacts_part(notice), office.name)
                assert block.count(_plain(words)[1:]) == block.count(expected) > 0, (notice.slug, notice.year, field)  # (its first letter lowered)
                in_ruleset = [o for o in offices if o is not None and o["name"] == office.name]
                assert in_ruleset and all(_plain(o[field]) == expected for o in in_ruleset), (notice.slug, notice.year, field)
                if office is given(academy.exam_office) and not (field == "role" and office.role_for_registered):
                    assert expected in text, (notice.slug, notice.year, field)
    # (the frozen data has them, Toulouse's exam office; real data may, validly, have none)
    assert said or root == REAL, "no academy.yaml office of the frozen data has a role or a note: the test tests nothing"


def test_toulouse_s_exam_office_words_are_the_guide_s_and_a_session_s_own_office_keeps_its_notice_s_words():
    project = valid_project(FROZEN)
    notices = {(n.slug, n.year): n for n in build_notices(project)}
    toulouse = notices[("toulouse", 2024)]
    part = _plain(_contacts_part(toulouse))
    assert "Note du guide : à contacter le plus tôt possible en cas d'interrogation ou de difficultés" in part, part
    assert "Note du guide : courriel à privilégier." in part, part
    # a session's own contact (Nantes 2026's DEC 4-1 office, its session file's contacts:): as its file writes it
    nantes = notices[("nantes", 2026)]
    ruleset = compile_ruleset(nantes, project.content.checklist)
    contact = nantes.session.contacts[0]
    said = next(o for o in ruleset["contacts"]["others"] if o["name"] == contact.name)
    assert said["role"] == contact.role and "Note du guide" not in said["role"], said
