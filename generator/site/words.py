"""A notice's data in words: conditions, specialties, dates, past sessions (plain text, not escaped).

The view models of the pages (``notice_view``, ``establishment_view``,
``home_view``) take their words from here; the templates escape them.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from .. import emphasis
from ..checklist import engine
from ..french import cut_pieces, inner_quotes, lower_first, without_accents
from ..merge import Notice, Provenance, ResolvedDeadline, ResolvedDocument
from ..merge import office_reach as merge_office_reach
from ..model.conditions import Condition
from ..model.content import Question
from ..model.specialties import SpecialtyRef
from ..model.values import NotGiven, academic_year_bounds, another_day_written, deadline_days, hour_written, hours_written
from . import dates


def last_date(notice: Notice) -> dt.datetime | None:
    """The last instant of the session's registration: closing or latest deadline (of those the notice gives)."""
    instants = [d.end for d in notice.deadlines if d.end is not None]
    if notice.closing is not None:
        instants.append(notice.closing)
    return max(instants) if instants else None


def dates_over(notice: Notice, today: dt.date) -> bool:
    """Every registration date of the notice is before today: nothing is left to do for it (the calendar's « dates
    passées », the checklist's pieces « demandées » rather than « à déposer »). The session itself is not past yet
    (``session_over``): from the closing to its end, its pages say « Inscriptions closes »."""
    last = last_date(notice)
    return last is not None and last.date() < today


def session_end(notice: Notice) -> dt.date:
    """The last day of the session (ISO in the pages' ``data-bts-past-after``): from the day after, it is past
    (« Session passée », its pages kept as an archive), on the pages, in the checklist (page and command line) and in
    the PDF; ``site_overrides/assets/past.js`` compares the browser's day in the academy's zone with this same day.

    The notices give no exam date, so the guide takes a boundary true of every BTS session: session N is over from
    1 September of year N, the end of its academic year (``academic_year_bounds``): its exams are in May–June of N,
    its results and its épreuves de contrôle in July. A newer session of the same academy cannot come first: its
    registrations open in the autumn of N (the five notices: October). The notice's last date if it were later
    (none is: registration takes place in the autumn of N − 1), so that « Inscriptions closes » never outlives it.
    No page states this day: it is the guide's, not the notice's."""
    end = academic_year_bounds(notice.year)[1]
    last = last_date(notice)
    return max(end, last.date()) if last is not None else end


def session_over(notice: Notice, today: dt.date) -> bool:
    """The session is past (« Session passée »): its exam session is over (``session_end``), not only its
    registration."""
    return today > session_end(notice)


def moment(notice: Notice, value: dt.datetime | None, has_time: bool, *, kind: str = "deadline", guide: bool = False) -> str:
    """A date of the notice in words, in the notice's time zone (``dates.moment``: ``kind`` deadline,
    opening, information, latest or plain); ``guide``: in the guide's words even in the notice's PDF (its « Dates à
    retenir » table, the guide's: ``table_moment``)."""
    return dates.moment(value, has_time, notice.tz, notice.texts, kind=kind, notice_voice=notice.voice == "notice" and not guide)


def opening_words(notice: Notice, *, guide: bool = False) -> str:
    """The registration opening in words (« à partir du … »; « date non précisée par la notice » when it does not give it)."""
    return moment(notice, notice.opening, notice.opening_has_time, kind="opening", guide=guide)


def closing_words(notice: Notice, *, guide: bool = False) -> str:
    return moment(notice, notice.closing, notice.closing_has_time, guide=guide)


def deadline_moment(notice: Notice, deadline_id: str, *, mark: bool = True, guide: bool = False) -> str:
    """When deadline ``deadline_id`` falls, in words (a date given for information needs no hour), a day or an hour the
    guide reads marked as such (``reading``; ``mark`` False: where the words say what changed, ``diff``); ``guide``:
    in the guide's words even in the notice's PDF (``moment``)."""
    d = notice.deadline(deadline_id)
    if notice.voice == "notice" and d.as_written and not guide:
        return d.as_written  # the notice's PDF: the date as the notice writes it (the guide's reading: its annex)
    when = moment(notice, d.end, d.has_time, kind=dates.deadline_kind(d.kind, d.at_the_latest), guide=guide)
    return dates.reading_marked(when, reading(d), notice.texts) if mark else when


def strict_moment(notice: Notice, deadline_id: str, *, guide: bool = False) -> str:
    """``deadline_moment`` followed by « , délai de rigueur » when the notice says so of the date (dates.strict_said,
    the one form of every line that gives it: a step's date, a table of pieces, as the header and the list; review69
    L3); in the notice's PDF, a date the notice writes (``as_written``) as it writes it, « délai de rigueur » or not,
    unless ``guide`` (the guide's words there too: ``table_moment``)."""
    d = notice.deadline(deadline_id)
    when = deadline_moment(notice, deadline_id, guide=guide)
    if notice.voice == "notice" and d.as_written and not guide:
        return when
    return dates.strict_said(when, d.strict, notice.texts)


def due_moment(notice: Notice, due: ResolvedDeadline) -> str:
    """When a national rule's step falls that the guide dates with the notice's closing (merge: a statement's
    ``closing_due``), in words, marked as the guide's day: the same in the page's dates table, the calendar and the
    PDF's annex (review61 M1, read54 L2)."""
    return dates.reading_marked(moment(notice, due.end, due.has_time), reading(due), notice.texts)


def reading(deadline: ResolvedDeadline) -> str | None:
    """« day »: the day shown is the guide's reading (``guide_day``); « hour »: the day is the notice's, the hour the
    guide's (``guide_hour``); « midnight »: the day and its « minuit » are the notice's, its end of the day the guide's
    reading (``guide_midnight``); None: the notice's own date (dates.reading_marked, the checklist's deadlines
    « reading »). The one decision of every output's mark: page, timeline, checklist, command line, calendar, PDF."""
    return "day" if guide_day(deadline) else "hour" if guide_hour(deadline) else "midnight" if guide_midnight(deadline) else None


