"""Stage 3 of the pipeline: merge national content with an academy's session.

A ``Notice`` is everything one published notice shows, resolved, each item with
its provenance (``Provenance``): this academy's notice for this session (with
the place in the notice), or national texts in force for the session
(``generator.provenance``). National documents in force are included even where
the notice is silent, marked so; a notice item that ``covers`` a national one
replaces it. Deadlines become time-zone-aware datetimes in the academy's zone.
Facts the notice does not give stay unknown (None, with ``*_given`` flags).
Pages (``generator.site``) and the checklist (``generator.checklist``) both read
Notices, never raw YAML. Runs only on a project that passed every check.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass, field, replace

from .french import sentences
from .loading import AcademyData, NationalContent, Project
from .model.academy import Academy, Office
from .model.conditions import Condition
from .model.content import FEMININE_KINDS, ChecklistWarning, InterfaceFile, NationalDocument, NationalText, Question
from .model.session import Category, SessionFile, TopicStatement, exam_office_in_force
from .model.specialties import NoticeR408List, R408List, Specialty, SpecialtyRef
from .model.values import NOT_GIVEN, given
from .provenance import documents_in_force, r408_list_in_force, statements_in_force
from .reachability import facts as engine_facts
from .reachability import Memo, never_holds


@dataclass(frozen=True)
class Provenance:
    """Where a statement or an item comes from.

    ``kind`` is ``notice`` (this academy's notice for this session; ``section``
    is the place in the notice, when known) or ``national`` (``texts``: the
    national texts in force that say it; ``section`` is where the notice
    mentions it, if it does).
    """

    kind: str
    section: str | None = None
    texts: tuple[NationalText, ...] = ()

    @property
    def national(self) -> bool:
        return self.kind == "national"


@dataclass(frozen=True)
class ResolvedDeadline:
    """A deadline or key date with its instants in the academy's time zone.

    ``given`` is False when the notice does not give the date (``start``/``end``
    are then None); ``has_time`` is False when it gives the day without the hour.
    """

    id: str
    label: str
    kind: str
    start: dt.datetime | None
    end: dt.datetime | None
    has_time: bool
    given: bool
    words: str | None
    note: str | None
    strict: bool
    as_written: str | None = None  # the date as the notice writes it, printed by the notice's PDF
    at_the_latest: bool = False  # a date for information the notice gives as a limit (« au plus tard le … »)
    day_by_guide: bool = False  # the notice does not write this day, the guide reads it from its words (its note says how)


@dataclass(frozen=True)
class R408Annexes:
    """The annexes of the R408 recommendation a specialty (and option) requires, from the national list in force."""

    specialty: SpecialtyRef
    annexes: tuple[int, ...]


@dataclass(frozen=True)
class ResolvedDocument:
    """A supporting document, with the condition under which it is required and its provenance.

    ``when`` is the effective condition: for a national document, its own
    condition, minus its national exemption (``unless``), minus the situations
    where a notice item covering it applies; for a notice item covering a
    national document, its condition minus that document's exemption.
    ``notice_silent`` is True for a national document the notice neither lists
    nor mentions; ``mention`` holds the notice's words when it mentions it.
    """

    id: str
    label: str
    group: str | None
    when: Condition
    deadline: str
    detail: str | None
    provenance: Provenance
    national: str | None = None
    covers: tuple[str, ...] = ()
    notice_silent: bool = False
    mention: str | None = None
    late_deposit: str | None = None
    form: str | None = None  # the id of the notice's form this document is made with (its forms:)
    r408_annexes: tuple[R408Annexes, ...] = ()
    # a notice item whose annexes are its notice's own list's (that list gives annexes: Nantes 2026), not the national
    # list's: the checklist says them « d'après la notice », not after the notice the national list is taken from
    r408_annexes_by_notice: bool = False
    exemption: Condition | None = None  # the national exemption applied to this item (``unless``)
    exemption_texts: tuple[NationalText, ...] = ()  # the national texts of that exemption, for a notice item
    notice_when: Condition | None = None  # a notice item's own condition, before the national exemption (its PDF)
    who_as_written: str | None = None  # a notice item's « pour qui » in the notice's words (its PDF)
    listed: bool = True  # in the notice's list of documents (False: asked for in its text; its PDF leaves it there)
    row_as_written: str | None = None  # the notice's row it shares with other items (its PDF prints them as one)
    detail_listed: bool = True  # its detail is in the notice's list (False: from its text; its PDF's list omits it)
    also_listed_in: tuple[str, ...] = ()  # other groups of the notice's list that repeat it (page and PDF: in each)
    also_listed_as_written: str | None = None  # its row_as_written in those other groups, when it differs there
    # a national document a notice item asks for in some cases only: this one is asked for in the others, which the
    # notice does not mention (its source says « non mentionnée par la notice », read52 M2)
    partly_covered: bool = False
    # a national document the notice does not date, or a piece it asks for in its text only (listed: False), given its
    # documents deadline by the guide (``_dated_by_guide``): its source says so on the page, in the checklist and on
    # the command line
    dated_by_guide: bool = False
    # a notice item whose label is the guide's, not a line of the notice (``label_by_guide:``: Clermont-Ferrand 2024's
    # signed summary): its source says so on the page, in the checklist and on the command line
    label_by_guide: bool = False
    # a national document in place of another (``replaces``) that a notice item covers: that item's label. ``dated_as``:
    # the guide gave it that item's own date (not the documents deadline; Nantes 2026's RQTH justification, 12 December
    # as the R408 attestation it replaces, not 19 November), its source says so. ``unwaived``: the notice does not
    # mention this document, so asks for that item without the exemption (Toulouse 2024's « Attestation de formation
    # R408 », « obligatoire »): said next to it, the candidate is to check with the exam office
    dated_as: str | None = None
    unwaived: str | None = None
    unwaived_when: Condition | None = None  # when the notice asks for that item (its items' own conditions, any)


@dataclass(frozen=True)
class ResolvedStatement:
    """One statement shown under a topic: national (with its texts) or the notice's own words."""

    id: str | None
    text: str
    provenance: Provenance
    replaces: tuple[NationalText, ...] = ()  # a national statement in the notice's words (``replace:``): that statement's texts
    documents_when: Condition | None = None  # a national statement that dates documents: the condition a notice asks them in
    documents_by: str | None = None  # and its words saying when (« lors de votre confirmation d'inscription »)
    # a statement the checklist tells the candidates it concerns (national: content/topics.yaml; the notice's: its topics:)
    checklist_when: Condition | None = None
    due_at_closing: str | None = None  # a national statement whose deadline is the registration's closing: what is due then
    # and, when no item of the notice is asked in its documents_when (the notice does not date it), that closing as the
    # guide reads the national « date limite d'inscription » for this notice: a date of the guide, never the notice's
    # (the page says it under the statement, the checklist under its warning and among the candidate's dates, the
    # calendars as an event; a review, walk 41b L5: Clermont-Ferrand and Nantes 2024 gave the rule with no date)
    closing_due: ResolvedDeadline | None = None


