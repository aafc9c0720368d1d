"""Data fixtures shared by every test folder (see tests/README.md: which tests read which data).

``real_*`` read the repository's content/ and academies/ (staff edit them: properties of any
valid data only); ``frozen_*`` read tests/fixtures/project/ (the five seed notices as
encoded, for golden files, hand-written cases and anything that expects specific content).
Each site is built once per test process (``scripts/test.sh`` runs two: pytest-xdist, one test file per worker at a time).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from project_support import FROZEN, REAL, built_site, notices_of


@pytest.fixture(scope="session")
def real_notices() -> list:
    return notices_of(REAL)


@pytest.fixture(scope="session")
def frozen_notices() -> list:
    return notices_of(FROZEN)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real site, built once with ``mkdocs build --strict``."""
    return built_site(tmp_path_factory.mktemp("real-site"), REAL)


@pytest.fixture(scope="session")
def frozen_site(tmp_path_factory) -> Path:
    """The frozen project's site, built once with ``mkdocs build --strict``."""
    return built_site(tmp_path_factory.mktemp("frozen-site"), FROZEN)
