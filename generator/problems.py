"""Problems found in the data, reported to rectorate staff in French.

Every problem names the file, the line and column, the field path, the value
read and how to fix it. Problems are collected, never raised one by one, so a
single run of ``validate`` lists all of them.

Besides problems (which block publication) there are *warnings*: things staff
should know about but that do not stop the site from being built (an editor's
temporary file skipped, an unknown file left aside…). They have the same
shape — location, field path, message — and are reported after the problems.

Everything shown is on one line: a line break, a tab or an invisible character
inside a value or a file name is shown visibly (``visible``), so that a
headline always reads ``file:line:col: field: message``.
"""

from __future__ import annotations

import difflib
import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

LINE_BREAK_SHOWN = "⏎"
TAB_SHOWN = "⇥"
QUOTE_LIMIT = 80  # characters of a value shown inside a message; longer values are cut with « … »
SOURCE_LINE_LIMIT = 160  # characters of a source line shown under a problem; longer lines show a window
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Letters that look like nothing at all (Hangul fillers, Braille blank): shown by their code too.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


# Dashes that look like « - » and are not (a PDF's non-breaking hyphen, a word processor's en dash, a minus sign):
# in a date, a time or a phone number they make the value unreadable while it looks right (a staff walk, stop 52 M3).
# A message that names one by its code (« [U+2011] ») has it shown by its code in the line under it too
# (``Problem.render``), not elsewhere: in a text they are often meant (« 9 h – 12 h »).
LOOKALIKE_DASHES = {
    "\u2010": "trait d'union (U+2010)",
    "\u2011": "trait d'union insécable (U+2011)",
    "\u2012": "tiret numérique (U+2012)",
    "\u2013": "tiret demi-cadratin (U+2013)",
    "\u2014": "tiret cadratin (U+2014)",
    "\u2212": "signe moins (U+2212)",
}


def _hidden(ch: str) -> bool:
    return unicodedata.category(ch) in _HIDDEN_CATEGORIES or ch in _BLANK_LETTERS


def code_of(ch: str) -> str:
    """A character by its code, as messages show it: ``[U+2011]``."""
    return f"[U+{ord(ch):04X}]"


def visible(text: str, coded: frozenset[str] | str = frozenset()) -> str:
    """``text`` on one line with nothing invisible: ``⏎`` for a line break, ``⇥`` for a tab,
    ``[U+200B]`` (the character's code) for any other control, format or invisible character, and for the characters
    of ``coded`` (dashes that look like « - »: ``LOOKALIKE_DASHES``)."""
    if text.isprintable() and not any(ch in text for ch in coded):
        return text
    out = []
    for ch in text.replace("\r\n", "\n"):
        if ch in "\n\r\x85\u2028\u2029":
            out.append(LINE_BREAK_SHOWN)
        elif ch == "\t":
            out.append(TAB_SHOWN)
        elif ch in coded:
            out.append(code_of(ch))
        elif ch == " " or not _hidden(ch):
            out.append(ch)
        else:
            out.append(code_of(ch))
    return "".join(out)


def codes_named(message: str) -> frozenset[str]:
    """The look-alike dashes (``LOOKALIKE_DASHES``) a message names by their code: shown so in the line under it."""
    return frozenset(ch for ch in LOOKALIKE_DASHES if code_of(ch) in message)


