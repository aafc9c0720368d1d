"""The view model of the state of a session shown at the top of its page (``templates/_status.md.j2``).

- **draft**: what is left to check on the notice (``generator.staff.drafts``),
  with its file and line; such a page exists only in a preview (``mkdocs serve``,
  ``BTS_GUIDE_DRAFTS=1 mkdocs build``), the publishing build refuses drafts;
- **stale**: the latest published session of its academy once its academic
  year is over (after 31 August of its year): the notice may have been replaced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..merge import Notice
from ..staff.calendar import academic_year_over
from ..staff.drafts import session_pending


@dataclass(frozen=True)
class DraftItem:
    where: str  # « academies/nantes/2027.yaml:12 »
    text: str


@dataclass(frozen=True)
class StatusView:
    draft: tuple[DraftItem, ...]  # empty: not a draft
    stale_year: int | None  # the session's year, when its notice may have been replaced


def is_draft(notice: Notice) -> bool:
    return bool(session_pending(notice.academy, notice.session))


def latest_published(notices: list[Notice]) -> dict[str, int]:
    """The latest session of each academy among those that are not drafts."""
    latest: dict[str, int] = {}
    for notice in notices:
        if not is_draft(notice):
            latest[notice.slug] = max(latest.get(notice.slug, notice.year), notice.year)
    return latest


def status_view(notice: Notice, latest: dict[str, int], today: dt.date) -> StatusView:
    draft = tuple(
        DraftItem(f"{item.location.file}:{item.location.line}" if item.location else "", item.text)
        for item in session_pending(notice.academy, notice.session)
    )
    stale = not draft and latest.get(notice.slug) == notice.year and academic_year_over(notice.year, today)
    return StatusView(draft=draft, stale_year=notice.year if stale else None)
