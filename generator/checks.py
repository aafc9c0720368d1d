"""Stage 2 of the pipeline: cross-checks between fields, files and national content.

Each check reads the model only and reports problems; none raises. They run
after every file was read, so a single run lists every problem.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
import zoneinfo

from .department_checks import check_departments
from .french import cut_at_word, date_words, without_accents
from .interface import PLACEHOLDER, PLURAL, TEXTS
from .link_checks import check_links
from .loading import AcademyData, NationalContent, Project, session_years_written
from .model.conditions import Condition, condition_yaml
from .model.content import R408_TOPIC, InterfaceFile
from .model.session import LAYOUT_PARTS, SessionFile, draft_words, exam_office_in_force
from .model.specialties import SpecialtyRef, meant_words, specialty_meant
from .model.values import END_OF_DAY, MONTH_NAMES_FR, MONTHS_FR, NOT_GIVEN_WORDS, WEEKDAYS_FR, Moment, NotGiven, academic_year_bounds, clock_text, format_offset, given
from .problems import Location, Problems, ids_meant, quote, quote_key, space_in_key
from .provenance import check_content_provenance, check_session_provenance, statements_in_force
from .rule_coverage import check_rule_coverage
from .schema import VERIFY, Record, yaml_fields
from .strict_yaml import item_end

SPECIAL_KINDS = ("date", "department", "specialty", "option")
CONDITION_KINDS = ("choice", "derived", "specialty", "option")  # the kinds of question a condition may test (check_condition)


# A choice written in French where the data's is the English word (« oui » for yes: a staff walk, stop 47 L1).
_FRENCH_CHOICES = {"oui": "yes", "non": "no"}


def _nearest(word: str, options) -> str:
    french = _FRENCH_CHOICES.get(str(word).strip().lower())
    if french in options:
        return f" ; vouliez-vous dire {quote(french)} ?"
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" ; vouliez-vous dire {quote(close[0])} ?" if close else ""


def _start(words: str, length: int = 45) -> str:
    """The start of a label, cut at a word, « … » after it (french.cut_at_word): a choice recognised in a message
    without its whole label."""
    return cut_at_word(" ".join(str(words).split()), length)


def unknown_situation(value: str, situations: dict) -> str:
    """« situation inconnue … » and the choices to write: each with the start of its label (a staff walk, 44 M3, wrote
    « redoublant » and had to open content/questions.yaml to find « repeater »), or the nearest."""
    nearest = _nearest(value, situations)
    listing = ", ".join(f"{cid} ({quote(_start(label))})" for cid, label in situations.items())
    fix = (f"{nearest} (choix de la question situation de content/questions.yaml)" if nearest
           else f" ; écrire l'un des choix de la question situation de content/questions.yaml : {listing}")
    return f"situation inconnue {quote(value)}{fix}"


def unknown_question(qid: str, questions: dict, usable=None) -> str:
    """« question inconnue … » and how to fix it: the key without the non-breaking space typed before
    « : », the nearest id, the ids the word is part of (« age » → age_band, national_age_band), or else
    the ids ``usable`` there (default: every question)."""
    spaced = space_in_key(qid, questions)
    if spaced:
        return f"question inconnue {quote_key(qid)} ; {spaced}"
    # (suggested among the questions usable there: not « birth_date » in a condition, which reads its age bands)
    close = ids_meant(qid, [q for q in questions if usable is None or q in usable])
    if close:
        return f"question inconnue {quote_key(qid)} ; vouliez-vous dire {' ou '.join(quote(q) for q in close)} ?"
    listing = ", ".join(q for q in questions if usable is None or q in usable)
    return f"question inconnue {quote_key(qid)} ; écrire l'une des questions : {listing}"


def check_project(project: Project, problems: Problems) -> None:
    """Run every cross-check on what was read."""
    content = project.content
    if content.interface is not None:
        check_interface(content.interface, problems)
    if content.complete():
        check_content(content, problems)
        check_content_provenance(content, problems)
    check_departments(project, problems)
    check_links(project, problems)
    seen_departments: dict[str, str] = {}
    national = set(content.departments.academies) if content.departments is not None else None
    for slug, data in project.academies.items():
        check_academy(slug, data, problems, seen_departments, national)
        for year, session in data.sessions.items():
            check_session(year, data.session_files[year], session, data, content, problems)
            if content.complete():
                name = data.academy.name if data.academy is not None else slug
                check_session_provenance(year, session, content, problems, name)
    check_notice_refs(project, problems)
    rulesets = check_rule_coverage(project, problems)
    from .staff.checks import check_staff  # (imported here: the staff's modules use this one's rules)

    check_staff(project, problems, rulesets)  # what is left to check on the notices, and the staff's lint (warnings)


def check_content(content: NationalContent, problems: Problems) -> None:
    questions = content.questions.questions
    for qid, question in questions.items():
        at = question.origin
        if question.kind in ("choice", "derived") and not question.choices:
            problems.add(at, f"questions.{qid}.choices", f"la question {quote(qid)} de type {question.kind} n'a pas de choix ; ajouter choices:")
        for source in question.derived_from:
            if source not in questions:
                problems.add(question.where("derived_from"), f"questions.{qid}.derived_from", f"question inconnue {quote(source)}{_nearest(source, questions)}")
        check_condition(question.asked_when, content, problems, f"questions.{qid}.asked_when", file_hint=None)
        check_phrases(qid, question, problems)
        if question.kind == "department" and question.help:
            # its help depends on the notice (directory.department_help): a help written here would never be shown
            problems.add(question.where("help"), f"questions.{qid}.help", "l'aide de la question du département dépend de la notice (ce qu'elle dit de la résidence) : "
                         "elle s'écrit dans content/interface.yaml, department_hint.help_said et help_unsaid ; retirer help: d'ici")
    check_question_cycles(questions, problems)
    for did, document in content.documents.documents.items():
        check_condition(document.when, content, problems, f"documents.{did}.when", file_hint=None)
        if document.unless is not None:
            check_condition(document.unless, content, problems, f"documents.{did}.unless", file_hint=None)
        for i, case in enumerate(document.detail_cases):
            check_condition(case.when, content, problems, f"documents.{did}.detail_cases[{i}].when", file_hint=None)
        if document.replaces is not None and document.replaces not in content.documents.documents:
            known = content.documents.documents
            problems.add(document.where("replaces"), f"documents.{did}.replaces", f"document national inconnu {quote(document.replaces)}{_nearest(document.replaces, known)} ; écrire l'identifiant d'un document de content/documents.yaml")
    for wid, warning in content.checklist.warnings.items():
        check_condition(warning.when, content, problems, f"warnings.{wid}.when", file_hint=None)
    for tid, topic in content.topics.topics.items():
        for sid, statement in topic.statements.items():
            if statement.documents_when is not None:
                check_condition(statement.documents_when, content, problems, f"topics.{tid}.statements.{sid}.documents_when", file_hint=None)
            if statement.checklist_when is not None:
                check_condition(statement.checklist_when, content, problems, f"topics.{tid}.statements.{sid}.checklist_when", file_hint=None)
    specialties = content.specialties.specialties
    for lid, r408 in content.regulations.r408_lists.items():
        for i, entry in enumerate(r408.specialties):
            check_specialty_ref(entry.specialty, entry.where("specialty"), f"r408_lists.{lid}.specialties[{i}].specialty", specialties, problems)
    check_one_r408_list_per_session(content, problems)


def check_notice_refs(project: Project, problems: Problems) -> None:
    """The national texts' titles (``check_text_titles``) and citing notices (``check_citing_notices``); the notice a
    national R408 list is taken from (``as_given_by``: its title names it) is of an academy of the national table and
    cites the list's text. Its session is not checked against academies/: a session file removed (an archive dropped)
    must not break the national content, and the year is only said."""
    if project.content.texts is not None:
        check_text_titles(project.content.texts.texts, problems)
        if project.content.topics is not None:
            check_cited_statements(project.content.texts.texts, project.content.topics.topics, problems)
    if project.content.departments is None:
        return  # (a file that did not read: its own problems are said)
    table = project.content.departments.academies
    check_citing_notices(project, table, problems)
    if project.content.regulations is None:
        return
    for lid, r408 in project.content.regulations.r408_lists.items():
        ref = r408.as_given_by
        if ref is not None and ref.academy not in table:
            problems.add(
                ref.where("academy"), f"r408_lists.{lid}.as_given_by.academy",
                f"académie inconnue {quote(ref.academy)}{_nearest(ref.academy, table)} ; écrire l'identifiant (celui du "
                f"tableau content/departments.yaml et du dossier academies/) de l'académie dont la notice donne cette liste",
            )
        text = project.content.texts.texts.get(r408.source) if project.content.texts is not None else None
        if ref is not None and ref.academy in table and text is not None and not any(
            (c.academy, c.session) == (ref.academy, ref.session) for c in text.cited_by
        ):
            # (the page says the list « telle que la notice de … la donne » under its text said « cité par » other
            # notices: the notice the list is taken from cites its text; a review, 43 M5)
            citing = ", ".join(f"{c.academy} {c.session}" for c in text.cited_by) or "aucune"
            problems.add(
                ref.where("academy"), f"r408_lists.{lid}.as_given_by",
                f"la notice {quote(ref.academy)} de la session {ref.session} ne figure pas parmi les notices qui citent le texte "
                f"de cette liste, {quote(text.title)} (content/texts.yaml, texts.{r408.source}.cited_by : {citing}) ; ajouter "
                f"{{academy: {ref.academy}, session: {ref.session}, section: …}} à ce cited_by:, ou corriger as_given_by",
            )


def check_citing_notices(project: Project, table: dict, problems: Problems) -> None:
    """Each notice a national text is ``cited_by`` (content/texts.yaml) is of an academy of the national table, for a
    session not before the text's year (a notice of session 2024, published in the autumn of 2023, cites a text of 2023
    at the latest): the pages of the other notices name it as the notice the guide knows the text through (« cité par
    la notice de Clermont-Ferrand (session 2024) »). As for as_given_by (``check_notice_refs``), the session is not
    checked against academies/: a session file removed (an archive dropped) must not break the national content."""
    if project.content.texts is None:
        return
    for tid, text in project.content.texts.texts.items():
        date = given(text.date)
        for i, ref in enumerate(text.cited_by):
            path = f"texts.{tid}.cited_by[{i}]"
            if ref.academy not in table:
                problems.add(
                    ref.where("academy"), f"{path}.academy",
                    f"académie inconnue {quote(ref.academy)}{_nearest(ref.academy, table)} ; écrire l'identifiant (celui du "
                    f"tableau content/departments.yaml et du dossier academies/) de l'académie dont la notice cite ce texte",
                )
            if date is not None and ref.session < date.year:
                problems.add(
                    ref.where("session"), f"{path}.session",
                    f"session {ref.session} : la notice de cette session ne peut pas citer un texte daté du "
                    f"{date.day if date.day > 1 else '1er'} {MONTH_NAMES_FR[date.month - 1]} {date.year} "
                    f"(date: ci-dessus) ; écrire l'année de la session de la notice qui le cite, {date.year} ou après",
                )


def check_cited_statements(texts: dict, topics: dict, problems: Problems) -> None:
    """A citation of a text for some statements only (``cited_by: … statements:``, read49 L3) names national statements
    of content/topics.yaml (« rubrique.phrase ») that cite that text; and once a text has such citations, every statement
    that cites it has a notice citing it for it: the pages name the notices that cite the text for each rule
    (``merge._cited_for``), never none."""
    citing: dict[str, list[str]] = {}  # text → the statements citing it, « rubrique.phrase »
    for tid, topic in topics.items():
        for sid, statement in topic.statements.items():
            for source in statement.sources:
                citing.setdefault(source, []).append(f"{tid}.{sid}")
    for xid, text in texts.items():
        if not any(c.statements for c in text.cited_by):
            continue
        ours = citing.get(xid, [])
        for i, ref in enumerate(text.cited_by):
            for j, key in enumerate(ref.statements):
                if key not in ours:
                    problems.add(
                        ref.where("statements"), f"texts.{xid}.cited_by[{i}].statements[{j}]",
                        f"{quote(key)} n'est pas une phrase de content/topics.yaml qui cite ce texte (rubrique.phrase) ; "
                        f"les phrases qui le citent : {', '.join(ours) or 'aucune'}",
                    )
        for key in ours:
            if not any(not c.statements or key in c.statements for c in text.cited_by):
                problems.add(
                    text.where("cited_by"), f"texts.{xid}.cited_by",
                    f"aucune notice ne cite ce texte pour la phrase {quote(key)} de content/topics.yaml : ajouter {key} "
                    "sous statements: de la notice qui la dit avec ce texte, ou retirer le texte des sources: de la phrase",
                )


# Sessions over which two national R408 lists are compared (wide enough for any text of the guide).
_SESSIONS = range(1990, 2101)


def check_text_titles(texts: dict, problems: Problems) -> None:
    """Two national texts in force for a same session have different titles: a page names a text by its title, with
    the notices that cite it (``merge.Notice.text_words``), and two under one title would read as one; two versions
    of an article (from_session:, until_session:) may share a title when their sessions do not meet (a review, 43 L7)."""
    seen: dict[str, list[str]] = {}  # title → the texts before under it (every one: A until 2020, then B and C from 2021)
    for tid, text in texts.items():
        key = " ".join(text.title.split()).casefold()
        other = next((o for o in seen.get(key, ()) if any(text.in_force(y) and texts[o].in_force(y) for y in _SESSIONS)), None)
        seen.setdefault(key, []).append(tid)
        if other is not None:
            where = texts[other].where("title")
            problems.add(
                text.where("title"), f"texts.{tid}.title",
                f"titre {quote(text.title)} déjà celui du texte {quote(other)}"
                f"{f' (ligne {where.line})' if where is not None else ''}, en vigueur pour des sessions communes ; les pages "
                "ne sauraient pas lequel est cité : préciser le titre (article, date), ou borner leurs sessions "
                "(from_session:, until_session:) pour qu'elles ne se recouvrent pas",
            )


def check_one_r408_list_per_session(content: NationalContent, problems: Problems) -> None:
    """At most one national R408 list in force for a session (a new arrêté ends the old list's text)."""
    texts = content.texts.texts
    lists = [(lid, r408) for lid, r408 in content.regulations.r408_lists.items() if r408.source in texts]
    for i, (lid, r408) in enumerate(lists):
        for other_id, other in lists[:i]:
            both = [y for y in _SESSIONS if texts[r408.source].in_force(y) and texts[other.source].in_force(y)]
            if both:
                problems.add(
                    r408.where("source"), f"r408_lists.{lid}.source",
                    f"les listes R408 {quote(other_id)} et {quote(lid)} sont toutes deux en vigueur pour les sessions {both[0]} à {both[-1]} ; "
                    f"donner until_session au texte de l'ancienne liste dans content/texts.yaml (la session avant l'entrée en vigueur de la nouvelle)",
                )


def age_phrase_problem(words: str) -> str | None:
    """A phrase of the age at the reference date (``age_band``: content/questions.yaml, a notice's ``question_words``)
    that says the date itself, which the guide adds after the age (content/interface.yaml ``dates.age_band_phrase``:
    « … à la date de référence pour l'âge, le jeudi 12 octobre 2023 »): the problem in words, else None. The phrase
    says the age alone, so that every phrase reads as a sentence once dated (review57 L8: a notice's words read
    « vous avez 25 ans retenue par le guide … » when the template relied on the phrase's last words)."""
    if "date de référence" not in words.replace("’", "'").lower():
        return None
    return (f"{quote(words)} : le guide ajoute lui-même « à la date de référence pour l'âge, le … » après l'âge ; "
            "écrire l'âge seul, par exemple « vous avez entre 18 et 25 ans »")


def check_phrases(qid: str, question, problems: Problems) -> None:
    """The words of a question in the pages' « Pour qui »: one phrase per choice, or one phrase with {choice}."""
    if qid == "age_band":
        for cid, words in question.phrases.items():
            if (problem := age_phrase_problem(words)) is not None:
                problems.add(question.where(f"phrases.{cid}"), f"questions.{qid}.phrases.{cid}", problem)
        for i, together in enumerate(question.phrases_together):
            if (problem := age_phrase_problem(together.words)) is not None:
                problems.add(together.where("words"), f"questions.{qid}.phrases_together[{i}].words", problem)
    if question.phrases:
        for cid in question.phrases:
            if cid not in question.choices:
                problems.add(question.where(f"phrases.{cid}"), f"questions.{qid}.phrases.{cid}", f"choix inconnu {quote(cid)}{_nearest(cid, question.choices)} ; les choix : {', '.join(question.choices) or 'aucun'}")
        missing = [cid for cid in question.choices if cid not in question.phrases]
        if missing:
            problems.add(question.where("phrases"), f"questions.{qid}.phrases", f"pas de phrase pour {', '.join(quote(c) for c in missing)} ; écrire une phrase pour chaque choix (ou retirer phrases:)")
    for i, together in enumerate(question.phrases_together):
        where, path = together.where("choices"), f"questions.{qid}.phrases_together[{i}].choices"
        unknown = [c for c in together.choices if c not in question.choices]
        for cid in unknown:
            problems.add(where, path, f"choix inconnu {quote(cid)}{_nearest(cid, question.choices)} ; les choix : {', '.join(question.choices) or 'aucun'}")
        if not unknown and len(set(together.choices)) < 2:
            problems.add(where, path, "écrire au moins deux choix différents (les mots d'un seul choix s'écrivent sous phrases:)")
    if question.phrase is not None:
        names = PLACEHOLDER.findall(question.phrase)
        if names != ["choice"]:
            problems.add(
                question.where("phrase"), f"questions.{qid}.phrase",
                f"{quote(question.phrase)} : écrire {{choice}} une fois, à la place de la réponse (par exemple « vous présentez le BTS {{choice}} »)",
            )
        if question.kind in ("choice", "derived"):
            problems.add(question.where("phrase"), f"questions.{qid}.phrase", "pour une question à choix, écrire une phrase par choix sous phrases: (au lieu de phrase:)")


def check_question_cycles(questions: dict, problems: Problems) -> None:
    """A question may not depend on itself through ``asked_when``, ``derived_from`` or ``yes_when`` (the engine
    reads a question « yes » when its ``yes_when`` holds).

    Such a loop leaves the checklist undecided for ever, with no question left to ask.
    """
    def depends_on(qid: str) -> set[str]:
        question = questions[qid]
        said = question.yes_when.questions() if question.yes_when is not None else set()
        return {q for q in question.asked_when.questions() | set(question.derived_from) | said if q in questions}

    state: dict[str, str] = {}

    def visit(qid: str, trail: list[str]) -> None:
        state[qid] = "open"
        for other in sorted(depends_on(qid)):
            if state.get(other) == "open":
                loop = trail[trail.index(other):] + [qid, other] if other in trail else [qid, other]
                question = questions[qid]
                problems.add(
                    question.where("asked_when"),
                    f"questions.{qid}.asked_when",
                    f"boucle entre questions ({' → '.join(loop)}) : une question ne peut pas dépendre d'elle-même ; retirer l'une de ces conditions",
                )
            elif other not in state:
                visit(other, trail + [qid])
        state[qid] = "done"

    for qid in questions:
        if qid not in state:
            visit(qid, [])


def _placeholder_list(names) -> str:
    return ", ".join("{" + name + "}" for name in names) or "aucun"


def check_interface(interface: InterfaceFile, problems: Problems) -> None:
    """content/interface.yaml has every text the code asks for, each with exactly its placeholders."""
    for gid, group in interface.groups.items():
        if gid not in TEXTS:
            problems.add(interface.where(f"groups.{gid}"), f"groups.{gid}", f"groupe inconnu {quote(gid)}{_nearest(gid, TEXTS)} (groupes : {', '.join(TEXTS)})")
            continue
        expected = TEXTS[gid]
        for tid, template in group.texts.items():
            path, where = f"groups.{gid}.texts.{tid}", group.where(f"texts.{tid}")
            if tid not in expected:
                problems.add(where, path, f"texte inconnu {quote(tid)} : le générateur ne l'affiche pas{_nearest(tid, expected)}")
                continue
            wanted = expected[tid]
            used = PLACEHOLDER.findall(template) + [m.group(1) for m in PLURAL.finditer(template)]
            allowed = f"paramètres de ce texte : {_placeholder_list(wanted)}"
            for name in dict.fromkeys(used):
                if name not in wanted:
                    braced = ["{" + w + "}" for w in wanted]
                    problems.add(where, path, f"paramètre inconnu {quote('{' + name + '}')}{_nearest('{' + name + '}', braced)} ({allowed})")
            for name in wanted:
                if name not in used:
                    problems.add(where, path, f"paramètre {quote('{' + name + '}')} manquant : la valeur qu'il porte disparaîtrait de la page ; le remettre ({allowed})")
            bare = PLACEHOLDER.sub("", PLURAL.sub("", template))  # « {count|pièce|pièces} »: words by number
            if "{" in bare or "}" in bare:
                problems.add(where, path, f"accolade seule ou paramètre mal écrit ; écrire les paramètres ainsi : {_placeholder_list(wanted)}")
        for tid in expected:
            if tid not in group.texts:
                problems.add(group.where("texts"), f"groups.{gid}.texts.{tid}", f"texte {quote(tid)} manquant ; l'ajouter (paramètres : {_placeholder_list(expected[tid])})")
    for gid in TEXTS:
        if gid not in interface.groups:
            problems.add(interface.where("groups"), f"groups.{gid}", f"groupe {quote(gid)} manquant ; l'ajouter avec ses textes : {', '.join(TEXTS[gid])}")


def check_academy(slug: str, data: AcademyData, problems: Problems, seen_departments: dict[str, str], national: set[str] | None = None) -> None:
    """``national``: the academy ids of content/departments.yaml (None when it could not be read)."""
    academy = data.academy
    if academy is None:
        return
    if academy.slug != slug and (national is None or slug in national):
        # (a folder that is not an academy of the national table: that is what is said, with the folder to name after
        # it; « écrire slug: <dossier> » would be the wrong fix)
        problems.add(academy.where("slug"), "slug", f"{quote(academy.slug)} ne correspond pas au dossier {quote(slug)} ; écrire slug: {slug}")
    for i, department in enumerate(academy.departments):
        owner = seen_departments.get(department.code)
        if owner == slug:
            problems.add(department.where("code"), f"departments[{i}].code", f"département {quote(department.code)} en double ; le garder une seule fois")
        elif owner and not (national is not None and slug in national and owner in national):
            # (both academies of the national table: department_checks says which one the table gives it to, with the
            # line to remove, at this very line: validate of the one academy said only that, the build said both;
            # staffwalk54 L1)
            problems.add(department.where("code"), f"departments[{i}].code", (
                f"département {quote(department.code)} déjà rattaché à l'académie {quote(owner)} (academies/{owner}/academy.yaml) ; "
                "un département relève d'une seule académie : retirer sa ligne du fichier de l'académie dont la notice ne le "
                f"donne pas (celui-ci ou academies/{owner}/academy.yaml)"))
        seen_departments[department.code] = slug


def says_strict(words: str | None) -> bool:
    """Whether a deadline's words (the notice's) say it is strict, as the field ``strict`` is defined
    (model/session.py): « délai de rigueur » (« délais de rigueur », « ces délais sont de rigueur ») or « hors délai »
    (« hors-délai », « hors délais »); in capitals or without accents too (« DELAI DE RIGUEUR »)."""
    return _STRICT_WORDS.search(_plain_words(words or "")) is not None


def _plain_words(words: str) -> str:
    """Words as a reader tells them from others: without accents, case or spacing, apostrophes as one (’ and ')."""
    return " ".join(without_accents(words.replace("’", "'").casefold()).split())


_STRICT_WORDS = re.compile(r"\bde rigueur\b|\bhors[- ]delais?\b")


def _year_not_the_file_s(year: int, info, session_file: SessionFile, data: AcademyData) -> str:
    """A session's ``year:`` other than its file's name: which of the two to change, by the year its dates are in
    (staffwalk54 M1: a file of the 2025 session named 2024.yaml was told first « écrire year: 2024 », and doing so gave
    one « hors de l'année de la session 2024 » per date). Its dates all in the school year of its ``year:``: the file's
    name is the mistake (unless that file exists); all in the school year of its name: ``year:`` is; else both said."""
    said = f"{quote(info.year)} ne correspond pas au nom du fichier {quote(str(year) + '.yaml')}"
    days = [moment if isinstance(moment, dt.date) else moment.date
            for moment in (given(info.opening), given(info.closing), *(given(d.at) for d in session_file.deadlines.values()))
            if moment is not None]

    def all_in(session: int) -> bool:
        first, last = academic_year_bounds(session)
        return bool(days) and all(first <= day <= last for day in days)

    if isinstance(info.year, int) and all_in(info.year):
        first, last = academic_year_bounds(info.year)
        dates = f"ses dates sont toutes dans l'année de la session {info.year} (du {date_words(first)} au {date_words(last)})"
        if info.year in data.sessions or str(info.year) in session_years_written(data.folder):
            return (f"{said} ; {dates}, mais un fichier {info.year}.yaml existe déjà dans le dossier : garder celui des deux "
                    f"qui suit la notice de la session {info.year} et supprimer l'autre")
        return f"{said} ; {dates} : renommer le fichier en {info.year}.yaml (ne pas changer year:)"
    if all_in(year):
        return f"{said} ; ses dates sont toutes dans l'année de la session {year} : écrire year: {year}"
    return f"{said} ; écrire year: {year} ou renommer le fichier en {info.year}.yaml"


def _day_and_month_swapped(day: dt.date, written: str, first: dt.date, last: dt.date, likely: dt.date | None,
                           registration: dt.date | None) -> str:
    """A date out of its session's year that, day and month swapped, is in it and nearer its registration (the closing,
    else the opening) than the same day and month in the year (staffwalk58 M3: « au plus tard le 6 décembre 2024 » typed
    2024-06-12 was told only « 2025-06-12 ? », a valid date in June that the notice never gave): that reading too, the
    hour kept. Nothing when the two are the same day, the swapped one is no date or out of the year, or the registration's
    date is not given (nothing to tell the likelier reading by)."""
    try:
        swapped = day.replace(month=day.day, day=day.month)
    except ValueError:  # (a day after the 12th: no month)
        return ""
    if swapped == day or swapped == likely or not first <= swapped <= last or registration is None:
        return ""
    if likely is not None and first <= likely <= last and abs((likely - registration).days) <= abs((swapped - registration).days):
        return ""
    return f" ; ou jour et mois inversés ({swapped.isoformat()}{written[10:]} ?)"


def _in_the_year(moment: Moment, first: dt.date, last: dt.date) -> Moment:
    """A session's opening or closing out of its session's year moved to the same day and month in it (the year
    ``check_session``'s in_year suggests), its hour kept; itself when in the year, or when that day is not in it."""
    day = moment.date
    if first <= day <= last:
        return moment
    try:
        likely = day.replace(year=first.year if day.month >= first.month else last.year)
    except ValueError:  # (29 February)
        return moment
    return dataclasses.replace(moment, date=likely) if first <= likely <= last else moment


def check_session(year: int, file: str, session_file: SessionFile, data: AcademyData, content: NationalContent, problems: Problems) -> None:
    info = session_file.session
    year_matches = info.year == year
    if not year_matches:
        problems.add(info.where("year"), "session.year", _year_not_the_file_s(year, info, session_file, data))
    first, last = academic_year_bounds(info.year)

    def in_year(moment, where: Location | None, path: str, unordered: str = "") -> None:
        # While the year and the file name disagree, which academic year the
        # dates belong to is unknown: only that disagreement is reported.
        day = moment if isinstance(moment, dt.date) else moment.date
        if year_matches and not first <= day <= last:
            # the same day and month in the session's academic year: most often the year mistyped (a staff walk, 47 L3)
            try:
                likely = day.replace(year=first.year if day.month >= first.month else last.year)
            except ValueError:  # (29 February)
                likely = None
            # (the value as written, its hour kept: review52 L3)
            written = day.isoformat() if isinstance(moment, dt.date) else str(moment)
            guess = f" ({likely.isoformat()}{written[10:]} ?)" if likely is not None and first <= likely <= last else ""
            if unordered:
                # (the year's guess would put the opening after the closing: said now, not at the next validate)
                guess = unordered
            problems.add(where, path, f"{quote(written)} est hors de l'année de la session {info.year} (du {date_words(first)} au {date_words(last)}) ; "
                                      f"vérifier l'année{guess}{_day_and_month_swapped(day, written, first, last, likely, _registration_day())}{_of_a_later_session_file(day)}")

    def _registration_day() -> dt.date | None:
        """The day of the closing, else of the opening, when it is in the session's year (else itself a mistake)."""
        for moment in (given(info.closing), given(info.opening)):
            day = moment if isinstance(moment, dt.date) else moment.date if moment is not None else None
            if day is not None and first <= day <= last:
                return day
        return None

    def _of_a_later_session_file(day: dt.date) -> str:
        """A date of a later session whose file is in the folder: the new notice written into this (older) file instead of
        the new one (staffwalk58 M2: the 2024 file edited with the 2025 notice's dates, told only « 2023-10-10 09:00 ? »,
        a date its own notice never gave)."""
        later = sorted({*(y for y in data.sessions if isinstance(y, int)),
                        *(int(y) for y in session_years_written(data.folder))} - {info.year})
        for session in later:
            start, end = academic_year_bounds(session)
            if session > info.year and start <= day <= end:
                return (f" ; ou cette date est celle de la notice de la session {session}, dont le fichier {session}.yaml existe : "
                        f"ce fichier de la session {info.year} modifié à la place de {session}.yaml ? alors le rétablir tel qu'il était "
                        f"(voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel) et écrire "
                        f"la nouvelle notice dans {session}.yaml")
        return ""

    opening, closing = given(info.opening), given(info.closing)
    # a closing out of the session's year, before the opening and in its year (2023-01-15 for 2023-11-15, opening
    # 2023-10-11): the month mistyped as likely as the year, and the year's guess (2024-01-15) looked right while wrong
    # (review86 L5): no year offered, the order said with the year (fixstaff63 item 7)
    month_too = (year_matches and info.closing_not_after_opening and opening is not None and closing is not None
                 and first <= opening.date <= last and not first <= closing.date <= last
                 and closing.date.year == opening.date.year)
    # the same the other way (fixstaff64 item 1): an opening out of the year, after a closing in it and in the closing's
    # year (2024-10-05 for 2024-01-05, closing 2024-01-15): its year's guess (2023-10-05) looks as right while as likely wrong
    opening_month_too = (year_matches and info.closing_not_after_opening and opening is not None and closing is not None
                         and first <= closing.date <= last and not first <= opening.date <= last
                         and closing.date.year == opening.date.year)
    # one of the two out of the year, the order right as typed but wrong once its year is corrected (opening 2022-11-20,
    # closing 2023-11-15: « 2023-11-20 ? » was offered, and the next validate said the closing was not after the opening,
    # review86 L4): the corrected date and the order said in the same line, so that one round of validate tells it
    unordered = {}
    if year_matches and opening is not None and closing is not None and not info.closing_not_after_opening:
        mended = {"opening": _in_the_year(opening, first, last), "closing": _in_the_year(closing, first, last)}
        moved = [name for name, value in (("opening", opening), ("closing", closing)) if mended[name] != value]
        if len(moved) == 1 and not mended["opening"].start() < mended["closing"].end():
            if moved == ["opening"]:
                unordered["opening"] = (f", mais l'année corrigée ({mended['opening']}) mettrait l'ouverture après la clôture "
                                        f"{quote(str(closing))} : vérifier aussi le jour et le mois de l'ouverture sur la notice, "
                                        f"puis la clôture")
            else:
                unordered["closing"] = (f", mais l'année corrigée ({mended['closing']}) mettrait la clôture avant l'ouverture "
                                        f"{quote(str(opening))} : vérifier aussi le jour et le mois de la clôture sur la notice, "
                                        f"puis l'ouverture")
        elif len(moved) == 2 and not mended["opening"].start() < mended["closing"].end():
            # both out of the year, in order as typed, out of order once both years are corrected (opening 2022-08-20,
            # closing 2022-11-15: « 2024-08-20 ? » and « 2023-11-15 ? » were offered, the order said at the next
            # validate only: review92)
            for name in moved:
                unordered[name] = (f", mais les années corrigées (ouverture {mended['opening']}, clôture {mended['closing']}) "
                                   f"mettraient l'ouverture après la clôture : vérifier aussi le jour et le mois des deux dates "
                                   f"sur la notice")
    for name, value in (("opening", opening), ("closing", closing)):
        if value is not None and not (name == "closing" and month_too) and not (name == "opening" and opening_month_too):
            in_year(value, info.where(name), f"session.{name}", unordered.get(name, ""))
    if opening and opening.time == END_OF_DAY:
        problems.add(
            info.where("opening"), "session.opening",
            f"{quote(str(opening))} : 24:00 est la fin de la journée (le « minuit » d'une date limite), pas une ouverture ; "
            f"pour une ouverture à minuit, écrire le jour où elle commence à 00:00, par exemple {opening.date.isoformat()} 00:00 "
            "si la notice veut dire le début de cette journée",
        )
    if info.closing_not_after_opening:
        # a date typed in another year (« closing: 2022-11-15 17:00 » in the 2024 session) is said by in_year, with the
        # year to write: the order, which that year mends, is not said first as if it were the cause (staffwalk60 L,
        # fixstaff62 item 2); said only when the year corrected would still leave the closing not after the opening
        mended = {name: _in_the_year(value, first, last) if year_matches else value for name, value in (("opening", opening), ("closing", closing))}
        if month_too:
            swapped = _day_and_month_swapped(closing.date, str(closing), first, last, None, opening.date)
            problems.add(info.where("closing"), "session.closing", (
                f"la clôture {quote(str(closing))} n'est pas après l'ouverture {quote(str(opening))}, de la même année, et elle "
                f"est hors de l'année de la session {info.year} (du {date_words(first)} au {date_words(last)}) : mois mal tapé ? "
                f"vérifier la date de clôture sur la notice (jour, mois et année){swapped}"))
        elif opening_month_too:
            swapped = _day_and_month_swapped(opening.date, str(opening), first, last, None, closing.date)
            if swapped and not opening.date.replace(month=opening.date.day, day=opening.date.month) < closing.date:
                swapped = ""  # (day and month swapped, still after the closing: no reading)
            problems.add(info.where("opening"), "session.opening", (
                f"l'ouverture {quote(str(opening))} n'est pas avant la clôture {quote(str(closing))}, de la même année, et elle "
                f"est hors de l'année de la session {info.year} (du {date_words(first)} au {date_words(last)}) : mois mal tapé ? "
                f"vérifier la date d'ouverture sur la notice (jour, mois et année){swapped}"))
        elif mended == {"opening": opening, "closing": closing}:
            problems.add(info.where("closing"), "session.closing", f"la clôture {quote(str(closing))} n'est pas après l'ouverture {quote(str(opening))} ; vérifier les deux dates")
        elif not mended["opening"].start() < mended["closing"].end():
            years = (f"même son année corrigée ({mended['closing']})" if mended["opening"] == opening
                     else f"même l'année corrigée (ouverture {mended['opening']}, clôture {mended['closing']})")
            problems.add(info.where("closing"), "session.closing", f"la clôture {quote(str(closing))} n'est pas après l'ouverture "
                                                                   f"{quote(str(opening))}, {years} ; vérifier les deux dates")
    if opening is None and closing is None and info.dates_note is None:
        problems.add(info.origin, "session.dates_note", "ni ouverture ni clôture : ajouter dates_note: pour dire ce que la notice en dit")
    if info.audience in ("establishment", "both") and session_file.establishment_guide is None:
        problems.add(
            session_file.origin, "establishment_guide",
            f"clé « establishment_guide » manquante pour une notice {info.audience} ; ajouter la partie réservée aux établissements, ou establishment_guide: non précisé par la notice",
        )
    _check_deposit_by_establishment(session_file, problems)
    _check_documents_by_route(session_file, problems)

    # (the texts of the session before: words of a draft not among them are new, its weekdays no previous notice's)
    earlier = [y for y in data.sessions if y < year]
    previous = frozenset(" ".join(t.split()) for t in _all_texts(data.sessions[max(earlier)])) if earlier else None
    if previous is None and not any(int(y) < year for y in session_years_written(data.folder)):
        # no session before, read or not (a new academy's file, marked by new-academy): no words are a previous
        # notice's, a wrong weekday is a problem (a staff walk, stop 49 M3: « mots de la notice précédente », « à vérifier »)
        previous = frozenset()
    check_all_weekdays(session_file, "", problems, info.year, previous=previous)
    if data.academy is not None:
        check_local_times(session_file, data.academy.timezone, problems)
    deadlines = session_file.deadlines
    if "documents" not in deadlines:
        problems.add(session_file.where("deadlines"), "deadlines.documents", "date limite « documents » manquante ; ajouter la date limite de dépôt des pièces justificatives")
    for did, deadline in deadlines.items():
        path = f"deadlines.{did}"
        # (without the notice's words, nothing to check strict against)
        if deadline.strict and given(deadline.words) and not says_strict(deadline.words):
            problems.add(
                deadline.where("strict"), f"{path}.strict",
                "strict: true, mais les mots de la notice recopiés dans words: ne disent ni « de rigueur » ni « hors délai » : "
                "la page afficherait « Délai de rigueur » sans que la notice le dise ; recopier dans words: la phrase de la notice "
                "qui le dit, ou retirer strict: true (les mots de la notice, recopiés dans words:, disent alors ce qu'elle prévoit)",
            )
        at = given(deadline.at)
        if at is None:
            continue
        if (year_matches and closing is not None and first <= closing.date <= last and not first <= at.date <= last
                and at.date.year == closing.date.year and at.date < closing.date and deadline.kind == "deadline"
                and not deadline.precedes_closing):
            # a date limit after the closing typed before it, out of the year, in the closing's year (2023-01-22 for
            # 2023-11-22, closing 2023-11-15): the month mistyped as likely as the year, whose guess (2024-01-22) looks
            # right (fixstaff64 item 1, as the closing's month_too above)
            problems.add(deadline.where("at"), f"{path}.at", (
                f"{quote(str(at))} est avant la clôture des inscriptions {quote(str(closing))}, de la même année, et hors de "
                f"l'année de la session {info.year} (du {date_words(first)} au {date_words(last)}) : mois mal tapé ? "
                f"vérifier cette date sur la notice (jour, mois et année)"))
            continue
        # a date said before the closing (precedes_closing:) out of the year, whose year's guess would put it after the
        # closing (2023-01-10 for the adjustment, closing 2023-11-15: « 2024-01-10 ? » was offered, and validate said
        # nothing more): the guess contradicts the file, said in the same line (review92 L3, as the session's above)
        after_closing = ""
        if (year_matches and deadline.precedes_closing and closing is not None and first <= closing.date <= last
                and not first <= at.date <= last):
            mended_at = _in_the_year(at, first, last)
            if mended_at != at and mended_at.date > closing.date:
                after_closing = (f", mais l'année corrigée ({mended_at}) la mettrait après la clôture {quote(str(closing))}, "
                                 f"alors que precedes_closing: true la dit avant : vérifier aussi le jour et le mois de cette "
                                 f"date sur la notice")
        in_year(at, deadline.where("at"), f"{path}.at", after_closing)
        if year_matches and not (first <= at.date <= last and (closing is None or first <= closing.date <= last)):
            continue  # (its year or the closing's, said above, is the mistake: not « precedes_closing », a staff walk, stop 47 L4)
        # (a date alone covers its whole day: on the closing day it is not before a closing at 24:00 either, whose end is
        # the day's last second, after a date's 23:59: a staff walk, stop 49 L10)
        before = at.date < closing.date if closing and at.time is None else closing and at.end() < closing.end()
        if deadline.kind == "deadline" and closing and not deadline.precedes_closing and before:
            # a closing written without its hour, a deadline at an hour of that day (« closing: 2024-11-13 », the hour
            # dropped; « at: 2024-11-13 16:00 »): the closing's missing hour is the likelier slip (staffwalk60 M2: told
            # to correct the deadline, whose line the message named, not the closing's)
            hour = (f" : la clôture est écrite sans heure (elle couvre toute la journée) ; si la notice donne l'heure de la clôture, "
                    f"l'écrire (closing: {closing.date.isoformat()} HH:MM, ligne {info.where('closing').line}) ; sinon"
                    if closing.time is None and at.time is not None and at.date == closing.date else " ;")
            problems.add(deadline.where("at"), f"{path}.at", f"{quote(str(at))} est avant la clôture des inscriptions {quote(str(closing))}{hour} corriger la date, ou écrire precedes_closing: true si la notice le dit")

    def known_deadline(value, where, path):
        if value == "documents" and "documents" not in deadlines:
            return  # the missing "documents" deadline is reported once, above
        if value is not None and value not in deadlines:
            # (and how to fix it, staffwalk58 M4: a date removed from deadlines: with the notice's new one, its pieces
            # still naming it, was told no more than the ids)
            problems.add(where, path, f"date limite inconnue {quote(value)}{_nearest(value, deadlines)} (dates définies : "
                                      f"{', '.join(deadlines)}) ; écrire l'une d'elles, ou, si la notice donne cette date, "
                                      f"l'ajouter sous deadlines: ({value}: avec label: et at:)")

    steps = given(session_file.steps) or ()
    who = given(session_file.who) or ()
    documents = given(session_file.documents) or ()
    adjustment = given(session_file.exam_adjustment)
    for i, step in enumerate(steps):
        known_deadline(step.deadline, step.where("deadline"), f"steps[{i}].deadline")
    if adjustment:
        known_deadline(adjustment.deadline, adjustment.where("deadline"), "exam_adjustment.deadline")
        if adjustment.send_to_address is not None and not adjustment.send_to:
            # (the address of no one: nothing would show it; review53 M1)
            problems.add(adjustment.where("send_to_address"), "exam_adjustment.send_to_address",
                         "adresse sans destinataire : écrire sous send_to: le destinataire que la notice nomme (« Médecin désigné par la CDAPH »), "
                         "ou retirer send_to_address:")
        if adjustment.ask_office_section is not None:
            # (to ask an office for an address the notice does not give: the address said not given, an office to ask)
            where, path = adjustment.where("ask_office_section"), "exam_adjustment.ask_office_section"
            if not isinstance(adjustment.send_to_address, NotGiven):
                problems.add(where, path, f"{quote(adjustment.ask_office_section)} : ce champ fait dire au site de demander au "
                                          "bureau des examens l'adresse que la notice ne donne pas ; il va avec send_to_address: "
                                          f"{NOT_GIVEN_WORDS} : l'écrire si la notice ne donne pas l'adresse du destinataire, "
                                          "sinon retirer ask_office_section:")
            # (an academy file that could not be read: its own problem already said, nothing to compare with)
            elif data.academy is not None and exam_office_in_force(data.academy, session_file) is None:
                problems.add(where, path, f"{quote(adjustment.ask_office_section)} : pas de bureau des examens à qui demander "
                                          "l'adresse (ni exam_office: dans ce fichier, ni dans academy.yaml, qui écrit « non "
                                          "précisé par la notice ») ; écrire sous exam_office: le bureau que la notice dit de "
                                          "contacter, ou retirer ask_office_section:")

    if not content.complete():
        return
    questions = content.questions.questions
    specialties = content.specialties.specialties
    national_documents = content.documents.documents

    situations = questions.get("situation").choices if "situation" in questions else {}
    routes = questions.get("route").choices if "route" in questions else {}
    check_layout(session_file, content, problems)
    check_source_note_topics(session_file, content, problems)
    for i, category in enumerate(who):
        if category.situation not in situations:
            problems.add(category.where("situation"), f"who[{i}].situation", unknown_situation(category.situation, situations))
        for j, route in enumerate(category.routes):
            if route not in routes:
                problems.add(category.where(f"routes[{j}]"), f"who[{i}].routes[{j}]", f"voie inconnue {quote(route)}{_nearest(route, routes)} (choix : {', '.join(routes)})")

    seen_ids: dict[str, int] = {}  # id → index of the first document with it
    uses_age = ""  # id of the first document that depends on the candidate's age
    for i, document in enumerate(documents):
        path = f"documents[{i}]"
        if document.id in seen_ids:
            first = seen_ids[document.id]
            where = documents[first].where("id")
            line = f" (ligne {where.line})" if where is not None else ""
            copies = _copies_of(documents, i)
            twice = _pasted_twice(copies, problems) if document is not copies[0] else None
            if twice is not None:
                if document is copies[1]:  # (one message for every copy: review69 L5)
                    problems.add(document.where("id"), f"{path}.id", f"la pièce {quote(document.id)} est écrite {twice}")
            else:
                problems.add(document.where("id"), f"{path}.id", f"identifiant {quote(document.id)} déjà utilisé par documents[{first + 1}]{line} ; choisir un identifiant unique")
        elif document.id in national_documents:
            problems.add(document.where("id"), f"{path}.id", f"identifiant {quote(document.id)} déjà pris par un document national (content/documents.yaml) ; choisir un autre identifiant (et covers: [{document.id}] si c'est la même pièce)")
        seen_ids.setdefault(document.id, i)
        known_deadline(document.deadline, document.where("deadline"), f"{path}.deadline")
        check_condition(document.when, content, problems, f"{path}.when", file_hint=None)
        if "age_band" in document.when.questions() and not uses_age:
            uses_age = document.id
    check_no_pieces_elsewhere(who, documents, problems)
    check_jdc_covers(documents, session_file, content, problems)
    check_jdc_nationality(documents, content, problems)
    for i, step in enumerate(steps):
        check_condition(step.when, content, problems, f"steps[{i}].when", file_hint=None)
    for i, contradiction in enumerate(session_file.contradictions):
        check_condition(contradiction.when, content, problems, f"contradictions[{i}].when", file_hint=None)
    for wid, switch in session_file.warnings.items():
        if switch.when is not None:
            check_condition(switch.when, content, problems, f"warnings.{wid}.when", file_hint=None)
    for tid, topic_text in (given(session_file.topics) or {}).items():
        for i, statement in enumerate(topic_text.notice):
            if statement.checklist_when is not None:
                check_condition(statement.checklist_when, content, problems, f"topics.{tid}.notice[{i}].checklist_when", file_hint=None)
    for qid, words in session_file.question_words.items():
        path = f"question_words.{qid}"
        question = questions.get(qid)
        if question is None:
            problems.add(words.origin, path, f"{unknown_question(qid, questions)} (questions de content/questions.yaml)")
            continue
        for name in ("choices", "phrases"):
            for choice in getattr(words, name):
                if choice not in question.choices:
                    problems.add(
                        words.where(name), f"{path}.{name}.{choice}",
                        f"choix inconnu {quote(choice)} de la question {quote(qid)}{_nearest(choice, question.choices)} (choix : {', '.join(question.choices)})",
                    )
        for choice, phrase in words.phrases.items() if qid == "age_band" else ():
            if (problem := age_phrase_problem(phrase)) is not None:
                problems.add(words.where(f"phrases.{choice}"), f"{path}.phrases.{choice}", problem)
    if uses_age and info.age_reference_date is None:
        problems.add(
            info.origin, "session.age_reference_date",
            f"la pièce {quote(uses_age)} dépend de l'âge à une date (age_band) ; ajouter age_reference_date: AAAA-MM-JJ, "
            "la date à laquelle la notice apprécie l'âge ; si elle n'en donne pas, écrire la date retenue, pourquoi dans "
            "age_reference_note et age_reference_by_guide: true (Clermont-Ferrand 2024 : le premier jour des inscriptions), ou lire l'âge sur la période "
            "d'inscription, comme la règle nationale, avec national_age_band (voir « Écrire ce que dit la notice », "
            "« La JDC et l'âge »)",
        )

    check_exam_office_people(session_file, data, problems)
    for i, group in enumerate(given(session_file.specialty_contacts) or ()):
        for j, ref in enumerate(group.specialties):
            check_specialty_ref(ref, group.where(f"specialties[{j}]"), f"specialty_contacts[{i}].specialties[{j}]", specialties, problems)
    for i, managed in enumerate(given(session_file.managing_academies) or ()):
        check_specialty_ref(managed.specialty, managed.where("specialty"), f"managing_academies[{i}].specialty", specialties, problems)
    r408 = given(session_file.r408)
    if r408 is not None and r408.list is not None:
        for i, entry in enumerate(r408.list.specialties):
            check_specialty_ref(entry.specialty, entry.where("specialty"), f"r408.list.specialties[{i}].specialty", specialties, problems)
        after = r408.list.printed_after
        own = (given(session_file.topics) or {}).get(R408_TOPIC)
        paragraphs = len(own.notice) + len(own.replace) if own is not None else 0
        if after is not None and not 0 <= after <= paragraphs:
            fix = f"écrire un nombre de 0 à {paragraphs}, ou retirer printed_after: (tous avant la liste)" if paragraphs else "retirer printed_after:"
            problems.add(
                r408.list.where("printed_after"), "r408.list.printed_after",
                f"{after} paragraphe(s) avant la liste, mais la notice en a {paragraphs} sur la R408 (topics: r408: notice: et replace:) ; {fix}",
            )
    for i, note in enumerate(session_file.source_notes):
        if _FIELD_PATH.search(note.about) or note.about.strip().split(" ")[0] in _SESSION_KEYS:
            problems.add(note.where("about"), f"source_notes[{i}].about", f"{quote(note.about)} ressemble à un nom de champ ; écrire le sujet en français (il s'affiche sur la page), par exemple « Attestation R408 »")

    group_names = list(dict.fromkeys(document.group for document in documents if document.group))
    for i, document in enumerate(documents):
        for j, name in enumerate(document.also_listed_in):
            if name == document.group or name not in group_names:
                why = "c'est déjà sa rubrique (group:)" if name == document.group else f"aucune pièce n'a cette rubrique (group:){_nearest(name, group_names)}"
                problems.add(
                    document.where(f"also_listed_in[{j}]"), f"documents[{i}].also_listed_in[{j}]",
                    f"{quote(name)} : {why} ; écrire la rubrique d'une autre pièce, telle qu'elle est écrite dans son group:",
                )
        if document.also_listed_as_written is not None and not document.also_listed_in:
            problems.add(
                document.where("also_listed_as_written"), f"documents[{i}].also_listed_as_written",
                "la pièce n'est répétée dans aucune autre rubrique (also_listed_in: vide) ; ajouter also_listed_in: "
                "avec les rubriques où la notice l'écrit ainsi, ou retirer also_listed_as_written:",
            )

    check_group_titles(year, session_file, documents, content, problems)

    form_ids = [form.id for form in given(session_file.forms) or ()]
    for i, document in enumerate(documents):
        if document.form is not None and document.form not in form_ids:
            known = f" (formulaires : {', '.join(form_ids)})" if form_ids else " (la session n'a pas de forms:)"
            problems.add(document.where("form"), f"documents[{i}].form", f"formulaire inconnu {quote(document.form)}{_nearest(document.form, form_ids)}{known}")
    for i, form in enumerate(given(session_file.forms) or ()):
        for where, part in form.all_parts():
            for answer in part.answers:
                if answer not in routes:
                    problems.add(part.where("answers"), f"forms[{i}].{where}.answers.{answer}", f"voie inconnue {quote(answer)}{_nearest(answer, routes)} (choix : {', '.join(routes)})")

    for name, items in (("links", given(session_file.links) or ()), ("forms", given(session_file.forms) or ())):
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in seen:
                copies = _copies_of(items, i)
                twice = _pasted_twice(copies, problems, "un") if item is not copies[0] else None
                if twice is not None:
                    what = "le lien" if name == "links" else "le formulaire"
                    if item is copies[1]:
                        problems.add(item.where("id"), f"{name}[{i}].id", f"{what} {quote(item.id)} est écrit {twice}")
                else:
                    problems.add(item.where("id"), f"{name}[{i}].id", f"identifiant {quote(item.id)} en double ; choisir un identifiant unique")
            seen.setdefault(item.id, i)


def route_columns_say_nothing(session_file: SessionFile) -> bool:
    """``documents_by_route: true`` while no piece of the notice's list is asked for on some routes and not others:
    its PDF's columns (one per route, ``document_view``: a cross where ``route_fit`` is not « no ») would cross every
    piece in all three, or there is no list at all (``documents: non précisé par la notice``). Most often the line pasted
    from an establishments' notice (Nantes 2026) into a file whose pieces never name a route (staff76 item 1)."""
    if not session_file.session.documents_by_route:
        return False
    from .site.words import ROUTES, route_fit  # (site's modules read the merged notice, which reads this module's project)
    return not any(route_fit(document.when, route) == "no" for document in given(session_file.documents) or ()
                   for route in ROUTES)


def _check_documents_by_route(session_file: SessionFile, problems: Problems) -> None:
    """A warning (not blocking: the PDF prints, only wrongly) when ``documents_by_route: true`` says nothing the data
    can show (``route_columns_say_nothing``); the other suspicion, an individual candidates' notice with such columns,
    which one may really have, is a point « à contrôler » that staff may mark seen (``staff.lint.lint_documents_by_route``)."""
    if not route_columns_say_nothing(session_file):
        return
    info = session_file.session
    audience = ""
    if info.audience == "individual":
        at = info.where("audience")
        audience = (f" ; la notice est d'ailleurs pour les candidats individuels (audience: individual, sous "
                    f"session:{f', ligne {at.line}' if at is not None else ''}), dont la liste n'a d'ordinaire pas ces colonnes")
    if not isinstance(session_file.documents, tuple):
        why = ("documents: non précisé par la notice : la notice n'a pas de liste des pièces, le PDF n'a donc aucune colonne "
               "à cocher")
        fix = "retirer la ligne documents_by_route: true"
    else:
        why = ("aucune pièce de documents: n'a de condition when: qui nomme une voie (route:) : le PDF de la notice cocherait "
               "chaque pièce dans les trois colonnes (scolaire, apprenti, formation continue)")
        fix = ("si la liste des pièces de la notice n'a pas une colonne par voie, retirer la ligne documents_by_route: true ; "
               "si elle en a, écrire sous chaque pièce cochée dans certaines colonnes seulement la voie de ces colonnes, par "
               "exemple when: {route: scolaire}")
    problems.warn(
        info.where("documents_by_route"), "session.documents_by_route",
        f"documents_by_route: true (la liste des pièces de la notice a une colonne par voie de formation, cochée), mais "
        f"{why}{audience} ; {fix}",
    )


def _check_deposit_by_establishment(session_file: SessionFile, problems: Problems) -> None:
    """A way of depositing the pieces written ``by: establishment`` (the establishment deposits them for the candidate)
    in a notice for individual candidates only (``session.audience: individual``): those candidates register
    themselves, and the checklist tells a candidate whom an establishment registers that this notice is not theirs
    (engine ``_standing``: « excluded »), so no reader of the page is one whose establishment deposits the pieces. Said
    as a problem: the page would tell individual candidates that someone else deposits their pieces. The fix is one of
    two values, by: (what the notice says of who deposits) or audience: (a notice for establishments too). With
    ``channel: establishment`` and ``by: establishment`` the way itself is refused (``DepositChannel.check``).
    ``channel: establishment`` (the pieces handed to the training establishment) in such a notice is refused the same
    way, at its channel: line (staff70 item 1: accepted, the page told individual candidates, who deposit their own
    pieces, to hand them to an establishment), with its two fixes: the channel the notice gives, or audience: both."""
    info = session_file.session
    channels = session_file.documents_deposit
    if info.audience != "individual" or not isinstance(channels, tuple):
        return
    at = info.where("audience")
    line = f", ligne {at.line}" if at is not None else ""
    for i, way in enumerate(channels):
        if way.channel == "establishment":
            # (with by: establishment too, DepositChannel.check says that pair at by:; this line says the channel)
            problems.add(
                way.where("channel"), f"documents_deposit[{i}].channel",
                f"channel: establishment (les pièces remises à l'établissement de formation), mais la notice est pour les "
                f"candidats individuels (audience: individual, sous session:{line}), qui s'inscrivent et déposent leurs pièces "
                "eux-mêmes : la page leur dirait de les remettre à un établissement ; si la notice les fait déposer autrement, "
                "écrire la façon qu'elle donne : channel: cyclades (téléversées dans CYCLADES), channel: postal (par courrier) "
                "ou channel: email (par courriel, avec email:) ; si elle s'adresse aussi aux établissements qui inscrivent "
                "leurs candidats, écrire sous session: audience: both",
            )
            continue
        if way.by != "establishment":
            continue
        problems.add(
            way.where("by"), f"documents_deposit[{i}].by",
            f"by: establishment (l'établissement dépose les pièces pour le candidat), mais la notice est pour les candidats "
            f"individuels (audience: individual, sous session:{line}), qui s'inscrivent eux-mêmes : aucun de ses lecteurs n'a "
            "un établissement qui dépose ses pièces ; si la notice dit que le candidat les dépose, écrire by: candidate (ou "
            "retirer by: si elle ne dit pas qui) ; si elle s'adresse aussi aux établissements qui inscrivent leurs candidats, "
            "écrire sous session: audience: both",
        )


def check_group_titles(year: int, session_file: SessionFile, documents, content: NationalContent, problems: Problems) -> None:
    """A rubric of the documents (group:) is a heading of the web page's « Pièces justificatives »: one with the title of a
    topic of its « Points de vigilance » makes two identical headings, which the phone's table of contents lists with
    nothing to tell them apart (read69 L6: Aix-Marseille 2023's « Langues vivantes », its rare-language attestation's
    rubric and the topic). Said once per rubric, at its first piece."""
    # the topics as the page shows them (review99; as merge._topics makes them): a national topic under its national
    # title (a title: written for it is not shown), and only with a statement for the session (the notice's, or a
    # national one in force and not dropped); the R408 topic is not among them, shown in the R408 section under its own
    # heading. (Said here from the file as read, so that a broken national text is told by its own check, not a crash.)
    audience = session_file.session.audience
    national = content.topics.topics if content.topics is not None else {}
    texts = content.texts.texts if content.texts is not None else {}
    own_topics = given(session_file.topics) or {}
    titles = {}
    for tid, topic in national.items():
        if tid == R408_TOPIC or (topic.audience not in ("all", audience) and audience != "both"):
            continue
        own = own_topics.get(tid)
        if (own is not None and own.notice) or any(own is None or sid not in own.drop for sid in statements_in_force(topic, texts, year)):
            titles[tid] = topic.title
    for tid, own in own_topics.items():
        if tid not in national and tid != R408_TOPIC and own.title:
            titles[tid] = own.title
    by_words = {_plain_words(title): title for title in titles.values()}
    said = set()
    for i, document in enumerate(documents):
        name = document.group
        if not name or name in said or _plain_words(name) not in by_words:
            continue
        said.add(name)
        title = by_words[_plain_words(name)]
        problems.add(
            document.where("group"), f"documents[{i}].group",
            f"{quote(name)} est aussi le titre d'une rubrique des « Points de vigilance »{'' if title == name else f' ({quote(title)})'} : "
            "la page aurait deux titres pareils, que la table des matières d'un téléphone montre sans rien pour les distinguer ; "
            "donner à cette rubrique des pièces un nom qui la distingue, dans les mots de la notice (ce que ses pièces concernent, "
            "par exemple « Langues obligatoires dites rares »), le même dans le group: de chacune de ses pièces",
        )


def _copies(items, first: int) -> list:
    """Item ``first`` of ``items`` and every later item equal to it (a Record's equality ignores positions and
    verify:): the copies of an item pasted twice or more."""
    return [items[first], *(item for item in items[first + 1:] if item == items[first])]


def _copies_of(items, i: int) -> list:
    """The copies of item ``i`` of ``items``, the first one equal to it first (``_copies``): an item pasted twice or more
    is said so whatever item with the same id but other fields comes before it (review72 L5: the copy of a second item
    with the first one's id was said « identifiant en double », not a copy to delete, and its lines not given)."""
    return _copies(items, next(j for j in range(i + 1) if items[j] == items[i]))


_TIMES = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}