@dataclass(frozen=True)
class Location:
    """Where a value was read: a file (path as shown to staff), 1-based line and column."""

    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """One problem (or warning): where, which field, what is wrong and how to fix it (French).

    ``kind`` sorts warnings into the blocks of ``Problems.warnings_report`` (``WARNING_KINDS``).
    """

    location: Location
    path: str
    message: str
    kind: str = "warning"
    # a point « à contrôler » (kind review): what it says that staff may mark as seen (``reviewed:``), item by item
    # (None: it cannot be marked); and the lines to copy to mark it, shown under it (``generator.staff.reviewed``)
    seen: tuple[str, ...] | None = field(default=None, compare=False)
    paste: tuple[str, ...] = field(default=(), compare=False)
    # a point markable in one case only, most often settled in the files (« si c'est l'adresse d'un autre
    # service »): its line to copy comes alone, after that case, never in the file's block of lines to copy
    apart: str | None = field(default=None, compare=False)

    def headline(self, label: str = "") -> str:
        """The one-line form: ``file:line:col: field.path: message`` (``label`` goes before the message)."""
        loc = self.location
        where = f"{visible(loc.file)}:{loc.line}:{loc.column}"
        message = visible(label + self.message)
        return f"{where}: {shown_key(shown_field(self.path))}: {message}" if self.path else f"{where}: {message}"

    def render(self, source_lines: list[str] | None, label: str = "", indent: str = "", root: str | None = None) -> str:
        """The headline, then the source line and a caret under the column, each after ``indent``; then the lines to
        copy (``paste``) at the start of their lines, as they go in the file: a terminal copy takes a line's leading
        spaces with it, and the report's indentation pasted at the end of a file made ``reviewed:`` a key out of
        line (a staff walk, stop 40). ``root``: the ``--root`` validate was given, which the headline's commands take
        (``with_root``; the file's line and the lines to copy stay as they are)."""
        text = indent + with_root(self.headline(label), root)
        if source_lines and 1 <= self.location.line <= len(source_lines):
            coded = codes_named(self.message)
            line, caret = shown_source_line(source_lines[self.location.line - 1], self.location.column, coded)
            text += f"\n{indent}    {line}\n{indent}    {' ' * caret}^"
        for line in self.paste:
            text += f"\n{visible(line)}"
        return text


