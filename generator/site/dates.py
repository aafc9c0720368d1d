"""French dates and times with babel: « mercredi 15 novembre 2023 à 17 h 00 (heure de Paris) ».

The weekday always comes from the date itself, never from YAML. The day and
the clock are locale formatting (babel's French patterns, « 1er », « 17 h 00 »);
the words around them (« à », « heure de », « jusqu'à la fin de la journée »)
come from ``content/interface.yaml`` (group ``moments``).
"""

from __future__ import annotations

import datetime as dt
import functools

from babel.dates import format_date, get_timezone_location

from ..model.content import InterfaceFile
from .text import NBSP


@functools.lru_cache(maxsize=4096)
def day(value: dt.date) -> str:
    """« mercredi 15 novembre 2023 », « vendredi 1er décembre 2023 »."""
    if isinstance(value, dt.datetime):
        value = value.date()
    text = format_date(value, "EEEE d MMMM y", locale="fr")
    if value.day == 1:
        weekday, _, rest = text.partition(" ")
        text = f"{weekday} 1er{rest[1:]}"
    return text


def clock(value: dt.time | dt.datetime) -> str:
    """« 17 h 00 » with no-break spaces."""
    return f"{value.hour}{NBSP}h{NBSP}{value.minute:02d}"


def zone_words(tz: str, texts: InterfaceFile) -> str:
    """« heure de Paris », « heure de La Réunion »."""
    return texts.text("moments.zone", city=_city(tz))


@functools.lru_cache(maxsize=64)
def _city(tz: str) -> str:
    """« Paris », « La Réunion »: the time zone's city in French (babel; the same for a whole build)."""
    return get_timezone_location(tz, locale="fr", return_city=True)


def moment(value: dt.datetime, has_time: bool, tz: str, texts: InterfaceFile, *, end_of_day_words: bool = True) -> str:
    """A date with its time and time zone, or the date alone with « (fin de journée) » when no time is given."""
    text = day(value)
    zone = zone_words(tz, texts)
    if has_time:
        return texts.text("moments.time", day=text, time=clock(value), zone=zone)
    return texts.text("moments.end_of_day" if end_of_day_words else "moments.day", day=text, zone=zone)


def short_day(value: dt.date) -> str:
    """« 15 nov. 2023 », for the timeline's labels."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, "d MMM y", locale="fr")
