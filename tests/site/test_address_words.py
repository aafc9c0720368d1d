"""A link whose words are its web address is written as a person reads and types it (text.address_words): without its
scheme, « www.ac-nantes.fr » for « https://www.ac-nantes.fr/ », on every page, in the notice's PDF (the same Markdown)
and in the personal list (its build's answer and checklist.js, the same words); the command line writes the whole
address. fixaddr59: the department hint and the home finder wrote « www.ac-paris.fr » since fixaddr58, the rest of the
site « https://… » (« Liens utiles », the routing and past-session boxes, the contacts, the PDF annex): two forms of
one address read as two different things."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from project_support import REPO, js_function, node_path
from generator.site.text import address_name, address_words

CASES = [
    ("https://www.ac-nantes.fr", "www.ac-nantes.fr"),
    ("https://www.ac-nantes.fr/", "www.ac-nantes.fr"),  # (a site's root: its final slash says nothing)
    ("http://www.ac-aix-marseille.fr", "www.ac-aix-marseille.fr"),
    ("HTTPS://WWW.AC-LYON.FR/", "WWW.AC-LYON.FR"),
    ("https://resultatsexam.ac-nantes.fr/", "resultatsexam.ac-nantes.fr"),
    # a deeper address whole: what a person types to reach that page, its final slash, query and fragment included
    ("https://appli.ac-aix-marseille.fr/amex/", "appli.ac-aix-marseille.fr/amex/"),
    ("https://www.ac-nantes.fr/positionnement-122104", "www.ac-nantes.fr/positionnement-122104"),
    ("http://www.ac-toulouse.fr/cid73900/brevet-de-technicien-superieur.html", "www.ac-toulouse.fr/cid73900/brevet-de-technicien-superieur.html"),
    ("https://www.ac-x.fr/?page=bts&a=1", "www.ac-x.fr/?page=bts&a=1"),
    ("https://www.ac-x.fr/#bts", "www.ac-x.fr/#bts"),
    ("https://www.ac-x.fr:8443/", "www.ac-x.fr:8443"),
    # (a query or fragment right after the name, ending with a slash: that slash is the query's, kept; review79)
    ("https://www.ac-x.fr?page=bts/", "www.ac-x.fr?page=bts/"),
    ("https://www.ac-x.fr#bts/", "www.ac-x.fr#bts/"),
    # not a web address: as it is
    ("mailto:ce.dec@ac-x.fr", "mailto:ce.dec@ac-x.fr"),
    ("tel:+33500000000", "tel:+33500000000"),
]


@pytest.mark.parametrize("address, words", CASES)
def test_an_address_is_written_without_its_scheme(address, words):
    assert address_words(address) == words


@pytest.mark.parametrize("words, parts", [
    ("www.ac-guadeloupe.fr", ("www.ac-guadeloupe.fr", "")),
    ("www.ac-nantes.fr/positionnement-122104", ("www.ac-nantes.fr", "/positionnement-122104")),
    ("appli.ac-aix-marseille.fr/amex/", ("appli.ac-aix-marseille.fr", "/amex/")),
    ("www.ac-x.fr?page=bts", ("www.ac-x.fr", "?page=bts")),
    ("www.ac-x.fr#bts", ("www.ac-x.fr", "#bts")),
])
def test_an_address_s_site_name_is_what_comes_before_its_path(words, parts):
    """The part kept on one line (text.ADDRESS_NAME_CLASS: never « www.ac- » at a line's end, fixaddr59)."""
    assert address_name(words) == parts


def test_a_link_named_by_its_address_keeps_its_site_s_name_whole():
    """The notice page (Markdown, templating._link) and the personal list's build (HTML, |link_words) put the site's
    name in its span; other words, or an address that is not the link's, as they are, escaped."""
    from markupsafe import Markup

    from generator.site.templating import _link, _link_words

    assert _link("www.ac-nantes.fr/positionnement-122104", "https://www.ac-nantes.fr/positionnement-122104") == Markup(
        '[<span class="bts-address-name">www.ac-nantes.fr</span>/positionnement-122104](<https://www.ac-nantes.fr/positionnement-122104>){: .bts-bare-url }')
    assert "bts-address-name" not in _link("son site", "https://www.ac-nantes.fr")
    assert _link_words("www.ac-x.fr/?a=1&b=2", "https://www.ac-x.fr/?a=1&b=2") == Markup(
        '<span class="bts-address-name">www.ac-x.fr</span>/?a=1&amp;b=2')
    assert _link_words("son <site>", "https://www.ac-x.fr") == Markup("son &lt;site&gt;")
    assert _link_words("www.ac-x.fr", "https://www.ac-y.fr") == Markup("www.ac-x.fr")


def test_the_personal_list_writes_an_address_with_the_same_words():
    """checklist.js's addressWords (the contacts' « Page web », the academy's site, the exam adjustment's page and
    application, drawn after each answer) gives the words text.address_words gives the build's answer and the page."""
    script = js_function(REPO / "site_overrides" / "assets" / "checklist" / "checklist.js", "addressWords")
    program = f"{script}\nconsole.log(JSON.stringify({json.dumps([a for a, _ in CASES])}.map(addressWords)));"
    out = subprocess.run([node_path(), "-e", program], capture_output=True, text=True, timeout=60, check=True).stdout
    assert json.loads(out) == [words for _, words in CASES]


def test_the_personal_list_keeps_the_same_site_s_name_whole():
    """checklist.js's addressInto (the contacts' « Page web », the exam adjustment's page, the department hint, drawn
    after each answer) puts in its span the part text.address_name gives the notice page and the build's answer: the
    name up to its first « / », « ? » or « # » (review79: a mutation of its « ?# » went unseen, the browser tests'
    addresses having no query nor fragment); other words, or a link that is no web address, left as they are. Run under
    Node with a stand-in for the document (its elements' class, text and children)."""
    script = REPO / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = js_function(script, "addressWords") + "\n" + js_function(script, "addressInto")
    stand_in = """const document = { createElement: (tag) => ({ tag, className: "", textContent: "", children: [],
  replaceChildren(...nodes) { this.children = nodes; }, append(...nodes) { this.children.push(...nodes); } }) };
const drawn = (link) => link.children.length
  ? link.children.map((node) => typeof node === "string" ? node : [node.className, node.textContent]) : link.textContent;
"""
    addresses = [a for a, _ in CASES] + ["https://www.ac-x.fr?page=bts", "https://www.ac-x.fr#bts"]
    links = [(address_words(a), a) for a in addresses] + [("son site", "https://www.ac-x.fr"), ("www.ac-x.fr", "https://www.ac-y.fr")]
    program = (f"{stand_in}{functions}\nconsole.log(JSON.stringify({json.dumps(links)}.map(([words, href]) => {{\n"
               "  const a = document.createElement(\"a\"); a.textContent = words; return drawn(addressInto(a, words, href)); })));")
    out = subprocess.run([node_path(), "-e", program], capture_output=True, text=True, timeout=60, check=True).stdout
    expected = []
    for words, href in links:
        if re.match(r"https?:", href, re.IGNORECASE) and words == address_words(href):
            name, rest = address_name(words)
            expected.append([["bts-address-name", name]] + ([rest] if rest else []))
        else:
            expected.append(words)
    assert json.loads(out) == expected
    assert expected[len(CASES)] == [["bts-address-name", "www.ac-x.fr"], "?page=bts"]


_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.DOTALL)
# (the notice's own words, quoted as they are, where they write the address: text.md_block's span, the link on it)
_QUOTED = re.compile(r'^<span class="bts-address">')


