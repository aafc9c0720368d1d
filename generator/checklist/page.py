"""The checklist page of a notice: the form rendered at build time, and its assets.

``checklist_page(notice, content)`` returns the Markdown body of
``<slug>/<year>/liste-personnalisee.md``: raw HTML with fieldsets, legends and
labels, usable before any script runs; the questions the engine would not ask
yet (its result for no answer, computed here at build time) are ``hidden``.
A message for browsers without JavaScript or WebAssembly links to the notice's
document tables. ``checklist_view`` computes what the page prints (a view model of
plain values); ``templates/checklist.html.j2`` writes the form (HTML environment of
``generator/site/templating.py``: every value escaped, quotes included) and
``templates/checklist.md.j2`` the page around it.

A JSON block (``#bts-checklist-data``) carries what the browser code shows
besides the engine's result, already in French with French typography: the
page's texts (group ``checklist_page`` of ``content/interface.yaml``), the
question and choice labels, the specialties' and departments' names, and each
date of the notice written out in words with its UTC offset.

``checklist.js`` is loaded by a ``<script type="module" async>`` in the page's
``<head>``, so that the engine's worker (and Pyodide's download) starts as soon
as that file arrives, before the body is parsed.

``checklist_assets(notice, content)`` returns the files the page loads, relative to the
notice's folder: the ruleset JSON and the engine source, and the engine's worker
(``worker.js``, next to this module) copied into the page's own folder
(``<slug>/<year>/liste-personnalisee/worker.js``): the service worker registered for the
page's folder then controls the worker too (a dedicated worker is controlled by the
registration whose scope holds its script's URL), with one registration. The page's script
and styles are static, in ``site_overrides/assets/checklist/`` (copied to
``assets/checklist/`` by the theme). The worker runs the engine in Pyodide, from the site's
own ``assets/pyodide/`` folder (never a CDN): ``pyodide_files()`` lists the files of
``node_modules/pyodide`` to copy there, and the standard library Pyodide boots with: the
modules the checklist uses, compiled in advance (``stdlib.py``; the page gives its URL).

Page URLs assume ``use_directory_urls: true``: the page lives at
``<slug>/<year>/liste-personnalisee/``.

Placeholders of the ``checklist_page`` texts filled by the page (its template): ``title`` {academy_of} {year};
``intro`` {year} {notice_link}; ``fallback`` {documents_link} {dates_link};
``departments`` {academy_of} {codes}; ``option`` {letter}. The others are
filled by ``checklist.js``, and so are the few texts of ``content/interface.yaml``
the page shares with the notice page (``SHARED_TEXTS``: the exam-adjustment
procedure), sent in the JSON block with their placeholders.

Nothing is cached between calls: the MkDocs hook reads the project once per
build and hands each notice (which carries content/interface.yaml) and the
loaded content/checklist.yaml to these functions, so ``mkdocs serve`` rebuilds
from the files as they are.

Ready before Pyodide is: the engine's answer for no answer at all is rendered
into the page (``answer.py``, ``templates/_answer.html.j2``), with the phone's
summary bar (number of documents, next deadline as of the build); the page's
front matter (``bts_checklist``) has ``site_overrides/main.html`` load
``checklist.js`` from the ``<head>``, with the URLs of the worker, Pyodide, the
engine and the ruleset, so that the worker starts (and fetches them) while the
page's body arrives. Pyodide lives in a folder
named after its version (``assets/pyodide/<version>/``): its files never change
under a URL, so that the service worker (``site_overrides/bts-checklist-sw.js``)
and HTTP caches may keep them for good.

Past at view time: the « session passée » notice carries the session's last day
(``data-bts-past-after``, in the academy's time zone ``data-bts-timezone``; ``words.session_end``:
the end of the exam session, not of its registration), as on the notice pages;
``site_overrides/assets/past.js`` reveals it when today, in the browser, is after that day; the
build shows it already when the session was past on the day of the build. Between the closing
of registration and that day, the « Inscriptions closes » box says it (``closed``). An empty
marker (``.bts-dates-over``) is revealed the same way after the notice's last date: its pieces
are then « demandées », no longer « à déposer », and its calendar's dates past (checklist.js). The notice points to the academy's
most recent session when there is a newer one (``current``).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from markupsafe import Markup

from ..french import inner_quotes, sort_key, typography
from ..interface import TEXTS
from ..merge import Notice
from ..model.content import ChecklistFile, InterfaceFile
from ..model.values import given
from ..site import ics
from ..departments import typing_example
from ..site.directory import SessionRef, department_help
from ..site.document_view import form_links
from ..site.notice_view import NOTICE_LINK_KEYS, Closed, ClosingSwitch, Routing, closed_view, closing_switch, passed_dates
from ..site.paths import CHECKLIST_PAGE, FORMS_DIR
from ..site.templating import html_environment, markdown_environment, render_html, render_markdown
from ..site.text import address_words, of
from ..site.words import dates_over, last_date, session_end, session_over
from . import engine, stdlib
from .answer import AnswerView, answer_view, establishment_step_links, next_deadline_key, next_deadline_pieces, own_deadlines, piece_parts, where_to_ask
from .compile import ROOT, compiled_ruleset
from .text import bar_date, deadline_moment, french_moment, partial_list_words, past_words, specialty_words

ENGINE = Path(__file__).resolve().parent / "engine.py"
# The engine's module worker, served from each checklist page's folder (checklist_assets).
WORKER = Path(__file__).resolve().parent / "worker.js"
# The page's script (static, copied to assets/checklist/ by the theme): named by its content in the
# page, like the worker, so that the service worker serves it from its cache first.
SCRIPT = ROOT / "site_overrides/assets/checklist/checklist.js"
# The page's templates: the form (HTML) and the Markdown page around it. They live with the
# checklist's code because the form is a contract with checklist.js (ids, data-* attributes,
# the JSON block), like the ruleset is with the engine.
TEMPLATES = Path(__file__).resolve().parent / "templates"
_HTML = html_environment(TEMPLATES)
_MARKDOWN = markdown_environment(TEMPLATES)
ASSET_DIR = "checklist"
# The page's folder, relative to the notice's (the page <slug>/<year>/liste-personnalisee.md is
# served as <slug>/<year>/liste-personnalisee/): the worker's script is copied there.
PAGE_DIR = CHECKLIST_PAGE.removesuffix(".md")
# Pyodide's files the worker loads; its standard library is the checklist's own (stdlib.py), in the same folder.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")
# From the page URL <slug>/<year>/liste-personnalisee/ to the notice folder and the site root.
TO_NOTICE = "../"
TO_ROOT = "../../../"
# The page's texts: group ``checklist_page`` of content/interface.yaml (keys and placeholders
# in generator/interface.py, checked by ``validate``).
UI_GROUP = "checklist_page"
# Texts of content/interface.yaml the page shares with the notice page (the exam-adjustment
# procedure): key → placeholders, sent as templates (checklist.js fills them).
SHARED_TEXTS = {
    "exam_adjustment.request": ("channel",),
    "exam_adjustment.channel_postal": (),
    "exam_adjustment.channel_application": (),
    "exam_adjustment.channel_doctor": (),
    "exam_adjustment.channel_website": (),
    "exam_adjustment.send_to": ("address",),
    "exam_adjustment.application": ("link", "url"),
    "exam_adjustment.application_named": ("link",),
    "exam_adjustment.url": ("link",),
    "exam_adjustment.decision": ("decision",),
    "exam_adjustment.renewal": ("renewal",),
    "exam_adjustment.new_request": (),
    "exam_adjustment.renewal_not_said": (),
    "exam_adjustment.renewal_exception": (),
    "exam_adjustment.renewal_exception_named": ("exception",),
    "exam_adjustment.cyclades": ("words",),
    "exam_adjustment.not_given": (),  # a notice that does not say how (as the notice page)
    "exam_adjustment.deadline_note": ("deadline", "note"),  # the request's date, then the guide's reading of it
    # a contact's lines, in the notice page's words (its section « Contacts »)
    "contacts.email": ("email",),
    "contacts.phone": ("phone",),
    "contacts.address": ("address",),
    "contacts.web": ("link",),
    "contacts.no_details": (),
    # the notice's words on its table of managers, under the title of that table on the notice page (answer.py)
    "contacts.specialty_title": (),
    "contacts.notice_words": ("words",),
    # the candidate's specialty manager, as the other contacts: its title, its phones, its row of the notice's table
    "contacts.specialty_manager": (),
    "contacts.specialty_by_option": (),
    "contacts.specialty_words": ("words",),
    "contacts.specialty_names": ("names",),
    "contacts.specialty_several": (),  # under them, when the specialty is on several rows of the notice's table
    "common.deadline": ("date",),
    # a piece the notice lets be deposited later: its date line says so, as the notice page's table (phone54 M3)
    "documents.late_deposit": ("date", "words", "office"),
    # the same words, after « Sauf pour « … », » under a deadline « délai de rigueur » (strict_late; fixr408)
    "checklist.late_deposit": ("words", "office"),
    # the registration's closing once passed, under « Dates limites » (checklist.js keyDates; answer.py _key_date)
    "checklist.date_past": ("line",),
    # the same after a date's guide mark (dates.guide_*, their words without the date tell checklist.js the line ends
    # with one: text.passed_line; phone62 L2)
    "checklist.date_past_marked": ("line",),
    "dates.guide_day": ("date",),
    "dates.guide_hour": ("date",),
    "dates.guide_midnight": ("date",),
    "common.label_value": ("label", "value"),
    # a date the notice says « délai de rigueur » of, the one form of every line that gives it (dates.strict_said)
    "moments.strict": ("date",),
    "r408.annex": ("annex",),
    "r408.annex_and": ("before", "after"),
    "dates.new_request_only": ("label",),  # a date listed only for those who must make a new request (review67 L8)
    "dates.words": ("words",),  # under a date, the notice's words (then the guide's note), as the dates table
    "dates.note_as_written": (),  # under the registration's dates, the notice's words on them (session.dates_note)
    # under a national rule's warning, the notice's closing as the guide reads the rule's « date limite d'inscription »
    "dates.closing_due": ("date",),
    # under a national rule on « la date limite d'inscription » that dates a piece, the notice giving no closing
    "dates.closing_unsaid": (),
    "department_hint.abroad": (),  # living abroad: the standing's last line (as next to the field)
    "department_hint.department": ("name", "code"),  # next to the field, one of the academy's departments (« own »)
    # the departments whose names have the words typed in the field (« …, … ou … »: invalid_department_partial)
    "conditions.or_comma": ("before", "after"),
    "conditions.or_last": ("before", "after"),
    # next to the field, in place of the department's academy, to one registered by their establishment
    "department_hint.by_establishment": (),
    # under the field, the departments close to a misspelt name (« Vouliez-vous dire : … ? », as the home page)
    "department_hint.close": ("names",),
    # above the list, the answers of a shared link the form would not take in the candidate's situation, in the command
    # line's words (« Réponse ignorée, car sa question ne se pose pas dans votre situation : … »; fix59c)
    "checklist.dropped": ("count", "answers"),
    # the same for an answer to a question of the guide this session never asks (data « unasked_here »; read57 L6)
    "checklist.not_asked_here": ("count", "answers"),
    # under a step the guide wrote from a notice to the establishments, the link to the notice's words (as the notice
    # page: establishment_step:; answer.py, text.step_notice_words)
    "steps.notice_words": ("number",),
}
# Where each item comes from, and what the notice says of the candidate's situation: the same
# words as the notice page and the command line (groups « provenance » and « standing »).
SHARED_TEXTS.update({f"provenance.{key}": names for key, names in TEXTS["provenance"].items()})
SHARED_TEXTS.update({f"standing.{key}": names for key, names in TEXTS["standing"].items()})


@functools.lru_cache(maxsize=16384)
def _fr(text: str | None) -> str:
    """YAML text on one line with French typography (not escaped); no-break spaces (« 17 h 00 ») stay."""
    return typography(_SPACES.sub(" ", str(text or "")).strip(" "))


_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # line breaks and plain spaces, not the no-break ones


def _ui(notice: Notice) -> dict[str, str]:
    """The page's texts (content/interface.yaml, group checklist_page) as templates, placeholders kept.

    French typography applied, not escaped. ``validate`` checked every key and placeholder
    against generator/interface.py before any page is built.
    """
    return {
        key: notice.texts.text(f"{UI_GROUP}.{key}", **{name: "{" + name + "}" for name in names})
        for key, names in TEXTS[UI_GROUP].items()
    }


@dataclass(frozen=True)
class Choice:
    """An answer of a question: a choice, a specialty (its name, abbreviation and former names: specialty_label) or an
    option letter."""

    id: str
    label: str


@dataclass(frozen=True)
class Field:
    """A question of the form, its words in French with French typography (``_fr``), not escaped."""

    id: str
    kind: str  # choice, date, department, specialty or option
    label: str
    help: str | None
    shown: bool  # asked before any answer (the others are hidden until the engine asks them)
    described_by: str  # ids of the elements describing the control (help, department codes, problem)
    choices: tuple[Choice, ...] = ()
    departments: str | None = None  # the academy's departments, for the department question
    example_department: tuple[str, str] = ("", "")  # and one of them, code and name, for its help's example
    contact_only: bool = False  # needed only by the contacts (the engine's contact_questions): « pour vos contacts »


@dataclass(frozen=True)
class Current:
    """The academy's most recent session, when it is newer than the page's: links from the page."""

    year: int
    notice: str
    checklist: str


@dataclass(frozen=True)
class RoutingBox:
    """A notice for one audience: where the other audience reads (as on the notice page, notice_view.routing_view)."""

    title_key: str
    text_key: str
    href: str | None  # the other audience's notice of the same session here, or the academy's site
    words: str | None  # the link's words
    who: str | None = None  # the title's {who} (notice_view.Routing)


@dataclass(frozen=True)
class ChecklistView:
    """Everything checklist.html.j2 and checklist.md.j2 print."""

    title: str
    year: int
    academy_of: str
    ui: dict[str, str]  # the page's texts (group checklist_page), French typography, placeholders kept
    fields: tuple[Field, ...]
    data: dict  # the JSON block read by checklist.js
    to_notice: str
    to_root: str
    asset_dir: str
    pyodide: str  # the folder of Pyodide's files, from the page
    answer: AnswerView  # the engine's answer for no answer at all
    summary_documents: str  # the phone's summary bar, as of the build
    summary_next: str
    # the same words around the piece they name, when the next deadline is one piece's own: (before, start, end, after),
    # the piece's label in a box of its own, as its start and its end (answer.piece_parts; end "": not split): on a
    # phone the start is cut in the middle of the label, on one line (checklist.css); None otherwise
    summary_next_piece: tuple[str, str, str, str] | None
    # the next deadline's date at the end of summary_next, short (page data « bar_dates »), kept whole on the bar's one
    # line while the words before it are cut (checklist.css; phone55 M1); "" when summary_next has no date
    summary_next_when: str
    # the same date as a screen reader is given it, its month whole (page data « bar_said »; a11y67 L4)
    summary_next_said: str
    # the build's next date is the registration's closing: its words carry the closing's switch (``closing``), which
    # past.js hides from the closing's moment when the checklist's script has not written the bar again (review71 L4:
    # « Clôture : … » stayed, past, until a reload)
    summary_next_closing: bool
    # the instant the build's next date other than the closing is over (page data « over »), "" for none: its words carry
    # it (data-bts-over-at), which past.js hides from that instant, as the closing's switch above (fixbar58 left it: a
    # documents or piece date stayed in the build's bar, past, until a reload, without the checklist's script)
    summary_next_over: str
    # what the bar says from each later moment its words change (``_bar_later``: a date of the candidate's, or of a piece
    # still depending on an answer, over), as of the build's first answer: (from, until or "", next date's words, count,
    # those words split as summary_next_said is, for a screen reader: ``_bar_at_said``, None without a date; the pieces'
    # line then, as summary_pieces);
    # past.js shows each in its time (data-bts-from-at, data-bts-over-at) and hides the build's own words from the
    # first, when the checklist's script has not written the bar (fixbar59 left: once past.js hid a past date nothing
    # took its place, and the count kept « à déposer »)
    # the count's own date, on a line under the next date's, when the pieces counted are not all due at that date
    # (``_pieces_line``: (what, the date whole for a screen reader, the date shown), or (words, "", "") without a date);
    # None when they are, or when there is no next date (review67 L2: « 4 pièces » over « Clôture : 15 nov. … » read as
    # pieces due at the closing)
    summary_pieces: tuple[str, str, str] | None
    summary_later: tuple[tuple[str, str, str, str, tuple[str, str, str] | None, tuple[str, str, str] | None], ...]
    # the list's title says its pieces « demandées » on the build's day, as the bar's count (``documents_past``); else the
    # instant from which it says so ("" for none: ``_documents_past_at``), which past.js shows in its time (walk67b L1)
    documents_past: bool
    documents_past_at: str
    past: bool  # the session over on the day of the build (words.session_over)
    session_end: str  # the session's last day (words.session_end; academy's time zone), ISO
    dates_end: str | None  # the notice's last date (academy's time zone), ISO; None: no date given
    dates_over: bool  # every date of the notice over on the day of the build (words.dates_over)
    timezone: str
    current: Current | None
    website: str | None  # the academy's site, where a past session without a newer one here points
    others: tuple[str, str] | None  # the words of a link to the guide's newer notice for other candidates, and the link
    routing: RoutingBox | None  # a notice for one audience: where the other reads (Nantes 2026: individual candidates)
    closed: Closed | None  # « Inscriptions closes », as on the notice page (notice_view.closed_view)
    # registration closed for good (the session over included), by the build or by past.js: its marker
    # .bts-registration-closed, from which checklist.js says a contradiction's advice_after_closing (read56 L6)
    closing: ClosingSwitch | None
    front_matter: dict  # theme options of the page (hide), and the files its <head> starts the checklist with
    # the phone's top bar's words for the page after the academy's name, longest first, each whole: menu.js shows the
    # longest that fits (fixphone56: « Nantes · Session 2026 (établissements) : liste » read as a title cut)
    header_titles: tuple[str, ...] = ()
    # the academy's name, kept on one line in the page's heading (templating._whole; phone64 L1: « académie de Clermont- »
    # / « Ferrand, session 2024 » at 360 px)
    title_whole: str = ""
    # the same answer and bar for each department of the academy given alone in the address (``_department_variants``):
    # (its departments' codes, its view), checklist.js shows it at first paint for such an address (phone64 M1); the
    # department's line of « Vos réponses » left empty in it, written by checklist.js (``_echo_left_out``)
    variants: tuple = ()


def pyodide_version(root: Path | None = None) -> str:
    """The version of node_modules/pyodide (its package.json), which names its folder in the site."""
    package = (root or ROOT) / "node_modules" / "pyodide" / "package.json"
    try:
        return json.loads(package.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return "absent"  # the hook reports the missing files in French (events.py)


def pyodide_dir(root: Path | None = None) -> str:
    """Where Pyodide's files are in the site: ``assets/pyodide/<version>/``."""
    return f"assets/pyodide/{pyodide_version(root)}/"


