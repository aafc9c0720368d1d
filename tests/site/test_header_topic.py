"""The top bar's topic (what a phone shows once the page's title has scrolled away) names the academy first."""

from __future__ import annotations

import html
import json
import re

from generator import emphasis
from site_support import ROOT

MATERIAL = ROOT / ".venv" / "lib" / "python3.11" / "site-packages" / "material" / "templates" / "partials" / "header.html"
OURS = ROOT / "site_overrides" / "partials" / "header.html"
TOPIC = re.compile(r'data-md-component="header-topic">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', re.S)


def without_our_change(text: str) -> str:
    text = re.sub(r"\{#-.*?-#\}\n", "", text, count=1, flags=re.S)  # the file's head comment
    text = re.sub(r"\s*\{#- BTS guide:.*?#\}", "", text, flags=re.S)
    ours = re.search(r"\{% if page\.meta and page\.meta\.bts_header and page\.parent.*?\{% elif page\.meta and page\.meta\.title %\}", text, re.S)
    assert ours, "the « BTS guide » change is no longer where this test looks for it"
    return text.replace(ours.group(0), "{% if page.meta and page.meta.title %}")


def test_the_header_is_materials_but_for_the_topic():
    """After a Material upgrade, this says that site_overrides/partials/header.html must be copied again."""
    material = re.sub(r"\{#-.*?-#\}\n", "", MATERIAL.read_text(encoding="utf-8"), count=1, flags=re.S)
    assert without_our_change(OURS.read_text(encoding="utf-8")) == material


def topic(page) -> str:
    return html.unescape(TOPIC.search(page.read_text(encoding="utf-8")).group(1))


def test_every_page_of_an_academy_names_the_academy_first_in_the_top_bar(real_site, real_notices):
    for notice in real_notices:
        folder = real_site / notice.slug / str(notice.year)
        pages = [folder / "index.html", folder / "liste-personnalisee" / "index.html"]
        pages += sorted(folder.glob("etablissements/index.html")) + sorted(folder.glob("formulaires/*/index.html"))
        for page in pages:
            words = topic(page)
            academy = emphasis.plain(notice.academy.name)
            assert words.startswith(f"{academy} · "), (page, words)
        assert str(notice.year) in topic(folder / "index.html")
        assert str(notice.year) in topic(folder / "liste-personnalisee" / "index.html")
    assert " · " not in topic(real_site / "index.html")  # the home page: its own title alone


def test_a_forms_page_is_titled_by_its_academy_and_its_words_in_the_search_results(real_site, real_notices):
    """Outside the navigation, MkDocs would title it by its file name (« Fiche preparatoire »)."""
    index = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {doc["location"]: html.unescape(doc["title"]) for doc in index["docs"] if "#" not in doc["location"]}
    seen = 0
    for notice in real_notices:
        for page in sorted((real_site / notice.slug / str(notice.year)).glob("formulaires/*/index.html")):
            location = page.parent.relative_to(real_site).as_posix() + "/"
            words = topic(page)
            assert titles[location] == words, (location, titles[location], words)
            assert words.startswith(f"{emphasis.plain(notice.academy.name)} · ") and page.parent.name.replace("_", " ") not in words.lower()
            seen += 1
    assert seen
