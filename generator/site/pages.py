"""Notices → Markdown pages, as pure functions (no MkDocs needed).

``site_files(notices, today)`` returns every generated file of the site as
``{path inside docs: str | bytes}``; the MkDocs hook only hands them over.
Every YAML value goes through ``text.md``/``text.md_block`` (escaped, French
typography); dates through ``dates`` (weekday derived from the date). Every
word of the pages themselves (headings, table headers, sentences around the
values) comes from ``content/interface.yaml``, carried by each notice
(``notice.texts``); only Markdown and punctuation are written here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass

from ..merge import Notice, ResolvedDocument
from ..model.academy import Office
from ..model.conditions import Condition
from ..model.content import ChecklistFile, InterfaceFile
from ..model.specialties import SpecialtyRef
from . import dates, ics, timeline
from .text import attr, cell, html_words, link, md, md_block, md_words, of, step_title

HOW_KEYS = {"individual": "who.how_individual", "establishment": "who.how_establishment", "elsewhere": "who.how_elsewhere"}
ROUTE_KEYS = {"scolaire": "who.route_scolaire", "apprenti": "who.route_apprenti", "formation_continue": "who.route_formation_continue"}
ESTABLISHMENT_ROUTES = ("scolaire", "apprenti", "formation_continue")
ROUTE_COLUMN_KEYS = ("establishment.col_scolaire", "establishment.col_apprenti", "establishment.col_formation_continue")
FIT_KEYS = {"yes": "establishment.fit_yes", "maybe": "establishment.fit_maybe", "no": "establishment.fit_no"}
CHANNEL_KEYS = {
    "postal": "exam_adjustment.channel_postal",
    "application": "exam_adjustment.channel_application",
    "doctor": "exam_adjustment.channel_doctor",
    "website": "exam_adjustment.channel_website",
}
EMPTY = "—"  # an empty table cell


# ---------------------------------------------------------------- paths


def notice_dir(notice: Notice) -> str:
    return f"{notice.slug}/{notice.year}"


def notice_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/index.md"


def establishment_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/etablissements.md"


def checklist_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/liste-personnalisee.md"


def ics_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{ics.filename(notice)}"


def has_establishment_page(notice: Notice) -> bool:
    return notice.session.session.audience == "establishment"


# ---------------------------------------------------------------- helpers


def last_date(notice: Notice) -> dt.datetime | None:
    """The last instant of the session's registration: closing or latest deadline."""
    instants = [d.end for d in notice.deadlines]
    if notice.closing is not None:
        instants.append(notice.closing)
    return max(instants) if instants else None


def is_past(notice: Notice, today: dt.date) -> bool:
    """A session is past when every registration date of its notice is before today."""
    last = last_date(notice)
    return last is not None and last.date() < today


def moment(notice: Notice, value: dt.datetime, has_time: bool, *, end_of_day_words: bool = True) -> str:
    """A date of the notice in words, in the notice's time zone."""
    return dates.moment(value, has_time, notice.tz, notice.texts, end_of_day_words=end_of_day_words)


def specialty_name(notice: Notice, ref: SpecialtyRef | str) -> str:
    """« Maintenance des systèmes, option B » from a reference or an id."""
    if isinstance(ref, str):
        ref = SpecialtyRef.parse(ref)
    spec = notice.specialties.get(ref.specialty)
    name = spec.name if spec else ref.specialty
    if spec and spec.abbreviation:
        name = f"{name} ({spec.abbreviation})"
    if ref.option:
        option = spec.options.get(ref.option) if spec else None
        name += ", " + (option or notice.texts.text("conditions.option", letter=ref.option))
    return name


def _value_words(notice: Notice, question_id: str, value: str) -> str:
    question = notice.questions.get(question_id)
    if question is None:
        return value
    if question.kind == "specialty":
        return specialty_name(notice, value)
    if question.kind == "option":
        return notice.texts.text("conditions.option", letter=value)
    return question.choices.get(value, value)


