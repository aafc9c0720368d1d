"""The checklist rules engine: from a ruleset and (partial) answers to the candidate's list.

Pure Python, standard library only, no I/O and no ``zoneinfo``: the same file
runs in CPython at build time (tests, ``python -m generator checklist``) and in
Pyodide in the browser. It reads a plain JSON-able *ruleset* (built by
``generator.checklist.compile`` from one Notice: every fact comes from there,
datetimes already carry the academy's UTC offset) and a dict of answers
(question id → answer string; ``birth_date`` as ``YYYY-MM-DD``).

Three-valued evaluation
    A condition is True, False or unknown. ``all``/``any``/``not`` follow Kleene
    logic (False wins in ``all``, True wins in ``any``, ``not`` swaps True and
    False and keeps unknown). An unknown result carries the set of questions
    whose answers could decide it: those become the *needed* questions.

Questions that are not asked
    A question whose ``asked_when`` is False for the current answers is *not
    applicable*: every test on it is False (so ``not {r408_waiver: "yes"}`` holds
    when the waiver question is not asked). The ``option`` question (kind
    ``option``) is applicable only when the specialty is answered and has options.
    A derived fact is not applicable when one of its sources is not applicable.
    A question the ruleset does not have (compile keeps only those some rule
    reads: ``reachability.questions_read``) is not applicable either: a test on
    it is False whatever the answers, it is never needed, and an answer to it is
    dropped (``unknown_question``). Read by a condition the compiler did not
    know of, it can never make the engine ask a question the form does not show.

Questions answered by another answer
    A question with a ``yes_when`` condition (content/questions.yaml: « Avez-vous déjà présenté ce BTS ? »,
    ``sat_before``, is not asked of a repeater, whose situation already says it) reads « yes » whenever that
    condition holds, asked or not: a test of its « yes » holds for a repeater, as the pages' « Pour qui » says it
    (« si vous avez déjà présenté ce BTS lors d'une session précédente »: generator/site/words.py), so that a notice
    item written ``{sat_before: "yes"}`` reaches the repeaters it names (staffwalk52 H1: the list said itself
    complete without it). While the condition is undecided, so is the question unless answered « yes ». Its reason
    names the answers that gave it (``from``: « (d'après « Quelle est votre situation ? » : …) »). Whether the
    question is asked (``asked_when``, ``normalise``) does not change.

Derived facts
    ``in_academy`` ("yes"/"no") from ``department`` and the academy's departments;
    ``r408_required`` ("yes"/"no") from ``specialty`` (and ``option`` when the R408
    list names one) and the national R408 list in force for the session (absent
    list: "no"); ``r408_listed`` the same with the notice's own list;
    ``national_age_band`` from ``birth_date`` and the registration window
    (``registration_window``: first and last day): ``under_25`` when the 25th
    birthday comes after the last day, ``from_25`` when it comes on or before
    the first day, ``turns_25`` in between (the national JDC rule looks at the
    age when registering);
    ``age_band`` from ``birth_date`` and the session's ``age_reference_date``:
    the age is the number of birthdays reached on the reference date, the
    birthday itself included (the day of the 18th birthday counts as 18, the day
    of the 25th birthday counts as 25). Someone born on 29 February has their
    birthday on 28 February in non-leap years. Bands: ``under_18`` (< 18),
    ``from_18_to_24`` (18 to 24), ``aged_25`` (25: a notice's « entre 18 et 25
    ans » may include it), ``from_26`` (26 and more). Without a reference
    date the band is not applicable. These two (``BIRTH_FACTS``) are computed by
    module-level functions (``birth_fact``) that the pages' words also call
    (generator/site/words.py: which of their values can occur together for a
    session's dates), so that the page and the checklist cannot disagree.

Steps
    Each CYCLADES step has a ``when`` condition (``["all", []]``: every
    candidate). The result lists the steps whose condition is True, with their
    number in the notice (so « 3 » is the notice's third step even when the
    second does not apply); undecided steps are listed apart
    (``undecided_steps``) and, like undecided documents, make the questions that
    could decide them needed: a step you may have to do is worth a question.
    Listed or undecided, a step carries its ``provenance`` (the ruleset's: where
    in the notice it is), which the renderers say under it as a piece's source
    (text.step_source; checklist.js: stepSource).

The pieces' dates
    Listed pieces that fall on two dates or more are grouped by date (``documents_by_date``, the earliest first; two
    deadlines at the same moment, read the same way, are one date; a date the notice does not give is a group of its
    deadline alone, last): the renderers say each group's date once, above its pieces, as a small heading, and no piece
    says it again (``own_date`` False; one the notice lets be deposited later says those words alone, under its date's
    heading). A review, fixgroups: Nantes 2026's list said its 19 November once, then « à déposer au plus tard le
    vendredi 12 décembre 2025 » under each of three attestations. A group of two pieces or more, one of which the notice
    lets be deposited later, has ``others`` True: its heading says « sauf indication contraire sous l'une d'elles », as
    ``documents_due`` « most » does (a review, read58 L1: Toulouse 2024's 22 November heading, the R408 attestation
    under it saying a later deposit, still said « Date limite de ces pièces »). On one date or none, ``documents_by_date`` is None and
    ``documents_due`` names the deadline most listed pieces share (two at least; on a tie, the first piece's of those
    tied, in the list's order), said once above the list by the renderers (answer.py, text.py, checklist.js: one
    reading of the result for the three), ``{"deadline": id, "all": every piece has it and none says it again}``, or
    None (no deadline shared by two pieces). A piece says its own date only where it differs from it: ``own_date`` of
    each piece (a review, read54 L5: on a phone the same date came under each of ten pieces, the one piece due on 15
    January lost among them); one the notice lets be deposited later (``late_deposit``) says its date with those words
    in one sentence where it has a date of its own, those words alone under the date said above (NOTE55: Toulouse
    2024's R408 attestation said « à déposer au plus tard le mercredi 22 novembre 2023 … » under « Date limite de ces
    pièces, sauf indication contraire sous l'une d'elles : au plus tard le mercredi 22 novembre 2023 »).

Exam adjustments
    For candidates whose ``disability`` answer is "yes", unless their
    ``exam_adjustment`` answer is "no", the result carries an item
    (``exam_adjustment``): ``request`` is that answer ("yes": a new request,
    "renewal": a renewal) or None while unanswered. When the session says how
    to request exam adjustments (ruleset ``exam_adjustment``), the item is that
    procedure, ``given`` True, with ``deadline`` the procedure's deadline in
    full (as in ``deadlines``); it depends on ``disability`` (and then on
    ``exam_adjustment``): while they are unanswered they are needed. The
    procedure's deadline is listed for candidates who ask for an adjustment
    (``exam_adjustment`` "yes" or "renewal"; a renewal the session says needs
    no new request, ``renewal_without_request``: only a date the notice gives,
    its copy in ``deadlines`` then marked ``new_request_only``, the renderers
    saying it is for those who must make one; ``dated``, ``new_request_only``
    of the item). When the notice does not say how
    (ruleset ``exam_adjustment`` None: « non précisé par la notice »), the item
    is ``{"given": False, "request": …, "deadline": None}``: the renderers say
    that the notice does not say how, as the notice page does; ``disability`` is
    needed for it (its answer decides whether that is said), ``exam_adjustment``
    is neither needed nor read (no procedure for it to choose; the ruleset
    leaves it out: reachability.engine_questions), whatever its answer.

Contacts
    The exam office first (``office`` None when the notice gives no contact),
    then the office the pages give for the candidate's situation (``situation``:
    a VAE candidate, the academy's VAE service), then the row of the specialty
    contact table that matches the answers, then the notice's other contacts. None for an ``outside_academy`` candidate: this
    academy's offices are not where they register; but given to one who lives
    abroad (department ``ABROAD``): no notice says where they register, and the
    page tells them to ask an exam office before the closing (no
    question is asked for them).

Standing
    Before any list, whether the notice concerns the candidate (``standing``):
    ``outside_academy`` (with the ``department``) when the notice says that residence decides
    where one registers (``session.residence``, its words: Toulouse, Clermont-Ferrand and Nantes
    2024 say so; no national text does), the candidate resides in a department of another academy
    (or abroad: ``ABROAD``, in no academy; no notice says where they register)
    and does not register through an establishment: nothing is listed and no question is needed nor
    any of its deadlines (this notice is not theirs). A notice that does not say so sends no one
    elsewhere for where they live: the candidate keeps the standing below, and the warning about
    the department (``in_academy``) tells them their department is another academy's. A
    candidate whose category (below) is registered by their ``establishment`` keeps that
    category's standing wherever they live. While the situation (or the route) is unanswered, the
    standing waits for it in a notice that has such a category: in an establishments' notice (or one
    for both), None with those questions needed, as for anyone whose situation is not given (its
    list may be theirs); in an individuals' notice that sends some candidates to their establishment
    (Nantes 2024's in-person trainees), ``outside_academy`` with ``unless_establishment`` and those
    questions needed, no list meanwhile (none of the answers gives one from this notice); in any
    other, ``outside_academy`` at once; else ``contradiction`` when a contradiction of the notice (``contradictions``)
    holds for the answers (its passages are shown, with the guide's ``advice``, and its ``advice_after_closing``, None
    when the session gives none, which the renderers say instead once registration is closed: the engine knows no
    day; the lists stay, the answer is never « complete »); else, from the notice's ``who`` categories matching the
    ``situation`` (and the ``route`` when a category names routes, unless every route the
    question offers leads to the same category: then it is not needed): ``concerned``
    when the category registers the way this notice is about (``individual``
    notices: ``how`` individual; ``establishment``: establishment; ``both``:
    either), ``excluded`` when the notice sends them elsewhere, ``how_unknown``
    when the notice does not say how, ``not_listed`` when no category matches (or, in an establishments' notice,
    when the category's way is not given: the notice names them to its establishments only, as Nantes 2026's
    repeaters who left their establishment, « il convient de les supprimer »; their ``category`` with the standing,
    whose words the renderers quote as what the notice says to establishments: a review, read50 L8; ``elsewhere``
    True when they live in a department of another academy, abroad not: the renderers send them to that academy
    first, and to this one's exam office only in case of doubt, not as if it were theirs: read60 M4; none of this
    notice's dates nor contacts then: no_dates, the result's ``no_dates``, and sent_elsewhere, fixcode59),
    ``unknown`` when the notice does not say who registers. For ``excluded`` and
    ``not_listed`` no document, step, undecided item nor date of the notice is
    listed (nothing is shown as if it applied; ``outside_academy`` the same). None while the situation is unanswered.
    ``complete`` is True only for a ``concerned`` candidate with nothing left to
    decide, in a notice that gives its list of documents, told no warning that
    says a piece of theirs is missing from that list (``unlisted_piece``).

Warnings
    The warnings of ``warnings`` whose condition holds, with their provenance. For a
    candidate given no list (``excluded``, ``not_listed``), only those whose condition
    reads ``in_academy`` alone (the department is another academy's): the others tell
    this notice's rules for its candidates (« forme de passage définitive »…), which do
    not concern someone this notice does not register, and need no question. For an
    ``outside_academy`` candidate, none: the standing says their department is another
    academy's. Those whose condition reads ``in_academy`` alone are not shown to a
    candidate whose category is registered by their establishment (where they live
    decides nothing; see Standing), and need no question for them. A warning with
    ``parts`` (a topic's statements of the notice, each with its own condition; its
    ``when`` holds when one of theirs does; its ``text`` None) says the parts whose
    condition holds (``parts``), in their order, and as the notice page groups them
    (``groups``: each group its text, its place in the notice, for a national
    statement said with them the titles of its texts, ``sources``, and, for a case of a
    place another one shown opens, its case); the parts still undecided need their
    questions. A warning with a ``deadline`` (a national rule the guide dates with the
    notice's registration closing, compile: ``_warnings``) keeps it, and that date is
    the candidate's (listed in ``deadlines``) while the warning is said to them.

Needed questions
    A question is needed iff it is unanswered, its ``asked_when`` is True, and an
    undecided document, step or warning, the contact table (when the
    session has one and the specialty, or the option when the table's row
    depends on it, is unanswered) or the exam-adjustment item (see above)
    depends on it (for a candidate given no list, only the department, which the warning about it needs;
    none at all for an ``outside_academy`` candidate). They are ordered by ``order`` then id.

Changing an answer
    ``normalise`` drops answers whose ``asked_when`` no longer holds (and an
    option the specialty does not have), repeatedly until nothing changes.
"""

