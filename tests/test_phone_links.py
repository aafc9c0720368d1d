"""A phone number of a notice as a ``tel:`` link: the notice pages (values.phone_href, through the templates) and the
personal list in the browser (checklist.js telHref) dial the same number, in the international form, an overseas
number with its own country code (review54 L4: ``tel:+33262…`` does not reach La Réunion)."""

from __future__ import annotations

import json
import subprocess

import pytest

from generator.model.values import OVERSEAS_PHONE_PREFIXES, phone_href
from project_support import REPO, js_function, node_path

KNOWN = {
    "05 36 25 71 12": "tel:+33536257112",  # Toulouse
    "02.40.37.38.38": "tel:+33240373838",
    "0800 00 00 00": "tel:+33800000000",
    "02 62 48 10 10": "tel:+262262481010",  # La Réunion
    "06 92 12 34 56": "tel:+262692123456",
    "02 69 61 10 24": "tel:+262269611024",  # Mayotte
    "05 90 21 64 64": "tel:+590590216464",  # Guadeloupe
    "05 94 27 20 00": "tel:+594594272000",  # Guyane
    "05 96 52 25 00": "tel:+596596522500",  # Martinique
    "06 96 12 34 56": "tel:+596696123456",
    "05 08 41 04 40": "tel:+508410440",  # Saint-Pierre-et-Miquelon: six digits
    "27 12 34": "tel:271234",  # not ten digits (Nouvelle-Calédonie): as written
    "+33 5 36 25 71 12": "tel:+33536257112",  # written with its country code
    "+33 (0)5 36 25 71 12": "tel:+33536257112",
    "+262 262 48 10 10": "tel:+262262481010",
}


def test_known_numbers_dial_their_country():
    assert {typed: phone_href(typed) for typed in KNOWN} == KNOWN


def test_the_list_dials_as_the_pages_do():
    """checklist.js telHref gives every number the link the pages give it: each overseas prefix, a metropolitan one of
    each first digit, the odd forms."""
    numbers = list(KNOWN) + [f"0{prefix}123456" for prefix in OVERSEAS_PHONE_PREFIXES]
    numbers += [f"0{first}12345678" for first in range(1, 10)] + ["", "0", "05 36 25 71 12 34", "36 25"]
    script = js_function(REPO / "site_overrides" / "assets" / "checklist" / "checklist.js", "telHref")
    script += '\nconst typed = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
    script += "process.stdout.write(JSON.stringify(typed.map(telHref)));"
    run = subprocess.run([node_path(), "-e", script], input=json.dumps(numbers), capture_output=True, text=True, timeout=60, check=True)
    got = dict(zip(numbers, json.loads(run.stdout)))
    assert {n: h for n, h in got.items() if h != phone_href(n)} == {}
    assert got["02 62 48 10 10"] == "tel:+262262481010"


def test_an_overseas_number_written_with_its_country_code_is_read():
    """Staff of an overseas academy may write « +262 262 48 10 10 »: read as the ten digits dialled in France, and
    linked with its own country code again; a country code that is not the number's stays a problem."""
    from generator.model.values import BadValue, Phone

    assert Phone.parse("+262 262 48 10 10") == "02 62 48 10 10"
    assert Phone.parse("+508 41 04 40") == "05 08 41 04 40"
    assert Phone.parse("+33 5 36 25 71 12") == "05 36 25 71 12"
    assert phone_href(Phone.parse("+596 696 12 34 56")) == "tel:+596696123456"
    for wrong in ("+262 590 12 34 56", "+33 262 48 10 10 1", "+508 41 04 40 12"):
        with pytest.raises(BadValue):
            Phone.parse(wrong)


def test_the_phones_a_row_s_words_write_are_read_whatever_their_separators():
    """A manager's phone written in the words of their row (the notice's PDF then prints it once: staffwalk52 M4)."""
    from generator.model.values import phones_in_words

    assert phones_in_words("Bâtiment ; Travaux publics — M. Karim Benali — 05 49 12 34 56") == {"05 49 12 34 56"}
    assert phones_in_words("tél. 05.49.12.34.56 ou +33 (0)5 49 12 34 57") == {"05 49 12 34 56", "05 49 12 34 57"}
    assert phones_in_words("0549123458, session 2024, option 2") == {"05 49 12 34 58"}
    assert phones_in_words("BTS Assurance, ATI, Edition") == frozenset() and phones_in_words(None) == frozenset()


def test_the_forms_staff_are_told_to_write_are_read_and_shown_grouped():
    """staffwalk60 L: « 04.73.99.35.20 » and « +33 4 73 99 35 20 » were accepted while the README said « digits 0–9
    only » and the staff guide « 10 chiffres »: they are read (the page and the command line show « 04 73 99 35 20 »,
    the tel: link dials +33473993520), so both say it, each example read as the form it says is shown."""
    import re

    import yaml

    from generator.model.values import Phone

    row = next(line for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines() if line.startswith("| a phone |"))
    write = row.split(" | ")[1].split(" (")[0]  # (the forms written; the parenthesis says how they are shown)
    examples = re.findall(r"`([^`]+)`", write)
    assert any("." in e for e in examples) and any(e.startswith("+33") for e in examples), row
    assert {Phone.parse(e) for e in examples} == {examples[0]}, row
    for interface in (REPO / "content" / "interface.yaml", REPO / "tests" / "fixtures" / "project" / "content" / "interface.yaml"):
        said = yaml.safe_load(interface.read_text(encoding="utf-8"))
        text = next(v for k, v in _leaves(said) if k.endswith("staff_types.texts.phone"))
        numbers = re.findall(r"\+?[0-9][0-9 .]*[0-9]", text)
        numbers = [n for n in numbers if len(re.sub(r"\D", "", n)) >= 10]
        assert any("." in n for n in numbers) and any(n.startswith("+33") for n in numbers), text
        assert len({Phone.parse(n) for n in numbers}) == 1 and Phone.parse(numbers[0]) in text, text


def _leaves(tree, prefix=""):
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from _leaves(value, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, tree
