"""The Jinja2 environments of the pages: escaping by the output's context, by construction.

Layouts live in template files (``generator/site/templates/``,
``generator/checklist/templates/``); Python hands them small view models of
plain values. A template never chooses how to escape a value: the environment
does, for the kind of output the template writes.

**Markdown** (``*.md.j2``, ``markdown_environment``). Every printed value goes
through ``finalize`` = ``text.md``: HTML escaped, Markdown syntax neutralised,
French typography, on one line. The exception is ``Markup``: Markdown this
module's own filters and functions produced (every value inside escaped the
same way): ``|md_block`` (paragraphs and dash lists), ``|md_outline`` (and sub-items), ``|bold``, ``|cell``,
``|md_join``, ``|blockquote``, ``|attribute`` (raw HTML attribute inside the
Markdown), ``|code`` and ``|code_block`` (text shown as typed, for the staff
guide's field names and YAML examples), ``|yaml_string`` (the front matter), ``link()``, ``page_link()``, ``email_link()``, ``phone_link()``, the
texts of ``content/interface.yaml`` through ``t("group.id", name=value)`` (the
text's words escaped, each value escaped unless it is Markup), and the macros of
the environment's ``_macros.md.j2`` (their values were escaped inside them).
There is no autoescape: a value built in the template another way (``~``,
``|join``, a ``{% set %}`` block, a macro defined elsewhere) is a plain string and
is escaped once more, visibly wrong but never unescaped. The builtin filters
that would return Markup (``safe``, ``e``, ``escape``, ``forceescape``, ``tojson``)
are removed.

**HTML** (``*.html.j2``, ``*.svg.j2``, ``html_environment``). Autoescape on, and
``finalize`` = ``text.attr``: typography, then ``& < > " '`` escaped, so a value is
safe in element content and inside a double-quoted attribute. ``|text`` is the
element-content form (quotes left as typed, as the pages always printed them)
and ``t(...)`` escapes the same way (so does ``t.html(...)``, for raw HTML inside
a Markdown template): neither may appear inside a tag
(``tests/site/test_site_templates.py`` checks the template files).
``|emphasised`` is element content whose ``**words**`` are in ``<strong>`` (a text of the notice, read as
``md`` reads it). ``|json_script`` writes JSON for a ``<script type="application/json">``.

Both environments are ``StrictUndefined`` (a misspelt name fails the tests)
and refuse to print ``None`` (an optional value is tested before it is shown).
Environments are built once per process, at import; templates are compiled on
first use and kept (``auto_reload`` off).
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..model.content import InterfaceFile
from ..model.values import phone_href
from .text import ADDRESS_CLASS, ADDRESS_NAME_CLASS, BARE_URL_CLASS, NOWRAP_CLASS, address_name, address_words, attr, html_emphasised, html_numbers_whole, html_text, html_words, md, md_block, md_outline, md_words, one_line, text_lines, url

SITE_TEMPLATES = Path(__file__).resolve().parent / "templates"
MACROS = "_macros.md.j2"  # the shared macros of the site's Markdown templates
EMPTY_CELL = "—"  # an empty table cell reads as a dash
# Separators ``|md_join`` writes between values (Markdown or HTML of the template, never a value);
# "" puts Markup pieces side by side (a link and the flag after it).
JOIN_SEPARATORS = (", ", "<br>", "")
# Builtin filters that return Markup: they would bypass the escaping of the environment.
_MARKUP_FILTERS = ("safe", "e", "escape", "forceescape", "tojson")


def _printable(value: object) -> object:
    if value is None:
        raise TypeError("a template printed None: test the optional value before showing it")
    return value


# ---------------------------------------------------------------- Markdown


def _escaped(escape: Callable[[object], str]) -> Callable[[object], Markup]:
    """``escape`` returning Markup, kept per distinct value (pages repeat the same ids and words)."""

    @functools.lru_cache(maxsize=65536, typed=True)
    def escaped(value: object) -> Markup:
        return Markup(escape(value))

    return escaped


_md = _escaped(md)
_attr = _escaped(attr)
_html_text = _escaped(html_text)


def markdown_value(value: object) -> Markup:
    """``value`` as inline Markdown: Markup as it is, anything else through ``text.md``."""
    if isinstance(value, Markup):
        return value
    return _md(_printable(value))


def _bold(value: object) -> Markup:
    return Markup("**") + markdown_value(value) + Markup("**")


_HEADING_LINE = re.compile(r"^(#{1,6}) ", re.MULTILINE)  # a heading the templates wrote (a value's « # » is escaped)
_FIRST_HEADING = re.compile(r"^#{1,6} .*\n+", re.MULTILINE)


def _whole(value: object, words: str) -> Markup:
    """``value`` as inline Markdown, its first ``words`` (an academy's name in a title) in a span of ``NOWRAP_CLASS`` when
    a line could break them at a hyphen (phone64 L1: « Académie d’Aix- » / « Marseille » on a phone); its words unchanged."""
    text = markdown_value(value)
    name = markdown_value(words)
    if "-" not in words or not name or name not in text:
        return text
    return Markup(text.replace(name, Markup('<span class="{}">{}</span>').format(NOWRAP_CLASS, name), 1))


def _heading(value: object, level: int) -> Markup:
    """A Markdown heading of ``level`` (2 to 6) whose words are ``value``."""
    if not 2 <= level <= 6:
        raise ValueError(f"heading level {level}")
    return Markup("#" * level + " ") + markdown_value(value)


def _placed(text: str, depth: int, untitled: bool) -> Markup:
    """A part of the print version below ``depth`` headings of the notice's own: each of its headings (the
    templates') that many levels deeper, never beyond level 6; ``untitled``: without its first heading (the
    notice does not title it). The part's text was rendered by its template (its values escaped there)."""
    if untitled:
        text = _FIRST_HEADING.sub("", text, count=1)
    if depth:
        text = _HEADING_LINE.sub(lambda m: "#" * min(6, len(m.group(1)) + depth) + " ", text)
    return Markup(text)


