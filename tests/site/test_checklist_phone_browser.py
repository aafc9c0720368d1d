"""The checklist page as candidates use it, on a 360 px phone and a 1280 px desktop (headless Chromium).

Built once with FIXED_TODAY (site_support) as the day of the build, served with the site's own
headers (_headers: Content-Security-Policy on every response, workers included). Each test says
which point of the page it checks: the answer ready before Pyodide and equal to the engine's,
side by side or behind a summary bar, notes next to the question that caused them, undoing a
change, « encore utile » explained, « session passée » at view time, the calendar's reminders and
the printed answers, offline use after a first visit, the search index fetched on first use;
axe-core and the Content-Security-Policy find nothing on the new blocks.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html
import io
import json
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest

from browser_support import FOCUS_MARK, MOVING_ANIMATIONS, READY_TIMEOUT, Pool, Watched, answered, chromium, goto_loaded, install_paused, require_browser, search_settled, serve_site, site_headers
from generator import emphasis
from generator.checklist import engine, stdlib
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import pyodide_dir
from generator.checklist.text import GUIDE_MARKS, past_words
from generator.french import lower_first, typography
from generator.site import ics
from generator.site.dates import strict_said
from generator.site.words import last_date
from project_support import FROZEN
from site_support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
SIZES = pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["360px", "1280px"])


@pytest.fixture(scope="module")
def browser():
    require_browser(needs_pyodide=True)
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def notices(frozen_notices):
    """The frozen project's notices (tests/README.md): these tests name sessions and their dates."""
    return frozen_notices


@pytest.fixture(scope="module")
def origin(frozen_site):
    with serve_site(frozen_site, site_headers(frozen_site)) as url:
        yield url



@pytest.fixture(scope="module")
def held_visits(browser, origin):
    """The context the tests of the answer before Pyodide share (``engine_held``): a Pool of its own, apart from
    ``visits`` (these tests route Pyodide's WebAssembly, the rule of ``visits`` says a routing test opens its own), its
    service workers blocked, so that the WebAssembly is asked of the network, where the route holds it, at every visit
    (a checklist folder's service worker, registered by an earlier visit of that folder in the context, would serve it
    from Cache Storage, unseen by the route: Playwright, Page.route). A visit after the context's first thus starts
    like a returning visitor's (Pyodide's memory snapshot restored once its WebAssembly comes), not a cold boot, which
    is not these tests' subject (a cold boot: test_after_a_first_visit_the_checklist_starts_from_the_cache_and_works_offline,
    tests/checklist/test_checklist_browser.py); what they check is the page before the engine's first answer and that
    answer. Measured 2026-12-06 (speedphone64): 7 cold boots of the first two tests became 1, about 2 s of processor
    less a visit (the pointer test's held visits end as the WebAssembly is let through: no gain measured there)."""
    pool = Pool(lambda **options: Watched(browser, origin, service_workers="block", **options), resize=True)
    yield pool
    pool.close()


@pytest.fixture(scope="module")
def content():
    from generator.pipeline import load_and_check

    project, _ = load_and_check(FROZEN)
    return project.content.checklist


def url_of(notice) -> str:
    return f"/{notice.slug}/{notice.year}/liste-personnalisee/"


ready = answered  # (browser_support)


def names_of(data: dict) -> dict[str, str]:
    """The national table's departments as the page data ships them (« Ain (01)|… », checklist/page.py shipped_names):
    code → name, as the build gives them to its answer."""
    return {m.group(2): m.group(1) for m in (re.fullmatch(r"(.+) \(([0-9AB]{2,3})\)", e) for e in data["names"].split("|")) if m}


def answers_in(page) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(page.url).fragment))


def in_person_by_a_change(page, origin: str, notice, answers: dict[str, str]) -> int:
    """``answers`` of an in-person candidate on Toulouse 2024 (frozen), whose list needs none but the department (the
    notice does not name their situation), as a candidate gets them: answered as a distance learner, then « en
    présentiel » tapped; the form keeps the answers of the questions still asked. Not from the address: a shared link
    with them is read as the command line reads it, those the form would not take in that situation ignored (fix59c).
    The focus then leaves the question (a next change is one of its own, undone alone). The number of answers sent."""
    assert answers["situation"] == "in_person"
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted((answers | {"situation": "distance"}).items())))
    sent = ready(page)
    page.tap("label[for='q-situation-in_person']")
    sent = ready(page, sent)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    assert answers_in(page) == answers and page.locator(".bts-checklist-dropped").count() == 0, answers_in(page)
    return sent


def answer_text(page) -> str:
    """The answer's text as shown, without the block only the script builds (share, print, calendar)."""
    return page.evaluate(
        """() => [...document.getElementById('bts-checklist-output').children]
             .filter((c) => !c.matches('.bts-checklist-keep')).map((c) => c.innerText).join('\\n')"""
    )


def axe(page) -> list[str]:
    """axe-core's violations. Evaluated through the devtools protocol: the site's policy (no inline
    script) stays in force for the page, which an injected <script> would break."""
    if not page.evaluate("typeof axe === 'object'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    return page.evaluate(
        "async () => (await axe.run(document)).violations.map(v => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)"
    )


def problems(visit: Watched) -> list[str]:
    return visit.violations() + visit.csp_console() + visit.errors + [f"foreign: {u}" for u in visit.foreign()]


def engine_held(held_visits: Pool, origin, notice, size) -> tuple[Watched, list]:
    """A visit of ``notice``'s checklist with Pyodide's WebAssembly held back (``release`` lets it come): the build's
    answer stays; the requests held. The visit is taken from ``held_visits`` (its ``close`` leaves the context to the
    next one)."""
    visit = held_visits.take(viewport=size)
    held: list = []
    visit.page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    visit.page.goto(origin + url_of(notice))
    return visit, held


def release(page, held: list) -> None:
    """Pyodide's WebAssembly, held back by ``engine_held``, let through."""
    assert held, "Pyodide's WebAssembly was not requested"
    for route in held:
        route.fallback()
    page.unroute("**/pyodide.asm.wasm")


# ---------------------------------------------------------------- ready before Pyodide


@SIZES
def test_the_first_answer_is_shown_before_pyodide_and_the_engine_then_says_the_same(notices, origin, held_visits, size):
    """Pyodide's WebAssembly held back: the build's answer, key dates first, is there and the form
    takes answers; once it arrives the engine's answer for no answer has the same words. Every notice on a phone; the
    words do not depend on the width, so on a desktop one notice (the layout's checks). The blocks of the build's
    answer the engine's writes the same are kept (warm77: not removed, styled and laid out again), the others replaced
    (test_answers_given_before_the_engine_hide_the_builds_answer_until_it_comes: none kept of another answer)."""
    for notice in notices if size is PHONE else notices[:1]:
        visit, held = engine_held(held_visits, origin, notice, size)
        page = visit.page
        page.wait_for_selector("#bts-checklist[data-state=loading]", state="attached")
        assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "build"
        built = answer_text(page)
        # (each block of the build's answer marked by a property of its node, not in the page's HTML)
        page.eval_on_selector("#bts-checklist-output", "o => { for (const c of o.children) c.btsBuilt = true; }")
        first = page.eval_on_selector("#bts-checklist-output", "o => o.firstElementChild.className")
        assert first == "bts-checklist-key-dates" and page.is_visible(".bts-checklist-key-dates li")
        if size is PHONE:  # the summary bar is on the first screen
            box = page.locator("#bts-checklist-summary").bounding_box()
            assert box and 0 <= box["y"] and box["y"] + box["height"] <= size["height"] + 1, box
        page.wait_for_function("() => performance.getEntriesByName('bts-checklist-form-ready').length > 0")
        release(page, held)
        ready(page)
        assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
        # (the site is built for FIXED_TODAY, the browser's clock is today's: a date over between them, Nantes 2026's
        # documents on 19 November 2025, is said passed by the engine's answer only, fixdup57; the words otherwise the same)
        unpast = lambda text: text.replace(notice.texts.text("checklist.date_past", line=""), "").replace(notice.texts.text("checklist.date_past_marked", line=""), "")  # noqa: E731
        engine = answer_text(page)
        assert unpast(engine) == unpast(built), notice.slug
        kept = page.eval_on_selector("#bts-checklist-output", "o => [...o.children].filter((c) => c.btsBuilt).length")
        assert kept > 0, notice.slug
        assert problems(visit) == []
        visit.close()


def test_answers_given_before_the_engine_hide_the_builds_answer_until_it_comes(notices, origin, held_visits, frozen_site):
    """Until the engine's first answer, the build's answer (for no answer) is hidden but for its key dates; their
    pointers to « Dates à retenir », hidden too, are disabled: no Tab stop that does nothing (a review). A notice
    whose build's key dates have such a pointer (Toulouse: its adjustment date's precision): written as words by the
    build, made buttons by the script before the engine comes."""
    notice = next(n for n in notices if "bts-checklist-to-dates" in (frozen_site / url_of(n).strip("/") / "index.html").read_text(encoding="utf-8"))
    visit, held = engine_held(held_visits, origin, notice, PHONE)
    page = visit.page
    page.wait_for_function("() => performance.getEntriesByName('bts-checklist-form-ready').length > 0")
    pointers = page.locator("#bts-checklist-output .bts-checklist-to-dates")
    assert pointers.count() and not pointers.first.is_disabled()
    built = answer_text(page)
    pending = page.locator(".bts-checklist-pending")
    assert pending.count() == 2 and not any(pending.nth(i).is_visible() for i in range(2))
    assert page.locator("#bts-checklist-output button.bts-checklist-to-dates").count() == pointers.count()
    choice = page.locator("#q-situation input[type=radio]").first
    choice.check()
    assert page.get_attribute("#bts-checklist", "data-stale") == "true"
    assert page.is_visible(".bts-checklist-key-dates") and page.is_hidden("#bts-checklist-output .bts-checklist-documents")
    assert all(pointers.nth(i).is_disabled() for i in range(pointers.count()))
    # what is awaited is said under « Votre liste » and in the phone's bar, in place of the hidden count (phone47 M1: a
    # list of two dates looked finished for 15 s on a slow phone)
    assert page.is_visible("#bts-checklist-result .bts-checklist-pending") and page.is_visible("#bts-checklist-summary .bts-checklist-pending")
    assert page.is_hidden('#bts-checklist-summary [data-summary="documents"]')
    release(page, held)
    ready(page)
    assert page.get_attribute("#bts-checklist", "data-stale") is None
    assert not any(pending.nth(i).is_visible() for i in range(2))
    assert answers_in(page) == {"situation": choice.get_attribute("value")}
    # the engine's answer for that answer, not the build's for none kept where they differ (warm77: placeParts)
    assert answer_text(page) != built
    visit.close()


# ---------------------------------------------------------------- layout


def test_side_by_side_on_a_desktop_the_answer_stays_in_view(notices, origin, visits):
    notice = notices[-1]
    visit = visits.take(viewport=DESKTOP)
    page = visit.page
    page.goto(origin + url_of(notice))
    ready(page)
    form = page.locator("#bts-checklist-form").bounding_box()
    result = page.locator("#bts-checklist-result").bounding_box()
    assert result["x"] >= form["x"] + form["width"], (form, result)
    assert page.is_hidden("#bts-checklist-summary")
    # scrolled to the last question: the answer's top is still on the screen
    # (at the bottom of the screen: below the form, the page's end may carry the answer away with its column)
    page.locator("#bts-checklist-form [data-question]:not([hidden])").last.evaluate("el => el.scrollIntoView({block: 'end'})")
    page.wait_for_timeout(200)
    top = page.locator("#bts-checklist-result-title").bounding_box()
    assert 0 <= top["y"] < DESKTOP["height"], top
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    assert problems(visit) == []
    visit.close()


def test_on_a_phone_the_summary_bar_counts_the_documents_gives_the_next_deadline_and_leads_to_the_list(notices, origin, visits):
    """…and keeps the answers: the bar is a link to a place of the page, not to a page without answers."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)  # not past on FIXED_TODAY
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc))
    page = visit.page
    page.goto(origin + url_of(notice))
    sent = ready(page)
    page.check("#q-situation-in_person")
    sent = ready(page, sent)
    given = answers_in(page)
    assert given.get("situation") == "in_person", given
    count = page.locator("#bts-checklist-output [data-document]").count()
    bar = page.inner_text("#bts-checklist-summary")
    said = page.inner_text('#bts-checklist-summary [data-summary="documents"]')
    assert bar.startswith(said) and said == f"{count} pièce{'s' if count > 1 else ''}", bar  # (« à déposer » until bar67)
    # words by number (« {count|pièce|pièces} »), not « pièce(s) » (the notice's own words may have some)
    assert "(s)" not in bar and "(s)" not in page.inner_text("#bts-checklist-status")
    data = json.loads(page.inner_text("#bts-checklist-data"))
    first = min((d for d in notice.deadlines if d.kind == "deadline" and d.given), key=lambda d: d.end)
    # (short, on one line: the whole sentence is in the list; phone55 M1)
    assert data["bar_dates"][first.id] in bar and data["dates"][first.id] in page.inner_text("#bts-checklist-output"), bar
    box = page.locator("#bts-checklist-summary").bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"] + 1
    # (the browser's scroll to the place is part of the click; the answers put back in the address, by the page's
    # « hashchange », a task of its own: waited for, not 300 ms — flaketimers65; the address read after, whatever it says)
    held = page.evaluate("location.hash")

    def answers_back():
        from playwright.sync_api import TimeoutError as Timeout

        try:
            page.wait_for_function("(held) => location.hash === held", arg=held, timeout=10_000)
        except Timeout:
            pass

    page.click("#bts-checklist-summary")
    answers_back()
    title = page.locator("#bts-checklist-result-title").bounding_box()
    assert 0 <= title["y"] < PHONE["height"] / 2, title
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    # the answers stay: in the form, in the address (to share) and in the list
    assert answers_in(page) == given and page.is_checked("#q-situation-in_person")
    assert page.locator("#bts-checklist-output [data-document]").count() == count
    assert page.get_attribute("#bts-checklist", "data-sent") == str(sent)
    # so does any other link to a place of the page (the theme's « Aller au contenu »)
    page.evaluate("location.hash = '#bts-checklist-result-title'")
    answers_back()
    assert answers_in(page) == given and page.is_checked("#q-situation-in_person")
    assert problems(visit) == []
    visit.close()


@pytest.mark.parametrize("height", [740, 568])
def test_a_past_session_s_summary_bar_puts_the_link_beside_the_count_and_its_sentence_on_one_line(notices, origin, visits, height):
    """phone54 L5: on a phone, a past session's bar said « 8 pièces demandées pour cette session », then « Voir votre
    liste » on a line of its own, then « Toutes les dates limites de cette session sont passées. » on two lines: 117 px
    of a 740 px screen, 142 px with « liste incomplète » (a quarter of a 568 px screen, with the header a third). The
    link is on the count's first line, the past sentence on one line: the count alone takes one line where the notice
    gives its whole list, and the bar two lines (still the count, the link, the sentence)."""
    seen = set()
    for notice in notices:
        visit = visits.take(viewport={"width": 360, "height": height}, is_mobile=True, has_touch=True)
        page = visit.page
        page.goto(origin + url_of(notice) + "#situation=repeater")
        ready(page)
        if not page.is_visible(".bts-past") or page.locator("#bts-checklist-output [data-document]").count() == 0:
            visit.close()  # (not past, or no list for a repeater: the bar says « voir la note », no date)
            continue
        box = page.evaluate(
            """() => {
                const bar = document.getElementById('bts-checklist-summary');
                const of = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height,
                                    line: parseFloat(getComputedStyle(e).lineHeight) }; };
                return { bar: of(bar), documents: of(bar.querySelector('[data-summary=documents]')), next: of(bar.querySelector('[data-summary=next]')),
                         link: of(bar.querySelector('.bts-checklist-summary-link')), words: bar.innerText };
            }"""
        )
        documents, link, following = box["documents"], box["link"], box["next"]
        partial = page.locator("#bts-checklist-output [data-partial-list]").count() == 1
        seen.add(partial)
        assert "Voir votre liste" in box["words"] and "passées" in box["words"], box
        assert abs(link["top"] - documents["top"]) < documents["line"] / 2, (notice.slug, box)  # (the count's first line)
        assert following["height"] < 1.5 * following["line"] and following["top"] >= documents["bottom"] - 1, (notice.slug, box)
        if not partial:
            assert documents["height"] < 1.5 * documents["line"], (notice.slug, box)
            assert box["bar"]["height"] <= 70, (notice.slug, box)
        assert box["bar"]["height"] <= 110 and box["bar"]["bottom"] <= height + 1, (notice.slug, box)
        assert problems(visit) == []
        visit.close()
    assert seen == {True, False}, seen  # (a notice that gives its whole list, one that does not)


def test_the_bar_does_not_say_all_dates_passed_while_a_piece_depending_on_an_answer_is_due_later(notices, content, origin, visits):
    """Nantes 2026 on 25 November 2025, a Bâtiment student who has not said whether they are RQTH: the R408 attestation
    (12 December) still depends on that answer; the bar said « Toutes les dates limites … sont passées » (a review).
    The script, after the candidate's answers, as the build (test_first_answer)."""
    from generator.checklist.cli import load_texts

    t, _ = load_texts(FROZEN)
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    ruleset = compile_ruleset(notice, content)
    answers = {"situation": "in_person", "route": "scolaire", "specialty": "batiment"}
    result = engine.evaluate(ruleset, answers)
    assert any(u["id"].startswith("r408") for u in result["undecided"]), result["undecided"]
    passed = " ".join(typography(t.text("checklist_page.summary_passed")).split())
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2025, 11, 25, 12, 0, tzinfo=dt.timezone.utc))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    assert passed not in " ".join(page.inner_text("#bts-checklist-summary").split())
    # once every answer is given and the attestation is theirs, its date is the bar's (not « passées »)
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted((answers | {"r408_waiver": "no"}).items())))
    ready(page)
    bar = " ".join(page.inner_text("#bts-checklist-summary").split())
    assert passed not in bar and "12" in bar, bar
    assert problems(visit) == []
    visit.close()


# read64 M1: a Bâtiment candidate of frozen Toulouse 2024 who answered every question but the RQTH one
TOULOUSE_RQTH_OPEN = {"department": "81", "situation": "distance", "route": "scolaire", "specialty": "batiment", "nationality": "french",
                      "sat_before": "no", "has_benefits": "no", "dispensation": "no", "positioning_decision": "no",
                      "mandatory_language": "english", "disability": "no", "engagement_etudiant": "no"}


def test_the_bar_does_not_say_all_dates_passed_over_a_pending_piece_the_notice_lets_be_deposited_later(notices, content, origin, visits):
    """read64 M1: frozen Toulouse 2024 on 23 November 2023 (the pieces' 22 November, délai de rigueur, passed), a
    Bâtiment candidate who has not answered the RQTH question: the bar said « Toutes les dates limites sont passées. »
    and « Pièces qui dépendent encore de vos réponses » named the R408 attestation without a word of its later deposit
    (seed 000 l. 88). Now the bar says their dates passed or not dated, at this stage, and the piece says the notice's
    later deposit in the words of the listed piece (checklist.js, as page.py and the command line: test_first_answer);
    the RQTH question answered « Non », the attestation listed: « Vos dates sont passées, sauf 1 non datée. » as before.
    Seen failing before the change: the bar's words were « Toutes les dates limites sont passées. »."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    t = notice.texts
    ruleset = compile_ruleset(notice, content)
    [r408] = [u for u in engine.evaluate(ruleset, TOULOUSE_RQTH_OPEN)["undecided"] if u["id"] == "r408"]
    flat = lambda text: " ".join(typography(text).replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    late = flat(t.text("checklist_page.late_deposit", words=r408["late_deposit"], office=ruleset["academy"].get("office_reach", "")))
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2023, 11, 23, 10, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(TOULOUSE_RQTH_OPEN.items())))
    ready(page)
    following = lambda: flat(page.inner_text("#bts-checklist-summary [data-summary=next]"))  # noqa: E731
    assert following() == flat(t.text("checklist_page.summary_passed_pending")), following()
    item = page.locator('#bts-checklist-output [data-undecided="r408"]')
    assert item.count() == 1 and late in flat(item.inner_text()), item.all_inner_texts()
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted((TOULOUSE_RQTH_OPEN | {"r408_waiver": "no"}).items())))
    ready(page)
    assert following() == flat(t.text("checklist_page.summary_passed_undated_own", count=1)), following()
    assert page.locator('#bts-checklist-output [data-undecided="r408"]').count() == 0
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_choice_is_a_row_the_whole_of_which_selects_it_and_each_field_a_finger_high(notices, origin, visits, size):
    """phone50 M2: a choice was its 25 × 26 px label and its 13 px radio; a tap beside « Non » did nothing, and the
    specialty's list was 29 px tall. Each choice is a row from border to border of its question's box, 44 px high at
    least, the rows touching: a tap 40 px right of « Non », or just under its words, selects it. Its radio keeps its
    focus ring. The text field and the lists are 44 px high."""
    notice = next(n for n in notices if n.slug == "toulouse")
    visit = visits.take(viewport=size, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice))
    sent = ready(page)
    rows = page.eval_on_selector_all(
        "fieldset.bts-checklist-question:not([hidden])",
        """sets => sets.map((set) => { const box = set.getBoundingClientRect(), line = parseFloat(getComputedStyle(set).borderLeftWidth);
             return [set.dataset.question, box.left + line, box.right - line,
                     [...set.querySelectorAll('.bts-checklist-choice')].map((row) => { const r = row.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; })]; })""",
    )
    assert rows
    for qid, left, right, choices in rows:
        assert len(choices) >= 2, qid
        for (x0, x1, top, bottom), (_, _, following, _) in zip(choices, choices[1:] + [(0, 0, None, 0)]):
            assert bottom - top >= 44 - 0.5 and abs(x0 - left) <= 1 and abs(x1 - right) <= 1, (qid, left, right, choices)
            assert following is None or abs(following - bottom) <= 0.5, (qid, choices)  # no gap between two rows
    # a tap beside « Non » (40 px right of its words), then just under them
    words = """(id) => { const range = document.createRange(); range.selectNodeContents(document.querySelector(`label[for="${id}"]`));
                 const r = range.getBoundingClientRect(); return { right: r.right, top: r.top, bottom: r.bottom }; }"""
    page.locator("#q-disability").scroll_into_view_if_needed()
    no = page.evaluate(words, "q-disability-no")
    page.touchscreen.tap(no["right"] + 40, (no["top"] + no["bottom"]) / 2)
    sent = ready(page, sent)
    assert page.is_checked("#q-disability-no") and answers_in(page).get("disability") == "no"
    yes = page.evaluate(words, "q-disability-yes")
    page.touchscreen.tap(yes["right"] + 2, yes["bottom"] + 4)
    sent = ready(page, sent)
    assert page.is_checked("#q-disability-yes") and answers_in(page).get("disability") == "yes"
    # a mouse's click at the row's far end too
    first = page.locator("#q-engagement_etudiant .bts-checklist-choice").first
    first.scroll_into_view_if_needed()
    row = first.bounding_box()
    page.mouse.click(row["x"] + row["width"] - 3, row["y"] + row["height"] - 3)
    ready(page, sent)
    assert page.is_checked("#q-engagement_etudiant .bts-checklist-choice input >> nth=0")
    # the focus ring of a radio reached from the keyboard: drawn; the radio above its label's cover
    page.focus("#q-engagement_etudiant input:checked")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    ring = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
                              return [e.type, s.outlineStyle, parseFloat(s.outlineWidth), document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === e]; }""")
    assert ring == ["radio", "solid", 3, True], ring
    fields = page.eval_on_selector_all(
        ".bts-checklist-question:not([hidden]) select, .bts-checklist-question:not([hidden]) input[type=text]",
        "els => els.map((e) => [e.id, e.getBoundingClientRect().height])",
    )
    assert {i for i, _ in fields} >= {"q-department-input", "q-specialty-input"}, fields
    assert all(height >= 44 - 0.5 for _, height in fields), fields
    assert axe(page) == []
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_piece_missing_from_the_notice_s_list_makes_the_bar_say_the_list_is_incomplete(notices, content, origin, visits, size):
    """phone51 L9: Nantes 2026 (frozen, as the real data) tells a candidate dispensed by VAE that the notice's list has
    no piece for it (unlisted_piece): the list ends « ne peut pas être dite complète », and the bar and the status line
    say « Au moins n pièces… » (« pièces connues…, liste incomplète » until phone56 M1) (checklist.js partialFor, page.partial_list: the same), not the words of
    a whole list; without the VAE dispensation, the whole list's words."""
    from generator.checklist.cli import load_texts

    t, _ = load_texts(FROZEN)
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    ruleset = compile_ruleset(notice, content)
    answers = {"department": "44", "situation": "in_person", "sat_before": "no", "route": "scolaire", "specialty": "sio", "option": "B", "dispensation": "vae",
               "has_benefits": "no", "engagement_etudiant": "no", "positioning_decision": "no", "optional_exams": "0", "disability": "no"}
    result = engine.evaluate(ruleset, answers)
    assert [w["id"] for w in result["warnings"] if w.get("unlisted_piece")] == ["dispensation_vae_unlisted"] and not result["complete"]
    count = len(result["documents"])
    visit = visits.take(viewport=size, fixed_time=dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc))  # (during its registrations)
    page = visit.page
    for dispensation, key in (("vae", "checklist_page.summary_documents_partial"), ("no", "checklist_page.summary_documents")):
        page.goto(origin + url_of(notice) + "#" + urlencode(sorted({**answers, "dispensation": dispensation}.items())))
        ready(page)
        words = t.text(key, count=count)
        assert page.text_content("#bts-checklist-summary [data-summary=documents]") == typography(words), dispensation
        # the status line's sentence says them after its « : », the first letter lowered (phone60 L1: « Liste mise à jour :
        # Au moins 3 pièces à déposer, … »; French: the bar's words start a line, the status line's follow a colon)
        said = " ".join(page.inner_text("#bts-checklist-status").split())
        assert " ".join(typography(f"Liste mise à jour : {lower_first(words)},").split()) in said, (dispensation, said)
        ending = page.get_attribute("#bts-checklist-output .bts-checklist-remaining", "data-complete")
        assert ending == ("false" if dispensation == "vae" else "true"), dispensation
    assert problems(visit) == []
    visit.close()


def test_the_status_line_says_no_question_is_left_in_words(notices, content, origin, visits):
    """Once no question can change the list, the status line says « aucune question encore utile », not « 0 question
    encore utile » (a review); while some are left, their number."""
    from generator.checklist.cli import load_texts

    t, _ = load_texts(FROZEN)
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    ruleset = compile_ruleset(notice, content)
    answers = _all_answered(ruleset)
    result = engine.evaluate(ruleset, answers)
    assert not result["questions"] and result["documents"], result["questions"]
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc))  # (during its registrations)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    status = " ".join(page.inner_text("#bts-checklist-status").split())
    count = len(result["documents"])
    # the number of pieces in the bar's words (review55 L1: « à déposer » in the status line of a past session): this
    # session open and its list whole, « … à déposer » (review56 L9: the expected words, not the bar's again)
    words = t.text("checklist_page.summary_documents", count=count)
    assert page.text_content("#bts-checklist-summary [data-summary=documents]") == typography(words)
    assert status == " ".join(typography(t.text("checklist_page.announce_none_left", documents=words)).split()), status
    assert "0 question" not in status
    assert problems(visit) == []
    visit.close()


def _all_answered(ruleset) -> dict:
    """Answers to every question the engine asks, first choice each time, until none is left (a birth date only where
    the session asks it: a link's answer to a question it never asks is said ignored, fixmisc56)."""
    asked = {q["id"] for q in ruleset["questions"]}
    answers = {"department": "44", **({"birth_date": "2004-05-01"} if "birth_date" in asked else {})}
    for _ in range(40):
        left = [q for q in engine.evaluate(ruleset, answers)["questions"] if q not in answers]
        if not left:
            return answers
        question = next(q for q in ruleset["questions"] if q["id"] == left[0])
        answers[left[0]] = question["choices"][0][0] if question.get("choices") else next(iter(ruleset["specialties"]))
    raise AssertionError(answers)


def _residence_decides_alone(notices):
    """A notice that says one registers in the academy where one resides (residence:), a department question, and no
    candidates their establishment registers wherever they live (for such a notice, the department alone waits for
    the situation: engine, _standing)."""
    from generator.model.values import given

    return next(
        n for n in notices
        if n.session.session.residence and any(q.kind == "department" for q in n.questions.values())
        and not any(c.how == "establishment" for c in given(n.session.who) or ())
    )