# What describes a control besides its help: the department codes, the message of a wrong answer, and for a
# department of another academy, that academy (site_overrides/assets/checklist/checklist.js: departmentHint).
_DESCRIBED_BY = {"date": ("problem",), "department": ("codes", "problem", "elsewhere")}


def _field(notice: Notice, qid: str, question, shown: bool, contact_only: bool = False) -> Field | None:
    """One question of the form; None for a kind the page does not ask."""
    extra = _DESCRIBED_BY.get(question.kind, ())
    # the department's help says what this notice says of residence (directory.department_help)
    help_text = department_help(notice) if question.kind == "department" else _fr(question.help) if question.help else None
    described_by = " ".join(([f"q-{qid}-help"] if help_text else []) + [f"q-{qid}-{e}" for e in extra])
    field = Field(qid, question.kind, _fr(question.label), help_text, shown, described_by, contact_only=contact_only)
    if question.kind == "choice":
        return replace(field, choices=tuple(Choice(cid, _fr(label)) for cid, label in question.choices.items()))
    if question.kind == "date":
        return field
    if question.kind == "department":
        code, name, _ = typing_example([(d.code, d.name) for d in notice.academy.departments])
        return replace(field, departments=_fr(", ".join(f"{d.code} ({d.name})" for d in notice.academy.departments)),
                       example_department=(code, _fr(name)))
    if question.kind == "specialty":
        options = sorted(notice.specialties.items(), key=lambda item: sort_key(item[1].name))  # French order
        return replace(field, choices=tuple(Choice(sid, specialty_label(s, notice.texts)) for sid, s in options))
    if question.kind == "option":
        letters = sorted({letter for s in notice.specialties.values() for letter in s.options})
        return replace(field, choices=tuple(Choice(letter, letter) for letter in letters))
    return None


