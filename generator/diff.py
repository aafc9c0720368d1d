"""What changed between two sessions of an academy: the guide's comparison of two notices.

``diff(before, after)`` compares two merged Notices (``generator.merge``) of
the same academy and returns ``Change`` records, section by section, each a
French sentence a rectorate staff member would write (« Date « Dépôt des
pièces » : mercredi 19 novembre 2025 (session 2024 : vendredi 24 novembre 2023
à 23 h 59), soit 5 jours plus tôt dans l'année »). Its words are those of
``content/interface.yaml`` (group ``changes``); dates and conditions are put
into words as on the pages (``generator.site.words``).

Items are matched by their id (deadlines, documents, links, forms, national
statements), by what identifies them otherwise (a category by its situation,
a contact by its name, a step by its title, a specialty by its reference), and
the notice's own statements of a topic by their text (a close text is the same
statement reworded). A section one notice gives and the other writes « non
précisé par la notice » is one change, said with those words. A text whose
only change is its years moved on by the sessions' gap is no change; an e-mail
address a contact replaced is one change, the contact's, which names the texts
that cite the new address in place of the old (``Change.places``), those texts
having no line of their own for it.

Each change says whether it matters to a candidate (``candidate``): the notice
page's « Nouveautés de la session » shows only those
(``generator.site.novelties_view``); a reworded label or a typo fixed
(``typo_only``) does not. ``key`` names the item, so that staff can leave a
computed line out of that section (``novelties: drop:`` of the session file).

Pure: no I/O; used by ``python -m generator diff``, by the notice page and by
``generator.novelty_checks``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .french import cut_at_word
from .merge import Notice, ResolvedDocument, ResolvedStatement
from .model.session import GUIDE_READING, Category, ContactGroup, FormField, Link, Step
from .model.values import MONTHS_FR, NOT_GIVEN, NUMERIC_DATE, QUOTED_DATE, WEEKDAYS_FR, given
from .site import dates
from .site.text import one_line, step_title
from .site.words import condition_words, deadline_moment, deposit_ways, document_deadline, moment, specialty_name

# the key of the exam office among the contacts' changes (« contacts.exam_office »), the others being « contacts.<name> »
EXAM_OFFICE = "exam_office"
# the keys of the notice's note on its dates (« dates.note ») and of its list of documents given elsewhere (« documents.elsewhere »)
DATES_NOTE = "note"
ELSEWHERE = "elsewhere"
# the key of where the notice has the pieces deposited (« documents.deposit », its documents_deposit:)
DEPOSIT = "deposit"

SECTIONS = (
    "notice", "dates", "who", "steps", "documents", "national_documents", "topics",
    "specialties", "contacts", "links", "exam_adjustment", "forms", "establishment",
)
"""The sections of a comparison, in the order they are shown."""

SECTION_KEYS = {
    "notice": "changes.section_notice",
    "dates": "changes.section_dates",
    "who": "changes.section_who",
    "steps": "changes.section_steps",
    "documents": "changes.section_documents",
    "national_documents": "changes.section_national_documents",
    "topics": "changes.section_topics",
    "specialties": "changes.section_specialties",
    "contacts": "changes.section_contacts",
    "links": "changes.section_links",
    "exam_adjustment": "changes.section_exam_adjustment",
    "forms": "changes.section_forms",
    "establishment": "changes.section_establishment",
}
AUDIENCE_KEYS = {
    "individual": "changes.audience_individual",
    "establishment": "changes.audience_establishment",
    "both": "changes.audience_both",
}
SHORT_QUOTE = 110  # characters of a long text quoted in a sentence


@dataclass(frozen=True)
class Change:
    """One change between two notices, as a sentence.

    ``kind``: ``added``, ``removed``, ``changed``, ``now_given`` (« non précisé
    par la notice » before), ``no_longer_given`` (« non précisé par la notice »
    now) or ``reworded`` (same content, other words: never a novelty).
    ``item`` is the item's name alone (a label, a title), for lines that list
    several items; ``whole``: the item itself is added or removed (not one of
    its parts); ``before`` and ``after`` the values in words (None when absent);
    ``days``: for a date given by both notices, how many days later in its
    session's calendar it falls (negative: earlier); ``places``: for a contact's
    e-mail address replaced by another, the texts that cite the new one where the
    other notice cited the old (said by ``diff`` for staff, not on the page: their
    own lines would say the same change again); ``national``: for a change that comes
    from the national content, not from the academy's files, where it comes from and
    what to do, in words (said by ``diff`` for staff: fixstaff62 item 7).
    """

    section: str
    key: str
    kind: str
    item: str
    text: str
    candidate: bool
    before: str | None = None
    after: str | None = None
    whole: bool = False
    days: int | None = None
    places: tuple[str, ...] = ()
    national: str | None = None

    def to_json(self) -> dict:
        return {
            "section": self.section, "key": self.key, "kind": self.kind, "item": self.item, "whole": self.whole, "text": self.text,
            "candidate": self.candidate, "before": self.before, "after": self.after, "days": self.days, "places": list(self.places),
            "national": self.national,
        }


def previous_year(years: Iterable[int], year: int) -> int | None:
    """The latest session before ``year`` among ``years`` (the academy's previous session), or None."""
    earlier = [y for y in years if y < year]
    return max(earlier) if earlier else None


def same_readers(audience: str, other: str) -> bool:
    """Two notices for the same candidates: the same audience. The guide compares a session with the previous one
    for the same candidates only: Nantes 2026, for establishments, is not compared with Nantes 2024, for individual
    candidates, nor would it be with a notice for both (the other audience's categories and steps would read as
    removed)."""
    return audience == other


def previous_for_readers(audiences: dict[int, str], year: int) -> int | None:
    """``audiences``: an academy's sessions, year → audience. The latest session before ``year`` for the same
    candidates as ``year``'s (``same_readers``), or None."""
    return previous_year((y for y, a in audiences.items() if same_readers(a, audiences[year])), year)


# ---------------------------------------------------------------- texts: same, reworded, changed


def _plain(text: str) -> str:
    return " ".join(str(text).split())


def _words(text: str) -> list[str]:
    """Lower-case words without accents: « Déposées » → « deposees »."""
    flat = unicodedata.normalize("NFKD", text.casefold())
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch))
    return re.findall(r"[a-z0-9]+", flat)


def typo_only(before: str, after: str) -> bool:
    """True when two texts say the same thing: only spacing, case, accents, punctuation or typos differ.

    A typo is a word a letter or two away from its counterpart (« sessions » →
    « session », « mise » → « mises ») or a one-letter word added or removed
    (« vous devez à consulter » → « vous devez consulter »), never « n' ».
    A number that differs is never a typo.
    """
    if _plain(before) == _plain(after):
        return True
    a, b = _words(before), _words(after)
    if [w for w in a if w.isdigit()] != [w for w in b if w.isdigit()]:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            if all(difflib.SequenceMatcher(None, x, y).ratio() >= 0.8 for x, y in zip(a[i1:i2], b[j1:j2])):
                continue
            return False
        if tag in ("delete", "insert") and all(len(w) == 1 and w != "n" for w in a[i1:i2] + b[j1:j2]):
            continue
        return False
    return True


def _recased(before: str, after: str) -> list[tuple[str, str]]:
    """The words of two texts that differ only by their capitals (« Les candidats » → « les candidats »: [(« Les »,
    « les »)]), each pair once, in the order of the text; [] when anything else differs too (spacing aside)."""
    a, b = _plain(before), _plain(after)
    if a == b or a.lower() != b.lower():
        return []
    pairs = [(x, y) for x, y in zip(re.findall(r"\w+", a), re.findall(r"\w+", b)) if x != y]
    return list(dict.fromkeys(pairs))


def _similar(before: str, after: str) -> float:
    a, b = _plain(before), _plain(after)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 else 0.0


# How close the ids of two steps left unmatched at the same place must be to read as one step renamed (« …
# nouveauté 2026 » and « … nouveauté 2027 »: 0.97), and their texts (the same step keeps its text, its dates
# rolled: about 0.95). A close title alone is no proof: « creation_d_un_compte_candidat » and
# « activation_d_un_compte_candidat » are 0.90 apart, two steps (a review, 45 L6); the texts of two different steps of
# the real notices are 0.69 alike at most (Aix-Marseille 2023's account creation and activation).
RENAMED_RATIO = 0.8
RENAMED_TEXT_RATIO = 0.8


def _key_part(text: str) -> str:
    """An id-like form of a name, for keys: « Bureau DEC 4-1 » → « bureau_dec_4_1 »."""
    return "_".join(_words(text)) or "_"


def short(text: str) -> str:
    """A long text cut for a sentence, at a word, with « … » (french.cut_at_word)."""
    return cut_at_word(one_line(text), SHORT_QUOTE)


WORDS_BEFORE_THE_CHANGE = 4  # words of context kept before the first word two long texts do not share


def _compared_words(text: str, compared: str | None) -> list[str]:
    """The words of ``text`` as the comparison reads them: those of ``compared`` (``text`` with its years moved on and a
    replaced address written new, a word the other text keeps as written kept: ``_reading``), word for word with
    ``text``'s; ``text``'s own when there is no such reading, or when it does not have as many words (then nothing is
    read differently)."""
    words = one_line(text).split(" ")
    if compared is None:
        return words
    seen = one_line(compared).split(" ")
    return seen if len(seen) == len(words) else words