@dataclass(frozen=True)
class ResolvedTopic:
    """A topic as the notice shows it: the notice's statements first, then the national ones in force."""

    id: str
    title: str
    statements: tuple[ResolvedStatement, ...]


@dataclass(frozen=True)
class ResolvedR408:
    """The R408 attestation for a session: the national list in force, and what the notice says."""

    national: R408List | None
    national_texts: tuple[NationalText, ...]
    notice_list: NoticeR408List | None
    waiver: str | None
    section: str | None
    notice_silent: bool
    # the notice the guide has the national list from, in words (« la notice de Clermont-Ferrand (session 2024) »): its
    # text not read (R408List.as_given_by); None: read
    national_as_given_by: str | None = None
    # the notice's own list is the national list (the same specialties and annexes), which the guide has from another
    # notice or from its text, not from this one (Nantes 2026, its list without a text, the same as the arrêté du 13
    # juillet 2023's as Clermont-Ferrand 2024 gives it): the notice's list is what is shown and what its candidates are
    # told, the national one said to be the same, never « en vigueur » for a session no text of it says (a review,
    # read50 L5)
    notice_list_is_national: bool = False


@dataclass(frozen=True)
class Notice:
    """One academy's notice for one session, ready to render or to compute a checklist on."""

    academy: Academy
    session: SessionFile
    year: int
    tz: str
    opening: dt.datetime | None
    closing: dt.datetime | None
    opening_given: bool
    closing_given: bool
    opening_has_time: bool
    closing_has_time: bool
    deadlines: tuple[ResolvedDeadline, ...]
    documents: tuple[ResolvedDocument, ...]
    topics: tuple[ResolvedTopic, ...]
    r408: ResolvedR408
    who: tuple[Category, ...]
    who_given: bool
    exam_office: Office | None
    specialties: dict[str, Specialty]
    questions: dict[str, Question]
    texts: InterfaceFile  # the words of the pages (content/interface.yaml)
    national_texts: dict[str, NationalText]
    national_documents: dict[str, NationalDocument] = field(default_factory=dict)  # in force for the session, covered or not
    # content/checklist.yaml's warnings: a notice's warning switch (its session file's warnings:) gives its words, those
    # of content/checklist.yaml otherwise (provenance.warning_in_notice_words), on the page as in the checklist
    checklist_warnings: dict[str, ChecklistWarning] = field(default_factory=dict)
    # Each notice a national text is cited by (content/texts.yaml cited_by:), in words: « de Clermont-Ferrand (session
    # 2024) ». Wherever a national rule is said with its text, the text is said « cité par » the notices that cite it
    # for that rule (``text_words``, ``_citers_of``); a text this notice cites, or that no notice cites (its title says
    # so), is said as it is.
    citing_items: dict[tuple[str, int], str] = field(default_factory=dict)
    # The titles of the texts of every national R408 list the guide has from a notice, not from its text
    # (content/regulations.yaml as_given_by), in force for this session or not: ``unconsulted`` (review58 L3)
    unread_list_texts: frozenset[str] = frozenset()
    # Who speaks in the words made of this notice (generator/site/words.py): « guide », the guide (the web
    # page, the checklist: what the notice does not say is said, « heure non précisée par la notice »), or
    # « notice », the notice itself (its PDF: a date as the notice writes it, nothing said of what it leaves out).
    voice: str = "guide"

    @property
    def slug(self) -> str:
        return self.academy.slug

    @property
    def unconsulted(self) -> frozenset[str]:
        """The titles of the national texts the guide has not consulted: the text of each national R408 list the guide
        has from a notice that cites it (content/regulations.yaml as_given_by), as the checklist's dating line
        (``national_as_given_by``) reads the one in force. Wherever such a text is named as a rule's source, it is said
        « non consulté par le guide » (``text_words``), as the checklist says it under a piece (« Selon la notice de
        Clermont-Ferrand (session 2024), qui cite un texte national (…) que le guide n'a pas consulté » ; a review,
        phone51 L10: the page said the same text « Règle nationale » plainly). Every such list's, not only the one in
        force for this session: a page that names the other one (a notice's own citation of the arrêté of 2016 in a
        later session) has not read it either (review58 L3)."""
        in_force = frozenset(text.title for text in self.r408.national_texts) if self.r408.national_as_given_by is not None else frozenset()
        return in_force | self.unread_list_texts

    def cites_unasked(self, doc: "ResolvedDocument") -> bool:
        """``doc`` is a national piece a notice item asks for in some cases only (``partly_covered``), and this notice
        itself cites every text of it (Clermont-Ferrand 2024's JDC certificate: the notice quotes the loi n° 97-1019 but
        asks the certificate « entre 18 et 25 ans » only). Its source line then says the notice does not ask it in this
        case, not that the notice does not mention it (« non mentionnée par la notice », false next to its citation;
        phone53 L2). Not a text no notice cites (``cites`` says True for it): only this notice's own citation counts."""
        return doc.partly_covered and bool(doc.provenance.texts) and all(
            any(c.academy == self.slug and c.session == self.year for c in text.cited_by) for text in doc.provenance.texts)

    def cites(self, text: NationalText) -> bool:
        """This notice cites ``text`` (or no notice does): its pages name the text without saying how the guide knows it."""
        return self._citers_of(text) is None

    def _citers_of(self, text: NationalText) -> str | None:
        """The notices the guide knows ``text`` through, in words (« la notice de Clermont-Ferrand (session 2024) », « les
        notices de Toulouse (session 2024) et de Clermont-Ferrand (session 2024) », in the order of its ``cited_by:``),
        or None when this notice cites it, or none does. Its citations without ``statements:`` count: a national
        statement's provenance holds the text with the citations for that statement (``_cited_for``), a notice that
        cites it for another rule is not named (read49 L3: Toulouse cites D643-23 for keeping grades, not compensation).
        A text every citation of which is for some rules only, said elsewhere (a piece's or a warning's sources:), is
        said « cité par » all of them: never as this notice's own citation (review57 M2)."""
        refs = [c for c in text.cited_by if not c.statements] or list(text.cited_by)
        if not refs or any(c.academy == self.slug and c.session == self.year for c in refs):
            return None
        t = self.texts
        items = [self.citing_items[(c.academy, c.session)] for c in refs]
        if len(items) == 1:
            return t.text("provenance.citing_notice", notice=items[0])
        return t.text("provenance.citing_notices", notices=t.listed("provenance.citing_comma", "provenance.citing_last", items))

    def text_words(self, text: NationalText, *, article: bool = False) -> str:
        """``text`` as the pages of this notice name it: its title (« arrêté du 13 juillet 2023 »), followed, when
        this notice does not cite it, by the notices that do (« …, cité par la notice de Clermont-Ferrand (session
        2024) »: every statement says how the guide knows it, walk 42 M1). ``article``: with its article, for a
        sentence (« l'arrêté du 13 juillet 2023 »)."""
        title = self._title(text, article)
        citers = self._citers_of(text)
        feminine = text.kind in FEMININE_KINDS
        if text.title in self.unconsulted:  # (« …, cité par la notice de … et non consulté par le guide »)
            if citers is None:
                return self.texts.text("provenance.not_consulted_feminine" if feminine else "provenance.not_consulted", text=title)
            return self.texts.text("provenance.cited_by_not_consulted_feminine" if feminine else "provenance.cited_by_not_consulted",
                                   text=title, notices=citers)
        if citers is None:
            return title
        return self.texts.text("provenance.cited_by_feminine" if feminine else "provenance.cited_by", text=title, notices=citers)

    def texts_words(self, texts, *, article: bool = False) -> list[str]:
        """``text_words`` of each of ``texts``, those the same notices cite one after the other said together, the
        notices once: « article D643-15 du code de l'éducation ; article D643-23 du code de l'éducation, cités par la
        notice de Clermont-Ferrand (session 2024) » (``article``: « l'article … et l'article …, cités par … »)."""
        t = self.texts
        groups: list[list[NationalText]] = []
        for text in texts:
            # (a text the guide has not consulted said alone, with its own words: ``text_words``)
            if (groups and self._citers_of(text) is not None and self._citers_of(text) == self._citers_of(groups[-1][0])
                    and not {text.title, groups[-1][0].title} & self.unconsulted):
                groups[-1].append(text)
            else:
                groups.append([text])
        out = []
        for group in groups:
            if len(group) == 1:
                out.append(self.text_words(group[0], article=article))
                continue
            titles = [self._title(text, article) for text in group]
            joined = t.listed("provenance.citing_comma", "provenance.citing_last", titles) if article else t.join("provenance.texts_join", titles)
            feminine = all(text.kind in FEMININE_KINDS for text in group)
            out.append(t.text("provenance.cited_by_plural_feminine" if feminine else "provenance.cited_by_plural", texts=joined, notices=self._citers_of(group[0])))
        return out

    def title_in_sentence(self, text: NationalText) -> str:
        """``text``'s title with its article, alone (« l'arrêté du 13 juillet 2023 »), where the sentence names how the
        guide knows it itself."""
        return self._title(text, True)

    def _title(self, text: NationalText, article: bool) -> str:
        """``text``'s title, with its article for a sentence (« l'arrêté du 13 juillet 2023 »)."""
        if not article:
            return text.title
        if text.title[:1].lower() in "aeiouyéèêâîôûh":
            return self.texts.text("provenance.the_text_elided", title=text.title)
        return self.texts.text("provenance.the_text_feminine" if text.kind in FEMININE_KINDS else "provenance.the_text", title=text.title)

    def unwaived_texts(self, doc: ResolvedDocument) -> str | None:
        """The national texts that let ``doc`` replace an item the notice asks for without exemption (``unwaived``), in a
        sentence (« l'arrêté du 13 juillet 2023, cité par la notice de Clermont-Ferrand (session 2024) »), when this
        notice does not cite them all; None when it does (« c'est le texte national qui permet… »)."""
        if all(self.cites(t) for t in doc.provenance.texts):
            return None
        return self.texts.listed("provenance.citing_comma", "provenance.citing_last", self.texts_words(doc.provenance.texts, article=True))

    def replaced_unwaived(self, piece: str, unwaived_texts: str | None) -> str:
        """The sentence beside an item that replaces the notice's ``piece`` asked for without exemption: the national
        text that lets it, as ``unwaived_texts`` says it (page, PDF annex, command line; checklist.js the same)."""
        return replaced_unwaived(self.texts, piece, unwaived_texts, self.office_reach)

    @property
    def office_reach(self) -> str:
        """Said after « le bureau des examens » where the guide sends the candidate to it (``office_reach``)."""
        return office_reach(self.texts, self.exam_office, self.academy.website)

    @property
    def audience(self) -> str:
        return self.session.session.audience

    def deadline(self, deadline_id: str) -> ResolvedDeadline:
        return next(d for d in self.deadlines if d.id == deadline_id)

    @property
    def registration_window(self) -> tuple[str, str]:
        """The first and last days of registration (ISO dates, the academy's days) for the national rule of the JDC
        (age « avant 25 ans » at registration): the checklist's ruleset carries them (``registration_window``), the
        pages' words read them (one source for both). A notice that gives neither its closing nor its documents
        deadline: the whole academic year of the session, so that a candidate turning 25 in it gets the document
        with its condition (« exigé si vous vous inscrivez avant votre anniversaire »), never silently nothing."""
        documents = next((d for d in self.deadlines if d.id == "documents"), None)
        opening = self.opening.date().isoformat() if self.opening is not None else None
        closing = self.closing.date().isoformat() if self.closing is not None else None
        last = closing or (documents.end.date().isoformat() if documents is not None and documents.end is not None else None)
        return (opening or closing or f"{self.year - 1}-09-01", last or f"{self.year}-08-31")

    @property
    def age_dates(self) -> dict:
        """The session's dates the engine reads a birth date against (``engine.birth_fact``), as the checklist's
        ruleset carries them in its ``session``: the age reference date and the registration window (ISO dates).
        The pages' words enumerate the same facts from them (``words._by_birth_date``)."""
        reference = self.session.session.age_reference_date
        return {"age_reference_date": reference.isoformat() if reference else None, "registration_window": list(self.registration_window)}

    def closing_unsaid(self, statement: ResolvedStatement) -> bool:
        """A statement whose words name « la date limite d'inscription à l'examen » (``due_at_closing``, national or in
        the notice's words) under a notice that does not give its registration's closing: beside the items it dates
        (``national_dating``), the page and the checklist say that date unknown (« … : non précisée par la notice »,
        dates.closing_unsaid; readnantes64 L9: Nantes 2026's decree on the engagement étudiant)."""
        return statement.due_at_closing is not None and self.closing is None

    def national_dating(self, topic: ResolvedTopic | None = None) -> tuple[tuple[ResolvedStatement, ResolvedDocument], ...]:
        """The notice's own items a national statement dates otherwise (``documents_when``), with that statement:
        an item asked in its condition whose date is not the notice's documents deadline, or which the notice lets
        come later (Toulouse 2024's engagement étudiant form: 15/01/2024, beside « au plus tard à la date limite
        d'inscription à l'examen »; Nantes 2026's R408: 12 December, beside « lors de votre confirmation
        d'inscription »). The page prints the notice's date under the statement, the checklist the statement's
        words under the item: the same pairs. Of ``topic`` only, if given."""
        return tuple(
            (statement, doc)
            for t in (self.topics if topic is None else (topic,))
            for statement in t.statements
            if statement.documents_when is not None
            for doc in self.documents
            if not doc.national and _asked_in(doc.when, statement.documents_when) and (doc.deadline != "documents" or doc.late_deposit)
        )

    @property
    def closing_dues(self) -> tuple[tuple[ResolvedTopic, ResolvedStatement], ...]:
        """The national statements the guide dates with the notice's registration closing (``closing_due``), with their
        topic, in the page's order."""
        return tuple((t, s) for t in self.topics for s in t.statements if s.closing_due is not None)

    def section(self, name: str):
        """A section of the session file, or () / None when the notice does not give it."""
        value = getattr(self.session, name)
        if value is NOT_GIVEN:
            return None
        return value

    def given(self, name: str) -> bool:
        """False when the session file says the notice does not give this section."""
        return getattr(self.session, name) is not NOT_GIVEN


