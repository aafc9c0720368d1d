"""``python -m generator new-session``: next year's session file, prepared from the latest one.

The new file is the previous one, text edited in place so that its comments,
quoted words and layout stay as staff wrote them:

- ``session.year`` is the new year; every date (``Date`` and ``Moment`` fields:
  opening, closing, deadlines, the notice's date, the age reference date) is
  moved by the years between the two sessions, the day of the month kept (the
  weekday is derived from the date by the site, so it follows by itself); a time
  that falls in a change of clocks is made valid and said so;
- ``session.checked`` (when staff last checked the file on its notice) is removed:
  nobody has checked the new one yet;
- what usually changes from one notice to the next gets a ``verify:`` line
  (``generator.staff.drafts``), each saying what to check and why (``YEARLY``):
  the session's own record (title, date, reference, source and address of the
  notice, registration dates), each deadline (its date moved), each contact,
  each section that carries over (documents, steps, links, forms, topics, R408…:
  marked once, at its first item, to be checked as a whole), and every record
  whose texts a candidate reads quote a date or a year of the previous session's
  cycle (``stale_words``: the notice's words, the guide's reading of them, source
  notes…), each with its own line naming those words, first item of its section
  or not (review staff43 H1: a step's « MERCREDI 22 NOVEMBRE 2023 » was published
  once its section's line was gone). The words are never rewritten: the line asks
  staff, who replace them or keep them (a text's date, a past session named on
  purpose);
- the comment the previous file opens with is kept, its words of the previous
  session named on the file's own ``verify:`` line;
- the sections the previous notice did not give (« non précisé par la notice »)
  are listed on the file's own ``verify:`` line: the new notice may give them.
- the file's own ``verify:`` line is written over several lines between double quotes, one reason and one national
  text per line, read as one text (``_root_marker``); validate names its lines left alone when only its first one
  is removed (``strict_yaml._verify_left_over``).

The result is a draft: it validates (a weekday quoted by a marked record is a
thing to check, not a problem) and the site does not publish it until every
``verify:`` line is gone. Pure: text and model in, text out.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import typing
import zoneinfo
from dataclasses import dataclass, field

import yaml

from ..checks import local_offsets, minute_text
from ..model.session import GUIDE_READING, UNPUBLISHED, SessionFile, letterhead_date_forms
from ..model.values import MONTHS_FR, NOT_GIVEN, NOT_GIVEN_WORDS, NUMERIC_DATE, QUOTED_DATE, WEEKDAYS_FR, Date, Moment, format_offset
from ..schema import VERIFY, Record, yaml_fields
from .calendar import moved
from .reviewed import KEY as REVIEWED
from .session_texts import SECTION_WIDE, TEXT_DATED, candidate_texts
from .yaml_text import WIDTH, comment, quoted

YEARLY: dict[str, str] = {
    # class of the model → what to check on it, at every record of that class.
    "SessionInfo": "titre, date, référence, source et adresse de la notice, public, dates d'inscription",
    "Deadline": "date et mots de la notice",
    "Office": "coordonnées (nom, téléphones, courriels, adresse, page)",
    "Contact": "coordonnées (nom, téléphones, courriels, adresse, page), et si la notice les donne parmi ses contacts",
    "ExamAdjustment": "démarche, destinataire, application, date de la demande d'aménagement et endroit de la notice (section:)",
    "R408Notice": "liste R408 de la notice (spécialités, annexes, texte cité) et dispense",
    "EstablishmentGuide": "étapes et menus CYCLADES de la partie établissements",
}
"""What usually changes from one notice to the next, by record: each such record gets its own ``verify:`` line."""

def _weekend(old: dt.date, new: dt.date, notice: str = "la nouvelle notice") -> str:
    """What a date moved onto a Saturday or a Sunday adds to its verify: line (staffwalk60 L: the day of the month kept,
    an opening « jeudi 12 octobre 2023 » became « samedi 12 octobre 2024 » unsaid): said so, with the nearest day of
    the old date's weekday when that was a working day (a guess to check, never written in the file). ``notice``: the
    notice to check it on (``_Roller.notice``)."""
    if new.weekday() < 5:
        return ""
    said = f" ; un {WEEKDAYS_FR[new.weekday()]}, jour de week-end : à vérifier sur {notice}"
    if old.weekday() < 5:
        shift = (old.weekday() - new.weekday()) % 7
        nearest = new + dt.timedelta(days=shift if shift <= 3 else shift - 7)
        said += f" (le {WEEKDAYS_FR[old.weekday()]} le plus proche : {_day_words(nearest)})"
    return said


def _AS_WRITTEN_UNDER_SESSION(record) -> str:
    """What a session's notice says in its own words under session:, beside its dates (staffwalk58 M5: a category renamed
    in who: left categories_as_written: with the old name, printed on the PDF in its place, nothing naming it to check):
    named in that record's verify: line when the file has them."""
    if type(record).__name__ != "SessionInfo":
        return ""
    named = [name for name in ("residence", "categories_as_written") if getattr(record, name, None) is not None]
    return f", résidence et catégories de candidats dans les mots de la notice ({', '.join(n + ':' for n in named)})" if named else ""