def _pasted_twice(copies: list[Record], problems: Problems, one: str = "une") -> str | None:
    """Where a list item written twice or more, every field the same (a piece pasted twice: a staff walk, stop 55, was
    told « choisir un identifiant unique », when one of the two is to be deleted), is, and which lines to delete:
    « deux fois, à l'identique : lignes 50 à 57, puis lignes 58 à 65 ; en retirer une, … » (``one``: « un » for a link
    or a form); None when there is no second copy or the lines are not known. Three copies or more are said in one
    message whose lines, deleted as told, leave the first (review69 L5: two messages, « deux fois » each, whose second
    named lines the first deletion had moved): copies separated by blank lines only are one block of lines, and the
    blocks are given from the last up, so that deleting one does not move the next."""
    if len(copies) < 2 or any(item.origin is None for item in copies):
        return None
    lines = problems.sources.get(copies[-1].origin.file) or []

    def span(item: Record) -> tuple[int, int] | None:
        number, column = item.origin.line, item.origin.column
        if not 0 < number <= len(lines):
            return None
        raw = lines[number - 1]
        dash = raw.rfind("-", 0, column - 1)
        if dash < 0 or raw[dash + 1:column - 1].strip():
            return None
        return number, item_end(lines, number, dash + 1, {dash})  # (every line indented past its dash)

    spans = [span(item) for item in copies]
    if None in spans:
        return None

    def lines_of(start: int, end: int) -> str:
        return f"ligne {start}" if start == end else f"lignes {start} à {end}"

    times = f"{_TIMES.get(len(copies), len(copies))} fois, à l'identique"
    if len(copies) == 2:
        (a, b), (c, d) = spans
        return f"{times} : {lines_of(a, b)}, puis {lines_of(c, d)} ; en retirer {one}, par exemple {'la seconde' if one == 'une' else 'le second'} ({lines_of(c, d)})"
    blocks: list[list[int]] = []
    for start, end in spans[1:]:
        if blocks and all(not line.strip() for line in lines[blocks[-1][1]:start - 1]):
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
    listed = ", ".join(lines_of(*s) for s in spans[:-1]) + f" et {lines_of(*spans[-1])}"
    first = "la première" if one == "une" else "le premier"
    if len(blocks) == 1:
        delete = f"retirer les autres : {lines_of(*blocks[0])}"
    else:
        delete = "retirer les autres, en commençant par la fin : " + ", puis ".join(lines_of(*b) for b in reversed(blocks))
    return f"{times} : {listed} ; en garder {one}, par exemple {first} ({lines_of(*spans[0])}), et {delete}"


