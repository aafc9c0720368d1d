"""The phone bar's words in the gap before the checklist's engine first answers (a slow phone: 15–20 s the first time).

candidate68 (past67): frozen Nantes 2026, a past session (every date of the notice over on any day these tests run),
opened from the home page's finder (…/liste-personnalisee/#department=44) or with no answer. The bar the build wrote
says « Dates passées, non datées ou selon le cas. », the words for a page without the checklist's script, where no
answer can be given (checklist_page.summary_passed_pending_unanswered, phone61 L6); the script said its own, « Dates
passées ou non datées, à ce stade. », only at the engine's first answer, for the same list: the candidate read the one,
then the other. Now the script says its words from its start, its engine still loading (Pyodide's .wasm held back
here). Seen failing without checklist.js's scriptBarWords: the bar kept the build's words.

Read on 1 June 2026: every date over, the session not yet (phone74: from 1 September 2026, « Session passée » on the
page, the bar says the session past, « checklist_page.summary_session_over », in the build's words for that moment
too, which past.js shows before the engine answers: no « à ce stade »)."""

from __future__ import annotations

import datetime as dt
import html
import re
from zoneinfo import ZoneInfo

import pytest

from browser_support import READY_TIMEOUT, Watched
from generator.french import typography

PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="module")
def nantes_2026(frozen_notices):
    return next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2026))


def _flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.mark.parametrize("fragment", ["#department=44", ""], ids=["department", "no-answer"])
def test_the_bar_says_the_script_s_words_before_the_engine_answers(nantes_2026, origin, browser, frozen_site, fragment):
    texts = nantes_2026.texts
    built_words = _flat(typography(texts.text("checklist_page.summary_passed_pending_unanswered")))
    script_words = _flat(typography(texts.text("checklist_page.summary_passed_pending")))
    # (the build, before the session's dates, wrote in the bar and in the department's built answer the words that
    # follow its dates, past.js showing each in its time: the last ones those for a page without the script, the case
    # this test is about)
    page_html = (frozen_site / "nantes" / "2026" / "liste-personnalisee" / "index.html").read_text(encoding="utf-8")
    bars = [_flat(html.unescape(words)) for words in re.findall(r'data-summary="(?:next|later)"[^>]*>(?:<span[^>]*>)?([^<]*)', page_html)]
    assert bars.count(built_words) >= 2, bars
    over_words = _flat(typography(texts.text("checklist_page.summary_session_over")))
    for day, words in ((dt.date(2026, 6, 1), script_words), (dt.date(2026, 12, 7), over_words)):
        visit = Watched(browser, origin, viewport=PHONE)
        page = visit.page
        page.clock.set_fixed_time(dt.datetime.combine(day, dt.time(12, 0), tzinfo=ZoneInfo(nantes_2026.tz)))
        page.route("**/*.wasm", lambda route: None)  # (held back: never answered, the engine still loading)
        page.goto(origin + "/nantes/2026/liste-personnalisee/" + fragment)
        page.wait_for_selector("#bts-checklist[data-sent]", state="attached", timeout=READY_TIMEOUT)
        assert page.get_attribute("#bts-checklist", "data-state") == "loading"
        assert page.get_attribute("#bts-checklist", "data-stale") is None
        said = _flat(page.inner_text("#bts-checklist-summary"))
        assert words in said and built_words not in said and (words == script_words or "stade" not in said), (day, said)
        assert visit.errors == []
        visit.close()
