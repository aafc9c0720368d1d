"""What a page of an academy's session prints in its margins when printed from a browser without JavaScript.

past.js gives the print's running head (the page's title, « Académie de Toulouse — BTS session 2024 ») and its
version line (« Page imprimée le … — contenu vérifié sur la notice le … ») to print.css as two CSS custom properties
of the page (--bts-running-head, --bts-version), which its @page margin boxes print. Without JavaScript a sheet after
the first named neither the academy nor the session, and no sheet said which version it was (NOTE68, pdf70). Chromium
has no string-set nor running elements to take them from the page; it reads a custom property of the root element in
the page's margin boxes, and an attribute of that element with attr(). So the build writes the same words on the page's
<html> element (``data-bts-running-head``, ``data-bts-version``: the hidden version line's words, without « Page
imprimée le … », a day only a script knows: « Contenu vérifié sur la notice le … ») and print.css gives them as the custom properties; past.js, when it runs,
sets the same properties on the element itself (its style wins), with the day printed. A form's page gets its version
line the same way (its hidden #bts-form-version, which form.js gives as --bts-version), no running head (one sheet).
"""

from __future__ import annotations

import html
import re

# past.js, runningHead: a page of an academy's session is one with its hidden version line or the checklist's data
_SESSION_PAGE = re.compile(r'\bid="(?:bts-page-version|bts-checklist-data)"')
_TITLE = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
# the hidden version line of a session's page (past.js, pageVersion) or of a form's page (form.js: one sheet, no running
# head)
_VERSION = re.compile(r'<p\b[^>]*\bid="bts-(?:page|form)-version"[^>]*>(.*?)</p>', re.S)
_HTML_TAG = re.compile(r"<html\b")


def _words(fragment: str) -> str:
    """An HTML fragment's text, as past.js reads it (textContent, its white space one space)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def margin_words(content: str) -> dict[str, str]:
    """The attributes the page's <html> element gets from its content (``content``: the page's HTML, its article):
    none on a page that is not an academy's session's; on a form's page its version line only (pdf71: printed without
    JavaScript, a form's sheet said no version, its PDF does)."""
    found = {}
    title = _TITLE.search(content)
    if _SESSION_PAGE.search(content) and title and _words(title.group(1)):
        found["data-bts-running-head"] = _words(title.group(1))
    version = _VERSION.search(content)
    if version and _words(version.group(1)):
        words = _words(version.group(1))  # (a line of its own: its first letter a capital)
        found["data-bts-version"] = words[0].upper() + words[1:]
    return found


def with_margin_words(output: str, content: str) -> str:
    """The page ``output`` with its margin words (``margin_words``) on its <html> element, escaped."""
    attributes = margin_words(content)
    if not attributes:
        return output
    written = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attributes.items())
    return _HTML_TAG.sub(lambda match: match.group(0) + written, output, count=1)
