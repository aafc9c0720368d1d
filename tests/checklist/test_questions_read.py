"""``reachability.questions_read``: the questions a session's checklist may ask, which the staff's lint compares with
the session's own words for questions (``question_words``)."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from pathlib import Path

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import _forms, checklist_view
from generator.merge import build_notice, build_notices
from generator.reachability import ENGINE_QUESTIONS, _birth_dates, questions_read
from project_support import FROZEN, REPO, valid_project


def test_every_question_the_engine_reads_by_name_is_counted():
    """The engine reads some questions itself, not through a rule (the situation, the route, the specialty…): those
    are in ``ENGINE_QUESTIONS``, or are derived facts (reported, never asked) and their sources."""
    source = Path(engine.__file__).read_text(encoding="utf-8")
    # state.value("x"), "x" in state.questions, answers["x"] / answers.get("x") (state.answers too)
    named = (set(re.findall(r'\bvalue\("(\w+)"\)', source)) | set(re.findall(r'"(\w+)" (?:not )?in state\.questions', source))
             | set(re.findall(r'\banswers(?:\[|\.get\()"(\w+)"', source)))
    assert "department" in named  # (the standing « outside_academy » reads state.answers["department"])
    # the renderers (the command line, the answer built with the page) read the department's answer by name too: a
    # question every ruleset keeps (compile_ruleset leaves out those no rule reads)
    for renderer in ("answer.py", "text.py", "cli.py", "page.py"):
        text = (Path(engine.__file__).parent / renderer).read_text(encoding="utf-8")
        named |= set(re.findall(r'answers"?\]?(?:\[|\.get\()"(\w+)"', text))
    # and the page's script: the department (its hint), the specialty and the route (a form's link fills them in)
    script = (Path(engine.__file__).parents[2] / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    by_script = set(re.findall(r"\b(?:answers|given)\.([a-z_]+)\b", script)) - {"length"}
    assert {"route", "specialty"} <= by_script
    named |= by_script
    assert {"situation", "disability", "specialty"} <= named
    questions = valid_project(FROZEN).content.questions.questions
    sources = {source for fact in engine.DERIVED for source in questions[fact].derived_from}
    assert named <= set(ENGINE_QUESTIONS) | set(engine.DERIVED) | sources, named - set(ENGINE_QUESTIONS) - set(engine.DERIVED) - sources


def test_the_questions_read_follow_the_rules_and_what_decides_them():
    """Toulouse 2024 (frozen): its positioning-decision piece reads that question, which is asked only on some
    situations (asked_when: its questions count too); the R408 list reads the specialty through a derived fact; a
    question no rule of the session reads is out."""
    project = valid_project(FROZEN)
    content = project.content
    ruleset = compile_ruleset(build_notice(content, project.academies["toulouse"], 2024), content.checklist)
    read = questions_read(ruleset)
    assert {"positioning_decision", "specialty", "situation", "department"} <= read
    assert set(content.questions.questions["positioning_decision"].asked_when.questions()) <= read
    assert "optional_exams" not in read
    for document in ruleset["documents"]:
        if document["id"] == "positioning_decision":
            document["when"] = ["all", []]
    assert "positioning_decision" not in questions_read(ruleset)


# ---------------------------------------------------------------- a question no rule reads is not asked (walk 42 L2)

def _rulesets(root) -> dict:
    project = valid_project(root)
    return {(n.slug, n.year): compile_ruleset(n, project.content.checklist) for n in build_notices(project)}


@pytest.fixture(scope="module")
def real_rulesets():
    return _rulesets(REPO)


def test_every_question_a_rule_of_a_real_session_reads_is_kept(real_rulesets):
    """Every session of the real data: each question a rule of the ruleset tests (a piece, the notice's item it replaces,
    a step, a warning and each of its parts, a contradiction), each source of a derived fact kept and each question
    whose answer decides whether a kept one is asked is itself kept (the engine would read it as not asked)."""
    for key, ruleset in real_rulesets.items():
        ids = {q["id"] for q in ruleset["questions"]}
        conditions = [item["when"] for part in ("documents", "steps", "warnings", "contradictions") for item in ruleset[part]]
        conditions += [d["unwaived_when"] for d in ruleset["documents"] if d["unwaived_when"] is not None]
        conditions += [part["when"] for w in ruleset["warnings"] for part in w.get("parts", ())]
        conditions += [q["asked_when"] for q in ruleset["questions"]]
        read = {qid for condition in conditions for qid in engine._condition_questions(condition)}
        read |= {source for q in ruleset["questions"] for source in q["derived_from"]}
        assert read <= ids, f"{key}: {sorted(read - ids)} read by a rule but left out of the ruleset"


# The answers tried for a question of each kind (a choice: each of its choices; a birth date: each side of the
# birthdays that change an age band, reachability._birth_dates), beside no answer at all.
def _domains(ruleset: dict) -> dict[str, list[str]]:
    questions = {q["id"]: q for q in ruleset["questions"]}
    departments = ruleset["academy"]["departments"]
    other = next(code for code in ("75", "13", "31", "44", "63") if code not in departments)
    domains = {}
    for qid, question in questions.items():
        kind = question["kind"]
        if kind == "choice":
            domains[qid] = [c[0] for c in question["choices"]]
        elif kind == "specialty":
            domains[qid] = sorted(ruleset["specialties"])
        elif kind == "option":
            domains[qid] = sorted({letter for s in ruleset["specialties"].values() for letter in s["options"]})
        elif kind == "date":
            domains[qid] = _birth_dates(qid, questions, ruleset["session"]) or ["1990-06-15", "2006-01-31"]
        elif kind == "department":
            domains[qid] = [departments[0], departments[-1], other, engine.ABROAD]
    return domains


def _seen(result: dict, ids: set[str]) -> dict:
    """A result as the outputs show it, but for what it says of questions a ruleset may not have: the answers, those
    dropped, the problems, the questions a form shows (``asked``) and the derived facts, each of ``ids`` only."""
    return {
        **result,
        "answers": {q: v for q, v in result["answers"].items() if q in ids},
        "dropped": [q for q in result["dropped"] if q in ids],
        "problems": [p for p in result["problems"] if p["question"] in ids],
        "asked": [q for q in result["asked"] if q in ids],
        "facts": {q: v for q, v in result["facts"].items() if q in ids},
    }


def _differences(full: dict, kept: dict, samples: int, seed: str) -> list:
    """The answer sets (``samples`` random ones, each question answered three times in four with one of its answers of
    ``_domains``, over every question of ``full``) for which the ruleset ``kept`` (``full`` with fewer questions),
    given the answers to its questions only, gives another result than ``full`` given them all: the needed questions,
    the pieces, the undecided ones and what they miss, the steps, the warnings, the dates, the standing, the contacts."""
    ids = {q["id"] for q in kept["questions"]}
    domains = _domains(full)
    rng = random.Random(seed)
    found = []
    for _ in range(samples):
        answers = {qid: rng.choice(values) for qid, values in domains.items() if values and rng.random() < 0.75}
        expected = _seen(engine.evaluate(full, answers), ids)
        got = _seen(engine.evaluate(kept, {q: v for q, v in answers.items() if q in ids}), ids)
        if got != expected:
            found.append((answers, {k for k in expected if expected[k] != got[k]}))
    return found


def _pairs(root) -> dict:
    """Each notice's ruleset, and the same with every question of the notice (compile's filter off)."""
    project = valid_project(root)
    content = project.content
    return {(n.slug, n.year): (compile_ruleset(n, content.checklist, every_question=True), compile_ruleset(n, content.checklist))
            for n in build_notices(project)}


@pytest.fixture(scope="module")
def frozen_pairs():
    return _pairs(FROZEN)


@pytest.mark.parametrize("data", ["frozen", "real"])
def test_a_question_left_out_of_a_ruleset_changes_no_answer(data, frozen_pairs):
    """Every notice, frozen and real: for many answer sets (random, every question of the notice answered or not, those
    the ruleset leaves out too), the checklist of the ruleset (questions_read's filter on) given the answers to its
    questions is the checklist of the ruleset that keeps every question of the notice given them all: a question left
    out is one whose answer changes nothing. (Without the filter, the ruleset is the same but for its questions.) Each
    frozen notice leaves some out (Nantes 2024: the route, read by nothing of its own)."""
    pairs = frozen_pairs if data == "frozen" else _pairs(REPO)
    assert len(pairs) >= 5 if data == "frozen" else pairs  # (the real data: any number of sessions, a review 44 M3)
    for key, (full, kept) in pairs.items():
        assert {**full, "questions": None} == {**kept, "questions": None}
        ids = {q["id"] for q in kept["questions"]}
        assert ids <= {q["id"] for q in full["questions"]}
        if data == "frozen":
            assert ids < {q["id"] for q in full["questions"]}, key
        found = _differences(full, kept, 500 if data == "frozen" else 200, f"{key}")
        assert not found, f"{key}: leaving out {sorted({q['id'] for q in full['questions']} - ids)} changes {sorted(found[0][1])} for {found[0][0]}"
    if data == "frozen":
        assert "route" not in {q["id"] for q in pairs[("nantes", 2024)][1]["questions"]}


def test_the_comparison_sees_a_question_left_out_that_a_rule_reads(frozen_pairs):
    """The property above can fail: a ruleset that leaves out a question one of its rules reads gives other answers for
    some of the sampled answer sets (the engine reads the missing question as not asked). Toulouse 2024: its
    positioning-decision piece, asked only on some situations; Clermont-Ferrand 2024: the benefits renounced, read only
    by one part of its topic's warning (the warning's own condition reads it too, but the parts say it)."""
    for key, qid in ((("toulouse", 2024), "positioning_decision"), (("clermont-ferrand", 2024), "renounces_benefits")):
        full, kept = frozen_pairs[key]
        assert qid in {q["id"] for q in kept["questions"]}
        without = {**kept, "questions": [q for q in kept["questions"] if q["id"] != qid]}
        assert _differences(full, without, 300, f"{key}"), f"{key}: leaving out {qid}, which a rule reads, changes nothing sampled"


def test_a_rule_reading_a_question_the_ruleset_does_not_have_reads_it_as_not_asked(frozen_pairs):
    """A hand-built case (Toulouse 2024, frozen): rules that read questions its ruleset leaves out (how many optional
    exams, the age band, a derived fact whose source, the birth date, is left out too) and an R408 list entry whose
    option question is left out: no KeyError; a test on such a question is False (a piece for « 3 » optional exams is
    not listed, one for the others is), none of them is ever needed, and an answer to it is dropped."""
    _, kept = frozen_pairs[("toulouse", 2024)]
    ids = {q["id"] for q in kept["questions"]}
    assert not {"optional_exams", "age_band", "birth_date"} & ids
    ruleset = json.loads(json.dumps(kept))
    base = ruleset["documents"][0]
    ruleset["documents"] += [
        {**base, "id": "three_exams", "when": ["test", "optional_exams", ["3"]]},
        {**base, "id": "not_three_exams", "when": ["not", [["test", "optional_exams", ["3"]]]]},
        {**base, "id": "adult", "when": ["all", [["test", "situation", ["repeater"]], ["test", "age_band", ["from_26"]]]]},
    ]
    ruleset["steps"].append({"number": 99, "title": "x", "text": "x", "deadline": None, "when": ["any", [["test", "optional_exams", ["1", "2"]]]]})
    ruleset["warnings"].append({"id": "w", "title": "w", "text": None, "when": ["all", []], "provenance": {"kind": "notice", "section": None, "texts": []},
                                "parts": [{"text": "p", "section": None, "when": ["test", "age_band", ["under_18"]]}]})
    # the option left out while the national R408 list names one of a specialty (the engine's own reads of it)
    specialty = next(s for s, item in sorted(ruleset["specialties"].items()) if item["options"] and all(e[0] != s for e in ruleset["r408"]))
    ruleset["r408"].append([specialty, sorted(ruleset["specialties"][specialty]["options"])[0], [1]])
    ruleset["questions"] = [q for q in ruleset["questions"] if q["id"] != "option"]
    for answers in ({}, {"situation": "repeater"}, {"situation": "repeater", "optional_exams": "3", "specialty": specialty, "option": "A"}):
        result = engine.evaluate(ruleset, answers)
        listed = {d["id"] for d in result["documents"]}
        undecided = {d["id"] for d in result["undecided"]}
        assert "not_three_exams" in listed and not {"three_exams", "adult"} & (listed | undecided), answers
        assert 99 not in {s["number"] for s in result["steps"] + result["undecided_steps"]}
        outside = {"optional_exams", "age_band", "birth_date", "option"}
        assert not outside & {*result["questions"], *(q for d in result["undecided"] for q in d["missing"])}, answers
        assert not outside & {*result["answers"], *result["facts"], *result["asked"]}
        assert set(answers) & outside <= set(result["dropped"])
        assert all(p["reason"] == "unknown_question" for p in result["problems"] if p["question"] in outside)
        assert next(w for w in result["warnings"] if w["id"] == "w")["parts"] == []
    assert result["facts"]["r408_required"] == "no"  # (its entry names the option, which is not asked: not listed)


def test_what_the_pages_say_of_a_session_names_only_questions_it_asks():
    """The notice pages (a piece's « Pour qui », in the guide's words and the notice's, the national exemption of an
    item, a step's, a warning's), the establishments' page (the same pieces) and the checklist's form name only
    questions the session's checklist keeps: none that its answer would not change (every real session)."""
    project = valid_project(REPO)
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, project.content.checklist)
        ids = {q["id"] for q in ruleset["questions"]}
        conditions = [c for d in notice.documents for c in (d.when, d.notice_when, d.exemption, d.unwaived_when) if c is not None]
        conditions += [s.when for s in notice.session.steps or ()]
        conditions += [w.when for w in notice.session.warnings.values() if getattr(w, "when", None) is not None]
        conditions += [s.checklist_when for t in notice.topics for s in t.statements if s.checklist_when is not None]
        named = {qid for c in conditions for qid in c.questions()}
        assert named <= ids, f"{notice.slug} {notice.year}: the pages name {sorted(named - ids)}, which its checklist never asks"
        fields = {f.id for f in checklist_view(notice, project.content.checklist).fields}
        assert fields == {q["id"] for q in ruleset["questions"] if q["kind"] != "derived"}