def condition_words(notice: Notice, cond: Condition) -> str:
    """A ``when:`` condition in words, with the questions' labels (plain text)."""
    t = notice.texts
    if cond.kind == "all" and not cond.children:
        return t.text("conditions.everyone")
    if cond.kind == "test":
        question = notice.questions.get(cond.question)
        label = question.label if question else cond.question
        values = [_value_words(notice, cond.question, v) for v in cond.values]
        if label.rstrip().endswith("?"):
            quoted = [t.text("conditions.quoted_answer", answer=v) for v in values]
            return t.text("conditions.question_answer", question=label, answers=t.join("conditions.or_answer", quoted))
        return t.text("conditions.statement_answer", statement=label, answers=t.join("conditions.or_answer", values))
    if cond.kind == "not":
        return t.text("conditions.unless", condition=condition_words(notice, cond.children[0]))
    parts = [condition_words(notice, c) for c in cond.children]
    if cond.kind == "any":
        return t.text("conditions.any", conditions=t.join("conditions.any_join", [f"({p})" for p in parts]))
    return t.join("conditions.all_join", parts)


def _route_fit(cond: Condition, route: str) -> str:
    """Does the condition hold for a candidate of this route? « yes », « no » or « maybe »."""
    if cond.kind == "all" and not cond.children:
        return "yes"
    if cond.kind == "test":
        if cond.question == "route":
            return "yes" if route in cond.values else "no"
        return "maybe"
    results = [_route_fit(c, route) for c in cond.children]
    if cond.kind == "not":
        return {"yes": "no", "no": "yes", "maybe": "maybe"}[results[0]]
    if cond.kind == "any":
        return "yes" if "yes" in results else ("maybe" if "maybe" in results else "no")
    return "no" if "no" in results else ("maybe" if "maybe" in results else "yes")


def _w(texts: InterfaceFile, key: str, **values: object) -> str:
    """Text ``key`` of content/interface.yaml as Markdown: its words escaped, ``values`` given as Markdown."""
    return texts.render(key, md_words, **values)


