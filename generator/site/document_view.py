"""The tables of supporting documents, as the notice page, the establishment page and the PDF's annex show them.

A row per document (its label, for whom in words, its deadline, its details and where it comes from), grouped as
the notice groups them; a deadline or a condition every row of a group shares is said once, above its table. In
the notice's voice (its PDF), the rows are the notice's own lines. Plain text, escaped by the templates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from markupsafe import Markup

from .. import emphasis
from ..french import CONTINUES_LABEL, ends_sentence, lower_first, sentences
from ..merge import Notice, ResolvedDocument
from ..model.conditions import Condition
from ..model.content import InterfaceFile
from .paths import form_page
from .templating import markdown_value
from .words import (
    ROUTE_COLUMNS,
    ROUTES,
    condition_words,
    document_condition,
    document_deadline,
    office_reach,
    past_later_at,
    provenance_words,
    route_fit,
    row_names_item,
    said_in,
    same_words,
)


@dataclass(frozen=True)
class FormLink:
    """A form of the notice that has a printable page (its ``parts:``): the page, relative to the notice's folder."""

    title: str
    page: str
    filled_by: str = "candidate"  # or « establishment »: a model the notice offers establishments (FormField.filled_by)


def form_links(notice: Notice) -> dict[str, FormLink]:
    """``{form id: its page}`` for the forms of the notice given as parts (a form given as text has no page)."""
    return {f.id: FormLink(f.title, form_page(f.id), f.filled_by) for f in notice.section("forms") or () if f.parts}


@dataclass(frozen=True)
class DocumentRow:
    id: str  # the document's id (the same in the checklist's ruleset)
    label: str
    who: str
    deadline: str | None  # None: the deadline of the whole group, said once above its table
    details: str
    provenance: str | None  # « Règle nationale — … » for a national document; None for the notice's own item
    form: FormLink | None = None  # the notice's form this document is made with, when it has a page
    routes: tuple[bool, ...] | None = None  # the notice's PDF with a column per route (ROUTES): asked for on that route
    lines: tuple[str, ...] = ()  # the notice's PDF: the items of a row it gives several in (row_as_written), below its words
    when: Condition | None = None  # the web page: the condition ``who`` says (for the group's shared part, below)
    # the web page, a document the notice lets come later: its deadline without those words, and them as a note (a
    # group whose rows differ by them alone says the deadline once, and them in « Précisions »: document_group)
    deadline_alone: str | None = None
    late: str | None = None
    # the web page, under a group that says once the condition all its rows share (DocumentGroup.who_shared): the
    # rest of this row's condition in words (``who`` stays the whole condition, as the checklist's)
    who_rest: str | None = None
    # a piece of a national text, or one the notice asks for in its text only, dated by the notice's documents deadline
    # (merge.ResolvedDocument.dated_by_guide): its
    # provenance saying so (« … ; date limite retenue par le guide : … »), used when the row says its date;
    # a group whose rows all are says it once, with its date (document_group: DocumentGroup.deadline_dated)
    provenance_dated: str | None = None
    # the web page: the deadline's « — date passée » (words.past_later_at: written when over on the build's day, else
    # hidden and shown by past.js from its instant; issue 9), and ``deadline_alone``'s; None for a row whose deadline
    # ends with the notice's words on a later deposit (the piece may still come after the date)
    deadline_later: object = None
    alone_later: object = None

    @property
    def shown_who(self) -> str:
        """« Pour qui » as the table shows it: the rest of the condition under a group's shared one."""
        return self.who if self.who_rest is None else self.who_rest

    @property
    def notes(self) -> str:
        """The details, then the provenance: the column « Précisions »."""
        return after_words(self.details, self.provenance)


