"""Data fixtures shared by every test folder (see tests/README.md: which tests read which data).

``real_*`` read the repository's content/ and academies/ (staff edit them: properties of any
valid data only); ``frozen_*`` read tests/fixtures/project/ (the five seed notices as
encoded, for golden files, hand-written cases and anything that expects specific content).
Each site is built once per run, shared by the test processes (``scripts/test.sh`` runs three: pytest-xdist, one test
file per worker at a time).
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

import pytest

from project_support import FROZEN, REAL, built_site, notices_of, valid_project


@pytest.fixture(scope="session")
def real_notices() -> list:
    return notices_of(REAL)


@pytest.fixture(scope="session")
def frozen_notices() -> list:
    return notices_of(FROZEN)


@pytest.fixture(scope="session")
def frozen_project():
    """The frozen project, read and checked (its content: ``frozen_project.content.checklist``…)."""
    return valid_project(FROZEN)


@pytest.fixture(scope="session")
def frozen_by_key(frozen_project) -> dict:
    """The frozen project's notices by (academy, year): ``frozen_by_key["nantes", 2026]``."""
    from generator.merge import build_notices

    return {(n.slug, n.year): n for n in build_notices(frozen_project)}


def shared_site(tmp_path_factory, name: str, data: Path) -> Path:
    """The site of ``data``, built once for the whole run: under pytest-xdist, the first worker that asks builds it
    in the folder the workers share (the parent of each one's base folder) while the others wait on a lock, then
    all read it (no test writes into it: a test that edits a site builds its own copy)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed, even if the build fails
        done, failed = folder / "built", shared / f"{name}.failed"
        if failed.exists():  # another worker's build failed: the same failure, without building again
            pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what an interrupted build left
            folder.mkdir()
            try:
                built_site(folder, data)  # (asserts, with the build's output, when the build fails)
            except AssertionError as error:
                failed.write_text(str(error), encoding="utf-8")
                raise
            done.touch()
    return folder / "site"


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real site, built once per run with ``mkdocs build --strict``."""
    return shared_site(tmp_path_factory, "real-site", REAL)


@pytest.fixture(scope="session")
def frozen_site(tmp_path_factory) -> Path:
    """The frozen project's site, built once per run with ``mkdocs build --strict``."""
    return shared_site(tmp_path_factory, "frozen-site", FROZEN)


# The longest test files, longest first (worker-seconds of a fresh clone's full run, three workers on two processors,
# 2026-12-07 17:55 UTC (fresh118: 1,104 s of pytest, 4,372 tests), with an empty build cache as on a new CI machine:
# BTS_GUIDE_CACHE; 3,220 in all, 2,517 in the run before). ``scripts/test.sh`` runs three workers that take whole files in
# collection order (``--no-loadscope-reorder``: pytest-xdist would otherwise order files by their number of tests, and
# did: the one-test injection file ran last, one worker idle for minutes): a long file collected last would keep one
# worker busy while the others have nothing left. Only the order changes; a file missing here runs after.
LONG_FIRST = [
    "site/test_checklist_phone_browser.py",  # 489
    "site/test_injection_browser.py",  # 327 (one test; its site's PDFs, printed with every payload, made again each run)
    "checklist/test_checklist_browser.py",  # 294
    "site/test_phone_browser.py",  # 276
    "staff/test_lint.py",  # 162
    "site/test_notice_pdf.py",  # 129
    "site/test_print_browser.py",  # 118
    "checklist/test_cases_cpython.py",  # 111
    "validation/test_misaligned_key_advice.py",  # 68
    "site/test_publish.py",  # 63
    "checklist/test_first_answer.py",  # 61
    "site/test_department_finder_browser.py",  # 54
    "staff/test_site_drafts.py",  # 52
    "staff/test_new_session.py",  # 52
    "site/test_serve.py",  # 51
    "validation/test_fuzz_validate.py",  # 50
    "test_an_added_academy_passes.py",  # 38
    "site/test_site_facts.py",  # 35
    "site/test_after_the_window_browser.py",  # 34
    "site/test_search_browser.py",  # 32
    "site/test_forms_browser.py",  # 31
    "site/test_print_clearances.py",  # 27
    "validation/test_invalid_fixtures.py",  # 26
    "site/test_forms.py",  # 25
    "site/test_bar_pieces_line_browser.py",  # 25
    "site/test_site_browser.py",  # 23
]


def pytest_collection_modifyitems(items):
    here = Path(__file__).resolve().parent
    rank = {name: i for i, name in enumerate(LONG_FIRST)}

    def key(item) -> int:
        try:
            name = Path(str(item.fspath)).resolve().relative_to(here).as_posix()
        except ValueError:
            return len(rank)
        return rank.get(name, len(rank))

    items.sort(key=key)  # stable: the tests of a file keep their order
