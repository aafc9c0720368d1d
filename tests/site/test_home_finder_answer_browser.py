"""The home page's finder on a 360 × 740 phone (candidate69): « 75 » or « haute garonne » typed, the row found stood
below the screen's bottom edge (the field near it, the status line at y ≈ 726) and the status line said only « 1
département correspond : votre académie et où lire sa notice sont dans le tableau ci-dessous. » Now the status line,
right under the field, names the department found and its academy (home.result_one), the first keystroke brings the
field up under the header (bts.js raise) so that this line is on the screen while the candidate types, and once the
typing pauses the row's « Où lire la notice » is in view (bts.js reveal), the focus left in the field."""

from __future__ import annotations

import pytest

from browser_support import Watched, load_paused, said_after, typed_in_the_finder

PHONE = {"width": 360, "height": 740}

# the row's « Où lire la notice » cell and its first link, seen from the viewport; the status line; the focus
SEEN = """() => { const row = [...document.querySelectorAll('.bts-departments tbody tr')].find((r) => !r.hidden);
  const cell = row.lastElementChild, link = cell.querySelector('a') || cell;
  const status = document.getElementById('bts-filter-status').getBoundingClientRect();
  return { top: cell.getBoundingClientRect().top, link: link.getBoundingClientRect().bottom, height: innerHeight,
           header: document.querySelector('.md-header').getBoundingClientRect().bottom, status: [status.top, status.bottom],
           words: document.getElementById('bts-filter-status').textContent.replace(/[\\u00a0\\u202f]/g, ' '),
           focus: document.activeElement.id }; }"""


@pytest.mark.parametrize("typed, said", [
    ("75", "1 département correspond : Paris (75), académie de Paris ; où lire sa notice : ci-dessous."),
    ("haute garonne", "1 département correspond : Haute-Garonne (31), académie de Toulouse ; où lire sa notice : ci-dessous."),
])
def test_a_department_typed_on_a_phone_is_answered_with_its_academy_and_its_notice_s_link_in_view(browser, origin, typed, said):
    w = Watched(browser, origin, viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2, reduced_motion="reduce")
    page = w.page
    load_paused(page, origin + "/")
    field = typed_in_the_finder(page, typed)
    # while typing: the status line, under the field, names the academy
    seen = page.evaluate(SEEN)
    assert " ".join(seen["words"].split()) == said, seen
    # …and is on the screen, the field brought up under the header at the first keystroke (it stood at the bottom of
    # the first screen, the status line at y ≈ 726 of 740)
    assert seen["header"] <= seen["status"][0] and seen["status"][1] <= seen["height"], seen
    # the typing paused: the row's link to its notice (or its academy's site) on the screen, under the header, the
    # status line too, the focus still in the field, its words kept
    page.clock.run_for(said_after("finder") + 10)
    seen = page.evaluate(SEEN)
    assert seen["header"] <= seen["top"] and seen["link"] <= seen["height"], seen
    assert seen["header"] <= seen["status"][0] and seen["status"][1] <= seen["height"], seen
    assert seen["focus"] == "bts-filter-input" and field.input_value() == typed, seen
    assert w.errors == [] and w.csp_console() == [], (w.errors, w.csp_console())
    w.close()