def specialty_label(specialty, texts: InterfaceFile) -> str:
    """A specialty as the form offers it, French typography (text.specialty_words, which --questions says too)."""
    return _fr(specialty_words(specialty.name, specialty.abbreviation, specialty.former_names, texts))


def _page_data(notice: Notice, ui: dict[str, str], ruleset: dict, elsewhere: dict | None = None, names: dict | None = None) -> dict:
    """What checklist.js shows besides the engine's result, in French with French typography."""
    ui = {key: _fr(value) for key, value in ui.items()}
    tz = ruleset["academy"]["timezone"]
    strict = {d.id for d in notice.deadlines if d.strict}  # (the calendar's « Délai de rigueur » sentence: below)

    def moment(iso: str | None, has_time: bool, kind: str) -> str:
        # The same words as the notice page and the command line (content/interface.yaml, group « moments »).
        return _fr(french_moment(iso, has_time, tz, notice.texts, kind=kind))

    dates = {d["id"]: _fr(deadline_moment(d, tz, notice.texts)) for d in ruleset["deadlines"]}
    registration = ruleset["session"]["registration"]
    dates["registration_opening"] = moment(registration["opening"], registration["opening_has_time"], "opening")
    dates["registration_closing"] = moment(registration["closing"], registration["closing_has_time"], "deadline")
    def dated(value) -> dict:
        # ``value`` (end, has_time, reading) of each deadline with a day, and of the registration's closing (no reading)
        found = {d["id"]: value(d["end"], d["has_time"], d.get("reading")) for d in ruleset["deadlines"] if d["end"]}
        if registration["closing"]:
            found["registration_closing"] = value(registration["closing"], registration["closing_has_time"], None)
        return found

    # the deadlines on one line of the phone's summary bar (phone55 M1), those with a day: the bar's next deadline
    bar_dates = dated(lambda end, has_time, reading: _fr(bar_date(end, has_time, reading, tz, notice.texts)))
    # the same dates as a screen reader is given them, the month whole (« 15 novembre 2023 … »: « nov. » was read as
    # the word « nov », a11y67 L4); the short ones hidden from it (checklist.css, _summary.html.j2, checklist.js)
    bar_said = dated(lambda end, has_time, reading: _fr(bar_date(end, has_time, reading, tz, notice.texts, whole=True)))
    # the same dates for the bar's pieces' line (``_pieces_line``), without the hour the notice does not give (the list
    # says it); « bar_days » without their year too, under a date of the same year
    bar_pieces = dated(lambda end, has_time, reading: _fr(bar_date(end, has_time, reading, tz, notice.texts, hour_unsaid=False)))
    bar_days = dated(lambda end, has_time, reading: _fr(bar_date(end, has_time, reading, tz, notice.texts, year=False, hour_unsaid=False)))
    # the instant each dated deadline is over, for the bar's next date (checklist.js: nextDeadline, barTimer)
    over = dated(lambda end, has_time, reading: over_at(end, has_time, tz))
    return {
        "key_dates": _key_dates(ui, ruleset),
        # every dated deadline's end (ISO): a piece that still depends on an answer may be due after them all
        "ends": {d["id"]: d["end"] for d in ruleset["deadlines"] if d["end"]},
        "over": over,
        # the instant the session is over (« Session passée », past.js: the day after words.session_end, in the academy's
        # zone): from it the bar says so rather than the candidate's dates passed « à ce stade » (phone74)
        "session_over_at": session_over_at(notice),
        "calendar": {
            # (« strict »: the « Délai de rigueur » sentence only, the candidate's own exceptions following it: checklist.js;
            # none under another date, whose e.strict holds the exceptions alone: read58 L3)
            e.id: {"summary": e.summary, "words": list(e.words), "strict": list(e.strict[:1]) if e.id in strict else [],
                   "alarms": [{"trigger": a.ical, "description": a.description} for a in e.alarms]}
            for e in ics.events(notice)
        },
        "anchors": _anchors(ruleset),
        # the engine's standings with no list, its warning about the department (none of the notice's dates: the result's no_dates)
        "standings": {"no_list": list(engine.NO_LIST), "department_warning": engine.DEPARTMENT_WARNING},
        "academy": {"slug": notice.slug, "name": notice.academy.name, "of": of(notice.academy.name, notice.texts),
                    # what to type, in the message for a department the field cannot read (checklist.js: invalid_department)
                    "example": dict(zip(("code", "name", "postal"), typing_example([(d.code, d.name) for d in notice.academy.departments])))},
        "year": notice.year,
        "ui": ui,
        "questions": {
            # « quoted »: the label as it reads inside « » (why, undecided, removed answers: inner_quotes)
            # « phrases »: a derived fact's words, the start of a reason (« votre spécialité figure sur la liste… »);
            # « together »: those of several choices a condition asks together (checklist.js reasonPhrase), if any
            q["id"]: {
                "label": _fr(q["label"]), "quoted": _fr(inner_quotes(q["label"])), "kind": q["kind"],
                "choices": {c: _fr(label) for c, label in q["choices"]}, "phrases": {c: _fr(p) for c, p in q["phrases"].items()},
                **({"together": [[p["choices"], _fr(p["words"])] for p in q.get("phrases_together", ())]} if q.get("phrases_together") else {}),
            }
            for q in ruleset["questions"]
        },
        # the guide's questions this session never asks (content/questions.yaml; derived facts apart) → the label as it
        # reads inside « »: a shared link's answer to one is said ignored for that reason, as the command line says it
        # (checklist.not_asked_here; read57 L6: the page dropped it without a word)
        "unasked_here": {qid: _fr(inner_quotes(q.label)) for qid, q in notice.questions.items()
                         if q.kind != "derived" and qid not in {asked["id"] for asked in ruleset["questions"]}},
        "specialties": {sid: {"name": _fr(s["name"]), "options": {k: _fr(v) for k, v in s["options"].items()}} for sid, s in ruleset["specialties"].items()},
        # the answer for living abroad (engine.clean_department: « 99 »; the field's button writes its name)
        "abroad": engine.ABROAD,
        # the academy's departments' names, and living abroad's (« 99 (hors de France) »), for an answer in words
        "departments": {**ruleset["academy"]["department_names"], engine.ABROAD: _fr(notice.texts.text("department_hint.abroad_name"))},
        # Every department of the national table and its name (directory.department_names; without the table, the
        # academy's own), for a department typed by its name; empty without a department question.
        "names": shipped_names(names or ruleset["academy"]["department_names"]) if any(q["kind"] == "department" for q in ruleset["questions"]) else "",
        # Departments of other academies → the hint under the department field (generator/site/directory.py); living
        # abroad (engine.ABROAD), a hint without a link (url and label None).
        "elsewhere": {
            code: {**hint, "text": _fr(hint["text"]), "label": _fr(hint["label"]) if hint["label"] is not None else None,
                   **({"academy": _fr(hint["academy"])} if hint.get("academy") else {})}
            for code, hint in (elsewhere or {}).items()
        },
        # A department of the academy, typed in the department field: what the guide understood, said next to it
        # (« Haute-Garonne (31) : département de l'académie de Toulouse. »; {department}: checklist.js writes it)
        "own": _fr(notice.texts.text("department_hint.own", department="{department}", of_academy=of(notice.academy.name, notice.texts))),
        "dates": dates,
        "bar_dates": bar_dates,
        "bar_said": bar_said,
        "bar_pieces": bar_pieces,
        "bar_days": bar_days,
        "documents_given": ruleset["documents_given"],
        "forms": _forms(notice),
        # the establishments page's steps with the notice's words that its reworded steps link to, by number
        # (answer.establishment_step_links; checklist.js: stepNoticeWords)
        "establishment_steps": establishment_step_links(notice),
        "documents_elsewhere": _fr(ruleset["documents_elsewhere"]) if ruleset["documents_elsewhere"] else None,
        # where the pieces go, the notice page's sentences (checklist.js: depositLines)
        "documents_deposit": [_fr(sentence) for sentence in ruleset["documents_deposit"]],
        # where a candidate the notice does not name can ask (answer.py: where_to_ask)
        "ask": {key: _fr(value) if key in ("office", "office_apart") and value else value for key, value in where_to_ask(notice, ruleset).items()},
        # the guide's advice where the notice does not say how to request exam adjustments (notice_view.adjustment_ask)
        "adjustment_ask": _fr(ruleset["exam_adjustment_ask"]) if ruleset["exam_adjustment_ask"] else None,
        # said after « le bureau des examens » in a late-deposit line (words.office_reach: "" where the notice gives it)
        "office_reach": ruleset["academy"]["office_reach"],
        # the same where the line below them links the academy's site (the « not listed » answer: phone57 L3)
        "office_reach_site_below": ruleset["academy"]["office_reach_site_below"],
        "texts": {
            key: _fr(notice.texts.text(key, **{name: "{" + name + "}" for name in names})) for key, names in SHARED_TEXTS.items()
        },
    }


