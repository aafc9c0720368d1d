"""French typography, French sorting and sentences said one after another, shared by every output (pages, calendars,
command line) and by the merge (a detail ended as a sentence before the guide's).

Standard library only, so the checklist engine's helpers can use it too.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

NBSP = "\u00a0"  # before « : » and inside « »
NNBSP = "\u202f"  # narrow no-break space, before « ; ? ! »
APOSTROPHE = "\u2019"  # the typographic apostrophe: « l’académie »

_BEFORE_PUNCT = re.compile(r"[ \u00a0\u202f]+([;?!])")
_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSE = re.compile(r"[ \u00a0\u202f]*»")
# A number and its unit stay on one line (« 675 h », « 20 min », « 1 350 heures »), and so do a number's
# groups of three digits (« 1 350 ») and a time's hour and minutes (« 17 h 00 »).
# (the same in site_overrides/assets/checklist/checklist.js, whose \w is ASCII: letters are spelt out here)
_NUMBER_UNIT = re.compile(r"(?<![\w.,])([0-9]+) (h|min|mn|heures?|€|%)(?!\w)")
_TIME_MINUTES = re.compile(r"(?<![\w.,])([0-9]+\u00a0h) ([0-9]{2})(?!\w)")
_DAY_MONTH = re.compile(r"(?<![\w.,])(1er|[0-9]{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b",
                        re.IGNORECASE)  # (a notice's capitals too: « 22 NOVEMBRE 2023 »)
_DIGIT_GROUPS = re.compile(r"(?<![\w.,])([0-9]{1,3}) ([0-9]{3})(?![\w.,])")
# « n° » and its number (« décret n° 2020-1167 », « B.O. n° 32 »): a typed space becomes a no-break space (read52 L5)
_NUMERO = re.compile(r"(?<!\w)([nN]°) (?=[0-9])")
# A French telephone number (« 05 36 25 71 20 »): on one line.
_PHONE = re.compile(r"(?<![\w.,])0[1-9](?: [0-9]{2}){4}(?!\w|[.,][0-9])")
# What keeps its straight apostrophe: web addresses, e-mail addresses and code between backticks.
# An e-mail address in a text: never its sentence's full stop, nor an emphasis marker around it (« **dec5@…** »);
# checklist.js: EMAIL, the same
EMAIL = re.compile(r"""[^\s<>"«»()@*]+@[^\s<>"«»()@*]+\.[A-Za-z]{2,}""")
_VERBATIM = re.compile(
    r"""(?:https?://|mailto:|www\.)[^\s<>"«»]+   # a web address, up to a space or a quote
      | """ + EMAIL.pattern + r"""  # an e-mail address
      | `[^`]*`                                    # code
    """,
    re.X,
)


@functools.lru_cache(maxsize=65536)
def typography(text: str) -> str:
    """French typography: no-break spaces before « : ; ? ! » and inside « », typographic apostrophes.

    Only where a space was typed before « : ; ? ! » (never inside 17:00 or
    https://); always inside « ». A straight apostrophe becomes « ’ » everywhere
    but inside a web address, an e-mail address or code between backticks. A typed
    space between a number and its unit (« 675 h »), inside a time (« 17 h 00 ») or
    between a number's groups of digits (« 1 350 ») or between a day and its month (« 15 novembre », as the guide's
    own dates: review53 L3) or after « n° » before its number (« décret n° 2020-1167 »: read52 L5) becomes a no-break
    space.
    """
    text = _apostrophes(text)
    if any("0" <= c <= "9" for c in text):
        text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
        text = _DIGIT_GROUPS.sub(r"\1" + NNBSP + r"\2", text)
        text = _NUMBER_UNIT.sub(r"\1" + NBSP + r"\2", text)
        text = _TIME_MINUTES.sub(r"\1" + NBSP + r"\2", text)
        text = _DAY_MONTH.sub(r"\1" + NBSP + r"\2", text)
        text = _NUMERO.sub(r"\1" + NBSP, text)
    text = _BEFORE_PUNCT.sub(NNBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _AFTER_OPEN.sub("«" + NBSP, text)
    return _BEFORE_CLOSE.sub(NBSP + "»", text)


def _apostrophes(text: str) -> str:
    if "'" not in text:
        return text
    out, last = [], 0
    for m in _VERBATIM.finditer(text):
        out.append(text[last:m.start()].replace("'", APOSTROPHE))
        out.append(m.group())
        last = m.end()
    out.append(text[last:].replace("'", APOSTROPHE))
    return "".join(out)


# ---------------------------------------------------------------- French sorting
#
# A small version of the Unicode collation algorithm with the French tailoring of CLDR
# (what ICU and the browsers' Intl.Collator("fr") do), for the names the guide sorts:
# departments, academies, specialties. Three levels, compared one after the other over
# the whole string: base letters (and digits, punctuation, spaces), then accents (read
# from left to right, as CLDR's French does since 2012), then case. Spaces and punctuation
# count (CLDR's « non-ignorable » default) and sort before digits, digits before letters;
# « œ », « æ », « ß » sort as « oe », « ae », « ss », just after them. Checked against
# Intl.Collator("fr") in tests/test_french_sorting.py.

# Spaces and punctuation in the order of the Unicode collation table (DUCET).
_VARIABLE = (
    " \t\u00a0\u202f\u2009"
    "_-\u2010\u2011\u2012\u2013\u2014,;:!?.\u2026"
    "'\"\u00ab\u00bb()[]{}§¶@*/\\&#%`^+±<=>|~¤$€0"
)
_VARIABLE_RANK = {ch: i for i, ch in enumerate(_VARIABLE[:-1])}
# Accents (combining marks after decomposition), in the order of the collation table.
_ACCENTS = {
    "\u0301": 1,  # acute
    "\u0300": 2,  # grave
    "\u0306": 3,  # breve
    "\u0302": 4,  # circumflex
    "\u030c": 5,  # caron
    "\u030a": 6,  # ring
    "\u0308": 7,  # diaeresis
    "\u030b": 8,  # double acute
    "\u0303": 9,  # tilde
    "\u0307": 10,  # dot above
    "\u0327": 11,  # cedilla
    "\u0328": 12,  # ogonek
    "\u0304": 13,  # macron
}
_EXPANSIONS = {"œ": "oe", "æ": "ae", "ß": "ss"}
# Characters that sort as another one, told apart only at the case level (quotes) or by a
# mark of their own at the accent level (letters with a stroke).
_VARIANTS = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"'}
_STROKED = {"ø": "o", "đ": "d", "ł": "l", "ħ": "h"}
_STROKE = 14
_SPACE, _PUNCTUATION, _DIGIT, _LETTER, _OTHER = range(5)
_LOWER, _UPPER, _LIGATURE_LOWER, _LIGATURE_UPPER = range(4)