def after_words(words: str | None, *guide: str | None) -> str:
    """``words`` (a piece's detail: the notice's words, or a national text's), then the guide's texts (its notes, the
    provenance), each ended as a sentence (``french.sentences``), the words as written. The guide's texts begin on the
    next line: never after a full stop the notice does not write (« … (Arrêté du 14/04/2016 relatif à l'attestation
    R408) », then « D'après la notice… »: trust69, the staff guide's « Les mots de la notice, mot pour mot »), and
    never run on after the notice's own full stop either, where a candidate on a phone could not see where the notice's
    words end and the guide's begin (lines76: Aix-Marseille 2023's R408 row, « … ne pourra pas présenter les épreuves.
    D'après la notice, un dépôt plus tard est possible … »). Words already followed so (``Markup``: the notice's
    words, a line break, the guide's) take the rest after them, on the guide's line."""
    rest = sentences(*guide)
    if not rest:
        return words or ""
    if isinstance(words, Markup):
        return words + Markup("" if ends_sentence(str(words)) else ".") + Markup(" ") + markdown_value(rest)
    if not words or not words.strip():
        return sentences(words, rest)
    return Markup("<br>").join((markdown_value(words.strip()), markdown_value(rest)))


@dataclass(frozen=True)
class DocumentGroup:
    name: str
    rows: tuple[DocumentRow, ...]
    deadline: str | None  # the deadline every document of the group shares, said once above the table
    details: bool  # a column « Précisions » (some row has details, provenance or a form)
    who: bool = True  # a column « Pour qui » (some row says for whom: in the notice's PDF, the heading may say it for all)
    notes_below: tuple[str, ...] = ()  # the notice's PDF: a footnote several rows share, said once below the table
    deadline_in_heading: bool = False  # the notice's PDF: the heading is the notice's words for the shared deadline
    routes: bool = False  # the notice's PDF: a column per route (ROUTES), in place of « Pour qui »
    # the notice's PDF: the shared deadline is the notice's documents deadline, said by its text and the dates
    # table: no « À déposer au plus tard … » line of the guide's in the notice's list
    deadline_line: bool = True
    # the shared deadline is the notice's documents deadline, given by the guide to pieces of national texts the notice
    # does not date (DocumentRow.provenance_dated): the line above the table says so, once
    deadline_dated: bool = False
    # the web page: some row of the group has another deadline than the shared one (the notice's words on a later
    # deposit, in its « Précisions »): the line above the table says « sauf indication contraire », as the checklist's
    # « Date limite de ces pièces, sauf indication contraire sous l'une d'elles » (a review, read56 L3)
    deadline_others: bool = False
    # the web page: the condition every row of the group shares, said once above its table (« Pour qui : si vous suivez
    # la formation à distance (CNED ou autre). »), not in every row; None when they share none
    who_shared: str | None = None
    deadline_later: object = None  # the shared deadline's « — date passée » (DocumentRow.deadline_later)