def table_moment(notice: Notice, deadline_id: str) -> str:
    """When deadline ``deadline_id`` falls, in the « Dates à retenir » table: the same words on the web page and in the
    notice's PDF, the guide's (``deadline_moment`` in the guide's words, then « , délai de rigueur » when the notice says
    so: ``dates.strict_said``, the one form of every line that gives such a date). The table is the guide's, in the PDF
    too (« Tableau établi par le guide d'après les dates de la notice »): its date is the one the guide retains, as in the
    checklist and the calendar — not the notice's words for it (a review, phone50 L1: Clermont-Ferrand 2024's « avant le
    21 novembre 2023 » beside the calendar's 20th; Toulouse 2024's « au plus tard à la date limite d'inscription à
    l'examen », no day at all), which « Précisions » quotes (notice_view._date_notes); its hour or « heure non précisée
    par la notice », its time zone, the notice's « minuit » read « jusqu'au … inclus », a day or an hour the guide reads
    marked, « date non précisée par la notice » for a date the notice does not give (read53 L3), all as the web page
    says them (pdfdates70: the PDF printed Toulouse 2024's 22 November as the day alone, without « heure non précisée
    par la notice » nor « délai de rigueur », a reader of page 1 alone could not tell the hour was not given)."""
    return strict_moment(notice, deadline_id, guide=True)


def specialty_name(notice: Notice, ref: SpecialtyRef | str, *, abbreviation: bool = True) -> str:
    """« Maintenance des systèmes, option B » from a reference or an id (the catalogue's abbreviation after
    the name, « (AM-CR) », unless ``abbreviation`` is False)."""
    if isinstance(ref, str):
        ref = SpecialtyRef.parse(ref)
    spec = notice.specialties.get(ref.specialty)
    name = spec.name if spec else ref.specialty
    if abbreviation and spec and spec.abbreviation:
        name = f"{name} ({spec.abbreviation})"
    if ref.option:
        option = spec.options.get(ref.option) if spec else None
        name += ", " + (option or notice.texts.text("conditions.option", letter=ref.option))
    return name


def specialty_as_written(notice: Notice, ref: SpecialtyRef | str, words: str | None) -> str:
    """How a notice's list names a specialty: its ``words`` when it wrote them, else the catalogue's
    name as it stands (no abbreviation: « words » is given only where the notice's differs)."""
    return words or specialty_name(notice, ref, abbreviation=False)


def _value_words(notice: Notice, question_id: str, value: str) -> str:
    """One answer in words: the specialty's name, the option's letter, the choice's label."""
    question = notice.questions.get(question_id)
    if question is None:
        return value
    if question.kind == "specialty":
        return specialty_name(notice, value)
    if question.kind == "option":
        return value
    return question.choices.get(value, value)


def _or_list(notice: Notice, items: list[str]) -> str:
    """« A, B ou C »."""
    return notice.texts.listed("conditions.or_comma", "conditions.or_last", items)


# Words that do not end the shared start of clauses (pronouns, articles, prepositions…): the shared
# start runs up to the first other word, the verb or the noun (« vous êtes », « votre spécialité »).
_GRAMMAR_WORDS = frozenset(
    "vous votre vos le la les l' un une des du de d' en à au aux pour par sur dans avec sans chez et ou ne n' si que qu' se s' y".split()
)
# The words a part of a clause may start with when the shared start ends before it: prepositions and articles only
# (« au titre | d'un diplôme », « en | voie scolaire »), never « et », « ou », « vous »…
_LEADING_WORDS = frozenset("le la les l' un une des du de d' en à au aux pour par sur dans avec sans chez".split())


def _shared_start(notice: Notice, clauses: list[str]) -> str:
    """Clauses answering the same question, their shared start written once: « vous êtes en voie scolaire »,
    « vous êtes en apprentissage » → « vous êtes en voie scolaire ou en apprentissage ».

    The shared start runs at least up to the first word that is not a pronoun, an article or a preposition (the
    verb or the noun), and further while the words are the same, up to a word of that kind after which every
    clause goes on with a preposition or an article: « vous demandez une dispense d'épreuve au titre d'un diplôme
    déjà obtenu ou d'une décision de VAE », never « … au titre d'un diplôme déjà obtenu ou et d'une … »."""
    if len(clauses) < 2:
        return "".join(clauses)
    words = [c.split(" ") for c in clauses]
    shared = 0  # the number of words written once
    n = 0
    while all(len(w) > n + 1 for w in words) and len({w[n] for w in words}) == 1:
        n += 1
        if _grammar_word(words[0][n - 1]):
            continue
        if not shared or all(_starts_with_grammar(w[n]) for w in words):
            shared = n
    if not shared:  # no verb nor noun in common: nothing written once
        return _or_list(notice, clauses)
    rests = [w[shared:] for w in words]
    tail = _shared_end(rests)
    parts = _or_list(notice, [" ".join(r[:len(r) - tail]) for r in rests])
    return " ".join(words[0][:shared] + [parts] + words[0][len(words[0]) - tail:])


# The words a shared end of clauses may open with: prepositions that start a complement of the clause (« en langue
# vivante obligatoire », « à la date de référence pour l'âge »), not « de » nor an article, which may start a noun's
# own complement (« d'une décision | de VAE »).
_TAIL_WORDS = frozenset("à au aux en dans pour par sur avec sans chez".split())


def _shared_end(rests: list[list[str]]) -> int:
    """The number of last words that the clauses' parts after their shared start have in common, written once after
    them when it opens with a preposition of ``_TAIL_WORDS`` and leaves each part a word of its own: « vous avez de 18 à
    24 ans (…) ou 25 ans à la date de référence pour l'âge », not « … à la date de référence pour l'âge ou 25 ans à
    la date de référence pour l'âge ». Never after a part with a comma, which the end would seem to follow only
    (« une autre langue enseignée ou une langue rare, non enseignée dans l'académie »). 0: none."""
    if any("," in word for r in rests for word in r):
        return 0
    n, tail = 0, 0
    while all(len(r) > n + 1 for r in rests) and len({r[-1 - n] for r in rests}) == 1:
        n += 1
        if rests[0][-n].lower() in _TAIL_WORDS and not any(_grammar_word(r[-n - 1]) for r in rests):
            tail = n
    return tail


def _grammar_word(word: str) -> bool:
    return word.lower().replace("’", "'") in _GRAMMAR_WORDS or word.endswith(("'", "’"))


def _starts_with_grammar(word: str) -> bool:
    """« en », « pour », « d'un », « l'anglais »: a preposition or an article (_LEADING_WORDS), or a word after an
    elided one."""
    plain = word.lower().replace("’", "'")
    return plain in _LEADING_WORDS or any(plain.startswith(w) for w in _LEADING_WORDS if w.endswith("'"))


