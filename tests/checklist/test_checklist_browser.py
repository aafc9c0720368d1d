"""The checklist page in headless Chromium (Playwright), against the built sites.

The sites of the real data and of the frozen project (built once per test run,
tests/conftest.py) are served on 127.0.0.1. For each academy session of the real
data (a property of any valid data), a candidate answers the questions the page
shows; the documents, deadlines, warnings and still-needed questions shown must
equal the CPython engine's result for the same answers, no request leaves the
origin, no cookie is set and axe-core finds no violation. On the frozen project:
the link with the answers in the fragment restores them, axe-core on the initial,
answered and no-WebAssembly fallback states, the .ics export, the print style,
keyboard use on a small screen, the exam-adjustment procedure and late deposits.

Needs /usr/bin/chromium, node_modules/axe-core and node_modules/pyodide. When
one is missing the tests are skipped with the reason, unless CI=true: then they fail.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import random
import re
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from checklist_support import ROOT
from generator import emphasis
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.french import typography
from generator.checklist.text import GUIDE_MARKS, adjustment_sentence, past_words, provenance_words
from project_support import FROZEN, REAL, unwrapped, valid_project
from generator.merge import build_notices
from generator.site.text import address_words
from generator.site.words import office_reach

sys.path.insert(0, str(ROOT / "tests" / "site"))
from browser_support import CHROMIUM, Pool, chromium, serve_site  # noqa: E402  (the site tests' server and browser, tests/site)

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PYODIDE = ROOT / "node_modules" / "pyodide" / "pyodide.asm.wasm"
READY_TIMEOUT = 90_000  # ms: a cold Pyodide boot on a slow CI machine


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium absent ({CHROMIUM}) : SETUP_BROWSER=1 bash scripts/setup.sh"
    if not AXE.exists() or not PYODIDE.exists():
        return "node_modules/axe-core ou node_modules/pyodide absent : npm ci"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright pour Python absent du venv"
    return None


def _site_linked(text: str) -> str:
    """``text`` as the list writes it where the office's words give the academy's site: a link, its words without its
    scheme (fixnote60 left 1: a piece's lines and a deadline's exceptions, as the « not listed » note; reach_pieces)."""
    return re.sub(r"https?://[^\s)]+", lambda m: address_words(m.group()), text)

@pytest.fixture(scope="module", autouse=True)
def _browser_available():
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)


class Data:
    """The notices of one data folder and its content/checklist.yaml."""

    def __init__(self, root: Path):
        project = valid_project(root)
        self.notices = build_notices(project)
        self.checklist = project.content.checklist

    def ruleset(self, notice) -> dict:
        return compile_ruleset(notice, self.checklist)


@pytest.fixture(scope="module")
def real() -> Data:
    return Data(REAL)


@pytest.fixture(scope="module")
def frozen() -> Data:
    return Data(FROZEN)


def _serve(site: Path):
    with serve_site(site) as url:
        yield url


@pytest.fixture(scope="module")
def real_server(real_site):
    yield from _serve(real_site)


@pytest.fixture(scope="module")
def server(frozen_site):
    """The frozen project's site."""
    yield from _serve(frozen_site)


@pytest.fixture(scope="module")
def browser(_browser_available):
    with chromium() as b:
        yield b


class Visit:
    """A fresh browser context with every request recorded."""

    def __init__(self, browser, server: str, **options):
        # bypass_csp: axe-core is injected as an inline script, which the site's policy blocks (tests/site/test_csp.py)
        self.context = browser.new_context(accept_downloads=True, bypass_csp=True, **options)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.server = server
        self.page = self._recorded_page()

    def _recorded_page(self):
        page = self.context.new_page()
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def next_page(self):
        """The page taken to a blank document, what was recorded forgotten: a test's next case starts from nothing of
        the last one's document (the next ``goto`` loads its page whole, even at the same address but for the fragment)
        and in the same context (Pyodide then starts from the memory snapshot the context's first visit stored: seconds
        less than a first visit's boot, the same engine). The same page, not a new one: its renderer keeps Pyodide's
        WebAssembly compiled (browser_support.Watched.next_page: about 1 s of processor less a visit). Its page."""
        self.page.goto("about:blank")
        self.page.emulate_media(media="null")  # (what a test emulated: print; a new page had none)
        self.forget()
        return self.page

    def forget(self) -> None:
        """Forget what was recorded so far (browser_support.Pool: at the take of a page its last test left blank)."""
        self.requests.clear()
        self.errors.clear()

    def foreign(self) -> list[str]:
        return [u for u in self.requests if not (u.startswith("http://127.0.0.1:") or u.startswith("blob:http://127.0.0.1:") or u.startswith("data:"))]

    def close(self):
        self.context.close()


# Playwright's viewport when a context is made without one: what ``visits`` gives a test that names none.
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}


class SizedPool(Pool):
    """``Pool`` whose every take names a viewport (``DEFAULT_VIEWPORT`` when the test names none, as a context made
    without one has it): a test at 360 px and one at the default size then share a server's context (``resize``), where
    a take without a viewport was a kind of its own, a second context and a second cold boot of Pyodide (measured
    2026-12-07, speed73a: test_keyboard_only_and_small_screen 3.2 s of processor, the whole tree's, then 1.4 s)."""

    def take(self, *args, **options):
        options.setdefault("viewport", DEFAULT_VIEWPORT)
        return super().take(*args, **options)


@pytest.fixture(scope="module")
def visits(browser):
    """The contexts the tests whose subject is not a first visit share, one per server and options (browser_support.Pool):
    each takes its own at a blank page, nothing recorded; a test that routes requests (but a changed ruleset:
    ``routed_visits``), disables JavaScript or needs a new browser opens a Visit of its own."""
    pool = SizedPool(lambda server, **options: Visit(browser, server, **options), resize=True)
    yield pool
    pool.close()


@pytest.fixture(scope="module")
def routed_visits(browser):
    """The context the tests that serve the page a changed ruleset share (``_ruleset_routed``), apart from ``visits``:
    a Pool of its own, its service workers blocked, so that every request of the page and of its engine's worker goes
    to the network, where the test's route answers it (a checklist folder's service worker, registered by an earlier
    visit in the context, would answer from Cache Storage, unseen by a page's route: Playwright, Page.route); the pool
    drops the earlier test's routes at each take. The second such test's Pyodide then starts from the snapshot the
    first stored (measured 2026-12-07, speed73a: the second test 5.8 s of processor, the whole tree's, then 3.0 s).
    A test whose subject is a file refused (the engine, the WebAssembly) still opens a Visit of its own: a restored
    snapshot fetches no engine."""
    pool = SizedPool(lambda server, **options: Visit(browser, server, service_workers="block", **options), resize=True)
    yield pool
    pool.close()


def url_of(notice) -> str:
    return f"/{notice.slug}/{notice.year}/liste-personnalisee/"


def squeezed_words(text: str) -> str:
    """Text as read: spaces folded, no-break spaces as spaces, « ’ » as « ' »."""
    return " ".join(text.replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ").split())


def wait_settled(page, after: int = 0):
    """Until the result of the last answers sent is shown (and newer than ``after``)."""
    # (the state and the number sent returned by the wait itself, as they were when it ended: no round trip more)
    state, sent = page.wait_for_function(
        """(after) => { const r = document.getElementById('bts-checklist');
             return (r.dataset.state === 'failed' ||
               (r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent && Number(r.dataset.done) > after))
               && [r.dataset.state, r.dataset.sent]; }""",
        arg=after, timeout=READY_TIMEOUT,
    ).json_value()
    assert state == "ready", f"the checklist did not load: state {state}"
    return int(sent)


def fragment_answers_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).fragment))


def fragment_answers(page) -> dict[str, str]:
    return fragment_answers_of(page.url)


def shown(page, attribute: str) -> list[str]:
    return page.eval_on_selector_all(f"#bts-checklist-output [{attribute}]", f"els => els.map(e => e.getAttribute('{attribute}'))")


def visible_questions(page) -> list[str]:
    return page.eval_on_selector_all("#bts-checklist-form [data-question]", "els => els.filter(e => !e.hidden).map(e => e.dataset.question)")


def answer(page, ruleset: dict, qid: str, value: str, sent: int) -> int:
    """Answer one question the way a candidate does (click, choose, type), then wait for the list."""
    kind = next(q["kind"] for q in ruleset["questions"] if q["id"] == qid)
    if kind == "choice":
        page.check(f"#q-{qid}-{value}")
    elif kind in ("specialty", "option"):
        page.select_option(f"#q-{qid}-input", value)
    elif kind == "department":
        page.fill(f"#q-{qid}-input", value)
        page.press(f"#q-{qid}-input", "Tab")  # change on leaving the field, with the keyboard
    elif kind == "date":
        page.fill(f"#q-{qid}-input", value)
        page.dispatch_event(f"#q-{qid}-input", "change")
    else:
        raise AssertionError(kind)
    return wait_settled(page, sent)


def pick(ruleset: dict, qid: str, answers: dict, rng: random.Random) -> str:
    question = next(q for q in ruleset["questions"] if q["id"] == qid)
    kind = question["kind"]
    if kind == "choice":
        return rng.choice(question["choices"])[0]
    if kind == "department":
        return rng.choice(ruleset["academy"]["departments"])
    if kind == "specialty":
        preferred = sorted({e[0] for e in ruleset["r408"]} | {s for s, v in ruleset["specialties"].items() if v["options"]})
        return rng.choice(preferred or sorted(ruleset["specialties"]))
    if kind == "option":
        return rng.choice(sorted(ruleset["specialties"][answers["specialty"]]["options"]))
    if kind == "date":
        reference = engine.parse_date(ruleset["session"]["age_reference_date"] or f"{ruleset['session']['year'] - 1}-11-15")
        return (reference - dt.timedelta(days=rng.choice([17, 20, 30]) * 365)).isoformat()
    raise AssertionError(kind)


AIX_REPEATER = {"department": "13", "situation": "repeater", "specialty": "batiment", "nationality": "french",
                "birth_date": "1997-11-01", "has_benefits": "yes", "renounces_benefits": "yes", "dispensation": "both",
                "positioning_decision": "no", "mandatory_language": "english", "disability": "no", "engagement_etudiant": "yes"}


@pytest.mark.parametrize("slug, year, answers", [
    # read54 L3: never asked « Renoncez-vous à un bénéfice de notes ? » nor « décision d'aménagement… ? »
    ("aix-marseille", 2023, AIX_REPEATER),
    # the department, answered first, kept though the situation then decides alone (the form keeps an answer it showed)
    ("clermont-ferrand", 2024, {"department": "75", "situation": "in_person", "specialty": "mco", "disability": "yes"}),
    ("toulouse", 2024, {"department": "31", "situation": "experience", "sat_before": "yes", "has_benefits": "no",
                        "renounces_benefits": "yes", "specialty": "mco", "r408_waiver": "no", "nationality": "foreign"}),
])
def test_the_form_takes_the_answers_the_command_line_keeps(frozen, server, visits, slug, year, answers):
    """The command line and the page agree on which answers count (read54 L3: the command line took answers the form
    never shows, without a word). A candidate with these answers fills the form from top to bottom, answering each
    question as it appears; the answers the form then holds are those the command line keeps (engine.evaluate_given),
    the others it says ignored (« Réponse ignorée, car… »)."""
    notice = next(n for n in frozen.notices if (n.slug, n.year) == (slug, year))
    ruleset = frozen.ruleset(notice)
    given = engine.evaluate_given(ruleset, answers)
    order = [q["id"] for q in ruleset["questions"]]
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice))
    sent = wait_settled(page)
    taken = set()
    while True:
        shown_now = set(visible_questions(page))
        qid = next((q for q in order if q in answers and q not in taken and q in shown_now), None)
        if qid is None:
            break
        sent = answer(page, ruleset, qid, answers[qid], sent)
        taken.add(qid)
    assert fragment_answers(page) == given["answers"], (sorted(taken), given["dropped"])
    assert set(answers) - set(given["answers"]) == set(given["dropped"])
    check_against_engine(page, ruleset)
    visit.close()


# What check_against_engine reads of the settled page, in one call (a round trip each was most of its time): the
# values of each data attribute of the list (as ``shown``), the visible questions (as ``visible_questions``), the form's
# answers and the list's text (as ``page.inner_text``: the element's innerText).
SETTLED_STATE = """(attributes) => {
  const output = document.getElementById('bts-checklist-output');
  const shown = {};
  for (const a of attributes) shown[a] = [...output.querySelectorAll(`[${a}]`)].map(e => e.getAttribute(a));
  const visible = [...document.querySelectorAll('#bts-checklist-form [data-question]')].filter(e => !e.hidden).map(e => e.dataset.question);
  const form = {};
  for (const e of document.getElementById('bts-checklist-form').elements) {
    if (!e.name || (e.type === 'radio' && !e.checked) || !e.value) continue; form[e.name] = e.value; }
  return {shown, visible, form, text: output.innerText};
}"""
LIST_ATTRIBUTES = ["data-document", "data-deadline", "data-undecided", "data-warning", "data-step", "data-undecided-step",
                   "data-adjustment", "data-contact"]


