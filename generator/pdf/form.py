"""A form's HTML (``generator.site.pages.form_prints``: the HTML of its page) → PDF (WeasyPrint).

The same pipeline as the notices (``notice.notice_pdf``: a fetcher refusing every resource, the
content cache), with the form's stylesheets: the site's ``assets/forms/form.css`` (the layout the
browser prints, one A4 page) and ``form.css`` here (the page box, the system's fonts, and in its bottom margin
which version the PDF is, in the words of the notice's PDF: read54 L7, the PDF a candidate prints alone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from markupsafe import Markup

from ..model.content import InterfaceFile
from ..site.compress import cached
from ..site.templating import render_html
from .notice import ENVIRONMENT, HERE, _key, cache_dir, notice_pdf, version_view

SITE_STYLESHEET = HERE.parent.parent / "site_overrides" / "assets" / "forms" / "form.css"
STYLESHEETS = (SITE_STYLESHEET, HERE / "form.css")


def form_html(body: str, title: str, texts: InterfaceFile, *, made: dt.date | None = None, checked: dt.date | None = None) -> str:
    """The HTML document WeasyPrint prints: the form (``body``, escaped by its template) and its title; with ``made``
    (the build's day), which version it is, as the notice's PDF says it (``notice.notice_html``: ``made``, ``checked``;
    not the notice's page, ``generator.site.pages.FormPrint`` says why), in the page's bottom margin, and its creation
    date. Without ``made``, neither."""
    version = version_view(made, checked)
    return render_html(ENVIRONMENT, "form.html.j2", texts, title=title, body=Markup(body), version=version)


def form_pdfs(prints: Mapping[str, "object"], texts: InterfaceFile, *, cache: Path | None = None) -> dict[str, bytes]:
    """``{path: PDF}`` of ``prints`` (``generator.site.pages.form_prints``: ``{path: FormPrint}``, with the build's day
    and the session's ``checked`` for the version line), cached by content."""
    cache = cache_dir() if cache is None else cache
    out = {}
    for path, form in prints.items():
        html = form_html(form.html, form.title, texts, made=form.made, checked=form.checked)
        out[path] = cached(cache, _key(html, STYLESHEETS), lambda: notice_pdf(html, path, STYLESHEETS))  # noqa: B023 (called at once)
    return out
