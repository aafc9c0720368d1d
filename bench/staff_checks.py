"""Benchmark: what the staff's checks (``generator/staff/checks.py``: ``verify:`` lines and the lint)
add to reading and checking the YAML, the part of every ``validate`` and every build they run in.

    .venv/bin/python bench/staff_checks.py [--academies 30] [--runs 7]

The same project as ``bench/site_build.py`` (real data plus N synthetic academies of three sessions
each); prints the median of ``load_and_check`` (read + every check, the staff's included) and of
the staff's checks alone, in milliseconds: wall time, then this process's CPU time (``time.process_time``:
what to read when other jobs share the machine).

    .venv/bin/python bench/staff_checks.py --advice [--code FOLDER]… [--runs 7]

The advice ``validate`` gives for a line out of line (``strict_yaml``: a list item's « - », a key), on frozen files
(tests/fixtures/project/) each with one line or item moved (``ADVICE_CASES``): for each case, the median CPU time of
reading the file (``loading.read_file``, as validate reads it: the advice checked against the schema) and how many
times the pure-Python composer read a text (the broken file itself, then each move the advice tries that it reads
in full). ``--code``: a copy of the repository (``git archive``) whose ``generator/`` to time, given several times to
run them side by side in one run (each in its own process, in turn, ``--runs`` rounds); default, this one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "tests" / "fixtures" / "project"

# (file of the frozen project, 1-based line, spaces added to it (negative: taken), spaces added to the item's next lines
# (None: they stay), last line of the item moved, what it shows)
ADVICE_CASES = [
    ("academies/nantes/2026.yaml", 634, 1, None, None, "« - » one space right, the line alone (11 moves tried)"),
    ("academies/toulouse/2024.yaml", 707, -1, -1, 715, "an item of 9 lines one space left"),
    ("academies/nantes/2026.yaml", 785, 1, 2, 788, "« - » one space right, its keys two"),
    ("academies/toulouse/2024.yaml", 12, 1, None, None, "a key one space right (session.audience)"),
]


def _moved_text(case: tuple) -> str:
    name, number, dash, keys, last, _ = case
    lines = (FROZEN / name).read_text(encoding="utf-8").splitlines(keepends=True)
    for n in range(number, (last or number) + 1):
        by = dash if n == number else keys
        raw = lines[n - 1]
        if raw.strip():
            lines[n - 1] = " " * (len(raw) - len(raw.lstrip(" ")) + by) + raw.lstrip(" ")
    return "".join(lines)


def advice_in(code: Path, runs: int) -> dict:
    """In this process, ``code``'s generator: each case's first problem, median CPU time (ms) of ``runs`` reads and the
    compositions of one read."""
    sys.path.insert(0, str(code))
    from generator import strict_yaml
    from generator.loading import read_content, read_file
    from generator.model.academy import Academy
    from generator.model.session import SessionFile
    from generator.problems import Problems

    compositions = [0]
    single = strict_yaml._Composer.get_single_node
    strict_yaml._Composer.get_single_node = lambda self: compositions.__setitem__(0, compositions[0] + 1) or single(self)
    questions = frozenset(read_content(FROZEN, Problems()).questions.questions)
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        for case in ADVICE_CASES:
            path = Path(folder) / case[0]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_moved_text(case), encoding="utf-8")
            cls = Academy if path.name == "academy.yaml" else SessionFile
            times = []
            for _ in range(runs):
                problems, compositions[0] = Problems(), 0
                start = time.process_time()
                read_file(path, Path(folder), cls, problems, questions)
                times.append((time.process_time() - start) * 1000)
            first = problems.items[0]
            found[f"{case[0]}:{case[1]}"] = {"ms": round(statistics.median(times), 1), "compositions": compositions[0],
                                             "first": f"{first.location.line}:{first.location.column}: {first.message}"}
    return found


def advice(codes: list[Path], runs: int) -> None:
    """Each code in its own process, in turn (``runs`` rounds of one read each), then the table."""
    rounds: dict[Path, list[dict]] = {code: [] for code in codes}
    for _ in range(runs):
        for code in codes:
            done = subprocess.run([sys.executable, __file__, "--advice-in", str(code)], capture_output=True, text=True, check=True)
            rounds[code].append(json.loads(done.stdout))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; CPU ms: median of {runs} processes, each the median of 3 reads")
    print("| case | " + " | ".join(f"{code.name}: ms | {code.name}: compositions" for code in codes) + " | same first problem |")
    print("| --- |" + " --- | --- |" * len(codes) + " --- |")
    for case in ADVICE_CASES:
        key = f"{case[0]}:{case[1]}"
        cells, firsts = [], set()
        for code in codes:
            cells.append(f"{statistics.median(r[key]['ms'] for r in rounds[code]):.1f} | {rounds[code][0][key]['compositions']}")
            firsts |= {r[key]["first"] for r in rounds[code]}
        print(f"| {key} ({case[5]}) | " + " | ".join(cells) + f" | {'yes' if len(firsts) == 1 else 'NO'} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--academies", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--advice", action="store_true")
    parser.add_argument("--code", action="append", type=lambda text: Path(text).resolve())
    parser.add_argument("--advice-in", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.advice_in is not None:
        print(json.dumps(advice_in(args.advice_in, 3), ensure_ascii=False))
        return
    if args.advice:
        advice(args.code or [ROOT], args.runs)
        return
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    import site_build

    from generator.pipeline import load_and_check
    from generator.problems import Problems
    from generator.rule_coverage import check_rule_coverage
    from generator.staff.checks import check_staff

    with tempfile.TemporaryDirectory() as folder:
        root = site_build.copy_project(Path(folder))
        site_build.add_synthetic(root, args.academies)
        project, problems = load_and_check(root)
        assert not problems, problems.report()
        # the sessions' compiled checklists, which read + check gives the staff's checks (generator/checks.py): without
        # them the lint builds every notice again (lint._step_places, since stop 54), which no build nor validate does
        rulesets = check_rule_coverage(project, Problems())
        sessions = sum(len(a.sessions) for a in project.academies.values())
        whole, staff, whole_cpu, staff_cpu = [], [], [], []
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            load_and_check(root)
            whole.append(time.perf_counter() - start)
            whole_cpu.append(time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            check_staff(project, Problems(), rulesets)
            staff.append(time.perf_counter() - start)
            staff_cpu.append(time.process_time() - cpu)
    read_check, own = statistics.median(whole) * 1000, statistics.median(staff) * 1000
    read_check_cpu, own_cpu = statistics.median(whole_cpu) * 1000, statistics.median(staff_cpu) * 1000
    print("| sessions | read + check (ms) | staff's checks (ms) | share | read + check, CPU (ms) | staff's checks, CPU (ms) | share, CPU |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {sessions} | {read_check:.0f} | {own:.1f} | {own / read_check:.1%} | {read_check_cpu:.0f} | {own_cpu:.1f} | {own_cpu / read_check_cpu:.1%} |")


if __name__ == "__main__":
    main()
