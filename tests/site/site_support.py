"""Helpers shared by the site tests (imported by name: keep this module name unique)."""

from __future__ import annotations

from pathlib import Path

from project_support import FIXED_TODAY, FROZEN, REPO, build_env, project_root, run_mkdocs

ROOT = REPO

__all__ = ["FIXED_TODAY", "ROOT", "build_env", "copy_project", "run_mkdocs"]


def copy_project(tmp: Path, data: Path = FROZEN) -> Path:
    """A copy of what the build reads, in ``tmp/project``: the repository's code, ``data``'s YAML (the frozen project by default)."""
    return project_root(tmp, data)


def version_words(notice) -> str:
    """The words of a PDF's version line that say against which notice its content was checked, as a printed page
    must show them: « contenu vérifié sur la notice le … » (pdf.checked, the session's ``checked:`` day), or that the
    day is not given (pdf.checked_not_given); in the site's typography."""
    from generator.french import typography
    from generator.site.dates import date_words

    t, checked = notice.texts, notice.session.session.checked
    return typography(t.text("pdf.checked", date=date_words(checked)) if checked else t.text("pdf.checked_not_given"))