def shipped_names(names: dict[str, str]) -> str:
    """Departments and their names as the table writes them (``{"01": "Ain", …}``) as the page data carries them:
    « Ain (01)|Aisne (02)|… », as the hints of « elsewhere » write a department (a third of the bytes of a JSON object
    once compressed: the hints repeat them). checklist.js (namedDepartment) reads a department typed by its name
    (« haute garonne ») as its code, which the page sends to the engine: the engine, the share link and the command
    line keep codes."""
    return "|".join(f"{name} ({code})" for code, name in names.items())


def _forms(notice: Notice) -> dict[str, dict[str, str]]:
    """``{document id: its form's page (relative to this page), title and who fills it}``, for the documents of the notice made
    with one of its forms that has a page: checklist.js links to it with the candidate's answers in the fragment."""
    pages = form_links(notice)
    return {
        doc.id: {
            "url": f"../{FORMS_DIR}/{doc.form}/",
            "title": _fr(pages[doc.form].title),
            # who fills it: the candidate, or their establishment (a model the notice offers it): the link's words
            "filled_by": pages[doc.form].filled_by,
        }
        for doc in notice.documents
        if doc.form in pages
    }


def _moments_after(data: dict, today: dt.date, timezone: str) -> list[dt.datetime]:
    """The instants after ``today`` began (in the academy's zone) at which what the bar says may change: each deadline's
    end (``over``) and the session's end (a bar that said the candidate's dates passed so far says the session past;
    phone74), in order. checklist.js writes its bar again at the same instants (barMoments, nextBarUpdate's timer;
    lines76)."""
    from zoneinfo import ZoneInfo

    start = dt.datetime.combine(today, dt.time(0, 0), tzinfo=ZoneInfo(timezone))
    return sorted({moment for iso in [*data["over"].values(), data["session_over_at"]]
                   if (moment := dt.datetime.fromisoformat(iso)) > start})


def session_over_at(notice: Notice) -> str:
    """The instant (ISO, with its offset) from which the session is past: the start of the day after its last day
    (``words.session_end``) in the academy's zone, past.js's rule for the « Session passée » box
    (data-bts-past-after)."""
    from zoneinfo import ZoneInfo

    day = session_end(notice) + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=ZoneInfo(notice.tz)).isoformat()


def over_at(end: str, has_time: bool, timezone: str) -> str:
    """The instant (ISO, with its offset) from which a deadline ending at ``end`` is over, by past.js's rule for the
    closing of registration: at the minute of its hour when the notice gives one (an hour with seconds, Nantes 2024's
    « minuit » read as 23:59:59, at the minute after: that second is still in time), else at the end of its day
    (« inclus »: the next day's midnight in the academy's zone). The phone bar's next date switches then (review70
    Left: a deadline that passed while the list was open stayed in the bar until the next answer)."""
    from zoneinfo import ZoneInfo

    moment = dt.datetime.fromisoformat(end)
    if has_time:
        minute = moment.replace(second=0, microsecond=0)
        return (minute if minute == moment else minute + dt.timedelta(minutes=1)).isoformat()
    return dt.datetime.combine(moment.date() + dt.timedelta(days=1), dt.time(0, 0), tzinfo=ZoneInfo(timezone)).isoformat()