def table(headers: list[str], rows: Iterable[list[str]], caption: str) -> str:
    """A Markdown table inside a focusable horizontally scrollable region (360 px screens)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return (
        f'<div class="bts-scroll" role="region" tabindex="0" aria-label="{attr(caption)}" markdown>\n\n'
        + "\n".join(lines)
        + "\n\n</div>"
    )


def _headers(texts: InterfaceFile, *keys: str) -> list[str]:
    return [_w(texts, key) for key in keys]


def deadline_words(notice: Notice, deadline_id: str | None) -> str:
    if not deadline_id:
        return ""
    d = notice.deadline(deadline_id)
    return notice.texts.text("common.label_value", label=d.label, value=moment(notice, d.end, d.has_time, end_of_day_words=d.kind == "deadline"))


def _phone_link(phone: str) -> str:
    return f"[{md(phone)}](<tel:+33{phone.replace(' ', '')[1:]}>)"


def office_block(office: Office, texts: InterfaceFile, level: str = "###") -> str:
    out = [f"{level} {md(office.name)}", ""]
    if office.role:
        out += [md_block(office.role), ""]
    items = []
    for email in office.emails:
        items.append("- " + _w(texts, "contacts.email", email=f"[{md(email)}](<mailto:{email}>)"))
    for phone in office.phones:
        items.append("- " + _w(texts, "contacts.phone", phone=_phone_link(phone)))
    if office.address:
        items.append("- " + _w(texts, "contacts.address", address=", ".join(md(line) for line in office.address)))
    if office.url:
        items.append("- " + _w(texts, "contacts.web", link=link(office.url, office.url)))
    if items:
        out += items + [""]
    if office.note:
        out += [md_block(office.note), ""]
    return "\n".join(out)


def _past_warning(texts: InterfaceFile) -> list[str]:
    """The admonition of a past session (« Session passée »)."""
    return [f'!!! warning "{_w(texts, "common.past_title")}"', "", "    " + _w(texts, "common.past_text"), ""]


# ---------------------------------------------------------------- events


def events(notice: Notice) -> list[timeline.Event]:
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


# ---------------------------------------------------------------- notice page


@dataclass(frozen=True)
class Extras:
    """Optional pages linked from the notice (computed by ``site_files``)."""

    checklist: bool = False


def _title(notice: Notice) -> str:
    return notice.texts.text("common.title", of_academy=of(notice.academy.name, notice.texts), year=notice.year)


def _header(notice: Notice, today: dt.date, extras: Extras) -> list[str]:
    t = notice.texts
    info = notice.session.session
    out = [f"# {md(_title(notice))}", "", f"**{md(info.title)}**", ""]
    if is_past(notice, today):
        out += _past_warning(t)
    facts = []
    if info.notice_date:
        facts.append("- " + _w(t, "header.notice_date", date=md(dates.day(info.notice_date))))
    if info.reference:
        facts.append("- " + _w(t, "header.reference", reference=md(info.reference)))
    facts.append("- " + _w(t, "header.audience_establishment" if info.audience == "establishment" else "header.audience_individual"))
    if notice.opening:
        facts.append("- " + _w(t, "header.opening", date=f"**{md(moment(notice, notice.opening, notice.opening_has_time, end_of_day_words=False))}**"))
    if notice.closing:
        facts.append("- " + _w(t, "header.closing", date=f"**{md(moment(notice, notice.closing, notice.closing_has_time))}**"))
    if "documents" in {d.id for d in notice.deadlines}:
        d = notice.deadline("documents")
        facts.append("- " + _w(t, "common.label_value", label=md(d.label), value=f"**{md(moment(notice, d.end, d.has_time, end_of_day_words=d.kind == 'deadline'))}**"))
    facts.append(f"- [{_w(t, 'header.calendar')}]({ics.filename(notice)})")
    if has_establishment_page(notice):
        facts.append(f"- [{_w(t, 'header.establishment_page')}](etablissements.md)")
    if extras.checklist:
        facts.append(f"- [{_w(t, 'header.checklist_page')}](liste-personnalisee.md)")
    out += facts + [""]
    return out


def _who(notice: Notice) -> list[str]:
    t = notice.texts
    title = t.text("who.title")
    out = [f"## {_w(t, 'who.title')}", ""]
    rows = []
    for c in notice.session.who:
        routes = ", ".join(t.text(ROUTE_KEYS[r]) if r in ROUTE_KEYS else r for r in c.routes)
        rows.append([md(c.label), md(t.text(HOW_KEYS[c.how])), cell(routes), cell(c.detail)])
    out += [table(_headers(t, "who.col_situation", "who.col_how", "who.col_routes", "who.col_details"), rows, title), ""]
    by_establishment = [c for c in notice.session.who if c.how == "establishment"]
    if by_establishment:
        out += [_w(t, "who.by_establishment"), ""]
        out += [f"- {md(c.label)}" for c in by_establishment] + [""]
    elsewhere = [c for c in notice.session.who if c.how == "elsewhere"]
    if elsewhere:
        items = ["- " + (_w(t, "common.label_value", label=md(c.label), value=md(c.detail)) if c.detail else md(c.label)) for c in elsewhere]
        out += [_w(t, "who.elsewhere"), ""] + items + [""]
    return out


def step_heading(i: int, title: str, texts: InterfaceFile) -> str:
    """« ### Étape 2 : Saisie »: always numbered by its place, a number typed in the title dropped (``text.step_title``)."""
    return "### " + _w(texts, "steps.heading", number=i, title=md(step_title(title, texts)))


def _steps(notice: Notice) -> list[str]:
    if not notice.session.steps:
        return []
    t = notice.texts
    out = [f"## {_w(t, 'steps.title')}", ""]
    for i, step in enumerate(notice.session.steps, 1):
        out += [step_heading(i, step.title, t), ""]
        if step.when.kind != "all" or step.when.children:
            out += [f"*{_w(t, 'steps.who', condition=md(condition_words(notice, step.when)))}*", ""]
        out += [md_block(step.text), ""]
        if step.deadline:
            out += [_w(t, "common.deadline", date=f"**{md(deadline_words(notice, step.deadline))}**"), ""]
    return out


