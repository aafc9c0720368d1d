"""Stage 1 of the pipeline: read every YAML file of ``content/`` and ``academies/``.

Nothing is computed or written here; each file is composed strictly
(``strict_yaml``) and read into the model (``schema``), problems collected.
``generator.pipeline.load_and_check`` runs this stage then the cross-checks.

What is read, and what is not:

- only regular files are opened: a named pipe, a device or a socket is
  reported and never opened (opening a pipe would wait for ever), and the
  check is made again on the open file (``_read_bytes``);
- a symbolic link is followed only when it leads to a file inside the project
  root; one that leads outside is reported without reading, naming or quoting
  what it points to;
- every entry of an academy folder is accounted for: ``academy.yaml`` and
  ``AAAA.yaml`` are read; a data file with another extension (``2025.yml``,
  ``2025.yaml.txt``), spaces around its name or another name is a problem (it
  would silently not be published), and so is a folder without a session; the
  leftovers of editors (``.#2024.yaml``, ``2024.yaml~``, ``.2024.yaml.swp``…)
  are skipped with a warning (``2024.yaml~`` is a problem without ``2024.yaml``
  beside it); anything else is skipped with a warning;
- an academy folder whose name is not a valid slug (``generator.model.values.Slug``:
  lower-case letters, digits, hyphens, not a name the site uses) is reported
  and not read.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import re
import shlex
import stat
import unicodedata
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model.academy import Academy
from .model.content import ChecklistFile, DocumentsFile, InterfaceFile, QuestionsFile, RegulationsFile, SpecialtiesFile, TextsFile, TopicsFile
from .model.departments import DepartmentsFile
from .model.site import SiteFile
from .model.specialties import catalogue_known
from .model.session import SessionFile
from .model.values import DEPARTMENT_WITH_NAME, FIRST_YEAR, LAST_YEAR, NOT_GIVEN, NOT_GIVEN_WORDS, UNKNOWN_TIME_ZONE, slug_problem, suggested_slug
from .problems import Location, Problems, quote, shown_path
from .schema import INVALID, Reader, read, record_keys_at
from .strict_yaml import EMPTY_FILE, compose_file
from yaml.nodes import MappingNode, SequenceNode

CONTENT_FILES = {
    "texts": ("texts.yaml", TextsFile),
    "questions": ("questions.yaml", QuestionsFile),
    "topics": ("topics.yaml", TopicsFile),
    "documents": ("documents.yaml", DocumentsFile),
    "specialties": ("specialties.yaml", SpecialtiesFile),
    "regulations": ("regulations.yaml", RegulationsFile),
    "checklist": ("checklist.yaml", ChecklistFile),
    "interface": ("interface.yaml", InterfaceFile),
    "departments": ("departments.yaml", DepartmentsFile),
    "site": ("site.yaml", SiteFile),
}
ACADEMY_FILE = "academy.yaml"
SESSION_FILE = re.compile(r"([0-9]{4})\.yaml")


def session_years_written(folder: Path) -> list[str]:
    """The years of the session files in an academy's folder, as written (« 2024 »), in order: what the commands
    list when a session asked for is not there (checklist, diff, new-session)."""
    return sorted(p.stem for p in folder.glob("[0-9][0-9][0-9][0-9].yaml"))
MAX_FILE_BYTES = 2_000_000
"""A data file larger than this is refused unread (the largest real one is about 60 kB)."""

EDITOR_LEFTOVERS = (
    ".#*",  # Emacs lock (a symbolic link that leads nowhere)
    "#*#",  # Emacs auto-save
    "*~",  # backup of many editors
    ".*.sw?",  # Vim swap files (.2024.yaml.swp, .swo…)
    "4913",  # Vim's test of the folder's write permission
    ".~lock.*#",  # LibreOffice lock
    "~$*",  # Microsoft Office lock
    "*.bak", "*.orig", "*.rej", "*.tmp", "*.swp",
    ".DS_Store", "._*", "Thumbs.db", "desktop.ini", ".directory",
)
"""Names of the files editors and systems leave beside the ones being edited: skipped, with a warning."""


def is_editor_leftover(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in EDITOR_LEFTOVERS)


@dataclass
class NationalContent:
    """The national files of ``content/``, read (a part is None when its file is broken)."""

    texts: TextsFile | None = None
    questions: QuestionsFile | None = None
    topics: TopicsFile | None = None
    documents: DocumentsFile | None = None
    specialties: SpecialtiesFile | None = None
    regulations: RegulationsFile | None = None
    checklist: ChecklistFile | None = None
    interface: InterfaceFile | None = None
    departments: DepartmentsFile | None = None
    site: SiteFile | None = None

    def complete(self) -> bool:
        return all(getattr(self, name) is not None for name in CONTENT_FILES)


@dataclass
class AcademyData:
    """An academy folder: its academy.yaml and its session files by year."""

    folder: Path
    academy: Academy | None
    sessions: dict[int, SessionFile] = field(default_factory=dict)
    session_files: dict[int, str] = field(default_factory=dict)
    # the session just before each of ``sessions`` that is not one of them, when only some were to be read (« validate
    # academies/clermont-ferrand/2025.yaml »), by year: read for comparison only (its problems are its own
    # validation's), so that the checks against the previous session run the same way (a review, review61 H1: a
    # left-over hour advised into closing:, a section deleted by mistake said nothing, when the new file was validated
    # alone)
    before: dict[int, SessionFile] = field(default_factory=dict)
    # the years of the session files just before a session read that could not be read without problems (no ``before``)
    unread_before: set[int] = field(default_factory=set)

    def session_before(self, year: int) -> SessionFile | None:
        """The session just before ``year`` in the folder (one of ``sessions``, or read for comparison: ``before``);
        None for the first, or when it could not be read without problems: not the one before it (2026.yaml compared
        with 2024.yaml while 2025.yaml is broken, said « not compared »; the folder and the file alone compare it with
        none, review63)."""
        read = {**self.before, **self.sessions}
        earlier = [y for y in {*read, *self.session_files, *self.unread_before} if y < year]
        return read.get(max(earlier)) if earlier else None


@dataclass
class Project:
    """Everything read from one project root."""

    root: Path
    content: NationalContent
    academies: dict[str, AcademyData]
    # the notices merged from it (merge.built_notice: the rules' coverage, the novelties' check and the build share
    # them), by (slug, year); they live and die with this reading of the files, never another's (speed56)
    merged: dict = field(default_factory=dict, repr=False, compare=False)


# --- What an entry of a folder is, without opening it -----------------------------------------

_KINDS = {
    stat.S_IFIFO: "un tube nommé (FIFO)",
    stat.S_IFSOCK: "une socket",
    stat.S_IFCHR: "un périphérique",
    stat.S_IFBLK: "un périphérique",
}


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def entry_kind(path: Path, root: Path, problems: Problems) -> str | None:
    """``"file"`` or ``"folder"`` for what may be read at ``path``; None (and a problem) otherwise.

    Symbolic links are followed only inside the project root; nothing is opened.
    """
    shown = shown_path(path, root)
    where = Location(shown, 1, 1)
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            target = Path(os.path.realpath(path))
            if not target.exists():
                # (no file behind it to put in its place, fixstaff64 item 2: was « le remplacer par le fichier lui-même »,
                # and, leading out of the project, « remplacer le lien par le fichier lui-même »)
                problems.add(where, "", (
                    f"lien symbolique cassé : il désigne {quote(os.readlink(path))}, qui n'existe pas ; il n'est pas lu ; le "
                    f"supprimer : rm {shlex.quote(shown)} (le lien seul) ; si le fichier qu'il désignait existe ailleurs, le "
                    f"copier à la place du lien : rm {shlex.quote(shown)} && cp CHEMIN_DU_FICHIER {shlex.quote(shown)}"))
                return None
            if not _inside(target, Path(os.path.realpath(root))):
                what = "dossier" if target.is_dir() else "fichier"  # (a look at its kind, never at its content)
                problems.add(where, "", f"lien symbolique vers un {what} hors du projet : il n'est pas lu ; remplacer le lien par le {what} lui-même")
                return None
            info = target.stat()
    except OSError as error:
        problems.add(where, "", f"fichier illisible ({error.strerror or 'erreur du système'}) ; vérifier le chemin et les droits")
        return None
    if stat.S_ISREG(info.st_mode):
        return "file"
    if stat.S_ISDIR(info.st_mode):
        return "folder"
    kind = _KINDS.get(stat.S_IFMT(info.st_mode), "un fichier spécial")
    problems.add(where, "", f"{kind}, pas un fichier ordinaire : il n'est pas lu ; le retirer du dossier")
    return None


def _read_bytes(path: Path, shown: str, problems: Problems) -> bytes | None:
    """The bytes of a regular file, opened without waiting (a pipe put in its place is refused, not waited for)."""
    where = Location(shown, 1, 1)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        problems.add(where, "", f"fichier illisible ({error.strerror or 'erreur du système'}) ; vérifier le chemin et les droits")
        return None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            problems.add(where, "", "pas un fichier ordinaire : il n'est pas lu ; le retirer du dossier")
            return None
        if info.st_size > MAX_FILE_BYTES:
            problems.add(where, "", f"fichier trop gros ({info.st_size} octets, plus de {MAX_FILE_BYTES}) : ce n'est pas un fichier de données ; le retirer ou le remplacer")
            return None
        try:
            raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            problems.add(where, "", f"fichier illisible ({error.strerror or 'erreur du système'}) ; vérifier le chemin et les droits")
            return None
    if len(raw) > MAX_FILE_BYTES:
        problems.add(where, "", f"fichier trop gros (plus de {MAX_FILE_BYTES} octets) : ce n'est pas un fichier de données ; le retirer ou le remplacer")
        return None
    return raw


def _count_problems(node: Any, shown: str, cls: type, condition_keys: frozenset[str]) -> int:
    """The number of problems reading ``node`` as ``cls`` (to check an advice about indentation: see strict_yaml)."""
    scratch = Problems()
    read(cls, node, Reader(shown, scratch, condition_keys, unknown_questions=True), "")
    return len(scratch.items)


MAX_REPAIRS = 20  # syntax errors of one file reported at once, each after the advice for the one above is followed


def _report_the_rest(repaired: list[tuple[str, int, str]], shown: str, cls: type, problems: Problems, condition_keys: frozenset[str]) -> None:
    """The other problems of a file that stopped at a syntax error whose advice makes it read (a key out of
    line, a tab in the indentation): the file is read again with the advice followed (the lines keep their
    numbers), and what that reading finds elsewhere is reported too, so that ``validate`` lists every
    problem of the file at once rather than one per run. The file stays unread (nothing is published from a
    text staff did not write). What that reading finds on a line an advice changed is said as what follows the
    advice (« une fois cette ligne alignée comme indiqué, … »): a key that is unknown where the advice puts it
    is most often a line left over, to delete or to move under its section, which the advice alone hides."""
    changed: dict[int, str] = {}  # line → how the advice changed it (« alignée », « corrigée »)
    written = problems.sources.get(shown, [])
    for _ in range(MAX_REPAIRS):
        if not repaired:
            return
        text, line, how = repaired.pop()
        changed[line] = how
        scratch = Problems()
        node = compose_file(text, shown, scratch, lambda root: _count_problems(root, shown, cls, condition_keys), repaired=repaired,
                            keys_at=lambda path: record_keys_at(cls, path))
        if node is not None:
            read(cls, node, Reader(shown, scratch, condition_keys), "")
        for problem in scratch.items:
            if problem.location.line not in changed:
                problems.add(problem.location, problem.path, problem.message)
            elif _replaces_the_colon_advice(problem, problems):
                # (« phones: Tél : 05 … »: the quotes the colon's advice wrote, then the list's line: two messages on one
                # line, the first an intermediate step (fixstaff58); the list's line has no « : » to quote: said alone)
                problems.add(problem.location, problem.path, problem.message)
            elif 0 < problem.location.line <= len(written):
                raw = written[problem.location.line - 1]
                start = Location(shown, problem.location.line, len(raw) - len(raw.lstrip(" \t")) + 1)
                problems.add(start, problem.path, f"une fois cette ligne {changed[problem.location.line]} comme indiqué, {problem.message}")


_COLON_ADVICE = "deux-points « : » dans la valeur de "
_LINE_TO_WRITE = re.compile(r"écrire « ([A-Za-z_][A-Za-z0-9_]*): (\[[^»]*\]) »")


def _replaces_the_colon_advice(problem, problems: Problems) -> bool:
    """Does ``problem``, found on a line the colon-in-value advice quoted, give a line to write for that key, a list
    whose items are between quotes (no « : » left to quote), so that it says all the advice did? Then the advice is
    taken out of ``problems`` (True)."""
    found = _LINE_TO_WRITE.search(problem.message)
    if found is None or ": " in re.sub(r'"[^"]*"|\'[^\']*\'', "", found.group(2)):
        return False
    advice = [p for p in problems.items if p.location.file == problem.location.file and p.location.line == problem.location.line
              and p.message.startswith(f"{_COLON_ADVICE}« {found.group(1)} »")]
    if not advice:
        return False
    problems.items[:] = [p for p in problems.items if p not in advice]
    return True


def empty_file(path: Path, cls: type) -> str:
    """An empty file's problem, and for a session or an academy which command prepares it (a staff walk, stop 47 L6:
    « voir un fichier voisin pour le modèle » sent a new academy's staff to a neighbour it does not have)."""
    session = SESSION_FILE.fullmatch(path.name) if cls is SessionFile else None
    if session:
        return (f"{EMPTY_FILE} ; pour écrire une session, supprimer ce fichier puis lancer "
                f"python -m generator new-session {path.parent.name} {session.group(1)}, qui le prépare")
    if cls is Academy:
        # (the file alone, not the folder: its session files, filled from the notice, stay; new-academy writes
        # academy.yaml alone beside them, or both files in a folder left without any: staffwalk59 M1)
        return (f"{EMPTY_FILE} ; sinon, supprimer ce fichier (academy.yaml seul : les fichiers de session du dossier "
                f"restent) puis lancer python -m generator new-academy {path.parent.name}, qui le prépare")
    return EMPTY_FILE