def shown_source_line(line: str, column: int, coded: frozenset[str] = frozenset()) -> tuple[str, int]:
    """A source line as shown under a problem (``visible``, with the characters of ``coded`` by their code; cut around
    the column when very long) and the offset of the caret under the 1-based ``column``."""
    line = line.rstrip("\r\n")
    before = visible(line[: max(column, 1) - 1], coded)
    shown = before + visible(line[max(column, 1) - 1:], coded)
    caret = len(before)
    if len(shown) > SOURCE_LINE_LIMIT:
        start = max(0, caret - SOURCE_LINE_LIMIT // 2)
        end = start + SOURCE_LINE_LIMIT
        window = shown[start:end]
        if start > 0:
            window, caret = "…" + window, caret - start + 1
        if end < len(shown):
            window += "…"
        shown = window
    return shown, caret


def source_lines(text: str) -> list[str]:
    """The lines of a file as YAML and editors count them (``\\n``, ``\\r\\n`` or ``\\r`` end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


WARNING_LABEL = "avertissement : "

STAFF_INDENT = "    "
WARNING_KINDS = {
    # kind: (label before each message, title of the block for one, for several). The items of the
    # staff's blocks (every kind but « warning ») are indented under their title (STAFF_INDENT), but for the lines to
    # copy (``Problem.paste``), given as they go in the file.
    "warning": (WARNING_LABEL, "1 avertissement (n'empêche pas la publication) :", "{n} avertissements (n'empêchent pas la publication) :"),
    "verify": (
        "à vérifier : ",
        "1 élément à vérifier sur la notice (brouillon : mkdocs build ne publie pas tant qu'il reste une ligne verify:) :",
        "{n} éléments à vérifier sur la notice (brouillon : mkdocs build ne publie pas tant qu'il reste une ligne verify:) :",
    ),
    "review": ("à contrôler : ", "1 point à contrôler (n'empêche pas la publication) :", "{n} points à contrôler (n'empêchent pas la publication) :"),
}
"""The warnings, by kind: ordinary ones (a file skipped…), what staff left to check on the
notice (``verify:`` lines, ``generator.staff.drafts``), what the data looks like against
national content, other academies and the calendar (``generator.staff.lint``)."""


@dataclass
class Problems:
    """An ordered collection of problems and warnings, with the source text of each file for carets."""

    items: list[Problem] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    # the files that could not be read at all (not UTF-8, a YAML syntax error): nothing else of theirs was checked,
    # so a problem of theirs an earlier run gave is not known to be fixed (``mkdocs serve``: serving.problems_since)
    unread: set[str] = field(default_factory=set)
    # the points « à contrôler » left out because staff marked them seen (``reviewed:``): counted in the summary
    reviewed: list[Problem] = field(default_factory=list)

    def add(self, location: Location, path: str, message: str) -> None:
        self.items.append(Problem(location, path, message))

    def warn(self, location: Location, path: str, message: str, kind: str = "warning", seen: tuple[str, ...] | None = None,
             apart: str | None = None) -> None:
        """Record something staff should know that does not block publication (``kind``: see ``WARNING_KINDS``;
        ``seen``, ``apart``: see ``Problem``)."""
        if kind not in WARNING_KINDS:
            raise ValueError(f"unknown kind of warning {kind!r}")
        self.warnings.append(Problem(location, path, message, kind, seen, apart=apart))

    def remember_source(self, shown_path: str, text: str) -> None:
        self.sources[shown_path] = source_lines(text)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        return _sorted(self.items)

    def report(self, skip: frozenset[tuple] = frozenset(), root: str | None = None) -> str:
        """Every problem, sorted by file and line, each with its source line. ``skip``: the ``warning_key`` of
        problems not to give (``mkdocs serve``: those given in full by an earlier rebuild). ``root``: validate's
        ``--root`` as typed, which the commands the messages give take (staffdocs64 item 1)."""
        return "\n".join(p.render(self.sources.get(p.location.file), root=root) for p in self.sorted() if warning_key(p) not in skip)

    def warnings_report(self, skip: frozenset[tuple] = frozenset(), root: str | None = None) -> str:
        """Every warning, one block per kind (``WARNING_KINDS``), each sorted by file and line under a
        line saying what they are; "" when there is none. ``skip``: the ``warning_key`` of warnings not to give
        (``mkdocs serve``: those given in full by an earlier rebuild). ``root``: as for ``report``."""
        blocks = []
        for kind, (label, one, several) in WARNING_KINDS.items():
            items = [p for p in self.warnings if p.kind == kind and warning_key(p) not in skip]
            if items:
                title = one if len(items) == 1 else several.format(n=len(items))
                indent = STAFF_INDENT if kind != "warning" else ""
                rendered = [p.render(self.sources.get(p.location.file), label, indent, root) for p in _sorted(items)]
                blocks.append("\n".join([title, *rendered]))
        return "\n\n".join(blocks)


# What validate and mkdocs build say after the count of the problems they printed (``count_line``; mkdocs serve's:
# ``generator.site.serving.AFTER_SERVE``): validate publishes nothing, it says what the problems stop; the build's own
# refusal says what it did not do.
AFTER_VALIDATE = "tant qu'il en reste, mkdocs build ne publie rien. Corriger puis relancer : python -m generator validate"


def validate_command(given: str | None = None, paths: tuple[str, ...] | list[str] = ()) -> str:
    """The command that lists the project's problems: with the ``--root`` the command was given, if it was (review71
    L3: without it, validate read the repository's files, not the project's), and the ``paths`` validate was given
    (NOTE57: without them, the command to run again read the whole project)."""
    command = f"python -m generator --root {shlex.quote(given)} validate" if given else "python -m generator validate"
    return " ".join([command, *(shlex.quote(path) for path in paths)])
AFTER_BUILD = "le site n'a pas été construit et l'ancienne version reste en place. Corriger les fichiers YAML puis relancer."


def with_root(text: str, given: str | None) -> str:
    """``text`` with each ``python -m generator …`` command it gives run on the project ``--root`` named, as it was
    typed (staffsmall65 item 2: new-academy run with --root printed its next commands without it, and they read the
    repository's files, not the project's). Unchanged without ``--root``."""
    if not given:
        return text
    # (a command that already names its project, validate_command's, is left as it is: applied to a whole report, the
    # refusals and problems that give a command as well, staffdocs64 item 1)
    # (applied to a whole report, the file's lines stay as the file has them: the line above a caret, a problem's
    # source line, and the lines to copy under reviewed:, as Problem.render keeps them; the walk of staff65: diff quoted
    # interface.yaml's line « same_year: "… python -m generator diff …" » with a --root the file does not have)
    lines = text.split("\n")
    return "\n".join(
        line if (i + 1 < len(lines) and _CARET.match(lines[i + 1])) or _TO_COPY.match(line)
        else _GENERATOR_COMMAND.sub(lambda _: f"python -m generator --root {shlex.quote(given)} ", line)
        for i, line in enumerate(lines))


_GENERATOR_COMMAND = re.compile(r"python -m generator (?!--root )")
_CARET = re.compile(r"^ *\^$")
_TO_COPY = re.compile(r"^(?:reviewed:|\s*- \{point: )")


def serve_command(project: Path, typed_in: str | None = None) -> str | None:
    """The command that previews ``project`` (``scripts/serve.sh``), to paste in the folder where a command was typed
    (``typed_in``, else the current folder): « bash scripts/serve.sh » there when it is the project's, else the
    project's own script by its path (staff65 item 3: printed under --root, or by a preview started from another folder,
    « bash scripts/serve.sh » ran the project of that folder, not this one); None for a folder without the script (the
    data alone: nothing previews it)."""
    script = project / "scripts" / "serve.sh"
    if not script.is_file():
        return None
    try:
        here = Path(typed_in or Path.cwd()).resolve()
    except OSError:  # (the folder typed in deleted since)
        here = None
    return "bash scripts/serve.sh" if here == project.resolve() else f"bash {shlex.quote(str(script.resolve()))}"


def and_list(items: list[str]) -> str:
    """« a », « a et b », « a, b et c »: a list in the staff tools' messages (one item at least)."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} et {items[-1]}"