def _test_clause(notice: Notice, cond: Condition) -> str:
    """A test in words, as it follows « Si »: the question's phrases (content/questions.yaml), else its label and the answers."""
    t = notice.texts
    question = notice.questions.get(cond.question)
    if question is not None:
        together = next((p.words for p in question.phrases_together if set(p.choices) == set(cond.values)), None)
        if together is not None:
            return together
    if question is not None and question.phrases and all(v in question.phrases for v in cond.values):
        return _shared_start(notice, [question.phrases[v] for v in cond.values])
    values = [_value_words(notice, cond.question, v) for v in cond.values]
    if question is not None and question.phrase:
        return question.phrase.replace("{choice}", _or_list(notice, values))
    label = inner_quotes(question.label) if question else cond.question  # (quoted: « {question} »)
    answers = _or_list(notice, [t.text("conditions.quoted_answer", answer=v) for v in values])
    return t.text("conditions.answer", question=label, answers=answers)


def _simplified(cond: Condition, questions: Mapping[str, Question]) -> Condition:
    """The same condition, easier to say: nested « all » (and nested « any ») flattened; tests of one
    question inside an « any » merged into one test (« route: scolaire or apprenti »); inside an « any », a
    question's ``yes_when`` beside its « yes » said by the « yes » alone."""
    if cond.kind == "test" or not cond.children:
        return cond
    children = [_simplified(c, questions) for c in cond.children]
    if cond.kind == "not":
        return Condition("not", children=tuple(children))
    flat: list[Condition] = []
    for child in children:
        flat.extend(child.children if child.kind == cond.kind else (child,))
    if cond.kind == "all":
        # A and not (A and B) is A and not B: a test already required is not said again in the exception.
        positive = {c for c in flat if c.kind == "test"}
        flat = [_without(c, positive) if c.kind == "not" else c for c in flat]
        # A test and the negation of a test of the same question: one test of the values left (« option C or D,
        # unless option C » is « option D »: a national attestation a notice item asks for in some options only)
        # (only for a question with one positive test here: several are left as they are)
        counts = Counter(c.question for c in flat if c.kind == "test")
        tests = {c.question: c for c in flat if c.kind == "test" and counts[c.question] == 1}
        narrowed = dict(tests)
        kept: list[Condition] = []
        for child in flat:
            inner = child.children[0] if child.kind == "not" else None
            if inner is not None and inner.kind == "test" and inner.question in narrowed:
                left = tuple(v for v in narrowed[inner.question].values if v not in inner.values)
                if left:
                    narrowed[inner.question] = Condition("test", inner.question, left)
                    continue
            kept.append(child)
        flat = [narrowed[c.question] if c.kind == "test" and c in tests.values() else c for c in kept]
    if cond.kind == "any":
        # « situation: repeater » or « sat_before: yes » is said « sat_before: yes » (its question's yes_when)
        flat = [c for c in flat if not any(_says_yes_when(questions, other, c) for other in flat)]
        merged: list[Condition] = []
        for child in flat:
            same = next((m for m in merged if m.kind == "test" and child.kind == "test" and m.question == child.question), None)
            if same is None:
                merged.append(child)
            else:
                merged[merged.index(same)] = Condition("test", same.question, tuple(dict.fromkeys(same.values + child.values)))
        flat = merged
    return flat[0] if len(flat) == 1 else Condition(cond.kind, children=tuple(flat))


def _says_yes_when(questions: Mapping[str, Question], test: Condition, other: Condition) -> bool:
    """``test`` is « question: yes » of a question whose ``yes_when`` is ``other``: the « yes » says both."""
    if test.kind != "test" or test.values != ("yes",):
        return False
    question = questions.get(test.question)
    return question is not None and question.yes_when == other


def _without(negation: Condition, required: set[Condition]) -> Condition:
    """``not (all …)`` without the tests of ``required`` (kept as it is when nothing else would remain)."""
    inner = negation.children[0]
    if inner.kind != "all":
        return negation
    kept = tuple(c for c in inner.children if c not in required)
    if not kept or len(kept) == len(inner.children):
        return negation
    return Condition("not", children=(kept[0] if len(kept) == 1 else Condition("all", children=kept),))


def _complemented(notice: Notice, cond: Condition) -> Condition:
    """The same condition with « not (fact: yes) » said « fact: no » for a yes-or-no fact the guide derives
    from the answers (``kind: derived``, two choices), which always has one of them: « et que votre spécialité ne figure pas
    sur la liste R408 de la notice » reads as one more requirement, where « sauf si …, ou si votre spécialité
    figure sur la liste R408 de la notice » read as an exemption of the notice's list."""
    if cond.kind != "all":
        return cond
    children = []
    for child in cond.children:
        inner = child.children[0] if child.kind == "not" else None
        question = notice.questions.get(inner.question) if inner is not None and inner.kind == "test" else None
        binary = question is not None and question.kind == "derived" and len(question.choices) == 2  # « no » for « not yes »
        rest = tuple(c for c in question.choices if c not in inner.values) if binary else ()
        if rest and all(v in question.phrases for v in rest):
            child = Condition("test", inner.question, rest)
        elif child.kind == "test":
            child = _but_one(notice, child, cond.children)
        children.append(child)
    return Condition("all", children=tuple(children))


def _but_one(notice: Notice, test: Condition, beside: tuple[Condition, ...]) -> Condition:
    """A test of every choice but one of a fact the guide derives from the answers, said as the exception of that
    one: « sauf si vous avez 25 ans ou plus dès l'ouverture des inscriptions », where « vous avez moins de 25 ans
    jusqu'à la clôture des inscriptions ou vous atteignez 25 ans pendant la période d'inscription » said the same at length (the
    national JDC rule). Only when the tests ``beside`` it (the rest of its « all ») require what makes the fact
    asked at all (the birth date is asked of French candidates only): else « sauf si » would take in candidates the
    fact is not asked of."""
    question = notice.questions.get(test.question)
    if question is None or question.kind != "derived" or len(question.choices) < 3:
        return test
    sources = [notice.questions.get(q) for q in question.derived_from]
    if not sources or any(q is None or (q.asked_when != Condition.always() and q.asked_when not in beside) for q in sources):
        return test
    rest = tuple(c for c in question.choices if c not in test.values)
    if len(rest) != 1 or rest[0] not in question.phrases:
        return test
    return Condition("not", children=(Condition("test", test.question, rest),))


