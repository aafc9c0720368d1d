"""The site's search finds a word whatever the punctuation around it (read60 M2).

MkDocs Material's search splits a page's words at the ``separator`` of mkdocs.yml and finds a word typed in the box
by the start of a word of the index (« CNED » → ``cned*``). With words split only at spaces, hyphens and apostrophes,
« (CNED) », « CNED, » or « Contacts : » were indexed with their punctuation (``(cned)``): a candidate typing « CNED »
found Clermont-Ferrand's notice alone (its title's « CNED… »), not the CNED rows of Toulouse, Aix-Marseille or Nantes,
nor the home page's « (CNED, redoublant) ». The index's own separator, read as the browser reads it, must leave no
word with punctuation at either end."""
from __future__ import annotations

import html
import json
import re

# what French text puts before or after a word, never part of it
PUNCTUATION = set("()[],;:.!?«»“”\"/…—–·→⇒➤*+&")


def _words(separator: str, text: str) -> list[str]:
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return [w for w in re.split(separator, plain) if any(c.isalpha() for c in w)]


def test_no_word_of_the_search_index_keeps_its_punctuation(frozen_site):
    index = json.loads((frozen_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = index["config"]["separator"]
    stuck = {}
    for doc in index["docs"]:
        for word in _words(separator, doc["title"] + " " + doc["text"]):
            if word[0] in PUNCTUATION or word[-1] in PUNCTUATION:
                stuck.setdefault(word, doc["location"])
    assert not stuck, sorted(stuck.items())[:20]


def test_the_separator_keeps_a_decimal_point_and_splits_a_sentence_s_end(frozen_site):
    separator = json.loads((frozen_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["separator"]
    assert _words(separator, "à distance (CNED), voir « Contacts » : 1350 h, coefficient 1.5.") == [
        "à", "distance", "CNED", "voir", "Contacts", "h", "coefficient"]
    assert "1.5" in re.split(separator, "coefficient 1.5.")
