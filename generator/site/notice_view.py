"""The view model of a notice page (``templates/notice.md.j2``): what needs logic, computed here.

Conditions and deadlines are already in words, table rows are already chosen
and ordered, dates are written out; every string is plain text, escaped by the
template's environment (``templating``). Records of the YAML that need no
computation (an office, a form, a link) are handed over as they are.
The contacts section is shared with the establishment page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..merge import Notice, ResolvedDeadline, ResolvedDocument
from ..model.academy import Department, Office
from ..model.session import Application, Category, FormField, Link, SourceNote
from . import dates, ics, timeline
from .paths import CHECKLIST_PAGE, ESTABLISHMENT_PAGE, has_establishment_page
from .text import of, step_title
from .words import (
    closing_words,
    condition_words,
    deadline_moment,
    deadline_words,
    document_deadline,
    is_past,
    opening_words,
    specialty_name,
)

HOW_KEYS = {"individual": "who.how_individual", "establishment": "who.how_establishment", "elsewhere": "who.how_elsewhere"}
ROUTE_KEYS = {"scolaire": "who.route_scolaire", "apprenti": "who.route_apprenti", "formation_continue": "who.route_formation_continue"}
CHANNEL_KEYS = {
    "postal": "exam_adjustment.channel_postal",
    "application": "exam_adjustment.channel_application",
    "doctor": "exam_adjustment.channel_doctor",
    "website": "exam_adjustment.channel_website",
}


@dataclass(frozen=True)
class LabelledDate:
    label: str
    when: str


@dataclass(frozen=True)
class Header:
    title: str
    session_title: str
    past: bool
    notice_date: str | None
    reference: str | None
    for_establishments: bool
    opening: str | None
    closing: str | None
    documents_deadline: LabelledDate | None
    calendar_file: str
    establishment_page: str | None  # link from the notice page, when there is one
    checklist_page: str | None
    departments: tuple[Department, ...]


@dataclass(frozen=True)
class WhoRow:
    label: str
    how: str
    routes: str
    detail: str | None


@dataclass(frozen=True)
class Who:
    rows: tuple[WhoRow, ...]
    by_establishment: tuple[str, ...]  # labels of the categories their establishment registers
    elsewhere: tuple[Category, ...]


@dataclass(frozen=True)
class DateRow:
    when: str
    label: str
    deadline: bool  # a deadline, or a date given for information
    notes: str


@dataclass(frozen=True)
class Dates:
    opening: str | None
    closing: str | None
    rows: tuple[DateRow, ...]  # the deadlines, in date order
    note: str | None
    age_reference: str | None
    age_reference_note: str | None
    timeline: timeline.Timeline | None


@dataclass(frozen=True)
class StepView:
    title: str  # without a number typed in it (the template numbers the steps)
    who: str | None  # the condition in words; None for every candidate
    text: str
    deadline: str | None


@dataclass(frozen=True)
class DocumentRow:
    label: str
    who: str
    deadline: str
    details: str


@dataclass(frozen=True)
class DocumentGroup:
    name: str
    rows: tuple[DocumentRow, ...]


@dataclass(frozen=True)
class R408Row:
    specialty: str
    annexes: str
    words: str | None


@dataclass(frozen=True)
class R408:
    reference: str
    rows: tuple[R408Row, ...]
    note: str | None
    waiver: str | None
    source: str | None


@dataclass(frozen=True)
class Adjustment:
    channel_key: str  # the text of content/interface.yaml naming the channel
    how: str
    send_to: str | None
    application: Application | None
    url: str | None
    deadline: str | None
    decision: str | None
    renewal: str | None
    declare_in_cyclades: str | None


@dataclass(frozen=True)
class TopicView:
    title: str
    text: str
    replaced: bool  # the academy's text replaces the national one
    source: str
    local: str | None
    local_source: str | None


@dataclass(frozen=True)
class SpecialtyContact:
    names: tuple[str, ...]
    phones: tuple[str, ...]
    words: str | None


@dataclass(frozen=True)
class ManagingRow:
    specialty: str
    academy: str
    url: str | None


@dataclass(frozen=True)
class Contacts:
    exam_office_missing: bool
    offices: tuple[Office, ...]  # the exam office first
    specialty_contacts: tuple[SpecialtyContact, ...]
    specialty_contacts_note: str | None
    managing: tuple[ManagingRow, ...]
    managing_note: str | None


@dataclass(frozen=True)
class Links:
    website: str
    bts_page: str | None
    items: tuple[Link, ...]


@dataclass(frozen=True)
class Sources:
    session_title: str
    year: int
    departments_source: str | None
    notes: tuple[SourceNote, ...]


@dataclass(frozen=True)
class NoticeView:
    """Everything notice.md.j2 prints, section by section."""

    of_academy: str  # « de Toulouse », « d'Aix-Marseille »
    header: Header
    who: Who
    dates: Dates
    steps: tuple[StepView, ...]
    documents: tuple[DocumentGroup, ...]
    maintenance: tuple[DocumentRow, ...]  # documents asked for the « maintenance des systèmes » specialty
    r408: R408 | None
    adjustment: Adjustment | None
    topics: tuple[TopicView, ...]
    forms: tuple[FormField, ...]
    contacts: Contacts
    links: Links
    sources: Sources


def page_title(notice: Notice) -> str:
    return notice.texts.text("common.title", of_academy=of(notice.academy.name, notice.texts), year=notice.year)


def _header(notice: Notice, today: dt.date, checklist: bool) -> Header:
    info = notice.session.session
    documents = None
    if "documents" in {d.id for d in notice.deadlines}:
        documents = LabelledDate(notice.deadline("documents").label, deadline_moment(notice, "documents"))
    return Header(
        title=page_title(notice),
        session_title=info.title,
        past=is_past(notice, today),
        notice_date=dates.day(info.notice_date) if info.notice_date else None,
        reference=info.reference or None,
        for_establishments=info.audience == "establishment",
        opening=opening_words(notice) if notice.opening else None,
        closing=closing_words(notice) if notice.closing else None,
        documents_deadline=documents,
        calendar_file=ics.filename(notice),
        establishment_page=ESTABLISHMENT_PAGE if has_establishment_page(notice) else None,
        checklist_page=CHECKLIST_PAGE if checklist else None,
        departments=notice.academy.departments,
    )


def _who(notice: Notice) -> Who:
    t = notice.texts
    rows = []
    for c in notice.session.who:
        routes = ", ".join(t.text(ROUTE_KEYS[r]) if r in ROUTE_KEYS else r for r in c.routes)
        rows.append(WhoRow(c.label, t.text(HOW_KEYS[c.how]), routes, c.detail))
    return Who(
        rows=tuple(rows),
        by_establishment=tuple(c.label for c in notice.session.who if c.how == "establishment"),
        elsewhere=tuple(c for c in notice.session.who if c.how == "elsewhere"),
    )


def events(notice: Notice) -> list[timeline.Event]:
    """The dots of the notice's timeline: opening, closing, every deadline."""
    t = notice.texts
    out = []
    if notice.opening is not None:
        # An opening without a time starts that day: never « jusqu'à la fin de la journée ».
        out.append(timeline.Event(notice.opening, notice.opening_has_time, t.text("common.opening_event"), "window", end_of_day_words=False))
    if notice.closing is not None:
        out.append(timeline.Event(notice.closing, notice.closing_has_time, t.text("common.closing_event"), "window"))
    for d in notice.deadlines:
        out.append(timeline.Event(d.end, d.has_time, d.label, d.kind, end_of_day_words=d.kind == "deadline"))
    return out


