"""The staff's commands: read → compute → check the result in a scratch copy → write, or nothing.

``new_academy`` and ``new_session`` return the French report to print; any
mistake in what was asked raises ``StaffError`` (its message says what to do),
before anything is written.
"""

from __future__ import annotations

import difflib
import re
import shlex
import os
from pathlib import Path

from ..loading import (
    NO_SESSION, academy_file_misnamed, academy_files_misnamed, movable_to_academies, read_file, session_years_written,
    several_academy_files,
)
from ..model.departments import DepartmentsFile
from ..model.values import BadValue, Year, slug_problem, suggested_slug
from ..model.session import vae_office_in_force
from ..pipeline import load_and_check
from ..problems import Problem, Problems, and_list, quote, serve_command
from . import StaffError, rollover, skeleton
from .drafts import Pending, from_new_academy
from .session_texts import READERS, other_audiences
from .drafts import pending as pending_of
from .calendar import (
    academic_year_over, build_date, coming_session, next_session, notice_may_be_out, past_session, past_sessions,
    session_in_course,
)
from .writing import scratch_check, write_new

# The answers that confirm a question asked on a terminal (cli._asked), all said in the question (a staff walk, stop 49
# L1: « o » created the folder while the question named « oui » only)
YES = ("oui", "o", "yes", "y")
CONFIRM = "Taper « oui » (ou « o », « yes », « y ») pour confirmer, autre chose pour ne rien écrire : "

# A refusal for problems in the files a command reads gives them under its reason up to this many; more, it gives the
# validate command that lists them (``fix_first``)
SHOWN_AT_MOST = 3


def fix_first(problems: Problems, why: str, listed: str, again: str) -> StaffError:
    """A command refused because files it reads have problems: the reason first, on one line (nothing written, how
    many problems in which files, why they matter: ``why``, what to run once they are fixed), then the problems themselves
    when there are few (``SHOWN_AT_MOST``), else the command that lists them (``listed``). staffdocs64 M, staff65 item
    1: new-session printed the 20 problems of a draft, source lines and carets, before its one-line reason, which a
    staff member read last, after a page of another session's problems."""
    count = len(problems)
    files: dict[str, int] = {}
    for problem in problems.sorted():
        files[problem.location.file] = files.get(problem.location.file, 0) + 1
    where = (next(iter(files)) if len(files) == 1
             else and_list([f"{file} ({number})" for file, number in files.items()]))
    reason = (f"Rien n'a été écrit : {count} problème{'s' if count > 1 else ''} à corriger d'abord dans {where} ({why}).")
    corrected = "corrigé" if count == 1 else "corrigés"
    if count <= SHOWN_AT_MOST:
        shown = "Le voici, avec sa ligne et sa correction" if count == 1 else "Les voici, chacun avec sa ligne et sa correction"
        return StaffError(f"{reason} {shown} ; une fois {corrected}, relancer : {again}\n{problems.report()}")
    return StaffError(f"{reason} Pour les voir, chacun avec sa ligne et sa correction : {listed} ; une fois {corrected}, "
                      f"relancer : {again}")


DRAFT_BANNER = "bandeau « Brouillon » tant qu'il reste une ligne verify:"


def _preview(root: Path, banner: str) -> str:
    """« aperçu : bash scripts/serve.sh (banner) », the project's own script when typed in another folder
    (``serve_command``); a folder with the data alone says nothing previews it."""
    command = serve_command(root)
    if command is None:
        return "aperçu : aucun pour ce dossier, qui n'a pas scripts/serve.sh (seul un projet entier, code compris, se prévisualise)"
    return f"aperçu : {command} ({banner})"


def _year(value: int, what: str) -> int:
    try:
        return Year.check(value)
    except BadValue as error:
        raise StaffError(f"{what} : {error}") from None


def _prepared(root: Path, files: dict[str, str], slug: str, again: str, written: list[str] | None = None,
              ) -> tuple[list[Pending], list[Problem]]:
    """The prepared files read and checked in a scratch copy (StaffError if anything is wrong): what is
    left to check in them (``verify:`` lines and values « À COMPLÉTER »), and the other things
    ``validate`` asks to check there (a weekday of the previous notice's words…). ``again``: the command to run once
    the project's files are fixed; ``written``: the files to be written (default: all of ``files``)."""
    project, checked = scratch_check(root, files, slug)
    if checked:
        ours = [p for p in checked.sorted() if p.location.file in files]
        if len(ours) == len(checked):
            raise StaffError(
                "Erreur interne du générateur : le fichier préparé ne passe pas la vérification (ce n'est pas une erreur de vos "
                "fichiers : la signaler à l'équipe technique) ; rien n'a été écrit.\n" + checked.report()
            )
        written = written or list(files)
        # (« avec ce fichier », those just named as having the problems: « avec eux » read as the prepared files, or as
        # the problems, for content/interface.yaml alone; review65)
        where = "ce fichier" if len({p.location.file for p in checked.items}) == 1 else "ces fichiers"
        raise fix_first(checked, f"{'le fichier préparé' if len(written) == 1 else 'les fichiers préparés'}, {and_list(written)}, "
                        f"{'est vérifié' if len(written) == 1 else 'sont vérifiés'} avec {where} avant d'être écrit{'s' if len(written) > 1 else ''}",
                        # (the academy's folder, when it is there: new-academy's is not written, and « validate
                        # academies/lille » said « chemin introuvable » above the problems it was given to list; review65)
                        f"python -m generator validate{f' academies/{slug}' if (root / 'academies' / slug).is_dir() else ''}", again)
    data = project.academies[slug]
    pending = [p for p in pending_of(data.academy) + [p for s in data.sessions.values() for p in pending_of(s)] if p.location.file in files]
    marked = {(p.location.file, p.location.line, p.location.column) for p in pending}
    others = [
        w for w in checked.warnings
        if w.kind == "verify" and w.location.file in files and (w.location.file, w.location.line, w.location.column) not in marked
    ]
    return pending, others


