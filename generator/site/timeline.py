"""The session's dates as an inline SVG timeline, with its text equivalent.

The SVG is vertical (readable at 360 px): one dot per date, spaced by the
time between dates (within bounds). It carries a ``<title>`` and a ``<desc>``
holding the same list as the visible text equivalent, which the notice page
always shows next to it (``Timeline.items``). ``layout`` computes the view
model (positions, words); ``templates/timeline.svg.j2`` draws it.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

from markupsafe import Markup

from ..model.content import InterfaceFile
from . import dates
from .templating import HTML, render_html

WIDTH = 360
TOP = 24
MIN_GAP = 56
MAX_GAP = 120
LINE_HEIGHT = 17
LABEL_WIDTH = 38  # characters of a label line; a label takes two lines at most


@dataclass(frozen=True)
class Event:
    """One dot of the timeline."""

    when: dt.datetime
    has_time: bool
    label: str
    kind: str  # "window" (opening/closing), "deadline" or "information"
    information: bool = False  # a date given for information: no hour to say


@dataclass(frozen=True)
class Dot:
    """An event as drawn: its height, its short date and its label cut into lines."""

    y: int
    kind: str
    when: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Timeline:
    """The view model of the SVG and of its text equivalent (plain text, escaped by the templates)."""

    ident: str  # prefix of the ids of <title> and <desc>
    width: int
    height: int
    line_height: int
    title: str
    desc: str
    dots: tuple[Dot, ...]
    items: tuple[str, ...]  # each event in words, in date order: the text equivalent


NATURE_KEYS = {"deadline": "timeline.nature_deadline", "information": "timeline.nature_information", "window": "timeline.nature_window"}


def describe(event: Event, tz: str, texts: InterfaceFile) -> str:
    """The event in words, as the text equivalent lists it (plain text, not escaped)."""
    nature = texts.text(NATURE_KEYS[event.kind])
    return texts.text("timeline.event", date=dates.moment(event.when, event.has_time, tz, texts, information=event.information), label=event.label, nature=nature)


def _gap(previous: dt.datetime, current: dt.datetime) -> int:
    days = (current - previous).total_seconds() / 86400
    return int(min(MAX_GAP, max(MIN_GAP, MIN_GAP + days * 2)))


def _label_lines(label: str) -> tuple[str, ...]:
    lines = textwrap.wrap(label, LABEL_WIDTH)
    if len(lines) > 2:  # the full label is in <desc> and in the text equivalent
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_WIDTH, placeholder=" …")]
    return tuple(lines)


def layout(events: list[Event], tz: str, ident: str, texts: InterfaceFile) -> Timeline:
    """Where each event goes and what it says, in date order."""
    events = sorted(events, key=lambda e: (e.when, e.label))
    dots = []
    y = TOP
    for i, event in enumerate(events):
        if i:
            y += _gap(events[i - 1].when, event.when)
        when = dates.short_day(event.when) + (f" · {dates.clock(event.when)}" if event.has_time else "")
        dots.append(Dot(y, event.kind, when, _label_lines(event.label)))
    items = tuple(describe(e, tz, texts) for e in events)
    height = (dots[-1].y if dots else TOP) + 48
    return Timeline(ident, WIDTH, height, LINE_HEIGHT, texts.text("timeline.svg_title"), " ; ".join(items), tuple(dots), items)


def render(timeline: Timeline) -> Markup:
    """The SVG on one line: inside a Markdown page, a line break could end its HTML block."""
    drawn = render_html(HTML, "timeline.svg.j2", timeline=timeline)
    return Markup("".join(line.strip() for line in drawn.splitlines()))


def svg(events: list[Event], tz: str, ident: str, texts: InterfaceFile) -> str:
    """The timeline of ``events`` as one SVG string."""
    return render(layout(events, tz, ident, texts))
