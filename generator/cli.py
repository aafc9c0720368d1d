"""Command line: ``python -m generator validate [PATH…]``, ``checklist …``, ``diff SLUG YEAR_A YEAR_B``, and the staff's
``new-academy`` and ``new-session`` (``generator.staff.commands``) and ``quotes`` (``generator.staff.quotes``).

Messages are in French for rectorate staff; no Python traceback reaches them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .arguments import FrenchParser, session_year
from .loading import paths_to_run_again
from .pipeline import load_and_check
from .problems import AFTER_VALIDATE, and_list, count_line, validate_command, with_root
from .site import removed
from .staff.calendar import build_date, session_in_course
from .staff.drafts import pending, project_pending, what_to_do
from .staff import StaffError
from .staff.reviewed import seen_summary

ROOT = Path(__file__).resolve().parent.parent


def _validate(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve() if args.root else ROOT
    project, problems = load_and_check(root, [Path(p) for p in args.paths] or None)
    again = validate_command(args.root, paths_to_run_again(args.paths, root))
    # a session of the published site whose file is gone (renamed, not copied): the build stops on it, so validate says
    # it, with the build's words and way back (staffwalk60 M)
    gone = removed.without_file(root, project, set(project.academies) if args.paths else None)
    gone_said = removed.refusal((root / "site").resolve(), root, project, gone, then=again) if gone else ""
    # (the commands the problems and warnings give run on the project validate read: with its --root, staffdocs64 item 1)
    said = (problems.report(root=args.root), with_root(gone_said, args.root), problems.warnings_report(root=args.root))
    blocks = [text for text in said if text]
    if blocks:
        print("\n\n".join(blocks) + "\n")
    if problems or gone:
        count = len(problems) + len(gone)
        # (validate publishes nothing: it says what the problems stop, the build's own refusal says « rien n'a été publié »)
        print(count_line(count, AFTER_VALIDATE.replace("python -m generator validate", again)))
        return 1
    sessions = sum(len(a.sessions) for a in project.academies.values())
    seen = seen_summary(problems)
    academies = len(project.academies)
    # (a session before those read that has problems of its own: they were not compared with it, as a warning above
    # says; « Tout est valide » alone read as the whole folder's, review63 A L3)
    unread = [f"{year} de {data.academy.name if data.academy is not None else slug}"
              for slug, data in sorted(project.academies.items()) for year in sorted(data.unread_before)]
    compared = (f" ; la session {unread[0]}, qui a des problèmes, n'a pas pu être comparée (voir plus haut)" if len(unread) == 1
                else f" ; les sessions {and_list(unread)}, qui ont des problèmes, n'ont pas pu être "
                "comparées (voir plus haut)" if unread else "")
    counts = f"{academies} académie{'s' if academies > 1 else ''}, {sessions} session{'s' if sessions > 1 else ''}"
    draft = _drafts_line(project, again)
    if draft is None:
        print(f"Tout est valide{' pour les sessions vérifiées' if unread else ''} : {counts}{' ; ' + seen if seen else ''}{compared}.")
        return 0
    # a draft: said first, and the last line does not say « Tout est valide » (staffsmall65 item 1: printed above the
    # « Brouillon » line, it read as « done », while mkdocs build refuses to publish the session)
    print(draft)
    print(f"Rien d'autre à corriger{' pour les sessions vérifiées' if unread else ''} ({'les brouillons' if draft.startswith('Brouillons') else 'le brouillon'} "
          f"mis à part) : {counts}{' ; ' + seen if seen else ''}{compared}.")
    return 0


def _drafts_line(project, again: str) -> str | None:
    """« Brouillon : academies/nancy-metz/academy.yaml (1 élément à vérifier), nancy-metz 2027 (3 éléments à vérifier)
    … »: what is left to check on the notice before mkdocs build publishes (``drafts.project_pending``: each session's,
    its academy.yaml's, national content's), each counted once where it is, with what to do; None when nothing is
    left."""
    left = project_pending(project)
    if not left:
        return None
    # each item counted once, where it is: an academy.yaml's under its own name, not again in each of its sessions
    # (review96 L7: « toulouse 2024 (1 élément à vérifier), toulouse 2025 (35 éléments à vérifier) » for 35 items
    # listed above, academy.yaml's one in both; staffdocs64 item 3)
    # the plural from what is named, in the same walk (staff65 item 4, review64b L2: counted apart, from is_draft, with a
    # clause of its own for a line of academy.yaml files only): each name with the drafts it stands for, a session, the
    # sessions an academy.yaml is common to, the national content
    named: list[str] = []
    drafts: set = set()
    for slug, data in sorted(project.academies.items()):
        own = pending(data.academy)
        if own:
            where = next((item.location.file for item in own if item.location is not None), f"academies/{slug}/academy.yaml")
            years = sorted(data.sessions)
            shared = f", commun à ses sessions {and_list([str(y) for y in years])}" if len(years) > 1 else ""
            named.append(f"{where} ({_elements(len(own))}{shared})")
            drafts |= {(slug, year) for year in years} or {where}
        for year, session in sorted(data.sessions.items()):
            if pending(session):
                named.append(f"{slug} {year} ({_elements(len(pending(session)))})")
                drafts.add((slug, year))
    national = [item for item in left if item.location is not None and item.location.file.startswith("content/")]
    if national:
        named.append(f"le contenu national, content/ ({_elements(len(national))})")
        drafts.add("content/")
    if not named:  # (items without a place: their files, else their count)
        named = sorted({item.location.file for item in left if item.location is not None}) or [_elements(len(left))]
        drafts = set(named)
    plural = "s" if len(drafts) > 1 else ""
    return (f"Brouillon{plural} : {', '.join(named)}, liste ci-dessus ; mkdocs build ne publie rien tant qu'il en reste un. "
            f"{what_to_do(left)} Ensuite, relancer : {again}")


def _elements(count: int) -> str:
    return f"{count} élément{'s' if count > 1 else ''} à vérifier"


def _checklist(args: argparse.Namespace) -> int:
    from .checklist.cli import run

    return run(args, Path(args.root).resolve() if args.root else ROOT)


def _staff(args: argparse.Namespace) -> int:
    from .staff import commands

    root = Path(args.root).resolve() if args.root else ROOT
    if args.command == "new-academy":
        def write(force: bool) -> str:
            return commands.new_academy(root, args.slug, args.departments, args.session, force)
    else:
        def write(force: bool) -> str:
            return commands.new_session(root, args.slug, args.year, force, args.start)
    # (the next commands the report gives run on the same project: with --root when it was given, staffsmall65 item 2)
    try:
        print(with_root(write(args.force), args.root))
    except commands.NotNextSession as refused:
        answer = _asked(refused.question)
        if answer is None:  # not a terminal (a script, a test): refused, the message says --force
            raise
        if not answer:
            print("Rien n'a été écrit.", file=sys.stderr)
            return 1
        print(with_root(write(True), args.root))
    return 0


def _academy_words(args: argparse.Namespace, words: list[str]) -> str | None:
    """new-academy given its academy in several words (« académie de lyon »): see ``commands.academy_in_words``."""
    from .staff import commands

    return commands.academy_in_words(Path(args.root).resolve() if args.root else ROOT, args.slug, words)


def _asked(question: str) -> bool | None:
    """On a terminal, the question asked and whether « oui » was answered; None elsewhere (nothing is asked)."""
    try:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            return None
        print(question, end="", file=sys.stderr, flush=True)
        answer = input()
    except (EOFError, OSError, ValueError):
        return False
    from .staff.commands import YES

    return answer.strip().lower() in YES


def _diff(args: argparse.Namespace) -> int:
    from .diff_cli import run

    return run(args, Path(args.root).resolve() if args.root else ROOT)


def _quotes(args: argparse.Namespace) -> int:
    from .staff.quotes import run

    report, status = run(Path(args.root).resolve() if args.root else ROOT, args.academy, args.session, args.notice)
    print(report)
    return status


def _first_session_help() -> str:
    """new-academy's --session: its default computed from today (BTS_GUIDE_TODAY when set), as new-academy computes it,
    not a fixed « 2027 de septembre 2026 à août 2027 » that read as today's answer in any year (fixstaff64 item 6)."""
    said = "année de la première session (par défaut : la session en cours, la première dont l'année scolaire n'est pas terminée"
    try:
        year = session_in_course(build_date())
    except (StaffError, ValueError, OverflowError):
        # (BTS_GUIDE_TODAY not a date, or a date whose academic year has no bounds, 0001-01-01: the
        # command says it, the help does without the year; built for every command, a traceback here reached staff
        # on any command, review92 H1)
        return said + ")"
    return f"{said} ; à la date du jour : {year}, de septembre {year - 1} à août {year})"


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchParser(prog="python -m generator", description="Guide d'inscription au BTS : vérification et génération.")
    parser.add_argument("--root", type=_folder, metavar="DOSSIER", help="racine du projet (par défaut : celle du dépôt)")
    commands = parser.add_subparsers(dest="command", required=True, title="commandes", metavar="COMMANDE")
    validate = commands.add_parser("validate", help="vérifier les fichiers YAML (tous, ou ceux donnés)")
    validate.add_argument("paths", nargs="*", metavar="CHEMIN", help="dossiers d'académie ou fichiers de session")
    validate.set_defaults(run=_validate)
    checklist = commands.add_parser("checklist", help="calculer la liste personnalisée d'un candidat (réponses identifiant=valeur)")
    checklist.add_argument("--academy", required=True, metavar="ACADÉMIE", help="dossier de l'académie, par exemple toulouse")
    checklist.add_argument("--session", required=True, type=session_year, metavar="ANNÉE", help="année de la session, par exemple 2024")
    checklist.add_argument("--questions", action="store_true", help="lister les questions et leurs valeurs possibles")
    checklist.add_argument("--json", action="store_true", help="afficher le résultat brut du moteur (JSON)")
    checklist.add_argument("answers", nargs="*", metavar="identifiant=valeur", help="réponses identifiant=valeur, par exemple situation=repeater")
    checklist.set_defaults(run=_checklist)
    academy = commands.add_parser("new-academy", help="créer le dossier d'une nouvelle académie (academy.yaml et une première session, chaque clé expliquée)")
    academy.add_argument("slug", metavar="ACADÉMIE", help="identifiant de l'académie dans content/departments.yaml, par exemple nancy-metz")
    academy.add_argument("--departments", metavar="DÉPARTEMENTS", help="numéros des départements, séparés par des virgules (par défaut : ceux du tableau national), par exemple 54,55,57,88")
    academy.add_argument("--session", type=session_year, metavar="ANNÉE", help=_first_session_help())
    academy.add_argument("--force", action="store_true", help="écrire quand même une session passée (pour archiver sa notice) ou une année lointaine, sans la question posée au terminal")
    academy.set_defaults(run=_staff, words_hint=_academy_words)
    session = commands.add_parser("new-session", help="préparer la session suivante d'une académie à partir de sa dernière session (brouillon à vérifier)")
    session.add_argument("slug", metavar="ACADÉMIE", help="dossier de l'académie, par exemple toulouse")
    session.add_argument("year", type=session_year, metavar="ANNÉE", help="année de la nouvelle session, par exemple 2027")
    session.add_argument("--force", action="store_true", help="préparer quand même une année qui ne suit pas la dernière session (sessions sautées, année antérieure, ou session passée à archiver), sans la question posée au terminal")
    session.add_argument("--depuis", dest="start", type=session_year, metavar="ANNÉE", help="partir de cette session plutôt que de la dernière (une académie aux notices pour deux publics : celle dont la notice est pour le même public que la nouvelle), par exemple --depuis 2024")
    session.set_defaults(run=_staff)
    diff = commands.add_parser("diff", help="ce qui change entre deux sessions d'une académie, rubrique par rubrique")
    diff.add_argument("academy", metavar="ACADÉMIE", help="dossier de l'académie, par exemple nantes")
    diff.add_argument("year_a", type=session_year, metavar="ANNÉE_DÉPART", help="année de la session de départ, par exemple 2024")
    diff.add_argument("year_b", type=session_year, metavar="ANNÉE_ARRIVÉE", help="année de la session d'arrivée, par exemple 2026")
    diff.add_argument("--json", action="store_true", help="afficher les changements en JSON (pour les outils)")
    diff.add_argument("--keys", action="store_true", help="donner la clé de chaque ligne (pour novelties: drop:) et si la page l'affiche")
    diff.set_defaults(run=_diff)
    quotes = commands.add_parser("quotes", help="chercher chaque citation d'une session (les mots de la notice) dans le texte de sa notice")
    quotes.add_argument("--academy", required=True, metavar="ACADÉMIE", help="dossier de l'académie, par exemple toulouse")
    quotes.add_argument("--session", required=True, type=session_year, metavar="ANNÉE", help="année de la session, par exemple 2024")
    quotes.add_argument("--notice", required=True, metavar="FICHIER", help="le texte de la notice, collé depuis son PDF dans un fichier texte, par exemple notice.txt")
    quotes.set_defaults(run=_quotes)
    return parser