def check_against_engine(page, ruleset: dict) -> dict:
    """What the page shows equals the CPython engine's result for the answers in the fragment."""
    answers = fragment_answers(page)
    expected = engine.evaluate(ruleset, answers)
    assert expected["dropped"] == [] and expected["answers"] == answers
    state = page.evaluate(SETTLED_STATE, LIST_ATTRIBUTES)
    on_page = state["shown"]
    # (on two dates or more, by date: documents_by_date)
    grouped = [i for g in expected["documents_by_date"] for i in g["documents"]] if expected["documents_by_date"] else None
    assert on_page["data-document"] == (grouped or [d["id"] for d in expected["documents"]])
    assert on_page["data-deadline"] == [d["id"] for d in expected["deadlines"]]
    assert on_page["data-undecided"] == [d["id"] for d in expected["undecided"]]
    assert on_page["data-warning"] == [w["id"] for w in expected["warnings"]]
    assert on_page["data-step"] == [str(s["number"]) for s in expected["steps"]]
    assert on_page["data-undecided-step"] == [str(s["number"]) for s in expected["undecided_steps"]]
    adjustment = expected["exam_adjustment"]
    assert on_page["data-adjustment"] == ([adjustment["request"] or "undecided"] if adjustment else [])
    no_office = bool(expected["contacts"]) and expected["contacts"][0]["office"] is None
    # (and what the notice says of its table of managers, after the last of them: a contact of its own)
    assert on_page["data-contact"] == (["no-exam-office"] if no_office else []) + (
        ["specialty-note"] if any(c["kind"] == "specialty_note" for c in expected["contacts"]) else [])
    visible = state["visible"]
    assert set(expected["questions"]) <= set(visible)
    assert set(visible) <= set(expected["questions"]) | set(answers), "a question neither needed nor answered is shown"
    # The form holds exactly the answers of the fragment.
    assert state["form"] == answers
    text = state["text"]
    # Reasons in words: question labels, not ids; French typography (no plain space before : ; ? !).
    for doc in expected["documents"]:
        for why in doc["why"]:
            assert f"{why['question']} =" not in text
    assert not re.search(r" [:;?!]", text), re.search(r".{30} [:;?!].{0,10}", text)
    return expected


def test_candidates_get_the_engines_list_in_every_session(real, real_server, visits):
    """Every session of the real data: the page shows the engine's result at every answer, and axe-core
    finds no violation once the questions are answered."""
    server = real_server
    assert real.notices
    failures = []
    visit = visits.take(server)  # (a session each: its page loaded whole, Visit.next_page)
    for index, notice in enumerate(real.notices):
        ruleset = real.ruleset(notice)
        rng = random.Random(index)
        page = visit.next_page()
        page.goto(server + url_of(notice))
        sent = wait_settled(page)
        check_against_engine(page, ruleset)
        given: dict[str, str] = {}
        for _ in range(40):  # answer the first still-needed question until none is left
            needed = [q for q in visible_questions(page) if q not in fragment_answers(page)]
            if not needed:
                break
            qid = needed[0]
            given[qid] = pick(ruleset, qid, given, rng)
            sent = answer(page, ruleset, qid, given[qid], sent)
            check_against_engine(page, ruleset)
        result = check_against_engine(page, ruleset)
        assert result["questions"] == [], f"{notice.slug} {notice.year}: questions left {result['questions']}"
        assert page.inner_text("#bts-checklist-status").startswith("Liste mise à jour")
        assert visit.errors == [], visit.errors
        assert visit.foreign() == [], visit.foreign()
        assert visit.context.cookies() == []
        failures += [f"{notice.slug} {notice.year}: {v}" for v in _axe(page)]
    visit.close()
    assert not failures, "\n".join(failures)


def _situation_showing(ruleset: dict, qid: str, value: str, shows) -> tuple[dict | None, dict | None]:
    """The first situation of the checklist's question, with the department of the academy and ``qid`` answered
    ``value``, whose result gives a list and ``shows(result)``: (its answers, the result), or (None, None)."""
    for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
        tried = engine.normalise(ruleset, {"department": ruleset["academy"]["departments"][0], "situation": situation, qid: value})
        result = engine.evaluate(ruleset, tried)
        if engine.standing_kind(result) not in engine.NO_LIST and shows(result):
            return tried, result
    return None, None


class InPlace:
    """Checklists with answers in their address, settled, one after the other in ``visit``: a notice's list loaded
    whole in ``visit``'s next page (Visit.next_page) the first time, then, while the next case is the same notice's,
    its answers changed in place: the address's fragment set as a link to the same list with other answers opened over
    it sets it (hashchange: checklist.js ``restore`` puts the form to exactly the address's answers, none kept aside,
    and asks the engine), and the answer to that change waited for (a fraction of a second; a page loaded again and
    Pyodide started again: about 2 s on a loaded machine). A case with no answer, or the address it already has, loads
    the page whole."""

    def __init__(self, visit: Visit, server: str):
        self.visit, self.server = visit, server
        self.notice = None
        self.sent = 0

    def show(self, notice, answers: dict):
        fragment = "#" + urlencode(sorted(answers.items())) if answers else ""
        page = self.visit.page
        if notice is self.notice and fragment and page.evaluate("() => location.hash") != fragment:
            page.evaluate("(fragment) => { location.hash = fragment; }", fragment)
            self.sent = wait_settled(page, self.sent)
        else:
            page = self.visit.next_page()
            page.goto(self.server + url_of(notice) + fragment)
            self.sent = wait_settled(page)
            self.notice = notice
        return page


def test_a_national_rule_dated_with_the_closing_says_that_date(real, real_server, visits):
    """Every session of the real data where the guide dates a national rule with the notice's registration closing
    (merge: closing_due; a review, walk 41b L5: the engagement étudiant request with no date): a candidate it concerns
    reads, under the rule and its source, « Date retenue par le guide (la notice ne date pas cette démarche) : la clôture des inscriptions, … » with
    the page's date, the date in « Dates limites » with its pointer to the guide's precision, and in « Dates à
    retenir »; the calendar of their list has the event."""
    import json

    seen = 0
    seen_past = False
    visit = visits.take(real_server)
    lists = InPlace(visit, real_server)  # (a notice's list loaded once, the answers changed in place)
    for notice in real.notices:
        ruleset = real.ruleset(notice)
        for warning in (w for w in ruleset["warnings"] if w.get("deadline")):
            # (in a topic's warning with the notice's own statements, its dated part: review88, Aix-Marseille 2023)
            dated = next((p for p in warning.get("parts") or [] if p.get("deadline")), None)
            text = dated["text"] if dated else warning["text"]
            provenance = {"kind": "national", "section": None, "texts": dated["texts"]} if dated else warning["provenance"]
            kind, qid, values = dated["when"] if dated else warning["when"]  # (a one-question condition, as compile writes a statement's)
            assert kind == "test", warning["when"]
            answers, _ = _situation_showing(ruleset, qid, values[0], lambda result: warning["id"] in {w["id"] for w in result["warnings"]})
            if answers is None:
                continue
            seen += 1
            page = lists.show(notice, answers)
            expected = check_against_engine(page, ruleset)
            assert warning["deadline"] in {d["id"] for d in expected["deadlines"]}
            data = json.loads(page.eval_on_selector("#bts-checklist-data", "e => e.textContent"))
            dates = data["dates"]
            item = squeezed_words(page.inner_text(f'#bts-checklist-output [data-warning="{warning["id"]}"]'))
            t = notice.texts
            # (the rule's words, then the rule's source, then the line with the page's date: the source vouches for the
            # rule, not for the guide's date, walk 44 L1)
            # (the closing itself, unmarked: the sentence says the date is the guide's; its own date is marked among the
            # key dates, review61 M1)
            assert dates[warning["deadline"]] == t.text("dates.guide_day", date=dates["registration_closing"])
            # (over on the browser's day: « — date passée » after it, as its line in « Dates à retenir »; read61 L4)
            over = data["over"].get(warning["deadline"])
            date = dates["registration_closing"]
            if over and dt.datetime.fromisoformat(over) <= dt.datetime.now(dt.timezone.utc):
                date = past_words(t, date)
                seen_past = True
            line = squeezed_words(t.text("dates.closing_due", date=date))
            assert squeezed_words(text) in item and item.endswith(line), item
            assert item.index(squeezed_words(text)) < item.index(squeezed_words(provenance_words(provenance, t))) < item.index(line), item
            boxed = squeezed_words(page.inner_text(f'#bts-checklist-output .bts-checklist-key-dates [data-key-date="{warning["deadline"]}"]'))
            # (a date over on the browser's day is said passed, fixdup57, right after the date, before the pointer:
            # after it, « voir la précision sous « Dates à retenir » — date passée » read as if « Dates à retenir » were
            # past; read61 L3)
            assert boxed.endswith(squeezed_words(t.text("checklist_page.deadline_pointer", title=t.text("checklist_page.deadlines_title")))), boxed
            assert shown(page, "data-deadline").count(warning["deadline"]) == 1
            assert visit.errors == [] and visit.foreign() == []
    visit.close()
    assert seen or not any(w.get("deadline") for n in real.notices for w in real.ruleset(n)["warnings"])
    assert seen_past or not seen, "no such date over on the browser's clock"


def test_a_national_rule_said_with_the_notice_s_words_keeps_its_source(real, real_server, visits):
    """Every session of the real data where a topic's warning says a national statement with the notice's own (a
    review, walk 42 L6: Toulouse 2024's article D613-26 and its sentence that cites it): a candidate it concerns reads
    each group with its own source, « Règle nationale — … » under the national rule, the notice's place under its words,
    in the engine's order (checklist.js: warningGroups; text.py: group_source)."""
    from generator.checklist.text import group_source

    seen = 0
    visit = visits.take(real_server)
    lists = InPlace(visit, real_server)  # (a notice's list loaded once, the answers changed in place)
    for notice in real.notices:
        ruleset = real.ruleset(notice)
        for warning in (w for w in ruleset["warnings"] if any(p.get("texts") for p in w.get("parts") or ())):
            part = next(p for p in warning["parts"] if p.get("texts"))
            kind, qid, values = part["when"]  # (a one-question condition, as compile writes a statement's)
            assert kind == "test", part["when"]
            def grouped(result, wid=warning["id"]):
                said = [w for w in result["warnings"] if w["id"] == wid]
                return bool(said) and len(said[0]["groups"]) > 1

            answers, result = _situation_showing(ruleset, qid, values[0], grouped)
            if answers is None:
                continue
            groups = next(w for w in result["warnings"] if w["id"] == warning["id"])["groups"]
            seen += 1
            page = lists.show(notice, answers)
            check_against_engine(page, ruleset)
            sources = page.eval_on_selector_all(f'#bts-checklist-output [data-warning="{warning["id"]}"] > .bts-checklist-source, '
                                                f'#bts-checklist-output [data-warning="{warning["id"]}"] details > .bts-checklist-source',
                                                "ps => ps.map(p => p.textContent)")
            assert [squeezed_words(s) for s in sources] == [squeezed_words(group_source(g, notice.texts)) for g in groups], sources
            national = squeezed_words(notice.texts.text("provenance.national", texts="\0")).split("\0")[0]
            assert any(squeezed_words(s).startswith(national) for s in sources), sources
            assert visit.errors == [] and visit.foreign() == []
    visit.close()
    assert seen or not any(p.get("texts") for n in real.notices for w in real.ruleset(n)["warnings"] for p in w.get("parts") or ())


def test_changing_an_earlier_answer_drops_answers_that_no_longer_apply(frozen, server, visits):
    notice = next(n for n in frozen.notices if any(q["id"] == "internship_exam_failed" for q in frozen.ruleset(n)["questions"]))
    ruleset = frozen.ruleset(notice)
    visit = visits.take(server)
    page = visit.page
    # (marks not kept; the renunciation is asked of who sat before: for a VAE candidate, pending the answer « avez-vous
    # déjà présenté ce BTS ? », kept, as the marks' answer: read54 M1)
    page.goto(server + url_of(notice) + "#situation=repeater&internship_exam_failed=yes&renounces_benefits=no&has_benefits=no")
    sent = wait_settled(page)
    assert fragment_answers(page) == {"situation": "repeater", "internship_exam_failed": "yes", "renounces_benefits": "no", "has_benefits": "no"}
    check_against_engine(page, ruleset)
    sent = answer(page, ruleset, "situation", "vae", sent)
    assert fragment_answers(page) == {"situation": "vae", "has_benefits": "no", "renounces_benefits": "no"}
    assert page.is_hidden("#q-internship_exam_failed") and not page.is_checked("#q-internship_exam_failed-yes")
    assert page.is_checked("#q-internship_exam_failed-none")
    status = page.inner_text("#bts-checklist-status")
    after = engine.evaluate(ruleset, {"situation": "vae", "internship_exam_failed": "yes", "renounces_benefits": "no", "has_benefits": "no"})
    # the answers whose question the change no longer asks: removed by the engine (dropped), or kept while their
    # question waits on another (the renunciation, until « avez-vous déjà présenté ce BTS ? » is answered)
    aside = [q for q in ("internship_exam_failed", "renounces_benefits", "has_benefits") if q not in after["asked"]]
    assert set(after["dropped"]) <= set(aside)
    # one answer put aside or several: the sentence agrees (« Réponses mises de côté, car ces questions… »); put aside,
    # not removed: they come back if their question does (phone48 M1)
    assert len(aside) >= 1 and ("Réponses mises de côté" if len(aside) > 1 else "Réponse mise de côté,") in status, (aside, status)
    assert "{" not in status and "|" not in status, status
    assert "Devez-vous repasser" in status
    check_against_engine(page, ruleset)
    # back to the first situation: the answers put aside are back
    answer(page, ruleset, "situation", "repeater", sent)
    assert fragment_answers(page) == {"situation": "repeater", "internship_exam_failed": "yes", "renounces_benefits": "no", "has_benefits": "no"}
    assert page.is_checked("#q-internship_exam_failed-yes")
    check_against_engine(page, ruleset)
    visit.close()