def count_line(count: int, then: str) -> str:
    """« 2 problèmes ; … », the last line ``validate``, ``mkdocs build`` and ``mkdocs serve`` print under the problems
    of the YAML files (``then``: ``AFTER_VALIDATE``, ``AFTER_BUILD``, ``serving.AFTER_SERVE``). One function: ``mkdocs serve``
    printed none (a staff walk, stop 55)."""
    return f"{count} problème{'s' if count > 1 else ''} ; {then}"


def warning_key(problem: Problem) -> tuple:
    """A warning (or a problem), whatever its line: the same one after an edit above it moved it. Its lines to copy
    count: a file's points give one block under their last one (``generator.staff.reviewed``), whose message stays the
    same when an earlier point of the file changes (a review, stop 46: ``mkdocs serve`` gave the changed point and
    skipped the block, the old one left on screen)."""
    return (problem.location.file, problem.path, problem.message, problem.kind, problem.paste)


def _sorted(items: list[Problem]) -> list[Problem]:
    return sorted(items, key=lambda p: (p.location.file, p.location.line, p.location.column, p.path, p.message))


def shown_path(path: Path, root: Path) -> str:
    """The path as staff see it: relative to the project root when possible, with slashes.

    Only the folders above the file are resolved, never the file itself: a
    symbolic link is shown where it stands, not where it points.
    """
    if path.is_absolute() and root.is_absolute() and ".." not in path.parts:
        try:
            return path.relative_to(root).as_posix()  # (the usual case, without asking the system)
        except ValueError:
            pass
    try:
        resolved = path.parent.resolve() / path.name
        return resolved.relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


# The spaces that look like the ordinary one: typed by a French keyboard (or an autocorrection) before
# « : », they make a key that reads like a known one and is not (« group : »).
_SPACE_NAMES = {"\u00a0": "l'espace insécable", "\u202f": "l'espace fine insécable"}


_ITEM_INDEX = re.compile(r"(?<=[\w\]])\[(\d+)\]")


def shown_field(path: str) -> str:
    """A field path as staff read it: list items counted from 1, as they count them in the file (``documents[1]`` is
    the first document; the code's paths count from 0, ``documents[0]``). Every path a message shows goes through it,
    in its headline and in its words, and so does a ``reviewed:`` entry's ``point:`` (a staff walk, stop 67 L4)."""
    return _ITEM_INDEX.sub(lambda m: f"[{int(m.group(1)) + 1}]", path)