def replaced_unwaived(texts: InterfaceFile, piece: str, unwaived_texts: str | None, office: str) -> str:
    """« La notice demande « … » sans prévoir de dispense : c'est le texte national qui permet de la remplacer… », or,
    the notice not citing that text, « … c'est l'arrêté du 13 juillet 2023, cité par la notice de Clermont-Ferrand
    (session 2024), qui permet… » (``Notice.unwaived_texts``); « Vérifiez auprès du bureau des examens{office} … »
    (``office``: ``office_reach``)."""
    if unwaived_texts:
        return texts.text("provenance.replaced_unwaived_cited", piece=piece, texts=unwaived_texts, office=office)
    return texts.text("provenance.replaced_unwaived", piece=piece, office=office)


def office_reach(texts: InterfaceFile, exam_office: Office | None, website: object) -> str:
    """Said right after « le bureau des examens » in the guide's sentences that send the candidate to it (the
    late-deposit lines, « Qui s'inscrit »'s situations the notice does not cite, the checklist's « not listed », the
    national dating's « En cas de doute… », the replacement without exemption's « Vérifiez auprès… », the PDF's annex):
    nothing where the notice gives the office (the sentence as it was; « Contacts » gives it); where it does not,
    « (coordonnées non précisées par la notice : voir le site de l'académie, https://…) », the site from academy.yaml
    (``website``; or without it when that is not given either), a space before it: a way to reach it where the sentence
    is (a review, read56 L4: Aix-Marseille 2023's only « Contacts » said it). No contact the data do not give. The one
    place these words are made (``Notice.office_reach``, ``site.words.office_reach``, the ruleset's
    ``academy.office_reach`` that checklist.js reads)."""
    if exam_office is not None:
        return ""
    website = given(website)
    return " " + (texts.text("common.office_unknown", link=website) if website else texts.text("common.office_unknown_no_site"))