def document_rows(notice: Notice, docs: Iterable[ResolvedDocument], today: dt.date | None = None, *,
                  paper: bool = False) -> tuple[DocumentRow, ...]:
    """The rows of a table of documents. In the notice's voice (its PDF), « Pour qui » is the notice's own
    words (``who_as_written``) or nothing: the notice says for whom by its group's heading and the item's
    own words, and the guide's reading of them (« Si vous … ») is on the web page. ``today``: the build's day, for
    the « — date passée » after a deadline (words.past_later_at; ``paper``, the PDF's annex: written when over on that
    day, never the web page's hidden words)."""
    rows = []
    forms = form_links(notice)
    for doc in docs:
        if notice.voice == "notice":
            provenance = None  # the notice's PDF: the national texts are in its annex (annex_view)
        elif doc.national:
            provenance = provenance_words(notice, doc.provenance, notice_silent=doc.notice_silent, mention=doc.mention,
                                          cited=notice.cites_unasked(doc))
        elif doc.exemption_texts:  # the notice's item, with the exemption of the national text it covers
            provenance = notice.texts.text("provenance.exemption", texts=notice.texts.join("provenance.texts_join", notice.texts_words(doc.exemption_texts)))
        elif doc.label_by_guide:  # the notice's item under a label of the guide's: its source line says so, as the checklist's
            provenance = provenance_words(notice, doc.provenance, by_guide=True)
        else:
            provenance = None
        form = forms.get(doc.form) if doc.form and notice.voice != "notice" else None  # the PDF: the form follows the notice
        who = (doc.who_as_written or "") if notice.voice == "notice" else condition_words(notice, document_condition(notice, doc))
        # (the notice's PDF: its footnote's mark kept, the note said once below the table; the page: under the piece)
        detail = (doc.detail if notice.voice == "notice" or doc.national else beside_its_item(doc.detail, None if doc.label_by_guide else doc.label)) or ""
        if notice.voice == "notice" and not doc.detail_listed:
            detail = ""  # the notice's PDF: words of its text the guide gave the item, not in its list
        if notice.voice == "notice" and doc.national and doc.mention:
            detail = doc.mention  # the notice's PDF: what it says of a national document, not the national text's words
        elif notice.voice == "notice" and detail == doc.who_as_written:
            detail = ""  # its words for whom, printed as « Pour qui », are not repeated as details
        label = doc.label
        if notice.voice == "notice" and detail and not doc.row_as_written and said_in([detail], label):
            label, detail = detail, ""  # the notice's line is a sentence that names it: that sentence, once
        routes = None
        if notice.voice == "notice" and notice.session.session.documents_by_route:
            # the notice's columns: a cross for each route the item is asked for on (always, or in some cases
            # its words say); its words for whom that are not a route's name go with its details
            routes = tuple(route_fit(document_condition(notice, doc), route) != "no" for route in ROUTES)
            if who and emphasis.plain(who).casefold() not in {notice.texts.text(key).casefold() for key in ROUTE_COLUMNS}:
                detail = notice.texts.text("common.label_value", label=who, value=detail) if detail else who
            who = ""
        when = document_condition(notice, doc) if notice.voice != "notice" else None
        alone = late = None
        if doc.late_deposit and notice.voice != "notice":
            alone = document_deadline(notice, replace(doc, late_deposit=None), in_row=True)
            late = notice.texts.text("documents.late_deposit_note", words=doc.late_deposit, office=office_reach(notice))
        dated = None
        # (a piece of the notice's own, asked for in its text only, shows no source but this one: merge, _dated_by_guide)
        if doc.dated_by_guide and notice.voice != "notice":
            dated = provenance_words(notice, doc.provenance, notice_silent=doc.notice_silent, mention=doc.mention, dated=True,
                                     dated_as=doc.dated_as, by_guide=doc.label_by_guide, cited=notice.cites_unasked(doc))
            if doc.dated_as:  # (the date of the piece it replaces: said in the row, never as a group's « au dépôt des pièces »)
                provenance, dated = dated, None
        if doc.unwaived and notice.voice != "notice":  # (the notice asks for the piece it replaces, without exemption)
            detail = after_words(detail, notice.replaced_unwaived(doc.unwaived, notice.unwaived_texts(doc)))
        deadline = document_deadline(notice, doc, in_row=True)
        due = notice.deadline(doc.deadline) if doc.deadline and notice.voice != "notice" else None  # (the PDF: its own words)

        def later(words: str | None):
            return past_later_at(notice, words, due.end, due.has_time, today, paper=paper) if due is not None and words else None

        rows.append(DocumentRow(
            doc.id, label, who, deadline, detail, provenance, form, routes, when=when, deadline_alone=alone, late=late,
            provenance_dated=dated, deadline_later=None if doc.late_deposit else later(deadline), alone_later=later(alone),
        ))
    return tuple(rows)


def shared_who(notice: Notice, group: DocumentGroup, repeated: frozenset[str] = frozenset()) -> DocumentGroup:
    """The web page: a group whose rows' conditions all include the same parts (« vous suivez la formation à
    distance » in every row of « Candidats en formation à distance ») says them once above its table; each row
    then says the rest, as added to it (« Et si vous présentez l'option B », « Sans autre condition » when nothing is
    left), and the column goes when no row has any.

    A row the notice lists under several rubriques (``repeated``: Aix-Marseille 2023's R408 line, under each
    category) does not decide what the others share; when its condition is not theirs, it says its whole
    condition, which reads as added to the line above: what the notice's rubrique says (a candidate of this
    rubrique whose specialty is on the list), the same row being in the table of each of the others."""
    rows = group.rows
    if len(rows) < 2 or any(r.when is None for r in rows):
        return group
    own = [r for r in rows if r.id not in repeated]
    if len(own) < 2:
        return group
    shared = [c for c in own[0].when.conjuncts() if all(c in r.when.conjuncts() for r in own[1:])]
    if not shared:
        return group
    no_more = notice.texts.text("documents.who_no_more")

    def rest(row: DocumentRow) -> str:
        parts = row.when.conjuncts()
        if not all(c in parts for c in shared):
            return row.who  # (a row of several rubriques whose condition is its own: said whole)
        left = [c for c in parts if c not in shared]
        if not left:
            return no_more
        # added to the shared words above the table: « Et si votre spécialité ne figure pas sur la liste R408 de la
        # notice » under « Pour qui : si votre spécialité figure sur la liste R408 nationale » (Toulouse 2024), not
        # a condition of its own that reads as contradicting them
        words = condition_words(notice, Condition.all_of(*left))
        return notice.texts.text("documents.who_and", who=lower_first(words))

    words = condition_words(notice, Condition.all_of(*shared))
    rows = tuple(replace(r, who_rest=rest(r)) for r in rows)
    more = any(r.who_rest != no_more for r in rows)  # some row says more than the shared part: the column stays
    return replace(group, rows=rows, who=more, who_shared=notice.texts.text("documents.group_who", who=lower_first(words)))