def _key_dates(ui: dict[str, str], ruleset: dict) -> list[dict]:
    """The dates the answer opens with: registration closing, then the documents deadline (when the notice has one)."""
    registration = ruleset["session"]["registration"]
    found = [{"id": "registration_closing", "label": _fr(ui["registration_closing"]), "end": registration["closing"], "deadline": True}]
    for d in ruleset["deadlines"]:
        if d["id"] == "documents":
            found.append({"id": d["id"], "label": _fr(d["label"]), "end": d["end"], "deadline": d["kind"] == "deadline"})
    return found


def _anchors(ruleset: dict) -> dict:
    """The questions each warning (and each part of one made of parts) and contradiction depends on (derived facts
    replaced by their questions): checklist.js shows them next to the last of these the candidate answered."""
    questions = {q["id"]: q for q in ruleset["questions"]}

    def asked(condition) -> list[str]:
        found: list[str] = []
        pending = list(engine._condition_questions(condition))
        while pending:
            qid = pending.pop(0)
            sources = questions[qid]["derived_from"] if qid in questions else []
            if sources:
                pending[:0] = sources
            elif qid not in found:
                found.append(qid)
                # (and the answers that may give its « yes » when it is not asked: a repeater's situation for
                # « sat_before »; engine: Questions answered by another answer)
                said = questions[qid].get("yes_when") if qid in questions else None
                pending += [q for q in engine._condition_questions(said) if q not in found] if said else []
        return found

    contradictions: dict[str, list[str]] = {}
    for c in ruleset["contradictions"]:
        contradictions.setdefault(c["about"], [])
        contradictions[c["about"]] += [q for q in asked(c["when"]) if q not in contradictions[c["about"]]]
    return {
        "warnings": {w["id"]: asked(w["when"]) for w in ruleset["warnings"]},
        # a warning made of parts (a topic's statements of the notice): each part's questions, in the parts' order
        # (checklist.js says each part that holds next to the last of its own the candidate answered)
        "warning_parts": {w["id"]: [asked(part["when"]) for part in w["parts"]] for w in ruleset["warnings"] if w.get("parts")},
        "contradictions": contradictions,
        # Who registers how: the situation, and the route when the notice's categories name routes.
        "standing": ["situation", "route"],
    }


def _next_deadline(key_dates: list[dict], result: dict, today: dt.date | None, ends: dict | None = None) -> tuple[str | None, bool]:
    """The id (page data « dates ») of the first deadline not passed on ``today``, of the key dates and the
    candidate's own (``own_deadlines``: not a step's, Clermont-Ferrand's « courriel non reçu »), and whether any is
    given and all of them passed can be said: not while a piece that still depends on an answer is due later (``ends``:
    page data; Nantes 2026's R408 attestation, 12 December, while the RQTH question is open: a review) (as
    checklist.js: nextDeadline)."""
    ahead_undecided = today is not None and any(
        _still_possible(u, ends or {}, lambda did: dt.datetime.fromisoformat(ends[did]).date() >= today) for u in result.get("undecided", ()))
    dates = [(d["id"], d["end"]) for d in key_dates if d["deadline"] and d["end"]]
    dates += [(d["id"], d["end"]) for d in own_deadlines(result, key_dates)]
    ahead = [(dt.datetime.fromisoformat(iso), did) for did, iso in dates]
    # by date only, the key dates' order kept for the same moment (the closing before the documents), as the script
    future = sorted(((when, did) for when, did in ahead if today is None or when.date() >= today), key=lambda item: item[0])
    return (future[0][1] if future else None), bool(dates) and not ahead_undecided


def _still_possible(piece: dict, ends: dict, ahead) -> bool:
    """A piece that still depends on an answer may still be due: its date ahead (``ahead`` of its deadline's id, dated: in
    page data « ends »), not dated by the notice (none in ``ends``), or one the notice lets be deposited later (``late_deposit``);
    the bar then never says all dates passed (read64 M1: Toulouse 2024's R408 attestation, the RQTH question open;
    read65 L5: Aix-Marseille 2023's rare-language attestation, not dated). As checklist.js: stillPossible."""
    return bool(piece.get("late_deposit")) or piece["deadline"] not in ends or ahead(piece["deadline"])


def _dates_passed_so_far(following: str | None, known: bool, key_dates: list[dict], result: dict) -> bool:
    """None of the candidate's dates ahead (``_next_deadline``: no ``following``) but all passed not said (``known``
    false) because a piece that still depends on an answer is due later, the candidate having dated dates: the bar says
    their dates passed so far (« checklist_page.summary_passed_pending ») and the count its pieces « demandées », their
    date over (review73 M4: Toulouse 2024 with no answer, 23 November to 15 January, « 2 pièces à déposer » and no date
    while their 22 November, délai de rigueur, had passed; the « engagement étudiant » form, 15 January, still depends on
    an answer). As checklist.js: nextDeadline's third value."""
    if following is not None or known:
        return False
    return any(d["deadline"] and d["end"] for d in key_dates) or bool(own_deadlines(result, key_dates))


def _bar_at(texts: InterfaceFile, data: dict, result: dict, moment: dt.datetime, partial: bool) -> tuple[str, str, str | None]:
    """The bar's next date's words and its count at ``moment`` (an instant), by checklist.js's rules (nextDeadline,
    datesPast: a date over from its instant in page data « over »), for the build's first answer ``result``; and the id of
    the date the words end with (None for none)."""
    over = {did: dt.datetime.fromisoformat(iso) for did, iso in data["over"].items()}
    dates = [(d["id"], d["end"]) for d in data["key_dates"] if d["deadline"] and d["end"]]
    dates += [(d["id"], d["end"]) for d in own_deadlines(result, data["key_dates"])]
    future = sorted(((dt.datetime.fromisoformat(iso), did) for did, iso in dates if over[did] > moment), key=lambda item: item[0])
    later = any(_still_possible(u, data["ends"], lambda did: over[did] > moment) for u in result.get("undecided", ()))
    following = future[0][1] if future else None
    known, waiting = bool(dates) and not later, not future and bool(dates) and later
    words, _ = _summary_next(texts, following, known, result, data, waiting,
                             over=moment >= dt.datetime.fromisoformat(data["session_over_at"]))
    return words, _documents_words(texts, _past_at(data, result, moment), partial, len(result["documents"])), following


def _bar_at_said(data: dict, words: str, following: str | None) -> tuple[str, str, str] | None:
    """The words of ``_bar_at`` ending with the date of ``following`` (page data « bar_dates »), split for a screen
    reader as the build's next date is (``ChecklistView.summary_next_said``) and checklist.js's (data-said): (what it
    closes, the date whole, its month not abbreviated: page data « bar_said », the short date shown, hidden from a
    screen reader); None for words without a date (a11y68 L: « 22 nov. » was read as the word « nov »)."""
    if following is None or not words.endswith(when := data["bar_dates"][following]):
        return None
    return words[:len(words) - len(when)].rstrip(), data["bar_said"][following], when


def _year(data: dict, did: str) -> str:
    """The year of the dated deadline ``did`` (page data « ends », or the registration's closing in « key_dates »), as
    the notice writes it (its own time)."""
    ends = {d["id"]: d["end"] for d in data["key_dates"] if d["end"]} | data["ends"]
    return ends[did][:4]


def _pieces_line(texts: InterfaceFile, data: dict, result: dict, following: str | None,
                 passed: Collection[str] = frozenset()) -> tuple[str, str, str] | None:
    """The bar's line under its next date (``following``) giving the date of the pieces counted above, when they are
    not all due at that date (review67 L2: « 4 pièces » over « Clôture : 15 nov. 2023 à 17 h 00 (Paris) » read as due at
    the closing, Toulouse 2024's being due on 22 November): (what it closes, the date whole as a screen reader is given
    it: page data « bar_said », the date shown: « bar_days » without its year when the line above says the same year,
    else « bar_pieces », both without an hour the notice does not give, which the list says); the pieces' deadline not dated by the notice, or several of them (pieces with their own:
    Nantes 2026's attestations), (words without a date, "", ""): the list gives them. None with no next date, no piece
    counted, or every piece due at the next date. Their date over (``passed``: the ids of the dates over, the build's day
    or a later moment's, as the list's; only under a next date after it, a date of the candidate's own such as an
    exam-adjustment request due after the pieces), its two forms said passed in the list's words (« 22 nov. — date
    passée », ``text.past_words``), as the list's lines of that date. As checklist.js: piecesLine."""
    if following is None or not result["documents"]:
        return None
    due = list(dict.fromkeys(doc["deadline"] for doc in result["documents"]))
    if due == [following]:
        return None
    if len(due) > 1:
        # (the next date one of theirs: the others', bar69)
        return texts.text("checklist_page.summary_pieces_others" if following in due else "checklist_page.summary_pieces_several"), "", ""
    if due[0] not in data["bar_dates"]:
        return texts.text("checklist_page.summary_pieces_undated"), "", ""
    did = due[0]
    short = data["bar_days"][did] if _year(data, did) == _year(data, following) else data["bar_pieces"][did]
    words = texts.text("checklist_page.summary_pieces", date=short)
    what, said = words[:len(words) - len(short)].rstrip(), data["bar_said"][did]
    if did in passed:
        return what, _fr(past_words(texts, said)), _fr(past_words(texts, short))
    return what, said, short


