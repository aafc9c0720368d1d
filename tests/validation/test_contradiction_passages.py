"""A contradiction citing fewer than two passages is told how to add them as its passages are written, and the file
written as told validates (review70: « alignées sur celles du premier » was said with no passage at all, and with one
written on one line, « - {section: …, words: …} », fixture 207).

Each case: the passages as written, what the message must say, and the lines a person following it writes instead
(a passage whose words hold a comma, as a notice's words often do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validation_support import INVALID, build_root, validate_in_process

WRITTEN = "    passages:\n      - {section: I, words: inscrits en seconde année}\n"  # (fixture 207)
ADDED = "      - section: II\n        words: les candidats, à distance\n"
BLOCK = "    passages:\n      - section: I\n        words: inscrits en seconde année\n"

CASES = {
    "two_lines": (BLOCK, "ajouter sous passages: chaque passage qui le contredit, en deux lignes : « - section: » (où la notice "
                  "le dit) puis « words: » (ses mots), alignées sur celles du premier", BLOCK + ADDED),
    "one_line": (WRITTEN, "ajouter sous lui chaque passage qui le contredit, en deux lignes : « - section: » (où la notice le "
                 "dit) puis « words: » (ses mots), le « - » aligné sur celui du premier et « words: » sous « section: »",
                 WRITTEN + ADDED),
    "between_brackets": (
        "    passages: [{section: I, words: inscrits en seconde année}]\n",
        "ajouter entre les crochets, après le premier et une virgule, chaque passage qui le contredit, écrit comme lui : "
        "{section: …, words: …} (section: où la notice le dit, words: ses mots, entre guillemets s'ils ont une virgule)",
        '    passages: [{section: I, words: inscrits en seconde année}, {section: II, words: "les candidats, à distance"}]\n'),
    # (NOTE57: a space after the « [ » was told to add lines under the first passage, which would not be read)
    "between_brackets_with_spaces": (
        "    passages: [ {section: I, words: inscrits en seconde année} ]\n",
        "ajouter entre les crochets, après le premier et une virgule, chaque passage qui le contredit, écrit comme lui : ",
        '    passages: [ {section: I, words: inscrits en seconde année}, {section: II, words: "les candidats, à distance"} ]\n'),
    "between_brackets_on_lines": (
        "    passages: [\n      {section: I, words: inscrits en seconde année}\n    ]\n",
        "ajouter entre les crochets, après le premier et une virgule, chaque passage qui le contredit, écrit comme lui : ",
        '    passages: [\n      {section: I, words: inscrits en seconde année}, {section: II, words: "les candidats, à distance"}\n    ]\n'),
    "none": ("    passages: []\n", "retirer « [] » après passages: et écrire sous passages:, en retrait, les passages qui se "
             "contredisent, au moins deux, chacun en deux lignes : « - section: » (où la notice le dit) puis « words: » "
             "(ses mots), « words: » aligné sur « section: »",
             "    passages:\n      - section: I\n        words: inscrits en seconde année\n" + ADDED),
}


def _validate(tmp_path: Path, text: str):
    root = build_root(tmp_path)
    (root / "academies" / "fixture" / "2024.yaml").write_text(text, encoding="utf-8")
    return validate_in_process(root)


@pytest.mark.parametrize("case", CASES)
def test_the_passages_to_add_are_said_as_written_and_followed_validate(case: str, tmp_path: Path):
    written, said, followed = CASES[case]
    base = (INVALID / "207_contradiction_with_one_passage.yaml").read_text(encoding="utf-8")
    assert WRITTEN in base
    run = _validate(tmp_path / "before", base.replace(WRITTEN, written))
    (headline,) = run.headlines()
    assert said in headline, headline
    assert (" alignées sur celles du premier" in headline) == (case == "two_lines"), headline
    run = _validate(tmp_path / "after", base.replace(WRITTEN, followed))
    assert run.code == 0 and "Tout est valide" in run.stdout, run.output
