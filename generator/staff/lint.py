"""The staff's lint: what the data says against national content, the national table and the calendar.

Non-blocking warnings (``Problems.warn``, kind ``review``: « à contrôler »),
printed by ``validate`` and by the build, each naming the academy, the session
and the items concerned, at the line to look at:

- a notice's own R408 list (``r408.list``) that differs from the national list
  in force (specialties in one and not the other, annexes that differ);
- national attestations for one specialty (none in content/ today; the frozen
  project's Maintenance des systèmes ones, tests/fixtures) that the
  notice neither lists nor mentions, or attestations the notice asks for that
  no national document matches;
- a national R408 list in force for a session whose notice says nothing of R408
  (``r408: non précisé par la notice``): the national list applies alone;
- a part of the web page the notice gives (who, exam_adjustment, contacts) without the key naming its place in
  the notice (``who_section``, ``exam_adjustment.section``, ``contacts_section``);
- an academy without exam office (``exam_office: non précisé par la notice``),
  and a session whose candidates then have no contact at all;
- an e-mail address a session's texts quote that none of its contacts has (its
  exam office, its own or academy.yaml's, and its contacts): most often
  academy.yaml's exam office changed for a later notice, and the past session's
  page gives an address its notice does not (a past session quoting an address on
  that office's domain, none of its own: said first, and not to be marked seen);
- a date quoted in a text of a session a candidate reads (the notice's words,
  the guide's reading of them) outside the session's year: most often a leftover
  of the previous notice;
- a registration opening or closing whose notice words, quoted in ``dates_note``,
  give another day or hour (a problem when those words give its year or weekday);
- a registration opening or closing, or a deadline, on a Saturday or a Sunday, unless the notice's words quoted for it
  (``dates_note``; a deadline's ``words:``, ``as_written:``) give that weekday;
- a deadline whose notice words (``words:``, ``as_written:``) give another hour than
  its ``at:`` (a problem when they give one hour only), or an hour beside an ``at:``
  without one;
- a text of a session still word for word the text at the same place in the session
  before, quoting the words new-session names as that session's (« SESSION JUIN
  2023 »): its verify: line removed, the words not replaced;
- academy.yaml's exam office whose ``note:`` gives opening hours: the notice's, to write in its session's own
  ``exam_office:`` (the note of academy.yaml is the guide's, and the PDF does not print it);
- an academy whose name, time zone or website differ from the national table
  (``content/departments.yaml``);
- an e-mail address of an academy's files on an academy domain (``ac-…``) other
  than the academy's own site's (``ce.dec@ac-limoge.fr`` for Limoges): a typo, or
  another academy's office;
- the latest session of an academy once its academic year is over (its page
  says the notice may have been replaced), and, once the next session's
  registrations should have opened, the question « la notice de la session
  suivante est-elle parue ? »;
- a session without ``documents_deposit:`` (where the notice has the pieces deposited): its pages say « non
  précisé par la notice », which staff may not have meant; several ways written, one without ``case_as_written:``
  (the pages say them one after the other, not which is for whom);
- a session that does not say where its notice comes from (``notice_url``) or
  when staff last checked it (``checked``);
- a text whose line ends without punctuation before a line opening in lower case: a sentence wrapped in a « |- »
  text, which the page would cut in two (it keeps a text's line breaks);
- a contradiction's ``advice:`` telling the candidate to act before the closing of registration (« avant la
  fermeture », « avant la clôture », « avant le » the closing's day) with no ``advice_after_closing:``;
- an entry of ``question_words`` (the notice's words for a national question)
  for a question the session's checklist never asks: no rule of the merged
  session reads it (``reachability.questions_read``), often a piece removed or
  its ``when:`` changed since the words were written.

Pure functions over the model: the calendar's date is given (``today``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import posixpath
import re
import typing
from collections import Counter
from urllib.parse import urlsplit

from .. import emphasis
from ..departments import _distance
from ..french import cut_at_word, date_words as _date_words, day_words as _day_words, without_accents
from ..loading import ACADEMY_FILE, RESTORE_SECTION, SESSION_FILE, section_given
from ..merge import build_notice
from ..model.session import GUIDE_READING, UNPUBLISHED, SessionFile, exam_office_in_force
from ..model.session import vae_office_in_force as session_vae_office
from ..model.session import offices as session_offices
from ..model.specialties import SpecialtyRef
from ..department_checks import _of, _to
from ..checks import JDC_DOCUMENT, names_the_jdc, route_columns_say_nothing, uncovered_jdc_by_age, where_quoted
from ..model.values import (Url, address_place, MONTHS_FR, NOT_GIVEN, NOT_GIVEN_WORDS, WEEKDAYS_FR, NUMERIC_DATE, QUOTED_DATE, Email, Moment, academic_year_bounds,
                            END_OF_DAY, another_day_written, clock_text, days_quoted, deadline_days, given, hours_written)
from ..problems import Location, Problems, and_list, quote, quote_whole, shown_field
from ..schema import Record, yaml_fields
from ..strict_yaml import quoted_value
from ..provenance import documents_in_force, r408_list_in_force
from ..reachability import questions_read
from ..site.notice_view import gives_address, step_sections
from ..site.words import address_said
from .rollover import DATED_TEXTS, letterhead_date_spans, stale_words
from .calendar import (academic_year_over, coming_session, moved, next_registrations_expected, past_sessions,
                       session_over)
from .session_texts import READERS, SKIPPED_FIELDS, TEXT_DATED, candidate_texts, other_audiences

TABLE = "content/departments.yaml"
EXAMPLE_DOMAIN = "ac-exemple.fr"
"""The domain of the staff guide's example (« Exemple : une première session »: the invented « académie d'exemple »,
generator/site/templates/staff_example/academy.yaml): an address on it in an academy's files was copied from the
example (staffwalk57)."""


def _warn(problems: Problems, where, path: str, message: str, seen: tuple[str, ...] | str | None = None,
          apart: str | None = None) -> None:
    """A point « à contrôler ». ``seen``: what it says, item by item (never « ; » inside one), that staff may mark as
    seen (``reviewed:``, ``generator.staff.reviewed``); None: it cannot be marked. ``apart``: the one case it is marked
    in (« seulement si … »), most often settled in the files: its line is given alone, not in the file's block."""
    if where is not None:
        problems.warn(where, path, message, kind="review", seen=(seen,) if isinstance(seen, str) else seen, apart=apart)


def lint_project(project, problems: Problems, today: dt.date, rulesets: dict | None = None) -> None:
    """``rulesets``: the compiled checklist of each session that is not a draft, by (slug, year), as the rules'
    check built them (``rule_coverage.check_rule_coverage``); the points that need them are left out without them."""
    content = project.content
    table = content.departments.table() if content.departments is not None else {"academies": {}}
    national: dict[int, dict] = {}  # specialty_documents by session year, worked out once
    notes_of = _source_notes_of(project)
    sources_of = _sources_of(project)
    for slug, data in sorted(project.academies.items()):
        academy = data.academy
        if academy is None:
            continue
        lint_academy_table(slug, academy, table, problems)
        lint_email_domains(slug, academy, data, table, problems, today)
        lint_web_domains(slug, academy, data, table, problems, today)
        lint_example_addresses(slug, academy, data, table, problems)
        lint_office_hours(academy, problems)
        lint_cut_by_comment(academy.name, problems, candidate_texts(academy))
        # (website: compared with the national table's just above, which says to correct one of the two)
        lint_plain_http(academy.name, academy, "", problems, skip=("website",))
        latest = max(session_years(data), default=None)
        latest_session = data.sessions.get(latest) if latest is not None else None
        # (not when the latest notice's office is in its session's own exam_office: block, as the staff guide says to
        # write it: staffwalk62 M3, Aix-Marseille 2024 was told « aucun bureau des examens », and the advice, with
        # sessions before it, now says where: in academy.yaml it would reach the pages of the sessions before, whose
        # notices do not give it)
        if academy.exam_office is NOT_GIVEN and getattr(latest_session, "exam_office", None) is None:
            # (marked seen for the latest notice only: the academy's file outlives its sessions, and a new session's
            # notice may give the office; its mark then says « notice de la session 2023 », and the point comes back)
            where_to = (" : dans le fichier de sa session (un bloc exam_office: complet), pas dans academy.yaml, qui le "
                        "donnerait aussi aux pages des sessions précédentes, dont les notices ne le donnent pas"
                        if len(data.sessions) > 1 else "")
            _warn(
                problems, academy.where("exam_office"), "exam_office",
                f"{academy.name} : aucun bureau des examens (exam_office: non précisé par la notice"
                f"{f', notice la plus récente : session {latest}' if latest is not None else ''}) ; les candidats n'ont que "
                f"les contacts de chaque session : écrire le bureau dès qu'une notice le donne{where_to}",
                seen=("aucun bureau des examens",) + ((f"notice de la session {latest}",) if latest is not None else ()),
            )
        texts_of: dict[int, list] = {}  # (each session's ``candidate_texts``, walked once)
        for year, session in sorted(data.sessions.items()):
            label = f"{academy.name}, session {year}"
            # the session before in the folder (read, or read for comparison only when validate was given some files:
            # AcademyData.session_before, review61 H1), its texts and year
            previous_session = data.session_before(year)
            previous_year = previous_session.session.year if previous_session is not None else None
            if previous_session is not None and previous_year not in texts_of:
                texts_of[previous_year] = candidate_texts(previous_session)
            previous = texts_of.get(previous_year, [])
            lint_r408(label, year, session, content, problems)
            if year not in national:
                national[year] = specialty_documents(content, year)
            lint_specialty_documents(label, session, national[year], content, problems)
            lint_look_alike_documents(label, year, session, content, problems)
            lint_undated_text_documents(label, session, problems)
            lint_deadline_days(label, session, problems)
            lint_deadline_hours(label, session, problems)
            lint_registration_days(label, session, problems, previous_session)
            lint_weekend_dates(label, session, problems)
            lint_closing_hour_kept(label, session, problems, previous_session)
            lint_repeated_details(label, session, problems)
            lint_group_typos(label, session, problems)
            lint_same_situations(label, session, content, problems)
            lint_layout_topics(label, session, problems)
            lint_contacts(label, academy, session, problems)
            lint_vae_office(label, academy, session, problems)
            lint_sections_no_longer_given(label, session, previous_session, problems)
            lint_part_sources(label, academy, session, problems)
            lint_step_sources(label, session, _step_places(content, data, year, (rulesets or {}).get((slug, year))), problems)
            lint_age_reference(label, session, problems)
            lint_advice_before_closing(label, session, problems)
            lint_office_before_closing(label, academy, session, problems)
            lint_category_durations(label, session, content, problems)
            texts = texts_of[year] = candidate_texts(session)  # (one walk for both checks, and the next session's check of dates)
            lint_quoted_emails(label, academy, session, problems, texts, session_over(session, today),
                               latest if latest is not None and latest > year else None)
            lint_dates_quoted(label, year, session, problems, texts, previous, previous_year, previous_session,
                              copied_notes=_copied_notes(slug, session, notes_of))
            lint_days_left(label, session, problems, texts, previous)
            lint_words_carried_over(label, year, problems, texts, previous, previous_year, _other_notices(slug, table))
            lint_capitals_retyped(label, problems, texts, previous, previous_year)
            lint_citing_words(label, slug, year, problems, texts, table)
            lint_copied_words(label, slug, problems, texts, table)
            lint_residence_departments(label, slug, session, problems, table)
            lint_wrapped_lines(label, problems, texts)
            lint_failed_in_a_later_session(label, year, problems, texts)
            lint_places(label, problems, texts)
            lint_heading_guillemets(label, problems, texts)
            lint_portal_address(label, session, content.site, problems, texts, lambda: build_notice(content, data, year))
            lint_folded_lists(label, problems, texts)
            lint_cut_by_comment(label, problems, texts)
            lint_source(label, session, today, problems)
            lint_documents_deposit(label, session, problems)
            lint_documents_by_route(label, session, problems)
            lint_source_left_over(label, session, previous_session, session_years(data), problems)
            lint_source_elsewhere(label, slug, session, sources_of, problems)
            if not session_over(session, today):  # (a past session's page archives its notice as printed)
                lint_plain_http(label, session, "", problems)
            if session.question_words:
                ruleset = (rulesets or {}).get((slug, year))
                if ruleset is not None:  # (none for a draft: its rules are still to be written)
                    lint_question_words(label, session, ruleset, content, problems)
            if year == latest:
                lint_freshness(label, slug, year, session, today, problems, website=given(academy.website),
                               others=other_audiences(data.sessions, year, year))


# Opening hours: an hour range (« 9 h – 12 h », « 9h00-12h00 », « de 9 heures à 12 heures ») or a range of weekdays
# (« du lundi au vendredi »).
_OPENING_HOURS = re.compile(
    r"\b\d{1,2}\s*(?:h|heures?)\s*(?:\d{2})?\s*(?:-|–|—|à)\s*\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?(?![a-z])"
    r"|\bdu\s+(?:lundi|mardi|mercredi|jeudi|vendredi)\s+au\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)\b",
    re.IGNORECASE,
)


def lint_office_hours(academy, problems: Problems) -> None:
    """academy.yaml's exam office whose ``note:`` gives opening hours (« du lundi au vendredi, 9 h – 12 h »): that note
    is the guide's sentence for every session, which the notice's PDF does not print; the hours a notice gives go in
    the session file, under its own ``exam_office:`` (its note:, or the notice's block under as_written:), as the staff
    guide says (« Ajouter une académie », step 2; staffwalk52 L3). Marked seen when the hours hold for every session."""
    office = academy.exam_office
    if office is NOT_GIVEN or not office.note:
        return
    found = _OPENING_HOURS.search(" ".join(office.note.split()))
    if found is None:
        return
    _warn(
        problems, where_quoted(found.group(0), office.where("note"), problems), "exam_office.note",
        f"{academy.name} : la note: du bureau des examens donne des horaires ({quote(found.group(0))}) ; cette note est une "
        "phrase du guide, la même pour toutes les sessions, que le PDF de la notice n'imprime pas : écrire les horaires "
        "que donne la notice dans le fichier de sa session, sous son propre exam_office: (dans sa note:, ou le bloc de la "
        "notice sous as_written:) ; s'ils valent vraiment pour toutes les sessions, marquer le point comme vu",
        f"horaires dans la note du bureau des examens : {found.group(0).replace(';', ',')}",
    )


def lint_vae_office(label: str, academy, session, problems: Problems) -> None:
    """academy.yaml's VAE service (``vae_office:``) left out of a session whose ``who:`` does not count VAE candidates
    (``model.session.vae_office_in_force``: its page, checklist and PDF would otherwise give a service its notice no
    longer names, beside « ask the exam office », staffwalk53 H1): said, so that staff check the notice; markable as
    seen, when the notice no longer sends VAE candidates to it."""
    office = given(academy.vae_office)
    if office is None or session_vae_office(academy, session) is not None:
        return
    where = session.where("who") or session.session.where("year")
    # (who: « non précisé par la notice »: no category to add to, said so; review61 L7)
    listed = given(session.who) is not None
    counted = ("ne compte pas les candidats à la VAE (aucune catégorie situation: vae)" if listed
               else f"est « {NOT_GIVEN_WORDS} » (la notice ne dit pas qui s'inscrit comment)")
    # (a who: not given has no list to add the category to: the line to write instead, review62 L5)
    add = ("ajouter leur catégorie sous who:" if listed
           else "écrire à la place de « who: non précisé par la notice » la liste des catégories que donne la notice, dont la leur")
    _warn(
        problems, where, "who",
        f"{label} : academy.yaml donne le service de la VAE (vae_office: {quote(office.name)}), mais who: de cette session "
        f"{counted} : la page, la liste personnalisée et le PDF "
        "de cette session ne donnent donc pas ce service. Si la notice de cette session envoie encore les candidats à la VAE "
        f"vers lui, {add} (situation: vae, how: elsewhere, avec ses mots sous detail:) ; si elle "
        "ne les nomme plus, c'est juste : marquer ce point comme vu (ne pas retirer vae_office: de academy.yaml, que les "
        "sessions précédentes gardent)",
        "service de la VAE absent de la notice de cette session",
    )


def lint_sections_no_longer_given(label: str, session, before, problems: Problems) -> None:
    """A section « non précisé par la notice » that the session before (for the same candidates, ``audience:``) gave: a
    section deleted by mistake, then written « non précisé » as the missing-key message allows, published the page
    without it (staffwalk53 M4: the steps, gone without a word). A point to check, naming the previous file's lines;
    markable as seen when the new notice no longer gives it."""
    if before is None or before.session.audience != session.session.audience:
        return
    for f in yaml_fields(SessionFile):
        if f.name in ("verify", "reviewed") or getattr(session, f.name, None) is not NOT_GIVEN:
            continue
        given_before = section_given(before, f.name)
        if given_before is None:
            continue
        count, lines = given_before
        gave = f"en donnait {count} élément{'s' if count > 1 else ''}" if count else "la donnait"
        _warn(
            problems, session.where(f.name), f.name,
            f"{label} : {f.name}: {NOT_GIVEN_WORDS}, mais la session {before.session.year} {gave}{lines} : "
            f"rubrique supprimée par erreur ? {RESTORE_SECTION} ; si la notice de la session {session.session.year} ne la "
            "donne vraiment plus, marquer ce point comme vu",
            f"{f.name} que la notice ne donne plus",
        )


def session_years(data) -> list[int]:
    """The years of every session file of the academy folder, read or not (``validate`` may read only some)."""
    try:
        names = os.listdir(data.folder)
    except OSError:
        names = []
    years = [int(m.group(1)) for m in map(SESSION_FILE.fullmatch, names) if m]
    return years or list(data.sessions)


# A duration in years, as a notice or the guide words it: « 1 an », « d'1 année », « un an », « trois années ».
_YEARS = re.compile(r"\b([0-9]+|un|une|deux|trois|quatre|cinq|six)\s+(?:ans?|années?)\b", re.IGNORECASE)
_YEAR_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}


def _durations(words: str | None) -> dict[int, str]:
    """The durations in years ``words`` name, by number: the words that name each (« trois années »)."""
    found: dict[int, str] = {}
    for match in _YEARS.finditer(words or ""):
        number = match.group(1).lower()
        found.setdefault(int(number) if number.isdigit() else _YEAR_NUMBERS[number], match.group(0))
    return found


def lint_category_durations(label: str, session, content, problems: Problems) -> None:
    """A category of who: whose notice words name a duration in years (« trois années d'expérience professionnelle »)
    other than the one the checklist's words for its situation name (content/questions.yaml, « Je travaille et je justifie
    d'un an d'expérience professionnelle », or the session's question_words:): the personal list would ask, and its
    « Pour qui » column say, another condition than the notice's (a staff walk, stop 55 M4: nothing said it)."""
    if not isinstance(session.who, tuple):
        return
    question = content.questions.questions.get("situation")
    if question is None:
        return
    own = session.question_words.get("situation")
    for i, category in enumerate(session.who):
        field = "label" if _durations(category.label) else "detail"
        notice = _durations(category.label if field == "label" else category.detail)
        if not notice:
            continue
        choice = (own.choices.get(category.situation) if own else None) or question.choices.get(category.situation)
        phrase = (own.phrases.get(category.situation) if own else None) or question.phrases.get(category.situation)
        guide = {**_durations(phrase), **_durations(choice)}
        other = {n: w for n, w in guide.items() if n not in notice}
        if not other:
            continue
        where = "question_words: de ce fichier" if own and (own.choices.get(category.situation) or own.phrases.get(category.situation)) \
            else "content/questions.yaml"
        _warn(
            problems, category.where(field), f"who[{i}].{field}",
            f"{label} : la catégorie {quote(category.label)} dit {' et '.join(quote(w) for w in notice.values())} ; la liste "
            f"personnalisée demande {quote(choice)} et sa colonne « Pour qui » dit {quote(phrase)} ({where}), "
            f"{' et '.join(quote(w) for w in other.values())} : une autre condition que celle de la notice ; écrire les mots "
            f"de la notice sous question_words:, situation:, choices: et phrases: pour {category.situation}, avec section: (voir "
            "« Les questions dans les mots de la notice », page « Écrire ce que dit la notice » du guide du personnel)",
        )  # (never marked seen: settled in the file)


def lint_question_words(label: str, session, ruleset: dict, content, problems: Problems) -> None:
    """The notice's words for a question (``question_words``) that the session's checklist never asks."""
    read = questions_read(ruleset)
    questions = content.questions.questions
    for qid in session.question_words:
        if qid in read or qid not in questions:
            continue
        _warn(
            problems, session.where(f"question_words.{qid}"), f"question_words.{qid}",
            f"{label} : question_words: donne les mots de la notice pour la question {quote(qid)} "
            f"({quote(questions[qid].label)}), que la liste personnalisée de cette session ne pose jamais : aucune pièce, "
            "étape, avertissement ni contradiction n'en dépend ; retirer cette entrée, ou, si la notice pose toujours cette "
            "question, vérifier le when: de la pièce ou de l'étape qui en dépend",
        )  # (never marked seen: settled in the file, a staff walk, stop 50 L1: its line went in the block to copy)


# ---------------------------------------------------------------- the national table


def _web_addresses(record: Record, path: str):
    """Every web address (``Url``) of a record and of the records it holds: (where, field path, address)."""
    for field in yaml_fields(type(record)):
        value = getattr(record, field.name)
        at = f"{path}.{field.name}" if path else field.name
        if isinstance(value, Url):
            yield record.where(field.name), at, value
        elif isinstance(value, Record):
            yield from _web_addresses(value, at)
        elif isinstance(value, (tuple, dict)):
            for key, item in (value.items() if isinstance(value, dict) else enumerate(value)):
                inner = f"{at}[{key}]" if isinstance(key, int) else f"{at}.{key}"
                if isinstance(item, Url):
                    yield record.where(field.name), inner, item
                elif isinstance(item, Record):
                    yield from _web_addresses(item, inner)


def lint_plain_http(label: str, record: Record, path: str, problems: Problems, skip: tuple[str, ...] = ()) -> None:
    """A web address in http:// (a staff walk, stop 49 L4: accepted without a word, the README's table writing
    https://): the candidate's browser may call the page « non sécurisé », and most academy pages answer in https://
    now. A notice may still print one (Toulouse 2024, Aix-Marseille 2023): kept as printed then, the point marked seen.
    A past session's addresses are left alone (its page archives its notice); academy.yaml's website: is compared with
    the national table's already (``lint_academy_table``)."""
    for where, at, url in _web_addresses(record, path):
        if at in skip or not str(url).lower().startswith("http://"):
            continue
        _warn(
            problems, where, at,
            f"{label} : adresse web en http:// (non chiffrée) {quote(str(url))} ; le navigateur du candidat peut la dire « non "
            f"sécurisée » : si la notice l'imprime ainsi, la garder telle quelle et marquer ce point comme vu ; sinon, écrire "
            f"https://{str(url)[len('http://'):]} (vérifier que la page s'ouvre à cette adresse)",
            seen=f"adresse {url} en http://",
        )