def _led(text: str, lead: str | None) -> Markup:
    """A part of the web page with the sentence the notice writes in place of its heading (session.lead_as_written)
    under the part's first heading (the guide's), as a paragraph; the PDF prints it in the heading's place."""
    if not lead:
        return Markup(text)
    # (the part's text is rendered already: joined as plain strings, never escaped again by Markup's « + »)
    text, block = str(text), str(_md_block(lead)) + "\n\n"
    first = _FIRST_HEADING.search(text)
    at = first.end() if first is not None else 0
    return Markup(text[:at] + block + text[at:])


def _cell(value: object) -> Markup:
    """A table cell: never empty (an absent or empty value reads as a dash)."""
    if value is None or value == "":
        return Markup(EMPTY_CELL)
    return markdown_value(value)


def _md_block(value: object, linked: str | None = None) -> Markup:
    """Paragraphs, dash lists and line breaks of a value (``text.md_block``; ``linked``: a web address of the data
    the value writes, made its link there)."""
    if linked is not None and not _WEB.match(str(linked)):
        linked = None  # (a web address only, as ``_link``)
    return Markup(md_block(_printable(value), linked))


def _md_outline(value: object) -> Markup:
    """``|md_block`` with one level of sub-items (``text.md_outline``)."""
    return Markup(md_outline(_printable(value)))


def _md_join(values: Iterable[object], separator: str) -> Markup:
    """Values joined by ``separator`` (one of ``JOIN_SEPARATORS``), each escaped unless Markup."""
    if separator not in JOIN_SEPARATORS:
        raise ValueError(f"md_join: separator {separator!r} is not one of {JOIN_SEPARATORS}")
    return Markup(separator).join(markdown_value(v) for v in values)


def _blockquote(value: object) -> Markup:
    """A value's paragraphs (``|md_block``) as a Markdown quote."""
    text = str(value if isinstance(value, Markup) else _md_block(value))
    return Markup("\n".join(("> " + line) if line else ">" for line in text.splitlines()))


def _fence(text: str) -> str:
    """Backticks enough to enclose ``text`` in a code span or block (one more than its longest run)."""
    return "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)


def _code(value: object) -> Markup:
    """A value as an inline code span, shown as typed (Markdown escapes HTML inside it).

    A value on several lines, or with « | » (a table's column separator), is escaped as plain text instead.
    """
    text = str(_printable(value))
    if "\n" in text or "|" in text or not text.strip():
        return markdown_value(text)
    fence = _fence(text)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Markup(f"{fence}{pad}{text}{pad}{fence}")


def _code_block(value: object) -> Markup:
    """A value as a code block: its lines as typed, indented four spaces (Markdown escapes HTML inside it).

    The template puts it at the start of a line, after a blank line.
    """
    lines = str(_printable(value)).rstrip("\n").splitlines()
    return Markup("\n".join(("    " + line) if line.strip() else "" for line in lines))


