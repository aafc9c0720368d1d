"""The candidate's experience, page by page (without a browser): the right notice for everyone, deadlines
in plain French (the same words on the page, in the checklist, on the command line and in the calendar),
« Pour qui » as sentences, one deadline per table, labelled table cells, past sessions, titles, official
links, footer. The same pages in Chromium at 360 and 1280 px: test_phone_browser.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from html.parser import HTMLParser

import icalendar
import pytest
import yaml
from markdown import Markdown
from mkdocs.utils.meta import get_data

from generator.checklist import engine
from generator.checklist import page as checklist
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import french_moment
from generator.checks import check_phrases
from generator.french import sort_key, typography
from generator.model.conditions import Condition
from generator.model.site import DomainPattern, official
from generator.pipeline import load_and_check
from generator.site.templating import markdown_value
from generator.problems import Problems
from generator.site import dates, ics, pages
from generator.site.directory import department_help, department_hints, directory
from generator.site.notice_view import notice_view, page_title
from generator.site.words import _by_birth_date, _simplified, condition_words, deadline_moment, last_date, reading, strict_moment
from project_support import FROZEN
from site_support import ROOT

TODAY = dt.date(2025, 10, 1)
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(scope="module")
def project():
    found, problems = load_and_check(FROZEN)  # these tests name notices: the frozen project (tests/README.md)
    assert not problems, problems.report()
    return found


@pytest.fixture(scope="module")
def notices(frozen_notices):
    return frozen_notices


@pytest.fixture(scope="module")
def site(project, notices):
    c = project.content
    return pages.site_files(notices, TODAY, checklist=checklist, checklist_content=c.checklist, texts=c.interface, departments=c.departments, site=c.site)


def notice_of(notices, slug, year):
    return next(n for n in notices if n.slug == slug and n.year == year)


def plain(markdown_text: str) -> str:
    """The words of a generated page: its Markdown rendered as MkDocs does, tags dropped, spaces plain."""
    body = get_data(markdown_text)[0]
    html = Markdown(extensions=["tables", "admonition", "attr_list", "md_in_html", "toc"]).convert(body)
    # a block ends a word, an inline tag (link, bold) does not
    text = re.sub(r"</?(?:p|li|ul|ol|td|th|tr|table|div|h\d|br|span class=\"bts-past-flag\")\b[^>]*>", " ", html)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"[\s\u00a0\u202f]+", " ", re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), text.replace("&amp;", "&")))


def flat(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", typography(text)).strip()


# ---------------------------------------------------------------- deadlines in plain French


def test_the_hour_is_joined_to_the_a_of_the_text_s_words_not_to_words_of_its_values(notices):
    """review76 (NOTE71): « à » and the hour are joined by a no-break space (dates71) as the text is made, where its
    own words write « à {time} » (dates.timed); a replacement of « à 17 h 00 » in the filled text also rewrote a value
    that wrote the same words. A day's value writing them keeps its plain space; the text's « à » is joined."""
    t = notices[0].texts
    h = f"17{NBSP}h{NBSP}00"
    day = f"lundi (ouverture à {h})"
    assert dates.timed(t, "moments.time_as_written", h, day=day) == f"{day} à{NBSP}{h}"
    assert dates.timed(t, "moments.deadline_time", h, day="mercredi", zone="heure de Paris") == f"au plus tard le mercredi à{NBSP}{h} (heure de Paris)"
    # (a template whose « à » is not just before the hour: nothing joined, « à » being the text's word elsewhere)
    assert dates.timed(t, "moments.time_as_written", h, day="à vous") == f"à vous à{NBSP}{h}"


def test_dates_read_as_deadlines_openings_or_days(notices):
    t = notices[0].texts
    at = dt.datetime(2023, 11, 22, 17, 0)
    day = dt.datetime(2023, 11, 22)
    h = f"17{NBSP}h{NBSP}00"
    assert dates.moment(at, True, "Europe/Paris", t) == f"au plus tard le mercredi 22\u00a0novembre\u00a02023 à\u00a0{h} (heure de Paris)"
    assert dates.moment(day, False, "Europe/Paris", t) == "au plus tard le mercredi 22\u00a0novembre\u00a02023 (heure non précisée par la notice)"
    assert dates.moment(dt.datetime(2023, 10, 16), False, "Europe/Paris", t, kind="opening") == (
        "à partir du lundi 16\u00a0octobre\u00a02023 (heure non précisée par la notice)"
    )
    assert dates.moment(at, True, "Indian/Reunion", t, kind="opening") == f"à partir du mercredi 22\u00a0novembre\u00a02023 à\u00a0{h} (heure de La Réunion)"
    assert dates.moment(day, False, "Europe/Paris", t, kind="information") == "mercredi 22\u00a0novembre\u00a02023"
    assert dates.moment(None, False, "Europe/Paris", t) == "date non précisée par la notice"
    with pytest.raises(ValueError):
        dates.moment(at, True, "Europe/Paris", t, kind="until")
    # No notice of the guide says « inclus » or « jusqu'à la fin de la journée » of a day without an hour: no words
    # say it of one; only a deadline the data puts at 24:00, the end of its day, is said « jusqu'au … inclus »
    # (phone58 L2: the notice's « minuit » read so, said to be the guide's reading by dates.guide_midnight), and the
    # phone bar's short form of it (bar_guide_midnight: « 24 nov. 2023 inclus, lecture du guide », fixleft58; the bar's
    # other 24:00, bar_end_of_day and its marked forms: review73 L1)
    end_of_day = {"deadline_end_of_day", "deadline_end_of_day_as_written", "bar_guide_midnight", "bar_end_of_day", "bar_guide_day_end_of_day",
                  "bar_guide_hour_end_of_day"}
    words = " ".join(v for k, v in t.groups["moments"].texts.items() if k not in end_of_day)
    assert "inclus" not in words and "fin de la journée" not in words and "jusqu" not in words
    assert all("inclus" in t.groups["moments"].texts[k] for k in end_of_day)


def test_the_same_date_words_on_the_page_in_the_checklist_on_the_command_line_and_in_the_calendar(notices, site):
    for notice in notices:
        page = plain(site[pages.notice_path(notice)])
        data = checklist.checklist_view(notice, _checklist_content()).data
        cal = icalendar.Calendar.from_ical(ics.calendar(notice))
        descriptions = {str(e["UID"]).split("@")[0].split(f"{notice.year}-", 1)[1]: str(e.get("DESCRIPTION", "")) for e in cal.walk("VEVENT")}
        for d in notice.deadlines:
            if d.end is None:
                continue
            words = deadline_moment(notice, d.id)
            assert flat(words) in page, (notice.slug, d.id, words)
            assert data["dates"][d.id] == typography(words)
            kind = dates.deadline_kind(d.kind, d.at_the_latest)
            # (a day or an hour the guide reads, marked the same: read53 L1)
            said = french_moment(d.end.isoformat(), d.has_time, notice.tz, notice.texts, kind=kind)
            assert dates.reading_marked(said, reading(d), notice.texts) == words
            assert descriptions[d.id].split("\n")[0] == typography(words)
            if d.kind == "deadline" or d.at_the_latest:
                # (a deadline at the end of its day, 24:00: « jusqu'au … inclus », phone58 L2)
                assert words.startswith(("jusqu\u2019au ",) if d.has_time and dates.end_of_day(d.end) else ("au plus tard le ", "date non précisée"))
            if (notice.slug, d.id) == ("toulouse", "processing"):  # « sera traitée […] au plus tard le mercredi 10\u00a0janvier\u00a02024 »
                # (with « heure non précisée » as every deadline's words: review69 L4)
                assert d.kind == "information" and words == "au plus tard le mercredi 10\u00a0janvier\u00a02024 (heure non précisée par la notice)"
        if notice.opening is not None:
            opening = dates.moment(notice.opening, notice.opening_has_time, notice.tz, notice.texts, kind="opening")
            assert opening.startswith("à partir du ") and flat(opening) in page
            assert data["dates"]["registration_opening"] == typography(opening)
            assert descriptions["opening"].split("\n")[0] == typography(opening)


def _checklist_content():
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import ChecklistFile

    return read_file(FROZEN / "content" / CONTENT_FILES["checklist"][0], FROZEN, ChecklistFile, Problems())


# ---------------------------------------------------------------- « Pour qui » as sentences


def test_every_condition_of_the_notices_reads_as_a_sentence(notices):
    seen = 0
    for notice in notices:
        conditions = [d.when for d in notice.documents] + [s.when for s in notice.section("steps") or ()]
        for cond in conditions:
            words = condition_words(notice, cond)
            seen += 1
            assert words == "Tous les candidats" or words.startswith(("Si vous ", "Si votre ", "Sauf si vous ", "Sauf si votre ")), words
            # no question asked back, no « Réponse : », no code-like brackets
            assert "?" not in words and "Réponse" not in words and "((" not in words and " ; et " not in words, words
            # a yes-or-no fact the guide derives is never an exemption (« sauf si …, ou si votre spécialité figure
            # sur la liste R408 de la notice » read as exempting that list): its other answer is a requirement
            exemption = words.partition("auf si ")[2]
            for question in notice.questions.values():
                if question.kind == "derived" and len(question.choices) == 2:
                    assert not any(phrase in exemption for phrase in question.phrases.values()), words
    assert seen > 40


@pytest.mark.parametrize(
    "slug, year, document, expected",
    [
        ("toulouse", 2024, "distance_apprentice_training", "Si vous suivez la formation à distance (CNED ou autre) et que vous êtes en apprentissage"),
        ("nantes", 2026, "r408", "Si votre spécialité figure sur la liste R408 de la notice, sauf si vous êtes reconnu travailleur handicapé (RQTH)"),
        # tests of one question in an « any » are one answer among several; every choice but one of a derived fact
        # is said as the exception of the last (not « moins de 25 ans jusqu'à la clôture … ou 25 ans pendant … »)
        ("aix-marseille", 2023, "jdc_certificate", "Si vous êtes de nationalité française, sauf si vous avez 25 ans ou plus dès l'ouverture des inscriptions"),
        # two facts of the birth date, said as what the session's dates allow (not « sauf si vous avez 25 ans ou plus
        # dès l'ouverture des inscriptions ou si vous avez de 18 à 24 ans … », a double exclusion read as its opposite);
        # the age with its date, the guide's (phone49 L4)
        ("clermont-ferrand", 2024, "jdc_certificate",
         "Si vous avez moins de 18 ans à la date de référence pour l'âge retenue par le guide (la notice n'en donne pas), le mercredi 15 novembre\u00a02023 "
         "ou si vous atteignez 25 ans pendant la période d'inscription, et que vous êtes de nationalité française"),
        ("clermont-ferrand", 2024, "ms_travaux_hauteur", "Si vous présentez le BTS Maintenance des systèmes (MS) et que vous présentez l'option C ou D"),
        # « not (notice's list: yes) » of a yes-or-no fact is one more requirement, not an exemption (« ou si … »)
        ("toulouse", 2024, "r408_attestation", "Si votre spécialité figure sur la liste R408 nationale en vigueur pour la session et que votre spécialité ne figure pas sur la liste R408 de la notice, sauf si vous êtes reconnu travailleur handicapé (RQTH) avec un certificat médical d'incompatibilité avec la formation R408"),
    ],
)
def test_pour_qui_in_plain_words(notices, slug, year, document, expected):
    notice = notice_of(notices, slug, year)
    words = condition_words(notice, next(d for d in notice.documents if d.id == document).when)
    assert typography(expected) in typography(words), words


def test_all_choices_but_one_are_said_as_an_exception_only_beside_what_makes_the_fact_asked(notices):
    """« sauf si vous avez 25 ans ou plus… » only beside « nationalité française » (the birth date is asked of French
    candidates only): without it, « sauf si » would take in the candidates the fact is not asked of."""
    notice = notice_of(notices, "aix-marseille", 2023)
    band = Condition("test", "national_age_band", ("under_25", "turns_25"))
    french = Condition("test", "nationality", ("french",))
    with_french = condition_words(notice, Condition("all", children=(french, band)))
    assert "sauf si vous avez 25 ans ou plus" in with_french and "moins de 25 ans" not in with_french, with_french
    alone = condition_words(notice, Condition("all", children=(Condition("test", "situation", ("repeater",)), band)))
    assert "sauf si" not in alone and "moins de 25 ans" in alone, alone


def test_two_facts_of_the_birth_date_are_said_as_what_the_sessions_dates_allow(notices):
    """Clermont-Ferrand 2024's national JDC row (« nationalité française », under 25 or turning 25 during registration,
    not 18 to 24 at the reference date: its own item covers those) said by its exceptions read as its opposite. With
    that session's dates (the reference date is the closing) it holds for those under 18 at the reference date and
    those turning 25 during registration: said so, each by one fact, in the words of content/questions.yaml."""
    notice = notice_of(notices, "clermont-ferrand", 2024)
    words = condition_words(notice, next(d for d in notice.documents if d.id == "jdc_certificate").when)
    t, q = notice.texts, notice.questions
    # the cases first, the requirement they share after a comma (« … et que … ou que … » read two ways)
    either = t.join("conditions.or", [q["age_band"].phrases["under_18"], q["national_age_band"].phrases["turns_25"]])
    condition = t.text("conditions.and_after_or", either=either, rest=q["nationality"].phrases["french"])
    assert words == t.text("conditions.if", condition=condition), words
    assert words.startswith("Si vous avez moins de 18 ans") and words.endswith(", et que vous êtes de nationalité française"), words
    assert "sauf si" not in words and "atteignez 25 ans" in words, words


# (the session's age reference date; what the national JDC row of Clermont-Ferrand 2024 then says of the birth date:
# None when the positive form would need two facts for one case, and the exceptions stay)
REFERENCES = [
    (None, [("age_band", ("under_18",)), ("national_age_band", ("turns_25",))]),  # the notice's: the closing
    ("2023-10-12", [("age_band", ("under_18",))]),  # the opening: turning 25 during registration is 24 then
    ("2023-01-01", [("age_band", ("under_18",))]),
    ("2023-11-01", None),  # within registration: turning 25 is 18 to 24 or 25, the latter only
    ("2024-06-01", None),  # after it: 25 at the reference date is under 25 or turning 25 during registration
]


@pytest.mark.parametrize("reference, said", REFERENCES, ids=[str(r[0]) for r in REFERENCES])
def test_the_facts_said_of_the_birth_date_hold_exactly_when_the_engine_says_so(project, notices, reference, said):
    """For every birth date of 30 years, the condition as the sentence says it (its facts of the birth date chosen
    by ``_by_birth_date``) holds exactly when the engine's evaluation of the row's condition does, for the
    notice's dates and others (the ruleset's dates: the checklist's)."""
    notice = notice_of(notices, "clermont-ferrand", 2024)
    if reference is not None:
        info = dataclasses.replace(notice.session.session, age_reference_date=dt.date.fromisoformat(reference))
        notice = dataclasses.replace(notice, session=dataclasses.replace(notice.session, session=info))
    ruleset = compile_ruleset(notice, project.content.checklist)
    when = next(d for d in notice.documents if d.id == "jdc_certificate").when
    simple = _simplified(when, notice.questions)
    as_said = _by_birth_date(notice, simple)
    if said is None:
        assert as_said == simple
    else:
        dated = as_said.children[-1]
        assert [(c.question, c.values) for c in (dated.children if dated.kind == "any" else (dated,))] == said
        assert as_said.children[:-1] == (Condition("test", "nationality", ("french",)),)
    day, end, checked = dt.date(1990, 1, 1), dt.date(2020, 12, 31), set()
    while day <= end:
        state = engine._State(ruleset, {"nationality": "french", "birth_date": day.isoformat()})
        holds = state.evaluate(when.to_json())[0]
        assert state.evaluate(as_said.to_json())[0] is holds, (day, holds)
        checked.add(holds)
        day += dt.timedelta(days=1)
    assert checked == {True, False}
    for answers in ({"nationality": "foreign"}, {"nationality": "french"}, {}):
        state = engine._State(ruleset, answers)
        assert state.evaluate(as_said.to_json())[0] is state.evaluate(when.to_json())[0], answers