def test_on_a_phone_the_summary_bar_never_counts_documents_when_no_list_can_be_given(notices, content, origin, visits):
    """A situation the notice excludes or does not name, a department of another academy: the bar says there
    is no list for the candidate (the note says why), not « 0 pièce » nor the documents asked of everyone."""
    notice, ruleset, answers, standing = _standing_case(notices, content, ("excluded", "not_listed"))
    t = notice.texts
    visit = visits.take(viewport=PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    bar = " ".join(page.inner_text("#bts-checklist-summary").split())
    no_list = " ".join(typography(t.text("checklist_page.summary_no_list")).split())
    assert bar.startswith(no_list), bar
    # nor the list (« Pièces à déposer (0) ») nor the status line
    assert page.locator("#bts-checklist-output > h3[data-documents-title]").count() == 0
    assert " ".join(page.inner_text("#bts-checklist-status").split()) == " ".join(typography(t.text("checklist_page.announce_no_list")).split())
    # no closing line saying the list is incomplete; the excluded get none of the notice's dates (answer.py: the same)
    assert page.locator("#bts-checklist-output .bts-checklist-remaining").count() == 0
    def check_dates(kind, ruleset, answers):
        # the note first, no « Dates limites » above it (read as the candidate's own: a review); not cited: the
        # registration's dates under the note (« Dates à retenir »), as on the command line; excluded: nothing
        dated = kind == "not_listed"
        classes = page.eval_on_selector_all("#bts-checklist-output > *", "nodes => nodes.map((n) => n.className)")
        assert classes[0] == "bts-checklist-standing", (kind, classes)
        assert page.locator("#bts-checklist-output .bts-checklist-key-dates, #bts-checklist-output [data-key-date]").count() == 0, kind
        assert (page.locator("#bts-checklist-output [data-registration]").count() > 0) == dated, kind
        # no list, nothing to put in a calendar: the registration's dates, said under the note, are those of the
        # candidates the notice concerns, not theirs (phone47 M2: an in-person trainee in Bouches-du-Rhône was offered
        # the individual candidates' window)
        assert page.is_hidden("#bts-checklist-ics"), kind
        # nor a list to tick on paper or to keep (phone61 L4: « Garder votre liste … Imprimer la liste à cocher »): the
        # link keeps the answers
        assert page.is_hidden("#bts-checklist-print") and page.is_hidden(".bts-checklist-buttons"), kind
        assert page.inner_text("#bts-checklist-keep-title") == typography(t.text("checklist_page.keep_title_no_list")), kind
        assert page.inner_text("#bts-checklist-share-label") == typography(t.text("checklist_page.share_link_no_list")), kind
        return dated

    dated = check_dates(standing["kind"], ruleset, answers)
    assert page.locator("#bts-checklist-output .bts-checklist-contacts").count() == 1
    other = "excluded" if dated else "not_listed"  # and the other kind of standing without a list
    notice_b, ruleset_b, answers_b, _ = _standing_case(notices, content, (other,))
    page.goto(origin + url_of(notice_b) + "#" + urlencode(sorted(answers_b.items())))
    ready(page)
    assert page.locator("#bts-checklist-output .bts-checklist-remaining").count() == 0
    check_dates(other, ruleset_b, answers_b)
    with_department = _residence_decides_alone(notices)
    qid = next(qid for qid, q in with_department.questions.items() if q.kind == "department")
    page.goto(origin + url_of(with_department))
    sent = ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    code = sorted(data["elsewhere"])[0]
    page.fill(f"#q-{qid}-input", code)
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    bar = " ".join(page.inner_text("#bts-checklist-summary").split())
    assert bar.startswith(" ".join(typography(t.text("checklist_page.summary_elsewhere")).split())), (code, bar)
    assert problems(visit) == []
    visit.close()


def _no_list_elsewhere_bar(page, t, width):
    """The phone bar of a candidate given no list whose department is another academy's: « Pas de liste pour votre
    situation » in the count's place, « Département hors académie : voir la note » on the department's line, each on
    one line at ``width``, no « Voir votre liste » (no list), no date, the page no wider than the screen."""
    flat = lambda text: " ".join(typography(text).replace("\u00a0", " ").replace("\u202f", " ").split())  # noqa: E731
    bar = page.locator("#bts-checklist-summary")
    lines = {name: bar.locator(f"[data-summary={name}]") for name in ("documents", "department")}
    assert flat(lines["documents"].inner_text()) == flat(t.text("checklist_page.summary_no_list_situation")), bar.inner_text()
    assert flat(lines["department"].inner_text()) == flat(t.text("checklist_page.summary_department_no_list")), bar.inner_text()
    assert bar.locator("[data-summary=next]").inner_text().strip() == "" and bar.locator(".bts-checklist-summary-link").is_hidden()
    for name, line in lines.items():
        box = line.evaluate("(e) => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight), e.scrollWidth, e.clientWidth]")
        assert box[0] < 1.5 * box[1] and box[2] <= box[3], (name, width, box)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", [320, 360])
def test_no_list_for_another_academy_s_department_fits_the_bar_on_two_short_lines(notices, origin, visits, width):
    """phone62 L1: Nantes 2026 (establishments), a Paris resident preparing at a distance (no list: a situation the
    notice does not name), 320×640: the bar « Département hors académie, pas de liste pour votre situation : voir la
    note » took four lines, 108 px of the screen (three at 360). Both reasons still said, each on one line, as the
    bar's other lines: « Pas de liste pour votre situation » in the count's place, « Département hors académie : voir
    la note » on the department's line; the status line keeps the whole sentence."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    t = notice.texts
    visit = visits.take(viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#department=75&situation=distance")
    ready(page)
    _no_list_elsewhere_bar(page, t, width)
    assert " ".join(page.inner_text("#bts-checklist-status").split()) == " ".join(typography(t.text("checklist_page.summary_elsewhere_no_list")).split())
    assert page.locator("#bts-checklist-summary").evaluate("(e) => e.getBoundingClientRect().height") < 70
    # of the academy: the count and « Voir votre liste » again, no department line
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill("#q-department-input", "44")
    page.dispatch_event("#q-department-input", "change")
    ready(page, sent)
    assert page.locator("#bts-checklist-summary [data-summary=department]").count() == 0
    assert page.locator("#bts-checklist-summary .bts-checklist-summary-link").is_visible()
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


@pytest.mark.parametrize("width", [320, 360])
def test_a_department_of_another_academy_the_notice_turns_away_fits_the_bar_without_voir_votre_liste(notices, origin, visits, width):
    """phone63 L1: Toulouse 2024 (a notice for its residents only), a Paris resident (75; Guadeloupe, 971, the same),
    320×640: the bar « Votre département n’est pas dans cette académie : voir la note » beside « Voir votre liste » took
    four lines, 108 px of the screen (87 at 360), and offered a list the note says is not given. As for no list in
    another academy's department (phone62 L1): no « Voir votre liste », the bar (still a link to the note) on two lines;
    living abroad the same; of the academy, the link again."""
    notice = _residence_decides_alone(notices)
    t = notice.texts
    visit = visits.take(viewport={"width": width, "height": 640}, is_mobile=True, has_touch=True)
    page = visit.page
    # (the page loaded whole with Paris in its address: the first case's own load when Paris is another academy's, not
    # a load for the page data only, whose Pyodide the next load stopped)
    page.goto(origin + url_of(notice) + "#department=75")
    data = json.loads(page.inner_text("#bts-checklist-data"))
    bar = page.locator("#bts-checklist-summary")
    link = bar.locator(".bts-checklist-summary-link")
    flat = lambda text: " ".join(typography(text).replace("\u00a0", " ").replace("\u202f", " ").split())  # noqa: E731
    code = "75" if "75" in data["elsewhere"] else sorted(data["elsewhere"])[0]
    for department, words in ((code, "checklist_page.summary_elsewhere"), ("99", "checklist_page.summary_abroad")):
        if page.url != origin + url_of(notice) + "#department=" + department:  # (a page loaded whole with it in its address)
            page.goto(origin + url_of(notice) + "#department=" + department)
            page.reload()
        ready(page)
        assert flat(bar.locator("[data-summary=documents]").inner_text()) == flat(t.text(words)), bar.inner_text()
        assert link.is_hidden(), (department, width)
        assert bar.evaluate("(e) => e.getBoundingClientRect().height") < 70, (department, width, bar.inner_text())
        assert bar.get_attribute("href") == "#bts-checklist-result"
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill("#q-department-input", data["academy"]["example"]["code"])
    page.dispatch_event("#q-department-input", "change")
    ready(page, sent)
    assert link.is_visible()
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


@contextlib.contextmanager
def checked_as(name: str):
    """A part of a test that does the checks of several on one page load: an assertion failing in it names the check
    (the former test's name) it belongs to."""
    try:
        yield
    except AssertionError as error:
        raise AssertionError(f"[{name}] {error}") from error


NO_LIST_DEPARTMENT_FIRST = "test_no_list_for_another_academy_s_department_says_the_department_first_in_the_list_and_the_bar"
NOT_CITED_SENT_THERE = "test_a_candidate_not_cited_who_lives_in_another_academy_is_sent_there_not_to_this_office"


def test_a_paris_distance_learner_on_nantes_2026_is_sent_to_their_academy_first_not_to_this_office(notices, content, origin, visits):
    """Nantes 2026 (establishments, silent on residence), a Paris resident preparing at a distance (a situation it does
    not name), at 360 px: the checks of two former tests, which loaded that same page (one page load, one Pyodide
    visit less; each part's failure names its former test).

    test_no_list_for_another_academy_s_department_says_the_department_first_in_the_list_and_the_bar — phone58 M2: the
    list opened with « Demandez au plus tôt au bureau des examens » and the Nantes office, Paris came further down, and
    the bar said « Pas de liste de pièces pour votre situation ». As where the notice sends them to their academy: the
    warning about the department first (then the note on their situation), the bar and the status line say their
    department is not in this academy, and the note under the situation's answer says the department (and where to go)
    before the note (the build's answer, answer.py, in the same order: tests/checklist/test_first_answer.py); of the
    academy (44 typed in the field): no warning, the note first, the bar as before.

    test_a_candidate_not_cited_who_lives_in_another_academy_is_sent_there_not_to_this_office — read60 M4: that
    candidate was told that Paris is their academy (its site), then « Demandez au plus tôt au bureau des examens comment
    vous inscrire », the Nantes office and the link to Nantes' site where its individual candidates read: two places to
    go, in the list and under the answer. The note sends them to their department's academy (said above it), this
    academy's office only for a doubt, and links no page of this academy, in the list and at the question, in the build's
    words (answer.py; the command line: tests/checklist/test_cases_cpython.py); the box at the top saying where this
    academy's individual candidates read stays hidden. Of the academy's own departments (by the address), the note as
    before."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    t = notice.texts
    words = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())  # noqa: E731
    visit = visits.take(viewport=PHONE)
    page = visit.page
    answers = {"department": "75", "situation": "distance"}
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))  # (#department=75&situation=distance)
    ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    with checked_as(NO_LIST_DEPARTMENT_FIRST):
        classes = page.eval_on_selector_all("#bts-checklist-output > *", "nodes => nodes.map((n) => n.tagName + '.' + n.className)")
        assert classes[:3] == ["H3.", "UL.bts-checklist-warnings", "DIV.bts-checklist-standing"], classes
        assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "not_listed"
        assert page.get_attribute("#bts-checklist-output .bts-checklist-warnings > li", "data-warning") == engine.DEPARTMENT_WARNING
        # (and their situation, which the note's title says, after it: phone61 L5)
        # (the bar on two lines, one each: the situation in the count's place, the department and the note on the
        # department's line; the status line the whole sentence; phone62 L1: _no_list_elsewhere_bar)
        elsewhere = " ".join(typography(t.text("checklist_page.summary_elsewhere_no_list")).split())
        _no_list_elsewhere_bar(page, t, 360)
        assert " ".join(page.inner_text("#bts-checklist-status").split()) == elsewhere
        assert "Paris (75)" in page.inner_text("#bts-checklist-output .bts-checklist-warnings"), data["elsewhere"].get("75")
        # under the answer that leaves no list (the situation), the same order: the department and where to go, then the note
        note = page.locator(".bts-checklist-note[data-note-for=situation]")
        parts = note.locator(":scope > [data-warning-here], :scope > .bts-checklist-standing")
        assert parts.evaluate_all("nodes => nodes.map((n) => n.dataset.warningHere || n.dataset.standing)") == [engine.DEPARTMENT_WARNING, "not_listed"]
        assert note.locator("[data-warning-here] a").get_attribute("href") == data["elsewhere"]["75"]["url"]
    with checked_as(NOT_CITED_SENT_THERE):
        note = page.locator("#bts-checklist-output > .bts-checklist-standing")
        assert note.get_attribute("data-standing") == "not_listed"
        text = words(note.inner_text())
        assert "Demandez au plus tôt au bureau des examens" not in text and "demandez au plus tôt à l'académie (ou au vice-rectorat) dont il relève" in text, text
        assert note.locator("a").count() == 0, text
        assert page.is_hidden("[data-routing]")
        # under the answer: the department and its academy's link, then the same note
        here = page.locator(".bts-checklist-note[data-note-for=situation] > .bts-checklist-standing")
        assert words(here.inner_text()) == text and here.locator("a").count() == 0
        assert page.locator(".bts-checklist-note[data-note-for=situation] [data-warning-here] a").get_attribute("href") == data["elsewhere"]["75"]["url"]
        assert_standing_as_built(page, notice, content, answers, data["elsewhere"])
        # of the academy: the note as before, where individual candidates read linked
        sent = int(page.get_attribute("#bts-checklist", "data-sent"))
        page.evaluate("() => { location.hash = 'department=44&situation=distance'; }")
        ready(page, sent)
        text = words(note.inner_text())
        assert "Demandez au plus tôt au bureau des examens" in text and note.locator(f"a[href='{data['ask']['routing']['href']}']").count() == 1, text
    with checked_as(NO_LIST_DEPARTMENT_FIRST):
        # (Paris again by the address, then) of the academy by the field: no warning, the note first, the bar as before
        sent = int(page.get_attribute("#bts-checklist", "data-sent"))
        page.evaluate("() => { location.hash = 'department=75&situation=distance'; }")
        sent = ready(page, sent)
        assert page.get_attribute("#bts-checklist-output .bts-checklist-warnings > li", "data-warning") == engine.DEPARTMENT_WARNING
        page.fill("#q-department-input", "44")
        page.dispatch_event("#q-department-input", "change")
        ready(page, sent)
        classes = page.eval_on_selector_all("#bts-checklist-output > *", "nodes => nodes.map((n) => n.className)")
        assert classes[0] == "bts-checklist-standing", classes
        assert " ".join(page.inner_text("#bts-checklist-summary [data-summary=documents]").split()) == " ".join(typography(t.text("checklist_page.summary_no_list")).split())
    assert problems(visit) == []
    visit.close()


def test_a_candidate_not_cited_who_lives_in_another_academy_gets_none_of_this_notice_s_dates_nor_contacts(notices, content, origin, visits):
    """fixcode59 (fixroute58 left): Aix-Marseille 2023 (it does not say residence decides), at 360 px, on 5 November
    2022, an in-person student living in Paris (not cited: sent to their academy first, this one's office for a
    doubt) still read, under that note, « Inscriptions sur CYCLADES » with Aix's opening and closing, and « Contacts »
    with its exam office, as if they applied. Now neither, in the list, the build's answer and the command line, the
    bar saying the department and no date (as before); the note still names this academy's office. Of the academy's
    own departments, both kept (the note tells them to ask before the closing)."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist
    from generator.cli import main

    notice = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    t = notice.texts
    words = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())  # noqa: E731
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2022, 11, 5, 12, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    answers = {"department": "75", "situation": "in_person"}
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    output = page.locator("#bts-checklist-output")
    note = output.locator("> .bts-checklist-standing")
    assert note.get_attribute("data-standing") == "not_listed"
    assert "cette académie-ci" in words(note.inner_text()), note.inner_text()
    assert output.locator("#bts-checklist-dates, .bts-checklist-deadlines, .bts-checklist-key-dates, .bts-checklist-contacts").count() == 0, output.inner_text()
    assert words(t.text("checklist_page.deadlines_title")) not in words(output.inner_text())
    bar = page.locator("#bts-checklist-summary")
    _no_list_elsewhere_bar(page, t, 360)
    assert bar.locator("[data-summary=next]").inner_text().strip() == ""
    # the build's answer for the same answers: the same (answer.py: no_dates, elsewhere)
    ruleset = compile_ruleset(notice, content)
    view = checklist_view(notice, content)
    answer = answer_view(notice, ruleset, engine.evaluate(ruleset, answers), view.data["key_dates"], view.data["dates"], {}, view.data["elsewhere"])
    built = render_checklist(dataclasses.replace(view, answer=answer), t)
    answered = built[built.index('id="bts-checklist-output"'):].split("</section>", 1)[0]
    assert "bts-checklist-deadlines" not in answered and "bts-checklist-contacts" not in answered
    # the command line: neither « Inscriptions sur CYCLADES » nor « Contacts », the office in the note
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["--root", str(FROZEN), "checklist", "--academy", "aix-marseille", "--session", "2023", *(f"{k}={v}" for k, v in answers.items())])
    said = out.getvalue()
    assert t.text("checklist.registration") not in said and t.text("checklist.contacts") not in said and "cette académie-ci" in words(said), said
    # of the academy's own department: the dates and the contacts under the note
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.evaluate("() => { location.hash = 'department=13&situation=in_person'; }")
    ready(page, sent)
    assert output.locator(".bts-checklist-deadlines").count() == 1 and output.locator(".bts-checklist-contacts").count() == 1
    assert problems(visit) == []
    visit.close()


@pytest.mark.parametrize("width", [360, 320])
def test_a_list_given_to_another_academy_s_department_has_the_bar_say_it(notices, content, origin, visits, width):
    """phone58 L5: Aix-Marseille 2023 (it does not reserve registration to its residents), a repeater living in Paris gets
    a list; the warning about the department was at the question and in the list, but the bar said only « 5 pièces à
    déposer » and the next date. A short line of the bar says it, under the count (« Attention : vous résidez hors de
    France » for 99, on one line too); gone for one of the academy's departments. dates71 named the department's
    academy there, « Attention : académie de Paris », and hid this notice's dates. phone73: that line read « go to
    Paris », which the notice does not say (the list's warning: « l'une ou l'autre académie »), and this notice may be
    the candidate's, its closing the date that matters most: the line says a fact, « Votre département : académie de
    Paris », on one line at 360 and 320 px (« académie de Clermont-Ferrand » whole, under it at 320), and the bar keeps
    the next date, the same as for one of the academy's departments, its date on one line (not split)."""
    notice = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    t = notice.texts
    visit = visits.take(viewport={"width": width, "height": PHONE["height"]}, fixed_time=dt.datetime(2022, 10, 25, 12, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#department=13&situation=repeater")
    sent = ready(page)
    line = "#bts-checklist-summary [data-summary=department]"
    nexts = "#bts-checklist-summary [data-summary=next]"
    assert page.locator(line).count() == 0
    ours = " ".join(page.inner_text(nexts).split())
    assert ours, "no next date in the bar during the registrations"
    page.fill("#q-department-input", "75")
    page.dispatch_event("#q-department-input", "change")
    sent = ready(page, sent)
    said = lambda: " ".join(page.inner_text(line).split())  # noqa: E731
    assert said() == " ".join(typography(t.text("checklist_page.summary_department_academy", academy="académie de Paris")).split())
    assert not said().startswith(t.text("checklist_page.warnings_title")), said()
    # a list: the count, the department's academy, then this notice's next date, the same as for its own department
    order = page.eval_on_selector_all("#bts-checklist-summary > [data-summary]", "nodes => nodes.filter((n) => n.getClientRects().length && n.textContent.trim()).map((n) => [n.dataset.summary, Math.round(n.getBoundingClientRect().top), n.getBoundingClientRect().height])")
    assert [name for name, _, _ in order][:3] == ["documents", "department", "next"], order
    tops = [top for _, top, _ in order]
    assert tops == sorted(tops) and len(set(tops)) == len(tops), order
    assert " ".join(page.inner_text(nexts).split()) == ours
    size = page.eval_on_selector(line, "n => parseFloat(getComputedStyle(n).lineHeight)")
    assert order[1][2] < 1.5 * size, order  # (one line)
    when = page.eval_on_selector(nexts + " .bts-checklist-summary-when", "n => n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight)")
    assert when < 1.5, when  # (the date whole on its line)
    for code, key in (("15", "summary_department_academy"), ("99", "summary_department_abroad"), ("13", None)):
        page.fill("#q-department-input", code)
        page.dispatch_event("#q-department-input", "change")
        sent = ready(page, sent)
        if key:
            values = {"academy": "académie de Clermont-Ferrand"} if code == "15" else {"title": t.text("checklist_page.warnings_title")}
            assert said() == " ".join(typography(t.text(f"checklist_page.{key}", **values)).split())
            lines = page.eval_on_selector(line, "n => n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight)")
            # (one line at 360 px; at 320 « académie de Clermont-Ferrand » goes whole under « Votre département : »)
            assert lines < (1.5 if width == 360 or code != "15" else 2.5), (code, lines)
            if code == "15":
                whole = page.eval_on_selector(line + " .bts-checklist-summary-academy", "n => n.getClientRects().length")
                assert whole == 1, whole  # (the academy's title never split)
            assert " ".join(page.inner_text(nexts).split()) == ours, code
        else:
            assert page.locator(line).count() == 0
    assert problems(visit) == []
    visit.close()


@pytest.mark.parametrize("code", ["971", "75"])
def test_the_hint_naming_another_academy_is_brought_above_the_bar(notices, origin, visits, code):
    """phone73: at 360×740, Toulouse 2024's checklist opened from its notice, the department field near the screen's
    bottom; « 971 » typed there and the field left, the hint under it (« Guadeloupe (971) relève de l'académie de la
    Guadeloupe, …, site de l'académie : www.ac-guadeloupe.fr. ») had its last lines under the summary bar, the academy's
    site among them. The answer brings it above the bar, as a field's message, the field kept under the header; and
    Aix-Marseille 2023 (a list given, the bar on four lines) likewise for « 75 »."""
    notice = next(n for n in notices if (n.slug, n.year) == (("toulouse", 2024) if code == "971" else ("aix-marseille", 2023)))
    visit = visits.take(viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#situation=repeater")
    sent = ready(page)
    field = "#q-department-input"
    top = page.eval_on_selector(field, "n => n.getBoundingClientRect().top")
    # (the field in the screen's lower part, as the page opens: a candidate types there without scrolling)
    page.evaluate("([sel, at]) => window.scrollBy(0, document.querySelector(sel).getBoundingClientRect().top - at)", [field, PHONE["height"] - 200])
    assert page.eval_on_selector(field, "n => n.getBoundingClientRect().bottom") < PHONE["height"] - 100, top
    page.tap(field)
    page.keyboard.type(code, delay=20)
    page.evaluate("() => document.activeElement.blur()")
    sent = ready(page, sent)
    hint = page.locator("#q-department-elsewhere")
    assert hint.is_visible() and code in hint.inner_text(), hint.inner_text()
    box = page.eval_on_selector("#q-department-elsewhere", "n => n.getBoundingClientRect().bottom")
    bar = page.eval_on_selector("#bts-checklist-summary", "n => n.getBoundingClientRect().top")
    assert box <= bar, (box, bar)
    header = page.eval_on_selector(".md-header", "n => n.getBoundingClientRect().bottom")
    assert page.eval_on_selector(field, "n => n.getBoundingClientRect().top") >= header, "the field went under the header"
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_department_of_another_academy_shows_where_to_go_instead_of_this_notices_list(notices, content, origin, visits, size):
    """Paris (75) on another academy's checklist: no document, step, date, contact nor question of this notice,
    nothing to add to a calendar; the note « this notice is not yours » comes first, with the national table's
    link (as next to the field), in the words of the build's answer (answer.py) for the same result; the status
    line says what the bar says."""
    # a notice that says one registers in the academy where one resides (residence:)
    notice = _residence_decides_alone(notices)
    t = notice.texts
    qid = next(qid for qid, q in notice.questions.items() if q.kind == "department")
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice))
    sent = ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    code = "75" if "75" in data["elsewhere"] else sorted(data["elsewhere"])[0]
    page.fill(f"#q-{qid}-input", code)
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    classes = page.eval_on_selector_all("#bts-checklist-output > *", "nodes => nodes.map((n) => n.className)")
    assert classes[0] == "bts-checklist-standing", classes
    assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "outside_academy"
    assert page.get_attribute(".bts-checklist-standing a", "href") == data["elsewhere"][code]["url"]
    assert page.locator("#bts-checklist-output [data-document], #bts-checklist-output [data-deadline], #bts-checklist-output [data-step]").count() == 0
    nothing_of_this_notice = ".bts-checklist-key-dates, [data-key-date], [data-registration], .bts-checklist-contacts, .bts-checklist-remaining"
    assert page.locator(f"#bts-checklist-output :is({nothing_of_this_notice})").count() == 0
    assert page.is_hidden("#bts-checklist-ics")
    assert page.locator("#bts-checklist-output > h3[data-documents-title]").count() == 0
    assert page.locator("[data-question].bts-checklist-needed").count() == 0
    status = " ".join(page.inner_text("#bts-checklist-status").split())
    assert status == " ".join(typography(t.text("checklist_page.summary_elsewhere")).split()), status
    assert_standing_as_built(page, notice, content, {qid: code}, data["elsewhere"])
    # a collectivity overseas (988, Nouvelle-Calédonie, of the national table): the engine reads it as the hint does,
    # never « numéro non reconnu »
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", "988")
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "outside_academy"
    assert page.is_hidden(f"#q-{qid}-problem") and page.get_attribute(f"#q-{qid}-input", "aria-invalid") == "false"
    assert "vice-rectorat de la Nouvelle-Calédonie" in page.inner_text("#bts-checklist-output > .bts-checklist-standing")
    # a postal code, as the home page's finder takes it: its department, for the hint and for the engine
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", "75 001")
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.is_hidden(f"#q-{qid}-problem") and "Paris (75)" in page.inner_text(f"#q-{qid}-elsewhere")
    assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "outside_academy"
    assert "Paris (75)" in page.inner_text("#bts-checklist-output > .bts-checklist-standing")
    # its name, as the home page's finder takes it (case, accents, hyphens free): its code for the hint and the
    # engine, and in the share link
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", "  paris ")
    assert "Paris (75)" in page.inner_text(f"#q-{qid}-elsewhere")  # as typed, before the engine
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.is_hidden(f"#q-{qid}-problem") and answers_in(page) == {qid: "75"}
    assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "outside_academy"
    # a word that names no department (a city, « Brive »): the message says what to write; on a phone, brought above
    # the summary bar from under it (the field just above the bar, as after typing). (« haute », a word of eight
    # departments' names, offers them now: phone54 L2, tests/test_departments.py and test_phone_browser.py)
    page.fill(f"#q-{qid}-input", "Brive")
    assert page.is_hidden(f"#q-{qid}-elsewhere")
    if size is PHONE:
        # (from the page's top, as it opens: the answer above brought the hint naming Paris's academy above the bar,
        # phone73, and the page scrolled there has the short form's end, and the bar in its place, on the screen)
        page.evaluate("() => window.scrollTo(0, 0)")
        page.evaluate("""(qid) => { const bar = document.getElementById('bts-checklist-summary').getBoundingClientRect();
                                   window.scrollBy(0, document.getElementById(`q-${qid}-input`).getBoundingClientRect().bottom - bar.top); }""", qid)
        button = page.locator(f"#q-{qid}-abroad").bounding_box()  # (the message will appear under it: under the bar)
        assert button["y"] >= page.locator("#bts-checklist-summary").bounding_box()["y"] - 1, button
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.is_visible(f"#q-{qid}-problem") and page.get_attribute(f"#q-{qid}-input", "aria-invalid") == "true"
    # what to write, with this academy's first department as its example (review54 L2: Haute-Garonne for every academy)
    from generator.departments import typing_example

    first = notice.academy.departments[0]
    code, name, postal = typing_example([(d.code, d.name) for d in notice.academy.departments])
    from generator.departments import clean_code

    assert (code, name) == (first.code, first.name) and clean_code(postal) == first.code
    example = {"code": code, "name": name, "postal": postal}
    # (a word that names no department, most often a city, said as such: phone49 L1)
    assert page.inner_text(f"#q-{qid}-problem") == typography(t.text("checklist_page.invalid_department_word", typed="Brive", **example))
    # said to a screen reader too, in the status line (a review, phone48 L3: only shown next to the field)
    assert page.inner_text("#bts-checklist-status").startswith(page.inner_text(f"#q-{qid}-problem")), page.inner_text("#bts-checklist-status")
    # the field's help gives one of this academy's departments as its example, not another academy's
    help_words = page.inner_text(f"#q-{qid}-codes")
    assert f"({first.code})" in help_words and first.name in help_words, help_words
    if size is PHONE:
        problem, bar = page.locator(f"#q-{qid}-problem").bounding_box(), page.locator("#bts-checklist-summary").bounding_box()
        assert 0 <= problem["y"] and problem["y"] + problem["height"] <= bar["y"] + 1, (problem, bar)
    # a code and a name of two departments: which is which (review56 L6: « Département non reconnu » said neither)
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", "31 (Ariège)")
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    apart = {"code": "31", "code_name": "Haute-Garonne", "name": "Ariège", "name_code": "09"}
    assert page.inner_text(f"#q-{qid}-problem") == typography(t.text("checklist_page.department_apart", **apart))
    # another value that cannot be read either: said again (phone49 L2: only the first one was)
    page.evaluate("document.getElementById('bts-checklist-status').textContent = ''")
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", "Rennes")
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.inner_text("#bts-checklist-status").startswith(page.inner_text(f"#q-{qid}-problem")), page.inner_text("#bts-checklist-status")
    assert page.inner_text(f"#q-{qid}-problem") == typography(t.text("checklist_page.invalid_department_word", typed="Rennes", **example))
    # a number that is none: what to type, without « n'est pas le nom d'un département »
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", "123")
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.inner_text(f"#q-{qid}-problem") == typography(t.text("checklist_page.invalid_department", **example))
    # back to a department of the academy: its dates, contacts and calendar again
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill(f"#q-{qid}-input", compile_ruleset(notice, content)["academy"]["departments"][0])
    page.dispatch_event(f"#q-{qid}-input", "change")
    ready(page, sent)
    assert page.locator("#bts-checklist-output > .bts-checklist-key-dates").count() == 1
    assert page.locator("#bts-checklist-output .bts-checklist-contacts").count() == 1 and page.is_visible("#bts-checklist-ics")
    # (a list again: to print, under « Garder votre liste »; phone61 L4)
    assert page.is_visible("#bts-checklist-print") and page.inner_text("#bts-checklist-keep-title") == typography(t.text("checklist_page.keep_title"))
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_student_their_establishment_registers_is_not_sent_to_their_home_academy(notices, origin, visits, size):
    """Nantes 2026 (a notice for establishments): a student living in Paris whose establishment registers them is
    not told next to the department field that Paris is another academy's (where they live decides nothing: no
    warning either); a distance learner living in Paris is. The student is told why in its place, and the field's help
    promised the department's academy only to those their establishment does not register (phone52 L2: the help
    promised it, and nothing came after « 75 »), said again when the situation is answered after the department."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    t = notice.texts
    words = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    in_place = words(typography(t.text("department_hint.by_establishment")))
    seen = {}
    visit = visits.take(viewport=size)
    for label, answers in (("establishment", {"department": "75", "situation": "in_person", "route": "scolaire"}),
                           ("individual", {"department": "75", "situation": "distance"})):
        page = visit.next_page()
        page.goto(origin + url_of(notice) + "#" + urlencode(answers))
        ready(page)
        assert answers_in(page) == answers, answers_in(page)
        assert words(page.inner_text("#q-department-help")) == words(typography(t.text("department_hint.help_unsaid")))
        assert page.is_visible("#q-department-elsewhere")
        shown = words(page.inner_text("#q-department-elsewhere"))
        seen[label] = "Paris (75)" in shown
        assert (shown == in_place) == (label == "establishment"), (label, shown)
        assert problems(visit) == []
    # the department first, then the situation: the academy of Paris, then, in its place, why the student is not sent there
    page = visit.next_page()
    page.goto(origin + url_of(notice))
    sent = ready(page)
    page.fill("#q-department-input", "75")
    page.dispatch_event("#q-department-input", "change")
    sent = ready(page, sent)
    assert "Paris (75)" in page.inner_text("#q-department-elsewhere")
    page.check("#q-situation-in_person")
    sent = ready(page, sent)
    if page.is_visible("#q-route"):
        page.check("#q-route-scolaire")
        ready(page, sent)
    assert words(page.inner_text("#q-department-elsewhere")) == in_place
    assert problems(visit) == []
    visit.close()
    assert seen == {"establishment": False, "individual": True}


def assert_standing_as_built(page, notice, content, answers, elsewhere):
    """The note on the candidate's situation has the words of the build's answer (answer.py) for the same answers."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, answers)
    view = checklist_view(notice, content)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, elsewhere)
    built = re.search(r'<div class="bts-checklist-standing"[^>]*>(.*?)</div>', render_checklist(dataclasses.replace(view, answer=answer), notice.texts), re.S).group(1)
    words = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    shown = page.inner_text("#bts-checklist-output > .bts-checklist-standing")
    # tags become spaces, then « . » after collapsing: a link's words in a span (fixaddr59) close two tags before the
    # point (« </span></a>. »), which left « fr . » when the point was joined before collapsing
    assert words(shown) == words(html.unescape(re.sub(r"<[^>]+>", " ", built))).replace(" .", "."), (shown, built)


