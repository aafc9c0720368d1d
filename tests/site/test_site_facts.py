"""Every fact of each YAML file appears on its built page (HTML, as a reader sees it).

The facts are those of the real data (a property of any valid data); markup typed in the YAML is
tried on a copy of the frozen project (it edits lines of its Toulouse files).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import emphasis
from generator.french import typography
from generator.model.session import offices as session_offices
from generator.model.values import given
from generator.site import dates, pages, words

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]
        if tag in ("br", "td", "th", "li", "p", "div", "tr", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "details", "summary"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def flat(text: str) -> str:
    """Text to compare: spaces of any kind as one space, apostrophes straight (the pages write ’), a data text's
    words without their bold's markers (``**words**``: the pages set them in <strong>)."""
    text = re.sub(r"[\s\u00a0\u202f]+", " ", html.unescape(emphasis.plain(text))).replace("\u2019", "'")
    text = re.sub(r"« ?", "« ", text)
    return re.sub(r" ?»", " »", text).strip()


def page_of(site: Path, md_path: str) -> tuple[str, list[str]]:
    rel = md_path[: -len("index.md")] if md_path.endswith("index.md") else md_path[:-3] + "/"
    parser = _Text()
    parser.feed((site / rel / "index.html").read_text(encoding="utf-8"))
    return flat("".join(parser.parts)), parser.hrefs  # inline elements (a link in a sentence) add no space


def french_day(d) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{WEEKDAYS[d.weekday()]} {day} {MONTHS[d.month - 1]} {d.year}"


def facts(notice) -> list[tuple[str, str]]:
    """(kind, text) pairs: every candidate-facing fact of the academy and session files, and the national content shown with them.

    A section the notice does not give (``non précisé par la notice``) has no fact; the page says so
    in words (tests/site/test_provenance_pages.py).
    """
    s, a = notice.session, notice.academy
    out = []
    if notice.opening:
        out.append(("date", french_day(notice.opening)))
    if notice.closing:
        out.append(("date", french_day(notice.closing)))
    for d in notice.deadlines:
        out.append(("deadline label", d.label))
        if d.given:
            out.append(("date", french_day(d.end)))
        if d.has_time:
            # (the notice's « minuit », the end of its day: the pages say « minuit », as the notice)
            out.append(("time", dates.clock(d.end)))
    for office in offices(notice):
        out.append(("office", office.name))
        out += [("email", e) for e in office.emails]
        out += [("phone", p) for p in office.phones]
        out += [("address", line) for line in office.address]
    out += [("document label", d.label) for d in notice.documents]
    out += [("late deposit", d.late_deposit) for d in notice.documents if d.late_deposit]
    out += [("who", c.label) for c in notice.who]
    out += [("form", f.title) for f in given(s.forms) or ()]
    out += [("link label", link.label) for link in given(s.links) or ()]
    out += [("department", f"{d.name} ({d.code})") for d in a.departments]
    for group in given(s.specialty_contacts) or ():
        out += [("contact specialty", words.specialty_name(notice, ref)) for ref in group.specialties]
        out += [("phone", p) for p in group.phones]
    for r408 in (notice.r408.national, notice.r408.notice_list):
        out += [("R408 specialty", words.specialty_name(notice, e.specialty)) for e in (r408.specialties if r408 else ())]
    out += [("managing specialty", words.specialty_name(notice, m.specialty)) for m in given(s.managing_academies) or ()]
    for topic in notice.topics:  # a statement's lines « - … » become list items
        out += [("topic statement", line.strip().removeprefix("- ")) for st in topic.statements for line in st.text.splitlines() if line.strip()]
    out += [("source note", n.words) for n in s.source_notes]
    guide = given(s.establishment_guide)
    if guide:
        out += [("establishment step", st.title) for st in guide.steps]
        out += [("menu", menu) for st in guide.steps if st.menu for menu in st.menu.split(" ; ")]  # (several: « ; »)
        out += [("memo", st.memo) for st in guide.steps if st.memo]
        out += [("state", name) for name in guide.candidate_states]
    return out


def offices(notice) -> list:
    """The offices the notice's page lists (academy file and session file), those given: the model's answer, the one
    the page and validate use."""
    return list(session_offices(notice.academy, notice.session))


from generator.model.values import address_place as _site  # noqa: E402


