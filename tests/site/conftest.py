"""Fixtures of the site tests: the real project's notices and one strict build."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_support import ROOT, run_mkdocs


@pytest.fixture(scope="session")
def notices():
    from generator.merge import build_notices
    from generator.pipeline import load_and_check

    project, problems = load_and_check(ROOT)
    assert not problems, "the project's YAML must validate:\n" + problems.report()
    return build_notices(project)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once with ``mkdocs build --strict`` into a temporary directory."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
