"""Generated content with an alternative text (« content: … / "" ») in the site's stylesheets.

A browser that does not know the « / alternative » syntax (Safari before 17.4, Firefox before 128: iOS 15 and 16
phones, which the site still serves, bts-search-query.js) drops the whole declaration, and a ::before left with no
content is not drawn: the column name of each cell of a table read as blocks on a phone (data-label) disappeared with
a11y68's empty alternative (review68c). Each such declaration is preceded, in the same rule, by the same content
without its alternative, as checklist.css's « \\200B » already is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STYLESHEETS = [
    ROOT / "docs/assets/bts.css",
    ROOT / "site_overrides/assets/forms/form.css",
    ROOT / "site_overrides/assets/checklist/checklist.css",
]

# a declaration « content: … / "…" » (an alternative text after the content), not « " / " » inside a string
WITH_ALTERNATIVE = re.compile(r'content:\s*((?:[^;"/]|"[^"]*")+?)\s*/\s*"[^"]*"\s*(?:;|$)')


def _rules(css: str):
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for match in re.finditer(r"([^{}]+)\{([^{}]*)\}", css):
        yield match.group(1).strip(), match.group(2)


def test_the_pattern_finds_an_alternative_and_no_page_counter():
    assert WITH_ALTERNATIVE.search('content: attr(data-label) "\\00a0:" / "";')
    assert not WITH_ALTERNATIVE.search('content: counter(page) " / " counter(pages);')


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda path: path.name)
def test_content_with_an_alternative_text_has_a_fallback_before_it(path):
    seen = 0
    for selector, body in _rules(path.read_text(encoding="utf-8")):
        declarations = [part.strip() for part in body.split(";")]
        for index, declaration in enumerate(declarations):
            found = WITH_ALTERNATIVE.search(declaration + ";")
            if not found:
                continue
            seen += 1
            fallback = "content: " + found.group(1).strip()
            before = [" ".join(d.split()) for d in declarations[:index]]
            assert " ".join(fallback.split()) in before, (
                f"{path.name}: {selector}: « {declaration} » without « {fallback}; » before it in the same rule")
    assert seen, f"{path.name}: no content with an alternative text read (the test reads nothing)"