from __future__ import annotations

import datetime as _dt
import re as _re

TRUE = True
FALSE = False
UNKNOWN = None

# as generator/departments.py reads a code (the engine ships alone): metropolitan, and the overseas codes of the
# Code officiel géographique (971…978, 984, 986…989; not 980, which Monaco's postal code 98000 would give)
_DEPARTMENT = _re.compile(r"(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-8]|98[46-9])")
# A candidate who lives outside France: INSEE's code for abroad, the answer ``clean_department`` gives for « 99 »,
# « étranger », « à l'étranger », « hors de France » (case, accents, spaces, hyphens and apostrophes free). In no
# academy (``in_academy`` is "no"); the renderers say that no notice of the guide says where such a candidate
# registers (content/interface.yaml, department_hint.abroad). As generator/departments.py reads it.
ABROAD = "99"
_ABROAD_WORDS = ("99", "etranger", "etrangere", "aletranger", "letranger", "horsdefrance", "horsdelafrance", "horsfrance")
_FOLD = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")
_NOT_LETTERS = _re.compile(r"[\s'’‘\-.]+")
_DATE = _re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The standings for which nothing is listed (see Standing in the module docstring).
NO_LIST = ("excluded", "not_listed", "outside_academy")
# The warning about another academy's department (content/checklist.yaml): the renderers say the department's
# academy under it (answer.py, text.py; checklist.js: DEPARTMENT_WARNING).
DEPARTMENT_WARNING = "outside_academy"
# Of those, the standings for which none of the notice's dates is said either (no_dates: the renderers, answer.py,
# text.py, and the result's ``no_dates``, checklist.js's): a candidate the notice does not cite is told to ask before its closing, and keeps its registration dates,
# unless they live in another academy's department (its ``elsewhere``: no_dates).
NO_DATES = ("excluded", "outside_academy")
DERIVED = ("in_academy", "r408_required", "r408_listed", "age_band", "national_age_band")


def no_dates(standing):
    """Whether none of the notice's dates is said to a candidate of this ``standing`` (a result's, or None): one it
    excludes or another academy's (``NO_DATES``), and one it does not cite who lives in another academy's department
    (``not_listed`` with ``elsewhere``, fixcode59: the note sends them to that academy, this one's office only for a
    doubt; the notice's dates, under the note, read as theirs, and nothing in it gives them its dates). The renderers
    (answer.py, text.py; the result's ``no_dates``, which checklist.js noDates reads)."""
    return standing is not None and (standing["kind"] in NO_DATES or bool(standing.get("elsewhere")))


def sent_elsewhere(standing):
    """Whether a candidate of this ``standing`` (a result's, or None) is sent to another academy, and none of this
    notice's contacts is theirs: ``outside_academy`` but abroad (no notice says where they register: this notice's
    exam office is one they may ask, its contacts stay), and one not cited who lives in another academy's department
    (``elsewhere``: the note names this academy's office for a doubt, its other contacts are for its own candidates;
    fixcode59). The engine's ``contacts`` and the renderers (answer.py, text.py; checklist.js: sentElsewhere)."""
    if standing is None:
        return False
    return (standing["kind"] == "outside_academy" and standing["department"] != ABROAD) or bool(standing.get("elsewhere"))


def standing_kind(result):
    """The kind of a result's standing (``concerned``, ``outside_academy``…; None while the situation is
    unanswered): what the page's answer and the command line test (``in NO_LIST``: no list for the candidate)."""
    return (result["standing"] or {}).get("kind")


# ---------------------------------------------------------------------------
# Answers: checking and normalising
# ---------------------------------------------------------------------------


def _questions(ruleset):
    return {q["id"]: q for q in ruleset["questions"]}


def parse_date(text):
    """A ``YYYY-MM-DD`` string as a date, or None."""
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        return None
    try:
        return _dt.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def clean_department(text):
    """A department code in canonical form (``9`` → ``09``, ``2a`` → ``2A``, ``97 4`` → ``974``, the postal code
    ``31 000`` → ``31``), ``ABROAD`` (« 99 ») for « étranger » or « hors de France », or None; as
    ``generator.departments.clean_code`` reads it (tests/test_departments.py checks they agree)."""
    if not isinstance(text, str):
        return None
    if _NOT_LETTERS.sub("", text.lower()).translate(_FOLD) in _ABROAD_WORDS:
        return ABROAD
    code = "".join(text.split()).upper()  # « 97 4 », as a phone's keyboard may space it
    if len(code) == 5 and code.isdigit():  # a postal code: its department (as the home page's finder reads it)
        code = code[:3] if code[:2] in ("97", "98") else ("2A" if int(code) < 20200 else "2B") if code[:2] == "20" else code[:2]
    if len(code) == 1 and code.isdigit():
        code = "0" + code
    if _DEPARTMENT.fullmatch(code):  # not 20: Corsica is 2A and 2B
        return code
    return None


