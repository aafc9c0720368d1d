"""A national document a notice item covers (``covers:``) is left out when the item asks for it whenever the national
text does: also when their conditions read the birth date. A staff member who wrote the JDC item of their notice
with the national document's own ages (« nationality: french, national_age_band: [under_25, turns_25] ») saw the
national one too, under « Pièces exigées par un texte national, en plus de la liste de la notice », its « Pour qui »
contradicting itself, and the checklist listed the JDC twice before the answers (staff walk, stop 33): the birth date
stayed unanswered when the merge tried every situation, so « under 25 and not under 25 » was unknown, never false.
The frozen project (tests/README.md), edited in a copy."""

from __future__ import annotations

from pathlib import Path

from project_support import FROZEN, data_root, notices_of

OWN_AGES = "      nationality: french\n      age_band: from_18_to_24\n"


def _clermont_with(tmp_path: Path, when: str):
    root = data_root(tmp_path)
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(OWN_AGES) == 1
    path.write_text(text.replace(OWN_AGES, when), encoding="utf-8")
    return next(n for n in notices_of(root) if n.slug == "clermont-ferrand" and n.year == 2024)


def _jdc(notice) -> list[str]:
    return [d.id for d in notice.documents if d.id == "jdc" or d.national == "jdc_certificate"]


def test_an_item_asking_the_jdc_at_the_national_ages_leaves_the_national_document_out(tmp_path):
    notice = _clermont_with(tmp_path / "same", "      nationality: french\n      national_age_band: [under_25, turns_25]\n")
    assert _jdc(notice) == ["jdc"]


def test_an_item_asking_it_at_some_of_those_ages_only_keeps_the_national_document_for_the_others(tmp_path):
    # the frozen file as it is (the notice's 18 to 24 at the reference date): the national one stays, for the others
    assert _jdc(next(n for n in notices_of(FROZEN) if n.slug == "clermont-ferrand" and n.year == 2024)) == ["jdc", "jdc_certificate"]
    notice = _clermont_with(tmp_path / "under", "      nationality: french\n      national_age_band: under_25\n")
    assert _jdc(notice) == ["jdc", "jdc_certificate"]  # turning 25 during registration: the national text still asks


TURNING_25 = "Si vous atteignez 25 ans pendant la période d'inscription"


def _national_jdc_detail(notice) -> str:
    return next(d.detail for d in notice.documents if d.national == "jdc_certificate")


def test_the_national_row_left_to_the_under_18s_says_nothing_of_turning_25(tmp_path):
    # a notice that asks the JDC itself of everyone from 18 to 25 (Clermont-Ferrand 2024, read at the opening): the
    # national row is left for the under-18s, to whom the sentence on turning 25 during registration does not speak
    # (a review, read47 L1)
    notice = _clermont_with(tmp_path / "all", "      nationality: french\n      age_band: [from_18_to_24, aged_25]\n      national_age_band: [under_25, turns_25]\n")
    assert _jdc(notice) == ["jdc", "jdc_certificate"]
    detail = _national_jdc_detail(notice)
    assert detail.startswith("Avant 25 ans") and TURNING_25 not in detail


def test_the_national_row_keeps_the_sentence_on_turning_25_where_it_can_be_asked_of_them(tmp_path):
    # the frozen file as it is: the notice's 18 to 24 at its reference date leaves the national row to whoever
    # reaches 25 by then too
    frozen = next(n for n in notices_of(FROZEN) if n.slug == "clermont-ferrand" and n.year == 2024)
    assert TURNING_25 in _national_jdc_detail(frozen)
    notice = _clermont_with(tmp_path / "under", "      nationality: french\n      national_age_band: under_25\n")
    assert TURNING_25 in _national_jdc_detail(notice)


def _partly_covered(data):
    """(notice, national piece, the notice's items covering it) for every national piece a notice item asks for in
    some cases only, over the notices of ``data``."""
    for notice in notices_of(data):
        for doc in notice.documents:
            if doc.national and doc.partly_covered:
                items = [d for d in notice.documents if not d.national and doc.national in d.covers]
                yield notice, doc, items