def test_a_question_no_rule_reads_is_left_out_of_the_ruleset():
    """Toulouse 2024 (frozen): no rule reads how many optional exams one takes, so its ruleset leaves the question out,
    and the page has no field for it; its positioning-decision piece reads that question: kept, until the piece goes
    (the ruleset compiled from a notice without it leaves it out too); a question read only through a derived fact (the
    specialty, by r408_required) or another's asked_when (r408_required, by the exemption question) is kept."""
    project = valid_project(FROZEN)
    content = project.content
    notice = build_notice(content, project.academies["toulouse"], 2024)
    ruleset = compile_ruleset(notice, content.checklist)
    ids = {q["id"] for q in ruleset["questions"]}
    assert "optional_exams" in notice.questions and "optional_exams" not in ids
    assert {"positioning_decision", "r408_waiver", "r408_required", "specialty"} <= ids
    assert "optional_exams" not in {f.id for f in checklist_view(notice, content.checklist).fields}
    # an answer to it is not one of the session's: dropped, the list unchanged
    result = engine.evaluate(ruleset, {"situation": "repeater", "optional_exams": "3"})
    assert result["dropped"] == ["optional_exams"] and result == {**engine.evaluate(ruleset, {"situation": "repeater"}), "dropped": ["optional_exams"], "problems": result["problems"]}
    without = dataclasses.replace(notice, documents=tuple(d for d in notice.documents if "positioning_decision" not in d.when.questions()))
    assert "positioning_decision" not in {q["id"] for q in compile_ruleset(without, content.checklist)["questions"]}


