"""A notice's piece asked by age (``age_band``) reaches every candidate who can register at such an age.

The age band is computed on one day, the session's ``age_reference_date``; a candidate registers on any day of the
registration window. A candidate aged 25 on the first day and 26 on the last can register at 25: a notice asking the
certificate « si vous avez entre 18 et 25 ans » asks it of them (read47 M1: Clermont-Ferrand's reference date was the
last day, and the page's « le candidat qui a un doute joint le certificat » was not in the checklist). Property of
the real data, but where staff marked the date as the notice's (``reviewed:`` of the point validate gives on a date
for the age after the opening, ``staff.lint.lint_age_reference``: a date the notice gives is the notice's): for each
birth date around the 18th and 26th birthdays, when the age on some day of the window is one of a piece's bands, the
piece or the national piece it covers is listed with the reference date's facts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset

from generator.pipeline import load_and_check

from checklist_support import ROOT, load_rulesets, view_strings

_RULESETS, _ = load_rulesets(ROOT)
_PROJECT, _ = load_and_check(ROOT)


def _notice_s_date(key: str) -> bool:
    """The date for the age marked seen as the notice's own (review51 M4)."""
    slug, year = key.split("/")
    academy = _PROJECT.academies.get(slug)
    return academy is not None and any(e.point == "session.age_reference_date" for e in academy.sessions[int(year)].reviewed)
_READ = {"nationality", "age_band", "national_age_band"}


def _tests(condition):
    """The (question, values) tests of a compiled condition (``["test", qid, values]``, ``["all"|"any"|"not", [...]]``)."""
    if condition[0] == "test":
        yield condition[1], condition[2]
        return
    for inner in condition[1]:
        yield from _tests(inner)


def _holds(condition, facts) -> bool:
    kind, args = condition[0], condition[1:]
    if kind == "test":
        return facts[args[0]] in args[1]
    args = args[0]
    if kind == "all":
        return all(_holds(c, facts) for c in args)
    if kind == "any":
        return any(_holds(c, facts) for c in args)
    if kind == "not":
        return not any(_holds(c, facts) for c in args)
    raise AssertionError(kind)


def _cases():
    for key, ruleset in sorted(_RULESETS.items()):
        if ruleset["session"]["age_reference_date"] is None or _notice_s_date(key):
            continue
        for doc in ruleset["documents"]:
            if doc["national"]:
                continue  # (a national piece reads the notice's bands only to leave them to the notice's piece)
            read = {qid for qid, _ in _tests(doc["when"])}
            if "age_band" in read and read <= _READ:
                yield pytest.param(key, doc["id"], id=f"{key}:{doc['id']}")


@pytest.mark.parametrize("key,doc_id", list(_cases()) or [pytest.param(None, None, marks=pytest.mark.skip("no piece asked by age"))])
def test_a_piece_asked_by_age_reaches_who_can_register_at_that_age(key, doc_id):
    ruleset = _RULESETS[key]
    session = ruleset["session"]
    reference = engine.parse_date(session["age_reference_date"])
    first, last = (engine.parse_date(day) for day in session["registration_window"])
    doc = next(d for d in ruleset["documents"] if d["id"] == doc_id)
    bands = {value for qid, values in _tests(doc["when"]) if qid == "age_band" for value in values}
    # the piece and the national pieces it covers: one of them listed is the certificate asked
    pieces = [doc] + [d for d in ruleset["documents"] if d["national"] and d["national"] in doc["covers"]]
    pieces = [d for d in pieces if {qid for qid, _ in _tests(d["when"])} <= _READ]
    window = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    missed = []
    for years in (18, 25, 26):
        for shift in range(-3, (last - first).days + 4):
            birthday = first + dt.timedelta(days=shift)
            birth = engine.birthday_in(birthday.year - years, birthday)
            national = engine.national_age_band(birth, first, last)
            at_some_day = [day for day in window if engine.age_band(birth, day) in bands]
            if not at_some_day:
                continue
            facts = {"nationality": "french", "age_band": engine.age_band(birth, reference), "national_age_band": national}
            if not any(_holds(d["when"], facts) for d in pieces):
                missed.append(f"né(e) le {birth}: {engine.age_band(birth, at_some_day[0])} le {at_some_day[0]}, "
                              f"{facts['age_band']} à la date de référence {reference}")
    assert not missed, f"{key}: « {doc['label']} » manque à qui peut s'inscrire à l'âge qu'elle vise :\n" + "\n".join(missed[:5])


