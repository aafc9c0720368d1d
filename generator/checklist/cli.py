"""``python -m generator checklist``: the engine's answer for one candidate, in French.

Every word shown to the candidate comes from ``content/interface.yaml``
(groups ``checklist_errors``, ``checklist``, ``checklist_questions``), read
first; only the messages saying that the YAML files themselves are broken are
written here (they must be shown even when ``interface.yaml`` is the broken file).
"""

from __future__ import annotations

import argparse
import functools
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import emphasis
from ..french import typography
from ..model.content import InterfaceFile
from ..model.values import slug_problem
from ..problems import validate_command, with_root
from ..site.text import of
from . import engine
from ..departments import a_word_not_a_department
from .text import department_example, department_words, render, render_questions, typed_start

REASON_KEYS = {
    "unknown_question": "checklist_errors.reason_unknown_question",
    "derived": "checklist_errors.reason_derived",
    "not_text": "checklist_errors.reason_not_text",
    "unknown_value": "checklist_errors.reason_unknown_value",
}


def broken_files(given: str | None = None) -> str:
    return f"Les fichiers ne sont pas valides ; corriger puis relancer : {validate_command(given)}"


# the session's files valid, others not (another academy's, another session's): its list in words is not given, several
# of its lines reading the whole guide (the registration closed or not on the day, and the advice of a contradiction
# then; another department's academy and notice; a newer session; review69 L7: it was given without them, the « before »
# advice after the closing); --json and --questions, which read the session alone, still answer
# (review71 L3: « d'autres fichiers » was wrong when the broken file is one of the session's own academy that only the
# whole guide's load reads: « les fichiers nommés ci-dessus » is true either way)
def broken_elsewhere(given: str | None = None) -> str:
    return ("La liste de cette session n'est pas donnée : les fichiers du guide nommés ci-dessus ne sont pas valides, et "
            "plusieurs de ses lignes lisent tout le guide (inscriptions closes ou non ce jour-là, académie d'un autre "
            f"département, session plus récente). Corriger ces fichiers puis relancer : {validate_command(given)}. "
            "Les options --json (le résultat brut) et --questions répondent en attendant.")


def load_texts(root: Path, given: str | None = None) -> tuple[InterfaceFile | None, str | None]:
    """``content/interface.yaml``, read and checked, or the report of its problems."""
    from ..checks import check_interface
    from ..loading import CONTENT_FILES, read_file
    from ..problems import Location, Problems, shown_path

    problems = Problems()
    filename, cls = CONTENT_FILES["interface"]
    path = root / "content" / filename
    texts = None
    if path.exists():
        texts = read_file(path, root, cls, problems)
    else:
        problems.add(Location(shown_path(path, root), 1, 1), "", "fichier national manquant ; le recréer depuis le dépôt")
    if texts is not None:
        check_interface(texts, problems)
    if problems:
        return None, problems.report() + "\n\n" + broken_files(given)
    return texts, None


def unknown_academy(root: Path, slug: str, t: InterfaceFile) -> str | None:
    """Why ``slug`` names no academy folder of ``root`` (« toulouse/ », « ../content », a typo), in
    French with the academies there are; None when it names one. Shared with the diff command."""
    academies = root / "academies"
    if not slug_problem(slug) and (academies / slug).is_dir():
        return None
    known = sorted(p.name for p in academies.iterdir() if p.is_dir()) if academies.is_dir() else []
    return t.text("checklist_errors.unknown_academy", academy=slug, known=", ".join(known) or t.text("checklist_errors.none"))