def check_answers(ruleset, answers):
    """Problems with the answers: a list of dicts ``{question, value, reason}``.

    ``reason`` is ``unknown_question``, ``derived`` (a computed fact cannot be
    answered), ``not_text``, or ``unknown_value`` (with ``allowed`` when the
    answer is a choice).
    """
    questions = _questions(ruleset)
    problems = []
    for qid in sorted(answers):
        value = answers[qid]
        question = questions.get(qid)
        if question is None:
            problems.append({"question": qid, "value": value, "reason": "unknown_question"})
            continue
        if question["kind"] == "derived":
            problems.append({"question": qid, "value": value, "reason": "derived"})
            continue
        if not isinstance(value, str):
            problems.append({"question": qid, "value": value, "reason": "not_text"})
            continue
        if _clean_value(ruleset, question, value, answers) is None:
            problem = {"question": qid, "value": value, "reason": "unknown_value"}
            allowed = allowed_values(ruleset, qid, answers)
            if allowed is not None:
                problem["allowed"] = allowed
            problems.append(problem)
    return problems


def allowed_values(ruleset, qid, answers=None):
    """The allowed answers of a question as a list, or None when it is free (date, department). ``qid`` is one of the
    ruleset's questions (its callers: check_answers, which reports any other answer as ``unknown_question`` first, and
    the command line's list of the questions); another id is a caller's mistake, said as such (no list to give)."""
    questions = _questions(ruleset)
    if qid not in questions:
        raise ValueError(f"allowed_values: {qid!r} is not a question of this ruleset ({', '.join(sorted(questions))})")
    question = questions[qid]
    kind = question["kind"]
    if kind in ("choice", "derived"):
        return [c[0] for c in question["choices"]]
    if kind == "specialty":
        return sorted(ruleset["specialties"])
    if kind == "option":
        specialty = (answers or {}).get("specialty")
        if specialty in ruleset["specialties"]:
            return sorted(ruleset["specialties"][specialty]["options"])
        letters = set()
        for item in ruleset["specialties"].values():
            letters.update(item["options"])
        return sorted(letters)
    return None


def _clean_value(ruleset, question, value, answers):
    """The canonical answer, or None when it is not allowed."""
    kind = question["kind"]
    if kind == "choice":
        return value if value in [c[0] for c in question["choices"]] else None
    if kind == "date":
        day = parse_date(value)
        return day.isoformat() if day is not None else None
    if kind == "department":
        return clean_department(value)
    if kind == "specialty":
        return value if value in ruleset["specialties"] else None
    if kind == "option":
        letter = value.strip().upper()
        specialty = answers.get("specialty")
        if specialty in ruleset["specialties"]:
            return letter if letter in ruleset["specialties"][specialty]["options"] else None
        for item in ruleset["specialties"].values():
            if letter in item["options"]:
                return letter
        return None
    return None


def _normalise(ruleset, answers, questions=None):
    """(kept, dropped): see ``normalise``. ``questions``: the ruleset's question map (``_questions``) when the caller
    already has it (reachability.never_holds, which normalises thousands of combinations of one ruleset)."""
    if questions is None:
        questions = _questions(ruleset)
    kept = {}
    dropped = []
    for qid in sorted(answers):
        question = questions.get(qid)
        value = answers[qid]
        if question is None or question["kind"] == "derived" or not isinstance(value, str):
            dropped.append(qid)
            continue
        clean = _clean_value(ruleset, question, value, answers)
        if clean is None:
            dropped.append(qid)
            continue
        kept[qid] = clean
    changed = True
    while changed:
        changed = False
        state = _State(ruleset, kept, questions)
        for qid in sorted(kept, key=lambda q: (questions[q]["order"], q)):
            if state.applicable(qid)[0] is FALSE:
                del kept[qid]
                dropped.append(qid)
                changed = True
                break
    return kept, sorted(dropped)


def normalise(ruleset, answers):
    """The answers that still count: invalid answers and answers whose ``asked_when`` fails are dropped.

    Use ``dropped_answers`` (or the ``dropped`` entry of ``evaluate``) to tell the candidate which.
    """
    return _normalise(ruleset, answers)[0]


def dropped_answers(ruleset, answers):
    """The ids of the answers ``normalise`` drops, sorted."""
    return _normalise(ruleset, answers)[1]


def unasked_answers(ruleset, answers):
    """The ids of the answers ``normalise`` keeps that the page's form would never take, sorted.

    The form shows a question while it is needed (``evaluate``'s ``questions``) or answered (checklist.js: show). A
    candidate with these answers, answering from top to bottom each question as it appears, gives an answer only to a
    question shown at some point: the first needed one in the form's order, again and again. The others are never
    shown to them (read54 L3: an Aix-Marseille repeater who keeps their marks is not asked « renoncez-vous à un
    bénéfice de notes ? »). The command line, given every answer at once, says those ignored, as the answers
    ``normalise`` drops (``evaluate_given``). An answer that would change the list even so is kept (an option given
    while the specialty is not): an ignored answer changes nothing of the list.
    """
    return sorted(_unasked(ruleset, answers)[1])


def _unasked(ruleset, answers):
    """The answers that count for answers given at once (in the order the form takes them), those the form would
    never take (``unasked_answers``), and ``evaluate``'s result for the first ones, its ``problems`` left empty.

    One evaluation per answer the form takes (the questions it then asks decide the next one), made once: the walk's
    last one is the result (evaluate_given: not made again), and a trial that keeps an answer no question asked is the
    next step's."""
    given = _normalise(ruleset, answers)[0]
    questions = _questions(ruleset)
    pending = sorted(given, key=lambda q: (questions[q]["order"], q))
    kept = {}
    # (the answers already checked: check_answers, whose problems none of these results says, is not run again)
    result = _evaluate(ruleset, kept, [])
    while pending:
        needed = set(result["questions"])
        taken = next((q for q in pending if q in needed), None)
        if taken is not None:
            kept[taken] = given[taken]
            pending.remove(taken)
            result = _evaluate(ruleset, kept, [])
            continue
        # none shown: kept still if it changes the list
        listed = _listed(result)
        for qid in pending:
            trial = _evaluate(ruleset, {**kept, qid: given[qid]}, [])
            if _listed(trial) != listed:
                kept[qid] = given[qid]
                pending.remove(qid)
                result = trial
                break
        else:
            break
    return kept, pending, result


def _listed(result):
    """What a result tells the candidate, without the answers it read."""
    return {k: v for k, v in result.items() if k not in ("answers", "dropped", "problems", "facts", "asked")}


def evaluate_given(ruleset, answers):
    """``evaluate`` for answers given all at once (the command line): the answers the form would never take
    (``unasked_answers``) are left out and listed with the ``dropped`` ones, so that the text and ``--json`` say every
    answer that does not count, as the form never shows its question."""
    # (the answers kept, not those given less the unasked: an option left out with its specialty would count again)
    result = _unasked(ruleset, answers)[2]
    result["problems"] = check_answers(ruleset, answers)
    # (every answer given: counted, or said ignored), in the form's order, as the questions it asks (_ordered; review66
    # L4: alphabetical, « birth_date, disability, … specialty » for a form that asks specialty first); an id the session
    # does not know, last
    questions = _questions(ruleset)
    result["dropped"] = sorted(set(answers) - set(result["answers"]),
                               key=lambda q: (q not in questions, questions[q]["order"] if q in questions else 0, q))
    return result


# ---------------------------------------------------------------------------
# Derived facts and three-valued evaluation
# ---------------------------------------------------------------------------


def birthday_in(year, birth):
    """The birthday in ``year``; 29 February falls on 28 February in non-leap years."""
    if birth.month == 2 and birth.day == 29:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return _dt.date(year, 2, 29 if leap else 28)
    return _dt.date(year, birth.month, birth.day)


def age_on(birth, day):
    """Full years reached on ``day``; the birthday itself counts."""
    age = day.year - birth.year
    if day < birthday_in(day.year, birth):
        age -= 1
    return age


def age_band(birth, reference):
    age = age_on(birth, reference)
    if age < 18:
        return "under_18"
    if age < 25:
        return "from_18_to_24"
    if age == 25:
        return "aged_25"
    return "from_26"


def national_age_band(birth, first, last):
    """The age during the registration window (first and last day, dates) for the national JDC rule:
    ``under_25`` when the 25th birthday comes after the last day, ``from_25`` when it comes on or before the
    first day, ``turns_25`` in between."""
    birthday_25 = birthday_in(birth.year + 25, birth)
    if birthday_25 > last:
        return "under_25"
    if birthday_25 <= first:
        return "from_25"
    return "turns_25"


# The derived facts read from the birth date alone (and the session's dates): ``birth_fact`` says them.
BIRTH_FACTS = ("age_band", "national_age_band")