def _past_at(data: dict, result: dict, moment: dt.datetime) -> bool:
    """The bar's count says the pieces « demandées » at ``moment`` (an instant), by checklist.js's datesPast: every date
    of the notice over (its last instant in page data « over » reached), or none of the candidate's ahead, all passed or
    passed so far (``_bar_at``); the list's title says it then too (``documents_title_past``; walk67b L1)."""
    over = {did: dt.datetime.fromisoformat(iso) for did, iso in data["over"].items()}
    if over and max(over.values()) <= moment:
        return True
    dates = [(d["id"], d["end"]) for d in data["key_dates"] if d["deadline"] and d["end"]]
    dates += [(d["id"], d["end"]) for d in own_deadlines(result, data["key_dates"])]
    future = [did for did, iso in dates if over[did] > moment]
    return not future and bool(dates)


def _documents_past_at(data: dict, result: dict, timezone: str, today: dt.date | None, past: bool) -> str:
    """The instant, of page data « over » after the start of the build's day, from which the list's title says its pieces
    « demandées » (``_past_at``), as the bar's count (``_bar_later``); "" when the build already says it (``past``),
    without a build's day, or never. past.js shows the title's words for then from that instant (data-bts-from-at)."""
    if today is None or past:
        return ""
    moments = _moments_after(data, today, timezone)
    return next((moment.isoformat() for moment in moments if _past_at(data, result, moment)), "")


def _bar_later(texts: InterfaceFile, data: dict, result: dict, timezone: str, today: dt.date | None, partial: bool,
               built: tuple) -> tuple[tuple[str, str, str, str, tuple[str, str, str] | None, tuple[str, str, str] | None], ...]:
    """What the build's bar says from each later moment its words change (``ChecklistView.summary_later``): at each
    instant of page data « over » after the start of the build's day, the words then (``_bar_at``), kept where they
    differ from the words before (``built``: the build's own, next date, count and pieces' line), with the next date's
    words split for a screen reader (``_bar_at_said``) and the pieces' line then (``_pieces_line``). None without a
    build's day."""
    if today is None:
        return ()
    moments = _moments_after(data, today, timezone)
    changes: list[list] = []
    said = built
    for moment in moments:
        *words, following = _bar_at(texts, data, result, moment, partial)
        over = {did for did, iso in data["over"].items() if dt.datetime.fromisoformat(iso) <= moment}
        words = (*words, _pieces_line(texts, data, result, following, over))
        if words != said:
            changes.append([moment.isoformat(), "", *words[:2], _bar_at_said(data, words[0], following), words[2]])
            said = words
    for change, after in zip(changes, changes[1:]):
        change[1] = after[0]
    return tuple(tuple(change) for change in changes)


def passed_key(data: dict, result: dict) -> tuple[str, int]:
    """The bar's words once every one of the candidate's dates passed, and their count: « Toutes les dates limites sont
    passées. », or, when the notice does not date the closing (no closing in page data « over »: Nantes 2026), that
    their dates passed and the closing is not dated (read60 M3: « Toutes les dates limites … » above the list's
    « Clôture … : date non précisée par la notice » read as the undated closing passed), or, when the notice does not
    date one of the candidate's (a key date, or their own, ``own_deadlines``), their dates passed save those, counted
    (read61 M1: Aix-Marseille 2023's rare-language attestation, « date non précisée par la notice » in the list under
    « Toutes les dates limites sont passées. »); the closing not dated and one of the candidate's not dated either, the
    two counted so (read63 M1: Nantes 2026's positioning decision, « … ; clôture non datée. » said the closing alone
    undated); a piece whose date passed but that the notice lets be deposited later without a date (``late_deposit``:
    the list says « … à une date non précisée par la notice ») counted as one not dated (phone62 M1: Toulouse 2024's
    R408 attestation under « Toutes les dates limites sont passées. »). As checklist.js: passedWords."""
    own = [d for d in own_deadlines(result, data["key_dates"], undated=True) if not d["end"]]
    undated_ids = {d["id"] for d in data["key_dates"] if d["deadline"] and not d["end"]} | {d["id"] for d in own}
    # (its own date already counted when the notice does not date it)
    own += [doc for doc in result["documents"] if doc["late_deposit"] and doc["deadline"] not in undated_ids]
    if "registration_closing" not in data["over"] and not own:
        return "checklist_page.summary_passed_undated", 0
    undated = [d for d in data["key_dates"] if d["deadline"] and not d["end"]] + own
    return ("checklist_page.summary_passed_undated_own", len(undated)) if undated else ("checklist_page.summary_passed", 0)


def _passed_words(texts: InterfaceFile, data: dict, result: dict) -> str:
    """``passed_key``'s words."""
    key, count = passed_key(data, result)
    return texts.text(key, count=count) if count else texts.text(key)


def _summary_next(texts: InterfaceFile, following: str | None, known: bool, result: dict, data: dict, waiting: bool = False,
                  over: bool = False) -> tuple[str, tuple[str, str, str] | None]:
    """The phone bar's next deadline in words (``_next_deadline``), and when it is one piece's own, those words split
    around the piece's label (``ChecklistView.summary_next_piece``). A piece's own deadline names its piece (no piece
    has a shorter name than its label: the label, cut in its middle on one line by the page, its end kept: the words
    that tell such pieces apart, « … (R408) »); several pieces due then are counted
    (« Date limite de 2 de vos pièces »), the list one tap away. None ahead: every date passed (``known``), or, when a
    piece that still depends on an answer is due later (``waiting``: ``_dates_passed_so_far``), the candidate's dates
    passed as far as their answers go (review73 M4: Toulouse 2024 with no answer said no date at all from 23 November
    to 15 January); in the build's words, which the page keeps without the checklist's script, where no answer can be
    given (« summary_passed_pending_unanswered », not « … à ce stade de vos réponses »: phone61 L6; the script, which
    replaces them, says its own). Once the session is over (``over``: « Session passée » on the page), those dates are
    history: the bar says the session past, never that they passed « à ce stade » (phone74: Toulouse 2024 and
    Aix-Marseille 2023, their R408 or rare-language attestation not dated or deposited later, said so years after).
    As checklist.js: summarize."""
    if following is None:
        if waiting and over:
            return texts.text("checklist_page.summary_session_over"), None
        return (_passed_words(texts, data, result) if known else texts.text("checklist_page.summary_passed_pending_unanswered") if waiting else ""), None
    # (the date short, on one line: the list, one tap away, says it whole; phone55 M1)
    date = data["bar_dates"][following]
    key = next_deadline_key(following, result)
    if key != "summary_next_piece":
        return texts.text(f"checklist_page.{key}", date=date), None
    pieces = next_deadline_pieces(following, result, data["key_dates"])
    if len(pieces) != 1:
        return texts.text("checklist_page.summary_next_pieces", count=len(pieces), date=date), None
    label = _fr(pieces[0]["label"])
    # (French typography on the sentence, around the label's place: « … (R408) : au plus tard … », no-break space kept)
    before, after = typography(texts.text("checklist_page.summary_next_piece", piece="\0", date=date)).split("\0")
    start, end = piece_parts(label)
    return before + label + after, (before, start, end, after)


def partial_list(ruleset: dict, result: dict, texts) -> bool:
    """The candidate's list is known not to be whole (the bar's « pièces connues…, liste incomplète »; checklist.js:
    partialFor): the notice does not give its whole list (``partial_list_words``), or a warning told them says a piece
    of theirs is missing from it (``unlisted_piece``: Nantes 2026's dispensation by VAE, phone51 L9)."""
    return partial_list_words(ruleset, texts) is not None or any(w.get("unlisted_piece") for w in result["warnings"])


