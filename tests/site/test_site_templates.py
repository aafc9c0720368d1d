"""Escaping by construction: every template, fed view models whose every string is an attack.

The view models of the real frozen_notices (notice, establishment, home, checklist
pages, the timeline) have each of their strings, at any depth, replaced by
payloads; the pages are rendered by their templates, turned into HTML as MkDocs
does, and parsed: no payload may come out as an element, an attribute, a link
or emphasis. The template files themselves are checked for the few rules the
environments cannot enforce (``generator/site/templating.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
import yaml
from markdown import Markdown
from markupsafe import Markup

from generator.checklist import page as checklist
from generator.site import pages, timeline
from generator.site.establishment_view import establishment_view
from generator.site.home_view import home_view
from generator.site.notice_view import events, notice_view
from generator.site.templating import HTML, MARKDOWN, MarkdownTexts, html_environment, markdown_environment

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "*emph* [link](javascript:x)",
    "{{ 7*7 }}",
    "</title>",
    "{placeholder}",
)
ATTACK = " ".join(PAYLOADS)
# Texts of content/interface.yaml chosen by the code (not data): a payload there is a KeyError, not an attack.
CODE_KEYS = {"channel_key", "fit_keys", "title_key", "text_key", "link_key", "audience_key", "departments_key", "section_key", "latest_keys"}
EXTENSIONS = ["tables", "admonition", "attr_list", "md_in_html", "toc"]


def poison(value, *, keys: bool = False):
    """``value`` with every string (dataclass fields, tuples, dict values, at any depth) an attack; dict keys too with ``keys``."""
    if isinstance(value, str):
        return ATTACK + "\n\n- item <b>\n# heading"
    if isinstance(value, tuple):
        return tuple(poison(v, keys=keys) for v in value)
    if isinstance(value, dict):
        return {(ATTACK if keys and isinstance(k, str) else k): poison(v, keys=keys) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: poison(getattr(value, f.name), keys=keys) for f in dataclasses.fields(value) if f.init and f.name not in CODE_KEYS}
        return dataclasses.replace(value, **changes)
    return value


class Elements(HTMLParser):
    """Every element, attribute and text of an HTML page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.emphasis: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]

    def handle_data(self, data):
        self.text.append(data)
        if self.open and self.open[-1] in ("em", "strong"):
            self.emphasis.append(data.strip())


def parse(page_html: str) -> Elements:
    parser = Elements()
    parser.feed(page_html)
    return parser


def assert_nothing_injected(page_html: str, *, scripts: int = 0) -> Elements:
    """No payload became an element, an attribute, a link or emphasis; each one is shown as typed."""
    parsed = parse(page_html)
    names = [tag for tag, _ in parsed.tags]
    assert "img" not in names
    assert names.count("script") == scripts, "a <script> element came from a value"
    assert names.count("title") == names.count("svg"), "a <title> element came from a value"
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").lower().startswith("javascript:"), (tag, attrs)
    assert "emph" not in parsed.emphasis, "*emph* became emphasis"
    text = "".join(parsed.text)
    for payload in PAYLOADS:
        assert payload in text, f"{payload!r} is not shown as typed"
    return parsed


def to_html(markdown_text: str) -> str:
    return Markdown(extensions=EXTENSIONS).convert(markdown_text)


@pytest.fixture(scope="module")
def today():
    return dt.date(2000, 1, 1)


def test_notice_template_escapes_every_value(frozen_notices, today):
    for notice in frozen_notices:
        view = poison(notice_view(notice, today, checklist=True))
        markdown_text = pages.render_notice(view, notice.texts)
        assert "<script" not in markdown_text and "<img" not in markdown_text
        assert markdown_text.startswith("---\nbts_title: "), "the front matter holds the page's <title>"
        markdown_text = markdown_text.split("\n---\n", 1)[1]  # MkDocs reads the front matter, not Markdown
        parsed = assert_nothing_injected(to_html(markdown_text))
        assert not any(tag == "h1" for tag, _ in parsed.tags[1:]), "a value started a heading"


def test_establishment_template_escapes_every_value(frozen_notices, today):
    found = [n for n in frozen_notices if pages.has_establishment_page(n)]
    assert found
    for notice in found:
        markdown_text = pages.render_establishment(poison(establishment_view(notice, today)), notice.texts)
        assert "<script" not in markdown_text and "<img" not in markdown_text
        markdown_text = markdown_text.split("\n---\n", 1)[1]  # after the front matter
        assert_nothing_injected(to_html(markdown_text))


def test_home_template_escapes_every_value(frozen_notices, today):
    texts = frozen_notices[0].texts
    from generator.site.directory import directory

    markdown_text = pages.render_home(poison(home_view(directory(frozen_notices, None, today), texts)), texts)
    assert "<script" not in markdown_text and "<img" not in markdown_text
    parsed = assert_nothing_injected(to_html(markdown_text))
    # the links to the pages are still relative links, whatever their path holds
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    assert hrefs and all(not re.match(r"[a-z]+:", h) for h in hrefs), hrefs


def test_timeline_template_escapes_every_value(frozen_notices):
    notice = frozen_notices[0]
    drawn = poison(timeline.layout(events(notice), notice.tz, "frise", notice.texts))
    html = timeline.render(drawn)
    assert "\n" not in html
    parsed = assert_nothing_injected(html)
    assert [tag for tag, _ in parsed.tags].count("ol") == 1