def load_ruleset(root: Path, slug: str, year: int, texts: InterfaceFile, given: str | None = None,
                 whole=None) -> tuple[dict | None, dict, str | None]:
    """The ruleset of one notice and the questions of content/questions.yaml (id → question: an answer to one this
    session does not ask is ignored, not refused), or a French message saying why there is none. ``whole``: the
    whole project's load (``load_and_check(root)``, cached) when the command reads it anyway (the list in words:
    ``load_guide``); a whole project without problems gives the session's ruleset without reading its files again
    (speedtests61 L2: each such command loaded the project twice), one with problems leaves the session's own load
    to say which (the message differs by whether the session's files are the broken ones). The notice and its ruleset
    are those the check already made (its rules' coverage: ``merge.built_notice``, ``compile.compiled_ruleset``, kept
    with that reading of the files), not merged and compiled again; the list in words' whole guide (``load_guide``)
    reads the same notice."""
    from ..merge import built_notice
    from ..loading import session_years_written
    from ..pipeline import load_and_check
    from .compile import compiled_ruleset

    t = texts
    unknown = unknown_academy(root, slug, t)
    if unknown:
        return None, {}, unknown
    folder = root / "academies" / slug
    path = folder / f"{year}.yaml"
    if not path.is_file():
        years = session_years_written(folder)
        return None, {}, t.text("checklist_errors.unknown_session", year=year, academy=slug, years=", ".join(years) or t.text("checklist_errors.none"))
    if whole is not None:
        project, problems = whole()
        if not problems and slug in project.academies and year in project.academies[slug].sessions:
            notice = built_notice(project, slug, year)
            return compiled_ruleset(notice, project.content.checklist), dict(project.content.questions.questions), None
    project, problems = load_and_check(root, [path])
    if problems:
        return None, {}, problems.report() + "\n\n" + broken_files(given)
    notice = built_notice(project, slug, year)
    return compiled_ruleset(notice, project.content.checklist), dict(project.content.questions.questions), None


@dataclass(frozen=True)
class Guide:
    """The whole project, loaded once for the lines that read more than the session's ruleset: its notices, the
    directory of its published ones as of the day (``BTS_GUIDE_TODAY`` when set, as the build) and the notice asked
    for (review55 L10: each of those lines loaded the project again)."""

    notice: object  # merge.Notice
    routes: object  # site.directory.Directory (national table of departments when there is one)
    has_table: bool
    today: object  # datetime.date


def load_guide(root: Path, slug: str, year: int, given: str | None = None, whole=None) -> tuple[Guide | None, str | None]:
    """The project's notices, or None and the report of its problems when its files do not load (``run`` then gives no
    list in words: broken_elsewhere). ``whole``: the whole project's load already made (``load_ruleset``)."""
    from ..merge import build_notices
    from ..pipeline import load_and_check
    from ..site.directory import directory
    from ..site.status_view import pending
    from ..staff.calendar import build_date

    project, problems = whole() if whole is not None else load_and_check(root)
    if problems:
        return None, problems.report() + "\n\n" + broken_elsewhere(given)
    if slug not in project.academies:
        return None, None
    notices = build_notices(project)
    notice = next((n for n in notices if n.slug == slug and n.year == year), None)
    if notice is None:
        return None, None
    today = build_date()
    table = project.content.departments.table() if project.content.departments is not None else None
    return Guide(notice, directory([n for n in notices if not pending(n)], table, today), table is not None, today), None


def outside_hint(guide: Guide | None, code: str, texts: InterfaceFile) -> str | None:
    """For a candidate of department ``code``, outside the notice's academy: the page's hint (their academy, its notice
    in this guide of the same session as the command that gives its list, or its site). None without the guide or its
    national table of departments (the generic « inscrivez-vous auprès de l'académie de votre département » is said
    then; a project whose files do not load gives no list in words: ``run``, broken_elsewhere)."""
    from ..site.directory import department_hint, link_words, where_to_register

    if code == engine.ABROAD:  # living abroad: no notice of the guide says where they register (as the page)
        return texts.text("department_hint.abroad")
    if guide is None or not guide.has_table:
        return None
    department = next((d for d in guide.routes.departments if d.code == code), None)
    if department is None:
        return None
    session = where_to_register(guide.notice, department)
    if session is not None:
        label = link_words(session, texts)
        link = texts.text("checklist.outside_command", label=label, academy=session.slug, year=session.year)
    else:
        link = department.academy.website
    return department_hint(guide.notice, department, session, link)


