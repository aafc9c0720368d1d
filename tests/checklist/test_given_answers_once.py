"""The command line's answers given all at once (engine.evaluate_given, unasked_answers): what the code of stop 54
returned, on every session of the frozen project, for the answers of every hand-written case (tests/checklist/cases/,
each given to every session: another session's answers are those a candidate reuses, with answers it does not ask) and
for random situations. The perf brief of stop 55 made it evaluate the ruleset fewer times; the reference below is that
stop's code, kept here as it was (engine.py, ``_unasked`` and ``evaluate_given`` at 967a10a2), to say the results did
not change: the same answers kept, the same ones said ignored in the form's order, the same list."""

from __future__ import annotations

import json

import pytest

from checklist_support import load_cases, load_rulesets, random_situations
from generator.checklist import engine
from project_support import FROZEN

RULESETS, _ = load_rulesets(FROZEN)
CASES = load_cases()


def _unasked_reference(ruleset, answers):
    given = dict(engine._normalise(ruleset, answers)[0])
    questions = engine._questions(ruleset)
    pending = sorted(given, key=lambda q: (questions[q]["order"], q))
    kept = {}
    while pending:
        result = engine.evaluate(ruleset, kept)
        needed = set(result["questions"])
        taken = next((q for q in pending if q in needed), None)
        if taken is None:
            listed = engine._listed(result)
            taken = next((q for q in pending if engine._listed(engine.evaluate(ruleset, {**kept, q: given[q]})) != listed), None)
            if taken is None:
                break
        kept[taken] = given[taken]
        pending.remove(taken)
    return kept, pending


def _evaluate_given_reference(ruleset, answers):
    kept = _unasked_reference(ruleset, answers)[0]
    result = engine.evaluate(ruleset, kept)
    result["problems"] = engine.check_answers(ruleset, answers)
    questions = engine._questions(ruleset)
    result["dropped"] = sorted(set(answers) - set(result["answers"]),
                               key=lambda q: (q not in questions, questions[q]["order"] if q in questions else 0, q))
    return result


def _jobs():
    jobs = [(key, case["answers"]) for key in sorted(RULESETS) for case in CASES]
    jobs += [(key, {**case["answers"], "aaa_unknown": "yes", "in_academy": "yes"}) for key in sorted(RULESETS) for case in CASES[::7]]
    return jobs + random_situations(RULESETS, 400, 20261205)


@pytest.mark.parametrize("chunk", range(4))
def test_answers_given_at_once_give_what_they_gave_before(chunk):
    seen = {"ignored": 0, "all kept": 0}
    for key, answers in _jobs()[chunk::4]:
        ruleset = RULESETS[key]
        expected = _evaluate_given_reference(ruleset, answers)
        got = engine.evaluate_given(ruleset, answers)
        # (through JSON, as the command line's --json prints it: the same text, key for key)
        assert json.dumps(got, ensure_ascii=False, sort_keys=True) == json.dumps(expected, ensure_ascii=False, sort_keys=True), (key, answers)
        unasked = engine.unasked_answers(ruleset, answers)
        assert unasked == sorted(_unasked_reference(ruleset, answers)[1]), (key, answers)
        seen["ignored" if unasked else "all kept"] += 1
    assert all(seen.values()), seen  # (both kinds reached in every chunk)