def national_as_given_by(notice: Notice, statement: ResolvedStatement) -> str | None:
    """The notice the guide knows a national ``statement``'s text through, in words (« la notice de Clermont-Ferrand
    (session 2024) », « cette notice » on its own page), when that text is the one of the national R408 list in force
    the guide has from a notice, its text not read (content/regulations.yaml ``as_given_by``: every text is registered
    because a notice cites it, content/texts.yaml; this one, the guide has no other reading of than that notice's);
    None otherwise (a national statement of a text whose list the guide read, or of another text, or the notice's own
    words)."""
    r408 = notice.r408
    if statement.provenance.kind != "national" or r408.national_as_given_by is None:
        return None
    return r408.national_as_given_by if any(t in r408.national_texts for t in statement.provenance.texts) else None


def national_dating_source(notice: Notice, statement: ResolvedStatement) -> dict:
    """Whence a national ``statement`` that dates an item of the notice otherwise (``Notice.national_dating``), for
    « Pour information, selon … » after the notice's own date (the checklist under the item: compile, its
    ``national_dating`` entries; the notice page before that statement: notice_view, fixr408): ``texts``, the national
    texts' titles (a notice that says it in its words: the texts its statement replaces); ``cited``, the texts with
    their article and the notices that cite them when this notice does not cite them all (« l'arrêté du 13 juillet 2023,
    cité par la notice de Clermont-Ferrand (session 2024) »), else None; ``as_given_by``: national_as_given_by."""
    national = statement.provenance.texts or statement.replaces
    return {
        "texts": [t.title for t in national],
        "cited": None if all(notice.cites(t) for t in national) else notice.texts.listed(
            "provenance.citing_comma", "provenance.citing_last", notice.texts_words(national, article=True)),
        "as_given_by": national_as_given_by(notice, statement),
    }


def _says(text: str, words: str) -> bool:
    """``text`` has ``words`` (spaces, apostrophes and case aside), as ``documents_by:`` is checked against its statement."""
    plain = lambda value: " ".join(value.replace("’", "'").lower().split())  # noqa: E731
    return plain(words) in plain(text)


def _asked_in(when: Condition, condition: Condition) -> bool:
    """An item asked in ``when`` is asked in ``condition``: the same condition, or all of several that include it
    (the notice's R408 item: listed specialty, minus the national exemption)."""
    return when == condition or (when.kind == "all" and condition in when.children)


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


_all = Condition.all_of


def _not(part: Condition) -> Condition:
    return Condition("not", children=(part,))


def _any(parts: list[Condition]) -> Condition:
    return parts[0] if len(parts) == 1 else Condition("any", children=tuple(parts))


_CONCERNED = {"individual": ("individual",), "establishment": ("establishment",), "both": ("individual", "establishment")}


def _concerned(session: SessionFile) -> Condition:
    """The candidates the checklist lists documents for (engine: « standing »): a contradiction of the
    notice about them, or a ``who`` category of theirs that registers the way the notice is about or
    whose way the notice does not give (not in an establishments' notice, which gives those no list: engine,
    « not_listed »); everyone when ``who`` is not given. Kept on the generous side:
    a national document is left out only when no candidate given a list could need it."""
    who = given(session.who)
    if not who:
        return Condition.always()
    hows = _CONCERNED[session.session.audience]
    parts = [c.when for c in given(session.contradictions) or ()]
    for category in who:
        how = given(category.how)
        if how in hows or (how is None and session.session.audience != "establishment"):
            test = Condition("test", question="situation", values=(category.situation,))
            parts.append(_all(test, Condition("test", question="route", values=category.routes)) if category.routes else test)
    return _any(parts) if parts else Condition("test", question="situation", values=())