def _birth_facts(notice: Notice) -> dict[str, str]:
    """The facts the engine derives from a date answer alone (``engine.BIRTH_FACTS``: the age bands of the birth
    date), with that answer's question."""
    found = {}
    for qid in engine.BIRTH_FACTS:
        question = notice.questions.get(qid)
        if question is None or question.kind != "derived" or len(question.derived_from) != 1:
            continue
        source = notice.questions.get(question.derived_from[0])
        if source is not None and source.kind == "date":
            found[qid] = question.derived_from[0]
    return found


@functools.lru_cache(maxsize=64)
def _combinations(facts: tuple[str, ...], reference: str | None, window: tuple[str, str]) -> dict[tuple[str, ...], dt.date]:
    """The values ``facts`` (of ``engine.BIRTH_FACTS``) can take together for the session's dates, each with the
    latest birth date that gives them (the youngest candidate): every birth date from 40 years before the session's
    earliest date to 10 years before its latest, day by day, derived by the engine itself (the 18th and 25th
    birthdays fall in between; any other birth date gives the values of that range's ends)."""
    session = {"age_reference_date": reference, "registration_window": list(window)}
    days = [d for qid in facts for d in engine.birth_fact_dates(qid, session)]
    day = dt.date(min(days).year - 40, 1, 1)
    end = dt.date(max(days).year - 10, 12, 31)
    found: dict[tuple[str, ...], dt.date] = {}
    while day <= end:
        found[tuple(engine.birth_fact(qid, day, session) for qid in facts)] = day
        day += dt.timedelta(days=1)
    return found


def _holds(cond: Condition, values: dict[str, object]) -> bool:
    """Whether a condition on ``values`` (question → value) holds (every question it reads has one)."""
    if cond.kind == "test":
        return values[cond.question] in cond.values
    results = [_holds(c, values) for c in cond.children]
    if cond.kind == "not":
        return not results[0]
    return any(results) if cond.kind == "any" else all(results)


def _phrases_said(cond: Condition) -> int:
    return sum(len(t.values) for t in cond.tests())


def _by_birth_date(notice: Notice, cond: Condition) -> Condition:
    """An « all » whose tests (or negated tests) read two or more facts of the same birth date, said as what they
    allow for the session's dates: Clermont-Ferrand 2024's national JDC row, « nationalité française, under 25 or
    turning 25 during registration, and not 18 to 24 at the reference date », said as its exceptions read as its
    opposite (« …, sauf si vous avez 25 ans ou plus dès l'ouverture des inscriptions ou si vous avez de 18 à 24 ans
    … »), is « vous avez moins de 18 ans à la date de référence pour l'âge ou que vous atteignez 25 ans pendant la
    période d'inscription » with that session's dates (the reference date is the closing).

    The combinations of the facts' values that can occur (``_combinations``) that satisfy those tests are said by
    the fewest values, each of a single fact, every combination of which satisfies them; the values of one fact make
    one test, and the tests an « any » (youngest first) in place of those tests. The condition as it was when that
    takes more phrases than the tests said, when a combination needs two facts to be said, or when the tests would hold
    for a candidate the birth date is not asked of and the rest of the « all » does not require what makes it asked."""
    if cond.kind != "all":
        return cond
    facts = _birth_facts(notice)
    dated = [c for c in cond.children if c.questions() and c.questions() <= facts.keys() and len({facts[q] for q in c.questions()}) == 1]
    read = sorted({q for c in dated for q in c.questions()}, key=lambda q: engine.BIRTH_FACTS.index(q))
    if len(read) < 2 or len({facts[q] for q in read}) != 1:
        return cond
    others = tuple(c for c in cond.children if c not in dated)
    session = notice.age_dates
    if any(engine.birth_fact_dates(q, session) is None for q in read):
        return cond
    tests = Condition("all", children=tuple(dated))
    source = notice.questions[facts[read[0]]]
    if _holds(tests, dict.fromkeys(read, False)) and source.asked_when not in (Condition.always(), *others):
        return cond  # (they hold for a candidate not asked the birth date: « sauf si » keeps them)
    possible = _combinations(tuple(read), session["age_reference_date"], tuple(session["registration_window"]))
    allowed = {combination for combination in possible if _holds(tests, dict(zip(read, combination)))}
    if not allowed or allowed == set(possible):
        return cond
    # the values of a single fact that only allowed combinations have (youngest first)
    youngest = {}
    for combination, born in possible.items():
        for qid, value in zip(read, combination):
            youngest[(qid, value)] = max(born, youngest.get((qid, value), born))
    single = [
        (qid, value)
        for (qid, value) in sorted(youngest, key=lambda v: youngest[v], reverse=True)
        if all(c in allowed for c in possible if c[read.index(qid)] == value)
    ]
    cover = next(
        (
            chosen
            for size in range(1, len(single) + 1)
            for chosen in itertools.combinations(single, size)
            if all(any(c[read.index(qid)] == value for qid, value in chosen) for c in allowed)
        ),
        None,
    )
    said_before = sum(_phrases_said(c) for c in _complemented(notice, cond).children if c.questions() <= set(read))
    if cover is None or len(cover) > said_before:
        return cond
    said = [Condition("test", qid, tuple(v for q, v in cover if q == qid)) for qid in dict.fromkeys(q for q, _ in cover)]
    return Condition.all_of(*others, said[0] if len(said) == 1 else Condition("any", children=tuple(said)))


def _clause(notice: Notice, cond: Condition) -> str:
    """A condition as it follows « Si »: « vous êtes … et que vous avez … »."""
    t = notice.texts
    if cond.kind == "test":
        return _test_clause(notice, cond)
    if cond.kind == "not":
        return t.text("conditions.not", condition=_clause(notice, cond.children[0]))
    if cond.kind == "any":
        return t.join("conditions.or", [_clause(notice, c) for c in cond.children])
    positive = [c for c in cond.children if c.kind != "not"]
    negative = [c.children[0] for c in cond.children if c.kind == "not"]
    if not positive:
        return t.join("conditions.and", [_clause(notice, c) for c in cond.children])
    # an « any » among them (``_by_birth_date``) comes first, the rest after a comma: « vous avez … ou si vous
    # atteignez …, et que vous êtes … » (« vous êtes … et que vous avez … ou que vous atteignez … » read two ways)
    either = [c for c in positive if c.kind == "any"]
    rest = [c for c in positive if c.kind != "any"]
    if either and rest:
        text = t.text(
            "conditions.and_after_or",
            either=t.join("conditions.and", [_clause(notice, c) for c in either]),
            rest=t.join("conditions.and", [_clause(notice, c) for c in rest]),
        )
    else:
        text = t.join("conditions.and", [_clause(notice, c) for c in positive])
    if negative:
        text = t.text("conditions.except", condition=text, exception=t.join("conditions.or", [_clause(notice, c) for c in negative]))
    return text