def shown_key(key: str) -> str:
    """A key (or a field path) as shown: ``visible``, and every space but the ordinary one by its
    code (``group[U+00A0]``): in a key it is never meant, and it looks like the ordinary one."""
    text = visible(key)
    if text.isascii():
        return text
    return "".join(f"[U+{ord(ch):04X}]" if ch != " " and unicodedata.category(ch) == "Zs" else ch for ch in text)


def quote_key(key: str) -> str:
    """A key as shown inside a French message: « key » (``shown_key``), cut as ``quote`` cuts."""
    text = shown_key(key)
    if len(text) > QUOTE_LIMIT:
        text = f"{text[:QUOTE_LIMIT - 20]}… ({len(key)} caractères)"
    return f"« {text} »"


def space_in_key(key: str, known) -> str | None:
    """How to fix a key that is a known one (``known``: a container of keys) but for a space other than
    the ordinary one around it (a non-breaking space typed before « : »); None otherwise."""
    odd = next((ch for ch in key if ch != " " and unicodedata.category(ch) == "Zs"), None)
    stripped = key.strip()
    if odd is None or stripped not in known or odd in stripped:
        return None
    where = "avant les deux-points" if key.lstrip() == key else "au début de la clé" if key.rstrip() == key else "autour de la clé"
    what = _SPACE_NAMES.get(odd, "l'espace spéciale")
    return f"supprimer {what} [U+{ord(odd):04X}] {where} : écrire « {stripped}: »"


def ids_meant(word: str, options) -> list[str]:
    """The identifiers of ``options`` an unknown one was meant for: the nearest (a typo), else those the word is a
    part of (« age » → age_band, national_age_band; « jdc » → jdc_certificate), three at most."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if close:
        return close
    word = word.strip().lower()
    parts = (o for o in options if word and (word in o.split("_") or o.startswith(word)))
    return sorted(parts, key=lambda o: not o.startswith(word))[:3]


# A whole value between a word processor's quotes (“…”, ‘…’), pasted from a document: published so, quotes and all, on
# the page, the timeline and the calendar (a staff walk, stop 52 L1). A notice quotes with « », and a text may quote
# the words of an application inside (« … “J'ai fourni toutes les pièces” … »): only quotes around the whole value.
_WORD_PROCESSOR_QUOTES = {"\u201c": "\u201d", "\u2018": "\u2019"}


def inside_word_processor_quotes(text: str) -> str | None:
    """The value inside a word processor's quotes that wrap the whole of ``text`` (« “Dépôt des pièces” » → « Dépôt
    des pièces »); None when ``text`` is not so wrapped (or holds other such quotes: « “A” ou “B” »)."""
    text = text.strip()
    if len(text) < 3 or _WORD_PROCESSOR_QUOTES.get(text[0]) != text[-1]:
        return None
    inside = text[1:-1].strip()
    if not inside or text[0] in inside or text[0] == "\u201c" and "\u201d" in inside:
        return None  # (’ inside ‘…’ is an apostrophe: « ‘Dépôt de l’attestation’ »)
    return inside


# The mark ``quote`` leaves where it cuts a value: a value that holds it was copied from a message; its spaces may be
# line breaks in the file, a folded value's (a review, 53 L9: « … » at the end of a line of a ``>-`` title, « (108
# caractères) » on the next).
CUT_MARK = re.compile(r"…\s+\((\d+)\s+caractères\)")


def quote_whole(value: object) -> str:
    """A line to write, as a message gives it: « value » on one line (see ``visible``), never cut (a staff walk, stop
    48 M6: a title of 108 characters given cut, « … (108 caractères) », was pasted and published so)."""
    return f"« {visible(str(value))} »"


def quote(value: object) -> str:
    """A value as shown inside a French message: « value », on one line (see ``visible``),
    cut after ``QUOTE_LIMIT`` characters with the length of the whole."""
    text = visible(str(value))
    if len(text) > QUOTE_LIMIT:
        text = f"{text[:QUOTE_LIMIT - 20]}… ({len(str(value))} caractères)"
    return f"« {text} »"
