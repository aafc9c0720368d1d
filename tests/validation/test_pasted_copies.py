"""An item pasted three times or more (review69 L5): one message names every copy, and deleting the lines it says,
in the order it says them, leaves one copy and « Tout est valide ». Before, each extra copy had its own « écrite deux
fois » message, and the second one's lines were those the first deletion had moved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from validation_support import BASE, INVALID, build_root, validate_in_process

SESSION = "academies/fixture/2024.yaml"
LINES = re.compile(r"lignes? (\d+)(?: à (\d+))?")


def _base_lines() -> list[str]:
    return (BASE / SESSION).read_text(encoding="utf-8").splitlines(keepends=True)


def _with_copies(where: list[int], first: int, last: int, blank: bool = False) -> str:
    """The base session with its lines ``first``..``last`` (one list item) written again after each line of ``where``
    (``blank``: a blank line before each copy written right after the item)."""
    lines = _base_lines()
    item = lines[first - 1:last]
    for after in sorted(where, reverse=True):
        lines[after:after] = (["\n"] if blank and after == last else []) + item
    return "".join(lines)


def _fixture_747() -> str:
    return (INVALID / "747_piece_pasted_three_times.yaml").read_text(encoding="utf-8")


CASES = {
    # the piece « confirmation » (base lines 42–44) three times, the third further down (fixture 747)
    "third_copy_further_down": _fixture_747,
    # three copies one after the other: one block of lines to delete
    "three_in_a_row": lambda: _with_copies([44, 44], 42, 44),
    # four copies, a blank line before the second and the third, the fourth after the last piece
    "four_blank_lines_between": lambda: _with_copies([44, 44, 61], 42, 44, blank=True),
    # a link (base lines 79–81) three times: « en garder un »
    "link_three_times": lambda: _with_copies([81, 81], 79, 81),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_deleting_the_lines_said_leaves_one_copy(case: str, tmp_path: Path):
    root = build_root(tmp_path)
    path = root / SESSION
    path.write_text(CASES[case](), encoding="utf-8")
    run = validate_in_process(root)
    headlines = run.headlines()
    assert len(headlines) == 1, run.output
    message = headlines[0]
    assert re.search(r"est écrite? (trois|quatre) fois, à l'identique : ", message), message
    assert "deux fois" not in message
    copies = int(re.search(r"^[^:]+:(\d+):", message).group(1))  # (the message is at the second copy)
    deletions = message.split(", et retirer les autres")[1]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for start, end in LINES.findall(deletions):
        first, last = int(start), int(end or start)
        assert first >= copies
        del lines[first - 1:last]
    path.write_text("".join(lines), encoding="utf-8")
    again = validate_in_process(root)
    assert again.code == 0, again.output
    assert "Tout est valide" in again.stdout


OTHER_PIECE = ["  - id: confirmation\n", "    label: Confirmation d'inscription signée par le chef d'établissement\n",
               "    group: Pour tous les candidats\n"]
OTHER_LINK = ["  - id: cyclades\n", "    label: Se connecter à CYCLADES\n", "    url: https://exacyc.orion.education.fr/cyccandidat/portal/login\n"]


@pytest.mark.parametrize("after, item, said, renamed", [
    (44, OTHER_PIECE, r"la pièce « confirmation » est écrite deux fois, à l'identique : lignes 45 à 47, puis lignes 48 à 50 ; ",
     "  - id: confirmation_etablissement\n"),  # (fixture 788)
    (81, OTHER_LINK, r"le lien « cyclades » est écrit deux fois, à l'identique : lignes 82 à 84, puis lignes 85 à 87 ; ",
     "  - id: cyclades_connexion\n"),
])
def test_the_copy_of_a_second_item_with_the_first_one_s_id_is_said_a_copy(after, item, said, renamed, tmp_path: Path):
    """review72 L5: an item with the id of the one above but other fields (a second item, its id not yet changed),
    pasted twice: its copy was said « identifiant … en double ; choisir un identifiant unique », as the second item
    is, not a copy to delete, and its lines not given. The copy is said a copy, with both copies' lines; the second
    item keeps its own message; deleting the lines said and renaming the second item's id leaves « Tout est valide »."""
    root = build_root(tmp_path)
    path = root / SESSION
    lines = _base_lines()
    lines[after:after] = item + item
    path.write_text("".join(lines), encoding="utf-8")
    run = validate_in_process(root)
    headlines = run.headlines()
    assert len(headlines) == 2, run.output
    copy = next((h for h in headlines if re.search(said, h)), None)
    assert copy and copy.startswith(f"{SESSION}:{after + 4}:"), run.output
    (other,) = [h for h in headlines if h != copy]
    assert other.startswith(f"{SESSION}:{after + 1}:") and "choisir un identifiant unique" in other, other
    start, end = map(int, re.search(r"par exemple l[ea] second[e]? \(lignes (\d+) à (\d+)\)", copy).groups())
    del lines[start - 1:end]
    lines[after] = renamed
    path.write_text("".join(lines), encoding="utf-8")
    again = validate_in_process(root)
    assert again.code == 0, again.output
    assert "Tout est valide" in again.stdout
