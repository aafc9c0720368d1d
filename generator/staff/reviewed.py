"""Points « à contrôler » that staff marked as seen (``reviewed:`` of academy.yaml and of each session file).

Some points state a lasting fact staff cannot settle in the data (Toulouse 2024's R408 list differs from the
national one; a notice silent on R408; an academy without exam office): they would come back at every
``validate`` and staff would learn to ignore the list, new points included. A file's ``reviewed:`` lists the
points of that file that were checked on the notice, one line each, copied from ``validate``::

    reviewed:
      - {point: r408.list.specialties, checked: 2026-12-03, seen: "liste nationale en vigueur : … ; seulement dans …"}

- a point of the file whose field path is ``point`` and that still says what ``seen`` recorded (its items,
  separated by « ; », in any order) is left out of the list, and counted in the summary (``Problems.reviewed``);
- a point of that path that now says something else comes back, saying when it was seen and what changed since,
  with the line to copy in place of the old one;
- an entry that matches no point any more is itself a point, saying to remove it (stale marks do not pile up);
- an entry dated after today (2062-12-03 typed for 2026-12-03) still marks its point, which was seen, but its date is
  a point at its line, to be corrected (as a session's ``checked:`` after today is);
- a mark of the question « la notice de la session suivante est-elle parue ? » (``session.year``) lasts a week
  (``LASTS``): the question ends only when the next session is written, and a notice may come out any day of the
  registrations; an older mark brings the point back, saying when it was seen, with the line that replaces it (a
  staff walk, stop 44: a question nobody can silence, repeated at every build for every academy, teaches staff to
  skip the whole list, new points included).

A point of a record still under new-academy's ``verify:`` line (or in a file under it) gets no line to copy: it is
about what new-academy wrote before any reading of the notice, and says to look again once the file is filled.

Every point « à contrôler » that can be marked ends with the line to copy (``Problem.paste``), printed as it goes in
the file (at the start of the line: a terminal copy takes its leading spaces). A file without ``reviewed:`` gets one
block, « reviewed: » then the line of each of its points, under its last point; its other points say their line is there.
A point marked in one case only (``Problem.apart``: a quoted address that may be another service's, most often the
exam office's to write in the file) gives its line alone, saying that case, never in the block.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import posixpath

from ..problems import Problem, Problems, and_list, quote, shown_field
from .drafts import from_new_academy, pending
from .yaml_text import quoted

KEY = "reviewed"
SEPARATOR = " ; "
LASTS = {"session.year": 7}
"""Field paths of points whose mark lasts a number of days only: the fact they ask about may change any day."""


def _mark(point: Problem) -> str:
    """What a point that can be marked says after its own words, before where to copy its line: a question whose mark
    lasts (« … est-elle parue ? ») is marked once its answer is checked, for that long (« vu et juste tel quel » did
    not answer it, a review, stop 46)."""
    days = LASTS.get(point.path)
    if days:
        return f" ; vérifié, pas encore parue ? pour ne plus voir la question pendant {days} jours"
    return " ; vu et juste tel quel ? pour ne plus le voir"


def _points_at(lines: list[int]) -> str:
    """« celui de la ligne 12 », « ceux des lignes 33 et 134 », « ceux des lignes 12, 33 et 134 »."""
    if len(lines) == 1:
        return f"celui de la ligne {lines[0]}"
    return f"ceux des lignes {and_list([str(line) for line in lines])}"


_LEFT_OUT = {
    # why a point of a file has no line in its block to copy: (for one point, for several)
    "settled": ("il ne se marque pas comme vu, il se règle dans le fichier (voir son message)",
                "ils ne se marquent pas comme vus, ils se règlent dans le fichier (voir leur message)"),
    "unread": ("il ne se marque pas avant que le fichier soit rempli depuis la notice (voir son message)",
               "ils ne se marquent pas avant que le fichier soit rempli depuis la notice (voir leur message)"),
    "apart": ("sa ligne, à copier dans un cas seulement, est donnée à part sous son message",
              "leur ligne, à copier dans un cas seulement, est donnée à part sous leur message"),
}


def _left_out(points: list[Problem], unread: dict[int, int]) -> str:
    """« ; le point de la ligne 11 n'y a pas de ligne : il ne se marque pas comme vu, … »: the points of a file that
    have no line in its block, by reason (``unread``: id → line of the new-academy verify: over it); "" when none. The
    title counted « 17 points à contrôler » over a block of 16 lines, the point « checked manquant » left out unsaid
    (staffdocs64 L, staff65 item 2)."""
    kinds: dict[str, list[Problem]] = {}
    for point in points:
        kind = "settled" if point.seen is None else "unread" if id(point) in unread else "apart"
        kinds.setdefault(kind, []).append(point)
    said = []
    for kind, (one, several) in _LEFT_OUT.items():
        found = kinds.get(kind)
        if not found:
            continue
        lines = sorted({p.location.line for p in found})
        at = f"de la ligne {lines[0]}" if len(lines) == 1 else f"des lignes {and_list([str(line) for line in lines])}"
        said.append(f"le point {at} n'y a pas de ligne : {one}" if len(found) == 1
                    else f"les {len(found)} points {at} n'y ont pas de ligne : {several}")
    return "".join(f" ; {part}" for part in said)


def _expired(point: Problem, entry, today: dt.date) -> bool:
    return point.path in LASTS and (today - entry.checked).days > LASTS[point.path]


RENAMED = {
    # the closing-hour point's item said the end of the day « 24:00 » until it said « minuit » as validate's other
    # messages do (a0d9b828): an entry copied before still marks it (fixtests59, review78 L)
    "heure de l'ancienne clôture gardée : 24:00": "heure de l'ancienne clôture gardée : minuit",
}
"""Items of a point whose words changed, as an entry written before says them → as the point says them now: the same
fact, seen already; without this, the point came back as changed (« n'y est plus : … 24:00 ») with nothing to check."""


def items(seen: str) -> frozenset[str]:
    """The items of a ``seen:`` text (or of a point's), whitespace made single, old words read as today's (``RENAMED``)."""
    parts = (" ".join(part.split()) for part in seen.split(";") if part.strip())
    return frozenset(RENAMED.get(part, part) for part in parts)


def seen_text(point: Problem) -> str:
    return SEPARATOR.join(point.seen or ())


def entry_line(point: Problem, today: dt.date, dash: int = 2) -> str:
    """The line of ``reviewed:`` that marks ``point`` as seen today, its « - » after ``dash`` spaces (those of the
    file's entries: the line is pasted as given)."""
    # (the field path between quotes: « documents[3].id » unquoted is a list inside the entry's braces for YAML)
    return f"{' ' * dash}- {{point: \"{shown_field(point.path)}\", checked: {today.isoformat()}, seen: {quoted(seen_text(point))}}}"


def _dash(entries: tuple, sources: dict[str, list[str]], file: str) -> int:
    """The spaces before the « - » of the file's last entry (2 when not found): a line to add under it is aligned on it."""
    lines = sources.get(file, [])
    if entries and entries[-1].origin is not None and 0 < entries[-1].origin.line <= len(lines):
        before = lines[entries[-1].origin.line - 1][:entries[-1].origin.column - 1].rstrip(" ")
        if before.endswith("-") and not before[:-1].strip():
            return len(before) - 1
    return 2


def _entries(project) -> dict[str, tuple]:
    """The ``reviewed:`` of every file read: file as shown → its entries."""
    found = {}
    for data in project.academies.values():
        records = [data.academy] if data.academy is not None else []
        records += list(data.sessions.values())
        for record in records:
            if record is not None and record.origin is not None:
                found[record.origin.file] = tuple(getattr(record, KEY, ()) or ())
    return found


def _unread(project) -> dict[str, list[tuple[str, int]]]:
    """The records still under new-academy's ``verify:`` line: file as shown → (record's path, line of the verify:)."""
    found: dict[str, list[tuple[str, int]]] = {}
    for data in project.academies.values():
        for record in [data.academy, *data.sessions.values()]:
            for item in pending(record) if record is not None else ():
                if item.location is not None and from_new_academy(item):
                    found.setdefault(item.location.file, []).append((item.path, item.location.line))
    return found


def _under(point: Problem, unread: dict[str, list[tuple[str, int]]]) -> int | None:
    """The line of the new-academy verify: of the point's record, or of its file's, or None."""
    for path, line in unread.get(point.location.file, ()):
        if not path or point.path == path or point.path.startswith((f"{path}.", f"{path}[")):
            return line
    return None


def _last(entry) -> int:
    return max((loc.line for loc in entry.positions.values()), default=entry.origin.line)


def _lines(entry) -> str:
    """« ligne N » (or « lignes N à M » when the entry runs over several lines) of an entry."""
    first, last = entry.origin.line, _last(entry)
    return f"ligne {first}" if last == first else f"lignes {first} à {last}"


def _changes(before: frozenset[str], now: frozenset[str]) -> str:
    gone = [i for i in sorted(before) if i not in now]
    new = [i for i in sorted(now) if i not in before]
    parts = []
    if new:
        parts.append("nouveau : " + ", ".join(quote(i) for i in new))
    if gone:
        parts.append("n'y est plus : " + ", ".join(quote(i) for i in gone))
    return " ; ".join(parts) or "rien (mêmes éléments)"


def _future(entry, index: int, today: dt.date) -> Problem:
    """An entry that marks its point, dated after today (2062-12-03 typed for 2026-12-03): the point stays left out
    (it was seen), but the date it records is reported at its line, to be corrected."""
    return Problem(
        entry.where("checked"), f"{KEY}[{index}].checked",
        f"checked: {entry.checked.isoformat()} est après aujourd'hui ({today.isoformat()}) : le point {quote(entry.point)} "
        f"ne peut pas avoir été vu à cette date ; écrire celle où il a été vérifié sur la notice (AAAA-MM-JJ), par exemple "
        f"{today.isoformat()} si c'est aujourd'hui",
        "review",
    )


def apply_reviewed(project, problems: Problems, today: dt.date) -> None:
    """Leave out the points marked seen, bring back those that changed, report the entries that match nothing,
    and give every other markable point its line to copy."""
    files = _entries(project)
    points = [w for w in problems.warnings if w.kind == "review"]
    others = [w for w in problems.warnings if w.kind != "review"]
    kept: list[Problem] = []
    shown: list[Problem] = []
    used: set[tuple[str, int]] = set()  # (file, index of the entry) matched by a point
    changed: dict[int, object] = {}  # id(point) → its entry, seen before, now different (or too old: ``expired``)
    expired: set[int] = set()  # id(point) of the points whose mark is older than it lasts (``LASTS``)
    for point in points:
        entries = files.get(point.location.file, ())
        if point.seen is not None:
            now = items(seen_text(point))
            same = next((i for i, e in enumerate(entries) if e.point == shown_field(point.path) and items(e.seen) == now
                         and (point.location.file, i) not in used), None)
            if same is not None:
                used.add((point.location.file, same))
                if _expired(point, entries[same], today):
                    changed[id(point)] = entries[same]
                    expired.add(id(point))
                    kept.append(point)
                    continue
                problems.reviewed.append(point)
                if entries[same].checked > today + dt.timedelta(days=1):  # (a day ahead: staff east of the machine, review56 L3)
                    shown.append(_future(entries[same], same, today))
                continue
        kept.append(point)
    # the points of a path marked before, that now say something else: each with the entry of its path closest to it
    for point in kept:
        if point.seen is None or id(point) in changed:
            continue
        entries = files.get(point.location.file, ())
        now = items(seen_text(point))
        candidates = [(len(items(e.seen) & now), -i, i, e) for i, e in enumerate(entries)
                      if e.point == shown_field(point.path) and (point.location.file, i) not in used]
        if candidates:
            *_, i, entry = max(candidates, key=lambda c: c[:3])
            used.add((point.location.file, i))
            changed[id(point)] = entry
    # a file without reviewed: gets one block to copy, « reviewed: » then the line of each of its points, under its
    # last point in validate's order; its other points say their line is there (each point giving « reviewed: »,
    # pasted twice: a key written twice, whose « garder une seule des deux » lost a mark, a staff walk, stop 40; the
    # first point giving it and the others their line « to go under the reviewed: line given at line N, even if that
    # point is not marked »: hard to follow, a staff walk, stop 44)
    # a point of a record still under new-academy's verify: (or in a file under it) is about what new-academy wrote
    # before any reading of the notice (« aucun contact », « la notice ne dit rien de l'attestation R408 »): no line to
    # copy yet (a newcomer copying them silenced checks that matter once the file is filled; a staff walk, stop 49 L8)
    unread = _unread(project)
    verify_at = {id(p): line for p in kept if p.seen is not None and id(p) not in changed
                 and (line := _under(p, unread)) is not None}
    unmarked: dict[str, list[Problem]] = {}  # file without reviewed: → its points to mark, in validate's order
    apart: dict[str, list[Problem]] = {}  # and those marked in one case only (``Problem.apart``), out of its block
    for point in sorted(kept, key=lambda p: (p.location.line, p.location.column, p.path, p.message)):
        if point.seen is not None and id(point) not in changed and id(point) not in verify_at and not files.get(point.location.file):
            if point.apart:  # (its line alone, never in the block: ``Problem.apart``)
                apart.setdefault(point.location.file, []).append(point)
            else:
                unmarked.setdefault(point.location.file, []).append(point)
    for point in kept:
        if point.seen is None:
            shown.append(point)
            continue
        if id(point) in verify_at:
            message = (f"{point.message} ; à revoir une fois le fichier rempli depuis la notice (sa ligne verify: "
                       f"écrite avant toute lecture de la notice, ligne {verify_at[id(point)]}, est encore là) : le point ne se marque pas comme vu avant")
            shown.append(dataclasses.replace(point, message=message, paste=()))
            continue
        entries = files.get(point.location.file, ())
        entry = changed.get(id(point))
        dash = _dash(entries, problems.sources, point.location.file)
        if id(point) in expired:
            message = (
                f"{point.message} — point vu le {entry.checked.isoformat()} (reviewed:, {_lines(entry)}), il y a "
                f"{(today - entry.checked).days} jours : une marque de ce point vaut {LASTS[point.path]} jours ; une fois "
                "vérifié à nouveau, remplacer cette entrée par la ligne suivante, telle quelle"
            )
            paste = (entry_line(point, today, dash),)
        elif entry is not None:
            message = (
                f"{point.message} — point vu le {entry.checked.isoformat()} (reviewed:, {_lines(entry)}) ; ce qui a changé depuis : {_changes(items(entry.seen), items(seen_text(point)))} ; "
                "une fois revu sur la notice, remplacer cette entrée par la ligne suivante, telle quelle"
            )
            paste = (entry_line(point, today, dash),)
        elif entries:
            message = f"{point.message}{_mark(point)} : copier cette ligne telle quelle sous reviewed: (après la ligne {_last(entries[-1])})"
            paste = (entry_line(point, today, dash),)
        elif point.apart:
            # (not in the block: copying the block whole silenced a point most often settled in the files, a staff
            # walk, stop 50 L1); the first such point of a file without block gives the reviewed: line
            block = unmarked.get(point.location.file)
            first = apart[point.location.file][0]
            if block:
                where = f"sous la ligne reviewed: du bloc à copier donné sous le point de la ligne {block[-1].location.line} de ce fichier"
                paste = (entry_line(point, today),)
            elif first is point:
                where = "à la fin du fichier (une seule ligne reviewed: par fichier)"
                paste = (f"{KEY}:", entry_line(point, today))
            else:
                where = f"sous la ligne reviewed: donnée sous le point de la ligne {first.location.line} de ce fichier"
                paste = (entry_line(point, today),)
            message = (f"{point.message} ; {point.apart}, et dans ce cas seulement, pour ne plus le voir : copier "
                       f"{'ces lignes telles quelles' if len(paste) > 1 else 'cette ligne telle quelle'} {where} ("
                       "ce point n'est pas dans le bloc des autres)")
        elif len(unmarked[point.location.file]) == 1:
            message = (f"{point.message}{_mark(point)} : copier ces lignes telles quelles à la fin du fichier (une seule ligne "
                       "reviewed: par fichier)" + _left_out([p for p in kept if p.location.file == point.location.file
                                                             and p is not point], verify_at))
            paste = (f"{KEY}:", entry_line(point, today))
        elif unmarked[point.location.file][-1] is point:
            message = (f"{point.message}{_mark(point)} : copier ces lignes telles quelles à la fin du fichier : la ligne reviewed: "
                       f"(une seule par fichier) puis, sous elle, la ligne de chaque point de ce fichier vu et juste tel quel, "
                       f"celui-ci et {_points_at([p.location.line for p in unmarked[point.location.file][:-1]])} (ne pas "
                       "copier la ligne d'un point qui n'a pas été vérifié)"
                       + _left_out([p for p in kept if p.location.file == point.location.file
                                    and all(p is not q for q in unmarked[point.location.file])], verify_at))
            paste = (f"{KEY}:", *(entry_line(p, today) for p in unmarked[point.location.file]))
        else:
            last = unmarked[point.location.file][-1].location.line
            message = (f"{point.message}{_mark(point)} : sa ligne (point: {quoted(shown_field(point.path))}) est dans le bloc à copier "
                       f"donné sous le point de la ligne {last} de ce fichier")
            paste = ()
        shown.append(dataclasses.replace(point, message=message, paste=paste))
    # the entries that match no point any more, or that mark what cannot be marked
    for file, entries in sorted(files.items()):
        for i, entry in enumerate(entries):
            if (file, i) in used:
                continue
            where = entry.where("point") or entry.origin
            if where is None:
                continue
            remove = f"retirer cette entrée de reviewed: ({_lines(entry)} de {file})"
            if len(entries) == 1:  # (the key alone then stops the publication: a staff walk, stop 46)
                remove += ", et la ligne reviewed: au-dessus, qui n'a pas d'autre entrée"
            # the points still reported in the same academy (not another academy's: a review, stop 46, found an old
            # session's freshness mark sent to another academy); of that path: not markable, or written in another file
            # than its own
            academy = [w for w in shown if posixpath.dirname(w.location.file) == posixpath.dirname(file)]
            reported = [w for w in academy if shown_field(w.path) == entry.point]
            here = [w for w in reported if w.location.file == file]
            if here and all(w.seen is None for w in here):
                message = (f"le point {quote(entry.point)} ne se marque pas comme vu : il se règle dans les données (voir son "
                           f"message, ligne {here[0].location.line}) ; {remove}")
            elif reported and not here:
                elsewhere = reported[0].location.file
                message = (f"le point {quote(entry.point)} n'est pas signalé dans ce fichier mais dans {elsewhere} : une entrée "
                           f"de reviewed: va dans le fichier que le point nomme ; {remove}, et copier celle que validate donne "
                           f"sous le point dans {elsewhere}")
            else:
                twice = any(e.point == entry.point and items(e.seen) == items(entry.seen) for e in entries[:i])
                if twice:
                    message = f"le point {quote(entry.point)} est marqué deux fois avec le même seen: ; {remove}"
                elif typo := difflib.get_close_matches(entry.point, sorted({shown_field(w.path) for w in academy}), n=1, cutoff=0.8):
                    # (« session.yaer »: not « n'est plus signalé … corrigé dans les fichiers », a staff walk, stop 46)
                    message = (f"le point {quote(entry.point)} n'est signalé nulle part : faute de frappe pour {quote(typo[0])} ? "
                               f"écrire point: {quoted(typo[0])} dans cette entrée ({_lines(entry)})")
                elif entry.point in LASTS:
                    message = (f"le point {quote(entry.point)} marqué vu le {entry.checked.isoformat()} ne se pose plus pour ce "
                               f"fichier (la session suivante est écrite) : plus rien à marquer ; {remove}")
                else:
                    message = (
                        f"le point {quote(entry.point)} marqué vu le {entry.checked.isoformat()} n'est plus signalé par validate "
                        f"(corrigé dans les fichiers, ou les textes nationaux ont changé) : plus rien à marquer ; {remove}"
                    )
            shown.append(Problem(where, f"{KEY}[{i}].point", message, "review"))
    problems.warnings[:] = others + shown


def seen_summary(problems: Problems) -> str:
    """« 3 points déjà vus (reviewed:) » for the summary line; "" when none."""
    n = len(problems.reviewed)
    if not n:
        return ""
    return f"{n} point{'s' if n > 1 else ''} à contrôler déjà vu{'s' if n > 1 else ''} (reviewed:)"