def test_a_condition_on_a_notice_item_asked_without_exemption_keeps_its_question():
    """A hand-built ruleset: the question the ``unwaived_when`` of a piece reads (when the notice's item it replaces is
    asked for without exemption) is read, as those of its ``when``; one nothing reads is not."""
    def question(qid, asked_when=("all", [])):
        return {"id": qid, "kind": "choice", "choices": [["yes", "Oui"], ["no", "Non"]], "asked_when": list(asked_when),
                "derived_from": [], "order": 1, "label": qid, "help": None, "phrases": {}}

    ruleset = {
        "questions": [question("a"), question("b"), question("c", ("test", "a", ["yes"])), question("d")],
        "documents": [{"id": "x", "when": ["test", "c", ["yes"]], "unwaived_when": ["test", "b", ["yes"]]}],
        "steps": [], "warnings": [], "contradictions": [],
    }
    assert {"a", "b", "c"} <= questions_read(ruleset) and "d" not in questions_read(ruleset)


def test_the_route_and_the_option_are_kept_where_the_engine_or_a_form_s_link_reads_them():
    """A hand-built ruleset: the route is kept where a category of the notice names routes or a piece has a form (its link
    carries the route), the option where an R408 entry, a piece's annexes or the contacts' table names one; else, when no
    rule reads them either, both are left out (Aix-Marseille 2023: nothing reads them)."""
    def question(qid, kind="choice", asked_when=("all", [])):
        return {"id": qid, "kind": kind, "choices": [], "asked_when": list(asked_when), "derived_from": [], "order": 1}

    base = {
        "questions": [question(q) for q in ("situation", "specialty", "disability", "exam_adjustment")] + [question("route"), question("option", "option")],
        "documents": [{"id": "x", "when": ["all", []], "unwaived_when": None, "r408_annexes": []}], "steps": [], "warnings": [], "contradictions": [],
        "who": [{"situation": "in_person", "routes": []}], "forms": [], "r408": [["bat", None, []]], "r408_notice": [],
        "contacts": {"specialty_groups": []},
    }
    assert not {"route", "option"} & questions_read(base)
    assert "route" in questions_read({**base, "who": [{"situation": "in_person", "routes": ["apprenti"]}]})
    assert "route" in questions_read({**base, "forms": ["x"]})
    assert "option" in questions_read({**base, "r408": [["ms", "B", []]]})
    assert "option" in questions_read({**base, "contacts": {"specialty_groups": [{"specialties": [["ms", "C"]]}]}})
    assert "option" in questions_read({**base, "documents": [{**base["documents"][0], "r408_annexes": [["ms", "D", [5]]]}]})
    # a rule that reads them keeps them anywhere
    assert {"route", "option"} <= questions_read({**base, "steps": [{"when": ["all", [["test", "route", ["apprenti"]], ["test", "option", ["B"]]]]}]})


