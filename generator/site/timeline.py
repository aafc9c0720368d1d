"""The session's dates as an inline SVG timeline, with its text equivalent.

The SVG is vertical (readable at 360 px): one dot per date, spaced by the
time between dates (within bounds). It carries a ``<title>`` and a ``<desc>``
holding the same list as the visible text equivalent, which is always
rendered next to it (``text_equivalent``).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

from ..model.content import InterfaceFile
from . import dates
from .text import attr, md

WIDTH = 360
TOP = 24
MIN_GAP = 56
MAX_GAP = 120
LINE_HEIGHT = 17


@dataclass(frozen=True)
class Event:
    """One dot of the timeline."""

    when: dt.datetime
    has_time: bool
    label: str
    kind: str  # "window" (opening/closing), "deadline" or "information"
    end_of_day_words: bool = True  # False for a start (the opening): a date alone is not « until the end of the day »


NATURE_KEYS = {"deadline": "timeline.nature_deadline", "information": "timeline.nature_information", "window": "timeline.nature_window"}


def describe(event: Event, tz: str, texts: InterfaceFile) -> str:
    """The event in words, as the text equivalent lists it (plain text, not escaped)."""
    nature = texts.text(NATURE_KEYS[event.kind])
    return texts.text("timeline.event", date=dates.moment(event.when, event.has_time, tz, texts, end_of_day_words=event.end_of_day_words), label=event.label, nature=nature)


def _gap(previous: dt.datetime, current: dt.datetime) -> int:
    days = (current - previous).total_seconds() / 86400
    return int(min(MAX_GAP, max(MIN_GAP, MIN_GAP + days * 2)))


def svg(events: list[Event], tz: str, ident: str, texts: InterfaceFile) -> str:
    """The timeline as one line-break-free-of-blank-lines SVG string."""
    events = sorted(events, key=lambda e: (e.when, e.label))
    ys = []
    y = TOP
    for i, event in enumerate(events):
        if i:
            y += _gap(events[i - 1].when, event.when)
        ys.append(y)
    height = (ys[-1] if ys else TOP) + 48
    title = texts.text("timeline.svg_title")
    desc = " ; ".join(describe(e, tz, texts) for e in events)
    parts = [
        f'<svg class="bts-timeline" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{ident}-title">{attr(title)}</title>',
        f'<desc id="{ident}-desc">{attr(desc)}</desc>',
    ]
    if ys:
        parts.append(f'<line x1="20" y1="{ys[0]}" x2="20" y2="{ys[-1]}" class="bts-timeline-axis"/>')
    for event, y in zip(events, ys):
        cls = f"bts-timeline-dot bts-timeline-{event.kind}"
        parts.append(f'<circle cx="20" cy="{y}" r="7" class="{cls}"/>')
        when = dates.short_day(event.when) + (f" · {dates.clock(event.when)}" if event.has_time else "")
        parts.append(f'<text x="38" y="{y - 4}" class="bts-timeline-date">{attr(when)}</text>')
        lines = textwrap.wrap(event.label, 38)
        if len(lines) > 2:  # the full label is in <desc> and in the text equivalent
            lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), 38, placeholder=" …")]
        for j, line in enumerate(lines):
            parts.append(f'<text x="38" y="{y + 13 + j * LINE_HEIGHT}" class="bts-timeline-label">{attr(line)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def text_equivalent(events: list[Event], tz: str, texts: InterfaceFile) -> str:
    """The same dates as a Markdown list, in date order."""
    events = sorted(events, key=lambda e: (e.when, e.label))
    return "\n".join(f"- {md(describe(e, tz, texts))}" for e in events)
