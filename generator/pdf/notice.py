"""A notice's print version (Markdown) → HTML in the print layout → PDF (WeasyPrint).

- ``notice_html``: the Markdown of ``generator.site.pages.print_pages`` rendered with the Markdown
  extensions of mkdocs.yml (``MarkdownSettings``, taken from MkDocs' own configuration by the hook),
  plus ``PrintLinks`` (a link to another page of the site cannot be followed on paper: its words
  stay, without the link), inside ``templates/notice.html.j2`` (HTML environment of
  ``generator.site.templating``: every value escaped; the body is the Markdown's HTML, whose values
  the Markdown environment escaped). One document, in the order an academy prints it: the notice,
  then its forms (each on its own page, the form's HTML of its web page; where the notice places them, FORMS_HERE),
  then the guide's annex (what the guide adds to the notice, ``generator.site.annex_view``), so that the page numbers
  run through the whole PDF.
- ``notice_pdf``: WeasyPrint, ``notice.css`` and the forms' stylesheet, and a fetcher that refuses
  any resource (``fetcher.LocalOnly``).
- ``notice_pdfs``: every notice of the build, ``{path in the site: PDF bytes}``, kept in a cache by
  content (bench/README.md: what they cost the build).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from importlib import metadata
import xml.etree.ElementTree as etree
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import markdown
from markupsafe import Markup
from mkdocs.utils.meta import get_data

from ..model.content import InterfaceFile
from ..site.compress import cache_dir as compressed_cache_dir
from ..site.compress import cached
from ..site.dates import date_words
from ..site.templating import html_environment, render_html
from ..site.text import ADDRESS_CLASS, NOWRAP_CLASS, address_words

# Where the notice's forms are printed among its parts (templates/_notice_forms.md.j2 writes it in the print version,
# at its forms' part, in the notice's order: session.layout): the body is cut there (``notice_html``) when a form is
# printed (none printed: the marker is dropped, no cut); without it, after the notice's last part.
FORMS_HERE = "<!-- bts-pdf-forms -->"

# The box a web address written in a text is printed in (``_AddressBox``, notice.css).
ADDRESS_BOX_CLASS = "bts-address-box"
# A word in capitals, printed without hyphenation (``_CapitalsWhole``, notice.css).
CAPITALS_CLASS = "bts-capitals"
# A table's row long enough to be split between two pages (``_LongRows``, notice.css), and how long: a cell of more
# characters than this (fifteen lines and more in a quarter of the line's width, the narrowest a documents table gives).
LONG_ROW_CLASS = "bts-long-row"
LONG_ROW_CHARACTERS = 600
# A heading's words in the PDF's outline (its bookmarks) when they are not its printed words (``_OutlineWords``,
# notice.css: ``bookmark-label``).
OUTLINE_ATTRIBUTE = "data-bts-outline"

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
# The forms' layout (the site's, as the forms' own PDFs: generator/pdf/form.py), then the notice's print layout,
# last: its page box (margins, running header, page number) wins over the forms' own A4 page rule (the forms'
# pages inside the notice have their named page, ``@page form``, in notice.css).
STYLESHEETS = (HERE.parent.parent / "site_overrides" / "assets" / "forms" / "form.css", HERE / "notice.css")
# WeasyPrint's options for every PDF (the notices' and the forms'): tagged (its structure tree: headings, lists,
# tables, links, as the HTML's), so that a screen reader or a phone's reflow reads a PDF as the page (print67: they were
# untagged, a flat run of text to a candidate who listens to the notice); part of the cache key (_key).
WRITE_OPTIONS = {"pdf_tags": True}
ENVIRONMENT = html_environment(TEMPLATES)

# A link a reader of paper can use: a web address (printed after its words by notice.css), an e-mail
# address or a phone number (their words are the address or the number), an anchor of the same document.
_KEPT_LINK = re.compile(r"(?:https?:|mailto:|tel:|#)", re.IGNORECASE)


class PdfError(RuntimeError):
    """A notice's PDF could not be made (the message says which, in French)."""


class PdfUnavailable(PdfError):
    """WeasyPrint or the system libraries it loads are missing (the message says the fix, in French)."""


@dataclass(frozen=True)
class MarkdownSettings:
    """The Markdown extensions of the site (mkdocs.yml ``markdown_extensions``) and their options."""

    extensions: tuple = ()
    configs: Mapping[str, Mapping] = field(default_factory=dict)

    @classmethod
    def of(cls, config) -> "MarkdownSettings":
        """From MkDocs' configuration (``config.markdown_extensions``, ``config.mdx_configs``)."""
        return cls(tuple(config["markdown_extensions"]), dict(config["mdx_configs"]))