def test_a_reason_by_age_names_the_reference_date():
    """A review (phone49 M1): « vous avez 25 ans … à la date de référence pour l'âge », a date the list never named
    (the page's dates say it, the checklist's reason did not). Each phrase of the age at the reference date, the words
    a reason says, ends with that date, in every session that has one, as the question's label does; the notice's
    questions have them so (merge), which every output reads (phone49 L4: the « pour qui » before a birth date is
    given, test_the_age_is_dated_in_every_output)."""
    from generator.merge import build_notices
    from generator.site.dates import day

    project, problems = load_and_check(ROOT / "tests" / "fixtures" / "project")
    assert not problems
    seen, rulesets, seen_by_guide = 0, load_rulesets()[0], set()
    for notice in build_notices(project):
        reference = notice.session.session.age_reference_date
        ruleset = rulesets[f"{notice.slug}/{notice.year}"]
        question = next((q for q in ruleset["questions"] if q["id"] == "age_band"), None)
        if question is None or reference is None:
            continue
        seen += 1
        # (the guide's date when the notice gives none, said so: review55 M2)
        key = "_by_guide" if notice.session.session.age_reference_by_guide else ""
        own = project.content.questions.questions["age_band"].phrases  # (as written, without a date)
        assert question["phrases"] and all(p == notice.texts.text(f"dates.age_band_phrase{key}", phrase=own[c], date=day(reference))
                                           for c, p in question["phrases"].items()), question["phrases"]
        assert all(day(reference) in p for p in question["phrases"].values())
        assert question["label"] == notice.texts.text(f"dates.age_band_label{key}", date=day(reference))
        assert question["phrases"] == notice.questions["age_band"].phrases and question["label"] == notice.questions["age_band"].label
        seen_by_guide.add(bool(key))
    assert seen, "no frozen session asks the age at a reference date"
    assert True in seen_by_guide, "no frozen session's reference date is the guide's"


def test_two_neighbouring_ages_read_as_one():
    """A review (phone49 L4): Clermont-Ferrand 2024's JDC certificate read « si vous … avez de 18 à 24 ans (du jour de vos
    18 ans à la veille de vos 25 ans) ou 25 ans (du jour de vos 25 ans à la veille de vos 26 ans) à la date de
    référence pour l'âge ». One age, from 18 to the eve of 26, on the notice's page and in the checklist's « pour qui »
    (in the notice page's words: test_first_answer); its reasons name the date the guide retains, shortly."""
    from generator.french import typography
    from generator.merge import build_notices
    from generator.model.conditions import Condition
    from generator.site.dates import day
    from generator.site.words import condition_words

    notice = next(n for n in build_notices(_PROJECT) if (n.slug, n.year) == ("clermont-ferrand", 2024))
    together = condition_words(notice, Condition("test", "age_band", ("from_18_to_24", "aged_25")))
    # (with the date the guide retains: phone49 L4)
    assert typography(together) == typography("Si vous avez de 18 à 25 ans (du jour de vos 18 ans à la veille de vos 26 ans) à la date de référence "
                                              f"pour l'âge retenue par le guide (la notice n'en donne pas), le {day(notice.session.session.age_reference_date)}"), together
    ruleset = compile_ruleset(notice, _PROJECT.content.checklist)
    jdc = [d["who"] for d in ruleset["documents"] if d["id"] == "jdc"]
    assert len(jdc) == 1 and jdc[0].endswith(together.removeprefix("Si vous ")) and "24 ans" not in jdc[0], jdc
    phrase = next(q for q in ruleset["questions"] if q["id"] == "age_band")["phrases"]["aged_25"]
    assert typography(phrase) == typography("vous avez 25 ans (du jour de vos 25 ans à la veille de vos 26 ans) à la date de référence pour l'âge retenue "
                                            f"par le guide (la notice n'en donne pas), le {day(notice.session.session.age_reference_date)}"), phrase