def _without_markup(json_text: str) -> str:
    """JSON text with ``& < >`` written as escapes (the same value): no ``</script>``, no tag, no entity."""
    return json_text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _yaml_string(value: object) -> Markup:
    """A value as a double-quoted YAML string on one line (the page's front matter: its ``<title>``):
    typography applied, every quote, backslash and non-ASCII character escaped (JSON is YAML), and
    ``< > &`` too, so that nothing of it is markup even if the front matter were ever shown as text."""
    return Markup(_without_markup(json.dumps(one_line(_printable(value)), ensure_ascii=True)))


def _yaml_title(value: object) -> Markup:
    """A page's title as front matter « title », which the theme and MkDocs print as HTML (the top bar, the
    search results), as navigation titles are (``pages.nav``): HTML-escaped, then as ``|yaml_string``."""
    return _yaml_string(html.escape(str(_printable(value)), quote=False))


def _yaml_value(value: object) -> Markup:
    """A value built by the code (lists, mappings of paths: the theme's options of a page) as JSON
    on one line, which is YAML: every non-ASCII character and ``< > &`` escaped, as ``|yaml_string``."""
    return Markup(_without_markup(json.dumps(value, ensure_ascii=True, sort_keys=True)))


# Markdown's own syntax, written as character references inside an attribute: an inline HTML tag in a
# paragraph or a table cell is read by Markdown's link and emphasis patterns before it is kept as HTML.
_MARKDOWN_IN_ATTRIBUTE = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]{}()|!"}


@functools.lru_cache(maxsize=16384, typed=True)
def _attribute_text(value: object) -> str:
    return attr(value).translate(_MARKDOWN_IN_ATTRIBUTE)



def _attribute(value: object) -> Markup:
    """A value inside a double-quoted attribute of raw HTML written in a Markdown template: quotes and
    ``& < >`` escaped, and Markdown's syntax as character references (nothing of it is read as a link)."""
    return Markup(_attribute_text(_printable(value)))


# The addresses a link of a page may lead to (the data's are checked by ``Url``, ``Email``, ``Phone``).
_LINK_SCHEMES = re.compile(r"(?:https?|mailto|tel):", re.IGNORECASE)


_WEB = re.compile(r"https?:", re.IGNORECASE)


def _link(label: object, target: str, address_beside: bool = False) -> Markup:
    """A link to a web address, ``[label](<address>)``: the label escaped unless Markup. An address
    that is not ``https?:``, ``mailto:`` or ``tel:`` (never one of the data's) is no link: the label alone.
    A web link whose words already write its address (they are the address, or hold it), or whose line writes
    it beside it (``address_beside``: « Application : AMEX (https://…) »), is marked ``BARE_URL_CLASS``
    (attr_list): printing writes the address of the other web links after their words, not of these (the PDF:
    generator/pdf/notice.py, the checklist page: checklist.js, the same)."""
    if not _LINK_SCHEMES.match(str(_printable(target))):
        return markdown_value(label)
    # (the address without its scheme: an academy's site named « www.ac-lyon.fr », text.address_words)
    given = not isinstance(label, Markup) and address_words(str(target)) in str(label)
    bare = _WEB.match(target) and (given or address_beside)
    words = markdown_value(label)
    if _WEB.match(target) and not isinstance(label, Markup) and str(label) == address_words(target):
        # (words that are the address: its site's name on one line, text.ADDRESS_NAME_CLASS)
        name, rest = address_name(str(label))
        words = Markup(f'<span class="{ADDRESS_NAME_CLASS}">{markdown_value(name)}</span>') + (markdown_value(rest) if rest else Markup(""))
    if bare or not _WEB.match(target) or '"' in address_words(target):
        return Markup(f"[{words}]({url(target)})" + (f"{{: .{BARE_URL_CLASS} }}" if bare else ""))
    # other words: printing writes the address after them as a person types it, without « https:// » (fixprint60;
    # print.css and generator/pdf/notice.css read it here, CSS cannot take the scheme off the href)
    return Markup(f"[{words}]({url(target)})" + f'{{: data-bts-address="{address_words(target)}" }}')