def _summary(pending: list[Pending], others: list[Problem]) -> list[str]:
    count = len(pending)
    lines = [f"Brouillon : {count} élément{'s' if count > 1 else ''} à vérifier sur la notice (lignes verify:) :"]
    lines += [f"  {p.headline()}" for p in pending]
    if others:
        lines.append(f"Et {len(others)} autre{'s' if len(others) > 1 else ''} point{'s' if len(others) > 1 else ''} signalé{'s' if len(others) > 1 else ''} par validate dans ce fichier :")
        lines += [f"  {w.headline()}" for w in sorted(others, key=lambda w: (w.location.line, w.location.column))]
    return lines


def _first_year_words(year: int, coming: int) -> tuple[str, str, str]:
    """Why a first session's ``year`` is asked about (a past one, or one after the session in course), when to force it,
    and whether it looks like a typo: new-academy's and new-session's words alike."""
    if year < coming:
        return f"{past_session(year)}. La session en cours est {coming}", f"pour archiver quand même la notice de la session {year}", ""
    later = f"{year} vient {year - coming} an{'s' if year - coming > 1 else ''} après la session en cours, {coming}"
    return later, f"si {year} est bien l'année voulue", " Faute de frappe ?"


def _not_first_session(slug: str, departments: str | None, year: int, today) -> NotNextSession | None:
    """Why ``year`` is asked about as a new academy's first session, or None: a past session (only worth writing to
    archive its notice), or a year whose notice cannot be out yet (the session after the one in course, 2028 in
    December 2026: staffdoc68 M, as new-session; or 2072 typed for 2027); worded as new-session words them, the session
    in course offered (written by default)."""
    coming = session_in_course(today)
    if coming <= year and notice_may_be_out(year, today):
        return None
    given = f" --departments {''.join(departments.split())}" if departments else ""
    command = f"python -m generator new-academy {slug}{given}"
    why, forced, typo = _first_year_words(year, coming)
    if year <= next_session(today) and not notice_may_be_out(year, today):
        why += f" ; la notice de la session {year} ne paraît qu'à l'automne {year - 1}"
    return NotNextSession(
        f"{why}.{typo} Rien n'a été écrit. Pour la session en cours, {coming} : {command} (sans --session) ; {forced}, "
        f"ajouter --force : {command} --session {year} --force",
        f"{why}.{typo}\nCréer quand même academies/{slug} (academy.yaml et {year}.yaml) ? " + CONFIRM,
    )