def test_a_situation_the_notice_does_not_name_is_told_where_to_ask(notices, content, origin, visits):
    """Not named by the notice (Nantes 2024's salaried workers on the real data): the note names the exam office
    with the contacts the data give (or says the notice gives none) and links the academy's website, in the words
    of the build's answer."""
    notice, ruleset, answers, standing = _standing_case(notices, content, ("not_listed",))
    visit = visits.take(viewport=PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    note = page.locator("#bts-checklist-output > .bts-checklist-standing")
    assert note.get_attribute("data-standing") == "not_listed"
    office = ruleset["contacts"]["exam_office"]
    text = " ".join(note.inner_text().split())
    assert office is None or office["name"] in text, text
    if notice.academy.website:
        assert data["ask"]["website"] == notice.academy.website
        assert note.locator(f"a[href='{notice.academy.website}']").count() == 1
    assert_standing_as_built(page, notice, content, answers, data["elsewhere"])
    assert problems(visit) == []
    visit.close()


def test_on_a_notice_for_establishments_an_unnamed_situation_is_sent_where_individual_candidates_read(notices, content, origin, visits):
    """Nantes 2026 (establishments), a distance learner at 360 px: the note at the answer repeats where individual
    candidates read, with the link of the box at the top of the page, in the words of the build's answer for the
    same page data; then a repeater who left the establishment, whom it names without saying how they register (read50
    L8: no longer « excluded », « autre démarche »): the same, after what it says of them to establishments."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    notice, ruleset, answers, _ = _standing_case([n for n in notices if n.audience == "establishment"], content, ("not_listed",))
    visit = visits.take(viewport=PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    routing = data["ask"]["routing"]
    note = page.locator("#bts-checklist-output > .bts-checklist-standing")
    assert note.get_attribute("data-standing") == "not_listed"
    assert note.locator(f"a[href='{routing['href']}']").inner_text() == routing["words"]
    assert page.locator(f".bts-routing a[href='{routing['href']}']").count() == 1  # the same link as the box at the top
    # said once (print58 L9): the box at the top, which says the same sentence, hidden while the note says it (on
    # screen and on paper), as the build's page for the same answer writes it
    assert page.is_hidden("[data-routing]") and page.locator("#bts-checklist-output").get_by_text(routing["text"].split("{link}")[0][:60]).count() == 1
    # (outside the form: the note shown at the question too, on a phone, is the answer's, by design)
    said = page.evaluate("""(words) => [...document.querySelectorAll('#bts-checklist p:not(#bts-checklist-form p)')]
        .filter((p) => p.textContent.includes(words) && p.checkVisibility()).length""", routing["text"].split("{link}")[0][:60])
    assert said == 1, said
    view = checklist_view(notice, content)
    answer = answer_view(notice, ruleset, engine.evaluate(ruleset, answers), view.data["key_dates"], view.data["dates"], {}, data["elsewhere"], data["ask"])
    rendered = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
    # the build's page for the same answer, with its box (as the site's: pages.py), the same
    from generator.site.directory import directory
    from generator.site.notice_view import routing_view
    from project_support import FIXED_TODAY
    boxed = checklist_view(notice, content, routing=routing_view(notice, directory(notices, None, FIXED_TODAY)))
    assert '<div class="admonition info bts-routing" data-routing hidden>' in render_checklist(dataclasses.replace(boxed, answer=answer), notice.texts)
    built = re.search(r'<div class="bts-checklist-standing"[^>]*>(.*?)</div>', rendered, re.S).group(1)
    words = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    assert words(note.inner_text()) == words(html.unescape(re.sub(r"<[^>]+>", " ", built))).replace(" .", ".")
    # one the notice names without saying how they register (a repeater who left the establishment): the same link
    # after what the notice says of them to establishments
    answers = engine.normalise(ruleset, {"situation": "repeater"})
    standing = engine.evaluate(ruleset, answers)["standing"]
    assert standing["kind"] == "not_listed" and standing["category"] and standing["category"]["detail"], standing
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.evaluate("fragment => { location.hash = fragment; }", urlencode(sorted(answers.items())))
    ready(page, sent)
    assert note.get_attribute("data-standing") == "not_listed"
    detail = " ".join(standing["category"]["detail"].split())
    assert words(detail.split(" ; ")[0][:40]) in words(note.inner_text().replace("’", "'")), note.inner_text()
    assert note.locator(f"a[href='{routing['href']}']").inner_text() == routing["words"]
    answer = answer_view(notice, ruleset, engine.evaluate(ruleset, answers), view.data["key_dates"], view.data["dates"], {}, data["elsewhere"], data["ask"])
    built = re.search(r'<div class="bts-checklist-standing"[^>]*>(.*?)</div>', render_checklist(dataclasses.replace(view, answer=answer), notice.texts), re.S).group(1)
    assert words(note.inner_text()) == words(html.unescape(re.sub(r"<[^>]+>", " ", built))).replace(" .", ".")
    assert page.is_hidden("[data-routing]")
    # a situation the notice names: no such note, the box at the top is back
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.evaluate("() => { location.hash = 'situation=in_person'; }")
    ready(page, sent)
    assert page.locator("#bts-checklist-output > .bts-checklist-standing[data-standing='not_listed']").count() == 0
    assert page.is_visible("[data-routing]")
    assert problems(visit) == []
    visit.close()


def test_an_answer_with_no_list_opens_with_the_note_in_the_builds_words(notices, content, origin, visits, size=PHONE):
    """A situation the notice does not cite or excludes, and the same with a department of another academy: the answer
    opens with the note on the situation, not with « Dates limites » (a candidate told their situation is not covered
    read a block of deadlines first, as if it were theirs); with a department of another academy, the warning saying
    so first, then the note (phone58 M2: Aix-Marseille 2023's in-person trainee living in Paris read the note, then
    that Paris was their academy); one not cited finds the registration's dates under the note (« Dates à retenir »),
    as the command line writes them after it, except one living in another academy's department (fixcode59: none). checklist.js writes the whole answer in the words of the build's
    (answer.py) for the same answers. On a phone: the order and the words do not depend on the width."""
    from generator.checklist.answer import answer_view
    from generator.site.notice_view import passed_dates
    from generator.checklist.page import checklist_view, render_checklist
    from generator.checklist.text import render as render_text

    cases = []
    for kinds in (("not_listed",), ("excluded",)):
        notice, ruleset, answers, _ = _standing_case(notices, content, kinds)
        cases.append((notice, ruleset, answers))
        department = next((q for q in ruleset["questions"] if q["id"] == "department"), None)
        if department:
            cases.append((notice, ruleset, answers | {"department": "75"}))
    seen = set()
    visit = visits.take(viewport=size)
    for notice, ruleset, answers in cases:
        result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
        kind = engine.standing_kind(result)
        seen.add(kind)
        page = visit.next_page()
        page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
        ready(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        classes = page.eval_on_selector_all("#bts-checklist-output > *", "nodes => nodes.map((n) => n.className)")
        warned = any(w["id"] == engine.DEPARTMENT_WARNING for w in result["warnings"])
        seen.add(f"{kind} warned" if warned else kind)
        first = ["", "bts-checklist-warnings", "bts-checklist-standing"] if warned else ["bts-checklist-standing"]
        assert classes[:len(first)] == first, (notice.slug, answers, classes)
        assert page.locator("#bts-checklist-output :is(.bts-checklist-key-dates, [data-key-date])").count() == 0, (notice.slug, answers)
        # one not cited finds the registration's dates under the note, unless they live in another academy's
        # department: then none of this notice's dates (fixcode59 bb0fb887, engine.no_dates: the note sends them to
        # that academy; this test's « not_listed warned » case, Aix-Marseille 2023 in person in 75)
        dated = not engine.no_dates(result["standing"])
        assert dated == (kind == "not_listed" and not warned), (notice.slug, answers, kind)
        assert (page.locator("#bts-checklist-output [data-registration]").count() == 2) == dated, (notice.slug, answers, kind)
        shown = answer_text(page)
        view = checklist_view(notice, content)
        # (another academy's department by the national table's name, which the page data ships: « 75 (Paris) »)
        # (the dates over on the browser's day said passed, as checklist.js: passedDate; fixdup57)
        built = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, data["elsewhere"], data["ask"], names_of(data),
                            passed=passed_dates(notice, ruleset, dt.date.today()))
        output = re.search(r'<div id="bts-checklist-output" data-answer-of="build">(.*?)</div>\n</section>',
                           render_checklist(dataclasses.replace(view, answer=built), notice.texts), re.S).group(1)
        page.eval_on_selector("#bts-checklist-output", "(o, html) => { o.innerHTML = html; }", output)
        words = lambda text: " ".join(text.split())
        assert words(answer_text(page)) == words(shown), (notice.slug, answers)
        # the command line: the note, then (not cited) the registration's dates; never a deadline above the note
        text = render_text(ruleset, result, notice.texts, None)
        title = built.standing.title
        lines = text.split("\n")
        assert lines[2] == (notice.texts.text("checklist.warnings") if warned else title), text[:300]
        assert lines.index(title) > (lines.index(notice.texts.text("checklist.warnings")) if warned else 0), text[:300]
        assert (notice.texts.text("checklist.registration") in text) == dated
        assert problems(visit) == []
    visit.close()
    assert {"not_listed", "excluded", "not_listed warned"} <= seen, seen


# ---------------------------------------------------------------- next to the question


def _standing_case(notices, content, kinds):
    """A session and answers (situation, route) whose standing is of one of ``kinds``, by the engine."""
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        questions = {q["id"]: q for q in ruleset["questions"]}
        for situation, _ in questions["situation"]["choices"]:
            routes = [None] + ([c for c, _ in questions["route"]["choices"]] if "route" in questions else [])
            for route in routes:
                answers = {"situation": situation} | ({"route": route} if route else {})
                answers = engine.normalise(ruleset, answers)
                standing = engine.evaluate(ruleset, answers)["standing"]
                if standing and standing["kind"] in kinds and (standing["kind"] != "concerned" or standing["category"]["detail"]):
                    return notice, ruleset, answers, standing
    raise AssertionError(f"no session has a standing of kind {kinds}")


def _warning_case(notices, content):
    """A session, one answer, the warnings it raises (the engine's; not those said to every candidate, which no
    answer causes: Clermont-Ferrand's « Forme de passage »), and all the answer's warnings, on a question shown at first."""
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        first = engine.evaluate(ruleset, {})
        for qid in first["questions"]:
            question = next(q for q in ruleset["questions"] if q["id"] == qid)
            for value, _ in question["choices"]:
                result = engine.evaluate(ruleset, {qid: value})
                raised = [w for w in result["warnings"] if w not in first["warnings"]]
                if raised and not result["dropped"]:
                    return notice, ruleset, {qid: value}, raised, [w["id"] for w in result["warnings"]]
    raise AssertionError("no warning raised by a single answer")


@SIZES
def test_standing_and_warnings_are_said_next_to_the_answer_that_caused_them(notices, content, origin, visits, size):
    failures = []
    # concerned: what the notice says to the candidate's category (a repeater: reuse the account and number)
    visit = visits.take(viewport=size)
    for kinds in (("contradiction",), ("excluded", "not_listed"), ("concerned",)):
        notice, ruleset, answers, standing = _standing_case(notices, content, kinds)
        page = visit.next_page()
        page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
        ready(page)
        anchor = "route" if "route" in answers and standing["kind"] == "contradiction" else None
        note = page.locator(".bts-checklist-note [data-standing]")
        assert note.count() == 1, kinds
        owner = page.eval_on_selector(".bts-checklist-note", "n => [n.dataset.noteFor, n.previousElementSibling.dataset.question]")
        assert owner[0] == owner[1] and owner[0] in answers and (anchor is None or owner[0] == anchor), owner
        assert page.locator("#bts-checklist-output > .bts-checklist-standing").count() == 1  # at the top of the answer too
        assert page.is_visible(".bts-checklist-note")
        if standing["kind"] == "concerned":
            detail = " ".join(typography(standing["category"]["detail"]).split())
            assert detail in " ".join(note.inner_text().split()), kinds
        if standing["kind"] == "contradiction":
            # read54 L5: said whole here and at the top of the list, about 30 lines on a phone. Here its title, one
            # sentence naming the passages' places (their source) and a button; the list keeps the passages and the advice
            flat = lambda words: " ".join(typography(words).split())
            # (the advice of the day: its advice_after_closing once registration is closed, read56 L6)
            closed = page.locator(".bts-registration-closed:not([hidden])").count() > 0
            advice = standing["advice_after_closing"] if closed and standing.get("advice_after_closing") else standing["advice"]
            sections = " ; ".join(p["section"] for p in standing["passages"])
            said = " ".join(note.inner_text().split())
            assert flat(notice.texts.text("checklist_page.contradiction_at_question", sections=sections)) in said, said
            assert note.locator("li").count() == 0 and flat(advice)[:40] not in said, said
            top = page.locator("#bts-checklist-output > .bts-checklist-standing")
            assert top.locator("li").count() == len(standing["passages"]) and flat(advice) in " ".join(top.inner_text().split())
            # each passage as every output shows it: the notice's asterisk « \* » (frozen Toulouse 2024's « réglementaires\* »)
            # an asterisk, without its backslash (generator.emphasis.plain; stars69)
            shown = [flat(emphasis.plain(notice.texts.text("standing.passage", section=p["section"], words=p["words"]))) for p in standing["passages"]]
            assert [flat(li) for li in top.locator("li").all_inner_texts()] == shown, shown
            other = standing["advice"] if advice != standing["advice"] else standing.get("advice_after_closing")
            assert not other or flat(other) not in " ".join(top.inner_text().split())
            page.evaluate("() => window.scrollTo(0, 0)")
            note.locator("button.bts-checklist-to-standing").click()
            page.wait_for_function("() => document.activeElement && document.activeElement.matches('#bts-checklist-output > .bts-checklist-standing')")
            header = page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().bottom")
            box = top.bounding_box()
            assert header <= box["y"] < size["height"], (box, header)
            assert page.url == origin + url_of(notice) + "#" + urlencode(sorted(answers.items()))
            page.evaluate("() => window.scrollTo(0, 0)")
        # its title as the other notes' (bold, the text's size), still a heading, right under « Conséquence de cette
        # réponse : » (phone50 L3: a 20 px light heading after an empty gap, heavier than the question)
        title, heading = page.eval_on_selector(".bts-checklist-note", """n => [n.querySelector('.bts-checklist-note-title'),
            n.querySelector('[data-standing] h3')].map((e) => { const s = getComputedStyle(e), b = e.getBoundingClientRect();
              return { size: s.fontSize, weight: Number(s.fontWeight), top: b.top, bottom: b.bottom }; })""")
        assert heading["size"] == title["size"] and heading["weight"] >= 700, (kinds, title, heading)
        assert 0 <= heading["top"] - title["bottom"] <= 10, (kinds, title, heading)
        failures += [f"{kinds}: {v}" for v in axe(page)]
    notice, ruleset, answers, warnings, shown = _warning_case(notices, content)
    page = visit.next_page()
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    (qid,) = answers
    here = page.eval_on_selector_all(f"#q-{qid} + .bts-checklist-note [data-warning-here]", "els => els.map(e => e.dataset.warningHere)")
    assert here == [w["id"] for w in warnings]
    assert page.eval_on_selector_all("#bts-checklist-output [data-warning]", "els => els.map(e => e.dataset.warning)") == shown
    failures += [f"warning: {v}" for v in axe(page)]
    visit.close()
    assert not failures, "\n".join(failures)


@SIZES
def test_a_department_of_another_academy_keeps_the_list_where_the_notice_does_not_say_residence_decides(notices, content, origin, visits, size):
    """Aix-Marseille 2023 does not say that one registers in the academy where one resides (no residence:). A
    salaried candidate living in Paris: the list is given, as to one living in Vaucluse, with the warning about the
    department, and next to the field their academy and that the notice does not say it decides; the field's help
    says the same. As the build's answer says for the same answers."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    notice = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    assert notice.session.session.residence is None
    t = notice.texts
    ruleset = compile_ruleset(notice, content)
    answers = {"has_benefits": "no", "department": "75", "situation": "experience", "sat_before": "no", "nationality": "foreign",
               "dispensation": "both", "specialty": "amcr", "mandatory_language": "english", "disability": "no"}
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    result = engine.evaluate(ruleset, answers)
    assert engine.standing_kind(result) != "outside_academy" and len(result["documents"]) == 6
    shown = page.eval_on_selector_all("#bts-checklist-output [data-document]", "els => els.map(e => e.dataset.document)")
    assert shown == [d["id"] for d in result["documents"]], shown
    assert page.locator("#bts-checklist-output > .bts-checklist-standing[data-standing=outside_academy]").count() == 0
    assert "outside_academy" in page.eval_on_selector_all("#bts-checklist-output [data-warning]", "els => els.map(e => e.dataset.warning)")
    hint = page.locator("#q-department-elsewhere")
    assert hint.is_visible()
    words = " ".join(hint.inner_text().split())
    unsaid = typography(t.text("department_hint.official_unsaid", department=t.text("department_hint.department", name="Paris", code="75"),
                               of_academy=t.text("department_hint.of_academy", title="académie de Paris"), site=t.text("department_hint.site_academy"),
                               link="www.ac-paris.fr"))
    assert words == " ".join(unsaid.split()), words
    # the academy's site named by its address without « https:// » (a11y58 L5: the bare address was read out, by the
    # hint's live copy too), the national table's whole address its href; its words its address: printed once
    site = hint.get_by_role("link", name="www.ac-paris.fr", exact=True)
    assert site.get_attribute("href") == "https://www.ac-paris.fr" and site.get_attribute("class") == "bts-bare-url"
    # the same under the warning in the list; not again next to the field, where the hint is
    under = page.locator("#bts-checklist-output [data-warning=outside_academy] p").nth(1)
    assert " ".join(under.inner_text().split()) == words
    site = under.get_by_role("link", name="www.ac-paris.fr", exact=True)
    assert site.get_attribute("href") == "https://www.ac-paris.fr" and site.get_attribute("class") == "bts-bare-url"
    assert page.locator(".bts-checklist-note [data-warning-here=outside_academy]").count() == 0
    help_words = " ".join(page.inner_text("#q-department-help").split())
    assert help_words == " ".join(typography(t.text("department_hint.help_unsaid")).split()), help_words
    view = checklist_view(notice, content)
    built = render_checklist(dataclasses.replace(view, answer=answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})), t)
    # (the answer block, not the answers built for a department alone after it: page.py _department_variants)
    output = built.split('id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]
    assert re.findall(r'data-document="([^"]+)"', output) == shown
    data = json.loads(page.inner_text("#bts-checklist-data"))
    with_hint = render_checklist(dataclasses.replace(view, answer=answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, data["elsewhere"])), t)
    item = re.search(r'<li data-warning="outside_academy">(.*?)</li>', with_hint.split('id="bts-checklist-output"', 1)[1], re.S).group(1)
    assert " ".join(html.unescape(re.sub(r"<[^>]+>", "", item.split("</p>", 1)[1].split("</p>")[0])).split()) == words, item
    # (its site's name kept on one line: fixaddr59, text.ADDRESS_NAME_CLASS)
    assert '<a class="bts-bare-url" href="https://www.ac-paris.fr"><span class="bts-address-name">www.ac-paris.fr</span></a>' in item, item
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_candidate_living_abroad_is_told_that_no_notice_says_where_to_register(notices, content, origin, visits, size):
    """« étranger » in the department field of Toulouse 2024 (a notice for its residents only): never « numéro non
    reconnu »; next to the field and in the note, that the guide's notices do not say where a candidate living abroad
    registers and whom to ask (no link, no rule made up); no list, date nor question, but the notice's contacts; the
    answer kept as « 99 »; in the words of the build's answer. The button « Je réside hors de France » writes it. On
    Aix-Marseille 2023 (silent on residence), the list stays, with the same words under the warning about the department."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    assert notice.session.session.residence is not None
    t = notice.texts
    abroad = " ".join(typography(t.text("department_hint.abroad")).split())
    # review66 L3: after what no notice says, the advice is the guide's, said so (on this list the notice's contacts
    # follow it: not the notice's own advice)
    silent, advice = abroad.split("renseigne", 1)
    assert "ne disent pas" in silent and "ce guide vous conseille" in advice, abroad
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice))
    sent = ready(page)
    page.fill("#q-department-input", "étranger")
    page.dispatch_event("#q-department-input", "change")
    ready(page, sent)
    hint = page.locator("#q-department-elsewhere")
    assert hint.is_visible() and " ".join(hint.inner_text().split()) == abroad, hint.inner_text()
    assert hint.get_by_role("link").count() == 0
    assert page.is_hidden("#q-department-problem") and page.get_attribute("#q-department-input", "aria-invalid") == "false"
    assert answers_in(page) == {"department": "99"}
    standing = page.locator("#bts-checklist-output > .bts-checklist-standing")
    assert standing.get_attribute("data-standing") == "outside_academy"
    assert page.inner_text("#bts-checklist-output > .bts-checklist-standing h3") == typography(t.text("standing.abroad_title"))
    assert abroad in " ".join(standing.inner_text().split())
    assert page.locator("#bts-checklist-output :is([data-document], [data-deadline], [data-step], [data-key-date], [data-registration], .bts-checklist-remaining)").count() == 0
    assert page.locator("#bts-checklist-output .bts-checklist-contacts").count() == 1  # whom to ask, if it is this academy
    assert page.locator("[data-question].bts-checklist-needed").count() == 0
    assert " ".join(page.inner_text("#bts-checklist-status").split()) == " ".join(typography(t.text("checklist_page.summary_abroad")).split())
    data = json.loads(page.inner_text("#bts-checklist-data"))
    assert_standing_as_built(page, notice, content, {"department": "99"}, data["elsewhere"])
    if size == PHONE:
        assert page.inner_text("#bts-checklist-summary [data-summary=documents]") == typography(t.text("checklist_page.summary_abroad"))
        assert [v for v in axe(page) if "#q-department" in v or "standing" in v] == []
    # a country's name is not read: the message says what to write
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill("#q-department-input", "Allemagne")
    page.dispatch_event("#q-department-input", "change")
    ready(page, sent)
    assert page.is_visible("#q-department-problem") and "«\u00a0étranger\u00a0»" in page.inner_text("#q-department-problem")
    # the button writes it for the candidate
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    button = page.get_by_role("button", name=typography(t.text("checklist_page.abroad_button")))
    assert button.get_attribute("aria-controls") == "q-department-input"
    button.click()
    ready(page, sent)
    assert page.input_value("#q-department-input") == t.text("department_hint.abroad_name") and answers_in(page) == {"department": "99"}
    assert page.is_hidden("#q-department-problem") and " ".join(hint.inner_text().split()) == abroad
    assert standing.get_attribute("data-standing") == "outside_academy"
    # a notice that does not say residence decides: the list stays; the same words next to the field and under the warning
    aix = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    assert aix.session.session.residence is None
    answers = {"has_benefits": "no", "department": "hors de France", "situation": "experience", "sat_before": "no", "nationality": "foreign",
               "dispensation": "both", "specialty": "amcr", "mandatory_language": "english", "disability": "no"}
    page.goto(origin + url_of(aix) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    assert page.locator("#bts-checklist-output [data-document]").count() == 6
    assert page.locator("#bts-checklist-output > .bts-checklist-standing[data-standing=outside_academy]").count() == 0
    assert " ".join(page.inner_text("#q-department-elsewhere").split()) == abroad
    warning = page.locator("#bts-checklist-output [data-warning=outside_academy]")
    # titled for someone living abroad, not « Le département indiqué… », and only what is known below it
    assert warning.locator("strong").inner_text() == "Vous résidez hors de France"
    under = warning.locator("p").first
    assert " ".join(under.inner_text().split()) == abroad
    assert "Vérifiez" not in warning.inner_text()
    assert problems(visit) == []
    visit.close()


@SIZES
def test_the_abroad_button_pressed_as_the_engine_answers_the_field_it_leaves_stays_under_the_pointer(notices, origin, visits, size):
    """(fix50f) « Allemagne » typed in the department field of Toulouse 2024, then « Je réside hors de France » pressed
    with the mouse, low on the screen: leaving the field sends its change at the press, and the engine answers before
    the release (a person's click lasts 100 ms and more; under load, test_a_candidate_living_abroad…'s click of 15 ms
    too). The message « Département non reconnu… » brought into view then moved the button from under the pointer, the
    release landed on the message and the click was lost, the field still « Allemagne »: the page waits for the release."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice))
    sent = ready(page)
    page.click("#q-department-input")
    page.keyboard.type("Allemagne")
    # the button low on the screen, above the phone's summary bar
    page.evaluate("""() => { const b = document.getElementById('q-department-abroad').getBoundingClientRect();
        const bar = document.getElementById('bts-checklist-summary');
        const under = bar && bar.getClientRects().length ? bar.getBoundingClientRect().height : 0;
        window.scrollBy({ top: b.bottom - (innerHeight - under - 8), behavior: 'instant' }); }""")
    box = page.locator("#q-department-abroad").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    sent = ready(page, sent)  # the field's change, sent at the press: answered, the button still held
    assert page.is_visible("#q-department-problem")
    assert page.locator("#q-department-abroad").bounding_box()["y"] == pytest.approx(box["y"], abs=1)
    page.mouse.up()
    ready(page, sent)
    assert page.input_value("#q-department-input") == notice.texts.text("department_hint.abroad_name") and answers_in(page) == {"department": "99"}
    assert page.is_hidden("#q-department-problem")
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_topic_s_statements_are_whole_in_the_list_and_begun_next_to_the_answer(notices, content, origin, visits, size):
    """(Review 41b M1) Clermont-Ferrand 2024's rules on marks kept, frozen data: under « Attention », one item with
    every statement of the notice the candidate who keeps marks is told, a paragraph each; next to the answer that
    caused them, its title and first paragraph only, then where the rest is (the form stays readable on a phone)."""
    notice = next(n for n in notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = compile_ruleset(notice, content)
    answers = {"department": "63", "situation": "repeater", "has_benefits": "yes", "renounces_benefits": "no"}
    warning = next(w for w in engine.evaluate(ruleset, answers)["warnings"] if w["id"] == "benefits.notice")
    paragraphs = "\n\n".join(part["text"] for part in warning["parts"]).split("\n\n")
    assert len(paragraphs) > 2
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    sent = ready(page)
    item = page.locator('#bts-checklist-output [data-warning="benefits.notice"]')
    assert item.locator("p:not(.bts-checklist-source)").count() == len(paragraphs)
    here = page.locator('.bts-checklist-note [data-warning-here="benefits.notice"]')
    assert here.count() == 1
    texts = here.locator("p").all_inner_texts()
    first = " ".join(typography(paragraphs[0]).split())
    more = typography(notice.texts.text("checklist_page.at_question_more", title=notice.texts.text("checklist_page.warnings_title")))
    norm = lambda words: " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").split())
    assert [norm(t) for t in texts] == [norm(first), norm(more)], texts
    # next to the answer that made its parts hold (walk 42 M2: it was next to « Renoncez-vous… ? Non », the last
    # question any part reads), not next to the renouncing answer, which makes none hold
    assert page.eval_on_selector('.bts-checklist-note:has([data-warning-here="benefits.notice"])', "n => n.dataset.noteFor") == "has_benefits"
    assert page.locator('.bts-checklist-note[data-note-for="renounces_benefits"]').count() == 0
    # renouncing too: next to that answer, the line it makes hold, alone; the rules stay next to « Oui » to keeping marks
    renouncing = typography("Le renoncement à un bénéfice de notes lors d'une session est définitif.")
    page.check("#q-renounces_benefits-yes")
    ready(page, sent)
    notes = {n: page.locator(f'.bts-checklist-note[data-note-for="{n}"] [data-warning-here="benefits.notice"]') for n in ("has_benefits", "renounces_benefits")}
    assert [norm(t) for t in notes["renounces_benefits"].locator("p").all_inner_texts()] == [norm(renouncing)]
    assert [norm(t) for t in notes["has_benefits"].locator("p").all_inner_texts()] == [norm(first), norm(more)]
    # (walk 42 M3) the notice's cases under the rules for all: a heading each, to open, its own place inside
    summaries = item.locator("details.bts-checklist-case > summary").all_inner_texts()
    assert [norm(t) for t in summaries] == [norm(typography(w)) for w in (
        "Candidats inscrits pour la première fois à la session 2022 et les nouveaux inscrits à partir de la session 2023",
        "Candidats déjà inscrits à l'une des sessions 2019, 2020, 2021")], summaries
    assert item.locator("details.bts-checklist-case[open]").count() == 0
    assert item.locator("details.bts-checklist-case .bts-sub-line").count() == 2
    assert item.locator("details.bts-checklist-case .bts-checklist-source").count() == 2
    closed = item.bounding_box()["height"]
    item.locator("details.bts-checklist-case > summary").last.click()
    opened = item.locator("details.bts-checklist-case").last
    sub = opened.locator(".bts-sub-line").first
    assert sub.is_visible() and sub.bounding_box()["x"] > opened.locator("p").first.bounding_box()["x"] + 10
    assert item.bounding_box()["height"] > closed
    if size == PHONE:
        assert closed < 900, closed  # (walk 42: 1,608 px at 360 px, every case open and flat)
    # on paper every case is open
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert all(d.is_visible() for d in item.locator("details.bts-checklist-case > p.bts-checklist-source").all())
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert item.locator("details.bts-checklist-case[open]").count() == 1
    assert axe(page) == []
    visit.close()


def _rules_warning_case(notices, content):
    """A session asking the department, answers (situation, route) raising a warning about its rules (one whose
    condition reads more than the department), and a department of another academy."""
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        questions = {q["id"]: q for q in ruleset["questions"]}
        if "department" not in questions or "route" not in questions or not notice.session.session.residence:
            continue  # (a notice that does not say residence decides sends no one elsewhere)
        everyone = [w["id"] for w in engine.evaluate(ruleset, {})["warnings"]]  # said to all: no answer causes them
        for situation, _ in questions["situation"]["choices"]:
            for route, _ in questions["route"]["choices"]:
                answers = engine.normalise(ruleset, {"situation": situation, "route": route})
                rules = [w["id"] for w in engine.evaluate(ruleset, answers)["warnings"] if w["id"] not in everyone]
                if rules:
                    code = next(c for c in ("75", "974", "2A") if c not in ruleset["academy"]["departments"])
                    return notice, ruleset, answers, rules, code
    raise AssertionError("no session raises a warning about its rules from the situation and the route")


@SIZES
def test_another_academys_candidate_sees_no_warning_about_this_notices_rules(notices, content, origin, visits, size):
    """A warning about this notice's rules holds (« forme de passage définitive »: formation continue); the
    department then given is another academy's: the warning goes, next to its question and in the answer,
    and the note « this notice is not yours » says the rest, as in the build's answer for the same answers."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    notice, ruleset, answers, rules, code = _rules_warning_case(notices, content)
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    sent = ready(page)
    shown = lambda selector, key: page.eval_on_selector_all(selector, f"els => els.map(e => e.dataset.{key})")
    assert set(rules) <= set(shown("#bts-checklist-output [data-warning]", "warning"))
    assert set(rules) <= set(shown(".bts-checklist-note [data-warning-here]", "warningHere"))
    page.fill("#q-department-input", code)
    page.dispatch_event("#q-department-input", "change")
    ready(page, sent)
    assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "outside_academy"
    listed = shown("#bts-checklist-output [data-warning]", "warning")
    assert not set(rules) & set(listed), listed
    assert not set(rules) & set(shown(".bts-checklist-note [data-warning-here]", "warningHere"))
    # nor the department's own warning (content/checklist.yaml: outside_academy): the standing says it, as the
    # build's answer does
    result = engine.evaluate(ruleset, {**answers, "department": code})
    assert listed == [w["id"] for w in result["warnings"]] == [], listed
    view = checklist_view(notice, content)
    built = render_checklist(dataclasses.replace(view, answer=answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})), notice.texts)
    assert re.findall(r'data-warning="([^"]+)"', built.split('id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]) == listed
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_change_that_removes_answers_says_which_next_to_it_and_can_be_undone(notices, origin, visits, size):
    # (a session that asks it: one of its pieces reads it; the others leave it out of their checklists)
    notice = next(n for n in notices if any("internship_exam_failed" in d.when.questions() for d in n.documents))
    # (marks not kept; the renunciation is asked of who sat before: for a VAE candidate, pending the answer « avez-vous
    # déjà présenté ce BTS ? », kept, as the marks' answer: read54 M1)
    before = {"situation": "repeater", "internship_exam_failed": "yes", "renounces_benefits": "no", "has_benefits": "no"}
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(before.items())))
    sent = ready(page)
    page.check("#q-situation-vae")
    sent = ready(page, sent)
    assert answers_in(page) == {"situation": "vae", "has_benefits": "no", "renounces_benefits": "no"}
    note = page.locator("#q-situation + .bts-checklist-dropped")
    assert note.count() == 1 and note.is_visible()
    text = note.inner_text()
    assert "Devez-vous repasser" in text and "met de côté 2 réponses" in text, text
    # in the form's order (its blocks on the page), never brackets within brackets; the renunciation's answer kept
    # (its question hidden until « avez-vous déjà présenté ce BTS ? » is answered), the internship's removed
    order = form_order(page)
    removed = note.get_attribute("data-dropped").split()
    assert removed == ["internship_exam_failed"] and note.get_attribute("data-kept").split() == ["renounces_benefits"], note.get_attribute("data-kept")
    assert [q for q in order if q in ("internship_exam_failed", "renounces_benefits")] == ["internship_exam_failed", "renounces_benefits"]
    assert text.index("Devez-vous repasser") < text.index("Renoncez-vous")
    assert "))" not in text, text
    assert axe(page) == []
    if size is PHONE:  # its button in view, not under the summary bar, nor under the theme's « back to top »
        button, bar = note.locator("button").bounding_box(), page.locator("#bts-checklist-summary").bounding_box()
        assert 0 <= button["y"] and button["y"] + button["height"] <= bar["y"] - UNDO_ABOVE_BAR, (button, bar)
        assert not page.is_visible(".md-top")
    note.locator("button").click()
    ready(page, sent)
    assert answers_in(page) == before
    assert page.locator(".bts-checklist-dropped").count() == 0
    assert page.inner_text("#bts-checklist-status").startswith("Changement annulé")
    assert page.is_checked("#q-internship_exam_failed-yes") and page.is_visible("#q-internship_exam_failed")
    assert problems(visit) == []
    visit.close()


@pytest.mark.parametrize("height", [740, 640])
def test_after_a_mis_tap_that_sets_three_answers_aside_the_undo_is_on_the_screen_next_to_the_change(notices, origin, visits, height):
    """phone54 M1: on the published Toulouse 2024, a repeater who failed the internship exam, keeps marks and renounces
    some tapped « Je prépare le BTS à distance » by mistake. The note « Ce changement met de côté 3 réponses, car … »
    listed the three questions and ended with « Annuler ce changement », at 684–728 px, under the summary bar (623 px at
    740, 523 px at 640); inView kept the tapped row on the screen and gave up on the button. The note opens with a short
    sentence and its button: wherever the option is tapped (near the top, the middle or the bottom of the screen), the
    button is whole between the header and the bar, the tapped row on the screen too; the status line still says which
    answers; the button brings them back. (The frozen Toulouse 2024 asks those three of distance learners too: three
    answers of an in-person candidate in continuing education, set aside by « J'ai déjà présenté le BTS… », one of
    them a long choice.)"""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    before = {"department": "31", "situation": "in_person", "route": "formation_continue", "continuing_case": "first_training", "sat_before": "yes",
              "has_benefits": "yes", "renounces_benefits": "yes", "nationality": "french"}
    visit = visits.take(viewport={"width": 360, "height": height}, is_mobile=True, has_touch=True)
    page = visit.page
    sent = in_person_by_a_change(page, origin, notice, before)
    label = "label[for='q-situation-repeater']"
    for where in ("top", "middle", "bottom"):
        if where == "bottom":  # (above the summary bar: html's scroll-padding-bottom)
            page.evaluate("(s) => document.querySelector(s).scrollIntoView({ block: 'end' })", label)
        else:
            page.evaluate("([s, y]) => window.scrollBy(0, document.querySelector(s).getBoundingClientRect().top - y)", [label, 150 if where == "top" else height // 2 - 30])
        page.tap(label)
        sent = ready(page, sent)
        page.wait_for_timeout(100)  # (the page scrolls after the finger's release)
        assert page.is_checked("#q-situation-repeater")
        note = page.locator("#q-situation + .bts-checklist-dropped")
        aside = (note.get_attribute("data-dropped") + " " + note.get_attribute("data-kept")).split()
        assert sorted(aside) == ["continuing_case", "route", "sat_before"], aside
        seen = page.evaluate(ON_SCREEN, "situation")
        top, bottom = seen["top"], seen["bottom"]
        assert top <= seen["undo"][0] and seen["undo"][1] <= bottom - UNDO_ABOVE_BAR, (where, seen)
        assert top <= seen["row"][0] and seen["row"][1] <= bottom + 1, (where, seen)
        # its first words say how many, then the button; which ones after it, and on the status line
        assert note.locator(".bts-checklist-dropped-head").inner_text().split("\n")[0].replace("\u00a0", " ") == "Ce changement met de côté 3 réponses.", note.inner_text()
        assert "Avez-vous déjà présenté" in note.inner_text().split("Annuler ce changement", 1)[1], note.inner_text()
        assert page.inner_text("#bts-checklist-status").startswith("Réponses mises de côté, car ces questions ne se posent plus")
        note.locator("button").tap()
        sent = ready(page, sent)
        assert answers_in(page) == before and page.locator(".bts-checklist-dropped").count() == 0, where
    assert problems(visit) == []
    visit.close()


SHORT_PHONE = 580  # (a 360×640 phone, less its browser's address bar)


def test_when_the_undo_cannot_clear_the_summary_bar_with_the_tapped_choice_on_the_screen_the_bar_steps_aside(notices, origin, visits):
    """phone58 M1: on the published Toulouse 2024, at 360×640 (and 320×640), a repeater who keeps marks taps the
    question's first choice, « Je prépare le BTS en présentiel », by mistake. Between that row and the note below the
    question there are the four other choices and « Je ne sais pas encore »: with the row flush under the header, the
    note's undo button ended under the summary bar, only « Ce changement met de côté 2 réponses. » seen (inView keeps the
    choice on the screen). The frozen notice's choices are shorter: the same at 360 px on a screen 580 px high. The bar
    then steps aside (no longer stuck to the bottom of the screen) while that note is on the screen: the button is
    whole above the screen's bottom, the choice on the screen too; once the note has left the screen the bar is back."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    before = {"department": "31", "situation": "repeater", "internship_exam_failed": "no", "has_benefits": "yes", "renounces_benefits": "no",
              "nationality": "french"}
    visit = visits.take(viewport={"width": 360, "height": SHORT_PHONE}, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(before.items())))
    sent = ready(page)
    assert answers_in(page) == before
    label = "label[for='q-situation-in_person']"
    page.evaluate("(s) => window.scrollBy(0, document.querySelector(s).getBoundingClientRect().top - 150)", label)
    page.tap(label)
    sent = ready(page, sent)
    page.wait_for_timeout(100)  # (the page scrolls after the finger's release)
    note = page.locator("#q-situation + .bts-checklist-dropped")
    assert note.count() == 1, (answers_in(page), page.inner_text("#bts-checklist-status"))
    assert "internship_exam_failed" in note.get_attribute("data-dropped").split()
    seen = page.evaluate(ON_SCREEN, "situation")
    assert seen["top"] <= seen["row"][0] and seen["row"][1] <= seen["bottom"] + 1, seen
    assert seen["top"] <= seen["undo"][0] and seen["undo"][1] <= seen["bottom"] - UNDO_ABOVE_BAR, seen
    # the note scrolled off the screen (the questions read on): the bar is at the bottom of the screen again
    # (the bar's way back waits for an IntersectionObserver's report, made at a frame of the page's: waited for, as
    # much as a loaded machine takes, not 200 ms — flaketimers65; the bar's place read after, whatever it says)
    page.evaluate("window.scrollBy(0, document.querySelector('#q-situation + .bts-checklist-dropped').getBoundingClientRect().bottom + 50)")
    from playwright.sync_api import TimeoutError as Timeout

    try:
        page.wait_for_function("() => !document.getElementById('bts-checklist-summary').classList.contains('bts-checklist-summary-aside')",
                               timeout=10_000)
    except Timeout:
        pass
    bar = page.locator("#bts-checklist-summary").bounding_box()
    assert bar and abs(bar["y"] + bar["height"] - SHORT_PHONE) <= 1, bar
    assert problems(visit) == []
    visit.close()


@SIZES
def test_another_academy_s_department_is_named_in_the_answers_as_the_build_names_it(notices, content, origin, browser, visits, size):
    """« Vos réponses » (printed with the list): Ille-et-Vilaine (35) on Toulouse's list read « 35 », the engine's data
    holding only the academy's names. checklist.js names it from the national table the page data ships (« names »),
    and the build's answer (answer.py, with the same table) says the same words for the same answers."""
    from generator.checklist.answer import answer_view

    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    answers = {"situation": "repeater", "department": "35"}
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    ready(page)
    shown = " ".join(page.text_content('#bts-checklist-output [data-answer="department"]').split())
    assert shown.endswith("35 (Ille-et-Vilaine)"), shown
    data = json.loads(page.text_content("#bts-checklist-data"))
    names = names_of(data)
    assert names.get("35") == "Ille-et-Vilaine"
    ruleset = compile_ruleset(notice, content)
    built = answer_view(notice, ruleset, engine.evaluate(ruleset, answers), data["key_dates"], data["dates"], {}, None, names=names)
    line = next(item.text for item in built.answers if item.value == "department")
    assert " ".join(typography(line).split()) == shown
    page.emulate_media(media="print")
    assert page.is_visible('#bts-checklist-output [data-answer="department"]')
    assert problems(visit) == []
    visit.close()


# Chromium's CSS scroll anchoring, on by default, keeps what is on the screen in place when the page above it changes;
# WebKit (Safari, every browser on iOS) has none. review57 M1: the page put the control back before its last changes
# (the note of an earlier change removed above it), and only Chromium's anchoring hid it. The tests that keep a control
# in place run both ways.
ANCHORING = pytest.mark.parametrize("anchoring", [True, False], ids=["anchoring", "no-anchoring"])


def without_scroll_anchoring(page) -> None:
    """Chromium's scroll anchoring turned off, as in WebKit: ``overflow-anchor: none`` on every element, by a rule added
    to one of the site's own style sheets (its policy lets no <style> element or style attribute in)."""
    assert page.evaluate(
        """() => { const sheet = [...document.styleSheets].find((s) => { try { return Boolean(s.cssRules); } catch (e) { return false; } });
             sheet.insertRule('* { overflow-anchor: none !important }', sheet.cssRules.length);
             return [document.documentElement, document.body, document.getElementById('bts-checklist-form')]
               .map((e) => getComputedStyle(e).overflowAnchor); }"""
    ) == ["none"] * 3