def _documents(content: NationalContent, session: SessionFile, year: int, r408: ResolvedR408, facts: dict, office: str) -> tuple[ResolvedDocument, ...]:
    """The notice's documents, then the national documents in force it does not cover (see ``ResolvedDocument``;
    ``office``: ``office_reach``, in the guide's reading of a later deposit, ``_unasked_later``)."""
    texts = content.texts.texts
    interface = content.interface
    national = documents_in_force(content.documents.documents, texts, year)
    annexes = tuple(R408Annexes(e.specialty, e.annexes) for e in r408.national.specialties) if r408.national else ()
    # the notice's own R408 item: the annexes of the notice's own list when it gives any (its words), else the national list's
    own_list = r408.notice_list
    own_annexes = tuple(R408Annexes(e.specialty, e.annexes) for e in own_list.specialties) if own_list and any(e.annexes for e in own_list.specialties) else None
    own = given(session.documents) or ()
    concerned = _concerned(session)
    memo = Memo()  # (never_holds's work for these facts, this notice's only: perf55 H1)
    covering: dict[str, list[Condition]] = {}
    # national document → the notice's words on a later deposit of the item covering it. Never the national piece's
    # own: that piece is asked for only where the notice's items do not ask for it (its condition excludes theirs), and
    # the notice's words (« attestation R408 pour les spécialités concernées ») cover what its list asks; whether they
    # also cover the specialties beyond it, the notice does not say (a review, read52 M2). Its detail says so, the
    # guide's reading, with those words (``documents.late_deposit_unasked``)
    later: dict[str, str] = {}
    items: dict[str, list] = {}  # national document → the notice's items covering it
    out = []
    for entry in own:
        exempting = [national[n] for n in entry.covers if n in national and national[n].unless is not None]
        exemption = _any([n.unless for n in exempting]) if exempting else None
        exemption_texts = tuple(dict.fromkeys(texts[s] for n in exempting for s in n.sources))
        when = _all(entry.when, _not(exemption)) if exemption is not None else entry.when
        for n in entry.covers:
            covering.setdefault(n, []).append(entry.when)
            items.setdefault(n, []).append(entry)
            if entry.late_deposit:
                later.setdefault(n, entry.late_deposit)
        out.append(
            ResolvedDocument(
                id=entry.id,
                label=entry.label,
                group=entry.group,
                when=when,
                deadline=entry.deadline,
                detail=entry.detail,
                provenance=Provenance("notice", entry.section or entry.group),
                covers=entry.covers,
                late_deposit=entry.late_deposit,
                form=entry.form,
                r408_annexes=(own_annexes or annexes) if "r408_attestation" in entry.covers else (),
                r408_annexes_by_notice=own_annexes is not None and "r408_attestation" in entry.covers,
                exemption=exemption,
                exemption_texts=exemption_texts,
                notice_when=entry.when,
                who_as_written=entry.who_as_written,
                listed=entry.listed,
                row_as_written=entry.row_as_written,
                detail_listed=entry.detail_listed,
                label_by_guide=entry.label_by_guide,
                also_listed_in=entry.also_listed_in,
                also_listed_as_written=entry.also_listed_as_written,
            )
        )
    effective: dict[str, Condition] = {}
    for did, document in national.items():
        parts = [document.when]
        if document.unless is not None:
            parts.append(_not(document.unless))
        if did in covering:
            parts.append(_not(_any(covering[did])))
        effective[did] = _all(*parts)
    # a notice item asks for it whenever the national text does, for every candidate the notice concerns: not listed
    whole = {did for did in covering if did in effective and never_holds(_all(effective[did], concerned), facts, memo)}
    for did, document in national.items():
        if did in whole:
            continue
        mention = session.national_documents.get(did)
        # a document in place of another that notice items stand for whole (the RQTH justification for Nantes 2026's
        # R408 attestation): due when they are, when they share a date of their own (one piece, one date: its 12
        # December, not the documents deadline as well), the guide's choice, said so (``dated_as``); not their words on
        # a later deposit, which name them only (Toulouse's « attestation R408 »). Notice items that stand for the other
        # in some cases only (Toulouse's, for the specialties of its own list): the documents deadline, the other's
        replaced = items.get(document.replaces, []) if document.replaces else []
        due = {entry.deadline for entry in replaced}
        dated_as = replaced[0].label if document.replaces in whole and len(due) == 1 and due != {"documents"} else None
        out.append(
            ResolvedDocument(
                id=did,
                label=document.label,
                group=mention.group if mention else None,
                when=effective[did],
                deadline=due.pop() if dated_as else "documents",
                detail=_unasked_later(_detail_for(document, _all(effective[did], concerned), facts, memo), later.get(did), interface, office),
                provenance=Provenance("national", mention.section if mention else None, tuple(texts[s] for s in document.sources)),
                national=did,
                notice_silent=mention is None,
                mention=mention.words if mention else None,
                r408_annexes=annexes if did == "r408_attestation" else (),
                exemption=document.unless,
                partly_covered=did in covering,
                dated_by_guide=dated_as is not None,
                dated_as=dated_as,
                unwaived=replaced[0].label if replaced and mention is None else None,
                unwaived_when=_any([entry.when for entry in replaced]) if replaced and mention is None else None,
            )
        )
    return _dated_by_guide(tuple(out), session)


def _unasked_later(detail: str | None, words: str | None, interface: InterfaceFile, office: str) -> str | None:
    """A national piece's detail, then, when the notice's item that asks for it in some cases lets it be deposited later
    (``words``), the guide's reading: the notice does not ask for it in these cases and does not say whether those
    words cover them (Toulouse 2024: « attestation R408 pour les spécialités concernées », for a specialty of the
    national list only). The page, the PDF's annex, the checklist and the command line read this detail."""
    if not words:
        return detail
    # (its own final full stop, not an ellipsis, left to the sentence: « … professionnel...) ». En cas de doute…; the
    # detail ended as a sentence before the guide's: review58 L10)
    # (« En cas de doute, demandez au bureau des examens{office}. »: how to reach it where the notice does not give it)
    said = interface.text("documents.late_deposit_unasked", words=re.sub(r"(?<!\.)\.$", "", words.strip()), office=office)
    return sentences(detail, said)


