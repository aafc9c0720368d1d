"""The guide's annex of a notice's PDF (``templates/guide_annex.md.j2``): what the guide adds to the notice.

The PDF of a notice speaks in the notice's own words (``Notice.voice`` « notice »: dates as the notice
writes them, no « non précisé par la notice », no source lines, no national rule the notice does not
state). What the web page adds to the notice is not lost: it is gathered here, after the notice and its
forms, under a heading that says it is the guide's and not the academy's:

- the academy's departments (the national table: the notice may not list them);
- what the notice leaves unsaid (who registers how, the steps, the list of documents, exam
  adjustments, the exam office; a date it does not give, a deadline without an hour), and how the
  guide reads the notice's dates (the deadlines with a ``note:``; the age's reference date);
- the documents a national text requires for the session and the notice does not mention;
- the national rules the guide attaches to the notice's own documents (an exemption, a national list);
- the R408 national list in force and the national statements of the notice's topics;
- the notice's passages that contradict each other, with the guide's advice (the web page: under « Qui s'inscrit et
  comment »);
- the notice's warnings on its steps, with the guide's titles (the web page: at their steps), those its session
  file places in a part of the web page (``page:``: documents, exam adjustments), as that page shows them, and its other
  warnings in its words that the PDF says nowhere else (the web page: at the end of « Points de vigilance »);
- the guide's notes on its source (the web page's « Précisions sur la source »: typos it corrected, lines it split,
  what the notice does not give), last, as on the web page.

Computed from the notice in the guide's voice, with the web page's view model (``notice_view``): the
same words as the web page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..merge import Notice
from ..model.academy import Department
from ..model.conditions import Condition
from ..model.session import SourceNote
from ..model.values import NotGiven, given
from .document_view import DocumentGroup, document_group, document_rows, national_group_name
from .notice_view import R408, ContradictionView, StepWarning, TopicView, address_ask, closing_dues, notice_view, step_warnings
from .dates import deadline_kind
from .words import condition_words, deadline_moment, due_moment, moment, office_reach, provenance_words


@dataclass(frozen=True)
class DateReading:
    """A date of the notice the guide reads: the notice's words, the date the guide retains, why."""

    label: str
    as_written: str | None  # the date as the notice writes it (``as_written``, else its ``words``)
    retained: str  # the date as the web page and the checklist show it, the guide's reading marked
    note: str


@dataclass(frozen=True)
class RuleRow:
    """A document of the notice and the national rule the guide attaches to it."""

    document: str
    rule: str


@dataclass(frozen=True)
class GuideAnnex:
    departments: tuple[Department, ...]  # the academy's departments (the national table), which the notice may not list
    departments_source: str | None  # where that list comes from (academy.yaml), as the web page says it
    website: str | None  # the academy's site and BTS page (academy.yaml), unless the notice's own links give them
    bts_page: str | None
    missing: tuple[str, ...]  # what the notice does not give, each said in a sentence (« La notice ne décrit pas… »)
    readings: tuple[DateReading, ...]
    not_given: tuple[str, ...]  # labels of the dates the notice does not give
    no_hour: tuple[str, ...]  # labels of the deadlines the notice gives without an hour
    age_reference: str | None
    age_reference_note: str | None
    documents: DocumentGroup | None  # the national documents the notice does not mention
    rules: tuple[RuleRow, ...]
    r408: R408 | None  # its national list (None: no national list in force)
    topics: tuple[TopicView, ...]  # the national statements, by topic, each with the notice's own dates (notice_deadlines)
    # under the notice's own date of a piece a national text dates otherwise, as the web page says it (NoticeView)
    notice_date_counts: str
    # the notice's warnings on its steps (the web page shows each at its step, notice_view.step_warnings): their
    # titles are the guide's words, so the PDF gives them here, each naming its step by its source line
    step_warnings: tuple[StepWarning, ...] = ()
    # the notice's warnings its session file places in a part of the web page (``page:``), as that page shows them (its
    # documents' section, before their tables; its exam adjustments'): a review, read46 M2 (Nantes 2026's VAE
    # dispensation, for which its list has no piece, was on the page and not in the PDF)
    documents_warnings: tuple[StepWarning, ...] = ()
    adjustment_warnings: tuple[StepWarning, ...] = ()
    # the notice's other warnings in its words, which the PDF says nowhere else (notice_view.unsaid_warnings, as the web
    # page adds them to its « Points de vigilance »): pages.print_pages fills it once the rest is written (a review,
    # staffwalk52 M5: a sentence of the notice written so was in the checklist alone, the intro above promising it)
    other_warnings: tuple[StepWarning, ...] = ()
    # the situations of the guide's question the notice does not cite, and the web page's sentence above them
    # (notice_view.Who), printed after the sentences of ``missing``
    not_cited: tuple[str, ...] = ()
    not_cited_text: str = ""
    # the notice's passages that contradict each other, with the guide's advice, as the web page shows them under
    # « Qui s'inscrit et comment » (read46 M2: Toulouse 2024's PDF printed the passages without the advice)
    contradictions: tuple[ContradictionView, ...] = ()
    # the guide's notes on its source, as the web page gives them under « Précisions sur la source »: the typos it
    # corrected, the lines it split, what the notice does not give (a review, read48 L8, phone48 M5: the PDF printed
    # the notice corrected and said nothing of it)
    source_notes: tuple[SourceNote, ...] = ()
    age_reference_by_guide: bool = False  # as the page's « Dates à retenir » (notice_view.Dates)

    @property
    def empty(self) -> bool:
        return not (
            self.departments or self.website or self.bts_page or self.missing or self.readings or self.not_given or self.no_hour or self.age_reference or self.documents
            or self.rules or self.r408 or self.topics or self.step_warnings or self.documents_warnings or self.adjustment_warnings or self.other_warnings or self.not_cited
            or self.contradictions or self.source_notes
        )


