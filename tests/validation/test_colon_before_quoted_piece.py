"""A key written without its « : » before a value that holds « : » then a piece between quotes and more words
(« title Inscription : "BTS" suite », review68 L4): told the missing colon with the line to write, not « indentation
incohérente », and the line written as told gives « Tout est valide »."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from validation_support import build_root, validate_in_process

SESSION = "academies/fixture/2024.yaml"
BASE_LINE = "  title: Inscription au BTS sur l'application CYCLADES\n"
TO_WRITE = re.compile(r" écrire « (title: .*) »$")


@pytest.mark.parametrize("written, value", [
    ('title Inscription : "BTS" suite', 'Inscription : "BTS" suite'),
    ("title Inscription : 'BTS' suite", "Inscription : 'BTS' suite"),
    ('title Inscription: "BTS" suite', 'Inscription: "BTS" suite'),
    ('title Inscription : "BTS" sur l\'application CYCLADES', 'Inscription : "BTS" sur l\'application CYCLADES'),
])
def test_the_colon_is_said_and_the_line_given_reads(written, value, tmp_path: Path):
    root = build_root(tmp_path)
    path = root / SESSION
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(BASE_LINE, f"  {written}\n"), encoding="utf-8")
    (message,) = validate_in_process(root).headlines()
    assert "deux-points « : » manquant après la clé « title »" in message, message
    line = TO_WRITE.search(message).group(1)
    path.write_text(text.replace(BASE_LINE, f"  {line}\n"), encoding="utf-8")
    again = validate_in_process(root)
    assert again.code == 0, again.output
    import yaml  # (the value read is the one meant, every quote kept)

    assert yaml.safe_load(line)["title"] == value
