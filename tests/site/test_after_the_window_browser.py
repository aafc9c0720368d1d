"""After the window, in Chromium (walk67b L1, L3, L4), on the frozen project built as of 20 October 2023 (Toulouse 2024 and
Clermont-Ferrand 2024 then open): the browser's clock decides what the build could not.

- L1: read on 15 December 2023, the list's title says its pieces « demandées » when the bar does, in the build's answer
  (past.js, the title for then: data-bts-from-at) and in the engine's (checklist.js datesPast); « à déposer » before.
- L3: the home page's line of a session says « — inscriptions closes » from its closing to its last day, then
  « — session passée » alone (past.js, as the notice's « Inscriptions closes » box).
- L4: « Lire la suite dans votre liste, sous « … » » (was « La suite est dans… ») under a note at its question is a
  button that brings the warning, or the exam-adjustment block, of the list into view with the focus, at 360 px and at
  1280 px (the list's own column), the address (the answers) unchanged.

One Chromium (conftest ``browser``), one site built here (``origin``), few loads."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest

from browser_support import READY_TIMEOUT, Watched, goto_loaded, install_paused, require_browser, serve_site, site_headers
from generator.french import typography
from generator.merge import build_notices
from generator.pipeline import load_and_check
from project_support import FROZEN, built_site

BUILT = "2023-10-20"
PARIS = ZoneInfo("Europe/Paris")
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
TOULOUSE = "toulouse/2024/liste-personnalisee/"
CLERMONT = "clermont-ferrand/2024/liste-personnalisee/"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require_browser(needs_pyodide=True)
    return built_site(tmp_path_factory.mktemp("after-the-window"), FROZEN, BTS_GUIDE_TODAY=BUILT, BTS_GUIDE_PDF="0", BTS_GUIDE_COMPRESS="0")


@pytest.fixture(scope="module")
def origin(site):
    with serve_site(site, site_headers(site)) as url:
        yield url


@pytest.fixture(scope="module")
def texts():
    return build_notices(load_and_check(FROZEN)[0])[0].texts


def _at(day: str, hour: int = 12) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=PARIS)


def _visit(browser, origin: str, url: str, when: dt.datetime, viewport=PHONE) -> Watched:
    visit = Watched(browser, origin, viewport=viewport)
    visit.page.clock.set_fixed_time(when)
    goto_loaded(visit.page, origin + "/" + url)
    return visit


def _answered(page) -> None:
    page.wait_for_function(
        """() => { const r = document.getElementById('bts-checklist');
             return r.dataset.state === 'failed' || (r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent); }""",
        timeout=READY_TIMEOUT,
    )
    assert page.get_attribute("#bts-checklist", "data-state") == "ready"
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_after_the_window_the_list_s_title_says_the_pieces_were_asked_as_the_bar_does(browser, origin, texts):
    """walk67b L1: a build of 20 October 2023 read on 15 December 2023 said « Pièces à déposer (6) » under « 6 pièces
    demandées | Toutes les dates limites sont passées »."""
    answers = urlencode({"department": "31", "situation": "distance", "route": "scolaire"})
    # the build's answer as past.js leaves it (the engine held back: its worker never answers), then the engine's
    visit = Watched(browser, origin, viewport=PHONE)
    page = visit.page
    page.route("**/worker.js*", lambda route: route.abort())
    page.clock.set_fixed_time(_at("2023-12-15"))
    goto_loaded(page, origin + "/" + TOULOUSE)
    shown = page.evaluate("""() => [...document.querySelectorAll('#bts-checklist-output [data-documents-title] > span')]
        .filter((span) => !span.hidden).map((span) => span.textContent)""")
    assert len(shown) == 1 and _words(shown[0]).startswith(_words(texts.text("checklist_page.documents_title_past", count=0)).split(" (")[0]), shown
    visit.close()
    for day, key in (("2023-12-15", "checklist_page.documents_title_past"), ("2023-10-20", "checklist_page.documents_title")):
        visit = _visit(browser, origin, TOULOUSE + "#" + answers, _at(day))
        page = visit.page
        _answered(page)
        title = page.inner_text("#bts-checklist-output h3[data-documents-title]")
        bar = page.inner_text('#bts-checklist-summary [data-summary="documents"]')
        assert ("demandée" in bar) == (key == "checklist_page.documents_title_past"), (day, bar)
        number = int(title.rsplit("(", 1)[1].rstrip(")"))
        assert _words(title) == _words(typography(texts.text(key, count=number))), (day, title)
        assert number and str(number) in bar, (day, bar)
        # (the page's first sentence: « la liste des pièces justificatives », true before and after)
        assert "à déposer" not in page.inner_text("#bts-checklist-intro")
        assert visit.errors == [], visit.errors
        visit.close()


def test_a_list_left_open_past_its_last_date_says_the_pieces_asked_in_its_title_with_the_bar(browser, origin, texts):
    """review67: the engine's title is written again with the bar (checklist.js summarize, walk67b L1), so a list left
    open says « Pièces demandées » at the moment its bar's count says « demandées », without an answer, not only once
    answered again (render). Toulouse 2024, a distance learner, opened at 23:59:30 on the pieces' day (22 November
    2023, « inclus »), then left open past the session's last date."""
    import json

    answers = urlencode({"department": "31", "situation": "distance", "route": "scolaire"})
    visit = Watched(browser, origin, viewport=PHONE)
    page = visit.page
    install_paused(page, dt.datetime(2023, 11, 22, 23, 59, 30, tzinfo=PARIS))
    page.goto(origin + "/" + TOULOUSE + "#" + answers)
    _answered(page)
    title = lambda: _words(page.inner_text("#bts-checklist-output h3[data-documents-title]"))  # noqa: E731
    count = lambda: _words(page.inner_text('#bts-checklist-summary [data-summary="documents"]'))  # noqa: E731
    number = int(title().rsplit("(", 1)[1].rstrip(")"))
    assert title() == _words(typography(texts.text("checklist_page.documents_title", count=number))), title()
    assert "demandée" not in count(), count()
    over = json.loads(page.inner_text("#bts-checklist-data"))["over"]
    last = max(dt.datetime.fromisoformat(iso) for iso in over.values())
    page.clock.fast_forward(int((last - dt.datetime(2023, 11, 22, 23, 59, 30, tzinfo=PARIS)).total_seconds() * 1000) + 1000)
    page.clock.run_for(1000)
    assert "demandée" in count(), count()
    assert title() == _words(typography(texts.text("checklist_page.documents_title_past", count=number))), title()
    assert visit.errors == [], visit.errors
    visit.close()


