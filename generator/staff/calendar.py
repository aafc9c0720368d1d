"""The build's date and the yearly rhythm of the sessions.

Session *Y* is the exam of spring *Y*; its registrations take place in the
autumn of *Y − 1* (the five notices: opening from 11 to 18 October, closing
from 15 to 21 November) and its academic year ends on 31 August of *Y*
(``generator.model.values.academic_year_bounds``). The build's day is the day in
Paris (the notices' « heure de Paris »), whatever the machine's clock zone;
``BTS_GUIDE_TODAY=AAAA-MM-JJ`` makes ``validate`` and the build compute as of another day.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

from ..model.values import academic_year_bounds, given
from . import StaffError

TODAY_VARIABLE = "BTS_GUIDE_TODAY"
USUAL_OPENING = (10, 1)
"""Month and day by which a session's registrations have usually opened, when its notice gives no opening:
1 October of the year before the exam (the five notices open them from 11 to 18 October)."""
USUAL_END = (11, 30)
"""Month and day by which a session's registrations are usually over (the five notices close them from
15 to 21 November, documents accepted until early December at the latest)."""


PARIS = ZoneInfo("Europe/Paris")


def build_date(now: dt.datetime | None = None) -> dt.date:
    """``BTS_GUIDE_TODAY`` when set (AAAA-MM-JJ), else today in Paris (``now``, an aware moment, for tests): not the
    machine's day, UTC on most build machines (print58 L6: a build at 23:30 UTC on 5 December, 00:30 on the 6th in
    Paris, printed « 5 décembre » in its PDFs while the page's timeline, in the browser, said the 6th)."""
    override = os.environ.get(TODAY_VARIABLE, "").strip()
    if not override:
        return (now or dt.datetime.now(dt.timezone.utc)).astimezone(PARIS).date()
    try:
        return dt.date.fromisoformat(override)
    except ValueError:
        raise StaffError(
            f"{TODAY_VARIABLE}={override} n'est pas une date ; écrire {TODAY_VARIABLE}=AAAA-MM-JJ (par exemple 2026-11-30), "
            f"ou retirer la variable pour la date du jour"
        ) from None


def moved(day: dt.date, years: int) -> dt.date:
    """The same day of the month ``years`` later (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def academic_year_over(year: int, today: dt.date) -> bool:
    """True once the academic year of session ``year`` is over (after 31 August of ``year``)."""
    return today > academic_year_bounds(year)[1]


def session_in_course(today: dt.date) -> int:
    """The session in course: the first whose academic year is not over (2027 from 1 September 2026 to 31 August
    2027; its notice appears in the autumn). ``new-academy`` writes it by default."""
    return today.year if not academic_year_over(today.year, today) else today.year + 1


def coming_session(latest: int, today: dt.date) -> int:
    """The first session after ``latest`` that is not past (its academic year not over): in December 2026, 2027 for
    an academy whose latest session is 2024 (new-session writes it without a question; validate asks whether its
    notice has appeared)."""
    return max(latest + 1, session_in_course(today))


def past_session(year: int) -> str:
    """Why a past session is asked about before it is written (new-session, new-academy): « 2024 est une session
    passée : … ; l'écrire ne sert qu'à archiver sa notice »."""
    end = academic_year_bounds(year)[1]
    return (f"{year} est une session passée : ses inscriptions ont eu lieu à l'automne {year - 1} et son année scolaire "
            f"s'est terminée le {end.day} août {end.year} ; l'écrire ne sert qu'à archiver sa notice")


def past_sessions(years: list[int]) -> str:
    """The past sessions between an academy's latest and the coming one, said plainly: nobody has to write them
    (review staff43 M7: « (2024 à 2026 : sessions passées) » left staff wondering whether to create them):
    « la session 2025, passée, n'a pas à être écrite », « les sessions 2025 et 2026, passées, n'ont pas à être
    écrites », « les sessions 2025 à 2027, … »."""
    if len(years) == 1:
        return f"la session {years[0]}, passée, n'a pas à être écrite"
    joined = f"{years[0]} et {years[1]}" if len(years) == 2 else f"{years[0]} à {years[-1]}"
    return f"les sessions {joined}, passées, n'ont pas à être écrites"


def next_registrations_expected(session_file) -> dt.date:
    """When the next session's registrations should have opened: this session's opening one year
    later, or 1 October of the session's year when its notice gives no opening."""
    info = session_file.session
    opening = given(info.opening)
    if opening is not None:
        return moved(opening.date, 1)
    return dt.date(info.year, *USUAL_OPENING)


def registrations_over(session_file, today: dt.date) -> bool:
    """Every registration date of the session's notice (its closing, its deadlines' dates) before ``today``
    (``generator.site.words.dates_over``, on the merged notice; its pages say « Inscriptions closes » until the session
    is over, ``words.session_over``); False when its notice gives none of them."""
    ends = _ends(session_file)
    return bool(ends) and max(ends) < today


def session_over(session_file, today: dt.date) -> bool:
    """The session is past, its pages an archive (« Session passée », ``generator.site.words.session_over`` on the
    merged notice): its academic year over (from 1 September of its year: its exams, results and épreuves de contrôle
    are over; the notices give no exam date) and every registration date of its notice before ``today``. Before, from
    its closing, its pages say « Inscriptions closes », and its candidates still read them."""
    return academic_year_over(session_file.session.year, today) and (registrations_over(session_file, today) or not _ends(session_file))


def _ends(session_file) -> list[dt.date]:
    ends = [at.date for d in (given(session_file.deadlines) or {}).values() if (at := given(d.at)) is not None]
    closing = given(session_file.session.closing)
    if closing is not None:
        ends.append(closing.date)
    return ends


def notice_may_be_out(year: int, today: dt.date) -> bool:
    """Whether session ``year``'s notice can be out by ``today``: from 1 September of the year before, the start of its
    academic year (``academic_year_bounds``; the five notices are dated 11 to 16 October), never before. Until then,
    new-session asks before writing it (staffdoc68 M: on 7 December 2026, 2027 written, a 2028 draft, whose notice
    appears in autumn 2027, was written without a question and blocked every publication, a correction to 2027 too)."""
    return today >= academic_year_bounds(year)[0]


def next_session(today: dt.date) -> int:
    """The next session whose registrations have not yet taken place: the one registered for this
    autumn until 30 November, the year after from December."""
    return today.year + 1 if (today.month, today.day) <= USUAL_END else today.year + 2
