"""The days a deadline's notice words write (generator/model/values.py: days_quoted, deadline_days,
another_day_written), read once for the page's timeline (words.guide_day: « date retenue par le guide ») and for
validate's point on a day the words do not write (staff.lint.lint_deadline_days).

Hand-written cases on the functions; the agreement of the two readers on every deadline of the frozen project
(tests/fixtures/project), each with its note taken away (the one thing the lint reads that the timeline does not).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.model.values import END_OF_DAY, Moment, another_day_written, days_quoted, deadline_days, given, hour_written, hours_written
from generator.problems import Problems
from generator.site.words import guide_day
from generator.staff.lint import lint_deadline_days, lint_deadline_hours


@pytest.mark.parametrize("words, days", [
    ("avant le 15 novembre 2023", {(15, 11)}),
    ("du lundi 16 octobre au 1er décembre", {(16, 10), (1, 12)}),
    ("le 15/01/2024 ou le 20.01.24", {(15, 1), (20, 1)}),
    ("le 29 février", {(29, 2)}),  # no year: a leap year has it
    ("le 29 février 2024, le 29/02/2024, le 29/02/24", {(29, 2)}),
    ("le 31/12/2023", {(31, 12)}),
])
def test_the_days_a_text_writes(words, days):
    assert days_quoted(words) == days


@pytest.mark.parametrize("words", [
    "le 31 février", "le 30/02/2024", "le 29 février 2023", "le 29/02/2023", "le 29/02/23",
    "le 31 avril 2024", "le 31/06/2024", "le 45/13/2024", "le 0/12/2024", "le 12/00/2024", "le 32 janvier",
])
def test_a_day_no_calendar_has_is_none(words):
    assert days_quoted(words) == set()
    assert not another_day_written(dt.date(2024, 3, 1), words, None)


def test_a_deadline_s_words_and_as_written_are_read_together_their_bold_aside():
    assert deadline_days("**impérativement avant le 15 novembre 2023**", "avant le 21 novembre 2023") == {(15, 11), (21, 11)}
    assert deadline_days(None, None) == set()
    day = dt.date(2023, 11, 14)
    assert another_day_written(day, "**impérativement avant le 15 novembre 2023**", None)
    assert another_day_written(day, None, "avant le 15 novembre 2023")
    assert not another_day_written(day, "le **14 novembre 2023** au plus tard", None)
    assert not another_day_written(day, "avant le 15 novembre", "le 14 novembre")  # one of them writes the day kept
    assert not another_day_written(day, "à la date limite d'inscription à l'examen", None)  # no day written
    assert not another_day_written(day, None, None)


def test_the_timeline_and_validate_read_a_deadline_s_days_alike(frozen_notices):
    """Every deadline of the frozen sessions, its note taken away: validate asks about its day exactly when the
    timeline marks it as the guide's (Clermont-Ferrand 2024's « avant le 15 novembre », kept as the 14th, among
    them)."""
    marked = 0
    for notice in frozen_notices:
        session = notice.session
        deadlines = given(session.deadlines) or {}
        bare = dataclasses.replace(session, deadlines={did: dataclasses.replace(d, note=None) for did, d in deadlines.items()})
        problems = Problems()
        lint_deadline_days(notice.slug, bare, problems)
        # (the day its words write, not the one at: keeps; not « avant le 12 » with at: on the 12th, asked too but a
        # day the timeline does not call the guide's: staff.lint._lint_before_day)
        # (a point, or a problem when the words give one other day, day and month, not « avant le » that day's eve:
        # staff69 item 3)
        asked = {p.path.split(".")[1] for p in (*problems.warnings, *problems.items)
                 if "n'écrivent pas ce jour" in p.message or "donnent une seule date" in p.message}
        # (a day the session file says is the guide's reading, day_by_guide:, is marked without words to compare)
        shown = {d.id for d in notice.deadlines if d.id in deadlines and isinstance(deadlines[d.id].at, Moment) and guide_day(d)
                 and not d.day_by_guide}
        assert asked == shown, (notice.slug, notice.year)
        marked += len(shown)
    assert marked, "no frozen deadline keeps a day its words do not write"


def test_a_day_the_session_file_says_is_the_guide_s_reading_is_marked_so(frozen_notices):
    """read49 M1: Toulouse 2024's request for exam adjustments, « au plus tard à la date limite d'inscription à
    l'examen », a day the notice does not write (its closing, or the end of its « période d'inscription »?): the guide's
    reading, its note says so, but the timeline and the calendar showed it as the notice's. ``day_by_guide: true``
    marks it « date retenue par le guide » in both; without it, the same deadline is not marked (its words write no
    day)."""
    from generator.site import ics

    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    deadline = next(d for d in notice.deadlines if d.id == "exam_adjustment")
    assert deadline.day_by_guide and deadline.note and guide_day(deadline)
    assert not guide_day(dataclasses.replace(deadline, day_by_guide=False))
    mark = notice.texts.text("timeline.guide_mark")
    calendar = ics.calendar(notice).decode("utf-8").replace("\r\n ", "")
    title = next(line for line in calendar.split("\r\n") if line.startswith("SUMMARY:") and "CDAPH" in line)
    assert title.endswith(mark), title


@pytest.mark.parametrize("text, hours", [
    ("17:00", [("17:00", {dt.time(17, 0)})]),
    ("au plus tard le vendredi 24 novembre 2023 à **minuit**", [("minuit", {END_OF_DAY, dt.time(0, 0)})]),
    ("à 17 h 30", [("17 h 30", {dt.time(17, 30)})]),
    ("jusqu'à midi", [("midi", {dt.time(12, 0)})]),
    ("AVANT LE 22 NOVEMBRE 2023 À 17H00", [("17H00", {dt.time(17, 0)})]),
    ("ouvert de 9 h à 12 h", [("9 h", {dt.time(9, 0)}), ("12 h", {dt.time(12, 0)})]),
    ("à 24 h", [("24 h", {END_OF_DAY})]),
    ("dans les 48 h, sous 24 h", []),  # durations
    # amounts of hours (review59 L10), not hours of the day; « de … à … » is a span of the day
    ("attestation de 20 h de formation, d'une durée de 4 h, 7 heures d'enseignement", []),
    ("le 12 décembre à 17 h, après 20 h de formation", [("17 h", {dt.time(17, 0)})]),
    ("de 9 h à 12 h de préférence", [("9 h", {dt.time(9, 0)}), ("12 h", {dt.time(12, 0)})]),
    ("le 15/01/2024, 2023-11-15, le 23 novembre", []),
    # after « à », « avant », « jusqu'à », « dès », « vers », « entre », an hour of the day whatever follows (review60 M2)
    ("le 15 novembre à 17 h de rigueur", [("17 h", {dt.time(17, 0)})]),
    ("avant 17 h d'ici le 15", [("17 h", {dt.time(17, 0)})]),
    ("jusqu’à 23 h de l'heure de Paris", [("23 h", {dt.time(23, 0)})]),
    ("ouvert de 9 h à 12 h de lundi à vendredi", [("9 h", {dt.time(9, 0)}), ("12 h", {dt.time(12, 0)})]),
    ("2 h de l'après-midi", [("2 h", {dt.time(2, 0)})]),  # (« midi » of « après-midi » is no second hour)
    ("2 h de l'après midi", [("2 h", {dt.time(2, 0)})]),  # (nor without its hyphen: review61 L2)
    # nor with a no-break space, frequent in pasted PDF text, or a narrow one (review63 A L6)
    ("2 h de l'après\u00a0midi", [("2 h", {dt.time(2, 0)})]),
    ("2 h de l'après\u202fmidi", [("2 h", {dt.time(2, 0)})]),
    ("jusqu'à 2 h après minuit", [("2 h", {dt.time(2, 0)}), ("minuit", {END_OF_DAY, dt.time(0, 0)})]),  # (review62 L3)
])
def test_the_hours_a_text_writes(text, hours):
    assert [(shown, set(times)) for shown, times in hours_written(text)] == hours
    # the timeline's mark (« heure retenue par le guide ») reads the same hours as validate
    assert hour_written(text, None) is bool(hours)
    assert hour_written(None, text) is bool(hours)


def _nantes_documents(frozen_notices, **changes):
    """The points on Nantes 2024's documents deadline (« au plus tard le vendredi 24 novembre 2023 à minuit », at:
    2023-11-24 24:00), changed as said, its note (which says « minuit ») taken away unless said."""
    session = next(n.session for n in frozen_notices if (n.slug, n.year) == ("nantes", 2024))
    deadlines = dict(session.deadlines)
    deadlines["documents"] = dataclasses.replace(deadlines["documents"], **{"note": None, **changes})
    problems = Problems()
    lint_deadline_hours("Nantes, session 2024", dataclasses.replace(session, deadlines=deadlines), problems)
    return problems


def test_a_deadline_s_words_that_give_another_hour_are_said(frozen_notices):
    """A staff walk, stop 52 L2: ``words: 17:00`` beside ``at: … 24:00`` passed, the page showing both."""
    assert not _nantes_documents(frozen_notices) and not _nantes_documents(frozen_notices).warnings  # (minuit: 24:00)
    problems = _nantes_documents(frozen_notices, words="17:00", as_written=None)
    [problem] = problems.items
    assert problem.path == "deadlines.documents.at"
    assert problem.message.startswith("la date limite « documents » « 2023-11-24 24:00 » (24 novembre 2023, minuit) : words: (ligne ")
    assert "qui donnent une autre heure : « 17:00 » ; faute de frappe ? si la notice donne « 17:00 », écrire at: 2023-11-24 17:00 ; sinon, corriger words:" in problem.message
    # several hours (one may be an office's): « à contrôler »
    problems = _nantes_documents(frozen_notices, words="le 24 novembre 2023 (bureau ouvert de 9 h à 12 h)", as_written=None)
    assert not problems.items and [w.kind for w in problems.warnings] == ["review"]
    assert "qui donnent d'autres heures : « 9 h », « 12 h »" in problems.warnings[0].message
    # a note that says the hour kept and the words' one: the guide's reading; not one that says the hour kept alone (the
    # staff walk's file: « « Minuit » se lit comme la fin de la journée… »)
    assert not _nantes_documents(frozen_notices, words="17:00", as_written=None,
                                 note="La notice écrit 17:00 ; le guide retient minuit : …").items
    assert _nantes_documents(frozen_notices, words="17:00", as_written=None,
                             note="« Minuit » se lit comme la fin de la journée du vendredi 24 novembre 2023.").items
    # an at: without hour beside words that give one: the page would say « heure non précisée »
    at = Moment(dt.date(2023, 11, 24))
    problems = _nantes_documents(frozen_notices, at=at)
    assert not problems.items
    assert "est écrite sans heure, et la page dira « heure non précisée par la notice », mais words: (ligne" in problems.warnings[0].message
    assert problems.warnings[0].message.endswith("écrire at: 2023-11-24 24:00")