def test_a_test_and_the_negation_of_a_test_of_the_same_question_are_said_as_the_values_left(project, notices):
    """A national attestation asked for options C and D, that a notice item asks for option C only: « Si vous
    présentez le BTS Maintenance des systèmes (MS) et que vous présentez l'option D », not « l'option C ou D, sauf si
    vous présentez l'option C » (a staff walk); the engine says the same of every answer (a session whose checklist asks
    the option: one of its rules reads it)."""
    notice = next(n for n in notices if any(q["id"] == "option" for q in compile_ruleset(n, project.content.checklist)["questions"]))
    ms = Condition("test", "specialty", ("maintenance_systemes",))
    when = Condition("all", children=(ms, Condition("test", "option", ("C", "D")), Condition("not", children=(Condition("all", children=(ms, Condition("test", "option", ("C",)))),))))
    simple = _simplified(when, notice.questions)
    assert simple == Condition("all", children=(ms, Condition("test", "option", ("D",))))
    assert "sauf" not in condition_words(notice, when)
    # (words only: the same for the answers a candidate gives, the option after the specialty)
    ruleset = compile_ruleset(notice, project.content.checklist)
    for answers in ({}, {"specialty": "maintenance_systemes"}, *({"specialty": "maintenance_systemes", "option": o} for o in "ABCD"), {"specialty": "batiment"}):
        state = engine._State(ruleset, engine.normalise(ruleset, answers))
        assert state.evaluate(simple.to_json())[0] is state.evaluate(when.to_json())[0], answers
    # nothing left (option C, unless option C): said as it is
    never = Condition("all", children=(Condition("test", "option", ("C",)), Condition("not", children=(Condition("test", "option", ("C",)),))))
    assert _simplified(never, notice.questions) == never
    # two positive tests of one question (option C or D, and B or C): left as they are, never merged into one
    two = Condition("all", children=(Condition("test", "option", ("C", "D")), Condition("test", "option", ("B", "C"))))
    assert _simplified(two, notice.questions) == two
    both = Condition("all", children=(*two.children, Condition("not", children=(Condition("test", "option", ("C",)),))))
    assert _simplified(both, notice.questions) == both


