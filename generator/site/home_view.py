"""The view model of the home page (``templates/home.md.j2``).

Find your academy by department (one row per department, by code), then each
academy's sessions: the newest first, the older ones as an archive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..merge import Notice
from ..model.content import InterfaceFile
from .paths import establishment_path, has_establishment_page, notice_path
from .text import of
from .words import closing_words, is_past


@dataclass(frozen=True)
class DepartmentRow:
    code: str
    name: str
    academy: str
    page: str  # the academy's newest notice


@dataclass(frozen=True)
class HomeSession:
    year: int
    page: str
    past: bool
    closing: str | None
    establishment_page: str | None


@dataclass(frozen=True)
class HomeAcademy:
    of_academy: str
    sessions: tuple[HomeSession, ...]  # newest first


@dataclass(frozen=True)
class HomeView:
    departments: tuple[DepartmentRow, ...]
    academies: tuple[HomeAcademy, ...]


def by_academy(notices: list[Notice]) -> list[list[Notice]]:
    """The notices of each academy (by slug), newest session first."""
    groups: dict[str, list[Notice]] = {}
    for n in notices:
        groups.setdefault(n.slug, []).append(n)
    return [sorted(items, key=lambda n: n.year, reverse=True) for _, items in sorted(groups.items())]


def _session(notice: Notice, today: dt.date) -> HomeSession:
    return HomeSession(
        year=notice.year,
        page=notice_path(notice),
        past=is_past(notice, today),
        closing=closing_words(notice) if notice.closing else None,
        establishment_page=establishment_path(notice) if has_establishment_page(notice) else None,
    )


def home_view(notices: list[Notice], today: dt.date, texts: InterfaceFile) -> HomeView:
    academies = by_academy(notices)
    rows = [
        DepartmentRow(d.code, d.name, items[0].academy.name, notice_path(items[0]))
        for items in academies
        for d in items[0].academy.departments
    ]
    rows.sort(key=lambda r: r.code)
    return HomeView(
        departments=tuple(rows),
        academies=tuple(HomeAcademy(of(items[0].academy.name, texts), tuple(_session(n, today) for n in items)) for items in academies),
    )
