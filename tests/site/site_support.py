"""Helpers shared by the site tests (imported by name: keep this module name unique)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The day the golden files and the build are computed for (« session passée » depends on it).
FIXED_TODAY = dt.date(2025, 10, 1)
PROJECT_PARTS = ("generator", "content", "academies", "docs", "site_overrides", "mkdocs.yml")


def build_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["BTS_GUIDE_TODAY"] = FIXED_TODAY.isoformat()
    env.update(extra)
    return env


def run_mkdocs(config: Path, site_dir: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    if site_dir is not None:
        cmd += ["-d", str(site_dir)]
    return subprocess.run(cmd, cwd=config.parent, env=build_env(), capture_output=True, text=True, timeout=600)


def copy_project(tmp: Path) -> Path:
    """A copy of what the build reads, in ``tmp/project`` (node_modules linked, not copied)."""
    root = tmp / "project"
    root.mkdir()
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, root / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, root / part)
    if (ROOT / "node_modules").is_dir():  # Pyodide and axe-core, read-only: link rather than copy
        (root / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    return root
