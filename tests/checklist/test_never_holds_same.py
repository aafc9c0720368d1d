"""``reachability.never_holds`` gives the same answers as the code of stop 54 (main at 967a10a2), kept here as the
reference, for every condition it is asked about while the real data and the frozen project are validated and their
notices merged (the rules' coverage: rule_coverage; the national documents a notice item covers, and the detail cases:
merge._documents). The speed brief of stop 55 made it build the engine's question map once, not once per combination
of answers, and remember its answers within one run (perf55 H1): the answers must not change."""

from __future__ import annotations

import itertools

import pytest

from generator import merge, reachability, rule_coverage
from generator.checklist import engine
from project_support import FROZEN, REAL


def _never_holds_reference(condition, ruleset):
    """reachability.never_holds as it was at 967a10a2."""
    if condition == reachability._ALWAYS:
        return False
    condition_json = condition.to_json()
    domains = reachability._domains(condition_json, ruleset)
    names = list(domains)
    total = 1
    for name in names:
        total *= len(domains[name])
        if total > reachability.MAX_COMBINATIONS:
            return False
    for values in itertools.product(*[domains[name] for name in names]):
        kept = engine.normalise(ruleset, dict(zip(names, values)))
        if engine._State(ruleset, kept).evaluate(condition_json)[0] is not False:
            return False
    return True


@pytest.mark.parametrize("data", [FROZEN, REAL], ids=["frozen", "real"])
def test_never_holds_as_before(data, monkeypatch):
    calls = []

    def recording(condition, ruleset, memo=None):
        answer = reachability.never_holds(condition, ruleset, memo)
        calls.append((condition, ruleset, answer))
        return answer

    monkeypatch.setattr(rule_coverage, "never_holds", recording)
    monkeypatch.setattr(merge, "never_holds", recording)
    from generator.pipeline import load_and_check

    project, problems = load_and_check(data)
    assert not problems, problems.report()
    merge.build_notices(project)
    assert any(answer for *_, answer in calls) and not all(answer for *_, answer in calls)
    assert len({id(ruleset) for _, ruleset, _ in calls}) > 5  # the rules' coverage's rulesets and the merge's facts
    wrong = [(condition.to_json(), answer) for condition, ruleset, answer in calls
             if answer != _never_holds_reference(condition, ruleset)]
    assert not wrong, f"{len(wrong)} of {len(calls)} answers changed, first: {wrong[:3]}"