def _site(url) -> str:
    return str(url).rstrip("/")


def lint_academy_table(slug: str, academy, table: dict, problems: Problems) -> None:
    """Name, time zone and website as the national table gives them (an unknown slug is a problem already)."""
    entry = table["academies"].get(slug)
    if entry is None:
        return
    differences = [
        ("name", str(academy.name), entry["name"], "le nom"),
        ("timezone", str(academy.timezone), entry["timezone"], "le fuseau horaire"),
    ]
    website = given(academy.website)
    differences.append(("website", _site(website) if website else "non précisé par la notice", _site(entry["website"]), "le site"))
    for name, written, national, what in differences:
        # (the same letters stored otherwise, « é » as « e » and its accent, as some PDF viewers copy them, read as one:
        # both files are read in NFC, strict_yaml.scalar_text; review64 M1, review65 M2)
        if written == national:
            continue
        # (at the file's first line when the record knows no position, one not read from a file: review64 L2, it was
        # skipped without a word; the website too, stop 55 fixstaff 4)
        where = academy.where(name) or Location(f"academies/{slug}/{ACADEMY_FILE}", 1, 1)
        if name == "website":
            # (staffwalk57 M6: « corriger l'un des deux » of a misspelt site, « ac-bordeau.fr », which the point could not
            # be marked seen for, while the table may lag a real change of site. The table is the national team's (the
            # staff guide's words for the name): a domain no academy has, a letter or two from the table's, is a typo,
            # a problem as an e-mail's is (lint_email_domains), not a site to publish; another site, a point that
            # stays until the two agree (the home page and the other academies' pages give the table's), never marked
            # seen, saying what to do in either case)
            domain = _registered(site_domain(website) or "") if website else ""
            table_domain = _registered(site_domain(entry["website"]) or "")
            domains = {_registered(site_domain(other["website"]) or "") for other in table["academies"].values()}
            # another academy's site of the table (a neighbour's page pasted): its site printed on every page of this
            # academy's notices, never this one's new site (a change of site is the table's first), a problem naming
            # whose it is (staffwalk59 M3: a point « à contrôler », and « Tout est valide »)
            owner = next((other["title"] for aid, other in sorted(table["academies"].items())
                          if aid != slug and domain and domain != table_domain
                          and _registered(site_domain(other["website"]) or "") == domain), None)
            if owner is not None:
                # (two academies sharing one site now: the table gives it to both, then it passes; the way there is
                # the national team's, as for a change of site; review77 L-f)
                problems.add(where, name, (
                    f"{what} {quote(written)} est celui {_of(owner)} dans le tableau national ({TABLE}) ; écrire "
                    f"website: {national}, le site que le tableau donne {_to(entry['title'])} ; si les deux académies "
                    f"partagent désormais ce site, l'écrire à l'équipe nationale du guide, qui tient le tableau : ce site "
                    f"passera quand le tableau le donnera {_to(entry['title'])} aussi (d'ici là, écrire celui du tableau)"))
                continue
            if domain and domain not in domains and _domain_typo(domain, [table_domain]):
                problems.add(where, name, (
                    f"{what} {quote(written)} diffère de celui du tableau national ({TABLE} : {quote(national)}) : le domaine "
                    f"{quote(domain)} n'est celui d'aucune académie, faute de frappe pour {quote(table_domain)} ? écrire "
                    f"website: {national}"))
                continue
            fix = (f"si c'est une faute de frappe, écrire website: {national} ; si l'académie a changé de site, garder "
                   "celui-ci et l'écrire à l'équipe nationale du guide, qui tient le tableau : " if website else
                   f"écrire website: {national}, le site que donne le tableau, ou, si l'académie n'a plus de site, l'écrire "
                   "à l'équipe nationale du guide, qui tient le tableau : ")
            _warn(
                problems, where, name,
                f"{academy.name} : {what} {quote(written)} diffère de celui du tableau national ({TABLE} : {quote(national)}) ; "
                f"{fix}la page d'accueil et les pages des autres académies donnent le site du tableau ; ce point ne se "
                "marque pas comme vu, il reste tant que les deux diffèrent",
            )
        else:
            # The academy's name and time zone are the national table's, which the national team keeps: another one
            # is a typing slip, published on every page of the site (staffwalk54 H3: « Rennnes » was a point « à
            # contrôler », the build went on and every page said it), so a problem, with the value to write
            problems.add(
                where, name,
                f"{what} {quote(written)} diffère de celui du tableau national ({TABLE} : {quote(national)}) ; écrire "
                f"{name}: {national} (le tableau national est tenu par l'équipe nationale du guide : si l'académie a "
                f"changé de {'nom' if name == 'name' else 'fuseau horaire'}, le lui écrire)",
            )


# ---------------------------------------------------------------- e-mail addresses on another academy's domain


def site_domain(url) -> str | None:
    """The domain of a site, without « www. » (``https://www.ac-limoges.fr`` → ``ac-limoges.fr``)."""
    host = (urlsplit(str(url)).hostname or "").lower() if url else ""
    host = host.removeprefix("www.")
    return host or None


TYPO_HALF_EDITS = 4
"""A domain no academy has is a typo of an academy's own when at most two edits away (a letter changed, added or
removed, two swapped; a doubled letter half an edit: ``departments._distance``, in half edits): « ac-nante.fr »,
« ac-nnates.fr », « ac-toulous.fr ». difflib's ratio 0.8 took « ac-nantes-bts.fr », « bts-ac-nantes.fr »,
« nantes.fr » or « ac-nantes.com », real sites or addresses an academy may have, for typos, refused (fixstaff59)."""


def _domain_typo(domain: str, own: list[str]) -> list[str]:
    """The domain of ``own`` that ``domain`` is a typo of (``TYPO_HALF_EDITS``), as a list of one, or none."""
    close = sorted((_distance(domain, one), one) for one in own)
    return [close[0][1]] if close and close[0][0] <= TYPO_HALF_EDITS else []


def _registered(domain: str) -> str:
    """The last two labels of a domain (``dec.ac-limoges.fr`` → ``ac-limoges.fr``)."""
    return ".".join(domain.split(".")[-2:])


def lint_web_domains(slug: str, academy, data, table: dict, problems: Problems, today: dt.date | None = None) -> None:
    """A web address of the academy's files on another academy's site (its domain, « ac-clermont.fr » in Limoges'
    files): most often a page of the folder copied from that academy (a staff walk, staffwalk61 M5: the exam
    adjustment's page https://www.ac-clermont.fr published on Limoges' page as « Page à consulter »), as
    ``lint_email_domains`` says of an e-mail address. Not academy.yaml's website: (compared with the national table,
    ``lint_academy_table``), nor the pages of the academies that organise a specialty (managing_academies:, on their
    sites by nature), nor a past session's (its page archives its notice). A point, markable seen (a notice may send
    to another academy's page)."""
    others = {}
    for aid, other in table["academies"].items():
        domain = site_domain(other["website"])
        if aid != slug and domain and _registered(domain) != _registered(site_domain(table["academies"].get(slug, {}).get("website")) or ""):
            others[_registered(domain)] = ("du " if other["kind"] == "vice-rectorat" else "de l'") + other["title"]
    if not others:
        return
    records = [(academy.name, academy, ("website",)), *((f"{academy.name}, session {year}", session, ("managing_academies",))
               for year, session in sorted(data.sessions.items()) if today is None or not session_over(session, today))]
    for label, record, skipped in records:
        for where, at, url in _web_addresses(record, ""):
            if at.split(".")[0].split("[")[0] in skipped:
                continue
            domain = _registered(site_domain(url) or "")
            if domain not in others:
                continue
            _warn(
                problems, where, at,
                f"{label} : l'adresse {quote(str(url))} est sur le site d'une autre académie ({domain}, celui {others[domain]}) : "
                "recopiée du fichier de cette académie ? Vérifier sur la notice : si elle donne bien cette adresse, la garder "
                "et marquer ce point comme vu ; sinon, écrire celle que donne la notice (ou retirer la ligne si elle n'en "
                "donne pas)",
                seen=str(url),
            )


def emails_of(value, path: str = ""):
    """Every e-mail address of a record tree: (where it was written, its field path, the address)."""
    if isinstance(value, Record):
        for f in yaml_fields(type(value)):
            if f.name in SKIPPED_FIELDS or (type(value).__name__, f.name) in UNPUBLISHED:
                continue
            item = getattr(value, f.name)
            sub = f"{path}.{f.name}" if path else f.name
            if isinstance(item, tuple) and item and isinstance(item[0], Email):
                for i, email in enumerate(item):
                    yield value.where(f"{f.name}[{i}]"), f"{sub}[{i}]", email
            elif isinstance(item, Email):
                # (a field of one address, documents_deposit's email:: its domain was checked by nobody, the example
                # address of validate's messages pasted there published; staff68)
                yield value.where(f.name), sub, item
            elif isinstance(item, (Record, tuple, list, dict)):
                yield from emails_of(item, sub)
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            if isinstance(item, (Record, tuple, list, dict)):
                yield from emails_of(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (Record, tuple, list, dict)):
                yield from emails_of(item, f"{path}.{key}")


def copied_from_example(address: str, fix: str) -> str:
    """The problem of an ``address`` (« l'adresse web « … » ») on EXAMPLE_DOMAIN, and what to write in its place."""
    return (f"{address} est sur le domaine {quote(EXAMPLE_DOMAIN)}, celui de l'exemple du guide du personnel (l'« académie "
            f"d'exemple », qui n'existe pas) : recopiée de l'exemple ? écrire à sa place {fix}")


def lint_example_addresses(slug: str, academy, data, table: dict, problems: Problems) -> None:
    """A web address of the academy's files on the staff guide example's domain (EXAMPLE_DOMAIN: « bts_page:
    https://www.ac-exemple.fr/bts », « notice_url: https://www.ac-exemple.fr/bts/notice-inscription-bts-2027.pdf »):
    copied from the example, a link to a site that is not the academy's; never a point to mark seen, as its e-mail
    address is not (``lint_email_domains``; review71: « Tout est valide » with both pasted). academy.yaml's website: is
    compared with the national table's already (``lint_academy_table``). The example's own academy (the staff guide's
    tests give the national table an academy on that domain) is left alone."""
    entry = table["academies"].get(slug)
    if entry and _registered(site_domain(entry["website"]) or "") == EXAMPLE_DOMAIN:
        return
    records = [(academy, ("website",)), *((session, ()) for _, session in sorted(data.sessions.items()))]
    for record, skip in records:
        for where, at, url in _web_addresses(record, ""):
            if at in skip or _registered(site_domain(url) or "") != EXAMPLE_DOMAIN:
                continue
            problems.add(where, at, copied_from_example(f"l'adresse web {quote(str(url))}",
                                                        "l'adresse que donne la notice ou le site de l'académie"))


def lint_email_domains(slug: str, academy, data, table: dict, problems: Problems, today: dt.date | None = None) -> None:
    """An address of the academy's files on an academy domain (``ac-…``) that is not its site's: most
    often a typo (``ac-limoge.fr``), sometimes another academy's office (said so). An address on another form of the
    academy's own name is a slip to correct, never marked seen; a past session's is left alone, as its http://
    addresses are (``lint_plain_http``): its page archives its notice as printed, and a point that cannot be marked
    seen would stay for good once that notice printed such an address (review57 L10)."""
    entry = table["academies"].get(slug)
    own = {d for d in (site_domain(given(academy.website)), site_domain(entry["website"]) if entry else None) if d}
    if not own:
        return
    others = {
        # « de l'académie d'Aix-Marseille », « du vice-rectorat de la Nouvelle-Calédonie » (by its kind, as
        # directory.department_help chooses department_hint.of_academy or of_vice_rectorat)
        _registered(d): ("du " if other["kind"] == "vice-rectorat" else "de l'") + other["title"]
        for aid, other in table["academies"].items()
        if aid != slug and (d := site_domain(other["website"]))
    }
    shown = " ou ".join(quote(d) for d in sorted(own))
    records = [(academy.name, academy, False), *((f"{academy.name}, session {year}", session, today is not None and session_over(session, today))
                                                 for year, session in sorted(data.sessions.items()))]
    for label, record, past in records:
        for where, path, email in emails_of(record):
            local, _, domain = str(email).lower().rpartition("@")
            registered = _registered(domain)
            if not registered.startswith("ac-") or any(domain == d or domain.endswith("." + d) for d in own):
                continue
            if registered == EXAMPLE_DOMAIN:
                # (the staff guide's example, pasted: never an address to publish, nor a point to mark seen)
                problems.add(where, path, copied_from_example(f"l'adresse {quote(email)}", "l'adresse que donne la notice, ou retirer l'adresse"))
                continue
            if registered in others:
                why = f"c'est celui {others[registered]} : vérifier sur la notice que c'est bien cette adresse"
            else:
                close = _domain_typo(registered, sorted(own))
                if close:
                    # a domain no academy has, a letter or two from the academy's own (« ac-limgoes.fr »): a typo, not
                    # an address to publish (a staff walk, stop 47 M2: a point « à contrôler » let it be published)
                    problems.add(where, path, (
                        f"l'adresse {quote(email)} est sur le domaine {quote(registered)}, qui n'est celui d'aucune académie : "
                        f"faute de frappe pour {quote(close[0])} ? écrire {str(email)[:len(str(email)) - len(registered)]}{close[0]}"))
                    continue
                form = _own_name_form(registered, own, slug)
                if form is not None and past:
                    continue  # (a past session's page archives its notice as printed: see above)
                if form is not None:
                    # « ac-clermont-ferrand.fr » for « ac-clermont.fr »: another form of the academy's own name, which
                    # no academy has: a slip to correct, never a point to mark seen (a staff walk, stop 49 L9)
                    _warn(
                        problems, where, path,
                        f"{label} : l'adresse {quote(email)} est sur le domaine {quote(registered)}, qu'aucune académie n'a : "
                        f"une autre forme du nom de l'académie, dont le domaine est {quote(form)} (website: de academy.yaml) ; "
                        f"sans doute une faute de frappe pour {str(email)[:len(str(email)) - len(registered)]}{form} ; "
                        "vérifier l'adresse sur la notice et la corriger (ce point ne se marque pas comme vu : il reste tant "
                        "que l'adresse n'est pas corrigée)",
                    )
                    continue
                why = "vérifier l'adresse sur la notice (faute de frappe ?)"
            _warn(
                problems, where, path,
                f"{label} : l'adresse {quote(email)} est sur le domaine {quote(registered)}, pas sur celui du site de "
                f"l'académie ({shown}, website: de academy.yaml) ; {why}",
                f"{email} sur le domaine {registered}",
            )


def _own_name_form(registered: str, own: set[str], slug: str) -> str | None:
    """The academy's own domain of which ``registered`` is another form of its name (« ac-clermont-ferrand.fr » beside
    « ac-clermont.fr », « ac-orleans.fr » beside « ac-orleans-tours.fr »: one name the other's first words, or the
    folder's name, ``ac-<slug>``); None otherwise."""
    label = registered.split(".")[0]
    for domain in sorted(own):
        mine = _registered(domain).split(".")[0]
        if label == mine:
            continue
        if label.startswith(mine + "-") or mine.startswith(label + "-") or label == f"ac-{slug}" or label.replace("-", "") == mine.replace("-", ""):
            return _registered(domain)
    return None


# ---------------------------------------------------------------- R408 and specialty attestations


def _specialty_words(ref: SpecialtyRef | str, specialties: dict) -> str:
    ref = SpecialtyRef.parse(ref) if isinstance(ref, str) else ref
    spec = specialties.get(ref.specialty)
    name = spec.name if spec else ref.specialty
    return f"{name} option {ref.option}" if ref.option else name


def _annexes(annexes) -> str:
    return " et ".join(str(a) for a in annexes) if annexes else "non précisées"


def lint_r408(label: str, year: int, session, content, problems: Problems) -> None:
    texts = content.texts.texts
    specialties = content.specialties.specialties
    found = r408_list_in_force(content.regulations.r408_lists, texts, year)
    if found is None:
        return
    _, national = found
    title = texts[national.source].title
    r408 = session.r408
    # the national pieces of the R408 (those of the texts of its national lists: the 2023 attestation and its RQTH
    # waiver, the 2016 attestation; review77: only r408_attestation was looked for, a session of the 2016 list with
    # covers: [r408_attestation_2016] kept « La notice ne parle pas de l'attestation R408 » under its own piece)
    sources = {lst.source for lst in content.regulations.r408_lists.values()}
    pieces = {did for did, d in content.documents.documents.items() if sources & set(d.sources)}
    covering = next(((d, c) for d in given(session.documents) or () for c in d.covers if c in pieces), None)
    mentioned = next((did for did in session.national_documents if did in pieces), None)
    if r408 is NOT_GIVEN and (covering is not None or mentioned is not None):
        # a piece of the notice is the R408 attestation, or the notice mentions it: the notice speaks of it, and the
        # page's « La notice ne parle pas de l'attestation R408 » would contradict the piece it shows (staffwalk59 M5:
        # its point marked seen before the piece was written, « Tout est valide »)
        if covering is not None:
            piece, did = covering
            where = piece.where("id")
            said = (f"la pièce « {piece.id} »{f' (ligne {where.line})' if where else ''} couvre la pièce nationale de la R408 "
                    f"(covers: [{did}])")
        else:
            where = session.national_documents[mentioned].where("section")
            said = (f"national_documents: {mentioned}{f' (ligne {where.line})' if where else ''} dit où la notice mentionne "
                    "la pièce nationale de la R408")
        problems.add(
            session.where("r408"), "r408",
            f"« non précisé par la notice », mais {said} : la notice en parle, et la page dirait « La notice ne parle pas "
            "de l'attestation R408 » ; écrire à la place r408: puis, en dessous, en retrait de deux espaces, section: suivi "
            "de l'endroit où la notice en parle (par exemple la partie de ses pièces justificatives)",
        )
        return
    if r408 is NOT_GIVEN:
        _warn(
            problems, session.where("r408"), "r408",
            f"{label} : la notice ne dit rien de l'attestation R408 (r408: non précisé par la notice) ; la liste nationale en vigueur "
            f"({title}) s'affiche seule : vérifier sur la notice qu'elle n'en parle vraiment pas",
            ("la notice ne dit rien de l'attestation R408", f"liste nationale en vigueur : {title}"),
        )
        return
    if r408.list is None:
        return
    ours = {str(e.specialty): e for e in r408.list.specialties}
    theirs = {str(e.specialty): e for e in national.specialties}
    parts = []
    only_ours = [_specialty_words(s, specialties) for s in ours if s not in theirs]
    only_theirs = [_specialty_words(s, specialties) for s in theirs if s not in ours]
    if only_ours:
        parts.append(f"seulement dans la notice : {', '.join(only_ours)}")
    if only_theirs:
        parts.append(f"seulement dans la liste nationale : {', '.join(only_theirs)}")
    annexes = [
        f"{_specialty_words(s, specialties)} (notice : {_annexes(e.annexes)} ; national : {_annexes(theirs[s].annexes)})"
        for s, e in ours.items()
        if s in theirs and e.annexes and tuple(e.annexes) != tuple(theirs[s].annexes)
    ]
    if annexes:
        parts.append(f"annexes différentes : {', '.join(annexes)}")
    if parts:
        _warn(
            problems, r408.list.where("specialties"), "r408.list.specialties",
            f"{label} : la liste R408 de la notice diffère de la liste nationale en vigueur ({title}) — {' ; '.join(parts)} ; "
            "vérifier sur la notice (la page affiche les deux listes)",
            (f"liste nationale en vigueur : {title}",
             *(f"seulement dans la notice : {s}" for s in only_ours), *(f"seulement dans la liste nationale : {s}" for s in only_theirs),
             *(f"annexes différentes : {a}".replace(" ; national", ", national") for a in annexes)),
        )


def _specialties_of(condition) -> set[str]:
    return {value for test in condition.tests() if test.question == "specialty" for value in test.values}


def lint_specialty_documents(label: str, session, national: dict, content, problems: Problems) -> None:
    """National attestations required for a specialty (``national``: see ``specialty_documents``; the frozen project's
    Maintenance des systèmes ones, tests/fixtures, none in content/ since read49 M2) against the notice's list."""
    documents = given(session.documents)
    if not documents:
        return
    specialties = content.specialties.specialties
    if not national:
        return
    own = [(d, _specialties_of(d.when)) for d in documents]
    for specialty in sorted({s for _, specs in national.values() for s in specs}):
        ours = [d for d, specs in own if specialty in specs]
        theirs = {did: d for did, (d, specs) in national.items() if specialty in specs}
        covered = {did for d in ours for did in d.covers}
        missing = [d.label for did, d in theirs.items() if did not in covered and did not in session.national_documents]
        extra = [d.label for d in ours if not any(did in theirs for did in d.covers)]
        parts = []
        if missing:
            parts.append(f"attestations nationales que la notice ne liste pas (affichées comme règle nationale non mentionnée) : {' ; '.join(missing)}")
        if extra:
            parts.append(f"pièces de la notice sans document national correspondant (covers:) : {' ; '.join(extra)}")
        if parts:
            where = ours[0].where("when") if ours else session.where("documents")
            _warn(
                problems, where, "documents",
                f"{label} : attestations de {_specialty_words(specialty, specialties)} — {' ; '.join(parts)} ; vérifier sur la notice",
                (f"attestations de {_specialty_words(specialty, specialties)}",
                 *(f"non listée : {m}" for m in missing), *(f"sans document national : {e}" for e in extra)),
            )


# Words every document label has, that tell nothing of which document it is.
_COMMON_WORDS = frozenset(
    "attestation attestations formation certificat justificatif justificatifs copie photocopie piece pieces document "
    "documents candidat candidats votre vous pour dans avec selon situation regard cas echeant relative relatif".split()
)


def _label_words(label: str) -> set[str]:
    """The words of a label that say which document it is: no accents, lower case; four letters or more, a word
    with a digit (« R 408 » read « r408 »), or an acronym (« JDC », « RQTH »); not the words every label has."""
    plain = without_accents(label)
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,5}\b", plain)}
    text = re.sub(r"\b([a-z])\s+([0-9]+)\b", r"\1\2", plain.lower())
    words = re.findall(r"[a-z0-9]+", text)
    return {w for w in words if (len(w) >= 4 or w in acronyms or any(c.isdigit() for c in w)) and w not in _COMMON_WORDS}


def looks_alike(own: str, national: str, rare: frozenset[str] = frozenset()) -> bool:
    """Whether a notice item's label names the same document as a national one: two words in common that tell
    which document it is (« journée », « défense »), or one with a digit (« R408 »), an acronym (« JDC ») or a word
    of ``rare`` (one national document's label alone has it: « recensement »)."""
    shared = _label_words(own) & _label_words(national)
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,5}\b", without_accents(own) + " " + without_accents(national))}
    return len(shared) >= 2 or any(any(c.isdigit() for c in w) or w in acronyms or w in rare for w in shared)


