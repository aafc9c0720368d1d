"""Stage 3 of the pipeline: merge national content with an academy's session.

A ``Notice`` is everything one published notice shows, resolved: national
documents included by ``use:``, national topics with the academy's words
added or substituted, the R408 list (national or the notice's own), deadlines
as time-zone-aware datetimes in the academy's zone. Pages (``generator.site``)
and the checklist (``generator.checklist``) both read Notices, never raw YAML.
Runs only on a project that passed every check.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from .loading import AcademyData, NationalContent, Project
from .model.academy import Academy
from .model.conditions import Condition
from .model.content import InterfaceFile, Question
from .model.session import SessionFile
from .model.specialties import R408List, Specialty


@dataclass(frozen=True)
class ResolvedDeadline:
    """A deadline or key date with its instants in the academy's time zone."""

    id: str
    label: str
    kind: str
    start: dt.datetime
    end: dt.datetime
    has_time: bool
    words: str | None
    note: str | None
    strict: bool


@dataclass(frozen=True)
class ResolvedDocument:
    """A supporting document as the notice requires it, with its condition and deadline."""

    id: str
    label: str
    group: str | None
    when: Condition
    deadline: str
    detail: str | None
    source: str | None
    national: str | None
    late_deposit: str | None = None  # the notice's words when it may be deposited after its deadline


@dataclass(frozen=True)
class ResolvedTopic:
    """A national topic with the academy's words: ``text`` is what the notice shows."""

    id: str
    title: str
    national_text: str
    national_source: str
    local: str | None
    replace: str | None
    local_source: str | None

    @property
    def text(self) -> str:
        return self.replace if self.replace is not None else self.national_text


@dataclass(frozen=True)
class Notice:
    """One academy's notice for one session, ready to render or to compute a checklist on."""

    academy: Academy
    session: SessionFile
    year: int
    tz: str
    opening: dt.datetime | None
    closing: dt.datetime | None
    closing_has_time: bool
    opening_has_time: bool
    deadlines: tuple[ResolvedDeadline, ...]
    documents: tuple[ResolvedDocument, ...]
    topics: tuple[ResolvedTopic, ...]
    r408: R408List | None
    specialties: dict[str, Specialty]
    questions: dict[str, Question]
    texts: InterfaceFile  # the words of the pages (content/interface.yaml)

    @property
    def slug(self) -> str:
        return self.academy.slug

    def deadline(self, deadline_id: str) -> ResolvedDeadline:
        return next(d for d in self.deadlines if d.id == deadline_id)


def _aware(moment, zone: zoneinfo.ZoneInfo, end: bool) -> dt.datetime:
    """The instant a moment starts or ends in the academy's zone.

    A time repeated when clocks go back is written with its offset
    (``2023-10-29 02:30+01:00``): the ``fold`` that gives that offset is kept
    (0, the first time, otherwise), so the instant stays in the academy's zone.
    """
    naive = moment.end() if end else moment.start()
    if moment.offset is not None:
        for fold in (0, 1):
            aware = naive.replace(tzinfo=zone, fold=fold)
            if aware.utcoffset() == moment.offset:
                return aware
    return naive.replace(tzinfo=zone)


def build_notice(content: NationalContent, data: AcademyData, year: int) -> Notice:
    academy = data.academy
    session = data.sessions[year]
    zone = zoneinfo.ZoneInfo(academy.timezone)
    info = session.session
    deadlines = tuple(
        sorted(
            (
                ResolvedDeadline(
                    id=did,
                    label=d.label,
                    kind=d.kind,
                    start=_aware(d.at, zone, end=False),
                    end=_aware(d.at, zone, end=True),
                    has_time=d.at.time is not None,
                    words=d.words,
                    note=d.note,
                    strict=d.strict,
                )
                for did, d in session.deadlines.items()
            ),
            key=lambda d: (d.end, d.id),
        )
    )
    national_docs = content.documents.documents
    documents = []
    for entry in session.documents:
        base = national_docs.get(entry.use) if entry.use else None
        if base is not None and base.from_session is not None and year < base.from_session:
            continue
        documents.append(
            ResolvedDocument(
                id=entry.id,
                label=entry.label or base.label,
                group=entry.group,
                when=entry.when if (base is None or entry.when.kind != "all" or entry.when.children) else base.when,
                deadline=entry.deadline,
                detail=entry.detail or (base.detail if base else None),
                source=entry.source or (base.source if base else None),
                national=entry.use,
                late_deposit=entry.late_deposit,
            )
        )
    topics = []
    for tid, topic in content.topics.topics.items():
        if topic.from_session is not None and year < topic.from_session:
            continue
        if topic.until_session is not None and year > topic.until_session:
            continue
        if topic.audience not in ("all", info.audience):
            continue
        own = session.topics.get(tid)
        topics.append(
            ResolvedTopic(
                id=tid,
                title=topic.title,
                national_text=topic.text,
                national_source=topic.source,
                local=own.local if own else None,
                replace=own.replace if own else None,
                local_source=own.source if own else None,
            )
        )
    r408 = None
    if session.r408 is not None:
        r408 = session.r408.own or content.regulations.r408_lists[session.r408.national]
    return Notice(
        academy=academy,
        session=session,
        year=year,
        tz=academy.timezone,
        opening=_aware(info.opening, zone, end=False) if info.opening else None,
        closing=_aware(info.closing, zone, end=True) if info.closing else None,
        opening_has_time=bool(info.opening and info.opening.time),
        closing_has_time=bool(info.closing and info.closing.time),
        deadlines=deadlines,
        documents=tuple(documents),
        topics=tuple(topics),
        r408=r408,
        specialties=content.specialties.specialties,
        questions=content.questions.questions,
        texts=content.interface,
    )


def build_notices(project: Project) -> list[Notice]:
    """Every notice of the project, by academy then session year."""
    notices = []
    for slug in sorted(project.academies):
        data = project.academies[slug]
        for year in sorted(data.sessions):
            notices.append(build_notice(project.content, data, year))
    return notices