def _dates(notice: Notice) -> list[str]:
    t = notice.texts
    info = notice.session.session
    title = t.text("dates.title")
    out = [f"## {_w(t, 'dates.title')}", ""]
    rows = []
    if notice.opening:
        when = md(moment(notice, notice.opening, notice.opening_has_time, end_of_day_words=False))
        rows.append([when, _w(t, "common.opening_event"), _w(t, "dates.nature_registration"), EMPTY])
    if notice.closing:
        rows.append([md(moment(notice, notice.closing, notice.closing_has_time)), _w(t, "common.closing_event"), _w(t, "dates.nature_deadline"), EMPTY])
    for d in sorted(notice.deadlines, key=lambda d: (d.end, d.id)):
        notes = []
        if d.strict:
            notes.append(t.text("dates.strict"))
            # A document the notice lets candidates deposit later is not under this « délai de rigueur ».
            for doc in notice.documents:
                if doc.deadline == d.id and doc.late_deposit:
                    notes.append(t.text("dates.late_deposit", label=doc.label, words=doc.late_deposit))
        if d.words:
            notes.append(t.text("dates.words", words=d.words))
        if d.note:
            notes.append(d.note)
        nature = _w(t, "dates.nature_deadline" if d.kind == "deadline" else "dates.nature_information")
        rows.append([md(moment(notice, d.end, d.has_time, end_of_day_words=d.kind == "deadline")), md(d.label), nature, cell(" ".join(notes))])
    out += [table(_headers(t, "dates.col_date", "dates.col_what", "dates.col_nature", "dates.col_details"), rows, title), ""]
    if info.dates_note:
        out += [md_block(info.dates_note), ""]
    if info.age_reference_date:
        out += [_w(t, "dates.age_reference", date=f"**{md(dates.day(info.age_reference_date))}**"), ""]
        if info.age_reference_note:
            out += [md_block(info.age_reference_note), ""]
    evs = events(notice)
    if evs:
        ident = f"frise-{notice.slug}-{notice.year}"
        out += [
            f"### {_w(t, 'dates.timeline_title')}",
            "",
            f'<figure class="bts-figure">{timeline.svg(evs, notice.tz, ident, t)}<figcaption>{t.render("dates.timeline_caption", html_words)}</figcaption></figure>',
            "",
            timeline.text_equivalent(evs, notice.tz, t),
            "",
        ]
    return out


def _document_rows(notice: Notice, docs: Iterable[ResolvedDocument]) -> list[list[str]]:
    t = notice.texts
    rows = []
    for doc in docs:
        details = []
        if doc.detail:
            details.append(doc.detail)
        if doc.source:
            details.append(t.text("common.source", source=doc.source))
        rows.append([md(doc.label), md(condition_words(notice, doc.when)), md(document_deadline(notice, doc)), cell(" ".join(details))])
    return rows


def document_deadline(notice: Notice, doc: ResolvedDocument) -> str:
    """A document's deadline in words (plain text): the date, its label when it is not the documents' one, then the notice's words on a later deposit."""
    t = notice.texts
    d = notice.deadline(doc.deadline)
    when = moment(notice, d.end, d.has_time, end_of_day_words=d.kind == "deadline")
    if doc.deadline != "documents":
        when = t.text("common.label_value", label=d.label, value=when)
    if doc.late_deposit:
        when = t.text("documents.late_deposit", date=when, words=doc.late_deposit)
    return when


def _document_headers(texts: InterfaceFile) -> list[str]:
    return _headers(texts, "documents.col_document", "documents.col_who", "documents.col_deadline", "documents.col_details")


def _documents(notice: Notice) -> list[str]:
    t = notice.texts
    out = [f"## {_w(t, 'documents.title')}", ""]
    out += [_w(t, "documents.intro"), ""]
    groups: dict[str, list[ResolvedDocument]] = {}
    for doc in notice.documents:
        groups.setdefault(doc.group or t.text("documents.other_group"), []).append(doc)
    headers = _document_headers(t)
    for group, docs in groups.items():
        out += [f"### {md(group)}", "", table(headers, _document_rows(notice, docs), group), ""]
    return out


