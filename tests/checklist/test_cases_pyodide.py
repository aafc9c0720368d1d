"""The same engine file in Pyodide (Node, node_modules/pyodide) gives the same results as CPython.

Pyodide boots with the standard library the checklist's worker gives it (the modules it uses,
compiled: generator/checklist/stdlib.py), so every case also shows that library is enough.

One Pyodide boot for the whole module: the cases of tests/checklist/cases/ (on the frozen
project) and a seeded random differential test over every session of the real data (a
property of any valid data) and of the frozen project (where the draw is shown not to be
degenerate: documents listed, undecided, answers dropped…) run in a single Node process.
Needs `node`; node_modules is installed by `npm ci` (scripts/test.sh).
"""

from __future__ import annotations

import pytest

from checklist_support import load_cases, load_rulesets, pyodide_output, require_node, random_situations, run_cpython, summary, variant_ruleset
from project_support import FROZEN, REAL



@pytest.fixture(scope="module", autouse=True)
def _node_available():
    require_node()

RANDOM_COUNT = 1200
SEED = 20240415


REAL_PREFIX = "real:"


@pytest.fixture(scope="module")
def runs():
    frozen, _ = load_rulesets(FROZEN)
    real, _ = load_rulesets(REAL)
    cases = load_cases()
    # The made-up variant (step conditions, no exam office, late deposit) is drawn too.
    frozen.update(variant_ruleset(frozen))
    case_jobs = [(c["key"], c["answers"]) for c in cases]
    frozen_jobs = random_situations(frozen, RANDOM_COUNT, SEED)
    real_jobs = [(REAL_PREFIX + key, answers) for key, answers in random_situations(real, RANDOM_COUNT, SEED)]
    rulesets = {**frozen, **{REAL_PREFIX + key: ruleset for key, ruleset in real.items()}}
    output = pyodide_output(rulesets, case_jobs + frozen_jobs + real_jobs)
    results = output["results"]
    return {
        "version": output["python"],
        "json_module": output["json_module"],
        "rulesets": rulesets,
        "real_keys": {REAL_PREFIX + key for key in real},
        "frozen_keys": set(frozen),
        "cases": cases,
        "case_jobs": case_jobs,
        "frozen_jobs": frozen_jobs,
        "real_jobs": real_jobs,
        "pyodide_cases": results[: len(case_jobs)],
        "pyodide_frozen": results[len(case_jobs): len(case_jobs) + len(frozen_jobs)],
        "pyodide_real": results[len(case_jobs) + len(frozen_jobs):],
    }


def test_runs_in_pyodide_python(runs):
    # Pyodide 314.x ships Python 3.14: the engine runs on a newer Python than the build.
    assert runs["version"].startswith("3.")
    assert len(runs["pyodide_frozen"]) == len(runs["pyodide_real"]) == RANDOM_COUNT


def test_runs_with_the_checklists_compiled_standard_library(runs):
    # Pyodide's own zip holds sources (json/__init__.py); the checklist's, bytecode only.
    assert runs["json_module"].endswith("/json/__init__.pyc"), runs["json_module"]


def test_cases_identical_in_pyodide(runs):
    assert runs["cases"], "no case to run"
    cpython = run_cpython(runs["rulesets"], runs["case_jobs"])
    for case, mine, theirs in zip(runs["cases"], cpython, runs["pyodide_cases"]):
        assert theirs == mine, f"{case['file']}:{case['name']} differs between CPython and Pyodide"
        assert summary(theirs) == summary(mine)


def _compare(runs, jobs: str, results: str) -> tuple[list[dict], list[int]]:
    """The CPython results of ``runs[jobs]`` and the indexes where Pyodide's differ."""
    cpython = run_cpython(runs["rulesets"], runs[jobs])
    return cpython, [i for i, (a, b) in enumerate(zip(cpython, runs[results])) if a != b]


def test_random_situations_of_the_real_data_identical_in_pyodide(runs):
    """Whatever staff wrote: CPython and Pyodide agree on every session of the real data."""
    keys = {key for key, _ in runs["real_jobs"]}
    assert keys == runs["real_keys"], "every session of the real data is drawn"
    _, differences = _compare(runs, "real_jobs", "pyodide_real")
    assert not differences, f"{len(differences)} situations differ, first: {runs['real_jobs'][differences[0]]}"


def test_random_situations_of_the_frozen_project_identical_in_pyodide(runs):
    keys = {key for key, _ in runs["frozen_jobs"]}
    assert keys == runs["frozen_keys"], "every frozen session is drawn"
    cpython, differences = _compare(runs, "frozen_jobs", "pyodide_frozen")
    assert not differences, f"{len(differences)} situations differ, first: {runs['frozen_jobs'][differences[0]]}"
    # The draw is not degenerate (shown on the frozen project, the same draw on any data):
    # documents apply, stay undecided, answers get dropped, standings vary.
    assert sum(1 for r in cpython if r["documents"]) > RANDOM_COUNT // 2
    assert sum(1 for r in cpython if r["undecided"]) > 10
    assert sum(1 for r in cpython if r["dropped"]) > 10
    assert sum(1 for r in cpython if r["warnings"]) > 10
    assert sum(1 for r in cpython if r["exam_adjustment"]) > 10
    assert sum(1 for r in cpython if r["undecided_steps"]) > 10
    # every step, listed or undecided, carries its source (the notice's place, or the notice alone) in both runs:
    # the renderers say it under the step (test_step_sources.py); both places and none are drawn
    steps = [s for r in runs["pyodide_frozen"] for s in (*r["steps"], *r["undecided_steps"])]
    assert steps and all(s["provenance"]["kind"] == "notice" for s in steps), "a step without its source"
    assert {s["provenance"]["section"] is None for s in steps} == {True, False}
    assert sum(1 for r in cpython if r["contacts"] and r["contacts"][0]["office"] is None) > 10
    assert sum(1 for r in cpython if r["complete"]) > 10
    standings = {r["standing"]["kind"] if r["standing"] else None for r in cpython}
    assert {None, "concerned", "excluded", "not_listed", "outside_academy", "contradiction"} <= standings, standings