def state_lines(guide: Guide | None, texts: InterfaceFile) -> list[str]:
    """What the page's top box says of the session on the day (``BTS_GUIDE_TODAY`` when set, as the build): a past
    session (« Session passée »: its exam session over, ``words.session_over``; its newer session in this guide as the
    command giving its list, else the academy's site), or registration closed until then (« Inscriptions closes », with
    the session's next date while one remains), said before the answer (read48 L11: the command line gave a past
    session's list as if it were open; staffwalk52 M2: a session whose registration alone was over was « passée »).
    Empty without the guide (``load_guide``)."""
    from ..site.notice_view import NOTICE_LINK_KEYS, past_view
    from ..site.paths import notice_path

    if guide is None:
        return []
    notice, routes = guide.notice, guide.routes
    past = past_view(notice, guide.today, routes, notice_path(notice))
    closed = past.closed
    if not past.now:
        if closed is None or not closed.now:
            return []
        said = (texts.text("common.closed_text_dates") if closed.closing is None
                else texts.text("common.closed_text" if closed.has_time else "common.closed_text_day", date=closed.closing))
        lines = [texts.text("common.closed_title_dates" if closed.closing is None else "common.closed_title"), "  " + said]
        following = [d for d in closed.next if d.now]  # the session's next date, as the page's box (phone50 L2)
        if following:
            lines.append("  " + texts.text("common.closed_next"))
            lines += ["  - " + texts.text("common.label_value", label=d.label, value=d.when) for d in following]
        return lines

    def command(label: str, ref) -> str:
        return texts.text("checklist.outside_command", label=label, academy=ref.slug, year=ref.year)

    lines = [texts.text("common.past_title"), "  " + texts.text("checklist.past_text")]
    if past.current is not None:
        label = texts.text("common.past_current_link", year=past.current.year)
        lines.append("  " + texts.text("common.past_current", link=command(label, past.current)))
    elif past.website:
        lines.append("  " + texts.text("common.past_no_newer_for_readers" if past.others else "common.past_no_newer", link=past.website))
    others = routes.newer_for_others(notice)
    if others is not None:
        lines.append("  " + texts.text("common.past_others", link=command(texts.text(NOTICE_LINK_KEYS[others.audience], year=others.year), others)))
    return lines


def ask_lines(guide: Guide | None, ruleset: dict, texts: InterfaceFile, *, routing_only: bool = False, office_only: bool = False) -> list[str]:
    """For a candidate the notice does not name: the exam office in words and where to read (the academy's site, or
    on an establishments' notice where individual candidates read), as the page's « not cited » block says them
    (answer.where_to_ask, page._routing_for_ask). ``routing_only``: for one an establishments' notice excludes, where
    individual candidates read, alone (nothing on a notice for individual candidates). ``office_only``: for one who
    lives in another academy's department (the standing's ``elsewhere``), the office alone, never this academy's site
    nor where its individual candidates read as where to go (read60 M4; answer.py, checklist.js the same). Empty
    without the guide (``load_guide``)."""
    from ..site.notice_view import routing_view
    from .answer import where_to_ask

    if guide is None:
        return []
    notice = guide.notice
    ask = where_to_ask(notice, ruleset)
    lines = [ask["office"]] if ask["office"] else []
    if office_only:  # (no contacts below: the office's words that do not say « plus bas », fixnote60 left 2)
        return [ask["office_apart"]] if ask["office_apart"] else []
    routing = routing_view(notice, guide.routes) if notice.audience == "establishment" and guide.has_table else None
    if routing is not None:  # where individual candidates read, in place of the site (as the page)
        if routing.notice is not None:
            label = texts.text(routing.link_key, year=routing.notice.year)
            link = texts.text("checklist.outside_command", label=label, academy=routing.notice.slug, year=routing.notice.year)
        else:
            link = routing.website or ""
        return ([] if routing_only else lines) + [texts.text(routing.text_key, link=link)]
    if routing_only:
        return []
    if ask["website"] is not None:
        return lines + [texts.text("standing.ask_website", link=ask["website"])]
    return lines + [texts.text("standing.ask_website_unknown")]


def _department_table(root: Path) -> dict | None:
    """The national table of departments, as the checklist page has it (None when it does not read)."""
    from ..loading import CONTENT_FILES, read_file
    from ..model.departments import DepartmentsFile
    from ..problems import Problems

    problems = Problems()
    table = read_file(root / "content" / CONTENT_FILES["departments"][0], root, DepartmentsFile, problems)
    return table.table() if table is not None and not problems else None


