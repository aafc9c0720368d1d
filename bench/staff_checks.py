"""Benchmark: what the staff's checks (``generator/staff/checks.py``: ``verify:`` lines and the lint)
add to reading and checking the YAML, the part of every ``validate`` and every build they run in.

    .venv/bin/python bench/staff_checks.py [--academies 30] [--runs 7]

The same project as ``bench/site_build.py`` (real data plus N synthetic academies of three sessions
each); prints the median of ``load_and_check`` (read + every check, the staff's included) and of
the staff's checks alone, in milliseconds: wall time, then this process's CPU time (``time.process_time``:
what to read when other jobs share the machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import site_build  # noqa: E402

from generator.pipeline import load_and_check  # noqa: E402
from generator.rule_coverage import check_rule_coverage  # noqa: E402
from generator.problems import Problems  # noqa: E402
from generator.staff.checks import check_staff  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--academies", type=int, default=30)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
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
