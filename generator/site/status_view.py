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
from ..staff.drafts import Pending, holds, session_pending


@dataclass(frozen=True)
class DraftItem:
    where: str  # « academies/nantes/2027.yaml:12 »
    text: str
    placeholder: bool = False  # a value « À COMPLÉTER » (else a ``verify:`` line)


@dataclass(frozen=True)
class StatusView:
    draft: tuple[DraftItem, ...]  # empty: not a draft
    stale_year: int | None  # the session's year, when its notice may have been replaced

    @property
    def draft_holds(self) -> str:
        """What the draft's list holds, for the instruction above it: « verify » (``verify:`` lines), « values »
        (values « À COMPLÉTER ») or « both »."""
        return holds(self.draft)


def pending(notice: Notice) -> list[Pending]:
    """What is left to check for the notice's session (nothing: it is not a draft)."""
    return session_pending(notice.academy, notice.session)


def latest(published: list[Notice]) -> dict[str, int]:
    """The latest session of each academy among ``published`` (the notices that are not drafts)."""
    found: dict[str, int] = {}
    for notice in published:
        found[notice.slug] = max(found.get(notice.slug, notice.year), notice.year)
    return found


def status_view(notice: Notice, left: list[Pending], latest_years: dict[str, int], today: dt.date) -> StatusView:
    """``left``: ``pending(notice)``; ``latest_years``: ``latest`` of the published notices."""
    draft = tuple(
        DraftItem(f"{item.location.file}:{item.location.line}" if item.location else "", item.text, item.placeholder) for item in left
    )
    stale = not draft and latest_years.get(notice.slug) == notice.year and academic_year_over(notice.year, today)
    return StatusView(draft=draft, stale_year=notice.year if stale else None)
