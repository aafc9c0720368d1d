"""A piece's detail that opens with « […] » standing for its label reads as the notice's line whole (lines76).

The real Clermont-Ferrand 2024 writes its first « maintenance des systèmes » attestation's detail as the rest of the
notice's line after the piece (seed 003 l.283-284: « […] et attestation de formation à la protection … (options A, B, C
et D) »; the second piece, named in the middle of that line, gives the line whole: `quotes` checks that label and rest
are the notice's line), Toulouse 2024 its R408
attestation's (academies/toulouse/2024.yaml l.450: « […] obligatoire pour les spécialités suivantes : … ») and
Aix-Marseille 2023 its own (l.303: « […] pour les BTS suivants : … »), as who: details write theirs (trust68 L1). At 360
px, under the notice page's « Pour qui » and the checklist's « Pourquoi », the « […] » stood for a label read lines above:
the detail read as a fragment. Now the web page's « Précisions », the checklist's piece (its answer, checklist.js, which
shows the engine's detail, and the command line) say the line whole: the label, then the rest, without the cut, which
left nothing out (document_view.beside_its_item, used by both). A label of the guide's (label_by_guide) keeps the cut:
it does not stand for the guide's words.

On the frozen project (tests/fixtures/project), whose Clermont-Ferrand 2024 attestation is given a detail of that form
here (its frozen detail is an earlier encoding): the mechanism, not the notice's reading (the detail given, after this
piece's label, is not the notice's line; `quotes` would say so of a session file, tests/staff/test_quotes.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re

from generator.checklist import engine, text
from generator.checklist.compile import compile_ruleset
from generator.site import pages
from generator.site.document_view import beside_its_item

REST = "pour tous les candidats (options A, B, C et D)"
ANSWERS = {"department": "63", "situation": "distance", "specialty": "maintenance_systemes"}


def _flat(words: str) -> str:
    return " ".join(html.unescape(re.sub(r"\\(.)", r"\1", words)).replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


def _given(notice, **changes):
    documents = tuple(dataclasses.replace(d, detail="[…] " + REST, **changes) if d.id == "ms_risque_electrique" else d for d in notice.documents)
    return dataclasses.replace(notice, documents=documents)


def test_a_detail_opening_with_a_cut_for_its_label_is_said_with_the_label(frozen_project, frozen_by_key):
    notice = _given(frozen_by_key["clermont-ferrand", 2024])
    [doc] = [d for d in notice.documents if d.id == "ms_risque_electrique"]
    whole = _flat(f"{doc.label} {REST}")
    # the notice page: its row's « Précisions »
    page = pages.notice_page(notice, dt.date(2023, 10, 1))
    cells = [m.group(1) for m in re.finditer(r'data-label="Précisions"[^>]*>(.*?)</td>', page) if REST in _flat(m.group(1))]
    assert cells and all(_flat(details).startswith(whole) and "[…]" not in details for details in cells), cells
    # the checklist: the engine's piece (its answer, checklist.js and the command line show it as it is)
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    result = engine.evaluate(ruleset, ANSWERS)
    [piece] = [d for d in result["documents"] if d["id"] == doc.id]
    assert _flat(piece["detail"]) == whole, piece
    listed = [_flat(line) for line in text.render(ruleset, result, notice.texts).splitlines()]
    assert whole in listed, listed


def test_a_label_of_the_guide_s_keeps_the_cut_and_other_details_are_as_written():
    assert beside_its_item("[…] pour tous", "Attestation") == "Attestation pour tous"
    assert beside_its_item("[...] pour tous", "Attestation  de   formation") == "Attestation de formation pour tous"
    assert beside_its_item("[…] pour tous", None) == "[…] pour tous"
    assert beside_its_item("Pour tous […] les candidats", "Attestation") == "Pour tous […] les candidats"
    # (a footnote's mark first, as before: then the rest as written)
    assert beside_its_item("\\* Le téléversement vaut confirmation", "Certificat") == "Le téléversement vaut confirmation"


def test_the_checklist_keeps_the_cut_under_a_label_of_the_guide_s(frozen_project, frozen_by_key):
    notice = _given(frozen_by_key["clermont-ferrand", 2024], label_by_guide=True)
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    [piece] = [d for d in engine.evaluate(ruleset, ANSWERS)["documents"] if d["id"] == "ms_risque_electrique"]
    assert piece["detail"] == "[…] " + REST, piece