PER_RECORD = ("session", "deadlines", "contacts")
"""Sections whose every record is checked on its own (``YEARLY``); every other section is marked once, at its
first item, to be checked as a whole (documents, steps, links, forms, topics…)."""


@dataclass
class _Edit:
    start: int
    end: int
    text: str


@dataclass
class Rolled:
    """The new file's text, and what was done (for the command's report)."""

    text: str
    moved_dates: int
    marked: int
    notes: list[str] = field(default_factory=list)
    # the notice the file is to be checked on (« la nouvelle notice », « la notice de la session 2025 »: _Roller.notice),
    # which the command's « Étapes suivantes » names too
    notice: str = "la nouvelle notice"


_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")


def _day_words(day: dt.date) -> str:
    return f"{WEEKDAYS_FR[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


class _Nodes:
    """The composed nodes of the file, found by their position (1-based line and column, as the model keeps them)."""

    def __init__(self, text: str):
        root = yaml.compose(text, Loader=yaml.SafeLoader)  # (the file validated: one plain document)
        self.root = root
        self.by_start: dict[tuple[int, int], list[yaml.Node]] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            self.by_start.setdefault((node.start_mark.line + 1, node.start_mark.column + 1), []).append(node)
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    stack += [key, value]
            elif isinstance(node, yaml.SequenceNode):
                stack += node.value

    def find(self, location, kind: type) -> yaml.Node | None:
        if location is None:
            return None
        return next((n for n in self.by_start.get((location.line, location.column), ()) if isinstance(n, kind)), None)


# A day of the month written alone where a date is meant (« avant le 12 », « le vendredi 12 », « jusqu'au 12 », « du 12 »,
# « À PARTIR DU 1er »): the words before it say a date, no month follows it (« 12 décembre » is a date
# ``QUOTED_DATE`` reads), nor figures (« 12/12/2025 »), a time (« le 12 h ») or a letter (« le 2e ») ; not « au 12 »
# alone (an address: « au 12 rue … »).
# Groups: the words, the day.
BARE_DAY = re.compile(
    r"(?<![\w'’])((?:(?:avant|après|dès|depuis|pour|d['’]ici|à\s+partir|au\s+plus\s+tard)\s+)?"
    r"(?:jusqu['’]au|les?|du)\s+(?:(?:" + "|".join(WEEKDAYS_FR) + r")\s+)?([0-9]{1,2})(?:er)?)"
    r"(?![0-9]|[/.:,-][0-9]|[^\W\d_])(?!\s*(?:h\b|heures?\b|%|(?:" + "|".join(MONTHS_FR) + r")\b))",
    re.IGNORECASE,
)

DATED_TEXTS: dict[tuple[str, str], tuple[str, ...]] = {
    # (class of the model, text field) → the date fields that text speaks of
    ("Deadline", "words"): ("at",),
    ("Deadline", "note"): ("at",),
    ("Deadline", "as_written"): ("at",),
    ("SessionInfo", "dates_note"): ("opening", "closing"),
    ("SessionInfo", "age_reference_note"): ("age_reference_date",),
}
"""The texts that speak of a record's own date: when new-session moves that date, a day written alone in them (« avant le
12 », ``BARE_DAY``) is named too, as a date of the previous notice (a staff walk, stop 44 L3: « lu seul, « avant le 12 »
exclurait ce jour » was published after the date had become the 11th)."""