def test_choices_said_together_read_with_their_own_words(notices):
    """A piece asked for a dispensation « au titre d'un diplôme » or « des deux » read « au titre d'un diplôme déjà
    obtenu ou d'un diplôme et d'une décision de VAE » (two reviews): ``phrases_together`` gives such a set its own
    words, used only for exactly that set; a notice that words one of its choices otherwise drops them."""
    from generator.model.content import PhrasesTogether

    notice = notices[0]
    question = notice.questions["dispensation"]
    before = condition_words(notice, Condition("test", "dispensation", ("diploma", "both")))
    assert "ou d’un diplôme et d’une" in typography(before)
    together = PhrasesTogether(choices=("diploma", "both"), words="vous demandez une dispense au titre d'un diplôme (avec ou sans VAE)")
    changed = dataclasses.replace(notice, questions={**notice.questions, "dispensation": dataclasses.replace(question, phrases_together=(together,))})
    assert condition_words(changed, Condition("test", "dispensation", ("both", "diploma"))) == "Si vous demandez une dispense au titre d'un diplôme (avec ou sans VAE)"
    assert condition_words(changed, Condition("test", "dispensation", ("diploma", "vae", "both"))) == condition_words(
        notice, Condition("test", "dispensation", ("diploma", "vae", "both"))
    )


def test_choices_said_together_lose_their_words_where_a_notice_words_one_choice_otherwise(project):
    from generator.merge import _questions_in_words
    from generator.model.content import PhrasesTogether
    from generator.model.session import QuestionWords

    question = project.content.questions.questions["dispensation"]
    together = (PhrasesTogether(choices=("diploma", "both"), words="w1"), PhrasesTogether(choices=("vae", "both"), words="w2"))
    questions = {"dispensation": dataclasses.replace(question, phrases_together=together)}
    session = next(iter(project.academies["toulouse"].sessions.values()))
    worded = dataclasses.replace(session, question_words={"dispensation": QuestionWords(section="s", phrases={"vae": "vous avez une VAE"})})
    assert [p.words for p in _questions_in_words(questions, worded, project.content.interface)["dispensation"].phrases_together] == ["w1"]


def test_choices_said_together_are_checked(notices):
    from generator.model.content import PhrasesTogether

    question = notices[0].questions["dispensation"]
    problems = Problems()
    check_phrases("dispensation", dataclasses.replace(question, phrases_together=(PhrasesTogether(choices=("diplome", "both"), words="w"),)), problems)
    check_phrases("dispensation", dataclasses.replace(question, phrases_together=(PhrasesTogether(choices=("both", "both"), words="w"),)), problems)
    messages = [p.message for p in problems.items]
    assert any("choix inconnu « diplome »" in m and "diploma" in m for m in messages), messages
    assert any("au moins deux choix différents" in m for m in messages), messages


def test_a_question_without_phrases_reads_with_its_label(notices):
    notice = notices[0]
    bare = dataclasses.replace(notice.questions["situation"], phrases={})
    changed = dataclasses.replace(notice, questions={**notice.questions, "situation": bare})
    words = condition_words(changed, Condition("test", "situation", ("repeater", "distance")))
    assert typography(words) == typography(
        f"Si votre réponse à « {bare.label} » est « {bare.choices['repeater']} » ou « {bare.choices['distance']} »"
    )


