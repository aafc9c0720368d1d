"""Checks of ``novelties: drop:`` (session files), which need the merged notices.

A key under ``drop:`` names a line of the guide's comparison of the session
with the academy's previous one for the same candidates (``generator.diff``): a key that names no line
(a typo, or a line that the data no longer produces) would silently leave
nothing out, so it is reported with the keys that exist. These checks compare
merged notices: ``generator.pipeline`` runs them last, once every other check
passed. A session whose previous session was not read (``validate`` given
that one file, or the academy's first session) is not checked: nothing is
compared for it; nor is one with an unread session file between it and the
previous session read (that file may be its previous session).
"""

from __future__ import annotations

import difflib

from .diff import diff, previous_for_readers
from .loading import Project, session_years_written
from .merge import built_notice
from .model.values import NOT_GIVEN
from .problems import Problems, quote


def check_novelties(project: Project, problems: Problems) -> None:
    """Every key of ``novelties: drop:`` names a line of the comparison with the previous session."""
    for slug, data in project.academies.items():
        for year, session in sorted(data.sessions.items()):
            settings = session.novelties
            if settings in (None, NOT_GIVEN) or not settings.drop:
                continue
            previous = previous_for_readers({y: s.session.audience for y, s in data.sessions.items()}, year)
            if previous is None:
                continue  # no previous session for the same candidates read: nothing is compared, nothing is left out
            if any(previous < int(y) < year for y in session_years_written(data.folder) if int(y) not in data.sessions):
                continue  # a session file between them was not read (validate given some files): it may be the previous one
            changes = diff(built_notice(project, slug, previous), built_notice(project, slug, year))
            keys = list(dict.fromkeys(c.key for c in changes))
            for key in settings.drop:
                if key in keys:
                    continue
                close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
                hint = f"vouliez-vous dire {quote(close[0])} ? " if close else ""
                problems.add(
                    settings.where(f"drop.{key}"), f"novelties.drop.{key}",
                    f"aucune ligne de la comparaison avec la session {previous} n'a la clé {quote(key)} ; {hint}"
                    f"voir les clés : python -m generator diff {data.folder.name} {previous} {year} --keys",
                )