def _detail_for(document: NationalDocument, asked: Condition, facts: dict, memo: Memo) -> str | None:
    """A national document's detail, with the sentences of its ``detail_cases`` for candidates it can still be asked of
    (``asked``: not covered by a notice item): the page, the PDF, the checklist and the command line read this one."""
    cases = [case.text.strip() for case in document.detail_cases if not never_holds(_all(asked, case.when), facts, memo)]
    return " ".join(part for part in (document.detail.strip() if document.detail else None, *cases) if part) or None


def _dated_by_guide(documents: tuple[ResolvedDocument, ...], session: SessionFile) -> tuple[ResolvedDocument, ...]:
    """The national documents whose date is the guide's choice: the notice's documents deadline, which every national
    document takes (``_documents``), when the notice does not date it itself, that is unless it names the document in a
    group of its list whose own items all have that deadline too (the frozen project's Toulouse 2024, tests/fixtures: the
    Maintenance des systèmes attestations under « Attestations spécifiques »). A walk read Nantes 2026's RQTH justification « au plus tard le 19 novembre » as
    the notice's date for it (it now takes the 12 December of the R408 attestation it replaces: ``dated_as``)."""
    if "documents" not in (given(session.deadlines) or {}):
        return documents
    own: dict[str, set[str]] = {}
    for doc in documents:
        if not doc.national and doc.group:
            own.setdefault(doc.group, set()).add(doc.deadline)
    return tuple(
        replace(doc, dated_by_guide=True)
        if doc.deadline == "documents" and (
            (doc.national and own.get(doc.group or "", {"another"}) != {"documents"})
            # a piece of the notice's own it asks for in its text, not in its list (listed: false), given the documents
            # deadline by the guide: the notice does not date it (a review, read44 M3: Toulouse 2024's language
            # training certificate, IV-1, read as if the notice dated it)
            or (not doc.national and not doc.listed)
        ) else doc
        for doc in documents
    )


def _questions_in_words(questions: dict[str, Question], session: SessionFile, texts: InterfaceFile) -> dict[str, Question]:
    """The questions, those the notice words otherwise in its words (``question_words``: label, help, choices, phrases);
    the age at the reference date (``age_band``) with this session's date."""
    out = dict(questions)
    for qid, words in session.question_words.items():
        question = questions[qid]
        out[qid] = replace(
            question,
            label=words.label or question.label,
            help=words.help or question.help,
            choices={**question.choices, **words.choices},
            phrases={**question.phrases, **words.phrases},
            # (words of several choices together no longer fit once the notice words one of them otherwise)
            phrases_together=tuple(p for p in question.phrases_together if not set(p.choices) & set(words.phrases)),
        )
    if "age_band" in out:
        out["age_band"] = _age_band_dated(out["age_band"], session, texts)
    return out


def _age_band_dated(question: Question, session: SessionFile, texts: InterfaceFile) -> Question:
    """The age at the reference date said with that date, the guide's when the notice gives none (review55 M2): its
    label (« Âge au jeudi 12 octobre 2023 (date retenue par le guide pour l'âge…) »), its phrases and those of ages
    said together (« … à la date de référence pour l'âge retenue par le guide (la notice n'en donne pas), le jeudi
    12 octobre 2023 »). Every output reads them here: the notice page's and the PDF's « Pour qui », the checklist's
    « pour qui » before the birth date is given and its reasons once it is, the command line (phone49 M1 and L4: « à
    la date de référence pour l'âge », a date the list never named). The phrases say the age alone and the text adds
    « à la date de référence pour l'âge » before the date, so that a notice's own words (question_words) read as a
    sentence too (review57 L8; validate refuses a phrase that says the date: checks.age_phrase_problem). Without a
    date, as written."""
    from .site.dates import day  # (site.dates reads the model only)

    info = session.session
    if info.age_reference_date is None:
        return question
    date = day(info.age_reference_date)
    by_guide = info.age_reference_by_guide
    phrase_key = "dates.age_band_phrase_by_guide" if by_guide else "dates.age_band_phrase"
    dated = lambda phrase: texts.text(phrase_key, phrase=phrase, date=date)  # noqa: E731
    return replace(
        question,
        label=texts.text("dates.age_band_label_by_guide" if by_guide else "dates.age_band_label", date=date),
        phrases={c: dated(p) for c, p in question.phrases.items()},
        phrases_together=tuple(replace(p, words=dated(p.words)) for p in question.phrases_together),
    )


def _conditions(content: NationalContent, session: SessionFile, documents) -> list[Condition]:
    """Every condition the session's checklist reads: its pieces' (the notice's and the national ones in force), its
    steps', its contradictions', its warnings' (the national ones and the session's own ``when:``) and its topics'
    statements said in the checklist (``checklist_when:``)."""
    found = [d.when for d in documents]
    found += [step.when for step in given(session.steps) or ()]
    found += [c.when for c in session.contradictions]
    found += [w.when for w in content.checklist.warnings.values()]
    found += [switch.when for switch in session.warnings.values() if switch.when is not None]
    found += [s.checklist_when for topic in (given(session.topics) or {}).values() for s in topic.notice if s.checklist_when is not None]
    return found


def _birth_date_asked(questions: dict[str, Question], conditions: list[Condition], texts: InterfaceFile) -> dict[str, Question]:
    """The questions, the birth date asked of every candidate when a condition of the session reads the age where its
    ``asked_when`` (``nationality: french``: it serves the JDC, which concerns French nationals) is not required: a
    piece the notice asks « aux candidats de moins de 18 ans » whatever their nationality (staffwalk52 M1: the
    checklist never asked a foreign candidate their birth date and left them without it, while the page's « Pour
    qui » named them). Its help then says what it is for (``dates.birth_date_help_any_age``). A JDC piece by age
    without the nationality is refused by validate (checks.check_jdc_nationality): the law asks the JDC of French
    nationals only. As written otherwise (Clermont-Ferrand 2024: « nationality: french » with the ages)."""
    from .checklist.engine import BIRTH_FACTS

    for fact in BIRTH_FACTS:
        question = questions.get(fact)
        if question is None or len(question.derived_from) != 1:
            continue
        source = questions.get(question.derived_from[0])
        if source is None or source.asked_when == Condition.always():
            continue
        read = {source_id := question.derived_from[0]} | {f for f in BIRTH_FACTS if f in questions and questions[f].derived_from == (source_id,)}
        if any(c.unguarded_test(read, source.asked_when) is not None for c in conditions):
            questions = {**questions, source_id: replace(source, asked_when=Condition.always(), help=texts.text("dates.birth_date_help_any_age"))}
    return questions


