"""The real MkDocs build: strict, atomic on bad YAML, and with no resource from another origin.

The site built from the real data (``real_site``) is checked for properties of any valid data;
broken copies are made from the frozen project (``copy_project``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from project_support import build_env, build_output
from site_support import copy_project, run_mkdocs

def test_strict_build_passes_without_warnings(real_site):
    assert (real_site / "index.html").exists()
    assert (real_site / "search" / "search_index.json").exists()
    output = build_output(real_site)
    assert "WARNING" not in output, output


def test_the_build_writes_the_precompressed_copies(real_site):
    """Next to every page (and every other text file of the site from ``compress.MIN_SIZE`` up that compresses), its
    ``.gz`` and ``.br`` copies, the file's bytes once decompressed (README, « Serving the site »). The tests' builds of
    edited data skip them (``BTS_GUIDE_COMPRESS=0``, ``events.compress_wanted``); this one, built as staff publish,
    must have them."""
    import gzip

    from generator.site import compress

    suffixes = {".gz": gzip.decompress} | ({".br": compress.brotli.decompress} if compress.brotli is not None else {})
    pages = [p for p in real_site.rglob("*.html") if p.stat().st_size >= compress.MIN_SIZE]
    assert pages
    missing = [f"{p.relative_to(real_site)}{suffix}" for p in pages for suffix in suffixes if not p.with_name(p.name + suffix).exists()]
    assert not missing, f"{len(missing)} copies missing, first: {missing[:5]}"
    for suffix, decompress in suffixes.items():
        for copy in real_site.rglob(f"*{suffix}"):
            original = copy.with_name(copy.name.removesuffix(suffix))
            assert decompress(copy.read_bytes()) == original.read_bytes(), copy.relative_to(real_site)


def test_builds_that_miss_the_same_cached_copy_at_once_make_it_once(tmp_path):
    """The tests' three workers each build a site at the start of a run; with an empty cache (a fresh machine) each
    compressed Pyodide's WebAssembly (~25 s of processor) at the same time (compress64). A build that misses a key
    another is making waits for it and reads its copy: two processes asking for the same key at once, ``make`` run once,
    both given its bytes."""
    import subprocess
    import sys

    from project_support import REPO

    cache, made = tmp_path / "cache", tmp_path / "made"
    made.mkdir()
    script = (
        "import sys, time, os; from pathlib import Path; from generator.site.compress import cached\n"
        "def make():\n"
        "    (Path(sys.argv[2]) / str(os.getpid())).write_text('')\n"
        "    time.sleep(1.5)\n"
        "    return b'copy'\n"
        "sys.stdout.write(cached(Path(sys.argv[1]), 'key.br', make).decode())\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", script, str(cache), str(made)], cwd=REPO, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=60)[0] for run in runs]
    assert outputs == ["copy", "copy"] and [run.returncode for run in runs] == [0, 0]
    assert len(list(made.iterdir())) == 1, sorted(p.name for p in made.iterdir())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_bad_yaml_aborts_in_french_and_keeps_the_previous_site(tmp_path):
    root = copy_project(tmp_path)
    site = root / "site"
    site.mkdir()
    (site / "index.html").write_text("ancienne version", encoding="utf-8")
    (site / "toulouse").mkdir()
    (site / "toulouse" / "page.html").write_text("ancienne page", encoding="utf-8")
    before = snapshot(site)
    session = root / "academies" / "toulouse" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    broken = re.sub(r"^  closing: .*$", "  closing: 15 novembre 2023 à 17h", text, count=1, flags=re.M)
    assert broken != text
    session.write_text(broken, encoding="utf-8")

    result = run_mkdocs(root / "mkdocs.yml")  # default site_dir: root/site

    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "academies/toulouse/2024.yaml" in output
    assert "n'est pas une date" in output
    assert "le site n'a pas été construit" in output
    assert "Traceback" not in output
    assert snapshot(site) == before


class _Resources(HTMLParser):
    """Every URL an HTML page loads (not the ones it merely links to with <a>)."""

    def __init__(self):
        super().__init__()
        self.loaded: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "data", "poster", "action", "formaction"):
            if a.get(key):
                self.loaded.append(a[key])
        if a.get("srcset"):
            self.loaded += [part.split()[0] for part in a["srcset"].split(",") if part.strip()]
        if tag == "link" and a.get("href"):
            self.loaded.append(a["href"])
        if tag in ("use", "image") and (a.get("href") or a.get("xlink:href")):
            self.loaded.append(a.get("href") or a.get("xlink:href"))
        if a.get("style"):
            self.loaded += re.findall(r"url\(\s*['\"]?([^'\")]+)", a["style"])


EXTERNAL = re.compile(r"^(https?:)?//", re.I)
# Strings in Material's JavaScript bundle that name another origin. None is
# fetched by this site: the ResizeObserver polyfill is only for browsers
# without ResizeObserver, mermaid only for ```mermaid blocks (never produced:
# YAML values are escaped), the GitHub API only with repo_url (not set).
ALLOWED_IN_MATERIAL_JS = {
    "https://unpkg.com/resize-observer-polyfill",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
    "https://api.github.com/users/",
    "https://api.github.com/repos/",
}
JS_LOAD = re.compile(r"""["'`](https?://(?:unpkg\.com|cdn\.|cdnjs\.|fonts\.|api\.github\.com)[^"'`\s]*)""")


def test_no_resource_from_another_origin(real_site):
    problems = []
    for page in real_site.rglob("*.html"):
        parser = _Resources()
        text = page.read_text(encoding="utf-8")
        parser.feed(text)
        problems += [f"{page.relative_to(real_site)}: {u}" for u in parser.loaded if EXTERNAL.match(u.strip())]
        for block in re.findall(r"<style[^>]*>(.*?)</style>", text, re.S):
            problems += [f"{page}: style {u}" for u in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", block)]
    for css in real_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        problems += [f"{css.relative_to(real_site)}: {u}" for u in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", text)]
        problems += [f"{css.relative_to(real_site)}: @import" for _ in re.findall(r"@import[^;]*//", text)]
    for js in real_site.rglob("*.js"):
        for u in JS_LOAD.findall(js.read_text(encoding="utf-8", errors="replace")):
            if not any(u == a or (a.endswith("/") and u.startswith(a)) for a in ALLOWED_IN_MATERIAL_JS):
                problems.append(f"{js.relative_to(real_site)}: {u}")
    assert not problems, "\n".join(problems)


def test_generated_pages_and_calendars_are_in_the_site(real_notices, real_site):
    from generator.site import pages

    for notice in real_notices:
        base = real_site / notice.slug / str(notice.year)
        assert (base / "index.html").exists()
        assert (base / f"bts-{notice.slug}-{notice.year}.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
        assert (base / "etablissements" / "index.html").exists() == pages.has_establishment_page(notice)


def test_every_notice_has_its_checklist_page(real_notices, real_site):
    """The hook adds a checklist page per notice, linked from the notice."""
    from generator.site import pages

    for notice in real_notices:
        page = real_site / notice.slug / str(notice.year) / "liste-personnalisee" / "index.html"
        assert page.exists()
        notice_html = (real_site / notice.slug / str(notice.year) / "index.html").read_text(encoding="utf-8")
        assert 'href="liste-personnalisee/"' in notice_html
    assert pages.checklist_path(real_notices[0]).endswith("liste-personnalisee.md")


def test_section_anchors_other_pages_link_to(real_notices, real_site):
    """The checklist page links to these anchors of the notice: they must stay stable."""
    for notice in real_notices:
        html_text = (real_site / notice.slug / str(notice.year) / "index.html").read_text(encoding="utf-8")
        for anchor in ("pieces-justificatives", "dates-a-retenir", "contacts"):
            assert f'id="{anchor}"' in html_text, f"{notice.slug} {notice.year}: #{anchor}"



class _NotFoundPage(HTMLParser):
    """What 404.html shows and links to: its <title>, <h1> and text, the href of its home link and of its stylesheets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, list[str]] = {"title": [], "h1": [], "article": []}
        self.open: list[str] = []
        self.home: list[str] = []
        self.stylesheets: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("title", "h1") or (tag == "article" and "md-content__inner" in (a.get("class") or "")):
            self.open.append(tag)
        if tag == "a" and "bts-not-found-home" in (a.get("class") or "").split():
            self.home.append(a.get("href") or "")
        if tag == "link" and a.get("rel") == "stylesheet":
            self.stylesheets.append(a["href"])

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data):
        for tag in set(self.open):
            self.texts[tag].append(data)

    def text(self, tag: str) -> str:
        return re.sub(r"[ \t\r\n]+", " ", "".join(self.texts[tag])).strip()  # ASCII spaces: the no-break ones are the words'


def test_the_not_found_page_is_french_and_leads_home_from_any_address(real_notices, real_site):
    """A stale link lands on 404.html, which the server sends at the missing address, at any depth: its heading
    and <title> are the words of content/interface.yaml (group not_found), not Material's « 404 - Not found »,
    and its link to the home page (where a candidate finds their academy's notice by their department)
    leads there from a nested address, as its stylesheets load from there."""
    from urllib.parse import urljoin, urlsplit

    from generator.site import pages

    words = pages.not_found(real_notices[0].texts)
    page = _NotFoundPage()
    page.feed((real_site / "404.html").read_text(encoding="utf-8"))
    assert page.text("h1") == words.title
    assert page.text("title").startswith(f"{words.title} · ")
    article = page.text("article")
    assert words.text in article and words.home in article
    assert "Not found" not in article and "Not found" not in page.text("title")
    nested = "https://example.org/toulouse/2019/liste-personnalisee/"
    assert len(page.home) == 1 and urljoin(nested, page.home[0]) == "https://example.org/"
    assert page.stylesheets
    for href in page.stylesheets:
        assert (real_site / urlsplit(urljoin(nested, href)).path.lstrip("/")).is_file(), href

def test_a_missing_checklist_page_text_stops_the_build_without_traceback(tmp_path):
    """A text of the checklist page (content/interface.yaml, checklist_page) removed: French report, no traceback."""
    root = copy_project(tmp_path)
    path = root / "content" / "interface.yaml"
    text = path.read_text(encoding="utf-8")
    assert "      print: Imprimer la liste à cocher\n" in text
    path.write_text(text.replace("      print: Imprimer la liste à cocher\n", "", 1), encoding="utf-8")
    result = run_mkdocs(root / "mkdocs.yml", tmp_path / "out")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "content/interface.yaml:" in output and "texte « print » manquant" in output
    assert "le site n'a pas été construit" in output
    assert "Traceback" not in output


def test_without_node_the_build_stops_in_french_without_traceback(tmp_path):
    """The checklist's standard library is made with Node (generator/checklist/stdlib.py): not in the
    cache and no ``node`` on the PATH, the build says what to install; nothing is published."""
    root = copy_project(tmp_path)
    empty = tmp_path / "bin"
    empty.mkdir()
    env = dict(build_env(), PATH=str(empty), BTS_GUIDE_CACHE=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(tmp_path / "out")],
                            cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Node.js introuvable" in output and "scripts/setup.sh" in output
    assert "Traceback" not in output
    assert not (tmp_path / "out").exists()


def test_the_side_table_of_contents_says_each_heading_as_the_page_does(real_site):
    """Python-Markdown's toc joins a heading's words with plain spaces: « Étape 1 : » lost the non-breaking space
    of its heading (events.on_page_content puts French typography back). Every entry of every page's table of
    contents reads as the heading it links to, character for character (plain spaces and line breaks aside)."""
    def words(html: str) -> str:
        text = re.sub(r"<[^>]+>", "", html).replace("¶", "")
        return re.sub(r"[ \t\r\n]+", " ", text).strip()

    checked = 0
    for page in real_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        headings = {m.group(2): words(m.group(3)) for m in re.finditer(r'<h([2-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', html, re.S)}
        toc = html[html.find('<nav class="md-nav md-nav--secondary"'):]
        for anchor, inner in re.findall(r'<a href="#([^"]+)" class="md-nav__link">(.*?)</a>', toc, re.S):
            if anchor in headings:
                assert words(inner) == headings[anchor], (page, anchor)
                checked += 1
    assert checked > 50


def test_the_cache_drops_the_copies_unused_for_a_month_once_a_day(tmp_path):
    """The cache of compressed copies and PDFs only grew (138 MB after a day of test runs: every version of every page
    has its copy, NOTE64). A copy not used for KEPT_DAYS days is removed, one read since is kept (its time set when
    read, at most once a day), the lock files stay; a second prune the same day removes nothing; the first ``cached``
    of a process prunes its cache."""
    import os

    from generator.site import compress

    cache = tmp_path / "cache"
    cache.mkdir()
    now = 2_000_000_000.0
    day = compress.DAY
    old, recent, read, lock = (cache / name for name in ("old.br", "recent.gz", "read.br", ".lock-ab"))
    for path, age in ((old, 31), (recent, 29), (read, 40), (lock, 400)):
        path.write_bytes(b"x")
        os.utime(path, (now - age * day, now - age * day))
    compress._used(read, now=now)  # (read today)
    assert compress.prune(cache, now=now) == 1
    assert not old.exists() and recent.exists() and read.exists() and lock.exists()
    # the same day: not again, even for a copy that has since become old
    os.utime(recent, (now - 31 * day, now - 31 * day))
    assert compress.prune(cache, now=now + day / 2) == 0 and recent.exists()
    assert compress.prune(cache, now=now + day) == 1 and not recent.exists()
    # a copy read a few hours after it was made keeps its time (no write at each read); read a day later, it is renewed
    os.utime(read, (now, now))
    compress._used(read, now=now + 3600)
    assert read.stat().st_mtime == now
    compress._used(read, now=now + day)
    assert read.stat().st_mtime == now + day
    # the first use of a cache in a process prunes it (the real clock: a copy two months old goes)
    other = tmp_path / "other"
    other.mkdir()
    stale = other / "stale.br"
    stale.write_bytes(b"y")
    months = os.path.getmtime(stale) - 60 * day
    os.utime(stale, (months, months))
    assert compress.cached(other, "new.gz", lambda: b"z") == b"z"
    assert not stale.exists() and (other / "new.gz").read_bytes() == b"z"
