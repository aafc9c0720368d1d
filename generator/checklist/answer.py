"""The checklist's answer as the page shows it, computed at build time for « nothing answered yet ».

The checklist page opens with the engine's result for no answer at all
(``engine.evaluate(ruleset, {})``), rendered into the HTML by
``templates/_answer.html.j2``: it is there at first paint, before Pyodide has
booted, and without JavaScript. ``checklist.js`` (``render``) builds the same
blocks, in the same order, with the same classes, data-* attributes and words,
from each later result, and replaces this one with its first result
(``tests/checklist/test_checklist_phone.py`` compares the two texts).

``answer_view(notice, ruleset, result, …)`` turns a result into plain values:
every text is the page's (group ``checklist_page`` of ``content/interface.yaml``
and the texts shared with the notice page), with its placeholders filled the way
``checklist.js`` fills them, French typography applied by the template's
environment.

The exam-adjustment item needs the ``disability`` answer (``engine``: Exam
adjustments), so a result for no answer never has one: ``answer_view`` refuses a
result that does (the browser would show it, this view could not).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from ..merge import Notice, replaced_unwaived
from ..model.values import given, phone_href
from .. import emphasis
from ..french import EMAIL, inner_quotes, typography
from ..site.dates import strict_said
from ..site.paths import establishment_step_url
from ..site.text import address_words, indented_lines, text_blocks, written_address, written_pieces
from .engine import ABROAD, DEPARTMENT_WARNING, NO_LIST, no_dates, sent_elsewhere, standing_kind
from .text import (PastLater, answer_words, how_unknown_words, over_instants, past_later, passed_line, concerned_words, contradiction_advice, detail_lines, date_notes, deadline_label, said_by_source, document_source, documents_groups, excluded_words, group_source, list_questions, national_dating_lines, partial_list_words, provenance_words,
                   not_listed_words, r408_words, reason_groups, reason_phrase, specialty_row, step_notice_words, step_source, warning_words)

UI = "checklist_page"


@dataclass(frozen=True)
class Line:
    """A list item: its text, and the value of the data-* attribute (named by the template) that
    names it for checklist.js and the tests."""

    text: str
    value: str = ""
    # a dated line unmarked at build: its « — date passée », hidden, shown by past.js from its instant (issue 9)
    later: PastLater | None = None


@dataclass(frozen=True)
class KeyDate:
    """A line of « Dates limites »: its words, the value of its data-key-date attribute, and the words of the pointer
    after them to the precision « Dates à retenir » gives under the date, when it gives one (None:
    none; plain words in the build's page, a button once checklist.js runs: keyDates, start, toDates)."""

    text: str  # (with a pointer: the words before it)
    value: str
    pointer: str | None = None
    after: str = ""  # the words after the pointer (none: « , voir la précision… » ends the line)
    # a date unmarked at build: (the words up to the date, its hidden « — date passée » shown by past.js from its
    # instant, the words after it before the pointer: « , »), as Line.later (issue 9)
    later: tuple[str, PastLater, str] | None = None


# Where a date's hidden « — date passée » goes inside a sentence being composed (``_dated_words``): a character of
# Unicode's private use area per date, never in a notice's words
_SWITCH_MARK = 0xE000
_SWITCHES = re.compile(r"([\ue000-\ue0ff])")


@dataclass(frozen=True)
class DatedWords:
    """A sentence that gives dates inside it (« Dates limites »'s line naming the other deadlines, a national rule's date
    the guide gives with the closing): its words (``text``: a date over on the build's day said passed, ``passed_line``)
    and, when a date in it is unmarked at build, the same words cut right after each such date, each piece with that
    date's hidden « — date passée » (``PastLater``) that past.js shows from its instant, as Line.later at a line's end
    (issue 9; pastswitch65: these two sentences had none, a page built before the date and read after it said it to
    come). French typography is applied to the whole before it is cut: a piece may open with the no-break space of
    « ; », which the template writes (``_answer.html.j2``: dated_words)."""

    text: str
    pieces: tuple[tuple[str, PastLater | None], ...] = ()


def _dated_words(marked: str, laters: list[PastLater]) -> DatedWords:
    """``marked``: a sentence whose dates unmarked at build are each followed by ``chr(_SWITCH_MARK + i)``, ``laters[i]``
    their hidden words (``_switched_date``)."""
    if not laters:
        return DatedWords(marked)
    parts = _SWITCHES.split(typography(marked))
    pieces = [(words, laters[ord(mark) - _SWITCH_MARK]) for words, mark in zip(parts[0::2], parts[1::2])]
    return DatedWords(_SWITCHES.sub("", marked), (*pieces, *(((parts[-1], None),) if parts[-1] else ())))


def _switched_date(texts, date: str, did: str, passed: Collection[str], instants: dict[str, str], laters: list[PastLater]) -> str:
    """A date said inside a sentence (``_dated_words``): said passed when over on the build's day (``passed_line``), else
    followed by its mark when it has an instant (``instants``), its hidden words added to ``laters``."""
    if did in passed:
        return passed_line(texts, date, did, passed)
    later = past_later(texts, date, instants.get(did))
    if later is None:
        return date
    laters.append(later)
    return date + chr(_SWITCH_MARK + len(laters) - 1)


@dataclass(frozen=True)
class FormLink:
    """The link to the printable page of the form a document is made with (``checklist.js: formLink``).
    At build time it has no fragment: the form opens blank (nothing is answered, or JavaScript is off)."""

    text: str
    url: str


@dataclass(frozen=True)
class DocumentItem:
    id: str
    label: str
    why: str | None  # None: « Pour tous les candidats. », which its source line says (text.said_by_source)
    when: str | None
    late: str | None
    national_dating: tuple[str, ...]  # what a national text says of when, beside the notice's date
    annexes: Line | None
    r408_list: str | None  # the notice the national R408 list is from, its text not read (text.r408_words)
    detail: str | None
    unwaived: str | None  # the notice asks for the piece this one replaces, without exemption (merge: unwaived)
    form: FormLink | None
    source: str
    provenance: str


@dataclass(frozen=True)
class UndecidedItem:
    """A piece that still depends on an answer: its words (label, « Pour qui », the questions it waits for) and its
    source line, as a listed piece's (``DocumentItem.source``, ``provenance``)."""

    id: str
    text: str
    source: str
    provenance: str
    # a piece the notice lets be deposited later: those words, as under a listed piece without its date (read64 M1)
    late: str | None = None
    # a step the guide wrote from a notice to the establishments: the link to the notice's words, as a listed step's
    # (``StepItem.notice_words``)
    notice_words: tuple[str, str] | None = None


@dataclass(frozen=True)
class StepItem:
    """A CYCLADES step of the candidate's list (``_answer.html.j2``, data-step): its number, its title, its deadline
    with what it is for (« Dépôt de toutes les pièces justificatives … : au plus tard le lundi 20 novembre 2023 », the
    notice page's words under the step: on the notice page after the step's text, as in the notice; here under its
    title, so that a phone's reader sees the date before a long text; read45 H1: the date alone after the title of
    Clermont-Ferrand's « Confirmation et validation de l'inscription » read as the last day to confirm, while
    registrations closed on the 15th), the blocks of its text (``step_blocks``), its source line (``text.step_source``, as a piece's) and the kind of its
    provenance (« notice »: data-provenance)."""

    number: int
    title: str
    deadline: str | None
    blocks: tuple[tuple[str, tuple[str, ...]], ...]
    source: str
    provenance_kind: str
    deadline_later: PastLater | None = None  # its date unmarked at build: Line.later
    # a step the guide wrote from a notice to the establishments (its provenance's establishment_step): the words
    # (text.step_notice_words) and the address (establishment_step_links) of the link to the establishments page's step
    # that has the notice's words, before its source line as on the notice page (checklist.js: stepNoticeWords)
    notice_words: tuple[str, str] | None = None


@dataclass(frozen=True)
class StandingView:
    kind: str
    title: str | None
    paragraphs: tuple[str, ...]
    passages: tuple[str, ...]
    # another academy's department: where to go (the national table's hint, ``checklist.js: standingBlock``):
    # the words before the link, its address, its words, the words after; None: no link (a paragraph says so)
    where: tuple[str, str, str, str] | None = None
    # the ways to reach this academy that its paragraphs write, made links there (``reach_links``; a « not listed »
    # note only: phone61 M2): (as written, its href, its words)
    reach: tuple[tuple[str, str, str], ...] = ()

    def paragraph_lines(self) -> tuple[tuple[tuple[tuple[str, str | None], ...], ...], ...]:
        """Each paragraph as its lines (a situation's detail keeps its lines: text.py detail_lines; phone75), each line as
        pieces (words, href or None: ``reach_pieces``; checklist.js: reachedParagraph)."""
        return tuple(tuple(reach_pieces(line, self.reach) for line in paragraph.split("\n")) for paragraph in self.paragraphs)


@dataclass(frozen=True)
class ContactView:
    """A contact as the notice page's contacts show it (``_contacts.md.j2``), every field the command line prints too:
    its name, what it is for (role), its e-mails, phones, postal address and web page in the page's words, then its
    note."""

    missing_office: bool  # the notice gives no exam office (data-contact="no-exam-office")
    text: str | None  # a one-line contact; else the fields below
    name: str | None = None
    role: tuple[str, ...] = ()  # its lines
    # « Courriel : … », « Téléphone : … », « Adresse postale : … », « Page web : … »: (before, href, words, after), the
    # link's href and words None for the address (``_link_line``)
    lines: tuple[tuple[str, str | None, str | None, str], ...] = ()
    note: tuple[str, ...] = ()  # its lines
    # its lines as (bold or not, pieces: (words, href or None)), when they write its web page's address (the ruleset's
    # « url_words »): that address its link (review76); () otherwise, its lines written as ever
    note_parts: tuple[tuple[tuple[bool, tuple[tuple[str, str | None], ...]], ...], ...] = ()
    # the notice's own words on the contacts (its note on its table of managers), under ``name``: the words before and
    # after them (« La notice : « », « » »), then their lines, each as pieces (words, None, in bold) or (an e-mail
    # address, its mailto: link, in bold) (``quoted_pieces``; checklist.js: quotedWords)
    quote_around: tuple[str, str] = ("", "")
    quote: tuple[tuple[tuple[str, str | None, bool], ...], ...] = ()
    # the people of this office the notice names under it (« Dossier suivi par : … »), each a contact of its own fields
    people: tuple[ContactView, ...] = ()


@dataclass(frozen=True)
class AnswerView:
    # another academy's candidate, or one not cited who lives in another academy's department (engine.sent_elsewhere):
    # the standing says where to go; no date, contact nor ending of this notice
    elsewhere: bool
    # no list for the candidate (excluded, not cited, another academy's): the standing says why, and no closing line
    no_list: bool
    # excluded (registered by their establishment, or another procedure) or another academy's: none of this notice's
    # dates either (a candidate it does not cite keeps them: the standing tells them to ask before the closing; unless
    # they live in another academy's department: engine.no_dates)
    no_dates: bool
    key_dates_title: str
    key_dates: tuple[KeyDate, ...]
    key_dates_more: DatedWords | None  # the other deadlines below, named (other_deadlines), if any
    standing: StandingView | None
    warnings_title: str
    # id, title, its groups (warning_groups: a group's case, the blocks of its text, its source; a warning of one
    # text: one group, no case, its source below), under the warning about another academy's department (a notice
    # that gives the list all the same) the hint next to the field: (before, url, label, after) or None, and its source;
    # then, under a national rule the guide dates with the notice's closing, that date said as the guide's, after the
    # rule's source (which vouches for the rule, not for the date: a review, walk 44 L1; the notice page the same)
    warnings: tuple[tuple[str, str, tuple[WarningGroup, ...], tuple[str, str, str, str] | None, str | None, DatedWords | None], ...]
    documents_title: str | None  # None: no list for the candidate's situation
    # the same once the bar says the pieces « demandées » (page.documents_past; the template shows it then, or from its
    # instant: ChecklistView.documents_past_at; walk67b L1)
    documents_title_past: str | None
    # the date most pieces share (engine: documents_due), said once under the list's title: its words and the id of its
    # deadline (data-documents-due); None: no date shared by two pieces. A piece then says its own only where it
    # differs, or with the notice's words on a later deposit (engine: own_date; read54 L5)
    documents_due: Line | None
    documents: tuple[DocumentItem, ...]  # (in the order shown: by date when grouped, documents_groups)
    # pieces on two dates or more (engine: documents_by_date): the heading of each date, said once above its pieces, by
    # the id of its first piece (data-documents-date: its deadline's id); none: one list (text.documents_groups)
    documents_headings: tuple[tuple[str, Line], ...]
    undecided_title: str
    undecided: tuple[UndecidedItem, ...]
    deadlines_title: str
    registration_dates: tuple[Line, ...]
    # under them, the notice's words on those dates (session.dates_note), its lines, after what says they are its
    # words: as the notice page under its dates table and the command line (a review, stop 46: only those two had them)
    registration_note: tuple[str, ...]
    dates: tuple[tuple[Line, tuple[str, ...]], ...]  # a deadline and the notice's exceptions under it
    steps_title: str
    steps: tuple[StepItem, ...]
    undecided_steps_title: str
    undecided_steps: tuple[UndecidedItem, ...]  # (its ``id``: the step's number; its source as a listed step's)
    contacts_title: str
    contacts: tuple[ContactView, ...]
    contacts_source: str | None  # their place in the notice, the notice page's line under them (review58 L2)
    documents_not_given: str | None  # the list is not the notice's whole list: why (not given, or given elsewhere)
    documents_deposit: tuple[str, ...]  # where the pieces go, the notice page's sentences (review67b L5)
    ending: str
    # the questions still useful, named on paper where the form is not (print only; the command line's list), and
    # the words before them
    open_questions: tuple[Line, ...]
    open_questions_title: str
    complete: bool
    answers_title: str
    answers: tuple[Line, ...]
    no_answer: str
    # the ways to reach this academy (``reach_links``): where a piece's lines or a deadline's exceptions write them (the
    # office's words, ``office_reach``: Aix-Marseille 2023's « voir le site de l'académie, https://… »), links there, as
    # in a « not listed » note (fixnote60 left 1; checklist.js: reachedParagraph)
    reach: tuple[tuple[str, str, str], ...] = ()

    def pieces(self, text: str) -> tuple[tuple[str, str | None], ...]:
        """``text`` as pieces (words, href or None: ``reach_pieces`` with ``reach``); ``_answer.html.j2``: reached."""
        return reach_pieces(text, self.reach)

    def emphasised_pieces(self, text: str) -> tuple[tuple[bool, tuple[tuple[str, str | None], ...]], ...]:
        """A line with emphasis markers (a piece's detail) as its emphasis pieces (emphasised, its ``pieces``) when it
        writes a way to reach this academy (the guide's reading of a later deposit, « … voir le site de l'académie,
        https://… », fixleft60's left item); none otherwise: written as ever (``|emphasised``). checklist.js:
        reachedEmphasised."""
        parts = tuple((strong, self.pieces(piece)) for piece, strong in emphasis.split(" ".join(text.split())))
        return parts if any(href for _, pieces in parts for _, href in pieces) else ()

    @property
    def documents_groups(self) -> tuple[tuple[Line | None, tuple[DocumentItem, ...]], ...]:
        """The pieces as the list shows them (``_answer.html.j2``): each date's heading (None: no heading, one list)
        and its pieces."""
        starts = dict(self.documents_headings)
        groups: list[tuple[Line | None, list[DocumentItem]]] = []
        for doc in self.documents:
            if doc.id in starts or not groups:
                groups.append((starts.get(doc.id), []))
            groups[-1][1].append(doc)
        return tuple((heading, tuple(docs)) for heading, docs in groups) or ((None, ()),)  # (no piece: an empty list)


def own_deadlines(result: dict, key_dates: list[dict], undated: bool = False) -> list[dict]:
    """The deadlines of the candidate's list besides the key dates (its pieces' own: Nantes 2026's attestations due
    on 12 December; an exam-adjustment request), by date: they open the answer too. Those the notice dates, unless
    ``undated``: then one it does not date too, last (« Dates limites » says it « non précisée », as a key date: Nantes
    2024's exam-adjustment request, review66 L3; the phone bar's next deadline, only a dated one)."""
    known = {item["id"] for item in key_dates}
    # (those of its pieces and its exam-adjustment request; a step's is said with it: Clermont's « courriel non reçu »)
    used = {doc["deadline"] for doc in result["documents"]}
    # (a national rule's date the guide gives with its warning: the notice's closing, « engagement étudiant »)
    used |= {w["deadline"] for w in result["warnings"] if w.get("deadline")}
    adjustment = result["exam_adjustment"]
    if adjustment and adjustment.get("dated") and adjustment["deadline"]:  # (engine: a renewal may have no request)
        used.add(adjustment["deadline"]["id"])
    own = [d for d in result["deadlines"] if d["kind"] == "deadline" and d["id"] in used and d["id"] not in known]
    dated = sorted((d for d in own if d["end"]), key=lambda d: dt.datetime.fromisoformat(d["end"]))
    return dated + [d for d in own if not d["end"]] if undated else dated


def other_deadlines(result: dict, key_dates: list[dict]) -> list[dict]:
    """The dated deadlines of the candidate's « Dates à retenir » that « Dates limites » does not say
    (``opening_dates``): a step's, said with the step (Clermont-Ferrand 2024: reporting a confirmation e-mail not
    received, due before every other date; Nantes 2024: the last day to change the pre-registration). The summary names
    them with their dates, pointing below (a review, read55 L8; review66 L3: an undated one is in « Dates limites »). As
    checklist.js: otherDeadlines."""
    said = {d["id"] for d in opening_dates(result, key_dates)}
    return [d for d in result["deadlines"] if d["kind"] == "deadline" and d["end"] and d["id"] not in said]


def opening_dates(result: dict, key_dates: list[dict]) -> list[dict]:
    """The dates the answer opens with, « Dates limites »: the key dates and the candidate's own (``own_deadlines``), by
    date, the key dates first on a tie; a key date the notice does not date keeps its place, « non précisée »
    (Nantes 2026's closing). A review, phone48 L1: Toulouse's exam adjustment request, due at the closing, came after
    the documents deadline a week later. As checklist.js: openingDates."""
    items = [*key_dates, *own_deadlines(result, key_dates, undated=True)]
    dated = iter(sorted((d for d in items if d.get("end")), key=lambda d: dt.datetime.fromisoformat(d["end"])))
    return [next(dated) if d.get("end") else d for d in items]


# The key date of the registration's closing (page data « key_dates »; checklist.js: the same).
CLOSING_ID = "registration_closing"


def next_deadline_key(did: str, result: dict) -> str:
    """The words of the phone bar's next deadline (``did``, of the key dates or ``own_deadlines``), by what it closes:
    the registration, the documents, one of the list's pieces, or the exam-adjustment request (as checklist.js:
    nextDeadlineKey)."""
    if did == "registration_closing":
        return "summary_next_closing"
    if did == "documents":
        return "summary_next_documents"
    if any(doc["deadline"] == did for doc in result["documents"]):
        return "summary_next_piece"
    # (a date that is the candidate's only if they must make a new request: said so, as the list and the .ics; review68)
    if any(d["id"] == did and d.get("new_request_only") for d in result["deadlines"]):
        return "summary_next_renewal"
    return "summary_next_adjustment"


def _key_dates_more(ui, texts, others: list[dict], result: dict, dates: dict[str, str], passed: Collection[str] = (),
                    instants: dict[str, str] | None = None) -> DatedWords | None:
    """The line under « Dates limites » naming the candidate's other deadlines (other_deadlines), each with its date and
    the step that gives it, if one does (review66 L3, phone56 L3: named without their dates, after « Selon votre cas »,
    which did not hold for the last day to change a pre-registration); two joined by « et », more by « ; » and the last
    by « et » (checklist.js: keyDates). A date over on the build's day (``passed``) is said so, « — date passée », as its
    line in « Dates à retenir » (read59 M2: Clermont-Ferrand 2024's 14 November read as to come, once over, in this line
    alone); one still ahead, with its hidden words from its instant (``instants``: text.over_instants; DatedWords,
    pastswitch65)."""
    if not others:
        return None
    steps = {s["deadline"]: s["title"] for s in result["steps"] if s.get("deadline")}
    laters: list[PastLater] = []

    strict = {d["id"] for d in result["deadlines"] if d["strict"]}

    def date(did: str) -> str:  # (« délai de rigueur » after it when the notice says so: strict_said; review69 L3)
        return _switched_date(texts, strict_said(dates[did], did in strict, texts), did, passed, instants or {}, laters)

    items = [ui("key_dates_more_step", step=steps[d["id"]], label=deadline_label(d, texts), date=date(d["id"])) if d["id"] in steps
             else ui("key_dates_more_item", label=deadline_label(d, texts), date=date(d["id"])) for d in others]
    labels = items[-1] if len(items) == 1 else ui("key_dates_more_and", before=texts.join("provenance.texts_join", items[:-1]), after=items[-1])
    return _dated_words(ui("key_dates_more", title=ui("deadlines_title"), labels=labels, count=len(others)), laters)


def _key_date(ui, texts, item: dict, dates: dict[str, str], result: dict, passed: Collection[str] = (),
              instants: dict[str, str] | None = None) -> KeyDate:
    """A line of « Dates limites »: with a pointer to the precision « Dates à retenir » gives under the date (its
    note: the guide's reading), when it gives one, a button that brings that block into view (checklist.js:
    keyDates; on a phone it comes screens below, after every piece). A date of ``passed`` (``passed_dates`` of the
    build's day: the registration's closing once registration is closed, when the notice dates it; checklist.js: the
    marker .bts-registration-closed) said passed (« — date passée »: under « Inscriptions closes » it read as still to
    come, NOTE56)."""
    # (« délai de rigueur » as in « Dates à retenir » and above the pieces, one form: strict_said; Toulouse 2024's
    # documents, « aucune inscription hors délais »)
    strict = any(d["id"] == item["id"] and d["strict"] for d in result["deadlines"])
    # (the exam-adjustment request's, for those who must make a new one: text.deadline_label, review67 L8)
    words = {"label": deadline_label(item, texts), "date": strict_said(dates[item["id"]], strict, texts)}
    noted = any(d["id"] == item["id"] and d.get("note") for d in result["deadlines"])
    # (or the notice's words on a later deposit of one of its pieces, which « Dates à retenir » gives under the date:
    # Toulouse 2024's R408 attestation under the documents' date; read61 L6; checklist.js: keyDates, lateExceptions)
    # (a piece still depending on an answer too, said pending there since fixsmall62: checklist.js lateExceptions names
    # it, so its keyDates pointed to it and the build's answer did not; review91)
    noted = noted or any(d["id"] == item["id"] for d in result["deadlines"]) and any(
        doc["deadline"] == item["id"] and doc.get("late_deposit") for doc in (*result.get("documents", ()), *result.get("undecided", ())))
    # (a closing the notice does not date: never in ``passed``, nothing said passed; Nantes 2026)
    # (any other date over on the build's day too, as « Dates à retenir »: passed; fixdup57)
    # (``passed`` alone: it holds the closing exactly when registration is closed and the notice dates it; NOTE57)
    def past(line: str) -> str:
        return passed_line(texts, line, item["id"], passed)

    def later(line: str) -> PastLater | None:  # (unmarked at build: its words from its instant, past.js; issue 9)
        return None if item["id"] in passed else past_later(texts, line, (instants or {}).get(item["id"]))

    if not noted:
        line = past(ui("deadline_item", **words))
        return KeyDate(line, item["id"], later=later(line))
    before, _, after = ui("deadline_item_noted", **words, pointer="{pointer}").partition("{pointer}")
    # (the mark after the date's words, « délai de rigueur » included as in the line without a pointer, and before the
    # pointer: after it, « voir la précision sous « Dates à retenir » — date passée » read as if « Dates à retenir »
    # were past; read61 L3)
    stem = before.rstrip(" ,")
    pending = later(stem)
    return KeyDate(past(stem) + before[len(stem):], item["id"], ui("deadline_pointer", title=ui("deadlines_title")), after,
                   (stem, pending, before[len(stem):]) if pending else None)


def next_deadline_pieces(did: str, result: dict, key_dates: list[dict]) -> list[dict]:
    """The list's pieces due at the moment of the bar's next deadline ``did`` when it is one of the pieces' own
    (``own_deadlines``), in the list's order: one, or several whose deadlines fall at the same moment (Nantes 2026: the
    attestations and the « engagement étudiant » form, 12 December). As checklist.js: nextPieces."""
    own = {d["id"]: dt.datetime.fromisoformat(d["end"]) for d in own_deadlines(result, key_dates)}
    if did not in own:
        return []
    return [doc for doc in result["documents"] if doc["deadline"] in own and own[doc["deadline"]] == own[did]]


# The end of a piece's label the phone bar keeps in view when the label is cut in the middle (« Attestation de formation
# rel… (R408) »): the pieces with a deadline of their own often start alike (« Attestation de formation… ») and are told
# apart by their end. A last group in parentheses or guillemets of up to 30 characters, else the shortest run of last
# words of PIECE_END_MIN characters at least. As checklist.js: pieceParts.
_PIECE_END_GROUP = re.compile(r" (\([^()]{1,30}\)|«[^«»]{1,30}»)$")
PIECE_END_MIN = 12


def piece_parts(label: str) -> tuple[str, str]:
    """A piece's label (French typography applied) as (its start, its end) for the phone bar, split at a space: the
    start is cut with « … » when the label is too long for the bar, the end stays whole; (label, "") when there is no
    such end (a label of one word, or short)."""
    group = _PIECE_END_GROUP.search(label)
    cut = group.start() if group else -1
    if cut < 0:
        position = len(label)
        while True:
            position = label.rfind(" ", 0, position)
            if position <= 0:
                break
            if len(label) - position - 1 >= PIECE_END_MIN:
                cut = position
                break
    return (label[:cut], label[cut + 1:]) if cut > 0 else (label, "")


def establishment_step_links(notice: Notice) -> dict[str, str]:
    """The establishments page's steps that the notice's reworded steps name (steps: establishment_step:), by their
    number, and their address from the checklist page (in the notice's folder, as the establishments page:
    ``../etablissements/#etape-3``, paths.establishment_step_url): the page's answer (answer_view) and the page data
    for checklist.js (page._page_data, « establishment_steps »), one table."""
    return {str(step.establishment_step): establishment_step_url(step.establishment_step, "../")
            for step in given(notice.session.steps) or () if step.establishment_step}


def _notice_words(step: dict, texts, links: dict[str, str]) -> tuple[str, str] | None:
    """A step's link to the notice's words (text.step_notice_words), with its address (establishment_step_links)."""
    words = step_notice_words(step, texts)
    return (words, links[str(step["provenance"]["establishment_step"])]) if words else None


def answer_view(
    notice: Notice, ruleset: dict, result: dict, key_dates: list[dict], dates: dict[str, str], forms: dict[str, dict[str, str]],
    elsewhere: dict[str, dict] | None = None, ask: dict | None = None, names: dict[str, str] | None = None, *, closed: bool = False,
    passed: Collection[str] = (),
) -> AnswerView:
    """The page's view of an engine ``result`` (``key_dates``, ``dates``, ``forms``, ``elsewhere``, ``ask``: the page
    data's, see ``page._page_data``; without ``ask``, ``where_to_ask`` is computed here; ``names``: the national table's
    departments, which the page data ships too, for another academy's department answered: text.department_answer_words;
    ``closed``: registration closed on the build's day, a contradiction's advice then its advice_after_closing:
    text.contradiction_advice (a closing the notice does not date too, from its last date: Nantes 2026); ``passed``:
    the ids of the dates over on the build's day, ``passed_dates``, the registration's closing among them once closed
    when the notice dates it: their lines in « Dates limites » and « Dates à retenir » end « — date passée », fixdup57;
    the one input for that, NOTE57)."""
    if result["exam_adjustment"] is not None:
        raise ValueError("answer_view: a result with the exam-adjustment procedure is shown by checklist.js only")
    texts = notice.texts
    instants = over_instants(ruleset)

    def ui(key: str, **values: object) -> str:
        return texts.text(f"{UI}.{key}", **values)

    questions = {q["id"]: q for q in ruleset["questions"]}

    def form_link_words(form: dict) -> str:  # a form the candidate fills, or a model for their establishment
        if form["filled_by"] == "establishment":
            return ui("form_link_establishment", title=form["title"])
        return ui("form_link", title=form["title"])

    def label(qid: str) -> str:  # (always quoted: « … »)
        return inner_quotes(questions[qid]["label"])

    def words(qid: str, value: str) -> str:  # (an option: « Option C », on the command line too: text.answer_words)
        return answer_words(ruleset, qid, value, texts, names)

    def one(item: dict) -> str:  # (a derived fact in its own words: checklist.js reasonPhrase)
        phrase = reason_phrase(questions[item["question"]], item)
        return phrase or ui("why_item", question=label(item["question"]), answer=words(item["question"], item["value"]))

    def reasons(why: list[dict]) -> str:  # (the facts of the same answers, these named once: checklist.js reasons)
        out = []
        for items, sources in reason_groups(why):
            text = one(items[0])
            for item in items[1:]:
                text = ui("why_and", before=text, after=one(item))
            for source in sources:
                text = ui("why_from", reason=text, question=label(source["question"]), answer=words(source["question"], source["value"]))
            out.append(text)
        return " ; ".join(out)

    def quoted(qids: list[str]) -> str:
        return " ; ".join(f"« {label(q)} »" for q in qids)

    by_id = {d["id"]: d for d in result["deadlines"]}

    def deadline_line(doc: dict) -> str | None:
        """A piece's date line; a piece the notice lets be deposited later: its date and the notice's words on that in
        one sentence, as the notice page's table (phone54 M3: on two lines, read as two deadlines; checklist.js, text.py);
        none for a piece due on the date said above the list (``documents_due``)."""
        if doc["deadline"] not in by_id or not doc.get("own_date", True):
            return None
        # (« , délai de rigueur » after it when the notice says so, as the notice page's table: strict_said)
        date = strict_said(dates[doc["deadline"]], by_id[doc["deadline"]]["strict"], texts)
        if doc["late_deposit"]:
            # (ending with « . » as every other date line of the list: deadline_before; review66 L6)
            return ui("deadline_before", date=texts.text("documents.late_deposit", date=date, words=doc["late_deposit"], office=ruleset["academy"].get("office_reach", "")))
        return ui("deadline_before", date=date)

    documents = []
    headings = []
    for group in documents_groups(result):
        if group["heading"]:  # (pieces on two dates or more: each date once, above its pieces; text.py, checklist.js)
            # (a date over on the build's day: « — date passée » after it, as « Dates limites »; phone60 M1)
            date = _passed_date(texts, dates, group["deadline"], passed, result)
            # (a piece among them the notice lets be deposited later: « sauf indication contraire »; text.py, checklist.js)
            heading = (ui("documents_group_most", date=date) if group["others"]
                       else ui("documents_group", count=len(group["documents"]), date=date))
            # (unmarked at build: its « — date passée » hidden, shown by past.js from its instant; fixpastview62)
            headings.append((group["documents"][0]["id"], Line(heading, group["deadline"], None if group["deadline"] in passed
                                                                  else past_later(texts, _said_date(texts, dates, group["deadline"], result), instants.get(group["deadline"])))))
    for doc in (d for group in documents_groups(result) for d in group["documents"]):
        annexes, r408_list = r408_words(doc, texts)
        source = document_source(doc, texts)
        documents.append(DocumentItem(
            id=doc["id"],
            label=doc["label"],
            # (« Pour tous les candidats. » not said above a source line that says it: read54 L5)
            why=ui("why", reasons=reasons(doc["why"])) if doc["why"] else None if said_by_source(ui("why_all"), source) else ui("why_all"),
            when=deadline_line(doc),
            # (a later deposit without its date: none known, or said above the piece, documents_groups)
            late=ui("late_deposit", words=doc["late_deposit"], office=ruleset["academy"].get("office_reach", "")) if doc["late_deposit"] and (doc["deadline"] not in by_id or not doc.get("own_date", True)) else None,
            national_dating=national_dating_lines(doc, texts, (f"{UI}.national_dating", f"{UI}.national_dating_as_given", f"{UI}.national_dating_cited"),
                                                  office=ruleset["academy"].get("office_reach", "")),
            annexes=Line(annexes, " ".join(str(a) for a in doc["annexes"])) if annexes else None,
            r408_list=r408_list,
            detail=doc["detail"] or None,
            unwaived=replaced_unwaived(texts, doc["unwaived"], doc.get("unwaived_texts"), ruleset["academy"].get("office_reach", "")) if doc.get("unwaived") else None,
            form=FormLink(form_link_words(forms[doc["id"]]), forms[doc["id"]]["url"]) if doc["id"] in forms else None,
            source=source,
            provenance=doc["provenance"]["kind"],
        ))

    # a date over on the build's day: « — date passée », as « Dates limites » (fixdup57; checklist.js: deadlinesBlock)
    def past(did: str, line: str) -> str:
        return passed_line(texts, line, did, passed)

    # a date unmarked at build: its « — date passée » hidden, shown by past.js from its instant (issue 9)
    def later(did: str, line: str) -> PastLater | None:
        return None if did in passed else past_later(texts, line, instants.get(did))

    def dated(did: str, line: str, value: str) -> Line:
        return Line(past(did, line), value, later(did, line))

    registration_dates = (
        Line(ui("deadline_item", label=ui("registration_opening"), date=dates["registration_opening"]), "opening"),
        dated(CLOSING_ID, ui("deadline_item", label=ui("registration_closing"), date=dates["registration_closing"]), "closing"),
    )
    deadline_dates = []
    for d in result["deadlines"]:
        named = deadline_label(d, texts)
        text = ui("deadline_item", label=named, date=strict_said(dates[d["id"]], d["strict"], texts))
        exceptions = tuple(
            ui("strict_late", label=doc["label"], late=texts.text("checklist.late_deposit", words=doc["late_deposit"], office=ruleset["academy"].get("office_reach", "")))
            for doc in result["documents"]
            if doc["deadline"] == d["id"] and doc["late_deposit"]  # (under any date: read58 L3)
        ) + tuple(
            # (a piece still depending on an answer, as pending: fixsmall62; checklist.js lateExceptions, text.py)
            ui("strict_late_undecided", label=doc["label"], late=texts.text("checklist.late_deposit", words=doc["late_deposit"], office=ruleset["academy"].get("office_reach", "")))
            for doc in result["undecided"]
            if doc["deadline"] == d["id"] and doc.get("late_deposit")
        ) + date_notes(d, texts)
        deadline_dates.append((dated(d["id"], text, d["id"]), exceptions))

    steps = []
    links = establishment_step_links(notice)
    for step in result["steps"]:
        title = ui("step", number=step["number"], title=step["title"])
        deadline = by_id.get(step["deadline"]) if step["deadline"] else None
        # (a date over on the build's day: « — date passée », as « Dates limites »; read61 L4; checklist.js: stepDate)
        # (« délai de rigueur » after the date, as « Dates à retenir »: strict_said; review69 L3, Toulouse 2024's Étape 3)
        said = texts.text("common.label_value", label=deadline["label"], value=strict_said(dates[deadline["id"]], deadline["strict"], texts)) if deadline else None
        steps.append(StepItem(step["number"], title, past(deadline["id"], said) if deadline else None, step_blocks(step["text"]),
                              step_source(step, texts), step["provenance"]["kind"], later(deadline["id"], said) if deadline else None,
                              _notice_words(step, texts, links)))

    open_questions = list_questions(result)  # (not one only the contacts need)
    if open_questions:
        ending = ui("remaining", count=len(open_questions))
    elif result["complete"]:
        ending = ui("complete")
    else:
        ending = ui("incomplete")

    order = [q["id"] for q in ruleset["questions"]]
    answers = tuple(
        Line(ui("why_item", question=label(qid), answer=words(qid, result["answers"][qid])), qid)
        for qid in order
        if qid in result["answers"]
    )
    kind = standing_kind(result)
    ask = ask if ask is not None else where_to_ask(notice, ruleset)
    return AnswerView(
        reach=tuple(ask.get("reach", ())),
        # (living abroad: this notice's contacts stay, the candidate may ask its exam office; one not cited who lives
        # in another academy's department: none of its contacts nor dates, the note names its office; checklist.js the same)
        elsewhere=sent_elsewhere(result["standing"]),
        no_list=kind in NO_LIST,
        no_dates=no_dates(result["standing"]),
        key_dates_title=ui("key_dates_title"),
        # the key dates and the other deadlines of the list's pieces and exam-adjustment request (own_deadlines), by
        # date (opening_dates; checklist.js). With no list, none: the answer opens with the note saying the notice gives the candidate
        # no list, not with « Dates limites » read as theirs; one not cited finds the registration's dates under the note
        # (« Dates à retenir »), as on the command line (text.py)
        # (a date « Dates à retenir » follows with a precision, the guide's reading: said so, a review: Toulouse's
        # adjustment date at 17 h 00 read as the notice's)
        key_dates=() if kind in NO_LIST else tuple(
            _key_date(ui, texts, item, dates, result, passed, instants) for item in opening_dates(result, key_dates)
        ),
        key_dates_more=None if kind in NO_LIST else _key_dates_more(ui, texts, other_deadlines(result, key_dates), result, dates, passed, instants),
        standing=_standing(result["standing"], texts, elsewhere or {}, ask, label,
                           closed, office=ruleset["academy"].get("office_reach", ""),
                           office_site_below=ruleset["academy"].get("office_reach_site_below", "")),
        warnings_title=ui("warnings_title"),
        warnings=tuple(
            (w["id"], title, warning_groups(w, text, texts),
             _department_hint(result, (elsewhere or {})) if w["id"] == DEPARTMENT_WARNING else None,
             None if w.get("groups") or w["provenance"]["kind"] not in ("national", "notice") else provenance_words(w["provenance"], texts),
             _closing_due(w, dates, texts, passed, instants))
            for w in result["warnings"]
            for title, text in [warning_words(w, result, texts)]
        ),
        # no list for the candidate (the standing note says why): no « Pièces à déposer (0) » (checklist.js: the same)
        documents_title=None if not result["documents"] and kind in NO_LIST
        else ui("documents_title", count=len(result["documents"])),
        documents_title_past=None if not result["documents"] and kind in NO_LIST
        else ui("documents_title_past", count=len(result["documents"])),
        documents_due=_documents_due(result, dates, ui, texts, passed, instants),
        documents=tuple(documents),
        documents_headings=tuple(headings),
        undecided_title=ui("undecided_title", count=len(result["undecided"])),
        undecided=tuple(
            UndecidedItem(
                d["id"],
                ui("undecided_item_who", label=d["label"], who=d["who"], questions=quoted(d["missing"]))
                if d.get("who") else ui("undecided_item", label=d["label"], questions=quoted(d["missing"])),
                document_source(d, texts), d["provenance"]["kind"],
                ui("late_deposit", words=d["late_deposit"], office=ruleset["academy"].get("office_reach", "")) if d.get("late_deposit") else None,
            )
            for d in result["undecided"]
        ),
        deadlines_title=ui("deadlines_title"),
        registration_dates=registration_dates,
        registration_note=(texts.text("dates.note_as_written"), *_lines(result["registration"]["note"])) if result["registration"]["note"] else (),
        dates=tuple(deadline_dates),
        steps_title=ui("steps_title"),
        steps=tuple(steps),
        undecided_steps_title=ui("undecided_steps_title", count=len(result["undecided_steps"])),
        undecided_steps=tuple(
            UndecidedItem(str(s["number"]), ui("undecided_step", title=ui("step", number=s["number"], title=s["title"]), questions=quoted(s["missing"])),
                          step_source(s, texts), s["provenance"]["kind"], notice_words=_notice_words(s, texts, links))
            for s in result["undecided_steps"]
        ),
        contacts_title=ui("contacts_title"),
        contacts=tuple(_contact(c, texts, ruleset["academy"]["website"]) for c in result["contacts"]),
        contacts_source=result.get("contacts_source"),
        # As the command line and checklist.js: the notice's pointer to another list, else « not given » (under the
        # list's title)
        documents_not_given=partial_list_words(ruleset, texts),
        documents_deposit=tuple(ruleset["documents_deposit"]),
        ending=ending,
        open_questions=tuple(Line(questions[qid]["label"], qid) for qid in open_questions),
        open_questions_title=ui("open_questions_title", count=len(open_questions)),
        complete=result["complete"],
        answers_title=ui("answers_title"),
        answers=answers,
        no_answer=ui("no_answer"),
    )


def step_blocks(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A step's text as the pages read it (``text.text_blocks``): ("p", its lines), a line break between them as
    the notice page writes them (``md_block``: Toulouse 2024's four capitalised lines of its third step), and ("ul",
    items) (checklist.js: textBlocks)."""
    return text_blocks(text)


# A paragraph ("p": its lines and, for each, whether it is a sub-line: written indented under the others, as the
# notice page sets it, generator/site/text.py SUB_LINE_CLASS) or a list ("ul": its items, no flags)
IndentedBlock = tuple[str, tuple[str, ...], tuple[bool, ...]]
# a group of a warning: its case (the <summary> of its <details>; None: shown as is), its blocks, its source or None
WarningGroup = tuple[str | None, tuple[IndentedBlock, ...], str | None]


def indented_blocks(text: str) -> tuple[IndentedBlock, ...]:
    """A text's blocks (``text_blocks``) with, for each paragraph line, whether the notice page sets it in
    (``md_block``: a sub-case's label under its group's). checklist.js: textBlocks(text, true)."""
    flags = iter(indented_lines(text))
    return tuple((kind, lines, tuple(next(flags) for _ in lines) if kind == "p" else ()) for kind, lines in text_blocks(text))


def warning_groups(warning: dict, text: str | None, texts) -> tuple[WarningGroup, ...]:
    """A warning's words as groups (checklist.js: warningGroups; the command line: text.py warning_group_lines): a
    topic's statements of the notice as the page groups them (engine: the warning's ``groups``), each with its case
    (a case of the notice, said in a <details> whose summary is the case: the item stays short on a phone, the
    candidate opens their own) and its place in the notice; any other warning, one group of its text (none: no
    words), its source said after it (``AnswerView.warnings``)."""
    if warning.get("groups"):
        return tuple(
            (g["case"], indented_blocks(g["text"]), group_source(g, texts))
            for g in warning["groups"]
        )
    return ((None, indented_blocks(text), None),) if text else ()


def _said_date(texts, dates: dict[str, str], did: str, result: dict) -> str:
    """A date of the list's pieces in the words « Dates limites » gives it: « , délai de rigueur » after it when the
    notice says so (``strict_said``; review69 L3: « Date limite de toutes ces pièces : … » left it out of Toulouse
    2024's 22 November; checklist.js: piecesDate, text.py: _document_lines)."""
    return strict_said(dates[did], any(d["id"] == did and d["strict"] for d in result["deadlines"]), texts)


def _passed_date(texts, dates: dict[str, str], did: str, passed: Collection[str], result: dict) -> str:
    """A date of the list's pieces (``_said_date``), said passed (« … — date passée », after the date and its
    « délai de rigueur ») when over on the build's day (``passed``), as « Dates limites » (phone60 M1: « Date limite de
    ces pièces : … » under « Pièces à déposer » was not, while « Dates limites » above said it passed; checklist.js:
    piecesDate, text.py: _document_lines)."""
    return passed_line(texts, _said_date(texts, dates, did, result), did, passed)


def _documents_due(result: dict, dates: dict[str, str], ui, texts=None, passed: Collection[str] = (),
                   instants: dict[str, str] | None = None) -> Line | None:
    """The date most of the list's pieces share, under its title (engine: documents_due; checklist.js: documentsDue;
    text.py: _document_lines), said passed when over on the build's day (``_passed_date``), else with its hidden
    « — date passée » from its instant (``instants``: text.over_instants; Line.later, fixpastview62), or None."""
    due = result.get("documents_due")
    if not due:
        return None
    did = due["deadline"]
    date = _passed_date(texts, dates, did, passed, result) if texts is not None else dates[did]
    pending = past_later(texts, _said_date(texts, dates, did, result), (instants or {}).get(did)) if texts is not None and did not in passed else None
    return Line(ui("documents_due_all" if due["all"] else "documents_due_most", date=date), did, pending)


def _closing_due(warning: dict, dates: dict[str, str], texts, passed: Collection[str] = (),
                 instants: dict[str, str] | None = None) -> DatedWords | None:
    """Under a national rule the guide dates with the notice's registration closing (engine: a warning's ``deadline``),
    that date as the guide's reading of the rule's « date limite d'inscription », a paragraph after the rule's source
    (checklist.js: closingDue; the command line: text.closing_due_line; the notice page: notice_view.closing_dues).
    Over on the build's day (``passed``: its own date, the closing's instant): « — date passée » after the date, as its
    line in « Dates à retenir » (read61 L4); still ahead, with its hidden words from its instant (``instants``:
    text.over_instants; DatedWords, pastswitch65)."""
    if not warning.get("deadline"):
        return None
    # the notice's closing itself, unmarked: the sentence says the date is the guide's (its own date is marked
    # « date retenue par le guide » in the key dates; review61 M1)
    laters: list[PastLater] = []
    date = _switched_date(texts, dates["registration_closing"], warning["deadline"], passed, instants or {}, laters)
    return _dated_words(texts.text("dates.closing_due", date=date), laters)


def where_to_ask(notice: Notice, ruleset: dict) -> dict:
    """For a candidate the notice does not name: the exam office in words (its contacts, else those of its people,
    else a pointer to the contacts listed with the answer, or that the notice gives none; None when the notice gives no office, which the contacts below the answer already say, a review: the
    page said it twice) and the academy's website (None: not given), from the data only (page data « ask »,
    checklist.js)."""
    t = notice.texts
    office = ruleset["contacts"]["exam_office"]
    apart = None  # (the words for one given no contacts section, sent_elsewhere: never « plus bas »)
    if office is None:
        words = None
    else:
        contacts = [*office["emails"], *office["phones"]]
        # the office's people (of_exam_office: Nantes 2024's « Dossier suivi par : … », listed under the office in
        # the contacts below): their e-mails and phones are the office's (a review, read53 M1: « coordonnées non
        # précisées » above the bureau's own person, e-mail, phone and address)
        people = [p for p in ruleset["contacts"]["exam_office_people"] if p["emails"] or p["phones"]]
        if contacts:
            name = ", ".join([office["name"], *contacts])
        elif people:
            name = t.text("standing.ask_office_person", name=office["name"],
                          person=" ; ".join(", ".join([p["name"], *p["emails"], *p["phones"]]) for p in people))
        elif office["address"] or ruleset["contacts"]["exam_office_people"] or ruleset["contacts"]["others"]:
            # an address, someone of the office or the notice's other contacts (listed with the answer): how to reach it
            name = t.text("standing.ask_office_see_contacts", name=office["name"])
            # one living in another academy's department is given no contacts section (sent_elsewhere): not « plus
            # bas », the notice's contacts (fixnote60 left 2: frozen Nantes 2026's « Bureau DEC 4-1 » to a Paris resident)
            apart = t.text("standing.ask_office_see_notice", name=office["name"])
        else:
            name = t.text("standing.ask_office_no_contact", name=office["name"])
        # « Bureau des examens : Bureau des examens post-bac, … » says it twice: an office the notice names so goes alone
        label = t.text("standing.ask_office", office="\0").split("\0")[0].rstrip(" :\u00a0")
        named = label and office["name"].casefold().startswith(label.casefold())
        words, apart = (t.text("standing.ask_office_named", office=n) if named else t.text("standing.ask_office", office=n) for n in (name, apart or name))
    # (the site, the office's e-mails and phones its words write: links on the page, reach_links; ``office_apart``: the
    # office's words where no contacts section is shown, answer.py's elsewhere note, checklist.js, cli.ask_lines)
    return {"office": words, "office_apart": apart, "website": given(notice.academy.website), "reach": reach_links(notice, ruleset)}


def reach_links(notice: Notice, ruleset: dict) -> tuple[tuple[str, str, str], ...]:
    """The ways to reach this academy a « not listed » note writes in its words (phone61 M2: Aix-Marseille 2023's
    « voir le site de l'académie, https://… » and Nantes 2026's office e-mail and phones were plain text, the only way
    to reach the office of one living in another academy's department, who gets no contacts section): the academy's
    site (``academy.website``, written whole in ``office_reach``'s words), the exam office's e-mails and phones and
    those of its people (``where_to_ask``'s words). Each (as written, its href, its link's words): the site's words
    without its scheme, as every site's link (``address_words``), an e-mail a mailto:, a phone a tel: as the contacts
    write them (``phone_href``). The page data « reach » (checklist.js: reachedParagraph); the command line writes
    them whole, as written."""
    out: list[tuple[str, str, str]] = []
    website = given(notice.academy.website)
    if website:
        out.append((website, website, address_words(website)))
    office = ruleset["contacts"]["exam_office"]
    for holder in ([office, *ruleset["contacts"]["exam_office_people"]] if office else []):
        out += [(email, f"mailto:{email}", email) for email in holder["emails"]]
        out += [(phone, phone_href(phone), phone) for phone in holder["phones"]]
    return tuple(dict.fromkeys(out))


_REACH_SPACES = "[ \u00a0\u202f]+"  # (a phone's spaces, no-break once typeset: page data « ask »)


def reach_pieces(text: str, reach: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str | None], ...]:
    """``text`` as pieces (words, None) and (link's words, href) where it writes one of ``reach`` (``reach_links``)
    whole: not the start or end of a longer address or number (the longest first). checklist.js: reachPieces, the
    same."""
    if not reach:
        return ((text, None),)
    forms = sorted(reach, key=lambda r: -len(r[0]))
    pattern = "|".join("(" + _REACH_SPACES.join(re.escape(w) for w in written.split()) + ")" for written, _, _ in forms)
    found = re.compile(r"(?<![\w@./:-])(?:" + pattern + r")(?![\w@/-]|\.\w)")
    out: list[tuple[str, str | None]] = []
    last = 0
    for m in found.finditer(text):
        _, href, words = forms[next(i for i, group in enumerate(m.groups()) if group is not None)]
        if m.start() > last:
            out.append((text[last:m.start()], None))
        out.append((words, href))
        last = m.end()
    if last < len(text) or not out:
        out.append((text[last:], None))
    return tuple(out)


def _standing(standing: dict | None, texts, elsewhere: dict[str, dict], ask: dict, label=None, closed: bool = False, *,
              office: str, office_site_below: str) -> StandingView | None:
    """What the notice says of the candidate's situation (``checklist.js: standingBlock``; ``closed``: registration
    closed, for the contradiction's advice of the day; ``office``: the ruleset's ``academy.office_reach``, in the « not
    listed » words, ``office_site_below`` its ``academy.office_reach_site_below`` where the line below them links the
    academy's site)."""
    if standing is None or (standing["kind"] == "concerned" and not standing["category"]["detail"]):
        return None
    kind = standing["kind"]
    if kind == "concerned":
        category = standing["category"]
        return StandingView(kind, texts.text("standing.concerned_title"), (concerned_words(category, texts, detail_lines(category["detail"])),), ())
    if kind == "contradiction":
        passages = tuple(texts.text("standing.passage", section=p["section"], words=p["words"]) for p in standing["passages"])
        return StandingView(kind, texts.text("standing.contradiction_title", about=standing["about"]), (contradiction_advice(standing, closed),), passages)
    if kind == "excluded":
        title, text = excluded_words(standing["category"], texts)
        routing = ask.get("routing")
        if routing is not None:  # an establishments' notice: where individual candidates read (Nantes 2026's repeater)
            return _pointing(kind, title, (text,), routing["text"], routing["href"], routing["words"])
        return StandingView(kind, title, (text,), ())
    if kind == "not_listed":
        routing = ask.get("routing")
        if standing.get("elsewhere"):
            # living in another academy's department, named above (the warning about it): that academy first, this
            # one's office only for a doubt; not this academy's site nor where its individual candidates read as where
            # to go (read60 M4: Paris, then « Demandez au plus tôt au bureau des examens », Nantes' office and site)
            apart = ask.get("office_apart", ask["office"])  # (no contacts section below: never « plus bas »)
            paragraphs = not_listed_words(standing, texts, office) + ((apart,) if apart else ())
            return StandingView(kind, texts.text("standing.not_listed_title"), paragraphs, (), reach=ask.get("reach", ()))
        if routing is not None:  # an establishments' notice: where individual candidates read, in place of the site
            where = (routing["text"], routing["href"], routing["words"])
        elif ask["website"] is not None:
            where = (texts.text("standing.ask_website", link="{link}"), ask["website"], address_words(ask["website"]))
        else:
            where = (texts.text("standing.ask_website_unknown"), None, None)
        # the academy's site linked by the line below: not named in the office words too (phone57 L3: Aix-Marseille
        # 2023's « … voir le site de l'académie, https://… » then « Site de l'académie : https://… »)
        site_below = ask["website"] is not None and where[1] == ask["website"]
        paragraphs = not_listed_words(standing, texts, office_site_below if site_below else office) + ((ask["office"],) if ask["office"] else ())
        return dataclasses.replace(_pointing(kind, texts.text("standing.not_listed_title"), paragraphs, *where), reach=ask.get("reach", ()))
    # (their situation can change it, abroad too: text.py, checklist.js the same; review54 M1)
    unless = (texts.text("standing.outside_unless_establishment", question=label(standing["unless_establishment"])),) \
        if kind == "outside_academy" and standing.get("unless_establishment") else ()
    if kind == "outside_academy" and standing["department"] == ABROAD:
        # living abroad: no notice of the guide says where they register, whom to ask (the hint next to the field)
        return StandingView(kind, texts.text("standing.abroad_title"), (texts.text("standing.abroad_text"), *unless, texts.text("department_hint.abroad")), ())
    if kind == "outside_academy":
        department = standing["department"]
        paragraphs = (texts.text("standing.outside_text"), *unless)
        hint = elsewhere.get(department)
        if hint is None:
            return _pointing(kind, texts.text("standing.outside_title"), paragraphs, texts.text("standing.outside_where_unknown"), None, None)
        return _pointing(kind, texts.text("standing.outside_title"), paragraphs, hint["text"], hint["url"], hint["label"])
    if kind == "how_unknown":
        return StandingView(kind, None, (how_unknown_words(standing["category"], texts),), ())
    return StandingView(kind, None, (texts.text("standing.unknown_text"),), ())


def _department_hint(result: dict, elsewhere: dict[str, dict]) -> tuple[str, str, str, str] | None:
    """The hint next to the department field (its academy, where to read its notice), as a link's line."""
    hint = elsewhere.get(result["answers"].get("department", ""))
    return None if hint is None else _link_line(hint["text"], hint["url"], hint["label"])


def _link_line(text: str, href: str | None, words: str | None) -> tuple[str, str | None, str | None, str]:
    """``text`` with its « {link} » as the link ``words`` to ``href``: (before, href, words, after); without ``href``
    (living abroad: no link), (text, None, None, "")."""
    if href is None:
        return (text, None, None, "")
    before, _, after = text.partition("{link}")
    return (before, href, words, after)


def _pointing(kind: str, title: str, paragraphs: tuple[str, ...], text: str, href: str | None, words: str | None) -> StandingView:
    """A standing that ends where to go or ask: ``text`` a last paragraph when there is no address, else the
    link's line, ``text``'s « {link} » the link (``href``, ``words``)."""
    if href is None:
        return StandingView(kind, title, paragraphs + (text,), ())
    return StandingView(kind, title, paragraphs, (), _link_line(text, href, words))


def _contact(contact: dict, texts, website: str | None) -> ContactView:
    """A contact line (``checklist.js``: the contacts of ``render``); a notice that gives no exam office sends to the
    academy's site: its address (``website``; None: not given) under the line saying so (the notice page gives it in
    « Liens utiles »; the command line the same)."""
    if contact["kind"] == "specialty":
        group = contact["group"]
        if group is None:
            return ContactView(False, texts.text(f"{UI}.no_specialty_contact"))
        return ContactView(False, None, texts.text("contacts.specialty_manager"), lines=specialty_lines(group, texts))
    if contact["kind"] == "specialty_by_option":  # the option not answered, the row depends on it (text.py, checklist.js)
        return ContactView(False, texts.text("contacts.specialty_by_option"))
    if contact["kind"] == "specialty_several":  # (its specialty on several rows of the notice's table: said once)
        return ContactView(False, texts.text("contacts.specialty_several"))
    if contact["kind"] == "specialty_note":
        # what the notice says of its table of managers, after the last of them: its words, said to be its words,
        # under the notice page's title of that table, an address they give a link (a review: an item with no label
        # among labelled contacts, its address plain text while the exam office's is a link). Kept whole, an address
        # the list already gives included: one quotation of this session's notice (the exam office's card is the
        # academy's, for every session), the same words as the notice page's and its PDF's
        before, _, after = texts.text("contacts.notice_words", words="{words}").partition("{words}")
        return ContactView(False, None, texts.text("contacts.specialty_title"), quote_around=(before, after),
                           quote=tuple(quoted_pieces(inner_quotes(line)) for line in _lines(contact["note"])))
    office = contact["office"]
    if office is None:
        site = (_link_line(texts.text("standing.ask_website", link="{link}"), website, address_words(website)),) if website else ()
        return ContactView(True, texts.text(f"{UI}.no_exam_office"), lines=site)

    def linked(key: str, name: str, words: str, href: str | None) -> tuple[str, str | None, str | None, str]:
        if href is None:
            return _link_line(texts.text(key, **{name: words}), None, None)
        return _link_line(texts.text(key, **{name: "{link}"}), href, words)

    lines = tuple(linked("contacts.email", "email", email, "mailto:" + email) for email in office["emails"])
    lines += tuple(linked("contacts.phone", "phone", phone, phone_href(phone)) for phone in office["phones"])
    if office["address"]:
        lines += (linked("contacts.address", "address", ", ".join(office["address"]), None),)
    # (its note writes its web page's address, url_words: the link there, no line of its own; text.py, checklist.js and
    # the notice page the same; review76)
    written = office.get("url_words")
    if office["url"] and not written:
        lines += (linked("contacts.web", "link", address_words(office["url"]), office["url"]),)
    if not lines and contact["kind"] != "exam_office" and not office["url"]:  # (named without any way to reach it: said so, as text.py)
        lines = (_link_line(texts.text("contacts.no_details"), None, None),)
        if website:  # (then the academy's site, as for a notice without exam office; review41b L1)
            lines += (linked("standing.ask_website", "link", address_words(website), website),)
    # someone of the office the notice names under it (« Dossier suivi par : … »): a list inside its item (text.py,
    # checklist.js: the same)
    people = tuple(_contact({"kind": "other", "office": person}, texts, website) for person in contact.get("people", ()))
    note = _lines(office["note"])
    note_parts = ()
    # (the first line that writes it, as checklist.js's linkWritten; each line's bold as its pieces')
    at = next((i for i, line in enumerate(note) if written_address(line, office["url"]) == written), None) if written else None
    if at is not None:
        note_parts = tuple(
            tuple((strong, written_pieces(piece, written, office["url"]) if i == at else ((piece, None),))
                  for piece, strong in emphasis.split(line))
            for i, line in enumerate(note))
    return ContactView(False, None, office["name"], _lines(office["role"]), lines, note, people=people, note_parts=note_parts)


def specialty_lines(group: dict, texts) -> tuple[tuple[str, str | None, str | None, str], ...]:
    """The lines of the candidate's specialty manager (a row of the notice's table of managers), as an office's: its
    phones as links (« Téléphone : 05 36 25 71 28 »), then its row in the notice's words (« Ligne de la notice : « BTS
    Assurance, ATI… » », the page's column of that name), or without them the specialties it names, in the guide's
    words (« Même gestionnaire pour : … »): a review, phone52 L1 and read52 L1, read a plain number after the guide's
    names said to be « ligne de la notice » (checklist.js: specialtyLines; text.py the same). A row without words that
    names one specialty, the candidate's own, has no such line (review59 L6: « Même gestionnaire pour : Management
    commercial opérationnel (MCO) » to a candidate in MCO)."""
    lines = tuple(_link_line(texts.text("contacts.phone", phone="{link}"), phone_href(phone), phone) for phone in group["phones"])
    row = specialty_row(group, texts)
    return lines + ((_link_line(row, None, None),) if row else ())


def quoted_pieces(line: str) -> tuple[tuple[str, str | None, bool], ...]:
    """A line of quoted words as pieces (words, None, in bold) and each e-mail address as (address, its mailto: link,
    in bold): the emphasis read first, then the addresses inside each of its pieces (checklist.js: quotedWords)."""
    pieces: list[tuple[str, str | None, bool]] = []
    for part, strong in emphasis.split(line):
        last = 0
        for match in EMAIL.finditer(part):
            if match.start() > last:
                pieces.append((part[last:match.start()], None, strong))
            pieces.append((match.group(), "mailto:" + match.group(), strong))
            last = match.end()
        if last < len(part):
            pieces.append((part[last:], None, strong))
    return tuple(pieces)


def _lines(text: str | None) -> tuple[str, ...]:
    """A text's lines, stripped, the empty ones left out (checklist.js: textLines)."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())
