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

from . import failure, paths, publish

REMOVE_VARIABLE = "BTS_GUIDE_REMOVE"
CHECKLIST = paths.CHECKLIST_PAGE.removesuffix(".md")  # (use_directory_urls: its page is liste-personnalisee/index.html)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_YEAR = re.compile(r"^\d{4}$")


def compared(site: Path) -> Path:
    """The folder the comparison reads for ``site``: itself, or, when it is absent, the old site a build killed
    between its two renames (publish.swap's fallback) left as <site>.old-…, which the next build puts back
    (publish.recover), then replaces (review78 L)."""
    try:
        if not site.exists() and not site.is_symlink():
            olds = publish.leftovers(site, publish.OLD)
            return olds[-1] if olds else site
    except OSError:
        pass
    return site


def published_sessions(site: Path) -> set[tuple[str, int]]:
    """The sessions whose pages are in the published site ``site`` (none when there is no site yet): a folder
    ``<slug>/<year>/`` with its notice page and its checklist, as every session has."""
    try:
        site = compared(site)
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


def without_file(root: Path, project, academies: set[str] | None = None) -> list[tuple[str, int]]:
    """``validate``'s side of the comparison (staffwalk60 M: a renamed file validated « Tout est valide » and only the
    build stopped): the sessions of the published site (``site/`` of the project; none when there is none) that the
    build of ``project`` would remove (``dropped``, ``BTS_GUIDE_REMOVE`` honoured) and whose file is absent (a file
    there but unread is said by its own problems). ``academies``: the folders validate was given (None: all)."""
    site = (root / "site").resolve()
    return [(slug, year) for slug, year in dropped(site, project)
            if (academies is None or slug in academies)
            and not any(os.path.lexists(root / "academies" / slug / f"{year}{ext}") for ext in (".yaml", ".yml"))]


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


def _words(site: Path, root: Path, preview: bool) -> tuple[str, str, str]:
    """How the stop names the folder's site, the build and where from: the published site is site/ (the staff
    guide's « Publier »); a preview is BTS_GUIDE_DRAFTS=1 into another folder; another folder without it may be
    anything (a web server's folder, a copy): « le site déjà construit dans ce dossier » (fixtests59 left)."""
    if preview:
        return "l'aperçu déjà construit", "cette construction", "de l'aperçu"
    if site == (root / "site").resolve():
        return "le site publié", "la publication", "du site"
    return "le site déjà construit dans ce dossier", "cette construction", "de ce dossier"


def _foreign(site: Path, root: Path, project) -> bool:
    """``site`` is a folder given with -d none of whose academies this project has: built from other data (another
    project's folder), where « fichier absent » for each of its sessions read as if they were this project's
    (review78 L)."""
    published = published_sessions(site)
    if site == (root / "site").resolve() or not published or published & read_sessions(project):
        return False
    # an academy of the folder that this project has (its folder here, or git's trace of it) makes the folder this
    # project's: a session file renamed or deleted by mistake, the case the stop exists for, in a project of one
    # academy built with -d into the web server's folder, was called « autres données » (review82 H)
    return not any((root / "academies" / slug).is_dir() or slug in project.academies
                   or restore_command(root, f"academies/{slug}") for slug in sorted({slug for slug, _ in published}))


_LISTED = 5
"""How many sessions of a folder of other data its paragraph names before « et N autres »."""