def _unit(ch: str) -> tuple[tuple, int, int]:
    """(primary, accent, case) of one character that is not a combining mark."""
    lower = ch.lower()
    case = _UPPER if ch != lower else _LOWER
    if ch in _VARIANTS:
        return (_PUNCTUATION, _VARIABLE_RANK[_VARIANTS[ch]]), 0, _UPPER
    if ch in _VARIABLE_RANK:
        return (_SPACE if ch.isspace() else _PUNCTUATION, _VARIABLE_RANK[ch]), 0, _LOWER
    if lower in _STROKED:
        return (_LETTER, _STROKED[lower]), _STROKE, case
    if ch.isdigit():
        return (_DIGIT, unicodedata.digit(ch, 0)), 0, _LOWER
    if "a" <= lower <= "z":
        return (_LETTER, lower), 0, case
    if ch.isspace():
        return (_SPACE, -1), 0, _LOWER
    if unicodedata.category(ch)[0] in "PS":
        return (_PUNCTUATION, len(_VARIABLE) + ord(ch)), 0, _LOWER
    return (_OTHER, lower), 0, case


MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
"""The months' names, January first (``MONTH_NAMES[month - 1]``)."""


# « […] »: where a quotation of the notice leaves words out (the staff guide, « Les mots de la notice, mot pour mot »),
# with the spaces around it
_CUT = re.compile(r"\s*\[\s*(?:…|\.\.\.)\s*\]\s*")
# a detail that opens with « […] » (« [...] » typed) standing for its label, a category's or a piece's: the rest of the
# notice's line after it (checklist.text.concerned_words, site.document_view.beside_its_item, staff.quotes)
CONTINUES_LABEL = re.compile(r"^\s*\[(?:…|\.\.\.)\]\s+")


def cut_pieces(text: str) -> list[str]:
    """The passages of a quotation of the notice between its cuts « […] » (« [...] » too), in order: the quotation
    whole when it has none."""
    return _CUT.split(text)


def date_words(day: dt.date) -> str:
    """A date in a French sentence of a message: « 18 octobre 2026 », « 1er septembre 2023 » (review staff43 M7: not
    2026-10-18); plain spaces (the pages' ``site.dates.date_words`` joins the day and its month with a no-break space)."""
    return f"{day_words(day.day, day.month)} {day.year}"


def day_words(day: int, month: int) -> str:
    """A day of a month in a French sentence, without its year: « 18 octobre », « 1er octobre » (a day a text writes,
    which may be none of a calendar's: « 31 février »)."""
    return f"{'1er' if day == 1 else day} {MONTH_NAMES[month - 1]}"


def lower_first(text: str) -> str:
    """A sentence's words as they read inside another: « Si vous … » → « si vous … », « Dépôt des pièces » → « dépôt
    des pièces » after « : »; a first word in capitals stays (« CYCLADES … », « RQTH … »), and « À » is a word."""
    if text[:1].isupper() and (len(text) == 1 or not text[1].isupper()):
        return text[:1].lower() + text[1:]
    return text