def test_a_part_of_a_warning_keeps_the_questions_it_reads():
    """A hand-built ruleset: a warning whose own condition holds for everyone, made of parts (a topic's statements,
    engine: _warning_parts) each with its condition: the questions the parts read are kept, not only those of the
    warning's ``when`` (compile makes it the ``any`` of theirs; another builder need not)."""
    def question(qid):
        return {"id": qid, "kind": "choice", "choices": [["yes", "Oui"], ["no", "Non"]], "asked_when": ["all", []],
                "derived_from": [], "order": 1, "label": qid, "help": None, "phrases": {}}

    warning = {"id": "w", "when": ["all", []], "parts": [{"text": "x", "section": None, "when": ["test", "e", ["yes"]]}]}
    ruleset = {"questions": [question("e"), question("f")], "documents": [], "steps": [], "warnings": [warning], "contradictions": []}
    read = questions_read(ruleset)
    assert "e" in read and "f" not in read
    assert "e" not in questions_read({**ruleset, "warnings": [{**warning, "parts": []}]})


def test_a_form_without_a_page_keeps_no_question():
    """A piece made with a form keeps the route (the page's link to the form carries it: checklist.js formLink) only
    where the page links to it: where the form has a page (document_view.form_links, the page's own test: page._forms).
    Nantes 2024 (frozen) asks no route (nothing of its own reads it); given Toulouse 2024's benefits-refusal form for
    one of its pieces, it asks it; the same form given as text only (no parts: no page), it does not."""
    project = valid_project(FROZEN)
    content = project.content
    nantes = build_notice(content, project.academies["nantes"], 2024)
    toulouse = build_notice(content, project.academies["toulouse"], 2024)
    form = next(f for f in toulouse.session.forms if f.parts)
    piece = nantes.documents[0]

    def with_form(given_form):
        session = dataclasses.replace(nantes.session, forms=(given_form,))
        documents = (dataclasses.replace(piece, form=given_form.id), *nantes.documents[1:])
        return dataclasses.replace(nantes, session=session, documents=documents)

    assert "route" not in {q["id"] for q in compile_ruleset(nantes, content.checklist)["questions"]}
    linked = with_form(form)
    ruleset = compile_ruleset(linked, content.checklist)
    assert ruleset["forms"] == [piece.id] == sorted(_forms(linked)) and "route" in {q["id"] for q in ruleset["questions"]}
    text_only = with_form(dataclasses.replace(form, parts=(), text=form.text or "Formulaire reproduit sans ses champs."))
    ruleset = compile_ruleset(text_only, content.checklist)
    assert ruleset["forms"] == [] == sorted(_forms(text_only)) and "route" not in {q["id"] for q in ruleset["questions"]}
    # every frozen notice: the pieces the ruleset lists are those the page links to a form
    for notice in build_notices(project):
        assert compile_ruleset(notice, content.checklist)["forms"] == sorted(_forms(notice))