def _documents_words(texts, past: bool, partial: bool, count: int) -> str:
    """The number of pieces in words on the bar (checklist.js: documentsWords): asked once the dates are over
    (``past``: the notice's all over, or the bar saying all the candidate's passed), not « à déposer » (phone49 L7); known only when the notice does not give its whole list (phone48 L4), never « Au moins 0 »:
    with no piece known, only that the list is incomplete (review67 L6)."""
    if partial and not count:
        return texts.text("checklist_page.summary_documents_partial_none")
    if past:
        return texts.text("checklist_page.summary_documents_past_partial" if partial else "checklist_page.summary_documents_past", count=count)
    return texts.text("checklist_page.summary_documents_partial" if partial else "checklist_page.summary_documents", count=count)


def _current(notice: Notice, newest: SessionRef | None) -> Current | None:
    """Links to the academy's most recent session, from this page, when it is newer."""
    if newest is None or newest.year <= notice.year:
        return None
    return Current(newest.year, f"../../{newest.year}/", f"../../{newest.year}/liste-personnalisee/")


def _routing_box(notice: Notice, routing: Routing | None) -> RoutingBox | None:
    """The notice page's routing box, its links from the checklist page (raw HTML: addresses, not Markdown files)."""
    if routing is None:
        return None
    if routing.notice is not None:
        words = notice.texts.text(routing.link_key, year=routing.notice.year)
        return RoutingBox(routing.title_key, routing.text_key, f"../../{routing.notice.year}/", words, routing.who)
    if routing.website:
        return RoutingBox(routing.title_key, routing.text_key, routing.website, address_words(routing.website))
    return RoutingBox(routing.title_key, routing.text_key, None, None)


def _routing_for_ask(notice: Notice, box: RoutingBox | None) -> dict | None:
    """An establishments' notice: its routing box's words (« {link} » kept), where a candidate whose situation it does
    not name reads (answer.py and checklist.js, the « not listed » block: said at the answer, not only at the top)."""
    if box is None or notice.session.session.audience != "establishment":
        return None
    text = notice.texts.text(box.text_key, link="{link}")
    return {"text": _fr(text), "href": box.href, "words": _fr(box.words) if box.words else None}


def checklist_view(
    notice: Notice, content: ChecklistFile, elsewhere: dict | None = None, *, today: dt.date | None = None, newest: SessionRef | None = None,
    routing: Routing | None = None, others: SessionRef | None = None, names: dict[str, str] | None = None, readers: str | None = None,
    header: str | None = None, header_titles: tuple[str, ...] = (),
) -> ChecklistView:
    """The checklist page's view model: the form's questions, the page's texts, the JSON block, the first answer.

    ``elsewhere``: the departments of other academies and where their candidates go (``directory.department_hints``);
    ``today``: the day of the build (« session passée », next deadline of the summary bar);
    ``newest``: the academy's most recent session for the notice's audience (linked from a past session's page;
    without a newer one, the page points to the academy's site);
    ``routing``: a notice for one audience, where the other reads (``notice_view.routing_view``);
    ``others``: the guide's newer session for the other audience when none for this one's (``Directory.newer_for_others``);
    ``names``: every department of the national table and its name (``directory.department_names``), for a department
    typed by its name;
    ``readers``: whose the notice is where the academy's notices are for different readers (``pages.readers_words``:
    « établissements »), said in the page's title and heading as in the menu (phone55 L2); ``header``: the phone's
    header's words for the page, shorter than the menu's (front matter « bts_header »: site_overrides/partials/header.html);
    ``header_titles``: the top bar's words, longest first, that site_overrides/assets/menu.js chooses from (the longest
    that fits in the bar: a title whole, never one cut by the bar's two lines).
    """
    ui = _ui(notice)
    ruleset = _compiled(notice, content)
    # The engine's answer for no answer at all: the questions shown before any script runs, and
    # the answer shown before the engine has booted in the browser.
    initial = engine.evaluate(ruleset, {})
    shown = set(initial["questions"]) & set(initial["asked"])
    # the questions of the ruleset: those a rule of the session reads (compile_ruleset), never one whose answer changes nothing
    kept = {q["id"] for q in ruleset["questions"]}
    questions = sorted(
        ((qid, q) for qid, q in notice.questions.items() if q.kind != "derived" and qid in kept),
        key=lambda item: (item[1].order, item[0]),
    )
    fields = (_field(notice, qid, q, qid in shown, qid in initial["contact_questions"]) for qid, q in questions)
    academy_of = of(notice.academy.name, notice.texts)
    data = _page_data(notice, ui, ruleset, elsewhere, names)
    box = _routing_box(notice, routing)
    data["ask"]["routing"] = _routing_for_ask(notice, box)
    texts = notice.texts
    title = (texts.text("checklist_page.title_for", academy_of=academy_of, year=str(notice.year), readers=readers) if readers
             else texts.text("checklist_page.title", academy_of=academy_of, year=str(notice.year)))
    last = last_date(notice)
    switch = closing_switch(notice, today)
    pyodide = TO_ROOT + pyodide_dir()
    # The checklist's script, from the <head>, and the files it starts the engine with.
    boot = {
        "script": f"{TO_ROOT}assets/checklist/checklist.js?v={_version(SCRIPT.read_text(encoding='utf-8'))}",
        "pyodide": pyodide,
        # The standard library Pyodide boots with: trimmed to what the checklist uses, compiled in advance.
        "stdlib": pyodide + stdlib.file_name(),
        # Linked from the <head> (site_overrides/partials/javascripts/base.html), before the theme's blocking
        # script: asked for with the theme's stylesheets, so that it does not hold the first paint.
        "stylesheet": f"{TO_ROOT}assets/checklist/checklist.css",
        # In the page's folder: controlled by the page's one service-worker registration (offline use).
        "worker": f"worker.js?v={_version(WORKER.read_text(encoding='utf-8'))}",
        # Named by their content (?v=), as the script and the worker: the service worker serves such a URL
        # from its cache first, so a page never runs with an engine or a ruleset of another build
        # (bts-checklist-sw.js), and a returning visit does not wait for the network for them.
        "engine": f"{TO_NOTICE}{ASSET_DIR}/engine.py?v={_version(ENGINE.read_text(encoding='utf-8'))}",
        "ruleset": f"{TO_NOTICE}{ASSET_DIR}/ruleset.json?v={_version(_compact(ruleset))}",
        "service-worker": TO_ROOT + "bts-checklist-sw.js",
    }
    closed = switch is not None and switch.now
    passed = passed_dates(notice, ruleset, today)

    def answer_of(result: dict) -> AnswerView:
        return answer_view(notice, ruleset, result, data["key_dates"], data["dates"], data["forms"], data["elsewhere"], data["ask"], names,
                           closed=closed, passed=passed)

    view = ChecklistView(
        title=title,
        title_whole=notice.academy.name,
        year=notice.year,
        academy_of=_fr(academy_of),
        ui={key: _fr(value) for key, value in ui.items()},
        fields=tuple(f for f in fields if f is not None),
        data=data,
        to_notice=TO_NOTICE,
        to_root=TO_ROOT,
        asset_dir=ASSET_DIR,
        pyodide=pyodide,
        answer=answer_of(initial),
        **_bar(notice, ruleset, data, initial, today),
        past=today is not None and session_over(notice, today),
        session_end=session_end(notice).isoformat(),
        dates_end=last.date().isoformat() if last is not None else None,
        dates_over=today is not None and dates_over(notice, today),
        timezone=notice.tz,
        current=_current(notice, newest),
        website=given(notice.academy.website),
        others=(texts.text(NOTICE_LINK_KEYS[others.audience], year=others.year), f"../../{others.year}/") if others else None,
        routing=box,
        closed=closed_view(notice, today),
        closing=switch,
        front_matter={"hide": ["toc"], "bts_checklist": boot, **({"bts_header": _fr(header)} if header else {})},
        header_titles=tuple(_fr(words) for words in header_titles),
    )
    return replace(view, variants=_department_variants(notice, ruleset, data, today, view, answer_of))


def department_answer(ruleset: dict, code: str) -> dict:
    """The engine's answer for the address ``#department=<code>`` and no other answer, as the page's worker computes it
    for an address's answers (worker.js ``_evaluate`` given: ``evaluate_given``, its « unasked »)."""
    answers = {"department": code}
    result = engine.evaluate_given(ruleset, answers)
    counted = engine.normalise(ruleset, answers)
    result["unasked"] = [qid for qid in result["dropped"] if qid in counted]
    return result