@SIZES
@ANCHORING
def test_a_tapped_choice_stays_under_the_finger_when_the_form_changes_above_it(notices, origin, visits, size, anchoring):
    """phone49 L3: on Nantes 2024 with 35 (another academy's department) answered, « en présentiel » hid the hint above
    it and the option jumped from 303 px to 198 px on the screen; « à distance » brought it back, and the option
    jumped down. The page scrolls by what the form moved above the control: the tapped choice stays where it was, and
    the form above it did change (the test would prove nothing otherwise). Without scroll anchoring too (review57 M1:
    303 px, then 329 px). « en présentiel » now says in the hint's place why the candidate is not sent to that academy
    (phone52 L2): a department whose hint takes another number of lines than those words, at each width (Rennes' at
    360 px; at 1280 px Aix-Marseille's, which adds that the guide has its notice of another session)."""
    notice = next(n for n in notices if (n.slug, n.year) == ("nantes", 2024))
    visit = visits.take(viewport=size, is_mobile=size is PHONE, has_touch=size is PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + ("#department=35" if size is PHONE else "#department=13"))
    sent = ready(page)
    if not anchoring:
        without_scroll_anchoring(page)
    moved_above = []
    for choice in ("in_person", "distance", "in_person"):
        radio = f"#q-situation-{choice}"
        page.evaluate("(s) => document.querySelector(s).scrollIntoView({ block: 'center' })", radio)
        above = page.evaluate("(s) => document.querySelector(s).getBoundingClientRect().top - document.getElementById('bts-checklist-form').getBoundingClientRect().top", radio)
        before = page.evaluate("(s) => document.querySelector(s).getBoundingClientRect().top", radio)
        if size is PHONE:
            page.tap(f"label[for='q-situation-{choice}']")
        else:
            page.click(f"label[for='q-situation-{choice}']")
        sent = ready(page, sent)
        after, end, header, noted = page.evaluate("""(s) => [document.querySelector(s).getBoundingClientRect().top,
            scrollY + innerHeight >= document.scrollingElement.scrollHeight - 1, document.querySelector('.md-header').getBoundingClientRect().bottom,
            Boolean(document.querySelector('#q-situation + .bts-checklist-note .bts-checklist-standing'))]""", radio)
        # (or as far as the page scrolls: side by side, a short answer can leave too little page below the form; or
        # what the notice says of the situation tapped, opened under the question, brought up as far as keeps the
        # choice on the screen under the header: phone55 M1, inView)
        assert (abs(after - before) <= 1 or (size is DESKTOP and end and after > before)
                or (noted and header <= after < before)), (choice, before, after, noted)
        moved_above.append(page.evaluate("(s) => document.querySelector(s).getBoundingClientRect().top - document.getElementById('bts-checklist-form').getBoundingClientRect().top", radio) - above)
        assert page.is_checked(radio)
    assert any(abs(m) > 20 for m in moved_above), moved_above
    assert problems(visit) == []
    visit.close()


# Where the checked choice of a question, the note of answers its change set aside and that note's undo button are on
# the screen, and what the page's sticky header and the phone's summary bar leave of it (rects: [top, bottom])
ON_SCREEN = """(qid) => {
    const rect = (e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; };
    const checked = document.querySelector(`#q-${qid} input:checked`);
    const note = document.querySelector(`#q-${qid} + .bts-checklist-dropped`);
    const bar = document.getElementById('bts-checklist-summary');
    return { row: rect(checked.closest('.bts-checklist-choice')), radio: rect(checked), focused: document.activeElement.id,
             note: note && rect(note), undo: note && rect(note.querySelector('button')),
             top: document.querySelector('.md-header').getBoundingClientRect().bottom,
             bottom: bar.getClientRects().length ? Math.min(innerHeight, bar.getBoundingClientRect().top) : innerHeight,
             scrolled: scrollY };
}"""


# What the note's undo button leaves at least between itself and the summary bar when it is brought into view
# (checklist.js leaves 8 px): phone51 L2, the button ended 1 px under the bar's top, its bottom border hidden
UNDO_ABOVE_BAR = 4


def assert_choice_and_undo_on_screen(seen: dict) -> None:
    """The checked choice (its radio and its row) between the header and the summary bar; the note's undo button too,
    clear of the bar, when the choice's row (flush under the header if need be), the rest of its question and the note
    down to that button fit in that space; else the page scrolled as far as the choice allows (its row just under the
    header)."""
    top, bottom = seen["top"], seen["bottom"]
    for part in ("row", "radio"):
        assert top <= seen[part][0] and seen[part][1] <= bottom + 1, seen
    assert seen["note"] is not None, seen
    if seen["undo"][1] - seen["row"][0] <= bottom - top - UNDO_ABOVE_BAR:
        assert top <= seen["undo"][0] and seen["undo"][1] <= bottom - UNDO_ABOVE_BAR, seen
        assert top <= seen["note"][0], seen  # (its first line too)
    else:
        assert seen["row"][0] <= top + 9, seen


@SIZES
@ANCHORING
def test_the_note_of_answers_set_aside_leaves_the_changed_choice_on_the_screen(notices, origin, visits, size, anchoring):
    """phone50 M1: a CNED candidate with every answer (Toulouse 2024) taps « J'ai déjà présenté le BTS… », which sets
    two answers aside. The note of those answers, brought into view whole with a margin for the summary bar, took the
    option just tapped (and the keyboard's focus) from 278 px to −66 px, under the header; each arrow in the group then
    swung the page by 500 px. The page scrolls at most so far that the checked choice stays under the header, and
    enough that the note's undo button is above the summary bar when both fit: tapped with the question's end at the
    bottom of the screen (the note appears below it: the page must scroll), then with the arrows. Last, a choice tapped
    below that note: the note goes, and the choice stays under the finger (review57 M1: « Nationalité » went from
    304 px to −41 px without scroll anchoring, the note's removal not made up for)."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    before = {"situation": "distance", "route": "scolaire", "sat_before": "yes", "has_benefits": "yes", "renounces_benefits": "no"}
    visit = visits.take(viewport=size, is_mobile=size is PHONE, has_touch=size is PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(before.items())))
    sent = ready(page)
    if not anchoring:
        without_scroll_anchoring(page)
    assert answers_in(page) == before
    # the question's last choice at the bottom of the screen, above the summary bar (html's scroll-padding-bottom)
    page.evaluate("document.querySelector('#q-situation').scrollIntoView({ block: 'end' })")
    start = page.evaluate(ON_SCREEN, "situation")
    if size is PHONE:
        page.tap("label[for='q-situation-repeater']")
    else:
        page.click("label[for='q-situation-repeater']")
    sent = ready(page, sent)
    assert page.is_checked("#q-situation-repeater")
    note = page.locator("#q-situation + .bts-checklist-dropped")
    aside = (note.get_attribute("data-dropped") + " " + note.get_attribute("data-kept")).split()
    assert {"route", "sat_before"} <= set(aside), aside
    seen = page.evaluate(ON_SCREEN, "situation")
    assert seen["scrolled"] > start["scrolled"], (start, seen)  # (the note came below the screen: the page scrolled)
    assert_choice_and_undo_on_screen(seen)
    # the arrows, back and forth between « à distance » and « J'ai déjà présenté… »: the focused choice stays on the
    # screen, under the header, and the page moves by less than a screen's height
    page.focus("#q-situation-repeater")
    scrolled = [seen["scrolled"]]
    for key, choice in (("ArrowUp", "distance"), ("ArrowDown", "repeater"), ("ArrowUp", "distance"), ("ArrowDown", "repeater")):
        page.keyboard.press(key)
        sent = ready(page, sent)
        seen = page.evaluate(ON_SCREEN, "situation")
        assert seen["focused"] == f"q-situation-{choice}" and page.is_checked(f"#q-situation-{choice}"), seen
        if choice == "repeater":
            assert_choice_and_undo_on_screen(seen)
        else:
            assert seen["note"] is None and seen["top"] <= seen["row"][0] and seen["row"][1] <= seen["bottom"] + 1, seen
        scrolled.append(seen["scrolled"])
    swings = [abs(b - a) for a, b in zip(scrolled, scrolled[1:])]
    assert max(swings) < (seen["bottom"] - seen["top"]) / 2, swings
    # a choice of a later question, below the note (« Nationalité »), in the middle of the screen, tapped
    radio = "#q-nationality-french"
    page.evaluate("(s) => document.querySelector(s).scrollIntoView({ block: 'center' })", radio)
    above, start = page.evaluate(
        """(s) => [document.querySelector('#q-situation + .bts-checklist-dropped').getBoundingClientRect().height,
                   document.querySelector(s).getBoundingClientRect().top]""", radio)
    assert above > 100 and not page.is_checked(radio), above
    if size is PHONE:
        page.tap(f"label[for='{radio[1:]}']")
    else:
        page.click(f"label[for='{radio[1:]}']")
    sent = ready(page, sent)
    assert page.is_checked(radio) and page.locator(".bts-checklist-dropped").count() == 0
    after = page.evaluate("(s) => document.querySelector(s).getBoundingClientRect().top", radio)
    assert abs(after - start) <= 1, (start, after)
    assert problems(visit) == []
    visit.close()


@ANCHORING
@pytest.mark.parametrize("height, whole", [(568, False), (PHONE["height"], True)], ids=["568px", "740px"])
def test_a_warning_an_answer_makes_appear_next_to_it_is_brought_above_the_summary_bar(notices, origin, visits, anchoring, height, whole):
    """phone53 L3: on Nantes 2026 at 360 px, « Oui » to « engagement étudiant », then « Aucune » tapped: the warning
    « L'épreuve « engagement étudiant » compte parmi vos épreuves facultatives » opened next to the answer, under the
    summary bar, its title alone seen, and the page did not move. Brought into view as the note of set-aside answers is
    (checklist.js: inView): the whole note above the bar, the tapped choice still between the header and the bar. At
    740 px, where the note fits under the tapped row since the bar is shorter (phone54 L5), the whole note; at 568 px,
    where it does not, the row brought under the header, the note's first lines below it (review63 B L11: before, at
    740 px, only the second case ran, and nothing said which)."""
    notice = next(n for n in notices if (n.slug, n.year) == ("nantes", 2026))
    before = {"department": "44", "situation": "in_person", "route": "formation_continue", "engagement_etudiant": "yes"}
    visit = visits.take(viewport={"width": PHONE["width"], "height": height}, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(before.items())))
    sent = ready(page)
    if not anchoring:
        without_scroll_anchoring(page)
    assert page.locator("#q-optional_exams").is_visible()
    assert page.locator("#q-optional_exams + .bts-checklist-note").count() == 0
    # the question's end at the bottom of the screen, above the summary bar: the note appears below it
    page.evaluate("document.querySelector('#q-optional_exams').scrollIntoView({ block: 'end' })")
    start = page.evaluate("scrollY")
    page.tap("label[for='q-optional_exams-0']")
    sent = ready(page, sent)
    page.wait_for_timeout(100)  # (the page scrolls after the finger's release)
    assert page.is_checked("#q-optional_exams-0")
    seen = page.evaluate(
        """() => {
            const rect = (e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; };
            const note = document.querySelector('#q-optional_exams + .bts-checklist-note');
            const bar = document.getElementById('bts-checklist-summary');
            return { row: rect(document.querySelector('#q-optional_exams-0').closest('.bts-checklist-choice')),
                     note: note && rect(note), warning: Boolean(note && note.querySelector('[data-warning-here="engagement_etudiant_counted"]')),
                     top: document.querySelector('.md-header').getBoundingClientRect().bottom,
                     bottom: Math.min(innerHeight, bar.getBoundingClientRect().top), scrolled: scrollY };
        }"""
    )
    assert seen["warning"], seen
    assert seen["scrolled"] > start, (start, seen)
    top, bottom = seen["top"], seen["bottom"]
    assert top <= seen["row"][0] and seen["row"][1] <= bottom + 1, seen
    fits = seen["note"][1] - seen["row"][0] <= bottom - top - 8
    assert fits is whole, seen  # (the case each height is for)
    if fits:
        assert seen["note"][1] <= bottom, seen
    else:
        assert seen["row"][0] <= top + 9, seen
    assert problems(visit) == []
    visit.close()


# A phone of 568 px (phone55 M1): during the registration window, the bar and the notes an answer opens
SMALL_PHONE = {"width": 360, "height": 568}


@pytest.mark.parametrize("width", [360, 320])
def test_during_the_registration_window_the_bar_gives_the_next_date_on_one_line(notices, origin, visits, width):
    """phone55 M1: with the browser's clock inside the registration window, the bar spelt out the next deadline's whole
    sentence (Nantes 2024: « Dépôt des pièces : au plus tard le vendredi 24 novembre 2023 à minuit, en fin de journée
    (heure de Paris) — heure retenue par le guide », on 3 lines): 144 px, with the header 192 of 568 px. The next date is
    on one line, short (« 24 nov. 2023 inclus, lecture du guide », « inclus » as the full sentence says it since
    fixcand58, not « minuit (fin de journée) »), what the full sentence says of its hour kept in
    short words (the notice's « minuit » read by the guide, the guide's hour; « heure non précisée » where the notice gives none), the whole sentence in the list;
    the bar as high as the past session's with the same count's words (one line for the date). With its year, and the
    time zone of a clock hour (phone58 L1: « Clôture : mer. 15 nov. à 17 h 00 », where the list says « 2023 » and
    « (heure de Paris) »), still on one line at 320 px. The closing said « Clôture : », not « Inscription : », which
    read as the moment to register, the closing's very minute (review65 M2; walk64 L1's « Clôture » read as the pieces'
    later date is the safe side)."""
    nantes = next(n for n in notices if (n.slug, n.year) == ("nantes", 2024))
    toulouse = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    paris = ZoneInfo("Europe/Paris")
    cases = (
        (nantes, dt.datetime(2023, 11, 20, 10, 0, tzinfo=paris), {"department": "44", "situation": "distance", "specialty": "mco"}, "documents", "2023 inclus, lecture du guide"),
        (nantes, dt.datetime(2023, 11, 10, 10, 0, tzinfo=paris), {"department": "44", "situation": "distance", "specialty": "mco"}, "registration_closing", "heure non précisée"),
        (toulouse, dt.datetime(2023, 11, 20, 10, 0, tzinfo=paris), {"department": "31", "situation": "distance", "specialty": "mco"}, "documents", "heure non précisée"),
        (toulouse, dt.datetime(2023, 11, 10, 10, 0, tzinfo=paris), {"department": "31", "situation": "distance", "specialty": "mco"}, "registration_closing", "17\u00a0h\u00a000 (Paris)"),
    )
    # (a moment each: the page loaded whole at that time, Watched.next_page)
    visit = visits.take(viewport=SMALL_PHONE | {"width": width}, is_mobile=True, has_touch=True, fixed_time=cases[0][1])
    for notice, moment, answers, did, mark in cases:
        page = visit.next_page()
        page.clock.set_fixed_time(moment)
        page.goto(origin + url_of(notice) + "#" + urlencode(answers))
        ready(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        short, whole = data["bar_dates"][did], data["dates"][did]
        assert mark in short and "\xa02023" in short and len(short) < 45, short  # (day, month and year joined: review76)
        bar = " ".join(page.text_content("#bts-checklist-summary [data-summary=next]").split())
        assert bar.endswith(" ".join(short.split())) and whole not in bar, bar
        if did == "registration_closing":
            # the closing named as such, even where the pieces are due later (Toulouse 2024's on the 22nd, Nantes 2024's
            # on the 24th): « Clôture : » may read as their date, the safe side (walk64 L1); « Inscription : 15 nov. à
            # 17 h 00 » read as the moment to register (review65 M2)
            over = {did: dt.datetime.fromisoformat(iso) for did, iso in data["over"].items()}
            assert over["documents"] > over["registration_closing"], over
            assert bar.replace("\u00a0", " ").startswith("Clôture : "), bar
        # the whole sentence one tap away, in the list
        assert whole in page.inner_text("#bts-checklist-output"), whole
        seen = bar_lines(page)
        assert seen["lines"] == 1, (notice.slug, moment, seen)
        # (the date itself never cut; what it closes whole here)
        cut = page.evaluate("""() => [...document.querySelectorAll('#bts-checklist-summary [data-summary=next] > span')]
                                 .map((e) => e.scrollWidth - e.clientWidth)""")
        assert all(c <= 0 for c in cut), cut
        documents = page.evaluate("""() => { const d = document.querySelector('#bts-checklist-summary [data-summary=documents]');
                                       return Math.round(d.getBoundingClientRect().height / parseFloat(getComputedStyle(d).lineHeight)); }""")
        # under the closing, the pieces' own date on a line of its own, one line (review67 L2, candidate69: « Clôture : »
        # over the count read as the pieces' date); none under their own date
        pieces = page.evaluate("""() => [...document.querySelectorAll('#bts-checklist-summary [data-summary=pieces]')]
                                    .filter((e) => e.getClientRects().length)
                                    .map((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))""")
        assert len(pieces) == (did == "registration_closing") and all(lines < 1.5 for lines in pieces), (notice.slug, moment, pieces)
        # the bar: its count's lines, one line of date (and of the pieces' date), its padding: the past session's bar
        # (63 px) for the same count
        assert seen["height"] <= 64 + 22 * (documents - 1) + 22 * len(pieces), (notice.slug, moment, seen, documents)
        assert seen["overflow"] <= 0 and seen["page"] <= 0, seen
        assert problems(visit) == []
    visit.close()


@ANCHORING
def test_what_the_notice_says_of_the_situation_tapped_is_brought_above_the_summary_bar(notices, origin, visits, anchoring):
    """phone55 M1: Clermont-Ferrand 2024 at 568 px, « J'ai déjà présenté le BTS… » tapped with its row at 300 px: the note
    « Ce que la notice dit de votre situation » (« Ils devront IMPÉRATIVEMENT saisir leur n° de candidat… ») opened 82 px
    below the summary bar's top, none of it seen, and the page did not move (only warnings were brought up). It is
    brought into view as they are (inView): the tapped row still between the header and the bar, the page scrolled so
    far as keeps it there, and the note's start above the bar."""
    notice = next(n for n in notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    visit = visits.take(viewport=SMALL_PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#department=63")
    sent = ready(page)
    if not anchoring:
        without_scroll_anchoring(page)
    radio = "#q-situation-repeater"
    assert page.locator("#q-situation + .bts-checklist-note").count() == 0
    # the row at 300 px, as phone55 tapped it
    page.evaluate("(s) => { const r = document.querySelector(s).closest('.bts-checklist-choice'); scrollBy(0, r.getBoundingClientRect().top - 300); }", radio)
    start = page.evaluate("scrollY")
    page.tap(f"label[for='{radio[1:]}']")
    sent = ready(page, sent)
    page.wait_for_timeout(100)  # (the page scrolls after the finger's release)
    assert page.is_checked(radio)
    seen = page.evaluate(
        """(s) => {
            const rect = (e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; };
            const note = document.querySelector('#q-situation + .bts-checklist-note');
            const bar = document.getElementById('bts-checklist-summary');
            return { row: rect(document.querySelector(s).closest('.bts-checklist-choice')),
                     note: note && rect(note), standing: Boolean(note && note.querySelector('.bts-checklist-standing')),
                     words: note ? note.innerText : '',
                     top: document.querySelector('.md-header').getBoundingClientRect().bottom,
                     bottom: Math.min(innerHeight, bar.getBoundingClientRect().top), scrolled: scrollY };
        }""", radio)
    assert seen["standing"] and "IMPÉRATIVEMENT" in seen["words"], seen
    assert seen["scrolled"] > start, (start, seen)
    top, bottom = seen["top"], seen["bottom"]
    assert top <= seen["row"][0] and seen["row"][1] <= bottom + 1, seen
    # its first lines (its title and more) above the bar
    assert seen["note"][0] + 40 <= bottom, seen
    if seen["note"][1] > bottom:
        assert seen["row"][0] <= top + 9, seen  # (as far as the tapped row allows)
    assert problems(visit) == []
    visit.close()


def test_arrows_through_a_group_lose_no_answer_on_the_way(notices, origin, visits):
    """phone48 M1: a keyboard's arrows select each choice of a group on the way. From « Oui » to « Je ne sais pas
    encore » in « Êtes-vous en situation de handicap ? », « Non » made the engine drop the accommodation answer; the
    next arrow took the note and its undo away, and the answer was lost. It is put aside instead: it counts again
    at « Je ne sais pas encore » (as after a click there) and is back in its field at « Oui »; the address holds only
    the answers that count at each step. The arrows' changes are one change for the note and its undo, while the
    focus stays in the group or its note."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    before = {"disability": "yes", "exam_adjustment": "yes"}
    visit = visits.take(viewport=PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(before.items())))
    sent = ready(page)
    assert page.is_checked("#q-exam_adjustment-yes") and page.is_visible("#q-exam_adjustment")
    note = page.locator("#q-disability + .bts-checklist-dropped")
    status = "#bts-checklist-status"

    def press(key: str, checked: str) -> None:
        nonlocal sent
        page.keyboard.press(key)
        sent = ready(page, sent)
        assert page.is_checked(f"#q-disability-{checked}") and page.evaluate("document.activeElement.id") == f"q-disability-{checked}"

    page.focus("#q-disability-yes")
    press("ArrowDown", "no")
    # put aside: not in the address nor in its hidden field, said next to the question and on the status line (once
    # the keys pause: a11y67 M2, test_checklist_announcements_browser.py)
    page.wait_for_function("(s) => document.querySelector(s).textContent.startsWith('Réponse mise de côté')", arg=status)
    assert answers_in(page) == {"disability": "no"}
    assert page.is_hidden("#q-exam_adjustment") and not page.is_checked("#q-exam_adjustment-yes")
    assert note.count() == 1 and note.get_attribute("data-dropped") == "exam_adjustment"
    text = note.inner_text()
    assert "met de côté 1 réponse" in text and "compte de nouveau si la question revient" in text and "aménagement" in text, text
    assert page.inner_text(status).startswith("Réponse mise de côté, car la question ne se pose plus"), page.inner_text(status)
    # and where to undo it (review64 L5: the status line did not say the note's button)
    assert "Le bouton « Annuler ce changement », sous la question, la rétablit." in " ".join(page.inner_text(status).replace("\xa0", " ").split()), page.inner_text(status)
    press("ArrowDown", "none")
    # « Je ne sais pas encore »: the answer counts again, its question hidden (the engine's answers), said as after a
    # click there from « Oui »
    assert answers_in(page) == {"exam_adjustment": "yes"}
    assert page.is_hidden("#q-exam_adjustment") and page.is_checked("#q-exam_adjustment-yes")
    assert note.count() == 1 and note.get_attribute("data-kept") == "exam_adjustment" and note.get_attribute("data-dropped") == ""
    assert "met de côté 1 réponse" in note.inner_text() and "ignorée" not in page.inner_text(status), page.inner_text(status)
    press("ArrowUp", "no")
    assert answers_in(page) == {"disability": "no"} and note.get_attribute("data-dropped") == "exam_adjustment"
    press("ArrowUp", "yes")
    assert answers_in(page) == before
    assert page.is_visible("#q-exam_adjustment") and page.is_checked("#q-exam_adjustment-yes")
    assert page.locator(".bts-checklist-dropped").count() == 0
    # the note's undo, two arrows on: back to « Oui », the first answer of the arrows
    press("ArrowDown", "no")
    press("ArrowDown", "none")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.bts-checklist-dropped') !== null")
    page.keyboard.press("Enter")
    sent = ready(page, sent)
    assert answers_in(page) == before and page.is_checked("#q-exam_adjustment-yes")
    assert page.inner_text(status).startswith("Changement annulé"), page.inner_text(status)
    assert page.evaluate("document.activeElement.id") == "q-disability-yes"
    # and after the focus left the group: « Non », out of the group and its note, then « Oui » again
    press("ArrowDown", "no")
    page.keyboard.press("Tab")  # (the note's undo)
    page.keyboard.press("Tab")
    assert page.evaluate("""() => !document.getElementById('q-disability').contains(document.activeElement)
                              && !document.activeElement.closest('.bts-checklist-dropped')""")
    page.check("#q-disability-yes")
    sent = ready(page, sent)
    assert answers_in(page) == before and page.is_checked("#q-exam_adjustment-yes")
    assert axe(page) == []
    assert problems(visit) == []
    visit.close()


def test_answers_from_the_address_that_do_not_count_are_removed_not_put_aside(notices, origin, visits):
    """An answer of the address to a question that does not arise (a link edited by hand) never counted: removed,
    said so, in the command line's words, once, above the list and to a screen reader (« Réponse ignorée, car sa
    question ne se pose pas dans votre situation »; read61 L7: the page said « Réponse retirée, car la question ne se
    pose plus »), and it does not come back when the question does."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    visit = visits.take(viewport=PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#disability=no&exam_adjustment=yes")
    sent = ready(page)
    assert answers_in(page) == {"disability": "no"}
    def plain(text):
        return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    said = "Réponse ignorée, car sa question ne se pose pas dans votre situation : « "
    assert plain(page.inner_text("#bts-checklist-status")).startswith(said), page.inner_text("#bts-checklist-status")
    note = page.locator("#bts-checklist-output > .bts-checklist-ignored")
    assert note.count() == 1 and note.get_attribute("data-ignored") == "exam_adjustment" and plain(note.inner_text()).startswith(said)
    assert page.locator(".bts-checklist-dropped").count() == 0
    page.check("#q-disability-yes")
    ready(page, sent)
    assert answers_in(page) == {"disability": "yes"} and not page.is_checked("#q-exam_adjustment-yes")
    assert problems(visit) == []
    visit.close()


def test_je_ne_sais_pas_encore_leaves_a_question_the_list_no_longer_needs_under_the_finger(notices, origin, visits):
    """phone51 L5: on Toulouse's list « en présentiel », « Quelle est votre nationalité ? » is asked but no longer
    needed, and was shown only for the answer it held; « Je ne sais pas encore » tapped, the whole question went from
    under the finger, without a word, and could not be answered again. A question the candidate changed stays, its
    « Je ne sais pas encore » checked under the finger, while it is asked; it goes when another answer makes it no
    longer asked (« en présentiel » to « VAE » for the training route), and does not come back unanswered."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    answers = {"department": "31", "situation": "in_person", "nationality": "french", "route": "scolaire"}
    visit = visits.take(viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    sent = in_person_by_a_change(page, origin, notice, answers)
    top = "(s) => document.querySelector(s).getBoundingClientRect().top"
    for qid, again in (("nationality", "french"), ("route", None)):
        block = page.locator(f"#q-{qid}")
        assert block.is_visible() and "bts-checklist-needed" not in block.get_attribute("class")  # (for its answer only)
        label = f"label[for='q-{qid}-none']"
        page.evaluate("(s) => document.querySelector(s).scrollIntoView({ block: 'center' })", label)
        before = page.evaluate(top, label)
        page.tap(label)
        sent = ready(page, sent)
        assert block.is_visible() and page.is_checked(f"#q-{qid}-none"), qid
        assert abs(page.evaluate(top, label) - before) <= 1, (qid, before, page.evaluate(top, label))
        assert qid not in answers_in(page), answers_in(page)
        if again:  # answered again, and back to « Je ne sais pas encore »
            page.tap(f"label[for='q-{qid}-{again}']")
            sent = ready(page, sent)
            assert answers_in(page)[qid] == again
            page.tap(label)
            sent = ready(page, sent)
            assert block.is_visible() and page.is_checked(f"#q-{qid}-none") and qid not in answers_in(page)
    assert axe(page) == []
    # another answer changed: the nationality, still asked, stays; the route, no longer asked for a VAE, goes, and is
    # not shown again, unanswered and not needed, when it is asked again
    for situation in ("vae", "in_person"):
        page.check(f"#q-situation-{situation}")
        sent = ready(page, sent)
        assert page.is_visible("#q-nationality") and page.is_checked("#q-nationality-none"), situation
        assert not page.is_visible("#q-route"), situation
    assert answers_in(page) == {"department": "31", "situation": "in_person"}
    assert problems(visit) == []
    visit.close()


def form_order(page) -> list[str]:
    return page.eval_on_selector_all(".bts-checklist-question[data-question]", "(blocks) => blocks.map((b) => b.dataset.question)")


def test_answers_a_change_removes_are_said_in_the_form_s_order(notices, origin, visits):
    """A sub-question after the question it hangs on (« Quelle est votre voie de formation ? » then « Dans la
    formation continue, quel est votre cas ? »): the page data's questions are in the order of their ids, where the
    sub-question came first (stop 34's phone walk)."""
    notice = next(n for n in notices if "continuing_case" in n.questions and any(d.when.questions() & {"continuing_case"} for d in n.documents))
    visit = visits.take(viewport=PHONE)
    page = visit.page
    before = {"situation": "distance", "route": "formation_continue"}
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(before.items())))
    sent = ready(page)
    case = page.locator("#q-continuing_case input[type=radio]:not([value=''])").first
    case.check()
    sent = ready(page, sent)
    order = form_order(page)
    assert order.index("route") < order.index("continuing_case")
    page.check("#q-situation-repeater")
    ready(page, sent)
    note = page.locator("#q-situation + .bts-checklist-dropped")
    removed = note.get_attribute("data-dropped").split()
    assert {"route", "continuing_case"} <= set(removed) and removed == sorted(removed, key=order.index), removed
    text = note.inner_text()
    assert text.index("Quelle est votre voie de formation") < text.index("Dans la formation continue"), text
    status = page.inner_text("#bts-checklist-status")
    assert status.index("Quelle est votre voie de formation") < status.index("Dans la formation continue"), status
    assert problems(visit) == []
    visit.close()


@SIZES
def test_questions_still_needed_are_marked_in_words_and_the_page_says_what_it_means(notices, origin, visits, size):
    notice = notices[0]
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice))
    sent = ready(page)
    legend = page.inner_text("#bts-checklist-legend")
    assert "encore utile" in legend and "changer votre liste" in legend
    needed = page.eval_on_selector_all(".bts-checklist-question.bts-checklist-needed:not([hidden])", "els => els.map(e => e.dataset.question)")
    assert needed
    for qid in needed:
        assert page.is_visible(f"#q-{qid} .bts-checklist-needed-tag")
    # answered, a question is no longer « encore utile » (it stays shown, unmarked)
    qid = next(q for q in needed if page.locator(f"#q-{q} input[type=radio]").count())
    page.locator(f"#q-{qid} input[type=radio]:not([value=''])").first.check()
    ready(page, sent)
    assert qid in answers_in(page) and page.is_visible(f"#q-{qid}")
    assert page.is_hidden(f"#q-{qid} .bts-checklist-needed-tag")
    visit.close()


def accessible(page, selector: str) -> tuple[str, str]:
    """The accessible name and description Chromium computes for ``selector`` (what a screen reader is given), spaces
    collapsed."""
    cdp = page.context.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})["nodes"][0]
    finally:
        cdp.detach()
    return tuple(" ".join(str((ax.get(key) or {}).get("value") or "").split()) for key in ("name", "description"))


@SIZES
def test_encore_utile_describes_a_question_and_is_not_part_of_its_name(notices, origin, visits, size):
    """« encore utile » is shown next to each question still needed, but a screen reader hears it as the question's
    description, not inside its name (« Quelle est votre situation ? », then « encore utile »): the group of a choice,
    the field of the others. Answered, the question is described no more. The page's explanation of the words stays,
    said once (not « encore utile Les questions marquées « encore utile »… »)."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    t = notice.texts
    tag = typography(t.text("checklist_page.needed_tag"))
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"situation": "repeater"}))
    sent = ready(page)
    needed = page.eval_on_selector_all(".bts-checklist-question.bts-checklist-needed:not([hidden])",
                                       "els => els.map(e => [e.dataset.question, e.tagName.toLowerCase()])")
    kinds = {kind for _, kind in needed}
    assert kinds == {"fieldset", "div"}, needed  # choices and single fields both
    for qid, kind in needed:
        assert page.is_visible(f"#q-{qid} .bts-checklist-needed-tag") and page.inner_text(f"#q-{qid} .bts-checklist-needed-tag") == tag
        name, description = accessible(page, f"#q-{qid}" if kind == "fieldset" else f"#q-{qid}-input")
        label = " ".join(typography(notice.questions[qid].label).split())
        assert name == label, (qid, name)
        assert description.split(" ")[:2] == tag.split(" "), (qid, description)
        if kind == "fieldset":  # its choices are named by their own words
            assert all(tag not in accessible(page, f"#{radio}")[0] for radio in page.eval_on_selector_all(f"#q-{qid} input", "els => els.map(e => e.id)"))
    # answered: shown unmarked, described no more
    qid = next(q for q, kind in needed if kind == "div" and page.locator(f"#q-{q}-input").evaluate("e => e.tagName") == "SELECT")
    page.select_option(f"#q-{qid}-input", index=1)
    ready(page, sent)
    assert page.is_hidden(f"#q-{qid} .bts-checklist-needed-tag")
    assert tag not in " ".join(accessible(page, f"#q-{qid}-input"))
    # the explanation: on the page, said once to the form
    legend = page.inner_text("#bts-checklist-legend")
    assert tag in legend and "changer votre liste" in legend
    name, description = accessible(page, "#bts-checklist-form")
    assert description.startswith(typography("Les questions marquées")) and description.count(tag) == 1, description
    assert axe(page) == []
    assert problems(visit) == []
    visit.close()


@SIZES
def test_a_question_only_the_contacts_need_is_not_encore_utile(notices, origin, visits, size):
    """Toulouse 2024 gives an in-person student no list; their specialty still names its manager (the contacts):
    the question stays shown, marked « pour vos contacts », and nothing is counted as changing the list."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": "31", "situation": "in_person"}))
    sent = ready(page)
    tags = page.eval_on_selector_all(
        ".bts-checklist-question.bts-checklist-needed:not([hidden]) .bts-checklist-needed-tag",
        "els => els.map(e => [e.closest('[data-question]').dataset.question, e.textContent])")
    assert tags == [["specialty", "pour vos contacts"]], tags
    assert "encore utile" not in answer_text(page)
    # a candidate given a list: the same question is « encore utile » again
    page.check("#q-situation-repeater")
    sent = ready(page, sent)
    assert page.inner_text("#q-specialty .bts-checklist-needed-tag") == "encore utile"
    # a reason that is a fact derived from an answer says it in its own words, then what it comes from
    page.select_option("#q-specialty-input", "batiment")
    sent = ready(page, sent)
    page.check("#q-r408_waiver-no")
    ready(page, sent)
    why = page.inner_text("#bts-checklist-output").replace("\xa0", " ").replace("\u202f", " ")
    assert "Pourquoi : votre spécialité figure sur la liste R408 de la notice (d’après « Quelle spécialité" in why, why
    assert "« Attestation R408" not in why
    assert problems(visit) == []
    visit.close()


