"""The « Nouveautés de la session » section of a notice page (``templates/_novelties.md.j2``).

Two sources, each said as such:

- what the notice itself announces as new (``novelties: notice:`` of the
  session file, with the place in the notice): the notice's words;
- the guide's comparison with the academy's previous session in the project for the
  same audience (``compared_year``, which ``python -m generator diff --keys`` asks too), introduced by « Par
  rapport à la notice de la session 2024 : » and followed by the provenance of the comparison.

Only the changes that matter to a candidate are shown (``Change.candidate``),
minus those staff left out (``novelties: drop:``); items added to or removed
from a list are gathered in one line per section, and topics in one line, to
keep the section short. ``novelties: non précisé par la notice`` shows no section.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diff import Change, diff, previous_for_readers, section_title
from ..merge import Notice
from ..model.values import NOT_GIVEN

GATHERED = ("who", "steps", "documents", "contacts", "links", "forms", "specialties")
"""Sections whose added (or removed) items are shown in one line."""


@dataclass(frozen=True)
class NoticeNovelty:
    """Consecutive statements of the notice announced as new, from the same place, and that place in words."""

    texts: tuple[str, ...]
    provenance: str


@dataclass(frozen=True)
class NoveltiesView:
    notice: tuple[NoticeNovelty, ...]
    compared_with: int | None  # the previous session's year, when the guide compares
    lines: tuple[str, ...]  # the comparison's lines; empty: no change for candidates
    provenance: str | None  # the comparison's provenance, in words


def compares(notice: Notice) -> bool:
    """Whether staff let the page compare the notice with the previous session: not with ``compare: false``, nor
    with ``novelties: non précisé par la notice`` (no section at all)."""
    settings = notice.session.novelties
    return settings is not NOT_GIVEN and (settings is None or settings.compare)


def compared_year(notice: Notice, audiences: dict[int, str]) -> int | None:
    """The session the page's « Nouveautés de la session » compares ``notice`` with, or None: the academy's previous
    session for the same candidates (``diff.previous_for_readers``; ``audiences``: the academy's sessions, year →
    audience, at least every one before ``notice``'s back to the candidate compared: a session between two others is
    the later one's previous), when staff let it compare (``compares``).
    The page (``pages.previous_notice``) and ``python -m generator diff --keys`` (which lines are « dans Nouveautés »)
    both ask this function, so that they agree."""
    return previous_for_readers(audiences, notice.year) if compares(notice) else None


def shown_changes(notice: Notice, changes: tuple[Change, ...]) -> set[int]:
    """The indexes of the changes the notice page shows: those for candidates, minus ``novelties: drop:``."""
    settings = notice.session.novelties
    dropped = set(settings.drop) if settings not in (None, NOT_GIVEN) else set()
    return {i for i, c in enumerate(changes) if c.candidate and c.key not in dropped}


def _lines(notice: Notice, changes: list[Change]) -> tuple[str, ...]:
    t = notice.texts
    lines: list[str] = []
    done: set[tuple[str, str]] = set()
    topics = [c.item for c in changes if c.section == "topics" and c.key != "topics"]
    for change in changes:
        if change.section == "topics" and change.key != "topics":
            if ("topics", "") not in done:
                done.add(("topics", ""))
                lines.append(t.text("novelties.topics", items=t.join("changes.labels_join", list(dict.fromkeys(topics)))))
            continue
        if change.section in GATHERED and change.whole:
            group = (change.section, change.kind)
            if group not in done:
                done.add(group)
                items = [t.text("changes.quoted", text=c.item) for c in changes if (c.section, c.kind) == group and c.whole]
                key = "novelties.added" if change.kind == "added" else "novelties.removed"
                lines.append(t.text(key, section=section_title(notice, change.section), items=t.join("changes.labels_join", items)))
            continue
        lines.append(change.text)
    return tuple(lines)


def novelties_view(notice: Notice, previous: Notice | None) -> NoveltiesView | None:
    """The section's view model; None when there is nothing to show (or staff suppressed it)."""
    settings = notice.session.novelties
    if settings is NOT_GIVEN:
        return None
    t = notice.texts
    blocks: list[tuple[list[str], str]] = []
    for statement in settings.notice if settings is not None else ():
        provenance = t.text("provenance.notice", section=statement.section)
        if blocks and blocks[-1][1] == provenance:
            blocks[-1][0].append(statement.text)
        else:
            blocks.append(([statement.text], provenance))
    notice_part = tuple(NoticeNovelty(tuple(texts), provenance) for texts, provenance in blocks)
    compare = previous is not None and compares(notice)
    if not compare:
        return NoveltiesView(notice_part, None, (), None) if notice_part else None
    changes = diff(previous, notice)
    shown = shown_changes(notice, changes)
    lines = _lines(notice, [c for i, c in enumerate(changes) if i in shown])
    if not lines and any(c.candidate for c in changes):
        # Staff left out every line of the comparison: no comparison shown (« no change » would be untrue).
        return NoveltiesView(notice_part, None, (), None) if notice_part else None
    return NoveltiesView(notice_part, previous.year, lines, t.text("novelties.provenance", year_a=previous.year, year_b=notice.year))