def test_a_national_piece_beyond_the_notice_s_items_is_said_not_mentioned_by_it():
    """A national piece a notice item asks for in some cases only is listed for the others (its condition excludes the
    item's): for every reader of its row the notice does not ask for it, so its source line says « non mentionnée par
    la notice », on the page, in the PDF's annex and in the checklist (command line, build-time answer, checklist.js:
    the ruleset's fields), never « la liste de la notice ne la demande pas dans tous ces cas », which says it asks for
    it in some (a review, read52 M2: Toulouse 2024's national R408 attestation for FAB and MEC); « non demandée dans
    ce cas par la notice, qui cite ce texte » when the notice cites it (phone53 L2). Real notices."""
    from generator.checklist import text
    from generator.checklist.compile import compile_ruleset
    from generator.site.document_view import document_rows
    from project_support import REAL, valid_project

    content = valid_project(REAL).content.checklist
    seen = 0
    for notice, doc, items in _partly_covered(REAL):
        t = notice.texts
        # (or, when this notice cites the piece's texts itself, « non demandée dans ce cas par la notice …, qui cite ce
        # texte »: Clermont-Ferrand 2024's JDC, phone53 L2; whether it cites them, read from the texts' cited_by here)
        cited = all(any(c.academy == notice.slug and c.session == notice.year for c in x.cited_by) for x in doc.provenance.texts)
        key = ("provenance.national_silent_cited_plural" if len(doc.provenance.texts) > 1 else "provenance.national_silent_cited") \
            if cited else "provenance.national_silent"
        silent = t.text(key, texts=t.join("provenance.texts_join", notice.texts_words(doc.provenance.texts)))
        if doc.mention:
            continue  # (the notice's words on it, quoted: not silent)
        row = document_rows(notice, [doc])[0]
        assert silent in (row.provenance_dated or row.provenance or ""), (notice.slug, notice.year, doc.id)
        ruleset = compile_ruleset(notice, content)
        entry = next(d for d in ruleset["documents"] if d["id"] == doc.id)
        assert "partly_covered" not in entry  # (no other words for it: the checklist.js source reads the same fields)
        assert silent in text.document_source(entry, t), (notice.slug, notice.year, doc.id)
        seen += 1
    assert seen  # (Toulouse 2024's R408: « non mentionnée »; Clermont-Ferrand 2024's JDC: « non demandée dans ce cas »)


def test_the_notice_s_words_on_a_later_deposit_are_not_given_to_a_piece_it_does_not_ask_for():
    """The notice's words on a later deposit of its item (Toulouse 2024: « attestation R408 pour les spécialités
    concernées ») are not the national piece's, asked for only where the item is not: it keeps the documents
    deadline the guide gives it (said so), no « d'après la notice, un dépôt plus tard est possible », no « Sauf
    pour » under the « délai de rigueur »; its details say the guide's reading instead: the notice does not ask for it
    there, and whether those words cover it is unknown, with them quoted (a review, read52 M2). Real notices."""
    from generator.site.notice_view import _date_notes
    from project_support import REAL

    seen = 0
    for notice, doc, items in _partly_covered(REAL):
        assert doc.late_deposit is None, (notice.slug, notice.year, doc.id)
        except_this = notice.texts.text("dates.late_deposit", label=doc.label, late="{}").split("{}")[0]
        assert except_this not in _date_notes(notice, notice.deadline(doc.deadline)), (notice.slug, notice.year, doc.id)
        later = [d.late_deposit for d in items if d.late_deposit]
        if later:
            unasked = notice.texts.text("documents.late_deposit_unasked", words="{}", office=notice.office_reach).split("{}")
            assert doc.detail and unasked[0] in doc.detail and unasked[1] in doc.detail, (notice.slug, notice.year, doc.id)
            assert later[0].strip().rstrip(".") in doc.detail
            seen += 1
    assert seen  # (Toulouse 2024's R408)


def test_a_detail_without_its_full_stop_is_ended_before_the_guide_s_reading():
    """Review58 L10: the national piece's detail and the guide's reading of a later deposit were glued with a space,
    a detail without its final full stop reading as one sentence with the guide's. It is ended as a sentence first;
    a detail ending with its own stop keeps it alone."""
    from generator.merge import _unasked_later

    notice = next(n for n in notices_of(FROZEN) if n.slug == "toulouse" and n.year == 2024)
    said = notice.texts.text("documents.late_deposit_unasked", words="pour les spécialités concernées", office=notice.office_reach)
    assert _unasked_later("Attestation du chef de centre ", "pour les spécialités concernées.", notice.texts, notice.office_reach) == "Attestation du chef de centre. " + said
    assert _unasked_later("Attestation du chef de centre.", "pour les spécialités concernées", notice.texts, notice.office_reach) == "Attestation du chef de centre. " + said
    assert _unasked_later(None, "pour les spécialités concernées", notice.texts, notice.office_reach) == said