def rare_words(national: dict) -> frozenset[str]:
    """The long words one label alone has among the national documents ``national`` (« recensement »): one is
    enough to name its document."""
    counts = Counter(w for d in national.values() for w in _label_words(d.label))
    return frozenset(w for w, n in counts.items() if n == 1 and len(w) >= 10)


def lint_look_alike_documents(label: str, year: int, session, content, problems: Problems) -> None:
    """A notice item that names a national document in force (the JDC certificate, the R408 attestation) without
    ``covers:`` it: the page would show both, the national one « non mentionnée par la notice », which is false
    (a staff walk: the JDC asked twice). The Maintenance des systèmes attestations are ``lint_specialty_documents``'."""
    documents = given(session.documents)
    if not documents:
        return
    in_force = documents_in_force(content.documents.documents, content.texts.texts, year)
    covered = {did for d in documents for did in d.covers}
    rare = rare_words(in_force)
    for document in documents:
        for did, national in in_force.items():
            # (a document in place of another, the RQTH justification for the R408 attestation, goes with its item)
            if did in covered or did in session.national_documents or national.replaces or _specialties_of(national.when):
                continue
            if did == JDC_DOCUMENT and uncovered_jdc_by_age(document):
                continue  # (a problem: generator.checks.check_jdc_covers)
            # (a piece named for the JDC is a form of the national one, whatever the words around: « Certificat JAPD »,
            # which looks_alike misses, review60 M3)
            if looks_alike(document.label, national.label, rare) or did == JDC_DOCUMENT and names_the_jdc(document.label):
                _warn(
                    problems, document.where("label") or document.where("id"), "documents",
                    f"{label} : la pièce {quote(document.id)} ressemble à la pièce nationale {quote(did)} ({quote(national.label)}) ; "
                    f"si c'est la même, écrire covers: [{did}] sous la pièce (sans quoi la page affiche les deux, la nationale comme "
                    "« non mentionnée par la notice ») ; si ce sont deux pièces différentes, rien à changer",
                    f"la pièce {document.id} ressemble à la pièce nationale {did}",
                )


def lint_undated_text_documents(label: str, session, problems: Problems) -> None:
    """A piece the notice asks for in its text, not in its list (``listed: false``), with no ``deadline:`` written:
    it takes the date of the list's pieces (``documents``), which the notice may not give it (a review: Aix-Marseille
    2023's rare-language attestation, « il sera demandé », shown due on the list's 4 December)."""
    first = None  # the first such piece: its point says it all, the others point to it (a staff walk: five pieces,
    # five times the same 400 characters)
    for i, document in enumerate(given(session.documents) or ()):
        if document.listed or "deadline" in document.positions:
            continue
        if first is not None:
            _warn(
                problems, document.where("listed"), f"documents[{i}].listed",
                f"{label} : la pièce {quote(document.id)} aussi est demandée dans le texte de la notice (listed: false) sans "
                f"deadline: ; même vérification que pour la pièce {quote(first[0])} (ligne {first[1]})",
            )  # (never marked seen: settled in the data, deadline:)
        else:
            first = (document.id, document.where("listed").line)
            _warn(
                problems, document.where("listed"), f"documents[{i}].listed",
                f"{label} : la pièce {quote(document.id)} est demandée dans le texte de la notice (listed: false) et n'a pas "
                "de deadline: ; elle prend la date des pièces de la liste (deadlines: documents) : si la notice ne la date "
                "pas, ni elle ni toutes les pièces justificatives, lui donner une date « non précisé par la notice » (sous "
                "deadlines:, at: non précisé par la notice, et deadline: sous la pièce) ; si la notice fixe une date pour "
                "toutes les pièces justificatives, écrire deadline: documents sous la pièce ; si elle la date à part, "
                "écrire deadline: sous la pièce",
            )  # (never marked seen: settled in the data, deadline:)


# « avant le 12 décembre », « AVANT LE VENDREDI 12 » (groups: the day, its month if written)
_BEFORE_DAY = re.compile(
    r"\bavant\s+le\s+(?:(?:" + "|".join(WEEKDAYS_FR) + r")\s+)?([0-9]{1,2})(?:er)?(?![0-9])(?:\s+(" + "|".join(MONTHS_FR) + r")\b)?",
    re.IGNORECASE,
)


def lint_deadline_days(label: str, session, problems: Problems) -> None:
    """A deadline whose notice words (``words:``, ``as_written:``) write a day, not the day of its ``at:``, unless its
    ``note:`` writes that day and one of the notice's (the guide's reading said: « « Avant le 15 novembre » … le guide
    retient le mardi 14 novembre 2023 »; a review, 46 M1: a note naming the closing's day for another reason): a typing slip
    (a staff walk, 44 H1: ``at: 2026-11-17`` beside « pour le 18 novembre 2026 » was published as is, the timeline
    marking it « date retenue par le guide » with nothing saying why; a review, 45 H1: a note on something else, the
    hour, let it through). Not markable: settled in the data, by at: or by the note. A problem when the words write one
    day only, day and month, other than at:'s eve in « avant le … » (``_one_other_day``): at: changed without its words,
    or the words without at:; « à contrôler » when they write several days, or « avant le » the day after at:, or in
    a draft (a verify: line over the deadline: its words and at: replaced one after the other)."""
    for did, deadline in (given(session.deadlines) or {}).items():
        at = deadline.at
        if not isinstance(at, Moment):
            continue
        if not another_day_written(at.date, deadline.words, deadline.as_written):
            _lint_before_day(label, did, deadline, problems)
            continue
        if _reading_noted(deadline):
            continue  # (a note that writes the day kept and one the notice writes: the guide's reading said)
        written = deadline_days(deadline.words, deadline.as_written)
        days = ", ".join(_day_words(d, month) for d, month in sorted(written, key=lambda x: (x[1], x[0])))
        said = _date_words(at.date)
        # (not in a draft's deadline, file or session block still under its verify: line: its words and its at: are
        # being replaced one after the other, and the draft is not published)
        draft = session.verify or session.session.verify or deadline.verify
        if len(written) == 1 and not draft and not _eve_of_before_day(at.date, deadline):
            _one_other_day(label, did, deadline, next(iter(written)), session.session.year, problems)
            continue
        _warn(
            problems, deadline.where("at"), f"deadlines.{did}.at",
            f"{label} : la date limite {quote(did)} est le {said} (at:), mais les mots de la notice n'écrivent pas ce jour "
            f"(ils écrivent : {days}) : faute de frappe ? corriger at: ; sinon (la notice dit « avant le 15 » : le guide "
            f"retient le 14), l'écrire sous note:, avec les deux jours (« « avant le … » se lit …, le guide retient le "
            f"{said} »), que la page affiche dans « Dates à retenir »",
        )  # (never marked seen: settled in the data, at: or note:)


def _eve_of_before_day(day: dt.date, deadline) -> bool:
    """``day`` is the eve of the day the deadline's words say « avant le … » (« avant le 15 novembre », at: the 14th):
    the guide's reading, its note not written (lint_deadline_days asks for it), not a slip."""
    after = day + dt.timedelta(days=1)
    for text in (deadline.words, deadline.as_written):
        for m in _BEFORE_DAY.finditer(emphasis.plain(text or "")):
            month = MONTHS_FR.get(m.group(2).lower()) if m.group(2) else None
            if int(m.group(1)) == after.day and month == after.month:
                return True
    return False


def _one_other_day(label: str, did: str, deadline, written: tuple[int, int], year: int, problems: Problems) -> None:
    """A deadline whose notice words (``words:``, ``as_written:``) write one day only, day and month, not its ``at:``'s,
    nor the day after its at: in « avant le … » (the guide's reading, asked about by lint_deadline_days), and whose note
    does not say a reading (``_reading_noted``): a problem (staff68 M1: at: changed for a corrected notice, the words
    kept, « Tout est valide », and the page gave the new date under the old words; before, a point « à contrôler » that
    published them). Both dates said, and both fixes: at: to the words' day, or the words to the notice's new ones."""
    at = deadline.at
    day, month = written
    field = next(f for f in ("words", "as_written") if (day, month) in deadline_days(getattr(deadline, f), None))
    where = deadline.where(field)
    line = f", ligne {where.line}" if where is not None else ""
    try:
        theirs = dt.date(year - 1 if month >= 9 else year, month, day)
    except ValueError:  # (29 February of a year without it)
        theirs = None
    write = f"écrire at: {theirs.isoformat()}{' ' + clock_text(at.time) if at.time is not None else ''}" if theirs else "corriger at:"
    problems.add(
        deadline.where("at"), f"deadlines.{did}.at",
        f"la date limite {quote(did)} est le {_date_words(at.date)} (at:), mais les mots de la notice cités sous {field}: "
        f"({field}{line}) donnent une seule date, le {_day_words(day, month)} : l'un des deux n'a pas suivi l'autre ; si la "
        f"notice donne le {_day_words(day, month)}, {write} ; si elle donne le {_date_words(at.date)} (une notice corrigée, "
        f"une date changée), remplacer {field}: par ses mots pour cette date ; si le guide retient le {_date_words(at.date)} "
        f"en lisant ces mots, le dire sous note:, avec les deux jours",
    )


def lint_deadline_hours(label: str, session, problems: Problems) -> None:
    """A deadline whose notice words (``words:``, ``as_written:``) write an hour, not the hour of its ``at:``, as
    ``lint_registration_days`` checks the registration's against dates_note: (a staff walk, stop 52 L2: ``words:
    17:00`` beside ``at: 2026-11-27 24:00`` passed, the page showing « Mots de la notice : « 17:00 » » beside
    « minuit »). Blocking when the words write one hour; « à contrôler » when they write several (one may be about
    something else: an office's hours) or when ``at:`` has no hour (the page would say « heure non précisée par la
    notice »). Left alone: words that write another day (the guide's reading: lint_deadline_days), « avant le 15 … à
    17 h » on a day without hour (said by _lint_before_day), a note that writes the hour kept and one the words write
    (the guide's reading said, as _reading_noted for a day; a note on « minuit » alone beside words: 17:00 is no reading
    of them: the staff walk's own case), and a record still to verify (the previous notice's words). Not markable: settled in the data (at:, words: or note:)."""
    if session.session.verify:
        return
    for did, deadline in (given(session.deadlines) or {}).items():
        at = deadline.at
        if not isinstance(at, Moment) or another_day_written(at.date, deadline.words, deadline.as_written):
            continue
        field = next((f for f in ("words", "as_written") if hours_written(getattr(deadline, f))), None)
        if field is None:
            continue
        said = [h for f in ("words", "as_written") for h in hours_written(getattr(deadline, f))]
        if at.time is not None and any(at.time in times for _, times in said):
            continue
        noted = hours_written(deadline.note)
        if (at.time is not None and any(at.time in times for _, times in noted)
                and any(times & said_times for _, times in noted for _, said_times in said)):
            continue  # (the note writes the hour kept and one the words write: the guide's reading said)
        written = list(dict.fromkeys(shown for shown, _ in said))
        first = sorted(said[0][1])[-1]
        day = at.date.isoformat()
        where, path = deadline.where("at"), f"deadlines.{did}.at"
        line = f" (ligne {deadline.where(field).line})" if deadline.where(field) is not None else ""
        quoted_hours = ", ".join(quote(w) for w in written)
        if at.time is None:
            if not _BEFORE_DAY.search(emphasis.plain(f"{deadline.words or ''} {deadline.as_written or ''}")):
                _warn(problems, where, path,
                      f"{label} : la date limite {quote(did)} {quote(str(at))} ({_date_words(at.date)}) est écrite sans "
                      f"heure, et la page dira « heure non précisée par la notice », mais {field}:{line} donne l'heure "
                      f"{quoted_hours} : écrire at: {day} {clock_text(first)}")  # (never marked seen: at:)
            continue
        kept = _hour_words(at.time)
        other = "une autre heure" if len(written) == 1 else "d'autres heures"
        message = (f"la date limite {quote(did)} {quote(str(at))} ({_date_words(at.date)}, {kept}) : {field}:{line} cite les "
                   f"mots de la notice, qui donnent {other} : {quoted_hours} ; faute de frappe ? si la notice donne "
                   f"{quote(written[0])}, écrire at: {day} {clock_text(first)} ; sinon, corriger {field}: (les mots de la "
                   f"notice pour cette date), ou dire sous note: pourquoi le guide retient {kept} plutôt que {quote(written[0])}, en citant les deux heures")
        if len(written) == 1:
            problems.add(where, path, message)
        else:  # (several hours: one may be about something else, an office's opening hours)
            _warn(problems, where, path, f"{label} : {message}")  # (never marked seen: settled in the data)


# What comes before a registration date in dates_note (« Du vendredi 11 octobre 2024 », « au mercredi 15 novembre
# 2023 », « jusqu'au 15/11/2024 »): the opening's words or the closing's (group: the word; a weekday before a date in
# figures is the second group)
_REGISTRATION_ROLE = re.compile(
    r"\b(du|au|jusqu['’]au|à\s+partir\s+du|à\s+compter\s+du)\s+(?:(" + "|".join(WEEKDAYS_FR) + r")\s+)?$", re.IGNORECASE)
_OPENING_WORDS = ("du", "à partir du", "à compter du")
# The hour after a registration date: « à 14h00 », « À 8H », « à 09 heures », « à 17 h 30 », « à midi » (groups:
# the hour, its minutes)
_REGISTRATION_HOUR = re.compile(
    r"\s*,?\s*(?:à|a)\s+(?:([0-9]{1,2})\s*(?:heures?|h)\s*([0-9]{2})?(?![0-9])|midi\b)", re.IGNORECASE)


def _registration_words(text: str, session_year: int) -> list[dict]:
    """The dates ``dates_note`` writes, in its order: each with the words that give it (from « du »/« au » to its
    hour), its role (``opening`` after « du », ``closing`` after « au », None otherwise), its weekday, day, month, its
    year if written, and its hour if written. A date with its year outside the session's academic year is left out
    (lint_dates_quoted says it)."""
    first, last = academic_year_bounds(session_year)
    found = []
    for pattern, numeric in ((QUOTED_DATE, False), (NUMERIC_DATE, True)):
        for m in pattern.finditer(text):
            if numeric:
                day, month, year = int(m.group(1)), int(m.group(3)), m.group(4)
                year = (2000 + int(year)) if len(year) == 2 else int(year)
            else:
                day, month = int(m.group(1)), MONTHS_FR[m.group(2).lower()]
                year = int(m.group(3)) if m.group(3) else None
            if not 1 <= month <= 12:
                continue
            words = m.group(0).split()
            weekday = words[0].lower() if words[0].lower() in WEEKDAYS_FR else None
            role = _REGISTRATION_ROLE.search(text[:m.start()])
            if role is not None and role.group(2):
                weekday = weekday or role.group(2).lower()
            start = role.start() if role is not None else m.start()
            hour = _REGISTRATION_HOUR.match(text, m.end())
            end = hour.end() if hour is not None else m.end()
            try:
                date = dt.date(year if year is not None else session_year - 1 if month >= 9 else session_year, month, day)
            except ValueError:
                continue  # (no such day: the weekday check says it)
            if year is not None and not first <= date <= last:
                continue
            said = " ".join(role.group(1).lower().split()) if role is not None else None
            found.append({
                "start": start, "shown": " ".join(text[start:end].split()), "date": date, "year": year, "weekday": weekday,
                "role": None if said is None else "opening" if said in _OPENING_WORDS else "closing",
                "time": _registration_hour(hour),
            })
    return sorted(found, key=lambda f: f["start"])


def _registration_hour(hour: re.Match | None) -> dt.time | None:
    """The hour a ``_REGISTRATION_HOUR`` match gives: « à midi » 12:00, « à 17h30 » 17:30; None without one, or for
    figures that are no hour of the day (« à 25h »)."""
    if hour is None:
        return None
    if hour.group(1) is None:
        return dt.time(12, 0)  # (« à midi »)
    hours, minutes = int(hour.group(1)), int(hour.group(2) or 0)
    return dt.time(hours, minutes) if hours < 24 and minutes < 60 else None


def _hour_words(time) -> str:
    """An hour in a staff message's sentence, as the other messages say it: « 16:00 » (the form written in the files),
    « minuit » for the data's 24:00 (``lint_deadline_hours``); the value to write is ``clock_text``'s « 24:00 »."""
    return "minuit" if time == END_OF_DAY else clock_text(time)


def lint_closing_hour_kept(label: str, session, problems: Problems, before=None) -> None:
    """A deadline that, in the session before, was at its closing's very minute (« au plus tard à la date limite
    d'inscription », the handicap file), still on this closing's day at the old closing's hour when the closing's hour
    changed (staffwalk58 M7: closing 17:00 → 16:00, the file left « 2024-11-15 17:00 », an hour after the closing, with
    « Tout est valide »). A point: the notice may give it that hour."""
    if before is None or session.session.verify:
        return
    closing, old_closing = given(session.session.closing), given(before.session.closing)
    if not isinstance(closing, Moment) or not isinstance(old_closing, Moment) or None in (closing.time, old_closing.time):
        return
    if closing.time == old_closing.time:
        return
    old_deadlines = given(before.deadlines) or {}
    for did, deadline in (given(session.deadlines) or {}).items():
        at, old = given(deadline.at), old_deadlines.get(did)
        old_at = given(old.at) if old is not None else None
        if deadline.verify or not isinstance(at, Moment) or not isinstance(old_at, Moment):
            continue
        if (old_at.date, old_at.time) != (old_closing.date, old_closing.time):
            continue
        if at.date != closing.date or at.time != old_closing.time:
            continue
        _warn(
            problems, deadline.where("at"), f"deadlines.{did}.at",
            f"{label} : {quote(str(at))} : dans la session {before.session.year}, cette date était à la minute de la clôture "
            f"({quote(str(old_closing))}) ; la clôture de cette session est à {_hour_words(closing.time)} "
            f"({quote(str(closing))}), et cette date a gardé l'heure de l'ancienne ({_hour_words(old_closing.time)}) : heure "
            f"restée de la session {before.session.year} ? si la notice la lie à la clôture, écrire at: {closing.date.isoformat()} "
            f"{clock_text(closing.time)} (et revoir sa note:) ; si elle donne vraiment {_hour_words(old_closing.time)}, "
            "la garder et marquer ce point comme vu",
            seen=f"heure de l'ancienne clôture gardée : {_hour_words(old_closing.time)}",
        )


def lint_registration_days(label: str, session, problems: Problems, before=None) -> None:
    """``session.opening`` and ``session.closing`` against the notice's words for them in ``dates_note`` (« Du vendredi
    11 octobre 2024 à 14h00 / Au vendredi 15 novembre 2024 à 17h00 »), as ``lint_deadline_days`` checks a deadline's
    (a staff walk, 50 H1: ``closing: 2024-11-14 17:00``, or ``2024-11-15 12:00``, passed silently beside those words,
    the page showing both). The words about a value are those on its day, else those after « du » (the opening) or
    « au » (the closing). Blocking when those words date it for sure (their year, or their weekday, written) and say
    another day, or say another hour; « à contrôler » otherwise (a day without year nor weekday; an hour the value does
    not give). Not in a record still to verify (the previous notice's words), nor markable: settled in the data (the
    value, or the notice's words for the day kept quoted in dates_note:). ``before``: the session before, whose own
    hour, still written in dates_note: (« à 17 heures » kept from its words), is a left-over to correct there first
    (staffwalk53 H2), not a value to copy into opening:/closing:."""
    info = session.session
    if not info.dates_note or info.verify:
        return
    mentions = _registration_words(" ".join(emphasis.plain(info.dates_note).split()), info.year)
    if not mentions:
        return
    for name, what in (("opening", "l'ouverture"), ("closing", "la clôture")):
        value = getattr(info, name)
        if not isinstance(value, Moment):
            continue
        other = "closing" if name == "opening" else "opening"
        same = [m for m in mentions if m["role"] != other and m["date"].timetuple()[1:3] == value.date.timetuple()[1:3]
                and (m["year"] is None or m["year"] == value.date.year)]
        about = [m for m in mentions if m["role"] == name]
        read = f"{quote(str(value))} ({'le ' if value.time is None else ''}{_date_words(value.date)})"
        where, path = info.where(name), f"session.{name}"
        if same:
            hours = [m for m in same if m["time"] is not None]
            if not hours or (value.time is not None and any(m["time"] == value.time for m in hours)):
                continue
            words = hours[0]
            fix = f"{name}: {value.date.isoformat()} {clock_text(words['time'])}"
            at = where_quoted(words["shown"], info.where("dates_note"), problems)
            line = f" (ligne {at.line})" if at is not None else ""
            if value.time is None:
                _warn(problems, where, path,
                      f"{label} : {what} {read} est écrite sans heure, mais dates_note:{line} cite les mots de la notice "
                      f"{quote(words['shown'])}, qui donnent l'heure : écrire {fix}")  # (never marked seen: the value)
                continue
            stale = _hour_left_over(name, words, before)
            if stale is not None:  # (the previous session's hour, in its words: dates_note: is what is left over)
                message = (f"{what} {read} : dates_note:{line} cite {quote(words['shown'])}, mais {clock_text(words['time'])} "
                           f"est l'heure de {what} de la session {stale} "
                           f"et ces mots sont ceux de son fichier : mots restés de la notice de la session {stale} ? "
                           f"corriger dates_note:{line} d'après la notice de la session {info.year} ; seulement si cette "
                           f"notice donne vraiment {clock_text(words['time'])}, écrire {fix}")
            else:
                message = (f"{what} {read} : dates_note:{line} cite les mots de la notice {quote(words['shown'])}, qui "
                           f"donnent une autre heure : faute de frappe ? écrire {fix} ; si la notice donne vraiment "
                           f"{clock_text(value.time)} ailleurs, citer aussi ces mots-là sous dates_note:")
            if any(m["role"] == name for m in hours):
                problems.add(where, path, message)
            else:  # (words on that day after neither « du » nor « au »: perhaps about something else)
                _warn(problems, where, path, f"{label} : {message}")  # (never marked seen: settled in the data)
            continue
        if not about:
            continue  # (no words about it: nothing to compare)
        words = about[0]
        hour = words["time"] or value.time
        fix = f"{name}: {words['date'].isoformat()}{f' {clock_text(hour)}' if hour is not None else ''}"
        at = where_quoted(words["shown"], info.where("dates_note"), problems)
        line = f" (ligne {at.line})" if at is not None else ""
        message = (f"{what} {read} : dates_note:{line} cite les mots de la notice {quote(words['shown'])}, qui donnent un "
                   f"autre jour : faute de frappe ? écrire {fix} ; si la notice donne vraiment le {_date_words(value.date)} "
                   "ailleurs, citer aussi ces mots-là sous dates_note:")
        if any(m["year"] is not None or m["weekday"] is not None for m in about):
            problems.add(where, path, message)
        else:  # (« au 15 novembre »: its year unsaid)
            _warn(problems, where, path, f"{label} : {message}")  # (never marked seen: settled in the data)