def short_pair(before: str, after: str, compared: tuple[str, str] | None = None) -> tuple[str, str]:
    """``short`` of two versions of a text, or, when the first word that differs is beyond their cut (the change is
    further on), each from a few words before it, after « … »: two equal quotes would not show what changed
    (« … SESSION JUIN 2023 » → « … SESSION JUIN 2024 »). ``compared``: the two texts as the comparison reads them
    (``changed_passages``): a word that differs only as they do is no difference (a year moved on, before the change)."""
    cut_before, cut_after = short(before), short(after)
    words_before, words_after = one_line(before).split(" "), one_line(after).split(" ")
    seen_before = _compared_words(before, compared[0] if compared else None)
    seen_after = _compared_words(after, compared[1] if compared else None)
    matcher = difflib.SequenceMatcher(None, seen_before, seen_after, autojunk=False)
    first = next(((i1, j1) for tag, i1, _, j1, _ in matcher.get_opcodes() if tag != "equal"), None)
    if first is None:
        return cut_before, cut_after
    shown_before, shown_after = (len(cut.removesuffix("…").split(" ")) for cut in (cut_before, cut_after))
    if cut_before != cut_after and first[0] < shown_before and first[1] < shown_after:
        return cut_before, cut_after
    start = max(0, first[0] - WORDS_BEFORE_THE_CHANGE)
    start_after = max(0, first[1] - WORDS_BEFORE_THE_CHANGE)
    lead, lead_after = ("…" if start else ""), ("…" if start_after else "")
    return lead + short(" ".join(words_before[start:])), lead_after + short(" ".join(words_after[start_after:]))


_HOUR = re.compile(r"\b[0-9]{1,2}\s*h(?:eures?)?\s*[0-9]{0,2}\b", re.IGNORECASE)


def dates_only(before: str, after: str) -> bool:
    """True when two texts differ only in the dates and hours they quote (« au plus tard le vendredi 24 novembre 2023 à
    minuit » → « … lundi 24 novembre 2025 … »): the words of a date rolled to the next session, whose date has its
    own line."""
    def masked(text: str) -> str:
        for pattern in (QUOTED_DATE, NUMERIC_DATE, _HOUR):
            text = pattern.sub("#", text)
        return _plain(text).casefold()

    return masked(before) == masked(after)


_YEAR = re.compile(r"(?<![0-9])(?<!n°)(?<!n° )(?<!n°\u00a0)(2[0-9]{3})(?![0-9]|-[0-9])")  # (not « n°2020-1167 », a text's number)
# a text cited by its date (« l'arrêté du 13 juillet 2023 »): another year is another text
_TEXT_DATED = re.compile(r"\b(?:arrêté|décret|circulaire|loi|ordonnance|note\s+de\s+service)\s+(?:n°\s*\S+\s+)?du\s+"
                         r"[0-9]{1,2}(?:er)?\s+\S+\s+$", re.IGNORECASE)


def _rolled_text(text: str, year_a: int, year_b: int) -> str:
    """``text`` of session ``year_a`` as it would read in session ``year_b`` if only its years moved on by the sessions'
    gap: each year of session ``year_a`` or of the one before (those new-session names in the old words), written alone
    or in a date (« SESSION JUIN 2023 », « obtenues en 2024 », « après le 22 novembre 2023 »), the later by
    ``year_b - year_a``, and the weekday of such a date that of the date moved on (« le mercredi 15 novembre 2023 » →
    « le vendredi 15 novembre 2024 »; a date without its year, « le mercredi 15 novembre », taken in the session's
    calendar: September to December of the year before). A text cited by its number or its date keeps its year
    (« décret n°2020-1167 », « l'arrêté du 13 juillet 2023 »): another year is another text. No gap: ``text``."""
    shift = year_b - year_a
    if shift <= 0:
        return text

    def dated_text(m: re.Match) -> bool:
        return bool(_TEXT_DATED.search(m.string[max(0, m.start() - 80):m.start()]))

    def weekday(m: re.Match) -> str:
        whole = m.group(0)
        first = whole.split()[0]
        if first.casefold() not in WEEKDAYS_FR:
            return whole
        month = MONTHS_FR[m.group(2).casefold()]
        year = int(m.group(3)) if m.group(3) else (year_a - 1 if month >= 9 else year_a)
        if year not in (year_a - 1, year_a) or dated_text(m):
            return whole
        try:
            name = WEEKDAYS_FR[dt.date(year + shift, month, int(m.group(1))).weekday()]
        except ValueError:  # (a day no calendar has: said by validate)
            return whole
        name = name.upper() if first.isupper() else name.capitalize() if first[:1].isupper() else name
        return name + whole[len(first):]

    def rolled(m: re.Match) -> str:
        if int(m.group(1)) not in (year_a - 1, year_a) or dated_text(m):
            return m.group(1)
        return str(int(m.group(1)) + shift)

    return _YEAR.sub(rolled, QUOTED_DATE.sub(weekday, text))


