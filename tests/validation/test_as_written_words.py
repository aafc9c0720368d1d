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
from validation_support import build_root
from validation_support import validate_here as run_validate  # (in this process: speedtests61)

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


# staffwalk60 L (fixstaff62 item 1): the 2024 file's words: left from last year's notice while as_written: was updated.
# The message asked to copy « ces mots » (the old words) into as_written:; it now says words: is the one to replace.
STALE_WORDS = "AU PLUS TARD LE MARDI 22 NOVEMBRE 2022, DELAI DE RIGUEUR"


def _with_words_and_as_written(tmp_path, words: str, as_written: str):
    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = f"    words: {WORDS}\n"
    assert old in text
    path.write_text(text.replace(old, f"    words: {words}\n    as_written: \"{as_written}\"\n"), encoding="utf-8")
    return run_validate(root)


def test_words_left_from_the_previous_notice_are_named_as_the_thing_to_replace(tmp_path):
    run = _with_words_and_as_written(tmp_path, STALE_WORDS, "AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023")
    assert run.code == 1, run.output
    (line,) = [h for h in run.headlines() if ".as_written:" in h]
    assert "words: écrit « MARDI » et « 2022 » où as_written: écrit « MERCREDI » et « 2023 »" in line, line
    assert "2022 est hors de l'année de la session 2024 (du 1er septembre 2023 au 31 août 2024)" in line, line
    assert "words: est-il resté de la notice précédente ?" in line, line
    # the fix named is words:'s, not a copy of the old words into as_written:
    assert "recopier dans words: (ligne 16) les mots de la notice de cette session" in line, line
    assert "recopier ces mots comme la notice les écrit" not in line, line


def test_as_written_left_from_the_previous_notice_is_given_the_words_to_write(tmp_path):
    run = _with_words_and_as_written(tmp_path, WORDS, "AU PLUS TARD LE MARDI 22 NOVEMBRE 2022")
    assert run.code == 1, run.output
    (line,) = [h for h in run.headlines() if ".as_written:" in h]
    assert "as_written: est-il resté de la notice précédente ?" in line, line
    assert "écrire as_written: AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023" in line, line


def test_numbers_that_differ_within_the_session_s_year_leave_both_to_check(tmp_path):
    run = _with_words_and_as_written(tmp_path, WORDS, "AU PLUS TARD LE […] 21 NOVEMBRE 2023")
    assert run.code == 1, run.output
    (line,) = [h for h in run.headlines() if ".as_written:" in h]
    assert "words: écrit « 22 » où as_written: écrit « 21 »" in line, line
    assert "corriger celui des deux qui ne suit pas la notice de cette session" in line, line


def test_years_that_differ_both_within_the_session_s_year_name_neither_as_left_over(tmp_path):
    """review86 (mutation of fixstaff62 item 1, « and not in_words & window » dropped, passed every test): 2023 in words:,
    2024 in as_written:, both in the 2024 session's year: neither is said left from the previous notice."""
    run = _with_words_and_as_written(tmp_path, WORDS, "AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2024")
    (line,) = [h for h in run.headlines() if ".as_written:" in h and "ne se trouve pas tel quel" in h]
    assert "words: écrit « 2023 » où as_written: écrit « 2024 »" in line, line
    assert "corriger celui des deux qui ne suit pas la notice de cette session" in line, line
    assert "resté de la notice précédente" not in line, line


def test_a_piece_of_as_written_left_from_the_previous_notice_is_replaced_in_it_the_others_kept(tmp_path):
    """review86: as_written: « AU PLUS TARD LE […] 22 NOVEMBRE 2022 », its second piece last year's, was told « écrire
    as_written: 22 NOVEMBRE 2023 », which dropped « AU PLUS TARD LE […] ». That piece is to replace, the others kept."""
    run = _with_words_and_as_written(tmp_path, WORDS, "AU PLUS TARD LE […] 22 NOVEMBRE 2022")
    (line,) = [h for h in run.headlines() if ".as_written:" in h and "ne se trouve pas tel quel" in h]
    assert ("as_written: est-il resté de la notice précédente ? remplacer dans as_written: « 22 NOVEMBRE 2022 » par "
            "« 22 NOVEMBRE 2023 », ses autres passages gardés") in line, line
    assert "écrire as_written:" not in line, line


def test_the_as_written_to_write_is_given_as_yaml_that_reads_back(tmp_path):
    """review86: « écrire as_written: DATE LIMITE : … » pasted as it was is not YAML (« : » inside); given between
    quotes, and once written validate has nothing more to say of it."""
    words = '"DATE LIMITE : MERCREDI 22 NOVEMBRE 2023"'
    run = _with_words_and_as_written(tmp_path, words, "DATE LIMITE : MERCREDI 22 NOVEMBRE 2022")
    (line,) = [h for h in run.headlines() if ".as_written:" in h and "ne se trouve pas tel quel" in h]
    told = 'écrire as_written: "DATE LIMITE : MERCREDI 22 NOVEMBRE 2023" (les mots de words:'
    assert told in line, line
    path = tmp_path / "root" / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = '    as_written: "DATE LIMITE : MERCREDI 22 NOVEMBRE 2022"\n'
    assert old in text
    path.write_text(text.replace(old, '    as_written: "DATE LIMITE : MERCREDI 22 NOVEMBRE 2023"\n'), encoding="utf-8")
    again = run_validate(tmp_path / "root")
    assert not [h for h in again.headlines() if ".as_written:" in h or ".words:" in h], again.output


def test_words_left_from_the_previous_notice_reworded_since_are_named_as_the_thing_to_replace(tmp_path):
    """review86 M: the new notice reworded its sentence as well as its year (« AU PLUS TARD LE MERCREDI 22 NOVEMBRE
    2023 » in as_written:, words: still last year's « DATE LIMITE : MARDI 22 NOVEMBRE 2022 ») was told « recopier ces
    mots comme la notice les écrit », the old words into as_written:. words: is named as the one to replace."""
    run = _with_words_and_as_written(tmp_path, '"DATE LIMITE : MARDI 22 NOVEMBRE 2022"', "AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023")
    (line,) = [h for h in run.headlines() if ".as_written:" in h and "ne se trouve pas tel quel" in h]
    assert ("words: écrit 2022, hors de l'année de la session 2024 (du 1er septembre 2023 au 31 août 2024), où as_written: "
            "écrit 2023 ; words: est-il resté de la notice précédente ? recopier dans words: (ligne 16)") in line, line
    assert "recopier ces mots comme la notice les écrit" not in line, line