def condition_words(notice: Notice, cond: Condition) -> str:
    """A ``when:`` condition as a sentence (plain text): « Tous les candidats », « Si vous êtes en
    apprentissage », « Si …, sauf si vous êtes reconnu travailleur handicapé (RQTH)… », « Sauf si … ».

    The words of each answer are the questions' ``phrases`` (``content/questions.yaml``); the
    words around them, the texts of the group ``conditions`` (``content/interface.yaml``).
    """
    t = notice.texts
    cond = _complemented(notice, _by_birth_date(notice, _simplified(cond, notice.questions)))
    if cond.kind == "all" and not cond.children:
        return t.text("conditions.everyone")
    if cond.kind == "not":
        return t.text("conditions.unless", condition=_clause(notice, cond.children[0]))
    if cond.kind == "all" and all(c.kind == "not" for c in cond.children):
        return t.text("conditions.unless", condition=t.join("conditions.or", [_clause(notice, c.children[0]) for c in cond.children]))
    return t.text("conditions.if", condition=_clause(notice, cond))


# The training routes, in the order of the columns that list them (the establishment page's table of
# documents by route, the PDF of a notice whose list has a column per route), and those columns' names.
ROUTES = ("scolaire", "apprenti", "formation_continue")
ROUTE_COLUMNS = ("establishment.col_scolaire", "establishment.col_apprenti", "establishment.col_formation_continue")


def route_fit(cond: Condition, route: str) -> str:
    """Does the condition hold for a candidate of this route? « yes », « no » or « maybe »."""
    if cond.kind == "all" and not cond.children:
        return "yes"
    if cond.kind == "test":
        if cond.question == "route":
            return "yes" if route in cond.values else "no"
        return "maybe"
    results = [route_fit(c, route) for c in cond.children]
    if cond.kind == "not":
        return {"yes": "no", "no": "yes", "maybe": "maybe"}[results[0]]
    if cond.kind == "any":
        return "yes" if "yes" in results else ("maybe" if "maybe" in results else "no")
    return "no" if "no" in results else ("maybe" if "maybe" in results else "yes")


def deadline_words(notice: Notice, deadline_id: str | None) -> str:
    """« Label : date in words » of a deadline (empty without one), « , délai de rigueur » after the date when the notice
    says so (dates.strict_said: a step's date, as the header and the list; review69 L3)."""
    if not deadline_id:
        return ""
    return notice.texts.text("common.label_value", label=notice.deadline(deadline_id).label, value=strict_moment(notice, deadline_id))


def document_condition(notice: Notice, doc: ResolvedDocument) -> Condition:
    """When a document is required: its effective condition; in the notice's voice (its PDF), a notice
    item's own condition (the national exemption the guide adds to it is in the PDF's annex)."""
    return doc.notice_when if notice.voice == "notice" and doc.notice_when is not None else doc.when


def document_deadline(notice: Notice, doc: ResolvedDocument, *, in_row: bool = False) -> str:
    """A document's deadline in words: the date, its label when it is not the documents' one, then the notice's words
    on a later deposit. ``in_row``: in the document's own row of a table, where a deadline only this document has
    goes without its label, which names the document again (a review: Aix-Marseille's « Attestation de formation pour
    une langue obligatoire dite rare : date non précisée par la notice » in that attestation's row)."""
    t = notice.texts
    own_voice = notice.voice == "notice"  # the notice's PDF: the date as the notice writes it, its words as its own
    # (« , délai de rigueur » after it when the notice says so, as the header and the list: dates.strict_said; review69 L3)
    when = strict_moment(notice, doc.deadline)
    alone = in_row and sum(d.deadline == doc.deadline for d in notice.documents) == 1
    if doc.deadline != "documents" and not own_voice and not alone:
        when = t.text("common.label_value", label=notice.deadline(doc.deadline).label, value=when)
    if doc.late_deposit and not (own_voice and said_in_text(notice, doc.late_deposit)):
        when = (t.text("documents.late_deposit_as_written", date=when, words=doc.late_deposit) if own_voice
                else t.text("documents.late_deposit", date=when, words=doc.late_deposit, office=office_reach(notice)))
    return when


def past_later_at(notice: Notice, line: str, end: dt.datetime | None, has_time: bool, today: dt.date | None, *,
                  paper: bool = False):
    """The « — date passée » after a dated line of the notice page (checklist/text.py PastLater: the words the list
    writes after a passed date, one rule), by the build's day ``today`` (issue 9):

    - over on that day (a day before it, as the list's ``passed_dates``): the words written in the text (``shown``),
      so a reader without JavaScript and the notice's PDF say it too (fixpastview62);
    - else, on the web page, hidden, from the instant of checklist/page.py over_at, which past.js shows then: a page
      built before a date and read after it says it passed; nothing on paper (``paper``, the annex of the notice's PDF,
      or a notice in its own voice, the PDF's pages: it prints what the build says, no script shows hidden words).

    None for an undated line."""
    from ..checklist.page import over_at
    from ..checklist.text import past_later

    if end is None:
        return None
    shown = today is not None and end.date() < today
    if (paper or notice.voice == "notice") and not shown:
        return None
    return past_later(notice.texts, line, over_at(end.isoformat(), has_time, notice.tz), shown=shown)


def office_reach(notice: Notice, *, site_below: bool = False) -> str:
    """Said right after « le bureau des examens » in the guide's sentences that send the candidate to it: nothing where
    the notice gives the office, else how to reach it (``merge.office_reach``, where the words are made). ``site_below``:
    the same words where the academy's site is said just below them, its link (the checklist's « not listed » answer,
    its « Site de l'académie : … » line): without the site, said once (phone57 L3: « … voir le site de l'académie,
    https://… » then « Site de l'académie : https://… »)."""
    if site_below:
        return merge_office_reach(notice.texts, notice.exam_office, None)
    return notice.office_reach


_WORD = re.compile(r"\w+")


def _comparable(text: str) -> str:
    """A text as compared by ``said_in``: without emphasis markers (``**``), accents, case, spacing or a final full stop (« A déposer » in
    a source's table is « À déposer » in its heading)."""
    return " ".join(without_accents(emphasis.plain(text)).lower().split()).rstrip(".")


