"""Helpers of the comparison tests (imported by name: keep this module name unique)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FROZEN = Path(__file__).resolve().parent / "frozen"


def frozen_root(tmp: Path) -> Path:
    """A project root: the frozen Nantes sessions and national content, with the repository's interface.yaml (the words)."""
    root = tmp / "frozen"
    shutil.copytree(FROZEN / "academies", root / "academies")
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copy2(REPO / "content" / "interface.yaml", root / "content" / "interface.yaml")
    return root


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