def _values_asked(condition: Condition, question: str, positive: bool = True):
    """Each test of ``question`` a candidate's answer must pass for ``condition`` to hold (not under a « not »:
    « situation: vae » names vae, « not: {situation: vae} » does not), with each value it names."""
    if condition.kind == "test":
        if positive and condition.question == question:
            yield from ((condition, value) for value in condition.values)
        return
    for child in condition.children:
        yield from _values_asked(child, question, positive if condition.kind != "not" else not positive)


def check_exam_office_people(session_file: SessionFile, data: AcademyData, problems: Problems) -> None:
    """A contact said to be someone of the exam office (``of_exam_office: true``) where the session has none: the
    pages would have nothing to say it under (review58 M4)."""
    if data.academy is None:  # (academy.yaml unread: its own problems are reported)
        return
    if exam_office_in_force(data.academy, session_file) is not None:
        return
    for i, contact in enumerate(given(session_file.contacts) or ()):
        if contact.of_exam_office:
            problems.add(
                contact.where("of_exam_office"), f"contacts[{i}].of_exam_office",
                f"« true » : le contact {quote(contact.name)} est dit du bureau des examens, mais cette session n'a pas de "
                "bureau des examens (ni exam_office: dans ce fichier, ni dans academy.yaml, qui écrit « non précisé par la "
                "notice ») ; retirer la ligne of_exam_office:, ou écrire le bureau que la notice nomme au-dessus de ce "
                "contact sous exam_office: dans ce fichier",
            )


