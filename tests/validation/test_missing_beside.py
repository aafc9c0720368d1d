"""A required key missing beside a key that goes with it (``MISSING_BESIDE`` of a record, schema._read_record):
said at that key's line, not at the item's first line (staffwalk56 L: advice_after_closing: without advice:), and
either fix it gives, followed literally, leads to « Tout est valide »."""

from __future__ import annotations

from pathlib import Path

import pytest

from validation_support import INVALID, build_root, validate_in_process

SESSION = "academies/fixture/2024.yaml"
FIXTURE = INVALID / "751_advice_after_closing_without_advice.yaml"
KEY = "    advice_after_closing: >-\n"


@pytest.mark.parametrize("fix", ["add", "rename"])
def test_advice_after_closing_without_advice(fix: str, tmp_path: Path):
    root = build_root(tmp_path)
    path = root / SESSION
    text = FIXTURE.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    (message,) = validate_in_process(root).headlines()
    line = int(message.split(":")[1])
    assert text.splitlines(keepends=True)[line - 1] == KEY, message
    if fix == "add":  # « ajouter advice: et ce conseil au-dessus de cette ligne, au même retrait »
        text = text.replace(KEY, "    advice: Contactez le bureau des examens avant la clôture des inscriptions.\n" + KEY)
    else:  # « renommer advice_after_closing: en advice: »
        text = text.replace(KEY, "    advice: >-\n")
    path.write_text(text, encoding="utf-8")
    again = validate_in_process(root)
    assert again.code == 0, again.output
    assert "Tout est valide" in again.stdout
