"""The pipeline, top to bottom: read → check → (merge → compute → render).

``load_and_check`` is the part every command shares: it returns the project
and every problem found; callers write nothing unless there is no problem.
"""

from __future__ import annotations

from pathlib import Path

from .checks import check_project
from .loading import Project, read_project
from .problems import Problems


def load_and_check(root: Path, targets: list[Path] | None = None) -> tuple[Project, Problems]:
    """Read all YAML under ``root`` (or only ``targets``) and cross-check it."""
    problems = Problems()
    project = read_project(root, problems, targets)
    check_project(project, problems)
    return project, problems