def check_no_pieces_elsewhere(who, documents, problems: Problems) -> None:
    """A situation the notice sends to another procedure (who: how: elsewhere, and no other category of that situation)
    gets no piece of the notice's list: the page says so under its table (« Autre démarche » : la notice ne donne pas
    de liste de pièces pour ces situations ; who.elsewhere_note) and the checklist to those candidates
    (standing.elsewhere_text); a piece whose when: names that situation would make both false (a review, 46 L6).
    Checked per situation: a situation some of whose routes go elsewhere and others register (who: routes:) is not
    (review47 L12; no notice read so far does that)."""
    hows: dict[str, set] = {}
    for category in who:
        hows.setdefault(category.situation, set()).add(category.how)
    elsewhere = {situation: next(c for c in who if c.situation == situation)
                 for situation, how in hows.items() if how == {"elsewhere"}}
    for i, document in enumerate(documents):
        for test, value in _values_asked(document.when, "situation"):
            if value not in elsewhere:
                continue
            category = elsewhere[value]
            where = category.where("how")
            line = f", ligne {where.line}" if where is not None else ""
            problems.add(
                test.at or document.where("when"), f"documents[{i}].when",
                f"la pièce {quote(document.label)} est demandée à la situation {quote(value)}, que who: range parmi celles "
                f"qui suivent une autre démarche (how: elsewhere{line}) : la page et la liste personnalisée disent que la "
                f"notice ne donne pas de pièces à ces candidats ; si elle leur demande bien cette pièce, ils s'inscrivent "
                f"sur CYCLADES : écrire how: individual pour {value} dans who: ; sinon, retirer {value} de when:",
            )