SAVE_AS_UTF8 = "Bloc-notes : Fichier > Enregistrer sous, Encodage : UTF-8 ; Notepad++ : Encodage > Convertir en UTF-8"
"""How to save a file in UTF-8, in the editors staff have (a staff walk, stop 49 L5)."""


def _utf16(raw: bytes) -> str | None:
    """« UTF-16 » when ``raw`` is text in UTF-16 (Notepad's « Unicode »): its byte order mark, or a NUL byte beside every
    other ASCII letter (a text in UTF-16 without the mark); None otherwise."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    if len(raw) >= 8 and raw.count(b"\x00") * 3 >= len(raw):
        return "UTF-16"
    return None


def _utf16_text(raw: bytes) -> str:
    """The text of a file in UTF-16, to show its line under the problem (review57 L4: read as UTF-8, it showed
    « ��#[U+0000] [U+0000]A… »): after its byte order mark, else in the byte order its NUL bytes say (beside the
    letters that follow them in little-endian, the Bloc-notes' « Unicode », before them in big-endian)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace")
    little = raw[1::2].count(0) >= raw[0::2].count(0)
    return raw[: len(raw) - len(raw) % 2].decode("utf-16-le" if little else "utf-16-be", errors="replace")


def _as_windows_1252(byte: int) -> str:
    """What a byte that is not UTF-8 reads as in Windows-1252 (« ANSI » in Notepad), when it is a letter or a French
    sign: « (« é » en Windows-1252, « ANSI ») »; "" otherwise."""
    try:
        char = bytes([byte]).decode("cp1252")
    except (UnicodeDecodeError, LookupError):
        return ""
    if not (char.isalpha() or char in "«»’‘“”–—…€°"):
        return ""
    return f" (« {char} » en Windows-1252, dit « ANSI » dans le Bloc-notes)"


def read_file(path: Path, root: Path, cls: type, problems: Problems, condition_keys: frozenset[str] = frozenset()) -> Any:
    """Read one YAML file into ``cls``; None when it cannot be read (``condition_keys``: see ``Reader``)."""
    shown = shown_path(path, root)
    kind = entry_kind(path, root, problems)
    if kind == "folder":
        problems.add(Location(shown, 1, 1), "", "dossier à la place d'un fichier ; le renommer ou le retirer")
    if kind != "file":
        return None
    raw = _read_bytes(path, shown, problems)
    if raw is None:
        return None
    utf16 = _utf16(raw)
    if utf16 is not None:
        problems.remember_source(shown, _utf16_text(raw))
        problems.add(Location(shown, 1, 1), "", (
            f"fichier en {utf16} (« Unicode » dans le Bloc-notes de Windows), pas en UTF-8 : il n'est pas lu ; l'ouvrir et "
            f"l'enregistrer en UTF-8 ({SAVE_AS_UTF8})"))
        problems.unread.add(shown)
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # Show the line with the bad byte (replaced by "�") and point at it.
        line = raw[: error.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start: error.start].decode("utf-8", errors="replace")) + 1
        problems.remember_source(shown, raw.decode("utf-8", errors="replace"))
        byte = raw[error.start: error.start + 1].hex().upper()
        if (error.reason == "unexpected end of data" and error.end == len(raw) and 0xC2 <= raw[error.start] <= 0xF4
                and not raw[: error.start].isascii()):
            # the file ends inside a letter written on several bytes (« é » is 0xC3 0xA9): cut while it was saved (a
            # staff walk, stop 49 L5: « pas en UTF-8 ; l'enregistrer en UTF-8 » sent staff to re-save a cut file). Only
            # when the bytes before have letters in UTF-8: a file in Windows-1252 whose one accent is its last byte
            # (« … validé » and no line end: 0xE9 also starts a letter of three bytes in UTF-8) is not in UTF-8 (review57 L4)
            problems.add(Location(shown, line, column), "", (
                f"le fichier s'arrête au milieu d'un caractère (octet 0x{byte}, le dernier du fichier) : il a été coupé, sans "
                "doute pendant son enregistrement ; le rétablir en entier (voir « Rétablir un fichier abîmé », page « Lire un "
                "message d'erreur » du guide du personnel)"))
            problems.unread.add(shown)
            return None
        # (an editor saving in another encoding may also have written « ? » for the signs it has not, ①, ⇒, “ ”: a staff
        # walk, stop 49 L5; re-saved in UTF-8, the « ? » stay)
        problems.add(Location(shown, line, column), "", (
            f"octet 0x{byte}{_as_windows_1252(raw[error.start])} : le fichier n'est pas en UTF-8 ; l'enregistrer en UTF-8 "
            f"({SAVE_AS_UTF8}), sans perte des accents ; si l'éditeur a remplacé des signes (①, ⇒, “ ”) par « ? », reprendre "
            "la version précédente du fichier (voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide "
            "du personnel)"))
        problems.unread.add(shown)
        return None
    repaired: list[tuple[str, int, str]] = []
    node = compose_file(text, shown, problems, lambda root: _count_problems(root, shown, cls, condition_keys), repaired=repaired,
                        empty=empty_file(path, cls), keys_at=lambda path: record_keys_at(cls, path))
    if node is None:
        problems.unread.add(shown)
        _report_the_rest(repaired, shown, cls, problems, condition_keys)
        return None
    start = len(problems.items)
    value = read(cls, node, Reader(shown, problems, condition_keys, folder=path.parent), "")
    _list_key_line_deleted(node, cls, shown, problems, start)
    return None if value is INVALID else value


