"""A notice's own wrong weekday is kept in its source note and corrected where the guide uses its words.

The staff guide says so (« Un jour de la semaine qui ne correspond pas à la date »): ``words:`` of a deadline writes the
right weekday, and ``source_notes:`` quotes the notice's words as they are. A staff walk (stop 47 M1) found both
refused: nowhere could the notice's words be kept.
"""

from __future__ import annotations

from validation_support import build_root, run_validate

NOTICE = "AU PLUS TARD LE MARDI 22 NOVEMBRE 2023, DELAI DE RIGUEUR"  # (22 November 2023 was a Wednesday)


def _with_note(tmp_path, words: str, note: str):
    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    words: DELAI DE RIGUEUR\n    note: Date retenue telle quelle.\n"
    assert old in text
    path.write_text(text.replace(old, f'    words: "{words}"\n    note: "{note}"\n'), encoding="utf-8")
    return run_validate(root)


def test_a_source_note_quotes_the_notice_s_wrong_weekday(tmp_path):
    run = _with_note(tmp_path, NOTICE, "La notice écrit « mardi 22 novembre 2023 » ; le guide écrit « mercredi », le jour de cette date.")
    assert run.code == 0 and "mardi" not in run.output.lower(), run.output


def test_the_guide_s_own_words_in_the_note_are_still_checked(tmp_path):
    run = _with_note(tmp_path, NOTICE, "Le guide retient le mardi 22 novembre 2023.")
    assert run.code == 1 and "source_notes[0].note: « mardi 22 novembre 2023 » : le 22 novembre 2023 est un mercredi" in run.output, run.output
    assert "citer ses mots sous source_notes" not in run.output  # (the guide's words: its own to correct)
    assert "(pour citer le jour faux de la notice, l'écrire entre « »)" in run.output


def test_a_wrong_weekday_on_a_later_line_of_a_block_text_is_pointed_at_its_own_line(tmp_path):
    """A staff walk (stop 49 L1): a wrong weekday on the second line of a dates_note: >- block was pointed at the first
    line, where the same weekday word stands before a right date. The date's own line and column are given; the same
    wrong date quoted twice is pointed at its first quote."""
    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  closing: 2023-11-15 17:00\n"
    assert old in text
    block = ("  dates_note: >-\n"
             "    Du mercredi 11 octobre 2023 à 14h00 au\n"
             "    mercredi 16 novembre 2023 à 17h00 (le mercredi\n"
             "    16 novembre 2023 au soir).\n")
    path.write_text(text.replace(old, old + block, 1), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 4  # (the block's second line of text: closing, dates_note, its first line, then it)
    run = run_validate(root)
    assert run.code == 1, run.output
    said = [l for l in run.output.splitlines() if "session.dates_note:" in l]
    assert said == [f"academies/fixture/2024.yaml:{line}:5: session.dates_note: « mercredi 16 novembre 2023 » : le 16 novembre "
                    "2023 est un jeudi, pas un mercredi (cité 2 fois dans ce texte) ; corriger le jour ou la date (si la notice "
                    "écrit bien ce jour : écrire ici le jour juste, et citer ses mots sous source_notes:)"], run.output
