"""The exam-adjustment application's address said once (a reading beside the notice, 45 L6): when the notice's own
words (``how``) write it — Aix-Marseille 2023's « … rubrique : Aménagement d'épreuves aux examens :
https://appli.ac-aix-marseille.fr/amex/ » — the application's line names it (« Application : AMEX », a link on the
page) without writing it again, on the notice page, in the personal list (text.py; checklist.js reads the same
« said ») and on the command line; when they do not (the frozen project as it is), the line gives the address.

On a copy of the frozen project whose Aix-Marseille 2023 procedure writes the address, as the notice does."""

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

ADDRESS = "appli.ac-aix-marseille.fr/amex"
WRITTEN = "rubrique : Aménagement d'épreuves\n    aux examens."


def _outputs(root: Path) -> tuple[str, str]:
    """Aix-Marseille 2023's « Aménagement d'épreuves » section of the notice page (link targets left out: what a
    reader sees) and the command line's list for a new request."""
    project, problems = load_and_check(root, [root / "academies" / "aix-marseille"])
    assert not problems, problems.report()
    notices = build_notices(project)
    notice = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    page = pages.site_files(notices, dt.date(2026, 11, 30), texts=project.content.interface, departments=project.content.departments)["aix-marseille/2023/index.md"]
    title = project.content.interface.text("exam_adjustment.title").replace("'", "\u2019")
    section = page[page.index(f"## {title}"):]  # (its heading in the guide's words: the frozen notice gives none)
    section = re.sub(r"\]\(<[^>]*>\)", "]", section[: section.index("\n## ", 1)])
    ruleset = compile_ruleset(notice, project.content.checklist)
    result = engine.evaluate(ruleset, {"disability": "yes", "exam_adjustment": "yes"})
    plain = lambda text: text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return plain(section), plain(render(ruleset, result, project.content.interface))


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("amex"))
    path = root / "academies" / "aix-marseille" / "2023.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(WRITTEN) == 1
    path.write_text(text.replace(WRITTEN, "rubrique : Aménagement d'épreuves\n    aux examens : https://appli.ac-aix-marseille.fr/amex/."), encoding="utf-8")
    return root


def test_an_address_the_notice_writes_is_not_written_again(written):
    section, listed = _outputs(written)
    assert section.count(ADDRESS) == 1, section
    assert "- Application : [AMEX]" in section  # still the link, by its name
    cli = listed[listed.index("Aménagement d'épreuves\n"):]
    assert cli.count(ADDRESS) == 1, cli
    assert "  - Application : AMEX\n" in cli


def test_an_address_the_notice_does_not_write_is_given_with_the_application():
    section, listed = _outputs(FROZEN)
    # (the page writes it as a person types it, without its scheme (fixaddr59: text.address_words); the command
    # line whole: no link in a terminal, which makes a written « https://… » one)
    assert section.count(ADDRESS) == 1 and f"[AMEX]{{: .bts-bare-url }} ({ADDRESS}/)" in section, section
    assert f"Application : AMEX (https://{ADDRESS}/)" in listed


def test_the_pdf_s_version_names_the_application_once_too(written):
    """The notice's PDF (``for_print``) prints the notice's words, which write the address: the application's line
    gives its name alone (review47 L1: « Application : AMEX (https://…) » after them)."""
    project, problems = load_and_check(written, [written / "academies" / "aix-marseille"])
    assert not problems, problems.report()
    notice = next(n for n in build_notices(project) if n.slug == "aix-marseille" and n.year == 2023)
    printed = pages.notice_page(notice, dt.date(2026, 11, 30), for_print=True).replace("\u00a0", " ").replace("\u202f", " ")
    at = printed.index(ADDRESS)  # the notice's words, in its exam-adjustment part (its links' list comes later)
    part = printed[printed.rindex("\n#", 0, at):printed.index("\n#", at)]
    assert part.count(ADDRESS) == 1, part
    assert "Application : AMEX (" not in part


@pytest.mark.parametrize("how, url, said", [
    ("… aux examens : <https://appli.ac-aix-marseille.fr/amex/>.", "https://appli.ac-aix-marseille.fr/amex/", True),
    ("… aux examens : appli.ac-aix-marseille.fr/amex", "https://appli.ac-aix-marseille.fr/amex/", True),
    ("voir le site (https://www.ac-x.fr/).", "https://www.ac-x.fr", True),
    # the start of a longer address is not this one (review47 L2): its own line keeps the address
    ("voir www.ac-x.fr/examens/amenagements", "https://www.ac-x.fr/", False),
    ("voir https://sub.www.ac-x.fr/", "https://www.ac-x.fr/", False),
    ("voir www.ac-x.fr-examens.org", "https://www.ac-x.fr/", False),
    ("voir appli.ac-x.fr/amex.php", "https://appli.ac-x.fr/amex", False),  # (review48 L5)
    ("voir appli.ac-x.fr/amex/?x=1", "https://appli.ac-x.fr/amex/", False),
    ("voir appli.ac-x.fr/amex#form", "https://appli.ac-x.fr/amex", False),
    ("voir www.ac-x.fr.example", "https://www.ac-x.fr/", False),
    ("voir appli.ac-x.fr/amex. Puis…", "https://appli.ac-x.fr/amex", True),
])
def test_an_address_is_said_only_whole(how, url, said):
    from generator.site.words import address_said

    assert address_said(how, url) is said