def test_phrases_are_checked(notices):
    question = notices[0].questions["route"]
    problems = Problems()
    check_phrases("route", dataclasses.replace(question, phrases={**question.phrases, "scolare": "vous êtes scolaire"}), problems)
    check_phrases("route", dataclasses.replace(question, phrases={"scolaire": "vous êtes en voie scolaire"}), problems)
    check_phrases("specialty", dataclasses.replace(notices[0].questions["specialty"], phrase="vous présentez le BTS"), problems)
    check_phrases("route", dataclasses.replace(question, phrase="vous êtes {choice}"), problems)
    messages = [p.message for p in problems.items]
    assert any("choix inconnu « scolare »" in m and "scolaire" in m for m in messages), messages
    assert any("pas de phrase pour « apprenti », « formation_continue »" in m for m in messages), messages
    assert any("écrire {choice} une fois" in m for m in messages), messages
    assert any("une phrase par choix sous phrases:" in m for m in messages), messages
    clean = Problems()
    for qid, q in notices[0].questions.items():
        check_phrases(qid, q, clean)
    assert not clean.items


# ---------------------------------------------------------------- tables: said once, labelled, only useful columns


class Tables(HTMLParser):
    """Every table: its column names and, for each row, each cell's data-label and text."""

    def __init__(self):
        super().__init__()
        self.tables: list[dict] = []
        self._cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append({"columns": [], "rows": [], "role": a.get("role")})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._cell = [tag, a, ""]

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell:
            kind, a, text = self._cell
            table = self.tables[-1]
            if kind == "th":
                table["columns"].append((text.strip(), a.get("role")))
            else:
                table["rows"][-1].append((a.get("data-label"), a.get("role"), text.strip()))
            self._cell = None

    def handle_data(self, data):
        if self._cell:
            self._cell[2] += data


def tables_of(markdown_text: str) -> list[dict]:
    parsed = Tables()
    parsed.feed(Markdown(extensions=["tables", "admonition", "attr_list", "md_in_html", "toc"]).convert(get_data(markdown_text)[0]))
    return parsed.tables


def test_every_table_cell_is_labelled_with_its_column(site):
    checked = 0
    for path, text in site.items():
        if not path.endswith(".md") or "liste-personnalisee" in path:
            continue
        if path.startswith("personnel/") and path != "personnel/champs-session.md":
            # The staff guide's short tables of fixed words (files, commands, parts of an error) stay
            # Markdown tables; its field reference, generated from the model, is checked with the notices.
            continue
        for table in tables_of(text):
            assert table["role"] == "table", path
            names = [name for name, _ in table["columns"]]
            assert all(role == "columnheader" for _, role in table["columns"]), path
            for row in table["rows"][1:]:
                assert [label for label, _, _ in row] == names, (path, names, row)
                assert all(role == "cell" for _, role, _ in row)
                checked += 1
    assert checked > 200


def test_a_deadline_common_to_a_table_is_said_once_above_it(notices, site):
    t = notices[0].texts
    common = late = 0
    for notice in notices:
        view = notice_view(notice, TODAY)
        text = site[pages.notice_path(notice)]
        for group in view.documents:
            if group.deadline is not None:
                common += 1
                assert all(r.deadline is None for r in group.rows)
                # (« sauf indication contraire… » when a row has another: read56 L3)
                key = ("documents.group_deadline_dated" if group.deadline_dated else "documents.group_deadline") + ("_others" if group.deadline_others else "")
                # (then its « — date passée », written or hidden till its instant: fixpastview62)
                sentence = typography(t.text(key, date=group.deadline + (group.deadline_later.words if group.deadline_later else "")))
                assert flat(sentence) in plain(text)
            if len(group.rows) > 1 and len({r.deadline for r in group.rows}) == 1:
                assert group.deadline is not None, "the same deadline repeated in every row"
            if len(group.rows) > 1 and len({r.deadline_alone if r.late else (r.deadline or group.deadline) for r in group.rows}) == 1:
                # the same deadline but for the notice's words on a later deposit: said once, those words in « Précisions »
                assert group.deadline is not None and group.deadline == (group.rows[0].deadline_alone or group.deadline), group.name
                for row in group.rows:
                    if row.late:
                        late += 1
                        # (the notice's words, then the guide's on a line of their own: HTML, document_view.after_words)
                        assert str(markdown_value(row.late)) in str(row.notes) and group.details, (notice.slug, row.id)
        for table in tables_of(text):
            names = [n for n, _ in table["columns"]]
            if t.text("documents.col_details") in names:
                column = names.index(t.text("documents.col_details"))
                assert any(row[column][2] not in ("", "—") for row in table["rows"][1:]), "a « Précisions » column with nothing in it"
    assert common >= 5 and late  # (Aix-Marseille 2023's R408 attestation, in its three tables)


def test_a_condition_every_row_of_a_table_shares_is_said_once_above_it(notices, site):
    """« Pour qui : si vous suivez la formation à distance (CNED ou autre) et que vous êtes en apprentissage. »
    above a table, not « Si vous suivez la formation à distance… » in every row; each row says the rest of its
    condition (« Sans autre condition »), the column gone when no row has more. A row the notice lists under several
    rubriques (Aix-Marseille 2023's R408 line) says its whole condition when the table's is not part of it: added to
    the line above, it reads as the notice's rubrique says. The rows keep their whole condition, the one the
    checklist evaluates (test_page_agreement: row.who)."""
    t = notices[0].texts
    no_more = t.text("documents.who_no_more")
    seen = {"shared": 0}
    for notice in notices:
        view = notice_view(notice, TODAY)
        text = plain(site[pages.notice_path(notice)])
        for group in view.documents:
            if group.who_shared is None:
                whens = [r.when for r in group.rows if r.when is not None and r.when.children]
                if len(group.rows) > 1 and len(whens) == len(group.rows):
                    assert not set.intersection(*(set(w.conjuncts()) for w in whens)), (notice.slug, group.name, "a shared condition in every row")
                continue
            seen["shared"] += 1
            assert flat(typography(group.who_shared)) in text, group.who_shared
            assert group.who_shared.startswith(t.text("documents.group_who", who="\0").split("\0")[0]), group.who_shared
            for row in group.rows:
                assert row.who == condition_words(notice, row.when), (notice.slug, row.id)  # (the checklist's condition)
                if row.shown_who == row.who:  # its whole condition: a row of several rubriques, or nothing shared left
                    continue
                # the rest: words of a part of its condition, never the shared words again, said as added to them
                # (« Et si… »: under « si votre spécialité figure sur la liste R408 nationale », Toulouse's « si votre
                # spécialité ne figure pas sur la liste R408 de la notice » alone read as a contradiction)
                assert row.shown_who == no_more or row.shown_who not in group.who_shared, (notice.slug, row.id)
                assert row.shown_who == no_more or row.shown_who.startswith(t.text("documents.who_and", who="\0").split("\0")[0]), (notice.slug, row.id)
                seen["rest"] = seen.get("rest", 0) + (row.shown_who != no_more)
            assert group.who == any(r.shown_who != no_more for r in group.rows)
    assert seen["shared"] >= 3 and seen.get("rest")  # Toulouse 2024's three groups of distance learners, at least
    # the frozen notices, by hand
    toulouse, aix = notice_of(notices, "toulouse", 2024), notice_of(notices, "aix-marseille", 2023)
    apprentices = next(g for g in notice_view(toulouse, TODAY).documents if g.name.startswith("Candidats apprentis"))
    assert apprentices.who_shared == typography("Pour qui : si vous suivez la formation à distance (CNED ou autre) et que vous êtes en apprentissage.")
    assert not apprentices.who
    distance = next(g for g in notice_view(aix, TODAY).documents if "formation à distance" in g.name)
    assert distance.who_shared == typography("Pour qui : si vous suivez la formation à distance (CNED ou autre).")
    r408 = [r for r in distance.rows if r.shown_who == r.who]
    assert len(r408) == 1 and "R408" in r408[0].who and "distance" not in r408[0].who, r408
    national = next(g for g in notice_view(toulouse, TODAY).documents if "R408" in (g.who_shared or ""))
    row = next(r for r in national.rows if r.id.startswith("r408"))
    assert row.shown_who.startswith(typography("Et si votre spécialité ne figure pas sur la liste R408 de la notice")), row.shown_who
    assert [r.shown_who for r in distance.rows].count(no_more) == 2