def _step_warnings(notice: Notice) -> tuple[StepWarning, ...]:
    """The warnings on the notice's steps, those of the candidates' and of the establishments' procedure, each once."""
    guide = given(notice.session.establishment_guide)
    steps = [(s.title, s.heading_as_written) for s in notice.section("steps") or ()] + [(s.title, s.heading_as_written) for s in (guide.steps if guide else ())]
    out: list[StepWarning] = []
    for on_step in step_warnings(notice, steps):
        out += [w for w in on_step if w not in out]
    return tuple(out)


def _notice_words(notice: Notice, d) -> str:
    """The « Mots de la notice » of a date the guide notes: its words as written (``as_written:``, else ``words:``); a
    date the notice does not give, without words: the one marker of a row without words, « aucun : la notice ne date
    pas cette démarche », as for a national rule's step the guide dates (a review, read55 L4: Nantes 2024's aménagement
    showed « — » beside the engagement étudiant's « aucun »); a date it writes plainly: that date, in words."""
    if d.as_written or d.words:
        return d.as_written or d.words
    if d.end is None:
        return notice.texts.text("annex.no_words")
    return moment(notice, d.end, d.has_time, kind=deadline_kind(d.kind, d.at_the_latest))


def annex_view(notice: Notice, today: dt.date) -> GuideAnnex:
    """The annex of ``notice``'s PDF (``notice``: in the guide's voice, as the web page)."""
    t = notice.texts
    page = notice_view(notice, today)
    readings = tuple(
        # (its date as every output writes it, a day or an hour the guide reads marked: a row has the guide's note
        # whether or not its date is the guide's; a review, read54 M2)
        DateReading(d.label, _notice_words(notice, d), deadline_moment(notice, d.id), d.note)
        for d in notice.deadlines
        if d.note
    ) + tuple(
        # a step a national rule dates, to which the guide gives the notice's closing (merge: closing_due): no words of
        # the notice, the guide's date and its note; the notice's pages name it under their dates table (Dates.in_annex;
        # a review, read52 L2: the PDF was the one output without Aix-Marseille 2023's engagement étudiant date)
        DateReading(due.label, t.text("annex.no_words"), due_moment(notice, due), due.note)
        for due in (statement.closing_due for _, statement in notice.closing_dues)
    )
    not_given = tuple(
        label
        for label, value in (
            (t.text("common.opening_event"), notice.opening),
            (t.text("common.closing_event"), notice.closing),
            *((d.label, d.end) for d in notice.deadlines),
        )
        if value is None
    )
    no_hour = tuple(
        label
        for label, value, has_time in (
            (t.text("common.opening_event"), notice.opening, notice.opening_has_time),
            (t.text("common.closing_event"), notice.closing, notice.closing_has_time),
            # (a date the notice writes in its own words too: the PDF's dates table gives the guide's day, without an
            # hour, phone50 L1)
            *((d.label, d.end, d.has_time) for d in notice.deadlines if d.kind == "deadline"),
        )
        if value is not None and not has_time
    )
    silent_docs = [d for d in notice.documents if d.notice_silent]
    # (``today``: a deadline over on the build's day said so, « — date passée », as on the web page; pastdues65 L; never
    # the page's hidden words, which no script shows on paper)
    silent = document_group(national_group_name(notice), document_rows(notice, silent_docs, today, paper=True)) if silent_docs else None
    listed = [d for d in notice.documents if not d.notice_silent]
    exempt = {d.id: d.exemption for d in listed if d.exemption is not None and d.exemption_texts}
    rules = tuple(
        # a notice item the guide applies a national exemption to: the exemption in words, then its text
        RuleRow(row.label, " ".join(x for x in (condition_words(notice, Condition("not", children=(exempt[row.id],))) + "." if row.id in exempt else "", row.provenance) if x))
        # (the national pieces and the notice's items with a national exemption: not an item whose source line says
        # only that its label is the guide's, label_by_guide, which is no national rule)
        for row in document_rows(notice, [d for d in listed if d.national or d.exemption_texts], paper=True)
        if row.provenance
    )
    missing = tuple(
        # (where the notice does not say how to request exam adjustments, the guide's advice after it, as on the page)
        " ".join((t.text(key), page.adjustment_ask)) if key == "exam_adjustment.not_given" and page.adjustment_ask else t.text(key)
        for key, absent in (
            ("who.not_given", not notice.who_given),
            ("steps.not_given", notice.section("steps") is None),
            ("documents.not_given", not notice.given("documents")),
            ("exam_adjustment.not_given", not notice.given("exam_adjustment")),
            ("annex.no_exam_office", notice.exam_office is None),
        )
        if absent
    )
    adjustment = notice.section("exam_adjustment")
    if adjustment is not None and adjustment.send_to and isinstance(adjustment.send_to_address, NotGiven):
        # (the notice's pages, in its voice, name the recipient without the guide's words on its address: review53 M3)
        # (then where to ask it, as the page: notice_view.address_ask)
        ask = address_ask(adjustment, notice.exam_office, t)
        missing += (t.text("annex.no_recipient_address_ask", recipient=adjustment.send_to, ask=ask) if ask
                    else t.text("annex.no_recipient_address", recipient=adjustment.send_to),)
    # a contact the web page names with « Coordonnées : non précisées par la notice » (Clermont-Ferrand 2024's VAE service;
    # a review, read50 L6: the page said it, the PDF's annex gave only the recipient's address)
    missing += tuple(t.text("annex.no_contact_details", name=office.name) for office in page.contacts.without_details)
    # a piece the notice lets be deposited later, without that date: the web page's dates table and the list say « à une
    # date non précisée par la notice », the PDF's in the notice's words only (fixr408), its words once
    later = {d.late_deposit: d.label for d in reversed(notice.documents) if d.late_deposit and not d.notice_silent}
    missing += tuple(t.text("annex.late_deposit", label=label, late=t.text("checklist.late_deposit", words=words, office=office_reach(notice)))
                     for words, label in reversed(later.items()))
    guide = given(notice.session.establishment_guide)
    if guide is not None and guide.states_note:  # the guide's note on what its source lost (the PDF leaves the column out)
        missing += (guide.states_note,)
    # the notice's own dates go under the national statement that dates them; where the notice says that statement in
    # its words (Nantes 2026's decree on the engagement étudiant), the web page has them, not the annex
    national_dating = {t.id for t in notice.topics if any(st.provenance.kind == "national" and st.documents_when is not None for st in t.statements)}
    topics = tuple(
        # (and the notice's closing the guide gives a national rule it prints: the guide's reading, said so; merge.closing_due)
        TopicView(topic.id, topic.title, tuple(b for b in topic.blocks if b.national), topic.notice_deadlines if topic.id in national_dating else (),
                  closing_unsaid=topic.closing_unsaid and topic.id in national_dating,
                  # (its « — date passée » written when over on the build's day, never the page's hidden words: no
                  # script on paper)
                  closing_dues=closing_dues(notice, next(t for t in notice.topics if t.id == topic.id), today, paper=True))
        for topic in page.topics
        if any(b.national for b in topic.blocks)
    )
    # the « date limite d'inscription à l'examen » a statement names that the notice says in its words (Nantes 2026's
    # decree on the engagement étudiant, printed in the notice's pages), the notice giving no closing: the web page
    # says it unknown under that statement (dates.closing_unsaid), the PDF here, with where the notice cites it, when
    # no topic above says it (seed73b: the PDF said it only as « Clôture des inscriptions » in its dates table)
    said = {view.id for view in topics if view.closing_unsaid}
    missing += tuple(dict.fromkeys(
        t.text("annex.closing_unsaid", source=provenance_words(notice, statement.provenance))
        for topic in notice.topics if topic.id not in said
        for statement, _ in notice.national_dating(topic) if notice.closing_unsaid(statement)
    ))
    on_steps = _step_warnings(notice)
    r408 = page.r408
    national_r408 = r408 if r408.national_provenance or any(b.national for b in r408.statements) else None
    return GuideAnnex(
        departments=notice.academy.departments,
        departments_source=notice.academy.departments_source,
        website=page.links.website if not page.links.website_listed else None,
        bts_page=page.links.bts_page,
        missing=missing,
        readings=readings,
        not_given=not_given,
        no_hour=no_hour,
        age_reference=page.dates.age_reference,
        age_reference_note=page.dates.age_reference_note,
        age_reference_by_guide=page.dates.age_reference_by_guide,
        documents=silent,
        rules=rules,
        r408=national_r408,
        topics=topics,
        notice_date_counts=t.text("provenance.notice_date_counts", office=office_reach(notice)),
        step_warnings=on_steps,
        # (a warning both on a step and in a part of the page: once, with the steps')
        documents_warnings=tuple(w for w in page.documents_warnings if w not in on_steps),
        adjustment_warnings=tuple(w for w in page.adjustment_warnings if w not in on_steps),
        contradictions=page.who.contradictions,
        # the situations the web page says the notice does not cite (its « Qui s'inscrit »), as it says them: its sentence,
        # then the guide's answers one a line (read68 L2, read69 L2: quoted in a sentence, « Je prépare … » read as
        # the notice's words beside its quotations)
        not_cited=page.who.not_cited,
        not_cited_text=page.who.not_cited_text if page.who.not_cited else "",
        source_notes=notice.session.source_notes,
    )
