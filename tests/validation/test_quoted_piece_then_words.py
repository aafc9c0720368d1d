"""A value that starts with a piece between quotes and goes on with words (« title: "BTS" session 2024 », fixstaff57
left): told it is one text, with two lines to write (the whole value between quotes, or the piece between French
quotes « … » as the guide's texts write them), not « indentation incohérente »; each line written as told gives
« Tout est valide » and the value meant."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from validation_support import build_root, validate_in_process

SESSION = "academies/fixture/2024.yaml"
BASE_LINE = "  title: Inscription au BTS sur l'application CYCLADES\n"
TO_WRITE = re.compile(r"entre guillemets : « (title: .*) », ou citer avec les guillemets français, comme les textes du guide : « (title: .*) »$")


@pytest.mark.parametrize("written, value, cited", [
    ('title: "BTS" session 2024', '"BTS" session 2024', "« BTS » session 2024"),  # (fixture 776)
    ("title: 'BTS' session 2024", "'BTS' session 2024", "« BTS » session 2024"),
    ('title: "BTS" d\'été', '"BTS" d\'été', "« BTS » d'été"),
    ('title: "BTS" suite # à revoir', '"BTS" suite', "« BTS » suite"),
    ('title: "BTS": suite', None, None),  # (« : » then words: YAML's own message, not this one)
])
def test_one_text_is_said_and_both_lines_given_read(written, value, cited, tmp_path: Path):
    message, write_back = _written_in_place_of(tmp_path, SESSION, BASE_LINE, f"  {written}\n")
    assert "indentation incohérente" not in message, message
    if value is None:
        assert "un seul texte" not in message, message
        return
    assert "la valeur est un seul texte" in message, message
    lines = TO_WRITE.search(message)
    assert lines, message
    for line, meant in zip(lines.groups(), (value, cited)):
        write_back(f"  {line}\n")
        assert yaml.safe_load(line)["title"] == meant


def _written_in_place_of(tmp_path: Path, file: str, base_line: str, written: str):
    """The fixture project with ``written`` in place of ``base_line`` of ``file``: validate's one message, and a
    function that writes a line told by it in the same place and checks « Tout est valide »."""
    root = build_root(tmp_path)
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert base_line in text
    path.write_text(text.replace(base_line, written), encoding="utf-8")
    (message,) = validate_in_process(root).headlines()

    def write_back(line: str) -> None:
        path.write_text(text.replace(base_line, line), encoding="utf-8")
        again = validate_in_process(root)
        assert again.code == 0, again.output
        assert "Tout est valide" in again.stdout

    return message, write_back


ACADEMY = "academies/fixture/academy.yaml"
ITEM_LINE = "    - 75 rue Saint-Roch\n"
ITEM_TO_WRITE = re.compile(r"entre guillemets : « (- .*) », ou citer avec les guillemets français, comme les textes du guide : « (- .*) »$")


@pytest.mark.parametrize("written, value, cited", [
    ('- "75" rue Saint-Roch', '"75" rue Saint-Roch', "« 75 » rue Saint-Roch"),  # (fixture 786)
    ("- 'Rue' de l'Église", "'Rue' de l'Église", "« Rue » de l'Église"),
    ('- "Bâtiment A" porte 2 # à revoir', '"Bâtiment A" porte 2', "« Bâtiment A » porte 2"),
])
def test_a_list_item_is_said_one_text_and_both_lines_given_read(written, value, cited, tmp_path: Path):
    """NOTE57: a list item « - "BTS" suite » was told « une même rubrique mélange une liste (lignes « - ») et des clés »,
    which it does not: told it is one text, with the two lines to write, each read back as the item meant."""
    message, write_back = _written_in_place_of(tmp_path, ACADEMY, ITEM_LINE, f"    {written}\n")
    assert "mélange une liste" not in message, message
    assert "exam_office.address[2]: l'élément de la liste est un seul texte" in message, message
    lines = ITEM_TO_WRITE.search(message)
    assert lines, message
    for line, meant in zip(lines.groups(), (value, cited)):
        write_back(f"    {line}\n")
        assert yaml.safe_load(line) == [meant]
