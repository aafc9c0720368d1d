"""French dates and times with babel: « au plus tard le mercredi 15 novembre 2023 à 17 h 00 (heure de Paris) ».

The weekday always comes from the date itself, never from YAML. The day and
the clock are locale formatting (babel's French patterns, « 1er », « 17 h 00 »);
the words around them (« à », « heure de », « heure non précisée par la notice »)
come from ``content/interface.yaml`` (group ``moments``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel.dates import format_date, get_timezone_location

from ..model.content import InterfaceFile
from ..model.values import END_OF_DAY
from ..french import NBSP


@functools.lru_cache(maxsize=4096)
def day(value: dt.date) -> str:
    """« mercredi 15 novembre 2023 », « vendredi 1er décembre 2023 », the day, its month and its year joined by no-break
    spaces (a review, read48 L3: « lundi 16 » ending a line of the PDF's table, « octobre 2023 » opening the next;
    dates71: « lundi 15 janvier » / « 2024 » in the checklist at 360 px), a line break possible after the weekday."""
    if isinstance(value, dt.datetime):
        value = value.date()
    weekday = format_date(value, "EEEE", locale="fr")
    return f"{weekday} {date_words(value)}"


@functools.lru_cache(maxsize=4096)
def date_words(value: dt.date) -> str:
    """« 4 décembre 2026 », « 1er octobre 2025 »: a day without its weekday (the PDF's footer: when it was made), on one
    line (no-break spaces, as ``day``)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    number = "1er" if value.day == 1 else str(value.day)
    return f"{number}{NBSP}{format_date(value, 'MMMM', locale='fr')}{NBSP}{value.year}"


# where a filled text holds its {time} while its words are bound to it (``timed``): a private-use character, which no
# value of the data nor word of content/interface.yaml writes
_TIME_MARK = "\ue0f1"
_A_BEFORE_TIME = re.compile(rf"(?<!\w)([àÀ])[ \t]+(?={_TIME_MARK})")


def timed(texts: InterfaceFile, key: str, time: str, **values: str) -> str:
    """The interface text ``key`` filled with ``time`` (« 17 h 00 ») and ``values``, the « à » its own words write just
    before « {time} » (« {day} à {time} », written by staff with a plain space) joined to the hour by a no-break space
    (dates71: « à » ending a line of the checklist at 360 px, « 17 h 00 » opening the next). Made with the words
    (review76, NOTE71): a replacement of « à 17 h 00 » after filling the text also rewrote a value that wrote the same
    words (a day, a time zone's words), never the text's own « à »."""
    filled = texts.text(key, time=_TIME_MARK, **values)
    return _A_BEFORE_TIME.sub(rf"\1{NBSP}", filled).replace(_TIME_MARK, time)


def end_of_day(value: dt.time | dt.datetime) -> bool:
    """The data's 24:00, the end of a day (a notice's « minuit » read so, or its « 24 h »)."""
    time = value.time() if isinstance(value, dt.datetime) else value
    return time.replace(tzinfo=None) == END_OF_DAY


def clock(value: dt.time | dt.datetime) -> str:
    """« 17 h 00 » with no-break spaces; « minuit » for the end of the day (``24:00`` in the data, the notice's word)."""
    if end_of_day(value):
        return "minuit"
    return f"{value.hour}{NBSP}h{NBSP}{value.minute:02d}"


def clock_words(value: dt.time | dt.datetime, texts: InterfaceFile) -> str:
    """The hour of a date in words: « 17 h 00 »; the notice's « minuit » (24:00) as the guide reads it, the end
    of that day, not its start: « minuit, en fin de journée »."""
    if end_of_day(value):
        return texts.text("moments.end_of_day")
    return clock(value)


def zone_words(tz: str, texts: InterfaceFile) -> str:
    """« heure de Paris », « heure de La Réunion »."""
    return texts.text("moments.zone", city=_city(tz))


@functools.lru_cache(maxsize=64)
def _city(tz: str) -> str:
    """« Paris », « La Réunion »: the time zone's city in French (babel; the same for a whole build)."""
    return get_timezone_location(tz, locale="fr", return_city=True)


# The words of each kind of date (content/interface.yaml, group « moments »): with a time, without one.
MOMENT_KEYS = {
    "deadline": ("moments.deadline_time", "moments.deadline_day"),  # « au plus tard le … »
    "opening": ("moments.opening_time", "moments.opening_day"),  # « à partir du … »
    "information": ("moments.time", "moments.day"),  # a date given for information: the day alone
    # one the notice gives as a limit: « au plus tard le … », with its hour or « heure non précisée par la notice » as a
    # deadline (review69 L4: Toulouse 2024's 10 January, « au plus tard le mercredi 10 janvier 2024 », was the one date
    # of a sentence with neither; the timeline's short form keeps moments.latest_day, as its other dates keep no words)
    "latest": ("moments.deadline_time", "moments.deadline_day"),
    "plain": ("moments.time", "moments.day_no_time"),  # the date itself (a timeline, a calendar)
}
# In the notice's own voice (its PDF): a day without an hour is the day, as the notice writes it; an hour
# is the academy's, without the guide's words for its time zone (« heure de Paris »).
NOTICE_VOICE_KEYS = {
    "deadline": ("moments.deadline_time_as_written", "moments.deadline_day_as_written"),
    "opening": ("moments.opening_time_as_written", "moments.opening_day_as_written"),
    "information": ("moments.time_as_written", "moments.day"),
    "latest": ("moments.deadline_time_as_written", "moments.deadline_day_as_written"),
    "plain": ("moments.time_as_written", "moments.day"),
}
# A deadline at the end of its day (24:00): the whole day, « jusqu'au vendredi 24 novembre 2023 inclus (heure de
# Paris) », as issue 9 asks a whole day's deadline to be said (phone58 L2); the notice's « minuit », when it writes it,
# is said by the mark of the guide's reading (``reading_marked``, « midnight »). In the notice's voice (its PDF), its
# « à minuit » as it writes it (the PDF's « Dates à retenir » is in the guide's words: words.table_moment).
END_OF_DAY_KEYS = {"deadline": "moments.deadline_end_of_day", "latest": "moments.deadline_end_of_day"}


def deadline_kind(kind: str, at_the_latest: bool = False) -> str:
    """How a date of a session's ``deadlines:`` reads: a deadline (« au plus tard le … »), a date for information
    the notice gives as a limit (``at_the_latest``: « au plus tard le … », no hour needed) or a date for information."""
    if kind == "deadline":
        return "deadline"
    return "latest" if at_the_latest else "information"


def reading_marked(when: str, reading: str | None, texts: InterfaceFile) -> str:
    """A deadline's date in words (``when``) with the guide's reading marked, the one mark of every output: « … — date
    retenue par le guide » for a day the notice does not write (``reading`` « day »: words.guide_day, Clermont-Ferrand
    2024's « avant le 21 novembre 2023 », the 20th), « … — heure retenue par le guide » for an hour it does not write
    (« hour »: words.guide_hour), « jusqu'au … inclus (…) — « à minuit » dans la notice ; « inclus » : lecture du guide » for the
    notice's « minuit » alone (« midnight »: words.guide_midnight, read55 M1), as the timeline, the calendars and the PDF's dates table mark them (a review, read53
    L1: the page's header, steps and pieces tables and the checklist showed the 20th as the notice's own date). The
    notice's « minuit », after a date that says « jusqu'au … inclus »: « … — « à minuit » dans la notice ; « inclus » :
    lecture du guide » (phone58 L2)."""
    if reading == "day":
        return texts.text("dates.guide_day", date=when)
    if reading == "hour":
        return texts.text("dates.guide_hour", date=when)
    if reading == "midnight":
        return texts.text("dates.guide_midnight", date=when)
    return when


def strict_said(when: str, strict: bool, texts: InterfaceFile) -> str:
    """A deadline's date in words (``when``, any form: marked, said passed after it) followed by « , délai de rigueur »
    when the notice says so of it (``strict``: the session's ``strict:``), the one form of every line that gives that
    date: the notice page's header, the checklist's « Dates limites », « Dates à retenir » and the date above its
    pieces, the command line (checklist.js: strictSaid; review69 L3: « Date limite de toutes ces pièces : … » said
    Toulouse 2024's 22 November without it, « Dates limites » with it)."""
    return texts.text("moments.strict", date=when) if strict else when


def moment(
    value: dt.datetime | None, has_time: bool, tz: str, texts: InterfaceFile, *, kind: str = "deadline", notice_voice: bool = False,
) -> str:
    """A date of a notice in words, the same on the pages, in the checklist and on the command line.

    ``kind`` says what the date is: ``deadline`` (« au plus tard le mercredi 22 novembre 2023
    à 17 h 00 (heure de Paris) »), ``opening`` (« à partir du lundi 16 octobre 2023 … »),
    ``information`` (a date given for information: the day, and its time when the notice
    gives one), ``latest`` (the same, given by the notice as a limit: « au plus tard le mercredi
    10 janvier 2024 (heure non précisée par la notice) ») or ``plain`` (the date alone). Without a time: the day and
    « heure non précisée par la notice », never a default hour (``information``: the day alone).
    « date non précisée par la notice » when there is no date (``value`` None).
    ``notice_voice``: in the notice's own words (its PDF): a day without an hour is the day alone
    (« au plus tard le mercredi 22 novembre 2023 »), as the notice writes it, and an hour has no
    time zone words (« à 17 h 00 »: the academy's own), its « minuit » as it writes it (« à minuit »; the PDF's « Dates
    à retenir » says the web page's words, words.table_moment, pdfdates70).
    A deadline at the end of its day (24:00): « jusqu'au vendredi 24 novembre 2023 inclus (heure de Paris) »
    (``END_OF_DAY_KEYS``).
    """
    if kind not in MOMENT_KEYS:
        raise ValueError(f"moment: kind {kind!r} is not one of {sorted(MOMENT_KEYS)}")
    if value is None:
        return texts.text("moments.not_given")
    text = day(value)
    if has_time and kind in END_OF_DAY_KEYS and end_of_day(value) and not notice_voice:
        return texts.text(END_OF_DAY_KEYS[kind], day=text, zone=zone_words(tz, texts))
    if notice_voice:
        with_time, without_time = NOTICE_VOICE_KEYS[kind]
        return timed(texts, with_time, clock(value), day=text) if has_time else texts.text(without_time, day=text)
    with_time, without_time = MOMENT_KEYS[kind]
    if has_time:
        return timed(texts, with_time, clock_words(value, texts), day=text, zone=zone_words(tz, texts))
    return texts.text(without_time, day=text)


def bar_day(value: dt.date, whole: bool = False, year: bool = True) -> str:
    """« 24 nov. 2023 », « 1er déc. 2023 »: the phone bar's next deadline (checklist page, ``bar_moment``), its month
    abbreviated as ``short_day`` writes it, with its year (phone58 L1: « mer. 15 nov. » said no year, the list does); no
    weekday: with the year it made « Pièces : ven. 24 nov. 2023, minuit (fin de journée) » two lines at 320 px (the
    list, one tap away, says the weekday). ``whole``: its month whole, « 24 novembre 2023 », the words a screen
    reader is given for it (a French voice read « nov. » as the word « nov »: a11y67 L4). Without ``year``, « 24 nov. »:
    the bar's pieces' line under a date of the same year (page.py ``_pieces_line``). The day, its month and its year
    joined by no-break spaces, as ``day`` and ``short_day`` join them (babel's « MMM y » wrote a plain space before
    the year: review76)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    number = "1er" if value.day == 1 else str(value.day)
    month = format_date(value, "MMMM" if whole else "MMM", locale="fr")
    return f"{number}{NBSP}{month}{NBSP}{value.year}" if year else f"{number}{NBSP}{month}"


def bar_moment(value: dt.datetime, has_time: bool, reading: str | None, tz: str, texts: InterfaceFile, whole: bool = False,
               year: bool = True, hour_unsaid: bool = True) -> str:
    """A deadline on one line of the phone's summary bar (phone55 M1: the whole sentence, « au plus tard le vendredi
    24 novembre 2023 à minuit, en fin de journée (heure de Paris) — heure retenue par le guide », made the bar 144 px
    high on a 568 px screen): the day short (``bar_day``), its hour (« 17 h 00 », the notice's « minuit »), and in
    short words what the full sentence marks, never left out: an hour the notice does not give (« heure non
    précisée »), a day or an hour that is the guide's reading (``reading``: dates.reading_marked's « day », « hour »),
    the notice's « minuit » read as the end of the day (« midnight »).
    A clock hour says its time zone's city (« 17 h 00 (Paris) », ``tz``: « (heure de Paris) » made the closing's line
    two lines at 320 px; phone58 L1); a day, or the notice's « minuit » (« 24 nov. 2023 inclus, lecture du guide »: « inclus »
    as the full sentence says it, fixcand58), a day's end, does not; nor any other 24:00, « 22 nov. 2023 inclus », its
    reading marked as the others' (« …, date du guide », « …, heure du guide »), as ``moment`` says every 24:00 deadline
    « jusqu'au … inclus » (review73 L1: « à minuit (Paris) » on the bar). ``whole``: the same words, the month whole
    (``bar_day``), as a screen reader is given them; without ``year``, the day without its year (``bar_day``); without
    ``hour_unsaid``, an hour the notice does not give is not said (the bar's pieces' line, the list saying it: page.py
    ``_pieces_line``), « 22 nov. », « 20 nov., date du guide »."""
    day_words = bar_day(value, whole, year)
    city = _city(tz)
    if has_time and end_of_day(value) and reading != "midnight":
        # any other 24:00 (a notice's « 24 h », or with the guide's day or hour): the whole day, « inclus », as the
        # full sentence says it (``moment``: END_OF_DAY_KEYS), not « à minuit (Paris) » (review73 L1)
        return texts.text(END_OF_DAY_BAR_KEYS.get(reading, "moments.bar_end_of_day"), day=day_words)
    if not has_time and not hour_unsaid:
        return texts.text("moments.bar_guide_day_only", day=day_words) if reading == "day" else day_words
    if reading == "day":
        key = "moments.bar_guide_day_time" if has_time else "moments.bar_guide_day"
    elif reading == "hour" and has_time:
        key = "moments.bar_guide_hour"
    elif reading == "midnight" and has_time:
        # the notice's « minuit », read by the guide as the end of the day: said so, shortly (read55 M1's own mark)
        return texts.text("moments.bar_guide_midnight", day=day_words)
    else:
        key = "moments.bar_time" if has_time else "moments.bar_day"
    return texts.text(key, day=day_words, **({"time": clock(value), "city": city} if has_time else {}))


# The phone bar's 24:00 that is not the notice's « minuit » alone (bar_moment), by the guide's reading of it.
END_OF_DAY_BAR_KEYS = {"day": "moments.bar_guide_day_end_of_day", "hour": "moments.bar_guide_hour_end_of_day"}


def short_day(value: dt.date, year: bool = True) -> str:
    """« mer. 15 nov. 2023 », « ven. 1er déc. 2023 », for the timeline's labels: the weekday as on every other date of
    the guide (read49 L5), the month abbreviated as babel's French does (« juin », « août » stay whole), the day, its
    month and its year joined by no-break spaces as ``day`` joins them; without ``year``, « ven. 24 nov. »."""
    if isinstance(value, dt.datetime):
        value = value.date()
    number = "1er" if value.day == 1 else str(value.day)
    month = format_date(value, "MMM", locale="fr") + (f"{NBSP}{value.year}" if year else "")
    return f"{format_date(value, 'EEE', locale='fr')} {number}{NBSP}{month}"
