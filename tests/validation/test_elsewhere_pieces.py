"""A situation the notice sends to another procedure (who: how: elsewhere) gets no piece of its list: the page says so
under its table (« Autre démarche » : la notice ne donne pas de liste de pièces pour ces situations, who.elsewhere_note)
and the checklist to those candidates (standing.elsewhere_text). validate refuses a piece whose when: names that
situation (checks.check_no_pieces_elsewhere; the message itself: tests/validation/invalid/450_…). Hand-written on the
valid base fixture: what does not name it passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from validation_support import build_root, validate_in_process

FILE = "academies/fixture/2024.yaml"
REPEATER = """  - situation: repeater
    how: individual
    label: Candidats ayant présenté l'examen à une session précédente
    detail: Inscription sur CYCLADES."""
ELSEWHERE = REPEATER.replace("how: individual", "how: elsewhere").replace("Inscription sur CYCLADES.", "Inscription auprès du service des examens.")
BENEFITS_WHEN = """    when:
      any:
        - {has_benefits: "yes"}
        - {situation: repeater}
      not: {route: apprenti}"""


def _validate(tmp_path: Path, *edits: tuple[str, str]):
    root = build_root(tmp_path)
    path = root / FILE
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return validate_in_process(root)


MESSAGE = "que who: range parmi celles qui suivent une autre démarche"


@pytest.mark.parametrize("when, refused", [
    (BENEFITS_WHEN, True),  # (the base's own: « any: … situation: repeater »)
    ("    when: {situation: [repeater, in_person]}", True),
    ("    when: {not: {situation: repeater}}", False),  # every candidate but them
    ("    when: {has_benefits: \"yes\"}", False),  # no situation named: the list's candidates
    ("", False),  # no when: asked of every candidate the list is for
])
def test_a_piece_naming_a_situation_sent_elsewhere_is_refused(tmp_path, when, refused):
    run = _validate(tmp_path, (REPEATER, ELSEWHERE), (BENEFITS_WHEN, when))
    said = [h for h in run.headlines() if MESSAGE in h]
    assert bool(said) == refused, run.output
    if refused:
        assert said[0].startswith(f"{FILE}:") and "documents[3].when" in said[0] and "« repeater »" in said[0], said
        assert "how: individual" in said[0] and "retirer repeater de when:" in said[0], said
    else:
        assert run.code == 0, run.output


def test_a_situation_some_of_whose_candidates_register_on_cyclades_may_be_given_pieces(tmp_path):
    """Repeaters of one route sent elsewhere, the others registering themselves: a piece for repeaters is theirs."""
    both = ELSEWHERE.replace("    detail:", "    routes: [apprenti]\n    detail:") + "\n" + REPEATER
    run = _validate(tmp_path, (REPEATER, both))
    assert not [h for h in run.headlines() if MESSAGE in h], run.output
    assert run.code == 0, run.output


def test_the_base_with_its_repeaters_registering_themselves_passes(tmp_path):
    run = _validate(tmp_path)
    assert run.code == 0 and not [h for h in run.headlines() if MESSAGE in h], run.output
