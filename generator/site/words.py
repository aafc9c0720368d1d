"""A notice's data in words: conditions, specialties, dates, past sessions (plain text, not escaped).

The view models of the pages (``notice_view``, ``establishment_view``,
``home_view``) take their words from here; the templates escape them.
"""

from __future__ import annotations

import datetime as dt

from ..merge import Notice, ResolvedDocument
from ..model.conditions import Condition
from ..model.specialties import SpecialtyRef
from . import dates


def last_date(notice: Notice) -> dt.datetime | None:
    """The last instant of the session's registration: closing or latest deadline (of those the notice gives)."""
    instants = [d.end for d in notice.deadlines if d.end is not None]
    if notice.closing is not None:
        instants.append(notice.closing)
    return max(instants) if instants else None


def is_past(notice: Notice, today: dt.date) -> bool:
    """A session is past when every registration date of its notice is before today."""
    last = last_date(notice)
    return last is not None and last.date() < today


def moment(notice: Notice, value: dt.datetime | None, has_time: bool, *, information: bool = False) -> str:
    """A date of the notice in words, in the notice's time zone (``dates.moment``)."""
    return dates.moment(value, has_time, notice.tz, notice.texts, information=information)


def opening_words(notice: Notice) -> str:
    """The registration opening in words (« date non précisée par la notice » when it does not give it)."""
    return moment(notice, notice.opening, notice.opening_has_time)


def closing_words(notice: Notice) -> str:
    return moment(notice, notice.closing, notice.closing_has_time)


def deadline_moment(notice: Notice, deadline_id: str) -> str:
    """When deadline ``deadline_id`` falls, in words (a date given for information needs no hour)."""
    d = notice.deadline(deadline_id)
    return moment(notice, d.end, d.has_time, information=d.kind != "deadline")


def specialty_name(notice: Notice, ref: SpecialtyRef | str) -> str:
    """« Maintenance des systèmes, option B » from a reference or an id."""
    if isinstance(ref, str):
        ref = SpecialtyRef.parse(ref)
    spec = notice.specialties.get(ref.specialty)
    name = spec.name if spec else ref.specialty
    if spec and spec.abbreviation:
        name = f"{name} ({spec.abbreviation})"
    if ref.option:
        option = spec.options.get(ref.option) if spec else None
        name += ", " + (option or notice.texts.text("conditions.option", letter=ref.option))
    return name


def _value_words(notice: Notice, question_id: str, value: str) -> str:
    question = notice.questions.get(question_id)
    if question is None:
        return value
    if question.kind == "specialty":
        return specialty_name(notice, value)
    if question.kind == "option":
        return notice.texts.text("conditions.option", letter=value)
    return question.choices.get(value, value)


def condition_words(notice: Notice, cond: Condition) -> str:
    """A ``when:`` condition in words, with the questions' labels (plain text)."""
    t = notice.texts
    if cond.kind == "all" and not cond.children:
        return t.text("conditions.everyone")
    if cond.kind == "test":
        question = notice.questions.get(cond.question)
        label = question.label if question else cond.question
        values = [_value_words(notice, cond.question, v) for v in cond.values]
        if question is not None and question.kind == "derived":
            # A fact computed from other answers reads as the fact itself: « la spécialité figure sur la liste R408… ».
            return t.join("conditions.or_answer", values)
        if label.rstrip().endswith("?"):
            quoted = [t.text("conditions.quoted_answer", answer=v) for v in values]
            return t.text("conditions.question_answer", question=label, answers=t.join("conditions.or_answer", quoted))
        return t.text("conditions.statement_answer", statement=label, answers=t.join("conditions.or_answer", values))
    if cond.kind == "not":
        return t.text("conditions.unless", condition=condition_words(notice, cond.children[0]))
    parts = [condition_words(notice, c) for c in cond.children]
    if cond.kind == "any":
        return t.text("conditions.any", conditions=t.join("conditions.any_join", [f"({p})" for p in parts]))
    return t.join("conditions.all_join", parts)


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
    """« Label : date in words » of a deadline (empty without one)."""
    if not deadline_id:
        return ""
    return notice.texts.text("common.label_value", label=notice.deadline(deadline_id).label, value=deadline_moment(notice, deadline_id))


def document_deadline(notice: Notice, doc: ResolvedDocument) -> str:
    """A document's deadline in words: the date, its label when it is not the documents' one, then the notice's words on a later deposit."""
    t = notice.texts
    when = deadline_moment(notice, doc.deadline)
    if doc.deadline != "documents":
        when = t.text("common.label_value", label=notice.deadline(doc.deadline).label, value=when)
    if doc.late_deposit:
        when = t.text("documents.late_deposit", date=when, words=doc.late_deposit)
    return when
