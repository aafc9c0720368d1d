"""A printed page of a session says whose it is on every sheet (printhead67, print67 M: the personalised list; print68:
the notice page and its page for the establishments): past.js gives the page's title to the print's top margin as a
CSS string (runningHead, cssString; print.css prints it in its @page top-left box). The title's words are the
template's, but an academy's or a readers' name could hold a quote or a backslash: the string is one CSS string by
construction, its words unchanged (tests/site/test_print_clearances.py prints it)."""
from __future__ import annotations

import json
import re
import subprocess

from project_support import REPO, js_function, node_path

PAST_JS = REPO / "site_overrides" / "assets" / "past.js"


WORDS = [
    "Votre liste personnalisée — académie de Toulouse, session 2024",
    "Académie de Toulouse — BTS session 2024",
    'Académie « de » "Test", session 2026 (établissements)',
    "un \\ seul, puis \\\" et \"\\",
    "sur\ndeux lignes\r\fet plus",
]


def test_the_running_head_is_one_css_string_of_the_title_s_words():
    script = js_function(PAST_JS, "cssString") + (
        '\nconst words = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
        "process.stdout.write(JSON.stringify(words.map((w) => cssString(w))));"
    )
    run = subprocess.run([node_path(), "-e", script], input=json.dumps(WORDS), capture_output=True, text=True, timeout=60, check=True)
    for words, css in zip(WORDS, json.loads(run.stdout)):
        # one string token: quoted, no quote nor backslash left alone inside, no line break
        assert re.fullmatch(r'"(?:[^"\\\n\r\f]|\\.)*"', css), (words, css)
        # read back as CSS reads it (a backslash and the character it escapes: that character), the words themselves
        assert re.sub(r"\\(.)", r"\1", css[1:-1]) == re.sub(r"[\n\r\f]", " ", words), (words, css)
    body = js_function(PAST_JS, "runningHead")
    assert 'setProperty("--bts-running-head", cssString(' in body
