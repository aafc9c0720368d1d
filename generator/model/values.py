"""Scalar value types read from YAML text, each with its French error message.

Every type has a ``parse(text)`` class method returning the value or raising
``BadValue`` with the fix to suggest. The text is what staff typed; nothing is
converted behind their back (``17:00`` stays a time, ``no`` stays a word).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from ..problems import quote

MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


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


class FreeText(str):
    """Text read as it is written, even « non précisé par la notice » (the words of content/interface.yaml)."""


def given(value):
    """The value, or None when it is absent or « non précisé par la notice »."""
    return None if value is None or value is NOT_GIVEN else value


def _guess_date_time(text: str) -> tuple[_dt.date | None, _dt.time | None]:
    """Best-effort reading of a French or slashed date, for the suggestion only."""
    low = text.lower().strip()
    found_date = None
    m = re.search(r"(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(\d{4})", low)
    if m and m.group(2) in MONTHS_FR:
        try:
            found_date = _dt.date(int(m.group(3)), MONTHS_FR[m.group(2)], int(m.group(1)))
        except ValueError:
            found_date = None
    if found_date is None:
        s = re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", low)
        if s:
            try:
                found_date = _dt.date(int(s.group(3)), int(s.group(2)), int(s.group(1)))
            except ValueError:
                found_date = None
    if found_date is None:
        s = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", low)
        if s:
            try:
                found_date = _dt.date(int(s.group(1)), int(s.group(2)), int(s.group(3)))
            except ValueError:
                found_date = None
    found_time = None
    t = re.search(r"(?:^|[\st])(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?:\s|$)", low + " ")
    if t:
        hour, minute = int(t.group(1)), int(t.group(2) or 0)
        if hour < 24 and minute < 60:
            found_time = _dt.time(hour, minute)
    return found_date, found_time


def _iso_date(text: str) -> _dt.date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


def _iso_time(text: str) -> _dt.time | None:
    if not re.fullmatch(r"\d{2}:\d{2}", text):
        return None
    try:
        return _dt.time.fromisoformat(text)
    except ValueError:
        return None


class Date:
    """A calendar date written ``AAAA-MM-JJ`` (ISO 8601). Weekdays are derived, never typed."""

    @classmethod
    def parse(cls, text: str) -> _dt.date:
        value = _iso_date(text)
        if value is not None:
            return value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise BadValue(f"{quote(text)} n'existe pas dans le calendrier ; vérifier le jour et le mois")
        guessed, _ = _guess_date_time(text)
        if guessed:
            raise BadValue(f"{quote(text)} n'est pas une date ; écrire {guessed.isoformat()}")
        raise BadValue(f"{quote(text)} n'est pas une date ; écrire AAAA-MM-JJ, par exemple 2023-11-15")


class DateTime:
    """A date and a time written ``AAAA-MM-JJ HH:MM`` (24-hour clock, the academy's time zone)."""

    @classmethod
    def parse(cls, text: str) -> _dt.datetime:
        parts = text.split()
        if len(parts) == 2:
            day, time = _iso_date(parts[0]), _iso_time(parts[1])
            if day and time:
                return _dt.datetime.combine(day, time)
        guessed_day, guessed_time = _guess_date_time(text)
        if guessed_day and guessed_time:
            hint = f"{guessed_day.isoformat()} {guessed_time.strftime('%H:%M')}"
        elif guessed_day:
            hint = f"l'heure après la date : {guessed_day.isoformat()} HH:MM"
        elif guessed_time:
            hint = f"la date avant l'heure : AAAA-MM-JJ {guessed_time.strftime('%H:%M')}"
        else:
            hint = "AAAA-MM-JJ HH:MM, par exemple 2023-11-15 17:00"
        raise BadValue(f"{quote(text)} n'est pas une date-heure ; écrire {hint}")


@dataclass(frozen=True)
class Moment:
    """A date with an optional time: ``AAAA-MM-JJ`` or ``AAAA-MM-JJ HH:MM``.

    A date alone means the whole day: a deadline written as a date ends at the
    end of that day, an opening written as a date starts at its beginning.
    """

    date: _dt.date
    time: _dt.time | None = None

    @classmethod
    def parse(cls, text: str) -> "Moment":
        parts = text.split()
        if len(parts) == 1 and _iso_date(parts[0]):
            return cls(_iso_date(parts[0]))
        if len(parts) == 2 and _iso_date(parts[0]) and _iso_time(parts[1]):
            return cls(_iso_date(parts[0]), _iso_time(parts[1]))
        guessed_day, guessed_time = _guess_date_time(text)
        if guessed_day and guessed_time:
            hint = f"{guessed_day.isoformat()} {guessed_time.strftime('%H:%M')}"
        elif guessed_day:
            hint = f"{guessed_day.isoformat()} (ou {guessed_day.isoformat()} HH:MM avec l'heure)"
        elif guessed_time:
            hint = f"la date avant l'heure : AAAA-MM-JJ {guessed_time.strftime('%H:%M')}"
        else:
            hint = "AAAA-MM-JJ ou AAAA-MM-JJ HH:MM, par exemple 2023-11-15 17:00"
        raise BadValue(f"{quote(text)} n'est pas une date ni une date-heure ; écrire {hint}")

    def start(self) -> _dt.datetime:
        """The first instant the moment covers (naive, in the academy's time zone)."""
        return _dt.datetime.combine(self.date, self.time or _dt.time(0, 0))

    def end(self) -> _dt.datetime:
        """The last instant the moment covers: the time given, or 23:59 for a whole day."""
        return _dt.datetime.combine(self.date, self.time or _dt.time(23, 59))

    def __str__(self) -> str:
        return self.date.isoformat() + (f" {self.time.strftime('%H:%M')}" if self.time else "")


class Email(str):
    """An e-mail address such as ``dec5@ac-toulouse.fr`` (no ``mailto:``)."""

    PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

    @classmethod
    def parse(cls, text: str) -> "Email":
        candidate = text.strip()
        if candidate.lower().startswith("mailto:"):
            raise BadValue(f"{quote(text)} : retirer « mailto: » ; écrire {candidate[7:]}")
        if cls.PATTERN.fullmatch(candidate):
            return cls(candidate)
        raise BadValue(f"{quote(text)} n'est pas une adresse électronique ; écrire par exemple dec5@ac-toulouse.fr")


class Url(str):
    """A web address starting with ``https://`` or ``http://``."""

    PATTERN = re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/[^\s<>\"]*)?")

    @classmethod
    def parse(cls, text: str) -> "Url":
        candidate = text.strip()
        if cls.PATTERN.fullmatch(candidate):
            return cls(candidate)
        if re.fullmatch(r"(www\.)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?", candidate):
            raise BadValue(f"{quote(text)} n'est pas une adresse web complète ; écrire https://{candidate}")
        raise BadValue(f"{quote(text)} n'est pas une adresse web ; écrire une adresse commençant par https://")


class Phone(str):
    """A French phone number, ten digits, shown as ``05 36 25 71 12`` whatever the separators typed."""

    @classmethod
    def parse(cls, text: str) -> "Phone":
        digits = re.sub(r"[\s.\-]", "", text.strip())
        if digits.startswith("+33") and len(digits) == 12 and digits[3:].isdigit():
            digits = "0" + digits[3:]
        if len(digits) == 10 and digits.isdigit() and digits.startswith("0"):
            return cls(" ".join(digits[i:i + 2] for i in range(0, 10, 2)))
        raise BadValue(f"{quote(text)} n'est pas un numéro de téléphone à 10 chiffres ; écrire par exemple 05 36 25 71 12")


class DepartmentCode(str):
    """A French department code: ``01``…``95``, ``2A``, ``2B`` or ``971``…``976``, always in quotes-free text."""

    @classmethod
    def parse(cls, text: str) -> "DepartmentCode":
        code = text.strip().upper()
        if re.fullmatch(r"\d", code):
            raise BadValue(f"{quote(text)} n'est pas un numéro de département ; écrire « 0{code} » entre guillemets")
        if re.fullmatch(r"(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])", code) and code != "20":
            return cls(code)
        raise BadValue(f"{quote(text)} n'est pas un numéro de département ; écrire par exemple « 31 », « 2A » ou « 974 »")


class TimeZoneName(str):
    """An IANA time zone such as ``Europe/Paris`` or ``Indian/Reunion`` (checked against the tz database)."""

    @classmethod
    def parse(cls, text: str) -> "TimeZoneName":
        import zoneinfo

        name = text.strip()
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            import difflib

            close = difflib.get_close_matches(name, sorted(zoneinfo.available_timezones()), n=1, cutoff=0.8)
            if close:
                raise BadValue(f"{quote(text)} n'est pas un fuseau horaire connu ; vouliez-vous dire {quote(close[0])} ?") from None
            raise BadValue(f"{quote(text)} n'est pas un fuseau horaire connu ; écrire par exemple Europe/Paris ou Indian/Reunion") from None
        return cls(name)


class Identifier(str):
    """A short id in lower case, digits and ``_`` (``documents``, ``maintenance_systemes``)."""

    @classmethod
    def parse(cls, text: str) -> "Identifier":
        if re.fullmatch(r"[a-z][a-z0-9_]*", text):
            return cls(text)
        plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
        fixed = re.sub(r"[^a-z0-9_]+", "_", plain).strip("_") or "mon_identifiant"
        if not fixed[0].isalpha():
            fixed = "id_" + fixed
        raise BadValue(f"{quote(text)} n'est pas un identifiant ; écrire en minuscules sans accent ni espace, par exemple {fixed}")


def weekday_fr(day: _dt.date) -> str:
    """The French weekday name of a date (derived, never typed in YAML)."""
    return WEEKDAYS_FR[day.weekday()]