def new_academy(root: Path, slug: str, departments: str | None, session: int | None, force: bool = False) -> str:
    today = build_date()
    if session is not None:
        _year(session, "--session")
    problem = slug_problem(slug)
    if problem:
        raise StaffError(f"identifiant d'académie : {_slug_of_the_table(root, slug, problem)}")
    folder = root / "academies" / slug
    # a folder with its sessions but no academy.yaml (deleted, lost): only academy.yaml is written, as new-academy
    # prepares it (staffwalk54 M2: « academy.yaml manquant … (voir academies/toulouse/academy.yaml) » and new-academy
    # refused the existing folder; copying Toulouse's file brought Toulouse's office into Rennes's pages)
    years = session_years_written(folder) if folder.is_dir() and not os.path.lexists(folder / "academy.yaml") else []
    misnamed = academy_file_misnamed(folder, root) if folder.is_dir() and not os.path.lexists(folder / "academy.yaml") else None
    if misnamed is not None:
        # (its academy file there under another name: renamed, not written again beside it; review65 M1)
        # (the rename as a command, and what comes next: fixstaff62 item 4, « academie.yaml » was told to move away)
        shown = f"academies/{slug}"
        then = (f" : python -m generator validate {shown}" if years
                else f", pour écrire le fichier de la session : python -m generator new-session {slug} ANNÉE")
        every = [path for path, _ in academy_files_misnamed(folder, root)]
        if len(every) > 1:
            # (one mv for the first of two, the second told nothing, fixstaff64 item 3: they cannot both be academy.yaml)
            raise StaffError(f"{shown} n'a pas d'academy.yaml ; {several_academy_files(every, folder, root)} ; rien n'a "
                             f"été écrit. Par exemple, pour garder {every[0].name} : mv {shlex.quote(f'{shown}/{every[0].name}')} "
                             f"{shown}/academy.yaml && rm {' '.join(shlex.quote(f'{shown}/{p.name}') for p in every[1:])} ; "
                             f"puis{then}")
        raise StaffError(f"{misnamed[1].items[0].headline()} ; rien n'a été écrit. Pour le renommer : mv "
                         f"{shlex.quote(f'{shown}/{misnamed[0].name}')} {shown}/academy.yaml ; puis{then}")
    # a folder with neither academy.yaml nor any YAML file, made first by hand or holding only the notice's PDF: nothing
    # to overwrite, both files written (staffwalk59 H1: refused as existing, new-academy said new-session, which refused
    # it for its missing academy.yaml and said new-academy: no way out but deleting the folder)
    bare = folder.is_dir() and not folder.is_symlink() and not any(
        p.suffix.lower() in (".yaml", ".yml") for p in folder.iterdir())
    if os.path.lexists(folder) and not years and not bare:
        raise StaffError(_exists(folder, slug))
    problems = Problems()
    table = read_file(root / "content" / "departments.yaml", root, DepartmentsFile, problems)
    again = _new_academy_command(slug, departments, session, force)
    if table is None or problems:
        raise fix_first(problems, f"new-academy y lit le nom, le fuseau horaire, le site et les départements de l'académie, "
                        f"pour écrire academies/{slug}", "python -m generator validate", again)
    if years:
        return _academy_file_only(root, slug, table, departments, years, today, again)
    files = skeleton.plan(slug, table.table(), departments, session, today)
    refused = None if session is None or force else _not_first_session(slug, departments, session, today)
    if refused:
        raise refused
    pending, others = _prepared(root, files, slug, again)
    write_new(root, files)
    year = next(path for path in files if not path.endswith("academy.yaml")).rsplit("/", 1)[1][:-5]
    return "\n".join([
        f"Créé : {', '.join(files)}.",
        *_summary(pending, others),
        "Étapes suivantes : remplir chaque rubrique depuis la notice (le commentaire au-dessus de chaque clé dit comment), "
        f"retirer chaque ligne verify: une fois vérifiée, puis : python -m generator validate academies/{slug} ; "
        f"{_preview(root, f'la session {year} y porte le bandeau « Brouillon »')}.",
    ])


def academy_in_words(root: Path, slug: str, words: list[str]) -> str | None:
    """new-academy given its academy in several words (« académie de lyon »): what is wrong with them as one name, with
    the identifiers of the national table near it (« identifiants les plus proches : lyon »; staffwalk59 L2: « « de »
    en trop … « lyon » en trop », the same advice twice and no identifier); None when the first word is an academy of
    the table (« nancy-metz lyon »: two academies, one command each) or the table cannot be read."""
    problems = Problems()
    table = read_file(root / "content" / "departments.yaml", root, DepartmentsFile, problems)
    if table is None or problems or slug in table.table()["academies"]:
        return None
    name = " ".join([slug, *words])
    return _slug_of_the_table(root, name, slug_problem(name) or "")


def _slug_of_the_table(root: Path, slug: str, problem: str) -> str:
    """What is wrong with a new academy's name that is no identifier, its example one of the national table: « rennes
    bretagne » was told « par exemple rennes-bretagne », itself refused as no academy of the table (staffwalk54 L1);
    the nearest identifiers of the table instead, when the name written as an identifier is not one."""
    fixed = suggested_slug(slug)
    problems = Problems()
    table = read_file(root / "content" / "departments.yaml", root, DepartmentsFile, problems)
    if table is None or problems:
        return problem
    ids = table.table()["academies"]
    if fixed in ids:
        return problem
    return (f"{quote(slug)} n'est pas un identifiant d'académie ; écrire l'identifiant que content/departments.yaml donne "
            f"à l'académie, en minuscules sans accent ni espace, mots séparés par « - » ; {skeleton.nearest_ids(fixed or slug, ids)}")


def _new_academy_command(slug: str, departments: str | None, session: int | None, force: bool) -> str:
    """new-academy's command as given (to run again once the project's files are fixed)."""
    given = f" --departments {''.join(departments.split())}" if departments else ""
    return (f"python -m generator new-academy {slug}{given}{f' --session {session}' if session is not None else ''}"
            f"{' --force' if force else ''}")


def _academy_file_only(root: Path, slug: str, table, departments: str | None, years: list[str], today, again: str) -> str:
    """new-academy on a folder that has session files and no academy.yaml: academy.yaml alone written, the one
    new-academy writes (the national table's name, time zone, website and departments, the rest to fill from the
    notice), checked as new-academy checks its files; the session files are not touched."""
    planned = skeleton.plan(slug, table.table(), departments, int(years[-1]), today)
    path = f"academies/{slug}/academy.yaml"
    pending, others = _prepared(root, planned, slug, again, [path])
    write_new(root, {path: planned[path]})
    pending = [p for p in pending if p.location.file == path]
    others = [w for w in others if w.location.file == path]
    sessions = ", ".join(f"{y}.yaml" for y in years)
    return "\n".join([
        f"Créé : {path} seul (le dossier academies/{slug} a déjà ses fichiers de session, {sessions}, qui n'ont pas été "
        "touchés) : le nom, le fuseau horaire, le site et les départements viennent du tableau national "
        "(content/departments.yaml), le reste est à remplir depuis la notice.",
        *_summary(pending, others),
        "Étapes suivantes : remplir chaque rubrique depuis la notice (le commentaire au-dessus de chaque clé dit comment), "
        "retirer chaque ligne verify: une fois vérifiée (tant qu'il en reste une dans academy.yaml, les sessions de "
        f"l'académie sont des brouillons, non publiés), puis : python -m generator validate academies/{slug}",
    ])