def lint_weekend_dates(label: str, session, problems: Problems) -> None:
    """``session.opening``, ``session.closing`` or a deadline's ``at:`` on a Saturday or a Sunday: registrations open
    and close, and pieces are due, on a working day, so most often a typing slip in the date (2024-11-17 for 2024-11-15;
    staff67 L5: « Tout est valide », and a Sunday as the closing on every page; staff68 L6: the opening, not looked at;
    staff70 item 2: a Saturday, and a deadline, were not looked at). « À contrôler », markable seen: a notice may close
    on a weekend (a closing at midnight, the Aix-Marseille 2023 pieces due « au dimanche 4 décembre 2022 »). Nothing
    said when the notice's words for that date give it with that weekday: for the opening and the closing, the words
    quoted in ``dates_note:`` (« au dimanche 20 novembre 2022 »: the notice's own day, no slip to suspect, review68a);
    for a deadline, its ``words:`` or ``as_written:``; nor in a session still under its ``verify:`` line, nor at a
    deadline under its own (new-session's line there says the weekend already: ``rollover._weekend``); nor where a
    point or problem is already said at that value (the notice's words giving another day: ``lint_registration_days``,
    ``lint_deadline_days``)."""
    info = session.session
    if info.verify or session.verify:
        return
    said_at = {(p.path, p.location.file) for p in (*problems.items, *problems.warnings)}
    mentions = None  # (dates_note:'s dates, read once, when a value falls on a weekend)
    for name, what, short in (("opening", "l'ouverture", "ouverture"), ("closing", "la clôture", "clôture")):
        value = getattr(info, name)
        if not isinstance(value, Moment) or value.date.weekday() < 5:
            continue
        path = f"session.{name}"
        where = info.where(name)
        if where is not None and (path, where.file) in said_at:
            continue  # (already said, by the notice's words in dates_note: giving another day: lint_registration_days)
        weekday = WEEKDAYS_FR[value.date.weekday()]
        if mentions is None:
            mentions = _registration_words(" ".join(emphasis.plain(info.dates_note or "").split()), info.year)
        if any(m["date"] == value.date and m["weekday"] == weekday and m["role"] in (None, name) for m in mentions):
            continue  # (the notice's words say that day)
        said = f"{weekday} {_date_words(value.date)}"
        _warn(
            problems, where, path,
            f"{label} : {what} des inscriptions ({name}: {quote(str(value))}) tombe le {said}, jour où les services "
            f"sont fermés : faute de frappe dans la date ? la vérifier sur la notice et corriger {name}: ; si la notice "
            f"donne bien ce jour, citer sous dates_note: ses mots qui le disent (« … le {said} »), ou marquer le point "
            "comme vu",
            seen=f"{short} le {said}",
        )
    for did, deadline in (given(session.deadlines) or {}).items():
        at = deadline.at
        if not isinstance(at, Moment) or at.date.weekday() < 5 or deadline.verify:
            continue
        path = f"deadlines.{did}.at"
        where = deadline.where("at")
        if where is not None and (path, where.file) in said_at:
            continue  # (already said: its words give another day, lint_deadline_days)
        weekday = WEEKDAYS_FR[at.date.weekday()]
        # (its note: too: the guide's reading of the notice's words, « avant le lundi 12 » read as the Sunday 11, says
        # that day with its weekday, review70)
        words = " ".join(emphasis.plain(" ".join(t for t in (deadline.words, deadline.as_written, deadline.note) if t)).split())
        if any(m["date"] == at.date and m["weekday"] == weekday for m in _registration_words(words, info.year)):
            continue  # (the notice's words, or the guide's note reading them, say that day)
        said = f"{weekday} {_date_words(at.date)}"
        what = "la date limite" if deadline.kind == "deadline" else "la date"
        _warn(
            problems, where, path,
            f"{label} : {what} {quote(did)} ({quote(deadline.label)}, at: {quote(str(at))}) tombe le {said}, jour où les "
            "services sont fermés : faute de frappe dans la date ? la vérifier sur la notice et corriger at: ; si la notice "
            f"donne bien ce jour, recopier sous words: (ou as_written:) ses mots qui le disent (« … le {said} »), ou, s'il est "
            f"la lecture du guide, la dire dans note: (« … le {said} »), ou marquer le point comme vu",
            seen=f"{did} le {said}",
        )


def _hour_left_over(name: str, words: dict, before) -> int | None:
    """The year of the session ``before`` when the words of ``dates_note:`` about the opening or closing (``name``)
    are that session's own (its dates_note: wrote the same words, its dates moved on a year apart, as new-session
    writes them) and give its hour for that value: the previous notice's hour left over (staffwalk53 H2). None
    otherwise, or without a session before."""
    if before is None:
        return None
    info = before.session
    value = getattr(info, name, None)
    if not isinstance(value, Moment) or value.time != words["time"] or not info.dates_note:
        return None
    mentions = _registration_words(" ".join(emphasis.plain(info.dates_note).split()), info.year)
    shown = _without_dates(words["shown"])
    if any(m["time"] == words["time"] and _without_dates(m["shown"]) == shown for m in mentions):
        return info.year
    return None


def _without_dates(words: str) -> str:
    """Words with their day, weekday and year left out (« au vendredi 15 novembre 2024 à 17 heures » → « au novembre à
    17 heures »): what stays of the previous session's words once new-session moved their dates."""
    words = re.sub(r"\b(?:" + "|".join(WEEKDAYS_FR) + r")\b", " ", words.lower())
    words = re.sub(r"\b[0-9]{1,2}(?:er)?\s+(?=(?:" + "|".join(MONTHS_FR) + r")\b)|\b[0-9]{4}\b", " ", words)
    return " ".join(words.split())


def _reading_noted(deadline) -> set[tuple[int, int]]:
    """The days a deadline's notice words write that its note writes too, that note writing the day its ``at:`` keeps:
    the guide's reading said (« « Avant le 15 novembre » … le guide retient le mardi 14 novembre 2023 »); empty when
    the note does not say it."""
    noted = days_quoted(emphasis.plain(deadline.note or ""))
    if not isinstance(deadline.at, Moment) or (deadline.at.date.day, deadline.at.date.month) not in noted:
        return set()
    return deadline_days(deadline.words, deadline.as_written) & noted


# What follows « avant le 15 janvier [2024] » and makes that day count: an hour (« à 17 h », « 17h30 », « midi »), or
# « inclus » (groups: the hour, its minutes)
_DAY_KEPT = re.compile(r"\s*(?:[0-9]{4})?\s*,?\s*(?:(?:à\s*)?([0-9]{1,2})\s*(?:h|heures?)\s*([0-9]{2})?\b|(?:à\s+)?midi\b|inclus\b)",
                       re.IGNORECASE)


def _lint_before_day(label: str, did: str, deadline, problems: Problems) -> None:
    """A deadline whose notice words say « avant le 12 » and whose ``at:`` is the whole 12th, without ``note:``:
    « avant le 12 » leaves the 12th out (a staff walk, stop 46: silent, while « avant le 12 » with ``at:`` on the 11th
    asked for a note). The fix said whole (at: the day before and the note that says why: « corriger at: » alone sent
    staff back by lint_deadline_days, a review, stop 46). Words that give an hour (« avant le 15 janvier à 17 h »): that
    hour is to write on at:; « inclus »: the day counts. A time on ``at:`` is read as written. Not markable: settled by
    at: or by the note."""
    at = deadline.at
    if at.time is not None:
        return
    eve = at.date - dt.timedelta(days=1)
    # a note that reads the eve as the last day (« « Avant le 19 novembre » se lit « au plus tard le 18 novembre » »), at:
    # on the day the words leave out (staffwalk60 M3: at: typed as the notice's day, the note of the previous session
    # rewritten for the new one: the page gave the 19th as the last day and, under it, the note saying the 18th)
    if deadline.note and (eve.day, eve.month) not in days_quoted(emphasis.plain(deadline.note)):
        return
    for text in (deadline.words, deadline.as_written):
        plain = emphasis.plain(text or "")
        for m in _BEFORE_DAY.finditer(plain):
            month = MONTHS_FR.get(m.group(2).lower()) if m.group(2) else None
            if int(m.group(1)) != at.date.day or month not in (None, at.date.month):
                continue
            said = _date_words(at.date)
            kept = _DAY_KEPT.match(plain, m.end())
            if deadline.note:
                if kept is not None:
                    return  # (an hour, or « inclus »: the day counts)
                message = (f"{label} : la date limite {quote(did)} est le {_date_words(at.date)} (at:), et les mots de la notice "
                           f"disent {quote(' '.join(m.group(0).split()))}, qui laisse ce jour dehors ; la note: lit la veille, le "
                           f"{_date_words(eve)}, comme dernier jour, et la page afficherait les deux : écrire at: {eve.isoformat()} ; "
                           f"sinon, corriger la note:")
            elif kept is not None and not kept.group(0).strip().lower().endswith("inclus"):
                hour = f"{int(kept.group(1)):02d}:{kept.group(2) or '00'}" if kept.group(1) else "12:00"
                message = (f"{label} : la date limite {quote(did)} est le {said} (at:), toute la journée, et les mots de la "
                           f"notice disent {quote(' '.join(plain[m.start():kept.end()].split()))} : écrire cette heure sur at: "
                           f"({at.date.isoformat()} {hour})")
            elif kept is None:
                before = f"avant le {_day_words(at.date.day, at.date.month)}"
                # (the note to write without « : », which YAML would read as a key)
                message = (f"{label} : la date limite {quote(did)} est le {said} (at:), et les mots de la notice disent "
                           f"{quote(' '.join(m.group(0).split()))}, qui laisse ce jour dehors : si le dernier jour est la veille, "
                           f"écrire at: {eve.isoformat()} et, sous note:, « « {before[0].upper() + before[1:]} » se lit « au plus "
                           f"tard le {_day_words(eve.day, eve.month)} », le guide retient le {_date_words(eve)} » ; sinon, dire "
                           f"sous note: pourquoi le guide retient le {said}")
            else:
                return  # (« inclus »: that day)
            _warn(problems, deadline.where("at"), f"deadlines.{did}.at", message)  # (never marked seen: at: or note:)
            return


# A sentence long enough to count as said twice (« Oui. » may well be), and where one ends
REPEAT_MIN_LENGTH = 25
_SENTENCE_END = re.compile(r"(?<=[.!?])[»)]?\s+")


def sentences(text: str | None) -> set[str]:
    """The sentences of ``text`` (its markup, spaces, apostrophes and case aside), those long enough to count."""
    return set(_sentences_as_written(text))


def _sentences_as_written(text: str | None) -> dict[str, str]:
    """``sentences`` of ``text``, each with its words as written (case kept: a staff message quotes them)."""
    if not text:
        return {}
    plain = " ".join(text.replace("**", "").replace("’", "'").replace("→", " ").split())
    out = {}
    for sentence in _SENTENCE_END.split(plain):
        sentence = sentence.strip(" «»()")
        if len(sentence) >= REPEAT_MIN_LENGTH:
            out.setdefault(sentence.casefold(), sentence)
    return out


def lint_layout_topics(label: str, session, problems: Problems) -> None:
    """A rubrique the notice says (topics: with notice: statements) that session.layout: leaves out, when it orders the
    notice's parts: the PDF prints it after the parts it names, in the guide's order, maybe after the annexes (a staff
    walk, 43 L3: a statement of « I. Les candidats concernés » printed after « Annexe 3 »)."""
    info = session.session
    if not info.layout:
        return
    for tid, topic in (given(session.topics) or {}).items():
        if not topic.notice or tid in info.layout or tid in info.web_only:
            continue
        _warn(
            problems, topic.where("notice"), f"topics.{tid}",
            f"{label} : la rubrique {quote(tid)} a des mots de la notice (notice:) mais n'est pas dans session.layout: ; le "
            "PDF de la notice l'imprime après les parties que layout: nomme, peut-être après ses annexes : ajouter "
            f"{tid} à layout:, à sa place dans la notice (ou à web_only: si la notice ne la contient pas telle quelle)",
            seen=tid,
        )


def _exclusive(a, b) -> bool:
    """Conditions no candidate meets both of: each requires, of the same question, answers the other excludes
    (only what their conjunctions test; anything else may well hold together)."""
    def allowed(condition) -> dict[str, set[str]]:
        return {c.question: set(c.values) for c in condition.conjuncts() if c.kind == "test"}

    left, right = allowed(a), allowed(b)
    return any(not (left[q] & right[q]) for q in left.keys() & right.keys())


def _at_line(where) -> str:
    return f", ligne {where.line}" if where is not None else ""


def lint_repeated_details(label: str, session, problems: Problems) -> None:
    """A piece's ``detail:`` that says a sentence a step, or a rubrique's statement the checklist says
    (``checklist_when:``), of the same session says too: the checklist
    would say it twice to a candidate the piece and the step concern (a review, walk 42 L5: Clermont-Ferrand 2024's
    « La signature de votre récapitulatif d'inscription rend vos choix définitifs. » under the piece and in step 2).
    A notice may really say it twice: the point can be marked seen (reviewed:), the repeated sentence as its item."""
    said: dict[str, list[tuple[str, object]]] = {}  # sentence → (where, to whom) of each text saying it
    for i, step in enumerate(given(session.steps) or ()):
        for sentence in sentences(step.text):
            said.setdefault(sentence, []).append(
                (f"l'étape {i + 1} ({quote(step.title)}, steps[{i + 1}].text{_at_line(step.where('text'))})", step.when))
    for tid, topic in sorted((given(session.topics) or {}).items()):
        for j, statement in enumerate(topic.notice):
            if statement.checklist_when is None:
                continue  # (the page only: there, the notice's paragraph and its table's row, as the notice prints them)
            for sentence in sentences(statement.text):
                said.setdefault(sentence, []).append(
                    (f"la rubrique {quote(tid)} (topics.{tid}.notice[{j + 1}].text{_at_line(statement.where('text'))})", statement.checklist_when))
    for i, document in enumerate(given(session.documents) or ()):
        for sentence, written in sorted(_sentences_as_written(document.detail).items()):
            # (not to a candidate the piece concerns: said to others, Toulouse 2024's rule on languages said under
            # the training attestation of other languages and to those who take English or Spanish)
            shared = [where for where, when in said.get(sentence, ()) if not _exclusive(document.when, when)]
            if shared:
                where = shared[0]
                _warn(
                    problems, document.where("detail"), f"documents[{i}].detail",
                    f"{label} : la précision de la pièce {quote(document.id)} (detail:) redit une phrase de {where} : "
                    f"« {written} » ; la liste personnalisée la dirait deux fois au même candidat : retirer la phrase de "
                    "detail: (elle reste là où la notice la dit), sauf si la notice la redit vraiment sous la pièce",
                    seen=written.replace(";", ","),  # (a seen item holds no « ; »: reviewed.py splits on it)
                )


def _group_key(group: str) -> str:
    """A piece's group as its typos leave it: no case, accents, punctuation or spaces; but punctuation or spaces between
    two digits part two numbers, kept as one space (« Annexe 1.2 » and « Annexe 12 » are two groups: review70)."""
    numbers = re.split(r"(?<=\d)[\W_]+(?=\d)", without_accents(group).casefold())
    return " ".join(re.sub(r"[\W_]+", "", part) for part in numbers)


def _one_letter_apart(a: str, b: str) -> bool:
    """``a`` is ``b`` with one character added or taken away (« CYCLADE » for « CYCLADES »); never two different
    characters at the same place (« option A » and « option B » are two groups), nor a digit (« le 2 décembre » and
    « le 12 décembre » are two deadlines: review70), nor what parts two numbers (the space of ``_group_key``)."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short and not long_[i].isdigit() and long_[i] != " " for i in range(len(long_)))


def lint_group_typos(label: str, session, problems: Problems) -> None:
    """A piece whose group: differs from another piece's only by case, accents, punctuation, spaces or one letter more
    or less, never a digit (staffwalk56: « A déposer le 18 novembre au plus tard sur CYCLADE » under a new piece, next
    to ten pieces « … sur CYCLADES »): the page puts it in a table of its own, under that title, after the others, and nothing said
    so. Said at each piece of the rarer spelling (of two as frequent, the later); may be marked seen (two groups the notice really words so)."""
    documents = [(i, d) for i, d in enumerate(given(session.documents) or ()) if d.group]
    count = Counter(d.group for _, d in documents)
    first = {}
    for i, document in documents:
        first.setdefault(document.group, (i, document))
    for group in count:
        key = _group_key(group)
        # (the other spelling: that of more pieces; of as many, the one written first)
        others = [g for g in count if g != group and (count[g], -first[g][0]) > (count[group], -first[group][0])
                  and (_group_key(g) == key or (len(key) >= 20 and _one_letter_apart(_group_key(g), key)))]
        if not others:
            continue
        other = max(others, key=lambda g: count[g])
        j, model = first[other]
        for i, document in documents:
            if document.group != group:
                continue
            _warn(
                problems, document.where("group"), f"documents[{i}].group",
                f"{label} : la pièce {quote(document.id)} a pour groupe {quote(group)}, presque le même que celui de "
                f"{count[other]} autre{'s' if count[other] > 1 else ''} pièce{'s' if count[other] > 1 else ''} "
                f"({quote(other)}, documents[{j + 1}]{_at_line(model.where('group'))}) : la page en fait un tableau à part, sous son "
                f"propre titre ; faute de frappe ? écrire group: {other}",
                seen=f"groupe {group.replace(';', ',')}",
            )


SHORT_LABEL = 70  # characters of a category's label quoted in a point (french.cut_at_word)


def lint_same_situations(label: str, session, content, problems: Problems) -> None:
    """Two categories of who: with the same situation and the same routes (none, or the same set): a staff walk
    (staffwalk57) overwrote a category's « situation: distance » with the line above, « repeater », and the page gave the
    notice's « Candidats en formation à distance » as the repeaters' category, telling a candidate at a distance that
    the notice did not count them, with no message. Said at the second; may be marked seen (a notice that really gives
    two categories of one situation). Different routes are a notice's categories by route."""
    who = given(session.who) or ()
    question = content.questions.questions.get("situation") if content.questions is not None else None
    choices = f" (choix : {', '.join(question.choices)})" if question is not None else ""
    for i, category in enumerate(who):
        first = next((j for j in range(i) if who[j].situation == category.situation
                      and set(who[j].routes) == set(category.routes)), None)
        if first is None:
            continue
        model = who[first]
        _warn(
            problems, category.where("situation"), f"who[{i}].situation",
            # (staffwalk57 L5: a long label was quoted cut « … (96 caractères) », and « marquer ce point comme vu » said
            # again what the generic tail, « vu et juste tel quel ? pour ne plus le voir : … », says after it)
            f"{label} : la catégorie {quote(cut_at_word(category.label, SHORT_LABEL))} (who[{i + 1}]) a la même situation "
            f"{quote(category.situation)} que {quote(cut_at_word(model.label, SHORT_LABEL))} (who[{first + 1}]"
            f"{_at_line(model.where('situation'))}), pour les mêmes voies : les candidats de cette situation lisent les "
            f"deux ; une ligne recopiée de la catégorie du dessus ? écrire la situation de cette catégorie{choices}, sauf "
            "si la notice donne vraiment deux catégories pour cette situation",
            seen=f"situation {category.situation} deux fois",
        )


def specialty_documents(content, year: int) -> dict:
    """The national documents in force for session ``year`` that a specialty requires: id → (document, specialties)."""
    in_force = documents_in_force(content.documents.documents, content.texts.texts, year)
    return {did: (d, specs) for did, d in in_force.items() if (specs := _specialties_of(d.when))}


# ---------------------------------------------------------------- contacts


def lint_contacts(label: str, academy, session, problems: Problems) -> None:
    if academy.exam_office is NOT_GIVEN and session.exam_office is None and not given(session.contacts):
        _warn(
            problems, session.where("contacts"), "contacts",
            f"{label} : aucun contact pour les candidats (ni bureau des examens dans academy.yaml, ni contacts: dans la session) ; "
            "vérifier sur la notice",
            "aucun contact pour les candidats",
        )
    # a contact whose postal address opens with the exam office's name, not said to be someone of it: most often the
    # person the notice names under its office (« Bureau DEC 4-1 », « dossier suivi par : … »), which the pages say
    # under it only with of_exam_office: true (review58 M4: no longer read from the address; a service sharing the
    # office's building is rightly apart)
    office = exam_office_in_force(academy, session)
    plain = lambda words: " ".join(words.split()).casefold()  # noqa: E731
    for i, contact in enumerate(given(session.contacts) or ()):
        # a contact with no way to reach it (its e-mail and phone left out): the page gives a name alone; a point, to
        # mark seen when the notice gives only that (staffwalk59 M4: « Tout est valide »)
        # (someone of the exam office, of_exam_office: true, is shown under the office in force: reached by its details
        # when it has some; review77 L: « la page n'en donne que le nom » was said of « dossier suivi par : … » there)
        reached = contact.of_exam_office and office is not None and (office.emails or office.phones or office.address or office.url)
        if not (contact.emails or contact.phones or contact.address or contact.url or contact.as_written or reached):
            _warn(
                problems, contact.where("name"), f"contacts[{i}]",
                f"{label} : le contact « {contact.name} » n'a ni adresse électronique, ni téléphone, ni adresse postale, "
                "ni page web (emails:, phones:, address:, url:) : la page n'en donne que le nom ; si la notice donne ses "
                "coordonnées, les écrire sous lui",
                f"« {contact.name} » sans coordonnées",
            )
        if office is not None and not contact.of_exam_office and contact.address and plain(contact.address[0]) == plain(office.name):
            _warn(
                problems, contact.where("address"), f"contacts[{i}].address",
                f"{label} : l'adresse de « {contact.name} » commence par le nom du bureau des examens (« {office.name} ») ; "
                "si la notice le donne comme quelqu'un de ce bureau (« dossier suivi par : … »), écrire of_exam_office: true "
                "sous ce contact : les pages le donneront sous le bureau ; sinon (un autre service à la même adresse), "
                "il reste à part",
                f"« {contact.name} » à part du bureau des examens",
            )


PART_SOURCES = (
    # (key of the file, part of the page, example of the notice's words, where it is written)
    ("who_section", "Qui s'inscrit et comment", "« I. LES CANDIDATS CONCERNÉS »", "à la racine du fichier, après who:"),
    ("exam_adjustment.section", "Aménagement d'épreuves", "« IV- INFORMATIONS DIVERSES », « Aménagements d'épreuves »",
     "sous exam_adjustment:"),
    ("contacts_section", "Contacts", "« III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de Nantes) »",
     "à la racine du fichier, après contacts:"),
)
"""The three parts the web page composes of the notice's words under the guide's headings, each ending with the place
of the notice they come from (``words.part_source``): the session file's key that names it."""