def birth_fact_dates(qid, session):
    """The session's dates a fact of ``BIRTH_FACTS`` reads (``age_reference_date``; the first and last days of
    ``registration_window``), as dates; None when the session lacks them (the fact is not applicable)."""
    if qid == "age_band":
        reference = session["age_reference_date"]
        return None if reference is None else (parse_date(reference),)
    if qid == "national_age_band":
        first, last = session["registration_window"]
        return None if last is None else (parse_date(first or last), parse_date(last))
    raise ValueError("not a fact of the birth date: " + qid)


def birth_fact(qid, birth, session):
    """A fact of ``BIRTH_FACTS`` for a birth date (a date) and the ruleset's ``session`` (its
    ``age_reference_date`` and ``registration_window``, ISO strings); False when the session lacks the dates the
    fact needs (not applicable). What the checklist derives, and what the pages' words
    (generator/site/words.py) enumerate: one computation for both."""
    dates = birth_fact_dates(qid, session)
    if dates is None:
        return FALSE
    if qid == "age_band":
        return age_band(birth, *dates)
    return national_age_band(birth, *dates)


class _State:
    """The answers with memoised applicability and values (value, missing questions)."""

    def __init__(self, ruleset, answers, questions=None):
        # (questions: the ruleset's map from _questions, when the caller already has it; it is only read)
        self.ruleset = ruleset
        self.answers = answers
        self.questions = _questions(ruleset) if questions is None else questions
        self._applicable = {}
        self._values = {}
        self._candidates = {}

    def applicable(self, qid):
        """(True | False | None, missing) — whether the question is asked now."""
        if qid in self._applicable:
            return self._applicable[qid]
        self._applicable[qid] = (UNKNOWN, frozenset())  # guards against cycles
        question = self.questions.get(qid)
        if question is None:
            # A question the ruleset does not keep (compile: reachability.questions_read) is never asked: not
            # applicable, as one whose asked_when fails (never needed, never a KeyError; see the module docstring).
            result = (FALSE, frozenset())
        elif question["kind"] == "derived":
            result = (TRUE, frozenset())
            missing = set()
            for source in question["derived_from"]:
                ok, miss = self.applicable(source)
                if ok is FALSE:
                    result = (FALSE, frozenset())
                    break
                if ok is UNKNOWN:
                    missing |= miss
            else:
                if missing:
                    result = (UNKNOWN, frozenset(missing))
        else:
            result = self.evaluate(question["asked_when"])
            if question["kind"] == "option" and result[0] is not FALSE:
                spec, miss = self.value("specialty")
                if spec is UNKNOWN:
                    result = (UNKNOWN, frozenset(miss) | (result[1] if result[0] is UNKNOWN else frozenset()))
                elif spec is FALSE or not self.ruleset["specialties"][spec]["options"]:
                    result = (FALSE, frozenset())
        self._applicable[qid] = result
        return result

    def value(self, qid):
        """(answer | False when not applicable | None when unknown, missing questions).

        An answer (or a derived fact) whose question may or may not be asked yet
        (``asked_when`` still unknown) is unknown here: ``candidate`` holds it.
        """
        if qid in self._values:
            return self._values[qid]
        self._values[qid] = (UNKNOWN, frozenset())  # guards against cycles (a yes_when that reads its own question)
        ok, missing = self.applicable(qid)
        if ok is FALSE:
            result = (FALSE, frozenset())
        elif self.questions[qid]["kind"] == "derived":
            result = self._derive(qid, self.value)
        elif ok is TRUE:
            result = (self.answers[qid], frozenset()) if qid in self.answers else (UNKNOWN, frozenset([qid]))
        else:
            result = (UNKNOWN, missing)
        said = self._said(qid)
        if said is not None:
            held, said_missing = said
            if held is TRUE:
                result = ("yes", frozenset())  # (another answer gives it: see Questions answered by another answer)
            elif held is UNKNOWN and result[0] != "yes":
                result = (UNKNOWN, frozenset(said_missing) | (result[1] if result[0] is UNKNOWN else frozenset()))
        self._values[qid] = result
        return result

    def _said(self, qid):
        """(True | False | None, missing) — whether another answer gives the question's « yes » (its ``yes_when``);
        None when it has none."""
        question = self.questions.get(qid)
        condition = question.get("yes_when") if question is not None else None
        return None if condition is None else self.evaluate(condition)

    def said_by(self, qid):
        """The answers that give the question its « yes » ([{question, value}], those its ``yes_when`` reads that
        are known), when that is where its value comes from; None otherwise (answered, or no such condition)."""
        said = self._said(qid)
        if said is None or said[0] is not TRUE or (self.applicable(qid)[0] is TRUE and qid in self.answers):
            return None
        found = []
        for source in _condition_questions(self.questions[qid]["yes_when"]):
            value = self.value(source)[0]
            if value not in (UNKNOWN, FALSE) and all(f["question"] != source for f in found):
                found.append({"question": source, "value": value})
        return found

    def candidate(self, qid):
        """The answer (or derived fact) as if the question were asked: False when it is not, None when unanswered."""
        if qid in self._candidates:
            return self._candidates[qid]
        self._candidates[qid] = UNKNOWN  # guards against cycles
        if self.applicable(qid)[0] is FALSE:
            result = FALSE
        elif self.questions[qid]["kind"] == "derived":
            result = self._derive(qid, lambda source: (self.candidate(source), frozenset()))[0]
        else:
            result = self.answers.get(qid, UNKNOWN)
        said = self._said(qid)
        if said is not None and said[0] is TRUE:
            result = "yes"
        elif said is not None and said[0] is UNKNOWN and result != "yes":
            result = UNKNOWN  # (another answer may still give its « yes »: an answer « no » decides nothing yet)
        self._candidates[qid] = result
        return result

    def _derive(self, qid, value):
        """A derived fact from its sources, read with ``value`` (``self.value`` or the candidates)."""
        if qid == "in_academy":
            code, miss = value("department")
            if code is UNKNOWN or code is FALSE:
                return (code, miss)
            return ("yes" if code in self.ruleset["academy"]["departments"] else "no", frozenset())
        if qid in BIRTH_FACTS:
            if birth_fact_dates(qid, self.ruleset["session"]) is None:
                return (FALSE, frozenset())  # (the session lacks the dates the fact needs)
            birth, miss = value("birth_date")
            if birth is UNKNOWN or birth is FALSE:
                return (birth, miss)
            return (birth_fact(qid, parse_date(birth), self.ruleset["session"]), frozenset())
        if qid in ("r408_required", "r408_listed"):
            entries = self.ruleset["r408" if qid == "r408_required" else "r408_notice"]
            spec, miss = value("specialty")
            if spec is UNKNOWN or spec is FALSE:
                return (spec, miss)
            needs_option = False
            for entry in entries:
                if entry[0] != spec:
                    continue
                if entry[1] is None:
                    return ("yes", frozenset())
                needs_option = True
            if needs_option:
                option, miss = value("option")
                if option is UNKNOWN:
                    return (UNKNOWN, miss)
                for entry in entries:
                    if entry[0] == spec and entry[1] == option:
                        return ("yes", frozenset())
            return ("no", frozenset())
        raise ValueError("unknown derived fact: " + qid)

    def evaluate(self, condition):
        """(True | False | None, missing questions) for a condition in JSON form."""
        kind = condition[0]
        if kind == "test":
            value, missing = self.value(condition[1])
            if value is UNKNOWN:
                # Not asked yet, but answered: an answer outside the tested values makes the
                # test false whether the question turns out to be asked or not.
                tentative = self.candidate(condition[1])
                if tentative is FALSE or (tentative is not UNKNOWN and tentative not in condition[2]):
                    return (FALSE, frozenset())
                return (UNKNOWN, missing)
            if value is FALSE:
                return (FALSE, frozenset())
            return (value in condition[2], frozenset())
        if kind == "not":
            result, missing = self.evaluate(condition[1][0])
            return (UNKNOWN if result is UNKNOWN else not result, missing)
        decisive = FALSE if kind == "all" else TRUE
        missing = set()
        unknown = False
        for child in condition[1]:
            result, miss = self.evaluate(child)
            if result is decisive:
                return (decisive, frozenset())
            if result is UNKNOWN:
                unknown = True
                missing |= miss
        if unknown:
            return (UNKNOWN, frozenset(missing))
        return (not decisive, frozenset())

    def why(self, condition):
        """The known answers a condition reads, in order of first mention: [{question, value, label}], a derived fact
        with ``from`` (the answers it is derived from) and ``asked`` (the choices its test asked together, when several)."""
        seen = []
        for qid in _condition_questions(condition):
            if qid in seen:
                continue
            seen.append(qid)
        reasons = []
        for qid in seen:
            value, _ = self.value(qid)
            if value is UNKNOWN or value is FALSE:
                continue
            item = {"question": qid, "value": value, "label": _choice_label(self.questions[qid], value)}
            # the choices the condition asked together with this one (one test of several that holds): a reason says
            # them in their words together when the question has them (phrases_together), as the page's « Pour qui »
            # and the checklist's undecided piece did before the answer (phone51 L3: « de 18 à 25 ans … », not the
            # « de 18 à 24 ans … » of the candidate's own band)
            asked = {tuple(values) for values in _held_tests(condition, qid, value)}
            if len(asked) == 1 and len(next(iter(asked))) > 1:
                item["asked"] = list(next(iter(asked)))
            sources = self.questions[qid]["derived_from"]
            if sources:
                item["from"] = [{"question": s, "value": self.value(s)[0]} for s in sources if self.value(s)[0] not in (UNKNOWN, FALSE)]
            said_by = self.said_by(qid)
            if said_by and all(f["question"] in seen for f in said_by):
                continue  # (the answers that give its « yes » are reasons already: « any: [{situation: repeater}, {sat_before: "yes"}] »)
            if said_by:  # its « yes » given by another answer (yes_when): « (d'après « Quelle est votre situation ? » : …) »
                item["from"] = said_by
            reasons.append(item)
        return reasons


