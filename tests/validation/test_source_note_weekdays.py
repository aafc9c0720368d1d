"""A notice's own wrong weekday is kept in its source note and corrected where the guide uses its words.

The staff guide says so (« Un jour de la semaine qui ne correspond pas à la date »): ``words:`` of a deadline writes the
right weekday, and ``source_notes:`` quotes the notice's words as they are. A staff walk (stop 47 M1) found both
refused: nowhere could the notice's words be kept.
"""

from __future__ import annotations

from validation_support import build_root
from validation_support import validate_here as run_validate  # (in this process: speedtests61)

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
    assert run.code == 1 and "source_notes[1].note: « mardi 22 novembre 2023 » : le 22 novembre 2023 est un mercredi" in run.output, run.output
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


def test_a_wrong_weekday_in_a_file_written_in_nfd_is_pointed_at_its_own_line_and_column(tmp_path):
    """A file copied from a PDF in NFD (each accent apart from its letter, « de\u0301cembre »): its texts are read in NFC
    (strict_yaml.scalar_text), the words quoted too; checks.where_quoted searched them in the raw lines and found the
    date with an accent nowhere, and fell back on the first « mercredi » of the text, a line above. Its own line now,
    and its column in the line as written (each accent counted apart, as the file's other columns are): stop 55
    fixstaff 5."""
    import unicodedata

    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  closing: 2023-11-15 17:00\n"
    block = ("  dates_note: >-\n"
             "    Ouverture le mercredi 11 octobre 2023 à 14h00 ; la clôture du\n"
             "    dépôt : mercredi 16 décembre 2023 à 17h00.\n")
    path.write_text(unicodedata.normalize("NFD", text.replace(old, old + block, 1)), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 4  # (closing, dates_note, its first line, then the date's)
    column = len(unicodedata.normalize("NFD", "    dépôt : ")) + 1
    assert column == 15  # (13 in NFC: « é » and « ô » are two characters each)
    run = run_validate(root)
    said = [l for l in run.output.splitlines() if "pas un mercredi" in l]
    assert said == [f"academies/fixture/2024.yaml:{line}:{column}: session.dates_note: « mercredi 16 décembre 2023 » : le 16 "
                    "décembre 2023 est un samedi, pas un mercredi ; corriger le jour ou la date (si la notice écrit bien ce jour : "
                    "écrire ici le jour juste, et citer ses mots sous source_notes:)"], run.output


def test_where_quoted_gives_the_column_of_the_raw_line_written_in_nfd():
    """checks.where_quoted's search, on lines in NFD: words starting with an accented letter found (« académie de
    Toulouse », the first word « académie » was nowhere in « acade\u0301mie »), the column that of the line as written,
    and a quote over two lines found on its first (stop 55 fixstaff 5)."""
    import unicodedata

    from generator.checks import where_quoted
    from generator.problems import Location, Problems

    problems = Problems()
    lines = ["  detail: >-",
             "    Élèves : s'inscrire dans l'académie de Toulouse, précisée",
             "    ou l'académie d'Aix-Marseille, précisée aussi."]
    problems.remember_source("f.yaml", unicodedata.normalize("NFD", "\n".join(lines) + "\n"))
    raw = problems.sources["f.yaml"]
    where = Location("f.yaml", 1, 3)
    found = where_quoted("académie de Toulouse", where, problems)
    assert (found.line, found.column) == (2, raw[1].index("acade\u0301mie de") + 1) == (2, 34), found
    assert raw[1][found.column - 1:].startswith(unicodedata.normalize("NFD", "académie de Toulouse"))
    found = where_quoted("précisée ou l'académie", where, problems)
    assert (found.line, found.column) == (2, raw[1].index("pre\u0301cise\u0301e") + 1), found
    found = where_quoted("précisée", where, problems, skip=1)
    assert (found.line, found.column) == (3, raw[2].index("pre\u0301cise\u0301e") + 1), found
