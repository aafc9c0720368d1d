"""The phone bar's pieces' line in Chromium (review67 L2, candidate69): « 4 pièces » over « Clôture : 15 nov. 2023 à
17 h 00 (Paris) » read as pieces due at the closing, due later (Toulouse 2024: 22 November; Aix-Marseille 2023: 4
December; Nantes 2024: 24 November). Under a next date the pieces counted are not all due at, the bar says their own
date on a line of its own (page.py _pieces_line, checklist.js piecesLine): on one line at 320 and 360 px, no word
cut, its date whole for a screen reader; none once the next date is theirs."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from browser_support import answered
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import _next_deadline, _pieces_line
from generator.french import typography
from generator.pipeline import load_and_check
from project_support import FROZEN

PARIS = ZoneInfo("Europe/Paris")



@pytest.fixture(scope="module")
def content():
    project, _ = load_and_check(FROZEN)
    return project.content.checklist


def flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


# (session, its department, the day read: before the closing, or, Nantes 2026 not dating it, before the pieces' date;
# and answers that list pieces of several dates, where the frozen session has them)
SESSIONS = [
    ("toulouse", 2024, "31", dt.date(2023, 11, 10), {}),
    ("aix-marseille", 2023, "13", dt.date(2022, 11, 15), {}),
    ("clermont-ferrand", 2024, "63", dt.date(2023, 11, 10), {}),
    ("nantes", 2024, "44", dt.date(2023, 11, 10), {}),
    ("nantes", 2026, "44", dt.date(2025, 11, 10), {"situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}),
    ("toulouse", 2024, "31", dt.date(2023, 11, 10), {"situation": "distance", "engagement_etudiant": "yes"}),
]

# the bar's lines as laid out: each line's words, how many lines it takes (its height against its line height), whether
# a part of it is cut (an overflow hidden), what a screen reader is given for its date, what is hidden from it
BAR_LINES = """() => { const bar = document.getElementById('bts-checklist-summary');
  const line = (e) => { if (!e || !e.getClientRects().length) return null;
    const height = e.getBoundingClientRect().height, lineHeight = parseFloat(getComputedStyle(e).lineHeight);
    const cut = [...e.querySelectorAll('*'), e].some((x) => x.scrollWidth > x.clientWidth + 1 && getComputedStyle(x).overflow === 'hidden');
    return { words: e.textContent, lines: height < 1.5 * lineHeight ? 1 : Math.round(height / lineHeight), cut,
             said: [...e.querySelectorAll('[data-said]')].map((x) => x.getAttribute('data-said')),
             hidden: [...e.querySelectorAll('[aria-hidden=true]')].map((x) => x.textContent) }; };
  return { pieces: [...bar.querySelectorAll('[data-summary=pieces]')].map(line), next: line(bar.querySelector('[data-summary=next]')),
           width: document.documentElement.scrollWidth }; }"""


@pytest.mark.parametrize("width", [320, 360])
def test_the_bar_says_the_pieces_own_date_under_a_next_date_they_are_not_due_at_on_one_line(frozen_notices, content, visits, origin, width):
    seen = []
    for slug, year, department, day, more in SESSIONS:
        notice = next(n for n in frozen_notices if n.slug == slug and n.year == year)
        answers = {"department": department, **more}
        ruleset = compile_ruleset(notice, content)
        result = engine.evaluate(ruleset, answers)
        visit = visits.take(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True,
                            fixed_time=dt.datetime.combine(day, dt.time(12, 0), tzinfo=PARIS))
        page = visit.page
        page.goto(origin + f"/{slug}/{year}/liste-personnalisee/#" + urlencode(answers))
        answered(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        following, _ = _next_deadline(data["key_dates"], result, day, data["ends"])
        expected = _pieces_line(notice.texts, data, result, following)
        bar = page.evaluate(BAR_LINES)
        assert bar["width"] <= width, (slug, bar)
        assert bar["next"]["lines"] == 1, (slug, bar)
        # the build's lines, hidden once the script writes the bar, gone: one line, this answer's
        assert len(bar["pieces"]) == 1 and bar["pieces"][0] is not None, (slug, day, bar)
        line = bar["pieces"][0]
        assert line["lines"] == 1 and not line["cut"], (slug, width, line)
        what, said, shown = expected
        assert flat(line["words"]) == flat(typography(what) + (" " + shown if said else "")), (slug, line, expected)
        if said:
            # (the short date hidden from a screen reader, given the date whole, its year and month written out)
            assert line["said"] == [said] and line["hidden"] == [shown] and str(day.year) in said, line
        seen.append((slug, flat(line["words"])))
        visit.close()
    # (the count's date seen under the closing in each session that dates it, the several dates in two: under the
    # closing, Toulouse 2024; under the date of some of them, « Pièces : 19 nov. 2025 », the others', Nantes 2026)
    assert [words for slug, words in seen].count("Pièces : plusieurs dates, voir la liste") == 1, seen
    assert ("nantes", "Autres pièces : autres dates, voir la liste") in seen, seen
    assert {slug for slug, words in seen if words.startswith("Pièces : 2") or words.startswith("Pièces : 4")} == {
        "toulouse", "aix-marseille", "clermont-ferrand", "nantes"}, seen


def test_the_bar_has_no_pieces_line_once_the_next_date_is_the_pieces(frozen_notices, visits, origin):
    """After Toulouse 2024's closing the bar's next date is the pieces' own (« Pièces : 22 nov. 2023, heure non
    précisée »): no line says it twice."""
    visit = visits.take(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                        fixed_time=dt.datetime(2023, 11, 18, 12, 0, tzinfo=PARIS))
    page = visit.page
    page.goto(origin + "/toulouse/2024/liste-personnalisee/#department=31")
    answered(page)
    bar = page.evaluate(BAR_LINES)
    assert flat(bar["next"]["words"]).startswith("Pièces : 22 nov. 2023"), bar
    assert bar["pieces"] == [], bar
    visit.close()
