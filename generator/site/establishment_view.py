"""The view model of an establishment notice's second page (``templates/establishment.md.j2``).

What the establishment does in CYCLADES, the states of a file, and which
documents each training route needs (« oui », « non » or « selon la situation »
worked out from the documents' conditions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..merge import Notice, Provenance
from ..model.session import EstablishmentStep, StateColour
from .directory import Directory, directory
from ..model.conditions import Condition
from .document_view import FormLink, document_rows
from .notice_view import Contacts, KeyDates, Past, StepWarning, contacts, heading_place, key_dates, page_title, page_warnings, past_view, r408_view, source_lines, step_warnings
from .paths import NOTICE_PAGE, R408_ANCHOR, R408_NOTICE_LIST_ANCHOR, establishment_path
from .text import step_title
from .words import ROUTES, condition_words, document_deadline, provenance_words, route_fit, said_in

FIT_KEYS = {"yes": "establishment.fit_yes", "maybe": "establishment.fit_maybe", "no": "establishment.fit_no"}


@dataclass(frozen=True)
class GuideStep:
    title: str  # without a number typed in it (the template numbers the steps)
    text: str
    menu: str | None
    memo: str | None
    heading_as_written: str | None = None  # the notice's own heading, with its number (the notice's PDF)
    memo_as_written: str | None = None  # the notice's own line for its memo sheet (the notice's PDF, in place of memo)
    warnings: tuple[StepWarning, ...] = ()  # the notice's warnings on this step (notice_view.step_warnings)
    # its source, its rubric in the notice (heading_as_written:, else the notice unnamed), and the web page's source line
    # after it: as on the notice page (notice_view.source_lines), steps in a row from the same place carry it once
    source: str | None = None
    source_line: str | None = None


@dataclass(frozen=True)
class Guide:
    intro: str | None  # the notice's general indication at its top (where the memo sheets are)
    steps: tuple[GuideStep, ...]
    candidate_states: tuple[tuple[str, str], ...]  # (state, meaning)
    document_states: tuple[StateColour, ...]
    states_note: str | None
    # the source lines under the two tables (the web page; read53 L5): the notice's places, the first table the guide's
    candidate_states_source: str | None = None
    document_states_source: str | None = None


@dataclass(frozen=True)
class R408Link:
    """A row whose condition says a list of R408 specialties: the link to that list on the notice page."""

    text_key: str  # « liste R408 de la notice » or « liste R408 nationale » (group « establishment »)
    page: str  # the notice page and the list's heading (``index.md#r408-liste-notice``)


@dataclass(frozen=True)
class RouteRow:
    label: str
    fit_keys: tuple[str, ...]  # per route of words.ROUTES: the text saying yes, no or maybe
    who: str
    deadline: str
    provenance: str | None = None  # « Règle nationale — … » for a national document, as on the notice page
    form: FormLink | None = None  # the notice's form it is made with, as on the notice page (same folder)
    deadline_id: str = "documents"
    # the notice's details of the document (its « Précisions » on the notice page: its (*) note, a list of
    # specialties…), then its provenance: the column « Précisions », with the form and the R408 list below
    details: str = ""
    r408_list: R408Link | None = None

    @property
    def has_details(self) -> bool:
        return bool(self.details or self.form or self.r408_list)


@dataclass(frozen=True)
class RouteGroup:
    """The documents due by one deadline: one table, its deadline said once above it."""

    deadline: str
    rows: tuple[RouteRow, ...]
    labelled: bool  # the deadline's words name it (« Dépôt des attestations … : au plus tard … »): not the documents'

    @property
    def details(self) -> bool:
        """A column « Précisions », when a row has some (as on the notice page)."""
        return any(row.has_details for row in self.rows)


@dataclass(frozen=True)
class EstablishmentView:
    title: str  # the page's <title> (front matter)
    notice_title: str
    past: Past | None
    notice_page: str  # the link back to the notice page
    guide: Guide | None
    routes: tuple[RouteRow, ...]
    route_groups: tuple[RouteGroup, ...]  # the same rows by deadline (_by_deadline): a table each
    contacts: Contacts
    # the notice's warnings its session file places in its documents' section (page: documents), shown before the tables
    # of documents as the notice page shows them (notice_view.page_warnings): a review, read46 M2 (Nantes 2026's VAE
    # dispensation, for which its list has no piece, was not on the page whose tables the establishments use)
    documents_warnings: tuple[StepWarning, ...] = ()
    # the notice page's dates under its title, and the notice's other deadlines (notice_view.key_dates): its staff acts
    # « avant la clôture des inscriptions », which the notice may not date (Nantes 2026; read55 M4)
    key_dates: KeyDates | None = None
    # printed from the browser, which version the page is, as the notice page's (notice_view.NoticeView.version, the
    # same words: _macros.page_version); None: no line (a page outside a build, the PDF's part)
    version: Mapping[str, str | None] | None = None


def _by_deadline(rows: tuple[RouteRow, ...]) -> tuple[RouteGroup, ...]:
    """The rows by deadline, in the order of each deadline's first row: a « Date limite » column repeated the same
    words in every row (most of a table 8,000 px tall on a phone)."""
    groups: dict[tuple[str, str], list[RouteRow]] = {}
    for row in rows:  # (by the deadline and its words: a row's late-deposit words are part of them)
        groups.setdefault((row.deadline_id, row.deadline), []).append(row)
    return tuple(RouteGroup(deadline, tuple(group), deadline_id != "documents") for (deadline_id, deadline), group in groups.items())


def _step(step: EstablishmentStep, notice: Notice, warnings: tuple[StepWarning, ...]) -> GuideStep:
    """A menu or memo sheet the step's text already says, where the notice says it, is not said again below it. Its
    source: the notice's rubric it is, in the notice's words (a review, fix58a: the page printed the establishment's
    steps with no source line, the notice page's steps each with one)."""
    return GuideStep(
        step_title(step.title, notice.texts), step.text, _unsaid(step.menu, step.text), _unsaid(step.memo, step.text), step.heading_as_written,
        step.memo_as_written if step.memo_as_written and not said_in([step.text], step.memo_as_written) else None,
        warnings,
        source=provenance_words(notice, Provenance("notice", heading_place(step.heading_as_written), ())),
    )


def _steps(notice: Notice, steps: tuple[EstablishmentStep, ...], on_steps) -> tuple[GuideStep, ...]:
    out = [_step(s, notice, w) for s, w in zip(steps, on_steps, strict=True)]
    lines = source_lines(notice.texts, [step.source for step in out], [bool(step.warnings) for step in out])
    return tuple(replace(step, source_line=line) for step, line in zip(out, lines, strict=True))


def _unsaid(value: str | None, text: str) -> str | None:
    """``value`` (menus or memo sheets, several separated by « ; »), unless ``text`` says each of them."""
    if not value or all(said_in([text], part) for part in value.split(" ; ")):
        return None
    return value


def _r408_link(notice: Notice, when: Condition, notice_list: bool) -> R408Link | None:
    """The link of a row whose condition names a list of R408 specialties (« si votre spécialité figure sur la
    liste R408 de la notice »): to the notice's own list on the notice page, when that page shows it
    (``notice_list``), else to the page's R408 rubrique (the national list in force)."""
    asked = when.questions()
    if "r408_required" in asked and notice.r408.notice_list_is_national:
        # (the national list is the notice's own, shown as the notice's: merge, notice_list_is_national; read50 L5)
        asked = asked | {"r408_listed"}
    if "r408_listed" in asked and notice_list:
        return R408Link("establishment.r408_list_notice", f"{NOTICE_PAGE}#{R408_NOTICE_LIST_ANCHOR}")
    if "r408_listed" in asked:
        return R408Link("establishment.r408_list_notice", f"{NOTICE_PAGE}#{R408_ANCHOR}")
    if "r408_required" in asked:
        return R408Link("establishment.r408_list_national", f"{NOTICE_PAGE}#{R408_ANCHOR}")
    return None


def establishment_view(notice: Notice, today: dt.date, routes: Directory | None = None) -> EstablishmentView:
    """``routes``: the site's directory (the academy's newest session, for a past one); by default this notice alone."""
    guide = notice.session.establishment_guide
    routes = routes or directory([notice], None, today)
    notice_list = bool(r408_view(notice).notice_rows)  # the notice page shows the notice's own R408 list
    rows = tuple(
        RouteRow(
            label=doc.label,
            fit_keys=tuple(FIT_KEYS[route_fit(doc.when, r)] for r in ROUTES),
            who=condition_words(notice, doc.when),
            deadline=document_deadline(notice, doc),
            deadline_id=doc.deadline,
            provenance=row.provenance,
            form=row.form,
            details=row.notes,
            r408_list=_r408_link(notice, doc.when, notice_list),
        )
        # (a national piece dated by the notice's documents deadline: said in its row, the tables mixing the notice's
        # items and the national pieces by date)
        for doc, row in zip(notice.documents, (replace(r, provenance=r.provenance_dated or r.provenance)
                                               for r in document_rows(notice, notice.documents)), strict=True)
    )
    on_steps = step_warnings(notice, [(s.title, s.heading_as_written) for s in guide.steps]) if guide is not None else ()
    return EstablishmentView(
        title=notice.texts.text("establishment.title", title=page_title(notice)),
        notice_title=page_title(notice),
        past=past_view(notice, today, routes, establishment_path(notice)),
        notice_page=NOTICE_PAGE,
        guide=None
        if guide is None
        else Guide(
            intro=guide.intro or None,
            steps=_steps(notice, guide.steps, on_steps),
            candidate_states=tuple(guide.candidate_states.items()),
            document_states=guide.document_states,
            states_note=guide.states_note or None,
            candidate_states_source=notice.texts.text("provenance.table_by_guide", provenance=provenance_words(
                notice, Provenance("notice", guide.candidate_states_section, ()))) if guide.candidate_states else None,
            document_states_source=provenance_words(
                notice, Provenance("notice", guide.document_states_section, ())) if guide.document_states else None,
        ),
        routes=rows,
        route_groups=_by_deadline(rows),
        contacts=contacts(notice),
        # (a warning both on a step and in the documents' part: once, with the step's, as the PDF's annex)
        documents_warnings=tuple(w for w in page_warnings(notice, "documents") if not any(w in ws for ws in on_steps)),
        key_dates=key_dates(notice, later=True, today=today),
    )
