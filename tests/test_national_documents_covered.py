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