def stale_words(text: str, source: int, days: typing.Collection[int] = ()) -> tuple[list[str], list[str]]:
    """The previous session's words a text quotes, as written (spaces made single), each once: (the words to replace,
    the dates of official texts it cites).

    - each date of the previous session's cycle, in words or in figures (« MERCREDI 22 NOVEMBRE 2023 », « 15/01/2024 »):
      a date of the session's year or the year before it, or a day and month without a year (« 19 novembre »: the
      notice's year is implied);
    - each of those two years written alone, with the word before it (« JUIN 2023 », « en 2024 », « session 2024 »,
      « année 2023-2024 »): the session of a candidate number, the year of marks kept…

    - with ``days`` (the days of the month of the previous session's dates the text speaks of, moved), each of those days
      written alone where a date is meant (``BARE_DAY``: « avant le 12 », « le vendredi 12 »).

    A date right after the name of an official text (« arrêté du 13 juillet 2023 ») is listed apart: the new notice
    may cite the same text. Nothing here says the words are wrong: a past session may be named on purpose (marks
    kept from « la session 2023 »); the verify: line asks staff, who keep or replace them."""

    years = (source - 1, source)
    found: list[tuple[int, bool, str]] = []  # (where in the text, a cited text's date, the words)
    taken: list[tuple[int, int]] = []

    def add(match, shown_from: int | None = None) -> None:
        start = match.start() if shown_from is None else shown_from
        cited = shown_from is None and TEXT_DATED.search(text[:start][-40:]) is not None
        found.append((start, cited, " ".join(text[start:match.end()].split())))
        taken.append((match.start(), match.end()))

    for m in QUOTED_DATE.finditer(text):
        if m.group(3) is None or int(m.group(3)) in years:
            add(m)
    for m in NUMERIC_DATE.finditer(text):
        if int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0) in years:
            add(m)
    for m in BARE_DAY.finditer(text):
        if int(m.group(2)) in days and not any(start < m.end() and m.start() < end for start, end in taken):
            add(m)
    for m in re.finditer(r"(?<![0-9])(" + "|".join(map(str, years)) + r")(?:[-/][0-9]{4})?(?![0-9])", text):
        if any(start <= m.start() < end for start, end in taken):
            continue  # (the year of a date already named, or the second year of « 2023-2024 »)
        before = re.search(r"([^\W\d_]+['’]?)[ \t\n\u00a0]*$", text[: m.start()])
        add(m, before.start(1) if before and m.start() - before.start(1) <= 40 else m.start())
    found.sort()
    return (list(dict.fromkeys(w for _, cited, w in found if not cited)), list(dict.fromkeys(w for _, cited, w in found if cited)))


def letterhead_date_spans(text: str, old: dt.date, new: dt.date) -> list[tuple[int, int, str]]:
    """Where ``text`` (a letterhead as the file writes it) gives the date ``old`` in a form validate reads
    (``model.session.letterhead_date_forms``: « 16 octobre 2023 », « 1er décembre 2023 », « 16/10/2023 », a weekday
    before it or not), and that date written ``new`` in the same form (same zeros, same separator, « 1er », a weekday
    only if one was there): (start, end, replacement) in ``text``. Figures with two different separators
    (« 16/10.2023 ») are left as written."""
    in_words, in_figures = letterhead_date_forms(old)

    def day_as(written: str, day: int) -> str:
        return f"{day:02d}" if written.startswith("0") and len(written) == 2 else str(day)

    def weekday_as(written: str | None, space: str | None) -> str:
        if not written:
            return ""
        name = WEEKDAYS_FR[new.weekday()]
        return (name.capitalize() if written[:1].isupper() else name) + space

    spans = []
    for m in in_words.finditer(text):
        suffix = m.group(4) if new.day == 1 else ""
        spans.append((m.start(), m.end(), f"{weekday_as(m.group(1), m.group(2))}{day_as(m.group(3), new.day)}{suffix}"
                                          f"{m.group(5)}{m.group(6)}{m.group(7)}{new.year}"))
    for m in in_figures.finditer(text):
        if m.group(4) != m.group(6):
            continue
        spans.append((m.start(), m.end(), f"{weekday_as(m.group(1), m.group(2))}{day_as(m.group(3), new.day)}{m.group(4)}"
                                          f"{day_as(m.group(5), new.month)}{m.group(4)}{new.year}"))
    return sorted(spans)


def _is_date(words: str) -> bool:
    """Words ``stale_words`` found as a date (not a year alone): a day alone (« avant le 12 ») is one."""
    return any(pattern.fullmatch(words) is not None for pattern in (QUOTED_DATE, NUMERIC_DATE, BARE_DAY))


def _shown(words) -> str:
    """Words of a notice, each between « », all of them (staff look for each in the file)."""
    return ", ".join(f"« {w} »" for w in words)


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [t for item in value if isinstance(item, (str, tuple, list)) for t in _texts(item)]
    if isinstance(value, dict):
        return [t for item in value.values() if isinstance(item, (str, tuple, list)) for t in _texts(item)]
    return []


