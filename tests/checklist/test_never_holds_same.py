"""``reachability.never_holds`` gives the same answers as the code of stop 54 (main at 967a10a2), kept here as the
reference, for every condition it is asked about while the real data and the frozen project are validated and their
notices merged (the rules' coverage: rule_coverage; the national documents a notice item covers, and the detail cases:
merge._documents). The speed brief of stop 55 made it build the engine's question map once, not once per combination
of answers, and remember its answers within one run (perf55 H1); stop 56's tries one specialty and one birth date of
each class the engine cannot tell apart (reachability._representatives, speed56): the answers must not change. The
reference keeps its own copy of the answers it tries (``_domains_reference``: 967a10a2's ``reachability._domains``),
so that nothing of the code under test decides them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from generator import merge, reachability, rule_coverage
from generator.checklist import engine
from generator.model.conditions import Condition
from project_support import FROZEN, REAL


def _domains_reference(condition_json, ruleset: dict) -> dict[str, list[str]] | None:
    """The questions to try and their answers: reachability._domains as it was at 967a10a2."""
    questions = {q["id"]: q for q in ruleset["questions"]}
    wanted: list[str] = []

    def visit(node):
        if node[0] == "test":
            add(node[1])
        else:
            for child in node[1]:
                visit(child)

    def add(qid: str):
        question = questions.get(qid)
        if question is None or qid in wanted:
            return
        if question["kind"] == "derived":
            for source in question["derived_from"]:
                add(source)
            return
        wanted.append(qid)
        visit(question["asked_when"])
        if question.get("yes_when") is not None:  # (the answer that gives its « yes »)
            visit(question["yes_when"])

    visit(condition_json)
    domains = {}
    for qid in wanted:
        kind = questions[qid]["kind"]
        if kind == "choice":
            domains[qid] = [c[0] for c in questions[qid]["choices"]]
        elif kind == "specialty":
            domains[qid] = sorted(ruleset["specialties"])
        elif kind == "option":
            domains[qid] = sorted({letter for s in ruleset["specialties"].values() for letter in s["options"]})
        elif kind == "date" and (births := _birth_dates_reference(qid, questions, ruleset["session"])):
            domains[qid] = births
        # other dates and departments stay unanswered: the engine treats them as unknown
    return domains


def _birth_dates_reference(qid: str, questions: dict, session: dict) -> list[str]:
    """(reachability._birth_dates as it was at 967a10a2.) Birth dates that give every value the facts derived from the date ``qid`` (``engine.BIRTH_FACTS``: the age
    bands) can take together for the session's dates: each 18th and 25th birthday falling on one of those dates, the
    day before and the day after, and a birth date well before and well after them (between two such days, the
    facts do not change). Unanswered, the date would leave « under 25 and not (under 25) » unknown, never False: a
    national JDC document a notice item covers with the same ages would not be left out (a staff walk, stop 33)."""
    days = set()
    for fact in engine.BIRTH_FACTS:
        question = questions.get(fact)
        if question is None or question["derived_from"] != [qid]:
            continue
        for day in engine.birth_fact_dates(fact, session) or ():
            days.add(day)
    out = set()
    for day in days:
        for years in (10, 18, 25, 40):
            try:
                birthday = day.replace(year=day.year - years)
            except ValueError:  # 29 February
                birthday = day.replace(year=day.year - years, day=28)
            for shift in (-1, 0, 1):
                out.add((birthday + dt.timedelta(days=shift)).isoformat())
    return sorted(out)


def _never_holds_reference(condition, ruleset):
    """reachability.never_holds as it was at 967a10a2."""
    if condition == reachability._ALWAYS:
        return False
    condition_json = condition.to_json()
    domains = _domains_reference(condition_json, ruleset)
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


def test_never_holds_as_before_for_each_specialty_option_and_age():
    """The answers the data's conditions do not tell apart (speed56: reachability._representatives tries one specialty
    of each class): a condition on each specialty, each option letter, each specialty with each of its options, the
    R408 facts and each age band, for every compiled ruleset of the frozen project (and Toulouse 2024's without its R408
    lists), answered as the reference does.
    Seen failing with the specialty's tests, or its options, left out of the classes' key (every specialty but the
    first of its class « never » chosen; an option never applicable)."""
    from generator.pipeline import load_and_check

    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    rulesets = rule_coverage.check_rule_coverage(project, problems)
    assert len(rulesets) == 5

    def test(question, *values):
        return Condition("test", question=question, values=values)

    # and one without its R408 lists, whose entries otherwise tell the specialties with options from the others
    bare = {**rulesets["toulouse", 2024], "r408": [], "r408_notice": []}
    checked = 0
    for ruleset in [*rulesets.values(), bare]:
        questions = {q["id"]: q for q in ruleset["questions"]}
        letters = sorted({letter for s in ruleset["specialties"].values() for letter in s["options"]})
        conditions = [test("specialty", sid) for sid in sorted(ruleset["specialties"])]
        conditions += [test("option", letter) for letter in letters]
        conditions += [Condition.all_of(test("specialty", sid), test("option", letter))
                       for sid, s in sorted(ruleset["specialties"].items()) for letter in letters if letter in s["options"]]
        conditions += [test(fact, value) for fact in ("r408_required", "r408_listed") for value in ("yes", "no")]
        # (an option with a fact that reads the specialty without naming it: the specialty tried, its options decide)
        conditions += [Condition.all_of(test("r408_required", "yes", "no"), test("option", letter)) for letter in letters]
        conditions += [Condition.all_of(test("r408_required", "yes"), Condition("not", children=(test("r408_listed", "yes"),)))]
        for fact in engine.BIRTH_FACTS:
            for value, _ in questions[fact]["choices"] if fact in questions else ():
                conditions.append(test(fact, value))
                conditions += [Condition.all_of(test(fact, value), test(other, choice)) for other in engine.BIRTH_FACTS if other != fact
                               and other in questions for choice, _ in questions[other]["choices"]]
        wrong = [c.to_json() for c in conditions if reachability.never_holds(c, ruleset) != _never_holds_reference(c, ruleset)]
        assert not wrong, f"{len(wrong)} of {len(conditions)} answers changed, first: {wrong[:3]}"
        checked += len(conditions)
    assert checked > 300


def test_never_holds_as_before_where_letters_or_other_questions_set_specialties_apart():
    """What sorts specialties in classes beyond the data's conditions (reachability._class_of): which option letters a
    specialty has (not only whether it has some), and the tests on it of another question's ``asked_when`` and
    ``yes_when`` (no question of content/questions.yaml has one today, so the frozen rulesets cannot tell). Three
    variants of Toulouse 2024's ruleset without its R408 lists: the first specialty with options has every letter, the
    last only the first; a question asked only of one specialty without options; a question one specialty without options answers
    « yes » (``yes_when``). Each answered as the reference does.
    Seen failing (review69) with the options' letters reduced to whether there are some in the key (the last specialty
    never tried), with the ``asked_when`` tests left out of it, and with the ``yes_when`` tests left out of it."""
    from generator.pipeline import load_and_check

    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    ruleset = rule_coverage.check_rule_coverage(project, problems)["toulouse", 2024]
    bare = {**ruleset, "r408": [], "r408_notice": []}

    def test(question, *values):
        return Condition("test", question=question, values=values)

    specialties = bare["specialties"]
    with_options = [sid for sid in sorted(specialties) if specialties[sid]["options"]]
    without = [sid for sid in sorted(specialties) if not specialties[sid]["options"]]
    letters = sorted({letter for s in specialties.values() for letter in s["options"]})
    # (the first specialty with options, the one the classes keep, with every letter; the last with its first alone: an
    # option it lacks is dropped, so unknown, for it alone)
    first, last = with_options[0], with_options[-1]
    assert first != last and len(letters) > 2 and len(without) > 2
    every = {letter: label for sid in with_options for letter, label in specialties[sid]["options"].items()}
    lettered = {**bare, "specialties": {**specialties, first: {**specialties[first], "options": every},
                                        last: {**specialties[last], "options": {letters[0]: every[letters[0]]}}}}

    def with_question(asked_when=None, yes_when=None):
        questions = []
        for question in bare["questions"]:
            if question["id"] == "engagement_etudiant":
                assert question["asked_when"] == ["all", []] and question.get("yes_when") is None
                question = {**question, **({"asked_when": asked_when.to_json()} if asked_when else {}),
                            **({"yes_when": yes_when.to_json()} if yes_when else {})}
            questions.append(question)
        return {**bare, "questions": questions}

    cases = [(lettered, Condition.all_of(test("r408_required", "yes", "no"), test("option", letters[0]), test("option", letter)))
             for letter in letters[1:]]
    cases.append((with_question(asked_when=test("specialty", without[1])), test("engagement_etudiant", "yes")))
    cases.append((with_question(yes_when=test("specialty", without[0])),
                  Condition.all_of(test("specialty", *without), Condition("not", children=(test("engagement_etudiant", "yes"),)))))
    wrong = [c.to_json() for ruleset, c in cases if reachability.never_holds(c, ruleset) != _never_holds_reference(c, ruleset)]
    assert not wrong, f"{len(wrong)} of {len(cases)} answers changed, first: {wrong[:3]}"
    assert not any(_never_holds_reference(c, ruleset) for ruleset, c in cases)  # (each can hold: a wrong « never » shows)