def _topics(notice: Notice) -> list[str]:
    if not notice.topics:
        return []
    t = notice.texts
    out = [f"## {_w(t, 'topics.title')}", ""]
    for topic in notice.topics:
        out += [f"### {md(topic.title)}", ""]
        if topic.replace is not None:
            source = md(topic.local_source or notice.session.session.title)
            out += [md_block(topic.replace), "", f"*{_w(t, 'topics.replaced', source=source)}*", ""]
        else:
            out += [md_block(topic.national_text), "", f"*{_w(t, 'common.source', source=md(topic.national_source))}*", ""]
        if topic.local is not None:
            out += [f"**{_w(t, 'topics.local', of_academy=md(of(notice.academy.name, t)))}**", "", md_block(topic.local), ""]
            if topic.local_source:
                out += [f"*{_w(t, 'common.source', source=md(topic.local_source))}*", ""]
    return out


def _exam_adjustment(notice: Notice) -> list[str]:
    adj = notice.session.exam_adjustment
    if adj is None:
        return []
    t = notice.texts
    out = [f"## {_w(t, 'exam_adjustment.title')}", "", _w(t, "exam_adjustment.request", channel=_w(t, CHANNEL_KEYS[adj.channel])), "", md_block(adj.how), ""]
    items = []
    if adj.send_to:
        items.append("- " + _w(t, "exam_adjustment.send_to", address=md(adj.send_to)))
    if adj.application:
        items.append("- " + _w(t, "exam_adjustment.application", link=link(adj.application.name, adj.application.url), url=md(adj.application.url)))
    if adj.url:
        items.append("- " + _w(t, "exam_adjustment.url", link=link(adj.url, adj.url)))
    if adj.deadline:
        items.append("- " + _w(t, "common.deadline", date=f"**{md(deadline_words(notice, adj.deadline))}**"))
    if adj.decision:
        items.append("- " + _w(t, "exam_adjustment.decision", decision=md(adj.decision)))
    if adj.renewal:
        items.append("- " + _w(t, "exam_adjustment.renewal", renewal=md(adj.renewal)))
    if adj.declare_in_cyclades:
        items.append("- " + _w(t, "exam_adjustment.cyclades", words=md(adj.declare_in_cyclades)))
    return out + items + [""]


def _r408(notice: Notice) -> list[str]:
    req = notice.session.r408
    if req is None or notice.r408 is None:
        return []
    t = notice.texts
    lst = notice.r408
    out = [f"## {_w(t, 'r408.title')}", "", _w(t, "r408.list_reference", reference=md(lst.reference)), ""]
    rows = []
    for entry in lst.specialties:
        if entry.annexes:
            annexes = t.join("r408.annex_and", [t.text("r408.annex", annex=a) for a in entry.annexes])
        else:
            annexes = t.text("r408.annexes_unknown")
        rows.append([md(specialty_name(notice, entry.specialty)), md(annexes), cell(entry.words)])
    out += [table(_headers(t, "r408.col_specialty", "r408.col_annexes", "r408.col_words"), rows, t.text("r408.caption")), ""]
    if lst.note:
        out += [md_block(lst.note), ""]
    if req.waiver:
        out += [f"**{_w(t, 'r408.waiver')}** {md(req.waiver)}", ""]
    if req.source:
        out += [f"*{_w(t, 'common.source', source=md(req.source))}*", ""]
    return out


def _maintenance(notice: Notice) -> list[str]:
    docs = [d for d in notice.documents if any(t.question == "specialty" and any(v.startswith("maintenance_systemes") for v in t.values) for t in d.when.tests())]
    if not docs:
        return []
    t = notice.texts
    out = [f"## {_w(t, 'maintenance.title')}", "", _w(t, "maintenance.intro"), ""]
    out += [table(_document_headers(t), _document_rows(notice, docs), t.text("maintenance.caption")), ""]
    return out