# a final full stop, also inside a closing guillemet (« … professionnel...). » → « … professionnel...) ») or the
# end of a bold (« **… 2023.** »), not an ellipsis
QUOTE_END_STOP = re.compile(r"(?<!\.\.)\.((?:\s*»|\*\*)*)$")


# a detail that is a footnote of the notice starts with its mark: « (*) », « * » (written « \* » in Markdown, as the staff
# guide says: Nantes 2026, nts71)
FOOTNOTE = re.compile(r"(\(?(?:\\?\*)+\)?)\s")


def beside_its_item(detail: str | None, label: str | None = None) -> str | None:
    """A piece's detail as the web pages, the checklist and the command line give it, under that piece: a footnote of
    the notice (``FOOTNOTE``: its mark, then its words) without its mark, which points to nothing there — the guide
    says the note under each piece it is about, and the pieces' labels do not carry the mark (Nantes 2026's « * »,
    seed 002 l.100, 105, 111 and its note l.177: « * Le téléversement… » under « Certificat de scolarité de 1re et de
    2e année », whose « * » the label leaves out, read as a mark of nothing; seed73b). Its words stay the notice's,
    exactly; the notice's PDF keeps the mark in its rows and says the note once below its table (document_group).
    A detail that opens with « […] » standing for the piece's ``label`` (the rest of the notice's line after it, as
    who: details write it: trust68 L1) reads as that line whole, the label then the rest, without the cut, which left
    nothing out (lines76: Clermont-Ferrand 2024's « […] et attestation de formation à la protection … (options A, B, C et D) », Toulouse
    2024's « […] obligatoire pour les spécialités suivantes : … » (academies/toulouse/2024.yaml l.450), Aix-Marseille
    2023's « […] pour les BTS suivants : … » (l.303) read as fragments under « Pour qui » or « Pourquoi » on a phone; as
    checklist/text.py concerned_words for a category). ``label`` None (a label of the guide's, ``label_by_guide``: the
    cut stands for the notice's words it does not write): as it is. Any other detail as it is."""
    if not detail:
        return detail
    m = FOOTNOTE.match(detail)
    detail = detail[m.end():].lstrip() if m else detail
    rest = CONTINUES_LABEL.sub("", detail, count=1) if label else detail
    return f"{' '.join(label.split())} {rest}" if rest != detail else detail


def national_group_name(notice: Notice) -> str:
    """The heading of the national documents the notice does not mention: « en plus de la liste de la notice »,
    or, when the notice gives no list (it sends candidates to another, ``documents_elsewhere``), saying so."""
    return notice.texts.text("documents.national_group_no_list" if notice.session.documents_elsewhere else "documents.national_group")