class _Roller:
    def __init__(self, text: str, session: SessionFile, source: int, year: int, timezone: str, today: dt.date,
                 cited: tuple[str, ...] = (), slug: str = "", vae_office: bool = False, archive: bool = False):
        self.text, self.session, self.source, self.year = text, session, source, year
        # the notice each verify: line says to check on: « la nouvelle notice », but for a session written to archive
        # its notice (a past session, or one before the latest: new-session --force), whose notice is not new, « la
        # notice de la session 2025 » (staff70 item 3)
        self.notice = f"la notice de la session {year}" if archive else "la nouvelle notice"
        self.new_one = self.notice if archive else "la nouvelle"
        self.vae_office = vae_office  # (academy.yaml gives a VAE service, and the session's who: counts VAE candidates)
        self.cited, self.slug = cited, slug
        self.zone = zoneinfo.ZoneInfo(timezone)
        self.today = today
        self.nodes = _Nodes(text)
        self.edits: list[_Edit] = []
        self.reasons: dict[int, tuple[Record, list[str]]] = {}
        self.moved = 0
        self.notes: list[str] = []
        self.letterheads: set[int] = set()  # the records whose letterhead's date was moved (its words said with it)
        self.moved_days: dict[int, dict[str, int]] = {}  # by record: its dates moved, by field, their day of the month before

    # ---------------------------------------------------------------- what to mark

    def mark(self, record: Record, reason: str) -> None:
        _, reasons = self.reasons.setdefault(id(record), (record, []))
        if reason not in reasons:
            reasons.append(reason)

    def walk(self, record: Record) -> None:
        """Dates moved, records that usually change (the texts quoting the previous session: ``stale``)."""
        kind = type(record).__name__
        if kind in YEARLY:
            self.mark(record, f"{YEARLY[kind]}{_AS_WRITTEN_UNDER_SESSION(record)} : ceux de la session {self.source}")
        hints = typing.get_type_hints(type(record))
        for f in yaml_fields(type(record)):
            name = f.name
            if name == VERIFY or (record is self.session and name == REVIEWED):
                continue  # (reviewed: is dropped whole: drop_reviewed)
            if (kind, name) in UNPUBLISHED:
                continue  # (never printed, as validate's lint leaves them: session.source, a drop: reason quoting a past date)
            value = getattr(record, name)
            if name == "checked" and isinstance(value, dt.date):
                self.drop_line(record.where(name))
                continue
            if isinstance(value, Moment) or (isinstance(value, dt.date) and _is_date_field(hints[name])):
                self.move(record, name, value)
                continue
            if name == "letterhead" and isinstance(value, str) and isinstance(getattr(record, "notice_date", None), dt.date):
                rest, letterhead = self.move_letterhead_date(record, value)
                if letterhead:  # (one reason for the letterhead: its date moved, and what else it quotes of the previous notice)
                    self.letterheads.add(id(record))
                    words = [w for t in _texts(rest) for w in stale_words(t, self.source)[0]]
                    self.mark(record, letterhead + (f", et le reste de l'en-tête : mots de la notice {self.source} ({_shown(words)}), "
                                                    f"à remplacer par ceux de {self.new_one}" if words else ""))
            for item in _records(value):
                self.walk(item)

    def sections(self) -> None:
        """Each section that carries over, marked once; the file itself, with the sections the previous notice did not give."""
        unstated = []
        for f in yaml_fields(SessionFile):
            if f.name in (VERIFY, REVIEWED):
                continue
            value = getattr(self.session, f.name)
            if value is NOT_GIVEN:  # (contacts: too, which has no record to carry a line then: staffwalk53 M1)
                unstated.append(f.name)
                continue
            if f.name in PER_RECORD:
                continue
            first = next(iter(_records(value)), None)
            if first is not None:
                self.mark(first, f"{f.name} : {SECTION_WIDE.format(source=self.source)}")
        root = (
            f"fichier préparé à partir de la session {self.source} : le relire en entier sur {self.notice} (commentaires "
            "compris) et retirer en dernier cette ligne verify: entière, jusqu'à son guillemet fermant"
        )
        if unstated:
            root += f" ; rubriques « {NOT_GIVEN_WORDS} » dans la notice {self.source} : {', '.join(unstated)} — {self.notice} les donne-t-elle ?"
        # where the notice gives the parts the page ends with « Notice de l'académie — … »: its titles and numbers may
        # change; who_section: and contacts_section: are plain values, no record of their own to carry a verify: line
        # (exam_adjustment.section: is its record's, marked with it: YEARLY)
        places = [name for name in ("who_section", "contacts_section") if isinstance(getattr(self.session, name, None), str)]
        if places:
            root += (f" ; endroits de la notice {self.source} ({', '.join(f'{name}:' for name in places)}) : les titres de "
                     f"{self.notice}, ou « non précisé par la notice » si elle ne titre pas ces passages")
        # the offices academy.yaml gives every session: the new notice's contacts may change them, to be written in this
        # file (staffwalk53 M1: a new CONTACTS box, the exam office's phone, went unasked)
        if self.session.exam_office is None:
            root += (" ; contacts : le bureau des examens vient de academy.yaml (les sessions précédentes le gardent) : si "
                     f"{self.notice} lui donne d'autres coordonnées (adresse, téléphone, nom), écrire dans ce fichier un "
                     "bloc exam_office: complet, sans modifier academy.yaml")
        if self.vae_office:
            root += (" ; service de la VAE de academy.yaml : donné tant que who: compte les candidats à la VAE (situation: "
                     f"vae), catégorie à retirer de who: si {self.notice} ne les nomme plus")
        self.mark(self.session, root)

    def drop_novelty_keys(self) -> None:
        """``novelties: drop:`` names lines of the comparison with the session before the previous one: none of them is
        a line of the new comparison, and ``validate`` refuses a key it does not find (a staff walk: the next year's
        file was invalid). Its lines are made comments, under one saying why (staff may write them again)."""
        novelties = getattr(self.session, "novelties", None)
        if not isinstance(novelties, Record) or not novelties.drop:
            return
        node = self.nodes.find(novelties.where("drop"), yaml.MappingNode)
        if node is None:
            return
        key = self.text.rfind("drop:", 0, node.start_mark.index)
        column = key - (self.text.rfind("\n", 0, key) + 1)
        why = (
            f"# novelties.drop de la session {self.source}, mis en commentaire par new-session : ses clés sont des lignes "
            f"de la comparaison de la session {self.source} avec la précédente (nouvelles clés : python -m generator diff … --keys)"
        )
        pos = key
        while pos < len(self.text):
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            line = self.text[pos:end]
            content = line.lstrip(" ")
            indent = len(line) - len(content)
            if pos != key and content and indent <= column:
                break  # the next key of novelties:, or of the file
            if content:
                self.edits.append(_Edit(pos + indent, pos + indent, "# "))  # (the key's line starts at the key: indent 0)
            pos = end + 1
        # (after the key line's « # »: insertions at one place read in the reverse order of the edits, and a marker
        # inserted there later comes first)
        self.edits.append(_Edit(key, key, f"{why}\n{' ' * column}"))
        self.notes.append(f"novelties.drop mis en commentaire : ses clés étaient des lignes de la comparaison de la session {self.source}")

    def drop_reviewed(self) -> None:
        """The points « à contrôler » marked seen (``reviewed:``) were checked on the previous notice: nobody has checked
        the new one, so its points are listed again (``generator.staff.reviewed``); the key and its entries are removed."""
        if not self.session.reviewed:
            return
        for key, value in self.nodes.root.value:
            if key.value == REVIEWED and isinstance(value, yaml.SequenceNode) and value.value:
                start = self.text.rfind("\n", 0, key.start_mark.index) + 1
                last = value.value[-1].end_mark.index if value.flow_style is not True else value.end_mark.index
                end = self.text.find("\n", last - 1 if last and self.text[last - 1] == "\n" else last)
                self.edits.append(_Edit(start, len(self.text) if end < 0 else end + 1, ""))
                count = len(value.value)
                self.notes.append(
                    f"reviewed: retiré ({count} point{'s' if count > 1 else ''} à contrôler marqué{'s' if count > 1 else ''} vu{'s' if count > 1 else ''} "
                    f"sur la notice {self.source}) : validate les redonne, à revoir sur {self.notice}"
                )

    def stale(self) -> None:
        """Each record whose texts a candidate reads (``session_texts.candidate_texts``: the notice's words, the guide's
        reading of them, source notes…) quote the previous session's dates or years (``stale_words``) gets its own
        reason, naming each field and its words, whether its section is marked as a whole or not (a staff walk: a
        step's « AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023 » was published once the section's line was gone): one
        ``verify:`` line per record, each to delete once its words are the new notice's."""
        found: dict[int, tuple[Record, dict[tuple[str, tuple[str, ...]], list[str]]]] = {}
        for record, _path, name, key, text, _ in candidate_texts(self.session):
            if name == "letterhead" and id(record) in self.letterheads:
                continue  # (said with the letterhead's moved date)
            moved = self.moved_days.get(id(record), {})
            days = {moved[date] for date in DATED_TEXTS.get((type(record).__name__, name), ()) if date in moved}
            words, cited = stale_words(text, self.source, days)
            kinds = found.setdefault(id(record), (record, {}))[1]
            reading = (type(record).__name__, name) in GUIDE_READING  # (the guide's reading of the notice, not its words)
            if words:
                kinds.setdefault(("reading" if reading else "words", tuple(words)), []).append(key)
            if cited:
                kinds.setdefault(("cited", tuple(cited)), []).append(key)
        source = self.source
        for record, kinds in found.values():
            for (kind, words), keys in kinds.items():
                shown, fields = _shown(words), ", ".join(keys)
                if kind == "reading":
                    self.mark(record, f"{fields} : lecture du guide {source} ({shown}), à revoir d'après {self.notice}")
                elif kind == "words":
                    # (a year alone may name a past session on purpose: « à partir de la session 2023 »)
                    keep = "" if all(_is_date(w) for w in words) else " (ou à garder si elle les écrit encore)"
                    self.mark(record, f"{fields} : mots de la notice {source} ({shown}), à remplacer par ceux de {self.notice}{keep}")
                else:
                    self.mark(record, f"{fields} : date{'s' if len(words) > 1 else ''} de texte{'s' if len(words) > 1 else ''} "
                                      f"cité{'s' if len(words) > 1 else ''} par la notice {source} ({shown}), à garder si "
                                      f"{self.notice} cite le même texte")

    # ---------------------------------------------------------------- edits of the text

    def replace_scalar(self, location, new: str) -> yaml.Node:
        node = self.nodes.find(location, yaml.ScalarNode)
        if node is None:
            raise ValueError(f"no scalar at {location}")
        self.edits.append(_Edit(node.start_mark.index, node.end_mark.index, new))
        return node

    def drop_line(self, location) -> None:
        node = self.nodes.find(location, yaml.ScalarNode)
        start = self.text.rfind("\n", 0, node.start_mark.index) + 1
        end = self.text.find("\n", node.end_mark.index)
        self.edits.append(_Edit(start, len(self.text) if end < 0 else end + 1, ""))
        self.notes.append(f"checked: retiré (le nouveau fichier n'a pas encore été vérifié sur {self.notice})")

    def move(self, record: Record, name: str, value) -> None:
        years = self.year - self.source
        if isinstance(value, Moment):
            day = moved(value.date, years)
            new, why = self.local(value, day)
            old_day = value.date
        else:
            day, old_day, why = moved(value, years), value, ""
            new = day.isoformat()
        if day.day != old_day.day:
            why += " ; 29 février devenu 28 février"
        if name != "age_reference_date":  # (a birthday limit: any day of the week)
            why += _weekend(old_day, day, self.notice)
        self.replace_scalar(record.where(name), new)
        self.moved += 1
        self.moved_days.setdefault(id(record), {})[name] = old_day.day
        self.mark(record, f"{name} : date de la session {self.source} reportée ({_day_words(old_day)} → {_day_words(day)}){why}")

    def move_letterhead_date(self, record: Record, value: str) -> tuple[str, str | None]:
        """The previous notice's date in the letterhead (« Nantes, le 16 octobre 2023 ») moved as notice_date is, in
        the form it is written in (``letterhead_date_spans``): validate requires the letterhead to give notice_date's
        date, and the PDF prints it. Said on the record's verify: line (the new date is notice_date's, a date of the
        previous session moved, to check on the new notice). A letterhead that does not write that date in a form
        known is left as it is: validate then lists the difference as one more thing to check in the draft.
        Returns the letterhead's text without the moved dates (for the other quotes of the previous notice), and the
        reason to write on the record's verify: line (None: nothing moved)."""
        old = record.notice_date
        new = moved(old, self.year - self.source)
        node = self.nodes.find(record.where("letterhead"), yaml.ScalarNode)
        if node is None:
            return value, None
        start = node.start_mark.index
        written = self.text[start:node.end_mark.index]
        spans = letterhead_date_spans(written, old, new)
        if not spans:
            return value, None
        shown = []
        for begin, end, replacement in spans:
            self.edits.append(_Edit(start + begin, start + end, replacement))
            before = " ".join(written[begin:end].split())
            shown.append(f"« {before} » → « {' '.join(replacement.split())} »")
        rest = value
        for begin, end, _ in spans:
            rest = rest.replace(" ".join(written[begin:end].split()), "")
        return rest, (f"letterhead : date de la notice reportée comme notice_date ({', '.join(dict.fromkeys(shown))}), "
                      f"à vérifier sur {self.notice}")

    def local(self, value: Moment, day: dt.date) -> tuple[str, str]:
        """The moment on its new day, valid on the academy's clocks (``checks.local_time_problem``)."""
        if value.time is None:
            return day.isoformat(), ""
        naive = dt.datetime.combine(day, value.time)
        offsets = local_offsets(naive, self.zone)
        written = minute_text(naive)
        if len(offsets) == 1:
            return written, ""
        if len(offsets) == 2:
            offset = value.offset if value.offset in offsets else offsets[0]
            return written + format_offset(offset), " ; heure répétée au changement d'heure : décalage écrit"
        after = naive
        while not local_offsets(after, self.zone):
            after += dt.timedelta(minutes=1)
        return minute_text(after), f" ; {value.time.strftime('%H:%M')} n'existe pas ce jour-là (changement d'heure) : {after.strftime('%H:%M')} écrit"

    def insert_markers(self) -> int:
        count = 0
        for record, reasons in self.reasons.values():
            if record is self.session:
                continue  # (written under the file's new head: see ``result``)
            text = " ; ".join(reasons)
            node = self.nodes.find(record.origin, yaml.MappingNode)
            if node is None:
                raise ValueError(f"no mapping at {record.origin}")
            start = node.start_mark.index
            # one line, whatever its length: « retirer la ligne verify: » is then the whole of it (a staff walk: a
            # marker over three lines, its first deleted, left lines read as keys)
            marker = f"{VERIFY}: {quoted(text)}"
            if node.flow_style:
                self.edits.append(_Edit(start + 1, start + 1, f"{marker}, "))
                count += 1
                continue
            column = node.start_mark.column
            first = node.value[0][1] if node.value else None
            line_start = self.text.rfind("\n", 0, start) + 1
            dashed = self.text[line_start:start].rstrip().endswith("-")  # a list item's first key, after its « - »
            if first is not None and first.start_mark.line == node.start_mark.line == first.end_mark.line:
                # after the first key's line (« - situation: in_person »): deleting the marker keeps a list item's « - »
                # (a staff walk: « - verify: » deleted, the item lost its dash)
                end = self.text.find("\n", first.end_mark.index)
                end = len(self.text) if end < 0 else end
                self.edits.append(_Edit(end, end, f"\n{' ' * column}{marker}"))
            elif dashed and len(node.value) > 1:
                # a first value over several lines (« - about: >- »): before the item's second key, on a line of its own
                second = self.text.rfind("\n", 0, node.value[1][0].start_mark.index) + 1
                self.edits.append(_Edit(second, second, f"{' ' * column}{marker}\n"))
            elif dashed and first is not None:
                # an item whose one key's value takes several lines (« - paragraph: >- »): after its last line (a staff
                # walk: a text quoting « en 2024 » in a form's paragraph)
                end = first.end_mark.index
                while end > first.start_mark.index and self.text[end - 1] in " \n":
                    end -= 1  # (a block text's end is after the blank lines that follow it)
                end = self.text.find("\n", end)
                end = len(self.text) if end < 0 else end + 1
                if end == len(self.text) and not self.text.endswith("\n"):
                    self.edits.append(_Edit(end, end, f"\n{' ' * column}{marker}"))
                else:
                    self.edits.append(_Edit(end, end, f"{' ' * column}{marker}\n"))
            else:
                self.edits.append(_Edit(start, start, f"{marker}\n{' ' * column}"))
            count += 1
        return count

    def result(self) -> Rolled:
        self.walk(self.session)
        self.sections()
        self.stale()
        self.replace_scalar(self.session.session.where("year"), str(self.year))
        self.drop_novelty_keys()
        self.drop_reviewed()
        marked = self.insert_markers()
        text = self.text
        for edit in sorted(self.edits, key=lambda e: (e.start, e.end), reverse=True):
            text = text[: edit.start] + edit.text + text[edit.end:]
        head = comment(
            f"Session {self.year} préparée le {self.today.isoformat()} par « python -m generator new-session » à partir de "
            f"la session {self.source} : dates reportées {years_moved(self.year - self.source)} "
            f"(jour du mois gardé), et une ligne verify: sur chaque élément à vérifier sur {self.notice}. Les commentaires et "
            f"les mots cités (words:, dates_note…) sont encore ceux de la notice {self.source} : chaque texte qui cite une date ou "
            f"l'année de la session {self.source} ou de la précédente a sa ligne verify:, qui nomme ces mots. Retirer chaque ligne verify: une "
            "fois l'élément vérifié ; tant qu'il en reste une, la session est un brouillon (visible dans l'aperçu, jamais publié). "
            "Celle du fichier, ci-dessous, tient sur plusieurs lignes : la retirer en dernier, jusqu'à son guillemet fermant, "
            "et retirer alors ce commentaire avec elle.",  # (left alone above the file, it said a verify: still to remove: staff walk 49 L7)
            0,
            more="# ",
        )
        _, reasons = self.reasons[id(self.session)]
        heading = stale_words(_heading(self.text), self.source)
        if heading[0] or heading[1]:  # (review staff43 L7: « session 2024 du BTS (inscriptions octobre-novembre 2023) »)
            reasons.insert(1, f"commentaire d'en-tête sous cette ligne : mots de la session {self.source} "
                              f"({_shown(heading[0] + heading[1])}), à réécrire pour la session {self.year}")
        pieces = [[part] for reason in reasons for part in reason.split(" ; ")]  # (each on lines of its own: ``_root_marker``)
        if self.cited:  # (review43 M2: else the new session's pages say its own texts « cités par » the old notice)
            shown = [f"« {title} »" for title in self.cited]
            pieces.append([
                f"textes nationaux que content/texts.yaml dit cités par la notice {self.source} (cited_by:) :",
                *[f"{title}," for title in shown[:-1]], f"{shown[-1]} ;",
                f"si la notice {self.year} les cite aussi, demander pour chacun à l'équipe qui maintient le contenu national "
                f"du guide (fichiers content/) d'ajouter {{academy: {self.slug}, session: {self.year}, section: …}} à son "
                f"cited_by: (section : l'endroit de {self.notice}), sans attendre sa réponse pour retirer cette ligne : "
                f"d'ici là, les pages de la session {self.year} les disent cités par la notice de la session {self.source}, "
                f"ce qui reste exact (voir « Préparer une nouvelle session », étape 2, textes nationaux cités)",
            ])
        for reason in pieces[:-1]:
            reason[-1] += " ;"
        root = _root_marker([piece for reason in pieces for piece in reason])
        return Rolled("\n".join([*head, *root, "", text]), self.moved, marked + 1, self.notes, self.notice)