def _exists(folder: Path, slug: str) -> str:
    """new-academy on a folder that exists: what to type instead, for the next session and for a first session of
    another year (a folder made for the wrong year, a session file emptied or deleted: new-session writes
    new-academy's commented file when no session comes before the year; a staff walk, stop 49 M5, found no way
    out but deleting the folder, academy.yaml with it)."""
    unread = _no_academy_here(folder, slug)
    if unread:
        return unread
    years = session_years_written(folder) if folder.is_dir() else []
    command = f"python -m generator new-session {slug} ANNÉE"
    said = f"academies/{slug} existe déjà (sessions : {', '.join(years) or 'aucune'}) : rien n'a été écrit. "
    if not years:
        return said + (f"Pour écrire le fichier de sa session, vide et chaque rubrique expliquée, sans toucher à "
                       f"academy.yaml : {command}")
    said += f"Pour préparer la session suivante : {command} (à partir de la dernière session écrite)"
    # (a file still a draft, its verify: lines there, may be the one made for the wrong year; a finished one is never
    # offered for removal)
    drafts = [y for y in years if _is_draft(folder / f"{y}.yaml")]
    if not drafts:
        return said
    # the wrong year's draft deleted first: left there, a year before it is refused (new-session prepares a session
    # after the latest) and one after it is refused as a draft's next (review56 L1); with it gone, new-session writes
    # the commented file for any year, or rolls the latest finished session forward
    wrong = ", ".join(f"academies/{slug}/{y}.yaml" for y in drafts)
    return said + (f". Dossier créé pour une autre année que celle de la notice ? Supprimer d'abord le brouillon de la "
                   f"mauvaise année ({wrong} ; academy.yaml se garde), puis : {command} avec l'année de la notice, qui "
                   f"écrit le fichier de session vide, chaque rubrique expliquée, quand aucune session ne la précède ; "
                   f"brouillon déjà rempli depuis la notice : le renommer plutôt ANNÉE.yaml et y corriger year: sous session:")


def _no_academy_here(folder: Path, slug: str) -> str | None:
    """new-academy on what is no academy folder the guide reads: a symbolic link (validate: « il n'est pas lu »), or a
    folder with neither academy.yaml nor a session file, holding only other YAML files (« notes.yaml », « 2027.yml »).
    It was told « existe déjà (sessions : aucune) … new-session », which asked for the academy.yaml new-academy had just
    refused to write (review77 L-g): what is there, and the fix, then new-academy again. None for an academy folder."""
    again = f"python -m generator new-academy {slug}"
    shown = f"academies/{slug}"
    linked = _link_to_another_academy(folder, slug)
    if linked:
        return linked
    if folder.is_symlink():
        target = Path(os.path.realpath(folder))
        if target.is_dir() and (target / "academy.yaml").is_file():
            root = Path(os.path.realpath(folder.parent.parent))
            if target == root or root in target.parents:
                return None  # (the project itself: the folder's own check, then validate, say the rest)
            # (it pointed to new-session, which gave validate's « remplacer le lien par le dossier lui-même »: two
            # steps to that advice, review82 L; the copy, said at once, fixstaff62 item 3)
            return (f"{shown} existe déjà, mais c'est un lien symbolique vers {target} (le dossier d'une académie, "
                    f"sessions : {_sessions(target)}), hors du projet, que le guide ne lit pas : rien n'a été écrit. Mettre "
                    f"à la place du lien une copie de ce dossier : rm {shown} && cp -r {shlex.quote(str(target))} {shown} "
                    f"(rm retire le lien seul, pas ce qu'il désigne) ; puis : python -m generator validate {shown}, et pour "
                    f"préparer la session suivante : python -m generator new-session {slug} ANNÉE")
        what = ("un dossier vide" if target.is_dir() and not any(target.iterdir()) else "un dossier" if target.is_dir()
                else "qui n'existe pas" if not target.exists() else "un fichier")
        said = (f"{shown} existe déjà, mais c'est un lien symbolique vers {target} ({what}), que le guide ne lit pas : rien "
                f"n'a été écrit. Supprimer le lien : rm {shown} (le lien seul, pas ce qu'il désigne), puis : {again}, qui "
                "écrit le dossier et ses deux fichiers")
        if what == "un dossier":
            said += (f" ; si les fichiers de l'académie sont dans {target}, copier plutôt ce dossier à la place du lien : "
                     f"rm {shown} && cp -r {shlex.quote(str(target))} {shown}")
        return said
    if not folder.is_dir() or os.path.lexists(folder / "academy.yaml") or session_years_written(folder):
        return None
    strays = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml"))
    if not strays:
        return None
    fixes, sessions = [], False
    for name in strays:
        stem = name.rsplit(".", 1)[0]
        if re.fullmatch(r"\d{4}", stem):
            fixes.append(f"{name} : le renommer {stem}.yaml (le fichier d'une session se nomme par son année, en .yaml)")
            sessions = True
        else:
            fixes.append(f"{name} n'est ni academy.yaml ni le fichier d'une session (nommé par son année, 2027.yaml) : le "
                         f"déplacer hors du dossier academies/ (des notes se gardent ailleurs)")
    writes = "qui écrira academy.yaml seul" if sessions else "qui écrira academy.yaml et le fichier de la session"
    return (f"{shown} existe déjà, sans academy.yaml ni fichier de session : ses seuls fichiers YAML sont "
            f"{', '.join(strays)}, que le guide ne lit pas ; rien n'a été écrit. " + " ; ".join(fixes)
            + f". Puis : {again}, {writes}.")