def _held_tests(condition, qid, value, negated=False):
    """The values of the tests of ``qid`` in ``condition`` that ``value`` meets, not under a « not »."""
    if condition[0] == "test":
        return [condition[2]] if condition[1] == qid and value in condition[2] and not negated else []
    found = []
    for child in condition[1]:
        found.extend(_held_tests(child, qid, value, negated != (condition[0] == "not")))
    return found


def _condition_questions(condition):
    if condition[0] == "test":
        return [condition[1]]
    found = []
    for child in condition[1]:
        found.extend(_condition_questions(child))
    return found


def _choice_label(question, value):
    for choice_id, label in question["choices"]:
        if choice_id == value:
            return label
    return value


# ---------------------------------------------------------------------------
# The result
# ---------------------------------------------------------------------------


def _contacts(ruleset, state, listed=True, by_answers=True):
    """The contacts said to the candidate, and the questions they still need. ``by_answers`` false (a candidate living
    abroad): the exam office and the notice's other contacts only, none an answer picks (the situation's office, the
    specialty's managers), and nothing asked."""
    contacts = ruleset["contacts"]
    # The exam office comes first; its ``office`` is None when the notice gives no contact. To a candidate given no
    # list (``listed`` false: NO_LIST), sent to the office to ask how to register, without the guide's note on it, which
    # is for a registered candidate (Toulouse's « … (coordonnées sur votre confirmation d'inscription) »; read64 L1: said
    # to VAE, in-person and abroad candidates, who have no confirmation)
    # Its role too when the data says it speaks to registered candidates only (``role_for_registered``: Clermont-Ferrand's
    # « Signaler tout changement d'adresse […] et la non-réception du mél de confirmation d'inscription »; cfnantes65: said
    # to VAE, in-person and abroad candidates, told none of the dates of that confirmation), and so of any office.
    office = contacts["exam_office"]
    found = [{"kind": "exam_office", "office": office if listed else _unregistered(office, note=True)}]
    # the people of it the notice names under it (« Dossier suivi par : … »): said under it, not as other contacts
    if contacts["exam_office"] is not None and contacts.get("exam_office_people"):
        found[0]["people"] = [_unregistered(p) for p in contacts["exam_office_people"]] if not listed else contacts["exam_office_people"]
    # Then the office the pages give for the candidate's situation (a VAE candidate: the academy's VAE service).
    situation = state.value("situation")[0] if "situation" in state.questions and by_answers else UNKNOWN
    if situation not in (UNKNOWN, FALSE) and situation in contacts.get("situations", {}):
        found.append({"kind": "situation", "office": contacts["situations"][situation]})
    groups = contacts["specialty_groups"] if by_answers else ()
    missing = frozenset()
    if groups:
        spec, miss = state.value("specialty")
        if spec is UNKNOWN:
            missing = miss
        elif spec is not FALSE:
            # (a ruleset keeps the option only where something reads it: reachability.questions_read)
            option, option_missing = state.value("option") if "option" in state.questions else (FALSE, frozenset())

            def rows(letter):
                return [g for g in groups if any(ref[0] == spec and (ref[1] is None or ref[1] == letter) for ref in g["specialties"])]

            if option is UNKNOWN and any(ref[0] == spec and ref[1] is not None for g in groups for ref in g["specialties"]):
                letters = list(ruleset["specialties"].get(spec, {}).get("options", {}))
                by_option = [rows(letter) for letter in letters]
                if letters and all(found_rows == by_option[0] for found_rows in by_option):
                    option = letters[0]  # every option has the same rows (« SIO options A et B »): the option decides nothing
                else:
                    missing = option_missing  # the row depends on the option
            found_rows = rows(option)
            for group in found_rows:
                found.append({"kind": "specialty", "group": group})
            if missing and not found_rows:
                # the row depends on the option, not answered yet (Toulouse 2024: Maintenance des systèmes, options A
                # and B on two rows): said, with the notice's note on its table below, not left out (phone53 L7)
                found.append({"kind": "specialty_by_option"})
            if len(found_rows) > 1:
                # the notice names the specialty on several rows of its table, each with its numbers (Toulouse 2024:
                # CPRP, SCBH): said once under them, in the guide's words (phone53 M2: two « Gestionnaire de votre
                # spécialité », nothing saying why)
                found.append({"kind": "specialty_several"})
            if not found_rows and not missing:
                # the notice gives managers by specialty, none for this one (Toulouse 2024: Maintenance des systèmes
                # options C and D): said, not left out (« group »: None)
                found.append({"kind": "specialty", "group": None})
            # what the notice says of its table of managers (Toulouse 2024: « Les coordonnées du gestionnaire en charge
            # de votre spécialité apparaîtront sur votre confirmation d'inscription »), once, after the last of them:
            # a contact of its own, not a line of the last manager (a review: under CPRP's second row, it seemed to
            # concern that row only)
            note = contacts.get("specialty_groups_note")
            if note and found and found[-1]["kind"] in ("specialty", "specialty_by_option", "specialty_several"):
                found.append({"kind": "specialty_note", "note": note})
    for office in contacts["others"]:
        found.append({"kind": "other", "office": _unregistered(office) if not listed else office})
    return found, missing


def _unregistered(office, note=False):
    """``office`` as said to a candidate given no list: without its role when it speaks to registered candidates only
    (``role_for_registered``); ``note``: without its note either (the exam office's guide note; see _contacts)."""
    if office is None:
        return None
    # (its note left out, its web page's address it wrote, url_words, is given on its own line again: review76)
    return {**office, "role": None if office["role_for_registered"] else office["role"], "note": None if note else office["note"],
            "url_words": None if note else office.get("url_words")}


def _contacts_source(ruleset, contacts):
    """The line said under the contacts: the one of the office of the candidate's situation when it is among them (its
    place in the notice cited), the block's otherwise (compile._contacts_sources; read67 L1)."""
    by_situation = ruleset["contacts"].get("situation_sources") or {}
    for contact in contacts:
        if contact["kind"] == "situation":
            for situation, office in ruleset["contacts"].get("situations", {}).items():
                if office == contact["office"] and situation in by_situation:
                    return by_situation[situation]
    return ruleset["contacts"].get("source")


# ``_category``: the situation (or the route) is needed to know the candidate's category.
_UNDECIDED = object()
_CONCERNED = {"individual": ("individual",), "establishment": ("establishment",), "both": ("individual", "establishment")}