def _forms(notice: Notice) -> list[str]:
    if not notice.session.forms:
        return []
    t = notice.texts
    out = [f"## {_w(t, 'forms.title')}", ""]
    for form in notice.session.forms:
        out += [f"### {md(form.title)}", "", md_block(form.purpose), ""]
        if form.url:
            out += [_w(t, "forms.download", link=link(form.url, form.url)), ""]
        if form.source:
            out += [f"*{_w(t, 'common.source', source=md(form.source))}*", ""]
        if form.text:
            out += [_w(t, "forms.text"), ""]
            out += ["\n".join(("> " + line) if line else ">" for line in md_block(form.text).splitlines()), ""]
    return out


def _contacts(notice: Notice) -> list[str]:
    t = notice.texts
    academy = notice.academy
    out = [f"## {_w(t, 'contacts.title')}", ""]
    if academy.exam_office is not None:
        out.append(office_block(academy.exam_office, t))
    else:
        out += [_w(t, "contacts.no_exam_office"), ""]
    for office in (academy.positioning_office, academy.vae_office, *notice.session.contacts):
        if office is not None:
            out.append(office_block(office, t))
    s = notice.session
    if s.specialty_contacts:
        title = t.text("contacts.specialty_title")
        out += [f"### {_w(t, 'contacts.specialty_title')}", ""]
        rows = []
        for group in s.specialty_contacts:
            names = "<br>".join(md(specialty_name(notice, ref)) for ref in group.specialties)
            phones = "<br>".join(_phone_link(p) for p in group.phones)
            rows.append([names, phones or EMPTY, cell(group.words)])
        out += [table(_headers(t, "contacts.col_specialties", "contacts.col_phone", "contacts.col_words"), rows, title), ""]
        if s.specialty_contacts_note:
            out += [md_block(s.specialty_contacts_note), ""]
    if s.managing_academies:
        out += [f"### {_w(t, 'contacts.managing_title')}", ""]
        rows = [[md(specialty_name(notice, m.specialty)), md(m.academy), link(m.url, m.url) if m.url else EMPTY] for m in s.managing_academies]
        out += [table(_headers(t, "contacts.col_specialty", "contacts.col_academy", "contacts.col_page"), rows, t.text("contacts.managing_caption")), ""]
    if s.managing_academies_note:
        out += [md_block(s.managing_academies_note), ""]
    return out


def _links(notice: Notice) -> list[str]:
    t = notice.texts
    academy = notice.academy
    items = ["- " + _w(t, "links.website", link=link(academy.website, academy.website))]
    if academy.bts_page:
        items.append("- " + _w(t, "links.bts_page", link=link(academy.bts_page, academy.bts_page)))
    for item in notice.session.links:
        items.append("- " + _w(t, "common.label_value", label=md(item.label), value=link(item.url, item.url)))
    return [f"## {_w(t, 'links.title')}", "", *items, ""]


def _sources(notice: Notice) -> list[str]:
    t = notice.texts
    title = t.text("sources.title")
    out = [f"## {_w(t, 'sources.title')}", ""]
    info = notice.session.session
    out += [_w(t, "sources.summary", title=md(info.title), of_academy=md(of(notice.academy.name, t)), year=notice.year), ""]
    if notice.academy.departments_source:
        out += [f"**{_w(t, 'sources.departments')}** {md(notice.academy.departments_source)}", ""]
    if notice.session.source_notes:
        rows = [[md(n.about), md(n.words), md(n.note)] for n in notice.session.source_notes]
        out += [table(_headers(t, "sources.col_about", "sources.col_words", "sources.col_note"), rows, title), ""]
    return out


def _departments(notice: Notice) -> list[str]:
    deps = ", ".join(f"{md(d.name)} ({md(d.code)})" for d in notice.academy.departments)
    return [_w(notice.texts, "header.departments", departments=deps), ""]


def notice_page(notice: Notice, today: dt.date, extras: Extras = Extras()) -> str:
    """The full notice page of one academy and session, as Markdown."""
    parts = (
        _header(notice, today, extras)
        + _departments(notice)
        + _who(notice)
        + _dates(notice)
        + _steps(notice)
        + _documents(notice)
        + _maintenance(notice)
        + _r408(notice)
        + _exam_adjustment(notice)
        + _topics(notice)
        + _forms(notice)
        + _contacts(notice)
        + _links(notice)
        + _sources(notice)
    )
    return "\n".join(parts).rstrip() + "\n"