def _folder(text: str) -> str:
    """--root: a folder that exists (else validate would list every national file as missing)."""
    if Path(text).is_dir():
        return text
    said = "n'est pas un dossier" if Path(text).exists() else "n'existe pas"
    raise argparse.ArgumentTypeError(f"« {text} » {said} ; donner le dossier du projet, celui qui contient content/ et academies/")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .staff import StaffError

    try:
        return args.run(args)
    except StaffError as error:  # a mistake in what was asked: the message says what to do, its commands run on the
        # project the command was given (--root, as typed: new-academy's and new-session's refusals, staffdocs64 item 1)
        print(with_root(str(error), getattr(args, "root", None)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output cut short by the reader (``| head``): nothing to report
        sys.stderr.close()
        return 1
    except Exception as error:  # a bug of ours: say so in French; the traceback goes to a file for the technical team
        from .site.failure import write_technical_report

        command = " ".join(["python -m generator", *(sys.argv[1:] if argv is None else argv)])
        detail = write_technical_report(error, command)
        sent = f" Joindre le fichier « {detail} » (détail technique)." if detail else ""
        print(
            f"Erreur interne du générateur ({type(error).__name__}: {error}). Ce n'est pas une erreur de vos fichiers : "
            f"la signaler à l'équipe technique, avec la commande lancée.{sent}",
            file=sys.stderr,
        )
        return 2
