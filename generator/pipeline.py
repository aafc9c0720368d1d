"""The pipeline, top to bottom: read → check → (merge → compute → render).

``load_and_check`` is the part every command shares: it returns the project
and every problem found; callers write nothing unless there is no problem.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from .checks import check_project
from .loading import Project, read_project
from .novelty_checks import check_novelties
from .problems import Problems


@contextmanager
def _without_gc_pauses():
    """Reading builds hundreds of thousands of small, long-lived objects (nodes,
    records, positions) and next to no garbage cycles: the cyclic garbage
    collector would scan them again and again for nothing (measured: 5 to 30 %
    of the reading time). It is switched back on afterwards, as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_and_check(root: Path, targets: list[Path] | None = None) -> tuple[Project, Problems]:
    """Read all YAML under ``root`` (or only ``targets``) and cross-check it."""
    problems = Problems()
    with _without_gc_pauses():
        project = read_project(root, problems, targets)
        check_project(project, problems)
        if not problems:  # checks that compare merged notices (they need every other check passed)
            check_novelties(project, problems)
    return project, problems