def document_group(name: str, rows: tuple[DocumentRow, ...], *, own_voice: bool = False) -> DocumentGroup:
    """A table of documents; a deadline all its rows share is said once, above it, not in every row (on the web
    page, also when some rows add the notice's words on a later deposit: those words go to their « Précisions »);
    ``own_voice`` (the notice's PDF): also the deadline of a single row, as for every group of the notice,
    and a footnote several rows share (« (*) Le téléversement… », the notice gives it once for them) is
    said once, below the table, the rows keep its mark."""
    others = False
    if len(rows) > 1 and len({r.deadline for r in rows}) > 1 and len({r.deadline_alone if r.late else r.deadline for r in rows}) == 1:
        # the same deadline but for the notice's words on a later deposit: those words go to « Précisions », and the
        # group's line says that a row has another (``deadline_others``)
        rows = tuple(replace(r, deadline=r.deadline_alone, deadline_later=r.alone_later, details=after_words(r.details, r.late)) if r.late else r for r in rows)
        others = True
    deadlines = {r.deadline for r in rows}
    common = deadlines.pop() if (len(rows) > 1 or own_voice) and len(deadlines) == 1 else None
    if common:  # the notice's words on a later deposit end it; the group's line adds its own full stop
        common = QUOTE_END_STOP.sub(r"\1", common)
    later = rows[0].deadline_later if common is not None else None
    if common is not None:
        rows = tuple(replace(r, deadline=None, deadline_later=None) for r in rows)
    # pieces of national texts the guide dates by the notice's documents deadline: said once with the group's date when
    # they all are, else in the provenance of each that is (its row says its date)
    dated = common is not None and all(r.provenance_dated for r in rows)
    if not dated:
        rows = tuple(replace(r, provenance=r.provenance_dated) if r.provenance_dated else r for r in rows)
    below: tuple[str, ...] = ()
    if own_voice:
        counts = Counter(r.details for r in rows if r.details)
        below = tuple(details for details, count in counts.items() if count > 1 and FOOTNOTE.match(details))
        rows = tuple(replace(r, details=FOOTNOTE.match(r.details).group(1)) if r.details in below else r for r in rows)
    by_route = any(r.routes is not None for r in rows)
    return DocumentGroup(name, rows, common, any(r.notes or r.form for r in rows), any(r.who for r in rows) and not by_route, below, routes=by_route,
                         deadline_dated=dated, deadline_others=others and common is not None, deadline_later=later)


def document_groups(notice: Notice, today: dt.date | None = None) -> tuple[DocumentGroup, ...]:
    """The notice's groups in its order (with the national documents it mentions), then the national ones it does not
    (``today``: the build's day, document_rows)."""
    t = notice.texts
    groups: dict[str, list[ResolvedDocument]] = {}
    silent = []
    for doc in notice.documents:
        if doc.notice_silent:
            silent.append(doc)
        elif doc.listed or notice.voice != "notice":  # the notice's PDF: an item it asks for in its text stays there
            groups.setdefault(doc.group or t.text("documents.other_group"), []).append(doc)
            elsewhere = replace(doc, row_as_written=doc.also_listed_as_written) if doc.also_listed_as_written else doc
            for name in doc.also_listed_in:  # (a line it repeats; in the notice's words there, when they differ)
                groups.setdefault(name, []).append(elsewhere)
    if notice.voice == "notice":
        groups = {name: _as_mentioned(docs) for name, docs in groups.items()}
    rows = {name: document_rows(notice, docs, today) for name, docs in groups.items()}
    if notice.voice == "notice":
        rows = {name: _rows_as_written(rows[name], groups[name], t) for name in rows}
    out = [document_group(name, rows[name], own_voice=notice.voice == "notice") for name in groups]
    if notice.voice == "notice":  # a heading that is the notice's words for the date (« À déposer le 19 novembre… ») says it
        out = [replace(g, deadline_in_heading=_heading_says_date(notice, g.name, groups[g.name])) if g.deadline else g for g in out]
        out = [replace(g, deadline_line=False) if g.deadline and all(d.deadline == "documents" for d in groups[g.name]) else g for g in out]
        # nor when its rows, in the notice's words, say the date themselves (« Le formulaire devra être téléversé
        # au plus tard le 15/01/2024. »)
        out = [replace(g, deadline_line=False) if g.deadline and _rows_say_date(notice, g, groups[g.name]) else g for g in out]
    if silent and notice.voice != "notice":  # the notice's PDF: in its annex (annex_view)
        out.append(document_group(national_group_name(notice), document_rows(notice, silent, today)))
    if notice.voice != "notice":
        # (an item the notice lists under several rubriques: Aix-Marseille 2023's R408 line, under each category)
        counts = Counter(doc.id for docs in groups.values() for doc in docs)
        repeated = frozenset(did for did, count in counts.items() if count > 1)
        out = [shared_who(notice, g, repeated) for g in out]
    return tuple(out)


