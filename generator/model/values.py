"""Scalar value types read from YAML text, each with its French error message.

Every type has a ``parse(text)`` class method returning the value or raising
``BadValue`` with the fix to suggest. The text is what staff typed; nothing is
converted behind their back (``17:00`` stays a time, ``no`` stays a word).

Digits are ASCII digits only: Python's ``str.isdigit`` and the ``\\d`` of its
regular expressions also accept Arabic-Indic (``٠٥``), superscript (``⁰⁵``) and
other digits, which would become dates, years or ``tel:`` links; every
pattern here spells ``[0-9]``.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

from .. import emphasis
from ..french import MONTH_NAMES
from ..problems import LOOKALIKE_DASHES, quote, visible

MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
MONTH_NAMES_FR = MONTH_NAMES
"""The months' names, January first (``MONTH_NAMES_FR[month - 1]``; ``french.MONTH_NAMES``)."""
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# A date quoted in a text: « lundi 16 octobre », « 15 novembre 2023 », « 1er décembre » (groups: day, month, year).
QUOTED_DATE = re.compile(
    r"\b(?:(?:" + "|".join(WEEKDAYS_FR) + r")\s+)?([0-9]{1,2})(?:er)?\s+(" + "|".join(MONTHS_FR) + r")\b(?:\s+([0-9]{4}))?",
    re.IGNORECASE,
)
# A date quoted in figures: « 15/01/2024 », « 15.01.24 » (groups: day, separator, month, year).
NUMERIC_DATE = re.compile(r"(?<![0-9/.])([0-9]{1,2})([/.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9]|[/.][0-9])")


def days_quoted(words: str) -> set[tuple[int, int]]:
    """The days (day, month) a text writes, in words or in figures: « avant le 15 novembre 2023 », « 1er décembre »,
    « 15/01/2024 » → {(15, 11), (1, 12), (15, 1)} (a notice's words for a deadline: deadline_days). A day no calendar
    has is none: « 45/13/2024 », « 31 février », « 30/02/2024 », « 29/02/2023 » (« 29 février » without a year is
    one: a leap year may have it)."""
    text = " ".join(words.split())
    found = {(int(m.group(1)), MONTHS_FR[m.group(2).lower()], m.group(3)) for m in QUOTED_DATE.finditer(text)}
    found |= {(int(m.group(1)), int(m.group(3)), m.group(4)) for m in NUMERIC_DATE.finditer(text)}
    return {(day, month) for day, month, year in found if _a_day(day, month, year)}


def _a_day(day: int, month: int, year: str | None) -> bool:
    """Day ``day`` of ``month`` exists (in ``year``, its four figures or its last two, or in a leap year)."""
    if not 1 <= month <= 12:
        return False
    leap = True if year is None else calendar.isleap(int(year) + (2000 if len(year) == 2 else 0))
    return 1 <= day <= (29 if month == 2 and leap else calendar.mdays[month])


def deadline_days(words: str | None, as_written: str | None) -> set[tuple[int, int]]:
    """The days a deadline's notice words write (its ``words:`` and ``as_written:``, their bold markers aside)."""
    return days_quoted(emphasis.plain(" ".join(w for w in (words, as_written) if w)))


def another_day_written(day: _dt.date, words: str | None, as_written: str | None) -> bool:
    """A deadline's notice words write a day, and not ``day``, the one its data keep: the guide's reading (Clermont-
    Ferrand 2024: « impérativement avant le 15 novembre 2023 », the guide keeps the 14th), which the timeline marks
    as such (site.words.guide_day), or a typing slip, which validate asks about unless the note says the reading
    (staff.lint.lint_deadline_days). Words that write no day (« à la date limite d'inscription ») or none: False."""
    written = deadline_days(words, as_written)
    return bool(written) and (day.day, day.month) not in written


def hour_written(words: str | None, as_written: str | None) -> bool:
    """A deadline's notice words write an hour of the day (its ``words:`` and ``as_written:``): the hours validate
    compares with the deadline's (``hours_written``), so that the timeline's « heure retenue par le guide » and
    validate's check read the same hours (review60 M2: « après 20 h de formation » was an hour for one, not the other)."""
    return bool(hours_written(" ".join(w for w in (words, as_written) if w)))


# An hour of the day a text writes, with its value: « 17h00 », « à 17 h 30 », « 17 heures », « 17:00 », « midi »,
# « minuit » (groups: hour and minute, or the word); not a duration (« dans les 48 h », « sous 24 h »: the word before)
_HOUR_VALUE = re.compile(
    r"(?<![0-9:])(?P<hour>[01]?[0-9]|2[0-4])\s*(?:h|heures?|:)\s*(?P<minute>[0-5][0-9])?(?![0-9a-zà-ÿ])|\b(?P<word>(?<!après-)(?<!après )(?<!après\u00a0)midi|minuit)\b",
    re.IGNORECASE)
_DURATION_BEFORE = re.compile(r"\b(?:les|sous|dans|en|pendant|durant|durée\s+(?:de|d['’]environ))\s+$", re.IGNORECASE)
# « 20 h de formation », « 4 heures d'enseignement »: an amount of hours, not an hour of the day (review59 L10); « de 9 h
# à 12 h » is a span of the day (« de » before the number, not after), « 12 h de préférence », « 2 h de l'après-midi » hours
_DURATION_AFTER = re.compile(
    r"\s+(?:de\s+|d['’]\s*)(?!préférence\b|l['’]\s*après|la\s+(?:matinée|journée|soirée|nuit)\b)[a-zà-ÿ]", re.IGNORECASE)
# ... unless the word before says a moment: « à 17 h de rigueur », « avant 17 h d'ici le 15 », « de 9 h à 12 h de lundi
# à vendredi » are hours of the day (review60 M2); not « après », whose « après 20 h de formation » is an amount
_MOMENT_BEFORE = re.compile(r"(?:^|\s)(?:à|avant|jusqu['’]\s*à|dès|vers|entre)\s+$", re.IGNORECASE)


def hours_written(text: str | None) -> list[tuple[str, frozenset[_dt.time]]]:
    """The hours of the day ``text`` writes (its bold markers aside), in its order: each as written and the times it
    may mean, « minuit » and « 0 h » the end of the day (``END_OF_DAY``, written 24:00) or its start, « 24 h » the end
    (a deadline's words against its hour: staff.lint.lint_deadline_hours)."""
    plain = " ".join(emphasis.plain(text or "").split())
    found = []
    for m in _HOUR_VALUE.finditer(plain):
        if m.group("word"):
            times = {_dt.time(12, 0)} if m.group("word").lower() == "midi" else {END_OF_DAY, _dt.time(0, 0)}
        else:
            if (_DURATION_BEFORE.search(plain[:m.start()]) or m.group(0).rstrip().endswith(":") and m.group("minute") is None
                    or m.group("minute") is None and not m.group(0).rstrip().endswith(":") and _DURATION_AFTER.match(plain, m.end())
                    and not _MOMENT_BEFORE.search(plain[:m.start()])):
                continue
            hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
            if hour == 24:
                if minute:
                    continue
                times = {END_OF_DAY}
            else:
                times = {_dt.time(hour, minute)} | ({END_OF_DAY} if (hour, minute) == (0, 0) else set())
        found.append((m.group(0).strip(), frozenset(times)))
    return found


FIRST_YEAR, LAST_YEAR = 2000, 2100
"""The years a session, or any date of the data, can have. CYCLADES and the BTS
notices encoded here are from the 2020s; the bounds only catch typing mistakes
(``-2024``, ``0``, ``20024``) and keep every date far from the limits of
Python's calendar (years 1 to 9999), where converting between time zones fails."""


class BadValue(ValueError):
    """A value that does not fit its type; the message is the French explanation and fix."""


NOT_GIVEN_WORDS = "non précisé par la notice"
_NOT_GIVEN = re.compile(r"non\s+pr[ée]cis[ée]e?s?\s+par\s+la\s+notice", re.IGNORECASE)


class NotGiven:
    """A fact the notice does not give, written ``non précisé par la notice`` in the YAML.

    A field typed ``T | NotGiven`` accepts that marker instead of a value; every
    output then says so in words (« heure non précisée par la notice »), never a
    default. ``NOT_GIVEN`` is the only instance.
    """

    _instance: "NotGiven | None" = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return NOT_GIVEN_WORDS

    @staticmethod
    def written(text: str) -> bool:
        """True when ``text`` is the marker (accents, case, feminine and plural forms free)."""
        return _NOT_GIVEN.fullmatch(" ".join(text.split())) is not None


NOT_GIVEN = NotGiven()




