"""Where each generated file of a notice goes, under ``docs/`` (and so in the site)."""

from __future__ import annotations

from ..merge import Notice
from . import ics

# Pages of a notice's folder, as the notice page links to them.
NOTICE_PAGE = "index.md"
ESTABLISHMENT_PAGE = "etablissements.md"
# the ids of the notice page's R408 rubrique and of the notice's own R408 list in it (_notice_r408.md.j2)
R408_ANCHOR = "r408"
R408_NOTICE_LIST_ANCHOR = "r408-liste-notice"
# the id of a step of the establishments page (establishment.md.j2), numbered from 1 as the page numbers them: the
# notice page's reworded steps link to the step that has the notice's words (steps: establishment_step:)
ESTABLISHMENT_STEP_ANCHOR = "etape-{number}"
CHECKLIST_PAGE = "liste-personnalisee.md"


def notice_dir(notice: Notice) -> str:
    return f"{notice.slug}/{notice.year}"


def notice_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{NOTICE_PAGE}"


def establishment_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{ESTABLISHMENT_PAGE}"


def establishment_step_anchor(number: int) -> str:
    """The id of the establishments page's step ``number`` (``etape-3``)."""
    return ESTABLISHMENT_STEP_ANCHOR.format(number=number)


def establishment_step_url(number: int, page_dir: str = "") -> str:
    """The web address of the establishments page's step ``number`` (``etablissements/#etape-3``), after ``page_dir``,
    that page's folder as seen from where the address is read (``../`` from the checklist page, ``nantes/2026/`` from
    the site's root); the notice page's Markdown links to ``etablissements.md#etape-3`` instead (the page's source)."""
    return f"{page_dir}{ESTABLISHMENT_PAGE.removesuffix('.md')}/#{establishment_step_anchor(number)}"


def checklist_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{CHECKLIST_PAGE}"


def ics_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{ics.filename(notice)}"


def pdf_filename(notice: Notice) -> str:
    """The notice as a PDF (``generator/pdf/``), next to its page: ``bts-toulouse-2024.pdf``."""
    return f"bts-{notice.slug}-{notice.year}.pdf"


def pdf_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{pdf_filename(notice)}"


FORMS_DIR = "formulaires"


def form_page(form_id: str) -> str:
    """A form's printable page, relative to the notice's folder: ``formulaires/refus_benefices.md``."""
    return f"{FORMS_DIR}/{form_id}.md"


def form_path(notice: Notice, form_id: str) -> str:
    return f"{notice_dir(notice)}/{form_page(form_id)}"


def form_pdf_filename(notice: Notice, form_id: str) -> str:
    """A form as a PDF, next to its page: ``refus_benefices-toulouse-2024.pdf``."""
    return f"{form_id}-{notice.slug}-{notice.year}.pdf"


def form_pdf_path(notice: Notice, form_id: str) -> str:
    return f"{notice_dir(notice)}/{FORMS_DIR}/{form_pdf_filename(notice, form_id)}"


def has_establishment_page(notice: Notice) -> bool:
    """Establishment notices get a second page: what the establishment does, documents by training route."""
    return notice.session.session.audience == "establishment"