# ---------------------------------------------------------------- the right notice for everyone


def test_the_home_page_names_every_departments_academy(project, site):
    home = site["index.md"]
    table = project.content.departments.table()
    rows = {row[0][2]: row for row in tables_of(home)[0]["rows"][1:]}
    assert set(rows) == set(table["departments"])
    # in the order of their codes, 2A and 2B between 19 and 21, 975 between 974 and 976
    codes = list(rows)
    assert codes == sorted(codes, key=lambda c: (20.1 if c == "2A" else 20.2 if c == "2B" else int(c)))
    words = {code: " ".join(cell[2] for cell in row) for code, row in rows.items()}
    # (its site named by its address without « https:// », the table's whole address the link's: a11y58 L5)
    assert "Académie de Paris" in words["75"] and "www.ac-paris.fr" in words["75"] and "https://" not in words["75"]
    assert ('[<span class="bts-address-name">www.ac-paris.fr</span>](<https://www.ac-paris.fr>){: .bts-bare-url }'
            in home)  # (its site's name on one line, fixaddr59)
    assert "Académie de La Réunion" in words["974"] and "www.ac-reunion.fr" in words["974"]
    assert "Académie de Corse" in words["2A"] and "Académie de Corse" in words["2B"]
    assert "Vice-rectorat" in words["987"]
    assert "Académie de Toulouse" in words["31"] and "notice" in words["31"]
    # the academies of the guide link to their notice here, the others to their official site
    assert "](toulouse/2024/index.md)" in home and "](nantes/2024/index.md)" in home
    # sorted lists: the academies of the guide in French order
    names = re.findall(r"^### Académie (?:de |d')(.+)$", home.replace("\u2019", "'"), re.M)
    assert names == sorted(names, key=sort_key) and len(names) == 4


def test_nantes_routes_each_candidate_to_the_notice_for_them(project, notices, site):
    routes = directory(notices, project.content.departments.table(), TODAY)
    nantes = routes.academies["nantes"]
    assert nantes.latest("individual").year == 2024 and nantes.latest("establishment").year == 2026
    home = site["index.md"]
    row = next(line for line in home.splitlines() if 'data-label="Où lire la notice"' in line and "nantes/2024" in line)
    # the situations the 2024 notice names, and that it does not name salaried workers (phone58 L4)
    assert typography("Vous vous inscrivez vous-même (CNED, redoublant ; la notice ne parle pas des salariés) : [notice des candidats individuels, session 2024](nantes/2024/index.md)") in row
    # past (at the build's date, and by the browser's: one element, past.js), the guide has no newer notice for them
    # (phone58 L3)
    assert typography("— session passée : ce guide n'a pas de notice plus récente pour les candidats qui s'inscrivent eux-mêmes ; voyez le site de l'académie, [<span class=\"bts-address-name\">www.ac-nantes.fr</span>](<https://www.ac-nantes.fr>){: .bts-bare-url }") in row
    assert typography("Votre établissement vous inscrit : [notice des établissements, session 2026](nantes/2026/index.md)") in row
    # the establishments' notice says at its top where individual candidates go; the guide's individual
    # notice is of another session (other dates): not this one's, so the academy's site
    top_2026 = site["nantes/2026/index.md"].split("\n## ")[0]
    # (and names nobody: the guide has no notice that says whom, for this session)
    assert typography("Vous vous inscrivez vous-même ?") in top_2026 and "salarié" not in top_2026
    assert "](../2024/index.md)" not in top_2026
    assert typography("Ce guide n'a pas la notice des candidats individuels de l'académie pour cette session") in top_2026
    assert "(<https://www.ac-nantes.fr>)" in top_2026
    top_2024 = site["nantes/2024/index.md"].split("\n## ")[0]
    assert typography("Votre établissement vous inscrit ?") not in top_2024
    # an academy with a notice for individual candidates only: no pointer to an establishments' notice
    assert "Votre établissement vous inscrit ?" not in site["toulouse/2024/index.md"].split("\n## ")[0]


def test_the_routing_box_names_whom_the_other_notice_has_register_themselves(project, notices):
    """A notice for establishments whose session has a notice for individual candidates in the guide: the box's
    title names the situations that notice has register themselves, as the home page does (Nantes 2024's, moved to
    the 2026 session: CNED and repeaters, not salaried workers)."""
    import dataclasses

    from generator.site.notice_view import routing_view

    individual = dataclasses.replace(notice_of(notices, "nantes", 2024), year=2026)
    establishments = notice_of(notices, "nantes", 2026)
    routes = directory([establishments, individual], project.content.departments.table(), TODAY)
    routing = routing_view(establishments, routes)
    assert routing.notice is not None and routing.who == "CNED, redoublant"
    assert establishments.texts.text(routing.title_key, who=routing.who) == typography("Vous vous inscrivez vous-même (CNED, redoublant) ?")
    # as the notice page and the checklist page say it
    from generator.site.pages import notice_page

    title = typography('!!! info bts-routing "Vous vous inscrivez vous-même (CNED, redoublant) ?"')
    assert title in notice_page(establishments, TODAY, routes=routes)
    view = checklist.checklist_view(establishments, _checklist_content(), routing=routing)
    assert typography("Vous vous inscrivez vous-même (CNED, redoublant) ?") in checklist.render_checklist(view, establishments.texts)


