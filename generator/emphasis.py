"""Emphasis in the data's texts: ``**words**`` marks words a notice sets in bold (its deadlines, its warnings).

The only markup a YAML text may hold. A pair of markers opens and closes on the same line; anything else
made of asterisks (an unclosed ``**``, an empty ``****``, ``***``) is a problem ``validate`` reports
(``problems_in``), and a line holding one is shown as typed. ``\\*`` is a literal asterisk (the notices' own
convention, Markdown's escape: « **\\*REMARQUE IMPORTANTE** », « R 408\\* »): never part of a marker, shown as
« * » without its backslash by every output. Everything else of a text stays text: a single ``*``, a backslash
before anything but ``*``, ``_x_``, HTML… are shown as typed by every output.

Each output reads the markers for its context (``generator.site.text``: ``<strong>`` in the pages and the PDF,
built around pieces escaped one by one; the checklist's script: ``<strong>`` elements; the plain outputs —
calendar, command line, ``<title>``, comparisons of words — drop them: ``plain``).

Standard library only: the checklist's engine may carry texts holding markers (its renderers read them).
"""

from __future__ import annotations

import re

MARKER = "**"
ESCAPED_STAR = "\\*"  # a literal asterisk, never part of a marker
_STARS = re.compile(r"\*{2,}")
# ``\*`` while the markers are read: the same length (columns stay those of the line), no asterisk.
_HIDDEN_STAR = "\\\ue000"


def _hidden(line: str) -> str:
    """A line with its literal asterisks (``\\*``) out of the way of the markers."""
    return line.replace(ESCAPED_STAR, _HIDDEN_STAR)


def _shown(piece: str) -> str:
    """Words of a line as shown: each literal asterisk an asterisk, without its backslash."""
    return piece.replace(_HIDDEN_STAR, "*")

# The kinds of problems ``line_problems`` finds (``message`` words them for staff).
UNCLOSED, EMPTY, TOO_MANY = "unclosed", "empty", "too_many"


def line_problems(line: str) -> list[tuple[int, str]]:
    """The problems of the markers of one line: (column from 0 of the asterisks, kind), in order."""
    found: list[tuple[int, str]] = []
    opened: int | None = None
    line = _hidden(line)
    for m in _STARS.finditer(line):
        run = m.group()
        if len(run) == 4 and opened is None:
            found.append((m.start(), EMPTY))
        elif len(run) > 2:
            found.append((m.start(), TOO_MANY))
        elif opened is None:
            opened = m.start()
        else:
            if not line[opened + 2:m.start()].strip():
                found.append((opened, EMPTY))
            opened = None
    if opened is not None:
        found.append((opened, UNCLOSED))
    return found


def split(line: str) -> list[tuple[str, bool]]:
    """A line as its pieces, (words, emphasised), in order, empty pieces left out, each ``\\*`` an asterisk; a line
    whose markers do not read (``line_problems``) is one plain piece, as typed (but for its ``\\*``)."""
    if ESCAPED_STAR in line:
        hidden = _hidden(line)
        return [(_shown(piece), bold) for piece, bold in split(hidden)]
    if MARKER not in line:
        return [(line, False)] if line else []
    if line_problems(line):
        return [(line, False)]
    return [(piece, i % 2 == 1) for i, piece in enumerate(line.split(MARKER)) if piece]


def plain(text: str) -> str:
    """A text without its markers (each line whose markers read; any other line as typed), each ``\\*`` an
    asterisk."""
    if MARKER not in text and ESCAPED_STAR not in text:
        return text
    return "\n".join("".join(piece for piece, _ in split(line)) for line in text.split("\n"))


def star_runs(text: str) -> list[int]:
    """Where each run of two asterisks or more starts in ``text`` (to find a marker in the file it was read from),
    literal asterisks (``\\*``) left out."""
    return [m.start() for m in _STARS.finditer(_hidden(text))]


EXAMPLE = "**AU PLUS TARD LE 22 NOVEMBRE 2023**"


def message(line: str, kind: str) -> str:
    """A problem of a line's markers, in French: the value read and how to fix it."""
    from .problems import quote  # (imported here: this module is standard library only for the engine)

    if kind == UNCLOSED:
        what = "« ** » ouvre une mise en gras qui n'est pas refermée sur la même ligne"
        fix = f"ajouter « ** » après les mots à mettre en gras (par exemple {EXAMPLE}), ou retirer ce « ** »"
    elif kind == EMPTY:
        what = "mise en gras vide (rien entre les deux « ** »)"
        fix = "écrire les mots à mettre en gras entre les deux « ** », ou retirer ces astérisques"
    else:
        what = "trois astérisques ou plus à la suite ne se lisent pas"
        fix = f"écrire « ** » avant et après les mots à mettre en gras (par exemple {EXAMPLE}) ; un seul « * » reste affiché tel quel"
    return f"{quote(line)} : {what} ; {fix}"


def problems_in(text: str) -> list[tuple[int, int, str]]:
    """Every problem of the markers of a text: (index of its line, index of its run of asterisks among the
    text's runs, message)."""
    if "**" not in text:
        return []
    out = []
    run = 0
    for number, line in enumerate(text.split("\n")):
        starts = star_runs(line)
        for column, kind in line_problems(line):
            out.append((number, run + starts.index(column), message(line.strip(), kind)))
        run += len(starts)
    return out