def office_reach_linked(markdown: str, texts: InterfaceFile, website: str) -> str:
    """A page's Markdown (``markdown``) where the guide's words on how to reach an exam office the notice does not give
    (``common.office_unknown``, after « le bureau des examens »: « … voir le site de l'académie, https://… »,
    ``merge.office_reach``) link the academy's site ``website`` as every site is linked (``_link``: its address without
    its scheme, its name on one line; phone61 M2: Aix-Marseille 2023's page wrote them five times, plain text, scheme
    and all). Those words are made once, and written as ``text.md`` writes any value's words (the sentence around them
    escaped the same way), wherever a template writes them: a table's cell, a paragraph. The command line and the
    calendars write the address whole (no link there)."""
    hole = "\ue000"  # (no character of the interface texts)
    plain = md(texts.text("common.office_unknown", link=website))
    if plain not in markdown:
        return markdown
    linked = md(texts.text("common.office_unknown", link=hole)).replace(hole, str(_link(address_words(website), website)))
    return markdown.replace(plain, linked)


def _page_link(label: object, path: str) -> Markup:
    """A link to a file of the site relative to the page (``etablissements.md``), or to a heading of it
    (``index.md#r408``); odd characters percent-encoded, in the path and in the fragment."""
    path, hash_, fragment = _printable(path).partition("#")
    target = "#".join(re.sub(r"[^\w/.~-]", lambda m: quote(m.group()), part) for part in (path, fragment) if part or hash_)
    return Markup(f"[{markdown_value(label)}]({target})")


def _email_link(email: str) -> Markup:
    return _link(email, f"mailto:{email}")


def _phone_link(phone: str) -> Markup:
    """« 05 36 25 71 12 » as a ``tel:+33…`` link."""
    return _link(phone, phone_href(phone))


def _text(value: object) -> Markup:
    """A value as element content (``text.html_text``: quotes as typed), never inside a tag."""
    if isinstance(value, Markup):
        return value
    return _html_text(_printable(value))


class Texts:
    """``t("group.id", name=value)`` in a template: a text of content/interface.yaml, as Markup.

    ``words`` escapes the text's own words, ``value`` each value (Markup kept as it
    is). ``t.plain(...)`` is the text itself, unescaped, for a value the template
    escapes another way (``|attribute``); printed as it is, it is escaped like any value.
    """

    words: Callable[[str], str]
    value: Callable[[object], Markup]

    def __init__(self, texts: InterfaceFile):
        self.texts = texts

    def __call__(self, key: str, **values: object) -> Markup:
        return Markup(self.texts.render(key, self.words, **{name: self.value(v) for name, v in values.items()}))

    def plain(self, key: str, **values: object) -> str:
        return self.texts.text(key, **values)


class MarkdownTexts(Texts):
    """In a Markdown template: words escaped by ``text.md_words``, values by ``text.md``."""

    words = staticmethod(md_words)
    value = staticmethod(markdown_value)

    def html(self, key: str, **values: object) -> Markup:
        """The text inside raw HTML of the Markdown page (a ``<figcaption>``): HTML-escaped, not Markdown."""
        return HtmlTexts(self.texts)(key, **values)


class HtmlTexts(Texts):
    """In an HTML template, as element content: words and values HTML-escaped, quotes as typed."""

    words = staticmethod(html_words)
    value = staticmethod(_text)


def _trusted(macro: Callable[..., str]) -> Callable[..., Markup]:
    """A macro of the shared macros file as a function returning Markup: every value inside it was escaped.

    The body of a ``{% call %}`` block given to it is Markup for the same reason.
    """

    def call(*args: object, **kwargs: object) -> Markup:
        caller = kwargs.get("caller")
        if caller is not None:
            kwargs["caller"] = lambda *a: Markup(caller(*a))
        return Markup(macro(*args, **kwargs))

    return call


def _environment(folder: Path, *, finalize: Callable, removed: tuple[str, ...], filters: dict, **options: object) -> Environment:
    """An environment of ``folder``: strict, block tags on their own lines vanish, templates compiled once."""
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        finalize=finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        **options,
    )
    for name in removed:
        del env.filters[name]
    env.filters.update(filters)
    return env


