"""The staff's warnings in stage 2 of the pipeline (``generator.checks.check_project``).

What is left to check on the notices (``drafts``) is listed whatever else is
wrong. The lint (``lint``) runs only on data without problems: a session file
that could not be read would make the one before it look like the latest.
"""

from __future__ import annotations

import datetime as dt

from ..problems import Problems
from . import StaffError
from .calendar import build_date
from .drafts import warn_pending
from .lint import lint_project
from .reviewed import apply_reviewed


def check_staff(project, problems: Problems, rulesets: dict | None = None) -> None:
    """``rulesets``: the sessions' compiled checklists the rules' check built (``rule_coverage``), for the lint."""
    warn_pending(project, problems)
    check_checked_dates(project, problems)
    if not problems and project.content.complete():
        today = build_date()
        lint_project(project, problems, today, rulesets)
        apply_reviewed(project, problems, today)


def check_checked_dates(project, problems: Problems) -> None:
    """A session's ``checked:`` after tomorrow is a problem (a staff walk, stop 49 L3: « checked: 2062-12-05 » was only a
    point « à contrôler », and the PDF prints that date at the foot of its pages). After today for real too: a preview
    as of an earlier day (``BTS_GUIDE_TODAY``, a day of the registrations) keeps the lint's point for a date after
    that day (``lint.lint_source``)."""
    try:
        today = build_date()
    except StaffError:
        return  # (said by the lint, once the data has no problem)
    # (a day more: a file checked today where staff work, ahead of the machine's day, UTC+1 to UTC+11 overseas, must
    # not stop a build run on the machine's day, review55 L7)
    latest = max(today, dt.date.today()) + dt.timedelta(days=1)
    for data in project.academies.values():
        for _, session in sorted(data.sessions.items()):
            info = session.session
            if info.checked is not None and info.checked > latest:
                problems.add(
                    info.where("checked"), "session.checked",
                    f"{info.checked.isoformat()} est après aujourd'hui ({today.isoformat()}) ; checked: dit le jour où ce "
                    "fichier a été vérifié sur la notice, et le PDF l'imprime au bas de ses pages : écrire la date de cette "
                    "vérification",
                )
