"""One iCalendar file per academy and session, with the ``icalendar`` library.

Events carry the academy's time zone (``TZID`` plus a ``VTIMEZONE``), and
stable UIDs ``<slug>-<year>-<deadline id>@bts-guide`` so that re-importing an
updated file updates the events instead of duplicating them. Output is
deterministic (DTSTAMP derived from the notice, not from the clock). The
calendar's name and the events' words come from ``content/interface.yaml``
(group ``ics``); ``PRODID`` is an identifier, not text for candidates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import icalendar

from ..merge import Notice
from .text import of, typography
from .words import closing_words, deadline_moment, opening_words

PRODID = "-//bts-guide//Guide d'inscription au BTS//FR"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: str) -> icalendar.vText:
    """Words from the YAML as a TEXT value, with French typography (line by line): line breaks (CR, LF,
    CRLF) kept as one escaped \\n, a tab as a space, every other control character dropped (a lone CR
    must not end the line)."""
    value = re.sub(r"\r\n?", "\n", value).replace("\t", " ")
    return icalendar.vText("\n".join(typography(line) for line in _CONTROL.sub("", value).split("\n")))


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
    """The VTIMEZONE of a zone, computed once (it is the slow part of a calendar)."""
    return icalendar.Timezone.from_tzid(tz).to_ical()


def _event(notice: Notice, event_id: str, summary: str, when: dt.datetime, has_time: bool, description: str | None) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid(notice, event_id))
    event.add("dtstamp", _stamp(notice))
    event.add("summary", _text(summary))
    if has_time:
        event.add("dtstart", when)
        event.add("dtend", when)
    else:
        event.add("dtstart", when.date())
        event.add("dtend", when.date() + dt.timedelta(days=1))
    if description:
        event.add("description", _text(description))
    return event


def calendar(notice: Notice, page_url: str | None = None) -> bytes:
    """The session's dates: registration opening and closing, then every deadline."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    t = notice.texts
    name = t.text("ics.calendar_name", year=notice.year, of_academy=of(notice.academy.name, t))
    cal.add("x-wr-calname", _text(name))  # an X- property: icalendar would not escape a plain str
    cal.add("x-wr-timezone", notice.tz)

    def summary(event: str) -> str:
        return t.text("ics.summary", year=notice.year, academy=notice.academy.name, event=event)

    more = t.text("ics.notice_link", url=page_url) if page_url else None

    def description(*lines: str | None) -> str:
        return "\n".join(x for x in (*lines, more) if x)

    # The first line of each description: the date in the words of the notice page and of the checklist.
    if notice.opening is not None:
        cal.add_component(_event(notice, "opening", summary(t.text("ics.opening")), notice.opening, notice.opening_has_time, description(opening_words(notice))))
    if notice.closing is not None:
        cal.add_component(_event(notice, "closing", summary(t.text("ics.closing")), notice.closing, notice.closing_has_time, description(closing_words(notice))))
    for deadline in notice.deadlines:
        if deadline.end is None:
            continue  # a date the notice does not give has no place in a calendar
        words = description(deadline_moment(notice, deadline.id), deadline.words, deadline.note)
        cal.add_component(_event(notice, deadline.id, summary(deadline.label), deadline.end, deadline.has_time, words))
    timed = notice.opening_has_time or notice.closing_has_time or any(d.has_time for d in notice.deadlines)
    if timed:  # events with a time carry TZID=<zone>; all-day events need no VTIMEZONE
        cal.subcomponents.insert(0, icalendar.Timezone.from_ical(_vtimezone(notice.tz)))
    return cal.to_ical()
