"""A session page of the published site that the new build would drop (staffwalk58 M8).

Renaming last year's file (``mv 2024.yaml 2025.yaml``) instead of letting ``new-session`` copy it gives a project
that validates (« Tout est valide : 1 académie, 1 session ») and a build that silently removes the 2024 archive page.
Neither ``validate`` nor the files can tell a rename from a wanted removal; the published site can: before building,
``mkdocs build`` compares the session pages of the site it is about to replace (``<slug>/<year>/index.html``, the
layout of ``paths.notice_dir``) with the sessions read, and stops, saying how to put the file back (git when the
project is a clone that has it, else the copy made before the work session), unless ``BTS_GUIDE_REMOVE`` names
the session (a removal wanted).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

from . import paths, publish

REMOVE_VARIABLE = "BTS_GUIDE_REMOVE"
CHECKLIST = paths.CHECKLIST_PAGE.removesuffix(".md")  # (use_directory_urls: its page is liste-personnalisee/index.html)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_YEAR = re.compile(r"^\d{4}$")


def published_sessions(site: Path) -> set[tuple[str, int]]:
    """The sessions whose pages are in the published site ``site`` (none when there is no site yet): a folder
    ``<slug>/<year>/`` with its notice page and its checklist, as every session has."""
    try:
        if not site.exists() and not site.is_symlink():
            # a build killed between its two renames (publish.swap's fallback) left the site as <site>.old-…: the
            # build puts it back (publish.recover), then replaces it; compare with it (review78 L)
            olds = publish.leftovers(site, publish.OLD)
            site = olds[-1] if olds else site
        if not site.is_dir():
            return set()
    except OSError:  # (its folder not searchable: the build says it, not this comparison)
        return set()
    found = set()
    for page in site.glob("*/*/index.html"):
        year, slug = page.parent.name, page.parent.parent.name
        if _YEAR.match(year) and _SLUG.match(slug) and _has(page.parent / CHECKLIST / "index.html"):
            found.add((slug, int(year)))
    return found


def _has(page: Path) -> bool:
    """``page`` is a file; True too when it cannot be told (a folder of the old site the build may not search): its
    session's notice page is there, and a session kept is no stop. Path.is_file raised PermissionError there, and the
    build stopped on « Impossible de lire … permission refusée » an old site it replaces without reading (review78)."""
    try:
        return page.is_file()
    except OSError:
        return True


def read_sessions(project) -> set[tuple[str, int]]:
    return {(slug, year) for slug, data in project.academies.items() for year in data.sessions}


# a session as the variable may name it: « nantes/2024 », or the path of its file (« academies/nantes/2024.yaml »,
# relative or absolute, « .yml », a slash at the end) as staff copy it from the stop's own line (review78 L)
_NAMED = re.compile(r"^(?:(?:.*/)?academies/)?([A-Za-z0-9][A-Za-z0-9-]*)/(\d{4})(?:\.ya?ml)?/?$")


def _items() -> list[str]:
    return [item for item in re.split(r"[\s,;]+", os.environ.get(REMOVE_VARIABLE, "").strip()) if item]


def _named(item: str) -> tuple[str, int] | None:
    found = _NAMED.match(item.removeprefix("./"))
    return (found[1].lower(), int(found[2])) if found else None


def allowed() -> set[tuple[str, int]]:
    """The sessions ``BTS_GUIDE_REMOVE`` lets disappear (« toulouse/2024 » or its file's path
    « academies/toulouse/2024.yaml », several separated by spaces or commas)."""
    return {named for named in map(_named, _items()) if named}


def unmatched(site: Path) -> list[str]:
    """The values of ``BTS_GUIDE_REMOVE`` that name no session of ``site``: not understood (« nantes-2024 ») or a
    session it does not have (a misspelt academy); ignored before, the same stop came back unexplained (review78 L)."""
    published = published_sessions(site)
    return [item for item in _items() if _named(item) not in published]


def dropped(site: Path, project) -> list[tuple[str, int]]:
    """The sessions published in ``site`` that the build of ``project`` would remove and no one asked to remove."""
    return sorted(published_sessions(site) - read_sessions(project) - allowed())


def _git(root: Path, *args: str) -> str | None:
    """``git -C root args`` 's output, or None (no git, not a clone, any failure)."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def restore_command(root: Path, relative: str) -> str | None:
    """The git command that puts ``relative`` (a path under ``root``) back as it was last committed, or None."""
    if _git(root, "cat-file", "-e", f"HEAD:./{relative}") is not None:
        return f"git checkout HEAD -- {relative}"
    removed_by = _git(root, "log", "-1", "--format=%h", "--diff-filter=D", "--", relative)
    if removed_by:
        return f"git checkout {removed_by}~1 -- {relative}"
    return None


