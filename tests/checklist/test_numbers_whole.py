"""The personalised list keeps a law's or a decree's number whole, as the notice pages do (read57 L4).

read56 L8 put each number « n° » gives with a hyphen in it (« loi n° 97-1019 ») in a span of class bts-nowrap on the
pages (generator/site/text.py _numbers_whole). The list, built by checklist.js, did not: at 320 to 340 px Nantes 2024's
and Clermont-Ferrand 2024's lists read « décret n° 2020- / 1167 », Nantes 2026's « n°2024- / 788 » (320 px) and
« n°2002- / 1086 » (384 to 416 px). checklist.js numberPieces finds the same numbers as _numbers_whole, in every text of
the real data and content that has « n° », and numbersWhole puts them in that span (with fixphone56's articles,
« D. 643-15-1 », the same pattern in both).
"""
from __future__ import annotations

import json
import re
import subprocess

from generator.site.text import NOWRAP_CLASS, _numbers_whole
from project_support import CHECKLIST_JS, REAL, js_function, node_path


# (as checklist.js fr() and the pages' typography write them: « n° » then a no-break space, or nothing)
EXAMPLES = [
    "loi n°\u00a097-1019 du 28 octobre 1997",
    "décret n°2020-1167 du 23 septembre 2020",
    "décret n°\u00a02024-788 du 8\u00a0juillet 2024",
    "article 3 du décret n°2002-1086 du 07 août 2002",
    "B.O. n°32 du 28 août 2008",
    "leur n° de candidat de la session 2023",
    "N°\u00a012-34-56, puis n°7-8x et an°1-2",
    "sans numéro",
    # an article's number with its letter, kept whole where a line could break it (fixphone56)
    "article D.\u00a0643-15-1 du code de l'éducation",
    "articles L113-4 et R. 408, puis D643-23",
    "R408 seul, et D. 64 trop court",
    # an office's or a standard's code with its number, kept whole (printhead67: « (DEC 4- » / « 1) » on paper)
    "le bureau des examens (DEC\u00a04-1) et la norme ISO 3166-2",
    "BTS 2024, Pièce 4-1 et DEC 41 : rien à garder",
]


def _texts_with_numbers() -> list[str]:
    """The lines of the real academies' and content's YAML files that have « n° » and a digit, or a code and its number
    (« DEC 4-1 »)."""
    lines = set(EXAMPLES)
    for folder in (REAL / "academies", REAL / "content"):
        for path in folder.rglob("*.yaml"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if re.search(r"[nN]°\s?[0-9]|[A-Z]{2,}\s[0-9]+-[0-9]", line):
                    lines.add(line.strip())
    return sorted(lines)


def test_the_list_keeps_the_numbers_the_pages_keep_whole():
    texts = _texts_with_numbers()
    assert any("97-1019" in t for t in texts) and any("2002-1086" in t for t in texts), "no law number in the data"
    script = _whole_numbers() + "\n" + js_function(CHECKLIST_JS, "numberPieces") + (
        '\nconst texts = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
        "process.stdout.write(JSON.stringify(texts.map((t) => numberPieces(t))));"
    )
    run = subprocess.run([node_path(), "-e", script], input=json.dumps(texts), capture_output=True, text=True, timeout=60, check=True)
    for text, pieces in zip(texts, json.loads(run.stdout)):
        # the pieces are the text, and the spans the page would print (on text without HTML, escaped as it is)
        assert "".join(piece for piece, _ in pieces) == text, (text, pieces)
        shown = "".join(f'<span class="{NOWRAP_CLASS}">{piece}</span>' if whole else piece for piece, whole in pieces)
        assert shown == _numbers_whole(text), (text, pieces)
    said = dict(zip(texts, json.loads(run.stdout)))
    assert [p for p, whole in said[EXAMPLES[0]] if whole] == ["97-1019"]
    assert [p for p, whole in said[EXAMPLES[6]] if whole] == ["12-34-56"]
    assert not any(whole for t in (EXAMPLES[4], EXAMPLES[5], EXAMPLES[7]) for _, whole in said[t])
    assert [p for p, whole in said[EXAMPLES[8]] if whole] == ["D.\u00a0643-15-1"]
    assert [p for p, whole in said[EXAMPLES[9]] if whole] == ["L113-4", "R. 408", "D643-23"]
    assert not any(whole for _, whole in said[EXAMPLES[10]])
    assert [p for p, whole in said[EXAMPLES[11]] if whole] == ["DEC\u00a04-1", "ISO 3166-2"]
    assert not any(whole for _, whole in said[EXAMPLES[12]])
    assert any("DEC 4-1" in t for t in texts), "no office's code in the data"


def test_the_list_s_text_is_put_in_the_span_by_those_pieces():
    """numbersWhole (run on each render's blocks before they are placed, and on the note of removed answers) splits
    each text node by numberPieces; tests/site's phone tests measure the spans in Chromium. The blocks are compared
    with the page's after it (placeParts, warm77: a block the page shows is kept only when equal, spans included)."""
    body = js_function(CHECKLIST_JS, "numbersWhole")
    assert "numberPieces(node.data)" in body and f'"{NOWRAP_CLASS}"' in body
    placing = js_function(CHECKLIST_JS, "placeParts")
    assert placing.index("numbersWhole(holder)") < placing.index("isEqualNode")


def _whole_numbers() -> str:
    """checklist.js's WHOLE_NUMBERS line (the pattern numberPieces uses)."""
    return next(line for line in CHECKLIST_JS.read_text(encoding="utf-8").splitlines() if line.startswith("const WHOLE_NUMBERS = "))
