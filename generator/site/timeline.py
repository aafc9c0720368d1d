"""The session's dates as a timeline: an ordered list drawn as a vertical line with marks.

Text at the size of the page's text, labels wrapped (never cut), a legend of the
marks, and today's place among the dates, decided in the browser
(``docs/assets/bts.js`` reads ``data-bts-date`` of each item and the timeline's
``data-bts-timezone``). Being a list of words, the timeline is its own text
equivalent: a screen reader reads each date, its label and its nature, and, for a
date the notice does not write (the guide's: ``Event.guide``), « date retenue par
le guide », a mark in words the legend explains. Each date is shown short (« mer. 15 nov. 2023 »)
and read whole (« mercredi 15 novembre 2023 »: a French voice reads « mer. » as the word « mer »;
a11y67 L4): the short words hidden from assistive technology, the whole ones hidden from the eye.
``layout`` computes the view model; ``templates/timeline.html.j2`` writes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from ..model.content import InterfaceFile
from . import dates
from .templating import HTML, render_html

# Space before an item, by the days since the previous one (CSS classes bts-timeline-gap-0 … 4).
GAP_DAYS = (0, 3, 10, 30)


@dataclass(frozen=True)
class Event:
    """One date of the timeline."""

    when: dt.datetime
    has_time: bool
    label: str
    kind: str  # "window" (the registrations' opening), "deadline" (the closing, a deadline) or "information": its mark
    at_the_latest: bool = False  # a date for information the notice gives as a limit: « au plus tard le … », as the dates table says
    guide: bool = False  # a date the notice does not write, the guide's reading (« Dates à retenir » says why): marked
    guide_hour: bool = False  # the notice's day, at an hour it does not write (the guide's, said why the same way): marked
    guide_midnight: bool = False  # the notice's day and « minuit », read by the guide as the day's end: marked so


@dataclass(frozen=True)
class Item:
    """An event as listed: its day (ISO, in the academy's zone), short date, label and nature in words."""

    date: str
    kind: str
    when: str  # « mer. 15 nov. 2023 · 17 h 00 »
    when_said: str  # the same date read aloud, whole: « mercredi 15 novembre 2023 à 17 h 00 » (spoken_when)
    label: str
    nature: str
    gap: int
    guide: bool = False  # a date the guide supplies: « date retenue par le guide » after its nature, in words
    guide_hour: bool = False  # an hour the guide supplies: « heure retenue par le guide »
    guide_midnight: bool = False  # the notice's « minuit », read as the day's end: « « à minuit » dans la notice ; … »


@dataclass(frozen=True)
class Timeline:
    """The view model of ``templates/timeline.html.j2`` (plain text, escaped by the template)."""

    ident: str
    title: str
    timezone: str
    today: str  # « Aujourd'hui : {date} », filled by the browser
    legend_title: str
    legend: tuple[tuple[str, str], ...]  # (kind, nature) of the marks used, in a fixed order
    items: tuple[Item, ...]
    guide_mark: str = ""  # « date retenue par le guide », after the nature of a date the guide supplies (and in the legend)
    guide_legend: str = ""  # what that mark means, in the legend; empty when no date has it
    hour_mark: str = ""  # « heure retenue par le guide », after the nature of a date whose hour the guide supplies
    hour_legend: str = ""  # what that mark means, in the legend; empty when no date has it
    midnight_mark: str = ""  # « « à minuit » dans la notice ; « inclus » : lecture du guide » (read55 M1, phone58 L2)
    midnight_legend: str = ""  # what that mark means, in the legend; empty when no date has it


NATURE_KEYS = {"window": "timeline.nature_window", "deadline": "timeline.nature_deadline", "information": "timeline.nature_information"}


def _gap(previous: dt.datetime | None, current: dt.datetime) -> int:
    if previous is None:
        return 0
    days = (current - previous).total_seconds() / 86400
    return sum(days > limit for limit in GAP_DAYS)


def _when(event: Event, texts: InterfaceFile, day_words, with_time) -> str:
    """An event's date in the timeline's sentence forms, its day in ``day_words`` (a date's words) and its hour joined
    by ``with_time`` (the day's words, the hour's): « au plus tard le … » for a date given as a limit, « jusqu'au …
    inclus » for a deadline at the end of its day (24:00), as the page's sentence says it (phone58 L2)."""
    if event.has_time and event.kind == "deadline" and dates.end_of_day(event.when):
        return texts.text("moments.deadline_end_of_day_as_written", day=day_words(event.when))
    day = day_words(event.when)
    when = with_time(day, dates.clock_words(event.when, texts)) if event.has_time else day
    return texts.text("moments.latest_day", day=when) if event.at_the_latest else when


def short_when(event: Event, texts: InterfaceFile) -> str:
    """« mer. 15 nov. 2023 · 17 h 00 »; « au plus tard le mer. 10 janv. 2024 » for a date given as a limit; « jusqu'au
    ven. 24 nov. 2023 inclus » for a deadline at the end of its day (24:00), as the page's sentence says it (phone58 L2)."""
    return _when(event, texts, dates.short_day, lambda day, time: f"{day} · {time}")


def spoken_when(event: Event, texts: InterfaceFile) -> str:
    """``short_when``'s date as a screen reader says it: its weekday and month whole (« mercredi 15 novembre 2023 à
    17 h 00 », « au plus tard le mercredi 10 janvier 2024 », « jusqu'au vendredi 24 novembre 2023 inclus »), the
    words of the dates table (``dates.day``, ``moments.time_as_written``)."""
    return _when(event, texts, dates.day, lambda day, time: dates.timed(texts, "moments.time_as_written", time, day=day))


def layout(events: list[Event], tz: str, ident: str, texts: InterfaceFile) -> Timeline:
    """The events in date order, with their words and the space before each."""
    events = sorted(events, key=lambda e: (e.when, e.label))
    items = []
    for i, event in enumerate(events):
        items.append(
            Item(
                date=event.when.date().isoformat(),
                kind=event.kind,
                when=short_when(event, texts),
                when_said=spoken_when(event, texts),
                label=event.label,
                nature=texts.text(NATURE_KEYS[event.kind]),
                gap=_gap(events[i - 1].when if i else None, event.when),
                guide=event.guide,
                guide_hour=event.guide_hour and not event.guide,
                guide_midnight=event.guide_midnight and not event.guide and not event.guide_hour,
            )
        )
    used = {e.kind for e in events}
    legend = tuple((kind, texts.text(key)) for kind, key in NATURE_KEYS.items() if kind in used)
    return Timeline(
        ident=ident,
        title=texts.text("timeline.title"),
        timezone=tz,
        today=texts.text("timeline.today", date="{date}"),
        legend_title=texts.text("timeline.legend"),
        legend=legend,
        items=tuple(items),
        guide_mark=texts.text("timeline.guide_mark"),
        guide_legend=texts.text("timeline.guide_legend") if any(e.guide for e in events) else "",
        hour_mark=texts.text("timeline.hour_mark"),
        hour_legend=texts.text("timeline.hour_legend") if any(i.guide_hour for i in items) else "",
        midnight_mark=texts.text("timeline.midnight_mark"),
        midnight_legend=texts.text("timeline.midnight_legend") if any(i.guide_midnight for i in items) else "",
    )


def render(timeline: Timeline) -> Markup:
    """The timeline's HTML on one line: inside a Markdown page, a blank line would end its HTML block."""
    drawn = render_html(HTML, "timeline.html.j2", timeline=timeline)
    return Markup("".join(line.strip() for line in drawn.splitlines()))