def _standing(ruleset, state):
    """(the candidate's standing or None, the questions it still needs, whether their establishment registers them);
    see the module docstring."""
    needed = set()
    category, missing = _category(ruleset, state)
    by_establishment = isinstance(category, dict) and category["how"] == "establishment"
    residence_decides = ruleset["session"]["residence"] is not None
    if residence_decides and "in_academy" in state.questions and state.value("in_academy")[0] == "no" and not by_establishment:
        # Residence decides where one registers oneself (the notice says so); a candidate whom their establishment registers is not sent
        # elsewhere by it (no notice says so). Undecided, the standing waits for the situation in a notice that has
        # candidates their establishment registers: those of an establishments' notice, and those an individuals'
        # notice sends to their establishment (Nantes 2024's in-person trainees, « l'inscription doit être faite
        # impérativement par l'intermédiaire de votre établissement », wherever they live: a review, read48 M1, read
        # « pas celle de votre académie » to such a trainee living in Ille-et-Vilaine who answered the department
        # first, and the notice's words to one who answered the situation first). In a notice without such
        # candidates, at once: the page says where to register oneself.
        registered_by_establishment = ruleset["who_given"] and any(c["how"] == "establishment" for c in ruleset["who"])
        if category is not _UNDECIDED or not registered_by_establishment:
            # Another academy's candidate: nothing of this notice is theirs (where to go: the page's national table).
            return {"kind": "outside_academy", "department": state.answers["department"]}, frozenset(), False
        # Waiting: no list either (one who registers themself is another academy's, one their establishment registers
        # gets none from this notice: review53 H1, a list « Pour tous les candidats » was shown meanwhile), the
        # situation asked, and the standing says it can change the answer (``unless_establishment``: the question to answer).
        # An establishments' notice (or one for both) concerns those their establishment registers: it waits with its
        # list, as for any candidate whose situation is not given (below).
        if "establishment" not in _CONCERNED[ruleset["session"]["audience"]]:
            first = next((q["id"] for q in ruleset["questions"] if q["id"] in missing), "situation")
            standing = {"kind": "outside_academy", "department": state.answers["department"], "unless_establishment": first}
            return standing, frozenset(missing), False
    for contradiction in ruleset["contradictions"]:
        result, missing_here = state.evaluate(contradiction["when"])
        if result is TRUE:
            # (both advices: the renderers say the one for the day, which the engine does not know)
            standing = {"kind": "contradiction", "about": contradiction["about"], "passages": contradiction["passages"], "advice": contradiction["advice"],
                        "advice_after_closing": contradiction.get("advice_after_closing")}
            return standing, frozenset(), by_establishment
        if result is UNKNOWN:
            needed |= missing_here
    if not ruleset["who_given"]:
        return {"kind": "unknown"}, frozenset(needed), False
    if category is _UNDECIDED:
        return None, frozenset(needed | set(missing)), False
    # (not cited, living in another academy's department: the renderers send them to that academy first, this one's
    # office only for a doubt; read60 M4)
    elsewhere = {"elsewhere": True} if _elsewhere(state) else {}
    if category is None:
        return {"kind": "not_listed", **elsewhere}, frozenset(needed), False
    how = category["how"]
    if how is None and ruleset["session"]["audience"] == "establishment":
        # (an establishments' notice registers those their establishment registers: one it names without saying how
        # is not among them, as a situation it does not name; its words on them are to establishments)
        return {"kind": "not_listed", "category": _standing_category(category, how), **elsewhere}, frozenset(needed), False
    if how is None:
        kind = "how_unknown"
    elif how in _CONCERNED[ruleset["session"]["audience"]]:
        kind = "concerned"
    else:
        kind = "excluded"
    return {"kind": kind, "category": _standing_category(category, how)}, frozenset(needed), by_establishment


def _standing_category(category: dict, how: str | None) -> dict:
    """A standing's category: its label (and whether it is the guide's, ``label_by_guide``; the notice's words for it,
    and for it and its detail together, when its text of the categories has them: compile.category_as_written), its
    details and ``how``."""
    return {"label": category["label"], "detail": category["detail"], "how": how,
            **({"label_by_guide": True} if category.get("label_by_guide") else {}),
            **{key: category[key] for key in ("label_as_written", "continued_as_written") if category.get(key)}}


def _elsewhere(state):
    """Whether the candidate lives in a department of another academy (``in_academy`` « no »; not abroad, in no
    academy: no notice of the guide says where they register)."""
    if "in_academy" not in state.questions or state.value("in_academy")[0] != "no":
        return False
    return state.answers.get("department") != ABROAD


def _category(ruleset, state):
    """(the notice's ``who`` category for the answers, None when none matches or the notice does not say who
    registers, _UNDECIDED while the situation, or the route, is needed; the questions needed to decide it)."""
    if not ruleset["who_given"]:
        return None, frozenset()
    situation, missing = state.value("situation")
    if situation is UNKNOWN or situation is FALSE:
        return _UNDECIDED, frozenset(missing)
    categories = [c for c in ruleset["who"] if c["situation"] == situation]
    if any(c["routes"] for c in categories):
        # (a ruleset without the route: no route decides the category, reachability.engine_questions; read as not
        # answered, the routes its categories name in place of the question's, each leading to the same one)
        route, missing = state.value("route") if "route" in state.questions else (UNKNOWN, frozenset())
        if route is UNKNOWN:
            # Every route the candidate could answer leads to the same category (Clermont-Ferrand: « scolaire, par
            # la voie de l'apprentissage ou de la formation continue », all through the establishment): no need to ask.
            routes = ([value for value, _ in state.questions["route"]["choices"]] if "route" in state.questions
                      else list(dict.fromkeys(r for c in categories for r in c["routes"])))
            outcomes = [_by_route(categories, value)[:1] for value in routes]
            if not routes or any(outcome != outcomes[0] for outcome in outcomes):
                return _UNDECIDED, frozenset(missing)
            route = routes[0]
        categories = _by_route(categories, route)
    return (categories[0] if categories else None), frozenset()


def _by_route(categories, route):
    """The categories of a situation that hold for ``route`` (FALSE: the route is not asked)."""
    return [c for c in categories if not c["routes"] or (route is not FALSE and route in c["routes"])]


def _r408_annexes(doc, state):
    """The annexes of the R408 recommendation the candidate's specialty requires, for an R408 item; [] when unknown."""
    entries = doc.get("r408_annexes") or []
    if not entries:
        return []
    spec = state.value("specialty")[0]
    option = state.value("option")[0] if "option" in state.questions else FALSE
    for entry in entries:
        if entry[0] == spec and (entry[1] is None or entry[1] == option):
            return list(entry[2])
    return []


def _exam_adjustment(ruleset, state):
    """(the exam-adjustment item or None, the questions it still needs); see the module docstring."""
    procedure = ruleset["exam_adjustment"]
    if "disability" not in state.questions:
        return None, frozenset()
    disability, missing = state.value("disability")
    if disability is UNKNOWN:
        return None, missing
    if disability != "yes":
        return None, frozenset()
    if procedure is None:
        # The notice does not say how: said so (``given`` False), nothing in its place; the request is not read (no
        # procedure for it to choose: the page never shows its question, read55 L1), nor asked.
        return {"given": False, "request": None, "deadline": None}, frozenset()
    request, missing = (UNKNOWN, frozenset())
    if "exam_adjustment" in state.questions:
        request, missing = state.value("exam_adjustment")
    if request == "no":
        return None, frozenset()
    request = request if request not in (UNKNOWN, FALSE) else None
    item = dict(procedure)
    item["given"] = True
    # The procedure's deadline in full (shown with the procedure even before the request is answered).
    item["deadline"] = next((dict(d) for d in ruleset["deadlines"] if d["id"] == procedure["deadline"]), None)
    item["request"] = request
    # whether the request's date is the candidate's (listed in ``deadlines``, said among their dates): a new request's,
    # and a renewal's. Where the notice says a renewal needs no new request (``renewal_without_request``, Nantes 2024:
    # « Pas de nouvelle demande à faire pour un candidat ajourné en 2023 qui se représente au même examen en 2024 (sauf
    # changement de sa situation médicale) »), its dispensation covers only some of those who already obtained an
    # adjustment: a date the notice gives stays among their dates, said to be for those who must make a new request
    # (``new_request_only``, the deadline's in ``deadlines`` too: review67 L8); one it does not give is left out (read55
    # L6: « Dates à retenir » said « date non précisée » under a dispensation). The item keeps its deadline, said with
    # the procedure, either way.
    dispensed = request == "renewal" and bool(procedure.get("renewal_without_request"))
    given_date = bool(item["deadline"] and item["deadline"].get("end"))
    item["dated"] = request == "yes" or (request == "renewal" and (not dispensed or given_date))
    item["new_request_only"] = dispensed and item["dated"]
    return item, (missing if request is None else frozenset())


def _within(section, other):
    """Whether a place of the notice is within another one (« « 1. Bénéfices de notes », « Candidats déjà inscrits… » »
    within « « 1. Bénéfices de notes » »): the other one, then « , », « : » or a space."""
    return bool(section) and bool(other) and other != section and section.startswith(other) and section[len(other)] in " ,:"


def _unquoted(words):
    """A place's words without the « » of its outermost quotations, the notice's headings (« « 1. Bénéfices de notes »,
    « Candidats déjà inscrits… » » → « 1. Bénéfices de notes, Candidats déjà inscrits… »), those inside them kept
    (« « BTS « maintenance des systèmes » » » → « BTS « maintenance des systèmes » »): a case named as its heading.
    Only when the words are the notice's headings alone (between them « , », « : », « ; »): words of the guide's
    beside them (« paragraphe « NB » », Clermont-Ferrand 2024) keep every « », which tell the notice's words from the
    guide's (review73 L6: « Paragraphe NB »)."""
    out, depth, after_open = [], 0, False
    outside = []  # (the words outside any quotation)
    for ch in words:
        if ch == "\u00ab":
            depth += 1
            if depth == 1:
                after_open = True
                continue
        elif ch == "\u00bb" and depth:
            depth -= 1
            if depth == 0:
                while out and out[-1].isspace():
                    out.pop()
                continue
        if after_open and ch.isspace():
            continue
        after_open = False
        out.append(ch)
        if not depth:
            outside.append(ch)
    if any(ch not in " ,:;" and not ch.isspace() for ch in outside):
        return " ".join(words.split())
    return " ".join("".join(out).split())