def test_the_checklist_names_the_academy_of_a_department_outside(project, notices):
    routes = directory(notices, project.content.departments.table(), TODAY)
    toulouse = notice_of(notices, "toulouse", 2024)
    hints = department_hints(toulouse, routes, "../../../")
    assert "31" not in hints and "09" not in hints
    assert hints["75"]["url"] == "https://www.ac-paris.fr" and "académie de Paris" in hints["75"]["text"]
    assert hints["44"]["url"] == "../../../nantes/2024/" and "académie de Nantes" in hints["44"]["text"]
    # whom that notice has register themselves, as the home page says (a salaried candidate sees it names not them)
    assert hints["44"]["label"] == toulouse.texts.text("department_hint.link_who", year=2024, who="CNED, redoublant")
    assert hints["974"]["url"] == "https://www.ac-reunion.fr"
    assert "{link}" in hints["75"]["text"]
    # a department of another academy goes to that academy's notice of the page's session only (a review: Nantes 2026
    # sent Haute-Garonne to Toulouse 2024, « sa notice est dans ce guide »): of another session, the academy's site,
    # with the session of the notice the guide has, said to be another (not linked); of the same session, its notice
    # (Nantes 2024 → Toulouse 2024, whatever the session the guide's newest Nantes notice is of)
    haute_garonne = ("Haute-Garonne", "31", "académie de Toulouse", "https://www.ac-toulouse.fr", "../../../toulouse/2024/")
    bouches = ("Bouches-du-Rhône", "13", "académie d'Aix-Marseille", "https://www.ac-aix-marseille.fr", "../../../aix-marseille/2023/")
    for (slug, year), (name, code, title, site, here), other in ((("nantes", 2026), haute_garonne, 2024),
                                                                 (("nantes", 2024), haute_garonne, None),
                                                                 (("toulouse", 2024), bouches, 2023)):
        notice = notice_of(notices, slug, year)
        t = notice.texts
        assert notice.session.session.residence or notice.audience == "establishment", (slug, year)  # « said »: no _unsaid
        hint = department_hints(notice, routes, "../../../")[code]
        department = t.text("department_hint.department", name=name, code=code)
        of_academy = t.text("department_hint.of_academy", title=title)
        if other is None:
            assert hint["url"] == here and hint["label"].startswith(t.text("department_hint.link", year=year)), (slug, hint)
            assert hint["text"] == t.text("department_hint.here", department=department, of_academy=of_academy, link="{link}"), hint
            assert typography("sa notice est dans ce guide") in hint["text"]
        else:
            # (named by its address without « https:// », its link the whole address: a11y58 L5)
            assert hint["url"] == site and hint["label"] == site.removeprefix("https://"), (slug, hint)
            assert hint["text"] == t.text("department_hint.other_session", department=department, of_academy=of_academy, year=year,
                                          other=other, site=t.text("department_hint.site_academy"), link="{link}"), hint
            assert typography("sa notice est dans ce guide") not in hint["text"]
            assert f"session {year}" in hint["text"] and f"session {other}" in hint["text"], hint
            assert typography(checklist.checklist_view(notice, _checklist_content(), department_hints(notice, routes, "../../../")).data["elsewhere"][code]["text"]) \
                == typography(hint["text"])
    view = checklist.checklist_view(toulouse, _checklist_content(), hints)
    assert view.data["elsewhere"]["75"]["text"] == typography(hints["75"]["text"])


def test_the_department_s_help_and_hint_say_residence_decides_only_where_the_notice_says_it(project, notices):
    """Toulouse 2024 says « qui doit être l'académie où vous résidez » (residence:); Aix-Marseille 2023 says nothing
    of residence, and no national text does. Toulouse's help quotes its words; Aix's says the notice does not say
    it, and its hint adds whom to ask. Both hints name the department's academy (« du vice-rectorat » for 988)."""
    routes = directory(notices, project.content.departments.table(), TODAY)
    toulouse, aix = notice_of(notices, "toulouse", 2024), notice_of(notices, "aix-marseille", 2023)
    assert toulouse.session.session.residence and aix.session.session.residence is None
    for notice, said in ((toulouse, True), (aix, False)):
        t = notice.texts
        suffix = "" if said else "_unsaid"
        hints = department_hints(notice, routes, "../../../")
        paris, nantes = hints["75"]["text"], hints["44"]["text"]
        assert paris == t.text("department_hint.official" + suffix, department=t.text("department_hint.department", name="Paris", code="75"),
                               of_academy=t.text("department_hint.of_academy", title="académie de Paris"), site=t.text("department_hint.site_academy"),
                               link="{link}"), paris
        # Toulouse 2024 → Nantes 2024, its notice of the same session; Aix-Marseille 2023 → none of session 2023: Nantes's
        # site, and that the guide's Nantes notice for individual candidates is of another session (2024)
        loire = dict(department=t.text("department_hint.department", name="Loire-Atlantique", code="44"),
                     of_academy=t.text("department_hint.of_academy", title="académie de Nantes"), link="{link}")
        if notice.year == 2024:
            assert nantes == t.text("department_hint.here" + suffix, **loire), nantes
        else:
            assert nantes == t.text("department_hint.other_session" + suffix, **loire, year=2023, other=2024,
                                    site=t.text("department_hint.site_academy")), nantes
            assert hints["44"]["url"] == "https://www.ac-nantes.fr", hints["44"]
        assert hints["988"]["text"].startswith("Nouvelle-Calédonie (988) relève du vice-rectorat de la Nouvelle-Calédonie, "), hints["988"]
        assert "site du vice-rectorat\u00a0: {link}" in hints["988"]["text"], hints["988"]
        view = checklist.checklist_view(notice, _checklist_content(), hints)
        field = next(f for f in view.fields if f.kind == "department")
        expected = t.text("department_hint.help_said", words=" ".join(notice.session.session.residence.split())) if said else t.text("department_hint.help_unsaid")
        assert field.help == expected, field.help
        assert ("qui doit être l'académie où vous résidez" in field.help) == said
        assert "q-department-help" in field.described_by
        page = checklist.render_checklist(view, t)
        assert f'<p class="bts-checklist-help" id="q-department-help">{typography(field.help).replace(chr(39), "’")}</p>' in page
    # a notice for establishments (Nantes 2026), whose candidates their establishment registers wherever they live:
    # the department's academy, no advice on where to register
    establishments = notice_of(notices, "nantes", 2026)
    assert establishments.audience == "establishment" and establishments.session.session.residence is None
    rennes = department_hints(establishments, routes, "../../../")["35"]["text"]
    assert rennes.startswith("Ille-et-Vilaine (35) relève de l’académie de Rennes") and "En cas de doute" not in rennes, rennes
    # a notice that prints its words in brackets (Nantes 2024): quoted without them
    nantes = notice_of(notices, "nantes", 2024)
    assert nantes.session.session.residence.startswith("(")
    assert department_help(nantes) == nantes.texts.text("department_hint.help_said", words=nantes.session.session.residence.strip()[1:-1])


def test_the_national_r408_list_is_in_french_order_on_every_notice(notices):
    """Whatever order its text gives (the 2016 arrêté, as Aix-Marseille 2023 cites it, starts with « Bâtiment »)."""
    checked = 0
    for notice in notices:
        view = notice_view(notice, TODAY)
        names = [row.specialty for row in view.r408.national_rows] if view.r408 else []
        assert names == sorted(names, key=sort_key), (notice.slug, notice.year, names)
        checked += len(names) > 1
    assert checked


def test_specialties_of_the_checklist_are_in_french_order(notices):
    view = checklist.checklist_view(notices[0], _checklist_content())
    names = [c.label for f in view.fields if f.kind == "specialty" for c in f.choices]
    assert len(names) > 20 and names == sorted(names, key=sort_key)
    assert names != sorted(names), "code point order would differ (accented capitals)"


# ---------------------------------------------------------------- past sessions, titles, links, footer