def test_a_manager_that_depends_on_the_option_not_answered_is_said_in_the_contacts(notices, origin, visits):
    """phone53 L7: Toulouse 2024, Maintenance des systèmes with no option answered: the contacts showed the exam office
    alone, the note on the managers' table gone. The build's answer, then the engine's, say the manager depends on the
    option, then the notice's note (tests/checklist/test_specialty_manager.py: the engine, the command line and the
    build's answer)."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    line = notice.texts.text("contacts.specialty_by_option")
    visit = visits.take(viewport=PHONE)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": "31", "situation": "experience", "specialty": "maintenance_systemes"}))
    sent = ready(page)
    contacts = """() => [...document.querySelectorAll('#bts-checklist-output .bts-checklist-contacts > li')]
        .map((li) => li.dataset.contact === 'specialty-note' ? 'note' : li.textContent)"""
    seen = page.evaluate(contacts)
    assert line in seen and seen[seen.index(line) + 1] == "note", seen
    page.select_option("#q-option-input", "B")
    ready(page, sent)
    seen = page.evaluate(contacts)
    assert line not in seen and any("Maintenance des Systèmes (option B)" in c for c in seen), seen
    assert problems(visit) == []
    visit.close()


@SIZES
def test_the_key_dates_open_with_the_candidate_s_own_deadlines_too(notices, content, origin, browser, visits, size):
    """Nantes 2026: the R408 attestation is due on 12 December, after the documents (19 November). A candidate whose
    list has it reads that date in the « Dates limites » box the answer opens with, after the closing and the
    documents deadline; one without it does not. The build's answer for the same answers says the same."""
    from generator.checklist import engine
    from generator.checklist.answer import own_deadlines
    from generator.checklist.compile import compile_ruleset

    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    ruleset = compile_ruleset(notice, content)
    seen = {}
    visit = visits.take(viewport=size)  # (a case each: the page loaded whole from its address, Watched.next_page)
    for label, answers in (("R408", {"situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}),
                           ("none", {"situation": "in_person", "route": "scolaire", "specialty": "ndrc"})):
        page = visit.next_page()
        page.goto(origin + url_of(notice) + "#" + urlencode(answers))
        ready(page)
        seen[label] = page.eval_on_selector_all(".bts-checklist-key-dates [data-key-date]", "els => els.map(e => e.dataset.keyDate)")
        built = ["registration_closing", "documents"] + [d["id"] for d in own_deadlines(engine.evaluate(ruleset, answers), [{"id": "registration_closing"}, {"id": "documents"}])]
        assert seen[label] == built, (label, seen[label], built)
        assert problems(visit) == []
    visit.close()
    assert seen == {"R408": ["registration_closing", "documents", "attestations"], "none": ["registration_closing", "documents"]}


def strict(result: dict, did: str) -> bool:
    """The notice says « délai de rigueur » of the engine's deadline ``did`` (its ``strict``)."""
    return any(d["id"] == did and d.get("strict") for d in result["deadlines"])


def test_on_a_phone_a_date_most_pieces_share_is_said_once_above_them_and_a_different_one_on_its_piece(notices, content, origin, visits):
    """read54 L5: at 360 px every piece of Toulouse 2024's list said « Date limite : au plus tard le mercredi 22 novembre
    2023 (heure non précisée par la notice). », the one piece due on 15 January (the « engagement étudiant » form) lost
    among them. The date most pieces share (engine: documents_due) is said once, under the list's title; a piece says
    a date only where it has another one (the form) or where the notice lets it be deposited later (the R408
    attestation: its date and those words in one sentence). Every piece sharing it and none saying a date of its own
    (« toutes ces pièces »), or not.
    The build's answer and the command line read the same result (test_first_answer.py)."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    t = notice.texts
    ruleset = compile_ruleset(notice, content)
    base = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no", "nationality": "french"}
    visit = visits.take(viewport=PHONE)
    # (« toutes ces pièces » only where no piece says a date of its own: not with the R408 attestation, phone56 L2)
    mco = {k: v for k, v in base.items() if k != "r408_waiver"} | {"specialty": "mco", "engagement_etudiant": "no"}
    # (with the 15 January form, two dates: grouped by date, test_on_a_phone_a_list_on_two_dates_says_each_date_once)
    for kind, answers in (("most", {**base, "engagement_etudiant": "no"}), ("all", mco)):
        result = engine.evaluate(ruleset, answers)
        due = result["documents_due"]
        assert due and due["all"] == (kind == "all"), (kind, due)
        page = visit.next_page()
        page.goto(origin + url_of(notice) + "#" + urlencode(answers))
        ready(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        date = typography(data["dates"][due["deadline"]])
        said = page.locator("#bts-checklist-output [data-documents-due]")
        assert said.count() == 1 and said.get_attribute("data-documents-due") == due["deadline"], kind
        # (a date over on the device's clock said so right after it, phone60 M1:
        # test_the_pieces_date_under_their_title_is_said_passed_at_its_moment_on_a_list_left_open)
        over = data["over"].get(due["deadline"])
        # (« , délai de rigueur » after a date the notice says so of, as every line that gives it: review69 L3)
        shared = strict_said(data["dates"][due["deadline"]], strict(result, due["deadline"]), t)
        if over and dt.datetime.fromisoformat(over) <= dt.datetime.now(dt.timezone.utc):
            shared = past_words(t, shared)
        assert said.inner_text() == typography(t.text(f"checklist_page.documents_due_{kind}", date=shared))
        # under the list's title (« Pièces à déposer (7) ») and where the pieces go (review67b L5), above the first piece
        # (in their block: print68)
        assert said.evaluate("""p => { const block = p.parentElement; let before = block.previousElementSibling;
            while (before && before.matches('[data-deposit]')) before = before.previousElementSibling;
            return !p.previousElementSibling && before.tagName === 'H3' && block.previousElementSibling.matches('[data-deposit]')
                && p.nextElementSibling.matches('.bts-checklist-documents'); }""")
        lines = {li.get_attribute("data-document"): li.locator(".bts-checklist-when:not(.bts-checklist-print-only)").all_inner_texts()
                 for li in page.locator("#bts-checklist-output .bts-checklist-documents > li").all()}
        assert list(lines) == [d["id"] for d in result["documents"]]
        for doc in result["documents"]:
            own = typography(data["dates"][doc["deadline"]])
            dated = [line for line in lines[doc["id"]] if own in line]
            if doc["deadline"] != due["deadline"]:  # (the form, on 15 January: its own date, once)
                assert len(dated) == 1 and own != date, (doc["id"], lines[doc["id"]])
            elif doc["late_deposit"]:  # (the R408 attestation: the notice's words on a later deposit, its date not again: NOTE55)
                assert dated == [] and any(doc["late_deposit"][:20] in " ".join(line.split()) for line in lines[doc["id"]]), (doc["id"], lines[doc["id"]])
            else:
                assert dated == [], (doc["id"], dated)
        # (nor « Pour tous les candidats. » above a source line that says « — Pour tous les candidats »)
        for doc in result["documents"]:
            item = page.locator(f'#bts-checklist-output li[data-document="{doc["id"]}"]')
            if not doc["why"] and doc["provenance"].get("section") == "Pour tous les candidats":
                assert item.locator(".bts-checklist-why").count() == 0, doc["id"]
        listed = page.inner_text("#bts-checklist-output .bts-checklist-documents")
        assert listed.count(date) == 0, listed  # (said once, above the list)
        differing = [d for d in result["documents"] if d["deadline"] != due["deadline"] or d["late_deposit"]]
        assert (kind == "most") == bool(differing), differing
        assert problems(visit) == []
    visit.close()


def test_on_a_phone_a_list_on_two_dates_says_each_date_once_above_its_pieces(notices, content, origin, visits):
    """fixgroups: at 360 px Nantes 2026's maintenance list (seed 002: « A déposer le 19 novembre au plus tard sur
    CYCLADES », « A déposer le 12 décembre au plus tard sur CYCLADES ») said its 19 November once above the pieces,
    then « Date limite : au plus tard le vendredi 12 décembre 2025 (heure non précisée par la notice). » under each of
    three attestations. Pieces on two dates or more come grouped by date (engine: documents_by_date), the earliest
    first: a heading (h4, under « Pièces à déposer (6) ») says each date once, its pieces below say none; a date the
    notice does not give (the positioning decision) last; Toulouse 2024's 15 January form a group of its own, after the
    22 November pieces, the R408 attestation among them saying the notice's words on a later deposit without the date.
    The phone bar's count and next date stay the list's. The build's answer and the command line read the same groups
    (test_checklist_browser.py, test_cases_cpython.py)."""
    nantes = next(n for n in notices if (n.slug, n.year) == ("nantes", 2026))  # (not past on FIXED_TODAY)
    toulouse = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    maintenance = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "maintenance_systemes", "option": "C"}
    cases = ((nantes, maintenance), (nantes, {**maintenance, "positioning_decision": "yes"}),
             (toulouse, {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no", "nationality": "french",
                         "engagement_etudiant": "yes"}))
    # (the clock set, on FIXED_TODAY, for the bar's next date)
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc))
    seen = set()
    for notice, answers in cases:
        t = notice.texts
        result = engine.evaluate(compile_ruleset(notice, content), answers)
        groups = result["documents_by_date"]
        assert groups and len(groups) >= 2 and result["documents_due"] is None, groups
        page = visit.next_page()
        page.clock.set_fixed_time(dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc))
        page.goto(origin + url_of(notice) + "#" + urlencode(answers))
        ready(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        assert page.locator("#bts-checklist-output [data-documents-due]").count() == 0
        headings = page.locator("#bts-checklist-output > .bts-checklist-documents-group > h4.bts-checklist-documents-date")
        assert headings.evaluate_all("els => els.map(e => e.dataset.documentsDate)") == [g["deadline"] for g in groups]
        for at, group in enumerate(groups):
            heading = headings.nth(at)
            # (« sauf indication contraire sous l'une d'elles » over a piece that may come later: read58 L1)
            # (a date over on the page's clock, Toulouse 2024's, said so right after it: phone60 M1)
            said = strict_said(data["dates"][group["deadline"]], strict(result, group["deadline"]), t)
            over = data["over"].get(group["deadline"])
            if over and dt.datetime.fromisoformat(over) <= dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc):
                said = past_words(t, said)
            words = (t.text("checklist_page.documents_group_most", date=said) if group["others"] else
                     t.text("checklist_page.documents_group", count=len(group["documents"]), date=said))
            seen.add("heading with a later deposit" if group["others"] else "plain heading")
            assert heading.inner_text() == typography(words), (heading.inner_text(), words)
            # its pieces right below it, in a list of their own, none saying a date
            pieces = heading.evaluate("h => h.nextElementSibling.matches('ul.bts-checklist-documents') ? [...h.nextElementSibling.children].map(li => li.dataset.document) : null")
            assert pieces == group["documents"], (pieces, group)
        # under « Pièces à déposer (n) », the first heading after it (the list's partial note between them, if any)
        # (each heading first in its block with its pieces: print68)
        assert headings.evaluate_all("hs => hs.every((h) => !h.previousElementSibling)")
        assert headings.first.evaluate("h => { let e = h.parentElement.previousElementSibling; while (e && e.tagName === 'P') e = e.previousElementSibling; return e && e.tagName; }") == "H3"
        listed = " ".join(page.locator("#bts-checklist-output ul.bts-checklist-documents").all_inner_texts())
        for group in groups:  # (each date once: in its heading, nowhere under the pieces)
            assert typography(data["dates"][group["deadline"]]) not in listed, group["deadline"]
        assert typography(t.text("checklist_page.deadline_before", date="")).strip(" .") not in listed
        ends = [d["end"] for g in groups for d in result["deadlines"] if d["id"] == g["deadline"]]
        assert [e for e in ends if e] == sorted(e for e in ends if e) and (None not in ends or ends[-1] is None), ends
        for doc in result["documents"]:
            if doc["late_deposit"]:  # (the R408 attestation: the notice's words on a later deposit, its date above)
                item = page.inner_text(f'#bts-checklist-output li[data-document="{doc["id"]}"]')
                assert " ".join(doc["late_deposit"].split())[:20] in " ".join(item.split()), item
                seen.add("late deposit")
        if None in ends:
            seen.add("undated")
        # the phone bar: the list's count, its next date
        if notice is nantes:
            count = len(result["documents"])
            bar = page.inner_text("#bts-checklist-summary")
            said = page.inner_text('#bts-checklist-summary [data-summary="documents"]')
            assert bar.startswith(said) and said == f"{count} pièces", bar  # (« à déposer » until bar67)
            assert data["bar_dates"]["documents"] in page.inner_text("#bts-checklist-summary [data-summary=next]"), bar
        assert problems(visit) == []
    visit.close()
    assert seen == {"late deposit", "undated", "heading with a later deposit", "plain heading"}, seen


def _pointer_goes_to_the_dates(page, size, press) -> float:
    """``press`` the first key date's pointer (« voir la précision sous « Dates à retenir » »): that date's own line of
    « Dates à retenir », the one holding the precision, is then in view, its top below the theme's header, and has the
    keyboard's focus, outlined (a review: the pointer went to the block's title, 8 to 10 lines above the date asked
    for); the address and the history stay as they were (the address holds the answers, the share link). How far below
    the first screen it was."""
    page.evaluate("() => { window.scrollTo(0, 0); document.activeElement && document.activeElement.blur(); }")
    address, history = page.url, page.evaluate("() => history.length")
    pointer = page.locator("#bts-checklist-output .bts-checklist-key-dates button.bts-checklist-to-dates").first
    assert pointer.inner_text().replace("\u00a0", " ") == "voir la précision sous « Dates à retenir »"
    key = pointer.evaluate("p => p.closest('[data-key-date]').dataset.keyDate")
    lines = page.locator("#bts-checklist-output .bts-checklist-deadlines > li[data-deadline]")
    (at,) = [i for i, did in enumerate(lines.evaluate_all("els => els.map(e => e.dataset.deadline)")) if did == key]
    line = lines.nth(at)
    assert line.locator("p").count()  # (the line holds the precision the pointer names)
    far = line.bounding_box()["y"] - size["height"]
    press(pointer)
    page.wait_for_function("(key) => document.activeElement && document.activeElement.dataset.deadline === key", arg=key)
    assert line.evaluate("l => l === document.activeElement && l.parentElement.classList.contains('bts-checklist-deadlines')")
    box = line.bounding_box()
    header = page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert header <= box["y"] < size["height"], (box, header, far)
    # the landed line shown as the one asked for, after a tap too
    assert line.evaluate("l => getComputedStyle(l).outlineStyle") == "solid"
    assert page.url == address and page.evaluate("() => history.length") == history
    # under it, one way back to the pointer (on a phone screens above; the browser's back button has no place to go
    # back to), on the screen and above the phone's summary bar; pressed the same way, it brings the pointer back into
    # view with the focus, and goes
    back = page.locator("#bts-checklist-output .bts-checklist-back-to-key-dates")
    assert back.count() == 1 and line.locator(".bts-checklist-back-to-key-dates").count() == 1
    assert back.inner_text().replace("\u00a0", " ") == "Revenir à « Dates limites »"
    way = back.bounding_box()
    bar = page.evaluate("() => { const b = document.getElementById('bts-checklist-summary'); const r = b.getBoundingClientRect(); return r.height && r.bottom > 0 && r.top < innerHeight ? r.top : innerHeight; }")
    assert header <= way["y"] and way["y"] + way["height"] <= min(bar, size["height"]), (way, bar)
    assert way["height"] >= 44, way  # (a target a finger can tap: checklist.css, 2.75rem)
    if size is PHONE:
        # the line going on below the screen (a screen shorter than the line, its top under the header): the way back at
        # the screen's very bottom, none of the line's words under it (held above the summary bar's room, which the
        # bar, before the list, never takes while the list is on the screen, it seemed to cut a sentence of the note in
        # two: review69, Nantes 2024's documents line on a 740 px screen)
        short = {"width": size["width"], "height": 400}
        page.set_viewport_size(short)
        try:
            line.evaluate("(l, top) => window.scrollBy(0, l.getBoundingClientRect().top - top)", header)
            tall, held = line.bounding_box(), back.bounding_box()
            assert tall["y"] + tall["height"] > short["height"], tall  # (the case: the line's end below the screen)
            assert abs(held["y"] + held["height"] - short["height"]) <= 1, (held, short)
        finally:
            page.set_viewport_size(size)
    press(back)
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('.bts-checklist-key-dates .bts-checklist-to-dates')")
    assert pointer.evaluate("p => p === document.activeElement")
    box = pointer.bounding_box()
    assert header <= box["y"] and box["y"] + box["height"] <= min(bar, size["height"]), (box, bar)
    # with the block's title « Dates limites » (a walk: the pointer came back mid-screen, its title above the screen)
    title = page.locator("#bts-checklist-output .bts-checklist-key-dates h3").bounding_box()
    assert header <= title["y"], (title, header)
    assert page.locator("#bts-checklist-output .bts-checklist-back-to-key-dates").count() == 0
    assert page.url == address and page.evaluate("() => history.length") == history
    return far


@SIZES
def test_a_key_date_s_pointer_to_its_precision_brings_dates_a_retenir_into_view_keeping_the_answers(notices, origin, held_visits, visits, size):
    """« Dates limites »: « …, voir la précision sous « Dates à retenir » » (a phone walk: plain text, that block 8 to 10
    screens below on a phone). The pointer is a button: pressed, with a tap or from the keyboard (Enter, Space), in the
    build's answer before the engine and in the engine's, it brings the date's own line of « Dates à retenir » into
    view and the focus there, the address unchanged (no link to a place of the page: the address holds the answers);
    the page's policy (no inline handler) finds nothing."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    # the build's answer, the engine held back
    visit, held = engine_held(held_visits, origin, notice, size)
    page = visit.page
    page.wait_for_function("() => performance.getEntriesByName('bts-checklist-form-ready').length > 0")
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "build"
    _pointer_goes_to_the_dates(page, size, lambda pointer: pointer.click())
    release(page, held)
    assert problems(visit) == []
    visit.close()
    # the engine's answer, answers in the address: a tap, then the keyboard
    visit = visits.take(viewport=size)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"specialty": "cprp"}))
    ready(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    far = _pointer_goes_to_the_dates(page, size, lambda pointer: pointer.click())
    if size is PHONE:
        assert far > size["height"], far  # (below the first screen: what the pointer is for)
    _pointer_goes_to_the_dates(page, size, lambda pointer: (pointer.focus(), page.keyboard.press("Enter")))
    _pointer_goes_to_the_dates(page, size, lambda pointer: (pointer.focus(), page.keyboard.press("Space")))
    assert answers_in(page) == {"specialty": "cprp"}
    assert problems(visit) == []
    visit.close()


def test_the_summary_bar_s_next_deadline_is_one_the_answer_opens_with_not_a_step_s(notices, origin, visits):
    """Clermont-Ferrand 2024: a step says to tell the office « avant le 15 novembre » when the confirmation email did
    not come (the 14th, for those it concerns), the day before the closing. The bar's next deadline is the closing,
    one of the dates the answer opens with, not that step's, and the bar says it is the closing; after the closing,
    the documents'; the build's bar says the same."""
    notice = next(n for n in notices if n.slug == "clermont-ferrand" and n.year == 2024)
    t = notice.texts
    step = next(d for d in notice.deadlines if d.id == "missing_email")
    # (a moment each: the page loaded whole at that time, Watched.next_page)
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2023, 10, 20, 12, 0, tzinfo=dt.timezone.utc))
    for moment, key, did in ((dt.datetime(2023, 10, 20, 12, 0, tzinfo=dt.timezone.utc), "summary_next_closing", "registration_closing"),
                             (notice.closing + dt.timedelta(hours=1), "summary_next_documents", "documents")):
        page = visit.next_page()
        page.clock.set_fixed_time(moment)
        page.goto(origin + url_of(notice) + "#" + urlencode({"department": "63", "situation": "distance"}))
        ready(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        assert step.end < notice.closing and data["dates"][step.id] != data["dates"]["registration_closing"]
        bar = page.inner_text("#bts-checklist-summary [data-summary=next]")
        assert " ".join(bar.split()) == " ".join(typography(t.text(f"checklist_page.{key}", date=data["bar_dates"][did])).split()), (moment, bar)
        assert data["dates"][step.id] not in bar, bar
        keys = page.eval_on_selector_all(".bts-checklist-key-dates [data-key-date]", "els => els.map(e => e.dataset.keyDate)")
        assert step.id not in keys
        assert problems(visit) == []
    visit.close()


# The bar's words for a piece's own deadline before it named the piece: the bar with the piece named must take no
# more room than with these.
UNNAMED_PIECE = "Date limite d’une de vos pièces"


def bar_lines(page) -> dict:
    """The phone bar's height, its next deadline's lines, and how far its words or the page overflow sideways."""
    return page.evaluate(
        """() => { const bar = document.getElementById('bts-checklist-summary'); const next = bar.querySelector('[data-summary=next]');
             return { height: bar.getBoundingClientRect().height,
                      lines: Math.round(next.getBoundingClientRect().height / parseFloat(getComputedStyle(next).lineHeight)),
                      overflow: next.scrollWidth - next.clientWidth,
                      page: document.documentElement.scrollWidth - document.documentElement.clientWidth }; }""")


@pytest.mark.parametrize("size", [{"width": 320, "height": 740}, PHONE, {"width": 412, "height": 740}, DESKTOP], ids=["320px", "360px", "412px", "1280px"])
def test_the_summary_bar_names_the_piece_whose_own_deadline_is_next_without_growing(notices, origin, visits, size):
    """Nantes 2026: after the documents deadline (19 November), the next deadline of a candidate whose list has the
    R408 attestation is that attestation's (12 December): the bar names that piece (its label: no piece has a shorter
    name), not « une de vos pièces »; on a phone the label is cut on one line, so the bar is no taller than with
    the words it replaced, whatever the label's length; cut in its middle: its start with « … », its end « (R408) »
    whole (cut at about 30 characters, « Attestation de formation relati… », it did not say which attestation), and a
    long end whole too (Aix-Marseille 2023's « (langue obligatoire dite rare) », its start shortened to « … »); the
    link's name (what a screen reader says) has the whole label. Several pieces due that day (Maintenance des systèmes'
    attestations) are counted, the list one tap away. The bar is hidden on a desktop; its words are the same there."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    t = notice.texts
    documents = next(d for d in notice.deadlines if d.id == "documents")
    cases = (
        ("one", {"situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}),
        ("several", {"situation": "in_person", "route": "scolaire", "specialty": "maintenance_systemes", "option": "C"}),
    )
    # (a case each: the page loaded whole from its address, Watched.next_page)
    visit = visits.take(viewport=size, fixed_time=documents.end + dt.timedelta(days=2))
    for kind, answers in cases:
        page = visit.next_page()
        page.clock.set_fixed_time(documents.end + dt.timedelta(days=2))
        page.goto(origin + url_of(notice) + "#" + urlencode(answers))
        ready(page)
        data = json.loads(page.inner_text("#bts-checklist-data"))
        date = data["dates"]["attestations"]
        short = data["bar_dates"]["attestations"]  # (on the bar, on one line: phone55 M1)
        # (the pieces saying that date, or under its heading: the list on two dates, grouped by date, fixgroups)
        due = page.eval_on_selector_all(
            "#bts-checklist-output [data-document]",
            """(items, date) => items.filter((li) => [...li.querySelectorAll('.bts-checklist-when')].some((p) => p.textContent.includes(date))
                                                || (li.parentElement.previousElementSibling || {}).matches?.('h4.bts-checklist-documents-date')
                                                   && li.parentElement.previousElementSibling.textContent.includes(date))
                                 .map((li) => li.querySelector('.bts-checklist-document-label').textContent)""", date)
        bar = " ".join(page.text_content("#bts-checklist-summary [data-summary=next]").split())
        if kind == "one":
            assert len(due) == 1, due
            assert bar == " ".join(typography(t.text("checklist_page.summary_next_piece", piece=due[0], date=short)).split()), bar
            assert page.text_content("#bts-checklist-summary .bts-checklist-summary-piece") == due[0]
            assert UNNAMED_PIECE not in bar
            if size is not DESKTOP:  # what a screen reader says: the whole label, nothing the cut adds (« … », its zero-width start)
                # (and the date whole, its month not abbreviated: a11y67 L4)
                said = " ".join(bar.split()).replace(" ".join(short.split()), " ".join(data["bar_said"]["attestations"].split()))
                assert said != " ".join(bar.split()) and said in accessible(page, "#bts-checklist-summary")[0]
        else:
            assert len(due) > 1, due
            assert bar == " ".join(typography(t.text("checklist_page.summary_next_pieces", count=len(due), date=short)).split()), bar
        if size is DESKTOP:
            assert page.is_hidden("#bts-checklist-summary")
        else:
            named = bar_lines(page)
            assert named["overflow"] <= 0 and named["page"] <= 0, named
            if kind == "one":
                # the label's end in view, whole; its start cut (the label is longer than the box at these widths)
                parts = page.eval_on_selector("#bts-checklist-summary .bts-checklist-summary-piece", """(piece) => {
                    const [start, end] = [piece.querySelector('.bts-checklist-summary-start'), piece.querySelector('.bts-checklist-summary-end')];
                    const box = piece.getBoundingClientRect(), e = end.getBoundingClientRect();
                    return { end: end.textContent, endWhole: end.scrollWidth <= end.clientWidth + 1 && e.right <= box.right + 1 && e.width > 0,
                             startCut: start.scrollWidth > start.clientWidth, startShown: start.clientWidth > 0 }; }""")
                assert parts == {"end": "(R408)", "endWhole": True, "startCut": True, "startShown": True}, parts
            # the same bar with the words it had before (its date short, in the words' flow), then with a label of 200 characters
            page.eval_on_selector("#bts-checklist-summary [data-summary=next]",
                                  "(next, words) => { next.classList.remove('bts-checklist-summary-dated'); next.textContent = words; }",
                                  typography(f"{UNNAMED_PIECE} : {short}"))
            before = bar_lines(page)
            assert named["height"] <= before["height"] and named["lines"] <= before["lines"], (kind, named, before)
            if kind == "one":
                # a long end, Aix-Marseille 2023's: whole, the start shortened to its « … » alone (it was cut to
                # « Att… (langue obligatoire dite… »); then an end wider than the box, cut too
                for start, end in (("Attestation " * 17, "(R408)"), ("Attestation de formation", "(langue obligatoire dite rare)"),
                                   ("Attestation " * 17, "de " * 40 + "pied")):
                    page.eval_on_selector("#bts-checklist-summary [data-summary=next]", "(next, words) => { next.replaceChildren(); "
                                          "next.classList.add('bts-checklist-summary-dated'); "
                                          "const what = document.createElement('span'); what.className = 'bts-checklist-summary-what'; "
                                          "const when = document.createElement('span'); when.className = 'bts-checklist-summary-when'; "
                                          "const piece = document.createElement('span'); piece.className = 'bts-checklist-summary-piece'; "
                                          "const start = document.createElement('span'); start.className = 'bts-checklist-summary-start'; "
                                          "start.textContent = words[0]; const end = document.createElement('span'); "
                                          "end.className = 'bts-checklist-summary-end'; end.textContent = words[1]; "
                                          "piece.append(start, ' ', end); what.append(piece, words[2]); when.textContent = words[3]; "
                                          "next.append(what, ' ', when); }",
                                          [start.strip(), end, typography(" :"), short])
                    long = bar_lines(page)
                    assert long["height"] <= before["height"] and long["overflow"] <= 0 and long["page"] <= 0, (long, before)
                    if "rare" in end:
                        parts = page.eval_on_selector("#bts-checklist-summary .bts-checklist-summary-piece", """(piece) => {
                            const [start, end] = [piece.querySelector('.bts-checklist-summary-start'), piece.querySelector('.bts-checklist-summary-end')];
                            const box = piece.getBoundingClientRect(), e = end.getBoundingClientRect();
                            const dots = document.createElement('span'); dots.textContent = '…'; piece.after(dots);
                            const room = dots.getBoundingClientRect().width; dots.remove();
                            return { endWhole: end.scrollWidth <= end.clientWidth + 1 && e.right <= box.right + 1,
                                     dotsFit: start.clientWidth >= room, startCut: start.scrollWidth > start.clientWidth }; }""")
                        assert parts == {"endWhole": True, "dotsFit": True, "startCut": True}, parts
        assert problems(visit) == []
    visit.close()


@pytest.mark.parametrize("size", [{"width": 320, "height": 740}, PHONE, {"width": 412, "height": 740}], ids=["320px", "360px", "412px"])
def test_the_summary_bar_never_shows_a_stump_of_the_piece_s_first_word(notices, origin, visits, size):
    """phone47 L2: Toulouse 2024's « Formulaire d'inscription à l'épreuve facultative « engagement étudiant » » read
    « For… « engagement étudiant » » at 360 px, a stump that reads like a glitch. The start of the bar's piece shows at
    least its first word with its « … », or its « … » alone (as beside a long end); measured again when the width
    changes. Nantes 2026's R408 attestation (« Attestation de formation rel… (R408) ») keeps its start."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    documents = next(d for d in notice.deadlines if d.id == "documents")
    visit = visits.take(viewport=size, fixed_time=documents.end + dt.timedelta(days=2))
    page = visit.page
    answers = {"situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    measure = """(piece) => {
        const start = piece.querySelector('.bts-checklist-summary-start'), text = start.firstChild;
        const word = document.createRange(); word.setStart(text, 0); word.setEnd(text, text.textContent.search(/\\s|$/));
        const em = parseFloat(getComputedStyle(start).fontSize);
        return { shown: start.clientWidth, cut: start.scrollWidth > start.clientWidth, word: word.getBoundingClientRect().width, em }; }"""
    piece = "#bts-checklist-summary .bts-checklist-summary-piece"
    seen = page.eval_on_selector(piece, measure)
    assert seen["cut"] and seen["shown"] >= seen["word"], seen  # « Attestation de formation rel… »
    # Toulouse 2024's label in its place, the bar measured again at its width
    page.eval_on_selector(piece, """(piece) => {
        piece.querySelector('.bts-checklist-summary-start').textContent = "Formulaire d’inscription à l’épreuve facultative";
        piece.querySelector('.bts-checklist-summary-end').textContent = "« engagement étudiant »"; }""")
    page.evaluate("window.dispatchEvent(new Event('resize'))")
    seen = page.eval_on_selector(piece, measure)
    assert not seen["cut"] or seen["shown"] >= seen["word"] or seen["shown"] <= seen["em"] + 1, seen
    # its end whole, measured unrounded (read56 L2: at 320, 360 and 412 px the bar showed « … « engagement étudian… : »:
    # the end's room, the box less the start's « … » and the space, came out 0.03 px narrower than its words, which
    # scrollWidth and clientWidth, whole pixels, both gave as 151 px, while the browser put its « … » in)
    end = page.eval_on_selector(piece, """(piece) => { const end = piece.querySelector('.bts-checklist-summary-end');
        const words = document.createRange(); words.selectNodeContents(end);
        return { words: words.getBoundingClientRect().width, room: end.getBoundingClientRect().width }; }""")
    assert end["words"] <= end["room"], end
    assert page.text_content(piece).startswith("Formulaire d’inscription")  # (a screen reader: the whole label)
    assert problems(visit) == []
    visit.close()


def test_the_specialty_manager_is_a_contact_with_its_phone_to_tap_and_the_notice_s_line(notices, content, origin, visits):
    """Toulouse 2024, NDRC: the manager of the candidate's specialty as the other contacts, « Téléphone : » and a tel:
    link (phone52 L1: a plain number after a long list), then its row in the notice's words, as the notice page's column
    « Ligne de la notice » (read52 L1: the guide's names were called the notice's line); the same as the build's answer
    (answer.py) and the command line (tests/checklist/test_specialty_manager.py)."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist

    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    answers = {"department": "31", "situation": "experience", "specialty": "ndrc"}
    visit = visits.take(viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    t = notice.texts
    item = page.locator("#bts-checklist-output .bts-checklist-contacts > li", has=page.locator("strong", has_text=t.text("contacts.specialty_manager")))
    assert item.count() == 1
    assert item.locator("a[href='tel:+33536257128']").inner_text().replace("\u00a0", " ") == "05 36 25 71 28"
    words = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    shown = words(item.inner_text())
    notice_words = "BTS Assurance, ATI, Edition, NDRC, Métiers de l'Audiovisuel, Management Opérationnel de la Sécurité"
    assert words(typography(t.text("contacts.specialty_words", words=notice_words))) in shown, shown
    assert words(typography(t.text("contacts.phone", phone="05 36 25 71 28"))) in shown, shown
    # the build's answer for the same answers: the same contacts, the same links
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, answers)
    view = checklist_view(notice, content)
    built = render_checklist(dataclasses.replace(view, answer=answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})), notice.texts)
    contacts = re.search(r'<ul class="bts-checklist-contacts">(.*?)</ul>\n', built, re.S).group(1)
    assert words(html.unescape(re.sub(r"<[^>]+>", " ", contacts))).replace(" .", ".") in words(page.inner_text("#bts-checklist-output .bts-checklist-contacts")) or \
        words(html.unescape(re.sub(r"<[^>]+>", "", contacts.replace("<li", " <li").replace("<br>", " ")))) == words(page.inner_text("#bts-checklist-output .bts-checklist-contacts")), (contacts,)
    assert re.findall(r'href="(tel:[^"]+)"', contacts) == page.eval_on_selector_all("#bts-checklist-output .bts-checklist-contacts a[href^='tel:']", "as => as.map(a => a.getAttribute('href'))")
    assert problems(visit) == []
    visit.close()