def departments_apart(table_of: Callable[[], dict | None], typed: str) -> dict | None:
    """A code and a name of two departments (« department=31 (Ariège) »): which is which, for the message
    (departments.code_and_name_apart, as the page's field says it: checklist.js departmentsApart). ``table_of``: the
    national table of the command (``run``: read once)."""
    from ..departments import code_and_name_apart

    table = table_of()
    return code_and_name_apart(table, typed) if table is not None else None


def departments_former(table_of: Callable[[], dict | None], typed: str) -> list[tuple[str, str]]:
    """The departments a former number became (« department=20 »: Corse-du-Sud, Haute-Corse), for the message that
    offers them (departments.former_code, as the page's field says it: checklist.js formerCode; read64 L2)."""
    from ..departments import former_code

    table = table_of()
    return former_code(table, typed) if table is not None else []


def departments_named_in_part(table_of: Callable[[], dict | None], typed: str) -> list[tuple[str, str]]:
    """The departments whose name has the words typed (« department=garonne »), for the message that offers them
    (departments.names_with_words, as the page's field says it: checklist.js namesWithWords)."""
    from ..departments import names_with_words

    table = table_of()
    return names_with_words(table, typed) if table is not None else []


def departments_close_to(table_of: Callable[[], dict | None], typed: str) -> list[tuple[str, str]]:
    """The departments whose name is close to what was typed, a name misspelt (« department=haute garone »), for the
    message that offers them (departments.close_names, as the page's field says it: checklist.js closeNames)."""
    from ..departments import close_names

    table = table_of()
    return close_names(table, typed) if table is not None else []


def named_department(table_of: Callable[[], dict | None], answers: dict[str, str]) -> dict[str, str]:
    """A department given by its name (« department=haute garonne ») as its code, as the page reads its field
    (departments.named_code, checklist.js namedDepartment); the national table read only then."""
    typed = answers.get("department")
    if not typed or engine.clean_department(typed) is not None:
        return answers
    from ..departments import named_code

    table = table_of()
    code = named_code(table, typed) if table is not None else None
    return answers | {"department": code} if code else answers


def parse_answers(items: list[str], texts: InterfaceFile) -> tuple[dict[str, str], list[str]]:
    given: dict[str, list[str]] = {}
    errors = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            errors.append(texts.text("checklist_errors.bad_answer", answer=item))
            continue
        # (in NFC, as the YAML files are read: a value pasted from a PDF may hold a letter and its accent apart,
        # « Pyre\u0301ne\u0301es », which the page's field reads as « Pyrénées »; review65 L3)
        values = given.setdefault(key.strip(), [])
        if (value := unicodedata.normalize("NFC", value.strip())) not in values:
            values.append(value)
    # a question answered twice with different values (situation=distance situation=in_person, a shared link's
    # address edited by hand): refused, neither value taken, as the page reads that link's answer unread and asks its
    # question again (checklist.js restore; review81 M2: the page took the first value, the command line the last)
    for key, values in given.items():
        if len(values) > 1:
            errors.append(texts.text("checklist_errors.given_twice", question=key, values=", ".join(map(typed_start, values)), first=typed_start(values[0])))
    return {key: values[0] for key, values in given.items() if len(values) == 1}, errors