class _UnlinkPages(markdown.treeprocessors.Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            href = element.get("href", "")
            if not _KEPT_LINK.match(href):
                element.tag = "span"
                element.attrib.clear()
            elif re.sub(r"^[a-z]+://", "", href.rstrip("/"), flags=re.IGNORECASE) in "".join(element.itertext()):
                # the words already give the address (« AMEX (https://…) », « www.x.fr »: without its scheme nor its
                # final slash, as checklist.js addressWritten reads it; review84: « www.x.fr (www.x.fr) »): not
                # printed again after them
                element.set("class", " ".join(filter(None, (element.get("class"), "bts-bare-url"))))
            elif re.match(r"https?:", href, re.IGNORECASE):
                # other words: the address printed after them as a person types it, without « https:// » (notice.css)
                element.set("data-bts-address", address_words(href))


class _LongRows(markdown.treeprocessors.Treeprocessor):
    """A table's row of which a cell holds more than ``LONG_ROW_CHARACTERS`` is marked ``LONG_ROW_CLASS``: notice.css
    lets it split between two pages, the column names again above its end, at least four lines of a cell on each side
    (fixprint61: Nantes 2026's one-row table « Pièces exigées par un texte national… », 31 lines of « Précisions »,
    could not start under the dates table and left a third of page 10 blank). A shorter row stays whole on its page."""

    def run(self, root: etree.Element) -> None:
        for row in root.iter("tr"):
            if any(len(" ".join("".join(cell.itertext()).split())) > LONG_ROW_CHARACTERS for cell in row.iter("td")):
                row.set("class", " ".join(filter(None, (row.get("class"), LONG_ROW_CLASS))))


class _OutlineWords(markdown.treeprocessors.Treeprocessor):
    """A heading that ends with « : » is printed so, as the notice writes its line (« Bénéfice d'épreuve ou sous
    épreuve : », Nantes 2026, seed 002 l.292: the notice's heading is its line, colon included); in the PDF's outline,
    a list of titles that leads to them, the colon would announce a text that is not there: its entry is the heading's
    words without it (``OUTLINE_ATTRIBUTE``, read by notice.css's ``bookmark-label``; review73 L5). Only there: the
    printed heading keeps the notice's « : »."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                words = " ".join("".join(element.itertext()).split())
                if words.endswith(":") and words.rstrip(" :\u00a0\u202f"):
                    element.set(OUTLINE_ATTRIBUTE, words.rstrip(" :\u00a0\u202f"))


class _AddressBox(markdown.postprocessors.Postprocessor):
    """A web address written in a text (its span, ``ADDRESS_CLASS``) is printed as one box (``ADDRESS_BOX_CLASS``,
    an inline-block: notice.css), which goes whole to the next line when the rest of its line cannot hold it; as
    text, its own break opportunities (after « // », « / », « - ») let WeasyPrint fill the line up to « https:// ».
    The space before it goes into the span, outside the box: WeasyPrint finds no line break between a text and
    what follows it, and breaks the line much earlier (« … ou par / une / autre académie (… : / https://… »)."""

    ADDRESS = re.compile(f'( ?)<span class="{ADDRESS_CLASS}">([^<]*)</span>')

    def run(self, text: str) -> str:
        return self.ADDRESS.sub(rf'<span class="{ADDRESS_CLASS}">\1<span class="{ADDRESS_BOX_CLASS}">\2</span></span>', text)


class _SpaceIntoBold(markdown.postprocessors.Postprocessor):
    """The space before a text's bold words (``<strong>``, ``generator.emphasis``) goes inside them: when the text
    before an inline element ends with a space that falls at the end of a line, WeasyPrint 70 breaks that line
    after its first word (« • Si » alone, Nantes 2024's step 1). The same words, the same spacing."""

    SPACE_BEFORE = re.compile(r" <strong>")

    def run(self, text: str) -> str:
        return self.SPACE_BEFORE.sub("<strong> ", text)


class _SpaceIntoNumber(markdown.postprocessors.Postprocessor):
    """The space before a number kept whole (« article D 643-23 », a span of ``NOWRAP_CLASS``: generator/site/text.py)
    goes inside its span, as ``_SpaceIntoBold`` does for bold words: WeasyPrint 70 broke Clermont-Ferrand 2024's line
    after its first word (« Les » alone, then « deux formes permettent … (article », print58 L3). No break then
    between the number and the word before it (« article D 643-23 » whole), the rest of the line as it was. The
    no-break space of « n° » too (print61 L5: Clermont-Ferrand 2024's « Pourquoi », « Règle » alone, then « nationale —
    décret n° 2020-1167 du … »): the line then breaks after « décret »."""

    SPACE_BEFORE = re.compile(f'([ \u00a0\u202f])<span class="{NOWRAP_CLASS}">')

    def run(self, text: str) -> str:
        return self.SPACE_BEFORE.sub(rf'<span class="{NOWRAP_CLASS}">\1', text)


class _CapitalsWhole(markdown.postprocessors.Postprocessor):
    """A word written in capitals is never hyphenated (French usage): the name « CYCLADES », an acronym, the
    notice's words in capitals (« PIÈCES JUSTIFICATIVES »). Each one WeasyPrint could hyphenate (five letters or
    more: its ``hyphenate-limit-chars: auto``) is in a span printed without hyphenation (``CAPITALS_CLASS``,
    notice.css); the space before it goes inside, as ``_SpaceIntoBold`` does for bold words. Tags and their
    attributes are left as they are."""

    TAG = re.compile(r"(<[^>]*>)")
    WORD = re.compile(r"( ?)\b([^\W\d_]{5,})\b")

    def run(self, text: str) -> str:
        pieces = self.TAG.split(text)
        pieces[::2] = [self.WORD.sub(self._capitals, piece) for piece in pieces[::2]]
        return "".join(pieces)

    @staticmethod
    def _capitals(match: re.Match) -> str:
        space, word = match.groups()
        return f'<span class="{CAPITALS_CLASS}">{space}{word}</span>' if word.isupper() else match.group(0)


class PrintLinks(markdown.Extension):
    """Links to the site's own pages and files become their words (paper cannot follow them); a web address
    written in a text is one box (``_AddressBox``); the space before bold words is inside them (``_SpaceIntoBold``),
    and before a number kept whole (``_SpaceIntoNumber``);
    words in capitals are not hyphenated (``_CapitalsWhole``); a long table row may split between pages (``_LongRows``);
    a heading ending with « : » is in the outline without it (``_OutlineWords``)."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_UnlinkPages(md), "bts_print_links", 0)  # after attr_list and md_in_html
        md.treeprocessors.register(_LongRows(md), "bts_print_long_rows", 0)
        md.treeprocessors.register(_OutlineWords(md), "bts_print_outline_words", 0)
        md.postprocessors.register(_AddressBox(md), "bts_print_addresses", 0)  # after the raw HTML is back
        md.postprocessors.register(_SpaceIntoBold(md), "bts_print_bold_space", 0)
        md.postprocessors.register(_SpaceIntoNumber(md), "bts_print_number_space", 0)
        md.postprocessors.register(_CapitalsWhole(md), "bts_print_capitals", -1)  # last: after the spans above


def body_html(page_markdown: str, settings: MarkdownSettings) -> str:
    """The page's Markdown (its front matter left out, as MkDocs reads it) as HTML."""
    text, _meta = get_data(page_markdown)
    converter = markdown.Markdown(extensions=[*settings.extensions, PrintLinks()], extension_configs=dict(settings.configs))
    return converter.convert(text)


def notice_html(
    page_markdown: str, title: str, texts: InterfaceFile, settings: MarkdownSettings, *, forms: tuple = (), annex: str = "",
    made: dt.date | None = None, checked: dt.date | None = None, page_url: str | None = None,
) -> str:
    """The whole HTML document WeasyPrint prints: running header (``title``: academy and session), running
    footer (which version it is, and on the annex's pages which text prevails; the page number), the page's body,
    the notice's ``forms`` (``generator.site.pages.FormPrint``: their HTML, escaped by their template), the guide's
    ``annex`` (Markdown, as the page's).

    Which version: ``made``, the build's day (``generator.staff.calendar.build_date``: ``BTS_GUIDE_TODAY`` when set,
    so that a build of the same data on the same day makes the same PDF), also the PDF's creation date (its
    metadata); ``checked``, the day staff last checked the session file on the notice (``session.checked``; None:
    said not given); ``page_url``, the notice's page on the site (None: left out). Without ``made`` (a document
    that is not a build's notice), no footer line and no creation date."""
    # (escaped by the Markdown environment of the page's template; cut where the notice prints its forms, FORMS_HERE,
    # when it prints one: else its parts go on, no page left half blank before those after its forms, review58 M3)
    body, after = body_html(page_markdown, settings), ""
    if forms:
        body, _, after = body.partition(FORMS_HERE)
    else:
        body = body.replace(FORMS_HERE, "")
    body, after = Markup(body), Markup(after) if after.strip() else None
    form_views = [{"id": form.id, "html": Markup(form.html)} for form in forms]
    annex_html = Markup(body_html(annex, settings)) if annex else None
    version = version_view(made, checked, page_url)
    return render_html(ENVIRONMENT, "notice.html.j2", texts, title=title, body=body, after=after, forms=form_views, annex=annex_html, version=version)


def version_view(made: dt.date | None, checked: dt.date | None = None, page_url: str | None = None) -> dict | None:
    """Which version a PDF is (templates/_version.html.j2; ``notice_html`` says what ``made``, ``checked`` and
    ``page_url`` are), for the notice's PDF and a form's own (``form.form_html``); None without ``made``."""
    if made is None:
        return None
    return {"made": date_words(made), "created": made.isoformat(), "checked": date_words(checked) if checked else None, "page_url": page_url}


def notice_pdf(html: str, where: str = "", stylesheets: tuple[Path, ...] = STYLESHEETS) -> bytes:
    """The PDF of a notice's HTML document (``where``: the PDF's path, for the message of an error;
    ``stylesheets``: the print layout, ``notice.css`` unless given — a form's are ``form.py``'s)."""
    try:
        import weasyprint  # imported on use: a build whose PDFs are all cached does not need it
    except (ImportError, OSError) as error:  # OSError: Pango, HarfBuzz or fontconfig absent
        raise PdfUnavailable(
            f"WeasyPrint, qui produit les PDF des notices, ne se charge pas ({type(error).__name__} : {error}) : "
            "lancer « source scripts/setup.sh » (paquets Python et bibliothèques Debian Pango, HarfBuzz, fontconfig)"
        ) from error

    from .fetcher import LocalOnly, RefusedResource

    fetcher = LocalOnly()
    try:
        styles = [weasyprint.CSS(string=path.read_text(encoding="utf-8"), url_fetcher=fetcher) for path in stylesheets]
        pdf = weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(stylesheets=styles, **WRITE_OPTIONS)
    except (Exception, RefusedResource) as error:  # a refusal stops WeasyPrint (not an Exception: nothing catches it)
        raise PdfError(f"PDF {where} non produit ({type(error).__name__} : {error})") from error
    if fetcher.refused:  # a refusal WeasyPrint caught and only logged
        raise PdfError(f"PDF {where} non produit : ressource(s) hors du document refusée(s) : {', '.join(fetcher.refused)}")
    return pdf


def _key(html: str, stylesheets: tuple[Path, ...] = STYLESHEETS) -> str:
    """The cache key of a PDF: everything it depends on (WeasyPrint and its options, the stylesheets, the HTML)."""
    digest = hashlib.sha256()
    try:
        version = metadata.version("weasyprint")  # WeasyPrint not imported
    except metadata.PackageNotFoundError:
        version = "absent"  # nothing cached under it: notice_pdf says, in French, how to install it
    for part in (version, repr(sorted(WRITE_OPTIONS.items())), *(p.read_text(encoding="utf-8") for p in stylesheets), html):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest() + ".pdf"


def cache_dir() -> Path:
    """Where the PDFs are kept by content (next to the compressed copies, ``BTS_GUIDE_CACHE``)."""
    return compressed_cache_dir().parent / "pdf"


def notice_pdfs(prints: Mapping[str, "object"], texts: InterfaceFile, settings: MarkdownSettings, *, cache: Path | None = None) -> dict[str, bytes]:
    """``{path: PDF}`` of ``prints`` (``generator.site.pages.print_pages``: ``{path: PrintPage}``).

    A PDF whose HTML, stylesheet and WeasyPrint are unchanged comes from ``cache`` (default
    ``cache_dir()``): a rebuild (``mkdocs serve``, CI with its cache) makes only the PDFs of the
    notices that changed (bench/README.md).
    """
    cache = cache_dir() if cache is None else cache
    out = {}
    for path, page in prints.items():
        html = notice_html(
            page.markdown, page.title, texts, settings, forms=page.forms, annex=page.annex, made=page.made, checked=page.checked, page_url=page.page_url
        )
        out[path] = cached(cache, _key(html), lambda: notice_pdf(html, path))  # noqa: B023 (called at once)
    return out