def _site_name(site: Path, root: Path) -> str:
    try:
        return site.relative_to(root).as_posix()
    except ValueError:
        return str(site)


def refusal(site: Path, root: Path, project, gone: list[tuple[str, int]], preview: bool = False) -> str:
    """The French report of the sessions the build would remove: one paragraph each, then how to remove them on
    purpose. ``preview``: a preview build (BTS_GUIDE_DRAFTS=1 into another folder than site/), whose folder is no
    published site and whose commands keep the variable (review78 L)."""
    read = read_sessions(project)
    published = published_sessions(site)
    shown = _site_name(site, root)
    # the folder the build was given (mkdocs build -d DIR), said again: without it the command followed builds site/
    # and the stop comes back, or publishes the wrong folder (fixstaff59 left)
    build = "mkdocs build" if site == (root / "site").resolve() else f"mkdocs build -d {shlex.quote(shown)}"
    if preview:
        build = f"BTS_GUIDE_DRAFTS=1 {build}"
    where, what, away = (("l'aperçu déjà construit", "cette construction", "de l'aperçu") if preview
                         else ("le site publié", "la publication", "du site"))
    lines = []
    for slug, year in gone:
        relative = f"academies/{slug}/{year}.yaml"
        # the academy's whole folder gone: the file alone put back, academy.yaml is missing (review78 M2)
        folder = None if (root / "academies" / slug).is_dir() else f"academies/{slug}"
        newer = sorted(y for s, y in read - published if s == slug and y > year)
        line = (f"{relative} : fichier absent{f' (et tout le dossier {folder}/)' if folder else ''}, alors que {where} "
                f"a la page de la session {year} ({shown}/{slug}/{year}/) : {what} la retirerait {away}.")
        if newer:
            line += (f" academies/{slug}/{newer[0]}.yaml, pas encore publié, a-t-il été fait en renommant {year}.yaml ? "
                     f"Chaque session garde son fichier : copiez, ne renommez pas (python -m generator new-session "
                     f"{slug} {newer[0]} fait la copie).")
        command = restore_command(root, folder or relative)
        put_back = "Remettre le dossier" if folder else "Remettre le fichier"
        if command:
            line += f" {put_back} : {command} (le dossier du projet est un clone git qui l'a)"
        elif folder:
            line += (f" {put_back} : recopier le dossier {folder}/ depuis la copie faite avant la séance de travail "
                     "(voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel)")
        else:
            line += (f" {put_back} : recopier dans academies/" + slug + "/ la copie faite avant la séance de travail "
                     "(voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel)")
        line += f", puis relancer {build}."
        lines.append(line)
    for item in unmatched(site):
        lines.append(f"{REMOVE_VARIABLE} : « {item} » ne nomme aucune session du site ({shown}/) : rien n'a été retiré "
                     "pour cette valeur ; écrire le nom du dossier de l'académie, une barre oblique et l'année de la "
                     f"session, par exemple {gone[0][0]}/{gone[0][1]}.")
    names = " ".join(f"{slug}/{year}" for slug, year in gone)
    lines.append(f"Pour retirer vraiment {away} {'cette session' if len(gone) == 1 else 'ces sessions'} : "
                 f"{REMOVE_VARIABLE}=\"{names}\" {build}")
    return "\n".join(lines)
