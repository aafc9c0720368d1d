"""Two phone numbers written as one item of a list, inside one pair of quotes or as one value (review69 L9): the
message gives the list to write, one item per number, and writing it as told gives « Tout est valide » with both
numbers kept (before: « écrire les 10 chiffres », which, followed, loses one)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.model.values import BadValue, Phone
from validation_support import build_root, validate_in_process

SESSION = "academies/fixture/2024.yaml"
BASE_LINE = '    phones: ["05 36 25 71 13"]\n'
LINE_TO_WRITE = re.compile(r"écrire « (phones: \[.*\]) »")
LINES_TO_WRITE = re.compile(r"à la place de la ligne (\d+), écrire ((?:« - [^»]+ »(?: puis )?)+)")


@pytest.mark.parametrize("text, numbers", [
    ("05 36 25 71 12, 05 36 25 71 13", ("05 36 25 71 12", "05 36 25 71 13")),
    ("05.36.25.71.12 / 05 36 25 71 13", ("05 36 25 71 12", "05 36 25 71 13")),
    ("05 36 25 71 12 ou 05 36 25 71 13 ; 05 36 25 71 14", ("05 36 25 71 12", "05 36 25 71 13", "05 36 25 71 14")),
    ("05 36 25 71 12 05 36 25 71 13", ("05 36 25 71 12", "05 36 25 71 13")),
    ("05 36 25 71 12", None),
    ("05 36 25 71 12 poste 4", None),
    ("05 36 25 71 12 et 13", None),
])
def test_several_numbers_in_one_text(text, numbers):
    assert Phone.several(text) == numbers


@pytest.mark.parametrize("text, found", [
    ("05 61 00 00 00 poste 4512", (("05 61 00 00 00",), ("poste 4512",))),
    ("05 61 00 00 00 (standard), 05 61 00 00 01 (bureau)", (("05 61 00 00 00", "05 61 00 00 01"), ("(standard)", "(bureau)"))),
    # (a word that only says it is a phone number: no word to write elsewhere, « « Tél » n'est pas un numéro »)
    ("Tél. 05 61 00 00 00", (("05 61 00 00 00",), ())),
    ("Téléphone 05 61 00 00 00 ou 05 61 00 00 01", (("05 61 00 00 00", "05 61 00 00 01"), ())),
    # (the « (0) » of an international form left out, as phones_in_words does: review74)
    ("+33 (0)5 61 00 00 00 poste 4512", (("05 61 00 00 00",), ("poste 4512",))),
    ("05 61 00 00 00", None),
    ("05 36 25 71 12 et 13", None),
    ("poste 4512", None),
])
def test_numbers_and_the_words_beside_them(text, found):
    assert Phone.with_words(text) == found


@pytest.mark.parametrize("written", [
    '    phones: ["05 36 25 71 12, 05 36 25 71 13"]\n',  # (fixture 748)
    "    phones: ['05 36 25 71 12 / 05 36 25 71 13', 05.36.25.71.15]\n",
    "    phones: [05 36 25 71 12 05 36 25 71 13]\n",
    "    phones: 05 36 25 71 12, 05 36 25 71 13\n",  # (was told to write ["05 36 25 71 12, 05 36 25 71 13"])
    '    phones: "05 36 25 71 12 ; 05 36 25 71 13"\n',
    "    phones:\n      - 05 36 25 71 12, 05 36 25 71 13\n",
    '    phones:\n      - "05 36 25 71 12 ou 05 36 25 71 13"\n      - 05 36 25 71 15\n',
    "    phones: Tél. 05 36 25 71 12\n",  # (was told « phones: [Tél. 05 36 25 71 12] »)
    "    phones: Téléphone 05 36 25 71 12 ou 05 36 25 71 13\n",
])
def test_the_line_said_keeps_every_number(written, tmp_path: Path):
    root = build_root(tmp_path)
    path = root / SESSION
    text = path.read_text(encoding="utf-8")
    assert BASE_LINE in text
    path.write_text(text.replace(BASE_LINE, written), encoding="utf-8")
    run = validate_in_process(root)
    (message,) = run.headlines()
    numbers = re.findall(r"05[ .]36[ .]25[ .]71[ .]1\d", written)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if one := LINE_TO_WRITE.search(message):
        start = lines.index(written.splitlines(keepends=True)[0])
        lines[start:start + written.count("\n")] = [f"    {one.group(1)}\n"]
    else:
        several = LINES_TO_WRITE.search(message)
        assert several, message
        number = int(several.group(1))
        indent = lines[number - 1][:len(lines[number - 1]) - len(lines[number - 1].lstrip())]
        lines[number - 1:number] = [f"{indent}- {item}\n" for item in re.findall(r"« - ([^»]+) »", several.group(2))]
    path.write_text("".join(lines), encoding="utf-8")
    again = validate_in_process(root)
    assert again.code == 0, again.output
    assert "Tout est valide" in again.stdout
    kept = re.findall(r"05[ .]36[ .]25[ .]71[ .]1\d", path.read_text(encoding="utf-8"))
    assert {re.sub(r"\D", "", n) for n in kept} >= {re.sub(r"\D", "", n) for n in numbers}, kept  # (none lost)


ACADEMY = "academies/fixture/academy.yaml"


@pytest.mark.parametrize("file, line, written, kept", [
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: 05 36 25 71 12, poste 4512\n", ["poste 4512"]),  # (fixture 775)
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: 05 36 25 71 12 ; poste 4512\n", ["poste 4512"]),
    (SESSION, BASE_LINE, "    phones: 05 36 25 71 13, poste 4512\n", ["poste 4512"]),
    # (NOTE57: without a comma, told to write « phones: [05 36 25 71 12 poste 4512] », refused again as not a number;
    # with a word after each number, given no line at all: fixture 784)
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: 05 36 25 71 12 poste 4512\n", ["poste 4512"]),
    (SESSION, BASE_LINE, "    phones: 05 36 25 71 13 poste 4512\n", ["poste 4512"]),
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: 05 36 25 71 12 (standard), 05 36 25 71 14 (bureau)\n",
     ["standard (1er numéro), bureau (2e numéro)"]),
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: 05 36 25 71 12 (standard) 05 36 25 71 14 (bureau)\n",
     ["standard (1er numéro), bureau (2e numéro)"]),
    # (a word for both numbers: the word alone)
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: standard 05 36 25 71 12 ou 05 36 25 71 14\n", ["standard"]),
    (ACADEMY, "  phones: [05 36 25 71 12]\n", "  phones: 05 36 25 71 12 (standard)\n", ["standard"]),
    (SESSION, BASE_LINE, "    phones: 05 36 25 71 13 (standard), 05 36 25 71 15 (bureau)\n",
     ["05 36 25 71 13 (standard)", "05 36 25 71 15 (bureau)"]),  # (a row's words: the notice's line)
    # (a row whose words: are written: kept, the number's words after them; they were told « à la place », lost)
    (SESSION, BASE_LINE, "    phones: 05 36 25 71 13 poste 4512\n    words: BTS Bâtiment, Maintenance des systèmes\n",
     ["BTS Bâtiment, Maintenance des systèmes", "poste 4512"]),
])
def test_an_extension_written_with_its_number_is_not_told_to_be_an_item(file, line, written, kept, tmp_path: Path):
    """review71 L2: « phones: 05 36 25 71 12, poste 4512 » was told to write « phones: [05 36 25 71 12, poste 4512] »,
    then refused « « poste 4512 » n'est pas un numéro ». The message gives the number alone and where the extension
    goes (an office's note:, after the one written; a table row's words:); followed literally: « Tout est valide », the
    extension kept in the file (each number with its own words, when there are several)."""
    root = build_root(tmp_path)
    path = root / file
    text = path.read_text(encoding="utf-8")
    if line not in text:  # (the academy's exam office: its phones line as the base writes it)
        line = next(x + "\n" for x in text.splitlines() if x.startswith("  phones:"))
    path.write_text(text.replace(line, written, 1), encoding="utf-8")
    run = validate_in_process(root)
    (message,) = run.headlines()
    one = LINE_TO_WRITE.search(message)
    assert one and re.fullmatch(r"phones: \[[0-9 ,]+\]", one.group(1)), message
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(written.splitlines(keepends=True)[0])
    indent = written[:len(written) - len(written.lstrip())]
    lines[start] = f"{indent}{one.group(1)}\n"
    note = re.search(r"(?:l'|les )écrire dans note: \(« (note: [^»]+) », à la suite de la précision déjà écrite", message)
    if note:
        at = next(i for i, x in enumerate(lines) if x.startswith(f"{indent}note:"))
        lines[at] = lines[at].rstrip("\n") + " ; " + note.group(1).removeprefix("note: ") + "\n"
    else:
        words = re.search(r"(?:l'|les )écrire dans words: \(la ligne telle que la notice l'écrit, « (words: [^»]+) », à la "
                          r"suite des mots déjà écrits s'il y en a\)", message)
        assert words, message
        if lines[start + 1].startswith(f"{indent}words: "):
            lines[start + 1] = lines[start + 1].rstrip("\n") + " " + words.group(1).removeprefix("words: ") + "\n"
        else:
            lines.insert(start + 1, f"{indent}{words.group(1)}\n")
    path.write_text("".join(lines), encoding="utf-8")
    again = validate_in_process(root)
    assert again.code == 0, again.output
    assert "Tout est valide" in again.stdout
    assert all(words in path.read_text(encoding="utf-8") for words in kept), kept
    # (in note:, the words only, the numbers in phones: alone: the whole line in note: said them twice on the page,
    # fixstaff58; a row's words: are the notice's line, numbers included, which the row then does not print again)
    for number in re.findall(r"05 36 25 71 1\d", written) if note else ():
        assert path.read_text(encoding="utf-8").count(number) == text.count(number) + 1 - line.count(number), number


@pytest.mark.parametrize("item, said", [
    ("05 36 25 71 12 poste 4512", "« 05 36 25 71 12 poste 4512 » n'est pas qu'un numéro de téléphone ; écrire 05 36 25 71 12 ; "
     "« poste 4512 » n'est pas un numéro de téléphone : l'écrire dans note: (words: pour une ligne du tableau des "
     "gestionnaires), à la suite de ce qui y est déjà écrit"),
    ("Tél. 05 36 25 71 12", "« Tél. 05 36 25 71 12 » n'est pas qu'un numéro de téléphone ; écrire 05 36 25 71 12"),
    ("+33 (0)5 36 25 71 12", "« +33 (0)5 36 25 71 12 » : le « (0) » ne se compose pas ; écrire 05 36 25 71 12"),
    # (no number read whole: the generic message, and no endless loop between parse and with_words)
    ("05 36 25 71", "« 05 36 25 71 » n'est pas un numéro de téléphone à 10 chiffres ; écrire les 10 chiffres"),
    ("05 36 25 71 poste 12", "« 05 36 25 71 poste 12 » n'est pas un numéro de téléphone à 10 chiffres ; écrire les 10 chiffres"),
    ("05 36 25 71 12 et 13", "« 05 36 25 71 12 et 13 » n'est pas un numéro de téléphone à 10 chiffres ; écrire les 10 chiffres"),
])
def test_one_item_that_is_a_number_with_words_is_told_the_number_and_where_the_words_go(item, said):
    """review74: « phones: [05 36 25 71 12 poste 4512] », an item, was told « écrire les 10 chiffres que donne la notice »
    with neither the number nor where « poste 4512 » goes (followed, the extension was lost with « Tout est valide »);
    « +33 (0)5 … » was not given its ten digits. The number written, each message's line is taken."""
    with pytest.raises(BadValue) as refused:
        Phone.parse(item)
    assert str(refused.value).startswith(said), refused.value
    if "n'est pas qu'un" in said or "(0)" in said:
        assert Phone.parse(said.split(" ; écrire ")[1].split(" ;")[0]) == "05 36 25 71 12"
