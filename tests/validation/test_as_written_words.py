"""A deadline's ``as_written:`` is the notice's words for its date, verbatim, each cut marked « […] ».

The notice's PDF prints it in place of the guide's date and its annex under « Mots de la notice ». A review (read55 M2)
found Clermont-Ferrand 2024's « au plus tard à la date limite d'inscription à l'examen, le mercredi 15 novembre 2023 »
beside its words: « … à l'examen concerné, soit pour le brevet de technicien supérieur, le mercredi 15 novembre
2023 » (seed 003 l. 321–323): words of the notice cut out, unmarked. Beside ``words:``, each piece of ``as_written:``
between « […] » is among them (spaces, no-break spaces and line breaks folded). The refused case:
invalid/680_as_written_cuts_the_notice_s_words_unmarked.yaml.
"""

from __future__ import annotations

import pytest

from project_support import FROZEN, REAL
from validation_support import build_root, run_validate

WORDS = "AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023, DELAI DE RIGUEUR"  # the base's documents deadline


def _with_as_written(tmp_path, as_written: str):
    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = f"    words: {WORDS}\n"
    assert old in text
    path.write_text(text.replace(old, old + f'    as_written: "{as_written}"\n'), encoding="utf-8")
    return run_validate(root)


@pytest.mark.parametrize("as_written", [
    "AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023",  # a piece of the words
    "AU PLUS TARD LE […] 22 NOVEMBRE 2023",  # a cut, marked
    "AU PLUS TARD LE [...] 22 NOVEMBRE 2023, DELAI DE RIGUEUR",  # marked with three dots
    "AU PLUS TARD LE MERCREDI\u00a022 NOVEMBRE 2023",  # a no-break space where the words have a space
])
def test_the_notice_s_words_or_their_pieces_between_cuts_are_accepted(tmp_path, as_written):
    run = _with_as_written(tmp_path, as_written)
    assert run.code == 0 and not [h for h in run.headlines() if ".as_written:" in h], run.output


@pytest.mark.parametrize("as_written, piece", [
    ("AU PLUS TARD LE 22 NOVEMBRE 2023", "AU PLUS TARD LE 22 NOVEMBRE 2023"),  # « MERCREDI » cut, unmarked
    ("AU PLUS TARD LE […] 22 NOVEMBRE 2023, délai de rigueur", "22 NOVEMBRE 2023, délai de rigueur"),  # words changed
])
def test_words_the_notice_does_not_write_there_are_refused_naming_the_piece(tmp_path, as_written, piece):
    run = _with_as_written(tmp_path, as_written)
    assert run.code == 1, run.output
    assert f"deadlines.documents.as_written: « {piece} » ne se trouve pas tel quel dans words:" in run.output, run.output
    assert f"(« {WORDS} »)" in run.output and "en marquant « […] » chaque passage laissé de côté" in run.output


@pytest.mark.parametrize("root", [REAL, FROZEN], ids=["real", "frozen"])
def test_every_session_s_as_written_is_among_its_words(root):
    """The real sessions and the frozen seeds' encoding pass (Clermont-Ferrand 2024's aménagement now verbatim)."""
    run = run_validate(root)
    assert "as_written: «" not in run.output, run.output