# The national JDC piece (content/documents.yaml) and the nationality its law concerns.
JDC_DOCUMENT = "jdc_certificate"
FRENCH = Condition("test", "nationality", ("french",))


# A label that names the JDC itself (« Certificat JDC », « … à la journée défense et citoyenneté », the JAPD it replaced):
# that piece is a form of the national one, whatever the notice asks it of (« Attestation de recensement » alone, a
# document the national piece accepts too, is left to validate's look-alike point: generator.staff.lint).
JDC_WORDS = re.compile(
    r"\b(?:jdc|japd)\b|journee\s+(?:de\s+)?(?:la\s+)?defense\s+(?:et\s+)?(?:de\s+(?:la\s+)?)?citoyennete"
    r"|journee\s+d['’]appel\s+de\s+preparation\s+a\s+la\s+defense"
)


def names_the_jdc(label: str) -> bool:
    """Whether a piece's label names the JDC (its acronym or its full name, any case, accents or not)."""
    return JDC_WORDS.search(without_accents(label).lower()) is not None


def uncovered_jdc_by_age(document) -> bool:
    """A notice's piece named for the JDC (``names_the_jdc``) without ``covers: [jdc_certificate]``, asked by age
    without the nationality: ``check_jdc_covers`` refuses it."""
    return (JDC_DOCUMENT not in document.covers and names_the_jdc(document.label)
            and document.when.unguarded_test({"age_band", "national_age_band", "birth_date"}, FRENCH) is not None)


