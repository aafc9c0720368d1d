"""Text from YAML made safe for Markdown and HTML, with French typography.

The escaping functions the template environments apply (``templating.py``):
in a Markdown page every value goes through ``md()`` (inline) or ``md_block()``
(paragraphs): HTML is escaped and Markdown syntax is neutralised, so that
``<script>`` or ``*bold*`` typed in a YAML value is shown as typed, but for the one markup a text may hold,
``**words**`` (``generator.emphasis``), written ``<strong>`` around pieces escaped one by one; in HTML
(SVG, the checklist's form) through ``attr()`` or ``html_text()``.
"""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import quote
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.content import InterfaceFile

from .. import emphasis
from ..french import typography


# Characters Python-Markdown (with the tables extension) treats as syntax
# anywhere in a line. Backslash-escaping them makes Markdown print them as is.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]{}|])")
# Characters that are syntax only at the start of a line (headings, lists,
# quotes, admonitions, definition lists…).
_LINE_START = re.compile(r"^(\s*)([#+\-=>!:?~]|\d+[.)])")


def _squash(text: str) -> str:
    """Collapse ordinary white space (not the no-break spaces typography adds)."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


# A law's or a decree's number after « n° » (« loi n° 97-1019 », « décret n°2013-756 »), and an article's of a code
# with its letter (« D. 643-15-1 », « L.611-9 », « D643-23 », « R. 408 »; fixphone56: a phone broke them at their
# space or hyphen, « D. / 643-15-1 »): in HTML, in a span that does not wrap (docs/assets/bts.css,
# generator/pdf/notice.css): a phone's line broke « 97- / 1019 » at its hyphen (read56 L8). Its characters stay as
# typed (not U+2011 nor a no-break space: a candidate copies « 97-1019 »); the plain outputs (command line, calendars)
# are unchanged. Applied to escaped text, which never changes digits, letters, « n° », « . », « - » or spaces.
# checklist.js numbersWhole applies the same pattern to the list built in the browser (WHOLE_NUMBERS, text nodes only);
# an article's number (three digits at least before any hyphen) is put in a span only when it has something a line
# breaks at (a space, a hyphen). An office's or a standard's code, capitals, a space and a number with a hyphen
# (« Bureau DEC 4-1 », « ISO 3166-2 »), whole too (printhead67, print67 L: Nantes 2026's printed list broke « (DEC 4- » /
# « 1) », its PDF « (DEC » / « 4-1) »).
NOWRAP_CLASS = "bts-nowrap"
_NUMBERED_TEXT = re.compile(r"(?<![\w.])(?:([nN]°\u00a0?)([0-9]+(?:-[0-9]+)+)|([DLR]\.?[ \u00a0]?[0-9]{3,}(?:-[0-9]+)*)"
                            r"|([A-Z]{2,}[ \u00a0][0-9]+(?:-[0-9]+)+))(?![\w-])")
# (a text that may hold one: its « ° », an article's letter, a capital before a space and a digit)
_MAY_BE_NUMBERED = re.compile("[°DLR]|[A-Z][ \u00a0][0-9]")


def _whole(found: re.Match) -> str:
    if found.group(2):
        return f'{found.group(1)}<span class="{NOWRAP_CLASS}">{found.group(2)}</span>'
    if found.group(4):
        return f'<span class="{NOWRAP_CLASS}">{found.group(4)}</span>'
    article = found.group(3)
    return f'<span class="{NOWRAP_CLASS}">{article}</span>' if " " in article or "-" in article else article


def _numbers_whole(escaped: str) -> str:
    """Escaped text, each number a « n° » gives with a hyphen in it, and each article's number with its letter that a
    line could break (« D. 643-15-1 »), in a span of ``NOWRAP_CLASS``."""
    if not _MAY_BE_NUMBERED.search(escaped):
        return escaped
    return _NUMBERED_TEXT.sub(_whole, escaped)


_TAG = re.compile(r"(<[^<>]*>)")


def html_numbers_whole(rendered: str) -> str:
    """HTML a template wrote (its tags, its text escaped: no « < » in it, nor « > » in a tag's attributes), each text
    between its tags as ``_numbers_whole`` writes it, the text already in such a span as it is: the checklist's list
    as the build writes it (_answer.html.j2), as checklist.js numbersWhole writes it in the browser."""
    parts = _TAG.split(rendered)
    opening = f'<span class="{NOWRAP_CLASS}">'
    return "".join(part if i % 2 or (i and parts[i - 1] == opening) else _numbers_whole(part) for i, part in enumerate(parts))


def _escape_line(line: str) -> str:
    line = html.escape(line, quote=False)
    line = _INLINE_SPECIALS.sub(r"\\\1", line)
    m = _LINE_START.match(line)
    if m:
        lead, mark = m.group(1), m.group(2)
        line = lead + mark[:-1] + "\\" + mark[-1] + line[m.end():] if mark[-1] in ".)" else lead + "\\" + line[len(lead):]
    return _numbers_whole(line)


@functools.lru_cache(maxsize=4096)
def md_words(words: str) -> str:
    """Words of a content/interface.yaml template for Markdown (``InterfaceFile.render``).

    HTML is escaped and inline Markdown syntax neutralised; the values put into the
    template are the caller's, already Markdown. Typography was applied to the template.
    """
    return _INLINE_SPECIALS.sub(r"\\\1", html.escape(words, quote=False))


@functools.lru_cache(maxsize=4096)
def html_words(words: str) -> str:
    """Words of a content/interface.yaml template inside raw HTML (``InterfaceFile.render``)."""
    return html.escape(words, quote=False)


@functools.lru_cache(maxsize=65536)
def md(value: object) -> str:
    """One YAML value as inline Markdown text: escaped, typography applied, on one line; its ``**words**``
    (``generator.emphasis``) in ``<strong>``."""
    return _emphasised(_typeset(value), lambda piece, at_start: _escape_line(piece) if at_start else _escape_inline(piece))


def _emphasised(text: str, render: Callable[[str, bool], str]) -> str:
    """A line split on its emphasis markers before anything is escaped: each piece escaped by ``render(piece,
    at_start)`` (``at_start``: the piece begins the line, where Markdown reads more syntax), an emphasised piece
    inside ``<strong>`` (HTML: Markdown's ``**`` would not read next to French punctuation)."""
    out = []
    for index, (piece, bold) in enumerate(emphasis.split(text)):
        rendered = render(piece, index == 0 and not bold)
        out.append(f"<strong>{rendered}</strong>" if bold else rendered)
    return "".join(out)


# The class of a web link whose words are its address: printing shows the address of the other web
# links after their words (site_overrides/assets/print.css, generator/pdf/notice.css), not of these.
BARE_URL_CLASS = "bts-bare-url"


def address_words(address: str) -> str:
    """The words of a link whose words are its web address, as a person reads and types it: the address without its
    scheme, « www.ac-paris.fr » for « https://www.ac-paris.fr/ » (a11y58 L5: a screen reader read « https:// » out;
    fixaddr59: one form on every page, not « https://… » here and « www.… » there). A site's root loses its final
    slash (« www.ac-nantes.fr »); a deeper address keeps the rest whole, path, final slash, query and fragment (what a
    person must type to reach that page: « appli.ac-aix-marseille.fr/amex/ »): a browser given these words goes there,
    and the scheme is all that is left out, the link keeping the whole address (its href, marked ``BARE_URL_CLASS``:
    its words its address). Not a web address (mailto:, tel:): unchanged. The command line writes the whole address:
    a terminal has no link, and it makes a written « https://… » one."""
    words = re.sub(r"^https?://", "", address, flags=re.IGNORECASE)
    if words == address:
        return address
    return words[:-1] if re.fullmatch(r"[^/?#]+/", words) else words


# The site's name of an address written as a link's words (``address_words``), in a span of this class: kept on one
# line (docs/assets/bts.css, generator/pdf/notice.css), never cut at its hyphen (fixaddr59: « www.ac- » at the end of a
# phone's line, « guadeloupe.fr » on the next); a deeper address may break after it, in its path.
ADDRESS_NAME_CLASS = "bts-address-name"


def address_name(words: str) -> tuple[str, str]:
    """Words of ``address_words`` as its site's name, up to its first « / », « ? » or « # », and the rest (« » for a
    site's root): « www.ac-nantes.fr », « /positionnement-122104 » (checklist.js: addressInto, the same)."""
    name = re.match(r"[^/?#]*", words).group()
    return name, words[len(name):]


# A web address written in a text (``md_block``): kept whole, never cut by hyphenation (the PDF) nor
# widening a phone's page (docs/assets/bts.css, generator/pdf/notice.css); text, not a link (what the
# data's texts say is never turned into markup that acts: tests/site/test_injection_browser.py).
ADDRESS_CLASS = "bts-address"
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"«»]+", re.IGNORECASE)


def _escape_inline(text: str) -> str:
    """Text inside a line: HTML and inline Markdown syntax escaped (``_escape_line`` without the line start)."""
    return _numbers_whole(_INLINE_SPECIALS.sub(r"\\\1", html.escape(text, quote=False)))


def _address_end(found: str) -> str:
    """A web address found in a sentence, without the sentence's punctuation after it."""
    while found and (found[-1] in ".,;:!?’'»" or (found[-1] == ")" and found.count("(") < found.count(")"))):
        found = found[:-1]
    return found


def _same_address(written: str, url: str) -> bool:
    """A web address a text writes is ``url`` (its scheme and final slash aside, as a notice may write it)."""
    bare = lambda address: re.sub(r"^https?://", "", address.strip(), flags=re.IGNORECASE).rstrip("/").casefold()
    return bare(written) == bare(url)


def written_address(text: object, url: str | None) -> str | None:
    """The web address ``url`` as ``text`` writes it (« https://… », as ``md_block`` finds an address: its scheme
    written), None where it does not write it. A text of the notice that writes the address of the data's link
    beside it (Nantes 2024's exam adjustments: « Consulter le lien suivant : https://… », then « Page à consulter :
    https://… », phone57 L5): that address is the link, the line not written (the notice page: ``md_block(…,
    linked=…)``, the checklist: its ruleset's ``url_words``, checklist.js and text.py)."""
    if not url:
        return None
    for m in _WEB_ADDRESS.finditer(str(text)):
        address = _address_end(m.group())
        if len(address) > len("https://") and _same_address(address, url):
            return address
    return None


def written_pieces(text: str, words: str, url: str) -> tuple[tuple[str, str | None], ...]:
    """``text`` as pieces (words, None), the first place it writes the web address ``words`` whole (as
    ``written_address`` reads one: not the start of a longer address) the piece (``words``, ``url``), its link:
    answer.py's office note that writes the office's web page (review76; checklist.js: linkWritten, the same place)."""
    for m in _WEB_ADDRESS.finditer(text):
        if _address_end(m.group()) == words:
            end = m.start() + len(words)
            return tuple(p for p in ((text[:m.start()], None), (words, url), (text[end:], None)) if p[0])
    return ((text, None),) if text else ()


def _md_words(text: str, at_start: bool, linked: str | None = None) -> str:
    """Words of a line as Markdown, each web address they write in a span of ``ADDRESS_CLASS``; the address of
    ``linked`` (a link of the data, a web address: written_address), that span inside its link, its words its address
    (``BARE_URL_CLASS``)."""
    out, last = [], 0
    for m in _WEB_ADDRESS.finditer(text):
        address = _address_end(m.group())
        if len(address) <= len("https://"):
            continue
        before = text[last:m.start()]
        out.append(_escape_line(before) if last == 0 and at_start else _escape_inline(before))
        span = f'<span class="{ADDRESS_CLASS}">{_escape_inline(address)}</span>'
        if linked and _same_address(address, linked):
            span = f'<a class="{BARE_URL_CLASS}" href="{html.escape(linked, quote=True)}">{span}</a>'
        out.append(span)
        last = m.start() + len(address)
    rest = text[last:]
    out.append(_escape_line(rest) if last == 0 and at_start else _escape_inline(rest))
    return "".join(out)


def _md_line(line: str, linked: str | None = None) -> str:
    """One line of a text as Markdown (``md``), each web address it writes in a span of ``ADDRESS_CLASS`` (that of
    ``linked`` in its link: ``_md_words``)."""
    if linked:
        return _emphasised(_typeset(line), lambda piece, at_start: _md_words(piece, at_start, linked))
    return _emphasised(_typeset(line), _md_words)


@functools.lru_cache(maxsize=16384)
def text_blocks(value: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The structure of a YAML text, the only one read from it: ("p", its lines) for a paragraph (a blank line
    separates paragraphs), ("ul", its items) for a list (a line starting with « - » is an item, one line each;
    the next line that does not start with « - » ends the list). Lines are stripped. ``md_block`` writes it as
    Markdown, the checklist's answer as HTML (checklist.js: textBlocks reads texts the same way)."""
    blocks: list[tuple[str, tuple[str, ...]]] = []
    for para in re.split(r"\n\s*\n", str(value).strip()):
        current: list[str] = []  # lines of the current plain paragraph
        items: list[str] = []
        for line in (line.strip() for line in para.splitlines()):
            if not line:
                continue
            if line.startswith("- "):
                if current:
                    blocks.append(("p", tuple(current)))
                    current = []
                items.append(line[2:].strip())
            else:
                if items:
                    blocks.append(("ul", tuple(items)))
                    items = []
                current.append(line)
        if current:
            blocks.append(("p", tuple(current)))
        if items:
            blocks.append(("ul", tuple(items)))
    return tuple(blocks)


# A paragraph's line written indented under the text's other lines (a sub-case's label under its group's, as
# a notice sets it): set in from the margin (docs/assets/bts.css, generator/pdf/notice.css).
SUB_LINE_CLASS = "bts-sub-line"


def indented_lines(value: object) -> tuple[bool, ...]:
    """For each paragraph line of a text (not a list line, in order): whether it is indented further than the
    text's least indented line (``md_block`` sets it in; the checklist's answer too: answer.py indented_blocks,
    checklist.js textBlocks)."""
    lines = [line for line in str(value).strip("\n").splitlines() if line.strip()]
    margin = min((len(line) - len(line.lstrip()) for line in lines), default=0)
    return tuple(len(line) - len(line.lstrip()) > margin for line in lines if not line.strip().startswith("- "))


def md_block(value: object, linked: str | None = None) -> str:
    """A YAML value that may hold paragraphs, lists and line breaks, as Markdown (``text_blocks``): a
    paragraph's line breaks are kept, a line indented under the others set in (``SUB_LINE_CLASS``). Everything
    else is escaped text; leading spaces are dropped so that nothing becomes a code block. ``linked``: a web
    address of the data (a link's ``url:``, checked as such) that the text writes: there, its link (written_address).
    """
    indented = iter(indented_lines(value))

    def paragraph_line(line: str) -> str:
        words = _md_line(line, linked)
        return f'<span class="{SUB_LINE_CLASS}">{words}</span>' if next(indented) else words

    return "\n\n".join(
        "\n".join(f"- {_md_line(item, linked)}" for item in lines) if kind == "ul" else "<br>\n".join(paragraph_line(line) for line in lines)
        for kind, lines in text_blocks(value)
    )


def _sub_items(value: object) -> tuple[bool, ...]:
    """For each list line of a text (a line starting with « - », in order): whether it is indented (a sub-item
    of the item above it, ``md_outline``)."""
    return tuple(line[:1].isspace() for line in str(value).strip().splitlines() if line.strip().startswith("- "))


def md_outline(value: object) -> str:
    """``md_block``, with one level of sub-items: a list line indented under an item (no blank line between them)
    is a sub-item of that item (a notice's categories, ``session.categories_as_written``; validate refuses an
    indented line with no item above it). Every other text reads its lists on one level (``text_blocks``)."""
    indented = iter(_sub_items(value))
    out: list[str] = []
    for line in md_block(value).splitlines():  # one line per item, « - » first (a paragraph's line start is escaped)
        if line.startswith("- ") and next(indented) and out and out[-1].lstrip().startswith("- "):
            line = "    " + line
        out.append(line)
    return "\n".join(out)


def text_lines(value: object) -> tuple[str, ...]:
    """A text's lines, stripped, the empty ones left out (a paragraph break as a line break): a text said inside a
    line of the guide keeps its lines apart, each line as written (the exam-adjustment sentences under the guide's
    label, Nantes 2024's « NB : … » then « Les aménagements accordés… », which have no full stop to part them;
    checklist.js: textLines, checklist/text.py: the command line)."""
    return tuple(line.strip() for line in str(value).splitlines() if line.strip())


def one_line(value: object) -> str:
    """A value as plain text on one line, with French typography (not escaped), without its emphasis markers
    (``generator.emphasis``: a title, a calendar, an attribute, a comparison of words read the words alone)."""
    return typography(_squash(emphasis.plain(str(value))))


def _typeset(value: object) -> str:
    """A value on one line with French typography, its emphasis markers kept (``md`` reads them)."""
    return typography(_squash(str(value)))


def attr(value: object) -> str:
    """A value inside an HTML attribute or element (SVG, raw HTML): ``& < > " '`` escaped."""
    return html.escape(one_line(value), quote=True)


def html_emphasised(value: object) -> str:
    """A line of a text as HTML element content (``html_text``), its ``**words**`` in ``<strong>`` (checklist.js:
    emphasised builds the same elements)."""
    return _emphasised(_typeset(value), lambda piece, at_start: _numbers_whole(html.escape(piece, quote=False)))


def html_text(value: object) -> str:
    """A value as HTML element content: ``& < >`` escaped, quotes as typed (never inside a tag)."""
    return html.escape(one_line(value), quote=False)


def url(value: str) -> str:
    """A URL for a Markdown link target: inside angle brackets (parentheses kept safe), with spaces, line breaks and ``< >`` percent-encoded."""
    return "<" + re.sub(r"[\s<>]", lambda m: quote(m.group()), str(value)) + ">"


def of(name: str, texts: InterfaceFile) -> str:
    """« de Toulouse », « d'Aix-Marseille » (elision before a vowel or a mute h)."""
    return texts.text("common.of_name_elided" if name[:1].lower() in "aeiouyéèêâîôûh" else "common.of_name", name=name)


def step_title(title: str, texts: InterfaceFile) -> str:
    """A step's title without the number a notice may have typed into it.

    « Étape 2 : Saisie », « 2. Saisie » or « 2 - Saisie » become « Saisie »: pages,
    the command line and the checklist page number the steps themselves with the
    text ``steps.heading`` (« Étape {number} : {title} »), whose first word is the
    one recognised here. A title that is only a number is kept as it is.
    """
    word = texts.text("steps.heading", number="\0", title="\1").split("\0")[0].strip()
    number = r"\d{1,2}(?![0-9])"
    separator = r"\s*[:.)\u2013\u2014-]"
    prefix = rf"^\s*(?:{re.escape(word)}\s*{number}(?:{separator})?|{number}{separator})\s*" if word else rf"^\s*{number}{separator}\s*"
    m = re.match(prefix, title, re.IGNORECASE)
    rest = title[m.end():] if m else title
    return rest if rest.strip() else title