def _link_to_another_academy(folder: Path, slug: str) -> str | None:
    """What to do when academies/<slug> is a symbolic link to another folder of academies/ (academies/lille →
    toulouse): read through it, new-session lille wrote its file into Toulouse's folder (review86 L7); None otherwise
    (a link to a folder kept elsewhere in the project, named as the academy, is read through as the academy's)."""
    if not folder.is_symlink():
        return None
    target, academies = Path(os.path.realpath(folder)), Path(os.path.realpath(folder.parent))
    root = academies.parent
    if target in (academies, root):
        # academies/ itself or the project's folder: it was told « mv academies academies/<slug> » (review96), as validate
        # says it, the link alone removed
        which = ("academies/ lui-même, qui contient les dossiers d'académie" if target == academies
                 else "le dossier du projet, qui contient academies/")
        return (f"academies/{slug} existe déjà, mais c'est un lien symbolique vers {which}, que le guide ne lit pas : "
                f"rien n'a été écrit. Supprimer le lien : rm academies/{slug} (le lien seul, pas ce qu'il désigne), puis "
                "relancer la commande")
    if target.is_dir() and root in target.parents and target.parent != academies and academies not in target.parents:
        # a folder kept in the project out of academies/ (copies/lille): validate refuses it as a link to another
        # academy's folder, and what was written through it went there (fixstaff64 item 2); the folder moved into its place
        other, shown = target.relative_to(root).as_posix(), f"academies/{slug}"
        said = (f"{shown} existe déjà, mais c'est un lien symbolique vers {other}, un dossier du projet hors de academies/ "
                f"(sessions : {_sessions(target)}), que le guide ne lit pas : rien n'a été écrit. Un dossier d'académie est un "
                f"vrai dossier : supprimer le lien, rm {shown} (le lien seul, pas {other})")
        if not movable_to_academies(target):  # (content/, site/: not moved into academies/, review96)
            return said + ", puis relancer la commande"
        return said + f", puis mettre le dossier à sa place : mv {shlex.quote(other)} {shown}, et relancer la commande"
    if target.parent != academies or target.name == slug or not target.is_dir():
        return None
    shown, other = f"academies/{slug}", f"academies/{target.name}"
    return (f"{shown} existe déjà, mais c'est un lien symbolique vers {other}, le dossier d'une autre académie (sessions : "
            f"{_sessions(target)}) : ce qui s'écrirait par ce lien irait dans {other} ; rien n'a été écrit. Un dossier "
            f"d'académie est un vrai dossier : supprimer le lien, rm {shown} (le lien seul, pas {other}), puis : python -m "
            f"generator new-academy {slug}, qui écrit le dossier et ses deux fichiers ; ou, pour partir d'une copie du "
            f"dossier {other} : rm {shown} && cp -r {other} {shown}, puis y remplacer tout ce qui est propre à "
            f"{target.name} (python -m generator validate {shown} en signale une partie)")


