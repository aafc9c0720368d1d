"""The view model of a notice page (``templates/notice.md.j2``): what needs logic, computed here.

Conditions and deadlines are already in words, table rows are already chosen
and ordered, dates are written out; every string is plain text, escaped by the
template's environment (``templating``). Records of the YAML that need no
computation (an office, a form, a link) are handed over as they are.
The contacts section is shared with the establishment page.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .. import emphasis
from ..french import cut_pieces, inner_quotes, lower_first, sentences, sort_key, without_accents
from ..merge import Notice, Provenance, ResolvedDeadline, national_dating_source
from ..model.academy import Department, Office
from ..model.conditions import Condition
from ..model.content import R408_TOPIC
from ..model.session import LAYOUT_PARTS, Application, FormField, Link, SourceNote
from ..model.session import exam_office_people, vae_office_in_force
from ..model.session import offices as session_offices
from ..model.values import NotGiven, address_place, given, phones_in_words
from ..model.site import SiteFile
from ..provenance import warning_in_notice_words, warning_source
from . import dates, ics, timeline
from .directory import Directory, SessionRef, directory, relative
from .document_view import QUOTE_END_STOP, DocumentGroup, document_groups, form_links
from .home_view import who_words
from .novelties_view import NoveltiesView, novelties_view
from .paths import CHECKLIST_PAGE, ESTABLISHMENT_PAGE, FORMS_DIR, establishment_step_anchor, form_pdf_filename, has_establishment_page, notice_path, pdf_filename
from .text import of, step_title, written_address
from .words import (
    deposit_sentences,
    address_said,
    past_later_at,
    guide_day,
    guide_hour,
    guide_midnight,
    closing_words,
    condition_words,
    date_note,
    guide_note,
    deadline_moment,
    deadline_words,
    document_deadline,
    due_moment,
    dates_over,
    last_date,
    strict_moment,
    strict_notes,
    moment,
    notice_texts,
    office_reach,
    opening_words,
    part_source,
    provenance_words,
    said_in,
    unsaid,
    same_words,
    session_end,
    session_over,
    specialty_as_written,
    specialty_name,
    table_moment,
)

PLACES_SPLIT = re.compile(r"(?:\s+;)+\s+")
"""What separates the places a ``…section:`` names (« Annexe 1 ; II-③ »): a « ; » between spaces, as the data writes it
(several in a row, « A ;  ; B », one cut: with ``\\s+;\\s+`` the first ate the spaces around it and « ; B » was left as a
place, review96).
A « ; » inside words (« \\ &amp; &lt;b&gt; » typed as text, a title's « pièces;justificatifs ») is not one: split there, a
place was cut in pieces (test_injection_browser: the middle one, equal to a piece of who_section:, was dropped as the
VAE office's place; a warning's section: cut so, its first piece matched a passage the page quotes and the warning was
left out, staffsmall65 item 4). Not split, a line cites too much, never loses words."""


def places(section: str) -> list[str]:
    """The places ``section`` names (``PLACES_SPLIT``), each stripped, none empty."""
    return [place for place in (part.strip() for part in PLACES_SPLIT.split(section)) if place]


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
    strict: bool = False  # the notice says « délai de rigueur » of it
    later: object = None  # its « — date passée » at the line's end (words.past_later_at; fixpastview62)


@dataclass(frozen=True)
class KeyDates:
    """The dates said at the top of the notice page, under its title (``Header``), and of the establishments' page
    (``establishment_view``: with the notice's other deadlines, ``later``): one view, one template
    (``_key_dates.md.j2``)."""
    opening: str | None  # in words, « date non précisée par la notice » when not given (None in the notice's voice)
    closing: str | None
    documents: LabelledDate | None
    later: tuple[LabelledDate, ...] = ()  # the establishments' page: the notice's other deadlines, in its order
    closing_later: object = None  # the closing's « — date passée » (words.past_later_at; fixpastview62)


def key_dates(notice: Notice, *, later: bool = False, today: dt.date | None = None) -> KeyDates:
    """The opening, the closing and the documents' deadline, as the notice page says them under its title; ``later``:
    the notice's other deadlines too (the establishments' page: Nantes 2026 told its staff to act « avant la clôture
    des inscriptions » with nothing on that page saying the notice gives no date, read55 M4). Each dated line ends
    with its « — date passée » (``today``, the build's day: words.past_later_at), as the list's « Dates limites »."""
    own_voice = notice.voice == "notice"  # the notice's PDF: nothing said of what the notice leaves out

    def labelled(deadline_id: str) -> LabelledDate:
        deadline = notice.deadline(deadline_id)
        when = deadline_moment(notice, deadline_id)
        return LabelledDate(deadline.label, when, deadline.strict, past_later_at(notice, when, deadline.end, deadline.has_time, today))

    ids = [d.id for d in notice.deadlines]
    closing = None if own_voice and notice.closing is None else closing_words(notice)
    return KeyDates(
        opening=None if own_voice and notice.opening is None else opening_words(notice),
        closing=closing,
        documents=labelled("documents") if "documents" in ids else None,
        later=tuple(labelled(i) for i in ids if i != "documents") if later else (),
        closing_later=past_later_at(notice, closing, notice.closing, notice.closing_has_time, today) if closing else None,
    )


@dataclass(frozen=True)
class Past:
    """The « session passée » box: shown now (the session over at build time, ``words.session_over``), or by past.js
    after ``last_day`` (``words.session_end``: the end of the exam session, not of its registration, which the
    « Inscriptions closes » box, ``closed``, says until then)."""

    now: bool
    last_day: str  # ISO date, in the academy's time zone: the session's last day (words.session_end)
    timezone: str
    current: SessionRef | None  # the academy's newest session in the guide, when it is another one
    current_link: str | None  # from the page to it
    website: str | None  # the academy's site, when the guide has no newer session
    # the guide's newer session for the other audience, when none for this notice's readers (Directory.newer_for_others):
    # the words of a link to it, and the link from the page
    others: tuple[str, str] | None = None
    # from the closing of registration to the end of the session (documents still due, or none): the box saying the
    # registration is closed (``closed_view``, the checklist page's too); None when the notice gives no date
    closed: Closed | None = None
    # the notice's last registration date (ISO; None: it gives none) and whether it was over at build time: the
    # calendar's « — dates passées » (words.dates_over), shown by past.js after it
    dates_last_day: str | None = None
    dates_now: bool = False

    @property
    def no_newer(self) -> bool:
        """The box says the guide has no newer session, and sends to the academy's site (``data-bts-no-newer``; the
        status line « Cette notice est celle de la session … » is left out under it: one sentence, read45 L5)."""
        return not self.current and bool(self.website)


@dataclass(frozen=True)
class Routing:
    """A notice for one audience points to the notice the other audience reads (texts of ROUTING_KEYS)."""

    title_key: str  # « Vous vous inscrivez vous-même (CNED, redoublant) ? », « Votre établissement vous inscrit ? »
    text_key: str  # with {link} to the notice, or to the academy's site; without, when there is neither
    link_key: str | None  # the words of the link to the notice (« notice des candidats individuels, session 2024 »)
    notice: SessionRef | None  # the other audience's newest notice in the guide; None: the guide does not have it
    link: str | None  # from this page to that notice
    website: str | None
    who: str | None = None  # the title's {who}: the situations the linked notice has register themselves


# Who the notice is for → the text saying so.
AUDIENCE_KEYS = {"individual": "header.audience_individual", "establishment": "header.audience_establishment", "both": "header.audience_both"}
# Who the notice is for → whom its academy's departments concern: individual candidates by where they live,
# establishments by where they are.
DEPARTMENTS_KEYS = {"individual": "header.departments", "establishment": "header.departments_establishment", "both": "header.departments_both"}
# The other audience → (title, text with a link to its notice, without it: the academy's site, neither).
ROUTING_KEYS = {
    "individual": ("header.routing_individual_title_plain", "header.routing_individual", "header.routing_individual_missing", "header.routing_individual_missing_no_site"),
    "establishment": ("header.routing_establishment_title", "header.routing_establishment", None, None),
}
# The audience of the notice a link leads to → the words of the link.
NOTICE_LINK_KEYS = {"individual": "header.routing_link_individual", "establishment": "header.routing_link_establishment", "both": "header.routing_link_both"}


@dataclass(frozen=True)
class Official:
    """The official links of the notice: the CYCLADES portal, the academy's notice, its site."""

    cyclades: str | None
    notice_url: str | None
    website: str | None
    # where the guide has the portal's address from (site.yaml cyclades.source), said right after it on the web page
    # (read54 L4: only under « Précisions sur la source », about 70 phone screens lower)
    cyclades_source: str | None = None
    # the page's own notice gives the portal's address (one of its links: is it): the source said is that notice, not
    # the one content/site.yaml names; otherwise the page says its notice does not give it (nts71: every page named
    # Nantes 2024's notice, its own or not, as if it were the source of any page's facts)
    cyclades_own: bool = False


@dataclass(frozen=True)
class Header:
    title: str
    session_title: str | None  # None: not given by the notice (the PDF: or said by its letterhead)
    past: Past | None  # None: the notice gives no date to tell
    routing: Routing | None
    official: Official
    notice_date: str | None
    reference: str | None
    reference_label: str | None  # the PDF: the word the notice introduces its reference with (« Réf. »), in place of the guide's
    residence: str | None  # the notice's words on where candidates live (its PDF prints them)
    # the web page: the same words, after its sentence on the departments, unless its steps say them (Toulouse), without
    # the brackets a notice writes them in (Nantes 2024: « (Domiciliés dans les départements 44, 49, 53, 72 et 85) »)
    residence_quoted: str | None
    audience_key: str  # the text saying who the notice is for (AUDIENCE_KEYS)
    key_dates: KeyDates  # the opening, the closing and the documents' deadline (key_dates; the establishments' page too)
    calendar_file: str
    pdf_file: str | None  # the notice as a PDF (generator/pdf/), when the site has it
    establishment_page: str | None  # link from the notice page, when there is one
    checklist_page: str | None
    departments: tuple[Department, ...]
    departments_key: str  # the sentence the departments are said in (DEPARTMENTS_KEYS)
    # where that list comes from (academy.yaml departments_source), said right after it on the web page as under
    # « Précisions sur la source » (read54 L4), its first letter lowered (after « : »); None: not said by the guide's data
    departments_source: str | None = None
    letterhead: str | None = None  # the PDF: the notice's letterhead (session.letterhead), in place of its date, title and residence it says
    # the PDF: the notice's table of contents (session.contents_as_written), its title and its entries (level, words)
    # the academy's name, kept on one line in the page's title when a line could break it (« Aix-Marseille »: a phone
    # cut « Académie d’Aix- » / « Marseille », phone64 L1); the title's words are unchanged
    title_whole: str = ""
    contents_title: str | None = None
    contents: tuple[tuple[int, str], ...] = ()
    # the PDF: the build's day in words when the session is past that day, or its registration closed (the PDF is made
    # at build time): its first page says so above its dates, in the web page's words, « Session passée » or
    # « Inscriptions closes » (a review, read50 L2: the page, the calendar's link and the command line said « Session
    # passée », the PDF alone did not; staffwalk52 M2: a session whose registration alone was over was an archive);
    # None on the web page (its boxes: ``past``) or while registration is open
    printed_on: str | None = None

    @property
    def opening(self) -> str | None:
        return self.key_dates.opening

    @property
    def closing(self) -> str | None:
        return self.key_dates.closing

    @property
    def documents_deadline(self) -> LabelledDate | None:
        return self.key_dates.documents


@dataclass(frozen=True)
class WhoRow:
    label: str
    how: str
    routes: str
    detail: str | None


@dataclass(frozen=True)
class Who:
    given: bool  # False: the notice does not say who registers how
    rows: tuple[WhoRow, ...]
    routes: bool  # a column for the training routes (some row names them)
    details: bool  # a column « Précisions » (some row has one)
    as_written: str | None  # the notice's own text of its categories (its PDF prints it in place of the rows)
    # a notice for individual candidates: the checklist's situations it names no category for, in the checklist's
    # words (« Je travaille et je justifie… »); an establishments' notice routes them to the other notice instead
    not_cited: tuple[str, ...] = ()
    # the sentence above them (who.not_cited), with how to reach the exam office where the notice does not give it
    # (words.office_reach)
    not_cited_text: str = ""
    # the notice's passages that contradict each other on some candidates (session contradictions:), with the guide's
    # advice, as the checklist shows them to those candidates (a review, read44 M1: Toulouse 2024's page listed the
    # distance learners' documents in formation continue without a word of what the checklist told them)
    contradictions: tuple["ContradictionView", ...] = ()
    # some situation follows another procedure (how: elsewhere): said under the table, as the checklist says it to those
    # candidates, that the page gives them no list and who can tell them how to register (a review, read44 L1: Nantes
    # 2026's repeaters who left their school read « Autre démarche » and the notice's NB, and no one to ask); how many
    # situations do, the note saying « cette situation » for one (read59 L1: Clermont-Ferrand 2024, VAE alone, read
    # « pour ces situations »)
    elsewhere: int = 0
    # where in the notice its table comes from (who_section:), said under it: « Notice de l'académie — … » (read52 M1);
    # None: the PDF (the notice's own words), or no table
    source: str | None = None


@dataclass(frozen=True)
class ContradictionView:
    about: str  # what it is about, the guide's words
    who: str | None  # the candidates it concerns, in words inside « Pour qui : … . »
    passages: tuple[tuple[str, str], ...]  # each passage: (section, the notice's words)
    advice: str  # the guide's advice
    # the guide's advice once registration is closed (None: ``advice`` always), said in place of ``advice`` from the
    # moment ``closing`` says (the web page: both, one hidden, switched by past.js; the PDF: the one of its day)
    advice_after_closing: str | None = None
    closing: ClosingSwitch | None = None


@dataclass(frozen=True)
class DateRow:
    when: str
    label: str
    deadline: bool  # a deadline, or a date given for information
    notes: str
    event: str = ""  # « opening » or « closing »: the registration's (their words are the template's); else a date of ``deadlines:``
    # the notice's PDF: the guide's reading of this date (its ``note:``) is in the annex, « Les dates de la notice, lues par
    # le guide »: the row says so, with its page (_dates.md.j2; a review, phone50 L1: nothing on page 1 pointed to it)
    reading: bool = False
    # the web page: its « — date passée », hidden, shown by past.js from the date's instant (issue 9; None: undated)
    later: object = None


@dataclass(frozen=True)
class Dates:
    opening: str  # in words; « date non précisée par la notice » when the notice does not give it (a row in its PDF too)
    closing: str
    rows: tuple[DateRow, ...]  # the opening, the closing and the deadlines, in date order (_in_date_order)
    details: bool  # a column « Précisions » (some row has one)
    note: str | None
    age_reference: str | None
    age_reference_note: str | None
    timeline: timeline.Timeline | None
    # the PDF: the steps a national rule dates and the guide with the notice's closing (merge: closing_due), which its
    # table, the notice's dates, leaves out: named under it, with the page of its annex's table that gives their date
    # (a review, read52 L2: Aix-Marseille 2023's engagement étudiant, on the page, the checklist and the .ics)
    in_annex: tuple[str, ...] = ()
    # the age's reference date is the guide's, not the notice's (age_reference_by_guide: true): said so, and its note
    # labelled « Note du guide : » (trust68 M1)
    age_reference_by_guide: bool = False


@dataclass(frozen=True)
class StepWarning:
    """A warning of the notice (its session file's ``warnings:``) that bears on a step: shown at that step, as the
    checklist shows it to the candidates it concerns."""

    title: str
    text: str  # the notice's words
    who: str | None  # the candidates it concerns, in words inside a sentence (« si vous … »); None for every candidate
    source: str  # « Notice de l'académie — <its section> », or a national rule's, with that place (warning_source)


@dataclass(frozen=True)
class StepView:
    title: str  # without a number typed in it (the template numbers the steps)
    who: str | None  # the condition in words; None for every candidate
    text: str
    deadline: str | None
    heading_as_written: str | None = None  # the PDF: the step's heading in the notice's words, its number in it
    deadline_later: object = None  # its « — date passée », hidden, shown by past.js from its instant (DateRow.later)
    section: str | None = None  # the PDF: the notice's own part that starts at this step (section_as_written)
    above_heading: str | None = None  # the PDF: the text's first paragraphs, under the part's heading, above the step's
    warnings: tuple[StepWarning, ...] = ()  # the notice's warnings on this step (step_warnings)
    # its source, the words the checklist ends the step with (step_sections; a review, read53 M2); the PDF prints the
    # notice's own headings instead
    source: str | None = None
    # the web page's source line after this step (source_lines): its source, or that of the steps before it that share
    # it, said once after the last of them (« Étapes 1 à 3 : … »); None when the next step shares it
    source_line: str | None = None
    # a step the guide wrote from the notice (web_only: steps): the step of the establishments page that has the notice's
    # words (establishment_step:), its number and the link to it (``etablissements.md#etape-3``); the PDF has none
    notice_words_step: int | None = None
    notice_words_page: str | None = None


@dataclass(frozen=True)
class FormEntry:
    """A form of the notice's « Formulaires » section: the form, its page and PDF when it has them."""

    form: FormField
    page: str | None  # the printable page (relative to the notice's folder), for a form given as parts
    pdf_file: str | None  # its PDF (relative to the notice's folder), when the site has PDFs


@dataclass(frozen=True)
class R408Row:
    specialty: str
    annexes: str
    words: str | None  # how the list names it: a notice's, its words or else the catalogue's name; the national one, its words if they differ
    in_notice: str | None  # national list: « citée » / « non citée » by the notice's own list; None without one
    numbers: tuple[int, ...] = ()  # the annexes required (4, 5): a notice's table crosses them
    # the national table standing for the notice's own list (R408.national_is_notice_list, or a list of the same
    # specialties without annexes of its own, not shown apart): the notice's own words for this specialty when they
    # differ from the catalogue's name (« Fluides-énergies-domotique, option A, B, C », « CM (Constructions
    # métalliques) »); the notice's own table, the same (its column shows them where one differs); None: the same name
    notice_words: str | None = None


@dataclass(frozen=True)
class R408:
    """The R408 attestation: the national list in force (always), what the notice says of it."""

    national_provenance: str | None  # « Règle nationale — arrêté du 13 juillet 2023 »; None: no national list in force
    national_rows: tuple[R408Row, ...]
    national_note: str | None
    notice_reference: str | None  # the text the notice cites for its own list
    notice_rows: tuple[R408Row, ...]  # the notice's own list when it gives one
    notice_table: bool  # the PDF: the notice's list as its table, a column per annex (its printed_as: table)
    notice_note: str | None
    waiver: str | None
    notice_section: str | None  # where the notice speaks of it
    notice_silent: bool
    statements: tuple["StatementBlock", ...]  # the topic « r408 »: national statements and the notice's words
    notice_deadlines: tuple[str, ...]  # the notice's own dates for what a national statement above dates (TopicView)
    # the notice's PDF: those of its paragraphs it gives after its list (its printed_after:), printed after it
    statements_after: tuple["StatementBlock", ...] = ()
    # the national list's annexes when they are the same unknown for every row (the 2016 list, which Aix-Marseille's
    # notice gives without annexes): said once under the table, which has no annexes column (a walk: seven cards
    # repeating « non précisées… » on a phone); None: a column
    national_annexes: str | None = None
    # the PDF: the heads of the notice's table as it writes them (r408.list.columns:, required with printed_as: table;
    # tls71: the guide's « Spécialités de BTS », « Annexe 4 », « Annexe 5 » were printed over any notice's table)
    notice_columns: tuple[str, ...] = ()
    # the notice the guide has the national list from, its text not read (content/regulations.yaml as_given_by): said in
    # the list's title; None: the text read
    national_as_given_by: str | None = None
    # that list is also the notice's own (the same specialties and annexes): one table, said as both
    national_is_notice_list: bool = False
    # the notice names some specialty of the national table standing for its list otherwise than the guide: a column
    # « Intitulé dans la notice » with the notice's words where they differ, said under the title (a walk: FED's
    # « option A, B, C » lost, Aix-Marseille's « CM », « EEC » under « telle que cette notice la donne »)
    notice_words_column: bool = False
    # the notice's own list is the national one, which the guide has from another notice or its text
    # (ResolvedR408.notice_list_is_national): the line saying so, shown under the notice's list in place of the national
    # table (the PDF: in its annex); None otherwise
    national_same: str | None = None


@dataclass(frozen=True)
class Adjustment:
    channel_key: str  # the text of content/interface.yaml naming the channel
    how: str
    send_to: str | None
    application: Application | None
    url: str | None
    deadline: str | None
    deadline_note: str | None  # the guide's reading of that date (its note:), said after it (the PDF: in its annex)
    decision: str | None
    renewal: str | None
    declare_in_cyclades: str | None
    # its « how » writes the application's address already: the application's line names it only (words.address_said)
    application_said: bool = False
    # the page's address (url:) where its « how » writes it (text.written_address): the link there, no line of its own
    url_linked: str | None = None
    # where in the notice the procedure is (exam_adjustment.section:), said at its end: « Notice de l'académie — … »
    # (read52 M1); None: the PDF (the notice's own words)
    source: str | None = None
    deadline_later: object = None  # its date's « — date passée », hidden, shown by past.js from its instant (DateRow.later)


@dataclass(frozen=True)
class StatementBlock:
    """Consecutive statements of a topic with the same provenance, and that provenance in words."""

    texts: tuple[str, ...]
    provenance: str  # "" in the notice's voice (its PDF): the notice's own words need no source line
    national: bool = False  # from a national text (the notice's PDF prints it in the guide's annex)
    # a national block that dates an item of the notice otherwise (Notice.national_dating): « Pour information, selon
    # … : » before it, the notice's own date and « Pour cette pièce, suivez ce que dit la notice » printed before
    # that (statement_blocks with its topic's notice_deadlines; the personalised list's order: fixr408); None: other
    lead_in: str | None = None


@dataclass(frozen=True)
class ClosingDue:
    """The notice's registration closing a national statement is given by the guide (``closing_dues``), said after
    it: « Date retenue par le guide (…) : la clôture des inscriptions, <date><later>. » (``dates.closing_due``)."""
    date: str  # in words, unmarked: the sentence says it is the guide's
    later: object = None  # its « — date passée » right after the date (words.past_later_at; pastdues65)


@dataclass(frozen=True)
class TopicView:
    id: str  # its key in content/topics.yaml or the session's topics:
    title: str
    blocks: tuple[StatementBlock, ...]
    # under a national statement that says when to provide documents (``documents_when:``), the notice's own
    # dates for what it dates (``notice_deadlines``); the web page and the PDF's annex print them after the topic
    notice_deadlines: tuple[str, ...] = ()
    # the web page: the guide's notes on this topic under « Précisions sur la source » (source_notes: topic:), a line
    # at the end of the topic that links to each; the PDF prints no source note, and no such line
    source_notes: tuple[SourceNoteLink, ...] = ()
    # under a national statement the guide dates with the notice's registration closing (merge: closing_due), that
    # date as the guide's reading of the rule's « date limite d'inscription »; the web page and the PDF's annex print
    # them after the topic, the notice's own words (its PDF) never
    closing_dues: tuple[ClosingDue, ...] = ()
    # a statement above that dates the notice's items names « la date limite d'inscription à l'examen », which the notice
    # does not give (merge.Notice.closing_unsaid): said so after the topic (the checklist: under the item), as the
    # notice_deadlines the web page and the PDF's annex
    closing_unsaid: bool = False
    # the web page: the sentence the notice writes in place of the topic's heading (session.lead_as_written), under the
    # guide's heading; the PDF prints it in its place (notice_view.Part.lead)
    lead: str | None = None


@dataclass(frozen=True)
class SpecialtyContact:
    names: tuple[str, ...]
    phones: tuple[str, ...]
    words: str | None

    @property
    def phones_unwritten(self) -> tuple[str, ...]:
        """Its phones that its words (the notice's line) do not write already: what the notice's PDF prints after
        them (a phone written in the line was printed twice, staffwalk52 M4)."""
        written = phones_in_words(self.words)
        return tuple(phone for phone in self.phones if phone not in written)


@dataclass(frozen=True)
class ManagingRow:
    specialty: str
    academy: str
    url: str | None


@dataclass(frozen=True)
class Contacts:
    exam_office_missing: bool
    offices: tuple[Office, ...]  # the exam office first, then the people of it (``of_exam_office``)
    specialty_contacts: tuple[SpecialtyContact, ...]
    specialty_contacts_note: str | None
    managing: tuple[ManagingRow, ...]
    managing_note: str | None
    of_exam_office: tuple[Office, ...] = ()  # the people of the exam office, said under it (model.session.of_office)
    # where in the notice these contacts are (contacts_section:), said at the section's end: « Notice de l'académie — … »
    # (read52 M1); None: the PDF (the notice's own words), or nothing of the notice in the section (Aix-Marseille 2023)
    source: str | None = None
    # the academy's site, said under a contact named without any way to reach it (« Coordonnées : non précisées par la
    # notice », then « Site de l'académie : … »), as the checklist says it there (answer.py, text.py, checklist.js;
    # review41b L1): Clermont-Ferrand 2024's VAE service (cfnantes65: the checklist only said it). None: not given, or
    # the PDF (its annex says both, annex_view)
    website: str | None = None
    # the notice's PDF: the heads of its table of managers as it writes them (specialty_contacts_columns:, « Spécialités »,
    # « Contact »), over its lines in its words; validate requires them when the PDF prints that table (tls71: the
    # guide's « Téléphone » headed the notice's column). None: the web page, whose table is the guide's (its names, its
    # « Téléphone », the notice's line in a column of its own), with the guide's heads
    columns_as_written: tuple[str, ...] | None = None

    def under_exam_office(self, office: Office) -> bool:
        """``office`` is someone of the exam office: the template gives it a heading under the office's."""
        return any(office is o for o in self.of_exam_office)

    @staticmethod
    def url_in_note(office: Office) -> str | None:
        """``note_url``: the template links it in the note, without the « Page web » line."""
        return note_url(office)

    @property
    def without_details(self) -> tuple[Office, ...]:
        """The contacts the web page says « Coordonnées : non précisées par la notice » of (_contacts.md.j2): named
        without any way to reach them (Clermont-Ferrand 2024's VAE service); not the exam office, which the notice's
        own contacts may reach (Nantes 2024). The PDF's annex says it too (annex_view; a review, read50 L6)."""
        others = self.offices if self.exam_office_missing else self.offices[1:]
        return tuple(o for o in others if not (o.emails or o.phones or o.address or o.url))


@dataclass(frozen=True)
class Links:
    website: str | None  # None: not given
    bts_page: str | None  # None: not given, or among the notice's links
    items: tuple[Link, ...]
    website_listed: bool = False  # the site is among the notice's links (in its words): not said twice


@dataclass(frozen=True)
class Sources:
    session_title: str | None
    year: int
    departments_source: str | None
    notes: tuple[SourceNote, ...]
    anchors: tuple[str, ...] = ()  # each note's anchor on the page (source_note_anchors), in the same order


def source_note_anchors(notes: Iterable[SourceNote]) -> tuple[str, ...]:
    """Each source note's anchor on the notice page: « precision- » and the words of its ``about:`` without accents
    (« precision-recensement-et-journee-defense-et-citoyennete-jdc »), « -2 », « -3 »… for a subject said again; the
    same while the subject's words stay (a link to it keeps working from one build to the next)."""
    out: list[str] = []
    for note in notes:
        base = "precision-" + (re.sub(r"[^a-z0-9]+", "-", without_accents(note.about).lower()).strip("-") or "note")
        anchor, n = base, 1
        while anchor in out:
            n += 1
            anchor = f"{base}-{n}"
        out.append(anchor)
    return tuple(out)


@dataclass(frozen=True)
class SourceNoteLink:
    """A rubric's pointer to the guide's note on it under « Précisions sur la source » (``SourceNote.topic``)."""

    about: str
    anchor: str


@dataclass(frozen=True)
class Part:
    """A section of the notice page, in order: ``section_key`` picks its template (notice.md.j2), a name of
    WEB_PARTS or « topic »; ``topic``: the topic a « topic » part prints (the print version gives each of the
    notice's topics a section of its own)."""

    section_key: str
    topic: TopicView | None = None
    # the PDF: the notice's own headings above this part that it opens (level, words: session.sections_as_written),
    # how many of them the part is below (its headings one level deeper each), and a part the notice does not title
    opens: tuple[tuple[int, str], ...] = ()
    depth: int = 0
    untitled: bool = False
    # the notice's words in place of the part's heading (session.lead_as_written): the PDF prints them in its place,
    # the web page under the guide's heading (a topic's: its TopicView's)
    lead: str | None = None


@dataclass(frozen=True)
class NoticeView:
    """Everything notice.md.j2 prints, section by section."""

    title: str  # the page's <title> (front matter): the academy and the session
    of_academy: str  # « de Toulouse », « d'Aix-Marseille »
    header: Header
    who: Who
    dates: Dates
    steps: tuple[StepView, ...] | None  # None: not given by the notice
    documents: tuple[DocumentGroup, ...]
    documents_given: bool
    # where the notice has the pieces deposited, in the page's words, before its tables (documents_deposit:; « non
    # précisé par la notice » when the file does not say: guidewords67, the page said CYCLADES of every notice)
    documents_deposit: str
    documents_elsewhere: str | None  # the notice's words when it sends candidates to another list
    documents_elsewhere_quoted: str | None  # the same, its own « » made “ ”: the web page quotes them (read48 L2)
    # the notice's warnings its session file places in this section (page: documents), before its tables (a review,
    # read44 M4: Nantes 2026's VAE dispensation, for which its list has no piece, told by the checklist only)
    documents_warnings: tuple[StepWarning, ...]
    r408: R408
    adjustment: Adjustment | None
    adjustment_given: bool
    adjustment_ask: str | None  # the guide's advice where the notice does not say how (adjustment_ask)
    # the notice's warnings its session file places in this section (page: exam_adjustment): after the procedure, or
    # after « La notice ne dit pas comment… » (Nantes 2026: the box of its fiche préparatoire)
    adjustment_warnings: tuple[StepWarning, ...]
    topics: tuple[TopicView, ...]
    forms: tuple[FormEntry, ...]
    contacts: Contacts
    links: Links
    sources: Sources
    # under the notice's own date of a piece a national text dates otherwise (topics, R 408): « Pour cette pièce, suivez ce
    # que dit la notice… En cas de doute, demandez au bureau des examens de l'académie », with how to reach it where the
    # notice does not give it (words.office_reach)
    notice_date_counts: str
    novelties: NoveltiesView | None = None  # « Nouveautés de la session » (novelties_view.py)
    parts: tuple[Part, ...] = ()  # the sections after the header, in order (_parts)
    # the PDF: the parts' headings in the notice's words (session.headings), in place of the guide's; the web: none
    headings: Mapping[str, str] = field(default_factory=dict)
    # the PDF: the notice's sentences announcing its forms below its list of documents (forms' announced_as)
    forms_announced: tuple[str, ...] = ()
    # the notice's PDF: its own text of its steps (a numbered list and what follows it), in place of ``steps``
    steps_as_written: str | None = None
    # the web page: the notice's warnings (its session file's ``warnings:`` with the notice's words, ``text:``) whose words
    # the page says nowhere else (not at a step, not in a part ``page:`` names, not in a topic…: ``unsaid_warnings``),
    # and those it places without them where the page quotes nothing of the notice (in the guide's words), at the end of
    # « Points de vigilance » (a review, staffwalk52 M5: a notice's sentence written so was in the checklist alone);
    # pages.notice_page fills it once the page is written
    other_warnings: tuple[StepWarning, ...] = ()
    # printed from the browser, which version the page is, in its bottom margin, in the words of its PDF's line
    # (_version.html.j2: pdf.checked / pdf.checked_not_given, pdf.page) after the day it is printed (pdf.printed, written
    # by past.js; print.css): {"checked": the day the session was checked on the notice in words (None: not given),
    # "page_url": the page's address on the published site (None: site_url not known)} (print61 M2: the PDF said it on
    # every page, the printed page nothing); None: no line (a page outside a build, the PDF's version)
    version: Mapping[str, str | None] | None = None


def page_title(notice: Notice) -> str:
    return notice.texts.text("common.title", of_academy=of(notice.academy.name, notice.texts), year=notice.year)


def past_view(notice: Notice, today: dt.date, routes: Directory, page: str) -> Past:
    """The « session passée » box of ``page``, a page of this notice, with its « Inscriptions closes » box before it."""
    last = last_date(notice)
    newest = routes.newest_for_readers(notice)
    current = newest if newest is not None and newest.year != notice.year else None
    others = routes.newer_for_others(notice)
    return Past(
        closed=closed_view(notice, today),
        now=session_over(notice, today),
        last_day=session_end(notice).isoformat(),
        dates_last_day=last.date().isoformat() if last is not None else None,
        dates_now=dates_over(notice, today),
        timezone=notice.tz,
        current=current,
        current_link=relative(current.page, page) if current else None,
        website=None if current else given(notice.academy.website),
        others=(notice.texts.text(NOTICE_LINK_KEYS[others.audience], year=others.year), relative(others.page, page)) if others else None,
    )


@dataclass(frozen=True)
class NextDate:
    """A date of the session after the closing of registration, named in the « Inscriptions closes » box while it is the
    next one (phone50 L2: the box said other dates remained, not which): its label and its date in words, as « Dates à
    retenir » and the checklist's key dates say them (``common.label_value``), shown by past.js until its last minute
    (``until``, the academy's wall clock, « 2023-11-22T23:59 »), then the next one; ``now``: the next one at build
    time."""

    until: str
    label: str
    when: str
    now: bool


@dataclass(frozen=True)
class Closed:
    """The « Inscriptions closes » box, between the closing of registration and the session's last date (documents
    still due…): shown now (at build time) or by past.js after ``after`` (from ``at``, its minute, when the notice gives
    the closing's hour), until the last date. The notice pages' (``Past``) and the checklist page's (phone47 H1: a
    candidate not registered read a list of pieces due days later, and nothing said registration was closed)."""

    after: str  # ISO date of the closing (a notice that gives none: of its last date)
    at: str | None  # the closing's wall-clock time in the academy's zone (« 2023-11-15T17:00 »); None: from the day after
    now: bool
    # the closing in words (« mercredi 15 novembre 2023 à 17 h 00 (heure de Paris) »); None: the notice gives none, the
    # box says its dates are all over (common.closed_text_dates)
    closing: str | None
    has_time: bool  # without an hour: « closes depuis la fin du … » (open that whole day)
    last_day: str  # ISO date, in the academy's time zone: the session's last day (words.session_end), shown until then
    timezone: str
    next: tuple[NextDate, ...] = ()  # the dates after the closing, in order; those of one moment shown together


def closed_view(notice: Notice, today: dt.date | None) -> Closed | None:
    """The « Inscriptions closes » box of a page of this notice, from the closing of registration (a notice that gives
    none: the day after its last date) to the end of the session (``words.session_end``), naming its next date while
    one remains: after its registration, the session is not past yet (staffwalk52 M2: a session 2027 was « Session
    passée … gardée en archive » in December 2026). None when the notice gives no date, or on a page already past at
    build time (« Session passée » says it all, and a device whose clock is behind would show both)."""
    closing, last = notice.closing, last_date(notice)
    if last is None or (today is not None and session_over(notice, today)):
        return None
    shut = closing if closing is not None else last  # registration closed after it
    now = today is not None and shut.date() < today
    later = sorted((d for d in notice.deadlines if d.given and d.end is not None and d.end > shut), key=lambda d: d.end)
    following = next((d.end for d in later if d.end.date() >= today), None) if now else None
    return Closed(
        after=shut.date().isoformat(),
        at=closing.strftime("%Y-%m-%dT%H:%M") if closing is not None and notice.closing_has_time else None,
        now=now,
        closing=moment(notice, closing, notice.closing_has_time, kind="information") if closing is not None else None,
        has_time=closing is not None and notice.closing_has_time,
        last_day=session_end(notice).isoformat(),
        timezone=notice.tz,
        # (« , délai de rigueur » after a date the notice says it of, as every other line that gives it: review69 L3)
        next=tuple(NextDate(d.end.strftime("%Y-%m-%dT%H:%M"), d.label, strict_moment(notice, d.id), d.end == following) for d in later),
    )


def routing_view(notice: Notice, routes: Directory) -> Routing | None:
    """The box of a notice for one audience pointing to what the other audience reads (notice and checklist pages)."""
    other = routes.other_audience(notice)
    if other is None:
        return None
    audience, ref = other
    title, with_notice, with_site, alone = ROUTING_KEYS[audience]
    website = given(notice.academy.website)
    if ref is not None and ref.year == notice.year:  # another session's notice has other dates: not this one's
        # « (CNED, redoublant) »: whom that notice names (home_view says the same), never a list of its own
        who = who_words(ref, notice.texts) if audience == "individual" else None
        title = "header.routing_individual_title" if who else title
        return Routing(title, with_notice, NOTICE_LINK_KEYS[ref.audience], ref, relative(ref.page, notice_path(notice)), website, who)
    if with_site is None:
        return None  # an establishment receives the academy's instructions: nothing to point a candidate to
    return Routing(title, with_site if website else alone, None, None, None, website)


def _header(notice: Notice, today: dt.date, checklist: bool, routes: Directory, site: SiteFile | None, pdf: bool) -> Header:
    info = notice.session.session
    own_voice = notice.voice == "notice"  # the notice's PDF: nothing said of what the notice leaves out
    # the PDF: the notice's letterhead in place of the notice's date, and of its title and residence when it says them
    letterhead = info.letterhead if own_voice and info.letterhead else None
    heads = [letterhead] if letterhead else []
    said = key_dates(notice, today=today)  # (the establishments' page says them too)
    return Header(
        title=page_title(notice),
        title_whole=notice.academy.name,
        session_title=None if given(info.title) and said_in(heads, info.title) else given(info.title),
        past=past_view(notice, today, routes, notice_path(notice)),
        routing=routing_view(notice, routes),
        # the notice's PDF is the notice: no link to the notice itself
        official=Official(str(site.cyclades.url) if site else None, None if own_voice else info.notice_url or None, given(notice.academy.website),
                          site.cyclades.source if site else None, cyclades_own=site is not None and gives_address(notice, site.cyclades.url)),
        notice_date=dates.day(info.notice_date) if info.notice_date and not letterhead else None,
        # the PDF says the notice's words on residence once: where its letterhead, categories' text or steps say them, only there
        residence=None if own_voice and info.residence and said_in(
            [*heads, info.categories_as_written or "", info.steps_as_written or "", *(s.text for s in notice.section("steps") or ())], info.residence
        ) else info.residence,
        residence_quoted=_residence_quoted(notice) if not own_voice else None,
        reference=info.reference or None,
        reference_label=info.reference_label if own_voice else None,
        audience_key=AUDIENCE_KEYS[info.audience],
        key_dates=said,
        calendar_file=ics.filename(notice),
        pdf_file=pdf_filename(notice) if pdf else None,
        establishment_page=ESTABLISHMENT_PAGE if has_establishment_page(notice) else None,
        checklist_page=CHECKLIST_PAGE if checklist else None,
        departments=notice.academy.departments,
        # where candidates live decides only where the notice says so (residence:); else the academy's departments
        departments_key=DEPARTMENTS_KEYS[info.audience] if info.residence or info.audience == "establishment" else "header.departments_of_academy",
        departments_source=lower_first(" ".join(notice.academy.departments_source.split())) if notice.academy.departments_source else None,
        letterhead=letterhead,
        contents_title=info.contents_as_written.title if own_voice and info.contents_as_written else None,
        contents=info.contents_as_written.lines() if own_voice and info.contents_as_written else (),
        printed_on=dates.date_words(today) if own_voice and (session_over(notice, today) or closed_now(notice, today)) else None,
    )


@dataclass(frozen=True)
class ClosingSwitch:
    """What a page says from the closing of registration on, for good (a contradiction's ``advice_after_closing`` in
    place of its ``advice``, read56 L6; the checklist's marker .bts-registration-closed): the same moment as the
    « Inscriptions closes » box (``closed_view``: the closing's minute when the notice gives its hour, else the day
    after its date; a notice that gives no closing: the day after its last date), but never hidden again, the session
    over included. ``now``: closed on the day of the build; past.js switches it in the browser (data-bts-closing)."""

    after: str  # ISO date of the closing (a notice that gives none: of its last date)
    at: str | None  # the closing's wall-clock time in the academy's zone (« 2023-11-15T17:00 »); None: from the day after
    timezone: str
    now: bool


def closing_switch(notice: Notice, today: dt.date | None) -> ClosingSwitch | None:
    """The moment registration is closed for good (``ClosingSwitch``); None when the notice gives no date."""
    closing, last = notice.closing, last_date(notice)
    shut = closing if closing is not None else last
    if shut is None:
        return None
    return ClosingSwitch(
        after=shut.date().isoformat(),
        at=closing.strftime("%Y-%m-%dT%H:%M") if closing is not None and notice.closing_has_time else None,
        timezone=notice.tz,
        now=today is not None and shut.date() < today,
    )


def registration_closed(notice: Notice, today: dt.date | None) -> bool:
    """Registration closed on ``today`` (``closing_switch``), the session over included: the command line says a
    contradiction's ``advice_after_closing`` then, as the pages do."""
    switch = closing_switch(notice, today)
    return switch is not None and switch.now


def passed_dates(notice: Notice, ruleset: dict, today: dt.date | None) -> frozenset[str]:
    """The ids of the ruleset's dated deadlines over on ``today`` (a day before it, as ``closing_switch``'s and the
    bar's next date), the registration's closing once ``registration_closed`` when the notice dates it: the list's
    « Dates limites » and « Dates à retenir » say them passed (« — date passée », fixdup57; checklist.js: passedDate,
    the same at past.js's moment)."""
    if today is None:
        return frozenset()
    ids = {d["id"] for d in ruleset["deadlines"] if d["end"] and dt.date.fromisoformat(d["end"][:10]) < today}
    if notice.closing is not None and registration_closed(notice, today):
        ids.add("registration_closing")
    return frozenset(ids)


def closed_now(notice: Notice, today: dt.date) -> bool:
    """The registration of the session is closed on ``today`` and the session not over (its « Inscriptions closes »
    box shown by the build)."""
    closed = closed_view(notice, today)
    return closed is not None and closed.now


def _residence_quoted(notice: Notice) -> str | None:
    """The notice's words on where candidates live, for the web page (a review: Clermont-Ferrand's « Seuls les
    candidats résidant… peuvent s'inscrire » was in its PDF and checklist only, the page saying « concerne »); None when
    the page's steps already say them (Toulouse: « …qui doit être l'académie où vous résidez »)."""
    words = notice.session.session.residence
    if not words or said_in([s.text for s in notice.section("steps") or ()], words):
        return None
    words = " ".join(words.split())
    return words[1:-1] if words.startswith("(") and words.endswith(")") else words


def _who(notice: Notice, today: dt.date | None) -> Who:
    t = notice.texts
    rows = []
    for c in notice.who:
        routes = ", ".join(t.text(ROUTE_KEYS[r]) if r in ROUTE_KEYS else r for r in c.routes)
        how = t.text(HOW_KEYS[c.how]) if given(c.how) else t.text("common.not_given")
        rows.append(WhoRow(c.label, how, routes, c.detail))
    return Who(
        given=notice.who_given,
        rows=tuple(rows),
        routes=any(r.routes for r in rows),
        details=any(r.detail for r in rows),
        as_written=notice.session.session.categories_as_written,
        not_cited=_not_cited(notice),
        # (the labels are the guide's answers to its question, said so: read68 L2, read69 L2, the PDF quoted them between
        # « » beside the notice's own words)
        not_cited_text=notice.texts.text("who.not_cited", office=office_reach(notice),
                                         question=notice.questions["situation"].label if "situation" in notice.questions else ""),
        elsewhere=sum(c.how == "elsewhere" for c in notice.who),
        source=_who_source(notice) if notice.voice != "notice" and notice.who_given else None,
        contradictions=tuple(
            ContradictionView(c.about, _who_in_sentence(notice, c.when),
                              tuple((p.section, p.words) for p in c.passages), c.advice, c.advice_after_closing,
                              closing_switch(notice, today) if c.advice_after_closing else None)
            for c in given(notice.session.contradictions) or ()
        ) if notice.voice != "notice" else (),
    )


def _who_source(notice: Notice) -> str:
    """« Qui s'inscrit et comment »'s source line: the notice's passage (who_section:), and, when the notice does not
    contain the table as such (who in web_only:, Nantes 2026: a notice to the establishments, whose categories, routes
    and « Précisions » the guide composed from its rubrics), that the guide made the table (a review, fix58a M1), as
    the establishments page says of its table of states."""
    source = part_source(notice.texts, notice.session.who_section)
    if "who" in notice.session.session.web_only:
        return notice.texts.text("provenance.table_by_guide", provenance=source)
    return source


def _not_cited(notice: Notice) -> tuple[str, ...]:
    """The situations of the checklist's question no category of the notice names (individual candidates' notices)."""
    situation = notice.questions.get("situation")
    if not notice.who_given or situation is None or notice.audience == "establishment":
        return ()
    cited = {c.situation for c in notice.who}
    return tuple(label for choice, label in situation.choices.items() if choice not in cited)


def events(notice: Notice) -> list[timeline.Event]:
    """The dots of the notice's timeline: opening, closing, every deadline (and the guide's closing dues). Their natures are the dates table's
    (``_dates.md.j2``): the opening opens the registrations, the closing is a deadline (the one that matters most)."""
    t = notice.texts
    out = []
    if notice.opening is not None:
        out.append(timeline.Event(notice.opening, notice.opening_has_time, t.text("common.opening_event"), "window"))
    if notice.closing is not None:
        out.append(timeline.Event(notice.closing, notice.closing_has_time, t.text("common.closing_event"), "deadline"))
    for d in notice.deadlines:
        if d.given:  # a date the notice does not give has no place on a timeline
            out.append(timeline.Event(d.end, d.has_time, d.label, d.kind, d.at_the_latest, guide=guide_day(d), guide_hour=guide_hour(d),
                                      guide_midnight=guide_midnight(d)))
    # a national rule the guide dates with the notice's closing, as in the dates table (the web page only: a review,
    # walk 43 L4, the timeline left out the date the table, the checklist and the calendar give); the notice does not
    # date it: the guide's date, marked as such (a review, walk 44 L3: it looked like the notice's own deadlines)
    for _, statement in notice.closing_dues if notice.voice != "notice" else ():
        d = statement.closing_due
        out.append(timeline.Event(d.end, d.has_time, d.label, d.kind, guide=True))
    return out


def _date_notes(notice: Notice, deadline: ResolvedDeadline) -> str:
    """The details of a date: what its « délai de rigueur » means (the date's cell says « , délai de rigueur »:
    ``table_moment``; its « Précisions » do not say it again, dates71) and its exceptions, the notice's words, the
    guide's note (in the notice's voice, its PDF: the notice's words, unless they are the date itself; the guide's note
    is in the PDF's annex, ``annex_view``, the row saying where, ``DateRow.reading``; a later deposit beside its
    document)."""
    t = notice.texts
    if notice.voice == "notice":
        # what « délai de rigueur » means in the guide's words only when the notice's own words are not printed; its
        # words on a later deposit are printed once, with the document they concern
        notes = [t.text("dates.strict_meaning")] if deadline.strict and not deadline.words else []
        # the date column gives the guide's date (table_moment; « date non précisée par la notice » for one it does not
        # give: read53 L3), the notice's own words beside it, here: its words for the date (« Le dépôt de ces pièces est
        # à effectuer avant le 21 novembre 2023. »), else the date as it writes it (phone50 L1)
        words = deadline.words or deadline.as_written
        if words:
            notes.append(t.text("dates.words_as_written", words=words))
        return " ".join(notes)  # (then, in the template, where the annex gives the guide's reading: DateRow.reading)
    notes = []
    # (the .ics says them too, « Délai de rigueur : » first, its date's line not saying it: ics.events)
    notes.extend(strict_notes(notice, deadline, date_says_it=True))
    if deadline.words:
        notes.append(t.text("dates.words", words=deadline.words))
    if deadline.note:  # (labelled the guide's: words.date_note)
        notes.append(date_note(notice, deadline))
    return sentences(*notes)  # (each ended as a sentence before the next: « … évolué) ». La notice renvoie…, a review)


def documents_deposit(notice: Notice) -> str:
    """The page's words of ``deposit_sentences``, one after the other."""
    return " ".join(deposit_sentences(notice))


def _said_in_procedure(notice: Notice, words: str) -> bool:
    """These words are in the text of one of the notice's steps, or of its establishments' procedure."""
    guide = given(notice.session.establishment_guide)
    return said_in([step.text for step in notice.section("steps") or ()] + [step.text for step in (guide.steps if guide else ())], words)


def _dates(notice: Notice, today: dt.date | None = None) -> Dates:
    info = notice.session.session
    evs = events(notice)
    own_voice = notice.voice == "notice"
    # (the registration's opening and closing have a row in the PDF's table too, the guide's, « date non précisée par la
    # notice » when the notice does not give them, as on the web page: a review, read55 L10, Nantes 2026's PDF table
    # began with its 19 November, its page with these two rows)
    opening, closing = opening_words(notice), closing_words(notice)
    # (the table's rows in the guide's words, in the PDF too, as its other dates: words.table_moment; pdfdates70)
    rows = _in_date_order(notice, opening_words(notice, guide=True), closing_words(notice, guide=True), today)
    return Dates(
        opening=opening,
        closing=closing,
        rows=rows,
        details=any(r.notes or r.reading for r in rows),
        # the PDF: the notice's sentence once, where its procedure says it (Nantes 2026's establishment, step 6)
        note=None if own_voice and info.dates_note and _said_in_procedure(notice, info.dates_note) else info.dates_note or None,
        # the age's reference date is the guide's reading where the notice gives none: the PDF's annex says it
        age_reference=dates.day(info.age_reference_date) if info.age_reference_date and notice.voice != "notice" else None,
        age_reference_note=(guide_note(notice, info.age_reference_note) if info.age_reference_by_guide and info.age_reference_note
                            else info.age_reference_note or None),
        age_reference_by_guide=info.age_reference_by_guide,
        timeline=timeline.layout(evs, notice.tz, f"frise-{notice.slug}-{notice.year}", notice.texts) if evs else None,
        in_annex=tuple(lower_first(statement.closing_due.label) for _, statement in notice.closing_dues) if own_voice else (),
    )


def _in_date_order(notice: Notice, opening: str | None, closing: str | None, today: dt.date | None = None) -> tuple[DateRow, ...]:
    """The rows of « Dates à retenir »: the registration's opening and closing and every date of ``deadlines:``, by
    their instant, as the timeline shows them (Clermont-Ferrand 2024's 14 November, « avant le 15 novembre »,
    before the closing of 15 November at 17 h 00, not after it). A deadline's instant is its end (a day without an
    hour: its last second), the one its words give; at the same instant, the opening, then the closing, then the
    deadlines in their order. An opening the notice does not give stays at the top (« non précisée par la notice »), a
    closing it does not give comes right after the opening, a deadline it does not date at the bottom."""
    # (place: 0 an undated opening or closing, 1 a dated row, 2 an undated deadline; then the instant; then the rank)
    never = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    keyed: list[tuple[tuple[int, dt.datetime, int], DateRow]] = []
    if opening is not None:
        keyed.append(((1 if notice.opening else 0, notice.opening or never, 0), DateRow(opening, "", False, "", event="opening")))
    if closing is not None:  # (not given: right after the opening, the registration's two dates together)
        place = (1, notice.closing) if notice.closing else (1, notice.opening) if notice.opening else (0, never)
        keyed.append(((*place, 1), DateRow(closing, "", True, "", event="closing",
                                           later=past_later_at(notice, closing, notice.closing, notice.closing_has_time, today))))
    for d in notice.deadlines:
        if notice.voice == "notice" and not d.given and not d.as_written:
            # the PDF: a date the notice does not give, nor words of its own for it, has no row (Aix-Marseille 2023's
            # rare-language attestation: the guide's « non précisée » and its note are in the PDF's annex)
            continue
        # (the table is the guide's, in the PDF too: the date it retains, table_moment; phone50 L1)
        when = table_moment(notice, d.id)
        row = DateRow(when, d.label, d.kind == "deadline", _date_notes(notice, d), reading=notice.voice == "notice" and bool(d.note),
                      later=past_later_at(notice, when, d.end, d.has_time, today))
        keyed.append(((1 if d.end else 2, d.end or never, 2), row))
    # a national rule the guide dates with the notice's closing (merge: closing_due), its note saying so: the web page
    # only (the PDF prints the notice's dates; its annex says the rule's date under the rule)
    for _, statement in notice.closing_dues if notice.voice != "notice" else ():
        d = statement.closing_due
        when = due_moment(notice, d)
        keyed.append(((1, d.end, 3), DateRow(when, d.label, True, _date_notes(notice, d), later=past_later_at(notice, when, d.end, d.has_time, today))))
    return tuple(row for _key, row in sorted(keyed, key=lambda k: k[0]))


# A step's number before its name, as a notice writes it in a heading or a section's name: « 5 – », « Étape 3 : »,
# « IV- », « ③ » (a Roman number only with its separator: « Inscription » keeps its « I »)
_STEP_NUMBER = re.compile(r"^\s*(?:étape\s*)?(?:\d+\s*[-–—.):]?|[ivxlc]+\s*[-–—.):]|[\u2460-\u2473])\s*", re.IGNORECASE)


def _step_name(words: str) -> str:
    """A step's name as compared with a warning's ``section:``: without its number, emphasis, accents, case, spacing,
    guillemets (a place writes the notice's heading in « », « « 5 – TELEVERSEMENT … » », review72), or a final full
    stop; apostrophes and dashes as one."""
    plain = emphasis.plain(words).replace("’", "'").replace("–", "-").replace("—", "-").replace("«", " ").replace("»", " ")
    plain = _STEP_NUMBER.sub("", plain, count=1)
    return " ".join(without_accents(plain).casefold().split()).rstrip(".").strip()


def step_warnings(notice: Notice, steps: Iterable[tuple[str | None, ...]]) -> tuple[tuple[StepWarning, ...], ...]:
    """For each step (its names: its title, its heading as the notice writes it), the notice's warnings whose
    ``section:`` is that step (« 5 – Téléversement des pièces justificatives et validation de la candidature » for the
    step « Téléversement des pièces justificatives et validation de la candidature »), in the session file's order: a
    warning of the notice on what a step makes the candidate do is read at that step, not only in the checklist.

    The warnings the session file writes whole (title, words and candidates: those only this notice gives, or
    those it says in its own words); a warning of content/checklist.yaml the file only places (without its title,
    words or candidates) is the checklist's alone: the step's own text, the notice's words, says it there."""
    switches = [
        (_step_name(switch.section), wid, switch) for wid, switch in notice.session.warnings.items()
        if switch.title and switch.text and switch.when is not None
    ]
    out = []
    for names in steps:
        own = {_step_name(name) for name in names if name}
        out.append(tuple(_shown_warning(notice, wid, switch) for section, wid, switch in switches if section in own))
    return tuple(out)


def page_warnings(notice: Notice, part: str) -> tuple[StepWarning, ...]:
    """The notice's warnings its session file places in a section of the web page (``page:``), in its order: the
    checklist shows them to the candidates they concern, the page in that section (a review: Nantes 2026's one word on
    exam adjustments, a box of its fiche préparatoire, reached a disabled candidate's list and not the page's
    « Aménagement d'épreuves »)."""
    return tuple(_shown_warning(notice, wid, switch) for wid, switch in notice.session.warnings.items() if switch.page == part)


# What ``unsaid_warnings`` compares: a page's Markdown and HTML without its tags, attribute lists and link targets (the link's
# words stay), an elision of the notice's words (« […] ») splitting them in pieces, each said somewhere.
_TAG = re.compile(r"<[^>]*>")
_ATTRIBUTES = re.compile(r"\{:[^}]*\}")
_LINK_TARGET = re.compile(r"\]\((?:<[^>]*>|[^)\s]*)\)")
_LETTERS = re.compile(r"[^\W_]+")


def _word_run(text: str) -> str:
    """``text``'s words in order, without accents, case, punctuation, emphasis or markup, each between spaces."""
    text = html.unescape(_TAG.sub(" ", _ATTRIBUTES.sub(" ", _LINK_TARGET.sub("] ", text))))
    return " " + " ".join(_LETTERS.findall(without_accents(text).casefold())) + " "


def _said_in_runs(words: str, runs: list[str]) -> bool:
    """The notice's ``words`` are in one of the ``runs`` (``_word_run`` of a page's Markdown, a form's HTML), word for
    word but for punctuation, case, accents and emphasis (« hors-délai » is « hors délai », « **Attention :** Les »
    is « les »); words elided with « […] » are each piece, anywhere."""
    pieces = [run for run in (_word_run(piece) for piece in cut_pieces(words)) if run.strip()]
    return bool(pieces) and all(any(piece in run for run in runs) for piece in pieces)


def stating_view(view: NoticeView) -> NoticeView:
    """``view`` with only the parts of the page that state the notice (its topics, who, steps, dates, documents, the
    parts ``page:`` names, its own novelties…): without the guide's word on it, where a quotation of the notice's
    sentence is no statement of it: the notes of « Précisions sur la source » (the « Mots de la source » column),
    the contradictions between its passages and the comparison with the previous session (its quotes). What
    ``unsaid_warnings`` reads the page's warnings in (review58 M2: a warning quoted in a source note only counted as
    said, and reached neither « Points de vigilance » nor anything but the staff's notes table)."""
    novelties = view.novelties and replace(view.novelties, compared_with=None, lines=(), provenance=None)
    return replace(
        view, who=replace(view.who, contradictions=()), sources=replace(view.sources, notes=(), anchors=()), novelties=novelties,
    )


def unsaid_warnings(notice: Notice, shown: Iterable[str]) -> tuple[StepWarning, ...]:
    """The notice's warnings written in its words (``text:`` in its session file's ``warnings:``) that none of the
    ``shown`` texts says (``_said_in_runs``: the page as written without them, with only its parts that state the
    notice, ``stating_view``; the PDF's annex without its source notes and contradictions), in the file's order, as the page shows
    a warning (``_shown_warning``). The checklist gives every warning to the candidates it concerns; a warning the
    page says nowhere else (not at its step, not in the part its ``page:`` names, not in a topic) is added to its
    « Points de vigilance », the PDF's annex the same (a review, staffwalk52 M5: Poitiers' late registration « à titre
    exceptionnel », written as the staff guide said, was in the checklist alone). A warning of content/checklist.yaml
    placed without ``text:`` (its words the guide's) is said where the ``shown`` texts say the notice's passage it is
    placed at (``_placed_said``), else added too, in the guide's words with its source line, as the checklist gives it
    (it was left out whatever the page said: a warning placed where the page quotes nothing was in the checklist alone)."""
    runs = [_word_run(text) for text in shown]
    return tuple(
        _shown_warning(notice, wid, switch) for wid, switch in notice.session.warnings.items()
        if not (_said_in_runs(switch.text, runs) if switch.text else _placed_said(notice, wid, switch, runs))
    )


def _placed_said(notice: Notice, wid: str, switch, runs: list[str]) -> bool:
    """A warning of content/checklist.yaml the session file places without the notice's words (``text:``) is said in
    ``runs`` when its own box is (``page:``, its words the guide's), or when they say the notice's words at the place it
    is put (``section:``): a statement of the notice's own at that place or in a part of it (Nantes 2026's « limité à 2
    épreuves au maximum … dont l'Engagement étudiant », where its two warnings on optional exams are placed; frozen
    Nantes 2026's renunciation of marks, placed at « bénéfices – dispenses d'épreuves », its words at « … : bénéfice
    d'épreuve ou sous-épreuve »), or the text of the step it names. The guide cannot tell which sentence of that place
    the warning stands for: one placed at a whole part (« Rappels réglementaires BTS ») counts as said by any statement
    of it; one placed where the page quotes nothing of the notice is added."""
    warning = notice.checklist_warnings.get(wid)
    if warning is not None and _said_in_runs(_page_words(warning, switch)[1], runs):
        return True
    if not switch.section:
        return False
    # (each of its places: a section: may name several, « ; » between them, review60 L4; cut as contacts_section:'s)
    named_places = places(switch.section)
    runs_of_places = tuple(run for run in map(_word_run, named_places) if run)
    words = [
        statement.text for topic in notice.topics for statement in topic.statements
        if not statement.provenance.national and statement.provenance.section
        and _word_run(statement.provenance.section).startswith(runs_of_places)
    ]
    named = {_step_name(place) for place in named_places}
    guide = given(notice.session.establishment_guide)
    for steps in (notice.section("steps") or (), guide.steps if guide is not None else ()):
        words += [s.text for s in steps if named & {_step_name(name) for name in (s.title, s.heading_as_written) if name}]
    return any(_said_in_runs(text, runs) for text in words)


def _page_words(warning, switch) -> tuple[str, str, Condition]:
    """A warning's title, words and candidates as a page says them (``warning_in_notice_words``): the notice's words
    where the session file gives them, else content/checklist.yaml's words for a page (``page_text``) where its text
    speaks to a checklist answer (a review, review60 L3: « Vous avez indiqué trois épreuves facultatives ou plus… » to
    every reader, under « Avertissements de la notice »), said to every reader: no « Pour qui » of the answer it
    speaks to (« si vous avez indiqué 3 épreuves facultatives ou plus »)."""
    title, text, when = warning_in_notice_words(warning, switch)
    if warning is not None and not switch.text and warning.page_text:
        return title, warning.page_text, Condition.always()
    return title, text, when


def _shown_warning(notice: Notice, wid: str, switch) -> StepWarning:
    """A warning of the notice as the page shows it: its title, words and candidates as the checklist has them (the
    session file's, else content/checklist.yaml's: ``warning_in_notice_words``), with the notice's section."""
    warning = notice.checklist_warnings.get(wid)
    title, text, when = _page_words(warning, switch)
    kind, section, sources = warning_source(warning, switch, notice.national_texts, notice.year)
    return StepWarning(title, text, _who_in_sentence(notice, when), provenance_words(notice, Provenance(kind, section, sources)))


def _who_in_sentence(notice: Notice, when: Condition) -> str | None:
    """The candidates a step or a step's warning concerns, in words inside « Pour qui : … . » (« si vous … »); None
    for every candidate (« when: {} »)."""
    return lower_first(condition_words(notice, when)) if when.kind != "all" or when.children else None


def step_sections(notice: Notice) -> list[str | None]:
    """Where each CYCLADES step comes from, the place of its source line (« Notice de l'académie — « I- PRE-INSCRIPTION » »),
    the same on the page (``_steps``) and in the checklist (compile: a step's ``provenance``): this notice, at the
    place its data names. A step has no section of its own: its place is the notice's part it is in (the part a step
    opens, section_as_written:, holds the steps after it until the next one opens another: Nantes 2024's « I-
    PRE-INSCRIPTION », its steps 1 and 2), else the notice's own title of its steps (session.headings steps:), else the
    lowest of the notice's headings above them (session.sections_as_written steps:, or the path an earlier part of its
    order opened: pdf_headings_above, as the PDF prints them); None, none of these (a notice that does not title
    them, untitled: or lead_as_written:, that titles them as the guide does, or steps the guide wrote from the notice's
    other parts, web_only:): the notice, no place named, never a title the guide wrote (« Les étapes sur CYCLADES »)."""
    info = notice.session.session
    above = pdf_headings_above(notice, "steps")
    titled = "steps" not in info.untitled and "steps" not in info.lead_as_written  # (as the PDF: _under_the_notice_s_headings)
    fallback = (info.headings.get("steps") if titled else None) or (above[-1] if above else None)
    out, part = [], None
    for step in given(notice.session.steps) or ():
        part = step.section_as_written or part
        out.append(heading_place(part or fallback))
    return out


def heading_place(heading: str | None) -> str | None:
    """A heading of the notice, as its PDF prints it (section_as_written:, heading_as_written:, a path of
    sections_as_written:, headings:), said as a place (« Notice de l'académie — « I- PRE-INSCRIPTION » »): in « », as
    place fields write the notice's headings, the words inside the notice's (review73 M1: Toulouse's steps said « II. La
    procédure d'inscription », the guide's capitals outside « », beside « « II. LA PROCÉDURE D'INSCRIPTION » » on the
    same page). These fields are written as the notice writes the heading (its capitals; quotes checks them)."""
    return f"« {heading} »" if heading else None


def steps_reworded(notice: Notice) -> bool:
    """The candidate's steps are the guide's rewording of the notice's passages, not its words: a notice that does not
    contain them as such (web_only: steps; Nantes 2026, a notice to the establishments whose candidate's steps the guide
    wrote in « vous » from its rubrics 3 to 5). Their source line says so, on the page and in the checklist (compile:
    a step's provenance ``reworded``), « Reformulé par le guide d'après la notice de l'académie — … »."""
    return "steps" in notice.session.session.web_only


def source_lines(t, sources: Sequence[str | None], boxed: Sequence[bool] | None = None) -> tuple[str | None, ...]:
    """The source line printed after each step of a page (notice and establishment pages, in their order, numbered from
    1): consecutive steps that share a source carry it once, after the last of them, with their numbers (« Étapes 1 à 3
    : Notice de l'académie — « II. LA PROCÉDURE D'INSCRIPTION » »), so that each step's source stays unambiguous; a step
    whose source is its own keeps its line as it is; None for the others (and for a step without a source). A review
    (fix58a): Toulouse 2024's page said the same line three times in a row, one per step. The checklist keeps a line
    under each step (it shows them apart), the PDF none (the notice's headings). ``boxed``: the steps followed by boxes
    of their own (their warnings, each with its source line); a run ends at such a step, so that no box stands between
    steps and their shared line (fix58a L1: on Nantes 2026, step 3's box would have stood above « Étapes 3 et 4 : … »,
    its own source line read as step 3's)."""
    out: list[str | None] = [None] * len(sources)
    start = 0
    for i, source in enumerate(sources):
        if i + 1 < len(sources) and sources[i + 1] == source and not (boxed and boxed[i]):
            continue
        if source is not None:
            first, last = start + 1, i + 1
            out[i] = source if first == last else t.text(
                "steps.source_pair" if last == first + 1 else "steps.source_run", first=first, last=last, source=source)
        start = i + 1
    return tuple(out)


def _steps(notice: Notice, today: dt.date | None = None) -> tuple[StepView, ...] | None:
    steps = notice.section("steps")
    if steps is None:
        return None
    warnings = step_warnings(notice, [(step.title, step.heading_as_written) for step in steps])
    out = []
    for step, on_step, section in zip(steps, warnings, step_sections(notice), strict=True):
        # the PDF: the paragraphs the notice writes under its part's heading, before the step's (above_heading)
        above = step.above_heading if notice.voice == "notice" and step.section_as_written else 0
        paragraphs = step.paragraphs()
        out.append(StepView(
            title=step_title(step.title, notice.texts),
            who=_who_in_sentence(notice, step.when),
            text="\n\n".join(paragraphs[above:]) if above else step.text,
            deadline=deadline_words(notice, step.deadline) if step.deadline else None,
            deadline_later=past_later_at(notice, deadline_words(notice, step.deadline), notice.deadline(step.deadline).end,
                                         notice.deadline(step.deadline).has_time, today) if step.deadline else None,
            heading_as_written=step.heading_as_written,
            section=step.section_as_written,
            above_heading="\n\n".join(paragraphs[:above]) if above else None,
            warnings=on_step,
            source=provenance_words(notice, Provenance("notice", section, ()), reworded=steps_reworded(notice)),
            notice_words_step=step.establishment_step,
            notice_words_page=(f"{ESTABLISHMENT_PAGE}#{establishment_step_anchor(step.establishment_step)}"
                               if step.establishment_step else None),
        ))
    lines = source_lines(notice.texts, [step.source for step in out], [bool(step.warnings) for step in out])
    return tuple(replace(step, source_line=line) for step, line in zip(out, lines, strict=True))


def _forms(notice: Notice, pdf: bool) -> tuple[FormEntry, ...]:
    """The notice's forms; in its PDF, those a reader of paper can only get from this list: with an address
    to download them, or with their text (a form with a page is printed where the notice places it, pdf.notice's
    FORMS_HERE; a form the notice only names is said in its own words where it names it, such as a request for exam
    adjustments)."""
    pages = form_links(notice)
    entries = (
        FormEntry(f, pages[f.id].page if f.id in pages else None, f"{FORMS_DIR}/{form_pdf_filename(notice, f.id)}" if pdf and f.id in pages else None)
        for f in notice.section("forms") or ()
    )
    return tuple(e for e in entries if notice.voice != "notice" or (not e.page and (e.form.url or e.form.text)))


def _annexes(notice: Notice, annexes: tuple[int, ...], none: str | None = None) -> str:
    """The annexes in words; ``none``: the words when there are none (by default, the notice's list's: not given by
    the notice; a national list's: ``_national_annexes_none``)."""
    t = notice.texts
    if not annexes:
        return none if none is not None else t.text("r408.annexes_unknown")
    return t.join("r408.annex_and", [t.text("r408.annex", annex=a) for a in annexes])


def _national_annexes_none(notice: Notice) -> str:
    """A national list's row without annexes: not given by the notice the guide has the list from (its title names it,
    the text not read: ``as_given_by``), « non précisées par la notice de Clermont-Ferrand (session 2024) »; or, a list
    the guide read in its text, not given by the text (never « texte non consulté » under a list said to be read)."""
    t = notice.texts
    if notice.r408.national_as_given_by:
        return t.text("r408.national_annexes_as_given", notice=notice.r408.national_as_given_by)
    return t.text("r408.national_annexes_none")


def _given_by_this(notice: Notice, national) -> bool:
    """The guide has the national R408 list ``national`` from ``notice`` itself (content/regulations.yaml as_given_by)."""
    ref = national.as_given_by
    return ref is not None and ref.academy == notice.slug and ref.session == notice.year


def r408_view(notice: Notice) -> R408:
    """The notice page's R408 rubrique: the national list in force, the notice's own list when it says something
    more (``notice_rows``, empty otherwise: the establishments page links there only then), its words and waiver."""
    t = notice.texts
    r408 = notice.r408
    own = r408.notice_list
    listed = {(e.specialty.specialty, e.specialty.option) for e in own.specialties} if own else set()
    national_rows = ()
    if r408.national is not None:
        national_rows = tuple(
            R408Row(
                specialty_name(notice, e.specialty),
                _annexes(notice, e.annexes, _national_annexes_none(notice)),
                e.words,
                (t.text("r408.in_notice") if (e.specialty.specialty, e.specialty.option) in listed else t.text("r408.not_in_notice")) if own else None,
            )
            for e in r408.national.specialties
        )
        # in French alphabetical order, whatever order its text gives (the notice's own list keeps the notice's)
        national_rows = tuple(sorted(national_rows, key=lambda row: sort_key(row.specialty)))
    national_keys = {(e.specialty.specialty, e.specialty.option) for e in r408.national.specialties} if r408.national else set()
    # The notice's own list is shown when it says something the national list does not (another list, or
    # annexes); in the notice's voice (its PDF), always: the national list is in the PDF's annex.
    own_voice = notice.voice == "notice"
    differs = own is not None and (own_voice or listed != national_keys or any(e.annexes for e in own.specialties))
    # The national list the guide has from this very notice (as_given_by: Clermont-Ferrand 2024's own page), and the
    # notice's list is that list, annexes included: one table, whose title says it is both (a review: two identical
    # tables one under the other).
    same = (
        not own_voice and own is not None and r408.national is not None and _given_by_this(notice, r408.national)
        and {(e.specialty.specialty, e.specialty.option): tuple(e.annexes) for e in own.specialties}
        == {(e.specialty.specialty, e.specialty.option): tuple(e.annexes) for e in r408.national.specialties}
    )
    if same:
        differs = False
    # The notice's list is the national one, which the guide has from another notice or its text (Nantes 2026, as
    # Clermont-Ferrand 2024 gives the arrêté du 13 juillet 2023's): the notice's own list, and one line saying it is the
    # same, in place of the national table, whose title would call it « en vigueur pour cette session » on no text of
    # that session (a review, read50 L5: two identical tables); the PDF's annex says that line too.
    national_same = None
    if r408.notice_list_is_national:
        titles = notice.texts.join("provenance.texts_join", [notice.title_in_sentence(text) for text in r408.national_texts])
        national_same = (t.text("r408.notice_list_is_national_as_given", texts=titles, notice=r408.national_as_given_by)
                         if r408.national_as_given_by else t.text("r408.notice_list_is_national", texts=titles))
        if not own_voice:
            differs = True
    if own_voice and own is not None and own.printed_as == "none":  # the notice names them elsewhere only
        differs = False
    national = r408.national if not own_voice else None
    # (its blocks only: the R408 section prints no closing_dues, no day needed)
    topic = next(iter(_topics(notice, None, only=R408_TOPIC)), None)
    statements = topic.blocks if topic else ()
    after: tuple[StatementBlock, ...] = ()
    if own_voice and own is not None and own.printed_after is not None and statements:
        # the notice's voice: its paragraphs are one block (no source line); those after its list, after it
        texts = tuple(text for block in statements for text in block.texts)
        cut = own.printed_after
        statements = (StatementBlock(texts[:cut], ""),) if cut else ()
        after = (StatementBlock(texts[cut:], ""),) if texts[cut:] else ()
    # The notice's words once: its note is not printed again where its remark on R408 says it (Aix-Marseille's
    # « … dans les meilleurs délais. En l'absence de l'attestation… »); in the PDF, nor its text of reference
    # (« conformément à l'arrêté du 14 avril 2016 »), which the web page gives as the list's.
    remark = [" ".join(text for block in statements + after for text in block.texts)]
    note = own.note if own else None
    if note and said_in(remark, note):
        note = None
    reference = given(own.reference) if differs else None
    if reference and own_voice and said_in(remark, reference):
        reference = None
    if same:  # (one list: no column « Dans la notice », every row is)
        national_rows = tuple(replace(row, in_notice=None) for row in national_rows)
    # the notice's list not shown as a table of its own (the national list's, or the same specialties without annexes
    # of its own): its words where they differ, beside the national rows (a review, 44 M2: a notice other than the
    # one the list is taken from lost them)
    worded = not own_voice and own is not None and not differs
    if worded:
        national_rows = _with_notice_words(notice, national_rows, own.specialties)
    return R408(
        national_provenance=provenance_words(notice, Provenance("national", None, r408.national_texts)) if national else None,
        national_rows=national_rows if national else (),
        national_note=national.note if national else None,
        notice_reference=reference,
        notice_rows=tuple(
            R408Row(specialty_name(notice, e.specialty), _annexes(notice, e.annexes) if e.annexes or not own_voice else "",
                    specialty_as_written(notice, e.specialty, e.words), None, e.annexes, _words_if_other(notice, e))
            for e in own.specialties
        ) if differs else (),
        notice_table=own_voice and differs and own.printed_as == "table",
        notice_columns=tuple(own.columns or ()) if own_voice and own is not None and differs else (),
        notice_note=note,
        waiver=r408.waiver,
        notice_section=r408.section,
        notice_silent=r408.notice_silent,
        statements=statements,
        notice_deadlines=topic.notice_deadlines if topic else (),
        statements_after=after,
        national_annexes=(
            # (as the rows would say it: by the notice the list is from, or by its text when the guide read it)
            t.text("r408.national_annexes_all", annexes=_national_annexes_none(notice))
            if national and not any(e.annexes for e in national.specialties) else None
        ),
        # (the guide has the list from a notice that cites its text, which it has not read: its title says so)
        national_as_given_by=r408.national_as_given_by if national else None,
        national_is_notice_list=same,
        notice_words_column=worded and national is not None and any(row.notice_words for row in national_rows),
        national_same=national_same,
    )


def _with_notice_words(notice: Notice, rows: tuple[R408Row, ...], own) -> tuple[R408Row, ...]:
    """The national list's ``rows``, each with the words the notice's own list (its entries ``own``) gives the same
    specialty when they are not the catalogue's name without its abbreviation (``specialty_as_written``; a row is
    matched by the name it shows, ``specialty_name``, one per specialty and option)."""
    words = {specialty_name(notice, e.specialty): _words_if_other(notice, e) for e in own}
    return tuple(replace(row, notice_words=words.get(row.specialty)) for row in rows)


def _words_if_other(notice: Notice, entry) -> str | None:
    """The words a notice's list gives a specialty (its ``entry``) when they are not the catalogue's name without its
    abbreviation (``specialty_as_written``); None: the same name, which a column of the notice's words does not repeat
    (a walk, 44 L8: « Bâtiment | Bâtiment » on one table, « — » on the other)."""
    written = specialty_as_written(notice, entry.specialty, entry.words)
    return written if " ".join(written.split()) != specialty_name(notice, entry.specialty, abbreviation=False) else None


def recipient_words(adj, texts, office: Office | None = None) -> str | None:
    """Where an exam-adjustment request is sent (``send_to``), with its address as the notice writes it, or with the
    words saying the notice does not give it (a review, phone48 M4: a postal-only request « À envoyer à : Médecin
    désigné par la CDAPH », nothing saying where), then where to ask it (``address_ask``, the session's exam office
    ``office``): the page, the PDF, the checklist and the command line say these."""
    if not adj.send_to:
        return None
    address = adj.send_to_address
    if isinstance(address, NotGiven):
        ask = address_ask(adj, office, texts)
        if ask:
            return texts.text("exam_adjustment.recipient_unaddressed_ask", recipient=adj.send_to, ask=ask)
        return texts.text("exam_adjustment.recipient_unaddressed", recipient=adj.send_to)
    if address:
        return texts.text("exam_adjustment.recipient_addressed", recipient=adj.send_to, address=address)
    return adj.send_to


def address_ask(adj, office: Office | None, texts) -> str | None:
    """Where to ask the address of an exam-adjustment request's recipient the notice does not give
    (``send_to_address: non précisé par la notice``): the session's exam office (``office``) with its e-mails (else its
    phones), and where the notice says to contact it with questions (``ask_office_section``), in one sentence for the
    notice page, the checklist, the command line and the PDF's annex. None where the notice gives the address, does
    not say to contact the office with questions, or gives no office (a review, read68 M2: Toulouse 2024's candidate
    with a disability read « adresse non précisée par la notice » and nothing more)."""
    if not isinstance(adj.send_to_address, NotGiven) or not adj.ask_office_section or office is None:
        return None
    return texts.text("exam_adjustment.address_ask", source=texts.text("provenance.notice", section=adj.ask_office_section),
                      office=", ".join([office.name, *(office.emails or office.phones)]))


def adjustment_ask(notice: Notice) -> str | None:
    """Where the notice does not say how to request exam adjustments (``exam_adjustment: non précisé par la notice``):
    the guide's advice said after it, « Note du guide : … demandez au plus tôt au bureau des examens … », with the
    session's exam office and its e-mails (else its phones) from the data (without one: how to reach it, office_reach);
    None where the notice says how. One sentence
    for the notice page, the PDF's annex, the checklist and the command line (a review, read55 M3: Nantes 2026 told a
    candidate with a disability only that the notice does not say how, no next step)."""
    if notice.given("exam_adjustment"):
        return None
    t = notice.texts
    office = notice.exam_office
    if office is None:
        # (how to reach the office the notice does not give, as every sentence sending to it: words.office_reach)
        return t.text("exam_adjustment.not_given_ask_no_office", office=office_reach(notice))
    return t.text("exam_adjustment.not_given_ask", office=", ".join([office.name, *(office.emails or office.phones)]))


def _adjustment(notice: Notice, today: dt.date | None = None) -> Adjustment | None:
    adj = notice.section("exam_adjustment")
    if adj is None:
        return None
    own_voice = notice.voice == "notice"
    # The PDF prints the notice's sentences (how, decision, renewal) and, of the guide's labelled lines,
    # only what they do not say already: where to send it, the application, the page, the date, CYCLADES.
    said = [adj.how, adj.decision or "", adj.renewal or ""]
    send_to = recipient_words(adj, notice.texts, notice.exam_office)
    if send_to and own_voice and said_in(said, re.sub(r"\s*\([^)]*\)", "", adj.send_to)):
        send_to = None
    application = adj.application
    if application and own_voice and said_in(said, _address(application.url)):
        application = None
    url = adj.url or None
    # its « how » writes that address (Nantes 2024: « Consulter le lien suivant : https://… »): the link there, its
    # line « Page à consulter : … » not written (phone57 L5: the address as text, then as a link)
    url_linked = url if url and written_address(adj.how, url) else None
    if url and (url_linked or (own_voice and said_in(said, _address(url)))):
        url = None
    deadline = deadline_words(notice, adj.deadline) if adj.deadline else None
    if deadline and own_voice and _date_said(notice, adj.deadline, said):
        deadline = None
    # a date the notice does not give: the guide's words (« date non précisée par la notice »), which the PDF says in
    # its annex (« Ce que la notice ne précise pas »), not among the notice's lines (a review, read50 L3: Nantes 2024)
    if deadline and own_voice and not notice.deadline(adj.deadline).given:
        deadline = None
    # the guide's reading of the date (« le guide retient la clôture… »), where the date is said again (the PDF: its annex)
    note = date_note(notice, notice.deadline(adj.deadline)) if deadline and not own_voice else None
    cyclades = adj.declare_in_cyclades or None
    if cyclades and own_voice and said_in(said, cyclades):
        cyclades = None
    sentences = {"decision": unsaid(adj.how, adj.decision), "renewal": unsaid(adj.how, adj.renewal), "declare_in_cyclades": unsaid(adj.how, cyclades)}
    # (the web page: each after the guide's label and « — », its first letter as the notice writes it; capital70)
    return Adjustment(
        channel_key=CHANNEL_KEYS[adj.channel],
        how=adj.how,
        send_to=send_to,
        application=application,
        url=url,
        deadline=deadline,
        deadline_later=past_later_at(notice, deadline, notice.deadline(adj.deadline).end, notice.deadline(adj.deadline).has_time, today) if deadline else None,
        deadline_note=" ".join(note.split()) if note else None,
        # (a sentence its « how » already gives, in the notice's order, is not said again under a label)
        decision=sentences["decision"],
        renewal=sentences["renewal"],
        declare_in_cyclades=sentences["declare_in_cyclades"],
        application_said=bool(application) and address_said(adj.how, application.url),
        url_linked=url_linked,
        source=None if own_voice else part_source(notice.texts, adj.section),
    )


def _address(url: str) -> str:
    """A web address as a notice may write it: without its scheme nor its final slash."""
    return re.sub(r"^https?://", "", url).rstrip("/")


def _date_said(notice: Notice, deadline_id: str, texts: list[str]) -> bool:
    """The notice's sentences say this deadline: its words as the notice writes them, or its day."""
    d = notice.deadline(deadline_id)
    words = [w for w in (d.as_written, d.words) if w]
    return any(said_in(texts, w) for w in words) or (d.start is not None and said_in(texts, dates.day(d.start.date())))


MANAGING_TOPIC = "managing_academy"  # the notice's words on the academies managing the specialties


def _topics(notice: Notice, today: dt.date | None, only: str | None = None) -> tuple[TopicView, ...]:
    """Each topic's statements, grouped by provenance (consecutive statements of the same source);
    ``only``: that topic alone (otherwise every topic but the R408 one); ``today``: the build's day (its
    ``closing_dues``' « — date passée »)."""
    out = []
    notes = notice.session.source_notes
    anchors = source_note_anchors(notes)
    for topic in notice.topics:
        if (topic.id != only) if only else (topic.id == R408_TOPIC):
            continue
        if notice.voice == "notice" and not _in_notice_words(topic):
            continue  # the notice's PDF: a topic with words of the notice only (pdf_topics; review47 M3, review48 L1)
        blocks: list[tuple[list[str], str, bool]] = []
        # the national statements that date an item of the notice otherwise: their block introduced « Pour information,
        # selon … », after the notice's date (the notice's PDF: neither, its annex has them)
        dating = {id(s): s for s, _ in notice.national_dating(topic)} if notice.voice != "notice" else {}
        lead_ins: dict[int, str] = {}  # block index → its lead-in
        for statement in topic.statements:
            national = statement.provenance.national
            if notice.voice == "notice":
                if national:
                    continue  # the notice's PDF: in its annex (annex_view)
                provenance = ""
            else:
                provenance = provenance_words(notice, statement.provenance)
            if blocks and blocks[-1][1:] == (provenance, national):
                blocks[-1][0].append(statement.text)
            else:
                blocks.append(([statement.text], provenance, national))
            # (a national statement only: one the notice says in its words, Nantes 2026's decree on the engagement
            # étudiant, stays the notice's, its date after it as before)
            if id(statement) in dating and national:
                lead_ins.setdefault(len(blocks) - 1, for_information(notice, statement))
        title = (notice.session.session.headings.get(topic.id) if notice.voice == "notice" else None) or topic.title
        # (a topic the notice does not title keeps its opening words: no heading says them)
        if notice.voice == "notice" and blocks and topic.id not in notice.session.session.untitled:
            blocks[0][0][0], title = _without_heading(blocks[0][0][0], title)
        out.append(TopicView(
            topic.id, title, tuple(StatementBlock(tuple(texts), provenance, national, lead_ins.get(i))
                                   for i, (texts, provenance, national) in enumerate(blocks)),
            notice_deadlines(notice, topic) if notice.voice != "notice" else (),  # (the PDF: in its annex)
            tuple(SourceNoteLink(note.about, anchor) for note, anchor in zip(notes, anchors) if note.topic == topic.id)
            if notice.voice != "notice" else (),
            closing_dues(notice, topic, today) if notice.voice != "notice" else (),
            closing_unsaid=notice.voice != "notice" and any(notice.closing_unsaid(s) for s, _ in notice.national_dating(topic)),
            lead=notice.session.session.lead_as_written.get(topic.id) if notice.voice != "notice" else None,
        ))
    return tuple(out)


def for_information(notice: Notice, statement) -> str:
    """« Pour information, selon la notice de Clermont-Ferrand (session 2024), qui cite un texte national (arrêté du 13
    juillet 2023) que le guide n'a pas consulté : »: before a national ``statement`` that dates an item of the notice
    otherwise, printed after the notice's date, as the personalised list says it under the item (its
    national_dating lines, from the same merge.national_dating_source; fixr408)."""
    t = notice.texts
    source = national_dating_source(notice, statement)
    texts = t.join("provenance.texts_join", source["texts"])
    if source["as_given_by"]:
        return t.text("topics.for_information_as_given", notice=source["as_given_by"], texts=texts)
    if source["cited"]:
        return t.text("topics.for_information_cited", texts=source["cited"])
    return t.text("topics.for_information", texts=texts)


def closing_dues(notice: Notice, topic, today: dt.date | None, *, paper: bool = False) -> tuple[ClosingDue, ...]:
    """The dates of the lines that give ``topic``'s national statements the guide dates with the notice's registration
    closing (``merge.ResolvedStatement.closing_due``): « Date retenue par le guide (la notice ne date pas cette
    démarche) : la clôture des inscriptions, au plus tard le … », said as the guide's so that it does not read as the
    rule's words above it (the checklist says the same under its warning: answer.py _closing_due). Each date with its
    « — date passée » by the build's day ``today`` (words.past_later_at): written when over then, else hidden until its
    instant (past.js), as the checklist's built answer says it (pastdues65: the page gave a passed closing as to come).
    ``paper``: the written words only (the PDF's annex: no script on paper; words.past_later_at)."""
    out = []
    for statement in topic.statements:
        due = statement.closing_due
        if due is None:
            continue
        date = moment(notice, due.end, due.has_time)
        out.append(ClosingDue(date, past_later_at(notice, date, due.end, due.has_time, today, paper=paper)))
    return tuple(out)


def notice_deadlines(notice: Notice, topic) -> tuple[str, ...]:
    """The dates in words the notice sets for its own items that a national statement of ``topic`` dates
    otherwise (``Notice.national_dating``), each date once, as they read after « : » (« Date de la notice pour cette
    démarche : téléversement du formulaire … : au plus tard le … », read46 L8)."""
    return tuple(dict.fromkeys(
        lower_first(QUOTE_END_STOP.sub(r"\1", document_deadline(notice, doc)))  # (the sentence adds its full stop)
        for _, doc in notice.national_dating(topic)
    ))


# A paragraph's opening words up to « : », in bold or not (« **Épreuve facultative :** les… », « **NB** : … »):
# the bold's opening marker, the words, the closing marker before or after the colon, the next letter.
_LEAD_IN = re.compile(r"\s*(\*\*)?((?:(?!\*\*).)+?)\s*(\*\*)?\s*:\s*(\*\*)?\s+(\S)", re.S)


def _without_heading(text: str, heading: str) -> tuple[str, str]:
    """The PDF: a paragraph that opens with its section's heading (« Épreuve facultative de langue : les
    langues… » under « Épreuve facultative de langue ») without those words again, its first letter capital;
    a bold that goes on after them (« **Heading : more words** … ») goes on. Returned with the heading to print: when
    those words are a line of their own, that line as the paragraph writes it, its « : » kept — the notice's line
    printed as the heading (seed 002 l.329, « Epreuve facultative de langue : » above its paragraph; seed73b: the PDF
    printed it without the colon the page quotes), not the staff's form of it (``headings:``, a title without the
    punctuation that tied it to the next line); words that run on into the sentence (« … : les langues »), ``heading``.
    Else the text and ``heading`` as they are."""
    m = _LEAD_IN.match(text)
    if m is None or not same_words(m.group(2), heading):
        return text, heading
    opened, closed = m.group(1), m.group(3) or m.group(4)
    if (closed and not opened) or (m.group(3) and m.group(4)):
        return text, heading  # markers that do not read as one bold lead-in
    rest = m.group(5).upper() + text[m.end():]
    own_line = "\n" in text[m.end(2):m.start(5)]
    return (emphasis.MARKER + rest if opened and not closed else rest), f"{m.group(2).strip()} :" if own_line else heading


# The web page's sections, in the guide's order (the same for every academy); the print version moves the
# dates to the top, leaves the guide's « Points de vigilance » heading out and follows the notice's order.
WEB_PARTS = ("who", "dates", "steps", "documents", "r408", "exam_adjustment", "topics", "forms", "contacts", "links")


def _parts(notice: Notice, topics: tuple[TopicView, ...]) -> tuple[Part, ...]:
    """The sections in order. The web page: WEB_PARTS (the novelties near the top, notice.md.j2). The
    notice's PDF: pdf_order, each part below the notice's own headings."""
    if notice.voice != "notice":
        # (the sentence the notice writes in place of a part's heading, under the guide's heading: the PDF prints it, and
        # page and PDF say the same; read69 L4, Aix-Marseille's « L'inscription sur Cyclades se fait en 4 étapes : »)
        leads = notice.session.session.lead_as_written
        return tuple(Part(name, lead=leads.get(name)) for name in WEB_PARTS)
    by_id = {topic.id: topic for topic in topics}
    out = [Part("topic", by_id[name]) if name in by_id else Part(name) for name in pdf_order(notice, by_id)]
    return _under_the_notice_s_headings(notice, out)


def _in_notice_words(topic) -> bool:
    """A topic the notice's PDF prints: one with words of the notice (its national statements are in its annex)."""
    return any(not s.provenance.national for s in topic.statements)


def pdf_topics(notice: Notice) -> tuple[str, ...]:
    """The topics the notice's PDF prints, in the notice's data order: those with words of the notice, but the R408 one
    (printed with its list): _topics in the notice's voice."""
    return tuple(topic.id for topic in notice.topics if topic.id != R408_TOPIC and _in_notice_words(topic))


def pdf_order(notice: Notice, topic_ids: Iterable[str]) -> tuple[str, ...]:
    """The notice's PDF's parts in order, by name (a part of WEB_PARTS or a topic's id, among ``topic_ids``: pdf_topics):
    the notice's own order, the parts and topics its ``session.layout`` names first, then the others in the guide's
    order (but those the notice does not contain as such, ``session.web_only``), each topic in the place of « topics »,
    in the order of the session file's ``topics:`` (the notice's)."""
    topic_ids = list(topic_ids)
    own = list(given(notice.session.topics) or ())
    ordered = sorted(topic_ids, key=lambda tid: own.index(tid) if tid in own else len(own))
    layout = [name for name in notice.session.session.layout if name in topic_ids or name in LAYOUT_PARTS]
    web_only = notice.session.session.web_only
    # « Nouveautés de la session » gathers the notice's announcements: printed where the notice has such a
    # section (its layout names it), first without a layout, and not otherwise (the notice says them in place)
    out = [] if layout else ["novelties"]
    out += layout
    for name in WEB_PARTS:
        if name == "dates" or name in layout or name in web_only:
            continue
        if name == "topics":
            out += [tid for tid in ordered if tid not in layout and tid not in web_only]
        else:
            out.append(name)
    return tuple(out)


def pdf_headings_above(notice: Notice, name: str) -> tuple[str, ...]:
    """The notice's headings its PDF prints open above its part ``name`` (SessionInfo.open_headings, in pdf_order: a
    part layout: leaves out is printed after its parts, under a path still open), from the highest; none for a part
    the PDF does not print (web_only:). The checklist's steps name the lowest as their place (compile: Toulouse 2024's
    « II. LA PROCÉDURE D'INSCRIPTION », Aix-Marseille 2023's « Comment s'inscrire ? »; a review, 45 M3)."""
    order = pdf_order(notice, pdf_topics(notice))
    if name not in order:
        return ()
    return notice.session.session.open_headings(order)[order.index(name)]


def _under_the_notice_s_headings(notice: Notice, parts: list[Part]) -> tuple[Part, ...]:
    """The PDF's parts below the notice's own headings (session.sections_as_written: the path of headings above a
    part, which stays open for the parts after it until the next path: SessionInfo.open_headings, in the PDF's order,
    with the parts layout: leaves out; the checklist's steps say the same headings): each part opens the headings of its path
    that are not open yet (a level each, below the page's title) and is that many levels deeper; and the parts
    the notice does not title (session.untitled), or titles with a sentence of its text (session.lead_as_written).
    The heading of the part just before (session.headings) is open too: a path that names it puts the part below
    it (Aix-Marseille's « Information » beside the groups of « Pièces à téléverser … »)."""
    info = notice.session.session
    untitled = set(info.untitled)
    names = [part.topic.id if part.topic else part.section_key for part in parts]
    open_path: tuple[str, ...] = ()  # the path open above the part just before
    above: tuple[str, ...] = ()  # the heading of the part just before, below the open path
    out = []
    for part, name, path in zip(parts, names, info.open_headings(names)):
        opens: tuple[tuple[int, str], ...] = ()
        if name in info.sections_as_written:  # its own path: the headings of it not open yet
            current = open_path + above
            shared = 0
            while shared < min(len(path), len(current)) and path[shared] == current[shared]:
                shared += 1
            opens = tuple((2 + i, heading) for i, heading in enumerate(path) if i >= shared)
        open_path = path
        lead = info.lead_as_written.get(name)
        out.append(replace(part, opens=opens, depth=len(open_path), untitled=name in untitled or lead is not None, lead=lead))
        above = (info.headings[name],) if name in info.headings and name not in untitled and lead is None else ()
    return tuple(out)


def note_url(office: Office) -> str | None:
    """The office's web page (``url:``) where its ``note:`` writes it (text.written_address): the link there, its
    « Page web » line not written (review76: real Nantes 2026's secretariat of the IEN and ET-EG gave it twice, its
    line, then its note, the notice's sentence « Informations et formulaire de demande sur le site académique :
    https://… »); None otherwise. One answer for the page and its PDF (_contacts.md.j2), the checklist (the ruleset's
    office « url_words »: answer.py, checklist.js) and the command line (text.py); as the exam adjustment's page
    (phone57 L5)."""
    return written_address(office.note, office.url) if office.url and office.note else None


def guide_said(notice: Notice, office: Office | None) -> Office | None:
    """``office`` as the web page, the checklist and the command line show it: an office of academy.yaml (its exam office
    where the session gives none of its own, its positioning office, its VAE service) with its ``role:`` and ``note:``
    said as the guide's, « Note du guide : … » (words.guide_note, dates.guide_note). They are the guide's sentences, the same for every
    session (the staff guide: « role: est une phrase du guide » ; the PDF leaves them out: ``contacts``), shown in the
    block that ends « Notice de l'académie — … » (seed73a: Toulouse's « À contacter le plus tôt possible … » and
    « Courriel à privilégier. Vous pouvez aussi écrire … » read as the notice's words). A session's own office (its
    ``exam_office:``, its ``contacts:``) is shown as its file writes it: its notice's words there (Nantes 2026's « En cas
    de difficultés lors de l'inscription, … »), unless its file says its ``role:`` is the guide's (``role_by_guide:
    true``: frozen Nantes 2026's DEC 4-1 « Coordonnées du bureau DEC 4-1 données par cette notice : … », contacts75),
    then said as the guide's the same way (the PDF leaves it out: ``contacts``)."""
    academy = notice.academy
    if office is None:
        return office

    def said(words: str | None) -> str | None:
        # (« Note du guide : » as every note of the guide's, its first letter lowered after « : », review73 M2)
        return guide_note(notice, words) if words else words

    if any(office is given(o) for o in (academy.exam_office, academy.positioning_office, academy.vae_office)):
        return replace(office, role=said(office.role), note=said(office.note))
    if office.role_by_guide:
        return replace(office, role=said(office.role))
    return office


def notice_said(office: Office | None) -> Office | None:
    """``office``, a session's own, as the notice's PDF prints it: without a ``role:`` its file says is the guide's
    (``role_by_guide: true``); the PDF is the notice's voice (contacts75)."""
    if office is not None and office.role_by_guide:
        return replace(office, role=None)
    return office


def contacts(notice: Notice) -> Contacts:
    """The contacts section (notice and establishment pages): offices, per-specialty contacts, managing academies."""
    academy, s = notice.academy, notice.session
    # the session's contacts that are someone of its exam office, said under it: the same list for the page, the PDF and
    # the checklist (compile: contacts.exam_office_people)
    people = exam_office_people(academy, s)
    if notice.voice != "notice":
        # the web page: the exam office in force, academy.yaml's other offices and every contact of the session (the
        # offices validate reads an address quoted by the texts against: model.session.offices)
        # (its exam office: the merge's, notice.exam_office; academy.yaml's role: and note:, the guide's, said so)
        written = session_offices(academy, s)
        offices = tuple(guide_said(notice, o) for o in written)
        # (the people of the exam office as shown, a copy where its role is said as the guide's: of_exam_office below
        # knows them by identity)
        people = [shown for o, shown in zip(written, offices) if any(o is p for p in people)]
    else:
        # the PDF: the notice's own: the contacts it lists (a contact it gives in its text is printed there: listed:
        # false), and the exam office of academy.yaml without the guide's words on it (role, note: the same for every
        # session); what this notice says of it is in its own text (its steps, its contacts), or in the session's
        # own exam_office (Nantes 2026), printed as it is
        exam_office = notice.exam_office
        if exam_office is not None and given(s.exam_office) is None:
            exam_office = replace(exam_office, role=None, note=None)
        exam_office = notice_said(exam_office)
        listed = [c for c in notice.section("contacts") or () if c.listed]
        # (the people of the exam office under it, as on the web page; those it lists)
        own = [c for c in people if c.listed]
        others = [c for c in listed if not any(c is p for p in own)]
        # (a role: the session file says is the guide's, left out: notice_said; people, the same objects as shown)
        people = own = [notice_said(c) for c in own]
        offices = (exam_office, *own, *(notice_said(c) for c in others))
        # the PDF: an office the notice gives only in its words on the contacts (« Adresse électronique du bureau
        # des examens post-bac : … », before its table of specialties) is not a card of its own as well
        notes = [s.specialty_contacts_note or "", s.managing_academies_note or ""]
        offices = tuple(
            o for o in offices
            if o is None or not (o.emails or o.phones) or not all(said_in(notes, str(x)) for x in (*o.emails, *o.phones))
        )
    shown = tuple(o for o in offices if o is not None)
    specialty_contacts = notice.section("specialty_contacts") or ()
    managing = notice.section("managing_academies") or ()
    # (a section with something of the notice: an office, the table of the specialties' contacts or of the managing
    # academies, or the notice's words on them; not « La notice ne donne pas les coordonnées du bureau des examens »)
    of_the_notice = bool(shown or specialty_contacts or managing or s.specialty_contacts_note or s.managing_academies_note)
    return Contacts(
        exam_office_missing=notice.exam_office is None,
        offices=shown,
        # someone of the exam office (session.exam_office_people): a heading under its heading, not a contact of its own
        # (the contacts the session file says are of it, of_exam_office: true; never the office itself, which is no
        # session contact, even as the PDF's copy without its role: review58 M4)
        of_exam_office=tuple(o for o in shown if any(o is p for p in people)),
        specialty_contacts=tuple(
            SpecialtyContact(tuple(specialty_name(notice, ref) for ref in g.specialties), g.phones, g.words) for g in notice.section("specialty_contacts") or ()
        ),
        specialty_contacts_note=s.specialty_contacts_note or None,
        managing=tuple(ManagingRow(specialty_name(notice, m.specialty), m.academy, m.url or None) for m in notice.section("managing_academies") or ()),
        # the notice's PDF: its own words on the managing academies, when a topic gives them, are said once, there
        managing_note=None if notice.voice == "notice" and _notice_says(notice, MANAGING_TOPIC) else s.managing_academies_note or None,
        source=part_source(notice.texts, s.contacts_section) if notice.voice != "notice" and of_the_notice else None,
        website=given(academy.website) if notice.voice != "notice" else None,
        columns_as_written=s.specialty_contacts_columns if notice.voice == "notice" else None,
    )


def contacts_places(notice: Notice) -> tuple[tuple[str, str | None], ...]:
    """The places contacts_section: names (« ; » between them), each with what of the « Contacts » block it is the place
    of, when the session's data says it elsewhere (read67 L1): « managing » (the place of the notice's own words on the
    academies managing the specialties: its topic managing_academy, which the page's block gives as
    managing_academies_note: / the table), « situation:<id> » (a place of who_section:, where the notice names the
    office the page gives for that situation: Clermont-Ferrand 2024's VAE service, « Catégorie de candidat »), None:
    the exam office and the notice's contacts, shown in every view. A view that does not show the managing academies or
    a situation's office does not cite their places (compile: contacts.source, situation_sources). () when
    contacts_section: names no place."""
    section = notice.session.contacts_section
    if not isinstance(section, str) or not section.strip():
        return ()
    s = notice.session
    managing = set()
    if notice.section("managing_academies") or s.managing_academies_note:
        managing = {
            st.provenance.section for topic in notice.topics if topic.id == MANAGING_TOPIC
            for st in topic.statements if not st.provenance.national and st.provenance.section
        }
    # (« ; » between spaces, as the data writes it between places: PLACES_SPLIT)
    who = set(places(s.who_section)) if isinstance(s.who_section, str) else set()
    situation = "situation:vae" if vae_office_in_force(notice.academy, s) is not None else None
    out = []
    for place in places(section):
        of = "managing" if place in managing else situation if situation and place in who else None
        out.append((place, of))
    return tuple(out)


def _notice_says(notice: Notice, topic_id: str) -> bool:
    """The notice itself says something under this topic (a statement in its words)."""
    return any(not statement.provenance.national for topic in notice.topics if topic.id == topic_id for statement in topic.statements)


def gives_address(notice: Notice, url: object) -> bool:
    """The notice gives this address: among its links (``links:``, its words for them: Nantes 2024's CYCLADES portal),
    or written in one of its texts (a step's, a statement's…: ``notice_texts``), the whole address, with or without its
    scheme and final slash (``address_said``). review72: decided from ``links:`` alone, a notice that writes the portal's
    address in a step only was said not to give it (« cette notice n'en donne pas l'adresse »)."""
    if any(address_place(item.url) == address_place(url) for item in notice.section("links") or ()):
        return True
    return any(address_said(text, str(url)) for text in notice_texts(notice) if text)


def _links(notice: Notice) -> Links:
    """The academy's site and its BTS page (academy.yaml), unless the notice's own links give the same
    address (with the notice's words for it), then the notice's links. On the web page, a notice's link to the
    academy's site written with another scheme goes to academy.yaml's address (Aix-Marseille 2023: the notice writes
    http://, the site is https; a walk: the site was listed twice, once under each); the PDF keeps the notice's."""
    items = tuple(notice.section("links") or ())
    website, bts_page = given(notice.academy.website), notice.academy.bts_page or None
    if notice.voice == "notice":  # the PDF: a link whose address the notice's text gives is not listed again
        texts = notice_texts(notice)
        items = tuple(item for item in items if not said_in(texts, _address(str(item.url))))
    else:
        known = [url for url in (website, bts_page) if url]
        items = tuple(next((replace(item, url=url) for url in known if address_place(item.url) == address_place(url)), item) for item in items)
    listed = {address_place(item.url) for item in items}
    return Links(
        website, bts_page if bts_page and address_place(bts_page) not in listed else None, items,
        website_listed=bool(website) and address_place(website) in listed,
    )


def notice_view(
    notice: Notice, today: dt.date, *, checklist: bool = False, previous: Notice | None = None,
    routes: Directory | None = None, site: SiteFile | None = None, pdf: bool = False,
) -> NoticeView:
    """The notice page's view model; ``checklist``: the page links to the notice's checklist page;
    ``pdf``: to the notice's PDF;
    ``previous``: the academy's previous session, for « Nouveautés de la session »;
    ``routes``: the site's directory (the academy's other sessions; by default this notice alone);
    ``site``: content/site.yaml (the CYCLADES portal)."""
    academy = notice.academy
    routes = routes or directory([notice], None, today)
    header = _header(notice, today, checklist, routes, site, pdf)
    topics = _topics(notice, today)
    return NoticeView(
        title=header.title,
        of_academy=of(academy.name, notice.texts),
        header=header,
        who=_who(notice, today),
        dates=_dates(notice, today),
        steps=_steps(notice, today),
        steps_as_written=notice.session.session.steps_as_written if notice.voice == "notice" else None,
        documents=document_groups(notice, today),
        documents_given=notice.given("documents"),
        documents_deposit=documents_deposit(notice),
        documents_elsewhere=notice.session.documents_elsewhere,
        documents_elsewhere_quoted=inner_quotes(notice.session.documents_elsewhere) if notice.session.documents_elsewhere else None,
        documents_warnings=page_warnings(notice, "documents") if notice.voice != "notice" else (),
        r408=r408_view(notice),
        adjustment=_adjustment(notice, today),
        adjustment_given=notice.given("exam_adjustment"),
        adjustment_ask=adjustment_ask(notice),
        adjustment_warnings=page_warnings(notice, "exam_adjustment") if notice.voice != "notice" else (),
        topics=topics,
        forms=_forms(notice, pdf),
        contacts=contacts(notice),
        links=_links(notice),
        sources=Sources(given(notice.session.session.title), notice.year, academy.departments_source or None, notice.session.source_notes,
                        source_note_anchors(notice.session.source_notes)),
        notice_date_counts=notice.texts.text("provenance.notice_date_counts", office=office_reach(notice)),
        novelties=novelties_view(notice, previous),
        parts=_parts(notice, topics),
        headings=dict(notice.session.session.headings) if notice.voice == "notice" else {},
        forms_announced=tuple(f.announced_as for f in notice.section("forms") or () if f.announced_as) if notice.voice == "notice" else (),
    )
