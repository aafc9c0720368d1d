"""French typography (typographic apostrophes) and French sorting (generator/french.py)."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.french import APOSTROPHE, sort_key, typography

ROOT = Path(__file__).resolve().parents[1]

# Orders checked by hand against a French dictionary and against ICU (Intl.Collator("fr") of Node 20).
KNOWN_ORDERS = [
    # accents after the letters, read from left to right (CLDR French, not the old Canadian reverse order)
    ["cote", "Cote", "coté", "côte", "côté", "cz"],
    ["eleve", "élevé", "élève"],
    # a hyphen or a space sorts before any letter: « Haut-Rhin » first, « Hautes-… » after « Haute-… »
    ["Haut-Rhin", "Haute Corse", "Haute-Corse", "Haute-Garonne", "Haute-Loire", "Haute-Marne", "Haute-Saône",
     "Haute-Savoie", "Haute-Vienne", "Hautes-Alpes", "Hautes-Pyrénées", "Hauts-de-Seine"],
    # apostrophes (straight and typographic: the same place), case after accents
    ["Corrèze", "Corse-du-Sud", "Côte-d'Or", "Côtes-d’Armor", "Creuse", "ile", "Île", "Indre", "Indre-et-Loire", "Isère",
     "Val-d'Oise", "Val-de-Marne", "Var", "Vaucluse", "Vendée"],
    ["l'an", "l’an", "lan"],
    # « œ » and « æ » as « oe » and « ae », just after them
    ["oe", "oeuf", "Oeuf", "œuf", "Œuf", "of"],
    ["aerø", "Ærø", "arger", "Ärger"],
    # lower case before upper case, from the first letter that differs
    ["ab", "aB", "Ab", "AB"],
    # the issue: « Électrotechnique » was sorted after « Travaux publics » (code points)
    ["Assurance", "Bâtiment", "Électrotechnique", "Étude et réalisation d'agencement", "Fluides, énergies, domotique", "Travaux publics"],
    # digits before letters, character by character (no numeric order: it is a dictionary's)
    ["_a", "10", "19", "1a", "21", "2A", "2B", "9", "a b", "a-b", "a,b", "a1", "ab"],
]


@pytest.mark.parametrize("expected", KNOWN_ORDERS, ids=lambda order: order[0])
def test_known_french_orders(expected):
    shuffled = list(reversed(expected))
    random.Random(0).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == expected


def _names() -> list[str]:
    """Every name the guide sorts: departments, academies, specialties (and their options)."""
    names = set()
    for path, pattern in (("content/departments.yaml", r"\bname: ([^,}\n]+)"), ("content/specialties.yaml", r"\bname: (.+)")):
        names |= {m.strip().strip('"') for m in re.findall(pattern, (ROOT / path).read_text(encoding="utf-8"))}
    for order in KNOWN_ORDERS:
        names |= set(order)
    return sorted(names)


def test_the_guide_s_names_sort_as_the_browsers_french_collation():
    """The same order as ICU's French collation (Node's Intl.Collator("fr")), over every name the guide sorts."""
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true : node absent (bash scripts/setup.sh)")
        pytest.skip("node absent")
    names = _names()
    script = 'const w=JSON.parse(require("fs").readFileSync(0,"utf8"));process.stdout.write(JSON.stringify(w.sort(new Intl.Collator("fr").compare)))'
    run = subprocess.run([node, "-e", script], input=json.dumps(names), capture_output=True, text=True, timeout=60, check=True)
    assert len(names) > 150
    assert sorted(names, key=sort_key) == json.loads(run.stdout)


def test_different_texts_never_compare_equal():
    assert sort_key("Cote") != sort_key("cote")
    assert sorted(["b", "B", "b"], key=sort_key) == ["b", "b", "B"]


# ---------------------------------------------------------------- typographic apostrophes


def test_apostrophes_become_typographic_in_words():
    assert typography("l'académie d'Aix-Marseille") == f"l{APOSTROPHE}académie d{APOSTROPHE}Aix-Marseille"
    assert typography("Aujourd'hui") == f"Aujourd{APOSTROPHE}hui"
    assert typography("« d'accord »") == f"«\u00a0d{APOSTROPHE}accord\u00a0»"


def test_apostrophes_stay_straight_in_addresses_and_code():
    text = "voir https://www.ac-x.fr/l'a?b=c'd, www.ac-y.fr/d'x, mailto:o'b@ac-x.fr, o'brien@ac-nantes.fr et `id='x'` : c'est tout"
    out = typography(text)
    for verbatim in ("https://www.ac-x.fr/l'a?b=c'd,", "www.ac-y.fr/d'x,", "mailto:o'b@ac-x.fr,", "o'brien@ac-nantes.fr", "`id='x'`"):
        assert verbatim in out, verbatim
    assert out.endswith(f"c{APOSTROPHE}est tout")
    assert "'" not in re.sub(r"(https?://|mailto:|www\.)\S+|\S+@\S+|`[^`]*`", "", out)


def test_typography_is_stable():
    for text in ("l'an : d'accord ; « oui » ?", "https://a.fr/l'x", "plain"):
        assert typography(typography(text)) == typography(text)