def lint_part_sources(label: str, academy, session, problems: Problems) -> None:
    """A part of the web page the notice gives (« Qui s'inscrit et comment », « Aménagement d'épreuves », « Contacts »)
    whose place in the notice the file does not say: the page ends it with « Notice de l'académie » alone, where every
    rubric names its place. Unknown is sayable (« non précisé par la notice »: « passage sans titre »), so the point is
    never marked seen: the key is written. Its conditions are those the page prints the line on (``notice_view``:
    ``who``, ``exam_adjustment``, ``contacts``' ``of_the_notice``)."""
    adjustment = given(session.exam_adjustment)
    shown = {
        "who_section": (given(session.who) is not None and session.who_section is None, session.where("who"), "who"),
        "exam_adjustment.section": (
            adjustment is not None and adjustment.section is None, session.where("exam_adjustment"), "exam_adjustment",
        ),
        "contacts_section": (
            session.contacts_section is None and bool(
                session_offices(academy, session) or given(session.specialty_contacts) or given(session.managing_academies)
                or session.specialty_contacts_note or session.managing_academies_note
            ),
            session.where("contacts"), "contacts",
        ),
    }
    for key, part, example, place in PART_SOURCES:
        missing, where, path = shown[key]
        if not missing:
            continue
        name = key.rsplit(".", 1)[-1]
        _warn(
            problems, where, path,
            f"{label} : {key} manquant ; la page finit « {part} » par « Notice de l'académie » sans dire où la notice le "
            f"dit ; écrire une ligne {name}: ({place}) avec le titre de ce passage entre « », tel que la notice l'écrit (par exemple {name}: "
            f"{example}, plusieurs séparés par « ; »), ou {name}: {NOT_GIVEN_WORDS} quand elle ne le titre pas (la page "
            "dit alors « passage sans titre »)",
        )  # (never marked seen: where the notice says it is written, « non précisé par la notice » when it does not)


def _step_places(content, data, year: int, ruleset: dict | None) -> list[str | None]:
    """The place of the notice each CYCLADES step's source line names, as the page and the checklist print it
    (notice_view.step_sections, which the compiled checklist's steps carry: compile._step_provenances); for a draft,
    which has no compiled checklist, from its notice built here as the preview builds it."""
    if ruleset is not None:
        return [step["provenance"]["section"] for step in ruleset["steps"]]
    return step_sections(build_notice(content, data, year))


def _numbers(numbers: list[int]) -> str:
    """« 1 », « 1 et 2 », « 1, 2 et 4 »."""
    return and_list([str(n) for n in numbers])


def lint_step_sources(label: str, session, places: list[str | None], problems: Problems) -> None:
    """The CYCLADES steps whose source line, on the page and in the checklist, names no place of the notice: « Notice
    de l'académie » alone (``places``: each step's, ``_step_places``; none where no step opens a part of the notice,
    section_as_written:, before it, and the notice's title of its steps, headings: steps:, and the headings left open
    above them by an earlier part, sections_as_written:, give none), though the notice titles them: a file that says it
    does not (untitled:, lead_as_written:) or that the guide wrote them (web_only:) is left alone. A staff walk
    (staffwalk54 M3): a new academy's steps were sourced « Notice de l'académie » and validate said nothing, as it does
    of who_section: (lint_part_sources). Decided from the places printed, not from the keys written (review64 L3: steps
    under a heading an earlier part leaves open got the point, their page naming the place; and steps 1 and 2 before
    the only section_as_written:, under step 3, got none, their page naming no place). Never marked seen: the key is
    written."""
    info = session.session
    steps = given(session.steps) or ()
    if any("steps" in said for said in (info.untitled, info.lead_as_written, info.web_only)):
        return
    unnamed = [i for i, place in enumerate(places, 1) if place is None]
    if not steps or not unnamed:
        return
    if len(unnamed) == len(places):
        _warn(
            problems, session.where("steps"), "steps",
            f"{label} : aucune étape ne dit où la notice la donne ; la page et la liste personnalisée finissent chaque étape "
            "par « Notice de l'académie » sans dire où : écrire sous session: › headings: une ligne steps: avec le titre de "
            "la partie de la notice où sont ses étapes (par exemple steps: II. LA PROCÉDURE D'INSCRIPTION), ou, quand elle "
            "les répartit entre plusieurs parties, section_as_written: sous l'étape qui ouvre chacune ; si la notice ne "
            "titre pas ses étapes, ajouter steps à untitled: sous session:",
        )  # (never marked seen: the place is written, or that the notice gives none)
        return
    # some steps name a place (a section_as_written: under a later step), those before it none
    first = steps[unnamed[0] - 1]
    several = len(unnamed) > 1
    which, say, them = ("les étapes", "disent", "les") if several else ("l'étape", "dit", "la")
    _warn(
        problems, first.origin or session.where("steps"), f"steps[{unnamed[0] - 1}]",
        f"{label} : {which} {_numbers(unnamed)} (sur {len(places)}) ne {say} pas où la notice {them} donne ; la page et la "
        f"liste personnalisée {them} finissent par « Notice de l'académie » sans dire où, les autres étapes "
        f"par la partie de la notice qu'elles nomment : écrire section_as_written: sous l'étape {unnamed[0]} avec le titre "
        "de la partie de la notice qui l'ouvre, ou sous session: › headings: une ligne steps: avec le titre de la partie où "
        "sont les étapes ; si la notice ne titre pas ces étapes, ajouter steps à untitled: sous session:",
    )  # (never marked seen: the place is written, or that the notice gives none)


# Acting before the closing of registration, in a contradiction's advice: « avant la fermeture (du serveur) », « avant
# la clôture (des inscriptions) », « avant le [mercredi] 15 novembre » (the closing's day: _before_closing_day).
_BEFORE_CLOSING = re.compile(r"\bavant\s+la\s+(?:fermeture|cl[oô]ture)\b", re.IGNORECASE)
_BEFORE_A_DAY = re.compile(r"\bavant\s+(?:le|la\s+date\s+du)\s+", re.IGNORECASE)


def _before_closing(advice: str, closing: dt.date | None) -> str | None:
    """The words of ``advice`` that tell the candidate to act before the closing of registration (``closing``: its day,
    when the notice gives it), or None."""
    text = " ".join(advice.split())
    found = _BEFORE_CLOSING.search(text)
    if found:
        return found.group(0)
    for before in _BEFORE_A_DAY.finditer(text):
        date = QUOTED_DATE.match(text, before.end()) or NUMERIC_DATE.match(text, before.end())
        if date is None or closing is None:
            continue
        day, month = (int(date.group(1)), MONTHS_FR[date.group(2).lower()]) if date.re is QUOTED_DATE else (int(date.group(1)), int(date.group(3)))
        if (day, month) == (closing.day, closing.month):
            return text[before.start():date.end()]
    return None


def lint_advice_before_closing(label: str, session, problems: Problems) -> None:
    """A contradiction whose ``advice:`` tells the candidate to act before the closing of registration (« avant la
    fermeture du serveur d'inscription », « avant la clôture », « avant le 15 novembre » the closing's day) without an
    ``advice_after_closing:``: from the closing on, the page, the list and the PDF would still say it, when it can no
    longer be followed (read56 L6; fixtext56 left it). Marked seen when the advice stays true after the closing."""
    closing = given(session.session.closing)
    for index, contradiction in enumerate(given(session.contradictions) or ()):
        if contradiction.advice_after_closing or not contradiction.advice:
            continue
        found = _before_closing(contradiction.advice, closing.date if closing else None)
        if found is None:
            continue
        _warn(
            problems, where_quoted(found, contradiction.where("advice"), problems), f"contradictions[{index}].advice",
            f"{label} : le conseil de la contradiction {quote(contradiction.about)} dit d'agir avant la clôture des "
            f"inscriptions ({quote(found)}), et elle n'a pas d'advice_after_closing: ; à partir de la clôture, la page, la "
            "liste personnalisée et le PDF le diraient encore, alors qu'il ne peut plus être suivi : écrire sous advice: un "
            "advice_after_closing: (le conseil une fois les inscriptions closes, par exemple « contactez au plus tôt le "
            "bureau des examens »), ou tourner advice: pour qu'il reste vrai après la clôture",
            f"conseil d'agir avant la clôture : {contradiction.about.replace(';', ',')}",
        )


def lint_office_before_closing(label: str, academy, session, problems: Problems) -> None:
    """The exam office's ``role:`` or ``note:`` (academy.yaml, or the session's own ``exam_office:``) telling the
    candidate to act before the closing of registration (« avant la fermeture du serveur d'inscription »): the page,
    the list, the command line and the PDF say them at every moment, with no form for once registration is closed
    (read61 L5: Toulouse's « Contacts » said it under « Inscriptions closes »). Marked seen when the words stay true."""
    office = exam_office_in_force(academy, session)
    if office is None:
        return
    closing = given(session.session.closing)
    for key in ("role", "note"):
        text = getattr(office, key)
        found = _before_closing(text, closing.date if closing else None) if text else None
        if found is None:
            continue
        _warn(
            problems, where_quoted(found, office.where(key), problems), f"exam_office.{key}",
            f"{label} : {key}: du bureau des examens ({quote(office.name)}) dit d'agir avant la clôture des inscriptions "
            f"({quote(found)}) ; la page, la liste personnalisée, la ligne de commande et le PDF le disent à tout moment, "
            "aussi une fois les inscriptions closes, quand il ne peut plus être suivi : l'écrire pour qu'il reste vrai "
            "après la clôture (par exemple « le plus tôt possible, pendant les inscriptions sans attendre leur clôture »)",
            f"bureau des examens, agir avant la clôture : {key}",
        )


def lint_age_reference(label: str, session, problems: Problems) -> None:
    """The date for the age after the first day of registration, where a piece asks for an age up to a limit
    (``age_band`` without ``from_26``: « entre 18 et 25 ans »): a candidate who registers that first day at an age the
    piece asks for may not get it (read47 M1: Clermont-Ferrand's « entre 18 et 25 ans » read on the last day left out
    whoever turned 26 during the period). A date the notice gives is the notice's: marked seen (review51 M4)."""
    info = session.session
    if info.age_reference_date is not None and not info.age_reference_by_guide and re.search(r"\ble guide\b", info.age_reference_note or "", re.IGNORECASE):
        # the note says the date is the guide's, the lists would give it as the notice's (review56 M2)
        _warn(
            problems, info.where("age_reference_note"), "session.age_reference_note",
            f"{label} : age_reference_note parle de ce que retient le guide, mais age_reference_by_guide: n'est pas écrit : "
            "la liste personnalisée donne alors cette date comme celle de la notice ; si la notice ne donne pas cette "
            "date, écrire age_reference_by_guide: true sous session: ; si elle la donne, marquer ce point comme vu",
            "date de l'âge donnée par la notice",
        )
    _lint_age_note_day(label, info, problems)
    opening = given(info.opening)
    piece = next((d.id for d in given(session.documents) or () if d.when is not None and any(
        t.question == "age_band" and "from_26" not in t.values for t in d.when.tests())), None)
    if piece is None or info.age_reference_date is None or opening is None:
        return
    first = opening.date.isoformat()
    if info.age_reference_date < opening.date and info.age_reference_by_guide:
        # the guide's date, « le premier jour des inscriptions », left behind when the opening moved (a staff walk,
        # staffwalk69: new-session's 2025 moved both a year on, the opening was corrected from the new notice and the
        # session's verify: line removed, its age_reference_date still the old day; the lists said the age « le 12
        # octobre 2024 » while registration opened on the 13th)
        _warn(
            problems, info.where("age_reference_date"), "session.age_reference_date",
            f"{label} : la date pour l'âge que retient le guide (age_reference_by_guide: true) est le "
            f"{_date_words(info.age_reference_date)}, avant l'ouverture des inscriptions le {_date_words(opening.date)} : "
            f"restée d'une ouverture précédente ? le guide retient le premier jour des inscriptions : écrire "
            f"age_reference_date: {first}, et ce jour dans age_reference_note",
            "date de l'âge avant l'ouverture",
        )
        return
    if info.age_reference_date <= opening.date:
        return
    _warn(
        problems, info.where("age_reference_date"), "session.age_reference_date",
        f"{label} : la date pour l'âge ({info.age_reference_date.isoformat()}) est après l'ouverture des inscriptions "
        f"({first}) : un candidat qui s'inscrit dès l'ouverture à un âge que vise la pièce {quote(piece)} peut ne pas la "
        f"recevoir dans sa liste ; si la notice ne donne pas cette date, retenir le premier jour des inscriptions "
        f"(age_reference_date: {first}), le dire dans age_reference_note et écrire age_reference_by_guide: true ; si elle la "
        "donne, la garder",
        "date de l'âge après l'ouverture",
    )


def _lint_age_note_day(label: str, info, problems: Problems) -> None:
    """An ``age_reference_note`` that writes days, none of them ``age_reference_date``'s: the page shows the date and,
    under it, the note naming another day (a staff walk, staffwalk69 M2: the note rewritten « le 13 octobre 2024 »,
    the date left on the 12th, silent). « À contrôler », as a deadline's note that reads another day than its at:
    (``_lint_before_day``); not markable: settled in the data, the date or the note. A note that writes the date's day
    among others (the notice's date and the guide's) is no point; the year of a day the note writes is
    ``lint_dates_quoted``'s."""
    date = info.age_reference_date
    if not isinstance(date, dt.date) or not isinstance(info.age_reference_note, str):
        return
    written = days_quoted(emphasis.plain(info.age_reference_note))
    if not written or (date.day, date.month) in written:
        return
    days = and_list([_day_words(d, month) for d, month in sorted(written, key=lambda x: (x[1] < 9, x[1], x[0]))])
    plain = " ".join(emphasis.plain(info.age_reference_note).split())
    first = min((m for pattern in (QUOTED_DATE, NUMERIC_DATE) for m in pattern.finditer(plain)), key=lambda m: m.start())
    where = where_quoted(first.group(0), info.where("age_reference_note"), problems)  # (at its first day written)
    line = f" (ligne {where.line})" if where is not None else ""
    _warn(
        problems, where, "session.age_reference_note",
        f"{label} : age_reference_note{line} écrit {'le' if len(written) == 1 else 'les'} {days}, mais la date pour l'âge est le {_date_words(date)} "
        f"(age_reference_date: {date.isoformat()}) : la page affiche les deux ; l'un n'a pas suivi l'autre : si l'âge "
        f"s'apprécie le {_date_words(date)}, écrire ce jour dans age_reference_note ; sinon, corriger age_reference_date:",
    )  # (never marked seen: settled in the data, the date or the note)


# An e-mail address as a text may quote it: Email.PATTERN's, its name part widened to accented letters (an example
# address, « Prénom.Nom@ac-x.fr », read whole, not « nom.Nom@ac-x.fr »). Email.PATTERN itself stays ASCII: it checks
# the addresses written in emails: fields, where an accent is refused (model.values.Email.what_is_wrong); and
# french.EMAIL, the page's and checklist.js's, takes any non-space before « @ » (« courriel:dec5@… » whole).
QUOTED_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _example_address(email: str) -> bool:
    """An example address a text gives (« prenom.nom@ac-x.fr », « Prénom.Nom@… », « nom.prenom@… »), not an office's."""
    name = without_accents(email.split("@", 1)[0]).casefold()
    return any(part in EXAMPLE_NAMES for part in re.split(r"[._+-]", name))


EXAMPLE_NAMES = {"prenom", "nom", "exemple", "example", "xxx"}
"""The parts of an address's name (before « @ », split on « . _ + - ») that make it an example address."""


def _domain(email) -> str:
    return str(email).rsplit("@", 1)[-1].casefold()


# The one case an address of the exam office's domain quoted by a past session is marked seen (its line given apart from
# the file's block to copy: a staff walk, stop 50 L1, copying the block whole silenced the office's new address)
_ANOTHER_SERVICE = "si c'est l'adresse d'un autre service"


def lint_quoted_emails(label: str, academy, session, problems: Problems, texts: list, past: bool = False,
                       newer: int | None = None) -> None:
    """An e-mail address a text of the session quotes (a step, the note under the managers' table, a contradiction's
    advice…) that is the address of none of the contacts its page lists (``model.session.offices``: its exam office,
    its own exam_office: or academy.yaml's, academy.yaml's positioning and VAE offices, and its contacts). Most often
    academy.yaml's exam office changed for a later notice, and this session's page, an archive, now gives its
    candidates another address than its own notice's texts (a staff walk, stop 40), or a new notice's address left out
    of its contacts; or an example address (« prenom.nom@… »), or a service the page does not give: marked seen.
    ``texts``: the session's texts (``candidate_texts``), those still to verify included.

    ``past``: the session is past, its page an archive (``calendar.session_over``). A past session whose exam office
    is academy.yaml's, quoting an address on the domain of that office's but none of that office's addresses (not an
    example address): academy.yaml's address changed, the point says so first, and cannot be marked seen (a staff walk,
    stop 49 M4, changed it for session 2025, and the point's ready-to-copy reviewed: line would have silenced the
    archive's wrong address for good). ``newer``: the academy's latest session, when after this one (the file where
    exam_office: goes); None: this is the latest, whose texts most likely quote its own notice's new address, to write
    in its own exam_office: (a staff walk, stop 50 M1), not in academy.yaml."""
    office = exam_office_in_force(academy, session)
    known = {str(e).casefold() for _, _, e in emails_of(session)}
    known |= {str(e).casefold() for o in session_offices(academy, session) for e in o.emails}
    quoted: dict[str, list[tuple[object, str, str, str, str]]] = {}  # each address no contact has: where it is quoted
    quoted_office = False  # an address of the exam office in force quoted by a text
    office_emails = {str(e).casefold() for e in office.emails} if office is not None else set()
    for record, path, name, key, text, _ in texts:
        for m in QUOTED_EMAIL.finditer(text):
            quoted_office = quoted_office or m.group(0).casefold() in office_emails
            if m.group(0).casefold() not in known:
                quoted.setdefault(m.group(0).casefold(), []).append((record, f"{path}.{key}" if path else key, name, key, m.group(0)))
    if office is None:
        whose = "la session n'a pas de bureau des examens"
    else:
        where = "exam_office: de ce fichier" if session.exam_office is not None else "exam_office: de academy.yaml"
        whose = f"bureau des examens : {', '.join(office.emails) or 'sans adresse électronique'}, {where}"
    for name, service, other in (("positioning_office", "service du positionnement", given(academy.positioning_office)),
                                 ("vae_office", "service de la VAE", session_vae_office(academy, session))):
        if other is not None:
            whose += f" ; {service} : {', '.join(other.emails) or 'sans adresse électronique'}, {name}: de academy.yaml"
    # academy.yaml's office changed: a past session taking its office from academy.yaml, none of whose addresses its
    # texts quote, quoting another address on the same domain
    changed_domains = ({_domain(e) for e in office.emails} if past and office is not None and session.exam_office is None
                       and not quoted_office else set())
    for found in quoted.values():
        record, field, name, key, email = found[0]
        also_in = list(dict.fromkeys(f for _, f, *_ in found[1:] if f != field))
        also = f" (et aussi {', '.join(shown_field(f) for f in also_in)})" if also_in else ""
        said = shown_field(field)  # (the path in its words, as its headline shows it: items counted from 1)
        # a letter or two from a contact's address: most likely a typo, said first (a staff walk, stop 47 M3); only a
        # point: two offices' addresses may differ by a digit (« dec3@ », « dec4@ »)
        close = difflib.get_close_matches(email.casefold(), sorted(known), n=1, cutoff=0.9)
        where = where_quoted(email, record.positions.get(key) or record.where(name), problems)
        if _domain(email) in changed_domains and not _example_address(email):
            typo = (f" ; si ce n'est qu'une faute de frappe, dans celle-ci ou dans {close[0]}, vérifier sur la notice "
                    "laquelle est juste et corriger l'autre") if close else ""
            if newer is None:
                # the academy's latest session (archived with --force, or its registrations over): the address is most
                # likely its own notice's new one, to write in its own exam_office: (a staff walk, stop 50 M1: the
                # « academy.yaml a changé » advice below had staff put the new address in academy.yaml, moving the older
                # sessions' archives to it)
                _warn(
                    problems, where, field,
                    f"{label} : {said}{also} cite {quote(email)}, qui n'est l'adresse d'aucun contact de cette session : son "
                    f"bureau des examens est celui de academy.yaml ({', '.join(office.emails)}). Est-ce l'adresse du bureau "
                    "des examens que donne la notice de cette session ? alors écrire dans ce fichier un bloc exam_office: "
                    f"complet, avec {email} : il remplace celui de academy.yaml pour cette session seulement ; ne pas "
                    "modifier academy.yaml, dont les sessions précédentes gardent l'adresse (sauf s'il a été changé par "
                    f"erreur : y remettre alors {email}) ; ne jamais marquer ce point comme vu dans ce cas. Est-ce l'adresse "
                    "d'un autre service de l'académie, que la notice cite ? alors les fichiers sont justes : marquer ce point "
                    f"comme vu{typo}",
                    f"adresse {email} citée, d'un autre service", apart=_ANOTHER_SERVICE,
                )
                continue
            _warn(
                problems, where, field,
                # (a question first: the same domain is every service's, review55 H1, review56 M1)
                f"{label} : {said}{also} cite {quote(email)}, qui n'est plus une adresse de contact de cette session "
                f"passée : son bureau des examens est celui de academy.yaml ({', '.join(office.emails)}). Est-ce l'ancienne "
                "adresse du bureau des examens ? alors academy.yaml a changé d'adresse, et la page de cette session, gardée "
                f"en archive, donne à ses candidats une autre adresse que sa notice : remettre {email} dans academy.yaml "
                f"(emails: de exam_office:), et écrire un bloc exam_office: complet, avec la nouvelle adresse, dans "
                f"{newer}.yaml (session {newer}) : il remplace celui de academy.yaml pour cette session seulement ; ne jamais "
                "marquer ce point comme vu dans ce cas. Est-ce l'adresse d'un autre service de l'académie, que la notice "
                f"cite ? alors academy.yaml est juste : marquer ce point comme vu{typo}",
                # (markable: every service of an academy shares its domain, review55 H1: « ce.handicap@ » was to be
                # put in academy.yaml, with no other way to clear the point)
                f"adresse {email} citée, d'un autre service", apart=_ANOTHER_SERVICE,
            )
            continue
        typo = (f"l'une des deux adresses a sans doute une faute de frappe, celle-ci ou {close[0]} (d'un contact de la page) : "
                "vérifier sur la notice laquelle est juste et corriger l'autre ; ") if close else ""
        _warn(
            problems, where, field,
            f"{label} : {said}{also} cite l'adresse {quote(email)}, qui n'est celle d'aucun contact de cette session ({whose}) ; "
            f"{typo}si le bureau des examens a changé d'adresse pour une session plus récente, remettre dans academy.yaml "
            "celle que citent les sessions passées et écrire exam_office: dans le fichier de la session qui la change ; "
            "si c'est un exemple d'adresse (« prenom.nom@… ») ou l'adresse d'un service que la page ne donne pas, la "
            "marquer comme vue (reviewed:) ; sinon, vérifier l'adresse sur la notice, ou, si la notice la donne dans son "
            "texte, l'écrire dans contacts: (avec listed: false)",
            f"adresse {email} citée, d'aucun contact",
        )