# ---------------------------------------------------------------- the command line asks what the page may show (read55 L1)

def _shown_by_the_page(ruleset: dict, walks: int, seed: str) -> set[str]:
    """The questions the page shows over ``walks`` candidates answering as the page lets them (checklist.js: a question
    shows while it is asked and needed, or answered): from no answer, one of the needed questions answered at a time,
    with one of its answers (a specialty with options one time in two), until none is needed."""
    domains = _domains(ruleset)
    with_options = sorted(s for s, item in ruleset["specialties"].items() if item["options"])
    rng = random.Random(seed)
    shown: set[str] = set()
    for _ in range(walks):
        answers: dict[str, str] = {}
        for _ in range(40):
            needed = engine.evaluate(ruleset, answers)["questions"]
            shown |= set(needed)
            if not needed:
                break
            qid = rng.choice(needed)
            values = with_options if qid == "specialty" and with_options and rng.random() < 0.5 else domains[qid]
            answers[qid] = rng.choice(values)
    return shown


def test_every_question_the_command_line_lists_is_one_the_page_may_show(frozen_pairs):
    """Every frozen notice: each question of the ruleset (what ``--questions`` lists and the command line reads) is
    needed for some candidate answering as the page lets them, so the page shows it to them too. Nantes 2026 does not
    say how to request exam adjustments: its request question was kept, listed and read by the command line (« Non »:
    no « Aménagement d'épreuves » section) while the page never showed it and always said the notice's silence (read55
    L1); it is left out, the engine reads an answer to it as not asked (in ``dropped``, the section unchanged) and the
    command line says it ignored, its question one this session does not ask (test_cases_cpython). Clermont-Ferrand
    2024's route: its one category naming routes names the three of them, so no route decides it (review66 L5)."""
    for key, (_, kept) in frozen_pairs.items():
        listed = {q["id"] for q in kept["questions"] if q["kind"] != "derived"}
        never = listed - _shown_by_the_page(kept, 150, f"{key}")
        assert not never, f"{key}: the command line lists {sorted(never)}, which the page never shows"
    _, clermont = frozen_pairs[("clermont-ferrand", 2024)]
    assert "route" not in {q["id"] for q in clermont["questions"]}
    # (its in-person trainees still go through their establishment, the route not asked: the category naming routes)
    standing = engine.evaluate(clermont, {"department": "63", "situation": "in_person"})["standing"]
    assert standing["kind"] == "excluded" and "apprentissage" in standing["category"]["label"] + standing["category"]["detail"], standing
    _, nantes = frozen_pairs[("nantes", 2026)]
    assert nantes["exam_adjustment"] is None and "exam_adjustment" not in {q["id"] for q in nantes["questions"]}
    answers = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "sio", "option": "A", "disability": "yes"}
    told = engine.evaluate(nantes, answers)
    refused = engine.evaluate(nantes, {**answers, "exam_adjustment": "no"})
    assert told["exam_adjustment"] == refused["exam_adjustment"] == {"given": False, "request": None, "deadline": None}
    assert "exam_adjustment" in refused["dropped"]