def test_the_link_restores_the_answers_in_a_new_browser(frozen, server, browser, visits):
    notice = frozen.notices[0]
    ruleset = frozen.ruleset(notice)
    # (the candidate who makes the link: a returning visitor's kept context, visits; the one who opens it: a new one)
    first = visits.take(server)
    first.page.goto(server + url_of(notice))
    sent = wait_settled(first.page)
    rng = random.Random(7)
    given: dict[str, str] = {}
    for _ in range(4):  # the first four questions the page asks
        qid = next(q for q in visible_questions(first.page) if q not in given)
        given[qid] = pick(ruleset, qid, given, rng)
        sent = answer(first.page, ruleset, qid, given[qid], sent)
    link = first.page.input_value("#bts-checklist-share")
    assert link == first.page.url and "#" in link
    documents = shown(first.page, "data-document")
    first.close()
    assert fragment_answers_of(link) == engine.normalise(ruleset, given) and len(given) == 4
    second = Visit(browser, server)
    second.page.goto(link)
    wait_settled(second.page)
    assert fragment_answers(second.page) == fragment_answers_of(link)
    assert shown(second.page, "data-document") == documents
    check_against_engine(second.page, ruleset)
    assert second.foreign() == [] and second.context.cookies() == []
    second.close()


def _axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run(document)).violations.map(v => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)"
    )
    return violations


def test_axe_initial_answered_and_fallback(frozen, server, browser, visits):
    notice = frozen.notices[0]
    ruleset = frozen.ruleset(notice)
    failures = []
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice))
    sent = wait_settled(page)
    failures += [f"initial: {v}" for v in _axe(page)]
    rng = random.Random(3)
    given: dict[str, str] = {}
    for _ in range(3):
        qid = next(q for q in visible_questions(page) if q not in given and q != "department")
        given[qid] = pick(ruleset, qid, given, rng)
        sent = answer(page, ruleset, qid, given[qid], sent)
    sent = answer(page, ruleset, "department", "96", sent)  # invalid (no department 96; 99 is abroad): the error message is shown
    assert page.is_visible("#q-department-problem")
    assert page.get_attribute("#q-department-input", "aria-invalid") == "true"
    failures += [f"answered: {v}" for v in _axe(page)]
    assert visit.foreign() == []
    visit.close()

    blocked = Visit(browser, server)
    blocked.page.route("**/*.wasm", lambda route: route.abort())
    blocked.page.goto(server + url_of(notice))
    blocked.page.wait_for_selector("#bts-checklist[data-state=failed]", timeout=READY_TIMEOUT)
    assert blocked.page.is_visible("#bts-checklist-failure")
    assert blocked.page.is_hidden("#bts-checklist-form")
    links = blocked.page.eval_on_selector_all("#bts-checklist-failure a", "els => els.map(a => a.getAttribute('href'))")
    assert "../#pieces-justificatives" in links
    assert "WebAssembly" in blocked.page.inner_text("#bts-checklist-failure")
    failures += [f"fallback: {v}" for v in _axe(blocked.page)]
    blocked.close()
    assert not failures, "\n".join(failures)


def test_a_missing_engine_file_is_reported_not_silent(frozen, server, browser):
    visit = Visit(browser, server)
    visit.page.route("**/checklist/engine.py?v=*", lambda route: route.fulfill(status=404, body="absent"))
    visit.page.goto(server + url_of(frozen.notices[0]))
    visit.page.wait_for_selector("#bts-checklist[data-state=failed]", timeout=READY_TIMEOUT)
    assert visit.page.is_visible("#bts-checklist-failure")
    visit.close()


def test_without_javascript_the_page_says_so(frozen, server, browser):
    visit = Visit(browser, server, java_script_enabled=False)
    visit.page.goto(server + url_of(frozen.notices[0]))
    assert visit.page.is_hidden("#bts-checklist-form")
    text = visit.page.inner_text("#bts-checklist")
    assert "JavaScript" in text and "tableau des pièces justificatives" in text
    visit.close()


def check_calendar_times(notice, ruleset, server, visits, department: str, seen: dict) -> None:
    """The candidate's calendar (checklist.js) of a repeater of another nationality on ``notice``'s list: each event at
    the engine's moment, a timed one in UTC (« DTSTART:…Z »), a day without an hour as a date; ``seen`` counts both."""
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + f"#department={department}&situation=repeater&nationality=foreign")
    wait_settled(page)
    expected = engine.evaluate(ruleset, fragment_answers(page))
    with page.expect_download() as info:
        page.click("#bts-checklist-ics")
    unfolded = Path(info.value.path()).read_bytes().decode("utf-8").replace("\r\n ", "")
    registration = expected["registration"]
    events = [(d["id"], d["end"], d["has_time"]) for d in expected["deadlines"]]
    events += [(key, registration[key], registration[f"{key}_has_time"]) for key in ("opening", "closing") if registration[key]]
    for event_id, when, timed in events:
        uid = f"UID:{notice.slug}-{notice.year}-{event_id}@bts-guide"
        assert uid in unfolded, uid
        block = unfolded.split(uid, 1)[1].split("END:VEVENT", 1)[0]
        end = dt.datetime.fromisoformat(when)
        if timed:
            assert f"DTSTART:{end.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}" in block, (event_id, block)
        else:
            assert f"DTSTART;VALUE=DATE:{end:%Y%m%d}" in block, (event_id, block)
        seen["timed" if timed else "dated"] += 1
    visit.close()


def test_calendar_export_and_print(frozen, server, visits):
    # Aix-Marseille 2023 (the test's own), then two lists whose calendar has timed events (review63 B L13: on Aix's
    # alone, whose dates have no hour, the UTC time of a timed event was checked by no browser test): Nantes 2024's
    # documents deadline (« minuit », the end of its day) and Toulouse 2024's registration (14 h 00, 17 h 00)
    by_key = {(n.slug, n.year): n for n in frozen.notices}
    seen = {"timed": 0, "dated": 0}
    for other, department in ((("nantes", 2024), "44"), (("toulouse", 2024), "31")):
        check_calendar_times(by_key[other], frozen.ruleset(by_key[other]), server, visits, department, seen)
    assert seen["timed"] >= 3 and seen["dated"] >= 3, seen
    notice = frozen.notices[0]
    ruleset = frozen.ruleset(notice)
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#situation=repeater&nationality=foreign")
    wait_settled(page)
    expected = engine.evaluate(ruleset, fragment_answers(page))
    with page.expect_download() as info:
        page.click("#bts-checklist-ics")
    text = Path(info.value.path()).read_bytes().decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    for deadline in expected["deadlines"]:
        uid = f"UID:{notice.slug}-{notice.year}-{deadline['id']}@bts-guide"
        assert uid in unfolded
        block = unfolded.split(uid, 1)[1].split("END:VEVENT", 1)[0]
        end = dt.datetime.fromisoformat(deadline["end"])
        if deadline["has_time"]:
            assert f"DTSTART:{end.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}" in block
        else:
            assert f"DTSTART;VALUE=DATE:{end:%Y%m%d}" in block
    assert unfolded.count("BEGIN:VEVENT") == len(expected["deadlines"]) + sum(
        1 for key in ("opening", "closing") if expected["registration"][key]
    )
    # each event gives the list's page, not the answers written after its # (a review, phone48 M6: calendars sync to
    # accounts others may see, and the answers can say a handicap or a birth date)
    address = server + url_of(notice)
    assert unfolded.count(address) == unfolded.count("BEGIN:VEVENT"), unfolded
    assert "nationality" not in unfolded and "#situation" not in unfolded and address + "#" not in unfolded
    page.emulate_media(media="print")
    assert page.is_hidden("#bts-checklist-form")
    assert page.is_visible("#bts-checklist-output [data-document] .bts-checklist-why")
    box = page.evaluate("getComputedStyle(document.querySelector('[data-document]'), '::before').content")
    assert "☐" in box
    # the documents that still depend on an answer are on paper too, as on the screen and the command line (a
    # review: a Bâtiment candidate's printed list never named the R408 attestation), without a box to tick
    assert expected["undecided"], "the draw leaves no document depending on an answer"
    for doc in expected["undecided"]:
        assert page.is_visible(f'#bts-checklist-output [data-undecided="{doc["id"]}"]'), doc["id"]
    box = page.evaluate("getComputedStyle(document.querySelector('[data-undecided]'), '::before').content")
    assert "☐" not in box
    visit.close()


def test_the_calendar_says_a_late_deposit_under_its_strict_deadline(frozen, server, visits):
    """A review: Toulouse 2024's repeater in « Finitions, aménagement des bâtiments » without the R408 waiver reads, under
    the documents' deadline « délai de rigueur », « Sauf pour « Attestation de formation R408 », d'après la notice :
    « … » »; their calendar's event for that deadline gave the notice's general words alone. It says the same lines
    as the list (the site's calendar, for every candidate, keeps its general words)."""
    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("toulouse", 2024))
    ruleset = frozen.ruleset(notice)
    answers = engine.normalise(ruleset, {"situation": "repeater", "specialty": "fed", "r408_waiver": "no"})
    expected = engine.evaluate(ruleset, answers)
    late = [d for d in expected["documents"] if d["late_deposit"] and d["deadline"] in {x["id"] for x in expected["deadlines"] if x["strict"]}]
    assert late, "no late deposit under a strict deadline for these answers"
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    wait_settled(page)
    with page.expect_download() as info:
        page.click("#bts-checklist-ics")
    unfolded = Path(info.value.path()).read_bytes().decode("utf-8").replace("\r\n ", "")

    def description(did: str) -> str:
        block = unfolded.split(f"UID:{notice.slug}-{notice.year}-{did}@bts-guide", 1)[1].split("END:VEVENT", 1)[0]
        line = next(x for x in block.split("\r\n") if x.startswith("DESCRIPTION:"))
        return line.removeprefix("DESCRIPTION:").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

    def squeezed(text: str) -> str:
        return "".join(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())

    for doc in late:
        listed = [p for p in page.eval_on_selector_all(f'#bts-checklist-output li[data-deadline="{doc["deadline"]}"] > p', "ps => ps.map(p => p.textContent)") if doc["label"] in p]
        assert len(listed) == 1, listed
        in_calendar = description(doc["deadline"]).split("\n")
        assert squeezed(listed[0]) in [squeezed(line) for line in in_calendar], (listed[0], in_calendar)
        assert "**" not in "".join(in_calendar)
        # in the list's order (a review): the date, the pieces not under it, then the notice's words under it
        under = [squeezed(p) for p in page.eval_on_selector_all(f'#bts-checklist-output li[data-deadline="{doc["deadline"]}"] > p', "ps => ps.map(p => p.textContent)")]
        lines = [squeezed(line) for line in in_calendar]
        assert [lines.index(p) for p in under if p in lines] == sorted(lines.index(p) for p in under if p in lines), (under, lines)
        # after the date and the sentence « Délai de rigueur : … », as the site's calendar and the page's dates table
        # (a review, phone53 L5)
        assert lines[1] == squeezed(notice.texts.text("dates.strict")), lines
        assert lines.index(squeezed(listed[0])) == 2, lines
        # « Pour « … », … », never « Sauf pour « … », … un dépôt plus tard est possible », which says the other pieces
        # may come later (phone59 H1: Aix-Marseille 2023's 4 December, not « délai de rigueur », read so alone)
        assert listed[0].replace("\u00a0", " ").replace("\u202f", " ").lstrip().startswith("Pour « "), listed[0]
    # a date with no such piece keeps the site's words alone (the registration's closing)
    assert "Pour «" not in description("closing") and "Sauf pour" not in description("closing") and "Délai de rigueur" not in description("closing")
    assert visit.errors == [], visit.errors
    visit.close()


def test_a_late_deposit_under_a_strict_deadline_says_how_to_reach_an_office_the_notice_does_not_give(frozen, server, visits):
    """Frozen Aix-Marseille 2023 gives no exam office: the web list's « Sauf pour « … », … demandez-la au bureau des
    examens » under its documents' deadline « délai de rigueur » (checklist.js: lateExceptions, fixr408) says how to
    reach it, as the build's answer and the command line (data.office_reach; office55, 1481357c redone)."""
    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("aix-marseille", 2023))
    ruleset = frozen.ruleset(notice)
    answers = engine.normalise(ruleset, {"department": "13", "situation": "repeater", "specialty": "batiment"})
    expected = engine.evaluate(ruleset, answers)
    strict = {x["id"] for x in expected["deadlines"] if x["strict"]}
    late = [d for d in expected["documents"] if d["late_deposit"] and d["deadline"] in strict]
    assert late, "no late deposit under a strict deadline for these answers"
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    wait_settled(page)

    def squeezed(text: str) -> str:
        return "".join(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())

    reach = squeezed("demandez-la au bureau des examens" + _site_linked(ruleset["academy"]["office_reach"]))
    assert "aix-marseille.fr" in reach and "http" not in reach, reach
    for doc in late:
        listed = [p for p in page.eval_on_selector_all(f'#bts-checklist-output li[data-deadline="{doc["deadline"]}"] > p', "ps => ps.map(p => p.textContent)") if squeezed(doc["label"]) in squeezed(p)]
        assert len(listed) == 1 and reach in squeezed(listed[0]), listed
    assert visit.errors == [], visit.errors
    visit.close()