def _date_notes(notice: Notice, deadline: ResolvedDeadline) -> str:
    """The details of a date: « délai de rigueur » and its exceptions, the notice's words, the guide's note."""
    t = notice.texts
    notes = []
    if deadline.strict:
        notes.append(t.text("dates.strict"))
        # A document the notice lets candidates deposit later is not under this « délai de rigueur ».
        for doc in notice.documents:
            if doc.deadline == deadline.id and doc.late_deposit:
                notes.append(t.text("dates.late_deposit", label=doc.label, words=doc.late_deposit))
    if deadline.words:
        notes.append(t.text("dates.words", words=deadline.words))
    if deadline.note:
        notes.append(deadline.note)
    return " ".join(notes)


def _dates(notice: Notice) -> Dates:
    info = notice.session.session
    rows = tuple(
        DateRow(deadline_moment(notice, d.id), d.label, d.kind == "deadline", _date_notes(notice, d))
        for d in sorted(notice.deadlines, key=lambda d: (d.end, d.id))
    )
    evs = events(notice)
    return Dates(
        opening=opening_words(notice) if notice.opening else None,
        closing=closing_words(notice) if notice.closing else None,
        rows=rows,
        note=info.dates_note or None,
        age_reference=dates.day(info.age_reference_date) if info.age_reference_date else None,
        age_reference_note=info.age_reference_note or None,
        timeline=timeline.layout(evs, notice.tz, f"frise-{notice.slug}-{notice.year}", notice.texts) if evs else None,
    )