def _warning_groups(held, sections):
    """The parts that hold as the notice page groups them (consecutive statements of one place, then that place):
    each group its text (its parts, a paragraph each), its section and, for a place within another one shown (a case
    of the notice, « Candidats déjà inscrits à l'une des sessions 2019, 2020, 2021 »), its case: the label its text
    opens with on a line of its own ending with « : » (taken out of the text, said as the group's heading), or else
    the words its place adds to the other one (capitalised); None for a group that is no case. A national statement
    the topic's warning says with them (compile: _warnings) is a group of its own, no place, the titles of its national
    texts its source (``sources``, only then; the ruleset's part: its ``texts``, as a provenance's).

    ``held``: (a part's text, its section, its national texts' titles) of each part that holds. Inside, a group's
    ``paragraphs`` are its parts' texts (joined into its ``text``) and its ``sources`` those titles."""
    groups = []
    for paragraph, section, sources in held:
        if groups and groups[-1]["section"] == section and groups[-1]["sources"] == sources:
            groups[-1]["paragraphs"].append(paragraph)
        else:
            groups.append({"section": section, "sources": sources, "paragraphs": [paragraph]})
    out = []
    for group in groups:
        section = group["section"]
        text = "\n\n".join(group["paragraphs"])
        outer = [o for o in sections if _within(section, o)]
        case = None
        if outer:
            lines = text.strip("\n").split("\n")
            # (not a sentence that opens a list, « … doivent justifier : » then « - soit … »: the text's own)
            if len(lines) > 1 and lines[0].strip().endswith(":") and lines[1].strip() and not lines[1].lstrip().startswith("- "):
                case = lines[0].strip()[:-1].rstrip()
                text = "\n".join(lines[1:])
            else:
                words = _unquoted(section[len(max(outer, key=len)):]).lstrip(" ,:")
                case = words[:1].upper() + words[1:]
        group_out = {"case": case, "text": text, "section": section}
        if group["sources"]:  # a national statement of the topic: its texts' titles, its source (text.group_source)
            group_out["sources"] = group["sources"]
        out.append(group_out)
    return out


def _warning_parts(warning, state):
    """A warning made of parts (a topic's statements of the notice, see Warnings), its ``text`` None: the parts that
    hold (``parts``: their index in the ruleset's warning and their text: checklist.js says each next to the answer
    that made it hold) and the page's groups of them, each with its place in the notice (``groups``: see
    _warning_groups; the three outputs show these); and the questions of the parts still undecided."""
    sections, needed, held, parts, due = [], set(), [], [], None
    for index, part in enumerate(warning["parts"]):
        result, missing = state.evaluate(part["when"])
        if result is TRUE:
            held.append((part["text"], part["section"], part.get("texts") or []))
            parts.append({"index": index, "text": part["text"]})
            due = due or part.get("deadline")
            if part["section"] is not None and part["section"] not in sections:
                sections.append(part["section"])
        elif result is UNKNOWN:
            needed |= missing
    groups = _warning_groups(held, sections)
    provenance = {"kind": "notice", "section": None, "texts": []}  # (each group says its own place)
    # (no text of its own: its parts' and its groups' say it, in the order and the words the outputs show)
    item = {"id": warning["id"], "title": warning["title"], "text": None, "provenance": provenance,
            "parts": parts, "groups": groups}
    if due:  # a national part the guide dates with the notice's closing (compile: _part): said after the groups
        item["deadline"] = due
    return item, needed


def evaluate(ruleset, answers):
    """The candidate's checklist for these answers (see the module docstring).

    Returns a JSON-able dict: ``answers`` (normalised), ``dropped``, ``problems``
    (see ``check_answers``), ``facts`` (derived facts known), ``documents``, ``undecided`` (each with what its source
    line says, as a listed piece: ``_source``), ``deadlines``,
    ``steps``, ``undecided_steps``, ``exam_adjustment``, ``warnings``, ``contacts``, ``questions`` (needed, ordered),
    ``contact_questions`` (those of ``questions`` only the contacts need: they cannot change the list),
    ``asked`` (the questions a form shows now: asked_when holds).
    """
    return _evaluate(ruleset, answers, check_answers(ruleset, answers))


def _evaluate(ruleset, answers, problems):
    """``evaluate``, its ``problems`` given (``check_answers``' for these answers, or none where the caller says them:
    evaluate_given)."""
    kept, dropped = _normalise(ruleset, answers)
    state = _State(ruleset, kept)
    needed = set()

    standing, missing, by_establishment = _standing(ruleset, state)
    needed |= missing
    listed = standing is None or standing["kind"] not in NO_LIST
    elsewhere = standing is not None and standing["kind"] == "outside_academy"
    # living abroad (ABROAD): no notice of the guide says where to register; this academy's offices are among those
    # the candidate may ask (the page says to ask an exam office): its contacts stay
    abroad = elsewhere and standing["department"] == ABROAD

    documents = []
    undecided = []
    for doc in ruleset["documents"] if listed else ():
        result, missing = state.evaluate(doc["when"])
        if result is TRUE:
            why = state.why(doc["when"])
            annexes = _r408_annexes(doc, state)
            documents.append({
                "id": doc["id"], "label": doc["label"], "group": doc["group"], "deadline": doc["deadline"],
                "detail": doc["detail"], "national": doc["national"], "covers": doc["covers"], **_source(doc),
                # the notice's item it replaces, which the notice asks for without exemption: said unless that item is
                # not for the candidate (Toulouse's R408 item, for the specialties of its own list only)
                "unwaived": doc.get("unwaived") if doc.get("unwaived") and state.evaluate(doc["unwaived_when"])[0] is not FALSE else None,
                "unwaived_texts": doc.get("unwaived_texts"),
                "late_deposit": doc.get("late_deposit"), "national_dating": doc.get("national_dating", []),
                "annexes": annexes,
                # the notice the national R408 list is from (its text not read), for a piece it decides: its annexes,
                # or a reason that is that list (« votre spécialité figure sur la liste R408 nationale… »)
                # (the annexes of the notice's own list, which gives them: « d'après la notice », not that notice)
                "annexes_by_notice": bool(annexes) and doc.get("r408_annexes_by_notice", False),
                "r408_as_given_by": ruleset.get("r408_as_given_by") if (annexes and not doc.get("r408_annexes_by_notice", False)) or any(w["question"] == "r408_required" for w in why) else None,
                "why": why,
            })
        elif result is UNKNOWN:
            needed |= missing
            # (its source, as a listed piece's: the renderers say it under it in the same words)
            # (and its later deposit, as a listed piece's: the renderers say it under it, and the bar does not say all
            # dates passed while it may still be deposited; read64 M1: Toulouse 2024's R408 attestation, the RQTH
            # question open)
            undecided.append({"id": doc["id"], "label": doc["label"], "who": doc.get("who") or None, "deadline": doc["deadline"],
                              "late_deposit": doc.get("late_deposit"), "missing": _ordered(state, missing), **_source(doc)})

    _own_tables(documents, undecided)
    warnings = []
    # by_establishment: registered by their establishment, where the candidate lives decides nothing (see Standing).
    for warning in ruleset["warnings"]:
        about_residence = set(_condition_questions(warning["when"])) == {"in_academy"}
        if (by_establishment or elsewhere) and about_residence:
            continue  # (registered by their establishment: where they live decides nothing; another academy's: the standing says it)
        if not listed and not about_residence:
            continue  # no list from this notice: its rules for its candidates are not theirs (see Warnings)
        result, missing = state.evaluate(warning["when"])
        if result is TRUE and warning.get("parts"):
            item, missing = _warning_parts(warning, state)
            warnings.append(item)
            needed |= missing  # (a part still open: its questions, the warning may say more)
        elif result is TRUE:
            item = {"id": warning["id"], "title": warning["title"], "text": warning["text"], "provenance": warning["provenance"]}
            if warning.get("deadline"):  # a national rule the guide dates with the notice's closing (compile: _warnings)
                item["deadline"] = warning["deadline"]
            if warning.get("unlisted_piece"):
                # it says a piece of theirs is missing from the notice's list (compile: _unlisted_piece): the list is
                # not complete, and the bar says « liste incomplète » (page._documents_words, checklist.js: documentsWords)
                item["unlisted_piece"] = True
            warnings.append(item)
        elif result is UNKNOWN and not elsewhere:
            needed |= missing  # (given no list: the department only, which may make them another academy's)

    # what the contacts still need (the specialty, for its manager) is added once the list's own needs are known
    # (living abroad: the exam office, one they may ask, without asking anything; not the contacts an answer picks,
    # the specialty's manager or the situation's office, which the form never asks them for: read68 L4, a manager's
    # phone said to them only when a specialty was answered before the department)
    contacts, contact_missing = _contacts(ruleset, state, listed, by_answers=not abroad) if not sent_elsewhere(standing) else ([], frozenset())

    steps = []
    undecided_steps = []
    for step in ruleset["steps"] if listed else ():
        result, missing = state.evaluate(step["when"])
        if result is TRUE:
            steps.append({"number": step["number"], "title": step["title"], "text": step["text"], "deadline": step["deadline"],
                          "provenance": step["provenance"]})
        elif result is UNKNOWN:
            needed |= missing
            # (its source, as a listed step's: the renderers say it under it in the same words)
            undecided_steps.append({"number": step["number"], "title": step["title"], "missing": _ordered(state, missing),
                                    "provenance": step["provenance"]})

    adjustment, missing = _exam_adjustment(ruleset, state) if listed else (None, frozenset())
    needed |= missing
    # questions only the contacts need: they cannot change the list (a candidate given none still gets the contact)
    for_contacts = contact_missing - needed
    needed |= contact_missing

    deadline_ids = set()
    referenced = set()
    for doc in ruleset["documents"]:
        referenced.add(doc["deadline"])
    for doc in documents:
        deadline_ids.add(doc["deadline"])
    for step in ruleset["steps"]:
        if step["deadline"]:
            referenced.add(step["deadline"])
    for step in steps:
        if step["deadline"]:
            deadline_ids.add(step["deadline"])
    # a national rule's date the guide gives (the notice's closing): the candidate's when its warning is said to them
    for warning in ruleset["warnings"]:
        if warning.get("deadline"):
            referenced.add(warning["deadline"])
    for warning in warnings:
        if warning.get("deadline"):
            deadline_ids.add(warning["deadline"])
    procedure = ruleset["exam_adjustment"]
    # the request's date listed only for those who must make a new request (not a date the candidate has otherwise)
    new_request_only = None
    if procedure and procedure["deadline"]:
        referenced.add(procedure["deadline"])
        if adjustment is not None and adjustment["dated"]:
            if adjustment.get("new_request_only") and procedure["deadline"] not in deadline_ids:
                new_request_only = procedure["deadline"]
            deadline_ids.add(procedure["deadline"])
    deadlines = []
    for deadline in ruleset["deadlines"]:
        if deadline["id"] in deadline_ids or (deadline["id"] not in referenced and listed):
            deadlines.append({**deadline, **({"new_request_only": True} if deadline["id"] == new_request_only else {})})

    by_date = _documents_by_date(documents, deadlines)
    due = None if by_date else _documents_due(documents, {d["id"] for d in deadlines})
    for doc in documents:
        # (grouped by date: each group's date said once, above its pieces; a later deposit said without it)
        doc["own_date"] = not by_date and (due is None or doc["deadline"] != due["deadline"])

    facts = {}
    for qid in DERIVED:
        if qid in state.questions:
            value = state.value(qid)[0]
            if value is not UNKNOWN and value is not FALSE:
                facts[qid] = value

    return {
        "academy": ruleset["academy"]["slug"],
        "session": ruleset["session"]["year"],
        "answers": kept,
        "facts": facts,
        "dropped": dropped,
        "problems": problems,
        "documents": documents,
        "undecided": undecided,
        "registration": ruleset["session"]["registration"],
        "deadlines": deadlines,
        "documents_due": due,
        "documents_by_date": by_date,
        "steps": steps,
        "undecided_steps": undecided_steps,
        "exam_adjustment": adjustment,
        "warnings": warnings,
        "contacts": contacts,
        # (their place in the notice, said under them as the notice page does, citing only the places of what they
        # show: compile, contacts.source; with the office of the candidate's situation, its line: read67 L1)
        "contacts_source": _contacts_source(ruleset, contacts),
        "standing": standing,
        # (none of the notice's dates said to them: the renderers' and the page's, checklist.js noDates, NOTE60)
        "no_dates": no_dates(standing),
        "complete": bool(
            standing is not None and standing["kind"] == "concerned" and not (needed - for_contacts) and not undecided
            and not undecided_steps and ruleset["documents_given"] and not any(w.get("unlisted_piece") for w in warnings)
        ),
        "questions": _ordered(state, needed),
        "contact_questions": _ordered(state, for_contacts),
        "asked": [q["id"] for q in ruleset["questions"] if q["kind"] != "derived" and state.applicable(q["id"])[0] is TRUE],
    }