def _r408_in_the_notice_s_list(questions: dict[str, Question], r408: ResolvedR408, session: SessionFile) -> dict[str, Question]:
    """The questions, the national list's fact (« r408_required ») in the words of the notice's own list when that list
    is the national one (``notice_list_is_national``): a piece a national text ties to that list (the RQTH waiver) is
    said « si votre spécialité figure sur la liste R408 de la notice », not « … nationale en vigueur pour la session »
    (a review, read50 L5: Nantes 2026, whose list is the only one of that session the guide has). The session's own
    words for it (``question_words: r408_required:``) are the notice's and stay over the list's, as
    ``_questions_in_words`` lays a notice's words over the guide's (a review, review57 L11: they were lost)."""
    if not r408.notice_list_is_national or "r408_required" not in questions or "r408_listed" not in questions:
        return questions
    listed = questions["r408_listed"]
    own = session.question_words.get("r408_required")
    label, choices, phrases = (own.label, own.choices, own.phrases) if own is not None else (None, {}, {})
    return {**questions, "r408_required": replace(
        questions["r408_required"], label=label or listed.label, choices={**listed.choices, **choices},
        phrases={**listed.phrases, **phrases},
        # (as _questions_in_words: words of several choices together no longer fit once the notice words one of them)
        phrases_together=tuple(p for p in listed.phrases_together if not set(p.choices) & set(phrases)))}


def _own_statement(statement: TopicStatement) -> ResolvedStatement:
    """A statement of the notice on a topic (``notice:`` of its ``topics:``), in its words and place; said in the
    checklist too to the candidates of its ``checklist_when:``."""
    return ResolvedStatement(None, statement.text, Provenance("notice", statement.section), checklist_when=statement.checklist_when)


def _topics(content: NationalContent, session: SessionFile, year: int, audience: str) -> tuple[ResolvedTopic, ...]:
    texts = content.texts.texts
    own_topics = given(session.topics) or {}
    out = []
    for tid, topic in content.topics.topics.items():
        if topic.audience not in ("all", audience) and audience != "both":
            continue
        own = own_topics.get(tid)
        in_force = statements_in_force(topic, texts, year)
        own_words = own.notice if own else ()
        # the notice's statements open the topic, but those it says after a national one (after:), placed there
        statements = [_own_statement(s) for s in own_words if s.after not in in_force]
        for sid, statement in in_force.items():
            if own and sid in own.replace:
                words = own.replace[sid]
                # a notice that says the national words on when to provide documents (Nantes 2026 quotes the decree on
                # the engagement étudiant: « au plus tard à la date limite d'inscription à l'examen ») dates its items as
                # the national text does: the same pairs (national_dating), in its own words
                dating = statement.documents_by is not None and _says(words.text, statement.documents_by)
                statements.append(ResolvedStatement(
                    sid, words.text, Provenance("notice", words.section), tuple(_cited_for(texts[s], f"{tid}.{sid}") for s in statement.sources),
                    documents_when=statement.documents_when if dating else None, documents_by=statement.documents_by if dating else None,
                    checklist_when=statement.checklist_when,
                    # (its words name the registration's deadline as the national ones do: where the notice gives no
                    # closing, the page and the checklist say that date unknown beside them; readnantes64 L9)
                    due_at_closing=statement.due_at_closing if dating else None,
                ))
            elif not (own and sid in own.drop):
                statements.append(ResolvedStatement(
                    sid, statement.text, Provenance("national", None, tuple(_cited_for(texts[s], f"{tid}.{sid}") for s in statement.sources)),
                    documents_when=statement.documents_when,
                    documents_by=statement.documents_by, checklist_when=statement.checklist_when, due_at_closing=statement.due_at_closing,
                ))
            statements += [_own_statement(s) for s in own_words if s.after == sid]
        if statements:
            out.append(ResolvedTopic(tid, topic.title, tuple(statements)))
    for tid, own in own_topics.items():
        if tid in content.topics.topics:
            continue
        out.append(ResolvedTopic(tid, own.title or tid, tuple(_own_statement(s) for s in own.notice)))
    return tuple(out)


def _closing_dues(notice: Notice) -> tuple[ResolvedTopic, ...]:
    """The topics, each national statement due at the registration's closing (``due_at_closing``) given that closing as
    a date of the guide (``closing_due``) when the notice gives its closing and asks no item of its own in the
    statement's condition (Toulouse 2024's form dated 15 January, Nantes 2026's 12 December: the notice's date, which
    ``Notice.national_dating`` says; nothing changes there). Its id is the topic's and the statement's, which no
    deadline of a session file can be (« engagement_etudiant.request_deadline »: a dot). Its note names the rule's
    texts as the notice's pages do (``Notice.texts_words``: « cité par » the notices the guide knows them through)."""
    if notice.closing is None:
        return notice.topics
    out = []
    for topic in notice.topics:
        statements = []
        for statement in topic.statements:
            if statement.due_at_closing and statement.provenance.national and not any(
                not doc.national and _asked_in(doc.when, statement.documents_when) for doc in notice.documents
            ):
                texts = notice.texts.join("provenance.texts_join", notice.texts_words(statement.provenance.texts))
                statement = replace(statement, closing_due=ResolvedDeadline(
                    id=f"{topic.id}.{statement.id}", label=statement.due_at_closing, kind="deadline", start=notice.closing,
                    end=notice.closing, has_time=notice.closing_has_time, given=True, words=None,
                    note=notice.texts.text("dates.closing_due_note", texts=texts),
                    strict=False,
                    # (the guide's day, said so wherever the date is: words.guide_day, its note saying how; review61 M1)
                    day_by_guide=True,
                ))
            statements.append(statement)
        out.append(replace(topic, statements=tuple(statements)))
    return tuple(out)


def _r408(content: NationalContent, session: SessionFile, year: int, academy: str) -> ResolvedR408:
    texts = content.texts.texts
    found = r408_list_in_force(content.regulations.r408_lists, texts, year)
    national = found[1] if found else None
    notice = given(session.r408)
    own = notice.list if notice else None
    ref = national.as_given_by if national else None
    same = (
        own is not None and national is not None and not (ref is not None and ref.academy == academy and ref.session == year)
        and {(e.specialty.specialty, e.specialty.option): tuple(e.annexes) for e in own.specialties}
        == {(e.specialty.specialty, e.specialty.option): tuple(e.annexes) for e in national.specialties}
    )
    return ResolvedR408(
        national=national,
        national_texts=(texts[national.source],) if national else (),
        notice_list=notice.list if notice else None,
        waiver=notice.waiver if notice else None,
        section=notice.section if notice else None,
        notice_silent=notice is None,
        national_as_given_by=_notice_words(content, national.as_given_by, academy, year) if national and national.as_given_by else None,
        notice_list_is_national=same,
    )