def given(value):
    """The value, or None when it is absent or « non précisé par la notice »."""
    return None if value is None or value is NOT_GIVEN else value


def _guess_date_time(text: str) -> tuple[_dt.date | None, _dt.time | None]:
    """Best-effort reading of a French or slashed date, for the suggestion only."""
    low = text.lower().strip()
    found_date = None
    m = re.search(r"([0-9]{1,2})(?:er)?\s+([a-zéû]+)\s+([0-9]{4})", low)
    if m and m.group(2) in MONTHS_FR:
        try:
            found_date = _dt.date(int(m.group(3)), MONTHS_FR[m.group(2)], int(m.group(1)))
        except ValueError:
            found_date = None
    if found_date is None:
        s = re.search(r"(?<![0-9])([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})(?![0-9])", low)  # (« 22-11-2024 » too)
        if s:
            found_date = _date_or_swapped(int(s.group(4)), int(s.group(3)), int(s.group(1)))
    if found_date is None:
        s = re.search(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})", low)  # (« 2024/11/22 », « 2024.11.22 » too)
        if s:
            found_date = _date_or_swapped(int(s.group(1)), int(s.group(3)), int(s.group(4)))
    if found_date is not None and not FIRST_YEAR <= found_date.year <= LAST_YEAR:
        found_date = None
    found_time = None
    # « 5:00 PM », « 5 pm », « 12:30 a.m. » (a staff walk, stop 49 M2: « 5:00 PM » was told « 05:00 », 12 hours early):
    # on 24 hours, or no time at all when the hour is not one of the 12-hour clock (« 17:00 PM »)
    twelve = re.search(r"(?:^|[\st])([0-9]{1,2})(?:\s*[h:.]\s*([0-9]{2}))?\s*([ap])\.?\s?m\.?(?=\s|$)", low)
    if twelve:
        hour, minute = int(twelve.group(1)), int(twelve.group(2) or 0)
        # (not « 12:00 AM » exactly, « 12:30 AM » being 00:30: a spreadsheet's date without an hour, or « minuit », written 24:00 at a day's end; neither
        # is 00:00, review55 M4)
        if 1 <= hour <= 12 and minute < 60 and not (hour == 12 and minute == 0 and twelve.group(3) == "a"):
            found_time = _dt.time(hour % 12 + (12 if twelve.group(3) == "p" else 0), minute)
        return found_date, found_time
    # « 17:00 », « 17h », « 17 heures » (a staff walk, stop 52 L6: « à 10 heures » was not read), « 17.00 » after the
    # date, « 17:00:00 » (the seconds dropped); « midi », « minuit » (the end of the day, as a deadline's « à minuit »)
    t = re.search(r"(?:^|[\st])([0-9]{1,2})\s*(?:heures?|h|:|\.(?=[0-9]{2}(?:\s|$)))\s*([0-9]{2})?(?::[0-9]{2})?(?:\s|$)", low + " ")
    if t:
        hour, minute = int(t.group(1)), int(t.group(2) or 0)
        if hour < 24 and minute < 60:
            found_time = _dt.time(hour, minute)
        elif (hour, minute) == (24, 0):
            found_time = END_OF_DAY
    elif re.search(r"\bmidi\b", low):
        found_time = _dt.time(12, 0)
    elif re.search(r"\bminuit\b", low):
        found_time = END_OF_DAY
    return found_date, found_time


_DAY_MONTH = re.compile(r"(?<![0-9])([0-9]{1,2})(?:er)?\s+([a-zéû]+)(?!\s*[0-9]{4})|(?<![0-9/.])([0-9]{1,2})/([0-9]{1,2})(?![0-9/])")


def _without_year(text: str) -> str | None:
    """A day and a month written without their year (« 25 novembre », « mercredi 25 novembre à 17 h », « 25/11 »): the
    date to write, ``AAAA-11-25``, its year left to the notice; None otherwise. (A staff walk, stop 55 L1: « 25
    novembre » was told only « écrire AAAA-MM-JJ ou AAAA-MM-JJ HH:MM », not that its year was missing.)"""
    found = _DAY_MONTH.search(text.lower())
    if found is None:
        return None
    if found.group(1):
        day, month = int(found.group(1)), MONTHS_FR.get(found.group(2))
    else:
        day, month = int(found.group(3)), int(found.group(4))
    if not month or not 1 <= month <= 12 or not 1 <= day <= _days_in_month(2024, month):  # (2024: 29 February is a day)
        return None
    return f"AAAA-{month:02d}-{day:02d}"


_TWO_DIGIT_YEAR = (
    # « 2 octobre 23 », « lundi 2 octobre 23 à 17 h » (not « 2 octobre 23:59 » nor « 2 octobre 23 h », a time)
    re.compile(r"(?<![0-9])([0-9]{1,2})(?:er)?\s+([a-zéû]+)\s+([0-9]{2})(?![0-9])(?!\s*(?:h|:|\.[0-9]|heure))"),
    # « 02/10/23 », « 2.10.23 », « 2-10-23 »
    re.compile(r"(?<![0-9/.])([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{2})(?![0-9/.-])"),
)


def _two_digit_year(text: str) -> tuple[str, _dt.date] | None:
    """A date whose year is written with two digits (« 2 octobre 23 », « 02/10/23 »): the two digits and the date
    they stand for (20xx); None otherwise. (review68 L4: « 2 octobre 23 » was told « l'année manque ».)"""
    low = text.lower()
    found = _TWO_DIGIT_YEAR[0].search(low)
    if found and found.group(2) in MONTHS_FR:
        year, month, day = found.group(3), MONTHS_FR[found.group(2)], int(found.group(1))
    else:
        found = _TWO_DIGIT_YEAR[1].search(low)
        if not found:
            return None
        year, month, day = found.group(4), int(found.group(3)), int(found.group(1))
    try:
        return year, _dt.date(2000 + int(year), month, day)
    except ValueError:
        return None


def _two_digits(text: str, time: _dt.time | str | None) -> str | None:
    """The hint for a date whose year has two digits: the value to write with its four (``time``: the time read, or
    the words to write in its place, « HH:MM »); None when ``text`` has no such date."""
    found = _two_digit_year(text)
    if found is None:
        return None
    digits, day = found
    value = f"{day.isoformat()} {time if isinstance(time, str) else clock_text(time)}" if time else day.isoformat()
    return f"l'année n'a que deux chiffres (« {digits} ») ; l'écrire sur quatre : {value}"


def _year_missing(written: str, time: _dt.time | str | None) -> str:
    """The hint for a date without its year: the value to write, AAAA left for the year the notice gives (``time``: the
    time read, or the words to write in its place, « HH:MM »)."""
    value = f"{written} {time if isinstance(time, str) else clock_text(time)}" if time else written
    return f"l'année manque ; écrire {value}, AAAA étant l'année de ce jour dans la notice"


def _midnight(day: _dt.date, time: _dt.time) -> str:
    """What a guessed « minuit » (24:00, the end of the day, as a deadline's) says of the other reading (an opening's)."""
    return f" (la fin de la journée ; minuit au début de la journée : {day.isoformat()} 00:00)" if time == END_OF_DAY else ""


def _date_or_swapped(year: int, month: int, day: int) -> _dt.date | None:
    """The date, or, when the month is above 12 and the day is a month, the date with day and month
    swapped (« 11/15/2024 » written month first); None when neither is in the calendar."""
    for m, d in ((month, day), (day, month)) if month > 12 else ((month, day),):
        try:
            return _dt.date(year, m, d)
        except ValueError:
            continue
    return None


_YEAR_MONTH_DAY = "l'année sur 4 chiffres, le mois, le jour, séparés par « - »"
"""How a date is written, said when nothing of the value can be read as one (no example: its year would be another
session's)."""
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")


