"""A failed build told in French, never as a Python traceback.

Three kinds of failure reach ``mkdocs build`` / ``mkdocs serve``:

- problems in the YAML files: reported by ``problems.report()`` (file:line:col),
  not here;
- the file system refused something (a folder where a page must be written, no
  permission, disk full…): ``describe_os_error`` names the path and the cause;
- anything else is a bug of the generator (or of a theme template):
  ``internal_error`` writes the technical detail (the traceback) to a file and
  says what to send to the technical team.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import tempfile
import traceback
from pathlib import Path

OS_CAUSES = {
    errno.EISDIR: "un dossier porte ce nom, là où un fichier doit être écrit",
    errno.ENOTDIR: "un fichier porte le nom d'un dossier de ce chemin",
    errno.EEXIST: "un fichier ou un dossier porte déjà ce nom",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EXDEV: "dossiers sur deux systèmes de fichiers différents",
    errno.EBUSY: "dossier occupé (point de montage ?)",
}
NOT_PUBLISHED = "Le site n'a pas été publié ; l'ancienne version reste en place."
NOT_PUBLISHED_AFTER_COLON = NOT_PUBLISHED[0].lower() + NOT_PUBLISHED[1:]
"""The same, after a colon (« … (ci-dessus) : le site n'a pas été publié … »): lower case, French typography
(fixstaff60 left, fixstaff62 item 6)."""


def _shown_path(path: object, renames: dict[str, str]) -> str:
    """A path as the user knows it: the build directory shown as the published one."""
    text = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else str(path)
    for hidden, shown in renames.items():
        if text == hidden or text.startswith(hidden + os.sep):
            return shown + text[len(hidden):]
    return text


def describe_os_error(error: OSError, renames: dict[str, str] | None = None) -> str:
    """« Impossible d'écrire site/404.html/2024/index.html : un dossier porte ce nom… »"""
    renames = renames or {}
    cause = OS_CAUSES.get(error.errno or 0, error.strerror or type(error).__name__)
    paths = [p for p in (error.filename, error.filename2) if p]
    where = " → ".join(f"« {_shown_path(p, renames)} »" for p in paths) or "(chemin inconnu)"
    return (
        f"Impossible de lire ou d'écrire {where} : {cause}. {NOT_PUBLISHED} "
        "Vérifier ce chemin (un nom de dossier d'académie ou un slug qui entre en conflit "
        "avec une page du site, les droits d'écriture, la place sur le disque), puis relancer."
    )


def _where(error: BaseException, root: Path | None) -> str:
    """``generator/site/pages.py:123`` — the innermost frame in the project, else the innermost one."""
    frames = traceback.extract_tb(error.__traceback__)
    if isinstance(error, SyntaxError) and error.filename:  # the file that does not compile, not the import line
        frames.append(traceback.FrameSummary(error.filename, error.lineno or 0, "<module>"))
    if not frames:
        return "?"
    chosen = frames[-1]
    if root is not None:
        inside = [f for f in frames if Path(f.filename).resolve().is_relative_to(root)]
        if inside:
            chosen = inside[-1]
    name = Path(chosen.filename)
    if root is not None and name.resolve().is_relative_to(root):
        name = name.resolve().relative_to(root)
    return f"{name.as_posix()}:{chosen.lineno}"


def write_technical_report(error: BaseException, context: str) -> Path | None:
    """The traceback, for the technical team, in a file of the temporary folder; None if not writable."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        handle, name = tempfile.mkstemp(prefix=f"bts-guide-erreur-{stamp}-", suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(f"{context}\n\n")
            out.write("".join(traceback.format_exception(type(error), error, error.__traceback__)))
        return Path(name)
    except OSError:
        return None


def internal_error(error: BaseException, root: Path | None, context: str = "mkdocs") -> str:
    """The French message of a bug of the generator; the traceback goes to a file, not to the screen."""
    detail = write_technical_report(error, context)
    sent = f"le fichier « {detail} » (détail technique) et " if detail else ""
    return (
        f"Erreur interne du générateur ({type(error).__name__} à {_where(error, root)}) : ce n'est pas "
        f"une erreur dans les fichiers YAML qu'il sait décrire. {NOT_PUBLISHED} "
        f"À envoyer à l'équipe technique : {sent}les fichiers YAML modifiés depuis la dernière "
        "publication réussie, avec la commande lancée."
    )


def message(error: BaseException, root: Path | None, renames: dict[str, str] | None = None, context: str = "mkdocs") -> str:
    """The French message for any exception that is not a YAML problem already reported."""
    if isinstance(error, OSError):
        return describe_os_error(error, renames)
    return internal_error(error, root, context)
