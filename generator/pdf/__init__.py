"""The notices as PDF files, built with the site from the same data and the same templates.

Each notice's print version (``generator.site.pages.print_pages``: the notice page's view model and
template, ``for_print``) is rendered to HTML with the Markdown extensions of mkdocs.yml
(``notice.MarkdownSettings``), put in a print layout (``templates/notice.html.j2``, ``notice.css``:
A4, the academy and session in the running header, page numbers) and printed by WeasyPrint
(README, « PDF »). Nothing is fetched: ``fetcher.LocalOnly`` refuses every resource that is not
inside the document. The forms of the notices (``form.py``) are printed the same way, from the HTML
of their pages. The MkDocs hook only hands the PDFs to MkDocs as generated files.
"""

from .form import form_html, form_pdfs
from .notice import MarkdownSettings, PdfError, PdfUnavailable, notice_html, notice_pdf, notice_pdfs

__all__ = ["MarkdownSettings", "PdfError", "PdfUnavailable", "form_html", "form_pdfs", "notice_html", "notice_pdf", "notice_pdfs"]
