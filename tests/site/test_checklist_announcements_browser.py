"""What the checklist says aloud (its live regions, role=status) while a candidate answers with the keyboard, on the
frozen Toulouse 2024 list (tests/README.md: these tests name its questions and answers).

a11y67 M2 (RGAA 7.5): the arrows of a radio group, or of the specialty list, change the answer at each key, and the
status line said each answer: two arrows through « Quelle est votre situation ? » gave two sentences 160 ms apart, the
specialty list went down by its arrows queued dozens. The list still follows each key; its sentence is said once the
keys pause (SAID_AFTER, the department field's typing pause) or the focus leaves the question; a click is said at once.
a11y67 L6: the calendar (.ics) button said nothing once the file was downloaded.

Each page's clock is Playwright's, paused once its list has answered (``load_paused``): the keys' pause is the test's
``run_for``, never the machine's speed (the engine's answers do not wait for the clock, the page's timers do).
"""

from __future__ import annotations

from urllib.parse import urlencode

from browser_support import Watched, answered as ready, load_paused, said_after

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
LIST = "/toulouse/2024/liste-personnalisee/"

# Each change of a live region's words recorded, in order (what a screen reader is given to say).
RECORD = """(selector) => { window.__said = window.__said || {}; const said = window.__said[selector] = [];
  const region = document.querySelector(selector);
  new MutationObserver(() => said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true }); }"""
STATUS = "#bts-checklist-status"


def paused_list(browser, origin, fragment: str = "", viewport=DESKTOP) -> tuple[Watched, object, int]:
    """Toulouse 2024's list (its answers ``fragment``), the page's clock paused once the list has answered, the status
    line recorded: the visit, its page, the number of answers sent."""
    visit = Watched(browser, origin, viewport=viewport)
    page = visit.page
    answered: list[int] = []
    load_paused(page, origin + LIST + fragment, then=lambda loaded: answered.append(ready(loaded)))
    page.evaluate(RECORD, STATUS)
    return visit, page, answered[0]


def said(page, selector: str = STATUS) -> list[str]:
    return [" ".join(words.split()) for words in page.evaluate("(s) => window.__said[s]", selector)]


def problems(visit: Watched) -> list[str]:
    return visit.violations() + visit.csp_console() + visit.errors


def test_arrows_through_a_group_are_said_once_the_keys_pause_and_a_click_at_once(browser, origin):
    """Two arrows up from « Je ne sais pas encore » (VAE, then « salarié »): the list follows each key, nothing is said
    until the keys pause, then the last answer's sentence, once; the same sentence a click on that choice gives, said at
    once."""
    visit, page, sent = paused_list(browser, origin)
    pause = said_after()
    page.focus("#q-situation-none")
    lists = []
    for key, choice in (("ArrowUp", "vae"), ("ArrowUp", "experience")):
        page.keyboard.press(key)
        sent = ready(page, sent)
        assert page.is_checked(f"#q-situation-{choice}")
        lists.append(page.inner_text("#bts-checklist-output"))
        assert said(page) == []
    assert lists[0] != lists[1]  # (the list followed each key: VAE's has no list of pieces)
    page.clock.run_for(pause - 10)
    assert said(page) == []
    page.clock.run_for(20)
    [sentence] = said(page)
    assert sentence.startswith("Liste mise à jour") and sentence == " ".join(page.inner_text(STATUS).split()), sentence
    page.clock.run_for(2000)
    assert said(page) == [sentence]  # (once)
    # a click: said at once, the clock standing still
    page.click("label[for='q-situation-vae']")
    sent = ready(page, sent)
    assert len(said(page)) == 2 and said(page)[-1] != sentence, said(page)
    page.click("label[for='q-situation-experience']")
    sent = ready(page, sent)
    assert said(page)[2:] == [sentence], said(page)
    assert problems(visit) == []
    visit.close()


