"""``python -m generator checklist``: the engine's answer for one candidate, in French."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import engine
from .text import render, render_questions

REASONS = {
    "unknown_question": "question inconnue",
    "derived": "ce fait est calculé à partir d'autres réponses ; ne pas le donner",
    "not_text": "valeur illisible",
    "unknown_value": "valeur non admise",
}


def load_ruleset(root: Path, slug: str, year: int) -> tuple[dict | None, str | None]:
    """The ruleset of one notice, or a French message saying why there is none."""
    from ..merge import build_notice
    from ..pipeline import load_and_check
    from .compile import compile_ruleset

    folder = root / "academies" / slug
    if not folder.is_dir():
        known = sorted(p.name for p in (root / "academies").iterdir() if p.is_dir()) if (root / "academies").is_dir() else []
        return None, f"académie inconnue « {slug} » (académies : {', '.join(known) or 'aucune'})"
    path = folder / f"{year}.yaml"
    if not path.is_file():
        years = sorted(p.stem for p in folder.glob("[0-9][0-9][0-9][0-9].yaml"))
        return None, f"pas de session {year} pour « {slug} » (sessions : {', '.join(years) or 'aucune'})"
    project, problems = load_and_check(root, [path])
    if problems:
        return None, problems.report() + "\n\nLes fichiers ne sont pas valides ; corriger puis relancer : python -m generator validate"
    notice = build_notice(project.content, project.academies[slug], year)
    return compile_ruleset(notice, project.content.checklist), None


def parse_answers(items: list[str]) -> tuple[dict[str, str], list[str]]:
    answers: dict[str, str] = {}
    errors = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            errors.append(f"« {item} » : écrire identifiant=valeur, par exemple situation=repeater")
            continue
        answers[key.strip()] = value.strip()
    return answers, errors


def run(args: argparse.Namespace, root: Path) -> int:
    if not str(args.session).isdigit() or len(str(args.session)) != 4:
        print(f"session « {args.session} » : écrire l'année sur quatre chiffres, par exemple --session 2024")
        return 1
    args.session = int(args.session)
    ruleset, message = load_ruleset(root, args.academy, args.session)
    if ruleset is None:
        print(message)
        return 1
    if args.questions:
        print(render_questions(ruleset, engine.allowed_values))
        return 0
    answers, errors = parse_answers(args.answers)
    for problem in engine.check_answers(ruleset, answers):
        text = f"{problem['question']}={problem['value']} : {REASONS[problem['reason']]}"
        if problem["reason"] == "unknown_question":
            known = [q["id"] for q in ruleset["questions"] if q["kind"] != "derived"]
            text += " (questions : " + ", ".join(known) + ")"
        elif problem.get("allowed") is not None:
            text += " (valeurs possibles : " + ", ".join(problem["allowed"]) + ")"
        errors.append(text)
    if errors:
        print("Réponses incorrectes :")
        for error in errors:
            print(f"  - {error}")
        print("Voir les questions et leurs valeurs : python -m generator checklist --academy "
              f"{args.academy} --session {args.session} --questions")
        return 1
    result = engine.evaluate(ruleset, answers)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    else:
        print(render(ruleset, result))
    return 0