@pytest.fixture(scope="module")
def no_office_server(tmp_path_factory):
    """The frozen project's site, Toulouse given no exam office (project_support.exam_office_unknown), without PDFs."""
    from project_support import exam_office_unknown, project_root, run_mkdocs

    tmp = tmp_path_factory.mktemp("no-office")
    root = project_root(tmp)
    exam_office_unknown(root, "toulouse")
    result = run_mkdocs(root / "mkdocs.yml", tmp / "site", BTS_GUIDE_PDF="0", BTS_GUIDE_COMPRESS="0")  # (the test server sends the files as they are)
    assert result.returncode == 0, result.stdout + result.stderr
    yield from _serve(tmp / "site")


def test_the_other_sentences_sending_to_the_office_say_how_to_reach_it(tmp_path_factory, no_office_server, visits):
    """Office56: where the notice gives no exam office (frozen Toulouse 2024 given none), the web list's « Demandez au
    plus tôt au bureau des examens comment vous inscrire » (notListedWords), « … demandez au bureau des examens de
    l'académie » under the notice's date of a piece a national text dates otherwise, « Vérifiez auprès du bureau des
    examens … » (replaced without exemption) and the later deposit's reading « En cas de doute, demandez au bureau des
    examens » (the piece's detail) say how to reach it, as the command line (data.office_reach; test_exam_office_reach)."""
    from generator.checklist.text import render
    from project_support import data_root, exam_office_unknown

    root = data_root(tmp_path_factory.mktemp("no-office-data"))
    exam_office_unknown(root, "toulouse")
    data = Data(root)
    notice = next(n for n in data.notices if (n.slug, n.year) == ("toulouse", 2024))
    ruleset = data.ruleset(notice)
    reach = ruleset["academy"]["office_reach"]
    assert "ac-toulouse.fr" in reach, reach
    said = {
        "standing.not_listed_text": ({"department": "31", "situation": "vae"}, {}),
        "documents.late_deposit_unasked": ({"department": "31", "situation": "repeater", "specialty": "fab", "r408_waiver": "no"}, {"words": "…"}),
        "provenance.notice_date_counts": ({"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}, {}),
        "provenance.replaced_unwaived_cited": ({"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "yes"},
                                               {"piece": "…", "texts": "…"}),
    }
    visit = visits.take(no_office_server)
    lists = InPlace(visit, no_office_server)  # (the list loaded once, the answers changed in place)
    for key, (answers, values) in said.items():
        # the sentence sending to the office, around {office} (not the placeholders' words before it)
        before, after = notice.texts.text(key, office="\0", **values).split("\0")
        start = squeezed_words(before).split(". ")[-1].split("» ")[-1]
        words = squeezed_words(start + reach + after[:15])
        answers = engine.normalise(ruleset, answers)
        assert words in squeezed_words(render(ruleset, engine.evaluate(ruleset, answers), notice.texts)), (key, "command line")
        page = lists.show(notice, answers)
        shown = squeezed_words(page.inner_text("#bts-checklist-output"))
        if key == "standing.not_listed_text":
            # its « Site de l'académie » line below links the site: the words do not name it too (phone57 L3)
            below = ruleset["academy"]["office_reach_site_below"]
            assert "ac-toulouse.fr" not in below and squeezed_words(start + below + after[:15]) in shown, (key, below)
            note = page.inner_text("#bts-checklist-output > .bts-checklist-standing")
            # (named as a person types it, without « https:// »: fixaddr59, text.address_words)
            assert note.count(address_words(ruleset["academy"]["website"])) == 1, note
            assert page.locator(f"#bts-checklist-output > .bts-checklist-standing a[href='{ruleset['academy']['website']}']").count() == 1
            continue
        # (the site a link in the lines of a piece's date and in its detail too, which writes the guide's reading of a
        # later deposit, documents.late_deposit_unasked: fixleft60 left it as text; checklist.js reachedEmphasised)
        assert squeezed_words(_site_linked(start + reach + after[:15])) in shown, (key, words)
        if key == "documents.late_deposit_unasked":
            detail = page.locator("#bts-checklist-output [data-document] > p:not([class])", has_text="dépôt plus tard").filter(has_text="bureau des examens")
            assert detail.count() == 1 and detail.locator(f"a.bts-bare-url[href='{ruleset['academy']['website']}']").count() == 1, detail.all_inner_texts()
            assert "**" not in detail.inner_text() and "http" not in detail.inner_text(), detail.inner_text()
    assert visit.errors == [], visit.errors


def test_an_adjustment_page_the_notice_s_words_write_is_linked_there_once(real, real_server, visits):
    """phone57 L5: where the exam-adjustment procedure's words write its page's address (real Nantes 2024: « Consulter
    le lien suivant : https://www.ac-nantes.fr/amenagement-d-epreuves-… »), the list gives it once, as the link in those
    words (the ruleset's url_words: checklist.js linkWritten), not again on a « Page à consulter » line; a new request
    and a renewal (where the notice excepts a case from its dispensation, the procedure for it)."""
    cases = [(n, r) for n in real.notices for r in [real.ruleset(n)] if (r["exam_adjustment"] or {}).get("url_words")]
    if not cases:
        pytest.skip("no notice's exam-adjustment words write its page's address")
    visit = visits.take(real_server)
    for notice, ruleset in cases:
        procedure = ruleset["exam_adjustment"]
        for request in ("yes", "renewal"):
            answers = None
            for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
                tried = engine.normalise(ruleset, {"department": ruleset["academy"]["departments"][0], "situation": situation,
                                                   "disability": "yes", "exam_adjustment": request})
                if (engine.evaluate(ruleset, tried)["exam_adjustment"] or {}).get("given"):
                    answers = tried
                    break
            assert answers, (notice.slug, notice.year, request)
            page = visit.next_page()
            page.goto(real_server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
            wait_settled(page)
            block = page.locator("#bts-checklist-output .bts-checklist-adjustment")
            assert block.inner_text().count(procedure["url_words"]) == 1, (notice.slug, request, block.inner_text())
            link = block.locator("a.bts-bare-url", has_text=procedure["url_words"])
            assert link.count() == 1 and link.get_attribute("href") == procedure["url"], (notice.slug, request)
            assert link.evaluate("a => a.closest('.bts-checklist-adjustment-how') !== null"), (notice.slug, request)
    assert visit.errors == [], visit.errors


def test_the_printed_list_names_the_questions_still_useful_and_writes_an_address_once(frozen, server, visits):
    """On paper, where the form is not: each question still useful named, the command line's list (a review: « elle est
    marquée « encore utile » dans le formulaire en ligne » alone); a web address written once (a review: « Application :
    AMEX (https://…) (https://…) », « https://www.ac-… (https://www.ac-…) »), in the engine's answer (checklist.js)."""
    from generator.checklist.text import list_questions

    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("aix-marseille", 2023))
    ruleset = frozen.ruleset(notice)
    labels = {q["id"]: q["label"] for q in ruleset["questions"]}
    answers = engine.normalise(ruleset, {"disability": "yes", "exam_adjustment": "yes"})
    expected = engine.evaluate(ruleset, answers)
    assert expected["exam_adjustment"]["application"] and list_questions(expected)
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    wait_settled(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    assert page.is_hidden("#bts-checklist-output .bts-checklist-open-questions")
    page.emulate_media(media="print")
    assert page.is_visible("#bts-checklist-output .bts-checklist-open-questions")
    shown_questions = page.eval_on_selector_all("[data-open-question]", "items => items.map((i) => [i.dataset.openQuestion, i.textContent])")
    assert [qid for qid, _ in shown_questions] == list_questions(expected)
    squeeze = lambda text: "".join(text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").split())
    assert [squeeze(words) for _, words in shown_questions] == [squeeze(labels[qid]) for qid in list_questions(expected)]
    twice = page.evaluate("""() => [...document.querySelectorAll("#bts-checklist-output a[href^='http']")].filter((a) => {
        const after = getComputedStyle(a, "::after").content;
        return !["none", "normal"].includes(after) && a.parentElement.textContent.includes(a.getAttribute("href").replace(/\\/+$/, "").replace(/^https?:\\/\\//, ""));
      }).map((a) => a.parentElement.textContent)""")
    assert twice == []
    application = expected["exam_adjustment"]["application"]
    amex = page.locator(f'.bts-checklist-adjustment a[href="{application["url"]}"]')
    assert amex.inner_text() == application["name"]
    # (written as a person types it, without its scheme: fixaddr59, text.address_words)
    assert amex.evaluate("(a) => a.parentElement.textContent").count(address_words(application["url"])) == 1
    assert amex.evaluate("(a) => getComputedStyle(a, '::after').content") in ("none", "normal")
    assert visit.errors == [], visit.errors
    visit.close()


def test_keyboard_only_and_small_screen(frozen, server, visits):
    notice = frozen.notices[-1]
    ruleset = frozen.ruleset(notice)
    visit = visits.take(server, viewport={"width": 360, "height": 740})
    page = visit.page
    page.goto(server + url_of(notice))
    sent = wait_settled(page)
    # Tab from the top of the form to the first radio group, arrow keys choose in the group.
    first = next(q for q in visible_questions(page) if next(x for x in ruleset["questions"] if x["id"] == q)["kind"] == "choice")
    page.focus(f"#q-{first} input[type=radio]")
    page.keyboard.press("ArrowDown")
    sent = wait_settled(page, sent)
    chosen = page.eval_on_selector(f"#q-{first} input:checked", "e => e.value")
    assert chosen and fragment_answers(page).get(first) == chosen
    check_against_engine(page, ruleset)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"page wider than a 360 px screen by {overflow} px"
    visit.close()



# The live region of « Copier le lien », each change of its words recorded (what a screen reader is given to say).
COPIED_WATCHED = """() => { window.__copiedSaid = []; const said = document.querySelector('.bts-checklist-copied');
  new MutationObserver(() => window.__copiedSaid.push(said.textContent)).observe(said, { childList: true, characterData: true, subtree: true }); }"""


def test_copying_the_link_keeps_the_focus_on_its_button_says_it_each_time_and_not_for_a_new_link(frozen, server, visits):
    """A keyboard walk (a11y58 L): « Copier le lien » pressed with Enter took the focus to the address field (its
    input.select()), whose whole address a screen reader then read over « Lien copié. »; and once an answer changed the
    link, « Lien copié. » stayed next to a link the candidate had not copied. The focus stays on the button, with the
    clipboard's API and without (the old way: the field selected, then the focus back), the words are said at each press,
    and a new link empties them."""
    notice = frozen.notices[-1]
    ruleset = frozen.ruleset(notice)
    visit = visits.take(server, viewport={"width": 1280, "height": 800})
    page = visit.page
    page.goto(server + url_of(notice))
    sent = wait_settled(page)
    page.evaluate(COPIED_WATCHED)
    copy = page.get_by_role("button", name="Copier le lien")
    for way in ("api", "old way"):
        if way == "old way":
            page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); }")
        copy.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("() => window.__copiedSaid.at(-1) === 'Lien copié.'")
        assert page.evaluate("() => document.activeElement.textContent") == "Copier le lien", way
        # (the second press: emptied first, then the same words, a change a screen reader says again)
        assert page.evaluate("() => window.__copiedSaid.splice(0)") == (["Lien copié."] if way == "api" else ["", "Lien copié."]), way
    assert page.inner_text(".bts-checklist-copied") == "Lien copié."
    first = next(q for q in visible_questions(page) if next(x for x in ruleset["questions"] if x["id"] == q)["kind"] == "choice")
    choice = next(x for x in ruleset["questions"] if x["id"] == first)["choices"][0][0]
    answer(page, ruleset, first, choice, sent)
    assert fragment_answers(page).get(first) == choice
    assert page.input_value("#bts-checklist-share") == page.url
    assert page.inner_text(".bts-checklist-copied") == ""
    visit.close()


def test_adjustment_steps_late_deposits_and_contacts_are_shown(frozen, server, visits):
    """The exam-adjustment procedure, the steps that apply, late-deposit words and a missing exam office, in the page."""
    seen = {"adjustment": 0, "adjustment_not_given": 0, "renewal_not_said": 0, "own_label": 0, "late": 0, "national_dating": 0, "date_notes": 0, "new_request": 0, "adjustment_note": 0, "adjustment_note_past": 0}

    def squeezed(text: str) -> str:
        return " ".join(text.split()).replace("\u2019", "'").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")

    visit = visits.take(server)
    base = {"disability": "yes", "exam_adjustment": "renewal", "engagement_etudiant": "yes"}
    # and the list of a Bâtiment candidate of each notice with a piece it lets be deposited later (the R408 attestation of
    # Toulouse 2024 and Aix-Marseille 2023): the answers above list none, and the late-deposit checks never ran (review63)
    late = [notice for notice in frozen.notices if any(d["late_deposit"] for d in frozen.ruleset(notice)["documents"])]
    cases = [(n, base) for n in frozen.notices] + [(n, {**base, "specialty": "batiment", "r408_waiver": "no"}) for n in late]
    lists = InPlace(visit, server)  # (a notice's cases one after the other, its list loaded once, the answers changed in place)
    for notice, answers in sorted(cases, key=lambda case: frozen.notices.index(case[0])):
        ruleset = frozen.ruleset(notice)
        answers = engine.normalise(ruleset, answers)
        page = lists.show(notice, answers)
        expected = check_against_engine(page, ruleset)
        text = page.inner_text("#bts-checklist-output")
        flat = " ".join(text.split()).replace("\u2019", "'")  # the page writes typographic apostrophes (generator/french.py)
        if expected["exam_adjustment"] and not expected["exam_adjustment"]["given"]:
            # the notice does not say how (Nantes 2026): said so in the notice page's words, then the guide's advice
            # (« Note du guide : … demandez au plus tôt au bureau des examens … », read55 M3), nothing else in its place
            seen["adjustment_not_given"] += 1
            flat_spaces = lambda words: " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").split()).replace("'", "\u2019")
            block = flat_spaces(page.inner_text("#bts-checklist-output .bts-checklist-adjustment"))
            ask = ruleset["exam_adjustment_ask"]
            assert ask, notice.slug
            assert block == flat_spaces(typography(notice.texts.text("exam_adjustment.not_given") + " " + ask)), (notice.slug, block)
            assert page.locator("#bts-checklist-output h3", has_text=notice.texts.text("checklist_page.adjustment_title").replace("'", "\u2019")).count() == 1
        elif expected["exam_adjustment"]:
            seen["adjustment"] += 1
            how = " ".join(expected["exam_adjustment"]["how"].split())
            assert how[:40].replace(" ", "") in flat.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""), notice.slug
            # its paragraphs and lists as the notice writes them (Toulouse: five paragraphs; Clermont-Ferrand: « - »
            # items), and a sentence it gives never said again under a label (Toulouse's decision)
            raw = expected["exam_adjustment"]["how"].strip()
            block = page.locator("#bts-checklist-output .bts-checklist-adjustment-how")
            items = [line for line in raw.splitlines() if line.strip().startswith("- ")]
            assert block.locator("li").count() == len(items), notice.slug
            paragraphs = [p for p in re.split(r"\n\s*\n", raw) if any(not l.strip().startswith("- ") for l in p.splitlines() if l.strip())]
            assert block.locator("p").count() == len(paragraphs), notice.slug
            for sentence in re.split(r"(?<=\.)\s", how):
                if len(sentence) > 40:
                    assert squeezed(flat).count(squeezed(sentence)[:50]) == 1, (notice.slug, sentence)
            # its date, then the guide's reading of it (Toulouse: « la date limite d'inscription », no hour), as text.py
            deadline = expected["exam_adjustment"]["deadline"]
            if deadline and deadline["note"]:
                seen["adjustment_note"] += 1
                shown_block = squeezed(page.inner_text("#bts-checklist-output .bts-checklist-adjustment"))
                assert squeezed(deadline["label"]) + ":" in shown_block and squeezed(deadline["note"]) in shown_block, notice.slug
                # and « Dates limites » says this date has a precision below (the guide's reading; answer.py: _key_date)
                boxed = page.inner_text(f'#bts-checklist-output .bts-checklist-key-dates [data-key-date="{deadline["id"]}"]')
                t = notice.texts
                # (a date over says so right after the date, before the pointer: after it, « voir la précision sous
                # « Dates à retenir » — date passée » read as if « Dates à retenir » were past; read61 L3)
                pointer = squeezed(t.text("checklist_page.deadline_pointer", title=t.text("checklist_page.deadlines_title")))
                assert squeezed(boxed).endswith(pointer), boxed
                # (after the guide's mark, Toulouse 2024's « — date retenue par le guide », « ; date passée », never a
                # second dash in a row: « … — date retenue par le guide — date passée, voir la précision… »; phone62 L2)
                forms = [squeezed(t.text(key, line="")) for key in ("checklist.date_past", "checklist.date_past_marked")]
                said = [past for past in forms if past in squeezed(boxed)]
                if said:
                    seen["adjustment_note_past"] += 1
                    assert squeezed(boxed).endswith(said[0] + "," + pointer), boxed
                    marks = [squeezed(t.text(key, date="")) for key in GUIDE_MARKS]
                    assert not any(mark + "—" in squeezed(boxed) for mark in marks), boxed
                    assert (said[0] == forms[1]) == any(mark in squeezed(boxed) for mark in marks), boxed
                # (the pointer a button: checklist.js brings « Dates à retenir » into view; test_checklist_phone_browser.py)
                assert page.locator(f'#bts-checklist-output [data-key-date="{deadline["id"]}"] button.bts-checklist-to-dates').count() == 1
            # a renewal: what the notice says of it, then a request's procedure said as such (« Pas de nouvelle demande
            # à faire… » never followed straight by « La demande se fait… »)
            if expected["exam_adjustment"]["renewal"]:
                t = notice.texts
                renewal = squeezed(emphasis.plain(adjustment_sentence(expected["exam_adjustment"], "renewal", t)))
                # Nantes 2024's « NB : »: after the guide's label and « — », as every sentence (not « Aménagement déjà
                # obtenu : NB : »; the browser's words are checked above, in the list's order)
                words = emphasis.plain(expected["exam_adjustment"]["renewal"]).strip()
                if re.match(r"^[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,2}\s*:", words):
                    seen["own_label"] += 1
                    assert renewal.endswith("—" + squeezed(words)), renewal
                # (where the notice says a renewal needs no new request, Nantes 2024: the procedure as the case it
                # excepts, phone56 M2)
                without = expected["exam_adjustment"]["renewal_without_request"] and expected["exam_adjustment"]["request"] == "renewal"
                new, other = (squeezed(t.text(f"exam_adjustment.{key}")) for key in (("renewal_exception", "new_request") if without else ("new_request", "renewal_exception")))
                assert other not in squeezed(flat), (notice.slug, other)
                # the case in the notice's words when the session file writes it (renewal_exception:; fixr408)
                named = expected["exam_adjustment"].get("renewal_exception")
                if without and named:
                    assert new not in squeezed(flat), (notice.slug, new)
                    new = squeezed(t.text("exam_adjustment.renewal_exception_named", exception=named))
                    seen["renewal_exception_named"] = seen.get("renewal_exception_named", 0) + 1
                seen["renewal_exception"] = seen.get("renewal_exception", 0) + without
                request = squeezed(t.text("exam_adjustment.request", channel=""))[:10]
                at = [squeezed(flat).find(part) for part in (renewal, new, request)]
                assert -1 not in at and at == sorted(at), (notice.slug, at)
            else:  # the notice says nothing of it: said so, before its procedure (text.py: the same)
                seen["renewal_not_said"] += 1
                silent = squeezed(notice.texts.text("exam_adjustment.renewal_not_said"))
                request = squeezed(notice.texts.text("exam_adjustment.request", channel=""))[:10]
                at = [squeezed(flat).find(part) for part in (silent, request)]
                assert -1 not in at and at == sorted(at), (notice.slug, at)
        for step in expected["steps"]:
            assert step["title"][:20].replace(" ", "") in flat.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        for doc in expected["documents"]:
            if doc["late_deposit"]:
                seen["late"] += 1
                words = " ".join(doc["late_deposit"].split())[:30]
                assert words.replace(" ", "") in flat.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""), notice.slug
                # on its date line, after its date, in one sentence (phone54 M3: on a line of its own, read as a second
                # deadline), as the build's answer and the command line (test_first_answer.py)
                lines = page.locator(f'#bts-checklist-output li[data-document="{doc["id"]}"] p.bts-checklist-when').all_inner_texts()
                later = [line for line in lines if squeezed(words) in squeezed(line)]
                # (its date its group's heading, the list on two dates, or said above a list on one date, NOTE55: those
                # words alone)
                if not doc["own_date"]:
                    above = expected["documents_by_date"] or (expected["documents_due"] or {}).get("deadline") == doc["deadline"]
                    assert above and len(later) == 1, (notice.slug, lines)
                    alone = notice.texts.text("checklist_page.late_deposit", words=doc["late_deposit"], office=_site_linked(office_reach(notice)))
                    assert squeezed(later[0]) == squeezed(alone), (notice.slug, later)
                    seen["late_grouped"] = seen.get("late_grouped", 0) + 1
                else:
                    assert len(later) == 1 and squeezed(later[0]).startswith(squeezed(notice.texts.text("common.deadline", date=""))), (notice.slug, lines)
                    assert squeezed(notice.texts.text("documents.late_deposit", date="", words=doc["late_deposit"], office=_site_linked(office_reach(notice)))) in squeezed(later[0]), (notice.slug, later)
                # (ending with « . » as every other date line: review66 L6)
                assert later[0].strip().endswith("."), (notice.slug, later)
            # a national text's words on when, beside the notice's date (answer.py and the command line: the same)
            item = squeezed(page.inner_text(f'#bts-checklist-output li[data-document="{doc["id"]}"]'))
            for rule in doc["national_dating"]:
                seen["national_dating"] += 1
                assert squeezed(rule["words"]) in item and squeezed(rule["texts"][0]) in item, (notice.slug, doc["id"])
                # after what to follow, for information (phone55 L3: another notice's reading came first)
                counts = squeezed(notice.texts.text("provenance.notice_date_counts", office=_site_linked(notice.office_reach)))
                assert item.index(counts) < item.index(squeezed(rule["words"])), (notice.slug, doc["id"])
                # the « date limite d'inscription » it names, said unknown where the notice gives no closing, right after
                # it (Nantes 2026; text.py national_dating_lines; readnantes64 L9)
                unsaid = squeezed(notice.texts.text("dates.closing_unsaid"))
                assert (unsaid in item) == rule["closing_unsaid"], (notice.slug, doc["id"])
                if rule["closing_unsaid"]:
                    seen["closing_unsaid"] = seen.get("closing_unsaid", 0) + 1
                    assert item.index(squeezed(rule["words"])) < item.index(unsaid), (notice.slug, doc["id"])
        # under each date: the notice's words and the guide's reading, as the notice page's dates table
        for deadline in expected["deadlines"]:
            under = squeezed(page.inner_text(f'#bts-checklist-output li[data-deadline="{deadline["id"]}"]'))
            for words in (deadline["words"], deadline["note"]):
                if words:
                    seen["date_notes"] += 1
                    assert squeezed(words)[:60] in under, (notice.slug, deadline["id"])
        if expected["exam_adjustment"] and expected["exam_adjustment"].get("renewal"):
            # a new request reads them too, under their label (Aix-Marseille 2023: « joindre une copie de la notification »
            # concerns a new request by one who had an adjustment before), then its procedure (text.py: the same)
            seen["new_request"] += 1
            page.evaluate("fragment => { location.hash = fragment; }", urlencode(sorted({**answers, "exam_adjustment": "yes"}.items())))
            page.wait_for_function("() => document.querySelector('#bts-checklist-output [data-adjustment]')?.dataset.adjustment === 'yes'")
            block = squeezed(page.inner_text("#bts-checklist-output .bts-checklist-adjustment"))
            assert renewal in block and request in block, notice.slug
        assert visit.errors == [], visit.errors
    visit.close()
    assert seen["new_request"], "no session whose notice says something of an adjustment already obtained"
    assert seen.get("renewal_exception"), "no renewal where the notice says it needs no new request (Nantes 2024)"
    assert seen.get("renewal_exception_named"), "no renewal whose exception the session file names (Nantes 2024)"
    assert seen["adjustment_note"], "no session whose exam-adjustment date the guide reads (note:)"
    assert seen["adjustment_note_past"], "no session whose exam-adjustment date the guide reads is over on the browser's clock"
    assert seen["adjustment"], "no session shows the exam-adjustment procedure"
    assert seen["adjustment_not_given"], "no session says that its notice does not give the procedure"
    assert seen["renewal_not_said"], "no session whose notice says nothing of an adjustment already obtained"
    assert seen["own_label"], "no session whose words on an adjustment already obtained open with their own label"
    assert seen["national_dating"] and seen["date_notes"], seen  # Toulouse 2024's engagement étudiant form, its dates
    assert seen.get("closing_unsaid"), seen  # (Nantes 2026's: no closing given)
    assert seen["late"] == len(late) == 2, seen  # (each late piece's date line read: Toulouse 2024's, Aix-Marseille 2023's)
    # (Toulouse's with the 15 January form: under its date's heading, the list on two dates; fixgroups)
    assert seen.get("late_grouped"), seen