ITEM_MARK = "– "  # an item of a row of the notice's list that gives several (a table cell holds no list)


def _rows_as_written(rows: tuple[DocumentRow, ...], docs: list[ResolvedDocument], t: InterfaceFile) -> tuple[DocumentRow, ...]:
    """The notice's PDF: the items it gives in one row of its list (the same row_as_written, the same deadline)
    as that one row, at the first one's place: its words, then a line per item (its label and its details, or its
    details alone when they name it; nothing for an item whose label is the row's words, whose details stay in
    « Précisions »), crossed for every route one of them is asked on."""
    words = {doc.id: doc.row_as_written for doc in docs}
    # an item's own details as its list gives them (not its words for whom, which the row's words say for all:
    # the by-route PDF puts them in its details)
    own = {doc.id: (doc.detail or "") if doc.detail_listed else "" for doc in docs}
    out: list[DocumentRow] = []
    done: set[str] = set()
    for row in rows:
        if row.id in done:
            continue
        together = [r for r in rows if words.get(row.id) and words.get(r.id) == words[row.id]]
        if len(together) < 2:  # an item alone in its row, which the notice writes as a sentence: that sentence
            out.append(replace(row, label=words[row.id]) if together else row)
            continue
        if len({r.deadline for r in together}) > 1:
            out.append(row)
            continue
        done.update(r.id for r in together)
        heading = words[row.id]
        anchor = next((r for r in together if same_words(r.label, heading)), None)
        lines = tuple(
            own[r.id] if own[r.id] and said_in([own[r.id]], r.label)  # a sentence of the notice's that names it
            else f"{ITEM_MARK}{r.label}" if not own[r.id]
            else ITEM_MARK + t.text("common.label_value", label=r.label, value=own[r.id])
            for r in together if r is not anchor and not (own[r.id] == "" and row_names_item(heading, r.label))
        )
        routes = tuple(any(r.routes[i] for r in together) for i in range(len(row.routes))) if row.routes is not None else None
        out.append(replace(
            anchor or row, label=heading, details=anchor.details if anchor else "", who=anchor.who if anchor else "",
            routes=routes, lines=lines,
        ))
    return tuple(out)


def _rows_say_date(notice: Notice, group: DocumentGroup, docs: list[ResolvedDocument]) -> bool:
    """The group's rows, as printed, say the notice's own words for their shared deadline."""
    words = {notice.deadline(doc.deadline).words or "" for doc in docs}
    return all(w and said_in((row.label for row in group.rows), w) for w in words)


def _heading_says_date(notice: Notice, heading: str, docs: list[ResolvedDocument]) -> bool:
    """The group's heading is part of the notice's own words for its documents' deadline."""
    return said_in((notice.deadline(doc.deadline).words or "" for doc in docs), heading)


def _as_mentioned(docs: list[ResolvedDocument]) -> list[ResolvedDocument]:
    """The notice's PDF: national documents the notice mentions in one line (the frozen project's Toulouse 2024,
    tests/fixtures: « Attestations de formation spécifiques au BTS Maintenance des Systèmes ») are that one line, in its words, where the web page lists
    each document of the national text (the PDF's annex has them). Only when one of them is required exactly
    when any of them is (its condition is part of every other's), so that the line's condition is that one,
    and they share a deadline; otherwise they stay as they are."""
    out: list[ResolvedDocument] = []
    done: set[str] = set()
    for doc in docs:
        if doc.id in done:
            continue
        same = [d for d in docs if d.national and d.mention and d.mention == doc.mention] if doc.national and doc.mention else []
        widest = next((d for d in same if all(_implies(other.when, d.when) for other in same)), None)
        if len(same) > 1 and widest is not None and len({d.deadline for d in same}) == 1:
            done.update(d.id for d in same)
            out.append(replace(widest, label=doc.mention, detail=None, mention=None))
        else:
            out.append(doc)
    return out


def _implies(narrow, wide) -> bool:
    """``narrow`` is ``wide`` with more conditions (« all » of wide's tests and others), or ``wide`` itself."""
    if narrow == wide:
        return True
    parts = narrow.conjuncts()
    return all(w in parts for w in wide.conjuncts())