def check_jdc_covers(documents, session_file: SessionFile, content: NationalContent, problems: Problems) -> None:
    """A notice's piece whose label names the JDC, without ``covers: [jdc_certificate]``, asked by age without the
    nationality: the checklist gave it as any age piece, to every nationality, and the page gave the national piece
    as well, « non mentionnée par la notice » (check_jdc_nationality reads the cover: NOTE51 « Not done »). A piece
    named for the JDC is a form of the national piece (its certificate, its exemption, the census attestation of a
    candidate not yet called up): the cover is right, and the nationality with it. Not when the session mentions the
    national piece apart (``national_documents``), which says the notice's list does not hold it.

    Such a piece that says the nationality, or that does not depend on age, is validate's look-alike point
    (generator.staff.lint, ``lint_look_alike_documents``): the test base every invalid fixture copies has one (« 18 à
    24 ans », French), as may a fixture another change adds at the same time; refusing it would change them all."""
    national = content.documents.documents.get(JDC_DOCUMENT)
    if national is None or JDC_DOCUMENT in session_file.national_documents:
        return
    for i, document in enumerate(documents):
        if not uncovered_jdc_by_age(document):
            continue
        where = document.where("when")
        if any(p.path.startswith(f"documents[{i}].when") and (where is None or p.location.file == where.file) for p in problems.items):
            continue  # (its condition is wrong already, said so: a question or a value it cannot read)
        fixed = condition_yaml(Condition.all_of(FRENCH, *document.when.conjuncts()))
        problems.add(
            document.where("label") or document.where("id"), f"documents[{i}].covers",
            f"la pièce {quote(document.id)} ({quote(' '.join(document.label.split()))}) est le justificatif de la journée "
            f"défense et citoyenneté, sans covers: [{JDC_DOCUMENT}], et sa condition {quote(condition_yaml(document.when))} "
            "dépend de l'âge sans dire la nationalité : la liste personnalisée la donnerait aux candidats de cet âge de "
            "toute nationalité, et la page donnerait aussi la pièce nationale, dite « non mentionnée par la notice » ; la "
            f"JDC ne concerne que les candidats de nationalité française : écrire covers: [{JDC_DOCUMENT}] sous la pièce et "
            f"when: {fixed}",
        )


def check_jdc_nationality(documents, content: NationalContent, problems: Problems) -> None:
    """A notice's JDC piece (``covers: [jdc_certificate]``) asked by age says the nationality too: the JDC concerns
    French nationals (the law of the national piece: « La loi fait obligation aux jeunes Françaises et Français… »),
    and the checklist asks the birth date of them only (content/questions.yaml, birth_date). Without it, the page's
    « Pour qui » (« Si vous avez moins de 25 ans… ») named foreign candidates the checklist never gave the piece to
    (staffwalk52 M1). Another piece asked by age concerns every nationality: the checklist then asks everyone the
    birth date (merge: _birth_date_asked)."""
    national = content.documents.documents.get(JDC_DOCUMENT)
    ages = {"age_band", "national_age_band", "birth_date"}
    for i, document in enumerate(documents):
        test = document.when.unguarded_test(ages, FRENCH) if JDC_DOCUMENT in document.covers else None
        if test is None:
            continue
        laws = [content.texts.texts[t].title for t in national.sources if t in content.texts.texts] if national is not None else []
        law = f", selon le texte de la pièce nationale : {' ; '.join(laws)}" if laws else ""
        fixed = condition_yaml(Condition.all_of(FRENCH, *document.when.conjuncts()))
        problems.add(
            test.at or document.where("when"), f"documents[{i}].when",
            f"la pièce {quote(document.label)} remplace le justificatif JDC national (covers: [{JDC_DOCUMENT}]) et sa "
            f"condition {quote(condition_yaml(document.when))} dépend de l'âge sans dire la nationalité : la JDC ne concerne que les candidats de nationalité française{law} ; la "
            "liste personnalisée ne demande la date de naissance qu'à eux et ne donnerait jamais la pièce à un candidat "
            f"étranger, que la page nommerait ; ajouter nationality: french à la condition : when: {fixed} (la page dira "
            "alors « Si vous êtes de nationalité française et … », comme pour la pièce nationale)",
        )


def check_source_note_topics(session_file: SessionFile, content: NationalContent, problems: Problems) -> None:
    """A source note's ``topic:`` is a topic of the page's « Points de vigilance »: a topic of content/topics.yaml
    for the notice's audience or one of its own ``topics:`` (not r408: the R408 section shows it)."""
    audience = session_file.session.audience
    national = [tid for tid, topic in content.topics.topics.items() if topic.audience in ("all", audience) or audience == "both"]
    allowed = [tid for tid in dict.fromkeys([*national, *(given(session_file.topics) or ())]) if tid != R408_TOPIC]
    for i, note in enumerate(session_file.source_notes):
        if note.topic is not None and note.topic not in allowed:
            problems.add(
                note.where("topic"), f"source_notes[{i}].topic",
                f"rubrique inconnue {quote(note.topic)}{_nearest(note.topic, allowed)} (rubriques de « Points de vigilance » de "
                f"cette page : {', '.join(allowed)}) ; sinon, retirer topic:",
            )


MAX_SECTIONS_AS_WRITTEN = 3  # headings above a part in its PDF: h2 to h4, the part's own h5 and h6


