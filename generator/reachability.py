"""Whether a condition can ever hold, decided by the checklist engine itself.

``never_holds(condition, facts)`` tries every combination of answers to the
questions with a short list of possible answers that the condition reads
(directly, or through a derived fact: ``r408_required`` reads the specialty
and its option…), a birth date the age bands are read from on each side of
the birthdays that change them (``_birth_dates``), leaving every other
question unanswered, and asks the engine (``generator.checklist.engine``)
for each. The engine's three-valued logic makes this sound: if the condition
is False for every combination, it is False whatever the other answers (other
dates, departments) would be. When there are too many combinations, the
answer is « can hold » (nothing is dropped).

The merge uses it to leave out a national document that a notice item always
covers (it would never apply); ``validate`` uses it to report a document rule
no situation can trigger, or one every situation triggers while written as
conditional.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json

from .checklist import engine
from .model.conditions import Condition

MAX_COMBINATIONS = 20000
_ALWAYS = Condition.always()


def question_json(qid: str, question) -> dict:
    """A question of content/questions.yaml as the engine reads it (also the ruleset's form)."""
    return {
        "id": qid,
        "label": question.label,
        "kind": question.kind,
        "help": question.help,
        "choices": [[cid, label] for cid, label in question.choices.items()],
        "asked_when": question.asked_when.to_json(),
        "derived_from": list(question.derived_from),
        # a derived fact's words, as a reason says it (« votre spécialité figure sur la liste R408 de la notice »)
        "phrases": dict(question.phrases) if question.kind == "derived" else {},
        # and the words of several of its choices a condition asks together (« vous avez de 18 à 25 ans … »)
        "phrases_together": [{"choices": list(p.choices), "words": p.words} for p in question.phrases_together] if question.kind == "derived" else [],
        "order": question.order,
        # the answer another answer gives (« yes » to « Avez-vous déjà présenté ce BTS ? » for a repeater, who is not
        # asked it): the engine reads the question « yes » when it holds (engine: Questions answered by another answer)
        **({"yes_when": question.yes_when.to_json()} if question.yes_when is not None else {}),
    }


def specialty_json(specialty) -> dict:
    """A specialty as the ruleset holds it (the engine's facts, the form's options: compile.compile_ruleset)."""
    return {"name": specialty.name, "abbreviation": specialty.abbreviation, "options": dict(specialty.options),
            "former_names": list(specialty.former_names)}


def facts(questions: dict, specialties: dict, r408: list, r408_notice: list, departments: list[str], age_reference: str | None, window: list) -> dict:
    """The part of a ruleset the engine needs to evaluate conditions (questions and derived facts)."""
    return {
        "questions": sorted((question_json(qid, q) for qid, q in questions.items()), key=lambda q: (q["order"], q["id"])),
        "specialties": {sid: specialty_json(s) for sid, s in specialties.items()},
        "r408": r408,
        "r408_notice": r408_notice,
        "academy": {"departments": departments},
        "session": {"age_reference_date": age_reference, "registration_window": window},
    }


def _domains(condition_json, ruleset: dict) -> dict[str, list[str]] | None:
    """The questions to try and their answers (None when one is open-ended and decisive)."""
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
        elif kind == "date" and (births := _birth_dates(qid, questions, ruleset["session"])):
            domains[qid] = births
        # other dates and departments stay unanswered: the engine treats them as unknown
    return domains


def _birth_dates(qid: str, questions: dict, session: dict) -> list[str]:
    """Birth dates that give every value the facts derived from the date ``qid`` (``engine.BIRTH_FACTS``: the age
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


# The questions the engine reads by itself, not through a rule's condition (its docstring: Standing, Contacts, Exam
# adjustments, the R408 annexes), and the outputs too (checklist.js fills a form's link with the specialty and the
# route): a ruleset keeps those of them ``engine_questions`` says it reads (all but the route, the option and the
# exam-adjustment request, which it
# keeps only where something reads them), even where no rule reads them; tests/checklist/test_questions_read.py checks
# every question the engine, the renderers and the page's script read by name is here (or a derived fact's source), and
# that a question left out changes no answer (the engine reads a question the ruleset does not have as not asked).
ENGINE_QUESTIONS = ("situation", "route", "in_academy", "specialty", "option", "disability", "exam_adjustment")


def engine_questions(ruleset: dict) -> list[str]:
    """The questions of ``ENGINE_QUESTIONS`` the engine or the outputs read for this ruleset: all of them but the route,
    read only where a category of the notice's ``who`` names routes that decide it (two routes of the question lead
    to different categories: engine, Standing) or a piece has a form (its link
    carries the route: checklist.js formLink), and the option, read only where an entry names one: of the R408 lists,
    of a piece's R408 annexes or of the table of specialty contacts (Aix-Marseille 2023: neither, no rule reads them),
    and the exam-adjustment request, read only where the session says how to request adjustments (engine: Exam
    adjustments; a notice that does not say how has no procedure for it to choose, so the page never asked it while
    the command line listed it and used its « no »: read55 L1, Nantes 2026)."""
    found = [q for q in ENGINE_QUESTIONS if q not in ("route", "option", "exam_adjustment")]
    if ruleset.get("exam_adjustment") is not None:
        found.append("exam_adjustment")
    if _route_decides_a_category(ruleset) or ruleset.get("forms"):
        found.append("route")
    entries = [*ruleset.get("r408", ()), *ruleset.get("r408_notice", ()), *(a for d in ruleset["documents"] for a in d.get("r408_annexes", ())),
               *(r for g in ruleset.get("contacts", {}).get("specialty_groups", ()) for r in g["specialties"])]
    if any(entry[1] is not None for entry in entries):
        found.append("option")
    return found


def _route_decides_a_category(ruleset: dict) -> bool:
    """True when, for some situation, the notice's ``who`` categories naming routes send two routes the question offers
    to different categories (engine: _category, which does not ask the route otherwise). Clermont-Ferrand 2024's one
    category naming routes names the three of them (« scolaire, par la voie de l'apprentissage ou de la formation
    continue »): the route decides nothing there, and the page never asked it while the command line listed it
    (review66 L5)."""
    routes = [value for q in ruleset["questions"] if q["id"] == "route" for value, _ in q["choices"]]
    for situation in {c["situation"] for c in ruleset.get("who", ()) if c["routes"]}:
        categories = [c for c in ruleset["who"] if c["situation"] == situation]
        outcomes = [engine._by_route(categories, value)[:1] for value in routes]
        if not routes or any(outcome != outcomes[0] for outcome in outcomes):
            return True
    return False


def questions_read(ruleset: dict) -> set[str]:
    """Every question the checklist of ``ruleset`` may ask or read: those the conditions of its documents (their
    ``when``, and the ``unwaived_when`` that says whether a notice item asks for it without exemption), steps,
    warnings (each part of one too) and contradictions test, those the engine and the outputs read by themselves (``engine_questions``), and, for each, the
    questions it is derived from (``derived_from``) and those that decide whether it is asked (``asked_when``). A
    question out of this set changes nothing in that checklist's answer: ``compile.compile_ruleset`` leaves it out
    of the session's ruleset, so that the page, the command line and the engine never ask it (Aix-Marseille 2023's
    R408 exemption for disabled workers, which no rule of its session reads: walk 42 L2)."""
    questions = {q["id"]: q for q in ruleset["questions"]}
    conditions = [item["when"] for part in ("documents", "steps", "warnings", "contradictions") for item in ruleset[part]]
    conditions += [doc["unwaived_when"] for doc in ruleset["documents"] if doc.get("unwaived_when") is not None]
    # a warning's parts, each its own condition (engine: _warning_parts): compile makes the warning's ``when`` the
    # ``any`` of theirs, which this does not rely on
    conditions += [part["when"] for warning in ruleset["warnings"] for part in warning.get("parts") or ()]
    pending = [*engine_questions(ruleset), *(qid for condition in conditions for qid in engine._condition_questions(condition))]
    found: set[str] = set()
    while pending:
        qid = pending.pop()
        if qid in found or qid not in questions:
            continue
        found.add(qid)
        pending += questions[qid]["derived_from"]
        pending += engine._condition_questions(questions[qid]["asked_when"])
        if questions[qid].get("yes_when") is not None:  # (the answer that gives its « yes »: engine, yes_when)
            pending += engine._condition_questions(questions[qid]["yes_when"])
    return found


def _tests(condition_json, found: dict[str, list]) -> dict[str, list]:
    """The lists of values ``condition_json`` tests, by question (into ``found``)."""
    if condition_json[0] == "test":
        found.setdefault(condition_json[1], []).append(condition_json[2])
    else:
        for child in condition_json[1]:
            _tests(child, found)
    return found


def _representatives(domains: dict[str, list[str]], condition_json, ruleset: dict, classes: dict | None = None) -> dict[str, list[str]]:
    """``domains`` with, for the specialty and a birth date, one answer of each class of answers the engine cannot tell
    apart (the first, in the domain's order): nothing ``engine._State`` and ``engine._normalise`` read of such an answer
    differs within a class, so a combination with another answer of its class keeps the same answers but for that one
    and is answered alike (speed56: 66 specialties tried where a dozen kinds of specialty decide). What they read: the
    tests on the question (of the condition, and of every question's ``asked_when`` and ``yes_when``, the only
    conditions the engine evaluates here), whether the answer is « yes » (a ``yes_when``'s answer), and for a
    specialty its options (whether it has any: the option's question; which: an option's answer kept or dropped) and its
    entries in the two R408 lists (``r408_required``, ``r408_listed``); for the birth date, the facts derived from it
    (``engine.BIRTH_FACTS``: the age bands). tests/checklist/test_never_holds_same.py checks the answers against the
    code that tried every answer. ``classes``: the ruleset's memo of all but the condition's own tests (``Memo``)."""
    if not any(name in _CLASSED for name in domains):
        return domains
    if classes is None:
        classes = {}
    tests = _tests(condition_json, {})
    out = dict(domains)
    for name in _CLASSED:
        if name not in domains:
            continue
        seen: dict[tuple, str] = {}
        for value in domains[name]:
            base = classes.get((name, value))
            if base is None:
                base = classes[name, value] = _class_of(name, value, ruleset, classes)
            seen.setdefault((*base, *(value in values for values in tests.get(name, ()))), value)
        out[name] = list(seen.values())
    return out


_CLASSED = ("specialty", "birth_date")


def _class_of(name: str, value: str, ruleset: dict, classes: dict) -> tuple:
    """What the engine reads of the answer ``value`` to ``name`` (see ``_representatives``) but the condition's own
    tests: the same for every condition on ``ruleset`` (``classes``: its memo, which also keeps the tests of its
    questions' ``asked_when`` and ``yes_when``)."""
    tests = classes.get("tests")
    if tests is None:
        tests = classes["tests"] = {}
        for question in ruleset["questions"]:
            _tests(question["asked_when"], tests)
            if question.get("yes_when") is not None:
                _tests(question["yes_when"], tests)
    key = (value == "yes", *(value in values for values in tests.get(name, ())))
    if name == "specialty":
        entry = ruleset["specialties"][value]
        return (*key, tuple(sorted(entry["options"])),
                *(tuple(e[1] for e in ruleset[lst] if e[0] == value) for lst in ("r408", "r408_notice")))
    session = ruleset["session"]
    return (*key, *(engine.birth_fact(fact, engine.parse_date(value), session) for fact in engine.BIRTH_FACTS
                    if engine.birth_fact_dates(fact, session) is not None))


class Memo:
    """What ``never_holds`` worked out for the rulesets of one run (the rules' coverage of a validate or a build, one
    notice's merge), for its caller to pass to every call of that run and drop with it: each ruleset's question map,
    the answers normalised for each combination tried (the same for every condition that reads the same questions),
    each condition's answer, by the condition's JSON text, and what sorts its specialties and birth dates in classes
    (``_representatives``). Keyed by the ruleset's identity, each entry keeping its
    ruleset (an id is never reused while the memo lives), so the rulesets must not change while it is in use (none
    does: compiled, then only read). Not a global cache: nothing outlives the caller's run (perf55 H1)."""

    def __init__(self):
        self._rulesets: dict[int, tuple] = {}

    def of(self, ruleset: dict) -> tuple:
        entry = self._rulesets.get(id(ruleset))
        if entry is None or entry[0] is not ruleset:
            entry = self._rulesets[id(ruleset)] = (ruleset, engine._questions(ruleset), {}, {}, {})
        return entry


def never_holds(condition: Condition, ruleset: dict, memo: Memo | None = None) -> bool:
    """True when no situation makes ``condition`` hold (see the module docstring). ``memo``: the run's ``Memo``, if
    any (the same answers, worked out once)."""
    if condition == _ALWAYS:
        return False
    condition_json = condition.to_json()
    _, questions, answers, normalised, classes = (memo or Memo()).of(ruleset)
    key = json.dumps(condition_json)
    if key not in answers:
        answers[key] = _never_holds(condition_json, ruleset, questions, normalised, classes)
    return answers[key]


def _never_holds(condition_json, ruleset: dict, questions: dict, normalised: dict, classes: dict) -> bool:
    # (questions: the engine's map, built once, not once per combination; normalised: the answers engine._normalise
    # keeps of each combination (and them as a key), by the combination, which depend on nothing else: perf55 H1)
    domains = _domains(condition_json, ruleset)
    names = sorted(domains)
    total = 1
    for name in names:
        total *= len(domains[name])
        if total > MAX_COMBINATIONS:
            return False
    domains = _representatives(domains, condition_json, ruleset, classes)
    tried = set()  # (the answers kept, as a key: many combinations keep the same ones, the engine answers them alike)
    for values in itertools.product(*[domains[name] for name in names]):
        combination = tuple(zip(names, values))
        kept = normalised.get(combination)
        if kept is None:
            answers = engine._normalise(ruleset, dict(combination), questions)[0]
            kept = normalised[combination] = (answers, tuple(sorted(answers.items())))
        if kept[1] in tried:
            continue
        tried.add(kept[1])
        if engine._State(ruleset, kept[0], questions).evaluate(condition_json)[0] is not False:
            return False
    return True
