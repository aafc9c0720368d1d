"""MkDocs' own routine lines in French (« Building documentation... », « Serving on … », « Documentation built in
0.55 seconds »…), for the staff who run ``mkdocs build`` / ``mkdocs serve`` (``scripts/serve.sh``).

A ``logging.Filter`` on MkDocs' terminal handler (``install``, from ``events.on_startup``) rewrites the records it
knows, word for word, and the level names (« ALERTE », « ERREUR »); any other record goes through as MkDocs
wrote it: its words are then the information (a page MkDocs could not make, a link of docs/ it cannot find).
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


class FrenchLines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            said = french(record.getMessage())
        except Exception:  # noqa: BLE001  a record whose arguments do not format: as it is
            said = None
        if said is not None:
            record.msg, record.args = said, ()
        record.levelname = LEVELS.get(record.levelname, record.levelname)
        return True


def install() -> None:
    """On MkDocs' terminal handlers (those of the ``mkdocs`` logger, added by its command line), once."""
    for handler in logging.getLogger("mkdocs").handlers:
        if isinstance(handler, logging.StreamHandler) and not any(isinstance(f, FrenchLines) for f in handler.filters):
            handler.addFilter(FrenchLines())