def markdown_environment(folder: Path, macros: str | None = None) -> Environment:
    """The environment of the Markdown templates of ``folder``; ``macros``: its file of shared macros."""
    filters = {
        "md_block": _md_block,
        "md_outline": _md_outline,
        "bold": _bold,
        "cell": _cell,
        "md_join": _md_join,
        "blockquote": _blockquote,
        "attribute": _attribute,
        "phone_link": _phone_link,
        "code": _code,
        "code_block": _code_block,
        "yaml_string": _yaml_string,
        "yaml_title": _yaml_title,
        "yaml_value": _yaml_value,
        "heading": _heading,
        "whole": _whole,
        "placed": _placed,
        "led": _led,
        "address_words": address_words,
        # a text's lines (text.text_lines), for ``|md_join("<br>")``: a text said inside a line keeps its lines apart
        "lines": text_lines,

    }
    env = _environment(folder, finalize=markdown_value, removed=_MARKUP_FILTERS, filters=filters, autoescape=False, keep_trailing_newline=True)
    env.globals.update(link=_link, page_link=_page_link, email_link=_email_link, phone_link=_phone_link, annex_dates_id=ANNEX_DATES_ID)
    if macros is not None:
        module = env.get_template(macros).module
        env.globals.update({name: _trusted(getattr(module, name)) for name in dir(module) if not name.startswith("_")})
    return env


# The id of the heading of the PDF annex's « Les dates de la notice, lues par le guide » (guide_annex.md.j2): the dates table
# of the PDF links each date the guide reads to it, and generator/pdf/notice.css prints that link as its page number
# (``target-counter``; a review, phone50 L1: nothing on the first page said where the guide's reading was).
ANNEX_DATES_ID = "bts-annexe-dates"


def render_markdown(env: Environment, name: str, texts: InterfaceFile, **view: object) -> str:
    """A Markdown page from template ``name``, ending with exactly one line break."""
    return env.get_template(name).render(t=MarkdownTexts(texts), **view).rstrip() + "\n"


# ---------------------------------------------------------------- HTML


def html_value(value: object) -> Markup:
    """``value`` for HTML: Markup as it is, anything else through ``text.attr`` (safe in attributes too)."""
    if isinstance(value, Markup):
        return value
    return _attr(_printable(value))


def _emphasised(value: object) -> Markup:
    """A line of a text as element content, its ``**words**`` in ``<strong>`` (``text.html_emphasised``)."""
    return Markup(html_emphasised(_printable(value)))


def json_script(data: object) -> Markup:
    """Deterministic JSON for a ``<script type="application/json">``: no ``</script>``, no ``<``, ``>`` or ``&``."""
    return Markup(_without_markup(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))))


def _numbers_whole(rendered: object) -> Markup:
    """HTML a template wrote (``{% filter numbers_whole %}``), laws' and articles' numbers kept whole
    (``text.html_numbers_whole``)."""
    return Markup(html_numbers_whole(str(rendered)))


def _link_words(label: object, href: str | None) -> Markup:
    """A link's words as element content (``|text``); words that are its web address (``text.address_words``) with
    its site's name in a span of ``text.ADDRESS_NAME_CLASS``, kept on one line (as ``_link`` in Markdown); words that
    write a web address with its scheme (the notice's own sentence, quoted: « … sur le site académique : https://… »,
    a contact's note) in a span of ``text.ADDRESS_CLASS``, as ``text.md_block`` quotes them on the notice page: kept
    whole, as the notice writes them. checklist.js: addressInto, the same."""
    if href and _WEB.match(href) and isinstance(label, str) and not isinstance(label, Markup) and label == address_words(href):
        name, rest = address_name(label)
        return Markup(f'<span class="{ADDRESS_NAME_CLASS}">{_text(name)}</span>') + _text(rest)
    if href and _WEB.match(href) and isinstance(label, str) and re.match(r"https?://", label, re.IGNORECASE):
        return Markup(f'<span class="{ADDRESS_CLASS}">{_text(label)}</span>')
    return _text(label)


def html_environment(folder: Path) -> Environment:
    """The environment of the HTML and SVG templates of ``folder`` (a template's last line break dropped)."""
    filters = {"text": _text, "emphasised": _emphasised, "json_script": json_script, "numbers_whole": _numbers_whole, "address_words": address_words,
               "link_words": _link_words}
    return _environment(folder, finalize=html_value, removed=("safe", "tojson"), filters=filters, autoescape=True)


def render_html(env: Environment, name: str, texts: InterfaceFile | None = None, **view: object) -> str:
    """HTML (or SVG) from template ``name``; ``t(...)`` only for a template given ``texts``."""
    if texts is not None:
        view["t"] = HtmlTexts(texts)
    return env.get_template(name).render(**view)


# The site's environments (generator/site/templates/), built once per process.
MARKDOWN = markdown_environment(SITE_TEMPLATES, macros=MACROS)
HTML = html_environment(SITE_TEMPLATES)
