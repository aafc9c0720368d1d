"""The exam-adjustment page's address said once, as a link (phone57 L5): Nantes 2024's notice writes it in its words
(« Consulter le lien suivant : https://www.ac-nantes.fr/amenagement-d-epreuves-… »), which the session file quotes
(``how:``) and gives as its link (``url:``); the notice page and the personal list of a candidate who already obtained
an adjustment gave it as text, then « Page à consulter : » with its link. Where the words write it, that address is
the link (the notice page, its PDF, checklist.js from the ruleset's ``url_words``) and the line is not written (the
command line: the address once, in the words); where they do not (the frozen project as it is), the line gives it.

On a copy of the frozen project whose Nantes 2024 procedure writes the address, as the notice does."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from project_support import FROZEN, REPO
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.merge import build_notices
from generator.pipeline import load_and_check
from generator.site import pages

sys.path.insert(0, str(REPO / "tests" / "site"))
from site_support import copy_project  # noqa: E402

URL = "https://www.ac-nantes.fr/amenagement-d-epreuves-handicap-incapacite-temporaire-121583"
ADDRESS = URL.removeprefix("https://")
WORDS = "how: Consulter le lien suivant (site de l'académie de Nantes, aménagements d'épreuves).\n"
RENEWAL = {"department": "44", "situation": "distance", "disability": "yes", "exam_adjustment": "renewal"}


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _notice(root: Path):
    project, problems = load_and_check(root, [root / "academies" / "nantes"])
    assert not problems, problems.report()
    notices = build_notices(project)
    return project, notices, next(n for n in notices if n.slug == "nantes" and n.year == 2024)


def _section(page: str, project) -> str:
    """The « Aménagement d'épreuves » section of a page's Markdown."""
    title = project.content.interface.text("exam_adjustment.title").replace("'", "\u2019")
    at = page.index(f"## {title}")
    end = page.find("\n## ", at + 1)
    # (a link's words with the site's name unwrapped from its no-break span, fixaddr59: the words are what is checked)
    return re.sub(r'<span class="bts-address-name">([^<]*)</span>', r"\1", page[at:end if end >= 0 else None])


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("adjustment-url"))
    path = root / "academies" / "nantes" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(WORDS) == 1 and URL in text
    path.write_text(text.replace(WORDS, f'how: "Consulter le lien suivant : {URL}"\n'), encoding="utf-8")
    return root


def test_an_address_the_words_write_is_their_link_and_not_written_again(written):
    project, notices, notice = _notice(written)
    page = pages.site_files(notices, dt.date(2023, 10, 1), texts=project.content.interface,
                            departments=project.content.departments)["nantes/2024/index.md"]
    section = _section(page, project)
    assert section.count(ADDRESS) == 2, section  # the link's target and its words, once
    assert f'<a class="bts-bare-url" href="{URL}"><span class="bts-address">{URL}</span></a>' in section, section
    page_line = project.content.interface.text("exam_adjustment.url", link="\0").split("\0")[0]
    assert page_line not in section, section
    # the command line, a candidate who already obtained an adjustment (the procedure for the case the notice excepts)
    ruleset = compile_ruleset(notice, project.content.checklist)
    assert ruleset["exam_adjustment"]["url_words"] == URL
    listed = render(ruleset, engine.evaluate(ruleset, engine.normalise(ruleset, RENEWAL)), notice.texts)
    cli = listed[listed.index(project.content.interface.text("checklist.adjustment") + "\n"):]
    assert cli.count(ADDRESS) == 1 and _plain(page_line) not in _plain(cli), cli


def test_the_pdf_s_version_writes_it_once_too(written):
    _, _, notice = _notice(written)
    printed = pages.notice_page(notice, dt.date(2023, 10, 1), for_print=True)
    at = printed.index(ADDRESS)
    part = printed[printed.rindex("\n#", 0, at):printed.index("\n#", at)]
    assert part.count(ADDRESS) == 2 and f'href="{URL}"' in part, part  # (its link's target and its words)


def test_an_address_the_words_do_not_write_keeps_its_line():
    project, notices, notice = _notice(FROZEN)
    page = pages.site_files(notices, dt.date(2023, 10, 1), texts=project.content.interface,
                            departments=project.content.departments)["nantes/2024/index.md"]
    section = _section(page, project)
    page_line = project.content.interface.text("exam_adjustment.url", link="\0").split("\0")[0]
    assert page_line in section and section.count(ADDRESS) == 2, section  # [address](<address>)
    ruleset = compile_ruleset(notice, project.content.checklist)
    assert ruleset["exam_adjustment"]["url_words"] is None
    listed = render(ruleset, engine.evaluate(ruleset, engine.normalise(ruleset, RENEWAL)), notice.texts)
    assert _plain(f"{page_line}{URL}") in _plain(listed), listed


@pytest.mark.parametrize("text, url, written", [
    ("Consulter le lien suivant : https://www.ac-x.fr/amenagements.", "https://www.ac-x.fr/amenagements", "https://www.ac-x.fr/amenagements"),
    ("voir http://www.ac-x.fr/amenagements/ (site)", "https://www.ac-x.fr/amenagements", "http://www.ac-x.fr/amenagements/"),
    # written without its scheme: not an address the page marks (md_block), its line kept
    ("voir www.ac-x.fr/amenagements", "https://www.ac-x.fr/amenagements", None),
    # the start of a longer address is not this one
    ("voir https://www.ac-x.fr/amenagements/bts", "https://www.ac-x.fr/amenagements", None),
    ("voir https://www.ac-x.fr/amenagements", None, None),
])
def test_written_address(text, url, written):
    from generator.site.text import written_address

    assert written_address(text, url) == written


# Texts that write the page's address after a longer one that starts with it (review72: checklist.js linkWritten took
# the first place the words were found, inside « …/amen/formulaire.pdf », and cut that address in two with its link,
# the page's own address left as text, while the notice page links the page's), or with punctuation after it.
WRITTEN_AFTER_LONGER = [
    ("Formulaire : https://www.ac-nantes.fr/amen/formulaire.pdf ; page : https://www.ac-nantes.fr/amen.", "https://www.ac-nantes.fr/amen"),
    ("Voir https://www.ac-nantes.fr/amen-2 puis https://www.ac-nantes.fr/amen", "https://www.ac-nantes.fr/amen"),
    ("Voir (https://www.ac-nantes.fr/amen), puis https://www.ac-nantes.fr/amen/", "https://www.ac-nantes.fr/amen"),
    ("Consulter le lien suivant : https://www.ac-nantes.fr/amen", "https://www.ac-nantes.fr/amen"),
]


@pytest.mark.parametrize("text, url", WRITTEN_AFTER_LONGER)
def test_the_list_links_the_address_the_page_links(text, url):
    import json
    import subprocess

    from generator.site.text import _WEB_ADDRESS, _address_end, written_address
    from project_support import js_function, node_path

    words = written_address(text, url)
    assert words
    page = next(m.start() for m in _WEB_ADDRESS.finditer(text) if _address_end(m.group()) == words)
    script = js_function(REPO / "site_overrides" / "assets" / "checklist" / "checklist.js", "writtenAt") + (
        f"\nprocess.stdout.write(JSON.stringify(writtenAt({json.dumps(text)}, {json.dumps(words)})));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == page, (text, words)
