"""Helpers shared by the site tests (imported by name: keep this module name unique)."""

from __future__ import annotations

from pathlib import Path

from project_support import FIXED_TODAY, FROZEN, REPO, build_env, project_root, run_mkdocs

ROOT = REPO

__all__ = ["FIXED_TODAY", "ROOT", "build_env", "copy_project", "run_mkdocs"]


def copy_project(tmp: Path, data: Path = FROZEN) -> Path:
    """A copy of what the build reads, in ``tmp/project``: the repository's code, ``data``'s YAML (the frozen project by default)."""
    return project_root(tmp, data)