def _some(names: list[str], shown: int = 4) -> str:
    return ", ".join(names[:shown]) + ("…" if len(names) > shown else "")


def _list_key_line_deleted(node: Any, cls: type, shown: str, problems: Problems, start: int) -> None:
    """A top-level list's key line deleted (« documents: », a deleted line; fuzz69 M2): its items, at the indentation
    of the items of the list above, are read as more items of that list (« documents_deposit[2].id: clé inconnue »…,
    184 problems for a session's documents), and the key is said missing at the top of the file. When the last items of
    a top-level list have only keys of the missing list's items, some unknown to their own list, those problems are
    said as one: the key line to write back, and where. ``start``: the file's first problem of ``read``."""
    if not isinstance(node, MappingNode):
        return
    mine = problems.items[start:]
    missing = {p.path: p for p in mine if "." not in p.path and "[" not in p.path and p.message.startswith(f"clé « {p.path} » manquante")}
    for missing_key, missing_problem in missing.items():
        wanted = record_keys_at(cls, f"{missing_key}[0]")
        if not wanted:
            continue
        for key, value in node.value:
            if not isinstance(value, SequenceNode) or value.flow_style or len(value.value) < 2:
                continue
            own = record_keys_at(cls, f"{key.value}[0]") or frozenset()
            first = len(value.value)
            while first > 0:
                item = value.value[first - 1]
                keys = {k.value for k, _ in item.value} if isinstance(item, MappingNode) else set()
                if not keys or not keys <= wanted or keys <= own:
                    break
                first -= 1
            if first == 0 or first == len(value.value):
                continue
            moved = value.value[first:]
            paths = re.compile(rf"{re.escape(key.value)}\[({'|'.join(str(i) for i in range(first, len(value.value)))})\](?![0-9])")
            problems.items[start:] = [p for p in mine if p is not missing_problem and not paths.match(p.path)]
            item_line = moved[0].start_mark.line + 1
            last_line = moved[-1].end_mark.line + (1 if moved[-1].end_mark.column > 0 else 0)
            dash_column = max(1, moved[0].start_mark.column - 1)
            count = len(moved)
            problems.add(Location(shown, item_line, dash_column), missing_key, (
                f"ligne « {missing_key}: » manquante au-dessus de cet élément : sans elle, YAML range les "
                f"{count} élément{'s' if count > 1 else ''} des lignes {item_line} à {last_line}, qui ont les clés de "
                f"{missing_key}: ({_some(sorted({k.value for m in moved for k, _ in m.value} & wanted))}), dans la liste "
                f"« {key.value} » du dessus ; écrire « {missing_key}: » seule sur sa ligne, au début de la ligne, "
                f"juste au-dessus de la ligne {item_line} (ou de ses lignes de commentaire)"))
            return


# --- content/ -----------------------------------------------------------------------------------


def _linked_out(folder: Path, root: Path, problems: Problems) -> bool:
    """True (and a problem) when ``folder`` is a symbolic link that leads out of the project, or nowhere."""
    return folder.is_symlink() and entry_kind(folder, root, problems) is None


def read_content(root: Path, problems: Problems) -> NationalContent:
    content = NationalContent()
    folder = root / "content"
    if _linked_out(folder, root, problems):
        return content
    for name, (filename, cls) in CONTENT_FILES.items():
        path = folder / filename
        if not os.path.lexists(path):
            problems.add(Location(shown_path(path, root), 1, 1), "", "fichier national manquant ; le recréer depuis le dépôt")
            continue
        setattr(content, name, read_file(path, root, cls, problems))
    if folder.is_dir():
        known = {filename for filename, _ in CONTENT_FILES.values()}
        for entry in _entries(folder):
            if entry.name not in known:
                _other_entry(entry, root, problems, known.__contains__)
    return content


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