def test_a_past_session_points_to_where_its_readers_go_now(site, notices):
    """Nantes 2024 (individual candidates) is past; the guide's 2026 notice is for establishments: the box sends
    its readers to the academy's site, says the guide has no newer notice for them (never « no newer session »:
    it has one), and names the 2026 notice as the establishments' (a newer session for the same readers:
    test_first_answer)."""
    notice = notice_of(notices, "nantes", 2024)
    t = notice.texts
    page = site["nantes/2024/index.md"]
    box = page[page.index('class="admonition warning bts-past"'):]
    box = box[: box.index("</div>")]
    assert 'data-bts-past-after="2024-08-31"' in box and 'data-bts-timezone="Europe/Paris"' in box  # the session's end (words.session_end)
    assert "(<https://www.ac-nantes.fr>)" in box
    assert typography(t.text("common.past_no_newer_for_readers", link="")).split("\u00a0:")[0] in box
    assert typography(t.text("common.past_no_newer", link="")).split("\u00a0:")[0] not in box
    assert f"[{typography(t.text('header.routing_link_establishment', year=2026))}](../2026/index.md)" in box
    newest = site["nantes/2026/index.md"]
    box = newest[newest.index('class="admonition warning bts-past"'):]
    assert " hidden " in box.split(">")[0], "not past on the build's day: shown by past.js later"
    assert "https://www.ac-nantes.fr" in box[: box.index("</div>")]


def test_every_page_of_a_session_has_its_past_box_form_pages_included(site, notices):
    """The notice, its establishment page and its forms' pages (the checklist's: test_first_answer): each has the « session passée » box
    with the session's last day (shown at build time when past, else by past.js), the same box everywhere."""
    from generator.site.paths import form_path
    from generator.site.form_view import forms_with_pages

    forms = 0
    for notice in notices:
        paths = [pages.notice_path(notice), *(form_path(notice, f.id) for f in forms_with_pages(notice))]
        if pages.has_establishment_page(notice):
            paths.append(pages.establishment_path(notice))
        marks = set()
        for path in paths:
            page = site[path]
            assert page.count('class="admonition warning bts-past"') == 1, path
            box = page[page.index('class="admonition warning bts-past"'):].split(">")[0]
            marks.add(box.replace(" hidden", ""))
        assert len(marks) == 1, marks
        forms += len(paths) - 1
    assert forms >= 3


def test_between_the_closing_and_the_end_of_the_session_the_build_says_registration_is_closed(project, notices):
    """Built between Toulouse 2024's closing (15 November 2023, 17 h 00) and the end of its session (31 August 2024,
    words.session_end: its last date, 15 January 2024, is not the end of the session: staffwalk52 M2), its page shows
    « Inscriptions closes » at once, with the closing in words, and its next date while one remains; built before, the
    box waits hidden for past.js; built after, there is none (« Session passée » says it). A notice whose closing is its
    last date has the box too, naming no date; a closing without an hour reads « depuis la fin du … » (registration was
    open that whole day); a notice without a closing, « Toutes les dates … sont passées » after its last date."""
    from generator.site.notice_view import past_view

    t = notices[0].texts
    toulouse = notice_of(notices, "toulouse", 2024)

    def past_on(notice, today):
        return past_view(notice, today, directory(notices, project.content.departments.table(), today), pages.notice_path(notice))

    for today, box, now in ((dt.date(2023, 11, 15), True, False), (dt.date(2023, 11, 16), True, True),
                            (dt.date(2024, 1, 15), True, True), (dt.date(2024, 1, 16), True, True),
                            (dt.date(2024, 8, 31), True, True), (dt.date(2024, 9, 1), False, False)):
        past = past_on(toulouse, today)
        assert (past.closed is not None, past.closed is not None and past.closed.now) == (box, now), today
        rendered = pages.notice_page(toulouse, today)
        found = re.search(r'<div class="admonition info bts-closed"[^>]*>', rendered)
        assert bool(found) == box, today
        if box:
            assert past.closed.after == "2023-11-15" and ("hidden" in found.group(0)) == (not now), found.group(0)
            assert 'data-bts-open-until="2024-08-31"' in found.group(0)
            assert ('class="admonition warning bts-past"' in rendered) and "Session passée" in rendered  # (hidden: past.js)
            assert typography(t.text("common.closed_text", date="mercredi 15\u00a0novembre\u00a02023 à\u00a017 h 00 (heure de Paris)")) in rendered
        # the checklist page says it as the notice page does (phone47 H1: its list of pieces due later read as open)
        listed = checklist.checklist_page(toulouse, project.content.checklist, today=today)
        on_checklist = re.search(r'<div class="admonition info bts-closed"[^>]*>', listed)
        assert (on_checklist.group(0) if on_checklist else None) == (found.group(0).replace(' markdown="block"', "") if found else None), today
        if box:
            assert typography(t.text("common.closed_text", date="mercredi 15\u00a0novembre\u00a02023 à\u00a017 h 00 (heure de Paris)")) in listed
        # the session's next date named, in the words of « Dates à retenir » (phone50 L2: « D'autres dates de cette
        # session restent à venir », not which): each date after the closing, shown the build's day when it is the next
        # (past.js then from the moment the page is read), on both pages
        if box:
            for text in (rendered, listed):
                lines = re.findall(r'<li data-bts-until="([^"]+)"( hidden)?>([^<]*)</li>', text)
                assert [until for until, _, _ in lines] == ["2023-11-22T23:59", "2024-01-10T23:59", "2024-01-15T23:59"], lines
                shown = [until for until, hidden, _ in lines if not hidden]
                assert shown == ({dt.date(2023, 11, 16): ["2023-11-22T23:59"], dt.date(2024, 1, 15): ["2024-01-15T23:59"]}.get(today, [])), (today, lines)
                documents = toulouse.deadline("documents")
                # (« , délai de rigueur » after it, as every line that gives that date: review69 L3)
                assert lines[0][2] == typography(t.text("common.label_value", label=documents.label, value=strict_moment(toulouse, "documents"))), lines[0]
                assert typography(t.text("common.closed_next")) in text
    # the closing is the last date: the box says registration is closed, naming no date
    alone = dataclasses.replace(toulouse, deadlines=tuple(d for d in toulouse.deadlines if d.end is None or d.end <= toulouse.closing))
    assert last_date(alone) == alone.closing and past_on(alone, dt.date(2023, 11, 1)).closed.next == ()
    assert past_on(alone, dt.date(2024, 3, 1)).closed.now and not past_on(alone, dt.date(2024, 3, 1)).now
    # a notice that gives no closing (Nantes 2026, establishments): from the day after its last date, its dates all over
    establishments = notice_of(notices, "nantes", 2026)
    assert establishments.closing is None
    last = last_date(establishments).date()
    assert past_on(establishments, last).closed.now is False
    shut = past_on(establishments, last + dt.timedelta(days=1))
    assert shut.closed.now and shut.closed.closing is None and shut.closed.after == last.isoformat() and not shut.now
    rendered = pages.notice_page(establishments, last + dt.timedelta(days=1))
    assert typography(t.text("common.closed_text_dates")) in rendered and 'data-bts-open-until="2026-08-31"' in rendered
    # a closing without an hour (Nantes 2024: « du lundi 16 octobre au mercredi 15 novembre 2023 »)
    nantes = notice_of(notices, "nantes", 2024)
    assert not nantes.closing_has_time and last_date(nantes).date() > nantes.closing.date()
    assert typography(t.text("common.closed_text_day", date="mercredi 15\u00a0novembre\u00a02023")) in pages.notice_page(nantes, dt.date(2023, 11, 20))


