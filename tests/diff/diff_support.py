"""Helpers of the comparison tests (imported by name: keep this module name unique)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from project_support import FROZEN, data_root

REPO = Path(__file__).resolve().parents[2]


def frozen_root(tmp: Path) -> Path:
    """A copy of the frozen project's data (tests/fixtures/project/: the Nantes sessions 2024 and 2026
    among the five seed notices), so that staff edits of the real files never change these tests."""
    return data_root(tmp, FROZEN, "frozen")


def load_notices(root: Path):
    """Every notice of the project at ``root`` (it must validate), by (academy, year)."""
    from generator.merge import build_notices
    from generator.pipeline import load_and_check

    project, problems = load_and_check(root)
    assert not problems, problems.report()
    return {(n.slug, n.year): n for n in build_notices(project)}


def run_generator(*args: str, root: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m generator [--root ROOT] ARGS…`` as staff run it."""
    command = [sys.executable, "-m", "generator"]
    if root is not None:
        command += ["--root", str(root)]
    return subprocess.run([*command, *args], cwd=REPO, capture_output=True, text=True, timeout=300)