def test_engagement_etudiant_then_no_optional_exam_is_said_next_to_the_count(notices, origin, visits):
    """Nantes 2026: « Oui » to « engagement étudiant », then « Aucune » optional exam (the question counts it): the
    engine's warning (content/checklist.yaml: engagement_etudiant_counted) next to the count's answer and in the list
    (phone52 L3: the printed answers contradicted each other, nothing said)."""
    notice = next(n for n in notices if (n.slug, n.year) == ("nantes", 2026))
    answers = {"department": "44", "situation": "in_person", "route": "formation_continue", "engagement_etudiant": "yes", "optional_exams": "0"}
    visit = visits.take(viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    sent = ready(page)
    wid = "engagement_etudiant_counted"
    assert wid in page.eval_on_selector_all("#q-optional_exams + .bts-checklist-note [data-warning-here]", "els => els.map(e => e.dataset.warningHere)")
    assert wid in page.eval_on_selector_all("#bts-checklist-output [data-warning]", "els => els.map(e => e.dataset.warning)")
    page.tap("label[for='q-optional_exams-1']")
    ready(page, sent)
    assert wid not in page.eval_on_selector_all("[data-warning-here], #bts-checklist-output [data-warning]", "els => els.map(e => e.dataset.warningHere || e.dataset.warning)")
    assert problems(visit) == []
    visit.close()


# ---------------------------------------------------------------- past, titles


@SIZES
def test_a_session_is_past_in_the_browser_after_its_end_even_without_a_rebuild(notices, origin, visits, size):
    """After the notice's last date, its dates are over (the calendar's button and the bar say so) and registration is
    closed (« Inscriptions closes »), but the session is not past: « Session passée » from the end of the session
    (words.session_end, 1 September 2026; staffwalk52 M2), as the build decides it."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)  # open on the build's day (FIXED_TODAY)
    end = last_date(notice)
    seen = {}
    documents = notice.deadline("documents").end.replace(tzinfo=ZoneInfo(notice.tz))  # 19 November 2025, its day's end
    # (a moment each: the page loaded whole at that time, Watched.next_page)
    visit = visits.take(viewport=size, fixed_time=documents - dt.timedelta(days=2))
    for label, moment in (("pieces due", documents - dt.timedelta(days=2)), ("open", end - dt.timedelta(days=2)),
                          ("closed", end + dt.timedelta(days=2)),
                          ("past", dt.datetime(2026, 9, 1, 10, 0, tzinfo=dt.timezone.utc))):
        page = visit.next_page()
        page.clock.set_fixed_time(moment)
        page.goto(origin + url_of(notice))
        page.wait_for_load_state("load")
        seen[label] = (page.get_attribute("#bts-checklist .bts-past", "data-bts-past"), page.is_visible(".bts-past"),
                       page.is_visible("#bts-checklist .bts-closed"))
        assert "Nantes" in page.title() and "2026" in page.title()
        ready(page)
        # the calendar's button says its dates are past (phone47 L3), the bar the pieces asked, not « à déposer »
        seen[label] += (page.inner_text("#bts-checklist-ics").replace("\u00a0", " "),
                        "demandée" in page.inner_text("#bts-checklist-summary [data-summary=documents]"))
        if label == "past":
            # the button follows the marker whenever it changes, not only as it was when the engine's first answer built
            # it (an engine faster than DOMContentLoaded, when past.js shows the marker: the button kept « (.ics) » once
            # in a full run, stop 66)
            for hidden, said in ((True, False), (False, True)):
                page.evaluate("(hidden) => { document.querySelector('#bts-checklist .bts-dates-over').hidden = hidden; }", hidden)
                page.wait_for_function("(said) => document.getElementById('bts-checklist-ics').textContent.includes('dates passées') === said",
                                       arg=said, timeout=10_000)
    visit.close()
    # (« open », 10 December 2025 with no answer: the pieces counted are all due 19 November, over; the 12 December
    # dates left are pieces that depend on an answer (engagement étudiant, attestations). The count says them
    # « demandées » with « Dates passées, à ce stade de vos réponses. » (fixcand59 d1cb377f, review73 M4); « à déposer »
    # while one of the candidate's dates is ahead: « pieces due »)
    assert seen == {"pieces due": (None, False, False, "Ajouter vos dates à votre agenda (.ics)", False),
                    "open": (None, False, False, "Ajouter vos dates à votre agenda (.ics)", True),
                    "closed": (None, False, True, "Ajouter vos dates à votre agenda (.ics) — dates passées", True),
                    "past": ("true", True, False, "Ajouter vos dates à votre agenda (.ics) — dates passées", True)}, seen


def test_between_the_closing_and_the_end_of_the_session_the_browser_says_registration_is_closed(notices, browser):
    """Toulouse 2024 closes on 15 November 2023, its last date is 15 January 2024, its session ends on 31 August 2024.
    Its page, built before the closing, carries the « Inscriptions closes » box hidden; past.js shows it in between,
    from today's date, naming the next date while one remains, and hides it before and after (then « Session passée »
    says it). The box as the build writes it, with past.js."""
    from generator.site.pages import notice_page

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    closing, end = notice.closing, last_date(notice)
    markdown = notice_page(notice, closing.date() - dt.timedelta(days=10))
    box = re.search(r'<div class="admonition info bts-closed".*?</ul>\n</div>\n</div>', markdown, re.S).group(0)
    assert " hidden" in box.split(">")[0]
    assert 'data-bts-closed-at="2023-11-15T17:00"' in box  # the notice gives the closing's hour
    paris = ZoneInfo(notice.tz)
    documents = notice.deadline("documents").end.replace(tzinfo=None)  # 22 November 2023, 23:59 (no hour given)
    seen, named = {}, {}
    visit = Watched(browser, "about:blank")
    for label, moment in (("open", closing - dt.timedelta(days=1)),
                          ("closing day, before the hour", closing.replace(tzinfo=paris) - dt.timedelta(minutes=5)),
                          ("closing day, after the hour", closing.replace(tzinfo=paris) + dt.timedelta(minutes=5)),
                          ("closed", closing + dt.timedelta(days=2)),
                          ("documents' day, its last minute", documents.replace(tzinfo=paris, second=30)),
                          ("documents' day over", documents.replace(tzinfo=paris) + dt.timedelta(minutes=1)),
                          ("last day", end - dt.timedelta(hours=1)), ("dates over", end + dt.timedelta(days=2)),
                          ("session's last day", dt.datetime(2024, 8, 31, 20, 0, tzinfo=paris)),
                          ("past", dt.datetime(2024, 9, 1, 8, 0, tzinfo=paris))):
        page = visit.next_page()  # (a new document each time, past.js run in it at that moment)
        page.clock.set_fixed_time(moment)
        page.set_content(f"<!DOCTYPE html><html lang=fr><body>{box}</body></html>")
        page.add_script_tag(path=str(ROOT / "site_overrides" / "assets" / "past.js"))
        seen[label] = page.is_visible(".bts-closed")
        # the session's next date, named (phone50 L2: « D'autres dates de cette session restent à venir », not which)
        named[label] = page.eval_on_selector_all(".bts-closed li", "els => els.filter((e) => e.offsetParent).map((e) => e.dataset.btsUntil)")
    visit.close()
    # registration stays closed after the last date, until the session is over (staffwalk52 M2: it was « Session passée »)
    assert seen == {"open": False, "closing day, before the hour": False, "closing day, after the hour": True,
                    "closed": True, "documents' day, its last minute": True, "documents' day over": True,
                    "last day": True, "dates over": True, "session's last day": True, "past": False}
    assert named == {"open": [], "closing day, before the hour": [], "closing day, after the hour": ["2023-11-22T23:59"],
                     "closed": ["2023-11-22T23:59"], "documents' day, its last minute": ["2023-11-22T23:59"],
                     "documents' day over": ["2024-01-10T23:59"], "last day": ["2024-01-15T23:59"], "dates over": [],
                     "session's last day": [], "past": []}, named
    assert "15\u00a0novembre\u00a02023 à\u00a017" in box and "D'autres dates" not in box.replace("’", "'")
    assert "Prochaine date de cette session" in box and "au plus tard le mercredi 22\u00a0novembre\u00a02023" in box
    # an admonition's own display would show it while hidden: the site's stylesheet hides it
    assert re.search(r"\.bts-closed\[hidden\]", (ROOT / "docs" / "assets" / "bts.css").read_text(encoding="utf-8"))


def test_a_page_past_at_build_time_says_so_without_javascript_and_points_to_where_to_go_now(notices, origin, browser):
    """Nantes 2024 (individual candidates): past; the guide's newer notice, 2026, is for establishments: the
    page points to the academy's site first, then names the 2026 notice as other candidates' (the link to a newer
    session of the same audience: test_first_answer)."""
    old = next(n for n in notices if n.slug == "nantes" and n.year == 2024)
    visit = Watched(browser, origin, viewport=PHONE, java_script_enabled=False)
    page = visit.page
    page.goto(origin + url_of(old))
    assert page.is_visible(".bts-past") and "Session passée" in page.inner_text(".bts-past")
    # at the body's size, not the theme's smaller admonition text (phone49 L9)
    sizes = page.evaluate("""() => [getComputedStyle(document.querySelector('.bts-past p:not(.admonition-title)')).fontSize,
                                    getComputedStyle(document.querySelector('.md-typeset')).fontSize]""")
    assert sizes[0] == sizes[1], sizes
    # the notice's warnings and the box pointing to the other audience's notice too, on a notice page and on the
    # checklist's (phone49 L9, rest: « Certaines pièces sont à déposer plus tard… » at 12.8 px)
    establishments = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    for path in (f"/{establishments.slug}/{establishments.year}/", url_of(establishments)):
        page.goto(origin + path)
        boxes = page.eval_on_selector_all(".md-typeset .admonition:is(.bts-step-warning, .bts-routing)", """els => els.map((e) =>
            [e.className, getComputedStyle(e.querySelector('p:not(.admonition-title)')).fontSize, getComputedStyle(e.closest('.md-typeset')).fontSize])""")
        assert boxes and all(size == body for _, size, body in boxes), (path, boxes)
        assert path.endswith("liste-personnalisee/") or any("bts-step-warning" in c for c, _, _ in boxes), (path, boxes)
    page.goto(origin + url_of(old))
    links = page.eval_on_selector_all(".bts-past a", "els => els.map(a => a.getAttribute('href'))")
    assert links == [str(old.academy.website), "../../2026/"]
    assert page.is_hidden("#bts-checklist-form") and page.is_visible("#bts-checklist-output [data-document]")
    assert "JavaScript" in page.inner_text("#bts-checklist")
    titles = set()
    pointers = 0
    for notice in notices:
        page.goto(origin + url_of(notice))
        title = page.title()
        assert notice.academy.name in title and str(notice.year) in title
        assert notice.academy.name in page.inner_text("h1")
        titles.add(title)
        # the key dates' pointers to « Dates à retenir » need the script: plain words, not a button (disabled, a
        # screen reader announced it as unavailable: a review), no Tab stop that does nothing, read as their line
        found = page.locator("#bts-checklist-output .bts-checklist-to-dates")
        assert page.locator("#bts-checklist-output button").count() == 0, notice.slug
        assert all(found.nth(i).evaluate("p => p.tagName") == "SPAN" for i in range(found.count())), notice.slug
        assert all(found.nth(i).evaluate("p => getComputedStyle(p).textDecorationLine === 'none' && getComputedStyle(p).color === getComputedStyle(p.parentElement).color")
                   for i in range(found.count())), notice.slug
        pointers += found.count()
    assert len(titles) == len(notices) and pointers
    visit.close()
    # The same page when the engine cannot run (WebAssembly refused): the build's answer and the fallback.
    visit = Watched(browser, origin, viewport=PHONE)
    visit.page.route("**/*.wasm", lambda route: route.abort())
    visit.page.goto(origin + url_of(old))
    visit.page.wait_for_selector("#bts-checklist[data-state=failed]", state="attached", timeout=READY_TIMEOUT)
    assert visit.page.is_visible("#bts-checklist-output [data-document]") and visit.page.is_visible("#bts-checklist-failure")
    failures = axe(visit.page)
    visit.close()
    assert failures == []


# ---------------------------------------------------------------- calendar and print


def test_the_calendar_reminds_each_deadline_and_the_print_shows_the_answers(notices, content, origin, visits):
    """The candidate's calendar: each date's reminders (VALARM), 7 days and 1 day before, made before the session's
    dates (the page read on the day before its first one); made after them, none (phone49 L7: « Demain — … » for dates
    three years gone)."""
    notice = notices[0]
    ruleset_answers = {"situation": "repeater", "nationality": "foreign"}
    first = min(d.end for d in notice.deadlines if d.given)
    visit = visits.take(viewport=PHONE, fixed_time=first - dt.timedelta(days=30))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(ruleset_answers.items())))
    ready(page)
    with page.expect_download() as info:
        page.click("#bts-checklist-ics")
    cal = icalendar.Calendar.from_ical(Path(info.value.path()).read_bytes())
    events = cal.walk("VEVENT")
    assert events
    # each event's description is the site's calendar's for the same date (its words once), then the list's address;
    # but for the pieces the notice lets candidates deposit later under a « délai de rigueur » (« Sauf pour … »): the
    # site's says the notice's, the candidate's those of their own pieces (checklist.js: lateExceptions): here none
    # listed, one still depending on an answer (the R 408 attestation: fixsmall62, checklist_page.strict_late_undecided)
    site = {str(e["UID"]): str(e.get("DESCRIPTION", "")) for e in icalendar.Calendar.from_ical(ics.calendar(notice)).walk("VEVENT")}
    later = typography(notice.texts.text("dates.late_deposit", label="", late="")).split("«")[0]
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, engine.normalise(ruleset, ruleset_answers))
    flat = lambda text: " ".join(typography(str(text)).replace("\u202f", " ").replace("\u00a0", " ").replace("\u2019", "'").split())  # noqa: E731
    late = lambda doc: notice.texts.text("checklist.late_deposit", words=doc["late_deposit"], office=ruleset["academy"].get("office_reach", ""))  # noqa: E731
    own = {}
    for doc in result["documents"]:
        if doc["late_deposit"]:
            own.setdefault(doc["deadline"], []).append(flat(notice.texts.text("checklist_page.strict_late", label=doc["label"], late=late(doc))))
    for doc in result["undecided"]:
        if doc.get("late_deposit"):
            own.setdefault(doc["deadline"], []).append(flat(notice.texts.text("checklist_page.strict_late_undecided", label=doc["label"], late=late(doc))))
    assert own, result["undecided"]  # (the case the candidate's lines are checked on)
    said = []
    for event in events:
        *words, address = str(event["DESCRIPTION"]).split("\n")
        expected = [line for line in site[str(event["UID"])].split("\n") if not line.startswith(later)]
        theirs = own.get(str(event["UID"]).split("@")[0].removeprefix(f"{notice.slug}-{notice.year}-"), [])
        mine = [w for w in words if flat(w) in theirs]
        said += mine
        assert [w for w in words if flat(w) not in theirs] == expected and address.startswith(origin + url_of(notice)), (words, expected)
        assert [flat(w) for w in mine] == theirs, (words, theirs)
    assert len(said) == sum(map(len, own.values())), (said, own)
    for event in events:
        summary = str(event["SUMMARY"])
        assert summary.startswith(f"BTS {notice.academy.name} {notice.year}"), summary
        uid = str(event["UID"])
        alarms = event.walk("VALARM")
        if uid.endswith("-opening@bts-guide"):
            assert alarms == []
            continue
        start = event["DTSTART"].dt
        if isinstance(start, dt.datetime):  # 9:00 in the academy's time zone, 7 days and 1 day before (generator/site/ics.py)
            local = start.astimezone(ZoneInfo(notice.tz))
            rings = [dt.datetime.combine(local.date() - dt.timedelta(days=n), dt.time(9, 0), tzinfo=local.tzinfo) for n in (7, 1)]
            expected = [r.astimezone(dt.timezone.utc) - start.astimezone(dt.timezone.utc) for r in rings]
        else:
            expected = [-dt.timedelta(days=6, hours=15), -dt.timedelta(hours=15)]
        if alarms:
            assert [a["TRIGGER"].dt for a in alarms] == expected and all(summary in str(a["DESCRIPTION"]) for a in alarms)
    assert any(e.walk("VALARM") for e in events)
    page.emulate_media(media="print")
    answers = page.locator("#bts-checklist-output .bts-checklist-answers")
    assert answers.is_visible()
    assert sorted(answers.locator("[data-answer]").evaluate_all("els => els.map(e => e.dataset.answer)")) == sorted(ruleset_answers)
    assert page.is_hidden("#bts-checklist-form") and page.is_hidden("#bts-checklist-summary")
    # read after the session's last date: the same events, no reminder
    last = max([d.end for d in notice.deadlines if d.given] + [notice.closing])
    later = visit.next_page()
    later.clock.set_fixed_time(last + dt.timedelta(days=2))
    later.goto(origin + url_of(notice) + "#" + urlencode(sorted(ruleset_answers.items())))
    ready(later)
    with later.expect_download() as info:
        later.click("#bts-checklist-ics")
    after = icalendar.Calendar.from_ical(Path(info.value.path()).read_bytes()).walk("VEVENT")
    assert len(after) == len(events) and not any(e.walk("VALARM") for e in after)
    # and its bar: the pieces asked for that session, not « à déposer » (phone49 L7)
    assert later.is_visible(".bts-past")
    assert later.text_content("#bts-checklist-summary [data-summary=documents]").endswith("demandées")
    visit.close()


# ---------------------------------------------------------------- offline, snapshot

REGISTRATIONS = "async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort()"


def test_after_a_first_visit_the_checklist_starts_from_the_cache_and_works_offline(notices, origin, browser):
    """Same browser context (a returning candidate): the service worker and the engine's snapshot;
    nothing of the answers stored; no CSP violation from the service worker or the snapshot.

    One service-worker registration, for the page's folder, serves the page and the engine's worker
    (its script is in that folder); the registration earlier versions made for assets/checklist/
    (where the worker was) is removed. Pyodide's files, asked for by the worker before Pyodide asks,
    are downloaded once. Another build's Pyodide and standard library are removed from the cache,
    unless a checklist page kept there (another academy's, visited before a rebuild) names them."""
    notice = notices[0]
    secret = {"situation": "repeater", "birth_date": "1987-06-05"}
    visit = Watched(browser, origin, viewport=PHONE)
    page = visit.page
    page.goto(origin + f"/{notice.slug}/{notice.year}/")
    old_scope = origin + "/assets/checklist/"
    page.evaluate("(scope) => navigator.serviceWorker.register('/bts-checklist-sw.js', { scope })", old_scope)
    assert page.evaluate(REGISTRATIONS) == [old_scope]
    # A standard library of an earlier build, and Pyodide's own (earlier versions booted with it), kept by an
    # earlier visit: removed from the cache, as another Pyodide's files are.
    old_stdlib = origin + "/" + pyodide_dir() + "bts-stdlib-0000000000000000.zip"
    pyodides_own = origin + "/" + pyodide_dir() + "python_stdlib.zip"
    old_pyodide = origin + "/assets/pyodide/0.0.1/pyodide.asm.wasm"
    # Two checklist pages an earlier visit kept, of earlier builds: one names its Pyodide and its library, the other
    # (an earlier version of the page) only its Pyodide, whose own zip it boots with. What they name stays.
    kept = {
        "/kept-a/2000/liste-personnalisee/": ("../../../assets/pyodide/0.0.2/", "../../../assets/pyodide/0.0.2/bts-stdlib-1111111111111111.zip"),
        "/kept-b/2000/liste-personnalisee/": ("/assets/pyodide/0.0.3/", None),
    }
    # A third, of a session whose registrations ended long ago: what it names is removed (no use offline, kept for ever).
    kept_past = ("/kept-c/1999/liste-personnalisee/", "/assets/pyodide/0.0.4/")
    old_pyodides = [old_pyodide, origin + kept_past[1] + "pyodide.asm.wasm"]
    still_named = [origin + "/assets/pyodide/0.0.2/" + name for name in ("pyodide.asm.wasm", "bts-stdlib-1111111111111111.zip")]
    still_named += [origin + "/assets/pyodide/0.0.3/" + name for name in ("pyodide.asm.wasm", "python_stdlib.zip")]
    # The files named by their content (?v=): an earlier version of the page's script is removed, unless a kept
    # page names it (kept-a); the one only the past page names is removed too.
    script = origin + "/assets/checklist/checklist.js"
    old_versions = [script + "?v=0000000000000000", script + "?v=2222222222222222"]
    still_named.append(script + "?v=1111111111111111")
    for old in (old_stdlib, pyodides_own, *old_pyodides, *old_versions, *still_named):
        page.evaluate("async (url) => (await caches.open('bts-checklist')).put(url, new Response('old'))", old)
    past_box = '<div class="admonition warning bts-past" data-bts-past-after="1999-11-15" data-bts-timezone="Europe/Paris" hidden></div>'
    for path, (pyodide, library), body in [*((p, v, "") for p, v in kept.items()), (kept_past[0], (kept_past[1], None), past_box)]:
        tag = f'<script type="module" async id="bts-checklist-boot" data-pyodide="{pyodide}"' + (f' data-stdlib="{library}"' if library else "") + "></script>"
        version = {"/kept-a/2000/liste-personnalisee/": "1111111111111111", kept_past[0]: "2222222222222222"}.get(path)
        if version:
            tag += f'<script src="../../../assets/checklist/checklist.js?v={version}"></script>'
        page.evaluate(
            "async ([url, text]) => (await caches.open('bts-checklist')).put(url, new Response(text, { headers: { 'content-type': 'text/html; charset=utf-8' } }))",
            [origin + path, f"<!doctype html><html><head>{tag}</head><body>{body}</body></html>"],
        )
    page.goto(origin + url_of(notice) + "#" + urlencode(sorted(secret.items())))
    ready(page)
    assert page.get_attribute("#bts-checklist", "data-snapshot") == "booted"
    page.wait_for_selector("#bts-checklist[data-offline=ready]", state="attached", timeout=READY_TIMEOUT)
    assert page.evaluate(REGISTRATIONS) == [origin + url_of(notice)]
    worker = [u for u in visit.requests if urlsplit(u).path.endswith("/worker.js")]
    assert worker and all(urlsplit(u).path == url_of(notice) + "worker.js" for u in worker), worker
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", stdlib.file_name(), "pyodide-lock.json"):
        asked = [u for u in visit.requests if urlsplit(u).path.endswith("/" + name)]
        # The two modules are asked for once more, after the first answer, to be kept (worker.js).
        assert len(asked) == (2 if name.endswith(".mjs") else 1), (name, asked)
    # Pyodide boots with the checklist's standard library (generator/checklist/stdlib.py), never its own.
    assert not [u for u in visit.requests if u.endswith("/python_stdlib.zip")]
    stored = page.evaluate(
        """async () => { const found = {};
             for (const name of await caches.keys()) {
               const cache = await caches.open(name);
               found[name] = [];
               for (const request of await cache.keys()) {
                 const body = new Uint8Array(await (await cache.match(request)).arrayBuffer());
                 found[name].push([request.url, body.length, new TextDecoder('latin1').decode(body).includes('1987-06-05')]);
               }
             }
             return found; }"""
    )
    assert set(stored) == {"bts-checklist", "bts-checklist-snapshot"}
    urls = [u for entries in stored.values() for u, _, _ in entries]
    assert any(u.endswith("pyodide.asm.wasm") for u in urls) and any(u.endswith(url_of(notice)) for u in urls)
    assert not any("#" in u or "1987" in u or "search_index" in u for u in urls), urls
    assert old_stdlib not in urls and pyodides_own not in urls and any(u.endswith("/" + stdlib.file_name()) for u in urls), urls
    assert not any(u in urls for u in old_pyodides + old_versions) and all(u in urls for u in still_named), urls
    assert any(u.startswith(script + "?v=") and u not in still_named for u in urls), urls  # this page's own
    assert not any(found for entries in stored.values() for _, _, found in entries), "an answer is in the cache"
    page.goto("about:blank")
    before = len(visit.requests)
    page.goto(origin + url_of(notice))
    ready(page)
    assert page.get_attribute("#bts-checklist", "data-snapshot") == "restored"
    # Restored: the engine is in the snapshot, its text is not asked for.
    assert not [u for u in visit.requests[before:] if "/engine.py" in u]
    # A snapshot made with another standard library (the same engine) is not restored: its modules and
    # the library mounted beside them would not match. Pyodide boots, and makes one for this library.
    page.goto(origin + "/")
    page.evaluate(RETAG_SNAPSHOT, "bts-stdlib-0000000000000000.zip")
    page.goto(origin + url_of(notice))
    ready(page)
    assert page.get_attribute("#bts-checklist", "data-snapshot") == "booted"
    page.wait_for_function(SNAPSHOT_OF, arg=stdlib.file_name(), timeout=READY_TIMEOUT)
    page.goto("about:blank")
    visit.context.set_offline(True)
    page.goto(origin + url_of(notice) + "#situation=repeater")
    ready(page)
    assert page.locator("#bts-checklist-output [data-document]").count() > 0
    visit.context.set_offline(False)
    assert problems(visit) == []
    visit.close()


# The stored snapshot, tagged as made with the same engine and another standard library (worker.js: snapshotVersion).
RETAG_SNAPSHOT = """async (library) => {
  const cache = await caches.open('bts-checklist-snapshot');
  const [request] = await cache.keys();
  const response = await cache.match(request);
  const [engine] = response.headers.get('x-bts-snapshot-of').split(' ');
  const headers = { 'content-type': 'application/octet-stream', 'x-bts-snapshot-of': engine + ' ' + library };
  await cache.put(request, new Response(await response.arrayBuffer(), { headers }));
}"""


# The stored snapshot was made with this standard library (its tag's second word).
SNAPSHOT_OF = """async (library) => {
  const cache = await caches.open('bts-checklist-snapshot');
  const [request] = await cache.keys();
  const response = request && await cache.match(request);
  return Boolean(response) && response.headers.get('x-bts-snapshot-of').split(' ')[1] === library;
}"""


# ---------------------------------------------------------------- keyboard


# The focused element once its transitions are over (the theme's « Aller au contenu » fades in, the search opens):
# null on the page itself; else where it is and whether it can be seen. Transitions of paint only (a colour, a shadow)
# change nothing measured here (box, visibility, opacity, drawer, what is at the stop's middle): not waited for
# (browser_support.MOVING_ANIMATIONS; waiting for every link's colour was 30 of the 64 s of the two tests, 2026-12-04).
FOCUSED = """async () => {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return null;
  // the focus's style and layout, two frames later; in the header the theme reacts a little later (the search opens),
  // and a transition (the skip link fades in) is waited for: each stop is measured as it ends, not on its way
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  if (e.closest('.md-header, .md-search')) await new Promise((r) => setTimeout(r, 150));
  await Promise.race([Promise.allSettled((MOVING_ANIMATIONS)().map((a) => a.finished)), new Promise((r) => setTimeout(r, 1000))]);
  const box = e.getBoundingClientRect();
  const drawer = e.closest('.md-sidebar--primary');
  // under the phone's summary bar (sticky at the bottom of the screen): what is at the stop's middle is the bar
  const bar = document.querySelector('.bts-checklist-summary'), y = box.top + box.height / 2;
  const there = y >= 0 && y < innerHeight ? document.elementFromPoint(Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 1), y) : null;
  return { what: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} « ${(e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40)} »`,
           width: box.width, height: box.height,
           seen: e.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
           closedDrawer: Boolean(drawer) && !document.getElementById('__drawer').checked && getComputedStyle(drawer).position === 'fixed',
           underBar: Boolean(bar && there && bar.contains(there) && !bar.contains(e)) };
}""".replace("MOVING_ANIMATIONS", MOVING_ANIMATIONS)


def invisible_tab_stops(page, limit: int = 250) -> tuple[list[str], int]:
    """Tab from the top of the page to its end: every stop on an element 0 px wide or high or not seen (opacity 0,
    visibility hidden) or in the theme's drawer closed off the screen or under the phone's summary bar, and the number
    of stops. The walk ends when its first stop comes back, the same element (browser_support.FOCUS_MARK; not an equal
    description: another element may read the same, or the same one differently, and the walk ended early or went
    round: test_phone_browser.py's tab_stops, phone64)."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    found, stops, first = [], 0, None
    for _ in range(limit):
        page.keyboard.press("Tab")
        mark, focused = page.evaluate(f"async () => [({FOCUS_MARK})(), await ({FOCUSED})()]")
        if focused is None or mark == first:
            break
        first = first or mark
        stops += 1
        if focused["closedDrawer"]:
            found.append(f"{focused['what']} in the closed drawer")
            continue
        if focused["underBar"]:
            found.append(f"{focused['what']} under the summary bar")
            continue
        if focused["width"] == 0 or focused["height"] == 0 or not focused["seen"]:
            found.append(f"{focused['what']} {focused['width']:.0f}×{focused['height']:.0f} seen={focused['seen']}")
    return found, stops


@SIZES
def test_every_tab_stop_of_the_checklist_and_a_notice_page_is_on_something_seen(notices, origin, visits, size):
    """Tabbing through the checklist page and a notice page never lands on an element that cannot be seen. The theme's
    search box took one such stop: the results' scrolling box, reached after the search box when the theme had closed
    the search on Tab (0 px high on a desktop, in the hidden overlay on a phone; docs/assets/bts.css hides it while closed).
    The search still opens from the keyboard and its results are reached with the arrow keys.
    Nor on the theme's navigation drawer closed off the screen on a phone: its links were Tab stops, some 60 on a notice
    page (docs/assets/bts.css hides it while closed; its menu button is a Tab stop: test_phone_browser.py)."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    visit = visits.take(viewport=size)
    page = visit.page
    # (the home page on a phone: its drawer; on a desktop its stops are the notice page's, a hundred more links)
    for path in (url_of(notice), f"/{notice.slug}/{notice.year}/", *(("/",) if size is PHONE else ())):
        page.goto(origin + path)
        if "liste-personnalisee" in path:
            ready(page)
        found, stops = invisible_tab_stops(page)
        assert stops > 10, (path, stops)
        assert found == [], (path, found)
    # the search, used from the keyboard: its box is a Tab stop, it opens, finds, and the arrow keys reach a result
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.md-search__input')"):
            break
    assert page.evaluate("() => document.activeElement.matches('.md-search__input')")
    page.keyboard.type("pièces", delay=30)
    # (the results of the whole query: a list of its first letters', shown first on a loaded machine, is replaced when
    # the next answer comes, and the focus ArrowDown put in it goes to the page's <body>: test_search_browser.py)
    search_settled(page, "pièces")
    assert page.is_visible(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => Boolean(document.activeElement.closest('.md-search-result__item'))")
    assert problems(visit) == []
    visit.close()


# What the focused element and its focus ring (its outline) take on the screen, and the top of the phone's summary bar.
FOCUS_AND_BAR = """() => {
  const e = document.activeElement, box = e.getBoundingClientRect(), style = getComputedStyle(e);
  const ring = (parseFloat(style.outlineWidth) || 0) + Math.max(parseFloat(style.outlineOffset) || 0, 0);
  const bar = document.getElementById('bts-checklist-summary');
  return { what: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} « ${(e.innerText || e.value || '').trim().slice(0, 30)} »`,
           top: box.top - ring, bottom: box.bottom + ring, barTop: bar.getBoundingClientRect().top,
           barHeight: bar.getBoundingClientRect().height, before: Boolean(bar.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING),
           padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) };
}"""

# Until the focused element has not moved on the screen for 300 ms (what the focus brought into view has come; a
# phone's scrolling can go on for a while), 3 s at most.
SCROLL_ENDED = """() => new Promise((done) => {
  const start = performance.now();
  let last = null, since = start;
  const look = (now) => {
    const top = document.activeElement.getBoundingClientRect().top + ' ' + scrollY;
    if (top !== last) { last = top; since = now; }
    if (now - since >= 300 || now - start > 3000) done(); else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})"""


def test_what_tab_brings_into_view_on_a_phone_stops_above_the_summary_bar_however_tall(notices, origin, visits):
    """The page's scroll-padding-bottom follows the summary bar's height (checklist.js: summaryRoom): a phone walk
    (phone52 L4) found the first screen's « la notice » link focused half under a bar of two lines (142 px, Clermont-
    Ferrand 2024's « …connues…, liste incomplète ») while the padding was 6rem; each Tab stop before the bar is whole
    above it, its focus ring included, the bar made taller here (6rem more) whatever the frozen notices' words (phone54 L5:
    the bar itself got shorter, the link beside the count)."""
    notice = next(n for n in notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    visit = visits.take(viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice))
    ready(page)
    # a bar taller than any words of these notices make it (its height is what counts, not its words): 6rem more
    page.evaluate("() => { document.getElementById('bts-checklist-summary').style.paddingBottom = '6rem'; }")
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    seen = []
    for _ in range(12):
        page.keyboard.press("Tab")
        page.evaluate(SCROLL_ENDED)
        focus = page.evaluate(FOCUS_AND_BAR)
        if not focus["before"] or focus["top"] < 48:  # (the bar, what follows it; the header's own stops)
            continue
        seen.append(focus)
        assert focus["bottom"] <= focus["barTop"], focus
    assert seen, "no Tab stop between the header and the bar"
    assert min(f["barHeight"] for f in seen) > 160, seen  # (the case: a bar taller than the 6rem of before)
    assert all(f["padding"] >= f["barHeight"] for f in seen), seen
    assert problems(visit) == []
    visit.close()


def test_the_answer_is_no_tab_stop_of_its_own_on_a_phone_and_the_bar_still_brings_the_focus_there(notices, origin, visits):
    """phone52 L5: Tab from the bar went to the whole answer (a 10 000 px outline), then into it; the bar's link and
    « Revenir à… » move the focus there (tabindex -1), Tab does not stop on it."""
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    visit = visits.take(viewport=PHONE, is_mobile=True, has_touch=True)
    page = visit.page
    page.goto(origin + url_of(notice) + "#department=31&situation=distance")
    ready(page)
    assert page.get_attribute("#bts-checklist-result", "tabindex") == "-1"
    page.focus("#bts-checklist-summary")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") != "bts-checklist-result"
    assert page.evaluate("() => document.getElementById('bts-checklist-result').contains(document.activeElement)")
    page.focus("#bts-checklist-summary")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'bts-checklist-result'")
    assert axe(page) == []
    assert problems(visit) == []
    visit.close()


# ---------------------------------------------------------------- search index


@SIZES
def test_a_notice_page_fetches_the_search_index_only_when_the_search_is_used(notices, origin, browser, size):
    notice = notices[0]
    visit = Watched(browser, origin, viewport=size)
    page = visit.page
    goto_loaded(page, origin + f"/{notice.slug}/{notice.year}/")
    assert not [u for u in visit.requests if "search_index.json" in u]
    if size is PHONE:
        page.click("label.md-header__button[for=__search]")
    else:
        page.click("input.md-search__input")
    page.locator("input.md-search__input").press_sequentially("pièces")
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    assert [u for u in visit.requests if "search_index.json" in u]
    assert problems(visit) == []
    visit.close()


@pytest.mark.parametrize("path, whole", [
    ("/clermont-ferrand/2024/liste-personnalisee/", {"97-1019", "R. 408"}),
    ("/aix-marseille/2023/liste-personnalisee/", {"97-1019", "R 408"}),
])
def test_laws_and_articles_numbers_stay_whole_in_the_list_the_browser_writes(visits, origin, path, whole):
    """fixphone56: the pages keep « loi n° 97-1019 » whole on a phone (generator/site/text.py, read56 L8), but the list
    checklist.js writes broke them, and article numbers everywhere (« D. 643-15-1 », « R. 408 ») at their space or
    hyphen. At 360 px, in the list the build writes and in the one the browser writes after the engine's answer, every
    number the pages' rule (text._NUMBERED_TEXT) keeps whole is in a span that does not wrap, on one line; the text
    itself unchanged (what a candidate copies)."""
    from generator.site.text import NOWRAP_CLASS, _NUMBERED_TEXT

    def loose(texts: list[str]) -> list[str]:
        """The numbers of ``texts`` (text nodes outside such a span) that the rule would keep whole."""
        return [m.group(0) for t in texts for m in _NUMBERED_TEXT.finditer(t) if m.group(2) or m.group(4) or re.search("[ -]", m.group(3))]

    w = visits.take(viewport=PHONE)
    page = w.page
    built = page.request.get(origin + path).text()
    answer = built.split('id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]
    assert loose(re.split(r'<span class="bts-nowrap">[^<]*</span>|<[^>]*>', html.unescape(answer))) == [], path
    page.goto(origin + path)
    ready(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    found = page.evaluate("""(name) => {
        const texts = [], spans = [];
        const w = document.createTreeWalker(document.getElementById('bts-checklist'), NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          if (n.parentElement.closest('script')) continue;
          if (n.parentElement.closest('.' + name)) continue;
          texts.push(n.data);
        }
        for (const s of document.querySelectorAll('#bts-checklist .' + name))
          spans.push([s.textContent, s.getClientRects().length, getComputedStyle(s).whiteSpace]);
        return { texts, spans }; }""", NOWRAP_CLASS)
    assert loose(found["texts"]) == [], path
    assert whole <= {text for text, _, _ in found["spans"]}, found["spans"]
    assert all(lines == 1 and space == "nowrap" for _, lines, space in found["spans"]), found["spans"]
    assert w.violations() == [] and w.csp_console() == []
    w.close()


def test_a_page_left_open_across_the_closing_switches_the_advice_and_the_box_at_that_minute(notices, origin, browser, visits):
    """fixtext56 left it (read56 L6): Toulouse 2024's contradiction advice (« avant la fermeture du serveur
    d'inscription ») switched to its advice_after_closing only when the page was reloaded, the checklist's at the next
    answer. A page opened two minutes before the closing (15 November 2023, 17:00 in Paris) and left open: at the
    closing's minute, without a reload, the notice page shows the advice for then and « Inscriptions closes », and the
    list (formation continue à distance: the contradiction) says the advice for then (past.js's timer, a clock)."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    [contradiction] = notice.session.contradictions
    before, after = (typography(" ".join(words.split())) for words in (contradiction.advice, contradiction.advice_after_closing))
    closing = notice.closing.replace(tzinfo=ZoneInfo(notice.tz))
    opened = closing - dt.timedelta(minutes=2)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731

    w = Watched(browser, origin, viewport={"width": 360, "height": 800})
    page = w.page
    page.clock.install(time=opened)
    goto_loaded(page, origin + "/toulouse/2024/")  # (past.js started: it switches at DOMContentLoaded what the build wrote)
    shown = lambda: [flat(t) for t in page.locator("[data-bts-closing]:not([hidden])").all_inner_texts()]  # noqa: E731
    assert any(flat(before) in t for t in shown()) and not any(flat(after) in t for t in shown()), shown()
    page.clock.run_for(60_000)  # (16:59: still open)
    assert any(flat(before) in t for t in shown()), shown()
    page.clock.run_for(61_000)  # (17:00 and a second)
    assert any(flat(after) in t for t in shown()) and not any(flat(before) in t for t in shown()), shown()

    # the « Inscriptions closes » box, as a page built before the closing writes it (the frozen site, built after the
    # session, has none): shown at the same minute
    from generator.site.pages import notice_page

    markdown = notice_page(notice, closing.date() - dt.timedelta(days=10))
    box = re.search(r'<div class="admonition info bts-closed".*?</ul>\n</div>\n</div>', markdown, re.S).group(0)
    visit, boxed = _alone_with_past_js(browser, box, opened)
    assert boxed.locator(".bts-closed").is_hidden()
    boxed.clock.run_for(60_000)
    assert boxed.locator(".bts-closed").is_hidden()
    boxed.clock.run_for(61_000)
    assert boxed.locator(".bts-closed").is_visible()
    visit.close()

    checklist = visits.take(viewport={"width": 360, "height": 800}, installed_at=opened)
    page = checklist.page
    page.goto(origin + "/toulouse/2024/liste-personnalisee/#" + urlencode({"situation": "distance", "route": "formation_continue"}))
    ready(page)
    advice = page.locator("#bts-checklist-output .bts-checklist-advice")
    assert advice.count() == 1 and flat(advice.inner_text()) == flat(before), advice.all_inner_texts()
    # the phone bar's next date: the closing, then, at its minute, the pieces' (review70, read58 L2: the closing stayed,
    # past, until the next answer)
    dates = json.loads(page.inner_text("#bts-checklist-data"))["bar_dates"]
    bar = lambda: flat(page.inner_text("#bts-checklist-summary"))  # noqa: E731
    assert flat(dates["registration_closing"]) in bar() and flat(dates["documents"]) not in bar(), bar()
    # « Dates limites »: its closing line said passed from that minute too (NOTE56: under « Inscriptions closes » it
    # read as a date to come), its other lines unchanged
    past = flat(notice.texts.text("checklist.date_past", line=""))
    closing_line = page.locator('#bts-checklist-output .bts-checklist-key-dates [data-key-date="registration_closing"]')
    key_dates = lambda: [flat(t) for t in page.locator("#bts-checklist-output .bts-checklist-key-dates li").all_inner_texts()]  # noqa: E731
    assert closing_line.count() == 1 and not any(past in t for t in key_dates()), key_dates()
    page.clock.run_for(121_000)
    assert advice.count() == 1 and flat(advice.inner_text()) == flat(after), advice.all_inner_texts()
    assert flat(dates["documents"]) in bar() and flat(dates["registration_closing"]) not in bar(), bar()
    assert flat(closing_line.inner_text()).endswith(past), key_dates()
    assert sum(past in t for t in key_dates()) == 1, key_dates()
    # reloaded after the closing: the same, from the marker past.js shows before the first answer
    page.reload()
    ready(page)
    assert flat(closing_line.inner_text()).endswith(past) and sum(past in t for t in key_dates()) == 1, key_dates()
    for watched in (w, checklist):
        assert watched.violations() == [] and watched.csp_console() == [] and watched.errors == []
        watched.close()


def test_a_list_left_open_says_the_bar_s_next_date_once_its_day_is_over(notices, origin, browser):
    """review70 Left: the bar's next date switched only at the closing (past.js's « bts-closing-switched ») or at the next
    answer; a documents date that passed while the list was open stayed in the bar. Toulouse 2024 (frozen), a distance
    learner, the list opened at 23:58:30 on the documents' day (22 November 2023, no hour: « inclus »): the bar says its
    date until the end of that day, as past.js's rule, and no longer at midnight, without an answer. lines76: woken from a
    sleep (« pageshow »), the dates passed meanwhile said passed at once; at the session's end (its own timer), the bar
    says the session past."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    documents = next(d for d in notice.deadlines if d.id == "documents")
    day = documents.end.date()
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    visit = Watched(browser, origin, viewport=PHONE)
    page = visit.page
    install_paused(page, dt.datetime.combine(day, dt.time(23, 58, 30), tzinfo=ZoneInfo(notice.tz)))
    # (the script's timers that write the bar again, pending: those whose function calls summarize)
    page.add_init_script("""(() => {
      const set = window.setTimeout, clear = window.clearTimeout, pending = new Set();
      window.__barTimers = pending;
      window.setTimeout = function (fn, ms, ...rest) {
        const bar = typeof fn === "function" && String(fn).includes("summarize");
        const id = set.call(window, function () { pending.delete(id); return fn.apply(this, arguments); }, ms, ...rest);
        if (bar) pending.add(id);
        return id;
      };
      window.clearTimeout = function (id) { pending.delete(id); return clear.call(window, id); };
    })();""")
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": "31", "situation": "distance"}))
    ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    assert data["over"]["documents"] == dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=ZoneInfo(notice.tz)).isoformat()
    bar = lambda: flat(page.inner_text("#bts-checklist-summary [data-summary=next]"))  # noqa: E731
    assert flat(data["bar_dates"]["documents"]) in bar(), bar()
    page.clock.run_for(60_000)  # (23:59:30: the day is not over)
    assert flat(data["bar_dates"]["documents"]) in bar(), bar()
    # « Dates limites » and « Dates à retenir »: the documents' line said passed at that moment too, without an answer
    # (fixdup57; fixcand57 left it: the closing only), the closing's since the page opened
    past = flat(notice.texts.text("checklist.date_past", line=""))
    documents_lines = lambda: [flat(t) for t in page.locator('#bts-checklist-output [data-key-date="documents"], #bts-checklist-output .bts-checklist-deadlines > [data-deadline="documents"]').all_inner_texts()]  # noqa: E731
    closing_lines = lambda: [flat(t) for t in page.locator('#bts-checklist-output [data-key-date="registration_closing"], #bts-checklist-output [data-registration="closing"]').all_inner_texts()]  # noqa: E731
    assert len(documents_lines()) == 2 and not any(past in t for t in documents_lines()), documents_lines()
    assert len(closing_lines()) == 2 and all(past in t.split("\n")[0] for t in closing_lines()), closing_lines()
    page.clock.run_for(31_000)  # (00:00:01)
    assert flat(data["bar_dates"]["documents"]) not in bar(), bar()
    assert len(documents_lines()) == 2 and all(past in t.split("\n")[0] for t in documents_lines()), documents_lines()
    # then a timer for the next date it reads (the « Traitement … » line, then the « engagement étudiant » piece, still
    # depending on an answer, due later: not « Toutes les dates limites sont passées »)
    assert page.evaluate("window.__barTimers.size") == 1
    # a phone put to sleep with the list open, woken on 11 January 2024 at 01:00: its clock moved on without its timers,
    # the page shown again from the browser's back-forward cache (« pageshow »; lines76): the « Traitement … » line (10
    # January) says its date passed at once, not at the timer's next turn
    processing = page.locator('#bts-checklist-output .bts-checklist-deadlines > [data-deadline="processing"]')
    assert processing.count() == 1 and past not in flat(processing.inner_text()), processing.inner_text()
    woken = dt.datetime.fromisoformat(data["over"]["processing"]) + dt.timedelta(hours=1)
    page.clock.set_system_time(woken)
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))")
    page.clock.run_for(50)
    assert past in flat(processing.inner_text()), processing.inner_text()
    # the bar then says the dates passed or not dated, not all passed: the R408 attestation, the specialty not given, may
    # still be theirs and may be deposited later, at a date the notice does not give (read64 M1; seed 000 l. 88); a
    # timer for the next moment, the last of them the session's end (lines76: the bar's timer left it out, and the bar
    # said « … à ce stade » under the page's « Session passée » until the next answer or a reload): at that instant the
    # bar says the session past, and no timer is left
    pending = flat(notice.texts.text("checklist_page.summary_passed_pending"))
    assert bar() == pending and page.evaluate("window.__barTimers.size") == 1, bar()
    ended = dt.datetime.fromisoformat(data["session_over_at"])
    page.clock.fast_forward(int((ended - woken - dt.timedelta(minutes=1)).total_seconds() * 1000))
    assert bar() == pending and page.evaluate("window.__barTimers.size") == 1, bar()
    page.clock.run_for(61_000)
    assert bar() == flat(typography(notice.texts.text("checklist_page.summary_session_over"))), bar()
    assert page.evaluate("window.__barTimers.size") == 0
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def _clermont_distance_before_the_email_midnight(notices, origin, visits):
    """Frozen Clermont-Ferrand 2024, a distance learner (63), the list opened at 360 px at 23:59:30 on the day of the
    e-mail step's date (14 November 2023) and left open: (visit, page, notice)."""
    notice = next(n for n in notices if n.slug == "clermont-ferrand" and n.year == 2024)
    email = next(d for d in notice.deadlines if d.id == "missing_email")
    visit = visits.take(viewport=PHONE, installed_at=dt.datetime.combine(email.end.date(), dt.time(23, 59, 30), tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": "63", "situation": "distance"}))
    ready(page)
    return visit, page, notice


def test_a_date_named_under_dates_limites_is_said_passed_once_over_as_in_dates_a_retenir(notices, origin, visits):
    """read59 M2: Clermont-Ferrand 2024, a distance learner, the list open on 15 November 2023: « Dates à retenir » said
    the e-mail step's 14 November « — date passée », the line under « Dates limites » that names it (« Une autre date
    limite figure sous « Dates à retenir » : « Signaler … », au plus tard le mardi 14 novembre 2023 … ») did not. The
    frozen session, opened at 23:59:30 on the 14th and left open: at midnight both say it passed (checklist.js keyDates
    from passedDate, as answer.py's _key_dates_more: test_cases_cpython), without an answer."""
    visit, page, notice = _clermont_distance_before_the_email_midnight(notices, origin, visits)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    date = flat(json.loads(page.inner_text("#bts-checklist-data"))["dates"]["missing_email"])
    # (the date the guide's, « — date retenue par le guide »: said passed « … ; date passée », never « … — date retenue
    # par le guide — date passée », two dashes in a row; phone62 L2; text.past_words)
    mark = flat(notice.texts.text("dates.guide_day", date=""))
    past = flat(past_words(notice.texts, date)).removeprefix(date).strip()
    assert date.endswith(mark) and past == flat(notice.texts.text("checklist.date_past_marked", line="")), (date, past)
    more = lambda: flat(page.inner_text("#bts-checklist-output .bts-checklist-key-dates-more"))  # noqa: E731
    listed = lambda: flat(page.inner_text('#bts-checklist-output .bts-checklist-deadlines > [data-deadline="missing_email"]').split("\n")[0])  # noqa: E731
    assert date in more() and not more().endswith(past + ".") and not listed().endswith(past), (more(), listed())
    page.clock.run_for(31_000)  # (00:00:01 on the 15th)
    assert more().endswith(date + " " + past + "."), more()
    assert listed().endswith(past), listed()
    assert mark + " —" not in more() and mark + " —" not in listed(), (more(), listed())
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def test_the_dates_written_again_keep_the_focus_and_the_way_back(notices, origin, visits):
    """review73: since 8a347d6d, a tab shown again writes « Dates limites » and « Dates à retenir » again (redrawDates),
    replacing both blocks each time: the focus on « voir la précision sous « Dates à retenir » » (Clermont-Ferrand
    2024's e-mail step, a candidate gone to read their mail in another tab) was left on the page's body, and the
    « Revenir à … » button under the line it brought into view was gone. Unchanged words: the blocks stay; a date over
    (the 14th's midnight): written again, the focus on the same place and the way back under the same line."""
    visit, page, notice = _clermont_distance_before_the_email_midnight(notices, origin, visits)

    def focused():  # (the focused element: its tag, class, line, words)
        return page.evaluate("""() => { const a = document.activeElement;
            return [a.tagName, a.className.replace(/ ?focus-visible/, ''), (a.closest('[data-deadline], [data-key-date]') || {dataset: {}}).dataset.deadline || null,
                    a.textContent.trim().slice(0, 40)]; }""")

    def shown_again():  # (the tab hidden, then shown again)
        page.evaluate("""() => {
            for (const state of ['hidden', 'visible']) {
              Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
              document.dispatchEvent(new Event('visibilitychange'));
            } }""")

    # (the pointer of « Dates limites »'s documents line, whose date is the guide's reading; the e-mail step's line of
    # « Dates à retenir », over at midnight, makes both blocks written again then)
    pointer = '#bts-checklist-output .bts-checklist-key-dates [data-key-date] .bts-checklist-to-dates'
    key = page.eval_on_selector(pointer, "(e) => e.closest('[data-key-date]').dataset.keyDate")
    assert key != "missing_email", key
    def mark():  # (the focused element and both blocks marked, to see them the same nodes, not copies, after)
        page.evaluate("""() => { document.activeElement.btsKept = true;
            for (const b of document.querySelectorAll('.bts-checklist-key-dates, .bts-checklist-deadlines')) b.btsKept = true; }""")

    def kept():  # (words unchanged: the blocks left as they are and the focus not moved, so nothing is read again)
        return page.evaluate("""() => [document.activeElement.btsKept === true,
            ...[...document.querySelectorAll('.bts-checklist-key-dates, .bts-checklist-deadlines')].map((b) => b.btsKept === true)]""")

    page.focus(pointer)
    before = focused()
    assert before[1] == "bts-checklist-to-dates", before
    mark()
    shown_again()
    page.clock.run_for(200)
    assert focused() == before
    assert kept() == [True, True, True], kept()
    page.keyboard.press("Enter")
    at_line = focused()
    assert at_line[:3] == ["LI", "", key], at_line
    back = f'#bts-checklist-output [data-deadline="{key}"] .bts-checklist-back-to-key-dates'
    assert page.locator(back).count() == 1
    mark()
    shown_again()
    page.clock.run_for(200)
    assert focused() == at_line and page.locator(back).count() == 1
    assert kept() == [True, True, True], kept()
    page.focus(back)
    on_back = focused()
    page.clock.run_for(31_000)  # (00:00:01 on the 15th: the line now « — date passée », written again)
    # (« ; date passée »: the e-mail step's date is the guide's, « — date retenue par le guide »; phone62 L2)
    past = " ".join(notice.texts.text("checklist.date_past_marked", line="").replace("\u00a0", " ").split())
    line = " ".join(page.inner_text('#bts-checklist-output .bts-checklist-deadlines > [data-deadline="missing_email"]').split("\n")[0].replace("\u00a0", " ").split())
    assert line.endswith(past), line
    assert page.locator(back).count() == 1 and focused() == on_back, focused()
    page.keyboard.press("Enter")
    assert focused()[1] == "bts-checklist-to-dates", focused()
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


@pytest.mark.parametrize("on", ["line", "pointer"])
def test_the_line_a_pointer_brought_into_view_keeps_the_focus_when_a_date_passes(notices, origin, visits, on):
    """review76 M2: the focus on a « Dates limites » line (put there by its « voir la précision … » pointer) when another
    date of the block passes, the block written again (Clermont-Ferrand 2024, distance, the e-mail step's midnight on
    the 14th): the focus goes to the same line written again, not to the page's body (removing rewriteKept's
    « focused === line » branch passed every test); the same for the focus on the pointer itself, its « Dates à
    retenir » block written again too (its « same » branch removed passed every test)."""
    visit, page, notice = _clermont_distance_before_the_email_midnight(notices, origin, visits)

    def focused():
        return page.evaluate("""() => { const a = document.activeElement, line = a.closest('[data-deadline], [data-key-date]');
            return [a.tagName, a.className.replace(/ ?focus-visible/, ''), line ? line.dataset.deadline || line.dataset.keyDate : null]; }""")

    pointer = '#bts-checklist-output .bts-checklist-key-dates [data-key-date] .bts-checklist-to-dates'
    key = page.eval_on_selector(pointer, "(e) => e.closest('[data-key-date]').dataset.keyDate")
    assert key != "missing_email", key
    page.focus(pointer)
    block = ".bts-checklist-key-dates"
    if on == "line":
        page.keyboard.press("Enter")
        block = ".bts-checklist-deadlines"
    expected = ["LI", "", key] if on == "line" else [focused()[0], "bts-checklist-to-dates", key]
    assert focused() == expected, focused()
    page.evaluate(f"() => {{ document.querySelector('#bts-checklist-output {block}').btsOld = true; }}")
    page.clock.run_for(31_000)  # (00:00:01 on the 15th: the e-mail step's line « — date passée », the block written again)
    # (« ; date passée »: the e-mail step's date is the guide's, « — date retenue par le guide »; phone62 L2)
    past = " ".join(notice.texts.text("checklist.date_past_marked", line="").replace("\u00a0", " ").split())
    line = " ".join(page.inner_text('#bts-checklist-output .bts-checklist-deadlines > [data-deadline="missing_email"]').split("\n")[0].replace("\u00a0", " ").split())
    assert line.endswith(past), line
    assert page.evaluate(f"() => document.querySelector('#bts-checklist-output {block}').btsOld") is None
    assert focused() == expected, focused()
    assert visit.errors == []
    visit.close()


def _alone_with_past_js(browser, html: str, at: dt.datetime):
    """A part of a page as built (``html``), alone in a page with past.js (no checklist's script), the browser's clock
    installed at ``at``: (visit, page)."""
    visit = Watched(browser, "about:blank")
    page = visit.next_page()
    page.clock.install(time=at)
    page.set_content(f"<!DOCTYPE html><html lang=fr><body>{html}</body></html>")
    page.add_script_tag(path=str(ROOT / "site_overrides" / "assets" / "past.js"))
    return visit, page


def _built_bar_with_past_js_alone(browser, markdown: str, at: dt.datetime):
    """The phone bar of a checklist page as built (``markdown``), alone in a page with past.js: (visit, page)."""
    return _alone_with_past_js(browser, re.search(r'<a class="bts-checklist-summary".*?</a>', markdown, re.S).group(0), at)


def test_the_build_s_bar_s_later_date_is_said_whole_with_past_js_alone(notices, content, browser):
    """a11y68 L: the build's words of a later moment (data-summary="later", shown by past.js before the checklist's
    script writes the bar, or without it) gave a screen reader the short date (« Pièces : 22 nov. 2023 … », « nov. »
    read as the word « nov »). Toulouse 2024's bar as a page built on 5 November 2023, past.js alone with checklist.css,
    opened after the closing (15 November, 17:00): the documents' line shown, the short date on screen, the bar's
    accessible name with the date whole (page data « bar_said », as checklist.js's data-said), not the short one."""
    from generator.checklist.page import checklist_page, checklist_view

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    built = dt.date(2023, 11, 5)
    data = checklist_view(notice, content, today=built).data
    closing = notice.closing.replace(tzinfo=ZoneInfo(notice.tz))
    visit, page = _built_bar_with_past_js_alone(browser, checklist_page(notice, content, today=built), closing + dt.timedelta(minutes=1))
    page.set_viewport_size(PHONE)  # (the bar is hidden on a wide screen)
    page.add_style_tag(path=str(ROOT / "site_overrides" / "assets" / "checklist" / "checklist.css"))
    page.clock.run_for(61_000)  # (past.js's next minute)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    short, whole = flat(data["bar_dates"]["documents"]), flat(data["bar_said"]["documents"])
    shown = flat(page.inner_text("#bts-checklist-summary"))
    assert short in shown and whole not in shown, shown
    name = flat(accessible(page, "#bts-checklist-summary")[0])
    assert whole in name and short not in name and short != whole, (name, whole)
    visit.close()


def test_the_build_s_bar_stops_giving_the_closing_at_its_minute_with_past_js_alone(notices, content, browser):
    """review71 L4: with no result of the checklist's script yet (Pyodide still loading, or not there), the bar the
    build wrote kept « Clôture : … » past the closing until a reload (checklist.js's listener needs a result). Toulouse
    2024's bar as a page built on 5 November 2023 writes it (its next date: the closing, 15 November, 17:00), past.js
    alone, a page opened two minutes before: its closing's words shown until 17:00, hidden from that minute."""
    from generator.checklist.page import checklist_page

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    closing = notice.closing.replace(tzinfo=ZoneInfo(notice.tz))
    markdown = checklist_page(notice, content, today=dt.date(2023, 11, 5))
    visit, page = _built_bar_with_past_js_alone(browser, markdown, closing - dt.timedelta(minutes=2))
    following = lambda: " ".join(page.inner_text("#bts-checklist-summary [data-summary=next]").split())  # noqa: E731
    # (the closing's words, from the texts)
    words = notice.texts.text("checklist_page.summary_next_closing", date="").split()[0]
    assert following().startswith(words) and "2023" in following(), following()
    page.clock.run_for(60_000)  # (16:59: still open)
    assert following().startswith(words), following()
    page.clock.run_for(61_000)  # (17:00 and a second)
    assert following() == "", following()
    assert "pièce" in page.inner_text("#bts-checklist-summary [data-summary=documents]")
    visit.close()


@pytest.mark.parametrize("slug, year, built", [("toulouse", 2024, dt.date(2023, 11, 20)), ("nantes", 2026, dt.date(2025, 10, 1))])
def test_the_build_s_bar_stops_giving_another_date_at_its_moment_with_past_js_alone(notices, content, browser, slug, year, built):
    """fixbar58 (left): the build's bar with past.js alone (no result of the checklist's script yet) hid only a past
    « Clôture : … »; a documents date next in it stayed, past, until a reload. Frozen Toulouse 2024 built on 20
    November 2023 (next: « Pièces : 22 nov. 2023, heure non précisée »), Nantes 2026 built on 1 October 2025 (its
    closing not dated; next: « Pièces : 19 nov. 2025, heure non précisée »), past.js alone, opened 30 seconds before that date is over (page data
    « over »): its words shown until then, hidden from that instant; the count and the link stay."""
    from generator.checklist.page import checklist_page, checklist_view

    notice = next(n for n in notices if n.slug == slug and n.year == year)
    view = checklist_view(notice, content, today=built)
    over = dt.datetime.fromisoformat(view.data["over"]["documents"])
    markdown = checklist_page(notice, content, today=built)
    visit, page = _built_bar_with_past_js_alone(browser, markdown, over - dt.timedelta(seconds=30))
    following = lambda: " ".join(page.inner_text("#bts-checklist-summary [data-summary=next]").split())  # noqa: E731
    assert following().startswith("Pièces") and str(over.year) in following(), following()
    page.clock.run_for(20_000)  # (10 seconds before)
    assert following().startswith("Pièces"), following()
    page.clock.run_for(11_000)  # (its moment and a second)
    assert following() == "", following()
    assert "pièce" in page.inner_text("#bts-checklist-summary [data-summary=documents]")
    assert "Voir votre liste" in page.inner_text("#bts-checklist-summary")
    visit.close()


@pytest.mark.parametrize("which", ["key_dates_more", "closing_due"])
def test_a_date_inside_a_sentence_of_the_built_answer_is_said_passed_at_its_moment_with_past_js_alone(notices, content, browser, which):
    """pastswitch65: two sentences of the answer as built (answer.py: _key_dates_more, _closing_due) said a date passed
    only when it was over on the build's day; a page built before it and read after it, while Pyodide loads or if it
    fails, said it to come. Frozen Clermont-Ferrand 2024's line under « Dates limites » naming the e-mail step's 14
    November 2023 (built on 1 November), frozen Aix-Marseille 2023's « engagement étudiant » dated by the closing, 21
    November 2022 at 18:00 (its answer built on 1 September 2022), each alone with past.js, opened 30 seconds before
    the date is over (over_at): not said passed; from that instant, the words of the same sentence built once the date
    was over (and, for the closing's, the command line's as of the next day: text.render), said once."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_page, checklist_view, over_at, render_checklist
    from generator.checklist.text import render
    from generator.site.notice_view import passed_dates

    def flat(text: str) -> str:
        return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\u202f", " ").replace("\u00a0", " ").split())

    def after(moment: dt.datetime) -> dt.date:  # (the day after the date's own: a build of that day says it passed)
        return (moment - dt.timedelta(seconds=1)).date() + dt.timedelta(days=1)

    if which == "key_dates_more":
        notice = next(n for n in notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
        due = notice.deadline("missing_email")
        moment = dt.datetime.fromisoformat(over_at(due.end.isoformat(), due.has_time, notice.tz))

        def built(day: dt.date) -> str:
            return re.search(r'<p class="bts-checklist-key-dates-more">.*?</p>', checklist_page(notice, content, today=day)).group(0)

        ahead, over = built(dt.date(2023, 11, 1)), built(after(moment))
        cli = None
    else:
        notice = next(n for n in notices if (n.slug, n.year) == ("aix-marseille", 2023))
        ruleset = compile_ruleset(notice, content)
        answers = {"department": "13", "situation": "repeater", "specialty": "batiment", "engagement_etudiant": "yes"}
        result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
        [warning] = [w for w in result["warnings"] if w.get("deadline")]
        due = next(d for d in ruleset["deadlines"] if d["id"] == warning["deadline"])
        moment = dt.datetime.fromisoformat(over_at(due["end"], due["has_time"], notice.tz))
        start = notice.texts.text("dates.closing_due", date="").split(" ")[0]

        def built(day: dt.date) -> str:
            view = checklist_view(notice, content, today=day)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, passed=passed_dates(notice, ruleset, day))
            item = re.search(rf'<li data-warning="{re.escape(warning["id"])}">.*?</li>', render_checklist(dataclasses.replace(view, answer=answer), notice.texts), re.S).group(0)
            [line] = [p for p in re.findall(r"<p>.*?</p>", item) if flat(p).startswith(start)]
            return line

        ahead, over = built(dt.date(2022, 9, 1)), built(after(moment))
        cli = [flat(line) for line in render(ruleset, result, notice.texts, passed=passed_dates(notice, ruleset, after(moment))).splitlines()]
    past = " ".join(notice.texts.text("checklist.date_past", line="").split()).removeprefix("— ")
    assert past not in flat(re.sub(r'<span class="bts-past-later".*?</span>', "", ahead)) and "bts-past-later" in ahead, ahead
    assert "bts-past-later" not in over and flat(over).count(past) == 1, over
    visit, page = _alone_with_past_js(browser, ahead, moment - dt.timedelta(seconds=30))
    said = lambda: " ".join(page.inner_text("p").replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    assert past not in said(), said()
    page.clock.run_for(31_000)  # (its instant and a second)
    assert said() == flat(over) and said().count(past) == 1, (said(), flat(over))
    assert cli is None or said() in cli, [line for line in cli if past in line]
    assert visit.errors == []
    visit.close()


def test_the_build_s_bar_with_past_js_alone_says_in_their_time_the_words_that_follow_its_dates(notices, content, browser):
    """fixbar59 / review75 L3 (left): with past.js alone (no result of the checklist's script), once past.js hid the
    build's bar's past date nothing took its place and the count kept « à déposer ». Frozen Toulouse 2024 built on 20
    November 2023 (« 2 pièces à déposer », « Pièces : 22 nov. 2023, heure non précisée »), opened 30 seconds before its
    documents' date is over: from that instant « 2 pièces demandées » and « Dates passées, à ce stade de vos
    réponses. » (the « engagement étudiant » form, depending on an answer, due on 15 January), as the checklist's
    script says them (page.py summary_later, past.js data-bts-from-at); from 16 January the same, not « Toutes les
    dates limites sont passées. » (read64 M1: the R408 attestation, the specialty not given, may be deposited later)."""
    from generator.checklist.page import checklist_page, checklist_view

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    built = dt.date(2023, 11, 20)
    view = checklist_view(notice, content, today=built)
    over = dt.datetime.fromisoformat(view.data["over"]["documents"])
    visit, page = _built_bar_with_past_js_alone(browser, checklist_page(notice, content, today=built), over - dt.timedelta(seconds=30))
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    seen = lambda: flat(page.inner_text("#bts-checklist-summary"))  # noqa: E731
    t = notice.texts
    documents = lambda key: flat(t.text(f"checklist_page.{key}", count=2))  # noqa: E731
    assert seen().startswith(documents("summary_documents") + " Pièces") and "demandée" not in seen(), seen()
    page.clock.run_for(31_000)  # (its moment and a second)
    # (without the checklist's script no answer can be given: not « à ce stade de vos réponses », phone61 L6)
    assert seen().startswith(documents("summary_documents_past") + " " + flat(t.text("checklist_page.summary_passed_pending_unanswered"))), seen()
    assert "réponses" not in seen(), seen()
    assert "Pièces" not in seen() and "déposer" not in seen() and "Voir votre liste" in seen(), seen()
    page.clock.fast_forward(int((dt.datetime(2024, 1, 16, 0, 1, tzinfo=ZoneInfo(notice.tz)) - over).total_seconds() * 1000))
    page.clock.run_for(61_000)  # (past.js's next minute)
    assert seen().startswith(documents("summary_documents_past") + " " + flat(t.text("checklist_page.summary_passed_pending_unanswered"))), seen()
    assert flat(t.text("checklist_page.summary_passed")) not in seen(), seen()
    visit.close()


# Frozen Nantes 2026 (its last date, 12 December 2025, after the build's day: the marker .bts-dates-over hidden), a
# candidate in an establishment whose dates are the documents' (19 November) alone, and one whose R408 attestation is due
# on the notice's last date (12 December)
NANTES_DOCUMENTS_ONLY = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "mco", "sat_before": "no",
                         "dispensation": "no", "positioning_decision": "no", "disability": "no", "engagement_etudiant": "no", "optional_exams": "0"}
# (the positioning decision answered: that piece, not dated, would keep the bar from saying their dates passed; read64 M1)
NANTES_ATTESTATION = {"situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no", "positioning_decision": "no"}


@pytest.mark.parametrize("case", ["documents", "hour"])
def test_the_bar_s_count_says_its_pieces_asked_at_the_moment_it_says_every_date_passed(notices, origin, browser, visits, case):
    """NOTE57 (left): the count said « à déposer » until the notice's marker of dates all over (past.js: the day after
    its last date), while the bar said « Toutes les dates limites sont passées » from the candidate's last date's moment.
    « documents »: frozen Nantes 2026, a candidate whose last date is the documents' (19 November, « inclus »): from
    midnight the bar said all passed and the count « 3 pièces à déposer » until 13 December. « hour »: the notice's last
    date given an hour (17:00 on 12 December, in the page's data: no session has one), the candidate's own (the R408
    attestation): all passed said at 17:00, the count « à déposer » until midnight. Now both at the same moment, on a
    list left open (the bar's timer)."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    paris = ZoneInfo(notice.tz)
    if case == "documents":
        answers, moment = NANTES_DOCUMENTS_ONLY, dt.datetime(2025, 11, 20, 0, 0, tzinfo=paris)
        visit = visits.take(viewport=PHONE, installed_at=moment - dt.timedelta(seconds=30))
        page = visit.page
    else:
        answers, moment = NANTES_ATTESTATION, dt.datetime(2025, 12, 12, 17, 0, tzinfo=paris)
        visit = Watched(browser, origin, viewport=PHONE)  # (its own: it routes the page)
        page = visit.page
        install_paused(page, moment - dt.timedelta(seconds=30))

        def hour(route):
            response = route.fetch()
            body = response.text()
            for did in ("attestations", "engagement_etudiant"):
                said = f'"{did}":"2025-12-13T00:00:00+01:00"'
                assert body.count(said) == 1, did
                body = body.replace(said, f'"{did}":"2025-12-12T17:00:00+01:00"')
            route.fulfill(response=response, body=body)

        page.route("**" + url_of(notice), hour)
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    # (Nantes 2026 does not date its closing: its words for all passed, read60 M3; the test below)
    passed = flat(notice.texts.text("checklist_page.summary_passed_undated"))
    documents = lambda: flat(page.inner_text("#bts-checklist-summary [data-summary=documents]"))  # noqa: E731
    following = lambda: flat(page.inner_text("#bts-checklist-summary [data-summary=next]"))  # noqa: E731
    # (the count as while pieces are due: « 3 pièces », no « demandées »; « à déposer » until bar67)
    assert re.fullmatch(r"\d+ pièces?", documents()) and following() != passed, (documents(), following())
    page.clock.run_for(31_000)
    assert following() == passed, following()
    assert "demandée" in documents() and "déposer" not in documents(), documents()
    # (the notice's own marker still hidden: the count follows the bar, not the marker)
    assert page.locator(".bts-dates-over").first.is_hidden()
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize("day", [dt.date(2025, 11, 25), dt.date(2025, 12, 15)])
def test_the_bar_does_not_say_every_date_passed_when_the_notice_does_not_date_the_closing(notices, origin, visits, width, day):
    """read60 M3: frozen Nantes 2026 (its closing not dated by the notice), a student of an establishment whose dates
    are the documents' (19 November), on 25 November and 15 December 2025: the bar said « Toutes les dates limites sont
    passées. » right above the list's « Clôture des inscriptions sur CYCLADES : date non précisée par la notice », read
    together as the undated closing passed (the command line says « Toutes les dates que donne la notice … sont
    passées » only once every date it gives is). Now their dates passed and the closing not dated, on one line at 320
    and 360 px."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    assert notice.closing is None
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    visit = visits.take(viewport={"width": width, "height": 740}, fixed_time=dt.datetime.combine(day, dt.time(12, 0), tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(NANTES_DOCUMENTS_ONLY))
    ready(page)
    following = page.locator("#bts-checklist-summary [data-summary=next]")
    expected = flat(notice.texts.text("checklist_page.summary_passed_undated"))
    # (fixcode59, NOTE58: this case failed once under load, -n 2 with the other browser files, its assertion not seen;
    # not reproduced in 10 runs under load. The bar's words waited for as a user sees them settle, the laid-out line
    # measured once its style applies, and each check said apart, so that a next failure names its cause.)
    page.wait_for_function(
        """([expected]) => { const e = document.querySelector('#bts-checklist-summary [data-summary=next]');
             const words = (e ? e.textContent : '').replace(/[\\u00a0\\u202f]/g, ' ').split(/\\s+/).filter(Boolean).join(' ');
             return words === expected && !Number.isNaN(parseFloat(getComputedStyle(e).lineHeight)); }""",
        arg=[expected], timeout=10_000)
    assert flat(following.inner_text()) == expected, following.inner_text()
    assert flat(notice.texts.text("checklist_page.summary_passed")) not in flat(page.inner_text("#bts-checklist-summary"))
    assert "non datée" in flat(following.inner_text())
    box = following.evaluate("(e) => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight)]")
    assert box[0] < 1.5 * box[1], box
    assert visit.violations() == [], visit.violations()
    assert visit.csp_console() == [], visit.csp_console()
    assert visit.errors == [], visit.errors
    visit.close()


@pytest.fixture(scope="module")
def undated_origin(tmp_path_factory):
    """The frozen site with Aix-Marseille 2023's rare-language piece not dated, as the real notice leaves it
    (project_support.undated_rare_language): built and served for the test below only."""
    from project_support import built_site, data_root, undated_rare_language

    tmp = tmp_path_factory.mktemp("undated-rare-language")
    root = data_root(tmp)
    undated_rare_language(root)
    # (served as they are: no precompressed copies needed; nor the notices' PDFs: its tests read Aix-Marseille 2023's
    # checklist page alone, which links none, the same bytes with and without them; a PDF not in the build's cache,
    # the day's or the undated data's, costs WeasyPrint about 10 s of processor, measured 2026-12-07)
    site = built_site(tmp / "build", root, BTS_GUIDE_COMPRESS="0", BTS_GUIDE_PDF="0")
    with serve_site(site, site_headers(site)) as url:
        yield url


@pytest.fixture(scope="module")
def undated_visits(browser, undated_origin):
    """The kept contexts of ``undated_origin``'s tests (as ``visits``: one Pyodide cold boot for both widths)."""
    pool = Pool(lambda **options: Watched(browser, undated_origin, **options), resize=True)
    yield pool
    pool.close()


def _bar_says_on_one_line(page, expected, width):
    """The phone bar's « next » line comes to say ``expected`` (laid out: its line height known), on one line, no
    « Toutes les dates limites » in the bar, no page wider than ``width``."""
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    page.wait_for_function(
        """([expected]) => { const e = document.querySelector('#bts-checklist-summary [data-summary=next]');
             const words = (e ? e.textContent : '').replace(/[\\u00a0\\u202f]/g, ' ').split(/\\s+/).filter(Boolean).join(' ');
             return words === expected && !Number.isNaN(parseFloat(getComputedStyle(e).lineHeight)); }""",
        arg=[expected], timeout=10_000)
    following = page.locator("#bts-checklist-summary [data-summary=next]")
    assert following.is_visible() and flat(following.inner_text()) == expected, following.inner_text()
    assert "Toutes les dates limites" not in flat(page.inner_text("#bts-checklist-summary"))
    box = following.evaluate("(e) => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight), e.scrollWidth, e.clientWidth]")
    assert box[0] < 1.5 * box[1] and box[2] <= box[3], box
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", [360, 320])
def test_the_bar_says_the_dates_passed_save_an_undated_one_on_one_line(undated_visits, undated_origin, width):
    """NOTE59 (read61 M1's words, measured at stop 59 only by their length): Aix-Marseille 2023's rare-language
    candidate after the pieces' date (4 December 2022), the notice not dating that attestation: the bar says « Dates
    passées, sauf 1 : date non précisée. » (candidate68, walk67a L1: was « Vos dates sont passées, sauf 1 non datée. »), on one line at 320 and 360 px, never « Toutes les dates limites sont passées. »,
    above a list whose « Dates limites » gives the attestation « date non précisée par la notice »."""
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    answers = {"department": "13", "situation": "distance", "specialty": "mco", "nationality": "foreign", "sat_before": "no",
               "dispensation": "no", "positioning_decision": "no", "disability": "no", "engagement_etudiant": "no",
               "mandatory_language": "rare"}
    visit = undated_visits.take(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True,
                                fixed_time=dt.datetime(2022, 12, 10, 12, 0, tzinfo=ZoneInfo("Europe/Paris")))
    page = visit.page
    page.goto(undated_origin + "/aix-marseille/2023/liste-personnalisee/#" + urlencode(answers))
    ready(page)
    _bar_says_on_one_line(page, "Dates passées, sauf 1 : date non précisée.", width)
    assert "langue obligatoire dite rare : date non précisée par la notice" in flat(page.inner_text("#bts-checklist")), flat(page.inner_text("#bts-checklist"))[:3000]
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == [], (visit.violations(), visit.errors)
    visit.close()


def test_the_bar_counts_the_r408_piece_the_notice_lets_be_deposited_later_as_not_dated_on_one_line(notices, origin, visits):
    """phone62 M1: frozen Toulouse 2024 on 23 November 2023 (its pieces' 22 November, délai de rigueur, passed), a
    Bâtiment student by distance, RQTH non, at 320 px: the bar said « 7 pièces demandées · Toutes les dates limites sont
    passées. » while the list says under the R408 attestation « D'après la notice, un dépôt plus tard est possible (« …
    attestation R408 … »), à une date non précisée par la notice : demandez-la au bureau des examens. ». Now « Dates passées,
    sauf 1 : date non précisée. » (as test_first_answer's passed_key / passedWords), on one line."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u2019", "'").split())  # noqa: E731
    answers = {"department": "31", "situation": "distance", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no",
               "nationality": "french", "sat_before": "no", "dispensation": "no", "positioning_decision": "no", "disability": "no",
               "engagement_etudiant": "no"}
    visit = visits.take(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True,
                        fixed_time=dt.datetime(2023, 11, 23, 12, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    _bar_says_on_one_line(page, "Dates passées, sauf 1 : date non précisée.", 320)
    said = flat(page.inner_text("#bts-checklist-output"))
    assert "un dépôt plus tard est possible" in said and "à une date non précisée par la notice" in said, said[:3000]
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == [], (visit.violations(), visit.errors)
    visit.close()


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize("slug, year, day", [("toulouse", 2024, dt.date(2023, 11, 23)), ("nantes", 2026, dt.date(2025, 11, 25))], ids=["toulouse", "nantes"])
def test_with_no_answer_the_bar_says_the_dates_passed_so_far_on_one_line(notices, origin, visits, width, slug, year, day):
    """review73 M4: frozen Toulouse 2024 with no answer on 23 November 2023 (its pieces' 22 November, délai de rigueur,
    passed; the « engagement étudiant » form, a piece still depending on an answer, due on 15 January) said « 2 pièces à
    déposer » and no date; Nantes 2026 on 25 November 2025 the same (its 19 November passed, the R408 attestation due on
    12 December depending on answers; the notice's marker of dates all over still hidden, so the count is the bar's
    own). Now « … demandées » and « Dates passées ou non datées, à ce stade. » (read63 L1), on one line at 320 and 360 px, never
    « Toutes les dates limites … », with the list's « Dates limites » saying the documents' date passed."""
    notice = next(n for n in notices if n.slug == slug and n.year == year)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    visit = visits.take(viewport={"width": width, "height": 740}, fixed_time=dt.datetime.combine(day, dt.time(12, 0), tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice))
    ready(page)
    following = page.locator("#bts-checklist-summary [data-summary=next]")
    assert flat(following.inner_text()) == flat(notice.texts.text("checklist_page.summary_passed_pending")), following.inner_text()
    documents = flat(page.inner_text("#bts-checklist-summary [data-summary=documents]"))
    assert "demandées" in documents and "déposer" not in documents, documents
    box = following.evaluate("(e) => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight)]")
    assert box[0] < 1.5 * box[1], box
    # the words true of a closing the notice does not date (Nantes 2026's; read63 L1: « Dates passées, à ce stade de vos
    # réponses. » above « Clôture … : date non précisée par la notice »), and the build's (past.js alone: the same place),
    # on one line too
    assert "non datées" in flat(following.inner_text()), following.inner_text()
    unanswered = typography(notice.texts.text("checklist_page.summary_passed_pending_unanswered"))
    box = following.evaluate("(e, words) => { e.textContent = words; return [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight)]; }", unanswered)
    assert box[0] < 1.5 * box[1], (unanswered, box)
    past = flat(notice.texts.text("checklist.date_past", line=""))
    # (the mark after the date's words, before the pointer « voir la précision sous … » where the line has one: Toulouse
    # 2024's documents; read61 L3)
    t = notice.texts
    pointer = flat(typography(t.text("checklist_page.deadline_pointer", title=t.text("checklist_page.deadlines_title"))))
    line = flat(page.inner_text('#bts-checklist-output .bts-checklist-key-dates [data-key-date="documents"]'))
    assert line.endswith(past) or line.endswith(f"{past}, {pointer}"), line
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def test_a_line_of_the_dates_that_is_nobody_s_next_date_is_said_passed_at_its_own_moment(notices, origin, visits):
    """fixdup57 (left): Toulouse 2024's « Traitement … 10 janvier 2024 » (a date for information, no one's next date) was
    said « — date passée » at the next redraw of the list, not at its own moment: the bar's timer looked only at the
    bar's dates (the next: the « engagement étudiant » piece, 15 January, still depending on an answer). A distance
    learner's list opened at 23:59:30 on 10 January 2024 and left open: the line is said passed at midnight."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    processing = next(d for d in notice.deadlines if d.id == "processing")
    day = processing.end.date()
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    visit = visits.take(viewport=PHONE, installed_at=dt.datetime.combine(day, dt.time(23, 59, 30), tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": "31", "situation": "distance"}))
    ready(page)
    past = flat(notice.texts.text("checklist.date_past", line=""))
    line = page.locator('#bts-checklist-output .bts-checklist-deadlines > [data-deadline="processing"]')
    assert line.count() == 1 and past not in flat(line.inner_text()), line.inner_text()
    page.clock.run_for(31_000)  # (00:00:01 on 11 January)
    assert past in flat(line.inner_text()), line.inner_text()
    # (and the bar does not say every date passed: the piece still depending on an answer is due later)
    assert flat(notice.texts.text("checklist_page.summary_passed")) not in flat(page.inner_text("#bts-checklist-summary"))
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def test_a_list_shown_again_after_its_last_date_says_its_pieces_asked_in_the_bar(notices, origin, visits):
    """review72 M4: checklist.js's « visibilitychange » listener is added before past.js's (checklist.js runs from the
    <head>, past.js at the end of the page): a list shown again after the notice's last date wrote the bar before
    past.js showed the marker .bts-dates-over, with no event after (the closing long past), so the bar kept « 2 pièces
    à déposer » under a list whose dates were all over. Frozen Nantes 2026 (no closing date: no « bts-closing-switched »),
    a candidate in an establishment, the list opened on 2 October 2025 (its pieces due on 12 December), the clock moved
    past the last date without its timers (a phone's tab put aside), the page shown again: « … pièces demandées »."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    visit = visits.take(viewport=PHONE, installed_at=dt.datetime(2025, 10, 2, 10, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": "44", "situation": "in_person"}))
    ready(page)
    data = json.loads(page.inner_text("#bts-checklist-data"))
    documents = lambda: flat(page.inner_text("#bts-checklist-summary [data-summary=documents]"))  # noqa: E731
    assert re.fullmatch(r"\d+ pièces?", documents()) and page.locator(".bts-dates-over").first.is_hidden(), documents()
    last = max(dt.datetime.fromisoformat(iso) for iso in data["over"].values())
    page.clock.set_system_time(last + dt.timedelta(days=2))
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    page.clock.run_for(50)
    assert page.evaluate("[...document.querySelectorAll('.bts-dates-over')].every((e) => !e.hidden)"), page.evaluate("[...document.querySelectorAll('.bts-dates-over')].map((e) => e.outerHTML)")
    assert "demandée" in documents() and "déposer" not in documents(), documents()
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def test_a_timeline_left_open_past_midnight_says_the_new_day(browser):
    """past.js runs again at each minute (f3b1ca98: « All of it again ») but left a timeline's « Aujourd'hui : … »
    where the page's opening put it: a page left open past midnight said the day before, before the wrong dates
    (review70). At the minute the day changes, the one « Aujourd'hui » line says the new day, before its first date not
    over."""
    timeline = ('<div class="bts-timeline" data-bts-timezone="Europe/Paris" data-bts-today="Aujourd’hui : {date}"><ol>'
                '<li data-bts-date="2023-11-14">mardi</li><li data-bts-date="2023-11-15">mercredi</li>'
                '<li data-bts-date="2023-11-16">jeudi</li></ol></div>')
    visit = Watched(browser, "about:blank")
    page = visit.next_page()
    page.clock.install(time=dt.datetime(2023, 11, 14, 23, 59, 30, tzinfo=ZoneInfo("Europe/Paris")))
    page.set_content(f"<!DOCTYPE html><html lang=fr><body>{timeline}</body></html>")
    page.add_script_tag(path=str(ROOT / "site_overrides" / "assets" / "past.js"))
    items = lambda: page.locator(".bts-timeline li").evaluate_all(  # noqa: E731
        "items => items.map(i => i.classList.contains('bts-timeline-now') ? i.textContent : i.getAttribute('data-bts-date'))")
    assert items() == ["Aujourd’hui : mardi 14\u00a0novembre\u00a02023", "2023-11-14", "2023-11-15", "2023-11-16"], items()
    page.clock.run_for(31_000)
    assert items() == ["2023-11-14", "Aujourd’hui : mercredi 15\u00a0novembre\u00a02023", "2023-11-15", "2023-11-16"], items()
    visit.close()


def test_past_js_leaves_no_timer_running_when_nothing_is_left_to_change(browser):
    """past.js runs again at each minute (f3b1ca98) for what may still change: on a page with nothing of the kind (a
    staff page), or once everything has switched for good (the closing passed), it set a timer every minute for as long
    as the page stayed open (review70). A timeline, or a switch before its closing, keeps it; the switch's minute
    passed, it stops."""
    switch = ('<p data-bts-closing="before" data-bts-closing-after="2023-11-15" data-bts-closing-at="2023-11-15T17:00" '
              'data-bts-timezone="Europe/Paris">avant</p>')
    timeline = ('<div class="bts-timeline" data-bts-timezone="Europe/Paris" data-bts-today="Aujourd’hui : {date}"><ol>'
                '<li data-bts-date="2023-11-14">mardi</li></ol></div>')
    visit = Watched(browser, "about:blank")

    def timers(body: str, minutes: int) -> list[int]:
        """How many timers past.js set: once loaded at 16:58:30 Paris, 15 November 2023, then after each minute."""
        page = visit.next_page()
        page.clock.install(time=dt.datetime(2023, 11, 15, 16, 58, 30, tzinfo=ZoneInfo("Europe/Paris")))
        page.set_content(f"<!DOCTYPE html><html lang=fr><body>{body}</body></html>")
        page.evaluate("() => { const set = window.setTimeout; window.timers = 0;"
                      " window.setTimeout = (...a) => { window.timers += 1; return set(...a); }; }")
        page.add_script_tag(path=str(ROOT / "site_overrides" / "assets" / "past.js"))
        counts = [page.evaluate("window.timers")]
        for _ in range(minutes):
            page.clock.run_for(60_000)
            counts.append(page.evaluate("window.timers"))
        return counts

    assert timers("<p>Guide du personnel</p>", 2) == [0, 0, 0]
    assert timers(switch, 4) == [1, 2, 2, 2, 2]  # (16:59 still before; 17:00 switched for good)
    assert timers(timeline, 3) == [1, 2, 3, 4]
    assert timers(switch.replace("17:00", "16:00"), 2) == [0, 0, 0]  # (closed before the page was opened)
    visit.close()


@pytest.mark.parametrize("slug, year, answers", [
    ("toulouse", 2024, {"department": "31", "situation": "distance", "route": "scolaire", "specialty": "mco"}),
    ("nantes", 2026, {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "maintenance_systemes", "option": "C"}),
])
def test_the_pieces_date_under_their_title_is_said_passed_at_its_moment_on_a_list_left_open(notices, origin, visits, slug, year, answers):
    """phone60 M1 (fixcand59 left it): once the pieces' date had passed, « Dates limites » said it « — date passée » but
    the line under « Pièces à déposer » (« Date limite de toutes ces pièces : … », Toulouse 2024; « Date limite de ces
    pièces : … » above each date's pieces, Nantes 2026's 19 November and 12 December) did not. At 360 px, the list
    opened 30 seconds before the end of the pieces' first day (« documents », no hour: its day « inclus »): not said
    passed; from that moment (the script's timer, as « Dates limites »), « — date passée » right after that date, and
    after no other (Nantes 2026's 12 December still ahead)."""
    notice = next(n for n in notices if n.slug == slug and n.year == year)
    documents = next(d for d in notice.deadlines if d.id == "documents")
    day = documents.end.date()
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    past = flat(typography(notice.texts.text("checklist.date_past", line="")))
    visit = visits.take(viewport=PHONE, installed_at=dt.datetime.combine(day, dt.time(23, 59, 30), tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    lines = lambda: {h.get_attribute("data-documents-due") or h.get_attribute("data-documents-date"): flat(h.inner_text())  # noqa: E731
                     for h in page.locator("#bts-checklist-output .bts-checklist-documents-due, #bts-checklist-output .bts-checklist-documents-date").all()}
    before = lines()
    assert "documents" in before and not any(past in line for line in before.values()), before
    page.clock.run_for(31_000)  # (00:00:01 the next day)
    after = lines()
    assert after.keys() == before.keys(), after
    for did, line in after.items():
        if did == "documents":
            # (right after the date: the sentence's end, if any, after the mark)
            assert line.removesuffix(".").endswith(past) and line.removesuffix(".").removesuffix(past).rstrip() == before[did].removesuffix("."), (before[did], line)
        else:
            assert line == before[did], line
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


@pytest.mark.parametrize("slug, year, answers, did", [
    ("toulouse", 2024, {"department": "31", "situation": "distance", "route": "scolaire", "specialty": "mco"}, "exam_adjustment"),
    ("toulouse", 2024, {"department": "31", "situation": "distance", "route": "scolaire", "specialty": "mco"}, "documents"),
    ("aix-marseille", 2023, {"department": "13", "situation": "repeater", "specialty": "batiment"}, "exam_adjustment"),
])
def test_a_date_said_again_in_the_procedure_under_its_answer_and_under_its_step_is_said_passed_at_its_moment(notices, origin, visits, content, slug, year, answers, did):
    """read61 L4: once a date had passed, « Dates limites » and « Dates à retenir » said it « — date passée », but not
    the lines that say it again: the exam-adjustment request's date in the « Aménagement d'épreuves » procedure and
    under « Conséquence de cette réponse » below « Demandez-vous un aménagement d'épreuves ? » (Toulouse 2024 on
    16 November 2023: « … au plus tard le mercredi 15 novembre 2023 à 17 h 00 (heure de Paris) — date retenue par le
    guide. La notice renvoie… »), and a step's date under its title (Étape 3's 22 November). At 360 px, the list opened
    30 seconds before the date's moment (page data « over »: the exam-adjustment request's minute, the documents' day
    « inclus »): none of those lines said passed; from that moment (the script's timer, as « Dates limites »), each of
    that date's lines says « — date passée » right after its date's words, before the guide's reading, and no other
    line changes; the words those of the command line as of the next day (text.render, ``passed``)."""
    from generator.checklist.page import over_at
    from generator.checklist.text import render
    from generator.site.notice_view import passed_dates

    notice = next(n for n in notices if n.slug == slug and n.year == year)
    ruleset = compile_ruleset(notice, content)
    answers = {**answers, "disability": "yes", "exam_adjustment": "yes"}
    deadline = next(d for d in ruleset["deadlines"] if d["id"] == did)
    moment = dt.datetime.fromisoformat(over_at(deadline["end"], deadline["has_time"], notice.tz))
    flat = lambda text: " ".join(typography(text).replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    # (a date the guide reads, its mark « — date retenue par le guide » after it: « ; date passée », never a second dash
    # in a row; phone62 L2, text.past_words; Toulouse 2024's adjustment date)
    past = flat(notice.texts.text("checklist.date_past_marked" if deadline.get("reading") else "checklist.date_past", line=""))
    marks = [flat(notice.texts.text(key, date="")) for key in GUIDE_MARKS]
    visit = visits.take(viewport=PHONE, installed_at=moment - dt.timedelta(seconds=30))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    where = {"procedure": "#bts-checklist-output .bts-checklist-adjustment [data-adjustment-deadline]",
             "answer": "#bts-checklist-form [data-note-for=exam_adjustment] [data-adjustment-deadline]",
             "step": "#bts-checklist-output [data-step] > .bts-checklist-when"}
    lines = lambda: {name: [flat(line) for line in page.locator(css).all_inner_texts()] for name, css in where.items()}  # noqa: E731
    # (this date's lines: the step's for the documents' date, the two others for the exam-adjustment request's)
    mine = lambda name: (name == "step") == (did == "documents")  # noqa: E731
    before = lines()
    assert all(before.values()) and not any(past in line for name, said in before.items() if mine(name) for line in said), before
    page.clock.run_for(31_000)
    after = lines()
    # the command line as of the day after: its lines for the procedure and the step, the same words
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    cli = [flat(line.strip().removeprefix("- ")) for line in render(ruleset, result, notice.texts, passed=passed_dates(notice, ruleset, moment.date() + dt.timedelta(days=1))).splitlines()]
    label = flat(deadline["label"])
    for name, said in after.items():
        assert len(said) == len(before[name]), (name, said)
        for old, new in zip(before[name], said):
            if not mine(name):  # (a line of the other date: unchanged)
                assert new == old, (name, new)
                continue
            assert new.startswith(label + " :") and past in new and not any(mark + " —" in new for mark in marks), (name, new)
            # (the mark right after the date's words, before the guide's reading if any)
            head = new.split(past, 1)[0].rstrip()
            assert old.startswith(head) and old[len(head):].lstrip(".").strip() == new.split(past, 1)[1].lstrip(".").strip(), (old, new)
            assert new in cli, (name, new, [line for line in cli if line.startswith(label)])
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def test_a_national_rule_s_date_the_guide_gives_with_the_closing_is_said_passed_at_its_moment(notices, origin, visits, content):
    """read61 L4, the same for the line under a national rule the guide dates with the notice's closing (Aix-Marseille
    2023's « engagement étudiant »: « Date retenue par le guide (la notice ne date pas cette démarche) : la clôture des
    inscriptions, au plus tard le lundi 21 novembre 2022 à 18 h 00 (heure de Paris). », still so once that date was
    over). At 360 px, the list opened 30 seconds before its moment: unmarked; from that moment, « — date passée » after
    the date, the words those of the command line as of the next day (text.render, ``passed``)."""
    from generator.checklist.page import over_at
    from generator.checklist.text import render
    from generator.site.notice_view import passed_dates

    notice = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    ruleset = compile_ruleset(notice, content)
    answers = {"department": "13", "situation": "repeater", "specialty": "batiment", "engagement_etudiant": "yes"}
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    [warning] = [w for w in result["warnings"] if w.get("deadline")]
    deadline = next(d for d in ruleset["deadlines"] if d["id"] == warning["deadline"])
    moment = dt.datetime.fromisoformat(over_at(deadline["end"], deadline["has_time"], notice.tz))
    flat = lambda text: " ".join(typography(text).replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    past = flat(notice.texts.text("checklist.date_past", line=""))
    start = flat(notice.texts.text("dates.closing_due", date="")).split(":")[0]
    visit = visits.take(viewport=PHONE, installed_at=moment - dt.timedelta(seconds=30))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode(answers))
    ready(page)
    line = lambda: [flat(p) for p in page.locator(f'#bts-checklist-output [data-warning="{warning["id"]}"] > p').all_inner_texts() if flat(p).startswith(start)]  # noqa: E731
    [before] = line()
    assert past not in before, before
    page.clock.run_for(31_000)
    [after] = line()
    assert after == before.removesuffix(".") + " " + past + ".", (before, after)
    cli = [flat(said.strip()) for said in render(ruleset, result, notice.texts, passed=passed_dates(notice, ruleset, moment.date() + dt.timedelta(days=1))).splitlines()]
    assert after in cli, [said for said in cli if said.startswith(start)]
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()


def test_a_date_over_after_the_build_is_said_passed_at_view_time_on_the_notice_page_and_in_the_built_answer(notices, origin, browser, visits):
    """Issue 9 (« Past is past at view time »; fixdash61's report, Noticed): a page built before a date and read after it
    said that date as still to come, on the notice page (« Dates à retenir », the steps' date lines) and in the
    checklist's answer as built (« Dates limites », « Dates à retenir »), while Pyodide loads or if it fails, the bar
    as built already saying it passed. Nantes 2026 (frozen, built on 1 October 2025), its documents' date « au plus tard
    le mercredi 19 novembre 2025 », no hour: over from 20 November 00:00 in Paris (checklist/page.py over_at). At
    360 px, read at 23:59 on the 19th (Paris): not said passed; at 00:00 on the 20th: « — date passée » after it, on
    the notice page, and in the built answer with Pyodide refused (route abort); once the engine answers (its
    answer replaces the build's), said once, not twice."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    marked = " ".join(notice.texts.text("checklist.date_past", line="").split())  # « — date passée »
    day = "19 novembre 2025"
    # (one visit for both moments, its own: it routes; each moment's pages loaded whole after the clock is set, the last
    # time set winning in every document opened next, Watched.next_page)
    visit = Watched(browser, origin, viewport=PHONE)
    visit.page.route("**/*.wasm", lambda route: route.abort())  # (for the checklist below: Pyodide refused)
    for moment, over in ((dt.datetime(2025, 11, 19, 23, 59, tzinfo=ZoneInfo(notice.tz)), False),
                         (dt.datetime(2025, 11, 20, 0, 0, tzinfo=ZoneInfo(notice.tz)), True)):
        page = visit.next_page()
        page.clock.set_fixed_time(moment)
        page.goto(origin + f"/{notice.slug}/{notice.year}/")
        cells = [t for t in (" ".join(t.split()) for t in page.locator("td[data-label='Date']").all_inner_texts()) if day in t]
        steps = [t for t in (" ".join(t.split()) for t in page.evaluate(
            """() => { const out = []; let e = document.getElementById('les-etapes-sur-cyclades').nextElementSibling;
                 for (; e && e.tagName !== 'H2'; e = e.nextElementSibling) if (e.tagName === 'P') out.push(e.innerText);
                 return out; }""")) if day in t]
        assert cells and steps, (cells, steps)
        for line in cells + steps:
            assert line.count(marked) == (1 if over else 0), (moment, line)
        # the checklist, Pyodide refused: the answer as built
        page.goto(origin + url_of(notice))
        page.wait_for_selector("#bts-checklist[data-state=failed]", state="attached", timeout=READY_TIMEOUT)
        assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "build"
        built = [" ".join(t.split()) for t in page.locator("#bts-checklist-output [data-key-date='documents'], #bts-checklist-output [data-deadline='documents']").all_inner_texts()]
        assert len(built) == 2, built
        for line in built:
            assert day in line and line.count(marked) == (1 if over else 0), (moment, line)
        assert visit.errors == [] and visit.violations() == [] and visit.csp_console() == []
    visit.close()
    # the engine's answer, which replaces the build's: the date said passed once
    visit = visits.take(viewport=PHONE, fixed_time=dt.datetime(2025, 11, 20, 0, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice))
    ready(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    lines = [" ".join(t.split()) for t in page.locator("#bts-checklist-output [data-key-date='documents'], #bts-checklist-output [data-deadline='documents']").all_inner_texts()]
    assert len(lines) == 2 and all(line.count(marked) == 1 for line in lines), lines
    assert page.locator("#bts-checklist-output .bts-past-later").count() == 0
    assert problems(visit) == []
    visit.close()


def test_the_pieces_dates_are_said_passed_at_view_time_and_a_date_over_at_build_is_written_passed_without_javascript(notices, origin, browser, visits):
    """fixpastview62 (issue 9, left by fixpastview61): the notice page's documents said their date as still to come when
    read after it, built before it: Nantes 2026's « À déposer au plus tard le mercredi 19 novembre 2025 (heure non
    précisée par la notice). » above its groups, and the rows' « Date limite » cells (« … vendredi 12 décembre 2025 »).
    At 360 px: before the date's instant (checklist/page.py over_at: the next day's midnight in Paris), not said passed;
    from it, « — date passée » once. And a date over on the build's day (Toulouse 2024, frozen, built on 1 October
    2025) is written passed in the page's text: without JavaScript it says it, with past.js it says it once, not
    twice."""
    nantes = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    marked = " ".join(nantes.texts.text("checklist.date_past", line="").split())  # « — date passée »
    paris = ZoneInfo(nantes.tz)
    for day, before, after, where in (
        ("19 novembre 2025", dt.datetime(2025, 11, 19, 23, 59, tzinfo=paris), dt.datetime(2025, 11, 20, 0, 0, tzinfo=paris),
         "#pieces-justificatives ~ p"),
        ("12 décembre 2025", dt.datetime(2025, 12, 12, 23, 59, tzinfo=paris), dt.datetime(2025, 12, 13, 0, 0, tzinfo=paris),
         "td[data-label='Date limite']"),
    ):
        for moment, over in ((before, False), (after, True)):
            visit = visits.take(viewport=PHONE, fixed_time=moment)
            page = visit.page
            page.goto(origin + f"/{nantes.slug}/{nantes.year}/")
            lines = [t for t in (" ".join(t.split()) for t in page.locator(where).all_inner_texts()) if day in t and "plus tard est possible" not in t]
            if where.endswith(" p"):
                lines = [t for t in lines if t.startswith("À déposer")]
            assert lines, (day, where)
            for line in lines:
                assert line.count(marked) == (1 if over else 0), (moment, line)
            assert visit.errors == [] and visit.violations() == [] and visit.csp_console() == []
            visit.close()
    # the checklist's answer as built (Pyodide refused): « Date limite de toutes ces pièces : … » under its list
    # (one visit for both moments, its own: it routes; the page loaded whole after the clock is set, Watched.next_page)
    visit = Watched(browser, origin, viewport=PHONE)
    visit.page.route("**/*.wasm", lambda route: route.abort())
    for moment, over in ((dt.datetime(2025, 11, 19, 23, 59, tzinfo=paris), False), (dt.datetime(2025, 11, 20, 0, 0, tzinfo=paris), True)):
        page = visit.next_page()
        page.clock.set_fixed_time(moment)
        page.goto(origin + url_of(nantes))
        page.wait_for_selector("#bts-checklist[data-state=failed]", state="attached", timeout=READY_TIMEOUT)
        due = [" ".join(t.split()) for t in page.locator("#bts-checklist-output .bts-checklist-documents-due").all_inner_texts()]
        assert len(due) == 1 and "19 novembre 2025" in due[0], due
        assert due[0].count(marked) == (1 if over else 0), (moment, due)
        assert visit.errors == [] and visit.violations() == [] and visit.csp_console() == []
    visit.close()
    # a date over at build: in the page's text, with JavaScript or without
    toulouse = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    for script in (False, True):
        context = browser.new_context(viewport=PHONE, java_script_enabled=script)
        page = context.new_page()
        page.goto(origin + f"/{toulouse.slug}/{toulouse.year}/")
        cells = [" ".join(t.split()) for t in page.locator("td[data-label='Date']").all_inner_texts()]
        dated = [t for t in cells if "2023" in t and "au plus tard" in t]
        deposits = [" ".join(t.split()) for t in page.locator("#pieces-justificatives ~ p").all_inner_texts()]
        deposits = [t for t in deposits if t.startswith("À déposer") and "2023" in t]
        assert dated and deposits, (cells, deposits)
        for line in dated + deposits:
            assert line.count("date passée") == 1, (script, line)
        context.close()


@pytest.mark.parametrize("slug, year, code", [("toulouse", 2024, "31"), ("nantes", 2026, "44")])
def test_a_department_carried_in_the_address_shows_its_list_at_first_paint(notices, origin, browser, content, slug, year, code):
    """phone64 M1 (issue 9 deliverable 8, « Ready before Pyodide is »): the home page's finder carries the department
    through the notice (…/liste-personnalisee/#department=31); the built answer was marked stale as soon as the address
    held an answer, so that candidate saw « Calcul de votre liste en cours… » and the key dates alone until the engine
    answered (17–29 s on a slow phone). At 360 px, Pyodide held back (its .wasm never answered): the list of the
    engine's answer for that department alone (page.py department_answer, computed at build time) is shown, its bar's
    count with it, nothing said pending. Seen failing before checklist.js's builtFor: the root marked data-stale, the
    documents' list hidden. variants65: one built answer serves every department whose answer is the same but for its
    line in the printed « Vos réponses », built empty; checklist.js writes it: the words the build's answer for that
    department alone has (answer_view), Haute-Garonne (31) third of Toulouse's block. Seen failing with builtFor
    writing the block's first code (« 09 (Ariège) »)."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, department_answer

    notice = next(n for n in notices if n.slug == slug and n.year == year)
    ruleset = compile_ruleset(notice, content)
    expected = department_answer(ruleset, code)
    data = checklist_view(notice, content).data
    built = answer_view(notice, ruleset, expected, data["key_dates"], data["dates"], data["forms"], data["elsewhere"], data["ask"])
    echo = [["department", typography(line.text)] for line in built.answers]
    assert expected["documents"] and not expected["problems"], expected
    visit = Watched(browser, origin, viewport=PHONE)
    page = visit.page
    page.route("**/*.wasm", lambda route: None)  # (held back: never answered, the engine still loading)
    page.goto(origin + url_of(notice) + f"#department={code}")
    page.wait_for_selector("#bts-checklist[data-sent]", state="attached", timeout=READY_TIMEOUT)
    assert page.get_attribute("#bts-checklist", "data-state") == "loading"
    assert page.get_attribute("#bts-checklist", "data-stale") is None
    assert page.input_value("#q-department-input") == code
    shown = page.locator("#bts-checklist-output [data-document]")
    assert [shown.nth(i).get_attribute("data-document") for i in range(shown.count())] == [d["id"] for d in expected["documents"]]
    assert page.locator("#bts-checklist-output ul.bts-checklist-documents").first.is_visible()
    assert not page.locator("#bts-checklist-result > .bts-checklist-pending").is_visible()
    assert not page.locator("#bts-checklist-summary [data-summary=pending]").is_visible()
    count = " ".join(page.locator("#bts-checklist-summary [data-summary=documents]").inner_text().split())
    assert re.match(rf"(Au moins )?{len(expected['documents'])} pièce", count), count
    said = page.eval_on_selector_all("#bts-checklist-output [data-answer]", "items => items.map((i) => [i.dataset.answer, i.textContent])")
    assert [[qid, typography(words)] for qid, words in said] == echo and echo[0][1].endswith(f" {code} ({data['departments'][code]})"), said
    assert visit.errors == []
    visit.close()


def test_the_top_bar_names_the_page_once_its_title_scrolled_away_before_the_theme_s_script(notices, browser, origin):
    """bar67 (walk65 L): on a slow first load (4G, a slow processor) the checklist's top bar kept the site's name for
    seconds on a page already scrolled past its title. The built page holds the right words (the page's topic,
    site_overrides/partials/header.html), but the theme shows them in place of the site's name from its script (MkDocs
    Material's bundle: the header's title, mounted once the document is parsed), which arrives after the page's own early
    script (checklist.js, which starts Pyodide's download first). checklist.js does the same from its start until the
    theme's script takes over: here the theme's script not loaded at all, the page's topic is shown once its title has
    scrolled away, the site's name again at its top. Seen failing without checklist.js's headerTitle: the site's name
    stayed."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    visit = Watched(browser, origin, viewport=PHONE)
    page = visit.page
    try:
        page.route(re.compile(r".*/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"), lambda route: route.abort())
        page.goto(origin + url_of(notice), wait_until="load")
        assert page.evaluate("() => typeof window.document$") == "undefined"  # (the theme's script did not run)
        active = "() => document.querySelector('.md-header__title').classList.contains('md-header__title--active')"
        assert not page.evaluate(active)
        page.evaluate("() => { const h = document.querySelector('.md-content h1'); window.scrollTo(0, h.offsetTop + h.offsetHeight + 200); }")
        page.wait_for_function(active, timeout=10_000)
        page.evaluate("() => window.scrollTo(0, 0)")
        page.wait_for_function(f"() => !({active})()", timeout=10_000)
    finally:
        visit.close()


@pytest.mark.parametrize("slug, year, department", [("toulouse", 2024, "31"), ("aix-marseille", 2023, "13")], ids=["toulouse", "aix"])
def test_once_the_session_is_over_the_bar_says_so_on_one_line(notices, origin, visits, slug, year, department):
    """phone74 (phone73's walk): frozen Toulouse 2024 and Aix-Marseille 2023, a distance learner viewed on 7 December 2026
    at 360 px: the bar said « Dates passées ou non datées, à ce stade. » under the page's « Session passée » (the R408
    attestation, still depending on the specialty, may be deposited later). Now the session past, in one line, and the
    « Session passée » box shown."""
    notice = next(n for n in notices if n.slug == slug and n.year == year)
    flat = lambda text: " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())  # noqa: E731
    visit = visits.take(viewport={"width": 360, "height": 740}, fixed_time=dt.datetime(2026, 12, 7, 12, 0, tzinfo=ZoneInfo(notice.tz)))
    page = visit.page
    page.goto(origin + url_of(notice) + "#" + urlencode({"department": department, "situation": "distance"}))
    ready(page)
    following = page.locator("#bts-checklist-summary [data-summary=next]")
    assert flat(following.inner_text()) == flat(typography(notice.texts.text("checklist_page.summary_session_over"))), following.inner_text()
    assert "stade" not in flat(page.inner_text("#bts-checklist-summary"))
    assert page.locator("[data-bts-past-after][data-bts-past=true]").count() >= 1
    box = following.evaluate("(e) => [e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight)]")
    assert box[0] < 1.5 * box[1], box
    assert visit.violations() == [] and visit.csp_console() == [] and visit.errors == []
    visit.close()