def _documents_due(documents, known):
    """The deadline (of ``known``, the result's) most of the listed ``documents`` share, two at least, the first in the list's order on a tie, and
    whether every piece has it (see The pieces' common deadline); None when no two pieces share one."""
    counts = {}
    for doc in documents:
        if doc["deadline"] in known:
            counts[doc["deadline"]] = counts.get(doc["deadline"], 0) + 1
    if not counts or max(counts.values()) < 2:
        return None
    most = max(counts.values())
    deadline = next(d["deadline"] for d in documents if counts.get(d["deadline"]) == most)
    # (« toutes ces pièces » only where no piece says a date of its own: a piece the notice lets be deposited later
    # says its date with those words, under it; phone56 L2: Toulouse's R408 attestation under « toutes ces pièces »)
    every = most == len(documents) and not any(d["late_deposit"] for d in documents)
    return {"deadline": deadline, "all": every}


def _documents_by_date(documents, deadlines):
    """The listed ``documents`` grouped by the date of their deadline (of ``deadlines``, the result's, in date order)
    when they fall on two dates or more, the earliest first: ``[{"deadline": id, "documents": [piece ids], "others":
    bool}]``, each group's pieces in the list's order, its ``deadline`` its first piece's, ``others`` whether it has
    two pieces or more, one of them one the notice lets be deposited later (its heading: « sauf indication contraire »);
    two deadlines said in the same words (the same moment, read the same way) make one group. None when they fall on
    one date or none (see The pieces' dates)."""
    order = {d["id"]: i for i, d in enumerate(deadlines)}
    moments = {d["id"]: (d["end"], d["has_time"], d["kind"], d["at_the_latest"], d.get("reading")) for d in deadlines}
    groups = {}
    for doc in documents:
        if doc["deadline"] not in moments:
            return None  # (a piece with no date of the result's: not grouped; no notice has one)
        moment = moments[doc["deadline"]] if moments[doc["deadline"]][0] is not None else ("undated", doc["deadline"])
        group = groups.setdefault(moment, {"deadline": doc["deadline"], "documents": [], "late": False})
        group["documents"].append(doc["id"])
        group["late"] = group["late"] or bool(doc["late_deposit"])
    if len(groups) < 2:
        return None
    return [{"deadline": g["deadline"], "documents": g["documents"], "others": g["late"] and len(g["documents"]) > 1}
            for g in sorted(groups.values(), key=lambda g: order[g["deadline"]])]


def _own_tables(documents, undecided):
    """A piece the notice's list repeats under several tables (its provenance's ``sections``: Aix-Marseille 2023's R 408
    line, under the distance, experience and repeaters' tables), listed or still undecided (its source in the same words
    as once listed): its source names only the tables another listed piece comes from, the candidate's own case, when
    there are any (a review, read56 L7: a repeater read all three); all of them otherwise. In place."""
    for doc in (*documents, *undecided):
        tables = doc["provenance"].get("sections")
        if not tables:
            continue
        # (each table said where the notice has it, its ``places``: compile._listed_in)
        places = doc["provenance"].get("places") or tables
        own = [place for table, place in zip(tables, places) if any(other is not doc and other["group"] == table for other in documents)]
        if own:
            doc["provenance"] = {**doc["provenance"], "section": " ; ".join(own)}


def _source(doc):
    """What a piece's source line says (text.document_source; checklist.js: documentSource), the same for a listed
    piece and for one still undecided: where it comes from (the notice's section, or the national texts), whether the
    notice mentions it (``notice_silent``, ``mention``), who dates it (``dated_by_guide``,
    ``dated_as``), whose its label is (``label_by_guide``, only when the guide's) and whether the notice, silent on it
    in this case, cites its texts (``cited_unasked``, only then)."""
    return {
        "provenance": doc["provenance"], "notice_silent": doc["notice_silent"], "mention": doc["mention"],
        "dated_by_guide": doc.get("dated_by_guide", False),
        "dated_as": doc.get("dated_as"), **({"label_by_guide": True} if doc.get("label_by_guide") else {}),
        **({"cited_unasked": True} if doc.get("cited_unasked") else {}),
    }


def _ordered(state, qids):
    return sorted(qids, key=lambda q: (state.questions[q]["order"], q))


def evaluate_json(ruleset_text, answers_text):
    """JSON in, JSON out: what the browser worker calls."""
    import json

    return json.dumps(evaluate(json.loads(ruleset_text), json.loads(answers_text)), ensure_ascii=False, sort_keys=True)