def _is_draft(path: Path) -> bool:
    """A session file still holding a verify: line (new-academy's, new-session's): a draft."""
    try:
        return any(line.lstrip().startswith("verify:") for line in path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return False


def _academy_folder(root: Path, slug: str) -> Path:
    problem = slug_problem(slug)  # « toulouse/ », « ../content », « »: not an academy's name
    if problem:
        raise StaffError(problem)
    folder = root / "academies" / slug
    linked = _link_to_another_academy(folder, slug)
    if linked:
        raise StaffError(linked)
    if folder.is_dir():
        return folder
    existing = sorted(p.name for p in (root / "academies").iterdir() if p.is_dir()) if (root / "academies").is_dir() else []
    close = difflib.get_close_matches(slug, existing, n=3, cutoff=0.5)
    hint = f" ; vouliez-vous dire {', '.join(close)} ?" if close else f" (académies : {', '.join(existing) or 'aucune'})"
    # new-academy offered only for an academy of the national table: « clermont » (for clermont-ferrand) was told
    # « Pour une nouvelle académie : … new-academy clermont », which new-academy refuses (staffdocs64 item 4); so was a
    # name with no folder near it, « zz-essai » (review64b L3)
    if not _in_the_table(root, slug):
        table = f"{quote(slug)} n'est pas non plus un identifiant d'académie de content/departments.yaml"
        raise StaffError(f"academies/{slug} n'existe pas{hint} ({table})" if close else f"academies/{slug} n'existe pas{hint} ; {table}.")
    raise StaffError(f"academies/{slug} n'existe pas{hint}{'' if close else '.'} Pour une nouvelle académie : python -m generator "
                     f"new-academy {slug}")


def _in_the_table(root: Path, slug: str) -> bool:
    """Whether ``slug`` is an academy of the national table (True when the table cannot be read: nothing left out)."""
    problems = Problems()
    table = read_file(root / "content" / "departments.yaml", root, DepartmentsFile, problems)
    return table is None or bool(problems) or slug in table.table()["academies"]


def _sessions(folder: Path) -> str:
    """The sessions an academy's folder holds, as checklist and diff list them (« 2024, 2026 », « aucune »)."""
    return ", ".join(session_years_written(folder)) or "aucune"


class NotNextSession(StaffError):
    """new-session asked for a year that is not the one after the academy's latest session (2072 typed for 2027, a
    year before the latest, a past session), or new-academy for a first session past or far off: refused unless
    forced; on a terminal the command line asks instead (``question``)."""

    def __init__(self, message: str, question: str):
        super().__init__(message)
        self.question = question


def _not_next(slug: str, year: int, latest: int, today, source: int, folder: Path, depuis: str = "") -> NotNextSession:
    """Why ``year`` is not a session to prepare after ``slug``'s latest, what to type instead, and how to force.
    The year offered is the coming session: the first after the latest that is not past (its academic year not over,
    ``academic_year_over``), the first the command writes without a question when its notice can be out
    (``notice_may_be_out``). Four refusals: a year before the latest, a past session between the latest and the coming
    one (toulouse 2026 in December 2026: only worth writing to archive its notice), a year after the session in course
    when that one is written (nantes 2028 in December 2026, 2027 written: its notice appears in autumn 2027), a year
    after the coming one (2072 typed for 2027). ``depuis`` (« --depuis 2024 »): the session to start from, given again in
    every command said (review78 M2: dropped, the command pasted started from the other audience's file)."""
    listed = f"sessions : {_sessions(folder)}"
    after = latest + 1
    coming = coming_session(latest, today)
    command = f"python -m generator new-session {slug}"
    skipped = list(range(after, coming))  # past sessions between the latest and the coming one (the files lag behind)
    if skipped:
        to_prepare = f"la session en cours est {coming} ({past_sessions(skipped)})"
        commands = f"Pour la session en cours, {coming} : {command} {coming}{depuis}"
    else:
        to_prepare = f"la session qui suit la dernière est {after}"
        commands = f"Pour la session {after} : {command} {after}{depuis}"
    typo = ""
    if year < latest:
        why = (f"{year} est avant la dernière session de « {slug} », {latest} ({listed}) : new-session prépare une session "
               f"qui suit la dernière, ici {coming}" + (f", la session en cours ({past_sessions(skipped)})" if skipped else ""))
        forced = f"pour préparer quand même {year} (à partir de {source})"
    elif year < coming:
        why = f"{past_session(year)}. La dernière session de « {slug} » est {latest} ({listed}), et la session en cours est {coming}"
        forced = f"pour archiver quand même la notice de la session {year} (à partir de {source})"
    elif latest >= (upcoming := next_session(today)) or latest >= (in_course := session_in_course(today)):
        # the session whose registrations are to come is written already (September to November), or the session in
        # course, its registrations over (December to August): the next notice appears next autumn (staffwalk58 L2:
        # clermont-ferrand 2026 on 2024-10-01, 2025 written, was written without a question, a draft that blocks every
        # publication; staffdoc68 M: nantes 2028 on 2026-12-07, 2027 written, the same a year further on)
        if latest >= upcoming:
            shown, said = upcoming, f"la prochaine session dont les inscriptions sont à venir est {upcoming}"
        else:
            shown, said = in_course, f"la session en cours est {in_course}, dont les inscriptions ont eu lieu à l'automne {in_course - 1}"
        written = str(shown) in session_years_written(folder)
        has = (f"et « {slug} » l'a déjà ({listed})" if written
               else f"et la dernière session de « {slug} » est {latest} ({listed})")
        why = (f"{year} : {said}, {has} ; la notice de la "
               f"session {year} ne paraît qu'à l'automne {year - 1}, avant ses inscriptions")
        typo = " Faute de frappe ?"
        # (nothing else to prepare either way: a year before the latest is refused, one between the latest and ``year``
        # has no notice out; review76 L1: « Sessions écrites : 2024, 2026 » said again the « (sessions : 2024, 2026) »
        # just above)
        commands = "Aucune autre session à préparer d'ici là"
        forced = f"si la notice de la session {year} est bien parue"
    else:
        why = f"{year} vient {year - latest} ans après la dernière session de « {slug} », {latest} ({listed}) : {to_prepare}"
        if year <= upcoming:
            # (from December, the session after the one in course: its registrations are still to come, but its notice
            # appears next autumn; staffdoc68 M)
            why += f" ; la notice de la session {year} ne paraît qu'à l'automne {year - 1}"
        forced = f"si {year} est bien l'année voulue (à partir de {source})"
        typo = " Faute de frappe ?"
    return NotNextSession(
        f"{why}.{typo} Rien n'a été écrit. {commands} ; {forced}, ajouter --force : {command} {year}{depuis} --force",
        f"{why}.{typo}\nCréer quand même academies/{slug}/{year}.yaml à partir de {source} ? " + CONFIRM,
    )


def new_session(root: Path, slug: str, year: int, force: bool = False, start: int | None = None) -> str:
    """``start`` (--depuis): the session to start from, instead of the latest before ``year`` (an academy with notices
    for two audiences, Nantes: the 2027 notice that appeared is the candidates', 2024's, not the establishments', 2026's;
    nextsession77 item 1)."""
    today = build_date()
    _year(year, "année")
    if start is not None:
        _year(start, "--depuis")
    folder = _academy_folder(root, slug)
    path = f"academies/{slug}/{year}.yaml"
    if os.path.lexists(root / path):
        raise StaffError(f"{path} existe déjà : rien n'a été écrit (sessions de « {slug} » : {_sessions(folder)})")
    depuis = f" --depuis {start}" if start is not None else ""
    if start is not None and start >= year:
        raise StaffError(f"--depuis {start} : la session dont partir doit précéder la session {year} à préparer (sessions de "
                         f"« {slug} » : {_sessions(folder)}) ; rien n'a été écrit")
    project, problems = load_and_check(root, [folder])
    again = f"python -m generator new-session {slug} {year}{depuis}{' --force' if force else ''}"
    # (a folder with no session at all is what new-session is here to mend: its file written below)
    if any(not p.message.startswith(NO_SESSION) for p in problems.items):
        national = any(not p.location.file.startswith(f"academies/{slug}/") for p in problems.items)
        raise fix_first(problems, f"la session {year}, {path}, se prépare à partir des fichiers de l'académie"
                        + (", lus avec le contenu national, content/" if national else ""),
                        f"python -m generator validate academies/{slug}", again)
    data = project.academies[slug]
    if start is not None and start not in data.sessions:
        raise StaffError(f"--depuis {start} : pas de session {start} pour « {slug} » (sessions : {_sessions(folder)}) ; "
                         "donner l'année d'une de ces sessions, celle dont la notice est pour le même public que la "
                         f"nouvelle ; rien n'a été écrit")
    earlier = [y for y in data.sessions if y < year]
    if not earlier:
        return _first_session(root, slug, year, folder, sorted(data.sessions), force, today, again)
    source = start if start is not None else max(earlier)
    # the session after the latest, or the session in course (an academy whose files lag behind: toulouse 2024 then
    # 2027), unless it is past (toulouse 2025 or 2026 in December 2026: only worth writing to archive its notice) or its
    # notice cannot be out yet (2028 in December 2026); a year before the latest, or 2072 typed for 2027, is asked about too
    latest = max(data.sessions)
    # (not after the session in course, even once its registrations are over: the next notice is not out, staffwalk58
    # L2, staffdoc68 M)
    if not (latest < year and notice_may_be_out(year, today) and not academic_year_over(year, today)) and not force:
        raise _not_next(slug, year, latest, today, source, folder, depuis)
    left = pending_of(data.sessions[source])
    if left and all(from_new_academy(item) or item.placeholder for item in left):
        # new-academy's file, nothing filled yet: most likely made for the wrong year (new-academy without --session),
        # which is to delete, not to finish (review56 L1)
        raise StaffError(
            f"academies/{slug}/{source}.yaml est encore le fichier vide de new-academy, rien n'y est rempli depuis la notice "
            f"(par exemple ligne {left[0].location.line}) : s'il a été créé pour une autre année que celle de la notice, "
            f"le supprimer (academy.yaml se garde), puis relancer : python -m generator new-session {slug} {year}{depuis} ; "
            f"si {source} est bien l'année de la notice, le remplir d'abord, la session {year} se prépare à partir d'une "
            "session vérifiée ; rien n'a été écrit"
        )
    if left:
        raise StaffError(
            f"academies/{slug}/{source}.yaml est encore un brouillon ({len(left)} élément{'s' if len(left) > 1 else ''} à vérifier, "
            f"par exemple ligne {left[0].location.line}) : le terminer d'abord, la session {year} se prépare à partir d'une session "
            "vérifiée ; rien n'a été écrit"
        )
    text = (folder / f"{source}.yaml").read_text(encoding="utf-8")
    cited = tuple(t.title for t in project.content.texts.texts.values()
                  if t.in_force(year) and any(ref.academy == slug and ref.session == source for ref in t.cited_by))
    vae_office = vae_office_in_force(data.academy, data.sessions[source]) is not None
    # (a past session, or one before the latest, forced: written to archive its notice, which is not « la nouvelle
    # notice » its verify: lines would otherwise say, staff70 item 3)
    archive = academic_year_over(year, today) or year < latest
    rolled = rollover.roll(text, data.sessions[source], source, year, str(data.academy.timezone), today, cited, slug, vae_office,
                           archive)
    files = {path: rolled.text}
    pending, others = _prepared(root, files, slug, again)
    write_new(root, files)
    return "\n".join([
        f"Créé : {path}, à partir de academies/{slug}/{source}.yaml, notice pour "
        f"{READERS[data.sessions[source].session.audience]} ({rolled.moved_dates} date{'s' if rolled.moved_dates > 1 else ''} "
        f"reportée{'s' if rolled.moved_dates > 1 else ''} {rollover.years_moved(year - source)}, jour du mois gardé).",
        *_other_audiences(data.sessions, slug, source, year, path, force),
        *rolled.notes,
        *_summary(pending, others),
        f"Étapes suivantes : vérifier chaque élément sur {rolled.notice} "
        "et corriger le fichier, retirer chaque ligne verify: "
        f"une fois vérifiée, écrire checked: (date du jour) sous session:, puis : python -m generator validate {path} ; "
        f"{_preview(root, DRAFT_BANNER)}.",
        # staffwalk58 M8: a rename instead of this copy removed the previous session's archive page unsaid
        f"Garder academies/{slug}/{source}.yaml tel quel : c'est l'archive de la session {source}, que le site continue de "
        "publier ; d'une session à la suivante, copiez, ne renommez pas (new-session fait la copie).",
    ])


def _other_audiences(sessions: dict, slug: str, source: int, year: int, path: str, force: bool) -> list[str]:
    """new-session's line for an academy with notices for other audiences than the one it started from: which, and the
    command that starts from it instead (« --depuis », nextsession77 item 1: Nantes 2027 copied the establishments'
    2026 file, and nothing said what to do if the 2027 notice that appeared is the candidates')."""
    own = READERS[sessions[source].session.audience]
    lines = []
    for audience, other in other_audiences(sessions, source, year):
        readers = READERS[audience]
        lines.append(
            f"L'académie a aussi une notice pour {readers} (audience: {audience}), la plus récente celle de la session "
            f"{other} (academies/{slug}/{other}.yaml) : si la notice de la session {year} parue est pour {readers}, et non "
            f"pour {own}, supprimer {path} et le préparer à partir de celle-là : python -m generator new-session {slug} "
            f"{year} --depuis {other}{' --force' if force else ''}"
        )
    return lines


def _first_session(root: Path, slug: str, year: int, folder: Path, later: list[int], force: bool, today, again: str) -> str:
    """new-session with no session before ``year``: new-academy's commented session file for that year (a session file
    emptied or deleted, a folder made by new-academy for the wrong year: a staff walk, stop 49 M5, was sent from one
    command to the other). The year is asked about as new-academy asks about a first session's, except the session
    after the one in course, which new-academy writes from December: its notice cannot be out yet (staffdoc68 M)."""
    listed = f"sessions : {_sessions(folder)}"
    context = (f"pas de session avant {year} pour « {slug} » ({listed}) : new-session écrirait le fichier de session vide "
               "de new-academy, chaque rubrique expliquée")
    coming = session_in_course(today)
    command = f"python -m generator new-session {slug}"
    # (the session in course only: not the next one from December, whose notice appears next autumn, staffdoc68 M)
    if not force and not (coming <= year and notice_may_be_out(year, today)):
        why, forced, typo = _first_year_words(year, coming)
        if year <= next_session(today) and not notice_may_be_out(year, today):
            why += f" ; la notice de la session {year} ne paraît qu'à l'automne {year - 1}"
        instead = "" if coming in later else f"Pour la session en cours, {coming} : {command} {coming} ; "
        forced = f"{forced}, ajouter --force : {command} {year} --force"
        raise NotNextSession(
            f"{context}. {why}.{typo} Rien n'a été écrit. {instead}{forced if instead else forced[0].upper() + forced[1:]}",
            f"{context}. {why}.{typo}\nCréer quand même academies/{slug}/{year}.yaml (vide, chaque rubrique expliquée) ? "
            + CONFIRM,
        )
    problems = Problems()
    table = read_file(root / "content" / "departments.yaml", root, DepartmentsFile, problems)
    path = f"academies/{slug}/{year}.yaml"
    if table is None or problems:
        raise fix_first(problems, f"new-session y lit le nom de l'académie, pour écrire {path}", "python -m generator validate",
                        again)
    title = table.table()["academies"].get(slug, {}).get("title") or f"académie de {slug}"
    files = {path: skeleton.session_text(slug, title, year, today, f"new-session {slug} {year}")}
    pending, others = _prepared(root, files, slug, again)
    write_new(root, files)
    after = [f"academies/{slug}/{y}.yaml" for y in later if _is_draft(folder / f"{y}.yaml")]
    return "\n".join([
        f"Créé : {path}, le fichier de session vide de new-academy, chaque rubrique expliquée (aucune session de « {slug} » "
        f"avant {year} dont partir).",
        *([f"Le dossier a aussi {', '.join(after)}, encore un brouillon : s'il a été créé pour une autre année que celle "
           "de la notice (new-academy sans --session), le supprimer."] if after else []),
        *_summary(pending, others),
        "Étapes suivantes : remplir chaque rubrique depuis la notice (le commentaire au-dessus de chaque clé dit comment), "
        f"retirer chaque ligne verify: une fois vérifiée, puis : python -m generator validate {path} ; "
        f"{_preview(root, DRAFT_BANNER)}.",
    ])
