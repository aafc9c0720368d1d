"""Cross-checks of national content that no session fixture can reach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from project_support import FROZEN, REPO

ROOT = REPO


def _validate(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "validate"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )


def test_a_loop_between_asked_when_conditions_is_reported(tmp_path):
    shutil.copytree(FROZEN / "content", tmp_path / "content")
    (tmp_path / "academies").mkdir()
    questions = tmp_path / "content" / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    # has_benefits is asked only when dispensation is "diploma", and the reverse.
    text = text.replace(
        "  has_benefits:\n    label:",
        "  has_benefits:\n    asked_when:\n      dispensation: diploma\n    label:",
    ).replace(
        "  dispensation:\n    label:",
        "  dispensation:\n    asked_when:\n      has_benefits: \"yes\"\n    label:",
    )
    questions.write_text(text, encoding="utf-8")
    result = _validate(tmp_path)
    assert result.returncode == 1, result.stdout
    headlines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert len(headlines) == 1, result.stdout
    assert "questions.has_benefits" in headlines[0] or "questions.dispensation" in headlines[0]
    assert "boucle entre questions (" in headlines[0]
    assert "has_benefits" in headlines[0] and "dispensation" in headlines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_the_frozen_questions_have_no_loop(tmp_path):
    shutil.copytree(FROZEN / "content", tmp_path / "content")
    (tmp_path / "academies").mkdir()
    result = _validate(tmp_path)
    assert result.returncode == 0, result.stdout
