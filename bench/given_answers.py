"""Benchmark: the command line's answers given all at once (``engine.evaluate_given``), CPU time.

    .venv/bin/python bench/given_answers.py [--root FOLDER] [--repeat 50] [--runs 15]

The frozen project's Toulouse 2024 ruleset (tests/fixtures/project), given 20 answers at once: the 18 questions the
session asks and two it does not (birth_date, apprentice_was_scolaire), as an answer set reused from another session
is; the form would take 15 of them. ``--root``: the code to measure (another export of the repository; default, this
one). Prints, as JSON, the answers kept and dropped, the median CPU time (``time.process_time``) of one
``evaluate_given`` and of one ``evaluate`` of the same answers (each the median of ``--runs`` runs of ``--repeat`` calls),
and how many times evaluate_given evaluated the ruleset and checked the answers. The whole command line (start-up,
reading and compiling the ruleset) is measured outside it: bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ANSWERS = {
    "department": "31", "situation": "distance", "route": "scolaire", "continuing_case": "perfectionnement",
    "specialty": "maintenance_systemes", "option": "B", "r408_waiver": "no", "nationality": "foreign",
    "internship_exam_failed": "yes", "sat_before": "yes", "has_benefits": "yes", "renounces_benefits": "yes",
    "dispensation": "both", "positioning_decision": "yes", "mandatory_language": "rare", "disability": "yes",
    "exam_adjustment": "yes", "engagement_etudiant": "yes", "birth_date": "2003-05-04", "apprentice_was_scolaire": "no",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    root = Path(args.root).resolve()
    sys.path[:0] = [str(root), str(root / "tests"), str(root / "tests" / "checklist")]
    from checklist_support import load_rulesets
    from project_support import FROZEN

    from generator.checklist import engine

    rulesets, _ = load_rulesets(FROZEN)
    ruleset = rulesets["toulouse/2024"]
    calls: dict[str, int] = {}
    reals = {name: getattr(engine, name) for name in ("evaluate", "_evaluate", "check_answers") if hasattr(engine, name)}
    for name, real in reals.items():  # (counted once, then measured without the counting)
        setattr(engine, name, lambda *a, _real=real, _name=name, **k: calls.__setitem__(_name, calls.get(_name, 0) + 1) or _real(*a, **k))
    result = engine.evaluate_given(ruleset, ANSWERS)
    for name, real in reals.items():
        setattr(engine, name, real)

    def median_ms(function) -> float:
        runs = []
        for _ in range(args.runs):
            start = time.process_time()
            for _ in range(args.repeat):
                function(ruleset, ANSWERS)
            runs.append((time.process_time() - start) / args.repeat * 1000)
        return round(statistics.median(runs), 3)

    print(json.dumps({"root": str(root), "answers": len(ANSWERS), "kept": len(result["answers"]), "dropped": result["dropped"],
                      "evaluate_given_ms": median_ms(engine.evaluate_given), "evaluate_ms": median_ms(engine.evaluate),
                      "calls": calls}, ensure_ascii=False))


if __name__ == "__main__":
    main()