def said_in(texts: Iterable[str], words: str) -> bool:
    """One of ``texts`` says ``words`` (the notice's PDF prints words once, where the notice says them); words cut
    by « […] » (the staff guide's « Les mots de la notice, mot pour mot ») are said when each of their passages is,
    as the notice page reads them (``notice_view._said_in_runs``): « […] l'attestation R 408 … » is said by the
    remark that writes « …, l'attestation R 408 … » (trust69)."""
    texts = [_comparable(text) for text in texts]
    pieces = [p for p in (_comparable(piece) for piece in cut_pieces(words)) if p]
    return bool(pieces) and all(any(piece in text for text in texts) for piece in pieces)


def address_said(how: str, url: str) -> bool:
    """The exam-adjustment procedure's own text (``how``) writes this web address (without its scheme nor its final
    slash, as a notice may write it): its application's line names it without writing it again (a reading beside
    the notice, 45 L6: « AMEX (https://…) » after the notice's « … : https://appli.ac-aix-marseille.fr/amex/ »)."""
    address = re.escape(re.sub(r"^https?://", "", url.strip()).rstrip("/"))
    # the whole address, not the start of a longer one (« www.ac-x.fr » is not said by « www.ac-x.fr/examens »,
    # « …/amex.php », « …/amex?x=1 »; review47 L2, review48 L5): nothing of an address around it, a final slash allowed
    return re.search(rf"(?<![\w/.-])(?:https?://)?{address}/?(?![\w/?#-]|\.\w)", how, re.IGNORECASE) is not None


def unsaid(how: str, sentence: str | None) -> str | None:
    """A sentence of the exam-adjustment procedure said under its label (decision, renewal, « Dans CYCLADES »),
    unless the procedure's own text (``how``) already says it: None then (the page, the PDF and the checklist
    do not say it twice)."""
    return sentence if sentence and not said_in([how], sentence) else None


def row_names_item(words: str, label: str) -> bool:
    """A row's words name an item of it: they say its label, or every word of it (« Dispenses : photocopie de la
    décision de validation des acquis de l'expérience » in « Dispenses : Photocopie du diplôme ou photocopie de la
    décision de validation des acquis de l'expérience »): one of the notice's alternatives, printed once, in its
    words."""
    if said_in([words], label):
        return True
    row = set(_WORD.findall(_comparable(words)))  # every word of its label is in the row (« La photocopie éventuelle
    return set(_WORD.findall(_comparable(label))) <= row  # de bénéfices de notes » in « … obtenues ou bénéfices de notes »)


def same_words(a: str, b: str) -> bool:
    """The same words, as ``said_in`` compares them (accents, case, spacing and a final full stop aside)."""
    return _comparable(a) == _comparable(b)


def notice_texts(notice: Notice, *, documents: bool = True) -> list[str]:
    """What the notice's PDF prints in the notice's words: its statements, steps, categories (and their text as
    written), exam adjustments, its words on the dates and (``documents``) its documents."""
    info = notice.session.session
    adj = notice.section("exam_adjustment")
    texts = [s.text for topic in notice.topics for s in topic.statements if not s.provenance.national]
    texts += [step.text for step in notice.section("steps") or ()]
    if not info.categories_as_written:  # printed in place of the categories' details
        texts += [c.detail or "" for c in notice.section("who") or ()]
    texts += [adj.how, adj.decision or "", adj.renewal or ""] if adj else []
    texts += [info.dates_note or "", info.residence or "", info.categories_as_written or "", info.letterhead or ""]
    if documents:
        texts += [f"{d.label} {d.detail or ''}" for d in notice.documents]
    return texts


def said_in_text(notice: Notice, words: str) -> bool:
    """The notice says these words in its text (statements, steps…), not in its list of documents."""
    return said_in(notice_texts(notice, documents=False), words)


def strict_notes(notice: Notice, deadline: ResolvedDeadline, *, date_says_it: bool = False) -> list[str]:
    """What the guide says under a deadline: for a « délai de rigueur », « Délai de rigueur : aucun dépôt hors délai
    n'est accepté. », then, under any date, the notice's exceptions (``late_exceptions``). The page's dates table
    and the site's .ics event of that date say the same, in this order (a review, phone53 L5: the .ics said « Sauf pour
    … » right after the date, without the sentence it is an exception to); the checklist's calendar says the sentence,
    then the candidate's own exceptions (checklist.js: lateExceptions). ``date_says_it``: under a date whose words end
    with « , délai de rigueur » (the dates table's cell, ``table_moment``), what it means alone, « Aucun dépôt hors délai
    n'est accepté. » (dates.strict_meaning; dates71: the row said « délai de rigueur » twice, in its date and its
    « Précisions »); the .ics's first line, the date without it, keeps the whole sentence."""
    key = "dates.strict_meaning" if date_says_it else "dates.strict"
    return [notice.texts.text(key)] * deadline.strict + late_exceptions(notice, deadline)


def date_note(notice: Notice, deadline: ResolvedDeadline) -> str | None:
    """The guide's note on a date (its ``note:``: its reading of the notice's words, or what it makes of them) as every
    output writes it after the notice's words: labelled the guide's (« Note du guide : « Le vendredi 24 novembre à
    minuit » se lit … », ``dates.guide_note``; guidewords67: unlabelled, it read as the rest of « Mots de la notice :
    « … » »), its first letter lowered after « : ». The page's « Dates à retenir » and exam-adjustment date
    (``notice_view``), the .ics (``ics.events``) and the checklist's ruleset (``compile``: its answer on the page, in the
    browser and on the command line print the ruleset's note) all read it here; the PDF's table points to its annex
    under the same label. The date the guide gives a national rule (merge: ``closing_due``) has a note that says whose
    it is itself (« Règle nationale — … ; le guide retient … »): as it is. None without a note."""
    if not deadline.note:
        return None
    if deadline not in notice.deadlines:  # (a national rule's date: merge.closing_due)
        return deadline.note
    return guide_note(notice, deadline.note)


def guide_note(notice: Notice, note: str) -> str:
    """A note of the guide's, labelled so (« Note du guide : … », ``dates.guide_note``), its first letter lowered after
    « : »: a date's (``date_note``), the age's reference date the guide chose (``notice_view``, trust68 M1)."""
    return notice.texts.text("dates.guide_note", note=lower_first(note.strip()))


