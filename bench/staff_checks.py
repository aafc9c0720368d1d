"""Benchmark: what the staff's checks (``generator/staff/checks.py``: ``verify:`` lines and the lint)
add to reading and checking the YAML, the part of every ``validate`` and every build they run in.

    .venv/bin/python bench/staff_checks.py [--academies 30] [--runs 7]

The same project as ``bench/site_build.py`` (real data plus N synthetic academies of three sessions
each); prints the median of ``load_and_check`` (read + every check, the staff's included) and of
the staff's checks alone, in milliseconds.
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
        sessions = sum(len(a.sessions) for a in project.academies.values())
        whole, staff = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            load_and_check(root)
            whole.append(time.perf_counter() - start)
            start = time.perf_counter()
            check_staff(project, Problems())
            staff.append(time.perf_counter() - start)
    read_check, own = statistics.median(whole) * 1000, statistics.median(staff) * 1000
    print("| sessions | read + check (ms) | staff's checks (ms) | share |\n| --- | --- | --- | --- |")
    print(f"| {sessions} | {read_check:.0f} | {own:.1f} | {own / read_check:.1%} |")


if __name__ == "__main__":
    main()