def urls(notice) -> list[str]:
    s, a = notice.session, notice.academy
    found = [given(a.website), a.bts_page, *(o.url for o in offices(notice))]
    found += [link.url for link in given(s.links) or ()] + [f.url for f in given(s.forms) or ()] + [m.url for m in given(s.managing_academies) or ()]
    adjustment = given(s.exam_adjustment)
    if adjustment:
        found += [adjustment.url, adjustment.application.url if adjustment.application else None]
    return [u for u in found if u]


def test_every_fact_is_on_the_built_pages(real_notices, real_site):
    built_site = real_site
    missing = []
    for notice in real_notices:
        text, hrefs = page_of(built_site, pages.notice_path(notice))
        if pages.has_establishment_page(notice):
            more_text, more_hrefs = page_of(built_site, pages.establishment_path(notice))
            text, hrefs = text + " " + more_text, hrefs + more_hrefs
        for kind, fact in facts(notice):
            if flat(fact) not in text:
                missing.append(f"{notice.slug} {notice.year}: {kind} « {fact} »")
        website = given(notice.academy.website)
        for u in urls(notice):
            # (a notice's link to the academy's site under another scheme goes to academy.yaml's address, once:
            # notice_view._links)
            if u not in hrefs and not (website and _site(u) == _site(website) and str(website) in hrefs):
                missing.append(f"{notice.slug} {notice.year}: URL {u} is not a link")
        for e in (x for o in offices(notice) for x in o.emails):
            if f"mailto:{e}" not in hrefs:
                missing.append(f"{notice.slug} {notice.year}: e-mail {e} is not a mailto link")
    assert not missing, "\n".join(missing)


def test_home_page_lists_every_department(real_notices, real_site):
    text, hrefs = page_of(real_site, "index.md")
    for notice in real_notices:
        for d in notice.academy.departments:
            assert flat(d.name) in text and d.code in text
    # how to find one's academy, in the site's words (content/interface.yaml: staff may reword it)
    assert flat(typography(real_notices[0].texts.text("home.find_intro"))) in text


def test_home_page_says_residence_decides_only_for_the_notices_that_say_it(real_notices, real_site):
    """« qui s'inscrit lui-même le fait dans l'académie où il réside » is no national rule: the home page names the
    academies whose newest notice for candidates who register themselves says it (residence:), and only those."""
    text, _ = page_of(real_site, "index.md")
    t = real_notices[0].texts
    newest: dict[str, object] = {}
    for notice in sorted(real_notices, key=lambda n: n.year):
        if notice.audience in ("individual", "both") or notice.slug not in newest:
            newest[notice.slug] = notice
    said = [n for n in newest.values() if n.session.session.residence]
    sentence_start = flat(typography(t.text("home.residence_said", count=len(said), notices="\0"))).split("\0")[0]
    if not said:
        assert sentence_start not in text
        return
    start = text.index(sentence_start)
    sentence = text[start:text.index(".", start)]
    for notice in newest.values():
        words = flat(typography(t.text("common.of_name_elided" if notice.academy.name[:1].lower() in "aeiouyéh" else "common.of_name", name=notice.academy.name)))
        assert (words in sentence) == bool(notice.session.session.residence), (notice.slug, sentence)


