"""A literal asterisk of the notice's words, written ``\\*`` (``generator.emphasis``; the staff guide's « Écrire ce que dit
la notice »: « toutes les sorties l'affichent « * », sans la barre »), is shown « * », never with its backslash, by every
output: the pages, their PDFs and calendars, the command line. stars69 (trust69 L2): Toulouse 2024's contradiction passage
« … Attestations de stages réglementaires* OU … » (seed 000 l.201) was rewritten with a plain « * » because a test read
the passage as typed; frozen Toulouse 2024 now writes it ``\\*``, as the notice's asterisk is to be written. The checklist
in Chromium shows it so too (test_checklist_phone_browser: the contradiction's passages as the list shows them)."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pypdf

from project_support import FROZEN

from generator.french import typography

# the passage's words around its asterisk, as shown
SHOWN = "Attestations de stages réglementaires* OU certificats de travail"
# a backslash before an asterisk, as a reader would see it
BACKSLASHED = re.compile(r"\\+\*")


class _Visible(HTMLParser):
    """A page's text as a reader meets it: its text outside scripts, styles and code (the staff guide shows YAML as
    typed there), and its attributes' values (a title, an aria-label)."""

    HIDDEN = ("script", "style", "code", "pre")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.inside += tag in self.HIDDEN
        self.parts += [value for _, value in attrs if value]

    def handle_endtag(self, tag):
        self.inside -= tag in self.HIDDEN

    def handle_data(self, data):
        if not self.inside:
            self.parts.append(data)


def _flat(text: str) -> str:
    return " ".join(typography(text).replace("\u00a0", " ").replace("\u202f", " ").split())


def _visible(path) -> str:
    parser = _Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    return _flat(" ".join(parser.parts))


def test_the_frozen_contradiction_passage_writes_the_notice_s_asterisk_escaped(frozen_notices):
    """What the tests below read: frozen Toulouse 2024's passage holds ``\\*``, read as the text holds it."""
    toulouse = next(n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024)
    words = [" ".join(p.words.split()) for c in toulouse.session.contradictions for p in c.passages]
    assert any(SHOWN.replace("*", "\\*") in w for w in words), words


def test_no_page_pdf_or_calendar_shows_a_backslash_before_an_asterisk(frozen_site):
    """Every notice page (the contradiction's box under « Qui s'inscrit et comment »), checklist page, form, PDF (the
    annex prints the box) and calendar of the frozen site shows the passage's asterisk alone; none shows « \\* »."""
    shown = {}
    for path in sorted(frozen_site.rglob("*")):
        relative = path.relative_to(frozen_site).as_posix()
        if relative.startswith(("personnel/", "assets/", "search/")) or not path.is_file():
            continue
        if path.suffix == ".html":
            text = _visible(path)
        elif path.suffix == ".ics":
            text = path.read_text(encoding="utf-8")
        elif path.suffix == ".pdf":
            text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
            # (its ligatures as letters, a word cut at a line's end by the hyphenation whole: « At‐ testations »)
            text = _flat(re.sub("\u2010\\s+", "", unicodedata.normalize("NFKC", text)))
        else:
            continue
        found = BACKSLASHED.search(text)
        assert found is None, (relative, text[max(0, found.start() - 80):found.end() + 20])
        shown[relative] = text
    assert _flat(SHOWN) in shown["toulouse/2024/index.html"]
    assert _flat(SHOWN) in shown["toulouse/2024/bts-toulouse-2024.pdf"]


def test_the_command_line_shows_the_passage_s_asterisk_alone(capsys, monkeypatch):
    """The command line's list of a distance learner in formation continue quotes the passage as the page does."""
    from generator.cli import main

    monkeypatch.setenv("BTS_GUIDE_TODAY", "2023-10-20")
    assert main(["--root", str(FROZEN), "checklist", "--academy", "toulouse", "--session", "2024",
                 "situation=distance", "route=formation_continue"]) == 0
    out = capsys.readouterr().out
    assert _flat(SHOWN) in _flat(out), out
    assert BACKSLASHED.search(out) is None, out