# ---------------------------------------------------------------- establishment page


def establishment_page(notice: Notice, today: dt.date) -> str:
    """What the establishment does in CYCLADES, and the documents by training route."""
    t = notice.texts
    guide = notice.session.establishment_guide
    out = ["# " + _w(t, "establishment.title", title=md(_title(notice))), ""]
    if is_past(notice, today):
        out += _past_warning(t)
    out += [_w(t, "establishment.intro", back_link=f"[{_w(t, 'establishment.back')}](index.md)"), ""]
    if guide is not None:
        out += [f"## {_w(t, 'establishment.guide_title')}", ""]
        for i, step in enumerate(guide.steps, 1):
            out += [step_heading(i, step.title, t), "", md_block(step.text), ""]
            if step.menu:
                out += ["- " + _w(t, "establishment.menu", menu=md(step.menu))]
            if step.memo:
                out += ["- " + _w(t, "establishment.memo", memo=md(step.memo))]
            if step.menu or step.memo:
                out.append("")
        if guide.candidate_states:
            title = t.text("establishment.candidate_states")
            rows = [[md(name), md(meaning)] for name, meaning in guide.candidate_states.items()]
            out += [f"## {_w(t, 'establishment.candidate_states')}", "", table(_headers(t, "establishment.col_state", "establishment.col_meaning"), rows, title), ""]
        if guide.document_states:
            title = t.text("establishment.document_states")
            rows = [[cell(s.colour), md(s.meaning)] for s in guide.document_states]
            out += [f"## {_w(t, 'establishment.document_states')}", "", table(_headers(t, "establishment.col_colour", "establishment.col_meaning"), rows, title), ""]
        if guide.states_note:
            out += [md_block(guide.states_note), ""]
    out += [f"## {_w(t, 'establishment.routes_title')}", ""]
    out += [_w(t, "establishment.routes_legend"), ""]
    rows = []
    for doc in notice.documents:
        fits = [_w(t, FIT_KEYS[_route_fit(doc.when, r)]) for r in ESTABLISHMENT_ROUTES]
        rows.append([md(doc.label), *fits, md(condition_words(notice, doc.when)), md(document_deadline(notice, doc))])
    headers = _headers(t, "establishment.col_document", *ROUTE_COLUMN_KEYS, "establishment.col_who", "establishment.col_deadline")
    out += [table(headers, rows, t.text("establishment.routes_caption")), ""]
    out += _contacts(notice)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- home page


def _texts_of(notices: list[Notice], texts: InterfaceFile | None) -> InterfaceFile:
    """The interface texts given, else those the notices carry (the same national file)."""
    if texts is not None:
        return texts
    if not notices:
        raise ValueError("no notice and no interface texts: pass texts=project.content.interface")
    return notices[0].texts