def _steps(notice: Notice) -> tuple[StepView, ...]:
    return tuple(
        StepView(
            title=step_title(step.title, notice.texts),
            who=condition_words(notice, step.when) if step.when.kind != "all" or step.when.children else None,
            text=step.text,
            deadline=deadline_words(notice, step.deadline) if step.deadline else None,
        )
        for step in notice.session.steps
    )


def document_rows(notice: Notice, docs: Iterable[ResolvedDocument]) -> tuple[DocumentRow, ...]:
    t = notice.texts
    rows = []
    for doc in docs:
        details = []
        if doc.detail:
            details.append(doc.detail)
        if doc.source:
            details.append(t.text("common.source", source=doc.source))
        rows.append(DocumentRow(doc.label, condition_words(notice, doc.when), document_deadline(notice, doc), " ".join(details)))
    return tuple(rows)


def _documents(notice: Notice) -> tuple[DocumentGroup, ...]:
    groups: dict[str, list[ResolvedDocument]] = {}
    for doc in notice.documents:
        groups.setdefault(doc.group or notice.texts.text("documents.other_group"), []).append(doc)
    return tuple(DocumentGroup(name, document_rows(notice, docs)) for name, docs in groups.items())


def _maintenance(notice: Notice) -> tuple[DocumentRow, ...]:
    docs = [d for d in notice.documents if any(t.question == "specialty" and any(v.startswith("maintenance_systemes") for v in t.values) for t in d.when.tests())]
    return document_rows(notice, docs)


def _r408(notice: Notice) -> R408 | None:
    req, lst = notice.session.r408, notice.r408
    if req is None or lst is None:
        return None
    t = notice.texts
    rows = []
    for entry in lst.specialties:
        if entry.annexes:
            annexes = t.join("r408.annex_and", [t.text("r408.annex", annex=a) for a in entry.annexes])
        else:
            annexes = t.text("r408.annexes_unknown")
        rows.append(R408Row(specialty_name(notice, entry.specialty), annexes, entry.words))
    return R408(lst.reference, tuple(rows), lst.note or None, req.waiver or None, req.source or None)


def _adjustment(notice: Notice) -> Adjustment | None:
    adj = notice.session.exam_adjustment
    if adj is None:
        return None
    return Adjustment(
        channel_key=CHANNEL_KEYS[adj.channel],
        how=adj.how,
        send_to=adj.send_to or None,
        application=adj.application,
        url=adj.url or None,
        deadline=deadline_words(notice, adj.deadline) if adj.deadline else None,
        decision=adj.decision or None,
        renewal=adj.renewal or None,
        declare_in_cyclades=adj.declare_in_cyclades or None,
    )


def _topics(notice: Notice) -> tuple[TopicView, ...]:
    out = []
    for topic in notice.topics:
        if topic.replace is not None:
            text, source = topic.replace, topic.local_source or notice.session.session.title
        else:
            text, source = topic.national_text, topic.national_source
        out.append(TopicView(topic.title, text, topic.replace is not None, source, topic.local, topic.local_source or None))
    return tuple(out)


def contacts(notice: Notice) -> Contacts:
    """The contacts section (notice and establishment pages): offices, per-specialty contacts, managing academies."""
    academy, s = notice.academy, notice.session
    offices = (academy.exam_office, academy.positioning_office, academy.vae_office, *s.contacts)
    return Contacts(
        exam_office_missing=academy.exam_office is None,
        offices=tuple(o for o in offices if o is not None),
        specialty_contacts=tuple(
            SpecialtyContact(tuple(specialty_name(notice, ref) for ref in g.specialties), g.phones, g.words) for g in s.specialty_contacts
        ),
        specialty_contacts_note=s.specialty_contacts_note or None,
        managing=tuple(ManagingRow(specialty_name(notice, m.specialty), m.academy, m.url or None) for m in s.managing_academies),
        managing_note=s.managing_academies_note or None,
    )


def notice_view(notice: Notice, today: dt.date, *, checklist: bool = False) -> NoticeView:
    """The notice page's view model; ``checklist``: the page links to the notice's checklist page."""
    academy = notice.academy
    return NoticeView(
        of_academy=of(academy.name, notice.texts),
        header=_header(notice, today, checklist),
        who=_who(notice),
        dates=_dates(notice),
        steps=_steps(notice),
        documents=_documents(notice),
        maintenance=_maintenance(notice),
        r408=_r408(notice),
        adjustment=_adjustment(notice),
        topics=_topics(notice),
        forms=notice.session.forms,
        contacts=contacts(notice),
        links=Links(academy.website, academy.bts_page or None, notice.session.links),
        sources=Sources(notice.session.session.title, notice.year, academy.departments_source or None, notice.session.source_notes),
    )
