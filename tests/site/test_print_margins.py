"""The words a page of an academy's session gives its print's margins without JavaScript
(generator/site/print_margins.py): the page's title and its hidden version line's words, as past.js reads them, on the
page's <html> element, escaped; nothing on another page. Printed in Chromium: test_print_browser.py."""
from __future__ import annotations

import html
import re

from generator.site.print_margins import margin_words, with_margin_words

VERSION = '<p class="bts-page-version" id="bts-page-version" data-bts-printed="Page imprimée le &#123;date&#125;" hidden>contenu vérifié sur la notice le 30\u00a0novembre 2026 — <a href="https://x.test/">version à jour</a></p>'
PAGE = '<!doctype html>\n<html lang="fr" class="no-js">\n<head></head><body>{content}</body></html>'


def test_a_session_page_gives_its_title_and_its_version_line_as_past_js_reads_them():
    content = '<h1 id="t">Académie « d\'A &amp; B » "Test" — <span class="bts-nowrap">BTS\nsession</span> 2026</h1>' + VERSION
    assert margin_words(content) == {
        "data-bts-running-head": 'Académie « d\'A & B » "Test" — BTS session 2026',
        "data-bts-version": "Contenu vérifié sur la notice le 30 novembre 2026 — version à jour",
    }
    output = with_margin_words(PAGE.format(content=content), content)
    tag = re.search(r"<html[^>]*>", output).group(0)
    attributes = dict((name, html.unescape(value)) for name, value in re.findall(r'(data-bts-[a-z-]+)="([^"]*)"', tag))
    assert attributes == margin_words(content)
    assert output.count("<html") == 1 and 'lang="fr" class="no-js"' in tag


def test_a_checklist_page_gives_its_title_alone():
    content = '<h1 id="t">Votre liste personnalisée — académie de Toulouse, session 2024</h1><script type="application/json" id="bts-checklist-data">{}</script>'
    assert margin_words(content) == {"data-bts-running-head": "Votre liste personnalisée — académie de Toulouse, session 2024"}


def test_a_form_page_gives_its_version_line_alone():
    """pdf71: printed without JavaScript, a form's page said no version (form.js gave it): its hidden line's words, no
    running head (the form prints on one sheet, its title at its top)."""
    content = '<h1 id="t">Attestation de refus de bénéfices de notes</h1><p class="bts-form-version" id="bts-form-version" hidden>contenu vérifié sur la notice le 30\u00a0novembre 2026</p>'
    assert margin_words(content) == {"data-bts-version": "Contenu vérifié sur la notice le 30 novembre 2026"}


def test_another_page_is_left_as_it_is():
    content = "<h1 id=\"t\">Guide d'inscription au BTS</h1><p>Texte</p>"
    assert margin_words(content) == {}
    page = PAGE.format(content=content)
    assert with_margin_words(page, content) == page