def test_the_notice_s_bold_in_a_document_s_detail_and_the_exam_adjustment(real, real_server, visits):
    """A document's details and the exam-adjustment block keep the notice's bold (« **words** »: <strong>
    elements from text nodes, as the page), their markers never shown (Toulouse 2024: language_training's
    detail and the adjustment's how)."""
    notice = next(n for n in real.notices if (n.slug, n.year) == ("toulouse", 2024))
    ruleset = real.ruleset(notice)
    answers = engine.normalise(ruleset, {"disability": "yes", "exam_adjustment": "yes", "mandatory_language": "rare"})
    visit = visits.take(real_server)
    page = visit.page
    page.goto(real_server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    wait_settled(page)
    expected = check_against_engine(page, ruleset)
    assert "language_training" in {d["id"] for d in expected["documents"]} and expected["exam_adjustment"]
    detail = page.eval_on_selector_all("[data-document=language_training] p strong", "nodes => nodes.map(n => n.textContent)")
    # the detail's « **words** », whatever staff write there (a property of the data, not its words of today)
    written = next(d["detail"] for d in ruleset["documents"] if d["id"] == "language_training")
    bold = [" ".join(words.split()).replace("'", "\u2019") for words in re.findall(r"\*\*(.+?)\*\*", written, re.S)]
    assert bold and [" ".join(words.split()) for words in detail] == bold, (detail, bold)
    assert page.eval_on_selector_all(".bts-checklist-adjustment li strong", "nodes => nodes.length") >= 1
    assert "**" not in page.inner_text("#bts-checklist-output")
    assert visit.errors == [], visit.errors
    visit.close()


class _Tokens(__import__("html.parser").parser.HTMLParser):
    """An HTML fragment as (start tag and its attributes | end tag | words) tokens, whitespace and no-break spaces
    squeezed: the same elements, links and words whoever wrote them (the build's template, checklist.js's DOM)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("<", tag, tuple(sorted(attrs))))

    def handle_endtag(self, tag):
        if tag != "br":
            self.tokens.append((">", tag))

    def handle_data(self, data):
        words = " ".join(data.replace("\u00a0", " ").replace("\u202f", " ").split())
        if words:
            self.tokens.append(("text", words))


def _tokens(fragment: str) -> list[tuple]:
    parser = _Tokens()
    parser.feed(fragment)
    return parser.tokens


def _built_blocks(notice, checklist, answers: dict, notices: list | None = None) -> dict[str, str]:
    """The build's answer (answer.py, _answer.html.j2) for ``answers``: its standing, contacts, steps and warnings
    blocks (and, as text, its key dates and documents). ``notices``: the site's, for the box pointing to the other
    audience's notice that a candidate the notice does not cover reads (as the site's page: its data « ask »)."""
    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view, render_checklist
    from generator.site.directory import directory
    from generator.site.notice_view import routing_view
    from project_support import FIXED_TODAY

    ruleset = compile_ruleset(notice, checklist)
    result = engine.evaluate(ruleset, answers)
    routing = routing_view(notice, directory(notices, None, FIXED_TODAY)) if notices else None
    view = checklist_view(notice, checklist, routing=routing)
    # (registration closed or not as the browser's clock says it, past.js's marker: « Dates limites » says a dated
    # closing passed from then on, NOTE56)
    import datetime

    from generator.site.notice_view import passed_dates, registration_closed

    # (and every date over on that day, both dates' blocks: fixdup57)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, {}, view.data["ask"] if notices else None,
                         closed=registration_closed(notice, datetime.date.today()), passed=passed_dates(notice, ruleset, datetime.date.today()))
    import dataclasses

    body = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
    output = body.split('<div id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]
    found = {}
    for name, pattern in (
        ("standing", r'<div class="bts-checklist-standing".*?</div>'),
        ("contacts", r'<ul class="bts-checklist-contacts">.*?</li></ul>\n'),
        ("steps", r'<ul class="bts-checklist-steps">.*?</li></ul>\n'),
        # up to its own </div> (it holds none): since b3cc94f4 it may end with its line naming the other deadlines
        # (<p class="bts-checklist-key-dates-more">), not with its list, and « </ul></div> » then reached the next
        # block that ends so (the print-only open questions), taking the warnings, documents and steps with it
        ("key_dates", r'<div class="bts-checklist-key-dates">.*?</div>'),
        ("deadlines", r'<ul class="bts-checklist-deadlines">.*?</ul>\n'),
        # (each date's heading and its pieces, on two dates or more: documents_by_date, fixgroups; in a block of their
        # own, with the date most pieces share on one date, print68)
        ("documents", r'(?:<div class="bts-checklist-documents-group">\n(?:<h4 class="bts-checklist-documents-date"[^>]*>.*?</h4>\n'
                      r'|<p class="bts-checklist-documents-due"[^>]*>.*?</p>\n)?<ul class="bts-checklist-documents">.*?</ul>\n</div>\n)+'),
        ("warnings", r'<ul class="bts-checklist-warnings">.*?</li></ul>\n'),
        ("undecided", r'<ul class="bts-checklist-undecided"><li data-undecided=.*?</li></ul>\n'),
        ("undecided_steps", r'<ul class="bts-checklist-undecided"><li data-undecided-step=.*?</li></ul>\n'),
    ):
        match = re.search(pattern, output, re.S)
        found[name] = match.group(0) if match else ""
    # (the headings and the pieces, as the browser's are read: not the blocks, nor the date most pieces share)
    found["documents"] = re.sub(r'<div class="bts-checklist-documents-group">\n|</div>\n|<p class="bts-checklist-documents-due"[^>]*>.*?</p>\n', "",
                                found["documents"], flags=re.S)
    assert "<div" not in found["key_dates"][1:], found["key_dates"]  # (its pattern ends at the first </div>)
    # the contacts' source line right after them, as the notice page ends its contacts (review58 L2)
    after = output.split(found["contacts"], 1)[1] if found["contacts"] else ""
    source = re.match(r'<p class="bts-checklist-source">.*?</p>', after, re.S)
    found["contacts_source"] = source.group(0) if source else ""
    return found


def test_the_engine_s_answer_shows_every_field_the_build_s_answer_shows(frozen, server, visits):
    """checklist.js and the build's answer (answer.py) write the same blocks for the same answers, element for
    element, link for link: the note on the situation, the steps (a paragraph's lines kept, <br> as on the notice
    page) and the contacts (name, what it is for, e-mails, phones, postal address, web page, note: the notice page's
    contacts). Nantes 2024's case officer (postal address), Nantes 2026's positioning office (page and note),
    Clermont-Ferrand's VAE candidate (the notice's other procedure, the VAE service). The warnings (« Attention »): a
    topic's statements of the notice, a paragraph each, with one source line for their places (Toulouse's, said to
    everyone; Clermont-Ferrand's rules on marks kept, with the renunciation)."""
    cases = [(notice, {}) for notice in frozen.notices]
    clermont = next(n for n in frozen.notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    cases.append((clermont, {"department": "03", "situation": "vae"}))
    # a situation its establishment registers: the notice's words alone between « » (text.py, checklist.js: excluded)
    cases.append((clermont, {"department": "03", "situation": "in_person"}))
    # a specialty on two rows of Toulouse's table of managers, then what the notice says of that table (its note)
    toulouse = next(n for n in frozen.notices if (n.slug, n.year) == ("toulouse", 2024))
    cases.append((toulouse, {"specialty": "cprp"}))
    # national pieces in no group of the notice's list, dated by its documents deadline: their source says so
    nantes = next(n for n in frozen.notices if (n.slug, n.year) == ("nantes", 2024))
    cases.append((nantes, {"specialty": "maintenance_systemes", "option": "B"}))
    # R408: the national list's annexes as Clermont-Ferrand's notice gives them (its text not read); Nantes 2026's RQTH
    # justification, dated as the notice's R408 attestation it replaces, which the notice asks for without exemption
    cases.append((nantes, {"department": "44", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}))
    nantes_2026 = next(n for n in frozen.notices if (n.slug, n.year) == ("nantes", 2026))
    cases.append((nantes_2026, {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "yes"}))
    # a situation the notice names to establishments only: not covered, then its words to them (read50 L8)
    cases.append((nantes_2026, {"department": "49", "situation": "repeater"}))
    # texts this notice does not cite, said with the notices that do: Toulouse's engagement étudiant form dated by the
    # décret n°2020-1167 (cited by Aix-Marseille 2023 and Nantes 2026); Nantes 2026's own R408 list gives the annexes
    cases.append((toulouse, {"department": "31", "situation": "repeater", "engagement_etudiant": "yes"}))
    # a piece the notice asks for in its text only, dated by the guide with the documents deadline (frozen Aix-Marseille
    # 2023's rare language certificate: merge, _dated_by_guide; read44 M3)
    aix = next(n for n in frozen.notices if (n.slug, n.year) == ("aix-marseille", 2023))
    cases.append((aix, {"department": "13", "situation": "repeater", "mandatory_language": "rare"}))
    cases.append((nantes_2026, {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}))
    # a national warning the notice says too (its session file places it): both sources, in one line (read44 L4)
    cases.append((nantes_2026, {"department": "44", "situation": "in_person", "route": "scolaire", "optional_exams": "3"}))
    # a topic's statements of the notice said to who keeps marks and renounces one, in « Attention »
    cases.append((clermont, {"department": "63", "situation": "repeater", "has_benefits": "yes", "renounces_benefits": "yes"}))
    # « Dates limites » by date: the engagement étudiant request, due at the closing, before the documents deadline
    cases.append((clermont, {"department": "63", "situation": "repeater", "engagement_etudiant": "yes"}))
    # a piece the notice lets be deposited later (Toulouse 2024's R408 attestation): the notice's words on that under
    # it, its date said above the list, not again (NOTE55)
    cases.append((toulouse, {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}))
    # and with the engagement étudiant form, on a date of its own: the R408 attestation's date is its group's heading,
    # which says « sauf indication contraire sous l'une d'elles » (engine: documents_by_date « others », read58 L1;
    # review71: no case here had it, and answer.py or checklist.js could drop it with every test passing)
    cases.append((toulouse, {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no", "engagement_etudiant": "yes"}))
    # a candidate given no list whose note writes the ways to reach this academy: Aix-Marseille 2023's site (no exam
    # office; one living in Paris, no contacts section), Nantes 2024's office person's e-mail and phone: links (phone61 M2)
    cases.append((aix, {"department": "75", "situation": "in_person"}))
    cases.append((nantes, {"department": "44", "situation": "experience"}))
    # a candidate given a list whose late-deposit lines write the office's words (Aix-Marseille 2023: « voir le site de
    # l'académie, … »), under the piece and under its deadline: the site a link, as in the note (fixnote60 left 1)
    cases.append((aix, {"department": "13", "situation": "repeater", "specialty": "batiment"}))
    # one living in Paris whom Nantes 2026 does not cite: no contacts, the office's words not « plus bas » (fixnote60)
    cases.append((nantes_2026, {"department": "75", "situation": "distance"}))
    seen = set()
    visit = visits.take(server)
    # (a notice's cases one after the other, its list loaded once, the answers changed in place: InPlace)
    cases.sort(key=lambda case: frozen.notices.index(case[0]))
    lists = InPlace(visit, server)
    for notice, answers in cases:
        built = _built_blocks(notice, frozen.checklist, answers, frozen.notices)
        if answers in ({"department": "75", "situation": "in_person"}, {"department": "44", "situation": "experience"}):
            seen.update("note " + scheme for scheme in re.findall(r'<a [^>]*href="([a-z]+):', built["standing"]))
        page = lists.show(notice, answers)
        assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
        if answers == {"department": "75", "situation": "distance"}:
            assert "Bureau DEC 4-1" in unwrapped(built["standing"]) and "plus bas" not in built["standing"], built["standing"]
            seen.add("office words apart")
        for name, selector in (("standing", ".bts-checklist-standing"), ("contacts", ".bts-checklist-contacts"), ("steps", ".bts-checklist-steps"),
                               ("warnings", ".bts-checklist-warnings"), ("deadlines", ".bts-checklist-deadlines")):
            if name == "warnings" and answers.get("department") == "75":
                continue  # (the hint under its warning links the site's directory, which this build has not: _built_blocks)
            shown_html = page.evaluate(f"() => {{ const e = document.querySelector('#bts-checklist-output > {selector}'); return e ? e.outerHTML : ''; }}")
            assert _tokens(shown_html) == _tokens(built[name]), (notice.slug, notice.year, answers, name, shown_html, built[name])
            tokens = _tokens(built[name])
            if ("<", "br", ()) in tokens:
                seen.add("line break")
            if name == "deadlines" and "Ce que la notice dit de ces dates" in built[name]:
                seen.add("the notice's words on its dates")  # (under the closing, as the notice page and the command line)
            if name == "warnings" and any(t[0] == "<" and t[1] == "li" and len(dict(t[2]).get("data-warning", "").split(".")) == 2 for t in tokens):
                # a topic's statements of the notice: paragraphs of one item
                item = re.search(r'<li data-warning="[a-z_]+\.notice">(.*?)</li>(?=<li|</ul>)', built[name], re.S).group(1)
                if item.count("<p>") > 1:
                    seen.add("statements of a topic")
            if name == "warnings" and "rappelée par la notice" in built[name]:
                seen.add("national rule the notice says too")
            for tag, attrs in ((t[1], dict(t[2])) for t in tokens if t[0] == "<"):
                if tag == "a":
                    seen.add(attrs["href"].split(":")[0])
        # the contacts' source line (« Notice de l'académie — … », as the notice page's), element for element
        shown_source = page.evaluate("() => { const e = document.querySelector('#bts-checklist-output > .bts-checklist-contacts + p.bts-checklist-source'); return e ? e.outerHTML : ''; }")
        assert _tokens(shown_source) == _tokens(built["contacts_source"]), (notice.slug, notice.year, answers, shown_source, built["contacts_source"])
        if built["contacts_source"]:
            seen.add("contacts source")
        # the pieces still depending on an answer, element for element: each with its source line, as a listed piece's
        shown_undecided = page.evaluate("() => { const e = document.querySelector('#bts-checklist-output [data-undecided]'); return e ? e.parentElement.outerHTML : ''; }")
        assert _tokens(shown_undecided) == _tokens(built["undecided"]), (notice.slug, notice.year, answers, shown_undecided, built["undecided"])
        if 'class="bts-checklist-source" data-provenance="national"' in built["undecided"]:
            seen.add("undecided national source")
        if 'class="bts-checklist-source" data-provenance="notice"' in built["undecided"]:
            seen.add("undecided notice source")
        # the steps still depending on an answer the same, and every step, listed or undecided, with its source line
        # (the notice's place: Nantes 2024's « « I- PRE-INSCRIPTION » »; test_step_sources.py)
        shown_steps = page.evaluate("() => { const e = document.querySelector('#bts-checklist-output [data-undecided-step]'); return e ? e.parentElement.outerHTML : ''; }")
        assert _tokens(shown_steps) == _tokens(built["undecided_steps"]), (notice.slug, notice.year, answers, shown_steps, built["undecided_steps"])
        for name, item in (("steps", "<li data-step="), ("undecided_steps", "<li data-undecided-step=")):
            assert built[name].count('<p class="bts-checklist-source" data-provenance="notice">') == built[name].count(item), (name, built[name])
            if built[name].count(item):
                seen.add(name + " source")
        if "— « I- PRE-INSCRIPTION »</p>" in built["steps"].replace("\u00a0", " ").replace("\u202f", " "):
            seen.add("step source place")
        # (a step the guide reworded from a notice to the establishments, listed and undecided: its link to the
        # establishments page's step with the notice's words, before its source line; Nantes 2026, stepslink70)
        for name in ("steps", "undecided_steps"):
            if '<p class="bts-checklist-notice-words"><a href="../etablissements/#etape-' in built[name]:
                seen.add(name + " notice words")
        # « Dates limites », word for word (the build writes the pointer to « Dates à retenir » as words, checklist.js
        # as a button: the text is compared): « délai de rigueur » in both when the notice says it (Toulouse 2024)
        shown_dates = page.evaluate("() => (document.querySelector('#bts-checklist-output > .bts-checklist-key-dates') || {}).outerHTML || ''")
        shown_dates, built_dates = (html.unescape(re.sub(r"<[^>]+>", " ", block)) for block in (shown_dates, built["key_dates"]))
        assert " ".join(shown_dates.split()) == " ".join(built_dates.split()), (notice.slug, notice.year, answers, shown_dates, built_dates)
        if "délai de rigueur" in built_dates:
            seen.add("strict key date")
        if 'class="bts-checklist-key-dates-more"' in built["key_dates"]:
            seen.add("other deadlines line")  # (Clermont-Ferrand 2024's e-mail not received, Nantes 2024's change)
        order = re.findall(r'data-key-date="([^"]+)"', built["key_dates"])
        if "documents" in order and order.index("documents") != len(order) - 1 and order[-1] != "registration_closing":
            seen.add("own date before the documents deadline")
        # each piece's lines, its source included (« … ; date limite : celle que la notice fixe au dépôt des pièces »)
        # (every date's heading and its list, on two dates or more: fixgroups)
        shown_documents = page.evaluate("() => [...document.querySelectorAll('#bts-checklist-output > .bts-checklist-documents-group > "
                                        ":is(ul.bts-checklist-documents, h4.bts-checklist-documents-date)')].map((e) => e.outerHTML).join('')")
        # (the headings element for element, where they come, their pieces' words below)
        headings = [re.findall(r'<h4 class="bts-checklist-documents-date".*?</h4>|<li data-document="[^"]+">', block) for block in (shown_documents, built["documents"])]
        assert [_tokens(h) for h in headings[0]] == [_tokens(h) for h in headings[1]], (notice.slug, notice.year, answers, headings)
        if "bts-checklist-documents-date" in built["documents"]:
            seen.add("grouped by date")
        if "sauf indication contraire sous l" in built["documents"]:
            seen.add("heading with a later deposit")
        # the links its lines write, element for element: the ways to reach the academy in the office's words (Aix-Marseille
        # 2023's site in a late-deposit line: fixnote60 left 1), the forms
        links = [re.findall(r"<a [^>]*>.*?</a>", block, re.S) for block in (shown_documents, built["documents"])]
        assert [_tokens(a) for a in links[0]] == [_tokens(a) for a in links[1]], (notice.slug, notice.year, answers, links)
        if any('class="bts-bare-url"' in a for a in links[1]):
            seen.add("documents site link")
        if '<a class="bts-bare-url"' in built["deadlines"]:  # (« Sauf pour « … », … » under a deadline)
            seen.add("deadline exception site link")
        # (a number kept whole, « n° <span class="bts-nowrap">2020-1167</span> », read as its words: unwrapped)
        shown_documents, built_documents = (html.unescape(re.sub(r"<[^>]+>", " ", unwrapped(block))) for block in (shown_documents, built["documents"]))
        assert " ".join(shown_documents.split()) == " ".join(built_documents.split()), (notice.slug, notice.year, answers, shown_documents, built_documents)
        if "celle que la notice fixe au dépôt des pièces" in built_documents:
            seen.add("dated national piece")
        # (« D'après la notice, un dépôt plus tard est possible (« … ») … », the piece's date said above the list: NOTE55)
        if " ".join(notice.texts.text("checklist_page.late_deposit", words="", office="").split("«")[0].split()) in " ".join(built_documents.split()):
            seen.add("late deposit under the date said above")
        # a piece under a label of the guide's (frozen Clermont-Ferrand 2024's signed summary: label_by_guide; review57 L5)
        by_guide = notice.texts.text("provenance.label_by_guide", provenance="").split("; ", 1)[1].replace("'", "’")
        if by_guide in built_documents:
            seen.add("label by guide")
        # (frozen Aix-Marseille 2023's rare language certificate, under a label of the guide's too since read65 L2)
        if f"« 4 – LANGUES VIVANTES » ; {by_guide} ; date limite retenue par le guide" in " ".join(built_documents.replace("\u00a0", " ").replace("\u202f", " ").split()):
            seen.add("dated notice piece")
        for key, words in (("r408 source", "pas consulté le texte qu"), ("replaced date", "celle que la notice fixe à la pièce remplacée"),
                           ("unwaived", "sans prévoir de dispense"), ("cited dating", "Pour information, selon le décret n°2020-1167 du 23\u00a0septembre 2020, cité par les notices d"),
                           ("annexes by notice", "d’après la notice.")):
            if words in built_documents:
                seen.add(key)
        # (none for one sent to another academy: answer.py elsewhere)
        text = " ".join(page.inner_text("#bts-checklist-output .bts-checklist-contacts").split()) if page.query_selector("#bts-checklist-output .bts-checklist-contacts") else ""
        contacts = engine.evaluate(frozen.ruleset(notice), answers)["contacts"]
        # (someone of the exam office, said under it: Nantes 2024's case officer, read50 L7)
        if any(contact.get("people") for contact in contacts):
            seen.add("people of the exam office")
        for office in [c.get("office") for c in contacts] + [p for c in contacts for p in c.get("people", ())]:
            for field in ("role", "url", "note", "address") if office else ():
                value = ", ".join(office[field]) if field == "address" else office[field]
                if value and field == "url":  # (as a person types it: fixaddr59, text.address_words)
                    value = address_words(value)
                if value:
                    seen.add(field)
                    words = " ".join(value.split()).replace("'", "\u2019")
                    assert words[:50] in text.replace("\u00a0", " ").replace("\u202f", " "), (notice.slug, field, value)
        if notice is clermont and answers.get("situation") == "in_person":  # (Nantes 2026's establishments register theirs)
            standing = page.inner_text("#bts-checklist-output .bts-checklist-standing")
            assert notice.texts.text("standing.excluded_title").replace("'", "\u2019") in standing.replace("\u00a0", " ")
            seen.add("excluded")
        elif answers.get("situation") == "vae":
            standing = page.inner_text("#bts-checklist-output .bts-checklist-standing")
            assert notice.texts.text("standing.elsewhere_title").replace("'", "\u2019") in standing.replace("\u00a0", " ")
            assert "Service en charge des VAE du rectorat" in text
        elif notice is nantes_2026 and answers.get("situation") == "repeater":  # (named to establishments only: read50 L8)
            standing = page.inner_text("#bts-checklist-output .bts-checklist-standing").replace("\u00a0", " ").replace("\u202f", " ")
            assert notice.texts.text("standing.not_listed_title").replace("'", "\u2019") in standing
            assert "Ce que la notice dit aux établissements" in standing and "il convient de les supprimer" in standing
            seen.add("words to establishments")
        elif answers.get("specialty") == "cprp":  # two rows of Toulouse's managers, then the notice's note on its table, once
            note = " ".join(frozen.ruleset(notice)["contacts"]["specialty_groups_note"].split()).replace("'", "\u2019")
            assert text.replace("\u00a0", " ").replace("\u202f", " ").count(note[:60]) == 1, text
            seen.add("specialty note")
        assert visit.errors == [], visit.errors
    visit.close()
    assert {"line break", "mailto", "tel", "https", "role", "url", "note", "address", "excluded", "specialty note", "strict key date", "dated national piece",
            "r408 source", "replaced date", "unwaived", "cited dating", "annexes by notice", "undecided national source",
            "undecided notice source", "dated notice piece", "steps source", "undecided_steps source", "step source place",
            "statements of a topic", "national rule the notice says too", "the notice's words on its dates",
            "own date before the documents deadline", "words to establishments", "label by guide", "people of the exam office", "contacts source",
            "late deposit under the date said above", "other deadlines line", "grouped by date",
            "heading with a later deposit", "note http", "note mailto", "note tel", "documents site link",
            "deadline exception site link", "office words apart", "steps notice words", "undecided_steps notice words"} <= seen, seen


def test_a_step_s_lines_stay_lines_in_the_browser(real, real_server, visits):
    """Toulouse 2024's third step (real data): four capitalised lines of the notice (« …DÉLAI DE RIGUEUR », « AUCUNE
    INSCRIPTION HORS DÉLAIS NE SERA ACCEPTÉE », « Aucun envoi postal… », « Aucun envoi par courriel… »), a line break
    between them as on the notice page, never one sentence; the build's answer the same."""
    notice = next(n for n in real.notices if (n.slug, n.year) == ("toulouse", 2024))
    visit = visits.take(real_server)
    page = visit.page
    page.goto(real_server + url_of(notice))
    wait_settled(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    paragraphs = page.eval_on_selector_all('#bts-checklist-output li[data-step="3"] p', "ps => ps.map(p => p.innerText)")
    lines = next(p for p in paragraphs if "LAI DE RIGUEUR" in p).split("\n")  # (« DELAI », the notice's letters)
    assert [line[:24] for line in lines] == ["AU PLUS TARD LE MERCREDI", "AUCUNE INSCRIPTION HORS ", "Aucun envoi postal des p", "Aucun envoi par courriel"], lines
    built = _built_blocks(notice, real.checklist, {})["steps"]
    shown_html = page.evaluate("() => document.querySelector('#bts-checklist-output > .bts-checklist-steps').outerHTML")
    assert _tokens(shown_html) == _tokens(built)
    assert visit.errors == [], visit.errors
    visit.close()


def test_another_academy_s_department_alone_asks_the_situation_and_lists_nothing(frozen, server, visits):
    """Clermont-Ferrand 2024 (frozen), whose in-person trainees their establishment registers wherever they live: a
    department of another academy alone gives no list (review53 H1: « Pièces à déposer (2) » was shown), the standing
    says the situation can change the answer, as the command line does, and the situation is asked; in-person, the
    establishment registers them (read48 M1: the same answers, in either order, the same answer)."""
    from generator.checklist.text import render

    clermont = next(n for n in frozen.notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = frozen.ruleset(clermont)
    result = engine.evaluate(ruleset, {"department": "75"})
    assert result["standing"]["kind"] == "outside_academy" and result["standing"]["unless_establishment"] == "situation"
    said = " ".join(clermont.texts.text("standing.outside_unless_establishment", question="{q}").split("{q}")[0].split())
    assert said.replace("'", "’") in " ".join(render(ruleset, result, clermont.texts).split()).replace("'", "’")
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(clermont) + "#department=75")
    wait_settled(page)
    standing = " ".join(page.inner_text("#bts-checklist-output > .bts-checklist-standing").split()).replace("\u00a0", " ")
    assert said.replace("'", "’") in standing.replace("\u202f", " "), standing
    assert page.locator("#bts-checklist-output [data-document], #bts-checklist-output [data-key-date]").count() == 0
    assert page.is_visible("#q-situation") and "bts-checklist-needed" in page.get_attribute("#q-situation", "class")
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.check("#q-situation-in_person")
    wait_settled(page, sent)
    assert page.get_attribute("#bts-checklist-output > .bts-checklist-standing", "data-standing") == "excluded"
    assert visit.errors == [], visit.errors
    visit.close()


def test_the_engine_s_answer_says_a_partial_list_under_its_title_and_on_the_bar(frozen, server, visits):
    """As the build's answer (test_first_answer: a list the notice does not give whole): checklist.js says why the list
    cannot be complete right under « Pièces à déposer (n) », once, and its bar « Au moins n pièces » (phone48 L4; « …, liste incomplète » until phone56 M1)."""
    from generator.checklist.text import partial_list_words

    notice = next(n for n in frozen.notices if partial_list_words(frozen.ruleset(n), n.texts) is not None)
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#situation=repeater")
    wait_settled(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    after_title = page.evaluate("""() => { const h = document.querySelector('#bts-checklist-output h3[data-documents-title]');
        return h && h.nextElementSibling.outerHTML; }""")
    assert after_title.startswith('<p class="bts-checklist-remaining" data-partial-list="">'), after_title
    assert page.locator("#bts-checklist-output [data-partial-list]").count() == 1
    # (once its dates are all over, the bar's line under the count says so, the count the same words, on one line at
    # 320 px (bar67: « Au moins 12 pièces demandées » took two at 360 px); the frozen site's Nantes 2024's are: their
    # marker hidden, as on a day of its registrations, the next answer's bar says the list is partial)
    bar = page.inner_text("#bts-checklist-summary [data-summary=documents]")
    assert re.fullmatch(r"Au moins \d+ pièces?", bar), bar
    if page.locator(".bts-dates-over:not([hidden])").count() == 1:
        below = page.inner_text("#bts-checklist-summary [data-summary=next]")
        assert "passées" in below, below
    page.evaluate("document.querySelectorAll('.bts-dates-over').forEach((marker) => { marker.hidden = true; })")
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    page.fill("#q-department-input", "44")
    page.dispatch_event("#q-department-input", "change")
    wait_settled(page, sent)
    assert page.inner_text("#bts-checklist-summary [data-summary=documents]").startswith("Au moins")
    assert visit.errors == [], visit.errors
    visit.close()


def test_the_engine_s_answer_says_where_the_pieces_go_in_the_notice_page_s_words(frozen, server, visits):
    """review67b L5: only the notice page said where the pieces go. checklist.js says the page's sentences
    (words.deposit_sentences: Nantes 2026's two ways, the candidate or the establishment depending on the case, in one
    sentence that names their passage once, review68b L3) under « Pièces à déposer (n) », as the build's answer and the
    command line (test_first_answer), each once."""
    from generator.french import typography
    from generator.site.words import deposit_sentences

    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("nantes", 2026))
    expected = [" ".join(typography(s).split()) for s in deposit_sentences(notice)]  # (as the page prints them: ’)
    assert len(expected) == 1 and " ; dans le cas " in expected[0], expected
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#department=44")
    wait_settled(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    said = page.evaluate("""() => [...document.querySelectorAll('#bts-checklist-output [data-deposit]')].map((p) => p.textContent)""")
    assert [" ".join(s.split()) for s in said] == expected, said
    # under the list's title, before its pieces
    order = page.evaluate("""() => { const nodes = [...document.querySelectorAll('#bts-checklist-output h3[data-documents-title], #bts-checklist-output [data-deposit], #bts-checklist-output .bts-checklist-documents')];
        return nodes.map((n) => n.matches('[data-deposit]') ? 'deposit' : n.tagName); }""")
    assert order[:3] == ["H3", "deposit", "UL"], order
    assert visit.errors == [], visit.errors
    visit.close()


def test_a_request_of_exam_adjustments_is_said_next_to_the_answer_that_asks_it(frozen, server, visits):
    """A review (phone49 M2): answering « Oui, une nouvelle demande » put nothing next to that answer, the procedure came
    seventh in the list. Next to it: « Aménagement d'épreuves », the channel and the date limit of the notice, as the
    list's block says them, then where the rest is; nothing once the answer is « no »."""
    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("aix-marseille", 2023))
    ruleset = frozen.ruleset(notice)
    answers = {"situation": "distance", "disability": "yes", "exam_adjustment": "yes"}
    expected = engine.evaluate(ruleset, answers)["exam_adjustment"]
    assert expected["given"] and expected["deadline"], expected
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    wait_settled(page)
    note = page.locator('#q-exam_adjustment + .bts-checklist-note [data-adjustment-here="yes"]')
    assert note.count() == 1
    said = " ".join(note.inner_text().split())
    block = " ".join(page.inner_text("#bts-checklist-output .bts-checklist-adjustment").split())
    request = next(line for line in page.eval_on_selector_all("#bts-checklist-output .bts-checklist-adjustment li", "items => items.map((i) => i.textContent)"))
    assert " ".join(request.split()) in said, (request, said)
    from generator.french import typography

    deadline_line = next(" ".join(t.split()) for t in page.eval_on_selector_all("#bts-checklist-output .bts-checklist-adjustment li", "items => items.map((i) => i.textContent)") if typography(expected["deadline"]["label"]) in t)
    assert deadline_line in said and deadline_line in block, (deadline_line, said)
    page.check('#q-exam_adjustment input[value="no"]')
    wait_settled(page)
    assert page.locator("[data-adjustment-here]").count() == 0
    # a renewal (review55 M1): what the notice says of it, not a new request's procedure; where it says nothing of
    # it, that first, before the procedure it gives, as the list says it
    from generator.french import typography

    for slug, year in (("aix-marseille", 2023), ("toulouse", 2024)):
        other = next(n for n in frozen.notices if (n.slug, n.year) == (slug, year))
        item = engine.evaluate(frozen.ruleset(other), {**answers, "exam_adjustment": "renewal"})["exam_adjustment"]
        page.goto(server + url_of(other) + "#" + urlencode(sorted({**answers, "exam_adjustment": "renewal"}.items())))
        wait_settled(page)
        flat = lambda text: " ".join(typography(text).split())
        said = flat(page.inner_text('#q-exam_adjustment + .bts-checklist-note [data-adjustment-here="renewal"]'))
        not_said = flat(other.texts.text("exam_adjustment.renewal_not_said"))
        request = flat(other.texts.text("exam_adjustment.request", channel="\0").split("\0")[0])
        if item["renewal"]:
            assert flat(item["renewal"])[:60] in said and not_said not in said and request not in said, said
        else:
            assert said.startswith(flat(other.texts.text("checklist_page.adjustment_title")) + " " + not_said + " " + request), said
    assert visit.errors == [], visit.errors
    visit.close()


def _ruleset_routed(visit, change):
    """The page's ruleset (the worker's « ruleset.json ») served changed by ``change`` (a function of the ruleset): a
    state no frozen session has, shown by the page's own engine and checklist.js."""
    import json

    def fulfill(route):
        response = route.fetch()
        ruleset = json.loads(response.text())
        change(ruleset)
        route.fulfill(response=response, body=json.dumps(ruleset, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

    visit.page.route("**/ruleset.json?v=*", fulfill)


def test_two_deadlines_left_to_dates_a_retenir_are_named_joined_by_et_as_the_command_line_s_answer_does(frozen, server, routed_visits):
    """review67 L7: the two-or-more branch of checklist.js keyDates's line under « Dates limites » (key_dates_more_and
    after provenance.texts_join) ran in no browser test: no frozen or real session has two deadlines it leaves to
    « Dates à retenir ». Clermont-Ferrand 2024 with its exam-adjustment request's date no longer the procedure's (so
    listed for everyone, dated, not among the candidate's own): the e-mail step's date and that one. The page's line
    is answer.py's (_key_dates_more, through answer_view) for the same ruleset and answers, word for word."""
    from generator.checklist.answer import answer_view, other_deadlines
    from generator.checklist.page import checklist_view

    def change(ruleset):
        ruleset["exam_adjustment"]["deadline"] = None

    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = frozen.ruleset(notice)
    change(ruleset)
    view = checklist_view(notice, frozen.checklist)
    answers = {"department": "63", "situation": "distance"}
    result = engine.evaluate(ruleset, answers)
    assert len(other_deadlines(result, view.data["key_dates"])) == 2, other_deadlines(result, view.data["key_dates"])
    # (each date over on the browser's day said so, as in « Dates à retenir »: read59 M2)
    import datetime

    from generator.site.notice_view import passed_dates

    expected = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {},
                           passed=passed_dates(notice, ruleset, datetime.date.today())).key_dates_more.text
    and_words = notice.texts.text("checklist_page.key_dates_more_and", before="", after="").strip()
    assert f" {and_words} " in expected, expected
    visit = routed_visits.take(server)
    _ruleset_routed(visit, change)
    page = visit.page
    page.goto(server + url_of(notice) + "#department=63&situation=distance")
    wait_settled(page)
    assert page.get_attribute("#bts-checklist-output", "data-answer-of") == "engine"
    shown = page.inner_text("#bts-checklist-output .bts-checklist-key-dates-more")
    assert squeezed_words(shown) == squeezed_words(typography(expected)), (shown, expected)
    assert visit.errors == [], visit.errors
    visit.close()


def test_a_dated_request_a_renewal_may_be_dispensed_from_is_said_for_those_who_must_make_a_new_one(frozen, server, routed_visits):
    """review67 L8 in the browser: where the notice says a renewal needs no new request and dates the request (no
    frozen session does: Clermont-Ferrand 2024 given renewal_without_request, its ruleset changed in flight), a
    « déjà obtenu » candidate's « Dates limites » and « Dates à retenir » keep the request's date, its label saying it
    is for those who must make a new request (dates.new_request_only: checklist.js deadlineLabel, as text.py
    deadline_label); a new request's is the plain label."""
    def change(ruleset):
        ruleset["exam_adjustment"]["renewal_without_request"] = True

    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = frozen.ruleset(notice)
    change(ruleset)
    did = ruleset["exam_adjustment"]["deadline"]
    [deadline] = [d for d in ruleset["deadlines"] if d["id"] == did]
    visit = routed_visits.take(server)
    _ruleset_routed(visit, change)
    page = visit.page
    for request, label in (("renewal", notice.texts.text("dates.new_request_only", label=deadline["label"])), ("yes", deadline["label"])):
        result = engine.evaluate(ruleset, {"department": "63", "situation": "distance", "disability": "yes", "exam_adjustment": request})
        assert any(d["id"] == did for d in result["deadlines"]), request
        page.goto("about:blank")
        page.goto(server + url_of(notice) + f"#department=63&situation=distance&disability=yes&exam_adjustment={request}")
        wait_settled(page)
        for where in (f'.bts-checklist-key-dates [data-key-date="{did}"]', f'.bts-checklist-deadlines [data-deadline="{did}"]'):
            shown = squeezed_words(page.inner_text(f"#bts-checklist-output {where}"))
            assert shown.startswith(squeezed_words(typography(label)) + " :"), (request, where, shown)
        # the list's calendar says it too (review68: its event's title said the request's date to every renewing
        # candidate, the list « si vous devez faire une nouvelle demande »)
        with page.expect_download() as info:
            page.click("#bts-checklist-ics")
        unfolded = Path(info.value.path()).read_bytes().decode("utf-8").replace("\r\n ", "")
        block = unfolded.split(f"UID:{notice.slug}-{notice.year}-{did}@bts-guide", 1)[1].split("END:VEVENT", 1)[0]
        [title] = [line for line in block.split("\r\n") if line.startswith("SUMMARY:")]
        only_if = typography(notice.texts.text("dates.new_request_only", label="")).strip()
        assert title.replace("\\,", ",").endswith(only_if) is (request == "renewal"), (request, title)
    assert visit.errors == [], visit.errors
    visit.close()


def test_a_key_date_points_to_the_later_deposit_said_under_it(frozen, server, visits):
    """read61 L6 in the browser: « Dates limites »'s line of the documents' date (Aix-Marseille 2023: « … 4 décembre
    2022 (heure non précisée par la notice), délai de rigueur ») did not point to what « Dates à retenir » says under
    that date for a Bâtiment candidate, « Pour « L'attestation R 408 … », d'après la notice, un dépôt plus tard est
    possible … »: checklist.js keyDates wrote the pointer for a date's note only. Now the line ends with the pointer's
    button, its words those of the build's answer for the same answers and day (answer.py: _key_date, test_first_answer),
    and the button brings that date's line of « Dates à retenir », which holds those words, into view."""
    import datetime

    from generator.checklist.answer import answer_view
    from generator.checklist.page import checklist_view
    from generator.site.notice_view import passed_dates

    notice = next(n for n in frozen.notices if (n.slug, n.year) == ("aix-marseille", 2023))
    ruleset = frozen.ruleset(notice)
    answers = engine.normalise(ruleset, AIX_REPEATER)
    result = engine.evaluate(ruleset, answers)
    late = [doc["label"] for doc in result["documents"] if doc["deadline"] == "documents" and doc["late_deposit"]]
    assert late and not any(d["note"] for d in result["deadlines"] if d["id"] == "documents"), late
    view = checklist_view(notice, frozen.checklist)
    [key] = [k for k in answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {},
                                    passed=passed_dates(notice, ruleset, datetime.date.today())).key_dates if k.value == "documents"]
    assert key.pointer, key
    visit = visits.take(server)
    page = visit.page
    page.goto(server + url_of(notice) + "#" + urlencode(sorted(answers.items())))
    wait_settled(page)
    line = page.locator('#bts-checklist-output .bts-checklist-key-dates [data-key-date="documents"]')
    assert squeezed_words(line.inner_text()) == squeezed_words(typography(key.text + key.pointer + key.after)), line.inner_text()
    button = line.locator("button.bts-checklist-to-dates")
    assert button.count() == 1
    button.click()
    target = page.locator('#bts-checklist-output li[data-deadline="documents"]')
    assert target.evaluate("(line) => line.contains(document.activeElement)"), page.evaluate("document.activeElement.outerHTML")
    assert all(squeezed_words(typography(label)) in squeezed_words(target.inner_text()) for label in late), target.inner_text()
    assert visit.errors == [], visit.errors
    visit.close()
