"""In headless Chromium: axe-core finds no violation, the layout fits 360 px,
and no request leaves the site's origin. Needs /usr/bin/chromium (SETUP_BROWSER=1
bash scripts/setup.sh installs it) and node_modules/axe-core."""

from __future__ import annotations

import os

import pytest

from browser_support import CHROMIUM, chromium, goto_loaded, serve_site
from site_support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"



def _missing_reason() -> str | None:
    if not CHROMIUM.exists() or not AXE.exists():
        return f"needs {CHROMIUM} and node_modules/axe-core (SETUP_BROWSER=1)"
    return None


@pytest.fixture(scope="module", autouse=True)
def _browser_available():
    """Skip without Chromium or axe-core, except under CI=true: there a missing browser fails."""
    reason = _missing_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def server(real_site):
    with serve_site(real_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def page_types(real_notices):
    """One page of each type: home, individual notice, establishment notice, establishment page."""
    from generator.site import pages

    urls = {"accueil": "/"}
    for n in real_notices:
        kind = "notice établissements" if pages.has_establishment_page(n) else "notice candidats"
        urls.setdefault(kind, f"/{n.slug}/{n.year}/")
        if pages.has_establishment_page(n):
            urls.setdefault("page établissements", f"/{n.slug}/{n.year}/etablissements/")
    return urls


def test_axe_no_violation_and_360px_layout_and_same_origin(real_notices, server, browser):
    """Each page type at 1280 and 360 px, a new page each in one context a width (what a page reads of its context: its
    viewport, the policy bypassed; the requests recorded and the checks made are the page's)."""
    failures = []
    # bypass_csp: axe-core is injected as an inline script, which the site's policy blocks (tests/site/test_csp.py)
    contexts = {width: browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True) for width in (1280, 360)}
    for kind, path in page_types(real_notices).items():
        for width, context in contexts.items():
            page = context.new_page()
            foreign = []
            page.on("request", lambda req: foreign.append(req.url) if not req.url.startswith(server) and not req.url.startswith("data:") else None)
            goto_loaded(page, server + path)  # (the page's scripts run: their requests and what they change, checked too)
            if foreign:
                failures.append(f"{kind} ({width} px): requests to another origin: {foreign}")
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                failures.append(f"{kind} ({width} px): page wider than the screen by {overflow} px")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("async () => { const r = await axe.run(document); return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})); }")
            for v in result:
                failures.append(f"{kind} ({width} px): {v['id']} ({v['impact']}) {v['nodes']}")
            page.close()
    for context in contexts.values():
        context.close()
    assert not failures, "\n".join(failures)


def _put_aside_case(site):
    """In the real site, a change of situation after which answered questions are no longer asked, their answers kept
    (the engine's ``answers``, not ``dropped``): (page, answers before, new situation, the questions put aside), found
    with the engine in CPython on each session's ruleset, the answers before being ones the form takes (not
    ``unasked_answers``); None when no session has one."""
    import json

    from generator.checklist import engine

    for path in sorted(site.glob("*/*/checklist/ruleset.json")):
        ruleset = json.loads(path.read_text(encoding="utf-8"))
        questions = {q["id"]: q for q in ruleset["questions"]}
        if "situation" not in questions:
            continue
        situations = [c[0] for c in questions["situation"]["choices"]]
        for first in situations:
            answers = {"department": ruleset["academy"]["departments"][0], "situation": first}
            for _ in range(8):  # every question asked answered (its first choice), as far as the answers lead
                asked = engine.evaluate(ruleset, answers)["asked"]
                new = {q: questions[q]["choices"][0][0] for q in asked if q not in answers and questions.get(q, {}).get("kind") == "choice"}
                if not new:
                    break
                answers.update(new)
            # (those the form would never take, answering from top to bottom: a link with them has them ignored, fix59c)
            answers = {q: v for q, v in answers.items() if q not in engine.unasked_answers(ruleset, answers)}
            before = engine.evaluate(ruleset, answers)
            for other in situations:
                after = engine.evaluate(ruleset, {**answers, "situation": other})
                aside = [q for q in after["answers"] if q in before["asked"] and q not in after["asked"] and q not in after["dropped"]]
                if other != first and aside:
                    return f"/{path.parent.parent.parent.name}/{path.parent.parent.name}/liste-personnalisee/", answers, other, aside
    return None


def test_answers_a_change_puts_aside_are_said_next_to_it(real_site, server, browser):
    """phone47 L1: a change of situation hid a repeater's answers on keeping marks without a word (the engine keeps
    them, and they count again if the question comes back). Under the changed question, the note says which answers
    are put aside, as it says those a change removes, with the way back."""
    from urllib.parse import urlencode

    case = _put_aside_case(real_site)
    if case is None:
        pytest.skip("no session of the real data puts answers aside on a change of situation")
    path, answers, other, aside = case
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server + path + "#" + urlencode(sorted(answers.items())))
    done = """(after) => { const r = document.getElementById('bts-checklist');
                return r.dataset.state === 'ready' && r.dataset.done === r.dataset.sent && Number(r.dataset.done) > after; }"""
    page.wait_for_function(done, arg=0, timeout=120_000)
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    assert page.locator(".bts-checklist-dropped").count() == 0  # (answers from a link: nothing changed)
    page.check(f"#q-situation-{other}")
    page.wait_for_function(done, arg=sent, timeout=120_000)
    note = page.locator("#q-situation + .bts-checklist-dropped")
    assert note.count() == 1 and note.is_visible()
    assert sorted(note.get_attribute("data-kept").split()) == sorted(aside), (note.get_attribute("data-kept"), aside)
    text = note.inner_text()
    # (with the answers the change made the engine drop, put aside too: one sentence for both, phone48 M1)
    count = len(aside) + len(note.get_attribute("data-dropped").split())
    assert f"Ce changement met de côté {count} réponse" in text and text.count("«") >= count, text
    for question in aside:
        assert page.is_hidden(f"#q-{question}")
    # said to a screen reader too, as removed answers are (review52 M2)
    assert page.inner_text("#bts-checklist-status").startswith("Réponse"), page.inner_text("#bts-checklist-status")
    assert "mise" in page.inner_text("#bts-checklist-status").split(":")[0]
    # and the way back
    sent = int(page.get_attribute("#bts-checklist", "data-sent"))
    note.locator("button").click()
    page.wait_for_function(done, arg=sent, timeout=120_000)
    assert page.locator(".bts-checklist-dropped").count() == 0
    for question in aside:
        assert page.is_visible(f"#q-{question}")
    context.close()