def test_checklist_template_escapes_every_value(frozen_notices):
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import ChecklistFile
    from generator.problems import Problems

    content = read_file(ROOT / "content" / CONTENT_FILES["checklist"][0], ROOT, ChecklistFile, Problems())
    for notice in frozen_notices:
        view = checklist.checklist_view(notice, content)
        # The paths to the assets are the code's; everything else becomes an attack.
        evil = dataclasses.replace(
            poison(view), data=poison(view.data, keys=True), to_notice=view.to_notice, to_root=view.to_root, asset_dir=view.asset_dir
        )
        page_text = checklist.render_checklist(evil, notice.texts)
        # The front matter (the <title>, theme options, the files of the <head>): JSON values without
        # markup, read back as they were.
        assert page_text.startswith("---\nbts_title: ")
        front, _, body = page_text[4:].partition("\n---\n\n")
        assert "<" not in front, "the front matter holds the page's <title>, without markup"
        meta = yaml.safe_load(front)
        assert isinstance(meta.pop("bts_title"), str)
        assert meta == json.loads(json.dumps(evil.front_matter))
        heading, _, form = body.partition("\n\n")
        assert heading.startswith("# ") and "<script" not in heading
        # The JSON block, nothing else (checklist.js is loaded from the <head>: site_overrides/main.html).
        parsed = assert_nothing_injected(form, scripts=1)
        ids = [attrs["id"] for tag, attrs in parsed.tags if "id" in attrs]
        assert all(i.startswith(("q-", "bts-")) for i in ids), ids
        data = re.search(r'<script type="application/json" id="bts-checklist-data">(.*?)</script>', form, re.S).group(1)
        assert "<" not in data and ">" not in data and "&" not in data
        assert json.loads(data) == json.loads(json.dumps(evil.data))
        # the whole page, as MkDocs renders it, too
        assert_nothing_injected(to_html(body), scripts=1)


# ---------------------------------------------------------------- the environments themselves


def test_markdown_environment_escapes_whatever_the_template_does():
    env = markdown_environment(ROOT / "generator" / "site" / "templates")
    texts = MarkdownTexts(_texts())
    render = lambda source, **values: env.from_string(source).render(t=texts, **values)  # noqa: E731
    assert render("{{ x }}", x="<b>*a*</b>") == "&lt;b&gt;\\*a\\*&lt;/b&gt;"
    # Concatenation, join, a {% set %} block and a local macro give plain strings: escaped again, never raw.
    assert "<b>" not in render('{{ "**" ~ x ~ "**" }}', x="<b>")
    assert render('{{ [x, x]|join(", ") }}', x="*") == "\\*, \\*"
    assert "<b>" not in render("{% set y %}{{ x }}{% endset %}{{ y }}", x="<b>")
    assert "<b>" not in render("{% macro m(v) %}<b>{{ v }}</b>{% endmacro %}{{ m(x) }}", x="y")
    # Builtin filters that would mark a value safe are gone.
    for name in ("safe", "e", "escape", "forceescape", "tojson"):
        with pytest.raises(jinja2.TemplateAssertionError):
            env.from_string("{{ x|%s }}" % name)
    # A value of t() is escaped, Markup is kept, the text's own words are escaped too.
    assert render('{{ t("common.deadline", date=x) }}', x="*x*") == "Date limite\u00a0: \\*x\\*"
    assert render('{{ t("common.deadline", date=link(x, "https://a.fr")) }}', x="a") == 'Date limite\u00a0: [a](<https://a.fr>){: data-bts-address="a.fr" }'
    assert render('{{ x }}', x=Markup("**ok**")) == "**ok**"


def test_environments_are_strict():
    for env in (MARKDOWN, HTML):
        with pytest.raises(jinja2.UndefinedError):
            env.from_string("{{ notice.titel }}").render(notice={"title": "x"})
        with pytest.raises(TypeError, match="None"):
            env.from_string("{{ x }}").render(x=None)


def test_html_environment_escapes_quotes_in_attributes():
    env = html_environment(ROOT / "generator" / "checklist" / "templates")
    out = env.from_string('<p title="{{ x }}">{{ x|text }}</p>{{ d|json_script }}').render(x="a\"'<b>", d={"k": "</script>&"})
    # (the apostrophe typed is the typographic one on the page: generator/french.py)
    assert out == '<p title="a&quot;\u2019&lt;b&gt;">a"\u2019&lt;b&gt;</p>{"k":"\\u003c/script\\u003e\\u0026"}'
    with pytest.raises(jinja2.TemplateAssertionError):
        env.from_string("{{ x|safe }}")


# ---------------------------------------------------------------- rules of the template files

TEMPLATES = sorted((ROOT / "generator").glob("*/templates/*.j2"))
EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)


def _inside_tag(source: str, at: int) -> bool:
    """Is position ``at`` inside an HTML tag (between « < » and « > »)?"""
    return source.rfind("<", 0, at) > source.rfind(">", 0, at)


def test_template_files_follow_the_escaping_rules():
    assert {p.name for p in TEMPLATES} >= {"notice.md.j2", "establishment.md.j2", "home.md.j2", "timeline.html.j2", "checklist.html.j2"}
    for path in TEMPLATES:
        source = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        for m in EXPRESSION.finditer(source):
            expression, where = m.group(), f"{path.name}: {m.group()}"
            if path.name.endswith(".md.j2"):
                # Raw HTML inside Markdown: an attribute value goes through |attribute (quotes escaped).
                if _inside_tag(source, m.start()):
                    assert "|attribute" in expression, where
            elif _inside_tag(source, m.start()):
                # HTML: the element-content forms (quotes as typed) never inside a tag.
                assert "|text" not in expression and "t(" not in expression, where
        # Attributes are double-quoted (the escaping of quotes is for those).
        assert not re.search(r"=\s*'|=\{\{", source), path.name


def _texts():
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems

    return read_file(ROOT / "content" / CONTENT_FILES["interface"][0], ROOT, InterfaceFile, Problems())