def _iso_date(text: str) -> _dt.date | None:
    """The date written ``AAAA-MM-JJ`` in ASCII digits; None when it is not one (or not in the calendar)."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


def _calendar_fault(text: str) -> str | None:
    """Why a value whose first word is written ``AAAA-MM-JJ`` is no date (the rest of the message
    after « n'existe pas dans le calendrier »), or None when that word is a date or not so written.

    A day the month does not have: how many days that month has (« février 2023 n'a que 28
    jours »). A month above 12 with a day that is a month: day and month swapped, the date
    written right, with the time written after it (« 17:00 », « 17h00 », « 17 h »…) as it must be
    written (``_written_time``), so that the message gives the whole value to write."""
    parts = text.split()
    written = parts[0] if parts else ""
    if not _ISO_DATE.fullmatch(written) or _iso_date(written) is not None:
        return None
    year, month, day = int(written[:4]), int(written[5:7]), int(written[8:])
    rest = " ".join(parts[1:])
    time = _written_time(rest) if rest else None
    if 1 <= month <= 12:
        and_time = f" (et écrire l'heure {time})" if time and time != rest else ""
        if day == 0:
            return f" : il n'y a pas de jour 00, le premier jour du mois est 01 ; vérifier le jour dans la notice{and_time}"
        days = _days_in_month(year, month)
        why = f" ({year} n'est pas bissextile)" if month == 2 and day == 29 else ""
        return f" : {MONTH_NAMES_FR[month - 1]} {year} n'a que {days} jours{why} ; vérifier le jour et le mois dans la notice{and_time}"
    try:
        swapped = _dt.date(year, day, month)
    except ValueError:
        return f" : il n'y a pas de mois {month:02d} ; écrire l'année, le mois (01 à 12) puis le jour : AAAA-MM-JJ"
    value = swapped.isoformat() if not rest else f"{swapped.isoformat()} {time or 'HH:MM'}"
    how_time = f" et {_TIME_WITH_COLON}" if time and time != rest else ""
    return f" : il n'y a pas de mois {month:02d} (jour et mois inversés ?){how_time} ; écrire {value}"


_TIME_WITH_COLON = "l'heure s'écrit HH:MM"


def _days_in_month(year: int, month: int) -> int:
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - _dt.timedelta(days=1)).day


def _refuse_french_time(parts: list[str], text: str) -> None:
    """A date in the calendar followed by a time written the French way (« 17h00 », « à 17 h »): the value to write."""
    if len(parts) < 2 or _iso_date(parts[0]) is None:
        return
    rest = " ".join(parts[1:])
    time = _written_time(rest)
    if time is not None and time != rest:
        glued = ", avec deux-points entre les heures et les minutes" if _GLUED_TIME.fullmatch(rest) else ""
        raise BadValue(f"{quote(text)} : {_TIME_WITH_COLON}{glued} ; écrire {parts[0]} {time}")


_FRENCH_TIME = re.compile(r"(?:à\s+)?(?P<hour>[0-9]{1,2})\s*(?:[hH:]|heures?)\s*(?P<minute>[0-9]{2})?")
# « 1700 », « 0830 », « 930 »: hours and minutes run together (a staff walk, stop 50 L4: told only « 2024-11-15 (ou
# 2024-11-15 HH:MM avec l'heure) »)
_GLUED_TIME = re.compile(r"(?P<hour>[0-9]{1,2})(?P<minute>[0-9]{2})")


def _written_time(text: str) -> str | None:
    """The time after a date as it must be written (``17:00``, ``24:00``, ``02:30+01:00``), from what
    staff wrote: already so, or the French way (« 17h00 », « 17h », « 17 h », « 17H00 », « à 17 h 30 »), or its
    figures run together (« 1700 »; not « 2024 », a year); None when it is not a time."""
    written = _TIME_WITH_OFFSET.fullmatch(text)
    if written and _iso_time(written.group("time")):
        return text
    french = _FRENCH_TIME.fullmatch(text.strip()) or _GLUED_TIME.fullmatch(text.strip())
    if french is None or _GLUED_TIME.fullmatch(text.strip()) and 2000 < int(text) < 2100:
        return None  # (« 2024 »: a year, not 20:24)
    hour, minute = int(french.group("hour")), int(french.group("minute") or 0)
    if hour < 24 and minute < 60 or hour == 24 and minute == 0:
        return f"{hour:02d}:{minute:02d}"
    return None


def _refuse_lookalike_dashes(kind, text: str) -> None:
    """A date, a time or a phone number written with a dash that looks like « - » and is not one (a non-breaking
    hyphen copied from a PDF: a staff walk, stop 52 M3, was told « écrire la date avant l'heure » for « 2026‑10‑08
    10:00 », its date before its hour): which dash, shown by its code, and the value with « - » when ``kind`` reads
    it (else what ``kind`` says of it once retyped)."""
    dashes = "".join(LOOKALIKE_DASHES)
    glued = re.compile(f"(?<=[0-9])[{dashes}](?=[0-9])")  # (between two figures: « 2026‑10‑08 », not « 9 h – 12 h »)
    first = glued.search(text)
    if first is None:
        return
    dash = first.group()
    fixed = glued.sub("-", text)
    source = "copié d'un PDF" if dash in "\u2010\u2011\u2012" else "copié d'un PDF ou mis par un traitement de texte"
    said = f"{quote(visible(text, frozenset(LOOKALIKE_DASHES)))} : {LOOKALIKE_DASHES[dash]}, souvent {source} : retaper les « - »"
    try:
        value = kind.parse(fixed)
    except BadValue as error:
        raise BadValue(f"{said} ; une fois retapés : {error}") from None
    raise BadValue(f"{said} ; écrire {value if isinstance(value, str) else fixed.strip()}")  # (a phone as it is shown)


def _plausible(day: _dt.date, text: str) -> _dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadValue(f"{quote(text)} : l'année {day.year} est hors des années possibles ({FIRST_YEAR} à {LAST_YEAR}) ; vérifier l'année")
    return day


# « 24:00 »: the end of a deadline's day, as a notice says « au plus tard le vendredi 24 novembre 2023 à minuit ».
# Kept as the day's last second; said « minuit » (``site.dates.clock``) and written back « 24:00 » (``clock_text``).
END_OF_DAY = _dt.time(23, 59, 59)


def clock_text(time: _dt.time) -> str:
    """A time as staff write it: ``17:00``, ``24:00`` for the end of the day."""
    return "24:00" if time == END_OF_DAY else time.strftime("%H:%M")


def _iso_time(text: str) -> _dt.time | None:
    if not _ISO_TIME.fullmatch(text):
        return None
    if text == "24:00":
        return END_OF_DAY
    try:
        return _dt.time.fromisoformat(text)
    except ValueError:
        return None


class TextDate:
    """The date of a national text, ``AAAA-MM-JJ``: laws and decrees may be older than the sessions (from 1800)."""

    @classmethod
    def parse(cls, text: str) -> _dt.date:
        value = _iso_date(text)
        if value is not None and 1800 <= value.year <= LAST_YEAR:
            return value
        if value is not None:
            raise BadValue(f"{quote(text)} : l'année {value.year} n'est pas celle d'un texte en vigueur ; vérifier l'année")
        return Date.parse(text)


class Date:
    """A calendar date written ``AAAA-MM-JJ`` (ISO 8601). Weekdays are derived, never typed."""

    @classmethod
    def parse(cls, text: str) -> _dt.date:
        value = _iso_date(text)
        if value is not None:
            return _plausible(value, text)
        _refuse_lookalike_dashes(cls, text)
        words = text.split()
        fault = _calendar_fault(words[0]) if words else None  # (a time after it is not asked for: not kept)
        if fault:
            raise BadValue(f"{quote(text)} n'existe pas dans le calendrier{fault}")
        guessed, _ = _guess_date_time(text)
        if guessed:
            raise BadValue(f"{quote(text)} n'est pas une date ; écrire {guessed.isoformat()}")
        if _two_digits(text, None):
            raise BadValue(f"{quote(text)} n'est pas une date : {_two_digits(text, None)}")
        if _without_year(text):
            raise BadValue(f"{quote(text)} n'est pas une date : {_year_missing(_without_year(text), None)}")
        raise BadValue(f"{quote(text)} n'est pas une date ; écrire AAAA-MM-JJ ({_YEAR_MONTH_DAY})")


class DateTime:
    """A date and a time written ``AAAA-MM-JJ HH:MM`` (24-hour clock, the academy's time zone)."""

    @classmethod
    def parse(cls, text: str) -> _dt.datetime:
        parts = text.split()
        if len(parts) == 2:
            day, time = _iso_date(parts[0]), _iso_time(parts[1])
            if day and time:
                return _dt.datetime.combine(_plausible(day, text), time)
        _refuse_lookalike_dashes(cls, text)
        _refuse_french_time(parts, text)
        fault = _calendar_fault(text)
        if fault:
            raise BadValue(f"{quote(text)} n'existe pas dans le calendrier{fault}")
        guessed_day, guessed_time = _guess_date_time(text)
        if guessed_day and guessed_time:
            hint = f"{guessed_day.isoformat()} {clock_text(guessed_time)}{_midnight(guessed_day, guessed_time)}"
        elif guessed_day:
            hint = f"l'heure après la date : {guessed_day.isoformat()} HH:MM"
        elif _two_digits(text, guessed_time or "HH:MM"):
            raise BadValue(f"{quote(text)} n'est pas une date-heure : {_two_digits(text, guessed_time or 'HH:MM')}")
        elif _without_year(text):
            raise BadValue(f"{quote(text)} n'est pas une date-heure : {_year_missing(_without_year(text), guessed_time or 'HH:MM')}")
        elif guessed_time:
            hint = f"la date avant l'heure : AAAA-MM-JJ {clock_text(guessed_time)}"
        else:
            hint = f"AAAA-MM-JJ HH:MM ({_YEAR_MONTH_DAY}, puis l'heure sur 24 heures)"
        raise BadValue(f"{quote(text)} n'est pas une date-heure ; écrire {hint}")


_TIME_WITH_OFFSET = re.compile(r"(?P<time>[0-9]{2}:[0-9]{2})(?:(?P<sign>[+-])(?P<hours>[0-9]{2}):(?P<minutes>[0-9]{2}))?")


def format_offset(offset: _dt.timedelta) -> str:
    """``+01:00``, ``-03:00``, ``+05:30``: an offset from UTC as written after a time."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@dataclass(frozen=True)
class Moment:
    """A date with an optional time: ``AAAA-MM-JJ`` or ``AAAA-MM-JJ HH:MM``.

    A date alone means the whole day: a deadline written as a date ends at the
    end of that day, an opening written as a date starts at its beginning.

    The time is the academy's local time. Only when that time occurs twice
    (the hour repeated when clocks go back in autumn) must its offset from UTC
    be written to say which one is meant: ``2023-10-29 02:30+01:00``
    (``offset``; checked against the academy's time zone by ``generator.checks``).
    """

    date: _dt.date
    time: _dt.time | None = None
    offset: _dt.timedelta | None = None

    @classmethod
    def parse(cls, text: str) -> "Moment":
        parts = text.split()
        if len(parts) == 1 and _iso_date(parts[0]):
            return cls(_plausible(_iso_date(parts[0]), text))
        if len(parts) == 2 and _iso_date(parts[0]):
            written = _TIME_WITH_OFFSET.fullmatch(parts[1])
            time = _iso_time(written.group("time")) if written else None
            if time is not None:
                return cls(_plausible(_iso_date(parts[0]), text), time, _offset(written, text))
        if len(parts) == 3 and _iso_date(parts[0]) and _iso_time(parts[1]) and re.fullmatch(r"[+-][0-9]{2}:[0-9]{2}", parts[2]):
            raise BadValue(f"{quote(text)} : écrire le décalage collé à l'heure, sans espace : {parts[0]} {parts[1]}{parts[2]}")
        _refuse_lookalike_dashes(cls, text)
        _refuse_french_time(parts, text)
        fault = _calendar_fault(text)
        if fault:
            raise BadValue(f"{quote(text)} n'existe pas dans le calendrier{fault}")
        guessed_day, guessed_time = _guess_date_time(text)
        if guessed_day and guessed_time:
            hint = f"{guessed_day.isoformat()} {clock_text(guessed_time)}{_midnight(guessed_day, guessed_time)}"
        elif guessed_day:
            hint = f"{guessed_day.isoformat()} (ou {guessed_day.isoformat()} HH:MM avec l'heure)"
        elif _two_digits(text, guessed_time):
            with_time = "" if guessed_time else f" (ou {_two_digit_year(text)[1].isoformat()} HH:MM avec l'heure)"
            raise BadValue(f"{quote(text)} n'est pas une date ni une date-heure : {_two_digits(text, guessed_time)}{with_time}")
        elif _without_year(text):
            missing = _year_missing(_without_year(text), guessed_time)
            with_time = "" if guessed_time else f" (ou {_without_year(text)} HH:MM avec l'heure)"
            raise BadValue(f"{quote(text)} n'est pas une date ni une date-heure : {missing}{with_time}")
        elif guessed_time:
            hint = f"la date avant l'heure : AAAA-MM-JJ {clock_text(guessed_time)}"
        else:
            hint = f"AAAA-MM-JJ ou AAAA-MM-JJ HH:MM ({_YEAR_MONTH_DAY}, puis l'heure sur 24 heures)"
        raise BadValue(f"{quote(text)} n'est pas une date ni une date-heure ; écrire {hint}")

    def start(self) -> _dt.datetime:
        """The first instant the moment covers (naive, in the academy's time zone)."""
        return _dt.datetime.combine(self.date, self.time or _dt.time(0, 0))

    def end(self) -> _dt.datetime:
        """The last instant the moment covers: the time given, or 23:59 for a whole day."""
        return _dt.datetime.combine(self.date, self.time or _dt.time(23, 59))

    def __str__(self) -> str:
        text = self.date.isoformat()
        if self.time is not None:
            text += f" {clock_text(self.time)}"
        if self.offset is not None:
            text += format_offset(self.offset)
        return text


def _offset(written: re.Match, text: str) -> _dt.timedelta | None:
    if written.group("sign") is None:
        return None
    hours, minutes = int(written.group("hours")), int(written.group("minutes"))
    if hours > 14 or minutes >= 60:
        raise BadValue(f"{quote(text)} : décalage horaire impossible ; écrire par exemple +01:00 (heure d'hiver en France métropolitaine) ou +02:00 (heure d'été)")
    offset = _dt.timedelta(hours=hours, minutes=minutes)
    return -offset if written.group("sign") == "-" else offset


class Email(str):
    """An e-mail address such as ``dec5@ac-toulouse.fr`` (no ``mailto:``).

    EXAMPLE, shown in staff messages whatever the academy, is on the staff guide example's domain (lint.EXAMPLE_DOMAIN):
    no real service's address (a Toulouse one read as the address to write, staff68), and blocked by validate if pasted."""

    PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
    LOCAL = re.compile(r"[A-Za-z0-9._%+-]+")
    DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")
    TOP_LEVEL = re.compile(r"[A-Za-z]{2,6}")
    EXAMPLE = "dec-bts@ac-exemple.fr"

    @classmethod
    def parse(cls, text: str) -> "Email":
        candidate = text.strip()
        if candidate.lower().startswith("mailto:"):
            raise BadValue(f"{quote(text)} : retirer « mailto: » ; écrire {candidate[7:]}")
        if cls.PATTERN.fullmatch(candidate):
            return cls(candidate)
        raise BadValue(f"{quote(text)} n'est pas une adresse électronique : {cls.what_is_wrong(candidate)}")

    @classmethod
    def what_is_wrong(cls, candidate: str) -> str:
        """What keeps ``candidate`` from being an address, and how to write it (French, for staff)."""
        example = cls.EXAMPLE
        if not candidate:
            return f"elle est vide ; écrire par exemple {example}"
        if any(ch in candidate for ch in "\n\r\x85\u2028\u2029"):
            return "un retour à la ligne dans l'adresse ; l'écrire sur une seule ligne"
        if "\t" in candidate:
            return "une tabulation dans l'adresse ; la retirer"
        if any(ch.isspace() for ch in candidate):
            return "une espace dans l'adresse ; la retirer, ou la remplacer par le caractère voulu (point, tiret…)"
        ats = candidate.count("@")
        if ats == 0:
            guess = re.fullmatch(r"(.+)\.(ac-[A-Za-z0-9-]+\.[A-Za-z]{2,})", candidate)
            fix = f", par exemple {guess.group(1)}@{guess.group(2)}" if guess and cls.PATTERN.fullmatch(f"{guess.group(1)}@{guess.group(2)}") else f", par exemple {example}"
            return f"pas de « @ » ; écrire le nom, « @ », puis le domaine{fix}"
        if ats > 1:
            single = re.sub("@+", "@", candidate)
            fix = f"écrire {single}" if single.count("@") == 1 and cls.PATTERN.fullmatch(single) else "n'en garder qu'un, entre le nom et le domaine"
            return f"« @ » écrit {ats} fois ; une adresse n'en a qu'un : {fix}"
        local, _, domain = candidate.partition("@")
        if not local:
            return f"rien avant « @ » ; écrire le nom de la boîte avant « @ », par exemple {example}"
        if not domain:
            return f"rien après « @ » ; écrire le domaine après « @ », par exemple {example.partition('@')[2]}"
        if "," in domain and cls.PATTERN.fullmatch(f"{local}@{domain.replace(',', '.')}"):
            return f"une virgule dans le domaine {quote(domain)} ; écrire un point : {local}@{domain.replace(',', '.')}"
        odd = next((ch for ch in local if not cls.LOCAL.fullmatch(ch)), None)
        if odd is not None:
            return f"caractère {quote(odd)} impossible avant « @ » (lettres sans accent, chiffres, « . », « - », « _ ») ; le retirer ou le remplacer"
        odd = next((ch for ch in domain if not cls.DOMAIN.fullmatch(ch) and ch != "."), None)
        if odd is not None:
            return f"caractère {quote(odd)} impossible dans le domaine, après « @ » (lettres sans accent, chiffres, « . », « - ») ; le retirer ou le remplacer"
        if "." not in domain:
            return f"le domaine {quote(domain)} n'a pas de point ; écrire le domaine entier, par exemple {local}@{domain}.fr"
        last = domain.rsplit(".", 1)[1]
        if not cls.TOP_LEVEL.fullmatch(last) and cls.DOMAIN.fullmatch(domain):
            return f"le domaine {quote(domain)} finit par {quote('.' + last)} ; un domaine finit par un point et au moins deux lettres, par exemple .fr"
        return f"le domaine {quote(domain)} est incomplet ; écrire par exemple {example}"

    @classmethod
    def rejoined(cls, first: str, second: str) -> str | None:
        """The address a comma cut in two inside ``[…]`` (``[ce.dec@ac-limoges,fr]`` reads « ce.dec@ac-limoges »
        and « fr »): ``first`` with no dot after « @ », ``second`` a top-level domain; None otherwise."""
        first, second = first.strip(), second.strip()
        local, at, domain = first.partition("@")
        if not at or "." in domain or not cls.TOP_LEVEL.fullmatch(second):
            return None
        joined = f"{first}.{second}"
        return joined if cls.PATTERN.fullmatch(joined) else None


def address_place(url: object) -> str:
    """A web address as a place: without its scheme and its final slash, its host in lower case (the notice's
    « http://www.ac-aix-marseille.fr » is academy.yaml's « https://www.ac-aix-marseille.fr »): how the notice page
    compares a notice's links with the academy's and the CYCLADES portal's (notice_view), and validate the portal's
    address with a session's links (staff.lint.lint_portal_address)."""
    place = re.sub(r"^https?://", "", str(url).strip(), flags=re.I).rstrip("/")
    host, slash, path = place.partition("/")
    return host.lower() + slash + path


class Url(str):
    """A web address starting with ``https://`` or ``http://``, without invisible characters."""

    PATTERN = re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/[^\s<>\"]*)?")
    # an address written without its « https:// » (« www.ac-nantes.fr/bts »)
    BARE = re.compile(r"(www\.)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?")

    @classmethod
    def parse(cls, text: str) -> "Url":
        candidate = text.strip()
        hidden = first_invisible(candidate)
        if hidden is not None:
            raise BadValue(f"{quote(text)} contient un caractère invisible {quote(hidden)} ; le supprimer (retaper l'adresse)")
        wrapped = cls.unwrapped(candidate)
        if wrapped is not None:
            address, name, before, after = wrapped
            raise BadValue(f"{quote(text)} : retirer {name} autour de l'adresse{cls._words_too(before, after, ', ')} ; "
                           f"écrire {address}")
        trailing = cls.trailing_punctuation(candidate)
        if trailing is not None:
            raise BadValue(cls._trailing_message(text, candidate, *trailing))
        if cls.PATTERN.fullmatch(candidate):
            return cls(candidate)
        if cls.BARE.fullmatch(candidate):
            raise BadValue(f"{quote(text)} n'est pas une adresse web complète ; écrire https://{candidate}")
        mangled = cls.mangled_scheme(candidate)
        if mangled is not None:
            raise BadValue(f"{quote(text)} : le début de l'adresse, {quote(mangled[1])}, est mal écrit ; écrire {mangled[0]}")
        among = cls.among_words(candidate)
        if among is not None:
            address, before, after = among
            raise BadValue(f"{quote(text)} : retirer {quote(before)} avant l'adresse"
                           f"{f' et {quote(after)} après elle' if after else ''} ; écrire {address}")
        raise BadValue(f"{quote(text)} n'est pas une adresse web ; écrire une adresse commençant par https://")

    @staticmethod
    def _words_too(before: str, after: str, comma: str) -> str:
        """« et « voir » avant elle », « et « voir » après elle », or both (« , « voir » avant elle et « ici » après
        elle »): the words to remove with what is said before them."""
        said = [f"{quote(before)} avant elle"] * bool(before) + [f"{quote(after)} après elle"] * bool(after)
        if len(said) == 2:
            return f"{comma}{said[0]} et {said[1]}"
        return f" et {said[0]}" if said else ""

    ADDRESS_START = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)

    @classmethod
    def among_words(cls, candidate: str) -> tuple[str, str, str] | None:
        """(the address to write, the words before it, the words after it) when a sentence's words come before a
        complete address (« voir https://www.ac-x.fr », « site : www.ac-x.fr »), one address among them (NOTE57: told
        to write an address starting with https://, which it seemed to do); the sentence's punctuation alone after it
        goes without saying. None without a word before it (« https://x.fr/a b » may be an address with a space)."""
        tokens = candidate.split()
        starts = [i for i, token in enumerate(tokens) if cls.ADDRESS_START.match(token)]
        if len(starts) != 1 or starts[0] == 0:
            return None
        at = starts[0]
        fixed = cls.trailing_punctuation(tokens[at])
        address = fixed[0] if fixed else tokens[at]
        if not cls.PATTERN.fullmatch(address):
            if not cls.BARE.fullmatch(address) or not cls.PATTERN.fullmatch(f"https://{address}"):
                return None
            address = f"https://{address}"
        after = " ".join(tokens[at + 1:])
        return address, " ".join(tokens[:at]), "" if not after.strip(cls.SENTENCE_END + "\u00a0\u202f ") else after

    # « https// », « https:/ », « https:\\\\ », « htps:// », « https;// », « https : // »: a scheme mistyped before a
    # complete address (a staff walk, staffwalk57, wrote « https//… » and was told to write an address starting with
    # https://, which it seemed to do); « https:www… », its colon without the slashes (review71: told the same).
    MANGLED_SCHEME = re.compile(r"(?P<scheme>h?t{0,3}p{1,2}s?)(?:\s*[:;]\s*[/\\]{0,3}|\s*[.]?\s*[/\\]{1,3})\s*(?P<rest>\S+)",
                                re.IGNORECASE)

    @classmethod
    def mangled_scheme(cls, candidate: str) -> tuple[str, str] | None:
        """(the address to write, its mistyped start) when a web address's « https:// » (or « http:// ») is mistyped
        before a complete address; None otherwise."""
        found = cls.MANGLED_SCHEME.fullmatch(candidate)
        if found is None or len(found["scheme"]) < 3:
            return None
        scheme = "https" if found["scheme"].lower().endswith("s") else "http"
        fixed = f"{scheme}://{found['rest']}"
        if not cls.PATTERN.fullmatch(fixed) or fixed == candidate:
            return None
        return fixed, candidate[: found.start("rest")].strip()

    # A sentence's punctuation copied with the address: never the end of a web address (a « ) » only when no « ( »
    # opens it inside the address, as in https://fr.wikipedia.org/wiki/Brevet_(France)).
    SENTENCE_END = ".,;:!?»"

    @classmethod
    def trailing_punctuation(cls, candidate: str) -> tuple[str, str] | None:
        """(the address without them, the characters) when a complete address ends with a sentence's punctuation
        (staffwalk56: « https://www.ac-nantes.fr/positionnement-122104. » copied from a sentence of the notice)."""
        stripped = candidate
        while stripped and (stripped[-1] in cls.SENTENCE_END or stripped[-1].isspace()
                            or (stripped[-1] == ")" and stripped.count("(") < stripped.count(")"))):
            stripped = stripped[:-1]
        if stripped == candidate or not cls.PATTERN.fullmatch(stripped):
            return None
        return stripped, candidate[len(stripped):].strip()

    # A « ! » or « ? » may end a real address (a page named so, a query's last value, « ?q=BTS? »), which the staff
    # member cannot tell from the sentence's: written %21 or %3F, the same address for the server, it is taken.
    ENCODED = {"!": "%21", "?": "%3F"}

    @classmethod
    def _trailing_message(cls, text: str, candidate: str, address: str, marks: str) -> str:
        """The message of an address followed by a sentence's punctuation ``marks`` (NOTE57: a real « ? » or « ! » at the
        end of an address was refused with no way to keep it, and a bare « ? », which changes nothing to the page the
        link opens, was said to lead to a page not found). A bare « ? » (no query before it) is the sentence's: the
        same page without it. A « ! », or a « ? » after a query (« ?a=b? »), glued to the address: most likely the
        sentence's too, but it may be the address's own; how to keep it, written as the server reads it the same."""
        if marks == "?" and "?" not in address:
            why = "un « ? » sans rien après lui n'ajoute rien à l'adresse, le lien ouvre la même page sans lui"
            return f"{quote(text)} finit par « ? », sans doute la ponctuation de la phrase copiée avec l'adresse ({why}) ; écrire {address}"
        # (after a query, the mark is sent to the site with its last value, « ?q=BTS? » searching « BTS? »: no page
        # not found, which it was said to lead to, review74)
        value = re.split(r"[=&]", address.split("?", 1)[1])[-1] if "?" in address else ""
        where = (f"le lien enverrait au site {quote(value + candidate[len(address):])} au lieu de {quote(value)}" if value
                 else "le lien mènerait à une autre adresse que celle de la page" if "?" in address
                 else "le lien mènerait à une page introuvable")
        said = f"{quote(text)} finit par {quote(marks)}, sans doute la ponctuation de la phrase copiée avec l'adresse ({where}) ; "
        if marks in cls.ENCODED and candidate == address + marks:
            encoded = f"{address}{cls.ENCODED[marks]}"
            said += (f"si ce {quote(marks)} fait bien partie de l'adresse (ouvrir les deux dans un navigateur pour le savoir), "
                     f"écrire {encoded}, que le site lit de la même façon ; sinon, ")
        return f"{said}écrire {address}"

    WRAPPERS = {"(": (")", "les parenthèses"), "[": ("]", "les crochets"), "<": (">", "les chevrons « < » et « > »"),
                "«": ("»", "les guillemets « »"), "“": ("”", "les guillemets “ ”"), "\"": ("\"", "les guillemets")}

    @classmethod
    def unwrapped(cls, candidate: str) -> tuple[str, str, str, str] | None:
        """(the address to write, what to remove around it, the words written before it and after it) when an address is
        written between parentheses, brackets, chevrons or quotes (staffwalk56: « (https://…) » copied from a sentence); the
        address may lack its « https:// » (« (www.x.fr) ») and be followed by the sentence's words (« (https://x.fr)
        voir »), which review70 found refused with the generic « écrire une adresse commençant par https:// »."""
        if len(candidate) < 3 or candidate[0] not in cls.WRAPPERS:
            return None
        opening = candidate[0]
        closing, name = cls.WRAPPERS[opening]
        # where the wrapper closes: at the first closing character that leaves the inside balanced (an address may
        # hold its own « (…) », https://fr.wikipedia.org/wiki/Brevet_(France)); none: the whole rest, unclosed
        inside, after = candidate[1:], ""
        for at, character in enumerate(candidate[1:], start=1):
            if character == closing and (closing == opening or candidate[1:at].count(opening) == candidate[1:at].count(closing)):
                inside, after = candidate[1:at], candidate[at + 1:]
                break
        inside = inside.strip("\u00a0\u202f ")
        fixed = cls.trailing_punctuation(inside)
        inside = fixed[0] if fixed else inside
        before = ""
        if not cls.PATTERN.fullmatch(inside):
            among = cls.among_words(inside)  # (« (voir https://x.fr) », NOTE57)
            if among is not None:
                inside, before, words = among
                after = f"{words} {after}" if words else after
            elif not cls.BARE.fullmatch(inside) or not cls.PATTERN.fullmatch(f"https://{inside}"):
                return None
            else:
                inside = f"https://{inside}"
        # the sentence's punctuation alone after the wrapper (« (https://x.fr). ») goes without saying
        after = after.strip("\u00a0\u202f ")
        return inside, name, before, "" if not after.strip(cls.SENTENCE_END + "\u00a0\u202f ") else after


# French overseas numbers (ARCEP's plan): dialled in France with their ten digits, from elsewhere with their own
# country code, not +33. The first three digits after the 0 → the country code and how many of the digits follow it.
OVERSEAS_PHONE_PREFIXES = {
    "262": ("262", 9), "263": ("262", 9), "692": ("262", 9), "693": ("262", 9),  # La Réunion
    "269": ("262", 9), "639": ("262", 9),  # Mayotte
    "590": ("590", 9), "690": ("590", 9), "691": ("590", 9),  # Guadeloupe, Saint-Martin, Saint-Barthélemy
    "594": ("594", 9), "694": ("594", 9),  # Guyane
    "596": ("596", 9), "696": ("596", 9), "697": ("596", 9),  # Martinique
    "508": ("508", 6),  # Saint-Pierre-et-Miquelon (six digits after +508)
}


FICTITIOUS_PHONE = "01 99 00 00 00"
"""A phone number for examples: in the range 01 99 00 00 00 to 01 99 00 99 99, reserved for works of fiction by the
Arcep's national numbering plan (décision n° 2018-0881 modifiée), never assigned to a line."""


class Phone(str):
    """A French phone number, ten digits, shown as ``05 36 25 71 12`` whatever the separators typed."""

    @classmethod
    def parse(cls, text: str) -> "Phone":
        digits = re.sub(r"[ \u00a0\u202f.\-]", "", text.strip())
        if re.fullmatch(r"\+33[0-9]{9}", digits):
            digits = "0" + digits[3:]
        for country, kept in sorted(set(OVERSEAS_PHONE_PREFIXES.values())):
            # an overseas number written with its own country code (« +262 262 48 10 10 », « +508 41 04 40 »)
            written = re.fullmatch(rf"\+{country}([0-9]{{{kept}}})", digits)
            national = written and ("0" + written[1] if kept == 9 else f"0{country}{written[1]}")
            if national and OVERSEAS_PHONE_PREFIXES.get(national[1:4], ("",))[0] == country:
                digits = national
        if re.fullmatch(r"0[0-9]{9}", digits):
            return cls(" ".join(digits[i:i + 2] for i in range(0, 10, 2)))
        _refuse_lookalike_dashes(cls, text)
        said = cls._one_number_among_words(text)
        if said:
            raise BadValue(said)
        # (the example is fictitious: 01 99 00 xx xx is a range the Arcep's national numbering plan, décision
        # n° 2018-0881 modifiée, reserves for works of fiction, never assigned; a real manager's number, Toulouse's
        # 05 36 25 71 12, was taken for a suggestion drawn from the notice: a staff walk, stop 50 L2)
        raise BadValue(f"{quote(text)} n'est pas un numéro de téléphone à 10 chiffres ; écrire les 10 chiffres que donne "
                       f"la notice, par deux (sur le modèle de {FICTITIOUS_PHONE}, numéro fictif)")


    @classmethod
    def _one_number_among_words(cls, text: str) -> str:
        """The message of one item that is one number written with words (review74: « - 05 36 25 71 12 poste 4512 »,
        « [Tél. 05 36 25 71 12] », « +33 (0)5 36 25 71 12 » were told « écrire les 10 chiffres que donne la notice »
        without the number, nor where the words go, which then were lost): the number to write, and where the words
        go. Empty when the text is not one whole number with words (several numbers: the generic message)."""
        bare = text.replace("(0)", "")
        if bare != text:
            try:
                return f"{quote(text)} : le « (0) » ne se compose pas ; écrire {cls.parse(bare)}"
            except BadValue:
                pass
        if _PHONE_IN_WORDS.fullmatch(text.strip()):  # (digits alone, too few or too many: no words; with_words reads them so)
            return ""
        found = cls.with_words(text)
        if found is None or len(found[0]) != 1:
            return ""
        (number,), words = found
        if not words:
            return f"{quote(text)} n'est pas qu'un numéro de téléphone ; écrire {number}"
        named = ", ".join(quote(w) for w in words)
        said = "ne sont pas des numéros de téléphone : les " if len(words) > 1 else "n'est pas un numéro de téléphone : l'"
        return (f"{quote(text)} n'est pas qu'un numéro de téléphone ; écrire {number} ; {named} {said}écrire dans note: "
                "(words: pour une ligne du tableau des gestionnaires), à la suite de ce qui y est déjà écrit")

    @classmethod
    def several(cls, text: str) -> tuple["Phone", ...] | None:
        """The numbers, when ``text`` is two phone numbers or more and what joins them (« , », « ; », « / », « et »,
        « ou », spaces): « 05 36 25 71 12, 05 36 25 71 13 » written inside one pair of quotes (review69 L9: told « écrire
        les 10 chiffres », which loses one); None otherwise."""
        found: list[Phone] = []
        for match in _PHONE_IN_WORDS.finditer(text):
            written = match.group().replace("(0)", "")
            try:
                found.append(cls.parse(written))
                continue
            except BadValue:
                pass
            digits = re.sub(r"\D", "", written)  # (numbers joined by spaces only: one run of 20 digits)
            if written.startswith("+") or len(digits) % 10 or not all(digits[i] == "0" for i in range(0, len(digits), 10)):
                return None
            found += [cls.parse(digits[i:i + 10]) for i in range(0, len(digits), 10)]
        rest = re.sub(r"\b(?:et|ou)\b", " ", _PHONE_IN_WORDS.sub(" ", text), flags=re.IGNORECASE)
        return tuple(found) if len(found) > 1 and not rest.strip(" \u00a0\u202f\t,;/&|-.") else None

    @classmethod
    def with_words(cls, text: str) -> tuple[tuple["Phone", ...], tuple[str, ...]] | None:
        """(the numbers, the words beside them, maybe none) when ``text`` writes one phone number or more with words that
        are not numbers, with or without a comma: « 05 61 00 00 00 poste 4512 », « 05 61 00 00 00 (standard), 05 61 00 00 01
        (bureau) » (NOTE57: told to write the words inside the list, or given no line at all); the words as written
        between the numbers, without what joins them. None when no number is read whole, when nothing but joining
        marks is left, or when a word is only digits (« 05 36 25 71 12 et 13 »: a number cut short, not a word)."""
        numbers: list[Phone] = []
        pieces, at = [], 0
        for match in _PHONE_IN_WORDS.finditer(text):
            try:
                numbers.append(cls.parse(match.group().replace("(0)", "")))
            except BadValue:
                return None
            pieces.append(text[at:match.start()])
            at = match.end()
        pieces.append(text[at:])
        joining = " \u00a0\u202f\t,;/&|-.:"
        words = []
        for piece in pieces:
            piece = re.sub(r"^(?:\s*\b(?:et|ou)\b)+|(?:\b(?:et|ou)\b\s*)+$", "", piece.strip(joining), flags=re.IGNORECASE)
            piece = piece.strip(joining)
            if piece:
                words.append(piece)
        # (« Tél. 05 36 25 71 12 »: the word that says it is a phone number says nothing the page does not)
        labels = [w for w in words if _PHONE_WORD.fullmatch(w)]
        words = [w for w in words if w not in labels]
        if not numbers or not (words or labels) or any(re.fullmatch(r"[\d\s()+]+", w) for w in words):
            return None
        return tuple(numbers), tuple(words)


# A word that only says a number is a phone number (« Tél. », « téléphone : »), left out of the words beside it.
_PHONE_WORD = re.compile(r"(?:t[ée]l[ée]?(?:phone)?|t[ée]l\.|phone|n°|num[ée]ro)", re.IGNORECASE)

# A phone number as words may write it: ten digits in pairs or not, with spaces, dots or dashes, or « +33 (0)5 … ».
_PHONE_IN_WORDS = re.compile(r"\+?[0-9](?:[ \u00a0\u202f.\-]?(?:\(0\))?[ \u00a0\u202f.\-]?[0-9]){7,}")


def phones_in_words(words: str | None) -> frozenset[str]:
    """The phone numbers ``words`` write (« M. Benali — 05.49.12.34.56 »), as ``Phone`` shows them (« 05 49 12 34 56 »):
    a row of the notice's table of managers whose words give its phone already need not print it again (staffwalk52
    M4: the notice's PDF printed the row's words, its phone among them, then the phone column)."""
    found = set()
    for match in _PHONE_IN_WORDS.finditer(words or ""):
        try:
            found.add(Phone.parse(match.group().replace("(0)", "")))
        except BadValue:
            pass
    return frozenset(found)


def academic_year_bounds(year: int) -> tuple[_dt.date, _dt.date]:
    """A session's dates fall between 1 September of the year before and 31 August of its year."""
    return _dt.date(year - 1, 9, 1), _dt.date(year, 8, 31)


def phone_href(phone: str) -> str:
    """A phone number as a ``tel:`` link, in the international form (« 05 36 25 71 12 » → ``tel:+33536257112``): dialled
    from abroad too; the notice pages and the personal list write the same (a review, read48 L12: the list wrote
    ``tel:0240373838``); an overseas number with its own country code (« 02 62 48 10 10 » → ``tel:+262262481010``,
    review54 L4: +33 does not reach it); checklist.js: telHref, with the same table (tests/test_phone_links.py)."""
    digits = "".join(c for c in phone.replace("(0)", "") if c.isdigit())
    if phone.lstrip().startswith("+"):  # written with its country code (« +33 (0)5 36 25 71 12 »)
        return f"tel:+{digits}"
    if len(digits) != 10 or not digits.startswith("0"):
        return f"tel:{digits}"
    country, kept = OVERSEAS_PHONE_PREFIXES.get(digits[1:4], ("33", 9))
    return f"tel:+{country}{digits[-kept:]}"


DEPARTMENT_WITH_NAME = re.compile(
    r"(?P<code>[0-9]{2,3}|2[AB])\s*[-–—:,.]?\s*(?P<name>[^\W\d_].*)|(?P<before>[^\W\d_].*?)\s*\((?P<code2>[0-9]{2,3}|2[AB])\)",
    re.IGNORECASE)
"""A department's number written with its name, « 33 Gironde », « 33 - Gironde », « Gironde (33) »: ``code`` (or
``code2``) its number."""


class DepartmentCode(str):
    """A French department code: ``01``…``95``, ``2A``, ``2B``, or an overseas code of the Code officiel
    géographique, ``971``…``978``, ``984``, ``986``…``989`` (the departments ``971``…``976`` and the collectivities of
    the national table, ``977``, ``987``, ``988``…: ``validate`` checks the code against ``content/departments.yaml``)."""

    @classmethod
    def parse(cls, text: str) -> "DepartmentCode":
        code = text.strip()
        code = code.upper() if code.isascii() else code
        if re.fullmatch(r"[0-9]", code):
            raise BadValue(f"{quote(text)} n'est pas un numéro de département ; écrire « 0{code} » entre guillemets")
        if cls.valid(code):
            return cls(code)
        if re.fullmatch(r"0[0-9]{2}", code) and cls.valid(code[1:]):
            # a zero too many before two digits (« 031 »): the two digits
            raise BadValue(f"{quote(text)} n'est pas un numéro de département ; vouliez-vous dire « {code[1:]} » ? (2 chiffres, 3 outre-mer : « 974 »)")
        if re.fullmatch(r"[0-9]{3,5}", code):
            # A digit too many (« 870 » for Haute-Vienne, a postcode's start): the department it starts with.
            start = code[:3] if code[:2] in ("97", "98") else code[:2]
            if cls.valid(start):
                raise BadValue(f"{quote(text)} n'est pas un numéro de département ; vouliez-vous dire « {start} » ? (2 chiffres, 3 outre-mer : « 974 »)")
        named = DEPARTMENT_WITH_NAME.fullmatch(code)
        number = (named["code"] or named["code2"]).upper() if named is not None else ""
        if number and cls.valid(number):
            # (« 33 Gironde », « 33 - Gironde », « Gironde (33) »: a staff walk, staffwalk57, was told only « par exemple
            # « 31 », « 2A » ou « 974 » »)
            raise BadValue(f"{quote(text)} n'est pas un numéro de département : le numéro seul, le nom va sous name: ; "
                           f"écrire « {number} »")
        raise BadValue(f"{quote(text)} n'est pas un numéro de département ; écrire par exemple « 31 », « 2A » ou « 974 »")

    @staticmethod
    def valid(code: str) -> bool:
        return code != "20" and re.fullmatch(r"(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8]|98[46-9])", code) is not None


_ZONE_AREAS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


@functools.cache
def time_zone_names() -> frozenset[str]:
    """The time zones an academy may name: real places of the IANA time zone database.

    The database also holds names that are not places, or not the name a
    place goes by: ``Factory`` (a zone whose abbreviation is « -00 »),
    ``localtime`` and ``posixrules`` (copies of the machine's settings),
    ``right/…`` (clocks counting leap seconds, 27 seconds off), ``posix/…``
    (duplicates), ``Etc/GMT+3`` (sign inverted), ``UTC``, ``CET``, ``EST5EDT``
    (rules without a place) and old aliases (``US/Eastern``, ``Japan``).

    The list is the union of the database's own tables of places,
    ``zone.tab`` (one zone per country, which keeps ``Indian/Reunion``,
    ``Indian/Mayotte``, ``America/Guadeloupe`` — zones that ``zone1970.tab``
    merged into a neighbour with the same clocks since 1970) and
    ``zone1970.tab``, read from where ``zoneinfo`` finds the database (the
    system's ``/usr/share/zoneinfo`` or the ``tzdata`` package). Without those
    tables: every zone ``zoneinfo`` knows named ``Area/Location`` with one of
    the database's ten areas (Europe, America, Indian, Pacific…), which leaves
    out the same non-places.
    """
    import zoneinfo

    available = zoneinfo.available_timezones()
    names: set[str] = set()
    for table in ("zone.tab", "zone1970.tab"):
        text = _zone_table(table)
        for line in (text or "").splitlines():
            fields = line.split("\t")
            if not line.startswith("#") and len(fields) >= 3:
                names.add(fields[2].strip())
    if not names:
        names = {name for name in available if name.split("/", 1)[0] in _ZONE_AREAS and "/" in name}
    return frozenset(name for name in names if name in available)


def _zone_table(name: str) -> str | None:
    """The text of a table of the tz database (``zone.tab``), where ``zoneinfo`` would find it."""
    import zoneinfo
    from pathlib import Path

    for folder in zoneinfo.TZPATH:
        path = Path(folder) / name
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    try:
        from importlib import resources

        return resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8", errors="replace")
    except (ImportError, OSError, ValueError):
        return None


UNKNOWN_TIME_ZONE = "n'est pas un fuseau horaire connu"
"""What an unknown time zone is, after its value (the loader gives academy.yaml's the national table's zone as the fix)."""


class TimeZoneName(str):
    """An IANA time zone of a real place, such as ``Europe/Paris`` or ``Indian/Reunion`` (see ``time_zone_names``)."""

    @classmethod
    def parse(cls, text: str) -> "TimeZoneName":
        name = text.strip()
        known = time_zone_names()
        if name in known:
            return cls(name)
        close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.8)
        if close:
            raise BadValue(f"{quote(text)} {UNKNOWN_TIME_ZONE} ; vouliez-vous dire {quote(close[0])} ?")
        raise BadValue(f"{quote(text)} {UNKNOWN_TIME_ZONE} ; écrire celui du lieu (Zone/Ville), par exemple Europe/Paris ou Indian/Reunion")


class Identifier(str):
    """A short id in lower case, digits and ``_`` (``documents``, ``maintenance_systemes``)."""

    PATTERN = re.compile(r"[a-z][a-z0-9_]*")

    @classmethod
    def parse(cls, text: str) -> "Identifier":
        if cls.PATTERN.fullmatch(text):
            return cls(text)
        raise BadValue(f"{quote(text)} n'est pas un identifiant ; écrire en minuscules sans accent ni espace, par exemple {_suggested_id(text)}")


def _suggested_id(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    fixed = re.sub(r"[^a-z0-9_]+", "_", plain).strip("_") or "mon_identifiant"
    return fixed if fixed[0].isalpha() else "id_" + fixed


class ChoiceId(str):
    """The id of a choice of a question: lower case, digits and ``_`` (``repeater``, ``from_18_to_24``, ``0``)."""

    PATTERN = re.compile(r"[a-z0-9][a-z0-9_]*")

    @classmethod
    def parse(cls, text: str) -> "ChoiceId":
        if cls.PATTERN.fullmatch(text):
            return cls(text)
        fixed = _suggested_id(text)
        raise BadValue(f"{quote(text)} n'est pas un identifiant de choix ; écrire en minuscules sans accent ni espace, par exemple {fixed}")


class OptionLetter(str):
    """The letter of a specialty's option: one capital letter, ``A`` to ``Z``."""

    @classmethod
    def parse(cls, text: str) -> "OptionLetter":
        if re.fullmatch(r"[A-Z]", text):
            return cls(text)
        raise BadValue(f"{quote(text)} n'est pas une lettre d'option ; écrire une seule lettre majuscule, par exemple B")


class Year(int):
    """A session year, ``FIRST_YEAR`` to ``LAST_YEAR`` (read like any integer: digits, no quotes)."""

    @classmethod
    def check(cls, value: int) -> "Year":
        if FIRST_YEAR <= value <= LAST_YEAR:
            return cls(value)
        raise BadValue(f"{quote(value)} n'est pas une année de session possible ; écrire l'année de l'examen, de {FIRST_YEAR} à {LAST_YEAR}, par exemple 2024")


# --- Names and slugs: nothing invisible --------------------------------------------------------

# Characters that show as nothing (or as a blank) yet make two names differ:
# format characters (zero-width space and joiners, soft hyphen, word joiner,
# invisible operators, bidirectional controls, byte order mark, tag
# characters…), control characters, line separators, private-use and
# unassigned code points, the combining grapheme joiner and the Hangul fillers.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
_INVISIBLE_LETTERS = frozenset("\u034f\u115f\u1160\u3164\uffa0\u2800")


def first_invisible(text: str) -> str | None:
    """The first invisible character of ``text`` (see above), or None."""
    if text.isascii():
        return next((ch for ch in text if ch < " " or ch == "\x7f"), None)
    if text.replace("\u00a0", " ").replace("\u202f", " ").isprintable() and _INVISIBLE_LETTERS.isdisjoint(text):
        return None  # (« printable » excludes every category above, and the spaces of French typography are fine)
    return next((ch for ch in text if unicodedata.category(ch) in _INVISIBLE_CATEGORIES or ch in _INVISIBLE_LETTERS), None)


class Name(str):
    """A name, label or title shown as a heading, a menu entry, a table header or a calendar event:
    one line of text, without invisible characters (zero-width space, soft hyphen, bidirectional
    controls…), which would make two equal-looking names differ or garble the display."""

    @classmethod
    def parse(cls, text: str) -> "Name":
        name = text.strip()
        if not name:
            raise BadValue("texte vide ; écrire le texte ou retirer la ligne")
        if "\n" in name or "\r" in name:
            raise BadValue(f"{quote(name)} : un nom ou un titre tient sur une ligne ; retirer le retour à la ligne")
        if "\t" in name:
            raise BadValue(f"{quote(name)} : tabulation dans un nom ; la remplacer par une espace")
        hidden = first_invisible(name)
        if hidden is not None:
            raise BadValue(f"{quote(name)} contient un caractère invisible {quote(hidden)} ; le supprimer (retaper le texte au clavier)")
        return cls(name)


RESERVED_SLUGS = frozenset({
    # What MkDocs and the Material theme write at the top of the built site
    # (tested against a real build: tests/validation/test_reading_files.py).
    "404", "assets", "index", "search", "sitemap",
    # Names the theme and MkDocs' other themes use for their files, and names of the site's own folders.
    "css", "fonts", "img", "images", "javascripts", "js", "stylesheets", "webfonts", "pyodide", "checklist",
    "site", "docs", "academies", "content", "generator",
    # Folders of generated pages: the staff guide (generator/site/staff_guide.py) and the report of `mkdocs serve`.
    "personnel", "problemes",
    # The checklist's service worker (site_overrides/bts-checklist-sw.js), at the top so that it may serve every page.
    "bts-checklist-sw",
})
"""Top-level names of the published site: an academy named so would overwrite them."""

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SLUG_MAX_LENGTH = 40


class Slug(str):
    """An academy's identifier in the site's addresses (``toulouse``, ``aix-marseille``): lower-case
    ASCII letters, digits and single hyphens, at most ``SLUG_MAX_LENGTH`` characters, not a name the
    site itself uses (``RESERVED_SLUGS``)."""

    @classmethod
    def parse(cls, text: str) -> "Slug":
        problem = slug_problem(text)
        if problem:
            raise BadValue(problem)
        return cls(text)


def suggested_slug(text: str) -> str:
    """A slug close to ``text``: accents dropped, lower case, hyphens between words."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:SLUG_MAX_LENGTH].strip("-")


def slug_problem(text: str) -> str | None:
    """Why ``text`` is not a valid slug (French message with the fix), or None when it is one."""
    if _SLUG.fullmatch(text) and len(text) <= SLUG_MAX_LENGTH:
        if text in RESERVED_SLUGS:
            return f"{quote(text)} est un nom réservé par le site ; choisir un autre nom (par exemple le nom de l'académie)"
        return None
    fixed = suggested_slug(text)
    if fixed in RESERVED_SLUGS or not fixed:
        fixed = "nom-de-l-academie"
    if len(text) > SLUG_MAX_LENGTH and _SLUG.fullmatch(text):
        return f"{quote(text)} est trop long (plus de {SLUG_MAX_LENGTH} caractères) ; écrire par exemple {fixed}"
    return f"{quote(text)} n'est pas un identifiant d'académie ; écrire en minuscules sans accent ni espace, mots séparés par « - », par exemple {fixed}"


def weekday_fr(day: _dt.date) -> str:
    """The French weekday name of a date (derived, never typed in YAML)."""
    return WEEKDAYS_FR[day.weekday()]


class InterfaceText(Name):
    """A text of content/interface.yaml: a name (one line, nothing invisible) whose words may be
    « non précisé par la notice » itself (the words the pages print for a fact the notice does not give)."""

    literal_text = True
