"""Calendar files and the SVG timeline, on every notice of the real data (properties of any valid data)."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import icalendar

from generator.site import dates, ics, pages, timeline


def test_ics_has_tzid_vtimezone_and_stable_uids(real_notices):
    for notice in real_notices:
        raw = ics.calendar(notice)
        assert raw == ics.calendar(notice), "the calendar must be deterministic"
        cal = icalendar.Calendar.from_ical(raw)
        zones = [c for c in cal.walk() if c.name == "VTIMEZONE"]
        timed = notice.opening_has_time or notice.closing_has_time or any(d.has_time for d in notice.deadlines)
        # timed events carry TZID and need the VTIMEZONE; all-day events (date-only deadlines) do not
        assert [str(z["TZID"]) for z in zones] == ([notice.tz] if timed else [])
        events = {str(e["UID"]): e for e in cal.walk() if e.name == "VEVENT"}
        expected = {f"{notice.slug}-{notice.year}-{d.id}@bts-guide" for d in notice.deadlines}
        if notice.opening:
            expected.add(f"{notice.slug}-{notice.year}-opening@bts-guide")
        if notice.closing:
            expected.add(f"{notice.slug}-{notice.year}-closing@bts-guide")
        assert set(events) == expected
        for d in notice.deadlines:
            event = events[f"{notice.slug}-{notice.year}-{d.id}@bts-guide"]
            assert d.label in str(event["SUMMARY"])
            start = event["DTSTART"]
            if d.has_time:
                assert start.params["TZID"] == notice.tz
                assert start.dt == d.end
            else:
                assert start.dt == d.end.date()
        text = raw.decode()
        assert f"DTSTART;TZID={notice.tz}:" in text or not any(d.has_time for d in notice.deadlines)


def flat(text: str) -> str:
    """Text with every kind of space (no-break ones included) as one plain space."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def test_timeline_svg_and_text_equivalent_say_the_same(real_notices):
    import datetime as dt

    from generator.site.text import md

    for notice in real_notices:
        evs = pages.events(notice)
        svg = timeline.svg(evs, notice.tz, "t", notice.texts)
        root = ET.fromstring(svg)
        ns = "{http://www.w3.org/2000/svg}"
        assert root.get("role") == "img"
        desc = root.find(f"{ns}desc").text
        # The text equivalent: the list printed under the figure of the notice page.
        page = pages.notice_page(notice, dt.date(2000, 1, 1))
        after = page[page.index("<figure"):]
        equivalent = after[after.index("</figure>"):].split("\n\n")[1]
        assert equivalent.count("\n") + 1 == len(evs)
        equivalent = html.unescape(equivalent).replace("\\", "")
        assert len(root.findall(f"{ns}circle")) == len(evs)
        for e in evs:
            words = timeline.describe(e, notice.tz, notice.texts)
            assert flat(words) in flat(desc)
            assert flat(words) in flat(equivalent)
            assert "- " + md(words) in page
            assert dates.short_day(e.when) in svg
        # the visible SVG dates are in chronological order, and so is the text equivalent
        ys = [float(c.get("cy")) for c in root.findall(f"{ns}circle")]
        assert ys == sorted(ys)
        assert list(timeline.layout(evs, notice.tz, "t", notice.texts).items) == [
            timeline.describe(e, notice.tz, notice.texts) for e in sorted(evs, key=lambda e: (e.when, e.label))
        ]


def test_timeline_escapes_labels(real_notices):
    import datetime as dt

    ev = [timeline.Event(dt.datetime(2024, 1, 1, 12, 0), True, "<script>alert(1)</script>", "deadline")]
    svg = timeline.svg(ev, "Europe/Paris", "x", real_notices[0].texts)
    assert "<script>" not in svg
    ET.fromstring(svg)  # still well-formed