def test_the_specialty_list_gone_down_by_its_arrows_is_said_once(browser, origin):
    """Six arrows down the specialty list (a <select>): six answers sent, the list following each, one sentence said,
    once the keys pause."""
    visit, page, sent = paused_list(browser, origin, "#" + urlencode({"situation": "experience"}))
    page.focus("#q-specialty-input")
    values = []
    for _ in range(6):
        page.keyboard.press("ArrowDown")
        sent = ready(page, sent)
        values.append(page.input_value("#q-specialty-input"))
    assert len(set(values)) == 6 and "" not in values, values
    assert said(page) == []
    page.clock.run_for(said_after() + 10)
    assert len(said(page)) == 1 and said(page)[0].startswith("Liste mise à jour"), said(page)
    page.clock.run_for(2000)
    assert len(said(page)) == 1, said(page)
    assert problems(visit) == []
    visit.close()


def test_an_answer_put_aside_by_the_arrows_is_said_once_the_focus_leaves_and_its_undo_once(browser, origin):
    """« Oui » to « Non » by an arrow in « Êtes-vous en situation de handicap ? » puts the accommodation answer aside:
    said (with where the undo is) as soon as the focus leaves the question for the note's undo, without waiting for the
    pause, and once; the undo pressed: « Changement annulé », at once, once."""
    visit, page, sent = paused_list(browser, origin, "#" + urlencode({"disability": "yes", "exam_adjustment": "yes"}))
    page.focus("#q-disability-yes")
    page.keyboard.press("ArrowDown")
    sent = ready(page, sent)
    assert page.is_checked("#q-disability-no") and page.locator(".bts-checklist-dropped").count() == 1
    assert said(page) == []
    page.keyboard.press("Tab")  # (the note's undo: out of the question)
    assert page.evaluate("document.activeElement.closest('.bts-checklist-dropped') !== null")
    [aside] = said(page)
    assert aside.startswith("Réponse mise de côté, car la question ne se pose plus") and "Annuler ce changement" in aside, aside
    page.clock.run_for(2000)
    assert said(page) == [aside]
    page.keyboard.press("Enter")
    sent = ready(page, sent)
    assert page.is_checked("#q-disability-yes") and page.is_checked("#q-exam_adjustment-yes")
    assert len(said(page)) == 2 and said(page)[1].startswith("Changement annulé"), said(page)
    page.clock.run_for(2000)
    assert len(said(page)) == 2, said(page)
    assert problems(visit) == []
    visit.close()


def test_the_calendar_button_says_the_file_offered_each_time(browser, origin):
    """a11y67 L6: « Ajouter vos dates à votre agenda (.ics) » pressed with Enter: the file's name said next to it
    (role=status), once a press, the focus left on the button; another answer (another list, another file) empties it."""
    visit, page, sent = paused_list(browser, origin, "#" + urlencode({"situation": "distance"}), viewport=PHONE)
    ics = page.locator("#bts-checklist-ics")
    region = ics.locator("xpath=following-sibling::*[@role='status']")
    assert region.count() == 1
    page.evaluate(RECORD, ".bts-checklist-saved")
    ics.focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    name = info.value.suggested_filename
    assert name == "bts-toulouse-2024-ma-liste.ics"
    words = f"Fichier {name} proposé au téléchargement."  # (handed to the browser, not known saved: review67b L1)
    assert said(page, ".bts-checklist-saved") == [words]
    assert page.evaluate("document.activeElement.id") == "bts-checklist-ics"
    page.clock.run_for(2000)
    assert said(page, ".bts-checklist-saved") == [words]
    # again: emptied, then said again a tenth of a second later (the same words again are no change to say)
    with page.expect_download():
        page.keyboard.press("Enter")
    page.clock.run_for(200)
    assert said(page, ".bts-checklist-saved") == [words, "", words]
    page.click("label[for='q-situation-repeater']")
    ready(page, sent)
    assert region.text_content() == ""
    assert problems(visit) == []
    visit.close()
