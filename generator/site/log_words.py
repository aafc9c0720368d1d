"""MkDocs' own routine lines in French (« Building documentation... », « Serving on … », « Documentation built in
0.55 seconds »…), for the staff who run ``mkdocs build`` / ``mkdocs serve`` (``scripts/serve.sh``).

A formatter around MkDocs' own on its terminal handler (``install``, from ``events.on_startup``) writes the records
it knows in French, word for word, and the level names (« ALERTE », « ERREUR », in the same colours); any other
record keeps MkDocs' words: they are then the information (a page MkDocs could not make, a link of docs/ it cannot
find). The records themselves are not changed: other handlers see MkDocs' own.
"""

from __future__ import annotations

import logging
import re

LEVELS = {"WARNING": "ALERTE", "ERROR": "ERREUR", "CRITICAL": "ERREUR"}  # 8 letters at most: MkDocs aligns them


def _seconds(found: re.Match) -> str:
    return f"Construction terminée en {found[1].replace('.', ',')} s"


# MkDocs 1.6's messages (commands/build.py, commands/serve.py, livereload): the whole message, after livereload's
# « [HH:MM:SS] » when it has one
WORDS: list[tuple[re.Pattern, object]] = [
    (re.compile(r"Cleaning site directory"), "Nettoyage du dossier du site"),
    (re.compile(r"Building documentation to directory: (.*)"), r"Construction du site dans le dossier : \1"),
    (re.compile(r"Building documentation\.\.\."), "Construction du site…"),
    (re.compile(r"Documentation built in ([\d.]+) seconds"), _seconds),
    (re.compile(r"Watching paths for changes: (.*)"), r"Modifications surveillées dans : \1"),
    (re.compile(r"Serving on (\S+) and opening it in a browser"), r"Aperçu sur \1 (ouvert dans le navigateur)"),
    (re.compile(r"Serving on (\S+)"), r"Aperçu sur \1"),
    (re.compile(r"Detected file changes"), "Fichiers modifiés"),
    (re.compile(r"Reloading browsers"), "Rechargement des pages ouvertes"),
    (re.compile(r"Shutting down\.\.\."), "Arrêt de l'aperçu…"),
    (re.compile(r"Browser connected: (.*)"), r"Page ouverte : \1"),
    (re.compile(r'"GET (\S+) HTTP/[\d.]+" code 404'), r"Page introuvable : \1"),
]
_CLOCK = re.compile(r"(\[\d\d:\d\d:\d\d\] )?(.*)", re.S)


def french(message: str) -> str | None:
    """The French of one of MkDocs' routine messages; None for any other."""
    clock, text = _CLOCK.fullmatch(message).groups()
    for pattern, words in WORDS:
        if found := pattern.fullmatch(text):
            return (clock or "") + (words(found) if callable(words) else found.expand(words))
    return None


class FrenchLines(logging.Formatter):
    """MkDocs' terminal formatter (``inner``), given each record in French: a copy of it, its message and level
    name said in French (the record itself is left as it is, for the other handlers: the build's warning counter,
    the preview's error page). The level's colour stays: the French names get the English ones' colours."""

    def __init__(self, inner: logging.Formatter | None) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()
        colors = getattr(self.inner, "colors", None)
        if isinstance(colors, dict):  # MkDocs' ColorFormatter colours a level by its name
            self.inner.colors = {**colors, **{fr: colors[en] for en, fr in LEVELS.items() if en in colors}}

    def french_record(self, record: logging.LogRecord) -> logging.LogRecord:
        try:
            said = french(record.getMessage())
        except Exception:  # noqa: BLE001  a record whose arguments do not format: as it is
            said = None
        copy = logging.makeLogRecord(record.__dict__)
        if said is not None:
            copy.msg, copy.args = said, ()
        copy.levelname = LEVELS.get(record.levelname, record.levelname)
        return copy

    def format(self, record: logging.LogRecord) -> str:
        return self.inner.format(self.french_record(record))


def install() -> None:
    """On MkDocs' terminal handlers (those of the ``mkdocs`` logger, added by its command line), once."""
    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, logging.StreamHandler) and not isinstance(handler.formatter, FrenchLines):
            handler.setFormatter(FrenchLines(handler.formatter))