def run(args: argparse.Namespace, root: Path) -> int:
    given = getattr(args, "root", None)  # (--root as typed: the validate command the refusals give)
    t, message = load_texts(root, given)
    if t is None:
        print(message)
        return 1
    if not str(args.session).isdigit() or len(str(args.session)) != 4:
        print(t.text("checklist_errors.bad_session", session=args.session))
        return 1
    args.session = int(args.session)
    # the list in words reads the whole guide (load_guide): the whole project loaded once, and the session's ruleset
    # taken from it when it has no problem (speedtests61 L2); --json and --questions read the session's files alone
    whole = None
    if not args.json and not args.questions:
        from ..pipeline import load_and_check
        whole = functools.cache(lambda: load_and_check(root))
    ruleset, national, message = load_ruleset(root, args.academy, args.session, t, given, whole)
    if ruleset is None:
        print(message)
        return 1
    if args.questions and not args.answers:
        print(typography(emphasis.plain(render_questions(ruleset, engine.allowed_values, t))))
        return 0
    answers, errors = parse_answers(args.answers, t)
    # the national table of departments: read once, and only for a department typed otherwise than as a code (the
    # name read, then, on an answer still not read, the messages: up to three reads before)
    department_table = functools.cache(lambda: _department_table(root))
    answers = named_department(department_table, answers)
    kinds = {q["id"]: q["kind"] for q in ruleset["questions"]}
    # a question of content/questions.yaml this session does not ask (none of its rules needs it: Nantes 2026's
    # exam-adjustment request, its notice saying no procedure): its answer ignored and said so, not refused, as for an
    # answer set reused from another session (review66 L5); an id no question has stays refused
    left_out = {qid: national[qid].label for qid in answers if qid not in kinds and qid in national and national[qid].kind != "derived"}
    # every answer at once: those whose question the page's form would not show are said ignored (read54 L3); its
    # problems are check_answers', the answers checked once (they were checked again inside it before)
    result = engine.evaluate_given(ruleset, answers)
    for problem in result["problems"]:
        if problem["question"] in left_out:
            continue
        if problem["reason"] == "unknown_question" and problem["question"] in national:  # (a fact computed, left out)
            problem = {**problem, "reason": "derived"}
        # (what was typed quoted by its start only: text.typed_start, as the page's field message, review81 L2)
        answer = f"{problem['question']}={typed_start(str(problem['value']))}"
        text = t.text("checklist_errors.answer_problem", answer=answer, reason=t.text(REASON_KEYS[problem["reason"]]))
        if problem["reason"] == "unknown_question":
            known = [q["id"] for q in ruleset["questions"] if q["kind"] != "derived"]
            text = t.text("checklist_errors.known_questions", problem=text, questions=", ".join(known))
        elif problem["reason"] == "unknown_value" and kinds.get(problem["question"]) == "department":
            apart = departments_apart(department_table, str(problem["value"]))
            # a former number (« 20 », Corsica's): the departments it became, in the page's words (read64 L2)
            former = departments_former(department_table, str(problem["value"])) if not apart else []
            # words of some departments' names (« garonne »): those departments (phone54 L2); a word that names no
            # department, most often a city: its postal code instead, as the page's field says (checklist.js
            # departmentProblem, review57 L1)
            partial = departments_named_in_part(department_table, str(problem["value"])) if not apart and not former else []
            # a name misspelt (« haute garone »): the departments close to it, in the page's words (phone55 L1)
            close = departments_close_to(department_table, str(problem["value"])) if not apart and not partial else []
            text = (t.text("checklist_errors.department_apart", answer=answer, **apart) if apart
                    else t.text("checklist_errors.department_former", answer=answer, typed=typed_start(str(problem["value"]).strip()),
                                close=t.text("department_hint.close", names=t.listed("conditions.or_comma", "conditions.or_last",
                                                                                     [f"{name} ({code})" for name, code in former])),
                                codes=t.listed("conditions.or_comma", "conditions.or_last", [f"department={code}" for _, code in former]))
                    if former
                    else t.text("checklist_errors.department_partial", answer=answer, typed=typed_start(str(problem["value"]).strip()),
                                names=t.listed("conditions.or_comma", "conditions.or_last", [f"{name} ({code})" for name, code in partial]),
                                code=partial[0][1]) if partial
                    else t.text("checklist_errors.department_close", answer=answer, typed=typed_start(str(problem["value"]).strip()),
                                close=t.text("department_hint.close", names=t.listed("conditions.or_comma", "conditions.or_last",
                                                                                     [f"{name} ({code})" for name, code in close])),
                                code=close[0][1]) if close
                    else t.text("checklist_errors.department_word", answer=answer, typed=typed_start(str(problem["value"]).strip()),
                                **dict(zip(("code", "name", "postal"), department_example(ruleset))))
                    if a_word_not_a_department(problem["value"])
                    else t.text("checklist_errors.allowed_values", problem=text, values=department_words(ruleset, t)))
        elif problem.get("allowed") is not None:
            text = t.text("checklist_errors.allowed_values", problem=text, values=", ".join(problem["allowed"]))
        errors.append(text)
    if errors:
        print(t.text("checklist_errors.incorrect"))
        for error in errors:
            print(f"  - {error}")
        # (the command on the project given: --root as typed, staffdocs64 item 4)
        print(with_root(t.text("checklist_errors.see_questions", academy=args.academy, year=args.session), given))
        return 1
    result["problems"] = [p for p in result["problems"] if p["question"] not in left_out]  # (ignored: in ``dropped``)
    if args.questions:  # with answers: the questions still asked for them, as the form shows them (read54 L3)
        print(typography(emphasis.plain(render_questions(ruleset, engine.allowed_values, t, asked=result["questions"]))))
        return 0
    if args.json:
        # why each ignored answer is: its question never asked by this session, or not in this situation (review67
        # L10: both in ``dropped`` with nothing to tell them apart; README, « --json »)
        result["dropped_reasons"] = {qid: "not_asked_by_session" if qid in left_out else "not_in_situation" for qid in result["dropped"]}
        print(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    else:
        # another academy's department: where it is (the page says it next to the field), as the standing's end or,
        # where the notice does not say residence decides, under the warning about it
        guide, broken = load_guide(root, args.academy, args.session, given, whole)  # (once: the lines below read it)
        if broken:  # (never a list without the lines that read the whole guide: review69 L7)
            print(broken)
            return 1
        outside = engine.standing_kind(result) == "outside_academy" or any(w["id"] == engine.DEPARTMENT_WARNING for w in result["warnings"])
        department = result["answers"].get("department")
        # (found once, read by both lines below: NOTE57, it was found twice for another academy's department)
        hint = outside_hint(guide, department, t) if department is not None and (outside or department not in ruleset["academy"]["department_names"]) else None
        where = hint if outside else None
        # registered by their establishment (the standing's category: how « establishment »), another academy's
        # department (or abroad) answered: why the guide does not send them to its academy, the words the page says
        # under the field in its place (checklist.js departmentHint; read57 L5: the command line said nothing)
        category = (result["standing"] or {}).get("category") or {}
        elsewhere = department not in ruleset["academy"]["department_names"] and hint is not None
        by_establishment = t.text("department_hint.by_establishment") if department and category.get("how") == "establishment" and elsewhere else None
        # one of the academy's departments, answered by its code, name or postcode: what the guide understood, the words
        # the page says under the field (« Haute-Garonne (31) : département de l'académie de Toulouse. », checklist.js
        # ownDepartment, department_hint.own; fixmisc56 left it: the command line named the department read nowhere)
        own = ruleset["academy"]["department_names"].get(department) if department and department != engine.ABROAD else None
        own_words = t.text("department_hint.own", department=t.text("department_hint.department", name=own, code=department),
                           of_academy=of(ruleset["academy"]["name"], t)) if own else None
        kind = engine.standing_kind(result)
        # (one excluded: only an establishments' notice says more, where individual candidates read)
        establishments = ruleset["session"]["audience"] == "establishment"
        # (one not cited who lives in another academy's department: this academy's office alone, for a doubt)
        ask = (ask_lines(guide, ruleset, t, routing_only=kind == "excluded", office_only=bool((result["standing"] or {}).get("elsewhere")))
               if kind == "not_listed" or (kind == "excluded" and establishments) else [])
        state = state_lines(guide, t)
        # (another academy's department in a reason by its name, as the page: the national table)
        names = {d.code: d.name for d in guide.routes.departments} if guide is not None and guide.has_table else None
        # registration closed on the day (BTS_GUIDE_TODAY when set): a contradiction's advice for then (read56 L6); a
        # closing the notice does not date too, from its last date (Nantes 2026)
        from ..site.notice_view import passed_dates, registration_closed

        closed = guide is not None and registration_closed(guide.notice, guide.today)
        # the dates over on the day: « — date passée » under both dates' headings, as the page (fixdup57), the
        # registration's closing among them once closed when the notice dates it (the one input for that: NOTE57)
        passed = passed_dates(guide.notice, ruleset, guide.today) if guide is not None else frozenset()
        # the pieces « demandées » on the day, by the page's decision (its bar's count and the list's title; walk67b L1)
        from .page import documents_past_on

        asked = guide is not None and documents_past_on(guide.notice, ruleset, result, guide.today)
        print(typography(emphasis.plain(render(ruleset, result, t, where, ask, state=state, names=names, left_out=left_out,
                                               closed=closed, passed=passed, department_note=own_words or by_establishment,
                                               asked=asked))))  # the notice's bold (**words**): words alone
    return 0
