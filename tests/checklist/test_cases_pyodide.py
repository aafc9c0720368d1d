"""The same engine file in Pyodide (Node, node_modules/pyodide) gives the same results as CPython.

One Pyodide boot for the whole module: the cases of tests/checklist/cases/ and
a seeded random differential test over every academy run in a single Node process.
Needs `node`; node_modules is installed by `npm ci` (scripts/test.sh).
"""

from __future__ import annotations

import os

import pytest

from checklist_support import load_cases, load_rulesets, node_missing_reason, random_situations, run_cpython, run_pyodide, summary, variant_ruleset



@pytest.fixture(scope="module", autouse=True)
def _node_available():
    """Skip without Node.js, except under CI=true: there a missing node fails."""
    reason = node_missing_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)

RANDOM_COUNT = 1200
SEED = 20240415


@pytest.fixture(scope="module")
def runs():
    rulesets, _ = load_rulesets()
    cases = [c for c in load_cases() if c["key"] in rulesets]
    # The made-up variant (step conditions, no exam office, late deposit) is drawn too.
    rulesets.update(variant_ruleset(rulesets))
    case_jobs = [(c["key"], c["answers"]) for c in cases]
    random_jobs = random_situations(rulesets, RANDOM_COUNT, SEED)
    version, results = run_pyodide(rulesets, case_jobs + random_jobs)
    return {
        "version": version,
        "rulesets": rulesets,
        "cases": cases,
        "case_jobs": case_jobs,
        "random_jobs": random_jobs,
        "pyodide_cases": results[: len(case_jobs)],
        "pyodide_random": results[len(case_jobs):],
    }


def test_runs_in_pyodide_python(runs):
    # Pyodide 314.x ships Python 3.14: the engine runs on a newer Python than the build.
    assert runs["version"].startswith("3.")
    assert len(runs["pyodide_random"]) == RANDOM_COUNT


def test_cases_identical_in_pyodide(runs):
    assert runs["cases"], "no case to run"
    cpython = run_cpython(runs["rulesets"], runs["case_jobs"])
    for case, mine, theirs in zip(runs["cases"], cpython, runs["pyodide_cases"]):
        assert theirs == mine, f"{case['file']}:{case['name']} differs between CPython and Pyodide"
        assert summary(theirs) == summary(mine)


def test_random_situations_identical_in_pyodide(runs):
    cpython = run_cpython(runs["rulesets"], runs["random_jobs"])
    keys = {key for key, _ in runs["random_jobs"]}
    assert keys == set(runs["rulesets"]), "every academy session is drawn"
    differences = [i for i, (a, b) in enumerate(zip(cpython, runs["pyodide_random"])) if a != b]
    assert not differences, f"{len(differences)} situations differ, first: {runs['random_jobs'][differences[0]]}"
    # The draw is not degenerate: documents apply, stay undecided, answers get dropped.
    assert sum(1 for r in cpython if r["documents"]) > RANDOM_COUNT // 2
    assert sum(1 for r in cpython if r["undecided"]) > 10
    assert sum(1 for r in cpython if r["dropped"]) > 10
    assert sum(1 for r in cpython if r["warnings"]) > 10
    assert sum(1 for r in cpython if r["exam_adjustment"]) > 10
    assert sum(1 for r in cpython if r["undecided_steps"]) > 10
    assert sum(1 for r in cpython if r["contacts"][0]["office"] is None) > 10