_NAME_OF_DATA = re.compile(r"(?P<before>\s*)(?P<stem>[^\s.#~$][^.]*?)(?P<space>\s*)\.(?P<extension>ya?ml)(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
SHOWN_EXTENSIONS = "si l'explorateur de fichiers affiche déjà ce nom sans l'extension, il masque les extensions : cocher Affichage > Extensions de noms de fichiers"


def _misnamed_data_file(path: Path, root: Path, problems: Problems, data_name) -> bool:
    """True (and a problem) for a file whose name is a data file's with spaces around it (« 2024.yaml␣ ») or an
    extension after its own (« 2024.yaml.txt », Notepad's « Enregistrer sous » with extensions hidden; a staff walk,
    stop 49 H1), and no such data file beside it: it would silently not be read, its session not published. An
    editor's backup (« 2024.yaml~ », « 2024.yaml.bak ») stays a warning while the file it backs up is there; a copy
    of a session file that is there is the copy's problem (``_unexpected_file``)."""
    name = path.name
    match = _NAME_OF_DATA.fullmatch(name)
    if match is None:
        return False
    rest = match["rest"]
    meant = f"{match['stem']}.yaml"
    if not rest.strip() and name == f"{match['stem']}.{match['extension']}":
        return False  # « 2024.yml », « 2024.YAML »: an extension or a case to change (``_other_entry``)
    meant = next((m for m in (meant, meant.lower(), *_academy_in_french(match["stem"], path.parent, data_name)) if data_name(m)), None)
    if meant is None or name == meant:
        return False
    beside = os.path.lexists(path.parent / meant)
    if beside and (is_editor_leftover(name) or SESSION_FILE.fullmatch(meant) is None):
        return False
    kind = entry_kind(path, root, problems)
    if kind == "folder":
        return False
    if kind is None:
        return True
    if beside:
        problems.add(Location(shown_path(path, root), 1, 1), "", _unexpected_file(name, path.parent))
        return True
    if is_editor_leftover(name):
        what = f"copie de sauvegarde d'un éditeur, sans {meant} à côté"
        fix = f"le renommer {meant} (ou le supprimer s'il n'est plus à publier)"
    elif rest.strip():
        what = f"extension {quote(rest.rstrip())} après {quote('.' + match['extension'])}"
        fix = f"le renommer {meant} ({SHOWN_EXTENSIONS})"
    else:
        spaces = ((match["before"], "au début"), (match["space"], f"avant {quote('.' + match['extension'])}"), (rest, "à la fin"))
        ends = [where for space, where in spaces if space]
        several = sum(len(space) for space, _ in spaces) > 1
        what = f"nom {quote(name)} avec {'des espaces' if several else 'une espace'} {' et '.join(ends)}"
        fix = f"le renommer {meant}"
    problems.add(Location(shown_path(path, root), 1, 1), "", f"{what} : ce fichier n'est pas lu ; {fix}")
    return True


def _academy_in_french(stem: str, folder: Path, data_name) -> tuple[str, ...]:
    """(« academy.yaml »,) for the academy file's name in French (« academie », « Académie », « ACADEMIE ») in an academy
    folder without academy.yaml: « academie.yml », « academie.yaml.txt » are told to be renamed academy.yaml as
    « academy.yml », « academy.yaml.txt » are (review86: they were « fichier inconnu : ignoré », and new-academy told
    « academie.yml » to move away, or wrote a new academy.yaml beside « academie.yaml.txt »); () otherwise."""
    folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode().casefold()
    if folded != "academie" or not data_name(ACADEMY_FILE) or os.path.lexists(folder / ACADEMY_FILE):
        return ()
    return (ACADEMY_FILE,)


def _other_entry(path: Path, root: Path, problems: Problems, data_name) -> None:
    """An entry that is not read: an editor's leftover or an unknown file (warnings), a data file
    misnamed (a problem: it would be silently left out), or something that is not a file (a problem).

    ``data_name(name)`` tells whether a file name is one that would be read.
    """
    name = path.name
    where = Location(shown_path(path, root), 1, 1)
    if _misnamed_data_file(path, root, problems, data_name):
        return
    if is_editor_leftover(name):
        problems.warn(where, "", "fichier temporaire ou de sauvegarde d'un éditeur : ignoré (le supprimer s'il ne sert plus)")
        return
    kind = entry_kind(path, root, problems)
    if kind == "folder":
        problems.warn(where, "", "dossier inconnu : ignoré (seuls les fichiers YAML attendus sont lus)")
        return
    if kind is None:
        return
    base, dot, extension = name.rpartition(".")
    if dot and base and extension.lower() in ("yaml", "yml"):
        wanted = f"{base}.yaml"
        for fixed in (wanted, wanted.lower(), *_academy_in_french(base, path.parent, data_name)):
            if fixed != name and data_name(fixed):
                what = f"extension {quote('.' + extension)}" if extension != "yaml" else f"nom {quote(name)} en majuscules"
                problems.add(where, "", f"{what} : ce fichier n'est pas lu ; le renommer {fixed}")
                return
    problems.warn(where, "", "fichier inconnu : ignoré (seuls les fichiers YAML attendus sont lus ; le retirer s'il ne sert pas)")


# --- academies/ ---------------------------------------------------------------------------------


def read_academy_folder(folder: Path, root: Path, problems: Problems, years: set[int] | None = None, condition_keys: frozenset[str] = frozenset()) -> AcademyData:
    """Read ``academy.yaml`` and the session files (all, or only ``years``) of one academy folder.

    With every session (``years`` None), every other entry of the folder is
    accounted for as well (see the module's documentation). ``condition_keys``:
    the question ids, for the messages (``Reader``).
    """
    academy_path = folder / ACADEMY_FILE
    academy = None
    every_misnamed = [] if os.path.lexists(academy_path) else academy_files_misnamed(folder, root)
    misnamed = every_misnamed[0] if every_misnamed else None
    # (several: each told which one to keep, not each « le renommer academy.yaml », fixstaff64 item 3)
    several = (f" ; mais {several_academy_files([path for path, _ in every_misnamed], folder, root)}"
               if len(every_misnamed) > 1 else "")
    if os.path.lexists(academy_path):
        academy = read_file(academy_path, root, Academy, problems)
    elif misnamed is not None:
        # the academy file there under another name (« academy.yml », « Academy.yaml », « academy.yaml.txt »): its
        # own problem, « le renommer academy.yaml », alone (review65 M1: « academy.yaml manquant … new-academy » as
        # well sent staff to write a skeleton beside it); said here when the folder's other entries are not read
        if years is not None:
            for _, said in every_misnamed if several else [misnamed]:
                for problem in said.items:
                    problems.add(problem.location, problem.path, problem.message + several)
    else:
        # (the way back by a command, not another academy's file to copy: staffwalk54 M2, Toulouse's office kept)
        problems.add(Location(shown_path(academy_path, root), 1, 1), "", (
            "academy.yaml manquant ; chaque dossier d'académie en a un : le reprendre d'une version précédente (voir "
            "« Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel), ou le réécrire, prérempli "
            f"depuis le tableau national, avec python -m generator new-academy {folder.name} (qui n'écrit qu'academy.yaml quand le "
            "dossier a déjà ses fichiers de session), puis le compléter depuis la notice"))
    data = AcademyData(folder=folder, academy=academy)
    before = len(problems)
    for path in _entries(folder):
        if path.name == ACADEMY_FILE:
            continue
        match = SESSION_FILE.fullmatch(path.name)
        if match is None:
            if years is None and several and any(path == other for other, _ in every_misnamed):
                for problem in next(said for other, said in every_misnamed if other == path).items:
                    problems.add(problem.location, problem.path, problem.message + several)
            elif years is None:
                _academy_entry(path, root, problems)
            continue
        year = int(match.group(1))
        if years is not None and year not in years:
            continue
        _read_session(path, year, root, data, problems, condition_keys)
    if years:
        _sessions_before(data, root, problems, condition_keys)
    _sections_the_session_before_gave(data, problems, before)
    if years is None and not data.session_files and len(problems) == before:
        # (« Tout est valide : 1 académie, 0 session » let a staff member believe the academy published; a staff walk,
        # stop 49 H1; a session file misnamed or out of the years is a problem of its own, that says it already)
        problems.add(Location(shown_path(folder, root), 1, 1), "", no_session(folder.name))
    return data


def _sessions_before(data: AcademyData, root: Path, problems: Problems, condition_keys: frozenset[str]) -> None:
    """The session file just before each session read that is not read itself (``AcademyData.before``), read for
    comparison only: its text kept, so that a message can name its lines (review62 M1); one with problems of its own
    is not compared with, and a warning says so (review62 M2: « Tout est valide » while the comparison was skipped)."""
    existing = sorted(int(p.stem) for p in _entries(data.folder) if SESSION_FILE.fullmatch(p.name) and FIRST_YEAR <= int(p.stem) <= LAST_YEAR)
    for year in sorted(data.session_files):
        earlier = [y for y in existing if y < year]
        if not earlier or max(earlier) in data.session_files or max(earlier) in data.before:
            continue
        path = data.folder / f"{max(earlier)}.yaml"
        quiet = Problems()
        session = read_file(path, root, SessionFile, quiet, condition_keys)
        if session is not None and not quiet.items:
            data.before[max(earlier)] = session
            problems.sources.update(quiet.sources)
            continue
        data.unread_before.add(max(earlier))
        problems.warn(
            Location(data.session_files[year], 1, 1), "",
            f"la session {max(earlier)} ({shown_path(path, root)}) a des problèmes : ce fichier n'est pas comparé avec elle "
            f"(dates et mots restés de sa notice, rubriques supprimées) ; voir ses problèmes (python -m generator validate "
            f"{shown_path(path, root)}), puis, une fois corrigés, valider le dossier entier (python -m generator "
            f"validate {shown_path(data.folder, root)})",
        )


_MISSING_SECTION = re.compile(r"clé « ([a-z_]+) » manquante ; ")
RESTORE_SECTION = ("la rétablir (la recopier de ce fichier, ou de la copie de sauvegarde : voir « Rétablir un fichier "
                   "abîmé », page « Lire un message d'erreur » du guide du personnel), puis la corriger d'après la nouvelle "
                   "notice")
"""The advice for a section the session before gave, missing or written « non précisé » in the new file."""


def section_given(session: SessionFile, name: str) -> tuple[int, str] | None:
    """The top-level section ``name`` as ``session`` gives it, for a message about the next session's: (how many
    items, 0 for one value; where, « , academies/…/2024.yaml, ligne 12 » or ""); None when it gives none (absent,
    « non précisé par la notice », empty). ``_sections_the_session_before_gave`` and the point of a section no longer
    given (staff.lint.lint_sections_no_longer_given) read it alike."""
    had = getattr(session, name, None)
    if had is None or had is NOT_GIVEN or (isinstance(had, (tuple, list, dict, str)) and not had):
        return None
    there = session.positions.get(name)
    return (len(had) if isinstance(had, (tuple, list, dict)) else 0,
            f", {there.file}, ligne {there.line}" if there is not None else "")


def _sections_the_session_before_gave(data: AcademyData, problems: Problems, start: int) -> None:
    """A section missing from a session file (« clé « steps » manquante », the schema's problem) that the session before,
    read, gives: most likely deleted by mistake; its message names that file's lines and says to restore it, « non précisé
    par la notice » only if the new notice no longer gives it (staffwalk53 M4: written as the message allowed, the page
    published without the steps). ``start``: the folder's first problem."""
    for index in range(start, len(problems.items)):
        problem = problems.items[index]
        found = _MISSING_SECTION.match(problem.message)
        if found is None or problem.path != found.group(1):
            continue  # (a key inside a record: its path has a dot)
        name = found.group(1)
        year = next((y for y, shown in data.session_files.items() if shown == problem.location.file), None)
        before = data.session_before(year) if year is not None else None
        if before is None:
            continue
        given_before = section_given(before, name)
        if given_before is None:
            continue
        count, lines = given_before
        what = f"{count} élément{'s' if count > 1 else ''}" if count else "donnée"
        problems.items[index] = dataclasses.replace(problem, message=(
            f"clé {quote(name)} manquante ; la session {before.session.year} a cette rubrique ({what}{lines}) : supprimée par "
            f"erreur ? {RESTORE_SECTION} ; si la nouvelle notice ne la donne vraiment plus, écrire {name}: {NOT_GIVEN_WORDS}"))


NO_SESSION = "aucune session : rien n'est publié pour cette académie"


def no_session(slug: str) -> str:
    """An academy's folder without a session file: put it back, or have new-session write it (new-academy's commented
    file, no session before it), or remove the folder."""
    return (f"{NO_SESSION} ; remettre dans ce dossier le fichier de sa session, nommé par son année (par exemple "
            f"2024.yaml), ou l'écrire vide, chaque rubrique expliquée, avec python -m generator new-session {slug} ANNÉE ; "
            "ou supprimer le dossier si l'académie n'est pas à publier")


def _read_session(path: Path, year: int, root: Path, data: AcademyData, problems: Problems, condition_keys: frozenset[str] = frozenset()) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        problems.add(Location(shown_path(path, root), 1, 1), "", f"année {year} hors des années possibles ({FIRST_YEAR} à {LAST_YEAR}) ; nommer le fichier par l'année de la session, par exemple {_example_name(path.parent)}")
        return
    session = read_file(path, root, SessionFile, problems, condition_keys)
    data.session_files[year] = shown_path(path, root)
    if session is not None:
        data.sessions[year] = session


def _is_academy_data(name: str) -> bool:
    return name == ACADEMY_FILE or SESSION_FILE.fullmatch(name) is not None


def _unexpected_file(name: str, folder: Path) -> str:
    """The problem of a file of an academy folder that is neither academy.yaml nor a session's: an editor's copy of a
    session's file whose year is there already (« 2025 - copie.yaml », a staff walk, stop 48 L4) is one to delete;
    another, to name by its year."""
    not_read = f"nom de fichier {quote(name)} inattendu : ce fichier n'est pas lu ; "

    def copy_of(kept: str, whose: str) -> str:  # a copy beside the one file read: to delete once merged
        return f"{not_read}une copie de {kept} ? la supprimer une fois ce qu'elle a de plus reporté dans {kept}, le seul fichier lu pour {whose}"

    # (the year anywhere in the name: « Copie de 2024.yaml », as some editors and drives name a copy; review53 M5)
    year = re.search(r"(?<![0-9])([0-9]{4})(?![0-9])", name)
    if year and name != f"{year.group(1)}.yaml" and (folder / f"{year.group(1)}.yaml").is_file():
        return copy_of(f"{year.group(1)}.yaml", f"la session {year.group(1)}")
    # « academie.yaml », « Académie.yaml »: the academy's file in French, or mistyped (a staff walk, stop 49 L7, was told
    # to name it by a session's year)
    stem = unicodedata.normalize("NFKD", name[: -len(".yaml")]).encode("ascii", "ignore").decode().casefold()
    # (or the word in a longer name: « academy - Copie.yaml », « academy.orig.yaml », « Copie de academy.yaml »; a staff
    # walk, staffwalk57, was told to name academy.orig.yaml by a session's year)
    if (difflib.SequenceMatcher(None, stem, ACADEMY_FILE[: -len(".yaml")]).ratio() >= 0.75
            or re.search(r"(?<![a-z])acad(?:emy|emie)(?![a-z])", stem)):
        if (folder / ACADEMY_FILE).is_file():
            return copy_of(ACADEMY_FILE, "l'académie")
        return f"{not_read}le renommer {ACADEMY_FILE} (en anglais, sans accent : le fichier de l'académie)"
    # (a year in the name, its file not there: that name; a review, 54 L6: « Copie de 2025.yaml » was told 2024.yaml)
    if year and FIRST_YEAR <= int(year.group(1)) <= LAST_YEAR:
        return f"{not_read}le renommer {year.group(1)}.yaml s'il est le fichier de la session {year.group(1)}"
    return f"{not_read}nommer le fichier d'une session par son année, par exemple {_example_name(folder)}"


def _example_name(folder: Path) -> str:
    """A session file's name for an example, never one already in the folder (a review, 54 L6: « par exemple 2024.yaml »
    beside 2024.yaml): the year after its last session's, else 2024.yaml."""
    years = [int(p.stem) for p in folder.glob("*.yaml") if SESSION_FILE.fullmatch(p.name) and FIRST_YEAR <= int(p.stem) <= LAST_YEAR]
    return f"{max(years) + 1}.yaml" if years and max(years) < LAST_YEAR else "2024.yaml"


def academy_file_misnamed(folder: Path, root: Path) -> tuple[Path, Problems] | None:
    """The academy file of a folder without academy.yaml, saved under another name that is read as its misnamed
    academy file (« academy.yml », « Academy.yaml », « academy.yaml.txt », « academy.yaml~ », « academie.yaml »), with its problem
    (« … : ce fichier n'est pas lu ; le renommer academy.yaml »); None when there is none (the first of several)."""
    every = academy_files_misnamed(folder, root)
    return every[0] if every else None


def several_academy_files(paths: list[Path], folder: Path, root: Path) -> str:
    """What to do when several files of a folder are each told « le renommer academy.yaml » (« academie.yaml » and
    « academy_lyon.yaml »): only one can be (fixstaff64 item 3: each was told to be renamed academy.yaml, the second mv
    overwriting the first)."""
    shown = [shown_path(path, root) for path in paths]
    compare = f" (les comparer : diff {' '.join(shlex.quote(s) for s in shown)})" if len(shown) == 2 else ""
    others = "l'autre" if len(paths) == 2 else "les autres"
    return (f"ces {len(paths)} fichiers sont chacun academy.yaml sous un autre nom ({', '.join(path.name for path in paths)}), "
            f"et un seul peut devenir academy.yaml : garder celui qui suit la notice de l'académie{compare}, le renommer "
            f"academy.yaml et supprimer {others}")


def academy_files_misnamed(folder: Path, root: Path) -> list[tuple[Path, Problems]]:
    """Every file ``academy_file_misnamed`` would give, in the folder's order."""
    found = []
    for path in _entries(folder):
        match = _NAME_OF_DATA.fullmatch(path.name)
        # (any name validate tells to rename academy.yaml, in French, « academie.yaml », or longer, « academie (1).yaml »,
        # « academies.yaml », « academy_lyon.yaml »: validate said « le renommer academy.yaml » and « academy.yaml
        # manquant … new-academy », which said to move it away; review82 L, fixstaff62 item 4, review86 L7: one rule,
        # validate's, for both commands)
        if match is None or path.name == ACADEMY_FILE:
            continue
        said = Problems()
        _academy_entry(path, root, said)
        if any(f"le renommer {ACADEMY_FILE}" in problem.message for problem in said.items):
            found.append((path, said))
    return found


def _academy_entry(path: Path, root: Path, problems: Problems) -> None:
    """An entry of an academy folder other than academy.yaml and AAAA.yaml."""
    name = path.name
    if _misnamed_data_file(path, root, problems, _is_academy_data):
        return
    if name.endswith(".yaml") and not is_editor_leftover(name) and not _is_academy_data(name.lower()):
        if entry_kind(path, root, problems) == "file":
            problems.add(Location(shown_path(path, root), 1, 1), "", _unexpected_file(name, path.parent))
        return
    _other_entry(path, root, problems, _is_academy_data)


def _nothing(name: str) -> bool:
    return False


MISNAMED_FOLDER = "dossier d'académie mal nommé, il n'est pas lu"


def misnamed_folder(name: str, table: DepartmentsFile | None) -> str:
    """Why the folder ``name`` is no academy's (``slug_problem``), its example the national table's identifier near it
    when the name written as an identifier is none: « lyon-rhône » was told « par exemple lyon-rhone », then, renamed
    so, « par exemple lyon » (staffwalk59 L3, department_checks); told « lyon » at once, as new-academy does."""
    problem = slug_problem(name) or ""
    fixed = suggested_slug(name)
    ids = table.academies if table is not None else {}
    if ids and fixed and fixed not in ids and problem.endswith(f", par exemple {fixed}"):
        from .department_checks import _nearest_id  # (imported here: department_checks reads this module's records)
        near = _nearest_id(fixed, ids)
        if near is not None:
            problem = (f"{quote(name)} n'est pas un identifiant d'académie ; écrire l'identifiant que content/departments.yaml "
                       f"donne à l'académie, en minuscules sans accent ni espace, mots séparés par « - », par exemple {near}")
    return f"{MISNAMED_FOLDER} : {problem}"


def _link_not_read(path: Path, root: Path, problems: Problems) -> bool:
    """True (and one problem, at line 1 of the path shown) when the entry ``path`` of academies/ is a symbolic link
    the guide does not read through (``_link_said``)."""
    said = _link_said(path, root)
    if said is None:
        return False
    problems.add(Location(shown_path(path, root), 1, 1), "", said)
    return True


def _link_said(path: Path, root: Path) -> str | None:
    """What is wrong with the entry ``path`` of academies/ when it is a symbolic link not read through, and the way
    out; None for any other entry (a link to a folder kept out of the project, named as the academy, is read through
    as the academy's). Five cases:

    - a file out of the project: told « remplacer le lien par le fichier lui-même », a file where an academy's folder
      goes (review86 L7); the link removed instead, and new-academy for an academy, as new-academy itself says;
    - another folder of academies/ (academies/lille → toulouse): read through, validate told « écrire slug: lille » in
      Toulouse's academy.yaml, and new-session lille wrote into Toulouse's folder (review86 L7); said as new-session and
      new-academy say it;
    - a folder of the project out of academies/ (copies/lille): read through, what was corrected by the link changed
      that folder, as with another academy's (fixstaff64 item 2); the folder itself moved into the link's place;
    - a folder deeper inside academies/ (academies/toulouse/lille), no academy's folder: said so, not « hors de
      academies/ » (staffsmall65 item 3); the same way out;
    - academies/ itself or the project's folder: the link removed (review96)."""
    if not path.is_symlink():
        return None
    target, academies, real_root = Path(os.path.realpath(path)), Path(os.path.realpath(path.parent)), Path(os.path.realpath(root))
    shown = shown_path(path, root)
    new_academy = slug_problem(path.name) is None
    if target.is_file() and not _inside(target, real_root):
        then = f" ; pour une nouvelle académie : python -m generator new-academy {path.name}" if new_academy else ""
        return (f"lien symbolique vers un fichier hors du projet, à la place d'un dossier d'académie : il n'est pas lu "
                f"(academies/ ne contient que des dossiers d'académie) ; le supprimer : rm {shlex.quote(shown)} (le lien "
                f"seul, pas le fichier qu'il désigne){then}")
    if not target.is_dir():
        return None
    if target.parent == academies:
        if target.name == path.name:
            return None
        other = f"academies/{target.name}"
        then = f", puis : python -m generator new-academy {path.name}" if new_academy else ""
        return (f"lien symbolique vers {other}, le dossier d'une autre académie : il n'est pas lu (ce qui s'y corrigerait "
                f"par ce lien changerait {other}) ; un dossier d'académie est un vrai dossier : supprimer le lien, rm "
                f"{shlex.quote(shown)} (le lien seul, pas {other}){then}")
    if not _inside(target, real_root):
        return None
    if _inside(academies, target):
        # academies/ itself or the project's folder (academies/grenoble → . or ..): read through, it was told « academy.yaml
        # manquant » and « aucune session », new-academy then said to write through the link (review96)
        which = ("academies/ lui-même, qui contient les dossiers d'académie" if target == academies
                 else "le dossier du projet, qui contient academies/")
        then = f" ; pour une nouvelle académie : python -m generator new-academy {path.name}" if new_academy else ""
        return (f"lien symbolique vers {which} : il n'est pas lu ; le supprimer : "
                f"rm {shlex.quote(shown)} (le lien seul, pas ce qu'il désigne){then}")
    other = target.relative_to(real_root).as_posix()
    if _inside(target, academies):
        inside = target.parent.relative_to(real_root).as_posix()
        what = (f"un dossier rangé dans {inside}, pas un dossier d'académie (ceux-ci sont directement dans academies/)")
    else:
        what = "un dossier du projet hors de academies/"
    said = (f"lien symbolique vers {other}, {what} : il n'est pas lu (ce qui s'y corrigerait par ce lien changerait "
            f"{other}) ; un dossier d'académie est un vrai dossier : supprimer le lien, rm {shlex.quote(shown)} (le lien "
            f"seul, pas {other})")
    if not movable_to_academies(target):
        # (a folder of the project holding other things, content/ or site/: « mv content academies/lille » took the
        # national content away, review96; the link removed, new-academy for an academy)
        return said + (f" ; pour une nouvelle académie : python -m generator new-academy {path.name}" if new_academy else "")
    return said + f", puis mettre le dossier à sa place : mv {shlex.quote(other)} {shlex.quote(shown)}"


def movable_to_academies(folder: Path) -> bool:
    """Whether a folder a link of academies/ leads to may be moved into the link's place (« mv copies/lille
    academies/lille »): an academy's folder kept elsewhere (academy.yaml or a session file) or an empty one; not a
    folder holding other things (content/, site/: the project's own, review96)."""
    return (folder / "academy.yaml").is_file() or bool(session_years_written(folder)) or not any(folder.iterdir())


def academy_folders(academies: Path, root: Path, problems: Problems, table: DepartmentsFile | None = None) -> list[Path]:
    """The folders of ``academies/`` that are academies; every other entry is reported (``table``: the national
    table, for the identifier a misnamed folder is told)."""
    entries = _entries(academies)
    folders = []
    valid: set[str] = set()
    refused = []
    for path in entries:
        if is_editor_leftover(path.name):
            _other_entry(path, root, problems, _nothing)
            continue
        if _link_not_read(path, root, problems):
            continue
        kind = entry_kind(path, root, problems)
        if kind == "file":
            problems.warn(Location(shown_path(path, root), 1, 1), "", "fichier ignoré : academies/ ne contient que des dossiers d'académie")
        elif kind == "folder":
            if slug_problem(path.name) is None:
                folders.append(path)
                valid.add(path.name)
            else:
                refused.append(path)
    for path in refused:
        same = next((other for other in sorted(valid) if other.casefold() == path.name.casefold()), None)
        also = f" ; un dossier {quote(same)} existe déjà : réunir les deux" if same else ""
        problems.add(Location(shown_path(path, root), 1, 1), "", f"{misnamed_folder(path.name, table)}{also}")
    return folders


def read_project(root: Path, problems: Problems, targets: list[Path] | None = None) -> Project:
    """Read national content and the academies (all, or those named by ``targets``)."""
    content = read_content(root, problems)
    academies_dir = root / "academies"
    selected: dict[Path, set[int] | None] = {}
    if _linked_out(academies_dir, root, problems):
        return Project(root=root, content=content, academies={})
    if not targets:
        for folder in academy_folders(academies_dir, root, problems, content.departments) if academies_dir.is_dir() else []:
            selected[folder] = None
    named = _academy_and_years(targets or [], root, problems)
    for given in targets or []:
        if given not in named:
            _select_target(given, root, selected, problems, targets, content.departments)
    academies = {}
    condition_keys = frozenset(content.questions.questions) if content.questions is not None else frozenset()
    catalogue = content.specialties.specialties if content.specialties is not None else {}
    with catalogue_known(catalogue):  # (a reference that is none is told the specialty meant: « MCO » → mco)
        for folder, years in selected.items():
            start = len(problems)
            academies[folder.name] = read_academy_folder(folder, root, problems, years, condition_keys)
            _time_zone_of_the_table(folder, root, content.departments, problems, start)
            _folder_of_no_academy_of_the_table(folder, root, content.departments, problems, start)
            _situation_choices(content, problems, start)
            _departments_as_text(folder, root, content.departments, problems, start)
    return Project(root=root, content=content, academies=academies)


def _folder_of_no_academy_of_the_table(folder: Path, root: Path, table: DepartmentsFile | None, problems: Problems,
                                       start: int) -> None:
    """A folder without academy.yaml whose name is no academy of the national table (« academies/littoral », made by
    hand for an academy the table does not have): « academy.yaml manquant … new-academy littoral » and « aucune session
    … new-session littoral ANNÉE » sent staff to two commands that both refuse the name (a staff walk, staffwalk69);
    said instead as validate says it of such a folder with its academy.yaml (department_checks), once, at the folder.
    ``start``: the folder's first problem."""
    if table is None or folder.name in table.academies or os.path.lexists(folder / ACADEMY_FILE):
        return
    shown = shown_path(folder / ACADEMY_FILE, root)
    told = [index for index in range(start, len(problems.items))
            if problems.items[index].message.startswith("academy.yaml manquant ; ")
            and problems.items[index].location.file == shown
            or problems.items[index].message.startswith(NO_SESSION)
            and problems.items[index].location.file == shown_path(folder, root)]
    if not told:
        return
    from .department_checks import _nearest_id  # (imported here: department_checks reads this module's records)
    near = _nearest_id(folder.name, table.academies)
    meant = ""
    if near is not None and (folder.parent / near).is_dir():
        meant = (f" ; vouliez-vous dire {quote(near)} ? son dossier existe déjà ({shown_path(folder.parent / near, root)}) : "
                 "y mettre ce qui est à garder de celui-ci, puis supprimer celui-ci")
    elif near is not None:
        meant = f" ; vouliez-vous dire {quote(near)} ? renommer le dossier {near}, puis python -m generator new-academy {near}"
    problems.items[told[0]] = dataclasses.replace(problems.items[told[0]], location=Location(shown_path(folder, root), 1, 1),
                                                  message=(
        f"le dossier {quote(folder.name)} n'est pas une académie de content/departments.yaml, le tableau national : "
        f"new-academy et new-session refusent ce nom{meant}. Une académie absente de ce tableau y est d'abord ajoutée, "
        "avec ses départements, par l'équipe nationale du guide ; d'ici là, garder ce dossier (et la notice) hors de "
        "academies/"))
    for index in reversed(told[1:]):
        del problems.items[index]


_FOUND_TEXT = re.compile(r"des clés « nom: valeur » attendues ; trouvé « (.*) »")
_DEPARTMENT_ITEM = re.compile(r"departments\[[0-9]+\]")


def _departments_as_text(folder: Path, root: Path, table: DepartmentsFile | None, problems: Problems, start: int) -> None:
    """A department of academy.yaml written as a text, « - 33 Gironde » (a staff walk, staffwalk57, was told « des clés
    « nom: valeur » attendues » only), or as its number alone, « - "87" » (staffwalk61: told the same, without the line
    to write): the line to write, its number and the national table's name for it. ``start``: the folder's first
    problem."""
    if table is None:
        return
    shown = shown_path(folder / ACADEMY_FILE, root)
    names = {str(d.code): d.name for d in table.departments}
    for index in range(start, len(problems.items)):
        problem = problems.items[index]
        found = _FOUND_TEXT.fullmatch(problem.message)
        if found is None or problem.location.file != shown or not _DEPARTMENT_ITEM.fullmatch(problem.path):
            continue
        written = found.group(1).strip()
        named = DEPARTMENT_WITH_NAME.fullmatch(written)
        number = (named["code"] or named["code2"]).upper() if named is not None else written.upper()
        # (a zero too many, « - "023" »: its number in two digits, as code: "023" is told; staffwalk61 L4)
        extra = re.fullmatch(r"0([0-9]{2})", number)
        also = ""
        if number not in names and extra is not None and extra.group(1) in names:
            number = extra.group(1)
            also = f" (le numéro en 2 chiffres : « {number} », pas {quote(written)})"
        if number not in names:
            continue
        problems.items[index] = dataclasses.replace(problem, message=(
            f"{quote(found.group(1))} : un département s'écrit avec son numéro (code:) et son nom (name:) ; écrire "
            f"« - {{code: \"{number}\", name: {names[number]}}} »{also}"))


_NOT_AN_ID = re.compile(r"(« .* ») n'est pas un identifiant ; ")
_CATEGORY_SITUATION = re.compile(r"who\[[0-9]+\]\.situation")


def _situation_choices(content: NationalContent, problems: Problems, start: int) -> None:
    """A category's situation in French (« situation: salarié ») told the choices to write, as an unknown id is
    (``checks.unknown_situation``): the parser's « écrire en minuscules sans accent ni espace, par exemple salarie »,
    followed, gave the next run « situation inconnue « salarie » » (a staff walk, staffwalk57). ``start``: the folder's
    first problem."""
    question = content.questions.questions.get("situation") if content.questions is not None else None
    if question is None:
        return
    from .checks import unknown_situation  # (checks reads this module's types)
    for index in range(start, len(problems.items)):
        problem = problems.items[index]
        found = _NOT_AN_ID.match(problem.message)
        if found is None or not _CATEGORY_SITUATION.fullmatch(problem.path):
            continue
        value = found.group(1)[2:-2]
        problems.items[index] = dataclasses.replace(problem, message=unknown_situation(value, question.choices))


def _time_zone_of_the_table(folder: Path, root: Path, table: DepartmentsFile | None, problems: Problems, start: int) -> None:
    """An unknown time zone in academy.yaml (« Europe/Rennes ») told the national table's zone for this academy as the
    line to write (a staff walk, stop 54 L1 m16: the parser's « par exemple Europe/Paris ou Indian/Reunion » was an
    example, where the table knows the answer; the zone is the table's, ``lint_academy_table``); the parser's message
    stays for a folder the table does not know (its name is a problem of its own). Likewise a missing website: told the
    table's address as the line to write (« ajouter website: (site de l'académie, …) » only, stop 55 fixstaff; the
    address new-academy writes). ``start``: the folder's first problem."""
    academy = table.academies.get(folder.name) if table is not None else None
    if academy is None:
        return
    shown = shown_path(folder / ACADEMY_FILE, root)
    for index in range(start, len(problems.items)):
        problem = problems.items[index]
        if problem.location.file == shown and problem.path == "website" and problem.message.startswith(WEBSITE_MISSING):
            # (« ajouter website: (site de l'académie, ou non précisé par la notice) » where the table knows the address:
            # the line to write, the one new-academy writes; stop 55 fixstaff, fixstaff56)
            problems.items[index] = dataclasses.replace(problem, message=(
                f"{WEBSITE_MISSING} ; ajouter la ligne website: {academy.website} (au début de la ligne, sans espace avant), le site que le tableau national "
                f"(content/departments.yaml) donne {_to(academy.title)}"))
            continue
        if problem.location.file != shown or problem.path != "timezone":
            continue
        value, unknown, _ = problem.message.partition(f" {UNKNOWN_TIME_ZONE} ; ")
        if not unknown:
            continue
        problems.items[index] = dataclasses.replace(problem, message=(
            f"{value} {UNKNOWN_TIME_ZONE} ; écrire timezone: {academy.timezone}, le fuseau que le tableau national "
            f"(content/departments.yaml) donne {_to(academy.title)}"))


WEBSITE_MISSING = "clé « website » manquante"
"""The start of the schema's message for an academy.yaml without ``website:`` (``schema.read``'s missing key)."""


def _to(title: str) -> str:
    """« à l'académie de Toulouse », « au vice-rectorat de Mayotte »."""
    return f"à l'{title}" if title[:1] in "aeéiouh" else f"au {title}"


def _path_meant(given: Path, start: Path) -> str | None:
    """The existing path a mistyped one was meant to be (« 2024.yml » for 2024.yaml, « toulous/ »), written as it was
    given (relative stays relative, to ``start``); None when a part of it is like nothing there."""
    parts = given.parts
    base = Path(parts[0]) if given.is_absolute() else Path()
    found = base
    for part in parts[1:] if given.is_absolute() else parts:
        here = start / found
        if os.path.lexists(here / part):
            found = found / part
            continue
        try:
            names = sorted(entry.name for entry in here.iterdir()) if here.is_dir() else []
        except OSError:
            return None
        # another year is another session, not a typo: 2042.yaml is not said to be 2024.yaml
        close = [name for name in difflib.get_close_matches(part, names, n=3, cutoff=0.75)
                 if re.findall(r"\d+", name) == re.findall(r"\d+", part)][:1]
        if not close:
            # the first word of a name in several (« clermont » for clermont-ferrand, « nancy »): the only one it begins
            # (a staff walk, stop 49 L7: « academies/Clermont-Ferrand » got its folder, « academies/clermont » nothing)
            begun = [name for name in names if name.casefold().startswith(part.casefold() + "-")]
            close = begun if len(begun) == 1 else []
        if not close:
            return None
        found = found / close[0]
    return found.as_posix() if found != given else None


def _in_academies(given: Path, root: Path, given_with: list[Path] = ()) -> str | None:
    """« nantes » (or « nantes/2026.yaml », « nante ») given where ``academies/nantes`` was meant: that path, written
    from the project's folder; None when academies/ holds nothing like it. A year given beside an academy's name
    (« validate nantes 2026 », as new-session and diff are written) is that academy's session file."""
    if given.is_absolute() or not given.parts or given.parts[0] in ("academies", ".", ".."):
        return None
    project = Path(root) if Path(root).is_absolute() else Path.cwd() / root
    year = re.fullmatch(r"(\d{4})(?:\.ya?ml)?", given.as_posix())
    if year:
        for other in given_with:
            if other != given and len(other.parts) == 1 and not other.is_absolute():
                folder = _in_academies(other, root)
                candidate = Path(folder or "", f"{year.group(1)}.yaml")
                if folder and os.path.lexists(project / candidate):
                    return candidate.as_posix()
        return None
    candidate = Path("academies", *given.parts)
    if os.path.lexists(project / candidate):
        return candidate.as_posix()
    return _path_meant(candidate, project)


def _session_as_folder(given: Path, root: Path, looked: list[Path], given_with: list[Path] = ()) -> tuple[str, str] | None:
    """« validate nantes/2026 » or « academies/nantes/2026/ »: a session written as a folder, where its file
    (academies/nantes/2026.yaml) was meant; was told « donner un dossier d'académie ou un fichier de session » and run
    again on the whole project (review78 L). The path meant and what to say, or None when the last part is no year.
    A year the academy has no file of: its folder, with the sessions it has."""
    if not re.fullmatch(r"\d{4}", given.name) or len(given.parts) < 2:
        return None
    as_file = given.with_name(f"{given.name}.yaml")
    found, _ = _target(as_file, root)
    meant = as_file.as_posix() if found is not None else (
        next((m for m in (_path_meant(as_file, start) for start in looked or [Path.cwd()]) if m), None)
        or _in_academies(as_file, root, given_with))
    if meant:
        return meant, (f"vouliez-vous dire {meant} ? le fichier d'une session porte son année suivie de .yaml ; validate prend "
                       f"le dossier de l'académie (ou un fichier de session) : python -m generator validate {meant}")
    folder, _ = _target(given.parent, root)
    folder_meant = given.parent.as_posix() if folder is not None and folder.is_dir() else _in_academies(given.parent, root, given_with)
    if not folder_meant:
        return None
    project = Path(root) if Path(root).is_absolute() else Path.cwd() / root
    sessions = ", ".join(session_years_written(folder if folder is not None else project / folder_meant)) or "aucune"
    return folder_meant, (f"pas de session {given.name} pour « {Path(folder_meant).name} » (sessions : {sessions}) : le "
                          f"fichier {Path(folder_meant, given.name).as_posix()}.yaml n'existe pas ; validate prend le dossier "
                          f"de l'académie (ou un fichier de session) : python -m generator validate {folder_meant}")


def _academy_and_years(targets: list[Path], root: Path, problems: Problems) -> set[Path]:
    """« validate nantes 2026 », as new-session, diff and checklist are written (an academy's name, then years):
    one problem for the whole, with the session files meant and the command to run, or, for a year the academy has
    no file of, that file named with the sessions it has. The targets said so (none when the arguments are not one
    academy's name, unknown as a path, and years)."""
    meant = _academy_and_years_meant(targets, root)
    if meant is None:
        return set()
    folder, files, looked = meant
    project = Path(root) if Path(root).is_absolute() else Path.cwd() / root
    if len(looked) == 2:
        folders = f", cherché depuis le dossier courant ({looked[0]}) et depuis le dossier du projet ({looked[1]})"
    else:
        folders = f", cherché dans le dossier du projet ({looked[0]})" if looked else ""
    there = [file for file in files if os.path.lexists(project / file)]
    missing = [file for file in files if file not in there]
    slug = Path(folder).name
    said = []
    if missing:
        sessions = ", ".join(session_years_written(project / folder)) or "aucune"
        which = " ni ".join(Path(file).stem for file in missing)
        said.append(f"pas de session {which} pour « {slug} » (sessions : {sessions}) : "
                    + (f"le fichier {missing[0]} n'existe pas" if len(missing) == 1 else f"les fichiers {', '.join(missing)} n'existent pas"))
    command = " ".join(there) if there else folder
    meant = f"vouliez-vous dire {command} ? " if there else ""
    said.append(f"{meant}validate prend le dossier de l'académie (ou un fichier de session) : python -m generator validate {command}")
    shown = " ".join(given.as_posix() for given in targets)
    problems.add(Location(shown, 1, 1), "", f"chemin introuvable{folders} ; {' ; '.join(said)}")
    return set(targets)


def _academy_and_years_meant(targets: list[Path], root: Path) -> tuple[str, list[str], list[Path]] | None:
    """For « validate nantes 2026 » (``_academy_and_years``): the academy's folder, the session files of the years
    given (written from the project's folder, there or not) and the folders looked in; None for other arguments."""
    years = [given for given in targets if re.fullmatch(r"\d{4}(?:\.ya?ml)?", given.as_posix())]
    names = [given for given in targets if given not in years]
    if not years or len(names) != 1 or any(_target(given, root)[0] is not None for given in years):
        return None
    project = Path(root) if Path(root).is_absolute() else Path.cwd() / root
    found, looked = _target(names[0], root)
    if found is None:
        folder = _in_academies(names[0], root)
    else:  # « validate academies/nantes 2026 »: the academy's folder itself, then years (said as for its name)
        folder = _academy_folder_path(found, project)
        _, looked = _target(years[0], root)
    if folder is None or len(Path(folder).parts) != 2 or not (project / folder).is_dir():
        return None
    return folder, [Path(folder, year.as_posix()[:4] + ".yaml").as_posix() for year in years], looked


def _academy_folder_path(found: Path, project: Path) -> str | None:
    """``academies/<slug>`` when ``found`` (an existing path) is an academy's folder of the project, else None."""
    try:
        inside = Path(os.path.realpath(found)).relative_to(os.path.realpath(project / "academies"))
    except ValueError:
        return None
    return f"academies/{inside.as_posix()}" if len(inside.parts) == 1 and Path(found).is_dir() else None


def paths_to_run_again(given: list[str], root: Path) -> list[str]:
    """The paths validate was given, as the command to run again writes them (NOTE57: the command said after the
    problems put ``--root`` back but not the paths, and so read the whole project): each as it was typed when it is
    found, the path meant in its stead when one is (the message under it names it), left out when neither."""
    paths = [Path(text) for text in given]
    meant = _academy_and_years_meant(paths, root)
    if meant is not None:
        # (« validate nantes 2026 »: the session files its message names, not the whole folder as well, fixstaff58;
        # the folder when none of them exists, as that message says too)
        folder, files, _ = meant
        project = Path(root) if Path(root).is_absolute() else Path.cwd() / root
        return [file for file in files if os.path.lexists(project / file)] or [folder]
    again = []
    for text, path in zip(given, paths):
        target, looked = _target(path, root)
        if target is not None:
            again.append(text)
            continue
        meant = next((m for m in (_path_meant(path, start) for start in looked or [Path.cwd()]) if m), None)
        meant = meant or _in_academies(path, root, paths) or (_session_as_folder(path, root, looked, paths) or [None])[0]
        if meant:
            again.append(str(meant))
    return list(dict.fromkeys(again))


def _target(given: Path, root: Path) -> tuple[Path | None, list[Path]]:
    """Where a path given to validate is: an absolute one as it is; a relative one from the current folder, else from
    the project's folder (``--root``), as staff mean « validate --root R academies/x » (R's academies/x). When both
    hold it, the one inside the project (``--root R`` run from another copy of the project: R's). None and the
    folders looked in when it is in neither."""
    if given.is_absolute():
        return (given if os.path.lexists(given) else None), []
    here, project = Path.cwd(), Path(root)
    if not project.is_absolute():
        project = here / project
    looked = [here] if _same_folder(here, project) else [here, project]
    found = [start / given for start in looked if os.path.lexists(start / given)]
    if len(found) == 2 and not _inside(_parent_resolved(found[0]), project.resolve()):
        return found[1], looked
    return (found[0] if found else None), looked


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _parent_resolved(path: Path) -> Path:
    try:
        return path.parent.resolve() / path.name if path.name not in ("", ".", "..") else path.resolve()
    except OSError:
        return path


def _select_target(given: Path, root: Path, selected: dict[Path, set[int] | None], problems: Problems,
                   given_with: list[Path] = (), table: DepartmentsFile | None = None) -> None:
    """Add what a path given on the command line names to ``selected``, under the same rules as a full run.

    The folders above the named entry are resolved; the entry itself is taken as
    it stands, so that a link is judged as a link.
    """
    where = Location(given.as_posix(), 1, 1)
    target, looked = _target(given, root)
    if target is None:
        meant = next((m for m in (_path_meant(given, start) for start in looked or [Path.cwd()]) if m), None)
        in_academies = None if meant else _in_academies(given, root, given_with)
        if in_academies:
            # « validate nantes »: the other commands take an academy's name (new-session nantes 2027), validate its
            # folder, as the staff guide writes it (python -m generator validate academies/nantes)
            said = (f"vouliez-vous dire {in_academies} ? validate prend le dossier de l'académie (ou un fichier de "
                    f"session) : python -m generator validate {in_academies}")
        elif not meant and (as_folder := _session_as_folder(given, root, looked, given_with)):
            said = as_folder[1]
        else:
            said = f"vouliez-vous dire {meant} ?" if meant else "donner un dossier d'académie ou un fichier de session"
        if len(looked) == 2:
            folders = f", cherché depuis le dossier courant ({looked[0]}) et depuis le dossier du projet ({looked[1]})"
        else:
            folders = f", cherché dans le dossier du projet ({looked[0]})" if looked else ""
        problems.add(where, "", f"chemin introuvable{folders} ; {said}")
        return
    try:
        entry = target.parent.resolve() / target.name if target.name not in ("", ".", "..") else target.resolve()
    except OSError:
        problems.add(where, "", "chemin illisible ; donner un dossier d'académie ou un fichier de session")
        return
    real_root = root.resolve()
    academies = real_root / "academies"
    if entry in (real_root, academies):
        for folder in academy_folders(academies, root, problems, table) if academies.is_dir() else []:
            selected[folder] = None
        return
    if _inside(entry, real_root / "content"):
        return  # national content is always read
    if entry.parent == academies:
        if is_editor_leftover(entry.name):
            _other_entry(entry, root, problems, _nothing)
            return
        if _link_not_read(entry, root, problems):
            return
        kind = entry_kind(entry, root, problems)
        if kind == "folder":
            if slug_problem(entry.name):
                problems.add(Location(shown_path(entry, root), 1, 1), "", misnamed_folder(entry.name, table))
            else:
                selected[entry] = None
        elif kind == "file":
            problems.add(where, "", "ce n'est pas un dossier d'académie ; donner un dossier de academies/ ou un fichier de session")
        return
    if entry.parent.parent == academies:
        folder = entry.parent
        if slug_problem(folder.name):
            problems.add(Location(shown_path(folder, root), 1, 1), "", misnamed_folder(folder.name, table))
            return
        match = SESSION_FILE.fullmatch(entry.name)
        if entry.name == ACADEMY_FILE:
            selected.setdefault(folder, None)
        elif match:
            years = selected.setdefault(folder, set())
            if years is not None:
                years.add(int(match.group(1)))
        else:
            years = selected.setdefault(folder, set())  # academy.yaml is checked with it
            _academy_entry(entry, root, problems)
        return
    problems.add(where, "", f"chemin hors du dossier academies/ du projet ({academies}) ; donner un dossier d'académie ou un fichier de session")
