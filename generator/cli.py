"""Command line: ``python -m generator validate [PATH…]``, ``checklist …``, ``diff SLUG YEAR_A YEAR_B``.

Messages are in French for rectorate staff; no Python traceback reaches them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import load_and_check

ROOT = Path(__file__).resolve().parent.parent


def _validate(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve() if args.root else ROOT
    project, problems = load_and_check(root, [Path(p) for p in args.paths] or None)
    blocks = [text for text in (problems.report(), problems.warnings_report()) if text]
    if blocks:
        print("\n\n".join(blocks) + "\n")
    if problems:
        count = len(problems)
        print(f"{count} problème{'s' if count > 1 else ''} ; rien n'a été publié. Corriger puis relancer : python -m generator validate")
        return 1
    sessions = sum(len(a.sessions) for a in project.academies.values())
    print(f"Tout est valide : {len(project.academies)} académie(s), {sessions} session(s).")
    return 0


def _checklist(args: argparse.Namespace) -> int:
    from .checklist.cli import run

    return run(args, Path(args.root).resolve() if args.root else ROOT)


def _diff(args: argparse.Namespace) -> int:
    from .diff_cli import run

    return run(args, Path(args.root).resolve() if args.root else ROOT)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Guide d'inscription au BTS : vérification et génération.")
    parser.add_argument("--root", help="racine du projet (par défaut : celle du dépôt)")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="vérifier les fichiers YAML (tous, ou ceux donnés)")
    validate.add_argument("paths", nargs="*", help="dossiers d'académie ou fichiers de session")
    validate.set_defaults(run=_validate)
    checklist = commands.add_parser("checklist", help="calculer la liste personnalisée d'un candidat (réponses identifiant=valeur)")
    checklist.add_argument("--academy", required=True, help="dossier de l'académie, par exemple toulouse")
    checklist.add_argument("--session", required=True, help="année de la session, par exemple 2024")
    checklist.add_argument("--questions", action="store_true", help="lister les questions et leurs valeurs possibles")
    checklist.add_argument("--json", action="store_true", help="afficher le résultat brut du moteur (JSON)")
    checklist.add_argument("answers", nargs="*", help="réponses identifiant=valeur, par exemple situation=repeater")
    checklist.set_defaults(run=_checklist)
    diff = commands.add_parser("diff", help="ce qui change entre deux sessions d'une académie, rubrique par rubrique")
    diff.add_argument("academy", help="dossier de l'académie, par exemple nantes")
    diff.add_argument("year_a", help="année de la session de départ, par exemple 2024")
    diff.add_argument("year_b", help="année de la session d'arrivée, par exemple 2026")
    diff.add_argument("--json", action="store_true", help="afficher les changements en JSON (pour les outils)")
    diff.add_argument("--keys", action="store_true", help="donner la clé de chaque ligne (pour novelties: drop:) et si la page l'affiche")
    diff.set_defaults(run=_diff)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output cut short by the reader (``| head``): nothing to report
        sys.stderr.close()
        return 1
    except Exception as error:  # a bug of ours: say so in French, never a traceback
        print(f"Erreur interne du générateur ({type(error).__name__}: {error}). Ce n'est pas une erreur de vos fichiers : la signaler à l'équipe technique.", file=sys.stderr)
        if "--debug" in sys.argv:
            raise
        return 2