def test_the_home_page_says_registration_closed_then_session_past_one_flag_at_a_time(browser, origin, texts):
    """walk67b L3: between the closing (15 November 2023, 17 h) and the session's end (31 August 2024), Toulouse 2024's
    line said « clôture des inscriptions au plus tard le … » and nothing else."""
    closed, past = _words(texts.text("home.closed")), _words(texts.text("home.past"))
    for when, flags in ((_at("2023-11-15", 16), []), (_at("2023-11-15", 18), [closed]), (_at("2024-08-31"), [closed]),
                        (_at("2024-09-01"), [past])):
        visit = _visit(browser, origin, "", when)
        line = visit.page.locator(".md-content li", has=visit.page.locator('a[href="toulouse/2024/"]'))
        assert line.count() == 1
        shown = line.evaluate("""(li) => [...li.querySelectorAll('.bts-closed-flag, .bts-past-flag')]
            .filter((flag) => !flag.hidden).map((flag) => flag.textContent)""")
        assert [_words(words) for words in shown] == flags, (when, shown)
        visit.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_the_rest_in_the_list_is_a_button_to_that_section_that_keeps_the_answers(browser, origin, viewport, texts):
    """walk67b L4: « La suite est dans votre liste, sous « Attention » » (Clermont-Ferrand 2024's rules on marks kept)
    and « … sous « Aménagement d'épreuves » » were words only: the candidate scrolled to find the section. review67 L3:
    now « Lire la suite dans votre liste, sous … », an action, and a « Revenir à la question » where it leads."""
    answers = urlencode({"department": "63", "situation": "repeater", "has_benefits": "yes", "renounces_benefits": "no",
                         "disability": "yes", "exam_adjustment": "yes"})
    visit = _visit(browser, origin, CLERMONT + "#" + answers, _at(BUILT), viewport)
    page = visit.page
    _answered(page)
    address = page.url
    cases = [
        ('.bts-checklist-note [data-warning-here="benefits.notice"] button.bts-checklist-to-list',
         '#bts-checklist-output [data-warning="benefits.notice"]', "warnings_title"),
        ('.bts-checklist-note [data-adjustment-here] button.bts-checklist-to-list', "#bts-checklist-adjustment-title", "adjustment_title"),
    ]
    for button, target, title in cases:
        pointer = page.locator(button)
        assert pointer.count() == 1
        assert _words(pointer.inner_text()) == _words(typography(texts.text("checklist_page.at_question_more", title=texts.text(f"checklist_page.{title}"))))
        # by the keyboard: the button focused, Enter
        pointer.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("(selector) => document.activeElement === document.querySelector(selector)", arg=target, timeout=5000)
        box = page.locator(target).bounding_box()
        assert box is not None and 0 <= box["y"] < viewport["height"] / 2, (target, box)
        if viewport is DESKTOP:  # (inside the list's own column, which scrolled to it)
            column = page.locator("#bts-checklist-result").bounding_box()
            assert column["y"] <= box["y"] < column["y"] + column["height"], (box, column)
        assert page.url == address
        # review67 L3: where the focus landed, one way back to the question (in the warning's item; after the block's
        # title, never inside a heading), by the keyboard too: Enter on it, the focus back on the pointer, in view
        back = page.locator("#bts-checklist-output button.bts-checklist-back-to-question")
        assert back.count() == 1 and back.is_visible()
        assert _words(back.inner_text()) == _words(typography(texts.text("checklist_page.back_to_question")))
        assert page.evaluate("([button, target]) => { const b = document.querySelector(button), t = document.querySelector(target); "
                             "return (t.contains(b) || t.nextElementSibling.contains(b)) && !b.closest('h1, h2, h3, h4, h5, h6'); }",
                             ["#bts-checklist-output button.bts-checklist-back-to-question", target])
        back.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("(selector) => document.activeElement === document.querySelector(selector)", arg=button, timeout=5000)
        box = pointer.bounding_box()
        assert box is not None and 0 <= box["y"] < viewport["height"], box
        assert back.count() == 0 and page.url == address
    assert visit.errors == [] and visit.console == [], (visit.errors, visit.console)
    visit.close()
