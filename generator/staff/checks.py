"""The staff's warnings in stage 2 of the pipeline (``generator.checks.check_project``).

What is left to check on the notices (``drafts``) is listed whatever else is
wrong. The lint (``lint``) runs only on data without problems: a session file
that could not be read would make the one before it look like the latest.
"""

from __future__ import annotations

from ..problems import Problems
from .calendar import build_date
from .drafts import warn_pending
from .lint import lint_project
from .reviewed import apply_reviewed


def check_staff(project, problems: Problems, rulesets: dict | None = None) -> None:
    """``rulesets``: the sessions' compiled checklists the rules' check built (``rule_coverage``), for the lint."""
    warn_pending(project, problems)
    if not problems and project.content.complete():
        today = build_date()
        lint_project(project, problems, today, rulesets)
        apply_reviewed(project, problems, today)