def test_a_past_session_points_to_a_newer_one_for_the_same_readers(project, notices):
    """With a newer notice for individual candidates (Nantes 2024 copied as 2025), the past 2024 notice points
    to it, and still not to the 2026 establishments' notice."""
    old = notice_of(notices, "nantes", 2024)
    info = dataclasses.replace(old.session.session, year=2025)
    newer = dataclasses.replace(old, year=2025, session=dataclasses.replace(old.session, session=info))
    assert newer.year == 2025 and newer.audience == "individual"
    every = [*notices, newer]
    routes = directory(every, project.content.departments.table(), TODAY)
    page = pages.notice_page(old, TODAY, routes=routes)
    box = page[page.index('class="admonition warning bts-past"'):]
    box = box[: box.index("</div>")]
    assert "](../2025/index.md)" in box and "../2026/" not in box


def test_titles_name_the_academy_and_the_session(notices, site):
    titles = set()
    for notice in notices:
        meta = get_data(site[pages.notice_path(notice)])[1]
        assert meta["bts_title"] == typography(page_title(notice))
        assert notice.academy.name in meta["bts_title"] and str(notice.year) in meta["bts_title"]
        titles.add(meta["bts_title"])
        if pages.has_establishment_page(notice):
            assert notice.academy.name in get_data(site[pages.establishment_path(notice)])[1]["bts_title"]
        assert notice.academy.name in get_data(site[pages.checklist_path(notice)])[1]["bts_title"]
        for path, markdown in pages.form_pages(notice).items():  # a form's tab: the form, the academy, the session
            title = get_data(markdown)[1]["bts_title"]
            assert notice.academy.name in title and str(notice.year) in title, path
    assert len(titles) == len(notices)


def test_every_notice_links_to_cyclades_and_to_its_official_notice(project, notices, site):
    cyclades = str(project.content.site.cyclades.url)
    assert cyclades == "https://cyclades.education.gouv.fr/cyccandidat/portal/login"
    for notice in notices:
        top = site[pages.notice_path(notice)].split("\n## ")[0]
        assert f"(<{cyclades}>)" in top
        # no notice_url in the data yet: said, and where to look, never that it is published there (no notice says so)
        unknown = notice.texts.text("header.official_notice_unknown", link="{link}").split("{link}")[0]
        assert typography(unknown) in top and "publiée" not in unknown
    notice = notices[0]
    info = dataclasses.replace(notice.session.session, notice_url="https://www.ac-aix-marseille.fr/notice-bts.pdf")
    given = dataclasses.replace(notice, session=dataclasses.replace(notice.session, session=info))
    page = pages.notice_page(given, TODAY, site=project.content.site)
    assert "(<https://www.ac-aix-marseille.fr/notice-bts.pdf>)" in page.split("\n## ")[0]


def test_the_footer_says_who_publishes_and_what_prevails(project):
    texts = project.content.interface
    lines = pages.footer(texts, project.content.site).lines
    assert lines[-1] == typography("Ce guide reprend les notices des académies ; en cas de différence, la notice de votre académie fait foi.")
    named = dataclasses.replace(project.content.site, publisher="le rectorat de l'académie de Test")
    assert pages.footer(texts, named).lines[0] == typography("Guide publié par le rectorat de l'académie de Test.")
    # without a publisher, a finished sentence that claims nothing (not « Éditeur du guide : non précisé. »)
    assert pages.footer(texts, dataclasses.replace(project.content.site, publisher=None)).lines[0] == "Ce guide n’indique pas qui le publie."


def test_official_domains():
    academies = DomainPattern.parse("ac-*.fr")
    assert academies.covers("www.ac-nantes.fr") and academies.covers("ac-nantes.fr") and academies.covers("resultatsexam.ac-nantes.fr")
    assert not academies.covers("ac-nantes.evil.fr") and not academies.covers("www.ac-nantes.fr.evil.com") and not academies.covers("ac-.fr")
    ministry = DomainPattern.parse("education.gouv.fr")
    assert ministry.covers("cyclades.education.gouv.fr") and not ministry.covers("education.gouv.fr.example.com")
    assert not ministry.covers("fakeeducation.gouv.fr")
    assert official("https://cyclades.education.gouv.fr/cyccandidat/portal/login", (ministry,))
    for wrong in ("https://ac-nantes.fr", "ac nantes.fr", "*.fr"):
        with pytest.raises(ValueError):
            DomainPattern.parse(wrong)


def test_an_official_link_outside_the_known_domains_is_a_warning(tmp_path):
    for part in ("content", "academies"):
        shutil.copytree(FROZEN / part, tmp_path / part)
    session = tmp_path / "academies" / "nantes" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    anchor = "  notice_url: non précisé\n"
    assert anchor in text
    session.write_text(text.replace(anchor, "  notice_url: https://www.ac-nantes.com/notice.pdf\n"), encoding="utf-8")
    _, problems = load_and_check(tmp_path)
    assert not problems  # a warning, not a problem: publication goes on
    warnings = [w for w in problems.warnings if w.path == "session.notice_url"]
    assert len(warnings) == 1
    assert warnings[0].location.file == "academies/nantes/2024.yaml" and warnings[0].location.line == text[: text.index(anchor)].count("\n") + 1
    assert "« https://www.ac-nantes.com/notice.pdf »" in warnings[0].message and "official_domains de content/site.yaml" in warnings[0].message
    session.write_text(text.replace(anchor, "  notice_url: https://www.ac-nantes.fr/notice.pdf\n"), encoding="utf-8")
    _, problems = load_and_check(tmp_path)
    assert not problems and not [w for w in problems.warnings if w.path == "session.notice_url"]


def test_the_site_yaml_is_read_and_the_real_links_are_official(project):
    _, problems = load_and_check(ROOT)
    assert not [w for w in problems.warnings if "official_domains" in w.message], problems.warnings_report()
    assert yaml.safe_load((ROOT / "content" / "site.yaml").read_text(encoding="utf-8"))["cyclades"]["url"] == str(project.content.site.cyclades.url)


def test_texts_said_one_after_the_other_in_a_cell_are_each_a_sentence():
    """« Précisions » gives the details, a later deposit and the provenance one after the other: a text that does not
    end a sentence gets its full stop (a staff walk read « … (R408) D'après la notice… » as one sentence)."""
    from generator.french import sentences

    assert sentences("Annexes 4 et 5 (R408)", "D'après la notice, un dépôt plus tard est possible.", None, "Dispense : règle nationale") == (
        "Annexes 4 et 5 (R408). D'après la notice, un dépôt plus tard est possible. Dispense : règle nationale"
    )
    assert sentences("Voir la notice : « À déposer. »", "Règle nationale") == "Voir la notice : « À déposer. » Règle nationale"
    assert sentences("**Obligatoire.**", "", "Règle nationale") == "**Obligatoire.** Règle nationale"
    assert sentences(None, "Seul") == "Seul"
    # nothing added where a full stop would spoil the text
    for first in ("(voir la notice.)", "voir ci-dessous ;", "*Obligatoire.*", "Page : https://www.ac-nantes.fr/bts", "Pièces :\n- une\n- deux"):
        assert sentences(first, "Règle nationale") == f"{first} Règle nationale", first