def _reading(before: str, rolled: str, after: str) -> str:
    """``before`` as the comparison reads it against ``after``: word for word, its ``rolled`` form (its years moved on,
    ``_rolled_text``; a replaced address written new, ``_replaced_addresses``), or its own word where the later text
    keeps that word as written: a year the notice names on purpose (« Depuis la session 2022 », « à partir de la session
    2024 ») is the same in both sessions, not a year moved on (review58 M1: rolled alone, it was quoted as a change with
    the same words on both sides). A word is thus unchanged when either of its forms is the later one's. Its words are
    ``before``'s, split at spaces (kept as they are); ``rolled`` when the two do not have as many words (nothing then
    read otherwise)."""
    parts, read = re.split(r"(\s+)", before), re.split(r"(\s+)", rolled)
    if len(parts) != len(read):
        return rolled
    words, rolled_words, later = parts[::2], read[::2], after.split()
    matcher = difflib.SequenceMatcher(None, rolled_words, later, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i1 == i2:
            continue
        own = difflib.SequenceMatcher(None, words[i1:i2], later[j1:j2], autojunk=False)
        for block in own.get_matching_blocks():
            for i in range(i1 + block.a, i1 + block.a + block.size):
                read[2 * i] = words[i]
    return "".join(read)


def _replaced_addresses(text: str, addresses: dict[str, str], after: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` (of the earlier session) with each e-mail address a contact replaced (``addresses``: old → new, in lower
    case) written as its new one, where the later text ``after`` quotes the new address and no longer the old; and the
    (old, new) pairs so replaced. A text left quoting the old address keeps it: its change is not the contact's."""
    done: list[tuple[str, str]] = []
    later = after.casefold()
    for old, new in addresses.items():
        pattern = re.compile(r"(?<![\w.+-])" + re.escape(old) + r"(?![\w-]|\.\w)", re.IGNORECASE)
        if new in later and not pattern.search(after) and pattern.search(text):
            text = pattern.sub(new, text)
            done.append((old, new))
    return text, done


WORDS_AROUND_A_PASSAGE = 4  # words of context kept on each side of a changed passage
PASSAGES_SHOWN = 3  # changed passages of one text quoted in its line; the others are counted
MOSTLY_REWRITTEN = 0.5  # below this share of words in common, a text is quoted whole (short), not passage by passage


def changed_passages(before: str, after: str, compared: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    """The passages where two versions of a text differ, each quoted with a few words around it in both versions,
    « … » where the text goes on (a staff walk, stop 40: a step's date, a second date and an e-mail address changed in one
    text, and the comparison quoted the first alone). Changes closer than twice the context are one passage. One
    passage or none, or a text mostly rewritten: [] (``short_pair`` quotes it). ``compared``: the two texts as the
    comparison reads them, word for word with ``before`` and ``after`` (``_Diff.compare_text``: the earlier one's years
    moved on, a contact's replaced address written new): a passage that differs only as they do is not quoted (a staff
    walk, stop 50 M2: a step quoted « MERCREDI 22 NOVEMBRE 2023 » → « VENDREDI 22 NOVEMBRE 2024 » beside its address)."""
    words_before, words_after = one_line(before).split(" "), one_line(after).split(" ")
    seen_before = _compared_words(before, compared[0] if compared else None)
    seen_after = _compared_words(after, compared[1] if compared else None)
    matcher = difflib.SequenceMatcher(None, seen_before, seen_after, autojunk=False)
    if matcher.ratio() < MOSTLY_REWRITTEN:
        return []
    groups: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if groups and i1 - groups[-1][1] <= 2 * WORDS_AROUND_A_PASSAGE:
            groups[-1][1], groups[-1][3] = i2, j2
        else:
            groups.append([i1, i2, j1, j2])
    if len(groups) < 2:
        return []

    def quote(words: list[str], start: int, end: int) -> str:
        first, last = max(0, start - WORDS_AROUND_A_PASSAGE), min(len(words), end + WORDS_AROUND_A_PASSAGE)
        text = ("…" if first else "") + " ".join(words[first:last])
        cut = short(text)
        # (« … » once: a cut text has it, maybe before the parenthesis it closes, review47 M2; a passage ending on
        # a word with its own « … », « etc… », too; no punctuation before it, as cut_at_word)
        if cut != one_line(text) or last == len(words) or cut.endswith("…"):
            return cut
        return cut.rstrip(" ,;:.") + "…"

    return [(quote(words_before, i1, i2), quote(words_after, j1, j2)) for i1, i2, j1, j2 in groups]


# ---------------------------------------------------------------- the comparison


class _Diff:
    """The comparison of notice ``a`` (earlier session) with notice ``b``; ``out`` collects the changes."""

    def __init__(self, a: Notice, b: Notice):
        self.a, self.b = a, b
        self.t = b.texts
        self.out: list[Change] = []
        # the e-mail addresses a contact replaced (old → new, in lower case: ``_replaced_addresses``), and, for each
        # (old, new), the texts that cite it so (filled by ``compare_text``, said with the contact's line by ``run``)
        self.addresses = _replaced_addresses_of(a, b)
        self.cited: dict[tuple[str, str], list[str]] = {pair: [] for pair in self.addresses.items()}
        self.address_lines: dict[tuple[str, str], int] = {}

    # -- sentences

    def text(self, key: str, **values: object) -> str:
        return self.t.text(key, **values)

    def quoted(self, text: str) -> str:
        return self.text("changes.quoted", text=short(text))

    def recased(self, before: str, after: str) -> str | None:
        """« seules des majuscules changent, « Les » — session 2024 : « les » »: the words whose capitals alone changed
        between two texts (``_recased``), not both texts cut where a capital is hard to spot (staffwalk69 L2: diff said
        « formulation retouchée » with both texts cut at 90 characters); None when anything else changed too."""
        pairs = _recased(before, after)
        if not pairs:
            return None
        def join(words: list[str]) -> str:
            return self.t.join("changes.labels_join", [self.text("changes.quoted", text=w) for w in words])
        return self.text("changes.recased", after=join([a for _, a in pairs]), before=join([b for b, _ in pairs]),
                         year_a=self.a.year)

    def of(self, what: str, field_key: str) -> str:
        """« Pièce « X », candidats concernés »: a part of an item."""
        return self.text("changes.of_item", what=what, field=self.text(field_key))

    def add(self, section: str, key: str, kind: str, what: str, item: str, *, candidate: bool = True,
            before: str | None = None, after: str | None = None, shift: str | None = None, words: str | None = None, whole: bool = False,
            days: int | None = None, guide: bool | None = False) -> None:
        """Record a change; its sentence is chosen by its kind and by what is known of it; ``guide``: a text of the
        guide's own (its reading of the notice, model.session.GUIDE_READING), added or removed in the guide, not in the
        notice; None: a text that may be either, the notice's words or the guide's (a contact's note), added or removed
        for the session, naming neither."""
        years = {"year_a": self.a.year, "year_b": self.b.year}
        if words is not None:
            sentence = self.text("changes.fact", what=what, words=words)
        elif guide and kind == "added" and after:
            sentence = self.text("changes.guide_added", what=what, after=after, year_b=self.b.year)
        elif guide and kind == "removed" and before:
            sentence = self.text("changes.guide_removed", what=what, before=before, **years)
        elif guide is None and kind == "added" and after:
            sentence = self.text("changes.session_added", what=what, after=after, year_b=self.b.year)
        elif guide is None and kind == "removed" and before:
            sentence = self.text("changes.session_removed", what=what, before=before, **years)
        elif kind == "added":
            sentence = self.text("changes.added", what=what, after=after, year_b=self.b.year) if after else self.text("changes.added_plain", what=what, year_b=self.b.year)
        elif kind == "removed":
            sentence = self.text("changes.removed", what=what, before=before, **years) if before else self.text("changes.removed_plain", what=what, year_b=self.b.year)
        elif kind == "now_given":
            sentence = self.text("changes.now_given", what=what, after=after, year_a=self.a.year)
        elif kind == "no_longer_given":
            sentence = self.text("changes.no_longer_given", what=what, before=before, **years)
        elif kind == "reworded":
            sentence = self.text("changes.reworded", what=what, before=before, after=after, year_a=self.a.year)
        elif shift:
            sentence = self.text("changes.moved", what=what, before=before, after=after, shift=shift, year_a=self.a.year)
        else:
            sentence = self.text("changes.changed", what=what, before=before, after=after, year_a=self.a.year)
        self.out.append(Change(section, key, kind, item, _capital(sentence), candidate and kind != "reworded", before, after, whole, days))

    def compare_text(self, section: str, key: str, what: str, item: str, before: str | None, after: str | None, *, candidate: bool = True,
                     guide: bool | None = False, cut: bool = True) -> None:
        """An optional text of an item: added, removed, reworded (typo) or changed; ``guide``: see ``add``; ``cut``:
        False for a text whose every part matters, quoted whole (not cut at the quote's length, nor by passage)."""
        if before == after or (before and after and _plain(before) == _plain(after)):
            return
        if guide:
            candidate = False  # (the guide's own words are no news of the notice: staff walk 50 M2, a contradiction's advice)
        compared = None
        if before and after:
            # The earlier text as the later notice would write it if only its years had moved on and a contact's
            # replaced address were written new: the same words are no change, for candidates or staff; the address is
            # said once, with the contact, which names this text among the places it is cited (a staff walk, stop 50
            # M2: one new address was four lines, a step, the note under a table, the guide's advice and the contact).
            rolled, replaced = _replaced_addresses(_rolled_text(before, self.a.year, self.b.year), self.addresses, after)
            for pair in replaced:
                self.cited[pair].append(what)
            reading = _reading(before, rolled, after)
            if _plain(reading) == _plain(after):
                return
            compared = (reading, after)
        quoted = self.quoted if cut else (lambda text: self.text("changes.quoted", text=one_line(text)))
        if before is None:
            self.add(section, key, "added", what, item, candidate=candidate, after=quoted(after), guide=guide)
        elif after is None:
            self.add(section, key, "removed", what, item, candidate=candidate, before=quoted(before), guide=guide)
        else:
            compared = compared or (before, after)
            kind = "reworded" if typo_only(*compared) else "changed"
            if not cut:
                self.add(section, key, kind, what, item, candidate=candidate, before=quoted(before), after=quoted(after))
                return
            passages = changed_passages(before, after, compared) if kind == "changed" else []
            if passages:  # (each changed passage, paired with its words of the other session)
                quoted = [(self.text("changes.quoted", text=b), self.text("changes.quoted", text=a)) for b, a in passages]
                shown = [self.text("changes.passage", after=a, before=b, year_a=self.a.year) for b, a in quoted[:PASSAGES_SHOWN]]
                more = len(quoted) - PASSAGES_SHOWN
                if more == 1:  # (its text has no count: « et 1 autre passage modifié »)
                    shown.append(self.text("changes.passages_more_one"))
                elif more > 1:
                    shown.append(self.text("changes.passages_more_many", count=more))
                self.add(section, key, kind, what, item, candidate=candidate, words=self.t.join("changes.labels_join", shown),
                         before=self.t.join("changes.labels_join", [b for b, _ in quoted]),
                         after=self.t.join("changes.labels_join", [a for _, a in quoted]))
                return
            recased = self.recased(*compared) if kind == "reworded" else None
            if recased:
                self.add(section, key, kind, what, item, candidate=candidate, before=self.quoted(before), after=self.quoted(after),
                         words=recased)
                return
            cut_before, cut_after = short_pair(before, after, compared)
            self.add(section, key, kind, what, item, candidate=candidate,
                     before=self.text("changes.quoted", text=cut_before), after=self.text("changes.quoted", text=cut_after))

    def compare_label(self, section: str, key: str, what: str, before: str, after: str, *, candidate: bool = False,
                      renamed: str = "changes.renamed") -> None:
        """An item's label or title (``what`` names the item by its new label): renamed, or reworded; ``renamed``:
        the words of a rename (« nouvel intitulé », or « nouveau nom » for an office). A label whose only change is its
        years moved on by the sessions' gap is no change, as for a text (staffwalk53 L2: « Inscription … session 2024 »
        → « … session 2025 », the notice's title, was a line of « nouvel intitulé »)."""
        if _plain(before) == _plain(after) or _plain(_rolled_text(before, self.a.year, self.b.year)) == _plain(after):
            return
        kind = "reworded" if typo_only(before, after) else "changed"
        self.add(section, key, kind, what, after, candidate=candidate, before=self.quoted(before), after=self.quoted(after),
                 words=self.recased(before, after) if kind == "reworded" else self.text(renamed, before=self.quoted(before), year_a=self.a.year))

    def compare_value(self, section: str, key: str, what: str, item: str, before: str | None, after: str | None, *, candidate: bool = True) -> None:
        """A value already in words (a date, an address, a list): added, removed or changed."""
        if before == after:
            return
        if before is None:
            self.add(section, key, "added", what, item, candidate=candidate, after=after)
        elif after is None:
            self.add(section, key, "removed", what, item, candidate=candidate, before=before)
        else:
            self.add(section, key, "changed", what, item, candidate=candidate, before=before, after=after)

    def section_given(self, section: str, key: str, what: str, before, after, summary: Callable[[Notice, object], str]) -> bool:
        """A section written « non précisé par la notice » in one notice only: one change, said so.

        True when both notices give the section (its items are then compared one by one).
        """
        if before is NOT_GIVEN and after is NOT_GIVEN:
            return False
        if before is NOT_GIVEN:
            self.add(section, key, "now_given", what, what, after=summary(self.b, after))
            return False
        if after is NOT_GIVEN:
            self.add(section, key, "no_longer_given", what, what, before=summary(self.a, before))
            return False
        return True

    def matched(self, section: str, key_prefix: str, before: list, after: list, ident: Callable, name: Callable,
                what: Callable[[str], str], details: Callable[[Notice, object], str | None], compare: Callable,
                renamed: Callable | None = None, same_content: Callable | None = None) -> None:
        """Items matched by ``ident``: those of one notice only are added or removed; ``compare`` the others.
        ``renamed``: items without an id of their own (steps, by their title), an item of one notice only and one of
        the other, at the same place among those left, with close names and the same content (``same_content``(before,
        after): a step's text), are the same item renamed: ``renamed`` (key, before, after) says it, then ``compare`` (a
        staff walk, 44 M1: « (nouveauté 2026) » changed to « (nouveauté 2027) », as new-session asks, read as a step
        added and one no longer in the notice); another content is another item, added, the other removed."""
        old = _by_ident(before, ident)
        new = _by_ident(after, ident)
        if renamed is not None:
            gone = [k for k in old if k not in new]
            came = [k for k in new if k not in old]
            for k_old, k_new in zip(gone, came) if len(gone) == len(came) else ():
                if _similar(k_old, k_new) >= RENAMED_RATIO and (same_content is None or same_content(old[k_old], new[k_new])):
                    item_old, item_new = old.pop(k_old), new.pop(k_new)
                    renamed(f"{key_prefix}.{k_new}", item_old, item_new)
                    compare(f"{key_prefix}.{k_new}", item_old, item_new)
        for ident_, item in new.items():
            label = name(item)
            if ident_ not in old:
                self.add(section, f"{key_prefix}.{ident_}", "added", what(label), label, after=details(self.b, item), whole=True)
            else:
                compare(f"{key_prefix}.{ident_}", old[ident_], item)
        for ident_, item in old.items():
            if ident_ not in new:
                label = name(item)
                self.add(section, f"{key_prefix}.{ident_}", "removed", what(label), label, before=details(self.a, item), whole=True)

    # -- the sections

    def run(self) -> list[Change]:
        for section in SECTIONS:
            getattr(self, f"_{section}")()
        for pair, index in self.address_lines.items():  # (the texts are compared in every section, some after the contacts)
            if self.cited[pair]:
                self.out[index] = dataclasses.replace(self.out[index], places=tuple(dict.fromkeys(self.cited[pair])))
        return self.out

    def _notice(self) -> None:
        a, b = self.a.session.session, self.b.session.session
        if a.audience != b.audience:
            self.add("notice", "notice.audience", "changed", self.text("changes.what_audience"), self.text("changes.what_audience"),
                     before=self.text(AUDIENCE_KEYS[a.audience]), after=self.text(AUDIENCE_KEYS[b.audience]))
        what = self.text("changes.what_title")
        if a.title is NOT_GIVEN or b.title is NOT_GIVEN:
            if a.title is not b.title:
                kind = "now_given" if a.title is NOT_GIVEN else "no_longer_given"
                self.add("notice", "notice.title", kind, what, what, candidate=False, before=self.quoted(a.title) if given(a.title) else None,
                         after=self.quoted(b.title) if given(b.title) else None)
        else:
            self.compare_label("notice", "notice.title", what, a.title, b.title)
        self.day("notice", "notice.notice_date", self.text("changes.what_notice_date"), a.notice_date, b.notice_date, candidate=False)
        what = self.text("changes.what_reference")
        self.compare_text("notice", "notice.reference", what, what, a.reference, b.reference, candidate=False)
        self.contradictions()

    def contradictions(self) -> None:
        """The passages of the notice that disagree, which the checklist shows to the candidates concerned with the
        guide's advice (a staff walk, stop 40: an advice quoting last year's date and address was in no line)."""
        def words(c) -> str:
            return "\n".join(p.words for p in c.passages)

        def compare(key: str, o, c) -> None:
            item = self.text("changes.what_contradiction", about=c.about)
            self.compare_text("notice", key, self.of(item, "changes.field_passages"), c.about, words(o), words(c))
            self.compare_text("notice", key, self.of(item, "changes.field_advice"), c.about, o.advice, c.advice,
                              guide=("Contradiction", "advice") in GUIDE_READING)
            self.compare_text("notice", key, self.of(item, "changes.field_advice_after_closing"), c.about, o.advice_after_closing,
                              c.advice_after_closing, guide=("Contradiction", "advice_after_closing") in GUIDE_READING)
            if o.when != c.when:
                self.add("notice", key, "changed", self.of(item, "changes.field_condition"), c.about,
                         before=condition_words(self.a, o.when), after=condition_words(self.b, c.when))

        # (a contradiction added or removed: its advice quoted whole, what the candidates concerned are told to do; cut
        # at 110 characters, « … Contactez le bureau des examens… » left out whom and when: staffwalk56 L)
        self.matched("notice", "notice.contradictions", list(self.a.session.contradictions), list(self.b.session.contradictions),
                     lambda c: _key_part(c.about), lambda c: c.about, lambda about: self.text("changes.what_contradiction", about=about),
                     lambda n, c: self.text("changes.quoted", text=one_line(c.advice)), compare)

    def _dates(self) -> None:
        a, b = self.a, self.b
        for name, what_key in (("opening", "changes.what_opening"), ("closing", "changes.what_closing")):
            self.moment("dates", f"dates.{name}", self.text(what_key),
                        getattr(a, name), getattr(a, f"{name}_has_time"), getattr(a, f"{name}_given"),
                        getattr(b, name), getattr(b, f"{name}_has_time"), getattr(b, f"{name}_given"), deadline=name == "closing")
        old = {d.id: d for d in a.deadlines}
        worded: list[tuple[str, str, str, str | None, str | None, bool]] = []
        # (a deadline's note: the guide's reading of the notice's words, said so: review40-diff L7)
        note_field, guide_note = ("changes.field_guide_note", True) if ("Deadline", "note") in GUIDE_READING else ("changes.field_note", False)
        for d in b.deadlines:
            what = self.text("changes.what_deadline", label=d.label)
            key = f"dates.{d.id}"
            if d.id not in old:
                self.add("dates", key, "added", what, d.label, after=deadline_moment(b, d.id, mark=False), whole=True)
                continue
            o = old[d.id]
            self.moment("dates", key, what, o.start, o.has_time, o.given, d.start, d.has_time, d.given, information=d.kind != "deadline", deadline=d.kind == "deadline")
            # Its nature: a deadline, a date for information, or one the notice gives as a limit (at_the_latest:).
            old_nature, new_nature = dates.deadline_kind(o.kind, o.at_the_latest), dates.deadline_kind(d.kind, d.at_the_latest)
            if old_nature != new_nature:
                self.add("dates", key, "changed", self.of(what, "changes.field_nature"), d.label,
                         before=self.text(_NATURE_KEYS[old_nature]), after=self.text(_NATURE_KEYS[new_nature]))
            if o.strict != d.strict:
                self.add("dates", key, "changed", what, d.label, words=self.text("changes.strict_now" if d.strict else "changes.strict_no_longer", year_b=b.year))
            self.compare_label("dates", key, what, o.label, d.label)
            # its words and the guide's reading of them, for staff, after the dates (which are what candidates need)
            worded += [(key, self.of(what, "changes.field_words"), d.label, o.words, d.words, False),
                       (key, self.of(what, note_field), d.label, o.note, d.note, guide_note)]
        new = {d.id for d in b.deadlines}
        for o in a.deadlines:
            if o.id not in new:
                self.add("dates", f"dates.{o.id}", "removed", self.text("changes.what_deadline", label=o.label), o.label, before=deadline_moment(a, o.id, mark=False), whole=True)
        self.day("dates", "dates.age_reference", self.text("changes.what_age_reference"), a.session.session.age_reference_date, b.session.session.age_reference_date)
        for args in worded:
            self.dated_text(*args)
        what = self.text("changes.what_dates_note")
        self.dated_text(f"dates.{DATES_NOTE}", what, what, a.session.session.dates_note, b.session.session.dates_note)
        what = self.of(self.text("changes.what_age_reference"), "changes.field_note")
        self.dated_text("dates.age_reference", what, what, a.session.session.age_reference_note, b.session.session.age_reference_note)

    def dated_text(self, key: str, what: str, item: str, before: str | None, after: str | None, guide: bool = False) -> None:
        """A text about dates (a deadline's words or note, the dates_note): listed for staff when it says something else,
        not when only its dates moved (the dates' own lines say so); never among the candidates' novelties (the dates
        are, on their own lines). ``guide``: see ``add``."""
        if before and after and dates_only(before, after):
            return
        self.compare_text("dates", key, what, item, before, after, candidate=False, guide=guide)

    def day(self, section: str, key: str, what: str, old: dt.date | None, new: dt.date | None, *, candidate: bool = True) -> None:
        """A date without hour that is optional (not « non précisé ») : added, removed, or moved within its session's year."""
        if old is None or new is None:
            self.compare_value(section, key, what, what, dates.day(old) if old else None, dates.day(new) if new else None, candidate=candidate)
        elif days := _shift_days(old, self.a.year, new, self.b.year):
            self.add(section, key, "changed", what, what, candidate=candidate, before=dates.day(old), after=dates.day(new), shift=self.days_words(days), days=days)

    def moment(self, section: str, key: str, what: str, old: dt.datetime | None, old_time: bool, old_given: bool,
               new: dt.datetime | None, new_time: bool, new_given: bool, *, information: bool = False, deadline: bool = False) -> None:
        """A date of the notice: now given, no longer given, or moved (by how much, and its hour). A deadline
        (``deadline``: the closing, a deadline of ``deadlines:``) at the end of its day (24:00, a notice's « minuit »)
        in the candidate pages' words, « jusqu'au vendredi 24 novembre 2023 inclus (heure de Paris) » (review73 L4: the
        staff guide's example of « Nouveautés » wrote « à minuit, en fin de journée »)."""
        def words(notice: Notice, value: dt.datetime | None, has_time: bool) -> str:
            whole_day = deadline and has_time and value is not None and dates.end_of_day(value)
            return moment(notice, value, has_time, kind="information" if information else "deadline" if whole_day else "plain")

        before = words(self.a, old, old_time)
        after = words(self.b, new, new_time)
        if not old_given and not new_given:
            return
        if not old_given:
            self.add(section, key, "now_given", what, what, after=after)
            return
        if not new_given:
            self.add(section, key, "no_longer_given", what, what, before=before)
            return
        days = _shift_days(old.date(), self.a.year, new.date(), self.b.year)
        parts = [self.days_words(days)] if days else []
        if old_time and new_time and old.time() != new.time():
            parts.append(self.text("changes.time_changed", before=dates.clock(old), after=dates.clock(new)))
        if parts:
            self.add(section, key, "changed", what, what, before=before, after=after, shift=self.t.join("changes.shift_join", parts), days=days)
        elif old_time != new_time and not information:  # the same day of the year; the hour is now given, or no longer (said by the words)
            self.add(section, key, "changed", what, what, before=before, after=after, days=0)

    def days_words(self, days: int) -> str:
        count = self.text("changes.days_one" if abs(days) == 1 else "changes.days_many", count=abs(days))
        return self.text("changes.shift_later" if days > 0 else "changes.shift_earlier", days=count)

    def _who(self) -> None:
        from .site.notice_view import HOW_KEYS, ROUTE_KEYS  # (notice_view imports this module's users)

        what = self.text("changes.section_who")
        if not self.section_given("who", "who", what, self.a.session.who, self.b.session.who, lambda n, items: _join(n, [c.label for c in items])):
            return

        def how(notice: Notice, c: Category) -> str:
            words = notice.texts.text(HOW_KEYS[c.how]) if given(c.how) else notice.texts.text("common.not_given")
            if c.routes:
                routes = ", ".join(notice.texts.text(ROUTE_KEYS[r]) if r in ROUTE_KEYS else r for r in c.routes)
                return notice.texts.text("changes.category_routes", how=words, routes=routes)
            return words

        def compare(key: str, o: Category, c: Category) -> None:
            item = self.text("changes.what_category", label=c.label)
            if o.how != c.how:
                if o.how is NOT_GIVEN or c.how is NOT_GIVEN:
                    kind = "now_given" if o.how is NOT_GIVEN else "no_longer_given"
                    self.add("who", key, kind, self.of(item, "changes.field_how"), c.label, before=how(self.a, o), after=how(self.b, c))
                else:
                    self.add("who", key, "changed", self.of(item, "changes.field_how"), c.label, before=how(self.a, o), after=how(self.b, c))
            if o.routes != c.routes:
                self.compare_value("who", key, self.of(item, "changes.field_routes"), c.label, _routes(self.a, o, ROUTE_KEYS), _routes(self.b, c, ROUTE_KEYS))
            self.compare_text("who", key, self.of(item, "changes.field_detail"), c.label, o.detail, c.detail)
            self.compare_label("who", key, item, o.label, c.label)

        self.matched("who", "who", self.a.who, self.b.who, lambda c: c.situation, lambda c: c.label,
                     lambda label: self.text("changes.what_category", label=label), how, compare)

    def _steps(self) -> None:
        what = self.text("changes.section_steps")
        a, b = self.a.session.steps, self.b.session.steps
        if not self.section_given("steps", "steps", what, a, b, lambda n, items: _join(n, [step_title(s.title, n.texts) for s in items])):
            return

        def title(notice: Notice, step: Step) -> str:
            return step_title(step.title, notice.texts)

        def compare(key: str, o: Step, s: Step) -> None:
            item = self.text("changes.what_step", title=title(self.b, s))
            label = title(self.b, s)
            self.compare_text("steps", key, self.of(item, "changes.field_text"), label, o.text, s.text)
            if o.deadline != s.deadline:  # (a date that moves is said under « Dates »)
                self.compare_value("steps", key, self.of(item, "changes.field_deadline"), label,
                                   self.deadline(self.a, o.deadline), self.deadline(self.b, s.deadline))
            if o.when != s.when:
                self.add("steps", key, "changed", self.of(item, "changes.field_condition"), label,
                         before=condition_words(self.a, o.when), after=condition_words(self.b, s.when))

        def renamed(key: str, o: Step, s: Step) -> None:
            self.compare_label("steps", key, self.text("changes.what_step", title=title(self.b, s)), title(self.a, o), title(self.b, s))

        self.matched("steps", "steps", list(a), list(b), lambda s: _key_part(step_title(s.title, self.t)), lambda s: title(self.b, s),
                     lambda label: self.text("changes.what_step", title=label), lambda n, s: None, compare, renamed,
                     lambda o, s: _similar(o.text, s.text) >= RENAMED_TEXT_RATIO)

    def deadline(self, notice: Notice, deadline_id: str | None) -> str | None:
        """A step's or a piece's deadline in words. Here, as for every date of the comparison (added, removed or
        changed), the date alone: the guide's reading of it (« — date retenue par le guide ») is the pages' mark, not
        a change of the notice's (review61 L8: marked in some lines of « Nouveautés » and not in others)."""
        if not deadline_id:
            return None
        d = notice.deadline(deadline_id)
        return notice.texts.text("common.label_value", label=d.label, value=deadline_moment(notice, deadline_id, mark=False))

    def _deposit(self) -> None:
        """Where the notice has the pieces deposited (``documents_deposit:``), in the words of the notice pages
        (``deposit_ways``): one line, said, no longer said, or changed, for candidates; where the notice says so alone
        changed (its passage's title), for staff only (review67b L4: « Nouveautés » did not compare it)."""
        ways = [deposit_ways(n) for n in (self.a, self.b)]
        said = [" ; ".join(action for _, action in w) if w is not None else None for w in ways]
        what = self.text("changes.what_documents_deposit")
        if said[0] is None or said[1] is None or _plain(said[0]) != _plain(said[1]):
            # (whole: a way's case or address in the notice's words can be long, and the quote's cut fell before the
            # channel of the way added, « … dans le cas « Contrairement à … la… » », no « courrier »: review68b)
            self.compare_text("documents", f"documents.{DEPOSIT}", what, what, *said, cut=False)
        else:
            sections = [" ; ".join(dict.fromkeys(section for section, _ in w)) for w in ways]
            self.compare_text("documents", f"documents.{DEPOSIT}", what, what, *sections, candidate=False)

    def _documents(self) -> None:
        self._deposit()  # (said whether or not both notices give their list)
        what = self.text("changes.section_documents")
        if not self.section_given("documents", "documents", what, self.a.session.documents, self.b.session.documents,
                                  lambda n, items: _join(n, [d.label for d in items])):
            return

        def details(notice: Notice, doc: ResolvedDocument) -> str:
            return notice.texts.text("changes.document_details", who=condition_words(notice, doc.when), deadline=document_deadline(notice, doc))

        def compare(key: str, o: ResolvedDocument, d: ResolvedDocument) -> None:
            item = self.text("changes.what_document", label=d.label)
            self.compare_label("documents", key, item, o.label, d.label, candidate=True)
            if o.when != d.when:
                self.add("documents", key, "changed", self.of(item, "changes.field_condition"), d.label,
                         before=condition_words(self.a, o.when), after=condition_words(self.b, d.when))
            if o.deadline != d.deadline:
                self.add("documents", key, "changed", self.of(item, "changes.field_deadline"), d.label,
                         before=self.deadline(self.a, o.deadline), after=self.deadline(self.b, d.deadline))
            self.compare_text("documents", key, self.of(item, "changes.field_detail"), d.label, o.detail, d.detail)
            self.compare_text("documents", key, self.of(item, "changes.field_late_deposit"), d.label, o.late_deposit, d.late_deposit)
            self.compare_text("documents", key, self.of(item, "changes.field_group"), d.label, o.group, d.group, candidate=False)

        own = [d for d in self.a.documents if not d.national]
        new = [d for d in self.b.documents if not d.national]
        self.matched("documents", "documents", own, new, lambda d: d.id, lambda d: d.label,
                     lambda label: self.text("changes.what_document", label=label), details, compare)
        what = self.text("changes.what_documents_elsewhere")
        self.compare_text("documents", f"documents.{ELSEWHERE}", what, what, self.a.session.documents_elsewhere, self.b.session.documents_elsewhere)

    def _national_documents(self) -> None:
        old, new = _national_status(self.a), _national_status(self.b)
        for did in dict.fromkeys([*new, *old]):
            before, after = old.get(did), new.get(did)
            document = self.b.national_documents.get(did) or self.a.national_documents.get(did)
            label = document.label if document else did
            before_words = self.national_words(before)
            after_words = self.national_words(after)
            mentions = [n.session.national_documents.get(did) for n in (self.a, self.b)]
            if all(mentions):  # mentioned by both notices: in their words
                self.compare_text("national_documents", f"national_documents.{did}",
                                  self.of(self.text("changes.what_national_document", label=label), "changes.field_words"), label,
                                  mentions[0].words, mentions[1].words)
            if before_words == after_words:
                continue
            in_force_changed = before is None or after is None
            self.add("national_documents", f"national_documents.{did}", "changed", self.text("changes.what_national_document", label=label), label,
                     candidate=in_force_changed, before=before_words, after=after_words)
            cited = self.citations_changed(did, before, after)
            if cited:
                self.out[-1] = dataclasses.replace(self.out[-1], national=cited)

    def citations_changed(self, did: str, before: tuple | None, after: tuple | None) -> str | None:
        """A national piece asked in some cases only by both notices, through the same items, and said « qui cite ce
        texte » for one session only: the change is content/texts.yaml's (its ``cited_by:`` names one notice and not
        the other, most often the new one not yet listed), not the academy's file; where it comes from, in words
        (staffwalk60 L: the JDC line of a rollover read as a change staff had made). None otherwise."""
        if not (before and after and before[0] == after[0] == "partly"):
            return None
        if bool(before[1][1]) == bool(after[1][1]):
            return None
        citing, other = (self.a, self.b) if before[1][1] else (self.b, self.a)
        texts = next((d.provenance.texts for d in citing.documents if d.national == did), ())
        # (its items changed in the academy's file as well: both said, fixstaff64 item 4; it said nothing of the
        # national content, as if the whole line were the academy's)
        key = ("changes_cli.from_national_citations" if before[1][0] == after[1][0]
               else "changes_cli.from_national_citations_too")
        return self.text(key, year_cited=citing.year, year_not=other.year,
                         texts=self.t.join("provenance.texts_join", [t.title for t in texts]))

    def national_words(self, status: tuple | None) -> str:
        if status is None:
            return self.text("changes.national_not_in_force")
        kind, detail = status
        if kind == "covered":
            return self.text("changes.national_covered", labels=self.t.join("changes.labels_join", [self.quoted(x) for x in detail]))
        if kind == "partly":
            labels, cited = detail
            key = ("changes.national_partly" if not cited else "changes.national_partly_cited" if cited == 1
                   else "changes.national_partly_cited_plural")
            return self.text(key,
                             labels=self.t.join("changes.labels_join", [self.quoted(x) for x in labels]))
        if kind == "mentioned":
            return self.text("changes.national_mentioned", section=detail or self.text("changes.unknown_place"))
        return self.text("changes.national_silent")

    def _topics(self) -> None:
        a, b = self.a, self.b
        own_a, own_b = a.session.topics, b.session.topics
        what = self.text("changes.section_topics")
        both_given = self.section_given("topics", "topics", what, own_a, own_b,
                                        lambda n, items: _join(n, [_topic_title(n, tid) for tid in items]))
        old = {t.id: t for t in a.topics}
        new = {t.id: t for t in b.topics}
        for tid in dict.fromkeys([*new, *old]):
            title = (new.get(tid) or old[tid]).title
            key = f"topics.{tid}"
            before = old[tid].statements if tid in old else ()
            after = new[tid].statements if tid in new else ()
            self.national_statements(key, title, tid, before, after)
            if both_given:
                self.notice_statements(key, title, [s for s in before if s.id is None], [s for s in after if s.id is None])

    def national_statements(self, key: str, title: str, tid: str, before, after) -> None:
        old = {s.id: s for s in before if s.id is not None}
        new = {s.id: s for s in after if s.id is not None}
        for sid in dict.fromkeys([*new, *old]):
            o, s = old.get(sid), new.get(sid)
            statement = o if o is not None and o.provenance.national else (s or o)
            what = self.text("changes.what_national_statement", topic=title, text=short(statement.text))
            if o is not None and s is not None:
                if o.provenance.national and not s.provenance.national:
                    self.add("topics", key, "changed", what, title, candidate=False,
                             words=self.text("changes.national_replaced", year_b=self.b.year, text=self.quoted(s.text)))
                elif s.provenance.national and not o.provenance.national:
                    self.add("topics", key, "changed", what, title, candidate=False, words=self.text("changes.national_unreplaced", year_b=self.b.year))
                elif not s.provenance.national:
                    self.compare_text("topics", key, self.text("changes.what_replaced_statement", topic=title), title, o.text, s.text)
                continue
            if s is not None:  # shown now, not before
                self.add("topics", key, "changed", what, title, candidate=not self.dropped(self.a, tid, sid),
                         words=self.statement_reason(self.a, self.b, tid, sid, statement, shown_now=True))
            else:
                self.add("topics", key, "changed", what, title, candidate=not self.dropped(self.b, tid, sid),
                         words=self.statement_reason(self.b, self.a, tid, sid, statement, shown_now=False))

    def dropped(self, notice: Notice, tid: str, sid: str) -> str | None:
        own = (given(notice.session.topics) or {}).get(tid)
        return own.drop.get(sid) if own else None

    def statement_reason(self, hidden: Notice, shown: Notice, tid: str, sid: str, statement: ResolvedStatement, *, shown_now: bool) -> str:
        """Why a national statement is shown in one notice and not in the other."""
        reason = self.dropped(hidden, tid, sid)
        if reason is not None:
            if shown_now:
                return self.text("changes.national_shown_again", year=hidden.year)
            return self.text("changes.national_dropped", year=hidden.year, reason=one_line(reason))
        texts = statement.provenance.texts or statement.replaces
        outside = [t for t in texts if not t.in_force(hidden.year)]
        if outside:
            cited = self.t.join("provenance.texts_join", [t.title for t in outside])
            return self.text("changes.national_in_force" if shown_now else "changes.national_not_in_force_now", year=hidden.year, texts=cited)
        return self.text("changes.national_audience_now" if shown_now else "changes.national_audience_gone", year=hidden.year)

    def notice_statements(self, key: str, title: str, before: list[ResolvedStatement], after: list[ResolvedStatement]) -> None:
        """The notice's own statements of a topic: same text, close text (reworded or changed), or new or gone."""
        old = [s for s in before if not any(_plain(s.text) == _plain(x.text) for x in after)]
        new = [s for s in after if not any(_plain(s.text) == _plain(x.text) for x in before)]
        what = self.text("changes.what_notice_statement", topic=title)
        for s in after:
            match = next((x for x in before if _plain(x.text) == _plain(s.text)), None)
            if match is not None and match.provenance.section != s.provenance.section:
                self.add("topics", key, "changed", self.of(what, "changes.field_section"), title, candidate=False,
                         before=self.place(match), after=self.place(s))
        pairs = sorted(((_similar(o.text, s.text), i, j) for i, o in enumerate(old) for j, s in enumerate(new)), reverse=True)
        used_old, used_new = set(), set()
        for score, i, j in pairs:
            if score < 0.6 or i in used_old or j in used_new:
                continue
            used_old.add(i)
            used_new.add(j)
            self.compare_text("topics", key, what, title, old[i].text, new[j].text)
        for j, s in enumerate(new):
            if j not in used_new:
                self.add("topics", key, "added", what, title, after=self.text("changes.statement_words", text=self.quoted(s.text), section=self.place(s)))
        for i, o in enumerate(old):
            if i not in used_old:
                self.add("topics", key, "removed", what, title, before=self.text("changes.statement_words", text=self.quoted(o.text), section=self.place(o)))

    def place(self, statement: ResolvedStatement) -> str:
        return statement.provenance.section or self.text("changes.unknown_place")

    def _specialties(self) -> None:
        self.r408()
        what = self.text("changes.what_specialty_contacts")
        a, b = self.a.session.specialty_contacts, self.b.session.specialty_contacts
        if self.section_given("specialties", "specialties.contacts", what, a, b, lambda n, items: _join(n, [self.group_names(n, g) for g in items])):
            def compare(key: str, o: ContactGroup, g: ContactGroup) -> None:
                names = self.group_names(self.b, g)
                self.compare_value("specialties", key, self.of(self.text("changes.what_specialty_contact", names=names), "changes.field_phones"), names,
                                   ", ".join(o.phones), ", ".join(g.phones))

            self.matched("specialties", "specialties.contacts", list(a), list(b), lambda g: _key_part(" ".join(sorted(map(str, g.specialties)))),
                         lambda g: self.group_names(self.b, g), lambda names: self.text("changes.what_specialty_contact", names=names),
                         lambda n, g: ", ".join(g.phones), compare)
        # (a staff walk, stop 40: the note under the table, quoting the exam office's address, was in no line)
        what = self.text("changes.what_specialty_contacts_note")
        self.compare_text("specialties", "specialties.contacts_note", what, what, self.a.session.specialty_contacts_note,
                          self.b.session.specialty_contacts_note)
        what = self.text("changes.what_managing")
        a, b = self.a.session.managing_academies, self.b.session.managing_academies
        if self.section_given("specialties", "specialties.managing", what, a, b,
                              lambda n, items: _join(n, [f"{specialty_name(n, m.specialty)} : {m.academy}" for m in items])):
            def compare(key: str, o, m) -> None:
                name = specialty_name(self.b, m.specialty)
                item = self.text("changes.what_managed", specialty=name)
                self.compare_value("specialties", key, self.of(item, "changes.field_academy"), name, o.academy, m.academy)
                self.compare_value("specialties", key, self.of(item, "changes.field_url"), name, o.url, m.url)

            self.matched("specialties", "specialties.managing", list(a), list(b), lambda m: _key_part(str(m.specialty)),
                         lambda m: specialty_name(self.b, m.specialty), lambda name: self.text("changes.what_managed", specialty=name),
                         lambda n, m: m.academy, compare)
        what = self.text("changes.what_managing_note")
        self.compare_text("specialties", "specialties.managing_note", what, what, self.a.session.managing_academies_note,
                          self.b.session.managing_academies_note)

    def group_names(self, notice: Notice, group: ContactGroup) -> str:
        return ", ".join(specialty_name(notice, ref) for ref in group.specialties)

    def r408(self) -> None:
        a, b = self.a.r408, self.b.r408
        what = self.text("changes.what_r408_national")
        self.compare_value("specialties", "specialties.r408_national", what, what,
                           self.r408_list_words(self.a, a.national, a.national_texts), self.r408_list_words(self.b, b.national, b.national_texts))
        what = self.text("changes.what_r408")

        def summary(notice: Notice, r408) -> str:
            return self.r408_list_words(notice, r408.list, ()) if r408.list else r408.section

        if not self.section_given("specialties", "specialties.r408", what, self.a.session.r408, self.b.session.r408, summary):
            return
        old, new = a.notice_list, b.notice_list
        what = self.text("changes.what_r408_list")
        if old is None or new is None:
            self.compare_value("specialties", "specialties.r408", what, what,
                               self.r408_list_words(self.a, old, ()) if old else None, self.r408_list_words(self.b, new, ()) if new else None)
        else:
            def compare(key: str, o, e) -> None:
                name = specialty_name(self.b, e.specialty)
                self.compare_value("specialties", key, self.of(self.text("changes.what_r408_specialty", specialty=name), "changes.field_annexes"),
                                   name, self.annexes(o.annexes), self.annexes(e.annexes))

            self.matched("specialties", "specialties.r408", list(old.specialties), list(new.specialties), lambda e: _key_part(str(e.specialty)),
                         lambda e: specialty_name(self.b, e.specialty), lambda name: self.text("changes.what_r408_specialty", specialty=name),
                         lambda n, e: self.annexes(e.annexes), compare)
        if old is not None and new is not None:
            self.compare_text("specialties", "specialties.r408", self.of(what, "changes.field_note"), what, old.note, new.note)
        self.compare_text("specialties", "specialties.r408", self.text("changes.what_r408_waiver"), what, a.waiver, b.waiver)

    def annexes(self, annexes: tuple[int, ...]) -> str:
        if not annexes:
            return self.text("r408.annexes_unknown")
        return self.t.join("r408.annex_and", [self.text("r408.annex", annex=x) for x in annexes])

    def r408_list_words(self, notice: Notice, lst, texts) -> str | None:
        if lst is None:
            return None
        names = _join(notice, [specialty_name(notice, e.specialty) for e in lst.specialties])
        if texts:
            return notice.texts.text("changes.r408_list_by", texts=notice.texts.join("provenance.texts_join", [t.title for t in texts]), names=names)
        return names

    def _contacts(self) -> None:
        what = self.text("changes.section_contacts")
        a, b = self.a.session.contacts, self.b.session.contacts

        def compare(key: str, o, c) -> None:
            item = self.text("changes.what_contact", name=c.name)
            for field_key, field in (("changes.field_phones", "phones"), ("changes.field_emails", "emails")):
                before, after = getattr(o, field), getattr(c, field)
                pair = _replaced_address(o, c)
                if field == "emails" and pair is not None:  # one address for another: said so, once (staff walk 50 M2)
                    self.address_lines[pair] = len(self.out)
                    old_address, new_address = _written(before, pair[0]), _written(after, pair[1])
                    self.add("contacts", key, "changed", item, c.name, before=old_address, after=new_address,
                             words=self.text("changes.new_address", before=old_address, after=new_address))
                    continue
                # a phone or address added to (or gone from) a contact both notices give: said as the contact's, not as
                # a new contact (staffwalk53 M3: « Nouveau dans la notice … : contact « Bureau … », téléphones — … »)
                if bool(before) != bool(after):
                    values = after or before
                    elsewhere = _other_contacts(self.a, o) if after else _other_contacts(self.b, c)
                    if not any(_contact_value(v) == _contact_value(w) for x in elsewhere for w in getattr(x, field) for v in values):
                        self.add("contacts", key, "added" if after else "removed", item, c.name,
                                 before=", ".join(before) or None, after=", ".join(after) or None,
                                 words=self.text(_CONTACT_FIELD_CHANGED[field, bool(after)], count=len(values),
                                                 values=", ".join(values), year_b=self.b.year))
                        continue
                # a number or address the other notice gives for another of its contacts (Nantes 2024 gave the DEC 4-1
                # office's 02 40 37 38 38 as its case officer's): said with that contact, not as new (a review)
                self.compare_value("contacts", key, self.of(item, field_key), c.name,
                                   self.contact_values(before, after, _other_contacts(self.a, o), field),
                                   self.contact_values(after, before, _other_contacts(self.b, c), field))
            if bool(o.address) != bool(c.address):
                # a postal address added to (or gone from) a contact both notices give: said as the contact's, as a phone is
                # (staffwalk60 L1: « Nouveau dans la notice de la session 2025 : contact « Bureau des BTS … », adresse
                # postale — … », as if the office were new)
                self.add("contacts", key, "added" if c.address else "removed", item, c.name,
                         before=", ".join(o.address) or None, after=", ".join(c.address) or None,
                         words=self.text("changes.contact_address_added" if c.address else "changes.contact_address_removed",
                                         values=", ".join(c.address or o.address), year_b=self.b.year))
            else:
                self.compare_value("contacts", key, self.of(item, "changes.field_address"), c.name, ", ".join(o.address) or None, ", ".join(c.address) or None)
            self.compare_value("contacts", key, self.of(item, "changes.field_url"), c.name, o.url, c.url)
            self.compare_text("contacts", key, self.of(item, "changes.field_role"), c.name, o.role, c.role, candidate=False)
            # its note: the notice's words (Nantes 2026's positioning contact) or the guide's rewording of them (Toulouse's
            # exam office in academy.yaml, for « Courriel (à privilégier) : … »); added or removed, said so for the
            # session, neither « dans la notice » nor « dans le guide » (guide=None)
            self.compare_text("contacts", key, self.of(item, "changes.field_note"), c.name, o.note, c.note, guide=None)

        # the exam office each notice gives (its session's, else the academy's): its phones, e-mails… (a staff walk: a
        # phone added to it was in neither the comparison nor « Nouveautés de la session »)
        office_key = f"contacts.{EXAM_OFFICE}"
        if self.a.exam_office is not None and self.b.exam_office is not None:
            # its name first: renamed between the notices (Nantes: « Bureau DEC 4-1 » in 2024, « Bureau d'organisation
            # des BTS (DEC 4-1) » in 2026; a review found the new name nowhere in the comparison)
            self.compare_label("contacts", office_key, self.text("changes.what_contact", name=self.b.exam_office.name),
                               self.a.exam_office.name, self.b.exam_office.name, renamed="changes.renamed_name")
            compare(office_key, self.a.exam_office, self.b.exam_office)
        elif self.a.exam_office is not None or self.b.exam_office is not None:  # given by one notice only (a review)
            office = self.b.exam_office or self.a.exam_office
            # (its phones, e-mails…, or its name when it gives none)
            before = (_office_words(self.a, self.a.exam_office) or self.a.exam_office.name) if self.a.exam_office else None
            after = (_office_words(self.b, self.b.exam_office) or self.b.exam_office.name) if self.b.exam_office else None
            self.compare_value("contacts", office_key, self.text("changes.what_contact", name=office.name), office.name, before, after)
        if a is NOT_GIVEN and b is not NOT_GIVEN:
            # contacts the previous notice's section did not give (« non précisé », its exam office given apart): each a
            # new contact, with its phones and e-mails (staffwalk53 M3: « Contacts : « … » — non précisé par la notice
            # de la session 2024 », backwards, without the new address)
            for c in b:
                self.add("contacts", f"contacts.{_key_part(c.name)}", "added", self.text("changes.what_contact", name=c.name),
                         c.name, after=_office_words(self.b, c), whole=True)
            return
        if not self.section_given("contacts", "contacts", what, a, b, lambda n, items: _join(n, [o.name for o in items])):
            return
        self.matched("contacts", "contacts", list(a), list(b), lambda o: _key_part(o.name), lambda o: o.name,
                     lambda name: self.text("changes.what_contact", name=name), _office_words, compare)

    def contact_values(self, values: tuple[str, ...], other: tuple[str, ...], elsewhere: list, field: str) -> str | None:
        """A contact's phones (or e-mails, ``field``) in one notice, in words, for comparison with ``other``, the same
        contact's in the other notice: followed by those of ``other`` this notice gives for another of its contacts
        (``elsewhere``, ``_other_contacts``), each group with that contact's name; None when there are none."""
        own = {_contact_value(v) for v in values}
        found: dict[str, list[str]] = {}
        for value in other:
            if _contact_value(value) in own:
                continue
            # (as this notice writes it)
            name, written = next(((c.name, v) for c in elsewhere for v in getattr(c, field) if _contact_value(v) == _contact_value(value)), (None, None))
            if name is not None:
                found.setdefault(name, []).append(written)
        parts = [", ".join(values)] if values else []
        parts += [self.text("changes.given_for", values=", ".join(found[name]), name=name) for name in found]
        return self.t.join("changes.labels_join", parts) if parts else None

    def _links(self) -> None:
        what = self.text("changes.section_links")
        a, b = self.a.session.links, self.b.session.links
        if not self.section_given("links", "links", what, a, b, lambda n, items: _join(n, [link.label for link in items])):
            return

        def compare(key: str, o: Link, link: Link) -> None:
            item = self.text("changes.what_link", label=link.label)
            self.compare_value("links", key, self.of(item, "changes.field_url"), link.label, o.url, link.url)
            self.compare_label("links", key, item, o.label, link.label)

        self.matched("links", "links", list(a), list(b), lambda link: link.id, lambda link: link.label,
                     lambda label: self.text("changes.what_link", label=label), lambda n, link: link.url, compare)

    def _exam_adjustment(self) -> None:
        from .site.notice_view import CHANNEL_KEYS, recipient_words

        what = self.text("changes.section_exam_adjustment")
        a, b = self.a.session.exam_adjustment, self.b.session.exam_adjustment

        def channel(notice: Notice, adjustment) -> str:
            return notice.texts.text(CHANNEL_KEYS[adjustment.channel])

        if not self.section_given("exam_adjustment", "exam_adjustment", what, a, b, channel):
            return
        key = "exam_adjustment"
        if a.channel != b.channel:
            self.add(key, key, "changed", self.of(what, "changes.field_channel"), what, before=channel(self.a, a), after=channel(self.b, b))
        for name, field_key in (("how", "changes.field_how_adjustment"), ("send_to", "changes.field_send_to"), ("decision", "changes.field_decision"),
                                ("renewal", "changes.field_renewal"), ("declare_in_cyclades", "changes.field_cyclades")):
            # (the recipient with its address, or the words saying the notice gives none: as the pages say it)
            before, after = (recipient_words(a, self.a.texts, self.a.exam_office), recipient_words(b, self.b.texts, self.b.exam_office)) if name == "send_to" else (getattr(a, name), getattr(b, name))
            self.compare_text(key, key, self.of(what, field_key), what, before, after)
        self.compare_value(key, key, self.of(what, "changes.field_url"), what, a.url, b.url)
        self.compare_value(key, key, self.of(what, "changes.field_application"), what,
                           f"{a.application.name} ({a.application.url})" if a.application else None,
                           f"{b.application.name} ({b.application.url})" if b.application else None)
        if a.deadline != b.deadline:
            self.compare_value(key, key, self.of(what, "changes.field_deadline"), what, self.deadline(self.a, a.deadline), self.deadline(self.b, b.deadline))

    def _forms(self) -> None:
        what = self.text("changes.section_forms")
        a, b = self.a.session.forms, self.b.session.forms
        if not self.section_given("forms", "forms", what, a, b, lambda n, items: _join(n, [f.title for f in items])):
            return

        def compare(key: str, o: FormField, f: FormField) -> None:
            item = self.text("changes.what_form", title=f.title)
            self.compare_label("forms", key, item, o.title, f.title)
            self.compare_text("forms", key, self.of(item, "changes.field_purpose"), f.title, o.purpose, f.purpose)
            self.compare_value("forms", key, self.of(item, "changes.field_url"), f.title, o.url, f.url)
            self.compare_text("forms", key, self.of(item, "changes.field_form_text"), f.title, o.text_words(), f.text_words())

        self.matched("forms", "forms", list(a), list(b), lambda f: f.id, lambda f: f.title,
                     lambda title: self.text("changes.what_form", title=title), lambda n, f: f.url, compare)

    def _establishment(self) -> None:
        what = self.text("changes.section_establishment")
        a, b = self.a.session.establishment_guide, self.b.session.establishment_guide
        if a is None and b is None:
            return
        a = NOT_GIVEN if a is None else a
        b = NOT_GIVEN if b is None else b
        if not self.section_given("establishment", "establishment", what, a, b, lambda n, guide: _join(n, [s.title for s in guide.steps])):
            return

        def compare(key: str, o, s) -> None:
            item = self.text("changes.what_establishment_step", title=s.title)
            self.compare_text("establishment", key, self.of(item, "changes.field_text"), s.title, o.text, s.text, candidate=False)
            self.compare_value("establishment", key, self.of(item, "changes.field_menu"), s.title, o.menu, s.menu, candidate=False)

        before = len(self.out)
        self.matched("establishment", "establishment", list(a.steps), list(b.steps), lambda s: _key_part(s.title), lambda s: s.title,
                     lambda title: self.text("changes.what_establishment_step", title=title), lambda n, s: None, compare)
        # The establishments' own procedure: listed for staff, not among the candidates' novelties.
        self.out[before:] = [_not_for_candidates(c) for c in self.out[before:]]


_NATURE_KEYS = {"deadline": "changes.nature_deadline", "information": "changes.nature_information", "latest": "changes.nature_latest"}


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _by_ident(items: Iterable, ident: Callable) -> dict[str, object]:
    """Items by identity; a second item with the same identity gets « _2 » (two categories of one situation)."""
    out: dict[str, object] = {}
    for item in items:
        base = ident(item)
        key, n = base, 1
        while key in out:
            n += 1
            key = f"{base}_{n}"
        out[key] = item
    return out


def _join(notice: Notice, names: list[str]) -> str:
    return notice.texts.join("changes.labels_join", [notice.texts.text("changes.quoted", text=short(n)) for n in names])


def _routes(notice: Notice, category: Category, route_keys: dict[str, str]) -> str | None:
    if not category.routes:
        return None
    return ", ".join(notice.texts.text(route_keys[r]) if r in route_keys else r for r in category.routes)


def _other_contacts(notice: Notice, contact) -> list:
    """The notice's exam office and its contacts, but ``contact``."""
    contacts = [notice.exam_office] if notice.exam_office is not None else []
    contacts += list(given(notice.session.contacts) or ())
    return [c for c in contacts if c is not contact]


def _contact_value(value: str) -> str:
    """A phone or e-mail as compared: a phone's digits (« 02.40.37.38.38 » is « 02 40 37 38 38 »), an address in lower case."""
    return str(value).casefold() if "@" in str(value) else re.sub(r"\D", "", str(value))


def _replaced_address(before, after) -> tuple[str, str] | None:
    """(old, new), in lower case, when the contact ``after`` gives one e-mail address in place of one ``before`` gave,
    its others kept; else None."""
    old = [e.casefold() for e in before.emails]
    new = [e.casefold() for e in after.emails]
    gone, came = [e for e in old if e not in new], [e for e in new if e not in old]
    return (gone[0], came[0]) if len(gone) == len(came) == 1 else None


def _replaced_addresses_of(a: Notice, b: Notice) -> dict[str, str]:
    """The e-mail addresses a contact of notice ``a`` gives that the same contact of notice ``b`` replaced by another
    (``_replaced_address``; its exam office, its contacts by name): old → new, in lower case."""
    pairs = [(a.exam_office, b.exam_office)] if a.exam_office is not None and b.exam_office is not None else []
    later = {_key_part(c.name): c for c in given(b.session.contacts) or ()}
    pairs += [(c, later[_key_part(c.name)]) for c in given(a.session.contacts) or () if _key_part(c.name) in later]
    out: dict[str, str] = {}
    for before, after in pairs:
        pair = _replaced_address(before, after)
        if pair is not None and pair[0] not in out:
            out[pair[0]] = pair[1]
    return out


def _written(emails: tuple[str, ...], address: str) -> str:
    """``address`` as the contact writes it among ``emails``."""
    return next((e for e in emails if e.casefold() == address), address)


# A contact's phones or e-mails (field) added (True) or no longer given (False), the contact in both notices
_CONTACT_FIELD_CHANGED = {
    ("phones", True): "changes.contact_phones_added", ("emails", True): "changes.contact_emails_added",
    ("phones", False): "changes.contact_phones_removed", ("emails", False): "changes.contact_emails_removed",
}


def _office_words(notice: Notice, office) -> str | None:
    parts = [", ".join(office.phones), ", ".join(office.emails), ", ".join(office.address), office.url or ""]
    return notice.texts.join("changes.labels_join", [p for p in parts if p]) or None


def _topic_title(notice: Notice, tid: str) -> str:
    for topic in notice.topics:
        if topic.id == tid:
            return topic.title
    own = (given(notice.session.topics) or {}).get(tid)
    return (own.title if own and own.title else tid)


def _national_status(notice: Notice) -> dict[str, tuple]:
    """Each national document in force for the notice: (« silent » | « mentioned » | « covered » | « partly », detail).
    « partly »: notice items ask for it in some cases only, the national piece shown in the others (its
    ``partly_covered`` row): detail (their labels, how many texts of it this notice cites: ``Notice.cites_unasked``), said
    as the page says that row (« non demandée dans ce cas par la notice …, qui cite ce texte », else « non mentionnée
    par la notice »), not « reprise par la notice » alone (NOTE51 « Not done »)."""
    out: dict[str, tuple] = {}
    partly: dict[str, int] = {}
    for doc in notice.documents:
        if doc.national:
            out[doc.national] = ("silent", None) if doc.notice_silent else ("mentioned", doc.provenance.section)
            if doc.partly_covered:  # (cited: by one text or several, as the page's « ce texte », « ces textes »)
                partly[doc.national] = (len(doc.provenance.texts) if notice.cites_unasked(doc) else 0)
    covering: dict[str, list[str]] = {}
    for doc in notice.documents:
        if not doc.national:
            for did in doc.covers:
                covering.setdefault(did, []).append(doc.label)
    for did, labels in covering.items():
        out[did] = ("partly", (tuple(labels), partly[did])) if did in partly else ("covered", tuple(labels))
    return out


def _shift_days(old: dt.date, old_year: int, new: dt.date, new_year: int) -> int:
    """How many days later in its session's calendar ``new`` falls than ``old`` (negative: earlier)."""
    years = new_year - old_year
    try:
        aligned = old.replace(year=old.year + years)
    except ValueError:  # 29 February
        aligned = old.replace(year=old.year + years, day=28)
    return (new - aligned).days


def _moved_by_the_gap(old: dt.datetime, old_time: bool, new: dt.datetime, new_time: bool, old_year: int, new_year: int,
                      information: bool = False) -> bool:
    """A date given by both notices that ``_Diff.moment`` says nothing of: the same day of the same month, moved by the
    sessions' gap, at the same hour (or one for information whose hour is given by one notice only)."""
    if _shift_days(old.date(), old_year, new.date(), new_year):
        return False
    if old_time and new_time:
        return old.time() == new.time()
    return old_time == new_time or information


def rolled_dates(before: Notice, after: Notice) -> tuple[int, int]:
    """How many of the dates both notices give (the opening, the closing, each deadline, the age reference) moved by
    exactly the sessions' gap, same day, same month, same hour: the comparison says nothing of each (``_Diff._dates``),
    and ``python -m generator diff`` says so in one line (a staff walk, stop 50 G4: every date of a rollover moved a
    year on, and the « Dates » section was missing, nothing confirming it); and how many dates both notices give."""
    pairs = [(getattr(before, n), getattr(before, f"{n}_has_time"), getattr(after, n), getattr(after, f"{n}_has_time"), False)
             for n in ("opening", "closing") if getattr(before, f"{n}_given") and getattr(after, f"{n}_given")]
    old = {d.id: d for d in before.deadlines if d.given}
    pairs += [(old[d.id].start, old[d.id].has_time, d.start, d.has_time, d.kind != "deadline") for d in after.deadlines if d.given and d.id in old]
    rolled = sum(_moved_by_the_gap(o, o_time, n, n_time, before.year, after.year, information)
                 for o, o_time, n, n_time, information in pairs)
    ages = before.session.session.age_reference_date, after.session.session.age_reference_date
    if all(ages):
        pairs.append(ages)
        rolled += not _shift_days(ages[0], before.year, ages[1], after.year)
    return rolled, len(pairs)


def _not_for_candidates(change: Change) -> Change:
    return dataclasses.replace(change, candidate=False)


def diff(before: Notice, after: Notice) -> tuple[Change, ...]:
    """Every change from notice ``before`` (an earlier session) to notice ``after``, section by section."""
    if before.slug != after.slug:
        raise ValueError(f"diff: two academies ({before.slug}, {after.slug})")
    return tuple(_Diff(before, after).run())


def section_title(notice: Notice, section: str) -> str:
    """The French title of a section of the comparison (``SECTIONS``)."""
    return notice.texts.text(SECTION_KEYS[section])
