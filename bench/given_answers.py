"""Benchmark: the command line's answers given all at once (``engine.evaluate_given``), CPU time.

    .venv/bin/python bench/given_answers.py [--root FOLDER] [--repeat 50] [--runs 15]

The frozen project's Toulouse 2024 ruleset (tests/fixtures/project), given 20 answers at once: the 18 questions the
session asks and two it does not (birth_date, apprentice_was_scolaire), as an answer set reused from another session
is; the form would take 15 of them. ``--root``: the code to measure (another export of the repository; default, this
one). Prints, as JSON, the answers kept and dropped, the median CPU time (``time.process_time``) of one
``evaluate_given`` and of one ``evaluate`` of the same answers (each the median of ``--runs`` runs of ``--repeat`` calls),
and how many times evaluate_given evaluated the ruleset and checked the answers. The whole command line (start-up,
reading and compiling the ruleset) is measured outside it: bench/README.md.

    .venv/bin/python bench/given_answers.py --words [--academies 10] [--code FOLDER]… [--runs 5]

The command itself, in one process after a first run (the imports): ``checklist --academy toulouse --session 2024`` with
the answers above, as the list in words (``WORDS``) and as ``--json``, on the frozen project plus N synthetic academies
of three sessions each (``bench/site_build.py``'s). For each, the median CPU time of the command, of the project's read
and check in it (``pipeline.load_and_check``), and how many notices it merged (``merge.build_notice``) and rulesets
it compiled (``compile.compile_ruleset``). ``--code``: a copy of the repository (``git archive``) whose ``generator/``
to time, given several times to run them side by side (each in its own process, in turn, ``--runs`` rounds).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANSWERS = {
    "department": "31", "situation": "distance", "route": "scolaire", "continuing_case": "perfectionnement",
    "specialty": "maintenance_systemes", "option": "B", "r408_waiver": "no", "nationality": "foreign",
    "internship_exam_failed": "yes", "sat_before": "yes", "has_benefits": "yes", "renounces_benefits": "yes",
    "dispensation": "both", "positioning_decision": "yes", "mandatory_language": "rare", "disability": "yes",
    "exam_adjustment": "yes", "engagement_etudiant": "yes", "birth_date": "2003-05-04", "apprentice_was_scolaire": "no",
}


WORDS = ["--academy", "toulouse", "--session", "2024"]


def words_in(code: Path, project: Path, runs: int) -> dict:
    """In this process, ``code``'s command line on ``project``: per way of asking, the median CPU time (ms) of ``runs``
    commands and of their read + check, the notices merged and rulesets compiled by one."""
    sys.path.insert(0, str(code))
    from generator.checklist import compile as compiling
    from generator import merge, pipeline
    from generator.cli import main

    counts = {"merged": 0, "compiled": 0, "load_ms": 0.0}

    def counted(function, key):
        def call(*a, **k):
            counts[key] += 1
            return function(*a, **k)
        return call

    def timed(*a, _real=pipeline.load_and_check, **k):
        start = time.process_time()
        try:
            return _real(*a, **k)
        finally:
            counts["load_ms"] += (time.process_time() - start) * 1000

    merge.build_notice = counted(merge.build_notice, "merged")
    compiling.compile_ruleset = counted(compiling.compile_ruleset, "compiled")
    pipeline.load_and_check = timed
    answers = [f"{question}={value}" for question, value in ANSWERS.items()]
    found = {}
    for way, extra in (("words", []), ("json", ["--json"])):
        command = ["--root", str(project), "checklist", *WORDS, *extra, *answers]
        with contextlib.redirect_stdout(io.StringIO()):
            main(command)  # (the imports)
        times, loads = [], []
        for _ in range(runs):
            counts.update(merged=0, compiled=0, load_ms=0.0)
            out = io.StringIO()
            start = time.process_time()
            with contextlib.redirect_stdout(out):
                code_returned = main(command)
            times.append((time.process_time() - start) * 1000)
            loads.append(counts["load_ms"])
        found[way] = {"ms": round(statistics.median(times), 1), "load_ms": round(statistics.median(loads), 1),
                      "merged": counts["merged"], "compiled": counts["compiled"], "code": code_returned,
                      "output": out.getvalue().replace(str(project), "ROOT")}
    return found


def words(codes: list[Path], academies: int, runs: int) -> None:
    """Each code in its own process, in turn, on one project (the frozen one and ``academies`` synthetic ones)."""
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    import site_build

    with tempfile.TemporaryDirectory() as folder:
        project = site_build.copy_project(Path(folder))
        site_build.add_synthetic(project, academies)
        sessions = sum(1 for _ in (project / "academies").glob("*/[0-9]*.yaml"))
        rounds: dict[Path, list[dict]] = {code: [] for code in codes}
        for _ in range(runs):
            for code in codes:
                done = subprocess.run([sys.executable, __file__, "--words-in", str(code), "--project", str(project)],
                                      capture_output=True, text=True, check=True, env=os.environ | {"BTS_GUIDE_TODAY": "2026-12-05"})
                rounds[code].append(json.loads(done.stdout))
    print(f"{sessions} sessions; load average {os.getloadavg()[0]:.1f} at the end; CPU ms: median of {runs} processes, each the "
          "median of 3 commands")
    print("| way | code | command (ms) | read + check (ms) | notices merged | rulesets compiled | same output |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for way in ("words", "json"):
        outputs = {(r[way]["code"], r[way]["output"]) for code in codes for r in rounds[code]}
        for code in codes:
            runs_of = [r[way] for r in rounds[code]]
            print(f"| {way} | {code.name} | {statistics.median(r['ms'] for r in runs_of):.0f} | "
                  f"{statistics.median(r['load_ms'] for r in runs_of):.0f} | {runs_of[0]['merged']} | {runs_of[0]['compiled']} | "
                  f"{'yes' if len(outputs) == 1 else 'NO'} |")


ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--words", action="store_true")
    parser.add_argument("--academies", type=int, default=10)
    parser.add_argument("--code", action="append", type=lambda text: Path(text).resolve())
    parser.add_argument("--words-in", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.words_in is not None:
        print(json.dumps(words_in(args.words_in, args.project, 3), ensure_ascii=False))
        return
    if args.words:
        words(args.code or [ROOT], args.academies, args.runs)
        return
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