def refusal(site: Path, root: Path, project, gone: list[tuple[str, int]], preview: bool = False,
            then: str | None = None) -> str:
    """The French report of the sessions the build would remove: one paragraph each, then how to remove them on
    purpose. ``preview``: a preview build (BTS_GUIDE_DRAFTS=1 into another folder than site/), whose folder is no
    published site and whose commands keep the variable (review78 L). ``then``: the command to run once the file is
    back, when not the build (``validate``'s own, staffwalk60 M)."""
    read = read_sessions(project)
    published = published_sessions(site)
    shown = _site_name(site, root)
    pages = _site_name(compared(site), root)  # (the old site an interrupted build left aside, when site/ is absent)
    # the folder the build was given (mkdocs build -d DIR), said again: without it the command followed builds site/
    # and the stop comes back, or publishes the wrong folder (fixstaff59 left)
    default = site == (root / "site").resolve()
    build = "mkdocs build" if default else f"mkdocs build -d {shlex.quote(shown)}"
    if preview:
        build = f"BTS_GUIDE_DRAFTS=1 {build}"
    where, what, away = _words(site, root, preview)
    # the sessions the variable already names (a removal asked for): kept in both commands, which, run as said, dropped
    # them and stopped again on them (review82 M)
    asked = sorted(published & allowed())
    every = sorted(set(gone) | set(asked))
    names = " ".join(f"{slug}/{year}" for slug, year in every)
    # (validate's own command in its report, ``then``: with the variable kept the same way)
    rerun = then or build
    again = f"{REMOVE_VARIABLE}=\"{' '.join(f'{slug}/{year}' for slug, year in asked)}\" {rerun}" if asked else rerun
    elsewhere = f"{'BTS_GUIDE_DRAFTS=1 ' if preview else ''}mkdocs build -d UN-AUTRE-DOSSIER"
    lines = []
    foreign = _foreign(site, root, project)
    if foreign:
        count = len(published)
        has, lack = ("sa session", "n'a") if count == 1 else (f"ses {count} sessions", "n'ont")
        # (its first sessions, then how many more: every one of a national-size site was a long line, fixstaff60 left;
        # the command below names them all)
        listed = [f"{slug}/{year}" for slug, year in sorted(published)]
        if len(listed) > _LISTED + 1:
            listed = f"{', '.join(listed[:_LISTED])} et {len(listed) - _LISTED} autres"
        else:
            listed = ", ".join(listed)
        lines.append(
            f"{shown}/ n'a pas été construit à partir de ce projet : {has} ({listed}) {lack} aucun "
            f"fichier dans academies/. Ce dossier a sans doute été construit à partir d'autres données (un autre dossier "
            f"de projet) : {what} le remplacerait entièrement par le site de ce projet. Vérifier le dossier donné à -d ; "
            f"pour construire ce projet sans toucher à celui-ci : {elsewhere}"
            # (a preview's way is no publication of site/: with drafts, mkdocs build stops on them (review82 M))
            f"{'' if preview else ' (ou mkdocs build, qui construit dans site/)'}.")
    for slug, year in [] if foreign else gone:
        relative = f"academies/{slug}/{year}.yaml"
        # the academy's whole folder gone: the file alone put back, academy.yaml is missing (review78 M2)
        folder = None if (root / "academies" / slug).is_dir() else f"academies/{slug}"
        newer = sorted(y for s, y in read - published if s == slug and y > year)
        line = (f"{relative} : fichier absent{f' (et tout le dossier {folder}/)' if folder else ''}, alors que {where} "
                f"a la page de la session {year} ({pages}/{slug}/{year}/) : {what} la retirerait {away}.")
        if newer:
            line += (f" academies/{slug}/{newer[0]}.yaml, pas encore publié, a-t-il été fait en renommant {year}.yaml ? "
                     f"Chaque session garde son fichier : copiez, ne renommez pas (python -m generator new-session "
                     f"{slug} {newer[0]} fait la copie).")
        command = restore_command(root, folder or relative)
        put_back = "Remettre le dossier" if folder else "Remettre le fichier"
        if command:
            line += f" {put_back} : {command} (le dossier du projet est un clone git qui l'a)"
        else:
            if folder and not default:
                # no trace of the academy here: the page may come from other data built into this folder (review78 L)
                line += (f" Si ce projet n'a jamais eu l'académie {slug}, cette page vient d'autres données construites "
                         f"dans ce dossier : construire ce projet ailleurs ({elsewhere}) ou retirer vraiment la page "
                         "(ci-dessous) ; sinon,")
                put_back = put_back.lower()
            if folder:
                line += (f" {put_back} : recopier le dossier {folder}/ depuis la copie faite avant la séance de travail "
                         "(voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel)")
            else:
                line += (f" {put_back} : recopier dans academies/" + slug + "/ la copie faite avant la séance de travail "
                         "(voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel)")
        line += f", puis relancer {again}."
        lines.append(line)
    for item in unmatched(site):
        lines.append(f"{REMOVE_VARIABLE} : « {item} » ne nomme aucune session du site ({shown}/) : rien n'a été retiré "
                     "pour cette valeur ; écrire le nom du dossier de l'académie, une barre oblique et l'année de la "
                     f"session, par exemple {names.split()[0] if names else ''}.")
    if foreign:
        lines.append(f"Pour remplacer vraiment ce site par celui de ce projet : {REMOVE_VARIABLE}=\"{names}\" {build}")
    else:
        lines.append(f"Pour retirer vraiment {away} {'cette session' if len(every) == 1 else 'ces sessions'} : "
                     f"{REMOVE_VARIABLE}=\"{names}\" {build}")
    return "\n".join(lines)


def stop_line(site: Path, root: Path, project, gone: list[tuple[str, int]], preview: bool = False) -> str:
    """The stop's last line (MkDocs' « Aborted » replaced by it), under the report of ``refusal``."""
    shown = _site_name(site, root)
    count = len(gone)
    kept = "l'ancienne version reste en place."
    if _foreign(site, root, project):
        kept = "ce dossier reste tel quel."
        said = f"{shown}/ vient d'autres données (détail ci-dessus) : rien n'a été construit ; {kept}"
    elif preview:
        said = (f"{count} session{'s' if count > 1 else ''} de l'aperçu sans fichier (détail ci-dessus) : l'aperçu n'a pas "
                "été reconstruit ; l'ancienne version reste en place.")
    elif site == (root / "site").resolve():
        said = (f"{count} session{'s publiées' if count > 1 else ' publiée'} sans fichier (détail ci-dessus) : "
                f"{failure.NOT_PUBLISHED_AFTER_COLON}")
    else:
        said = (f"{count} session{'s' if count > 1 else ''} de {shown}/ sans fichier (détail ci-dessus) : le site n'a pas "
                "été reconstruit dans ce dossier ; l'ancienne version reste en place.")
    aside = compared(site)
    if aside != site:
        # « reste en place » was said while the old site was <site>.old-…, set aside by a build killed between its two
        # renames: say where it is, that the site's folder is absent meanwhile, and the way back (fixstaff60)
        old = _site_name(aside, root)
        # (« ce dossier reste tel quel » too: the folder of other data is absent, its old site aside (review82 L))
        said = said.removesuffix(kept) + (
            f"l'ancienne version est toujours dans {old}, où une construction interrompue l'a mise de côté, et {shown}/ "
            f"n'existe pas en ce moment : la prochaine construction réussie le refait ; pour remettre tout de suite "
            f"l'ancienne version : mv {shlex.quote(old)} {shlex.quote(shown)}")
    return said
