"""site_overrides/assets/past.js, run by node on a stand-in document (no browser): when it shows a « Session passée »
box saying the guide has no newer session (data-bts-no-newer), it hides the status line saying the notice may have
been replaced (.bts-stale, _status.md.j2), which would say it a second time (a reading beside the notice, 45 L5);
a box that names the newer session does not hide it, nor a box still to come."""

from __future__ import annotations

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