def _root_marker(pieces: list[str]) -> list[str]:
    """The file's own ``verify:`` line, its text the ``pieces`` joined by spaces, written over several lines: each piece
    (a reason, a national text) starts a line, and wraps at ``WIDTH`` (a staff walk, stop 44 L4: one line of about
    1,100 characters, four national texts named in full, unreadable in an editor that does not wrap lines). Between
    double quotes, a line break and the next line's indentation read as one space: the text read is the same as on
    one line. One line when the text does not read back so (a piece with two spaces in a row…)."""
    text = " ".join(pieces)
    glue = "\ue000"  # (a space no line breaks at: never after « nor before » : ; ? !, as in comments)
    lines: list[str] = []
    for piece in pieces:
        kept = quoted(piece)[1:-1].replace("« ", "«" + glue)
        for mark in "»:;?!":
            kept = kept.replace(f" {mark}", f"{glue}{mark}")
        first = f'{VERIFY}: "' if not lines else "  "
        lines += [line.replace(glue, " ") for line in textwrap.wrap(
            kept, width=WIDTH, initial_indent=first, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)]
    one = [f"{VERIFY}: {quoted(text)}"]
    if not lines or glue in text:
        return one
    lines[-1] += '"'
    try:
        node = yaml.compose("\n".join(lines) + "\n", Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return one
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1 or node.value[0][1].value != text:
        return one
    return lines


def _heading(text: str) -> str:
    """The comment lines a session file opens with (before its first key), without their « # »."""
    lines = []
    for line in text.split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        lines.append(line.lstrip().lstrip("#"))
    return "\n".join(lines)


def years_moved(years: int) -> str:
    """How far the dates were moved, in words: « d'un an », « de 3 ans » (the command's report, the file's header and
    the staff guide say it alike)."""
    return "d'un an" if years == 1 else f"de {years} ans"


def _is_date_field(tp) -> bool:
    return Date in typing.get_args(tp) or tp is Date


def _records(value) -> list[Record]:
    if isinstance(value, Record):
        return [value]
    if isinstance(value, (tuple, list)):
        return [item for item in value if isinstance(item, Record)]
    if isinstance(value, dict):
        return [item for item in value.values() if isinstance(item, Record)]
    return []


def roll(text: str, session: SessionFile, source: int, year: int, timezone: str, today: dt.date,
         cited: tuple[str, ...] = (), slug: str = "", vae_office: bool = False, archive: bool = False) -> Rolled:
    """The session ``year`` prepared from ``text``, the file of session ``source`` (read as ``session``). ``cited``:
    the titles of the national texts content/texts.yaml says the notice ``source`` of academy ``slug`` cites: said on
    the file's own verify: line (the team that maintains the guide's national content, content/, adds the new notice to
    their cited_by:). ``vae_office``: academy.yaml's VAE service is a contact of session ``source``
    (``model.session.vae_office_in_force``), said on the file's own verify: line. ``archive``: the session is written to
    archive its notice (past, or before the academy's latest): its lines say « la notice de la session … », not « la
    nouvelle notice »."""
    if year <= source:
        raise ValueError("the new session comes after its source")
    return _Roller(text, session, source, year, timezone, today, cited, slug, vae_office, archive).result()