class _LiveMarkup(HTMLParser):
    """Tags an injected value would create: <script>, <img>, any on* attribute, <strong> from Markdown."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        if tag == "img" or any(name.startswith("on") for name, _ in attrs):
            self.found.append(f"<{tag} {attrs}>")
        self._script = tag == "script"

    def handle_endtag(self, tag):
        self._script = False

    def handle_data(self, data):
        if self._script and "alert(" in data:
            self.found.append(f"<script>{data[:60]}")


# Where a payload is injected: (file under academies/toulouse, line to replace, YAML line with {payload}).
INJECTIONS = {
    "academy name": ("academy.yaml", "name: Toulouse", "name: 'Toulouse {payload}'"),
    "department name": ("academy.yaml", '{code: "31", name: Haute-Garonne}', '{code: "31", name: \'Haute-Garonne {payload}\'}'),
    "contact name": ("academy.yaml", "  name: Bureau des examens post-bac", "  name: 'Bureau des examens {payload}'"),
    "document label": ("2024.yaml", "    label: Confirmation d'inscription dûment datée et signée", "    label: 'Confirmation {payload}'"),
    "topic text (notice)": ("2024.yaml", "      - text: L'absence non justifiée du candidat à une épreuve obligatoire est éliminatoire.", "      - text: 'Absence {payload}'"),
}


@pytest.mark.parametrize(
    "payload", ["<script>alert({n})</script>", "<img src=x onerror=alert({n})>", "*em{n}* __gras{n}__ [x{n}](https://exemple.fr)",
                "**<img src=x onerror=alert({n})> gras{n}** *em{n}*"]
)
def test_yaml_markup_is_text_on_the_built_page(tmp_path, payload):
    """Values with HTML or Markdown, through a real build: shown as typed, never interpreted (but for the bold a
    text may hold, ``**words**``, in <strong> with everything inside it escaped).

    The session title, the academy name (menu, headings, home page), a department name, the
    exam office's name, a document label and a topic statement of the notice each carry the payload.
    """
    from site_support import copy_project, run_mkdocs

    root = copy_project(tmp_path)
    folder = root / "academies" / "toulouse"
    session = folder / "2024.yaml"
    source = session.read_text(encoding="utf-8")
    title = re.search(r"^  title: (.*)$", source, re.M)
    session.write_text(source.replace(title.group(0), "  title: '" + payload.format(n=0) + "'", 1), encoding="utf-8")
    payloads = {"session title": payload.format(n=0)}
    for n, (where, (name, old, new)) in enumerate(INJECTIONS.items(), 1):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{where}: {old!r} not found in {name}"
        payloads[where] = payload.format(n=n)
        path.write_text(text.replace(old, new.replace("{payload}", payloads[where]), 1), encoding="utf-8")
    # validate compares academy.yaml's department names with the national table: give it the same name.
    table = root / "content" / "departments.yaml"
    renamed = table.read_text(encoding="utf-8").replace("name: Haute-Garonne,", f"name: 'Haute-Garonne {payloads['department name']}',", 1)
    # and its academy's name, which validate compares too (d220e53: another name is a problem)
    assert "  toulouse:\n    name: Toulouse\n" in renamed
    renamed = renamed.replace("  toulouse:\n    name: Toulouse\n", f"  toulouse:\n    name: 'Toulouse {payloads['academy name']}'\n", 1)
    table.write_text(renamed, encoding="utf-8")
    # The PDFs (Toulouse's, printed again for each payload: none in the cache) only with the bold one: the others' HTML
    # and Markdown are in every free text of test_injection_browser.py's build, PDFs included, which holds no « ** »;
    # this test reads the HTML pages, where without them only the links to them are missing (no payload in those).
    # (no precompressed copies: this test reads the pages only; every page names the academy, Brotli would compress
    # each of them again, none in the cache)
    result = run_mkdocs(root / "mkdocs.yml", tmp_path / "out", BTS_GUIDE_PDF="1" if "**" in payload else "0", BTS_GUIDE_COMPRESS="0")
    assert result.returncode == 0, result.stderr
    built = {
        "home": (tmp_path / "out" / "index.html").read_text(encoding="utf-8"),
        "notice": (tmp_path / "out" / "toulouse" / "2024" / "index.html").read_text(encoding="utf-8"),
    }
    for name, page in built.items():
        parser = _LiveMarkup()
        parser.feed(page)
        assert not parser.found, f"{name} page: live markup {parser.found[:3]}"
        assert "<strong>gras" not in page and "<em>em" not in page, f"{name} page: Markdown interpreted"
    # Every payload reached the notice page, as typed (French typography aside); the academy
    # and department names reached the home page too.
    # (the page's text: its tags removed, so that a web address typed in a text, now a link, reads as typed)
    shown = {name: " ".join(html.unescape(re.sub(r"<[^>]*>", "", page)).replace("\u00a0", " ").replace("\u202f", " ").split())
             for name, page in built.items()}
    for where, typed in payloads.items():  # (the notice's bold, « **words** », shown without its markers)
        assert emphasis.plain(typed) in shown["notice"], f"{where}: {typed!r} not shown as typed on the notice page"
    for where in ("academy name", "department name"):
        assert emphasis.plain(payloads[where]) in shown["home"], f"{where}: {payloads[where]!r} not shown as typed on the home page"
    if payload.startswith("**"):  # the bold is <strong>, and what it holds is escaped text
        assert "<strong>&lt;img src=x onerror=alert(" in built["notice"]