# ---------------------------------------------------------------- where the notice comes from, and is it still the latest


def _dates_quoted(text: str) -> list[tuple[str, dt.date, int]]:
    """The dates with their year quoted in a text, in words (« 22 novembre 2023 ») or in figures (« 15/01/2024 »),
    with where each starts in the text."""
    found = []
    for m in QUOTED_DATE.finditer(text):
        if m.group(3):
            try:
                found.append((m.group(0), dt.date(int(m.group(3)), MONTHS_FR[m.group(2).lower()], int(m.group(1))), m.start()))
            except ValueError:
                continue
    for m in NUMERIC_DATE.finditer(text):
        try:
            found.append((m.group(0), dt.date(int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0), int(m.group(3)), int(m.group(1))), m.start()))
        except ValueError:
            continue
    return sorted(found, key=lambda item: item[2])


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _in_session_year(date: dt.date, year: int) -> dt.date | None:
    """The same day and month in session ``year``'s academic year (September to December of the year before, January
    to August of its year); None for a 29 February the year does not have."""
    try:
        return date.replace(year=year - 1 if date.month >= 9 else year)
    except ValueError:
        return None


def written_as(shown: str, old: dt.date, new: dt.date) -> str:
    """``shown`` (a date as a text quotes it: « 15/01/2024 », « mercredi 10 janvier 2024 ») written ``new`` in the same
    form (zeros, separator, a weekday if there was one, the new date's); else ``new`` in words."""
    spans = letterhead_date_spans(shown, old, new)
    if len(spans) == 1 and spans[0][:2] == (0, len(shown)):
        written = spans[0][2]
        first, _, rest = written.partition(" ")
        if shown.split(" ", 1)[0].isupper() and first.isalpha():  # (« MERCREDI 22 NOVEMBRE 2023 »: in capitals too)
            return f"{first.upper()} {rest}"
        return written
    return _date_words(new)


def _source_notes_of(project) -> dict[str, list[tuple[str, int, str]]]:
    """The words each source note of the project quotes (flattened, ``_flat``) → the sessions whose notes quote them
    word for word: (slug, year, « Clermont-Ferrand, session 2024 (academies/clermont-ferrand/2024.yaml, ligne 586) »)."""
    found: dict[str, list[tuple[str, int, str]]] = {}
    for slug, data in project.academies.items():
        name = data.academy.name if data.academy is not None else slug
        for year, session in data.sessions.items():
            for note in given(session.source_notes) or []:
                if not isinstance(note.words, str):
                    continue
                where = note.where("words")
                at = f" ({where.file}, ligne {where.line})" if where is not None else ""
                found.setdefault(_flat(note.words), []).append((slug, year, f"{name}, session {year}{at}"))
    return found


def _copied_notes(slug: str, session, notes_of: dict[str, list[tuple[str, int, str]]]) -> dict[str, list[tuple[int, str]]]:
    """The words of the session's source notes that a note of another academy quotes word for word (most often its
    note, copied with its folder for a new academy's first session: staffwalk61 M2) → that academy's notes: (their
    session's year, where)."""
    copied = {}
    for note in given(session.source_notes) or []:
        if isinstance(note.words, str):
            elsewhere = [(year, where) for other, year, where in notes_of.get(_flat(note.words), []) if other != slug]
            if elsewhere:
                copied[_flat(note.words)] = elsewhere
    return copied


def lint_dates_quoted(label: str, year: int, session, problems: Problems, texts: list, previous: list,
                      previous_year: int | None = None, previous_session=None,
                      copied_notes: dict[str, list[tuple[int, str]]] | None = None) -> None:
    """A date quoted in a text of the session a candidate reads (the notice's words: a deadline's words, a step's text,
    a topic's statements, an R408 list's note…; or the guide's reading of them: a deadline's note, a contradiction's
    advice, a source note: ``candidate_texts``) outside the session's year: most often the words of the previous
    notice, or the guide's reading of them, left when a session was rolled forward (the draft's verify: line removed,
    the text not replaced). Not in a record still to verify (its verify: says it), nor a date the session's
    source_notes quote in their words (the notice does write it so: said there). ``texts``, ``previous``: the texts
    (``candidate_texts``) of the session and of the session before it ([] for the first), ``previous_year`` its year.

    A problem, not a point to check, when the text at the same place in the session before quoted the same date, a date
    of that session's year: a leftover for sure (a staff walk, stop 48 M2: « au plus tard le 15/01/2024 » left in a
    piece's row of session 2025, only « à contrôler », was published; the PDF said 15/01/2024, the dates table 15
    janvier 2025). Unless a source note of this session quotes it that is not word for word one of the session before:
    the notice does write it so.

    ``copied_notes``: the source notes' words that a note of another academy quotes word for word (``_copied_notes``):
    they silence no date of that academy's session's year, most often copied with its folder (staffwalk61 M2:
    Clermont-Ferrand 2024's « avant le 21 novembre 2023 », in Limoges' session 2025). A date outside that year too
    stays silenced: both notices write it (review89: a national rule's « au 31 décembre 2024 », quoted word for word by
    two academies' notes of session 2024, was a point on both, which no note could settle)."""
    first, last = academic_year_bounds(year)
    copied_notes = copied_notes or {}
    before = {(path, key): (record, name, text) for record, path, name, key, text, _ in previous}
    before_first, before_last = academic_year_bounds(previous_year) if previous_year is not None else (None, None)
    notes_before = {words for *_, words in _source_note_words(previous)}
    new_notes = [words for *_, words in _source_note_words(texts) if words not in notes_before]
    # (source_notes quoting a date silence it: the notice does write it so; not when the previous session's texts quote
    # it too, unless the note is new, not word for word one of the session before: carried over, its words are left
    # over with the rest: a staff walk, the 2026 notes silencing the 2026 dates in 2027)
    stale = {_flat(words) for *_, text, _ in previous for words, _, _ in _dates_quoted(text)}
    noted = [words for *_, words in _source_note_words(texts)]
    counterparts = {field: _counterpart_days(previous_session, session, field) if previous_session is not None else {}
                    for field in (None, *OWN_DATES)}
    for record, path, name, key, text, to_verify in texts:
        if to_verify:
            continue
        for words, date, start in _dates_quoted(text):
            shown = " ".join(words.split())
            # (another academy's note word for word, in whose session's year the date is: copied with its folder)
            copied_here = {words_noted: where for words_noted, notes in copied_notes.items() for note_year, where in reversed(notes)
                           if academic_year_bounds(note_year)[0] <= date <= academic_year_bounds(note_year)[1]}
            # (a note quoting it that is not word for word one of the session before: written for this notice)
            noted_here = any(shown.lower() in words_noted for words_noted in noted if words_noted not in copied_here) and (
                _flat(shown) not in stale or any(_says(note, shown) for note in new_notes if note not in copied_here))
            if first <= date <= last or TEXT_DATED.search(text[:start][-40:]) or noted_here:
                continue
            skip = _flat(text[:start]).count(shown.lower())  # (the same date quoted earlier in the text: this one is further on)
            field = f"{path}.{key}" if path else key
            where = record.positions.get(key) or record.where(name)
            old = before.get((path, key))
            if old is not None and before_first <= date <= before_last and any(d == date for _, d, _ in _dates_quoted(old[2])):
                _left_over(year, previous_year, shown, date, field, where_quoted(shown, where, problems, skip),
                           where_quoted(shown, old[0].positions.get(key) or old[0].where(old[1]), problems), problems,
                           reading=(type(record).__name__, name) in GUIDE_READING, counterpart=counterparts.get(field if field in OWN_DATES else None, {}).get(date))
                continue
            copied = next((where for words_noted, where in copied_here.items() if shown.lower() in words_noted), None)
            if copied is not None:
                what = (f"la précision de source_notes: qui cite ces mots est mot pour mot celle de {copied} : recopiée "
                        "avec le dossier de cette académie ? écrire à la place les mots de la notice de cette session, et "
                        "la précision qu'elle demande (si elle écrit vraiment cette date, une précision écrite pour elle)")
            elif (type(record).__name__, name) in GUIDE_READING:
                what = ("lecture du guide d'une session précédente ? la revoir d'après la notice de cette session "
                        "(ou, si la notice donne bien cette date, citer ses mots sous source_notes:, dans words:)")
            else:
                what = ("mots d'une notice précédente ? les remplacer par ceux de la notice de cette session "
                        "(ou, si la notice l'écrit bien ainsi, citer ces mots sous source_notes:, dans words:)")
            _warn(
                problems, where_quoted(shown, where, problems, skip), field,
                f"{label} : {quote(shown)} est hors de l'année de la session {year} (du {_date_words(first)} au {_date_words(last)}) ; {what}",
            )  # (never marked seen: source_notes: settles it when the notice writes it so)


def _counterpart_days(before, session, field: str | None = None) -> dict[dt.date, dt.date]:
    """Each day of the session before (its opening, its closing, a deadline, its age reference date) → the same date of
    this session, where it has it in its year (staffwalk58 M6: a dates_note left with « jeudi 12 octobre 2023 » was told
    « samedi 12 octobre 2024 ? », the old day a year on, while this session opens on the 10th; written, the next run
    told to move the opening to the 12th). A day two of them share with different new dates is left out: no guess;
    unless ``field`` is the text of one of them (``OWN_DATES``: dates_note: for the opening and closing,
    age_reference_note: for age_reference_date), whose own date wins (staffwalk69 M6: the opening moved from the 12th
    to the 14th, age_reference_date left on the 12th, the old « jeudi 12 octobre 2023 » of dates_note: was told
    « samedi 12 octobre 2024 ? »; written as told, the next run said the opening disagreed with dates_note:)."""
    def day(moment):
        return moment.date if isinstance(moment, Moment) else moment if isinstance(moment, dt.date) else None
    old, new = before.session, session.session
    pairs = [(old.opening, new.opening), (old.closing, new.closing), (old.age_reference_date, new.age_reference_date)]
    new_deadlines = given(session.deadlines) or {}
    pairs += [(d.at, new_deadlines[did].at) for did, d in (given(before.deadlines) or {}).items() if did in new_deadlines]
    own = OWN_DATES.get(field or "")
    if own is not None:
        pairs = [(getattr(old, name), getattr(new, name)) for name in own]
    found: dict[dt.date, set[dt.date]] = {}
    for then, now in pairs:
        if day(given(then)) is not None and day(given(now)) is not None:
            found.setdefault(day(given(then)), set()).add(day(given(now)))
    days = {then: next(iter(nows)) for then, nows in found.items() if len(nows) == 1}
    if own is not None:  # (the text's own dates first, the others for a day they do not have)
        return {**_counterpart_days(before, session), **days}
    return days


# A session text that quotes the notice's words for some of the session's dates → those dates (``_counterpart_days``)
OWN_DATES = {"session.dates_note": ("opening", "closing"), "session.age_reference_note": ("age_reference_date",)}


def _left_over(year: int, previous_year: int, shown: str, date: dt.date, field: str, where, was, problems: Problems,
               reading: bool = False, counterpart: dt.date | None = None) -> None:
    """The problem of a date left from the session before (``lint_dates_quoted``), with the date to write: this session's
    own date where the old one was a date of the session before (``counterpart``: its opening, closing, deadline…), else
    the same day and month in the session's year. ``reading``: the guide's reading of the notice (a note, an advice), not
    the notice's words."""
    first, last = academic_year_bounds(year)
    there = f" ({was.file}, ligne {was.line})" if was is not None else ""
    new = counterpart if counterpart is not None and first <= counterpart <= last else _in_session_year(date, year)
    guess = f" ({quote(written_as(shown, date, new))} ?)" if new is not None else ""
    weekend = ""
    if new is not None and new.weekday() >= 5 and date.weekday() < 5:
        # (a working day of the previous notice guessed on a weekend: the date the session's own date moved by new-session,
        # whose verify: line alone said the weekend; copied as is, the weekend went unsaid, the walk of staff65)
        weekend = (f" ; un {WEEKDAYS_FR[new.weekday()]}, jour de week-end, où la session {previous_year} donnait un "
                   f"{WEEKDAYS_FR[date.weekday()]} : vérifier ce jour sur la notice")
    if where is not None:
        problems.add(where, field, (
            f"{quote(shown)} est la date écrite au même endroit dans le fichier de la session {previous_year}{there}, et elle "
            f"est hors de l'année de la session {year} (du {_date_words(first)} au {_date_words(last)}) : "
            + (f"une précision de la session {previous_year} ; la réécrire d'après la notice de la session {year} (ses mots dans "
               f"words:, la lecture du guide dans note:){guess}, ou la retirer si la notice ne la demande plus{weekend}"
               if field.startswith("source_notes[") else
               # (a note under source_notes: would be where the notice's own old date is quoted: review53 M4)
               "un reste de la lecture de la notice précédente ; la revoir d'après la notice de la session "
               f"{year} et y écrire la date qu'elle donne{guess}{weekend}" if reading else
               f"un reste de la notice précédente ; écrire à la place la date que donne la notice de la session {year}{guess}{weekend}")
            + ("" if field.startswith("source_notes[") else f" ; si cette notice écrit vraiment {quote(shown)}, citer ses mots sous source_notes:, dans words:")))


def _session_days(session) -> set[tuple[int, int]]:
    """The (day, month) of the session's dates: its registration's opening and closing, its deadlines, its age
    reference date and its notice's date."""
    info = session.session
    moments = [info.opening, info.closing, *(d.at for d in (given(session.deadlines) or {}).values())]
    dates = [m.date for m in moments if isinstance(m, Moment)]
    dates += [d for d in (info.age_reference_date, info.notice_date) if isinstance(d, dt.date)]
    return {(d.day, d.month) for d in dates}


def _source_note_words(texts: list) -> list[tuple[str, str, str]]:
    """The words the session's source_notes quote (``candidate_texts``'s): (path, key, the words flattened); the notice
    does write them so."""
    return [(path, key, _flat(text)) for _, path, name, key, text, _ in texts if path.startswith("source_notes[") and name == "words"]


def _says(text: str, words: str) -> bool:
    """``text`` (flattened) says ``words`` (« 5 avril » is not said by « 15 avril »: a review, stop 46)."""
    return re.search(r"(?<![0-9])" + re.escape(words.lower()), text) is not None


def lint_days_left(label: str, session, problems: Problems, texts: list, previous: list) -> None:
    """A day written without its year (« À déposer le 19 novembre », « avant le 12 décembre ») in a text of the session
    that says it as the session before did, at the same place, when no date of this session falls on that day: the
    previous notice's words, left when the session was rolled forward and its verify: line removed (a staff walk, stop
    46: the 2027 page said « le 19 novembre » above « au plus tard le mercredi 18 novembre 2026 »; only a date with its
    year was checked, by ``lint_dates_quoted``). Not in a record still to verify, nor a day the session's source_notes
    quote, unless the same note of the previous session quoted it too (carried over by new-session, or its dated words
    alone mended, it silenced every « 12 décembre » of the file: a review, stop 46). A day the new notice keeps (« à
    partir du 15 avril » every year) is marked seen."""
    if not previous:
        return
    before = {(path, key): _flat(text) for _, path, _, key, text, _ in previous}
    days = _session_days(session)
    # a deadline's own words and note may write the day its note says the guide's reading of (« avant le 13 décembre »
    # for a deadline on the 12th, as lint_deadline_days accepts it): the notice's own days, in that deadline's texts only
    read = {f"deadlines.{did}": _reading_noted(d) for did, d in (given(session.deadlines) or {}).items()}
    # the source notes' words, each with what the same note of the session before said ("" for a new note)
    noted = [(words, before.get((path, key), "")) for path, key, words in _source_note_words(texts)]
    for record, path, name, key, text, to_verify in texts:
        old = before.get((path, key))
        if to_verify or old is None:
            continue
        for m in QUOTED_DATE.finditer(text):
            if m.group(3):
                continue  # (with its year: lint_dates_quoted)
            shown = " ".join(m.group(0).split())
            day = (int(m.group(1)), MONTHS_FR[m.group(2).lower()])
            # (a source note quoting that day silences it when it is new there: not one the session before quoted it in,
            # carried over or with only its dated words mended, which silenced every « 12 décembre »: a review, stop 46)
            if (day in days or day in read.get(path, ()) or not _says(old, shown)
                    or any(_says(words, shown) and not _says(was, shown) for words, was in noted)):
                continue
            where = record.positions.get(key) or record.where(name)
            _warn(
                problems, where_quoted(shown, where, problems, _flat(text[:m.start()]).count(shown.lower())),
                f"{path}.{key}" if path else key,
                f"{label} : {quote(shown)} : les mêmes mots que dans la session précédente, et aucune date de cette session "
                "ne tombe ce jour-là ; mots d'une notice précédente ? les remplacer par ceux de la notice de cette session",
                seen=f"{shown} gardé de la session précédente",
            )


def _days_spoken_of(record, name: str) -> set[int]:
    """The days of the month of the dates a text of ``record`` speaks of (``rollover.DATED_TEXTS``: a deadline's words
    and its at:, dates_note and the opening and closing…)."""
    days = set()
    for date_field in DATED_TEXTS.get((type(record).__name__, name), ()):
        value = getattr(record, date_field, None)
        day = value.date if isinstance(value, Moment) else value if isinstance(value, dt.date) else None
        if day is not None:
            days.add(day.day)
    return days


def _other_notices(slug: str, table: dict) -> re.Pattern | None:
    """The words that name another academy's notice (« notice de Clermont-Ferrand », « notices d'Aix-Marseille »), in a
    text without its accents (``without_accents``); None when the table has no other academy."""
    own = without_accents(table["academies"].get(slug, {}).get("name", slug)).casefold()
    others = sorted(
        (without_accents(entry["name"]).casefold() for other, entry in table["academies"].items() if other != slug),
        key=len, reverse=True)
    others = [name for name in others if name != own and name not in own]
    if not others:
        return None
    return re.compile(
        r"\bnotices?\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?(?:acad[ée]mie\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?)?"
        r"(?:" + "|".join(re.escape(n) for n in others) + r")(?![\w-])",
        re.IGNORECASE)


def _after_another_notice(text: str, words: str, other_notices: re.Pattern | None) -> str | None:
    """The words naming another academy's notice (« notice de Clermont-Ferrand ») that come shortly before each place
    ``text`` quotes ``words`` (« … la notice de Clermont-Ferrand (session 2024) … »), as the text writes them; None
    when a place has none."""
    if other_notices is None:
        return None
    flat = " ".join(text.split())
    plain = without_accents(flat)  # (one letter for one: see lint_copied_words)
    named = None
    start = flat.find(words)
    if start < 0:
        return None
    while start >= 0:
        near = list(other_notices.finditer(plain, max(0, start - 80), start))
        if not near:
            return None
        named = named or flat[near[-1].start():near[-1].end()]
        start = flat.find(words, start + len(words))
    return named