def home_page(notices: list[Notice], today: dt.date, texts: InterfaceFile | None = None) -> str:
    """Find your academy by department; current session first, older ones as an archive."""
    t = _texts_of(notices, texts)
    by_academy: dict[str, list[Notice]] = {}
    for n in notices:
        by_academy.setdefault(n.slug, []).append(n)
    out = [
        f"# {_w(t, 'home.title')}",
        "",
        _w(t, "home.intro"),
        "",
        _w(t, "home.residence"),
        "",
        f"## {_w(t, 'home.find_title')}",
        "",
        f'<div class="bts-filter" hidden><label for="bts-filter-input">{attr(t.text("home.filter_label"))}</label> <input id="bts-filter-input" type="search" autocomplete="off"></div>',
        "",
    ]
    rows = []
    for slug, items in sorted(by_academy.items()):
        current = max(items, key=lambda n: n.year)
        for d in current.academy.departments:
            rows.append((d.code, [md(d.code), md(d.name), f"[{md(current.academy.name)}]({notice_path(current)})"]))
    rows.sort(key=lambda r: r[0])
    headers = _headers(t, "home.col_code", "home.col_department", "home.col_academy")
    out += [table(headers, (r for _, r in rows), t.text("home.caption")).replace('class="bts-scroll"', 'class="bts-scroll bts-departments"', 1), ""]
    out += [
        _w(t, "home.not_covered"),
        "",
        f"## {_w(t, 'home.sessions_title')}",
        "",
    ]

    def past(line: str, n: Notice) -> str:
        return _w(t, "home.past", line=line) if is_past(n, today) else line

    for slug, items in sorted(by_academy.items()):
        items = sorted(items, key=lambda n: n.year, reverse=True)
        current, older = items[0], items[1:]
        out += ["### " + _w(t, "home.academy", of_academy=md(of(current.academy.name, t))), ""]
        session = f"[{_w(t, 'home.session_link', year=current.year)}]({notice_path(current)})"
        if current.closing:
            closing = md(dates.moment(current.closing, current.closing_has_time, current.tz, t))
            line = _w(t, "home.latest_closing", session=session, date=closing)
        else:
            line = _w(t, "home.latest", session=session)
        out += ["- " + past(line, current)]
        if has_establishment_page(current):
            out += [f"- [{_w(t, 'home.establishment_link', year=current.year)}]({establishment_path(current)})"]
        for n in older:
            session = f"[{_w(t, 'home.session_link', year=n.year)}]({notice_path(n)})"
            out += ["- " + past(_w(t, "home.archive", session=session), n)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- the whole site


def site_files(
    notices: list[Notice],
    today: dt.date,
    *,
    checklist=None,
    checklist_content: ChecklistFile | None = None,
    texts: InterfaceFile | None = None,
) -> dict[str, str | bytes]:
    """Every generated file: ``{path under docs: content}``.

    ``checklist`` is the checklist engine's module (``generator.checklist.page``)
    or None; with it, each notice gets a checklist page and its assets, built from
    ``checklist_content`` (``content/checklist.yaml``, loaded with the rest of the project).
    ``texts`` (``content/interface.yaml``) defaults to the one the notices carry.
    """
    if checklist is not None and checklist_content is None:
        raise ValueError("site_files: checklist given without checklist_content (content/checklist.yaml)")
    files: dict[str, str | bytes] = {"index.md": home_page(notices, today, texts)}
    for notice in notices:
        extras = Extras(checklist=checklist is not None)
        files[notice_path(notice)] = notice_page(notice, today, extras)
        files[ics_path(notice)] = ics.calendar(notice)
        if has_establishment_page(notice):
            files[establishment_path(notice)] = establishment_page(notice, today)
        if checklist is not None:
            files[checklist_path(notice)] = checklist.checklist_page(notice, checklist_content)
            for path, content in checklist.checklist_assets(notice, checklist_content).items():
                files[f"{notice_dir(notice)}/{path}"] = content
    return files


def nav(notices: list[Notice], *, checklist: bool = False, texts: InterfaceFile | None = None) -> list:
    """The site navigation: home, then each academy with its sessions (newest first).

    MkDocs Material prints navigation titles as HTML, unescaped: every title
    (academy names from YAML, ``nav.*`` texts) is HTML-escaped here.
    """
    t = _texts_of(notices, texts)

    def title(text: str) -> str:
        return html.escape(text, quote=False)

    by_academy: dict[str, list[Notice]] = {}
    for n in notices:
        by_academy.setdefault(n.slug, []).append(n)
    out: list = [{title(t.text("nav.home")): "index.md"}]
    for slug, items in sorted(by_academy.items()):
        entries = []
        for n in sorted(items, key=lambda n: n.year, reverse=True):
            entries.append({title(t.text("nav.session", year=n.year)): notice_path(n)})
            if has_establishment_page(n):
                entries.append({title(t.text("nav.establishments", year=n.year)): establishment_path(n)})
            if checklist:
                entries.append({title(t.text("nav.checklist", year=n.year)): checklist_path(n)})
        out.append({title(items[0].academy.name): entries})
    return out