def test_no_link_of_a_page_writes_its_address_with_its_scheme(frozen_site: Path):
    """Every page for candidates (the notices, their forms and personal lists, the home page): a link whose words are
    a web address writes it without « https:// ». The notice's own words it quotes (« Consulter le lien suivant :
    https://… ») stay as the notice writes them."""
    seen = 0
    for page in sorted(frozen_site.rglob("*.html")):
        if "personnel" in page.relative_to(frozen_site).parts:  # (the staff guide: addresses as they are typed in YAML)
            continue
        for words in _LINK.findall(page.read_text(encoding="utf-8")):
            if _QUOTED.match(words):
                continue
            seen += "ac-" in words
            assert not re.match(r"\s*https?://", re.sub(r"<[^>]+>", "", words), re.IGNORECASE), (page, words)
    assert seen  # (the academies' sites, named by their addresses)


_WEB_LINK = re.compile(r'<a\b([^>]*)\bhref="(https?://[^"]+)"([^>]*)>(.*?)</a>', re.DOTALL | re.IGNORECASE)


def test_every_link_named_by_its_address_is_printed_once(frozen_site: Path):
    """A link whose words are its web address as a person types it (address_words) is marked « bts-bare-url »:
    printing (print.css) writes a web link's address after its words, here the same address a second time. Every page
    for candidates as built (notices, forms, personal lists, home page). review79: the personal list's routing box
    (« consultez le site de l'académie, www.ac-nantes.fr » on Nantes 2026's list) lost its mark with its condition put
    back to the whole address (« routing.href in routing.words »), and no test saw it."""
    seen = 0
    for page in sorted(frozen_site.rglob("*.html")):
        if "personnel" in page.relative_to(frozen_site).parts:
            continue
        for before, href, after, words in _WEB_LINK.findall(page.read_text(encoding="utf-8")):
            if html.unescape(re.sub(r"<[^>]+>", "", words)).strip() != address_words(html.unescape(href)):
                continue
            seen += 1
            assert re.search(r'\bclass="[^"]*\bbts-bare-url\b', before + after), (page.relative_to(frozen_site), href, words)
    assert seen