def _department_variants(notice: Notice, ruleset: dict, data: dict, today: dt.date | None, view: ChecklistView,
                         answer_of) -> tuple[tuple[tuple[str, ...], ChecklistView], ...]:
    """The answer and bar for each department of the academy given alone in the address (``department_answer``: the
    home page's finder carries it through the notice, phone64 M1: those candidates saw « Calcul de votre liste en
    cours… » and no list until the engine answered), the departments whose views are the same together, in the
    academy's order: checklist.js shows the one for the address's department at first paint (issue 9 deliverable 8).

    Each view without the department's echo in « Vos réponses » (``_echo_left_out``): the views of an academy's
    departments differed by that printed line only, each department had its own (Toulouse 2024: 8 templates of ~25 KB,
    the page 142 → 355 KB of HTML every phone parses); checklist.js writes it for the address's department (variants65)."""
    variants: list[tuple[list[str], ChecklistView]] = []
    if "department" not in {q["id"] for q in ruleset["questions"]}:
        return ()
    for department in notice.academy.departments:
        result = department_answer(ruleset, department.code)
        if result["problems"] or result["dropped"]:
            continue
        variant = _echo_left_out(replace(view, answer=answer_of(result), **_bar(notice, ruleset, data, result, today)))
        same = next((codes for codes, other in variants if other == variant), None)
        if same is not None:
            same.append(department.code)
        else:
            variants.append(([department.code], variant))
    return tuple((tuple(codes), variant) for codes, variant in variants)


def _echo_left_out(view: ChecklistView) -> ChecklistView:
    """``view`` with the department's line of « Vos réponses » (printed only) without its words: its item stays, empty,
    and checklist.js builtFor writes it for the address's department, in the words its list of the engine's answer
    writes (answersBlock: « « Dans quel département résidez-vous ? » : 09 (Ariège) », from the page data's names), so
    that one built answer serves every department whose answer is the same but for that line. Every other difference
    (a standing that sends one department elsewhere, a piece, a date, the bar) keeps its own."""
    answers = tuple(replace(line, text="") if line.value == "department" else line for line in view.answer.answers)
    return replace(view, answer=replace(view.answer, answers=answers))


def documents_past(notice: Notice, following: str | None, dated: bool, today: dt.date | None) -> bool:
    """The pieces « demandées », no longer « à déposer », on ``today`` (the build's day, or the command line's
    BTS_GUIDE_TODAY): every date of the notice over (words.dates_over, the marker .bts-dates-over), or none of the
    candidate's dates ahead (``following``: ``_next_deadline``'s first) when they have dated ones (``dated``: all passed, or
    passed so far, ``_dates_passed_so_far``). The one decision for the bar's count, the list's title and the command
    line's (walk67b L1); checklist.js: datesPast."""
    return today is not None and (dates_over(notice, today) or (following is None and dated))


def documents_past_on(notice: Notice, ruleset: dict, result: dict, today: dt.date | None) -> bool:
    """``documents_past`` for the engine's answer ``result`` on ``today``, from the ruleset alone (the command line)."""
    key_dates = _key_dates({"registration_closing": ""}, ruleset)
    ends = {d["id"]: d["end"] for d in ruleset["deadlines"] if d["end"]}
    following, known = _next_deadline(key_dates, result, today, ends)
    return documents_past(notice, following, known or _dates_passed_so_far(following, known, key_dates, result), today)


def _bar(notice: Notice, ruleset: dict, data: dict, result: dict, today: dt.date | None) -> dict:
    """The phone's summary bar's fields of ``ChecklistView`` (summary_…) for the engine's answer ``result``, as of the
    build's day ``today``."""
    texts = notice.texts
    following, known = _next_deadline(data["key_dates"], result, today, data["ends"])
    waiting = _dates_passed_so_far(following, known, data["key_dates"], result)
    summary_next, named = _summary_next(texts, following, known, result, data, waiting,
                                        over=today is not None and session_over(notice, today))
    # (the bar's words end with their date, as content/interface.yaml writes them; words after it: the line as before,
    # the date not kept apart)
    when = data["bar_dates"][following] if following is not None else ""
    if not summary_next.endswith(when):
        when = ""
    # (« demandées » once every date of the notice is over, or from when the bar says every one of the candidate's
    # passed, or passed so far: the pieces counted are all past their date; checklist.js datesPast)
    partial = partial_list(ruleset, result, texts)
    past = documents_past(notice, following, known or waiting, today)
    summary_documents = _documents_words(texts, past, partial, len(result["documents"]))
    pieces = _pieces_line(texts, data, result, following, passed_dates(notice, ruleset, today))
    return {
        "documents_past": past,
        "documents_past_at": _documents_past_at(data, result, notice.tz, today, past),
        "summary_documents": summary_documents,
        "summary_next": summary_next,
        "summary_next_piece": named,
        "summary_next_when": when,
        "summary_next_said": data["bar_said"][following] if when else "",
        "summary_next_closing": following == "registration_closing" and bool(when),
        "summary_next_over": data["over"][following] if following not in (None, "registration_closing") and when else "",
        "summary_pieces": pieces,
        "summary_later": _bar_later(texts, data, result, notice.tz, today, partial, (summary_next, summary_documents, pieces)),
    }


def checklist_page(
    notice: Notice, content: ChecklistFile, *, elsewhere: dict | None = None, today: dt.date | None = None, newest: SessionRef | None = None,
    routing: Routing | None = None, others: SessionRef | None = None, names: dict[str, str] | None = None, readers: str | None = None,
    header: str | None = None, header_titles: tuple[str, ...] = (),
) -> str:
    """The Markdown body of the notice's checklist page (``content``: content/checklist.yaml, already loaded;
    ``elsewhere``, ``today``, ``newest``, ``routing``, ``others``, ``names``, ``readers``, ``header``: see ``checklist_view``)."""
    view = checklist_view(notice, content, elsewhere, today=today, newest=newest, routing=routing, others=others, names=names,
                          readers=readers, header=header, header_titles=header_titles)
    return render_checklist(view, notice.texts)


def render_checklist(view: ChecklistView, texts: InterfaceFile) -> str:
    """The page of a checklist view model: its front matter (the <title>, the theme's options, the files
    of the <head>), its title (Markdown), then the form and the first answer (HTML)."""
    form = render_html(_HTML, "checklist.html.j2", texts, page=view)
    return render_markdown(_MARKDOWN, "checklist.md.j2", texts, title=view.title, title_whole=view.title_whole, front_matter=view.front_matter,
                           form=Markup(form))


def checklist_assets(notice: Notice, content: ChecklistFile) -> dict[str, str]:
    """Files the page loads, relative to the notice's folder: the ruleset, the engine source, and the
    engine's worker in the page's own folder."""
    return {
        f"{ASSET_DIR}/ruleset.json": ruleset_json_compact(notice, content),
        f"{ASSET_DIR}/engine.py": ENGINE.read_text(encoding="utf-8"),
        f"{PAGE_DIR}/worker.js": WORKER.read_text(encoding="utf-8"),
    }


def ruleset_json_compact(notice: Notice, content: ChecklistFile) -> str:
    """The ruleset as deterministic, compact JSON (the same value as ``compile.ruleset_json``)."""
    return _compact(_compiled(notice, content))


def _compiled(notice: Notice, content: ChecklistFile) -> dict:
    """The notice's ruleset, compiled once for its page, its ruleset.json and the rules' coverage (speed56, speed57:
    ``compile.compiled_ruleset``)."""
    return compiled_ruleset(notice, content)


def _compact(ruleset: dict) -> str:
    return json.dumps(ruleset, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _version(text: str) -> str:
    """A short name of a file's content, for its URL."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def pyodide_files(root: Path | None = None) -> dict[str, Path]:
    """Site path → file to copy: self-hosted Pyodide (from node_modules/pyodide), loaded by the worker, and
    the standard library it boots with (``stdlib.built``: made now if its cache does not hold it)."""
    base = (root or ROOT) / "node_modules" / "pyodide"
    files = {f"{pyodide_dir(root)}{name}": base / name for name in PYODIDE_FILES}
    files[pyodide_dir(root) + stdlib.file_name(root)] = stdlib.built(root)
    return files