def late_exceptions(notice: Notice, deadline: ResolvedDeadline) -> list[str]:
    """Under a deadline, each document the notice lets candidates deposit later, not under it
    (« Sauf pour « Attestation de formation R408 », d'après la notice, un dépôt plus tard est possible (« … »), à une
    date non précisée par la notice : demandez-la au bureau des examens. », the list's words, checklist.late_deposit,
    fixr408): its words once, with the first
    document they concern (``strict_notes``: the page's dates table and the .ics event of that date; a review, read52
    L7: the .ics omitted it); the checklist says those of the candidate's pieces (checklist.js: lateExceptions; answer.py).
    Under any date, not only a « délai de rigueur » (read58 L3: Aix-Marseille 2023's 4 December, whose R 408 attestation
    may come « dans les meilleurs délais », said it under the piece alone, while Toulouse 2024's strict date said it)."""
    said: set[str] = set()
    out = []
    for doc in notice.documents:
        if doc.deadline == deadline.id and doc.late_deposit and doc.late_deposit not in said:
            said.add(doc.late_deposit)
            # (the personalised list's words on it, which say its date is not given: fixr408)
            late = notice.texts.text("checklist.late_deposit", words=doc.late_deposit, office=office_reach(notice))
            out.append(notice.texts.text("dates.late_deposit", label=doc.label, late=late))
    return out


def provenance_words(notice: Notice, provenance: Provenance, *, notice_silent: bool = False, mention: str | None = None,
                     dated: bool = False, dated_as: str | None = None, by_guide: bool = False, cited: bool = False,
                     reworded: bool = False) -> str:
    """« Règle nationale — arrêté du 13 juillet 2023 », « … ; non mentionnée par la notice de l'académie », « Règle
    nationale — arrêté du 13 juillet 2023, cité par la notice de Clermont-Ferrand (session 2024) » (Notice.text_words),
    « Notice de l'académie — Annexe 1 »: where a statement or an item comes from, in words (``provenance_sentence``)."""
    return provenance_sentence(notice.texts, provenance.national, notice.texts_words(provenance.texts), provenance.section,
                               notice_silent=notice_silent, mention=mention, dated=dated, dated_as=dated_as, by_guide=by_guide,
                               cited=cited, reworded=reworded)


def provenance_sentence(t, national: bool, titles: list[str], section: str | None, *, notice_silent: bool = False,
                        mention: str | None = None, dated: bool = False, dated_as: str | None = None,
                        by_guide: bool = False, cited: bool = False, reworded: bool = False) -> str:
    """Where a statement or an item comes from, in words: a national rule (its texts' ``titles``), or the notice (its
    ``section``). A national piece a notice item asks for in some cases only (merge.ResolvedDocument.partly_covered) is
    asked for in the others, which the notice does not mention: « … ; non mentionnée par la notice de l'académie », not
    « ne la demande pas dans tous ces cas », false for every reader of its row (a review, read52 M2); ``dated``:
    merge.ResolvedDocument.dated_by_guide (a national piece, or one the notice asks for in its text only), « … ; date
    limite retenue par le guide : celle que la notice fixe au dépôt des pièces », or, with ``dated_as``
    (merge.ResolvedDocument.dated_as), « … celle que la notice fixe à la pièce remplacée (« … ») »; ``by_guide``: merge.ResolvedDocument.label_by_guide (a notice item whose label is the
    guide's), « Notice de l'académie — … ; intitulé du guide, d'après ce passage de la notice »; ``cited``, with
    ``notice_silent``: the notice cites its texts but does not ask this piece in its case (Notice.cites_unasked), « … ;
    non demandée dans ce cas par la notice de l'académie, qui cite ce texte » (phone53 L2); ``reworded``: the notice's
    passage in the guide's words, not the notice's (the candidate's steps of a notice to the establishments, web_only:
    steps: notice_view.steps_reworded), « Reformulé par le guide d'après la notice de l'académie — … ». The page
    (``provenance_words``) and the checklist (checklist.text) both say it so."""
    if national:
        joined = t.join("provenance.texts_join", titles)
        if mention:
            words = t.text("provenance.national_mentioned", texts=joined, words=mention)
        elif section and not notice_silent:  # the notice says it too, there (a national warning its session file
            # places; a national document it mentions without words:)
            words = t.text("provenance.national_in_notice", texts=joined, section=section)
        else:
            words = t.text(("provenance.national_silent_cited" if len(titles) == 1 else "provenance.national_silent_cited_plural")
                           if notice_silent and cited else "provenance.national_silent" if notice_silent else "provenance.national", texts=joined)
        if dated and dated_as:
            return t.text("provenance.national_dated_replaced", provenance=words, piece=dated_as)
        return t.text("provenance.dated_by_guide", provenance=words) if dated else words
    if reworded:
        words = t.text("provenance.reworded", section=section) if section else t.text("provenance.reworded_plain")
    else:
        words = t.text("provenance.notice", section=section) if section else t.text("provenance.notice_plain")
    if by_guide:
        words = t.text("provenance.label_by_guide", provenance=words)
    return t.text("provenance.dated_by_guide", provenance=words) if dated else words


def guide_day(deadline: ResolvedDeadline) -> bool:
    """The day shown for this deadline is the guide's reading, not a day the notice writes: its words for the date
    (``words:``, ``as_written:``) write a day, and not this one (Clermont-Ferrand 2024: « impérativement avant le
    15 novembre 2023 », the guide retains the 14th; « avant le 21 novembre 2023 », the 20th; its note says why). Words
    that write no day (« à la date limite d'inscription à l'examen », the notice's own closing) or no words at all (the
    notice writes the date plainly) leave the day the notice's. An hour the guide adds to the notice's day (its
    closing's, Aix-Marseille 2023's AMEX) is not marked: the day is the notice's. Unless the session file says the day is
    the guide's reading (``day_by_guide:``, its note saying how: Toulouse 2024's « à la date limite d'inscription à
    l'examen », which the notice does not date and which may be its closing or the end of its « période d'inscription »;
    read49 M1)."""
    return deadline.given and (deadline.day_by_guide or another_day_written(deadline.end, deadline.words, deadline.as_written))


