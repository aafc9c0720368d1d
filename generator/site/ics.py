"""One iCalendar file per academy and session, with the ``icalendar`` library.

Events carry the academy's time zone (``TZID`` plus a ``VTIMEZONE``), and
stable UIDs ``<slug>-<year>-<deadline id>@bts-guide`` so that re-importing an
updated file updates the events instead of duplicating them. Output is
deterministic (DTSTAMP derived from the notice, not from the clock). The
calendar's name and the events' words come from ``content/interface.yaml``
(group ``ics``); ``PRODID`` is an identifier, not text for candidates.

``events(notice)`` is the calendar as data (title, moment, reminders of each
event): this module's ``.ics`` and the checklist page's own ``.ics`` (built in
the browser from the candidate's deadlines, ``checklist.js: calendar``) both take
their titles and reminders from it. Titles start with the academy and the
session (« BTS Toulouse 2024 : date limite — dépôt… »), so that they read alone
in a phone's agenda among other events.

Reminders (``VALARM``, ``ALARMS``): every deadline (registration closing and
each date of kind ``deadline``) has two, 7 days before (time left to ask an
employer, a school, a doctor or an administration for a paper) and the day
before (last call), both at 9:00 on those days (``MORNING``), whatever the
deadline's hour: not at midnight for a date without a time (an all-day event
starting at midnight), nor at 23:59 the evening before a deadline « à minuit ».
A date with a time carries its reminders as exact durations in hours
(« -PT38H59M59S »), computed in the academy's time zone: the checklist's own
calendar writes the same instant in UTC, and a duration in days would move by
an hour there across a change to or from summer time. The registration opening
and dates given for information have none. A date for information the notice
gives as a limit (``at_the_latest``) says so in its title (« au plus tard ce
jour — … »), as the pages say « au plus tard le … ».
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import icalendar

from ..merge import Notice
from .. import emphasis
from ..french import lower_first
from .text import of, one_line, typography
from .words import closing_words, date_note, deadline_moment, due_moment, guide_day, guide_hour, guide_midnight, opening_words, strict_notes

PRODID = "-//bts-guide//Guide d'inscription au BTS//FR"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: str) -> icalendar.vText:
    """Words from the YAML as a TEXT value, with French typography (line by line): line breaks (CR, LF,
    CRLF) kept as one escaped \\n, a tab as a space, every other control character dropped (a lone CR
    must not end the line)."""
    value = re.sub(r"\r\n?", "\n", value).replace("\t", " ")
    return icalendar.vText("\n".join(typography(line) for line in emphasis.plain(_CONTROL.sub("", value)).split("\n")))


def uid(notice: Notice, event_id: str) -> str:
    return f"{notice.slug}-{notice.year}-{event_id}@bts-guide"


def filename(notice: Notice) -> str:
    return f"bts-{notice.slug}-{notice.year}.ics"


def _stamp(notice: Notice) -> dt.datetime:
    """A fixed DTSTAMP: the notice date, else the registration opening, else the first date."""
    info = notice.session.session
    if info.notice_date is not None:
        return dt.datetime.combine(info.notice_date, dt.time(0, 0), tzinfo=dt.timezone.utc)
    first = notice.opening or (notice.deadlines[0].start if notice.deadlines else None)
    if first is None:
        return dt.datetime(notice.year - 1, 1, 1, tzinfo=dt.timezone.utc)
    return first.astimezone(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)


@functools.lru_cache(maxsize=None)
def _vtimezone(tz: str) -> bytes:
    """The VTIMEZONE of a zone, computed once (it is the slow part of a calendar), without the library's English
    comment on the years it covers (a review, read49 L6: « This timezone only works from 1970-01-01 to 2038-01-01. »
    in a candidate's file; calendar applications read the rules, not the comment)."""
    zone = icalendar.Timezone.from_tzid(tz)
    zone.pop("COMMENT", None)
    return zone.to_ical()


# Reminders of a deadline: (text of group « ics », how many days before). See the module docstring.
ALARMS = (("ics.alarm_week", 7), ("ics.alarm_day", 1))
# The hour the reminders ring, on those days, in the academy's time zone.
MORNING = dt.time(9, 0)


@dataclass(frozen=True)
class Alarm:
    """A reminder: when, relative to the event's start (negative: before), and what it says. ``exact``: the
    trigger is an exact duration, written in hours (an event with a time); otherwise in days and hours, from the
    midnight of an all-day event (« -P6DT15H »)."""

    trigger: dt.timedelta
    description: str
    exact: bool = False

    @property
    def ical(self) -> str:
        """The trigger as an iCalendar duration (« -P6DT15H », « -PT176H »), for the .ics and the browser's calendar."""
        if not self.exact:
            return icalendar.vDuration(self.trigger).to_ical().decode("ascii")
        seconds = int(abs(self.trigger).total_seconds())
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        parts = f"{hours}H" + (f"{minutes}M" if minutes or seconds else "") + (f"{seconds}S" if seconds else "")
        return ("-" if self.trigger < dt.timedelta(0) else "") + "PT" + parts


def _rings(when: dt.datetime | None, has_time: bool, days: int) -> tuple[dt.timedelta, bool] | None:
    """When a reminder ``days`` before rings, at ``MORNING`` on that day, relative to the event's start: for an
    all-day event, from its midnight (the days nominal); for an event with a time, an exact duration between
    two instants of the academy's time zone (``when`` is aware, in that zone)."""
    if not has_time:
        return dt.timedelta(hours=MORNING.hour, minutes=MORNING.minute) - dt.timedelta(days=days), False
    if when is None:
        return None
    ring = dt.datetime.combine(when.date() - dt.timedelta(days=days), MORNING, tzinfo=when.tzinfo)
    return ring.astimezone(dt.timezone.utc) - when.astimezone(dt.timezone.utc), True


class _Trigger(icalendar.vDuration):
    """A VALARM's trigger written as ``Alarm.ical`` says (icalendar would write an exact duration in days)."""

    def __init__(self, alarm: Alarm):
        super().__init__(alarm.trigger)
        self._text = alarm.ical

    def to_ical(self) -> bytes:
        return self._text.encode("ascii")


@dataclass(frozen=True)
class CalendarEvent:
    """One event of a session's calendar."""

    id: str  # « opening », « closing » or the deadline's id (the UID is built from it)
    summary: str
    when: dt.datetime | None  # None: the notice does not give the date (no event in a calendar)
    has_time: bool
    words: tuple[str, ...]  # the notice's words and note about it, for the description
    alarms: tuple[Alarm, ...]
    # under a « délai de rigueur », the sentence that says it, then the documents the notice lets candidates deposit
    # later (« Sauf pour … »), as the page's dates table says them (words.strict_notes): the site's .ics says them after
    # the date's first line (reviews read52 L7, phone53 L5); the checklist's calendar says the sentence, then instead
    # of these exceptions those of the candidate's pieces (checklist.js: lateExceptions), at the same place, so the
    # checklist page's data keeps only the sentence (checklist.page)
    strict: tuple[str, ...] = ()


def events(notice: Notice, today: dt.date | None = None) -> list[CalendarEvent]:
    """The session's dates as calendar events: registration opening and closing, then every deadline; with ``today``
    (the build's day), no reminder for a date already past (review55 M3: « Demain — … » on 2023 dates; the candidate's
    calendar leaves them out as of the day it is made, checklist.js)."""
    t = notice.texts

    def summary(event: str) -> str:  # with French typography: the same in the .ics and in the checklist's data
        return typography(one_line(t.text("ics.summary", year=notice.year, academy=notice.academy.name, event=event)))

    def alarms(title: str, when: dt.datetime | None, has_time: bool) -> tuple[Alarm, ...]:
        if today is not None and when is not None and when.date() < today:
            return ()
        out = []
        for key, days in ALARMS:
            rings = _rings(when, has_time, days)
            if rings is not None:
                out.append(Alarm(rings[0], t.text(key, summary=title), rings[1]))
        return tuple(out)

    found = []
    opening = summary(t.text("ics.opening"))
    # The first line of each description: the date in the words of the notice page and of the checklist.
    found.append(CalendarEvent("opening", opening, notice.opening, notice.opening_has_time, (opening_words(notice),), ()))
    closing = summary(t.text("ics.closing"))
    found.append(
        CalendarEvent(
            "closing", closing, notice.closing, notice.closing_has_time, (closing_words(notice),), alarms(closing, notice.closing, notice.closing_has_time)
        )
    )
    for deadline in notice.deadlines:
        deadline_kind = deadline.kind == "deadline"
        # a date for information the notice gives as a limit (« au plus tard le mercredi 10 janvier 2024 ») says so
        key = "ics.deadline" if deadline_kind else "ics.latest" if deadline.at_the_latest else "ics.information"
        title = summary(t.text(key, label=lower_first(deadline.label)))
        # a day or an hour the notice does not write: said in the title, what a calendar shows (a review, read48 L14)
        if guide_day(deadline):
            title = t.text("ics.guide_day", summary=title)
        elif guide_hour(deadline):
            title = t.text("ics.guide_hour", summary=title)
        elif guide_midnight(deadline):
            title = t.text("ics.guide_midnight", summary=title)
        # the notice's words said as such, as under the page's dates table (notice_view._date_notes; a review, read54
        # L2: in a calendar they read as the guide's), then the guide's note
        said = t.text("dates.words", words=deadline.words) if deadline.words else None
        words = tuple(x for x in (deadline_moment(notice, deadline.id), said, date_note(notice, deadline)) if x)
        reminders = alarms(title, deadline.end, deadline.has_time) if deadline_kind else ()
        found.append(CalendarEvent(deadline.id, title, deadline.end, deadline.has_time, words, reminders, tuple(strict_notes(notice, deadline))))
    # a national rule the guide dates with the notice's registration closing (merge: closing_due): its date, the guide's
    # note saying so (the checklist's calendar has it while the rule is said to the candidate)
    for _, statement in notice.closing_dues:
        due = statement.closing_due
        title = t.text("ics.guide_day", summary=summary(t.text("ics.deadline", label=lower_first(due.label))))
        # (its date marked as the guide's in the description too, as everywhere it is written: read54 L2)
        words = (due_moment(notice, due), due.note)
        found.append(CalendarEvent(due.id, title, due.end, due.has_time, words, alarms(title, due.end, due.has_time)))
    return found


def _event(notice: Notice, item: CalendarEvent, more: str | None) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid(notice, item.id))
    event.add("dtstamp", _stamp(notice))
    event.add("summary", _text(item.summary))
    when = item.when
    if item.has_time:
        event.add("dtstart", when)
        event.add("dtend", when)
    else:
        event.add("dtstart", when.date())
        event.add("dtend", when.date() + dt.timedelta(days=1))
    description = "\n".join(x for x in (*item.words[:1], *item.strict, *item.words[1:], more) if x)
    if description:
        event.add("description", _text(description))
    for alarm in item.alarms:
        reminder = icalendar.Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("trigger", _Trigger(alarm))
        reminder.add("description", _text(alarm.description))
        event.add_component(reminder)
    return event


def calendar(notice: Notice, page_url: str | None = None, today: dt.date | None = None) -> bytes:
    """The session's dates: registration opening and closing, then every deadline (``events``, as of ``today``)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    t = notice.texts
    name = t.text("ics.calendar_name", year=notice.year, of_academy=of(notice.academy.name, t))
    cal.add("x-wr-calname", _text(name))  # an X- property: icalendar would not escape a plain str
    cal.add("x-wr-timezone", notice.tz)
    more = t.text("ics.notice_link", url=page_url) if page_url else None
    for item in events(notice, today):
        if item.when is not None:  # a date the notice does not give has no place in a calendar
            cal.add_component(_event(notice, item, more))
    timed = notice.opening_has_time or notice.closing_has_time or any(d.has_time for d in notice.deadlines)
    if timed:  # events with a time carry TZID=<zone>; all-day events need no VTIMEZONE
        cal.subcomponents.insert(0, icalendar.Timezone.from_ical(_vtimezone(notice.tz)))
    return cal.to_ical()
