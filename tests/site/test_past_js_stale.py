"""site_overrides/assets/past.js, run by node on a stand-in document (no browser): when it shows a « Session passée »
box saying the guide has no newer session (data-bts-no-newer), it hides the status line saying the notice may have
been replaced (.bts-stale, _status.md.j2), which would say it a second time (a reading beside the notice, 45 L5);
a box that names the newer session does not hide it, nor a box still to come."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest

from project_support import REPO

PAST_JS = REPO / "site_overrides" / "assets" / "past.js"

SCRIPT = r"""
const fs = require("fs"), vm = require("vm");
const [code, boxJson] = [fs.readFileSync(process.argv[1], "utf8"), process.argv[2]];
const box = JSON.parse(boxJson);
const element = (attrs) => ({
  hidden: true, attrs,
  getAttribute(name) { return name in this.attrs ? this.attrs[name] : null; },
  hasAttribute(name) { return name in this.attrs; },
  setAttribute(name, value) { this.attrs[name] = value; },
});
const past = element(box), stale = element({});
stale.hidden = false;
const document = {
  readyState: "complete",
  querySelector() { return null; },  // (no preview's day: the device's clock)
  querySelectorAll(selector) {
    if (selector === "[data-bts-past-after]") return [past];
    if (selector === ".bts-stale") return [stale];
    return [];
  },
};
vm.runInNewContext(code, { document, window: {}, Intl, Date, Object, Array });
console.log(JSON.stringify({ past: !past.hidden, stale: !stale.hidden }));
"""


def _run(box: dict) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    done = subprocess.run([node, "-e", SCRIPT, str(PAST_JS), json.dumps(box)], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(done.stdout)


BOX = {"data-bts-past-after": "2020-01-01", "data-bts-timezone": "Europe/Paris"}


def test_a_box_saying_there_is_no_newer_session_hides_the_status_line():
    assert _run({**BOX, "data-bts-no-newer": "true"}) == {"past": True, "stale": False}


def test_a_box_naming_the_newer_session_or_still_to_come_leaves_it():
    assert _run(BOX) == {"past": True, "stale": True}
    assert _run({**BOX, "data-bts-past-after": "2999-12-31", "data-bts-no-newer": "true"}) == {"past": False, "stale": True}


# past.js over a range of days: each day is the preview's (the meta bts-preview-today, 11:00 UTC that day), the boxes
# as the build writes them; it says for each day whether it shows « Session passée » and « Inscriptions closes ».
AGREE = r"""
const fs = require("fs"), vm = require("vm");
const code = fs.readFileSync(process.argv[1], "utf8");
const { past, closed, days } = JSON.parse(fs.readFileSync(0, "utf8"));
const element = (attrs) => ({
  hidden: true, attrs,
  getAttribute(name) { return name in this.attrs ? this.attrs[name] : null; },
  hasAttribute(name) { return name in this.attrs; },
  setAttribute(name, value) { this.attrs[name] = value; },
  querySelectorAll() { return []; },
  querySelector() { return null; },
});
const seen = days.map((day) => {
  const box = element(past), shut = closed ? element(closed) : null;
  const document = {
    readyState: "complete",
    querySelector(selector) { return selector.startsWith("meta") ? { content: day } : null; },
    querySelectorAll(selector) {
      if (selector === "[data-bts-past-after]") return [box];
      if (selector === "[data-bts-closed-after]") return shut ? [shut] : [];
      return [];
    },
  };
  vm.runInNewContext(code, { document, window: {}, Intl, Date, Object, Array });
  return [!box.hidden, shut !== null && !shut.hidden];
});
process.stdout.write(JSON.stringify(seen));
"""


def test_past_js_says_past_and_closed_on_the_same_days_as_the_build(frozen_notices):
    """One rule (staffwalk52 M2): « Session passée » once the exam session is over (words.session_end, 31 August of its
    year), « Inscriptions closes » from the closing until then. The build decides it from its day (words.session_over,
    notice_view.closed_view); past.js from the reader's day, with the days the build wrote in the boxes. Every day from
    the opening of the school year before the session to the end of the year after it, for every frozen notice (a
    closing with an hour, one without, none at all: Nantes 2026), they agree."""
    from generator.site.notice_view import closed_view
    from generator.site.words import session_end, session_over

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    for notice in frozen_notices:
        start = dt.date(notice.year - 1, 9, 1)
        days = [start + dt.timedelta(days=n) for n in range((dt.date(notice.year, 12, 31) - start).days + 1)]
        shut = closed_view(notice, None)  # the box as a build before the closing writes it
        past = {"data-bts-past-after": session_end(notice).isoformat(), "data-bts-timezone": notice.tz}
        closed = None if shut is None else {"data-bts-closed-after": shut.after, "data-bts-open-until": shut.last_day,
                                            "data-bts-timezone": shut.timezone, **({"data-bts-closed-at": shut.at} if shut.at else {})}
        data = json.dumps({"past": past, "closed": closed, "days": [d.isoformat() for d in days]})
        done = subprocess.run([node, "-e", AGREE, str(PAST_JS)], input=data, capture_output=True, text=True, timeout=120, check=True)
        browser = json.loads(done.stdout)
        build = [[session_over(notice, d), bool((c := closed_view(notice, d)) and c.now)] for d in days]
        differ = [(d.isoformat(), b, j) for d, b, j in zip(days, build, browser) if b != j]
        assert not differ, (notice.slug, notice.year, differ[:5])
        # the session 2024 is past from 1 September 2024, not after its last date; closed all the months between
        assert [d for d, (p, _) in zip(days, build) if p][0] == dt.date(notice.year, 9, 1)
        assert sum(c for _, c in build) > 200, (notice.slug, sum(c for _, c in build))


# A stand-in element of the switches' scripts below (SWITCH, SWITCH_AT): the data's ``attrs`` with ``extra`` over them.
SWITCHED_ELEMENT = r"""const element = (extra) => ({
  hidden: false, attrs: { ...attrs, ...extra },
  getAttribute(name) { return name in this.attrs ? this.attrs[name] : null; },
  hasAttribute(name) { return name in this.attrs; },
  setAttribute(name, value) { this.attrs[name] = value; },
  querySelectorAll() { return []; },
  querySelector() { return null; },
});
"""

# past.js's before/after-the-closing switches (data-bts-closing: a contradiction's two advices, the checklist's marker
# .bts-registration-closed) over a range of days, as AGREE does for the boxes: which of the two is shown each day.
SWITCH = r"""
const fs = require("fs"), vm = require("vm");
const code = fs.readFileSync(process.argv[1], "utf8");
const { attrs, days } = JSON.parse(fs.readFileSync(0, "utf8"));
""" + SWITCHED_ELEMENT + r"""
const seen = days.map((day) => {
  const before = element({ "data-bts-closing": "before" }), after = element({ "data-bts-closing": "after" });
  after.hidden = true;
  const document = {
    readyState: "complete",
    querySelector(selector) { return selector.startsWith("meta") ? { content: day } : null; },
    querySelectorAll(selector) { return selector === "[data-bts-closing]" ? [before, after] : []; },
  };
  vm.runInNewContext(code, { document, window: {}, Intl, Date, Object, Array });
  return [!before.hidden, !after.hidden];
});
process.stdout.write(JSON.stringify(seen));
"""


def test_past_js_switches_to_what_is_said_after_the_closing_on_the_same_days_as_the_build(frozen_notices):
    """read56 L6: Toulouse 2024's contradiction advised to contact the exam office « avant la fermeture du serveur
    d'inscription » under « Inscriptions closes ». What is said from the closing on (a contradiction's
    advice_after_closing, the checklist's marker .bts-registration-closed) is shown by past.js from the moment the
    build decides it (notice_view.closing_switch: the closing, or the day after its date, or after the last date of a
    notice that gives none), and stays, the session over included; the « before » one hidden from then on. Every day
    from the opening of the school year before the session to the end of the year after it, for every frozen notice."""
    from generator.site.notice_view import closing_switch

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    for notice in frozen_notices:
        start = dt.date(notice.year - 1, 9, 1)
        days = [start + dt.timedelta(days=n) for n in range((dt.date(notice.year, 12, 31) - start).days + 1)]
        switch = closing_switch(notice, None)
        assert switch is not None, (notice.slug, notice.year)
        attrs = {"data-bts-closing-after": switch.after, "data-bts-timezone": switch.timezone,
                 **({"data-bts-closing-at": switch.at} if switch.at else {})}
        data = json.dumps({"attrs": attrs, "days": [d.isoformat() for d in days]})
        done = subprocess.run([node, "-e", SWITCH, str(PAST_JS)], input=data, capture_output=True, text=True, timeout=120, check=True)
        browser = json.loads(done.stdout)
        build = [[not closing_switch(notice, d).now, closing_switch(notice, d).now] for d in days]
        differ = [(d.isoformat(), b, j) for d, b, j in zip(days, build, browser) if b != j]
        assert not differ, (notice.slug, notice.year, differ[:5])
        assert build[0] == [True, False] and build[-1] == [False, True], (notice.slug, notice.year)


# past.js's switches and « Inscriptions closes » box at a given instant (the device's clock: no preview's day), a
# stand-in Date fixed at that instant
SWITCH_AT = r"""
const fs = require("fs"), vm = require("vm");
const code = fs.readFileSync(process.argv[1], "utf8");
const { attrs, boxAttrs, instants } = JSON.parse(fs.readFileSync(0, "utf8"));
""" + SWITCHED_ELEMENT + r"""
const seen = instants.map((instant) => {
  const fixed = Date.parse(instant);
  class Clock extends Date {
    constructor(...given) { if (given.length) super(...given); else super(fixed); }
    static now() { return fixed; }
  }
  const before = element({ "data-bts-closing": "before" }), after = element({ "data-bts-closing": "after" });
  after.hidden = true;
  const box = { ...element({}), attrs: boxAttrs, hidden: true };  // (the « Inscriptions closes » box)
  const document = {
    readyState: "complete",
    querySelector() { return null; },
    querySelectorAll(selector) {
      return selector === "[data-bts-closing]" ? [before, after] : selector === "[data-bts-closed-after]" ? [box] : [];
    },
  };
  vm.runInNewContext(code, { document, window: {}, Intl, Date: Clock, Object, Array });
  return [!before.hidden, !after.hidden, !box.hidden];
});
process.stdout.write(JSON.stringify(seen));
"""


def test_past_js_switches_at_the_closing_s_minute_when_the_notice_gives_its_hour(frozen_notices):
    """The day-by-day test above cannot see the minute: a notice that gives the closing's hour (frozen Toulouse 2024,
    15 November 2023 at 17:00, Europe/Paris) has its « before » advice shown until 16:59 and its « after » one from
    17:00, that day, in the academy's zone, when the « Inscriptions closes » box shows (closedRegistrations). Seen
    failing (review69) with past.js's closingSwitches, or its closedRegistrations, comparing ``moment > at`` (17:00
    still « before », the box still hidden)."""
    from zoneinfo import ZoneInfo

    from generator.site.notice_view import closed_view, closing_switch

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    checked = 0
    for notice in frozen_notices:
        switch = closing_switch(notice, None)
        if switch is None or switch.at is None:
            continue
        at = dt.datetime.fromisoformat(switch.at).replace(tzinfo=ZoneInfo(switch.timezone))
        instants = [(at + dt.timedelta(minutes=m)).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for m in (-1, 0, 1)]
        attrs = {"data-bts-closing-after": switch.after, "data-bts-closing-at": switch.at, "data-bts-timezone": switch.timezone}
        closed = closed_view(notice, None)
        box = {"data-bts-closed-after": closed.after, "data-bts-closed-at": closed.at, "data-bts-open-until": closed.last_day,
               "data-bts-timezone": closed.timezone}
        data = json.dumps({"attrs": attrs, "boxAttrs": box, "instants": instants})
        done = subprocess.run([node, "-e", SWITCH_AT, str(PAST_JS)], input=data, capture_output=True, text=True, timeout=60, check=True)
        assert json.loads(done.stdout) == [[True, False, False], [False, True, True], [False, True, True]], (notice.slug, notice.year, instants)
        checked += 1
    assert checked  # (frozen Toulouse 2024 gives its closing's hour)