def guide_hour(deadline: ResolvedDeadline) -> bool:
    """The day is the notice's, the hour the guide's: the notice's words for the date write no hour, and the guide
    takes one (Aix-Marseille 2023's AMEX and Clermont-Ferrand 2024's CDAPH: the closing's, the notice tying the date to
    it; its note says why). Marked « heure retenue par le guide » on the timeline (read47 L7: shown as the notice's),
    whose legend says « une heure que la notice n'écrit pas pour ce jour ». No words at all: the notice writes the date
    and its hour plainly; words that write no day (Toulouse 2024's « à la date limite d'inscription »): neither is
    marked, as ``guide_day`` leaves the day (review51 M2). An hour the words do write, « minuit » alone included, is
    the notice's: ``guide_midnight``."""
    return (deadline.given and deadline.has_time and bool(deadline_days(deadline.words, deadline.as_written))
            and not guide_day(deadline) and not hour_written(deadline.words, deadline.as_written))


def guide_midnight(deadline: ResolvedDeadline) -> bool:
    """The notice writes the day and « minuit » (or « 0 h ») alone, which may be the start or the end of its day: the
    end of the day the guide keeps is its reading (Nantes 2024's « vendredi 24 novembre 2023 à minuit », the end of
    Friday; phone54 M4: its pieces and calendar said « minuit, en fin de journée » as the notice's own hour). Marked
    « « à minuit » dans la notice ; « inclus » : lecture du guide » after a date that says « jusqu'au … inclus » (phone58
    L2), not « heure retenue par le guide », whose
    legend says the notice does not write the hour (read55 M1: a candidate trusting it took the notice's « minuit »
    for the guide's)."""
    return (deadline.given and deadline.has_time and bool(deadline_days(deadline.words, deadline.as_written))
            and not guide_day(deadline) and hour_written(deadline.words, deadline.as_written) and _midnight_only(deadline))


def _midnight_only(deadline: ResolvedDeadline) -> bool:
    """Every hour a deadline's words write may be the start or the end of the day (« minuit », « 0 h »)."""
    written = hours_written(" ".join(w for w in (deadline.words, deadline.as_written) if w))
    return bool(written) and all(len(times) > 1 for _, times in written)


def part_source(t, section) -> str:
    """The source line that ends a part the web page composes of the notice's words under the guide's labels (« Qui
    s'inscrit et comment », « Aménagement d'épreuves », « Contacts »; read52 M1: they ended with none, every rubric of
    « Points de vigilance » with its own): « Notice de l'académie — <section> » (the session file's who_section:,
    exam_adjustment.section:, contacts_section:), « … — passage sans titre » when the notice does not title it
    (« non précisé par la notice »: unknown said, no name made up), « Notice de l'académie » when the file does not
    say where. The page and the checklist (its exam-adjustment procedure) say it so."""
    if isinstance(section, NotGiven):
        return t.text("provenance.notice_untitled")
    return t.text("provenance.notice", section=section) if section else t.text("provenance.notice_plain")


# what a way of depositing the pieces says, by its channel and by whom (None: the notice does not say who)
DEPOSIT_ACTIONS = {
    ("cyclades", None): "documents.deposit_cyclades",
    ("cyclades", "candidate"): "documents.deposit_cyclades_candidate",
    ("cyclades", "establishment"): "documents.deposit_cyclades_establishment",
    ("postal", None): "documents.deposit_postal",
    ("postal", "candidate"): "documents.deposit_postal_candidate",
    ("postal", "establishment"): "documents.deposit_postal_establishment",
    ("email", None): "documents.deposit_email",
    ("email", "candidate"): "documents.deposit_email_candidate",
    ("email", "establishment"): "documents.deposit_email_establishment",
    ("establishment", None): "documents.deposit_establishment",
    ("establishment", "candidate"): "documents.deposit_establishment_candidate",
}


def deposit_ways(notice: Notice) -> tuple[tuple[str, str], ...] | None:
    """Each way the notice has the pieces deposited (the session file's ``documents_deposit:``): where it says so
    (« passage sans titre » when it does not title it) and what it says, in the pages' words (its channel, by whom when
    the notice says so, in which case in its words); None when the file does not say (the key absent or « non précisé
    par la notice »). « Nouveautés » compares the ways' words apart from where the notice says them (diff)."""
    t, channels = notice.texts, notice.session.documents_deposit
    if not channels or isinstance(channels, NotGiven):
        return None
    out = []
    for c in channels:
        section = t.text("documents.deposit_untitled") if isinstance(c.section, NotGiven) else " ".join(c.section.split())
        key = DEPOSIT_ACTIONS[c.channel, c.by]
        action = t.text(key, email=c.email) if c.channel == "email" else t.text(key)
        if c.address:
            # (written on several lines, address: |, its lines joined by commas: run together they read « DEC 4 4 rue »)
            lines = [" ".join(line.split()).rstrip(",") for line in c.address.splitlines()]
            action = t.text("documents.deposit_postal_address", action=action, address=", ".join(line for line in lines if line))
        if c.case_as_written:
            # (between « »: its own « » become “ ”, as documents_elsewhere's, read48 L2)
            action = t.text("documents.deposit_case", case=inner_quotes(" ".join(c.case_as_written.split())), action=action)
        out.append((section, action))
    return tuple(out)


def deposit_sentences(notice: Notice) -> tuple[str, ...]:
    """Where the notice has candidates deposit their pieces, a sentence per way it gives (``deposit_ways``), ways it gives
    one after the other in the same place in one sentence that names the place once, or the
    one sentence « Où déposer les pièces : non précisé par la notice. » when the file does not say: never CYCLADES by
    default (guidewords67). The notice page says them at the head of its « Pièces justificatives »
    (notice_view.documents_deposit), the checklist under its list's title (compile: the ruleset's
    ``documents_deposit``)."""
    t, ways = notice.texts, deposit_ways(notice)
    if ways is None:
        return (t.text("documents.deposit_unsaid"),)
    # (ways the notice gives in the same place, one after the other: the place said once, « deposit_said_several »;
    # review68b L3: Nantes 2026's two cases each opened with « D'après la notice de l'académie (3 - …) »)
    groups: list[tuple[str, list[str]]] = []
    for section, action in ways:
        if groups and groups[-1][0] == section:
            groups[-1][1].append(action)
        else:
            groups.append((section, [action]))
    sentences = []
    for section, actions in groups:
        if len(actions) == 1:
            sentences.append(t.text("documents.deposit_said", section=section, action=actions[0]))
            continue
        joined = actions[0]
        for action in actions[1:]:
            joined = t.text("documents.deposit_joined", before=joined, after=action)
        sentences.append(t.text("documents.deposit_said_several", section=section, actions=joined))
    return tuple(sentences)
