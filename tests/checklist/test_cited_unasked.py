"""A national piece the notice asks in other cases only, while it cites the piece's text itself (phone53 L2):
Clermont-Ferrand 2024 quotes the loi n° 97-1019 (§ 8) but asks the JDC certificate « entre 18 et 25 ans » only; for a
French candidate under 18 the national piece's source line said « non mentionnée par la notice de l'académie », false
next to the notice's § 8. It now says « non demandée dans ce cas par la notice de l'académie, qui cite ce texte », the
same on the notice page's row (and the PDF annex, the same rows), the command line, the page's answer and the ruleset
checklist.js reads (documentSource: ``cited_unasked``). A piece whose text the notice does not cite (Toulouse's R408
attestation for FAB: the arrêté is Clermont-Ferrand's citation) keeps « non mentionnée par la notice »."""

from __future__ import annotations

import pytest

from generator.checklist import engine
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_view
from generator.checklist.text import render
from generator.merge import build_notices
from generator.site.document_view import document_rows
from project_support import FROZEN, REAL, valid_project

CITED = "non demandée dans ce cas par la notice de l'académie, qui cite ce texte"
SILENT = "non mentionnée par la notice de l'académie"


def _plain(words: str) -> str:
    return " ".join(words.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_a_piece_the_notice_cites_but_does_not_ask_here_is_said_so(root):
    project = valid_project(root)
    checklist = project.content.checklist
    notices = {(n.slug, n.year): n for n in build_notices(project)}
    notice = notices[("clermont-ferrand", 2024)]
    ruleset = compile_ruleset(notice, checklist)
    result = engine.evaluate(ruleset, {"situation": "repeater", "nationality": "french", "birth_date": "2006-01-01"})
    [jdc] = [d for d in result["documents"] if d["id"] == "jdc_certificate"]
    assert jdc["cited_unasked"] is True and jdc["notice_silent"]
    cli = _plain(render(ruleset, result, notice.texts))
    assert CITED in cli and SILENT not in cli, cli
    view = checklist_view(notice, checklist)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    [shown] = [d for d in answer.documents if d.id == "jdc_certificate"]
    assert CITED in _plain(shown.source) and SILENT not in _plain(shown.source), shown.source
    [row] = [r for r in document_rows(notice, notice.documents) if r.id == "jdc_certificate"]
    assert CITED in _plain(row.provenance) and SILENT not in _plain(row.provenance), row.provenance


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_every_silent_national_piece_says_whether_the_notice_cites_its_text(root):
    """Over every session: a national piece beyond the notice's list says « qui cite ce texte » exactly when the
    notice cites its text itself, else « non mentionnée par la notice » (the page's rows; the ruleset's flag)."""
    project = valid_project(root)
    checklist = project.content.checklist
    seen = {True: 0, False: 0}
    for notice in build_notices(project):
        ruleset = {d["id"]: d for d in compile_ruleset(notice, checklist)["documents"]}
        rows = {r.id: r for r in document_rows(notice, notice.documents)}
        for doc in notice.documents:
            if not (doc.national and doc.notice_silent) or doc.id not in rows or not rows[doc.id].provenance:
                continue
            own = doc.partly_covered and all(
                any((c.academy, c.session) == (notice.slug, notice.year) for c in t.cited_by) for t in doc.provenance.texts)
            words = _plain(rows[doc.id].provenance)
            assert (CITED in words) == own and (SILENT in words) == (not own), (notice.slug, notice.year, doc.id, words)
            assert ruleset[doc.id].get("cited_unasked", False) == own, (notice.slug, notice.year, doc.id)
            seen[own] += 1
    assert seen[True] and seen[False], seen