def check_layout(session_file: SessionFile, content: NationalContent, problems: Problems) -> None:
    """session.layout names parts of the notice and its topics, each once; session.web_only, parts and topics
    that are not in the notice as such, each once and not in layout; session.headings, parts and topics;
    session.sections_as_written, parts and topics, three headings at most above each; session.untitled, parts
    and topics without a heading of their own; session.lead_as_written, parts and topics with a sentence in place of
    a heading (not also in headings); the steps' own parts (section_as_written) start with the first step."""
    info = session_file.session
    topics = list(dict.fromkeys([*content.topics.topics, *(given(session_file.topics) or ())]))
    known = [*LAYOUT_PARTS, *topics]
    unknown_hint = {"layout": f" ; ou un identifiant de topics:, par exemple {topics[0] if topics else 'registration_conditions'}", "web_only": " ; ou un identifiant de topics:"}
    twice = {"layout": "ne garder que sa place dans la notice", "web_only": "n'en garder qu'une"}
    for field in ("layout", "web_only"):
        seen: set[str] = set()
        for i, name in enumerate(getattr(info, field)):
            where, path = info.where(f"{field}[{i}]"), f"session.{field}[{i}]"
            if name in seen:
                problems.add(where, path, f"{quote(name)} figure deux fois ; {twice[field]}")
            elif name not in known:
                problems.add(where, path, f"partie inconnue {quote(name)}{_nearest(name, known)} (parties : {', '.join(LAYOUT_PARTS)}{unknown_hint[field]})")
            elif field == "web_only" and name in info.layout:
                problems.add(
                    where, path,
                    f"{quote(name)} est aussi dans layout: ; une partie que le PDF n'imprime pas n'a pas de place dans la notice : la retirer de l'une des deux listes",
                )
            seen.add(name)
    for name in info.headings:
        if name not in known:
            problems.add(
                info.where(f"headings.{name}"), f"session.headings.{name}",
                f"partie inconnue {quote(name)}{_nearest(name, known)} (parties : {', '.join(LAYOUT_PARTS)}{unknown_hint['layout']})",
            )
    for name, path in info.sections_as_written.items():
        where, field = info.where(f"sections_as_written.{name}"), f"session.sections_as_written.{name}"
        if name not in known:
            problems.add(where, field, f"partie inconnue {quote(name)}{_nearest(name, known)} (parties : {', '.join(LAYOUT_PARTS)}{unknown_hint['layout']})")
        elif len(path) > MAX_SECTIONS_AS_WRITTEN:
            problems.add(
                where, field,
                f"{len(path)} titres ; le PDF en imprime {MAX_SECTIONS_AS_WRITTEN} au plus au-dessus d'une partie : garder les "
                f"{MAX_SECTIONS_AS_WRITTEN} plus hauts de la notice (ou, si la partie a son propre titre, le mettre dans headings:)",
            )
    # parts printed without a heading: the notice gives none (untitled:), or a sentence in its place (lead_as_written:)
    no_heading = {
        "untitled": "une partie que la notice ne titre pas n'en a pas : la retirer de untitled: ou de headings:",
        "lead_as_written": "le PDF imprime les mots de lead_as_written: à la place d'un titre : la retirer de headings: ou de lead_as_written:",
    }
    entries = [*(("untitled", f"untitled[{i}]", n) for i, n in enumerate(info.untitled)), *(("lead_as_written", f"lead_as_written.{n}", n) for n in info.lead_as_written)]
    for kind, key, name in entries:
        where, field = info.where(key), f"session.{key}"
        if name not in known:
            problems.add(where, field, f"partie inconnue {quote(name)}{_nearest(name, known)} (parties : {', '.join(LAYOUT_PARTS)}{unknown_hint['layout']})")
        elif name in info.headings:
            problems.add(where, field, f"{quote(name)} a aussi un titre dans headings: ({quote(info.headings[name])}) ; {no_heading[kind]}")
    guide = given(session_file.establishment_guide)
    guide_steps = guide.steps if guide else ()
    if any(step.heading_as_written for step in guide_steps):
        for i, step in enumerate(guide_steps):
            if step.heading_as_written is None:
                problems.add(
                    step.where("title"), f"establishment_guide.steps[{i}].heading_as_written",
                    "les autres étapes ont un heading_as_written: ; dans le PDF, celle-ci n'aurait pas de titre : "
                    "lui donner le titre que la notice écrit (par exemple « 2 – Import des candidatures »)",
                )
    for i, step in enumerate(guide_steps):
        if step.memo_as_written is not None and step.memo is None:
            problems.add(
                step.where("memo_as_written"), f"establishment_guide.steps[{i}].memo_as_written",
                "l'étape n'a pas de memo: ; la page web n'aurait pas la fiche mémo que le PDF imprime : ajouter memo: "
                "avec le nom de la fiche (par exemple « Suivre les retours de pièces justificatives d'inscription »)",
            )
    steps = given(session_file.steps) or ()
    if steps and steps[0].section_as_written is None:
        for i, step in enumerate(steps):
            if step.section_as_written is not None:
                problems.add(
                    step.where("section_as_written"), f"steps[{i}].section_as_written",
                    "la première étape n'a pas de section_as_written: ; dans le PDF, son texte serait sous le titre de la partie "
                    "qui la précède : donner à la première étape le titre de la partie de la notice où elle commence",
                )
                break
    _check_establishment_steps(session_file, steps, guide_steps, problems)


def _check_establishment_steps(session_file: SessionFile, steps, guide_steps, problems: Problems) -> None:
    """A candidate's step the guide wrote from the notice (web_only: steps) links to the step of the establishments' page
    that has the notice's words (establishment_step:): that page and that step must exist, its number counted from 1 as
    the page numbers them (« Étape 3 : … »)."""
    info = session_file.session
    for i, step in enumerate(steps):
        number = step.establishment_step
        if number is None:
            continue
        where, path = step.where("establishment_step"), f"steps[{i}].establishment_step"
        # (each message names the field and its value: the number is the establishments page's step, not this one)
        said = f"establishment_step: {number}"
        if info.audience != "establishment":
            readers = "les candidats individuels" if info.audience == "individual" else "les candidats et les établissements"
            problems.add(where, path, (
                f"{said} : la notice est pour {readers} (audience: {info.audience}, sous session:) et n'a pas de page des "
                "établissements ; retirer la ligne establishment_step:, ou écrire audience: establishment si la notice ne "
                "s'adresse qu'aux établissements"))
        elif "steps" not in info.web_only:
            problems.add(where, path, (
                f"{said} : les étapes sont les mots de la notice (steps ne figure pas sous web_only: de session:) ; le lien "
                "vers les mots de la notice ne sert qu'aux étapes que le guide reformule : retirer la ligne establishment_step:"))
        elif not guide_steps:
            problems.add(where, path, (
                f"{said} : la page des établissements n'a pas d'étapes (establishment_guide: steps:) ; écrire ses étapes "
                "sous establishment_guide:, ou retirer la ligne establishment_step:"))
        elif not 1 <= number <= len(guide_steps):
            count = len(guide_steps)
            has = "une seule étape (establishment_guide: steps:)" if count == 1 else (
                f"{count} étapes (establishment_guide: steps:, numérotées de 1 à {count} dans l'ordre du fichier)")
            write = "écrire establishment_step: 1" if count == 1 else (
                f"écrire le numéro de l'étape dont celle-ci reprend les mots, entre 1 et {count}")
            problems.add(where, path, f"{said} : pas d'étape {number} sur la page des établissements, qui a {has} ; {write}")


# A field name or path (documents.jdc, specialty_contacts, who[2]) where staff should write French words.
_FIELD_PATH = re.compile(r"\b[a-z][a-z0-9]*(?:[._][a-z0-9*]+)+\b|\b[a-z_]+\[\d+\]")
_SESSION_KEYS = {f.name for f in yaml_fields(SessionFile)} | {"session", "academy"}


def check_local_times(session_file: SessionFile, timezone: str, problems: Problems) -> None:
    """Every time of the session exists once on the academy's clocks, or says which of the two it is.

    When clocks go forward (spring), the skipped hour does not exist; when they
    go back (autumn), the repeated hour exists twice and only its offset from
    UTC, written after the time (``2023-10-29 02:30+01:00``), says which.
    """
    zone = zoneinfo.ZoneInfo(timezone)
    info = session_file.session
    moments = [(info.opening, info.where("opening"), "session.opening"), (info.closing, info.where("closing"), "session.closing")]
    moments += [(d.at, d.where("at"), f"deadlines.{did}.at") for did, d in session_file.deadlines.items()]
    for moment, where, path in moments:
        if given(moment) is not None and moment.time is not None:
            message = local_time_problem(moment, zone, timezone)
            if message:
                problems.add(where, path, message)


def local_offsets(naive: dt.datetime, zone: zoneinfo.ZoneInfo) -> list[dt.timedelta]:
    """The offsets from UTC the local time ``naive`` has in ``zone``: none in a skipped hour,
    two in a repeated hour, one otherwise."""
    offsets = []
    for fold in (0, 1):
        aware = naive.replace(tzinfo=zone, fold=fold)
        if aware.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None) == naive:
            offset = aware.utcoffset()
            if offset not in offsets:
                offsets.append(offset)
    return offsets


def minute_text(naive: dt.datetime) -> str:
    """A local minute as the data writes it: ``2023-11-22 17:00`` (``24:00`` for the end of a day)."""
    return f"{naive.date().isoformat()} {clock_text(naive.time())}"


def local_time_problem(moment: Moment, zone: zoneinfo.ZoneInfo, name: str) -> str | None:
    """Why ``moment`` does not name one instant in ``zone`` (French, with the fix), or None."""
    naive = moment.start()
    offsets = local_offsets(naive, zone)
    if not offsets:
        minute, longest = dt.timedelta(minutes=1), dt.timedelta(days=2)  # clocks never skip that much
        before = after = naive
        while not local_offsets(before, zone) and naive - before < longest:
            before -= minute
        while not local_offsets(after, zone) and after - naive < longest:
            after += minute
        skipped = (before + dt.timedelta(minutes=1)).strftime("%H:%M")
        return (
            f"{quote(str(moment))} n'existe pas à {name} : ce jour-là, les horloges passent de {skipped} à {after.strftime('%H:%M')} "
            f"(changement d'heure) ; écrire {minute_text(before)} ou {minute_text(after)}"
        )
    if moment.offset is None and len(offsets) == 2:
        first, second = (f"{minute_text(naive)}{format_offset(offset)}" for offset in offsets)
        return (
            f"{quote(str(moment))} existe deux fois à {name} : ce jour-là, les horloges reculent (changement d'heure) ; "
            f"écrire laquelle avec son décalage : {first} (la première fois) ou {second} (la seconde)"
        )
    if moment.offset is not None and moment.offset not in offsets:
        written = [f"{minute_text(naive)}{format_offset(offset)}" for offset in offsets]
        fix = " ou ".join(written) if len(written) == 2 else f"{written[0]}, ou l'heure sans décalage"
        return f"{quote(str(moment))} : à {name}, cette heure n'a pas le décalage {format_offset(moment.offset)} ; écrire {fix}"
    return None


def check_specialty_ref(ref: SpecialtyRef, where: Location | None, path: str, specialties: dict, problems: Problems) -> None:
    specialty = specialties.get(ref.specialty)
    if specialty is None:
        meant = specialty_meant(ref.specialty, specialties)
        nearest = f" ; vouliez-vous dire {quote(meant)} ({meant_words(meant, specialties)}) ?" if meant else _nearest(ref.specialty, specialties)
        # (none near it: perhaps a specialty new this session the catalogue does not have yet; a staff walk, stop 48 M5)
        absent = "" if nearest else (" ; une spécialité que la notice nomme et que le catalogue n'a pas encore : voir « Une spécialité absente du "
                                     "catalogue », page « Écrire ce que dit la notice » du guide du personnel")
        problems.add(where, path, f"spécialité inconnue {quote(ref.specialty)}{nearest} (identifiants de content/specialties.yaml){absent}")
    elif ref.option is not None and ref.option not in specialty.options:
        allowed = ", ".join(specialty.options) or "aucune"
        fix = f"écrire l'une de ses options : {allowed}" if specialty.options else f"écrire {ref.specialty} sans option"
        problems.add(where, path, f"la spécialité {quote(ref.specialty)} n'a pas d'option {quote(ref.option)} ; {fix}")


def _options_in_scope(condition: Condition, specialties: dict) -> dict:
    """Option letters a condition may test: those of the specialties it also tests, else of any specialty."""
    named = {value for test in condition.tests() if test.question == "specialty" for value in test.values}
    scope = [specialties[s] for s in named if s in specialties] or list(specialties.values())
    return {letter: True for specialty in scope for letter in specialty.options}