def test_a_piece_s_for_whom_by_age_names_the_reference_date_in_every_output(capsys):
    """phone49 L4 (phone50): before a birth date is given, a piece asked by age said « … à la date de référence pour
    l'âge » without the date, on the notice page (« Pour qui »), in the checklist (« Pièces qui dépendent encore de vos
    réponses », Python and the page's script, which says the ruleset's « who ») and on the command line; once the
    date given, its reasons named it. The age's phrases are dated once (merge), so every output says it in the same
    words: the notice page, the PDF's annex (the guide's voice: the national JDC piece), the ruleset and the command
    line. Real Clermont-Ferrand 2024, whose date is the guide's (age_reference_by_guide), and the frozen one."""
    from generator.cli import main
    from generator.french import lower_first, typography
    from generator.merge import build_notices
    from generator.site.annex_view import annex_view
    from generator.site.dates import day
    from generator.site.notice_view import notice_view
    from project_support import FROZEN

    flat = lambda words: " ".join(typography(words).split())  # noqa: E731
    frozen, problems = load_and_check(FROZEN)
    assert not problems
    for root, project in ((ROOT, _PROJECT), (FROZEN, frozen)):
        notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("clermont-ferrand", 2024))
        info = notice.session.session
        assert info.age_reference_date is not None and info.age_reference_by_guide
        dated = typography(f"à la date de référence pour l'âge retenue par le guide (la notice n'en donne pas), le {day(info.age_reference_date)}")
        ruleset = compile_ruleset(notice, project.content.checklist)
        by_age = {d["id"] for d in ruleset["documents"] if "age_band" in {qid for qid, _ in _tests(d["when"])}}
        assert len(by_age) >= 2, by_age  # (the notice's JDC piece and the national one)
        # the notice page's « Pour qui »
        rows = {r.id: r.who for g in notice_view(notice, dt.date(2025, 10, 1)).documents for r in g.rows}
        assert by_age <= rows.keys()
        for did in by_age:
            assert dated in typography(rows[did]), (root, did, rows[did])
        # the checklist's « pour qui » (the ruleset's, the page's script says it as it is), in the page's words
        result = engine.evaluate(ruleset, {"department": "63", "situation": "experience", "nationality": "french"})
        undecided = {d["id"]: d["who"] for d in result["undecided"]}
        assert by_age <= undecided.keys(), undecided
        for did in by_age:
            assert undecided[did] == lower_first(rows[did]) and dated in typography(undecided[did]), (root, did)
        # the PDF's annex, the guide's voice: the national piece the notice does not list
        annex = " ".join(str(x) for x in view_strings(annex_view(notice, dt.date(2025, 10, 1))))
        assert dated in typography(annex), root
        # the command line
        assert main(["--root", str(root), "checklist", "--academy", "clermont-ferrand", "--session", "2024",
                     "department=63", "situation=experience", "nationality=french"]) == 0
        out = flat(capsys.readouterr().out)
        for did in by_age:
            assert flat(undecided[did]) in out, (root, did)
        assert out.count(flat(dated)) >= len(by_age), out
        # never undated: each « à la date de référence pour l'âge » of these outputs is followed by the date
        for text in (*rows.values(), *undecided.values(), annex, out):
            assert flat(text).count(flat("à la date de référence pour l'âge")) == flat(text).count(flat(dated)), text