class _Marks(dict):
    """``str.translate``'s table for ``without_accents``: a combining mark to None (removed), any other character to
    itself, each worked out the first time it is met (a page's text is thousands of characters of a few dozen kinds:
    speed56, the test of the page's warnings read 2 million characters one by one in Python)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def without_accents(text: str) -> str:
    """``text`` without its accents and other combining marks (« Délai » → « Delai »), case kept."""
    return unicodedata.normalize("NFD", text).translate(_MARKS)


@functools.lru_cache(maxsize=16384)
def sort_key(text: str) -> tuple:
    """The French collation key of ``text``: ``sorted(names, key=sort_key)`` is the dictionary's order.

    « Électrotechnique » before « Travaux publics », « cote » < « coté » < « côte » <
    « côté », « Haute-Garonne » before « Hautes-Alpes », « œuvre » with « oeuvre ».
    The text itself comes last: two different texts never compare equal.
    """
    units: list[list] = []  # [primary, accent, case] for each collation unit
    last = 0  # how many units the previous character gave (an expansion gives two)
    for ch in unicodedata.normalize("NFD", text):
        if ch in _ACCENTS or unicodedata.combining(ch):
            for unit in units[len(units) - last:]:  # a mark belongs to the character before it
                unit[1] = unit[1] * 16 + _ACCENTS.get(ch, 15)
            continue
        lower = ch.lower()
        if lower in _EXPANSIONS:
            case = _LIGATURE_UPPER if ch != lower else _LIGATURE_LOWER
            parts = [[(_LETTER, part), 0, case] for part in _EXPANSIONS[lower]]
        else:
            parts = [list(_unit(ch))]
        units.extend(parts)
        last = len(parts)
    return (tuple(u[0] for u in units), tuple(u[1] for u in units), tuple(u[2] for u in units), text)


_GUILLEMETS = re.compile(r"«\s*(.*?)\s*»", re.S)


def inner_quotes(text: str) -> str:
    """Words quoted inside a quotation: their « » become “ ” (« Présentez-vous l'épreuve facultative “engagement
    étudiant” ? »), as French typography nests quotations."""
    return _GUILLEMETS.sub(lambda m: "\u201c" + m.group(1) + "\u201d", text)



_CLOSERS = {"(": ")", "«": NBSP + "»"}  # what closes a parenthesis or a guillemet a cut leaves open (French spacing)


def cut_at_word(text: str, length: int) -> str:
    """A text (on one line) quoted in a sentence, up to ``length`` characters: whole if it fits, else cut after a
    word (the last one kept when it fits exactly), « … » after it, no punctuation before « … » (« 15 novembre, » →
    « 15 novembre… »). A parenthesis or a guillemet the cut would leave open is left out (« Je prépare le BTS en
    présentiel (lycée, CFA, établissement… » → « Je prépare le BTS en présentiel… »), unless that leaves less than half
    the words kept: the words inside it are kept then, and it is closed after « … » (« Relevé (pour les candidats qui
    ont…) », « Attestation « Sauveteur secouriste… » »: review47 L3). The staff messages' choices (checks._start) and
    the comparison of two sessions (diff.short) cut their quotes so."""
    if len(text) <= length:
        return text
    # (a word that ends at ``length`` is kept, review47 L4; a first word longer than ``length`` is cut at it)
    cut = text[:length + 1].rsplit(" ", 1)[0] if " " in text[:length + 1] else text[:length]
    opened: list[tuple[int, str]] = []  # where each parenthesis or guillemet still open at the cut opens, and its closer
    for i, ch in enumerate(cut):
        if ch in _CLOSERS:
            opened.append((i, _CLOSERS[ch]))
        elif opened and ch == opened[-1][1].strip():
            opened.pop()
    cut = cut.rstrip(" ,;:.(«")
    if not opened:
        return cut + "…"
    before = cut[:opened[0][0]].rstrip(" ,;:.(«")
    if len(before) * 2 >= len(cut):
        return before + "…"
    return cut + "…" + "".join(closer for i, closer in reversed(opened) if i < len(cut))


# a text that ends a sentence, or that a full stop would spoil: a final . ! ? … : ; (also before a closing guillemet,
# parenthesis or the end of an emphasis), a web address, a list's last item
_SENTENCE_END = re.compile(r"[.!?…:;](\s*[»)\]]|\*\*|\*|_)*\s*$")


_ENDS_WITH_ADDRESS = re.compile(r"https?://\S+$")


def ends_sentence(text: str) -> bool:
    """``text`` ends as a sentence does, or as a text a full stop would spoil (``_SENTENCE_END``): nothing to add
    before another sentence."""
    last = text.rsplit("\n", 1)[-1].strip()
    return bool(_SENTENCE_END.search(last) or _ENDS_WITH_ADDRESS.search(last) or last.startswith("- "))


def sentences(*parts: str | None) -> str:
    """Texts said one after the other in a cell: each ended as a sentence before the next (« … (R408). D'après la
    notice… », not « … (R408) D'après la notice… »); the last as it is. A notice's words followed by the guide's keep
    their own end: ``generator.site.document_view.after_words``."""
    out: list[str] = []
    for part in (p.strip() for p in parts if p and p.strip()):
        if out and not ends_sentence(out[-1]):
            out[-1] += "."
        out.append(part)
    return " ".join(out)