def check_condition(condition: Condition, content: NationalContent, problems: Problems, path: str, file_hint) -> None:
    """Every test of a condition names a known question and one of its allowed values."""
    questions = content.questions.questions
    specialties = content.specialties.specialties
    for test in condition.tests():
        question = questions.get(test.question)
        where = test.at
        if question is None:
            usable = [q for q, v in questions.items() if v.kind in CONDITION_KINDS]
            problems.add(where, test.path, f"{unknown_question(test.question, questions, usable)} (voir la page « les identifiants » du guide du personnel)")
            continue
        if question.kind == "specialty":
            allowed = specialties
        elif question.kind == "option":
            allowed = _options_in_scope(condition, specialties)
        elif question.kind in ("choice", "derived"):
            allowed = question.choices
        else:
            problems.add(where, test.path, f"la question {quote(test.question)} ({question.kind}) ne peut pas servir de condition ; utiliser un fait calculé (par exemple age_band)")
            continue
        for value in test.values:
            if value not in allowed:
                listing = ", ".join(list(allowed)[:12]) + (", …" if len(allowed) > 12 else "")
                nearest = _nearest(value, allowed)
                meant = specialty_meant(value, specialties) if question.kind == "specialty" else None
                if meant is not None and " option " not in meant and meant != value:
                    # (« MCO », « Services informatiques aux organisations »: the specialty meant, by its abbreviation or
                    # name; a staff walk, stop 52 L6: told the catalogue's first twelve ids)
                    nearest = f" ; vouliez-vous dire {quote(meant)} ({meant_words(meant, specialties)}) ?"
                fix = f"{nearest} (choix : {listing})" if nearest else f" ; écrire l'un des choix : {listing}"
                problems.add(where, test.path, f"{quote(value)} n'est pas un choix de la question {quote(test.question)}{fix}")


_WEEKDAY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS_FR) + r")\s+([0-9]{1,2})(?:er)?\s+([a-zéû]+)(?:\s+([0-9]{4}))?", re.IGNORECASE)


_WALKED = (str, Record, tuple, list, dict)  # what check_all_weekdays looks into (anything else holds no text)
# A weekday quoted with its date needs a digit and the letters « di » (lun-di …
# di-manche); most texts have not both, and these two searches are much
# cheaper than _WEEKDAY_DATE (same case-insensitive matching, so no match is lost;
# should a weekday word ever lack « di », the second search matches everything).
_DIGIT = re.compile(r"[0-9]")
_DI = re.compile("di" if all("di" in day for day in WEEKDAYS_FR) else "", re.IGNORECASE)


# A note of the source (source_notes:) quotes its words as they are, a wrong weekday included (the guide writes the
# right one where it uses them, and says so there): not checked; its note, but for what it quotes « … ».
_SOURCE_WORDS = re.compile(r"source_notes\[\d+\]\.words")
_SOURCE_NOTE = re.compile(r"source_notes\[\d+\]\.note")
_QUOTED = re.compile(r"«[^»]*»")
# The fields that hold the guide's words, not the notice's: a wrong weekday there is the guide's to correct.
_GUIDE_WORDS = {"note", "age_reference_note", "advice", "advice_after_closing", "label", "about"}


def _all_texts(value):
    """Every text of a record tree, as ``check_all_weekdays`` walks it (verify: lines left out)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Record):
        for f in yaml_fields(type(value)):
            item = getattr(value, f.name)
            if isinstance(item, _WALKED) and f.name != VERIFY:
                yield from _all_texts(item)
    elif isinstance(value, (tuple, list, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            if isinstance(item, _WALKED):
                yield from _all_texts(item)


def _outside_session_year(match: re.Match, date: dt.date, session_year: int | None) -> str:
    """For a weekday that does not match its date (``check_words_weekdays``), a date written with its year outside
    the session's academic year: what to say of it, with the same day of the session's year in the text's words
    (« vendredi 10 janvier 2024 » in session 2025: « vendredi 10 janvier 2025 »?); "" otherwise."""
    if session_year is None or match.group(4) is None:
        return ""
    first, last = academic_year_bounds(session_year)
    if first <= date <= last:
        return ""
    try:
        moved = date.replace(year=session_year - 1 if date.month >= 9 else session_year)
    except ValueError:  # (a 29 February the session's year does not have)
        moved = None
    said = f"il est hors de l'année de la session {session_year} (du {date_words(first)} au {date_words(last)}) ; corriger la date"
    if moved is None:
        return said + " ou le jour"
    day = WEEKDAYS_FR[moved.weekday()]
    written = match.group(1)
    day = day.upper() if written.isupper() else day.capitalize() if written[:1].isupper() else day
    text = match.group(0)
    start, end = match.start(4) - match.start(0), match.end(4) - match.start(0)
    guess = day + text[len(written):start] + str(moved.year) + text[end:]
    return said + f" ({quote(guess)} ?) ou le jour"


def check_all_weekdays(value, path: str, problems: Problems, session_year: int, record=None, name: str = "", marked: bool = False,
                       previous: frozenset[str] | None = None) -> None:
    """Apply ``check_words_weekdays`` to every text of a record tree (notes, words, details…).

    Under a record marked ``verify:`` (a draft item: words of the previous notice
    kept until staff replace them, ``generator.staff``), a weekday that does not
    match is one more thing to check, not a problem; unless the text is none of
    ``previous`` (the texts of the session before, spaces made single, when there
    is one): words staff wrote, their slip a problem (a staff walk, stop 48 M3:
    a weekday just typed wrong was listed « à vérifier » as the previous notice's
    words); ``previous`` empty when there is no session before (a new academy's
    file): no words are then a previous notice's.
    """
    if isinstance(value, str):
        if marked and previous is not None and " ".join(value.split()) not in previous:
            marked = False  # (new words: not the previous notice's)
        if _SOURCE_WORDS.fullmatch(path):
            return  # the source's own words, its mistakes included: what the guide corrected elsewhere (a staff walk, stop 47 M1)
        if _SOURCE_NOTE.fullmatch(path):
            value = _QUOTED.sub("", value)  # (the guide's note, quoting those words)
        if _DIGIT.search(value) is None or _DI.search(value) is None:
            return
        where = record.where(name) if record is not None else None
        check_words_weekdays(value, where, path, problems, session_year, marked=marked)
    elif isinstance(value, Record):
        marked = marked or bool(value.verify)
        for f in yaml_fields(type(value)):
            item = getattr(value, f.name)
            if isinstance(item, _WALKED) and f.name != VERIFY:
                check_all_weekdays(item, f"{path}.{f.name}" if path else f.name, problems, session_year, value, f.name, marked, previous)
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            if isinstance(item, _WALKED):
                check_all_weekdays(item, f"{path}[{i}]", problems, session_year, record, f"{name}[{i}]", marked, previous)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, _WALKED):
                check_all_weekdays(item, f"{path}.{key}", problems, session_year, record, f"{name}.{key}", marked, previous)


def _searchable(raw: str) -> tuple[str, "list[int] | range"]:
    """A source line as searched for the words of a text: in NFC, as its scalars are read (strict_yaml.scalar_text: a
    file copied from a PDF in NFD writes « e » and its accent apart), in lower case; with, for each of its characters,
    the index in ``raw`` of the letter it comes from (so that a column found is the line's as written: stop 55
    fixstaff 5). Each letter is normalised with the accents that follow it."""
    if unicodedata.is_normalized("NFC", raw):
        lower = raw.lower()
        if len(lower) == len(raw):
            return lower, range(len(raw))
    text: list[str] = []
    columns: list[int] = []
    start = 0
    for end in range(1, len(raw) + 1):
        if end < len(raw) and unicodedata.combining(raw[end]):
            continue
        part = unicodedata.normalize("NFC", raw[start:end]).lower()
        text.append(part)
        columns += [start] * len(part)
        start = end
    return "".join(text), columns


def line_of(match_text: str, where: Location | None, problems: Problems) -> Location | None:
    """The line of a block text where ``match_text`` stands (its first word), else the field's own position."""
    if where is None:
        return None
    lines = problems.sources.get(where.file) or []
    first = unicodedata.normalize("NFC", match_text).split()[0].lower()
    for index in range(where.line - 1, min(len(lines), where.line + 200)):
        line, columns = _searchable(lines[index])
        column = line.find(first)
        if column >= 0 and (index > where.line - 1 or columns[column] >= where.column - 1):
            return Location(where.file, index + 1, columns[column] + 1)
    return where


def where_quoted(shown: str, where: Location | None, problems: Problems, skip: int = 0) -> Location | None:
    """The line and column of ``shown`` (its words may run over two lines) in the text written at ``where``;
    ``skip``: how many of its occurrences come before the one wanted (the same date quoted twice). Else ``line_of``'s
    answer (its first word). The lines are searched in NFC, as ``shown`` is read, the column given in the line as
    written (``_searchable``)."""
    if where is None:
        return None
    lines = problems.sources.get(where.file) or []
    wanted = " ".join(unicodedata.normalize("NFC", shown).lower().split())
    first = wanted.split()[0]
    searched: dict[int, tuple] = {}
    for index in range(where.line - 1, min(len(lines), where.line + 200)):
        line, columns = searched.pop(index, None) or _searchable(lines[index])
        if index + 1 < len(lines):
            searched[index + 1] = _searchable(lines[index + 1])
        below = searched[index + 1][0] if index + 1 < len(lines) else ""
        start = next((i for i, c in enumerate(columns) if c >= where.column - 1), len(line)) if index == where.line - 1 else 0
        column = line.find(first, start)
        while column >= 0:
            following = " ".join((line[column:] + " " + below).split())
            if following.startswith(wanted):
                if not skip:
                    return type(where)(where.file, index + 1, columns[column] + 1)
                skip -= 1
            column = line.find(first, column + 1)
    return line_of(shown, where, problems)


def check_words_weekdays(words: str | None, where: Location | None, path: str, problems: Problems, session_year: int | None = None, marked: bool = False) -> None:
    """Weekdays are derived from dates: a weekday quoted in the source's words must match its date.

    A date written without its year (« lundi 16 octobre ») takes the session's
    academic year: September to December of the year before, January to August
    of the session's year.
    """
    if not words:
        return
    wrong: dict[tuple, list] = {}  # one point per fact: the same weekday and date quoted twice in a text (« le vendredi 24
    # novembre à minuit », then « pour le vendredi 24 novembre ») is one mistake, said once with its count
    for match in _WEEKDAY_DATE.finditer(words):
        weekday, day, month, year = match.group(1).lower(), int(match.group(2)), match.group(3).lower(), match.group(4)
        if month not in MONTHS_FR:
            continue
        if year is None:
            if session_year is None:
                continue
            year = session_year - 1 if MONTHS_FR[month] >= 9 else session_year
        try:
            date = dt.date(int(year), MONTHS_FR[month], day)
        except ValueError:
            continue
        actual = WEEKDAYS_FR[date.weekday()]
        if actual != weekday:
            wrong.setdefault((weekday, date), []).append((match, actual, f"{day} {month} {year}"))
    for (weekday, date), found in wrong.items():
        match, actual, shown = found[0]
        times = f" (cité {len(found)} fois dans ce texte)" if len(found) > 1 else ""
        outside = _outside_session_year(match, date, session_year)
        if outside:  # the year too (a staff walk, stop 48 M2: the day mended as told, the old year was left)
            message = f"{quote(match.group(0))} : le {shown} est un {actual}, pas un {weekday}{times}, et {outside}"
        else:
            message = f"{quote(match.group(0))} : le {shown} est un {actual}, pas un {weekday}{times} ; corriger le jour ou la date"
        if path.rsplit(".", 1)[-1] not in _GUIDE_WORDS:  # the notice's words: its own mistake, kept where it is noted
            message += " (si la notice écrit bien ce jour : écrire ici le jour juste, et citer ses mots sous source_notes:)"
        elif _SOURCE_NOTE.fullmatch(path):  # (a source note quoting the notice's wrong day: between « », review51 L4)
            message += " (pour citer le jour faux de la notice, l'écrire entre « »)"
        # at the date's own line and column, not at the first line of the text where its weekday is (a staff walk,
        # stop 49 L1: the first line of a dates_note: >- block, the date on the next line): the same words quoted
        # earlier in the text are skipped
        at = where_quoted(match.group(0), where, problems, _flat_words(words[:match.start()]).count(_flat_words(match.group(0))))
        if marked:  # words of the previous notice, kept in a draft: to replace by the new notice's
            problems.warn(at, path, f"{message} {draft_words(session_year)}", kind="verify")
        else:
            problems.add(at, path, message)


def _flat_words(text: str) -> str:
    return " ".join(text.lower().split())