def _lines_kept(text: str, old_text: str) -> list[str]:
    """The lines of ``text`` (several lines: a block written with « |- ») found word for word among the lines of
    ``old_text``, the text at the same place in the session before."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return []
    old_lines = {_flat(line) for line in old_text.split("\n") if line.strip()}
    return [line for line in lines if _flat(line) in old_lines]


def lint_words_carried_over(label: str, year: int, problems: Problems, texts: list, previous: list,
                            previous_year: int | None, other_notices: re.Pattern | None = None) -> None:
    """A text of the session still word for word the text at the same place in the session before, that quotes the
    words new-session names on a verify: line as the previous session's (``rollover.stale_words``: « SESSION JUIN
    2023 », « obtenues en 2024 », « avant le 12 » when the date it speaks of moved): the verify: line removed, the
    words not replaced (a staff walk, stop 48 H1: « SESSION JUIN 2023 » was published on the 2025 page beside « JUIN
    2024 », validate silent). Not in a record still to verify (its verify: line names the words), nor the words other
    points say: a date with its year outside the session's year (``lint_dates_quoted``), a day and month without a year
    (``lint_days_left``). A new notice may keep them (a past session named on purpose): marked seen."""
    if not previous or previous_year is None:
        return
    before = {(path, key): (record, name, _flat(text), text) for record, path, name, key, text, _ in previous}
    first, last = academic_year_bounds(year)
    for record, path, name, key, text, to_verify in texts:
        old = before.get((path, key))
        if to_verify or old is None:
            continue
        whole = old[2] == _flat(text)
        # a text of several lines partly rewritten (another line changed with the new notice) still has the lines left
        # word for word the previous session's: their words are asked the same (staffwalk62 M1: Aix-Marseille 2024's
        # categories_as_written, its CNED category renamed, kept « redoublants de la session 2022 », validate silent)
        unchanged = text if whole else "\n".join(_lines_kept(text, old[3]))
        if not unchanged:
            continue
        # the days a day written alone may be (« avant le 12 »): those of the dates the text spoke of in the session
        # before, when this session's date is on another day (rollover: those of the dates it moved)
        days = _days_spoken_of(old[0], old[1]) - _days_spoken_of(record, name)
        words, _ = stale_words(unchanged, previous_year, days)
        kept = []
        for w in words:
            dates = _dates_quoted(w)
            if dates and not first <= dates[0][1] <= last:
                continue  # (lint_dates_quoted's)
            if (m := QUOTED_DATE.fullmatch(w)) is not None and m.group(3) is None:
                continue  # (lint_days_left's)
            kept.append(w)
        if not kept:
            continue
        shown = ", ".join(quote(w) for w in kept)
        where = record.positions.get(key) or record.where(name)
        field = f"{path}.{key}" if path else key
        # (the guide's reading, a note: to review, not the notice's words to replace; review53 L1)
        what = ("lecture du guide de la session précédente ? la revoir d'après la notice de cette session ; si elle dit "
                "encore la même chose, la garder" if (type(record).__name__, name) in GUIDE_READING else
                "mots de la notice précédente ? les remplacer par ceux de la notice de cette session ; si elle les écrit "
                "encore ainsi (une session passée nommée exprès), les garder")
        # (« la notice de Clermont-Ferrand (session 2024) » in Toulouse 2027's note: the session of the notice the guide
        # cites, not of Toulouse's previous one; asked « lecture du guide de la session précédente ? » alone, staff
        # were not told that such words need no change: a staff walk, stop 55)
        cited = [(w, n) for w in kept if (n := _after_another_notice(text, w, other_notices)) is not None]
        if cited:
            after = " ; ".join(f"{quote(w)} suit {quote(n)}" for w, n in cited)
            what += (f" ; {after} : ces mots peuvent nommer la session de cette autre notice, que le texte cite, et n'ont "
                     "alors pas à changer (marquer ce point comme vu)")
        _warn(
            problems, where_quoted(kept[0], where, problems), field,
            f"{label} : {shown} : mots que new-session signale comme propres à la session {previous_year}, dans un "
            + (f"texte resté mot pour mot celui de la session {previous_year} au même endroit ; " if whole else
               f"texte dont d'autres lignes ont changé, mais dont la ligne qui les cite est restée mot pour mot celle "
               f"de la session {previous_year} au même endroit ; ")
            + what,
            seen=tuple(f"{w} gardé de la session {previous_year}" for w in kept),
        )


# (labels and titles are put in the form of a heading, a capital first: « Les mots de la notice, mot pour mot »)
_HEADING_FIELDS = frozenset({"label", "title", "about", "heading", "heading_as_written", "section_as_written"})


def lint_capitals_retyped(label: str, problems: Problems, texts: list, previous: list, previous_year: int | None) -> None:
    """A text of the notice's words that differs from the text at the same place in the session before by capitals
    only (« Les candidats à la VAE … » where the notice, and the session before, write « les candidats … », a quote
    retyped with a capital; « […] Vous demandant » after a cut): the staff guide's rule, « Les mots de la notice, mot
    pour mot », keeps the notice's case, and validate said nothing (a staff walk, staffwalk69; diff said only
    « formulation retouchée »). Not the guide's reading, nor a label or a title (a heading takes a capital), nor a
    record still to verify. A new notice may write it so: marked seen."""
    if not previous or previous_year is None:
        return
    before = {(path, key): text for _, path, _, key, text, _ in previous}
    for record, path, name, key, text, to_verify in texts:
        old = before.get((path, key))
        if to_verify or old is None or name in _HEADING_FIELDS or (type(record).__name__, name) in GUIDE_READING:
            continue
        new_words, old_words = text.split(), old.split()
        if new_words == old_words or len(new_words) != len(old_words):
            continue
        changed = [i for i, (o, n) in enumerate(zip(old_words, new_words)) if o != n]
        if not all(old_words[i].casefold() == new_words[i].casefold() for i in changed):
            continue
        # (each word with the one before it, when there is one: « […] Vous » is found where it is, not at the first « Vous »)
        pairs = [(" ".join(old_words[max(i - 1, 0):i + 1]), " ".join(new_words[max(i - 1, 0):i + 1])) for i in changed]
        shown = " ; ".join(f"{quote(n)} pour {quote(o)}" for o, n in pairs[:3]) + (" …" if len(pairs) > 3 else "")
        where = record.positions.get(key) or record.where(name)
        field = f"{path}.{key}" if path else key
        _warn(
            problems, where_quoted(pairs[0][1], where, problems), field,
            f"{label} : {shown} : ce texte ne diffère de celui de la session {previous_year} au même endroit que par ses "
            "majuscules ; les mots de la notice se recopient avec ses majuscules (page « Écrire ce que dit la notice », "
            "« Les mots de la notice, mot pour mot ») : si la nouvelle notice écrit "
            f"{quote(pairs[0][0])}, le remettre ; si elle écrit vraiment {quote(pairs[0][1])}, marquer ce point comme vu",
            seen=tuple(f"{n} écrit ainsi par la notice" for _, n in pairs),
        )


# « cité par la notice de Clermont-Ferrand », « citée par les notices d'Aix-Marseille… »: the guide's words for where it
# knows a national text from (Notice.text_words)
_CITING_WORDS = re.compile(
    r"\bcitée?s?\s+par\s+(?:la\s+notice|les\s+notices)\b"
    # « que la notice de Clermont-Ferrand cite » (a review, walk 44 L7)
    r"|\b(?:la\s+notice|les\s+notices)\s+(?:de\s|d')[^.;:]{0,60}?\bcit(?:e|ent)\b",
    re.IGNORECASE,
)


def lint_citing_words(label: str, slug: str, year: int, problems: Problems, texts: list, table: dict) -> None:
    """The guide's reading (a note, a source note…) that says by hand which other notices cite a national text: the
    pages say it beside every rule from content/texts.yaml (cited_by:), and a copy would not follow it when a notice
    is added there or a session rolled (a review, 43 M7: nine notes said it, in another form than the pages). Only
    words naming another academy, or this one with another session: what this session's own notice cites is what a
    source note is for (a review, 44 M1)."""
    names = {entry["name"].casefold(): other for other, entry in table["academies"].items()}
    for record, path, name, key, text, _ in texts:
        if (type(record).__name__, name) not in GUIDE_READING:
            continue  # (the notice's own words say what they say)
        for m in _CITING_WORDS.finditer(text):
            after = " ".join(text[m.start():m.end() + 80].split())
            folded = after.casefold()
            named = {other for n, other in names.items() if n in folded}
            other_year = slug in named and any(int(y) != year for y in re.findall(r"session\s+(\d{4})", after))
            if not named - {slug} and not other_year:
                continue
            where = record.positions.get(key) or record.where(name)
            _warn(
                problems, where_quoted(m.group(0), where, problems), f"{path}.{key}" if path else key,
                f"{label} : {quote(' '.join(m.group(0).split()))} : le texte du guide dit à la main quelles notices citent un "
                "texte national ; les pages l'écrivent elles-mêmes à côté de chaque règle, d'après content/texts.yaml "
                "(cited_by:), et cette copie ne suivrait pas ses changements : retirer ces mots et nommer le texte "
                "lui-même (« la règle nationale (décret n° … du …) prévoit … ») ; pas « dans la rubrique … » : une note "
                "de date va aussi dans le calendrier (.ics), qui n'a pas de rubriques",
                seen=" ".join(m.group(0).split()),
            )


def lint_copied_words(label: str, slug: str, problems: Problems, texts: list, table: dict) -> None:
    """Words copied from another academy's files and left: a text that names another academy (« DANS L'ACADÉMIE DE
    TOULOUSE » in Rennes' file). A staff walk (staffwalk54 H2): Toulouse's sentence, copied into a new academy's first
    session, was published with « Tout est valide » (the check of words carried over, lint_words_carried_over, reads a
    session against the one before it, and a first session has none). A notice may name another academy (an agreement
    between academies, an exam held elsewhere): a point « à contrôler », marked seen with its words once checked on
    the notice. (Not the older sessions a text names: the notices name them, for the marks a candidate keeps.)"""
    own = without_accents(table["academies"].get(slug, {}).get("name", slug)).casefold()
    others = sorted(
        (without_accents(entry["name"]).casefold() for other, entry in table["academies"].items() if other != slug),
        key=len, reverse=True)
    others = [name for name in others if name != own and name not in own]
    named = re.compile(
        r"\bacad[ée]mie\s+(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?(" + "|".join(re.escape(n) for n in others) + r")(?![\w-])",
        re.IGNORECASE) if others else None
    if named is None:
        return
    for record, path, name, key, text, _ in texts:
        if "acad" not in text.lower():
            continue  # (exact: the pattern opens with « acad », no accent to fold; most texts have none, and folding
            # every text's accents was most of this check's time, review65 L4)
        flat = " ".join(text.split())
        # (one letter for one, the text being NFC as every text read, strict_yaml.scalar_text: a match's place in it
        # is its place in the text; in NFD, a letter and its accent apart, it was not, review65 L4)
        plain = without_accents(flat)
        for words in (flat[m.start():m.end()] for m in named.finditer(plain)):
            where = record.positions.get(key) or record.where(name)
            _warn(
                problems, where_quoted(words, where, problems), f"{path}.{key}" if path else key,
                f"{label} : {quote(words)} : ce texte nomme une autre académie que celle de la notice ; des mots recopiés "
                "du fichier d'une autre académie ? Vérifier sur la notice : si elle l'écrit ainsi, garder ces mots et "
                "marquer ce point comme vu ; sinon, écrire ce que dit la notice de cette académie",
                seen=words,
            )


# an office named by its town just before a department's name (« du SIEC de Paris », « au rectorat de Paris »); a town
# is written after « de », a department after « du » or « d' » too (« préfecture du Cher », « service des examens
# d'Indre-et-Loire »): there the office is that department's, of another academy, as likely copied (review92 L2)
_AN_OFFICE_OF = re.compile(r"(?<![\w-])(?:SIEC|rectorat|Rectorat|services? des examens|[Mm]aison des examens|[Pp]r[eé]fecture|[Mm]airie)"
                           r"\s+de\s*$")


def lint_residence_departments(label: str, slug: str, session, problems: Problems, table: dict) -> None:
    """The notice's words on where its candidates must reside (``residence:``) naming a department of another academy:
    most often the sentence of another academy's file, its academy's name changed and its departments left (a staff
    walk, staffwalk61 M3: « … de l'Allier, du Cantal … peuvent s'inscrire dans l'Académie de Limoges », published with
    « Tout est valide », and quoted by the checklist under the question of the department). Names as the table writes
    them, capital and hyphens included (« Haute-Loire », not the « Loire » in it), accents aside. A point, markable
    seen (a notice may name a neighbouring department). Not a department whose academy the words name too (« … en
    Haute-Corse relèvent de l'académie de Corse »: said of that academy on purpose, review89; the academy's name is
    ``lint_copied_words``' point already)."""
    info = session.session
    words = info.residence
    if not isinstance(words, str) or not table.get("departments"):
        return
    others = {without_accents(d["name"]): d for d in table["departments"].values() if d.get("academy") not in (None, slug)}
    own = {without_accents(d["name"]) for d in table["departments"].values() if d.get("academy") == slug}
    others = {name: d for name, d in others.items() if name not in own}
    if not others:
        return
    named = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(others, key=len, reverse=True)) + r")(?![\w-])")
    flat = " ".join(words.split())
    plain = without_accents(flat)  # (one letter for one: see lint_copied_words)
    titled = plain.lower().replace("’", "'")
    for m in named.finditer(plain):
        department = others[m.group(1)]
        academy = table["academies"].get(department["academy"], {}).get("title") or department["academy"]
        if re.search(r"(?<![\w-])" + re.escape(without_accents(academy).lower()) + r"(?![\w-])", titled):
            continue
        if _AN_OFFICE_OF.search(plain[:m.start()]):
            # (« le SIEC de Paris », « le rectorat de Paris »: an office named by its town, not a place where candidates
            # reside, review89 L3, fixstaff64 item 7; a department copied from another academy's sentence is named
            # where candidates reside, « résidant dans le Cher », and stays a point)
            continue
        shown = flat[m.start():m.end()]
        _warn(
            problems, where_quoted(shown, info.where("residence"), problems), "session.residence",
            f"{label} : {quote(shown)} : ce texte nomme un département d'une autre académie ({department['name']}, "
            f"{department['code']}, {academy}) : la phrase du fichier d'une autre académie ? Vérifier sur la "
            "notice : si elle l'écrit ainsi, garder ces mots et marquer ce point comme vu ; sinon, écrire ses mots, qui "
            "nomment les départements de cette académie",
            seen=shown,
        )


# A line of a text that ends inside a sentence: the line's last word a letter or a comma, the next line opening with a
# lower-case word (not an address). The page keeps a text's line breaks (the notice's lines: text.md_block), so a
# sentence staff wrapped in a « |- » text is cut in two on the page and in the checklist (staffwalk52 L4).
_WRAPPED = re.compile(r"(?m)^(?P<line>[^\n]*[^\W\d_,][,]?|[^\n]*,)[ \t]*\n[ \t]*(?P<next>[a-zàâäçéèêëîïôöûùüÿœæ][^\n]*)")
WRAPPED_WORDS = 5
"""How many words the line that ends mid-sentence has at least: a sentence's, not a label's or an address's line."""
LINE_BY_LINE = frozenset({("SessionInfo", "letterhead")})
"""(record, field) of the texts whose every line is a line of the notice, not of a sentence: the letterhead; and every
``…as_written`` field, the notice's block as it prints it (review60 L1)."""


def lint_wrapped_lines(label: str, problems: Problems, texts: list) -> None:
    """A text whose line ends without punctuation and whose next line opens in lower case: most often one sentence of
    the notice written over two lines of a « |- » text, which the page shows on two lines (« … au plus » / « tard le
    vendredi … »: staffwalk52 L4). The notice may break its line there (a form's line, a list without punctuation):
    then marked seen. One point per text, at its first such line."""
    for record, path, name, key, text, _ in texts:
        if (type(record).__name__, name) in LINE_BY_LINE or name.endswith("as_written") or "\n" not in text:
            continue
        for m in _WRAPPED.finditer(text):
            line, following = m.group("line").strip(), m.group("next").strip()
            first = following.split()[0]
            if len(line.split()) < WRAPPED_WORDS or "@" in first or first.startswith(("http", "www.")):
                continue
            end, start = " ".join(line.split()[-3:]), " ".join(following.split()[:3])
            where = record.positions.get(key) or record.where(name)
            _warn(
                problems, where_quoted(f"{end} {start}", where, problems), f"{path}.{key}" if path else key,
                f"{label} : la ligne « …{end} » {'finit par une virgule' if end.endswith(',') else 'finit sans ponctuation'} "
                f"et la suivante commence en minuscule (« {start}… ») : "
                "la page garde ce retour à la ligne et couperait la phrase en deux ; si c'est une seule phrase, joindre "
                "les deux lignes (un retour à la ligne n'est gardé que là où la notice va à la ligne) ; si la notice va "
                "vraiment à la ligne là, marquer le point comme vu",
                seen=f"retour à la ligne après « {end.replace(';', ',')} »",
            )
            break


# Words saying the year a candidate failed the exam (« Candidats ajournés en 2025 », « ajourné à la session de juin
# 2025 », « AJOURNÉS LORS DE LA SESSION 2025 »): a session already past when the notice is written
_FAILED_IN = re.compile(
    r"\bajourn[ée]e?s?\s+(?:en|(?:à|lors\s+de)\s+la\s+session(?:\s+de)?(?:\s+(?:mai|juin|juillet|septembre))?"
    r"|à\s+l['’]examen(?:\s+de)?)\s+(?P<year>(?:19|20)[0-9]{2})\b", re.IGNORECASE)


def lint_failed_in_a_later_session(label: str, year: int, problems: Problems, texts: list) -> None:
    """A text saying candidates failed the exam (« ajournés en 2027 ») in session ``year`` or after: no candidate of a
    session failed that session or a later one before registering for it, so the year is a slip, most often a bare year
    replaced twice in a row (« en 2025 » → « en 2026 », then « en 2026 » → « en 2027 »: staff76, a walk preparing Nantes
    2027). A point, not a problem: the words are the notice's, which may misprint its year (then marked seen)."""
    for record, path, name, key, text, _ in texts:
        for m in _FAILED_IN.finditer(text):
            named = int(m.group("year"))
            if named < year:
                continue
            words = " ".join(m.group(0).split())
            before = " ".join(m.group(0)[:m.start("year") - m.start()].split())  # (« ajournés en »)
            where = record.positions.get(key) or record.where(name)
            _warn(
                problems, where_quoted(m.group(0), where, problems), f"{path}.{key}" if path else key,
                f"{label} : {quote(text)} : « {words} » nomme la session {named}, qui n'est pas passée quand s'inscrivent "
                f"les candidats de la session {year} : un candidat ajourné l'a été à une session d'avant, {year - 1} ou "
                f"plus tôt ; reste d'une année remplacée deux fois de suite (« {named - 2} » par « {named - 1} », puis "
                f"« {named - 1} » par « {named} ») ? écrire l'année que donne la notice de la session {year} (« {before} "
                f"{year - 1} » ?) ; si la notice écrit bien « {words} », marquer ce point comme vu",
                seen=f"« {words} »",
            )


# Words that place a passage in the notice rather than title it: « fin de la notice », « en-tête de la notice », « page
# suivant la liste… », « (NB) » (NOTE70: Aix-Marseille 2023, Clermont-Ferrand 2024, Nantes 2024 and 2026)
_PLACING = re.compile(
    r"\b(?:(?:(?:à la |en )?(?:fin|début) de (?:la )?|en-têtes? de (?:la )?|(?:la |cette )?)notices?\b|en-têtes?\b"
    r"|pages?(?: suivante?s?| précédente?s?| [0-9]+)?)\b|\(NB\)", re.IGNORECASE)


def place_fields(record, name: str) -> bool:
    """A field that says where the notice says something, shown after « Notice de l'académie — » (a ``section:``, a
    ``who_section:``, ``contacts_section:``…, a form's ``source:``)."""
    return name == "section" or name.endswith("_section") or (type(record).__name__, name) == ("FormField", "source")


def guillemets_problem(text: str) -> str | None:
    """What is wrong with the « » of ``text`` (one left open, one closed without being opened, one with nothing
    inside), or None."""
    depth = 0
    for m in re.finditer(r"«\s*»|[«»]", text):
        if len(m.group(0)) > 1:
            return "des guillemets « » sans rien entre eux"
        depth += 1 if m.group(0) == "«" else -1
        if depth < 0:
            return "un guillemet fermant » sans guillemet ouvrant « avant lui"
    return "un guillemet ouvrant « sans guillemet fermant » après lui" if depth else None


# The guide's own words that place a passage in the notice, outside « » in a place (``lint_places``): where in the
# notice (« en-tête de la notice », « fin de la notice », « page suivant … »), in what (« paragraphe », « tableau »,
# « ligne », « note »…) and the little words between them. A word outside « » that is none of these is most likely a
# heading of the notice left unquoted (review72 M: « Informations complémentaires, 7. Attestations de formation
# obligatoires, paragraphe « NB » »).
_LOCATOR_WORDS = frozenset("""
    en-tête en-têtes entête fin début notice notices page pages paragraphe paragraphes alinéa tableau tableaux ligne
    lignes colonne colonnes note notes renvoi encadré encadrés case cases liste listes titre titres partie parties
    suivant suivante suivants suivantes précédant précédent précédente haut bas dernière dernier première premier verso
    recto de du la le les l d des à au aux en et ou sous après avant dans sa son ses cette ce sur
""".split())
_LOCATOR_EXAMPLE = "« INFORMATIONS COMPLEMENTAIRES », « 7. Attestations de formation obligatoires », paragraphe « NB »"


def outside_guillemets(text: str) -> str:
    """``text`` without what its outermost « » hold (the notice's words in a place), each span left as « · »."""
    out, depth = [], 0
    for ch in text:
        if ch == "«":
            depth += 1
            if depth == 1:
                out.append(" · ")
            continue
        if ch == "»" and depth:
            depth -= 1
            continue
        if not depth:
            out.append(ch)
    return "".join(out)


def unquoted_headings(text: str) -> list[str]:
    """The runs of ``text`` (a place) outside « », between its « ; », « , », « : » and quoted spans, that hold a word
    other than the guide's locating words (``_LOCATOR_WORDS``) or a number: a heading of the notice left unquoted."""
    out = []
    for chunk in re.split(r"[;,:·()]", outside_guillemets(text)):
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", chunk.replace("’", "'"))
        if any(word.casefold() not in _LOCATOR_WORDS for word in words):
            out.append(" ".join(chunk.split()))
    return out


def lint_places(label: str, problems: Problems, texts: list) -> None:
    """The place of a passage in the notice (``place_fields``), which the site shows after « Notice de l'académie — »:
    each heading of the notice it names goes inside « », as the notice writes it (its capitals), and the guide's own
    words that place the passage (« fin de la notice », « en-tête de la notice », « paragraphe », « page suivant la
    liste… ») outside them (« « REMARQUE IMPORTANTE », fin de la notice »), so that a candidate tells them apart
    (NOTE70; review72: a heading left outside « » beside quoted ones, or recased, read as the guide's words). Guillemets
    that do not pair are a problem (the page would show them so). A run outside « » that is not made of the guide's
    locating words (``unquoted_headings``) is a point to check, markable seen (words of the guide's own that the list
    does not know); placing words without any « » one too, never marked seen: writing the heading in « » settles it."""
    example = "« REMARQUE IMPORTANTE », fin de la notice"
    for record, path, name, key, text, _ in texts:
        if not place_fields(record, name) or text.strip() == NOT_GIVEN_WORDS:
            continue
        where = record.positions.get(key) or record.where(name)
        at = f"{path}.{key}" if path else key
        wrong = guillemets_problem(text)
        if wrong is not None:
            problems.add(where, at, (
                f"{label} : {quote(text)} a {wrong} ; dans l'endroit de la notice, les guillemets entourent un titre de la "
                f"notice, tel qu'elle l'écrit, et les mots du guide qui situent le passage restent hors des guillemets "
                f"(par exemple {name}: {example}) : ajouter le guillemet qui manque, ou retirer celui de trop"))
            continue
        placing = _PLACING.search(text)
        if placing is not None and "«" not in text:
            _warn(
                problems, where, at,
                f"{label} : {quote(text)} : « {placing.group(0)} » situe le passage dans la notice ; ce sont les mots du "
                f"guide, qu'un candidat lirait comme un titre de la notice (la page affiche « Notice de l'académie — {text} ») : "
                "écrire entre « » le titre de la notice, tel qu'elle l'écrit, et laisser hors des guillemets les mots du guide "
                f"(par exemple {name}: {example}) ; si tous ces mots sont le titre de la notice, les écrire entre « » aussi",
            )  # (never marked seen: the « » settle it)
            continue
        bare = unquoted_headings(text)
        if bare:
            _warn(
                problems, where, at,
                f"{label} : {quote(text)} : {and_list([quote(b) for b in bare])} "
                f"{'est' if len(bare) == 1 else 'sont'} hors des guillemets : la page (« Notice de l'académie — … ») "
                "présente les mots hors des guillemets comme ceux du guide et les mots entre « » comme ceux de la notice ; "
                "écrire chaque titre de la notice entre « », tel qu'elle l'écrit (majuscules comprises), et ne laisser hors "
                "des guillemets que les mots du guide qui situent le passage (« en-tête de la notice », « paragraphe », "
                f"« tableau », « ligne »…), par exemple {name}: {_LOCATOR_EXAMPLE} ; si ce sont bien des mots du guide, "
                "marquer le point comme vu",
                seen=tuple(f"hors des guillemets : {b.replace(';', ',')}" for b in bare),
            )


# The fields that write a heading of the notice as the notice writes it, without « »: the guide puts the « » around it
# where it says the heading as a place (notice_view.heading_place: « Notice de l'académie — « I- PRE-INSCRIPTION » »)
# and prints it bare as a heading of the notice's PDF; with each field, an example the message gives
HEADING_FIELDS = {
    ("SessionInfo", "headings"): "steps: II. LA PROCÉDURE D'INSCRIPTION",
    ("SessionInfo", "sections_as_written"): "passing_form: [IV. POINTS DE VIGILANCE, 1- Lors de l'inscription]",
    ("Step", "section_as_written"): "I- PRE-INSCRIPTION",
    ("Step", "heading_as_written"): "Etape 1 : Accès à CYCLADES",
    ("EstablishmentStep", "heading_as_written"): "1 - PARAMETRAGE ETABLISSEMENT",
    ("Contents", "title"): "SOMMAIRE",
}


