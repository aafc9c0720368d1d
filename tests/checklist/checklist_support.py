"""Shared helpers of the checklist tests: rulesets of the academies, cases, both Python runtimes.

Rulesets are compiled from a data folder: the frozen project (tests/fixtures/project/) for the
hand-written cases and anything that expects specific content, the real data for properties
(CPython == Pyodide on random situations, page == checklist).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml

from generator.checklist import engine, stdlib
from generator.checklist.compile import compile_ruleset
from generator.merge import build_notice
from generator.pipeline import load_and_check
from project_support import FROZEN, REPO, remembered

ROOT = REPO
CASES = Path(__file__).resolve().parent / "cases"
RUNNER = Path(__file__).resolve().parent / "run_pyodide.mjs"
ENGINE = ROOT / "generator" / "checklist" / "engine.py"
EXPECTED_KEYS = ("documents", "deadlines", "questions", "warnings")


def load_rulesets(data: Path = FROZEN) -> tuple[dict[str, dict], dict[str, str]]:
    """Rulesets of every academy folder of ``data`` that validates (key ``slug/year``), and the problems of the others.
    Computed once per test process and state of the data (project_support.remembered), a copy for each caller."""
    return remembered("rulesets", data, lambda: _compiled_rulesets(data))


def _compiled_rulesets(data: Path) -> tuple[dict[str, dict], dict[str, str]]:
    rulesets: dict[str, dict] = {}
    broken: dict[str, str] = {}
    for folder in sorted(p for p in (data / "academies").iterdir() if p.is_dir()):
        project, problems = load_and_check(data, [folder])
        if problems:
            broken[folder.name] = problems.report()
            continue
        academy = project.academies[folder.name]
        for year in sorted(academy.sessions):
            notice = build_notice(project.content, academy, year)
            rulesets[f"{folder.name}/{year}"] = compile_ruleset(notice, project.content.checklist)
    return rulesets, broken


VARIANT_KEY = "variant/toulouse-2024"
LATE_WORDS = "peut être déposée ultérieurement"


def variant_ruleset(rulesets: dict[str, dict]) -> dict[str, dict]:
    """A made-up variant of the frozen Toulouse 2024 exercising what the seed notices do not use.

    Step 2 only for repeaters, step 3 unless the candidate is foreign (an undecided
    step makes its questions needed), the exam office without any contact (None)
    and a first document that may be deposited late (``late_deposit``).
    Empty when Toulouse 2024 does not validate.
    """
    import copy

    base = rulesets.get("toulouse/2024")
    if base is None:
        return {}
    variant = copy.deepcopy(base)
    variant["academy"]["slug"] = "variant"
    variant["steps"][1]["when"] = ["test", "situation", ["repeater"]]
    variant["steps"][2]["when"] = ["not", [["test", "nationality", ["foreign"]]]]
    variant["steps"][2]["deadline"] = "processing"  # a date no document uses: listed only with the step
    variant["contacts"]["exam_office"] = None
    variant["documents"][0]["late_deposit"] = LATE_WORDS
    return {VARIANT_KEY: variant}


def load_unreachable() -> dict[str, dict[str, str]]:
    """``slug/year`` → the documents no case can list, with why (``unreachable:`` of a case file)."""
    found = {}
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[f"{data['academy']}/{data['session']}"] = data.get("unreachable") or {}
    return found


def load_cases() -> list[dict]:
    """Every case of tests/checklist/cases/*.yaml, with its file, academy and session."""
    cases = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["cases"]):
            for key, value in case["answers"].items():
                if not isinstance(value, str):
                    raise AssertionError(f"{path.name} case {case['name']!r}: answer {key} must be a quoted string, got {value!r}")
            cases.append({"file": path.name, "index": i, "key": f"{data['academy']}/{data['session']}", **case})
    return cases


def summary(result: dict) -> dict:
    """What a case states: sets of ids (questions keep their order)."""
    return {
        "documents": sorted(d["id"] for d in result["documents"]),
        "deadlines": sorted(d["id"] for d in result["deadlines"]),
        "questions": list(result["questions"]),
        "warnings": sorted(w["id"] for w in result["warnings"]),
    }


def run_cpython(rulesets: dict[str, dict], jobs: list[tuple[str, dict]]) -> list[dict]:
    """Results in CPython, through JSON like Pyodide's (same types)."""
    return [json.loads(json.dumps(engine.evaluate(rulesets[key], answers), ensure_ascii=False, sort_keys=True)) for key, answers in jobs]


def node_missing_reason() -> str | None:
    if shutil.which("node") is None:
        return "node absent : les tests Pyodide ont besoin de Node.js (apt-get install nodejs, version 20 ou plus)"
    return None


def require_node() -> None:
    """Skip without Node.js, except under CI=true: there a missing node fails."""
    reason = node_missing_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)


def run_pyodide(rulesets: dict[str, dict], jobs: list[tuple[str, dict]], full_stdlib: bool = False) -> tuple[str, list[dict]]:
    """All jobs in one Pyodide boot, with the standard library the checklist's worker gives Pyodide
    (generator/checklist/stdlib.py; ``full_stdlib``: Pyodide's own); returns (Python version inside
    Pyodide, results)."""
    output = pyodide_output(rulesets, jobs, full_stdlib)
    return output["python"], output["results"]


def pyodide_output(rulesets: dict[str, dict], jobs: list[tuple[str, dict]], full_stdlib: bool = False) -> dict:
    """The runner's whole output (run_pyodide.mjs): python, json_module, results."""
    if not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").exists():
        raise AssertionError("node_modules/pyodide absent : lancer `npm ci` à la racine (scripts/test.sh le fait)")
    library = [] if full_stdlib else [str(stdlib.built(ROOT))]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "input.json"
        data.write_text(json.dumps({"rulesets": rulesets, "jobs": jobs}, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(["node", str(RUNNER), str(ENGINE), str(data), *library], capture_output=True, text=True, timeout=300, cwd=ROOT)
    if done.returncode != 0:
        raise AssertionError(f"Pyodide runner failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)


def random_situations(rulesets: dict[str, dict], count: int, seed: int) -> list[tuple[str, dict]]:
    """``count`` random (partial) situations spread over every ruleset, reproducible from ``seed``.

    Answers are drawn over every question, including ones that will be dropped
    (asked_when false), a few invalid values, and birth dates near the age
    boundaries of each session's reference date. One draw in ten answers every
    question with a valid value (the lists that are complete need every needed
    answer; a question skipped in three draws of ten leaves few of them).
    """
    rng = random.Random(seed)
    keys = sorted(rulesets)
    jobs = []
    for n in range(count):
        key = keys[n % len(keys)]
        ruleset = rulesets[key]
        answers: dict[str, str] = {}
        whole = n % 10 == 9
        for question in ruleset["questions"]:
            kind = question["kind"]
            if kind == "derived" or (not whole and rng.random() < 0.3):
                continue
            if not whole and rng.random() < 0.02:
                answers[question["id"]] = rng.choice(["", "zz", "99", "2023-02-30"])
                continue
            if kind == "choice":
                answers[question["id"]] = rng.choice(question["choices"])[0]
            elif kind == "department":
                # another academy's department in one draw of five: nothing of the notice is listed then (engine:
                # standing « outside_academy »), the other draws test the lists
                others = [c for c in ("75", "2A", "974", "13", "31", "44", "63") if c not in ruleset["academy"]["departments"]]
                answers[question["id"]] = rng.choice(others if rng.random() < 0.2 else ruleset["academy"]["departments"])
            elif kind == "specialty":
                pool = sorted(ruleset["specialties"])
                preferred = [e[0] for e in ruleset["r408"]] + [r[0] for g in ruleset["contacts"]["specialty_groups"] for r in g["specialties"]]
                preferred += [s for s in pool if ruleset["specialties"][s]["options"]]
                answers[question["id"]] = rng.choice(preferred if preferred and rng.random() < 0.7 else pool)
            elif kind == "option":
                spec = answers.get("specialty")
                options = sorted(ruleset["specialties"][spec]["options"]) if spec in ruleset["specialties"] else []
                answers[question["id"]] = rng.choice(options or ["A", "B", "C"])
            elif kind == "date":
                reference = ruleset["session"]["age_reference_date"] or f"{ruleset['session']['year'] - 1}-11-15"
                year, month, day = (int(x) for x in reference.split("-"))
                if rng.random() < 0.1:
                    answers[question["id"]] = rng.choice(["2004-02-29", "2005-02-28", "2005-03-01", "1999-02-28", "2000-02-29"])
                elif rng.random() < 0.5:
                    # Near a boundary: the 18th or 25th birthday, give or take a day.
                    years = rng.choice([18, 25])
                    base = engine.birthday_in(year - years, engine.parse_date(reference))
                    import datetime as dt

                    answers[question["id"]] = (base + dt.timedelta(days=rng.choice([-1, 0, 1]))).isoformat()
                else:
                    answers[question["id"]] = f"{rng.randint(1950, year):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            else:
                raise AssertionError(f"question kind {kind!r} not drawn")
        jobs.append((key, answers))
    return jobs


def can_hold(ruleset: dict, condition, fixed: dict | None = None) -> bool:
    """``condition`` holds (or is unknown) for some answers of the ruleset's choices (each question of the condition
    through all its values, the ``fixed`` ones only theirs): the engine's own evaluation, by brute force."""
    from generator.reachability import _domains

    domains = {**_domains(condition, ruleset), **{q: [v] for q, v in (fixed or {}).items()}}
    names = list(domains)
    for values in itertools.product(*(domains[n] for n in names)):
        state = engine._State(ruleset, engine.normalise(ruleset, dict(zip(names, values))))
        if state.evaluate(condition)[0] is not False:
            return True
    return False


def view_strings(value):
    """Every string of a view model (its dataclasses, tuples, lists, dicts' values, optional parts), depth first."""
    import dataclasses

    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from view_strings(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from view_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from view_strings(item)
