"""The list reached from the phone's summary bar (its link, « Voir votre liste », to #bts-checklist-result) in Chromium
(review69 L2): the bar, in its place just above the list, lands wholly under the theme's header, not a strip of its
last line cut in half below it (the theme's scroll margin for a target, 3.6rem, left 14 px of a two-line bar shown, a
strip of every bar since, three and four lines high); the list's title whole below the header."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from browser_support import answered

PARIS = ZoneInfo("Europe/Paris")



# the list landed on: its top at its scroll margin (the scroll over), then the boxes of the header, the bar, the title
LANDED = """() => { const result = document.getElementById('bts-checklist-result');
  return Math.abs(result.getBoundingClientRect().top - parseFloat(getComputedStyle(result).scrollMarginTop)) < 1; }"""
BOXES = """() => { const box = (selector) => { const r = document.querySelector(selector).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom }; };
  return { header: box('.md-header'), bar: box('#bts-checklist-summary'), title: box('#bts-checklist-result-title'),
           lines: [...document.querySelectorAll('#bts-checklist-summary [data-summary]')].filter((e) => e.getClientRects().length).length }; }"""

# (a bar of three lines: the count, the closing, the pieces' own date; of four: the count, the department's academy
# (another academy's department, where the notice does not turn it away), and this notice's two dates all the same —
# the notice may still be that candidate's: phone73)
CASES = [
    ("toulouse", 2024, {"department": "31"}, dt.date(2023, 11, 10), 3),
    ("aix-marseille", 2023, {"department": "75"}, dt.date(2022, 11, 15), 4),
]


@pytest.mark.parametrize("width", [320, 360])
def test_the_bar_tapped_leads_to_the_list_without_a_strip_of_it_under_the_header(visits, origin, width):
    for slug, year, answers, day, lines in CASES:
        visit = visits.take(viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True,
                            fixed_time=dt.datetime.combine(day, dt.time(12, 0), tzinfo=PARIS))
        page = visit.page
        page.goto(origin + f"/{slug}/{year}/liste-personnalisee/#" + urlencode(answers))
        answered(page)
        assert page.evaluate(BOXES)["lines"] == lines, (slug, width)
        page.locator("#bts-checklist-summary").tap()
        page.wait_for_function(LANDED)
        boxes = page.evaluate(BOXES)
        header = boxes["header"]["bottom"]
        # nothing of the bar below the header, the list's title whole below it
        assert boxes["bar"]["bottom"] <= header + 0.5, (slug, width, boxes)
        assert header <= boxes["title"]["top"] < header + 20, (slug, width, boxes)
        visit.close()