def lint_heading_guillemets(label: str, problems: Problems, texts: list) -> None:
    """A heading field (``HEADING_FIELDS``) written between « » (places76): the guide adds its own « » where it quotes the
    heading, so the page, the checklist and the command line would say « « I- PRE-INSCRIPTION » », and the PDF would
    print the « » in the notice's heading. A problem: the heading is written without the « » around it (a heading's own
    « » inside it stay: « BTS « maintenance des systèmes » »)."""
    for record, path, name, key, text, _ in texts:
        example = HEADING_FIELDS.get((type(record).__name__, name))
        bare = text.strip()
        if example is None or not (bare.startswith("«") and bare.endswith("»")):
            continue
        inside = bare[1:-1].strip()
        problems.add(record.positions.get(key) or record.where(name), f"{path}.{key}" if path else key, (
            f"{label} : {quote(text)} est écrit entre « » ; {name}: donne un titre de la notice tel qu'elle l'écrit, sans « » "
            f"autour : le guide les ajoute quand il cite ce titre (il écrirait « {text} ») et le PDF de la notice l'imprime tel "
            f"quel, guillemets compris : retirer les « » qui l'entourent ({quote_whole(inside)}), par exemple {name}: {example}"))


def lint_portal_address(label: str, session, site, problems: Problems, texts: list, notice_of) -> None:
    """A text of the session file writes the CYCLADES portal's address (content/site.yaml ``cyclades.url``), not under
    ``links:``, where the notice page does not read it as the notice's (notice_view.gives_address: its links and its
    texts, ``notice_texts``; a contact's words, a form's): the page would say « cette notice n'en donne pas l'adresse »
    (review71 M3). Decided by the page's own function on the notice (``notice_of``, built only then), so that validate
    and the page agree (review72: a step's text giving it, the page now says so, and validate says nothing)."""
    if site is None or getattr(site, "cyclades", None) is None:
        return
    url = str(site.cyclades.url)
    links = session.links if isinstance(session.links, tuple) else ()
    if any(address_place(link.url) == address_place(url) for link in links):
        return
    for record, path, name, key, text, _ in texts:
        if address_said(text, url):
            if gives_address(notice_of(), url):
                return
            _warn(
                problems, record.positions.get(key) or record.where(name), f"{path}.{key}" if path else key,
                f"{label} : ce texte donne l'adresse du portail CYCLADES ({url}), mais ni links: ni un texte de la notice "
                "que la page cite (étapes, phrases des rubriques, pièces…) ne la donne : la page de la notice dirait que "
                "cette notice n'en donne pas l'adresse ; ajouter sous links: une ligne pour cette adresse (id: cyclades, "
                f"label: les mots de la notice pour ce lien, url: {url})",
            )
            return


# A folded text's header, where the model places the text (schema: its value's first character, « >- », an
# indentation digit or a comment after it; a map's text at its key, « Rejeté: >- »): matched from that column, so that a
# plain value ending in « -> » followed by more lines (« text: voir ci-dessous -> ») is not taken for one (staff71: the
# pattern searched the whole line for « > » after « : » or « - »)
_FOLDED_HEADER = re.compile(r"(?:(?:\"[^\"]*\"|'[^']*'|[^\s#'\"][^#]*?)[ \t]*:[ \t]+)?(?P<sign>>[-+]?[1-9]?[-+]?)(?:[ \t]+#.*)?[ \t]*$")
_ITEM_MARK = re.compile(r"[-–•][ \t]")


def lint_folded_lists(label: str, problems: Problems, texts: list) -> None:
    """A text written after « >- » (folded: YAML joins its lines with a space) whose lines in the file start with « - »
    (or « – », « • »), one after the other: a list of the notice, each item on its line, meant for « |- », which keeps
    each line; the page shows it as one paragraph (« … : - pièce d'identité - photographie »: valid YAML, nothing said,
    staff70 item 6). « À contrôler », at the first item folded into the line above it: the fix is on the key's line
    (« |- » for « >- »); markable seen (a sentence whose line starts with a dash, an incise). One point per text."""
    for record, path, name, key, text, _ in texts:
        where = record.positions.get(key) or record.where(name)
        lines = problems.sources.get(where.file) if where is not None else None
        if not lines or not 0 < where.line <= len(lines):
            continue
        head = lines[where.line - 1].rstrip("\r\n")
        header = _FOLDED_HEADER.match(head, where.column - 1)
        if header is None:
            continue
        indent = len(head) - len(head.lstrip(" "))
        after = next((raw for raw in lines[where.line:] if raw.strip()), "")
        base = len(after) - len(after.lstrip(" "))  # (the text's indentation: its first line's)
        if base <= indent:
            continue
        block: list[tuple[int, str]] = []  # (line number, line) of the text, blank lines as ""
        for number in range(where.line + 1, len(lines) + 1):
            raw = lines[number - 1].rstrip("\r\n")
            if raw.strip() and len(raw) - len(raw.lstrip(" ")) < base:
                break  # (the next key, less indented than the text)
            block.append((number, raw))
        # the first item joined to the line above it: both at the text's indentation, no blank line between (a line
        # indented further keeps its line break in a folded text; an item's words wrapped onto the next line are joined
        # to it as they should be)
        folded = next((number for (_, above), (number, raw) in zip(block, block[1:])
                       if above.strip() and raw.strip() and _ITEM_MARK.match(raw[base:])
                       and len(above) - len(above.lstrip(" ")) == base == len(raw) - len(raw.lstrip(" "))), None)
        if folded is None:
            continue
        sign = header["sign"]
        item = lines[folded - 1].strip()
        _warn(
            problems, Location(where.file, folded, base + 1), f"{path}.{key}" if path else key,
            f"{label} : ce texte est écrit après « {sign} » (ligne {where.line}), qui joint ses lignes en un seul paragraphe, "
            f"et des lignes y commencent par « {item[0]} » (« {cut_at_word(item, 40)} ») : la page mettrait les points de "
            f"cette liste bout à bout, en un seul paragraphe ; pour garder une ligne par point, écrire « |{sign[1:]} » à la place de "
            f"« {sign} » à la ligne {where.line} ; si la notice écrit vraiment ces tirets dans une phrase, marquer le point "
            "comme vu",
            seen=f"tirets dans un texte après « {sign} » : {cut_at_word(item, 40).replace(';', ',')}",
        )


# Where a comment starts in a line of YAML outside quotes: « # » at its start or after a space or a tab
_COMMENT_START = re.compile(r"(?:^|[ \t])#")
# A map's text is placed at its key (schema._item_positions): its value starts after the key's « : »
_KEY_BEFORE = re.compile(r"(?:\"[^\"]*\"|'[^']*'|[^\s#'\"][^#]*?)[ \t]*:[ \t]+(?=\S)")


def lint_cut_by_comment(label: str, problems: Problems, texts: list) -> None:
    """A text written without quotes, then « # » after a space on its line (« label: Dépôt des pièces # 2 et 3 ») :
    YAML reads « # » and the rest of the line as a comment, the text stops before it, and nothing was said (NOTE70: a
    notice's « # », or a remark typed after a value, cut the words a candidate reads). « À contrôler », at the « # »,
    for every text a candidate reads, whatever follows it: the two fixes both settle it in the file (the whole text
    between quotes when the words are the text's, the comment on its own line when it is one), so the point cannot be
    marked seen; a comment on a line of its own, or after a text between quotes or after « |- » / « >- », is not one."""
    for record, path, name, key, text, _ in texts:
        where = record.positions.get(key) or record.where(name)
        lines = problems.sources.get(where.file) if where is not None else None
        words = text.split()
        if not lines or not words or not 0 < where.line <= len(lines):
            continue
        start = where.column - 1
        rest = lines[where.line - 1].rstrip("\r\n")[start:]
        if not rest.startswith(words[0]):
            before = _KEY_BEFORE.match(rest)  # (a map's text: its key's line)
            if before is None or not rest[before.end():].startswith(words[0]):
                continue
            start, rest = start + before.end(), rest[before.end():]
        read: list[str] = []
        for number in range(where.line, min(len(lines), where.line + 200) + 1):
            segment = rest if number == where.line else lines[number - 1].rstrip("\r\n")
            offset = start if number == where.line else 0
            comment = _COMMENT_START.search(segment)
            body = segment[:comment.start()] if comment else segment
            if number > where.line and comment is not None and not body.strip():
                break  # (a comment on its own line: the text ended above it)
            read += body.split()
            if read[:len(words)] != words[:len(read)]:
                break  # (not this text's lines: a text of several lines read otherwise)
            if comment is not None:
                if read == words and not segment[comment.end():comment.end() + 1].isalnum():
                    # (« #2 », glued to a word or a number: a problem already, strict_yaml._check_hash_cuts)
                    column = offset + comment.end()  # (the « # »'s, 1-based)
                    cut = segment[comment.end() - 1:].strip()
                    shown = f"{key}: {quoted_value(text + ' ' + cut)}" if number == where.line and key.isidentifier() else None
                    _warn(
                        problems, Location(where.file, number, column), f"{path}.{key}" if path else key,
                        f"{label} : ce texte s'arrête à « …{' '.join(words[-3:])} » : la suite de la ligne, « {cut_at_word(cut, 60)} », "
                        "est lue comme un commentaire (un « # » après une espace) : elle n'est ni sur la page, ni dans la "
                        "liste personnalisée, ni dans le PDF ; si ces mots font partie du texte, écrire tout le "
                        f"texte entre guillemets{f' : {shown}' if shown else ''} ; si c'est un commentaire, l'écrire sur "
                        f"sa propre ligne, au-dessus de la ligne {where.line}",
                    )
                break
            if len(read) >= len(words):
                break


def lint_documents_deposit(label: str, session, problems: Problems) -> None:
    """A session without ``documents_deposit:``: valid (the notice may not say where the pieces go), its page and
    checklist say « Où déposer les pièces : non précisé par la notice. »; said once, not blocking, so that staff write
    what the notice says, or that it says nothing (review67b L6: nothing told them the key was missing). Not where the
    file says « non précisé par la notice »: that is written, not forgotten."""
    channels = session.documents_deposit
    if isinstance(channels, tuple) and len(channels) > 1:
        # review68b: several ways, one without its case: the page said them one after the other (« les pièces se
        # déposent sur CYCLADES. », « les pièces s'envoient par courrier. »), neither for whom nor for which pieces
        for i, c in enumerate(channels):
            if c.case_as_written is None:
                _warn(
                    problems, c.where("channel"), f"documents_deposit[{i}].channel",
                    f"{label} : documents_deposit: donne {len(channels)} façons de déposer les pièces, et celle-ci "
                    f"(channel: {c.channel}) est sans case_as_written: : la page et la liste personnalisée les disent "
                    "l'une après l'autre sans dire laquelle vaut pour quel candidat ou quelles pièces ; écrire sous "
                    "chacune case_as_written: et les mots de la notice qui disent son cas ou ses pièces",
                    seen="la notice laisse le choix entre ces façons",
                )
        return
    if channels is not None:
        return
    _warn(
        problems, session.where("documents"), "documents_deposit",
        f"{label} : documents_deposit: absent : la page et la liste personnalisée disent « Où déposer les pièces : non "
        "précisé par la notice. » ; si la notice dit où déposer les pièces (sur CYCLADES, par courrier, par courriel, à "
        "l'établissement), l'écrire au-dessus de documents: (documents_deposit:, puis une ligne « - channel: … » par façon "
        "qu'elle donne, chacune avec section:) ; si elle ne le dit pas, écrire documents_deposit: non précisé par la notice",
        seen="la notice ne dit pas où déposer les pièces",
    )


def lint_documents_by_route(label: str, session, problems: Problems) -> None:
    """``documents_by_route: true`` in a notice for individual candidates (``audience: individual``), whose pieces do
    name routes: its PDF prints the pieces' list with a column per route, crossed, which an establishments' notice has
    (Nantes 2026) and a candidates' notice most often not: the line pasted from one? (staff76 item 1: accepted silently).
    A point, markable seen: a candidates' notice may have such columns. Pieces that never name a route are a warning of
    validate's checks (``checks._check_documents_by_route``), which says the audience too."""
    info = session.session
    if not info.documents_by_route or info.audience != "individual" or route_columns_say_nothing(session):
        return
    at = info.where("audience")
    _warn(
        problems, info.where("documents_by_route"), "session.documents_by_route",
        f"{label} : documents_by_route: true (la liste des pièces de la notice a une colonne par voie de formation, "
        f"cochée), mais la notice est pour les candidats individuels (audience: individual, sous session:"
        f"{f', ligne {at.line}' if at is not None else ''}) : ligne recopiée de la notice d'établissements d'une autre "
        "académie ? le PDF de la notice imprimerait sa liste des pièces avec trois colonnes, scolaire, apprenti, formation "
        "continue, une croix dans chacune où la pièce est demandée ; si la liste de la notice n'a pas ces colonnes, retirer "
        "la ligne documents_by_route: true ; si elle les a, marquer ce point comme vu",
        seen="la liste des pièces de la notice a une colonne par voie",
    )


def lint_source(label: str, session, today: dt.date, problems: Problems) -> None:
    info = session.session
    missing = [name for name in ("notice_url", "checked") if getattr(info, name) is None]
    if missing:
        # (only what is missing: a staff walk, staffwalk57 L4, was asked for notice_url: too, written already)
        fix = {("notice_url", "checked"): "écrire d'où vient la notice (notice_url: https://… ou non précisé) et quand ce "
                                          "fichier a été vérifié sur elle (checked: AAAA-MM-JJ)",
               ("checked",): "écrire sous session: le jour où ce fichier a été vérifié sur la notice (checked: AAAA-MM-JJ)",
               ("notice_url",): "écrire sous session: d'où vient la notice (notice_url: https://… ou non précisé)"}[tuple(missing)]
        _warn(
            problems, info.origin, "session",
            f"{label} : {' et '.join(missing)} manquant{'s' if len(missing) > 1 else ''} ; {fix}",
        )  # (never marked seen: the source of the notice is written, not silenced)
    if info.checked is not None and info.checked > today + dt.timedelta(days=1):  # (a day ahead: staff east of the machine, review56 L3)
        # (never marked seen: a date to correct, not a fact to keep)
        _warn(problems, info.where("checked"), "session.checked", f"{label} : {info.checked.isoformat()} est après aujourd'hui ({today.isoformat()}) ; écrire la date de la vérification")
    elif info.checked is not None and isinstance(info.year, int) and info.checked < dt.date(info.year - 1, 1, 1):
        # (staffwalk58 M1: the previous session's checked: copied into the new file, printed on its PDF; a notice of the
        # session N, for registrations in the autumn of N-1, is never out before 1 January of N-1; never marked seen either)
        _warn(
            problems, info.where("checked"), "session.checked",
            f"{label} : {info.checked.isoformat()} est avant le 1er janvier {info.year - 1} : la notice de la session "
            f"{info.year} (inscriptions à l'automne {info.year - 1}) ne pouvait pas encore être vérifiée ce jour-là ; "
            f"checked: resté de la session précédente ? écrire le jour où ce fichier a été vérifié sur la notice de la "
            f"session {info.year} (checked: AAAA-MM-JJ)",
        )


_SOURCE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _sources_of(project) -> dict[str, list[tuple[str, int, str]]]:
    """Each session's ``source:`` (its words, spaces aside) → the sessions that have it: (slug, year, « Clermont-Ferrand,
    session 2024 (academies/clermont-ferrand/2024.yaml, ligne 42) »)."""
    found: dict[str, list[tuple[str, int, str]]] = {}
    for slug, data in project.academies.items():
        name = data.academy.name if data.academy is not None else slug
        for year, session in data.sessions.items():
            source = session.session.source
            if isinstance(source, str):
                where = session.session.where("source")
                at = f" ({where.file}, ligne {where.line})" if where is not None else ""
                found.setdefault(" ".join(source.split()), []).append((slug, year, f"{name}, session {year}{at}"))
    return found


def lint_source_elsewhere(label: str, slug: str, session, sources_of: dict[str, list[tuple[str, int, str]]],
                          problems: Problems) -> None:
    """``source:`` the same as a session of another academy of the same year or before: most often its folder copied
    for a new academy's first session, its year moved on and the source left (a staff walk, staffwalk61 L5:
    Clermont-Ferrand 2024's notice as Limoges 2025's source); said on the later session, the copy (both, the same
    year). A point, markable seen (one document for two academies)."""
    info = session.session
    if not isinstance(info.source, str) or not isinstance(info.year, int):
        return
    elsewhere = [where for other, year, where in sources_of.get(" ".join(info.source.split()), [])
                 if other != slug and year <= info.year]
    if not elsewhere:
        return
    _warn(
        problems, info.where("source"), "session.source",
        f"{label} : source: « {info.source} » est aussi la source de {elsewhere[0]} : fichier recopié du dossier d'une "
        "autre académie ? écrire dans source: le nom du fichier de la notice de cette session (celui reçu ou téléchargé), "
        "et reprendre chaque rubrique d'après elle ; si les deux académies ont vraiment la même notice, marquer ce point "
        "comme vu",
        seen=f"même source que {elsewhere[0].split(' (')[0]}",
    )


def lint_source_left_over(label: str, session, previous_session, years: list[int], problems: Problems) -> None:
    """``source:`` (and ``notice_url:``) left on the previous session's notice once new-session's verify: line is
    removed (review74 L3): the same source as the session before, or a text naming another session's year of the
    folder and not this session's (« notice-bts-2024.pdf » in 2025.yaml). A point: a notice may be named by the year
    of its registrations (« inscriptions 2024 » for the session 2025), then marked seen."""
    info = session.session
    year = info.year
    if not isinstance(year, int):
        return
    before = previous_session.session if previous_session is not None else None
    if before is not None and isinstance(info.source, str) and " ".join(info.source.split()) == " ".join(str(before.source).split()):
        where = before.where("source")
        at = f" ({where.file}, ligne {where.line})" if where is not None else ""
        _warn(
            problems, info.where("source"), "session.source",
            f"{label} : source: « {info.source} » est aussi la source de la session {before.year}{at} : resté de la "
            f"notice précédente ? écrire dans source: le nom du fichier de la notice de la session {year} (celui reçu ou "
            "téléchargé) ; si les deux sessions viennent vraiment du même document, marquer ce point comme vu",
            seen=f"même source que la session {before.year}",
        )
        return
    others = sorted(set(years) - {year})
    for name in ("source", "notice_url"):
        value = getattr(info, name, None)
        if not isinstance(value, str):  # (notice_url: non précisé)
            continue
        named = sorted({int(m.group()) for m in _SOURCE_YEAR.finditer(value)})
        if not named or year in named:
            continue
        old = [y for y in named if y in others]
        if not old:
            continue
        files = ", ".join(posixpath.join(posixpath.dirname(info.origin.file), f"{y}.yaml") for y in old) if info.origin else ""
        registrations = f" (une notice peut porter l'année de ses inscriptions, {year - 1})" if year - 1 in old else ""
        what = "le nom du fichier de la notice" if name == "source" else "l'adresse de la notice"
        _warn(
            problems, info.where(name), f"session.{name}",
            f"{label} : {name}: « {value} » nomme {' et '.join(map(str, old))}, l'année d'une autre session de "
            f"l'académie{f' ({files})' if files else ''}, et pas {year} : resté de la notice précédente ? écrire dans "
            f"{name}: {what} de la session {year} ; si c'est bien la sienne{registrations}, marquer ce point comme vu",
            seen=f"{name} nommant {' et '.join(map(str, old))}",
        )


def _audiences_said(slug: str, wanted: int, session, others: typing.Sequence[tuple[str, int]]) -> str:
    """After the freshness question's command, for an academy with notices for other audiences: which notice that
    command starts from, and the command for each other audience's (« --depuis »)."""
    if not others:
        return ""
    own = f" si c'est une notice pour {READERS[session.session.audience]}, comme celle de ce fichier"
    rest = " ; ".join(
        f"python -m generator new-session {slug} {wanted} --depuis {year} si c'est une notice pour {READERS[audience]}, "
        f"comme celle de la session {year}" for audience, year in others)
    return f"{own} ; {rest}"


def lint_freshness(label: str, slug: str, year: int, session, today: dt.date, problems: Problems,
                   website: str | None = None, others: typing.Sequence[tuple[str, int]] = ()) -> None:
    """The latest session of an academy, once its academic year is over. Once the next registrations should have
    opened, the question says where to look (the academy's ``website``, academy.yaml's) and what the candidates
    read meanwhile, the page's « Session passée » block (staff76 item 3: a staff member alone with the message asked
    where a notice is published and why it matters; « ce fichier vérifié sur sa notice le … » read as the question
    already checked that day: the notice named is the file's own). ``others``: the academy's latest session for each
    other audience (``session_texts.other_audiences``): the next notice may be for either, and new-session starts from
    the one for the same audience (« --depuis », nextsession77 item 1: Nantes, 2026 for the establishments, 2024 for
    the candidates)."""
    if not academic_year_over(year, today):
        return
    info = session.session
    checked = (f" (ce fichier a été vérifié sur la notice de la session {year} le {info.checked.isoformat()})"
               if info.checked else "")
    expected = next_registrations_expected(session)
    wanted = coming_session(year, today)  # (a past session: new-session writes it only to archive its notice, asked)
    expected = moved(expected, wanted - year - 1)
    if today >= expected:
        where = f"à chercher sur le site de l'académie, {_site(website)}" if website else ""
        said = " ; ".join(w for w in (where, checked[2:-1]) if w)  # (one parenthesis: where to look, then the file's check)
        refer = ", et les renvoie au site de l'académie" if website else ""
        skipped = list(range(year + 1, wanted))
        past = f" ; {past_sessions(skipped)}" if skipped else ""
        message = (
            f"{label} : c'est la session la plus récente de l'académie, et les inscriptions de la session {wanted} auraient dû ouvrir "
            f"vers le {_date_words(expected)}{past} : la notice de la session {wanted} est-elle parue"
            f" ?{f' ({said})' if said else ''} Si oui : "
            f"python -m generator new-session {slug} {wanted}{_audiences_said(slug, wanted, session, others)} ; d'ici là, "
            f"la page de la session {year} dit aux candidats "
            f"que la session est passée et que ce guide n'a pas encore la notice d'une session plus récente"
            f"{refer}"
        )
    else:
        message = (
            f"{label} : l'année scolaire est terminée (31 août {year}) et c'est la session la plus récente de l'académie ; "
            f"sa page dit aux candidats que la notice date de la session {year} et a peut-être été remplacée : la notice de la "
            f"session {wanted} est-elle parue ?{checked}"
        )
    # (marked seen for a week only, ``reviewed.LASTS``: it ends when the next session is written)
    _warn(problems, info.where("year"), "session.year", message, seen=f"notice de la session {wanted} pas encore parue")