def _citing_items(content: NationalContent) -> dict[tuple[str, int], str]:
    """``Notice.citing_items``: each notice a national text is cited by, in words, « de Clermont-Ferrand (session
    2024) »; ``Notice._citers_of`` names all those of a text (at most three today: a candidate can look any of them up;
    an elision « … » would hide which)."""
    t = content.interface
    return {
        (ref.academy, ref.session): t.text("provenance.citing_item", of_academy=_of_academy(content, ref.academy), year=ref.session)
        for text in content.texts.texts.values() for ref in text.cited_by
    }


def _cited_for(text: NationalText, statement: str) -> NationalText:
    """``text`` as the provenance of the national statement ``statement`` (« benefits.keep_5_years ») holds it: with
    the citations of its ``cited_by:`` for that statement, those without ``statements:`` and those that list it (each
    then without, ``Notice._citers_of`` counting it)."""
    if not any(c.statements for c in text.cited_by):
        return text
    return replace(text, cited_by=tuple(
        replace(c, statements=()) for c in text.cited_by if not c.statements or statement in c.statements
    ))


def _of_academy(content: NationalContent, slug: str) -> str:
    """« de Clermont-Ferrand », « d'Aix-Marseille »: the academy's name from the national table of departments
    (validate checked that the academy is there, checks.check_notice_refs)."""
    table = content.departments.academies if content.departments is not None else {}
    name = table[slug].name if slug in table else slug
    from .site.text import of  # (« d'Aix-Marseille »: the pages' elision)

    return of(name, content.interface)


def _notice_words(content: NationalContent, ref, academy: str, year: int) -> str:
    """« la notice de Clermont-Ferrand (session 2024) »: the academy's name from the national table of departments
    (validate checked that the academy is there, checks.check_notice_refs; the year is said as written). On the
    page and checklist of that notice itself (``academy``, ``year``: the session being built), « cette notice »:
    its own name there read as another notice than the one the candidate reads (a review, walk 42 L3)."""
    if ref.academy == academy and ref.session == year:
        return content.interface.text("r408.as_given_by_this")
    return content.interface.text("r408.as_given_by", of_academy=_of_academy(content, ref.academy), year=ref.session)


def build_notice(content: NationalContent, data: AcademyData, year: int) -> Notice:
    academy = data.academy
    session = data.sessions[year]
    zone = zoneinfo.ZoneInfo(academy.timezone)
    info = session.session
    deadlines = []
    for did, d in session.deadlines.items():
        at = given(d.at)
        deadlines.append(
            ResolvedDeadline(
                id=did,
                label=d.label,
                kind=d.kind,
                start=_aware(at, zone, end=False) if at else None,
                end=_aware(at, zone, end=True) if at else None,
                has_time=bool(at and at.time is not None),
                given=at is not None,
                words=d.words,
                note=d.note,
                as_written=d.as_written,
                strict=d.strict,
                at_the_latest=d.at_the_latest,
                day_by_guide=d.day_by_guide,
            )
        )
    far = dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    deadlines.sort(key=lambda d: (d.end or far, d.id))
    opening, closing = given(info.opening), given(info.closing)
    r408 = _r408(content, session, year, academy.slug)
    who = given(session.who)
    opening_at = _aware(opening, zone, end=False) if opening else None
    closing_at = _aware(closing, zone, end=True) if closing else None
    documents_deadline = next((d.end for d in deadlines if d.id == "documents"), None)
    last_day = (closing_at or documents_deadline)
    facts = engine_facts(
        content.questions.questions,
        content.specialties.specialties,
        [[e.specialty.specialty, e.specialty.option, list(e.annexes)] for e in r408.national.specialties] if r408.national else [],
        [[e.specialty.specialty, e.specialty.option] for e in r408.notice_list.specialties] if r408.notice_list else [],
        [d.code for d in academy.departments],
        info.age_reference_date.isoformat() if info.age_reference_date else None,
        [((opening_at or last_day).date().isoformat() if (opening_at or last_day) else None), last_day.date().isoformat() if last_day else None],
    )
    documents = _documents(content, session, year, r408, facts, office_reach(content.interface, exam_office_in_force(academy, session), academy.website))
    notice = Notice(
        academy=academy,
        session=session,
        year=year,
        tz=academy.timezone,
        opening=_aware(opening, zone, end=False) if opening else None,
        closing=_aware(closing, zone, end=True) if closing else None,
        opening_given=opening is not None,
        closing_given=closing is not None,
        opening_has_time=bool(opening and opening.time),
        closing_has_time=bool(closing and closing.time),
        deadlines=tuple(deadlines),
        documents=documents,
        topics=_topics(content, session, year, info.audience),
        r408=r408,
        who=who or (),
        who_given=who is not None,
        exam_office=exam_office_in_force(academy, session),  # this notice's words for it, else the academy's
        specialties=content.specialties.specialties,
        questions=_birth_date_asked(
            _r408_in_the_notice_s_list(_questions_in_words(content.questions.questions, session, content.interface), r408, session),
            _conditions(content, session, documents), content.interface,
        ),
        texts=content.interface,
        national_texts=content.texts.texts,
        national_documents=documents_in_force(content.documents.documents, content.texts.texts, year),
        checklist_warnings=content.checklist.warnings,
        citing_items=_citing_items(content),
        unread_list_texts=frozenset(
            content.texts.texts[lst.source].title for lst in content.regulations.r408_lists.values()
            if lst.as_given_by is not None and lst.source in content.texts.texts
        ),
    )
    return replace(notice, topics=_closing_dues(notice))


def built_notice(project: Project, slug: str, year: int) -> Notice:
    """``build_notice`` of the session ``year`` of the academy ``slug`` of ``project``, merged once for that reading of
    the files: the rules' coverage (validate and every build), the novelties' check and the build itself each merged
    every notice again (speed56: a third of a build's merge and check time). Kept in ``project.merged``, so never
    across two readings (``mkdocs serve`` reads the files again for each build: a changed file merges anew), and
    merged again if one of the objects it is merged from was replaced since: the project's content, the folder's
    academy (``AcademyData.academy``, not frozen: assigned in place, the folder's data stays the same object) or the
    session, all ``build_notice`` reads."""
    content, data = project.content, project.academies[slug]
    academy, session = data.academy, data.sessions[year]
    kept = project.merged.get((slug, year))
    if kept is not None and kept[0] is content and kept[1] is academy and kept[2] is session:
        return kept[3]
    notice = build_notice(content, data, year)
    project.merged[slug, year] = (content, academy, session, notice)
    return notice


def build_notices(project: Project) -> list[Notice]:
    """Every notice of the project, by academy then session year."""
    notices = []
    for slug in sorted(project.academies):
        data = project.academies[slug]
        for year in sorted(data.sessions):
            notices.append(built_notice(project, slug, year))
    return notices
