"""French dates and times with babel: « mercredi 15 novembre 2023 à 17 h 00 (heure de Paris) ».

The weekday always comes from the date itself, never from YAML.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, get_timezone_location

from .text import NBSP


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


def zone_words(tz: str) -> str:
    """« heure de Paris », « heure de La Réunion »."""
    city = get_timezone_location(tz, locale="fr", return_city=True)
    return f"heure de {city}"


def moment(value: dt.datetime, has_time: bool, tz: str, *, end_of_day_words: bool = True) -> str:
    """A date with its time and time zone, or the date alone with « (fin de journée) » when no time is given."""
    text = day(value)
    if has_time:
        return f"{text} à {clock(value)} ({zone_words(tz)})"
    return f"{text} ({zone_words(tz)})" if not end_of_day_words else f"{text}, jusqu'à la fin de la journée ({zone_words(tz)})"


def short_day(value: dt.date) -> str:
    """« 15 nov. 2023 », for the timeline's labels."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, "d MMM y", locale="fr")