def _reasons_everywhere(root, project, answers: dict) -> dict[str, list[str]]:
    """Each listed piece's « Pourquoi » (Clermont-Ferrand 2024 of ``project``) as the command line, the page's first
    answer (answer.py) and the page's script (checklist.js: reasons, run by node on the page data and the engine's
    result) say it, in that order, typography applied and spaces flattened."""
    import json
    import subprocess

    from generator.checklist import text
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view
    from generator.french import typography
    from generator.merge import build_notices
    from project_support import js_function, node_path

    flat = lambda words: " ".join(typography(words).split())  # noqa: E731
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = compile_ruleset(notice, project.content.checklist)
    result = engine.evaluate(ruleset, answers)
    assert not result["problems"], result["problems"]
    t = notice.texts
    # the command line: « parce que : … » under each piece's label
    lines = text.render(ruleset, result, t).splitlines()
    because = t.text("checklist.because", reasons="")
    cli = [flat(lines[lines.index(f"  - {d['label']}") + 1].strip().removeprefix(because)) for d in result["documents"]]
    view = checklist_view(notice, project.content.checklist)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    why = t.text("checklist_page.why", reasons="{}").split("{}")
    page = [flat(d.why.removeprefix(why[0]).removesuffix(why[1])) for d in answer.documents]
    script = js_function(root / "site_overrides" / "assets" / "checklist" / "checklist.js", "fill")
    source = (root / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    constants = [line for line in source.splitlines() if line.startswith(("const PLACEHOLDER =", "const PLURAL ="))]
    for name in ("dayWords", "departmentWords", "ui", "answerWords", "reasonPhrase", "reasons"):
        script += "\n" + js_function(root / "site_overrides" / "assets" / "checklist" / "checklist.js", name)
    script = "\n".join(constants) + "\nconst fr = (words) => words;\n" + script + (
        '\nconst input = JSON.parse(require("fs").readFileSync(0, "utf8"));\nconst data = input.data;\n'
        "process.stdout.write(JSON.stringify(input.why.map(reasons)));")
    data = {key: view.data[key] for key in ("ui", "questions", "specialties", "departments", "names")}
    run = subprocess.run([node_path(), "-e", script], input=json.dumps({"data": data, "why": [d["why"] for d in result["documents"]]}),
                         capture_output=True, text=True, timeout=60, check=True)
    js = [flat(words) for words in json.loads(run.stdout)]
    ids = [d["id"] for d in result["documents"]]
    said = {"cli": dict(zip(ids, cli)), "page": dict(zip(ids, page)), "script": dict(zip(ids, js))}
    # (a piece for every candidate has no reason: « pour tous les candidats », not the script's reasons)
    return {output: {i: words for i, words in reasons.items() if i not in {d["id"] for d in result["documents"] if not d["why"]}}
            for output, reasons in said.items()}


@pytest.mark.parametrize("born, band", [("2000-03-01", "from_18_to_24"), ("1998-03-01", "aged_25"), ("1997-10-13", "aged_25"), ("2005-10-12", "from_18_to_24")])
def test_a_reason_by_age_says_the_ages_the_piece_is_asked_of(born, band):
    """A review (phone51 L3): before a birth date, Clermont-Ferrand 2024's JDC certificate is « pour qui … avez de 18 à
    25 ans (du jour de vos 18 ans à la veille de vos 26 ans) à la date de référence pour l'âge … » (the notice, seed
    003 l.298: « Si vous avez entre 18 et 25 ans »); once the date given, its reason read « vous avez de 18 à 24 ans (du
    jour de vos 18 ans à la veille de vos 25 ans) … », the candidate's own band, as if the rule had changed (and « 25
    ans » from 1998). The reason says the ages the piece is asked of, in the words said before the answer, with the
    date (the candidate's answer after them), on the command line, in the page's first answer and in its script."""
    from generator.french import typography
    from generator.site.dates import date_words, day

    notice_date = _PROJECT.academies["clermont-ferrand"].sessions[2024].session.age_reference_date
    assert engine.age_band(engine.parse_date(born), notice_date) == band
    said = _reasons_everywhere(ROOT, _PROJECT, {"department": "63", "situation": "repeater", "nationality": "french", "birth_date": born})
    together = typography(f"vous avez de 18 à 25 ans (du jour de vos 18 ans à la veille de vos 26 ans) à la date de référence pour l'âge retenue "
                          f"par le guide (la notice n'en donne pas), le {day(notice_date)} (d'après « Quelle est votre date de naissance ? » : "
                          f"{date_words(engine.parse_date(born))})")
    for output, reasons in said.items():
        assert reasons["jdc"] == " ".join(typography(f"« Quelle est votre nationalité ? » : Française ; {together}").split()), (output, reasons["jdc"])
        assert "24 ans" not in reasons["jdc"]
    assert said["cli"] == said["page"] == said["script"]


@pytest.mark.parametrize("root", ["real", "frozen"])
def test_an_answer_two_reasons_come_from_is_named_once_after_them(root):
    """A review (phone51 L4, read50 L9): a 17-year-old's national JDC piece read « vous avez moins de 25 ans jusqu'à la
    clôture des inscriptions (d'après « Quelle est votre date de naissance ? » : 1er janvier 2006) ; vous avez moins de
    18 ans à la date de référence … (d'après « Quelle est votre date de naissance ? » : 1er janvier 2006) ». Two facts
    of one answer: joined by « et », that answer named once, at the end; the same on the command line, in the page's
    first answer and in its script."""
    from generator.french import typography
    from generator.site.dates import day
    from project_support import FROZEN

    project = _PROJECT if root == "real" else load_and_check(FROZEN)[0]
    reference = project.academies["clermont-ferrand"].sessions[2024].session.age_reference_date
    said = _reasons_everywhere(ROOT, project, {"department": "63", "situation": "repeater", "nationality": "french", "birth_date": "2006-01-01"})
    expected = typography("« Quelle est votre nationalité ? » : Française ; vous avez moins de 25 ans jusqu'à la clôture des inscriptions et vous "
                          "avez moins de 18 ans à la date de référence pour l'âge retenue par le guide (la notice n'en donne pas), le "
                          f"{day(reference)} (d'après « Quelle est votre date de naissance ? » : 1er\u00a0janvier 2006)")
    for output, reasons in said.items():
        assert reasons["jdc_certificate"] == " ".join(expected.split()), (output, reasons["jdc_certificate"])
    assert said["cli"] == said["page"] == said["script"]


def test_a_notice_s_words_for_an_age_read_as_a_sentence_once_dated():
    """A review (review57 L8): the age's phrase was dated by « {phrase} retenue par le guide (la notice n'en donne pas),
    le {date} », grammatical only after a phrase ending « à la date de référence pour l'âge »; a notice's own words
    (question_words:) read « vous avez entre 18 et 25 ans retenue par le guide … ». The phrases say the age alone and
    the dating adds « à la date de référence pour l'âge », for the guide's phrases and the notice's alike; a phrase
    that says the date itself is refused by validate (tests/validation/invalid/534_age_phrase_saying_the_date.yaml)."""
    import dataclasses

    from generator.checks import age_phrase_problem
    from generator.merge import _questions_in_words
    from generator.model.session import QuestionWords
    from generator.french import typography
    from generator.merge import build_notices
    from generator.site.dates import day

    session = _PROJECT.academies["clermont-ferrand"].sessions[2024]
    notice = next(n for n in build_notices(_PROJECT) if (n.slug, n.year) == ("clermont-ferrand", 2024))
    own = dataclasses.replace(session, question_words={**session.question_words, "age_band": QuestionWords(
        section="Informations complémentaires", phrases={"from_18_to_24": "vous avez entre 18 et 25 ans"})})
    questions = _questions_in_words(_PROJECT.content.questions.questions, own, notice.texts)
    dated = f"à la date de référence pour l'âge retenue par le guide (la notice n'en donne pas), le {day(session.session.age_reference_date)}"
    assert typography(questions["age_band"].phrases["from_18_to_24"]) == typography(f"vous avez entre 18 et 25 ans {dated}")
    assert typography(questions["age_band"].phrases["under_18"]) == typography(f"vous avez moins de 18 ans {dated}")
    # the notice's words for one of them: the guide's words of both together no longer fit (merge)
    assert not questions["age_band"].phrases_together
    # the guide's own phrases say the age alone
    for project in (_PROJECT, load_and_check(ROOT / "tests" / "fixtures" / "project")[0]):
        age = project.content.questions.questions["age_band"]
        for words in (*age.phrases.values(), *(p.words for p in age.phrases_together)):
            assert age_phrase_problem(words) is None, words
    assert age_phrase_problem("vous avez 25 ans à la date de référence pour l’âge") is not None


def test_an_option_answered_reads_the_same_in_every_reason():
    """A reading (read59 M1): Clermont-Ferrand 2024's work-at-height attestation (BTS Maintenance des systèmes,
    options C and D) gave its reason on the page as « … « Quelle option ? » : Option C » (answer.py and checklist.js
    say an option by its letter in the form's words, « Option {letter} ») and on the command line as « … « Quelle
    option ? » : C » (text.answer_words had no case for an option: the bare letter). One answer, one wording, in the
    three outputs (_reasons_everywhere, above)."""
    from generator.french import typography

    said = _reasons_everywhere(ROOT, _PROJECT, {"department": "15", "situation": "repeater", "specialty": "maintenance_systemes",
                                                "option": "C", "nationality": "foreign"})
    expected = typography("« Quelle spécialité de BTS présentez-vous ? » : Maintenance des systèmes ; « Quelle option ? » : Option C")
    for output, reasons in said.items():
        assert reasons["ms_travaux_hauteur"] == " ".join(expected.split()), (output, reasons["ms_travaux_hauteur"])
    assert said["cli"] == said["page"] == said["script"]
